"""Local copies of the five seed outlets, served on 127.0.0.1 for ``pantau demo`` and tests.

Each outlet gets its own threaded HTTP server (its own port, so that the crawler
sees five different sites) with the outlet's real URL scheme and markup style:
home page, section/category and tag listings with pagination, search, RSS feed,
sitemaps, robots.txt, article pages with their page furniture ("Baca juga"
inserts, share bars, comments, ads, footers). Articles come from the data files in
``pantau/demo/articles/<site>/``; templates from ``pantau/demo/templates/<site>/``.

URL schemes (paths; the scheme and host are the server's base URL):

=================  =========================================================================
sepucukjambi       WordPress: ``/<slug>/``, ``/category/<c>/``, ``/tag/<t>/``, ``/page/N/``,
                   ``/?s=``, ``/feed/``, ``/sitemap_index.xml``, robots ``Disallow: /wp-admin/``
tribunjambi        ``/YYYY/MM/DD/<slug>`` (long articles: ``?page=2``), ``/news``, ``/<section>``,
                   ``/tag/<t>``, ``/topic/<t>`` (``?page=N``), ``/search?q=``, ``/rss``,
                   ``/sitemap.xml``, ``/sitemap_news.xml``, robots ``Disallow: /ajax/``
beritajakarta      ``/read/<id>/<slug>``, ``/berita``, ``/tag/<t>`` (``?page=N``),
                   ``/search?keyword=``, ``/rss``, ``/sitemap.xml``, robots ``Disallow: /admin/``
katoe              WordPress like sepucukjambi (another theme)
radarindramayu     ``/read/<id>/<slug>``, ``/kategori/<k>``, ``/tag/<t>`` (``?page=N``),
                   ``/search/kata/?c=``, ``/rss``, ``/sitemap.xml``, ``/sitemap/news.xml``,
                   robots ``Disallow: /admin/``
=================  =========================================================================
"""

from __future__ import annotations

import hashlib
import re
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jinja2
import yaml

DEMO_SITE_NAMES: tuple[str, ...] = ("sepucukjambi", "tribunjambi", "beritajakarta", "katoe", "radarindramayu")
ARTICLES_DIR = Path(__file__).with_name("articles")
TEMPLATES_DIR = Path(__file__).with_name("templates")
WIB = timezone(timedelta(hours=7))
PAGE_SIZE = 4
TRIBUN_SPLIT_AT = 10  # Tribun splits articles with more paragraphs than this over two pages

_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember")

HTML = "text/html; charset=UTF-8"
XML = "application/xml; charset=UTF-8"
RSS = "application/rss+xml; charset=UTF-8"
TEXT = "text/plain; charset=UTF-8"


def slugify(text: str) -> str:
    """A URL slug: lower case, runs of other characters as one hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def long_date(moment: datetime) -> str:
    """``Kamis, 20 November 2026``."""
    return f"{_DAYS[moment.weekday()]}, {moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


@dataclass(frozen=True)
class DemoArticle:
    """One article of a demo outlet, as in its data file."""

    site: str
    slug: str
    title: str
    published: datetime
    author: str
    section: str
    tags: tuple[str, ...]
    body: tuple[str, ...]
    origin: str
    id: int | None = None
    editor: str | None = None
    summary: str | None = None
    caption: str | None = None
    photo_credit: str | None = None
    seed_file: str | None = None

    @property
    def section_slug(self) -> str:
        return slugify(self.section)

    @property
    def text(self) -> str:
        """The body as plain text, one paragraph a line (what a crawler should extract)."""
        return "\n".join(self.body)


def _article_from_file(path: Path) -> DemoArticle:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    paragraphs = tuple(" ".join(part.split()) for part in re.split(r"\n\s*\n", data["body"]) if part.strip())
    published = datetime.fromisoformat(str(data["published"])).astimezone(WIB)
    return DemoArticle(
        site=data["site"], slug=data["slug"], title=data["title"], published=published, author=data["author"],
        section=data["section"], tags=tuple(data.get("tags") or ()), body=paragraphs, origin=data["origin"],
        id=data.get("id"), editor=data.get("editor"), summary=data.get("summary"), caption=data.get("caption"),
        photo_credit=data.get("photo_credit"), seed_file=data.get("seed_file"),
    )


@cache
def load_articles(site: str) -> tuple[DemoArticle, ...]:
    """A demo outlet's articles, newest first."""
    if site not in DEMO_SITE_NAMES:
        raise KeyError(f"unknown demo site {site!r} (known: {', '.join(DEMO_SITE_NAMES)})")
    articles = []
    for path in sorted((ARTICLES_DIR / site).glob("*.yaml")):
        article = _article_from_file(path)
        if (article.site, article.slug) != (site, path.stem):
            raise ValueError(f"{path}: site/slug {article.site}/{article.slug} differ from the file's place")
        articles.append(article)
    return tuple(sorted(articles, key=lambda article: article.published, reverse=True))


