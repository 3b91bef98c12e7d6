"""A generated local news site for tests and benchmarks, with known answers, served by the one site server.

:func:`build_site` writes a site of ``n_articles`` articles with listings (paginated
channels, tag pages), static pages, a sitemap and robots.txt, in a markup and URL
scheme unlike the seed outlets (``/news/<id>-<slug>.html``, ``/kanal/<name>?hal=N``).
Its ``expected`` dict holds each article's title, text and date, so a crawl can be
scored. The site is data: a table of responses by request target, to which tests add
fault routes (:class:`Route`, possibly ``dynamic``). :class:`FixtureServer` is
:class:`pantau.demo.server.SiteServer`, which also serves the demo outlets, and logs every request.
"""

from __future__ import annotations

import json
import random
import zlib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

from pantau.demo.server import Request, Router
from pantau.demo.server import Response as Route
from pantau.demo.server import SiteServer as FixtureServer
from pantau.demo.sites import DAYS
from pantau.months import month_names

__all__ = ["CHANNELS", "CrawlScore", "FixtureServer", "FixtureSite", "Route", "build_site", "score_crawl",
           "token_f1"]

WIB = timezone(timedelta(hours=7))
_WORDS = Path(__file__).with_name("fixture_words.txt").read_text(encoding="utf-8").split()
CHANNELS = ("hukum", "daerah", "nasional")
NOT_FOUND = Route(status=404, body=b"<html><body><h1>404</h1></body></html>")


@dataclass
class FixtureSite:
    """Routes by request target (path with query) and the articles a crawl should find."""

    router: Router = field(default_factory=Router)
    expected: dict[str, dict] = field(default_factory=dict)  # path -> {title, text, published}
    article_delay: float = 0.0  # added to article pages (``/news/...``) that have no delay of their own

    @property
    def routes(self) -> dict[str, Route]:
        return self.router.exact

    def add_html(self, path: str, html: str, **kwargs: object) -> None:
        self.routes[path] = Route(body=html.encode("utf-8"), **kwargs)

    def handle(self, request: Request) -> Route:
        route = self.router.route(request) or NOT_FOUND
        if not route.delay and self.article_delay and request.target.startswith("/news/"):
            return replace(route, delay=self.article_delay)
        return route


def _sentence(rng: random.Random) -> str:
    words = rng.choices(_WORDS, k=rng.randint(12, 24))
    return (" ".join(words)).capitalize() + "."


def _page(title: str, main: str, *, head: str = "", site_name: str = "Kabar Nusantara") -> str:
    nav = "".join(f'<li><a href="/kanal/{name}">{name.title()}</a></li>' for name in CHANNELS)
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{escape(title)} | {site_name}</title>'
        f'{head}</head><body><header class="masthead"><a href="/">{site_name}</a><nav><ul>{nav}'
        '<li><a href="/topik/tppo">Topik TPPO</a></li><li><a href="/tentang-kami">Tentang Kami</a></li></ul></nav>'
        f'</header><div class="wrap">{main}</div><footer><p>&copy; 2026 {site_name}. Dilarang mengutip tanpa izin.'
        '</p><a href="/kontak">Kontak</a> <a href="/pedoman-media-siber">Pedoman Media Siber</a></footer>'
        "</body></html>"
    )


def _date_markup(style: int, moment: datetime) -> tuple[str, str, str]:
    """(head, byline, dateline) for one of four ways sites show dates."""
    iso = moment.isoformat(timespec="seconds")
    visible = f"{DAYS[moment.weekday()]}, {moment.day} {month_names('id')[moment.month - 1]} {moment.year} | " \
              f"{moment:%H:%M} WIB"
    if style == 0:
        return "", '<div class="byline">Penulis: Redaksi</div>', ""
    if style == 1:
        return f'<meta property="article:published_time" content="{iso}">', "", ""
    if style == 2:
        return "", f'<div class="byline"><span class="tgl">{visible}</span></div>', ""
    dateline = f"{DAYS[moment.weekday()]} ({moment.day}/{moment.month}/{moment.year})"
    return "", "", dateline


