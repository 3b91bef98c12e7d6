"""Fundus-style parser tests: each outlet's saved page beside a JSON file of the fields it must yield."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from crawlers.fixture_site import token_f1
from crawlers.parsers import PARSERS, parser_for
from crawlers.registry import get_site

PAGES = Path(__file__).with_name("pages")
CASES = sorted(PAGES.glob("*/*.html"))


def test_every_outlet_has_a_parser_and_a_saved_page():
    assert {path.parent.name for path in CASES} == set(PARSERS)


@pytest.mark.parametrize("page", CASES, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_saved_page_yields_expected_fields(page: Path):
    outlet = page.parent.name
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    parser = parser_for(outlet, when=date.fromisoformat(expected["crawl_date"]))
    result = parser.parse(page.read_text(encoding="utf-8"), expected["url"], get_site(outlet).article_patterns)
    assert result.kind == expected["kind"], result.reason
    if expected["kind"] != "article":
        assert result.text == ""
        return
    assert result.title == expected["title"]
    assert result.published == expected["published"]
    assert result.canonical_url == expected["canonical_url"]
    assert result.page_urls == expected["page_urls"]
    assert result.text == expected["text"], f"token F1 {token_f1(result.text, expected['text']):.3f}"
    for fragment in expected["text_excludes"]:
        assert fragment not in result.text
