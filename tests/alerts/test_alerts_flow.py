"""The alerts flow that ``pantau run`` runs after the index stage: failures come back as error lines, kept for the
next run."""

from __future__ import annotations

from pathlib import Path

from receivers import WebhookReceiver

from pantau.alerts import shown_target

from .stored_reports import add_and_update, load_reports


def test_the_flow_reports_a_failed_delivery_and_delivers_it_next_run(home: Path, webhook: WebhookReceiver) -> None:
    from flows.alerts import alerts_flow

    reports = load_reports()
    add_and_update(home, reports["raid-tribun"])
    (home / "subscriptions.yaml").write_text(f"- {{webhook: '{webhook.url}', region: Jambi}}\n", encoding="utf-8")
    assert alerts_flow() == []

    add_and_update(home, reports["karaoke-muaro"])
    webhook.failing = True
    [error] = alerts_flow()
    assert error.startswith(f"alert {shown_target(webhook.url)}: new inc-") and error.endswith(
        "(Kabupaten Muaro Jambi): webhook answered HTTP 500 (tried again next run)")

    webhook.failing = False
    assert alerts_flow() == []
    [body] = webhook.take()
    assert body["incident"]["place"]["name"] == "Kabupaten Muaro Jambi"
    assert alerts_flow() == [] and webhook.take() == []


def test_a_bad_subscriptions_file_is_an_error_line_not_a_failed_run(home: Path) -> None:
    from flows.alerts import alerts_flow

    (home / "subscriptions.yaml").write_text("- {webhook: 'ftp://example.org/x', region: Jambi}\n", encoding="utf-8")
    [error] = alerts_flow()
    assert error.startswith("alerts not sent: ") and "is not an http(s) URL" in error
