"""Location roles: why each place is in the record. Sets a ``role`` on every entry of ``doc._.locations``.

Roles: ``event`` (where the raid, rescue, arrest or interception happened), ``victims_origin``, ``transit``,
``destination``, ``agency_region`` (the region of the acting agency: "Polda Jambi") and ``mention``. Every
mention of a place in the text is read with the cue words before it, in its own sentence
(``nlp/data/location_roles/cues.tsv``: "diamankan di", "digerebek", "di Pelabuhan", "asal", "warga", "berasal
dari", "transit", "tujuan", police units ...): the nearest cue within its word limit gives the mention's role, and a
place mentioned several times takes its strongest role (``role_priority.txt``) and keeps every role it was
named in (``roles``, strongest first). A cue may also ask for a locative tail: an event verb anywhere before
"di Kecamatan Karangampel, Kabupaten Indramayu" makes the place an event place. A place never written out (a
province implied by its regency) is a ``mention``. The component then drops a place only passed through in a
province where nothing else of the case lies (``without_waypoints``: mostly a capital or a port on the way).

``assign_roles(text, locations)`` is the same rule as a function, for records extracted before roles existed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import nlp.extensions  # noqa: F401  (registers doc._ fields)
from nlp.components.places import GATEWAY_KIND, compared_or_road_end, landmark_full_names
from nlp.language import DATA_DIR, lowered_for_matching, lowered_text_of, read_lines, read_table, text_of

ROLES_DIR = DATA_DIR / "location_roles"
DEFAULT_ROLE = "mention"
_SENTENCE_END = re.compile(r"[.!?\n]\s|\n")
_WORD = re.compile(r"[\w-]+")
_CONTEXT_CHARS = 160


@dataclass(frozen=True)
class RoleCue:
    role: str
    max_gap: int  # words allowed between the cue and the place name
    pattern: re.Pattern[str]
    tail: re.Pattern[str] | None = None  # what the words between must end with, when given
    # the pattern, case-sensitive, for the lower-cased text (faster); None where the cue holds capitals or non-ASCII
    lower_pattern: re.Pattern[str] | None = None


@cache
def role_cues() -> tuple[RoleCue, ...]:
    """The cue table, compiled."""
    cues = []
    for row in read_table(ROLES_DIR / "cues.tsv"):
        role, gap, pattern = row[0], int(row[1]), row[2]
        tail = re.compile(rf"(?:{row[3]})$", re.IGNORECASE) if len(row) > 3 and row[3] else None
        bounded = rf"(?<!\w)(?:{pattern})(?!\w)"
        lower = re.compile(bounded) if pattern.isascii() and not re.search(r"(?<!\\)[A-Z]", pattern) else None
        cues.append(RoleCue(role, gap, re.compile(bounded, re.IGNORECASE), tail, lower))
    return tuple(cues)


@cache
def role_priority() -> dict[str, int]:
    """Role -> rank, strongest (0) first."""
    return {role: rank for rank, role in enumerate(read_lines(ROLES_DIR / "role_priority.txt"))}


@cache
def _short_forms() -> dict[str, tuple[str, ...]]:
    """An airport's or port's full name -> the short forms news writes for it (see ``landmark_full_names``)."""
    by_name: dict[str, list[str]] = {}
    for short, full in landmark_full_names().items():
        by_name.setdefault(full, []).append(short)
    return {name: tuple(shorts) for name, shorts in by_name.items()}


@cache
def _alias_surfaces() -> dict[str, tuple[str, ...]]:
    """Kemendagri code -> the aliases news writes for it ("Kukar", "Kaltim")."""
    from nlp.regions import aliases

    by_code: dict[str, list[str]] = {}
    for alias, code in aliases().items():
        by_code.setdefault(code, []).append(alias)
    return {code: tuple(names) for code, names in by_code.items()}


def surfaces(location: dict[str, Any]) -> list[str]:
    """The ways a place is written: its official name, its bare name (an airport's or port's without its kind word)
    as news spells it, its aliases; longest first."""
    from nlp.regions import get_region, spelling_variants, strip_prefix

    name = str(location.get("name") or "")
    found = {name, *spelling_variants(strip_prefix(name)[0])}  # "Pangkal Balam", also "Pangkalbalam"
    if location.get("level") == "place":  # "Ngurah Rai" of "Imigrasi Ngurah Rai": the airport's own name
        found.add(GATEWAY_KIND.sub("", name))
        for short in _short_forms().get(name, ()):  # "Bandara SMB II" of "Bandara Sultan Mahmud Badaruddin II"
            found.update((short, GATEWAY_KIND.sub("", short)))
    code = location.get("code")
    region = get_region(str(code)) if code else None
    if region is not None:
        found.update(spelling_variants(region.bare_name))
        found.update(_alias_surfaces().get(region.code, ()))
    return sorted((s for s in found if len(s) >= 3), key=len, reverse=True)


@cache
def _name_pattern(name: str) -> re.Pattern[str]:
    """A place name as a whole-word, case-insensitive pattern (compiled once: ``re``'s own cache is too small for
    every place name)."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)


