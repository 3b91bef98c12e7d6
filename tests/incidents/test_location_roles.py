"""Location roles from the sentence a place sits in (nlp/components/location_roles.py, cues in data files)."""

from __future__ import annotations

import pytest

from nlp.components.location_roles import assign_roles

JAMBI = {"name": "Kota Jambi", "level": "city", "province": "Jambi", "code": "15.71"}
MERANGIN = {"name": "Kabupaten Merangin", "level": "regency", "province": "Jambi", "code": "15.02"}
DUMAI = {"name": "Kota Dumai", "level": "city", "province": "Riau", "code": "14.72"}
INDRAMAYU = {"name": "Kabupaten Indramayu", "level": "regency", "province": "Jawa Barat", "code": "32.12"}


def _roles(text: str, *locations: dict) -> dict[str, list[str]]:
    return {loc["name"]: loc["roles"] for loc in assign_roles(text, list(locations))}


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        ("Polisi menggerebek sebuah rumah penampungan di Kota Jambi, Senin malam.", JAMBI, "event"),
        ("Sebanyak 14 calon PMI asal Kabupaten Merangin diselamatkan.", MERANGIN, "victims_origin"),
        ("Para korban merupakan warga Desa Pulau Rengas, Kecamatan Bangko, Kabupaten Merangin.", MERANGIN,
         "victims_origin"),
        ("Mereka hendak diberangkatkan ke Malaysia melalui Dumai.", DUMAI, "transit"),
        ("Para korban rencananya dibawa ke Dumai sebelum menyeberang.", DUMAI, "destination"),
        ("Kapolres Indramayu mengimbau warga waspada.", INDRAMAYU, "agency_region"),
        ("Polisi menangkap seorang perekrut berinisial TS (52) di Kecamatan Karangampel, Kabupaten Indramayu.",
         INDRAMAYU, "event"),
        ("Kepala dinas berbicara tentang Indramayu dalam rapat.", INDRAMAYU, "mention"),
        ("Polisi menangkap perekrut yang menjual dua gadis untuk dipekerjakan di sebuah kafe di Kabupaten "
         "Merangin.", MERANGIN, "destination"),
        ("Salah satu korban mengirim pesan minta tolong kepada keluarganya di Indramayu.", INDRAMAYU,
         "victims_origin"),
    ],
)
def test_the_nearest_cue_gives_the_role(text: str, place: dict, role: str) -> None:
    assert _roles(text, place)[place["name"]][0] == role


def test_a_place_keeps_every_role_it_is_named_in_and_the_city_mention_is_not_the_provinces() -> None:
    text = ("Polresta Jambi menggerebek penampungan di Kota Jambi. Korban asal Merangin dibawa ke Kota Jambi"
            " oleh pelaku.")
    province = {"name": "Jambi", "level": "province", "province": "Jambi", "code": "15"}
    roles = _roles(text, JAMBI, MERANGIN, province)
    assert roles["Kota Jambi"][0] == "event" and "agency_region" in roles["Kota Jambi"]
    assert roles["Kabupaten Merangin"] == ["victims_origin"]
    assert roles["Jambi"] == ["mention"]  # "Jambi" inside "Kota Jambi" and "Polresta Jambi" is the city's


def test_a_port_or_airport_named_longer_or_shorter_finds_its_regency() -> None:
    from pantau.incidents.places import containing_code

    def code(name: str) -> str | None:
        return containing_code({"name": name, "level": "place"})

    assert code("Bandara Internasional Kualanamu") == code("Bandara Kualanamu") == "12.07"
    assert code("Pelabuhan Batam") == "21.71"  # the one port of Batam the landmarks begin so
    assert code("Pelabuhan Tanjung") is None and code("Pelabuhan") is None  # ports of many regencies, or none


