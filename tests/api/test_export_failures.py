"""Exports either stream complete or fail visibly: a real HTTP server (uvicorn) read with httpx."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from elasticsearch import ConnectionError as SearchConnectionError

from pantau.api import create_app
from pantau.search import query as search_query
from pantau.search.client import embedded_client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class BreaksAfterFirstSearch:
    """A search client that answers the first search, then loses its server (like a killed search server)."""

    def __init__(self, client: Any):
        self._client = client
        self.searches = 0

    def search(self, **kwargs: Any) -> Any:
        self.searches += 1
        if self.searches > 1:
            raise SearchConnectionError("connection refused")
        return self._client.search(**kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


@pytest.fixture()
def serve():
    """Start the API on 127.0.0.1 with a given search client; yields a function returning its base URL."""
    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(settings: Any, client: Any) -> str:
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(settings, client), host="127.0.0.1", port=port,
                                               log_level="critical", lifespan="off"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "the API did not start"
            time.sleep(0.05)
        servers.append((server, thread))
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)


def _read_all(response: httpx.Response) -> Iterator[bytes]:
    yield from response.iter_bytes()


def test_a_cut_export_is_seen_by_the_client(search_env, serve, monkeypatch):
    monkeypatch.setattr(search_query, "EXPORT_PAGE_SIZE", 2)  # five records: the second page never comes
    base = serve(search_env.settings, BreaksAfterFirstSearch(search_env.client))
    with httpx.stream("GET", f"{base}/api/export", params={"level": "record", "format": "jsonl"}, timeout=30) as r:
        assert r.status_code == 200 and r.headers["X-Total-Count"] == "5"
        with pytest.raises(httpx.RemoteProtocolError):  # the chunked body never ends cleanly
            b"".join(_read_all(r))


def test_a_complete_export_reads_to_the_end(search_env, serve, monkeypatch):
    monkeypatch.setattr(search_query, "EXPORT_PAGE_SIZE", 2)
    base = serve(search_env.settings, search_env.client)
    response = httpx.get(f"{base}/api/export", params={"level": "record", "format": "jsonl"}, timeout=30)
    assert response.status_code == 200
    assert len(response.text.splitlines()) == int(response.headers["X-Total-Count"]) == 5


@pytest.mark.parametrize("params", [{}, {"format": "jsonl"}, {"format": "parquet"},
                                    {"level": "record", "format": "csv"}])
def test_no_200_when_the_search_server_is_down(search_env, serve, params):
    dead = embedded_client(f"http://127.0.0.1:{_free_port()}").options(max_retries=0)
    base = serve(search_env.settings, dead)
    response = httpx.get(f"{base}/api/export", params=params, timeout=30)
    assert response.status_code == 503 and response.json()["detail"]
