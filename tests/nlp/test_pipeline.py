"""The assembled pipeline and ``nlp.extract_records``."""

from __future__ import annotations

from functools import cache

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IDX, NORM, ORTH, SENT_START, SPACY

import nlp
from nlp.language import (
    abbreviations,
    blank_indonesian,
    compile_pattern,
    in_spans,
    indonesian_tokenizer,
    link_line_spans,
    pattern_anchors,
)
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
            "pantau_event_type", "pantau_destinations", "pantau_event_date"]
    assert [name for name in pipeline.pipe_names if name in core] == core  # other components may sit between
    assert nlp.get_pipeline() is pipeline  # loaded once per process


def test_every_component_declares_what_it_assigns_and_needs_nothing_unassigned(pipeline):
    """spaCy's pipe analysis: each Pantau component names its outputs, and each input comes from an earlier pipe.

    ``doc._.published`` is the one input the caller sets before the pipeline runs.
    """
    analysis = pipeline.analyze_pipes(pretty=False)
    for name in pipeline.pipe_names:
        if name.startswith("pantau_"):
            assert analysis["summary"][name]["assigns"], f"{name} declares no assigns"
    problems = {name: missing for name, missing in analysis["problems"].items() if missing}
    assert problems == {}


def test_tokenizer_keeps_abbreviations(pipeline):
    doc = pipeline("Warga Kab. Bogor dan Kec. Ciawi menjadi korban.")
    assert "Kab." in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def _spacy_tokenizer_with_abbreviations() -> spacy.language.Language:
    reference = spacy.blank("id")
    for abbr in abbreviations():
        for form in {abbr, abbr.lower(), abbr.upper(), abbr.capitalize()}:
            reference.tokenizer.add_special_case(form, [{ORTH: form}])
    return reference


@cache
def _reference_and_ours() -> tuple[spacy.language.Language, spacy.language.Language]:
    """spaCy's tokenizer with the abbreviations and its sentencizer; Pantau's tokenizer and sentencizer."""
    reference = _spacy_tokenizer_with_abbreviations()
    reference.add_pipe("sentencizer")
    return reference, blank_indonesian()


TOKENIZER_WORDS = ["Kab.", "Bogor,", "(15/5).", "Polres", "TPPO", "yg", "1.596", "Rp1,5", "korban-korban", "PT.",
                   "\n", "  ", "https://contoh.id/a?b=1", "e-mail", "5km", "dll.", "(Kukar)", "!", "Jl.", "dr.", "3x"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(TOKENIZER_WORDS), max_size=40).map(" ".join), min_size=1, max_size=4))
def test_tokenizer_gives_spacys_tokens_while_its_cache_fills(texts):
    reference, ours = _reference_and_ours()
    tokenizer = indonesian_tokenizer(ours)  # a new one: its cache starts empty
    for text in texts + texts:  # the second round reads chunks from the cache
        expected, got = reference.tokenizer(text), tokenizer(text)
        assert got.to_array([ORTH, IDX, SPACY, NORM]).tolist() == expected.to_array([ORTH, IDX, SPACY, NORM]).tolist()
        assert got.text == text


def test_tokenizer_remembers_chunks_until_its_cache_is_full():
    tokenizer = indonesian_tokenizer(spacy.blank("id"))
    tokenizer("Kab. Bogor menangkap dua tersangka.")
    assert {"Bogor", "tersangka."} <= tokenizer.seen_chunks
    tokenizer.max_cache_size = len(tokenizer.seen_chunks)
    tokenizer("Kota Jambi")
    assert "Jambi" not in tokenizer.seen_chunks
    assert [t.text for t in blank_indonesian()("Kab. Bogor")] == ["Kab.", "Bogor"]


LEXICON_PIECES = ["tppo", "perdagangan orang", "c?pmi", "(?:di)?jual", "pekerja (?:migran|seks)", "\\d+ korban",
                  "(?<!tidak )tercatat", "ab[ck]", "(?-i:PSK)", "(?:masih )?anak", "k(?:e|u)rban", "[a-z]+an",
                  "s\\.d\\.?"]
LEXICON_TEXT_WORDS = ["TPPO", "tppo-nya", "Perdagangan  orang", "perdagangan orang", "CPMI", "pmi", "dijual", "jual",
                      "12 korban", "tidak tercatat", "tercatat", "abk", "ABC", "PSK", "psk", "masih anak", "kurban",
                      "s.d.", "xtppo", "(", ")", ",", "\n", "\u0131", "\u017f", "\u212a", "\u0130"]


@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(st.sampled_from(LEXICON_PIECES), min_size=1, max_size=4),
       words=st.lists(st.sampled_from(LEXICON_TEXT_WORDS), max_size=30), case_sensitive=st.booleans(),
       bounds=st.tuples(st.integers(0, 200), st.integers(0, 200)))
