"""The rate limiter stays bounded and believes X-Forwarded-For only from trusted proxies."""

from __future__ import annotations

from types import SimpleNamespace

from pantau.api.ratelimit import RateLimiter, client_address


def test_limit_per_client_per_minute():
    limiter = RateLimiter(per_minute=2)
    assert limiter.retry_after("a", now=0.0) is None
    assert limiter.retry_after("a", now=1.0) is None
    assert limiter.retry_after("a", now=2.0) == 59
    assert limiter.retry_after("b", now=2.0) is None  # another client has its own window
    assert limiter.retry_after("a", now=60.5) is None  # the first request left the window


def test_idle_clients_are_forgotten():
    limiter = RateLimiter(per_minute=5)
    for number in range(1000):
        limiter.retry_after(f"10.0.{number // 256}.{number % 256}", now=0.0)
    assert len(limiter) == 1000
    limiter.retry_after("192.0.2.1", now=61.0)
    assert len(limiter) == 1


def test_memory_is_capped():
    limiter = RateLimiter(per_minute=5, max_clients=100)
    for number in range(10_000):
        limiter.retry_after(f"client-{number}", now=number / 1000)
    assert len(limiter) == 100


def _request(peer: str, forwarded: str | None = None) -> SimpleNamespace:
    headers = {"x-forwarded-for": forwarded} if forwarded else {}
    return SimpleNamespace(client=SimpleNamespace(host=peer), headers=headers)


def test_forwarded_for_is_believed_only_from_trusted_proxies():
    assert client_address(_request("203.0.113.9", "1.2.3.4"), ()) == "203.0.113.9"
    assert client_address(_request("203.0.113.9", "1.2.3.4"), ("10.0.0.0/8",)) == "203.0.113.9"
    trusted = ("10.0.0.0/8", "127.0.0.1")
    assert client_address(_request("10.1.2.3", "198.51.100.7"), trusted) == "198.51.100.7"
    # a client cannot pick its identity by sending its own header through the proxy: the last untrusted hop counts
    assert client_address(_request("10.1.2.3", "6.6.6.6, 198.51.100.7, 10.0.0.5"), trusted) == "198.51.100.7"
    assert client_address(_request("127.0.0.1"), trusted) == "127.0.0.1"


def test_rotating_forwarded_for_does_not_bypass_the_limit(search_env):
    from dataclasses import replace

    from fastapi.testclient import TestClient

    from pantau.api import create_app

    api = TestClient(create_app(replace(search_env.settings, api_rate_limit_per_minute=3), search_env.client))
    statuses = [api.get("/api/records", params={"size": 1}, headers={"X-Forwarded-For": f"198.51.100.{n}"})
                .status_code for n in range(5)]
    assert statuses == [200, 200, 200, 429, 429]


def test_a_bad_trusted_proxy_setting_fails_at_start(search_env):
    from dataclasses import replace

    import pytest

    from pantau.api import create_app
    from pantau.errors import PantauError

    with pytest.raises(PantauError, match="PANTAU_TRUSTED_PROXIES"):
        create_app(replace(search_env.settings, api_trusted_proxies=("10.0.0.0/8", "not-a-network")), search_env.client)
