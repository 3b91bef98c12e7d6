"""The incidents' own tables in the store (created on first use; the store module stays unaware of them)."""

from __future__ import annotations

import json
from typing import Any

from pantau.store import Store

SCHEMA = (
    "DROP TABLE IF EXISTS incident_inputs",  # the first version's placement table, without features
    """CREATE TABLE IF NOT EXISTS incidents (
        id TEXT PRIMARY KEY, revision TEXT NOT NULL, day TEXT, data TEXT NOT NULL, updated_at TEXT NOT NULL,
        members TEXT)""",
    "CREATE INDEX IF NOT EXISTS incidents_day ON incidents(day)",
    """CREATE TABLE IF NOT EXISTS incident_reports (
        article_id TEXT PRIMARY KEY, incident_id TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS incident_reports_incident ON incident_reports(incident_id)",
    """CREATE TABLE IF NOT EXISTS incident_aliases (
        alias TEXT PRIMARY KEY, incident_id TEXT NOT NULL, merged_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS statistics (
        id TEXT PRIMARY KEY, article_id TEXT NOT NULL, day TEXT, data TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS statistics_article ON statistics(article_id)",
    # every record placed: its hash, what it is to incidents (incident | attach | none), what grouping compares
    """CREATE TABLE IF NOT EXISTS incident_placements (
        article_id TEXT PRIMARY KEY, record_hash TEXT NOT NULL, kind TEXT NOT NULL, features TEXT)""",
)


# Named after the version of what placements keep (the features grouping compares, how a record is judged): a
# store placed under older rules has no table of this name, and every record is placed again.
RULES_MARKER = "incident_rules_v29"


def ensure_tables(store: Store) -> None:
    """Create the incident tables when missing (idempotent); an older incidents table gains its members column,
    and records placed under older rules are placed again."""
    if store.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (RULES_MARKER,)).fetchone():
        return
    with store.transaction():
        for statement in SCHEMA:
            store.execute(statement)
        columns = {row[1] for row in store.execute("PRAGMA table_info(incidents)")}
        if "members" not in columns:
            store.execute("ALTER TABLE incidents ADD COLUMN members TEXT")
        store.execute("DELETE FROM incident_placements")
        store.execute(f"CREATE TABLE IF NOT EXISTS {RULES_MARKER} (placed_at TEXT)")


def incident_day(incident: dict[str, Any]) -> str | None:
    """The date an incident counts under: when it was first reported, else its event date."""
    return incident.get("first_reported") or incident.get("event_date")


def load_incidents(store: Store, day_from: str | None = None, day_to: str | None = None) -> list[dict[str, Any]]:
    """The stored incidents (counting under a day in [day_from, day_to] when given), earliest first, with the ids
    merged into them."""
    ensure_tables(store)
    merged: dict[str, list[str]] = {}
    for row in store.execute("SELECT alias, incident_id FROM incident_aliases ORDER BY alias"):
        merged.setdefault(row["incident_id"], []).append(row["alias"])
    where, params = [], []
    if day_from:
        where.append("day >= ?")
        params.append(day_from)
    if day_to:
        where.append("day <= ?")
        params.append(day_to)
    sql = "SELECT id, data FROM incidents" + (" WHERE " + " AND ".join(where) if where else "")
    incidents = []
    for row in store.execute(sql + " ORDER BY COALESCE(day, '9999'), id", params):
        incident = json.loads(row["data"])
        incident["merged_ids"] = merged.get(row["id"], [])
        incidents.append(incident)
    return incidents


def load_incident(store: Store, incident_id: str) -> dict[str, Any] | None:
    """One stored incident with the ids merged into it, or None."""
    row = store.execute("SELECT data FROM incidents WHERE id = ?", (incident_id,)).fetchone()
    if row is None:
        return None
    incident = json.loads(row["data"])
    aliases = store.execute("SELECT alias FROM incident_aliases WHERE incident_id = ? ORDER BY alias", (incident_id,))
    incident["merged_ids"] = [alias[0] for alias in aliases]
    return incident


def resolve_id(store: Store, incident_id: str) -> str | None:
    """The id of the stored incident an id names, following merges; None when unknown."""
    ensure_tables(store)
    seen: set[str] = set()
    current = incident_id
    while current not in seen:
        seen.add(current)
        if store.execute("SELECT 1 FROM incidents WHERE id = ?", (current,)).fetchone():
            return current
        row = store.execute("SELECT incident_id FROM incident_aliases WHERE alias = ?", (current,)).fetchone()
        if row is None:
            return None
        current = row["incident_id"]
    return None


def load_statistics(store: Store) -> list[dict[str, Any]]:
    """Every stored statistic, earliest first."""
    ensure_tables(store)
    rows = store.execute("SELECT data FROM statistics ORDER BY COALESCE(day, '9999'), id")
    return [json.loads(row["data"]) for row in rows]
