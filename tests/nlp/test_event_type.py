"""Event-type rules, own sentences."""

from __future__ import annotations

import pytest

from nlp.pipeline import ComponentsOnly


@pytest.fixture(scope="module")
def nlp():
    """The shared pipeline's tokenizer with only the components under test."""
    return ComponentsOnly("sentencizer", "pantau_relevance", "pantau_event_type")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polisi Tangkap Perekrut Korban TPPO di Kupang\nPolres Kupang menangkap seorang perekrut korban perdagangan "
         "orang. Tersangka ditangkap di rumahnya pada Senin (3/3).", "incident"),
        ("Sepanjang 2024, Polda Jabar Catat 40 Kasus TPPO\nPolda Jabar mencatat 40 kasus tindak pidana perdagangan "
         "orang sepanjang tahun 2024. Jumlah kasus itu meningkat dibanding tahun lalu.", "statistics"),
        ("Pemprov dan BP3MI Teken MoU Pencegahan TPPO\nPemerintah provinsi dan BP3MI menandatangani nota "
         "kesepahaman tentang penanganan perdagangan orang. Rapat koordinasi digelar di kantor gubernur.",
         "coordination"),
        ("Cegah TPPO, Dinas Sosial Gelar Sosialisasi di Sekolah\nDinas Sosial menggelar sosialisasi pencegahan "
         "perdagangan orang kepada ratusan siswa SMA. Para pelajar diimbau waspada tawaran kerja.", "prevention"),
        ("DPR Desak Revisi Undang-Undang TPPO\nAnggota DPR mendesak pemerintah mempercepat revisi undang-undang "
         "tindak pidana perdagangan orang. Menurut dia, RUU itu perlu memperberat hukuman.", "other"),
        # headline verbs without their prefix; students as victims are not a prevention audience
        ("Polisi Tetapkan Tiga Tersangka TPPO Mahasiswa Magang ke Taiwan\nPara mahasiswa menjadi korban perdagangan "
         "orang. Mahasiswa itu dipekerjakan di pabrik. Mahasiswa mengaku tidak digaji.", "incident"),
        ("Tujuh Korban TPPO Dipulangkan dari Kamboja\nSebanyak tujuh korban perdagangan orang dipulangkan dari "
         "Kamboja melalui Bandara Soekarno-Hatta.", "incident"),
        # victims reporting to the police is a case; "lembaga pelatihan kerja" is a recruiter, not a training event
        ("Lulusan Lembaga Pelatihan Kerja Mengadu ke Polres\nDua puluh lulusan lembaga pelatihan kerja menjadi korban "
         "perdagangan orang dan melapor ke Polres Garut. Para mahasiswa dan pelajar itu dijanjikan magang. Polisi "
         "membenarkan laporan tersebut.", "incident"),
        # a governor's circular: a policy
        ("Gubernur Wajibkan Perekrutan PMI Lewat LTSA\nGubernur menerbitkan surat edaran yang mewajibkan seluruh "
         "perekrutan pekerja migran melalui layanan terpadu. Perusahaan yang merekrut warga tanpa melalui layanan itu "
         "akan dilaporkan. Kebijakan ini untuk menekan jumlah pekerja migran nonprosedural yang rentan menjadi korban "
         "perdagangan orang.", "other"),
        # a training that is the lure ("bermodus pelatihan ABK") is no training event
        ("Korban LPK Bertambah Jadi 14 Orang\nJumlah korban dugaan perdagangan orang bermodus pelatihan ABK di "
         "Cilacap bertambah menjadi 14 orang. Polresta Cilacap menetapkan tersangka kedua.", "incident"),
        # a passport refused or held back from people about to leave to work unlawfully: an interception, a case
        ("Imigrasi Tolak Paspor Enam Warga Sikka, Diduga Akan Jadi PMI Ilegal\nKantor Imigrasi Maumere menolak "
         "permohonan paspor enam warga yang disangka hendak menjadi pekerja tanpa dokumen di Sabah dan rawan menjadi "
         "korban perdagangan orang. Data mereka diserahkan ke BP3MI. Sepanjang tahun ini kantor itu telah menolak 27 "
         "permohonan serupa.", "incident"),
        ("Imigrasi Blitar menunda penerbitan paspor tiga perempuan yang mengaku hendak berwisata ke Hong Kong. Mereka "
         "diduga calon korban TPPO yang akan dipekerjakan tanpa kontrak. Sejak Januari, 19 paspor ditunda dengan "
         "alasan yang sama.", "incident"),
        # a period's total told as including the case reported is background to it
        ("Polres Ungkap Kasus Eksploitasi Anak di Kafe\nPolres Garut mengungkap kasus perdagangan orang dengan "
         "korban tiga anak yang dipekerjakan di kafe. Dua tersangka sudah ditahan. Sepanjang 2025 pihaknya menangani "
         "lima laporan dugaan TPPO, termasuk kasus tersebut.", "incident"),
        # passports refused over a period, a total: statistics
        ("Sepanjang 2025, Imigrasi Tolak 240 Permohonan Paspor\nKantor imigrasi mencatat 240 permohonan paspor "
         "ditolak sepanjang 2025 karena pemohon terindikasi korban perdagangan orang. Jumlah itu meningkat dibanding "
         "tahun lalu.", "statistics"),
    ],
)
def test_event_types(nlp, text, expected):
    assert nlp(text)._.event_type == expected


