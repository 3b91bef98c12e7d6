"""`pantau demo`: the whole pipeline, offline, on bundled copies of the seed outlets.

It goes through the same code as real use: the outlet spiders crawl the demo
sites (served on 127.0.0.1), the Prefect pipeline extracts, indexes and writes
digests, and the search runs against the same index the API serves.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import typer


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo(
        home: Path | None = typer.Option(
            None, "--home", help="Where the demo keeps its store and digests (default: $PANTAU_HOME/demo)."
        ),
        query: str = typer.Option("perdagangan orang", "--query", "-q", help="The search shown at the end."),
    ) -> None:
        """Crawl the bundled demo sites, extract, index, search and write a weekly digest, all offline."""
        from pantau.config import load_settings

        demo_home = (home or load_settings().home / "demo").expanduser().resolve()
        os.environ["PANTAU_HOME"] = str(demo_home)
        run_demo(demo_home, query)


def run_demo(home: Path, query: str) -> None:
    """Run the demo with ``home`` as ``PANTAU_HOME``; prints results and the digest paths."""
    from rich.console import Console

    from flows.pipeline import pantau_pipeline
    from pantau.demo.sites import DEMO_SITE_NAMES, load_articles, serve_demo_sites

    console = Console()
    # The demo articles carry fixed dates: the digest covers the week of the newest one.
    week_end = max(_as_date(article.published) for site in DEMO_SITE_NAMES for article in load_articles(site))
    week_start = week_end - timedelta(days=6)
    console.print(f"[bold]Pantau demo[/bold] — store in {home}")
    ports_file = home / "demo-sites.json"
    with serve_demo_sites(ports=_saved_ports(ports_file)) as sites:
        _save_ports(ports_file, sites)
        for name, url in sites.items():
            console.print(f"  demo site {name:<16} {url}")
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
    """Search the index and print a table of the hits."""
    from rich.table import Table

    from pantau.search import get_client, search_records

    response = search_records(get_client(), q=query, size=size)
    table = Table(title=f'Search results for "{query}" — {response["total"]} records', expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("where", no_wrap=True, overflow="ellipsis", max_width=26)
    table.add_column("victims", justify="right")
    table.add_column("suspects", justify="right")
    table.add_column("title", no_wrap=True, overflow="ellipsis", ratio=1)
    for hit in response["hits"]:
        regions = [loc["name"] for loc in hit.get("locations") or [] if loc.get("level") in _REGION_LEVELS]
        table.add_row(
            (hit.get("event_date") or hit.get("published") or "")[:10],
            hit.get("event_type") or "",
            ", ".join(dict.fromkeys(regions)),
            _count(hit, ("victims", "victims_rescued")),
            _count(hit, ("suspects",)),
            hit.get("title") or "",
        )
    console.print(table)


def _as_date(value: date | datetime | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


_REGION_LEVELS = ("regency", "city", "province")


def _count(hit: dict, roles: tuple[str, ...]) -> str:
    values = [c["value"] for c in hit.get("counts") or [] if c.get("role") in roles and c.get("about_tppo")]
    return str(max(values)) if values else ""
