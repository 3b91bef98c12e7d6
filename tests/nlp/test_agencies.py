"""Agencies: the bodies that act or speak in Indonesian trafficking news, typed per the contract."""

import re

import pytest
import spacy

import nlp.components.agencies  # noqa: F401  (registers the factory)
from nlp.components.agencies import find_agencies
from nlp.language import blank_indonesian


@pytest.fixture(scope="module")
def pipeline():
    return blank_indonesian()


def agencies(pipeline, text):
    return [(agency["name"], agency["type"]) for agency in find_agencies(pipeline(text))]


def test_police_unit_with_its_region(pipeline):
    assert agencies(pipeline, "Polres Kukar menangkap dua perekrut.") == [("Polres Kukar", "police")]
    assert agencies(pipeline, "Kasus ditangani Polresta Balikpapan.") == [("Polresta Balikpapan", "police")]
    assert agencies(pipeline, "Penyidik Polres Metro Tangerang Kota bergerak.") == [
        ("Polres Metro Tangerang Kota", "police")]


def test_headline_verbs_and_ranks_end_the_name(pipeline):
    assert agencies(pipeline, "Polda Jatim Ungkap 28 Kasus") == [("Polda Jatim", "police")]
    assert agencies(pipeline, "Kapolres Sergai AKBP Jhon menjelaskan kasus.") == [("Polres Sergai", "police")]


def test_acting_unit_and_parent_are_both_listed(pipeline):
    found = agencies(pipeline, "Unit PPA Satreskrim Polres Tuban memeriksa saksi.")
    assert found == [("Polres Tuban", "police"), ("Unit PPA Satreskrim Polres Tuban", "police")]
    found = agencies(pipeline, "Kasubdit IV Ditreskrimum Polda Kepri menyebut ada 25 kasus.")
    assert ("Subdit IV Ditreskrimum Polda Kepri", "police") in found
    assert ("Polda Kepri", "police") in found


def test_long_unit_names_with_acronyms(pipeline):
    found = agencies(pipeline, "Direktur Reserse Kriminal Umum (Dirreskrimum) Polda Jambi menggelar konferensi pers.")
    assert found == [("Polda Jambi", "police"), ("Ditreskrimum Polda Jambi", "police")]


def test_long_and_short_forms_are_one_agency_named_as_written_most(pipeline):
    text = "Kepolisian Daerah Jawa Timur (Polda Jatim) menangkap pelaku. Polda Jatim juga menyita paspor."
    found = find_agencies(pipeline(text))
    assert [(a["name"], a["type"]) for a in found] == [("Polda Jatim", "police")]
    assert found[0]["evidence"] == {"start": 0, "end": text.index(" Polda Jatim juga")}


def test_press_offices_are_not_listed(pipeline):
    assert agencies(pipeline, "Kabidhumas Polda Bali menyampaikan rilis.") == [("Polda Bali", "police")]


def test_buildings_are_not_the_agency(pipeline):
    assert agencies(pipeline, "Bayi dirawat di RS Bhayangkara Polda Riau.") == []
    assert agencies(pipeline, "Rapat di Kantor Wali Kota Batam.") == []


def test_task_forces(pipeline):
    found = agencies(pipeline, "Satgas TPPO Polda Kaltim mengamankan tersangka.")
    assert ("Satgas TPPO Polda Kaltim", "task_force") in found and ("Polda Kaltim", "police") in found
    assert agencies(pipeline, "Gugus Tugas TPPO Kota Batam menggelar rapat.") == [
        ("Gugus Tugas TPPO Kota Batam", "task_force")]
    assert agencies(pipeline, "Rapat membahas pembentukan Satgas TPPO di daerah.") == []
    assert agencies(pipeline, "Warga diminta melapor kepada gugus tugas setempat.") == []


def test_women_and_child_protection_offices(pipeline):
    assert agencies(pipeline, "DP3AP2KB Kota Batam mendampingi korban.") == [
        ("DP3AP2KB Kota Batam", "women_child_protection_office")]
    assert agencies(pipeline, "UPTD PPA Provinsi Kepri menerima korban.") == [
        ("UPTD PPA Provinsi Kepri", "women_child_protection_office")]
    assert agencies(pipeline, "Kepala Sudin PPAPP Jakarta Barat hadir.") == [
        ("Sudin PPAPP Jakarta Barat", "women_child_protection_office")]


def test_jakartas_offices_in_each_administrative_city(pipeline):
    text = ("Petugas Sudin Sosial Jakarta Pusat menyelamatkan tujuh anak. Mereka didampingi Sudin PPAPP Jakarta Pusat "
            "dan Suku Dinas Tenaga Kerja Jakarta Barat.")
    assert agencies(pipeline, text) == [("Sudin Sosial Jakarta Pusat", "local_government"),
                                        ("Sudin PPAPP Jakarta Pusat", "women_child_protection_office"),
                                        ("Suku Dinas Tenaga Kerja Jakarta Barat", "local_government")]


def test_bare_acronym_joins_the_regional_one(pipeline):
    text = "DPMPPA menggelar rapat. Kepala DPMPPA Kota Jambi membuka acara."
    assert agencies(pipeline, text) == [("DPMPPA Kota Jambi", "women_child_protection_office")]


def test_long_office_name_with_acronym_joins_the_short_form(pipeline):
    text = ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) menggelar rakor. "
            "Kepala DP3A Kabupaten Sikka hadir.")
    assert agencies(pipeline, text) == [("DP3A Kabupaten Sikka", "women_child_protection_office")]


def test_long_office_name_with_civil_registry_and_family_planning_is_one_office(pipeline):
    text = ("Dinas Pemberdayaan Perempuan, Perlindungan Anak, Kependudukan dan Catatan Sipil serta Keluarga Berencana "
            "(DP3ACSKB) Provinsi Kepulauan Bangka Belitung menggelar sosialisasi. Kepala DP3ACSKB Babel hadir.")
    found = agencies(pipeline, text)
    assert len(found) == 1 and found[0][1] == "women_child_protection_office"
    assert "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Kependudukan" not in [name for name, _ in found]


def test_office_inside_office_is_one_agency(pipeline):
    text = "Ketua P2TP2A Dinas PPPA Kota Kendari membenarkan kejadian itu."
    assert agencies(pipeline, text) == [("P2TP2A Dinas PPPA Kota Kendari", "women_child_protection_office")]


def test_national_bodies(pipeline):
    found = agencies(pipeline, "BP2MI, Kementerian PPPA, Kemenlu dan Bareskrim Polri bekerja sama dengan IOM.")
    assert found == [("BP2MI", "migrant_worker_agency"), ("Kementerian PPPA", "ministry"), ("Kemenlu", "ministry"),
                     ("Bareskrim Polri", "police"), ("IOM", "international")]


def test_missions_abroad_keep_their_city(pipeline):
    assert agencies(pipeline, "KBRI Phnom Penh memulangkan korban.") == [("KBRI Phnom Penh", "ministry")]


def test_immigration_prosecutors_courts(pipeline):
    found = agencies(pipeline, "Kantor Imigrasi Kelas I TPI Batam menolak paspor. Kejaksaan Negeri (Kejari) Batam "
                               "menuntut terdakwa di Pengadilan Negeri Batam.")
    assert found == [("Kantor Imigrasi Kelas I TPI Batam", "immigration"), ("Kejari Batam", "prosecutor"),
                     ("Pengadilan Negeri Batam", "court")]


def test_migrant_worker_agency_with_region(pipeline):
    found = agencies(pipeline, "Balai Pelayanan Pelindungan Pekerja Migran Indonesia (BP3MI) Kalbar mendata korban.")
    assert found == [("BP3MI Kalbar", "migrant_worker_agency")]


def test_regional_head_only_without_pemda(pipeline):
    assert agencies(pipeline, "Bupati Gunungkidul membuka sosialisasi.") == [("Bupati Gunungkidul", "local_government")]
    found = agencies(pipeline, "Pemkab Indramayu menggelar rakor. Bupati Indramayu hadir.")
    assert found == [("Pemkab Indramayu", "local_government")]


def test_bare_pemda_takes_the_region_of_its_head(pipeline):
    found = agencies(pipeline, "Pemkot berkomitmen mencegah TPPO. Wali Kota Kupang meminta warga melapor.")
    assert found == [("Pemkot Kupang", "local_government")]


def test_regional_office_of_a_ministry_absorbs_the_bare_ministry(pipeline):
    found = agencies(pipeline, "Kanwil Kemenkumham NTB meneken MoU. Kemenkumham siap membantu.")
    assert found == [("Kanwil Kemenkumham NTB", "ministry")]


def test_generic_words_and_private_firms_are_not_agencies(pipeline):
    assert agencies(pipeline, "Pihak kepolisian dan pihak terkait memeriksa PT Sinar Jaya.") == []
    assert agencies(pipeline, "Polres setempat masih menyelidiki.") == []


def test_hostile_input_does_not_crash(pipeline):
    assert find_agencies(pipeline("")) == []
    assert isinstance(find_agencies(pipeline("Polres " * 200 + "(((" + "\x00Polda")), list)


def test_component_in_a_pipeline():
    pipe = spacy.blank("id")
    pipe.add_pipe("sentencizer")
    pipe.add_pipe("pantau_places")
    pipe.add_pipe("pantau_agencies")
    doc = pipe("Polda Sumut menyelamatkan 20 korban.")
    assert doc._.agencies == [{"name": "Polda Sumut", "type": "police", "canonical": "Polda Sumatera Utara",
                               "evidence": {"start": 0, "end": 36}}]


def test_police_unit_named_after_something_else(pipeline):
    found = agencies(pipeline, "Satuan Tugas Tindak Pidana Perdagangan Orang (Satgas TPPO) Polresta Barelang "
                               "menangkap perekrut.")
    assert found == [("Satgas TPPO Polresta Barelang", "task_force"), ("Polresta Barelang", "police")]
    assert agencies(pipeline, "Kapolsek Medan Baru Kompol Yayang membenarkan.") == [("Polsek Medan Baru", "police")]


def test_numbered_subdirectorate_with_its_field(pipeline):
    found = agencies(pipeline, "Kasus ditangani Subdit IV Renakta Ditreskrimum Polda Kalbar.")
    assert found == [("Polda Kalbar", "police"), ("Subdit IV Renakta Ditreskrimum Polda Kalbar", "police")]


def test_spelled_out_name_in_parentheses_after_an_acronym(pipeline):
    text = "Rapat DP3AP2KB (Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan " \
           "Keluarga Berencana) Tangsel dimulai pagi."
    assert agencies(pipeline, text) == [("DP3AP2KB Tangsel", "women_child_protection_office")]


def test_head_titles_name_their_unit(pipeline):
    found = agencies(pipeline, "Direktur Tindak Pidana Umum Bareskrim Polri Brigjen Djuhandhani menjelaskan.")
    assert found == [("Bareskrim Polri", "police"), ("Direktorat Tindak Pidana Umum Bareskrim Polri", "police")]


def test_short_name_of_an_island_regency(pipeline):
    text = "Polres Kepulauan Aru menerima laporan. Kapolres Aru AKBP Dwi menjelaskan."
    assert agencies(pipeline, text) == [("Polres Kepulauan Aru", "police")]


# ---- generalisation: compositional units, organisations by form, national bodies (sentences written for these tests)
def canonical_names(pipeline, text):
    return [(agency["name"], agency["canonical"]) for agency in find_agencies(pipeline(text))]


def test_compositional_police_units(pipeline):
    found = agencies(pipeline, "Satreskrim Polrestabes Medan menangkap perekrut. Dittipidum Bareskrim Polri membantu.")
    assert found == [("Polrestabes Medan", "police"), ("Satreskrim Polrestabes Medan", "police"),
                     ("Bareskrim Polri", "police"), ("Dittipidum Bareskrim Polri", "police")]


@pytest.mark.parametrize("unit", ["Satuan Polisi Air dan Udara", "Satuan Pembinaan Masyarakat",
                                  "Satuan Samapta Bhayangkara"])
def test_polres_units_by_their_long_names(pipeline, unit):
    found = agencies(pipeline, f"{unit} Polres Lombok Timur mencegah keberangkatan lima CPMI.")
    assert found == [("Polres Lombok Timur", "police"), (f"{unit} Polres Lombok Timur", "police")]


def test_polda_directorates_by_their_long_names(pipeline):
    found = agencies(pipeline, "Direktorat Kepolisian Air dan Udara Polda Kepri mencegat kapal itu.")
    assert found == [("Polda Kepri", "police"), ("Direktorat Kepolisian Air dan Udara Polda Kepri", "police")]


def test_task_force_attached_to_a_police_unit(pipeline):
    assert ("Satgas TPPO Polresta Pontianak", "task_force") in agencies(
        pipeline, "Satgas TPPO Polresta Pontianak memeriksa dua saksi.")


def test_unit_acting_through_a_unit_written_after_the_parent(pipeline):
    found = agencies(pipeline, "Satreskrim Polres Sikka melalui Unit PPA menangkap seorang perekrut.")
    assert found == [("Polres Sikka", "police"), ("Satreskrim Polres Sikka", "police"),
                     ("Unit PPA Satreskrim Polres Sikka", "police")]


def test_organisations_by_the_form_of_their_name(pipeline):
    text = ("Yayasan Harapan Perempuan Flores mendampingi korban bersama Jaringan Peduli Migran Kupang. "
            "Lembaga Advokasi Hak Anak (LAHA) ikut memantau, sedangkan lembaga masyarakat lain diam.")
    assert agencies(pipeline, text) == [("Yayasan Harapan Perempuan Flores", "ngo"),
                                        ("Jaringan Peduli Migran Kupang", "ngo"),
                                        ("Lembaga Advokasi Hak Anak (LAHA)", "ngo")]


def test_long_form_local_offices(pipeline):
    text = "Dinas P2KBP3A Kabupaten Sikka dan Dinsos-P3AP2KB Kota Kupang menerima para korban."
    assert agencies(pipeline, text) == [("Dinas P2KBP3A Kabupaten Sikka", "women_child_protection_office"),
                                        ("Dinsos-P3AP2KB Kota Kupang", "women_child_protection_office")]


