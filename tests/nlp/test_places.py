"""Places: provinces, regencies and cities named in Indonesian news, with Kemendagri codes and evidence."""

import pytest
import spacy

import nlp.components.places  # noqa: F401  (registers the factory)
from nlp.components.places import dateline_spans, find_locations
from nlp.language import blank_indonesian


@pytest.fixture(scope="module")
def pipeline():
    return blank_indonesian()


def places(pipeline, text):
    return find_locations(pipeline(text))


def names(pipeline, text):
    return {(location["name"], location["level"]) for location in places(pipeline, text)}


def test_police_units_point_at_their_region(pipeline):
    found = names(pipeline, "Tersangka diserahkan ke Polda Kaltim setelah ditangkap Polres Kukar.")
    assert found == {("Kalimantan Timur", "province"), ("Kabupaten Kutai Kartanegara", "regency")}
    assert names(pipeline, "Kasus ini ditangani Polresta Balikpapan sejak Mei.") == {("Kota Balikpapan", "city")}
    assert names(pipeline, "Polrestabes Semarang memeriksa dua saksi.") == {("Kota Semarang", "city")}


def test_police_unit_of_a_shared_name_is_the_regency_unless_kota_follows(pipeline):
    assert names(pipeline, "Penyidik Polres Bogor menahan pelaku.") == {("Kabupaten Bogor", "regency")}
    assert names(pipeline, "Penyidik Polresta Bogor Kota menahan pelaku.") == {("Kota Bogor", "city")}
    assert names(pipeline, "Anggota Polres Metro Bekasi Kota bergerak.") == {("Kota Bekasi", "city")}
    assert names(pipeline, "Polresta Sidoarjo menggelar rilis.") == {("Kabupaten Sidoarjo", "regency")}


def test_special_police_units(pipeline):
    assert names(pipeline, "Penyidik Polda Metro Jaya menetapkan tersangka.") == {("DKI Jakarta", "province")}


def test_record_shape_and_codes(pipeline):
    text = "Korban berasal dari Kabupaten Indramayu. Ia dibawa ke Kota Batam."
    found = places(pipeline, text)
    assert found[0] == {
        "name": "Kabupaten Indramayu", "level": "regency", "province": "Jawa Barat", "code": "32.12",
        "evidence": {"start": 0, "end": text.index(" Ia")},
    }
    assert found[1]["code"] == "21.71"
    assert text[found[1]["evidence"]["start"] : found[1]["evidence"]["end"]] == "Ia dibawa ke Kota Batam."


def test_province_jambi_versus_kota_jambi(pipeline):
    assert names(pipeline, "Pemerintah Provinsi Jambi ikut hadir.") == {("Jambi", "province")}
    assert names(pipeline, "Rapat digelar di Kota Jambi pekan lalu.") == {("Kota Jambi", "city")}
    assert names(pipeline, "Korban merupakan warga Jambi yang dijanjikan kerja.") == {("Jambi", "province")}
    assert names(pipeline, "Wali Kota Jambi membuka acara.") == {("Kota Jambi", "city")}


def test_aliases_and_abbreviated_prefixes(pipeline):
    assert names(pipeline, "Sebanyak 12 korban asal NTT dan NTB dipulangkan.") == {
        ("Nusa Tenggara Timur", "province"), ("Nusa Tenggara Barat", "province")}
    assert names(pipeline, "Pelaku tinggal di Kab. Bandung Barat.") == {("Kabupaten Bandung Barat", "regency")}
    assert names(pipeline, "Rakor digelar Sudin PPAPP Jakpus.") == {("Kota Administrasi Jakarta Pusat", "city")}
    assert names(pipeline, "Kota Adm. Jakarta Timur menerima laporan.") == {("Kota Administrasi Jakarta Timur", "city")}
    assert names(pipeline, "Warga Sumut dan Sulsel menjadi korban.") == {
        ("Sumatera Utara", "province"), ("Sulawesi Selatan", "province")}
    # a short form written in two words
    assert names(pipeline, "Korban berasal dari Tanjab Barat.") == {("Kabupaten Tanjung Jabung Barat", "regency")}
    assert names(pipeline, "Tim membawa tanjab barat ke lokasi.") == set()
    # short forms news in Maluku and Papua uses
    assert names(pipeline, "Empat korban asal KKT dan Tikep dipulangkan.") == {
        ("Kabupaten Kepulauan Tanimbar", "regency"), ("Kota Tidore Kepulauan", "city")}
    assert names(pipeline, "Warga Pegaf ikut sosialisasi.") == {("Kabupaten Pegunungan Arfak", "regency")}
    assert names(pipeline, "Para pelaku memakai kkt palsu.") == set()


def test_names_written_run_together(pipeline):
    assert names(pipeline, "Personel Polres Serdangbedagai berjaga.") == {("Kabupaten Serdang Bedagai", "regency")}


def test_shared_name_alone_is_a_place_unless_the_article_says_which(pipeline):
    found = places(pipeline, "Para korban direkrut dari Cirebon.")
    assert [(f["name"], f["level"], f["province"], f["code"]) for f in found] == [
        ("Cirebon", "place", "Jawa Barat", None)]
    resolved = names(pipeline, "Pemkab Cirebon mendata warganya. Korban direkrut dari Cirebon.")
    assert resolved == {("Kabupaten Cirebon", "regency")}


def test_name_shared_across_provinces_alone_is_skipped(pipeline):
    assert names(pipeline, "Korban dibawa ke Banjar lalu dipindah.") == set()


def test_district_and_village_triggers_do_not_make_regencies(pipeline):
    text = "Ia ditangkap di Desa Tuban, Kecamatan Kuta, Polsek Bogor Tengah."
    assert all(location["level"] not in ("regency", "city") for location in places(pipeline, text))


def test_datelines_are_not_locations(pipeline):
    assert names(pipeline, "JAMBI, SEPUCUKJAMBI.ID – Rapat koordinasi digelar pekan ini.") == set()
    assert names(pipeline, "VIVA Medan - Polisi menggagalkan pemberangkatan.") == set()
    assert names(pipeline, "Batam (ANTARA) - Polisi menangkap dua perekrut.") == set()
    assert names(pipeline, "Liputan6.com, Palu - Polisi menangkap dua perekrut.") == set()
    assert names(pipeline, "Kupang - Polisi menangkap dua perekrut asal Kabupaten Kupang.") == {
        ("Kabupaten Kupang", "regency")}


def test_dateline_spans_only_cover_the_dateline():
    text = "Judul berita\nSURABAYA, Lenzanasional – Polda Jatim menangkap pelaku."
    (start, end), = dateline_spans(text)
    assert text[start:end] == "SURABAYA, Lenzanasional – "


def test_related_article_links_are_skipped(pipeline):
    text = "Polisi menyelidiki kasus di Kota Batam.\nBaca juga: Banjir melanda Kota Padang\nKorban dipulangkan."
    assert names(pipeline, text) == {("Kota Batam", "city")}


def test_venues_streets_and_newspapers_are_not_places(pipeline):
    assert names(pipeline, "Acara digelar di Hotel Grand Jambi dan Gedung Graha Medan.") == set()
    assert names(pipeline, "Rumahnya di Jalan Medan Merdeka.") == set()
    assert names(pipeline, "Menurut Tribun Kaltim, korban sudah pulang.") == set()
    assert names(pipeline, "Jumpa pers digelar di Gedung Kementerian, Jakarta Selatan, Senin.") == set()
    # a legal-aid body named after its founding region tells no place; the province named alone still does
    assert names(pipeline, "LBH Papua yang memantau persidangan menilai putusan itu adil.") == set()
    assert names(pipeline, "Kuasa hukum dari Lembaga Bantuan Hukum (LBH) Surabaya mengapresiasi putusan.") == set()
    # an immigration office is named after the town it sits in, not after where it stopped people
    text = "Kantor Imigrasi Kelas I Khusus TPI Surabaya menunda keberangkatan 13 WNI di Bandara Juanda."
    assert ("Kota Surabaya", "city") not in names(pipeline, text)
    assert ("Kota Surabaya", "city") in names(pipeline, "Mereka ditampung di sebuah rumah di Surabaya.")
    assert ("Papua", "province") in names(pipeline, "Korban dibawa ke Papua oleh perekrut.")


def test_lower_case_words_are_not_places_but_lower_case_triggers_work(pipeline):
    assert names(pipeline, "Harga batu dan nasib malang para korban.") == set()
    assert names(pipeline, "Mereka tinggal di kota Malang sejak kecil.") == {("Kota Malang", "city")}


def test_common_word_names_need_a_trigger(pipeline):
    assert names(pipeline, "Wisatawan berlibur ke Danau Toba dan Puncak.") == set()
    assert names(pipeline, "Korban dibawa ke Kota Batu.") == {("Kota Batu", "city")}
    assert names(pipeline, "Kapolres Metro menerima laporan.") == {("Kota Metro", "city")}


def test_names_inside_longer_names_are_skipped(pipeline):
    assert names(pipeline, "Politikus Bima Arya hadir. Kapal kabur ke Papua Nugini.") == set()
    assert names(pipeline, "Korban asal Bima, Senin, dijemput.") == {("Bima", "place")}
    assert names(pipeline, "Korban asal Indramayu Jawa Barat.") == {
        ("Kabupaten Indramayu", "regency"), ("Jawa Barat", "province")}


def test_unit_numbers_are_not_places(pipeline):
    assert names(pipeline, "Rapat dihadiri Kodim 0418/Palembang dan jajaran.") == set()


def test_each_region_once_with_first_evidence(pipeline):
    text = "Polres Nunukan menangkap agen. Agen itu tinggal di Nunukan. Kabupaten Nunukan rawan."
    found = places(pipeline, text)
    assert [location["name"] for location in found] == ["Kabupaten Nunukan"]
    assert found[0]["evidence"] == {"start": 0, "end": text.index(" Agen")}


