"""`pantau serve` survives the death of its embedded search server: 503 during the outage, 200 again after."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

RECOVERY_LIMIT_S = 60.0

pytestmark = pytest.mark.skipif(bool(os.environ.get("PANTAU_ES_URL")),
                                reason="supervision concerns the embedded server; PANTAU_ES_URL is set")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _children(pid: int) -> set[int]:
    """Child processes of ``pid`` (started from any of its threads)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(child) for child in (task / "children").read_text().split()}
    return found


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False  # gone: reaped


@pytest.fixture
def served(make_search_env) -> Iterator[tuple[str, int, int]]:
    """`pantau serve` over a store with the sample records: (base url, serve pid, records in the store)."""
    env = make_search_env("supervised")
    port = _free_port()
    environ = dict(os.environ, PANTAU_HOME=str(env.settings.home), PANTAU_INDEX_PREFIX=env.settings.index_prefix,
                   PANTAU_API_RATE_LIMIT="0")
    environ.pop("PANTAU_API_KEY", None)
    environ.pop("PANTAU_API_READ_KEY", None)
    process = subprocess.Popen([sys.executable, "-m", "pantau", "serve", "--port", str(port)], env=environ,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(lambda: _status(base) == 200, 60.0)
        yield base, process.pid, env.store.count_records()
    finally:
        process.terminate()
        process.wait(timeout=30)


def _status(base: str) -> int | None:
    try:
        return httpx.get(f"{base}/api/search", params={"size": 1}, timeout=10).status_code
    except httpx.HTTPError:
        return None


def _wait_for(condition, limit_s: float) -> float:  # noqa: ANN001 - a callable returning bool
    start = time.monotonic()
    while time.monotonic() - start < limit_s:
        if condition():
            return time.monotonic() - start
        time.sleep(0.2)
    raise AssertionError(f"not reached within {limit_s:.0f} s")


def test_killed_embedded_server_is_reaped_restarted_and_refilled(served):
    base, serve_pid, records = served
    total_before = httpx.get(f"{base}/api/search", params={"relevant": "all", "size": 1}).json()["total"]
    assert total_before == records > 0
    (child,) = _children(serve_pid)
    os.kill(child, signal.SIGKILL)
    statuses: list[int | None] = []

    def recovered() -> bool:
        statuses.append(_status(base))
        return statuses[-1] == 200

    _wait_for(recovered, RECOVERY_LIMIT_S)
    assert set(statuses) <= {503, 200}, statuses  # the outage is a 503, never a 5xx of another kind
    assert not _is_zombie(child)
    assert child not in _children(serve_pid) and len(_children(serve_pid)) == 1
    after = httpx.get(f"{base}/api/search", params={"relevant": "all", "size": 1}).json()["total"]
    assert after == total_before  # refilled from the store


def test_outage_is_503_until_the_restarted_server_is_refilled(make_search_env):
    """The refill is held back: the restarted, still empty server makes searches 503, then 200 with every record."""
    from dataclasses import replace

    from fastapi.testclient import TestClient

    from pantau.api import create_app
    from pantau.search import embedded
    from pantau.search.client import embedded_client
    from pantau.search.indexer import names_for

    env = make_search_env("held")
    settings = replace(env.settings, index_prefix="held-own")
    refilling, release = threading.Event(), threading.Event()

    def held_refill(settings_, url: str) -> None:
        refilling.set()
        assert release.wait(60)
        embedded.refill_from_store(settings_, url)

    embedded.supervise_children(held_refill)
    try:
        server = embedded.start_for_this_process(settings)
        (supervisor,) = [s for s in embedded.supervisors() if s.server.pid == server.pid]
        embedded.refill_from_store(settings, server.url)
        api = TestClient(create_app(settings, embedded_client(server.url)))
        assert api.get("/api/search", params={"relevant": "all"}).json()["total"] == env.store.count_records()
        os.kill(server.pid, signal.SIGKILL)
        assert refilling.wait(30)
        assert supervisor.server.pid != server.pid and supervisor.server.url == server.url
        assert not _is_zombie(server.pid)
        outage = api.get("/api/search", params={"q": "korban"})
        assert outage.status_code == 503 and outage.headers["Retry-After"]
        for export_format in ("csv", "jsonl"):
            assert api.get("/api/export", params={"format": export_format}).status_code == 503
        release.set()
        _wait_for(lambda: api.get("/api/search").status_code == 200, RECOVERY_LIMIT_S)
        assert api.get("/api/search", params={"relevant": "all"}).json()["total"] == env.store.count_records()
        client = embedded_client(server.url)
        incidents = names_for(settings, "incidents").read_alias
        assert client.indices.exists_alias(name=incidents)  # the incidents index is refilled too
        assert supervisor.restarts == 1
    finally:
        release.set()
        embedded.supervise_children(None)
        for each in embedded.supervisors():
            each.stop()


def test_a_dead_persistent_server_is_replaced_at_its_address(make_search_env):
    """`pantau serve` over a `pantau es start` server: when that one dies, a supervised one takes its address."""
    from dataclasses import replace

    from fastapi.testclient import TestClient

    from pantau.api import create_app
    from pantau.search import embedded
    from pantau.search.client import embedded_client

    env = make_search_env("persistent")
    settings = replace(env.settings, index_prefix="persistent-own")
    server, started = embedded.start_persistent(settings)
    assert started
    supervisor = embedded.watch_persistent(settings, server, embedded.refill_from_store)
    try:
        embedded.refill_from_store(settings, server.url)
        api = TestClient(create_app(settings, embedded_client(server.url)))
        total = env.store.count_records()
        assert api.get("/api/search", params={"relevant": "all"}).json()["total"] == total
        os.kill(server.pid, signal.SIGKILL)
        os.waitpid(server.pid, 0)  # here it is our child; `pantau es start`'s server is reaped by init
        _wait_for(lambda: supervisor.restarts == 1, RECOVERY_LIMIT_S)
        assert supervisor.server.url == server.url and not supervisor.server.persistent
        assert api.get("/api/search", params={"relevant": "all"}).json()["total"] == total
    finally:
        supervisor.stop()
        embedded.stop_persistent(settings)
