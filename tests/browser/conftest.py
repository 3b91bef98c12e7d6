"""Fixtures for the browser tests: the real API app on 127.0.0.1 over a real embedded search server, and Chromium.

The articles and records in ``data/articles.json`` are stored in a fresh store, indexed through
``pantau.search`` and served by ``pantau.api``'s app under uvicorn in a thread. Each record's evidence is
written in the data file as its sentence and turned into the contract's character offsets here.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from pantau import search
from pantau.api.app import create_app
from pantau.config import Settings
from pantau.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DATA_FILE = Path(__file__).parent / "data" / "articles.json"
EXTRACTOR_VERSION = "browser-test-fixture"
SERVER_START_TIMEOUT_S = 30.0
READ_KEY = "browser-test-read-key"


def _with_offsets(fact: dict[str, Any], text: str) -> dict[str, Any]:
    """A fact whose evidence is given as its sentence -> the same fact with {"start", "end"} offsets."""
    sentence = fact["evidence"]
    start = text.find(sentence)
    if start < 0:
        raise ValueError(f"evidence sentence not in the article text: {sentence!r}")
    return {**fact, "evidence": {"start": start, "end": start + len(sentence)}}


def load_fixture_data() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(article, contract record) pairs from the data file."""
    pairs = []
    for item in json.loads(DATA_FILE.read_text(encoding="utf-8")):
        article = item["article"]
        record = {"id": article["id"], **item["record"]}
        for field in ("locations", "agencies", "counts"):
            record[field] = [_with_offsets(fact, article["text"]) for fact in record[field]]
        pairs.append((article, record))
    return pairs


@pytest.fixture(scope="session")
def fixture_articles() -> dict[str, dict[str, Any]]:
    """The fixture articles by id."""
    return {article["id"]: article for article, _ in load_fixture_data()}


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Run an ASGI app under uvicorn in a thread on a free port of 127.0.0.1; yields its base URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="pantau-api", daemon=True)
    thread.start()
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the API server did not start")
        time.sleep(0.05)
    host, port = server.servers[0].sockets[0].getsockname()[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def search_backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Settings, Any]]:
    """Settings and a client of a real embedded search server holding the fixture records."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium)")

    home = tmp_path_factory.mktemp("pantau-browser-home")
    settings = Settings(home=home, index_prefix="pantau-browser", api_rate_limit_per_minute=0)
    store = Store(settings.store_path)
    pairs = load_fixture_data()
    for article, _ in pairs:
        store.upsert_article(article)
    store.save_records([record for _, record in pairs], EXTRACTOR_VERSION)
    client = search.get_client(settings, store)  # a fresh embedded server: indexes the store's records
    report = search.index_pending(store, client, settings)
    assert not report.failed, report
    client.indices.refresh(index=search.names_for(settings).read_alias)
    assert search.document_count(client, settings) == len(pairs)
    try:
        yield settings, client
    finally:
        search.forget_clients()
        store.close()
        shutil.rmtree(home, ignore_errors=True)


def make_app(search_backend: tuple[Settings, Any], **settings_changes: Any) -> Any:
    """Pantau's real API app (page at /) over the fixture search backend, with some settings changed."""
    settings, client = search_backend
    return create_app(settings=replace(settings, **settings_changes), client=client)


@pytest.fixture(scope="session")
def app_url(search_backend: tuple[Settings, Any]) -> Iterator[str]:
    """Base URL of the real Pantau API, open for reading, serving the fixture records."""
    with serve(make_app(search_backend)) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Debian Chromium for the session, driven by Playwright."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def dialogs() -> list[str]:
    """The messages of every dialog (alert, confirm, prompt) the page opened; a script injection would open one."""
    return []


@pytest.fixture
def page(browser: Any, app_url: str, dialogs: list[str]) -> Iterator[Any]:
    """A fresh page (own storage, so the language starts at its default) that fails the test on script errors.

    The page's Content-Security-Policy is bypassed so that the tests' own probes can run and so that the
    escaping is tested on its own, without the CSP as a safety net (``test_csp`` checks the page under it).
    """
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="id-ID", bypass_csp=True)
    context.set_default_timeout(15_000)
    new_page = context.new_page()
    errors: list[str] = []
    new_page.on("pageerror", lambda error: errors.append(str(error)))
    new_page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        yield new_page
    finally:
        context.close()
    assert not errors, f"script errors on the page: {errors}"


@pytest.fixture
def keyed_app_url(search_backend: tuple[Settings, Any]) -> Iterator[str]:
    """Base URL of the real API when reading needs the key READ_KEY."""
    with serve(make_app(search_backend, api_read_key=READ_KEY)) as url:
        yield url


@pytest.fixture
def read_key() -> str:
    """The key that ``keyed_app_url`` asks for."""
    return READ_KEY