def test_a_headline_opening_with_a_span_of_time_reports_its_total(nlp):
    text = ("Tiga Bulan, BP3MI Cegah 85 Calon PMI Nonprosedural di Bandara\nBP3MI mencatat 85 calon pekerja migran "
            "nonprosedural dicegah berangkat di bandara sepanjang Juli hingga September 2026. Pada September, petugas "
            "dua kali menggagalkan keberangkatan rombongan ke Malaysia. Mereka diduga hendak bekerja secara ilegal.")
    assert nlp(text)._.event_type == "statistics"


def test_irrelevant_article_is_other(nlp):
    doc = nlp("Neraca perdagangan Indonesia surplus. Kementerian Perdagangan menggelar rapat koordinasi.")
    assert doc._.relevant is False
    assert doc._.event_type == "other"


def test_relevant_article_without_cues_is_other(nlp):
    doc = nlp("TPPO adalah kejahatan. Perdagangan orang adalah kejahatan berat.")
    assert doc._.event_type == "other"


def test_relevant_article_that_never_names_trafficking_and_has_no_cue_reports_a_case():
    from nlp.components.event_type import classify_event_type
    from nlp.pipeline import ComponentsOnly

    rules = ComponentsOnly("sentencizer", "pantau_relevance")
    doc = rules("Sepuluh pemuda itu setahun bekerja di kebun tanpa upah. Mereka kini sudah di kampung.")
    doc._.relevant = True  # as the semantic component would decide
    doc._.counts = []
    assert not doc._.tppo_sentences
    assert classify_event_type(doc) == "incident"


@pytest.mark.parametrize(
    "text",
    [
        "Speedboat Berisi Calon Pekerja Ilegal Dicegat di Dumai\nPetugas mencegat 18 calon pekerja migran ilegal yang "
        "hendak ke Malaysia. Mereka direkrut calo dan dijanjikan gaji besar. Upaya pencegahan TPPO terus dilakukan.",
        "Imigrasi Tunda Keberangkatan 12 Warga ke Arab Saudi\nPetugas menunda keberangkatan 12 calon pekerja migran "
        "nonprosedural. Mereka dicegah berangkat karena tak punya visa kerja.",
    ],
)
def test_an_interception_of_departing_people_is_an_incident(nlp, text):
    assert nlp(text)._.event_type == "incident"


def test_training_that_did_not_happen_is_no_prevention_cue(nlp):
    from nlp.components.event_type import event_type_scores

    negated = nlp("Agen itu menjanjikan berangkat cepat tanpa pelatihan. Kasus TPPO itu diselidiki.")
    not_taken = nlp("Mereka belum ikut pelatihan dan belum punya paspor. Kasus TPPO itu diselidiki.")
    assert event_type_scores(not_taken)["prevention"] < event_type_scores(nlp(
        "Mereka ikut pelatihan dan belum punya paspor. Kasus TPPO itu diselidiki."))["prevention"]
    held = nlp("Dinas menggelar pelatihan bagi calon pekerja. Kasus TPPO itu diselidiki.")
    assert event_type_scores(negated)["prevention"] < event_type_scores(held)["prevention"]


