"""Crawl state in the store: what was seen (with ETag/Last-Modified) and what is still to fetch.

The frontier (discovered, not yet handled URLs) lives in a table of its own in the
store, written as URLs are scheduled and cleared as they are handled, so that a
crawl killed at any moment resumes with nothing lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from crawlers.urls import canonicalize_url
from pantau.store import Store

_FRONTIER_SCHEMA = """
CREATE TABLE IF NOT EXISTS crawl_frontier (
    url TEXT PRIMARY KEY,
    job TEXT NOT NULL,
    meta TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (datetime('now'))
)
"""
ARTICLE_STATUS = "article"


class CrawlState:
    """One job's view of the store's crawl state and frontier."""

    def __init__(self, store: Store, job: str):
        self.store = store
        self.job = job
        store.execute(_FRONTIER_SCHEMA)
        rows = store.execute(
            "SELECT url, etag, last_modified FROM crawl_state WHERE status = ?", (ARTICLE_STATUS,)
        ).fetchall()
        self._articles: dict[str, tuple[str | None, str | None]] = {
            row["url"]: (row["etag"], row["last_modified"]) for row in rows
        }

    def is_known_article(self, url: str) -> bool:
        """Whether ``url`` was stored as an article by an earlier crawl."""
        return canonicalize_url(url) in self._articles

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """The (ETag, Last-Modified) seen at ``url`` last time."""
        return self._articles.get(canonicalize_url(url), (None, None))

    def record(self, url: str, status: str, *, canonical_url: str | None = None, source: str | None = None,
               etag: str | None = None, last_modified: str | None = None, content_hash: str | None = None) -> None:
        """Remember what was found at ``url`` (and forget it from the frontier)."""
        url = canonicalize_url(url)
        self.store.set_crawl_state(url, status, canonical_url=canonical_url, source=source, etag=etag,
                                   last_modified=last_modified, content_hash=content_hash)
        if status == ARTICLE_STATUS:
            self._articles[url] = (etag, last_modified)
        self.done(url)

    def remember(self, url: str, meta: dict) -> None:
        """Put a discovered URL on the frontier (kept until it is handled): keyed by its canonical form,
        the URL as linked kept to be fetched."""
        self.store.execute("INSERT OR IGNORE INTO crawl_frontier(url, job, meta) VALUES (?,?,?)",
                           (canonicalize_url(url), self.job, json.dumps({**meta, "linked_url": url})))

    def done(self, url: str) -> None:
        """Take ``url`` off the frontier."""
        url = canonicalize_url(url)
        self.store.execute("DELETE FROM crawl_frontier WHERE url = ? AND job = ?", (url, self.job))

    def pending(self) -> list[tuple[str, dict]]:
        """URLs this job discovered in an earlier, interrupted run and never handled."""
        rows = self.store.execute("SELECT url, meta FROM crawl_frontier WHERE job = ? ORDER BY rowid", (self.job,))
        pending = []
        for row in rows.fetchall():
            meta = json.loads(row["meta"])
            pending.append((meta.pop("linked_url", None) or row["url"], meta))
        return pending

    def forget_pending(self, urls: Iterable[str]) -> None:
        for url in urls:
            self.done(url)
