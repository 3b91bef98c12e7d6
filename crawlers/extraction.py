"""Reading one HTML page: is it an article, and if so its title, body text and date.

This is the engine every parser uses. A parser (``crawlers/parsers/``) only adds
hints for its outlet: where the body is, what to prune, where the date is.
Without hints the page is read generically: JSON-LD, meta tags and the layout
decide article versus listing/static page, trafilatura extracts the body, and
boilerplate lines ("Baca juga", share bars, comment forms) are removed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from copy import copy, deepcopy
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Extractor

from crawlers.dates import date_from_url, parse_iso_datetime, parse_visible_date
from crawlers.urls import PAGE_PARAMS, canonicalize_url, is_http_url, netloc_of, request_url, same_site

ARTICLE_TYPES = frozenset({
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "blogposting",
    "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle", "liveblogposting", "report",
})
LISTING_TYPES = frozenset({
    "collectionpage", "itemlist", "searchresultspage", "profilepage", "aboutpage", "contactpage",
})
_LISTING_SEGMENTS = frozenset({
    "tag", "tags", "topik", "topic", "topics", "category", "categories", "kategori", "kanal", "rubrik", "indeks",
    "index", "search", "cari", "pencarian", "author", "authors", "penulis", "page", "feed", "arsip", "archive",
    "archives", "label", "section", "terpopuler", "terkini", "popular", "video", "foto", "galeri",
})
_STATIC_SEGMENTS = frozenset({
    "about", "about-us", "tentang", "tentang-kami", "kontak", "contact", "contact-us", "hubungi-kami", "redaksi",
    "susunan-redaksi", "pedoman", "pedoman-media-siber", "privacy", "privacy-policy", "kebijakan-privasi",
    "disclaimer", "karir", "iklan", "info-iklan", "syarat-dan-ketentuan", "faq", "sitemap", "login", "register",
})
_DATE_META_NAMES = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
    "publish_date", "content_publisheddate", "article_date_original", "dc.date.issued", "dc.date", "date",
    "sailthru.date", "parsely-pub-date", "dtm.publishdate", "published_time",
)
_JUNK_HINT = re.compile(
    r"related|terkait|populer|popular|sidebar|widget|rekomendasi|trending|baca-?juga|share|sosmed|social|"
    r"comment|komentar|newsletter|advert|iklan|ads?-|banner|breadcrumb|footer|menu|navbar|tags?\b",
    re.IGNORECASE,
)
_PRUNE_TAGS = ("div", "section", "aside", "ul", "ol", "footer", "nav", "form")
_PRUNE_WORDS = re.compile(
    r"comments?|komentar|komen|disqus|respond|share|sharing|bagikan|social|sosmed|related|terkait|"
    r"rekomendasi|populer|popular|trending|newsletter|breadcrumbs?|crumb|tags?|labels?|topik|pager|pagination|paging",
    re.IGNORECASE,
)
_NAME_PARTS = re.compile(r"[-_]+")
_CHROME_HINT = re.compile(
    r"footer|modal|popup|pop-up|consent|cookie|gdpr|privacy|syarat|ketentuan|terms|dialog|overlay|newsletter|"
    r"sidebar|widget|login|signin|subscribe",
    re.IGNORECASE,
)
_CONTENT_HINT = re.compile(r"content|entry|article|post-body|body|isi|detail|txt|story|main", re.IGNORECASE)
_TEASER_ANCHORS = (
    "//body//*[self::h2 or self::h3 or self::h4 or self::h5 or self::article or contains(@class, 'title') or "
    "contains(@class, 'heading') or contains(@class, 'judul') or contains(@class, 'headline')]//a[@href]"
)
_INLINE_TAGS = frozenset({"span", "em", "strong", "b", "i", "u", "font", "small", "mark"})
_TEXT_BLOCKS = frozenset({"p", "li", "blockquote", "td", "dd", "figcaption"})
_BACA_JUGA_TAGS = ("p", "div", "li", "span", "strong", "h4")
_BACA_JUGA = re.compile(r"^(baca|simak|lihat)\s*(juga|pula|selengkapnya)?\s*[:\-–—]", re.IGNORECASE)
_BACA_JUGA_WORDS = re.compile(r"baca|simak|lihat", re.IGNORECASE)
_BACA_JUGA_MAX_CHARS = 300
_BODY_CONTAINER = re.compile(
    r"(^|[\s])(entry-content|post-content|post-body|post-entry|article-content|article-body|articlebody|"
    r"article__content|article__body|article-detail|detail-content|content-detail|detail__body-text|detail-text|"
    r"story-body|td-post-content|txt-article|read__content|isi-berita|isi-artikel|isi|news-content|"
    r"single-content|content-article|article-content-body|itp_bodycontent)([\s]|$)",
    re.IGNORECASE,
)
_DATE_MARKER = re.compile(r"date|time|tanggal|tgl|waktu|publish|posted|meta|jam", re.IGNORECASE)
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:]\s+")
MIN_ARTICLE_CHARS = 250
MENU_MIN_LINES, MENU_LINE_WORDS, MENU_SHARE = 12, 4, 0.6  # "mostly menu entries": see looks_like_menus
# The article/listing verdict (see analyze_page): a prose line is PROSE_LINE_CHARS long or more; a headline
# over HEADLINE_BODY_CHARS of prose, and LONG_BODY_CHARS of prose, each count for an article; a listing has
# under TEASER_CHARS of prose per headline link, or under SNIPPET_CHARS per teaser; an article needs a margin.
PROSE_LINE_CHARS, HEADLINE_BODY_CHARS, LONG_BODY_CHARS = 100, 500, 2000
TEASER_CHARS, SNIPPET_CHARS, ARTICLE_MARGIN = 200, 150, 3
TEASER_UNIT_CHARS = 800  # a teaser (headline, snippet, date) is shorter than this


@dataclass
class PageHints:
    """Optional, outlet-specific help for reading a page (all XPath expressions)."""

    body_xpaths: Sequence[str] = ()
    title_xpaths: Sequence[str] = ()
    date_xpaths: Sequence[str] = ()
    prune_xpaths: Sequence[str] = ()
    article_url_patterns: Sequence[re.Pattern[str]] = ()


@dataclass
class PageAnalysis:
    """What a page is and, for an article, what it says."""

    url: str
    kind: str  # "article" | "listing" | "other"
    reason: str
    canonical_url: str
    title: str | None = None
    text: str = ""
    published: str | None = None
    page_urls: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)  # RSS/Atom feeds the page announces in <link rel=alternate>
    body_text: str = ""  # the extracted body whatever the verdict (later pages of an article need it)


@cache
def _trafilatura_options() -> Extractor:
    """trafilatura's options, built once (reading its configuration costs more than a short page)."""
    return Extractor(output_format="txt", fast=True, comments=False, tables=True, images=False, links=False,
                     dedup=False, with_metadata=False)


