"""Incident clustering: one event reported by several outlets on several days is one incident."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

from pantau.incidents import suspect_initials
from pantau.incidents.build import build_incident
from pantau.incidents.clustering import group_reports
from pantau.incidents.reports import make_report

REPORTS = json.loads((Path(__file__).parents[1] / "digest" / "data" / "reports.json").read_text(encoding="utf-8"))
RAID_IDS = {"raid-tribun", "raid-ekspres", "raid-antara"}


def cluster_incidents(pairs: list[tuple[dict, dict]]) -> list[dict]:
    """Incident dicts of the incident records among (article, record) pairs."""
    reports = [make_report(article, record) for article, record in pairs
               if record.get("relevant") and record.get("event_type") == "incident"]
    return [build_incident(group) for group in group_reports(reports)]


def _pairs(ids: set[str] | None = None) -> list[tuple[dict, dict]]:
    return [(copy.deepcopy(r["article"]), copy.deepcopy(r["record"])) for r in REPORTS
            if ids is None or r["article"]["id"] in ids]


def test_three_outlets_reporting_one_raid_make_one_incident() -> None:
    incidents = cluster_incidents(_pairs(RAID_IDS))
    assert len(incidents) == 1
    raid = incidents[0]
    assert {report["article_id"] for report in raid["reports"]} == RAID_IDS
    assert {report["outlet"] for report in raid["reports"]} == {"tribunjambi", "jambiekspres", "antaranews"}
    assert raid["figures"]["victims"]["value"] == 12 and raid["figures"]["suspects"]["value"] == 2
    assert raid["suspect_initials"] == ["RH", "SN"]
    assert raid["place"]["name"] == "Kota Jambi" and raid["place"]["code"] == "15.71"
    assert raid["first_reported"] == "2026-11-17" and raid["event_date"] == "2026-11-16"
    sentences = [r["sentence"] for figure in raid["figures"].values() for r in figure["reports"]]
    assert sentences and not any("DA (16)" in sentence for sentence in sentences)  # the child's initials stay masked


def test_whole_store_counts_incidents_not_articles() -> None:
    incidents = cluster_incidents(_pairs())
    # 8 articles: 3 reports of the raid, 3 other incidents, a coordination meeting and an irrelevant one.
    assert len(incidents) == 4
    assert sorted(len(incident["reports"]) for incident in incidents) == [1, 1, 1, 3]
    places = {incident["place"]["name"] for incident in incidents}
    assert places == {"Kota Jambi", "Kabupaten Muaro Jambi", "Kabupaten Indramayu"}


def test_ids_are_deterministic_whatever_the_order() -> None:
    first = [incident["id"] for incident in cluster_incidents(_pairs())]
    shuffled = _pairs()
    random.Random(3).shuffle(shuffled)
    assert [incident["id"] for incident in cluster_incidents(shuffled)] == first
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
    article["id"] = "months-later"
    article["published"] = "2027-01-20"
    record["event_date"] = "2027-01-19"
    assert len(cluster_incidents([*pairs, (article, record)])) == 2


def test_suspect_initials_are_found_victims_are_not() -> None:
    assert suspect_initials("Dua tersangka berinisial RH (41) dan SN (38) ditangkap.") == {"RH", "SN"}
    assert suspect_initials("Pelaku AB (50) dan CD (45) ditahan.") == {"AB", "CD"}
    assert suspect_initials("Polisi menetapkan dua tersangka, yakni RH dan SN.") == {"RH", "SN"}
    assert suspect_initials("Salah satu korban berinisial DA (16) masih di bawah umur.") == set()
    assert suspect_initials("Polres menetapkan sopir travel KD dan perekrut berinisial MH sebagai tersangka.") == {
        "KD", "MH"}
    assert suspect_initials("Polisi menetapkan pemilik LPK di Kota Bandung sebagai tersangka.") == set()
    assert suspect_initials("UH, sponsor yang menampung empat calon PMI, resmi ditetapkan tersangka.") == {"UH"}
    # initials set off by commas after their role, named suspects
    assert suspect_initials("Pimpinan LPK, IGP, resmi ditetapkan sebagai tersangka dan ditahan.") == {"IGP"}
    # a long apposition, up to 120 characters
    assert suspect_initials("TANGERANG - GW, pria yang mengantar tiga pemuda ke Terminal 3 Bandara Soekarno-Hatta "
                            "untuk diberangkatkan ke Kamboja, ditetapkan sebagai tersangka.") == {"GW"}
    # who recruited or sent them, named after "oleh"
    assert suspect_initials("Keempatnya direkrut oleh AR, pria asal Pedurungan yang ditangkap Rabu.") == {"AR"}
    assert suspect_initials("Para korban dibawa oleh polisi ke rumah aman.") == set()
    # a verdict or a charge names its defendants ("memvonis AM (41)", "Rekannya, RS, divonis")
    assert suspect_initials("Hakim memvonis AM (41) enam tahun penjara. Rekannya, RS, divonis lima tahun.") == {
        "AM", "RS"}
    assert suspect_initials("Jaksa menuntut terdakwa SN sembilan tahun penjara.") == {"SN"}
    assert suspect_initials("Korban, DA, ditahan majikannya selama dua tahun.") == set()
    # the suspects' initials set off by commas past their noun phrase
    assert suspect_initials("Berkas perkara dua tersangka eksploitasi anak di sebuah kafe di Medan Sunggal, DS dan "
                            "RN, dinyatakan lengkap.") == {"DS", "RN"}
    assert suspect_initials("Berkas perkara dua tersangka dinyatakan lengkap, tetapi korban, DS dan RN, belum "
                            "dipulangkan.") == set()
    # another case's suspect the report sets apart is not its own
    text = ("Polisi menahan sponsor berinisial TR. Kasus ini terungkap dua hari setelah hakim memvonis sponsor lain, "
            "KN, dalam perkara lain. Polisi memastikan TR tidak terkait dengan KN.")
    assert suspect_initials(text) == {"TR"}
    text = ("Seorang sponsor berinisial TM ditangkap polisi. Kasus ini berbeda dengan perkara sponsor KR yang divonis "
            "pengadilan awal pekan ini.")
    assert suspect_initials(text) == {"TM"}
    text = ("Empat perempuan didampingi seorang perempuan berinisial AS (45). Polisi memastikan AS tidak memiliki "
            "hubungan dengan MH, perekrut yang diamankan pekan lalu.")
    assert suspect_initials(text) == {"AS"}
    # the people a trafficker's role is apposed to
    assert suspect_initials("Jumlah korban pasangan suami istri DS dan WN, perekrut tenaga kerja ilegal ke Kamboja, "
                            "bertambah menjadi 11 orang.") == {"DS", "WN"}
    assert suspect_initials("Ibu korban, SR, mengatakan anaknya dijanjikan kerja di Malaysia.") == set()
    # the person a charge is laid on
    assert suspect_initials("Polisi menjerat AF, muncikari yang menjual dua anak SMP, dengan UU TPPO.") == {"AF"}
    # the manager of a shelter or an agency apposed to the one held or named
    assert suspect_initials("Ditreskrimum menangkap HS (47), pengelola sebuah agen penyalur anak buah kapal di "
                            "Bitung.") == {"HS"}
    assert suspect_initials("Selain TK (52), pengelola rumah penampungan, polisi menangkap seorang sopir.") == {"TK"}
    # the one a suspect helped is a suspect too
    assert suspect_initials("Polisi menangkap perempuan berinisial NY yang diduga ikut membantu BR dalam kasus itu.") \
        == {"NY", "BR"}


def test_same_unit_same_week_different_raid_without_initials_stays_apart() -> None:
    """Two raids by Polresta Jambi in one week, no initials written: victims of other numbers and other homes."""
    base_article, base_record = _pairs({"raid-tribun"})[0]

    def raid(article_id: str, text: str, victims: int, day: str, origin: tuple[str, str]) -> tuple[dict, dict]:
        article = {**copy.deepcopy(base_article), "id": article_id, "text": text, "published": day}
        record = copy.deepcopy(base_record)
        record.update(id=article_id, event_date=day)
        evidence = {"start": 0, "end": len(text)}
        record["counts"] = [
            {"role": "victims_rescued", "value": victims, "about_tppo": True, "scope": None, "evidence": evidence},
            {"role": "suspects", "value": 2, "about_tppo": True, "scope": None, "evidence": evidence},
        ]
        record["locations"] = [
            {"name": "Kota Jambi", "level": "city", "province": "Jambi", "code": "15.71", "evidence": evidence},
            {"name": origin[0], "level": "regency", "province": "Jambi", "code": origin[1], "evidence": evidence},
        ]
        return article, record

    merangin, kerinci = ("Kabupaten Merangin", "15.02"), ("Kabupaten Kerinci", "15.01")
    first_text = "Polresta Jambi menggerebek penampungan di Kota Jambi dan menyelamatkan 14 warga Merangin."
    second_text = "Polresta Jambi menggerebek penampungan lain di Kota Jambi dan menyelamatkan 6 warga Kerinci."
    first = raid("raid-a", first_text, 14, "2026-11-16", merangin)
    second = raid("raid-b", second_text, 6, "2026-11-21", kerinci)
    assert len(cluster_incidents([first, second])) == 2
    again = raid("raid-a2", first_text, 14, "2026-11-17", merangin)
    assert len(cluster_incidents([first, again])) == 1  # another outlet's report of the first raid


def test_reports_without_any_date_still_group_when_they_share_enough() -> None:
    pairs = _pairs(RAID_IDS)
    for article, record in pairs:
        article["published"], record["event_date"] = None, None
    incidents = cluster_incidents(pairs)
    assert len(incidents) == 1 and len(incidents[0]["reports"]) == 3


def test_a_late_follow_up_joins_only_through_the_same_suspects() -> None:
    pairs = _pairs({"raid-tribun"})
    article, record = copy.deepcopy(pairs[0])
    article.update(id="trial", published="2026-12-15")
    record.update(id="trial", event_date="2026-12-14")
    assert len(cluster_incidents([*pairs, (article, record)])) == 1  # RH and SN again, a month later
    other = copy.deepcopy((article, record))
    other[0].update(id="other-trial", text=article["text"].replace("SN (38)", "PL (30)"))
    other[1]["counts"] = [dict(c, value=5) if c["role"].startswith("victims") else c for c in record["counts"]]
    assert len(cluster_incidents([*pairs, other])) == 2  # one shared initial, other victims: another case


def test_an_incident_names_each_body_once_by_its_canonical_name() -> None:
    pairs = _pairs(RAID_IDS)
    first, second = pairs[0][1], pairs[1][1]
    first["agencies"] = [{"name": "Kemensos", "canonical": "Kementerian Sosial", "type": "ministry"}]
    second["agencies"] = [{"name": "Kementerian Sosial", "canonical": "Kementerian Sosial", "type": "ministry"},
                          {"name": "Polresta Jambi", "type": "police"}]
    incidents = cluster_incidents(pairs)
    assert len(incidents) == 1
    assert incidents[0]["agencies"] == ["Kementerian Sosial", "Polresta Jambi"]


def test_a_shorter_form_of_a_sites_name_is_the_same_site() -> None:
    from pantau.incidents.clustering import _same_site, _site_words

    def same(a: str, b: str) -> bool:
        return _same_site({_site_words(a)}, {_site_words(b)})

    assert same("Bandara I Gusti Ngurah Rai", "Bandara Ngurah Rai")
    assert same("Pelabuhan Internasional Batam Centre", "Pelabuhan Batam")
    assert not same("Pelabuhan Tanjung Priok", "Pelabuhan Tanjung Perak")
    assert not same("Bandara Sultan Hasanuddin", "Bandara Sultan Thaha")
