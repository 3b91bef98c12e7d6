"""The item the spiders yield: one article, as the store and ``--output`` want it."""

from __future__ import annotations

import scrapy


class ArticleItem(scrapy.Item):
    """An article (fields of the team's article dict) plus what the store and crawl state need."""

    id = scrapy.Field()
    url = scrapy.Field()
    canonical_url = scrapy.Field()
    source = scrapy.Field()
    title = scrapy.Field()
    text = scrapy.Field()
    published = scrapy.Field()
    language = scrapy.Field()
    fetched_at = scrapy.Field()
    # not part of the article dict
    raw_html = scrapy.Field()
    fetched_urls = scrapy.Field()
    etag = scrapy.Field()
    last_modified = scrapy.Field()

    ARTICLE_KEYS = ("id", "url", "canonical_url", "source", "title", "text", "published", "language", "fetched_at")

    def article(self) -> dict:
        """The article dict (``id, url, canonical_url, source, title, text, published, language, fetched_at``)."""
        return {key: self.get(key) for key in self.ARTICLE_KEYS}
