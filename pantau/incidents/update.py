"""Keeping the stored incidents in step with the store's records (incremental, idempotent, order-independent).

Each record is placed once per version (``incident_placements`` keeps its hash, whether it is an incident report,
an attach-only report or neither, and the small set of features grouping compares). On an update only new,
changed and removed records are read; grouping then runs over the kept features of every report (pairwise links,
connected groups: the same groups whatever the order records arrived in), and only groups whose members changed
are built again from their records. Each group's id derives from its anchor, its earliest report. Stored
incidents are reconciled with the groups: a group whose id is new is a new incident; one whose revision differs
changed; an old id that no longer names a group (its reports joined a group with an earlier anchor: a merge)
becomes an alias of the group that holds most of its reports, so it still resolves. With nothing new, two small
queries are all it costs and [] is returned.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any, Literal

from pantau.incidents.build import build_incident, incident_id
from pantau.incidents.clustering import group_reports
from pantau.incidents.reports import (
    Report,
    is_period_sentence,
    make_report,
    report_features,
    report_from_features,
    sentence_of,
    suspect_initials,
)
from pantau.incidents.statistics import reads_as_statistics, statistics_of
from pantau.incidents.storage import RULES_MARKER, ensure_tables, incident_day
from pantau.store import ARTICLE_FIELDS, Store, utc_now

ChangeKind = Literal["new", "changed", "merged"]
ATTACH_MIN_RELEVANCE = 0.35  # a record judged not relevant but this close may still join an incident
_BATCH = 500


@dataclass(frozen=True)
class IncidentChange:
    """One incident that appeared, changed, or absorbed another incident in an update."""

    incident_id: str
    kind: ChangeKind
    revision: str


def is_incident_record(record: dict[str, Any], article: dict[str, Any] | None = None) -> bool:
    """A relevant record reporting a specific case (arrest, rescue, raid, trial, repatriation)."""
    return (bool(record.get("relevant")) and record.get("event_type") == "incident"
            and not (article and reads_as_statistics(article)))


def is_attachable_record(article: dict[str, Any], record: dict[str, Any]) -> bool:
    """A record not judged relevant that may still report a case another outlet's relevant report names: it names
    suspects' initials or was nearly judged relevant, and gives no period totals (a statistics article never joins
    an incident); see ``clustering.attaches_to`` for what it must share."""
    if record.get("relevant") or reads_as_statistics(article):
        return False
    nearly = float(record.get("relevance_score") or 0.0) >= ATTACH_MIN_RELEVANCE
    if not nearly and not suspect_initials(article.get("text") or ""):
        return False
    text = article.get("text") or ""
    return not any(is_period_sentence(sentence_of(text, count.get("evidence"))) for count in record.get("counts") or [])


def placement_kind(article: dict[str, Any], record: dict[str, Any]) -> str:
    """"incident", "attach" (may join an incident) or "none"."""
    if is_incident_record(record, article):
        return "incident"
    return "attach" if is_attachable_record(article, record) else "none"


def _pairs(store: Store, article_ids: list[str]) -> list[tuple[dict[str, Any], dict[str, Any], str]]:
    """(article, record, record hash) of the given articles."""
    columns = ", ".join("a." + field for field in ARTICLE_FIELDS)
    out = []
    for start in range(0, len(article_ids), _BATCH):
        chunk = article_ids[start : start + _BATCH]
        sql = (f"SELECT {columns}, r.record, r.record_hash FROM records r JOIN articles a ON a.id = r.article_id"
               f" WHERE r.article_id IN ({','.join('?' * len(chunk))})")
        for row in store.execute(sql, chunk).fetchall():
            data = dict(row)
            record = json.loads(data.pop("record"))
            out.append((data, record, data.pop("record_hash")))
    return out


def _signature(group: list[Report]) -> str:
    """A hash of a group's members and their record versions (and of the rules: new rules build it again)."""
    members = sorted(f"{report.article_id}:{report.record_hash}" for report in group)
    return hashlib.sha1("\n".join([RULES_MARKER, *members]).encode("utf-8")).hexdigest()[:16]


@dataclass
class _Placement:
    record_hash: str
    kind: str
    features: dict[str, Any] | None


def update_incidents(store: Store) -> list[IncidentChange]:
    """Place every new or changed record: incidents join, appear or merge; statistics are refreshed."""
    ensure_tables(store)
    current = {row[0]: row[1] for row in store.execute("SELECT article_id, record_hash FROM records")}
    placed_hashes = {row[0]: row[1] for row in store.execute("SELECT article_id, record_hash FROM incident_placements")}
    if current == placed_hashes:
        return []
    pending = sorted(aid for aid, rhash in current.items() if placed_hashes.get(aid) != rhash)
    removed = sorted(set(placed_hashes) - set(current))
    placed = {row[0]: _Placement(row[1], row[2], json.loads(row[3]) if row[3] else None)
              for row in store.execute("SELECT article_id, record_hash, kind, features FROM incident_placements")}
    fresh, statistics = {}, {}
    for article, record, rhash in _pairs(store, pending):
        kind = placement_kind(article, record)
        features = report_features(make_report(article, record, rhash, kind == "attach")) if kind != "none" else None
        fresh[str(article["id"])] = _Placement(rhash, kind, features)
        statistics[str(article["id"])] = statistics_of(article, record)
    placements = {aid: p for aid, p in placed.items() if aid not in removed} | fresh
    groups = group_reports(report_from_features(aid, p.record_hash, p.features, p.kind == "attach")
                           for aid, p in sorted(placements.items()) if p.kind != "none")
    incidents = _built(store, groups)
    revisions = {row[0]: row[1] for row in store.execute("SELECT id, revision FROM incidents")}
    old_placement = {row[0]: row[1] for row in store.execute("SELECT article_id, incident_id FROM incident_reports")}
    new_placement = {report.article_id: incident_id(group[0]) for group in groups for report in group}
    group_days = {incident_id(group[0]): group[0].anchor_key[0] for group in groups}
    survivors = _survivors(set(revisions) - set(group_days), old_placement, new_placement, group_days)
    changes = _changes(incidents, revisions, survivors)
    with store.transaction():
        _write_incidents(store, incidents, set(group_days), new_placement, survivors)
        _write_placements(store, fresh, removed, statistics)
    return changes


