"""The one fake news-site server: a router of data-given routes, served on 127.0.0.1 in background threads.

Used by ``pantau demo`` (the five demo outlets, :mod:`pantau.demo.sites`) and by the crawler tests and
``bench/crawl`` (a generated site with known answers and fault routes, :mod:`crawlers.fixture_site`). A site is
anything with ``handle(request) -> Response``; :class:`Router` is how both kinds answer: exact request targets
first (a table of prepared responses), then path patterns with their views, in order.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Protocol
from urllib.parse import parse_qs, urlsplit

HTML = "text/html; charset=utf-8"
NOT_FOUND_BODY = b"<html><body><h1>404</h1></body></html>"


@dataclass
class Request:
    """One request as a site sees it."""

    target: str  # path and query, as sent
    headers: dict[str, str] = field(default_factory=dict)
    count: int = 1  # how many times this target was requested, this one included

    @property
    def path(self) -> str:
        return re.sub(r"/{2,}", "/", urlsplit(self.target).path) or "/"

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query)


@dataclass
class Response:
    """One response: status, headers (an ``ETag`` makes ``If-None-Match`` answer 304), body, an optional delay;
    or ``dynamic``, a function of the request count and headers that gives the response."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": HTML})
    body: bytes = b""
    delay: float = 0.0
    dynamic: Callable[[int, dict[str, str]], Response] | None = None


View = Callable[..., "Response | None"]


class Router:
    """Exact request targets (a table of responses), then ``(path regex, view)`` pairs tried in order.

    A view gets the request and the regex's named groups; it answers, or returns None to let the next route try.
    """

    def __init__(self) -> None:
        self.exact: dict[str, Response] = {}
        self.patterns: list[tuple[re.Pattern[str], View]] = []

    def add(self, pattern: str, view: View) -> None:
        self.patterns.append((re.compile(pattern), view))

    def route(self, request: Request, path: str | None = None) -> Response | None:
        """The response for ``request`` (matching ``path`` instead of its own path when given), or None."""
        response = self.exact.get(request.target)
        if response is not None:
            return response.dynamic(request.count, request.headers) if response.dynamic else response
        for pattern, view in self.patterns:
            match = pattern.fullmatch(path if path is not None else request.path)
            if match:
                response = view(request, **match.groupdict())
                if response is not None:
                    return response
        return None


class Site(Protocol):
    def handle(self, request: Request) -> Response: ...


class SiteServer:
    """Serves one site on ``host`` in a background thread, with a log of every request.

    ``hits`` lists request targets, ``log`` (target, status sent), ``counts`` requests per target;
    ``request_log`` (shared by several servers) receives ``(name, target)``.
    """

    def __init__(self, site: Site, *, host: str = "127.0.0.1", port: int = 0, name: str = "",
                 request_log: list[tuple[str, str]] | None = None) -> None:
        self.site = site
        self.name = name
        self.hits: list[str] = []
        self.log: list[tuple[str, int]] = []
        self.counts: dict[str, int] = {}
        self._request_log = request_log
        self._lock = threading.Lock()
        self.httpd = _bind(host, port, _handler(self))
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                        name=f"site-server-{name or port}", daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{f'[{host}]' if ':' in host else host}:{port}"

    def start(self) -> SiteServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def respond(self, target: str, headers: dict[str, str]) -> tuple[Response, bool]:
        """(the response, whether it is 'not modified' for these headers); logs the request."""
        with self._lock:
            self.hits.append(target)
            count = self.counts[target] = self.counts.get(target, 0) + 1
            if self._request_log is not None:
                self._request_log.append((self.name, target))
        response = self.site.handle(Request(target, headers, count))
        etag = response.headers.get("ETag")
        not_modified = bool(etag and response.status == 200 and headers.get("If-None-Match") == etag)
        with self._lock:
            self.log.append((target, 304 if not_modified else response.status))
        return response, not_modified


def _handler(server: SiteServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "nginx"
        sys_version = ""

        def _answer(self, send_body: bool) -> None:
            response, not_modified = server.respond(self.path, dict(self.headers))
            if response.delay:
                time.sleep(response.delay)
            try:
                if not_modified:
                    self.send_response(304)
                    self.send_header("ETag", response.headers["ETag"])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(response.status)
                for name, value in response.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(response.body)))
                self.end_headers()
                if send_body:
                    self.wfile.write(response.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._answer(send_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._answer(send_body=False)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
            return

    return Handler


def _bind(host: str, port: int, handler: type[BaseHTTPRequestHandler]) -> ThreadingHTTPServer:
    """A server on ``port``, or on a free port when that one is taken (or none is asked for)."""
    if port:
        try:
            return ThreadingHTTPServer((host, port), handler)
        except OSError:
            pass
    return ThreadingHTTPServer((host, 0), handler)


@contextmanager
def serve_sites(sites: dict[str, Site], *, host: str = "127.0.0.1", ports: dict[str, int] | None = None,
                request_log: list[tuple[str, str]] | None = None) -> Iterator[dict[str, SiteServer]]:
    """Serve several sites, each on its own port (a preferred one from ``ports`` when free); stops them at the end."""
    servers: dict[str, SiteServer] = {}
    try:
        for name, site in sites.items():
            servers[name] = SiteServer(site, host=host, port=(ports or {}).get(name, 0), name=name,
                                       request_log=request_log).start()
        yield servers
    finally:
        stoppers = [threading.Thread(target=server.stop) for server in servers.values()]  # in parallel: ~0.1 s
        for stopper in stoppers:
            stopper.start()
        for stopper in stoppers:
            stopper.join(timeout=5)
