"""Search acceptance tests against a real embedded osmem server."""

from __future__ import annotations

import pytest

from pantau.errors import InputError
from pantau.search import get_record, make_filters, search_records
from pantau.search.display import redact
from pantau.search.indexer import aliased_indices, names_for


def search(env, **filters):
    return search_records(env.client, env.settings, **filters)


def test_ginjal_finds_the_organ_trafficking_record(search_env):
    response = search(search_env, q="ginjal")
    assert response["total"] >= 1
    assert all("organ_trafficking" in hit["modus"] for hit in response["hits"])
    assert response["hits"][0]["id"] == "sample-ginjal"
    assert any("<em>" in fragment for fragment in response["hits"][0]["highlight"].get("title", []))


def test_modus_filter_returns_only_that_modus(search_env):
    response = search(search_env, modus="online_scam")
    assert [hit["id"] for hit in response["hits"]] == ["sample-scam"]
    assert search(search_env, modus=["online_scam", "migrant_worker"])["total"] == 2


def test_province_facets_add_up_to_the_hits(search_env):
    response = search(search_env)
    assert response["total"] == 5  # six samples, one not relevant
    assert sum(bucket["count"] for bucket in response["facets"]["province"]) == response["total"]
    assert {"key": "unknown", "count": 1} in response["facets"]["province"]


def test_province_and_regency_accept_names_and_codes(search_env):
    by_name = search(search_env, province="Kepulauan Riau")
    assert [hit["id"] for hit in by_name["hits"]] == ["sample-pmi"]
    assert search(search_env, province="21")["total"] == 1
    assert [h["id"] for h in search(search_env, regency="Kabupaten Bekasi")["hits"]] == ["sample-ginjal"]
    assert [h["id"] for h in search(search_env, regency="71.71")["hits"]] == ["sample-scam"]


def test_evidence_sentences_are_in_the_article_text(search_env):
    alias = names_for(search_env.settings).read_alias
    hits = search(search_env, size=100, relevant="all")["hits"]
    assert len(hits) == 6
    for hit in hits:
        article = search_env.store.get_article(hit["id"])
        stored = search_env.client.get(index=alias, id=hit["id"])["_source"]
        shown = get_record(search_env.client, hit["id"], search_env.settings)
        for list_name in ("locations", "agencies", "counts"):
            for fact, shown_fact in zip(stored[list_name], shown[list_name], strict=True):
                assert fact["sentence"] and fact["sentence"] in article["text"]
                start, end = fact["evidence"]["start"], fact["evidence"]["end"]
                assert article["text"][start:end].strip() == fact["sentence"]
                assert shown_fact["sentence"] == redact(fact["sentence"])


def test_victims_are_redacted_in_shown_sentences(search_env):
    record = get_record(search_env.client, "sample-psk", search_env.settings)
    shown = " ".join(record["evidence"])
    assert "DN (16)" not in shown
    assert "AS (35)" in shown  # suspects' initials are public record


def test_synonyms_and_stems_match(search_env):
    assert "sample-pmi" in [h["id"] for h in search(search_env, q="PMI")["hits"]]  # pmi <-> pekerja migran
    assert "sample-psk" in [h["id"] for h in search(search_env, q="TPPO")["hits"]]  # <-> perdagangan orang
    assert "sample-scam" in [h["id"] for h in search(search_env, q="pulang")["hits"]]  # stem of dipulangkan


def test_query_syntax_phrases_exclusions_or(search_env):
    assert [h["id"] for h in search(search_env, q='"penipuan online"')["hits"]] == ["sample-scam"]
    assert "sample-ginjal" not in [h["id"] for h in search(search_env, q="kamboja -ginjal")["hits"]]
    ids = {h["id"] for h in search(search_env, q="ginjal OR mucikari")["hits"]}
    assert ids == {"sample-ginjal", "sample-psk"}
    assert search(search_env, q="narkoba")["total"] == 0  # not relevant: hidden by default
    assert search(search_env, q="narkoba", relevant="all")["total"] == 1


def test_dates_filter_on_event_date(search_env):
    ids = {h["id"] for h in search(search_env, date_from="2025-06-01", date_to="2025-06-30")["hits"]}
    assert ids == {"sample-pmi", "sample-psk"}


def test_cursor_pages_through_every_hit_once(search_env):
    seen, after = [], None
    while True:
        page = search(search_env, size=2, after=after)
        seen += [hit["id"] for hit in page["hits"]]
        after = page["next"]
        if not after:
            break
    assert len(seen) == len(set(seen)) == 5


@pytest.mark.parametrize("filters", [
    {"date_from": "2025-13-01"}, {"date_from": "2025-06-02", "date_to": "2025-06-01"}, {"modus": "organ"},
    {"province": "Narnia"}, {"province": "Kota Batam"}, {"q": '"ginjal'}, {"q": "ginjal OR"}, {"q": "("},
    {"relevant": "maybe"}, {"event_type": "raid"},
])
def test_bad_filters_are_input_errors(filters):
    with pytest.raises(InputError):
        make_filters(**filters)


def test_aliases_point_at_one_versioned_index(search_env):
    names = names_for(search_env.settings)
    read = aliased_indices(search_env.client, names.read_alias)
    assert read == aliased_indices(search_env.client, names.write_alias)
    assert len(read) == 1 and read[0].startswith("pantautest-records-v1-")
