"""One set of figures everywhere: /api/stats, the page's province table (/api/stats' `provinces`), `pantau incidents
--region` and the region's digest agree for the same region and period.

Three stores: the demo's own articles (pantau/demo/articles, extracted by the real pipeline, as `pantau demo` does
after crawling them), one filled like the demo data (tests/digest/data/reports.json: one interception reported by
three outlets, other incidents, a coordination meeting, an unrelated article), and the team's multi-outlet corpus
(tests/incidents/data/multi_outlet.yaml, extracted by the real pipeline; statistics articles included)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from pantau import incidents
from pantau.api import create_app
from pantau.cli import main
from pantau.config import load_settings
from pantau.digest.build import build_digest, resolve_region
from pantau.store import Store

TESTS = Path(__file__).resolve().parents[1]
SUMMED = ("incidents", "victims", "victims_rescued", "suspects", "victims_child", "victims_female", "victims_male")


def _demo_like(store: Store) -> None:
    reports = json.loads((TESTS / "digest" / "data" / "reports.json").read_text(encoding="utf-8"))
    for report in reports:
        store.upsert_article(report["article"])
    store.save_records([report["record"] for report in reports], "test-records")


def _multi_outlet(store: Store) -> None:
    from pantau.extraction import extract_store

    corpus = yaml.safe_load((TESTS / "incidents" / "data" / "multi_outlet.yaml").read_text(encoding="utf-8"))
    for article in corpus["articles"]:
        store.upsert_article({key: article[key] for key in ("id", "url", "source", "title", "text", "published")}
                             | {"canonical_url": article["url"]})
    extract_store(store)


def _demo(store: Store) -> None:
    from pantau.demo.sites import DEMO_SITE_NAMES, load_articles
    from pantau.extraction import extract_store

    for site in DEMO_SITE_NAMES:
        for article in load_articles(site):
            url = f"http://demo.invalid/{site}/{article.slug}"
            store.upsert_article({"id": f"{site}-{article.slug}", "url": url, "canonical_url": url, "source": site,
                                  "title": article.title, "text": article.text,
                                  "published": article.published.isoformat()})
    extract_store(store)


FILL = {"demo": _demo, "demo-like": _demo_like, "multi-outlet": _multi_outlet}


@pytest.fixture(scope="module", params=list(FILL))
def home(request, tmp_path_factory):
    home = tmp_path_factory.mktemp(request.param)
    with Store(home / "pantau.sqlite3") as store:
        FILL[request.param](store)
        incidents.update_incidents(store)
    return home


PERIODS = [(date(2026, 1, 1), date(2026, 12, 31)), (date(2026, 11, 16), date(2026, 11, 22)),
           (date(2026, 3, 1), date(2026, 3, 31))]


def _cli_totals(home: Path, region: str, start: date, end: date, monkeypatch, tmp_path) -> dict:
    output = tmp_path / f"{region}-{start}.jsonl"
    argv = ["incidents", "--region", region, "--from", start.isoformat(), "--to", end.isoformat(),
            "--format", "jsonl", "--output", str(output)]
    assert main(argv) == 0
    listed = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert all(item["region_reason"] in ("event", "victims_origin") for item in listed)  # never without a reason
    return incidents.aggregate(listed, incidents.region_code(region))


def test_stats_page_table_cli_and_digest_agree(home, monkeypatch, tmp_path):
    monkeypatch.setenv("PANTAU_HOME", str(home))
    settings = load_settings()
    api = TestClient(create_app(settings))  # /api/stats reads the store: no search server needed
    with Store(settings.store_path) as store:
        every = incidents.list_incidents(store)
        provinces = sorted({incident["place"]["province"] for incident in every if incident.get("place")})
        statistics = incidents.list_statistics(store)
        assert "Jambi" in provinces
        for start, end in PERIODS:
            period = {"date_from": start.isoformat(), "date_to": end.isoformat()}
            table = api.get("/api/stats", params=period).json()["provinces"]
            for province in provinces:
                stats = api.get("/api/stats", params={"province": province, **period}).json()["totals"]
                cli = _cli_totals(home, province, start, end, monkeypatch, tmp_path)
                digest = build_digest(store, resolve_region(province), start, end).totals
                assert stats == cli, (province, start)
                assert (digest.incidents, digest.victims, digest.suspects, digest.victims_origin_incidents) == (
                    stats["incidents"], stats["victims"], stats["suspects"], stats["victims_origin_incidents"])
                row = table.get(province, dict.fromkeys(SUMMED, 0))
                assert {key: row[key] for key in SUMMED} == {key: stats[key] for key in SUMMED}, (province, start)
            national = api.get("/api/stats", params=period).json()["totals"]
            assert national["victims"] == sum(row["victims"] for row in table.values())  # provinces add up
            assert national["incidents"] == sum(row["incidents"] for row in table.values())
        if statistics:  # an agency's running total is listed, never summed into the incidents
            year = api.get("/api/stats", params={"date_from": "2026-01-01", "date_to": "2026-12-31"}).json()
            assert year["totals"]["victims"] == sum(
                incidents.figure_value(incident, "victims") for incident in incidents.list_incidents(
                    store, None, date(2026, 1, 1), date(2026, 12, 31)))
