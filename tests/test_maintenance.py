"""Orphaned index versions (left by a killed rebuild) are removed; served and in-progress ones are kept."""

from __future__ import annotations

import os
import subprocess
import sys

from pantau.search.maintenance import BUILDER_META_KEY, builder_meta, index_versions, remove_orphaned_versions


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _create(client, name: str, meta: dict | None = None) -> None:  # noqa: ANN001 - Elasticsearch
    client.indices.create(index=name, mappings={"_meta": meta} if meta else None)


def test_orphans_removed_served_and_live_builds_kept(make_search_env):
    env = make_search_env("orphans")
    client, prefix = env.client, env.settings.index_prefix
    (served,) = [v for v in index_versions(client, prefix) if v.aliased and v.kind == "records"]
    older = f"{prefix}-records-v1-{served.created_ms - 1000}"
    killed = f"{prefix}-records-v1-{served.created_ms + 1000}"
    live = f"{prefix}-records-v1-{served.created_ms + 2000}"
    elsewhere = f"{prefix}-records-v1-{served.created_ms + 3000}"
    other_installation = f"{prefix}-test-records-v1-{served.created_ms - 5000}"
    _create(client, older)
    _create(client, killed, {BUILDER_META_KEY: {**builder_meta()[BUILDER_META_KEY], "pid": _dead_pid()}})
    _create(client, live, builder_meta())
    _create(client, elsewhere, {BUILDER_META_KEY: {"host": "another-host", "pid": os.getpid()}})
    _create(client, other_installation)
    try:
        assert remove_orphaned_versions(client, prefix) == sorted([older, killed])
        left = {v.name for v in index_versions(client, prefix) if v.kind == "records"}
        assert left == {served.name, live, elsewhere}
        assert client.indices.exists(index=other_installation)
        assert env.client.count(index=f"{prefix}-records")["count"] == env.store.count_records()
        assert remove_orphaned_versions(client, prefix) == []
    finally:
        client.indices.delete(index=f"{live},{elsewhere},{other_installation}", ignore_unavailable=True)


def test_after_a_swap_the_previous_newer_orphan_goes(make_search_env):
    """Without a builder mark, a leftover newer than the served version is kept until a rebuild serves a newer one."""
    from pantau.search import indexer

    env = make_search_env("orphan-swap")
    client, prefix = env.client, env.settings.index_prefix
    (served,) = [v for v in index_versions(client, prefix) if v.aliased and v.kind == "records"]
    leftover = f"{prefix}-records-v1-{served.created_ms + 1}"
    _create(client, leftover)
    assert remove_orphaned_versions(client, prefix) == []
    indexer.rebuild_index(env.store, client, env.settings)  # the records index alone: the leftover stays
    assert remove_orphaned_versions(client, prefix) == [leftover]


def test_the_next_rebuild_removes_a_killed_rebuilds_index(make_search_env):
    """A rebuild killed midway left its index (marked with its dead builder); the next rebuild removes it."""
    from pantau.search import rebuild_index

    env = make_search_env("orphan-rebuild")
    client, prefix = env.client, env.settings.index_prefix
    (served,) = [v for v in index_versions(client, prefix) if v.aliased and v.kind == "records"]
    half_built = f"{prefix}-records-v1-{served.created_ms + 1}"
    _create(client, half_built, {BUILDER_META_KEY: {**builder_meta()[BUILDER_META_KEY], "pid": _dead_pid()}})
    client.index(index=half_built, id="partial", document={"title": "half"})
    rebuild_index(env.store, client, env.settings)
    names = {v.name for v in index_versions(client, prefix)}
    assert half_built not in names
    assert all(v.aliased for v in index_versions(client, prefix))
    assert client.count(index=f"{prefix}-records")["count"] == env.store.count_records()
