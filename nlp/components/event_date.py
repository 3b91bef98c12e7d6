"""Event date: the date of the reported event or statement, ``YYYY-MM-DD`` or None. Sets ``doc._.event_date``.

Date expressions are found with regexes built from ``nlp/data/dates/`` (month names, weekdays, cue words):

- ``Kamis (16/10/2025)``, ``(21/09/22)``, ``Rabu (15/5)``, ``Selasa 17/9`` (numeric; without a weekday only in
  parentheses, so "RT 006/004" is no date);
- ``Selasa, 12 Agustus 2025``, ``5 Mei 2023``, ``22 Mei`` (month names, Indonesian or English, abbreviations).

Page-header timestamps ("07 Mei 2023 - 07:57 WIB"), citation and update dates ("dikutip Minggu (7/5/2023)") and
the bounds of periods ("sejak 1 Januari", "1 Januari hingga 11 Juli 2024") are skipped. Of the remaining dates
(those with a weekday, when there are any) the earliest within 30 days of the latest is the event date: the
arrest comes before the press statement. Where no date names its day, day names written alone in the wire style
("kata Kapolres di Ambon, Selasa.", "pada Sabtu", "Jumat lalu") are the last such days before publication; where
dates name their day, a day named alone as past ("Senin lalu") is the last such day before the earliest. A date
without a year takes the year of the publication date (the year before when that would put it more than a week
after publication); without a publication date, the nearest year written in the text in which the date falls on
the day it names, else the year of the nearest full date in the text; else there is no event date. An article
without any date in its text takes its publication date. Day names and their numbers are in
``nlp/data/dates/weekdays.tsv``.
dateparser is not needed: the patterns are few and fixed, and regexes keep this fast.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

import nlp.extensions  # noqa: F401  (registers doc._ fields)
from nlp.language import DATA_DIR, lowered_text_of, read_table, text_of
from pantau.months import month_lookup

DATES_DIR = DATA_DIR / "dates"
FUTURE_TOLERANCE = dt.timedelta(days=7)
EVENT_WINDOW = dt.timedelta(days=30)
_TIMESTAMP_AFTER = re.compile(r"\s*[-–|,]?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}\b")


@dataclass(frozen=True)
class DateMention:
    """A date written in the text; ``year`` is None when the text gives none."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: int | None  # the day name written with it (Monday 0 ... Sunday 6), None when there is none

    @property
    def has_weekday(self) -> bool:
        """Whether the date is written with its day name ("Selasa (2/9)")."""
        return self.weekday is not None


@dataclass(frozen=True)
class DatePatterns:
    """Compiled date expressions and cue words."""

    numeric: re.Pattern[str]
    named: re.Pattern[str]
    months: dict[str, int]
    skip_before: re.Pattern[str]
    start_before: re.Pattern[str]  # the start of a period ("sejak 1 Maret"), unless the date names its day
    range_after: re.Pattern[str]
    weekdays: dict[str, int]  # day name (lower case) -> weekday number
    bare: re.Pattern[str]  # a day name written alone, in the context of an event ("di Ambon, Selasa.")
    bare_not_before: re.Pattern[str]  # a habit, read before ``bare``'s match ("setiap")
    other_group: re.Pattern[str]  # a sentence about other people or another case ("... lain juga digagalkan")
    # numeric and named, case-sensitive, for the lower-cased text (faster); None where a cue is not lower-case ASCII
    lower: tuple[re.Pattern[str], re.Pattern[str]] | None = None


