"""The Indonesian language object Pantau's pipeline is built on, and the loaders for its data files.

``spacy.blank("id")`` lacks common Indonesian abbreviations, so a sentence
splitter would cut "Kab. | Bogor"; they are added as tokenizer special cases.
The abbreviations live in ``nlp/data/abbreviations.txt``. The tokenizer is also
registered as ``pantau.indonesian_tokenizer.v1`` so that ``nlp/config.cfg`` can name it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import spacy
from spacy.attrs import IDX, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

PACKAGE_DIR = Path(__file__).parent
DATA_DIR = PACKAGE_DIR / "data"


def data_path(path: str | Path) -> Path:
    """A data path from the pipeline config: absolute as given, else relative to the ``nlp`` package."""
    path = Path(path)
    return path if path.is_absolute() else (PACKAGE_DIR / path).resolve()


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


@spacy.registry.tokenizers("pantau.indonesian_tokenizer.v1")
def create_indonesian_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's Indonesian tokenizer plus the abbreviation special cases (for ``[nlp.tokenizer]``)."""

    make_default = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make_tokenizer(nlp: Language) -> Tokenizer:
        tokenizer = make_default(nlp)
        for abbr in abbreviations():
            for form in {abbr, abbr.lower(), abbr.upper(), abbr.capitalize()}:
                tokenizer.add_special_case(form, [{ORTH: form}])
        return tokenizer

    return make_tokenizer


# ---------------------------------------------------------------- data files


def read_lines(path: Path) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.rstrip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def read_table(path: Path) -> list[list[str]]:
    """Rows of a tab-separated data file (comments and blank lines skipped)."""
    return [[cell.strip() for cell in line.split("\t")] for line in read_lines(path)]


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """A lexicon regex, case-insensitive, bounded by word edges."""
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


# ---------------------------------------------------------------- sentences


class Sentences:
    """Sentence boundaries of a Doc (from the sentencizer), with a fast lookup by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc.user_data.pop("pantau_text", None) or doc.text
        self.spans = _sentence_spans(doc)
        self.starts = [start for start, _ in self.spans]

    def index_at(self, char: int) -> int:
        """Index of the sentence holding character ``char``."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def span_at(self, char: int) -> tuple[int, int]:
        """(start, end) of the sentence holding character ``char``."""
        return self.spans[self.index_at(char)] if self.spans else (0, len(self.text))

    def evidence_at(self, char: int) -> dict[str, int]:
        """The contract's evidence dict for the sentence holding ``char``."""
        start, end = self.span_at(char)
        return {"start": start, "end": end}


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, read from token arrays (``doc.sents`` builds a Python object per
    token, which costs more than the whole tokenizer). A Doc without sentence boundaries is one sentence."""
    if len(doc) == 0:
        return [(0, 0)]
    sent_start, idx, length = doc.to_array([SENT_START, IDX, LENGTH]).T.tolist()
    if not any(flag == 1 for flag in sent_start[1:]):
        return [(idx[0], idx[-1] + length[-1])]
    bounds = [0] + [i for i in range(1, len(sent_start)) if sent_start[i] == 1] + [len(sent_start)]
    return [(idx[a], idx[b - 1] + length[b - 1]) for a, b in zip(bounds, bounds[1:], strict=False)]


def sentences_of(doc: Doc) -> Sentences:
    """The Doc's :class:`Sentences`, computed once per Doc and kept in ``doc.user_data`` until
    :func:`forget_sentences` (the record builder calls it, so Docs stay serialisable)."""
    cached = doc.user_data.get("pantau_sentences")
    if cached is None:
        cached = Sentences(doc)
        doc.user_data["pantau_sentences"] = cached
    return cached


def token_starts(doc: Doc) -> list[int]:
    """Character offsets of the Doc's tokens, read once from the token array (components share the tokenizer's
    words instead of splitting the text again)."""
    return doc.to_array(IDX).tolist() if len(doc) else []


def token_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of the Doc's tokens, read once from the token arrays."""
    if not len(doc):
        return []
    starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
    return [(start, start + length) for start, length in zip(starts, lengths, strict=True)]


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a Doc was made from, so that :class:`Sentences` need not rebuild ``doc.text`` from its tokens
    (spaCy creates a Python object per token for that). The tokenizer keeps every character, so they are equal."""
    if len(text) == (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0):
        doc.user_data["pantau_text"] = text


def forget_sentences(doc: Doc) -> None:
    """Drop the cached :class:`Sentences` of a Doc."""
    doc.user_data.pop("pantau_sentences", None)


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token's text on each access)."""
    return sentences_of(doc).text


def title_of(doc: Doc) -> str:
    """The article's title: ``doc._.title`` when given, else the text's first line when it is short."""
    if doc._.title:
        return doc._.title
    head = text_of(doc).lstrip()[:300]
    first_line = head.split("\n", 1)[0]
    return first_line if len(first_line) <= 200 and "\n" in head else ""
