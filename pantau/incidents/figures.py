"""An incident's figures with provenance: the value Pantau stands behind, the rule that chose it, every report's value.

Rules, in order: one report gives the figure ("only report"); every report agrees ("all reports agree"); reports
counting parts of one group whose numbers add up to the whole a report says they belong to give the whole ("Enam
warga Kabupaten A ... bagian dari 10 warga provinsi itu" and "Empat warga Kabupaten B": 10, "whole group"); a report
says its figure is an update ("bertambah menjadi 15 orang": "updated figure", the latest such report); most
reports give one value ("most reports (k of n)"); else the latest report's value, as follow-ups correct first
reports ("latest report"), the larger one when the latest reports disagree ("largest of the latest reports").
``victims`` is the whole group: a report that only says how many were rescued gives that number (every rescued
person is a victim), and the figure says so in its rule. Where no report counts victims but one tells of a single
victim ("seorang bayi dijual", "korban berinisial DA"), the incident stands for one ("one victim"), so that totals
count it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pantau.incidents.reports import FIGURE_ROLES, Report, update_cues
from pantau.privacy import redact_victims

ONLY_REPORT = "only report"
ALL_AGREE = "all reports agree"
UPDATED = "updated figure (latest report saying so)"
MOST_REPORTS = "most reports ({k} of {n})"
LATEST = "latest report"
LARGEST_LATEST = "largest of the latest reports"
FROM_RESCUED = "rescued count (every rescued person is a victim)"
WHOLE_OF_PARTS = "whole group (the reports' parts add up to the group a report says they belong to)"
WHOLE_COUNTED = "whole group (a report counts the group the other reports say their part belongs to)"
ONE_VICTIM = "one victim (the reports tell of a single person and count none)"
RULES = (ONLY_REPORT, ALL_AGREE, WHOLE_OF_PARTS, WHOLE_COUNTED, UPDATED, LATEST, LARGEST_LATEST,
         FROM_RESCUED, ONE_VICTIM)  # MOST_REPORTS takes numbers


def report_entry(report: Report, role: str) -> dict[str, Any]:
    """One report's value for a role, with its source."""
    figure = report.figures.get(role) or report.one_victim
    entry = {
        "article_id": report.article_id,
        "url": report.article.get("url") or report.article.get("canonical_url"),
        "outlet": report.article.get("source"),
        "published": report.published.isoformat() if report.published else None,
        "value": figure.value,
        "sentence": redact_victims(figure.sentence),
    }
    if figure.role != role:
        entry["counted_as"] = figure.role
    return entry


def choose(role: str, reports: list[Report]) -> tuple[int, str]:
    """(value, rule) from the reports' values for a role, reports sorted earliest first."""
    values = [(report, report.figures[role].value) for report in reports]
    if len(values) == 1:
        return values[0][1], ONLY_REPORT
    frequency = Counter(value for _, value in values)
    if len(frequency) == 1:
        return values[0][1], ALL_AGREE
    whole = sum(frequency)
    if role == "victims" and any(whole in report.wholes for report, _ in values):
        return whole, WHOLE_OF_PARTS
    counted_wholes = {value for _, value in values} & {w for report, _ in values for w in report.wholes}
    if role == "victims" and counted_wholes:  # "bagian dari 9 korban asal NTT" beside a report of the nine
        return max(counted_wholes), WHOLE_COUNTED
    updates = [(report, value) for report, value in values
               if role in report.updated or update_cues().search(report.figures[role].sentence)]
    if updates:
        return max(updates, key=lambda item: item[0].anchor_key)[1], UPDATED
    (top, top_n), (_, second_n) = frequency.most_common(2)
    if top_n > second_n:
        return top, MOST_REPORTS.format(k=top_n, n=len(values))
    latest_day = max(report.anchor_key[0] for report, _ in values)
    latest = [value for report, value in values if report.anchor_key[0] == latest_day]
    if len(set(latest)) == 1:
        return latest[0], LATEST
    return max(latest), LARGEST_LATEST


def merge_figures(reports: list[Report]) -> dict[str, dict[str, Any]]:
    """Role -> {value, rule, reports}, for the roles some report gives; ``reports`` earliest first."""
    merged: dict[str, dict[str, Any]] = {}
    for role in FIGURE_ROLES:
        giving = [report for report in reports if role in report.figures]
        if not giving:
            continue
        value, rule = choose(role, giving)
        entries = [report_entry(report, role) for report in giving]
        if role == "victims" and all(entry.get("counted_as") == "victims_rescued" for entry in entries):
            rule += "; " + FROM_RESCUED
        merged[role] = {
            "value": value,
            "rule": rule,
            "conflict": len({entry["value"] for entry in entries}) > 1,
            "reports": entries,
        }
    telling_one = [report for report in reports if report.one_victim is not None]
    if "victims" not in merged and telling_one:  # "seorang bayi dijual": one victim, whom no report counts
        merged["victims"] = {"value": 1, "rule": ONE_VICTIM, "conflict": False,
                             "reports": [report_entry(report, "victims") for report in telling_one]}
    return merged


def figure_value(incident: dict[str, Any], role: str) -> int:
    """The value Pantau stands behind for a role (0 when no report gives it)."""
    figure = (incident.get("figures") or {}).get(role)
    return int(figure["value"]) if figure else 0
