"""bench/crawl: Pantau's generic crawler (extraction included) against a bare Scrapy fetcher, same pages, one run.

A generated news site (>= 2,000 articles plus channel listings with pagination, tag and static
pages, sitemap, robots.txt) is served on 127.0.0.1. Pantau crawls it in generic mode from the home
page, into a fresh store; a bare Scrapy spider fetches exactly the URLs Pantau fetched. Rounds alternate
which side runs first (the bare side, going first, fetches the URLs Pantau fetched in the round before).
Politeness delays are turned off for both sides by the same settings override, so the figure
compares work per page, not waiting.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawlers import crawl
from crawlers.fixture_site import FixtureServer, build_site, score_crawl
from pantau.store import Store

# The same for both sides: no AutoThrottle/delays; same concurrency, timeouts, retries.
BENCH_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
    "ROBOTSTXT_OBEY": True,
    "RETRY_TIMES": 2,
    "DOWNLOAD_TIMEOUT": 30,
    "LOG_LEVEL": "INFO",
}


def run_bare(urls: list[str], workdir: Path) -> dict:
    """The bare Scrapy fetcher on ``urls``, in a child process: its stats plus wall time."""
    workdir.mkdir(parents=True, exist_ok=True)
    urls_file, settings_file = workdir / "urls.txt", workdir / "bare-settings.json"
    urls_file.write_text("\n".join(urls), encoding="utf-8")
    settings_file.write_text(json.dumps({**BENCH_SETTINGS, "LOG_LEVEL": "WARNING"}), encoding="utf-8")
    started = time.monotonic()
    out = subprocess.run([sys.executable, str(Path(__file__).with_name("crawl_bare.py")), str(urls_file),
                          str(settings_file)], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["wall"] = time.monotonic() - started
    return result


def run_pantau(site_url: str, workdir: Path) -> tuple[dict, list[dict]]:
    """A generic crawl from the home page into a fresh store: (stats, stored articles)."""
    store_path = workdir / "store.sqlite3"
    summary = crawl(store_path, start_urls=[site_url + "/"], settings=BENCH_SETTINGS, run_dir=workdir / "run")
    with Store(store_path) as store:
        articles = list(store.iter_articles())
    elapsed = _elapsed_from_log(Path(summary.log_file)) or summary.elapsed_seconds
    return {"pages": summary.pages_fetched, "elapsed": elapsed}, articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles on the generated site (default 2000)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="alternating Pantau/bare rounds; the figure is the median ratio (default 3)")
    args = parser.parse_args()
    os.environ.setdefault("PANTAU_CRAWL_ENV", "production")
    site = build_site(args.articles, seed=1, per_listing=20, sitemap_share=0.5, multipage_every=0)
    print(f"site: {len(site.expected)} articles, {len(site.routes)} routes; politeness delays OFF for both sides "
          f"(AUTOTHROTTLE_ENABLED=False, DOWNLOAD_DELAY=0), concurrency {BENCH_SETTINGS['CONCURRENT_REQUESTS']}, "
          f"robots.txt obeyed by both; {args.rounds} alternating rounds")
    ratios: list[float] = []
    urls: list[str] = []  # the URLs Pantau fetched, which the bare side fetches too
    with FixtureServer(site) as server:
        for round_number in range(1, args.rounds + 1):
            # Odd rounds run Pantau first; even rounds run the bare side first, on the previous round's URLs.
            bare_first = round_number % 2 == 0 and bool(urls)
            with tempfile.TemporaryDirectory() as tmp:
                workdir = Path(tmp)
                if bare_first:
                    bare_urls = urls
                    bare = run_bare(bare_urls, workdir / "bare-first")
                server.hits.clear()
                pantau, articles = run_pantau(server.url, workdir)
                pantau_paths = list(dict.fromkeys(server.hits))
                urls = [server.url + path for path in pantau_paths]
                if not bare_first:
                    bare_urls = urls
                    bare = run_bare(bare_urls, workdir)
            score = score_crawl(site, articles, server.url)
            article_pages = sum(1 for url in bare_urls if url.removeprefix(server.url) in site.expected)
            pantau_pages_s, pantau_articles_s = pantau["pages"] / pantau["elapsed"], len(articles) / pantau["elapsed"]
            bare_pages_s, bare_articles_s = bare["pages"] / bare["elapsed"], article_pages / bare["elapsed"]
            ratios.append(pantau_articles_s / bare_articles_s)
            print(f"round {round_number} ({'bare scrapy' if bare_first else 'pantau'} first):")
            print(f"  pantau (generic crawl + extraction + store): {pantau['pages']} pages, {len(articles)} articles "
                  f"in {pantau['elapsed']:.1f} s -> {pantau_pages_s:.1f} pages/s, {pantau_articles_s:.1f} articles/s")
            print(f"  bare scrapy (fetch only, Pantau's {len(bare_urls)} URLs): {bare['pages']} pages, {article_pages} "
                  f"article pages in {bare['elapsed']:.1f} s -> {bare_pages_s:.1f} pages/s, "
                  f"{bare_articles_s:.1f} articles/s")
            print(f"  ratio pantau/bare: pages/s {pantau_pages_s / bare_pages_s:.2f}x, articles/s "
                  f"{pantau_articles_s / bare_articles_s:.2f}x")
            print(f"  quality: recall {score.recall:.3f}, body token F1 {score.body_f1:.3f}, dates right "
                  f"{score.dates_right:.3f}, non-articles emitted {len(score.not_articles)}")
    print(f"ratio pantau/bare, articles/s: median {statistics.median(ratios):.2f}x over {len(ratios)} rounds "
          f"(min {min(ratios):.2f}x, max {max(ratios):.2f}x; target >= 0.7x)")
    print("times are Scrapy's elapsed_time_seconds (engine start to close) for both; process start-up excluded")
    return 0


def _elapsed_from_log(log_file: Path) -> float | None:
    for line in reversed(log_file.read_text(encoding="utf-8", errors="replace").splitlines()):
        if "'elapsed_time_seconds':" in line:
            return float(line.split(":", 1)[1].strip().rstrip(","))
    return None


if __name__ == "__main__":
    sys.exit(main())
