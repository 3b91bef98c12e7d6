"""URL fidelity: the crawler fetches every URL exactly as the page links it.

The local site here is WordPress-like: permalinks, pagination, feed and archives all end in ``/``,
and, unlike WordPress, it answers 404 (not a redirect) for every slash-less variant. A crawler that
requests canonical forms instead of the linked URLs finds nothing on it. One shortlink (``/?p=N``)
redirects to its article: the redirect is followed and the article stored under its final URL.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from html import escape

import pytest

from crawlers.fixture_site import FixtureServer, FixtureSite, Route, score_crawl
from pantau.cli import main

WIB = timezone(timedelta(hours=7))
_TEXT = ("polisi menangkap perekrut calon pekerja migran ilegal yang hendak dikirim ke malaysia melalui pelabuhan "
         "korban dijanjikan gaji tinggi sebagai asisten rumah tangga namun dokumen mereka dipalsukan oleh jaringan "
         "penyalur satgas tppo provinsi mendampingi para korban hingga kembali ke kampung halaman")
_WORDS = _TEXT.split()


def _paragraph(rng: random.Random) -> str:
    sentences = [" ".join(rng.choices(_WORDS, k=rng.randint(12, 20))).capitalize() + "." for _ in range(2)]
    return " ".join(sentences)


def _layout(title: str, main: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{escape(title)} – Warta Lokal</title>"
            "<link rel='alternate' type='application/rss+xml' title='Warta Lokal' href='/feed/'>"
            f"{head}</head><body><header><a href='/'>Warta Lokal</a><nav><a href='/category/hukum/'>Hukum</a> "
            "<a href='/tag/tppo/'>TPPO</a> <a href='/about/'>Tentang</a></nav></header>"
            f"<main id='main'>{main}</main><footer><p>© 2025 Warta Lokal</p></footer></body></html>")


def _teasers(posts: list[dict]) -> str:
    return "".join(f"<article class='post type-post'><h2 class='entry-title'><a href='{post['path']}' rel='bookmark'>"
                   f"{escape(post['title'])}</a></h2><div class='entry-summary'><p>{escape(post['body'][0][:120])}"
                   " […]</p></div></article>" for post in posts)


def wordpress_site(n_posts: int = 12, per_page: int = 5) -> tuple[FixtureSite, str]:
    """The site and the path of the article only reachable through a redirecting shortlink."""
    rng = random.Random(41)
    site = FixtureSite()
    posts = []
    for number in range(1, n_posts + 1):
        moment = datetime(2025, 1, 1, 9, 0, tzinfo=WIB) + timedelta(days=number, hours=number)
        words = rng.choices(_WORDS, k=7)
        title = " ".join(words).title()
        path = f"/{moment:%Y/%m/%d}/{'-'.join(words[:5])}-{number}/"
        posts.append({"path": path, "title": title, "moment": moment,
                      "body": [_paragraph(rng) for _ in range(rng.randint(4, 7))]})
    for index, post in enumerate(posts):
        iso = post["moment"].isoformat(timespec="seconds")
        head = f"<link rel='canonical' href='{post['path']}'><meta property='og:type' content='article'>"
        if index % 2:
            ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": post["title"],
                  "datePublished": iso}
            head += f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
        # WordPress's block editor leaves comments in the markup, one of them inside a paragraph here.
        first, *rest = post["body"]
        cut = first.index(" ", len(first) // 2)
        body = (f"<!-- wp:paragraph --><p>{escape(first[:cut])}<!-- more -->{escape(first[cut:])}</p>"
                "<!-- /wp:paragraph -->")
        body += "".join(f"<!-- wp:paragraph --><p>{escape(text)}</p><!-- /wp:paragraph -->" for text in rest)
        related = posts[(index + 1) % len(posts)]
        main = (f"<article class='post type-post single'><header class='entry-header'><h1 class='entry-title'>"
                f"{escape(post['title'])}</h1><div class='entry-meta'><time class='entry-date published' "
                f"datetime='{iso}'>{post['moment']:%d/%m/%Y}</time></div></header>"
                f"<div class='entry-content'>{body}</div><footer class='entry-footer'><span class='tags-links'>"
                "<a href='/tag/tppo/' rel='tag'>TPPO</a></span></footer></article>"
                f"<nav class='post-navigation'><a href='{related['path']}'>{escape(related['title'])}</a></nav>")
        site.add_html(post["path"], _layout(post["title"], main, head))
        site.expected[post["path"]] = {"title": post["title"], "text": "\n".join(post["body"]), "published": iso}
    hidden = posts.pop()  # linked from nowhere but a shortlink on the home page
    for other in posts:  # ... and from no article's "next post" link either
        site.routes[other["path"]].body = site.routes[other["path"]].body.replace(hidden["path"].encode(), b"/")
    site.routes["/?p=999"] = Route(status=301, headers={"Location": hidden["path"], "Content-Type": "text/html"})
    newest = posts[::-1]
    pages = [newest[i:i + per_page] for i in range(0, len(newest), per_page)]
    for number, chunk in enumerate(pages, 1):
        pager = "".join(f"<a class='page-numbers' href='/page/{n}/'>{n}</a> " for n in range(2, len(pages) + 1))
        path = "/" if number == 1 else f"/page/{number}/"
        extra = "<p><a href='/?p=999'>Tautan pendek ke laporan khusus minggu ini</a></p>" if number == 1 else ""
        site.add_html(path, _layout("Warta Lokal", f"{_teasers(chunk)}{extra}<nav class='pagination'>{pager}</nav>"))
    site.add_html("/category/hukum/", _layout("Hukum", "<h1>Kategori: Hukum</h1>" + _teasers(newest[:per_page])))
    site.add_html("/tag/tppo/", _layout("TPPO", "<h1>Tag: TPPO</h1>" + _teasers(newest[::2][:per_page])))
    about = "Warta Lokal adalah media daring yang meliput berita daerah secara berimbang dan terpercaya. " * 6
    site.add_html("/about/", _layout("Tentang", f"<h1>Tentang Kami</h1><p>{about}</p><p>{about}</p>"))
    items = "".join(f"<item><title>{escape(post['title'])}</title><link>{{base}}{post['path']}</link></item>"
                    for post in newest[:3])
    site.routes["/feed/"] = Route(headers={"Content-Type": "application/rss+xml"},
                                  body=f"<?xml version='1.0'?><rss version='2.0'><channel>{items}</channel></rss>"
                                  .encode())
    site.routes["/robots.txt"] = Route(headers={"Content-Type": "text/plain"},
                                       body=b"User-agent: *\nDisallow: /wp-admin/\n")
    return site, hidden["path"]


@pytest.mark.slow
def test_start_url_crawl_of_a_site_that_answers_only_linked_urls_finds_every_article(capsys):
    from pantau.config import load_settings
    from pantau.store import Store

    site, redirected = wordpress_site()
    with FixtureServer(site) as server:
        feed = site.routes["/feed/"]
        feed.body = feed.body.replace(b"{base}", server.url.encode())
        assert main(["crawl", "--start-url", server.url + "/"]) == 0
        log = list(server.log)
    with Store(load_settings().store_path) as store:
        articles = list(store.iter_articles())
    score = score_crawl(site, articles, server.url)
    assert score.recall == 1.0, score.missing
    assert score.not_articles == []  # home, pages, category, tag and about pages emit nothing
    assert score.body_f1 >= 0.98  # the comment inside the first paragraph cuts nothing
    assert score.dates_right == 1.0
    assert len(articles) == len(site.expected)  # no duplicates
    not_found = sorted({path for path, status in log if status == 404 and path != "/sitemap.xml"})
    assert not_found == [], f"requested URLs the site never linked: {not_found}"
    assert ("/?p=999", 301) in log and (redirected, 200) in log
    assert "/page/2/" in {path for path, _ in log} and "/feed/" in {path for path, _ in log}
    stored = next(article for article in articles if article["url"].endswith(redirected))
    assert stored["url"] == server.url + redirected
