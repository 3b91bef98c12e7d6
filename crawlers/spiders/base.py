"""What every Pantau spider shares, as mixins (City-Bureau style): discovery, page reading, error accounting.

An outlet spider is a few lines: a name and its registry key. Everything else —
robots.txt sitemaps, sitemaps, feeds, section/tag/search pages, link following,
pagination that stops once a page brings nothing new, multi-page articles,
conditional re-fetching, the resumable frontier — lives here.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from crawlers.dates import published_day
from crawlers.extraction import PageAnalysis
from crawlers.items import ArticleItem
from crawlers.middlewares import SkipPage
from crawlers.registry import SiteConfig, generic_site, get_site, load_keywords
from crawlers.state import CrawlState
from crawlers.urls import canonicalize_url, is_http_url, replace_origin, request_url, same_site
from crawlers.workers import ExtractionPool
from pantau.store import Store, article_id_for, utc_now

_SKIP_EXTENSIONS = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|mp3|mp4|m4a|avi|mov|webm|css|js|"
    r"json|woff2?|ttf|eot|apk|exe)$",
    re.IGNORECASE,
)
_PAGE_PATH = re.compile(r"/page/(\d+)/?$")


def _listing_base(url: str) -> str:
    """A listing URL without its page number (``/page/3`` or ``?page=3``)."""
    canonical = canonicalize_url(url, keep_page=False)
    parts = urlsplit(canonical)
    path = _PAGE_PATH.sub("", parts.path) or "/"
    return parts._replace(path=path.rstrip("/") or "/").geturl()


def _header_charset(response: Response) -> str | None:
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
    match = re.search(r"charset=([\w-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


class ErrorAccountingMixin:
    """Every failed or skipped request is classified, counted and logged; none stops the crawl."""

    crawler: Crawler
    crawl_state: CrawlState

    def classify_failure(self, failure: Failure) -> tuple[str, str]:
        """("errors" or "skipped", kind) for a failure."""
        error = failure.value
        if isinstance(error, SkipPage):
            return "skipped", error.kind
        if isinstance(error, HttpError):
            return "errors", f"http_{error.response.status}"
        name = type(error).__name__
        message = str(error).lower()
        if "robots.txt" in message:
            return "skipped", "robots_disallowed"
        if "max redirections" in message:
            return "errors", "redirect_loop"
        if "max size" in message or "maxsize" in message or "Cancelled" in name:
            return "errors", "oversized"
        if "Timeout" in name or "timed out" in message:
            return "errors", "timeout"
        if "DNS" in name:
            return "errors", "dns"
        if any(word in name for word in ("Connection", "Connect", "ResponseNeverReceived", "ResponseFailed")):
            return "errors", "connection"
        return "errors", name

    def on_error(self, failure: Failure) -> Iterator[Any]:
        request = failure.request
        group, kind = self.classify_failure(failure)
        self.crawler.stats.inc_value(f"pantau/{group}/{kind}")
        log = self.logger.info if group == "skipped" else self.logger.warning
        log("%s %s: %s", group[:-1] if group == "errors" else "skipped", kind, request.url)
        if group == "errors" or kind not in ("seen", "not_modified"):
            self.crawl_state.done(request.url)
        if rest := request.meta.get("search_rest"):
            self.crawler.stats.inc_value("pantau/skipped/search_unavailable", len(rest))
            self.logger.warning("site search unavailable (%s) at %s: %d other keyword searches skipped", kind,
                                request.url, len(rest))
        if request.meta.get("part_of"):
            yield from self.finish_article(request.meta["part_of"])


class DiscoveryMixin:
    """Finding pages: robots.txt sitemaps, sitemaps, feeds, start/search pages, links and pagination."""

    crawler: Crawler
    crawl_state: CrawlState
    sites: list[SiteConfig]
    since: date | None

    def site_for(self, url: str) -> SiteConfig | None:
        for site in self.sites:
            if same_site(url, site.base_url):
                return site
        return None

    def make_request(self, url: str, site: SiteConfig, *, kind: str = "page", hops: int = 0,
                     pagination: bool = False, priority: int = 0, force: bool = False,
                     search_rest: list[str] | None = None) -> scrapy.Request | None:
        """A request for ``url`` exactly as linked, unless its canonical form was scheduled already in this crawl
        (``force``: always).

        ``search_rest``: the site's other keyword searches, requested once this one (the probe) answers.
        """
        key = canonicalize_url(url)
        url = request_url(url)
        if not is_http_url(url) or (kind == "page" and _SKIP_EXTENSIONS.search(urlsplit(url).path)):
            return None
        if key in self.scheduled and not force:
            return None
        self.scheduled.add(key)
        meta = {"kind": kind, "site": site.key, "hops": hops, "pagination": pagination}
        if search_rest:
            meta["search_rest"] = search_rest
        if kind == "page":
            self.crawl_state.remember(url, meta)
        callback = {"robots": self.parse_robots, "sitemap": self.parse_sitemap, "feed": self.parse_feed}.get(
            kind, self.parse_page
        )
        # dont_filter: this spider deduplicates by canonical URL itself, and redirect loops must reach
        # RedirectMiddleware's limit (and be counted) instead of vanishing in Scrapy's duplicate filter.
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta, priority=priority,
                              dont_filter=True)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        resumed = self.crawl_state.pending()
        for url, meta in resumed:
            site = next((s for s in self.sites if s.key == meta.get("site")), None) or self.site_for(url)
            if site and (request := self.make_request(url, site, hops=meta.get("hops", 0),
                                                      pagination=meta.get("pagination", False), force=True)):
                yield request
        if resumed:
            self.logger.info("resuming %d pages left by an interrupted crawl", len(resumed))
        keywords = load_keywords()
        for site in self.sites:
            origin = site.base_url.rstrip("/")
            if request := self.make_request(origin + "/robots.txt", site, kind="robots", priority=20):
                yield request
            for url in site.sitemaps:
                if request := self.make_request(url, site, kind="sitemap", priority=15):
                    yield request
            for url in site.feeds:
                if request := self.make_request(url, site, kind="feed", priority=15):
                    yield request
            for url in site.start_urls:
                if request := self.make_request(url, site, kind="page", priority=10, force=True):
                    yield request
            # One keyword search first: a site whose search is gone answers it with an error once, not per keyword.
            searches = site.search_requests(keywords)
            if searches and (request := self.make_request(searches[0], site, priority=10, force=True,
                                                          search_rest=searches[1:])):
                yield request

    def search_fan_out(self, response: Response, site: SiteConfig) -> Iterator[scrapy.Request]:
        """The remaining keyword searches, once the probe search answered."""
        for url in response.meta.get("search_rest") or ():
            if request := self.make_request(url, site, priority=10, force=True):
                yield request

    def _on_site(self, url: str, site: SiteConfig) -> str:
        """``url`` moved onto ``site``'s host when it names another one (a local copy's sitemap, a CDN)."""
        return url if same_site(url, site.base_url) else replace_origin(url, site.base_url)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        site = self.sites_by_key[response.meta["site"]]
        for line in response.text.splitlines():
            if line.lower().startswith("sitemap:"):
                url = line.split(":", 1)[1].strip()
                if is_http_url(url) and (request := self.make_request(self._on_site(url, site), site,
                                                                      kind="sitemap", priority=15)):
                    yield request

    def _too_old(self, stamp: str | None) -> bool:
        day = published_day(stamp.strip()) if stamp else None
        return bool(self.since and day and day < self.since)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        site = self.sites_by_key[response.meta["site"]]
        body = response.body
        if body[:2] == b"\x1f\x8b":
            body = gzip.decompress(body)
        try:
            sitemap = Sitemap(body)
        except (etree.XMLSyntaxError, StopIteration, ValueError):
            self.crawler.stats.inc_value("pantau/errors/bad_sitemap")
            return
        for entry in sitemap:
            url = entry.get("loc")
            if not url:
                continue
            stamp = entry.get("lastmod") or (entry.get("news") or {}).get("publication_date")
            if self._too_old(stamp):
                self.crawler.stats.inc_value("pantau/skipped/sitemap_before_since")
                continue
            kind = "sitemap" if sitemap.type == "sitemapindex" else "page"
            priority = 15 if kind == "sitemap" else 5
            if request := self.make_request(self._on_site(url, site), site, kind=kind, priority=priority):
                yield request

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        site = self.sites_by_key[response.meta["site"]]
        try:
            root = etree.fromstring(response.body, parser=etree.XMLParser(recover=True, resolve_entities=False))
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            self.crawler.stats.inc_value("pantau/errors/bad_feed")
            return
        links = [node.text.strip() for node in root.iter("{*}link", "link") if node.text and node.text.strip()]
        links += [node.get("href") for node in root.iter("{http://www.w3.org/2005/Atom}link") if node.get("href")]
        for url in map(response.urljoin, links):  # feeds should hold absolute URLs; some do not
            if is_http_url(url) and (request := self.make_request(self._on_site(url, site), site, priority=5)):
                yield request

    def is_pagination(self, link: str, page_url: str) -> bool:
        """Whether ``link`` is another page of the listing at ``page_url``."""
        return canonicalize_url(link) != canonicalize_url(page_url) and _listing_base(link) == _listing_base(page_url)

    def follow_links(self, response: Response, analysis: PageAnalysis, site: SiteConfig) -> Iterator[scrapy.Request]:
        """Requests for the page's links; pagination only when the page brought something new."""
        hops = response.meta.get("hops", 0)
        new_links = 0
        pagination: list[str] = []
        part_keys = {canonicalize_url(url) for url in analysis.page_urls}
        for link in analysis.links:  # as linked; one per canonical form (see site_links)
            key = canonicalize_url(link)
            if key in self.scheduled:
                continue  # most links on a page: menus, teasers seen on earlier pages
            if analysis.kind == "article" and key in part_keys:
                continue  # fetched as parts of this article
            if analysis.kind == "listing" and self.is_pagination(link, response.url):
                pagination.append(link)
                continue
            article_like = site.is_article_url(key)
            if not article_like and hops >= site.link_depth:
                continue
            known = self.crawl_state.is_known_article(link)
            request = self.make_request(link, site, hops=hops if article_like else hops + 1,
                                        priority=5 if article_like else 0)
            if request is not None:
                new_links += not known
                yield request
        if analysis.kind != "article":  # an article's own feed is its comments
            for feed in analysis.feeds:
                if request := self.make_request(feed, site, kind="feed", priority=15):
                    yield request
        if new_links:
            for link in pagination:
                if request := self.make_request(link, site, hops=hops, pagination=True, priority=1):
                    yield request
        elif pagination:
            self.crawler.stats.inc_value("pantau/skipped/pagination_nothing_new")


