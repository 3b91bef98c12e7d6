"""Relevance rules, one sentence per rule (own sentences, not from the dev set)."""

from __future__ import annotations

import pytest

from nlp.components.relevance import EVIDENCE_KEY, RelevanceModel, default_model
from nlp.pipeline import ComponentsOnly


@pytest.fixture(scope="module")
def nlp():
    """The shared pipeline's tokenizer with only the components under test."""
    return ComponentsOnly("sentencizer", "pantau_relevance")


def score(nlp, text: str, title: str | None = None) -> float:
    doc = nlp.make_doc(text)
    doc._.title = title
    return nlp(doc)._.relevance_score


RELEVANT = [
    # a charge under the trafficking law, cited only by its number
    "Polres Indramayu menyebut korban sponsor berinisial CS berjumlah empat orang. CS ditetapkan sebagai tersangka dan "
    "dijerat Pasal 4 UU Nomor 21 Tahun 2007.",
    "Polres Sambas menangkap dua tersangka TPPO. Para tersangka merekrut korban perdagangan orang asal Sambas.\n"
    "Korban dijanjikan bekerja di restoran.",
    "Sebanyak 12 PMI ilegal asal Lombok digagalkan keberangkatannya di Pelabuhan Lembar. Mereka akan dikirim secara"
    " nonprosedural ke Malaysia.",
    "Seorang ibu di Medan menjual bayinya lewat media sosial. Polisi menyebut kasus perdagangan bayi ini melibatkan"
    " bidan.",
    "Gugus Tugas PP-TPPO Kabupaten Cianjur menggelar rapat koordinasi. Rapat membahas pencegahan tindak pidana "
    "perdagangan orang di desa-desa.",
    "Dinas sosial memulangkan tujuh korban TPPO dari Kamboja. Para korban perdagangan orang itu dipekerjakan di "
    "perusahaan scam.",
    # scam compound abroad, no TPPO word: forced work outweighs the gambling cue
    "Dua pemuda asal Jember mengaku disekap di Poipet dan dipaksa bekerja sebagai operator judi online. Paspor mereka"
    " disita oleh perusahaan.",
    # a fake internship abroad is not legal placement
    "Polisi mengusut dugaan TPPO berkedok program magang ke Taiwan. Puluhan mahasiswa dipekerjakan di pabrik.",
    # an internship abroad that turned into unpaid labour, no TPPO word; "program magang" alone is no legal placement
    "Sebanyak 18 alumni SMK ikut program magang ke Korea yang ternyata berujung kerja di peternakan tanpa gaji. "
    "Gaji mereka dipotong untuk 'biaya pendaftaran' dan utang kepada yayasan. Paspor mereka disimpan oleh pengurus "
    "yayasan. Mereka bekerja 15 jam sehari.",
    # workers held and locked in, wages held back, no TPPO word
    "Polisi menggerebek sebuah pabrik sandal yang menyekap dan mengunci pekerjanya dari luar. Para pekerja tidak "
    "boleh keluar kecuali dengan mandor. Upah mereka, Rp 40.000 sehari, ditahan sampai akhir tahun. Pintu mes "
    "dikunci dari luar setiap malam.",
    # a scam compound's lure named as a trading company ("perusahaan perdagangan elektronik") is no commerce story
    "Keluarga meminta pemerintah memulangkan Dimas yang dijanjikan kerja sebagai admin sebuah perusahaan perdagangan "
    "elektronik di Bangkok. Ia justru dibawa ke Myanmar, disekap dan dipaksa menipu orang lewat internet.",
    # people stopped at an airport said to mean to work unlawfully abroad; the lawful route is only advised
    "Imigrasi menunda keberangkatan empat pemuda di bandara. Keempatnya diduga hendak bekerja secara ilegal di Korea "
    "Selatan. Polisi mendalami kemungkinan adanya unsur tindak pidana perdagangan orang. Ke Korea itu ada jalur resmi "
    "lewat program G to G.",
    # students who fell victim to a fake internship abroad, no TPPO word
    "Sebanyak 23 siswa sebuah SMK di Kabupaten Sleman menjadi korban program magang palsu ke Johor, Malaysia. Polisi "
    "menyegel kantor lembaga pelatihan kerja yang memberangkatkan mereka.",
]
IRRELEVANT = [
    # refugee smuggling, police say it is not TPPO
    "Polisi mengamankan 40 pengungsi Rohingya yang terdampar. Kapolres menegaskan kasus ini bukan TPPO melainkan "
    "penyelundupan manusia.",
    # trade
    "Neraca perdagangan Indonesia kembali surplus. Kementerian Perdagangan mencatat ekspor batu bara naik.",
    "Petugas BKSDA menggagalkan perdagangan satwa dilindungi berupa kukang dan burung.",
    # drugs and money laundering
    "Polda Riau menyita 10 kilogram sabu. Bandar narkoba itu juga dijerat TPPU atau pencucian uang.",
    # domestic violence
    "Seorang suami di Bekasi ditangkap karena melakukan KDRT terhadap istrinya.",
    # legal placement
    "BP2MI melepas 150 pekerja migran ke Korea Selatan melalui program G to G.",
    # a legal internship programme
    "Disnaker melepas 40 peserta program magang resmi ke Jepang yang telah lulus pelatihan bahasa.",
    "Bupati memberangkatkan 25 peserta program magang ke Jepang setelah pelatihan bahasa selama enam bulan.",
    # a job scam, the victim never put to work; a warehouse locked for the night
    "Warga yang dijanjikan kerja di kantor pajak ternyata ditipu dan kehilangan uang Rp 10 juta.",
    # gambling at home, foreigners employed as operators (no coercion)
    "Polisi menggerebek markas judi online di Batam. Sebanyak 20 WNA yang dipekerjakan sebagai operator diamankan.",
    "Polda Jateng menangkap 30 tersangka judi online dalam operasi sebulan.",
    # a public-order raid on adults selling sex on their own, no pimp or coercion found
    "Satpol PP menggelar razia di rumah kos dan penginapan. Sebanyak 12 perempuan yang diduga pekerja seks "
    "komersial terjaring. Menurut petugas, mereka bekerja sendiri melalui aplikasi dan tidak ditemukan adanya "
    "mucikari atau pihak yang memaksa. Mereka diserahkan ke Dinas Sosial untuk dibina.",
    # TPPO only in a list of categories
    "Sepanjang tahun ini polres menangani kasus narkoba, pencurian, penganiayaan, KDRT, TPPO dan judi online.",
    # ... as the last item of a list with no comma before "dan"
    "Angka stunting turun. Namun pekerjaan rumah lain masih menunggu, terutama perlindungan anak dari kekerasan, "
    "pernikahan dini, perundungan dan ancaman perdagangan orang.",
    # a runaway teenager: trafficking suspected, then ruled out by "tidak ada unsur itu"
    "Siswi yang hilang sepekan ditemukan di rumah teman. Kasus itu sempat dikaitkan dengan penculikan atau "
    "perdagangan orang. Dari hasil pemeriksaan, tidak ada unsur itu.",
    # ... the same said by the women themselves: nobody coordinates or forces them
    "Satpol PP merazia rumah kos dan menjaring delapan perempuan yang diduga menjajakan diri lewat aplikasi. Mereka "
    "mengaku bekerja sendiri. Tidak ada yang mengaku dikoordinir atau dipaksa pihak lain.",
    # workers deported for overstaying, the officials finding no sign of trafficking among them
    "Sebanyak 148 PMI yang dideportasi dari Malaysia tiba di pelabuhan. Dari hasil wawancara, petugas tidak "
    "menemukan indikasi tindak pidana perdagangan orang (TPPO) dalam rombongan ini.",
    # goods smuggled across the border by an unofficial route: fuel, not people
    "Polisi menangkap dua pria yang diduga menyelundupkan 1.800 liter solar ke Timor Leste melalui jalur tidak resmi. "
    "Perdagangan BBM ilegal itu merugikan negara.",
]


@pytest.mark.parametrize("text", RELEVANT)
def test_relevant_articles(nlp, text):
    assert score(nlp, text) >= 0.5


