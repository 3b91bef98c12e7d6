"""Configuration from environment variables, in one place.

Every setting has a default that works on one machine with no external service.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError:
        from pantau.errors import PantauError

        raise PantauError(f"{name} must be an integer, got {raw!r}") from None


@dataclass(frozen=True)
class Settings:
    """Pantau's settings. Build with :func:`load_settings`."""

    home: Path
    es_url: str | None = None
    es_api_key: str | None = None
    es_username: str | None = None
    es_password: str | None = None
    es_ca_certs: str | None = None
    es_verify_certs: bool = True
    index_prefix: str = "pantau"
    index_shards: int = 1
    index_replicas: int = 0
    contact_url: str = "https://github.com/pantau-id/pantau"
    api_key: str | None = None
    api_read_key: str | None = None
    api_rate_limit_per_minute: int = 600
    api_trusted_proxies: tuple[str, ...] = ()  # addresses/networks whose X-Forwarded-For is believed
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_sender: str = "pantau@localhost"
    dask_address: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def store_path(self) -> Path:
        """The SQLite database that is Pantau's source of truth."""
        return self.home / "pantau.sqlite3"

    @property
    def run_dir(self) -> Path:
        """Where runtime files (embedded server state, crawl jobs) live."""
        return self.home / "run"

    @property
    def digest_dir(self) -> Path:
        """Where digests are written by default."""
        return self.home / "digests"

    @property
    def subscriptions_path(self) -> Path:
        """The task forces' digest subscriptions file."""
        return Path(_env("PANTAU_SUBSCRIPTIONS", str(self.home / "subscriptions.yaml")))


def load_settings() -> Settings:
    """Read settings from the environment (``PANTAU_*`` variables)."""
    home = Path(_env("PANTAU_HOME", platformdirs.user_data_dir("pantau"))).expanduser()
    return Settings(
        home=home,
        es_url=_env("PANTAU_ES_URL"),
        es_api_key=_env("PANTAU_ES_API_KEY"),
        es_username=_env("PANTAU_ES_USERNAME"),
        es_password=_env("PANTAU_ES_PASSWORD"),
        es_ca_certs=_env("PANTAU_ES_CA_CERTS"),
        es_verify_certs=_env("PANTAU_ES_VERIFY_CERTS", "true").lower() not in ("0", "false", "no"),
        index_prefix=_env("PANTAU_INDEX_PREFIX", "pantau"),
        index_shards=_env_int("PANTAU_INDEX_SHARDS", 1),
        index_replicas=_env_int("PANTAU_INDEX_REPLICAS", 0),
        contact_url=_env("PANTAU_CONTACT_URL", "https://github.com/pantau-id/pantau"),
        api_key=_env("PANTAU_API_KEY"),
        api_read_key=_env("PANTAU_API_READ_KEY"),
        api_rate_limit_per_minute=_env_int("PANTAU_API_RATE_LIMIT", 600),
        api_trusted_proxies=tuple(p.strip() for p in (_env("PANTAU_TRUSTED_PROXIES") or "").split(",") if p.strip()),
        smtp_host=_env("PANTAU_SMTP_HOST", "127.0.0.1"),
        smtp_port=_env_int("PANTAU_SMTP_PORT", 25),
        smtp_sender=_env("PANTAU_SMTP_SENDER", "pantau@localhost"),
        dask_address=_env("PANTAU_DASK_ADDRESS"),
    )
