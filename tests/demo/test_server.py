"""The one fake news-site server: router order, fall-through, request log, ETag/304, HEAD, port fallback."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request

import pytest

from pantau.demo.server import Request, Response, Router, SiteServer, serve_sites

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class _Site:
    def __init__(self) -> None:
        self.router = Router()
        self.router.exact["/exact"] = Response(body=b"exact", headers={"Content-Type": "text/plain", "ETag": '"e1"'})
        self.router.exact["/count"] = Response(dynamic=lambda count, _headers: Response(body=str(count).encode()))
        self.router.add(r"/item/(?P<number>\d+)", self.item)
        self.router.add(r"/item/(?P<rest>.+)", lambda _request, rest: Response(body=f"other {rest}".encode()))

    @staticmethod
    def item(_request: Request, number: str) -> Response | None:
        return None if number == "0" else Response(body=f"item {number}".encode())

    def handle(self, request: Request) -> Response:
        return self.router.route(request) or Response(status=404, body=b"missing")


def _get(url: str, headers: dict[str, str] | None = None, method: str = "GET") -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with _OPENER.open(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_routes_answer_in_order_and_fall_through():
    site = _Site()
    assert site.handle(Request("/exact")).body == b"exact"
    assert site.handle(Request("/item/7?x=1")).body == b"item 7"
    assert site.handle(Request("/item/0")).body == b"other 0"  # the first view declined
    assert site.handle(Request("/nothing")).status == 404


def test_server_logs_counts_and_answers_conditional_and_head_requests():
    log: list[tuple[str, str]] = []
    with SiteServer(_Site(), name="fake", request_log=log) as server:
        assert _get(server.url + "/count") == (200, b"1")
        assert _get(server.url + "/count") == (200, b"2")
        assert _get(server.url + "/exact", {"If-None-Match": '"e1"'})[0] == 304
        assert _get(server.url + "/exact", method="HEAD") == (200, b"")
        assert _get(server.url + "/missing") == (404, b"missing")
    assert server.counts["/count"] == 2
    assert server.log == [("/count", 200), ("/count", 200), ("/exact", 304), ("/exact", 200), ("/missing", 404)]
    assert log[0] == ("fake", "/count") and len(log) == 5


def test_a_taken_port_falls_back_to_a_free_one_and_servers_stop():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with serve_sites({"a": _Site(), "b": _Site()}, ports={"a": port}) as servers:
            assert servers["a"].url != f"http://127.0.0.1:{port}"
            assert _get(servers["b"].url + "/item/3") == (200, b"item 3")
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", int(servers["b"].url.rsplit(":", 1)[1])), 2):
        pass