@pytest.mark.parametrize("text", IRRELEVANT)
def test_irrelevant_articles(nlp, text):
    assert score(nlp, text) < 0.5


def test_trafficking_sub_topic_with_its_own_numbers_is_relevant(nlp):
    text = ("DP3A mencatat 149 kasus kekerasan terhadap perempuan dan anak sepanjang 2024. Dari jumlah itu terdapat "
            "22 kasus TPPO yang korbannya dikirim ke luar negeri.\nKasus perdagangan orang itu kini ditangani polisi.")
    assert score(nlp, text) >= 0.5


def test_title_mention_raises_the_score(nlp):
    body = "Polisi memeriksa dua saksi di Kupang."
    assert score(nlp, body, title="Polisi Usut Dugaan TPPO di Kupang") > score(nlp, body)


def test_more_evidence_means_a_higher_score(nlp):
    one = score(nlp, "Kasus TPPO disebut dalam rapat.")
    three = score(nlp, "Kasus TPPO disebut dalam rapat. Korban TPPO dipulangkan. Pelaku TPPO ditangkap.")
    assert 0.0 < one < three < 1.0


def test_tppo_sentences_are_recorded(nlp):
    doc = nlp("Cuaca cerah. Polisi menangkap pelaku perdagangan orang. Hujan turun.")
    assert [doc.text[s:e] for s, e in doc._.tppo_sentences] == ["Polisi menangkap pelaku perdagangan orang."]


def test_empty_text_is_not_relevant(nlp):
    doc = nlp("")
    assert doc._.relevant is False and 0.0 <= doc._.relevance_score < 0.5


def test_model_reads_its_weights_from_the_data_file():
    model = default_model()
    names = {f.name for f in model.features}
    assert {"trafficking_term", "smuggling", "commerce", "legal_placement"} <= names
    assert model.bias < 0
    assert isinstance(RelevanceModel.load(), RelevanceModel)


def test_child_prostitution_raid_without_the_word_tppo_is_relevant(nlp):
    text = (
        "Unit PPA Satreskrim Polres Contoh membongkar praktik prostitusi daring yang melibatkan anak di bawah umur. "
        "Petugas menyelamatkan tiga korban yang dijajakan oleh seorang mucikari melalui aplikasi pesan. "
        "Mucikari berinisial RK ditetapkan sebagai tersangka."
    )
    assert score(nlp, text, title="Polisi Bongkar Prostitusi Online Libatkan Anak") >= 0.5


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Gaji mereka tidak pernah dibayar dan paspor mereka ditahan majikan di Johor.", True),
        ("Selama dua tahun ia tidak digaji oleh pemilik tambak.", True),
        ("Para pekerja dikurung di mes dan dilarang pulang.", True),
        ("Ratusan buruh berunjuk rasa karena gaji mereka belum dibayar.", False),  # a wage strike
        ("Paspor yang hilang bisa diurus di kantor imigrasi.", False),
        ("Paspor dan ponsel para pekerja disimpan pengurus mes.", True),
        ("Setiap malam para buruh dikunci dari luar oleh mandor.", True),
        ("Upahnya pun ditahan sampai Lebaran agar ia tidak kabur.", True),
        ("Mereka bekerja dari pagi hingga 18 jam sehari di kapal.", True),
        ("Paspor disimpan di lemari hotel selama liburan.", False),
        ("Para pegawai bekerja delapan jam sehari di kantor.", False),
        # wages kept back to repay a debt or fees the workers were charged
        ("Gaji mereka dipotong untuk membayar ongkos perjalanan yang tidak pernah dijelaskan.", True),
        ("Upah para buruh dipotong terus untuk cicilan kepada agen.", True),
        ("Gaji pegawai negeri dipotong zakat sebesar 2,5 persen.", False),
    ],
)
def test_exploitation_conditions_are_evidence(nlp, text, found):
    doc = nlp(text)
    evidence = doc.user_data["pantau_relevance_evidence"]
    assert bool(evidence["exploitation_conditions"]) is found


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("Mereka diseberangkan ke Malaysia oleh seorang tekong pada malam hari.", "irregular_departure"),
        ("Ia berangkat ke Malaysia lewat calo tanpa kontrak kerja.", "irregular_departure"),
        ("Delapan warga hendak menyeberang ke Sarawak tanpa dokumen untuk bekerja di kebun.", "irregular_departure"),
        ("Mereka akan bekerja di perkebunan, tetapi hanya membawa paspor wisata.", "undocumented_work"),
        ("Ia dipukul setiap kali meminta pulang ke kampungnya.", "exploitation_conditions"),
        ("Pasangan itu diduga menjual tiga anak perempuan melalui aplikasi daring.", "people_sold"),
        ("Gadis itu dijual kepada seorang pria seharga Rp5 juta.", "people_sold"),
        ("Sembilan perempuan yang hendak diberangkatkan ke Malaysia ditemukan di sebuah rumah penampungan.",
         "shelter_before_departure"),
        ("Polisi menggerebek sebuah rumah penampungan calon pekerja migran di Kecamatan Ciawi.",
         "shelter_before_departure"),
        ("Penampungan calon PMI itu tidak berizin dan tidak terdaftar di dinas.", "shelter_before_departure"),
        ("Polisi menggerebek sebuah rumah di Kecamatan Sukarami yang diduga dijadikan penampungan calon pekerja rumah "
         "tangga untuk dikirim ke luar negeri.", "shelter_before_departure"),
        ("Polisi mengamankan seorang perekrut anak buah kapal di sebuah rumah kos.", "recruiter_arrested"),
        ("Perekrut berinisial MS (40) ditangkap di rumahnya.", "recruiter_arrested"),
        ("Polisi menyelamatkan 11 calon ABK dari perusahaan penyalur yang tidak memiliki Surat Izin Usaha Perekrutan "
         "dan Penempatan Awak Kapal.", "unlicensed_placement"),
        ("LPK tersebut tidak terdaftar sebagai penyelenggara pemagangan ke luar negeri.", "unlicensed_placement"),
        ("Dua dari lima terapis yang diselamatkan dari sebuah spa di Way Halim masih di bawah umur.",
         "rescued_from_venue"),
        ("Jumlah korban dalam kasus spa di Medan Petisah bertambah menjadi 11 orang.", "rescued_from_venue"),
        ("BP3MI menerima lima warga yang digagalkan keberangkatannya di Pelabuhan Dumai.", "migrants_intercepted"),
        ("Mereka dijanjikan magang bergaji di pabrik, namun di Korea justru dipekerjakan di ladang.",
         "deceptive_recruitment"),
    ],
)
def test_described_irregular_work_and_confinement_are_evidence(nlp, text, feature):
    assert nlp(text).user_data["pantau_relevance_evidence"][feature] == 1


@pytest.mark.parametrize(("text", "feature"), [
    ("Tambang emas itu tidak memiliki izin usaha pertambangan.", "unlicensed_placement"),
    ("Perusahaan penyalur resmi itu memiliki izin dari kementerian.", "unlicensed_placement"),
    ("Tim SAR menyelamatkan dua wisatawan dari sebuah kafe yang terbakar.", "rescued_from_venue"),
    ("Warga dievakuasi dari rumah mereka ke tempat pengungsian.", "rescued_from_venue"),
])
def test_unlicensed_businesses_of_other_trades_and_other_rescues_are_no_evidence(nlp, text, feature):
    assert not nlp(text).user_data["pantau_relevance_evidence"][feature]


@pytest.mark.parametrize("text", ["Polisi masih memburu perekrut yang membawa mereka ke Malaysia.",
                                  "Perusahaan perekrut tenaga kerja itu membuka lowongan bagi lulusan SMK."])
def test_a_recruiter_not_arrested_is_no_arrest_evidence(nlp, text):
    assert not nlp(text).user_data["pantau_relevance_evidence"]["recruiter_arrested"]


@pytest.mark.parametrize("text", ["Warga menjual anak ayam di pasar.", "Toko itu dilarang menjual rokok kepada anak.",
                                  "Relawan menampung pengungsi banjir di rumah penampungan sementara.",
                                  "Petugas menggerebek rumah penampungan hewan liar di pinggir kota.",
                                  "Petugas menggerebek sebuah gudang yang dijadikan penampungan barang selundupan."])
