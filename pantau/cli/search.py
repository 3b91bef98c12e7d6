"""`pantau search`: not written yet (being built)."""

import typer

from pantau.errors import PantauError


def register(app: typer.Typer) -> None:
    @app.command("search")
    def _placeholder() -> None:
        """(being built)"""
        raise PantauError("'search' is not available yet")
