"""Destinations: foreign countries that victims were sent to or through. Sets ``doc._.destinations``.

Country, state and city names (Indonesian spellings, "Dubai", "Tawau", "Phnom Penh") map to English country
names through ``countries.tsv``. A mention counts when a movement word comes just before it ("ke Malaysia",
"melalui Bangkok", "perairan Papua Nugini", "dipulangkan dari Kamboja") or when its sentence speaks of victims or
migrant work; it never counts after a nationality, flag, foreign embassy, minister or geography word ("WN Myanmar",
"berbendera China", "Kedutaan Besar India", "berbatasan dengan Malaysia"), nor does a list member or an abbreviation
right after such a name or after an origin ("orang dari berbagai negara, termasuk dari Indonesia, Filipina"), nor a
name in a sentence about legal placement, a placement ban or trade, except as the nationality of the spouses a
bride-trafficking victim is married to ("dinikahkan dengan warga negara China"). A country named only in sentences
about other cases ("pola serupa", the places component's ``aside_cues.txt``), in a warning or appeal ("jangan
percaya lowongan kerja ke Kamboja"), in a period's tally, a region's labour migration ("kantong PMI ... dengan tujuan
utama Hong Kong"), a network's other activities ("jaringan itu pernah pula mengirim orang ke ..."), a trend ("marak") or
other people still out there ("masih banyak warga ...") counts only when no other does, and so does one in a
supposition ("Jika nanti ada tawaran ke Qatar, ...") or in a sentence that goes on with such a one ("Sepanjang 2025
... 900 kasus. Mayoritas di Laos"; a period is a tally only with a figure of people or cases); a sentence that
goes on with one about legal placement ("... secara resmi. Negara penempatan utama ialah Jepang") is legal placement
too. A country only promised ("dijanjikan kerja di Dubai, nyatanya dibawa ke Irak") is none, nearness is geography
("dekat dengan Singapura"), and where money went ("rekening di Singapura") is no destination. Cue words live in
``cues.tsv``.

The thousands of other foreign cities and states in ``places.tsv`` (generated from GeoNames and ISO 3166-2 by
``scripts/build_destination_places.py``) count only right after a movement word ("ke Poipet", "melalui Mae Sot"), or
after Indonesian places a movement word lists ("melalui Surabaya dan Istanbul"), or right after "di" in a sentence
that speaks of victims ("korban bekerja sebagai pembantu di Erbil"), but not after a mission's seat ("KBRI
di") nor before an Indonesian region they lie in ("Nagoya, Batam"): their names are too many to trust anywhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import nlp.extensions  # noqa: F401  (registers doc._ fields)
from nlp.components.places import in_credit_line
from nlp.language import (
    DATA_DIR,
    LexiconPattern,
    Sentences,
    compile_pattern,
    data_path,
    in_spans,
    link_line_spans,
    read_lines,
    read_table,
    sentences_of,
)
from nlp.regions import PLACES_DATA_DIR, find_districts, find_regions

DESTINATIONS_DIR = DATA_DIR / "destinations"
_ABBREVIATION_GAP = re.compile(r"\s*\(")
_LIST_JOIN = re.compile(r"\s*(?:,|;|/|-)?\s*"
                        r"(?:(?:termasuk|seperti|antara lain|yakni|yaitu|di antaranya)\s+(?:dari\s+)?)?"
                        r"(?:(?:dan|serta|atau|maupun)\s+)?", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,|;|/)?\s*(?:(?:dan|serta|atau|hingga|maupun)\s+)?(?:ke\s+)?", re.IGNORECASE)
_HOME = "home"  # Indonesia itself or "berbagai negara", never a destination
# the kinds of cues.tsv that tell a sentence about other cases or people
_ASIDE_KINDS = ("warning", "migration", "other_cases", "trend", "others_still")


@dataclass(frozen=True)
class DestinationLexicon:
    """Compiled country names and context cues."""

    names: LexiconPattern  # the lower-case names, matched in any case
    capital_names: re.Pattern[str] | None
    country_of: dict[str, str]
    toward: re.Pattern[str]
    blocked: re.Pattern[str]
    victim_context: re.Pattern[str]
    legal_context: re.Pattern[str]
    not_legal: re.Pattern[str]  # a negation or concession before a legal cue ("tanpa melalui jalur resmi")
    spouse: re.Pattern[str]
    acting_abroad: re.Pattern[str]  # "dideportasi Pemerintah Malaysia": a foreign authority acting on people there
    places: dict[str, str]  # generated cities and states, as written -> country
    place_first_words: frozenset[str]  # the first word of each of them: a capitalised run starting otherwise is none
    right_after_move: re.Pattern[str]
    located: re.Pattern[str]  # "di" (at) right before a name, with the seat of a mission when there is one
    home: LexiconPattern  # Indonesia, "berbagai negara": after "dari" or a nationality word, a list it heads is one
    # of origins
    origin: re.Pattern[str]
    aside: re.Pattern[str]  # a sentence about other cases (the places component's aside_cues.txt), a warning, a
    # region's labour migration, a network's other activities, a trend or other people still out there
    period: re.Pattern[str]  # "Sepanjang 2025", "Berdasarkan data": with a ``tally`` ("187 WNI"), a period's totals
    tally: re.Pattern[str]  # a figure of people or cases ("271 WNI", "puluhan warga", "19 perkara")
    hypothetical: re.Pattern[str]  # a condition opening a sentence ("Jika nanti ada tawaran ke Qatar, ..."): like aside
    continuation: re.Pattern[str]  # a sentence opening by referring back ("Mayoritas ...", "Sebagian besar ...")
    ranking: re.Pattern[str]  # a sentence naming the top destinations of a figure ("Negara tujuan utama ...")
    promise: re.Pattern[str]  # "dijanjikan", "katanya": the country after it may be only the one promised
    contrast: re.Pattern[str]  # "ternyata", "justru": what follows tells where the victims really went
    case_told: re.Pattern[str]  # a sentence telling of victims or a case: in a prevention article, needed

    def country(self, surface: str) -> str | None:
        return self.country_of.get(surface) or self.country_of.get(surface.lower())

    def places_in(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, country) of each generated place name in ``text`` (the longest name at a capital)."""
        found = []
        for run in _CAPITALISED_RUN.finditer(text):
            first_word = _WORD.match(run.group(0))
            if first_word.group(0) not in self.place_first_words:
                continue
            words = list(_WORD.finditer(run.group(0)))
            for count in range(len(words), 0, -1):
                name = run.group(0)[: words[count - 1].end()]
                if name in self.places:
                    found.append((run.start(), run.start() + len(name), self.places[name]))
                    break
        return found


