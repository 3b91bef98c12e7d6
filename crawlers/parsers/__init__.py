"""Outlet parsers, versioned by date. Add a module per outlet and list its proxy in :data:`PARSERS`."""

from __future__ import annotations

from datetime import date

from crawlers.parsers.base import ArticleParser, GenericParser, ParserProxy, SelectorParser
from crawlers.parsers.beritajakarta import BERITAJAKARTA
from crawlers.parsers.katoe import KATOE
from crawlers.parsers.radarindramayu import RADARINDRAMAYU
from crawlers.parsers.sepucukjambi import SEPUCUKJAMBI
from crawlers.parsers.tribunjambi import TRIBUNJAMBI

PARSERS: dict[str, ParserProxy] = {
    "sepucukjambi": SEPUCUKJAMBI,
    "tribunjambi": TRIBUNJAMBI,
    "beritajakarta": BERITAJAKARTA,
    "katoe": KATOE,
    "radarindramayu": RADARINDRAMAYU,
}
_GENERIC = ParserProxy(GenericParser)


def parser_for(name: str | None, *, selectors: dict | None = None, when: date | None = None) -> ArticleParser:
    """The parser for an outlet: its versioned parser, else one from registry selectors, else the generic one."""
    if name:
        if name not in PARSERS:
            raise KeyError(f"no parser named {name!r} (known: {', '.join(sorted(PARSERS))})")
        return PARSERS[name].for_date(when)
    if selectors:
        return SelectorParser(selectors)
    return _GENERIC.for_date(when)


__all__ = ["PARSERS", "ArticleParser", "GenericParser", "ParserProxy", "SelectorParser", "parser_for"]
