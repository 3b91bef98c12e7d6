"""Query execution over the article records index: search pages with facets, single records, exports.

The query syntax lives in :mod:`pantau.search.syntax`, filters in :mod:`pantau.search.filters`, paging cursors in
:mod:`pantau.search.cursors`; incidents and statistics are queried by :mod:`pantau.search.incident_query`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from elasticsearch import Elasticsearch, NotFoundError

from pantau.config import Settings, load_settings
from pantau.errors import InputError
from pantau.search.cursors import decode_cursor, encode_cursor
from pantau.search.display import HIGHLIGHT_END, HIGHLIGHT_START, highlights, present_record, redact
from pantau.search.filters import Filters, make_filters, records_query
from pantau.search.indexer import names_for
from pantau.search.syntax import highlight_query

MAX_PAGE_SIZE = 100
MAX_PAGING_DEPTH = 10_000
EXPORT_PAGE_SIZE = 500
FACET_SIZE = 50
NO_PROVINCE = "unknown"
HIT_SOURCE_EXCLUDES = ["text", "text_stemmed", "title_stemmed", "evidence_text"]
DATE_ORDER = [{"date": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]


def check_page(size: int, after: str | None) -> tuple[list[Any] | None, int]:
    """The search_after values and hits served of a page request; raises InputError for bad size or depth."""
    if not isinstance(size, int) or not 1 <= size <= MAX_PAGE_SIZE:
        raise InputError(f"size must be between 1 and {MAX_PAGE_SIZE}")
    search_after, served = decode_cursor(after) if after else (None, 0)
    if served + size > MAX_PAGING_DEPTH:
        raise InputError(f"paging deeper than {MAX_PAGING_DEPTH} results is not supported: narrow the filters, "
                         "or use /api/export for everything")
    return search_after, served


def highlight_body(q: str, fields: dict[str, Any]) -> dict[str, Any]:
    return {"highlight_query": highlight_query(q), "pre_tags": [HIGHLIGHT_START], "post_tags": [HIGHLIGHT_END],
            "fields": fields}


def page_body(query: dict[str, Any], sort: list[dict[str, Any]], size: int, after: str | None
              ) -> tuple[dict[str, Any], int]:
    """A search body for one page (sorted, with total hits), and how many hits earlier pages served."""
    search_after, served = check_page(size, after)
    body: dict[str, Any] = {"query": query, "size": size, "sort": sort, "track_total_hits": True}
    if search_after:
        body["search_after"] = search_after
    return body, served


def page_response(response: Any, size: int, served: int, present: Callable[[dict[str, Any]], dict[str, Any]],
                  facet_names: tuple[str, ...] = ()) -> dict[str, Any]:
    """``{"total", "hits", "next"[, "facets"]}`` from an Elasticsearch search response."""
    hits = response["hits"]["hits"]
    total = response["hits"]["total"]["value"]
    served_now = served + len(hits)
    more = len(hits) == size and served_now < total
    out: dict[str, Any] = {
        "total": total,
        "hits": [present(hit) for hit in hits],
        "next": encode_cursor(hits[-1]["sort"], served_now) if more and hits else None,
    }
    aggs = response.get("aggregations")
    if aggs is not None and facet_names:
        out["facets"] = {name: [{"key": b["key"], "count": b["doc_count"]}
                                for b in aggs.get(name, {}).get("buckets", [])] for name in facet_names}
    return out


# Records -------------------------------------------------------------------------------------------------------

def _record_facets() -> dict[str, Any]:
    return {
        "province": {"terms": {"field": "province", "size": FACET_SIZE, "missing": NO_PROVINCE}},
        "modus": {"terms": {"field": "modus", "size": FACET_SIZE}},
        "event_type": {"terms": {"field": "event_type", "size": FACET_SIZE}},
        "agency_type": {"terms": {"field": "agency_types", "size": FACET_SIZE}},
        "month": {"terms": {"field": "month", "size": 240, "order": {"_key": "desc"}}},
    }


RECORD_FACETS = tuple(_record_facets())


def search_body(filters: Filters, *, size: int = 20, after: str | None = None, facets: bool = True
                ) -> tuple[dict[str, Any], int]:
    """The Elasticsearch search body over records for validated filters, and how many hits earlier pages served."""
    sort = ([{"_score": "desc"}] + DATE_ORDER) if filters.q else DATE_ORDER
    body, served = page_body(records_query(filters), sort, size, after)
    body["_source"] = {"excludes": HIT_SOURCE_EXCLUDES}
    if facets:
        body["aggs"] = _record_facets()
    if filters.q:
        body["highlight"] = highlight_body(filters.q, {
            "title": {"number_of_fragments": 0}, "text": {"fragment_size": 160, "number_of_fragments": 2},
            "evidence_text": {"fragment_size": 200, "number_of_fragments": 2}})
    return body, served


def _present_record_hit(hit: dict[str, Any]) -> dict[str, Any]:
    return {**present_record(hit["_source"]), "highlight": highlights(hit)}


def search_response(response: Any, size: int, served: int) -> dict[str, Any]:
    """The API's record search response from an Elasticsearch search response."""
    return page_response(response, size, served, _present_record_hit, RECORD_FACETS)


