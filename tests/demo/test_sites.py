"""The demo outlets over real HTTP on 127.0.0.1: robots, sitemaps, feeds, listings, article pages, 404s, shutdown."""

from __future__ import annotations

import html
import re
import socket
import urllib.error
import urllib.request
from datetime import date, datetime
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest

from pantau.demo.sites import DEMO_SITE_NAMES, WIB, demo_site, load_articles, serve_demo_sites

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, str, str]:
    """(status, content type, body) for a GET; HTTP errors are returned, not raised."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with _OPENER.open(request, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode("utf-8", "replace")


def page_text(markup: str) -> str:
    """Visible-ish text of a page: tags dropped, entities decoded, whitespace collapsed."""
    markup = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"</?(?:strong|b|em|i|a|span)\b[^>]*>", "", markup)  # inline elements add no space
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def canonical_of(markup: str) -> str:
    return html.unescape(re.search(r'<link rel="canonical" href="([^"]+)"', markup).group(1))


def sitemap_locs(url: str) -> set[str]:
    """Every page URL in a sitemap, following sitemap indexes."""
    status, content_type, body = fetch(url)
    assert status == 200 and content_type.startswith("application/xml"), url
    root = ElementTree.fromstring(body)
    locs = {node.text for node in root.iter(f"{_SITEMAP_NS}loc")}
    if root.tag == f"{_SITEMAP_NS}sitemapindex":
        return set().union(*(sitemap_locs(loc) for loc in locs))
    return locs


@pytest.fixture(scope="module")
def served():
    log: list[tuple[str, str]] = []
    with serve_demo_sites(request_log=log) as sites:
        yield sites, log


def article_urls(name: str, base_url: str) -> dict[str, str]:
    site = demo_site(name, base_url)
    return {article.slug: site.article_url(article) for article in site.articles}


def test_five_outlets_on_their_own_ports(served):
    sites, _ = served
    assert tuple(sites) == DEMO_SITE_NAMES
    ports = {urlsplit(url).port for url in sites.values()}
    assert len(ports) == 5
    assert all(urlsplit(url).hostname == "127.0.0.1" for url in sites.values())


@pytest.mark.parametrize("name", DEMO_SITE_NAMES)
def test_robots_and_sitemaps_list_every_article(served, name):
    sites, _ = served
    status, content_type, robots = fetch(sites[name] + "/robots.txt")
    assert status == 200 and content_type.startswith("text/plain")
    disallowed = re.findall(r"(?m)^Disallow: (\S+)$", robots)
    assert len(disallowed) == 1
    sitemaps = re.findall(r"(?m)^Sitemap: (\S+)$", robots)
    assert sitemaps and all(url.startswith(sites[name]) for url in sitemaps)
    found = set().union(*(sitemap_locs(url) for url in sitemaps))
    assert set(article_urls(name, sites[name]).values()) <= found


@pytest.mark.parametrize("name", DEMO_SITE_NAMES)
def test_home_listing_and_its_pages_reach_every_article(served, name):
    sites, _ = served
    base = sites[name]
    expected = set(article_urls(name, base).values())
    site = demo_site(name, base)
    home_pages = {site.url(site.paged("/", number)) for number in range(1, 20)}
    seen_pages, queue, linked = set(), [base + "/"], set()
    while queue:
        url = queue.pop()
        if url in seen_pages:
            continue
        seen_pages.add(url)
        status, content_type, body = fetch(url)
        assert status == 200 and content_type.startswith("text/html"), url
        links = {html.unescape(link) for link in re.findall(r'href="([^"]+)"', body)}
        linked |= links
        queue += sorted(links & home_pages)
    assert len(seen_pages) >= 2  # the home page is paginated
    assert expected <= linked
    # the disallowed path is linked exactly once, from the home page only
    status, _, robots = fetch(base + "/robots.txt")
    disallowed = re.search(r"(?m)^Disallow: (\S+)$", robots).group(1)
    assert sum(link.startswith(base + disallowed.rstrip("/")) for link in linked) == 1


@pytest.mark.parametrize("name", DEMO_SITE_NAMES)
def test_tag_feed_and_search(served, name):
    sites, _ = served
    site = demo_site(name, sites[name])
    status, content_type, body = fetch(sites[name] + site.tag_path("tppo"))
    assert status == 200 and content_type.startswith("text/html")
    assert any(site.article_url(article) in body for article in site.with_tag("tppo"))
    status, content_type, feed = fetch(sites[name] + site.feed_path)
    assert status == 200 and content_type.startswith("application/rss+xml")
    items = ElementTree.fromstring(feed).findall("./channel/item")
    assert items and items[0].findtext("link") == site.article_url(site.articles[0])
    status, _, results = fetch(sites[name] + site.search_path("TPPO"))
    assert status == 200 and "Hasil pencarian" in results


@pytest.mark.parametrize("name", DEMO_SITE_NAMES)
def test_article_pages_carry_canonical_date_and_body(served, name):
    sites, _ = served
    site = demo_site(name, sites[name])
    for article in site.articles:
        url = site.article_url(article)
        status, content_type, markup = fetch(url)
        assert status == 200 and content_type.startswith("text/html"), url
        assert canonical_of(markup) == url
        text = page_text(markup)
        if name == "tribunjambi" and len(site.article_pages(article)) > 1:
            status, _, second = fetch(url + "?page=2")
            assert status == 200 and 'href="' + url + '?page=2"' in markup  # "Halaman 1 2"
            text += " " + page_text(second)
        assert article.title in text
        for paragraph in article.body:
            assert paragraph in text, (url, paragraph[:60])
        if name == "beritajakarta":  # no JSON-LD: the date only as visible text
            assert "application/ld+json" not in markup and "published_time" not in markup
            assert re.search(r"\w+, \d{1,2} \w+ \d{4} \| \d\d:\d\d WIB", text)
        else:
            assert article.published.isoformat(timespec="seconds") in markup


def test_seed_bodies_are_served_without_their_boilerplate(served):
    sites, _ = served
    seeds = [article for name in DEMO_SITE_NAMES for article in load_articles(name) if article.origin == "seed"]
    assert sorted(article.site for article in seeds) == sorted(DEMO_SITE_NAMES)
    for article in seeds:
        assert not any(re.match(r"(?i)(baca juga|tinggalkan balasan|dilarang mengambil|cek berita)", paragraph)
                       for paragraph in article.body)
        site = demo_site(article.site, sites[article.site])
        status, _, markup = fetch(site.article_url(article))
        if article.site == "tribunjambi":
            markup += fetch(site.article_url(article) + "?page=2")[2]
        assert status == 200
        assert all(paragraph in page_text(markup) for paragraph in article.body)
    # the page puts the outlet's furniture back around the body
    sepucuk = next(article for article in seeds if article.site == "sepucukjambi")
    markup = fetch(demo_site("sepucukjambi", sites["sepucukjambi"]).article_url(sepucuk))[2]
    assert "Baca juga:" in markup and "Tinggalkan Balasan" in markup and "Dengarkan" in markup


def test_script_in_article_text_is_shown_as_text(served):
    sites, _ = served
    site = demo_site("beritajakarta", sites["beritajakarta"])
    article = next(article for article in site.articles if "<script>alert(1)</script>" in article.text)
    markup = fetch(site.article_url(article))[2]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "<script>alert(1)" not in markup


@pytest.mark.parametrize("name", DEMO_SITE_NAMES)
def test_unknown_paths_are_404(served, name):
    sites, _ = served
    site = demo_site(name, sites[name])
    article_path = site.article_path(site.articles[0])
    for path in ("/no-such-page-at-all/", "/tag/no-such-tag", site.paged("/", 99),
                 article_path.rstrip("/") + "-x" + ("/" if article_path.endswith("/") else "")):
        status, content_type, _ = fetch(sites[name] + path)
        assert status == 404 and content_type.startswith("text/html"), path


def test_etag_gives_not_modified_and_requests_are_logged(served):
    sites, log = served
    url = sites["katoe"] + "/"
    with _OPENER.open(url, timeout=10) as response:
        etag = response.headers["ETag"]
    with pytest.raises(urllib.error.HTTPError) as raised:
        _OPENER.open(urllib.request.Request(url, headers={"If-None-Match": etag}), timeout=10)
    assert raised.value.code == 304
    assert ("katoe", "/") in log


def test_cluster_of_one_raid_in_three_outlets():
    raid = [article for name in DEMO_SITE_NAMES for article in load_articles(name)
            if "Kenali Asam Bawah" in article.text]
    assert {article.site for article in raid} == {"tribunjambi", "sepucukjambi", "katoe"}
    days = sorted(article.published.date() for article in raid)
    assert (days[-1] - days[0]).days <= 1
    for article in raid:
        assert "RS" in article.text and "AH" in article.text and "(17/11/2026)" in article.text
        assert re.search(r"\b14\b|empat belas", article.text, re.IGNORECASE)


def test_articles_mostly_recent_and_well_formed():
    today = date(2026, 11, 22)
    articles = [article for name in DEMO_SITE_NAMES for article in load_articles(name)]
    assert len(articles) >= 25
    assert all(article.published.utcoffset() == WIB.utcoffset(None) for article in articles)
    recent = [article for article in articles if 0 <= (today - article.published.date()).days < 14]
    assert len(recent) >= 15
    assert all(article.published <= datetime(2026, 11, 22, 23, 59, tzinfo=WIB) for article in articles)
    for name in ("beritajakarta", "radarindramayu"):
        ids = [article.id for article in load_articles(name)]
        assert all(isinstance(value, int) for value in ids) and len(set(ids)) == len(ids)


def test_servers_stop_when_the_block_ends():
    with serve_demo_sites() as sites:
        assert fetch(sites["tribunjambi"] + "/robots.txt")[0] == 200
    for url in sites.values():
        parts = urlsplit(url)
        with pytest.raises(OSError), socket.create_connection((parts.hostname, parts.port), timeout=2):
            pass
