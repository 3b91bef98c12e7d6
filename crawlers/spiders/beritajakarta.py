"""Berita Jakarta: start pages and article patterns in sites.yaml, the parser in parsers/beritajakarta.py."""

from crawlers.spiders.base import NewsSpider


class BeritaJakartaSpider(NewsSpider):
    name = "beritajakarta"
    site_key = "beritajakarta"
