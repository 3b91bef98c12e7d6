"""The assembled pipeline and ``nlp.extract_records``."""

from __future__ import annotations

import pytest

import nlp
from nlp.pipeline import load_pipeline
from nlp.record import RECORD_FIELDS, published_date

ARTICLES = [
    {"id": "a1", "title": "Polres Kukar Tangkap Perekrut Korban TPPO",
     "text": "Polres Kukar menangkap dua tersangka TPPO, Rabu (15/5). Sebanyak 12 korban diselamatkan dan akan "
             "dikirim ke Malaysia sebagai PMI ilegal.", "published": "2024-05-16T10:00:00+08:00"},
    {"id": "a2", "text": "Neraca perdagangan Indonesia surplus pada Mei 2023.", "published": "2023-06-15"},
    {"id": "a3", "text": "", "published": None},
]


@pytest.fixture(scope="module")
def pipeline():
    return nlp.get_pipeline()


def test_pipeline_is_built_from_the_config(pipeline):
    assert pipeline.lang == "id"
    core = ["sentencizer", "pantau_places", "pantau_agencies", "pantau_counts", "pantau_relevance", "pantau_modus",
            "pantau_destinations", "pantau_event_type", "pantau_event_date"]
    assert [name for name in pipeline.pipe_names if name in core] == core  # other components may sit between
    assert nlp.get_pipeline() is pipeline  # loaded once per process


def test_tokenizer_keeps_abbreviations(pipeline):
    doc = pipeline("Warga Kab. Bogor dan Kec. Ciawi menjadi korban.")
    assert "Kab." in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_config_overrides():
    strict = load_pipeline(overrides={"components.pantau_relevance.threshold": 0.9999})
    assert strict.get_pipe("pantau_relevance").threshold == 0.9999


def test_extract_records_in_order_with_the_contract_fields():
    records = list(nlp.extract_records(ARTICLES, batch_size=2))
    assert [r["id"] for r in records] == ["a1", "a2", "a3"]
    assert all(tuple(r) == RECORD_FIELDS for r in records)
    first, trade, empty = records
    assert first["relevant"] is True and first["event_type"] == "incident"
    assert first["event_date"] == "2024-05-15"
    assert first["destinations"] == ["Malaysia"]
    assert "migrant_worker" in first["modus"]
    assert {"Kabupaten Kutai Kartanegara"} <= {loc["name"] for loc in first["locations"]}
    assert trade["relevant"] is False and trade["event_type"] == "other" and trade["modus"] == []
    assert empty["relevant"] is False and empty["event_date"] is None


def test_irrelevant_counts_are_not_about_tppo():
    text = "Polisi menangkap 12 tersangka judi online. Sebanyak 30 kasus judi online ditangani tahun ini."
    (record,) = nlp.extract_records([{"id": "j", "text": text}])
    assert record["relevant"] is False
    assert all(count["about_tppo"] is False for count in record["counts"])


@pytest.mark.slow
def test_several_processes_give_the_same_records():
    many = [dict(article, id=f"{article['id']}-{i}") for i in range(6) for article in ARTICLES]
    assert list(nlp.extract_records(many, n_process=2, batch_size=2)) == list(nlp.extract_records(many))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-10-16T09:30:00+07:00", "2025-10-16"), ("2024-05-16", "2024-05-16"), (None, None), ("kemarin", None),
     ("2024-02-30", None), (20240516, None)],
)
def test_published_dates(value, expected):
    assert published_date(value) == expected
