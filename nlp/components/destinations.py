"""Destinations: foreign countries that victims were sent to or through. Sets ``doc._.destinations``.

Country, state and city names (Indonesian spellings, "Dubai", "Tawau", "Phnom Penh") map to English country
names through ``nlp/data/destinations/countries.tsv``. A mention counts when a movement word comes just before
it ("ke Malaysia", "melalui Bangkok", "perairan Papua Nugini") or when its sentence speaks of victims or
migrant work; it never counts after a nationality, flag or agency word ("WN Myanmar", "berbendera China",
"KBRI Phnom Penh") or in a sentence about legal placement or trade. Cue words live in ``cues.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

import nlp.extensions  # noqa: F401  (registers doc._ fields)
from nlp.language import DATA_DIR, compile_pattern, read_table, sentences_of

DESTINATIONS_DIR = DATA_DIR / "destinations"
_LIST_GAP = re.compile(r"\s*(?:,|;|/)?\s*(?:(?:dan|serta|atau|hingga|maupun)\s+)?(?:ke\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class DestinationLexicon:
    """Compiled country names and context cues."""

    names: re.Pattern[str]
    capital_names: re.Pattern[str] | None
    country_of: dict[str, str]
    toward: re.Pattern[str]
    blocked: re.Pattern[str]
    victim_context: re.Pattern[str]
    legal_context: re.Pattern[str]

    def country(self, surface: str) -> str | None:
        return self.country_of.get(surface) or self.country_of.get(surface.lower())


@cache
def default_lexicon() -> DestinationLexicon:
    """The lexicon from ``nlp/data/destinations/`` (loaded once per process)."""
    country_of: dict[str, str] = {}
    lower, capital = [], []
    for name, country in read_table(DESTINATIONS_DIR / "countries.tsv"):
        (lower if name == name.lower() else capital).append(name)
        country_of[name] = country
    by_length = sorted(lower, key=len, reverse=True)
    names = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in by_length) + r")(?!\w)",
                       re.IGNORECASE)
    capital_names = (
        re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in capital) + r")(?!\w)") if capital else None
    )
    cues: dict[str, list[str]] = {}
    for kind, pattern in read_table(DESTINATIONS_DIR / "cues.tsv"):
        cues.setdefault(kind, []).append(pattern)
    joined = {kind: "|".join(f"(?:{p})" for p in patterns) for kind, patterns in cues.items()}
    return DestinationLexicon(
        names=names,
        capital_names=capital_names,
        country_of=country_of,
        toward=re.compile(rf"(?<!\w)(?:{joined['toward']})\s+(?:[\w-]+,?\s+){{0,3}}$", re.IGNORECASE),
        blocked=re.compile(rf"(?<!\w)(?:{joined['blocked']})\s+(?:\(?[A-Z]+\)?\s+)?(?:asal\s+|negara\s+)?$",
                           re.IGNORECASE),
        victim_context=compile_pattern(joined["victim_context"]),
        legal_context=compile_pattern(joined["legal_context"]),
    )


def find_destinations(doc: Doc, lexicon: DestinationLexicon | None = None) -> list[dict]:
    """``[{name, evidence}]``: each destination country once, with its first supporting sentence."""
    lexicon = lexicon or default_lexicon()
    sentences = sentences_of(doc)
    text = sentences.text
    matches = list(lexicon.names.finditer(text))
    if lexicon.capital_names is not None:
        matches += list(lexicon.capital_names.finditer(text))
    found: dict[str, dict] = {}
    accepted_end = -1
    for match in sorted(matches, key=lambda m: m.start()):
        country = lexicon.country(re.sub(r"\s+", " ", match.group(0)))
        if country is None:
            continue
        sent_start, sent_end = sentences.span_at(match.start())
        before = text[max(sent_start, match.start() - 60) : match.start()]
        in_list = accepted_end >= sent_start and _LIST_GAP.fullmatch(text, accepted_end, match.start()) is not None
        if not in_list:
            if lexicon.blocked.search(before) or lexicon.legal_context.search(text, sent_start, sent_end):
                continue
            if not (lexicon.toward.search(before) or lexicon.victim_context.search(text, sent_start, sent_end)):
                continue
        accepted_end = match.end()
        if country not in found:
            found[country] = {"name": country, "evidence": {"start": sent_start, "end": sent_end}}
    return list(found.values())


class DestinationsComponent:
    """Pipeline component: sets ``doc._.destinations``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.destinations = find_destinations(doc)
        return doc


@Language.factory("pantau_destinations")
def make_destinations_component(nlp: Language, name: str) -> DestinationsComponent:
    """Factory for ``nlp.add_pipe("pantau_destinations")``."""
    return DestinationsComponent()