def test_goods_animals_and_evacuees_are_no_people_sold_or_sent(nlp, text):
    evidence = nlp(text).user_data["pantau_relevance_evidence"]
    assert not evidence["people_sold"] and not evidence["shelter_before_departure"]


def test_a_legal_departure_is_no_irregular_evidence(nlp):
    evidence = nlp("Para pekerja berangkat ke Korea Selatan dengan visa kerja dan kontrak resmi.").user_data[
        "pantau_relevance_evidence"]
    assert not evidence["irregular_departure"]
    assert not evidence["undocumented_work"]


def test_a_lure_that_turns_into_labour_is_evidence_in_the_text_and_the_title(nlp):
    doc = nlp.make_doc("Dijanjikan kerja di restoran, mereka malah dipekerjakan di kebun sawit tanpa bayaran.")
    doc._.title = "Dijanjikan Jadi Pelayan, Dua Gadis Malah Dipaksa Kerja di Pabrik"
    evidence = nlp(doc).user_data["pantau_relevance_evidence"]
    assert evidence["deceptive_recruitment"] == 1
    assert evidence["deceptive_recruitment_title"] == 1
    assert not nlp("Ia dijanjikan kenaikan gaji, ternyata hanya bonus akhir tahun.").user_data[
        "pantau_relevance_evidence"]["deceptive_recruitment"]


def test_a_negated_official_programme_is_no_legal_placement(nlp):
    evidence = nlp("Program itu tidak pernah terdaftar sebagai program magang resmi.").user_data[
        "pantau_relevance_evidence"]
    assert not evidence["legal_placement"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lima anak buah kapal asal Pati terlantar di pelabuhan Cape Town setelah pemilik kapal menghilang.", True),
        ("Dua awak kapal nekat melompat ke laut untuk kabur dari kapal berbendera asing.", True),
        ("Para pelaut itu mengaku gaji mereka selama sembilan bulan belum dibayar perusahaan.", True),
        ("Buku pelaut dan paspor para kru kapal ditahan oleh agen di Jakarta Utara.", True),
        # the active voice: the employer does not pay
        ("Pemilik kapal tidak membayar gaji para ABK selama lima bulan.", True),
        # crew without abuse, and abuse without crew
        ("Nakhoda dan dua ABK ditangkap karena membawa 40 kilogram sabu dari perairan internasional.", False),
        ("Sebanyak 30 awak kapal feri menerima sertifikat keselamatan dari syahbandar.", False),
        ("Seorang pedagang terlantar di terminal bus setelah dompetnya hilang.", False),
    ],
)
def test_crew_abandoned_abused_or_unpaid_is_evidence(nlp, text, found):
    assert bool(nlp(text).user_data["pantau_relevance_evidence"]["crew_abuse"]) is found


def test_crew_abuse_told_throughout_rises_towards_the_threshold_one_sentence_of_it_does_not(nlp):
    story = ("Sebanyak 14 ABK asal Tegal terlantar di pelabuhan Port Louis. Para ABK itu mengaku dipukuli mandor "
             "kapal. Gaji para awak kapal itu tidak dibayar. Kini para ABK tersebut tertahan di kapal.")
    one = "Seorang ABK kapal tunda mengaku gajinya belum dibayar dua bulan. Ia melapor ke dinas."
    assert score(nlp, story) >= 0.5
    assert score(nlp, one) < 0.2
    assert score(nlp, "Sebanyak 14 ABK asal Tegal terlantar di pelabuhan Port Louis.") > score(nlp, "Kapal bersandar.")


def test_a_headline_the_text_does_not_repeat_is_one_more_sentence(nlp):
    body = "Keluarga meminta bantuan pemerintah. Mereka menunggu kabar."
    doc = nlp.make_doc(body)
    doc._.title = "Sembilan Kru Kapal Asal Bali Telantar di Fiji"
    assert nlp(doc).user_data["pantau_relevance_evidence"]["crew_abuse"] == 1
    # repeated at the head of the text, it is counted once
    title = "Sembilan Kru Kapal Asal Bali Telantar di Fiji"
    doc = nlp.make_doc(f"{title}\n\n{body}")
    doc._.title = title
    assert nlp(doc).user_data["pantau_relevance_evidence"]["crew_abuse"] == 1
    # a feature with its own title twin is not counted twice
    doc = nlp.make_doc(body)
    doc._.title = "Polisi Usut Dugaan TPPO di Kupang"
    evidence = nlp(doc).user_data["pantau_relevance_evidence"]
    assert evidence["trafficking_title"] == 1
    assert evidence["trafficking_term"] == 0


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Puluhan ABK kapal feri mogok kerja menuntut gaji tiga bulan yang belum dibayar.", True),
        ("Ratusan buruh berunjuk rasa di depan kantor bupati soal upah.", True),
        ("Dinas memediasi perselisihan hubungan industrial antara perusahaan dan karyawan.", True),
        ("Gaji para pelaut itu tertahan karena sengketa perusahaan pelayaran.", True),
        ("Para ABK itu disiksa dan tidak digaji selama sepuluh bulan di kapal asing.", False),
    ],
)
def test_strikes_and_industrial_disputes_are_negative_evidence(nlp, text, found):
    assert bool(nlp(text).user_data["pantau_relevance_evidence"]["labour_dispute"]) is found


def test_crew_striking_at_home_over_late_pay_is_not_relevant(nlp):
    text = ("Puluhan ABK kapal feri mogok kerja di Pelabuhan Merak. Para ABK itu menuntut gaji tiga bulan yang belum "
            "dibayar perusahaan. Dinas memediasi perselisihan hubungan industrial tersebut.")
    assert score(nlp, text, title="Gaji Belum Dibayar, ABK Kapal Feri Mogok") < 0.2


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        # a legal transplant that states the ban on the organ trade
        ("Tim dokter rumah sakit daerah berhasil mencangkok ginjal seorang ayah kepada putranya. Prosedur itu "
         "mengikuti undang-undang yang melarang jual beli organ.", False),
        ("Komite etik memeriksa setiap calon pendonor untuk mencegah praktik perdagangan organ. Donor adalah istri "
         "pasien sendiri.", False),
        # a sale told as a case stays relevant
        ("Polisi membongkar sindikat jual beli ginjal di Bekasi. Sebanyak 12 korban TPPO dijanjikan uang Rp 135 juta "
         "dan dibawa ke Kamboja untuk diambil ginjalnya.", True),
    ],
)
def test_a_stated_ban_on_the_organ_trade_is_no_trafficking_case(nlp, text, relevant):
    assert (score(nlp, text) >= 0.5) is relevant


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        # a warning that names the trade as a risk, in a story of a legal adoption or a donation
        ("Pengadilan agama mengabulkan permohonan pengangkatan anak sepasang guru. Dinas sosial meminta warga tidak "
         "mengadopsi lewat grup daring karena rawan jual beli bayi.", False),
        ("Seorang adik menerima ginjal kakaknya di rumah sakit provinsi. Dokter meminta warga agar tidak tergiur "
         "tawaran penjualan ginjal di media sosial.", False),
        # a case told with its own evidence stays relevant when the police add a warning
        ("Polres Kupang menangkap dua perekrut dalam kasus TPPO yang menjerat sembilan korban. Kapolres mengimbau "
         "warga mewaspadai modus perdagangan orang berkedok lowongan kerja.", True),
        # trafficking named as a risk ("rentan", "berisiko", "berpotensi"), once, in a story about something else
        ("Bupati meresmikan balai latihan kerja baru di Kecamatan Ampana. Menurut dia, balai itu membuka peluang kerja"
         " bagi pemuda yang rentan menjadi korban TPPO.", False),
        ("Calon wali kota berjanji membuka pabrik pengolahan ikan. Ia menyebut pengangguran berisiko terjerat "
         "perdagangan orang bila tidak ada lapangan kerja.", False),
        # a case told with its own evidence keeps its score when an official adds that others are at risk
        ("Polres Sumba Barat menangkap dua perekrut dalam kasus TPPO. Delapan korban perdagangan orang dipulangkan ke "
         "desanya. Kapolres menyebut anak putus sekolah berpotensi menjadi korban TPPO.", True),
    ],
)
def test_a_warning_or_a_risk_named_is_no_trafficking_case(nlp, text, relevant):
    assert (score(nlp, text) >= 0.5) is relevant


