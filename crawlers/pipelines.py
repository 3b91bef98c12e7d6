"""Item pipelines: filter articles, then write them to the store (and ``--output``)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawlers.dates import published_day
from crawlers.items import ArticleItem
from pantau.store import Store, content_hash


class SkipItem(DropItem):
    """An article deliberately not stored; ``kind`` names why."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class ArticleFilterPipeline:
    """Drops articles without text, published before ``--since``, or already emitted in this crawl."""

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats
        since = crawler.settings.get("PANTAU_SINCE")
        self.since: date | None = date.fromisoformat(since) if since else None
        self.emitted: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticleFilterPipeline:
        return cls(crawler)

    def _skip(self, kind: str, message: str) -> None:
        self.stats.inc_value(f"pantau/skipped/{kind}")
        raise SkipItem(kind, message)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if not (item.get("text") or "").strip():
            self._skip("no_text", f"no body text: {item.get('url')}")
        day = published_day(item.get("published"))
        if self.since and day and day < self.since:
            self._skip("before_since", f"published {day}, before {self.since}: {item.get('url')}")
        if item["id"] in self.emitted:
            self._skip("duplicate", f"already emitted in this crawl: {item.get('canonical_url')}")
        self.emitted.add(item["id"])
        return item


class StorePipeline:
    """Upserts each article into the store, records crawl state, and appends it to ``PANTAU_OUTPUT``."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.store_path = crawler.settings.get("PANTAU_STORE_PATH")
        self.output_path = crawler.settings.get("PANTAU_OUTPUT")
        self.store: Store | None = None
        self.output = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        state = getattr(self.crawler.spider, "crawl_state", None)
        self.store = state.store if state is not None else Store(self.store_path)
        if self.output_path:
            Path(self.output_path).parent.mkdir(parents=True, exist_ok=True)
            self.output = open(self.output_path, "a", encoding="utf-8")  # noqa: SIM115 - open for the crawl

    def close_spider(self) -> None:
        if self.output:
            self.output.close()

    def process_item(self, item: ArticleItem) -> ArticleItem:
        spider = self.crawler.spider
        article = item.article()
        state = getattr(spider, "crawl_state", None)
        with self.store.transaction():  # the article and the crawl state that says it was stored, together
            result = self.store.upsert_article(article, item.get("raw_html"))
            if state is not None:
                chash = content_hash(article["title"], article["text"], article["published"])
                for url in item.get("fetched_urls") or [article["url"]]:
                    state.record(url, "article", canonical_url=article["canonical_url"], source=article["source"],
                                 etag=item.get("etag"), last_modified=item.get("last_modified"),
                                 content_hash=chash)
        self.crawler.stats.inc_value(f"pantau/articles/{result}")
        if self.output:
            self.output.write(json.dumps(article, ensure_ascii=False) + "\n")
            self.output.flush()
        return item