@cache
def default_patterns() -> DatePatterns:
    """Date patterns from ``nlp/data/dates/`` (compiled once per process)."""
    months = month_lookup()
    cues: dict[str, list[str]] = {}
    for kind, pattern in read_table(DATES_DIR / "cues.tsv"):
        cues.setdefault(kind, []).append(pattern)
    weekdays = {name: int(number) for name, number in read_table(DATES_DIR / "weekdays.tsv")}
    weekday = "|".join(sorted((re.escape(name) for name in weekdays), key=len, reverse=True))
    capitalised = "|".join(sorted((re.escape(name.capitalize()) for name in weekdays), key=len, reverse=True))
    daytime = "|".join(cues["daytime"])
    month_names = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    numeric = (
        rf"(?:(?P<weekday>(?<!\w)(?:{weekday}))\s*,?\s*\(?\s*(?:tanggal\s+)?|\()"
        r"(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{4}|\d{2}))?(?!\d)(?!\s*/\s*\d)"
    )
    named = (
        rf"(?:(?P<weekday>(?<!\w)(?:{weekday}))(?:\s+(?:{daytime}))?\s*[,(]?\s*(?:tanggal\s+)?)?(?<!\d)(?P<day>\d{{1,2}})\s+"
        rf"(?P<month>{month_names})\.?(?!\w)(?:\s+(?P<year>\d{{4}})(?!\d))?"
    )
    lower_case = all(part.isascii() and part == part.lower() for part in (weekday, daytime, month_names))
    skip = "|".join(f"(?:{p})" for p in cues["skip_before"])
    start = "|".join(f"(?:{p})" for p in cues["start_before"])
    range_after = "|".join(f"(?:{p})" for p in cues["range_after"])
    return DatePatterns(
        numeric=re.compile(numeric, re.IGNORECASE),
        named=re.compile(named, re.IGNORECASE),
        months=months,
        skip_before=re.compile(rf"(?:(?<!\w)|(?<=\s))(?:{skip})\s*(?:tanggal\s+)?[,(]?\s*$", re.IGNORECASE),
        start_before=re.compile(rf"(?<!\w)(?:{start})\s*(?:tanggal\s+)?[,(]?\s*$", re.IGNORECASE),
        range_after=re.compile(rf"\s*(?:{range_after})\s*(?:\d|tanggal|{weekday})", re.IGNORECASE),
        weekdays=weekdays,
        bare=re.compile(
            rf"(?P<context>(?i:{'|'.join(cues['bare_before'])})\s*)?(?P<weekday>{capitalised})(?!\w)(?:\s+(?i:{daytime}))?"
            rf"(?P<last>\s+lalu)?(?!\s*(?i:{'|'.join(cues['bare_not_after'])}))"),
        bare_not_before=re.compile(rf"(?<!\w)(?:{'|'.join(cues['bare_not_before'])})\s+$", re.IGNORECASE),
        other_group=re.compile(rf"(?<!\w)(?:{'|'.join(cues['other_group'])})(?!\w)", re.IGNORECASE),
        lower=(re.compile(numeric), re.compile(named)) if lower_case else None,
    )


def find_dates(text: str, patterns: DatePatterns | None = None, lowered: str | None = None) -> list[DateMention]:
    """Every date expression in ``text`` (valid day and month), in text order. ``lowered`` is
    ``lowered_for_matching(text)`` when known: the expressions are then found in it, which is faster."""
    patterns = patterns or default_patterns()
    regexes, haystack = (patterns.numeric, patterns.named), text
    if lowered is not None and patterns.lower is not None:
        regexes, haystack = patterns.lower, lowered
    mentions: dict[int, DateMention] = {}
    for kind, regex in zip(("numeric", "named"), regexes, strict=True):
        for match in regex.finditer(haystack):
            day = int(match.group("day"))
            month_text = match.group("month")
            month = int(month_text) if kind == "numeric" else patterns.months.get(month_text.lower().rstrip("."))
            year_text = match.group("year")
            year = None
            if year_text:
                year = int(year_text) + (2000 if len(year_text) == 2 else 0)
            if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
                continue
            weekday = match.group("weekday")
            mention = DateMention(match.start(), match.end(), day, month, year,
                                  patterns.weekdays[weekday.casefold()] if weekday else None)
            if mention.start not in mentions:
                mentions[mention.start] = mention
    return sorted(mentions.values(), key=lambda m: m.start)


_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _of_other_group(text: str, start: int, patterns: DatePatterns) -> bool:
    """Whether the sentence around ``start`` tells of other people or another case (``other_group`` cues)."""
    before = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 300), start)), default=0)
    after = _SENTENCE_BREAK.search(text, start)
    return patterns.other_group.search(text, before, after.start() if after else len(text)) is not None


def is_event_candidate(text: str, mention: DateMention, patterns: DatePatterns | None = None) -> bool:
    """False for timestamps, citation/update dates, the ends of periods and dates of other people or cases."""
    patterns = patterns or default_patterns()
    if _of_other_group(text, mention.start, patterns):
        return False
    if _TIMESTAMP_AFTER.match(text, mention.end):
        return False
    if patterns.skip_before.search(text, max(0, mention.start - 40), mention.start):
        return False
    if not mention.has_weekday and patterns.start_before.search(text, max(0, mention.start - 40), mention.start):
        return False  # "sejak 1 Maret" opens a period; "ditahan sejak Kamis (4/9)" tells the day it began
    return not patterns.range_after.match(text, mention.end)


