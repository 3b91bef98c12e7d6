"""`pantau serve`: not written yet (being built)."""

import typer

from pantau.errors import PantauError


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def _placeholder() -> None:
        """(being built)"""
        raise PantauError("'serve' is not available yet")
