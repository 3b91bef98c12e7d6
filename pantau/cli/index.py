"""`pantau index`: put the store's records into the search index (import and extract a corpus first, or rebuild)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from pantau.errors import InputError, PantauError, SearchUnavailable


def register(app: typer.Typer) -> None:
    @app.command("index")
    def index(
        articles: Path | None = typer.Option(
            None, "--articles", help="JSON-lines articles (id, url, title, text, published) to import, extract, index"),
        rebuild: bool = typer.Option(False, "--rebuild", help="Build a new index from the store and swap aliases"),
    ) -> None:
        """Index what the store has not indexed yet (records stay queued when search is unavailable)."""
        from pantau.cli.progress import progress_bar
        from pantau.config import load_settings
        from pantau.store import Store

        settings = load_settings()
        with Store(settings.store_path) as store:
            bad = 0
            if articles is not None:
                bad = _import_and_extract(store, articles)
            _update_incidents(store)
            try:
                from pantau.search import connect, index_pending, rebuild_index

                client, backend = connect(settings, store)
                if backend.indexed_at_start:
                    typer.echo(f"the search index was new: {backend.indexed_at_start} records indexed from the store")
                run = rebuild_index if rebuild else index_pending
                total = store.count_records() if rebuild else store.count_pending_index()
                with progress_bar("Indexing", total) as advance:
                    report = run(store, client, settings, on_progress=advance)
            except SearchUnavailable as exc:
                raise SearchUnavailable(f"{exc} ({store.count_pending_index()} records queued)") from None
            incidents = report.incidents
            for failure in [*report.failed, *(incidents.failed if incidents else [])]:
                print(f"pantau: failed to index {failure.id}: {failure.reason}", file=sys.stderr)
            action = "rebuilt index" if rebuild else "indexed"
            typer.echo(f"{action}: {report.indexed} records into {report.index}; {len(report.failed)} failed; "
                       f"{report.pending} queued")
            if incidents:
                typer.echo(f"incidents and statistics: {incidents.indexed} indexed into {incidents.index}")
            if report.failed or bad or (incidents and incidents.failed):
                raise typer.Exit(1)


def _update_incidents(store) -> None:  # noqa: ANN001 - Store
    """Place new and changed records into incidents before indexing; say what changed."""
    from collections import Counter

    from pantau.incidents import update_incidents

    kinds = Counter(change.kind for change in update_incidents(store))
    if kinds:
        typer.echo("incidents: " + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())))


def _import_and_extract(store, path: Path) -> int:  # noqa: ANN001 - Store
    """Import the articles of a JSON-lines file into the store and extract them; returns the bad line count."""
    from pantau.cli.progress import progress_bar
    from pantau.extraction import BadLine, extract_store, read_articles_jsonl

    bad_lines: list[BadLine] = []
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    try:
        source = open(path, encoding="utf-8", errors="replace")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    with source:
        for article in read_articles_jsonl(source, bad_lines):
            article.setdefault("canonical_url", article.get("url"))
            try:
                counts[store.upsert_article(article)] += 1
            except ValueError as exc:
                raise PantauError(f"{path}: article {article['id']}: {exc}") from None
    for bad in bad_lines:
        print(f"{path}:{bad.line_number}: skipped: {bad.reason}", file=sys.stderr)
    typer.echo(f"imported {path}: {counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged")
    with progress_bar("Extracting", None) as advance:
        extracted = extract_store(store, on_record=advance)
    typer.echo(f"extracted {extracted} articles")
    return len(bad_lines)
