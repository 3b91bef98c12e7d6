"""`pantau incidents` and `pantau statistics`: one incident per line, CSV with one header, one-line errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from pantau.cli import main
from pantau.store import Store

REPORTS = Path(__file__).parents[1] / "digest" / "data" / "reports.json"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PANTAU_HOME whose store holds the team-written test reports."""
    reports = json.loads(REPORTS.read_text(encoding="utf-8"))
    with Store(tmp_path / "pantau.sqlite3") as store:
        for report in reports:
            store.upsert_article(report["article"])
        store.save_records([report["record"] for report in reports], "test-records")
    monkeypatch.setenv("PANTAU_HOME", str(tmp_path))
    return tmp_path


def test_jsonl_lists_incidents_with_their_reason_for_a_region(home: Path, capsys) -> None:
    assert main(["incidents", "--region", "Sumatera Selatan"]) == 0
    [incident] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert incident["region_reason"] == "victims_origin" and incident["place"]["name"] == "Kota Jambi"
    assert {"id", "event_date", "first_reported", "event_type", "place", "locations", "figures", "modus",
            "agencies", "destinations", "reports"} <= set(incident)
    assert all(report["url"].startswith("https://") for report in incident["reports"])


def test_csv_to_a_file_and_a_period(home: Path, tmp_path: Path, capsys) -> None:
    output = tmp_path / "out.csv"
    assert main(["incidents", "--from", "2026-11-16", "--to", "2026-11-22", "--format", "csv",
                 "--output", str(output)]) == 0
    rows = list(csv.DictReader(output.open(encoding="utf-8")))
    assert len(rows) == 3 and rows[0]["victims_rule"] and "3 incidents written" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "message"), [
    (["incidents", "--region", "Atlantis"], "unknown region"),
    (["incidents", "--from", "16-11-2026"], "--from must be a date"),
    (["incidents", "--format", "xml"], "--format must be one of"),
    (["statistics", "--from", "2026-11-22", "--to", "2026-11-01"], "is before"),
])
def test_errors_are_one_line(home: Path, capsys, args: list[str], message: str) -> None:
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("pantau: error:") and message in err and "\n" not in err