def test_lexicon_patterns_find_what_the_regex_finds(pieces, words, case_sensitive, bounds):
    pattern = compile_pattern("|".join(pieces), case_sensitive=case_sensitive)
    for text in (" ".join(words), " ".join(words).lower(), "".join(words)):
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.regex.finditer(text)]
        pos, endpos = min(bounds), max(bounds)
        expected = [m.span() for m in pattern.regex.finditer(text, pos, endpos)]
        assert [m.span() for m in pattern.finditer(text, pos, endpos)] == expected
        found = pattern.search(text, pos, endpos)
        assert (found.span() if found else None) == (expected[0] if expected else None)


def test_lexicon_pattern_anchors():
    assert pattern_anchors("(?<!x)(?:c?pmi|tki)") == {"cpmi", "pmi", "tki"}
    assert pattern_anchors("\\d+ korban") is None  # no literal start: tried everywhere
    assert compile_pattern("tppo").pattern == "(?<!\\w)(?:tppo)(?!\\w)"  # the regex's attributes


SENTENCE_WORDS = ["Polisi", "menangkap", "dua", "tersangka", ".", "!", "?", "...", "“", "”", "\"", "(", ")", ",",
                  "Kab.", "\n", "\n\n", "a.", "B!", "korban.”", "-", "。", "Ya", "(15/5)."]


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(SENTENCE_WORDS), max_size=40), preset=st.integers(min_value=0, max_value=3))
def test_sentencizer_gives_spacys_sentences(words, preset):
    text = " ".join(words)
    reference, ours = _reference_and_ours()
    expected, got = reference.make_doc(text), ours.make_doc(text)
    if preset < len(expected):  # a boundary set before the sentencizer stays
        expected[preset].is_sent_start = got[preset].is_sent_start = False
    expected, got = reference.get_pipe("sentencizer")(expected), ours.get_pipe("sentencizer")(got)
    assert got.to_array([SENT_START]).tolist() == expected.to_array([SENT_START]).tolist()


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


def test_link_lines_are_found_in_one_place():
    text = ("Polisi menangkap dua pelaku.\nBaca juga: Sindikat TPPO di Batam Dibongkar\n"
            "Warga diminta baca aturan sebelum berangkat.\n"
            "  - BACA JUGA : 20 Korban Dipulangkan dari Malaysia\nSelesai.")
    spans = link_line_spans(text)
    assert [text[start:end].strip() for start, end in spans] == [
        "Baca juga: Sindikat TPPO di Batam Dibongkar", "- BACA JUGA : 20 Korban Dipulangkan dari Malaysia"]
    assert in_spans(text.index("Sindikat"), spans) and in_spans(text.index("Malaysia"), spans)
    assert not in_spans(text.index("aturan"), spans) and not in_spans(text.index("Polisi"), spans)
    assert link_line_spans("Warga diminta baca aturan sebelum berangkat.") == []


def test_headlines_listed_below_a_bare_link_phrase_belong_to_the_link():
    text = ("Polisi menangkap dua pelaku.\n\nBaca juga:\nSindikat TPPO di Batam Dibongkar\n"
            "Jadwal Kapal Cepat Pekan Ini\n\nKorban dipulangkan.")
    spans = link_line_spans(text)
    assert in_spans(text.index("Sindikat"), spans) and in_spans(text.index("Jadwal"), spans)
    assert not in_spans(text.index("Korban dipulangkan"), spans)
    # negative: a line ending as a sentence does is the article's, not a listed headline
    text = "Baca juga:\nPolisi menangkap dua pelaku di Batam pada Senin malam."
    assert not in_spans(text.index("Polisi"), link_line_spans(text))


def test_portal_recommendation_and_syndication_lines_are_link_lines():
    text = ("Tim gabungan memulangkan tujuh warga.\nPilihan Editor: Lowongan Kerja di Perbatasan Thailand Diwaspadai\n"
            "Artikel ini telah tayang di Contoh.example dengan judul Polisi Pulangkan Warga dari Kamboja\n"
            "Pilihan mereka jatuh pada jalur laut.")
    spans = link_line_spans(text)
    assert in_spans(text.index("Thailand"), spans) and in_spans(text.index("Kamboja"), spans)
    assert not in_spans(text.index("Tim gabungan"), spans) and not in_spans(text.index("jalur laut"), spans)


def test_people_stopped_on_their_way_abroad_without_work_papers_are_a_relevant_incident():
    text = ("Tim gabungan polda dan BP3MI mengamankan sepuluh calon pekerja migran Indonesia di bandara. Mereka hendak "
            "terbang ke Surabaya sebelum melanjutkan perjalanan ke Malaysia. Mereka tidak dapat menunjukkan dokumen "
            "ketenagakerjaan. Seorang perekrut lapangan ikut diamankan.")
    (record,) = nlp.extract_records([{"id": "cpmi", "title": "Sepuluh CPMI Diamankan di Bandara", "text": text}])
    assert record["relevant"] and record["event_type"] == "incident"