def test_a_warning_or_a_risk_is_read_only_where_it_names_the_trade():
    warning = next(f for f in default_model().features if f.name == "trafficking_warning")
    assert warning.pattern.search("warga diminta waspada terhadap praktik perdagangan orang")
    assert not warning.pattern.search("warga diminta waspada terhadap banjir. Polisi menangani kasus TPPO")
    assert warning.pattern.search("para perantau rentan menjadi korban perdagangan orang")
    assert not warning.pattern.search("rumah warga rentan terendam banjir. Polisi menangani kasus TPPO")


def test_a_link_to_another_article_is_no_evidence(nlp):
    flood = ("Banjir merendam ratusan rumah di Kecamatan Sampang, Kamis. Warga membersihkan lumpur.\n\n"
             "Baca juga: Polisi Tangkap Dua Tersangka TPPO di Pelabuhan Tanjung Perak\n\n"
             "BPBD menyalurkan bantuan makanan.")
    assert score(nlp, flood) < 0.5
    case = ("Polres Sampang menangkap dua tersangka TPPO yang merekrut korban perdagangan orang.\n\n"
            "Lihat juga: Banjir Rendam Ratusan Rumah di Sampang\n\nKorban dijanjikan kerja di Malaysia.")
    assert score(nlp, case) >= 0.5


def test_link_lines_end_at_the_line_or_a_headlines_length():
    from nlp.language import link_line_spans as link_lines

    text = "Paragraf satu.\nBaca Juga: Judul Lain\nParagraf dua."
    assert [text[s:e].strip() for s, e in link_lines(text)] == ["Baca Juga: Judul Lain"]
    flat = "Baca juga: Judul Lain. " + "Kalimat isi berita yang panjang. " * 20
    assert all(e - s <= 170 for s, e in link_lines(flat))
    assert link_lines("Tidak ada tautan di sini.") == []


@pytest.mark.parametrize(
    ("text", "feature", "found"),
    [
        # people made to beg or busk for a handler who takes their earnings
        ("Lima anak dipaksa mengamen di terminal oleh pria yang menampung mereka.", "forced_street_work", True),
        ("Hasil meminta-minta itu harus disetor kepada koordinator setiap malam.", "forced_street_work", True),
        ("Seorang pengemis lansia menerima bantuan sembako dari kelurahan.", "forced_street_work", False),
        ("Koordinator aksi meminta dinas menaikkan upah minimum.", "forced_street_work", False),
        # sexual images or shows sold or streamed for pay
        ("Tersangka merekam korban tanpa busana lalu menjual videonya lewat grup berbayar.", "sexual_content_sale",
         True),
        ("Konten porno itu diperjualbelikan di sebuah forum daring.", "sexual_content_sale", True),
        ("Polisi menangkap pria yang menyebarkan video asusila mantan kekasihnya.", "sexual_content_sale", False),
        # every verb form of eksploitasi, and forced to work
        ("Pelaku mengeksploitasi tiga remaja di sebuah kafe.", "exploitation", True),
        ("Selama dua tahun ia dipaksa bekerja di dapur tanpa libur.", "exploitation", True),
        ("Ia terpaksa bekerja di dua tempat karena gajinya kecil.", "exploitation", False),
        # forced or told to defraud, punished for a missed target: the scam compound; fraudsters at home are not
        ("Di gedung itu mereka dipaksa membuat akun palsu untuk menipu orang.", "forced_scam_work", True),
        ("Pekerja yang tidak mencapai target harian dipukul oleh pengawas.", "exploitation_conditions", True),
        ("Komplotan itu menipu puluhan korban lewat telepon.", "forced_scam_work", False),
        ("Sales yang tidak mencapai target tidak mendapat bonus akhir tahun.", "exploitation_conditions", False),
        # a marriage arranged by a broker or for money, not a wedding
        ("Gadis itu dinikahkan dengan pria asal Taiwan lewat seorang perantara.", "brokered_marriage", True),
        ("Mak comblang itu menerima Rp 20 juta setelah dua perempuan dijodohkan dengan lelaki asing.",
         "brokered_marriage", True),
        ("Putri bupati dinikahkan dengan pengusaha asal Surabaya di pendopo.", "brokered_marriage", False),
        # a study programme abroad that turned into labour, like an internship; a real scholarship is no evidence
        ("Program beasiswa kuliah ke Jepang itu ternyata berujung kerja di pabrik pengolahan ikan.",
         "deceptive_recruitment", True),
        ("Program beasiswa kuliah ke Jepang dibuka untuk 50 lulusan SMA berprestasi.", "deceptive_recruitment",
         False),
        # charged with fraud or embezzlement, under the old code or the 2023 one
        ("Tersangka dijerat Pasal 378 KUHP tentang penipuan.", "fraud_charge", True),
        ("Keduanya dijerat Pasal 378 dan Pasal 372 KUHP.", "fraud_charge", True),
        ("Pelaku dikenai Pasal 492 KUHP dengan ancaman empat tahun penjara.", "fraud_charge", True),
        ("Tersangka dijerat Pasal 2 Undang-Undang Nomor 21 Tahun 2007.", "fraud_charge", False),
        # a denial that anyone exploited or organised them
        ("Dari hasil asesmen, tidak ditemukan unsur eksploitasi terhadap para pengamen dewasa itu.",
         "not_trafficking", True),
        ("Petugas menyatakan tidak ada yang mengkoordinir para pengemis tersebut.", "not_trafficking", True),
        ("Dari pengakuan mereka, transaksi dilakukan sendiri, tidak ada yang mengatur atau mengambil bagian.",
         "not_trafficking", True),
        ("Penyidik menemukan unsur eksploitasi dalam kasus itu.", "not_trafficking", False),
        # a victim's own word that nobody forced them is no denial of the case (consent does not clear trafficking)
        ("Korban mengaku tidak ada yang memaksa dirinya berangkat ke Malaysia.", "not_trafficking", False),
        # trafficking as one item of a list of topics
        ("Program dinas tahun depan antara lain pelatihan kader, bantuan sembako, penyuluhan pencegahan TPPO, dan "
         "perbaikan jalan desa.", "trafficking_listed", True),
        ("Polisi menyelamatkan 12 korban TPPO, seperti dilaporkan keluarga mereka.", "trafficking_listed", False),
    ],
)
def test_described_exploitation_and_look_alike_evidence(nlp, text, feature, found):
    assert bool(nlp(text).user_data["pantau_relevance_evidence"][feature]) is found


def test_a_denial_kept_to_the_adults_beside_minors_denies_nothing_of_theirs(nlp):
    minors = ("Polisi menemukan lima remaja putri berusia 15 hingga 17 tahun yang dipekerjakan sebagai pemandu lagu. "
              "Namun, tidak ditemukan unsur paksaan terhadap pekerja dewasa di kafe itu.")
    adults = "Dari hasil asesmen, tidak ditemukan unsur eksploitasi terhadap para pengamen dewasa itu."
    assert not nlp(minors).user_data["pantau_relevance_evidence"]["not_trafficking"]
    assert nlp(adults).user_data["pantau_relevance_evidence"]["not_trafficking"]


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        # adults begging on their own, sent home
        ("Satpol PP menjaring 12 pengemis dewasa di pusat kota. Petugas menyatakan tidak ada yang mengkoordinir "
         "mereka. Para pengemis dipulangkan ke daerah asal.", False),
        # a job scam at home: money lost, nobody put to work
        ("Sebanyak 20 pencari kerja tertipu pria yang menjanjikan pekerjaan di pabrik sepatu. Pelaku meminta uang "
         "Rp 3 juta per orang. Ia dijerat Pasal 378 KUHP.", False),
        # a programme list that names TPPO once
        ("Dinas sosial memaparkan program tahun depan antara lain bantuan sembako, pelatihan kader, penyuluhan "
         "pencegahan TPPO, dan perbaikan rumah warga.", False),
        # a list that names TPPO beside a case told with its own evidence
        ("Kapolres memaparkan kasus menonjol seperti narkoba, pencurian, dan TPPO. Dalam kasus TPPO, polisi "
         "menyelamatkan 12 korban yang akan dikirim ke Malaysia secara ilegal. Dua perekrut ditetapkan sebagai "
         "tersangka TPPO.", True),
    ],
)
def test_exploitation_separates_trafficking_from_begging_scams_and_lists(nlp, text, relevant):
    assert (score(nlp, text) >= 0.5) is relevant