def build_site(n_articles: int = 60, *, seed: int = 7, multipage_every: int = 0, per_listing: int = 10,
               sitemap_share: float = 0.5, start: datetime | None = None, etags: bool = False) -> FixtureSite:
    """A news site with ``n_articles`` articles; see the module docstring."""
    rng = random.Random(seed)
    site = FixtureSite()
    start = start or datetime(2025, 3, 3, 8, 0, tzinfo=WIB)
    articles = []
    for number in range(1, n_articles + 1):
        moment = start + timedelta(hours=7 * number, minutes=number % 60)
        title_words = rng.choices(_WORDS, k=rng.randint(6, 11))
        title = " ".join(title_words).title()
        slug = "-".join(title_words[:6])
        path = f"/news/{1000 + number}-{slug}.html"
        paragraphs = [_sentence(rng) + " " + _sentence(rng) for _ in range(rng.randint(5, 9))]
        articles.append({"path": path, "title": title, "moment": moment, "paragraphs": paragraphs,
                         "channel": CHANNELS[number % len(CHANNELS)], "style": number % 4})
    for index, article in enumerate(articles):
        head, byline, dateline = _date_markup(article["style"], article["moment"])
        paragraphs = list(article["paragraphs"])
        if dateline:
            paragraphs[0] = f"KOTA CONTOH - {paragraphs[0][:-1]}, {dateline}."
        if article["style"] == 0:
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article["title"],
                  "datePublished": article["moment"].isoformat(timespec="seconds")}
            head += f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        head += f'<link rel="canonical" href="{article["path"]}"><meta property="og:type" content="article">'
        related = articles[(index + 1) % len(articles)], articles[(index + 2) % len(articles)]
        baca = f'<p class="inline-link">Baca juga: <a href="{related[0]["path"]}">{related[0]["title"]}</a></p>'
        pages = [paragraphs]
        if multipage_every and index % multipage_every == 1:
            half = len(paragraphs) // 2
            pages = [paragraphs[:half], paragraphs[half:]]
        for page_number, page_paragraphs in enumerate(pages, 1):
            body = "".join(f"<p>{escape(p)}</p>" for p in page_paragraphs[:2]) + baca + "".join(
                f"<p>{escape(p)}</p>" for p in page_paragraphs[2:])
            pager = ""
            if len(pages) > 1:
                pager = '<div class="pager">Halaman ' + " ".join(
                    f'<a href="{article["path"]}?hal={n}">{n}</a>' for n in range(1, len(pages) + 1)) + "</div>"
            related_box = '<aside class="terkait"><h3>Berita Terkait</h3><ul>' + "".join(
                f'<li><a href="{r["path"]}">{escape(r["title"])}</a></li>' for r in related) + "</ul></aside>"
            share = ('<div class="bagikan">Bagikan: <a href="https://facebook.com/sharer">Facebook</a> '
                     '<a href="https://wa.me/?text=x">WhatsApp</a></div>')
            comments = ('<section class="komentar"><h3>Komentar</h3><div class="komen"><b>Budi</b>'
                        "<p>Semoga pelakunya dihukum berat dan korban mendapat keadilan segera.</p></div></section>")
            main = (f'<main><div class="crumb"><a href="/">Beranda</a> / <a href="/kanal/{article["channel"]}">'
                    f'{article["channel"].title()}</a></div><h1 class="judul">{escape(article["title"])}</h1>'
                    f'{byline}{share}<div class="isi">{body}</div>{pager}'
                    f'<div class="label">Topik: <a href="/topik/tppo">TPPO</a></div>{comments}</main>{related_box}')
            page_path = article["path"] if page_number == 1 else f'{article["path"]}?hal={page_number}'
            site.add_html(page_path, _page(article["title"], main, head=head))
            if etags:
                site.routes[page_path].headers = {**site.routes[page_path].headers,
                                                  "ETag": f'"{zlib.crc32(page_path.encode()):x}"'}
            if page_number == 1 and len(pages) > 1:
                site.routes[f'{article["path"]}?hal=1'] = site.routes[page_path]
        published = article["moment"].isoformat(timespec="seconds")
        if article["style"] == 3:
            published = article["moment"].date().isoformat()
        site.expected[article["path"]] = {"title": article["title"], "text": "\n".join(paragraphs),
                                          "published": published}
    _add_listings(site, articles, per_listing)
    _add_static(site)
    in_sitemap = articles[: int(len(articles) * sitemap_share)]
    urls = "".join(f"<url><loc>{a['path']}</loc><lastmod>{a['moment'].isoformat()}</lastmod></url>"
                   for a in in_sitemap)
    site.routes["/sitemap.xml"] = Route(headers={"Content-Type": "application/xml"}, body=(
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>").encode())
    site.routes["/robots.txt"] = Route(headers={"Content-Type": "text/plain"},
                                       body=b"User-agent: *\nDisallow: /private/\nSitemap: /sitemap.xml\n")
    return site


def _teasers(items: list[dict]) -> str:
    return "".join(
        f'<article class="teaser"><h2><a href="{a["path"]}">{escape(a["title"])}</a></h2>'
        f'<p>{escape(a["paragraphs"][0][:140])}</p><span class="tgl">{a["moment"]:%d/%m/%Y}</span></article>'
        for a in items)


def _add_listings(site: FixtureSite, articles: list[dict], per_listing: int) -> None:
    site.add_html("/", _page("Beranda", "<main><h1>Berita Terkini</h1>" + _teasers(articles[-per_listing:][::-1])
                             + "</main>"))
    for channel in CHANNELS:
        items = [a for a in articles if a["channel"] == channel][::-1]
        chunks = [items[i:i + per_listing] for i in range(0, len(items), per_listing)] or [[]]
        for number, chunk in enumerate(chunks, 1):
            pager = "".join(f'<a href="/kanal/{channel}?hal={n}">{n}</a> ' for n in range(1, len(chunks) + 1))
            main = f"<main><h1>Kanal {channel.title()}</h1>{_teasers(chunk)}<div class='pages'>{pager}</div></main>"
            path = f"/kanal/{channel}" + (f"?hal={number}" if number > 1 else "")
            site.add_html(path, _page(f"Kanal {channel.title()}", main))
            if number == 1:
                site.routes[f"/kanal/{channel}?hal=1"] = site.routes[path]
    tagged = articles[::5][:per_listing]
    site.add_html("/topik/tppo", _page("Topik TPPO", f"<main><h1>Topik: TPPO</h1>{_teasers(tagged)}</main>"))


def _add_static(site: FixtureSite) -> None:
    about = " ".join(["Kabar Nusantara adalah media siber yang menyajikan berita daerah secara berimbang."] * 6)
    for path, title in (("/tentang-kami", "Tentang Kami"), ("/kontak", "Kontak Redaksi"),
                        ("/pedoman-media-siber", "Pedoman Media Siber")):
        site.add_html(path, _page(title, f"<main><h1>{title}</h1><p>{about}</p><p>{about}</p></main>"))


def token_f1(found: str, expected: str) -> float:
    """Bag-of-tokens F1 of extracted body text against the true body."""
    found_tokens, expected_tokens = Counter(found.split()), Counter(expected.split())
    common = sum((found_tokens & expected_tokens).values())
    if not common:
        return 0.0
    precision, recall = common / sum(found_tokens.values()), common / sum(expected_tokens.values())
    return 2 * precision * recall / (precision + recall)


@dataclass
class CrawlScore:
    """How a crawl of a fixture site did against its known answers."""

    recall: float
    body_f1: float
    dates_right: float
    missing: list[str]
    not_articles: list[str]


def score_crawl(site: FixtureSite, articles: list[dict], base_url: str) -> CrawlScore:
    """Score stored articles (dicts with ``url``, ``text``, ``published``) against ``site.expected``."""
    found = {article["url"].removeprefix(base_url): article for article in articles}
    hits = [path for path in site.expected if path in found]
    f1s = [token_f1(found[path]["text"], site.expected[path]["text"]) for path in hits]
    dates = [found[path]["published"] == site.expected[path]["published"] for path in hits]
    return CrawlScore(
        recall=len(hits) / len(site.expected),
        body_f1=sum(f1s) / len(f1s) if f1s else 0.0,
        dates_right=sum(dates) / len(dates) if dates else 0.0,
        missing=[path for path in site.expected if path not in found],
        not_articles=[path for path in found if path not in site.expected],
    )
