"""Radar Indramayu: start pages and article patterns in sites.yaml, the parser in parsers/radarindramayu.py."""

from crawlers.spiders.base import NewsSpider


class RadarIndramayuSpider(NewsSpider):
    name = "radarindramayu"
    site_key = "radarindramayu"
