"""A crawl killed midway (SIGKILL, no chance to clean up) resumes with nothing lost or duplicated."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from crawlers.fixture_site import FixtureServer, build_site
from pantau.store import Store


def _count(store_path) -> int:
    if not store_path.exists():
        return 0
    with Store(store_path) as store:
        return store.count_articles()


@pytest.mark.slow
def test_killed_crawl_resumes_without_loss_or_duplicates(run_crawl, stored, store_path, tmp_path):
    site = build_site(30, seed=13, per_listing=5, sitemap_share=0.0, etags=True)
    site.article_delay = 0.15
    with FixtureServer(site) as server:
        code = (
            "from crawlers import crawl; "
            f"crawl({str(store_path)!r}, start_urls=[{server.url + '/kanal/hukum'!r}, {server.url + '/'!r}], "
            f"run_dir={str(tmp_path / 'run')!r})"
        )
        child = subprocess.Popen([sys.executable, "-c", code], start_new_session=True)
        deadline = time.monotonic() + 60
        while _count(store_path) < 18 and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        before = _count(store_path)
        assert 0 < before < len(site.expected), "the crawl must be killed midway"

        site.article_delay = 0.0
        summary = run_crawl(start_urls=[server.url + "/kanal/hukum", server.url + "/"])
    articles = stored()
    urls = Counter(article["url"].removeprefix(server.url) for article in articles)
    assert set(urls) == set(site.expected)  # nothing lost
    assert max(urls.values()) == 1  # nothing twice
    assert summary.articles_new == len(site.expected) - before
    assert set(summary.finish_reasons.values()) == {"finished"}
    with Store(store_path) as store:  # a finished crawl leaves nothing to resume
        assert store.execute("SELECT COUNT(*) FROM crawl_frontier").fetchone()[0] == 0
