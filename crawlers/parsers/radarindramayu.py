"""radarindramayu.id (Disway network): /read/<id>/<slug>, inline "BACA JUGA:" links, "Sumber:" footer."""

from datetime import date

from crawlers.parsers.base import ArticleParser, ParserProxy


class RadarIndramayu2023(ArticleParser):
    valid_from = date(2023, 1, 1)
    body_xpaths = ('//div[contains(@class, "post-content")]', '//div[contains(@class, "entry-content")]')
    title_xpaths = ('//h1[contains(@class, "post-title")]', '//h1')
    date_xpaths = ('//*[contains(@class, "post-date")]',)
    prune_xpaths = (
        '//figure | //figcaption',
        '//*[contains(@class, "baca-juga") or contains(@class, "related")]',
        '//*[contains(@class, "share") or contains(@class, "google-news") or contains(@class, "tags")]',
    )


RADARINDRAMAYU = ParserProxy(RadarIndramayu2023)