_CAPITALISED_RUN = re.compile(r"(?<![\w-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}")
_WORD = re.compile(r"\S+")


@cache
def default_lexicon() -> DestinationLexicon:
    """The lexicon from ``nlp/data/destinations/`` (loaded once per process)."""
    return load_lexicon(DESTINATIONS_DIR.resolve())


@cache
def load_lexicon(data_dir: Path) -> DestinationLexicon:
    """The lexicon from a directory with ``countries.tsv``, ``places.tsv`` and ``cues.tsv``."""
    country_of: dict[str, str] = {}
    lower, capital = [], []
    for name, country in read_table(data_dir / "countries.tsv"):
        (lower if name == name.lower() else capital).append(name)
        country_of[name] = country
    by_length = sorted(lower, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in by_length)
    # tried only where a name's first letters occur (the index of the text every component shares)
    names = LexiconPattern(re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE))
    capital_names = (
        re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in capital) + r")(?!\w)") if capital else None
    )
    places = dict(read_table(data_dir / "places.tsv"))
    cues: dict[str, list[str]] = {}
    for kind, pattern in read_table(data_dir / "cues.tsv"):
        cues.setdefault(kind, []).append(pattern)
    joined = {kind: "|".join(f"(?:{p})" for p in patterns) for kind, patterns in cues.items()}
    return DestinationLexicon(
        names=names,
        capital_names=capital_names,
        country_of=country_of,
        toward=re.compile(rf"(?<!\w)(?:{joined['toward']})\s+(?:[\w-]+,?\s+){{0,3}}$", re.IGNORECASE),
        # "(?-i:...)": an acronym is upper case even though the cue words are not ("WNA (RRT) ...", not "warga ke")
        blocked=re.compile(rf"(?<!\w)(?:{joined['blocked']}|{joined['foreign_mission']})\s+(?-i:\(?[A-Z]+\)?\s+)?(?:asal\s+|negara\s+)?"
                           r"(?:republik\s+(?:rakyat\s+|demokratik\s+|sosialis\s+)?|kerajaan\s+)?$",
                           re.IGNORECASE),
        victim_context=compile_pattern(rf"(?:{joined['victim_context']})(?:nya)?"),  # "majikannya", "pemulangannya"
        legal_context=compile_pattern(joined["legal_context"]),
        not_legal=re.compile(rf"(?<!\w)(?:{joined['not_legal']})(?:\s+[\w-]+){{0,5}}\s+$", re.IGNORECASE),
        # "dinikahkan dengan warga negara China", "pernikahan tiga gadis asal Singkawang dengan pria asal Taiwan"
        spouse=re.compile(rf"(?<!\w)(?:{joined['spouse']})\s+(?:(?:[\w-]+\s+){{0,4}}|[^.]{{0,60}}?\bdengan\s+"
                          rf"(?:[\w-]+\s+){{0,3}})$", re.IGNORECASE),
        acting_abroad=re.compile(rf"(?<!\w)(?:{joined['acting_abroad']})\s+$", re.IGNORECASE),
        places=places,
        place_first_words=frozenset(name.split(" ", 1)[0] for name in places),
        right_after_move=re.compile(rf"(?<!\w)(?:{joined['toward']})\s+$", re.IGNORECASE),
        # "di Erbil", "di kota Taichung"; "KBRI di Phnom Penh", "(KDEI) di Taipei" name the seat of a mission
        located=re.compile(rf"(?<!\w)(?:(?P<seat>{joined['foreign_mission']}|{joined['mission']})\)?(?:\s+(?:ri|indonesia))?\s+)?di\s+"
                           rf"(?:(?:{joined['place_word']})\s+)?$", re.IGNORECASE),
        home=compile_pattern(joined["home"]),
        origin=re.compile(rf"(?<!\w)(?:{joined['origin']})\s+$", re.IGNORECASE),
        aside=compile_pattern("|".join([f"(?:{cue})" for cue in read_lines(PLACES_DATA_DIR / "aside_cues.txt")]
                                       + [joined[kind] for kind in _ASIDE_KINDS])),
        period=compile_pattern(joined["period"]),
        tally=compile_pattern(joined["tally"]),
        hypothetical=re.compile(joined["hypothetical"], re.IGNORECASE),
        continuation=re.compile(joined["continuation"], re.IGNORECASE),
        ranking=re.compile(joined["ranking"], re.IGNORECASE),
        promise=re.compile(rf"(?<!\w)(?:{joined['promise']})(?!\w)", re.IGNORECASE),
        contrast=re.compile(rf"(?<!\w)(?:{joined['contrast']})(?!\w)", re.IGNORECASE),
        case_told=compile_pattern(joined["case_told"]),
    )


