"""sepucukjambi.id: a WordPress news theme (entry-content body, Yoast JSON-LD, "📢 Dengarkan" audio button)."""

from datetime import date

from crawlers.parsers.base import ArticleParser, ParserProxy


class SepucukJambi2022(ArticleParser):
    valid_from = date(2022, 1, 1)
    body_xpaths = ('//div[contains(concat(" ", @class, " "), " entry-content ")]',)
    title_xpaths = ('//h1[contains(@class, "entry-title")]',)
    date_xpaths = (
        '//time[contains(@class, "published")]/@datetime',
        '//time[contains(@class, "entry-date")]/@datetime',
    )
    prune_xpaths = (
        '//*[contains(@class, "sharedaddy") or contains(@class, "share-buttons") or contains(@class, "jeg_share")]',
        '//*[contains(@class, "tts") or contains(@class, "dengarkan")]',
        '//*[contains(@class, "copyright-notice") or contains(@class, "larangan")]',
        '//*[@id="comments" or @id="respond" or contains(@class, "comments-area")]',
        '//*[contains(@class, "related") or contains(@class, "baca-juga")]',
    )


SEPUCUKJAMBI = ParserProxy(SepucukJambi2022)
