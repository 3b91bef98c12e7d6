"""`pantau digest`: not written yet (being built)."""

import typer

from pantau.errors import PantauError


def register(app: typer.Typer) -> None:
    @app.command("digest")
    def _placeholder() -> None:
        """(being built)"""
        raise PantauError("'digest' is not available yet")
