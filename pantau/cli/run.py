"""`pantau run`: the whole pipeline (crawl -> extract -> index -> digest) as a Prefect flow, locally.

Prefect runs in ephemeral mode with its files under ``$PANTAU_HOME/run/prefect``: nothing to set up. With
``PREFECT_API_URL`` set, the run is recorded on that Prefect server instead.
"""

from __future__ import annotations

from pathlib import Path

import typer


def _overrides(values: list[str]) -> dict[str, str]:
    from pantau.errors import InputError

    overrides = {}
    for value in values:
        name, sep, url = value.partition("=")
        if not sep or not name or not url.startswith(("http://", "https://")):
            raise InputError(f"--site-url must be SITE=URL (e.g. tribunjambi=http://127.0.0.1:8001), got {value!r}")
        overrides[name] = url
    return overrides


def register(app: typer.Typer) -> None:
    @app.command("run")
    def run(
        site: list[str] = typer.Option(
            [], "--site", "-s", help="An outlet of the site registry (repeatable; default: every outlet)."
        ),
        start_url: list[str] = typer.Option([], "--start-url", help="Any news site, crawled generically (repeatable)."),
        site_url: list[str] = typer.Option(
            [], "--site-url", help="SITE=URL: crawl an outlet at another base URL, e.g. a local copy (repeatable)."
        ),
        max_pages: int | None = typer.Option(None, "--max-pages", help="Stop each crawl after this many pages."),
        date_from: str | None = typer.Option(None, "--from", help="Digest period start (default: last 7 days)."),
        date_to: str | None = typer.Option(None, "--to", help="Digest period end, YYYY-MM-DD."),
        region: list[str] = typer.Option(
            [], "--region", "-r", help="Digest only these regions (default: subscribed ones, provinces with incidents)."
        ),
        dask: str | None = typer.Option(
            None, "--dask", help="Extract on Dask: a scheduler address or 'local' (default: $PANTAU_DASK_ADDRESS)."
        ),
        no_index: bool = typer.Option(False, "--no-index", help="Skip indexing (records stay queued)."),
        no_digest: bool = typer.Option(False, "--no-digest", help="Skip the digests."),
        send: bool = typer.Option(False, "--send", help="Mail the digests to their subscribers."),
        home: Path | None = typer.Option(None, "--home", help="Use this PANTAU_HOME."),
    ) -> None:
        """Run crawl -> extract -> index -> digest as a Prefect flow; safe to interrupt and run again."""
        import os

        from pantau.errors import InputError

        if home is not None:
            os.environ["PANTAU_HOME"] = str(home.expanduser().resolve())
        overrides = _overrides(site_url)
        period = None
        if date_from or date_to:
            if not (date_from and date_to):
                raise InputError("give both --from and --to, or neither")
            from pantau.digest import parse_period

            period = parse_period(date_from, date_to)
        sites = list(dict.fromkeys([*site, *overrides])) or None
        if sites is None and start_url:
            sites = []
        from crawlers.registry import get_site

        for name in sites or ():
            get_site(name)  # an unknown outlet is a one-line error before Prefect starts

        from flows.pipeline import pantau_pipeline

        result = pantau_pipeline(
            sites=sites,
            start_urls=start_url or None,
            site_overrides=overrides or None,
            max_pages=max_pages,
            digest_from=period[0] if period else None,
            digest_to=period[1] if period else None,
            digest_regions=region or None,
            dask_address=dask,
            run_index=not no_index,
            run_digests=not no_digest,
            send_digests=send,
        )
        typer.echo(result.summary())
        for path in result.digest_paths:
            typer.echo(f"  {path}")
