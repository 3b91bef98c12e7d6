"""Benchmark: full extraction vs bare ``spacy.blank("id")`` tokenization of the same texts, on one core.

Builds >= 2,000 articles from texts the project has (the dev set and seeds from ``../shared``, plus synthetic
variations: paragraphs recombined across articles, numbers and dates changed), then runs each phase in its own
process pinned to one CPU and prints articles/s, words/s, peak memory and the time ratio (target <= 5x).

    bench/extract [--articles 2000] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import re
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def source_texts() -> list[dict]:
    """Articles the project has: the dev set and the seed articles."""
    articles = []
    dev = SHARED / "eval" / "dev_gold.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                articles.append({"text": row["text"], "published": row.get("published")})
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        for path in sorted(seeds.glob("*.txt")):
            articles.append({"text": path.read_text(encoding="utf-8"), "published": None})
    demo = REPO / "pantau" / "demo" / "articles"
    for path in sorted(demo.rglob("*.txt")) if demo.is_dir() else []:
        articles.append({"text": path.read_text(encoding="utf-8"), "published": None})
    if not articles:
        sys.exit("bench/extract: no source texts found (../shared/eval/dev_gold.jsonl or ../shared/seeds/)")
    return articles


def build_corpus(count: int, seed: int = 13) -> list[dict]:
    """``count`` articles: the sources, then variations of them (recombined paragraphs, changed numbers)."""
    rng = random.Random(seed)
    sources = source_texts()
    paragraphs = [p for a in sources for p in a["text"].split("\n") if len(p.split()) > 5]
    corpus = []
    for i in range(count):
        base = sources[i % len(sources)]
        if i < len(sources):
            text = base["text"]
        else:
            own = base["text"].split("\n")
            extra = rng.sample(paragraphs, k=min(3, len(paragraphs)))
            mixed = own + extra
            rng.shuffle(mixed[1:])
            text = "\n".join(mixed)
            text = re.sub(r"\b\d{1,3}\b", lambda m: str(max(1, int(m.group(0)) + rng.randint(-3, 3))), text)
        corpus.append({"id": f"bench-{i:05d}", "text": text, "published": base["published"]})
    return corpus


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[-1]})
    os.environ.setdefault("OMP_NUM_THREADS", "1")


def run_bare(corpus: list[dict], queue) -> None:
    _pin_one_core()
    import spacy

    nlp = spacy.blank("id")
    nlp.max_length = 10_000_000
    texts = [a["text"] for a in corpus]
    start, cpu_start = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    queue.put({"seconds": seconds, "cpu_seconds": cpu_seconds, "tokens": tokens, "peak_rss_mb": _peak_rss_mb(),
               "load_seconds": 0.0})


def run_full(corpus: list[dict], queue) -> None:
    _pin_one_core()
    import nlp

    load_start = time.perf_counter()
    nlp.get_pipeline().get_pipe("pantau_semantic").warm()  # loads the embedding model, embeds its descriptions
    nlp.extract_records([{"id": "warm-up", "text": corpus[0]["text"]}]).__next__()
    load_seconds = time.perf_counter() - load_start
    start, cpu_start = time.perf_counter(), time.process_time()
    semantic = nlp.get_pipeline().get_pipe("pantau_semantic")
    semantic.calls, semantic.cpu_seconds = 0, 0.0
    records = sum(1 for _ in nlp.extract_records(corpus, batch_size=16))
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    queue.put({"seconds": seconds, "cpu_seconds": cpu_seconds, "records": records, "peak_rss_mb": _peak_rss_mb(),
               "load_seconds": load_seconds, "model_calls": semantic.calls, "model_cpu_seconds": semantic.cpu_seconds})


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def _in_process(target, corpus: list[dict]) -> dict:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(corpus, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args()
    corpus = build_corpus(max(1, args.articles))
    words = sum(len(a["text"].split()) for a in corpus)
    chars = sum(len(a["text"]) for a in corpus)
    print(f"corpus: {len(corpus)} articles, {words:,} words, {chars:,} characters (one core per phase)")
    bare = _in_process(run_bare, corpus)
    full = _in_process(run_full, corpus)
    rows = {"bare tokenization": bare, "full extraction": full}
    print(f"{'phase':<20}{'wall s':>8}{'cpu s':>8}{'articles/s':>12}{'words/s':>11}{'peak MB':>9}{'load s':>8}")
    for name, row in rows.items():
        print(f"{name:<20}{row['seconds']:>8.2f}{row['cpu_seconds']:>8.2f}{len(corpus) / row['cpu_seconds']:>12.1f}"
              f"{words / row['cpu_seconds']:>11,.0f}{row['peak_rss_mb']:>9.0f}{row['load_seconds']:>8.2f}")
    calls = full["model_calls"]
    print(f"embedding model (pantau_semantic): ran on {calls} of {len(corpus)} articles "
          f"({calls / len(corpus):.1%}), {full['model_cpu_seconds'] * 1000 / max(1, calls):.0f} CPU ms per run, "
          f"{full['model_cpu_seconds'] * 1000 / len(corpus):.2f} CPU ms per article "
          f"({full['model_cpu_seconds'] / full['cpu_seconds']:.1%} of full extraction; without it the ratio "
          f"would be {(full['cpu_seconds'] - full['model_cpu_seconds']) / bare['cpu_seconds']:.2f}x)")
    ratio = full["cpu_seconds"] / bare["cpu_seconds"]
    print(f"ratio full/bare (CPU time; rates above are per CPU second): {ratio:.2f}x (target <= 5x); "
          f"wall-clock ratio {full['seconds'] / bare['seconds']:.2f}x")
    if args.json:
        Path(args.json).write_text(json.dumps({"articles": len(corpus), "words": words, "ratio": ratio, **rows},
                                              indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
