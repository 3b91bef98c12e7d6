"""Search: the Elasticsearch index of incident records (embedded osmem server or ``PANTAU_ES_URL``).

- :func:`get_client` / :func:`connect`: the one client factory (starts the embedded server when needed).
- :func:`index_pending`, :func:`rebuild_index`: fill the index from the store.
- :func:`search_records`, :func:`get_record`, :func:`iter_documents`, :func:`stats`: queries.
"""

from __future__ import annotations

from typing import Any

from elasticsearch import Elasticsearch

from pantau.search.client import Backend, connect, forget_clients, get_client
from pantau.search.indexer import FailedDocument, IndexReport, document_count, names_for, rebuild_index
from pantau.search.query import Filters, get_record, iter_documents, make_filters, search_records, stats
from pantau.store import Store

__all__ = [
    "Backend", "FailedDocument", "Filters", "IndexReport", "connect", "document_count", "forget_clients",
    "get_client", "get_record", "index_pending", "iter_documents", "make_filters", "names_for", "rebuild_index",
    "search_records", "stats",
]


def index_pending(store: Store, client: Elasticsearch, settings: Any = None, on_progress: Any = None) -> IndexReport:
    """Index every record the store has not indexed yet; failed documents are reported and stay queued."""
    from pantau.search import indexer

    return indexer.index_pending(store, client, settings, on_progress=on_progress)