def _covert(text: str, title: str):
    from nlp.pipeline import ComponentsOnly

    rules = ComponentsOnly("sentencizer", "pantau_relevance")
    doc = rules.make_doc(text)
    doc._.title = title
    doc = rules(doc)
    doc._.relevant = True  # as the semantic component would decide
    doc._.counts = []
    assert not doc._.tppo_sentences
    return doc


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # body words of campaigns and schools in a story of what happened to someone
        ("Tiga Tahun Tak Digaji di Yordania, Perempuan Asal Subang Akhirnya Pulang",
         "Ia berangkat lewat sponsor dan tidak pernah mengikuti pelatihan. Selama tiga tahun paspornya dipegang "
         "majikan. Anaknya kini sudah masuk sekolah."),
        ("Dijanjikan Magang, Belasan Mahasiswa Malah Dipekerjakan di Pabrik",
         "Para mahasiswa itu bekerja dua belas jam sehari tanpa upah. Orang tua mahasiswa mengadu ke DPRD."),
    ],
)
def test_an_article_that_never_names_trafficking_reports_a_case(title, text):
    from nlp.components.event_type import classify_event_type

    assert classify_event_type(_covert(text, title)) == "incident"


def test_a_headline_with_a_strong_cue_keeps_its_type_without_naming_trafficking():
    from nlp.components.event_type import classify_event_type

    doc = _covert("BP3MI mencatat 420 pekerja nonprosedural dideportasi dari Malaysia. Angka itu naik dibanding "
                  "tahun lalu.", "420 Pekerja Nonprosedural Dideportasi Sepanjang 2025")
    assert classify_event_type(doc) == "statistics"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting in the lead that hears this year's totals reports the meeting
        ("Pemkab Gelar Rakor Gugus Tugas TPPO\nPemerintah kabupaten menggelar rapat koordinasi gugus tugas "
         "pencegahan TPPO, Kamis. Dalam rapat itu Dinas Sosial mencatat 18 kasus perdagangan orang sepanjang 2025. "
         "Jumlah kasus itu meningkat dibanding tahun lalu. Polres mencatat 11 tersangka sepanjang 2025.",
         "coordination"),
        # a campaign in the headline that quotes a year's cases reports the campaign
        ("Sosialisasi TPPO di Desa Kantong Pekerja Migran\nDinas Tenaga Kerja menggelar sosialisasi pencegahan "
         "TPPO bagi warga. Sepanjang 2025 tercatat sembilan kasus perdagangan orang di kabupaten itu. Jumlah kasus "
         "itu naik dibanding tahun lalu.", "prevention"),
        # totals with a meeting only further down stay statistics
        ("Sepanjang 2025, 30 Kasus TPPO Ditangani Polda\nPolda mencatat 30 kasus perdagangan orang sepanjang 2025. "
         "Jumlah kasus itu meningkat dibanding tahun lalu. Korban terbanyak berasal dari pesisir. Data kasus TPPO "
         "itu dipaparkan lagi. Angka itu akan dibahas dalam rapat koordinasi bulan depan.", "statistics"),
    ],
)
def test_a_meeting_or_campaign_in_the_lead_is_the_event_the_totals_it_hears_are_not(nlp, text, expected):
    assert nlp(text)._.event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kelas Migrasi Aman untuk Calon Pekerja Migran\nLembaga desa mengajak warga bermigrasi secara aman agar "
         "tidak menjadi korban perdagangan orang.", "prevention"),
        # a suspect named under the law is no regulation passed
        ("Polisi Tangkap Perekrut TPPO\nPolres menangkap perekrut korban perdagangan orang. Tersangka dijerat "
         "undang-undang tentang TPPO.", "incident"),
    ],
)
def test_safe_migration_classes_and_regulations_passed(nlp, text, expected):
    assert nlp(text)._.event_type == expected


def test_a_regulation_passed_is_policy_even_when_it_orders_task_forces_and_campaigns(nlp):
    doc = nlp.make_doc("DPRD kabupaten mengesahkan peraturan daerah tentang pencegahan perdagangan orang dalam rapat "
                       "paripurna. Perda itu mewajibkan pembentukan gugus tugas di kecamatan.\n\nDinas sosial akan "
                       "memulai sosialisasi perda di desa tahun depan.")
    doc._.title = "DPRD Sahkan Perda Penanganan TPPO"
    assert nlp(doc)._.event_type == "other"


