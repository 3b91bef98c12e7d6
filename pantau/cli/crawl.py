"""`pantau crawl`: crawl outlets from the site registry, or any news site from start URLs, into the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from pantau.errors import InputError


def register(app: typer.Typer) -> None:
    @app.command("crawl")
    def crawl_command(
        start_url: list[str] = typer.Option(
            None, "--start-url", help="Generic mode: a page of a news site to start from (repeatable)."
        ),
        site: list[str] = typer.Option(None, "--site", help="An outlet from the site registry (repeatable)."),
        all_sites: bool = typer.Option(False, "--all", help="Every outlet in the site registry."),
        list_sites: bool = typer.Option(False, "--list-sites", help="List the registry's outlets and exit."),
        max_pages: int | None = typer.Option(None, "--max-pages", min=1, help="Stop after fetching N pages."),
        since: str | None = typer.Option(None, "--since", help="Skip articles published before YYYY-MM-DD."),
        output: Path | None = typer.Option(None, "--output", help="Also write the articles as JSON lines here."),
        http_cache: bool = typer.Option(False, "--http-cache", help="Cache responses on disk (development)."),
    ) -> None:
        """Crawl news into the store (robots.txt obeyed, incremental, resumable)."""
        from crawlers.registry import load_registry

        if list_sites:
            for key, config in load_registry().items():
                typer.echo(f"{key:<16} {config.name:<20} {config.base_url}")
            return
        if since:
            try:
                date.fromisoformat(since)
            except ValueError:
                raise InputError(f"--since must be a date like 2026-01-31, got {since!r}") from None
        if not (start_url or site or all_sites):
            raise InputError("say what to crawl: --start-url URL, --site NAME or --all (see --list-sites)")
        run_crawl(start_urls=start_url or None, sites="all" if all_sites else (site or None), max_pages=max_pages,
                  since=since, output=output, http_cache=http_cache)


def run_crawl(**kwargs: object) -> None:
    """Run :func:`crawlers.crawl` on the configured store with a progress display, then print the summary."""
    from rich.console import Console

    from crawlers import crawl
    from pantau.cli.progress import progress_bar
    from pantau.config import load_settings

    seen = {"pages": 0}
    with progress_bar("Crawling (pages fetched)") as advance:
        def on_progress(event: dict) -> None:
            total = event.get("pages", 0)
            if total > seen["pages"]:
                advance(total - seen["pages"])
                seen["pages"] = total

        summary = crawl(load_settings().store_path, on_progress=on_progress, **kwargs)
    Console().print(str(summary), highlight=False)
