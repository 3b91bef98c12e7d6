"""Indonesian numbers in news text: digits, number words, ordinals and vague quantities.

    >>> parse_number("1.596"), parse_number("dua puluh lima"), parse_number("seratus")
    (1596, 25, 100)
    >>> [(m.text, m.value, m.kind) for m in find_numbers("ada 22 kasus, enam di antaranya anak")]
    [('22', 22, 'cardinal'), ('enam', 6, 'cardinal')]

Kinds of mention (``NumberMention.kind``):

- ``cardinal``: a count candidate ("22", "1.596", "dua puluh", "seribu");
- ``collective``: "kedua", "ketiga" ... ("both", "all three": ``value`` is the number);
- ``ordinal``: "ke-13", "ke 5" (a reference to an earlier number, never a new count; ``value`` is kept);
- ``vague``: "belasan", "puluhan", "ratusan", "ribuan", "20-an" (``value`` None);
- ``decimal``: "2,5", "11.20", "13/11/2024" (decimals, times, dates; ``value`` None);
- ``range``: "12-13", "3–4" (``value`` None);
- ``too_large``: more than :data:`MAX_COUNT` (``value`` None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_COUNT = 10_000_000
_MAX_DIGITS = 9  # longer digit strings are never parsed (int() on huge strings is slow or refused)

UNITS: dict[str, int] = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}
# Words that stand for a number on their own ("se-" = one).
SE_FORMS: dict[str, int] = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "sejuta": 1_000_000}
MULTIPLIERS: dict[str, int] = {"belas": 10, "puluh": 10, "ratus": 100, "ribu": 1000, "juta": 1_000_000}
VAGUE_WORDS = frozenset({"belasan", "puluhan", "ratusan", "ribuan", "jutaan", "ratus-ratusan", "puluhan-ribu"})
COLLECTIVE_WORDS: dict[str, int] = {
    "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
    "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10, "kesebelas": 11,
}

# Unit and multiplier written as one word, a common slip in news text ("duapuluh", "tigabelas"): read as two when
# written in lower case (capitalised, such a word is a place name: "Limapuluh Kota").
JOINED_WORDS: dict[str, tuple[str, str]] = {
    unit + multiplier: (unit, multiplier)
    for unit in UNITS if unit not in ("nol", "satu") for multiplier in MULTIPLIERS
}

_NUMBER_WORD = (  # a unit may carry its multiplier glued on ("duapuluh"): one alternative per unit, not per pair
    "(?:" + "|".join(sorted(UNITS, key=len, reverse=True)) + ")(?:" + "|".join(MULTIPLIERS) + ")?|"
    + "|".join(sorted([*SE_FORMS, *MULTIPLIERS], key=len, reverse=True)))
# a number written in words ("tujuh", "dua puluh lima", "seratus"), for patterns elsewhere to build on
NUMBER_WORDS = rf"(?:{_NUMBER_WORD})(?:[ \t]+(?:{_NUMBER_WORD}))*"
_WORD_SEQUENCE = re.compile(rf"\b{NUMBER_WORDS}\b", re.IGNORECASE)
_SINGLE_WORD = re.compile(  # a collective may carry "-nya" ("keduanya", "ketiganya": both, all three) or, from
    # "kedua" to "kesembilan", "belas" ("keempat belas korban": all fourteen)
    r"\b(?:" + "|".join(sorted(VAGUE_WORDS, key=len, reverse=True)) + "|(?:"
    + "|".join(sorted(COLLECTIVE_WORDS, key=len, reverse=True)) + r")(?:nya|[ \t]+belas)?)\b", re.IGNORECASE
)
_TEEN_SUFFIX = re.compile(r"[ \t]+belas$", re.IGNORECASE)
# the tens and hundreds after a collective ("kedua puluh satu korban": all twenty-one)
_COLLECTIVE_TENS = re.compile(rf"[ \t]+(?:puluh|ratus)(?:[ \t]+(?:{_NUMBER_WORD}))*\b", re.IGNORECASE)
# Digits not glued to letters, digits or a preceding separator ("Rp600", "Tahun2025", "x.5" are not numbers).
_DIGITS = re.compile(r"(?<![\w.,])\d+(?:[.,:/]\d+)*(?!\w)")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_ORDINAL_PREFIX = re.compile(r"\bke[- ]$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s?[-–—]\s?\d")
_ABOUT_SUFFIX = re.compile(r"-an\b", re.IGNORECASE)  # "20-an", "1990-an"
_RANGE_BEFORE = re.compile(r"\d\s?[-–—]\s?$")
_SCALE_AFTER = re.compile(r"[ \t]+(ribu|juta)\b", re.IGNORECASE)  # "5 ribu korban", "1,2 juta PMI"
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,3}")  # "1,2" of "1,2 juta": a decimal comma before a scale word
_DOUBLED = re.compile(r"-([a-z]+)nya\b", re.IGNORECASE)  # "satu-satunya", "dua-duanya": a number word said twice


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number written in the text, with its character offsets."""

    start: int
    end: int
    text: str
    value: int | None
    kind: str  # cardinal | collective | ordinal | vague | decimal | range | too_large


