"""Reading incidents and statistics: by region (where it happened, or where the victims come from) and period.

Every read first brings the stored incidents up to date (``update_incidents``: two small queries when nothing is
new), so that every reader sees the same incidents as the digests do.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pantau.incidents.places import code_in_region, region_reason
from pantau.incidents.storage import incident_day, load_incident, load_incidents, load_statistics, resolve_id
from pantau.incidents.update import update_incidents
from pantau.store import Store


def region_code(region: str) -> str:
    """A Kemendagri code from a code or a name the region resolver accepts; InputError when unknown."""
    from pantau.digest.build import resolve_region

    return resolve_region(region).code


def in_period(day: str | None, date_from: date | None, date_to: date | None) -> bool:
    """Whether an ISO day lies in [date_from, date_to] (open ends allowed; an unknown day only without bounds)."""
    if date_from is None and date_to is None:
        return True
    if not day:
        return False
    parsed = date.fromisoformat(day[:10])
    return (date_from is None or parsed >= date_from) and (date_to is None or parsed <= date_to)


def list_incidents(store: Store, region: str | None = None, date_from: date | None = None,
                   date_to: date | None = None) -> list[dict[str, Any]]:
    """Incidents earliest first; with a region, those that happened there or whose victims come from there,
    each with its ``region_reason``."""
    code = region_code(region) if region else None
    update_incidents(store)
    out = []
    days = (date_from.isoformat() if date_from else None, date_to.isoformat() if date_to else None)
    for incident in load_incidents(store, *days):
        if not in_period(incident_day(incident), date_from, date_to):
            continue
        if code is not None:
            reason = region_reason(incident, code)
            if reason is None:
                continue
            incident["region_reason"] = reason
        out.append(incident)
    return out


def get_incident(store: Store, incident_id: str) -> dict[str, Any] | None:
    """The incident with this id, or the one it was merged into; None when unknown."""
    update_incidents(store)
    resolved = resolve_id(store, incident_id)
    return load_incident(store, resolved) if resolved is not None else None


def list_statistics(store: Store, region: str | None = None, date_from: date | None = None,
                    date_to: date | None = None) -> list[dict[str, Any]]:
    """Statistics earliest first; with a region, those about a place in it."""
    code = region_code(region) if region else None
    update_incidents(store)
    return [
        stat for stat in load_statistics(store)
        if in_period(stat.get("published"), date_from, date_to)
        and (code is None or code_in_region((stat.get("region") or {}).get("code"), code))
    ]
