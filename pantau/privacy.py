"""Victims' privacy: mask victims' names and initials, and anything naming a minor, before text is shown.

Indonesian reporting names suspects by their initials ("tersangka berinisial AS (35)"); those stay, as public
record. Victims ("korban berinisial DN", "Mawar (nama samaran)") and minors ("siswi berinisial NA", "RS (15)")
are masked. Who a name belongs to is decided by the nearest role word before it in the same sentence (the word
lists live in ``pantau/digest/data/privacy.yaml``); a name with no role word before or after it is masked too:
when in doubt, hide.

    >>> redact_victims("Tersangka AS (35) menjual korban berinisial DN (16) ke Batam.")
    'Tersangka AS (35) menjual korban berinisial [disamarkan] (16) ke Batam.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

PRIVACY_DATA = Path(__file__).parent / "digest" / "data" / "privacy.yaml"

_INITIALS = r"[A-Z]{1,4}(?:\.\s?[A-Z]{1,2}){0,3}\.?"
_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}"
_AGE = r"\(\s*(?P<age>\d{1,2})\s*(?:tahun|thn|th)?\s*\)"
_LOOK_BACK = 140
_LOOK_AHEAD = 60


@dataclass(frozen=True)
class _PrivacyWords:
    mask: str
    max_minor_age: int
    roles: re.Pattern[str]  # one named group per role: victim, minor, suspect
    pseudonym_after: re.Pattern[str]
    pseudonym_before: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@cache
def _words() -> _PrivacyWords:
    data = yaml.safe_load(PRIVACY_DATA.read_text(encoding="utf-8"))
    roles = re.compile(
        rf"(?<!\w)(?:(?P<minor>{_alternation(data['minor_words'])})|(?P<victim>{_alternation(data['victim_words'])})"
        rf"|(?P<suspect>{_alternation(data['suspect_words'])}))(?!\w)",
        re.IGNORECASE,
    )
    quote = r"[\"“”'‘’]?"
    pseudonym_after = re.compile(
        rf"{quote}(?P<name>{_NAME}){quote},?\s*\(\s*(?:{_alternation(data['pseudonym_after'])})\s*\)", re.IGNORECASE
    )
    pseudonym_before = re.compile(
        rf"(?:{_alternation(data['pseudonym_before'])})\s*,?\s*{quote}(?P<name>{_NAME}){quote}", re.IGNORECASE
    )
    return _PrivacyWords(data["mask"], int(data["max_minor_age"]), roles, pseudonym_after, pseudonym_before)


# Person mentions: the group "name" is what gets masked; "age" is optional.
_MENTIONS = (
    re.compile(rf"(?:ber)?inisial\s+(?P<name>{_INITIALS})(?:\s*,?\s*{_AGE})?"),
    re.compile(rf"\bbernama\s+(?P<name>{_NAME})(?:\s*,?\s*{_AGE})?"),
    re.compile(rf"(?<![\w.])(?P<name>[A-Z]{{2,4}}|[A-Z](?:\.[A-Z]){{1,3}}\.?)\s*,?\s*{_AGE}"),
    re.compile(rf"(?<![\w.])(?P<name>{_NAME})\s*,?\s*{_AGE}"),
)


_SENTENCE_END = re.compile(r"[a-z0-9)\"”][.!?]\s+(?=[A-Z\"“])|\n")


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts, looking back at most a short window."""
    window_start = max(0, position - _LOOK_BACK)
    start = window_start
    for match in _SENTENCE_END.finditer(text, window_start, position):
        start = match.end()
    return start


def _role_before(text: str, start: int) -> str | None:
    """The role ("victim", "minor", "suspect") of the nearest role word before ``start`` in its sentence."""
    sentence_start = _sentence_start(text, start)
    last = None
    for match in _words().roles.finditer(text, sentence_start, start):
        last = match
    return last.lastgroup if last else None


def _role_after(text: str, end: int) -> str | None:
    window = text[end : end + _LOOK_AHEAD]
    window = re.split(r"[.!?]\s", window, maxsplit=1)[0]
    match = _words().roles.search(window)
    return match.lastgroup if match else None


def _must_mask(text: str, start: int, end: int, age: str | None) -> bool:
    words = _words()
    if age is not None and int(age) <= words.max_minor_age:
        return True
    role = _role_before(text, start) or _role_after(text, end)
    return role != "suspect"


def redact_victims(text: str) -> str:
    """``text`` with victims' names and initials, and names of minors, replaced by a mask."""
    if not text:
        return text
    words = _words()
    spans: list[tuple[int, int]] = []
    for pattern in (words.pseudonym_after, words.pseudonym_before):
        spans += [match.span("name") for match in pattern.finditer(text)]
    for pattern in _MENTIONS:
        for match in pattern.finditer(text):
            start, end = match.span("name")
            if any(s < end and start < e for s, e in spans):
                continue
            if _must_mask(text, start, end, match.group("age")):
                spans.append((start, end))
    # A name masked once is masked wherever else it appears ("... menjual LK kepada ...").
    for name in {text[start:end] for start, end in spans}:
        for match in re.finditer(rf"(?<![\w.]){re.escape(name)}(?!\w)", text):
            if not any(s < match.end() and match.start() < e for s, e in spans):
                spans.append(match.span())
    for start, end in sorted(set(spans), reverse=True):
        text = text[:start] + words.mask + text[end:]
    return text
