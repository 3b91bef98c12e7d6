"""Export tables: rows of incidents, records or facts, written as CSV, JSON lines or Parquet.

The API's ``/api/export`` and ``pantau export`` share these, so a file is the same whichever way it was made.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

from pantau.search.incident_index import FIGURE_ROLES

FORMATS = ("csv", "jsonl", "parquet")
LEVELS = ("incident", "record")
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
               "parquet": "application/vnd.apache.parquet"}
RECORD_COLUMNS = ("id", "url", "title", "source", "published", "event_date", "event_type", "relevant", "province",
                  "regencies", "modus", "destinations", "agencies", "victims", "suspects", "evidence")
FACT_COLUMNS = ("record_id", "url", "title", "published", "event_date", "event_type", "fact", "name", "kind", "value",
                "about_tppo", "province", "code", "evidence")
INCIDENT_COLUMNS = ("id", "revision", "event_date", "first_reported", "event_type", "place", "place_level",
                    "province", "code", "region_reason", *FIGURE_ROLES, "modus", "agencies", "destinations",
                    "reports", "outlets", "urls", "merged_ids")
INTEGER_COLUMNS = {"value", "victims", "suspects", "reports", *FIGURE_ROLES}
BOOLEAN_COLUMNS = {"relevant", "about_tppo"}
PARQUET_ROW_GROUP = 5_000
PARQUET_SPOOL_BYTES = 32 * 1024 * 1024


def _joined(values: Iterable[Any]) -> str:
    return "; ".join(dict.fromkeys(str(v) for v in values if v))


def record_rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """One export row for a record."""
    sentences = [fact.get("sentence") for name in ("locations", "agencies", "counts") for fact in doc.get(name) or []]
    return [{
        "id": doc.get("id"), "url": doc.get("url"), "title": doc.get("title"), "source": doc.get("source"),
        "published": doc.get("published"), "event_date": doc.get("event_date"), "event_type": doc.get("event_type"),
        "relevant": doc.get("relevant"), "province": doc.get("province"),
        "regencies": _joined(loc.get("name") for loc in doc.get("locations") or []
                             if loc.get("level") in ("regency", "city")),
        "modus": _joined(doc.get("modus") or []), "destinations": _joined(doc.get("destinations") or []),
        "agencies": _joined(a.get("name") for a in doc.get("agencies") or []),
        "victims": doc.get("victims"), "suspects": doc.get("suspects"),
        "evidence": " | ".join(dict.fromkeys(s for s in sentences if s)),
    }]


def fact_rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """One export row per fact (location, agency, count) of a record, each with its evidence sentence."""
    base = {"record_id": doc.get("id"), "url": doc.get("url"), "title": doc.get("title"),
            "published": doc.get("published"), "event_date": doc.get("event_date"), "event_type": doc.get("event_type")}
    out = []
    for loc in doc.get("locations") or []:
        out.append({**base, "fact": "location", "name": loc.get("name"), "kind": loc.get("level"), "value": None,
                    "about_tppo": None, "province": loc.get("province"), "code": loc.get("code"),
                    "evidence": loc.get("sentence")})
    for agency in doc.get("agencies") or []:
        out.append({**base, "fact": "agency", "name": agency.get("name"), "kind": agency.get("type"), "value": None,
                    "about_tppo": None, "province": None, "code": None, "evidence": agency.get("sentence")})
    for count in doc.get("counts") or []:
        out.append({**base, "fact": "count", "name": count.get("scope"), "kind": count.get("role"),
                    "value": count.get("value"), "about_tppo": count.get("about_tppo"), "province": None, "code": None,
                    "evidence": count.get("sentence")})
    return out


def incident_row(incident: dict[str, Any]) -> dict[str, Any]:
    """One flat export row for an incident: the figures Pantau stands behind, its place and its sources."""
    place = incident.get("place") or {}
    figures = incident.get("figures") or {}
    reports = incident.get("reports") or []
    return {
        "id": incident.get("id"), "revision": incident.get("revision"), "event_date": incident.get("event_date"),
        "first_reported": incident.get("first_reported"), "event_type": incident.get("event_type"),
        "place": place.get("name"), "place_level": place.get("level"), "province": place.get("province"),
        "code": place.get("code"), "region_reason": incident.get("region_reason"),
        **{role: (figures.get(role) or {}).get("value") for role in FIGURE_ROLES},
        "modus": _joined(incident.get("modus") or []), "agencies": _joined(incident.get("agencies") or []),
        "destinations": _joined(incident.get("destinations") or []), "reports": len(reports),
        "outlets": _joined(r.get("outlet") for r in reports), "urls": " | ".join(r["url"] for r in reports
                                                                                 if r.get("url")),
        "merged_ids": _joined(incident.get("merged_ids") or []),
    }


def table(level: str, rows: str, fmt: str) -> tuple[tuple[str, ...], Callable[[dict[str, Any]], list[dict[str, Any]]]]:
    """The columns and the document -> rows function of an export (incident JSON lines keep the whole dict)."""
    if level == "incident":
        return INCIDENT_COLUMNS, (lambda doc: [doc]) if fmt == "jsonl" else (lambda doc: [incident_row(doc)])
    return (RECORD_COLUMNS, record_rows) if rows == "record" else (FACT_COLUMNS, fact_rows)


def csv_stream(rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for number, row in enumerate(rows, 1):
        writer.writerow(row)
        if number % 200 == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def jsonl_stream(rows: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    for row in rows:
        yield (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")


def parquet_file(rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> BinaryIO:
    """The rows as a Parquet file, at position 0, written a row group at a time to a temporary file that moves to
    disk once it outgrows memory: an export of any size never holds more than one row group of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    def kind(name: str) -> Any:
        return pa.int64() if name in INTEGER_COLUMNS else pa.bool_() if name in BOOLEAN_COLUMNS else pa.string()

    schema = pa.schema([(name, kind(name)) for name in columns])
    spool = tempfile.SpooledTemporaryFile(max_size=PARQUET_SPOOL_BYTES)  # noqa: SIM115 - closed by iter_file
    writer = pq.ParquetWriter(spool, schema)
    batch: list[dict[str, Any]] = []
    written = False
    for row in rows:
        batch.append({name: row.get(name) for name in columns})
        if len(batch) >= PARQUET_ROW_GROUP:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            batch, written = [], True
    if batch or not written:  # an export with no rows is still a Parquet file with the columns
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    writer.close()
    spool.seek(0)
    return spool


def file_size(handle: BinaryIO) -> int:
    """The size of a file at position 0 (left at position 0)."""
    size = handle.seek(0, io.SEEK_END)
    handle.seek(0)
    return size


def iter_file(handle: BinaryIO, chunk_bytes: int = 1 << 16) -> Iterator[bytes]:
    """The file's bytes in chunks; closes it at the end (or when the client goes away)."""
    try:
        while chunk := handle.read(chunk_bytes):
            yield chunk
    finally:
        handle.close()


def write_export(documents: Iterable[dict[str, Any]], level: str, rows: str, fmt: str, out: BinaryIO) -> int:
    """Write an export to a binary file; returns the number of rows written."""
    columns, to_rows = table(level, rows, fmt)
    counted = 0

    def table_rows() -> Iterator[dict[str, Any]]:
        nonlocal counted
        for doc in documents:
            for row in to_rows(doc):
                counted += 1
                yield row

    if fmt == "parquet":
        with parquet_file(table_rows(), columns) as handle:
            for chunk in iter_file(handle):
                out.write(chunk)
    else:
        for chunk in csv_stream(table_rows(), columns) if fmt == "csv" else jsonl_stream(table_rows()):
            out.write(chunk)
    return counted
