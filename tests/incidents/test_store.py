"""Stored incidents: incremental updates, ids independent of order, merges that keep the older id."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

from pantau.incidents import aggregate, get_incident, list_incidents, list_statistics, update_incidents
from pantau.incidents.storage import RULES_MARKER
from pantau.store import Store

REPORTS = json.loads((Path(__file__).parents[1] / "digest" / "data" / "reports.json").read_text(encoding="utf-8"))


def _insert(store: Store, reports: list[dict]) -> None:
    for report in reports:
        store.upsert_article(copy.deepcopy(report["article"]))
    store.save_records([copy.deepcopy(report["record"]) for report in reports], "test")


def _groups(store: Store) -> dict[str, set[str]]:
    return {i["id"]: {r["article_id"] for r in i["reports"]} for i in list_incidents(store)}


def test_the_same_reports_in_another_order_give_the_same_incidents(tmp_path: Path) -> None:
    shuffled = list(REPORTS)
    random.Random(7).shuffle(shuffled)
    with Store(tmp_path / "a.sqlite3") as first, Store(tmp_path / "b.sqlite3") as second:
        _insert(first, REPORTS)
        update_incidents(first)
        for report in shuffled:  # one at a time, each followed by an update
            _insert(second, [report])
            update_incidents(second)
        assert _groups(first) == _groups(second)
        assert len(_groups(first)) == 4
        assert update_incidents(first) == [] and update_incidents(second) == []


def test_an_earlier_report_takes_over_the_id_and_the_old_id_resolves(tmp_path: Path) -> None:
    raid = [r for r in REPORTS if r["article"]["id"].startswith("raid-")]
    raid.sort(key=lambda r: (r["article"]["published"][:10], r["article"]["id"]))  # the anchor first
    with Store(tmp_path / "s.sqlite3") as store:
        _insert(store, raid[1:])
        changes = update_incidents(store)
        assert [change.kind for change in changes] == ["new"]
        later_id = changes[0].incident_id
        _insert(store, raid[:1])
        changes = update_incidents(store)
        assert [change.kind for change in changes] == ["merged"]
        survivor = changes[0].incident_id
        assert survivor != later_id
        resolved = get_incident(store, later_id)
        assert resolved is not None and resolved["id"] == survivor and later_id in resolved["merged_ids"]
        assert len(resolved["reports"]) == 3
        assert get_incident(store, "inc-unknown") is None


def test_region_listing_says_why_and_totals_sum_only_what_happened_there(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        _insert(store, REPORTS)
        update_incidents(store)
        jambi = list_incidents(store, region="Jambi")
        assert jambi and all(incident["region_reason"] in ("event", "victims_origin") for incident in jambi)
        everything = list_incidents(store)
        totals = aggregate(everything)
        assert totals["incidents"] == len(everything)
        assert totals["victims"] == sum(i["figures"].get("victims", {}).get("value", 0) for i in everything)
        assert list_statistics(store) == []


def test_a_changed_record_leaves_its_incident_and_statistics_follow_their_article(tmp_path: Path) -> None:
    raid = [r for r in REPORTS if r["article"]["id"].startswith("raid-")]
    with Store(tmp_path / "s.sqlite3") as store:
        _insert(store, raid)
        [created] = update_incidents(store)
        moved = copy.deepcopy(next(r for r in raid if r["article"]["id"] == "raid-antara"))
        moved["record"]["locations"] = [{"name": "Kota Batam", "level": "city", "province": "Kepulauan Riau",
                                         "code": "21.71", "role": "event", "roles": ["event"]}]
        store.save_records([moved["record"]], "test")
        changes = update_incidents(store)
        assert sorted(change.kind for change in changes) == ["changed", "new"]
        assert created.incident_id in {change.incident_id for change in changes}
        assert sorted(len(i["reports"]) for i in list_incidents(store)) == [1, 2]
        assert update_incidents(store) == []
        moved["record"]["event_type"] = "statistics"
        moved["article"]["text"] += " Sepanjang 2026, Polresta Jambi menangani 9 kasus TPPO."
        store.upsert_article(moved["article"])
        store.save_records([moved["record"]], "test")
        update_incidents(store)
        assert sorted(len(i["reports"]) for i in list_incidents(store)) == [2]


def test_records_placed_under_older_rules_are_placed_again(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        _insert(store, REPORTS)
        update_incidents(store)
        groups = _groups(store)
        with store.transaction():  # as an older version left it: no rules marker, features it did not keep
            store.execute(f"DROP TABLE {RULES_MARKER}")
            store.execute("UPDATE incident_placements SET features = '{}' WHERE features IS NOT NULL")
        update_incidents(store)
        features = [json.loads(row[0]) for row in
                    store.execute("SELECT features FROM incident_placements WHERE features IS NOT NULL")]
        assert features and all("separate" in kept and "court" in kept for kept in features)
        assert _groups(store) == groups and update_incidents(store) == []
