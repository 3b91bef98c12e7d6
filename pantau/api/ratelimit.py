"""A bounded per-client rate limiter, and who the client is.

Each client gets a sliding one-minute window of request times. Clients idle for a minute are forgotten, and at
most ``max_clients`` are remembered (the longest idle goes first), so memory stays bounded whatever the traffic.
A client is its IP address; ``X-Forwarded-For`` is believed only when the connection comes from a proxy listed in
``PANTAU_TRUSTED_PROXIES`` (addresses or networks), so nobody else can pick a new identity per request.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections import OrderedDict, deque
from functools import lru_cache
from typing import Any

WINDOW_S = 60.0
MAX_CLIENTS = 10_000


class RateLimiter:
    """At most ``per_minute`` requests per client per sliding minute (0: no limit)."""

    def __init__(self, per_minute: int, max_clients: int = MAX_CLIENTS):
        self.per_minute = per_minute
        self.max_clients = max_clients
        self._times: OrderedDict[str, deque[float]] = OrderedDict()  # least recently active first
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._times)

    def _forget_idle(self, now: float) -> None:
        while self._times:
            oldest = next(iter(self._times.values()))
            if oldest and oldest[-1] > now - WINDOW_S:
                return
            self._times.popitem(last=False)

    def retry_after(self, client_id: str, now: float | None = None) -> int | None:
        """None when the request may go ahead; else the seconds to wait."""
        if self.per_minute <= 0:
            return None
        now = time.monotonic() if now is None else now
        with self._lock:
            self._forget_idle(now)
            times = self._times.get(client_id)
            if times is None:
                while len(self._times) >= self.max_clients:
                    self._times.popitem(last=False)
                times = self._times[client_id] = deque()
            self._times.move_to_end(client_id)
            while times and times[0] <= now - WINDOW_S:
                times.popleft()
            if len(times) >= self.per_minute:
                return max(1, int(WINDOW_S - (now - times[0])) + 1)
            times.append(now)
            return None


def check_trusted_proxies(trusted: tuple[str, ...]) -> None:
    """Raise a one-line PantauError when PANTAU_TRUSTED_PROXIES holds something that is no address or network."""
    _networks(trusted)


@lru_cache(maxsize=32)
def _networks(trusted: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    from pantau.errors import PantauError

    try:
        return tuple(ipaddress.ip_network(entry, strict=False) for entry in trusted)
    except ValueError as exc:
        raise PantauError(f"PANTAU_TRUSTED_PROXIES: {exc}") from None


def _is_trusted(address: str, trusted: tuple[str, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _networks(trusted))


def client_address(request: Any, trusted: tuple[str, ...]) -> str:
    """The client's address: the peer's, or, behind a trusted proxy, the last untrusted hop of X-Forwarded-For."""
    peer = request.client.host if request.client else "unknown"
    if not trusted or not _is_trusted(peer, trusted):
        return peer
    hops = [hop.strip() for hop in request.headers.get("x-forwarded-for", "").split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _is_trusted(hop, trusted):
            return hop
    return hops[0] if hops else peer
