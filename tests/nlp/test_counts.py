"""The counts component (nlp/components/counts.py): roles, trafficking attribution, breakdowns, evidence.

Every sentence here is written for these tests (none is copied from the dev set).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nlp.components.counts  # noqa: F401  (registers the factory)
from nlp.components.counts import extract_counts
from nlp.language import blank_indonesian


def pairs(text: str, title: str | None = None) -> set[tuple[str, int, bool]]:
    return {(c["role"], c["value"], c["about_tppo"]) for c in extract_counts(text, title)}


def roles(text: str) -> set[tuple[str, int]]:
    return {(c["role"], c["value"]) for c in extract_counts(text)}


# ---- roles from the noun after the number ------------------------------------------------------------------
def test_cases_reports_suspects_victims_by_noun() -> None:
    text = ("Polda Sumut menangani 31 kasus TPPO dan menerima 12 laporan polisi. "
            "Dalam perkara itu ditetapkan 44 tersangka, sementara 96 korban TPPO kini didampingi.")
    assert pairs(text) == {("cases", 31, True), ("reports", 12, True), ("suspects", 44, True),
                           ("victims", 96, True)}


def test_perkara_terdakwa_dpo() -> None:
    text = "Kejati mencatat 9 perkara TPPO dengan 11 terdakwa, sedangkan 2 DPO masih diburu."
    assert roles(text) == {("cases", 9), ("suspects", 11), ("suspects", 2)}


def test_number_words() -> None:
    text = "Polisi menetapkan dua puluh satu tersangka perdagangan orang dan mendata seratus korban."
    assert roles(text) == {("suspects", 21), ("victims", 100)}


def test_thousands_dots() -> None:
    assert roles("Selama 2023 tercatat 3.412 korban TPPO di seluruh Indonesia.") == {("victims", 3412)}


def test_masing_masing_satu_korban() -> None:
    text = ("Korban TPPO berasal dari dua desa, masing-masing satu korban dari Desa Sukamaju "
            "dan tiga korban dari Desa Cibeber.")
    assert roles(text) == {("victims", 1), ("victims", 3)}


def test_migrant_worker_nouns_are_victims() -> None:
    text = "Polisi mengamankan 14 calon pekerja migran Indonesia nonprosedural di sebuah rumah penampungan."
    assert roles(text) == {("victims_rescued", 14)}


def test_people_found_are_victims_not_rescued_ones() -> None:
    # the contract's rescued are rescued, secured or intercepted; found in a raid is not said to be rescued
    assert roles("Dalam penggerebekan itu polisi menemukan 12 perempuan yang dipaksa melayani tamu.") == {
        ("victims", 12), ("victims_female", 12)}
    assert roles("Petugas menemukan 14 calon pekerja migran nonprosedural di sebuah rumah penampungan.") == {
        ("victims", 14)}
    # negative: a rescue verb still makes them rescued
    assert roles("Dalam penggerebekan itu polisi menyelamatkan 12 perempuan yang dipaksa melayani tamu.") == {
        ("victims_rescued", 12), ("victims_female", 12)}


def test_abk_is_a_victim_but_anak_buah_is_not_a_child() -> None:
    text = "Sebanyak 11 anak buah kapal korban perdagangan orang tiba di Bitung, dijemput 4 anak buah Kapolres."
    assert roles(text) == {("victims", 11)}


def test_parenthesized_repetition_counts_once() -> None:
    assert roles("Polisi menahan 3 (tiga) orang tersangka kasus TPPO.") == {("suspects", 3)}


def test_collective_kedua_ketiga() -> None:
    assert roles("Ketiga tersangka TPPO kini ditahan di Rutan Polda.") == {("suspects", 3)}
    assert roles("Keduanya ditahan. Dari ke-5 tersangka itu, tiga di antaranya perempuan.") == set()


# ---- roles from a noun before the number -------------------------------------------------------------------
def test_role_noun_before_the_number() -> None:
    text = ("Jumlah tersangka kasus TPPO itu sebanyak 17 orang, sedangkan korban yang teridentifikasi "
            "berjumlah 52 orang.")
    assert roles(text) == {("suspects", 17), ("victims", 52)}


def test_person_classifier_prefers_a_person_noun() -> None:
    text = "Total korban dari kasus-kasus perdagangan orang tersebut mencapai 23 orang."
    assert roles(text) == {("victims", 23)}


def test_a_year_between_noun_and_number_does_not_block() -> None:
    assert roles("Korban TPPO di Sulawesi Selatan pada 2024 tercatat 77 orang.") == {("victims", 77)}


# ---- plain people: role from the clause or verb ----------------------------------------------------------
def test_people_who_became_victims() -> None:
    assert roles("Sedikitnya 26 WNI menjadi korban perdagangan orang di Myanmar.") == {("victims", 26)}
    assert roles("Dari 9 kasus TPPO itu, ada 40 orang yang menjadi korban.") == {("cases", 9), ("victims", 40)}


def test_people_arrested_never_called_tersangka_are_arrests() -> None:
    text = "Petugas juga mengamankan dua orang yang diduga sebagai perekrut pekerja migran ilegal."
    assert roles(text) == {("arrests", 2)}
    assert roles("Polisi menangkap empat orang penyalur PMI ilegal di Entikong.") == {("arrests", 4)}


def test_arrested_people_called_tersangka_elsewhere_are_suspects() -> None:
    text = ("Polisi meringkus dua pria yang diduga terlibat penjualan bayi. "
            "Kedua tersangka dijerat pasal perdagangan orang.")
    assert roles(text) == {("suspects", 2)}


def test_people_named_as_suspects_by_copula() -> None:
    assert roles("Polisi menetapkan 6 orang sebagai tersangka TPPO.") == {("suspects", 6)}


def test_seorang_is_a_single_person_not_a_count() -> None:
    assert roles("Seorang pria ditangkap karena menjual seorang perempuan ke Batam dalam kasus TPPO.") == set()


def test_people_followed_by_a_role_noun() -> None:
    assert roles("Masih ada 35 WNI korban TPPO yang tertahan di Myawaddy.") == {("victims", 35)}


def test_part_of_a_number_dari() -> None:
    counts = extract_counts("Sebanyak 4 dari 9 korban TPPO itu berasal dari Kabupaten Sikka.")
    assert {(c["role"], c["value"], c["scope"]) for c in counts} == {
        ("victims", 4, "of 9"), ("victims", 9, "Kabupaten Sikka")}


def test_breakdown_by_region_has_the_region_as_scope() -> None:
    text = ("Korban TPPO tahun ini tercatat 90 orang: Jawa Barat 41 korban, Nusa Tenggara Timur 30 korban, "
            "dan 19 korban dari Kabupaten Lampung Timur.")
    scopes = {c["value"]: c["scope"] for c in extract_counts(text)}
    assert scopes == {90: None, 41: "Jawa Barat", 30: "Nusa Tenggara Timur", 19: "Kabupaten Lampung Timur"}


# ---- rescued, repatriated, sent ----------------------------------------------------------------------------
def test_rescued_total() -> None:
    text = "Tim gabungan menyelamatkan 18 korban TPPO dari sebuah tempat hiburan di Sorong."
    assert roles(text) == {("victims_rescued", 18)}


def test_a_group_rescued_past_a_part_told_between_commas() -> None:
    text = ("Polisi menggerebek sebuah karaoke. Enam perempuan asal Kabupaten Garut, tiga di antaranya masih di bawah "
            "umur, dibebaskan dari tempat itu.")
    assert {("victims_rescued", 6), ("victims_female", 6), ("victims_child", 3)} <= roles(text)
    # the part's own clause is no rescue of the group
    text = "Enam perempuan asal Kabupaten Garut, tiga di antaranya masih di bawah umur, bekerja di karaoke itu."
    assert ("victims_rescued", 6) not in roles(text)


def test_a_rescue_hoped_for_is_no_rescue() -> None:
    text = ("Dua dari lima pemuda itu masih tertahan di Myawaddy. Polisi menyurati Kemenlu agar dua korban itu bisa "
            "segera dievakuasi.")
    assert ("victims_rescued", 2) not in roles(text)
    # a rescue that happened, with a purpose after it, stays
    assert roles("Polisi menyelamatkan lima korban agar tidak dijual ke luar negeri.") == {("victims_rescued", 5)}


def test_stopped_departure_is_rescued() -> None:
    text = "Keberangkatan 21 calon PMI ilegal ke Malaysia berhasil digagalkan petugas di Pelabuhan Nunukan."
    assert roles(text) == {("victims_rescued", 21)}


def test_rescue_in_the_article_carries_to_victims_of_the_same_case() -> None:
    text = ("Polres Karimun mengamankan 9 pekerja migran ilegal di sebuah pelabuhan. "
            "Menurut polisi, 9 PMI ilegal tersebut akan diberangkatkan ke Johor menggunakan speedboat.")
    assert roles(text) == {("victims_rescued", 9)}


def test_a_group_restated_by_its_noun_and_said_rescued_was_rescued() -> None:
    text = ("Delapan anak yang selama ini mengemis di persimpangan ternyata dipaksa bekerja oleh orang dewasa. "
            "Anak-anak itu diselamatkan dalam operasi gabungan Satpol PP, Senin.")
    assert ("victims_rescued", 8) in roles(text)
    # negative: suspects counted last, the victims' noun said rescued is no count of them
    assert roles("Polisi menangkap dua pria. Para perempuan tersebut diselamatkan.") == {("arrests", 2)}


def test_victims_already_sent_are_not_rescued() -> None:
    text = ("Polisi menggagalkan pengiriman 3 pekerja migran ilegal ke Malaysia. "
            "Tersangka mengaku sudah memberangkatkan sekitar 60 orang sejak 2019.")
    assert roles(text) == {("victims_rescued", 3), ("victims", 60)}


def test_headline_verbs_without_prefix() -> None:
    assert roles("Polisi Selamatkan 27 Korban TPPO di Pelabuhan Tanjung Priok") == {("victims_rescued", 27)}
    assert roles("Polres Nunukan Tangkap 3 Orang Perekrut PMI Ilegal") == {("arrests", 3)}


def test_rescue_verb_governs_coordinated_counts() -> None:
    text = "Dalam penggerebekan itu, polisi mengamankan 4 orang tersangka dan 13 orang korban TPPO."
    assert roles(text) == {("suspects", 4), ("victims_rescued", 13)}


def test_repatriated_victims_are_victims() -> None:
    text = "Sebanyak 33 korban TPPO dipulangkan dari Kamboja melalui Bandara Soekarno-Hatta."
    assert roles(text) == {("victims", 33)}


# ---- groups: children, women, men ------------------------------------------------------------------------
def test_breakdown_by_sex_gives_separate_counts() -> None:
    text = "BP3MI menggagalkan keberangkatan 12 CPMI ilegal, terdiri dari 8 laki-laki dan 4 perempuan."
    assert roles(text) == {("victims_rescued", 12), ("victims_male", 8), ("victims_female", 4)}
    scopes = {c["role"]: c["scope"] for c in extract_counts(text)}
    assert scopes["victims_female"] == "perempuan"


def test_whole_group_of_women_is_also_the_total() -> None:
    text = "Polisi memberikan pendampingan kepada 14 wanita pemandu lagu korban eksploitasi seksual."
    assert roles(text) == {("victims", 14), ("victims_female", 14)}


def test_rescued_group_of_children_without_breakdown_is_also_the_total() -> None:
    text = "Unit PPA menyelamatkan 4 orang anak yang dipekerjakan di sebuah kafe remang-remang."
    assert roles(text) == {("victims_rescued", 4), ("victims_child", 4)}


def test_group_who_became_victims_is_also_the_total() -> None:
    text = "Enam perempuan asal Karawang menjadi korban perdagangan orang di Erbil."
    assert roles(text) == {("victims", 6), ("victims_female", 6)}
    text = "Pelaku mempekerjakan 5 anak sebagai pelayan kafe dalam kasus eksploitasi."
    assert roles(text) == {("victims", 5), ("victims_child", 5)}


def test_a_victim_clause_after_a_breakdown_stays_a_breakdown() -> None:
    text = "Korban TPPO terdiri dari 10 laki-laki dan 7 perempuan yang menjadi korban kerja paksa."
    assert roles(text) == {("victims_male", 10), ("victims_female", 7)}


def test_victims_who_are_children() -> None:
    text = "Ada tujuh korban anak di bawah umur dalam kasus eksploitasi di Manado."
    assert roles(text) == {("victims", 7), ("victims_child", 7)}


def test_subset_di_antaranya_takes_the_group_noun() -> None:
    text = "Dari ke-9 kasus perdagangan orang itu, empat di antaranya adalah anak di bawah umur."
    assert roles(text) == {("victims_child", 4)}


def test_subset_di_antaranya_takes_the_earlier_role() -> None:
    text = "Dari 40 kasus TPPO yang diungkap, 31 di antaranya terkait pengiriman pekerja migran."
    counts = extract_counts(text)
    assert {(c["role"], c["value"]) for c in counts} == {("cases", 40), ("cases", 31)}
    assert next(c for c in counts if c["value"] == 31)["scope"] == "of 40"


def test_group_nouns_among_attendees_are_not_victims() -> None:
    assert roles("Sosialisasi pencegahan TPPO diikuti 300 pelajar dan 25 guru.") == set()


def test_legal_placement_and_trainees_are_not_victims() -> None:
    assert roles("Setiap bulan 2.300 PMI asal Cilacap berangkat secara resmi ke Taiwan.") == set()
    assert roles("Disnaker memfasilitasi 85 calon PMI mengikuti pelatihan bahasa Jepang.") == set()
    assert roles("Petugas menggagalkan keberangkatan 8 PMI secara tidak resmi ke Brunei.") == {("victims_rescued", 8)}


def test_group_word_that_qualifies_another_noun() -> None:
    text = "Polda mencatat 10 kasus TPPO, terdiri dari 6 kasus pekerja migran dan eksploitasi anak sebanyak 4 kasus."
    assert roles(text) == {("cases", 10), ("cases", 6), ("cases", 4)}


# ---- about_tppo ----------------------------------------------------------------------------------------------
def test_only_the_trafficking_number_inside_violence_statistics() -> None:
    text = ("Hingga Oktober, dinas itu menerima 212 aduan kekerasan: korban laki-laki sebanyak 95 orang dan "
            "perempuan sebanyak 117 orang, diantaranya 14 kasus TPPO.")
    assert pairs(text) == {("reports", 212, False), ("victims_male", 95, False), ("victims_female", 117, False),
                           ("cases", 14, True)}


def test_other_crime_in_a_trafficking_article() -> None:
    text = ("Polres Kupang mengungkap 4 kasus TPPO dengan 7 tersangka. "
            "Selain itu, polisi juga menangani 25 kasus narkoba dengan 31 tersangka.")
    assert pairs(text) == {("cases", 4, True), ("suspects", 7, True), ("cases", 25, False),
                           ("suspects", 31, False)}


def test_article_topic_carries_to_sentences_without_a_cue() -> None:
    text = ("Polisi membongkar jaringan perdagangan orang ke Timur Tengah di Lombok Timur. "
            "Warga sekitar sempat curiga dengan rumah itu. "
            "Kapolres menyebut ada 5 korban yang dijanjikan bekerja sebagai pembantu rumah tangga.")
    assert pairs(text) == {("victims", 5, True)}


def test_violence_suffered_by_trafficking_victims_stays_trafficking() -> None:
    text = ("Polres Belu membongkar kasus perdagangan orang ke Malaysia. "
            "Keempat korban mengalami kekerasan fisik selama bekerja di kebun sawit.")
    assert pairs(text) == {("victims", 4, True)}


def test_article_without_trafficking_has_no_tppo_counts() -> None:
    text = "Polisi mengungkap 8 kasus pencurian kendaraan bermotor dengan 10 tersangka."
    assert pairs(text) == {("cases", 8, False), ("suspects", 10, False)}


def test_title_counts_as_article_context() -> None:
    text = "Polisi mengamankan 6 korban di sebuah rumah kos."
    assert pairs(text, title="Polisi Bongkar Kasus Perdagangan Orang di Medan") == {("victims_rescued", 6, True)}


# ---- what is skipped -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Korban TPPO berusia 16 tahun itu dijual ke Papua.",  # age
        "Tersangka TPPO dijanjikan upah Rp 3 juta per korban.",  # money
        "Tersangka TPPO dijerat Pasal 2 ayat 1 UU Nomor 21 Tahun 2007.",  # law articles
        "Tersangka TPPO terancam hukuman 15 tahun penjara.",  # prison term
        "Korban TPPO diberangkatkan pada 12 Januari 2024 pukul 10.30 WIB.",  # dates and times
        "Kasus TPPO tahun ini naik 331 perkara dibanding tahun lalu.",  # comparison delta
        "Jumlah korban TPPO meningkat 40 persen.",  # percentage
        "Polda menargetkan 20 kasus TPPO terungkap bulan depan.",  # hypothetical target
        "Rapat koordinasi TPPO dihadiri 45 peserta dari 12 OPD.",  # attendees, offices
        "Belasan korban TPPO dan puluhan tersangka masih diperiksa.",  # vague words
        "Salah satu korban TPPO mengaku disekap selama 3 bulan.",  # "one of"
        "Korban TPPO berinisial RA (17) ditemukan di Batam.",  # age after a name
        "Satgas TPPO telah melakukan 5 kali razia di pelabuhan.",  # times
        "Korban TPPO itu seorang ibu dua anak asal Subang.",  # her children, not victims
        "Jumlah korban TPPO bertambah 5 orang dibanding bulan lalu.",  # delta
        "Dari ke-12 tersangka TPPO itu, tiga di antaranya perempuan.",  # female suspects are not victims
    ],
)
def test_skipped_numbers(text: str) -> None:
    assert extract_counts(text) == []


# ---- dedupe, evidence, component -----------------------------------------------------------------------------
def test_repeated_fact_is_one_count_with_first_evidence() -> None:
    text = "Polisi menangkap 5 tersangka TPPO. Kelima tersangka ditahan. Menurut Kapolres, 5 tersangka itu warga lokal."
    counts = extract_counts(text)
    assert [(c["role"], c["value"]) for c in counts] == [("suspects", 5)]
    assert text[counts[0]["evidence"]["start"] : counts[0]["evidence"]["end"]] == "Polisi menangkap 5 tersangka TPPO."


def test_component_sets_doc_counts_with_sentence_evidence() -> None:
    pipeline = blank_indonesian()
    pipeline.add_pipe("pantau_counts")
    text = "Polres Kab. Bogor mengungkap 3 kasus TPPO. Sebanyak 11 korban diselamatkan dari penampungan."
    doc = pipeline(text)
    by_role = {c["role"]: c for c in doc._.counts}
    assert set(by_role) == {"cases", "victims_rescued"}
    evidence = by_role["victims_rescued"]["evidence"]
    assert text[evidence["start"] : evidence["end"]] == "Sebanyak 11 korban diselamatkan dari penampungan."
    assert set(by_role["cases"]) == {"role", "value", "about_tppo", "scope", "evidence"}


def test_hostile_input_never_crashes() -> None:
    assert extract_counts("") == []
    assert extract_counts("999999999999999999999 korban TPPO dan 99999999 tersangka") == []
    assert roles("\x00\x07 5 korban\x1b TPPO \u200b\ufeff 2 tersangka\x7f") == {("victims", 5), ("suspects", 2)}
    assert extract_counts("<p>3 korban</p><script>x=4</script>" * 500)
    assert len(extract_counts("Polisi menahan 2 tersangka TPPO. " * 3_000)) == 1


_FUZZ_TEXT = (
    "korban kasus tersangka orang anak perempuan dari di antaranya ke-3 ketiga yang diamankan sebanyak ( ) , . ; "
    "dua puluh seratus 1.596 12 0 999999999999 Rp tahun TPPO kekerasan terdiri menangkap pelaku WNI jumlah "
    "dipulangkan Kabupaten Kupang masih di bawah umur (3) –"
)
_FUZZ_WORDS = tuple(_FUZZ_TEXT.split(" "))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_FUZZ_WORDS), st.text(max_size=6)), max_size=40), st.booleans())
def test_any_text_gives_well_formed_counts(words: list[str], glued: bool) -> None:
    text = ("" if glued else " ").join(words)
    for count in extract_counts(text, title="TPPO"):
        assert 0 < count["value"] <= 10_000_000
        assert 0 <= count["evidence"]["start"] <= count["evidence"]["end"] <= len(text)
        assert count["role"] in {"cases", "reports", "victims", "victims_rescued", "victims_child", "victims_female",
                                 "victims_male", "suspects", "arrests"}


# ---- held-out failure modes (tests/nlp/heldout_entities) ---------------------------------------------------
def test_delayed_departure_counts_as_stopped_victims() -> None:
    text = "Kantor Imigrasi menunda keberangkatan 40 calon PMI nonprosedural di pelabuhan."
    assert roles(text) == {("victims_rescued", 40)}


def test_restated_total_keeps_the_rescued_role() -> None:
    text = ("Polisi menggagalkan pengiriman 9 calon PMI ilegal ke Malaysia. "
            "Dari 9 korban tersebut, enam orang perempuan dan tiga laki-laki.")
    assert roles(text) == {("victims_rescued", 9), ("victims_female", 6), ("victims_male", 3)}


def test_breakdown_after_a_victim_total() -> None:
    text = ("Petugas menyelamatkan 30 korban TPPO di pelabuhan. "
            "Sebanyak 30 orang itu terdiri dari 18 laki-laki dan 12 perempuan.")
    assert {("victims_male", 18), ("victims_female", 12)} <= roles(text)


def test_whole_group_after_yang_seluruhnya() -> None:
    text = "Polisi menyelamatkan 17 korban TPPO yang seluruhnya perempuan dari sebuah penampungan."
    assert roles(text) == {("victims_rescued", 17), ("victims_female", 17)}


def test_subset_berusia_anak_is_children() -> None:
    text = "Sebelas perempuan korban TPPO diselamatkan, empat di antaranya masih berusia anak."
    assert ("victims_child", 4) in roles(text)


def test_people_who_recruited_are_arrests_not_rescued() -> None:
    text = "Polres mengamankan tiga orang yang diduga merekrut warga untuk dikirim secara ilegal ke luar negeri."
    assert roles(text) == {("arrests", 3)}


def test_arrested_managers_named_suspects_later() -> None:
    text = "Dua orang pengelola bar diamankan dan kemudian ditetapkan sebagai tersangka kasus TPPO."
    assert roles(text) == {("suspects", 2)}


def test_wanted_perpetrator_is_a_suspect() -> None:
    text = "Polisi menerima dua laporan polisi kasus TPPO dan masih memburu satu perekrut yang berstatus DPO."
    assert roles(text) == {("reports", 2), ("suspects", 1)}


def test_the_others_take_the_role_counted_before() -> None:
    text = "Empat tersangka TPPO telah ditahan, sedangkan dua lainnya masih DPO."
    assert roles(text) == {("suspects", 4), ("suspects", 2)}


def test_illegal_labour_recruiter_without_the_word_tppo_is_about_trafficking() -> None:
    text = "Penyalur tenaga kerja ilegal itu mengirim 11 korban ke luar negeri tanpa dokumen resmi."
    assert ("victims", 11, True) in pairs(text)


def test_girls_count_as_children_and_as_female() -> None:
    text = "Petugas menggagalkan pengiriman dua anak perempuan ke Malaysia dalam kasus TPPO."
    assert roles(text) == {("victims_rescued", 2), ("victims_child", 2), ("victims_female", 2)}


# ---- breakdowns, apposition, rescue and suspect roles (issue 12; sentences written for these tests) -----------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polisi mengamankan dua pria yang kini berstatus tersangka TPPO.",
            {("suspects", 2)},
        ),
        (
            "Polisi mengamankan dua pria di pelabuhan. Keduanya kini berstatus tersangka kasus TPPO.",
            {("suspects", 2)},
        ),
        (
            "Sebanyak 21 korban TPPO berasal dari Jawa Barat 12 orang, NTT 9 orang.",
            {("victims", 9), ("victims", 12), ("victims", 21)},
        ),
        (
            "Sebanyak 21 korban TPPO dipulangkan. Mereka berasal dari Jawa Barat 12 orang dan NTT 9 orang.",
            {("victims", 9), ("victims", 12), ("victims", 21)},
        ),
        (
            "Sebanyak 30 korban TPPO dipulangkan dari Kamboja. Mereka terdiri dari 22 laki-laki dan delapan "
            "perempuan. Para korban berasal dari delapan provinsi. Terbanyak dari Jawa Timur dengan 10 orang, "
            "disusul Bali lima orang dan Aceh empat orang.",
            {("victims", 30), ("victims_male", 22), ("victims_female", 8), ("victims", 10), ("victims", 5),
             ("victims", 4)},
        ),
        (
            "Sebanyak 30 korban TPPO dipulangkan. Rinciannya, 10 orang dari Jawa Timur, tujuh orang dari Bali, "
            "lima dari Aceh dan empat dari Riau.",
            {("victims", 30), ("victims", 10), ("victims", 7), ("victims", 5), ("victims", 4)},
        ),
        (
            "Tujuh belas nelayan yang menjadi korban perdagangan orang tiba di Jakarta. Sepuluh orang "
            "merupakan warga Kabupaten Cirebon dan tujuh orang dari Kota Tegal.",
            {("victims", 7), ("victims", 10), ("victims", 17)},
        ),
        (
            "Polisi menangkap pasangan berinisial KM (31) dan TS (28) yang diduga menjual perempuan dalam "
            "kasus TPPO. Keduanya ditetapkan sebagai tersangka.",
            {("suspects", 2)},
        ),
        (
            "Dua tersangka, WH dan JS, ditahan penyidik kasus TPPO.",
            {("suspects", 2)},
        ),
        (
            "Petugas menyelamatkan enam korban TPPO, satu di antaranya masih anak.",
            {("victims_child", 1), ("victims_rescued", 6)},
        ),
        (
            "Delapan warga Kabupaten Sikka, Nusa Tenggara Timur, batal berangkat ke Malaysia setelah dicegat"
            " petugas di pelabuhan dalam kasus TPPO. Kedelapan warga itu terdiri dari tiga perempuan dan "
            "lima laki-laki.",
            {("victims_female", 3), ("victims_male", 5), ("victims_rescued", 8)},
        ),
        (
            "Dua belas warga Jawa Barat yang sempat disekap dan dipaksa bekerja di perusahaan penipuan "
            "daring dipulangkan dalam kasus TPPO. Rombongan terdiri dari 9 laki-laki dan tiga perempuan.",
            {("victims", 12), ("victims_female", 3), ("victims_male", 9)},
        ),
        (
            "Petugas menggagalkan keberangkatan sembilan calon PMI nonprosedural dalam kasus TPPO. Kesembilan "
            "CPMI itu terdiri atas enam laki-laki asal Kabupaten Pati serta tiga perempuan asal Kabupaten Kudus.",
            {("victims_rescued", 9), ("victims_male", 6), ("victims_female", 3)},
        ),
        (
            "Petugas menunda keberangkatan delapan WNI dalam kasus TPPO. Kedelapan WNI itu terdiri dari lima "
            "laki-laki asal Kabupaten Garut dan tiga laki-laki asal Kabupaten Ciamis.",
            {("victims_rescued", 8), ("victims_male", 8)},
        ),
        (
            "Sebanyak 12 WNI korban TPPO tiba di Pelabuhan Dumai. Dari 12 WNI itu, empat orang berasal dari "
            "Kabupaten Bengkalis. Delapan lainnya berasal dari Sumatera Barat dan Jambi. \"Semuanya laki-laki, "
            "usia 20 sampai 31 tahun,\" katanya.",
            {("victims", 12), ("victims", 4), ("victims", 8), ("victims_male", 12)},
        ),
        (
            "Tiga remaja perempuan berusia 14 hingga 16 tahun diamankan dalam razia kasus TPPO.",
            {("victims_child", 3), ("victims_female", 3), ("victims_rescued", 3)},
        ),
        (
            "Korbannya 95 orang, terdiri atas 60 perempuan dan 35 laki-laki dalam kasus TPPO.",
            {("victims", 95), ("victims_female", 60), ("victims_male", 35)},
        ),
        (
            "Tercatat 40 korban TPPO tahun ini. Sebanyak 12 korban di antaranya masih berusia anak.",
            {("victims", 40), ("victims_child", 12)},
        ),
        (
            "Tujuh korban TPPO yang seluruhnya perempuan dipulangkan. Empat di antaranya berasal dari Jawa "
            "Timur.",
            {("victims", 4), ("victims", 7), ("victims_female", 7)},
        ),
        (
            "Tujuh terapis perempuan diamankan dari lokasi praktik prostitusi.",
            {("victims_female", 7), ("victims_rescued", 7)},
        ),
        (
            "Sepuluh WNI korban TPPO dipulangkan dari Kamboja. Empat dari sepuluh WNI itu berasal dari "
            "Kabupaten Garut.",
            {("victims", 4), ("victims", 10)},
        ),
        (
            "Sebanyak 9 mahasiswa sebuah kampus negeri di Kota Medan menjadi korban TPPO berkedok magang.",
            {("victims", 9)},
        ),
        (
            "Lima perempuan diamankan bersama dua orang perantara dalam kasus TPPO.",
            {("arrests", 2), ("victims_female", 5), ("victims_rescued", 5)},
        ),
        (
            "Polisi menyelamatkan 14 korban TPPO, sementara tiga orang yang diamankan kemudian ditetapkan "
            "sebagai tersangka.",
            {("suspects", 3), ("victims_rescued", 14)},
        ),
        (
            "Penyidik menetapkan tiga tersangka, yaitu AB (40), CD (35), dan EF (29), dalam perkara "
            "perdagangan orang.",
            {("suspects", 3)},
        ),
        (
            "Polisi menyelamatkan 12 calon pekerja migran dalam kasus TPPO, masing-masing asal Jawa Barat 7 "
            "orang dan Banten 5 orang.",
            {("victims_rescued", 5), ("victims_rescued", 7), ("victims_rescued", 12)},
        ),
    ],
)
def test_breakdowns_apposition_and_roles(text: str, expected: set[tuple[str, int]]) -> None:
    assert roles(text) == expected


def test_every_count_keeps_its_sentence() -> None:
    text = ("Polisi menangkap pasangan berinisial KM (31) dan TS (28) dalam kasus TPPO. "
            "Sebanyak 21 korban berasal dari Jawa Barat 12 orang, NTT 9 orang.")
    for count in extract_counts(text):
        sentence = text[count["evidence"]["start"] : count["evidence"]["end"]]
        assert sentence.strip() and str(count["value"]) in sentence or "berinisial" in sentence


def test_region_breakdown_has_the_region_as_scope() -> None:
    counts = extract_counts("Sebanyak 21 korban TPPO berasal dari Jawa Barat 12 orang, NTT 9 orang.")
    assert {(c["value"], c["scope"]) for c in counts if c["value"] in (12, 9)} == {
        (12, "Jawa Barat"), (9, "Nusa Tenggara Timur")}


def test_suspects_named_by_initials_right_after_the_noun() -> None:
    assert roles("Polisi menangkap tersangka AS (34) dan BR (29) dalam kasus TPPO.") == {("suspects", 2)}
    assert roles("Tersangka AS ditahan dalam kasus TPPO.") == set()  # one named person is not a count


def test_people_secured_then_called_perpetrators_are_not_rescued_victims() -> None:
    text = "Tim gabungan mengamankan empat orang di rumah penampungan. Mereka diduga sebagai perekrut dalam kasus TPPO."
    assert roles(text) == {("arrests", 4)}
    text = "Polisi menyelamatkan enam orang dari rumah penampungan. Mereka diduga korban TPPO."
    assert roles(text) == {("victims_rescued", 6)}


def test_intercepted_migrants_are_rescued() -> None:
    assert roles("Petugas mencegat 9 CPMI ilegal di pelabuhan dalam kasus TPPO.") == {("victims_rescued", 9)}


def test_adults_in_a_breakdown_and_each_part_with_its_own_region() -> None:
    assert roles("Korban TPPO terdiri dari 8 orang dewasa dan 3 anak.") == {("victims", 8), ("victims_child", 3)}
    counts = extract_counts("Sebanyak 40 korban TPPO dipulangkan, masing-masing 25 orang asal NTB dan "
                            "15 orang asal NTT.")
    assert {(c["value"], c["scope"]) for c in counts if c["value"] in (25, 15)} == {
        (25, "Nusa Tenggara Barat"), (15, "Nusa Tenggara Timur")}


# ---- round 2: suspects named by their predicate, sex breakdowns of a total, "N lainnya" -------------------------
def test_plain_people_named_suspects_after_an_apposition() -> None:
    text = ("Polres Sikka menggerebek sebuah rumah penampungan calon pekerja migran. "
            "Dua orang, yakni penyalur berinisial YT (44) dan adiknya, BK (39), kemudian ditetapkan sebagai tersangka.")
    assert ("suspects", 2) in roles(text)


def test_people_named_by_initials_then_called_suspects() -> None:
    text = ("Polisi menyelamatkan empat anak yang dipekerjakan di sebuah warung remang-remang. "
            "Keduanya, berinisial JL (31) dan RM (28), ditetapkan sebagai tersangka.")
    assert ("suspects", 2) in roles(text)


def test_sex_breakdown_with_the_group_noun_before_the_number() -> None:
    text = ("Satgas TPPO menggagalkan keberangkatan 19 pekerja migran ilegal di Pelabuhan Dumai. "
            "Para korban terdiri atas laki-laki 12 orang dan perempuan 7 orang.")
    found = roles(text)
    assert {("victims_male", 12), ("victims_female", 7)} <= found
    assert ("victims", 12) not in found


def test_sex_breakdown_in_an_apposition_adds_up_to_the_total() -> None:
    text = ("Polisi menyelamatkan 15 warga yang hendak diberangkatkan secara nonprosedural ke Malaysia. "
            "Menurut Kapolres, ke-15 orang itu, sepuluh laki-laki dan lima perempuan, berasal dari Lombok Timur.")
    assert {("victims_male", 10), ("victims_female", 5)} <= roles(text)


def test_sex_breakdown_takes_the_topic_of_its_total() -> None:
    text = ("Aparat Kamboja menyelamatkan 11 korban TPPO dari sebuah kompleks judi dan penipuan daring. "
            "Mereka terdiri atas tujuh laki-laki dan empat perempuan.")
    found = pairs(text)
    assert {("victims_male", 7, True), ("victims_female", 4, True)} <= found


def test_others_of_suspects_named_long_before_are_not_suspects() -> None:
    text = ("Keduanya, berinisial AD (35) dan WR (30), ditetapkan sebagai tersangka. "
            "Kasat Reskrim mengatakan para pemuda berangkat pada Mei. "
            "Setiap pemuda membayar Rp 5 juta. "
            "Tiga dari delapan pemuda itu sudah pulang. "
            "Lima lainnya masih berada di Myanmar.")
    assert ("suspects", 5) not in roles(text)


def test_people_secured_then_named_suspects_are_suspects_not_rescued() -> None:
    text = ("Polisi menggerebek sebuah panti pijat di Kota Malang. Tiga orang yang diamankan di tempat itu, yakni "
            "pemilik berinisial RT (45), kasir berinisial DW (28) dan penjaga berinisial FN (33), kemudian ditetapkan "
            "sebagai tersangka.")
    found = roles(text)
    assert ("suspects", 3) in found
    assert ("victims_rescued", 3) not in found


def test_people_only_suspected_are_not_arrests() -> None:
    text = ("Lima warga Kabupaten Kupang dipulangkan dari Malaysia. "
            "Polisi masih mencari tiga orang yang diduga menjadi perekrut para korban.")
    assert not any(role == "arrests" for role, _ in roles(text))


def test_people_arrested_without_suspect_status_are_arrests() -> None:
    text = "Polisi menangkap tiga orang yang diduga menjadi perekrut calon pekerja migran ilegal."
    assert ("arrests", 3) in roles(text)


def test_restated_group_of_rescued_girls_stays_rescued() -> None:
    text = ("Empat remaja putri diselamatkan dari sebuah kafe di Kabupaten Cianjur. "
            "Menurut Kapolres, keempat korban tinggal di mes di belakang kafe.")
    found = roles(text)
    assert ("victims_rescued", 4) in found
    assert ("victims", 4) not in found


def test_region_breakdown_of_a_rescued_total_is_rescued() -> None:
    text = ("Polda Sumut menggagalkan pengiriman 18 pekerja migran ilegal ke Malaysia lewat Tanjung Balai. "
            "Para korban akan dipulangkan ke daerah asal. "
            "Asal korban dari Aceh 10 orang, Sumatera Barat 5 orang dan Riau 3 orang.")
    found = roles(text)
    assert {("victims_rescued", 10), ("victims_rescued", 5), ("victims_rescued", 3)} <= found
    assert ("victims", 10) not in found


def test_people_without_a_role_become_the_total_their_sex_breakdown_adds_up_to() -> None:
    text = ("Sebanyak 18 mahasiswa sebuah kampus di Kota Kupang melapor ke Polda NTT karena magang ke Korea berujung "
            "kerja paksa. Mereka terdiri atas 11 mahasiswa laki-laki dan 7 perempuan.")
    assert {("victims", 18), ("victims_male", 11), ("victims_female", 7)} <= roles(text)


def test_attendees_broken_down_by_sex_are_not_victims() -> None:
    text = ("Sosialisasi pencegahan TPPO di Kabupaten Kupang diikuti 50 peserta. "
            "Para peserta, 30 perempuan dan 20 laki-laki, berasal dari enam desa.")
    assert not any(role.startswith("victims") for role, _ in roles(text))


def test_people_identified_as_victims() -> None:
    text = "Dari 40 WNI yang dideportasi, 17 orang teridentifikasi sebagai korban TPPO."
    assert ("victims", 17) in roles(text)


def test_a_subset_restated_later_is_not_a_new_total() -> None:
    text = ("Polisi menyelamatkan 20 pekerja sebuah pabrik sandal, lima di antaranya masih anak-anak. "
            "Dinas Sosial kini mendampingi lima pekerja anak tersebut.")
    found = roles(text)
    assert {("victims_rescued", 20), ("victims_child", 5)} <= found
    assert ("victims_rescued", 5) not in found


def test_domestic_workers_rescued_from_an_employer() -> None:
    text = "Polisi mengevakuasi tiga asisten rumah tangga (ART) asal Kabupaten Kupang dari rumah majikannya di Medan."
    assert ("victims_rescued", 3) in roles(text)


def test_the_nearer_sending_verb_makes_people_victims_not_arrested() -> None:
    text = "Calo Asal Lombok Ditangkap Setelah Kirim Tujuh Pemuda ke Myanmar"
    found = roles(text)
    assert ("victims", 7) in found
    assert not any(role in ("suspects", "arrests") for role, _ in found)


def test_arrested_people_after_an_arrest_verb_stay_arrests() -> None:
    text = "Polisi menangkap lima pemuda yang diduga menjadi penyalur pekerja migran ilegal."
    assert ("arrests", 5) in roles(text)


def test_a_headline_clause_ends_at_its_line_break() -> None:
    pipeline = blank_indonesian()
    pipeline.add_pipe("pantau_counts")
    text = ("Sponsor Ditangkap Usai Kirim Lima Pemudi ke Kamboja\n\nKUPANG – Polda NTT menangkap seorang sponsor yang "
            "diduga mengirim lima pemudi asal Kabupaten Kupang untuk bekerja di Kamboja.")
    found = {(c["role"], c["value"]) for c in pipeline(text)._.counts}
    assert ("victims", 5) in found
    assert ("arrests", 5) not in found


def test_part_of_the_victims_by_region_counts_by_state_does_not() -> None:
    by_region = "Polisi mendata 9 korban TPPO. Lima dari sembilan korban itu berasal dari Kabupaten Sikka."
    assert ("victims", 5) in roles(by_region)
    by_state = "Polisi mendata 9 korban TPPO. Lima dari sembilan korban itu sudah kembali bekerja di desanya."
    assert ("victims", 5) not in roles(by_state)


def test_people_named_by_initials_each_after_their_role() -> None:
    text = ("Polres Bangli menggerebek sebuah tempat pijat. Pemilik berinisial KD (50) dan kasir berinisial NW (24) "
            "kami tetapkan tersangka, kata Kapolres.")
    assert ("suspects", 2) in roles(text)


def test_suspects_told_by_their_roles_are_not_new_counts() -> None:
    text = ("Polda Kalbar menetapkan empat tersangka perdagangan orang. "
            "Satu tersangka berperan sebagai perekrut, tiga lainnya mengurus paspor para korban.")
    found = roles(text)
    assert ("suspects", 4) in found
    assert ("suspects", 1) not in found and ("suspects", 3) not in found


def test_victims_secured_in_the_next_sentence_are_rescued() -> None:
    text = ("Polres Nunukan menetapkan dua tersangka yang hendak mengirim 9 warga ke Malaysia lewat jalur tikus. "
            "Para korban diamankan di sebuah rumah kos dekat pelabuhan. "
            "Mereka akan dipulangkan ke daerah asal.")
    found = roles(text)
    assert ("victims_rescued", 9) in found
    assert ("victims", 9) not in found


def test_from_one_place_to_another_is_not_a_count() -> None:
    text = "Para korban TPPO itu dipindahkan dari satu penampungan ke penampungan lain oleh dua agen yang ditangkap."
    found = roles(text)
    assert not any(value == 1 for _, value in found)


def test_a_restated_group_described_by_sex_is_wholly_that_sex() -> None:
    text = ("Polisi menyelamatkan tiga korban TPPO dari sebuah rumah di Kota Batam. "
            "Ketiganya, perempuan berusia 19 hingga 23 tahun, dijanjikan bekerja di restoran.")
    assert {("victims_rescued", 3), ("victims_female", 3)} <= roles(text)


def test_a_restated_group_needs_a_counted_total() -> None:
    text = "Ketiganya, perempuan berusia 19 hingga 23 tahun, mengikuti lomba di Kota Batam."
    assert roles(text) == set()


def test_kidney_donors_of_a_trafficking_ring_are_victims() -> None:
    text = "Polisi menyebut sedikitnya 9 warga telah menjadi pendonor ginjal melalui sindikat itu."
    assert ("victims", 9) in roles(text)


def test_a_training_institution_is_no_attendance() -> None:
    text = "Polisi menyelamatkan 25 CPMI yang ditampung sebuah lembaga pelatihan kerja di Kota Malang."
    assert ("victims_rescued", 25) in roles(text)
    attended = "Sebanyak 120 calon PMI mengikuti pelatihan bahasa di Kota Malang."
    assert not any(role.startswith("victims") for role, _ in roles(attended))


# ---- round 3: rules stated in general news language ----------------------------------------------------------
def test_mereka_points_back_to_the_suspects_named_last_not_to_victims_counted_before() -> None:
    text = ("Polisi memulangkan 14 korban TPPO, asal Jawa Barat 8 orang dan Lampung 6 orang. "
            "Ketiga tersangka ditahan di Polda Metro Jaya. Mereka berperan sebagai perekrut dan penampung.")
    assert roles(text) == {("victims", 14), ("victims", 8), ("victims", 6), ("suspects", 3)}
    text = ("Dua tersangka ditahan sejak pekan lalu. Polisi menyelamatkan lima perempuan dari sebuah wisma. "
            "Mereka diduga korban eksploitasi seksual.")
    assert ("suspects", 5) not in roles(text) and ("victims_rescued", 5) in roles(text)


def test_mereka_after_people_secured_still_makes_them_perpetrators() -> None:  # negative: no suspects in between
    text = ("Satu tersangka ditahan bulan lalu. Polisi kemudian mengamankan tiga orang di sebuah rumah. "
            "Mereka diduga sebagai perekrut dalam kasus TPPO.")
    assert roles(text) == {("suspects", 1), ("suspects", 3)}  # an article with tersangka: perpetrators are suspects


def test_a_part_coordinated_with_a_subset_is_a_subset_of_the_same_total() -> None:
    assert roles("Dari 120 korban TPPO, 70 di antaranya perempuan dan 15 masih anak-anak.") == {
        ("victims", 120), ("victims_female", 70), ("victims_child", 15)}
    assert roles("Dari 40 korban TPPO, 22 di antaranya laki-laki, 18 perempuan.") == {
        ("victims", 40), ("victims_male", 22), ("victims_female", 18)}
    # negative: a coordinated count with its own role noun keeps that role
    assert roles("Dari 50 korban TPPO, 30 di antaranya perempuan dan 6 tersangka ditahan.") == {
        ("victims", 50), ("victims_female", 30), ("suspects", 6)}


def test_a_subset_aged_under_18_is_children() -> None:
    text = "Polisi mencegat 15 calon pekerja migran ilegal di dermaga. Empat di antaranya masih berusia 15 tahun."
    assert roles(text) == {("victims_rescued", 15), ("victims_child", 4)}
    # negative: adults by age are no group of their own
    text = "Polisi mencegat 15 calon pekerja migran ilegal di dermaga. Empat di antaranya berusia 30 tahun."
    assert ("victims_child", 4) not in roles(text)


def test_a_subset_of_suspects_named_in_the_last_sentence_is_no_victim_group() -> None:
    text = "Polisi menangkap lima tersangka TPPO. Dua di antaranya adalah perempuan yang bertugas merekrut."
    assert roles(text) == {("suspects", 5)}
    # negative: a subset of victims named in the last sentence is still counted
    text = "Polisi memulangkan sepuluh korban TPPO. Tiga di antaranya adalah perempuan."
    assert roles(text) == {("victims", 10), ("victims_female", 3)}


def test_people_secured_and_suspected_of_a_deed_are_arrests() -> None:
    text = "Petugas juga mengamankan tiga pria berinisial AB (30), CD (28) dan EF (41) yang diduga mengatur perjalanan."
    assert roles(text) == {("arrests", 3)}
    assert roles("Polisi mengamankan dua orang yang diduga menampung para pekerja di gudang.") == {("arrests", 2)}
    # negative: "yang diduga" with a victim's verb keeps them rescued victims
    text = "Polisi mengamankan dua perempuan berinisial AS (19) dan BR (20) yang diduga hendak berangkat ke Malaysia."
    assert roles(text) == {("victims_rescued", 2), ("victims_female", 2)}
    assert roles("Polisi mengamankan tiga pria yang diduga menjadi korban TPPO.") == {
        ("victims_rescued", 3), ("victims_male", 3)}
    assert roles("Tiga orang yang diduga berupaya berangkat secara ilegal dicegat di pelabuhan.") == {
        ("victims_rescued", 3)}


def test_a_list_of_initials_whose_predicate_is_secured_or_arrested_is_arrests() -> None:
    text = ("Kasus eksploitasi pekerja terungkap. "
            "Dua penjaga gudang, berinisial KL (44) dan MN (39), diamankan untuk diperiksa.")
    assert ("arrests", 2) in roles(text)
    text = "Sopir kapal, pria berinisial GH (37), dan seorang kernet berinisial IJ (22) ditangkap di dermaga."
    assert roles(text) == {("arrests", 2)}
    # negative: victims named by initials stay victims
    assert ("arrests", 2) not in roles("Dua korban TPPO berinisial AS (19) dan BR (20) diamankan di pelabuhan.")


def test_a_group_whose_victim_verb_follows_its_home_region_or_trade_is_all_the_victims() -> None:
    text = "Enam perempuan asal Kabupaten Garut, Jawa Barat, yang hendak diberangkatkan ke Oman dicegat petugas."
    assert roles(text) == {("victims_rescued", 6), ("victims_female", 6)}
    text = "Dalam kasus TPPO itu, delapan perempuan pelayan kafe mengaku tidak pernah boleh berhenti bekerja."
    assert roles(text) == {("victims", 8), ("victims_female", 8)}
    # negative: a group with no victim verb in its clause is no victim total
    text = "Dalam kasus TPPO itu, polisi memeriksa lima perempuan pelayan kafe sebagai saksi di kantor."
    assert ("victims", 5) not in roles(text)


def test_victims_broken_down_by_foreign_country() -> None:
    text = ("KBRI mendata 120 WNI korban TPPO tahun ini. Terbanyak berada di Kamboja dengan 70 orang, "
            "disusul Myanmar 30 orang dan Laos 20 orang.")
    assert roles(text) == {("victims", 120), ("victims", 70), ("victims", 30), ("victims", 20)}
    # negative: people counted beside a country with no victims counted before or around them are no count
    assert roles("Delegasi dari Malaysia membawa 12 orang ke pertemuan di Jakarta.") == set()
    # negative: a country in the clause that is no breakdown ("bahasa Jepang") gives plain people no role
    text = ("Sebanyak 48 korban TPPO dipulangkan dari Jepang. "
            "Pemda menyiapkan kuota pelatihan bahasa Jepang bagi 200 pemuda tahun ini.")
    assert ("victims", 200) not in roles(text)


def test_people_an_agency_handles_are_victims() -> None:
    text = "Dalam kasus TPPO di luar negeri, KBRI Phnom Penh tahun ini telah menangani 85 WNI dari kompleks itu."
    assert roles(text) == {("victims", 85)}
    text = "Kasus TPPO itu kini ditangani UPTD PPA, yang mendampingi 14 orang asal Kabupaten Sumba Barat."
    assert roles(text) == {("victims", 14)}
    # negative: handled people named as perpetrators are not victims
    assert ("victims", 3) not in roles("Dalam kasus TPPO itu polisi menangani 3 orang yang diduga pelaku perekrutan.")


def test_seafarers_and_ship_crew_are_counted_people() -> None:
    assert roles("Sebanyak 12 pelaut asal Indonesia telantar di kapal ikan di perairan Somalia dalam kasus TPPO.") == {
        ("victims", 12)}
    assert roles("Tim gabungan menyelamatkan 16 awak kapal korban kerja paksa di Laut Arafura.") == {
        ("victims_rescued", 16)}
    # negative: seafarers who attended a meeting are no victims
    assert roles("Sebanyak 40 pelaut menghadiri sosialisasi pencegahan TPPO di pelabuhan.") == set()


def test_a_phone_line_number_is_no_count() -> None:
    assert roles("Warga diminta melaporkan dugaan TPPO melalui layanan pengaduan 110.") == set()
    assert roles("Korban TPPO dapat menghubungi hotline SAPA 129 kapan saja.") == set()
    # negative: a service that received reports counts them
    assert roles("Layanan pengaduan itu menerima 35 laporan TPPO sepanjang tahun.") == {("reports", 35)}


def test_a_rescue_verb_does_not_reach_across_bahwa() -> None:
    text = "Dalam kasus TPPO itu, penyidik menemukan bukti bahwa tiga anak lain sudah dijual ke luar kota."
    assert ("victims_rescued", 3) not in roles(text) and ("victims_child", 3) in roles(text)
    # negative: without the subordinate clause the rescue verb governs the number
    assert ("victims_rescued", 3) in roles("Dalam kasus TPPO itu, penyidik menyelamatkan tiga anak di sebuah rumah.")


def test_a_restated_group_said_to_be_all_of_one_sex_later_in_the_clause() -> None:
    text = ("Tujuh warga asal Kabupaten Garut dipulangkan dari Kamboja dalam kasus TPPO. "
            "Ketujuh warga itu berusia 19 sampai 25 tahun dan seluruhnya laki-laki.")
    assert roles(text) == {("victims", 7), ("victims_male", 7)}
    # negative: without the whole mark the ages say nothing of their sex
    text = ("Tujuh warga asal Kabupaten Garut dipulangkan dari Kamboja dalam kasus TPPO. "
            "Ketujuh warga itu berusia 19 sampai 25 tahun dan dua di antaranya laki-laki.")
    assert ("victims_male", 7) not in roles(text)


def test_a_subset_that_is_the_source_of_a_statement_is_no_count() -> None:
    text = ("Polisi memeriksa kasus TPPO yang menimpa delapan perempuan pekerja kafe. Mereka, menurut pengakuan "
            "tiga di antaranya, dipaksa melayani tamu.")
    assert ("victims_female", 3) not in roles(text)
    # negative: a subset stated as a fact is counted
    text = ("Polisi memeriksa kasus TPPO yang menimpa delapan perempuan pekerja kafe. Tiga di antaranya masih anak.")
    assert ("victims_child", 3) in roles(text)


def test_the_rest_of_a_breakdown_by_state_is_no_count_either() -> None:
    text = "Dalam kasus TPPO itu, tujuh dari sembilan korban sudah bekerja kembali, sementara dua korban masih dirawat."
    assert ("victims", 2) not in roles(text) and ("victims", 7) not in roles(text)
    # negative: a coordinated count that does not complete the total is a count of its own
    text = "Dalam kasus TPPO itu, tujuh dari sembilan korban sudah pulang, sementara tiga korban lain masih dicari."
    assert ("victims", 3) in roles(text)


def test_a_rescued_group_with_a_subset_of_children_is_still_all_the_victims() -> None:
    text = "Polisi menyelamatkan tujuh perempuan dari sebuah wisma dalam kasus TPPO, tiga di antaranya masih anak."
    assert roles(text) == {("victims_rescued", 7), ("victims_female", 7), ("victims_child", 3)}
    # negative: two separate groups in one sentence are a breakdown, not each the whole
    text = "Polisi menyelamatkan lima perempuan dan tiga anak dari tempat hiburan dalam kasus TPPO."
    assert ("victims_rescued", 5) not in roles(text)


def test_women_married_off_are_a_victim_group() -> None:
    text = "Tiga perempuan asal Kabupaten Kuningan yang dinikahkan dengan pria asing melalui perantara meminta pulang."
    assert roles(text) == {("victims", 3), ("victims_female", 3)}
    # negative: a wedding with no people married off is no victim group
    assert roles("Sebanyak 40 perempuan menghadiri pernikahan massal di alun-alun kota.") == set()


def test_people_counted_by_number_are_not_counted_again_by_their_initials() -> None:
    text = "Tiga pria berinisial AB (30), CD (28) dan EF (41) diamankan saat hendak berangkat ke Malaysia."
    assert ("arrests", 3) not in roles(text)
    # negative: with no number for them, the initials count the people secured
    assert roles("Dua penjaga kapal, berinisial AB (30) dan CD (28), ditangkap di dermaga.") == {("arrests", 2)}


def test_the_rest_of_a_subset_by_sex_takes_its_own_group_noun_or_the_other_sex() -> None:
    assert roles("Dari 18 korban TPPO, 10 di antaranya laki-laki sedangkan 8 lainnya perempuan.") == {
        ("victims", 18), ("victims_male", 10), ("victims_female", 8)}
    assert roles("Dari 12 korban TPPO, tujuh di antaranya perempuan, lima lainnya.") == {
        ("victims", 12), ("victims_female", 7), ("victims_male", 5)}
    # negative: the rest of the children, or a rest told by its origin, is no group count
    assert roles("Dari 18 korban TPPO, 10 di antaranya anak dan 8 lainnya dewasa.") == {
        ("victims", 18), ("victims_child", 10)}
    assert ("victims_female", 8) not in roles("Dari 18 korban TPPO, 10 di antaranya laki-laki dan 8 lainnya asal NTT.")


def test_a_headline_total_takes_the_rescued_role_the_body_gives_it() -> None:
    title = "Polda Ungkap 5 Perkara TPPO dengan 17 Korban"
    text = title + "\n\nPolda mengungkap 5 perkara TPPO. Jumlah korban yang diselamatkan mencapai 17 orang."
    assert {(c["role"], c["value"]) for c in extract_counts(text, title)} == {("cases", 5), ("victims_rescued", 17)}
    # negative: a body sentence (not the headline) with a plain total keeps its own role
    text = "Polda mengungkap 5 perkara TPPO dengan 17 korban. Polisi juga menyelamatkan 12 orang di pelabuhan."
    assert ("victims", 17) in roles(text)


def test_the_same_group_said_twice_in_one_sentence_is_one_group() -> None:
    text = ("Petugas mencegat lima perempuan yang hendak diberangkatkan ke Oman, dan lima perempuan itu kini "
            "ditampung di rumah singgah.")
    assert roles(text) == {("victims_rescued", 5), ("victims_female", 5)}
    # negative: two different groups in one sentence are a breakdown, neither of them the whole
    text = "Petugas mencegat lima perempuan dan tiga laki-laki yang hendak diberangkatkan ke Oman."
    assert ("victims_rescued", 5) not in roles(text)


# ---- round 4: breakdowns, link lines, group subsets --------------------------------------------------------------
def test_a_link_line_to_another_story_is_no_count() -> None:
    text = ("Polres Sikka menyelamatkan 12 korban TPPO di pelabuhan.\n"
            "Baca juga: Polisi Terima 1.250 Aduan Penipuan Daring Selama Januari\n"
            "Editor: Agus 2\n"
            "Empat tersangka kini ditahan.")
    assert roles(text) == {("victims_rescued", 12), ("suspects", 4)}
    # negative: "baca juga" inside a sentence is no link line
    text = "Polisi meminta warga membaca juga 3 laporan TPPO yang masuk pekan lalu."
    assert roles(text) == {("reports", 3)}


def test_headlines_listed_below_a_bare_link_phrase_are_no_counts() -> None:
    text = ("Polda Sumsel mencatat 12 kasus TPPO dengan 47 korban selama semester I.\n\n"
            "Baca juga:\nDua Pelajar Diamankan Usai Tawuran\nTiga Korban Banjir Dievakuasi dari Sungai\n\n"
            "Empat tersangka kini ditahan.")
    assert roles(text) == {("cases", 12), ("victims", 47), ("suspects", 4)}
    # negative: a sentence on the line below a link with its own headline is the article's again
    text = ("Baca juga: Polisi Bongkar Judi Daring\nPolisi menyelamatkan dua korban TPPO di Batam.")
    assert roles(text) == {("victims_rescued", 2)}


def test_men_secured_along_with_the_rescued_victims_are_arrests() -> None:
    text = ("Polisi menyelamatkan tujuh perempuan yang dipekerjakan sebagai pemandu lagu di sebuah karaoke. Selain "
            "itu, lima pria yang saat itu berada di dalam kamar karaoke turut diamankan.")
    assert ("arrests", 5) in roles(text) and ("victims_rescued", 5) not in roles(text)
    # negative: would-be migrants secured along with others are still victims
    text = ("Petugas menggagalkan keberangkatan tujuh perempuan calon PMI nonprosedural. Lima pria calon pekerja "
            "migran yang hendak berangkat ke Malaysia turut diamankan.")
    assert ("arrests", 5) not in roles(text)


def test_people_a_case_exploited_are_victims_whoever_is_apposed_after() -> None:
    text = ("Polresta Balikpapan menetapkan dua tersangka dalam kasus eksploitasi tujuh pemandu lagu di sebuah karaoke "
            "di Balikpapan Selatan, yakni pengelola berinisial HS (45) dan RN (29).")
    assert roles(text) == {("suspects", 2), ("victims", 7)}
    # negative: people apposed to their own number are who they are
    text = "Polisi mengamankan tiga orang di lokasi, yakni pemilik karaoke berinisial HS (45) dan dua penjaga."
    assert ("victims", 3) not in roles(text)


def test_women_counted_as_a_group_are_broken_down_by_origin() -> None:
    text = ("Enam perempuan dicegah di Bandara Haluoleo saat hendak terbang ke Abu Dhabi tanpa dokumen kerja. "
            "Keenamnya berasal dari Kabupaten Kolaka sebanyak empat orang dan Kabupaten Muna dua orang.")
    found = roles(text)
    assert ("victims_rescued", 4) in found and ("victims_rescued", 2) in found
    # negative: people a breakdown does not add up to stay uncounted
    text = ("Enam perempuan dicegah di Bandara Haluoleo saat hendak terbang ke Abu Dhabi tanpa dokumen kerja. "
            "Petugas juga memeriksa Kabupaten Kolaka sebanyak empat kali pekan ini.")
    assert ("victims_rescued", 4) not in roles(text)


def test_people_recruited_or_dispatched_told_by_a_noun_are_victims() -> None:
    text = ("Polisi menangkap tiga tersangka. Kasus itu bermula dari perekrutan enam warga Kalsel ke perusahaan "
            "penipuan daring di Kamboja.")
    assert ("victims", 6) in roles(text)


def test_bare_numbers_told_by_origin_are_a_breakdown_when_they_add_up() -> None:
    text = ("Petugas imigrasi menunda keberangkatan tujuh perempuan calon pekerja migran nonprosedural. "
            "Dari tujuh orang itu, empat berasal dari Kabupaten Cianjur, dua dari Kabupaten Garut, dan satu dari "
            "Kota Bandung.")
    found = roles(text)
    assert {("victims_rescued", 4), ("victims_rescued", 2), ("victims_rescued", 1)} <= found
    text = ("Polisi mengidentifikasi sepuluh perempuan yang dijual ke tempat hiburan malam. Tujuh berasal dari "
            "Kabupaten Indramayu dan tiga dari Kabupaten Subang.")
    assert roles(text) == {("victims", 10), ("victims_female", 10), ("victims", 7), ("victims", 3)}
    # negative: parts that add up to no group are no breakdown ("dua di antaranya asal ..." of four is partial)
    text = ("Sebanyak 12 korban TPPO dipulangkan dari Malaysia. Lima berasal dari Kabupaten Sikka dan dua dari "
            "Kabupaten Ende.")
    assert roles(text) == {("victims", 12)}


def test_the_group_a_sentence_partitions_makes_its_parts_victims() -> None:
    text = ("Sebanyak 15 pekerja asal Sulawesi Barat dipulangkan dari Sarawak karena tak berdokumen. Petugas "
            "menjelaskan, dari 15 orang tersebut sembilan laki-laki dewasa, empat perempuan, dan dua anak.")
    assert {("victims_male", 9), ("victims_female", 4), ("victims_child", 2)} <= roles(text)
    # negative: a partition of a number that counts no victims gives no victim parts
    text = "Dari 15 peserta sosialisasi, sembilan laki-laki dan enam perempuan."
    assert roles(text) == set()


def test_victims_that_are_children_after_a_copula_are_a_part_of_a_larger_total() -> None:
    text = "Polda mencatat 120 korban TPPO sepanjang tahun. Sebanyak 30 korban masih anak-anak."
    assert roles(text) == {("victims", 120), ("victims_child", 30)}
    # negative: without a larger total the children are all the victims
    assert roles("Sebanyak 30 korban TPPO itu masih anak-anak.") == {("victims", 30), ("victims_child", 30)}


def test_a_whole_group_said_after_a_comma() -> None:
    assert roles("Total ada enam korban TPPO, semua perempuan, asal Kabupaten Garut.") == {
        ("victims", 6), ("victims_female", 6)}
    # negative: "semua" before a verb names no group
    assert roles("Total ada enam korban TPPO, semua dipulangkan ke Kabupaten Garut.") == {("victims", 6)}


def test_a_region_after_a_capitalised_origin_word_scopes_the_count() -> None:
    text = ("Polisi menyelamatkan 20 korban TPPO. Para korban berasal dari berbagai daerah. "
            '"Asal Jawa Tengah 11 orang dan Nusa Tenggara Barat 9 orang," ujarnya.')
    scopes = {(c["role"], c["value"], c["scope"]) for c in extract_counts(text)}
    assert {("victims_rescued", 11, "Jawa Tengah"), ("victims_rescued", 9, "Nusa Tenggara Barat")} <= scopes


def test_an_earlier_sentence_that_names_trafficking_and_another_crime_leaves_the_article_topic() -> None:
    text = ("Polisi membongkar sindikat TPPO yang mempekerjakan warga di perusahaan judi daring. "
            "Dari 20 korban, 12 laki-laki dan 8 perempuan.")
    assert {("victims_male", 12, True), ("victims_female", 8, True)} <= pairs(text)
    # negative: a sentence about another crime alone still sets the topic of the count after it
    text = ("Polisi juga mengungkap kasus judi daring di Jakarta. Sebanyak 14 orang ditangkap dalam kasus itu. "
            "Kasus TPPO lain sedang diselidiki.")
    assert ("arrests", 14, True) not in pairs(text)


def test_victims_rescued_in_an_object_first_passive() -> None:
    text = ('Polisi mengungkap jaringan TPPO yang merekrut 14 warga dari Kabupaten Bone.\n\n'
            '"Korban kami selamatkan di Terminal Bira sebelum naik bus," ujarnya.')
    assert roles(text) == {("victims_rescued", 14)}
    # negative: a pronoun before a verb that is no rescue changes nothing
    text = ('Polisi mengungkap jaringan TPPO yang merekrut 14 warga dari Kabupaten Bone.\n\n'
            '"Korban kami mintai keterangan di Bira," ujarnya.')
    assert roles(text) == {("victims", 14)}


def test_people_secured_of_whom_a_part_is_named_suspects() -> None:
    text = ("Satgas TPPO mengamankan lima orang yang diduga terlibat pengiriman PMI ilegal. Setelah diperiksa, tiga "
            "di antaranya ditetapkan sebagai tersangka, sedangkan dua lainnya dipulangkan sebagai saksi.")
    assert roles(text) == {("arrests", 5), ("suspects", 3)}  # the five secured, not all of them suspects
    # negative: people secured and all named suspects are the suspects
    text = ("Satgas TPPO mengamankan lima orang yang diduga terlibat pengiriman PMI ilegal. Kelimanya kini "
            "berstatus tersangka.")
    assert roles(text) == {("suspects", 5)}


def test_people_said_to_be_no_suspects_yet_are_arrests() -> None:
    text = ("Polisi menetapkan RM sebagai tersangka. Selain RM, polisi juga mengamankan dua pria yang berada di kafe "
            "saat penggerebekan. Keduanya belum ditetapkan sebagai tersangka.")
    assert roles(text) == {("arrests", 2)}
    text = "Polisi mengamankan dua pria di lokasi. Keduanya masih diperiksa dan belum ditetapkan tersangka."
    assert roles(text) == {("arrests", 2)}
    text = ("Polisi menetapkan HT sebagai tersangka. Polisi juga mengamankan dua penjaga penampungan yang masih "
            "berstatus saksi.")
    assert ("arrests", 2) in roles(text) and ("suspects", 2) not in roles(text)
    # people only heard as witnesses were neither held nor suspects
    text = "Polisi menetapkan HT sebagai tersangka dan memeriksa dua pengurus lembaga penyalur sebagai saksi."
    assert ("arrests", 2) not in roles(text)
    # the victims heard as witnesses ("saksi korban") are still the victims, no people held
    text = ("Imigrasi mencegah keberangkatan empat pemuda ke Kamboja. Keempat pemuda itu dicegah berangkat oleh "
            "Imigrasi. Polisi sudah memeriksa keempat pemuda sebagai saksi korban.")
    assert ("arrests", 4) not in roles(text)
    # negative: named suspects are suspects
    assert roles("Polisi mengamankan dua pria. Keduanya kini berstatus tersangka.") == {("suspects", 2)}


def test_a_headline_number_of_people_secured_is_the_group_of_suspects() -> None:
    title = "Polres Dumai Amankan 4 Orang Pengirim PMI Ilegal"
    text = title + "\n\nPolres Dumai mengamankan empat orang yang diduga terlibat pengiriman PMI ilegal ke Malaysia."
    assert {(c["role"], c["value"]) for c in extract_counts(text, title)} == {("arrests", 4)}
    # negative: people secured in a headline whose body rescues them stay rescued victims
    title = "Polres Dumai Amankan 4 Orang Calon PMI Ilegal"
    text = title + "\n\nPolres Dumai mengamankan empat calon PMI ilegal yang hendak berangkat ke Malaysia."
    assert {(c["role"], c["value"]) for c in extract_counts(text, title)} == {("victims_rescued", 4)}


def test_the_rest_of_a_group_of_suspects_is_no_new_count() -> None:
    text = ("Polisi menetapkan tiga tersangka TPPO. Tersangka berinisial AR (40) berperan sebagai perekrut. "
            "Dua tersangka lain, BS (35) dan CT (31), mengurus paspor.")
    assert roles(text) == {("suspects", 3)}
    # negative: "lainnya" after a group that names nobody alone adds people
    text = "Polisi menetapkan dua tersangka TPPO. Satu tersangka lainnya masih buron."
    assert roles(text) == {("suspects", 2), ("suspects", 1)}


def test_a_subset_of_people_told_by_their_state_is_no_count() -> None:
    text = ("Sebanyak 15 ABK korban TPPO dipulangkan dari Fiji. Mereka tidak digaji setahun, dan tiga di antaranya "
            "mengalami luka akibat dipukul mandor.")
    assert roles(text) == {("victims", 15)}
    # negative: a subset told by its origin or by a suspect status keeps the count
    text = "Sebanyak 15 ABK korban TPPO dipulangkan dari Fiji. Tiga di antaranya berasal dari Kabupaten Tegal."
    assert ("victims", 3) in roles(text)
    text = ("Polisi mengamankan tujuh orang yang diduga terlibat TPPO. Lima di antaranya ditetapkan sebagai "
            "tersangka.")
    assert ("suspects", 5) in roles(text)


def test_a_group_of_children_broken_down_by_sex() -> None:
    text = ("Petugas mencegat enam anak yang hendak dibawa bekerja ke Malaysia. Keenam anak, empat laki-laki dan dua "
            "perempuan, berasal dari Kabupaten Sambas.")
    assert {("victims_child", 6), ("victims_male", 4), ("victims_female", 2)} <= roles(text)
    # negative: numbers of men and women that add up to no group are no breakdown of it
    text = ("Petugas mencegat enam anak yang hendak dibawa bekerja ke Malaysia. Di lokasi itu juga ada empat "
            "laki-laki dan tiga perempuan pengunjung.")
    assert ("victims_male", 4) not in roles(text)


def test_people_counted_before_a_sentence_naming_them_participants_are_the_victims() -> None:
    text = ("Sebanyak 24 lulusan sebuah lembaga kursus melapor ke polisi setelah magang di Jepang berujung kerja "
            "paksa. Para peserta, 15 laki-laki dan sembilan perempuan, berangkat pada Maret.")
    assert {("victims", 24), ("victims_male", 15), ("victims_female", 9)} <= roles(text)
    # negative: participants counted in the sentence itself are attendees
    assert roles("Sosialisasi TPPO diikuti 50 peserta, 30 perempuan dan 20 laki-laki.") == set()


def test_a_group_restated_by_its_number_is_broken_down_however_far_back_it_was_told() -> None:
    lead = ("Petugas imigrasi di Bandara Kualanamu menunda keberangkatan sembilan warga yang terdaftar sebagai "
            "calon jemaah umrah. Mereka diduga akan bekerja secara nonprosedural di Arab Saudi. ")
    middle = ("Kecurigaan muncul karena mereka tidak membawa perlengkapan ibadah. Visa umrah hanya dipakai untuk "
              "masuk. Modus ini sudah lama dipakai perekrut. Petugas lalu mewawancarai mereka satu per satu. ")
    breakdown = "Kesembilan warga itu terdiri atas tujuh perempuan dan dua laki-laki."
    found = roles(lead + middle + breakdown)
    assert {("victims_female", 7), ("victims_male", 2)} <= found
    assert ("victims_rescued", 9) in found or ("victims", 9) in found
    # negative: a breakdown of another number restates nobody told before
    other = roles(lead + middle + "Sebelas warga lain terdiri atas tujuh perempuan dan empat laki-laki.")
    assert ("victims_female", 7) not in other


def test_people_counted_by_the_home_a_sentence_names_break_down_the_victims_told_before() -> None:
    text = ("BP3MI mencegah keberangkatan 210 calon pekerja migran nonprosedural sepanjang tahun ini. Sebagian besar "
            "hendak berangkat ke Malaysia lewat pelabuhan. Petugas lalu mendata mereka. \"Daerah asal terbanyak dari "
            "Kabupaten Bone sebanyak 48 orang, kemudian Kabupaten Wajo 33 orang,\" katanya.")
    assert {("victims_rescued", 48), ("victims_rescued", 33)} <= roles(text)
    # negative: without victims counted before, people by home are no victims
    assert roles("Daerah asal terbanyak dari Kabupaten Bone sebanyak 48 orang, kemudian Kabupaten Wajo 33 orang.") \
        == set()


def test_people_counted_as_residents_of_a_regency_break_down_the_total_they_add_up_to() -> None:
    text = ("Polisi menggagalkan pengiriman sembilan warga ke Malaysia secara ilegal. Mereka dicegat di sebuah mobil "
            "sewaan. Kapolres mengatakan kesembilan warga itu terdiri atas enam laki-laki dan tiga perempuan. Enam "
            "orang warga Kabupaten Pinrang dan tiga lainnya berasal dari Kabupaten Sidrap.")
    found = roles(text)
    assert {("victims_rescued", 9), ("victims_male", 6), ("victims_female", 3)} <= found
    assert {("victims_rescued", 6), ("victims_rescued", 3)} <= found
    # negative: residents counted where no group of victims was told are no breakdown
    assert roles("Sosialisasi pencegahan TPPO itu dihadiri 40 orang warga Kabupaten Pinrang.") == set()


def test_people_whose_passports_are_refused_or_held_back_are_stopped_like_a_departure() -> None:
    text = ("Kantor Imigrasi menolak permohonan paspor empat warga Kabupaten Sambas yang diduga akan diberangkatkan "
            "ke Malaysia secara nonprosedural.")
    assert ("victims_rescued", 4) in roles(text)
    text = "Imigrasi menunda penerbitan paspor bagi 19 pemohon yang diduga akan bekerja sebagai ABK di Taiwan."
    assert ("victims_rescued", 19) in roles(text)
    # negative: applicants served are no one stopped
    assert roles("Setiap hari kantor imigrasi itu melayani 300 pemohon paspor.") == set()


def test_a_periods_victim_total_beside_a_rescue_stays_a_tally() -> None:
    text = ("Satgas TPPO menerima 20 laporan polisi pada semester pertama 2026. Direktur mengatakan jumlah korban pada "
            "semester pertama tahun ini mencapai 95 orang. Selain itu, BP3MI mencegah keberangkatan 140 calon PMI "
            "nonprosedural.")
    found = roles(text)
    assert ("victims", 95) in found and ("victims_rescued", 140) in found
    # negative: people the article's rescue saved, counted without a period, are rescued
    text = ("Polisi menggerebek sebuah penampungan dan menyelamatkan 12 perempuan. Jumlah korban mencapai 12 orang, "
            "delapan di antaranya asal Cianjur.")
    assert ("victims_rescued", 12) in roles(text)


def test_a_total_of_which_a_part_is_trafficking_is_not_all_trafficking() -> None:
    title = "UPTD PPA Tangani 640 Kasus hingga Juni, 25 di Antaranya TPPO"
    text = title + "\n\nUPTD PPA mencatat 640 kasus kekerasan. Dari jumlah itu, 25 kasus merupakan TPPO."
    found = {(c["role"], c["value"], c["about_tppo"]) for c in extract_counts(text, title)}
    assert ("cases", 640, False) in found and ("cases", 25, True) in found
    # negative: a total said to be trafficking stays so
    text = "Polda mencatat 64 kasus TPPO, 25 di antaranya melibatkan anak."
    assert ("cases", 64, True) in pairs(text)


def test_an_article_that_counts_its_victims_only_as_one_group() -> None:
    text = ("Tiga perempuan asal Kabupaten Sambas berhasil pulang dari Tiongkok setelah dinikahkan dengan pria "
            "setempat. Mereka dijemput DP3A.")
    assert roles(text) == {("victims", 3), ("victims_female", 3)}
    # negative: a group beside a victim total is a part of it, and a subset is never the whole
    text = "Polisi menyelamatkan 10 korban TPPO. Tiga perempuan di antara mereka dipaksa bekerja di kafe."
    assert ("victims", 3) not in roles(text)
    assert roles("Dari ke-9 kasus TPPO itu, empat di antaranya adalah anak.") == {("victims_child", 4)}


def test_people_counted_by_their_names() -> None:
    text = "Penyidik menemukan daftar 30 nama perempuan yang pernah diberangkatkan jaringan TPPO itu ke Malaysia."
    assert roles(text) == {("victims", 30), ("victims_female", 30)}
    # negative: names of things are no people
    assert roles("Penyidik memeriksa 30 nama rekening yang dipakai jaringan TPPO itu.") == set()


def test_foreign_workers_are_no_victims_of_indonesian_trafficking() -> None:
    text = "Dalam razia kompleks penipuan itu, polisi menyelamatkan 12 WNI dan mengamankan 300 pekerja asing."
    assert roles(text) == {("victims_rescued", 12)}
    # negative: Indonesian workers are
    text = "Dalam razia kompleks penipuan itu, polisi menyelamatkan 12 pekerja asal Indonesia."
    assert roles(text) == {("victims_rescued", 12)}


def test_people_suspected_of_a_role_that_is_no_victim_are_perpetrators() -> None:
    text = ("Petugas menggagalkan keberangkatan 20 calon PMI ilegal dan mengamankan dua pria yang diduga menjadi "
            "pengurus keberangkatan.")
    assert roles(text) == {("victims_rescued", 20), ("arrests", 2)}
    # negative: people suspected to be victims are victims
    text = "Petugas mengamankan dua perempuan yang diduga menjadi korban TPPO di pelabuhan."
    assert ("arrests", 2) not in roles(text)


def test_a_restated_group_broken_down_by_origin_far_from_its_total() -> None:
    text = ("Kemlu memulangkan sepuluh WNI korban TPPO dari Kamboja. Mereka tiba di Jakarta pada Selasa malam. "
            "Mereka sempat ditahan di kompleks perusahaan. Keluarga menjemput di bandara. "
            "Tujuh dari sepuluh WNI itu berasal dari Kabupaten Karawang. Tiga lainnya warga Kota Bekasi.")
    assert {("victims", 10), ("victims", 7), ("victims", 3)} <= roles(text)
    # negative: a part of a number never counted as victims is no victim count
    text = "Tujuh dari sepuluh WNI itu berasal dari Kabupaten Karawang."
    assert roles(text) == set()


def test_suspects_named_by_initials_that_open_the_sentence() -> None:
    text = "Polisi membongkar TPPO anak di Kendari. AD dan istrinya, RK (41), kini ditetapkan sebagai tersangka."
    assert roles(text) == {("suspects", 2)}
    text = ('Polisi merazia panti pijat di Sampit. Pemilik panti berinisial TW (47) dan seorang "bos" '
            'berinisial GL (36) sudah diamankan.')
    assert roles(text) == {("arrests", 2)}
    # negative: one person named alone is no count
    assert roles("Polisi membongkar TPPO anak di Kendari. AD (45) kini ditetapkan sebagai tersangka.") == set()


def test_people_who_complain_in_a_trafficking_story_are_victims() -> None:
    text = "Sebanyak 12 mahasiswa korban magang palsu ke Korea mengadu ke DPRD."
    assert roles(text) == {("victims", 12)}
    text = "Sebanyak 12 mahasiswa yang dikirim magang ke Korea melapor ke Polda karena dipaksa kerja kasar."
    assert roles(text) == {("victims", 12)}
    # negative: people who only attend a hearing are no victims
    assert roles("Sebanyak 12 mahasiswa menghadiri sosialisasi TPPO di DPRD.") == set()


def test_foreign_men_in_a_bride_scheme_are_no_victims() -> None:
    text = "Korban TPPO itu dipaksa menikah dengan dua pria warga negara asing dalam dua tahun."
    assert roles(text) == set()
    # negative: Indonesian women in the same scheme are
    text = "Polisi mengidentifikasi tiga perempuan yang menjadi korban kawin kontrak dengan turis."
    assert roles(text) == {("victims", 3), ("victims_female", 3)}


def test_groups_listed_after_a_total_of_suspects_are_its_parts() -> None:
    text = ("Keempat tersangka TPPO adalah AB (33), pemilik rumah; serta tiga perekrut, CD (40), EF (29) dan GH (37), "
            "warga Kabupaten Kupang.")
    assert roles(text) == {("suspects", 4)}
    # negative: a total that announces no list leaves other counts alone
    text = "Polisi menetapkan tiga tersangka TPPO dan masih memburu dua perantara lain."
    assert ("suspects", 3) in roles(text)


def test_a_passive_verb_written_as_two_words() -> None:
    text = "Polisi mengungkap kasus TPPO di Batam. Sebanyak 12 warga yang di selamatkan berasal dari NTB."
    assert roles(text) == {("victims_rescued", 12)}
    text = ("Sebanyak 9 calon PMI ilegal hendak berangkat ke Malaysia lewat jalur tikus. Para korban di amankan di "
            "pelabuhan.")
    assert roles(text) == {("victims_rescued", 9)}
    # negative: "di" before a word that is no such verb stays a preposition
    text = "Polisi mengungkap kasus TPPO di Batam. Sebanyak 12 warga yang di periksa berasal dari NTB."
    assert roles(text) == set()


def test_a_part_of_a_group_by_its_age_keeps_the_group_whole() -> None:
    text = "Dalam kasus TPPO itu, penyidik mendapati 2 dari 6 korban masih di bawah umur."
    assert roles(text) == {("victims", 6), ("victims_child", 2)}
    text = "Korban TPPO itu ada 3 orang. Satu orang di antaranya masih berusia 15 tahun."
    assert roles(text) == {("victims", 3), ("victims_child", 1)}
    # negative: "N orang di antaranya" after no larger group names the group itself
    text = "Satgas TPPO Polda Gorontalo mencatat total korban 23 orang di antaranya anak-anak."
    assert ("victims", 23) in roles(text) and ("victims_child", 23) not in roles(text)


def test_bodies_brought_home_are_no_count_of_victims() -> None:
    assert roles("Sepanjang tahun itu tercatat 120 jenazah PMI korban TPPO dipulangkan ke NTT.") == set()
    # negative: living victims brought home are
    assert roles("Sepanjang tahun itu tercatat 120 PMI korban TPPO dipulangkan ke NTT.") == {("victims", 120)}


def test_a_breakdown_by_the_country_the_victims_came_back_from() -> None:
    text = ("Korban TPPO yang berhasil dipulangkan berjumlah 30 orang, yakni 21 orang dari Malaysia dan 9 orang dari "
            "Kamboja.")
    assert roles(text) == {("victims", 30), ("victims", 21), ("victims", 9)}
    # negative: people from a country in a sentence with no victims are no count
    assert roles("Pameran itu dikunjungi 21 orang dari Malaysia.") == set()


def test_a_breakdown_by_month() -> None:
    text = "Sepanjang 2024 Polda mencatat kasus TPPO: Januari 5 kasus, Februari 7 kasus, dan Maret 3 kasus."
    assert roles(text) == {("cases", 5), ("cases", 7), ("cases", 3)}
    # negative: a month before a number that counts nothing is a date
    assert roles("Kasus TPPO itu terungkap pada Januari 5 lalu.") == set()


def test_a_role_noun_far_before_its_connector_and_number() -> None:
    assert roles("Korban TPPO yang merupakan warga Desa Sukamaju ini berjumlah 5 orang.") == {("victims", 5)}
    # negative: without a connector the far noun does not reach the number
    assert roles("Korban TPPO yang merupakan warga Desa Sukamaju ini ditemui 5 wartawan.") == set()


def test_people_secured_then_named_suspects_or_perpetrators_are_never_rescued_victims() -> None:
    text = "Dalam kasus TPPO itu polisi mengamankan dua pria, AS (30) dan BT (28), yang berstatus tersangka."
    assert roles(text) == {("suspects", 2)}
    text = "Petugas mengamankan tiga orang di pelabuhan. Ketiganya diduga calo pengiriman PMI ilegal dalam kasus TPPO."
    assert roles(text) == {("arrests", 3)}
    # negative: people secured who are then told to be migrants are rescued victims
    text = ("Petugas mengamankan tiga orang di pelabuhan dalam kasus TPPO. Ketiganya calon PMI yang hendak ke "
            "Malaysia.")
    assert roles(text) == {("victims_rescued", 3)}


def test_people_placed_legally_before_their_number_are_no_victims() -> None:
    text = ("Jumlah PMI asal NTT yang berangkat secara resmi tahun ini 1.200 orang, sementara 300 orang berangkat "
            "nonprosedural dan menjadi korban TPPO.")
    assert roles(text) == {("victims", 300)}
    # negative: a negated legal word does not clear them
    text = "Jumlah PMI asal NTT yang berangkat tidak resmi tahun ini 1.200 orang dan menjadi korban TPPO."
    assert roles(text) == {("victims", 1200)}


def test_suspects_listed_by_initials_and_ages_without_a_noun_before() -> None:
    text = "Dalam kasus TPPO itu, polisi menetapkan AS (30), BT (25), dan CR (40) sebagai tersangka."
    assert roles(text) == {("suspects", 3)}
    assert roles("Kasus TPPO. Para tersangka, AS (30) dan BT (25), dijerat Pasal 2 UU TPPO.") == {("suspects", 2)}
    # negative: victims listed by initials are no suspects (they are victims, children by their ages), and people
    # with no role stay uncounted
    assert roles("Kasus TPPO. Korban berinisial NS (17) dan RA (16) dijual ke tempat hiburan.") == {
        ("victims", 2), ("victims_child", 2)}
    assert roles("Kasus TPPO. AS (30) dan BT (25) kini mendekam di sel tahanan Polres.") == set()


def test_people_stopped_from_leaving_right_after_the_verb_are_rescued() -> None:
    text = "Sepanjang tahun ini BP3MI telah mencegah 1.142 calon pekerja migran nonprosedural berangkat."
    assert roles(text) == {("victims_rescued", 1142)}
    # negative: prevention of trafficking in general rescues nobody
    text = "Upaya mencegah TPPO di desa itu melibatkan 20 korban TPPO yang sudah pulang sebagai penyuluh."
    assert roles(text) == {("victims", 20)}


def test_a_negated_legal_word_a_few_words_on_leaves_the_victims() -> None:
    text = "Petugas menggagalkan keberangkatan 19 calon pekerja migran tanpa dokumen resmi ke Malaysia."
    assert roles(text) == {("victims_rescued", 19)}
    # negative: a legal word said of them clears them
    assert roles("Sebanyak 19 calon pekerja migran berangkat dengan dokumen resmi ke Malaysia.") == set()


def test_origin_parts_with_and_without_a_noun_add_up_together() -> None:
    text = ("Sebanyak 21 WNI korban TPPO tiba dari Kamboja. Dari 21 WNI tersebut, sembilan orang berasal dari Jawa "
            "Timur, tujuh dari Lampung dan lima dari Bali.")
    assert {("victims", 21), ("victims", 9), ("victims", 7), ("victims", 5)} <= roles(text)


def test_origin_parts_said_to_be_residents_of_a_region() -> None:
    text = ("Kedua tersangka merekrut lima anak perempuan untuk siaran langsung itu. Tiga anak merupakan warga Kota "
            "Cilegon dan dua lainnya dari Kabupaten Serang.")
    assert {("victims", 5), ("victims", 3), ("victims", 2)} <= roles(text)


def test_a_part_of_a_group_said_with_di_antara() -> None:
    text = "Pengelola kafe itu mempekerjakan enam perempuan. Dua di antara enam korban masih berusia anak."
    found = roles(text)
    assert ("victims_child", 2) in found and ("victims_child", 6) not in found
    # negative: "di antara" after no number is no part
    assert ("victims_child", 2) in roles("Polisi menyelamatkan enam korban TPPO. Dua di antaranya masih anak.")


def test_a_contrasting_clause_ends_the_reach_of_an_arrest_verb() -> None:
    text = ("Dua makelar kawin kontrak ditangkap, sementara tiga perempuan yang dinikahkan dengan wisatawan "
            "diamankan untuk dimintai keterangan.")
    found = roles(text)
    assert ("victims_rescued", 3) in found and ("suspects", 3) not in found and ("arrests", 3) not in found


def test_people_offered_to_clients_are_victims_and_clients_hunted_are_no_count() -> None:
    text = ("Polisi menangkap dua pemuda yang menawarkan tiga siswi SMP kepada pria dewasa. Polisi juga memburu "
            "empat pria dewasa yang diduga memesan korban. Kedua pemuda itu kini tersangka.")
    found = roles(text)
    assert {("victims_child", 3), ("victims_female", 3)} <= found and ("suspects", 4) not in found
    # negative: people held are counted
    text = "Polisi menangkap empat pria dewasa yang diduga memesan korban TPPO."
    assert ("arrests", 4) in roles(text)


def test_the_rest_named_witnesses_and_years_before_suspects_are_no_count() -> None:
    text = ("Dari delapan orang yang diamankan, dua orang berinisial AB (41) dan CD (36) ditetapkan tersangka TPPO. "
            "Enam lainnya masih berstatus saksi.")
    assert ("suspects", 6) not in roles(text)
    assert roles("Sejak 2021 para tersangka TPPO itu menjual 15 bayi.") == {("victims", 15), ("victims_child", 15)}


def test_a_group_of_which_only_a_part_is_said_to_be_victims_is_not_all_trafficking() -> None:
    text = ("BP3MI menerima 40 PMI yang dideportasi dari Malaysia karena tak berdokumen. \"Dari hasil asesmen, delapan "
            "orang di antaranya terindikasi sebagai korban TPPO,\" katanya. Sementara 32 PMI lainnya habis izin "
            "tinggalnya.")
    found = pairs(text)
    assert ("victims", 40, False) in found and ("victims", 32, False) in found and ("victims", 8, True) in found
    # negative: a group called victims itself stays trafficking victims
    text = ("BP3MI menerima 40 korban TPPO yang dideportasi dari Malaysia. Delapan orang di antaranya masih anak.")
    assert ("victims", 40, True) in pairs(text)


def test_a_group_coordinated_with_a_subset_by_sex() -> None:
    text = ("Sebanyak 21 WNI korban TPPO tiba dari Kamboja. Sebanyak 15 orang di antaranya laki-laki dan enam "
            "perempuan.")
    assert {("victims_male", 15), ("victims_female", 6)} <= roles(text)
    # negative: a group after "dan" with no subset before it and no victims around is no count
    assert roles("Rapat itu dihadiri 15 orang pejabat dan enam perempuan pengusaha.") == set()


def test_victims_whose_ages_are_all_under_18_are_children() -> None:
    text = "Polisi menyelamatkan lima korban TPPO berusia 14 hingga 17 tahun di sebuah kafe."
    assert roles(text) == {("victims_rescued", 5), ("victims_child", 5)}
    text = "Petugas menyelamatkan dua korban TPPO di pelabuhan. Kedua korban berusia 15 dan 16 tahun."
    assert roles(text) == {("victims_rescued", 2), ("victims_child", 2)}
    # negative: an adult among the ages makes no group of children, and a part of a larger total is only a part
    assert roles("Polisi menyelamatkan lima korban TPPO berusia 17 hingga 25 tahun.") == {("victims_rescued", 5)}
    text = "Polisi menyelamatkan 90 korban TPPO. Sebanyak 5 korban berusia 15 hingga 17 tahun."
    assert roles(text) == {("victims_rescued", 90), ("victims_child", 5)}


def test_children_of_someone_are_no_victims() -> None:
    text = "Korban TPPO itu dipaksa bekerja tanpa upah mengasuh tiga anak majikan di Kuala Lumpur."
    assert roles(text) == set()
    # negative: children who are the victims are counted
    text = "Korban TPPO itu bersama tiga anak lain dipaksa bekerja tanpa upah di Kuala Lumpur."
    assert ("victims_child", 3) in roles(text)


def test_a_part_of_the_suspects_is_no_count_of_its_own() -> None:
    text = "Polisi menetapkan tiga tersangka TPPO. Dua dari tiga tersangka itu merupakan residivis."
    assert roles(text) == {("suspects", 3)}
    # negative: a part of the victims by region is a breakdown and counts
    text = "Polisi menyelamatkan lima korban TPPO. Dua dari lima korban itu berasal dari Kabupaten Sikka."
    assert ("victims_rescued", 2) in roles(text) or ("victims", 2) in roles(text)


def test_a_partition_opened_with_dari_total() -> None:
    text = ("Sebanyak 12 pekerja asal NTT dipulangkan dari Sabah karena tak berdokumen. Petugas menjelaskan, dari "
            "total 12 orang itu tujuh laki-laki dewasa, tiga perempuan, dan dua anak.")
    assert {("victims_male", 7), ("victims_female", 3), ("victims_child", 2)} <= roles(text)
    # negative: "dari total" of a number never counted as victims opens no partition of victims
    assert roles("Dari total 12 peserta rapat, tujuh laki-laki dan lima perempuan.") == set()


# ---- round 5
def test_parts_told_by_origin_after_a_person_word_add_up_to_the_rescued_total() -> None:
    text = ("Petugas imigrasi menunda keberangkatan tujuh perempuan yang hendak terbang ke Jeddah. Mereka berusia "
            "20 hingga 40 tahun. Empat orang berasal dari Kabupaten Brebes, dua dari Kabupaten Tegal dan satu orang "
            "dari Kota Cirebon.")
    assert roles(text) == {("victims_rescued", 7), ("victims_female", 7), ("victims_rescued", 4),
                           ("victims_rescued", 2), ("victims_rescued", 1)}
    text = ("Polisi menyelamatkan lima perempuan dari penampungan calo TPPO. "
            "Tiga perempuan berasal dari Kabupaten Sikka dan dua dari Kabupaten Ende.")
    assert roles(text) == {("victims_rescued", 5), ("victims_female", 5), ("victims_rescued", 3),
                           ("victims_rescued", 2)}


def test_a_subset_and_its_rest_told_by_origin_are_victims_not_the_groups_sex() -> None:
    text = ("Sebanyak delapan perempuan berhasil diselamatkan dari rumah penampungan calo TPPO. "
            "Lima di antaranya berasal dari Kabupaten Kupang dan tiga lainnya dari Kabupaten Belu.")
    assert roles(text) == {("victims_rescued", 8), ("victims_female", 8), ("victims_rescued", 5),
                           ("victims_rescued", 3)}


def test_a_group_told_by_origin_that_adds_up_to_nothing_keeps_its_group() -> None:
    text = ("Kasus TPPO itu terungkap di Batam. Empat perempuan berasal dari Kabupaten Cianjur dijanjikan kerja "
            "di restoran, lalu menjadi korban.")
    assert ("victims_female", 4) in roles(text)
    assert ("victims", 4) in roles(text)


def test_a_story_that_never_names_trafficking_counts_its_people_as_trafficking() -> None:
    text = ("Pemuda itu menawarkan video asusila anak kepada pria hidung belang lewat Telegram. Konten asusila itu "
            "dijual Rp 50 ribu. Dari hasil penyidikan, tiga anak perempuan menjadi korban. Ketiga korban kini "
            "didampingi psikolog.")
    assert pairs(text) == {("victims", 3, True), ("victims_child", 3, True), ("victims_female", 3, True)}


def test_a_count_beside_another_crime_in_its_own_sentence_stays_off_topic_in_a_covert_story() -> None:
    text = ("Pemuda itu menawarkan video asusila anak kepada pria hidung belang lewat Telegram. "
            "Polisi juga mencatat 5 kasus asusila lain di kota itu.")
    assert pairs(text) == {("cases", 5, False)}
    text = "Polisi mengungkap 8 kasus pencurian kendaraan bermotor dengan 10 tersangka."
    assert pairs(text) == {("cases", 8, False), ("suspects", 10, False)}


def test_people_who_report_an_agent_are_complainants_not_agents() -> None:
    text = ("Enam mahasiswa asal Kota Kendari melaporkan sebuah agen pendidikan ke Polda karena dijanjikan "
            "beasiswa di Taiwan. Mereka mengadukan nasibnya setelah bekerja 10 jam sehari di pabrik.")
    assert roles(text) == {("victims", 6)}
    text = "Tiga orang yang merekrut para pemuda itu ditangkap di Medan."
    assert ("victims", 3) not in roles(text)


def test_a_part_whose_predicate_is_a_bare_group_noun() -> None:
    text = ("Enam mahasiswa melapor ke Polda karena dipaksa bekerja di pabrik di Taiwan. "
            "Empat dari enam mahasiswa tersebut perempuan.")
    assert roles(text) == {("victims", 6), ("victims_female", 4)}
    text = "Lima korban TPPO dipulangkan dari Malaysia. Dua dari lima korban itu anak buah kapal."
    assert roles(text) == {("victims", 5)}


def test_the_people_of_the_headline_and_lead_are_the_victims_when_nothing_else_counts_them() -> None:
    text = ("Sembilan mahasiswa sebuah kampus swasta di Medan kini tinggal di asrama sempit di Jerman. "
            "Mereka bekerja 12 jam sehari.")
    assert pairs(text, "Nasib 9 Mahasiswa Medan di Jerman") == {("victims", 9, True)}
    assert pairs(text) == set()  # no headline restates them
    text = "Sembilan mahasiswa sebuah kampus swasta di Medan mengikuti seminar magang. Rektor membuka acara itu."
    assert pairs(text, "9 Mahasiswa Medan Ikut Seminar Magang") == set()  # attendance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polisi mengamankan lima warga yang hendak menyeberang ke Sarawak lewat jalur tikus. Kelimanya, semuanya "
            "laki-laki, diantar seorang pengojek.",
            {("victims_rescued", 5), ("victims_male", 5)},
        ),
        (
            "Penyidik menyebut sedikitnya 12 korban telah teridentifikasi dalam kasus eksploitasi itu. Semuanya "
            "perempuan berusia 13 hingga 17 tahun.",
            {("victims", 12), ("victims_female", 12), ("victims_child", 12)},
        ),
        (
            "Polres mengevakuasi 10 pekerja dari tambang ilegal. Kasat Reskrim mengatakan, para pekerja yang "
            "seluruhnya laki-laki itu dijanjikan kerja di bengkel.",
            {("victims_rescued", 10), ("victims_male", 10)},
        ),
        (
            "Dalam razia itu petugas mendapati empat pemandu lagu di ruang karaoke yang dijadikan tempat prostitusi. "
            "Keempatnya perempuan berusia 15 dan 16 tahun.",
            {("victims", 4), ("victims_female", 4), ("victims_child", 4)},
        ),
        (  # the group said to be women is the suspects counted just before
            "Polisi menetapkan dua tersangka TPPO dalam kasus itu. Keduanya perempuan berusia 30 dan 35 tahun.",
            {("suspects", 2)},
        ),
        (  # adults: no children
            "Polisi menyelamatkan enam korban TPPO di Batam. Semuanya perempuan berusia 19 hingga 25 tahun.",
            {("victims_rescued", 6), ("victims_female", 6)},
        ),
    ],
)
def test_a_whole_group_said_to_be_women_men_or_children_in_the_next_sentence(text: str, expected: set) -> None:
    assert roles(text) == expected


def test_prospective_workers_crew_and_brides_keep_their_noun_after_calon() -> None:
    text = "Tiga orang ditetapkan tersangka, sedangkan 17 calon ABK diselamatkan dari sebuah mes di Tegal."
    assert roles(text) == {("suspects", 3), ("victims_rescued", 17)}
    assert roles("Polisi menetapkan 8 calon tersangka baru dalam kasus TPPO itu.") == {("suspects", 8)}


def test_a_breakdown_said_to_be_rescued_makes_its_total_rescued() -> None:
    text = ("Kelima tersangka merupakan jaringan yang mencoba memberangkatkan 31 calon pekerja migran ke Johor. "
            "Direktur mengatakan, para korban yang terdiri dari 12 perempuan dan 19 laki-laki itu berhasil "
            "diselamatkan sesaat sebelum naik ke kapal. Sebelumnya, para korban telah dipulangkan ke daerah asal.")
    assert roles(text) == {("suspects", 5), ("victims_rescued", 31), ("victims_female", 12), ("victims_male", 19)}
    text = ("Kelima tersangka merupakan jaringan yang memberangkatkan 31 calon pekerja migran ke Johor. Direktur "
            "mengatakan, para korban yang terdiri dari 12 perempuan dan 19 laki-laki itu kini dipulangkan.")
    assert ("victims", 31) in roles(text)


def test_bare_numbers_in_a_sentence_that_partitions_cases_are_its_parts() -> None:
    text = ("Polda menangani delapan kasus TPPO tahun ini. Dari delapan kasus itu, tiga ditangani Polres Kukar dan "
            "dua oleh Polresta Balikpapan.")
    assert pairs(text) == {("cases", 8, True), ("cases", 3, True), ("cases", 2, True)}
    text = "Polda menangani delapan kasus TPPO. Selain itu, tiga ditangani Polres Kukar."
    assert pairs(text) == {("cases", 8, True)}  # no partition: a bare number stays no count


def test_victims_of_one_sex_coordinated_with_the_other_are_a_breakdown_not_a_total() -> None:
    text = "Jaringan itu mencatat 587 korban TPPO. Sebanyak 341 korban laki-laki dan 246 perempuan, termasuk 73 anak."
    assert roles(text) == {("victims", 587), ("victims_male", 341), ("victims_female", 246), ("victims_child", 73)}
    text = "Polisi menyelamatkan 12 korban laki-laki di Batam dalam kasus TPPO."
    assert roles(text) == {("victims_rescued", 12), ("victims_male", 12)}


def test_feminine_forms_of_nouns_of_work_and_study_are_women() -> None:
    text = "Sebanyak 3 mahasiswi menjadi korban eksploitasi dalam program magang palsu ke Jepang."
    assert roles(text) == {("victims", 3), ("victims_female", 3)}
    text = "Sebanyak 3 mahasiswa menjadi korban eksploitasi dalam program magang palsu ke Jepang."
    assert roles(text) == {("victims", 3)}


def test_people_suspected_to_be_pimps_or_agents_are_perpetrators() -> None:
    text = "Dari penggerebekan itu, polisi mengamankan 6 wanita dan 2 pria yang diduga mucikari."
    assert roles(text) == {("victims_rescued", 6), ("victims_female", 6), ("arrests", 2)}
    text = "Polisi mengamankan 6 wanita dan 2 pria yang diduga korban eksploitasi."
    assert ("arrests", 2) not in roles(text)


def test_people_offered_by_those_secured_are_victims_not_rescued_ones() -> None:
    text = "Polisi mengamankan dua pemuda yang diduga menjajakan dua siswi SMP melalui MiChat."
    assert roles(text) == {("arrests", 2), ("victims", 2), ("victims_child", 2), ("victims_female", 2)}
    text = "Polisi mengamankan dua warga dan dua siswi SMP di sebuah hotel dalam kasus TPPO."
    assert ("victims_rescued", 2) in roles(text)


def test_people_bought_and_sold_are_victims() -> None:
    text = "Polisi menangkap tiga pelaku yang memperjualbelikan lima perempuan kepada pria hidung belang."
    assert roles(text) == {("arrests", 3), ("victims", 5), ("victims_female", 5)}


def test_a_restated_group_secured_as_the_subject_of_its_sentence_is_rescued() -> None:
    text = "Jadi total ada dua bayi yang diperjualbelikan oleh jaringan ini. Keduanya sudah kami amankan."
    assert roles(text) == {("victims_rescued", 2), ("victims_child", 2)}
    text = "Jadi total ada dua bayi yang diperjualbelikan oleh jaringan ini. Keduanya kini tinggal bersama neneknya."
    assert roles(text) == {("victims", 2), ("victims_child", 2)}


def test_a_part_told_by_what_was_done_to_them_is_a_breakdown_and_one_told_by_its_state_is_not() -> None:
    text = "Dari 1.073 korban TPPO, 612 orang di antaranya direkrut untuk bekerja di perusahaan penipuan daring."
    assert roles(text) == {("victims", 1073), ("victims", 612)}
    text = "Dari 40 korban TPPO, dua di antaranya mengalami luka berat."
    assert roles(text) == {("victims", 40)}


def test_a_group_said_again_as_rescued_is_one_rescued_count() -> None:
    text = ("Polisi menetapkan suami istri sebagai tersangka TPPO terhadap tiga asisten rumah tangga (ART) asal "
            "Kabupaten Nias Selatan. Ketiga ART itu diselamatkan dari rumah tersangka di Medan. Para korban akan "
            "dipulangkan ke Nias pekan depan.")
    assert roles(text) == {("victims_rescued", 3)}
    text = ("Polisi menetapkan suami istri sebagai tersangka TPPO terhadap tiga asisten rumah tangga (ART) asal "
            "Kabupaten Nias Selatan. Ketiga ART itu kini dipulangkan ke Nias.")
    assert roles(text) == {("victims", 3)}


def test_people_channelled_by_a_recruiter_are_a_whole_group_of_victims() -> None:
    text = "Tersangka diduga telah menyalurkan sedikitnya 20 perempuan asal Nias ke berbagai rumah di Medan."
    assert roles(text) == {("victims", 20), ("victims_female", 20)}


def test_handlers_financiers_and_pimps_secured_are_perpetrators() -> None:
    text = "Polres Nunukan menggagalkan keberangkatan 13 calon PMI ilegal dan mengamankan 2 orang pengurus."
    assert roles(text) == {("victims_rescued", 13), ("arrests", 2)}
    text = "Polisi mengamankan tiga muncikari dan menyelamatkan enam korban TPPO di Batam."
    assert roles(text) == {("victims_rescued", 6), ("arrests", 3)}
    text = "Polisi mengamankan 2 orang penumpang kapal yang hendak ke Malaysia tanpa dokumen dalam kasus TPPO."
    assert roles(text) == {("victims_rescued", 2)}


def test_a_link_opening_a_sentence_within_a_line_and_a_photo_caption_are_no_counts() -> None:
    text = "Polisi menyelamatkan 12 korban TPPO di Batam. BACA JUGA: 500 Warga Terima Bantuan Sosial di Batam"
    assert roles(text) == {("victims_rescued", 12)}
    text = "Polisi menetapkan 3 orang tersangka TPPO. (Foto: 5 tersangka saat konferensi pers/Humas Polda)"
    assert roles(text) == {("suspects", 3)}
    text = "Polisi menetapkan 3 orang tersangka TPPO. Petugas juga membaca juga 5 laporan polisi terkait kasus TPPO."
    assert ("reports", 5) in roles(text)  # no link: the words do not open the sentence


def test_smaller_numbers_of_suspects_that_fit_in_a_restated_total_are_its_parts() -> None:
    text = ("Saat penggerebekan, polisi mengamankan dua orang yang kemudian ditetapkan sebagai tersangka TPPO. "
            "Seorang lagi ditangkap keesokan harinya. Ketiga tersangka kini ditahan di Rutan Polda.")
    assert roles(text) == {("suspects", 3)}
    text = ("Polres kembali menetapkan satu tersangka baru dalam kasus TPPO itu. Sebelumnya polisi menetapkan "
            "pemilik dan pengelola karaoke sebagai tersangka, yakni 2 orang. Dengan penetapan itu, total tersangka "
            "dalam perkara ini menjadi tiga orang.")
    assert roles(text) == {("suspects", 3)}


def test_the_rest_beyond_a_total_and_a_period_total_leave_the_parts() -> None:
    text = ("Tiga orang ditetapkan sebagai tersangka TPPO, sementara satu lainnya masih diburu. Adapun ketiga "
            "tersangka yakni AB, CD dan EF.")
    assert roles(text) == {("suspects", 3), ("suspects", 1)}
    text = ("Polisi menetapkan 2 tersangka TPPO dalam kasus itu. Sepanjang 2025 Bareskrim menangani 96 laporan "
            "polisi dengan total 128 tersangka.")
    assert ("suspects", 2) in roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sebanyak 19 calon PMI diamankan di pelabuhan. Dua anak usia sekolah dasar ikut dalam rombongan tersebut.",
         {("victims_rescued", 19), ("victims_child", 2)}),
        ("Sebanyak 19 calon PMI diamankan di pelabuhan, termasuk dua anak-anak.",
         {("victims_rescued", 19), ("victims_child", 2)}),
        # no larger group before: the children are the victims themselves
        ("Polisi menyelamatkan dua anak yang ikut dijajakan di kafe itu dalam kasus TPPO.",
         {("victims_rescued", 2), ("victims_child", 2)}),
    ],
)
def test_a_group_going_along_with_people_counted_before_is_a_part_of_them(text: str, expected: set) -> None:
    assert roles(text) == expected


def test_a_group_split_into_victims_and_perpetrators_has_no_role_of_its_own() -> None:
    text = "Polisi mengamankan 12 orang, yakni 10 korban dan dua orang perekrut dalam kasus TPPO."
    assert roles(text) == {("victims_rescued", 10), ("arrests", 2)}
    text = "Polisi mengamankan 12 orang, yakni 10 laki-laki dan dua perempuan, yang hendak ke Malaysia tanpa dokumen."
    assert ("victims_rescued", 12) in roles(text)


def test_a_group_marked_only_by_a_sign_of_trafficking_of_which_a_part_are_victims_is_not_all_trafficking() -> None:
    text = "Sebanyak 1.200 PMI nonprosedural dideportasi dari Malaysia, 300 di antaranya terindikasi korban TPPO."
    assert pairs(text) == {("victims", 1200, False), ("victims", 300, True)}
    text = "Sebanyak 40 korban TPPO dipulangkan dari Malaysia, 12 di antaranya terindikasi korban eksploitasi seksual."
    assert ("victims", 40, True) in pairs(text)


def test_victims_whose_ages_are_a_range_under_18_are_children() -> None:
    assert roles("Polisi menyelamatkan lima korban TPPO berusia 14-17 tahun di Batam.") == {
        ("victims_rescued", 5), ("victims_child", 5)}
    assert roles("Polisi menyelamatkan lima korban TPPO berusia 15 - 19 tahun di Batam.") == {("victims_rescued", 5)}
    assert roles("Polisi menyelamatkan 10 korban TPPO di Batam, tiga di antaranya masih berusia 15-17 tahun.") == {
        ("victims_rescued", 10), ("victims_child", 3)}


def test_people_listed_by_initials_right_after_a_verb_that_names_them_suspects() -> None:
    assert roles("Polisi telah menetapkan AB, CD dan EF sebagai tersangka TPPO.") == {("suspects", 3)}
    assert roles("Polisi menemui AB dan CD, keluarga korban TPPO.") == set()


def test_people_placed_legally_past_an_apposition_are_no_victims_unless_a_contrast_intervenes() -> None:
    text = ("Di kecamatan itu tercatat sedikitnya 340 warga bekerja di luar negeri, sebagian besar di Hong Kong dan "
            "Taiwan melalui jalur resmi.")
    assert roles(text) == set()
    text = "Sebanyak 40 warga berangkat ke Malaysia tanpa dokumen, padahal jalur resmi tersedia, kata Kapolres."
    assert roles(text) == {("victims", 40)}


def test_crime_in_general_in_a_year_end_release_is_not_trafficking() -> None:
    text = ("Polda mengungkap 41 kasus TPPO sepanjang tahun ini. Jumlah tindak pidana yang dilaporkan mencapai "
            "9.412 perkara. Dari jumlah itu, 6.077 perkara berhasil diselesaikan.")
    assert pairs(text) == {("cases", 41, True), ("cases", 9412, False), ("cases", 6077, False)}
    text = "Jumlah tindak pidana perdagangan orang yang ditangani Polda tahun ini mencapai 41 perkara."
    assert pairs(text) == {("cases", 41, True)}


def test_a_total_of_reports_of_which_the_next_sentence_makes_a_part_trafficking_is_not_all_trafficking() -> None:
    text = ("Kementerian mencatat 4.217 aduan pekerja migran sepanjang tahun ini. Dari jumlah tersebut, 1.073 orang "
            "terindikasi sebagai korban TPPO.")
    assert pairs(text) == {("reports", 4217, False), ("victims", 1073, True)}
    text = ("Polda menerima 45 aduan terkait TPPO sepanjang tahun ini. Dari jumlah tersebut, 12 aduan sudah naik ke "
            "penyidikan.")
    assert ("reports", 45, True) in pairs(text)


def test_people_named_by_their_work_in_the_sex_trade_take_their_role_from_the_context() -> None:
    assert roles("Polisi menyelamatkan 6 PSK dari lokalisasi itu dalam kasus TPPO.") == {("victims_rescued", 6)}
    assert roles("Sebanyak 5 purel dipaksa melayani tamu di kafe itu.") == {("victims", 5)}
    assert roles("Polisi menjaring 11 pasangan bukan suami istri dan 4 PSK dalam razia di hotel itu.") == set()


def test_people_indicated_as_victims_are_victims_and_their_larger_group_is_not_all_trafficking() -> None:
    assert pairs("Sebanyak 312 orang terindikasi korban TPPO.") == {("victims", 312, True)}
    assert pairs("Sebanyak 20 warga teridentifikasi korban TPPO setelah diperiksa.") == {("victims", 20, True)}
    text = ("Imigrasi menunda keberangkatan 900 WNI sepanjang semester ini. Dari jumlah tersebut, 312 orang "
            "terindikasi korban TPPO.")
    assert pairs(text) == {("victims_rescued", 900, False), ("victims_rescued", 312, True)}
    # a part that is no victims leaves the total as it was
    text = "Polisi menyelamatkan 14 korban TPPO di Batam. Dari jumlah tersebut, lima orang masih anak-anak."
    assert ("victims_rescued", 14, True) in pairs(text)
    assert pairs("Tiga orang terindikasi positif narkoba dalam tes urine itu.") == set()


def test_a_group_with_a_part_named_as_trafficking_victims_in_the_next_sentence() -> None:
    text = ("Tim gabungan menyelamatkan 30 perempuan dari penampungan. Dari jumlah tersebut, 12 orang merupakan "
            "korban TPPO asal NTT.")
    assert ("victims_rescued", 30, False) in pairs(text) and ("victims_rescued", 12, True) in pairs(text)
    # the total restated as victims is no part of them
    text = ("Tersangka mempekerjakan lima perempuan sebagai pemandu lagu dalam kasus TPPO itu. Tiga di antara lima "
            "korban masih berusia anak.")
    assert ("victims_female", 5, True) in pairs(text)
    # a part told after another group is counted belongs to that group
    text = ("Polisi menyelamatkan tujuh anak dari kafe itu dalam kasus TPPO. Dinas juga memulangkan 214 pekerja "
            "migran dari Sabah. Sebagian di antaranya terindikasi korban perdagangan orang.")
    assert ("victims_child", 7, True) in pairs(text)


# ---- rescue told by a pronoun; victims sent home after a rescue ---------------------------------------------
def test_victims_secured_with_mereka_as_subject_are_rescued() -> None:
    text = ("Petugas Polres Sikka mendatangi sebuah rumah dan mendapati empat korban perdagangan orang. "
            "Mereka langsung kami amankan ke Mapolres, ujar Kasat Reskrim.")
    assert roles(text) == {("victims_rescued", 4)}


def test_mereka_secured_after_suspects_leaves_the_victims_unrescued() -> None:
    text = ("Penyidik menemukan lima korban perdagangan orang di sebuah mes. Dua tersangka juga ditemukan di sana. "
            "Mereka langsung diamankan ke Polda.")
    assert roles(text) == {("victims", 5), ("suspects", 2)}


def test_mereka_evacuated_from_abroad_are_brought_home_not_rescued() -> None:
    text = ("Sebanyak 15 WNI korban perdagangan orang tiba di Jakarta. "
            "Mereka dievakuasi dari Kamboja melalui Vietnam.")
    assert roles(text) == {("victims", 15)}


def test_rescued_victims_sent_home_to_their_families_leave_the_rescue_standing() -> None:
    base = ("Lima perempuan asal Kabupaten Cianjur dipekerjakan di sebuah kafe di Kota Batam. "
            "Dalam penggerebekan itu petugas menyelamatkan dua korban di pelabuhan. ")
    sent_home = base + "Saat ini para korban didampingi dinas sosial sebelum dipulangkan ke daerah asal."
    assert ("victims_rescued", 5) in roles(sent_home)
    brought_back = base + "Para korban kemudian dipulangkan dari Malaysia."
    assert ("victims", 5) in roles(brought_back)


# ---- men held beside the victims: questioned or clients --------------------------------------------------------
def test_men_secured_and_questioned_beside_the_victims_are_arrests() -> None:
    text = ("Petugas bandara mencegah sembilan perempuan berangkat ke Arab Saudi dengan visa ziarah. "
            "Tiga pria yang menjemput mereka di terminal ikut diamankan dan kini diperiksa penyidik.")
    assert roles(text) == {("victims_rescued", 9), ("victims_female", 9), ("arrests", 3)}


def test_men_named_as_clients_in_a_raid_are_arrests() -> None:
    text = ("Dalam penggerebekan itu polisi mengamankan lima pemandu lagu perempuan dan dua pria pelanggan. "
            "Pemilik kafe berinisial AS (50) ditetapkan sebagai tersangka.")
    assert ("arrests", 2) in roles(text)
    assert ("victims_male", 2) not in roles(text)


def test_men_secured_with_a_deed_done_to_them_stay_victims() -> None:
    text = ("Polisi menggagalkan keberangkatan empat perempuan ke Malaysia. Selain itu, enam pria yang hendak "
            "diberangkatkan lewat jalur tikus juga diamankan dan dimintai keterangan.")
    assert ("arrests", 6) not in roles(text)
    assert ("victims_male", 6) in roles(text)


def test_men_questioned_with_no_victims_counted_before_are_no_arrests_by_this_rule() -> None:
    text = "Dua pria diperiksa polisi terkait dugaan pengiriman pekerja migran ilegal."
    assert ("arrests", 2) not in roles(text)


# ---- "ke-N" before a noun of people is a collective ("Ke-11 ABK itu") -------------------------------------------
def test_ke_n_before_a_noun_of_people_restates_the_group() -> None:
    text = ("Polisi menyelidiki pengiriman 12 anak buah kapal ke Fiji oleh sebuah agen. "
            "Ke-12 ABK yang seluruhnya laki-laki itu tidak digaji selama delapan bulan.")
    assert ("victims_male", 12) in roles(text)


def test_ke_n_after_a_noun_stays_an_ordinal() -> None:
    text = "Polda Jateng menangani 14 kasus perdagangan orang, naik ke peringkat ke-3 nasional."
    assert roles(text) == {("cases", 14)}


# ---- children among a group told by an age limit or by their ages ------------------------------------------------
def test_a_part_under_an_age_limit_is_children() -> None:
    text = ("Polisi menyelamatkan sembilan perempuan dari sebuah panti pijat di Kota Batam. "
            "Empat di antaranya masih di bawah 18 tahun.")
    assert ("victims_child", 4) in roles(text)
    adults = ("Polisi menyelamatkan sembilan perempuan dari sebuah panti pijat di Kota Batam. "
              "Empat di antaranya berusia di bawah 30 tahun.")
    assert ("victims_child", 4) not in roles(adults)


def test_a_part_of_a_group_told_by_ages_under_18_is_children() -> None:
    text = ("Dari lokasi, petugas menyelamatkan tujuh terapis perempuan. "
            "Tiga dari tujuh terapis itu masih berusia 15 dan 16 tahun.")
    assert ("victims_child", 3) in roles(text)
    adults = ("Dari lokasi, petugas menyelamatkan tujuh terapis perempuan. "
              "Tiga dari tujuh terapis itu berusia 19 dan 21 tahun.")
    assert ("victims_child", 3) not in roles(adults)


# ---- victims taken into care at home after a raid ------------------------------------------------------------------
def test_a_group_restated_as_placed_in_a_safe_house_was_rescued() -> None:
    text = ("Dalam razia itu polisi menemukan lima perempuan yang dipaksa menemani tamu di sebuah kafe. "
            "Pengelola kafe berinisial RT (41) ditetapkan sebagai tersangka. "
            "Ia dijerat Pasal 2 UU TPPO. Penyidik masih mendalami peran pihak lain. "
            "Kelima korban saat ini ditampung di rumah aman milik DP3A.")
    assert ("victims_rescued", 5) in roles(text)


def test_victims_brought_back_from_abroad_and_sheltered_are_not_rescued() -> None:
    text = ("Sebanyak 30 korban perdagangan orang dari Kamboja tiba di Bandara Soekarno-Hatta. "
            "Ketiga puluh korban itu berasal dari delapan provinsi. "
            "Para korban kemudian ditampung di rumah perlindungan milik Kementerian Sosial.")
    assert ("victims", 30) in roles(text)
    assert ("victims_rescued", 30) not in roles(text)


def test_a_group_placed_somewhere_other_than_care_is_not_rescued_by_it() -> None:
    text = ("Dalam razia itu polisi menemukan lima perempuan yang dipaksa menemani tamu di sebuah kafe. "
            "Kelima korban saat ini ditampung di sebuah mes milik pengelola.")
    assert ("victims", 5) in roles(text)


def test_people_netted_in_a_sweep_are_rescued() -> None:
    text = ("Tim gabungan Dinas Sosial menjaring sembilan anak yang dipaksa mengemis di perempatan jalan. "
            "Anak-anak itu setiap hari menyetor uang kepada seorang koordinator.")
    assert ("victims_rescued", 9) in roles(text)
    text = "Dinas Sosial mendata sembilan anak yang dipaksa mengemis di perempatan jalan."
    assert ("victims_rescued", 9) not in roles(text)
    # traffickers netting victims recruit them
    text = "Sindikat itu menjaring 20 korban lewat media sosial untuk dikirim ke Kamboja."
    assert roles(text) == {("victims", 20)}


# ---- restated totals keep their topic; a breakdown that leaves the rest untold -------------------------------------
def test_a_restated_total_keeps_the_topic_its_first_mention_named() -> None:
    text = ("Dinas PPPA mencatat 210 kasus kekerasan terhadap perempuan dan anak selama 2025. "
            "Menurut Kepala Dinas, angka itu turun dibanding tahun lalu. "
            "Dari 210 kasus tersebut, tujuh kasus merupakan tindak pidana perdagangan orang.")
    assert ("cases", 210, False) in pairs(text)
    assert ("cases", 210, True) not in pairs(text)
    assert ("cases", 7, True) in pairs(text)


def test_a_total_whose_first_mention_names_trafficking_stays_trafficking() -> None:
    text = ("Polda Riau menangani 24 kasus perdagangan orang selama 2025. "
            "Dari 24 kasus tersebut, 15 sudah dilimpahkan ke kejaksaan.")
    assert ("cases", 24, True) in pairs(text)


def test_origin_parts_that_leave_the_rest_untold_are_a_breakdown_of_the_total() -> None:
    lead = ("Sebanyak 31 WNI korban perdagangan orang tiba di Bandara Kualanamu pada Senin malam. "
            "Mereka terdiri atas 20 laki-laki dan 11 perempuan. "
            "Direktur Pelindungan WNI mengatakan proses pemulangan melibatkan KBRI Phnom Penh. "
            "Menurut data yang dihimpun, 12 orang berasal dari Sumatera Utara, tujuh orang dari Aceh")
    assert roles(lead + ", dan sisanya dari daerah lain.") == {
        ("victims", 31), ("victims_male", 20), ("victims_female", 11), ("victims", 12), ("victims", 7)}
    assert roles(lead + ".") == {("victims", 31), ("victims_male", 20), ("victims_female", 11)}


def test_a_rescued_total_said_again_plainly_is_one_rescued_count() -> None:
    text = ("Satgas TPPO menyelamatkan sembilan warga NTT di terminal bus Entikong. "
            "\"Korban ada sembilan orang, enam perempuan dan tiga laki-laki,\" kata Kasatgas.")
    assert ("victims", 9) not in roles(text)
    assert ("victims_rescued", 9) in roles(text)
    brought_back = ("Satgas TPPO menyelamatkan sembilan warga NTT di terminal bus Entikong. "
                    "Sembilan korban lain dipulangkan dari Malaysia bulan lalu.")
    assert ("victims", 9) in roles(brought_back)


# ---- people secured and listed by their initials -----------------------------------------------------------------
def test_people_secured_and_listed_by_initials_are_arrests() -> None:
    text = ("Polisi membebaskan 14 pekerja yang tidak digaji di sebuah kebun. "
            "Polisi juga mengamankan pemilik kebun berinisial HD (52) dan mandornya berinisial RS (37).")
    assert ("arrests", 2) in roles(text)
    text = ("Polisi membebaskan 14 pekerja yang tidak digaji di sebuah kebun. "
            "Polisi turut mengamankan pemilik kebun berinisial HD (52) dan seorang perempuan yang disebut "
            "\"bos\" berinisial RS (37).")
    assert ("arrests", 2) in roles(text)


def test_women_secured_and_listed_by_initials_are_not_perpetrators() -> None:
    text = ("Petugas mengamankan dua perempuan berinisial AN (17) dan SR (19) di sebuah penginapan. "
            "Keduanya dijanjikan kerja sebagai pelayan restoran.")
    assert not {role for role, _ in roles(text)} & {"arrests", "suspects"}


def test_victims_secured_at_an_embassy_abroad_await_their_return() -> None:
    text = "Saat ini ada 12 korban perdagangan orang yang diamankan di KBRI Kuala Lumpur."
    assert roles(text) == {("victims", 12)}
    text = "Polisi mengamankan 12 korban perdagangan orang di Pelabuhan Dumai sebelum mereka menyeberang ke Malaysia."
    assert roles(text) == {("victims_rescued", 12)}
    text = "Saat ini 9 korban perdagangan orang yang diselamatkan masih berada di penampungan KJRI Johor Bahru."
    assert roles(text) == {("victims", 9)}


def test_a_mission_that_only_reports_a_rescue_leaves_it_a_rescue() -> None:
    text = "KBRI Bangkok menyebut 21 WNI korban perdagangan orang diselamatkan dari sebuah kompleks di Myawaddy."
    assert roles(text) == {("victims_rescued", 21)}


# ---- counts coordinated by the same noun ---------------------------------------------------------------------------
def test_a_count_coordinated_with_the_same_noun_takes_the_first_ones_role() -> None:
    text = ("Sebanyak 40 WNI korban perdagangan orang tiba di Jakarta. Sebelumnya, Kemenlu juga memfasilitasi "
            "kepulangan 21 WNI pada Januari dan 15 WNI pada Maret.")
    assert {("victims", 40), ("victims", 21), ("victims", 15)} <= roles(text)


def test_a_count_coordinated_with_another_noun_gets_no_role_from_it() -> None:
    text = ("Sebanyak 40 WNI korban perdagangan orang tiba di Jakarta. Sebelumnya, Kemenlu juga memfasilitasi "
            "kepulangan 21 WNI pada Januari dan 15 pegawai pada Maret.")
    assert ("victims", 15) not in roles(text)


def test_suspects_told_beside_the_next_one_are_a_part_of_the_larger_total() -> None:
    text = ("Bareskrim menetapkan tiga tersangka perdagangan orang. Dua tersangka, berinisial AB (30) dan CD (41), "
            "ditangkap di Batam, sedangkan tersangka ketiga berinisial EF (36) ditangkap di Bekasi.")
    assert ("suspects", 2) not in roles(text)
    assert ("suspects", 3) in roles(text)
    alone = ("Dua tersangka perdagangan orang, berinisial AB (30) dan CD (41), ditangkap di Batam, sedangkan "
             "tersangka lainnya masih diburu.")
    assert ("suspects", 2) in roles(alone)


def test_young_people_whose_ages_are_all_adult_are_no_children() -> None:
    text = ("Polisi menyelamatkan enam remaja berusia 18 hingga 21 tahun yang hendak dikirim ke Kamboja "
            "sebagai operator penipuan daring.")
    assert roles(text) == {("victims_rescued", 6)}
    text = ("Polisi menyelamatkan enam remaja berusia 15 hingga 17 tahun yang hendak dikirim ke Kamboja "
            "sebagai operator penipuan daring.")
    assert roles(text) == {("victims_rescued", 6), ("victims_child", 6)}


def test_a_part_of_a_group_is_about_what_its_group_is_about() -> None:
    text = ("Sebanyak 10 korban perdagangan orang dipulangkan dari Kamboja. "
            "Para korban sebelumnya dipaksa bekerja di perusahaan judi daring. "
            "Sebanyak 10 korban itu berasal dari Kabupaten Sinjai. "
            "Tiga di antaranya perempuan.")
    assert ("victims_female", 3, True) in pairs(text)
    other = ("Sebanyak 10 korban kekerasan dalam rumah tangga ditangani dinas. "
             "Tiga di antaranya perempuan.")
    assert ("victims_female", 3, True) not in pairs(other)


def test_children_reached_by_social_service_outreach_are_rescued() -> None:
    text = ("Lima anak yang dipaksa mengamen di terminal dijangkau petugas Dinas Sosial, Senin malam. "
            "Mereka disuruh menyetor uang kepada seorang koordinator.")
    assert {("victims_rescued", 5), ("victims_child", 5)} <= roles(text)
    text = "Sosialisasi bahaya perdagangan orang itu menjangkau 300 pelajar di lima sekolah."
    assert ("victims_rescued", 300) not in roles(text)


# ---- the masculine form beside a counted feminine form counts men ------------------------------------------------
def test_the_masculine_noun_beside_its_counted_feminine_form_counts_men() -> None:
    text = ("Sebanyak 21 mahasiswa menjadi korban TPPO berkedok magang. "
            "Mereka terdiri atas 12 mahasiswi dan 9 mahasiswa.")
    assert {("victims", 21), ("victims_female", 12), ("victims_male", 9)} <= roles(text)


def test_the_masculine_noun_alone_is_no_count_of_men() -> None:
    text = "Sebanyak 21 mahasiswa menjadi korban TPPO berkedok magang dari tiga kampus."
    assert roles(text) == {("victims", 21)}


def test_foreign_women_named_as_the_victims_are_counted_and_foreign_men_are_not() -> None:
    text = ("Polda Bali mengungkap kasus TPPO dengan korban tiga perempuan warga negara asing yang dipaksa "
            "melayani tamu di sebuah vila.")
    assert ("victims_female", 3) in roles(text)
    text = "Polisi juga memeriksa dua pria warga negara asing yang memesan layanan itu."
    assert not roles(text)


def test_plain_people_said_to_be_wanted_are_suspects() -> None:
    text = ("Polisi menangkap empat tersangka perdagangan orang. "
            "Polisi masih memburu tiga orang lain yang masuk daftar pencarian orang (DPO).")
    assert ("suspects", 3) in roles(text)
    text = ("Polisi menangkap empat tersangka perdagangan orang. "
            "Polisi masih menelusuri tiga orang lain yang diduga ikut memesan korban.")
    assert ("suspects", 3) not in roles(text)


def test_victims_named_again_as_the_object_of_a_rescue_were_rescued() -> None:
    text = ("Polres Nunukan menetapkan dua pria sebagai tersangka TPPO karena mencoba menyeberangkan 11 calon pekerja "
            "ke Tawau. Personel Satreskrim mengamankan para calon pekerja itu di sebuah dermaga kayu.")
    assert roles(text) == {("suspects", 2), ("victims_rescued", 11)}
    # negative: the suspects secured are no rescue of the people counted before
    text = ("Polres Nunukan menetapkan dua pria sebagai tersangka TPPO karena mencoba menyeberangkan 11 calon pekerja "
            "ke Tawau. Polisi kemudian mengamankan para pelaku itu di sebuah dermaga kayu.")
    assert ("victims", 11) in roles(text)


def test_the_wanted_others_are_no_part_of_the_suspects_held() -> None:
    # the others on the wanted list come beside the suspects handed over, and are not held by anyone
    text = ("Polisi menyerahkan tiga tersangka kasus TPPO kepada kejaksaan. Ketiga tersangka, yakni MA, IS, dan DR, "
            "merupakan pengelola penampungan. Pihaknya masih memburu dua orang lain yang telah ditetapkan sebagai "
            "daftar pencarian orang (DPO). Keduanya diduga berperan sebagai sponsor yang merekrut korban.")
    assert roles(text) == {("suspects", 3), ("suspects", 2)}


def test_a_rescue_of_only_the_rest_of_the_victims_leaves_the_others_unrescued() -> None:
    text = ("Terdakwa terbukti merekrut delapan perempuan asal Kabupaten Cianjur untuk dipekerjakan di sebuah bar. "
            "Kasus terungkap setelah tiga korban melarikan diri. "
            "Polisi kemudian menggerebek bar itu dan membebaskan lima korban lainnya.")
    found = roles(text)
    assert {("victims", 8), ("victims_rescued", 5)} <= found
    assert ("victims_rescued", 8) not in found
    whole = ("Terdakwa terbukti merekrut delapan perempuan asal Kabupaten Cianjur untuk dipekerjakan di sebuah bar. "
             "Polisi kemudian menggerebek bar itu dan membebaskan kedelapan korban.")
    assert ("victims_rescued", 8) in roles(whole)


def test_companions_of_the_person_a_story_follows_are_told_in_passing() -> None:
    text = ("Rudi dijanjikan kerja di pabrik di Malaysia. Ia berangkat pada Maret bersama empat pria lain dari "
            "desanya.")
    assert not {role for role, _ in roles(text)} & {"victims", "victims_male"}
    text = ("Rudi dijanjikan kerja di pabrik di Malaysia. Ia diselamatkan petugas di Pelabuhan Dumai bersama empat "
            "pria lain dari desanya.")
    assert ("victims_male", 4) in roles(text)


# ---- round 6b: parts of a group, attendees, deportees, other crimes -----------------------------------------

def test_the_whole_of_a_part_told_by_ages_is_not_all_children() -> None:
    text = ("Polres menyelamatkan enam perempuan yang hendak dikirim ke Malaysia. "
            "Kasat Reskrim mengatakan, dua dari enam korban masih berusia 16 dan 17 tahun.")
    found = roles(text)
    assert ("victims_child", 2) in found
    assert ("victims_child", 6) not in found
    text = "Tim gabungan mengevakuasi tujuh pekerja jermal. Tiga dari tujuh pekerja itu masih berusia 15 tahun."
    assert ("victims_child", 3) in roles(text) and ("victims_child", 7) not in roles(text)
    whole = "Polisi menyelamatkan lima korban TPPO yang masih berusia 14 hingga 17 tahun."
    assert ("victims_child", 5) in roles(whole)  # all of them: the ages describe the whole group


def test_people_an_event_was_attended_by_are_no_victims() -> None:
    text = ("Sosialisasi pencegahan TPPO di balai desa dihadiri sekitar 60 warga, termasuk para istri yang suaminya "
            "bekerja di Malaysia.")
    assert not {role for role, _ in roles(text)} & {"victims", "victims_female"}
    text = "Pertemuan itu diikuti 45 orang tua murid yang anaknya pernah bekerja di Kamboja."
    assert not {role for role, _ in roles(text)} & {"victims"}
    lured = ("Sebanyak 12 mahasiswa asal Kabupaten Agam yang mengikuti program magang di Jepang mengaku dipaksa "
             "bekerja 14 jam sehari di pabrik.")
    assert ("victims", 12) in roles(lured)  # taking part in the lure's programme is no attendance


def test_deported_or_troubled_migrant_workers_are_not_trafficking_victims_unless_called_so() -> None:
    text = ("Sebanyak 150 pekerja migran Indonesia dideportasi dari Malaysia melalui Pelabuhan Dumai. "
            "Para deportan terdiri dari 120 laki-laki dan 30 perempuan.")
    found = pairs(text)
    assert ("victims", 150, False) in found and ("victims_male", 120, False) in found
    assert not any(about for _, _, about in found)
    troubled = "BP3MI memulangkan 40 PMI bermasalah dari Arab Saudi sepanjang tahun ini."
    assert not any(about for _, _, about in pairs(troubled))
    victims = "BP3MI menerima 12 warga yang dideportasi dari Sabah dan teridentifikasi sebagai korban TPPO."
    assert ("victims", 12, True) in pairs(victims)
    # the whole group called trafficking victims by "Mereka" in a later sentence
    victims = ("Delapan pekerja migran asal Kabupaten Sambas yang dideportasi dari Sarawak tiba di PLBN Aruk. Mereka "
               "bekerja tanpa upah. \"Mereka kami nyatakan korban perdagangan orang,\" kata petugas.")
    assert ("victims", 8, True) in pairs(victims)
    # however many sentences of their work come between
    victims = ("Delapan pekerja migran asal Kabupaten Sambas yang dideportasi dari Sarawak tiba di PLBN Aruk. Mereka "
               "bekerja tanpa upah. Paspor mereka ditahan majikan. Petugas membawa mereka ke shelter. \"Mereka kami "
               "nyatakan korban perdagangan orang,\" kata petugas.")
    assert ("victims", 8, True) in pairs(victims)
    # not when that sentence counts a part of them
    part = ("Delapan pekerja migran yang dideportasi dari Sarawak tiba di PLBN Aruk. Mereka yang menjadi korban TPPO "
            "ada tiga orang.")
    assert ("victims", 8, False) in pairs(part)


def test_breakdown_with_children_takes_the_topic_of_the_whole_it_adds_up_to() -> None:
    text = ("Sebanyak 90 PMI yang dideportasi dari Malaysia tiba di Pelabuhan Dumai. Dari jumlah itu, delapan orang "
            "teridentifikasi sebagai korban TPPO. Para deportan terdiri dari 60 laki-laki, 20 perempuan, dan 10 "
            "anak-anak.")
    found = pairs(text)
    assert ("victims", 8, True) in found
    assert {("victims_male", 60, False), ("victims_female", 20, False), ("victims_child", 10, False)} <= found
    victims = ("Polisi menyelamatkan 15 korban TPPO dari sebuah rumah di Kota Dumai. "
               "Mereka terdiri dari tujuh laki-laki, lima perempuan, dan tiga anak.")
    assert {("victims_male", 7, True), ("victims_child", 3, True)} <= pairs(victims)


def test_people_after_an_opening_dari_total_are_a_part_of_it() -> None:
    text = "Dari enam korban yang diselamatkan, dua orang masih di bawah umur."
    found = roles(text)
    assert ("victims_child", 2) in found and ("victims_rescued", 6) in found
    assert ("victims_rescued", 2) not in found and ("victims", 2) not in found


def test_a_part_larger_than_the_last_breakdown_part_is_of_the_total() -> None:
    text = ("Sebanyak 14 warga yang hendak bekerja di Malaysia dicegah berangkat di PLBN Entikong. Ke-14 orang itu "
            "terdiri dari sembilan perempuan dan lima laki-laki. Delapan orang di antaranya berasal dari Kabupaten "
            "Lombok Timur, sementara enam lainnya warga Kabupaten Sambas.")
    found = roles(text)
    assert {("victims_rescued", 8), ("victims_rescued", 6), ("victims_male", 5)} <= found
    assert ("victims_male", 8) not in found


def test_a_group_of_women_broken_down_by_home_regency() -> None:
    text = ("Imigrasi menunda keberangkatan delapan perempuan yang diduga akan bekerja di Arab Saudi. Kedelapan "
            "perempuan itu terdiri dari lima warga Kabupaten Sumenep dan tiga warga Kabupaten Bangkalan.")
    found = {(c["role"], c["value"], c["scope"]) for c in extract_counts(text)}
    assert {("victims_rescued", 5, "Kabupaten Sumenep"), ("victims_rescued", 3, "Kabupaten Bangkalan")} <= found


def test_every_part_after_an_opening_dari_total_is_a_part_of_it() -> None:
    found = roles("Polisi menggagalkan pengiriman 11 calon PMI. Dari 11 orang yang diselamatkan, delapan laki-laki "
                  "dan tiga perempuan.")
    assert {("victims_male", 8), ("victims_female", 3)} <= found
    assert ("victims_rescued", 3) not in found


def test_a_rescued_part_after_an_opening_dari_total_leaves_the_total_unrescued() -> None:
    text = ("Jumlah korban dalam perkara-perkara TPPO tersebut mencapai 187 orang. \"Dari 187 korban, 64 orang "
            "berhasil kami selamatkan sebelum diberangkatkan,\" kata Arief.")
    found = {(c["role"], c["value"], c["scope"]) for c in extract_counts(text)}
    assert {("victims", 187, None), ("victims_rescued", 64, "of 187")} <= found
    assert ("victims_rescued", 187, None) not in found


def test_figures_of_other_crimes_beside_trafficking_are_not_about_it() -> None:
    text = ("Polda menangani 21 kasus TPPO sepanjang 2025. "
            "Untuk tindak pidana lainnya, Polda dan jajaran mencatat 5.300 kasus, turun 3 persen.")
    assert {("cases", 21, True), ("cases", 5300, False)} <= pairs(text)
    text = ("Polda mengungkap 40 kasus TPPO. Untuk kasus kejahatan konvensional, tercatat 1.900 laporan polisi, "
            "naik dibanding tahun lalu sebanyak 1.750 laporan.")
    assert ("reports", 1900, False) in pairs(text)
    tppo = "Polda mengungkap 40 kasus TPPO dan mencatat 35 laporan polisi terkait perdagangan orang."
    assert ("reports", 35, True) in pairs(tppo)


def test_a_part_of_victims_called_women_or_children_by_a_copula_takes_that_role() -> None:
    text = "Polisi menyelamatkan 90 korban. Dari 90 korban, 70 merupakan perempuan dan 11 anak-anak."
    found = roles(text)
    assert {("victims_rescued", 90), ("victims_female", 70), ("victims_child", 11)} <= found
    text = "Dari 30 korban itu, 8 adalah anak-anak."
    assert ("victims_child", 8) in roles(text)
    suspects = "Polisi menetapkan 10 tersangka. Dari 10 tersangka, 3 merupakan perempuan."
    assert ("victims_female", 3) not in roles(suspects)


def test_women_among_a_told_victim_total_are_that_part() -> None:
    text = ("Kementerian mencatat 210 korban TPPO sepanjang semester pertama. "
            "Korban perempuan tercatat sebanyak 160 orang, sedangkan laki-laki 50 orang.")
    found = roles(text)
    assert {("victims", 210), ("victims_female", 160), ("victims_male", 50)} <= found
    assert ("victims", 160) not in found
    alone = "Korban perempuan sebanyak 25 orang."
    assert ("victims", 25) in roles(alone)  # no larger total: the group itself


def test_newly_named_suspects_are_counted_beside_the_total_they_bring_the_case_to() -> None:
    text = ("Polres menetapkan tiga tersangka baru dalam kasus TPPO yang menimpa 12 warga. "
            "Dengan penetapan ini, jumlah tersangka dalam kasus tersebut kini menjadi lima orang.")
    assert {("suspects", 3), ("suspects", 5)} <= roles(text)
    one = ("Polres kembali menetapkan satu tersangka baru dalam kasus TPPO itu. "
           "Dengan penetapan ini, total tersangka dalam perkara ini menjadi tiga orang.")
    assert ("suspects", 1) not in roles(one)  # one new suspect is a single person
    parts = ("Polisi menangkap dua tersangka di Medan, lalu satu tersangka lagi di Batam. "
             "Dengan penangkapan itu, total tersangka kini menjadi tiga orang.")
    assert ("suspects", 2) not in roles(parts)  # a part of the total, not told as new


def test_victims_an_agency_records_over_a_period_are_not_a_rescue_told_elsewhere() -> None:
    text = ("Kementerian mencatat 350 korban TPPO sepanjang Januari hingga Oktober 2025. "
            "Sementara itu, Bareskrim telah menyelamatkan 1.200 korban perdagangan orang sepanjang 2025.")
    found = roles(text)
    assert {("victims", 350), ("victims_rescued", 1200)} <= found
    assert ("victims_rescued", 350) not in found
    restated = "Polisi menyelamatkan 12 PMI di pelabuhan. Tercatat 12 korban berasal dari NTT."
    assert ("victims_rescued", 12) in roles(restated)
    saved = "Polda mencatat 40 korban berhasil diselamatkan sepanjang 2025."
    assert ("victims_rescued", 40) in roles(saved)  # its own rescue


def test_children_named_by_whose_they_are_are_kin_not_an_age() -> None:
    text = ("Para orang tua mengadukan nasib 9 anak mereka yang dikirim ke Jepang melalui program magang, tetapi "
            "dipekerjakan sebagai buruh pabrik.")
    found = roles(text)
    assert ("victims", 9) in found and ("victims_child", 9) not in found
    text = "Kami melaporkan empat anak kami yang dijanjikan kerja di Malaysia tetapi disekap."
    assert ("victims_child", 4) not in roles(text)
    young = "Polisi menyelamatkan lima anak di sebuah kafe di Kutai Kartanegara."
    assert ("victims_child", 5) in roles(young)


def test_a_breakdown_in_parentheses_is_not_the_noun_of_the_number_before_it() -> None:
    text = "Para korban yakni tujuh orang (lima laki-laki dan dua perempuan)."
    found = roles(text)
    assert {("victims", 7), ("victims_male", 5), ("victims_female", 2)} <= found
    assert ("victims_male", 7) not in found
    named = "Polisi mengamankan tiga (3) tersangka di Pelabuhan Dumai."
    assert ("suspects", 3) in roles(named)  # a number written twice still reads its noun


def test_legal_placements_counted_by_a_noun_before_the_number_are_no_victims() -> None:
    text = "Sepanjang 2025, penempatan PMI secara resmi dari Jawa Tengah tercatat 4.512 orang."
    assert ("victims", 4512) not in roles(text)
    text = "Jumlah PMI yang berangkat secara resmi dari NTB pada 2024 mencapai 2.300 orang, naik dari tahun lalu."
    assert ("victims", 2300) not in roles(text)
    illegal = "Jumlah PMI yang berangkat secara tidak resmi dari NTB pada 2024 mencapai 230 orang."
    assert ("victims", 230) in roles(illegal)


def test_a_group_noun_of_both_sexes_gives_no_count_of_one_sex() -> None:
    text = ("Jumlah korban TPPO mencapai 500 orang, terdiri dari 120 korban anak laki-laki dan perempuan serta "
            "380 korban dewasa.")
    found = roles(text)
    assert ("victims_child", 120) in found and ("victims_male", 120) not in found
    text = "Polisi menyelamatkan 15 pria dan wanita dari penampungan calon PMI ilegal."
    assert ("victims_male", 15) not in roles(text)
    split = "Dari 300 korban TPPO itu, laki-laki 210 orang dan perempuan 90 orang."
    assert {("victims_male", 210), ("victims_female", 90)} <= roles(split)


def test_children_among_a_group_said_of_them_or_of_that_number() -> None:
    text = "Polisi menyelamatkan 60 korban TPPO di Batam. Dari jumlah tersebut, 11 merupakan anak di bawah umur."
    assert ("victims_child", 11) in roles(text)
    text = "Terdakwa merekrut 20 ABK asal Sulawesi Utara. Tiga dari mereka masih berusia di bawah 18 tahun."
    assert ("victims_child", 3) in roles(text)
    text = "Dinas menyebut 12 dari 90 korban yang dipulangkan tahun lalu adalah anak-anak."
    assert ("victims_child", 12) in roles(text)
    text = "Polisi mengamankan 16 calon PMI ilegal. Satu di antaranya baru berusia 16 tahun."
    assert ("victims_child", 1) in roles(text)
    cases = "Tercatat 70 kasus TPPO. Dari jumlah itu, 9 merupakan anak."
    assert ("victims_child", 9) not in roles(cases)  # a part of cases is no number of children
    adults = "Terdakwa merekrut 20 ABK asal Sulawesi Utara. Tiga dari mereka berusia 30 tahun."
    assert not any(role == "victims_child" for role, _ in roles(adults))


def test_a_woman_among_a_group_whose_age_is_a_child_is_a_child() -> None:
    text = "Polisi menggagalkan keberangkatan 14 calon PMI. Satu di antaranya perempuan berusia 16 tahun."
    found = roles(text)
    assert ("victims_child", 1) in found and ("victims_female", 1) not in found
    grown = "Polisi menggagalkan keberangkatan 14 calon PMI. Tiga di antaranya perempuan berusia 24 tahun."
    assert ("victims_child", 3) not in roles(grown)


def test_a_colon_ends_the_clause_that_could_name_people_suspects() -> None:
    text = "Dijanjikan Kerja di Malaysia, 12 Warga Telantar Tanpa Gaji: Polisi Tetapkan Perekrut sebagai Tersangka"
    assert ("suspects", 12) not in roles(text)
    named = "Dua orang yang mengantar para korban ke pelabuhan ditetapkan sebagai tersangka TPPO."
    assert ("suspects", 2) in roles(named)


def test_men_who_escort_or_hold_the_victims_are_no_victims() -> None:
    text = ("Petugas menggagalkan keberangkatan tujuh calon PMI ilegal di Bandara Hang Nadim. Petugas juga "
            "mengamankan dua pria berinisial AR (40) dan SD (33) yang mengantar rombongan itu ke bandara.")
    found = roles(text)
    assert ("arrests", 2) in found and ("victims_rescued", 2) not in found and ("victims_male", 2) not in found
    text = "Polisi mengamankan tiga orang yang menjemput para calon PMI dari penampungan di Tanjung Pinang."
    assert ("arrests", 3) in roles(text)
    carried = "Polisi mengamankan tiga pria yang diantar seorang calo ke pelabuhan untuk berangkat ke Malaysia."
    assert ("arrests", 3) not in roles(carried)  # escorted, not escorting


def test_figures_without_a_topic_go_on_from_the_last_figure_counted() -> None:
    text = ("Dinas mencatat lima kasus TPPO dan 900 kasus kekerasan terhadap perempuan dan anak sepanjang 2025. "
            "Kepala dinas mengatakan jumlah korban mencapai 950 orang. "
            "Kota Samarinda tertinggi dengan 300 kasus, disusul Kota Balikpapan 200 kasus.")
    found = pairs(text)
    assert {("cases", 5, True), ("cases", 900, False), ("victims", 950, False), ("cases", 300, False),
            ("cases", 200, False)} <= found
    text = ("Dinas mencatat 900 kasus kekerasan dan lima kasus TPPO sepanjang 2025. "
            "Kepala dinas mengatakan jumlah korban TPPO mencapai 12 orang. "
            "Sebanyak 8 orang berasal dari Kota Samarinda.")
    assert {("cases", 5, True), ("victims", 12, True)} <= pairs(text)


def test_deported_migrants_are_not_victims_for_the_victims_another_number_names() -> None:
    text = "BP3MI: 2.870 PMI Dideportasi dari Sabah Sepanjang 2025, 44 Terindikasi Korban TPPO"
    found = pairs(text)
    assert ("victims", 2870, False) in found and ("victims", 2870, True) not in found
    text = "Sebanyak 35 korban TPPO dideportasi dari Malaysia melalui Pelabuhan Nunukan."
    assert ("victims", 35, True) in pairs(text)
    text = "BP3MI menerima 35 PMI korban perdagangan orang yang dideportasi dari Sabah."
    assert ("victims", 35, True) in pairs(text)


def test_people_said_to_come_home_are_victims_brought_back() -> None:
    text = "Tiga perempuan asal Kabupaten Sambas akhirnya kembali ke tanah air setelah dua tahun di Tiongkok."
    assert {("victims", 3), ("victims_female", 3)} <= roles(text)
    text = "Keluarga meminta agar lima pemuda segera dipulangkan dari Myanmar."
    assert ("victims", 5) in roles(text)
    text = "Sebanyak 40 siswa SMK pulang lebih awal karena sekolah libur."
    assert ("victims", 40) not in roles(text)  # no trafficking word in the sentence: no victims


def test_a_headline_in_title_case_is_read_as_words_not_as_names() -> None:
    title = "Empat Pemuda Ciamis Minta Dipulangkan dari Myawaddy, Keluarga Datangi Kantor Bupati"
    text = title + ("\n\nSepanjang tahun ini sembilan warga Kabupaten Ciamis dilaporkan terjebak di perusahaan "
                    "penipuan daring.")
    assert {("victims", 4), ("victims", 9)} <= {(c["role"], c["value"]) for c in extract_counts(text, title)}
    sentence = "Empat pemuda itu bertemu Wakil Bupati Ciamis Dadang Pulungan di kantornya."
    assert ("victims", 4) not in roles(sentence)  # "Pulungan" is a name in a sentence


def test_a_group_restated_with_its_origin_is_no_breakdown_of_itself() -> None:
    text = ("Tiga Remaja Dijajakan di Penginapan, Polisi Tangkap Dua Muncikari\n"
            "Polres Merauke mengungkap kasus perdagangan orang dengan korban tiga remaja perempuan asal Kabupaten "
            "Mappi.")
    title = "Tiga Remaja Dijajakan di Penginapan, Polisi Tangkap Dua Muncikari"
    found = {(c["role"], c["value"]) for c in extract_counts(text, title, [(0, len(text))])}
    assert {("victims_child", 3), ("victims_female", 3)} <= found
    parts = ("Polisi menyelamatkan lima remaja perempuan korban TPPO. Tiga berasal dari Kabupaten Mappi dan dua dari "
             "Kabupaten Asmat.")
    assert {("victims_rescued", 3), ("victims_rescued", 2)} <= roles(parts)


def test_the_rest_of_a_group_told_by_its_state_in_the_next_sentence_is_no_count() -> None:
    text = ("Pelaku mengirim enam pemuda ke Kamboja untuk bekerja di perusahaan penipuan daring. "
            "Dua dari enam pemuda itu berhasil pulang setelah keluarga membayar tebusan. "
            "Empat lainnya masih berada di Kamboja.")
    found = roles(text)
    assert ("victims", 6) in found and ("victims", 4) not in found
    by_origin = ("Polisi menyelamatkan enam pemuda korban TPPO di Batam. Dua dari enam pemuda itu berasal dari Kota "
                 "Medan. Empat lainnya berasal dari Kabupaten Deli Serdang.")
    assert ("victims_rescued", 2) in roles(by_origin)


def test_a_breakdown_by_regions_with_names_of_four_words() -> None:
    text = ("Sepanjang 2025 tercatat 120 korban TPPO. Korban terbanyak berasal dari Kabupaten Timor Tengah Utara "
            "dengan 40 orang, disusul Kabupaten Sumba Barat Daya 25 orang.")
    found = {(c["role"], c["value"], c["scope"]) for c in extract_counts(text)}
    assert {("victims", 40, "Kabupaten Timor Tengah Utara"), ("victims", 25, "Kabupaten Sumba Barat Daya")} <= found
    assert ("victims", 25, "Kabupaten Sumba Barat") not in found


def test_a_group_recruited_is_the_victims() -> None:
    text = "Sepanjang Maret hingga Juni 2025 para terdakwa merekrut lima perempuan dari Desa Waru dan sekitarnya."
    assert {("victims", 5), ("victims_female", 5)} <= roles(text)
    text = ("Polisi menggerebek penampungan dan menyelamatkan 12 korban TPPO. "
            "Pelaku mengaku telah merekrut 30 orang sejak 2023.")
    found = roles(text)
    assert ("victims_rescued", 12) in found and ("victims_rescued", 30) not in found


def test_children_told_among_the_victims_counted_just_before() -> None:
    text = ("Sepanjang 2025 dinas menangani 14 kasus TPPO dengan 30 korban. "
            "Sebagian besar perempuan usia produktif dan ada tujuh anak.")
    found = roles(text)
    assert ("victims_child", 7) in found and ("victims", 30) in found
    alone = "Di rumah itu ada tujuh anak yang sedang bermain."
    assert roles(alone) == set()  # no victims counted before: no part of them


def test_a_period_tally_recorded_a_few_words_before_its_number_is_no_rescue() -> None:
    text = ("Polisi menyelamatkan 18 korban TPPO di Pelabuhan Batam. Kementerian mencatat, sejak 2021 hingga "
            "pertengahan 2025 lebih dari 5.400 WNI menjadi korban perusahaan penipuan daring.")
    found = roles(text)
    assert {("victims_rescued", 18), ("victims", 5400)} <= found and ("victims_rescued", 5400) not in found
    saved = ("Polisi menyelamatkan 18 korban TPPO di Pelabuhan Batam. Kementerian mencatat, polisi sudah "
             "menyelamatkan 40 korban lain di pelabuhan yang sama.")
    assert ("victims_rescued", 40) in roles(saved)  # no period: the rescue of the day's story


def test_people_on_a_boat_that_patrols_stop_are_rescued() -> None:
    text = ("Tim patroli Lanal Batam menghentikan sebuah speedboat yang membawa 15 calon PMI ilegal di perairan "
            "Nongsa.")
    assert ("victims_rescued", 15) in roles(text)
    text = "Pelaku telah mengirim 15 calon PMI ilegal ke Malaysia sebelum aksinya dihentikan polisi."
    assert ("victims_rescued", 15) not in roles(text)  # sent before: the stop is the trafficker's


def test_a_part_of_complaints_indicated_as_trafficking_cases_is_cases() -> None:
    text = ("Sepanjang 2025 dinas menerima 24 pengaduan dari keluarga pekerja migran. "
            "Sebanyak sembilan di antaranya terindikasi sebagai kasus TPPO dan dilaporkan ke polisi.")
    found = pairs(text)
    assert ("cases", 9, True) in found and ("reports", 9, True) not in found
    assert ("reports", 24, True) not in found  # only a part of the complaints is trafficking
    people = "Polisi memeriksa 40 PMI. Sebanyak 12 orang di antaranya terindikasi sebagai korban TPPO."
    assert ("victims", 12) in roles(people)


def test_the_rest_of_a_trafficking_part_keeps_its_topic() -> None:
    text = ("BP3MI menangani 300 PMI bermasalah sepanjang 2025. Sebanyak 40 orang di antaranya terindikasi sebagai "
            "korban TPPO. Dari 40 korban TPPO itu, 25 orang dipekerjakan di Malaysia, sementara 15 lainnya dikirim "
            "ke Kamboja.")
    found = pairs(text)
    assert ("victims", 15, True) in found and ("victims", 300, True) not in found
    text = ("BP3MI menerima 300 PMI deportasi sepanjang 2025. Sebanyak 40 orang di antaranya terindikasi korban TPPO. "
            "Sementara 260 PMI lainnya dipulangkan ke daerah asal.")
    assert ("victims", 260, True) not in pairs(text)


def test_one_person_told_as_one_of_a_group_is_no_count() -> None:
    text = "Ia adalah satu dari tujuh ABK asal Kabupaten Brebes yang dipulangkan dari kapal berbendera Tiongkok."
    found = roles(text)
    assert ("victims", 1) not in found and ("victims", 7) in found
    text = "Rina adalah satu dari lima perempuan asal Kabupaten Cianjur yang dipulangkan dari Erbil pekan lalu."
    found = roles(text)
    assert ("victims_female", 1) not in found and ("victims_female", 5) in found
    child = "Polisi menyelamatkan tujuh korban TPPO. Satu dari tujuh korban itu masih berusia 13 tahun."
    assert ("victims_child", 1) in roles(child)  # a child among them still counts
    part = "Tiga dari tujuh ABK itu berasal dari Kabupaten Brebes."
    assert ("victims", 3) in roles(part)


def test_a_trafficker_noun_before_a_number_of_people_names_whose_victims_they_are() -> None:
    text = ("Hakim menjatuhkan vonis empat tahun kepada terdakwa Ucok, perekrut delapan pemuda asal Kota Medan yang "
            "dikirim ke perusahaan penipuan daring di Kamboja.")
    found = roles(text)
    assert ("victims", 8) in found and ("suspects", 8) not in found
    text = "Polisi menetapkan tersangka sebanyak empat orang dalam kasus TPPO itu."
    assert ("suspects", 4) in roles(text)


def test_gambling_compounds_of_a_scam_route_are_no_other_crime() -> None:
    text = ("Polda Kalbar menangani 16 laporan polisi terkait TPPO sepanjang 2025. "
            "Modus terbaru adalah perekrutan untuk bekerja di perusahaan judi dan penipuan daring di Kamboja. "
            "Polisi menggagalkan keberangkatan delapan warga yang hendak menempuh rute tersebut.")
    assert ("victims_rescued", 8, True) in pairs(text)
    text = ("Polda Kalbar menangani 16 laporan polisi terkait TPPO sepanjang 2025. "
            "Polda juga membongkar jaringan judi online di Pontianak. "
            "Polisi menangkap 30 orang dalam kasus tersebut.")
    assert ("suspects", 30, True) not in pairs(text) and ("arrests", 30, True) not in pairs(text)


def test_people_sought_then_said_to_be_wanted_are_suspects() -> None:
    text = ("Polisi masih memburu tiga orang lainnya yang berperan sebagai perekrut dan penampung di Batam. "
            "Ketiganya kini masuk daftar pencarian orang (DPO).")
    assert ("suspects", 3) in roles(text)
    sought = "Polisi masih memburu tiga orang lainnya yang berperan sebagai perekrut dan penampung di Batam."
    assert ("suspects", 3) not in roles(sought)


def test_graduates_applicants_and_job_seekers_are_people_whose_role_the_clause_tells() -> None:
    text = "Polda menyebut sebanyak 18 lulusan SMK dari Kota Padang menjadi korban magang palsu ke Jepang."
    assert ("victims", 18) in roles(text)
    text = "Polisi menggagalkan pengiriman 12 pencari kerja asal Kabupaten Garut ke Malaysia."
    assert ("victims_rescued", 12) in roles(text)
    text = "Bursa kerja itu diikuti 300 pencari kerja dari berbagai daerah."
    assert roles(text) == set()  # who attended


def test_young_people_whose_ages_are_all_adult_are_no_children_when_said_of_the_whole_group() -> None:
    text = ("Sembilan lulusan sebuah SMK swasta mengadu ke polisi karena dipaksa bekerja 12 jam di pabrik di Jepang. "
            "Kesembilan remaja berusia 18 sampai 20 tahun itu berangkat melalui sebuah LPK.")
    found = roles(text)
    assert ("victims", 9) in found and ("victims_child", 9) not in found
    young = ("Sembilan lulusan sebuah SMP mengadu ke polisi karena dipaksa bekerja di pabrik. "
             "Kesembilan remaja berusia 15 sampai 16 tahun itu berangkat melalui seorang calo.")
    assert ("victims_child", 9) in roles(young)


def test_a_part_by_sex_told_again_with_korban_is_no_new_total() -> None:
    text = ("Ada lima kasus TPPO dengan korban sebelas orang. Delapan korbannya perempuan dan tiga laki-laki. "
            "Kasus itu terjadi di Kota Bengkulu. Sebagian korban dipekerjakan di kafe, sedangkan tiga korban "
            "laki-laki dikirim ke Malaysia.")
    found = roles(text)
    assert ("victims_male", 3) in found and ("victims", 3) not in found
    text = "Polisi menyelamatkan tiga korban laki-laki dari kapal ikan di Pelabuhan Benoa."
    assert {("victims_rescued", 3), ("victims_male", 3)} <= roles(text)  # told first: the whole group


def test_a_whole_group_said_at_the_end_of_the_victims_sentence() -> None:
    text = "Ada tujuh orang yang menjadi korban dalam kasus TPPO ini, seluruhnya perempuan."
    assert {("victims", 7), ("victims_female", 7)} <= roles(text)
    text = "Polisi menyelamatkan 11 korban TPPO dari sebuah kafe di Sampit, semuanya perempuan."
    assert {("victims_rescued", 11), ("victims_female", 11)} <= roles(text)
    text = "Polisi menyelamatkan 11 korban TPPO dan menangkap 3 tersangka, seluruhnya perempuan."
    assert ("victims_female", 11) not in roles(text)  # the mark is said of the nearer number


def test_victims_named_by_initials_or_names_with_their_ages() -> None:
    text = "Polisi menyelamatkan korban TPPO berinisial AS (16), RN (17) dan DW (15) dari sebuah kafe di Sampit."
    assert {("victims_rescued", 3), ("victims_child", 3)} <= roles(text)
    text = "Kedua korban, Mawar (14) dan Melati (16), dijajakan kepada pria hidung belang lewat aplikasi."
    assert {("victims", 2), ("victims_child", 2)} <= roles(text)
    grown = "Polisi menyelamatkan korban TPPO berinisial AS (26), RN (27) dan DW (25) dari sebuah kafe di Sampit."
    found = roles(grown)
    assert ("victims_rescued", 3) in found and ("victims_child", 3) not in found
    recruiter = "Para calon pekerja itu direkrut oleh seorang pria berinisial YT (41), warga Kecamatan Amanuban, TTS."
    assert roles(recruiter) == set()  # one man and a regency's initials: no victims


def test_children_among_victims_named_without_their_number_are_no_victim_total() -> None:
    text = "Polisi menyebut enam di antara korban TPPO itu masih di bawah umur."
    found = roles(text)
    assert ("victims_child", 6) in found and ("victims", 6) not in found
    whole = "Polisi menyebut enam korban TPPO itu masih di bawah umur."
    assert {("victims", 6), ("victims_child", 6)} <= roles(whole)


def test_a_count_written_with_a_scale_word() -> None:
    text = "Kemenlu mencatat lebih dari 4 ribu WNI menjadi korban online scam di Kamboja."
    assert ("victims", 4000) in roles(text)
    money = "Korban dijanjikan gaji Rp 7 juta per bulan dan bonus 2 juta setiap tiga bulan."
    assert roles(money) == set()


def test_departures_held_or_postponed_are_rescues() -> None:
    text = "Petugas imigrasi menahan keberangkatan 14 CPMI nonprosedural di Bandara Juanda."
    assert ("victims_rescued", 14) in roles(text)
    text = "Sebanyak 14 CPMI nonprosedural ditunda keberangkatannya oleh petugas imigrasi."
    assert ("victims_rescued", 14) in roles(text)
    held = "Polisi menahan dua tersangka TPPO di Mapolres."
    assert roles(held) == {("suspects", 2)}


def test_victims_sent_home_to_their_families_after_a_rescue_stay_rescued() -> None:
    text = "Petugas memulangkan 21 korban TPPO ke daerah asal setelah diselamatkan dari penampungan."
    assert ("victims_rescued", 21) in roles(text)
    abroad = "KBRI memulangkan 21 korban TPPO dari Kamboja ke Indonesia."
    assert ("victims", 21) in roles(abroad)


def test_a_group_led_by_a_verb_of_composition_is_the_group_of_victims() -> None:
    text = "Korban TPPO sepanjang 2025 didominasi perempuan sebanyak 60 orang dan anak 20 orang."
    found = roles(text)
    assert {("victims_female", 60), ("victims_child", 20)} <= found and ("victims", 60) not in found
    qualifier = "Polda mencatat eksploitasi anak sebanyak 4 kasus."
    assert roles(qualifier) == {("cases", 4)}  # the group word qualifies another noun


def test_a_count_said_again_for_another_year_or_part_in_a_coordinated_clause() -> None:
    text = "Pada 2025 jumlah korban TPPO mencapai 1.300 orang, sedangkan pada 2024 sebanyak 950 orang."
    assert {("victims", 1300), ("victims", 950)} <= roles(text)
    text = ("Dari 30 korban, 22 orang berhasil dipulangkan melalui KBRI, sedangkan delapan orang lainnya masih di "
            "Kamboja.")
    assert {("victims", 22), ("victims", 8)} <= roles(text)
    other = "Polisi menyelamatkan 12 korban TPPO, sedangkan pelaku yang diamankan sebanyak 3 orang."
    assert ("victims", 3) not in roles(other) and ("victims_rescued", 3) not in roles(other)


def test_people_suspected_to_be_victims_are_no_perpetrators() -> None:
    text = "Petugas mengamankan 8 orang yang diduga sebagai korban TPPO di pelabuhan."
    assert roles(text) == {("victims_rescued", 8)}
    text = "Petugas mengamankan 3 orang yang diduga sebagai perekrut calon PMI ilegal."
    assert roles(text) == {("arrests", 3)}


def test_the_ends_of_a_range_in_words_are_no_counts() -> None:
    text = "Dalam kasus TPPO itu, masing-masing tersangka merekrut tiga hingga enam korban."
    assert roles(text) == set()
    text = "Polisi menyelamatkan enam korban TPPO hingga Senin malam."
    assert roles(text) == {("victims_rescued", 6)}


def test_a_part_of_the_victims_told_by_its_state_after_korban_di_antaranya_is_no_count() -> None:
    text = ("Para tersangka telah memberangkatkan 12 warga ke Arab Saudi. "
            "Lima korban di antaranya sudah berhasil dipulangkan.")
    found = roles(text)
    assert ("victims", 12) in found and ("victims", 5) not in found
    origin = "Polisi menyelamatkan 20 korban TPPO. Tujuh korban di antaranya berasal dari Kabupaten Sikka."
    assert ("victims_rescued", 7) in roles(origin)


def test_one_perpetrator_named_by_initials_is_no_count() -> None:
    # the contract skips a single named person, also when a number word tells that there is one
    assert ("suspects", 1) not in roles(
        "Selain terdakwa, satu orang lain berinisial KT yang diduga menjadi perantara masih berstatus DPO.")
    assert ("suspects", 1) not in roles(
        "Satu pelaku lain yang diduga mengurus paspor para korban, berinisial WN, hingga kini masih buron dan "
        "masuk daftar pencarian orang (DPO).")
    # not named: the one still wanted beside the suspects is a count of its own
    assert ("suspects", 1) in roles("Polisi menetapkan empat tersangka, sementara satu lainnya masih diburu.")


def test_a_part_larger_than_the_suspects_named_last_is_a_part_of_the_victims() -> None:
    text = ("Polisi menangkap dua perekrut yang mengirim sembilan perempuan ke Batam. Kedua tersangka, RA (41) dan "
            "TS (36), ditangkap di rumah masing-masing. Enam di antaranya masih di bawah umur.")
    assert ("victims_child", 6) in roles(text)
    # a part that fits in the suspects is still theirs
    text = ("Polisi menetapkan lima tersangka dalam kasus pengiriman PMI ilegal itu. Dua di antaranya "
            "perempuan.")
    assert ("victims_female", 2) not in roles(text)


def test_ages_told_after_a_word_of_knowing_make_a_part_children() -> None:
    text = ("Polisi membongkar eksploitasi seksual terhadap empat perempuan muda asal Kabupaten Sikka. Tiga dari "
            "empat korban diketahui masih berusia 15 dan 16 tahun.")
    assert {("victims_female", 4), ("victims_child", 3)} <= roles(text)
    # the ages of adults make no children
    text = ("Polisi menemukan empat korban di sebuah kafe. Tiga dari empat korban diketahui berusia 19 dan 20 "
            "tahun.")
    assert not any(role == "victims_child" for role, _ in roles(text))


def test_people_exploited_are_the_victims_of_the_exploitation() -> None:
    assert {("victims", 5), ("victims_female", 5)} <= roles(
        "Polisi mengungkap praktik eksploitasi seksual terhadap lima perempuan di sebuah panti pijat.")
    # without a deed done to them the women are no victims
    assert roles("Acara itu dihadiri lima perempuan pengusaha dari Kota Kupang.") == set()


def test_young_people_are_no_children() -> None:
    text = "Tahun ini LSM itu mendampingi 21 korban, tujuh di antaranya anak muda lulusan SMA yang dikirim ke Kamboja."
    assert ("victims_child", 7) not in roles(text)
    assert ("victims_child", 7) in roles(
        "Tahun ini LSM itu mendampingi 21 korban, tujuh di antaranya anak di bawah umur.")


def test_cases_or_complaints_of_troubled_migrant_workers_are_not_all_trafficking() -> None:
    assert pairs("Sepanjang 2025 posko itu menerima 38 aduan pekerja migran yang bermasalah di luar negeri.") == {
        ("reports", 38, False)}
    assert ("cases", 14, False) in pairs("LSM itu mendampingi 14 kasus PMI bermasalah dari Kabupaten Jember.")
    # trafficking named in the noun keeps the topic
    assert ("reports", 38, True) in pairs("Polda menerima 38 laporan TPPO pekerja migran bermasalah tahun ini.")


def test_a_total_broken_down_into_other_crimes_is_not_all_trafficking() -> None:
    text = ("Sepanjang 2026 polres itu menerima 215 laporan polisi terkait perempuan dan anak. Dari 215 laporan "
            "itu, pencabulan anak sebanyak 90 perkara dan KDRT 70 perkara. Untuk TPPO ada 12 kasus.")
    assert {("reports", 215, False), ("cases", 12, True)} <= pairs(text)
    text = "Sepanjang 2026 polres itu menerima 40 laporan TPPO. Dari 40 laporan itu, 25 perkara sudah P21."
    assert ("reports", 40, True) in pairs(text)


def test_people_already_sent_abroad_are_not_the_group_a_raid_rescued() -> None:
    text = ("Dalam penggerebekan itu, lima perempuan berhasil diselamatkan. Menurut penyidik, sedikitnya 18 "
            "perempuan sudah dikirim ke Jepang sejak 2024.")
    assert {("victims_rescued", 5), ("victims", 18)} <= roles(text)
    # to be sent: the people stopped are the rescue's
    text = ("Dalam penggerebekan itu, lima perempuan berhasil diselamatkan. Sebanyak 18 perempuan yang akan "
            "dikirim ke Jepang juga diamankan petugas.")
    assert ("victims_rescued", 18) in roles(text)


def test_a_collective_with_its_number_restates_a_group_told_sentences_before() -> None:
    text = ("Petugas imigrasi menunda keberangkatan tujuh WNI yang hendak terbang ke Doha. Ketujuh WNI itu diduga "
            "akan dipekerjakan secara nonprosedural. Kepala kantor mengatakan pemeriksaan dilakukan di Terminal 3. "
            "Ketujuh perempuan itu mengaku hendak berlibur.")
    assert ("victims_female", 7) in roles(text)
    # no group of that number told before: no count
    text = ("Petugas imigrasi menunda keberangkatan tujuh WNI yang hendak terbang ke Doha. Pemeriksaan dilakukan "
            "di Terminal 3. Kelima perempuan itu mengaku hendak berlibur.")
    assert not any(role == "victims_female" for role, _ in roles(text))



def test_adults_of_one_sex_in_a_breakdown_by_age_and_sex() -> None:
    text = ("Tim gabungan menyelamatkan 640 korban TPPO. Dari jumlah itu, wanita dewasa sebanyak 300 orang, pria "
            "dewasa 220 orang dan anak-anak 120 orang.")
    assert {("victims_female", 300), ("victims_male", 220), ("victims_child", 120)} <= roles(text)
    # adults who only attend are no count
    assert roles("Sebanyak 30 pria dewasa hadir dalam sosialisasi itu.") == set()


def test_people_of_another_period_in_a_comparison_restating_the_last_count() -> None:
    text = ("Sepanjang 2025 dinas itu memulangkan 140 korban TPPO dari Kamboja. Jumlah itu meningkat tajam "
            "dibanding 2024 yang tercatat 61 orang.")
    assert {("victims", 140), ("victims", 61)} <= roles(text)
    text = "Sepanjang 2025 polisi menetapkan 33 tersangka TPPO. Jumlah itu turun dibanding 2024 sebanyak 45 orang."
    assert ("suspects", 45) in roles(text)
    # no comparison: the people are no count of the earlier kind
    text = "Sepanjang 2025 polisi menyelamatkan 140 korban TPPO. Jumlah itu melibatkan 61 orang petugas."
    assert ("victims_rescued", 61) not in roles(text) and ("victims", 61) not in roles(text)


def test_people_kept_from_leaving_are_rescued_also_when_sent_home_after() -> None:
    text = ("Tiga perempuan asal Kabupaten Garut batal terbang ke Arab Saudi setelah polisi membongkar pengiriman "
            "pekerja migran ilegal. Ketiganya kini sudah dipulangkan ke keluarga masing-masing.")
    assert ("victims_rescued", 3) in roles(text)
    assert ("victims", 3) not in roles(text)


def test_defendants_listed_with_their_occupations_in_apposition() -> None:
    text = ("Sidang kasus TPPO digelar di PN Cikarang. Duduk di kursi terdakwa, HS (49), direktur sebuah lembaga "
            "pelatihan kerja (LPK) di Cikarang, dan DA (33), staf administrasi yang mengurus dokumen peserta.")
    assert roles(text) == {("suspects", 2)}
    text = "Terdakwa HS (49), direktur sebuah LPK di Cikarang, dan DA (33), staf administrasi, hadir di ruang sidang."
    assert roles(text) == {("suspects", 2)}
    text = "Tersangka TPPO AS (34), warga Desa Sukamaju, dan rekannya BR (29) kini ditahan di Mapolres."
    assert roles(text) == {("suspects", 2)}
    # a person named after a verb is no second suspect of the list
    text = "Tersangka TPPO AS (34) menjual korban dan LS (17) kepada pria hidung belang."
    assert ("suspects", 2) not in roles(text)


def test_a_corrected_figure_is_counted() -> None:
    text = "Polisi awalnya menyebut tiga korban TPPO. Setelah didata, korban ternyata empat orang, bukan tiga."
    assert ("victims", 4) in roles(text)


def test_people_called_victims_later_in_their_sentence() -> None:
    text = ("Sebanyak 15 PMI dideportasi dari Malaysia. Empat orang sudah kami rujuk ke polda karena ada indikasi kuat "
            "mereka korban perdagangan orang.")
    assert ("victims", 4) in roles(text)
    # another count between them: the later "mereka" is not theirs
    text = "Empat orang diperiksa, sedangkan 11 pekerja lain dipulangkan; mereka korban perdagangan orang."
    assert ("victims", 4) not in roles(text)


def test_a_victim_noun_said_all_men_in_apposition() -> None:
    text = ("Polda menetapkan tersangka TPPO yang mengirim 12 warga ke Korea. Kasubdit mengatakan korban, seluruhnya "
            "laki-laki, dijanjikan bekerja di pabrik.")
    assert ("victims_male", 12) in roles(text)


def test_the_other_people_of_a_victim_count_in_the_same_sentence() -> None:
    text = ("Polda menetapkan tersangka TPPO yang mengirim 12 korban ke Korea. Sebanyak tujuh korban telah "
            "dideportasi pada Juli lalu, sementara lima orang lainnya masih berada di sana.")
    assert ("victims", 5) in roles(text)


def test_children_among_the_victims_do_not_make_the_rest_no_victims() -> None:
    text = ("Jaksa menuntut terdakwa dalam sidang perkara perdagangan orang. Terdakwa didakwa memberangkatkan tujuh "
            "warga ke Malaysia tanpa dokumen resmi. Dua di antara korban adalah anak berusia 15 dan 16 tahun.")
    assert ("victims", 7, True) in pairs(text)
    # a part said to be victims still leaves the rest of the group outside trafficking
    text = ("BP3MI menerima 40 PMI deportasi dari Malaysia dalam kasus TPPO. Delapan orang di antaranya terindikasi "
            "korban TPPO.")
    assert ("victims", 40, True) not in pairs(text)


def test_people_secured_and_apposed_as_owner_madam_or_guard_are_no_rescued_victims() -> None:
    text = ("Polisi menggerebek tempat karaoke dan menyelamatkan enam perempuan korban TPPO. Polisi mengamankan tiga "
            "orang di lokasi, yakni pemilik karaoke berinisial HS (45), seorang perempuan yang berperan sebagai mami "
            "berinisial RN (38), serta seorang penjaga berinisial AD (27).")
    assert ("victims_rescued", 3) not in roles(text)
    assert ("arrests", 3) in roles(text)
    # two of them then named suspects: the group secured is an arrest count, the two are the suspects
    text += " Setelah pemeriksaan, HS dan RN ditetapkan sebagai tersangka, sedangkan AD masih berstatus saksi."
    assert roles(text) == {("victims_rescued", 6), ("victims_female", 6), ("arrests", 3), ("suspects", 2)}


def test_people_trafficked_and_a_figure_that_stays() -> None:
    text = "Polisi menangkap seorang pria dalam kasus TPPO. Ia diduga memperdagangkan 8 perempuan ke sejumlah bar."
    assert ("victims", 8) in roles(text)
    text = "Penyidik melimpahkan berkas perkara TPPO. Menurut penyidik, total korban tetap tujuh orang."
    assert ("victims", 7) in roles(text)


def test_children_told_by_sex_are_counted_once_as_children() -> None:
    text = ("Polisi menangkap seorang pria yang menjual video anak ke grup berbayar. Kapolres mengatakan korban "
            "berjumlah tiga anak, terdiri dari dua anak perempuan serta satu anak laki-laki.")
    assert roles(text) == {("victims", 3), ("victims_child", 3), ("victims_female", 2), ("victims_male", 1)}


def test_victims_said_to_be_someones_children_are_not_perpetrators() -> None:
    text = ("Polisi menangkap seorang pria yang menjual video anak. Korban berjumlah empat anak. "
            "Mereka adalah anak tetangga pelaku.")
    assert ("arrests", 4) not in roles(text)
    assert ("victims_child", 4) in roles(text)


def test_a_police_forces_whole_caseload_is_not_trafficking() -> None:
    title = "Polda Bali Ungkap 2.815 Kasus Sepanjang 2025, Ada 11 Kasus TPPO"
    text = (title + "\n\nKapolda memaparkan sepanjang tahun ini jajarannya menangani 2.815 kasus tindak pidana, dan "
            "2.204 kasus di antaranya telah diselesaikan. Ditreskrimum menangani 1.428 perkara pidana umum. "
            "Untuk TPPO, Polda menangani 11 kasus dengan 46 korban.")
    found = pairs(text, title=title)
    assert {("cases", 2815, False), ("cases", 2204, False), ("cases", 1428, False)} <= found
    assert {("cases", 11, True), ("victims", 46, True)} <= found


def test_a_breakdown_of_trafficking_cases_by_kind_stays_trafficking() -> None:
    text = ("Sepanjang semester pertama pihaknya menangani empat kasus dugaan TPPO. Tiga kasus terkait pekerja "
            "migran ke Timur Tengah dan satu kasus eksploitasi anak di tempat hiburan.")
    assert ("cases", 3, True) in pairs(text)


def test_officially_named_suspect_is_no_lawful_placement() -> None:
    text = "UH, sponsor yang menampung empat calon pekerja migran di Cugenang, resmi ditetapkan tersangka."
    assert roles(text) == {("victims", 4)}
    assert roles("Sebanyak 120 calon pekerja migran resmi diberangkatkan ke Korea.") == set()


def test_a_number_of_people_takes_the_noun_its_sentence_opens_with() -> None:
    text = ("Jumlah calon pekerja migran yang digagalkan keberangkatannya di Bandara El Tari Kupang pada Selasa lalu "
            "bertambah menjadi 11 orang.")
    assert {role for role, value in roles(text) if value == 11} & {"victims", "victims_rescued"}
    assert {role for role, value in roles("Kupang, kupangterkini.example.id - " + text) if value == 11}
    # things counted on the way are no people; a relative clause that rescues the noun rescues its number
    text = ("Jumlah korban eksploitasi yang diselamatkan polisi dari tiga warung remang-remang di Kecamatan Tuban, "
            "Kabupaten Tuban, mencapai tujuh orang.")
    assert ("victims_rescued", 7) in roles(text)
    # people counted on the way leave the number to its own noun
    assert ("victims", 7) not in roles("Jumlah korban dari dua tersangka itu mencapai tujuh orang.")


def test_the_whole_group_said_after_its_parts_by_origin_is_the_group() -> None:
    text = ("Polisi menggagalkan keberangkatan delapan orang pekerja migran ilegal ke Malaysia. Kedelapan calon PMI "
            "itu terdiri dari lima orang asal Kabupaten Aceh Tamiang, dua orang asal Kabupaten Merangin, dan satu "
            "orang dari Kabupaten Rokan Hilir. Seluruhnya laki-laki.")
    assert ("victims_male", 8) in roles(text) and ("victims_male", 1) not in roles(text)


def test_a_group_whose_ages_are_all_under_18_is_children() -> None:
    text = ("Terdakwa mengirim tiga gadis asal Nangapanda ke Malaysia. Ketiganya saat itu masih berusia 15, 16 dan 17 "
            "tahun.")
    assert {("victims_female", 3), ("victims_child", 3)} <= roles(text)
    adults = "Polisi menyelamatkan tiga perempuan. Ketiganya berusia 25, 26 dan 27 tahun."
    assert ("victims_child", 3) not in roles(adults)


def test_a_group_secured_with_a_perpetrator_among_those_listed_is_held_people() -> None:
    text = ("Polisi mengatakan empat orang diamankan dalam kasus penjualan bayi ini, yakni ibu bayi berinisial DA "
            "(23), dua perantara berinisial SR (47) dan YT (40), serta seorang bidan berinisial NK (51).")
    assert ("arrests", 4) in roles(text) and ("victims_rescued", 4) not in roles(text)


def test_guards_and_escorts_secured_are_no_victims() -> None:
    rescue = "Polisi menyelamatkan 23 calon PMI ilegal korban TPPO dari sebuah penampungan di Batam. "
    assert ("victims_rescued", 1) not in roles(rescue + "Kami amankan satu orang penjaga penampungan berinisial RS.")
    escorts = ("Petugas menggagalkan pengiriman 17 calon PMI ilegal di pelabuhan. Petugas juga mengamankan empat orang "
               "pengantar yang berada di dalam mobil bersama para calon PMI.")
    assert ("arrests", 4) in roles(escorts) and ("victims_rescued", 4) not in roles(escorts)


def test_people_arrested_of_whom_only_some_are_named_suspects_are_an_arrest_count() -> None:
    text = ("Polisi menangkap tiga orang terkait penjualan bayi melalui media sosial. Ketiga pelaku yakni ibu bayi "
            "berinisial SN (21) serta dua perantara berinisial MR (39) dan WT (42). Ibu bayi menerima Rp 7 juta. "
            "Sementara ini dua perantara sudah jadi tersangka, ibu bayi masih kami dalami perannya.")
    assert {("arrests", 3), ("suspects", 2)} <= roles(text) and ("suspects", 3) not in roles(text)
    named = ("Polisi menyelamatkan lima perempuan dari sebuah bar. Polisi mengamankan empat orang, yakni pengelola bar "
             "berinisial JT (41), seorang kasir dan dua pria penjaga. Setelah gelar perkara, JT ditetapkan sebagai "
             "tersangka, sementara tiga lainnya masih diperiksa sebagai saksi.")
    assert ("arrests", 4) in roles(named) and ("suspects", 4) not in roles(named)
    # the whole group named suspects after its parts: suspects
    whole = ("Lima perempuan diamankan bersama tiga orang perantara di bandara. Satu tersangka warga negara asing, dua "
             "lainnya warga setempat. Ketiga tersangka dijerat Pasal 4 UU TPPO.")
    assert ("suspects", 3) in roles(whole) and ("arrests", 3) not in roles(whole)


def test_a_period_total_said_again_is_no_rescue_of_the_example_case() -> None:
    text = ("Sepanjang 2025 Polda mengungkap lima kasus TPPO. Direktur Reskrimum menjelaskan, lima kasus TPPO itu "
            "melibatkan sembilan tersangka dan 17 korban. Dari 17 korban, sebanyak 12 orang merupakan perempuan "
            "dewasa. Salah satu kasus yang menonjol adalah pengungkapan di Keerom, ketika polisi menyelamatkan empat "
            "remaja perempuan.")
    assert ("victims", 17) in roles(text) and ("victims_rescued", 17) not in roles(text)


def test_the_scam_work_victims_are_forced_into_is_no_other_crime() -> None:
    text = ("Sempat disekap dan dipaksa jadi admin judi online di Myawaddy, tiga pemuda asal Kabupaten Ogan Komering "
            "Ilir akhirnya pulang ke kampung halaman.")
    assert ("victims", 3, True) in pairs(text)


def test_abuse_told_before_a_count_is_no_other_topic() -> None:
    text = ("Berkas perkara dua tersangka kasus perdagangan orang bermodus pengantin pesanan dinyatakan lengkap. "
            "\"Di sana korban dipaksa bekerja di ladang tanpa dibayar, bahkan mengalami kekerasan. Dari penyidikan, "
            "total ada empat korban,\" kata Kasubdit.")
    assert ("victims", 4, True) in pairs(text)
    # a sentence naming cases of violence is the topic of the figures after it
    text = ("Polda menangani 64 laporan TPPO sepanjang tahun. Ia juga menyinggung kasus-kasus kekerasan terhadap "
            "perempuan dan anak. Sepanjang 2025 ada 2.104 laporan.")
    assert ("reports", 2104, False) in pairs(text)


def test_people_of_a_case_set_apart_are_not_the_articles() -> None:
    text = ("Imigrasi menunda keberangkatan tiga pemuda dalam kasus TPPO. Kasus ini tidak terkait dengan lima WNI "
            "tujuan Kamboja yang dicegah awal pekan.")
    assert roles(text) == {("victims_rescued", 3), ("victims_male", 3)}
    # a group set apart by "berbeda dengan" right before its number
    text = ("Lima nelayan asal Kabupaten Cilacap korban kerja paksa tiba di rumah. Rombongan ini berbeda dengan "
            "sembilan PMI yang dipulangkan dari Taiwan bulan lalu.")
    assert {value for _, value in roles(text)} == {5}
    # a number before the words is the article's own
    assert roles("Polisi menyelamatkan 5 korban TPPO. Lima korban itu tidak terkait dengan jaringan lain.") == {
        ("victims_rescued", 5)}
    # a sentence opening at an earlier time whose people also went through it: an earlier group; not the
    # article's own suspects told at an earlier time ("Sebelumnya, polisi juga menangkap ...")
    text = ("KJRI Kuching menyerahkan enam buruh kebun sawit korban TPPO melalui PLBN Entikong. Bulan lalu, sembilan "
            "perempuan korban eksploitasi di rumah makan juga dipulangkan melalui pos lintas batas yang sama.")
    assert {value for _, value in roles(text)} == {6}
    assert ("suspects", 2) in roles("Polisi menyelamatkan enam korban TPPO. Sebelumnya, polisi juga menangkap dua "
                                    "tersangka.")


def test_people_counted_in_a_clause_of_an_earlier_act_told_again_are_that_acts() -> None:
    text = ("Belum sepekan setelah tujuh calon PMI ilegal digagalkan, petugas Imigrasi kembali menggagalkan "
            "keberangkatan tiga perempuan ke Arab Saudi.")
    assert roles(text) == {("victims_rescued", 3), ("victims_female", 3)}
    # negative: a clause of what was done first, with no act told again, counts the article's people
    text = "Setelah menyelamatkan lima korban di rumah penampungan, polisi menangkap dua perekrut."
    assert ("victims_rescued", 5) in roles(text)


def test_people_stopped_right_after_the_verb_are_counted_without_another_victim_word() -> None:
    text = "Petugas Imigrasi di PLBN Skouw mencegah empat perempuan yang hendak menyeberang ke Papua Nugini."
    assert roles(text) == {("victims_rescued", 4), ("victims_female", 4)}


def test_a_sending_home_still_to_come_leaves_the_rescue_standing() -> None:
    text = ("Polisi menggagalkan pengiriman 19 calon PMI ilegal ke Malaysia. Enam di antaranya asal Kabupaten "
            "Bulukumba. Para korban diserahkan ke BP3MI untuk dipulangkan.")
    assert {("victims_rescued", 19), ("victims_rescued", 6)} <= roles(text)
    # negative: a group brought home from abroad is counted as victims, not rescued
    text = "Sebanyak 19 pekerja migran korban TPPO dipulangkan dari Malaysia. Polisi menggagalkan pengiriman mereka."
    assert ("victims", 19) in roles(text)


def test_a_part_of_people_secured_called_suspects_makes_the_group_an_arrest_count() -> None:
    text = "Polisi mengamankan empat orang di pelabuhan. Tiga di antaranya ditetapkan sebagai tersangka."
    assert roles(text) == {("arrests", 4), ("suspects", 3)}
    text = ("Polisi mengamankan empat orang di pelabuhan. Dari empat orang yang kita amankan, tiga sudah ditetapkan "
            "sebagai tersangka.")
    assert roles(text) == {("arrests", 4), ("suspects", 3)}
    # past the part's names and ages, with the status said by the police in the first person
    text = ("\"Kami mengamankan empat orang di penginapan. Tiga di antaranya, AB (30), CD (25) dan EF (41), kami "
            "tetapkan sebagai tersangka,\" kata Kapolres.")
    assert roles(text) == {("arrests", 4), ("suspects", 3)}
    # negative: a part of the people secured told by its origin keeps them victims
    text = "Polisi mengamankan empat orang calon PMI di pelabuhan. Tiga di antaranya berasal dari Kabupaten Bima."
    assert ("suspects", 3) not in roles(text)


def test_teenagers_with_only_a_part_told_as_children_are_not_all_children() -> None:
    text = ("Terdakwa merekrut empat remaja perempuan, dua di antaranya masih berusia 15 dan 16 tahun, untuk "
            "dipekerjakan sebagai pemandu lagu. Kasus TPPO.")
    found = roles(text)
    assert {("victims_female", 4), ("victims_child", 2)} <= found and ("victims_child", 4) not in found
    # negative: teenage girls with no part told otherwise are children
    assert ("victims_child", 4) in roles("Polisi menyelamatkan empat remaja perempuan dari sebuah kafe. Kasus TPPO.")


def test_interns_of_a_placement_scheme_are_people_not_attendees() -> None:
    text = ("Polresta Sleman menetapkan direktur LPK sebagai tersangka TPPO berkedok magang ke Jepang. Tersangka "
            "memberangkatkan 23 peserta magang ke Jepang. Dari 23 peserta, 17 orang laki-laki dan enam perempuan.")
    assert {("victims", 23), ("victims_male", 17), ("victims_female", 6)} <= roles(text)
    # negative: the attendees of an event are no count
    assert roles("Sosialisasi bahaya TPPO di aula kecamatan diikuti 120 peserta dari sejumlah desa.") == set()


def test_people_of_a_case_set_apart_with_berbeda_dari_are_not_counted() -> None:
    text = ("Petugas Imigrasi mencegah keberangkatan 3 WNI tujuan Kamboja. Pencegahan ini berbeda dari kasus enam "
            "calon ART ke Dubai yang digagalkan Senin lalu.")
    found = roles(text)
    assert ("victims_rescued", 3) in found and not any(value == 6 for _, value in found)


def test_overseers_and_escorts_of_a_group_are_no_victims() -> None:
    text = ("Tim Satreskrim mengevakuasi 11 pekerja dari kamp tambang emas yang terjerat utang. Dalam operasi itu, "
            "polisi turut mengamankan dua orang pengawas kamp.")
    assert roles(text) == {("victims_rescued", 11), ("arrests", 2)}
    text = ("Polisi mencegat tujuh calon pekerja migran di pelabuhan. Petugas curiga melihat rombongan yang "
            "didampingi dua orang yang memegang seluruh tiket mereka. Kami menduga ada unsur TPPO.")
    assert roles(text) == {("victims_rescued", 7)}
    # negative: social workers sent to the victims are no escorts of the group
    text = "Polisi menetapkan dua tersangka TPPO. Para korban didampingi dua pendamping dari UPTD PPA Kabupaten Sikka."
    assert roles(text) == {("suspects", 2)}
    # negative: an inspector of the labour office is no overseer, and people escorted are still the group
    text = ("Dua orang pengawas ketenagakerjaan ikut memeriksa lokasi. Polisi menyelamatkan lima korban TPPO yang "
            "dijemput di pelabuhan.")
    assert roles(text) == {("victims_rescued", 5)}


def test_a_rescue_verb_after_a_long_run_of_place_names_governs_the_group() -> None:
    text = ("Sembilan pria asal Jawa yang bekerja di bagan apung penangkap ikan di perairan Kecamatan Senayang, "
            "Kabupaten Lingga, Kepulauan Riau, dievakuasi Satreskrim Polres Lingga. Mereka terjerat utang.")
    assert ("victims_rescued", 9) in roles(text)
    # negative: a handling verb is the clause's own verb; a stop told later in a list does not make them rescued
    text = ("BP3MI mencatat sebanyak 1.596 pekerja migran Indonesia (PMI) nonprosedural ditangani sepanjang Januari "
            "hingga pertengahan Desember 2025, baik yang dideportasi, dipulangkan, maupun yang dicegah berangkat. "
            "Sebanyak 74 di antaranya korban TPPO.")
    assert ("victims_rescued", 1596) not in roles(text)


def test_a_part_larger_than_the_children_of_a_group_is_of_the_whole_group() -> None:
    text = ("Sebanyak 132 PMI yang dideportasi dari Sabah tiba di Nunukan. Rombongan itu terdiri atas 98 laki-laki, "
            "27 perempuan, dan tujuh anak-anak. Sembilan orang di antaranya terindikasi menjadi korban TPPO.")
    found = roles(text)
    assert ("victims", 9) in found and ("victims_child", 9) not in found


def test_the_rest_after_one_of_a_group_is_no_new_group() -> None:
    text = ("Rizky adalah satu dari tiga pemuda asal Kabupaten Rokan Hilir yang kini terjebak di kompleks penipuan "
            "daring di Myawaddy. Dua lainnya adalah sepupunya. Mereka korban TPPO.")
    assert roles(text) == {("victims", 3), ("victims_male", 3)}


def test_abuse_told_of_them_before_a_count_is_no_other_topic() -> None:
    text = ("Terdakwa merekrut enam pemuda untuk perusahaan penipuan daring di Kamboja dalam perkara TPPO. Mereka "
            "yang gagal memenuhi target dihukum dengan pemotongan gaji dan kekerasan fisik. Empat korban berhasil "
            "pulang, sedangkan dua lainnya dipulangkan melalui KBRI Phnom Penh.")
    assert {("victims", 4, True), ("victims", 2, True)} <= pairs(text)


def test_the_rest_of_a_breakdown_by_origin_completes_it() -> None:
    text = ("Sebanyak 47 WNI korban penipuan daring di Kamboja tiba di Bandara Soekarno-Hatta. Rombongan disambut "
            "perwakilan Kementerian P2MI. Para WNI kemudian dibawa ke shelter BP3MI Banten. Sebanyak 14 orang "
            "berasal dari Jawa Barat, 11 orang dari DKI Jakarta, delapan orang dari Banten, enam orang dari Sumatera "
            "Utara, dan delapan orang lainnya dari berbagai provinsi.")
    assert {("victims", 14), ("victims", 11), ("victims", 8), ("victims", 6)} <= roles(text)


def test_a_total_told_again_by_its_number_keeps_its_breakdown_near() -> None:
    text = ("Sebanyak 25 WNI yang diduga menjadi korban TPPO tiba di Bandara Kualanamu. Mereka dibebaskan dari "
            "kompleks penipuan daring di Myawaddy. Setelah pendataan oleh KBRI Bangkok, mereka diterbangkan ke "
            "Indonesia. Ke-25 WNI itu terdiri atas 19 laki-laki dan enam perempuan. Seluruhnya berasal dari Sumatera "
            "Utara, yakni Kota Medan sembilan orang, Kabupaten Deli Serdang enam orang, dan Kota Pematangsiantar "
            "sepuluh orang.")
    assert {("victims", 9), ("victims", 6), ("victims", 10)} <= roles(text)


def test_a_forces_criminal_cases_are_not_trafficking() -> None:
    text = ("Polres Ponorogo mencatat 412 kasus kriminal terjadi sepanjang 2025. Kapolres juga menyoroti tiga kasus "
            "tindak pidana perdagangan orang (TPPO) yang diungkap jajarannya.")
    assert {("cases", 412, False), ("cases", 3, True)} <= pairs(text)


def test_a_total_tied_only_to_a_sign_of_trafficking_with_a_trafficking_part_is_not_all_trafficking() -> None:
    text = ("Sepanjang Januari sampai Juli 2026, KBRI Phnom Penh menangani 1.418 kasus WNI yang terkait dengan online "
            "scam. Dari jumlah itu, 312 orang teridentifikasi sebagai korban TPPO.")
    assert {("cases", 1418, False), ("victims", 312, True)} <= pairs(text)
    # negative: a total whose own sentence names trafficking stays trafficking
    text = ("Polda menerima 40 laporan TPPO sepanjang 2026. Dari jumlah itu, 12 laporan terindikasi TPPO "
            "jaringan internasional.")
    assert ("reports", 40, True) in pairs(text)


def test_minors_among_the_victims_named_again_are_children_and_their_ages_no_count() -> None:
    text = ("Subdit IV Renakta mengungkap praktik eksploitasi seksual berkedok spa. Polisi menyelamatkan sembilan "
            "perempuan yang dipekerjakan sebagai terapis. Tiga di antara para korban masih berusia di bawah umur, "
            "yakni 15 dan 16 tahun. Korban dijanjikan gaji Rp 6 juta per bulan ditambah tip.")
    found = pairs(text)
    assert {("victims_rescued", 9, True), ("victims_female", 9, True), ("victims_child", 3, True)} <= found
    assert not any(value in (15, 16) for _, value, _ in found)
    text = ("Polisi menyelamatkan tujuh perempuan korban TPPO di sebuah bar. Lima korban berasal dari Jawa Barat, "
            "sedangkan dua lainnya berasal dari Sulawesi Utara. Dua di antara ketujuh korban masih berusia di bawah "
            "18 tahun.")
    assert ("victims_child", 2, True) in pairs(text)
    # negative: a part said to be victims out of people named otherwise still tells a wider group
    text = ("Sebanyak 42 PMI dideportasi dari Malaysia tiba di Nunukan. Sembilan orang di antaranya terindikasi "
            "korban TPPO.")
    assert ("victims", 42, False) in pairs(text)


def test_people_arrested_right_after_their_number_are_no_victims() -> None:
    text = ("Tiga perempuan ditangkap Unit PPA Satreskrim Polrestabes Medan karena diduga memperjualbelikan bayi "
            "melalui grup Facebook. Ketiga tersangka masing-masing berinisial RS (47), LN (33), dan MT (52). Polisi "
            "menyelamatkan dua bayi yang akan dijual.")
    assert roles(text) == {("suspects", 3), ("victims_rescued", 2), ("victims_child", 2)}
    # negative: people held in a detention centre abroad are still the group
    text = "Sebanyak 12 perempuan ditahan di depot imigresen Malaysia sebelum dipulangkan. Mereka korban TPPO."
    assert ("victims_female", 12) in roles(text)


def test_suspects_told_by_sex_are_no_victims_and_organ_sellers_are_victims() -> None:
    text = ("Polda Metro Jaya menyerahkan enam tersangka kasus TPPO jual beli ginjal kepada jaksa. Penyidik "
            "mengidentifikasi 14 orang yang telah menjual ginjal melalui jaringan tersebut. Dari 14 korban, 12 orang "
            "laki-laki dan dua perempuan. Keenam tersangka, yang terdiri atas lima laki-laki dan satu perempuan, "
            "dijerat Pasal 2 UU TPPO.")
    assert roles(text) == {("suspects", 6), ("victims", 14), ("victims_male", 12), ("victims_female", 2)}
    # negative: people a suspect recruited, told by sex, are victims
    text = "Tersangka AS merekrut 20 warga, terdiri atas 12 perempuan dan 8 laki-laki, untuk dikirim ke Malaysia."
    assert {("victims_female", 12), ("victims_male", 8)} <= roles(text)


def test_an_earlier_act_whose_act_is_told_again_without_a_number_is_still_that_acts() -> None:
    text = ("Tiga hari setelah menggagalkan keberangkatan empat perempuan ke Kamboja, petugas di Bandara Hang Nadim "
            "kembali mengamankan calon korban perdagangan orang. Kali ini tiga pria asal Sumatera Utara diamankan.")
    found = roles(text)
    assert ("victims_rescued", 3) in found and not any(value == 4 for _, value in found)
    text = ("Belum sepekan setelah 14 calon pekerja migran digagalkan berangkat dari Pelabuhan Belawan, upaya serupa "
            "kembali terungkap di kawasan pelabuhan yang sama. Kali ini petugas menghentikan sebuah kapal kayu berisi "
            "6 orang calon PMI.")
    assert roles(text) == {("victims_rescued", 6)}
    # negative: a step done again to the same people is no other act
    text = "Setelah mengamankan empat perempuan di bandara, petugas kembali memeriksa dokumen mereka. Kasus TPPO."
    assert ("victims_rescued", 4) in roles(text)


def test_reports_partitioned_by_unit_with_their_own_noun_are_parts_of_the_trafficking_total() -> None:
    text = ("Satgas TPPO Polda Sultra menangani 21 laporan polisi dengan 30 tersangka. "
            "Di bidang lain, jajaran menangani 400 kasus pencurian. "
            "Warga diminta waspada terhadap tawaran kerja. "
            "Dari 21 laporan tersebut, Polresta Kendari menangani delapan laporan dan Polres Kolaka enam laporan.")
    found = {(c["role"], c["value"], c["about_tppo"], c["scope"]) for c in extract_counts(text)}
    assert ("reports", 8, True, "of 21") in found and ("reports", 6, True, "of 21") in found


def test_victims_by_home_or_destination_are_parts_of_the_total_told_far_before() -> None:
    text = ("Sepanjang 2026 Satgas TPPO menyelamatkan 52 korban perdagangan orang. "
            "Dari 52 korban itu, 30 perempuan dan 22 laki-laki. "
            "Di bidang narkotika, polisi mengungkap 120 kasus. "
            "Warga diminta melapor bila ada lowongan kerja mencurigakan. "
            "Korban paling banyak hendak dikirim ke Malaysia, yaitu 25 orang, kemudian ke Arab Saudi 9 orang. "
            "Berdasarkan daerah asal, korban terbanyak berasal dari Kabupaten Bone sebanyak 12 orang.")
    found = pairs(text)
    assert {("victims_rescued", 25, True), ("victims_rescued", 9, True), ("victims_rescued", 12, True)} <= found
    # other people counted by their home in a sentence of their own stay what they are
    deaths = ("BP3MI mencatat 148 korban TPPO semester ini. Ada pula 300 kasus kekerasan terhadap PMI. "
              "Tercatat 61 PMI asal Jatim meninggal dunia di luar negeri, sebagian besar di Malaysia.")
    assert ("victims", 61, False) in pairs(deaths)


def test_babies_handed_to_buyers_and_people_a_scheme_ensnares_are_victims() -> None:
    assert ("victims_child", 3, True) in pairs(
        "Polisi mengungkap praktik jual beli bayi. Kelompok ini sudah menyerahkan tiga bayi kepada pembeli.")
    assert ("victims_female", 4, True) in pairs(
        "Polres X mengungkap kasus perdagangan orang yang menjerat empat perempuan muda asal Kabupaten Y.")
    # a charge ensnares suspects, not victims
    assert not any(role.startswith("victims") for role, _, _ in pairs(
        "Polisi menjerat dua pria itu dengan Pasal 2 UU TPPO sebagai tersangka."))


def test_one_victim_said_for_emphasis_is_no_count() -> None:
    text = "Gugus tugas mencatat 23 kasus TPPO dengan 41 korban. Satu korban saja sudah terlalu banyak."
    assert pairs(text) == {("cases", 23, True), ("victims", 41, True)}


def test_the_earlier_group_of_a_clause_handing_over_to_the_next_one_is_not_counted() -> None:
    text = ("Setelah sembilan warga Sukabumi dipulangkan awal pekan ini, giliran enam warga Kabupaten Cianjur korban "
            "perdagangan orang di Kamboja yang tiba di tanah air.")
    assert roles(text) == {("victims", 6)}


def test_victims_of_a_perpetrator_counted_past_his_initials_and_age() -> None:
    assert roles("Polres X menyebut korban sponsor berinisial CS (47) berjumlah empat orang.") == {("victims", 4)}
    assert roles("Polres X menyebut tersangka berjumlah empat orang.") == {("suspects", 4)}


def test_a_part_of_a_group_of_men_told_by_home_is_a_part_of_the_victims() -> None:
    text = ("Sebelas pekerja dibebaskan Satreskrim Polres Muara Enim. Seluruh pekerja adalah laki-laki. Tujuh di "
            "antaranya berasal dari Kabupaten Ogan Komering Ilir dan empat lainnya dari Kabupaten Mesuji.")
    found = roles(text)
    assert {("victims_rescued", 7), ("victims_rescued", 4)} <= found and ("victims_male", 7) not in found


def test_a_part_of_a_total_named_by_a_copula_and_its_noun() -> None:
    text = ("UPTD PPA menerima 118 aduan kasus kekerasan terhadap perempuan dan anak. Dari jumlah itu, sembilan "
            "merupakan kasus TPPO dengan 14 korban.")
    assert {("cases", 9, True), ("victims", 14, True)} <= pairs(text)


def test_people_secured_beside_named_suspects_and_still_questioned_are_arrests() -> None:
    text = ("Tekong berinisial AS (40) dan kernetnya RN (23) telah ditetapkan sebagai tersangka perdagangan orang. "
            "Selain itu, dua orang penjemput juga diamankan dan masih menjalani pemeriksaan.")
    assert {("suspects", 2), ("arrests", 2)} <= roles(text)
    # negative: a part of the victims told in the sentence before is no one held ("Keduanya masih diperiksa")
    text = ("Polres X membebaskan 11 pekerja korban perdagangan orang. Dua di antaranya masih berusia 16 tahun. "
            "Polisi mengamankan pemilik usaha berinisial TS (55) dan mandornya YK (40). Keduanya masih diperiksa.")
    found = roles(text)
    assert ("victims_child", 2) in found and ("arrests", 2) in found


def test_terms_listed_before_their_unit_are_no_counts() -> None:
    text = "Dalam kasus perdagangan orang itu, jaksa menuntut masing-masing terdakwa 12, 11, dan 9 tahun penjara."
    assert roles(text) == set()


def test_others_of_one_person_then_named_as_a_whole_count_the_person() -> None:
    text = ("Rizki tidak sendirian. Dua pemuda lain dari Kabupaten Sidoarjo berangkat bersama dia. Ketiganya "
            "direkrut lewat grup Telegram lalu dipaksa bekerja di perusahaan penipuan di Myanmar, korban perdagangan "
            "orang.")
    assert ("victims", 3) in roles(text)
    # negative: one of a breakdown and its rest, then both named, stay the parts they are
    text = ("Polisi menyelamatkan dua bayi korban perdagangan orang. Satu bayi ditemukan di rumah pembeli, sedangkan "
            "satu bayi lainnya masih berada di rumah pelaku. Keduanya kini dirawat.")
    assert {("victims_rescued", 2), ("victims_rescued", 1)} <= roles(text)


def test_a_part_a_copula_names_as_trafficking_stays_trafficking_when_its_own_parts_follow() -> None:
    text = ("DP3A mencatat 212 kasus kekerasan terhadap perempuan dan anak. Dari jumlah tersebut, lima kasus "
            "merupakan tindak pidana perdagangan orang (TPPO). \"Untuk TPPO ada lima kasus dengan delapan korban. "
            "Kasusnya ada di Kabupaten Manokwari dan Kabupaten Teluk Bintuni masing-masing dua kasus, dan satu kasus "
            "di Kabupaten Fakfak,\" ujarnya. Kelima kasus tersebut sudah ditangani polisi. Dua di antaranya sudah "
            "diputus pengadilan.")
    assert ("cases", 5, True) in pairs(text)


def test_a_group_first_named_by_a_collective_is_counted() -> None:
    text = ("Ibu Deetje datang bersama keluarga para pemuda lain yang bernasib serupa. Ketiganya berangkat bersama "
            "pada Oktober lalu setelah mendapat tawaran kerja, lalu disekap di Myanmar dan dipaksa menipu, korban "
            "perdagangan orang.")
    assert roles(text) == {("victims", 3)}
    # negative: people a collective names right after an arrest may be the suspects
    assert roles("Polisi menangkap AB dan CD terkait perdagangan orang. Keduanya berasal dari Medan.") == set()
    # negative: an ordinal of an enumeration, a birth order or a person's children are no group of victims
    assert roles("Modus TPPO di daerah ini ada tiga. Kedua, pengiriman pekerja rumah tangga ke luar negeri.") == set()
    assert roles("Anak kedua dari empat bersaudara itu meninggal saat bekerja di kapal ikan asing.") == set()
    assert roles("Selain santunan, kedua anak almarhum berhak atas beasiswa. Korban TPPO dipulangkan.") == set()
    # negative: a collective restating a number told before counts nothing new
    text = "Polisi menyelamatkan tiga perempuan korban perdagangan orang. Ketiganya berasal dari Sumba."
    assert roles(text) == {("victims_rescued", 3), ("victims_female", 3)}


def test_a_breakdown_of_workers_placed_lawfully_counts_no_victims() -> None:
    text = ("Sebanyak 45 pekerja migran Indonesia (PMI) dilepas untuk bekerja di Jepang melalui skema penempatan "
            "resmi. Para PMI yang terdiri dari 38 perempuan dan tujuh laki-laki itu telah menjalani pelatihan. "
            "Keluarga diminta tidak percaya calo agar tidak menjadi korban TPPO.")
    assert roles(text) == set()
    # negative: people stopped who were registered for something else are no lawful placement
    text = ("Petugas Imigrasi menunda keberangkatan delapan warga yang terdaftar sebagai calon jemaah umrah. Mereka "
            "diduga akan bekerja secara nonprosedural di Arab Saudi, modus pelaku TPPO. Kedelapan warga itu terdiri "
            "atas enam perempuan dan dua laki-laki.")
    found = roles(text)
    assert {("victims_female", 6), ("victims_male", 2)} <= found and any(value == 8 for _, value in found)


def test_victims_counted_again_as_rescued_are_the_rescued_group() -> None:
    text = ("Polisi menangkap seorang pria berinisial FL yang diduga menjual dua siswi SMP melalui aplikasi MiChat. "
            "Bersamaan dengan penangkapan itu, polisi mengamankan dua korban berusia 14 dan 15 tahun di hotel.")
    found = roles(text)
    assert ("victims_rescued", 2) in found and ("victims", 2) not in found


def test_a_rescued_part_with_its_rest_told_after_rescues_only_the_part() -> None:
    text = ("Polres X menangkap dua perekrut perempuan asal Lombok Timur ke Arab Saudi, tersangka perdagangan orang. "
            "Total ada lima perempuan yang direkrut kedua tersangka sejak awal tahun. Dua korban berhasil "
            "diselamatkan dari rumah penampungan. Sisanya sudah telanjur diberangkatkan ke Arab Saudi.")
    found = roles(text)
    assert {("victims", 5), ("victims_rescued", 2)} <= found and ("victims_rescued", 5) not in found
    # negative: a rescue with no rest told after rescues the whole story's group
    text = ("Polres X menangkap dua perekrut, tersangka perdagangan orang. Total ada lima perempuan yang direkrut. "
            "Kelima korban berhasil diselamatkan dari rumah penampungan.")
    assert ("victims_rescued", 5) in roles(text)


def test_people_called_victims_of_a_perpetrator_noun_are_the_victims() -> None:
    text = "Dinas Sosial mendampingi lima perempuan korban sponsor nakal asal Kabupaten Cirebon."
    assert ("victims", 5) in roles(text) and ("victims_female", 5) in roles(text)
    # a perpetrator noun right after the people still makes them perpetrators
    assert not {role for role, _ in roles("Polisi memeriksa dua pria sponsor pekerja migran.")} & {
        "victims", "victims_male"}


def test_victims_past_figures_of_crimes_without_victims_keep_the_victims_topic() -> None:
    text = ("Polda Kepri menangani 38 laporan polisi terkait TPPO dan menyelamatkan 294 korban. "
            "Selama semester I, Ditresnarkoba mengungkap 412 kasus narkotika dengan 538 tersangka. "
            "Tercatat pula 1.127 kasus pencurian dan 96 kasus penganiayaan berat. "
            "Garis pantai yang panjang sulit diawasi. Patroli laut akan ditingkatkan. "
            "BP3MI Kepri telah memulangkan 241 korban ke daerah asal masing-masing.")
    found = pairs(text)
    assert {role for role, value, topic in found if value == 241 and topic} and ("cases", 412, False) in found
    # negative: victims last counted for another crime keep that crime's topic
    text = ("Polda X mencatat 12 kasus TPPO tahun ini. Ada pula 80 kasus kekerasan terhadap anak dengan 95 korban. "
            "Sekolah diminta ikut mengawasi. Orang tua juga diimbau waspada. "
            "Sebanyak 40 korban kini didampingi psikolog.")
    assert ("victims", 40, False) in pairs(text)


def test_a_breakdown_by_origin_whose_first_region_is_set_off_by_yaitu() -> None:
    text = ("Polisi menyelamatkan 23 orang yang akan diberangkatkan ke Malaysia secara nonprosedural. "
            "Paling banyak dari Nusa Tenggara Barat, yaitu 11 orang, disusul Sumatera Utara tujuh orang, "
            "Jawa Timur tiga orang, dan Lampung dua orang.")
    assert {("victims_rescued", 11), ("victims_rescued", 7), ("victims_rescued", 2)} <= roles(text)


def test_a_part_of_the_women_told_by_age_is_children() -> None:
    text = ("Polisi menyelamatkan 23 korban TPPO, terdiri dari 15 laki-laki dan delapan perempuan. "
            "Dua di antara korban perempuan itu masih berusia 16 tahun.")
    found = roles(text)
    assert ("victims_child", 2) in found and ("victims_female", 2) not in found
    # negative: a part of the women told by home is no count of children
    text = ("Polisi menyelamatkan 23 korban TPPO, terdiri dari 15 laki-laki dan delapan perempuan. "
            "Dua di antara korban perempuan berasal dari Kabupaten Sikka.")
    assert ("victims_child", 2) not in roles(text)


def test_a_period_tally_of_victims_handled_is_not_rescued_by_a_rescue_told_later() -> None:
    text = ("Polda X mencatat 4.102 tersangka narkoba, 612 kasus kekerasan dan 300 kasus pencurian sepanjang 2025. "
            "Polda juga menangani 21 kasus TPPO. \"Total korban TPPO yang kami tangani sepanjang 2025 sebanyak 173 "
            "orang,\" kata direktur. Kasus terbesar terungkap pada Mei di Jakarta Timur. Penyidik bekerja selama dua "
            "pekan. Saat itu, polisi menyelamatkan 52 perempuan calon pekerja migran dari sebuah rumah penampungan.")
    found = pairs(text)
    assert ("victims", 173, True) in found and ("victims_rescued", 173, True) not in found
    # the group rescued later keeps the victims' topic past the figures of other crimes
    assert ("victims_rescued", 52, True) in found


def test_a_job_people_were_lured_into_is_no_status_of_suspects() -> None:
    text = ("Polisi menggagalkan pengiriman empat anak perempuan ke Timika di bandara. \"Di sana kami temukan empat "
            "anak bersama sepasang suami istri,\" kata Kapolres. Mereka dijanjikan bekerja sebagai penjaga toko.")
    found = roles(text)
    assert ("arrests", 4) not in found and ("victims_rescued", 4) in found
    # negative: people called suspects by their status still are
    text = "Polisi mengamankan empat pria di bandara dalam kasus TPPO. Mereka kini berstatus tersangka."
    assert ("suspects", 4) in roles(text)


def test_guides_who_lead_people_across_a_border_are_held_not_victims() -> None:
    text = ("Petugas mencegat enam warga Lombok Timur yang hendak menyeberang ke Malaysia lewat jalur tikus bersama "
            "dua pria setempat. Dua penunjuk jalan itu diamankan dan masih diperiksa.")
    found = roles(text)
    assert ("arrests", 2) in found and ("victims", 2) not in found and ("victims_rescued", 6) in found


def test_people_whose_departure_was_held_back_are_rescued_not_arrested() -> None:
    text = "Polresta Bandara kembali menahan keberangkatan lima pria yang hendak terbang ke Kamboja lewat Malaysia."
    found = roles(text)
    assert ("victims_rescued", 5) in found and ("arrests", 5) not in found
    # negative: people held themselves are arrested
    assert ("arrests", 5) in roles("Polisi menahan lima pria yang diduga perekrut calon pekerja migran ilegal.")


def test_a_programme_people_were_promised_is_no_event_they_attended() -> None:
    text = ("Kedua terdakwa memberangkatkan sembilan warga, terdiri dari enam laki-laki dan tiga perempuan, ke Jepang "
            "dengan janji mengikuti program magang, dalam kasus TPPO.")
    assert {("victims_male", 6), ("victims_female", 3)} <= roles(text)
    # negative: people who attended an event are no victims
    text = "Sosialisasi TPPO diikuti 40 pelajar, terdiri dari 25 laki-laki dan 15 perempuan."
    assert not {role for role, _ in roles(text)} & {"victims_male", "victims_female"}


def test_pemuda_are_young_men() -> None:
    text = "Enam pemuda asal Kabupaten Kutai Kartanegara menjadi korban TPPO di kapal ikan berbendera asing."
    assert {("victims", 6), ("victims_male", 6)} <= roles(text)
    # negative: a group of another noun says nothing of its sex
    assert not {role for role, _ in roles(text.replace("pemuda", "warga"))} & {"victims_male", "victims_female"}


def test_others_secured_beside_one_named_suspect_and_still_questioned_are_arrests() -> None:
    text = ("Polisi menyelamatkan enam perempuan dari kafe itu dalam kasus TPPO. Polisi menetapkan MS (45), pengelola "
            "kafe, sebagai tersangka. Dua orang lainnya, yakni seorang pelayan dan sopir, turut diamankan dan masih "
            "menjalani pemeriksaan.")
    found = roles(text)
    assert ("arrests", 2) in found and ("suspects", 2) not in found
    # negative: the rest of a counted group a part of which was named suspects is no arrest count of its own
    text = ("Polisi mengamankan lima orang dalam kasus TPPO, tiga di antaranya ditetapkan sebagai tersangka. "
            "Dua lainnya masih berstatus saksi.")
    assert ("arrests", 2) not in roles(text)


def test_a_part_of_a_group_named_by_its_collective_takes_its_age() -> None:
    text = ("Imigrasi menunda keberangkatan enam perempuan asal Kabupaten Lombok Tengah yang diduga korban TPPO. "
            "Dua di antara keenam perempuan itu ternyata masih berusia 17 tahun.")
    assert ("victims_child", 2) in roles(text)
    # negative: a part told by its home is no child count
    text = text.replace("ternyata masih berusia 17 tahun", "berasal dari Kecamatan Pujut")
    assert ("victims_child", 2) not in roles(text)


def test_the_spouses_a_bride_was_married_to_are_no_count() -> None:
    text = ("Dua gadis asal Kabupaten Paser menjadi korban TPPO bermodus pengantin pesanan. Mereka berangkat ke China "
            "setelah menikah dengan dua pria asal Provinsi Hebei.")
    found = roles(text)
    assert ("victims_male", 2) not in found and ("victims_female", 2) in found
    # negative: people married off are the victims
    assert ("victims", 3) in roles("Polisi mengungkap TPPO: tiga perempuan dinikahkan dengan pria asal China.")


def test_a_group_of_an_earlier_act_closing_the_sentence_is_no_count() -> None:
    text = ("Tujuh laki-laki asal Kabupaten Lombok Tengah korban TPPO dipulangkan dari Malaysia. Ini merupakan "
            "pemulangan kedua bulan ini, setelah 12 perempuan asal Lombok Timur pekan lalu.")
    found = roles(text)
    assert ("victims_female", 12) not in found and ("victims_male", 7) in found
    # negative: without the earlier time the people are counted
    assert ("victims_female", 12) in roles(text.replace(" pekan lalu", ""))
    # a span of days before the article's act ("tiga hari setelah ...") sets the clause's people earlier too
    text = ("Imigrasi mencegah keberangkatan empat pemuda ke Kamboja di Bandara Juanda pada Kamis lalu, tiga hari "
            "setelah petugas di bandara yang sama menunda enam perempuan tujuan Arab Saudi.")
    assert {value for _, value in roles(text)} == {4}
    # negative: the case's own earlier step, told in a follow-up, counts its people
    text = ("Polres Sanggau menangkap seorang perekrut di Pontianak, dua hari setelah sepuluh calon pekerja migran "
            "dicegat di PLBN Entikong.")
    assert 10 in {value for _, value in roles(text)}


def test_victims_opening_a_long_sentence_are_what_its_figure_counts() -> None:
    text = ("Korban dugaan perdagangan orang yang dilakukan sponsor TM di Haurgeulis, Indramayu, Jawa Barat, "
            "tercatat lima orang.")
    assert roles(text) == {("victims", 5)}
    # negative: a sentence opened by other people counts no victims
    assert ("victims", 5) not in roles("Warga yang hadir dalam sosialisasi TPPO di balai desa tercatat lima orang.")


def test_a_part_of_young_men_told_by_its_state_is_no_count_of_men() -> None:
    text = ("Polisi menangkap perekrut yang mengirim enam pemuda asal Gowa ke Kamboja dalam kasus TPPO. Dua dari enam "
            "pemuda itu berhasil pulang pada September.")
    assert ("victims_male", 2) not in roles(text) and ("victims_male", 6) in roles(text)
    # negative: a part told by its own sex is counted
    text = "Enam mahasiswa asal Kota Kendari menjadi korban TPPO. Empat dari enam mahasiswa tersebut perempuan."
    assert ("victims_female", 4) in roles(text)


def test_young_men_named_again_and_questioned_as_witnesses_are_not_held() -> None:
    text = ("Tujuh pemuda asal Kabupaten Pinrang yang tidak pernah digaji kabur dari bagan apung, korban TPPO. Polisi "
            "menerima tujuh pemuda tersebut dan telah memeriksa mereka sebagai saksi.")
    assert ("arrests", 7) not in roles(text) and ("victims_male", 7) in roles(text)
    # negative: men who came with the victims and are questioned are held
    text = ("Polisi menyelamatkan lima perempuan korban TPPO dari kafe itu. Dua pria yang mengantar mereka ikut "
            "diamankan dan dimintai keterangan.")
    assert ("arrests", 2) in roles(text)


def test_pupils_of_one_sex_are_children_of_that_sex() -> None:
    text = "Terdakwa terbukti menjual dua pelajar perempuan melalui aplikasi MiChat dalam kasus TPPO."
    assert {("victims", 2), ("victims_child", 2), ("victims_female", 2)} <= roles(text)
    # negative: pupils of no sex named are children only
    assert ("victims_female", 2) not in roles(text.replace("pelajar perempuan", "pelajar"))


def test_parts_of_cases_by_home_with_their_noun_left_out_are_counted() -> None:
    text = ("Lembaga itu mencatat 12 kasus perdagangan orang sepanjang 2025. Dari 12 kasus perdagangan orang yang "
            "didampingi, lima kasus berasal dari Kota Makassar, empat dari Kabupaten Bone, dan tiga dari Kabupaten "
            "Jeneponto.")
    assert {("cases", 5), ("cases", 4), ("cases", 3)} <= roles(text)
    # negative: with no total partitioned, a bare number is no count
    assert ("cases", 4) not in roles("Lima kasus TPPO berasal dari Kota Makassar, empat dari Kabupaten Bone.")


def test_a_group_of_young_people_split_into_men_and_women_is_victims_of_both_sexes() -> None:
    text = ("Sebanyak 12 pemuda, delapan laki-laki dan empat perempuan, berangkat ke Taiwan dengan iming-iming "
            "beasiswa dan menjadi korban TPPO.")
    assert {("victims", 12), ("victims_male", 8), ("victims_female", 4)} <= roles(text)
    assert ("victims_male", 12) not in roles(text)
    # negative: young men named alone are men
    assert ("victims_male", 12) in roles("Sebanyak 12 pemuda berangkat ke Taiwan dan menjadi korban TPPO.")


def test_victims_of_violence_named_before_a_count_are_its_topic() -> None:
    text = ("Dari jumlah itu, lima kasus merupakan TPPO. Kepala UPTD PPA mengatakan korban kekerasan didominasi "
            "anak-anak. Tercatat 70 korban anak dan 41 korban perempuan dewasa.")
    assert {("victims_child", 70, False), ("victims_female", 41, False)} <= pairs(text)


def test_victims_said_rescued_on_a_date_after_they_were_counted_are_rescued() -> None:
    text = ("Kedua tersangka diduga mengeksploitasi sembilan pria asal Kabupaten Sumba Barat Daya di sebuah kebun "
            "kelapa sawit. Para korban diselamatkan polisi pada 12 Desember 2025.")
    assert ("victims_rescued", 9) in roles(text) and ("victims", 9) not in roles(text)
    # negative: a sentence that counts others is no rescue of the victims counted before
    text = ("Kedua tersangka diduga mengeksploitasi sembilan pria asal Kabupaten Sumba Barat Daya di sebuah kebun "
            "kelapa sawit. Para korban diselamatkan polisi bersama 12 pekerja lain pada 12 Desember 2025.")
    assert ("victims_rescued", 9) not in roles(text)


def test_a_part_of_a_group_restated_by_its_collective_number_is_counted() -> None:
    text = ("Empat perempuan korban TPPO tiba di Tanah Air. Tiga dari keempat korban berasal dari Kabupaten Serang, "
            "sedangkan satu orang lainnya warga Kota Cilegon.")
    assert {("victims", 4), ("victims", 3), ("victims", 1)} <= roles(text)
    # negative: a part of the suspects is no count of its own
    assert ("suspects", 2) not in roles("Polisi menetapkan tiga tersangka TPPO. Dua dari ketiga tersangka ditahan.")


def test_the_rest_of_a_group_split_by_state_is_no_count() -> None:
    text = ("Enam perempuan asal Kabupaten Bima menjadi korban TPPO di Irak. Dua di antaranya sudah dipulangkan, "
            "sedangkan empat lainnya masih berada di Irak.")
    assert ("victims", 4) not in roles(text) and ("victims_female", 4) not in roles(text)
    # the rest told by a rescue, or a split by home, still counts
    rescued = ("Sebelas perempuan menjadi korban jaringan TPPO itu. Tiga di antaranya sudah dikirim ke Taiwan, "
               "sedangkan delapan lainnya diselamatkan di sebuah rumah penampungan.")
    assert ("victims_rescued", 8) in roles(rescued)
    by_home = ("Sembilan korban TPPO diselamatkan polisi. Lima di antaranya berasal dari Kabupaten Asahan dan dua "
               "lainnya dari Kabupaten Labuhanbatu.")
    assert ("victims_rescued", 2) in roles(by_home)


def test_victims_the_police_say_they_rescued_object_first_are_rescued() -> None:
    text = ("Keduanya merekrut enam perempuan asal Kabupaten Muna untuk bekerja di Arab Saudi. Empat korban sudah "
            "diberangkatkan. Dua korban lainnya berhasil kami selamatkan dari rumah penampungan di Kendari.")
    assert ("victims_rescued", 2) in roles(text) and ("victims", 2) not in roles(text)
    # negative: a rescue said of another noun further on is not theirs
    sold = ("Polisi menetapkan dua tersangka. Para tersangka mengaku sudah menjual empat bayi sejak akhir 2025, "
            "termasuk bayi yang kami amankan.")
    assert ("victims_rescued", 4) not in roles(sold)


def test_a_part_rescued_keeps_its_rescue_and_the_part_sent_away_stays_victims() -> None:
    text = ("Jaringan itu merekrut 12 warga Sulawesi Tengah. Delapan korban warga Kabupaten Donggala dan empat lainnya "
            "warga Kabupaten Sigi. Tujuh orang sudah diberangkatkan ke Malaysia, sedangkan lima orang berhasil kami "
            "selamatkan di sebuah rumah penampungan. Polisi menelusuri keberadaan tujuh korban yang sudah berada di "
            "Sabah.")
    found = roles(text)
    assert ("victims_rescued", 5) in found and ("victims", 5) not in found
    assert ("victims_rescued", 7) not in found


def test_victims_taken_away_to_be_rescued_are_rescued() -> None:
    text = ("Polisi menemukan tujuh remaja putri yang dipekerjakan sebagai pemandu lagu di sebuah kafe. Mereka "
            "langsung dibawa ke Mapolres untuk didata dan diselamatkan dari tempat tersebut.")
    assert ("victims_rescued", 7) in roles(text)


def test_a_part_by_sex_beside_the_victims_home_leaves_the_group_trafficking_victims() -> None:
    text = ("Sebanyak 14 calon pekerja migran yang hendak dikirim ke Malaysia tanpa prosedur resmi berhasil "
            "diselamatkan polisi. Sepuluh di antaranya perempuan, dan para korban berasal dari Kabupaten Agam.")
    assert {("victims_rescued", 14, True), ("victims_female", 10, True)} <= pairs(text)


def test_the_victims_of_what_a_suspect_owns_are_victims() -> None:
    text = "Penyidik memastikan korban agen penyalur ABK milik tersangka RS berjumlah sebelas orang."
    assert roles(text) == {("victims", 11)}


def test_people_found_on_top_of_a_count_are_a_delta() -> None:
    text = ("Polisi menyelamatkan lima anak perempuan dari karaoke itu. Satu korban lagi ditemukan di mes karyawan, "
            "sehingga jumlah korban menjadi enam.")
    assert ("victims_rescued", 1) not in roles(text) and ("victims_rescued", 5) in roles(text)
    assert roles("Polisi menangkap dua tersangka TPPO dan masih memburu dua orang lagi.") == {("suspects", 2)}


def test_plain_people_secured_who_are_still_only_witnesses_are_arrests() -> None:
    text = ("Polda NTT menggagalkan pengiriman 12 calon pekerja migran nonprosedural ke Malaysia. Penyidik menetapkan "
            "dua tersangka berinisial MB dan YL. Tiga orang lain yang ikut diamankan di lokasi masih berstatus saksi.")
    assert roles(text) == {("victims_rescued", 12), ("suspects", 2), ("arrests", 3)}
    text = ("Polisi menangkap dua perantara jual beli bayi. Kedua perantara kini ditetapkan sebagai tersangka. Dua "
            "orang, pasangan suami istri yang hendak membeli bayi tersebut, turut diamankan dan masih berstatus saksi.")
    assert ("arrests", 2) in roles(text)
    # negative: one person still a witness is no count; people secured with no word on their status are the rescued
    text = ("Polisi menyelamatkan 12 ABK dan menetapkan dua tersangka TPPO. Satu orang pemilik kapal masih diperiksa "
            "sebagai saksi.")
    assert roles(text) == {("victims_rescued", 12), ("suspects", 2)}
    text = "Polisi menggagalkan pengiriman calon pekerja migran ke Malaysia. Tiga orang yang diamankan di lokasi."
    assert ("arrests", 3) not in roles(text)


def test_the_work_victims_were_made_to_do_is_no_perpetrators_deed() -> None:
    text = ("Polres Lebak menangkap dua perekrut yang diduga mempekerjakan sebelas warga Lebak tanpa upah. Sebelas "
            "korban itu seluruhnya laki-laki. Mereka bekerja memanen dan mengangkut tandan buah sawit.")
    assert roles(text) >= {("victims", 11), ("victims_male", 11)}
    # negative: people said to transport the victims are the traffickers' helpers
    text = ("Polisi menyelamatkan sebelas warga Lebak. Polisi juga mengamankan dua pria. Mereka mengangkut para "
            "korban ke pelabuhan.")
    assert ("victims_rescued", 2) not in roles(text)


def test_women_married_off_to_buyers_abroad_are_victims() -> None:
    text = ("Polda Metro Jaya menangkap tiga mak comblang pengantin pesanan. Mereka diduga telah menikahkan 11 "
            "perempuan Indonesia dengan pria asal China sejak 2024.")
    assert roles(text) >= {("victims", 11), ("victims_female", 11)}


def test_one_by_one_is_no_count() -> None:
    text = "Petugas BP3MI Kalimantan Barat kemudian mendata identitas dan daerah asal para korban satu per satu."
    assert roles(text) == set()
    # negative: a number before a date's "per" is still a count
    assert roles("Polda Riau mencatat 12 korban TPPO per Oktober 2026.") == {("victims", 12)}


def test_more_than_one_is_no_count() -> None:
    text = "Sepanjang 2025 tercatat 31 kasus TPPO. Sebagian kasus melibatkan lebih dari satu korban."
    assert roles(text) == {("cases", 31)}
    # negative: more than a number of people is counted as that number
    assert ("victims_rescued", 14) in roles("Polisi menyelamatkan lebih dari 14 korban TPPO dari kafe itu.")


def test_a_schemes_participants_are_counted_where_the_clause_tells_what_was_done_to_them() -> None:
    text = ("Polresta Banyumas menetapkan TR sebagai tersangka TPPO. Polisi mendapati sembilan peserta yang tinggal di "
            "asrama LPK dan dipekerjakan tanpa upah di usaha konveksi milik pengelola.")
    assert ("victims", 9) in roles(text)
    # negative: the attendees of a campaign are no count
    assert roles("Sosialisasi pencegahan TPPO diikuti 80 peserta dari berbagai desa.") == set()
    assert roles("Sebanyak 120 peserta mengikuti sosialisasi pencegahan TPPO dan diminta waspada.") == set()


def test_victims_found_in_addition_are_a_delta() -> None:
    text = ("Polres Metro Jakarta Utara menyebut 11 calon anak buah kapal menjadi korban perdagangan orang. Satu "
            "korban tambahan ditemukan di sebuah klinik.")
    assert roles(text) == {("victims", 11)}
    # negative: a total of added people is a count when told as the people found
    assert ("victims", 3) in roles("Polisi menemukan tiga korban TPPO di sebuah klinik.")


def test_forest_fire_cases_beside_trafficking_ones_are_no_trafficking_counts() -> None:
    text = ("Polda Riau menangani 19 kasus TPPO sepanjang Januari hingga Juni 2026. Selama semester pertama, polisi "
            "menangani 44 kasus karhutla dengan 58 tersangka perorangan.")
    assert pairs(text) == {("cases", 19, True), ("cases", 44, False), ("suspects", 58, False)}
