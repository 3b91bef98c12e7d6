"""Unit tests: URL canonicalisation, dates, the registry, parser versions, decoding, page classification."""

from __future__ import annotations

from datetime import date

import pytest

from crawlers.dates import date_from_url, parse_iso_datetime, parse_visible_date
from crawlers.extraction import analyze_page, decode_html
from crawlers.parsers import ArticleParser, ParserProxy, parser_for
from crawlers.registry import get_site, load_keywords, load_registry
from crawlers.urls import canonicalize_url
from pantau.errors import InputError


@pytest.mark.parametrize(("url", "canonical"), [
    ("HTTPS://Example.ID:443/berita/abc/?utm_source=wa&utm_medium=x#top", "https://example.id/berita/abc"),
    ("https://example.id/amp/berita/abc", "https://example.id/berita/abc"),
    ("https://example.id/berita/abc/amp/", "https://example.id/berita/abc"),
    ("https://amp.example.id/berita/abc?fbclid=1&page=1", "https://example.id/berita/abc"),
    ("https://example.id/read/1/x?b=2&a=1", "https://example.id/read/1/x?a=1&b=2"),
    ("https://example.id/read/1/x?page=2", "https://example.id/read/1/x?page=2"),
    ("https://example.id/", "https://example.id/"),
])
def test_canonical_urls(url, canonical):
    assert canonicalize_url(url) == canonical


def test_canonical_url_of_first_page_drops_page_number():
    assert canonicalize_url("https://e.id/a?page=3&id=7", keep_page=False) == "https://e.id/a?id=7"


@pytest.mark.parametrize(("text", "published"), [
    ("Senin, 2 Februari 2026 | 14:05 WIB", "2026-02-02T14:05:00+07:00"),
    ("Kamis (16/10/2025).", "2025-10-16"),
    ("Rabu (21/09/22)", "2022-09-21"),
    ("Kamis, 14 November 2024 09:12 WIB", "2024-11-14T09:12:00+07:00"),
    ("13 Nov 2024, 10.30 WITA", "2024-11-13T09:30:00+07:00"),
    ("Rabu 13-08-2025,13:20 WIB", "2025-08-13T13:20:00+07:00"),
    ("Selasa, 12 Agustus 2025", "2025-08-12"),
    ("Kompas.com - 11/01/2025, 10:00 WIB", "2025-01-11T10:00:00+07:00"),
    ("Posted on November 18, 2019 by the desk", "2019-11-18"),
    ("Nov. 3rd, 2018", "2018-11-03"),
    ("Rabu (15/5)", None),
    ("no date here", None),
])
def test_visible_dates(text, published):
    assert parse_visible_date(text) == published


def test_structured_dates_become_jakarta_time():
    assert parse_iso_datetime("2025-10-16T02:30:00Z") == "2025-10-16T09:30:00+07:00"
    assert parse_iso_datetime("2025-10-16 09:30:00") == "2025-10-16T09:30:00+07:00"
    assert parse_iso_datetime("2025-10-16") == "2025-10-16"
    assert parse_iso_datetime("2025/01/11 10:00:00") == "2025-01-11T10:00:00+07:00"  # detik's publishdate meta
    assert date_from_url("https://jambi.tribunnews.com/2024/11/14/slug") == "2024-11-14"


def test_registry_and_overrides():
    sites = load_registry()
    assert {"sepucukjambi", "tribunjambi", "beritajakarta", "katoe", "radarindramayu"} <= set(sites)
    local = sites["tribunjambi"].with_base_url("http://127.0.0.1:8123")
    assert all(url.startswith("http://127.0.0.1:8123/") for url in (*local.start_urls, *local.feeds))
    assert local.is_article_url("http://127.0.0.1:8123/2024/11/14/pj-wali-kota-jambi")
    assert not local.is_article_url("http://127.0.0.1:8123/tag/tppo")
    searches = local.search_requests(load_keywords())
    assert "http://127.0.0.1:8123/search?q=perdagangan+orang" in searches
    with pytest.raises(InputError, match="unknown site"):
        get_site("nope")


def test_parser_versions_are_chosen_by_date():
    class Old(ArticleParser):
        valid_from = date(2019, 1, 1)

    class New(ArticleParser):
        valid_from = date(2025, 6, 1)

    proxy = ParserProxy(New, Old)
    assert type(proxy.for_date(date(2020, 5, 1))) is Old
    assert type(proxy.for_date(date(2025, 6, 1))) is New
    assert type(proxy.for_date(date(2010, 1, 1))) is Old
    assert parser_for(None, selectors={"body": "//div[@id='isi']"}).body_xpaths == ("//div[@id='isi']",)


