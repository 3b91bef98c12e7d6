"""Destination rules, own sentences."""

from __future__ import annotations

import pytest

from nlp.pipeline import ComponentsOnly


@pytest.fixture(scope="module")
def nlp():
    """The shared pipeline's tokenizer with only the components under test."""
    return ComponentsOnly("sentencizer", "pantau_destinations")


def destinations(nlp, text: str) -> list[str]:
    return [d["name"] for d in nlp(text)._.destinations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sebanyak 20 PMI hendak diberangkatkan ke Malaysia lewat jalur tikus.", ["Malaysia"]),
        ("Korban dikirim ke Dubai dan Abu Dhabi untuk bekerja.", ["United Arab Emirates"]),
        ("Para korban diterbangkan melalui Bangkok menuju Phnom Penh.", ["Thailand", "Cambodia"]),
        ("Pelaku memberangkatkan korban ke berbagai negara seperti Arab Saudi, Qatar, Kuwait, dan Oman.",
         ["Saudi Arabia", "Qatar", "Kuwait", "Oman"]),
        ("Kapal itu kabur ke perairan Papua Nugini bersama 12 ABK.", ["Papua New Guinea"]),
        ("Korban sempat bekerja di Taiwan selama dua tahun.", ["Taiwan"]),
        ("Rombongan itu dibawa ke Poipet, Kamboja, lewat jalur darat.", ["Cambodia"]),
        ("Ia ditawari posisi staf gudang di Kuala Lumpur oleh seorang kenalan.", ["Malaysia"]),
        ("Negara tujuan korban terbanyak adalah Malaysia, disusul Suriah.", ["Malaysia", "Syria"]),
    ],
)
def test_destinations_found(nlp, text, expected):
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Polisi mengamankan 18 WN Myanmar di pelabuhan.",  # nationality
        "Kapal berbendera China itu ditahan petugas.",  # flag state
        "KBRI Phnom Penh memberikan keterangan kepada wartawan.",  # a mission's seat, no victims
        "Pemerintah melepas 200 pekerja ke Korea Selatan lewat skema G to G.",  # legal placement
        "Rapat dihadiri perwakilan Timur Tengah.",  # a region is no country
        "Harga minyak sawit di Malaysia turun pekan ini.",  # no movement, no victims
        "Korban berinisial AS dan PNG dimintai keterangan.",  # initials, not countries
    ],
)
def test_near_misses(nlp, text):
    assert destinations(nlp, text) == []


def test_each_country_once_with_its_first_sentence(nlp):
    doc = nlp("Korban dikirim ke Malaysia. Di Malaysia korban bekerja tanpa gaji.")
    assert doc._.destinations == [{"name": "Malaysia", "evidence": {"start": 0, "end": 27}}]


# ---- route legs, spouses, spellings, places that stand for their country (sentences written for these tests)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Para korban diberangkatkan ke Kamboja melalui Thailand.", ["Cambodia", "Thailand"]),
        ("Setibanya di Bangkok, paspor mereka diambil lalu mereka dibawa ke Poipet.", ["Thailand", "Cambodia"]),
        ("Perempuan itu dinikahkan dengan warga negara China lewat perjodohan daring.", ["China"]),
        ("Korban dijanjikan bekerja di Türkiye sebagai pengasuh.", ["Turkey"]),
        ("Korban dijanjikan bekerja di Turkiye sebagai pengasuh.", ["Turkey"]),
        ("Mereka diselundupkan ke Mae Sot sebelum menyeberang ke Myawaddy.", ["Thailand", "Myanmar"]),
        ("Kebanyakan tujuannya Malaysia dan Kamboja.", ["Malaysia", "Cambodia"]),
        ("Sebanyak 40 korban dijemput keluarga di rumah Pak Bambang.", []),
        ("Ribuan PMI berangkat secara prosedural ke Hong Kong dan Taiwan.", []),
        ("Sindikat itu mengirim warga ke India untuk menjual ginjal.", ["India"]),
        ("Polisi menahan dua WNA asal Tiongkok yang merekrut korban.", []),
    ],
)
def test_route_legs_spouses_and_places(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


def test_a_generated_place_needs_a_movement_word_right_before_it(nlp) -> None:
    assert destinations(nlp, "Korban TPPO itu pernah tinggal bersama kerabat asal Poipet.") == []


def test_generated_places_file_is_in_step_with_its_generator() -> None:
    from nlp.language import DATA_DIR, read_table

    rows = read_table(DATA_DIR / "destinations" / "places.tsv")
    assert len(rows) > 5000 and all(len(row) == 2 for row in rows)
    names = {name for name, _ in rows}
    assert {"Poipet", "Mae Sot", "Shenzhen"} <= names and "Perak" not in names and "Selatan" not in names


# ---- victims brought back from a country, rescues abroad, geography and policy remarks (sentences written here)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jenazah seorang pekerja asal Sambas tiba dari Brunei, Jumat.", ["Brunei"]),
        ("Tiga pemuda itu berhasil kabur dari sebuah kompleks di Myawaddy, Myanmar.", ["Myanmar"]),
        ("Sebelas WNI diselamatkan dalam razia aparat Filipina di Provinsi Tarlac.", ["Philippines"]),
        ("Ia meninggal di sebuah perkebunan di Sabah setelah sakit.", ["Malaysia"]),
        # a ship's flag written out with its abbreviation is still a flag
        ("Mereka dievakuasi dari kapal berbendera Republik Rakyat Tiongkok (RRT) di perairan Fiji.", ["Fiji"]),
    ],
)
def test_returns_rescues_and_deaths_abroad(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Korban dibawa ke Batam karena jarak tempuh ke Singapura hanya satu jam.",  # geography
        "Kabupaten itu berbatasan langsung dengan Malaysia sehingga rawan bagi korban.",  # geography
        "Provinsi itu berbatasan laut dengan Filipina sehingga rawan menjadi daerah transit korban.",  # geography
        "Moratorium penempatan pekerja migran ke Arab Saudi masih berlaku.",  # policy, not a route
        "Korban direkrut seorang pria asal Malaysia berinisial TK.",  # a recruiter's nationality
    ],
)
def test_geography_policy_and_nationality_are_no_destinations(nlp, text: str) -> None:
    assert destinations(nlp, text) == []


