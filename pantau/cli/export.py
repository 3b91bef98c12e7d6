"""`pantau export`: incidents (default) or article records to a CSV, JSON-lines or Parquet file, with filters.

The same tables as the API's ``/api/export``. The file appears only when the export is complete: it is written
beside the output under a temporary name and renamed at the end, so a failure never leaves a short file behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import typer

from pantau.errors import InputError


def register(app: typer.Typer) -> None:
    @app.command("export")
    def export(
        output: Path = typer.Option(..., "--output", "-o", help="The file to write"),
        level: str = typer.Option("incident", "--level", help="incident (default) or record"),
        fmt: str = typer.Option("csv", "--format", help="csv, jsonl or parquet"),
        rows: str = typer.Option("record", "--rows", help="For records: one row per record or per fact"),
        query: str | None = typer.Option(None, "--query", "-q", help='Words, "phrases", -exclusions, OR'),
        province: list[str] = typer.Option([], "--province", help="Province name or Kemendagri code"),
        regency: list[str] = typer.Option([], "--regency", help="Regency/city name or Kemendagri code"),
        modus: list[str] = typer.Option([], "--modus", help="Modus label, e.g. online_scam"),
        date_from: str | None = typer.Option(None, "--from", help="YYYY-MM-DD"),
        date_to: str | None = typer.Option(None, "--to", help="YYYY-MM-DD"),
    ) -> None:
        """Export incidents (with their figures and sources) or article records, from the search index."""
        from pantau.config import load_settings
        from pantau.search import get_client, make_filters
        from pantau.search.export import FORMATS, LEVELS, write_export
        from pantau.search.incident_query import scan_incidents
        from pantau.search.query import scan_records

        _check_choice("--level", level, LEVELS)
        _check_choice("--format", fmt, FORMATS)
        _check_choice("--rows", rows, ("record", "fact"))
        if level == "incident" and rows != "record":
            raise InputError("--rows applies to --level record only")
        settings = load_settings()
        filters = make_filters(q=query, province=province, regency=regency, modus=modus, date_from=date_from,
                               date_to=date_to)
        client = get_client(settings)
        if level == "incident":
            _sync_incidents(settings, client)
        scan = (scan_incidents if level == "incident" else scan_records)(client, filters, settings)
        written = _write_atomically(output, lambda handle: write_export(scan.documents, level, rows, fmt, handle))
        noun = "incidents" if level == "incident" else "records"
        typer.echo(f"exported {scan.total} {noun} ({written} rows) to {output}")


def _sync_incidents(settings, client) -> None:  # noqa: ANN001 - Settings, Elasticsearch
    """Bring the incidents index in line with the store first, so the file matches ``pantau incidents``."""
    from pantau.search.incident_index import sync_incidents
    from pantau.store import Store

    with Store(settings.store_path) as store:
        sync_incidents(store, client, settings)


def _check_choice(flag: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise InputError(f"{flag} must be one of {', '.join(allowed)}, got {value!r}")


def _write_atomically(output: Path, write) -> int:  # noqa: ANN001 - (BinaryIO) -> int
    """Write through ``write`` to a temporary file beside ``output``, then move it into place; returns its result."""
    directory = output.resolve().parent
    if not directory.is_dir():
        raise InputError(f"cannot write {output}: {directory} is not a directory")
    try:
        handle = tempfile.NamedTemporaryFile("wb", dir=directory, prefix=f".{output.name}.", delete=False)  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror}") from None
    try:
        with handle:
            result = write(handle)
        os.replace(handle.name, output)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return result
