"""Render a digest as Markdown, e-mail-safe HTML (inline CSS, tables, charts as inline PNG) or PDF."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

import jinja2
import yaml

from pantau.digest.build import Digest
from pantau.digest.view import DigestIncident
from pantau.errors import InputError
from pantau.months import month_names

DATA_DIR = Path(__file__).parent / "data"
TEMPLATE_DIR = Path(__file__).parent / "templates"
LANGUAGES = ("id", "en")
FORMATS = ("md", "html", "pdf")
Format = Literal["md", "html", "pdf"]
# Page set-up for PDF only; the HTML itself keeps every style inline for mail clients.
_PDF_CSS = "@page { size: A4; margin: 10mm } body, table { background: #ffffff !important } img { max-width: 100% }"


@cache
def _strings() -> dict[str, Any]:
    return yaml.safe_load((DATA_DIR / "strings.yaml").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Translator:
    """Strings of one language from ``data/strings.yaml``."""

    lang: str

    def __call__(self, key: str, **values: Any) -> str:
        return _strings()[key][self.lang].format(**values)

    def label(self, group: str, key: str) -> str:
        """A translated label of a group (roles, modus_labels, event_types); the key itself if unknown."""
        entry = _strings()[group].get(key)
        return entry[self.lang] if entry else key.replace("_", " ")

    def count(self, n: int, noun: str) -> str:
        """"1 incident", "2 incidents" (en); "2 kejadian" (id): a number with its noun, in the right number."""
        forms = _strings()["nouns"][noun][self.lang]
        if isinstance(forms, list):
            return f"{n} {forms[0] if n == 1 else forms[1]}"
        return f"{n} {forms}"

    @property
    def months(self) -> list[str]:
        return list(month_names(self.lang))

    def day(self, value: date | None) -> str:
        """"16 Oktober 2025" (id) / "16 October 2025" (en); "—" for no date."""
        return f"{value.day} {self.months[value.month - 1]} {value.year}" if value else self("none")


def translator(lang: str) -> Translator:
    if lang not in LANGUAGES:
        raise InputError(f"--lang must be one of {', '.join(LANGUAGES)}, got {lang!r}")
    return Translator(lang)


def _change(now: int, before: int) -> str:
    if before == 0:
        return "—" if now == 0 else "+" + str(now)
    delta = now - before
    return f"{delta:+d} ({delta / before:+.0%})"


PART_ROLES = ("victims_female", "victims_male", "victims_child")


def rule_text(rule: str, t: Translator) -> str:
    """A figure's rule in the digest's language ("most reports (2 of 3)" -> "mayoritas laporan (2 dari 3)")."""
    parts = []
    for part in rule.split("; "):
        match = re.fullmatch(r"most reports \((\d+) of (\d+)\)", part)
        if match:
            parts.append(t("rule_most_reports", k=match.group(1), n=match.group(2)))
        else:
            parts.append(_strings()["rules"].get(part, {}).get(t.lang, part))
    return "; ".join(parts)


def _conflict(figure: dict[str, Any], t: Translator) -> str:
    """" (reports give 12, 14; chosen: most reports (2 of 3))" when reports disagree, else ""."""
    values = sorted({report["value"] for report in figure.get("reports") or []})
    if len(values) < 2:
        return ""
    return " (" + t("figure_conflict", values=", ".join(map(str, values)), rule=rule_text(figure["rule"], t)) + ")"


def _counts_text(incident: DigestIncident, t: Translator) -> str:
    """The figures as one sentence that says how they relate: victims, how many of them were rescued and who
    they are, then suspects; a figure reports disagree on says so and which rule chose it."""
    figures = incident.figures
    parts = []
    victims = figures.get("victims")
    if victims:
        text = t.count(victims["value"], "victim") + _conflict(victims, t)
        rescued = figures.get("victims_rescued")
        if rescued:
            text += ", " + (t("all_rescued") if rescued["value"] == victims["value"]
                            else t("of_them_rescued", n=rescued["value"])) + _conflict(rescued, t)
        kinds = [f"{figures[role]['value']} {t.label('part_roles', role)}{_conflict(figures[role], t)}"
                 for role in PART_ROLES if role in figures]
        if kinds:
            text += "; " + t("of_them", parts=", ".join(kinds))
        parts.append(text)
    if figures.get("suspects"):
        parts.append(t.count(figures["suspects"]["value"], "suspect") + _conflict(figures["suspects"], t))
    return "; ".join(parts) or t("none")


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.jinja",), default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["as_date"] = lambda value: date.fromisoformat(str(value)[:10])
    return environment


def chart_images(digest: Digest, t: Translator) -> list[tuple[str, bytes]]:
    """(caption, PNG bytes) for the digest's charts: modus breakdown and weekly trend."""
    from pantau.digest.charts import modus_chart, trend_chart

    images = []
    if digest.modus_breakdown:
        title = t("chart_modus", region=digest.region.name)
        breakdown = [(t.label("modus_labels", label), n) for label, n in digest.modus_breakdown]
        images.append((title, modus_chart(breakdown, title)))
    elif digest.national_modus_breakdown:
        title = t("chart_modus_national")
        breakdown = [(t.label("modus_labels", label), n) for label, n in digest.national_modus_breakdown]
        images.append((title, modus_chart(breakdown, title)))
    title = t("chart_trend", region=digest.region.name)
    images.append((title, trend_chart(digest.weekly_trend, title, t.months)))
    return images


