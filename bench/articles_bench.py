"""bench/articles: Pantau's page analysis (verdict included) and plain trafilatura on real article pages, one run.

The pages are the public article-extraction benchmark in ``../shared/bench/aeb/`` (181 real article pages and
their expected bodies; see its ``SOURCE.md``). Every page is an article, so a page Pantau calls a listing or
"other" keeps no text and counts with its full miss. The metric is the benchmark's own, written here from its
description: ``\\w+`` tokens, multisets of 4-token shingles, per-page tp/fp/fn normalised to sum to 1,
precision and recall as means over pages, F1 from the two means, accuracy = exact token-sequence match.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawlers.extraction import analyze_page, decode_html  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "aeb"
_TOKEN = re.compile(r"\w+")
SHINGLE = 4


@dataclass
class Page:
    """One benchmark page: its id, URL, raw bytes and expected body."""

    key: str
    url: str
    body: bytes
    expected: str


@dataclass
class Scores:
    """The benchmark's figures for one extractor."""

    precision: float
    recall: float
    f1: float
    accuracy: float


def load_pages(data: Path) -> list[Page]:
    """Every page of the benchmark with its ground truth."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    return [Page(key, item.get("url") or "http://example.com/", gzip.decompress((data / "html" /
                                                                                f"{key}.html.gz").read_bytes()),
                 item.get("articleBody") or "")
            for key, item in sorted(truth.items())]


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of 4-token shingles of ``text``."""
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def page_counts(expected: str, found: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised to sum to 1 (all zero when both are empty)."""
    want, got = shingles(expected), shingles(found)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def score(pages: list[Page], outputs: dict[str, str]) -> Scores:
    """Precision, recall, F1 and accuracy over the pages, the benchmark's way."""
    precisions, recalls, exact = [], [], 0
    for page in pages:
        found = outputs.get(page.key, "")
        tp, fp, fn = page_counts(page.expected, found)
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
        exact += _TOKEN.findall(page.expected) == _TOKEN.findall(found)
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, exact / len(pages))


def pantau_reader(verdicts: dict[str, str], bodies: dict[str, str]) -> Callable[[Page], str]:
    """Pantau's page analysis: decode, classify, extract; the text only when the verdict is "article"."""

    def read(page: Page) -> str:
        analysis = analyze_page(decode_html(page.body), page.url)
        verdicts[page.key] = f"{analysis.kind} ({analysis.reason})"
        bodies[page.key] = analysis.body_text
        return analysis.text if analysis.kind == "article" else ""

    return read


def trafilatura_reader(page: Page) -> str:
    """Plain trafilatura with its defaults, text output (the same decoding as Pantau's, for fairness)."""
    return trafilatura.extract(decode_html(page.body), url=page.url) or ""


def timed_runs(pages: list[Page], readers: dict[str, Callable[[Page], str]], rounds: int
               ) -> tuple[dict[str, dict[str, str]], dict[str, float]]:
    """Every reader on every page, page by page, alternating which reader goes first (so that both see the same
    machine load); ``rounds`` times. Returns each reader's texts and its ms/page (the sum over pages of each
    page's fastest round)."""
    outputs: dict[str, dict[str, str]] = {name: {} for name in readers}
    best: dict[str, dict[str, float]] = {name: {} for name in readers}
    names = list(readers)
    for round_number in range(rounds):
        for index, page in enumerate(pages):
            order = names if (index + round_number) % 2 == 0 else names[::-1]
            for name in order:
                started = time.perf_counter()
                outputs[name][page.key] = readers[name](page)
                elapsed = time.perf_counter() - started
                best[name][page.key] = min(best[name].get(page.key, elapsed), elapsed)
    return outputs, {name: 1000 * sum(times.values()) / len(pages) for name, times in best.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"benchmark folder (default {DEFAULT_DATA})")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds (each page's fastest counts)")
    parser.add_argument("--details", action="store_true", help="list rejected pages and the worst pages")
    args = parser.parse_args()
    if not (args.data / "ground-truth.json").is_file():
        print(f"bench/articles: error: no benchmark at {args.data} (ground-truth.json missing)", file=sys.stderr)
        return 1
    pages = load_pages(args.data)
    verdicts: dict[str, str] = {}
    bodies: dict[str, str] = {}
    pantau_read = pantau_reader(verdicts, bodies)
    outputs, ms = timed_runs(pages, {"pantau": pantau_read, "plain": trafilatura_reader}, args.rounds)
    pantau_out, plain_out = outputs["pantau"], outputs["plain"]
    pantau_ms, plain_ms = ms["pantau"], ms["plain"]
    rejected = [key for key, verdict in verdicts.items() if not verdict.startswith("article")]
    print(f"{len(pages)} real article pages from {args.data}; ms/page: each page's best of {args.rounds} rounds, "
          "the two sides timed page by page in alternating order")
    print(f"{'':34} {'precision':>9} {'recall':>7} {'F1':>6} {'accuracy':>8} {'rejected':>8} {'ms/page':>8}")
    for name, outputs, ms, lost in (("pantau (page analysis + verdict)", pantau_out, pantau_ms, len(rejected)),
                                    ("trafilatura (plain, defaults)", plain_out, plain_ms,
                                     sum(not text for text in plain_out.values()))):
        s = score(pages, outputs)
        print(f"{name:34} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} {s.accuracy:8.3f} {lost:8d} {ms:8.1f}")
    kept_only = score(pages, {key: text for key, text in pantau_out.items() if key not in rejected})
    print(f"pantau body text whatever the verdict: F1 {score(pages, bodies).f1:.3f}; "
          f"with the verdict: F1 {kept_only.f1:.3f}; real articles rejected: {len(rejected)} of {len(pages)}")
    print(f"time ratio pantau/trafilatura: {pantau_ms / plain_ms:.2f}x (target <= 1.3x); "
          f"targets: F1 >= .970 with the verdict, rejected <= 2")
    if args.details:
        for key in rejected:
            print(f"  rejected {key[:12]} {verdicts[key]}")
        worst = sorted(pages, key=lambda page: _page_f1(page.expected, pantau_out.get(page.key, "")))[:15]
        for page in worst:
            print(f"  F1 {_page_f1(page.expected, pantau_out.get(page.key, '')):.3f} {page.key[:12]} {page.url}")
    return 0


def _page_f1(expected: str, found: str) -> float:
    tp, fp, fn = page_counts(expected, found)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


if __name__ == "__main__":
    sys.exit(main())
