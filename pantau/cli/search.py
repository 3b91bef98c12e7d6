"""`pantau search`: search the incident records from the terminal (a table, or JSON)."""

from __future__ import annotations

import json

import typer


def register(app: typer.Typer) -> None:
    @app.command("search")
    def search(
        query: str = typer.Argument("", help='Words, "quoted phrases", -exclusions, OR between two terms'),
        province: list[str] = typer.Option([], "--province", help="Province name or Kemendagri code"),
        regency: list[str] = typer.Option([], "--regency", help="Regency/city name or Kemendagri code"),
        modus: list[str] = typer.Option([], "--modus", help="Modus label, e.g. online_scam"),
        event_type: list[str] = typer.Option([], "--event-type", help="incident, statistics, coordination, ..."),
        agency_type: list[str] = typer.Option([], "--agency-type", help="police, task_force, ..."),
        date_from: str | None = typer.Option(None, "--from", help="YYYY-MM-DD (event date, else published)"),
        date_to: str | None = typer.Option(None, "--to", help="YYYY-MM-DD"),
        include_irrelevant: bool = typer.Option(False, "--all", help="Include records not about trafficking"),
        size: int = typer.Option(20, "--size", help="How many results (at most 100)"),
        as_json: bool = typer.Option(False, "--json", help="Print the API's JSON response"),
    ) -> None:
        """Search incident records; a table by default."""
        from pantau.config import load_settings
        from pantau.search import get_client, make_filters, search_records

        settings = load_settings()
        filters = make_filters(q=query, province=province, regency=regency, modus=modus, event_type=event_type,
                               agency_type=agency_type, date_from=date_from, date_to=date_to,
                               relevant=None if include_irrelevant else True)
        response = search_records(get_client(settings), settings, size=size, filters=filters, facets=as_json)
        hint = empty_store_hint(settings) if response["total"] == 0 and not settings.es_url else None
        if hint:
            typer.echo(f"pantau: {hint}", err=True)
        if as_json:
            typer.echo(json.dumps(response, ensure_ascii=False, indent=2))
        elif not hint:  # an empty table of an empty store says nothing more
            print_table(response, query)


def empty_store_hint(settings) -> str | None:  # noqa: ANN001 - Settings
    """What to run when the store has no records to search (None when it has some)."""
    from pantau.store import Store

    if settings.store_path.exists():
        with Store(settings.store_path) as store:
            if store.count_records():
                return None
    hint = (f"the store {settings.store_path} has no records yet: run `pantau crawl --all`, `pantau extract` and "
            "`pantau index`, or `pantau index --articles FILE.jsonl`, or try `pantau demo`")
    demo_store = settings.home / "demo" / "pantau.sqlite3"
    if demo_store.exists():
        hint += f"; the demo's records are in {demo_store.parent}: `export PANTAU_HOME={demo_store.parent}`"
    return hint


def print_table(response: dict, query: str) -> None:
    """A rich table of search hits."""
    from rich.console import Console
    from rich.table import Table

    shown = f'{len(response["hits"])} shown of {response["total"]} records'
    title = f'"{query}": {shown}' if query else shown
    table = Table(title=title, show_lines=False)
    for column in ("date", "province", "type", "modus", "victims", "suspects"):
        table.add_column(column, no_wrap=True)
    table.add_column("title", overflow="fold", ratio=2)
    table.add_column("url", overflow="fold", ratio=1)
    for hit in response["hits"]:
        table.add_row(
            (hit.get("date") or "")[:10], hit.get("province") or "", hit.get("event_type") or "",
            ", ".join(hit.get("modus") or []), _number(hit.get("victims")), _number(hit.get("suspects")),
            shorten(hit.get("title") or "", TITLE_CHARS), hit.get("url") or "",
        )
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    console.print(table)


TITLE_CHARS = 80


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters, with "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,.;:—-") + "…"


def _number(value: object) -> str:
    return "" if value is None else str(value)
