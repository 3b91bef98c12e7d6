"""Statistics are claims, not incidents: an agency's totals over a period ("Sepanjang 2026, Polda Jambi tangani 17
kasus, 41 korban"). They come from records of event type ``statistics`` and from period-total sentences inside
incident articles; they are never part of an incident and never summed into incident totals.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import cache
from typing import Any

from pantau.incidents.places import CLAIM_ROLES_IN_ORDER, choose_place, located
from pantau.incidents.reports import is_period_sentence, parse_day, period_cues, sentence_of, suspect_initials
from pantau.privacy import redact_victims

STATISTIC_ROLES = ("cases", "reports", "victims", "victims_rescued", "victims_child", "victims_female",
                   "victims_male", "suspects", "arrests")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_THIS_YEAR = re.compile(r"\btahun\s+ini\b", re.IGNORECASE)
_CASE_COUNT = re.compile(r"\b\d[\d.]*\s+(?:kasus|perkara|laporan)\b", re.IGNORECASE)
_MONTHS = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
_TITLE_SPAN = re.compile(  # a headline opening with a span of time: "Sejak Januari, ...", "Selama 2026, ..."
    rf"^\W*(?:hingga|sampai|sejak|selama|sepanjang)\s+(?:(?:awal|akhir|pertengahan)\s+)?"
    rf"(?:{_MONTHS}|tahun|semester|triwulan|kuartal|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def reads_as_statistics(article: dict[str, Any]) -> bool:
    """A headline that gives a period or a number of cases ("Sepanjang 2026, Polda Jambi Tangani 17 Kasus",
    "13 Kasus Perdagangan Orang di Kota Jambi"), or opens with a span of time ("Sejak Januari, 40 Calon PMI
    Digagalkan"), announces statistics, whatever event type was extracted."""
    title = article.get("title") or ""
    return (bool(_CASE_COUNT.search(title)) or period_cues().search(title) is not None
            or _TITLE_SPAN.search(title) is not None)


def is_statistics_record(record: dict[str, Any], article: dict[str, Any] | None = None) -> bool:
    """A relevant record of event type statistics, or an incident record whose headline announces statistics."""
    if not record.get("relevant"):
        return False
    return record.get("event_type") == "statistics" or (
        record.get("event_type") == "incident" and article is not None and reads_as_statistics(article))


def period_of(sentence: str, published: date | None) -> dict[str, Any]:
    """{label, from, to}: the period a sentence's totals cover, as far as it says."""
    cue = period_cues().search(sentence or "")
    label = cue.group(0) if cue else ""
    years = [int(year) for year in _YEAR.findall(sentence or "")]
    if not years and _THIS_YEAR.search(sentence or "") and published:
        years = [published.year]
    if not years:
        return {"label": label, "from": None, "to": published.isoformat() if published and label else None}
    first, last = min(years), max(years)
    until = date(last, 12, 31)
    if published and published < until:
        until = published
    return {"label": label, "from": date(first, 1, 1).isoformat(), "to": until.isoformat()}


def _agency_in(record: dict[str, Any], evidence: dict[str, Any] | None) -> str | None:
    """The agency named in the same sentence, else the record's first agency."""
    agencies = [a for a in record.get("agencies") or [] if a.get("name")]
    same = [a for a in agencies if evidence and a.get("evidence") == evidence]
    chosen = same or agencies
    return chosen[0]["name"] if chosen else None


@cache
def _trigger_levels() -> dict[str, str]:
    """Trigger word ("polda", "polresta", "pemkab") -> the level of region it points at (places data)."""
    from nlp.language import read_table
    from nlp.regions import PLACES_DATA_DIR

    return {row[0].lower(): row[1] for row in read_table(PLACES_DATA_DIR / "triggers.tsv") if len(row) > 1}


def agency_region(agency: str | None) -> dict[str, Any] | None:
    """The region an agency's name carries ("Polda Jambi" -> Jambi, "Polres Nunukan" -> Kabupaten Nunukan), at the
    level its trigger word points at; None when the name carries none."""
    from nlp.regions import find_regions

    words = (agency or "").split()
    # "Polres Sukabumi Kota", "Polresta Malang Kota": the city, as police units name it
    city_named = len(words) > 2 and words[-1] == "Kota"
    if city_named:
        words = words[:-1]
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        found = find_regions(" ".join(words[-size:]))
        level = _trigger_levels().get(words[-size - 1].lower(), "")
        wanted = [r for r in found if (r.level == "province") == (level == "province")] if level else found
        if wanted:
            region = min(wanted, key=lambda r: _level_preference(r.level, "city" if city_named else level))
            return {"name": region.name, "level": region.level, "province": region.province, "code": region.code}
    return None


def _level_preference(level: str, trigger_level: str) -> int:
    """Rank of a region of ``level`` for a name both a regency and a city carry ("Sukabumi"): a city for "Pemkot",
    "Polrestabes" or "... Kota"; else the regency, as "Polres X" and "Pemkab X" mean Kabupaten X (0 comes first)."""
    if trigger_level == "city":
        return {"city": 0, "regency": 1}.get(level, 2)
    return {"regency": 0, "city": 1}.get(level, 2)


def _statistic(article: dict[str, Any], record: dict[str, Any], counts: list[dict[str, Any]]) -> dict[str, Any]:
    text = article.get("text") or ""
    evidence = counts[0].get("evidence")
    sentence = sentence_of(text, evidence)
    figures: dict[str, int] = {}
    for count in counts:
        figures.setdefault(count["role"], count["value"])
    published = parse_day(article.get("published"))
    agency = _agency_in(record, evidence)
    key = f"{article['id']}:{(evidence or {}).get('start')}"
    return {
        "id": "stat-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
        "article_id": str(article["id"]),
        "url": article.get("url") or article.get("canonical_url"),
        "outlet": article.get("source"),
        "published": published.isoformat() if published else None,
        "agency": agency,
        "region": agency_region(agency) or choose_place([located(article, record)], CLAIM_ROLES_IN_ORDER),
        "period": period_of(sentence, published),
        "figures": figures,
        "sentence": redact_victims(sentence),
    }


def _usable(count: dict[str, Any]) -> bool:
    value = count.get("value")
    return (count.get("about_tppo", True) and not count.get("scope") and isinstance(value, int) and value > 0
            and count.get("role") in STATISTIC_ROLES)


def statistics_of(article: dict[str, Any], record: dict[str, Any]) -> list[dict[str, Any]]:
    """The statistics an article states: its whole record when it is a statistics article, else one per
    period-total sentence of a relevant article."""
    if not record.get("relevant"):
        return []
    text = article.get("text") or ""
    counts = [count for count in record.get("counts") or [] if _usable(count)]
    if is_statistics_record(record, article):
        return [_statistic(article, record, counts)] if counts else []
    suspects = suspect_initials(text)
    by_sentence: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for count in counts:
        evidence = count.get("evidence") or {}
        if is_period_sentence(sentence_of(text, evidence), suspects):
            by_sentence.setdefault((evidence.get("start", 0), evidence.get("end", 0)), []).append(count)
    return [_statistic(article, record, group) for _, group in sorted(by_sentence.items())]