def parse_digits(text: str) -> int | None:
    """``"1.596"`` -> 1596, ``"22"`` -> 22; decimals, times, dates and absurd numbers -> None."""
    text = text.strip()
    if text.isdigit():
        digits = text
    elif _THOUSANDS.fullmatch(text):
        digits = text.replace(".", "")
    else:
        return None
    if len(digits.lstrip("0")) > _MAX_DIGITS:
        return None
    value = int(digits)
    return value if value <= MAX_COUNT else None


def _parse_below_thousand(words: list[str], i: int) -> tuple[int | None, int]:
    """Parse "seratus dua puluh lima" style words from ``words[i]``; returns (value, next index)."""
    value, start = 0, i
    # hundreds
    if i < len(words) and words[i] == "seratus":
        value, i = 100, i + 1
    elif i + 1 < len(words) and words[i] in UNITS and words[i + 1] == "ratus":
        value, i = UNITS[words[i]] * 100, i + 2
    # tens and teens
    if i < len(words) and words[i] in ("sepuluh", "sebelas"):
        return value + SE_FORMS[words[i]], i + 1
    if i + 1 < len(words) and words[i] in UNITS and words[i + 1] == "belas":
        return value + UNITS[words[i]] + 10, i + 2
    if i + 1 < len(words) and words[i] in UNITS and words[i + 1] == "puluh":
        value, i = value + UNITS[words[i]] * 10, i + 2
    # units
    if i < len(words) and words[i] in UNITS:
        value, i = value + UNITS[words[i]], i + 1
    return (value if i > start else None), i


def _parse_words_prefix(words: list[str], start: int = 0) -> tuple[int | None, int]:
    """The value of the longest grammatical number at ``words[start]`` and how many words it took."""
    total, i = 0, start
    for scale_word, scale in (("juta", 1_000_000), ("ribu", 1000)):
        se_form = "sejuta" if scale_word == "juta" else "seribu"
        if i < len(words) and words[i] == se_form:
            total, i = total + scale, i + 1
            continue
        group, j = _parse_below_thousand(words, i)
        if group is not None and j < len(words) and words[j] == scale_word:
            total, i = total + group * scale, j + 1
    group, j = _parse_below_thousand(words, i)
    if group is not None:
        total, i = total + group, j
    return (total if i > start else None), i - start


def parse_number_words(text: str) -> int | None:
    """``"dua puluh lima"`` -> 25, ``"seribu"`` -> 1000; anything not wholly a number -> None."""
    words = text.lower().split()
    value, used = _parse_words_prefix(words)
    if value is None or used != len(words) or value > MAX_COUNT:
        return None
    return value


def parse_number(text: str) -> int | None:
    """Parse digits (``"24.343"``), words (``"tiga ratus dua puluh"``) or mixed (``"5 orang"`` -> 5)."""
    text = text.strip()
    if not text:
        return None
    value = parse_number_words(text)
    if value is not None:
        return value
    first = text.split()[0]
    return parse_digits(first)


def _digit_mention(text: str, match: re.Match[str]) -> NumberMention:
    start, end, raw = match.start(), match.end(), match.group()
    value = parse_digits(raw)
    before = text[max(0, start - 3) : start]
    if _ORDINAL_PREFIX.search(before) and value is not None:
        return NumberMention(start, end, raw, value, "ordinal")
    if _RANGE_AFTER.match(text, end) or _RANGE_BEFORE.search(text[max(0, start - 4) : start]):  # "21 - 25"
        return NumberMention(start, end, raw, None, "range")
    if _ABOUT_SUFFIX.match(text, end):  # "20-an korban": some twenty, as vague as "puluhan"
        return NumberMention(start, end, raw, None, "vague")
    if value is None:
        plain = raw.replace(".", "")
        kind = "too_large" if plain.isdigit() and len(plain) > 0 else "decimal"
        if kind == "too_large" and len(plain.lstrip("0")) <= _MAX_DIGITS and int(plain) <= MAX_COUNT:
            kind = "decimal"
        return NumberMention(start, end, raw, None, kind)
    return NumberMention(start, end, raw, value, "cardinal")


