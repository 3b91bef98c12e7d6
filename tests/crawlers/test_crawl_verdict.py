"""The article/listing verdict and the body text, on real pages and on the team's sites.

Real pages come from the public article benchmark in ``../shared/bench/aeb/`` (181 article pages), read at
run time and never copied here; those tests skip when ``../shared`` is absent.
"""

from __future__ import annotations

import gzip
import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from crawlers.extraction import (
    PageHints,
    analyze_page,
    decode_html,
    find_title,
    is_prune_marked,
    looks_like_menus,
    parse_html,
    prune_tree,
)
from crawlers.fixture_site import build_site

AEB = Path(__file__).resolve().parents[3] / "shared" / "bench" / "aeb"
needs_benchmark = pytest.mark.skipif(not (AEB / "ground-truth.json").is_file(),
                                     reason=f"the public article benchmark is not at {AEB} (../shared absent)")
NEUTRAL_URL = "https://kabar.example.id/read/52731/warga-desa-dipulangkan-dari-kamboja"
_PARAGRAPH = ("Polres Kukar menyelamatkan enam korban perdagangan orang di pelabuhan Samarinda setelah menerima "
              "laporan dari keluarga korban yang kehilangan kontak sejak pekan lalu. ")
_PLACES = ("Samarinda", "Balikpapan", "Bontang", "Tenggarong", "Sangatta", "Penajam", "Tanjung Redeb", "Paser")


def _benchmark_pages() -> list[tuple[str, str, str]]:
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    return [(key, item["url"], decode_html(gzip.decompress((AEB / "html" / f"{key}.html.gz").read_bytes())))
            for key, item in sorted(truth.items())]


@needs_benchmark
def test_real_article_pages_are_kept_with_their_body():
    pages = _benchmark_pages()
    rejected = []
    for key, url, html in pages:
        analysis = analyze_page(html, url)
        if analysis.kind != "article":
            rejected.append(f"{key[:12]} {analysis.kind} ({analysis.reason})")
        else:
            assert len(analysis.text) >= 250 and analysis.title, key
    assert len(pages) == 181
    assert len(rejected) <= 2, rejected


@needs_benchmark
def test_real_articles_are_judged_by_the_page_not_the_url():
    """Under a URL that says nothing, nearly every real article is still recognised from the page itself."""
    kept = sum(analyze_page(html, NEUTRAL_URL).kind == "article" for _key, _url, html in _benchmark_pages())
    assert kept >= 178


@pytest.mark.parametrize("neutral", [False, True], ids=["own-url", "neutral-url"])
def test_fixture_site_listing_tag_and_static_pages_emit_no_article(neutral):
    site = build_site(40, seed=3, per_listing=8, multipage_every=0)
    checked = 0
    for path, route in site.routes.items():
        if not route.headers.get("Content-Type", "").startswith("text/html") or path in site.expected:
            continue
        url = NEUTRAL_URL if neutral else "http://127.0.0.1:8000" + path
        analysis = analyze_page(route.body.decode("utf-8"), url)
        assert analysis.kind != "article", (path, analysis.reason)
        assert analysis.text == ""
        checked += 1
    for path in list(site.expected)[:8]:
        url = NEUTRAL_URL if neutral else "http://127.0.0.1:8000" + path
        assert analyze_page(site.routes[path].body.decode("utf-8"), url).kind == "article", path
    assert checked >= 10


@pytest.mark.slow
def test_demo_site_listing_pages_emit_no_article_in_generic_mode():
    from pantau.demo.sites import DEMO_SITE_NAMES, demo_site, serve_demo_sites

    checked = 0
    with serve_demo_sites() as bases:
        for name in DEMO_SITE_NAMES:
            site = demo_site(name, bases[name])
            sections, tags = list(site.sections())[:2], list(site.tags())[:2]
            paths = ["/", site.search_path("tppo"), site.paged(site.section_path(sections[0]), 2)]
            paths += [site.section_path(slug) for slug in sections] + [site.tag_path(slug) for slug in tags]
            for path in paths:
                html = _fetch(site.url(path))
                if html is None:  # e.g. no second page of that section
                    continue
                checked += 1
                for url in (site.url(path), NEUTRAL_URL):
                    analysis = analyze_page(html, url)
                    assert analysis.kind != "article", (name, path, url, analysis.reason)
            article_url = site.article_url(site.articles[0])
            assert analyze_page(_fetch(article_url), article_url).kind == "article"
    assert checked >= 5 * 5


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise


def _article_page(head: str = "", body_extra: str = "", paragraphs: int = 6) -> str:
    body = "".join(f"<p>{_PARAGRAPH.replace('Samarinda', place)} Petugas di {place} masih memeriksa dokumen perjalanan "
                   f"para korban dan {number + 2} orang saksi dari perusahaan penyalur.</p>"
                   for number, place in enumerate(_PLACES[:paragraphs]))
    return (f"<html><head><title>Enam Korban TPPO Diselamatkan di Pelabuhan - Kabar</title>{head}</head><body>"
            "<header><nav><a href='/'>Beranda</a> <a href='/kanal/hukum'>Hukum</a></nav></header>"
            f"<article><h1>Enam Korban TPPO Diselamatkan di Pelabuhan</h1><div class='entry-content'>{body}</div>"
            f"</article>{body_extra}<footer>© 2026 Kabar</footer></body></html>")


