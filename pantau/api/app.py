"""Pantau's HTTP API (FastAPI) and the journalists' web page (``static/`` mounted at ``/``).

Read endpoints are open, or need ``PANTAU_API_READ_KEY`` when it is set; writing and administration need
``PANTAU_API_KEY`` (sent as ``X-API-Key: KEY`` or ``Authorization: Bearer KEY``). Each client (IP address) may make
``PANTAU_API_RATE_LIMIT`` API requests per minute (0: no limit). Bad input is answered with a 4xx and
``{"detail": "a clear message"}``, never a 500.
"""

from __future__ import annotations

import csv
import io
import json
import secrets
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Literal

from elasticsearch import ApiError, Elasticsearch, TransportError
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles

from pantau.config import Settings, load_settings
from pantau.errors import InputError, SearchUnavailable
from pantau.search import query as search_query
from pantau.search.indexer import names_for

STATIC_DIR = Path(__file__).parent / "static"
FILTER_PARAMS = {"q", "province", "regency", "modus", "event_type", "agency_type", "date_from", "date_to", "relevant"}
SEARCH_PARAMS = FILTER_PARAMS | {"size", "after"}
EXPORT_PARAMS = FILTER_PARAMS | {"format", "rows"}
RECORD_COLUMNS = ("id", "url", "title", "source", "published", "event_date", "event_type", "relevant", "province",
                  "regencies", "modus", "destinations", "agencies", "victims", "suspects", "evidence")
FACT_COLUMNS = ("record_id", "url", "title", "published", "event_date", "event_type", "fact", "name", "kind", "value",
                "about_tppo", "province", "code", "evidence")
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
               "parquet": "application/vnd.apache.parquet"}
PARQUET_ROW_GROUP = 5_000
PARQUET_SPOOL_BYTES = 32 * 1024 * 1024


