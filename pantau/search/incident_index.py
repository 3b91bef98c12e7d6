"""The incidents index: incidents and statistics from :mod:`pantau.incidents`, searchable and filterable.

One versioned index behind the aliases ``<prefix>-incidents`` / ``<prefix>-incidents-write`` (template
``index_config/incidents.json``) holds both, told apart by ``kind`` (``incident`` | ``statistic``). Each document
keeps the incident or statistic dict exactly as :mod:`pantau.incidents` gives it in ``body``, and adds the fields
searches need: where it happened (``event_codes``), where its victims come from (``origin_codes``), a date, the
reports' titles and texts. The store stays the source of truth: :func:`sync_incidents` brings the index in line
with it (by revision, so only changed incidents are sent), :func:`rebuild_incidents` builds a new index version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from elasticsearch import Elasticsearch, TransportError, helpers

from pantau.config import Settings, load_settings
from pantau.errors import SearchUnavailable
from pantau.search.analysis import stem_text
from pantau.search.indexer import (
    BULK_CHUNK,
    BULK_TIMEOUT_S,
    FailedDocument,
    IndexReport,
    aliased_indices,
    create_version,
    ensure_index,
    names_for,
    swap_aliases,
)
from pantau.store import Store

KIND = "incidents"
FIGURE_ROLES = ("victims", "victims_rescued", "suspects", "victims_child", "victims_female", "victims_male")
MAX_TEXT_PER_REPORT = 4_000  # characters of each report's article text made searchable


def _with_parents(codes: list[str | None]) -> list[str]:
    """The codes and the regions containing them ("15.71.01" -> "15.71.01", "15.71", "15"), without duplicates."""
    out: list[str] = []
    for code in codes:
        parts = str(code or "").split(".")
        out += [".".join(parts[:size]) for size in range(len(parts), 0, -1) if parts[0]]
    return list(dict.fromkeys(out))


def event_codes(incident: dict[str, Any]) -> list[str]:
    """Where the incident happened: its place (as :func:`pantau.incidents.places.region_reason` decides)."""
    return _with_parents([(incident.get("place") or {}).get("code")])


def origin_codes(incident: dict[str, Any]) -> list[str]:
    """Where the incident's victims come from."""
    from pantau.incidents.places import origin_codes as victims_origin_codes

    return _with_parents(list(victims_origin_codes(incident.get("locations") or [])))


def _figure(incident: dict[str, Any], role: str) -> int | None:
    value = ((incident.get("figures") or {}).get(role) or {}).get("value")
    return value if isinstance(value, int) else None


def _month(day: str | None) -> str | None:
    return day[:7] if day else None


