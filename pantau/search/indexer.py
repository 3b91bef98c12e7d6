"""Index management: versioned indices behind read/write aliases, bulk indexing from the store, rebuilds.

Index names are ``<prefix>-<kind>-v1-<milliseconds>`` (kind: ``records``, or ``incidents`` for incidents and
statistics, see :mod:`pantau.search.incident_index`); readers use the alias ``<prefix>-<kind>`` and writers
``<prefix>-<kind>-write``. A rebuild fills a new index and swaps both aliases in one ``_aliases`` call, so
searches never see an empty or half-filled index. Only features that both osmem and a real cluster support are used
(no point-in-time, scripts, ingest pipelines, runtime fields or data streams).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError, helpers

from pantau.config import Settings
from pantau.errors import SearchUnavailable
from pantau.search.analysis import index_template
from pantau.search.documents import build_document
from pantau.store import Store

MAPPING_VERSION = "v1"
BULK_CHUNK = 500
BULK_TIMEOUT_S = 300  # a busy embedded server can take long over a chunk
BULK_THREADS = 2


@dataclass(frozen=True)
class IndexNames:
    """The names one Pantau installation uses in the cluster."""

    prefix: str
    kind: str = "records"

    @property
    def template(self) -> str:
        return f"{self.prefix}-{self.kind}"

    @property
    def pattern(self) -> str:
        return f"{self.prefix}-{self.kind}-{MAPPING_VERSION}-*"

    @property
    def read_alias(self) -> str:
        return f"{self.prefix}-{self.kind}"

    @property
    def write_alias(self) -> str:
        return f"{self.prefix}-{self.kind}-write"

    def new_index(self) -> str:
        return f"{self.prefix}-{self.kind}-{MAPPING_VERSION}-{time.time_ns() // 1_000_000}"


def names_for(settings: Settings, kind: str = "records") -> IndexNames:
    return IndexNames(settings.index_prefix, kind)


@dataclass
class FailedDocument:
    """A document the cluster refused, with its reason."""

    id: str
    reason: str


@dataclass
class IndexReport:
    """What an indexing run did."""

    indexed: int = 0
    failed: list[FailedDocument] = field(default_factory=list)
    pending: int = 0
    index: str | None = None
    incidents: IndexReport | None = None  # the incidents index's part of a run over both indices


def apply_template(client: Elasticsearch, settings: Settings, kind: str = "records") -> None:
    """Put the index template of ``kind`` (idempotent: the same body every time)."""
    names = names_for(settings, kind)
    config = index_template(kind, settings.index_shards, settings.index_replicas)
    client.indices.put_index_template(
        name=names.template,
        index_patterns=[names.pattern],
        template={"settings": config["settings"], "mappings": config["mappings"]},
        priority=100,
    )


def aliased_indices(client: Elasticsearch, alias: str) -> list[str]:
    """The indices behind ``alias`` (empty when the alias does not exist)."""
    try:
        return sorted(client.indices.get_alias(name=alias).body)
    except NotFoundError:
        return []


def ensure_index(client: Elasticsearch, settings: Settings, kind: str = "records") -> bool:
    """Make sure the template, an index and both aliases exist; returns True when a new index was created."""
    names = names_for(settings, kind)
    apply_template(client, settings, kind)
    if aliased_indices(client, names.read_alias) and aliased_indices(client, names.write_alias):
        return False
    index = names.new_index()
    client.indices.create(index=index)
    client.indices.update_aliases(actions=[
        {"add": {"index": index, "alias": names.read_alias}},
        {"add": {"index": index, "alias": names.write_alias, "is_write_index": True}},
    ])
    return True


def _actions(index: str, pending: Iterable[tuple[dict[str, Any], dict[str, Any], str]]) -> Iterator[dict[str, Any]]:
    for article, record, _ in pending:
        yield {"_op_type": "index", "_index": index, "_id": str(record["id"]),
               "_source": build_document(article, record)}


def bulk_index(
    client: Elasticsearch,
    index: str,
    pending: list[tuple[dict[str, Any], dict[str, Any], str]],
    on_done: Callable[[list[tuple[str, str]]], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IndexReport:
    """Bulk-index (article, record, record_hash) triples into ``index``; each failed document is reported.

    ``on_done`` receives the (article_id, record_hash) pairs of each chunk that made it in.
    """
    report = IndexReport(index=index)
    hashes = {str(record["id"]): rhash for _, record, rhash in pending}
    done: list[tuple[str, str]] = []
    try:
        # Two bulk requests in flight: documents (Sastrawi stems) are built while the server indexes a chunk.
        results = helpers.parallel_bulk(
            client.options(request_timeout=BULK_TIMEOUT_S), _actions(index, pending), thread_count=BULK_THREADS,
            queue_size=BULK_THREADS, chunk_size=BULK_CHUNK, raise_on_error=False, raise_on_exception=False,
        )
        for ok, item in results:
            info = next(iter(item.values()))
            doc_id = str(info.get("_id"))
            if ok:
                report.indexed += 1
                done.append((doc_id, hashes[doc_id]))
            else:
                error = info.get("error")
                reason = error.get("reason", str(error)) if isinstance(error, dict) else str(error)
                report.failed.append(FailedDocument(doc_id, reason))
            if len(done) >= BULK_CHUNK:
                if on_done:
                    on_done(done)
                done = []
            if on_progress:
                on_progress(1)
    finally:
        if done and on_done:
            on_done(done)
    return report


def index_pending(store: Store, client: Elasticsearch, settings: Settings | None = None,
                  on_progress: Callable[[int], None] | None = None) -> IndexReport:
    """Index every record the store has not indexed yet (as it is now); failed ones stay queued."""
    from pantau.config import load_settings

    settings = settings or load_settings()
    names = names_for(settings)
    try:
        if ensure_index(client, settings):
            store.mark_all_unindexed()
        pending = store.records_to_index()
        report = bulk_index(client, names.write_alias, pending, on_done=store.mark_indexed, on_progress=on_progress)
        if report.indexed:
            client.indices.refresh(index=names.read_alias)
    except TransportError as exc:
        raise SearchUnavailable(f"search cluster unreachable while indexing ({exc}); records stay queued") from None
    report.pending = store.count_pending_index()
    return report


def rebuild_index(store: Store, client: Elasticsearch, settings: Settings | None = None,
                  on_progress: Callable[[int], None] | None = None) -> IndexReport:
    """Fill a new versioned index from the store, swap both aliases to it atomically, delete the old ones."""
    from pantau.config import load_settings

    settings = settings or load_settings()
    names = names_for(settings)
    index = create_version(client, settings, names)
    records = [(article, record, "") for article, record in store.iter_records()]
    with_hashes = _with_current_hashes(store, records)
    try:
        report = bulk_index(client, index, with_hashes, on_progress=on_progress)
    except BaseException:
        client.indices.delete(index=index, ignore_unavailable=True)
        raise
    swap_aliases(client, names, index)
    failed_ids = {failure.id for failure in report.failed}
    store.mark_all_unindexed()
    store.mark_indexed([(aid, rhash) for aid, rhash in _current_hashes(store) if aid not in failed_ids])
    report.pending = store.count_pending_index()
    return report


def create_version(client: Elasticsearch, settings: Settings, names: IndexNames) -> str:
    """Create a new index version for a rebuild, marked as this process's build until its aliases are swapped."""
    from pantau.search.maintenance import builder_meta

    apply_template(client, settings, names.kind)
    index = names.new_index()
    client.indices.create(index=index, mappings={"_meta": builder_meta()})
    return index


