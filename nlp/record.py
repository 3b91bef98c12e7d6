"""Articles to Docs and Docs to extraction-contract records (see ``../shared/eval/README.md``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import nlp.extensions  # noqa: F401  (registers doc._ fields)
from nlp.language import forget_sentences, remember_text

RECORD_FIELDS = (
    "id", "relevant", "relevance_score", "event_type", "event_date", "locations", "destinations", "agencies",
    "counts", "modus",
)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value: Any) -> str:
    """A string spaCy can hash: lone surrogates (from broken JSON escapes) become U+FFFD, offsets unchanged."""
    if not isinstance(value, str):
        return ""
    return _LONE_SURROGATE.sub("\ufffd", value)


def published_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` from a publication date (``2025-10-16``, ``2025-10-16T09:30:00+07:00``), else None.

    The date is taken as written, i.e. in the publisher's own time zone.
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value)
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return None


def prepare_doc(nlp: Language, article: dict[str, Any], max_chars: int) -> Doc:
    """A tokenized Doc for ``article`` with its id, title and publication date set (``text`` cut at ``max_chars``)."""
    text = clean_text(article.get("text"))[:max_chars]
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    doc._.article_id = str(article.get("id"))
    title = clean_text(article.get("title"))
    doc._.title = title if title.strip() else None
    doc._.published = published_date(article.get("published"))
    return doc


def doc_to_record(doc: Doc) -> dict[str, Any]:
    """The contract record of a processed Doc: exactly the contract's fields.

    An irrelevant article gets ``event_type`` "other", no modus and no destinations (both describe trafficking
    victims); its places, agencies and counts stay, the counts with ``about_tppo`` false.
    """
    forget_sentences(doc)
    relevant = bool(doc._.relevant)
    counts = [dict(count) for count in doc._.counts or []]
    if not relevant:
        for count in counts:
            count["about_tppo"] = False
    record = {
        "id": doc._.article_id,
        "relevant": relevant,
        "relevance_score": round(float(doc._.relevance_score or 0.0), 4),
        "event_type": (doc._.event_type or "other") if relevant else "other",
        "event_date": doc._.event_date,
        "locations": [{"role": "mention", **location} for location in doc._.locations or []],
        "destinations": _unique(d["name"] for d in doc._.destinations or []) if relevant else [],
        "agencies": list(doc._.agencies or []),
        "counts": counts,
        "modus": _unique(m["label"] for m in doc._.modus or []) if relevant else [],
    }
    return {field: record[field] for field in RECORD_FIELDS}


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))