def test_forced_begging_rises_towards_the_threshold_and_above_begging_on_ones_own(nlp):
    forced = score(nlp, "Tujuh anak dipaksa mengemis di perempatan oleh seorang perempuan yang menampung mereka. "
                        "Setiap anak diwajibkan menyetor Rp 100 ribu per hari kepada koordinator.")
    alone = score(nlp, "Tujuh anak mengemis di perempatan sepulang sekolah. Mereka membeli jajan dengan uangnya.")
    assert alone < forced < 0.5  # the counts and the semantic component decide the rest
    assert forced > 1 / (1 + 2.718 ** 4.5)  # within the semantic component's reach


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        # an official departure of migrant workers with a warning against illegal routes: legal placement
        ("Sebanyak 80 pekerja migran asal Kendal dilepas secara resmi untuk bekerja di Korea Selatan. Kepala dinas "
         "mengingatkan warga agar tidak berangkat melalui calo karena pekerja nonprosedural rentan dieksploitasi.",
         False),
        ("Pemberangkatan 45 pekerja migran itu dilakukan secara resmi di pendopo kabupaten. Bupati meminta warga "
         "tidak tergiur berangkat lewat calo yang membuat pekerja tidak digaji.", False),
        # the same words in a case where the victims were not sent officially
        ("Polisi menangkap perekrut 12 pekerja migran yang tidak diberangkatkan secara resmi ke Malaysia. Para "
         "korban perdagangan orang itu dieksploitasi dan tidak digaji.", True),
        # people sent through an official scheme, with a warning against trafficking
        ("Sebanyak 40 pekerja migran asal Kabupaten Kendal dilepas untuk bekerja sebagai perawat lansia di Jepang "
         "melalui skema penempatan resmi. Kepala dinas mengingatkan warga agar tidak tergiur tawaran kerja "
         "nonprosedural yang berisiko menjadi korban perdagangan orang.", False),
        ("Polisi menangkap perekrut 12 pekerja migran yang diberangkatkan ke Malaysia melalui jalur tidak resmi. "
         "Para korban perdagangan orang itu dieksploitasi dan tidak digaji.", True),
        # the steps only an official placement has: the pre-departure orientation, the Specified Skilled Worker scheme
        # (its lead names a training, so the warning reads as a campaign's own message, no aside)
        ("Sebanyak 30 calon pekerja migran asal Kabupaten Tapin mengikuti Orientasi Pra Pemberangkatan (OPP) yang "
         "digelar BP3MI. Mereka akan bekerja sebagai perawat lansia di Jepang setelah menjalani pelatihan bahasa "
         "selama delapan bulan. Kepala BP3MI meminta warga tidak tergiur calo karena berisiko menjadi korban "
         "eksploitasi hingga perdagangan orang.", False),
        ("Dua puluh lulusan SMK berangkat ke Jepang lewat program Specified Skilled Worker. Dinas meminta warga "
         "waspada terhadap tawaran kerja yang bisa berujung perdagangan orang.", False),
    ],
)
def test_an_official_departure_is_legal_placement(nlp, text, relevant):
    assert (score(nlp, text) >= 0.5) is relevant


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        # trafficking as the last item of a list closed by ", serta" / ", dan": a category in passing
        ("DPRD menyetujui anggaran daerah tahun depan. Fraksi meminta pemkab menganggarkan perbaikan jalan desa, "
         "bantuan bagi petani, serta sosialisasi TPPO di sekolah.", False),
        ("Rapat paripurna membahas program kesehatan ibu, pencegahan stunting, dan penanganan perdagangan orang. "
         "Bupati berjanji anggaran dikelola transparan.", False),
        # the same list with its own trafficking figures: a sub-topic
        ("Polres menangani kasus narkoba, pencurian, dan TPPO sepanjang 2025. Tercatat 12 kasus TPPO dengan 30 "
         "korban perdagangan orang yang dikirim ke Malaysia.", True),
    ],
)
def test_trafficking_as_the_last_item_of_a_list_is_a_passing_mention(nlp, text, relevant):
    assert (score(nlp, text) >= 0.5) is relevant


def test_work_on_a_visa_that_allows_no_work_is_evidence(nlp):
    def undocumented(text: str) -> int:
        from nlp.components.relevance import EVIDENCE_KEY

        return nlp(text).user_data[EVIDENCE_KEY]["undocumented_work"]

    assert undocumented("Sembilan perempuan itu hendak bekerja sebagai pembantu di Riyadh menggunakan visa ziarah.")
    assert undocumented("Mereka berangkat memakai visa umrah, padahal akan bekerja di Jeddah.")
    assert not undocumented("Jemaah asal Garut berangkat menggunakan visa umrah dan dibimbing petugas travel.")
    assert not undocumented("Pekerja migran itu berangkat menggunakan visa kerja resmi ke Taiwan.")
    assert undocumented("Ia menyeberang ke Johor tanpa kontrak kerja dan hanya berbekal paspor kunjungan.")
    assert not undocumented("Ia menyeberang ke Johor untuk berlibur dengan paspor kunjungan.")


def test_a_departure_called_not_official_is_no_legal_placement(nlp):
    from nlp.components.relevance import EVIDENCE_KEY

    doc = nlp("Pemberangkatan 30 pekerja migran itu dilakukan secara tidak resmi lewat pelabuhan kecil.")
    assert not doc.user_data[EVIDENCE_KEY]["legal_placement"]
    doc = nlp("Para korban diberangkatkan ke Malaysia melalui jalur yang tidak resmi.")
    assert not doc.user_data[EVIDENCE_KEY]["legal_placement"]


def test_people_sent_through_an_official_scheme_are_legal_placement(nlp):
    from nlp.components.relevance import EVIDENCE_KEY

    doc = nlp("Sebanyak 40 pekerja migran dilepas untuk bekerja sebagai perawat lansia di Jepang melalui skema "
              "penempatan resmi.")
    assert doc.user_data[EVIDENCE_KEY]["legal_placement"]
    doc = nlp("Mereka diberangkatkan melalui skema Specified Skilled Worker (SSW) yang resmi dan terdaftar.")
    assert doc.user_data[EVIDENCE_KEY]["legal_placement"]


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        # foreigners working here on a visit visa, deported: an immigration case
        ("Imigrasi mendeportasi 20 WNA asal Vietnam yang bekerja di pabrik menggunakan visa kunjungan. Mereka tidak "
         "memiliki izin kerja.", False),
        ("Sebanyak 30 TKA asal China dideportasi karena bekerja tanpa izin kerja di smelter nikel.", False),
        # Indonesians deported from abroad as victims, and foreign victims rescued here, stay cases
        ("Sebanyak 40 WNI korban perdagangan orang dideportasi dari Malaysia melalui Nunukan. Mereka dipekerjakan di "
         "kebun sawit tanpa gaji.", True),
        ("Polisi menyelamatkan lima WNA asal Uzbekistan korban TPPO yang dipaksa menjadi pekerja seks di Bali. Para "
         "korban perdagangan orang itu akan dipulangkan.", True),
    ],
)
def test_foreigners_deported_for_working_on_the_wrong_permit_are_an_immigration_case(nlp, text, relevant):
    from nlp.components.relevance import EVIDENCE_KEY

    doc = nlp(text)
    assert bool(doc.user_data[EVIDENCE_KEY]["foreign_workers_immigration"]) is not relevant
    assert doc._.relevant is relevant