def find_destinations(doc: Doc, lexicon: DestinationLexicon | None = None) -> list[dict]:
    """``[{name, evidence}]``: each destination country once, with its first supporting sentence."""
    lexicon = lexicon or default_lexicon()
    sentences = sentences_of(doc)
    text = sentences.text
    mentions = [(m.start(), m.end(), lexicon.country(re.sub(r"\s+", " ", m.group(0))), True)
                for m in lexicon.names.finditer(text)]
    if lexicon.capital_names is not None:
        mentions += [(m.start(), m.end(), lexicon.country(m.group(0)), True)
                     for m in lexicon.capital_names.finditer(text)]
    taken = {start for start, *_ in mentions}
    generated = [place for place in lexicon.places_in(text) if place[0] not in taken]
    # "kawasan Nagoya, Kecamatan Lubuk Baja, Batam": the Indonesian place of that name, wherever the article names it
    indonesian = {text[start:end] for start, end, _ in generated if _in_indonesian_region(text, end)}
    mentions += [(start, end, country, False) for start, end, country in generated
                 if text[start:end] not in indonesian]
    mentions += [(m.start(), m.end(), _HOME, True) for m in lexicon.home.finditer(text)]
    prevention = doc._.event_type == "prevention"  # no case of its own: a country needs a case told beside it
    found: dict[str, dict] = {}
    aside: dict[str, dict] = {}  # countries so far named only in sentences about other cases
    accepted_end = -1
    previous: tuple[int, bool, bool] = (-1, False, False)  # end of the last mention, whether it counted, was blocked
    links = link_line_spans(text)  # "Baca juga: Harga Tiket Feri Batam-Singapura Naik"
    mentions.sort(key=lambda m: m[0])
    for start, end, country, listed in mentions:
        if country is None or in_spans(start, links) or in_credit_line(text, start):
            continue
        sent_start, sent_end = sentences.span_at(start)
        before = text[max(sent_start, start - 60) : start]
        blocked = _blocked(lexicon, before)
        if country is _HOME:
            # "orang dari berbagai negara, termasuk dari Indonesia, Filipina dan Vietnam": the list names origins;
            # "dipulangkan dari berbagai negara seperti Kamboja" names where victims were
            origin = blocked or lexicon.origin.search(before) is not None
            previous = (end, False, origin and lexicon.right_after_move.search(before) is None)
            continue
        if previous[0] >= sent_start and (_ABBREVIATION_GAP.fullmatch(text, previous[0], start) or (
                previous[2] and _LIST_JOIN.fullmatch(text, previous[0], start))):
            # "Tiongkok (RRT)"; "berbatasan dengan Malaysia dan Singapura": as the name before
            counts, blocked = previous[1], previous[2]
        else:
            counts = not blocked and _counts(lexicon, sentences, before, (start, end), accepted_end, listed)
        previous = (end, counts, blocked)
        if not counts or _promised_elsewhere(lexicon, sentences, (start, end), country, mentions, links):
            continue
        if prevention and not lexicon.case_told.search(text, sent_start, sent_end):
            continue
        accepted_end = end
        if country not in found:
            (aside if _about_other_cases(lexicon, sentences, sent_start) else found).setdefault(
                country, {"name": country, "evidence": {"start": sent_start, "end": sent_end}})
    # a country named only beside other cases ("pola serupa") is not this case's, unless the article has no other
    return list(found.values()) if found else list(aside.values())


