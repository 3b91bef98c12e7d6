"""Tribun Jambi: start pages and article patterns in sites.yaml, the parser in parsers/tribunjambi.py."""

from crawlers.spiders.base import NewsSpider


class TribunJambiSpider(NewsSpider):
    name = "tribunjambi"
    site_key = "tribunjambi"