def test_advice_to_leave_officially_is_no_legal_placement(nlp):
    from nlp.components.relevance import EVIDENCE_KEY

    for text in ("Sebagian besar warga berangkat resmi, tetapi masih ada yang lewat calo.",
                 "Warga diminta agar diberangkatkan secara resmi oleh perusahaan penempatan."):
        assert not nlp(text).user_data[EVIDENCE_KEY]["legal_placement"]
    assert nlp("Sebanyak 90 pekerja migran diberangkatkan secara resmi ke Jepang.").user_data[EVIDENCE_KEY][
        "legal_placement"]


@pytest.mark.parametrize(
    ("text", "feature", "found"),
    [
        # a look-alike named only to be denied, "not merely a wage dispute", is no evidence of it
        ("Ini bukan sekadar sengketa upah, ada kerja paksa dan penahanan dokumen.", "labour_dispute", False),
        ("Menurut dia, persoalan itu tidak hanya soal narkoba di kampung tersebut.", "drugs", False),
        ("Para buruh pabrik mogok kerja menuntut kenaikan upah.", "labour_dispute", True),
        # up to a contrast: "not trafficking but smuggling" denies trafficking, and smuggling stays
        ("Kasus ini bukan TPPO melainkan penyelundupan manusia.", "smuggling", True),
        # an office named after the field speaks for it; a dispute or its court is one
        ("Kepala Bidang Hubungan Industrial Disnaker mengatakan perusahaan sudah dipanggil.", "labour_dispute", False),
        ("Direktur Jenderal Pembinaan Hubungan Industrial hadir dalam acara itu.", "labour_dispute", False),
        ("Pekerja bisa membawa perkara itu ke Pengadilan Hubungan Industrial.", "labour_dispute", True),
        # trafficking denied: not a victim of it, its elements not met, the last of a list of elements not found
        ("Polisi memastikan remaja itu bukan korban perdagangan orang.", "not_trafficking", True),
        ("Para deportan tidak memenuhi unsur sebagai korban tindak pidana perdagangan orang.", "not_trafficking",
         True),
        ("Tidak ada unsur penipuan, pemaksaan maupun perdagangan orang dalam perekrutan itu.", "not_trafficking",
         True),
        ("Banyak korban merasa dirinya bukan korban, padahal mereka dieksploitasi.", "not_trafficking", False),
        # the size of the ring denied, not the crime
        ("Polisi menyebut para pelaku bukan jaringan perdagangan orang internasional, melainkan perorangan.",
         "not_trafficking", False),
        ("Penyidik menemukan unsur penipuan dan perdagangan orang dalam perekrutan itu.", "not_trafficking", False),
        # debt bondage: held by a debt, one that never ends, costs charged as a debt; anyone can be in debt
        ("Para pekerja kebun itu terjerat utang kepada mandor.", "exploitation", True),
        ("Utang kami tidak pernah lunas walau sudah setahun bekerja.", "exploitation", True),
        ("Tiket pesawat dan makan selama perjalanan dihitung sebagai utang.", "exploitation", True),
        ("Ia menjual sepeda motornya karena terlilit utang.", "exploitation", False),
        # leaving made to cost a ransom, a fine or a debt
        ("Kalau mau pulang, katanya harus bayar tebusan Rp 50 juta.", "exploitation_conditions", True),
        ("Pekerja yang ingin berhenti sebelum kontrak selesai diminta membayar denda Rp 25 juta.",
         "exploitation_conditions", True),
        ("Penumpang yang ingin pulang lebih awal dapat membeli tiket di loket pelabuhan.", "exploitation_conditions",
         False),
        # every noun for wages: earnings cut for fees and debts
        ("Penghasilan mereka langsung dipotong untuk biaya asrama dan biaya agen.", "exploitation_conditions", True),
        ("Penghasilan petani naik setelah harga gabah membaik.", "exploitation_conditions", False),
    ],
)
def test_denials_offices_debt_bondage_and_the_cost_of_leaving(nlp, text, feature, found):
    assert bool(nlp(text).user_data["pantau_relevance_evidence"][feature]) is found


def test_workers_held_by_debt_on_a_plantation_are_relevant_a_missing_teen_cleared_is_not(nlp):
    bondage = ("Sebanyak 20 pekerja asal Flores di sebuah kebun sawit minta dipulangkan. Mereka terjerat utang "
               "kepada mandor. Ongkos kapal dan makan dihitung sebagai utang, dan utang itu tidak pernah lunas. "
               "Kalau mau pulang, mandor bilang harus bayar Rp 5 juta dulu. Kepala Bidang Hubungan Industrial "
               "Disnakertrans sudah memanggil perusahaan.")
    with_counts = ComponentsOnly("sentencizer", "pantau_counts", "pantau_relevance")
    assert score(with_counts, bondage) > 0.5  # the workers counted, held by a debt, and no dispute
    cleared = ("Remaja yang dilaporkan hilang ditemukan di rumah temannya. Polisi memastikan remaja itu bukan korban "
               "perdagangan orang. \"Tidak ada unsur penculikan, eksploitasi maupun perdagangan orang,\" kata "
               "Kapolsek. Kabar bahwa ia diculik jaringan perdagangan anak adalah hoaks.")
    assert score(nlp, cleared, title="Remaja Hilang Ditemukan, Polisi: Bukan Korban Perdagangan Orang") < 0.5


def test_a_lone_mention_is_one_piece_of_evidence_whatever_words_it_holds(nlp):
    aside = ("Pameran pendidikan digelar di alun-alun kota selama tiga hari. Panitia berharap lulusan tidak berangkat"
             " sebagai pekerja migran ilegal yang bisa menjadi korban TPPO. Pengunjung memadati stan kampus.")
    evidence = nlp(aside).user_data["pantau_relevance_evidence"]
    assert evidence["trafficking_term"] == 1 and evidence["illegal_migrant_work"] == 0
    # the same words told in a sentence of their own are a story's evidence, and counted
    story = ("Polisi menggagalkan keberangkatan sembilan pekerja migran ilegal di pelabuhan. Kasus itu diduga TPPO. "
             "Para calon pekerja dijanjikan gaji besar di Malaysia.")
    evidence = nlp(story).user_data["pantau_relevance_evidence"]
    assert evidence["illegal_migrant_work"] == 1 and evidence["overseas_job_lure"] == 1
    assert score(nlp, story) > score(nlp, aside)


def test_a_lone_mention_with_the_subject_in_the_headline_keeps_its_words(nlp):
    doc = nlp.make_doc("Petugas menunda keberangkatan mereka karena diduga pekerja migran ilegal yang akan menjadi "
                       "korban TPPO.")
    doc._.title = "Imigrasi Tunda Keberangkatan 12 PMI Ilegal"
    assert nlp(doc).user_data["pantau_relevance_evidence"]["illegal_migrant_work"] == 2


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # the lawful channel named as advice beside a case of the unlawful route
        ("Kapolda menegaskan penempatan ke Jepang hanya melalui program G to G atau perusahaan resmi.", False),
        ("Disnaker mengimbau warga untuk mendaftar skema G to G di kantor dinas.", False),
        ("Warga diminta agar berangkat lewat pelepasan PMI resmi oleh pemerintah.", False),
        # a placement that takes place
        ("Disnaker melepas 85 perawat peserta skema G to G menuju Jepang, Senin.", True),
        ("Sebanyak 40 perawat diberangkatkan secara resmi ke Jepang melalui skema antarpemerintah.", True),
    ],
)
def test_legal_placement_named_as_the_channel_to_take_is_no_placement(nlp, text, counted):
    assert bool(nlp(text).user_data["pantau_relevance_evidence"]["legal_placement"]) is counted


def test_a_case_where_officials_point_to_the_lawful_channel_is_relevant(nlp):
    text = ("Polda Bali menahan pemilik agen yang memberangkatkan 14 warga ke Jepang dengan visa wisata. Tersangka "
            "dijerat UU TPPO. Kapolda menegaskan jalur resmi ke Jepang hanya melalui program G to G.")
    assert score(nlp, text) >= 0.5