def test_upper_case_headlines_match_but_short_aliases_need_capitals(pipeline):
    assert names(pipeline, "POLDA KALTIM UNGKAP KASUS") == {("Kalimantan Timur", "province")}
    assert names(pipeline, "Jumlah korban ntt bertambah.") == set()


def test_hostile_input_does_not_crash(pipeline):
    assert places(pipeline, "") == []
    assert isinstance(places(pipeline, "İ" * 50 + " Kota Batam\x00\x07 <b>Polda Riau</b>"), list)


def test_component_in_a_pipeline():
    pipe = spacy.blank("id")
    pipe.add_pipe("sentencizer")
    pipe.add_pipe("pantau_places")
    doc = pipe("Polda Sumut menyelamatkan 20 korban.")
    assert [location["name"] for location in doc._.locations] == ["Sumatera Utara"]


def test_airports_ports_and_border_posts_are_places_in_their_province(pipeline):
    text = "Korban dicegat di Bandara Soekarno-Hatta sebelum terbang. Mereka pulang lewat PLBN Entikong."
    found = places(pipeline, text)
    assert [(f["name"], f["level"], f["province"], f["code"]) for f in found] == [
        ("Bandara Soekarno-Hatta", "place", "Banten", None),
        ("PLBN Entikong", "place", "Kalimantan Barat", None),
    ]
    found = places(pipeline, "Mereka hendak terbang dari Bandara Pekanbaru.")
    assert [(f["name"], f["level"], f["province"]) for f in found] == [("Bandara Pekanbaru", "place", "Riau")]


def test_evidence_is_the_sentence_as_the_shared_helper_gives_it(pipeline):
    from nlp.extensions import sentence_evidence

    text = ("Polda Riau menangkap pelaku.  Korban asal Kab. Bogor dan NTT dibawa ke Kota Dumai.\n\n"
            "Mereka dipulangkan ke Kabupaten Kupang")
    doc = pipeline(text)
    anchors = ["Riau", "Bogor", "NTT", "Dumai", "Kabupaten Kupang"]
    found = find_locations(doc)
    assert len(found) == len(anchors)
    for location, anchor in zip(found, anchors, strict=True):
        assert location["evidence"] == sentence_evidence(doc, text.index(anchor))


def test_districts_after_a_trigger_inside_the_articles_regency(pipeline):
    text = "Pelaku ditangkap di Desa Oesao, Kecamatan Kupang Timur, Kabupaten Kupang. Polsek Kupang Tengah membantu."
    found = [(f["name"], f["level"], f["code"]) for f in places(pipeline, text)]
    assert found == [("Kupang Timur", "district", "53.01.06"),
                     ("Kabupaten Kupang", "regency", "53.01"),
                     ("Kupang Tengah", "district", "53.01.08")]


def test_district_names_alone_or_unplaced_are_skipped(pipeline):
    assert names(pipeline, "Korban tinggal di Sukamaju dan Kecamatan Sukamaju.") == set()


def test_the_place_where_a_quote_was_given_is_not_a_location(pipeline):
    text = ("Polisi menyelamatkan empat korban TPPO di Kabupaten Badung. "
            '"Kami terus memburu perekrutnya," kata Kapolres di Denpasar, Kamis (4/9/2025).')
    assert [f["name"] for f in places(pipeline, text) if f["level"] in ("regency", "city")] == ["Kabupaten Badung"]


def test_the_place_a_speaker_gives_a_statement_at_is_not_a_location_however_long_the_title(pipeline):
    text = ("Polres Sikka menangkap dua perekrut, kata Direktur Reserse Kriminal Umum (Dirreskrimum) Polda NTT "
            "Kombes Pol Budi Santoso dan Kabid Humas Kombes Ari di Batam.")
    assert names(pipeline, text) == {("Kabupaten Sikka", "regency"), ("Nusa Tenggara Timur", "province")}
    text = ("Kepala Dinas Sosial Provinsi Maluku, Yohana Latu, di Ambon, Rabu, mengatakan 12 korban asal Kabupaten "
            "Buru sudah pulang.")
    assert ("Kota Ambon", "city") not in names(pipeline, text)
    # a place after a speech verb and an event, or a speaker's place followed by no speech verb, is kept
    text = "Menurut polisi, kata dia, korban ditampung di Batam."
    assert ("Kota Batam", "city") in names(pipeline, text)
    text = "Dua calo ditangkap Tim Satgas di Ambon, Rabu, lalu dibawa ke Polda Maluku."
    assert ("Kota Ambon", "city") in names(pipeline, text)


def test_yogyakartas_district_and_village_words_are_no_regencies(pipeline):
    text = "Polresta Sleman menangkap pelaku di sebuah kos di Kapanewon Depok, Kalurahan Caturtunggal."
    assert names(pipeline, text) == {("Kabupaten Sleman", "regency"), ("Depok", "district")}
    assert ("Kota Depok", "city") in names(pipeline, "Polres Metro Depok menangkap pelaku di Kota Depok.")
    assert ("Kabupaten Sleman", "regency") not in names(pipeline, "Warga Padukuhan Sleman ikut sosialisasi.")


def test_arrival_points_of_a_repatriation_are_not_locations(pipeline):
    text = ("Sembilan korban TPPO asal Kabupaten Sikka dipulangkan dari Malaysia. Setibanya di Jakarta, mereka "
            "diperiksa. Mereka lalu tiba di Bandara Internasional Sultan Hasanuddin, Maros, sebelum pulang.")
    names = [f["name"] for f in places(pipeline, text)]
    assert "Kabupaten Sikka" in names and "DKI Jakarta" not in names and "Kabupaten Maros" not in names


def test_places_only_passed_through_on_the_way_are_not_listed(pipeline):
    found = names(pipeline, "Korban asal Kabupaten Lebak diberangkatkan ke Batam, lalu ke Johor.")
    assert found == {("Kabupaten Lebak", "regency")}
    found = names(pipeline, "Mereka hendak dikirim ke Malaysia melalui Dumai. Warga Kabupaten Bengkalis ikut "
                            "diamankan.")
    assert found == {("Kabupaten Bengkalis", "regency")}
    found = places(pipeline, "Warga Kabupaten Lebak itu diterbangkan dari Bandara Kualanamu menuju Phnom Penh.")
    assert {place["province"] for place in found} == {"Banten"}
    found = names(pipeline, "Korban asal Kabupaten Jember membayar biaya perjalanan dari Surabaya ke Balikpapan.")
    assert found == {("Kabupaten Jember", "regency")}
    # a city of a leg with its province after it, the trip going on ("lalu akan dibawa ..."): both passed through
    found = names(pipeline, "Korban asal Kabupaten Sumba Barat Daya hendak terbang ke Medan, Sumatera Utara, lalu "
                            "akan dibawa melalui Dumai menuju Malaysia.")
    assert found == {("Kabupaten Sumba Barat Daya", "regency")}
    # where a ticket's route starts; the place of the case at its end stays
    found = names(pipeline, "Empat anak asal Kabupaten Karawang bekerja di Kabupaten Jayawijaya. Mereka dibebani "
                            "utang tiket pesawat Jakarta–Wamena.")
    assert ("DKI Jakarta", "province") not in found and ("Kabupaten Jayawijaya", "regency") in found


def test_a_press_conference_or_an_offices_seat_is_not_a_place_of_the_case(pipeline):
    found = names(pipeline, "Polisi menangkap perekrut di Kabupaten Sikka, kata Kapolda dalam konferensi pers di "
                            "Mapolda NTT, Kota Kupang, Senin.")
    assert ("Kota Kupang", "city") not in found and ("Kabupaten Sikka", "regency") in found
    found = names(pipeline, "Korban asal Kabupaten Sambas ditampung di shelter BP3MI Kalbar di Pontianak.")
    assert ("Kota Pontianak", "city") not in found and ("Kabupaten Sambas", "regency") in found


def test_a_place_reached_and_stayed_in_is_still_listed(pipeline):
    found = names(pipeline, "Korban dibawa ke Kota Batam dan dipekerjakan di sebuah kafe.")
    assert ("Kota Batam", "city") in found
    found = names(pipeline, "Korban dibawa ke Kota Batam, lalu dipekerjakan di sebuah kafe.")
    assert ("Kota Batam", "city") in found


def test_the_seat_of_a_national_body_is_not_a_place_of_the_case(pipeline):
    found = names(pipeline, "Korban asal Kabupaten Subang. Kemenlu di Jakarta menyatakan akan mendampingi korban.")
    assert found == {("Kabupaten Subang", "regency")}
    found = names(pipeline, "Korban asal Kabupaten Subang diterima di Kantor Kemensos, Jakarta Timur, Senin.")
    assert found == {("Kabupaten Subang", "regency")}
    found = names(pipeline, "Korban asal Kabupaten Subang dipekerjakan di sebuah rumah di Jakarta Timur.")
    assert ("Kota Administrasi Jakarta Timur", "city") in found


def test_every_place_of_a_listed_leg_is_passed_through(pipeline):
    found = names(pipeline, "Korban asal Kabupaten Malaka berangkat menuju Batam atau Nunukan, lalu menyeberang "
                            "ke Malaysia.")
    assert found == {("Kabupaten Malaka", "regency")}
    found = names(pipeline, "Warga Kabupaten Sikka dibawa ke Kota Dumai dan Kota Batam, kemudian dikirim ke Johor.")
    assert found == {("Kabupaten Sikka", "regency")}
    found = names(pipeline, "Enam ABK asal Kabupaten Cilacap dipulangkan melalui Nunukan dan Surabaya sebelum tiba "
                            "di kampung halaman.")
    assert found == {("Kabupaten Cilacap", "regency")}
    # a list that is not a leg of the journey keeps all its places
    found = names(pipeline, "Korban berasal dari Kabupaten Cirebon, Kabupaten Indramayu dan Kota Tegal.")
    assert {"Kabupaten Cirebon", "Kabupaten Indramayu", "Kota Tegal"} <= {name for name, _ in found}


