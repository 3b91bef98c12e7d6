"""Alert delivery rules, on incidents given in the contract's format: one message per new or changed incident per
subscriber, none on a rerun, retry after a failure, no history for a new subscriber.

``pantau.incidents.list_incidents`` is replaced by a list the test controls, so that each rule is tested alone;
tests/alerts/test_alerts_on_store.py runs the same path on incidents the real incident code builds from records.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import pytest
from receivers import Inbox, WebhookReceiver, free_port

import pantau.incidents
from pantau.alerts import run_alerts, shown_target
from pantau.cli import main
from pantau.config import load_settings
from pantau.store import Store, utc_now
from pantau.subscriptions import load_subscriptions

PLACES = {
    "15.71": {"name": "Kota Jambi", "level": "city", "province": "Jambi", "code": "15.71"},
    "15.02": {"name": "Kabupaten Merangin", "level": "regency", "province": "Jambi", "code": "15.02"},
    "14.71": {"name": "Kota Pekanbaru", "level": "city", "province": "Riau", "code": "14.71"},
}


def make_incident(incident_id: str, place: str, victims: int, *, origin: str | None = None, reports: int = 1,
                  merged_ids: tuple[str, ...] = ()) -> dict[str, Any]:
    """An incident dict as pantau.incidents gives it; the revision hashes figures, place and reports."""
    urls = [f"https://news{n}.example.id/{incident_id}" for n in range(reports)]
    figure_reports = [{"url": url, "outlet": f"news{n}", "value": victims, "sentence": f"{victims} korban."}
                      for n, url in enumerate(urls)]
    locations = [{**PLACES[place], "role": "event"}]
    if origin:
        locations.append({**PLACES[origin], "role": "victims_origin"})
    rule = "only report" if reports == 1 else "all reports agree"
    incident = {
        "id": incident_id, "event_date": "2026-11-16", "first_reported": "2026-11-17", "event_type": "incident",
        "place": PLACES[place], "locations": locations,
        "figures": {"victims": {"value": victims, "rule": rule, "reports": figure_reports},
                    "suspects": {"value": 2, "rule": "only report", "reports": figure_reports[:1]}},
        "modus": ["migrant_worker"], "agencies": ["Polresta Jambi"], "destinations": ["Malaysia"],
        "reports": [{"article_id": f"a{n}", "url": url, "title": f"Penggerebekan {incident_id}", "outlet": f"news{n}",
                     "published": "2026-11-17"} for n, url in enumerate(urls)],
        "merged_ids": list(merged_ids), "region_reason": None,
    }
    content = json.dumps([incident["figures"], incident["place"], urls], sort_keys=True)
    incident["revision"] = hashlib.sha1(content.encode()).hexdigest()[:10]
    return incident


class World:
    """The incidents list_incidents answers with, filtered by region as the contract says."""

    def __init__(self) -> None:
        self.incidents: list[dict[str, Any]] = []

    def list_incidents(self, store: Store, region: str | None = None, date_from=None, date_to=None) -> list[dict]:
        listed = []
        for incident in self.incidents:
            codes = {loc["role"]: loc["code"] for loc in incident["locations"]}
            within = [role for role, code in codes.items() if region and (code == region or
                                                                          code.startswith(region + "."))]
            if region is None or within:
                reason = None if region is None else ("event" if "event" in within else "victims_origin")
                listed.append({**copy.deepcopy(incident), "region_reason": reason})
        return listed

    def put(self, incident: dict[str, Any]) -> None:
        self.incidents = [i for i in self.incidents if i["id"] != incident["id"]] + [incident]


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> World:
    world = World()
    monkeypatch.setattr(pantau.incidents, "list_incidents", world.list_incidents)
    return world


def subscribe(home: Path, *entries: str) -> None:
    (home / "subscriptions.yaml").write_text("subscribers:\n" + "".join(f"  - {e}\n" for e in entries),
                                             encoding="utf-8")


def alerts(dry_run: bool = False):
    settings = load_settings()
    with Store(settings.store_path) as store:
        return run_alerts(store, load_subscriptions(settings.subscriptions_path), settings, dry_run=dry_run)


def test_a_new_subscriber_gets_no_history_then_one_message_per_new_incident(
        home: Path, world: World, smtp_inbox: Inbox) -> None:
    world.put(make_incident("inc-old", "15.71", 12))
    subscribe(home, "{email: gt@jambikota.go.id, region: Kota Jambi}")
    first = alerts()
    assert (first.sent, first.known) == ([], {("mailto:gt@jambikota.go.id", "15.71"): 1})
    assert smtp_inbox.take() == []

    world.put(make_incident("inc-new", "15.71", 7))
    world.put(make_incident("inc-riau", "14.71", 3))
    assert [alert.incident["id"] for alert in alerts().sent] == ["inc-new"]
    [message] = smtp_inbox.take()
    assert message["X-Envelope-To"] == "gt@jambikota.go.id" and message["From"] == "pantau@pantau.test"
    assert message["Subject"] == "[Pantau] Kejadian TPPO baru: Kota Jambi, Jambi, 7 korban"
    text = message.get_content()
    assert "Kejadian TPPO baru di wilayah langganan Anda (Kota Jambi)" in text
    assert "7 korban — aturan: satu-satunya laporan" in text
    assert "kejadian terjadi di Kota Jambi, Jambi" in text
    assert "https://news0.example.id/inc-new" in text and "pekerja migran nonprosedural" in text

    rerun = alerts()
    assert (rerun.sent, rerun.failed) == ([], []) and smtp_inbox.take() == []


def test_changed_figures_send_one_message_with_the_old_value(home: Path, world: World, smtp_inbox: Inbox) -> None:
    subscribe(home, "{email: gt@jambiprov.go.id, region: Jambi}")
    alerts()  # first sight of the subscriber: nothing yet
    world.put(make_incident("inc-a", "15.71", 11))
    assert len(alerts().sent) == 1
    smtp_inbox.take()

    world.put(make_incident("inc-a", "15.71", 14, reports=2))
    [changed] = alerts().sent
    assert changed.kind == "changed" and changed.before == {"victims": 11, "suspects": 2}
    [message] = smtp_inbox.take()
    assert message["Subject"].startswith("[Pantau] Kejadian TPPO diperbarui: Kota Jambi, Jambi, 14 korban")
    assert "14 korban — aturan: semua laporan sepakat (sebelumnya 11); dari 2 laporan: news0 14, news1 14" in (
        message.get_content())

    # A third report with the same figures: a new revision, but nothing the subscriber has not seen.
    world.put(make_incident("inc-a", "15.71", 14, reports=3))
    quiet = alerts()
    assert (quiet.sent, quiet.unchanged) == ([], 1) and smtp_inbox.take() == []
    assert alerts().unchanged == 0


def test_a_new_place_is_a_change_and_a_figure_no_report_gives_any_more_is_shown(
        home: Path, world: World, smtp_inbox: Inbox) -> None:
    subscribe(home, "{email: gt@jambiprov.go.id, region: Jambi}")
    alerts()
    world.put(make_incident("inc-m", "15.71", 5))
    alerts()
    smtp_inbox.take()
    moved = make_incident("inc-m", "15.02", 5)
    del moved["figures"]["suspects"]
    world.put(moved)
    [alert] = alerts().sent
    assert (alert.kind, alert.before_place) == ("changed", "Kota Jambi, Jambi")
    text = smtp_inbox.take()[0].get_content()
    assert "Tempat: Kabupaten Merangin, Jambi (sebelumnya Kota Jambi, Jambi)" in text
    assert "- — tersangka (sebelumnya 2)" in text and "(sebelumnya 5)" not in text


def test_a_merged_incident_is_a_change_not_a_new_incident(home: Path, world: World, smtp_inbox: Inbox) -> None:
    subscribe(home, "{email: gt@jambiprov.go.id, region: '15'}")
    alerts()
    world.put(make_incident("inc-b", "15.71", 5))
    alerts()
    world.incidents = [make_incident("inc-a", "15.71", 9, reports=2, merged_ids=("inc-b",))]
    [alert] = alerts().sent
    assert (alert.kind, alert.incident["id"], alert.before["victims"]) == ("changed", "inc-a", 5)


def test_victims_origin_reason_in_english(home: Path, world: World, smtp_inbox: Inbox) -> None:
    subscribe(home, "{email: researcher@example.org, region: Kabupaten Merangin, language: en}")
    alerts()
    world.put(make_incident("inc-c", "15.71", 14, origin="15.02"))
    alerts()
    [message] = smtp_inbox.take()
    assert message["Subject"] == (
        "[Pantau] New trafficking incident: Kota Jambi, Jambi (victims from Kabupaten Merangin), 14 victims")
    text = message.get_content()
    assert "Why in your region: victims from Kabupaten Merangin" in text
    assert "14 victims — rule: only report" in text


def test_a_failed_webhook_is_reported_and_retried_next_run(home: Path, world: World,
                                                           webhook: WebhookReceiver, capsys) -> None:
    subscribe(home, f"{{webhook: '{webhook.url}', region: Jambi, language: en}}")
    assert main(["alerts"]) == 0
    world.put(make_incident("inc-d", "15.71", 4))
    webhook.failing = True
    assert main(["alerts"]) == 1
    err = capsys.readouterr().err
    assert f"failed: {shown_target(webhook.url)}: new inc-d (Kota Jambi): webhook answered HTTP 500" in err
    assert shown_target(webhook.url).startswith("http://127.0.0.1:") and "/hook" not in err
    assert webhook.refused == 1 and webhook.take() == []

    webhook.failing = False
    assert main(["alerts"]) == 0
    [body] = webhook.take()
    assert body["event"] == "incident.new" and body["incident"]["id"] == "inc-d"
    assert body["region"]["code"] == "15" and body["region_reason"] == "event"
    assert body["reason"] == "it happened in Kota Jambi, Jambi" and body["language"] == "en"
    assert body["incident"]["figures"]["victims"]["value"] == 4 and "Kota Jambi" in body["text"]

    assert main(["alerts"]) == 0 and webhook.take() == []
    with Store(load_settings().store_path) as store:
        row = store.execute("SELECT status, attempts, error FROM alert_deliveries WHERE incident_id = 'inc-d'")
        assert tuple(row.fetchone()) == ("sent", 2, None)


def test_email_and_webhook_of_one_entry_are_two_subscribers(home: Path, world: World, smtp_inbox: Inbox,
                                                           webhook: WebhookReceiver) -> None:
    subscribe(home, f"{{email: gt@jambikota.go.id, webhook: '{webhook.url}', region: Kota Jambi}}",
              "{email: gt@jambikota.go.id, region: Jambi}",  # the same address twice: still one message
              "{email: digest-only@example.org, region: Jambi, alerts: false}")
    alerts()
    world.put(make_incident("inc-e", "15.71", 6))
    report = alerts()
    assert sorted(alert.target for alert in report.sent) == sorted(["mailto:gt@jambikota.go.id", webhook.url])
    assert len(smtp_inbox.take()) == 1 and len(webhook.take()) == 1


def test_an_unreachable_mail_server_is_a_failure_kept_for_the_next_run(
        home: Path, world: World, monkeypatch: pytest.MonkeyPatch, smtp_inbox: Inbox) -> None:
    subscribe(home, "{email: gt@jambikota.go.id, region: Kota Jambi}")
    alerts()
    world.put(make_incident("inc-f", "15.71", 6))
    world.put(make_incident("inc-g", "15.71", 2))
    working_port = load_settings().smtp_port
    monkeypatch.setenv("PANTAU_SMTP_PORT", str(free_port()))
    down = alerts()
    assert [alert.incident["id"] for alert, _ in down.failed] == ["inc-f", "inc-g"] and not down.sent
    assert all(error.startswith("SMTP 127.0.0.1:") for _, error in down.failed)

    monkeypatch.setenv("PANTAU_SMTP_PORT", str(working_port))
    assert len(alerts().sent) == 2 and len(smtp_inbox.take()) == 2


def test_dry_run_sends_and_records_nothing(home: Path, world: World, smtp_inbox: Inbox, capsys) -> None:
    subscribe(home, "{email: gt@jambikota.go.id, region: Kota Jambi}")
    world.put(make_incident("inc-h", "15.71", 6))
    assert main(["alerts", "--dry-run"]) == 0
    assert ("new subscriber mailto:gt@jambikota.go.id of 15.71: 1 existing incidents would be recorded as known, "
            "not sent") in capsys.readouterr().out
    alerts()
    world.put(make_incident("inc-i", "15.71", 1))
    assert main(["alerts", "--dry-run"]) == 0
    assert "would send: mailto:gt@jambikota.go.id: new inc-i (Kota Jambi)" in capsys.readouterr().out
    assert smtp_inbox.take() == []
    assert [alert.incident["id"] for alert in alerts().sent] == ["inc-i"]


def test_no_subscribers_with_alerts_sends_nothing(home: Path, world: World, capsys) -> None:
    subscribe(home, "{email: digest-only@example.org, region: Jambi, alerts: false}")
    world.put(make_incident("inc-j", "15.71", 6))
    assert main(["alerts"]) == 0
    assert "no subscriber with alerts" in capsys.readouterr().out


def test_a_delivery_another_run_is_sending_is_left_to_it_unless_that_run_died(
        home: Path, world: World, webhook: WebhookReceiver) -> None:
    subscribe(home, f"{{webhook: '{webhook.url}', region: Kota Jambi}}")
    alerts()
    world.put(make_incident("inc-k", "15.71", 6))
    incident = world.incidents[0]
    with Store(load_settings().store_path) as store:  # another run claimed it a moment ago
        store.execute(
            "INSERT INTO alert_deliveries(subscriber, incident_id, revision, kind, status, state, attempts, created_at,"
            " updated_at) VALUES (?, ?, ?, 'new', 'sending', '{}', 0, ?, ?)",
            (webhook.url, incident["id"], incident["revision"], utc_now(), utc_now()))
    assert alerts().sent == [] and webhook.take() == []

    with Store(load_settings().store_path) as store:  # that run died long ago
        store.execute("UPDATE alert_deliveries SET updated_at = '2026-01-01T00:00:00+00:00'")
    [alert] = alerts().sent
    [body] = webhook.take()
    assert body["delivery_id"] == alert.delivery_id and body["delivery_id"].startswith("inc-k.")
    assert alerts().sent == [] and webhook.take() == []


def test_a_mail_s_message_id_is_its_delivery_id(home: Path, world: World, smtp_inbox: Inbox) -> None:
    """The id is the same on every attempt (made from subscriber, incident and revision): clients drop repeats."""
    subscribe(home, "{email: gt@jambikota.go.id, region: Kota Jambi}",
              "{email: other@example.org, region: Kota Jambi}")
    alerts()
    world.put(make_incident("inc-l", "15.71", 6))
    expected = sorted(f"<{alert.delivery_id}@pantau.alerts>" for alert in alerts().sent)
    assert sorted(message["Message-ID"] for message in smtp_inbox.take()) == expected
    assert len(set(expected)) == 2 and all(i.startswith("<inc-l.") for i in expected)


def test_subscribing_an_address_to_one_more_region_keeps_what_it_is_due(
        home: Path, world: World, smtp_inbox: Inbox) -> None:
    subscribe(home, "{email: gt@jambiprov.go.id, region: Jambi}")
    alerts()
    world.put(make_incident("inc-n", "15.71", 5))
    subscribe(home, "{email: gt@jambiprov.go.id, region: Kota Jambi}", "{email: gt@jambiprov.go.id, region: Jambi}")
    report = alerts()  # Kota Jambi is new for the address, but inc-n is news through its Jambi subscription
    assert [alert.incident["id"] for alert in report.sent] == ["inc-n"]
    assert report.known == {("mailto:gt@jambiprov.go.id", "15.71"): 1}
    assert len(smtp_inbox.take()) == 1 and alerts().sent == []


def test_a_webhook_with_a_secret_gets_signed_posts(home: Path, world: World, webhook: WebhookReceiver) -> None:
    subscribe(home, f"{{webhook: '{webhook.url}', webhook_secret: s3cret, region: Kota Jambi}}")
    alerts()
    world.put(make_incident("inc-o", "15.71", 5))
    alerts()
    [(body, signature)] = webhook.raw
    assert signature == "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert json.loads(body)["incident"]["id"] == "inc-o"
    assert "s3cret" not in repr(load_subscriptions(home / "subscriptions.yaml"))
