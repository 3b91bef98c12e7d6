"""Katoe: start pages and article patterns in sites.yaml, the parser in parsers/katoe.py."""

from crawlers.spiders.base import NewsSpider


class KatoeSpider(NewsSpider):
    name = "katoe"
    site_key = "katoe"
