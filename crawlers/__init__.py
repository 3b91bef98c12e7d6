"""Pantau's crawlers: a Scrapy project (spiders per outlet, a site registry, generic mode).

``crawl(store_path, ...)`` is the entry point for the rest of Pantau; see :mod:`crawlers.crawl`.
"""

from crawlers.crawl import CrawlSummary, crawl

__all__ = ["CrawlSummary", "crawl"]