def _promised_elsewhere(lexicon: DestinationLexicon, sentences: Sentences, mention: tuple[int, int], country: str,
                        mentions: list[tuple[int, int, str | None, bool]], links: list[tuple[int, int]]) -> bool:
    """Whether a country is only the one promised: a promise word comes before it in its sentence ("dijanjikan kerja
    di Dubai") and, after it in the same or the next sentence, a contrast word comes before another country
    ("nyatanya dibawa ke Irak", "Namun, ia justru diterbangkan ke Riyadh"): a country of the reference list,
    outside another article's headline."""
    text, (start, end) = sentences.text, mention
    index = sentences.index_at(start)
    sent_start, sent_end = sentences.span_at(start)
    promises = list(lexicon.promise.finditer(text, sent_start, start))
    if not promises or lexicon.contrast.search(text, promises[-1].end(), start):
        return False
    window_end = sentences.spans[index + 1][1] if index + 1 < len(sentences.spans) else sent_end
    contrast = lexicon.contrast.search(text, end, window_end)
    return contrast is not None and any(
        contrast.end() <= other_start < window_end and listed and other not in (None, _HOME, country)
        and not in_spans(other_start, links) for other_start, _, other, listed in mentions)


def _counts(lexicon: DestinationLexicon, sentences: Sentences, before: str, mention: tuple[int, int],
            accepted_end: int, listed: bool) -> bool:
    """Whether a country mention that is not blocked is a destination (``listed``: from countries.tsv, else a
    generated place)."""
    text, (start, end) = sentences.text, mention
    sent_start, sent_end = sentence = sentences.span_at(start)
    if accepted_end >= sent_start and _LIST_GAP.fullmatch(text, accepted_end, start) is not None:
        return True  # "ke Bahrain, Arab Saudi, dan Qatar"
    if lexicon.spouse.search(before):
        return True  # "dinikahkan dengan warga negara China"
    if _about_legal_placement(lexicon, sentences, sent_start):
        return False
    if not listed:
        return (lexicon.right_after_move.search(before) is not None or _after_move_through_home(lexicon, before)
                or _located_in_victims_sentence(lexicon, text, before, text[start:end], sentence))
    return bool(lexicon.toward.search(before) or lexicon.victim_context.search(text, sent_start, sent_end))


