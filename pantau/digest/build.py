"""What a digest says, computed from the store (the source of truth), before any rendering."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from pantau.errors import InputError
from pantau.incidents import Incident, cluster_incidents, in_region, is_incident_record, parse_day, record_region_codes
from pantau.privacy import redact_victims
from pantau.store import Store

TREND_WEEKS = 8
OTHER_EVENT_TYPES = ("statistics", "coordination", "prevention")
NATIONAL_TOP_PROVINCES = 5


@dataclass(frozen=True)
class DigestRegion:
    """The region a digest is for: a province (with its regencies and cities) or one regency/city."""

    code: str
    name: str
    level: str  # province | regency | city
    province: str


@dataclass(frozen=True)
class Totals:
    incidents: int = 0
    victims: int = 0
    suspects: int = 0

    @classmethod
    def of(cls, incidents: list[Incident]) -> Totals:
        """Totals that are, by construction, the sums over ``incidents``."""
        return cls(len(incidents), sum(i.victims for i in incidents), sum(i.suspects for i in incidents))


@dataclass(frozen=True)
class OtherReport:
    """A relevant article that is not an incident: statistics, coordination or prevention."""

    event_type: str
    day: date | None
    title: str
    url: str | None
    outlet: str | None
    place: str


@dataclass
class Digest:
    region: DigestRegion
    date_from: date
    date_to: date
    incidents: list[Incident]
    totals: Totals
    previous: Totals
    other_reports: list[OtherReport]
    national: Totals
    national_previous: Totals
    national_top: list[tuple[str, int]]
    modus_breakdown: list[tuple[str, int]]  # label -> incidents, this period, in the region
    national_modus_breakdown: list[tuple[str, int]]
    weekly_trend: list[tuple[date, int]]  # week start -> incidents in the region
    articles_used: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def resolve_region(name_or_code: str) -> DigestRegion:
    """A province, regency or city from a name, alias or Kemendagri code; InputError when unknown."""
    from nlp.regions import find_region

    region = find_region(name_or_code)
    if region is None:
        raise InputError(f"unknown region {name_or_code!r} (give a province, regency or city name, or its code)")
    return DigestRegion(region.code, region.name, region.level, region.province)


def parse_period(date_from: str | date, date_to: str | date) -> tuple[date, date]:
    """Two dates (YYYY-MM-DD) -> (from, to); InputError when malformed or reversed."""
    days = []
    for label, value in (("--from", date_from), ("--to", date_to)):
        if isinstance(value, date):
            days.append(value)
            continue
        try:
            days.append(date.fromisoformat(str(value)))
        except ValueError:
            raise InputError(f"{label} must be a date YYYY-MM-DD, got {value!r}") from None
    if days[1] < days[0]:
        raise InputError(f"--to ({days[1]}) is before --from ({days[0]})")
    return days[0], days[1]


def _day_of(article: dict[str, Any], record: dict[str, Any]) -> date | None:
    return parse_day(article.get("published")) or parse_day(record.get("event_date"))


def load_incidents(store: Store, since: date, until: date) -> tuple[list[Incident], list[tuple[dict, dict]]]:
    """(incidents, other relevant (article, record) pairs) reported between the two dates."""
    margin = timedelta(days=31)
    incident_pairs, others = [], []
    for article, record in store.iter_records():
        if not record.get("relevant"):
            continue
        day = _day_of(article, record)
        if day is None or not since - margin <= day <= until + margin:
            continue
        if is_incident_record(record):
            incident_pairs.append((article, record))
        elif record.get("event_type") in OTHER_EVENT_TYPES and since <= day <= until:
            others.append((article, record))
    return cluster_incidents(incident_pairs), others


def _between(incident: Incident, start: date, end: date) -> bool:
    return incident.date is not None and start <= incident.date <= end


def _breakdown(incidents: list[Incident]) -> list[tuple[str, int]]:
    counter = Counter(label for incident in incidents for label in (incident.modus or ["unknown"]))
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))


def build_digest(store: Store, region: DigestRegion, date_from: date, date_to: date) -> Digest:
    """Everything a digest for ``region`` over [date_from, date_to] shows, read from ``store``."""
    length = (date_to - date_from).days + 1
    previous_from, previous_to = date_from - timedelta(days=length), date_from - timedelta(days=1)
    trend_from = date_to - timedelta(days=7 * TREND_WEEKS - 1)
    incidents, others = load_incidents(store, min(previous_from, trend_from), date_to)

    regional = [incident for incident in incidents if incident.in_region(region.code)]
    shown = [incident for incident in regional if _between(incident, date_from, date_to)]
    previous = [incident for incident in regional if _between(incident, previous_from, previous_to)]
    national = [incident for incident in incidents if _between(incident, date_from, date_to)]
    national_previous = [incident for incident in incidents if _between(incident, previous_from, previous_to)]

    province_counts = Counter(incident.province for incident in national if incident.province)
    top = sorted(province_counts.items(), key=lambda item: (-item[1], item[0]))[:NATIONAL_TOP_PROVINCES]

    trend = []
    for week in range(TREND_WEEKS):
        start = trend_from + timedelta(days=7 * week)
        trend.append((start, sum(_between(i, start, start + timedelta(days=6)) for i in regional)))

    other_reports = []
    for article, record in others:
        if not any(in_region([code], region.code) for code in record_region_codes(record)):
            continue
        places = [loc["name"] for loc in record.get("locations") or [] if loc.get("level") in ("regency", "city")]
        other_reports.append(
            OtherReport(
                event_type=record["event_type"],
                day=_day_of(article, record),
                title=redact_victims(article.get("title") or ""),
                url=article.get("url") or article.get("canonical_url"),
                outlet=article.get("source"),
                place=", ".join(dict.fromkeys(places)) or region.name,
            )
        )
    other_reports.sort(key=lambda report: ((report.day or date.min).isoformat(), report.title))

    return Digest(
        region=region,
        date_from=date_from,
        date_to=date_to,
        incidents=shown,
        totals=Totals.of(shown),
        previous=Totals.of(previous),
        other_reports=other_reports,
        national=Totals.of(national),
        national_previous=Totals.of(national_previous),
        national_top=top,
        modus_breakdown=_breakdown(shown),
        national_modus_breakdown=_breakdown(national),
        weekly_trend=trend,
        articles_used=sum(len(incident.sources) for incident in shown) + len(other_reports),
    )


def provinces_with_incidents(store: Store, date_from: date, date_to: date) -> list[DigestRegion]:
    """The provinces with at least one incident first reported in the period."""
    from nlp.regions import get_region

    incidents, _ = load_incidents(store, date_from, date_to)
    recent = [incident for incident in incidents if _between(incident, date_from, date_to)]
    codes = sorted({code.split(".")[0] for incident in recent for code in incident.region_codes})
    regions = []
    for code in codes:
        region = get_region(code)
        if region is not None:
            regions.append(DigestRegion(region.code, region.name, region.level, region.province))
    return regions
