"""The region an agency's name carries, for names both a regency and a city hold ("Sukabumi", "Malang")."""

import pytest

from pantau.incidents.reports import agency_keys
from pantau.incidents.statistics import agency_region


@pytest.mark.parametrize(("agency", "code"), [
    ("Polres Sukabumi", "32.02"),  # Kabupaten Sukabumi: "Polres X" is the regency's unit
    ("Satreskrim Polres Malang", "35.07"),
    ("Polresta Cirebon", "32.09"),
    ("Pemkab Sukabumi", "32.02"),
    ("Polres Sukabumi Kota", "32.72"),  # the city's unit names it with "Kota"
    ("Polresta Malang Kota", "35.73"),
    ("Pemkot Sukabumi", "32.72"),
    ("Polrestabes Bandung", "32.73"),
    ("Polresta Balikpapan", "64.71"),  # only a city holds the name
    ("Polda Jambi", "15"),
])
def test_a_unit_takes_the_region_its_kind_of_name_points_at(agency: str, code: str) -> None:
    region = agency_region(agency)
    assert region is not None and region["code"] == code


def test_the_same_unit_written_with_its_parent_unit_compares_by_the_regency() -> None:
    assert "polres@32.02" in agency_keys({"name": "Satreskrim Polres Sukabumi"})
    assert "polres@32.72" in agency_keys({"name": "Polres Sukabumi Kota"})
