"""Incidents: reports of one event, from several outlets or days, counted once.

A record says what one article reports. Several outlets report the same raid, and the same outlet follows it up
days later; counting articles would count the raid many times. Two reports belong to the same incident when they
are about the same place (a shared regency/city, or a shared province when one names no regency), their dates are
close, and enough of what they say matches: the suspects' initials ("berinisial AS"), the numbers of victims and
suspects, the agencies acting, the modus. Reports are linked pairwise and an incident is a connected group.

Only relevant records of event type ``incident`` are clustered; statistics, coordination and prevention
reports are not incidents (digests list them separately). Incident ids are deterministic: they derive from the
first report's article id, so the same store gives the same ids on every run.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pantau.privacy import redact_victims

MAX_DAYS_APART = 10  # reports of one event: the first report and its follow-ups
MIN_MATCH_SCORE = 2.0  # how much must match, beyond place and date, to link two reports
VICTIM_ROLES = ("victims_rescued", "victims")
VICTIM_PART_ROLES = ("victims_child", "victims_female", "victims_male")
SUSPECT_ROLES = ("suspects", "arrests")

_SUSPECT_INITIALS = re.compile(
    r"(?:tersangka|pelaku|terdakwa|DPO|mucikari|muncikari|perekrut|calo|ditangkap|menangkap|dibekuk|diringkus)"
    r"[^.!?\n]{0,80}?(?:(?:ber)?inisial|yakni|yaitu|masing-masing)\s+(?P<initials>[A-Z]{1,4}(?:\s*\(\d{1,2}\))?(?:\s*(?:,|dan)\s*[A-Z]{1,4}\b(?:\s*\(\d{1,2}\))?)*)"
    r"|(?:tersangka|pelaku|terdakwa|DPO)\s+(?P<bare>[A-Z]{2,4}\s*\(\d{2}\)(?:\s*(?:,|dan)\s*[A-Z]{2,4}\s*\(\d{2}\))*)",
    re.IGNORECASE,
)
_INITIALS_TOKEN = re.compile(r"\b[A-Z]{1,4}\b")


@dataclass(frozen=True)
class Source:
    """One article reporting an incident."""

    article_id: str
    url: str | None
    title: str | None
    outlet: str | None
    published: date | None


@dataclass
class Incident:
    """One event, with every report of it."""

    id: str
    first_reported: date | None  # the earliest publication date among its sources
    event_date: date | None  # the earliest event date its sources give
    region_codes: tuple[str, ...]  # Kemendagri codes of its provinces, regencies and cities
    place: str  # the most specific place most sources name, e.g. "Kabupaten Serdang Bedagai"
    province: str
    victims: int
    suspects: int
    counts: dict[str, int]  # role -> the largest value any source gives
    modus: list[str]
    agencies: list[str]
    destinations: list[str]
    suspect_initials: list[str]
    key_sentence: str  # with victims' names masked
    sources: list[Source] = field(default_factory=list)

    @property
    def date(self) -> date | None:
        """The date the incident counts under: when it was first reported, else its event date."""
        return self.first_reported or self.event_date

    def in_region(self, region_code: str) -> bool:
        """Whether the incident lies in a province (code "15") or a regency/city (code "15.71")."""
        return in_region(self.region_codes, region_code)


def in_region(codes: Iterable[str], region_code: str) -> bool:
    """Whether any of ``codes`` lies in ``region_code`` (a province contains its regencies and cities)."""
    if "." in region_code:
        return region_code in codes
    return any(code.split(".")[0] == region_code for code in codes)


def parse_day(value: str | None) -> date | None:
    """``2025-10-16`` or ``2025-10-16T09:30:00+07:00`` -> date; anything else -> None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def record_region_codes(record: dict[str, Any]) -> tuple[str, ...]:
    """The province, regency and city codes a record's locations carry."""
    codes = []
    for location in record.get("locations") or []:
        code = location.get("code")
        if code and location.get("level") in ("province", "regency", "city"):
            codes.append(str(code))
    return tuple(dict.fromkeys(codes))


