"""`pantau serve`: the HTTP API and the journalists' web page."""

from __future__ import annotations

import errno
import socket

import typer

from pantau.errors import InputError, PantauError


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on"),
        port: int = typer.Option(8000, "--port", help="Port to listen on (1-65535)"),
    ) -> None:
        """Serve the search API (docs at /api/docs) and the web page at /.

        The embedded search server is supervised: if it dies, it is restarted at the same address and refilled from
        the store while the API answers 503."""
        import uvicorn

        from pantau.api import create_app
        from pantau.config import load_settings
        from pantau.search import connect, embedded

        check_can_listen(host, port)
        settings = load_settings()
        embedded.supervise_children(embedded.refill_from_store)
        client, backend = connect(settings)
        persistent = embedded.running_server(settings) if backend.embedded and backend.persistent else None
        if persistent is not None:
            embedded.watch_persistent(settings, persistent, embedded.refill_from_store)
        where = f"embedded server {backend.url}" if backend.embedded else f"cluster {backend.url}"
        typer.echo(f"Pantau on http://{host}:{port}/ (API docs /api/docs), searching the {where}")
        uvicorn.run(create_app(settings, client), host=host, port=port, log_level="info")


def check_can_listen(host: str, port: int) -> None:
    """Raise a one-line error unless ``host:port`` can be listened on now (as uvicorn will, with SO_REUSEADDR)."""
    if not 1 <= port <= 65535:
        raise InputError(f"--port must be between 1 and 65535, got {port}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise InputError(f"cannot listen on {host}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            reason = "the port is in use" if exc.errno == errno.EADDRINUSE else exc.strerror or str(exc)
            raise PantauError(f"cannot listen on {host}:{port}: {reason}") from None