@cache
def _site_data() -> dict:
    return yaml.safe_load((ARTICLES_DIR / "furniture.yaml").read_text(encoding="utf-8"))


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=jinja2.select_autoescape(["html", "xml", "jinja"]),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["long_date"] = long_date
    env.filters["rfc822"] = format_datetime
    env.filters["iso"] = lambda moment: moment.isoformat(timespec="seconds")
    env.filters["slugify"] = slugify
    return env


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Listing:
    """A paginated list of articles, e.g. a category page."""

    title: str
    path: str
    articles: tuple[DemoArticle, ...]
    page: int
    pages: int
    page_urls: dict[int, str]
    breadcrumb: tuple[tuple[str, str], ...] = ()


class DemoSite:
    """One outlet: its articles, URL scheme and templates. Subclasses give the URL scheme."""

    name: str = ""
    disallowed: str = "/admin/"
    feed_path: str = "/rss"
    sitemap_paths: tuple[str, ...] = ("/sitemap.xml",)

    def __init__(self, base_url: str = "http://127.0.0.1") -> None:
        self.base_url = base_url.rstrip("/")
        self.articles = load_articles(self.name)
        self.furniture = _site_data()[self.name]

    # -- URL scheme -------------------------------------------------------------------------------------------
    def article_path(self, article: DemoArticle) -> str:
        raise NotImplementedError

    def section_path(self, section_slug: str) -> str:
        raise NotImplementedError

    def tag_path(self, tag_slug: str) -> str:
        return f"/tag/{tag_slug}"

    def paged(self, path: str, page: int) -> str:
        """Page ``page`` of the listing at ``path`` (``?page=N``; WordPress overrides with ``/page/N/``)."""
        if page <= 1:
            return path
        return f"{path}{'&' if '?' in path else '?'}page={page}"

    def search_path(self, query: str) -> str:
        raise NotImplementedError

    def url(self, path: str) -> str:
        return self.base_url + path

    def article_url(self, article: DemoArticle) -> str:
        return self.url(self.article_path(article))

    def find_article(self, path: str) -> DemoArticle | None:
        for article in self.articles:
            if self.article_path(article).rstrip("/") == path.rstrip("/"):
                return article
        return None

    # -- listings ---------------------------------------------------------------------------------------------
    def sections(self) -> dict[str, str]:
        """Section slug -> display name, in first-seen order (newest articles first)."""
        return {article.section_slug: article.section for article in self.articles}

    def tags(self) -> dict[str, str]:
        return {slugify(tag): tag for article in self.articles for tag in article.tags}

    def listing(self, title: str, path: str, articles: tuple[DemoArticle, ...], page: int,
                breadcrumb: tuple[tuple[str, str], ...] = ()) -> Listing | None:
        pages = max(1, -(-len(articles) // PAGE_SIZE))
        if page < 1 or page > pages:
            return None
        chunk = articles[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        page_urls = {number: self.url(self.paged(path, number)) for number in range(1, pages + 1)}
        return Listing(title, path, chunk, page, pages, page_urls, breadcrumb)

    def in_section(self, section_slug: str) -> tuple[DemoArticle, ...]:
        return tuple(article for article in self.articles if article.section_slug == section_slug)

    def with_tag(self, tag_slug: str) -> tuple[DemoArticle, ...]:
        return tuple(article for article in self.articles if tag_slug in {slugify(tag) for tag in article.tags})

    def search(self, query: str) -> tuple[DemoArticle, ...]:
        words = query.lower().split()
        return tuple(article for article in self.articles
                     if words and all(word in f"{article.title} {article.text}".lower() for word in words))

    def related(self, article: DemoArticle, count: int = 3) -> list[DemoArticle]:
        """Other articles of the site, those sharing tags first, then the newest."""
        others = [other for other in self.articles if other.slug != article.slug]
        shared = {slugify(tag) for tag in article.tags}
        others.sort(key=lambda other: (-len(shared & {slugify(tag) for tag in other.tags}),
                                       -other.published.timestamp()))
        return others[:count]

    def comments(self, article: DemoArticle) -> list[dict]:
        """Two comments from the pool, chosen by the slug (stable across runs)."""
        pool = _site_data()["comments"]
        start = zlib.crc32(article.slug.encode()) % len(pool)
        return [pool[start], pool[(start + 7) % len(pool)]]

    # -- rendering --------------------------------------------------------------------------------------------
    def render(self, template: str, **context: object) -> bytes:
        env = _environment()
        name = template if template.startswith("_shared/") else f"{self.name}/{template}"
        return env.get_template(name).render(site=self, base=self.base_url, furniture=self.furniture,
                                             **context).encode("utf-8")

    def html(self, template: str, status: int = 200, **context: object) -> Response:
        return Response(status, HTML, self.render(template, **context))

    def body_blocks(self, article: DemoArticle, paragraphs: tuple[str, ...]) -> list[tuple[str, object]]:
        """Paragraphs with "Baca juga" inserts after the 2nd and 5th (linking to related demo articles)."""
        inserts = iter(self.related(article, 2))
        blocks: list[tuple[str, object]] = []
        for index, paragraph in enumerate(paragraphs, start=1):
            blocks.append(("p", paragraph))
            if index in (2, 5) and index < len(paragraphs):
                insert = next(inserts, None)
                if insert is not None:
                    blocks.append(("baca", insert))
        return blocks

    def article_response(self, article: DemoArticle, query: dict[str, list[str]]) -> Response | None:
        return self.html("article.html", article=article, blocks=self.body_blocks(article, article.body),
                         related=self.related(article, 4), comments=self.comments(article),
                         canonical=self.article_url(article))

    def robots(self) -> Response:
        lines = ["User-agent: *", f"Disallow: {self.disallowed}", ""]
        lines += [f"Sitemap: {self.url(path)}" for path in self.sitemap_paths]
        return Response(200, TEXT, ("\n".join(lines) + "\n").encode("utf-8"))

    def feed(self) -> Response:
        return Response(200, RSS, self.render("_shared/rss.xml.jinja", articles=self.articles[:10]))

    def sitemap_urlset(self, *, news: bool = False) -> Response:
        return Response(200, XML, self.render("_shared/sitemap.xml.jinja", articles=self.articles, news=news,
                                              listings=[self.url("/")] if not news else []))

    def sitemap_index(self, paths: tuple[str, ...]) -> Response:
        latest = self.articles[0].published
        return Response(200, XML, self.render("_shared/sitemap_index.xml.jinja", sitemaps=[self.url(p) for p in paths],
                                              lastmod=latest))

    def static_page(self, slug: str) -> Response | None:
        page = self.furniture.get("pages", {}).get(slug)
        if page is None:
            return None
        return self.html("page.html", page_title=page["title"], paragraphs=page["text"].split("\n\n"),
                         canonical=self.url(self.static_path(slug)))

    def static_path(self, slug: str) -> str:
        return f"/{slug}"

    def listing_response(self, listing: Listing | None) -> Response | None:
        if listing is None:
            return None
        return self.html("listing.html", listing=listing, canonical=listing.page_urls[listing.page])

    def not_found(self) -> Response:
        return self.html("listing.html", status=404, listing=Listing("Halaman tidak ditemukan", "/", (), 1, 1, {}),
                         canonical=self.url("/"))

    def admin(self) -> Response:
        return self.html("page.html", page_title="Masuk", paragraphs=["Halaman ini khusus untuk redaksi."],
                         canonical=self.url(self.disallowed))

    def handle(self, target: str) -> Response:
        """The response for a request target (path and query)."""
        parts = urlsplit(target)
        path = re.sub(r"/{2,}", "/", parts.path) or "/"
        query = parse_qs(parts.query)
        if path == "/robots.txt":
            return self.robots()
        if path.startswith(self.disallowed.rstrip("/")):
            return self.admin()
        response = self.route(path, query)
        return response if response is not None else self.not_found()

    def page_number(self, query: dict[str, list[str]]) -> int | None:
        value = (query.get("page") or ["1"])[0]
        return int(value) if value.isdigit() else None

    def route(self, path: str, query: dict[str, list[str]]) -> Response | None:
        raise NotImplementedError


class WordPressSite(DemoSite):
    """A WordPress outlet: pretty permalinks ``/<slug>/``, ``/category/<c>/page/N/``, ``/feed/``, Yoast sitemaps."""

    disallowed = "/wp-admin/"
    feed_path = "/feed/"
    sitemap_paths = ("/sitemap_index.xml",)
    parent_category = ("berita", "Berita")

    def article_path(self, article: DemoArticle) -> str:
        return f"/{article.slug}/"

    def section_path(self, section_slug: str) -> str:
        return f"/category/{section_slug}/"

    def tag_path(self, tag_slug: str) -> str:
        return f"/tag/{tag_slug}/"

    def static_path(self, slug: str) -> str:
        return f"/{slug}/"

    def paged(self, path: str, page: int) -> str:
        return path if page <= 1 else f"{path.rstrip('/')}/page/{page}/".replace("//", "/")

    def search_path(self, query: str) -> str:
        return f"/?s={query}"

    def sections(self) -> dict[str, str]:
        return {self.parent_category[0]: self.parent_category[1], **super().sections()}

    def in_section(self, section_slug: str) -> tuple[DemoArticle, ...]:
        if section_slug == self.parent_category[0]:
            return self.articles
        return super().in_section(section_slug)

    def route(self, path: str, query: dict[str, list[str]]) -> Response | None:
        page_match = re.fullmatch(r"(.*?)/page/(\d+)/?", path)
        base_path, page = (page_match.group(1) or "/", int(page_match.group(2))) if page_match else (path, 1)
        if base_path == "/" and "s" in query:
            term = query["s"][0]
            return self.listing_response(self.listing(f"Hasil pencarian: {term}", self.search_path(term),
                                                      self.search(term), page))
        if base_path == "/":
            return self.listing_response(self.listing(self.furniture["name"], "/", self.articles, page))
        if path in ("/feed", "/feed/"):
            return self.feed()
        if path == "/sitemap_index.xml":
            return self.sitemap_index(("/post-sitemap.xml", "/category-sitemap.xml"))
        if path == "/post-sitemap.xml":
            return self.sitemap_urlset()
        if path == "/category-sitemap.xml":
            return Response(200, XML, self.render("_shared/sitemap.xml.jinja", articles=(), news=False, listings=[
                self.url(self.section_path(slug)) for slug in self.sections()]))
        category = re.fullmatch(r"/category/([a-z0-9-]+)/?", base_path)
        if category and category.group(1) in self.sections():
            slug = category.group(1)
            name = self.sections()[slug]
            return self.listing_response(self.listing(name, self.section_path(slug), self.in_section(slug), page,
                                                      (("Beranda", "/"), (name, self.section_path(slug)))))
        tag = re.fullmatch(r"/tag/([a-z0-9-]+)/?", base_path)
        if tag and tag.group(1) in self.tags():
            slug = tag.group(1)
            return self.listing_response(self.listing(f"Tag: {self.tags()[slug]}", self.tag_path(slug),
                                                      self.with_tag(slug), page))
        if page_match:
            return None
        article = self.find_article(path)
        if article is not None and path.endswith("/"):
            return self.article_response(article, query)
        if article is not None:  # WordPress redirects to the slash form
            return Response(301, HTML, b"", {"Location": self.article_url(article)})
        return self.static_page(path.strip("/"))


class SepucukJambiSite(WordPressSite):
    name = "sepucukjambi"


class KatoeSite(WordPressSite):
    name = "katoe"


class TribunJambiSite(DemoSite):
    """Tribun Jambi: ``/YYYY/MM/DD/<slug>``; long articles over two pages (``?page=2``)."""

    name = "tribunjambi"
    disallowed = "/ajax/"
    sitemap_paths = ("/sitemap.xml", "/sitemap_news.xml")

    def article_path(self, article: DemoArticle) -> str:
        return f"/{article.published:%Y/%m/%d}/{article.slug}"

    def section_path(self, section_slug: str) -> str:
        return f"/{section_slug}"

    def search_path(self, query: str) -> str:
        return f"/search?q={query}"

    def article_pages(self, article: DemoArticle) -> list[tuple[str, ...]]:
        """The article's pages: one, or two halves when it is long."""
        if len(article.body) <= TRIBUN_SPLIT_AT:
            return [article.body]
        middle = (len(article.body) + 1) // 2
        return [article.body[:middle], article.body[middle:]]

    def article_response(self, article: DemoArticle, query: dict[str, list[str]]) -> Response | None:
        pages = self.article_pages(article)
        page = self.page_number(query)
        if page is None or not 1 <= page <= len(pages):
            return None
        url = self.article_url(article)
        page_urls = [url] + [f"{url}?page={number}" for number in range(2, len(pages) + 1)]
        return self.html("article.html", article=article, blocks=self.body_blocks(article, pages[page - 1]),
                         related=self.related(article, 4), comments=self.comments(article),
                         canonical=page_urls[page - 1], page=page, page_urls=page_urls)

    def route(self, path: str, query: dict[str, list[str]]) -> Response | None:
        page = self.page_number(query)
        if page is None:
            return None
        if path == "/":
            return self.listing_response(self.listing("Berita Terkini", "/", self.articles, page))
        if path == "/news":
            return self.listing_response(self.listing("Berita Terkini", "/news", self.articles, page,
                                                      (("Home", "/"), ("News", "/news"))))
        if path == "/search":
            term = (query.get("q") or [""])[0]
            return self.listing_response(self.listing(f"Hasil pencarian: {term}", self.search_path(term),
                                                      self.search(term), page))
        if path == "/rss":
            return self.feed()
        if path == "/sitemap.xml":
            return self.sitemap_index(("/sitemap_news.xml", "/sitemap_web.xml"))
        if path == "/sitemap_news.xml":
            return self.sitemap_urlset(news=True)
        if path == "/sitemap_web.xml":
            return self.sitemap_urlset()
        tag = re.fullmatch(r"/(tag|topic)/([a-z0-9-]+)", path)
        if tag and tag.group(2) in self.tags():
            slug = tag.group(2)
            title = f"{'Tag' if tag.group(1) == 'tag' else 'Topik'}: {self.tags()[slug]}"
            return self.listing_response(self.listing(title, path, self.with_tag(slug), page,
                                                      (("Home", "/"), (title, path))))
        if re.fullmatch(r"/\d{4}/\d{2}/\d{2}/[a-z0-9-]+", path):
            article = self.find_article(path)
            return self.article_response(article, query) if article else None
        section = path.strip("/")
        if section in self.sections():
            name = self.sections()[section]
            return self.listing_response(self.listing(name, path, self.in_section(section), page,
                                                      (("Home", "/"), (name, path))))
        return self.static_page(section)


class BeritaJakartaSite(DemoSite):
    """Berita Jakarta: ``/read/<id>/<slug>``; no JSON-LD, the date only as visible text."""

    name = "beritajakarta"

    def article_path(self, article: DemoArticle) -> str:
        return f"/read/{article.id}/{article.slug}"

    def section_path(self, section_slug: str) -> str:
        return f"/berita?kanal={section_slug}"

    def search_path(self, query: str) -> str:
        return f"/search?keyword={query}"

    def route(self, path: str, query: dict[str, list[str]]) -> Response | None:
        page = self.page_number(query)
        if page is None:
            return None
        if path == "/":
            return self.listing_response(self.listing("Berita Terkini", "/", self.articles, page))
        if path == "/berita":
            section = (query.get("kanal") or [""])[0]
            if section and section not in self.sections():
                return None
            if section:
                name = self.sections()[section]
                return self.listing_response(self.listing(name, self.section_path(section),
                                                          self.in_section(section), page,
                                                          (("Beranda", "/"), ("Berita", "/berita"),
                                                           (name, self.section_path(section)))))
            return self.listing_response(self.listing("Berita", "/berita", self.articles, page,
                                                      (("Beranda", "/"), ("Berita", "/berita"))))
        if path == "/search":
            term = (query.get("keyword") or [""])[0]
            return self.listing_response(self.listing(f"Hasil pencarian: {term}", self.search_path(term),
                                                      self.search(term), page))
        if path == "/rss":
            return self.feed()
        if path == "/sitemap.xml":
            return self.sitemap_urlset()
        tag = re.fullmatch(r"/tag/([a-z0-9-]+)", path)
        if tag and tag.group(1) in self.tags():
            slug = tag.group(1)
            return self.listing_response(self.listing(f"Tag: {self.tags()[slug]}", path, self.with_tag(slug), page,
                                                      (("Beranda", "/"), (self.tags()[slug], path))))
        if re.fullmatch(r"/read/\d+/[a-z0-9-]+", path):
            article = self.find_article(path)
            return self.article_response(article, query) if article else None
        return self.static_page(path.strip("/"))


class RadarIndramayuSite(DemoSite):
    """Radar Indramayu (Disway network): ``/read/<id>/<slug>``, inline "BACA JUGA:" links."""

    name = "radarindramayu"
    sitemap_paths = ("/sitemap.xml", "/sitemap/news.xml")

    def article_path(self, article: DemoArticle) -> str:
        return f"/read/{article.id}/{article.slug}"

    def section_path(self, section_slug: str) -> str:
        return f"/kategori/{section_slug}"

    def search_path(self, query: str) -> str:
        return f"/search/kata/?c={query}"

    def route(self, path: str, query: dict[str, list[str]]) -> Response | None:
        page = self.page_number(query)
        if page is None:
            return None
        if path == "/":
            return self.listing_response(self.listing("Terbaru", "/", self.articles, page))
        if path in ("/search/kata", "/search/kata/"):
            term = (query.get("c") or [""])[0]
            return self.listing_response(self.listing(f"Hasil pencarian: {term}", self.search_path(term),
                                                      self.search(term), page))
        if path == "/rss":
            return self.feed()
        if path == "/sitemap.xml":
            return self.sitemap_urlset()
        if path == "/sitemap/news.xml":
            return self.sitemap_urlset(news=True)
        category = re.fullmatch(r"/kategori/([a-z0-9-]+)", path)
        if category and category.group(1) in self.sections():
            slug = category.group(1)
            name = self.sections()[slug]
            return self.listing_response(self.listing(name, path, self.in_section(slug), page,
                                                      (("Home", "/"), (name, path))))
        tag = re.fullmatch(r"/tag/([a-z0-9-]+)", path)
        if tag and tag.group(1) in self.tags():
            slug = tag.group(1)
            return self.listing_response(self.listing(f"Tag: {self.tags()[slug]}", path, self.with_tag(slug), page,
                                                      (("Home", "/"), (self.tags()[slug], path))))
        if re.fullmatch(r"/read/\d+/[a-z0-9-]+", path):
            article = self.find_article(path)
            return self.article_response(article, query) if article else None
        return self.static_page(path.strip("/"))


SITE_CLASSES: dict[str, type[DemoSite]] = {
    site_class.name: site_class
    for site_class in (SepucukJambiSite, TribunJambiSite, BeritaJakartaSite, KatoeSite, RadarIndramayuSite)
}


def demo_site(name: str, base_url: str = "http://127.0.0.1") -> DemoSite:
    """The demo outlet ``name`` as if served at ``base_url`` (no server; for rendering and tests)."""
    return SITE_CLASSES[name](base_url)


def _handler_for(site: DemoSite, request_log: list[tuple[str, str]] | None) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "nginx"
        sys_version = ""

        def _respond(self, send_body: bool) -> None:
            if request_log is not None:
                request_log.append((site.name, self.path))
            response = site.handle(self.path)
            etag = '"' + hashlib.sha1(response.body).hexdigest()[:20] + '"'
            if response.status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            if response.status == 200:
                self.send_header("ETag", etag)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if send_body:
                self.wfile.write(response.body)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._respond(send_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._respond(send_body=False)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
            return

    return Handler


@contextmanager
def serve_demo_sites(host: str = "127.0.0.1", *, request_log: list[tuple[str, str]] | None = None,
                     ports: dict[str, int] | None = None) -> Iterator[dict[str, str]]:
    """Serve the five demo outlets, one threaded HTTP server each on a free port; yields {site name: base URL}.

    ``request_log``, when given, receives ``(site name, request target)`` for every request.
    ``ports`` names a preferred port per site (a site's URLs are part of its articles' identity,
    so a rerun on the same ports finds the same articles); a port that is taken falls back to a free one.
    The servers are shut down when the block ends.
    """
    servers: list[tuple[ThreadingHTTPServer, threading.Thread]] = []
    urls: dict[str, str] = {}
    try:
        for name in DEMO_SITE_NAMES:
            site = SITE_CLASSES[name]()
            server = _bind(host, (ports or {}).get(name, 0), _handler_for(site, request_log))
            server.daemon_threads = True
            url_host = f"[{host}]" if ":" in host else host
            site.base_url = f"http://{url_host}:{server.server_address[1]}"
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                      name=f"demo-site-{name}", daemon=True)
            thread.start()
            servers.append((server, thread))
            urls[name] = site.base_url
        yield urls
    finally:
        stoppers = [threading.Thread(target=server.shutdown) for server, _ in servers]  # in parallel: ~0.1 s
        for stopper in stoppers:
            stopper.start()
        for stopper, (server, thread) in zip(stoppers, servers, strict=True):
            stopper.join(timeout=5)
            server.server_close()
            thread.join(timeout=5)


def _bind(host: str, port: int, handler: type[BaseHTTPRequestHandler]) -> ThreadingHTTPServer:
    """A server on ``port``, or on a free port when that one is taken."""
    if port:
        try:
            return ThreadingHTTPServer((host, port), handler)
        except OSError:
            pass
    return ThreadingHTTPServer((host, 0), handler)


def main() -> None:
    """Serve the demo sites until Ctrl-C, printing their URLs."""
    import time

    with serve_demo_sites() as sites:
        for name, url in sites.items():
            print(f"{name:<16} {url}/")
        print("Serving the demo sites; press Ctrl-C to stop.", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print()


if __name__ == "__main__":
    main()
