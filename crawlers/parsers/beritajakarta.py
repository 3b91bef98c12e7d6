"""beritajakarta.id: /read/<id>/<slug> pages with a "Reporter | Editor" line and a photo caption."""

from datetime import date

from crawlers.parsers.base import ArticleParser, ParserProxy


class BeritaJakarta2020(ArticleParser):
    valid_from = date(2020, 1, 1)
    body_xpaths = ('//div[contains(@class, "news-content")]', '//div[contains(@class, "detail-content")]')
    title_xpaths = ('//h1[contains(@class, "news-title")]', '//h1')
    date_xpaths = ('//*[contains(@class, "news-date")]',)
    prune_xpaths = (
        '//*[contains(@class, "reporter") or contains(@class, "caption") or contains(@class, "figcaption")]',
        '//figure | //figcaption',
        '//*[contains(@class, "related") or contains(@class, "share") or contains(@class, "tags")]',
    )


BERITAJAKARTA = ParserProxy(BeritaJakarta2020)
