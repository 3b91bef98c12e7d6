"""Pantau's HTTP API (FastAPI) and the journalists' web page (``static/`` mounted at ``/``).

Read endpoints are open, or need ``PANTAU_API_READ_KEY`` when it is set; writing and administration need
``PANTAU_API_KEY`` (sent as ``X-API-Key: KEY`` or ``Authorization: Bearer KEY``). Each client may make
``PANTAU_API_RATE_LIMIT`` API requests per minute (0: no limit); a client is its IP address, or the address a proxy
in ``PANTAU_TRUSTED_PROXIES`` forwarded for. Bad input is answered with a 400 and ``{"detail": "a clear message"}``,
never a 500; a search server that cannot answer gives 503.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

from elasticsearch import ApiError, Elasticsearch, TransportError
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from starlette.datastructures import MutableHeaders
from starlette.routing import Match

from pantau.api.ratelimit import RateLimiter, check_trusted_proxies, client_address
from pantau.config import Settings, load_settings
from pantau.errors import InputError, SearchUnavailable
from pantau.search import export as exports
from pantau.search import incident_query
from pantau.search import query as search_query
from pantau.search.filters import Filters, make_filters, parse_date, region_codes
from pantau.search.indexer import names_for

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).parent / "static"
FILTER_PARAMS = {"q", "province", "regency", "modus", "event_type", "agency_type", "date_from", "date_to", "relevant"}
SEARCH_PARAMS = FILTER_PARAMS | {"size", "after"}
INCIDENT_PARAMS = {"q", "province", "regency", "modus", "date_from", "date_to", "size", "after"}
STATISTIC_PARAMS = {"q", "province", "regency", "date_from", "date_to", "size", "after"}
STATS_PARAMS = {"province", "regency", "date_from", "date_to"}
EXPORT_PARAMS = FILTER_PARAMS | {"format", "rows", "level"}
MAX_PAGE_SIZE = search_query.MAX_PAGE_SIZE
HIGHLIGHT_NOTE = ("Highlights (`highlight`) are HTML-escaped text: crawled markup arrives escaped, and the only tags "
                  "are `<em>`/`</em>` around the matched words.")


class ErrorBody(BaseModel):
    """An error: one sentence saying what went wrong."""

    detail: str


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    meanings = {400: "Bad input (a parameter, the query syntax, a cursor)", 401: "A key is needed (X-API-Key)",
                403: "Writing is disabled on this server", 404: "Not found", 429: "Too many requests (Retry-After)",
                502: "The search backend rejected the request", 503: "The search backend is unavailable"}
    return {status: {"model": ErrorBody, "description": meanings[status]} for status in statuses}


READ_ERRORS = _errors(400, 401, 429, 502, 503)
EXPORT_MEDIA = {"text/csv": {"schema": {"type": "string"}}, "application/x-ndjson": {"schema": {"type": "string"}},
                "application/vnd.apache.parquet": {"schema": {"type": "string", "format": "binary"}}}


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


class _Denied(Exception):
    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _one_region(province: list[str] | None, regency: list[str] | None) -> str | None:
    """The Kemendagri code of the one region a statistics request names (None: the whole country)."""
    codes = [*region_codes("province", province or [], ("province",)),
             *region_codes("regency", regency or [], ("regency", "city"))]
    if len(codes) > 1:
        raise InputError("statistics are for one region at a time: give one province or one regency")
    return codes[0] if codes else None


def aggregate_stats(store: Any, region: str | None, date_from: Any, date_to: Any) -> dict[str, Any]:
    """The figures of a region and period, and the per-province table, from THE incident aggregation."""
    from pantau import incidents

    national = incidents.list_incidents(store, None, date_from, date_to)
    listed = incidents.list_incidents(store, region, date_from, date_to) if region else national
    return {
        "region": region,
        "date_from": date_from.isoformat() if date_from else None,
        "date_to": date_to.isoformat() if date_to else None,
        "totals": incidents.aggregate(listed, region),
        "provinces": incidents.aggregate_by_province(national),
        "statistics": len(incidents.list_statistics(store, region, date_from, date_to)),
    }


def create_app(settings: Settings | None = None, client: Elasticsearch | None = None) -> FastAPI:
    """The API and web page. Without ``client`` the search client is made at the first request."""
    settings = settings or load_settings()
    app = FastAPI(
        title="Pantau API",
        description="Search and export incidents of human trafficking (TPPO) found in Indonesian news, each figure "
                    "with the reports it comes from, and the article records behind them. " + HIGHLIGHT_NOTE,
        version="2",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    state: dict[str, Any] = {"client": client}
    check_trusted_proxies(settings.api_trusted_proxies)  # a bad setting fails at start, not per request
    limiter = RateLimiter(settings.api_rate_limit_per_minute)
    read_alias = names_for(settings).read_alias

    def search_client() -> Elasticsearch:
        if state["client"] is None:
            from pantau.search import get_client

            state["client"] = get_client(settings)
        return state["client"]

    def open_store() -> Any:
        from pantau.store import Store

        return Store(settings.store_path)

    app.add_middleware(RateLimit, limiter=limiter, trusted_proxies=settings.api_trusted_proxies)
    app.add_middleware(SecurityHeaders)  # added last, so it runs outermost: 429s get the headers too

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
            empty = sorted({name for name, value in request.query_params.multi_items() if not value and name != "q"})
            if empty:
                raise InputError(f"parameter {', '.join(empty)} has no value: leave it out or give one")
        return check

    def reads(allowed: set[str]) -> list[Any]:
        return [Depends(require_read), Depends(only_params(allowed))]

    Q = Query(None, description='Words, "quoted phrases", -exclusions, OR between two terms', max_length=500)
    PROVINCE = Query(None, description="Province name or Kemendagri code (repeatable)")
    REGENCY = Query(None, description="Regency/city name or Kemendagri code (repeatable)")
    MODUS = Query(None, description="Modus label, e.g. online_scam (repeatable)")
    DATE_FROM = Query(None, description="YYYY-MM-DD")
    DATE_TO = Query(None, description="YYYY-MM-DD")
    SIZE = Query(20, ge=1, le=MAX_PAGE_SIZE, description=f"Hits per page, 1 to {MAX_PAGE_SIZE}")
    AFTER = Query(None, description="The 'next' cursor of the previous page")

    def record_filters(q: str | None, province: list[str] | None, regency: list[str] | None,
                       modus: list[str] | None, event_type: list[str] | None, agency_type: list[str] | None,
                       date_from: str | None, date_to: str | None, relevant: str | None) -> Filters:
        return make_filters(q=q, province=province, regency=regency, modus=modus, event_type=event_type,
                            agency_type=agency_type, date_from=date_from, date_to=date_to,
                            relevant=True if relevant is None else relevant)

    # Incidents --------------------------------------------------------------------------------------------------

    @app.get("/api/incidents", dependencies=reads(INCIDENT_PARAMS), tags=["incidents"], responses=READ_ERRORS)
    def incidents(q: str | None = Q, province: list[str] | None = PROVINCE, regency: list[str] | None = REGENCY,
                  modus: list[str] | None = MODUS, date_from: str | None = DATE_FROM, date_to: str | None = DATE_TO,
                  size: int = SIZE, after: str | None = AFTER) -> dict[str, Any]:
        """Incidents (reports of one event from every outlet, counted once), newest first, with facets.

        With a region, an incident is listed when it happened there or its victims come from there, and
        `region_reason` says which (`event` or `victims_origin`)."""
        filters = make_filters(q=q, province=province, regency=regency, modus=modus, date_from=date_from,
                               date_to=date_to)
        return incident_query.search_incidents(search_client(), filters, settings, size=size, after=after)

    @app.get("/api/incidents/{incident_id}", dependencies=reads(set()), tags=["incidents"],
             responses=_errors(400, 401, 404, 429, 502, 503))
    def incident(incident_id: str) -> dict[str, Any]:
        """One incident: its place, figures (value, rule, every report's value and sentence) and reports. An id
        merged into another incident answers with the surviving incident."""
        found = incident_query.get_incident(search_client(), incident_id, settings)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no incident {incident_id!r}")
        return found

    @app.get("/api/statistics", dependencies=reads(STATISTIC_PARAMS), tags=["incidents"], responses=READ_ERRORS)
    def statistics(q: str | None = Q, province: list[str] | None = PROVINCE, regency: list[str] | None = REGENCY,
                   date_from: str | None = DATE_FROM, date_to: str | None = DATE_TO, size: int = SIZE,
                   after: str | None = AFTER) -> dict[str, Any]:
        """Statistics: running totals an agency gives for a period ("sepanjang 2026, 41 korban"). They are claims,
        never incidents, and never added to incident figures."""
        filters = make_filters(q=q, province=province, regency=regency, date_from=date_from, date_to=date_to)
        return incident_query.search_statistics(search_client(), filters, settings, size=size, after=after)

    @app.get("/api/stats", dependencies=reads(STATS_PARAMS), tags=["incidents"], responses=_errors(400, 401, 429))
    def stats(province: list[str] | None = PROVINCE, regency: list[str] | None = REGENCY,
              date_from: str | None = DATE_FROM, date_to: str | None = DATE_TO) -> dict[str, Any]:
        """Incident figures for the country or one region and period (`totals`), and per province (`provinces`),
        from the one incident aggregation that digests and exports use. Figures of incidents listed only because
        their victims come from the region are not summed (`victims_origin_incidents` counts them)."""
        start, end = parse_date("date_from", date_from), parse_date("date_to", date_to)
        if start and end and start > end:
            raise InputError("date_from is after date_to")
        region = _one_region(province, regency)
        with open_store() as store:
            return aggregate_stats(store, region, start, end)

    # Records ----------------------------------------------------------------------------------------------------

    def search_records_page(q: str | None, province: list[str] | None, regency: list[str] | None,
                            modus: list[str] | None, event_type: list[str] | None, agency_type: list[str] | None,
                            date_from: str | None, date_to: str | None, relevant: str | None, size: int,
                            after: str | None) -> JSONResponse:
        filters = record_filters(q, province, regency, modus, event_type, agency_type, date_from, date_to, relevant)
        body, served = search_query.search_body(filters, size=size, after=after)
        response = search_client().search(index=read_alias, **body)
        return JSONResponse(search_query.search_response(response, size, served))

    EVENT_TYPE = Query(None, description="incident, statistics, coordination, ... (repeatable)")
    AGENCY_TYPE = Query(None, description="police, task_force, ... (repeatable)")
    RELEVANT = Query(None, description="true (default), false or all")

    @app.get("/api/records", dependencies=reads(SEARCH_PARAMS), tags=["records"], responses=READ_ERRORS)
    def records(q: str | None = Q, province: list[str] | None = PROVINCE, regency: list[str] | None = REGENCY,
                modus: list[str] | None = MODUS, event_type: list[str] | None = EVENT_TYPE,
                agency_type: list[str] | None = AGENCY_TYPE, date_from: str | None = DATE_FROM,
                date_to: str | None = DATE_TO, relevant: str | None = RELEVANT, size: int = SIZE,
                after: str | None = AFTER) -> JSONResponse:
        """Article records (what one article reports): hits with highlights, facets and a cursor."""
        return search_records_page(q, province, regency, modus, event_type, agency_type, date_from, date_to,
                                   relevant, size, after)

    # the same endpoint under its earlier name, kept for existing clients
    app.get("/api/search", dependencies=reads(SEARCH_PARAMS), tags=["records"], responses=READ_ERRORS,
            operation_id="search_records_earlier_name", description="The same as `/api/records`.")(records)

    @app.get("/api/records/{record_id}", dependencies=reads(set()), tags=["records"],
             responses=_errors(400, 401, 404, 429, 502, 503))
    def record(record_id: str) -> dict[str, Any]:
        """One article record with its facts, each with its (redacted) evidence sentence, and its source article."""
        found = search_query.get_record(search_client(), record_id, settings)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no record {record_id!r}")
        return found

    # Exports ----------------------------------------------------------------------------------------------------

    @app.get("/api/export", dependencies=reads(EXPORT_PARAMS), tags=["export"], response_class=Response,
             responses={200: {"content": EXPORT_MEDIA, "description": "The file (X-Total-Count: documents in it)"},
                        **READ_ERRORS})
    def export(
        level: Literal["incident", "record"] = Query("incident", description="incident or record"),
        format: Literal["csv", "jsonl", "parquet"] = Query("csv", description="csv, jsonl or parquet"),
        rows: Literal["record", "fact"] = Query("record", description="Records: one row per record or per fact"),
        q: str | None = Q, province: list[str] | None = PROVINCE, regency: list[str] | None = REGENCY,
        modus: list[str] | None = MODUS, event_type: list[str] | None = EVENT_TYPE,
        agency_type: list[str] | None = AGENCY_TYPE, date_from: str | None = DATE_FROM, date_to: str | None = DATE_TO,
        relevant: str | None = RELEVANT,
    ) -> Response:
        """Every matching incident (default) or record, with source URLs and evidence sentences.

        The response starts only once the first page of results is in hand (a dead search server answers 503).
        `X-Total-Count` gives the number of incidents or records the file holds; a transfer cut midway ends
        without the end of the chunked body (or short of Content-Length for Parquet), which clients report."""
        if level == "incident":
            record_only = [name for name, value in (("rows", rows != "record" or None), ("event_type", event_type),
                                                    ("agency_type", agency_type), ("relevant", relevant)) if value]
            if record_only:
                raise InputError(f"{', '.join(record_only)} applies to level=record only")
            filters = make_filters(q=q, province=province, regency=regency, modus=modus, date_from=date_from,
                                   date_to=date_to)
            scan = incident_query.scan_incidents(search_client(), filters, settings)
        else:
            filters = record_filters(q, province, regency, modus, event_type, agency_type, date_from, date_to,
                                     relevant)
            scan = search_query.scan_records(search_client(), filters, settings)
        columns, to_rows = exports.table(level, rows, format)
        table_rows = (row for doc in scan.documents for row in to_rows(doc))
        name = "incidents" if level == "incident" else f"{rows}s"
        headers = {"Content-Disposition": f'attachment; filename="pantau-{name}.{format}"',
                   "X-Total-Count": str(scan.total)}
        if format == "parquet":
            handle = exports.parquet_file(table_rows, columns)
            headers["Content-Length"] = str(exports.file_size(handle))
            return StreamingResponse(exports.iter_file(handle), media_type=exports.MEDIA_TYPES[format],
                                     headers=headers)
        stream = exports.csv_stream(table_rows, columns) if format == "csv" else exports.jsonl_stream(table_rows)
        return StreamingResponse(_failing_visibly(stream), media_type=exports.MEDIA_TYPES[format], headers=headers)

    # Administration ---------------------------------------------------------------------------------------------

    @app.get("/api/health", dependencies=reads(set()), tags=["admin"], responses=_errors(400, 401, 429, 503))
    def health() -> dict[str, Any]:
        """Whether search answers, and how many records and incidents the index holds (needs the read key when
        one is set)."""
        from pantau.search.indexer import document_count

        client_now = search_client()
        return {"status": "ok", "records": document_count(client_now, settings),
                "incidents": incident_query.count_incidents(client_now, settings)}

    @app.post("/api/reindex", dependencies=[Depends(require_admin), Depends(only_params({"rebuild"}))],
              tags=["admin"], responses=_errors(400, 401, 403, 429, 502, 503))
    def reindex(rebuild: bool = Query(False, description="Build new index versions and swap aliases")
                ) -> dict[str, Any]:
        """Index what the store has not indexed yet (records, incidents, statistics), or rebuild every index with no
        downtime."""
        from pantau.search import index_pending, rebuild_index

        with open_store() as store:
            run = rebuild_index if rebuild else index_pending
            report = run(store, search_client(), settings)
        return {"indexed": report.indexed, "pending": report.pending, "index": report.index,
                "failed": [{"id": f.id, "reason": f.reason} for f in report.failed]}

    @app.api_route("/api/{path:path}", methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"],
                   include_in_schema=False)
    def unknown_api_path(request: Request, path: str) -> JSONResponse:
        """404 for paths the API does not have; 405 (with Allow) for a method a path does not take."""
        allowed = sorted({method for route in app.routes if getattr(route, "methods", None)
                          and getattr(route, "path", "") != "/api/{path:path}"
                          and route.matches({**request.scope, "method": "GET", "type": "http"})[0] != Match.NONE
                          for method in route.methods})
        if allowed:
            return JSONResponse({"detail": f"{request.method} is not allowed here; use {', '.join(allowed)}"},
                                status_code=405, headers={"Allow": ", ".join(allowed)})
        return JSONResponse({"detail": f"no API endpoint /api/{path}"}, status_code=404)

    def openapi_without_422() -> dict[str, Any]:
        """FastAPI's schema, less the 422 it declares for every operation: validation errors here are 400s."""
        if app.openapi_schema is None:
            spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            for operations in spec.get("paths", {}).values():
                for operation in operations.values():
                    operation.get("responses", {}).pop("422", None)
            for unused in ("HTTPValidationError", "ValidationError"):
                spec.get("components", {}).get("schemas", {}).pop(unused, None)
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi_without_422  # type: ignore[method-assign]

    if STATIC_DIR.is_dir():
        app.mount("/", StaticFiles(directory=STATIC_DIR, html=True), name="static")
    return app


class RateLimit:
    """ASGI middleware: API requests beyond the client's rate get 429 with Retry-After (docs and schema are free).

    Plain ASGI, not ``@app.middleware``: Starlette's BaseHTTPMiddleware ends a response cleanly when the app fails
    mid-stream, which would turn a cut export into a short file that looks whole."""

    def __init__(self, app: Any, limiter: RateLimiter, trusted_proxies: tuple[str, ...]):
        self.app = app
        self.limiter = limiter
        self.trusted_proxies = trusted_proxies

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope["type"] == "http" and path.startswith("/api/") and not path.startswith(("/api/docs", "/api/openapi")):
            wait = self.limiter.retry_after(client_address(Request(scope), self.trusted_proxies))
            if wait is not None:
                response = JSONResponse({"detail": f"too many requests: at most {self.limiter.per_minute} per minute"},
                                        status_code=429, headers={"Retry-After": str(wait)})
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class SecurityHeaders:
    """ASGI middleware: security headers on every response (the page gets a CSP without inline script)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope.get("path", "").startswith("/api/docs")  # Swagger UI needs inline script; the rest does not

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")  # sources do not learn who read about them
                if not docs:
                    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    headers.setdefault("X-Frame-Options", "DENY")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _failing_visibly(stream: Iterator[bytes]) -> Iterator[bytes]:
    """Pass the stream through; when it breaks, log it and re-raise, so the server aborts the response instead of
    ending it cleanly (the client sees an incomplete body, never a short file that looks whole)."""
    try:
        yield from stream
    except Exception as exc:
        log.error("export cut short: %s: %s", type(exc).__name__, exc)
        raise
