"""`pantau serve`: the HTTP API and the journalists' web page."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on"),
        port: int = typer.Option(8000, "--port", help="Port to listen on"),
    ) -> None:
        """Serve the search API (docs at /api/docs) and the web page at /."""
        import uvicorn

        from pantau.api import create_app
        from pantau.config import load_settings
        from pantau.search import connect

        settings = load_settings()
        client, backend = connect(settings)
        where = f"embedded server {backend.url}" if backend.embedded else f"cluster {backend.url}"
        typer.echo(f"Pantau on http://{host}:{port}/ (API docs /api/docs), searching the {where}")
        uvicorn.run(create_app(settings, client), host=host, port=port, log_level="info")
