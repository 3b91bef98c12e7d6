"""Indonesian number parsing and number mentions (nlp/numerals.py)."""

from __future__ import annotations

import pytest

from nlp.numerals import MAX_COUNT, find_numbers, parse_digits, parse_number, parse_number_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", 7),
        ("1.596", 1596),
        ("24.343", 24343),
        ("1.200.000", 1_200_000),
        ("2,5", None),  # decimal comma: not a count
        ("11.20", None),  # a time
        ("13/11/2024", None),  # a date
        ("1.5", None),
        ("999999999999999999999", None),  # absurd
        (str(MAX_COUNT + 1), None),
    ],
)
def test_parse_digits(text: str, value: int | None) -> None:
    assert parse_digits(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("satu", 1),
        ("dua", 2),
        ("enam", 6),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("dua belas", 12),
        ("tujuh belas", 17),
        ("dua puluh", 20),
        ("dua puluh lima", 25),
        ("seratus", 100),
        ("seratus tiga", 103),
        ("tiga ratus dua puluh", 320),
        ("seribu", 1000),
        ("seribu dua ratus", 1200),
        ("empat ribu lima ratus enam puluh", 4560),
        ("sepuluh ribu", 10_000),
        ("Dua Puluh Satu", 21),
        ("dua tiga", None),  # two numbers, not one
        ("puluh", None),
        ("belasan", None),
    ],
)
def test_parse_number_words(text: str, value: int | None) -> None:
    assert parse_number_words(text) == value


def test_parse_number_mixed() -> None:
    assert parse_number("5 orang") == 5
    assert parse_number("delapan") == 8
    assert parse_number("") is None
    assert parse_number("banyak") is None


def _kinds(text: str) -> list[tuple[str, int | None, str]]:
    return [(m.text, m.value, m.kind) for m in find_numbers(text)]


def test_find_numbers_offsets_point_at_the_number() -> None:
    text = "Polisi menemukan dua puluh lima korban dan 1.024 pekerja."
    for mention in find_numbers(text):
        assert text[mention.start : mention.end] == mention.text
    assert _kinds(text) == [("dua puluh lima", 25, "cardinal"), ("1.024", 1024, "cardinal")]


def test_ordinal_reference_is_not_a_count() -> None:
    assert _kinds("dari ke-9 laporan itu") == [("9", 9, "ordinal")]


def test_collective_words() -> None:
    assert _kinds("ketiga pelaku dan kedua korban") == [("ketiga", 3, "collective"), ("kedua", 2, "collective")]


def test_vague_words_have_no_value() -> None:
    assert _kinds("puluhan korban, ratusan warga, ribuan pekerja, belasan kasus") == [
        ("puluhan", None, "vague"), ("ratusan", None, "vague"), ("ribuan", None, "vague"), ("belasan", None, "vague")]


def test_ranges_decimals_and_glued_digits() -> None:
    assert [m.kind for m in find_numbers("umur 15-17 tahun")] == ["range", "range"]
    assert [m.kind for m in find_numbers("naik 3,5 persen")] == ["decimal"]
    assert find_numbers("Rp750 ribu, Tahun2023, 3x") == []  # digits glued to letters


def test_adjacent_number_words_split_into_numbers() -> None:
    assert [(m.text, m.value) for m in find_numbers("dua tiga orang")] == [("dua", 2), ("tiga", 3)]


def test_word_parts_inside_other_words_are_not_numbers() -> None:
    assert find_numbers("Satuan tempat Limapuluh kedudukan Tigaraksa") == []


def test_absurd_and_hostile_input_never_crashes() -> None:
    assert _kinds("999999999999999999999 orang") == [("999999999999999999999", None, "too_large")]
    assert find_numbers("\x00\x1b\x7f 4 \u200b korban") != []
    assert len(find_numbers("9" * 200_000)) == 1
    assert find_numbers("") == []


def test_a_unit_and_its_multiplier_written_as_one_word() -> None:
    assert [(m.text, m.value) for m in find_numbers("sebanyak duapuluh lima orang")] == [("duapuluh lima", 25)]
    assert [(m.text, m.value) for m in find_numbers("tigabelas tersangka")] == [("tigabelas", 13)]
    # negative: capitalised, such a word is a place name
    assert find_numbers("warga Kabupaten Limapuluh Kota") == []


def test_a_number_with_the_suffix_an_is_vague() -> None:
    assert _kinds("20-an korban sejak 1990-an") == [("20", None, "vague"), ("1990", None, "vague")]
    assert _kinds("20 anak") == [("20", 20, "cardinal")]


def test_a_range_written_with_spaces_around_its_dash() -> None:
    assert [m.kind for m in find_numbers("korban berusia 15 - 17 tahun")] == ["range", "range"]
    assert [m.kind for m in find_numbers("15 korban - 3 di antaranya anak")] == ["cardinal", "cardinal"]


def test_a_collective_of_the_tens_takes_its_number_words() -> None:
    assert _kinds("BP3MI menampung kedua puluh satu korban itu.") == [("kedua puluh satu", 21, "collective")]
    assert _kinds("Ketiga puluh PMI dan keduanya") == [("Ketiga puluh", 30, "collective"),
                                                       ("keduanya", 2, "collective")]


def test_a_collective_of_the_teens_takes_belas() -> None:
    mentions = find_numbers("Keempat belas korban itu kini didampingi, dan ketiganya sudah pulang.")
    assert [(m.text, m.value, m.kind) for m in mentions] == [("Keempat belas", 14, "collective"),
                                                              ("ketiganya", 3, "collective")]
    # "kesebelas" is already eleven: a "belas" after it is no part of the number
    assert [(m.text, m.value) for m in find_numbers("kesepuluh belas")] == [("kesepuluh", 10)]


def test_digits_with_a_scale_word_are_one_number() -> None:
    assert _kinds("lebih dari 5 ribu WNI") == [("5 ribu", 5000, "cardinal")]
    assert _kinds("1,2 juta PMI dan 2,75 ribu korban") == [("1,2 juta", 1_200_000, "cardinal"),
                                                          ("2,75 ribu", 2750, "cardinal")]
    # negative: a scale too large is no count, and a date or a decimal with a dot stays what it was
    assert _kinds("20 juta jiwa") == [("20 juta", None, "too_large")]
    assert _kinds("1.5 juta") == [("1.5", None, "decimal")]


def test_a_number_word_said_twice_with_nya() -> None:
    # "satu-satunya" is "the only": no number; "dua-duanya" is "both": a collective, as "keduanya"
    assert _kinds("Ia bukan satu-satunya anak yang dijual.") == []
    assert _kinds("Tiga-tiganya sudah ditahan.") == [("Tiga-tiganya", 3, "collective")]
    # negative: a number word followed by another word with a hyphen stays a count
    assert _kinds("tiga anak-anak") == [("tiga", 3, "cardinal")]
