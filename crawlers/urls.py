"""URLs: what to fetch (exactly as linked) and the canonical key that says "seen already".

Tracking parameters, ``/amp/`` twins, fragments, default ports, trailing
slashes and parameter order are normalised away in the key, so that the same
article reached through a newsletter link, an AMP page or a sitemap is stored
once; the request itself always goes to the URL the page links.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl",
    "ref", "ref_src", "referrer", "amp", "amp_js_v", "usqp", "outputtype", "share", "utm", "spm", "cmpid", "ito",
    "s_cid", "trk", "_hsenc", "_hsmi", "mkt_tok",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "__twitter", "_branch")
PAGE_PARAMS = frozenset({"page", "hal", "halaman", "paged"})
_AMP_SEGMENT = re.compile(r"/amp(?=/|$)", re.IGNORECASE)
_MULTI_SLASH = re.compile(r"/{2,}")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


@lru_cache(maxsize=65536)
def canonicalize_url(url: str, *, base: str | None = None, keep_page: bool = True) -> str:
    """The canonical form of ``url`` (resolved against ``base`` when relative).

    Lower-case scheme and host, no default port, no fragment, no tracking
    parameters, no ``/amp`` path segment or ``amp.`` host, no ``page=1``, sorted
    query, no trailing slash. ``keep_page=False`` also drops page-number parameters,
    which names the first page of a multi-page article.
    """
    if base:
        url = urljoin(base, url.strip())
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("amp."):
        host = host[4:]
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    path = _MULTI_SLASH.sub("/", parts.path or "/")
    path = _AMP_SEGMENT.sub("", path) or "/"
    if path.endswith(".amp"):
        path = path[:-4]
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query_pairs = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(name)
        and not (name.lower() in PAGE_PARAMS and (not keep_page or value.strip() in ("", "1")))
    ]
    query = urlencode(sorted(query_pairs))
    return urlunsplit((scheme, netloc, path, query, ""))


@lru_cache(maxsize=65536)
def request_url(url: str, base: str | None = None) -> str:
    """The URL to fetch for a link: resolved against ``base``, without whitespace or fragment, otherwise exactly
    as the page links it (trailing slash, query, tracking parameters and all).

    ``/a`` and ``/a/`` are different resources, and a site may answer only the form it links;
    canonical forms (:func:`canonicalize_url`) only decide whether a page was seen already.
    """
    url = url.strip()
    if base and url.startswith("/") and not url.startswith("//") and "/." not in url:
        return _origin(base) + url.split("#", 1)[0]  # a root-relative path: what urljoin gives, faster
    resolved = urljoin(base, url) if base else url
    return urldefrag(resolved)[0]


@lru_cache(maxsize=4096)
def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@lru_cache(maxsize=65536)
def host_of(url: str) -> str:
    """The host of ``url`` without ``www.``/``m.``/``amp.`` prefixes (for same-site checks)."""
    host = (urlsplit(url).hostname or "").lower()
    for prefix in ("www.", "m.", "amp."):
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host


@lru_cache(maxsize=65536)
def netloc_of(url: str) -> str:
    """Host and port of ``url`` (what identifies a site served locally on 127.0.0.1)."""
    parts = urlsplit(url)
    return f"{host_of(url)}:{parts.port}" if parts.port else host_of(url)


def same_site(url_a: str, url_b: str) -> bool:
    """Whether two URLs belong to the same site (host and port, ignoring www./m./amp.)."""
    return netloc_of(url_a) == netloc_of(url_b)


def replace_origin(url: str, base_url: str) -> str:
    """``url`` with its scheme and host (and port) taken from ``base_url`` (used for site overrides)."""
    parts = urlsplit(url)
    base = urlsplit(base_url)
    base_path = base.path.rstrip("/")
    return urlunsplit((base.scheme, base.netloc, base_path + parts.path, parts.query, parts.fragment))


def is_http_url(url: str) -> bool:
    """Whether ``url`` is an absolute http(s) URL with a host."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)
