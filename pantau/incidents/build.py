"""An incident dict (the contract's format, see docs/contract.md) from a group of reports of one event."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pantau.incidents.figures import merge_figures
from pantau.incidents.places import choose_place, merged_locations
from pantau.incidents.reports import Report
from pantau.privacy import redact_victims

ID_PREFIX = "inc-"


def incident_id(anchor: Report) -> str:
    """The id an incident takes from its anchor, its earliest report: the same whatever order reports arrive in."""
    return ID_PREFIX + hashlib.sha1(anchor.article_id.encode("utf-8")).hexdigest()[:12]


def revision_of(incident: dict[str, Any]) -> str:
    """A short hash of what the incident says (figures, place, locations, reports); changes when it changes."""
    keys = ("event_date", "place", "locations", "figures", "modus", "agencies", "destinations", "reports")
    payload = json.dumps({key: incident.get(key) for key in keys}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:10]


def build_incident(group: list[Report]) -> dict[str, Any]:
    """The incident of a group of reports (earliest first)."""
    per_report_locations = [report.locations for report in group]
    published = [report.published for report in group if report.published]
    event_dates = [report.event_date for report in group if report.event_date]
    incident: dict[str, Any] = {
        "id": incident_id(group[0]),
        "revision": "",
        "event_date": min(event_dates).isoformat() if event_dates else None,
        "first_reported": min(published).isoformat() if published else None,
        "event_type": "incident",
        "place": choose_place(per_report_locations),
        "locations": merged_locations(per_report_locations),
        "figures": merge_figures(group),
        "modus": sorted({label for report in group for label in report.modus}),
        # one name per body: the canonical form ("Kementerian Sosial" for "Kemensos") where extraction gives one
        "agencies": list(dict.fromkeys(
            a.get("canonical") or a["name"] for report in group for a in report.record.get("agencies") or []
            if a.get("name"))),
        "destinations": list(dict.fromkeys(
            d for report in group for d in report.record.get("destinations") or [])),
        "suspect_initials": sorted({initials for report in group for initials in report.initials}),
        "reports": [
            {
                "article_id": report.article_id,
                "url": report.article.get("url") or report.article.get("canonical_url"),
                "title": redact_victims(report.article.get("title") or "") or None,
                "outlet": report.article.get("source"),
                "published": report.published.isoformat() if report.published else None,
            }
            for report in group
        ],
        "merged_ids": [],
        "region_reason": None,
    }
    incident["revision"] = revision_of(incident)
    return incident
