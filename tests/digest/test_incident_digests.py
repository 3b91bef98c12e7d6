"""Digests from stored incidents: a reason for every incident listed under a region, national and regional
figures from one aggregation, English plurals, and an empty digest that says why it is empty."""

from __future__ import annotations

from datetime import date

from pantau.digest import build_digest, render, resolve_region
from pantau.incidents import aggregate, aggregate_by_province, list_incidents

WEEK = (date(2026, 11, 16), date(2026, 11, 22))


def test_an_incident_listed_for_its_victims_home_says_so_and_is_not_counted(store) -> None:
    digest = build_digest(store, resolve_region("Sumatera Selatan"), *WEEK)
    assert [incident.reason for incident in digest.incidents] == ["victims_origin"]
    assert digest.totals.incidents == 0 and digest.totals.victims_origin_incidents == 1
    text = render(digest, "md").decode()
    assert "korban asal Sumatera Selatan" in text
    assert "Kota Jambi" in text  # headed by where it happened


def test_every_incident_under_a_region_has_its_reason(store) -> None:
    for region in ("Jambi", "Kota Jambi", "Sumatera Selatan", "Jawa Barat"):
        listed = list_incidents(store, region=region, date_from=WEEK[0], date_to=WEEK[1])
        assert all(incident["region_reason"] in ("event", "victims_origin") for incident in listed)
        digest = build_digest(store, resolve_region(region), *WEEK)
        assert {i.id for i in digest.incidents} == {i["id"] for i in listed}
        assert all(incident.reason in ("event", "victims_origin") for incident in digest.incidents)
        totals = aggregate(listed, region)
        assert (digest.totals.incidents, digest.totals.victims, digest.totals.suspects) == (
            totals["incidents"], totals["victims"], totals["suspects"])


def test_provinces_add_up_to_the_national_picture(store) -> None:
    digest = build_digest(store, resolve_region("Jambi"), *WEEK)
    national = list_incidents(store, date_from=WEEK[0], date_to=WEEK[1])
    by_province = aggregate_by_province(national)
    assert sum(p["incidents"] for p in by_province.values()) == digest.national.incidents == len(national)
    assert sum(p["victims"] for p in by_province.values()) == digest.national.victims
    assert dict(digest.national_top) == {name: p["incidents"] for name, p in by_province.items()}


def test_english_counts_take_the_right_number(store) -> None:
    digest = build_digest(store, resolve_region("Jawa Barat"), *WEEK)
    text = render(digest, "md", "en").decode()
    assert f"{digest.national.incidents} incidents" in text
    single = build_digest(store, resolve_region("Jawa Barat"), date(2026, 11, 9), date(2026, 11, 15))
    assert "Across Indonesia in this period: 1 incident," in render(single, "md", "en").decode()


def test_an_empty_digest_says_why(store) -> None:
    nothing = render(build_digest(store, resolve_region("Jambi"), date(2027, 1, 4), date(2027, 1, 10)), "md", "en")
    assert "collected no article published in this period" in nothing.decode()
    elsewhere = render(build_digest(store, resolve_region("Papua"), *WEEK), "md", "en").decode()
    assert "but none happened in Papua or had victims from Papua" in elsewhere


def test_victims_rescued_and_parts_are_explained_not_listed_side_by_side(store) -> None:
    digest = build_digest(store, resolve_region("Kota Jambi"), *WEEK)
    text = render(digest, "md").decode()
    assert "12 korban, semuanya diselamatkan; di antaranya 12 perempuan; 2 tersangka" in text
    assert "12 victims, all of them rescued" in render(digest, "md", "en").decode()


def test_every_figure_rule_reads_in_both_languages() -> None:
    from pantau.digest.render import rule_text, translator
    from pantau.incidents.figures import MOST_REPORTS, RULES

    for lang in ("id", "en"):
        t = translator(lang)
        for rule in RULES:
            assert rule_text(rule, t) and (lang == "en" or rule_text(rule, t) != rule), (lang, rule)
    assert rule_text(MOST_REPORTS.format(k=2, n=3), translator("id")) == "mayoritas laporan (2 dari 3)"