@cache
def boilerplate_lines() -> re.Pattern[str]:
    """The line patterns of ``boilerplate.txt`` as one compiled regular expression."""
    lines = Path(__file__).with_name("boilerplate.txt").read_text(encoding="utf-8").splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.IGNORECASE)


def decode_html(body: bytes, declared_encoding: str | None = None) -> str:
    """Decode a page: the declared charset if it fits, else the ``<meta>`` charset, UTF-8, then windows-1252."""
    candidates: list[str] = []
    if declared_encoding:
        candidates.append(declared_encoding)
    meta = re.search(rb"""<meta[^>]+charset=["']?\s*([A-Za-z0-9_-]+)""", body[:4096], re.IGNORECASE)
    if meta:
        candidates.append(meta.group(1).decode("ascii"))
    candidates += ["utf-8", "cp1252"]
    for encoding in candidates:
        name = encoding.lower()
        if name in ("iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii"):
            name = "cp1252"  # what browsers do
        try:
            return body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("utf-8", errors="replace")


@cache
def _html_parser() -> lxml.html.HTMLParser:
    """lxml's HTML parser without comments: a ``<!-- -->`` inside a paragraph cuts trafilatura's text short."""
    return lxml.html.HTMLParser(remove_comments=True, remove_pis=True)


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """An lxml tree of ``html`` without comments, tolerant of broken markup; None when nothing can be parsed."""
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html, parser=_html_parser())
    except (etree.ParserError, ValueError):
        return None


