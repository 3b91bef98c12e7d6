"""The HTTP API through FastAPI's TestClient, against a real embedded search server."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from pantau.api import create_app
from pantau.search.query import encode_cursor


@pytest.fixture(scope="module")
def api(search_env):
    return TestClient(create_app(search_env.settings, search_env.client))


def test_search_response_shape_and_facets(api):
    response = api.get("/api/search", params={"q": "ginjal"})
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
    body = api.get("/api/search", params={"modus": "online_scam"}).json()
    assert body["total"] == 1 and all("online_scam" in hit["modus"] for hit in body["hits"])


def test_incident_has_evidence_sentences(api):
    body = api.get("/api/incidents/sample-scam").json()
    assert body["counts"][0]["sentence"] == "Sebanyak 20 warga asal Sulawesi Utara dipulangkan dari Kamboja."
    assert body["url"] and body["evidence"]
    assert api.get("/api/incidents/nope").status_code == 404


@pytest.mark.parametrize("params", [
    {"date_from": "kemarin"}, {"date_to": "2025-02-30"}, {"date_from": "2025-06-02", "date_to": "2025-06-01"},
    {"modus": "organ"}, {"event_type": "raid"}, {"agency_type": "army"}, {"province": "Narnia"},
    {"regency": "Jawa Barat"}, {"size": "101"}, {"size": "0"}, {"size": "many"}, {"q": '"ginjal'},
    {"q": "OR ginjal"}, {"q": "-"}, {"after": "not-a-cursor"}, {"after": encode_cursor([1, "x"], 9_990)},
    {"relevant": "maybe"}, {"provinsi": "Bali"}, {"q": "x" * 600},
])
def test_bad_search_input_is_a_clear_4xx(api, params):
    response = api.get("/api/search", params=params)
    assert 400 <= response.status_code < 500
    assert isinstance(response.json()["detail"], str) and response.json()["detail"]


@pytest.mark.parametrize("path", ["/api/export?format=xml", "/api/export?rows=sentence", "/api/export?modus=x",
                                  "/api/stats?date_from=2025", "/api/stats?size=3"])
def test_bad_export_and_stats_input_is_4xx(api, path):
    response = api.get(path)
    assert 400 <= response.status_code < 500 and response.json()["detail"]


def test_export_csv_per_fact_has_source_and_evidence(api, search_env):
    response = api.get("/api/export", params={"format": "csv", "rows": "fact", "modus": "organ_trafficking"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 5  # two places, one agency, two counts
    text = search_env.store.get_article("sample-ginjal")["text"]
    for row in rows:
        assert row["url"] == "https://berita.example/ginjal-bekasi"
        assert row["evidence"] and row["evidence"] in text


def test_export_jsonl_and_parquet_per_record(api):
    lines = api.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 5 and all(r["url"] and r["evidence"] for r in records)
    response = api.get("/api/export", params={"format": "parquet", "province": "Jawa Barat"})
    table = pq.read_table(io.BytesIO(response.content))
    assert table.num_rows == 1 and table.column("id").to_pylist() == ["sample-ginjal"]


def test_stats_per_province_and_month(api):
    body = api.get("/api/stats").json()
    row = next(r for r in body["rows"] if r["province"] == "Jawa Barat")
    assert row == {"province": "Jawa Barat", "month": "2025-03", "records": 1, "incidents": 1, "victims": 12,
                   "suspects": 3}
    assert body["totals"]["records"] == 5 and body["totals"]["incidents"] == 4


def test_page_is_served_at_root(api):
    response = api.get("/")
    assert response.status_code == 200 and "<html" in response.text.lower()
    assert api.get("/api/openapi.json").json()["paths"]["/api/search"]


def test_page_and_api_send_security_headers(api):
    page = api.get("/")
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
    assert page.headers["X-Frame-Options"] == "DENY"
    for response in (page, api.get("/api/search", params={"q": "ginjal"}), api.get("/api/search?size=1000")):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "Content-Security-Policy" not in api.get("/api/docs").headers  # Swagger UI runs inline script


def test_keys_and_rate_limit(search_env):
    from dataclasses import replace

    keyed = TestClient(create_app(replace(search_env.settings, api_key="admin-key", api_read_key="read-key",
                                          api_rate_limit_per_minute=4), search_env.client))
    assert keyed.get("/api/search").status_code == 401
    assert keyed.get("/api/search", headers={"X-API-Key": "read-key"}).status_code == 200
    assert keyed.post("/api/reindex", headers={"X-API-Key": "read-key"}).status_code == 401
    response = keyed.post("/api/reindex", headers={"Authorization": "Bearer admin-key"})
    assert response.status_code == 200 and response.json()["failed"] == []
    limited = keyed.get("/api/search", headers={"X-API-Key": "read-key"})
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert limited.headers["X-Content-Type-Options"] == "nosniff"
    open_app = TestClient(create_app(search_env.settings, search_env.client))
    assert open_app.post("/api/reindex").status_code == 403  # no PANTAU_API_KEY: writing disabled


def test_parquet_export_is_written_a_row_group_at_a_time(monkeypatch):
    import io

    import pyarrow.parquet as pq

    from pantau.api import app as api_module

    monkeypatch.setattr(api_module, "PARQUET_ROW_GROUP", 4)
    rows = ({"id": f"r{i}", "victims": i, "relevant": i % 2 == 0} for i in range(10))
    handle = api_module.parquet_file(rows, ("id", "victims", "relevant"))
    data = b"".join(api_module.iter_file(handle, chunk_bytes=100))
    assert handle.closed
    parquet = pq.ParquetFile(io.BytesIO(data))
    assert parquet.metadata.num_row_groups == 3 and parquet.metadata.num_rows == 10
    assert parquet.read().to_pylist()[9] == {"id": "r9", "victims": 9, "relevant": False}
    empty = pq.read_table(io.BytesIO(b"".join(api_module.iter_file(api_module.parquet_file(iter(()), ("id",))))))
    assert empty.num_rows == 0 and empty.column_names == ["id"]