def swap_aliases(client: Elasticsearch, names: IndexNames, index: str) -> None:
    """Refresh ``index``, point both aliases at it in one call, and delete the indices they pointed at before."""
    client.indices.refresh(index=index)
    current = {alias: aliased_indices(client, alias) for alias in (names.read_alias, names.write_alias)}
    actions: list[dict[str, Any]] = [
        {"remove": {"index": name, "alias": alias}} for alias, members in current.items() for name in members
    ]
    actions += [
        {"add": {"index": index, "alias": names.read_alias}},
        {"add": {"index": index, "alias": names.write_alias, "is_write_index": True}},
    ]
    client.indices.update_aliases(actions=actions)
    for name in sorted({name for members in current.values() for name in members} - {index}):
        client.indices.delete(index=name, ignore_unavailable=True)


def _current_hashes(store: Store) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in store.execute("SELECT article_id, record_hash FROM records").fetchall()]


def _with_current_hashes(store: Store, records: list[tuple[dict[str, Any], dict[str, Any], str]]
                         ) -> list[tuple[dict[str, Any], dict[str, Any], str]]:
    hashes = dict(_current_hashes(store))
    return [(article, record, hashes.get(str(record["id"]), "")) for article, record, _ in records]


def document_count(client: Elasticsearch, settings: Settings) -> int | None:
    """How many records the read alias holds (None when there is no index yet)."""
    try:
        return int(client.count(index=names_for(settings).read_alias)["count"])
    except NotFoundError:
        return None
    except ApiError:
        return None
