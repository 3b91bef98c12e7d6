"""`pantau digest`: a region's digest for a period, from the store; optionally mailed to its subscribers."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command("digest")
    def digest(
        region: str = typer.Option(..., "--region", "-r", help="Province, regency or city: name, alias or code."),
        date_from: str = typer.Option(..., "--from", help="First day of the period, YYYY-MM-DD."),
        date_to: str = typer.Option(..., "--to", help="Last day of the period, YYYY-MM-DD."),
        fmt: str = typer.Option("html", "--format", "-f", help="md, html or pdf."),
        output: Path | None = typer.Option(
            None, "--output", "-o", help="File to write (default: $PANTAU_HOME/digests/REGION_FROM_TO.FORMAT)."
        ),
        lang: str = typer.Option("id", "--lang", help="id (Bahasa Indonesia) or en."),
        send: bool = typer.Option(False, "--send", help="Also mail it to the region's subscribers (SMTP)."),
    ) -> None:
        """Write the digest of a region (a province with its regencies and cities, or one regency/city)."""
        from pantau.config import load_settings
        from pantau.digest import (
            FORMATS,
            LANGUAGES,
            build_digest,
            default_digest_path,
            load_subscriptions,
            parse_period,
            resolve_region,
            send_digest,
            write_digest,
        )
        from pantau.errors import InputError
        from pantau.store import Store

        if fmt not in FORMATS:
            raise InputError(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}")
        if lang not in LANGUAGES:
            raise InputError(f"--lang must be one of {', '.join(LANGUAGES)}, got {lang!r}")
        settings = load_settings()
        start, end = parse_period(date_from, date_to)
        target = resolve_region(region)
        subscriptions = load_subscriptions(settings.subscriptions_path) if send else []
        with Store(settings.store_path) as store:
            result = build_digest(store, target, start, end)
        path = output or default_digest_path(settings.digest_dir, target, start, end, fmt)
        write_digest(result, fmt, lang, path)
        typer.echo(
            f"{target.name}: {result.totals.incidents} incidents, {result.totals.victims} victims, "
            f"{result.totals.suspects} suspects ({start} – {end})"
        )
        typer.echo(str(path))
        if send:
            sent = send_digest(result, subscriptions, settings)
            if sent:
                typer.echo(f"mailed to {len(sent)} subscribers: {', '.join(sent)}")
            else:
                typer.echo(f"no subscribers for {target.name} in {settings.subscriptions_path}; nothing mailed")