def is_prune_marked(node: lxml.html.HtmlElement) -> bool:
    """Whether a class name or the id of ``node`` names a share/comment/related/tag box.

    The word must be a whole class name or its first or last part (``related``, ``related-posts``,
    ``post-share``); a modifier after ``--`` never counts, so ``field--label-hidden`` is not a label box.
    """
    for name in (*node.get("class", "").split(), node.get("id", "")):
        parts = [part for part in _NAME_PARTS.split(name.split("--", 1)[0]) if part]
        if parts and (_PRUNE_WORDS.fullmatch(parts[0]) or _PRUNE_WORDS.fullmatch(parts[-1])):
            return True
    return False


def _text(node: object) -> str:
    if isinstance(node, str):
        return " ".join(node.split())
    return " ".join(node.text_content().split()) if node is not None else ""


def _marker(node: lxml.html.HtmlElement) -> str:
    """An element's class and id, for matching hints such as "date" or "share"."""
    return f"{node.get('class', '')} {node.get('id', '')}"


def json_ld_objects(tree: lxml.html.HtmlElement) -> list[dict]:
    """Every JSON-LD object on the page, ``@graph`` members flattened."""
    objects: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
            except json.JSONDecodeError:
                continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
            elif isinstance(item, list):
                stack.extend(item)
    return objects


def _types(obj: dict) -> set[str]:
    value = obj.get("@type", [])
    values = value if isinstance(value, list) else [value]
    return {str(v).lower() for v in values}


def _meta(tree: lxml.html.HtmlElement, *names: str) -> str | None:
    wanted = {name.lower() for name in names}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        if key in wanted and node.get("content"):
            return node.get("content").strip()
    return None


def _first_xpath_text(tree: lxml.html.HtmlElement, xpaths: Iterable[str]) -> str | None:
    for xpath in xpaths:
        for node in tree.xpath(xpath):
            text = _text(node)
            if text:
                return text
    return None


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1 and len(parts[-1]) <= 30 and len(" ".join(parts[:-1])) >= 15:
        title = title[: title.rfind(parts[-1])].rstrip(" -|–—:")
    return title or None


def _headline_candidates(tree: lxml.html.HtmlElement) -> list[str]:
    """The page's ``<h1>`` texts outside footers, navigation, sidebars and consent or terms dialogs."""
    found = []
    for node in tree.iter("h1"):
        text = _text(node)
        if not 10 <= len(text) <= 250:  # a longer "h1" is broken markup swallowing the page
            continue
        if any(ancestor.tag in ("footer", "nav", "aside", "dialog") or _CHROME_HINT.search(_marker(ancestor))
               for ancestor in node.iterancestors()):
            continue
        found.append(text)
    return found


def _same_headline(a: str, b: str) -> bool:
    """Whether two titles name the same article (one inside the other, or mostly the same words)."""
    a, b = a.casefold(), b.casefold()
    if a in b or b in a:
        return True
    words_a, words_b = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    return bool(words_a and words_b) and len(words_a & words_b) >= 0.6 * min(len(words_a), len(words_b))


def find_title(tree: lxml.html.HtmlElement, ld_articles: list[dict], hints: PageHints) -> str | None:
    """The article's own headline: outlet hint, JSON-LD ``headline``, the ``<h1>`` that agrees with
    ``og:title``/``<title>``, then ``og:title``, then the first ``<h1>`` outside page chrome, then ``<title>``."""
    hinted = _first_xpath_text(tree, hints.title_xpaths)
    if hinted:
        return hinted
    for obj in ld_articles:
        headline = obj.get("headline") or obj.get("name")
        if isinstance(headline, str) and headline.strip():
            return " ".join(headline.split())
    og_title = _clean_title(_meta(tree, "og:title", "twitter:title"))
    page_title = _clean_title(_first_xpath_text(tree, ["//head/title", "//title"]))
    headlines = _headline_candidates(tree)
    for reference in (og_title, page_title):
        if reference:
            for headline in headlines:
                if _same_headline(headline, reference):
                    return headline
    return og_title or (headlines[0] if headlines else page_title)


