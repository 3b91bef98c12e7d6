"""Location roles: why each place is in the record. Sets a ``role`` on every entry of ``doc._.locations``.

Roles: ``event`` (where the raid, rescue, arrest or interception happened), ``victims_origin``, ``transit``,
``destination``, ``agency_region`` (the region of the acting agency: "Polda Jambi") and ``mention``. Every
mention of a place in the text is read with the cue words before it, in its own sentence
(``nlp/data/location_roles/cues.tsv``: "diamankan di", "digerebek", "di Pelabuhan", "asal", "warga", "berasal
dari", "transit", "tujuan", police units ...): the nearest cue within its word limit gives the mention's role, and a
place mentioned several times takes its strongest role (``role_priority.txt``) and keeps every role it was
named in (``roles``, strongest first). A cue may also ask for a locative tail: an event verb anywhere before
"di Kecamatan Karangampel, Kabupaten Indramayu" makes the place an event place. A place never written out (a
province implied by its regency) is a ``mention``.

``assign_roles(text, locations)`` is the same rule as a function, for records extracted before roles existed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import nlp.extensions  # noqa: F401  (registers doc._ fields)
from nlp.language import DATA_DIR, read_lines, read_table, text_of

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


@cache
def role_cues() -> tuple[RoleCue, ...]:
    """The cue table, compiled."""
    cues = []
    for row in read_table(ROLES_DIR / "cues.tsv"):
        role, gap, pattern = row[0], int(row[1]), row[2]
        tail = re.compile(rf"(?:{row[3]})$", re.IGNORECASE) if len(row) > 3 and row[3] else None
        cues.append(RoleCue(role, gap, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), tail))
    return tuple(cues)


@cache
def role_priority() -> dict[str, int]:
    """Role -> rank, strongest (0) first."""
    return {role: rank for rank, role in enumerate(read_lines(ROLES_DIR / "role_priority.txt"))}


@cache
def _alias_surfaces() -> dict[str, tuple[str, ...]]:
    """Kemendagri code -> the aliases news writes for it ("Kukar", "Kaltim")."""
    from nlp.regions import aliases

    by_code: dict[str, list[str]] = {}
    for alias, code in aliases().items():
        by_code.setdefault(code, []).append(alias)
    return {code: tuple(names) for code, names in by_code.items()}


def surfaces(location: dict[str, Any]) -> list[str]:
    """The ways a place is written: its official name, its bare name, its aliases; longest first."""
    from nlp.regions import get_region, strip_prefix

    name = str(location.get("name") or "")
    found = {name, strip_prefix(name)[0]}
    code = location.get("code")
    region = get_region(str(code)) if code else None
    if region is not None:
        found.add(region.bare_name)
        found.update(_alias_surfaces().get(region.code, ()))
    return sorted((s for s in found if len(s) >= 3), key=len, reverse=True)


def _mentions(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of the names in ``text``, longest name first."""
    spans: list[tuple[int, int]] = []
    for name in names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
            if not any(s < match.end() and match.start() < e for s, e in spans):
                spans.append(match.span())
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


def mention_role(text: str, start: int) -> str:
    """The role the nearest cue before ``start`` (within its word limit, in the same sentence) gives."""
    context = _sentence_before(text, start)
    best: tuple[int, str] | None = None  # (distance in characters, role)
    for cue in role_cues():
        for match in cue.pattern.finditer(context):
            between = context[match.end() :]
            if len(_WORD.findall(between)) > cue.max_gap or (cue.tail and not cue.tail.search(between)):
                continue
            distance = len(context) - match.end()
            if best is None or distance < best[0]:
                best = (distance, cue.role)
    return best[1] if best else DEFAULT_ROLE


def location_roles(text: str, location: dict[str, Any], taken: list[tuple[int, int]],
                   local_spans: set[tuple[int, int]] = frozenset()) -> list[str]:
    """The roles of a place's mentions, strongest first (mentions inside a longer place's mention, or a
    regency's or city's of the same name, are not its own); [DEFAULT_ROLE] when it has none."""
    rank = role_priority()
    roles = {
        mention_role(text, start)
        for start, end in _mentions(text, surfaces(location))
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in taken)
        and _owned(text, location, (start, end), local_spans)
    }
    return sorted(roles, key=lambda role: rank.get(role, len(rank))) or [DEFAULT_ROLE]


def assign_roles(text: str, locations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of ``locations``, each with its ``role`` (the strongest) and ``roles`` read from ``text``."""
    text = text or ""
    taken = [span for location in locations for span in _mentions(text, surfaces(location))]
    local_spans = {span for location in locations if location.get("level") in ("regency", "city")
                   for span in _mentions(text, surfaces(location))}
    out = []
    for location in locations:
        roles = location_roles(text, location, taken, local_spans)
        out.append({**location, "role": roles[0], "roles": roles})
    return out


class LocationRolesComponent:
    """Pipeline component: adds ``role`` to every ``doc._.locations`` entry."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.locations = assign_roles(text_of(doc), list(doc._.locations or []))
        return doc


@Language.factory("pantau_location_roles")
def make_location_roles_component(nlp: Language, name: str) -> LocationRolesComponent:
    """Factory for ``nlp.add_pipe("pantau_location_roles")``."""
    return LocationRolesComponent()
