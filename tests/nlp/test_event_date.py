"""Event-date rules, own sentences."""

from __future__ import annotations

import pytest

from nlp.components.event_date import event_date, find_dates
from nlp.language import lowered_for_matching
from nlp.pipeline import ComponentsOnly


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Rapat digelar Rabu (15/5) di aula.", "2024-05-16", "2024-05-15"),
        ("Rapat digelar Kamis (16/10/2025) di aula.", None, "2025-10-16"),
        ("Pertemuan itu berlangsung Selasa, 12 Agustus 2025 di pendopo.", None, "2025-08-12"),
        ("Kasus itu diungkap pada Rabu (21/09/22).", None, "2022-09-21"),
        ("Petugas menyisir lokasi Selasa 17/9 malam.", "2019-09-18T10:00:00+08:00", "2019-09-17"),
        ("Penangkapan dilakukan pada Sabtu (28/12).", "2025-01-03", "2024-12-28"),  # year before publication
        ("Tersangka ditangkap Jumat (1/11) lalu. Polisi memberi keterangan, Sabtu (2/11/2024).", None, "2024-11-01"),
        ("Kamis malam, 12 Desember 2024, polisi menangkap sopir. Kapolres berbicara Sabtu 14 Desember 2024.",
         None, "2024-12-12"),
    ],
)
def test_event_dates(text, published, expected):
    assert event_date(text, published[:10] if published else None) == expected


def test_year_from_a_full_date_later_in_the_text():
    text = "Pertemuan digelar Rabu (15/5). Kegiatan dilanjutkan pada tanggal 22 Mei 2024."
    assert event_date(text, None) == "2024-05-15"


def test_no_year_anywhere_gives_none():
    assert event_date("Polisi menangkap tiga orang, Sabtu (18/1).", None) is None


def test_timestamps_citations_and_period_bounds_are_skipped():
    text = ("Selasa, 09 Juli 2024 - 10:15 WIB\nPetugas menggagalkan pengiriman, dikutip Selasa (9/7/2024). "
            "Penggagalan dilakukan Minggu, 7 Juli 2024. Data sejak 1 Maret hingga 30 Juni 2024.")
    assert event_date(text, "2024-07-09") == "2024-07-07"


def test_no_date_in_text_takes_the_publication_date():
    assert event_date("Polisi menyelidiki kasus itu.", "2021-10-18") == "2021-10-18"
    assert event_date("Polisi menyelidiki kasus itu.", None) is None


def test_not_dates():
    assert find_dates("Ia tinggal di RT 006/004 dan membeli 3/4 kain. Pasal 2 ayat 1.") == []
    assert event_date("Tanggal 31/2/2024 tidak ada, Senin (45/13).", None) is None


def test_component_uses_the_published_date():
    nlp = ComponentsOnly("sentencizer", "pantau_event_date")
    doc = nlp.make_doc("Rakor digelar Kamis (3/7) di kantor bupati.")
    doc._.published = "2025-07-04"
    assert nlp(doc)._.event_date == "2025-07-03"


@pytest.mark.parametrize(
    "text",
    ["RAPAT DIGELAR KAMIS (16/10/2025) DI AULA.", "Selasa Malam, 12 AGUSTUS 2025, polisi menangkap sopir.",
     "Diperbarui 07 Mei 2023 - 07:57 WIB. Sejak 1 Januari hingga 11 Juli 2024 tercatat.", "Sıfır (15/5) ſelasa 5 Mei"],
)
def test_dates_found_in_the_lowered_text_as_in_the_text(text):
    lowered = lowered_for_matching(text)
    assert find_dates(text, lowered=lowered) == find_dates(text)
    assert event_date(text, "2025-01-01", lowered) == event_date(text, "2025-01-01")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the wire style: a day name written alone is the last such day on or before publication
        ("Kapolres mengatakan hal itu di Ambon, Selasa.", "2025-09-03", "2025-09-02"),  # a Wednesday
        ("Tim gabungan memulangkan sebelas pekerja, Kamis, melalui pelabuhan.", "2025-09-04", "2025-09-04"),
        ("Keduanya ditangkap pada Sabtu malam di rumah kos.", "2025-09-03", "2025-08-30"),
        ("Rapat itu digelar Jumat lalu di aula kantor bupati.", "2025-09-05", "2025-08-29"),  # a Friday: the one before
        # a habit, the future and a day name that opens a written date are no bare day names
        ("Layanan dibuka setiap hari Sabtu di kantor imigrasi.", "2025-09-03", "2025-09-03"),
        ("Sidang lanjutan digelar pada Senin depan.", "2025-09-03", "2025-09-03"),
        ("Polisi memeriksa saksi di Kupang, Selasa, 26 Agustus 2025.", "2025-09-03", "2025-08-26"),
    ],
)
def test_a_day_name_written_alone_is_the_last_such_day_before_publication(text, published, expected):
    assert event_date(text, published) == expected


