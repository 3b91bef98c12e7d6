"""Queries: the simple query syntax, filters, facets, cursors, single records, exports and statistics.

``q`` understands words, "quoted phrases", ``-exclusions`` (also ``-"phrases"``) and ``OR`` between two terms;
words next to each other must all match. Terms are matched by their Sastrawi stems in the stemmed title and text
(so "pulang" finds "dipulangkan"), each with its synonyms from ``index_config/synonyms.txt``; highlights show the
words as written. Bad input raises :class:`pantau.errors.InputError` with a message
meant for the user.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from elasticsearch import Elasticsearch, NotFoundError

from pantau.config import Settings, load_settings
from pantau.errors import InputError
from pantau.search.analysis import longest_synonym_words, normalize_words, stem_text, synonyms_of
from pantau.search.indexer import names_for

MAX_PAGE_SIZE = 100
MAX_PAGING_DEPTH = 10_000
MAX_QUERY_LENGTH = 500
MAX_QUERY_TERMS = 32
EXPORT_PAGE_SIZE = 500
FACET_SIZE = 50

MODUS_LABELS = (
    "migrant_worker", "domestic_worker", "sexual_exploitation", "child_exploitation", "ship_crew", "forced_marriage",
    "online_scam", "organ_trafficking", "baby_selling", "student_internship", "forced_labor",
)
EVENT_TYPES = ("incident", "statistics", "coordination", "prevention", "other")
AGENCY_TYPES = (
    "police", "women_child_protection_office", "ministry", "migrant_worker_agency", "immigration", "prosecutor",
    "court", "local_government", "task_force", "ngo", "international", "other",
)
NO_PROVINCE = "unknown"
TEXT_FIELDS = ("title^2", "text", "evidence_text^1.5")
STEMMED_FIELDS = ("title_stemmed^2", "text_stemmed")
HIGHLIGHT_START, HIGHLIGHT_END = "\ue000", "\ue001"
RECORD_FIELDS = ("id", "relevant", "relevance_score", "event_type", "event_date", "locations", "destinations",
                 "agencies", "counts", "modus")
HIT_SOURCE_EXCLUDES = ["text", "text_stemmed", "title_stemmed", "evidence_text"]


# Query text ----------------------------------------------------------------------------------------------------

@dataclass
class Term:
    """One word or phrase of a query; ``alternatives`` are the terms it is ORed with."""

    text: str
    phrase: bool
    alternatives: list[Term] = field(default_factory=list)


@dataclass
class ParsedQuery:
    must: list[Term] = field(default_factory=list)
    must_not: list[Term] = field(default_factory=list)


_TOKEN = re.compile(r'\s*(?:(-?)"([^"]*)"|(\S+))')


def parse_query(q: str) -> ParsedQuery:
    """Parse the simple query syntax; raises InputError on broken syntax."""
    if len(q) > MAX_QUERY_LENGTH:
        raise InputError(f"the query is too long ({len(q)} characters; at most {MAX_QUERY_LENGTH})")
    if q.count('"') % 2:
        raise InputError('the query has an unclosed quote (")')
    if q.count("(") != q.count(")"):
        raise InputError("the query has unbalanced parentheses")
    tokens: list[tuple[str, str, bool]] = []  # (kind: term|not|or, text, phrase)
    for match in _TOKEN.finditer(q.replace("(", " ").replace(")", " ")):
        negated, phrase, word = match.groups()
        if phrase is not None:
            words = " ".join(normalize_words(phrase))
            if words:
                tokens.append(("not" if negated else "term", words, True))
            continue
        if word == "OR":
            tokens.append(("or", word, False))
        elif word.startswith("-"):
            words = normalize_words(word[1:])
            if not words:
                raise InputError(f"'{word}' excludes nothing: write -word or -\"a phrase\"")
            tokens.append(("not", " ".join(words), len(words) > 1))
        else:
            tokens += [("term", w, False) for w in normalize_words(word)]
    if len(tokens) > MAX_QUERY_TERMS:
        raise InputError(f"the query has too many terms (at most {MAX_QUERY_TERMS})")
    parsed = ParsedQuery()
    position = 0
    while position < len(tokens):
        kind, text, phrase = tokens[position]
        if kind == "or":
            raise InputError("OR must stand between two terms, as in: ginjal OR organ")
        if kind == "not":
            parsed.must_not.append(Term(text, phrase))
            position += 1
            continue
        term, position = _synonym_phrase(tokens, position)
        if position < len(tokens) and tokens[position][0] == "or":
            while position < len(tokens) and tokens[position][0] == "or":
                if position + 1 >= len(tokens) or tokens[position + 1][0] != "term":
                    raise InputError("OR must stand between two terms, as in: ginjal OR organ")
                alternative, position = _synonym_phrase(tokens, position + 1, single=True)
                term.alternatives.append(alternative)
        parsed.must.append(term)
    return parsed


def _synonym_phrase(tokens: list[tuple[str, str, bool]], position: int, single: bool = False) -> tuple[Term, int]:
    """The term at ``position``, merged with the following plain words when together they are a synonym."""
    kind, text, phrase = tokens[position]
    if not phrase and not single:
        for size in range(longest_synonym_words(), 1, -1):
            window = tokens[position:position + size]
            if len(window) == size and all(k == "term" and not p for k, _, p in window):
                candidate = " ".join(t for _, t, _ in window)
                if synonyms_of(candidate):
                    return Term(candidate, True), position + size
    return Term(text, phrase), position + 1


def _stemmed_match(text: str, phrase: bool) -> dict[str, Any] | None:
    stemmed = stem_text(text)
    if not stemmed:
        return None
    kind = "phrase" if phrase or " " in stemmed else "best_fields"
    return {"multi_match": {"query": stemmed, "fields": list(STEMMED_FIELDS), "type": kind}}


def _term_query(term: Term) -> dict[str, Any]:
    """Match the term and its synonyms, stemmed, in the stemmed titles and texts (one clause each: cheap)."""
    clauses = [clause for text in dict.fromkeys((term.text, *synonyms_of(term.text)))
               if (clause := _stemmed_match(text, term.phrase)) is not None]
    clauses += [_term_query(alternative) for alternative in term.alternatives]
    return clauses[0] if len(clauses) == 1 else {"bool": {"should": clauses, "minimum_should_match": 1}}


def _term_words(term: Term) -> list[str]:
    return [term.text, *synonyms_of(term.text), *(w for alt in term.alternatives for w in _term_words(alt))]


def _highlight_query(parsed: ParsedQuery) -> dict[str, Any]:
    """Highlight the query's words and synonyms as written (the stemmed fields are not shown)."""
    words = " ".join(dict.fromkeys(w for term in parsed.must for w in _term_words(term)))
    return {"multi_match": {"query": words or "-", "fields": [f.split("^")[0] for f in TEXT_FIELDS]}}


