"""Event type: incident | statistics | coordination | prevention | other. Sets ``doc._.event_type``.

``other`` is policy (bills, regulations, budgets, criticism: cues of type "other") and every irrelevant article.

Cue words per type live in ``nlp/data/event_type/cues.tsv``; each sentence holding a cue adds the cue's weight,
tripled in the title and doubled in the lead. The counts component adds evidence: a figure of two or more TPPO cases
or police reports points to statistics (a total over a period or region: one case has one report), and so does a
figure of people in the opening sentence that names a period (a strong statistics cue: "1.207 CPMI ... sepanjang 2025"):
the figure the article opens with; a period's total told further down is background to a case. Acts told with the
period of a total in one sentence ("menolak 64 permohonan paspor sepanjang Januari hingga November") are what the
total counts, no case of their own: their incident cues are not read there, and a headline that names such a period
("... Sepanjang 2025", "Semester I 2025, ...", "Tiga Bulan, ...") reports the total (statistics where incident would
win). A loose time ("tahun lalu", "akhir tahun") is when one case happened, no such period. The highest total
wins (ties go to incident). A relevant article with no cue at all is ``other`` (talk about trafficking). An article
that never names trafficking was found relevant for what it tells happened to someone (the semantic component, the
described conditions): it reports a case, ``incident``, whatever cues its body holds ("tidak pernah mengikuti
pelatihan", "mahasiswa" are no campaign), unless its headline names another type with a strong cue (a total
"sepanjang 2025", a campaign, a meeting): campaigns, meetings and statistics about trafficking name it. A meeting or
a campaign named in the title or the lead (a gathering of ``nlp/data/event_type/gatherings.tsv``: "rakor",
"sosialisasi", not words of tone such as "sinergi") is what the article reports: the totals it presents are what the
meeting heard, so statistics yield to it, and so do the cases of an article whose headline names the meeting. An
irrelevant article is always ``other`` (the record builder enforces it too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import nlp.extensions  # noqa: F401  (registers doc._ fields)
from nlp.language import (
    DATA_DIR,
    Sentences,
    compile_pattern,
    data_path,
    in_spans,
    link_line_spans,
    read_table,
    sentences_of,
    title_of,
)

CUES_PATH = DATA_DIR / "event_type" / "cues.tsv"
GATHERINGS_PATH = DATA_DIR / "event_type" / "gatherings.tsv"
EVENT_TYPES = ("incident", "statistics", "coordination", "prevention", "other")
TITLE_FACTOR = 3.0
LEAD_FACTOR = 2.0
LEAD_SENTENCES = 3
STATISTICS_CASES_WEIGHT = 3.0  # per TPPO count of cases or police reports >= 2 (a tally), doubled in the lead
TALLY_ROLES = ("cases", "reports")  # one case has one police report: two or more are a tally over a period
STRONG_CUE = 1.5  # a headline cue this strong keeps its type in an article that never names trafficking


@dataclass(frozen=True)
class Gathering:
    """A meeting or campaign pattern: named in the title or lead, the gathering is the reported event."""

    event_type: str
    pattern: re.Pattern[str]


@cache
def load_gatherings(path: Path = GATHERINGS_PATH) -> tuple[Gathering, ...]:
    """The gathering patterns of a data file (loaded once per process and path)."""
    gatherings = []
    for event_type, pattern in read_table(path):
        if event_type not in ("coordination", "prevention"):
            raise ValueError(f"{path}: a gathering is a meeting or a campaign, not {event_type!r}")
        gatherings.append(Gathering(event_type, compile_pattern(pattern)))
    return tuple(gatherings)


@dataclass(frozen=True)
class EventCue:
    """A weighted cue pattern for one event type."""

    event_type: str
    weight: float
    pattern: re.Pattern[str]
    lower_pattern: re.Pattern[str]  # the same, case-sensitive, for the lower-cased text (the cues are lower-case)


@cache
def load_cues(path: Path = CUES_PATH) -> tuple[EventCue, ...]:
    """The event-type cues of a data file (loaded once per process and path)."""
    cues = []
    for event_type, weight, pattern in read_table(path):
        if event_type not in EVENT_TYPES:
            raise ValueError(f"{path}: unknown event type {event_type!r}")
        if re.search(r"(?<!\\)[A-Z]", pattern):
            raise ValueError(f"{path}: cues are lower-case (they run on the lower-cased text): {pattern!r}")
        lower_pattern = compile_pattern(pattern, case_sensitive=True)
        cues.append(EventCue(event_type, float(weight), compile_pattern(pattern), lower_pattern))
    return tuple(cues)


def event_type_scores(doc: Doc, cues: tuple[EventCue, ...] | None = None) -> dict[str, float]:
    """Evidence total per event type."""
    sentences = sentences_of(doc)
    title = title_of(doc)
    title_in_text = bool(title) and sentences.text.lstrip().startswith(title)
    lead_end = _lead_end(sentences)
    scores = dict.fromkeys(EVENT_TYPES, 0.0)
    lowered = sentences.lowered  # None where lower-casing is not exact (the case-insensitive patterns run)
    links = link_line_spans(sentences.text, lowered)  # another article's headline
    period_sentences: set[int] = set()  # sentences that name a period ("sepanjang 2025", "Januari hingga Juni")
    tally_sentences: set[int] = set()  # of those, the ones whose period is a tally's, not a loose time ("tahun ini")
    cues = cues or load_cues()
    title_names_tally = _headline_names_tally(doc, cues)
    found = []
    for cue in cues:
        matches = cue.lower_pattern.finditer(lowered) if lowered is not None else cue.pattern.finditer(sentences.text)
        hits = [m for m in matches if not (links and in_spans(m.start(), links))]
        title_match = cue.pattern.search(title) if title else None
        found.append((cue, {sentences.index_at(m.start()) for m in hits}, title_match is not None))
        if cue.event_type == "statistics" and cue.weight >= STRONG_CUE:
            # "tidak menerima gaji selama setahun" is how long something lasted, not the period of a tally
            periods = [m for m in hits if not _DURATION.match(m.group(0))]
            period_sentences |= {sentences.index_at(m.start()) for m in periods}
            tally_sentences |= {sentences.index_at(m.start()) for m in periods if _is_tally_period(m.group(0))}
    # "sepanjang 2025 ... tiga laporan, termasuk kasus tersebut": a total told as background to the case reported
    background = {sentences.index_at(m.start()) for m in _THIS_CASE_INCLUDED.finditer(sentences.text)}
    for cue, hit_sentences, in_title in found:
        if cue.event_type == "statistics":
            hit_sentences -= background
        if cue.event_type == "incident":
            # the acts a tally counts ("menolak 64 permohonan paspor sepanjang 2026"): no case of their own
            hit_sentences -= tally_sentences
            in_title = in_title and not title_names_tally
        for index in hit_sentences:
            start = sentences.spans[index][0]
            factor = LEAD_FACTOR if start < lead_end else 1.0
            scores[cue.event_type] += cue.weight * factor
        if in_title:
            scores[cue.event_type] += cue.weight * (TITLE_FACTOR - LEAD_FACTOR if title_in_text else TITLE_FACTOR)
    opening_end = _opening_end(sentences, title_in_text)
    opening_periods = {index for index in period_sentences if sentences.spans[index][0] < opening_end}
    for count in doc._.counts or []:
        start = (count.get("evidence") or {}).get("start", lead_end)
        in_lead = start < lead_end
        # people over a period are the article's tally only where it opens with them; further down they are
        # background to the case the article opens with ("Sepanjang 2026, ... 87 PMI" after one interception)
        if sentences.spans and sentences.index_at(start) in background:
            continue
        if _is_tally(count, sentences, period_sentences if start < opening_end else opening_periods):
            scores["statistics"] += STATISTICS_CASES_WEIGHT * (LEAD_FACTOR if in_lead else 1.0)
    return scores


_THIS_CASE_INCLUDED = re.compile(
    r"\b(?:termasuk|di antaranya|salah satunya(?: adalah)?)\s+(?:kasus|perkara|laporan)\s+(?:tersebut|ini|itu)\b",
    re.IGNORECASE)
_PART_OF_TOTAL = re.compile(r"\b(?:di antaranya|diantaranya|dari (?:jumlah|angka) (?:itu|tersebut))\b", re.IGNORECASE)
_DURATION = re.compile(r"(?:selama|dalam) setahun", re.IGNORECASE)  # a span of time, not a reporting period
# a time named, not the period a total covers: "ditangkap akhir tahun lalu" is when one case happened
_LOOSE_TIME = re.compile(r"tahun (?:ini|lalu)|akhir tahun", re.IGNORECASE)


def _is_tally_period(words: str) -> bool:
    """Whether the words of a strong statistics cue name the period a total covers ("sepanjang 2025", "semester
    I", "Januari hingga Juni"), not a span of time ("selama setahun") or a loose time ("tahun lalu")."""
    return not _DURATION.match(words) and not _LOOSE_TIME.match(words)


def _is_tally(count: dict, sentences: Sentences, period_sentences: set[int]) -> bool:
    """Whether a TPPO count is a total over a period: two or more cases or police reports (one case has one
    report), or two or more people in one of ``period_sentences`` ("1.207 CPMI ... sepanjang 2025") or told as a
    part of the total the sentence before counts over its period (the opening's total, for a count further down)."""
    if not count.get("about_tppo") or int(count.get("value") or 0) < 2:
        return False
    if count.get("role") in TALLY_ROLES:
        return True
    start = (count.get("evidence") or {}).get("start")
    if start is None or not sentences.spans:
        return False
    index = sentences.index_at(start)
    if index in period_sentences:
        return True
    # a part of the total the sentence before counts over its period ("1.842 PMI bermasalah dipulangkan ... sepanjang
    # Januari hingga September. Sebanyak 97 orang di antaranya terindikasi korban TPPO")
    sentence_start, sentence_end = sentences.spans[index]
    return index - 1 in period_sentences and _PART_OF_TOTAL.search(sentences.text, sentence_start,
                                                                   sentence_end) is not None


def classify_event_type(doc: Doc, cues: tuple[EventCue, ...] | None = None,
                        gatherings: tuple[Gathering, ...] | None = None) -> str:
    """The event type of a relevant article (``other`` when it is not relevant)."""
    cues = cues or load_cues()
    if doc._.relevant is False:
        return "other"
    if not doc._.tppo_sentences and not _headline_names_another_type(doc, cues):
        return "incident"
    scores = event_type_scores(doc, cues)
    best = max(EVENT_TYPES, key=lambda t: (scores[t], t == "incident"))
    if best == "incident" and _headline_names_tally(doc, cues):
        best = "statistics"  # the acts of the headline are those its period's total counts
    if best in ("statistics", "incident"):
        # the totals a meeting or campaign of the title or lead heard; the cases told under a headline that names
        # one ("Pemprov Kepri Teken Kesepakatan ... soal Penanganan Korban TPPO") are what it met on
        told = _lead_text(doc) if best == "statistics" else title_of(doc) or ""
        events = _gatherings_named(told, gatherings or load_gatherings())
        if events:
            return max(events, key=lambda t: scores[t])
    if scores[best] > 0:
        return best
    return "other"  # "other" cues speak of policy: bills, budgets...


def _lead_end(sentences: Sentences) -> int:
    """The end of the lead: the first ``LEAD_SENTENCES`` sentences."""
    return sentences.spans[min(LEAD_SENTENCES, len(sentences.spans)) - 1][1] if sentences.spans else 0


def _opening_end(sentences: Sentences, title_in_text: bool) -> int:
    """The end of the sentence the article opens with (the one after the headline where the text repeats it)."""
    index = 1 if title_in_text and len(sentences.spans) > 1 else 0
    return sentences.spans[index][1] if sentences.spans else 0


def _lead_text(doc: Doc) -> str:
    """The title and the lead sentences."""
    sentences = sentences_of(doc)
    return f"{title_of(doc) or ''}\n{sentences.text[:_lead_end(sentences)]}"


def _gatherings_named(text: str, gatherings: tuple[Gathering, ...]) -> list[str]:
    """The types (coordination, prevention) of the gatherings ``text`` names."""
    return list(dict.fromkeys(g.event_type for g in gatherings if g.pattern.search(text)))


def _headline_names_tally(doc: Doc, cues: tuple[EventCue, ...]) -> bool:
    """Whether the title names the period of a total ("... Tolak 64 Permohonan Paspor Sepanjang 2026", "Semester I
    2025, ..."): the article reports the total, whatever acts it counts."""
    title = title_of(doc)
    if not title:
        return False
    periods = (cue for cue in cues if cue.event_type == "statistics" and cue.weight >= STRONG_CUE)
    return any(_is_tally_period(m.group(0)) for cue in periods for m in cue.pattern.finditer(title))


def _headline_names_another_type(doc: Doc, cues: tuple[EventCue, ...]) -> bool:
    """Whether the title holds a strong cue of a type other than incident."""
    title = title_of(doc)
    return bool(title) and any(cue.event_type != "incident" and cue.weight >= STRONG_CUE and cue.pattern.search(title)
                               for cue in cues)


class EventTypeComponent:
    """Pipeline component: sets ``doc._.event_type``."""

    def __init__(self, cues: tuple[EventCue, ...] | None = None,
                 gatherings: tuple[Gathering, ...] | None = None) -> None:
        self.cues = cues or load_cues()
        self.gatherings = gatherings or load_gatherings()

    def __call__(self, doc: Doc) -> Doc:
        doc._.event_type = classify_event_type(doc, self.cues, self.gatherings)
        return doc


@Language.factory(
    "pantau_event_type",
    default_config={"data_dir": "data/event_type"},
    assigns=["doc._.event_type"],
    requires=["token.is_sent_start", "doc._.relevant", "doc._.counts", "doc._.tppo_sentences"],
)
def make_event_type_component(nlp: Language, name: str, data_dir: str) -> EventTypeComponent:
    """Factory for ``nlp.add_pipe("pantau_event_type")``; ``data_dir`` (relative to the ``nlp`` package) holds
    ``cues.tsv`` and ``gatherings.tsv``."""
    directory = data_path(data_dir)
    return EventTypeComponent(load_cues(directory / "cues.tsv"), load_gatherings(directory / "gatherings.tsv"))