def test_a_placement_story_with_advice_on_the_channel_stays_a_placement(nlp):
    text = ("Disnaker melepas 85 perawat peserta skema G to G menuju Jepang, Senin. Kepala dinas mengimbau warga "
            "agar mendaftar lewat jalur G to G dan tidak percaya calo.")
    evidence = nlp(text).user_data["pantau_relevance_evidence"]
    assert evidence["legal_placement"] == 1 and score(nlp, text) < 0.5


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        # trafficking named as what one hopes to avoid, once, in a story about something else
        ("Dinas tenaga kerja membuka pameran lowongan kerja ke Korea Selatan di gedung olahraga. Seorang petugas "
         "berpesan agar pencari kerja tidak menjadi korban TPPO.", False),
        ("Calon bupati memaparkan rencana membangun pasar ikan di pesisir. Ia mengaku tidak ingin lagi melihat pemuda "
         "desanya menjadi korban perdagangan orang.", False),
        ("Warga memadati layanan paspor pada hari Minggu. Petugas tetap mewawancarai pemohon untuk mencegah "
         "penyalahgunaan paspor bagi perdagangan orang. Hingga kini belum ditemukan kasus seperti itu di kota ini.",
         False),
        # a case told with its own evidence stays relevant when an official hopes for no more victims
        ("Polres Ende menangkap dua perekrut dalam kasus TPPO. Sebelas korban perdagangan orang dipulangkan dari "
         "Kalimantan. Kapolres berharap jangan sampai ada lagi warga yang menjadi korban TPPO.", True),
    ],
)
def test_trafficking_named_as_what_one_hopes_to_avoid_is_no_case(nlp, text, relevant):
    assert (score(nlp, text) >= 0.5) is relevant


def test_a_hope_is_read_only_where_it_leads_to_the_trade():
    warning = next(f for f in default_model().features if f.name == "trafficking_warning")
    assert warning.pattern.search("jangan sampai jadi korban perdagangan orang")
    assert not warning.pattern.search("korban tidak mau melapor kepada penyidik TPPO")
    assert not warning.pattern.search("agar pelaku tidak kabur, penyidik TPPO menahannya")


@pytest.mark.parametrize(
    ("text", "title", "relevant"),
    [
        # the young of an animal traded: wildlife trade, not people
        ("Polisi dan BKSDA menggagalkan perdagangan bayi orangutan di Langkat. Dua penjual ditangkap saat menyerahkan "
         "satwa itu kepada pembeli.", "Polisi Gagalkan Perdagangan Bayi Orangutan", False),
        ("Petugas karantina menyita tiga anak harimau yang akan dijual ke luar negeri. Kasus perdagangan anak harimau "
         "itu ditangani balai konservasi.", None, False),
        # a human baby sold stays trafficking
        ("Polres Medan menangkap seorang bidan dalam kasus perdagangan bayi. Bayi itu dijual kepada pasangan dari "
         "Jakarta seharga Rp 20 juta.", "Polisi Bongkar Perdagangan Bayi di Medan", True),
    ],
)
def test_the_young_of_an_animal_traded_is_wildlife_trade(nlp, text, title, relevant):
    assert (score(nlp, text, title) >= 0.5) is relevant


@pytest.mark.parametrize(
    ("text", "title", "relevant"),
    [
        # a baby sold, told with the baby first or counted before the noun: trafficking named by its act
        ("Unit PPA menangkap tiga orang terkait penjualan seorang bayi laki-laki berusia dua pekan. Bayi tersebut "
         "dijual seharga Rp15 juta. Sang ibu mengaku terdesak kebutuhan ekonomi.",
         "Bayi Dua Pekan Dijual Rp15 Juta, Polisi Tangkap Tiga Orang", True),
        # baby goods sold are commerce
        ("Pedagang di pasar mengeluhkan sepinya pembeli. Popok bayi dijual Rp50 ribu per bungkus, sementara susu "
         "bayi dijual lebih mahal dari bulan lalu.", "Harga Popok Bayi Naik", False),
    ],
)
def test_a_baby_sold_is_trafficking_and_baby_goods_sold_are_not(nlp, text, title, relevant):
    assert (score(nlp, text, title) >= 0.5) is relevant


def test_every_animal_placeholder_is_filled(tmp_path):
    features = tmp_path / "features.tsv"
    features.write_text("bias\t-3.0\t-\t-\nterm\t3.0\ttext\tperdagangan bayi(?! (?:{animals}))\n", encoding="utf-8")
    with pytest.raises(ValueError, match="animals"):
        RelevanceModel.load(features)
    (tmp_path / "animals.txt").write_text("# young animals\nkukang\n", encoding="utf-8")
    term = RelevanceModel.load(features).features[0]
    assert term.pattern.search("perdagangan bayi di pasar")
    assert not term.pattern.search("perdagangan bayi kukang")


@pytest.mark.parametrize(
    ("text", "title", "relevant"),
    [
        # in an article about a prevention campaign, the warning is the campaign's own message
        ("Dinas sosial menggelar penyuluhan bagi ibu-ibu di balai desa. Para peserta diajak menjaga anak agar tidak "
         "menjadi korban perdagangan orang.", "Dinsos Gelar Penyuluhan di Balai Desa Oebelo", True),
        # the same hope at a job fair is an aside
        ("Dinas tenaga kerja membuka bursa kerja ke Jepang di gedung serbaguna. Petugas berpesan agar pencari kerja "
         "tidak menjadi korban perdagangan orang.", "Bursa Kerja ke Jepang Dibuka di Kupang", False),
    ],
)
def test_a_warning_is_the_message_of_a_prevention_campaign(nlp, text, title, relevant):
    assert (score(nlp, text, title) >= 0.5) is relevant


def test_people_stopped_without_work_papers_are_evidence(nlp):
    text = ("Tim gabungan polda dan BP3MI mengamankan sepuluh calon pekerja migran Indonesia di bandara. Mereka hendak "
            "terbang ke Surabaya sebelum melanjutkan perjalanan ke Malaysia. Mereka tidak dapat menunjukkan dokumen "
            "ketenagakerjaan.")
    without_papers = score(nlp, text)
    assert without_papers > score(nlp, text.replace(" Mereka tidak dapat menunjukkan dokumen ketenagakerjaan.", ""))


def test_people_stopped_from_leaving_for_a_scam_compound_country_is_trafficking_prevention():
    from nlp import extract_records

    text = ("Kantor Imigrasi menunda keberangkatan empat warga negara Indonesia tujuan Kamboja di bandara, Senin. "
            "Keempatnya mengaku berlibur, namun petugas menemukan percakapan tentang pekerjaan sebagai operator judi "
            "daring.")
    (record,) = extract_records([{"id": "a", "title": "Imigrasi Tunda Keberangkatan Empat WNI", "text": text}])
    assert record["relevant"]
    holiday = text.replace("tujuan Kamboja", "tujuan Jepang")  # no scam-compound country: not enough alone
    (record,) = extract_records([{"id": "b", "title": "Imigrasi Tunda Keberangkatan Empat WNI", "text": holiday}])
    assert not record["relevant"]


@pytest.mark.parametrize(
    "text, relevant",
    [
        # a rumour of child kidnapping for organs, called a hoax by the police
        ("Polres memastikan pesan berantai soal penculikan anak untuk dijual organ tubuhnya yang beredar di grup "
         "WhatsApp warga adalah hoaks.", False),
        # trafficking named as where poor service may lead, at a hearing on the placement office
        ("Komisi IV DPRD menyoroti lambatnya pelayanan dokumen pekerja migran. Sepanjang 2024 tercatat 6.218 warga "
         "berangkat bekerja ke luar negeri secara resmi. Seorang anggota dewan mengingatkan pelayanan yang buruk bisa "
         "mendorong warga memakai jasa calo yang bisa berujung pada persoalan seperti TPPO.", False),
        # a fear voiced online about a missing girl found at a friend's house
        ("Seorang siswi yang dilaporkan hilang ditemukan dalam keadaan sehat di rumah temannya. Kabar hilangnya sempat "
         "viral dan memunculkan kekhawatiran warganet bahwa ia menjadi korban perdagangan orang.", False),
    ],
)
def test_a_hoax_a_fear_or_a_risk_is_no_case(nlp, text, relevant):
    assert (score(nlp, text) >= 0.5) is relevant


