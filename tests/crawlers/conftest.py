"""Shared fixtures for the crawler tests: test settings, and a real crawl into the test's own store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from crawlers import CrawlSummary, crawl
from pantau.store import Store


@pytest.fixture(autouse=True)
def _test_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PANTAU_CRAWL_ENV", "test")
    monkeypatch.setenv("PANTAU_HOME", str(tmp_path / "home"))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def run_crawl(tmp_path: Path, store_path: Path) -> Callable[..., CrawlSummary]:
    """A real crawl (Scrapy in a child process) into the test's store."""

    def run(**kwargs: object) -> CrawlSummary:
        return crawl(store_path, run_dir=tmp_path / "run", **kwargs)

    return run


@pytest.fixture
def stored(store_path: Path) -> Callable[[], list[dict]]:
    """The articles in the test's store now."""

    def read() -> list[dict]:
        with Store(store_path) as store:
            return list(store.iter_articles())

    return read
