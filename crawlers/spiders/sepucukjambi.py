"""Sepucuk Jambi: start pages and article patterns in sites.yaml, the parser in parsers/sepucukjambi.py."""

from crawlers.spiders.base import NewsSpider


class SepucukJambiSpider(NewsSpider):
    name = "sepucukjambi"
    site_key = "sepucukjambi"
