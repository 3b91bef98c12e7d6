"""The Indonesian language object Pantau's pipeline is built on, and the loaders for its data files.

``spacy.blank("id")`` lacks common Indonesian abbreviations, so a sentence
splitter would cut "Kab. | Bogor"; they are added as tokenizer special cases.
The abbreviations live in ``nlp/data/abbreviations.txt``. The tokenizer is also
registered as ``pantau.indonesian_tokenizer.v1`` so that ``nlp/config.cfg`` can name it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import hash_string
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

PACKAGE_DIR = Path(__file__).parent
DATA_DIR = PACKAGE_DIR / "data"
# Chunks (whitespace-separated strings) the tokenizer caches: the words of some thousand articles.
CACHED_CHUNKS = 50_000


def data_path(path: str | Path) -> Path:
    """A data path from the pipeline config: absolute as given, else relative to the ``nlp`` package."""
    path = Path(path)
    return path if path.is_absolute() else (PACKAGE_DIR / path).resolve()


@cache
def abbreviations() -> tuple[str, ...]:
    """Abbreviations that end with a full stop but do not end a sentence."""
    lines = (DATA_DIR / "abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


class IndonesianTokenizer(Tokenizer):
    """spaCy's tokenizer whose chunk cache fills on every article.

    spaCy caches the tokens of each whitespace-separated chunk, but stops saving to that cache for the rest of a
    text once a chunk hits a special case (any abbreviation or tokenizer exception, so nearly every news article
    after its first lines). This tokenizer first tokenizes each chunk it has not seen before on its own, which
    caches it unless the chunk itself holds a special case; the tokens are the same either way. Chunks are
    remembered until the cache is full (``max_cache_size``).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_cache_size = CACHED_CHUNKS
        self.seen_chunks: set[str] = set()

    def __call__(self, text: str) -> Doc:
        if len(self.seen_chunks) < self.max_cache_size:
            new_chunks = set(text.split()).difference(self.seen_chunks)
            if new_chunks:
                self.seen_chunks.update(new_chunks)
                for chunk in new_chunks:
                    super().__call__(chunk)
        return super().__call__(text)


def indonesian_tokenizer(nlp: Language) -> IndonesianTokenizer:
    """spaCy's Indonesian tokenizer rules and exceptions plus the abbreviations, with a cache that fills."""
    defaults = nlp.Defaults
    tokenizer = IndonesianTokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        suffix_search=compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )
    for abbr in abbreviations():
        for form in {abbr, abbr.lower(), abbr.upper(), abbr.capitalize()}:
            tokenizer.add_special_case(form, [{ORTH: form}])
    return tokenizer


def blank_indonesian() -> Language:
    """``spacy.blank("id")`` with Pantau's tokenizer (the abbreviations taught) and sentencizer."""
    nlp = spacy.blank("id")
    nlp.tokenizer = indonesian_tokenizer(nlp)
    nlp.add_pipe("pantau_sentencizer", name="sentencizer")
    return nlp


class ArraySentencizer:
    """spaCy's rule-based ``sentencizer`` (a sentence ends after a run of its punctuation characters, at the next
    token that is no punctuation), computed on the Doc's token arrays: the same sentence starts, without building a
    Python object per token (which made spaCy's take as long as a third of the tokenizer)."""

    def __init__(self, punct_chars: Iterable[str] = Sentencizer.default_punct_chars) -> None:
        self.punct_orths = numpy.array(sorted({hash_string(char) for char in punct_chars}), dtype=numpy.uint64)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        orth, is_punct, sent_start = doc.to_array([ORTH, IS_PUNCT, SENT_START]).T
        starts = self.sentence_starts(orth, is_punct.astype(bool))
        # like spaCy's (overwrite=False), boundaries already set stay as they are
        sent_start = sent_start.astype(numpy.int64)
        new = numpy.where(sent_start == 0, numpy.where(starts, 1, -1), sent_start)
        doc.from_array([SENT_START], new.astype(numpy.uint64).reshape(-1, 1))
        return doc

    def sentence_starts(self, orth: numpy.ndarray, is_punct: numpy.ndarray) -> numpy.ndarray:
        """Whether each token starts a sentence: the first token, and each token that is neither punctuation nor a
        punctuation character with one of those characters since the previous such token."""
        nearest = numpy.minimum(numpy.searchsorted(self.punct_orths, orth), len(self.punct_orths) - 1)
        in_punct = self.punct_orths[nearest] == orth  # (numpy.isin sorts: slower)
        words = numpy.nonzero(~(is_punct | in_punct))[0]
        seen = numpy.cumsum(in_punct)  # punctuation characters up to and including each token
        before = seen[words]
        since_previous = before - numpy.concatenate(([0], before[:-1]))
        starts = numpy.zeros(len(orth), dtype=bool)
        starts[0] = True
        starts[words[since_previous > 0]] = True
        return starts


