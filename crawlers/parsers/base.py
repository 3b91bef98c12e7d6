"""Versioned outlet parsers (after Fundus): a redesign adds a parser, the old one keeps working.

Each outlet has a :class:`ParserProxy` holding its parser versions, each valid
from a date. The crawler asks the proxy for the version in force when the page
was fetched, so saved pages from before a redesign still parse as they did.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from crawlers.extraction import PageAnalysis, PageHints, analyze_page


class ArticleParser:
    """Reads one outlet's pages during one design period; XPath hints on top of the generic reader."""

    valid_from: ClassVar[date] = date(1990, 1, 1)
    body_xpaths: ClassVar[tuple[str, ...]] = ()
    title_xpaths: ClassVar[tuple[str, ...]] = ()
    date_xpaths: ClassVar[tuple[str, ...]] = ()
    prune_xpaths: ClassVar[tuple[str, ...]] = ()

    def hints(self, article_patterns: Sequence[re.Pattern[str]] = ()) -> PageHints:
        return PageHints(body_xpaths=self.body_xpaths, title_xpaths=self.title_xpaths, date_xpaths=self.date_xpaths,
                         prune_xpaths=self.prune_xpaths, article_url_patterns=tuple(article_patterns))

    def parse(self, html: str, url: str, article_patterns: Sequence[re.Pattern[str]] = ()) -> PageAnalysis:
        """Classify the page and extract the article fields."""
        return analyze_page(html, url, self.hints(article_patterns))


class GenericParser(ArticleParser):
    """No outlet knowledge: structured data, layout and trafilatura only."""


class SelectorParser(ArticleParser):
    """A parser built from a registry entry's ``selectors`` (outlets added without code)."""

    def __init__(self, selectors: dict):
        def listed(key: str) -> tuple[str, ...]:
            value = selectors.get(key) or ()
            return (value,) if isinstance(value, str) else tuple(value)

        self.body_xpaths = listed("body")
        self.title_xpaths = listed("title")
        self.date_xpaths = listed("date")
        self.prune_xpaths = listed("prune")


class ParserProxy:
    """An outlet's parser versions; picks the one in force on a date."""

    def __init__(self, *versions: type[ArticleParser]):
        if not versions:
            raise ValueError("a parser proxy needs at least one version")
        self.versions = sorted(versions, key=lambda parser: parser.valid_from)
        self._instances = {version: version() for version in self.versions}

    def for_date(self, when: date | None = None) -> ArticleParser:
        """The latest version valid on ``when`` (today by default); the oldest for earlier dates."""
        when = when or date.today()
        chosen = self.versions[0]
        for version in self.versions:
            if version.valid_from <= when:
                chosen = version
        return self._instances[chosen]