def _is_word_char(char: str) -> bool:
    """Whether ``re``'s ``\\w`` matches the character."""
    return char.isalnum() or char == "_"


def _name_spans(text: str, name: str, lowered: str | None) -> Iterator[tuple[int, int]]:
    """(start, end) of the whole-word, case-insensitive occurrences of ``name``, as ``_name_pattern(name)`` finds
    them; with ``lowered`` (``lowered_for_matching(text)``) found by plain string search, which is faster."""
    lowered_name = lowered_for_matching(name) if lowered is not None and name.isascii() else None
    if not lowered_name:
        yield from (match.span() for match in _name_pattern(name).finditer(text))
        return
    start = lowered.find(lowered_name)
    while start >= 0:
        end = start + len(lowered_name)
        if (start == 0 or not _is_word_char(text[start - 1])) and (end == len(text) or not _is_word_char(text[end])):
            yield start, end
            start = lowered.find(lowered_name, end)
        else:
            start = lowered.find(lowered_name, start + 1)


def _mentions(text: str, names: list[str], lowered: str | None = None) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of the names in ``text``, longest name first."""
    spans: list[tuple[int, int]] = []
    for name in names:
        for span in _name_spans(text, name, lowered):
            if not any(s < span[1] and span[0] < e for s, e in spans):
                spans.append(span)
    return sorted(spans)


@cache
def _province_triggers() -> re.Pattern[str]:
    """Words before a name that make it the province ("Polda Jambi", "Provinsi Jambi"): the places data's
    triggers of level province (``nlp/data/places/triggers.tsv``)."""
    from nlp.regions import PLACES_DATA_DIR

    words = [row[0] for row in read_table(PLACES_DATA_DIR / "triggers.tsv") if len(row) > 1 and row[1] == "province"]
    alternation = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})\s*$", re.IGNORECASE)


def _owned(text: str, location: dict[str, Any], span: tuple[int, int], local_spans: set[tuple[int, int]]) -> bool:
    """Whether a mention is the place's own: a province's name written exactly where a regency or city of the same
    name is found ("Jambi" in "Polresta Jambi") belongs to the province only after a province trigger."""
    if location.get("level") != "province" or span not in local_spans:
        return True
    return _province_triggers().search(text[max(0, span[0] - 40) : span[0]]) is not None


def _sentence_before(text: str, start: int) -> str:
    """The text of the mention's sentence before it (at most _CONTEXT_CHARS characters)."""
    window = text[max(0, start - _CONTEXT_CHARS) : start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def mention_role(text: str, start: int, lowered: str | None = None) -> str:
    """The role the nearest cue before ``start`` (within its word limit, in the same sentence) gives. ``lowered``
    is ``lowered_for_matching(text)`` when known (the cues then run case-sensitively on it, which is faster)."""
    context = _sentence_before(text, start)
    lowered_context = _sentence_before(lowered, start) if lowered is not None else None
    best: tuple[int, str] | None = None  # (distance in characters, role)
    for cue in role_cues():
        if lowered_context is not None and cue.lower_pattern is not None:
            matches = cue.lower_pattern.finditer(lowered_context)
        else:
            matches = cue.pattern.finditer(context)
        for match in matches:
            between = context[match.end() :]
            if len(_WORD.findall(between)) > cue.max_gap or (cue.tail and not cue.tail.search(between)):
                continue
            distance = len(context) - match.end()
            if best is None or distance < best[0]:
                best = (distance, cue.role)
    return best[1] if best else DEFAULT_ROLE


_GATEWAY_WORDS = r"bandara|bandar\s+udara|pelabuhan|plbn|pos\s+lintas\s+batas"
_GATEWAY = re.compile(rf"(?:{_GATEWAY_WORDS})\b", re.IGNORECASE)
_BORDER_POST = re.compile(r"(?:plbn|pos\s+lintas\s+batas)\b", re.IGNORECASE)


@cache
def _words_of(file_name: str) -> re.Pattern[str]:
    """Any of the words of a list in ``nlp/data/location_roles/`` (``gateway_interceptions.txt``: people stopped or
    held back from leaving; ``border_returns.txt``: people brought home or handed over)."""
    words = read_lines(ROLES_DIR / file_name)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The mention's sentence, before and after it (at most _CONTEXT_CHARS characters each way)."""
    after = text[end : end + _CONTEXT_CHARS]
    stop = _SENTENCE_END.search(after)
    return _sentence_before(text, start) + text[start:end] + (after[: stop.start()] if stop else after)


# the town written after a gateway's name ("Pelabuhan Teluk Nibung, Tanjungbalai"): where the gateway is
_GATEWAYS_TOWN_BEFORE = re.compile(rf"(?i:{_GATEWAY_WORDS})(?:\s+[A-Z][\w-]*){{1,4}},\s*(?:Kota\s+|Kabupaten\s+)?$")


def _gateway_event(text: str, start: int, end: int) -> bool:
    """An airport, seaport or border post, or the town written after its name, named in a sentence telling that
    people were stopped from leaving ("Petugas Imigrasi Bandara X menunda keberangkatan enam warga"), or a land
    border post named in a sentence telling that people were brought home through it ("dipulangkan melalui PLBN
    Skouw"): where it happened."""
    if _GATEWAY.match(text, start) is None and \
            _GATEWAYS_TOWN_BEFORE.search(text, max(0, start - 80), start) is None:
        return False
    sentence = _sentence_around(text, start, end)
    if _words_of("gateway_interceptions.txt").search(sentence) is not None:
        return True
    return _BORDER_POST.match(text, start) is not None and _words_of("border_returns.txt").search(sentence) is not None


@cache
def _other_time_opener() -> re.Pattern[str]:
    """The openings of ``other_time_openers.txt``: a sentence telling of an act days before the article's event."""
    words = read_lines(ROLES_DIR / "other_time_openers.txt")
    return re.compile(r"^\W*(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def _event_role(text: str, start: int, end: int, lowered: str | None) -> str:
    """The role of one mention: an event at a gateway where people were stopped, else its nearest cue's; an event
    told in a sentence set days before the article's own ("Tiga hari sebelumnya, ...") is a mention."""
    role = "event" if _gateway_event(text, start, end) else mention_role(text, start, lowered)
    if role == "event" and _other_time_opener().match(_sentence_before(text, start)):
        return DEFAULT_ROLE
    return role


def location_roles(text: str, location: dict[str, Any], taken: list[tuple[int, int]],
                   local_spans: set[tuple[int, int]] = frozenset(),
                   mentions: list[tuple[int, int]] | None = None, lowered: str | None = None) -> list[str]:
    """The roles of a place's mentions, strongest first (mentions inside a longer place's mention, or a
    regency's or city's of the same name, are not its own, nor are a trunk road's ends: "jalan poros Samarinda–
    Tenggarong"); [DEFAULT_ROLE] when it has none. ``mentions`` are the place's mentions and ``lowered`` is
    ``lowered_for_matching(text)``, when already known."""
    rank = role_priority()
    if mentions is None:
        mentions = _mentions(text, surfaces(location))
    roles = {
        _event_role(text, start, end, lowered)
        for start, end in mentions
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in taken)
        and _owned(text, location, (start, end), local_spans) and not compared_or_road_end(text, start)
    }
    return sorted(roles, key=lambda role: rank.get(role, len(rank))) or [DEFAULT_ROLE]


def assign_roles(text: str, locations: list[dict[str, Any]], lowered: str | None = None) -> list[dict[str, Any]]:
    """Copies of ``locations``, each with its ``role`` (the strongest) and ``roles`` read from ``text`` (``lowered``:
    ``lowered_for_matching(text)`` when known)."""
    text = text or ""
    if lowered is None and locations:
        lowered = lowered_for_matching(text)
    mentions = [_mentions(text, surfaces(location), lowered) for location in locations]
    taken = [span for spans in mentions for span in spans]
    local_spans = {span for location, spans in zip(locations, mentions, strict=True)
                   if location.get("level") in ("regency", "city") for span in spans}
    out = []
    for location, spans in zip(locations, mentions, strict=True):
        roles = location_roles(text, location, taken, local_spans, spans, lowered)
        out.append({**location, "role": roles[0], "roles": roles})
    return out


def without_waypoints(locations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Without the places only passed through ("diberangkatkan melalui Jakarta menuju China", "lewat jalur Batam")
    in a province where nothing else of the case lies: a waypoint is no place of the case (the contract lists where
    it happened, where the victims come from and the suspects live, and whose agencies act). Where every place is
    one passed through, they are all the report tells of where it happened, and stay."""
    provinces = {location.get("province") for location in locations if location["role"] != "transit"}
    if not provinces:
        return locations
    return [location for location in locations if location["role"] != "transit"
            or "agency_region" in location["roles"] or location.get("province") in provinces]


class LocationRolesComponent:
    """Pipeline component: adds ``role`` to every ``doc._.locations`` entry and drops the waypoints
    (``without_waypoints``)."""

    def __call__(self, doc: Doc) -> Doc:
        located = assign_roles(text_of(doc), list(doc._.locations or []), lowered_text_of(doc))
        doc._.locations = without_waypoints(located)
        return doc


@Language.factory(
    "pantau_location_roles",
    assigns=["doc._.locations"],
    requires=["doc._.locations"],
)
def make_location_roles_component(nlp: Language, name: str) -> LocationRolesComponent:
    """Factory for ``nlp.add_pipe("pantau_location_roles")``."""
    return LocationRolesComponent()