def find_published(tree: lxml.html.HtmlElement, ld_articles: list[dict], hints: PageHints) -> str | None:
    """The publication date from structured data and the page's date elements (before the body is read)."""
    hinted = _first_xpath_text(tree, hints.date_xpaths)
    if hinted:
        found = parse_visible_date(hinted) or parse_iso_datetime(hinted)
        if found:
            return found
    for obj in ld_articles:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            value = obj.get(key)
            if isinstance(value, str) and (found := parse_iso_datetime(value)):
                return found
    if (meta := _meta(tree, *_DATE_META_NAMES)) and (found := parse_iso_datetime(meta)):
        return found
    for node in tree.xpath("//time[@datetime] | //*[@itemprop='datePublished'][@content or @datetime]"):
        if (found := parse_iso_datetime(node.get("datetime") or node.get("content"))):
            return found
    body = next(tree.iter("body"), None)
    for node in body.iter(etree.Element) if body is not None else ():
        marker = _marker(node)
        if node.tag in ("script", "style") or not _DATE_MARKER.search(marker) or _JUNK_HINT.search(marker):
            continue
        text = _text(node)
        if 6 <= len(text) <= 160 and (found := parse_visible_date(text)):
            return found
    return None


def find_canonical(tree: lxml.html.HtmlElement, url: str) -> str:
    """The page's canonical URL: ``rel=canonical`` (or ``og:url``) on the same site, else the URL itself."""
    candidates = [node.get("href") for node in tree.xpath('//link[@rel="canonical"][@href]')]
    candidates.append(_meta(tree, "og:url"))
    for candidate in candidates:
        if candidate and is_http_url(canonicalize_url(candidate, base=url)):
            resolved = canonicalize_url(candidate, base=url)
            if same_site(resolved, url):
                return resolved
    return canonicalize_url(url)


def _drop(node: lxml.html.HtmlElement) -> None:
    parent = node.getparent()
    if parent is not None:
        node.drop_tree()


def _is_baca_juga(node: lxml.html.HtmlElement) -> bool:
    """A short "Baca juga: ..." insert (checked on the node's first words before its whole text)."""
    head = ""
    for chunk in node.itertext():
        head += chunk
        if len(head) > 40:
            break
    if not _BACA_JUGA.match(" ".join(head.split())):
        return False
    return len(" ".join(node.text_content().split())) < _BACA_JUGA_MAX_CHARS


def prune_tree(tree: lxml.html.HtmlElement, prune_xpaths: Sequence[str] = ()) -> None:
    """Remove what is never article text: outlet-specific junk, share/comment/related boxes, "Baca juga" inserts."""
    for xpath in prune_xpaths:
        for node in tree.xpath(xpath):
            _drop(node)
    for node in [node for node in tree.iter(*_PRUNE_TAGS) if is_prune_marked(node)]:
        if node.getparent() is None or _CONTENT_HINT.search(_marker(node)) or next(node.iter("h1"), None) is not None:
            continue  # e.g. class="entry-content no-share": the body itself, with a modifier
        _drop(node)
    body = next(tree.iter("body"), tree)
    if not _BACA_JUGA_WORDS.search(body.text_content()):
        return
    for node in [node for node in body.iter(*_BACA_JUGA_TAGS) if _is_baca_juga(node)]:
        if node.getparent() is not None:
            _drop(node)


def clean_body_text(text: str, title: str | None = None) -> str:
    """Drop boilerplate lines, the headline repeated at the top, and blank lines from extracted body text."""
    junk = boilerplate_lines()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    kept = [line for line in lines if line and not junk.match(line)]
    if title:
        headline = " ".join(title.split()).casefold()
        while kept and kept[0].casefold() == headline:
            kept.pop(0)
    return "\n".join(kept)


