"""Indexing: no duplicates, rebuilds swap aliases, failures are reported and stay queued."""

from __future__ import annotations

from search_samples import SAMPLES, record_for

from pantau.search import index_pending, rebuild_index
from pantau.search.indexer import aliased_indices, names_for


def count(env) -> int:
    return env.client.count(index=names_for(env.settings).read_alias)["count"]


def test_reindexing_never_duplicates(search_env):
    before = count(search_env)
    search_env.store.mark_all_unindexed()
    report = index_pending(search_env.store, search_env.client, search_env.settings)
    assert report.indexed == before and report.pending == 0
    assert count(search_env) == before == search_env.store.count_records()


def test_rebuild_swaps_aliases_without_duplicates(search_env):
    names = names_for(search_env.settings)
    old = aliased_indices(search_env.client, names.read_alias)
    report = rebuild_index(search_env.store, search_env.client, search_env.settings)
    new = aliased_indices(search_env.client, names.read_alias)
    assert new == aliased_indices(search_env.client, names.write_alias) == [report.index]
    assert new != old
    assert not search_env.client.indices.exists(index=old[0])
    assert count(search_env) == search_env.store.count_records()
    assert search_env.store.count_pending_index() == 0


def test_a_refused_document_is_reported_and_stays_queued(search_env):
    article = {**SAMPLES[0]["article"], "id": "broken-record", "url": "https://berita.example/broken"}
    record = record_for(SAMPLES[0], article)
    record["counts"][0]["value"] = "dua belas"  # not a number: the mapping refuses it
    search_env.store.upsert_article(article)
    search_env.store.save_records([record], "test")
    try:
        report = index_pending(search_env.store, search_env.client, search_env.settings)
        assert [failure.id for failure in report.failed] == ["broken-record"]
        assert report.failed[0].reason
        assert report.pending == 1
    finally:
        search_env.store.execute("DELETE FROM records WHERE article_id = 'broken-record'")
        search_env.store.execute("DELETE FROM articles WHERE id = 'broken-record'")


def test_incidents_are_synced_by_revision_and_rebuilt_with_records(search_env):
    from pantau import incidents
    from pantau.search.incident_index import KIND

    names = names_for(search_env.settings, KIND)
    index_pending(search_env.store, search_env.client, search_env.settings)  # settle what earlier tests changed
    again = index_pending(search_env.store, search_env.client, search_env.settings)
    assert again.incidents is not None and again.incidents.indexed == 0 and not again.incidents.failed
    expected = len(incidents.list_incidents(search_env.store)) + len(incidents.list_statistics(search_env.store))
    assert search_env.client.count(index=names.read_alias)["count"] == expected

    article = {**SAMPLES[0]["article"], "id": "sample-ginjal-kota", "url": "https://lain.example/ginjal-kota",
               "title": "Sindikat ginjal lain di Kota Bogor", "published": "2025-11-20"}
    record = record_for(SAMPLES[0], article)
    record["event_date"] = "2025-11-19"
    search_env.store.upsert_article(article)
    search_env.store.save_records([record], "test")
    try:
        report = index_pending(search_env.store, search_env.client, search_env.settings)
        assert report.incidents.indexed >= 1  # only what is new or changed is sent
        assert search_env.client.count(index=names.read_alias)["count"] == expected + report.incidents.indexed
    finally:
        search_env.store.execute("DELETE FROM records WHERE article_id = 'sample-ginjal-kota'")
    old = aliased_indices(search_env.client, names.read_alias)
    rebuilt = rebuild_index(search_env.store, search_env.client, search_env.settings)
    assert aliased_indices(search_env.client, names.read_alias) == [rebuilt.incidents.index] != old