def _built(store: Store, groups: list[list[Report]]) -> dict[str, dict[str, Any]]:
    """Incident dicts of the groups whose members changed (the others are stored as they are)."""
    stored = {row[0]: row[1] for row in store.execute("SELECT id, members FROM incidents")}
    stale = [group for group in groups if stored.get(incident_id(group[0])) != _signature(group)]
    pairs = {str(a["id"]): (a, r, h) for a, r, h in _pairs(store, [rep.article_id for g in stale for rep in g])}
    incidents = {}
    for group in stale:
        reports = [make_report(*pairs[rep.article_id], attach_only=rep.attach_only) for rep in group]
        incident = build_incident(reports)
        incident["_members"] = _signature(group)
        incidents[incident["id"]] = incident
    return incidents


def _survivors(old_ids: set[str], old_placement: dict[str, str], new_placement: dict[str, str],
               group_days: dict[str, str]) -> dict[str, str]:
    """Old id no longer a group -> the group now holding most of its reports (ties: the older group)."""
    survivors = {}
    for old_id in sorted(old_ids):
        holders = Counter(new_placement[aid] for aid, iid in old_placement.items()
                          if iid == old_id and aid in new_placement)
        if holders:
            survivors[old_id] = min(holders, key=lambda iid: (-holders[iid], group_days[iid], iid))
    return survivors


def _changes(incidents: dict[str, dict[str, Any]], old_revisions: dict[str, str],
             survivors: dict[str, str]) -> list[IncidentChange]:
    absorbing = set(survivors.values())
    changes = []
    for iid in sorted(incidents):
        revision = incidents[iid]["revision"]
        if iid in absorbing:
            changes.append(IncidentChange(iid, "merged", revision))
        elif iid not in old_revisions:
            changes.append(IncidentChange(iid, "new", revision))
        elif old_revisions[iid] != revision:
            changes.append(IncidentChange(iid, "changed", revision))
    return changes


def _write_incidents(store: Store, incidents: dict[str, dict[str, Any]], live_ids: set[str],
                     new_placement: dict[str, str], survivors: dict[str, str]) -> None:
    now = utc_now()
    for (gone,) in store.execute("SELECT id FROM incidents").fetchall():
        if gone not in live_ids:
            store.execute("DELETE FROM incidents WHERE id = ?", (gone,))
    for iid, built in sorted(incidents.items()):
        members = built.pop("_members")
        data = json.dumps({**built, "merged_ids": []}, ensure_ascii=False)
        store.execute(
            "INSERT INTO incidents(id, revision, day, data, updated_at, members) VALUES (?,?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET revision=excluded.revision, day=excluded.day, data=excluded.data,"
            " updated_at=excluded.updated_at, members=excluded.members",
            (iid, built["revision"], incident_day(built), data, now, members),
        )
    store.execute("DELETE FROM incident_reports")
    for article_id, iid in sorted(new_placement.items()):
        store.execute("INSERT INTO incident_reports(article_id, incident_id) VALUES (?,?)", (article_id, iid))
    for old_id, survivor in survivors.items():
        store.execute("UPDATE incident_aliases SET incident_id = ? WHERE incident_id = ?", (survivor, old_id))
        store.execute("INSERT OR REPLACE INTO incident_aliases(alias, incident_id, merged_at) VALUES (?,?,?)",
                      (old_id, survivor, now))
    for iid in live_ids:  # an id that is an incident again (after a split) is no alias
        store.execute("DELETE FROM incident_aliases WHERE alias = ?", (iid,))


def _write_placements(store: Store, fresh: dict[str, _Placement], removed: list[str],
                      statistics: dict[str, list[dict[str, Any]]]) -> None:
    for article_id in [*removed, *fresh]:
        store.execute("DELETE FROM statistics WHERE article_id = ?", (article_id,))
    for article_id in removed:
        store.execute("DELETE FROM incident_placements WHERE article_id = ?", (article_id,))
    for article_id, placement in fresh.items():
        features = json.dumps(placement.features, ensure_ascii=False) if placement.features is not None else None
        store.execute("INSERT OR REPLACE INTO incident_placements(article_id, record_hash, kind, features)"
                      " VALUES (?,?,?,?)", (article_id, placement.record_hash, placement.kind, features))
        for stat in statistics.get(article_id, []):
            store.execute("INSERT OR REPLACE INTO statistics(id, article_id, day, data) VALUES (?,?,?,?)",
                          (stat["id"], stat["article_id"], stat["published"], json.dumps(stat, ensure_ascii=False)))
