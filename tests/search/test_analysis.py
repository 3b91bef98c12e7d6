"""Python-side analysis: Sastrawi stems, synonyms from the data file, the query syntax, documents."""

from __future__ import annotations

import pytest
from search_samples import SAMPLES, record_for

from pantau.errors import InputError
from pantau.search.analysis import records_template, stem_text, synonyms_of
from pantau.search.cursors import decode_cursor, encode_cursor
from pantau.search.documents import build_document, main_province
from pantau.search.syntax import parse_query


def test_stems_and_synonyms():
    assert stem_text("Korban dipulangkan dari perdagangan") == "korban pulang dari dagang"
    assert "perdagangan orang" in synonyms_of("TPPO")
    assert "anak buah kapal" in synonyms_of("abk")
    assert synonyms_of("kucing") == ()


def test_template_takes_settings_and_stop_words_from_files():
    template = records_template(shards=3, replicas=1)
    assert template["settings"]["number_of_shards"] == 3
    assert "yang" in template["settings"]["analysis"]["filter"]["pantau_id_stop"]["stopwords"]
    assert template["mappings"]["properties"]["locations"]["type"] == "nested"


def test_query_syntax():
    parsed = parse_query('ginjal OR organ "pekerja migran" -judi -"luar negeri"')
    assert [(t.text, t.phrase, [a.text for a in t.alternatives]) for t in parsed.must] == [
        ("ginjal", False, ["organ"]), ("pekerja migran", True, [])]
    assert [(t.text, t.phrase) for t in parsed.must_not] == [("judi", False), ("luar negeri", True)]
    assert [t.text for t in parse_query("perdagangan orang di batam").must] == ["perdagangan orang", "di", "batam"]


@pytest.mark.parametrize("query", ['"unclosed', "OR x", "x OR", "x OR OR y", "-", "(x", "a " * 40])
def test_broken_query_syntax(query):
    with pytest.raises(InputError):
        parse_query(query)


def test_cursor_round_trip_and_garbage():
    assert decode_cursor(encode_cursor([1.5, 1735689600000, "abc"], 40)) == ([1.5, 1735689600000, "abc"], 40)
    for garbage in ("", "abc", encode_cursor([{"x": 1}], 1)):
        with pytest.raises(InputError):
            decode_cursor(garbage)


def test_document_joins_article_and_record():
    sample = SAMPLES[0]
    document = build_document(sample["article"], record_for(sample))
    assert document["id"] == "sample-ginjal" and document["url"] == sample["article"]["url"]
    assert document["date"] == "2025-03-03" and document["month"] == "2025-03"
    assert document["province"] == "Jawa Barat" and document["province_code"] == "32"
    assert document["location_codes"] == ["32", "32.16"]
    assert document["victims"] == 12 and document["suspects"] == 3
    assert "ginjal" in document["text_stemmed"]
    assert all(fact["sentence"] in sample["article"]["text"] for fact in document["counts"])


def test_main_province_is_the_most_named_one():
    locations = [{"province": "Bali", "code": "51"}, {"province": "Jawa Timur", "code": "35.78"},
                 {"province": "Jawa Timur", "code": "35"}]
    assert main_province(locations) == ("Jawa Timur", "35")
    assert main_province([]) == (None, None)


def test_highlights_escape_crawled_markup():
    from pantau.search.display import HIGHLIGHT_END, HIGHLIGHT_START, highlight_fragment

    shown = highlight_fragment(f"<script>alert(1)</script> {HIGHLIGHT_START}korban{HIGHLIGHT_END} & <b>x</b>")
    assert shown == "&lt;script&gt;alert(1)&lt;/script&gt; <em>korban</em> &amp; &lt;b&gt;x&lt;/b&gt;"


@pytest.mark.parametrize("query", ["*:*", "\\", "\x00", "korban\x00", "🙂", "()", '""', "\ufffd"])
def test_a_query_with_no_searchable_word_is_refused(query):
    with pytest.raises(InputError):
        parse_query(query)
