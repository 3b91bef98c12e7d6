"""End to end: `pantau demo` crawls the demo sites, extracts, indexes, searches and writes a digest.

This runs the real thing in a child process: Scrapy against the demo sites on
127.0.0.1, the spaCy pipeline, the embedded search server, Prefect in ephemeral
mode. Running it twice must add nothing twice.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from pantau.store import Store

pytestmark = pytest.mark.slow


def _run_demo(home) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PANTAU_HOME=str(home), COLUMNS="200")
    env.pop("PANTAU_ES_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "pantau", "demo", "--home", str(home)],
        capture_output=True, text=True, env=env, timeout=600,
    )


def test_demo_end_to_end_and_idempotent(tmp_path):
    home = tmp_path / "demo"
    first = _run_demo(home)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "Search results" in first.stdout
    shown, total = map(int, re.search(r"Search results for .* — (\d+) shown of (\d+) records", first.stdout).groups())
    assert 0 < shown <= total
    assert re.search(r"… \d+ pages crawled, \d+ articles", first.stdout)  # progress while the pipeline runs
    assert "Explore these records with `pantau search 'pekerja migran'`" in first.stdout.splitlines()[-1]
    found = subprocess.run([sys.executable, "-m", "pantau", "search", "pekerja migran", "--json"],
                           capture_output=True, text=True, env=dict(os.environ, PANTAU_HOME=str(home)), timeout=300)
    assert found.returncode == 0 and json.loads(found.stdout)["total"] > 0, found.stderr
    digest_paths = re.findall(r"^\s+(/\S+\.(?:html|md|pdf))\s*$", first.stdout, flags=re.M)
    assert digest_paths, first.stdout[-2000:]
    assert all(os.path.getsize(path) > 0 for path in digest_paths)

    with Store(home / "pantau.sqlite3") as store:
        before = store.stats()
    assert before["articles"] >= 20
    assert before["records"] == before["articles"]
    assert before["pending_index"] == 0

    second = _run_demo(home)
    assert second.returncode == 0, second.stderr[-3000:]
    with Store(home / "pantau.sqlite3") as store:
        after = store.stats()
    assert after["articles"] == before["articles"]
    assert after["records"] == before["records"]
    assert int(re.search(r"— \d+ shown of (\d+) records", second.stdout).group(1)) == total