def find_body_container(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The one element that holds the article body by a common name (``itemprop=articleBody``, ``entry-content``,
    ``detail__body-text``, ``isi-berita``...), or None when there is none, several, or it looks like a listing."""
    body = next(tree.iter("body"), None)
    if body is None:
        return None
    candidates = body.xpath('.//*[@itemprop="articleBody"]') or [
        node for node in body.iter("div", "section", "article", "main")
        if _BODY_CONTAINER.search(node.get("class", "")) or _BODY_CONTAINER.search(node.get("id", ""))
    ]
    chosen = set(candidates)
    outermost = [node for node in candidates if not any(parent in chosen for parent in node.iterancestors())]
    if len(outermost) != 1:
        return None
    container = outermost[0]
    if len(container.xpath(".//p")) < 2 or len(container.xpath(".//h2//a | .//h3//a | .//article")) >= 3:
        return None
    return container


def _as_document(nodes: Iterable[lxml.html.HtmlElement]) -> lxml.html.HtmlElement:
    wrapper = lxml.html.Element("html")
    article = etree.SubElement(etree.SubElement(wrapper, "body"), "article")
    for node in nodes:
        article.append(node)
    return wrapper


def looks_like_menus(text: str) -> bool:
    """Whether extracted text is mostly menu entries: many lines, most of them a few words long."""
    lines = text.splitlines()
    if len(lines) < MENU_MIN_LINES:
        return False
    short = sum(len(line.split()) <= MENU_LINE_WORDS for line in lines)
    return short >= MENU_SHARE * len(lines)


def _trafilatura_text(document: lxml.html.HtmlElement, url: str, hints: PageHints, title: str | None) -> str:
    """trafilatura's fast pass; its full pass (with its fallback extractors) when the fast one returned menus."""
    prune_tree(document, hints.prune_xpaths)
    options = copy(_trafilatura_options())
    options.url = options.source = url
    text = trafilatura.extract(document, options=options) or ""
    if looks_like_menus(text):
        options.fast = False
        text = trafilatura.extract(document, options=options) or text
    return clean_body_text(text, title)


def extract_body(tree: lxml.html.HtmlElement, url: str, hints: PageHints, title: str | None = None, *,
                 container: lxml.html.HtmlElement | None | bool = True) -> str:
    """The article body as plain text, one paragraph a line.

    trafilatura reads the outlet's hinted container when there is one, else the page's one body container
    when it has a common name (the rest of the page is chrome, and reading less of it is faster), falling
    back to the whole page when that yields too little. ``container``: the body container when the caller
    looked for it already (None: there is none), True to look here.
    """
    for xpath in hints.body_xpaths:
        found = tree.xpath(xpath)
        if found:
            return _trafilatura_text(_as_document(found), url, hints, title)
    if container is True:
        container = find_body_container(tree)
    if container is not None:
        text = _trafilatura_text(_as_document([deepcopy(container)]), url, hints, title)
        if len(text) >= MIN_ARTICLE_CHARS:
            return text
    return _trafilatura_text(tree, url, hints, title)


def _url_kind(url: str) -> str | None:
    from urllib.parse import parse_qsl, urlsplit

    parts = urlsplit(url)
    segments = [segment.lower() for segment in parts.path.split("/") if segment]
    if not segments and not parts.query:
        return "listing"  # the home page
    if any(name.lower() in ("s", "q", "keyword", "query", "search") for name, _ in parse_qsl(parts.query)):
        return "listing"
    listed = [index for index, segment in enumerate(segments) if segment in _LISTING_SEGMENTS]
    if listed and (listed[-1] >= len(segments) - 2 or not url_looks_like_article(url)):
        return "listing"  # /tag/x, /page/2, /kanal/hukum; not /video/2025/01/11/a-long-article-slug
    if segments and segments[-1].split(".")[0] in _STATIC_SEGMENTS:
        return "other"
    return None


def _in_page_chrome(anchor: lxml.html.HtmlElement) -> bool:
    for ancestor in anchor.iterancestors():
        if ancestor.tag in ("nav", "aside", "footer", "header"):
            return True
        marker = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        if marker.strip() and _JUNK_HINT.search(marker):
            return True
    return False


def _in_text_link(anchor: lxml.html.HtmlElement) -> bool:
    """Whether ``anchor`` is a link inside a sentence: its paragraph (or list item) says much more than it."""
    block = anchor.getparent()
    while block is not None and block.tag in _INLINE_TAGS:
        block = block.getparent()
    if block is None or block.tag not in _TEXT_BLOCKS:
        return False
    return len(_text(block)) > 2 * len(_text(anchor)) + 20


def teaser_units(tree: lxml.html.HtmlElement) -> list[str]:
    """The teasers in the page's main area, as text: each headline link with the snippet and date around it.

    A teaser is the largest block above a headline link (four words or more, outside navigation, sidebars
    and related-news boxes) that holds no other headline link and at most TEASER_UNIT_CHARS of text.
    """
    anchors = [anchor for anchor in tree.xpath(_TEASER_ANCHORS)
               if len(_text(anchor).split()) >= 4 and not _in_text_link(anchor) and not _in_page_chrome(anchor)]
    headline_set = set(anchors)
    units = []
    for anchor in anchors:
        unit = anchor
        for ancestor in anchor.iterancestors():
            if ancestor.tag in ("body", "html", "main") or len(ancestor.text_content()) > TEASER_UNIT_CHARS:
                break
            if any(other in headline_set for other in ancestor.iter("a") if other is not anchor):
                break
            unit = ancestor
            if ancestor.tag == "article":
                break
        units.append(_text(unit))
    return units


def find_page_urls(tree: lxml.html.HtmlElement, url: str) -> list[str]:
    """Further pages of a multi-page article ("Halaman 1 2"), in order, as linked (absolute URLs)."""
    from urllib.parse import parse_qsl, urlsplit

    base = canonicalize_url(url, keep_page=False)
    base_path = urlsplit(base).path.rstrip("/")
    pages: dict[int, str] = {}
    link_base = document_base(tree, url)
    for anchor in tree.xpath("//body//a[@href]"):
        label = _text(anchor)
        if not label.isdigit() or not 1 < int(label) < 50:
            continue
        linked = request_url(anchor.get("href"), link_base)
        target = canonicalize_url(linked)
        parts = urlsplit(target)
        number = int(label)
        page_param = {k.lower(): v for k, v in parse_qsl(parts.query) if k.lower() in PAGE_PARAMS}
        if page_param and canonicalize_url(target, keep_page=False) == base:
            if list(page_param.values())[0] == label:
                pages.setdefault(number, linked)
        elif parts.path.rstrip("/") == f"{base_path}/{label}" and same_site(target, url):
            pages.setdefault(number, linked)
    return [pages[number] for number in sorted(pages)]


def document_base(tree: lxml.html.HtmlElement, url: str) -> str:
    """What the page's relative links resolve against: its ``<base href>``, else its own URL."""
    from urllib.parse import urljoin

    declared = tree.xpath("/html/head/base[@href][1]/@href")
    return urljoin(url, declared[0].strip()) if declared and declared[0].strip() else url


def site_links(tree: lxml.html.HtmlElement, url: str) -> list[str]:
    """Every same-site http(s) link on the page, as linked (resolved, no fragment), one per canonical form,
    in page order."""
    seen: dict[str, str] = {}
    site, base = netloc_of(url), document_base(tree, url)
    for anchor in tree.xpath("//a[@href]"):
        href = anchor.get("href", "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:", "whatsapp:")):
            continue
        absolute = href.startswith(("http://", "https://"))
        try:
            link = href.split("#", 1)[0] if absolute else request_url(href, base)
            if netloc_of(link) != site or not (absolute or is_http_url(link)):
                continue  # another site (most links to leave a page are shares, ads and social media)
            seen.setdefault(canonicalize_url(link), link)
        except ValueError:
            continue
    return list(seen.values())


