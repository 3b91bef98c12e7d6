"""How stored documents are shown: victims' names masked, highlights escaped."""

from __future__ import annotations

import html
from functools import lru_cache
from typing import Any

HIGHLIGHT_START, HIGHLIGHT_END = "\ue000", "\ue001"
RECORD_FIELDS = ("id", "relevant", "relevance_score", "event_type", "event_date", "locations", "destinations",
                 "agencies", "counts", "modus")
ARTICLE_FIELDS = ("url", "title", "published", "source", "province", "province_code", "date", "month", "victims",
                  "suspects")


@lru_cache(maxsize=100_000)
def _redacted(text: str) -> str:
    from pantau.privacy import redact_victims

    return redact_victims(text)


def redact(text: str | None) -> str | None:
    """A sentence as it may be shown to users (victims' names and minors masked; cached, the rules are fixed)."""
    return _redacted(text) if text else text


def highlight_fragment(fragment: str) -> str:
    """A highlight fragment as shown: redacted, HTML-escaped text with ``<em>``/``</em>`` around matched words.

    Crawled markup in the fragment arrives escaped (``&lt;script&gt;``); the only tags are the highlighter's.
    """
    escaped = html.escape(redact(fragment) or "")
    return escaped.replace(HIGHLIGHT_START, "<em>").replace(HIGHLIGHT_END, "</em>")


def highlights(hit: dict[str, Any]) -> dict[str, list[str]]:
    """A search hit's highlight fragments per field, as shown."""
    fields = hit.get("highlight") or {}
    return {name: [highlight_fragment(fragment) for fragment in fragments] for name, fragments in fields.items()}


def present_record(source: dict[str, Any]) -> dict[str, Any]:
    """A stored record document as the API shows it: record fields, article fields, redacted evidence sentences."""
    out: dict[str, Any] = {name: source.get(name) for name in RECORD_FIELDS}
    for list_name in ("locations", "agencies", "counts"):
        out[list_name] = [{**fact, "sentence": redact(fact.get("sentence"))} for fact in source.get(list_name) or []]
    for name in ARTICLE_FIELDS:
        out[name] = source.get(name)
    return out
