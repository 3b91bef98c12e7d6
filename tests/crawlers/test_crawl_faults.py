"""A real Scrapy crawl of a local site full of faults: each retried or skipped, counted, never stopping the crawl."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from crawlers.fixture_site import FixtureServer, Route, build_site

SLOW_SECONDS = 2.5
CP1252_TEXT = "“Kami” menolak—tegas Pak José—segala bentuk eksploitasi pekerja migran ilegal di daerah ini."


def _article_html(title: str, paragraphs: list[str], charset_meta: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head>{charset_meta}<title>{title}</title></head><body><nav><a href='/'>Beranda</a></nav>"
            f"<h1>{title}</h1><div class='tgl'>Senin, 2 Februari 2026 | 14:05 WIB</div>"
            f"<div class='isi'>{body}</div></body></html>")


def _paragraphs(seed: str) -> list[str]:
    return [f"{seed} kalimat {n} tentang pencegahan perdagangan orang dan perlindungan pekerja migran di desa "
            f"yang dibahas dalam rapat koordinasi gugus tugas pada pekan ini bersama aparat." for n in range(4)]


def _faulty_site():
    site = build_site(12, seed=3, multipage_every=5, etags=True)
    paths = list(site.expected)
    special = "/special/artikel-khusus-lewat-pengalihan.html"
    site.add_html(special, _article_html("Artikel Khusus Lewat Pengalihan", _paragraphs("Khusus")))
    site.expected[special] = {}
    flaky = "/news/9001-artikel-yang-sempat-gagal.html"
    flaky_html = _article_html("Artikel Yang Sempat Gagal", _paragraphs("Gagal"))
    site.routes[flaky] = Route(dynamic=lambda count, _headers: Route(
        status=503 if count == 1 else 200, body=flaky_html.encode() if count > 1 else b"busy"))
    site.expected[flaky] = {}
    wrong = "/news/9002-charset-salah.html"  # declared UTF-8, really windows-1252
    site.routes[wrong] = Route(body=_article_html("Charset Salah Dideklarasikan", [CP1252_TEXT] + _paragraphs(
        "Salah")).encode("cp1252"))
    missing = "/news/9003-charset-hilang.html"  # no charset anywhere, windows-1252 bytes
    site.routes[missing] = Route(headers={"Content-Type": "text/html"}, body=_article_html(
        "Charset Tidak Ada", [CP1252_TEXT] + _paragraphs("Hilang")).encode("cp1252"))
    broken = "/news/9004-markup-rusak.html"
    site.routes[broken] = Route(body=(
        "<html><head><title>Markup Rusak Tetap Terbaca</title><body><h1>Markup Rusak Tetap Terbaca<h1>"
        "<div class='tgl'>Selasa, 3 Februari 2026 | 09:00 WIB</div></div></span><div class='isi'>"
        + "".join(f"<p>{p}" for p in _paragraphs("Rusak")) + "<table><tr><td>sisa</div>").encode())
    site.expected.update({wrong: {}, missing: {}, broken: {}})
    site.routes["/private/rahasia-tidak-boleh-diambil.html"] = Route(body=_article_html(
        "Rahasia", _paragraphs("Rahasia")).encode())
    site.routes["/lama/berita-pindah"] = Route(status=301, headers={"Location": paths[0]})
    site.routes["/go/khusus"] = Route(status=302, headers={"Location": special})
    site.routes["/loop/a"] = Route(status=302, headers={"Location": "/loop/b"})
    site.routes["/loop/b"] = Route(status=302, headers={"Location": "/loop/a"})
    site.routes["/rusak/server"] = Route(status=500, body=b"error")
    site.routes["/lambat/sekali"] = Route(delay=SLOW_SECONDS, body=b"<html><body>late</body></html>")
    site.routes["/besar/sekali"] = Route(body=b"<html><body>" + b"<p>isi besar</p>" * 150_000 + b"</body></html>")
    site.routes["/laporan/tahunan"] = Route(headers={"Content-Type": "application/pdf"}, body=b"%PDF-1.4 not html")
    twins = [f"{paths[1]}/amp", f"{paths[2]}?utm_source=whatsapp&utm_medium=share", f"{paths[3]}#komentar",
             f"{paths[4]}?fbclid=abc123"]
    faults = ["/private/rahasia-tidak-boleh-diambil.html", "/lama/berita-pindah", "/go/khusus", "/loop/a",
              "/rusak/server", "/lambat/sekali", "/besar/sekali", "/laporan/tahunan", "/hilang/tidak-ada", flaky,
              wrong, missing, broken, *twins]
    links = "".join(f'<li><a href="{path}">tautan {n}</a></li>' for n, path in enumerate(faults))
    home = site.routes["/"].body.decode().replace("</main>", f"<ul class='daftar'>{links}</ul></main>")
    site.routes["/"] = Route(body=home.encode())
    return site


@pytest.mark.slow
def test_crawl_survives_every_fault_and_stores_each_article_once(run_crawl, stored):
    site = _faulty_site()
    with FixtureServer(site) as server:
        started = time.monotonic()
        summary = run_crawl(start_urls=[server.url + "/"], settings={"DOWNLOAD_TIMEOUT": 1, "RETRY_TIMES": 1,
                                                                       "DOWNLOAD_MAXSIZE": 1_000_000})
        elapsed = time.monotonic() - started
        articles = stored()
        first_log = list(server.log)

        # every article, each once: redirects, amp/utm/fragment twins and multi-page parts collapse
        paths = Counter(article["url"].removeprefix(server.url) for article in articles)
        assert set(paths) == set(site.expected), summary
        assert max(paths.values()) == 1
        assert len({article["canonical_url"] for article in articles}) == len(articles)
        assert summary.articles_new == len(site.expected)

        # robots.txt: the disallowed path is never fetched
        assert not any(path.startswith("/private/") for path in server.hits)

        # each fault counted by kind
        assert summary.errors.get("redirect_loop") == 1
        assert summary.errors.get("http_500") == 1 and server.counts["/rusak/server"] == 2  # retried once
        assert summary.errors.get("http_404", 0) >= 1
        assert summary.errors.get("timeout") == 1
        assert summary.errors.get("oversized") == 1
        assert summary.skipped.get("non_html") == 1
        assert summary.skipped.get("robots_disallowed") == 1
        assert server.counts["/news/9001-artikel-yang-sempat-gagal.html"] == 2  # 503, retried, then stored
        assert summary.finish_reasons and set(summary.finish_reasons.values()) == {"finished"}
        assert elapsed < 60

        by_path = {article["url"].removeprefix(server.url): article for article in articles}
        for path in ("/news/9002-charset-salah.html", "/news/9003-charset-hilang.html"):
            assert CP1252_TEXT in by_path[path]["text"], by_path[path]["text"][:200]
        broken = by_path["/news/9004-markup-rusak.html"]
        assert broken["title"] == "Markup Rusak Tetap Terbaca"
        assert broken["published"] == "2026-02-03T09:00:00+07:00"
        assert broken["text"].count("kalimat") == 4
        multi = [path for path, expected in site.expected.items() if expected and "?hal=" not in path
                 and f"{path}?hal=2" in site.routes]
        assert multi and all(by_path[path]["text"] == site.expected[path]["text"] for path in multi)
        for article in articles:
            assert article["id"] and article["language"] == "id" and article["source"] == server.url.split("//")[1]

        # second run: articles are not fetched again unless changed (ETag -> 304)
        again = run_crawl(start_urls=[server.url + "/"], settings={"DOWNLOAD_TIMEOUT": 1, "RETRY_TIMES": 0})
        second_log = server.log[len(first_log):]
        assert again.articles_new == 0 and again.articles_updated == 0
        refetched = [(path, status) for path, status in second_log if path.startswith("/news/1") and status == 200]
        assert refetched == []
        assert again.articles_unchanged >= 12
        assert len(stored()) == len(articles)