_PLACE_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_HOME_PLACES_TAIL = re.compile(rf"(?:{_PLACE_NAME}(?:\s*,)?\s+(?:(?:dan|serta|lalu|kemudian)\s+)?)+$")


def _after_move_through_home(lexicon: DestinationLexicon, before: str) -> bool:
    """Whether a generated place ends a list of Indonesian places that a movement word opens ("diberangkatkan
    lewat Surabaya dan Istanbul", "terbang ke Medan, lalu Poipet"): the route leaves the country there."""
    tail = _HOME_PLACES_TAIL.search(before)
    if tail is None or lexicon.right_after_move.search(before[: tail.start()]) is None:
        return False
    return all(find_regions(name) for name in re.findall(_PLACE_NAME, tail.group(0)))


def _about_legal_placement(lexicon: DestinationLexicon, sentences: Sentences, sent_start: int) -> bool:
    """Whether the sentence speaks of legal placement or trade, or continues one that does ("... berangkat secara
    resmi. Negara penempatan utama ialah Jepang")."""
    if _legal_sentence(lexicon, sentences.text, *sentences.span_at(sent_start)):
        return True
    previous = _previous_sentence(sentences, sent_start, (lexicon.continuation, lexicon.ranking))
    return previous is not None and _legal_sentence(lexicon, sentences.text, *previous)


def _about_other_cases(lexicon: DestinationLexicon, sentences: Sentences, sent_start: int) -> bool:
    """Whether the sentence is about other cases, a period's totals, a warning or a supposition ("Jika nanti ada
    tawaran ke ..."), or opens by referring back to a sentence about them ("... 900 kasus. Mayoritas di Laos").
    A sentence that names the top destinations of the figure before ("Negara tujuan terbanyak adalah ...") says where
    people went in its own words, and stays this article's: such a ranking continues only legal placement."""
    text = sentences.text
    sent_end = sentences.span_at(sent_start)[1]
    if _aside_sentence(lexicon, text, sent_start, sent_end) or lexicon.hypothetical.match(text, sent_start, sent_end):
        return True
    previous = _previous_sentence(sentences, sent_start, (lexicon.continuation,))
    return previous is not None and _aside_sentence(lexicon, text, *previous)


def _aside_sentence(lexicon: DestinationLexicon, text: str, sent_start: int, sent_end: int) -> bool:
    """Whether the sentence speaks of other cases or people, or tallies a period ("Sepanjang 2025 ... 187 WNI"): a
    period without a figure of people or cases tells when this article's events happened ("para korban berangkat
    pada periode Maret hingga Juni")."""
    return lexicon.aside.search(text, sent_start, sent_end) is not None or (
        lexicon.period.search(text, sent_start, sent_end) is not None
        and lexicon.tally.search(text, sent_start, sent_end) is not None)


