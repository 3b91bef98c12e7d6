"""`pantau es`: not written yet (being built)."""

import typer

from pantau.errors import PantauError


def register(app: typer.Typer) -> None:
    @app.command("es")
    def _placeholder() -> None:
        """(being built)"""
        raise PantauError("'es' is not available yet")
