"""The HTTP API through FastAPI's TestClient, against a real embedded search server filled from a real store."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from pantau import incidents
from pantau.api import create_app
from pantau.search.cursors import encode_cursor


@pytest.fixture(scope="module")
def api(search_env):
    return TestClient(create_app(search_env.settings, search_env.client))


# Records ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/api/records", "/api/search"])
def test_record_search_response_shape_and_facets(api, path):
    response = api.get(path, params={"q": "ginjal"})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"total", "hits", "facets", "next"}
    assert set(body["facets"]) == {"province", "modus", "event_type", "agency_type", "month"}
    hit = body["hits"][0]
    assert hit["id"] == "sample-ginjal" and "organ_trafficking" in hit["modus"]
    assert hit["url"] == "https://berita.example/ginjal-bekasi" and hit["title"] and hit["published"]
    assert hit["highlight"]
    assert sum(b["count"] for b in body["facets"]["province"]) == body["total"]


def test_modus_filter(api):
    body = api.get("/api/records", params={"modus": "online_scam"}).json()
    assert body["total"] == 1 and all("online_scam" in hit["modus"] for hit in body["hits"])


def test_record_has_evidence_sentences(api):
    body = api.get("/api/records/sample-scam").json()
    assert body["counts"][0]["sentence"] == "Sebanyak 20 warga asal Sulawesi Utara dipulangkan dari Kamboja."
    assert body["url"] and body["evidence"]
    assert api.get("/api/records/nope").status_code == 404


# Incidents and statistics -----------------------------------------------------------------------------------------

def test_incidents_are_listed_with_figures_and_reports(api, search_env):
    body = api.get("/api/incidents").json()
    expected = incidents.list_incidents(search_env.store)
    assert body["total"] == len(expected) == 4
    assert {hit["id"] for hit in body["hits"]} == {incident["id"] for incident in expected}
    assert set(body["facets"]) == {"province", "modus", "month", "outlet", "agency"}
    ginjal = next(hit for hit in body["hits"] if hit["place"]["province"] == "Jawa Barat")
    assert ginjal["figures"]["victims"]["value"] == 12
    assert ginjal["figures"]["victims"]["rule"]
    assert ginjal["reports"][0]["url"] == "https://berita.example/ginjal-bekasi"
    assert ginjal["region_reason"] is None  # no region asked for


def test_incident_search_and_region_reason(api, search_env):
    body = api.get("/api/incidents", params={"q": "ginjal"}).json()
    assert body["total"] == 1 and body["hits"][0]["place"]["province"] == "Jawa Barat"
    assert body["hits"][0]["highlight"]
    listed = api.get("/api/incidents", params={"regency": "Kota Batam"}).json()["hits"]
    expected = incidents.list_incidents(search_env.store, region="21.71")
    assert [hit["id"] for hit in listed] == [incident["id"] for incident in expected]
    assert all(hit["region_reason"] == "event" for hit in listed)


def test_incident_listed_for_its_victims_origin_says_so(api, search_env):
    """An incident whose victims come from a region is listed there with the reason, and not as an event there."""
    from pantau.search.incident_index import KIND, incident_document
    from pantau.search.indexer import names_for

    base = incidents.list_incidents(search_env.store)[0]
    origin = {**base, "id": "inc-origin-test", "merged_ids": ["inc-merged-away"],
              "locations": [*base["locations"], {"name": "Kabupaten Merangin", "level": "regency", "province": "Jambi",
                                                 "code": "15.02", "role": "victims_origin"}]}
    index = names_for(search_env.settings, KIND).write_alias
    search_env.client.index(index=index, id=origin["id"], document=incident_document(origin, {}), refresh=True)
    try:
        hits = api.get("/api/incidents", params={"province": "Jambi"}).json()["hits"]
        assert [(hit["id"], hit["region_reason"]) for hit in hits] == [("inc-origin-test", "victims_origin")]
        assert api.get("/api/incidents/inc-merged-away").json()["id"] == "inc-origin-test"  # a merged id resolves
    finally:
        search_env.client.delete(index=index, id=origin["id"], refresh=True)


def test_one_incident_by_id_and_404(api, search_env):
    first = incidents.list_incidents(search_env.store)[0]
    assert api.get(f"/api/incidents/{first['id']}").json() == first
    assert api.get("/api/incidents/sample-scam").status_code == 404  # a record is not an incident
    assert api.get("/api/incidents/inc-nope").status_code == 404


def test_statistics_are_listed_apart(api, search_env):
    body = api.get("/api/statistics").json()
    assert body["total"] == len(incidents.list_statistics(search_env.store)) == 1
    assert body["hits"][0]["figures"] == {"cases": 312} and body["hits"][0]["sentence"]
    assert api.get("/api/statistics", params={"q": "kasus"}).json()["total"] == 1


def test_stats_come_from_the_one_aggregation(api, search_env):
    body = api.get("/api/stats").json()
    every = incidents.list_incidents(search_env.store)
    assert body["totals"] == incidents.aggregate(every)
    assert body["provinces"] == incidents.aggregate_by_province(every)
    assert body["totals"]["victims"] == sum(p["victims"] for p in body["provinces"].values())
    jabar = api.get("/api/stats", params={"province": "Jawa Barat", "date_to": "2025-12-31"}).json()
    assert jabar["region"] == "32"
    assert jabar["totals"] == incidents.aggregate(incidents.list_incidents(search_env.store, "32"), "32")
    assert jabar["totals"]["victims"] == 12  # the statistics article's 312 cases are not added


def test_stats_take_one_region(api):
    response = api.get("/api/stats", params=[("province", "Jawa Barat"), ("province", "Bali")])
    assert response.status_code == 400 and "one region" in response.json()["detail"]


# Bad input --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("params", [
    {"date_from": "kemarin"}, {"date_to": "2025-02-30"}, {"date_from": "2025-06-02", "date_to": "2025-06-01"},
    {"modus": "organ"}, {"event_type": "raid"}, {"agency_type": "army"}, {"province": "Narnia"},
    {"regency": "Jawa Barat"}, {"size": "101"}, {"size": "0"}, {"size": "many"}, {"q": '"ginjal'},
    {"q": "OR ginjal"}, {"q": "-"}, {"after": "not-a-cursor"}, {"after": encode_cursor([1, "x"], 9_990)},
    {"relevant": "maybe"}, {"provinsi": "Bali"}, {"q": "x" * 600},
])
def test_bad_search_input_is_a_clear_400(api, params):
    response = api.get("/api/records", params=params)
    assert response.status_code == 400
    assert isinstance(response.json()["detail"], str) and response.json()["detail"]


@pytest.mark.parametrize("path", ["/api/records", "/api/incidents", "/api/statistics", "/api/export"])
@pytest.mark.parametrize("query", ["*:*", "\\", "\x00", "ginjal\x00", "🙂🙂", "%FF%FE", "()", '""'])
def test_a_query_with_no_searchable_word_is_400_never_everything(api, path, query):
    raw = query if query.startswith("%") else None
    response = api.get(f"{path}?q={raw}") if raw else api.get(path, params={"q": query})
    assert response.status_code == 400, response.text
    assert "word" in response.json()["detail"] or "UTF-8" in response.json()["detail"]


@pytest.mark.parametrize("path", ["/api/export?format=xml", "/api/export?rows=sentence", "/api/export?modus=x",
                                  "/api/export?level=article", "/api/stats?date_from=2025", "/api/stats?size=3",
                                  "/api/stats?q=ginjal", "/api/incidents?event_type=incident",
                                  "/api/export?rows=fact", "/api/export?level=incident&relevant=all"])
def test_bad_export_and_stats_input_is_400(api, path):
    response = api.get(path)
    assert response.status_code == 400 and response.json()["detail"]


def test_unknown_paths_404_and_wrong_methods_405(api):
    response = api.get("/api/reindex")
    assert response.status_code == 405 and response.headers["Allow"] == "POST"
    assert api.delete("/api/incidents").status_code == 405
    assert api.get("/api/nothing-here").status_code == 404


# Exports ----------------------------------------------------------------------------------------------------------

def test_incident_export_is_the_default(api, search_env):
    response = api.get("/api/export")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert int(response.headers["X-Total-Count"]) == len(rows) == 4
    by_id = {incident["id"]: incident for incident in incidents.list_incidents(search_env.store)}
    for row in rows:
        assert int(row["victims"]) == by_id[row["id"]]["figures"]["victims"]["value"]
        assert row["urls"] == " | ".join(r["url"] for r in by_id[row["id"]]["reports"])
    lines = api.get("/api/export", params={"format": "jsonl", "regency": "Kota Batam"}).text.splitlines()
    assert [json.loads(line)["region_reason"] for line in lines] == ["event"]
    table = pq.read_table(io.BytesIO(api.get("/api/export", params={"format": "parquet"}).content))
    assert table.num_rows == 4 and sorted(table.column("id").to_pylist()) == sorted(by_id)


def test_export_csv_per_fact_has_source_and_evidence(api, search_env):
    response = api.get("/api/export", params={"level": "record", "format": "csv", "rows": "fact",
                                              "modus": "organ_trafficking"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 5  # two places, one agency, two counts
    text = search_env.store.get_article("sample-ginjal")["text"]
    for row in rows:
        assert row["url"] == "https://berita.example/ginjal-bekasi"
        assert row["evidence"] and row["evidence"] in text


def test_export_jsonl_and_parquet_per_record(api):
    response = api.get("/api/export", params={"level": "record", "format": "jsonl"})
    assert response.headers["content-type"] == "application/x-ndjson"
    records = [json.loads(line) for line in response.text.splitlines()]
    assert len(records) == int(response.headers["X-Total-Count"]) == 5
    assert all(r["url"] and r["evidence"] for r in records)
    response = api.get("/api/export", params={"level": "record", "format": "parquet", "province": "Jawa Barat"})
    assert response.headers["content-type"] == "application/vnd.apache.parquet"
    assert int(response.headers["Content-Length"]) == len(response.content)
    table = pq.read_table(io.BytesIO(response.content))
    assert table.num_rows == 1 and table.column("id").to_pylist() == ["sample-ginjal"]


# Page, headers, keys ----------------------------------------------------------------------------------------------

def test_page_is_served_at_root(api):
    response = api.get("/")
    assert response.status_code == 200 and "<html" in response.text.lower()
    assert api.get("/api/openapi.json").json()["paths"]["/api/incidents"]


def test_page_and_api_send_security_headers(api):
    page = api.get("/")
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
    assert page.headers["X-Frame-Options"] == "DENY"
    for response in (page, api.get("/api/records", params={"q": "ginjal"}), api.get("/api/records?size=1000")):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "Content-Security-Policy" not in api.get("/api/docs").headers  # Swagger UI runs inline script


def test_keys_and_rate_limit(search_env):
    keyed = TestClient(create_app(replace(search_env.settings, api_key="admin-key", api_read_key="read-key",
                                          api_rate_limit_per_minute=5), search_env.client))
    assert keyed.get("/api/records").status_code == 401
    health = keyed.get("/api/health")
    assert health.status_code == 401 and "records" not in health.text  # no counts without the read key
    assert keyed.get("/api/records", headers={"X-API-Key": "read-key"}).status_code == 200
    assert keyed.post("/api/reindex", headers={"X-API-Key": "read-key"}).status_code == 401
    response = keyed.post("/api/reindex", headers={"Authorization": "Bearer admin-key"})
    assert response.status_code == 200 and response.json()["failed"] == []
    limited = keyed.get("/api/records", headers={"X-API-Key": "read-key"})
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert limited.headers["X-Content-Type-Options"] == "nosniff"
    open_app = TestClient(create_app(search_env.settings, search_env.client))
    assert open_app.post("/api/reindex").status_code == 403  # no PANTAU_API_KEY: writing disabled
    health = open_app.get("/api/health").json()
    assert health["records"] == search_env.store.count_records() and health["incidents"] == 4


def test_openapi_declares_statuses_bounds_and_media_types(api):
    spec = api.get("/api/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/incidents", "/api/records", "/api/statistics", "/api/export"):
        declared = set(paths[path]["get"]["responses"])
        assert {"200", "400", "401", "429", "503"} <= declared and "422" not in declared
    assert "404" in paths["/api/incidents/{incident_id}"]["get"]["responses"]
    assert "403" in paths["/api/reindex"]["post"]["responses"]
    size = next(p for p in paths["/api/incidents"]["get"]["parameters"] if p["name"] == "size")["schema"]
    assert (size["minimum"], size["maximum"]) == (1, 100)
    export_media = set(paths["/api/export"]["get"]["responses"]["200"]["content"])
    assert export_media == {"text/csv", "application/x-ndjson", "application/vnd.apache.parquet"}
    assert "HTML-escaped" in spec["info"]["description"]


def test_an_empty_parameter_is_400(api):
    response = api.get("/api/records?province=")
    assert response.status_code == 400 and "province" in response.json()["detail"]


def test_every_path_answers_405_with_allow_for_methods_it_does_not_take(api):
    paths = api.get("/api/openapi.json").json()["paths"]
    for path, operations in paths.items():
        concrete = path.replace("{incident_id}", "inc-x").replace("{record_id}", "rec-x")
        declared = {method.upper() for method in operations}
        for method in {"GET", "POST", "PUT", "PATCH", "DELETE"} - declared:
            response = api.request(method, concrete)
            assert response.status_code == 405, (method, path)
            assert set(response.headers["Allow"].split(", ")) == declared, (method, path)