def test_cases_told_in_an_article_whose_headline_names_a_meeting_are_what_it_met_on(nlp):
    text = ("Pemerintah provinsi menandatangani nota kesepakatan dengan dua provinsi asal korban tentang penanganan "
            "korban perdagangan orang. Selama ini korban yang diselamatkan di pelabuhan kerap terlambat dipulangkan. "
            "Polda menetapkan 40 tersangka TPPO tahun ini. Para korban ditampung di shelter sebelum dipulangkan. "
            "Polisi menangkap perekrut di daerah asal korban.")
    doc = nlp.make_doc(text)
    doc._.title = "Tiga Provinsi Teken Kesepakatan Penanganan Korban TPPO"
    assert nlp(doc)._.event_type == "coordination"
    # negative: with a headline of the arrest, the cases are the event
    doc = nlp.make_doc(text)
    doc._.title = "Polisi Tangkap Perekrut Korban TPPO"
    assert nlp(doc)._.event_type == "incident"


def test_words_of_tone_in_the_lead_are_no_gathering(nlp):
    text = ("Sepanjang 2025, Polda Catat 30 Kasus TPPO\nPolda mencatat 30 kasus perdagangan orang sepanjang 2025. "
            "Jumlah kasus itu meningkat dibanding tahun lalu. Polda terus bersinergi dan berkolaborasi lintas sektor.")
    assert nlp(text)._.event_type == "statistics"


def test_every_gathering_is_a_meeting_or_a_campaign(tmp_path):
    from nlp.components.event_type import load_gatherings

    assert {g.event_type for g in load_gatherings()} == {"coordination", "prevention"}
    path = tmp_path / "gatherings.tsv"
    path.write_text("statistics\trekapitulasi\n", encoding="utf-8")
    with pytest.raises(ValueError, match="meeting or a campaign"):
        load_gatherings(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "cegah" with the departure or a number of people stopped is an interception, a case
        ("Imigrasi Cegah 7 Calon PMI Ilegal di Bandara, Diduga Korban TPPO\nPetugas imigrasi mencegah keberangkatan "
         "tujuh calon pekerja migran yang diduga akan dikirim ke Malaysia. Mereka tidak membawa dokumen "
         "penempatan.", "incident"),
        ("BP3MI Cegah Pengiriman Pekerja Migran Nonprosedural\nBP3MI mencegah pengiriman dua belas warga yang diduga "
         "korban perdagangan orang di pelabuhan. Mereka dipulangkan ke desa.", "incident"),
        # "cegah" of the crime itself, with an audience, is a campaign
        ("Cegah TPPO, Desa Gelar Penyuluhan bagi Warga\nPemerintah desa menggelar penyuluhan untuk mencegah warga "
         "menjadi korban perdagangan orang. Penyuluhan diberikan kepada para orang tua.", "prevention"),
    ],
)
def test_stopping_a_departure_is_an_interception_stopping_the_crime_a_campaign(nlp, text, expected):
    assert nlp(text)._.event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # students or pupils named as the victims, and the police examining the recruiters: a case
        ("Puluhan Siswa SMK Jadi Korban TPPO Magang ke Korea, Polres Periksa Pihak Sekolah\nPolres memeriksa kepala "
         "sekolah terkait dugaan perdagangan orang berkedok magang. Para siswa dipekerjakan di pabrik tanpa upah. "
         "Penyidik masih mendalami peran agen.", "incident"),
        # students as the audience addressed: a campaign
        ("Kampus Gelar Seminar Bahaya TPPO Berkedok Magang\nKampus menggelar seminar pencegahan perdagangan orang "
         "bagi mahasiswa. Panitia mengingatkan kepada mahasiswa agar memeriksa izin agen magang.", "prevention"),
    ],
)
def test_students_as_victims_are_a_case_students_addressed_a_campaign(nlp, text, expected):
    assert nlp(text)._.event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a half-year or quarter named as the period of a tally
        ("Polres Tangani Sembilan Laporan TPPO pada Semester I 2025\nPolres menangani sembilan laporan perdagangan "
         "orang pada semester I 2025. Sebanyak 14 tersangka ditetapkan.", "statistics"),
        ("Polda Catat Korban TPPO Triwulan Pertama\nPolda mencatat 40 korban perdagangan orang sejak Januari hingga "
         "akhir Maret. Korban terbanyak berasal dari pesisir.", "statistics"),
        # one arrest stays a case
        ("Polres Tangkap Perekrut Korban TPPO\nPolres menangkap seorang perekrut korban perdagangan orang pada Senin. "
         "Tersangka diamankan di rumahnya.", "incident"),
    ],
)
def test_a_period_of_a_tally_points_to_statistics(nlp, text, expected):
    assert nlp(text)._.event_type == expected


