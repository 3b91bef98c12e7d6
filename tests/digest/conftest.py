"""A store holding the articles and records of tests/digest/data/reports.json (written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pantau.store import Store

REPORTS_PATH = Path(__file__).parent / "data" / "reports.json"


def fill_store(path: Path) -> Path:
    """Put every test article and its record in a store at ``path``."""
    reports = json.loads(REPORTS_PATH.read_text(encoding="utf-8"))
    with Store(path) as store:
        for report in reports:
            store.upsert_article(report["article"])
        store.save_records([report["record"] for report in reports], "test-records")
    return path


@pytest.fixture
def pantau_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PANTAU_HOME whose store holds the test reports."""
    home = tmp_path / "home"
    fill_store(home / "pantau.sqlite3")
    monkeypatch.setenv("PANTAU_HOME", str(home))
    return home


@pytest.fixture
def store(pantau_home: Path) -> Store:
    with Store(pantau_home / "pantau.sqlite3") as opened:
        yield opened