def _context(digest: Digest, t: Translator, with_charts: bool) -> dict[str, Any]:
    glance = [
        (t("new_incidents"), digest.totals.incidents, digest.previous.incidents),
        (t("victims"), digest.totals.victims, digest.previous.victims),
        (t("suspects"), digest.totals.suspects, digest.previous.suspects),
    ]
    if digest.totals.victims_origin_incidents or digest.previous.victims_origin_incidents:
        glance.append((t("origin_incidents"), digest.totals.victims_origin_incidents,
                       digest.previous.victims_origin_incidents))
    charts = []
    if with_charts:
        charts = [(caption, base64.b64encode(png).decode("ascii")) for caption, png in chart_images(digest, t)]
    return {
        "d": digest,
        "t": t,
        "glance": [(label, now, before, _change(now, before)) for label, now, before in glance],
        "counts_text": lambda incident: _counts_text(incident, t),
        "claim_text": lambda stat: _claim_text(stat, t),
        "modus_text": lambda incident: ", ".join(t.label("modus_labels", m) for m in incident.modus) or t("none"),
        "charts": charts,
        "national_text": t(
            "national_summary", incidents=t.count(digest.national.incidents, "incident"),
            victims=t.count(digest.national.victims, "victim"), suspects=t.count(digest.national.suspects, "suspect"),
            previous=t.count(digest.national_previous.incidents, "incident"),
        ),
        "empty_reason": _empty_reason(digest, t),
    }


def _claim_text(stat: dict[str, Any], t: Translator) -> str:
    """"17 kasus, 41 korban diselamatkan, 23 tersangka (Polda Jambi, sepanjang 2026)"."""
    figures = ", ".join(f"{value} {t.label('roles', role)}" for role, value in stat.get("figures", {}).items())
    source = ", ".join(part for part in (stat.get("agency"), (stat.get("period") or {}).get("label")) if part)
    return figures + (f" ({source})" if source else "")


def _empty_reason(digest: Digest, t: Translator) -> str:
    """Why a digest lists no incident: nothing collected, nothing about trafficking, or nothing in the region."""
    if digest.incidents:
        return ""
    if digest.articles_in_period == 0:
        return t("empty_nothing_collected")
    if digest.relevant_in_period == 0:
        return t("empty_nothing_relevant", articles=t.count(digest.articles_in_period, "article"))
    return t("empty_nothing_here", articles=t.count(digest.relevant_in_period, "article"),
             incidents=t.count(digest.national.incidents, "incident"), region=digest.region.name)


def render_text(digest: Digest, fmt: Literal["md", "html"], lang: str = "id") -> str:
    """The digest as Markdown or HTML text."""
    t = translator(lang)
    template = _environment().get_template(f"digest.{fmt}.jinja")
    return template.render(**_context(digest, t, with_charts=fmt == "html"))


def render_pdf(digest: Digest, lang: str = "id") -> bytes:
    """The digest as PDF (the HTML rendering, charts included, laid out by WeasyPrint)."""
    import logging

    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    html = render_text(digest, "html", lang)
    return weasyprint.HTML(string=html).write_pdf(stylesheets=[weasyprint.CSS(string=_PDF_CSS)])


def render(digest: Digest, fmt: str = "html", lang: str = "id") -> bytes:
    """The digest in ``fmt`` (md, html, pdf) as bytes ready to write."""
    if fmt not in FORMATS:
        raise InputError(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    if fmt == "pdf":
        return render_pdf(digest, lang)
    return render_text(digest, fmt, lang).encode("utf-8")  # type: ignore[arg-type]
