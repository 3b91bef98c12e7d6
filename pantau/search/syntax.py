"""The simple query syntax: words, "quoted phrases", ``-exclusions`` (also ``-"phrases"``) and ``OR`` between terms.

Words next to each other must all match. Terms are matched by their Sastrawi stems in the stemmed title and text
(so "pulang" finds "dipulangkan"), each with its synonyms from ``index_config/synonyms.txt``. A query must have at
least one word to search for: ``*:*``, a lone backslash, control characters or emoji alone are refused with an
:class:`pantau.errors.InputError`, never answered with every record.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from pantau.errors import InputError
from pantau.search.analysis import longest_synonym_words, normalize_words, stem_text, synonyms_of

MAX_QUERY_LENGTH = 500
MAX_QUERY_TERMS = 32
TEXT_FIELDS = ("title^2", "text", "evidence_text^1.5")
STEMMED_FIELDS = ("title_stemmed^2", "text_stemmed")


@dataclass
class Term:
    """One word or phrase of a query; ``alternatives`` are the terms it is ORed with."""

    text: str
    phrase: bool
    alternatives: list[Term] = field(default_factory=list)


@dataclass
class ParsedQuery:
    must: list[Term] = field(default_factory=list)
    must_not: list[Term] = field(default_factory=list)


_TOKEN = re.compile(r'\s*(?:(-?)"([^"]*)"|(\S+))')
_OR_MESSAGE = "OR must stand between two terms, as in: ginjal OR organ"


def _check_characters(q: str) -> None:
    if len(q) > MAX_QUERY_LENGTH:
        raise InputError(f"the query is too long ({len(q)} characters; at most {MAX_QUERY_LENGTH})")
    if any(unicodedata.category(char) == "Cc" and not char.isspace() for char in q):
        raise InputError("the query contains control characters: write words to search for")
    if "\ufffd" in q:
        raise InputError("the query is not valid UTF-8 text: write words to search for")
    if q.count('"') % 2:
        raise InputError('the query has an unclosed quote (")')
    if q.count("(") != q.count(")"):
        raise InputError("the query has unbalanced parentheses")


def _tokens(q: str) -> list[tuple[str, str, bool]]:
    """(kind: term|not|or, text, phrase) for each part of the query."""
    tokens: list[tuple[str, str, bool]] = []
    for match in _TOKEN.finditer(q.replace("(", " ").replace(")", " ")):
        negated, phrase, word = match.groups()
        if phrase is not None:
            words = " ".join(normalize_words(phrase))
            if words:
                tokens.append(("not" if negated else "term", words, True))
            continue
        if word == "OR":
            tokens.append(("or", word, False))
        elif word.startswith("-"):
            words = normalize_words(word[1:])
            if not words:
                raise InputError(f"'{word}' excludes nothing: write -word or -\"a phrase\"")
            tokens.append(("not", " ".join(words), len(words) > 1))
        else:
            tokens += [("term", w, False) for w in normalize_words(word)]
    if len(tokens) > MAX_QUERY_TERMS:
        raise InputError(f"the query has too many terms (at most {MAX_QUERY_TERMS})")
    return tokens


def parse_query(q: str) -> ParsedQuery:
    """Parse the simple query syntax; raises InputError on broken syntax or a query with no word to search for."""
    _check_characters(q)
    tokens = _tokens(q)
    if not tokens:
        raise InputError(f"the query {q[:40]!r} has no word to search for: write words, \"phrases\" or -exclusions")
    parsed = ParsedQuery()
    position = 0
    while position < len(tokens):
        kind, text, phrase = tokens[position]
        if kind == "or":
            raise InputError(_OR_MESSAGE)
        if kind == "not":
            parsed.must_not.append(Term(text, phrase))
            position += 1
            continue
        term, position = _synonym_phrase(tokens, position)
        while position < len(tokens) and tokens[position][0] == "or":
            if position + 1 >= len(tokens) or tokens[position + 1][0] != "term":
                raise InputError(_OR_MESSAGE)
            alternative, position = _synonym_phrase(tokens, position + 1, single=True)
            term.alternatives.append(alternative)
        parsed.must.append(term)
    return parsed


def _synonym_phrase(tokens: list[tuple[str, str, bool]], position: int, single: bool = False) -> tuple[Term, int]:
    """The term at ``position``, merged with the following plain words when together they are a synonym."""
    kind, text, phrase = tokens[position]
    if not phrase and not single:
        for size in range(longest_synonym_words(), 1, -1):
            window = tokens[position:position + size]
            if len(window) == size and all(k == "term" and not p for k, _, p in window):
                candidate = " ".join(t for _, t, _ in window)
                if synonyms_of(candidate):
                    return Term(candidate, True), position + size
    return Term(text, phrase), position + 1


def stemmed_match(text: str, phrase: bool) -> dict[str, Any] | None:
    """A match of ``text``'s stems in the stemmed fields (None when nothing is left to match)."""
    stemmed = stem_text(text)
    if not stemmed:
        return None
    kind = "phrase" if phrase or " " in stemmed else "best_fields"
    return {"multi_match": {"query": stemmed, "fields": list(STEMMED_FIELDS), "type": kind}}


def term_query(term: Term) -> dict[str, Any]:
    """Match the term and its synonyms, stemmed, in the stemmed titles and texts (one clause each: cheap)."""
    clauses = [clause for text in dict.fromkeys((term.text, *synonyms_of(term.text)))
               if (clause := stemmed_match(text, term.phrase)) is not None]
    clauses += [term_query(alternative) for alternative in term.alternatives]
    return clauses[0] if len(clauses) == 1 else {"bool": {"should": clauses, "minimum_should_match": 1}}


def text_clauses(q: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The (must, must_not) clauses of a query."""
    parsed = parse_query(q)
    must = [term_query(term) for term in parsed.must]
    must_not = [clause for term in parsed.must_not if (clause := stemmed_match(term.text, term.phrase))]
    return must, must_not


def _term_words(term: Term) -> list[str]:
    return [term.text, *synonyms_of(term.text), *(w for alt in term.alternatives for w in _term_words(alt))]


def highlight_query(q: str) -> dict[str, Any]:
    """Highlight the query's words and synonyms as written (the stemmed fields are not shown)."""
    parsed = parse_query(q)
    words = " ".join(dict.fromkeys(w for term in parsed.must for w in _term_words(term)))
    return {"multi_match": {"query": words or "-", "fields": [f.split("^")[0] for f in TEXT_FIELDS]}}