def test_national_coordinating_bodies_and_canonical_long_names(pipeline):
    text = "Kemenko Polhukam, Kompolnas dan KSP membahas TPPO. Kemensos menyiapkan rumah aman."
    assert canonical_names(pipeline, text) == [
        ("Kemenko Polhukam", "Kementerian Koordinator Bidang Politik dan Keamanan"),
        ("Kompolnas", "Komisi Kepolisian Nasional"), ("KSP", "Kantor Staf Presiden"),
        ("Kemensos", "Kementerian Sosial")]


def test_a_ministry_written_two_ways_is_one_agency(pipeline):
    found = canonical_names(pipeline, "Kementerian Sosial menyiapkan rumah aman. Kemensos juga memberi bantuan.")
    assert [canonical for _, canonical in found] == ["Kementerian Sosial"]


def test_canonical_police_name_uses_the_official_region(pipeline):
    assert canonical_names(pipeline, "Polres Kukar menahan dua tersangka.") == [
        ("Polres Kukar", "Polres Kutai Kartanegara")]


def test_bare_polri_in_passing_is_not_listed(pipeline):
    text = "Polda Sumbar menetapkan dua tersangka. Kasus ini sejalan dengan program Polri."
    assert agencies(pipeline, text) == [("Polda Sumbar", "police")]
    assert agencies(pipeline, "Polri meminta warga melapor.") == [("Polri", "police")]


def test_shorter_written_name_on_a_tie(pipeline):
    text = "Polda Kalimantan Barat menangkap perekrut. Polda Kalbar lalu menyita dua paspor."
    assert agencies(pipeline, text) == [("Polda Kalbar", "police")]


def test_courts_and_prosecutors_named_after_their_seat(pipeline):
    assert agencies(pipeline, "Majelis hakim PN Atambua menjatuhkan vonis.") == [("PN Atambua", "court")]


def test_long_organisation_names(pipeline):
    text = "Jaringan Nasional Anti Tindak Pidana Perdagangan Orang meminta pemerintah bertindak."
    assert agencies(pipeline, text) == [("Jaringan Nasional Anti Tindak Pidana Perdagangan Orang", "ngo")]


def test_short_region_name_in_parentheses_is_the_written_name(pipeline):
    text = ("Satuan Reserse Kriminal (Satreskrim) Polres Kutai Kartanegara (Kukar) membongkar praktik TPPO. Korban "
            "dirujuk ke Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak (UPTD PPA) Kukar.")
    assert agencies(pipeline, text) == [("Polres Kukar", "police"), ("Satreskrim Polres Kukar", "police"),
                                        ("UPTD PPA Kukar", "women_child_protection_office")]


def test_sub_directorate_spelled_out_before_its_acronym(pipeline):
    text = "Subdit IV Remaja, Anak, dan Wanita (Renakta) Ditreskrimum Polda Bali menggerebek sebuah spa."
    assert agencies(pipeline, text) == [("Polda Bali", "police"),
                                        ("Subdit IV Renakta Ditreskrimum Polda Bali", "police")]


def test_a_unit_acting_without_its_parent_joins_the_articles_one_police_parent(pipeline):
    text = "Polres Sikka menggelar operasi. Petugas Satpolairud menyelamatkan 15 calon PMI dari sebuah kapal."
    assert agencies(pipeline, text) == [("Polres Sikka", "police"), ("Satpolairud Polres Sikka", "police")]
    text = "Polda Papua membagi beban kerja: Ditreskrimum 4 perkara, sisanya untuk jajaran lain."
    assert agencies(pipeline, text) == [("Polda Papua", "police")]


def test_a_unit_heads_title_speaks_for_its_unit(pipeline):
    # a Kasat Reskrim speaking alone speaks for the station: the criminal-investigation unit is listed where the
    # article names it itself
    found = agencies(pipeline, "Kasat Reskrim Polres Garut AKP Dede menjelaskan kronologi penangkapan.")
    assert found == [("Polres Garut", "police")]
    found = agencies(pipeline, "Satreskrim Polres Garut menangkap perekrut. Kasat Reskrim Polres Garut AKP Dede "
                               "membenarkan penangkapan itu.")
    assert found == [("Polres Garut", "police"), ("Satreskrim Polres Garut", "police")]
    # the unit written only as a link of a smaller unit's name is named through that unit, not on its own
    found = agencies(pipeline, "Unit PPA Satreskrim Polres Garut memeriksa saksi. Kasat Reskrim Polres Garut AKP "
                               "Dede menyebut korban masih anak.")
    assert found == [("Polres Garut", "police"), ("Unit PPA Satreskrim Polres Garut", "police")]
    found = agencies(pipeline, "Unit PPA Satreskrim Polres Garut memeriksa saksi. Satreskrim Polres Garut juga "
                               "menangkap perekrut. Kasat Reskrim Polres Garut AKP Dede menyebut korban masih anak.")
    assert ("Satreskrim Polres Garut", "police") in found
    found = agencies(pipeline, "Kasat Polairud Polres Sikka AKP Yos mengatakan kapal itu dicegat di perairan Maumere.")
    assert found == [("Polres Sikka", "police"), ("Satpolairud Polres Sikka", "police")]
    # a head's former office, or a title with no unit's parent anywhere, names no unit
    assert agencies(pipeline, "Mantan Kasat Reskrim Polres Garut itu kini bertugas di luar daerah.") == []
    assert agencies(pipeline, "Kasat Reskrim AKP Dede mengatakan pelaku sudah ditahan.") == []


def test_a_unit_written_out_keeps_its_name_when_its_head_speaks_later(pipeline):
    # the unit's own name outvotes the name read from its head's title
    found = agencies(pipeline, "Satuan Reserse Kriminal Polres Garut menangkap perekrut calon pekerja migran. "
                               "Kapolres Garut melalui Kasat Reskrim AKP Dede mengatakan tersangka ditahan.")
    assert found == [("Polres Garut", "police"), ("Satuan Reserse Kriminal Polres Garut", "police")]
    found = agencies(pipeline, "Kapolres Garut melalui Kasat Reskrim AKP Dede mengatakan tersangka ditahan.")
    assert found == [("Polres Garut", "police")]


def test_national_police_bodies_speak_through_their_chiefs_titles(pipeline):
    found = agencies(pipeline, "Kabareskrim Polri Komjen Wahyu mengatakan jaringan itu merekrut 40 orang.")
    assert found == [("Bareskrim Polri", "police")]
    found = agencies(pipeline, "Wakabareskrim Irjen Asep menyebut berkas segera dilimpahkan.")
    assert found == [("Bareskrim Polri", "police")]
    # a word that only contains the name is none of it
    assert agencies(pipeline, "Gedung Kabareskrimnya dipugar tahun lalu.") == []


def test_a_city_government_written_pemko(pipeline):
    found = agencies(pipeline, "Rakor yang dipimpin Sekretaris Daerah Pemko Batam dihadiri BP3MI Kepri.")
    assert found == [("Pemko Batam", "local_government"), ("BP3MI Kepri", "migrant_worker_agency")]
    found = agencies(pipeline, "Pemerintah Kota Medan menggelar rapat. Pemko Medan akan membentuk gugus tugas.")
    assert found == [("Pemko Medan", "local_government")]
    # a bare Pemko with no city anywhere names no one government
    assert agencies(pipeline, "Warga meminta Pemko lebih tegas.") == []


def test_protection_office_acronyms_joined_by_a_hyphen(pipeline):
    found = agencies(pipeline, "Kepala DP3A-Dalduk KB Sulsel mengatakan tujuh korban berasal dari Sinjai.")
    assert found == [("DP3A-Dalduk KB Sulsel", "women_child_protection_office")]
    found = agencies(pipeline, "Korban didampingi DP3A-PPKB Kabupaten Bone selama pemeriksaan.")
    assert found == [("DP3A-PPKB Kabupaten Bone", "women_child_protection_office")]
    assert agencies(pipeline, "Ia menyebut DP3A-nya belum menerima laporan.") == []


def test_a_government_acting_through_its_office_gives_the_office_its_region(pipeline):
    found = agencies(pipeline, "Pemkab Sikka melalui Dinas Sosial memulangkan tujuh korban ke kampung halaman.")
    assert found == [("Pemkab Sikka", "local_government"), ("Dinas Sosial Sikka", "local_government")]
    found = agencies(pipeline, "Pemerintah Kabupaten Lebak melalui DP3AP2KB menggelar rapat koordinasi.")
    assert ("DP3AP2KB Lebak", "women_child_protection_office") in found
    found = agencies(pipeline, "Wali Kota Batam, Amsakar Achmad, melalui Kepala Dinas Sosial menyalurkan bantuan.")
    assert ("Dinas Sosial Batam", "local_government") in found
    # an office only working beside the government is not named as its office
    found = agencies(pipeline, "Pemkab Sikka bersama Dinas Sosial memulangkan tujuh korban.")
    assert found == [("Pemkab Sikka", "local_government")]


def test_an_immigration_office_named_by_its_airport_or_port(pipeline):
    found = agencies(pipeline, "Imigrasi Bandara Ngurah Rai menunda keberangkatan empat warga.")
    assert found == [("Imigrasi Bandara Ngurah Rai", "immigration")]
    found = agencies(pipeline, "Petugas Imigrasi Pelabuhan Batam Center menolak tiga penumpang.")
    assert found == [("Imigrasi Pelabuhan Batam Center", "immigration")]
    # a lowercase word after it is no place of it
    assert agencies(pipeline, "Imigrasi bandara menunda keberangkatan empat warga.") == [("Imigrasi", "immigration")]


def test_another_countrys_police_named_with_its_country(pipeline):
    found = agencies(pipeline, "Kepolisian Kamboja menggerebek kompleks itu dan menyerahkan 40 WNI kepada KBRI "
                               "Phnom Penh.")
    assert found == [("Kepolisian Kamboja", "international"), ("KBRI Phnom Penh", "ministry")]
    found = agencies(pipeline, "Jabatan Imigresen Malaysia mendeportasi 120 pekerja melalui Pelabuhan Dumai.")
    assert found == [("Jabatan Imigresen Malaysia", "international")]
    assert agencies(pipeline, "Kepolisian Korea Selatan menangkap dua agen.") == [
        ("Kepolisian Korea Selatan", "international")]
    assert agencies(pipeline, "Imigrasi Malaysia mendeportasi 120 pekerja melalui Pelabuhan Dumai.") == [
        ("Imigrasi Malaysia", "international")]
    # Indonesia's own force, or the word with no country, is no foreign body
    assert agencies(pipeline, "Kepolisian Negara Republik Indonesia menegaskan komitmennya.") == []
    assert agencies(pipeline, "Kepolisian setempat menyelidiki kasus itu.") == []


def test_an_office_read_by_its_affairs_then_its_own_acronym_and_region(pipeline):
    found = agencies(pipeline, "Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Malaka menggelar "
                               "sosialisasi bahaya perdagangan orang.")
    assert found == [("DPMD Kabupaten Malaka", "local_government")]
    found = agencies(pipeline, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Batam "
                               "mencabut izin perusahaan penyalur itu.")
    assert found == [("DPMPTSP Kota Batam", "local_government")]
    # with no region after the acronym the office keeps its long name; a region in parentheses is no acronym
    found = agencies(pipeline, "Rapat memperkuat Pusat Pelayanan Perlindungan Anak (PPA) di desa-desa.")
    assert found == [("Pusat Pelayanan Perlindungan Anak", "women_child_protection_office")]
    assert agencies(pipeline, "Dinas Pariwisata (Kukar) menutup spa itu.") == []


def test_a_persons_initials_are_no_acronym_of_a_body(pipeline):
    found = agencies(pipeline, "Polres Ende menetapkan tersangka berinisial ZA (47) dan PN (39).")
    assert found == [("Polres Ende", "police")]
    found = agencies(pipeline, "Pelaku berinisial PN kemudian diserahkan ke Polres Ende.")
    assert found == [("Polres Ende", "police")]
    # the court's own acronym with its place stays
    assert agencies(pipeline, "Majelis hakim PN Batam menjatuhkan vonis tujuh tahun.") == [("PN Batam", "court")]


def test_a_protection_offices_long_name_ending_in_daerah(pipeline):
    text = ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak Daerah (DP3A) Sulawesi Utara mencatat 486 kasus. "
            "Kepala DP3A Sulut mengatakan jumlah korban naik.")
    assert agencies(pipeline, text) == [("DP3A Sulut", "women_child_protection_office")]
    # "Daerah" alone after another office is not read into a protection office
    assert agencies(pipeline, "Dinas Sosial Daerah menggelar rapat.") == []


def test_a_border_post_named_only_as_a_place_in_all_its_forms(pipeline):
    text = "Tujuh warga dicegah melintas di Pos Lintas Batas Negara atau PLBN Entikong, Kabupaten Sanggau."
    assert agencies(pipeline, text) == []
    text = ("Satgas Pamtas mencegat 14 warga di jalan setapak di sekitar PLBN Aruk. Mereka diserahkan ke BP3MI "
            "Kalbar.")
    assert ("PLBN Aruk", "other") not in agencies(pipeline, text)
    text = "Korban diberangkatkan melalui PLBN Entikong. Mereka dijemput di PLBN oleh petugas."
    assert agencies(pipeline, text) == []
    # one in a list of those present, or a hall in it, is a place too
    text = "Rapat dihadiri perwakilan Polres Merauke, Pos Lintas Batas Negara (PLBN) Sota dan lembaga gereja."
    assert agencies(pipeline, text) == [("Polres Merauke", "police")]
    assert agencies(pipeline, "Suasana aula PLBN Motaain di Kecamatan Tasifeto Timur ramai.") == []
    # a border post that acts, or whose head speaks, is listed
    text = "PLBN Skouw memfasilitasi pemulangan 19 ABK. Para ABK dibawa ke PLBN Skouw untuk pemeriksaan."
    assert agencies(pipeline, text) == [("PLBN Skouw", "other")]
    text = "Para ABK dibawa ke PLBN Skouw. Kepala PLBN Skouw Mathilda Pusung mengungkapkan rasa syukurnya."
    assert agencies(pipeline, text) == [("PLBN Skouw", "other")]