def _with_counts(nlp, text: str, counts: list[tuple[str, int, int]]):
    """The doc of ``text`` with TPPO counts (role, value, evidence start) set as the counts component would."""
    from nlp.components.event_type import classify_event_type

    doc = nlp(text)
    doc._.counts = [{"role": role, "value": value, "about_tppo": True, "evidence": {"start": start, "end": start + 1}}
                    for role, value, start in counts]
    return classify_event_type(doc)


def test_a_tally_of_police_reports_points_to_statistics_one_report_does_not(nlp):
    text = ("Polda Tangani Laporan TPPO\nPolda menangani laporan perdagangan orang. Penyidik menetapkan tersangka. "
            "Korban dipulangkan ke daerah asal.")
    assert _with_counts(nlp, text, [("reports", 23, 20), ("reports", 9, 60), ("reports", 7, 70)]) == "statistics"
    assert _with_counts(nlp, text, [("reports", 1, 20)]) == "incident"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # awareness work without the word "sosialisasi": pupils invited to recognise the lures, leaflets handed out
        ("Imigrasi Goes to School di Mataram\nKantor imigrasi mengunjungi SMA di Mataram. Para siswa diajak mengenali "
         "modus perdagangan orang berkedok tawaran kerja. Petugas membagikan brosur kepada guru.", "prevention"),
        # a call for heavier sentences or a revised law is policy
        ("Anggota DPR Minta Hukuman Pelaku TPPO Diperberat\nAnggota DPR menilai vonis bagi pelaku perdagangan orang "
         "selama ini ringan. Menurut dia, hukuman itu harus diperberat.", "other"),
        # a sentence handed down in one case stays a case
        ("Perekrut PMI Ilegal Divonis Enam Tahun\nMajelis hakim memvonis terdakwa perdagangan orang enam tahun "
         "penjara. Terdakwa terbukti mengirim sembilan warga ke Malaysia. Hukuman itu lebih berat dari tuntutan.",
         "incident"),
    ],
)
def test_awareness_work_is_prevention_calls_for_heavier_sentences_are_policy(nlp, text, expected):
    assert nlp(text)._.event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headline verbs without their prefix for installing a task force or signing an agreement
        ("Bupati Kukuhkan Gugus Tugas TPPO Kecamatan\nBupati mengukuhkan gugus tugas pencegahan perdagangan orang di "
         "24 kecamatan. Sepanjang 2025 tercatat 14 kasus TPPO di kabupaten itu.", "coordination"),
        ("Pemprov dan Polda Teken Kesepakatan Berantas TPPO\nPemerintah provinsi dan polda meneken kesepakatan "
         "bersama penanganan perdagangan orang. Data kasus TPPO sepanjang 2025 dipaparkan.", "coordination"),
        ("Wali Kota Lantik Satgas TPPO\nWali kota melantik satgas pencegahan perdagangan orang. Satgas akan "
         "berkoordinasi dengan kecamatan.", "coordination"),
        # a victim made to sign a work contract is no agreement between agencies
        ("Korban TPPO Dipaksa Teken Kontrak Kerja\nPolres menangkap perekrut yang memaksa korban perdagangan orang "
         "meneken kontrak kerja palsu. Tersangka ditahan.", "incident"),
    ],
)
def test_headline_verbs_for_task_forces_and_agreements(nlp, text, expected):
    assert nlp(text)._.event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dinas: 71 Anak Jadi Korban TPPO dalam Tiga Tahun Terakhir\nDinas mencatat 71 anak menjadi korban "
         "perdagangan orang dalam tiga tahun terakhir. Sebagian besar korban berasal dari desa.", "statistics"),
        # how long one victim went unpaid is no period of a tally
        ("Korban TPPO Asal Cianjur Dipulangkan dari Riyadh\nSeorang korban perdagangan orang dipulangkan dari Riyadh. "
         "Selama empat tahun terakhir ia tidak digaji majikan.", "incident"),
    ],
)
def test_the_last_years_of_a_tally_point_to_statistics(nlp, text, expected):
    assert nlp(text)._.event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an expert's view or a spotlight on how cases are handled is commentary
        ("Pakar: Penegakan Hukum TPPO Masih Lemah\nPakar hukum pidana menilai penegakan hukum terhadap pelaku "
         "perdagangan orang masih lemah. Ia meminta aparat mengusut jaringan perekrut.", "other"),
        ("Komnas HAM Soroti Lambannya Pemulihan Korban TPPO\nKomnas HAM menyoroti lambannya pemulihan korban "
         "perdagangan orang. Lembaga itu merekomendasikan rumah aman di setiap provinsi.", "other"),
        # an arrest an expert comments on stays a case
        ("Polisi Tangkap Perekrut 12 Korban TPPO\nPolres menangkap perekrut yang mengirim 12 korban perdagangan orang "
         "ke Malaysia. Tersangka ditahan. Seorang pakar menyebut jaringan itu besar.", "incident"),
    ],
)
def test_commentary_is_other_a_case_with_a_comment_stays_a_case(nlp, text, expected):
    assert nlp(text)._.event_type == expected