def test_a_country_only_beside_other_cases_is_not_this_cases_destination(nlp):
    text = ("Delapan korban diberangkatkan ke Kamboja. Sepanjang tahun lalu, warga dengan pengalaman serupa "
            "juga dipulangkan dari Laos dan Myanmar.")
    assert destinations(nlp, text) == ["Cambodia"]
    text = ("Imigrasi mencegah tiga pemuda yang akan terbang ke Phnom Penh, Kamboja. Pencegahan ini berbeda dari kasus "
            "enam calon ART ke Dubai yang digagalkan Senin lalu.")
    assert destinations(nlp, text) == ["Cambodia"]
    # an article whose only countries are beside other cases keeps them
    assert destinations(nlp, "Kasus serupa pernah menimpa korban yang dikirim ke Laos.") == ["Laos"]


def test_a_list_member_after_a_blocked_name_is_blocked_too(nlp):
    assert destinations(nlp, "Batam dekat karena jarak tempuh ke Malaysia dan Singapura hanya sejam.") == []
    assert destinations(nlp, "Polisi memeriksa dua WNA asal Myanmar, Laos, dan Vietnam.") == []
    # a name with its own movement word after the blocked one is judged on its own
    assert destinations(nlp, "Kapal berbendera China itu membawa korban ke Fiji.") == ["Fiji"]
    # a city that does not count by itself does not pull its country down
    assert destinations(nlp, "Jenazah korban kini berada di Busan, Korea Selatan.") == ["South Korea"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korban dijanjikan kerja di spa di Maladewa.", ["Maldives"]),
        ("Mahasiswa itu dikirim ke Rumania dengan visa kerja palsu.", ["Romania"]),
        ("Ia diberangkatkan ke Timor-Leste lewat Atambua.", ["Timor-Leste"]),
        ("Korban dibawa ke Bratislava sebelum dipekerjakan.", ["Slovakia"]),
        # a language is no country
        ("Korban diajari bahasa Inggris sebelum berangkat.", []),
    ],
)
def test_more_countries_and_their_cities(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mereka dipekerjakan di kompleks Shwe Kokko sebagai penipu daring.", ["Myanmar"]),
        ("Korban dijanjikan bekerja di Negeri Sakura sebagai perawat.", ["Japan"]),
        ("Dua pemuda itu dikirim ke Negeri Gajah Putih lalu ke Boten.", ["Thailand", "Laos"]),
        ("Korban dijanjikan bekerja di Negeri Matahari Terbit sebagai perawat lansia.", ["Japan"]),
        ("Ia diberangkatkan ke negeri unta dengan visa umrah.", ["Saudi Arabia"]),
        ("Harga bunga sakura di negeri itu naik.", []),
    ],
)
def test_compound_towns_and_country_epithets(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polisi menangkap perantara pernikahan dua gadis asal Sambas dengan pria asal Taiwan.", ["Taiwan"]),
        ("Ia dipersunting seorang pria warga negara China lewat mak comblang.", ["China"]),
        ("Seorang mak comblang menjodohkan korban dengan pria asal Tiongkok yang disebut kaya.", ["China"]),
        ("Keluarga meminta anak mereka dijemput dari Kamboja.", ["Cambodia"]),
        ("Keluarga diminta tebusan agar anaknya bisa keluar dari sebuah perusahaan di Laos.", ["Laos"]),
        # a suspect's nationality with no marriage in the sentence stays blocked
        ("Polisi menangkap perekrut dan seorang pria asal Taiwan di Sambas.", []),
    ],
)
def test_spouses_named_after_the_marriage_and_victims_fetched_back(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


def test_period_totals_related_links_and_active_verbs(nlp):
    text = ("Delapan korban dibawa ke Dubai. Sepanjang Januari 2024, imigrasi menunda 271 WNI yang hendak ke "
            "Kamboja dan Jepang.")
    assert destinations(nlp, text) == ["United Arab Emirates"]
    # a statistics piece whose countries are all in period totals keeps them
    assert destinations(nlp, "Sepanjang 2024, imigrasi menunda 271 WNI yang hendak ke Kamboja.") == ["Cambodia"]
    text = "Korban dikirim ke Malaysia.\nBaca juga: Tiket Feri ke Singapura Naik\nPolisi memberangkatkan tim."
    assert destinations(nlp, text) == ["Malaysia"]
    assert destinations(nlp, "Sindikat itu memberangkatkan warga ke sebuah klinik di New Delhi, India.") == ["India"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tujuh warga dipulangkan dari Kamboja. Sebagian besar warga desa bekerja di Hong Kong melalui jalur resmi.",
         ["Cambodia"]),
        ("Korban diajak bekerja ke Malaysia tanpa melalui jalur resmi.", ["Malaysia"]),
        ("Mereka berangkat ke Arab Saudi, bukan lewat jalur resmi, dengan visa ziarah.", ["Saudi Arabia"]),
        ("Kepala dinas meminta warga yang ingin bekerja ke Taiwan menempuh jalur resmi.", []),
        # a placement ban conceded or breached is the irregular departure of a trafficking case
        ("Korban dikirim ke Arab Saudi meskipun masih moratorium.", ["Saudi Arabia"]),
        ("Pelaku melanggar moratorium dengan memberangkatkan korban ke Arab Saudi.", ["Saudi Arabia"]),
        ("Moratorium penempatan pekerja migran ke Arab Saudi masih berlaku.", []),
        # "secara resmi" after a verb of departure or work is legal placement; as the adverb of an official act not
        ("Sepanjang 2024, sebanyak 1.126 PMI asal NTB berangkat ke Jepang secara resmi.", []),
        ("Polisi secara resmi menetapkan dua tersangka yang mengirim korban ke Malaysia.", ["Malaysia"]),
    ],
)
def test_legal_placement_unless_negated(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


def test_foreign_victims_origin_is_no_destination(nlp) -> None:
    text = "Empat korban, yang berasal dari Uzbekistan dan Kirgistan, diselamatkan dari sebuah vila di Badung."
    assert destinations(nlp, text) == []
    assert destinations(nlp, "Empat korban yang berasal dari Garut dikirim ke Malaysia.") == ["Malaysia"]
    text = "Kasus terbanyak berasal dari Kamboja dengan 904 WNI yang dipekerjakan perusahaan penipuan daring."
    assert destinations(nlp, text) == ["Cambodia"]


# ---- origins, languages, neighbours and missions (round 6; sentences written for these tests)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "asal" after any person or thing names an origin
        ("Ia meminjam ponsel sopir asal Bangladesh yang bekerja di rumah majikannya.", []),
        ("Petugas menyita pakaian bekas asal Malaysia dari kapal yang membawa pekerja migran.", []),
        ("Korban dijual ke Malaysia oleh seorang agen asal Malaysia.", ["Malaysia"]),
        # ... except the spouses a bride-trafficking victim is married to
        ("Dua gadis itu dinikahkan dengan pria asal Taiwan oleh seorang makelar.", ["Taiwan"]),
        # a language is no country, written with "berbahasa" too
        ("Korban dipaksa menandatangani kontrak berbahasa Inggris sebelum dikirim ke Malaysia.", ["Malaysia"]),
        # a neighbour in geography, whatever the verb of adjacency
        ("Kota itu berhadapan langsung dengan Singapura sehingga rawan menjadi pintu keluar pekerja migran.", []),
        ("Pulau itu berseberangan dengan Malaysia dan kerap dilalui korban.", []),
        # a generated place after a mission's "di" is not trusted
        ("Para mahasiswa mengadu ke KDEI Taipei setelah dipekerjakan di pabrik di Taiwan.", ["Taiwan"]),
        ("Korban TPPO itu mengadu ke Kantor Dagang dan Ekonomi Indonesia (KDEI) di Taipei.", []),
        ("Perwakilan RI di Antananarivo mendampingi para ABK.", []),
    ],
)
def test_origins_languages_neighbours_and_missions(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Di kompleks itu bekerja ratusan orang dari berbagai negara, termasuk dari Indonesia, Filipina dan Vietnam.",
         []),
        ("Korban disekap bersama pekerja warga negara Indonesia, Vietnam, dan Myanmar.", []),
        # "dari berbagai negara" heads a list of origins too, unless a movement word brings victims back from them
        ("Korban TPPO disekap bersama pekerja dari berbagai negara, termasuk Vietnam dan Myanmar.", []),
        ("Ratusan korban TPPO dipulangkan dari berbagai negara seperti Kamboja, Myanmar dan Laos.",
         ["Cambodia", "Myanmar", "Laos"]),
        ("Sindikat itu mengirim korban ke sejumlah negara, yakni Malaysia dan Singapura.", ["Malaysia", "Singapore"]),
        # Indonesia as the start of a route, or with its own movement word, blocks nothing
        ("Korban diberangkatkan dari Indonesia ke Malaysia lalu ke Thailand.", ["Malaysia", "Thailand"]),
        ("Polisi perbatasan Indonesia dan Malaysia mencegat korban yang hendak dikirim ke Malaysia.", ["Malaysia"]),
    ],
)
def test_a_list_headed_by_indonesia_as_origin_names_origins(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every voice of the verbs of victims, and the people around them
        ("Keluarga meminta pemerintah memulangkan anaknya yang dikurung majikan di Kuwait.", ["Kuwait"]),
        ("Pemkab memulangkan 12 mahasiswa peserta program magang di Korea Selatan.", ["South Korea"]),
        ("Delapan anak buah kapal terkatung-katung di Fiji selama empat bulan.", ["Fiji"]),
        ("Mereka tidak digaji selama setahun di Arab Saudi.", ["Saudi Arabia"]),
        ("Seorang mak comblang menjanjikan suami kaya di Tiongkok.", ["China"]),
        # arrival is a leg of the route
        ("Sesampainya di Bangkok, mereka dijemput mobil.", ["Thailand"]),
        ("Ia mendarat di Kuala Lumpur sebelum dibawa ke Kamboja.", ["Malaysia", "Cambodia"]),
        # no victims, no work abroad: trade, tourism and prices stay out
        ("Harga minyak sawit di Malaysia turun pekan ini.", []),
        ("Wisatawan dari Jepang memadati pantai di Bali.", []),
        ("Gubernur bertemu investor dari Jepang membahas pabrik baterai.", []),
    ],
)
def test_victims_work_and_arrival_words(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mereka dipekerjakan sebagai pembantu rumah tangga di Erbil.", ["Iraq"]),
        ("Korban dijanjikan kerja di sebuah restoran di kota Taichung.", ["Taiwan"]),
        ("Ia ditampung di sebuah apartemen di New Delhi sebelum operasi ginjal.", ["India"]),
        # a foreign city's name used by an Indonesian place, with its region after it or as a district's name
        ("Rapat pencegahan TPPO digelar di Nagoya, Batam, Senin.", []),
        ("Korban TPPO itu ditampung di Pandan selama seminggu.", []),
        # named once with its district, the Indonesian place everywhere in the article
        ("Polisi menyelamatkan lima korban TPPO dari pub di Nagoya. Pub itu berada di kawasan Nagoya, Kecamatan "
         "Lubuk Baja.", []),
        # no victims in the sentence: a city after "di" is not trusted
        ("Ia menginap di hotel di Manila saat liburan.", []),
        # the seat of a mission
        ("Korban TPPO itu dibantu Konsulat Jenderal RI di Erbil.", []),
    ],
)
def test_a_generated_place_after_di_in_a_sentence_about_victims(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dua belas ABK asal Tegal telantar di Uruguay setelah kapal mereka ditinggal pemiliknya.", ["Uruguay"]),
        ("Korban dijanjikan bekerja di kapal pesiar di Kanada.", ["Canada"]),
        ("Para korban dikirim ke Korea Utara, bukan ke Korea Selatan seperti dijanjikan.",
         ["North Korea", "South Korea"]),
        ("Kapal berbendera Panama itu ditahan di perairan Batam.", []),  # a flag, not a destination
    ],
)
def test_every_sovereign_state_by_its_indonesian_name(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korban dijanjikan calon suami asal Tiongkok yang kaya.", ["China"]),
        ("Pelaku mencarikan suami warga negara Taiwan untuk gadis-gadis Singkawang.", ["Taiwan"]),
        ("Perempuan itu diperistri pria berkewarganegaraan China.", ["China"]),
        # a husband who is the suspect, named apart from the nationality, is no marriage abroad
        ("Suami korban yang merupakan WN Malaysia ikut ditangkap.", []),
        ("Pelaku adalah suami korban, warga negara Malaysia.", []),
    ],
)
def test_the_husbands_nationality_in_bride_cases(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victims' words with a clitic ("-nya")
        ("Ia tidak tahu nama perusahaan yang akan mempekerjakannya di Malaysia.", ["Malaysia"]),
        ("Keluarga menunggu kepulangannya dari Arab Saudi sejak Lebaran.", ["Saudi Arabia"]),
        # a leg of the route told from abroad, and placement by a broker
        ("Dari Bangkok mereka dibawa lewat jalur darat ke perbatasan.", ["Thailand"]),
        ("Di Taiwan, rencananya mereka disalurkan ke panti jompo.", ["Taiwan"]),
        # "-nya" on words that are not the victims'
        ("Harganya di Malaysia jauh lebih murah.", []),
        ("Pameran produk kerajinan itu digelar di Singapura pekan depan.", []),
    ],
)
def test_clitics_and_legs_told_from_abroad(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # governments, police, heads of state and ministers are diplomacy, donors or training partners
        ("Program pencegahan TPPO di desa itu didukung Pemerintah Australia.", []),
        ("Penyidik TPPO Polda mengikuti pelatihan bersama kepolisian Australia.", []),
        ("Indonesia naik ke Tier 2 dalam laporan perdagangan orang Departemen Luar Negeri Amerika Serikat.", []),
        ("Korban TPPO dikirim ke Amerika Serikat dengan visa turis.", ["United States"]),
        ("Menteri Luar Negeri Thailand bertemu Menlu RI membahas perlindungan WNI.", []),
        ("Perdana Menteri Malaysia berkunjung ke Jakarta membahas pekerja migran.", []),
    ],
)
def test_foreign_governments_police_and_ministers(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Indonesian mission serves the victims in the country of its seat
        ("Para korban dipulangkan dengan bantuan KBRI Phnom Penh.", ["Cambodia"]),
        ("Dua pekerja migran itu ditampung di shelter KJRI Kota Kinabalu.", ["Malaysia"]),
        # a foreign country's embassy is no destination
        ("Polisi berkoordinasi dengan Kedutaan Besar India di Jakarta soal korban.", []),
        ("Kedutaan Besar Malaysia memfasilitasi pemulangan korban ke Kuala Lumpur.", ["Malaysia"]),
    ],
)
def test_indonesian_missions_and_foreign_embassies(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a general warning names no destination when the article names another
        ("Korban TPPO itu dipulangkan dari Malaysia. Kepala dinas mengingatkan bahwa penempatan pekerja rumah tangga "
         "ke Arab Saudi masih ditutup.", ["Malaysia"]),
        # alone, the warned country is kept (as any country named only beside other cases)
        ("Kepala dinas mengingatkan warga agar tidak tergiur tawaran kerja ke Arab Saudi tanpa prosedur.",
         ["Saudi Arabia"]),
    ],
)
def test_a_warning_counts_only_when_no_other_country_does(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the promised country gives way to where a contrast word says the victims were taken instead
        ("Para korban dijanjikan bekerja di Kuala Lumpur, namun justru dibawa ke Phnom Penh.", ["Cambodia"]),
        ("Awalnya ia dijanjikan kerja di Singapura. Ternyata ia diseberangkan ke Johor lewat jalur laut.",
         ["Malaysia"]),
        # no other country after the contrast: the promised one stays
        ("Mereka dijanjikan bekerja di Taiwan, tetapi gajinya tidak pernah dibayar.", ["Taiwan"]),
        # no contrast word: both count
        ("Korban dijanjikan kerja di Jepang. Setibanya di Tokyo, ia dipindahkan ke Korea Selatan.",
         ["Japan", "South Korea"]),
    ],
)
def test_a_promised_country_that_the_victims_never_reached(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sebanyak 15 PMI ilegal hendak dikirim ke Malaysia. Perairan itu rawan karena letaknya dekat dengan "
         "Singapura dan Malaysia.", ["Malaysia"]),
        ("Para korban disekap di sebuah kompleks tak jauh dari perbatasan Thailand.", []),
        # without a word of nearness the border is where they were taken
        ("Para korban dibawa ke perbatasan Thailand lalu diseberangkan dengan perahu.", ["Thailand"]),
    ],
)
def test_nearness_is_geography(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sebanyak 12 WNI korban dipulangkan dari Myanmar. \"Jangan percaya lowongan kerja ke Kamboja lewat media "
         "sosial,\" ujarnya.", ["Myanmar"]),
        ("Warga diimbau tidak tergiur tawaran kerja ke Kamboja.", ["Cambodia"]),
        ("Sebanyak 20 calon PMI ilegal digagalkan berangkat ke Malaysia. Kabupaten itu merupakan kantong PMI "
         "terbesar dengan tujuan utama Hong Kong dan Taiwan.", ["Malaysia"]),
        ("Tiga pemuda korban TPPO dipulangkan dari Laos. Perekrutnya bagian dari jaringan yang juga mengirim warga "
         "ke Kamboja.", ["Laos"]),
    ],
)
def test_appeals_labour_migration_and_a_network_s_other_cases(nlp, text: str, expected: list[str]) -> None:
    """Like other cases, they name a destination only where the article names no other."""
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayoritas korban dikirim sebagai pekerja rumah tangga ke Arab Saudi, padahal penempatan ke sana masih "
         "moratorium.", ["Saudi Arabia"]),
        ("Pemerintah memberlakukan moratorium penempatan pekerja rumah tangga ke Arab Saudi sejak 2015.", []),
    ],
)
def test_a_departure_in_spite_of_a_moratorium(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rombongan itu pada akhirnya berakhir di Libya.", ["Libya"]),
        ("Perjalanan panjang itu berujung di Yaman.", ["Yemen"]),
        # "berakhir" without a place after it names none
        ("Masa kontrak para pekerja berakhir di bulan Juni.", []),
    ],
)
def test_where_the_route_ended(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the route leaves Indonesia after the home places a movement word lists
        ("Rombongan kedua menumpang pesawat lewat Surabaya dan Istanbul.", ["Turkey"]),
        ("Mereka diterbangkan ke Medan, lalu Poipet untuk bekerja.", ["Cambodia"]),
        # no movement word opens the list: a generated place is not trusted
        ("Pengusaha itu membuka kantor cabang di Surabaya dan Istanbul.", []),
    ],
)
def test_a_foreign_city_after_home_places_of_a_route(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the top destinations of legal departures are legal placements
        ("Korban TPPO itu dipulangkan dari Kamboja. Tahun ini 2.500 PMI asal kabupaten itu berangkat secara resmi. "
         "Negara tujuan utama mereka Taiwan dan Hong Kong.", ["Cambodia"]),
        ("Korban TPPO itu dipulangkan dari Kamboja. Tahun lalu 1.200 PMI ditempatkan secara resmi. Jepang dan Korea "
         "Selatan jadi negara penempatan favorit.", ["Cambodia"]),
        # after a sentence about victims, the same words name the victims' destinations
        ("Polisi menyelamatkan 30 korban perdagangan orang. Sebagian lagi sudah telanjur dibawa ke Malaysia.",
         ["Malaysia"]),
    ],
)
def test_a_sentence_that_continues_a_legal_placement(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Sebagian besar" goes on with the agency's records of other people
        ("Tiga korban dipulangkan dari Irak. Menurut data KBRI, tahun ini masih ada 200 WNI di Suriah. Kebanyakan "
         "datang via Yordania.", ["Iraq"]),
        ("Empat korban dipulangkan dari Irak. Sepanjang 2025 tercatat 900 kasus WNI. Mayoritas terkait penipuan "
         "daring di Kamboja.", ["Iraq"]),
        # a supposition ("Kalau ...") tells no departure that happened
        ("Para korban diterbangkan ke Erbil, Irak. \"Jika suatu hari ada yang menawari kerja ke Qatar, laporkan ke "
         "desa,\" katanya.", ["Iraq"]),
        # alone, such countries are kept, as any named only beside other cases
        ("\"Jika suatu hari ada yang menawari kerja ke Qatar, laporkan ke desa,\" katanya.", ["Qatar"]),
        # "Jika dulu ..., kini ..." compares then with now and supposes nothing
        ("Tiga korban dipulangkan dari Laos. Jika dulu perekrut membawa korban ke Kamboja, kini ke Myanmar.",
         ["Laos", "Cambodia", "Myanmar"]),
    ],
)
def test_records_suppositions_and_what_continues_them(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korban dikirim ke Australia. Penyidik melacak setoran ke rekening di Australia dan Singapura.",
         ["Australia"]),
        ("Uang hasil kejahatan itu disimpan di rekening bank pelaku di Hong Kong, kata penyidik yang memeriksa "
         "korban.", []),
        # a bank account of the recruiter says nothing against where the victims went
        ("Setelah korban membayar ke rekening perekrut, mereka dikirim ke Singapura.", ["Singapore"]),
    ],
)
def test_where_money_went_is_no_destination(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


def test_where_a_recruiter_once_worked_is_no_destination(nlp):
    text = ("Korban TPPO dikirim ke Kamboja. JK, yang pernah bekerja di Malaysia, menawarkan pekerjaan di sebuah "
            "perusahaan di Thailand kepada para korban.")
    assert destinations(nlp, text) == ["Cambodia", "Thailand"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indonesian spellings of foreign places, beside the English ones
        ("Sebanyak 40 PMI nonprosedural dideportasi dari Serawak lewat PLBN Entikong.", ["Malaysia"]),
        ("Korban diseberangkan ke Johor Baru dengan perahu cepat.", ["Malaysia"]),
        ("Ketiga korban dipekerjakan sebagai pembantu di Damaskus tanpa gaji.", ["Syria"]),
        ("Korban sempat dibawa ke Mekah dengan visa umrah sebelum dipekerjakan.", ["Saudi Arabia"]),
        # a small capital, where crews of fishing boats are left
        ("Sebelas ABK itu ditelantarkan di Honiara tanpa gaji.", ["Solomon Islands"]),
        # a spelling at home stays home
        ("Ketiga korban dipekerjakan di warung milik pelaku di Jakarta Baru.", []),
    ],
)
def test_indonesian_spellings_of_destination_places(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign authority that deported, arrested or rescued people tells where they were
        ("Pekan lalu 120 PMI dideportasi oleh Pemerintah Malaysia ke Nunukan.", ["Malaysia"]),
        ("Belasan pemuda itu diselamatkan kepolisian Kamboja dari sebuah gedung.", ["Cambodia"]),
        # a government or police named for cooperation is still no destination
        ("Polres itu menjalin kerja sama dengan kepolisian Australia untuk menyelidiki kasus itu.", []),
        ("Bantuan dana dari Pemerintah Jepang diserahkan kepada para korban.", []),
    ],
)
def test_a_foreign_authority_acting_on_people_there(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lima korban TPPO dipulangkan dari Malaysia. Lowongan kerja palsu ke Jepang dan Korea kian marak di media "
         "sosial.", ["Malaysia"]),
        # alone, the countries of a trend are kept
        ("Maraknya pengiriman PMI ilegal ke Malaysia membuat polisi memperketat pengawasan.", ["Malaysia"]),
    ],
)
def test_a_trend_counts_only_when_no_other_country_does(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dua korban dipulangkan dari Taiwan. Menurut kepala desa, masih banyak warga yang bekerja di Brunei tanpa "
         "dokumen.", ["Taiwan"]),
        ("Korban dibawa ke Irak. Masih ada ratusan PMI lain yang tertahan di Yordania.", ["Iraq"]),
        # alone, those countries are kept
        ("Masih banyak warga desa itu yang bekerja di Brunei tanpa dokumen.", ["Brunei"]),
    ],
)
def test_other_people_still_out_there_count_only_when_no_other_country_does(nlp, text: str, expected) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period with a figure of people or cases is a tally of other people
        ("Enam korban dipulangkan dari Laos. Selama 2024 ada 52 warga kabupaten itu yang pulang dari Kamboja.",
         ["Laos"]),
        # without one, the period tells when this article's victims travelled
        ("Enam korban dipulangkan dari Laos. Mereka berangkat pada periode Januari hingga April lewat Bangkok.",
         ["Laos", "Thailand"]),
        ("Tiga pekerja dipulangkan dari Brunei. Para korban direkrut dalam kurun Mei sampai Juli untuk dibawa ke "
         "Sabah.", ["Brunei", "Malaysia"]),
    ],
)
def test_a_period_is_a_tally_only_with_a_figure(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the top destinations of a period's interceptions are named in their own words: they count
        ("Petugas menggagalkan keberangkatan lima warga ke Oman. Sejak awal tahun, 140 WNI ditunda keberangkatannya. "
         "Negara tujuan utama mereka adalah Yordania dan Qatar.", ["Oman", "Jordan", "Qatar"]),
        # an elliptical opening ("Kebanyakan ...") still goes on with the tally of other people
        ("Petugas menggagalkan keberangkatan lima warga ke Oman. Sejak awal tahun, 140 WNI ditunda keberangkatannya. "
         "Kebanyakan hendak ke Yordania.", ["Oman"]),
    ],
)
def test_a_ranking_after_a_period_s_tally(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every voice of a lure, a smuggling, a rescue or a deportation tells of victims
        ("Banyak pemuda diiming-imingi posisi admin di Laos.", ["Laos"]),
        ("Mereka menyelundupkan belasan orang yang kini tinggal di Sarawak.", ["Malaysia"]),
        ("Aparat setempat membebaskan belasan pemuda dari kompleks judi di Filipina.", ["Philippines"]),
        ("Belasan pekerja ditelantarkan agen di Brunei.", ["Brunei"]),
        # Indonesian spellings beside the lexicon's
        ("Agen itu menjanjikan kerja di pabrik di Hungaria dan Slovakia.", ["Hungary", "Slovakia"]),
        # no victim, no work, no movement: still none
        ("Harga gandum dari Hungaria naik tahun ini.", []),
    ],
)
def test_every_voice_of_the_victims_verbs(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # workers registered as legal are legal placement
        ("Tujuh korban dipulangkan dari Kamboja. Warga yang terdaftar resmi tahun ini baru 40 orang, sebagian besar "
         "ke Jepang.", ["Cambodia"]),
        # not registered: an irregular departure
        ("Para korban yang tidak terdaftar resmi itu dikirim ke Malaysia lewat Nunukan.", ["Malaysia"]),
    ],
)
def test_workers_registered_as_legal(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the countries of a border town's description are geography
        ("Mereka dibawa ke Poipet. Poipet merupakan kota perbatasan Kamboja-Thailand yang dikenal sebagai lokasi "
         "perusahaan penipuan daring yang mempekerjakan WNI.", ["Cambodia"]),
        ("Korban dibawa ke Bavet, kota di perbatasan Kamboja dan Vietnam, lalu dipaksa bekerja.", ["Cambodia"]),
        # the targets of the scam the victims were made to run
        ("Para korban dipekerjakan di Myawaddy. Di sana mereka dipaksa menjalankan penipuan daring dengan target "
         "korban warga negara lain, termasuk dari Amerika Serikat dan Eropa.", ["Myanmar"]),
        # where seized drugs came from, in a police year-end release
        ("Polda mengungkap lima kasus TPPO dengan 17 korban. Barang bukti yang disita di antaranya 41 kilogram ganja "
         "yang sebagian besar diselundupkan dari Papua Nugini.", []),
        # the suspect's earlier sending of other people counts only when nothing else does
        ("Terdakwa mengirim sembilan perempuan ke Irak. Terdakwa diduga pernah memberangkatkan warga lain ke Arab "
         "Saudi.", ["Iraq"]),
    ],
)
def test_geography_targets_goods_and_other_sendings_are_no_destinations(nlp, text: str, expected: list[str]) -> None:
    assert destinations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where many villagers work, and the modus a speaker describes, name no victim's destination
        ("DP3A Kabupaten Kudus menggelar sosialisasi pencegahan TPPO di Desa Jati. Desa itu dipilih karena banyak "
         "warganya bekerja di Malaysia dan Taiwan. Modusnya, warga ditawari kerja di Kamboja dengan gaji tinggi.", []),
        # a case the speaker tells of names its victims' destination
        ("DP3A Kabupaten Kudus menggelar sosialisasi pencegahan TPPO di Desa Jati. Tahun lalu, dua warga desa itu "
         "menjadi korban setelah direkrut bekerja di perkebunan di Malaysia tanpa dokumen.", ["Malaysia"]),
    ],
)
def test_a_prevention_article_names_destinations_only_beside_a_case(nlp, text, expected):
    doc = nlp.make_doc(text)
    doc._.event_type = "prevention"
    assert [d["name"] for d in nlp(doc)._.destinations] == expected


def test_an_incident_article_keeps_where_villagers_work(nlp):
    doc = nlp.make_doc("Desa itu dipilih karena banyak warganya bekerja di Malaysia.")
    doc._.event_type = "incident"
    assert [d["name"] for d in nlp(doc)._.destinations] == ["Malaysia"]


def test_the_countries_other_workers_came_from_are_no_destinations(nlp):
    text = ("Empat pemuda tertahan di sebuah kompleks penipuan daring di Myawaddy, Myanmar. Di gedung itu ada pekerja "
            "dari berbagai negara, mulai dari Vietnam, Filipina, hingga Tiongkok.")
    assert destinations(nlp, text) == ["Myanmar"]
    # negative: people sent to many countries were sent there
    assert destinations(nlp, "Pelaku mengirim korban ke berbagai negara seperti Arab Saudi dan Qatar.") == [
        "Saudi Arabia", "Qatar"]