def test_lewat_is_a_way_through_like_melalui(pipeline):
    found = names(pipeline, "Sebagian korban asal Kabupaten Tanah Bumbu dikirim ke Malaysia lewat Kalimantan Barat.")
    assert found == {("Kabupaten Tanah Bumbu", "regency")}
    found = names(pipeline, "Pemuda asal Kabupaten Cilacap berangkat lewat Bandara Adi Soemarmo, Solo, menuju "
                            "Kuala Lumpur.")
    assert ("Kota Surakarta", "city") not in found and ("Kabupaten Cilacap", "regency") in found
    # a place reached by lewat and stayed in is still the case's place
    found = names(pipeline, "Korban dibawa lewat jalan darat ke Kota Batam dan dipekerjakan di sebuah kafe.")
    assert ("Kota Batam", "city") in found


def test_a_recruiting_agents_office_or_a_meeting_hotel_is_not_a_place_of_the_case(pipeline):
    found = names(pipeline, "Para pelaut asal Kabupaten Buton direkrut sebuah agen di Jakarta Utara.")
    assert ("Kota Administrasi Jakarta Utara", "city") not in found and ("Kabupaten Buton", "regency") in found
    found = names(pipeline, "Gugus tugas dari Kabupaten Malaka menggelar rapat di sebuah hotel di Kota Kupang.")
    assert ("Kota Kupang", "city") not in found
    found = names(pipeline, "Korban asal Kabupaten Buton disekap di sebuah rumah di Jakarta Utara.")
    assert ("Kota Administrasi Jakarta Utara", "city") in found
    found = names(pipeline, "Rakor gugus tugas yang dihadiri Pemkab Malaka dan Pemkab Belu berlangsung di salah satu "
                            "hotel di Kota Kupang.")
    assert ("Kota Kupang", "city") not in found
    # a hotel where victims were found, or where a recruiter met them, is a place of the case
    found = names(pipeline, "Polisi menggerebek sebuah hotel di Kota Kupang dan menemukan dua korban.")
    assert ("Kota Kupang", "city") in found
    found = names(pipeline, "Perekrut menemui korban di sebuah hotel di Kota Kupang sebelum mereka berangkat.")
    assert ("Kota Kupang", "city") in found


def test_tanjung_balai_karimun_is_the_town_in_karimun_not_tanjungbalai(pipeline):
    found = names(pipeline, "Polres Karimun berkoordinasi dengan Lanal Tanjung Balai Karimun mencari kapal itu.")
    assert ("Kota Tanjungbalai", "city") not in found
    found = names(pipeline, "Empat korban diselamatkan di Kota Tanjung Balai, Sumatera Utara.")
    assert ("Kota Tanjungbalai", "city") in found


def test_a_police_headquarters_town_and_a_representative_office_are_not_places_of_the_case(pipeline):
    found = names(pipeline, "Polda Kalimantan Selatan menggelar rilis di Mapolda Kalsel, Banjarmasin, Selasa. "
                            "Korban berasal dari Kabupaten Tanah Bumbu.")
    assert ("Kota Banjarmasin", "city") not in found and ("Kabupaten Tanah Bumbu", "regency") in found
    found = names(pipeline, "Buruh asal Kabupaten Kupang bekerja di Kabupaten Kotawaringin Timur. Perwakilan Pemprov "
                            "NTT di Palangka Raya menemui mereka.")
    assert ("Kota Palangkaraya", "city") not in found and ("Kabupaten Kotawaringin Timur", "regency") in found
    # a victim taken to the town itself keeps it
    found = names(pipeline, "Korban asal Kabupaten Kupang dibawa ke Palangka Raya dan dipekerjakan di sana.")
    assert ("Kota Palangkaraya", "city") in found


def test_the_port_or_airport_people_arrive_at_is_no_place_of_the_case(pipeline):
    found = places(pipeline, "Sembilan ABK asal Kota Tegal dipulangkan. Mereka tiba di Pelabuhan Tanjung Priok, "
                             "Jakarta, Senin.")
    assert {place["province"] for place in found} == {"Jawa Tengah"}
    found = places(pipeline, "Korban asal Kabupaten Sikka setibanya di Bandara Soekarno-Hatta langsung diperiksa.")
    assert {place["province"] for place in found} == {"Nusa Tenggara Timur"}
    # a port where victims were stopped is still listed
    found = places(pipeline, "Korban asal Kabupaten Sikka dicegat di Pelabuhan Tanjung Priok.")
    assert "DKI Jakarta" in {place["province"] for place in found}


def test_an_arrivals_hall_and_the_airport_people_are_picked_up_from_are_no_places_of_the_case(pipeline):
    found = places(pipeline, "Ibu korban asal Kabupaten Malang menunggu di ruang kedatangan Bandara Internasional "
                             "Juanda, Sidoarjo, Selasa malam.")
    assert {place["name"] for place in found} == {"Kabupaten Malang"}
    found = places(pipeline, "Delapan korban asal Kabupaten Cianjur dijemput petugas dari Bandara Soekarno-Hatta.")
    assert {place["province"] for place in found} == {"Jawa Barat"}
    # an airport where people were stopped on their way out, and a town named after a departure hall, are kept
    found = places(pipeline, "Delapan calon PMI asal Kabupaten Cianjur dicegah di Bandara Soekarno-Hatta.")
    assert "Banten" in {place["province"] for place in found}
    found = places(pipeline, "Empat calo ditangkap di ruang keberangkatan Bandara Juanda, Sidoarjo.")
    assert ("Kabupaten Sidoarjo", "regency") in {(place["name"], place["level"]) for place in found}


def test_where_a_wanted_person_is_only_thought_to_be_is_no_place_of_the_case(pipeline):
    found = names(pipeline, "Korban asal Kabupaten Sambas dipulangkan. Polisi memburu perantara lain yang diduga "
                            "berada di Jakarta.")
    assert found == {("Kabupaten Sambas", "regency")}
    found = names(pipeline, "Tersangka asal Kabupaten Sambas diperkirakan masih bersembunyi di Kota Pontianak.")
    assert ("Kota Pontianak", "city") not in found
    # where a suspect was found is a place of the case
    found = names(pipeline, "Tersangka asal Kabupaten Sambas ditangkap saat berada di Kota Pontianak.")
    assert ("Kota Pontianak", "city") in found


def test_the_town_in_a_hospitals_or_shelters_address_is_not_a_place_of_the_case(pipeline):
    found = names(pipeline, "Korban asal Kabupaten Sikka ditampung di Rumah Perlindungan Sosial Bambu Apus, "
                            "Jakarta Timur.")
    assert found == {("Kabupaten Sikka", "regency")}
    found = names(pipeline, "Jenazah PMI asal Kabupaten Sikka dibawa ke RS Polri Kramat Jati, Jakarta Timur.")
    assert found == {("Kabupaten Sikka", "regency")}
    # a suspect's initials are no hospital: the home regency after them stays
    found = names(pipeline, "Tersangka RS (31), Desa Wolomarang, Kabupaten Sikka ditangkap.")
    assert ("Kabupaten Sikka", "regency") in found


def test_no_regency_is_read_inside_a_districts_name(pipeline):
    text = "Pekerja dievakuasi dari Kecamatan Mentawa Baru Ketapang, Kabupaten Kotawaringin Timur."
    assert ("Kabupaten Ketapang", "regency") not in names(pipeline, text)
    assert ("Kabupaten Kotawaringin Timur", "regency") in names(pipeline, text)
    # a regency named after the district, outside its name, is still read
    found = names(pipeline, "Ia tinggal di Kecamatan Delta Pawan, Kabupaten Ketapang.")
    assert ("Kabupaten Ketapang", "regency") in found


def test_a_departure_port_named_a_few_words_after_the_verb_is_no_place_of_the_case(pipeline):
    assert names(pipeline, "Ia berangkat bersama delapan rekannya dari Pelabuhan Tanjung Perak.") == set()
    assert names(pipeline, "Para pemuda diberangkatkan secara bergelombang melalui Bandara Juanda.") == set()
    # a port people were about to leave from is where they were stopped
    found = names(pipeline, "Mereka hendak berangkat ke Malaysia dari Pelabuhan Dumai, lalu dicegah petugas.")
    assert ("Pelabuhan Dumai", "place") in found


def test_the_start_of_a_route_is_no_place_of_the_case(pipeline):
    assert names(pipeline, "Rutenya Surabaya ke Kuala Lumpur, lalu ke Phnom Penh.") == set()
    assert names(pipeline, "Rute penerbangan dari Kota Medan ke Bangkok dipilih agen.") == set()
    assert names(pipeline, "Korban asal Kota Medan dijanjikan kerja.") == {("Kota Medan", "city")}


def test_another_case_or_a_network_only_suspected_elsewhere_is_no_place_of_the_case(pipeline):
    assert names(pipeline, "Polres Kendal menduga jaringan ini terkait kasus di Semarang.") == {
        ("Kabupaten Kendal", "regency")}
    assert names(pipeline, "Penyidik menelusuri kemungkinan pihak lain di Kota Surabaya.") == set()
    assert names(pipeline, "Ada indikasi sindikat yang lebih besar di Makassar.") == set()
    # the article's own case "di" a place is kept
    assert names(pipeline, "Kasus TPPO di Kabupaten Kupang terungkap.") == {("Kabupaten Kupang", "regency")}


def test_a_region_named_only_for_a_separate_case_is_dropped(pipeline):
    text = ("Imigrasi menunda keberangkatan lima perempuan di Lombok Tengah. Pada hari yang sama, Polres Lombok Timur "
            "menggerebek penampungan calon pekerja migran dalam perkara yang berbeda.")
    assert names(pipeline, text) == {("Kabupaten Lombok Tengah", "regency")}
    # negative: "ini kasus yang berbeda" tells of this case, whose places stay
    text = ("Polres Lombok Timur menggerebek penampungan calon pekerja migran. \"Ini kasus yang berbeda,\" kata "
            "Kapolres Lombok Timur.")
    assert names(pipeline, text) == {("Kabupaten Lombok Timur", "regency")}


