"""`pantau incidents` and `pantau statistics`: the stored incidents (reports of one event counted once) and the
agencies' period statistics, as JSON lines or CSV."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import typer

FORMATS = ("jsonl", "csv")
KINDS = ("incidents", "statistics")
FIGURE_COLUMNS = ("victims", "victims_rescued", "suspects", "victims_child", "victims_female", "victims_male")


def _day(label: str, value: str | None) -> date | None:
    from pantau.errors import InputError

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{label} must be a date YYYY-MM-DD, got {value!r}") from None


def incident_row(incident: dict[str, Any]) -> dict[str, Any]:
    """One CSV row of an incident: place, each figure with its rule, lists joined, report URLs."""
    place = incident.get("place") or {}
    row: dict[str, Any] = {
        "id": incident["id"], "event_date": incident.get("event_date"),
        "first_reported": incident.get("first_reported"),
        "event_type": incident.get("event_type"), "place": place.get("name"), "place_level": place.get("level"),
        "province": place.get("province"), "place_code": place.get("code"),
        "region_reason": incident.get("region_reason"),
    }
    figures = incident.get("figures") or {}
    for role in FIGURE_COLUMNS:
        figure = figures.get(role) or {}
        row[role] = figure.get("value")
        row[f"{role}_rule"] = figure.get("rule")
    row["locations"] = "; ".join(f"{loc['name']} ({loc.get('role')})" for loc in incident.get("locations") or [])
    for field in ("modus", "agencies", "destinations"):
        row[field] = "; ".join(incident.get(field) or [])
    row["reports"] = len(incident.get("reports") or [])
    row["urls"] = " ".join(r.get("url") or "" for r in incident.get("reports") or [])
    return row


def statistic_row(stat: dict[str, Any]) -> dict[str, Any]:
    """One CSV row of a statistic."""
    region, period = stat.get("region") or {}, stat.get("period") or {}
    row = {key: stat.get(key) for key in ("id", "published", "agency", "outlet", "url")}
    row.update({"region": region.get("name"), "region_code": region.get("code"), "period": period.get("label"),
                "period_from": period.get("from"), "period_to": period.get("to")})
    row.update({f"figure_{role}": value for role, value in sorted((stat.get("figures") or {}).items())})
    row["sentence"] = stat.get("sentence")
    return row


def write_items(items: list[dict[str, Any]], fmt: str, kind: str, stream: io.TextIOBase) -> None:
    """Items as JSON lines, or as CSV with one header."""
    if fmt == "jsonl":
        for item in items:
            stream.write(json.dumps(item, ensure_ascii=False) + "\n")
        return
    rows = [incident_row(item) if kind == "incidents" else statistic_row(item) for item in items]
    columns = list(dict.fromkeys(column for row in rows for column in row)) or ["id"]
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def export(kind: str, region: str | None, date_from: str | None, date_to: str | None, fmt: str,
           output: Path | None) -> None:
    """Bring the stored incidents up to date, then write the chosen kind."""
    from pantau.config import load_settings
    from pantau.errors import InputError
    from pantau.incidents import list_incidents, list_statistics
    from pantau.store import Store

    if fmt not in FORMATS:
        raise InputError(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    if kind not in KINDS:
        raise InputError(f"--kind must be one of {', '.join(KINDS)}, got {kind!r}")
    start, end = _day("--from", date_from), _day("--to", date_to)
    if start and end and end < start:
        raise InputError(f"--to ({end}) is before --from ({start})")
    with Store(load_settings().store_path) as store:  # listing places new records first
        lister = list_incidents if kind == "incidents" else list_statistics
        items = lister(store, region=region, date_from=start, date_to=end)
    if output is None:
        write_items(items, fmt, kind, sys.stdout)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as stream:
            write_items(items, fmt, kind, stream)
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror}") from None
    typer.echo(f"{len(items)} {kind} written to {output}", err=True)


def register(app: typer.Typer) -> None:
    region_help = "Province, regency or city (name, alias or code): incidents that happened there or whose " \
                  "victims come from there"

    @app.command("incidents")
    def incidents(
        region: str | None = typer.Option(None, "--region", "-r", help=region_help),
        date_from: str | None = typer.Option(None, "--from", help="First day, YYYY-MM-DD (first reported)."),
        date_to: str | None = typer.Option(None, "--to", help="Last day, YYYY-MM-DD."),
        fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl or csv."),
        output: Path | None = typer.Option(None, "--output", "-o", help="File to write (default: standard output)."),
        kind: str = typer.Option("incidents", "--kind", help="incidents or statistics."),
    ) -> None:
        """Incidents (reports of one event counted once), one per line, with figures and their sources."""
        export(kind, region, date_from, date_to, fmt, output)

    @app.command("statistics")
    def statistics(
        region: str | None = typer.Option(None, "--region", "-r", help="Province, regency or city."),
        date_from: str | None = typer.Option(None, "--from", help="First day, YYYY-MM-DD (published)."),
        date_to: str | None = typer.Option(None, "--to", help="Last day, YYYY-MM-DD."),
        fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl or csv."),
        output: Path | None = typer.Option(None, "--output", "-o", help="File to write (default: standard output)."),
    ) -> None:
        """Agencies' statistics (period totals): claims, never summed into incident figures."""
        export("statistics", region, date_from, date_to, fmt, output)