def announced_feeds(tree: lxml.html.HtmlElement, url: str) -> list[str]:
    """Same-site RSS/Atom feeds announced with ``<link rel="alternate">``, as linked."""
    feeds: dict[str, str] = {}
    for node in tree.xpath('//link[@href][contains(concat(" ", normalize-space(@rel), " "), " alternate ")]'):
        kind = (node.get("type") or "").lower()
        if "rss" in kind or "atom" in kind:
            feed = request_url(node.get("href"), document_base(tree, url))
            if is_http_url(feed) and same_site(feed, url):
                feeds.setdefault(canonicalize_url(feed), feed)
    return list(feeds.values())


def _matches(patterns: Sequence[re.Pattern[str]], url: str) -> bool:
    if not patterns:
        return False
    from urllib.parse import urlsplit

    parts = urlsplit(canonicalize_url(url))
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    return any(pattern.search(target) for pattern in patterns)


@dataclass
class BodyShape:
    """How the extracted body reads: prose paragraphs, or headline links and cut-off snippets (a listing)."""

    lines: int
    chars: int
    prose_chars: int  # in lines of PROSE_LINE_CHARS or more that are not link texts, cut off or in a teaser
    headline_links: int  # lines that are the text of a link on the page, four words or more
    truncated: int  # lines ending in "..." or "…"
    teaser_chars: int  # in lines that are part of a teaser (see teaser_units)


