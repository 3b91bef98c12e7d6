"""Page reading off the crawl's event loop: a pool of worker processes for decoding, parsing and extraction.

Extraction (trafilatura, dates, classification) is CPU work; done in the Scrapy process it
would stall downloading. With ``PANTAU_EXTRACT_WORKERS`` > 0 pages are read in that many
worker processes while Scrapy keeps fetching; 0 reads them inline.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import re
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime

from crawlers.dates import JAKARTA
from crawlers.extraction import PageAnalysis, decode_html
from crawlers.parsers import parser_for


def read_page(parser_name: str | None, selectors: dict, when: date, article_patterns: Sequence[re.Pattern[str]],
              body: bytes, charset: str | None, url: str) -> PageAnalysis:
    """Decode and analyse one page with the outlet's parser version in force on ``when``."""
    html = decode_html(body, charset)
    return parser_for(parser_name, selectors=selectors, when=when).parse(html, url, article_patterns)


def _warm_up() -> None:
    read_page(None, {}, date.today(), (), b"<html><body><p>warm</p></body></html>", "utf-8", "http://localhost/")


class ExtractionPool:
    """Reads pages in worker processes (or inline when ``workers`` is 0)."""

    def __init__(self, workers: int):
        self.executor: ProcessPoolExecutor | None = None
        if workers > 0:
            self.executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                                initializer=_warm_up)

    async def read(self, parser_name: str | None, selectors: dict, article_patterns: Sequence[re.Pattern[str]],
                   body: bytes, charset: str | None, url: str) -> PageAnalysis:
        when = datetime.now(JAKARTA).date()
        args = (parser_name, selectors, when, tuple(article_patterns), body, charset, url)
        if self.executor is None:
            return read_page(*args)
        return await asyncio.wrap_future(self.executor.submit(read_page, *args))

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None
