"""Digests: the right incidents for a region, totals that add up, plain words for an empty week."""

from __future__ import annotations

import base64
import re
from datetime import date
from pathlib import Path

import pytest

from pantau.cli import main
from pantau.digest import build_digest, render, resolve_region

WEEK = (date(2026, 11, 16), date(2026, 11, 22))


def test_province_digest_covers_its_regencies_and_nothing_else(store) -> None:
    digest = build_digest(store, resolve_region("Jambi"), *WEEK)
    places = [incident.place for incident in digest.incidents]
    assert places == ["Kota Jambi", "Kabupaten Muaro Jambi"]
    assert all(incident.reason == "event" for incident in digest.incidents)
    assert len(digest.incidents[0].sources) == 3  # the raid, reported by three outlets, counted once
    assert [report.event_type for report in digest.other_reports] == ["coordination"]
    # The previous week had one incident in Kota Jambi; the nation had three this week (one in Jawa Barat).
    assert digest.previous.incidents == 1
    assert digest.national.incidents == 3 and dict(digest.national_top) == {"Jambi": 2, "Jawa Barat": 1}


def test_totals_equal_the_sum_of_the_incidents_shown(store) -> None:
    for region in ("Jambi", "Kota Jambi", "Jawa Barat", "15.05"):
        digest = build_digest(store, resolve_region(region), *WEEK)
        assert digest.totals.incidents == len(digest.incidents)
        assert digest.totals.victims == sum(incident.victims for incident in digest.incidents)
        assert digest.totals.suspects == sum(incident.suspects for incident in digest.incidents)
    jambi = build_digest(store, resolve_region("Jambi"), *WEEK)
    assert (jambi.totals.incidents, jambi.totals.victims, jambi.totals.suspects) == (2, 15, 3)
    text = render(jambi, "md").decode()
    assert re.search(r"\| Kejadian baru \| 2 \| 1 \|", text)
    assert re.search(r"\| Korban \| 15 \| 2 \|", text)


def test_a_city_digest_holds_only_the_city(store) -> None:
    digest = build_digest(store, resolve_region("Kota Jambi"), *WEEK)
    assert [incident.place for incident in digest.incidents] == ["Kota Jambi"]
    indramayu = build_digest(store, resolve_region("Indramayu"), *WEEK)
    assert [incident.place for incident in indramayu.incidents] == ["Kabupaten Indramayu"]


def test_an_empty_week_says_so_plainly(store) -> None:
    digest = build_digest(store, resolve_region("Jambi"), date(2026, 12, 7), date(2026, 12, 13))
    assert digest.incidents == [] and digest.totals.incidents == 0
    assert "Tidak ada kejadian TPPO yang diberitakan di Jambi pada periode ini." in render(digest, "md", "id").decode()
    assert "No trafficking incident was reported in Jambi in this period." in render(digest, "html", "en").decode()


def test_html_is_mail_safe_private_and_carries_its_charts(store) -> None:
    html = render(build_digest(store, resolve_region("Jambi"), *WEEK), "html").decode()
    assert "<script" not in html.lower() and "<link" not in html.lower() and "<style" not in html.lower()
    assert 'style="' in html
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    assert len(images) == 2
    assert all(base64.b64decode(image).startswith(b"\x89PNG") for image in images)
    assert "https://jambi.tribunnews.com/2026/11/17/polresta-jambi-gerebek-penampungan" in html
    # Victims' names and initials never appear; the suspects' stay.
    assert "DA (16)" not in html and "Melati" not in html
    assert "Sekilas periode ini" in html and "Gambaran nasional" in html


def test_digest_command_writes_the_file(pantau_home: Path, tmp_path: Path, capsys) -> None:
    output = tmp_path / "kota-jambi.md"
    code = main(["digest", "--region", "Kota Jambi", "--from", "2026-11-16", "--to", "2026-11-22",
                 "--format", "md", "--output", str(output), "--lang", "en"])
    assert code == 0
    text = output.read_text(encoding="utf-8")
    assert text.startswith("# Weekly TPPO Digest — Kota Jambi")
    assert "Kabupaten Muaro Jambi" not in text and "Indramayu" not in text
    assert str(output) in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--region", "Atlantis", "--from", "2026-11-16", "--to", "2026-11-22"], "unknown region"),
        (["--region", "Jambi", "--from", "16-11-2026", "--to", "2026-11-22"], "--from must be a date"),
        (["--region", "Jambi", "--from", "2026-11-22", "--to", "2026-11-16"], "is before"),
        (["--region", "Jambi", "--from", "2026-11-16", "--to", "2026-11-22", "--format", "doc"], "--format"),
    ],
)
def test_digest_command_errors_are_one_line(pantau_home: Path, capsys, args: list[str], message: str) -> None:
    assert main(["digest", *args]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("pantau: error:") and message in err and "\n" not in err