def test_a_region_named_only_in_sentences_about_other_cases_is_dropped(pipeline):
    text = ("Polres Kendal menangkap dua perekrut. Kapolres mencontohkan kasus yang sebelumnya juga ditangani "
            "Polda Jatim tahun lalu. Pola serupa pernah diungkap Polres Blora.")
    assert names(pipeline, text) == {("Kabupaten Kendal", "regency")}
    # a region also named outside such sentences stays
    text = "Polres Blora menangkap perekrut. Pola serupa pernah diungkap Polres Blora tahun lalu."
    assert names(pipeline, text) == {("Kabupaten Blora", "regency")}
    text = "Polres Kendal menangkap perekrut. Modus ini bukan hal baru di Jawa Timur dan Bali, kata aktivis."
    assert names(pipeline, text) == {("Kabupaten Kendal", "regency")}
    # when every region is in such sentences, the article is about them: nothing is dropped
    assert names(pipeline, "Pola serupa pernah diungkap Polres Blora.") == {("Kabupaten Blora", "regency")}


def test_buyers_home_towns_and_good_practice_elsewhere_are_dropped(pipeline):
    text = ("Polresta Cirebon membongkar penjualan bayi. Para pembelinya kebanyakan berasal dari Kalimantan Barat "
            "dan Riau.")
    assert names(pipeline, text) == {("Kabupaten Cirebon", "regency")}
    text = ("Gugus Tugas Kabupaten Sikka menggelar rapat. Posko di pelabuhan, seperti yang telah diterapkan di "
            "Kabupaten Flores Timur, perlu ditiru.")
    assert names(pipeline, text) == {("Kabupaten Sikka", "regency")}
    # the victims' home towns are kept
    text = "Polresta Cirebon membongkar penjualan bayi. Para korban berasal dari Kalimantan Barat."
    assert ("Kalimantan Barat", "province") in names(pipeline, text)


def test_a_programme_that_also_runs_elsewhere_names_a_region_one_planned_there_does_not(pipeline):
    text = ("Pemkab Alor melatih kader desa. Menurut IOM, program serupa sudah berjalan di Kabupaten Lembata dan "
            "Kabupaten Flores Timur.")
    assert ("Kabupaten Lembata", "regency") in names(pipeline, text)
    text = "Pemkab Alor melatih kader desa. Pelatihan serupa akan digelar di Kabupaten Lembata tahun depan."
    assert names(pipeline, text) == {("Kabupaten Alor", "regency")}
    # another case of the same pattern stays an aside
    text = "Polres Alor menangkap perekrut. Kasus serupa terjadi di Kabupaten Lembata."
    assert names(pipeline, text) == {("Kabupaten Alor", "regency")}


def test_main_islands_are_places_in_their_province(pipeline):
    found = places(pipeline, "Sebagian besar pekerja berasal dari Lombok dan Pulau Flores.")
    assert {(f["name"], f["level"], f["province"]) for f in found} == {
        ("Lombok", "place", "Nusa Tenggara Barat"), ("Pulau Flores", "place", "Nusa Tenggara Timur")}
    assert names(pipeline, "Dua korban warga Pulau Bangka.") == {("Pulau Bangka", "place")}
    # a regency that starts with an island's name, and an island in a venue's name, are not the island
    assert names(pipeline, "Korban asal Lombok Timur dan Flores Timur.") == {
        ("Kabupaten Lombok Timur", "regency"), ("Kabupaten Flores Timur", "regency")}
    assert names(pipeline, "Ia kuliah di Universitas Madura.") == set()
    # an island that is the one regency of its name stays that regency
    assert names(pipeline, "Dua warga Pulau Nunukan diamankan.") == {("Kabupaten Nunukan", "regency")}


def test_regency_abbreviations_of_police_units(pipeline):
    assert names(pipeline, "Satreskrim Polres Flotim dan Polres Madina bekerja sama.") == {
        ("Kabupaten Flores Timur", "regency"), ("Kabupaten Mandailing Natal", "regency")}
    # abbreviations that are also names or common acronyms need a trigger
    assert names(pipeline, "Madina Putri meliput KTT ASEAN.") == set()
    assert names(pipeline, "Kapolres KTT menerima laporan.") == {("Kabupaten Tana Tidung", "regency")}


def test_credit_lines_and_sign_offs_name_people_not_places(pipeline):
    text = ("Laporan Wartawan Tribunjambi.com, Ahmad Bima\n\nPolres Tebo menangkap pelaku.\n"
            "Editor: Rudi Ternate\nPenulis: Dedi Ambon")
    assert names(pipeline, text) == {("Kabupaten Tebo", "regency")}
    assert names(pipeline, "Polres Tebo menangkap pelaku. (ant/Bima)") == {("Kabupaten Tebo", "regency")}
    # the same words inside a sentence are no credit line
    assert names(pipeline, "Sumber dana itu berasal dari Kota Bima.") == {("Kota Bima", "city")}


def test_spellings_news_uses_for_official_names(pipeline):
    assert names(pipeline, "Korban asal Pekan Baru dan Tulung Agung dipulangkan.") == {
        ("Kota Pekanbaru", "city"), ("Kabupaten Tulungagung", "regency")}
    assert names(pipeline, "Satreskrim Polres Kutai Kertanegara bergerak.") == {
        ("Kabupaten Kutai Kartanegara", "regency")}


def test_a_press_briefings_place_is_no_place_of_the_case_however_the_briefing_is_named(pipeline):
    text = "Polres Sikka menangkap perekrut. Konferensi pers digelar di Mapolda NTT, Kota Kupang, Senin."
    assert ("Kota Kupang", "city") not in names(pipeline, text)
    text = "Polres Sikka menangkap perekrut, kata Kapolres saat rilis kasus di Mapolres, Maumere, Selasa."
    assert names(pipeline, text) == {("Kabupaten Sikka", "regency")}
    # a town named after a comma without a briefing is kept
    assert names(pipeline, "Pelaku ditangkap di Desa Nita, Kota Kupang.") == {("Kota Kupang", "city")}


def test_gateways_with_or_without_internasional_and_ports_named_like_a_regency(pipeline):
    found = places(pipeline, "Sebelas CPMI dicegat di Bandara Internasional Supadio.")
    assert [(f["name"], f["level"], f["province"]) for f in found] == [
        ("Bandara Internasional Supadio", "place", "Kalimantan Barat")]
    # the ferry port of Banyuwangi is no place in Kabupaten Ketapang (Kalimantan Barat)
    found = places(pipeline, "Mereka diamankan di Pelabuhan Ketapang, Banyuwangi.")
    assert {f["province"] for f in found} == {"Jawa Timur"}
    assert names(pipeline, "Dua ABK bekerja di kapal yang bersandar di Pelabuhan Muara Baru.") == {
        ("Pelabuhan Muara Baru", "place")}


def test_outlets_and_prisons_named_with_a_region_are_not_places(pipeline):
    assert names(pipeline, "Seperti dilansir IDN Times Bali, korban sudah pulang.") == set()
    assert names(pipeline, "Tersangka kini ditahan di Lapas Kelas IIA Kupang.") == set()
    # the same region named plainly is a place
    assert names(pipeline, "Korban asal Bali dipulangkan.") == {("Bali", "province")}


def test_one_word_names_written_apart_and_former_names(pipeline):
    assert names(pipeline, "Korban asal Labuhan Batu Utara dan Banjar Negara.") == {
        ("Kabupaten Labuhanbatu Utara", "regency"), ("Kabupaten Banjarnegara", "regency")}
    assert names(pipeline, "Pelaku warga Kabupaten Toba Samosir.") == {("Kabupaten Toba", "regency")}
    # "Kota" written apart is the city trigger, not part of a name
    assert names(pipeline, "Korban tinggal di Kota Banjar.") == {("Kota Banjar", "city")}


def test_common_word_names_say_where_someone_is_from_after_asal_or_warga(pipeline):
    assert names(pipeline, "Dua korban merupakan warga Lebak yang dijanjikan kerja.") == {
        ("Kabupaten Lebak", "regency")}
    assert names(pipeline, "Pelaku asal Batu itu ditangkap polisi.") == {("Kota Batu", "city")}
    # an area's name stays an area, and the word alone is no region
    assert names(pipeline, "Korban adalah warga Puncak yang dijanjikan kerja.") == set()
    assert names(pipeline, "Harga Batu akik naik tajam.") == set()


def test_placement_companies_ticket_legs_and_quotes_places_are_no_places_of_the_case(pipeline):
    text = "Polres Sikka menangkap perekrut. Mereka berangkat melalui sebuah perusahaan penempatan di Jakarta Timur."
    assert names(pipeline, text) == {("Kabupaten Sikka", "regency")}
    text = "Polres Sikka menangkap perekrut. Ia membayar biaya, mulai dari tiket kapal ke Surabaya."
    assert names(pipeline, text) == {("Kabupaten Sikka", "regency")}
    assert names(pipeline, "Polres Sikka menangkap perekrut, kata Yudi di Bandara Soekarno-Hatta.") == {
        ("Kabupaten Sikka", "regency")}
    # a company where victims were made to work is a place of the case
    assert names(pipeline, "Korban dipekerjakan di sebuah pabrik di Kabupaten Bekasi.") == {
        ("Kabupaten Bekasi", "regency")}


def test_appeals_and_warnings_name_regions_in_general(pipeline):
    text = ("Polres Kendal menangkap perekrut. BP3MI mengimbau warga di Brebes dan Pemalang berhati-hati "
            "dengan tawaran kerja.")
    assert names(pipeline, text) == {("Kabupaten Kendal", "regency")}


def test_a_unit_of_a_shared_name_follows_the_city_the_article_names(pipeline):
    text = "Polresta Sorong Kota melimpahkan tersangka ke Kejaksaan Negeri Sorong."
    assert names(pipeline, text) == {("Kota Sorong", "city")}
    # without the city named, the regency as before
    assert names(pipeline, "Polres Sorong melimpahkan tersangka ke Kejaksaan Negeri Sorong.") == {
        ("Kabupaten Sorong", "regency")}


