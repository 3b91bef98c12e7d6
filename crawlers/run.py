"""The crawl process: ``python -m crawlers.run CONFIG.json``.

Scrapy's Twisted reactor cannot be restarted, so :func:`crawlers.crawl` runs each
crawl in a child process with this entry point. It prints JSON lines on stdout:
``{"progress": ...}`` while crawling and ``{"closed": ...}`` per spider (stats
and finish reason); Scrapy's log goes to the configured log file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader


def build_settings(config: dict, job: dict) -> Settings:
    """Project settings (``crawlers.settings``) plus the crawl's and the job's overrides."""
    settings = Settings()
    settings.setmodule("crawlers.settings", priority="project")
    overrides = {
        "PANTAU_STORE_PATH": config["store_path"],
        "PANTAU_OUTPUT": config.get("output"),
        "PANTAU_SINCE": config.get("since"),
        "PANTAU_PROGRESS": True,
        "HTTPCACHE_ENABLED": bool(config.get("http_cache")) or settings.getbool("HTTPCACHE_ENABLED"),
        "LOG_FILE": config.get("log_file"),
        "LOG_FILE_APPEND": True,
    }
    if config.get("max_pages"):
        overrides["CLOSESPIDER_PAGECOUNT"] = int(config["max_pages"])
    settings.setdict({k: v for k, v in overrides.items() if v is not None}, priority="cmdline")
    settings.setdict(config.get("settings") or {}, priority="cmdline")
    return settings


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    config = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    base = build_settings(config, {})
    process = CrawlerProcess(base, install_root_handler=bool(config.get("log_file")))
    loader = SpiderLoader.from_settings(base)
    crawlers: list[Crawler] = []
    for index, job in enumerate(config["jobs"]):
        spider_class = loader.load(job["spider"])
        crawler = Crawler(spider_class, build_settings(config, job), init_reactor=index == 0)
        crawlers.append(crawler)
        process.crawl(crawler, **job.get("kwargs", {}))
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