def test_more_written_forms_of_regional_offices_and_task_forces(pipeline):
    found = agencies(pipeline, "UPTD Perlindungan Perempuan dan Anak (PPA) Provinsi Jawa Barat mendampingi korban.")
    assert found == [("UPTD PPA Provinsi Jawa Barat", "women_child_protection_office")]
    found = agencies(pipeline, "GT PP-TPPO Kabupaten Indramayu menggelar rapat evaluasi.")
    assert found == [("Gugus Tugas TPPO Kabupaten Indramayu", "task_force")]
    found = agencies(pipeline, "Gugus Tugas Daerah PP-TPPO Provinsi Kalimantan Barat menggelar rapat.")
    assert found == [("Gugus Tugas TPPO Provinsi Kalimantan Barat", "task_force")]
    found = agencies(pipeline, "Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Sikka menggelar sosialisasi.")
    assert found == [("Kesbangpol Kabupaten Sikka", "local_government")]
    assert agencies(pipeline, "Kanim Kelas I Kupang menolak permohonan paspor.") == [("Imigrasi Kupang", "immigration")]
    # the national unity this office is named after is no organisation of its own
    assert agencies(pipeline, "Warga diajak menjaga kesatuan bangsa dan politik yang santun.") == []


def test_an_officials_title_speaks_for_the_body_he_heads(pipeline):
    assert agencies(pipeline, "Kajari Batam Andi mengatakan berkas perkara sudah lengkap.") == [
        ("Kejari Batam", "prosecutor")]
    assert agencies(pipeline, "Kadisnakertrans NTT Silvya mengatakan pihaknya mendata korban.") == [
        ("Disnakertrans NTT", "local_government")]
    assert agencies(pipeline, "Kakanwil Kemenkumham NTB mengatakan pengawasan diperketat.") == [
        ("Kanwil Kemenkumham NTB", "ministry")]
    assert agencies(pipeline, "Dubes RI untuk Kamboja Santo Darmosumarto mengatakan 200 WNI dipulangkan.") == [
        ("KBRI Kamboja", "ministry")]
    assert agencies(pipeline, "Konsul Jenderal RI di Kuching mengatakan pihaknya mendampingi korban.") == [
        ("KJRI Kuching", "ministry")]
    assert agencies(pipeline, "Dandim 1627/Rote Ndao mengatakan patroli pantai diperketat.") == [
        ("Kodim 1627/Rote Ndao", "other")]
    assert agencies(pipeline, "Wamen P2MI Christina mengatakan pemerintah menjemput korban.") == [
        ("KemenP2MI", "migrant_worker_agency")]
    assert agencies(pipeline, "Para menlu ASEAN bertemu di Jakarta.") == []
    # the body itself, written in full, keeps its own name; another country's envoy is no mission of Indonesia
    found = agencies(pipeline, "Kejari Batam menerima berkas. Kajari Batam mengatakan sidang segera digelar.")
    assert found == [("Kejari Batam", "prosecutor")]
    assert agencies(pipeline, "Dubes Kamboja untuk Indonesia bertemu menteri.") == []


def test_names_as_news_spells_them_beside_the_official_spelling(pipeline):
    # "Perlindungan" for the official "Pelindungan", in the migrant-worker bodies and the 2024 police units
    found = agencies(pipeline, "Balai Pelayanan Perlindungan Pekerja Migran Indonesia (BP3MI) Jawa Timur menjemput "
                               "korban.")
    assert found == [("BP3MI Jawa Timur", "migrant_worker_agency")]
    found = agencies(pipeline, "Direktorat Reserse Pelindungan Perempuan dan Anak serta Pidana Perdagangan Orang "
                               "(Ditres PPA dan PPO) Polda NTT menangkap perekrut.")
    assert found == [("Polda NTT", "police"), ("Ditres PPA dan PPO Polda NTT", "police")]
    found = agencies(pipeline, "Dirres PPA dan PPO Polda Jateng Kombes Dwi mengatakan korban 12 orang.")
    assert found == [("Polda Jateng", "police"), ("Ditres PPA dan PPO Polda Jateng", "police")]
    found = agencies(pipeline, "International Justice Mission (IJM) membantu penyelamatan korban.")
    assert found == [("IJM", "ngo")]
    # protection of workers as a topic names no body
    assert agencies(pipeline, "Perlindungan pekerja migran Indonesia harus diperkuat.") == []


def test_the_municipal_police_acting_named_without_its_region(pipeline):
    found = agencies(pipeline, "Tim gabungan Dinsos Kota Medan, Satpol PP dan Polrestabes Medan menjaring 12 anak.")
    assert ("Satpol PP", "local_government") in found
    # the word for municipal police in general is not written as its acronym
    assert agencies(pipeline, "Razia itu melibatkan polisi pamong praja.") == []


def test_a_short_form_joining_its_long_form_votes_for_the_name(pipeline):
    text = "Majelis hakim PN Batam menjatuhkan vonis dalam sidang di Pengadilan Negeri Batam, Selasa."
    assert agencies(pipeline, text) == [("PN Batam", "court")]
    text = ("Pengadilan Negeri Batam menggelar sidang. Hakim Pengadilan Negeri Batam lalu membaca vonis. PN Batam "
            "menolak.")
    assert agencies(pipeline, text) == [("Pengadilan Negeri Batam", "court")]
    # two courts of two places stay two
    text = "PN Batam memvonis terdakwa; Pengadilan Negeri Tanjungpinang menolak gugatan."
    assert len(agencies(pipeline, text)) == 2


def test_an_office_named_after_its_regencys_seat_town(pipeline):
    found = agencies(pipeline, "Tim gabungan Polres Sikka dan Imigrasi Maumere memeriksa kapal itu.")
    assert found == [("Polres Sikka", "police"), ("Imigrasi Maumere", "immigration")]
    found = agencies(pipeline, "Kejari Atambua menuntut terdakwa. Kejaksaan Negeri Belu lalu menyerahkan berkas.")
    assert len(found) == 1 and found[0][1] == "prosecutor"
    # a capitalised word that is no town leaves the office without a place
    assert agencies(pipeline, "Petugas Imigrasi Tunda Keberangkatan Sembilan Warga") == [("Imigrasi", "immigration")]


def test_a_kanit_names_the_unit_he_heads(pipeline):
    found = agencies(pipeline, "Kanit PPA Satreskrim Polres Tuban Ipda Sari mengungkapkan kejadian itu.")
    assert found == [("Polres Tuban", "police"), ("Unit PPA Satreskrim Polres Tuban", "police")]
    found = agencies(pipeline, "Kanit Reskrim Polsek Cisarua Ipda Budi mengatakan kedua pelaku ditahan.")
    assert found == [("Polsek Cisarua", "police"), ("Unit Reskrim Polsek Cisarua", "police")]
    # a word that only starts like the title is no unit
    assert agencies(pipeline, "Kanitra PPA menggelar pameran busana di Cisarua.") == []


def test_a_head_ending_a_headline_takes_no_region_from_the_dateline_below(pipeline):
    found = agencies(pipeline, "Warga Tertipu Lowongan Kerja Melapor ke Polda\n\nMAKASSAR, BERITA.ID – Polda Sulsel "
                               "menerima laporan itu.")
    assert found == [("Polda Sulsel", "police")]


def test_agencies_in_related_links_are_skipped(pipeline):
    found = agencies(pipeline, "Polres Sanggau memulangkan 20 warga.\nBaca juga: Antrean di PLBN Aruk Memanjang\n"
                               "Korban didata petugas.")
    assert found == [("Polres Sanggau", "police")]


def test_short_and_long_forms_of_one_office_are_one_agency(pipeline):
    # one agency; a court written as often in both forms is named as the article first writes it, and a headline
    # (which abbreviates) is a weaker vote than the text
    found = agencies(pipeline, "PN Surabaya Vonis Perekrut\nMajelis hakim Pengadilan Negeri Surabaya menjatuhkan "
                               "vonis.")
    assert found == [("Pengadilan Negeri Surabaya", "court")]
    found = agencies(pipeline, "Majelis hakim PN Surabaya menjatuhkan vonis. Pengadilan Negeri Surabaya juga "
                               "menolak eksepsi.")
    assert found == [("PN Surabaya", "court")]
    found = agencies(pipeline, "Kantor Imigrasi Kelas I Khusus TPI Medan menunda paspor. Imigrasi Medan mencatat "
                               "40 penundaan.")
    assert found == [("Kantor Imigrasi Kelas I Khusus TPI Medan", "immigration")]


def test_an_agency_named_once_as_where_a_report_goes_is_not_listed(pipeline):
    found = agencies(pipeline, "UPTD PPA Kota Kupang mendampingi korban. Hasil pendataan akan dilaporkan ke "
                               "Kementerian Sosial setiap bulan.")
    assert found == [("UPTD PPA Kota Kupang", "women_child_protection_office")]
    found = agencies(pipeline, "BP3MI Jawa Barat akan menyerahkan data para calo kepada Polda Jabar bulan depan.")
    assert found == [("BP3MI Jawa Barat", "migrant_worker_agency")]
    found = agencies(pipeline, "Keluarga membuat laporan ke Polda Jabar. Polda Jabar lalu menangkap dua calo.")
    assert found == [("Polda Jabar", "police")]


def test_a_body_that_data_was_handed_to_acts_on_it(pipeline):
    # data already handed over reaches a body that follows it up, the first of a list as much as the others
    found = agencies(pipeline, "BP3MI Jawa Barat menyerahkan data para calo kepada Polda Jabar untuk diproses.")
    assert found == [("BP3MI Jawa Barat", "migrant_worker_agency"), ("Polda Jabar", "police")]
    found = agencies(pipeline, "Dinas Sosial Kota Kupang sudah mengirimkan data kedua korban ke Kementerian Sosial "
                               "dan KBRI Dili.")
    assert ("Kementerian Sosial", "ministry") in found and ("KBRI Dili", "ministry") in found
    # data still to be sent does not
    found = agencies(pipeline, "Kepala desa berjanji data warga yang berangkat akan dikirim ke Disnakertrans Flores "
                               "Timur.")
    assert found == []


def test_military_border_task_forces_are_agencies(pipeline):
    found = agencies(pipeline, "Satgas Pamtas RI-PNG Yonif 123 menggagalkan penyeberangan delapan warga.")
    assert found == [("Satgas Pamtas RI-PNG Yonif 123", "other")]
    found = agencies(pipeline, "Prajurit Satgas Marinir Ambalat XXX bersama Polres Nunukan mengamankan 12 calon "
                               "pekerja migran.")
    assert ("Satgas Marinir Ambalat XXX", "other") in found and ("Polres Nunukan", "police") in found


def test_combined_regional_offices_and_regional_commissions(pipeline):
    found = agencies(pipeline, "Dinas Sosial P3A Kabupaten Sanggau mendampingi korban.")
    assert found == [("Dinas Sosial P3A Kabupaten Sanggau", "women_child_protection_office")]
    found = agencies(pipeline, "Izin LPK itu diperiksa Dinas Tenaga Kerja dan Koperasi UKM Kabupaten Cilacap.")
    assert found == [("Dinas Tenaga Kerja dan Koperasi UKM Kabupaten Cilacap", "local_government")]
    found = agencies(pipeline, "Komisi Pengawasan dan Perlindungan Anak Daerah (KPPAD) Kalbar mendampingi korban.")
    assert found == [("KPPAD Kalbar", "other")]


def test_the_trade_office_in_taipei_is_the_representation_abroad(pipeline):
    found = agencies(pipeline, "Kantor Dagang dan Ekonomi Indonesia (KDEI) di Taipei menerima aduan pekerja.")
    assert [agency_type for _, agency_type in found] == ["ministry"]
    assert agencies(pipeline, "KDEI Taipei memulangkan lima pekerja.") == [("KDEI Taipei", "ministry")]


def test_a_border_post_named_only_as_route_or_venue_is_a_place(pipeline):
    found = agencies(pipeline, "Sebanyak 30 pekerja dipulangkan melalui Pos Lintas Batas Negara (PLBN) Aruk. Mereka "
                               "didata di PLBN Aruk oleh BP3MI Kalbar.")
    assert found == [("BP3MI Kalbar", "migrant_worker_agency")]
    found = agencies(pipeline, "PLBN Motaain memfasilitasi pemulangan 12 warga. Mereka dibawa ke PLBN Motaain.")
    assert found == [("PLBN Motaain", "other")]


def test_a_national_body_named_once_inside_a_quotation_is_not_listed(pipeline):
    found = agencies(pipeline, 'Polres Cilacap menyelidiki LPK itu.\n"Penempatan ke Korea harus lewat jalur yang '
                               'diawasi Kementerian Ketenagakerjaan," kata Kapolres.')
    assert found == [("Polres Cilacap", "police")]
    found = agencies(pipeline, "Kementerian Ketenagakerjaan mencabut izin LPK itu.\n\"Izinnya sudah kami cabut,\" "
                               "kata pejabat Kementerian Ketenagakerjaan.")
    assert [agency_type for _, agency_type in found] == ["ministry"]


def test_a_dinas_is_named_as_written_where_its_short_form_is_never_written(pipeline):
    found = agencies(pipeline, "Keluarga mengadu ke Dinas Tenaga Kerja Kota Tegal, Kamis.")
    assert found == [("Dinas Tenaga Kerja Kota Tegal", "local_government")]
    found = agencies(pipeline, "Kepala Dinas Sosial Kabupaten Subang mengirim surat kepada Kementerian Luar Negeri.")
    assert ("Dinas Sosial Kabupaten Subang", "local_government") in found
    # where the article writes the short form, the short form names it
    found = agencies(pipeline, "Dinas Tenaga Kerja (Disnaker) Asahan mendata korban. Disnaker Asahan lalu melapor.")
    assert found == [("Disnaker Asahan", "local_government")]


