"""`pantau es`: start, stop and inspect the embedded search server (or show the configured cluster)."""

from __future__ import annotations

import typer

from pantau.errors import PantauError

es_app = typer.Typer(help="The search server: status, start and stop of the embedded one.", no_args_is_help=True)


@es_app.command("status")
def status() -> None:
    """Show the search backend: the configured cluster, or the embedded server (url, pid, documents)."""
    from pantau.config import load_settings
    from pantau.search import connect, document_count, embedded
    from pantau.search.client import embedded_client
    from pantau.store import Store

    settings = load_settings()
    with Store(settings.store_path) as store:
        pending = store.count_pending_index()
        records = store.count_records()
    if settings.es_url:
        client, backend = connect(settings)
        count = document_count(client, settings)
        typer.echo(f"external cluster {backend.url}: {count or 0} records indexed; "
                   f"{records} records in the store, {pending} queued for indexing")
        typer.echo(_probe_line(client, settings))
        return
    server = embedded.running_server(settings)
    if server is None:
        typer.echo("embedded search server: not running (commands that need search start one for their own "
                   "lifetime; `pantau es start` keeps one running)")
        return
    client = embedded_client(server.url)
    count = document_count(client, settings)
    typer.echo(f"embedded search server running at {server.url} (pid {server.pid}): {count or 0} records indexed; "
               f"{records} records in the store, {pending} queued for indexing")
    typer.echo(_probe_line(client, settings))


def _probe_line(client, settings) -> str:  # noqa: ANN001 - Elasticsearch, Settings
    from pantau.search.client import probe_backend

    _, synonyms_work = probe_backend(client, settings)
    server_side = "work" if synonyms_work else "are ignored"
    return (f"analyzer checked; server-side synonym filters {server_side} on this backend "
            "(Pantau stems with Sastrawi and expands synonyms itself either way)")


@es_app.command("start")
def start() -> None:
    """Start the embedded search server in the background and fill it from the store."""
    from pantau.config import load_settings
    from pantau.search import embedded
    from pantau.search.client import embedded_client, probe_backend, rebuild_from_store

    settings = load_settings()
    if settings.es_url:
        raise PantauError(f"PANTAU_ES_URL is set ({settings.es_url}); the embedded server is not used")
    server, started = embedded.start_persistent(settings)
    if not started:
        typer.echo(f"embedded search server already running at {server.url} (pid {server.pid})")
        return
    client = embedded_client(server.url)
    try:
        probe_backend(client, settings)
        indexed = rebuild_from_store(client, settings)
    except Exception:
        embedded.stop_persistent(settings)
        raise
    typer.echo(f"embedded search server started at {server.url} (pid {server.pid}); "
               f"{indexed} records indexed from the store")


@es_app.command("stop")
def stop() -> None:
    """Stop the background embedded search server (its index is rebuilt from the store at the next start)."""
    from pantau.config import load_settings
    from pantau.search import embedded

    server = embedded.stop_persistent(load_settings())
    typer.echo(f"embedded search server stopped (pid {server.pid})" if server
               else "embedded search server: not running")


@es_app.command("cleanup")
def cleanup() -> None:
    """Delete index versions that no alias points to (left by interrupted rebuilds); live rebuilds are kept."""
    from pantau.config import load_settings
    from pantau.search import get_client
    from pantau.search.maintenance import remove_orphaned_versions

    settings = load_settings()
    removed = remove_orphaned_versions(get_client(settings), settings.index_prefix)
    typer.echo(f"removed {len(removed)} orphaned index versions" + (f": {', '.join(removed)}" if removed else ""))


def register(app: typer.Typer) -> None:
    app.add_typer(es_app, name="es")