def suspect_initials(text: str) -> set[str]:
    """Suspects' initials written in an article ("tersangka berinisial AS dan MR" -> {"AS", "MR"})."""
    found: set[str] = set()
    for match in _SUSPECT_INITIALS.finditer(text or ""):
        group = match.group("initials") or match.group("bare") or ""
        found.update(token for token in _INITIALS_TOKEN.findall(group) if token.upper() == token)
    return found


def headline_counts(record: dict[str, Any]) -> dict[str, int]:
    """Role -> the largest value among the record's counts about trafficking."""
    best: dict[str, int] = {}
    for count in record.get("counts") or []:
        if not count.get("about_tppo", True):
            continue
        role, value = count.get("role"), count.get("value")
        if isinstance(value, int) and role:
            best[role] = max(best.get(role, 0), value)
    return best


def victims_of(counts: dict[str, int]) -> int:
    """The number of victims: rescued or total, else the sum of a sex breakdown, else the largest group."""
    for role in VICTIM_ROLES:
        if counts.get(role):
            return counts[role]
    if counts.get("victims_female") and counts.get("victims_male"):
        return counts["victims_female"] + counts["victims_male"]
    return max((counts.get(role, 0) for role in VICTIM_PART_ROLES), default=0)


def suspects_of(counts: dict[str, int]) -> int:
    """The number of suspects (or of people arrested, when none is called a suspect)."""
    return next((counts[role] for role in SUSPECT_ROLES if counts.get(role)), 0)


@dataclass
class _Report:
    article: dict[str, Any]
    record: dict[str, Any]
    published: date | None
    event_date: date | None
    codes: tuple[str, ...]
    counts: dict[str, int]
    initials: set[str]
    agencies: set[str]
    modus: set[str]

    @property
    def day(self) -> date | None:
        return self.event_date or self.published

    @property
    def local_codes(self) -> set[str]:
        return {code for code in self.codes if "." in code}

    @property
    def provinces(self) -> set[str]:
        return {code.split(".")[0] for code in self.codes}

    @property
    def sort_key(self) -> tuple[str, str, str]:
        """Earliest report first: by day, then by the full publication time, then by article id."""
        day = (self.published or self.event_date or date.max).isoformat()
        return (day, str(self.article.get("published") or ""), str(self.article["id"]))


def _report(article: dict[str, Any], record: dict[str, Any]) -> _Report:
    return _Report(
        article=article,
        record=record,
        published=parse_day(article.get("published")),
        event_date=parse_day(record.get("event_date")),
        codes=record_region_codes(record),
        counts=headline_counts(record),
        initials=suspect_initials(article.get("text") or ""),
        agencies={" ".join(a["name"].lower().split()) for a in record.get("agencies") or [] if a.get("name")},
        modus=set(record.get("modus") or []),
    )


def _same_place(a: _Report, b: _Report) -> bool:
    if a.local_codes and b.local_codes:
        return bool(a.local_codes & b.local_codes)
    return bool(a.provinces & b.provinces)


def _candidate_pairs(reports: list[_Report]) -> Iterable[tuple[int, int]]:
    """Pairs (i < j) of reports in a common province whose days are at most MAX_DAYS_APART apart."""
    by_province: dict[str, list[int]] = {}
    for index, report in enumerate(reports):
        if report.day is not None:
            for province in report.provinces:
                by_province.setdefault(province, []).append(index)
    seen: set[tuple[int, int]] = set()
    for indices in by_province.values():
        indices.sort(key=lambda index: reports[index].day)
        for position, i in enumerate(indices):
            for j in indices[position + 1 :]:
                if (reports[j].day - reports[i].day).days > MAX_DAYS_APART:
                    break
                pair = (min(i, j), max(i, j))
                if pair not in seen:
                    seen.add(pair)
                    yield pair


def match_score(a: _Report, b: _Report) -> float:
    """How much two reports of the same place and time agree; 0 when they contradict each other."""
    if a.initials and b.initials and not a.initials & b.initials:
        return 0.0  # different suspects: different cases
    score = 2.0 * bool(a.initials & b.initials)
    victims_a, victims_b = victims_of(a.counts), victims_of(b.counts)
    if victims_a and victims_a == victims_b:
        score += 1.0 if victims_a > 1 else 0.5
    suspects_a, suspects_b = suspects_of(a.counts), suspects_of(b.counts)
    if suspects_a and suspects_a == suspects_b:
        score += 1.0 if suspects_a > 1 else 0.5
    if a.agencies & b.agencies:
        score += 1.0
    if a.modus & b.modus:
        score += 0.5
    return score