def test_people_counted_over_a_period_in_the_lead_are_a_tally_further_down_background(nlp):
    text = ("BP3MI Gagalkan Keberangkatan CPMI\nBP3MI bersama polisi menggagalkan keberangkatan 950 calon pekerja "
            "migran korban perdagangan orang sepanjang Januari hingga November 2025. Sebagian dicegah di pelabuhan. "
            "Para calon pekerja itu diserahkan ke dinas sosial.")
    lead_tally = [("victims_rescued", 950, text.index("BP3MI bersama"))]
    assert _with_counts(nlp, text, lead_tally) == "statistics"
    # the same figure with no period named is the interception of one group: a case
    no_period = text.replace(" sepanjang Januari hingga November 2025", "")
    assert _with_counts(nlp, no_period, [("victims_rescued", 950, no_period.index("BP3MI bersama"))]) == "incident"
    # a case told first, with the year's total as background further down, stays a case
    case = ("Imigrasi Tunda Keberangkatan Enam WNI\nImigrasi menunda keberangkatan enam WNI yang diduga akan menjadi "
            "korban perdagangan orang di Myanmar. Mereka hendak terbang ke Bangkok. Petugas memeriksa ponsel mereka. "
            "Keenamnya diserahkan ke polisi. Sepanjang 2025 petugas menunda keberangkatan 418 WNI.")
    counts = [("victims_rescued", 6, case.index("Imigrasi menunda")), ("victims_rescued", 418, case.index("Sepanjang"))]
    assert _with_counts(nlp, case, counts) == "incident"
    # in a short wire item the year's total closes the lead: still background to the case it opens with
    wire = ("Polres Sanggau Amankan Dua Perekrut PMI Ilegal\nPolres Sanggau mengamankan dua perekrut yang akan "
            "memberangkatkan sembilan warga ke Malaysia lewat jalur tikus. Para korban perdagangan orang itu "
            "dijanjikan kerja di kebun sawit. Sepanjang 2026, polres itu telah menggagalkan keberangkatan 64 PMI "
            "nonprosedural.")
    wire_counts = [("victims_rescued", 9, wire.index("Polres Sanggau meng")),
                   ("victims_rescued", 64, wire.index("Sepanjang"))]
    assert _with_counts(nlp, wire, wire_counts) == "incident"
    # how long the victims went unpaid is no period of a tally
    unpaid = ("Polres Ungkap Perekrutan ABK\nPolres mengungkap perekrutan anak buah kapal. Delapan korban perdagangan "
              "orang tidak menerima gaji selama setahun. Dua tersangka ditangkap.")
    assert _with_counts(nlp, unpaid, [("victims", 8, unpaid.index("Delapan"))]) == "incident"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline naming the period of a total reports the total, whatever acts it counts
        ("Imigrasi Tolak 52 Permohonan Paspor Sepanjang 2025, Pemohon Diduga Hendak Kerja Ilegal\nKantor Imigrasi "
         "Kupang menolak 52 permohonan paspor karena pemohon diduga akan menjadi korban perdagangan orang. Petugas "
         "mendalami pengakuan para pemohon saat wawancara. Sebagian pemohon mengaku dijanjikan kerja di Malaysia.",
         "statistics"),
        # acts counted over a period in the lead are the total's, not a case of their own
        ("BP3MI Gagalkan Keberangkatan CPMI Nonprosedural\nBP3MI menggagalkan keberangkatan 120 calon pekerja migran "
         "nonprosedural sepanjang Januari hingga Mei 2025. Mereka diduga korban perdagangan orang. Jumlah itu "
         "meningkat dibanding tahun lalu.", "statistics"),
        # one group stopped, with the year's total further down: a case
        ("Imigrasi Tolak Paspor Lima Pemuda Alor, Diduga Hendak Kerja Ilegal\nKantor Imigrasi Kupang menolak "
         "permohonan paspor lima pemuda karena diduga akan menjadi korban perdagangan orang. Petugas mendalami "
         "pengakuan para pemohon saat wawancara. Sepanjang 2025 kantor itu telah menolak 52 permohonan paspor.",
         "incident"),
        # a loose time in the headline ("sejak tahun lalu") is when one case happened, no period of a total
        ("Buron Sejak Tahun Lalu, Perekrut Korban TPPO Ditangkap di Kupang\nPolres Kupang menangkap perekrut korban "
         "perdagangan orang yang buron sejak tahun lalu. Tersangka diamankan di rumah kerabatnya.", "incident"),
    ],
)
def test_acts_counted_over_a_period_are_a_total_one_group_a_case(nlp, text, expected):
    assert nlp(text)._.event_type == expected


