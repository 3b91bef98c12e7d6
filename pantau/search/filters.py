"""Search filters: validated from raw strings (API, command line) and turned into Elasticsearch clauses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pantau.errors import InputError
from pantau.search.syntax import parse_query, text_clauses

MODUS_LABELS = (
    "migrant_worker", "domestic_worker", "sexual_exploitation", "child_exploitation", "ship_crew", "forced_marriage",
    "online_scam", "organ_trafficking", "baby_selling", "student_internship", "forced_labor",
)
EVENT_TYPES = ("incident", "statistics", "coordination", "prevention", "other")
AGENCY_TYPES = (
    "police", "women_child_protection_office", "ministry", "migrant_worker_agency", "immigration", "prosecutor",
    "court", "local_government", "task_force", "ngo", "international", "other",
)


@dataclass
class Filters:
    """Validated search filters (lists are ORed within a filter; filters are ANDed)."""

    q: str | None = None
    province: list[str] = field(default_factory=list)
    regency: list[str] = field(default_factory=list)
    modus: list[str] = field(default_factory=list)
    event_type: list[str] = field(default_factory=list)
    agency_type: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    relevant: bool | None = True

    @property
    def region_codes(self) -> list[str]:
        """The Kemendagri codes of every province and regency/city asked for."""
        return [*self.province, *self.regency]


def _as_list(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    if value is None:
        return []
    values = [value] if isinstance(value, str) else list(value)
    out: list[str] = []
    for item in values:
        out += [part.strip() for part in str(item).split(",") if part.strip()]
    return out


def _check_labels(name: str, values: list[str], allowed: tuple[str, ...]) -> list[str]:
    for value in values:
        if value not in allowed:
            raise InputError(f"unknown {name} {value!r}; use one of: {', '.join(allowed)}")
    return values


def parse_date(name: str, value: str | date | None) -> date | None:
    """A YYYY-MM-DD date (None when empty); raises InputError."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name} must be a date as YYYY-MM-DD, got {value!r}") from None


def _parse_relevant(value: str | bool | None) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    lowered = value.strip().lower()
    if lowered in ("true", "1", "yes", ""):
        return True
    if lowered in ("false", "0", "no"):
        return False
    if lowered in ("all", "any"):
        return None
    raise InputError(f"relevant must be true, false or all, got {value!r}")


def region_codes(name: str, values: list[str], levels: tuple[str, ...]) -> list[str]:
    """Kemendagri codes of region names, aliases or codes; raises InputError for unknown ones or a wrong level."""
    from nlp.regions import find_region

    codes = []
    for value in values:
        region = find_region(value)
        if region is None:
            raise InputError(f"unknown {name} {value!r}: give a name (e.g. 'Jawa Barat') or a Kemendagri code")
        if region.level not in levels:
            raise InputError(f"{value!r} is a {region.level} ({region.name}), not a {name}")
        codes.append(region.code)
    return codes


def make_filters(
    q: str | None = None,
    province: str | list[str] | None = None,
    regency: str | list[str] | None = None,
    modus: str | list[str] | None = None,
    event_type: str | list[str] | None = None,
    agency_type: str | list[str] | None = None,
    date_from: str | date | None = None,
    date_to: str | date | None = None,
    relevant: str | bool | None = True,
) -> Filters:
    """Validate raw filter values (strings from the API or the command line); raises InputError."""
    filters = Filters(
        q=(q or "").strip() or None,
        province=region_codes("province", _as_list(province), ("province",)),
        regency=region_codes("regency", _as_list(regency), ("regency", "city")),
        modus=_check_labels("modus", _as_list(modus), MODUS_LABELS),
        event_type=_check_labels("event_type", _as_list(event_type), EVENT_TYPES),
        agency_type=_check_labels("agency_type", _as_list(agency_type), AGENCY_TYPES),
        date_from=parse_date("date_from", date_from),
        date_to=parse_date("date_to", date_to),
        relevant=_parse_relevant(relevant),
    )
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise InputError("date_from is after date_to")
    if filters.q:
        parse_query(filters.q)
    return filters


def date_range(filters: Filters, field_name: str = "date") -> list[dict[str, Any]]:
    """The date bounds of the filters as a range clause (none when unbounded)."""
    bounds = {}
    if filters.date_from:
        bounds["gte"] = filters.date_from.isoformat()
    if filters.date_to:
        bounds["lte"] = filters.date_to.isoformat()
    return [{"range": {field_name: bounds}}] if bounds else []


def bool_query(filters: Filters, conditions: list[dict[str, Any]]) -> dict[str, Any]:
    """A bool query of the text query's clauses and the given filter ``conditions``."""
    must, must_not = text_clauses(filters.q) if filters.q else ([], [])
    query: dict[str, Any] = {"bool": {"filter": conditions}}
    if must:
        query["bool"]["must"] = must
    if must_not:
        query["bool"]["must_not"] = must_not
    return query


def records_query(filters: Filters) -> dict[str, Any]:
    """The Elasticsearch query over article records for validated filters."""
    conditions: list[dict[str, Any]] = []
    if filters.relevant is not None:
        conditions.append({"term": {"relevant": filters.relevant}})
    for field_name, values in (("province_code", filters.province), ("location_codes", filters.regency),
                               ("modus", filters.modus), ("event_type", filters.event_type),
                               ("agency_types", filters.agency_type)):
        if values:
            conditions.append({"terms": {field_name: values}})
    return bool_query(filters, conditions + date_range(filters))
