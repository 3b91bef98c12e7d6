"""Keeping the stored incidents in step with the store's records (incremental, idempotent, order-independent).

When records are new or changed, reports are regrouped (grouping is pairwise and order-independent) and each
group's id derives from its anchor, its earliest report. Stored incidents are then reconciled with the groups: a
group whose id is new is a new incident; one whose revision differs changed; an old id that no longer names a
group (its reports joined a group with an earlier anchor: a merge) becomes an alias of the group that holds its
reports, so it still resolves. With nothing new, nothing is read beyond two small queries and [] is returned.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any, Literal

from pantau.incidents.build import build_incident
from pantau.incidents.clustering import group_reports
from pantau.incidents.reports import make_report
from pantau.incidents.statistics import statistics_of
from pantau.incidents.storage import ensure_tables, incident_day
from pantau.store import ARTICLE_FIELDS, Store, utc_now

ChangeKind = Literal["new", "changed", "merged"]


@dataclass(frozen=True)
class IncidentChange:
    """One incident that appeared, changed, or absorbed another incident in an update."""

    incident_id: str
    kind: ChangeKind
    revision: str


def is_incident_record(record: dict[str, Any]) -> bool:
    """A relevant record reporting a specific case (arrest, rescue, raid, trial, repatriation)."""
    return bool(record.get("relevant")) and record.get("event_type") == "incident"


def is_attachable_record(article: dict[str, Any], record: dict[str, Any]) -> bool:
    """A record not judged relevant that may still report a case another outlet's relevant report names: it has
    gives no period totals (a statistics article never joins an incident); it joins only through the suspects'
    initials (see ``clustering.attaches_to``)."""
    from pantau.incidents.reports import is_period_sentence, sentence_of, suspect_initials

    if record.get("relevant") or not suspect_initials(article.get("text") or ""):
        return False
    text = article.get("text") or ""
    return not any(is_period_sentence(sentence_of(text, count.get("evidence"))) for count in record.get("counts") or [])


def _record_hashes(store: Store) -> dict[str, str]:
    return {row[0]: row[1] for row in store.execute("SELECT article_id, record_hash FROM records")}


def _placed_hashes(store: Store) -> dict[str, str]:
    return {row[0]: row[1] for row in store.execute("SELECT article_id, record_hash FROM incident_inputs")}


def _pairs(store: Store) -> list[tuple[dict[str, Any], dict[str, Any], str]]:
    columns = ", ".join("a." + field for field in ARTICLE_FIELDS)
    sql = f"SELECT {columns}, r.record, r.record_hash FROM records r JOIN articles a ON a.id = r.article_id"
    out = []
    for row in store.execute(sql).fetchall():
        data = dict(row)
        record = json.loads(data.pop("record"))
        out.append((data, record, data.pop("record_hash")))
    return out


def _stored(store: Store) -> tuple[dict[str, str], dict[str, str]]:
    """(incident id -> revision, article id -> incident id) as stored."""
    revisions = {row[0]: row[1] for row in store.execute("SELECT id, revision FROM incidents")}
    placement = {row[0]: row[1] for row in store.execute("SELECT article_id, incident_id FROM incident_reports")}
    return revisions, placement


def _survivors(old_ids: set[str], placement: dict[str, str], incidents: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Old id no longer a group -> the group now holding most of its reports (ties: the older group)."""
    now_in = {report["article_id"]: incident["id"] for incident in incidents.values() for report in incident["reports"]}
    survivors = {}
    for old_id in sorted(old_ids):
        holders = Counter(now_in[aid] for aid, iid in placement.items() if iid == old_id and aid in now_in)
        if holders:
            survivors[old_id] = min(holders, key=lambda iid: (-holders[iid], incident_day(incidents[iid]) or "", iid))
    return survivors


def update_incidents(store: Store) -> list[IncidentChange]:
    """Place every new or changed record: incidents join, appear or merge; statistics are refreshed."""
    ensure_tables(store)
    hashes = _record_hashes(store)
    if hashes == _placed_hashes(store):
        return []
    pairs = _pairs(store)
    reports = [make_report(article, record, rhash) for article, record, rhash in pairs if is_incident_record(record)]
    reports += [make_report(article, record, rhash, attach_only=True) for article, record, rhash in pairs
                if is_attachable_record(article, record)]
    incidents = {incident["id"]: incident for incident in map(build_incident, group_reports(reports))}
    statistics = [stat for article, record, _ in pairs for stat in statistics_of(article, record)]
    old_revisions, placement = _stored(store)
    survivors = _survivors(set(old_revisions) - set(incidents), placement, incidents)
    changes = _changes(incidents, old_revisions, survivors)
    _write(store, incidents, changes, survivors, statistics, hashes)
    return changes


def _changes(incidents: dict[str, dict[str, Any]], old_revisions: dict[str, str],
             survivors: dict[str, str]) -> list[IncidentChange]:
    absorbing = set(survivors.values())
    changes = []
    for incident_id in sorted(incidents):
        revision = incidents[incident_id]["revision"]
        if incident_id in absorbing:
            changes.append(IncidentChange(incident_id, "merged", revision))
        elif incident_id not in old_revisions:
            changes.append(IncidentChange(incident_id, "new", revision))
        elif old_revisions[incident_id] != revision:
            changes.append(IncidentChange(incident_id, "changed", revision))
    return changes


def _write(store: Store, incidents: dict[str, dict[str, Any]], changes: list[IncidentChange],
           survivors: dict[str, str], statistics: list[dict[str, Any]], hashes: dict[str, str]) -> None:
    now = utc_now()
    changed = {change.incident_id for change in changes}
    with store.transaction():
        existing = {row[0] for row in store.execute("SELECT id FROM incidents")}
        for gone in existing - set(incidents):
            store.execute("DELETE FROM incidents WHERE id = ?", (gone,))
        for incident_id in sorted(changed):
            incident = {**incidents[incident_id], "merged_ids": []}
            store.execute(
                "INSERT INTO incidents(id, revision, day, data, updated_at) VALUES (?,?,?,?,?)"
                " ON CONFLICT(id) DO UPDATE SET revision=excluded.revision, day=excluded.day, data=excluded.data,"
                " updated_at=excluded.updated_at",
                (incident_id, incident["revision"], incident_day(incident), json.dumps(incident, ensure_ascii=False),
                 now),
            )
        store.execute("DELETE FROM incident_reports")
        for incident in incidents.values():
            for report in incident["reports"]:
                store.execute("INSERT INTO incident_reports(article_id, incident_id) VALUES (?,?)",
                              (report["article_id"], incident["id"]))
        for old_id, survivor in survivors.items():
            store.execute("UPDATE incident_aliases SET incident_id = ? WHERE incident_id = ?", (survivor, old_id))
            store.execute("INSERT OR REPLACE INTO incident_aliases(alias, incident_id, merged_at) VALUES (?,?,?)",
                          (old_id, survivor, now))
        for incident_id in incidents:  # an id that is an incident again (after a split) is no alias
            store.execute("DELETE FROM incident_aliases WHERE alias = ?", (incident_id,))
        store.execute("DELETE FROM statistics")
        for stat in statistics:
            store.execute("INSERT OR REPLACE INTO statistics(id, article_id, day, data) VALUES (?,?,?,?)",
                          (stat["id"], stat["article_id"], stat["published"], json.dumps(stat, ensure_ascii=False)))
        store.execute("DELETE FROM incident_inputs")
        for article_id, rhash in hashes.items():
            store.execute("INSERT INTO incident_inputs(article_id, record_hash) VALUES (?,?)", (article_id, rhash))
