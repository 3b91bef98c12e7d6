"""`pantau run` killed midway and run again leaves no duplicate articles, records or index entries."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pantau.store import Store

pytestmark = pytest.mark.slow


def _pantau_run(home: Path, url: str, with_index: bool) -> subprocess.Popen:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PREFECT_", "PANTAU_"))}
    env["PANTAU_HOME"] = str(home)  # Prefect's files go under it too: nothing else to set up
    args = [sys.executable, "-m", "pantau", "run", "--start-url", url, "--from", "2025-03-01", "--to", "2025-03-31"]
    if not with_index:
        args.append("--no-index")
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)


def _stats(home: Path) -> dict[str, int]:
    path = home / "pantau.sqlite3"
    if not path.exists():
        return {"articles": 0}
    with Store(path) as store:
        stats = store.stats()
        stats["duplicate_urls"] = store.execute(
            "SELECT COUNT(*) FROM (SELECT canonical_url FROM articles GROUP BY canonical_url HAVING COUNT(*) > 1)"
        ).fetchone()[0]
        return stats


def test_killed_run_then_rerun_leaves_no_duplicates(tmp_path: Path, extractor) -> None:
    from crawlers.fixture_site import FixtureServer, build_site

    with_index = importlib.util.find_spec("pantau.search") is not None
    site = build_site(12)
    home = tmp_path / "home"
    with FixtureServer(site) as server:
        site.article_delay = 0.5  # slow pages, so the kill lands in the middle of the crawl
        first = _pantau_run(home, server.url + "/", with_index)
        deadline = time.monotonic() + 300
        while _stats(home)["articles"] < 4 and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        assert first.poll() is None, "the first run ended before it could be killed:\n" + first.stdout.read()[-3000:]
        os.killpg(first.pid, signal.SIGKILL)  # the whole group: pantau, Scrapy, Prefect's server
        first.wait(timeout=30)
        killed_at = _stats(home)["articles"]
        assert 4 <= killed_at < len(site.expected)

        site.article_delay = 0.0
        second = _pantau_run(home, server.url + "/", with_index)
        output, _ = second.communicate(timeout=600)
    assert second.returncode == 0, output[-3000:]
    stats = _stats(home)
    assert stats["duplicate_urls"] == 0
    assert stats["articles"] == len(site.expected)
    assert stats["records"] == stats["articles"]
    if with_index:
        assert stats["pending_index"] == 0
    assert (home / "run" / "prefect").is_dir()
