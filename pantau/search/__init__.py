"""Search: the Elasticsearch indices of article records and of incidents and statistics (embedded osmem server
or ``PANTAU_ES_URL``).

- :func:`get_client` / :func:`connect`: the one client factory (starts the embedded server when needed).
- :func:`index_pending`, :func:`rebuild_index`: fill both indices from the store.
- :func:`search_records`, :func:`get_record` (:mod:`.query`); :func:`search_incidents`, :func:`get_incident`,
  :func:`search_statistics` (:mod:`.incident_query`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from elasticsearch import Elasticsearch

from pantau.search.client import Backend, connect, forget_clients, get_client
from pantau.search.filters import Filters, make_filters
from pantau.search.incident_query import get_incident, search_incidents, search_statistics
from pantau.search.indexer import FailedDocument, IndexReport, document_count, names_for
from pantau.search.query import get_record, search_records
from pantau.store import Store

__all__ = [
    "Backend", "FailedDocument", "Filters", "IndexReport", "connect", "document_count", "forget_clients",
    "get_client", "get_incident", "get_record", "index_pending", "make_filters", "names_for", "rebuild_index",
    "search_incidents", "search_records", "search_statistics",
]


def index_pending(store: Store, client: Elasticsearch, settings: Any = None,
                  on_progress: Callable[[int], None] | None = None) -> IndexReport:
    """Index every record the store has not indexed yet (failed ones are reported and stay queued), then bring the
    incidents index in line with the store (``report.incidents``)."""
    from pantau.search import incident_index, indexer

    report = indexer.index_pending(store, client, settings, on_progress=on_progress)
    return replace(report, incidents=incident_index.sync_incidents(store, client, settings))


def rebuild_index(store: Store, client: Elasticsearch, settings: Any = None,
                  on_progress: Callable[[int], None] | None = None) -> IndexReport:
    """Remove index versions left by killed rebuilds, then build new versions of the records and incidents
    indices from the store and swap their aliases (no downtime)."""
    from pantau.config import load_settings
    from pantau.search import incident_index, indexer
    from pantau.search.maintenance import remove_orphaned_versions

    settings = settings or load_settings()
    remove_orphaned_versions(client, settings.index_prefix)
    report = indexer.rebuild_index(store, client, settings, on_progress=on_progress)
    return replace(report, incidents=incident_index.rebuild_incidents(store, client, settings))
