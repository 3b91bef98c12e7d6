"""Pantau's Prefect tasks: small steps with retries and timeouts. The flows compose them.

Tasks take and return plain data (paths as strings, article and record dicts) so they run the same in a thread,
a process or on a Dask worker. Each opens the store itself: the store is the only shared state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NONE as NO_CACHE
from prefect.logging import get_run_logger

from pantau.store import Store

CRAWL_TIMEOUT_S = 6 * 3600
EXTRACT_TIMEOUT_S = 3600
INDEX_TIMEOUT_S = 3600
DIGEST_TIMEOUT_S = 600


@task(name="crawl-site", retries=2, retry_delay_seconds=60, timeout_seconds=CRAWL_TIMEOUT_S, cache_policy=NO_CACHE)
def crawl_site(
    store_path: str,
    site: str | None = None,
    start_urls: list[str] | None = None,
    base_url: str | None = None,
    max_pages: int | None = None,
    run_dir: str | None = None,
) -> dict[str, Any]:
    """Crawl one outlet of the registry (or a list of generic start URLs) into the store (a Scrapy child process)."""
    import crawlers

    summary = crawlers.crawl(
        store_path,
        sites=[site] if site else None,
        start_urls=start_urls,
        site_overrides={site: base_url} if site and base_url else None,
        max_pages=max_pages,
        run_dir=run_dir,
    )
    return {"site": site or "generic", **summary.to_dict()}


@task(name="pending-articles", retries=2, retry_delay_seconds=10, cache_policy=NO_CACHE)
def pending_articles(store_path: str, claimant: str | None = None) -> list[dict[str, Any]]:
    """The store's articles without a record of the current extractor version; with ``claimant``, only those no
    other run has claimed, now claimed for this run (concurrent runs share the work)."""
    import nlp

    with Store(store_path) as store:
        return store.articles_to_extract(nlp.EXTRACTOR_VERSION, claimant=claimant)


@task(name="extract-batch", retries=1, retry_delay_seconds=10, timeout_seconds=EXTRACT_TIMEOUT_S,
      cache_policy=NO_CACHE)
def extract_batch(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records for a batch of articles (pure: runs anywhere, e.g. on a Dask worker)."""
    import nlp

    return list(nlp.extract_records(articles))


@task(name="save-records", retries=3, retry_delay_seconds=5, cache_policy=NO_CACHE)
def save_records(store_path: str, records: list[dict[str, Any]], claimant: str | None = None) -> int:
    """Save a batch of records in the store (an upsert: saving twice adds nothing) and end ``claimant``'s claims on
    their articles; returns how many changed."""
    import nlp

    with Store(store_path) as store:
        changed = store.save_records(records, nlp.EXTRACTOR_VERSION)
        if claimant is not None:
            store.release_claims(claimant, [str(record["id"]) for record in records])
        return changed


@task(name="release-claims", retries=3, retry_delay_seconds=5, cache_policy=NO_CACHE)
def release_claims(store_path: str, claimant: str) -> None:
    """End every claim of ``claimant`` (articles it claimed but did not extract are offered to the next run)."""
    with Store(store_path) as store:
        store.release_claims(claimant)


@task(name="update-incidents", retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def update_incidents(store_path: str) -> list[dict[str, str]]:
    """Place the store's new and changed records into incidents (idempotent); returns the changes as dicts."""
    from dataclasses import asdict

    from pantau.incidents import update_incidents as update_store_incidents

    with Store(store_path) as store:
        return [asdict(change) for change in update_store_incidents(store)]


@dataclass
class IndexOutcome:
    """What the index step did: documents indexed, or why search was skipped."""

    indexed: int = 0
    pending: int = 0
    skipped_reason: str | None = None


@task(name="index-pending", retries=2, retry_delay_seconds=30, timeout_seconds=INDEX_TIMEOUT_S, cache_policy=NO_CACHE)
def index_pending(store_path: str) -> IndexOutcome:
    """Index the store's queued records; when search is unavailable, say so in one line and keep them queued."""
    from pantau.errors import SearchUnavailable

    logger = get_run_logger()
    with Store(store_path) as store:
        queued = store.count_pending_index()
        try:
            from pantau.search import get_client
            from pantau.search import index_pending as index_store_pending

            client = get_client(store=store)
            report = index_store_pending(store, client)
        except SearchUnavailable as exc:
            pending = store.count_pending_index()
            logger.warning("search unavailable, %d records stay queued for indexing: %s", pending, exc)
            return IndexOutcome(pending=pending, skipped_reason=str(exc))
        if report.failed:
            logger.warning("%d records failed to index and stay queued", len(report.failed))
        # Starting the embedded server may already rebuild the index from the store: count what left the queue.
        pending = store.count_pending_index()
        return IndexOutcome(indexed=max(report.indexed, queued - pending), pending=pending)


@task(name="digest-regions", retries=1, retry_delay_seconds=10, cache_policy=NO_CACHE)
def digest_regions(store_path: str, subscriptions_path: str, date_from: date, date_to: date,
                   regions: list[str] | None = None) -> list[str]:
    """Region codes to write digests for: the given ones, else those with subscribers and provinces with incidents."""
    from pantau.digest import load_subscriptions, provinces_with_incidents, resolve_region

    if regions:
        return list(dict.fromkeys(resolve_region(name).code for name in regions))
    codes = [subscription.region.code for subscription in load_subscriptions(Path(subscriptions_path))]
    with Store(store_path) as store:
        codes += [region.code for region in provinces_with_incidents(store, date_from, date_to)]
    return list(dict.fromkeys(codes))


@task(name="write-digest", retries=2, retry_delay_seconds=30, timeout_seconds=DIGEST_TIMEOUT_S, cache_policy=NO_CACHE)
def write_region_digest(store_path: str, region_code: str, date_from: date, date_to: date, digest_dir: str,
                        formats: list[str], lang: str = "id") -> dict[str, Any]:
    """Build one region's digest from the store and write it in each format; returns totals and paths."""
    from pantau.digest import build_digest, default_digest_path, resolve_region, write_digest

    region = resolve_region(region_code)
    with Store(store_path) as store:
        digest = build_digest(store, region, date_from, date_to)
    paths = [
        str(write_digest(digest, fmt, lang, default_digest_path(Path(digest_dir), region, date_from, date_to, fmt)))
        for fmt in formats
    ]
    return {"region": region.name, "code": region.code, "incidents": digest.totals.incidents, "paths": paths}


@task(name="send-digest", retries=3, retry_delay_seconds=120, timeout_seconds=DIGEST_TIMEOUT_S, cache_policy=NO_CACHE)
def send_region_digest(store_path: str, region_code: str, date_from: date, date_to: date) -> list[str]:
    """Mail one region's digest to its subscribers (each in their language); returns the addresses mailed."""
    from pantau.config import load_settings
    from pantau.digest import build_digest, load_subscriptions, resolve_region, send_digest

    settings = load_settings()
    subscriptions = load_subscriptions(settings.subscriptions_path)
    region = resolve_region(region_code)
    with Store(store_path) as store:
        digest = build_digest(store, region, date_from, date_to)
    return send_digest(digest, subscriptions, settings)
