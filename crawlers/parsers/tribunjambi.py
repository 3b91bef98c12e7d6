"""jambi.tribunnews.com (Tribun Jambi): txt-article body, paged articles ("Halaman 1 2", ``?page=2``)."""

from datetime import date

from crawlers.parsers.base import ArticleParser, ParserProxy


class TribunJambi2019(ArticleParser):
    valid_from = date(2019, 1, 1)
    body_xpaths = ('//div[contains(@class, "txt-article")]',)
    title_xpaths = ('//h1[@id="arttitle"]',)
    date_xpaths = ('//meta[@name="content_PublishedDate"]/@content', '//*[@id="article"]//time')
    prune_xpaths = (
        '//*[contains(@class, "baca") or contains(@class, "related")]',
        '//*[contains(@class, "paging") or contains(@class, "pagination")]',
        '//*[contains(@class, "ads") or contains(@class, "iklan")]',
        '//*[contains(@class, "share") or contains(@class, "social")]',
        '//*[@id="comment" or contains(@class, "komentar")]',
    )


TRIBUNJAMBI = ParserProxy(TribunJambi2019)
