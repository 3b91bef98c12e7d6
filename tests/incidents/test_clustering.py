"""Incident clustering: one event reported by several outlets on several days is one incident."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

from pantau.incidents import cluster_incidents, suspect_initials

REPORTS = json.loads((Path(__file__).parent / "digest" / "data" / "reports.json").read_text(encoding="utf-8"))
RAID_IDS = {"raid-tribun", "raid-ekspres", "raid-antara"}


def _pairs(ids: set[str] | None = None) -> list[tuple[dict, dict]]:
    return [(copy.deepcopy(r["article"]), copy.deepcopy(r["record"])) for r in REPORTS
            if ids is None or r["article"]["id"] in ids]


def test_three_outlets_reporting_one_raid_make_one_incident() -> None:
    incidents = cluster_incidents(_pairs(RAID_IDS))
    assert len(incidents) == 1
    raid = incidents[0]
    assert {source.article_id for source in raid.sources} == RAID_IDS
    assert {source.outlet for source in raid.sources} == {"tribunjambi", "jambiekspres", "antaranews"}
    assert raid.victims == 12 and raid.suspects == 2
    assert raid.suspect_initials == ["RH", "SN"]
    assert raid.place == "Kota Jambi" and raid.in_region("15.71") and raid.in_region("15")
    assert str(raid.first_reported) == "2026-11-17" and str(raid.event_date) == "2026-11-16"
    assert "DA" not in raid.key_sentence  # the child victim's initials never reach a digest


def test_whole_store_counts_incidents_not_articles() -> None:
    incidents = cluster_incidents(_pairs())
    # 8 articles: 3 reports of the raid, 3 other incidents, a coordination meeting and an irrelevant one.
    assert len(incidents) == 4
    assert sorted(len(incident.sources) for incident in incidents) == [1, 1, 1, 3]
    places = {incident.place for incident in incidents}
    assert places == {"Kota Jambi", "Kabupaten Muaro Jambi", "Kabupaten Indramayu"}


def test_ids_are_deterministic_whatever_the_order() -> None:
    first = [incident.id for incident in cluster_incidents(_pairs())]
    shuffled = _pairs()
    random.Random(3).shuffle(shuffled)
    assert [incident.id for incident in cluster_incidents(shuffled)] == first
    assert len(set(first)) == len(first)


def test_different_suspects_or_places_stay_apart() -> None:
    pairs = _pairs({"raid-tribun"})
    article, record = copy.deepcopy(pairs[0])
    article["id"] = "other-case"
    article["text"] = article["text"].replace("RH (41) dan SN (38)", "JK (33) dan PL (30)")
    assert len(cluster_incidents([*pairs, (article, record)])) == 2

    article, record = copy.deepcopy(pairs[0])
    article["id"] = "other-city"
    record["locations"] = [dict(record["locations"][0], name="Kota Batam", province="Kepulauan Riau", code="21.71")]
    assert len(cluster_incidents([*pairs, (article, record)])) == 2

    article, record = copy.deepcopy(pairs[0])
    article["id"] = "weeks-later"
    article["published"] = "2026-12-20"
    record["event_date"] = "2026-12-19"
    assert len(cluster_incidents([*pairs, (article, record)])) == 2


def test_suspect_initials_are_found_victims_are_not() -> None:
    assert suspect_initials("Dua tersangka berinisial RH (41) dan SN (38) ditangkap.") == {"RH", "SN"}
    assert suspect_initials("Pelaku AB (50) dan CD (45) ditahan.") == {"AB", "CD"}
    assert suspect_initials("Polisi menetapkan dua tersangka, yakni RH dan SN.") == {"RH", "SN"}
    assert suspect_initials("Salah satu korban berinisial DA (16) masih di bawah umur.") == set()
