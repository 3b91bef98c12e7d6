"""Alerts on incidents the real incident code builds from stored records (tests/digest/data/reports.json), sent to
a real SMTP server and a webhook receiver on 127.0.0.1, through ``pantau alerts``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from receivers import Inbox, WebhookReceiver

from pantau.cli import main
from pantau.incidents import list_incidents
from pantau.store import Store

from .stored_reports import add_and_update, follow_up, load_reports


@pytest.fixture
def reports() -> dict[str, dict[str, Any]]:
    return load_reports()


def incident_in(home: Path, region: str, place: str, victims: int) -> dict[str, Any]:
    with Store(home / "pantau.sqlite3") as store:
        return next(incident for incident in list_incidents(store, region=region)
                    if incident["place"]["name"] == place and incident["figures"]["victims"]["value"] == victims)


def by_recipient(messages: list) -> dict[str, list]:
    grouped: dict[str, list] = {}
    for message in messages:
        grouped.setdefault(message["X-Envelope-To"], []).append(message)
    return grouped


def test_one_message_per_new_or_changed_incident_per_subscriber(
        home: Path, reports: dict, smtp_inbox: Inbox, webhook: WebhookReceiver, capsys) -> None:
    add_and_update(home, *(reports[name] for name in ("raid-tribun", "karaoke-muaro", "indramayu", "rakor-jambi",
                                                       "cabai-jambi")))
    (home / "subscriptions.yaml").write_text(
        "subscribers:\n"
        "  - {email: gugustugas@jambiprov.go.id, region: Jambi}\n"
        f"  - {{webhook: '{webhook.url}', region: Kota Jambi, language: en}}\n"
        "  - {email: gugustugas@sumselprov.go.id, region: Sumatera Selatan, language: en}\n",
        encoding="utf-8")
    assert main(["alerts"]) == 0  # first sight of every subscriber: what exists now is history, not news
    assert smtp_inbox.take() == [] and webhook.take() == []

    # A new incident in Kota Jambi, and a follow-up raising the raid's victims from 12 to 14; the webhook is down.
    add_and_update(home, reports["scam-jambi"], follow_up(reports["raid-tribun"], "raid-lanjutan", 12, 14))
    webhook.failing = True
    assert main(["alerts"]) == 1
    assert capsys.readouterr().err.count("webhook answered HTTP 500 (tried again next run)") == 2
    mailed = by_recipient(smtp_inbox.take())
    assert list(mailed) == ["gugustugas@jambiprov.go.id"]
    subjects = sorted(message["Subject"] for message in mailed["gugustugas@jambiprov.go.id"])
    assert subjects == ["[Pantau] Kejadian TPPO baru: Kota Jambi, Jambi, 2 korban",
                        "[Pantau] Kejadian TPPO diperbarui: Kota Jambi, Jambi, 14 korban"]
    changed = next(m for m in mailed["gugustugas@jambiprov.go.id"] if "diperbarui" in m["Subject"]).get_content()
    assert "14 korban — aturan: laporan terbaru" in changed and "(sebelumnya 12)" in changed
    assert "dari 2 laporan: tribunjambi 12, antaranews 14" in changed
    assert "kejadian terjadi di Kota Jambi, Jambi" in changed and "raid-lanjutan" not in changed
    assert reports["raid-tribun"]["article"]["url"] in changed

    webhook.failing = False  # the next run delivers what failed, and nothing twice
    assert main(["alerts"]) == 0
    assert smtp_inbox.take() == []
    bodies = {body["event"]: body for body in webhook.take()}
    assert sorted(bodies) == ["incident.changed", "incident.new"]
    assert bodies["incident.changed"]["before"]["victims"] == 12
    assert bodies["incident.changed"]["incident"]["figures"]["victims"]["value"] == 14
    assert bodies["incident.new"]["incident"]["id"] == incident_in(home, "15.71", "Kota Jambi", 2)["id"]

    assert main(["alerts"]) == 0  # nothing new: no message
    assert smtp_inbox.take() == [] and webhook.take() == []

    # A third outlet's report of the raid names Sumatera Selatan as the victims' home: the incidents merge, the
    # figure goes back to 12 (most reports), and Sumatera Selatan's subscriber hears of it for the first time.
    add_and_update(home, reports["raid-ekspres"])
    assert main(["alerts"]) == 0
    mailed = by_recipient(smtp_inbox.take())
    [jambi], [sumsel] = mailed["gugustugas@jambiprov.go.id"], mailed["gugustugas@sumselprov.go.id"]
    assert jambi["Subject"] == "[Pantau] Kejadian TPPO diperbarui: Kota Jambi, Jambi, 12 korban"
    assert "(sebelumnya 14)" in jambi.get_content()
    assert sumsel["Subject"] == (
        "[Pantau] New trafficking incident: Kota Jambi, Jambi (victims from Sumatera Selatan), 12 victims")
    assert "Why in your region: victims from Sumatera Selatan" in sumsel.get_content()
    [body] = webhook.take()
    assert body["event"] == "incident.changed" and body["incident"]["figures"]["victims"]["value"] == 12

    assert main(["alerts"]) == 0
    assert smtp_inbox.take() == [] and webhook.take() == []


def test_records_not_yet_placed_in_incidents_are_placed_before_alerting(
        home: Path, reports: dict, smtp_inbox: Inbox) -> None:
    add_and_update(home, reports["raid-tribun"])
    (home / "subscriptions.yaml").write_text("- {email: gugustugas@jambiprov.go.id, region: Jambi}\n",
                                             encoding="utf-8")
    assert main(["alerts"]) == 0
    add_and_update(home, reports["karaoke-muaro"], update=False)
    assert main(["alerts"]) == 0
    [message] = smtp_inbox.take()
    assert message["Subject"] == "[Pantau] Kejadian TPPO baru: Kabupaten Muaro Jambi, Jambi, 3 korban"