# Filters -------------------------------------------------------------------------------------------------------

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


def _parse_date(name: str, value: str | date | None) -> date | None:
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


def _region_codes(name: str, values: list[str], levels: tuple[str, ...]) -> list[str]:
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
        province=_region_codes("province", _as_list(province), ("province",)),
        regency=_region_codes("regency", _as_list(regency), ("regency", "city")),
        modus=_check_labels("modus", _as_list(modus), MODUS_LABELS),
        event_type=_check_labels("event_type", _as_list(event_type), EVENT_TYPES),
        agency_type=_check_labels("agency_type", _as_list(agency_type), AGENCY_TYPES),
        date_from=_parse_date("date_from", date_from),
        date_to=_parse_date("date_to", date_to),
        relevant=_parse_relevant(relevant),
    )
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise InputError("date_from is after date_to")
    if filters.q:
        parse_query(filters.q)
    return filters


def build_query(filters: Filters) -> dict[str, Any]:
    """The Elasticsearch query for validated filters."""
    must: list[dict[str, Any]] = []
    must_not: list[dict[str, Any]] = []
    if filters.q:
        parsed = parse_query(filters.q)
        must = [_term_query(term) for term in parsed.must]
        must_not = [clause for term in parsed.must_not if (clause := _stemmed_match(term.text, term.phrase))]
    conditions: list[dict[str, Any]] = []
    if filters.relevant is not None:
        conditions.append({"term": {"relevant": filters.relevant}})
    for field_name, values in (("province_code", filters.province), ("location_codes", filters.regency),
                               ("modus", filters.modus), ("event_type", filters.event_type),
                               ("agency_types", filters.agency_type)):
        if values:
            conditions.append({"terms": {field_name: values}})
    if filters.date_from or filters.date_to:
        bounds = {}
        if filters.date_from:
            bounds["gte"] = filters.date_from.isoformat()
        if filters.date_to:
            bounds["lte"] = filters.date_to.isoformat()
        conditions.append({"range": {"date": bounds}})
    query: dict[str, Any] = {"bool": {"filter": conditions}}
    if must:
        query["bool"]["must"] = must
    if must_not:
        query["bool"]["must_not"] = must_not
    return query


