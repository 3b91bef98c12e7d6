"""Hostile input never crashes the extractor (property-based, hypothesis)."""

from __future__ import annotations

import re
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nlp
from nlp.components.location_roles import _name_pattern, _name_spans
from nlp.language import lowered_for_matching
from nlp.record import RECORD_FIELDS

NEWS_WORDS = ["TPPO", "korban", "Polres", "Kukar", "22", "1.596", "enam", "dua puluh", "ke", "Malaysia", "Rabu",
              "(15/5)", "kasus", "tersangka", "Kab.", "diamankan", "\n", ",", ".", "9" * 40, "-3", "1e309", "0,5"]
CONTROL = "".join(chr(c) for c in range(0, 32)) + "\x7f\u200b\u202e\ufeff\ud800\udfff"

hostile_text = st.one_of(
    st.just(""),
    st.text(max_size=400),
    st.text(alphabet=CONTROL + string.printable, max_size=400),
    st.lists(st.sampled_from(NEWS_WORDS), max_size=120).map(" ".join),
    st.lists(st.sampled_from(["<div>", "</p>", "<script>alert(1)</script>", "&nbsp;", "<br/>", "TPPO", "korban"]),
             max_size=80).map("".join),
    st.integers(min_value=-(10**60), max_value=10**60).map(lambda n: f"Sebanyak {n} korban TPPO dan {n} kasus."),
)
published = st.one_of(st.none(), st.just("2024-05-16"), st.just("2025-10-16T09:30:00+07:00"), st.text(max_size=12),
                      st.integers())


def check_record(record: dict, article_id: str, text: str) -> None:
    assert tuple(record) == RECORD_FIELDS
    assert record["id"] == article_id
    assert 0.0 <= record["relevance_score"] <= 1.0
    assert record["event_type"] in {"incident", "statistics", "coordination", "prevention", "other"}
    for fact in record["locations"] + record["agencies"] + record["counts"]:
        assert 0 <= fact["evidence"]["start"] <= fact["evidence"]["end"] <= len(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text, title=st.one_of(st.none(), st.text(max_size=50)), published=published)
def test_hostile_articles_give_records(text, title, published):
    article = {"id": "hostile", "text": text, "title": title, "published": published}
    (record,) = list(nlp.extract_records([article]))
    check_record(record, "hostile", text)


def test_megabytes_of_text():
    text = ("Polres Kukar menangkap 3 tersangka TPPO, Rabu (15/5). <p>korban 1.596</p>\x00 " * 40_000)[:3_000_000]
    (record,) = list(nlp.extract_records([{"id": "big", "text": text, "published": "2024-05-20"}]))
    check_record(record, "big", text)
    assert record["relevant"] is True


def test_missing_and_odd_fields():
    articles = [{"id": 7, "text": None}, {"id": "x", "text": 12}, {"id": "y", "text": "TPPO", "published": 2024}]
    records = list(nlp.extract_records(articles))
    assert [r["id"] for r in records] == ["7", "x", "y"]


# letters whose case folding trips fast paths: dotless i, long s, dotted capital I, Kelvin sign, final sigma, eszett
FOLDING = "iIsSkKıſİKσςΣß"
folding_text = st.text(alphabet=FOLDING + "abjm _-.\n", max_size=60)


@settings(max_examples=200, deadline=None)
@given(text=folding_text, word=st.text(alphabet="iIsSkKabjm ", min_size=1, max_size=4))
def test_lowered_text_finds_what_case_insensitive_patterns_find(text, word):
    lowered = lowered_for_matching(text)
    pattern = rf"(?<!\w)(?:{re.escape(word.lower())})(?!\w)"
    expected = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    if lowered is not None:
        assert len(lowered) == len(text)
        assert [m.span() for m in re.finditer(pattern, lowered)] == expected


@settings(max_examples=200, deadline=None)
@given(text=folding_text, name=st.text(alphabet="iIsSkKabjm -", min_size=1, max_size=6))
def test_place_names_found_by_string_search_as_by_pattern(text, name):
    expected = [m.span() for m in _name_pattern(name).finditer(text)]
    assert list(_name_spans(text, name, lowered_for_matching(text))) == expected
