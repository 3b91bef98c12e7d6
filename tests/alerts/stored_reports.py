"""Stored reports for alert tests: the digest tests' articles and records, a follow-up, incidents updated."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from pantau.incidents import update_incidents
from pantau.store import Store

REPORTS = Path(__file__).parent.parent / "digest" / "data" / "reports.json"


def load_reports() -> dict[str, dict[str, Any]]:
    """The team-written test reports (article and record), by article id."""
    return {report["article"]["id"]: report for report in json.loads(REPORTS.read_text(encoding="utf-8"))}


def follow_up(report: dict[str, Any], new_id: str, before: int, after: int) -> dict[str, Any]:
    """Another outlet's later report of the same raid, giving ``after`` where ``report`` gave ``before``."""
    followed = copy.deepcopy(report)
    article, record = followed["article"], followed["record"]
    url = article["url"] + "-lanjutan"
    article.update(id=new_id, url=url, canonical_url=url, source="antaranews", published="2026-11-19T10:00:00+07:00",
                   title=article["title"].replace(str(before), str(after)),
                   text=article["text"].replace(f"{before} perempuan", f"{after} perempuan"))
    record["id"] = new_id
    for count in record["counts"]:
        count["value"] = after if count["value"] == before else count["value"]
    return followed


def add_and_update(home: Path, *added: dict[str, Any], update: bool = True) -> None:
    """Save the reports' articles and records in the home's store, then (``update``) place them in incidents."""
    with Store(home / "pantau.sqlite3") as store:
        for report in added:
            store.upsert_article(report["article"])
        store.save_records([report["record"] for report in added], "test-records")
        if update:
            update_incidents(store)