class ArticlePageMixin:
    """Reading a page: classify it, join multi-page articles, emit one item per article."""

    crawler: Crawler
    crawl_state: CrawlState

    async def read(self, response: Response, site: SiteConfig) -> PageAnalysis:
        """Decode, classify and extract the page (in the extraction pool's worker processes)."""
        return await self.extraction.read(site.parser, site.selectors, site.article_patterns, response.body,
                                          _header_charset(response), response.url)

    async def parse_page(self, response: Response) -> list[Any]:
        # A coroutine returning a list, not an async generator: Scrapy runs an async generator's output
        # through CONCURRENT_ITEMS asyncio tasks per response, which costs more than reading the page.
        requested = response.request.url if response.request else response.url
        if requested in self.handled:  # a resumed frontier URL that is also a start URL
            return []
        self.handled.add(requested)
        site = self.sites_by_key[response.meta["site"]]
        analysis = await self.read(response, site)
        self.crawler.stats.inc_value(f"pantau/pages/{analysis.kind}")
        outputs: list[Any] = []
        # Redirects were followed: every URL on the way names this page ("seen already"), the last one is its URL.
        fetched_urls = list(dict.fromkeys([*response.meta.get("redirect_urls", ()), requested, response.url]))
        self.scheduled.update(canonicalize_url(url) for url in fetched_urls)
        if analysis.kind == "article":
            self.scheduled.update(canonicalize_url(url) for url in analysis.page_urls)
            started = {
                "analysis": analysis, "site": site.key, "texts": [analysis.text], "remaining": list(analysis.page_urls),
                "fetched_urls": fetched_urls,
                "raw_html": response.body, "etag": response.headers.get(b"ETag", b"").decode("latin-1") or None,
                "last_modified": response.headers.get(b"Last-Modified", b"").decode("latin-1") or None,
            }
            outputs.extend(self.finish_article(started))
        # One transaction: the page's links join the frontier as the page itself leaves it (a listing here,
        # an article once the store pipeline has it), so a crawl killed at any point loses neither.
        with self.crawl_state.store.transaction():
            outputs.extend(self.search_fan_out(response, site))
            outputs.extend(self.follow_links(response, analysis, site))
            if analysis.kind != "article":
                for url in fetched_urls:
                    self.crawl_state.record(url, analysis.kind, source=site.key)
        return outputs

    async def parse_article_part(self, response: Response) -> list[Any]:
        started = response.meta["part_of"]
        part = await self.read(response, self.sites_by_key[started["site"]])
        if part.body_text:
            started["texts"].append(part.body_text)
        return list(self.finish_article(started))

    def finish_article(self, started: dict) -> Iterator[Any]:
        """Fetch the next page of a multi-page article, or emit the joined article."""
        if started["remaining"]:
            url = started["remaining"].pop(0)
            yield scrapy.Request(url, callback=self.parse_article_part, errback=self.on_error, dont_filter=True,
                                 meta={"kind": "page", "site": started["site"], "part_of": started}, priority=20)
            return
        analysis: PageAnalysis = started["analysis"]
        canonical = analysis.canonical_url
        yield ArticleItem(
            id=article_id_for(canonical), url=started["fetched_urls"][-1], canonical_url=canonical,
            source=started["site"], title=analysis.title, text="\n".join(started["texts"]),
            published=analysis.published, language="id", fetched_at=utc_now(), raw_html=started["raw_html"],
            fetched_urls=started["fetched_urls"], etag=started["etag"], last_modified=started["last_modified"],
        )


