"""Month names from the one month table, ``pantau/data/months.yaml`` (Indonesian, English, other spellings)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

MONTHS_FILE = Path(__file__).parent / "data" / "months.yaml"


@cache
def _table() -> dict[int, dict]:
    return {int(number): entry for number, entry in yaml.safe_load(MONTHS_FILE.read_text(encoding="utf-8")).items()}


@cache
def month_names(lang: str = "id") -> tuple[str, ...]:
    """The twelve month names in ``lang`` (``id`` or ``en``), January first, capitalised."""
    return tuple(_table()[number][lang] for number in range(1, 13))


@cache
def month_lookup() -> dict[str, int]:
    """Every name, spelling and abbreviation of a month, lower case -> its number (1-12)."""
    lookup: dict[str, int] = {}
    for number, entry in _table().items():
        for name in (entry["id"], entry["en"], *entry["also"]):
            lookup[name.lower()] = number
    return lookup