def incident_document(incident: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """The index document of an incident dict; ``texts`` maps its reports' article ids to their texts."""
    reports = incident.get("reports") or []
    place = incident.get("place") or {}
    sentences = list(dict.fromkeys(
        report["sentence"] for figure in (incident.get("figures") or {}).values()
        for report in figure.get("reports") or [] if report.get("sentence")))
    title = " | ".join(dict.fromkeys(r["title"] for r in reports if r.get("title")))
    names = [place.get("name"), *(loc.get("name") for loc in incident.get("locations") or [])]
    text = "\n".join([*(texts.get(str(r.get("article_id")), "")[:MAX_TEXT_PER_REPORT] for r in reports),
                      *(n for n in names if n), *(incident.get("agencies") or [])])
    day = incident.get("first_reported") or incident.get("event_date")  # as pantau.incidents counts it
    return {
        "kind": "incident", "id": incident["id"], "revision": incident.get("revision") or _revision(incident),
        "date": day, "event_date": incident.get("event_date"), "first_reported": incident.get("first_reported"),
        "month": _month(day), "province": place.get("province"),
        "province_code": (place.get("code") or "").split(".")[0] or None, "place_code": place.get("code"),
        "event_codes": event_codes(incident), "origin_codes": origin_codes(incident),
        "modus": list(incident.get("modus") or []), "agencies": list(incident.get("agencies") or []),
        "agency_types": [], "outlets": sorted({r["outlet"] for r in reports if r.get("outlet")}),
        "merged_ids": list(incident.get("merged_ids") or []), "reports": len(reports),
        "victims": _figure(incident, "victims"), "suspects": _figure(incident, "suspects"),
        "title": title, "title_stemmed": stem_text(title), "text": text, "text_stemmed": stem_text(text),
        "evidence_text": sentences, "body": incident,
    }


def statistic_document(statistic: dict[str, Any], title: str | None) -> dict[str, Any]:
    """The index document of a statistic dict (``title``: its article's title)."""
    region = statistic.get("region") or {}
    period = statistic.get("period") or {}
    day = period.get("to") or (statistic.get("published") or "")[:10] or None
    text = " ".join(part for part in (statistic.get("sentence"), statistic.get("agency"), region.get("name"),
                                      period.get("label")) if part)
    figures = statistic.get("figures") or {}
    return {
        "kind": "statistic", "id": statistic["id"], "revision": _revision(statistic), "date": day,
        "event_date": None, "first_reported": (statistic.get("published") or "")[:10] or None, "month": _month(day),
        "province": region.get("province"), "province_code": (region.get("code") or "").split(".")[0] or None,
        "place_code": region.get("code"), "event_codes": _with_parents([region.get("code")]), "origin_codes": [],
        "modus": [], "agencies": [statistic["agency"]] if statistic.get("agency") else [], "agency_types": [],
        "outlets": [statistic["outlet"]] if statistic.get("outlet") else [], "merged_ids": [], "reports": 1,
        "victims": figures.get("victims"), "suspects": figures.get("suspects"),
        "title": title or "", "title_stemmed": stem_text(title), "text": text, "text_stemmed": stem_text(text),
        "evidence_text": [statistic["sentence"]] if statistic.get("sentence") else [], "body": statistic,
    }


def _revision(item: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(item, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def _article_text(store: Store, article_id: str) -> str:
    article = store.get_article(article_id)
    return (article or {}).get("text") or ""


@dataclass(frozen=True)
class Pending:
    """An incident or statistic of the store: its id and revision now, and how to build its document."""

    id: str
    revision: str
    build: Callable[[], dict[str, Any]]


def current_items(store: Store) -> list[Pending]:
    """Every incident and statistic the store has now (placing new records first); documents are built only when
    asked for, so a sync stems the texts of changed incidents only."""
    from pantau import incidents

    items = []  # listing places new records first
    for incident in incidents.list_incidents(store):
        def build_incident(incident: dict[str, Any] = incident) -> dict[str, Any]:
            ids = [str(r.get("article_id")) for r in incident.get("reports") or [] if r.get("article_id")]
            return incident_document(incident, {aid: _article_text(store, aid) for aid in ids})

        items.append(Pending(incident["id"], incident.get("revision") or _revision(incident), build_incident))
    for statistic in incidents.list_statistics(store):
        def build_statistic(statistic: dict[str, Any] = statistic) -> dict[str, Any]:
            article = store.get_article(str(statistic.get("article_id"))) or {}
            return statistic_document(statistic, article.get("title"))

        items.append(Pending(statistic["id"], _revision(statistic), build_statistic))
    return items


def indexed_revisions(client: Elasticsearch, settings: Settings) -> dict[str, str]:
    """Document id -> revision of everything the incidents index holds."""
    from pantau.search.query import open_scan

    scan = open_scan(client, names_for(settings, KIND).read_alias, {"match_all": {}},
                     lambda hit: (hit["_id"], hit["_source"].get("revision")), source=["revision"])
    return dict(scan.documents)


def _bulk(client: Elasticsearch, actions: Iterator[dict[str, Any]], report: IndexReport) -> None:
    for ok, item in helpers.streaming_bulk(client.options(request_timeout=BULK_TIMEOUT_S), actions,
                                           chunk_size=BULK_CHUNK, raise_on_error=False, raise_on_exception=False):
        operation, info = next(iter(item.items()))
        if ok:
            report.indexed += operation == "index"
        elif not (operation == "delete" and info.get("status") == 404):
            error = info.get("error")
            reason = error.get("reason", str(error)) if isinstance(error, dict) else str(error)
            report.failed.append(FailedDocument(str(info.get("_id")), reason))


def _index_actions(index: str, documents: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for document in documents:
        yield {"_op_type": "index", "_index": index, "_id": document["id"], "_source": document}


def sync_incidents(store: Store, client: Elasticsearch, settings: Settings | None = None) -> IndexReport:
    """Bring the incidents index in line with the store: new and changed incidents and statistics are indexed,
    merged or vanished ones deleted (a merged id still resolves through its survivor's ``merged_ids``)."""
    settings = settings or load_settings()
    names = names_for(settings, KIND)
    report = IndexReport(index=names.write_alias)
    try:
        ensure_index(client, settings, KIND)
        indexed = indexed_revisions(client, settings)
        items = current_items(store)
        changed = (item.build() for item in items if indexed.get(item.id) != item.revision)
        _bulk(client, _index_actions(names.write_alias, changed), report)
        gone = sorted(set(indexed) - {item.id for item in items})
        _bulk(client, ({"_op_type": "delete", "_index": names.write_alias, "_id": doc_id} for doc_id in gone), report)
        client.indices.refresh(index=names.read_alias)
    except TransportError as exc:
        raise SearchUnavailable(f"search cluster unreachable while indexing incidents ({exc})") from None
    return report


def rebuild_incidents(store: Store, client: Elasticsearch, settings: Settings | None = None) -> IndexReport:
    """Fill a new incidents index version from the store and swap the aliases to it."""
    settings = settings or load_settings()
    names = names_for(settings, KIND)
    index = create_version(client, settings, names)
    report = IndexReport(index=index)
    try:
        _bulk(client, _index_actions(index, (item.build() for item in current_items(store))), report)
    except BaseException:
        client.indices.delete(index=index, ignore_unavailable=True)
        raise
    swap_aliases(client, names, index)
    return report


def incident_index_exists(client: Elasticsearch, settings: Settings) -> bool:
    return bool(aliased_indices(client, names_for(settings, KIND).read_alias))
