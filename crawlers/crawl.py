"""``crawlers.crawl()``: run Pantau's spiders into the store, in a child process, and summarise."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from crawlers.registry import generic_site, get_site, load_registry
from crawlers.urls import is_http_url
from pantau.errors import InputError, PantauError

OUTLET_SPIDERS = frozenset({"sepucukjambi", "tribunjambi", "beritajakarta", "katoe", "radarindramayu"})


@dataclass
class CrawlSummary:
    """What a crawl did: pages, articles new/updated/unchanged, skipped and errors by kind."""

    pages_fetched: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    finish_reasons: dict[str, str] = field(default_factory=dict)
    elapsed_seconds: float = 0.0
    log_file: str | None = None
    output: str | None = None

    @property
    def articles(self) -> int:
        """Articles handled (new + updated + unchanged)."""
        return self.articles_new + self.articles_updated + self.articles_unchanged

    def add_stats(self, job: str, reason: str, stats: dict[str, Any]) -> None:
        """Fold one spider's Scrapy stats into the summary."""
        self.finish_reasons[job] = reason
        self.pages_fetched += int(stats.get("downloader/response_count", 0))
        for key, value in stats.items():
            if not isinstance(value, int):
                continue
            if key.startswith("pantau/articles/"):
                name = "articles_" + key.rsplit("/", 1)[1]
                setattr(self, name, getattr(self, name, 0) + value)
            for group in ("skipped", "errors"):
                if key.startswith(f"pantau/{group}/"):
                    kind = key.split("/", 2)[2]
                    bucket = getattr(self, group)
                    bucket[kind] = bucket.get(kind, 0) + value

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "articles": self.articles}

    def __str__(self) -> str:
        def kinds(counts: dict[str, int]) -> str:
            return ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items())) or "none"

        lines = [
            f"Crawl finished in {self.elapsed_seconds:.1f} s: {self.pages_fetched} pages fetched",
            f"  articles: {self.articles_new} new, {self.articles_updated} updated, "
            f"{self.articles_unchanged} unchanged",
            f"  skipped: {kinds(self.skipped)}",
            f"  errors:  {kinds(self.errors)}",
        ]
        unfinished = {job: reason for job, reason in self.finish_reasons.items() if reason != "finished"}
        if unfinished:
            lines.append("  stopped early: " + ", ".join(f"{job} ({reason})" for job, reason in unfinished.items()))
        if self.output:
            lines.append(f"  articles also written to {self.output}")
        if self.log_file:
            lines.append(f"  log: {self.log_file}")
        return "\n".join(lines)


def _site_names(sites: list[str] | str | None) -> list[str]:
    if sites is None:
        return []
    names = [sites] if isinstance(sites, str) else list(sites)
    if "all" in names:
        return list(load_registry())
    for name in names:
        get_site(name)  # raises InputError naming the known sites
    return names


def plan_jobs(*, sites: list[str] | str | None, start_urls: list[str] | None, site_overrides: dict[str, str] | None,
              since: str | None) -> list[dict[str, Any]]:
    """One job (spider + arguments) per registry site, one for all generic start URLs.

    A job's name keys its frontier in the store, which is what a killed crawl resumes from.
    """
    jobs = []
    overrides = dict(site_overrides or {})
    for name in overrides:
        get_site(name)
    for name in _site_names(sites):
        spider = name if name in OUTLET_SPIDERS else "registry"
        kwargs: dict[str, Any] = {"job": name, "since": since}
        if spider == "registry":
            kwargs["site"] = name
        if name in overrides:
            kwargs["site_overrides"] = {name: overrides[name]}
        jobs.append({"spider": spider, "kwargs": kwargs})
    if start_urls:
        for url in start_urls:
            if not is_http_url(url):
                raise InputError(f"not an http(s) URL: {url!r}")
            generic_site(url)
        digest = hashlib.sha1(" ".join(sorted(start_urls)).encode()).hexdigest()[:10]
        jobs.append({"spider": "generic", "kwargs": {"job": f"generic-{digest}", "start_urls": list(start_urls),
                                                     "since": since}})
    if not jobs:
        raise InputError("nothing to crawl: give sites (or 'all') or start URLs")
    return jobs


def crawl(
    store_path: Path | str,
    *,
    sites: list[str] | str | None = None,
    start_urls: list[str] | None = None,
    site_overrides: dict[str, str] | None = None,
    max_pages: int | None = None,
    since: str | date | None = None,
    output: Path | str | None = None,
    http_cache: bool = False,
    settings: dict[str, Any] | None = None,
    run_dir: Path | str | None = None,
    on_progress: Callable[[dict[str, Any]], None] | None = None,
) -> CrawlSummary:
    """Crawl registry ``sites`` and/or generic ``start_urls`` into the store at ``store_path``.

    Runs Scrapy in a child process (so it can be called many times in one
    process). ``site_overrides`` maps a site key to a base URL replacing its
    scheme and host; ``since`` skips articles published before that day;
    ``output`` also writes the articles as JSON lines; ``settings`` overrides
    Scrapy settings; ``on_progress`` gets ``{"pages", "articles"}`` updates.
    """
    from pantau.config import load_settings

    if isinstance(since, str) and since:
        try:
            since = date.fromisoformat(since)
        except ValueError:
            raise InputError(f"--since must be a date like 2026-01-31, got {since!r}") from None
    if max_pages is not None and max_pages < 1:
        raise InputError("max pages must be at least 1")
    run_root = Path(run_dir) if run_dir else load_settings().run_dir
    jobs = plan_jobs(sites=sites, start_urls=start_urls, site_overrides=site_overrides,
                     since=since.isoformat() if since else None)
    log_dir = run_root / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / f"crawl-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
    if output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text("", encoding="utf-8")
    config = {
        "store_path": str(store_path), "jobs": jobs, "max_pages": max_pages,
        "since": since.isoformat() if since else None, "output": str(output) if output else None,
        "http_cache": http_cache, "log_file": str(log_file),
        "settings": {"HTTPCACHE_DIR": str(run_root / "httpcache"), **(settings or {})},
    }
    summary = CrawlSummary(log_file=str(log_file), output=str(output) if output else None)
    started = time.monotonic()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(config, handle)
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "crawlers.run", handle.name], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        for line in process.stdout:
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                continue
            if "progress" in event and on_progress:
                on_progress(event["progress"])
            elif "closed" in event:
                closed = event["closed"]
                summary.add_stats(closed["job"], closed["reason"], closed["stats"])
        stderr = process.stderr.read()
        process.wait()
    finally:
        os.unlink(handle.name)
    summary.elapsed_seconds = time.monotonic() - started
    if process.returncode != 0:
        last = (stderr.strip().splitlines() or ["no message"])[-1]
        raise PantauError(f"the crawl process failed (exit {process.returncode}): {last}; log: {log_file}")
    return summary