class NewsSpider(ErrorAccountingMixin, DiscoveryMixin, ArticlePageMixin, scrapy.Spider):
    """The base of every Pantau spider: one or more sites, crawled into the store.

    Arguments (``-a`` on the command line, keywords in :func:`crawlers.crawl`):
    ``site`` (a registry key), ``start_urls`` (generic mode), ``site_overrides``
    ({site key: base URL}), ``since`` (``YYYY-MM-DD``), ``job`` (the name of its resumable state).
    """

    site_key: str | None = None

    def __init__(self, *args: Any, site: str | None = None, start_urls: list[str] | str | None = None,
                 site_overrides: dict[str, str] | None = None, since: str | None = None, job: str | None = None,
                 **kwargs: Any):
        super().__init__(*args, **kwargs)
        overrides = site_overrides or {}
        sites: list[SiteConfig] = []
        key = site or self.site_key
        if key:
            config = get_site(key)
            sites.append(config.with_base_url(overrides[key]) if key in overrides else config)
        if isinstance(start_urls, str):
            start_urls = [url for url in start_urls.split(",") if url]
        for url in start_urls or []:
            generic = generic_site(url)
            existing = next((s for s in sites if s.key == generic.key), None)
            if existing:
                sites[sites.index(existing)] = replace(existing,
                                                       start_urls=(*existing.start_urls, *generic.start_urls))
            else:
                sites.append(generic)
        if not sites:
            raise ValueError("a news spider needs a site or start URLs")
        self.sites = sites
        self.sites_by_key = {s.key: s for s in sites}
        self.since = date.fromisoformat(since) if since else None
        self.job_name = job or key or "generic-" + hashlib.sha1(
            " ".join(sorted(s.base_url for s in sites)).encode()).hexdigest()[:10]
        self.scheduled: set[str] = set()
        self.handled: set[str] = set()
        self.crawl_state: CrawlState

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.crawl_state = CrawlState(Store(crawler.settings.get("PANTAU_STORE_PATH")), spider.job_name)
        spider.extraction = ExtractionPool(crawler.settings.getint("PANTAU_EXTRACT_WORKERS"))
        crawler.signals.connect(spider.extraction.close, signal=signals.spider_closed)
        return spider