def test_workers_trapped_running_gambling_accounts_abroad_are_evidence(nlp):
    text = ("Sembilan pemuda kini tertahan di Manila setelah kantor tempat mereka bekerja digerebek. Mereka dijanjikan "
            "pekerjaan sebagai customer service. Menurut keluarga, para pemuda itu dipekerjakan mengelola akun-akun "
            "judi daring dan membujuk pemain untuk menyetor uang.")
    title = "Sembilan Pemuda Terjebak di Kantor Judi Online Manila"
    assert score(nlp, text, title) > score(nlp, text.replace("dipekerjakan mengelola akun-akun judi daring", "bekerja"),
                                           title)


def test_a_marriage_made_through_a_matchmaker_is_evidence(nlp):
    text = ("Seorang perempuan meminta dipulangkan setelah menikah dengan pria warga negara asing. Ia dikenalkan "
            "kepada calon suaminya oleh seorang perempuan yang mengaku biro jodoh.")
    plain = text.replace("oleh seorang perempuan yang mengaku biro jodoh", "oleh temannya")
    assert score(nlp, text) > score(nlp, plain)


@pytest.mark.parametrize(
    "title, text",
    [
        # would-be migrant workers stopped at a port, never called trafficking victims
        ("Belasan Perempuan Calon PMI Dicegat di Bakauheni",
         "Belasan perempuan calon pekerja migran yang diangkut sebuah bus dicegat petugas di Pelabuhan Bakauheni. "
         "Mereka diduga akan diberangkatkan ke Malaysia."),
    ],
)
def test_would_be_migrants_stopped_on_their_way_are_evidence(title, text):
    from nlp import extract_records

    (record,) = extract_records([{"id": "a", "title": title, "text": text}])
    assert record["relevant"]


def test_phones_taken_debts_imposed_and_guests_to_keep_company_are_exploitation(nlp):
    text = ("Tujuh perempuan diselamatkan polisi dari sebuah tempat hiburan. \"Begitu sampai, HP kami diambil. Kami "
            "disuruh menemani tamu,\" kata seorang korban. Para korban juga dibebani utang tiket pesawat.")
    plain = ("Tujuh perempuan diselamatkan polisi dari sebuah tempat hiburan. \"Begitu sampai, kami istirahat,\" "
             "kata seorang korban. Para korban juga membeli tiket pesawat.")
    assert score(nlp, text) > score(nlp, plain)


def test_a_massage_parlours_euphemism_is_prostitution(nlp):
    text = "Sebuah spa digerebek polisi. Sejumlah terapis perempuan dibawa ke Mapolda untuk diperiksa."
    assert score(nlp, text, "Spa Plus-plus Digerebek") > score(nlp, text, "Spa Digerebek")


@pytest.mark.parametrize(
    "text, relevant",
    [
        ("Pengelola bar berinisial DS ditahan polisi. Ia diduga memperdagangkan 8 perempuan yang didatangkan dari "
         "Jawa Barat.", True),
        ("Polisi menangkap pria yang memperdagangkan anak orangutan melalui media sosial.", False),
    ],
)
def test_people_traded_as_the_verb_says_is_trafficking_named(nlp, text, relevant):
    assert (score(nlp, text) >= 0.5) is relevant


def test_a_diploma_held_by_the_agent_is_a_condition_of_forced_work(nlp):
    text = "Empat belas calon ABK tinggal di mes. \"Ijazah saya ditahan. Kalau mau keluar harus bayar denda,\" ujarnya."
    assert score(nlp, text) > score(nlp, text.replace("Ijazah saya ditahan. ", ""))


def test_migrant_workers_placed_illegally_are_told_through_their_sending(nlp):
    from nlp.components.relevance import EVIDENCE_KEY

    def illegal(text: str) -> int:
        return nlp(text).user_data[EVIDENCE_KEY]["illegal_migrant_work"]

    assert illegal("BP3MI menampung 16 calon pekerja migran yang batal diberangkatkan secara ilegal dari Dumai.") == 1
    assert illegal("Polisi memulangkan sembilan PMI yang akan dikirim secara nonprosedural ke Malaysia.") == 1
    # negative: a general word about people who leave or work so is no act of sending
    assert illegal("Keluarga PMI yang berangkat secara nonprosedural kerap kesulitan mendapat santunan.") == 0


def test_a_foiled_or_charged_sending_of_people_is_evidence_but_not_one_of_goods(nlp):
    from nlp.components.relevance import EVIDENCE_KEY

    def foiled(text: str) -> int:
        return nlp(text).user_data[EVIDENCE_KEY]["sending_foiled"]

    assert foiled("Polres Bitung menggagalkan pengiriman belasan pemuda yang akan dipekerjakan sebagai ABK.") == 1
    text = ("Polresta Kupang Kota menetapkan seorang perempuan sebagai tersangka dalam upaya pengiriman 9 calon "
            "pekerja migran melalui Pelabuhan Tenau. Korban terdiri atas lima laki-laki dan empat perempuan.")
    assert foiled(text) == 1
    with_counts = ComponentsOnly("sentencizer", "pantau_counts", "pantau_relevance")
    assert with_counts(text)._.relevance_score >= 0.5
    # negative: a sending of drugs foiled is no trafficking
    assert foiled("Bea Cukai menggagalkan pengiriman sabu seberat dua kilogram di Pelabuhan Dumai.") == 0


def test_the_trafficking_words_of_a_denial_are_no_evidence(nlp):
    text = ("Satpolairud menghentikan speedboat yang membawa 12 PMI pulang dari Malaysia lewat jalur tikus dengan "
            "seorang tekong. \"Mereka pulang atas kemauan sendiri. Tidak ada unsur eksploitasi, jadi ini bukan TPPO,\" "
            "kata Kasat Reskrim. Tekong dijerat Undang-Undang Pelayaran.")
    assert score(nlp, text, "Speedboat Bawa 12 PMI Pulang Lewat Jalur Tikus Diamankan") < 0.5
    # negative: trafficking named outside the denial is still evidence, the denial's own word is not
    text = ("Polisi menyelamatkan 12 PMI yang akan dikirim ke Malaysia lewat jalur tikus oleh seorang tekong. Kasus "
            "ini ditangani sebagai TPPO karena para korban dijanjikan gaji besar. Dua penumpang lain bukan korban "
            "TPPO, melainkan warga yang menumpang.")
    doc = nlp.make_doc(text)
    assert nlp(doc).user_data[EVIDENCE_KEY]["trafficking_term"] == 1


def test_a_rumour_the_police_call_untrue_is_no_case(nlp):
    text = ("Seorang siswi yang dilaporkan hilang ditemukan di rumah temannya. Unggahan warga sempat menyebut ia "
            "dikhawatirkan menjadi korban perdagangan orang. \"Tidak ada yang membawa atau mengajak. Kabar penculikan "
            "yang beredar itu tidak benar,\" kata Kasat Reskrim.")
    assert score(nlp, text, "Sempat Dikhawatirkan Jadi Korban Perdagangan Orang, Siswi SMP Ditemukan") < 0.5
    # negative: a denial of a detail in a real case leaves the case
    text = ("Polres menetapkan dua tersangka TPPO yang mengirim tujuh perempuan ke Malaysia. Tersangka menjual para "
            "korban kepada majikan. Polisi menyebut para korban kini didampingi di rumah aman.")
    assert score(nlp, text) >= 0.5


def test_a_departure_outside_the_official_procedure_is_illegal_migrant_work(nlp):
    text = ("Seorang warga Kabupaten Dompu pulang dengan luka di kedua lengan setelah tiga tahun bekerja di Oman. "
            "Selama bekerja ia tidak pernah menerima gaji dan kerap dipukul majikannya. Kepala BP3MI mengatakan "
            "keberangkatannya sejak awal tidak melalui prosedur resmi.")
    assert score(nlp, text) >= 0.5
    # negative: the same homecoming with a lawful departure
    lawful = text.replace("keberangkatannya sejak awal tidak melalui prosedur resmi", "kasus gajinya sedang diurus")
    assert score(nlp, lawful) < 0.5
