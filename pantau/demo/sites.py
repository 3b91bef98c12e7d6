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

import functools
import hashlib
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from functools import cache
from pathlib import Path

import jinja2
import yaml

from pantau.demo.server import Request, Response, Router, serve_sites
from pantau.months import month_names

DEMO_SITE_NAMES: tuple[str, ...] = ("sepucukjambi", "tribunjambi", "beritajakarta", "katoe", "radarindramayu")
ARTICLES_DIR = Path(__file__).with_name("articles")
TEMPLATES_DIR = Path(__file__).with_name("templates")
SCHEMES_FILE = Path(__file__).with_name("sites.yaml")
WIB = timezone(timedelta(hours=7))
PAGE_SIZE = 4
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

HTML = "text/html; charset=UTF-8"  # as the outlets send it
XML = "application/xml; charset=UTF-8"
RSS = "application/rss+xml; charset=UTF-8"
TEXT = "text/plain; charset=UTF-8"


def slugify(text: str) -> str:
    """A URL slug: lower case, runs of other characters as one hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def long_date(moment: datetime) -> str:
    """``Kamis, 20 November 2026``."""
    return f"{DAYS[moment.weekday()]}, {moment.day} {month_names('id')[moment.month - 1]} {moment.year}"


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


@dataclass
class DemoRequest:
    """A request with its listing page taken out: ``?page=N``, or ``/page/N/`` on WordPress (``paged_path``)."""

    request: Request
    path: str
    page: int
    paged_path: bool = False

    @property
    def query(self) -> dict[str, list[str]]:
        return self.request.query


@cache
def _schemes() -> dict:
    return yaml.safe_load(SCHEMES_FILE.read_text(encoding="utf-8"))


class DemoSite:
    """One outlet: its articles, templates and URL scheme (``sites.yaml``), answering through one :class:`Router`."""

    def __init__(self, name: str, base_url: str = "http://127.0.0.1") -> None:
        self.name = name
        self.base_url = base_url.rstrip("/")
        self.articles = load_articles(name)
        self.furniture = _site_data()[name]
        self.scheme = _schemes()[name]
        self.disallowed: str = self.scheme["disallowed"]
        self.feed_path: str = self.scheme["feed"]
        self.sitemap_paths: tuple[str, ...] = tuple(self.scheme["sitemaps"])
        self.router = Router()
        for pattern, view, *options in self.scheme["routes"]:
            options = options[0] if options else {}
            self.router.add(pattern, functools.partial(getattr(self, f"view_{view}"), **options))

    # -- URL scheme -------------------------------------------------------------------------------------------
    def _path(self, kind: str, **values: object) -> str:
        return self.scheme["paths"][kind].format(**values)

    def article_path(self, article: DemoArticle) -> str:
        return self._path("article", slug=article.slug, id=article.id, published=article.published)

    def section_path(self, section_slug: str) -> str:
        return self._path("section", section=section_slug)

    def tag_path(self, tag_slug: str) -> str:
        return self._path("tag", tag=tag_slug)

    def search_path(self, query: str) -> str:
        return self._path("search", query=query)

    def static_path(self, slug: str) -> str:
        return self._path("static", slug=slug)

    def paged(self, path: str, page: int) -> str:
        """Page ``page`` of the listing at ``path``: ``?page=N``, or ``/page/N/`` on WordPress."""
        if page <= 1:
            return path
        if self.scheme["paging"] == "path":
            return f"{path.rstrip('/')}/page/{page}/".replace("//", "/")
        return f"{path}{'&' if '?' in path else '?'}page={page}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def article_url(self, article: DemoArticle) -> str:
        return self.url(self.article_path(article))

    def find_article(self, path: str) -> DemoArticle | None:
        for article in self.articles:
            if self.article_path(article).rstrip("/") == path.rstrip("/"):
                return article
        return None

    # -- articles and listings --------------------------------------------------------------------------------
    def sections(self) -> dict[str, str]:
        """Section slug -> display name, in first-seen order (newest articles first)."""
        every = self.scheme.get("all_articles_section")
        own = {article.section_slug: article.section for article in self.articles}
        return {every[0]: every[1], **own} if every else own

    def tags(self) -> dict[str, str]:
        return {slugify(tag): tag for article in self.articles for tag in article.tags}

    def in_section(self, section_slug: str) -> tuple[DemoArticle, ...]:
        every = self.scheme.get("all_articles_section")
        if every and section_slug == every[0]:
            return self.articles
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

    def article_pages(self, article: DemoArticle) -> list[tuple[str, ...]]:
        """The article's pages: one, or two halves when the outlet splits long articles."""
        limit = self.scheme.get("split_articles_longer_than")
        if limit is None or len(article.body) <= limit:
            return [article.body]
        middle = (len(article.body) + 1) // 2
        return [article.body[:middle], article.body[middle:]]

    def listing(self, title: str, path: str, articles: tuple[DemoArticle, ...], page: int,
                breadcrumb: tuple[tuple[str, str], ...] = ()) -> Listing | None:
        pages = max(1, -(-len(articles) // PAGE_SIZE))
        if page < 1 or page > pages:
            return None
        chunk = articles[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        page_urls = {number: self.url(self.paged(path, number)) for number in range(1, pages + 1)}
        return Listing(title, path, chunk, page, pages, page_urls, breadcrumb)

    # -- rendering --------------------------------------------------------------------------------------------
    def render(self, template: str, **context: object) -> bytes:
        env = _environment()
        name = template if template.startswith("_shared/") else f"{self.name}/{template}"
        return env.get_template(name).render(site=self, base=self.base_url, furniture=self.furniture,
                                             **context).encode("utf-8")

    def html(self, template: str, status: int = 200, **context: object) -> Response:
        return Response(status, {"Content-Type": HTML}, self.render(template, **context))

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

    def listing_response(self, listing: Listing | None) -> Response:
        if listing is None:
            return self.not_found()
        return self.html("listing.html", listing=listing, canonical=listing.page_urls[listing.page])

    def sitemap_urlset(self, *, news: bool = False) -> Response:
        listings = [] if news else [self.url("/")]
        return Response(200, {"Content-Type": XML}, self.render(
            "_shared/sitemap.xml.jinja", articles=self.articles, news=news, listings=listings))

    def not_found(self) -> Response:
        return self.html("listing.html", status=404, listing=Listing("Halaman tidak ditemukan", "/", (), 1, 1, {}),
                         canonical=self.url("/"))

    def admin(self) -> Response:
        return self.html("page.html", page_title="Masuk", paragraphs=["Halaman ini khusus untuk redaksi."],
                         canonical=self.url(self.disallowed))

    def robots(self) -> Response:
        lines = ["User-agent: *", f"Disallow: {self.disallowed}", ""]
        lines += [f"Sitemap: {self.url(path)}" for path in self.sitemap_paths]
        return Response(200, {"Content-Type": TEXT}, ("\n".join(lines) + "\n").encode("utf-8"))

    # -- answering ----------------------------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        """The response for a request (a 200 carries an ETag of its body, for conditional requests)."""
        response = self._answer(request)
        if response.status == 200:
            response.headers["ETag"] = '"' + hashlib.sha1(response.body).hexdigest()[:20] + '"'
        return response

    def _answer(self, request: Request) -> Response:
        path = request.path
        if path == "/robots.txt":
            return self.robots()
        if path.startswith(self.disallowed.rstrip("/")):
            return self.admin()
        demo_request = self._paging(request)
        if demo_request is None:
            return self.not_found()
        routed = self.router.route(request, demo_request.path)
        return routed if routed is not None else self.not_found()

    def _paging(self, request: Request) -> DemoRequest | None:
        """The request with its page number taken out; None for a page number that is not one."""
        if self.scheme["paging"] == "path":
            match = re.fullmatch(r"(.*?)/page/(\d+)/?", request.path)
            if match:
                return DemoRequest(request, match.group(1) or "/", int(match.group(2)), paged_path=True)
            return DemoRequest(request, request.path, 1)
        value = (request.query.get("page") or ["1"])[0]
        return DemoRequest(request, request.path, int(value)) if value.isdigit() else None

    def _with_page(self, request: Request) -> DemoRequest:
        demo_request = self._paging(request)
        assert demo_request is not None  # checked before routing
        return demo_request

    @staticmethod
    def _crumbs(crumbs: list[list[str]], **values: str) -> tuple[tuple[str, str], ...]:
        return tuple((label.format(**values), link.format(**values)) for label, link in crumbs)

    # -- views (named in sites.yaml) ----------------------------------------------------------------------------
    def view_home(self, request: Request, title: str | None = None) -> Response:
        page = self._with_page(request).page
        return self.listing_response(self.listing(title or self.furniture["name"], "/", self.articles, page))

    def view_latest(self, request: Request, title: str, crumbs: list[list[str]] = ()) -> Response:
        path = self._with_page(request).path
        return self.listing_response(self.listing(title, path, self.articles, self._with_page(request).page,
                                                  self._crumbs(crumbs, title=title, path=path)))

    def view_search(self, request: Request, param: str, required: bool = False) -> Response | None:
        if required and param not in request.query:
            return None
        term = (request.query.get(param) or [""])[0]
        return self.listing_response(self.listing(f"Hasil pencarian: {term}", self.search_path(term),
                                                  self.search(term), self._with_page(request).page))

    def view_section(self, request: Request, section: str | None = None, param: str | None = None,
                     crumbs: list[list[str]] = ()) -> Response | None:
        if param is not None:
            if param not in request.query:
                return None
            section = request.query[param][0]
            if section not in self.sections():
                return self.not_found()
        if section not in self.sections():
            return None
        name, path = self.sections()[section], self.section_path(section)
        return self.listing_response(self.listing(name, path, self.in_section(section), self._with_page(request).page,
                                                  self._crumbs(crumbs, name=name, path=path)))

    def view_tag(self, request: Request, tag: str, title: str = "Tag: {name}", path: str | None = None,
                 crumbs: list[list[str]] = ()) -> Response | None:
        if tag not in self.tags():
            return None
        name = self.tags()[tag]
        path = path.format(tag=tag) if path else self.tag_path(tag)
        title = title.format(name=name)
        return self.listing_response(self.listing(title, path, self.with_tag(tag), self._with_page(request).page,
                                                  self._crumbs(crumbs, name=name, title=title, path=path)))

    def view_feed(self, request: Request) -> Response | None:
        if self._with_page(request).paged_path:
            return None
        return Response(200, {"Content-Type": RSS}, self.render("_shared/rss.xml.jinja", articles=self.articles[:10]))

    def view_sitemap_index(self, request: Request, sitemaps: list[str]) -> Response | None:
        if self._with_page(request).paged_path:
            return None
        return Response(200, {"Content-Type": XML}, self.render(
            "_shared/sitemap_index.xml.jinja", sitemaps=[self.url(p) for p in sitemaps],
            lastmod=self.articles[0].published))

    def view_sitemap(self, request: Request, news: bool = False) -> Response | None:
        return None if self._with_page(request).paged_path else self.sitemap_urlset(news=news)

    def view_section_sitemap(self, request: Request) -> Response | None:
        if self._with_page(request).paged_path:
            return None
        return Response(200, {"Content-Type": XML}, self.render("_shared/sitemap.xml.jinja", articles=(), news=False,
                        listings=[self.url(self.section_path(slug)) for slug in self.sections()]))

    def view_article(self, request: Request, redirect_to_slash: bool = False) -> Response | None:
        demo_request = self._with_page(request)
        article = None if demo_request.paged_path else self.find_article(request.path)
        if article is None:
            return None
        if redirect_to_slash and not request.path.endswith("/"):  # WordPress redirects to the slash form
            return Response(301, {"Content-Type": HTML, "Location": self.article_url(article)}, b"")
        pages = self.article_pages(article)
        page = demo_request.page if "split_articles_longer_than" in self.scheme else 1  # others ignore ?page=
        if not 1 <= page <= len(pages):
            return self.not_found()
        url = self.article_url(article)
        page_urls = [url] + [f"{url}?page={number}" for number in range(2, len(pages) + 1)]
        return self.html("article.html", article=article, blocks=self.body_blocks(article, pages[page - 1]),
                         related=self.related(article, 4), comments=self.comments(article),
                         canonical=page_urls[page - 1], page=page, page_urls=page_urls)

    def view_static(self, request: Request, slug: str) -> Response | None:
        if self._with_page(request).paged_path:
            return None
        page = self.furniture.get("pages", {}).get(slug)
        if page is None:
            return None
        return self.html("page.html", page_title=page["title"], paragraphs=page["text"].split("\n\n"),
                         canonical=self.url(self.static_path(slug)))


def demo_site(name: str, base_url: str = "http://127.0.0.1") -> DemoSite:
    """The demo outlet ``name`` as if served at ``base_url`` (no server; for rendering and tests)."""
    if name not in DEMO_SITE_NAMES:
        raise KeyError(f"unknown demo site {name!r} (known: {', '.join(DEMO_SITE_NAMES)})")
    return DemoSite(name, base_url)


@contextmanager
def serve_demo_sites(host: str = "127.0.0.1", *, request_log: list[tuple[str, str]] | None = None,
                     ports: dict[str, int] | None = None) -> Iterator[dict[str, str]]:
    """Serve the five demo outlets, each on its own free port; yields {site name: base URL}.

    ``request_log``, when given, receives ``(site name, request target)`` for every request.
    ``ports`` names a preferred port per site (a site's URLs are part of its articles' identity,
    so a rerun on the same ports finds the same articles); a port that is taken falls back to a free one.
    The servers are shut down when the block ends.
    """
    sites = {name: DemoSite(name) for name in DEMO_SITE_NAMES}
    with serve_sites(sites, host=host, ports=ports, request_log=request_log) as servers:
        for name, server in servers.items():
            sites[name].base_url = server.url
        yield {name: server.url for name, server in servers.items()}


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