def test_a_long_form_and_its_short_form_with_the_region_in_parentheses_are_one_office(pipeline):
    found = agencies(pipeline, "Kepala Dinas Kependudukan, Pemberdayaan Perempuan dan Perlindungan Anak Provinsi "
                               "Kalimantan Timur (DKP3A Provinsi Kalimantan Timur), Noryani, mendampingi korban.")
    assert found == [("DKP3A Provinsi Kalimantan Timur", "women_child_protection_office")]
    found = agencies(pipeline, "Kepala Dinas Perindustrian dan Tenaga Kerja Kabupaten Cilacap (Disperinaker "
                               "Kabupaten Cilacap), Budi, mengatakan korban sudah pulang.")
    assert found == [("Disperinaker Kabupaten Cilacap", "local_government")]
    # another region in the parentheses is another office
    found = agencies(pipeline, "Dinas Tenaga Kerja Kabupaten Cilacap (Disnaker Kabupaten Banyumas) hadir.")
    assert len(found) == 2


def test_an_office_after_a_line_ending_in_a_street_word_is_still_named(pipeline):
    text = "Baca juga: Pemkab Subang Perbaiki Jalan Desa\n\nKepala Dinas Sosial Kabupaten Subang mengirim surat."
    assert ("Dinas Sosial Kabupaten Subang", "local_government") in agencies(pipeline, text)
    text = "Kantor itu berada di Jalan Dinas Sosial Kabupaten Subang."
    assert ("Dinas Sosial Kabupaten Subang", "local_government") not in agencies(pipeline, text)


def test_a_directorate_general_acts_for_its_ministry(pipeline):
    found = agencies(pipeline, "Direktorat Jenderal Perhubungan Laut juga memanggil agen pengawakan.")
    assert found == [("Direktorat Jenderal Perhubungan Laut", "ministry")]
    found = agencies(pipeline, "Ditjen Bea dan Cukai menyita barang. Ditjen Imigrasi menunda dua paspor.")
    assert found == [("Ditjen Bea dan Cukai", "ministry"), ("Ditjen Imigrasi", "immigration")]


def test_a_kesatuan_of_workers_is_an_organisation_but_the_unitary_state_is_not(pipeline):
    found = agencies(pipeline, "Ketua Kesatuan Pelaut Indonesia (KPI), Mathias, meminta pemerintah bertindak.")
    assert found == [("Kesatuan Pelaut Indonesia (KPI)", "ngo")]
    assert agencies(pipeline, "Negara Kesatuan Republik Indonesia menjamin hak setiap warga.") == []


def test_an_organisation_by_name_form_is_not_read_from_a_headline(pipeline):
    text = "Polisi Bongkar Jaringan Penyalur Pekerja Ilegal ke Malaysia\n\nPolres Ende menangkap dua perekrut."
    assert agencies(pipeline, text) == [("Polres Ende", "police")]
    text = "Korban Pulang ke Ende\n\nPendampingan dilakukan Jaringan Peduli Perempuan Flores sejak Maret."
    assert ("Jaringan Peduli Perempuan Flores", "ngo") in agencies(pipeline, text)


def test_dan_joins_two_words_of_one_organisation_not_two_organisations(pipeline):
    found = agencies(pipeline, "Aduan itu diterima Lembaga Kajian dan Advokasi Perempuan Sulawesi (LKAPS).")
    assert found == [("Lembaga Kajian dan Advokasi Perempuan Sulawesi (LKAPS)", "ngo")]
    found = agencies(pipeline, "Yayasan Harapan Timur dan Lembaga Bantuan Hukum Kupang mendampingi korban.")
    assert ("Yayasan Harapan Timur", "ngo") in found and len(found) == 2


def test_volunteer_teams_and_organisations_named_in_english(pipeline):
    found = agencies(pipeline, "Tim Relawan untuk Kemanusiaan Sumba mendampingi keluarga korban.")
    assert found == [("Tim Relawan untuk Kemanusiaan Sumba", "ngo")]
    found = agencies(pipeline, "Peneliti Ocean Rights Watch (ORW) Indonesia menyebut awak kapal tidak digaji.")
    assert found == [("Ocean Rights Watch (ORW) Indonesia", "ngo")]
    assert agencies(pipeline, "Ia menonton acara Family Time di televisi.") == []


def test_foreign_police_forces_are_international(pipeline):
    found = agencies(pipeline, "Polda Kalbar bekerja sama dengan Polis Diraja Malaysia memulangkan korban.")
    assert ("Polis Diraja Malaysia", "international") in found


def test_directorates_by_their_long_and_short_names(pipeline):
    found = canonical_names(pipeline, "Direktorat Reserse Siber Polda Bali menangkap admin grup itu.")
    assert found == [("Polda Bali", "Polda Bali"), ("Direktorat Reserse Siber Polda Bali", "Ditressiber Polda Bali")]
    found = agencies(pipeline, "Ditressiber Polda Bali menangkap admin grup. Direktorat Reserse Siber Polda Bali "
                               "juga menyita ponsel.")
    assert ("Ditressiber Polda Bali", "police") in found and len(found) == 2
    found = agencies(pipeline, "Ditres PPA dan PPO Polda NTB menetapkan dua tersangka.")
    assert ("Ditres PPA dan PPO Polda NTB", "police") in found


def test_a_bareskrim_directorate_written_long_and_short_is_one_unit(pipeline):
    found = agencies(pipeline, "Direktorat Tindak Pidana Umum (Dittipidum) Bareskrim Polri membongkar sindikat itu. "
                               "Dittipidum Bareskrim Polri menyita 40 paspor.")
    assert sorted(found) == [("Bareskrim Polri", "police"), ("Dittipidum Bareskrim Polri", "police")]


def test_a_subdirectorate_spelled_out_without_its_number(pipeline):
    found = agencies(pipeline, "Subdit Remaja, Anak dan Wanita (Renakta) Ditreskrimum Polda Riau menangkap mucikari.")
    assert ("Subdit Renakta Ditreskrimum Polda Riau", "police") in found


def test_a_unit_once_written_without_its_directorate_is_one_unit(pipeline):
    text = ("Subdit Renakta Polda Riau Tangkap Mucikari\n\nSubdit Renakta Ditreskrimum Polda Riau menangkap mucikari "
            "di Pekanbaru.")
    found = agencies(pipeline, text)
    assert found == [("Polda Riau", "police"), ("Subdit Renakta Ditreskrimum Polda Riau", "police")]
    # a directorate and its sub-directorate are two units
    text = "Ditreskrimum Polda Riau memeriksa saksi. Subdit IV Ditreskrimum Polda Riau menangkap mucikari."
    assert len(agencies(pipeline, text)) == 3


def test_a_prosecutors_office_written_long_and_short_is_one_agency(pipeline):
    # named as introduced when both forms are written as often; by the form written most otherwise
    found = agencies(pipeline, "Jaksa Kejaksaan Negeri Kupang menuntut 10 tahun. Kepala Kejari Kupang menyatakan "
                               "banding.")
    assert found == [("Kejaksaan Negeri Kupang", "prosecutor")]
    found = agencies(pipeline, "Jaksa Kejaksaan Negeri Kupang menuntut 10 tahun. Kepala Kejari Kupang menyatakan "
                               "banding. Kejari Kupang juga menyita aset.")
    assert found == [("Kejari Kupang", "prosecutor")]
    found = agencies(pipeline, "Jaksa dari Kejaksaan Negeri Kupang menuntut terdakwa 10 tahun penjara.")
    assert found == [("Kejaksaan Negeri Kupang", "prosecutor")]


def test_police_that_received_a_crime_report_handle_the_case(pipeline):
    found = agencies(pipeline, "Kepala Disnaker Ende menyebut perekrut itu sudah dilaporkan ke Polres Ende.")
    assert ("Polres Ende", "police") in found
    found = agencies(pipeline, "BP3MI NTT akan membantu keluarga membuat laporan ke Polda NTT pekan depan.")
    assert found == [("BP3MI NTT", "migrant_worker_agency")]


def test_any_body_that_received_a_report_handles_it(pipeline):
    # a report already made reaches the body that acts on it, a mission abroad as much as the police
    found = agencies(pipeline, "Petugas BP3MI Sulut mencatat identitas korban dan meneruskan laporan itu ke KBRI "
                               "Phnom Penh.")
    assert found == [("BP3MI Sulut", "migrant_worker_agency"), ("KBRI Phnom Penh", "ministry")]
    found = agencies(pipeline, "Ibu korban sudah melapor ke Disnakertrans Lombok Timur sejak Maret.")
    assert found == [("Disnakertrans Lombok Timur", "local_government")]
    # a report still to be made, or data handed on, does not
    found = agencies(pipeline, "LSM Bina Migran akan melaporkan kasus itu ke KBRI Kuala Lumpur.")
    assert ("KBRI Kuala Lumpur", "ministry") not in found


def test_a_police_unit_brought_up_for_an_earlier_case_is_context(pipeline):
    text = ("Satreskrim Polres Ende menangkap dua perekrut. Polres Ende menyebut modus serupa pernah diungkap "
            "Polres Sikka pada 2023.")
    assert ("Polres Sikka", "police") not in agencies(pipeline, text)
    text = "Satreskrim Polres Ende menangkap dua perekrut. Polres Ende berkoordinasi dengan Polres Sikka."
    assert ("Polres Sikka", "police") in agencies(pipeline, text)


def test_a_long_forms_own_acronym_of_another_body_is_not_that_body(pipeline):
    found = agencies(pipeline, "Petugas Kantor Kesehatan Pelabuhan (KKP) Batam memeriksa kesehatan para korban.")
    assert found == [("Kantor Kesehatan Pelabuhan", "other")]
    assert [kind for _, kind in agencies(pipeline, "KKP menyita kapal ikan asing itu.")] == ["ministry"]


def test_organisations_introduced_by_their_kind_and_national_child_protection_bodies(pipeline):
    found = agencies(pipeline, "LSM Rumpun Perempuan Timur ikut memantau sidang.")
    assert found == [("LSM Rumpun Perempuan Timur", "ngo")]
    found = agencies(pipeline, "Ketua Lembaga Perlindungan Anak Indonesia (LPAI) menyebut 20 anak jadi korban.")
    assert found == [("LPAI", "ngo")]
    assert agencies(pipeline, "Petugas KP3 Pelabuhan Tanjung Perak mengamankan delapan orang.") == [
        ("KP3 Pelabuhan Tanjung Perak", "police")]


def test_an_officials_former_office_is_not_an_agency_of_the_case(pipeline):
    text = "Tersangka adalah mantan Kapolsek Sekupang yang kini diperiksa Polda Kepri."
    assert agencies(pipeline, text) == [("Polda Kepri", "police")]
    text = "Mantan anggota Satreskrim Polres Ende itu kini ditahan Polda NTT."
    assert agencies(pipeline, text) == [("Polda NTT", "police")]
    assert agencies(pipeline, "Kapolres Ende menyebut pelaku bekas pekerja migran.") == [("Polres Ende", "police")]


def test_the_religious_affairs_office_of_a_district(pipeline):
    found = agencies(pipeline, "Kantor Urusan Agama (KUA) Kecamatan Kupang Tengah tidak pernah mencatat pernikahan "
                               "itu.")
    assert found == [("KUA Kecamatan Kupang Tengah", "ministry")]


def test_the_two_letter_index_finds_what_the_whole_lexicon_finds(pipeline):
    finder = nlp.components.agencies.default_agency_finder()
    text = ("Kasubdit IV Ditreskrimum Polda Kepri, Kemenko Polhukam, DP3AP2KB Kota Batam, Yayasan Embun Pelangi, "
            "Ocean Rights Watch, KBRI Kuala Lumpur, polres Ende dan LSM Rumpun Perempuan Timur hadir.")
    for start in (m.start() for m in re.finditer(r"(?<![\w-])\w", text)):
        indexed = finder.pattern_by_pair.get(text[start : start + 2]) or finder.pattern_by_first.get(text[start])
        whole = finder.pattern.match(text, start)
        assert (indexed.match(text, start).group(0) if indexed and indexed.match(text, start) else None) == (
            whole.group(0) if whole else None)


def test_missions_abroad_with_their_city_after_di_or_kota(pipeline):
    found = agencies(pipeline, "Kedutaan Besar Republik Indonesia (KBRI) di Bangkok memfasilitasi pemulangan.")
    assert found == [("KBRI Bangkok", "ministry")]
    found = agencies(pipeline, "Konsulat Jenderal Republik Indonesia (KJRI) Kota Kinabalu membantu pemulangan.")
    assert found == [("KJRI Kota Kinabalu", "ministry")]
    # an Indonesian city after a national ministry is not its seat
    assert agencies(pipeline, "Kemenlu di Jakarta menerima aduan.") == [("Kemenlu", "ministry")]


def test_a_unit_acting_through_a_national_police_body(pipeline):
    found = agencies(pipeline, "Bareskrim Polri melalui Dittipid PPA dan PPO menangkap lima tersangka.")
    assert ("Dittipid PPA dan PPO Bareskrim Polri", "police") in found
    found = agencies(pipeline, "Satgas Penanganan TPPO Bareskrim Polri menangkap 12 tersangka.")
    assert ("Satgas TPPO Bareskrim Polri", "task_force") in found


def test_a_photo_credit_names_no_agency(pipeline):
    text = "Barang bukti sitaan. (Foto: Humas Polres Paser)\nBP3MI Kaltim memulangkan korban."
    assert agencies(pipeline, text) == [("BP3MI Kaltim", "migrant_worker_agency")]
    text = "FOTO: DOK. POLDA KALTIM\nPolres Paser menangkap dua perekrut."
    assert agencies(pipeline, text) == [("Polres Paser", "police")]


def test_a_long_form_protection_office_with_its_affairs_in_any_order(pipeline):
    found = agencies(pipeline, "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
                               "Perlindungan Anak (DP2KBP3A) Kabupaten Sikka mendampingi korban.")
    assert found == [("DP2KBP3A Kabupaten Sikka", "women_child_protection_office")]
    found = agencies(pipeline, "Dinas Perlindungan Anak dan Pemberdayaan Perempuan Kota Medan menerima korban.")
    assert found == [("Dinas Perlindungan Anak dan Pemberdayaan Perempuan Kota Medan",
                      "women_child_protection_office")]
    # an office without either affair is another local office
    assert agencies(pipeline, "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sikka menggelar rapat.") == [
        ("Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sikka", "local_government")]


