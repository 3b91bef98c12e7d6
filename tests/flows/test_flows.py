"""The flows in-process: digests per region, extraction on Dask equal to the single-process path."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pantau.store import Store

REPORTS = Path(__file__).parent.parent / "digest" / "data" / "reports.json"


def _fill(path: Path, with_records: bool) -> None:
    reports = json.loads(REPORTS.read_text(encoding="utf-8"))
    with Store(path) as store:
        for report in reports:
            store.upsert_article(report["article"])
        if with_records:
            store.save_records([report["record"] for report in reports], "test-records")


def test_digest_flow_writes_one_digest_per_province_with_incidents_and_per_subscription(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefect_server: None
) -> None:
    from flows.digest import digest_flow

    monkeypatch.setenv("PANTAU_HOME", str(tmp_path))
    _fill(tmp_path / "pantau.sqlite3", with_records=True)
    (tmp_path / "subscriptions.yaml").write_text("- {email: gt@jambikota.go.id, region: Kota Jambi}\n")
    results = digest_flow(date_from=date(2026, 11, 16), date_to=date(2026, 11, 22), formats=["html", "md"])
    by_region = {result["region"]: result for result in results}
    # Kota Jambi (subscribed), then the provinces with incidents; Sumatera Selatan is where raid victims came from:
    # its digest lists the raid with that reason, but no incident happened there.
    assert list(by_region) == ["Kota Jambi", "Jambi", "Sumatera Selatan", "Jawa Barat"]
    assert {region: result["incidents"] for region, result in by_region.items()} == {
        "Kota Jambi": 1, "Jambi": 2, "Sumatera Selatan": 0, "Jawa Barat": 1}
    south_sumatra = Path(next(p for p in by_region["Sumatera Selatan"]["paths"] if p.endswith(".md"))).read_text()
    assert "korban asal Sumatera Selatan" in south_sumatra
    for result in results:
        assert [Path(path).suffix for path in result["paths"]] == [".html", ".md"]
        assert all(Path(path).parent == tmp_path / "digests" and Path(path).stat().st_size for path in result["paths"])


@pytest.mark.slow
def test_extract_on_a_dask_cluster_equals_the_single_process_run(tmp_path: Path, extractor, prefect_server) -> None:
    from distributed import LocalCluster

    from flows.extract import extract_flow
    from pantau.extraction import extract_store

    single, distributed = tmp_path / "single.sqlite3", tmp_path / "dask.sqlite3"
    _fill(single, with_records=False)
    _fill(distributed, with_records=False)
    with Store(single) as store:
        assert extract_store(store) == 8

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        assert len(cluster.workers) == 2
        saved = extract_flow(str(distributed), dask_address=cluster.scheduler_address, batch_size=2)
    assert saved == 8

    with Store(single) as a, Store(distributed) as b:
        records_single = {article["id"]: record for article, record in a.iter_records()}
        records_dask = {article["id"]: record for article, record in b.iter_records()}
        assert b.articles_to_extract(extractor.EXTRACTOR_VERSION) == []
    assert len(records_dask) == 8
    assert records_dask == records_single


def test_the_extract_flow_places_new_records_into_incidents(tmp_path: Path, extractor, prefect_server) -> None:
    from flows.extract import extract_flow
    from pantau.incidents import list_incidents, update_incidents

    store_path = tmp_path / "flow.sqlite3"
    _fill(store_path, with_records=False)
    assert extract_flow(str(store_path)) == 8
    with Store(store_path) as store:
        assert update_incidents(store) == []  # the flow already placed every record
        placed = {report["article_id"] for incident in list_incidents(store) for report in incident["reports"]}
    assert {"raid-tribun", "raid-ekspres", "raid-antara"} <= placed


def test_the_extract_flow_leaves_articles_another_run_has_claimed(tmp_path: Path, extractor, prefect_server) -> None:
    from flows.extract import extract_flow

    store_path = tmp_path / "claims.sqlite3"
    _fill(store_path, with_records=False)
    with Store(store_path) as store:
        claimed = store.articles_to_extract(extractor.EXTRACTOR_VERSION, limit=3, claimant="other-host:1:run")
    assert len(claimed) == 3
    assert extract_flow(str(store_path)) == 5  # the other run's three are its to extract
    with Store(store_path) as store:
        left = store.articles_to_extract(extractor.EXTRACTOR_VERSION)
        assert sorted(article["id"] for article in left) == sorted(article["id"] for article in claimed)
        store.release_claims("other-host:1:run")
        # the flow ended its own claims: nothing it took is held any more
        assert len(store.articles_to_extract(extractor.EXTRACTOR_VERSION, claimant="next-run")) == 3
