"""Incidents as a digest shows them: stored incident dicts turned into what the templates read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pantau.incidents import figure_value
from pantau.incidents.places import origin_codes
from pantau.incidents.reports import parse_day


@dataclass(frozen=True)
class Source:
    """One article reporting an incident."""

    article_id: str
    url: str | None
    title: str | None
    outlet: str | None
    published: date | None


@dataclass(frozen=True)
class DigestIncident:
    """One incident in a digest: where it happened, why it is in this region's digest, figures with their rule."""

    id: str
    place: str
    province: str
    first_reported: date | None
    event_date: date | None
    reason: str | None  # "event" | "victims_origin"
    origin_places: list[str]
    figures: dict[str, dict[str, Any]]
    modus: list[str]
    agencies: list[str]
    destinations: list[str]
    key_sentence: str
    sources: list[Source]
    data: dict[str, Any]

    @property
    def victims(self) -> int:
        return figure_value(self.data, "victims")

    @property
    def suspects(self) -> int:
        return figure_value(self.data, "suspects")

    @property
    def date(self) -> date | None:
        return self.first_reported or self.event_date


def _key_sentence(incident: dict[str, Any]) -> str:
    """The sentence behind the victims figure (else suspects, else any figure), victims already masked."""
    figures = incident.get("figures") or {}
    for role in ("victims", "victims_rescued", "suspects", *figures):
        for report in (figures.get(role) or {}).get("reports") or []:
            if report.get("sentence"):
                return report["sentence"]
    reports = incident.get("reports") or []
    return (reports[0].get("title") or "") if reports else ""


def _origin_places(incident: dict[str, Any], region_code: str | None) -> list[str]:
    from pantau.incidents.places import code_in_region

    codes = origin_codes(incident.get("locations") or [])
    return [
        loc["name"] for loc in incident.get("locations") or []
        if loc.get("code") in codes and (region_code is None or code_in_region(loc["code"], region_code))
    ]


def digest_incident(incident: dict[str, Any], region_code: str | None = None) -> DigestIncident:
    """The digest's view of a stored incident (listed for ``region_code``, when given)."""
    from pantau.incidents import region_reason

    place = incident.get("place") or {}
    return DigestIncident(
        id=incident["id"],
        place=place.get("name") or "",
        province=place.get("province") or "",
        first_reported=parse_day(incident.get("first_reported")),
        event_date=parse_day(incident.get("event_date")),
        reason=region_reason(incident, region_code) if region_code else None,
        origin_places=_origin_places(incident, region_code),
        figures=incident.get("figures") or {},
        modus=list(incident.get("modus") or []),
        agencies=list(incident.get("agencies") or []),
        destinations=list(incident.get("destinations") or []),
        key_sentence=_key_sentence(incident),
        sources=[
            Source(r["article_id"], r.get("url"), r.get("title"), r.get("outlet"), parse_day(r.get("published")))
            for r in incident.get("reports") or []
        ],
        data=incident,
    )