def test_a_manpower_office_joined_with_other_affairs_in_any_order(pipeline):
    found = agencies(pipeline, "Dinas Transmigrasi dan Tenaga Kerja Kabupaten Kapuas Hulu menerima aduan keluarga.")
    assert found == [("Dinas Transmigrasi dan Tenaga Kerja Kabupaten Kapuas Hulu", "local_government")]
    found = agencies(pipeline, "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja Kota Batam "
                               "mencabut izin perusahaan itu.")
    assert [kind for _, kind in found] == ["local_government"]
    # manpower alone keeps its short form
    found = agencies(pipeline, "Dinas Tenaga Kerja (Disnaker) Kota Batam mendata korban. Disnaker Kota Batam hadir.")
    assert found == [("Disnaker Kota Batam", "local_government")]


def test_a_headline_in_capitals_does_not_decide_how_a_name_is_spelt(pipeline):
    text = "POLRES KUKAR UNGKAP KASUS TPPO\n\nPolres Kukar menangkap dua perekrut."
    assert agencies(pipeline, text) == [("Polres Kukar", "police")]
    text = "BP3MI NTT Pulangkan Korban\n\nBP3MI NTT memulangkan 12 korban."
    assert agencies(pipeline, text) == [("BP3MI NTT", "migrant_worker_agency")]


def test_a_local_governments_canonical_name_is_its_long_form(pipeline):
    assert canonical_names(pipeline, "Pemkab Subang menanggung biaya pemulangan.") == [
        ("Pemkab Subang", "Pemerintah Kabupaten Subang")]
    assert canonical_names(pipeline, "Pemprov NTT membentuk satgas.") == [
        ("Pemprov NTT", "Pemerintah Provinsi Nusa Tenggara Timur")]
    # Aceh's governments, named with no "Provinsi" or "Kabupaten"
    assert canonical_names(pipeline, "Pemerintah Aceh menanggung biaya pemulangan korban TPPO.") == [
        ("Pemerintah Aceh", "Pemerintah Provinsi Aceh")]
    assert canonical_names(pipeline, "Pemerintah Aceh Utara menanggung biaya pemulangan korban TPPO.") == [
        ("Pemerintah Aceh Utara", "Pemerintah Kabupaten Aceh Utara")]
    # negative: "the Aceh government" in running speech, not written as a name
    assert canonical_names(pipeline, "Ia mengatakan pemerintah Aceh siap mendampingi korban TPPO.") == []


def test_a_regional_legislature_that_hears_a_complaint(pipeline):
    found = agencies(pipeline, "Keluarga korban mengadu ke DPRD Kabupaten Sikka. Ketua DPRD Kabupaten Sikka memanggil "
                               "dinas terkait.")
    assert found == [("DPRD Kabupaten Sikka", "local_government")]
    text = "Baca juga: DPRD Jatim Minta Anggaran Rumah Aman Ditambah\n\nUPTD PPA Jatim mencatat 40 kasus."
    assert agencies(pipeline, text) == [("UPTD PPA Jatim", "women_child_protection_office")]


def test_related_links_in_any_case_or_bullet(pipeline):
    for line in ("BACA JUGA: Polda Jatim Tangkap 10 Pelaku", "- Baca juga : Polda Jatim Tangkap 10 Pelaku",
                 "Baca: Polda Jatim Tangkap 10 Pelaku"):
        assert agencies(pipeline, f"{line}\n\nPolres Malang menangkap dua perekrut.") == [("Polres Malang", "police")]
    # a sentence that merely starts with "Baca" is not a link
    text = "Bacaan dakwaan menyebut Polda Jatim menangkap terdakwa."
    assert agencies(pipeline, text) == [("Polda Jatim", "police")]


def test_a_training_institute_that_sent_the_victims_is_not_an_ngo(pipeline):
    text = "Para korban direkrut Lembaga Pelatihan Kerja Bina Karya Mandiri. Polres Cilacap menyegel kantornya."
    assert agencies(pipeline, text) == [("Polres Cilacap", "police")]
    found = agencies(pipeline, "Lembaga Advokasi Buruh Migran Cilacap mendampingi korban.")
    assert found == [("Lembaga Advokasi Buruh Migran Cilacap", "ngo")]


def test_an_officials_name_after_a_named_post_is_not_part_of_it(pipeline):
    text = ("Pos Lintas Batas Negara (PLBN) Motaain memfasilitasi pemulangan 12 warga. Kepala PLBN Motaain Yosef "
            "Banfatin menyebut mereka sehat.")
    assert agencies(pipeline, text) == [("PLBN Motaain", "other")]
    text = "Polres Kawasan Bandara menahan calo. Polres Kawasan Bandara Ngurah Rai lalu menetapkan tersangka."
    assert agencies(pipeline, text) == [("Polres Kawasan Bandara Ngurah Rai", "police")]


def test_an_immigration_checkpoint_keeps_its_place(pipeline):
    found = agencies(pipeline, "Kantor Imigrasi Kelas II TPI Entikong menolak keberangkatan 12 warga.")
    assert found == [("Kantor Imigrasi Kelas II TPI Entikong", "immigration")]
    assert agencies(pipeline, "Imigrasi Tunda 200 Paspor") == [("Imigrasi", "immigration")]


def test_a_long_form_followed_by_atau_and_its_short_form(pipeline):
    text = "Kasus itu kini dipantau Dinas Pemberdayaan Perempuan dan Perlindungan Anak atau DP3A Sikka sejak Mei."
    assert agencies(pipeline, text) == [("DP3A Sikka", "women_child_protection_office")]
    # "atau" between two different bodies keeps both
    text = "Korban bisa melapor ke Polres Sikka atau Dinas Sosial Kabupaten Sikka."
    assert len(agencies(pipeline, text)) == 2


def test_one_regions_protection_office_written_long_and_short_is_one_agency(pipeline):
    text = ("Rumah aman disiapkan Dinas Sosial dan Pemberdayaan Perempuan dan Perlindungan Anak Kota Kupang. Menurut "
            "Dinsos P3A Kota Kupang, psikolog dari UPTD PPA Kota Kupang datang setiap pekan.")
    assert agencies(pipeline, text) == [("Dinsos P3A Kota Kupang", "women_child_protection_office"),
                                        ("UPTD PPA Kota Kupang", "women_child_protection_office")]


def test_office_acronyms_of_the_p2pa_family_and_with_a_family_planning_word(pipeline):
    assert agencies(pipeline, "Psikolog dari DP2PA Kota Bontang mendampingi korban.") == [
        ("DP2PA Kota Bontang", "women_child_protection_office")]
    text = ("Menurut Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Pengendalian Penduduk (DP3A PPKB) Kota "
            "Binjai, dua anak perlu pendampingan.")
    assert agencies(pipeline, text) == [("DP3A PPKB Kota Binjai", "women_child_protection_office")]


def test_the_national_polices_international_division(pipeline):
    found = agencies(pipeline, "Polda Riau berkoordinasi dengan Divisi Hubungan Internasional Polri untuk memulangkan "
                               "korban.")
    assert ("Divisi Hubungan Internasional Polri", "police") in found
    found = canonical_names(pipeline, "Polda Riau menangkap calo. Divhubinter Polri menghubungi polisi Kamboja.")
    assert ("Divhubinter Polri", "Divhubinter Polri") in found


def test_posts_and_foreign_police(pipeline):
    assert agencies(pipeline, "Kapal itu dicegat prajurit Pos TNI AL Lhokseumawe menjelang subuh.") == [
        ("Pos TNI AL Lhokseumawe", "other")]
    assert agencies(pipeline, "Polres Belu berkoordinasi dengan Kepolisian Nasional Timor Leste (PNTL).") == [
        ("Polres Belu", "police"), ("PNTL", "international")]
    assert agencies(pipeline, "Data 30 pekerja itu dicatat Pos Pelayanan BP3MI Jawa Timur di Juanda.") == [
        ("BP3MI Jawa Timur", "migrant_worker_agency")]


def test_any_regional_office_with_its_region(pipeline):
    found = agencies(pipeline, "Dinas Pariwisata Kota Batam mencabut izin panti pijat itu. Dinas Pendidikan juga "
                               "mendata anak-anak korban.")
    assert found == [("Dinas Pariwisata Kota Batam", "local_government")]


def test_an_organisation_once_introduced_by_its_kind_is_one_agency(pipeline):
    text = "Aktivis Lembaga Migrant CARE mendampingi keluarga. Migrant CARE meminta Kemenlu bertindak."
    assert agencies(pipeline, text) == [("Migrant CARE", "ngo"), ("Kemenlu", "ministry")]


def test_an_organisation_is_named_with_the_acronym_the_article_gives_it(pipeline):
    found = canonical_names(pipeline, "Ketua Serikat Pelaut Nusantara Bersatu (SPNB) menyebut awak tidak digaji.")
    assert found == [("Serikat Pelaut Nusantara Bersatu (SPNB)", "Serikat Pelaut Nusantara Bersatu")]
    found = agencies(pipeline, "Pendampingan dilakukan TRUK-S (Tim Relawan untuk Kemanusiaan Sumba) sejak Maret.")
    assert found == [("TRUK-S (Tim Relawan untuk Kemanusiaan Sumba)", "ngo")]
    # a region in parentheses is not an acronym
    found = agencies(pipeline, "Yayasan Harapan Timur (Kupang) mendampingi korban.")
    assert found == [("Yayasan Harapan Timur", "ngo")]


def test_a_body_written_under_two_names_joined_by_a_slash_is_one_agency(pipeline):
    text = "Rapat dihadiri perwakilan KemenP2MI/BP2MI dan Polda NTT."
    assert agencies(pipeline, text) == [("KemenP2MI", "migrant_worker_agency"), ("Polda NTT", "police")]
    # two bodies of different types stay two
    assert len(agencies(pipeline, "Rapat dihadiri Kemenlu/Polri.")) == 2
    # both long names, then both acronyms in one parenthesis: still one body
    text = ("Satgas bekerja sama dengan Kementerian Pelindungan Pekerja Migran Indonesia/Badan Pelindungan Pekerja "
            "Migran Indonesia (KP2MI/BP2MI) dan Kemenlu.")
    assert agencies(pipeline, text) == [("KemenP2MI", "migrant_worker_agency"), ("Kemenlu", "ministry")]


def test_a_regional_office_is_not_the_pemda_a_regional_head_stands_for(pipeline):
    text = "Bupati Sikka menjemput korban. Dinas Pariwisata Kabupaten Sikka menutup tempat hiburan itu."
    assert ("Bupati Sikka", "local_government") in agencies(pipeline, text)
    text = "Bupati Sikka menjemput korban. Pemkab Sikka menanggung biaya pemulangan."
    assert agencies(pipeline, text) == [("Pemkab Sikka", "local_government")]


def test_a_ministry_the_speaker_coordinates_with_inside_a_quote_acts(pipeline):
    text = '"Kami sudah berkoordinasi dengan BP3MI Jawa Barat dan Kementerian Luar Negeri," kata Kepala Desa Sukamaju.'
    assert ("Kementerian Luar Negeri", "ministry") in agencies(pipeline, text)  # named as written
    text = '"Kami bekerja sama dengan Kemensos untuk pemulangan," ujar Kapolres Kupang.'
    assert ("Kemensos", "ministry") in agencies(pipeline, text)
    # a ministry only named in a quote as who oversees the legal route does not act
    text = 'Polres Sikka menahan perekrut. "Pakailah jalur resmi yang diawasi Kemnaker," katanya.'
    assert agencies(pipeline, text) == [("Polres Sikka", "police")]


def test_a_court_named_as_where_a_trial_is_still_to_be_held_is_not_listed(pipeline):
    text = "Kejari Ende menerima tersangka. Jaksa akan segera melimpahkan berkas ke Pengadilan Negeri Ende."
    assert agencies(pipeline, text) == [("Kejari Ende", "prosecutor")]
    text = "Polres Nagekeo menyerahkan tersangka. Perkara itu rencananya disidangkan di PN Bajawa bulan depan."
    assert agencies(pipeline, text) == [("Polres Nagekeo", "police")]
    # a court that has tried the case acts
    text = "Pengadilan Negeri Ende menjatuhkan vonis tujuh tahun penjara kepada perekrut."
    assert agencies(pipeline, text) == [("Pengadilan Negeri Ende", "court")]


def test_a_regional_secretary_stands_for_the_local_government_only_when_no_pemda_is_named(pipeline):
    text = "Sekretaris Daerah Kabupaten Sikka selaku ketua gugus tugas memimpin rapat pencegahan TPPO."
    assert agencies(pipeline, text) == [("Sekretaris Daerah Kabupaten Sikka", "local_government")]
    text = "Pemkab Sikka menggelar rapat. Sekretaris Daerah Kabupaten Sikka memimpin rapat itu."
    assert agencies(pipeline, text) == [("Pemkab Sikka", "local_government")]


def test_port_authorities_by_their_port(pipeline):
    text = "Polres Bitung berkoordinasi dengan KSOP Kelas II Bitung untuk mendata awak kapal."
    assert ("KSOP Kelas II Bitung", "ministry") in agencies(pipeline, text)
    text = "Dinas Perikanan menerima laporan dari Syahbandar Ambon tentang kapal yang ditinggalkan."
    assert ("Syahbandar Ambon", "ministry") in agencies(pipeline, text)
    # a harbour master with no port named is a person's office, not listed
    assert agencies(pipeline, "Nakhoda wajib melapor kepada syahbandar. Syahbandar memeriksa dokumen.") == []


def test_higher_education_service_offices_and_ngos_written_in_capitals(pipeline):
    text = "LLDIKTI Wilayah IV akan memeriksa kampus yang mengirim mahasiswa magang ke Jerman."
    assert agencies(pipeline, text) == [("LLDIKTI Wilayah IV", "other")]
    assert agencies(pipeline, "PADMA Indonesia mendampingi keluarga korban di Kupang.") == [
        ("PADMA Indonesia", "ngo")]
    # a business that shares a word of the name is no organisation
    assert agencies(pipeline, "Polisi menutup Padma Spa di Kuta.") == []


