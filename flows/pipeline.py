"""The whole pipeline as one Prefect flow: crawl -> extract -> index -> digest.

``pantau run`` and ``pantau demo`` call :func:`pantau_pipeline`; ``prefect.yaml`` schedules it daily (without
digests) and the digest flow weekly. Every stage is idempotent (the store upserts by deterministic ids), so a
run that was killed midway is simply run again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from prefect import flow

from flows.alerts import alerts_flow
from flows.crawl import crawl_flow
from flows.digest import digest_flow, last_week
from flows.extract import extract_flow
from flows.index import index_flow
from flows.tasks import IndexOutcome


@dataclass
class PipelineResult:
    """What a pipeline run did, stage by stage."""

    crawls: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    extracted: int = 0
    index: IndexOutcome | None = None
    digests: list[dict[str, Any]] = field(default_factory=list)
    store_stats: dict[str, int] = field(default_factory=dict)

    @property
    def digest_paths(self) -> list[str]:
        return [path for digest in self.digests for path in digest.get("paths", [])]

    def summary(self) -> str:
        """A few lines for people."""
        new = sum(crawl.get("articles_new", 0) for crawl in self.crawls)
        updated = sum(crawl.get("articles_updated", 0) for crawl in self.crawls)
        pages = sum(crawl.get("pages_fetched", 0) for crawl in self.crawls)
        lines = [f"crawl:   {len(self.crawls)} crawls, {pages} pages, {new} new and {updated} updated articles"]
        lines.append(f"extract: {self.extracted} articles extracted")
        if self.index is None:
            lines.append("index:   skipped")
        elif self.index.skipped_reason:
            lines.append(f"index:   skipped, {self.index.pending} records queued ({self.index.skipped_reason})")
        else:
            lines.append(f"index:   {self.index.indexed} records indexed, {self.index.pending} queued")
        regions = ", ".join(f"{d['region']} ({d['incidents']})" for d in self.digests) or "none"
        lines.append(f"digest:  {len(self.digests)} digests — incidents by region: {regions}")
        if self.store_stats:
            lines.append("store:   " + ", ".join(f"{name} {value}" for name, value in self.store_stats.items()))
        lines += [f"error:   {error}" for error in self.errors]
        return "\n".join(lines)


@flow(name="pantau-pipeline")
def pantau_pipeline(
    sites: list[str] | None = None,
    start_urls: list[str] | None = None,
    site_overrides: dict[str, str] | None = None,
    max_pages: int | None = None,
    digest_from: date | None = None,
    digest_to: date | None = None,
    digest_regions: list[str] | None = None,
    home: str | Path | None = None,
    dask_address: str | None = None,
    run_index: bool = True,
    run_digests: bool = True,
    digest_formats: list[str] | None = None,
    send_digests: bool = False,
    run_alerts: bool = True,
) -> PipelineResult:
    """Crawl (every outlet of the registry unless ``sites``/``start_urls`` say otherwise), extract, index, digest."""
    from pantau.config import load_settings
    from pantau.store import Store

    if home is not None:
        os.environ["PANTAU_HOME"] = str(Path(home).expanduser())
    settings = load_settings()
    store_path = str(settings.store_path)
    result = PipelineResult()
    if sites is None and start_urls and not site_overrides:
        sites = []  # only the given start URLs
    result.crawls, result.errors = crawl_flow(
        store_path, sites=sites, start_urls=start_urls, site_overrides=site_overrides, max_pages=max_pages,
        run_dir=str(settings.run_dir),
    )
    result.extracted = extract_flow(store_path, dask_address=dask_address)
    if run_index:
        result.index = index_flow(store_path)
    if run_alerts:  # failed deliveries stay in the store for the next run; they are reported, not raised
        result.errors += alerts_flow(store_path)
    if run_digests:
        if digest_from is None or digest_to is None:
            digest_from, digest_to = last_week()
        result.digests = digest_flow(
            date_from=digest_from, date_to=digest_to, regions=digest_regions, formats=digest_formats,
            send=send_digests, store_path=store_path,
        )
    with Store(store_path) as store:
        result.store_stats = store.stats()
    return result