def is_incident_record(record: dict[str, Any]) -> bool:
    """A relevant record reporting a specific case (arrest, rescue, raid, trial, repatriation)."""
    return bool(record.get("relevant")) and record.get("event_type") == "incident"


def cluster_incidents(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> list[Incident]:
    """Group (article, record) pairs into incidents, earliest first; non-incident records are skipped."""
    reports = sorted(
        (_report(article, record) for article, record in pairs if is_incident_record(record)),
        key=lambda report: report.sort_key,
    )
    parent = list(range(len(reports)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidate_pairs(reports):
        a, b = reports[i], reports[j]
        if _same_place(a, b) and match_score(a, b) >= MIN_MATCH_SCORE:
            ri, rj = root(i), root(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[_Report]] = {}
    for i, report in enumerate(reports):
        groups.setdefault(root(i), []).append(report)
    incidents = [_merge(group) for _, group in sorted(groups.items())]
    return sorted(incidents, key=lambda incident: ((incident.date or date.max).isoformat(), incident.id))


def _merge(group: list[_Report]) -> Incident:
    first = group[0]
    counts: dict[str, int] = {}
    for report in group:
        for role, value in report.counts.items():
            counts[role] = max(counts.get(role, 0), value)
    codes = tuple(dict.fromkeys(code for report in group for code in report.codes))
    place, province = _place_names(group)
    published = [report.published for report in group if report.published]
    event_dates = [report.event_date for report in group if report.event_date]
    return Incident(
        id="inc-" + hashlib.sha1(str(first.article["id"]).encode("utf-8")).hexdigest()[:12],
        first_reported=min(published) if published else None,
        event_date=min(event_dates) if event_dates else None,
        region_codes=codes,
        place=place,
        province=province,
        victims=max(victims_of(report.counts) for report in group),
        suspects=max(suspects_of(report.counts) for report in group),
        counts=counts,
        modus=sorted({label for report in group for label in report.modus}),
        agencies=list(dict.fromkeys(a["name"] for r in group for a in r.record.get("agencies") or [] if a.get("name"))),
        destinations=list(dict.fromkeys(d for report in group for d in report.record.get("destinations") or [])),
        suspect_initials=sorted({initials for report in group for initials in report.initials}),
        key_sentence=_key_sentence(group),
        sources=[
            Source(
                article_id=str(report.article["id"]),
                url=report.article.get("url") or report.article.get("canonical_url"),
                title=redact_victims(report.article.get("title") or "") or None,
                outlet=report.article.get("source"),
                published=report.published,
            )
            for report in group
        ],
    )


def _place_names(group: list[_Report]) -> tuple[str, str]:
    """(the regency/city the sources name most, else the province; its province)."""
    locations = [loc for report in group for loc in report.record.get("locations") or [] if loc.get("name")]
    local = Counter(
        (loc["name"], loc.get("province") or "") for loc in locations if loc.get("level") in ("regency", "city")
    )
    if local:
        return local.most_common(1)[0][0]
    provinces = Counter(
        loc.get("province") or loc["name"] for loc in locations if loc.get("level") == "province"
    )
    if provinces:
        province = provinces.most_common(1)[0][0]
        return province, province
    return "", ""


def _key_sentence(group: list[_Report]) -> str:
    """The sentence behind the first report's victim (else suspect, else place) figure, victims masked."""
    for report in group:
        text = report.article.get("text") or ""
        candidates = [c for c in report.record.get("counts") or [] if c.get("about_tppo", True)]
        candidates.sort(key=lambda c: (c.get("role") not in VICTIM_ROLES, c.get("role") not in SUSPECT_ROLES))
        evidences = [c.get("evidence") for c in candidates]
        evidences += [loc.get("evidence") for loc in report.record.get("locations") or []]
        for evidence in evidences:
            if evidence and 0 <= evidence.get("start", -1) < evidence.get("end", -1) <= len(text):
                return redact_victims(" ".join(text[evidence["start"] : evidence["end"]].split()))
    return redact_victims(group[0].article.get("title") or "")