def test_a_regency_seat_is_in_its_regency() -> None:
    from pantau.incidents.places import containing_code, located

    assert containing_code({"name": "Tenggarong", "level": "place"}) == "64.02"  # Kabupaten Kutai Kartanegara
    text = "Polisi menggerebek sebuah karaoke di Tenggarong. Tersangka kedua ditangkap di Samarinda."
    places = located({"text": text}, {"locations": [
        {"name": "Tenggarong", "level": "place", "province": "Kalimantan Timur", "code": None},
        {"name": "Kota Samarinda", "level": "city", "province": "Kalimantan Timur", "code": "64.72"}]})
    assert {loc["name"]: loc["roles"] for loc in places}["Kabupaten Kutai Kartanegara"] == ["event"]


def test_a_gateways_town_in_a_sentence_telling_an_interception_is_where_it_happened() -> None:
    tanjungbalai = {"name": "Kota Tanjungbalai", "level": "city", "province": "Sumatera Utara", "code": "12.74"}
    text = "Polisi menggagalkan upaya pengiriman 15 calon PMI melalui Pelabuhan Teluk Nibung, Tanjungbalai."
    assert _roles(text, tanjungbalai)["Kota Tanjungbalai"][0] == "event"
    text = "Mereka pernah berangkat melalui Pelabuhan Teluk Nibung, Tanjungbalai."
    assert _roles(text, tanjungbalai)["Kota Tanjungbalai"][0] == "transit"


def test_an_airport_is_also_written_without_its_kind_word() -> None:
    from nlp.components.location_roles import surfaces

    airport = {"name": "Bandara Internasional Juanda", "level": "place", "province": "Jawa Timur", "code": None}
    assert "Juanda" in surfaces(airport)


def test_the_ends_of_a_trunk_roads_name_get_no_role() -> None:
    samarinda = {"name": "Kota Samarinda", "level": "city", "province": "Kalimantan Timur", "code": "64.72"}
    text = "Polisi mengungkap eksploitasi dua remaja di sebuah kafe di pinggir jalan poros Samarinda–Tenggarong."
    assert _roles(text, samarinda) == {"Kota Samarinda": ["mention"]}
    assert _roles(text + " Kedua korban berasal dari Samarinda.", samarinda) == {"Kota Samarinda": ["victims_origin"]}


def test_an_airport_in_a_sentence_telling_an_interception_is_where_it_happened() -> None:
    airport = {"name": "Bandara Soekarno-Hatta", "level": "place", "province": "Banten", "code": None}
    text = ("Petugas Imigrasi Bandara Soekarno-Hatta menunda keberangkatan enam warga yang hendak terbang ke "
            "Kamboja.")
    assert _roles(text, airport)["Bandara Soekarno-Hatta"][0] == "event"
    # victims flown home through it after a rescue abroad: no interception there
    text = "Setelah diselamatkan di Kamboja, para korban tiba melalui Bandara Soekarno-Hatta."
    assert _roles(text, airport)["Bandara Soekarno-Hatta"][0] != "event"


@pytest.mark.parametrize(("text", "place", "role"), [
    # where a complaint came from is the victims' home, not the event place
    ("Kasat Reskrim menyebut penggerebekan bermula dari laporan seorang ibu di Cianjur yang kehilangan kontak.",
     "Cianjur", "victims_origin"),
    ("Penggerebekan dilakukan setelah menerima pengaduan dari keluarga salah satu korban di Manado.", "Manado",
     "victims_origin"),
    ("Polisi menggerebek sebuah kafe di Manado setelah menerima laporan.", "Manado", "event"),
    # the work they were to be put to, or were promised, and where: where they were going
    ("Polisi menyelamatkan tujuh remaja putri yang diduga akan dijadikan pemandu lagu di Jakarta.", "Jakarta",
     "destination"),
    ("Ketujuh remaja itu rupanya dijanjikan pekerjaan sebagai pelayan kafe di Jakarta Barat.", "Jakarta",
     "destination"),
    ("Polisi menggerebek kafe tempat ketujuh remaja itu dipekerjakan sebagai pelayan di Jakarta Barat.", "Jakarta",
     "event"),
    # the ship people were about to board and where it goes; the port's police post that stopped them
    ("KSKP Pangkalbalam mencegat enam perempuan yang hendak menumpang kapal cepat ke Batam.", "Batam", "destination"),
    ("KSKP Pangkalbalam mencegat enam perempuan yang hendak menumpang kapal cepat ke Batam.", "Pangkalbalam",
     "event"),
])
def test_complaints_and_promised_work_give_their_places_roles(text: str, place: str, role: str) -> None:
    from nlp.components.location_roles import mention_role

    assert mention_role(text, text.index(place)) == role


