"""`pantau export`: incidents or records to a file, complete or not at all."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from pantau import incidents
from pantau.cli import main


@pytest.fixture
def env_vars(search_env, monkeypatch):
    """The command line sees the search tests' store and index (the cached client is reused)."""
    monkeypatch.setenv("PANTAU_HOME", str(search_env.settings.home))
    monkeypatch.setenv("PANTAU_INDEX_PREFIX", search_env.settings.index_prefix)
    monkeypatch.delenv("PANTAU_ES_URL", raising=False)
    return search_env


def test_export_incidents_csv_jsonl_parquet(env_vars, tmp_path, capsys):
    expected = {i["id"]: i for i in incidents.list_incidents(env_vars.store)}
    assert main(["export", "--output", str(tmp_path / "i.csv")]) == 0
    assert f"exported {len(expected)} incidents" in capsys.readouterr().out
    rows = list(csv.DictReader((tmp_path / "i.csv").open(encoding="utf-8")))
    assert {row["id"] for row in rows} == set(expected)
    assert main(["export", "--format", "jsonl", "--province", "Jawa Barat", "--output", str(tmp_path / "i.jsonl")]) == 0
    lines = [json.loads(line) for line in (tmp_path / "i.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 1 and lines[0]["figures"] == expected[lines[0]["id"]]["figures"]
    assert lines[0]["region_reason"] == "event"
    assert main(["export", "--level", "record", "--format", "parquet", "--output", str(tmp_path / "r.parquet")]) == 0
    assert pq.read_table(tmp_path / "r.parquet").num_rows == 5


@pytest.mark.parametrize("argv", [["--level", "article"], ["--format", "xml"], ["--province", "Narnia"],
                                  ["--query", "*:*"], ["--rows", "fact"]])
def test_bad_export_flags_are_one_line(env_vars, tmp_path, capsys, argv):
    output = tmp_path / "out.csv"
    assert main(["export", *argv, "--output", str(output)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("pantau: error: ")
    assert not output.exists() and not list(tmp_path.iterdir())  # no file, not even a temporary one