def search_records(
    client: Elasticsearch,
    settings: Settings | None = None,
    *,
    size: int = 20,
    after: str | None = None,
    facets: bool = True,
    filters: Filters | None = None,
    **raw_filters: Any,
) -> dict[str, Any]:
    """Search records: ``{"total", "hits", "facets", "next"}`` (the API's search response).

    Give validated ``filters``, or raw filter values (``q``, ``province``, ``modus``...) to validate here.
    """
    settings = settings or load_settings()
    filters = filters or make_filters(**raw_filters)
    body, served = search_body(filters, size=size, after=after, facets=facets)
    response = client.search(index=names_for(settings).read_alias, **body)
    return search_response(response, size, served)


def get_record(client: Elasticsearch, record_id: str, settings: Settings | None = None) -> dict[str, Any] | None:
    """One record with its article fields and evidence sentences, or None."""
    settings = settings or load_settings()
    try:
        response = client.get(index=names_for(settings).read_alias, id=record_id,
                              source_excludes=["text_stemmed", "title_stemmed", "text"])
    except NotFoundError:
        return None
    item = present_record(response["_source"])
    item["evidence"] = [redact(s) for s in response["_source"].get("evidence_text") or []]
    return item


# Exports -------------------------------------------------------------------------------------------------------

@dataclass
class Scan:
    """Every hit of a query, page by page: ``total`` is known once the first page is in hand."""

    total: int
    documents: Iterator[dict[str, Any]]


def open_scan(client: Elasticsearch, index: str, query: dict[str, Any], present: Callable[[dict[str, Any]], Any],
              source: Any = None, page_size: int | None = None) -> Scan:
    """Fetch the first page now, so a dead backend fails here (before a response starts); the rest while iterating.

    Pages follow ``search_after`` in date order (no point in time: both osmem and clusters support it).
    """
    page_size = page_size or EXPORT_PAGE_SIZE

    def fetch(after: list[Any] | None) -> dict[str, Any]:
        body: dict[str, Any] = {"query": query, "size": page_size, "sort": DATE_ORDER, "track_total_hits": True}
        if source is not None:
            body["_source"] = source
        if after:
            body["search_after"] = after
        return client.search(index=index, **body)["hits"]

    first = fetch(None)

    def documents() -> Iterator[dict[str, Any]]:
        page = first
        while True:
            hits = page["hits"]
            for hit in hits:
                yield present(hit)
            if len(hits) < page_size:
                return
            page = fetch(hits[-1]["sort"])

    return Scan(total=int(first["total"]["value"]), documents=documents())


def scan_records(client: Elasticsearch, filters: Filters, settings: Settings | None = None) -> Scan:
    """Every matching record as shown by the API, newest first."""
    settings = settings or load_settings()
    return open_scan(client, names_for(settings).read_alias, records_query(filters),
                     lambda hit: present_record(hit["_source"]), {"excludes": HIT_SOURCE_EXCLUDES})
