"""Publication dates: structured data first, then the visible text, in Asia/Jakarta.

Order of evidence: JSON-LD ``datePublished``, meta tags (``article:published_time``
and friends), ``<time datetime>``, then visible text near the title such as
"Senin, 2 Februari 2026 | 14:05 WIB", "Kamis (16/10/2025)" or "November 18, 2019", then a date in
the URL path. Dates with a time become ISO 8601 with offset
(``2025-10-16T09:30:00+07:00``); dates without one stay ``YYYY-MM-DD``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from pantau.months import month_lookup

JAKARTA = ZoneInfo("Asia/Jakarta")
_WORDS_FILE = Path(__file__).with_name("date_words.yaml")


@cache
def _words() -> dict:
    return yaml.safe_load(_WORDS_FILE.read_text(encoding="utf-8"))


def _month_lookup() -> dict[str, int]:
    return month_lookup()


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Day-month-year in words, month-day-year in words (English: "November 18, 2019"), and numeric."""
    month_names = sorted(_month_lookup(), key=len, reverse=True)
    months = "|".join(re.escape(name) for name in month_names)
    zones = "|".join(_words()["time_zones"])
    time_part = (
        r"(?:\s*(?:[,|/\-–—]|pukul|jam)?\s*(?P<hour>[012]?\d)[:.](?P<minute>[0-5]\d)(?::[0-5]\d)?"
        rf"\s*(?P<zone>{zones})?)?"
    )
    written = re.compile(
        rf"\b(?P<day>[0-3]?\d)\s+(?P<month>{months})\.?,?\s+(?P<year>(?:19|20)\d\d)\b{time_part}", re.IGNORECASE
    )
    month_first = re.compile(
        rf"\b(?P<month>{months})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
    )
    numeric = re.compile(
        rf"\b(?P<day>[0-3]?\d)[/.-](?P<month>[01]?\d)[/.-](?P<year>(?:19|20)?\d\d)\b(?![/.-]\d){time_part}",
        re.IGNORECASE,
    )
    return written, month_first, numeric


_ISO_LIKE = re.compile(
    r"(?P<year>(?:19|20)\d\d)[-/](?P<month>[01]\d)[-/](?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[012]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d+)?)?"
    r"\s*(?P<offset>Z|[+-]\d\d:?\d\d)?)?"
)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?([01]\d)[/-]?([0-3]\d)(?=/|-|$)")


def _format(moment: datetime | date) -> str:
    if isinstance(moment, datetime):
        return moment.astimezone(JAKARTA).isoformat(timespec="seconds")
    return moment.isoformat()


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    today = datetime.now(JAKARTA).date()
    return found if date(1995, 1, 1) <= found <= today + timedelta(days=2) else None


def parse_iso_datetime(value: str | None) -> str | None:
    """An ISO-like timestamp (as found in JSON-LD and meta tags) as Pantau's ``published`` string."""
    if not value:
        return None
    match = _ISO_LIKE.search(value.strip())
    if not match:
        return parse_visible_date(value)
    day = _valid(int(match["year"]), int(match["month"]), int(match["day"]))
    if day is None:
        return None
    if match["hour"] is None:
        return _format(day)
    moment = datetime(day.year, day.month, day.day, int(match["hour"]) % 24, int(match["minute"]),
                      int(match["second"] or 0))
    offset = match["offset"]
    if offset is None:
        return _format(moment.replace(tzinfo=JAKARTA))
    if offset == "Z":
        return _format(moment.replace(tzinfo=UTC))
    sign = 1 if offset[0] == "+" else -1
    hours, minutes = int(offset[1:3]), int(offset[-2:])
    return _format(moment.replace(tzinfo=timezone(sign * timedelta(hours=hours, minutes=minutes))))


def parse_visible_date(text: str | None) -> str | None:
    """The first plausible date written in ``text`` ("Senin, 2 Februari 2026 | 14:05 WIB", "Kamis (16/10/2025)")."""
    if not text:
        return None
    written, month_first, numeric = _patterns()
    candidates = []
    for pattern, month_from_name in ((written, True), (month_first, True), (numeric, False)):
        match = pattern.search(text)
        if match:
            candidates.append((match.start(), match, month_from_name))
    iso = _ISO_LIKE.search(text)
    for _start, match, month_from_name in sorted(candidates, key=lambda item: item[0]):
        month = _month_lookup()[match["month"].lower()] if month_from_name else int(match["month"])
        year = int(match["year"])
        if year < 100:
            year += 2000
        day = _valid(year, month, int(match["day"]))
        if day is None:
            continue
        hour = match.groupdict().get("hour")
        if hour is None or int(hour) > 23:
            return _format(day)
        zone_hours = _words()["time_zones"].get((match["zone"] or "wib").lower(), 7)
        zone = timezone(timedelta(hours=zone_hours))
        return _format(datetime(day.year, day.month, day.day, int(match["hour"]), int(match["minute"]), tzinfo=zone))
    if iso:
        return parse_iso_datetime(iso.group(0))
    return None


def date_from_url(url: str) -> str | None:
    """A date in the URL path (``/2025/10/16/slug``, ``/20251016/``), as ``YYYY-MM-DD``."""
    match = _URL_DATE.search(url)
    if not match:
        return None
    day = _valid(int(match[1]), int(match[2]), int(match[3]))
    return _format(day) if day else None


def published_day(published: str | None) -> date | None:
    """The calendar day (in Jakarta) of a ``published`` string."""
    if not published:
        return None
    try:
        if "T" in published:
            return datetime.fromisoformat(published).astimezone(JAKARTA).date()
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
