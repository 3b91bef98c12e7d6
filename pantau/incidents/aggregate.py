"""The one aggregation every figure comes from: API stats, the page's province table, exports, digests."""

from __future__ import annotations

from typing import Any

from pantau.incidents.figures import figure_value
from pantau.incidents.places import region_reason

SUMMED_ROLES = ("victims", "victims_rescued", "suspects", "victims_child", "victims_female", "victims_male")
UNKNOWN_PROVINCE = "unknown"


def empty_totals() -> dict[str, int]:
    return {"incidents": 0, **{role: 0 for role in SUMMED_ROLES}, "victims_origin_incidents": 0}


def _add(totals: dict[str, int], incident: dict[str, Any]) -> None:
    totals["incidents"] += 1
    for role in SUMMED_ROLES:
        totals[role] += figure_value(incident, role)


def aggregate(incidents: list[dict[str, Any]], region: str | None = None) -> dict[str, int]:
    """Totals over incidents. With a region (code or name), sums cover incidents that happened there; those
    listed only because their victims come from there are counted in ``victims_origin_incidents``."""
    from pantau.incidents.query import region_code

    code = region_code(region) if region else None
    totals = empty_totals()
    for incident in incidents:
        reason = "event" if code is None else region_reason(incident, code)
        if reason == "event":
            _add(totals, incident)
        elif reason == "victims_origin":
            totals["victims_origin_incidents"] += 1
    return totals


def aggregate_by_province(incidents: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Province name (where it happened; "unknown" when no place is known) -> totals; they add up to the
    national totals."""
    by_province: dict[str, dict[str, int]] = {}
    for incident in incidents:
        province = (incident.get("place") or {}).get("province") or UNKNOWN_PROVINCE
        _add(by_province.setdefault(province, empty_totals()), incident)
    return dict(sorted(by_province.items()))