# Cursors -------------------------------------------------------------------------------------------------------

def encode_cursor(sort_values: list[Any], served: int) -> str:
    raw = json.dumps({"after": sort_values, "served": served}, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[list[Any], int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        after, served = data["after"], int(data["served"])
        if not isinstance(after, list) or not all(isinstance(v, str | int | float) for v in after) or served < 0:
            raise ValueError
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise InputError("'after' is not a cursor from a previous response's 'next'") from None
    return after, served


# Display -------------------------------------------------------------------------------------------------------

@lru_cache(maxsize=100_000)
def _redacted(text: str) -> str:
    from pantau.privacy import redact_victims

    return redact_victims(text)


def redact(text: str | None) -> str | None:
    """A sentence as it may be shown to users (victims' names and minors masked; cached, the rules are fixed)."""
    return _redacted(text) if text else text


def _highlight_fragment(fragment: str) -> str:
    """A highlight fragment as shown: redacted plain text with ``<em>``/``</em>`` around the matched words.

    Everything else in it is untrusted crawled text: pages must insert it as text, treating only those two tags
    as markup.
    """
    redacted = redact(fragment) or ""
    return redacted.replace(HIGHLIGHT_START, "<em>").replace(HIGHLIGHT_END, "</em>")


def present(source: dict[str, Any]) -> dict[str, Any]:
    """A stored document as the API shows it: record fields, article fields, redacted evidence sentences."""
    out: dict[str, Any] = {name: source.get(name) for name in RECORD_FIELDS}
    for list_name in ("locations", "agencies", "counts"):
        out[list_name] = [{**fact, "sentence": redact(fact.get("sentence"))} for fact in source.get(list_name) or []]
    for name in ("url", "title", "published", "source", "province", "province_code", "date", "month", "victims",
                 "suspects"):
        out[name] = source.get(name)
    return out


# Search --------------------------------------------------------------------------------------------------------

def _sort(filters: Filters) -> list[dict[str, Any]]:
    tail = [{"date": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]
    return ([{"_score": "desc"}] + tail) if filters.q else tail


def _facet_aggs() -> dict[str, Any]:
    return {
        "province": {"terms": {"field": "province", "size": FACET_SIZE, "missing": NO_PROVINCE}},
        "modus": {"terms": {"field": "modus", "size": FACET_SIZE}},
        "event_type": {"terms": {"field": "event_type", "size": FACET_SIZE}},
        "agency_type": {"terms": {"field": "agency_types", "size": FACET_SIZE}},
        "month": {"terms": {"field": "month", "size": 240, "order": {"_key": "desc"}}},
    }


def search_body(filters: Filters, *, size: int = 20, after: str | None = None, facets: bool = True
                ) -> tuple[dict[str, Any], int]:
    """The Elasticsearch search body for validated filters, and how many hits earlier pages served."""
    if not isinstance(size, int) or not 1 <= size <= MAX_PAGE_SIZE:
        raise InputError(f"size must be between 1 and {MAX_PAGE_SIZE}")
    search_after, served = decode_cursor(after) if after else (None, 0)
    if served + size > MAX_PAGING_DEPTH:
        raise InputError(f"paging deeper than {MAX_PAGING_DEPTH} results is not supported: narrow the filters, "
                         "or use /api/export for everything")
    body: dict[str, Any] = {
        "query": build_query(filters),
        "size": size,
        "sort": _sort(filters),
        "track_total_hits": True,
        "_source": {"excludes": HIT_SOURCE_EXCLUDES},
    }
    if search_after:
        body["search_after"] = search_after
    if facets:
        body["aggs"] = _facet_aggs()
    if filters.q:
        body["highlight"] = {
            "highlight_query": _highlight_query(parse_query(filters.q)),
            "pre_tags": [HIGHLIGHT_START], "post_tags": [HIGHLIGHT_END],
            "fields": {"title": {"number_of_fragments": 0}, "text": {"fragment_size": 160, "number_of_fragments": 2},
                       "evidence_text": {"fragment_size": 200, "number_of_fragments": 2}},
        }
    return body, served


def search_response(response: Any, size: int, served: int) -> dict[str, Any]:
    """The API's search response from an Elasticsearch search response."""
    hits = response["hits"]["hits"]
    total = response["hits"]["total"]["value"]
    results = []
    for hit in hits:
        item = present(hit["_source"])
        item["highlight"] = {name: [_highlight_fragment(f) for f in fragments]
                             for name, fragments in (hit.get("highlight") or {}).items()}
        results.append(item)
    served_now = served + len(hits)
    more = len(hits) == size and served_now < total
    out: dict[str, Any] = {
        "total": total,
        "hits": results,
        "next": encode_cursor(hits[-1]["sort"], served_now) if more and hits else None,
    }
    aggs = response.get("aggregations")
    if aggs is not None:
        out["facets"] = {name: [{"key": b["key"], "count": b["doc_count"]}
                                for b in aggs.get(name, {}).get("buckets", [])]
                         for name in _facet_aggs()}
    return out


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
    item = present(response["_source"])
    item["evidence"] = [redact(s) for s in response["_source"].get("evidence_text") or []]
    return item


def iter_documents(client: Elasticsearch, filters: Filters, settings: Settings | None = None,
                   limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Every matching record as shown by the API, in date order (pages with search_after; no point in time)."""
    settings = settings or load_settings()
    after: list[Any] | None = None
    sent = 0
    while True:
        body: dict[str, Any] = {"query": build_query(filters), "size": EXPORT_PAGE_SIZE,
                                "sort": [{"date": {"order": "desc", "missing": "_last"}}, {"id": "asc"}],
                                "_source": {"excludes": HIT_SOURCE_EXCLUDES}}
        if after:
            body["search_after"] = after
        hits = client.search(index=names_for(settings).read_alias, **body)["hits"]["hits"]
        for hit in hits:
            yield present(hit["_source"])
            sent += 1
            if limit is not None and sent >= limit:
                return
        if len(hits) < EXPORT_PAGE_SIZE:
            return
        after = hits[-1]["sort"]


def stats(client: Elasticsearch, filters: Filters, settings: Settings | None = None) -> dict[str, Any]:
    """Incidents, victims and suspects per province per month (sums of the records' victims/suspects)."""
    settings = settings or load_settings()
    sums = {"victims": {"sum": {"field": "victims"}}, "suspects": {"sum": {"field": "suspects"}},
            "incidents": {"filter": {"term": {"event_type": "incident"}}}}
    aggs = {"province": {"terms": {"field": "province", "size": 100, "missing": NO_PROVINCE},
                         "aggs": {"month": {"terms": {"field": "month", "size": 600, "missing": NO_PROVINCE},
                                            "aggs": sums},
                                  **sums}}}
    response = client.search(index=names_for(settings).read_alias, query=build_query(filters), size=0, aggs=aggs,
                             track_total_hits=True)
    rows, provinces = [], []
    for bucket in response["aggregations"]["province"]["buckets"]:
        provinces.append(_stat_row(bucket, province=bucket["key"]))
        for month in bucket["month"]["buckets"]:
            rows.append(_stat_row(month, province=bucket["key"], month=month["key"]))
    totals = {key: sum(p[key] for p in provinces) for key in ("records", "incidents", "victims", "suspects")}
    return {"rows": sorted(rows, key=lambda r: (r["province"], r["month"])), "provinces": provinces,
            "totals": totals}


def _stat_row(bucket: dict[str, Any], **keys: str) -> dict[str, Any]:
    return {**keys, "records": bucket["doc_count"], "incidents": bucket["incidents"]["doc_count"],
            "victims": int(bucket["victims"]["value"] or 0), "suspects": int(bucket["suspects"]["value"] or 0)}