def test_gateways_where_returnees_are_picked_up_and_towns_flown_through(pipeline):
    text = ("Polres Sukabumi memulangkan korban. Mereka dijemput petugas Disnakertrans Kabupaten Sukabumi di "
            "Bandara Soekarno-Hatta.")
    assert names(pipeline, text) == {("Kabupaten Sukabumi", "regency")}
    text = "Polres Subang menangkap pelaku. Korban diberangkatkan melalui Jakarta dengan transit di Doha."
    assert names(pipeline, text) == {("Kabupaten Subang", "regency")}
    # a gateway where people were stopped is a place of the case
    assert names(pipeline, "Petugas mengamankan 12 CPMI di Bandara Soekarno-Hatta.") == {
        ("Bandara Soekarno-Hatta", "place")}


def test_a_town_where_people_were_picked_up_on_their_way_is_no_place_of_the_case(pipeline):
    text = "Polres Sanggau menangkap sopir. Mereka dijemput oleh seseorang di Pontianak, lalu diantar ke perbatasan."
    assert names(pipeline, text) == {("Kabupaten Sanggau", "regency")}
    # a home, or a region named with Kabupaten, is kept
    text = "Polres Sanggau menangkap sopir. Korban dijemput paksa di rumahnya di Pontianak."
    assert ("Kota Pontianak", "city") in names(pipeline, text)
    text = "Polres Sanggau menangkap sopir. Tim menjemput korban di Kabupaten Sambas."
    assert ("Kabupaten Sambas", "regency") in names(pipeline, text)


def provinces_of(pipeline, text):
    return {(location["name"], location["province"]) for location in places(pipeline, text)}


def test_a_regency_seat_after_a_place_word_is_a_place_in_its_province(pipeline):
    assert provinces_of(pipeline, "Lima perempuan asal Kefamenanu dan Lewoleba dipulangkan.") == {
        ("Kefamenanu", "Nusa Tenggara Timur"), ("Lewoleba", "Nusa Tenggara Timur")}
    assert provinces_of(pipeline, "Polisi menggerebek sebuah bar di Timika, Senin malam.") == {
        ("Timika", "Papua Tengah")}
    # written run together, or after "Kota", and as later members of a list after one place word
    assert ("Rantau Prapat", "place") in names(pipeline, "Korban berasal dari Rantauprapat, Sumatera Utara.")
    assert ("Sampit", "place") in names(pipeline, "Tim menemukan korban di Kota Sampit.")
    assert names(pipeline, "Mereka warga Larantuka, Maumere dan Atambua.") == {
        ("Larantuka", "place"), ("Maumere", "place"), ("Atambua", "place")}


def test_a_regency_seat_without_a_place_word_or_inside_a_longer_name_is_no_place(pipeline):
    assert names(pipeline, "Atambua menjadi nama panggilan pelaku di kampung itu.") == set()
    assert names(pipeline, "Ia menginap di Hotel Maumere Indah bersama perekrut.") == set()
    # seats that are common words ("Negara"), or a district's name in another regency ("Wonosari"), are never read
    assert names(pipeline, "Korban dikirim ke Negara tetangga lewat jalur tikus.") == set()
    assert names(pipeline, "Pelaku tinggal di Wonosari bersama istrinya.") == set()


def test_a_region_inside_an_outlets_web_address_is_no_place(pipeline):
    text = "(FOTO: TRIBUN-PAPUA.COM/ISTIMEWA) Polisi memeriksa korban di Mapolres Mimika."
    assert names(pipeline, text) == {("Kabupaten Mimika", "regency")}
    assert names(pipeline, "Berita ini dimuat di laman Jambi.com. Korban asal Kerinci.") == {
        ("Kabupaten Kerinci", "regency")}
    # a region right before a full stop is still a place
    assert names(pipeline, "Korban diselamatkan di Papua.") == {("Papua", "province")}


def test_reminding_that_states_a_fact_is_no_warning(pipeline):
    text = ("Polres Karimun menunda keberangkatan 20 CPMI. Kepala BP3MI mengingatkan bahwa sebagian besar CPMI "
            "berasal dari Nusa Tenggara Barat.")
    assert ("Nusa Tenggara Barat", "province") in names(pipeline, text)
    # a warning to the public still names regions in general
    text = ("Polres Karimun menunda keberangkatan 20 CPMI. Kepala BP3MI mengingatkan warga Nusa Tenggara Barat "
            "agar waspada.")
    assert ("Nusa Tenggara Barat", "province") not in names(pipeline, text)


def test_where_a_written_statement_or_year_end_briefing_was_given_is_no_place_of_the_case(pipeline):
    text = ("Polres Bitung memulangkan empat ABK. Direktur Kemlu dalam keterangan tertulis di Jakarta, Selasa, "
            "menyebutkan keempatnya sehat.")
    assert names(pipeline, text) == {("Kota Bitung", "city")}
    text = "Koalisi itu, dalam paparan catatan akhir tahun di Makassar, Senin, mencatat 27 korban asal Kabupaten Gowa."
    assert names(pipeline, text) == {("Kabupaten Gowa", "regency")}
    # an event place followed by its day is kept
    assert names(pipeline, "Polisi menangkap perekrut di Makassar, Senin (4/5).") == {("Kota Makassar", "city")}


def test_embassies_and_offices_name_their_seat_not_a_place_of_the_case(pipeline):
    text = "Polres Kuningan berkoordinasi dengan Kedutaan Besar India di Jakarta."
    assert names(pipeline, text) == {("Kabupaten Kuningan", "regency")}
    text = "Polres Kuningan menyerahkan data dalam rapat di kantor Kemenko PMK, Jakarta Pusat, pekan lalu."
    assert names(pipeline, text) == {("Kabupaten Kuningan", "regency")}
    # victims held in an office's town are still placed there
    assert ("DKI Jakarta", "province") in names(pipeline, "Polisi menyelamatkan korban yang disekap di Jakarta.")


def test_a_district_whose_name_says_which_it_is_after_a_place_word(pipeline):
    assert provinces_of(pipeline, "Korban ditampung di sebuah rumah di Tarumajaya sebelum diberangkatkan.") == {
        ("Tarumajaya", "Jawa Barat")}
    assert ("Entikong", "district") in names(pipeline, "Mereka diamankan petugas di Entikong.")
    assert names(pipeline, "Warga Cikarang Utara dan Nongsa ditangkap.") == {
        ("Cikarang Utara", "district"), ("Nongsa", "district")}


def test_a_district_name_without_a_place_word_shared_or_foreign_is_no_place(pipeline):
    # no place word, or only "dari" before it (a person may be named there)
    assert names(pipeline, "Tarumajaya menjadi saksi dalam sidang itu.") == set()
    assert names(pipeline, "Ia menerima pesan dari Tarumajaya.") == set()
    # a name villages of other provinces bear, a foreign town's ("Miri" in Sarawak), a port named after a district
    assert names(pipeline, "Pelaku ditangkap di Kalideres.") == set()
    assert names(pipeline, "Yang kabur dipindahkan ke kota lain, di Sibu atau Miri.") == set()
    assert names(pipeline, "Mereka tiba di Pelabuhan Tanjung Priok, Senin.") == set()


def test_a_chief_written_as_one_word_with_a_special_unit_names_its_region(pipeline):
    assert names(pipeline, "Kapolda Metro Jaya mengatakan korban dibawa.") == {("DKI Jakarta", "province")}
    assert names(pipeline, "Wakapolresta Barelang menyampaikan hasil penyidikan.") == {("Kota Batam", "city")}
    assert names(pipeline, "Penyidik Polda Metro menetapkan dua tersangka.") == {("DKI Jakarta", "province")}
    # a unit's name inside another word is not the unit
    assert names(pipeline, "Tim Sukapolres Barelang bertanding.") == set()


def test_a_district_after_kecamatan_or_polsek_whose_name_alone_says_which_it_is(pipeline):
    assert provinces_of(pipeline, "Polsek Entikong mengamankan lima calon pekerja migran.") == {
        ("Entikong", "Kalimantan Barat")}
    assert provinces_of(pipeline, "Korban dari Desa Oeseli, Kecamatan Rote Barat Daya, dipulangkan.") == {
        ("Rote Barat Daya", "Nusa Tenggara Timur")}
    # a name villages elsewhere bear needs the article's regions to say which district it is
    assert names(pipeline, "Polres Bekasi memeriksa warga Kecamatan Sukamaju.") == {("Kabupaten Bekasi", "regency")}


def test_a_region_after_an_offices_acronym_is_named_before_its_heads_name(pipeline):
    assert names(pipeline, "Kepala Disnakertrans NTT Silvia Peku mengatakan korban dipulangkan.") == {
        ("Nusa Tenggara Timur", "province")}
    assert names(pipeline, "Ketua DPRD Sikka Donatus menyesalkan kasus ini.") == {("Kabupaten Sikka", "regency")}
    # without an office before it, a capitalised word after the name still makes a longer name
    assert names(pipeline, "Koran Jambi Ekspres memberitakan kasus itu.") == set()
    assert ("Kabupaten Bima", "regency") not in names(pipeline, "Wali Kota Bogor Bima Arya hadir.")


def test_berasal_dari_says_where_someone_is_from_like_asal(pipeline):
    assert names(pipeline, "Korban berasal dari Lebak dan dipulangkan.") == {("Kabupaten Lebak", "regency")}
    # a common-word name without it stays no place, and so does a strait of that name
    assert names(pipeline, "Pelaku membawa korban dari Lebak.") == set()
    assert names(pipeline, "Kapal itu berasal dari Selat Malaka.") == set()


def test_a_regency_seat_tells_which_district_of_a_shared_name_it_is(pipeline):
    text = "Korban warga Cibinong, tinggal di Kecamatan Sukamakmur."
    assert provinces_of(pipeline, text) == {("Cibinong", "Jawa Barat"), ("Sukamakmur", "Jawa Barat")}
    # alone, a district name two regencies share stays unresolved
    assert names(pipeline, "Korban tinggal di Kecamatan Sukamakmur.") == set()


