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
        "KBRI Phnom Penh memberikan keterangan kepada wartawan.",  # agency seat
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