def _previous_sentence(sentences: Sentences, sent_start: int,
                       openings: tuple[re.Pattern[str], ...]) -> tuple[int, int] | None:
    """The sentence before, when this one opens by referring back to it (one of ``openings``), else None."""
    index = sentences.index_at(sent_start)
    sent_end = sentences.spans[index][1] if sentences.spans else len(sentences.text)
    if index == 0 or not sentences.spans or not any(
            opening.match(sentences.text, sent_start, sent_end) for opening in openings):
        return None
    return sentences.spans[index - 1]


def _located_in_victims_sentence(lexicon: DestinationLexicon, text: str, before: str, name: str,
                                 sentence: tuple[int, int]) -> bool:
    """Whether a generated place comes right after "di" (not a mission's "KBRI di") in a sentence about victims
    ("korban bekerja sebagai pembantu di Erbil"), and is no Indonesian district's name too ("di Kota
    Baru", "di Pandan"): after "di", unlike after a movement word, nothing says the place is abroad."""
    located = lexicon.located.search(before)
    return (located is not None and located.group("seat") is None and not find_districts(name)
            and lexicon.victim_context.search(text, *sentence) is not None)


_SUBDISTRICT_WORDS = frozenset({"Kecamatan", "Kelurahan", "Desa", "Distrik"})  # "Nagoya, Kecamatan Lubuk Baja"
_APPOSED_NAME = re.compile(r",\s+([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})")


def _in_indonesian_region(text: str, end: int) -> bool:
    """Whether a generated place name is followed by an Indonesian region or district it lies in ("Nagoya, Batam",
    "Nagoya, Kecamatan Lubuk Baja"): then it is the Indonesian place of that name."""
    apposed = _APPOSED_NAME.match(text, end)
    if apposed is None:
        return False
    words = apposed.group(1).split(" ")
    return words[0] in _SUBDISTRICT_WORDS or any(
        find_regions(" ".join(words[:count])) for count in range(len(words), 0, -1))


def _legal_sentence(lexicon: DestinationLexicon, text: str, sent_start: int, sent_end: int) -> bool:
    """Whether the sentence speaks of legal placement or trade, not negated nor conceded ("lewat jalur resmi", but not
    "tanpa melalui jalur resmi" nor "meski masih moratorium", the irregular departures of trafficking cases)."""
    return any(lexicon.not_legal.search(text, max(sent_start, match.start() - 40), match.start()) is None
               for match in lexicon.legal_context.finditer(text, sent_start, sent_end))


def _blocked(lexicon: DestinationLexicon, before: str) -> bool:
    """A nationality, flag, foreign embassy or neighbour ("WN Myanmar", "Kedutaan Besar India"), except the
    nationality of the spouses a bride-trafficking victim is married to ("dinikahkan dengan warga negara China") and a
    foreign authority that deported, arrested or rescued people ("dideportasi Pemerintah Malaysia")."""
    return (lexicon.blocked.search(before) is not None and lexicon.spouse.search(before) is None
            and lexicon.acting_abroad.search(before) is None)


class DestinationsComponent:
    """Pipeline component: sets ``doc._.destinations``."""

    def __init__(self, lexicon: DestinationLexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.destinations = find_destinations(doc, self.lexicon)
        return doc


@Language.factory(
    "pantau_destinations",
    default_config={"data_dir": "data/destinations"},
    assigns=["doc._.destinations"],
    requires=["token.is_sent_start", "doc._.event_type"],
)
def make_destinations_component(nlp: Language, name: str, data_dir: str) -> DestinationsComponent:
    """Factory for ``nlp.add_pipe("pantau_destinations")``; ``data_dir`` is relative to the ``nlp`` package."""
    return DestinationsComponent(load_lexicon(data_path(data_dir)))