def test_a_dateline_with_the_outlet_in_parentheses_and_a_stop_or_colon(pipeline):
    text = "Pontianak (Suara Kalbar). Satgas TPPO menyelamatkan tiga korban asal Kabupaten Sambas."
    assert names(pipeline, text) == {("Kabupaten Sambas", "regency")}
    text = "KUPANG (Timex): Polisi memeriksa warga Kabupaten Alor yang hendak berangkat ke Malaysia."
    assert names(pipeline, text) == {("Kabupaten Alor", "regency")}
    # a sentence that opens with a region and a bracketed note is no dateline when no stop or colon follows
    text = "Mataram (ibu kota NTB) menjadi titik keberangkatan para korban."
    assert ("Kota Mataram", "city") in names(pipeline, text)


def test_a_region_in_a_capes_name_is_no_place(pipeline):
    assert names(pipeline, "Mereka ditampung di pelabuhan rakyat Tanjung Jambi sebelum diberangkatkan.") == set()
    assert names(pipeline, "Kapal bersandar di Tanjung Bali, lalu korban dibawa ke Kabupaten Buleleng.") == \
        {("Kabupaten Buleleng", "regency")}
    # the city whose name begins with "Tanjung" is still found
    assert ("Kota Tanjung Pinang", "city") in names(pipeline, "Korban ditampung di Tanjungpinang selama dua hari.")


def test_the_quoted_name_of_an_online_group_holds_no_place(pipeline):
    text = 'Lowongan itu diunggah di grup Facebook "Loker Malaysia Batam" dan dilihat warga Kabupaten Kupang.'
    assert names(pipeline, text) == {("Kabupaten Kupang", "regency")}
    text = 'Pelaku memakai akun Instagram "Info Kerja Jambi" untuk merekrut korban.'
    assert names(pipeline, text) == set()
    # a quotation that is no group's name keeps its places
    text = '"Kami dibawa ke Kota Batam," kata korban.'
    assert ("Kota Batam", "city") in names(pipeline, text)


def test_a_region_named_only_in_a_comparison_or_a_trunk_roads_name_is_no_place(pipeline):
    text = "Jaringan itu memakai jalur Kabupaten Karimun karena pengawasannya lebih longgar dibandingkan Batam."
    assert names(pipeline, text) == {("Kabupaten Karimun", "regency")}
    text = "Kebun itu berjarak dua jam dari jalan poros Samarinda–Bontang di Kabupaten Kutai Kartanegara."
    assert names(pipeline, text) == {("Kabupaten Kutai Kartanegara", "regency")}
    # a region after "dari" on the same road sentence, and outside any comparison, is kept
    text = "Para pekerja dibawa dari Samarinda melalui jalan darat ke Kabupaten Paser."
    assert ("Kota Samarinda", "city") in names(pipeline, text)


def test_a_recruiting_companys_region_written_with_its_level_is_kept(pipeline):
    text = "Tersangka adalah pemilik perusahaan perekrut di Kota Pematangsiantar yang menampung calon ABK."
    assert names(pipeline, text) == {("Kota Pematangsiantar", "city")}
    # the bare name of the agent's town stays no place of the case
    text = "Para pelaut asal Kabupaten Buton direkrut sebuah agen perekrut di Pematangsiantar."
    assert names(pipeline, text) == {("Kabupaten Buton", "regency")}


def test_a_place_people_need_no_longer_travel_to_is_no_place_of_the_case(pipeline):
    text = "Pemkab Belu membuka LTSA agar warga tidak perlu lagi ke Kota Kupang untuk mengurus paspor."
    assert names(pipeline, text) == {("Kabupaten Belu", "regency")}
    assert names(pipeline, "Warga tak perlu jauh-jauh ke Mataram untuk mengurus dokumen.") == set()
    # a place victims were, or were not, taken to is read as before
    text = "Korban tidak dibawa ke Kota Kupang, melainkan ke Kabupaten Belu."
    assert ("Kota Kupang", "city") in names(pipeline, text)


def test_a_regency_whose_name_repeats_a_word_is_found_written_with_a_hyphen(pipeline):
    text = "Korban berasal dari Kabupaten Tojo Una-Una dan dibawa ke Malaysia."
    assert names(pipeline, text) == {("Kabupaten Tojo Una Una", "regency")}
    # a reduplicated common word is no region ("orang-orang", "kota-kota")
    assert names(pipeline, "Kota-kota besar menjadi tujuan para perekrut.") == set()


def test_spellings_news_uses_for_regencies_of_the_dataset(pipeline):
    text = "Korban warga Kabupaten Banyu Asin dan Kabupaten Muara Jambi dibawa ke Batam."
    assert names(pipeline, text) >= {("Kabupaten Banyuasin", "regency"), ("Kabupaten Muaro Jambi", "regency")}
    assert names(pipeline, "Ia warga Kabupaten Pangkajene Kepulauan.") == \
        {("Kabupaten Pangkajene dan Kepulauan", "regency")}
    # a lower-case common word is no region
    assert names(pipeline, "Mereka mandi di kolam banyu asin.") == set()


def test_a_common_word_region_name_in_a_list_of_regions_is_a_region(pipeline):
    found = names(pipeline, "Pendamping desa bertugas di Belu, Timor Tengah Utara dan Malaka sejak awal tahun.")
    assert ("Kabupaten Malaka", "regency") in found
    found = names(pipeline, "Korban direkrut dari Lebak dan Pandeglang oleh seorang sponsor.")
    assert ("Kabupaten Lebak", "regency") in found
    # alone, or listed only beside other common words, it stays a common word
    assert names(pipeline, "Kapal itu berlayar melintasi Selat Malaka menuju Port Klang.") == set()
    assert names(pipeline, "Di halaman rumah tersangka ditemukan batu, Batu dan kapur.") == set()


def test_a_region_named_only_as_what_lies_outside_it_is_no_place(pipeline):
    found = names(pipeline, "Kafe di Kabupaten Mimika itu mendatangkan pelayan dari luar Papua.")
    assert found == {("Kabupaten Mimika", "regency")}
    found = names(pipeline, "Polda Kalbar menyebut DPO itu melarikan diri ke luar Provinsi Jawa Tengah.")
    assert found == {("Kalimantan Barat", "province")}
    # the region itself, named without "luar", is kept
    assert ("Papua", "province") in names(pipeline, "Perempuan itu didatangkan ke Papua oleh perekrut.")


def test_where_a_fugitive_went_while_wanted_is_no_place_of_the_case(pipeline):
    text = ("Polres Sikka menangkap perekrut yang buron sejak Maret. Selama pelarian, ia sempat bersembunyi di Kota "
            "Kupang dan Kabupaten Ende.")
    assert names(pipeline, text) == {("Kabupaten Sikka", "regency")}
    # where he was finally caught is a place of the case
    text = "Polres Sikka menangkap perekrut yang buron sejak Maret. Ia ditangkap di Kabupaten Ende pada Senin."
    assert names(pipeline, text) == {("Kabupaten Sikka", "regency"), ("Kabupaten Ende", "regency")}


def test_a_region_of_victims_only_thought_to_exist_is_no_place_of_the_case(pipeline):
    text = ("Polda Jabar menyelamatkan tiga perempuan asal Kabupaten Garut. Polisi mendalami kemungkinan adanya "
            "korban lain dari Provinsi Banten.")
    assert names(pipeline, text) == {("Jawa Barat", "province"), ("Kabupaten Garut", "regency")}
    # victims the police did find there are kept
    text = ("Polda Jabar menyelamatkan tiga perempuan asal Kabupaten Garut. Dua korban lain berasal dari Provinsi "
            "Banten.")
    assert ("Banten", "province") in names(pipeline, text)


def test_an_airports_police_unit_names_the_airport_not_the_town_around_it(pipeline):
    for unit in ("Polres Bandara Soekarno-Hatta", "Polresta Bandara Soekarno-Hatta", "Kapolres Bandara Soekarno-Hatta"):
        assert names(pipeline, f"{unit} menangkap dua perekrut calon PMI.") == {("Bandara Soekarno-Hatta", "place")}
    # a port's police unit still names its city
    assert names(pipeline, "Polres Pelabuhan Tanjung Perak menangkap dua perekrut.") == {("Kota Surabaya", "city")}


def test_a_later_member_of_a_list_of_ports_is_a_port_too(pipeline):
    text = "Para deportan tiba dari Malaysia lewat Pelabuhan Dumai dan Tanjungpinang, lalu dipulangkan."
    found = places(pipeline, text)
    assert {(f["name"], f["level"], f["province"]) for f in found} >= {
        ("Pelabuhan Dumai", "place", "Riau"), ("Pelabuhan Tanjungpinang", "place", "Kepulauan Riau")}
    # a town after a comma is the port's town, and a region with its level word stays a region
    found = names(pipeline, "Petugas menahan mereka di Pelabuhan Tunon Taka, Nunukan, dan Kabupaten Sikka.")
    assert ("Kabupaten Nunukan", "regency") in found and ("Kabupaten Sikka", "regency") in found


def test_a_place_after_an_abbreviated_title_keeps_its_whole_sentence_as_evidence(pipeline):
    text = "Pj. Bupati Sikka menerima para korban di Maumere. Mereka lalu dipulangkan."
    found = places(pipeline, text)
    sikka = next(f for f in found if f["name"] == "Kabupaten Sikka")
    assert text[sikka["evidence"]["start"] : sikka["evidence"]["end"]] == text[: text.index(" Mereka")]
    text = "Korban tinggal di Gg. Mawar, Kota Kupang. Ia direkrut tahun lalu."
    kupang = next(f for f in places(pipeline, text) if f["name"] == "Kota Kupang")
    assert kupang["evidence"]["start"] == 0


