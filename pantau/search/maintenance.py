"""Housekeeping of the index versions: remove the ones no alias points to (left by interrupted rebuilds).

Index versions are named ``<prefix>-<kind>-v<mapping version>-<milliseconds>`` (e.g. ``pantau-records-v1-…``) and
served through aliases. A rebuild that was killed before its alias swap leaves its index behind, unaliased.

An unaliased version is kept only while it may still be filled by a live rebuild: its mapping's ``_meta`` names the
builder (:func:`builder_meta`, which a rebuild puts there) and that process still runs on this host. When the
builder cannot be known (no ``_meta``, or another host), it is kept only while it is newer than the version its kind
serves now, since a rebuild in progress elsewhere is always the newest.
"""

from __future__ import annotations

import os
import re
import socket
from dataclasses import dataclass
from typing import Any

from elasticsearch import Elasticsearch, NotFoundError

from pantau.processes import process_alive

BUILDER_META_KEY = "pantau_builder"


def builder_meta() -> dict[str, dict[str, Any]]:
    """The mapping ``_meta`` that marks an index as being built by this process (a rebuild adds it)."""
    return {BUILDER_META_KEY: {"host": socket.gethostname(), "pid": os.getpid()}}


@dataclass(frozen=True)
class IndexVersion:
    """One versioned index as the cluster reports it."""

    name: str
    kind: str
    created_ms: int
    aliased: bool
    builder: dict[str, Any] | None


def version_pattern(prefix: str) -> re.Pattern[str]:
    """Names of ``prefix``'s index versions: ``<prefix>-<kind>-v<N>-<ms>`` (a kind has no hyphen)."""
    return re.compile(rf"^{re.escape(prefix)}-(?P<kind>[a-z_]+)-v\d+-(?P<ms>\d+)$")


def index_versions(client: Elasticsearch, prefix: str) -> list[IndexVersion]:
    """Every versioned index of ``prefix``, with whether an alias points to it and who builds it."""
    pattern = version_pattern(prefix)
    try:
        indices = client.indices.get(index=f"{prefix}-*").body
    except NotFoundError:
        return []
    versions = []
    for name, info in indices.items():
        match = pattern.match(name)
        if not match:
            continue
        meta = (info.get("mappings") or {}).get("_meta") or {}
        versions.append(IndexVersion(name=name, kind=match["kind"], created_ms=int(match["ms"]),
                                     aliased=bool(info.get("aliases")), builder=meta.get(BUILDER_META_KEY)))
    return versions


def remove_orphaned_versions(client: Elasticsearch, prefix: str) -> list[str]:
    """Delete ``prefix``'s index versions that no alias points to and no live rebuild is filling; returns them."""
    versions = index_versions(client, prefix)
    served = {}
    for version in versions:
        if version.aliased:
            served[version.kind] = max(served.get(version.kind, 0), version.created_ms)
    orphans = [v.name for v in versions if not v.aliased and not _may_be_in_progress(v, served.get(v.kind))]
    for name in sorted(orphans):
        client.indices.delete(index=name, ignore_unavailable=True)
    return sorted(orphans)


def _may_be_in_progress(version: IndexVersion, served_ms: int | None) -> bool:
    builder = version.builder or {}
    if builder.get("host") == socket.gethostname() and isinstance(builder.get("pid"), int):
        return process_alive(builder["pid"])
    return served_ms is None or version.created_ms > served_ms
