"""Subscriptions: who gets which region's weekly digest and its alerts, by e-mail or webhook.

The file (``$PANTAU_SUBSCRIPTIONS``, default ``$PANTAU_HOME/subscriptions.yaml``) is a list of entries, or a
mapping with a ``subscribers`` list::

    subscribers:
      - email: gugustugas@jambikota.go.id
        region: Kota Jambi          # a province, regency or city: name, alias or Kemendagri code
        language: id                # id (default) or en
      - webhook: https://hooks.example.org/pantau   # alerts as JSON POSTs, instead of or beside an e-mail
        webhook_secret: a-long-random-string          # optional: signs each POST (X-Pantau-Signature)
        region: "15"
        language: en
      - email: peneliti@example.org
        region: Jambi
        alerts: false               # the weekly digest only, no alert after each run (default: true)

Digests go to the e-mail addresses; alerts go to every address and webhook of an entry whose ``alerts`` is on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import yaml

from pantau.errors import InputError

if TYPE_CHECKING:  # pantau.digest imports this module: resolve regions lazily to keep imports acyclic
    from pantau.digest.build import DigestRegion

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$|^[^@\s]+@localhost$")


@dataclass(frozen=True)
class Subscription:
    """A subscriber of one region: an e-mail address and/or a webhook URL, a language, and whether to alert."""

    email: str | None
    region: DigestRegion
    language: str = "id"
    webhook: str | None = None
    alerts: bool = True
    webhook_secret: str | None = field(default=None, repr=False)

    @property
    def targets(self) -> list[str]:
        """Where alerts go: ``mailto:ADDRESS`` and/or the webhook URL (each one subscriber for deliveries)."""
        return ([f"mailto:{self.email}"] if self.email else []) + ([self.webhook] if self.webhook else [])


def load_subscriptions(path: Path) -> list[Subscription]:
    """Read the subscriptions file (missing file: no subscribers); InputError naming the entry when one is bad."""
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML ({exc.__class__.__name__})") from None
    entries = data.get("subscribers", []) if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise InputError(f"{path}: expected a list of subscribers")
    return [_subscription(entry, f"{path}: subscriber {number}") for number, entry in enumerate(entries, 1)]


def _subscription(entry: Any, where: str) -> Subscription:
    from pantau.digest.build import resolve_region
    from pantau.digest.render import LANGUAGES

    if not isinstance(entry, dict) or not entry.get("region") or not (entry.get("email") or entry.get("webhook")):
        raise InputError(f"{where} needs a region and an email or a webhook")
    email = str(entry["email"]).strip() if entry.get("email") else None
    webhook = str(entry["webhook"]).strip() if entry.get("webhook") else None
    language = str(entry.get("language") or "id").strip()
    alerts = entry.get("alerts", True)
    secret = str(entry["webhook_secret"]) if entry.get("webhook_secret") else None
    if email is not None and not _EMAIL.match(email):
        raise InputError(f"{where}: {email!r} is not an e-mail address")
    if webhook is not None and not _is_http_url(webhook):
        raise InputError(f"{where}: webhook {webhook!r} is not an http(s) URL")
    if secret is not None and webhook is None:
        raise InputError(f"{where}: webhook_secret without a webhook")
    if language not in LANGUAGES:
        raise InputError(f"{where}: language must be one of {', '.join(LANGUAGES)}")
    if not isinstance(alerts, bool):
        raise InputError(f"{where}: alerts must be true or false, got {alerts!r}")
    try:
        region = resolve_region(str(entry["region"]))
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    return Subscription(email, region, language, webhook, alerts, secret)


def _is_http_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def subscribers_of(subscriptions: list[Subscription], region: DigestRegion) -> list[Subscription]:
    """The subscriptions with an e-mail address for exactly this region: who is mailed its digest."""
    return [s for s in subscriptions if s.email and s.region.code == region.code]
