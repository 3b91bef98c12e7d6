"""`pantau index`: not written yet (being built)."""

import typer

from pantau.errors import PantauError


def register(app: typer.Typer) -> None:
    @app.command("index")
    def _placeholder() -> None:
        """(being built)"""
        raise PantauError("'index' is not available yet")