def test_a_day_name_tells_the_year_a_date_leaves_out():
    # no publication date: 22 October falls on a Wednesday in 2025, not in 2009 (a law's year)
    text = ("Polisi menyita aset Rp20 miliar, ungkap Kapolda, Rabu (22/10). Sepanjang Januari hingga Oktober 2025 "
            "polisi menangani 40 kasus berdasarkan UU Nomor 35 Tahun 2009.")
    assert event_date(text, None) == "2025-10-22"
    # a day name that no written year agrees with keeps the nearest full date's year
    assert event_date("Rapat digelar Senin (22/10). Undangan dikirim 15 Oktober 2025.", None) == "2025-10-22"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "sejak" before a date that names its day tells the day something began: an event
        ("Kedua tersangka ditahan sejak Kamis (4/9/2025). Kapolres memberi keterangan, Sabtu (6/9/2025).", None,
         "2025-09-04"),
        ("Klinik itu disegel mulai Senin (8/9) oleh petugas.", "2025-09-10", "2025-09-08"),
        # "sejak" before a plain date opens a period: no event
        ("Sejak 1 Maret 2025 tercatat 12 laporan. Polisi menggelar jumpa pers, Selasa (9/9/2025).", None,
         "2025-09-09"),
    ],
)
def test_since_a_named_day_is_when_it_began_since_a_plain_date_a_period(text, published, expected):
    assert event_date(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the interception's day named alone as past, the statement's with its date: the interception
        ("Polres memastikan 13 perempuan yang dicegat di Pelabuhan Bakauheni, Senin lalu, adalah korban TPPO. "
         "\"Dokumen mereka ada di tangan tersangka,\" kata Kasat Reskrim, Rabu (22/7/2026).", "2026-07-23",
         "2026-07-20"),
        # a past day that belongs to another case
        ("Petugas kembali mengamankan tujuh calon PMI di Pelabuhan Belawan, Jumat (14/2/2025). \"Ini kasus berbeda "
         "dengan yang Senin lalu,\" kata Kapolres.", "2025-02-15", "2025-02-14"),
    ],
)
def test_a_past_day_named_alone_beside_written_dates_is_the_last_such_day_before_them(text, published, expected):
    assert event_date(text, published) == expected


def test_dates_of_other_people_or_another_case_are_not_the_event():
    text = ("Lima WNI asal Flores tertahan di pemeriksaan imigrasi pada Sabtu siang. Pada Selasa pekan ini, sembilan "
            "calon PMI lain juga digagalkan di pos lintas batas yang sama.")
    assert event_date(text, "2026-11-08") == "2026-11-07"
    text = ("Polisi menggerebek kafe itu, Senin (2/11/2026). Kasus ini tidak terkait dengan penggerebekan pada Jumat "
            "(30/10/2026).")
    assert event_date(text, "2026-11-03") == "2026-11-02"
    text = ("Lima warga dicegah berangkat ke Kamboja di bandara pada Jumat pagi. Kasus ini berbeda dari pengiriman "
            "perempuan ke Arab Saudi yang digagalkan di bandara yang sama pada Senin sebelumnya.")
    assert event_date(text, "2026-10-10") == "2026-10-09"
    # negative: others of the same group in the same event ("tiga korban lainnya ...") leave the date
    text = "Polisi menyelamatkan lima korban pada Sabtu (7/11/2026). Tiga korban lainnya juga diselamatkan hari itu."
    assert event_date(text, "2026-11-08") == "2026-11-07"
