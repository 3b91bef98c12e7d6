"""The baseline for bench/crawl: a bare Scrapy spider that only fetches a list of URLs (no parsing, no storing).

Usage: python bench/crawl_bare.py URLS.txt SETTINGS.json  -> prints one JSON line of stats.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import scrapy
from scrapy.crawler import CrawlerProcess


class BareFetchSpider(scrapy.Spider):
    name = "bare_fetch"

    def __init__(self, urls: list[str], **kwargs: object):
        super().__init__(**kwargs)
        self.urls = urls

    async def start(self):
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse, dont_filter=True)

    def parse(self, response: scrapy.http.Response) -> None:
        return None


def main() -> int:
    urls = Path(sys.argv[1]).read_text(encoding="utf-8").split()
    settings = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    process = CrawlerProcess({"LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False, **settings})
    crawler = process.create_crawler(BareFetchSpider)
    process.crawl(crawler, urls=urls)
    process.start()
    stats = crawler.stats.get_stats()
    print(json.dumps({"pages": stats.get("downloader/response_count", 0),
                      "elapsed": stats.get("elapsed_time_seconds", 0.0)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
