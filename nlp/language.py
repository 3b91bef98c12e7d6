"""The Indonesian language object Pantau's pipeline is built on.

``spacy.blank("id")`` lacks common Indonesian abbreviations, so a sentence
splitter would cut "Kab. | Bogor"; they are added as tokenizer special cases.
The abbreviations live in ``nlp/data/abbreviations.txt``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

DATA_DIR = Path(__file__).parent / "data"


@cache
def abbreviations() -> tuple[str, ...]:
    """Abbreviations that end with a full stop but do not end a sentence."""
    lines = (DATA_DIR / "abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def add_abbreviations(nlp: Language) -> None:
    """Teach the tokenizer the abbreviations, in their usual casings."""
    for abbr in abbreviations():
        for form in {abbr, abbr.lower(), abbr.upper(), abbr.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def blank_indonesian() -> Language:
    """``spacy.blank("id")`` with the abbreviations taught and a sentencizer."""
    nlp = spacy.blank("id")
    add_abbreviations(nlp)
    nlp.add_pipe("sentencizer")
    return nlp
