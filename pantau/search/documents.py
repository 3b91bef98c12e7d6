"""Index documents: one per extraction record, joined with its article.

The document id is the article id, so indexing a record again replaces it and never duplicates it.
Evidence offsets are resolved into sentences here, so the search page and exports can show each fact's source
sentence without the article text (privacy redaction happens when sentences are shown, not here).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pantau.search.analysis import stem_text

VICTIM_ROLES = ("victims_rescued", "victims")
SUSPECT_ROLES = ("suspects", "arrests")
FACT_LISTS = ("locations", "agencies", "counts")
# The keys of each fact the index maps (its mapping is strict): other keys a newer extractor adds are left out.
FACT_KEYS = {
    "locations": ("name", "level", "province", "code", "role", "evidence"),
    "agencies": ("name", "type", "evidence"),
    "counts": ("role", "value", "about_tppo", "scope", "evidence"),
}
# locations.level values that are regions with a Kemendagri code (the others have no region of their own)
CODED_LEVELS = ("province", "regency", "city")


def evidence_sentence(text: str, evidence: Any) -> str | None:
    """The sentence that ``evidence`` ({"start", "end"}) points at in ``text``, or None when it is unusable."""
    if not isinstance(evidence, dict):
        return None
    start, end = evidence.get("start"), evidence.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        return None
    return text[start:end].strip() or None


def _date_part(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    day = value[:10]
    return day if day[4] == "-" and day[7] == "-" and day.replace("-", "").isdigit() else None


def main_province(locations: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """The record's main province (name, code): the one its locations name most often, first named on a tie."""
    named = [(loc.get("province"), _province_code(loc)) for loc in locations if loc.get("province")]
    if not named:
        return None, None
    counts = Counter(name for name, _ in named)
    best = max(counts.values())
    for name, code in named:
        if counts[name] == best:
            return name, code
    return None, None  # unreachable


def _province_code(location: dict[str, Any]) -> str | None:
    code = location.get("code")
    return code.split(".")[0] if isinstance(code, str) and code else None


def _max_count(counts: list[dict[str, Any]], roles: tuple[str, ...]) -> int | None:
    values = [
        c["value"] for c in counts
        if c.get("role") in roles and c.get("about_tppo", True) and isinstance(c.get("value"), int)
    ]
    return max(values) if values else None


def build_document(article: dict[str, Any], record: dict[str, Any], extractor_version: str | None = None
                   ) -> dict[str, Any]:
    """The index document for ``record`` (an extraction record) and its ``article``."""
    text = article.get("text") or ""
    facts: dict[str, list[dict[str, Any]]] = {}
    sentences: list[str] = []
    for list_name in FACT_LISTS:
        items = []
        for fact in record.get(list_name) or []:
            if not isinstance(fact, dict):
                continue
            item = {key: fact[key] for key in FACT_KEYS[list_name] if key in fact}
            sentence = evidence_sentence(text, fact.get("evidence"))
            item["sentence"] = sentence
            if sentence and sentence not in sentences:
                sentences.append(sentence)
            items.append(item)
        facts[list_name] = items
    locations = facts["locations"]
    province, province_code = main_province(locations)
    event_date = _date_part(record.get("event_date"))
    published = article.get("published") or None
    day = event_date or _date_part(published)
    title = article.get("title") or ""
    return {
        "id": str(record["id"]),
        "url": article.get("url") or article.get("canonical_url"),
        "source": article.get("source"),
        "title": title,
        "title_stemmed": stem_text(title),
        "text": text,
        "text_stemmed": stem_text(text),
        "evidence_text": sentences,
        "published": published if _date_part(published) else None,
        "event_date": event_date,
        "date": day,
        "month": day[:7] if day else None,
        "relevant": bool(record.get("relevant")),
        "relevance_score": record.get("relevance_score"),
        "event_type": record.get("event_type"),
        "modus": list(record.get("modus") or []),
        "destinations": list(record.get("destinations") or []),
        "province": province,
        "province_code": province_code,
        "provinces": sorted({loc["province"] for loc in locations if loc.get("province")}),
        "location_codes": sorted({loc["code"] for loc in locations if loc.get("code")}),
        "agency_types": sorted({a["type"] for a in facts["agencies"] if a.get("type")}),
        "victims": _max_count(facts["counts"], VICTIM_ROLES),
        "suspects": _max_count(facts["counts"], SUSPECT_ROLES),
        "extractor_version": extractor_version,
        "locations": locations,
        "agencies": facts["agencies"],
        "counts": facts["counts"],
    }
