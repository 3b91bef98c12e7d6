"""`pantau extract` I/O: one record per good line, bad lines reported by number, nothing dropped silently."""

from __future__ import annotations

import json

from pantau.cli import main
from pantau.extraction import extract_store
from pantau.store import Store

GOOD_1 = {"id": "a1", "text": "Polres Kukar menyelamatkan enam korban TPPO yang hendak dikirim ke Malaysia."}
GOOD_2 = {"id": 7, "title": "Banjir", "text": "Banjir melanda Kota Samarinda pada Senin.", "published": "2026-11-02"}


def test_bad_lines_are_reported_and_the_rest_extracted(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join([json.dumps(GOOD_1), "{not json", json.dumps({"id": "x"}), "[1, 2]", "", json.dumps(GOOD_2)]) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--input", str(source), "--output", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{source}:2: skipped: not valid JSON" in err
    assert f"{source}:3: skipped: missing text" in err
    assert f"{source}:4: skipped: not a JSON object" in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a1", "7"]
    for record in records:
        assert set(record) >= {"relevant", "relevance_score", "event_type", "locations", "counts", "modus"}


def test_clean_file_exits_zero(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(GOOD_1) + "\n", encoding="utf-8")
    assert main(["extract", "--input", str(source), "--output", str(tmp_path / "out.jsonl")]) == 0


def test_store_extraction_is_idempotent(tmp_path):
    import nlp

    with Store(tmp_path / "s.sqlite3") as store:
        store.upsert_article(dict(GOOD_1))
        store.upsert_article({"id": "7", "text": GOOD_2["text"]})
        assert extract_store(store) == 2
        assert extract_store(store) == 0
        assert store.count_records() == 2
        assert store.get_record("a1")["id"] == "a1"
        assert store.articles_to_extract(nlp.EXTRACTOR_VERSION) == []


def test_broken_unicode_escapes_do_not_stop_a_run(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "s", "text": "Korban TPPO \\ud800 diselamatkan."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--input", str(source), "--output", str(out)]) == 0
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["s"]


def test_unwritable_output_is_one_line(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(GOOD_1) + "\n", encoding="utf-8")
    (tmp_path / "taken").write_text("a file, not a directory")
    target = tmp_path / "taken" / "out.jsonl"
    assert main(["extract", "--input", str(source), "--output", str(target)]) == 1
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith(f"pantau: error: cannot write {target}: ")