def test_a_foreign_embassy_is_not_indonesias_embassy(pipeline):
    text = "Polda Bali berkoordinasi dengan Kedutaan Besar Australia di Jakarta."
    assert agencies(pipeline, text) == [("Polda Bali", "police")]
    text = "Kedutaan Besar Republik Indonesia di Phnom Penh menampung para korban."
    assert agencies(pipeline, text) == [("Kedutaan Besar Republik Indonesia Phnom Penh", "ministry")]


def test_one_immigration_office_written_three_ways_is_one_agency(pipeline):
    text = ("Kantor Imigrasi Kelas I TPI Kupang menunda 40 paspor. Kepala Kantor Imigrasi Kupang menyebut pemohon "
            "tidak punya kontrak. Imigrasi Kupang juga menggelar sosialisasi.")
    assert agencies(pipeline, text) == [("Kantor Imigrasi Kelas I TPI Kupang", "immigration")]
    # offices of two places stay two
    text = "Kantor Imigrasi Kelas I TPI Kupang dan Kantor Imigrasi Ende menunda paspor."
    assert len(agencies(pipeline, text)) == 2


def test_a_known_body_wins_over_an_organisation_read_from_its_names_form(pipeline):
    text = "Lembaga Perlindungan Saksi dan Korban (LPSK) melindungi enam saksi kasus itu."
    assert agencies(pipeline, text) == [("LPSK", "other")]
    # an unknown "Lembaga ..." is still an organisation by its form
    assert agencies(pipeline, "Lembaga Advokasi Buruh Nelayan mendampingi awak kapal.") == [
        ("Lembaga Advokasi Buruh Nelayan", "ngo")]


def test_police_units_by_their_long_names(pipeline):
    assert agencies(pipeline, "Badan Reserse Kriminal Polri menahan dua perekrut.") == [("Bareskrim Polri", "police")]
    found = agencies(pipeline, "Direktorat Reserse PPA dan PPO Polda Jambi menerima laporan keluarga korban.")
    assert ("Direktorat Reserse PPA dan PPO Polda Jambi", "police") in found and ("Polda Jambi", "police") in found
    # the criminal investigation body of another country is not Bareskrim
    assert agencies(pipeline, "Badan Reserse Malaysia menahan agen itu.") == []


def test_a_minister_stands_for_the_ministry(pipeline):
    text = "Menteri Sosial Saifullah Yusuf menjenguk para korban di rumah perlindungan."
    assert agencies(pipeline, text) == [("Kemensos", "ministry")]
    text = "Wakil Menteri P2MI menjemput 20 pekerja migran di Bandara Kualanamu."
    assert agencies(pipeline, text) == [("KemenP2MI", "migrant_worker_agency")]
    # a minister's regulation, and another country's minister, are not the ministry acting
    text = "Penempatan itu melanggar Peraturan Menteri Ketenagakerjaan Nomor 9 Tahun 2019."
    assert agencies(pipeline, text) == []
    text = "Menteri Luar Negeri Kamboja berjanji menindak perusahaan penipuan daring itu."
    assert agencies(pipeline, text) == []


def test_detention_houses_and_naval_bases_by_their_long_names(pipeline):
    text = "Rumah Detensi Imigrasi (Rudenim) Kupang menampung sembilan korban sebelum dipulangkan."
    assert agencies(pipeline, text) == [("Rudenim Kupang", "immigration")]
    assert agencies(pipeline, "Pangkalan TNI AL (Lanal) Sabang mencegat perahu itu.") == [("Lanal Sabang", "other")]
    assert agencies(pipeline, "Danlanal Sabang mengatakan perahu itu membawa 30 orang.") == [("Lanal Sabang", "other")]
    # a base that is not the navy's is no agency
    assert agencies(pipeline, "Para korban dijemput di Pangkalan Ojek Dumai.") == []


def test_an_office_named_by_its_affairs_takes_a_region_written_without_kabupaten(pipeline):
    assert agencies(pipeline, "Dinas Pendidikan Sikka menutup sekolah penyalur itu.") == [
        ("Dinas Pendidikan Sikka", "local_government")]
    assert agencies(pipeline, "Dinas Nakertrans Lembata mendata warga yang berangkat.") == [
        ("Dinas Nakertrans Lembata", "local_government")]
    # with no region the office is not listed on its own
    assert agencies(pipeline, "Dinas Pendidikan Menengah menutup sekolah itu.") == []


def test_task_forces_and_subdirectorates_spelled_out_with_their_short_names(pipeline):
    found = agencies(pipeline, "Satuan Tugas (Satgas) TPPO Polda Maluku menahan dua perekrut.")
    assert ("Satgas TPPO Polda Maluku", "task_force") in found
    found = agencies(pipeline, "Subdirektorat IV Remaja, Anak dan Wanita (Renakta) Ditreskrimum Polda Riau menahan "
                               "seorang mucikari. Kasubdit IV Renakta Ditreskrimum Polda Riau menyebut korban tiga.")
    assert found == [("Polda Riau", "police"), ("Subdit IV Renakta Ditreskrimum Polda Riau", "police")]
    # a task force of another field is not the trafficking task force
    assert agencies(pipeline, "Satuan Tugas (Satgas) Pangan Polda Maluku memeriksa gudang beras.") == [
        ("Polda Maluku", "police")]


def test_missions_abroad_and_organisations_known_by_name(pipeline):
    assert agencies(pipeline, "Perwakilan RI di Phnom Penh menampung 14 WNI.") == [
        ("Perwakilan RI Phnom Penh", "ministry")]
    found = agencies(pipeline, "Solidaritas Perempuan dan LBH APIK NTB mendampingi para korban.")
    assert found == [("Solidaritas Perempuan", "ngo"), ("LBH APIK NTB", "ngo")]
    assert agencies(pipeline, "Komnas Perlindungan Anak meminta polisi menuntaskan kasus itu.") == [
        ("Komnas PA", "other")]
    # a representative of a company is no mission
    assert agencies(pipeline, "Perwakilan perusahaan di Phnom Penh menolak berkomentar.") == []


def test_a_local_office_introduced_in_full_is_named_as_introduced(pipeline):
    text = ("Keluarga mengadu ke Dinas Tenaga Kerja dan Transmigrasi Kabupaten Ende. Kepala Disnakertrans Ende "
            "menyebut sponsor sudah dilaporkan.")
    assert agencies(pipeline, text) == [("Dinas Tenaga Kerja dan Transmigrasi Kabupaten Ende", "local_government")]
    # a regional government keeps its short name on a tie, as police units do
    text = "Pemerintah Provinsi Nusa Tenggara Timur menjemput korban. Pemprov NTT menanggung biaya."
    assert agencies(pipeline, text) == [("Pemprov NTT", "local_government")]


def test_a_chain_of_units_a_police_force_acts_through(pipeline):
    found = agencies(pipeline, "Polda Jambi melalui Subdit IV Ditreskrimum menangkap dua perekrut.")
    assert found == [("Polda Jambi", "police"), ("Subdit IV Ditreskrimum Polda Jambi", "police")]
    found = agencies(pipeline, "Polres Bima melalui Unit PPA Satreskrim mengamankan pelaku.")
    assert found == [("Polres Bima", "police"), ("Unit PPA Satreskrim Polres Bima", "police")]
    # units followed by a parent of their own belong to that parent
    found = agencies(pipeline, "Polres Bima melalui Satreskrim Polres Dompu mengamankan pelaku.")
    assert ("Satreskrim Polres Dompu", "police") in found and ("Satreskrim Polres Bima", "police") not in found


def test_a_police_member_named_by_affiliation_is_not_the_force_acting(pipeline):
    text = "Seorang oknum anggota Polres Sikka diduga ikut merekrut korban. Polda NTT memeriksa oknum itu."
    assert agencies(pipeline, text) == [("Polda NTT", "police")]
    assert agencies(pipeline, "Pelaku ternyata seorang anggota Polri yang bertugas di Jakarta.") == []
    # the force itself acting is listed
    assert agencies(pipeline, "Anggota Polres Sikka menangkap perekrut itu.") == [("Polres Sikka", "police")]
    # an officer speaking for the force is the force acting; a member who is a suspect is not, whatever he says
    assert agencies(pipeline, "\"Masih kami data,\" kata seorang perwira Polres Dumai di lokasi.") == [
        ("Polres Dumai", "police")]
    assert agencies(pipeline, "Seorang perwira Polres Dumai mengatakan para korban masih didata.") == [
        ("Polres Dumai", "police")]
    assert agencies(pipeline, "Oknum anggota Polres Sikka mengatakan tidak tahu.") == []


def test_a_ministrys_regional_office_and_immigration_offices_by_their_class(pipeline):
    assert agencies(pipeline, "Kanwil Kemenimipas NTT menggelar sosialisasi pencegahan TPPO di Kupang.") == [
        ("Kanwil Kemenimipas NTT", "ministry")]
    text = "Kantor Wilayah Kementerian Hukum Jawa Timur membina desa sadar hukum."
    assert agencies(pipeline, text) == [("Kantor Wilayah Kementerian Hukum Jawa Timur", "ministry")]
    assert agencies(pipeline, "Kantor Imigrasi Non TPI Maumere menolak 30 permohonan paspor.") == [
        ("Kantor Imigrasi Non TPI Maumere", "immigration")]
    # a regional office with no region named is not listed on its own
    assert agencies(pipeline, "Kanwil Kementerian Hukum menggelar rapat.") == []


def test_canonical_names_use_the_region_the_head_names(pipeline):
    found = canonical_names(pipeline, "Pemkot Jambi dan Polda Jambi menggelar rapat bersama.")
    assert found == [("Pemkot Jambi", "Pemerintah Kota Jambi"), ("Polda Jambi", "Polda Jambi")]
    found = canonical_names(pipeline, "Polres Metro Jakarta Barat menangkap pelaku.")
    assert found == [("Polres Metro Jakarta Barat", "Polres Metro Jakarta Barat")]
    # a regional head standing for the local government is grouped with it
    assert canonical_names(pipeline, "Bupati Sikka menjemput korban.") == [
        ("Bupati Sikka", "Pemerintah Kabupaten Sikka")]


def test_bases_and_offices_named_after_their_town(pipeline):
    assert agencies(pipeline, "Pangkalan TNI AL Ranai memeriksa kapal ikan itu.") == [("Lanal Ranai", "other")]
    assert agencies(pipeline, "Danlanal Ranai Kolonel Laut Budi menyebut 12 awak kapal ditemukan.") == [
        ("Lanal Ranai", "other")]
    assert agencies(pipeline, "Pangkalan PSDKP Bitung memeriksa dokumen awak kapal.") == [
        ("Pangkalan PSDKP Bitung", "ministry")]
    assert agencies(pipeline, "Disdukcapil Kabupaten Sanggau memeriksa data kependudukan korban.") == [
        ("Disdukcapil Kabupaten Sanggau", "local_government")]
    # an office acronym with no region named is not listed on its own
    assert agencies(pipeline, "Data itu dicocokkan dengan data Dukcapil.") == []


def test_a_joint_team_against_trafficking_is_a_task_force(pipeline):
    text = "Tim Terpadu Pencegahan TPPO Kabupaten Sikka menggelar rapat di aula kantor bupati."
    assert agencies(pipeline, text) == [("Tim Terpadu Pencegahan TPPO Kabupaten Sikka", "task_force")]
    # a joint team for something else is not
    assert agencies(pipeline, "Tim Terpadu Penertiban Reklame Kabupaten Sikka menggelar rapat.") == []


def test_headline_verbs_end_a_named_body(pipeline):
    assert agencies(pipeline, "KBRI Seoul Dampingi 12 ABK Asal Tegal") == [("KBRI Seoul", "ministry")]
    assert agencies(pipeline, "Polres Pelabuhan Tanjung Priok Gerebek Penampungan PMI Ilegal") == [
        ("Polres Pelabuhan Tanjung Priok", "police")]
    # a place of several words stays whole
    assert agencies(pipeline, "KJRI Kota Kinabalu memulangkan 20 pekerja.") == [("KJRI Kota Kinabalu", "ministry")]


def test_every_directorate_field_and_unit_of_the_police_acts_for_its_parent(pipeline):
    found = agencies(pipeline, "Satbinmas Polres Sikka menggelar sosialisasi pencegahan TPPO di sekolah.")
    assert found == [("Polres Sikka", "police"), ("Satbinmas Polres Sikka", "police")]
    found = agencies(pipeline, "Bidpropam Polda NTT memeriksa dua anggota yang diduga terlibat.")
    assert found == [("Polda NTT", "police"), ("Bidpropam Polda NTT", "police")]
    # the press office is never listed
    assert agencies(pipeline, "Bidhumas Polda NTT merilis foto tersangka.") == [("Polda NTT", "police")]


