"""Generic mode on a site whose markup and URL scheme the outlet parsers never saw: found, read and dated."""

from __future__ import annotations

import json

import pytest

from crawlers.fixture_site import FixtureServer, Route, build_site, score_crawl
from crawlers.registry import load_keywords
from pantau.cli import main


@pytest.mark.slow
def test_generic_crawl_finds_reads_and_dates_articles(run_crawl, stored, tmp_path):
    site = build_site(45, seed=11, multipage_every=9, per_listing=6, sitemap_share=0.3)
    output = tmp_path / "articles.jsonl"
    with FixtureServer(site) as server:
        summary = run_crawl(start_urls=[server.url + "/kanal/hukum"], output=output)
        fetched = set(server.hits)
    articles = stored()
    score = score_crawl(site, articles, server.url)
    assert score.recall >= 0.95, score.missing
    assert score.body_f1 >= 0.90
    assert score.dates_right >= 0.90
    assert score.not_articles == []  # no listing, tag or static page emitted
    assert {"/topik/tppo", "/tentang-kami", "/kanal/daerah"} <= fetched  # they were read, and rejected
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(articles) == summary.articles_new
    assert set(lines[0]) == {"id", "url", "canonical_url", "source", "title", "text", "published", "language",
                             "fetched_at"}
    assert all(line["published"] is None or line["published"][:4] == "2025" for line in lines)


@pytest.mark.slow
def test_since_skips_older_articles(run_crawl, stored):
    site = build_site(16, seed=5, sitemap_share=1.0)
    dates = sorted(expected["published"][:10] for expected in site.expected.values())
    since = dates[8]
    with FixtureServer(site) as server:
        summary = run_crawl(start_urls=[server.url + "/"], since=since)
    kept = {article["published"][:10] for article in stored()}
    assert kept and min(kept) >= since
    assert summary.skipped.get("sitemap_before_since", 0) + summary.skipped.get("before_since", 0) >= 8


def test_cli_reports_user_errors_in_one_line(capsys):
    assert main(["crawl", "--site", "no-such-outlet"]) == 1
    assert "unknown site 'no-such-outlet'" in capsys.readouterr().err
    assert main(["crawl", "--start-url", "not a url"]) == 1
    assert "not an http(s) URL" in capsys.readouterr().err
    assert main(["crawl", "--start-url", "http://127.0.0.1:9/", "--since", "16/10/2025"]) == 1
    assert "--since must be a date" in capsys.readouterr().err
    assert main(["crawl", "--list-sites"]) == 0
    assert "tribunjambi" in capsys.readouterr().out


@pytest.mark.slow
def test_cli_crawls_into_the_configured_store(tmp_path, capsys):
    from pantau.config import load_settings
    from pantau.store import Store

    site = build_site(6, seed=2)
    with FixtureServer(site) as server:
        assert main(["crawl", "--start-url", server.url + "/", "--max-pages", "40"]) == 0
    out = capsys.readouterr().out
    assert "6 new" in out and "pages fetched" in out
    with Store(load_settings().store_path) as store:
        assert store.count_articles() == 6


@pytest.mark.slow
def test_an_outlet_added_by_registry_entry_alone_is_crawled(run_crawl, stored, tmp_path, monkeypatch):
    site = build_site(8, seed=21, sitemap_share=0.0)
    with FixtureServer(site) as server:
        registry = tmp_path / "my-sites.yaml"
        registry.write_text(
            "sites:\n"
            "  kabarnusantara:\n"
            "    name: Kabar Nusantara\n"
            f"    base_url: {server.url}\n"
            "    start_urls: [/kanal/hukum, /kanal/daerah, /kanal/nasional]\n"
            "    search_urls: ['/cari?q={keyword}']\n"
            "    article_patterns: ['^/news/\\d+-[a-z0-9-]+\\.html$']\n"
            "    selectors:\n"
            "      body: //div[@class='isi']\n"
            "      title: //h1[@class='judul']\n",
            encoding="utf-8",
        )
        monkeypatch.setenv("PANTAU_SITE_REGISTRY", str(registry))
        summary = run_crawl(sites=["kabarnusantara"])
    articles = stored()
    assert {article["source"] for article in articles} == {"kabarnusantara"}
    assert score_crawl(site, articles, server.url).recall == 1.0
    # The site has no search page: one probe search fails (counted), the other keywords are not tried at all.
    searched = [path for path in server.hits if path.startswith("/cari")]
    assert len(searched) == 1 and summary.errors.get("http_404", 0) == 1
    assert summary.skipped["search_unavailable"] == len(load_keywords()) - 1


@pytest.mark.slow
def test_a_site_search_that_answers_is_asked_for_every_keyword(run_crawl, tmp_path, monkeypatch):
    from urllib.parse import quote_plus

    site = build_site(4, seed=22, sitemap_share=0.0)
    article = next(iter(site.expected))
    for keyword in load_keywords():
        site.add_html(f"/cari?q={quote_plus(keyword)}",
                      f"<html><body><h1>Hasil pencarian</h1><h2><a href='{article}'>Satu hasil</a></h2></body></html>")
    with FixtureServer(site) as server:
        registry = tmp_path / "my-sites.yaml"
        registry.write_text(
            f"sites:\n  kabarcari:\n    name: Kabar Cari\n    base_url: {server.url}\n    start_urls: [/kanal/hukum]\n"
            "    search_urls: ['/cari?q={keyword}']\n", encoding="utf-8")
        monkeypatch.setenv("PANTAU_SITE_REGISTRY", str(registry))
        summary = run_crawl(sites=["kabarcari"])
    searched = {path for path in server.hits if path.startswith("/cari")}
    assert len(searched) == len(load_keywords())
    assert "search_unavailable" not in summary.skipped and not summary.errors.get("http_404")


@pytest.mark.slow
def test_a_feed_announced_in_the_page_head_is_followed(run_crawl, stored):
    site = build_site(3, seed=23, sitemap_share=0.0)
    only_in_feed = next(iter(site.expected))
    site.add_html("/", "<html><head><title>Kabar</title>"
                       "<link rel='alternate' type='application/rss+xml' title='RSS' href='/rss.xml'></head>"
                       "<body><h1>Kabar Nusantara</h1><p>Berita terbaru ada di umpan RSS kami.</p></body></html>")
    site.routes["/rss.xml"] = Route(headers={"Content-Type": "application/rss+xml"}, body=(
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Kabar</title><item><title>Satu</title>"
        f"<link>{only_in_feed}</link></item></channel></rss>").encode())
    with FixtureServer(site) as server:
        summary = run_crawl(start_urls=[server.url + "/"])
    assert "/rss.xml" in server.hits
    assert only_in_feed in {article["url"].removeprefix(server.url) for article in stored()}
    assert summary.articles_new >= 1
