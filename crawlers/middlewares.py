"""Downloader middlewares and the progress extension.

* :class:`KnownPageMiddleware` — an article stored before is fetched again only
  conditionally (``If-None-Match`` / ``If-Modified-Since``); a 304 counts as unchanged.
* :class:`ResponseGuardMiddleware` — non-HTML and empty responses to page
  requests are skipped and counted instead of parsed.
* :class:`ProgressExtension` — JSON lines of progress and the final stats for the runner.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("xml", "rss", "atom", "text/plain", "octet-stream", "gzip")


class SkipPage(IgnoreRequest):
    """A response deliberately not parsed; ``kind`` names why (counted in the summary)."""

    def __init__(self, kind: str, message: str = ""):
        super().__init__(message or kind)
        self.kind = kind


class KnownPageMiddleware:
    """Conditional requests for articles already in the store; skip those with nothing to validate."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KnownPageMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        spider = self.crawler.spider
        state = getattr(spider, "crawl_state", None)
        if state is None or request.meta.get("kind") != "page" or request.meta.get("part_of"):
            return None
        if not state.is_known_article(request.url):
            return None
        etag, last_modified = state.validators(request.url)
        if not etag and not last_modified:
            raise SkipPage("seen", f"already stored, no validators: {request.url}")
        if etag:
            request.headers["If-None-Match"] = etag
        if last_modified:
            request.headers["If-Modified-Since"] = last_modified
        request.meta["conditional"] = True
        request.meta.setdefault("handle_httpstatus_list", []).append(304)
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        spider = self.crawler.spider
        if response.status == 304 and request.meta.get("conditional"):
            self.crawler.stats.inc_value("pantau/articles/unchanged")
            state = getattr(spider, "crawl_state", None)
            if state is not None:
                etag, last_modified = state.validators(request.url)
                state.record(request.url, "article", source=request.meta.get("site"), etag=etag,
                             last_modified=last_modified)
            raise SkipPage("not_modified", f"not modified: {request.url}")
        return response


class ResponseGuardMiddleware:
    """Pages must be HTML with a body; sitemaps and feeds may be XML or text."""

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status >= 300:
            return response
        kind = request.meta.get("kind")  # None: requests Scrapy makes itself (robots.txt)
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if not response.body.strip():
            raise SkipPage("empty", f"empty response: {response.url}")
        if kind == "page":
            if content_type and not any(html in content_type for html in HTML_TYPES):
                raise SkipPage("non_html", f"not HTML ({content_type}): {response.url}")
            if not content_type and not response.body.lstrip()[:1] == b"<":
                raise SkipPage("non_html", f"no content type and not markup: {response.url}")
        return response


class ProgressExtension:
    """Writes progress (pages, articles) and, at the end, the spider's stats as JSON lines on stdout."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.enabled = bool(crawler.settings.getbool("PANTAU_PROGRESS"))
        self._last = 0.0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressExtension:
        extension = cls(crawler)
        crawler.signals.connect(extension.tick, signal=signals.response_received)
        crawler.signals.connect(extension.tick, signal=signals.item_scraped)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def _emit(self, payload: dict[str, Any]) -> None:
        if self.enabled:
            sys.stdout.write(json.dumps(payload) + "\n")
            sys.stdout.flush()

    def tick(self, *args: Any, **kwargs: Any) -> None:
        now = time.monotonic()
        if now - self._last < 0.25:
            return
        self._last = now
        stats = self.crawler.stats
        self._emit({"progress": {
            "job": self.crawler.spider.job_name if self.crawler.spider else "",
            "pages": stats.get_value("downloader/response_count", 0),
            "articles": sum(stats.get_value(f"pantau/articles/{k}", 0) for k in ("new", "updated", "unchanged")),
        }})

    def closed(self, spider: Spider, reason: str) -> None:
        stats = {key: value for key, value in self.crawler.stats.get_stats().items()
                 if isinstance(value, (int, float, str))}
        self._emit({"closed": {"job": getattr(spider, "job_name", spider.name), "reason": reason, "stats": stats}})
