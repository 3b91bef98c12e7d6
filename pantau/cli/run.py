"""`pantau run`: not written yet (being built)."""

import typer

from pantau.errors import PantauError


def register(app: typer.Typer) -> None:
    @app.command("run")
    def _placeholder() -> None:
        """(being built)"""
        raise PantauError("'run' is not available yet")
