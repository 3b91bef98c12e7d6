"""The site registry (``sites.yaml``): which outlets to crawl and how to find their articles."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from urllib.parse import quote_plus, urljoin

import yaml

from crawlers.urls import canonicalize_url, is_http_url, netloc_of, replace_origin
from pantau.errors import InputError

REGISTRY_FILE = Path(__file__).with_name("sites.yaml")
EXTRA_REGISTRY_ENV = "PANTAU_SITE_REGISTRY"  # a user's own registry file, merged over the built-in one
KEYWORDS_FILE = Path(__file__).with_name("keywords.txt")


@dataclass(frozen=True)
class SiteConfig:
    """One outlet as the crawler sees it; every URL is absolute."""

    key: str
    name: str
    base_url: str
    start_urls: tuple[str, ...] = ()
    search_urls: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    article_patterns: tuple[re.Pattern[str], ...] = ()
    link_depth: int = 1
    parser: str | None = None
    selectors: dict = field(default_factory=dict)
    generic: bool = False

    @property
    def netloc(self) -> str:
        return netloc_of(self.base_url)

    def with_base_url(self, base_url: str) -> SiteConfig:
        """This site with every URL moved to ``base_url``'s scheme and host (a local copy, a mirror)."""
        if not is_http_url(base_url):
            raise InputError(f"site override for {self.key!r} is not an http(s) URL: {base_url!r}")

        def move(urls: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(replace_origin(url, base_url) for url in urls)

        return replace(self, base_url=base_url.rstrip("/"), start_urls=move(self.start_urls),
                       search_urls=move(self.search_urls), feeds=move(self.feeds), sitemaps=move(self.sitemaps))

    def search_requests(self, keywords: list[str]) -> list[str]:
        """The site's search URLs, one per keyword."""
        return [template.replace("{keyword}", quote_plus(keyword))
                for template in self.search_urls for keyword in keywords]

    def is_article_url(self, url: str) -> bool:
        """Whether ``url`` matches one of the site's article patterns."""
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return any(pattern.search(target) for pattern in self.article_patterns)


def _as_tuple(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(item) for item in value)


def _site_from_entry(key: str, entry: dict) -> SiteConfig:
    base_url = str(entry.get("base_url", "")).rstrip("/")
    if not is_http_url(base_url):
        raise InputError(f"site {key!r} in the registry has no valid base_url")

    def absolute(paths: object) -> tuple[str, ...]:
        return tuple(urljoin(base_url + "/", path) for path in _as_tuple(paths))

    try:
        patterns = tuple(re.compile(pattern) for pattern in _as_tuple(entry.get("article_patterns")))
    except re.error as exc:
        raise InputError(f"site {key!r}: bad article pattern ({exc})") from None
    return SiteConfig(
        key=key,
        name=str(entry.get("name", key)),
        base_url=base_url,
        start_urls=absolute(entry.get("start_urls", ["/"])),
        search_urls=absolute(entry.get("search_urls")),
        feeds=absolute(entry.get("feeds")),
        sitemaps=absolute(entry.get("sitemaps")),
        article_patterns=patterns,
        link_depth=int(entry.get("link_depth", 1)),
        parser=entry.get("parser"),
        selectors=dict(entry.get("selectors") or {}),
    )


@cache
def _load(path: Path) -> dict[str, SiteConfig]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"site registry {path} is not valid YAML: {exc}") from None
    return {key: _site_from_entry(key, entry or {}) for key, entry in (data.get("sites") or {}).items()}


def load_registry(path: Path | None = None) -> dict[str, SiteConfig]:
    """Every outlet in the registry, by key (the built-in ``sites.yaml`` plus ``$PANTAU_SITE_REGISTRY``)."""
    if path is not None:
        return dict(_load(path))
    sites = dict(_load(REGISTRY_FILE))
    extra = os.environ.get(EXTRA_REGISTRY_ENV)
    if extra:
        extra_path = Path(extra).expanduser()
        if not extra_path.is_file():
            raise InputError(f"{EXTRA_REGISTRY_ENV} names no file: {extra}")
        sites.update(_load(extra_path.resolve()))
    return sites


def get_site(key: str, path: Path | None = None) -> SiteConfig:
    """One outlet by key; an unknown key is a user error naming the known ones."""
    sites = load_registry(path)
    if key not in sites:
        raise InputError(f"unknown site {key!r} (known: {', '.join(sorted(sites))})")
    return sites[key]


def generic_site(start_url: str) -> SiteConfig:
    """A site for generic mode: found from one start URL, no registry entry, deeper link following."""
    if not is_http_url(start_url):
        raise InputError(f"not an http(s) URL: {start_url!r}")
    canonical = canonicalize_url(start_url)
    base = canonical.split("/", 3)
    base_url = "/".join(base[:3])
    return SiteConfig(key=netloc_of(canonical), name=netloc_of(canonical), base_url=base_url,
                      start_urls=(start_url,), sitemaps=(base_url + "/sitemap.xml",), link_depth=4, generic=True)


@cache
def load_keywords(path: Path = KEYWORDS_FILE) -> list[str]:
    """The discovery keywords (``keywords.txt``)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
