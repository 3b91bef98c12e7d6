"""Weekly digests per region for task forces: built from the store, rendered as md/html/pdf, mailed over SMTP.

    digest = build_digest(store, resolve_region("Jambi"), date(2026, 11, 16), date(2026, 11, 22))
    path = write_digest(digest, "html", "id", Path("jambi.html"))
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pantau.digest.build import (
    Digest,
    DigestRegion,
    build_digest,
    parse_period,
    provinces_with_incidents,
    resolve_region,
)
from pantau.digest.mail import Subscription, load_subscriptions, send_digest, subscribers_of
from pantau.digest.render import FORMATS, LANGUAGES, render

__all__ = [
    "FORMATS",
    "LANGUAGES",
    "Digest",
    "DigestRegion",
    "Subscription",
    "build_digest",
    "default_digest_path",
    "load_subscriptions",
    "parse_period",
    "provinces_with_incidents",
    "render",
    "resolve_region",
    "send_digest",
    "subscribers_of",
    "write_digest",
]


def default_digest_path(directory: Path, region: DigestRegion, date_from: date, date_to: date, fmt: str) -> Path:
    """``DIR/kota-jambi_2026-11-16_2026-11-22.html``."""
    slug = re.sub(r"[^a-z0-9]+", "-", region.name.lower()).strip("-")
    return directory / f"{slug}_{date_from}_{date_to}.{fmt}"


def write_digest(digest: Digest, fmt: str, lang: str, path: Path) -> Path:
    """Render ``digest`` and write it to ``path`` atomically; returns the path."""
    data = render(digest, fmt, lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    partial.replace(path)
    return path
