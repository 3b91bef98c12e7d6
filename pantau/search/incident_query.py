"""Queries over the incidents index: incidents (search, facets, one by id, exports) and statistics.

Region filters follow :func:`pantau.incidents.list_incidents`: an incident is listed for a region when it happened
there or its victims come from there, and each hit then says which (``region_reason``: ``event`` or
``victims_origin``).
"""

from __future__ import annotations

from typing import Any

from elasticsearch import Elasticsearch, NotFoundError

from pantau.config import Settings, load_settings
from pantau.search.display import highlights
from pantau.search.filters import Filters, bool_query, date_range
from pantau.search.incident_index import KIND
from pantau.search.indexer import names_for
from pantau.search.query import (
    DATE_ORDER,
    FACET_SIZE,
    NO_PROVINCE,
    Scan,
    highlight_body,
    open_scan,
    page_body,
    page_response,
)

INCIDENT_FACETS = ("province", "modus", "month", "outlet", "agency")
SERVED_SOURCE = ["body", "event_codes"]


def _facet_aggs() -> dict[str, Any]:
    return {
        "province": {"terms": {"field": "province", "size": FACET_SIZE, "missing": NO_PROVINCE}},
        "modus": {"terms": {"field": "modus", "size": FACET_SIZE}},
        "month": {"terms": {"field": "month", "size": 240, "order": {"_key": "desc"}}},
        "outlet": {"terms": {"field": "outlets", "size": FACET_SIZE}},
        "agency": {"terms": {"field": "agencies", "size": FACET_SIZE}},
    }


def kind_query(filters: Filters, kind: str) -> dict[str, Any]:
    """The query over incidents (``kind="incident"``) or statistics (``"statistic"``) for validated filters."""
    conditions: list[dict[str, Any]] = [{"term": {"kind": kind}}]
    regions = filters.region_codes
    if regions:
        places = [{"terms": {"event_codes": regions}}]
        if kind == "incident":
            places.append({"terms": {"origin_codes": regions}})
        conditions.append({"bool": {"should": places, "minimum_should_match": 1}})
    if filters.modus:
        conditions.append({"terms": {"modus": filters.modus}})
    return bool_query(filters, conditions + date_range(filters))


def region_reason(event_codes: list[str], regions: list[str]) -> str | None:
    """Why an incident is listed for the regions asked for (None when no region was asked for)."""
    if not regions:
        return None
    return "event" if set(event_codes) & set(regions) else "victims_origin"


def _presenter(filters: Filters, with_highlights: bool) -> Any:
    regions = filters.region_codes

    def present(hit: dict[str, Any]) -> dict[str, Any]:
        source = hit["_source"]
        item = dict(source["body"])
        item["region_reason"] = region_reason(source.get("event_codes") or [], regions)
        if with_highlights:
            item["highlight"] = highlights(hit)
        return item

    return present


def _search(client: Elasticsearch, settings: Settings, filters: Filters, kind: str, size: int, after: str | None,
            facets: bool) -> dict[str, Any]:
    sort = ([{"_score": "desc"}] + DATE_ORDER) if filters.q else DATE_ORDER
    body, served = page_body(kind_query(filters, kind), sort, size, after)
    body["_source"] = SERVED_SOURCE
    if facets:
        body["aggs"] = _facet_aggs()
    if filters.q:
        body["highlight"] = highlight_body(filters.q, {"title": {"number_of_fragments": 0},
                                                       "text": {"fragment_size": 160, "number_of_fragments": 2}})
    response = client.search(index=names_for(settings, KIND).read_alias, **body)
    return page_response(response, size, served, _presenter(filters, with_highlights=True),
                         INCIDENT_FACETS if facets else ())


def search_incidents(client: Elasticsearch, filters: Filters, settings: Settings | None = None, *, size: int = 20,
                     after: str | None = None, facets: bool = True) -> dict[str, Any]:
    """Incidents matching the filters, earliest event last: ``{"total", "hits", "next", "facets"}``."""
    return _search(client, settings or load_settings(), filters, "incident", size, after, facets)


def search_statistics(client: Elasticsearch, filters: Filters, settings: Settings | None = None, *, size: int = 20,
                      after: str | None = None) -> dict[str, Any]:
    """Statistics (agencies' running totals, never incidents) matching the filters: ``{"total", "hits", "next"}``."""
    result = _search(client, settings or load_settings(), filters, "statistic", size, after, facets=False)
    for hit in result["hits"]:
        hit.pop("region_reason", None)
    return result


def get_incident(client: Elasticsearch, incident_id: str, settings: Settings | None = None) -> dict[str, Any] | None:
    """One incident by id, also by an id merged into it (the surviving incident is returned); None otherwise."""
    settings = settings or load_settings()
    index = names_for(settings, KIND).read_alias
    try:
        source = client.get(index=index, id=incident_id, source=["kind", "body"])["_source"]
        if source.get("kind") == "incident":
            return source["body"]
    except NotFoundError:
        pass
    hits = client.search(index=index, size=1, source=["body"], query={"bool": {"filter": [
        {"term": {"kind": "incident"}}, {"term": {"merged_ids": incident_id}}]}})["hits"]["hits"]
    return hits[0]["_source"]["body"] if hits else None


def scan_incidents(client: Elasticsearch, filters: Filters, settings: Settings | None = None) -> Scan:
    """Every matching incident (with ``region_reason`` when a region was asked for), newest first."""
    settings = settings or load_settings()
    return open_scan(client, names_for(settings, KIND).read_alias, kind_query(filters, "incident"),
                     _presenter(filters, with_highlights=False), SERVED_SOURCE)


def count_incidents(client: Elasticsearch, settings: Settings | None = None) -> int | None:
    """How many incidents the index holds (None when there is no incidents index yet)."""
    settings = settings or load_settings()
    try:
        return int(client.count(index=names_for(settings, KIND).read_alias, query={"term": {"kind": "incident"}})
                   ["count"])
    except NotFoundError:
        return None
