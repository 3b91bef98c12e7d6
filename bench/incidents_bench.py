"""Benchmark: incident grouping on a labelled multi-outlet corpus (team-written, tests/incidents/data/).

Extracts every article with the real pipeline into a fresh store, runs ``update_incidents`` (articles inserted in
the corpus order, then again in reverse order into a second store: the incident ids must be the same), and prints
B-cubed precision/recall/F1 of the grouping, statistics or other articles wrongly inside incidents, and how often
each event's province, regency/city and victims figure are right. Targets: F1 >= .90, no statistics inside an
incident, province >= .95, regency/city >= .85, victims >= .75.

    bench/incidents [--corpus FILE.yaml] [--records RECORDS.jsonl] [--save-records OUT.jsonl] [--json OUT.json]

``--distinct FILE.jsonl ...`` also runs annotated single-article sets (the dev set, the NLP blind sets: every
article a different event) and prints false merges and non-incidents placed inside incidents.
``--records`` scores records extracted earlier (one JSON record per line, ids as in the corpus) instead of
running the pipeline; ``--save-records`` keeps the records this run extracted.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_CORPUS = REPO / "tests" / "incidents" / "data" / "multi_outlet.yaml"


def load_corpus(path: Path) -> list[dict]:
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]


def extract(articles: list[dict]) -> dict[str, dict]:
    """Records of the corpus articles, by the real pipeline."""
    import nlp

    inputs = [{key: a.get(key) for key in ("id", "url", "title", "text", "published")} for a in articles]
    return {record["id"]: record for record in nlp.extract_records(inputs)}


def read_records(path: Path) -> dict[str, dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {record["id"]: record for record in map(json.loads, filter(str.strip, lines))}


def incidents_of(articles: list[dict], records: dict[str, dict], store_path: Path) -> list[dict]:
    """Insert articles and their records one at a time (with an update after each), then list the incidents."""
    from pantau.incidents import list_incidents, update_incidents
    from pantau.store import Store

    with Store(store_path) as store:
        for article in articles:
            fields = {key: article.get(key) for key in ("id", "url", "source", "title", "text", "published")}
            store.upsert_article({**fields, "canonical_url": article["url"]})
            store.save_records([records[article["id"]]], "bench")
            update_incidents(store)
        return list_incidents(store)


def distinct_report(paths: list[Path]) -> None:
    """On sets where every article is its own event: how many incidents hold several articles (false merges), and
    how many articles annotated as no incident were placed in one."""
    rows = [json.loads(line) for path in paths if path.exists()
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows:
        print("distinct sets: none found")
        return
    urls = Counter(r.get("url") for r in rows)  # sets written apart may reuse an address: each article its own
    articles = [{"id": r["id"], "url": r.get("url") if urls[r.get("url")] == 1 else f"distinct:{r['id']}",
                 "title": r.get("title"), "text": r["text"], "published": r.get("published"), "source": None}
                for r in rows]
    records = extract(articles)
    with tempfile.TemporaryDirectory() as tmp:
        found = incidents_of(articles, records, Path(tmp) / "distinct.sqlite3")
    gold = {r["id"]: r.get("event_type") for r in rows}
    merged = [i for i in found if len(i["reports"]) > 1]
    inside = sorted(r["article_id"] for i in found for r in i["reports"] if gold[r["article_id"]] != "incident")
    incidents = sum(1 for kind in gold.values() if kind == "incident")
    placed = sum(1 for i in found for r in i["reports"] if gold[r["article_id"]] == "incident")
    print(f"distinct sets: {len(rows)} articles, {incidents} annotated incidents, {placed} placed in an incident;"
          f" false merges {len(merged)}; non-incidents inside incidents {len(inside)}"
          + (f" ({', '.join(inside)})" if inside else ""))
    for incident in merged:
        print("  merged: " + ", ".join(sorted(r["article_id"] for r in incident["reports"])))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--records", type=Path, help="records extracted earlier, instead of running the pipeline")
    parser.add_argument("--save-records", type=Path, help="write the records this run extracted")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--distinct", type=Path, nargs="*", default=[],
                        help="annotated JSON-lines sets of distinct events (e.g. ../shared/eval/dev_gold.jsonl)")
    args = parser.parse_args()

    from pantau.incidents.evaluation import evaluate

    articles = load_corpus(args.corpus)
    started = time.perf_counter()
    records = read_records(args.records) if args.records else extract(articles)
    extracted = time.perf_counter() - started
    if args.save_records:
        args.save_records.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records.values()))
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        forward = incidents_of(articles, records, Path(tmp) / "forward.sqlite3")
        grouped = time.perf_counter() - started
        backward = incidents_of(list(reversed(articles)), records, Path(tmp) / "backward.sqlite3")
    same_ids = sorted(i["id"] for i in forward) == sorted(i["id"] for i in backward)
    result = evaluate(articles, forward)
    print(f"corpus: {args.corpus.name}, {len(articles)} articles, {len(forward)} incidents predicted")
    for line in result.lines():
        print(line)
    print(f"ids identical when inserted in reverse order: {same_ids}")
    print(f"time: extraction {extracted:.1f}s, incremental grouping {grouped:.2f}s ({len(articles)} updates)")
    if args.distinct:
        distinct_report(args.distinct)
    if args.json:
        args.json.write_text(json.dumps({**asdict(result), "same_ids_reversed": same_ids}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
