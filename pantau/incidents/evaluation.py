"""Judging incident grouping against a labelled corpus: B-cubed precision/recall/F1 of the groups, statistics or
other articles wrongly inside incidents, and whether each event's place and victims figure are right.

Gold labels per article: ``incident`` (an event label, or null), ``kind`` (incident | statistics | other),
``province`` and ``regency`` (where it happened), ``victims``. An event's gold victims figure is the one its
latest article gives (follow-ups correct first reports).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Evaluation:
    precision: float
    recall: float
    f1: float
    events: int
    non_incidents_inside: list[str] = field(default_factory=list)  # article ids of gold non-incidents in incidents
    province_right: float = 0.0
    regency_right: float = 0.0
    victims_right: float = 0.0
    misses: list[str] = field(default_factory=list)  # one line per wrong event fact

    def lines(self) -> list[str]:
        return [
            f"B-cubed precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}"
            f"  ({self.events} events)",
            f"statistics/other articles inside incidents: {len(self.non_incidents_inside)}"
            + (f" ({', '.join(self.non_incidents_inside)})" if self.non_incidents_inside else ""),
            f"province right {self.province_right:.3f}  regency/city right {self.regency_right:.3f}"
            f"  victims right {self.victims_right:.3f}",
            *self.misses,
        ]


def b_cubed(gold: dict[str, str], predicted: dict[str, str | None]) -> tuple[float, float, float]:
    """B-cubed (precision, recall, F1) over the items of ``gold`` (item -> label); an item predicted in no
    group is a group of its own."""
    items = sorted(gold)
    pred = {item: predicted.get(item) or f"alone:{item}" for item in items}
    gold_sizes, pred_sizes = Counter(gold[i] for i in items), Counter(pred[i] for i in items)
    both = Counter((gold[i], pred[i]) for i in items)
    precision = sum(both[(gold[i], pred[i])] / pred_sizes[pred[i]] for i in items) / len(items)
    recall = sum(both[(gold[i], pred[i])] / gold_sizes[gold[i]] for i in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _same_name(got: Any, want: Any) -> bool:
    """Equal, names compared as one spelling ("Kota Tanjung Pinang" is "Kota Tanjungpinang")."""
    if isinstance(got, str) and isinstance(want, str):
        return "".join(got.lower().replace("-", " ").split()) == "".join(want.lower().replace("-", " ").split())
    return got == want


def evaluate(articles: list[dict[str, Any]], incidents: list[dict[str, Any]]) -> Evaluation:
    """Score incident dicts against corpus articles carrying ``gold`` labels."""
    placed = {report["article_id"]: incident for incident in incidents for report in incident["reports"]}
    gold = {a["id"]: a["gold"]["incident"] for a in articles if a["gold"].get("incident")}
    precision, recall, f1 = b_cubed(gold, {aid: placed[aid]["id"] for aid in gold if aid in placed})
    result = Evaluation(precision, recall, f1, len(set(gold.values())))
    result.non_incidents_inside = sorted(
        a["id"] for a in articles if not a["gold"].get("incident") and a["id"] in placed)
    by_event: dict[str, list[dict[str, Any]]] = {}
    for article in articles:
        if article["gold"].get("incident"):
            by_event.setdefault(article["gold"]["incident"], []).append(article)
    scores = Counter()
    for event, members in sorted(by_event.items()):
        holders = Counter(placed[a["id"]]["id"] for a in members if a["id"] in placed)
        if len(holders) > 1 or len(members) > sum(holders.values()):
            parts = [sorted(a["id"] for a in members if placed.get(a["id"], {}).get("id") == h) for h in holders]
            alone = sorted(a["id"] for a in members if a["id"] not in placed)
            result.misses.append(f"  {event}: split into {parts}" + (f", not an incident: {alone}" if alone else ""))
        incident = next((i for i in incidents if holders and i["id"] == holders.most_common(1)[0][0]), None)
        latest = max(members, key=lambda a: (str(a.get("published")), a["id"]))["gold"]
        place = (incident or {}).get("place") or {}
        victims = ((incident or {}).get("figures") or {}).get("victims", {}).get("value")
        checks = {"province": (place.get("province"), latest["province"]),
                  "regency": (place.get("name") if place.get("level") in ("regency", "city") else None,
                              latest["regency"]),
                  "victims": (victims, latest["victims"])}
        for name, (got, want) in checks.items():
            scores[name] += _same_name(got, want)
            if not _same_name(got, want):
                result.misses.append(f"  {event}: {name} {got!r}, expected {want!r}")
    events_of: dict[str, set[str]] = {}
    for article_id, event in gold.items():
        if article_id in placed:
            events_of.setdefault(placed[article_id]["id"], set()).add(event)
    for events in sorted(sorted(events) for events in events_of.values() if len(events) > 1):
        result.misses.append(f"  merged into one incident: {events}")
    n = max(len(by_event), 1)
    result.province_right = scores["province"] / n
    result.regency_right = scores["regency"] / n
    result.victims_right = scores["victims"] / n
    return result
