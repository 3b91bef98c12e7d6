"""The page's files without a browser: every UI string exists in both languages, and no unsafe DOM call slips in."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

STATIC = Path(__file__).resolve().parents[2] / "pantau" / "api" / "static"
LANGUAGES = ("id", "en")
UNSAFE_JS = ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
             "setAttribute(\"on", "srcdoc")


class _PageScan(HTMLParser):
    """Collects i18n keys, script tags and inline event handlers of index.html."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: set[str] = set()
        self.scripts: list[dict[str, str | None]] = []
        self.inline_handlers: list[str] = []
        self.styles: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("data-i18n") and value:
                self.keys.add(value)
            if name.startswith("on"):
                self.inline_handlers.append(f"<{tag} {name}>")
            if name == "style":
                self.styles.append(tag)
        if tag == "script":
            self.scripts.append(dict(attrs))
        if tag == "style":
            self.styles.append(tag)


def _strings() -> dict[str, dict[str, object]]:
    return json.loads((STATIC / "i18n.json").read_text(encoding="utf-8"))


def _scan_page() -> _PageScan:
    scan = _PageScan()
    scan.feed((STATIC / "index.html").read_text(encoding="utf-8"))
    return scan


def test_both_languages_have_the_same_strings() -> None:
    strings = _strings()
    assert set(strings) == set(LANGUAGES)
    for key, value in strings["id"].items():
        assert key in strings["en"], key
        if isinstance(value, dict):
            assert set(value) == set(strings["en"][key]), key
    assert set(strings["id"]) == set(strings["en"])


def test_every_key_the_page_uses_is_defined() -> None:
    strings = _strings()["id"]
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    used = set(re.findall(r"\bt\(\s*\"([a-z_]+)\"", script))
    used |= set(re.findall(r"\blabel\(\s*\"(label_[a-z_]+)\"", script))
    used |= _scan_page().keys
    assert used, "no keys found: the scan is broken"
    assert sorted(used - set(strings)) == []


def test_the_script_never_parses_markup() -> None:
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", script, flags=re.S)  # comments may name what the code avoids
    assert [call for call in UNSAFE_JS if call in code] == []


def test_the_page_has_no_inline_script_or_style() -> None:
    scan = _scan_page()
    assert scan.inline_handlers == []
    assert scan.styles == []
    assert [script.get("src") for script in scan.scripts] == ["app.js"]
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    assert "script-src 'self'" in html
    assert "http://" not in html and "https://" not in html  # nothing fetched from elsewhere