def bare_weekday_dates(text: str, published: dt.date, mentions: list[DateMention],
                       patterns: DatePatterns | None = None, only_past: bool = False) -> list[dt.date]:
    """The dates of the day names written alone after a comma, "pada" or "hari", or followed by "lalu" ("kata
    Kapolres di Ambon, Selasa.", "pada Sabtu ditetapkan", "digelar Jumat lalu"), as the wire style of Indonesian news
    writes the day of the event: the last such day on or before ``published`` (before it, for "lalu"). Day names
    that open a written date (``mentions``), that follow "setiap" (a habit) or that precede "depan" (the future) are
    none. ``only_past``: only those followed by "lalu" after a comma, "pada" or "hari"."""
    patterns = patterns or default_patterns()
    taken = {mention.start for mention in mentions}
    dates = []
    for match in patterns.bare.finditer(text):
        if not (match.group("context") or match.group("last")) or match.start("weekday") in taken:
            continue
        if only_past and not (match.group("last") and match.group("context")):
            continue  # "..., Senin lalu", "pada Senin lalu"; not "kasus berbeda dengan yang Senin lalu"
        if patterns.bare_not_before.search(text, max(0, match.start() - 20), match.start()) or _of_other_group(
                text, match.start("weekday"), patterns):
            continue
        weekday = patterns.weekdays[match.group("weekday").casefold()]
        days_back = (published.weekday() - weekday) % 7 or (7 if match.group("last") else 0)
        dates.append(published - dt.timedelta(days=days_back))
    return dates


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def fallback_year(mention: DateMention, text: str, mentions: list[DateMention]) -> int | None:
    """The year of a date written without one, in an article without a publication date: the year of the nearest
    full date; where the date names its day, the nearest year written in the text (a full date's, or alone:
    "Oktober 2025") in which that day falls on that weekday comes first."""
    with_year = sorted((m for m in mentions if m.year is not None), key=lambda m: abs(m.start - mention.start))
    if mention.weekday is not None:
        written = sorted((abs(match.start() - mention.start), int(match.group())) for match in _YEAR.finditer(text))
        for year in [m.year for m in with_year] + [year for _, year in written]:
            day = _safe_date(year, mention.month, mention.day)
            if day is not None and day.weekday() == mention.weekday:
                return year
    return with_year[0].year if with_year else None


def resolve_year(mention: DateMention, published: dt.date | None, fallback_year: int | None) -> dt.date | None:
    """The mention as a date, its year from the text, the publication date or ``fallback_year``."""
    year = mention.year
    if year is None and published is not None:
        year = published.year
        candidate = _safe_date(year, mention.month, mention.day)
        if candidate and candidate - published > FUTURE_TOLERANCE:
            year -= 1
    if year is None:
        year = fallback_year
    if year is None:
        return None
    return _safe_date(year, mention.month, mention.day)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def event_date(text: str, published: str | None, lowered: str | None = None) -> str | None:
    """The event date of an article's text, given its publication date (``YYYY-MM-DD`` or None).

    Among the candidate dates (those with a weekday when there are any), the earliest one within
    ``EVENT_WINDOW`` of the latest is taken: news reports an arrest or meeting first and the statement about it
    a day or two later. Without any date in the text, the publication date stands in. ``lowered`` is
    ``lowered_for_matching(text)`` when known (faster).
    """
    patterns = default_patterns()
    published_day = _parse_iso(published)
    mentions = find_dates(text, patterns, lowered)
    candidates = [m for m in mentions if is_event_candidate(text, m, patterns)]
    with_weekday = [m for m in candidates if m.has_weekday]
    resolved = []
    if not with_weekday and published_day is not None:
        resolved = bare_weekday_dates(text, published_day, mentions, patterns)
    for mention in [] if resolved else with_weekday or candidates:
        year = fallback_year(mention, text, mentions) if mention.year is None and published_day is None else None
        day = resolve_year(mention, published_day, year)
        if day is not None:
            resolved.append(day)
    if with_weekday and resolved:
        # a day named alone as past ("dicegat di Pelabuhan Bakauheni, Senin lalu") beside the statement's written
        # date ("kata Kasat Reskrim, Rabu (22/7/2026)"): the last such day before the earliest written one
        resolved += bare_weekday_dates(text, min(resolved), mentions, patterns, only_past=True)
    if not resolved:
        return published_day.isoformat() if published_day and not mentions else None
    latest = max(resolved)
    return min(day for day in resolved if latest - day <= EVENT_WINDOW).isoformat()


def _parse_iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


class EventDateComponent:
    """Pipeline component: sets ``doc._.event_date`` from ``doc.text`` and ``doc._.published``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.event_date = event_date(text_of(doc), doc._.published, lowered_text_of(doc))
        return doc


@Language.factory("pantau_event_date", assigns=["doc._.event_date"])
def make_event_date_component(nlp: Language, name: str) -> EventDateComponent:
    """Factory for ``nlp.add_pipe("pantau_event_date")``."""
    return EventDateComponent()
