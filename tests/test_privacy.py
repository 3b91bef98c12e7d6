"""Victims' privacy: victims' and minors' names and initials are masked, suspects' initials stay."""

from __future__ import annotations

import pytest

from pantau.privacy import redact_victims

MASK = "[disamarkan]"


@pytest.mark.parametrize(
    ("sentence", "hidden", "kept"),
    [
        ("Tersangka AS (35) menjual korban berinisial DN (16) ke Batam.", ["DN"], ["AS (35)"]),
        ("Korban, sebut saja Mawar, dijanjikan kerja di Malaysia.", ["Mawar"], ["Malaysia"]),
        ('"Bunga" (nama samaran), 19 tahun, dibawa ke Batam oleh pelaku berinisial RT.', ["Bunga"], ["RT"]),
        ("Polisi menangkap MY (42) dan menyelamatkan dua korban, yakni RS (19) dan NA (17).",
         ["RS", "NA"], ["MY (42)"]),
        ("Siswi SMP bernama Siti Aminah dijual lewat aplikasi pesan.", ["Siti", "Aminah"], ["Siswi SMP"]),
        ("Seorang anak, Putri (14), ditemukan di Bandara Soekarno-Hatta.", ["Putri"], ["Bandara Soekarno-Hatta"]),
        ("Tersangka DN (16) masih di bawah umur sehingga kasusnya ditangani dengan diversi.", ["DN"], []),
        ("Kasat Reskrim mengatakan pelaku berinisial H.S. ditahan di Polres Indramayu.", [], ["H.S.", "Indramayu"]),
        ("Ketiga korban, antara lain Melati (15), diserahkan ke UPTD PPA.", ["Melati"], ["UPTD PPA"]),
    ],
)
def test_victims_and_minors_are_masked_suspects_stay(sentence: str, hidden: list[str], kept: list[str]) -> None:
    redacted = redact_victims(sentence)
    for name in hidden:
        assert name not in redacted, redacted
    for text in kept:
        assert text in redacted, redacted
    assert (MASK in redacted) == bool(hidden)


def test_text_without_people_is_unchanged() -> None:
    sentence = "Satreskrim Polres Asahan menahan 17 calon PMI nonprosedural asal NTB di Kisaran, Kamis (6/3/2025)."
    assert redact_victims(sentence) == sentence
    assert redact_victims("") == ""


def test_masks_every_mention_in_a_paragraph() -> None:
    text = (
        "Korban berinisial LK (15) dijemput di Terminal Rawasari. Tersangka berinisial JP (29) mengaku menjual LK "
        "kepada pria hidung belang. Ibu korban, Suryani (41), melapor ke polisi."
    )
    redacted = redact_victims(text)
    assert "LK" not in redacted and "Suryani" not in redacted
    assert "JP (29)" in redacted