def _scaled(text: str, mention: NumberMention) -> NumberMention:
    """Digits followed by "ribu" or "juta" ("5 ribu korban", "1,2 juta PMI") as one number: 5000, 1200000."""
    scale = _SCALE_AFTER.match(text, mention.end)
    if scale is None or mention.kind not in ("cardinal", "decimal"):
        return mention
    if mention.kind == "cardinal":
        value = mention.value * MULTIPLIERS[scale.group(1).lower()]
    elif _DECIMAL_COMMA.fullmatch(mention.text):
        whole, fraction = mention.text.split(",")
        value = (int(whole) * 10 ** len(fraction) + int(fraction)) * MULTIPLIERS[scale.group(1).lower()]
        value //= 10 ** len(fraction)
    else:
        return mention
    if value > MAX_COUNT:
        return NumberMention(mention.start, scale.end(), text[mention.start : scale.end()], None, "too_large")
    return NumberMention(mention.start, scale.end(), text[mention.start : scale.end()], value, "cardinal")


def _word_mentions(text: str, match: re.Match[str]) -> list[NumberMention]:
    """Split a run of number words into grammatical numbers ("dua tiga" is two numbers)."""
    pieces, words = [], []
    for m in re.finditer(r"\S+", match.group()):
        span = (m.start() + match.start(), m.end() + match.start())
        raw = text[span[0] : span[1]]
        word = raw.lower()
        # "duapuluh" is "dua puluh" (both parts on one span); capitalised it is a name ("Kabupaten Limapuluh Kota")
        for part in JOINED_WORDS.get(word, (word,)) if raw.islower() else (word,):
            pieces.append(span)
            words.append(part)
    mentions, i = [], 0
    while i < len(words):
        value, used = _parse_words_prefix(words, i)
        if value is None or used == 0:
            i += 1  # a stray multiplier ("ribu" alone)
            continue
        start, end = pieces[i][0], pieces[i + used - 1][1]
        i += used
        doubled = _DOUBLED.match(text, end)
        if used == 1 and doubled and doubled.group(1).lower() == words[i - 1]:
            # "satu-satunya korban" (the only one) is no count; "dua-duanya" (both) is a collective
            if value > 1:
                mentions.append(NumberMention(start, doubled.end(), text[start : doubled.end()], value, "collective"))
            continue
        kind = "cardinal" if value <= MAX_COUNT else "too_large"
        mentions.append(NumberMention(start, end, text[start:end], value if kind == "cardinal" else None, kind))
    return mentions


def _collective_mention(text: str, match: re.Match[str]) -> NumberMention:
    """ "ketiganya" (3), "keempat belas" (14), "kedua puluh satu" (21): a collective; "kesepuluh belas" is no
    number word, read as 10."""
    word = match.group().lower()
    teen = _TEEN_SUFFIX.search(word)
    base = COLLECTIVE_WORDS[word[: teen.start()] if teen else word.removesuffix("nya")]
    if teen and base < 10:
        return NumberMention(match.start(), match.end(), match.group(), base + 10, "collective")
    tens = _COLLECTIVE_TENS.match(text, match.end()) if base < 10 and word == word.removesuffix("nya") else None
    value = parse_number_words(word[2:] + tens.group()) if tens else None
    if value is not None and value <= MAX_COUNT:
        return NumberMention(match.start(), tens.end(), text[match.start() : tens.end()], value, "collective")
    end = match.start() + teen.start() if teen else match.end()
    return NumberMention(match.start(), end, match.group()[: end - match.start()], base, "collective")


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mention in ``text``, in order of position (linear in the length of the text)."""
    mentions: list[NumberMention] = [_scaled(text, _digit_mention(text, m)) for m in _DIGITS.finditer(text)]
    for match in _WORD_SEQUENCE.finditer(text):
        mentions.extend(_word_mentions(text, match))
    for match in _SINGLE_WORD.finditer(text):
        word = match.group().lower()
        if word in VAGUE_WORDS:
            mentions.append(NumberMention(match.start(), match.end(), match.group(), None, "vague"))
        else:
            collective = _collective_mention(text, match)
            if collective.end > match.end():  # "kedua puluh satu": the words after it are its own
                mentions = [m for m in mentions if not collective.start <= m.start < collective.end]
            mentions.append(collective)
    mentions.sort(key=lambda m: m.start)
    return mentions