@pytest.mark.parametrize(
    ("text", "found", "kept_text", "kept"),
    [
        # where people arrive, written "sesampainya", is a transit point; a place they were stopped at is kept
        ("Enam ABK asal Kabupaten Pemalang dipulangkan. Sesampainya di Surabaya, mereka dijemput keluarga.",
         {("Kabupaten Pemalang", "regency")},
         "Enam ABK asal Kabupaten Pemalang diamankan di Surabaya oleh petugas.", ("Kota Surabaya", "city")),
        # a recruiting company's seat said with a verb; written with its level, kept as where the suspects work
        ("Mahasiswa asal Kabupaten Malang dikirim oleh perusahaan penyalur yang berkantor di Surabaya.",
         {("Kabupaten Malang", "regency")},
         "Mahasiswa asal Kabupaten Malang dikirim oleh perusahaan penyalur yang berkantor di Kota Surabaya.",
         ("Kota Surabaya", "city")),
        # the seat of a country's mission; a region the victims were taken to stays
        ("Polda Bali menyelamatkan lima perempuan asing. Mereka pulang dibantu perwakilan negara asal di Jakarta.",
         {("Bali", "province")},
         "Polda Bali menyelamatkan lima perempuan asing yang sebelumnya dipekerjakan di Jakarta.",
         ("DKI Jakarta", "province")),
        # a flight's leg; the end of a leg that opens the sentence is where people arrive, kept
        ("Warga Kabupaten Kebumen itu dicegah di bandara. Petugas tahu jadwal terbang mereka ke Jakarta.",
         {("Kabupaten Kebumen", "regency")},
         "Warga Kabupaten Kebumen itu dipulangkan. Dari Bandung, mereka diterbangkan ke Jakarta bersama petugas.",
         ("DKI Jakarta", "province")),
        ("Enam korban asal Kabupaten Kebumen pulang. Tiket pesawat dari Jakarta ditanggung pemerintah daerah.",
         {("Kabupaten Kebumen", "regency")},
         "Enam korban asal Kabupaten Kebumen pulang setelah dipekerjakan di Jakarta.", ("DKI Jakarta", "province")),
        # the start of a trip home; a recruiter's town stays
        ("Tujuh korban asal Kabupaten Kebumen pulang. Biaya kepulangan dari Jakarta ke Kebumen ditanggung negara.",
         {("Kabupaten Kebumen", "regency")},
         "Tujuh korban asal Kabupaten Kebumen pulang. Perekrut dari Jakarta ditangkap.", ("DKI Jakarta", "province")),
        ("Tujuh korban asal Kabupaten Kebumen pulang. Dari Jakarta, mereka dijemput petugas Dinas Sosial.",
         {("Kabupaten Kebumen", "regency")},
         "Tujuh korban asal Kabupaten Kebumen disekap. Dari Jakarta, polisi menyebut kasus ini besar.",
         ("DKI Jakarta", "province")),
        ("Sembilan korban asal Kota Tomohon tiba. Dari Jakarta, mereka didampingi petugas BP3MI.",
         {("Kota Tomohon", "city")},
         "Sembilan korban asal Kota Tomohon tiba. Dari Jakarta, penyidik menyebut mereka disekap.",
         ("DKI Jakarta", "province")),
        ("Lima ABK asal Kabupaten Tegal direkrut. Dari Jakarta, kelimanya diterbangkan ke Port Louis, Mauritius.",
         {("Kabupaten Tegal", "regency")},
         "Lima ABK asal Kabupaten Tegal direkrut. Dari Jakarta, kelimanya lalu disekap di sebuah mes.",
         ("DKI Jakarta", "province")),
    ],
)
def test_a_transit_point_or_an_offices_seat_is_no_place_of_the_case(pipeline, text, found, kept_text, kept):
    assert names(pipeline, text) == found
    assert kept in names(pipeline, kept_text)


def test_the_seat_of_the_office_people_are_handed_over_to_is_no_place_of_the_case(pipeline):
    text = "Petugas mengamankan 12 CPMI asal Kabupaten Sikka, lalu diserahkan ke BP3MI Jawa Timur di Surabaya."
    found = names(pipeline, text)
    assert ("Kota Surabaya", "city") not in found and ("Jawa Timur", "province") in found
    # handed over to their families at home: where they live, kept
    text = "Petugas mengamankan 12 CPMI, lalu diserahkan kepada keluarganya di Kabupaten Sikka."
    assert ("Kabupaten Sikka", "regency") in names(pipeline, text)


def test_nias_named_bare_is_the_island_of_several_regencies(pipeline):
    found = names(pipeline, "Dua puluh perempuan asal Nias disalurkan ke rumah-rumah di Kota Medan.")
    assert found == {("Nias", "place"), ("Kota Medan", "city")}
    # after a trigger it is the regency, and a longer name is the other regency
    assert names(pipeline, "Polres Nias menangkap seorang penyalur.") == {("Kabupaten Nias", "regency")}
    assert names(pipeline, "Korban asal Nias Selatan dibawa ke Pekanbaru.") >= {("Kabupaten Nias Selatan", "regency")}


def test_a_regency_named_like_an_island_in_a_list_of_islands_is_the_island(pipeline):
    found = places(pipeline, "Mayoritas calon pekerja migran itu berasal dari Lombok, Sumbawa dan Flores.")
    assert {(f["name"], f["level"]) for f in found} == {
        ("Lombok", "place"), ("Pulau Sumbawa", "place"), ("Flores", "place")}
    # beside a regency, or alone after an origin word, it is the regency
    found = names(pipeline, "Mayoritas calon pekerja migran itu berasal dari Kabupaten Bima dan Sumbawa.")
    assert ("Kabupaten Sumbawa", "regency") in found
    assert names(pipeline, "Sponsornya warga Sumbawa sendiri.") == {("Kabupaten Sumbawa", "regency")}


def test_a_port_or_airport_named_with_kind_words_is_the_gateway(pipeline):
    found = places(pipeline, "Kapal itu ditahan di Pelabuhan Perikanan Samudera Kendari bersama awaknya.")
    assert [(f["name"], f["level"], f["province"]) for f in found] == [
        ("Pelabuhan Kendari", "place", "Sulawesi Tenggara")]
    found = places(pipeline, "Lima calon pekerja dicegat di Pelabuhan Penyeberangan Bakauheni, Lampung Selatan.")
    assert ("Pelabuhan Penyeberangan Bakauheni", "place") in {(f["name"], f["level"]) for f in found}
    # a kind word alone before a name is no port's name: a plain word after "Pelabuhan" is not skipped
    assert names(pipeline, "Kapal itu ditahan di pelabuhan ikan Kendari.") == {("Kota Kendari", "city")}


def test_a_gateway_people_were_to_leave_through_is_where_they_were_stopped(pipeline):
    text = "Polisi menggagalkan keberangkatan lima pemuda yang hendak terbang ke Bangkok melalui Bandara Juanda, Senin."
    assert ("Bandara Juanda", "place") in names(pipeline, text)
    # a gateway passed on a journey made is still no place of the case
    text = "Korban dibawa ke Malaysia melalui Bandara Juanda, lalu ke Kuala Lumpur."
    assert ("Bandara Juanda", "place") not in names(pipeline, text)
    text = "Tiga calon pekerja migran digagalkan berangkat dari Bandara Supadio, Sabtu."
    assert ("Bandara Supadio", "place") in names(pipeline, text)
    text = "Mereka berangkat dari Bandara Supadio menuju Kuala Lumpur tanpa hambatan."
    assert ("Bandara Supadio", "place") not in names(pipeline, text)
    # people stopped from flying, named between the verb and the departure ("mencegah tiga perempuan asal X terbang
    # dari Bandara Y")
    text = ("Tim gabungan mencegah tiga perempuan asal Kabupaten Timor Tengah Selatan terbang dari Bandara El Tari "
            "menuju Surabaya, Selasa.")
    assert ("Bandara El Tari", "place") in names(pipeline, text)
    # an airport by its common abbreviation, named by its full name: one site however written
    assert ("Bandara Sultan Mahmud Badaruddin II", "place") in names(
        pipeline, "Tiga CPMI dicegah di Bandara SMB II Palembang.")


def test_a_gateway_of_a_stopped_sending_and_its_town_are_where_it_happened(pipeline):
    text = "Polisi menggagalkan upaya pengiriman 15 calon PMI melalui Pelabuhan Teluk Nibung, Tanjungbalai."
    assert {("Pelabuhan Teluk Nibung", "place"), ("Kota Tanjungbalai", "city")} <= names(pipeline, text)
    text = "Petugas mencegah keberangkatan tujuh CPMI melalui Pelabuhan Lembar, Sabtu."
    assert ("Pelabuhan Lembar", "place") in names(pipeline, text)
    # the town of a gateway passed on a journey made is still no place of the case
    assert names(pipeline, "Korban dibawa ke Malaysia melalui Pelabuhan Teluk Nibung, Tanjungbalai.") == set()


def test_an_airports_immigration_office_holding_a_departure_back_is_at_the_airport(pipeline):
    assert ("Bandara I Gusti Ngurah Rai", "place") in names(
        pipeline, "Imigrasi Ngurah Rai menunda keberangkatan tiga pemuda tujuan Bangkok.")
    # the office consulted or named for another reason is no place of the case
    assert names(pipeline, "Polisi berkoordinasi dengan Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta untuk "
                           "menelusuri data perjalanan korban.") == set()


def test_districts_listed_after_one_trigger_are_districts_not_regencies(pipeline):
    text = ("Polres Lampung Timur mengungkap kasus TPPO. Para korban berasal dari Kecamatan Sekampung Udik, "
            "Labuhan Maringgai, Pekalongan dan Batanghari.")
    found = names(pipeline, text)
    assert ("Batanghari", "district") in found and ("Pekalongan", "district") in found
    assert not {name for name, level in found if level in ("regency", "city")} - {"Kabupaten Lampung Timur"}
    # a district and then its regency is no list of districts
    found = names(pipeline, "Polisi menyelamatkan lima korban di Kecamatan Entikong, Sanggau, Kalimantan Barat.")
    assert ("Kabupaten Sanggau", "regency") in found


