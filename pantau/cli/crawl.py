"""`pantau crawl`: not written yet (being built)."""

import typer

from pantau.errors import PantauError


def register(app: typer.Typer) -> None:
    @app.command("crawl")
    def _placeholder() -> None:
        """(being built)"""
        raise PantauError("'crawl' is not available yet")