def body_shape(text: str, anchor_texts: set[str], teasers: list[str]) -> BodyShape:
    """Measure the extracted body against the page's link texts and teasers."""
    lines = text.splitlines()
    teaser_text = "\n".join(teasers).casefold()
    prose = headlines = truncated = in_teasers = 0
    for line in lines:
        folded = line.casefold()
        linked = folded in anchor_texts
        cut = line.endswith(("...", "…", "[…]"))
        teaser = bool(teaser_text) and folded in teaser_text
        headlines += linked and len(line.split()) >= 4
        truncated += cut
        in_teasers += len(line) if teaser else 0
        if not (linked or cut or teaser) and len(line) >= PROSE_LINE_CHARS:
            prose += len(line)
    return BodyShape(len(lines), len(text), prose, headlines, truncated, in_teasers)


def without_link_lines(text: str, link_texts: set[str]) -> str:
    """The body without lines that are wholly the text of a link of three words or more (related-news items)."""
    lines = text.splitlines()
    kept = [line for line in lines if len(line.split()) < 3 or line.casefold() not in link_texts]
    return "\n".join(kept) if len(kept) < len(lines) else text


def anchor_texts(tree: lxml.html.HtmlElement) -> set[str]:
    """The normalised texts of the page's links."""
    texts = {" ".join(anchor.text_content().split()).casefold() for anchor in tree.iter("a")}
    texts.discard("")
    return texts


def has_article_markup(tree: lxml.html.HtmlElement, container: lxml.html.HtmlElement | None) -> bool:
    """``itemprop=articleBody``, a body container by a common name, or an ``<article>`` holding the ``<h1>``."""
    return container is not None or bool(tree.xpath('//*[@itemprop="articleBody"] | //article[.//h1]'))


def url_looks_like_article(url: str) -> bool:
    """A last path segment that reads as an article slug (four words or more) or carries a long numeric id."""
    from urllib.parse import urlsplit

    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    if not segments:
        return False
    last = segments[-1].rsplit(".", 1)[0]
    return len([word for word in re.split(r"[-_+]+", last) if word]) >= 4 or bool(re.search(r"\d{5,}", last))


@dataclass
class PageSignals:
    """What the verdict weighs, gathered from one page."""

    url_kind: str | None  # "listing" or "other" from the URL's words (see _url_kind), else None
    pattern_match: bool  # the URL matches one of the outlet's article patterns
    linked_articles: int  # links on the page that match the outlet's article patterns
    ld_article: bool
    ld_listing: bool
    og_article: bool
    markup: bool  # see has_article_markup
    dated: bool
    titled: bool
    slug: bool  # see url_looks_like_article
    paginated: bool  # the page names further pages of itself ("Halaman 1 2")
    teasers: int
    loose_articles: int  # <article> elements when none holds the <h1>
    length: int  # of the body text
    shape: BodyShape


def article_evidence(signals: PageSignals) -> int:
    """Points for "this page is one article": structured data, markup, a date, a headline over a prose body."""
    prose = signals.shape.prose_chars
    points = 2 * signals.ld_article + signals.og_article + signals.markup + signals.dated + signals.slug
    points += signals.titled and prose >= HEADLINE_BODY_CHARS
    points += prose >= LONG_BODY_CHARS
    return points


def listing_evidence(signals: PageSignals) -> int:
    """Points for "this page lists other pages": a body of headline links, cut-off snippets or teasers."""
    shape, teasers = signals.shape, signals.teasers
    points = 0
    if shape.headline_links >= 3 and shape.headline_links * TEASER_CHARS >= shape.prose_chars:
        points += 3
    if shape.truncated >= 2 and shape.truncated * 2 >= shape.lines:
        points += 3
    if teasers >= 3 and shape.teaser_chars * 2 >= shape.chars:
        points += 3
    if teasers >= 5 and teasers * SNIPPET_CHARS >= shape.prose_chars:
        points += 1
    points += signals.loose_articles >= 3
    return points