def test_an_article_without_any_date_is_still_an_article():
    analysis = analyze_page(_article_page("<meta property='og:type' content='article'>"), NEUTRAL_URL)
    assert analysis.kind == "article", analysis.reason
    assert analysis.published is None


def test_a_listing_with_a_date_on_every_teaser_is_still_a_listing():
    teasers = "".join(
        f"<div class='item'><h3><a href='/read/{n}/judul-berita-nomor-{n}'>Judul berita nomor {n} tentang TPPO"
        f"</a></h3><p>{_PARAGRAPH[:130]}</p><span class='tgl'>Senin, 2 Februari 2026 | 14:0{n} WIB</span></div>"
        for n in range(8))
    html = f"<html><head><title>Berita Hukum</title></head><body><h1>Berita Hukum</h1>{teasers}</body></html>"
    analysis = analyze_page(html, NEUTRAL_URL)
    assert analysis.kind == "listing", analysis.reason


def test_a_long_article_with_many_related_teasers_is_still_an_article():
    related = "<div class='more-stories'>" + "".join(
        f"<article class='card'><h3><a href='/read/{n}/lain'>Berita lain yang juga menarik nomor {n}</a></h3></article>"
        for n in range(12)) + "</div>"
    analysis = analyze_page(_article_page("<meta property='og:type' content='article'>", related), NEUTRAL_URL)
    assert analysis.kind == "article", analysis.reason


def test_the_title_is_the_article_headline_never_a_consent_or_footer_block():
    html = ("<html><head><title>Polisi Gagalkan Pengiriman 14 PMI Ilegal - Kompas.com</title>"
            "<meta property='og:title' content='Polisi Gagalkan Pengiriman 14 PMI Ilegal'></head><body>"
            "<div class='modal consent'><h1>Syarat &amp; Ketentuan Penggunaan</h1></div>"
            "<h1 class='read__title'>Polisi Gagalkan Pengiriman 14 PMI Ilegal ke Malaysia</h1>"
            "<footer><h1>Tentang Kompas Gramedia</h1></footer></body></html>")
    assert find_title(parse_html(html), [], PageHints()) == "Polisi Gagalkan Pengiriman 14 PMI Ilegal ke Malaysia"
    without_h1 = html.replace("<h1 class='read__title'>Polisi Gagalkan Pengiriman 14 PMI Ilegal ke Malaysia</h1>", "")
    assert find_title(parse_html(without_h1), [], PageHints()) == "Polisi Gagalkan Pengiriman 14 PMI Ilegal"


def test_a_comment_inside_a_paragraph_cuts_nothing():
    html = _article_page("<meta property='og:type' content='article'>").replace(
        "<p>", "<p>Awal paragraf yang panjang sekali <!-- iklan --> lalu sisa kalimat tetap ada. ", 1)
    analysis = analyze_page(html, NEUTRAL_URL)
    assert "lalu sisa kalimat tetap ada." in analysis.text


def test_prune_markers_match_whole_class_names_only():
    def node(attributes: str):
        return parse_html(f"<html><body><div {attributes}>x</div></body></html>").find(".//div")

    assert is_prune_marked(node("class='related-posts'"))
    assert is_prune_marked(node("class='post-share'"))
    assert is_prune_marked(node("id='comments'"))
    assert not is_prune_marked(node("class='field field--name-body field--label-hidden'"))
    assert not is_prune_marked(node("class='shareholders-report'"))
    tree = parse_html(f"<html><body><div class='field field--label-hidden'><p>{_PARAGRAPH}</p></div>"
                      "<div class='tags-links'><a href='/tag/a'>a</a></div></body></html>")
    prune_tree(tree)
    assert "Polres Kukar" in tree.text_content() and not tree.xpath("//*[@class='tags-links']")


def test_menu_text_is_recognised():
    menu = "\n".join(["Beranda", "Berita", "Kanal Hukum", "Daerah", "Olahraga", "Ekonomi", "Kontak", "Tentang Kami",
                      "Indeks", "Foto", "Video", "Login", "Daftar"])
    assert looks_like_menus(menu)
    assert not looks_like_menus("\n".join([_PARAGRAPH] * 14))
    assert not looks_like_menus("Beranda\nBerita")


def test_a_plain_dated_article_without_structured_data_is_an_article():
    paragraphs = "".join(f"<p>{_PARAGRAPH.replace('Samarinda', place)}</p>" for place in _PLACES[:4])
    html = ("<html><head><title>Korban Dipulangkan</title></head><body><div class='top'><a href='/'>Kabar</a></div>"
            "<h1>Enam Korban Dipulangkan ke Kampung Halaman</h1><div class='waktu'>Senin, 2 Februari 2026</div>"
            f"<div class='konten'>{paragraphs}</div></body></html>")
    analysis = analyze_page(html, "https://kabar.example.id/berita/123")
    assert analysis.kind == "article", analysis.reason
    assert analysis.published == "2026-02-02"