def test_the_short_name_of_soekarno_hatta_airport_is_the_airport(pipeline):
    found = {(p["name"], p["level"], p["province"]) for p in places(pipeline, "Tiga pemuda dicegah di Soetta.")}
    assert ("Bandara Soekarno-Hatta", "place", "Banten") in found


def test_an_airport_by_its_former_common_name_is_the_airport(pipeline):
    text = "Tujuh calon PMI dicegah melanjutkan penerbangan di Bandara SAMS Sepinggan, Sabtu."
    found = {(p["name"], p["level"], p["province"]) for p in places(pipeline, text)}
    assert ("Bandara Sultan Aji Muhammad Sulaiman", "place", "Kalimantan Timur") in found


def test_a_city_name_that_is_a_district_of_a_named_regency_is_that_district(pipeline):
    # Depok is Kota Depok (Jawa Barat) and a kecamatan of Sleman; beside Sleman and nothing of Jawa Barat, the kecamatan
    found = names(pipeline, "Polda DIY menetapkan dua tersangka. BS adalah direktur sebuah LPK di Depok, Sleman.")
    assert ("Depok", "district") in found and ("Kota Depok", "city") not in found
    found = names(pipeline, "Polresta Sleman menangkap dua pelaku. Transaksi dilakukan di kos di wilayah Depok dan "
                            "Mlati.")
    assert ("Depok", "district") in found
    # with nothing of Sleman named, the city
    assert ("Kota Depok", "city") in names(pipeline, "Polres Bogor menangkap pelaku asal Depok.")


def test_a_region_named_as_a_neighbour_is_no_place_of_the_story(pipeline):
    found = names(pipeline, "Polda Sumbar mengungkap kasus di Pasaman Barat. Pasaman Barat berbatasan dengan Sumatera "
                            "Utara dan dekat dengan Riau.")
    assert found == {("Sumatera Barat", "province"), ("Kabupaten Pasaman Barat", "regency")}


def test_a_name_inside_a_laws_title_is_no_place(pipeline):
    found = names(pipeline, "Polres Katingan juga menjerat keduanya dengan Undang-Undang Mineral dan Batu Bara.")
    assert found == {("Kabupaten Katingan", "regency")}
    found = names(pipeline, "Polres Asahan menangkap pelaku di Asahan dan Batubara.")
    assert ("Kabupaten Batu Bara", "regency") in found


def test_a_district_written_without_its_trigger_before_its_city(pipeline):
    text = "Polisi menyelamatkan 23 perempuan dari penampungan di Tembalang, Kota Semarang."
    assert {("Tembalang", "district"), ("Kota Semarang", "city")} <= names(pipeline, text)
    # negative: a name that is no district of the city after it stays no district
    assert ("Tembalang", "district") not in names(pipeline, "Polisi menggerebek rumah di Tembalang, Kota Surabaya.")


def test_a_region_of_another_act_the_same_night_is_an_aside(pipeline):
    text = ("Satreskrim Polres Batu Bara mengamankan sembilan calon pekerja migran. Pada malam yang sama, polisi "
            "juga menggagalkan pemberangkatan calon pekerja migran di Kabupaten Asahan.")
    assert ("Kabupaten Asahan", "regency") not in names(pipeline, text)


def test_a_gateway_where_a_departure_was_stopped_is_kept_past_a_long_clause_about_the_people(pipeline):
    text = ("Kantor Imigrasi menunda keberangkatan 27 warga yang diduga akan bekerja di luar negeri secara "
            "nonprosedural melalui Bandara Internasional Soekarno-Hatta, Kota Tangerang, Banten, Minggu (15/2/2026).")
    found = names(pipeline, text)
    assert ("Kota Tangerang", "city") in found
    # negative: a gateway people were only sent through, with no stop told, is passed
    text = "Para pekerja itu diberangkatkan melalui Pelabuhan Teluk Nibung, Kota Tanjungbalai, menuju Malaysia."
    assert ("Kota Tanjungbalai", "city") not in names(pipeline, text)


def test_a_town_a_ride_home_was_taken_from_is_passed_through(pipeline):
    text = ("Sembilan korban asal Kabupaten Bondowoso tiba di Surabaya. Mereka menumpang kapal dari Nunukan setelah "
            "dideportasi otoritas Malaysia.")
    assert ("Kabupaten Nunukan", "regency") not in names(pipeline, text)
    # negative: a town people were rescued in is kept
    text = "Polisi menyelamatkan sembilan korban di Nunukan sebelum mereka naik kapal ke Tawau."
    assert ("Kabupaten Nunukan", "regency") in names(pipeline, text)


def test_a_ports_police_post_securing_people_names_the_port(pipeline):
    text = "Petugas KSKP Bakauheni mengamankan belasan calon pekerja migran ilegal di area pemeriksaan kendaraan."
    assert ("Pelabuhan Bakauheni", "place") in names(pipeline, text)
    # negative: the post only speaking acts nowhere
    assert ("Pelabuhan Bakauheni", "place") not in names(pipeline, "Kepala KSKP Bakauheni mengimbau warga waspada.")


def test_the_end_of_a_leg_before_an_onward_flight_is_passed_through(pipeline):
    text = ("Dua gadis asal Kabupaten Paser menjadi korban pengantin pesanan. Perantara mendampingi keberangkatan "
            "hingga Jakarta, sebelum para gadis diterbangkan ke China.")
    assert ("DKI Jakarta", "province") not in names(pipeline, text)
    # negative: a place they were put to work in until a date stays
    text = "Para korban dipekerjakan di Batam hingga Juli sebelum dipulangkan ke Lombok."
    assert ("Kota Batam", "city") in names(pipeline, text)


def test_a_region_named_only_where_drugs_were_found_is_no_place_of_the_case():
    from nlp.pipeline import ComponentsOnly

    pipe = ComponentsOnly("sentencizer", "pantau_places")
    text = ("Polda Sumbar menangani 14 kasus TPPO di Kabupaten Pasaman Barat sepanjang 2025. Barang bukti yang disita "
            "antara lain sabu dan ladang ganja di Kabupaten Solok.")
    found = {location["name"] for location in pipe(text)._.locations}
    assert "Kabupaten Pasaman Barat" in found and "Kabupaten Solok" not in found
    # negative: without the drugs the region stays
    found = {location["name"] for location in pipe(text.replace("sabu dan ladang ganja", "dua mobil"))._.locations}
    assert "Kabupaten Solok" in found


def test_a_regency_seat_written_with_its_leading_word_joined_is_its_regency(pipeline):
    # "Tanjungbalai Karimun" is Kabupaten Karimun's seat, not Kota Tanjungbalai of Sumatera Utara
    found = names(pipeline, "Para korban adalah warga Tanjungbalai Karimun.")
    assert ("Kabupaten Karimun", "regency") in found and ("Kota Tanjungbalai", "city") not in found


def test_a_port_named_after_its_district_and_a_districts_joined_spelling(pipeline):
    # "Pelabuhan Pangkal Balam" lies in the district of that name (Kota Pangkalpinang), also written joined
    for text in ("Petugas mencegat empat remaja putri di Pelabuhan Pangkal Balam.",
                 "Petugas mencegat empat remaja putri di Pelabuhan Pangkalbalam.",
                 "Petugas mencegat empat remaja putri di Pangkalbalam."):
        assert ("Pangkal Balam", "district") in names(pipeline, text)
    # a kind word or a longer port name is no district ("Samudera" is one in Aceh); a seat keeps its joined name
    found = names(pipeline, "Para korban diamankan di Pelabuhan Samudera Batulicin, Kabupaten Tanah Bumbu.")
    assert ("Pelabuhan Batulicin", "place") in found and ("Samudera", "district") not in found


def test_a_name_interrupted_by_its_abbreviation_is_the_longer_name(pipeline):
    text = "Dinas Tenaga Kerja Kabupaten Ogan Komering Ulu (OKU) Timur menggelar sosialisasi pencegahan TPPO."
    assert names(pipeline, text) == {("Kabupaten Ogan Komering Ulu Timur", "regency")}
    # negative: the abbreviation alone closes the name
    assert names(pipeline, "Polres Ogan Komering Ulu (OKU) menangkap dua tersangka.") == {
        ("Kabupaten Ogan Komering Ulu", "regency")}


def test_where_a_paid_ride_starts_is_passed_through(pipeline):
    text = ("Tujuh perempuan asal Kabupaten Garut dicegah petugas di Pelabuhan Tanjung Kalian. Ongkos kapal dari "
            "Jakarta ke Muntok ditanggung perekrut.")
    assert ("DKI Jakarta", "province") not in names(pipeline, text)


def test_where_a_ride_was_taken_or_a_trip_paid_from_is_passed_through(pipeline):
    text = ("Polisi mencegat 15 calon PMI di Pelabuhan Bakauheni. Mereka menumpang sebuah bus pariwisata dari "
            "Jakarta.")
    assert ("DKI Jakarta", "province") not in names(pipeline, text)
    text = "Pemkab Sanggau menanggung biaya perjalanan korban dari Jakarta hingga Sanggau."
    assert ("DKI Jakarta", "province") not in names(pipeline, text)


def test_where_a_partner_sits_is_no_place_of_the_case(pipeline):
    assert ("DKI Jakarta", "province") not in names(
        pipeline, "Polda Maluku akan berkoordinasi dengan kepolisian di Jakarta untuk memeriksa para korban.")
    # negative: the place of the act itself stays
    assert ("DKI Jakarta", "province") in names(
        pipeline, "Polda Maluku menangkap dua perekrut di Jakarta setelah berkoordinasi dengan Bareskrim.")


def test_where_a_journey_began_or_was_to_go_on_from_is_passed_through(pipeline):
    assert names(pipeline, "Petugas juga mengamankan dua orang yang mendampingi rombongan sejak dari Pontianak.") \
        == set()
    assert ("Kota Pontianak", "city") not in names(
        pipeline, "Korban asal Kabupaten Indramayu akan diantar ke Pontianak untuk diterbangkan ke Jawa Barat.")
    assert names(pipeline, "Sebagian belum punya paspor dan dijanjikan diurus di Nunukan.") == set()