def test_a_venue_the_victims_were_to_work_in_is_where_they_were_going() -> None:
    from nlp.components.location_roles import mention_role

    text = ("Polda Sulut menggagalkan pengiriman lima perempuan yang akan dipekerjakan di kafe remang-remang di "
            "Sorong, di Pelabuhan Manado.")
    assert mention_role(text, text.index("Sorong")) == "destination"
    text = "Polisi menggerebek kafe remang-remang di Sorong dan menyelamatkan lima perempuan."
    assert mention_role(text, text.index("Sorong")) == "event"


def test_a_shelter_people_evacuated_stayed_at_on_their_way_home_is_passed_through() -> None:
    jakarta = {"name": "DKI Jakarta", "level": "province", "province": "DKI Jakarta", "code": "31"}
    text = ("Mereka bagian dari ratusan WNI yang dievakuasi dari perbatasan Myanmar-Thailand dan sempat ditampung "
            "di Jakarta.")
    assert _roles(text, jakarta)["DKI Jakarta"][0] == "transit"
    # negative: a holding house before the sending is where it happened
    text = "Para korban sempat ditampung di sebuah rumah di Kota Jambi sebelum diberangkatkan ke Malaysia."
    assert _roles(text, JAMBI)["Kota Jambi"][0] == "event"


def test_an_airport_people_were_stopped_from_flying_from_is_where_it_happened() -> None:
    airport = {"name": "Bandara El Tari", "level": "place", "province": "Nusa Tenggara Timur", "code": None}
    text = ("Tim gabungan mencegah tiga perempuan asal Kabupaten Timor Tengah Selatan terbang dari Bandara El Tari "
            "menuju Surabaya.")
    assert _roles(text, airport)["Bandara El Tari"][0] == "event"
    # negative: an airport people flew from on their way is passed through
    text = "Ketiga perempuan itu terbang dari Bandara El Tari menuju Surabaya pada Juni lalu."
    assert _roles(text, airport)["Bandara El Tari"][0] != "event"
    # people held back at the gate, their home named first
    text = "Tujuh laki-laki asal Kabupaten Malaka tertahan di Bandara El Tari, Jumat, karena tidak memiliki visa kerja."
    assert _roles(text, airport)["Bandara El Tari"][0] == "event"


def test_a_town_people_set_off_or_were_stopped_from_setting_off_to_is_where_they_were_going() -> None:
    medan = {"name": "Kota Medan", "level": "city", "province": "Sumatera Utara", "code": "12.71"}
    assert _roles("Empat perempuan asal TTS dicegah berangkat ke Medan.", medan)["Kota Medan"][0] == "destination"
    assert _roles("Mereka terbang ke Medan untuk bekerja di rumah makan.", medan)["Kota Medan"][0] == "destination"
    # negative: a raid there is where it happened
    assert _roles("Polisi menggerebek sebuah rumah di Medan.", medan)["Kota Medan"][0] == "event"


def test_a_site_named_by_its_full_name_is_found_by_its_short_form() -> None:
    airport = {"name": "Bandara Sultan Mahmud Badaruddin II", "level": "place", "province": "Sumatera Selatan",
               "code": None}
    text = "Petugas Imigrasi menggagalkan keberangkatan tiga perempuan di Bandara SMB II Palembang, Sabtu."
    assert _roles(text, airport)["Bandara Sultan Mahmud Badaruddin II"][0] == "event"
    # negative: a site named neither way keeps no role from that sentence
    assert _roles("Petugas Imigrasi menggagalkan keberangkatan tiga perempuan di Pelabuhan Boom Baru.",
                  airport)["Bandara Sultan Mahmud Badaruddin II"][0] != "event"