def page_verdict(signals: PageSignals) -> tuple[str, str]:
    """(kind, reason): "article", "listing" or "other".

    URL words, JSON-LD listing types and the outlet's article patterns decide first; then points for an
    article against points for a listing (an article needs a margin of ARTICLE_MARGIN), or a dated prose
    page with nothing of a listing. A date is one signal, never a gate.
    """
    s = signals
    if s.url_kind == "listing" and not s.pattern_match:
        return "listing", "url"
    if s.ld_listing and not s.ld_article:
        return "listing", "json-ld"
    if not s.pattern_match and s.linked_articles >= 3 and not s.ld_article:
        return "listing", "links to articles"
    if s.paginated and s.teasers >= 3 and not s.ld_article:
        return "listing", "paginated teasers"
    if s.length < MIN_ARTICLE_CHARS and not s.paginated:
        return ("listing" if s.teasers >= 3 else "other"), "short"
    if s.url_kind == "other" and not s.ld_article:
        return "other", "url"
    for_article, for_listing = article_evidence(s), listing_evidence(s)
    reason = f"article {for_article} - listing {for_listing}"
    if s.pattern_match and for_listing < 3:
        return "article", "url pattern"
    if for_article - for_listing >= ARTICLE_MARGIN:
        return "article", reason
    if for_listing == 0 and s.teasers == 0 and s.dated and s.shape.prose_chars >= HEADLINE_BODY_CHARS:
        return "article", "dated prose, nothing of a listing"
    return ("listing" if for_listing >= 2 or s.teasers >= 3 else "other"), reason


def analyze_page(html: str, url: str, hints: PageHints | None = None) -> PageAnalysis:
    """Decide what the page at ``url`` is (see :func:`page_verdict`) and extract the article fields when it is one:
    points for an article (JSON-LD, ``og:type``, article markup, a date, a headline over a prose body, an
    article-like slug) against points for a listing (a body of headline links, cut-off snippets or teasers)."""
    hints = hints or PageHints()
    tree = parse_html(html)
    if tree is None:
        return PageAnalysis(url=url, kind="other", reason="empty", canonical_url=canonicalize_url(url))
    ld_objects = json_ld_objects(tree)
    ld_articles = [obj for obj in ld_objects if _types(obj) & ARTICLE_TYPES]
    canonical = find_canonical(tree, url)
    links = site_links(tree, url)
    feeds = announced_feeds(tree, url)
    page_urls = find_page_urls(tree, url)
    if page_urls:
        canonical = canonicalize_url(canonical, keep_page=False)
    teaser_texts = teaser_units(tree)
    loose_articles = 0 if tree.xpath("//article[.//h1]") else len(tree.xpath("//body//article"))
    container = find_body_container(tree)
    markup = has_article_markup(tree, container)  # before extract_body, which may prune the tree
    title = find_title(tree, ld_articles, hints)
    published = find_published(tree, ld_articles, hints)
    body = extract_body(tree, url, hints, title, container=container)
    published = published or parse_visible_date(body[:1500]) or date_from_url(url)
    link_texts = anchor_texts(tree)
    text = without_link_lines(body, link_texts)
    signals = PageSignals(
        url_kind=_url_kind(canonical), pattern_match=_matches(hints.article_url_patterns, canonical),
        linked_articles=sum(_matches(hints.article_url_patterns, link) for link in links),
        ld_article=bool(ld_articles), ld_listing=any(_types(obj) & LISTING_TYPES for obj in ld_objects),
        og_article=(_meta(tree, "og:type") or "").lower() == "article", markup=markup,
        dated=published is not None, titled=title is not None, slug=url_looks_like_article(canonical),
        paginated=bool(page_urls), teasers=len(teaser_texts), loose_articles=loose_articles, length=len(text),
        shape=body_shape(body, link_texts, teaser_texts),
    )
    kind, reason = page_verdict(signals)
    if kind != "article":
        return PageAnalysis(url=url, kind=kind, reason=reason, canonical_url=canonical, page_urls=page_urls,
                            links=links, feeds=feeds, body_text=text)
    return PageAnalysis(url=url, kind=kind, reason=reason, canonical_url=canonical, title=title, text=text,
                        published=published, page_urls=page_urls, links=links, feeds=feeds, body_text=text)
