"""`pantau alerts`: tell the subscribers of each region about incidents that are new or whose figures changed."""

from __future__ import annotations

import sys

import typer


def register(app: typer.Typer) -> None:
    @app.command("alerts")
    def alerts(
        dry_run: bool = typer.Option(False, "--dry-run", help="Show what would be sent; send and record nothing."),
    ) -> None:
        """Send the alerts due (e-mail or webhook, per $PANTAU_SUBSCRIPTIONS); failed ones are tried again next run."""
        from pantau.alerts import run_alerts
        from pantau.config import load_settings
        from pantau.store import Store
        from pantau.subscriptions import load_subscriptions

        settings = load_settings()
        subscriptions = [s for s in load_subscriptions(settings.subscriptions_path) if s.alerts]
        if not subscriptions:
            typer.echo(f"no subscriber with alerts in {settings.subscriptions_path}; nothing to send")
            return
        with Store(settings.store_path) as store:
            report = run_alerts(store, subscriptions, settings, dry_run=dry_run)
        for line in report.lines():
            if line.startswith("failed:"):
                print(f"pantau: {line}", file=sys.stderr)
            else:
                typer.echo(line)
        if report.failed:
            raise typer.Exit(1)