@Language.factory("pantau_sentencizer", assigns=["token.is_sent_start", "doc.sents"])
def make_sentencizer(nlp: Language, name: str) -> ArraySentencizer:
    """Factory for ``nlp.add_pipe("pantau_sentencizer")``: spaCy's sentencizer rules, on token arrays."""
    return ArraySentencizer()


@spacy.registry.tokenizers("pantau.indonesian_tokenizer.v1")
def create_indonesian_tokenizer() -> Callable[[Language], Tokenizer]:
    """:func:`indonesian_tokenizer` for ``[nlp.tokenizer]`` in the pipeline config."""
    return indonesian_tokenizer


# ---------------------------------------------------------------- data files


def read_lines(path: Path) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.rstrip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def read_table(path: Path) -> list[list[str]]:
    """Rows of a tab-separated data file (comments and blank lines skipped)."""
    return [[cell.strip() for cell in line.split("\t")] for line in read_lines(path)]


LINK_LINES_PATH = DATA_DIR / "link_lines.txt"


@cache
def link_line_words() -> tuple[str, ...]:
    """The lower-case phrases that open a line linking another article (``data/link_lines.txt``)."""
    return tuple(line.strip().lower() for line in read_lines(LINK_LINES_PATH))


@cache
def _link_line_matcher() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """Substrings of which one must occur in lower-cased text holding a link line, and the line pattern: the
    line from its start (bullets, dashes, spaces) through the phrase to the end of the line, and no further than
    a headline's length where the text lost its line breaks."""
    needles, alternatives = [], []
    for phrase in link_line_words():
        words = phrase.rstrip(":").split()
        needles.append(" ".join(words))
        alternative = r"[ \t]+".join(re.escape(word) for word in words)
        alternatives.append(alternative + (r"[ \t]*:" if phrase.endswith(":") else r"\b"))
    pattern = re.compile(rf"^[ \t\W_]*(?:{'|'.join(alternatives)})(?P<rest>[^\n]{{0,160}})",
                         re.IGNORECASE | re.MULTILINE)
    return tuple(dict.fromkeys(needles)), pattern


