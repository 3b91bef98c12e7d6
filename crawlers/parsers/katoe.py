"""katoe.id: a WordPress "Newspaper"-style theme (td-post-content body)."""

from datetime import date

from crawlers.parsers.base import ArticleParser, ParserProxy


class Katoe2021(ArticleParser):
    valid_from = date(2021, 1, 1)
    body_xpaths = (
        '//div[contains(@class, "td-post-content")]',
        '//div[contains(concat(" ", @class, " "), " entry-content ")]',
    )
    title_xpaths = ('//h1[contains(@class, "entry-title")]',)
    date_xpaths = ('//time[contains(@class, "entry-date")]/@datetime',)
    prune_xpaths = (
        '//*[contains(@class, "td-post-sharing") or contains(@class, "share")]',
        '//*[contains(@class, "td-related") or contains(@class, "related")]',
        '//*[@id="comments" or @id="respond"]',
        '//*[contains(@class, "td-post-source-tags") or contains(@class, "tags")]',
    )


KATOE = ParserProxy(Katoe2021)
