"""Scrapy settings for Pantau's crawlers, in one place.

``PANTAU_CRAWL_ENV`` picks an override set at the bottom: ``production`` (default,
polite), ``development`` (HTTP cache, debug log), ``test`` (local fixture sites:
short timeouts, AutoThrottle still on with small delays).
"""

from __future__ import annotations

import os

from pantau import __version__ as _pantau_version
from pantau.config import load_settings

BOT_NAME = "pantau"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

_contact = load_settings().contact_url
USER_AGENT = f"Pantau/{_pantau_version} (+{_contact}; anti-trafficking news monitor)"

# Politeness
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5

# Resilience
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 8
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024  # pages over 5 MB are cut off and counted as "oversized"
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
HTTPERROR_ALLOW_ALL = False

# Order and memory: breadth first, so that listings are read before their deep pagination
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
# Scrapy starts CONCURRENT_ITEMS asyncio tasks for every response's output; the store pipeline is synchronous,
# so a few are plenty (the default 100 cost more CPU than reading the page).
CONCURRENT_ITEMS = 4
DNS_TIMEOUT = 20
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {
    "crawlers.middlewares.KnownPageMiddleware": 560,
    "crawlers.middlewares.ResponseGuardMiddleware": 590,
}
ITEM_PIPELINES = {
    "crawlers.pipelines.ArticleFilterPipeline": 100,
    "crawlers.pipelines.StorePipeline": 300,
}
EXTENSIONS = {"crawlers.middlewares.ProgressExtension": 500, "scrapy.extensions.remote_control.RemoteControl": None}

# Development: keep responses on disk under .scrapy/httpcache (turned on by http_cache=True or the env below)
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_EXPIRATION_SECS = 0
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 408, 429]

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"

# Pantau's own settings
PANTAU_STORE_PATH = str(load_settings().store_path)
PANTAU_OUTPUT = None  # a JSON lines file that also receives every article
PANTAU_SINCE = None  # YYYY-MM-DD: articles published before it are skipped
PANTAU_PROGRESS = False  # the runner turns on JSON-lines progress on stdout
# Pages are read (decoded, classified, extracted) in this many worker processes; 0 = in the crawl process.
PANTAU_EXTRACT_WORKERS = max(1, min(4, (os.cpu_count() or 2) - 1))

ENVIRONMENTS = {
    "production": {},
    "development": {"HTTPCACHE_ENABLED": True, "LOG_LEVEL": "DEBUG"},
    "test": {
        "AUTOTHROTTLE_START_DELAY": 0.0,
        "AUTOTHROTTLE_MAX_DELAY": 1.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 4.0,
        "DOWNLOAD_DELAY": 0.0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "DOWNLOAD_TIMEOUT": 3,
        "RETRY_TIMES": 1,
        "DOWNLOAD_MAXSIZE": 1024 * 1024,
        "DOWNLOAD_WARNSIZE": 0,
    },
}
CRAWL_ENV = os.environ.get("PANTAU_CRAWL_ENV", "production")
globals().update(ENVIRONMENTS.get(CRAWL_ENV, {}))
