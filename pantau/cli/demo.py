"""`pantau demo`: the whole pipeline, offline, on bundled copies of the seed outlets.

It goes through the same code as real use: the outlet spiders crawl the demo
sites (served on 127.0.0.1), the Prefect pipeline extracts, indexes and writes
digests, and the search runs against the same index the API serves.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import typer


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo(
        home: Path | None = typer.Option(
            None, "--home", help="Where the demo keeps its store and digests (default: $PANTAU_HOME when its store "
                                 "holds no articles but the demo's, else $PANTAU_HOME/demo)."
        ),
        query: str = typer.Option("perdagangan orang", "--query", "-q", help="The search shown at the end."),
    ) -> None:
        """Crawl the bundled demo sites, extract, index, search and write a weekly digest, all offline."""
        from pantau.config import load_settings

        default_home = load_settings().home.expanduser().resolve()
        demo_home = (home.expanduser().resolve() if home else demo_home_for(default_home))
        os.environ["PANTAU_HOME"] = str(demo_home)
        run_demo(demo_home, query, own_store=demo_home != default_home)


def demo_home_for(default_home: Path) -> Path:
    """The default home when its store is new or holds only demo articles (so `pantau search` finds them right
    after the demo); else ``demo/`` under it, so that real data never mixes with the demo's."""
    from pantau.store import Store

    store_path = default_home / "pantau.sqlite3"
    if not store_path.exists():
        return default_home
    with Store(store_path) as store:
        real = store.execute(f"SELECT COUNT(*) FROM articles WHERE url NOT LIKE '{DEMO_URL_PREFIX}%'").fetchone()[0]
    return default_home if real == 0 else default_home / "demo"


DEMO_URL_PREFIX = "http://127.0.0.1:"  # where the demo sites are served


def run_demo(home: Path, query: str, own_store: bool = True) -> None:
    """Run the demo with ``home`` as ``PANTAU_HOME``; prints progress, results, digest paths and how to go on."""
    from flows.pipeline import pantau_pipeline
    from pantau.demo.sites import DEMO_SITE_NAMES, load_articles, serve_demo_sites

    console = _console()
    # The demo articles carry fixed dates: the digest covers the week of the newest one.
    week_end = max(_as_date(article.published) for site in DEMO_SITE_NAMES for article in load_articles(site))
    week_start = week_end - timedelta(days=6)
    console.print(f"[bold]Pantau demo[/bold] — store in {home}")
    ports_file = home / "demo-sites.json"
    with serve_demo_sites(ports=_saved_ports(ports_file)) as sites:
        _save_ports(ports_file, sites)
        for name, url in sites.items():
            console.print(f"  demo site {name:<16} {url}")
        console.print("Crawling, extracting and indexing (about a minute):")
        with StoreProgress(home / "pantau.sqlite3", console):
            result = pantau_pipeline(
                sites=list(sites),
                site_overrides=dict(sites),
                digest_from=week_start,
                digest_to=week_end,
                home=home,
            )
    console.print(result.summary() if hasattr(result, "summary") else str(result))
    print_search_results(console, query)
    digests = list(getattr(result, "digest_paths", []) or [])
    if digests:
        console.print(f"\n[bold]Weekly digests[/bold] ({week_start} – {week_end}):")
        for path in digests:
            console.print(f"  {path}")
    else:
        console.print("\nNo digest was written (no region had subscribers or incidents this week).")
    console.print("\n" + next_steps(home, own_store), soft_wrap=True)


def next_steps(home: Path, own_store: bool) -> str:
    """The last line: exactly how to search the demo's records from here."""
    commands = "`pantau search 'pekerja migran'` or `pantau serve`"
    if own_store:
        return (f"The demo has its own store (yours holds other articles): run `export PANTAU_HOME={home}`, "
                f"then {commands} to explore its records.")
    return f"Explore these records with {commands} (store {home / 'pantau.sqlite3'})."


def _console():  # noqa: ANN202 - rich Console
    """A console as wide as the terminal, or 120 columns when the output is not a terminal."""
    from rich.console import Console

    console = Console()
    return console if console.is_terminal else Console(width=120)


class StoreProgress:
    """Prints what the store holds every few seconds while the pipeline runs: pages, articles, records, indexed."""

    def __init__(self, store_path: Path, console, every_s: float = 3.0) -> None:  # noqa: ANN001 - rich Console
        self._store_path = store_path
        self._console = console
        self._every_s = every_s
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="pantau-demo-progress", daemon=True)
        self._last = ""

    def __enter__(self) -> StoreProgress:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopped.set()
        self._thread.join()

    def _watch(self) -> None:
        from pantau.store import Store

        while not self._stopped.wait(self._every_s):
            if not self._store_path.exists():
                continue
            with contextlib.suppress(Exception), Store(self._store_path) as store:  # progress is best effort
                self._report(store.stats())

    def _report(self, stats: dict[str, int]) -> None:
        line = (f"  … {stats['crawled_urls']} pages crawled, {stats['articles']} articles, "
                f"{stats['records']} extracted, {stats['records'] - stats['pending_index']} indexed")
        if line != self._last and any(stats.values()):
            self._console.print(line)
            self._last = line


def _saved_ports(path: Path) -> dict[str, int]:
    """The ports the demo sites had last time: the same URLs make a rerun find the same articles."""
    try:
        return {name: int(port) for name, port in json.loads(path.read_text(encoding="utf-8")).items()}
    except (OSError, ValueError, AttributeError):
        return {}


def _save_ports(path: Path, sites: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({name: urlsplit(url).port for name, url in sites.items()}), encoding="utf-8")


def print_search_results(console, query: str, size: int = 10) -> None:  # noqa: ANN001 - rich Console
    """Search the index and print a table of the hits (titles shortened with "…")."""
    from rich.table import Table

    from pantau.cli.search import shorten
    from pantau.search import get_client, search_records

    response = search_records(get_client(), q=query, size=size)
    hits = response["hits"]
    table = Table(title=f'Search results for "{query}" — {len(hits)} shown of {response["total"]} records')
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("where", no_wrap=True, overflow="ellipsis", max_width=22)
    table.add_column("victims", justify="right", no_wrap=True)
    table.add_column("suspects", justify="right", no_wrap=True)
    table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=DEMO_TITLE_CHARS)
    for hit in hits:
        regions = [loc["name"] for loc in hit.get("locations") or [] if loc.get("level") in _REGION_LEVELS]
        table.add_row(
            (hit.get("event_date") or hit.get("published") or "")[:10],
            hit.get("event_type") or "",
            ", ".join(dict.fromkeys(regions)),
            _count(hit, ("victims", "victims_rescued")),
            _count(hit, ("suspects",)),
            shorten(hit.get("title") or "", DEMO_TITLE_CHARS),
        )
    console.print(table)


def _as_date(value: date | datetime | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


_REGION_LEVELS = ("regency", "city", "province")
DEMO_TITLE_CHARS = 42  # the table then fits 120 columns


def _count(hit: dict, roles: tuple[str, ...]) -> str:
    values = [c["value"] for c in hit.get("counts") or [] if c.get("role") in roles and c.get("about_tppo")]
    return str(max(values)) if values else ""