def test_an_act_told_days_before_the_articles_own_is_no_event_of_it() -> None:
    airport = {"name": "Bandara El Tari", "level": "place", "province": "Nusa Tenggara Timur", "code": None}
    text = ("Petugas menurunkan sembilan calon pekerja migran dari kapal di Pelabuhan Tenau, Minggu malam. Tiga hari "
            "sebelumnya, Polda NTT menggagalkan keberangkatan enam CPMI di Bandara El Tari.")
    assert "event" not in _roles(text, airport)["Bandara El Tari"]
    # negative: the same act told without the interval is an event there
    text = "Polda NTT menggagalkan keberangkatan enam CPMI di Bandara El Tari, Kamis."
    assert _roles(text, airport)["Bandara El Tari"][0] == "event"


def test_a_place_only_passed_through_in_a_province_the_case_never_touches_is_dropped() -> None:
    from nlp.components.location_roles import without_waypoints

    def names(text: str, *locations: dict) -> list[str]:
        return [loc["name"] for loc in without_waypoints(assign_roles(text, list(locations)))]

    jakarta = {"name": "DKI Jakarta", "level": "province", "province": "DKI Jakarta", "code": "31"}
    riau = {"name": "Riau", "level": "province", "province": "Riau", "code": "14"}
    bengkalis = {"name": "Kabupaten Bengkalis", "level": "regency", "province": "Riau", "code": "14.03"}
    text = ("Polres Indramayu menangkap dua perekrut yang memberangkatkan lima warga Kabupaten Indramayu ke China "
            "melalui Jakarta.")
    assert names(text, INDRAMAYU, jakarta) == ["Kabupaten Indramayu"]
    text = ("Polisi mengamankan 14 calon PMI asal Kabupaten Merangin di Kota Jambi. Mereka hendak diberangkatkan ke "
            "Malaysia melalui Kota Dumai.")
    assert "Kota Dumai" not in names(text, MERANGIN, JAMBI, DUMAI)
    # negative: a port passed in the province whose police act, or where the victims come from, stays
    text = ("Polda Riau mengamankan 14 calon PMI asal Kabupaten Merangin. Mereka hendak diberangkatkan ke Malaysia "
            "melalui Kota Dumai.")
    assert "Kota Dumai" in names(text, MERANGIN, riau, DUMAI)
    text = ("Sebanyak 14 calon PMI asal Kabupaten Bengkalis hendak diberangkatkan ke Malaysia melalui Kota Dumai.")
    assert "Kota Dumai" in names(text, bengkalis, DUMAI)
    # nor is the only place a report names dropped
    assert names("Mereka hendak diberangkatkan ke Malaysia melalui Dumai.", DUMAI) == ["Kota Dumai"]


def test_a_place_written_joined_takes_its_role() -> None:
    pangkal_balam = {"name": "Pangkal Balam", "level": "district", "province": "Kepulauan Bangka Belitung",
                     "code": "19.71.03"}
    text = "Petugas KSKP Pangkalbalam mencegat enam perempuan di dermaga."
    assert _roles(text, pangkal_balam)["Pangkal Balam"][0] == "event"


def test_a_land_border_post_people_were_brought_home_through_is_where_it_happened() -> None:
    post = {"name": "PLBN Aruk", "level": "place", "province": "Kalimantan Barat", "code": None}
    text = "Lima perempuan korban eksploitasi di Sarawak dipulangkan melalui PLBN Aruk, Kamis (12/3/2026)."
    assert _roles(text, post)["PLBN Aruk"] == ["event"]
    # negative: a border post people only crossed on their way out is passed through
    text = "Mereka diseberangkan ke Malaysia melalui PLBN Aruk tanpa paspor."
    assert _roles(text, post)["PLBN Aruk"] == ["transit"]
