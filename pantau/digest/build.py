"""What a digest says, computed from the store (the source of truth), before any rendering."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from pantau.digest.view import DigestIncident, digest_incident
from pantau.errors import InputError
from pantau.incidents import (
    aggregate,
    aggregate_by_province,
    list_incidents,
    list_statistics,
    parse_day,
    update_incidents,
)
from pantau.incidents.places import code_in_region
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
    """Totals from ``pantau.incidents.aggregate``, the one aggregation every Pantau figure comes from."""

    incidents: int = 0
    victims: int = 0
    suspects: int = 0
    victims_origin_incidents: int = 0

    @classmethod
    def of(cls, incidents: list[DigestIncident], region_code: str | None = None) -> Totals:
        """Totals of the incidents that happened in the region (all of them without one)."""
        totals = aggregate([incident.data for incident in incidents], region_code)
        return cls(totals["incidents"], totals["victims"], totals["suspects"], totals["victims_origin_incidents"])


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
    incidents: list[DigestIncident]
    totals: Totals
    previous: Totals
    other_reports: list[OtherReport]
    statistics: list[dict[str, Any]]  # agencies' period totals about the region: claims, never summed
    national: Totals
    national_previous: Totals
    national_top: list[tuple[str, int]]
    modus_breakdown: list[tuple[str, int]]  # label -> incidents, this period, in the region
    national_modus_breakdown: list[tuple[str, int]]
    weekly_trend: list[tuple[date, int]]  # week start -> incidents in the region
    articles_used: int = 0
    articles_in_period: int = 0  # articles published in the period, whatever they are about
    relevant_in_period: int = 0  # of which extracted as about trafficking
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


def load_incidents(store: Store, since: date, until: date) -> list[DigestIncident]:
    """The stored incidents (brought up to date first) that count under a day between the two dates."""
    update_incidents(store)
    return [digest_incident(incident) for incident in list_incidents(store, date_from=since, date_to=until)]


def _between(incident: DigestIncident, start: date, end: date) -> bool:
    return incident.date is not None and start <= incident.date <= end


def _breakdown(incidents: list[DigestIncident]) -> list[tuple[str, int]]:
    counter = Counter(label for incident in incidents for label in (incident.modus or ["unknown"]))
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))


def _other_reports(
    store: Store, region: DigestRegion, date_from: date, date_to: date
) -> tuple[list[OtherReport], int, int]:
    """(statistics, coordination and prevention news about the region, articles in the period, relevant ones)."""
    reports, in_period, relevant = [], 0, 0
    for article, record in store.iter_records():
        day = _day_of(article, record)
        if day is None or not date_from <= day <= date_to:
            continue
        in_period += 1
        relevant += bool(record.get("relevant"))
        if not record.get("relevant") or record.get("event_type") not in OTHER_EVENT_TYPES:
            continue
        codes = [str(loc.get("code")) for loc in record.get("locations") or [] if loc.get("code")]
        if not any(code_in_region(code, region.code) for code in codes):
            continue
        places = [loc["name"] for loc in record.get("locations") or [] if loc.get("level") in ("regency", "city")]
        reports.append(
            OtherReport(
                event_type=record["event_type"],
                day=day,
                title=redact_victims(article.get("title") or ""),
                url=article.get("url") or article.get("canonical_url"),
                outlet=article.get("source"),
                place=", ".join(dict.fromkeys(places)) or region.name,
            )
        )
    reports.sort(key=lambda report: ((report.day or date.min).isoformat(), report.title))
    return reports, in_period, relevant


def build_digest(store: Store, region: DigestRegion, date_from: date, date_to: date) -> Digest:
    """Everything a digest for ``region`` over [date_from, date_to] shows, read from the stored incidents."""
    length = (date_to - date_from).days + 1
    previous_from, previous_to = date_from - timedelta(days=length), date_from - timedelta(days=1)
    trend_from = date_to - timedelta(days=7 * TREND_WEEKS - 1)
    incidents = load_incidents(store, min(previous_from, trend_from), date_to)

    regional = [digest_incident(i.data, region.code) for i in incidents]
    regional = [incident for incident in regional if incident.reason is not None]
    shown = [incident for incident in regional if _between(incident, date_from, date_to)]
    shown.sort(key=lambda incident: (incident.reason != "event", (incident.date or date.max).isoformat(), incident.id))
    previous = [incident for incident in regional if _between(incident, previous_from, previous_to)]
    happened = [incident for incident in regional if incident.reason == "event"]
    national = [incident for incident in incidents if _between(incident, date_from, date_to)]
    national_previous = [incident for incident in incidents if _between(incident, previous_from, previous_to)]

    by_province = aggregate_by_province([incident.data for incident in national])
    top = sorted(((name, totals["incidents"]) for name, totals in by_province.items()),
                 key=lambda item: (-item[1], item[0]))[:NATIONAL_TOP_PROVINCES]

    trend = []
    for week in range(TREND_WEEKS):
        start = trend_from + timedelta(days=7 * week)
        trend.append((start, sum(_between(i, start, start + timedelta(days=6)) for i in happened)))

    other_reports, in_period, relevant = _other_reports(store, region, date_from, date_to)
    return Digest(
        region=region,
        date_from=date_from,
        date_to=date_to,
        incidents=shown,
        totals=Totals.of(shown, region.code),
        previous=Totals.of(previous, region.code),
        other_reports=other_reports,
        statistics=list_statistics(store, region.code, date_from, date_to),
        national=Totals.of(national),
        national_previous=Totals.of(national_previous),
        national_top=top,
        modus_breakdown=_breakdown([incident for incident in shown if incident.reason == "event"]),
        national_modus_breakdown=_breakdown(national),
        weekly_trend=trend,
        articles_used=sum(len(incident.sources) for incident in shown) + len(other_reports),
        articles_in_period=in_period,
        relevant_in_period=relevant,
    )


def provinces_with_incidents(store: Store, date_from: date, date_to: date) -> list[DigestRegion]:
    """The provinces where an incident first reported in the period happened or its victims come from."""
    from nlp.regions import get_region
    from pantau.incidents.places import origin_codes

    incidents = load_incidents(store, date_from, date_to)
    codes: set[str] = set()
    for incident in incidents:
        if _between(incident, date_from, date_to):
            place_code = (incident.data.get("place") or {}).get("code")
            codes.update(code.split(".")[0] for code in [place_code, *origin_codes(incident.data["locations"])]
                         if code)
    regions = []
    for code in sorted(codes):
        region = get_region(code)
        if region is not None:
            regions.append(DigestRegion(region.code, region.name, region.level, region.province))
    return regions