def test_the_local_office_of_no_named_region_is_not_listed(pipeline):
    text = "Korban bersaksi dari kantor Dinas Pemberdayaan Perempuan dan Perlindungan Anak setempat."
    assert agencies(pipeline, text) == []
    assert agencies(pipeline, "Warga melapor kepada Bhabinkamtibmas setempat.") == []
    text = "Kementerian PPPA berkoordinasi dengan UPTD PPA di daerah asal korban."
    assert agencies(pipeline, text) == [("Kementerian PPPA", "ministry")]
    assert agencies(pipeline, "Ia meminta setiap UPTD PPA menyiapkan rumah aman.") == []
    # a named one is listed
    text = "Korban didampingi Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Sikka."
    assert agencies(pipeline, text) == [
        ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Sikka", "women_child_protection_office")]


def test_a_body_still_being_formed_does_not_act(pipeline):
    text = "IOM mendampingi pembentukan Komunitas Pemuda Peduli Migran di tiga desa."
    assert agencies(pipeline, text) == [("IOM", "international")]
    text = "Pemkab Sikka membentuk UPTD PPA Kabupaten Sikka tahun depan."
    assert agencies(pipeline, text) == [("Pemkab Sikka", "local_government")]
    # a body that already works is listed
    assert agencies(pipeline, "Komunitas Pemuda Peduli Migran mendata warga yang berangkat.") == [
        ("Komunitas Pemuda Peduli Migran", "ngo")]


def test_a_police_head_named_with_rank_acts_through_a_directorate(pipeline):
    text = "Kapolda Riau Irjen Pol Herry Heryawan melalui Dirreskrimum Kombes Pol Asep mengatakan pelaku ditahan."
    assert agencies(pipeline, text) == [("Polda Riau", "police"), ("Ditreskrimum Polda Riau", "police")]
    # a Polres's Kasat Reskrim speaks for the station, as its title does elsewhere
    text = "Kapolres Ende, AKBP Andre, melalui Kasat Reskrim AKP Yance mengatakan pelaku ditahan."
    assert agencies(pipeline, text) == [("Polres Ende", "police")]


def test_the_migrant_worker_bodys_service_offices(pipeline):
    text = "Loka Pelayanan Pelindungan Pekerja Migran Indonesia (LP3MI) Kupang memulangkan tujuh korban."
    assert agencies(pipeline, text) == [("LP3MI Kupang", "migrant_worker_agency")]
    assert agencies(pipeline, "Korban diterima petugas LP3MI Kupang.") == [("LP3MI Kupang", "migrant_worker_agency")]
    # another service office is not the migrant-worker body
    assert agencies(pipeline, "Loka Pelayanan Terpadu Kecamatan Alok melayani warga.") == []


def test_a_head_right_after_a_dateline_joined_by_a_hyphen(pipeline):
    text = "KUPANG-Pengadilan Negeri Kupang menjatuhkan vonis lima tahun penjara kepada perekrut."
    assert agencies(pipeline, text) == [("Pengadilan Negeri Kupang", "court")]
    text = "SURABAYA-Polda Jatim menangkap dua perekrut."
    assert agencies(pipeline, text) == [("Polda Jatim", "police")]
    # a hyphen joining two bodies at a line's start is no dateline
    assert ("Polri", "police") not in agencies(pipeline, "TNI-Polri menjaga jalur tikus di perbatasan.")


def test_regional_child_protection_commissions_in_every_form(pipeline):
    text = ("Korban dievakuasi Komisi Perlindungan Anak Indonesia Daerah (KPAID) Sumut. Ketua KPAID Sumut "
            "mendampingi mereka.")
    assert agencies(pipeline, text) == [("KPAID Sumut", "other")]
    assert agencies(pipeline, "KPAID Kabupaten Tasikmalaya menerima aduan orang tua.") == [
        ("KPAID Kabupaten Tasikmalaya", "other")]
    # the national commission stays the national one
    assert agencies(pipeline, "Komisi Perlindungan Anak Indonesia (KPAI) mencatat 20 aduan.") == [("KPAI", "other")]


def test_a_regional_office_with_daerah_before_its_region(pipeline):
    text = "Dinas Sosial Daerah Provinsi Sulawesi Utara menyiapkan pendampingan bagi korban."
    assert agencies(pipeline, text) == [("Dinas Sosial Provinsi Sulawesi Utara", "local_government")]
    assert agencies(pipeline, "Pemerintah Daerah Kabupaten Sikka memulangkan tujuh korban.") == [
        ("Pemerintah Daerah Kabupaten Sikka", "local_government")]
    # the police's "Kepolisian Daerah" is a Polda, not an office with "Daerah" before its region
    assert agencies(pipeline, "Kepolisian Daerah Nusa Tenggara Timur menangkap perekrut.") == [
        ("Polda Nusa Tenggara Timur", "police")]


def test_churches_own_organisations_are_ngos(pipeline):
    text = ("Majelis Sinode Gereja Masehi Injili di Minahasa (GMIM) menggelar sosialisasi migrasi aman.\n\n"
            "Ketua Sinode GMIM mengatakan gereja membuka rumah aman.")
    assert agencies(pipeline, text) == [("Majelis Sinode Gereja Masehi Injili di Minahasa (GMIM)", "ngo")]
    text = "Kasus ini terungkap setelah Persekutuan Gereja-Gereja di Indonesia Wilayah Papua menerima aduan keluarga."
    assert agencies(pipeline, text) == [("Persekutuan Gereja-Gereja di Indonesia Wilayah Papua", "ngo")]
    assert agencies(pipeline, "Ketua Klasis Kota Kupang meminta jemaat waspada.") == [("Klasis Kota Kupang", "ngo")]
    # a church building is a place
    assert agencies(pipeline, "Sosialisasi digelar di Gereja Katedral Atambua, Minggu.") == []


def test_a_second_border_post_of_a_route_is_a_place_too(pipeline):
    text = ("Sebanyak 900 PMI dideportasi melalui Pos Lintas Batas Negara (PLBN) Entikong, Kabupaten Sanggau, dan "
            "PLBN Aruk, Kabupaten Sambas.")
    assert agencies(pipeline, text) == []
    # a post written beside a body that acts is not in a route
    text = "Korban diserahkan ke BP3MI Kalbar dan PLBN Entikong memeriksa dokumen mereka."
    assert agencies(pipeline, text) == [("BP3MI Kalbar", "migrant_worker_agency"), ("PLBN Entikong", "other")]


def test_a_national_body_never_abbreviated_is_named_in_full(pipeline):
    text = "Kementerian Perhubungan menyatakan akan memeriksa izin perusahaan perekrut awak kapal."
    assert agencies(pipeline, text) == [("Kementerian Perhubungan", "ministry")]
    text = "Direktorat Jenderal Imigrasi menunda penerbitan paspor bagi 20 calon pekerja migran."
    assert agencies(pipeline, text) == [("Direktorat Jenderal Imigrasi", "immigration")]
    # once the article abbreviates it, the short form names it throughout
    text = "Kementerian Perhubungan memeriksa izin perusahaan. Kemenhub juga menyurati agen awak kapal."
    assert agencies(pipeline, text) == [("Kemenhub", "ministry")]
    text = "Kementerian Sosial (Kemensos) menampung sembilan korban di rumah perlindungan."
    assert agencies(pipeline, text) == [("Kemensos", "ministry")]
    text = "Kampus dipanggil Lembaga Layanan Pendidikan Tinggi (LLDikti) Wilayah X pekan depan."
    assert agencies(pipeline, text) == [("LLDIKTI", "other")]
    # a minister's title stands for the ministry by its short form
    assert agencies(pipeline, "Menteri Luar Negeri menyatakan prihatin atas nasib korban.") == [("Kemenlu", "ministry")]


def test_a_headline_name_ends_where_the_body_ends_it(pipeline):
    # a headline capitalises every word: the words after a head belong to its name as far as the body writes them
    text = ("Imigrasi dan KSOP Tanjung Emas Sepakat Perketat Pengawasan ABK\n\nSEMARANG - KSOP Tanjung Emas "
            "menandatangani nota kesepahaman dengan Kantor Imigrasi Semarang.")
    assert ("KSOP Tanjung Emas", "ministry") in agencies(pipeline, text)
    assert not any("Sepakat" in name for name, _ in agencies(pipeline, text))
    # a longer name the body writes too stays whole
    text = "Lanal Tanjung Balai Karimun Cegat Kapal Pembawa Calon PMI\n\nKARIMUN - Lanal Tanjung Balai Karimun " \
           "menghentikan sebuah kapal."
    assert agencies(pipeline, text) == [("Lanal Tanjung Balai Karimun", "other")]


def test_one_name_written_through_two_head_forms_is_one_agency(pipeline):
    # the class of an office ("Utama", "Kelas II") read once with the head and once with the place
    text = ("Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Utama Tanjung Priok menandatangani nota. Petugas "
            "KSOP Utama Tanjung Priok lalu memeriksa kapal.")
    assert agencies(pipeline, text) == [("KSOP Utama Tanjung Priok", "ministry")]
    text = ("Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas II Bitung memeriksa kapal. KSOP Kelas II "
            "Bitung juga mendata awak kapal.")
    assert agencies(pipeline, text) == [("KSOP Kelas II Bitung", "ministry")]
    # two ports' offices stay two
    text = "KSOP Kelas II Bitung dan KSOP Kelas II Parepare memeriksa kapal."
    assert agencies(pipeline, text) == [("KSOP Kelas II Bitung", "ministry"), ("KSOP Kelas II Parepare", "ministry")]


def test_the_2024_women_children_and_trafficking_units_by_every_name(pipeline):
    # Bareskrim's directorate and a Polres unit, by short names and by their heads' titles
    found = agencies(pipeline, "Dirtipid PPA-PPO Bareskrim Polri Brigjen Nurul mengatakan korban sudah dipulangkan.")
    assert ("Dittipid PPA-PPO Bareskrim Polri", "police") in found
    found = agencies(pipeline, "Direktorat PPA dan PPO Bareskrim Polri menangkap tiga perekrut di Bekasi.")
    assert ("Direktorat PPA dan PPO Bareskrim Polri", "police") in found
    found = agencies(pipeline, "Kasat PPA-PPO Polres Kupang AKP Maria mengatakan kedua korban masih trauma.")
    assert found == [("Polres Kupang", "police"), ("Satres PPA dan PPO Polres Kupang", "police")]
    found = agencies(pipeline, "Direktorat Reserse Pelindungan Perempuan dan Anak serta Pemberantasan Perdagangan "
                               "Orang Polda Jatim menangkap pelaku.")
    assert found[0] == ("Polda Jatim", "police") and len(found) == 2
    # the press office speaks for no unit
    found = agencies(pipeline, "Kasi Humas Polres Kupang mengatakan kedua korban masih trauma.")
    assert found == [("Polres Kupang", "police")]


def test_offices_by_their_full_official_names(pipeline):
    found = agencies(pipeline, "Pos Pelayanan Penempatan dan Pelindungan Pekerja Migran Indonesia (P4MI) Nunukan "
                               "mendata para deportan.")
    assert found == [("P4MI Nunukan", "migrant_worker_agency")]
    found = agencies(pipeline, "Kantor Imigrasi Kelas I Khusus Non-TPI Jakarta Selatan menunda 12 paspor.")
    assert found == [("Kantor Imigrasi Kelas I Khusus Non-TPI Jakarta Selatan", "immigration")]
    # a post named only as a place stays a place
    assert agencies(pipeline, "Para deportan tiba di Pos Lintas Batas Negara Entikong pagi tadi.") == []


def test_the_jakarta_police_by_its_short_name(pipeline):
    assert agencies(pipeline, "Polda Metro menangkap tiga perekrut calon ART.") == [("Polda Metro", "police")]
    found = agencies(pipeline, "Subdit Renakta Ditreskrimum Polda Metro membongkar penampungan di Cipayung.")
    assert found == [("Polda Metro", "police"), ("Subdit Renakta Ditreskrimum Polda Metro", "police")]
    # a Polres of the metropolitan police keeps its own city
    assert agencies(pipeline, "Polres Metro Bekasi menangkap pelaku.") == [("Polres Metro Bekasi", "police")]


def test_a_mission_abroad_never_abbreviated_is_named_as_written(pipeline):
    found = agencies(pipeline, "Kelima ABK itu dipulangkan melalui Kedutaan Besar RI di Lima setelah kapal bersandar.")
    assert found == [("Kedutaan Besar RI Lima", "ministry")]
    found = agencies(pipeline, "Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas II Bitung memeriksa kapal itu.")
    assert found == [("Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas II Bitung", "ministry")]
    # once the article writes its short form, the short form names it
    found = agencies(pipeline, "Kedutaan Besar Republik Indonesia (KBRI) di Phnom Penh menampung korban.")
    assert found == [("KBRI Phnom Penh", "ministry")]
    found = agencies(pipeline, "Kedutaan Besar RI di Lima memulangkan ABK. KBRI Lima juga mengurus jenazah.")
    assert found == [("KBRI Lima", "ministry")]


def test_border_posts_ranked_along_a_route_are_places(pipeline):
    text = ("BP3MI Kalbar mencatat deportasi terbanyak melalui PLBN Entikong di Kabupaten Sanggau, disusul PLBN Aruk "
            "di Kabupaten Sambas dan PLBN Badau di Kabupaten Kapuas Hulu.")
    assert agencies(pipeline, text) == [("BP3MI Kalbar", "migrant_worker_agency")]
    text = "Deportan terbanyak masuk lewat PLBN Entikong, disusul PLBN Aruk dan PLBN Badau."
    assert agencies(pipeline, text) == []
    # a post that acts is an agency
    text = "PLBN Aruk menggagalkan keberangkatan lima warga. Petugas PLBN Aruk lalu menyerahkan mereka ke BP3MI Kalbar."
    assert ("PLBN Aruk", "other") in agencies(pipeline, text)


def test_one_unit_however_spaced_or_numbered_is_one_agency(pipeline):
    text = ("Sat Polairud Polres Rokan Hilir mengevakuasi sembilan remaja. Satpolairud Polres Rokan Hilir lalu "
            "menyerahkan mereka ke Dinas Sosial.")
    assert agencies(pipeline, text) == [("Polres Rokan Hilir", "police"), ("Satpolairud Polres Rokan Hilir", "police")]
    text = ("Subdit Renakta Polda NTB Tangkap Perekrut\n\nMATARAM - Subdit IV Renakta Ditreskrimum Polda NTB menangkap "
            "perekrut.")
    assert agencies(pipeline, text) == [("Polda NTB", "police"), ("Subdit IV Renakta Ditreskrimum Polda NTB", "police")]
    # two numbered units stay two
    text = "Subdit I Ditreskrimum Polda NTB dan Subdit IV Ditreskrimum Polda NTB menangkap perekrut."
    assert len(agencies(pipeline, text)) == 3


def test_a_subdirectorate_by_its_long_word_with_its_field(pipeline):
    found = agencies(pipeline, "Subdirektorat IV Renakta Ditreskrimum Polda Sulteng menyelamatkan enam perempuan.")
    assert found == [("Polda Sulteng", "police"), ("Subdit IV Renakta Ditreskrimum Polda Sulteng", "police")]
    found = agencies(pipeline, "Subdirektorat V Siber Ditreskrimsus Polda Jateng menangkap seorang pemuda.")
    assert found == [("Polda Jateng", "police"), ("Subdit V Siber Ditreskrimsus Polda Jateng", "police")]
    # the directorate alone is no subdirectorate
    found = agencies(pipeline, "Ditreskrimsus Polda Jateng menangkap seorang pemuda.")
    assert found == [("Polda Jateng", "police"), ("Ditreskrimsus Polda Jateng", "police")]


def test_police_units_in_their_other_written_forms(pipeline):
    found = agencies(pipeline, "Subdit III/Jatanras Ditreskrimum Polda Sulsel menangkap dua perekrut.")
    assert found == [("Polda Sulsel", "police"), ("Subdit III/Jatanras Ditreskrimum Polda Sulsel", "police")]
    found = agencies(pipeline, "Subdit Tipidter Ditreskrimsus Polda Riau memeriksa perusahaan itu.")
    assert found == [("Polda Riau", "police"), ("Subdit Tipidter Ditreskrimsus Polda Riau", "police")]
    found = agencies(pipeline, "Satres Narkoba Polres Kupang menangkap kurir itu.")
    assert found == [("Polres Kupang", "police"), ("Satres Narkoba Polres Kupang", "police")]
    # a number or field written with no unit word names no unit
    assert agencies(pipeline, "Jatanras Polda Sulsel menangkap dua perekrut.") == [("Polda Sulsel", "police")]


def test_immigration_offices_and_water_police_by_their_short_names(pipeline):
    assert agencies(pipeline, "Imigrasi Kelas I TPI Batam menunda 12 paspor.") == [("Imigrasi Batam", "immigration")]
    found = agencies(pipeline, "Personel Polairud Polres Bintan menghentikan sebuah speedboat.")
    assert found == [("Polres Bintan", "police"), ("Polairud Polres Bintan", "police")]
    # a Polda's water police by its director is its directorate, one unit with its short name
    found = agencies(pipeline, "Ditpolairud Polda Riau menggagalkan pengiriman. Direktur Polairud Polda Riau, Kombes "
                               "Pol Rudi, mengatakan korban aman.")
    assert found == [("Polda Riau", "police"), ("Ditpolairud Polda Riau", "police")]
    # "Imigrasi" alone stays the bare service
    assert agencies(pipeline, "Imigrasi menunda paspor mereka.") == [("Imigrasi", "immigration")]


def test_a_unit_head_titled_kepala_speaks_for_the_unit_not_as_its_name(pipeline):
    found = agencies(pipeline, "Kepala Satuan Reserse Kriminal Polres Ende AKP Budi mengatakan korban masih trauma.")
    assert found == [("Polres Ende", "police"), ("Satreskrim Polres Ende", "police")]
    found = agencies(pipeline, "Satuan Reserse Kriminal Polres Ende menangkap dua perekrut.")
    assert found == [("Polres Ende", "police"), ("Satuan Reserse Kriminal Polres Ende", "police")]
    assert not any(name.startswith("Kepala") for name, _ in agencies(
        pipeline, "Kepala Satuan Reserse PPA dan PPO Polres Kupang mengatakan korban aman."))


def test_the_coordinating_minister_by_his_2024_title(pipeline):
    assert agencies(pipeline, "Menko Polkam Budi Gunawan membuka rapat satgas.") == [("Kemenko Polhukam", "ministry")]
    assert agencies(pipeline, "Menko Polhukam membuka rapat satgas.") == [("Kemenko Polhukam", "ministry")]
    # a directive of the national police chief names no body of the case
    found = agencies(pipeline, "Sesuai arahan Kapolri, Polres Ende menangkap dua perekrut.")
    assert found == [("Polres Ende", "police")]


def test_a_ministry_goes_by_its_short_form_as_the_article_writes_it(pipeline):
    found = agencies(pipeline, "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak (KemenPPPA) mencatat 412 "
                               "korban sepanjang 2025.")
    assert found == [("KemenPPPA", "ministry")]
    found = agencies(pipeline, "Kementerian Luar Negeri (Kemlu) memulangkan 46 WNI. Kementerian Luar Negeri juga "
                               "menyiapkan pendampingan.")
    assert found == [("Kemlu", "ministry")]
    # a ministry written only in full keeps its full name; a minister's title or an acronym of the long name is no
    # short form the article gives it
    found = agencies(pipeline, "Kementerian Luar Negeri memulangkan 46 WNI.")
    assert found == [("Kementerian Luar Negeri", "ministry")]
    assert agencies(pipeline, "Menlu Sugiono menyambut 46 WNI.") == [("Kemenlu", "ministry")]
    found = agencies(pipeline, "Kementerian Kelautan dan Perikanan (KKP) menangkap dua kapal asing.")
    assert found == [("Kementerian Kelautan dan Perikanan", "ministry")]


def test_a_task_force_a_government_forms_now_is_listed_one_still_planned_is_not(pipeline):
    text = ("Pemerintah Provinsi Sulawesi Barat membentuk Gugus Tugas Pencegahan dan Penanganan Tindak Pidana "
            "Perdagangan Orang (PP-TPPO) tingkat provinsi dalam rapat di Mamuju.")
    assert ("Gugus Tugas TPPO", "task_force") in agencies(pipeline, text)
    assert agencies(pipeline, "Bupati meminta camat segera membentuk Gugus Tugas TPPO di desa-desa rawan.") == []
    assert agencies(pipeline, "Pemkab Sikka akan membentuk Gugus Tugas TPPO tahun depan.") == [
        ("Pemkab Sikka", "local_government")]
    assert agencies(pipeline, "Rakor itu membahas pembentukan Satgas TPPO tingkat kecamatan.") == []


def test_a_local_office_in_a_clause_about_many_regions_is_a_kind_of_office(pipeline):
    assert agencies(pipeline, "Kepala dinas berharap kabupaten/kota memperkuat UPTD PPA masing-masing.") == []
    assert agencies(pipeline, "Dari delapan kabupaten/kota di provinsi itu, baru tiga yang memiliki UPTD PPA.") == []
    assert agencies(pipeline, "Korban akan didampingi UPTD PPA di kabupaten dan kota asal mereka.") == []
    # one office the article speaks of, named without its region, is still listed
    assert agencies(pipeline, "Korban kini didampingi UPTD PPA yang menyiapkan rumah aman.") == [
        ("UPTD PPA", "women_child_protection_office")]
    # an office with its region stays, whatever the clause says of other regions
    assert agencies(pipeline, "UPTD PPA Kota Kupang mendampingi korban dari berbagai kabupaten/kota.") == [
        ("UPTD PPA Kota Kupang", "women_child_protection_office")]


def test_the_armed_forces_in_an_officers_rank_are_not_the_body_acting(pipeline):
    found = agencies(pipeline, "Komandan Lanal Bitung Kolonel Laut (P) Andi bersama Brigjen TNI Yusuf meninjau kapal.")
    assert found == [("Lanal Bitung", "other")]
    assert agencies(pipeline, "Danlantamal VI Laksamana Pertama TNI Budi Santoso memimpin patroli.") == [
        ("Lantamal VI", "other")]
    assert agencies(pipeline, "Patroli gabungan TNI dan Polri menggagalkan keberangkatan 20 PMI.") == [
        ("TNI", "other"), ("Polri", "police")]


def test_a_main_naval_base_by_its_numeral_and_seat(pipeline):
    text = ("Tim Pangkalan Utama TNI Angkatan Laut (Lantamal) VI Makassar menggagalkan pengiriman 12 PMI. "
            "Lantamal VI kemudian menyerahkan mereka ke polisi.")
    assert agencies(pipeline, text) == [("Lantamal VI Makassar", "other")]
    assert agencies(pipeline, "Prajurit Lantamal II Padang mengamankan sembilan calon PMI.") == [
        ("Lantamal II Padang", "other")]


def test_womens_crisis_centers_and_border_agencies_and_combined_social_offices(pipeline):
    found = agencies(pipeline, "Konselor Sahabat Perempuan Women's Crisis Center mendampingi dua korban.")
    assert found == [("Sahabat Perempuan Women's Crisis Center", "ngo")]
    found = agencies(pipeline, "Kepala Badan Pengelola Perbatasan Daerah Provinsi Kalimantan Utara memantau pos.")
    assert found == [("Badan Pengelola Perbatasan Daerah Provinsi Kalimantan Utara", "local_government")]
    found = agencies(pipeline, "Petugas Dinas Sosial PPPA Kabupaten Bantul menjemput korban.")
    assert found == [("Dinas Sosial PPPA Kabupaten Bantul", "women_child_protection_office")]
    # a bus terminal or mall named "Center" is no organisation
    assert agencies(pipeline, "Korban diturunkan di Batam Center dekat pelabuhan.") == []
    # a social office without the women-and-children part keeps its own type
    assert agencies(pipeline, "Petugas Dinas Sosial Kabupaten Bantul menjemput korban.") == [
        ("Dinas Sosial Kabupaten Bantul", "local_government")]


def test_a_long_office_name_ending_in_kb_is_named_by_its_acronym(pipeline):
    text = ("Para korban didampingi petugas Dinas Pemberdayaan Perempuan dan Perlindungan Anak, Pengendalian Penduduk "
            "dan KB (DP3AP2KB) Sulsel.")
    assert agencies(pipeline, text) == [("DP3AP2KB Sulsel", "women_child_protection_office")]


def test_an_officers_name_after_a_regional_police_title_is_no_unit(pipeline):
    # "Kapolda" followed by the officer's name: no "Polda Andi Rachmat"
    assert agencies(pipeline, "Kapolda Andi Rachmat menyebut patroli akan diperkuat.") == []
    assert agencies(pipeline, "Kapolres Budi Santoso mengatakan kasus masih didalami.") == []
    # units named after no region keep their names after a title
    assert agencies(pipeline, "Kapolda Metro Jaya Irjen Karyoto mengatakan hal itu.") == [
        ("Polda Metro Jaya", "police")]
    assert agencies(pipeline, "Kapolresta Barelang Kombes Budi mengatakan hal itu.") == [
        ("Polresta Barelang", "police")]
    assert agencies(pipeline, "Kapolres Kawasan Bandara Soekarno-Hatta Kombes Ronald mengatakan hal itu.") == [
        ("Polres Kawasan Bandara Soekarno-Hatta", "police")]


def test_a_regions_short_name_in_parentheses_names_the_unit_only_where_it_is_written_again(pipeline):
    once = "Satreskrim Polres Polewali Mandar (Polman) menggagalkan pengiriman delapan warga ke Malaysia."
    assert ("Polres Polewali Mandar", "police") in agencies(pipeline, once)
    again = ("Satreskrim Polres Polewali Mandar (Polman) menggagalkan pengiriman delapan warga ke Malaysia. "
             "Kapolres Polman AKBP Anjar mengatakan para perekrut masih diburu.")
    assert ("Polres Polman", "police") in agencies(pipeline, again)


def test_a_body_named_once_as_a_partner_still_to_be_contacted_does_not_act(pipeline):
    text = ("Polres Garut menangkap dua perekrut. \"Kami juga akan berkoordinasi dengan Polres Indramayu dan "
            "Polrestabes Makassar untuk menelusuri jaringan ini,\" ujarnya.")
    assert agencies(pipeline, text) == [("Polres Garut", "police")]
    # negative: a partner the unit works with now acts beside it
    text = ("Polres Garut menangkap dua perekrut. Polres Garut berkoordinasi dengan Polres Indramayu menelusuri "
            "jaringan.")
    assert ("Polres Indramayu", "police") in agencies(pipeline, text)


def test_a_body_named_once_only_as_wished_or_urged_to_act_does_not_act(pipeline):
    text = ("Polres Garut menangkap dua perekrut. Keluarga korban berharap Pemkab Garut membantu biaya pemulangan. "
            "Serikat pekerja mendesak Polres Indramayu memeriksa agen penyalur.")
    assert agencies(pipeline, text) == [("Polres Garut", "police")]
    # negative: a body wished for that then acts stays
    text = ("Polres Garut menangkap dua perekrut. Keluarga berharap Pemkab Garut membantu. Pemkab Garut lalu "
            "menanggung biaya pemulangan.")
    assert ("Pemkab Garut", "local_government") in agencies(pipeline, text)


def test_an_organisation_named_on_after_its_acronym_keeps_every_form_it_goes_by(pipeline):
    text = ("Lembaga Advokasi Perempuan (LAdA) DAMAR Lampung merilis catatan akhir tahun. Direktur Eksekutif LAdA "
            "DAMAR Lampung, Rini, memaparkan 11 kasus TPPO.")
    found = find_agencies(pipeline(text))
    assert [(a["name"], a["type"]) for a in found] == [("Lembaga Advokasi Perempuan (LAdA) DAMAR Lampung", "ngo")]
    assert found[0]["canonical"] == "Lembaga Advokasi Perempuan DAMAR Lampung"


def test_a_police_unit_told_for_another_act_the_same_night_is_context(pipeline):
    text = ("Satreskrim Polres Batu Bara mengamankan sembilan calon pekerja migran di Desa Perupuk. Pada malam yang "
            "sama, Polres Asahan juga menggagalkan pemberangkatan calon pekerja migran di perairan Silau Laut.")
    assert ("Polres Asahan", "police") not in agencies(pipeline, text)
    # negative: a unit acting with the case's on the same night is an agency of it
    text = ("Satreskrim Polres Batu Bara mengamankan sembilan calon pekerja migran. Pada malam yang sama, Polres "
            "Asahan menangkap sopir yang mengantar mereka.")
    assert ("Polres Asahan", "police") in agencies(pipeline, text)


def test_an_office_of_a_name_interrupted_by_its_abbreviation(pipeline):
    text = ("Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Kabupaten Ogan Komering Ulu (OKU) Timur menggelar "
            "sosialisasi. Disnakertrans OKU Timur menyiapkan pelatihan.")
    assert [name for name, _ in agencies(pipeline, text)] == ["Disnakertrans Kabupaten Ogan Komering Ulu Timur"]


def test_a_national_bodys_office_in_a_province_is_named_with_its_region(pipeline):
    text = "Kepala Komnas HAM Perwakilan Papua, Mathius, mengatakan pihaknya memantau kasus itu."
    assert agencies(pipeline, text) == [("Komnas HAM Perwakilan Papua", "other")]
    text = "Ombudsman RI Perwakilan Jawa Tengah menerima laporan itu. Kepala Ombudsman Perwakilan Jateng menyebut"
    assert agencies(pipeline, text) == [("Ombudsman RI Perwakilan Jateng", "other")]
    # negative: the national body itself
    assert agencies(pipeline, "Ombudsman RI menerima laporan itu.") == [("Ombudsman RI", "other")]