@pytest.mark.parametrize(
    ("sentence", "incident"),
    [
        ("Petugas dinas sosial menjemputnya di pelabuhan.", True),  # the object as the clitic "-nya"
        ("Polisi menangkapnya di rumah kerabat.", True),
        ("Petugas dinas sosial menunggunya di pelabuhan.", False),
    ],
)
def test_a_verb_carrying_its_object_as_a_clitic_is_still_a_cue(nlp, sentence, incident):
    from nlp.components.event_type import event_type_scores

    assert (event_type_scores(nlp(sentence))["incident"] > 0) is incident


@pytest.mark.parametrize(
    ("sentence", "incident"),
    [
        # arrest and detention in the words of news reports, and a headline root
        ("Dua perekrut diciduk polisi di terminal bus.", True),
        ("Petugas menyergap mobil yang membawa para calon pekerja.", True),
        ("Pelaku digelandang ke markas polres.", True),
        ("Penyidik menahan kedua tersangka selama 20 hari.", True),
        ("Imigrasi Tunda Keberangkatan Tujuh Warga ke Dubai", True),
        # holding back something else is no detention
        ("Warga diminta menahan diri dan tidak terpancing kabar bohong.", False),
    ],
)
def test_arrest_and_detention_in_news_words_are_cues(nlp, sentence, incident):
    from nlp.components.event_type import event_type_scores

    assert (event_type_scores(nlp(sentence))["incident"] > 0) is incident


def test_an_article_that_never_names_trafficking_headed_by_a_training_of_cadres_is_prevention(nlp):
    text = ("Disnaker Latih Kader Desa Kenali Calo PMI Ilegal\nDinas Tenaga Kerja Kabupaten Sumbawa melatih puluhan "
            "kader desa dari desa kantong pekerja migran. Para kader dibekali cara mengecek perusahaan penempatan "
            "resmi dan cara melapor bila menemukan calo PMI ilegal. Banyak warga berangkat lewat calo karena tidak "
            "tahu jalur resmi.")
    doc = nlp(text)
    assert doc._.event_type == "prevention"
    # negative: a case told without naming trafficking stays an incident
    case = ("Polisi Selamatkan Lima PMI Ilegal di Pelabuhan\nPolres Sumbawa menyelamatkan lima calon PMI ilegal yang "
            "hendak diseberangkan ke Malaysia. Seorang calo diamankan di pelabuhan.")
    assert nlp(case)._.event_type == "incident"


def test_a_trafficking_part_of_a_periods_total_told_next_is_a_tally(nlp):
    text = ("BP3MI Pulangkan PMI Lewat Entikong\nBP3MI mencatat 1.842 pekerja migran bermasalah dipulangkan dari "
            "Malaysia sepanjang Januari hingga September 2026. Sebanyak 97 orang di antaranya terindikasi korban "
            "perdagangan orang. Sebagian besar korban dipulangkan melalui PLBN Entikong.")
    part = [("victims", 97, text.index("Sebanyak 97"))]
    assert _with_counts(nlp, text, part) == "statistics"
    # negative: a group told after the period's total with no word that makes it a part of it is its own case
    case = text.replace(" di antaranya", "")
    assert _with_counts(nlp, case, [("victims", 97, case.index("Sebanyak 97"))]) == "incident"
