"""`pantau demo`: not written yet (being built)."""

import typer

from pantau.errors import PantauError


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def _placeholder() -> None:
        """(being built)"""
        raise PantauError("'demo' is not available yet")
