"""The whole extractor on the annotated dev set, scored by the project's scorer, stays above measured floors.

Floors sit at the issue's acceptance targets; the figures measured when this test was written are in the
comments (``pantau extract`` + ``score_extraction.py``). Skipped when ``../shared/eval/`` is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import nlp

EVAL_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
GOLD = EVAL_DIR / "dev_gold.jsonl"
FLOORS = {  # f1 floors (measured)
    "relevance": 0.95,  # 1.000
    "province": 0.95,  # 1.000
    "regency_city": 0.90,  # 0.977
    "agency": 0.85,  # 0.980 (0.993 before the entries written for single dev articles were removed)
    "counts_tppo": 0.85,  # 0.983
    "modus": 0.85,  # 0.980
    "destination": 0.95,  # 1.000
}
EVENT_TYPE_FLOOR = 0.85  # 0.957

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not GOLD.exists(), reason="../shared/eval/dev_gold.jsonl absent")]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", EVAL_DIR / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_set_scores_stay_above_the_floors():
    gold_rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [{"id": g["id"], "text": g["text"], "url": g.get("url"), "published": g.get("published")}
                for g in gold_rows]
    predictions = {record["id"]: record for record in nlp.extract_records(articles)}
    result = load_scorer().score({g["id"]: g for g in gold_rows}, predictions)
    assert result["missing_predictions"] == 0
    low = {field: result[field]["f1"] for field, floor in FLOORS.items() if result[field]["f1"] < floor}
    assert not low, f"below the floor: {low}"
    assert result["event_type_accuracy"] >= EVENT_TYPE_FLOOR


def test_relevance_score_is_calibrated_on_the_dev_set():
    gold_rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = list(nlp.extract_records({"id": g["id"], "text": g["text"], "published": g.get("published")}
                                       for g in gold_rows))
    brier = sum((r["relevance_score"] - float(g["relevant"])) ** 2 for r, g in zip(records, gold_rows, strict=True))
    assert brier / len(records) < 0.05
