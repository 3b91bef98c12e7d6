"""The one place that makes Elasticsearch clients.

With ``PANTAU_ES_URL`` set, Pantau uses that cluster (API key or user/password, TLS verification on, optional CA
certificates). Otherwise it uses the embedded osmem server: a running persistent one (``pantau es start``), or one
started for this process's lifetime. The embedded server keeps data in memory only, so whenever one starts the index
is rebuilt from the store. At first use the backend is probed, so a setting it accepts but ignores is caught.

The embedded server answers 406 to the official client's compatibility media type; ``server_mode="serverless"``
makes the client send plain ``application/json`` (plus an ``elastic-api-version`` header, which osmem ignores). That
is the only difference: a real cluster gets the client's default (stack) mode, and the same requests.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from elasticsearch import ApiError, AuthenticationException, AuthorizationException, Elasticsearch, TransportError

from pantau.config import Settings, load_settings
from pantau.errors import SearchUnavailable
from pantau.search import embedded
from pantau.store import Store

REQUEST_TIMEOUT_S = 30


@dataclass(frozen=True)
class Backend:
    """Where searches go and what the probe found."""

    url: str
    embedded: bool
    persistent: bool
    pid: int | None
    analyzer_ok: bool
    synonym_filter_works: bool
    indexed_at_start: int = 0  # records indexed from the store because the server or index was new


_lock = threading.Lock()
_clients: dict[tuple[str, str], tuple[Elasticsearch, Backend]] = {}


def _cache_key(settings: Settings) -> tuple[str, str]:
    return (settings.es_url or f"embedded:{settings.home}", settings.index_prefix)


def _external_client(settings: Settings) -> Elasticsearch:
    options: dict[str, Any] = {"request_timeout": REQUEST_TIMEOUT_S, "verify_certs": settings.es_verify_certs}
    if settings.es_api_key:
        options["api_key"] = settings.es_api_key
    elif settings.es_username:
        options["basic_auth"] = (settings.es_username, settings.es_password or "")
    if settings.es_ca_certs:
        options["ca_certs"] = settings.es_ca_certs
    return Elasticsearch(settings.es_url, **options)


def embedded_client(url: str) -> Elasticsearch:
    """A client for the embedded osmem server at ``url``."""
    return Elasticsearch(url, server_mode="serverless", request_timeout=REQUEST_TIMEOUT_S)


def _unavailable(where: str, exc: Exception) -> SearchUnavailable:
    if isinstance(exc, AuthenticationException | AuthorizationException):
        return SearchUnavailable(f"search cluster {where} refused the credentials (PANTAU_ES_API_KEY / USERNAME)")
    reason = str(getattr(exc, "message", None) or exc or type(exc).__name__).splitlines()[0]
    errno = re.search(r"\[Errno -?\d+\] ([^)'\"]+)", reason)
    reason = errno.group(1).strip().lower() if errno else reason[:160]
    return SearchUnavailable(f"search cluster {where} is unreachable ({reason}); records stay queued in the store")


def probe_backend(client: Elasticsearch, settings: Settings) -> tuple[bool, bool]:
    """Check on a tiny index that the analyzer works and whether synonym filters work; returns (analyzer_ok, syn_ok).

    Raises :class:`SearchUnavailable` when the analyzer Pantau relies on (lowercase, ascii folding, stop words)
    does not behave, because every search would then be wrong.
    """
    from pantau.search.analysis import records_template

    probe = f"{settings.index_prefix}-probe"
    analysis = records_template(1, 0)["settings"]["analysis"]
    analysis = {**analysis, "filter": {**analysis["filter"], "pantau_probe_syn": {
        "type": "synonym", "synonyms": ["tppo, perdagangan"]}}}
    analysis["analyzer"] = {**analysis["analyzer"], "pantau_probe_syn": {
        "type": "custom", "tokenizer": "standard", "filter": ["lowercase", "pantau_probe_syn"]}}
    client.indices.delete(index=probe, ignore_unavailable=True)
    client.indices.create(index=probe, settings={"number_of_shards": 1, "number_of_replicas": 0, "analysis": analysis},
                          mappings={"properties": {"text": {"type": "text", "analyzer": "pantau_id_text"},
                                                   "syn": {"type": "text", "analyzer": "pantau_probe_syn"}}})
    try:
        tokens = [t["token"] for t in client.indices.analyze(
            index=probe, analyzer="pantau_id_text", text="Korban YANG dijual ke Malaysia")["tokens"]]
        analyzer_ok = tokens == ["korban", "dijual", "malaysia"]
        client.index(index=probe, id="1", document={"text": "jual ginjal", "syn": "perdagangan ginjal"})
        client.index(index=probe, id="2", document={"text": "kapal ikan", "syn": "kapal ikan"})
        client.indices.refresh(index=probe)
        ginjal = client.search(index=probe, query={"match": {"text": "ginjal"}}, size=0)["hits"]["total"]["value"]
        synonym = client.search(index=probe, query={"match": {"syn": "tppo"}}, size=0)["hits"]["total"]["value"]
    finally:
        client.indices.delete(index=probe, ignore_unavailable=True)
    if not analyzer_ok or ginjal != 1:
        raise SearchUnavailable(
            f"the search backend does not analyse text as Pantau needs (tokens {tokens}, {ginjal} hits for one match)"
        )
    return analyzer_ok, synonym == 1


def _connect_external(settings: Settings, store: Store | None) -> tuple[Elasticsearch, Backend]:
    client = _external_client(settings)
    try:
        client.info()
        analyzer_ok, syn_ok = probe_backend(client, settings)
        filled = _fill_if_new(client, settings, store, fresh_server=False)
    except (TransportError, ApiError) as exc:
        raise _unavailable(settings.es_url or "", exc) from None
    return client, Backend(settings.es_url or "", False, False, None, analyzer_ok, syn_ok, filled)


def _connect_embedded(settings: Settings, store: Store | None) -> tuple[Elasticsearch, Backend]:
    server = embedded.running_server(settings)
    started = server is None
    if server is None:
        server = embedded.start_for_this_process(settings)
    client = embedded_client(server.url)
    try:
        analyzer_ok, syn_ok = probe_backend(client, settings)
        filled = _fill_if_new(client, settings, store, fresh_server=started)
    except (TransportError, ApiError) as exc:
        raise _unavailable(f"(embedded, {server.url})", exc) from None
    return client, Backend(server.url, True, server.persistent, server.pid, analyzer_ok, syn_ok, filled)


def _fill_if_new(client: Elasticsearch, settings: Settings, store: Store | None, fresh_server: bool) -> int:
    """A freshly started embedded server or a new, empty index: index every record (and incident) of the store."""
    from pantau.search.incident_index import KIND
    from pantau.search.indexer import ensure_index

    new_records = ensure_index(client, settings)
    new_incidents = ensure_index(client, settings, KIND)
    if new_records or new_incidents or fresh_server:
        return rebuild_from_store(client, settings, store)
    return 0


def rebuild_from_store(client: Elasticsearch, settings: Settings, store: Store | None = None) -> int:
    """Queue every record of the store again and index them, then the incidents and statistics (the indices were
    empty); returns the records indexed."""
    from pantau.search import index_pending

    own_store = store is None
    store = store or Store(settings.store_path)
    try:
        store.mark_all_unindexed()
        return index_pending(store, client, settings).indexed
    finally:
        if own_store:
            store.close()


def connect(settings: Settings | None = None, store: Store | None = None) -> tuple[Elasticsearch, Backend]:
    """A ready client and a description of its backend (cached per process and configuration)."""
    settings = settings or load_settings()
    key = _cache_key(settings)
    with _lock:
        if key not in _clients:
            connect_backend = _connect_external if settings.es_url else _connect_embedded
            _clients[key] = connect_backend(settings, store)
        return _clients[key]


def get_client(settings: Settings | None = None, store: Store | None = None) -> Elasticsearch:
    """A ready ``Elasticsearch`` client; raises :class:`SearchUnavailable` (one line) when search cannot be used."""
    return connect(settings, store)[0]


def forget_clients() -> None:
    """Drop cached clients (after the embedded server was stopped, or in tests)."""
    with _lock:
        _clients.clear()