def test_decoding_survives_wrong_and_missing_charsets():
    text = "“Kami” menolak — kata José"
    assert decode_html(text.encode("cp1252"), "utf-8") == text
    assert decode_html(text.encode("cp1252"), None) == text
    assert decode_html(text.encode("cp1252"), "iso-8859-1") == text  # latin-1 read as windows-1252, as browsers do
    assert decode_html(text.encode("utf-8"), None) == text


def test_static_and_tag_pages_are_not_articles():
    long_text = "<p>" + "Media ini menyajikan berita daerah yang berimbang dan terpercaya. " * 20 + "</p>"
    about = f"<html><body><h1>Tentang Kami</h1>{long_text}</body></html>"
    assert analyze_page(about, "https://e.id/tentang-kami").kind == "other"
    assert analyze_page(about, "https://e.id/tag/tppo").kind == "listing"
    article = (f"<html><head><meta property='og:type' content='article'></head><body><h1>Judul Berita Panjang"
               f"</h1><time datetime='2025-01-02T10:00:00+07:00'></time>{long_text}{long_text}</body></html>")
    assert analyze_page(article, "https://e.id/berita/judul-berita-panjang").kind == "article"


def test_request_url_is_the_link_as_written_and_the_canonical_form_only_a_key():
    from crawlers.urls import canonicalize_url, request_url

    assert request_url("https://contoh.id/wp-admin/?utm_source=x#top") == "https://contoh.id/wp-admin/?utm_source=x"
    assert canonicalize_url("https://contoh.id/wp-admin/") == "https://contoh.id/wp-admin"
    assert request_url("/2025/01/11/slug/", "https://contoh.id/page/2/") == "https://contoh.id/2025/01/11/slug/"
    assert request_url("../feed/", "https://contoh.id/category/hukum/") == "https://contoh.id/category/feed/"
    assert request_url("https://contoh.id/") == "https://contoh.id/"


def test_page_links_are_kept_as_linked_resolved_against_the_page_or_its_base():
    from crawlers.extraction import parse_html, site_links

    page = ("<html><head>{base}</head><body><a href='2025/01/11/judul-berita/'>a</a> <a href='/feed/#x'>b</a> "
            "<a href='/2025/01/11/judul-berita'>same, without slash</a> <a href='https://lain.id/x/'>c</a></body></html>")
    url = "https://contoh.id/kanal/hukum/"
    assert site_links(parse_html(page.format(base="")), url) == [
        "https://contoh.id/kanal/hukum/2025/01/11/judul-berita/", "https://contoh.id/feed/",
        "https://contoh.id/2025/01/11/judul-berita"]
    with_base = site_links(parse_html(page.format(base="<base href='/'>")), url)
    assert with_base == ["https://contoh.id/2025/01/11/judul-berita/", "https://contoh.id/feed/"]


_BODY = "<p>" + "Polres Kukar menyelamatkan enam korban perdagangan orang di pelabuhan. " * 4 + "</p>"


def _page(main: str) -> str:
    return (f"<html><head><title>Judul</title></head><body><nav><a href='/a'>Menu satu dua tiga</a></nav>{main}"
            "<aside><p>Berita lain yang tidak termasuk isi artikel sama sekali.</p></aside></body></html>")


def test_body_container_is_found_by_its_common_name_only_when_unique():
    from crawlers.extraction import find_body_container, parse_html

    single = parse_html(_page(f"<div class='post entry-content'>{_BODY}{_BODY}</div>"))
    assert find_body_container(single).get("class") == "post entry-content"
    nested = parse_html(_page(f"<div itemprop='articleBody'><div class='isi'>{_BODY}{_BODY}</div></div>"))
    assert find_body_container(nested).get("itemprop") == "articleBody"
    several = parse_html(_page(f"<div class='entry-content'>{_BODY}</div><div class='entry-content'>{_BODY}</div>"))
    assert find_body_container(several) is None
    teasers = "".join(f"<h2><a href='/b{i}'>Judul berita {i}</a></h2>{_BODY}" for i in range(3))
    assert find_body_container(parse_html(_page(f"<div class='isi'>{teasers}</div>"))) is None


def test_a_short_body_container_falls_back_to_the_whole_page():
    from crawlers.extraction import PageHints, extract_body, parse_html

    html = _page(f"<div class='isi'><p>Foto: dok.</p><p>Ilustrasi.</p></div><div class='teks'>{_BODY}{_BODY}</div>")
    text = extract_body(parse_html(html), "https://contoh.id/berita/1", PageHints())
    assert "Polres Kukar menyelamatkan enam korban" in text