def link_line_spans(text: str, lowered: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of the lines of ``text`` that link to other articles ("Baca juga: ..."); [] at once when the
    text holds none of the link words (``lowered``: its lower-cased form, when at hand)."""
    needles, pattern = _link_line_matcher()
    lowered = text.lower() if lowered is None else lowered
    if not any(needle in lowered for needle in needles):
        return []
    return [(match.start(), link_block_end(text, match.start("rest"), match.end())) for match in pattern.finditer(text)]


# the headlines listed below a link phrase alone on its line ("Baca juga:", then one headline a line): lines that end
# as no sentence does, up to a blank line
_LISTED_HEADLINES = re.compile(r"(?:\n[ \t]*[^\n]{0,159}[^\s.!?:;,\"”'][ \t]*(?=\n|\Z))+")


def link_block_end(text: str, rest_start: int, line_end: int) -> int:
    """The end of a link line ending at ``line_end``: where nothing but a colon follows its phrase (from
    ``rest_start``), the headlines listed on the lines below it belong to it too."""
    if text[rest_start:line_end].strip(" \t:"):
        return line_end
    listed = _LISTED_HEADLINES.match(text, line_end)
    return listed.end() if listed else line_end


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` lies in one of the (start, end) ``spans``."""
    return any(start <= offset < end for start, end in spans)


def compile_pattern(pattern: str, *, case_sensitive: bool = False) -> LexiconPattern:
    """A lexicon regex bounded by word edges, case-insensitive (``case_sensitive``: for lower-case patterns run on
    a text's lower-cased form, which is faster). It finds what the ``re`` pattern finds, faster: see
    :class:`LexiconPattern`."""
    flags = 0 if case_sensitive else re.IGNORECASE
    return LexiconPattern(re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", flags))


# ---------------------------------------------------------------- lexicon patterns

_MIN_ANCHOR = 2  # an anchor shorter than this would be found nearly everywhere
_MAX_ANCHOR = 8  # longer anchors find no fewer places
_MAX_ANCHORS = 400  # per pattern
_RECENT_TEXTS = 512  # texts whose anchors are kept: a few strings (text, lower-cased text, title) per Doc of a batch


class LexiconPattern:
    """A compiled regex whose ``finditer`` and ``search`` try only where a match can start.

    Python's ``re`` tries a lexicon alternation at every character of the text (30-45 us per pattern on a news
    article, whatever its size). Most lexicon patterns start with a literal word in every alternative ("tppo",
    "perdagangan orang", "pekerja migran"): these leading literals are the pattern's anchors. One Aho-Corasick pass
    per text (shared by every pattern) finds where all anchors of all patterns occur, and the regex is then
    matched only there, with the same look-behinds, in the same order, so the matches are exactly those of
    ``regex.finditer``. A pattern without anchors, or a text whose lower-cased form is not exact
    (:func:`lowered_for_matching`), uses the regex as it is. Other attributes are the regex's.
    """

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.anchors = pattern_anchors(regex.pattern, regex.flags)
        if self.anchors is not None:
            _ANCHOR_INDEX.register(self.anchors)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"LexiconPattern({self.regex!r})"

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of ``regex.finditer(string, pos, endpos)``."""
        endpos = len(string) if endpos is None else min(endpos, len(string))
        starts = self._starts(string)
        if starts is None:
            yield from self.regex.finditer(string, pos, endpos)
            return
        match_at, last_end = self.regex.match, pos
        for start in starts[bisect.bisect_left(starts, pos) :]:
            if start >= endpos:
                return
            if start >= last_end and (match := match_at(string, start, endpos)) is not None:
                last_end = match.end()
                yield match

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The match of ``regex.search(string, pos, endpos)``."""
        return next(self.finditer(string, pos, endpos), None)

    def _starts(self, string: str) -> list[int] | None:
        """Where a match can start in ``string`` (sorted), or None to try everywhere."""
        if self.anchors is None:
            return None
        index = _ANCHOR_INDEX.of(string)
        return None if index is None else index.starts_of(self.anchors)


def pattern_anchors(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case literals one of which every match of ``pattern`` starts with, or None when there are none."""
    import re._parser as parser

    try:
        found = _leading_literals(list(parser.parse(pattern, flags).data), "")
    except (OverflowError, RecursionError, re.error):
        return None
    if found is None or not all(anchor.isascii() for anchor in found):
        return None
    return frozenset(found)


def _leading_literals(items: list, prefix: str) -> set[str] | None:
    """The literal starts of the regex items ``items`` (a parsed sequence), each after ``prefix``."""
    from re import _constants as sre

    stop = {prefix} if len(prefix) >= _MIN_ANCHOR else None
    if len(prefix) >= _MAX_ANCHOR or not items:
        return stop
    op, value = items[0]
    rest = items[1:]
    if op is sre.LITERAL:
        return _leading_literals(rest, prefix + chr(value).lower())
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):  # zero-width: the match still starts here
        return _leading_literals(rest, prefix)
    if op is sre.SUBPATTERN:
        return _leading_literals(list(value[-1].data) + rest, prefix)
    if op is sre.BRANCH:
        return _either([list(alternative.data) + rest for alternative in value[1]], prefix, stop)
    if op is sre.IN and len(value) <= 4 and all(kind is sre.LITERAL for kind, _ in value):  # [ck]
        return _either([[(sre.LITERAL, char)] + rest for _, char in value], prefix, stop)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, repeated = value
        once = list(repeated.data) + (rest if high == 1 else [])  # after two or more, the rest is not followed
        return _either(([rest] if low == 0 else []) + [once], prefix, stop)
    return stop


def _either(sequences: list[list], prefix: str, stop: set[str] | None) -> set[str] | None:
    """The literal starts of any of ``sequences`` (alternatives), each after ``prefix``."""
    found: set[str] = set()
    for sequence in sequences:
        starts = _leading_literals(sequence, prefix)
        if starts is None:
            return stop
        found |= starts
        if len(found) > _MAX_ANCHORS:
            raise OverflowError
    return found


class _AnchorIndex:
    """Every registered anchor, in one Aho-Corasick automaton, and where they occur in the last few texts."""

    def __init__(self) -> None:
        self.anchors: set[str] = set()
        self.automaton: Any = None
        self.recent: dict[int, tuple[str, _TextAnchors | None]] = {}

    def register(self, anchors: frozenset[str]) -> None:
        if not anchors <= self.anchors:
            self.anchors |= anchors
            self.automaton, self.recent = None, {}

    def of(self, string: str) -> _TextAnchors | None:
        """The anchors of ``string`` (None where its lower-cased form is not exact), kept for the last texts (a batch
        of ``nlp.pipe`` goes through one component after the other, each reading each text)."""
        cached = self.recent.get(id(string))
        if cached is not None and cached[0] is string:
            return cached[1]
        if len(self.recent) >= _RECENT_TEXTS:
            self.recent.clear()
        lowered = lowered_for_matching(string)
        index = None if lowered is None else _TextAnchors(self._automaton(), lowered)
        self.recent[id(string)] = (string, index)  # holds the string, so its id stays its own
        return index

    def _automaton(self) -> Any:
        if self.automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for anchor in self.anchors:
                automaton.add_word(anchor, len(anchor))
            automaton.make_automaton()
            self.automaton = automaton
        return self.automaton


class _TextAnchors:
    """Start offsets of each anchor in one lower-cased text, and of each pattern's anchors."""

    def __init__(self, automaton: Any, lowered: str) -> None:
        self.positions: dict[str, list[int]] = {}
        if len(automaton):
            for end, length in automaton.iter(lowered):
                self.positions.setdefault(lowered[end - length + 1 : end + 1], []).append(end - length + 1)
        self.by_pattern: dict[frozenset[str], list[int]] = {}

    def starts_of(self, anchors: frozenset[str]) -> list[int]:
        starts = self.by_pattern.get(anchors)
        if starts is None:
            present = [self.positions[anchor] for anchor in anchors if anchor in self.positions]
            starts = sorted(set().union(*present)) if present else []
            self.by_pattern[anchors] = starts
        return starts


_ANCHOR_INDEX = _AnchorIndex()


# ---------------------------------------------------------------- sentences


def lowered_for_matching(text: str) -> str | None:
    """``text.lower()`` where lower-case ASCII patterns find in it exactly what they find case-insensitively in
    ``text`` (at the same offsets), else None: lowering must keep the length, and ``re.IGNORECASE`` also takes
    dotless i and long s for i and s, which ``str.lower()`` keeps as they are."""
    lowered = text.lower()
    if len(lowered) != len(text) or "\u0131" in lowered or "\u017f" in lowered:
        return None
    return lowered


class Sentences:
    """Sentence boundaries of a Doc (from the sentencizer), with a fast lookup by character offset, and the Doc's
    text and lower-cased text, computed once for every component."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc.user_data.pop("pantau_text", None) or doc.text
        self.spans = _sentence_spans(doc)
        self.starts = [start for start, _ in self.spans]

    @cached_property
    def lowered(self) -> str | None:
        """The text lower-cased for case-sensitive matching of lower-case patterns (:func:`lowered_for_matching`):
        faster than ``re.IGNORECASE``; None when it would not find the same."""
        return lowered_for_matching(self.text)

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
    sent_start, idx, length = doc.to_array([SENT_START, IDX, LENGTH]).T
    firsts = [0, *(numpy.nonzero(sent_start[1:] == 1)[0] + 1).tolist()]
    lasts = [first - 1 for first in firsts[1:]] + [len(doc) - 1]
    return list(zip(idx[firsts].tolist(), (idx[lasts] + length[lasts]).tolist(), strict=True))


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
    starts, lengths = doc.to_array([IDX, LENGTH]).T
    return list(zip(starts.tolist(), (starts + lengths).tolist(), strict=True))


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


def lowered_text_of(doc: Doc) -> str | None:
    """The Doc's text lower-cased once for all components (:attr:`Sentences.lowered`), None where case-insensitive
    patterns must read ``text_of(doc)`` instead."""
    return sentences_of(doc).lowered


def title_of(doc: Doc) -> str:
    """The article's title: ``doc._.title`` when given, else the text's first line when it is short."""
    if doc._.title:
        return doc._.title
    head = text_of(doc).lstrip()[:300]
    first_line = head.split("\n", 1)[0]
    return first_line if len(first_line) <= 200 and "\n" in head else ""
