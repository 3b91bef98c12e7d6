"""Any outlet in sites.yaml, without code: ``scrapy crawl registry -a site=NAME``."""

from crawlers.spiders.base import NewsSpider


class RegistrySpider(NewsSpider):
    name = "registry"
