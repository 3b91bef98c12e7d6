"""Generic mode: any news site from its start URLs (``-a start_urls=URL,URL``), articles found by reading pages."""

from crawlers.spiders.base import NewsSpider


class GenericSpider(NewsSpider):
    name = "generic"