class RateLimiter:
    """A sliding one-minute window of request times per client."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self._times: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, client_id: str) -> int | None:
        """None when the request may go ahead; else the seconds to wait."""
        if self.per_minute <= 0:
            return None
        now = time.monotonic()
        with self._lock:
            times = self._times.setdefault(client_id, deque())
            while times and times[0] <= now - 60:
                times.popleft()
            if len(times) >= self.per_minute:
                return max(1, int(60 - (now - times[0])) + 1)
            times.append(now)
            return None


# The web page loads only its own files: no inline script or style, no framing, no plugins. Crawled article text is
# untrusted, so a slip in escaping cannot run script even if it reached the page.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

def _presented_key(request: Request) -> str | None:
    key = request.headers.get("x-api-key")
    if key:
        return key
    authorization = request.headers.get("authorization", "")
    return authorization[7:].strip() if authorization.lower().startswith("bearer ") else None


def _key_matches(given: str | None, *expected: str | None) -> bool:
    return given is not None and any(e and secrets.compare_digest(given.encode(), e.encode()) for e in expected)


def _message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where}: {error.get('msg')}" if where else str(error.get("msg")))
    return "; ".join(parts) or "invalid request"


def create_app(settings: Settings | None = None, client: Elasticsearch | None = None) -> FastAPI:
    """The API and web page. Without ``client`` the search client is made at the first request."""
    settings = settings or load_settings()
    app = FastAPI(
        title="Pantau API",
        description="Search and export incident records on human trafficking (TPPO) extracted from Indonesian news, "
                    "each fact with its source URL and evidence sentence.",
        version="1",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    state: dict[str, Any] = {"client": client}
    limiter = RateLimiter(settings.api_rate_limit_per_minute)
    read_alias = names_for(settings).read_alias

    def search_client() -> Elasticsearch:
        if state["client"] is None:
            from pantau.search import get_client

            state["client"] = get_client(settings)
        return state["client"]

    @app.middleware("http")
    async def rate_limit(request: Request, call_next: Callable[[Request], Any]) -> Response:
        if request.url.path.startswith("/api/") and not request.url.path.startswith(("/api/docs", "/api/openapi")):
            wait = limiter.retry_after(request.client.host if request.client else "unknown")
            if wait is not None:
                return JSONResponse({"detail": f"too many requests: at most {limiter.per_minute} per minute"},
                                    status_code=429, headers={"Retry-After": str(wait)})
        return await call_next(request)

    @app.middleware("http")  # added last, so it runs outermost: 429s get the headers too
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")  # sources do not learn who read about them
        if not request.url.path.startswith("/api/docs"):  # Swagger UI needs inline script; the rest does not
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
            response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.exception_handler(InputError)
    async def input_error(_: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _message(exc)}, status_code=400)

    @app.exception_handler(SearchUnavailable)
    async def search_unavailable(_: Request, exc: SearchUnavailable) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(TransportError)
    async def transport_error(_: Request, exc: TransportError) -> JSONResponse:
        return JSONResponse({"detail": f"the search backend is unreachable ({type(exc).__name__})"}, status_code=503)

    @app.exception_handler(ApiError)
    async def backend_error(_: Request, exc: ApiError) -> JSONResponse:
        if exc.meta.status == 404 and exc.message == "index_not_found_exception":  # a restarted server, refilling
            return JSONResponse({"detail": "the search index is being filled from the store; try again shortly"},
                                status_code=503, headers={"Retry-After": "5"})
        status = 400 if exc.meta.status == 400 else 502
        return JSONResponse({"detail": f"the search backend rejected the request: {exc.message}"}, status_code=status)

    def require_read(request: Request) -> None:
        if settings.api_read_key and not _key_matches(_presented_key(request), settings.api_read_key,
                                                      settings.api_key):
            raise _Denied(401, "this API needs a read key: send it as X-API-Key")

    def require_admin(request: Request) -> None:
        if not settings.api_key:
            raise _Denied(403, "writing is disabled: set PANTAU_API_KEY on the server to enable it")
        if not _key_matches(_presented_key(request), settings.api_key):
            raise _Denied(401, "this endpoint needs the API key (PANTAU_API_KEY): send it as X-API-Key")

    @app.exception_handler(_Denied)
    async def denied(_: Request, exc: _Denied) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status,
                            headers={"WWW-Authenticate": "Bearer"} if exc.status == 401 else None)

    def only_params(allowed: set[str]) -> Callable[[Request], None]:
        def check(request: Request) -> None:
            unknown = sorted(set(request.query_params) - allowed)
            if unknown:
                raise InputError(f"unknown parameter {', '.join(unknown)}; known: {', '.join(sorted(allowed))}")
        return check

    def filters_from(q: str | None, province: list[str] | None, regency: list[str] | None, modus: list[str] | None,
                     event_type: list[str] | None, agency_type: list[str] | None, date_from: str | None,
                     date_to: str | None, relevant: str | None) -> search_query.Filters:
        return search_query.make_filters(q=q, province=province, regency=regency, modus=modus, event_type=event_type,
                                         agency_type=agency_type, date_from=date_from, date_to=date_to,
                                         relevant=True if relevant is None else relevant)

    reads = [Depends(require_read)]

    @app.get("/api/search", dependencies=[*reads, Depends(only_params(SEARCH_PARAMS))], tags=["search"])
    def search(
        q: str | None = Query(None, description='Words, "quoted phrases", -exclusions, OR between two terms'),
        province: list[str] | None = Query(None, description="Province name or Kemendagri code (repeatable)"),
        regency: list[str] | None = Query(None, description="Regency/city name or Kemendagri code (repeatable)"),
        modus: list[str] | None = Query(None, description="Modus label, e.g. online_scam (repeatable)"),
        event_type: list[str] | None = Query(None, description="incident, statistics, coordination, ..."),
        agency_type: list[str] | None = Query(None, description="police, task_force, ... (repeatable)"),
        date_from: str | None = Query(None, description="YYYY-MM-DD (event date, else published)"),
        date_to: str | None = Query(None, description="YYYY-MM-DD (event date, else published)"),
        relevant: str | None = Query(None, description="true (default), false or all"),
        size: int = Query(20, description=f"Hits per page, at most {search_query.MAX_PAGE_SIZE}"),
        after: str | None = Query(None, description="The 'next' cursor of the previous page"),
    ) -> JSONResponse:
        """Search incident records: hits with highlights, facets and a cursor for the next page."""
        filters = filters_from(q, province, regency, modus, event_type, agency_type, date_from, date_to, relevant)
        body, served = search_query.search_body(filters, size=size, after=after)
        response = search_client().search(index=read_alias, **body)
        return JSONResponse(search_query.search_response(response, size, served))

    @app.get("/api/incidents/{record_id}", dependencies=reads, tags=["search"])
    def incident(record_id: str) -> dict[str, Any]:
        """One record with its facts, each with its (redacted) evidence sentence, and its source article."""
        record = search_query.get_record(search_client(), record_id, settings)
        if record is None:
            raise HTTPException(status_code=404, detail=f"no record {record_id!r}")
        return record

    @app.get("/api/export", dependencies=[*reads, Depends(only_params(EXPORT_PARAMS))], tags=["export"])
    def export(
        format: Literal["csv", "jsonl", "parquet"] = Query("csv", description="csv, jsonl or parquet"),
        rows: Literal["record", "fact"] = Query("record", description="One row per record or per fact"),
        q: str | None = None, province: list[str] | None = Query(None), regency: list[str] | None = Query(None),
        modus: list[str] | None = Query(None), event_type: list[str] | None = Query(None),
        agency_type: list[str] | None = Query(None), date_from: str | None = None, date_to: str | None = None,
        relevant: str | None = None,
    ) -> Response:
        """Every matching record (streamed), with source URLs and evidence sentences."""
        filters = filters_from(q, province, regency, modus, event_type, agency_type, date_from, date_to, relevant)
        documents = search_query.iter_documents(search_client(), filters, settings)
        columns = RECORD_COLUMNS if rows == "record" else FACT_COLUMNS
        table_rows = (row for doc in documents for row in (record_rows(doc) if rows == "record" else fact_rows(doc)))
        filename = f"pantau-{rows}s.{format}"
        headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
        if format == "parquet":
            return StreamingResponse(iter_file(parquet_file(table_rows, columns)), media_type=MEDIA_TYPES[format],
                                     headers=headers)
        stream = csv_stream(table_rows, columns) if format == "csv" else jsonl_stream(table_rows)
        return StreamingResponse(stream, media_type=MEDIA_TYPES[format], headers=headers)

    @app.get("/api/stats", dependencies=[*reads, Depends(only_params(FILTER_PARAMS))], tags=["search"])
    def statistics(
        q: str | None = None, province: list[str] | None = Query(None), regency: list[str] | None = Query(None),
        modus: list[str] | None = Query(None), event_type: list[str] | None = Query(None),
        agency_type: list[str] | None = Query(None), date_from: str | None = None, date_to: str | None = None,
        relevant: str | None = None,
    ) -> dict[str, Any]:
        """Incident reports, victims and suspects per province per month (`rows`), per province, and in total."""
        filters = filters_from(q, province, regency, modus, event_type, agency_type, date_from, date_to, relevant)
        return search_query.stats(search_client(), filters, settings)

    @app.get("/api/health", tags=["admin"])
    def health() -> dict[str, Any]:
        """Whether search answers, and how many records the index holds."""
        from pantau.search.indexer import document_count

        return {"status": "ok", "records": document_count(search_client(), settings)}

    @app.post("/api/reindex", dependencies=[Depends(require_admin)], tags=["admin"])
    def reindex(rebuild: bool = Query(False, description="Build a new index and swap aliases")) -> dict[str, Any]:
        """Index what the store has not indexed yet, or rebuild the whole index with no downtime."""
        from pantau.search.indexer import index_pending, rebuild_index
        from pantau.store import Store

        with Store(settings.store_path) as store:
            run = rebuild_index if rebuild else index_pending
            report = run(store, search_client(), settings)
        return {"indexed": report.indexed, "pending": report.pending, "index": report.index,
                "failed": [{"id": f.id, "reason": f.reason} for f in report.failed]}

    if STATIC_DIR.is_dir():
        app.mount("/", StaticFiles(directory=STATIC_DIR, html=True), name="static")
    return app


class _Denied(Exception):
    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status = status
        self.detail = detail


# Export rows -----------------------------------------------------------------------------------------------------

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

    types = {"value": pa.int64(), "victims": pa.int64(), "suspects": pa.int64(), "relevant": pa.bool_(),
             "about_tppo": pa.bool_()}
    schema = pa.schema([(name, types.get(name, pa.string())) for name in columns])
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


def iter_file(handle: BinaryIO, chunk_bytes: int = 1 << 16) -> Iterator[bytes]:
    """The file's bytes in chunks; closes it at the end (or when the client goes away)."""
    try:
        while chunk := handle.read(chunk_bytes):
            yield chunk
    finally:
        handle.close()
