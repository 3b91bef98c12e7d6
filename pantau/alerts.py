"""Alerts after each run: a short message to a region's subscribers when an incident appears there or its figures
change, by e-mail (the digest's SMTP settings) or as a JSON POST to a webhook.

Deliveries are kept in the store (table ``alert_deliveries``), keyed by (subscriber, incident id, incident
revision): a subscriber (``mailto:ADDRESS`` or a webhook URL) gets at most one message per incident revision, a
failed delivery stays ``failed`` and is tried again on the next run, and a rerun with nothing new sends nothing.
A new revision whose figures and place are what the subscriber last saw (a report joined, nothing else changed)
is recorded without a message.

A new subscriber is not sent history: the first time a subscriber is seen for a region (table
``alert_subscribers``), the incidents the region has then are recorded as already known, and only incidents that
appear or change after that are sent.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import smtplib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from functools import cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx
import yaml

from pantau.config import Settings
from pantau.months import month_names
from pantau.store import Store, utc_now
from pantau.subscriptions import Subscription

STRINGS_PATH = Path(__file__).with_name("alerts.yaml")
DIGEST_STRINGS_PATH = Path(__file__).parent / "digest" / "data" / "strings.yaml"
FIGURE_ROLES = ("victims", "victims_rescued", "suspects", "victims_child", "victims_female", "victims_male")
WEBHOOK_TIMEOUT_S = 15
SMTP_TIMEOUT_S = 30
CLAIM_EXPIRES_S = 600  # a delivery marked sending longer than this belongs to a run that died: send it again
SEEN = ("sent", "skipped")  # statuses of a revision the subscriber has seen (or, subscribing, had as history)

_TABLES = (
    """CREATE TABLE IF NOT EXISTS alert_deliveries (
        subscriber TEXT NOT NULL,      -- mailto:ADDRESS or a webhook URL
        incident_id TEXT NOT NULL,
        revision TEXT NOT NULL,
        kind TEXT NOT NULL,            -- new | changed | known (seen when subscribing) | same (figures unchanged)
        status TEXT NOT NULL,          -- sent | failed | sending (claimed by a run) | skipped (nothing to send)
        state TEXT NOT NULL,           -- JSON: the figures and place the subscriber saw at this revision
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (subscriber, incident_id, revision)
    )""",
    """CREATE TABLE IF NOT EXISTS alert_subscribers (
        subscriber TEXT NOT NULL,
        region TEXT NOT NULL,          -- Kemendagri code of the subscribed region
        first_seen TEXT NOT NULL,
        PRIMARY KEY (subscriber, region)
    )""",
)

Kind = Literal["new", "changed"]


@dataclass(frozen=True)
class Alert:
    """One message due: an incident, new or changed, for one subscriber (target) of a region."""

    target: str
    subscription: Subscription
    incident: dict[str, Any]
    kind: Kind
    before: dict[str, int] = field(default_factory=dict)  # the figures the subscriber last saw (changed only)
    before_place: str | None = None  # the place the subscriber last saw, when it changed

    @property
    def channel(self) -> Literal["email", "webhook"]:
        return "email" if self.target.startswith("mailto:") else "webhook"

    @property
    def delivery_id(self) -> str:
        """The same for every attempt of this delivery, so a receiver can drop a repeat after a lost answer."""
        digest = hashlib.sha1(f"{self.target} {self.incident['id']} {self.incident['revision']}".encode()).hexdigest()
        return f"{self.incident['id']}.{self.incident['revision']}.{digest[:12]}"

    def describe(self) -> str:
        place = (self.incident.get("place") or {}).get("name") or "?"
        return f"{shown_target(self.target)}: {self.kind} {self.incident['id']} ({place})"


def shown_target(target: str) -> str:
    """A subscriber as logs show it: the address, or a webhook's origin and a hash of the rest (paths and queries of
    webhook URLs often hold tokens)."""
    if target.startswith("mailto:"):
        return target
    parts = urlsplit(target)
    return f"{parts.scheme}://{parts.netloc}/…#{hashlib.sha1(target.encode()).hexdigest()[:8]}"


@dataclass
class AlertReport:
    """What a run of alerts did (or, dry, would do)."""

    sent: list[Alert] = field(default_factory=list)
    failed: list[tuple[Alert, str]] = field(default_factory=list)
    known: dict[tuple[str, str], int] = field(default_factory=dict)  # (target, region): incidents recorded as known
    unchanged: int = 0  # new revisions with the figures the subscriber already had: no message
    dry_run: bool = False

    def lines(self) -> list[str]:
        """A few lines for people: each message, each failure, and what was recorded without a message."""
        verb = "would send" if self.dry_run else "sent"
        lines = [f"{verb}: {alert.describe()}" for alert in self.sent]
        lines += [f"failed: {alert.describe()}: {error} (tried again next run)" for alert, error in self.failed]
        known = "would be recorded" if self.dry_run else "recorded"
        lines += [f"new subscriber {shown_target(target)} of {region}: {count} existing incidents {known} as known, "
                  "not sent" for (target, region), count in self.known.items()]
        lines.append(f"alerts: {len(self.sent)} {verb}, {len(self.failed)} failed, "
                     f"{self.unchanged} updates without changed figures")
        return lines


def ensure_tables(store: Store) -> None:
    """Create the alerts' tables in the store if they are not there."""
    for statement in _TABLES:
        store.execute(statement)


def run_alerts(store: Store, subscriptions: Iterable[Subscription], settings: Settings,
               dry_run: bool = False) -> AlertReport:
    """Send every alert due to ``subscriptions`` (those with alerts on) and record each delivery in the store."""
    ensure_tables(store)
    plan = plan_alerts(store, [s for s in subscriptions if s.alerts])
    report = AlertReport(known={key: len(incidents) for key, incidents in plan.known.items()},
                         unchanged=len(plan.unchanged), dry_run=dry_run)
    if dry_run:
        report.sent = plan.alerts
        return report
    _record_without_message(store, plan)
    with _Mailer(settings) as mailer, httpx.Client(timeout=WEBHOOK_TIMEOUT_S) as http:
        for alert in plan.alerts:
            if not _claim(store, alert):
                continue  # another run is sending it, or has sent it since this run planned
            error = _deliver(alert, settings, mailer, http)
            _record(store, alert.target, alert.incident, alert.kind, "failed" if error else "sent", error)
            if error:
                report.failed.append((alert, error))
            else:
                report.sent.append(alert)
    return report


# Planning -----------------------------------------------------------------


@dataclass
class _Plan:
    alerts: list[Alert] = field(default_factory=list)
    known: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)  # (target, region): incidents
    unchanged: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (target, incident)


@dataclass
class _History:
    """One subscriber's deliveries: each (incident, revision)'s status, and each incident's state last seen."""

    status: dict[tuple[str, str], str] = field(default_factory=dict)
    last_seen: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def of(cls, store: Store, target: str) -> _History:
        history = cls()
        rows = store.execute(
            "SELECT incident_id, revision, status, state FROM alert_deliveries WHERE subscriber = ? "
            "ORDER BY updated_at, rowid", (target,))
        for order, row in enumerate(rows):
            history.status[(row["incident_id"], row["revision"])] = row["status"]
            if row["status"] in SEEN:
                history.last_seen[row["incident_id"]] = {"at": order, **json.loads(row["state"])}
        return history

    def due(self, incident: dict[str, Any]) -> bool:
        """Whether this revision still needs a message (never sent, failed, or stuck in a run that died)."""
        return self.status.get((incident["id"], incident["revision"])) in (None, "failed", "sending")

    def seen_state(self, incident: dict[str, Any]) -> dict[str, Any] | None:
        """The state last seen of the incident, or of one merged into it (the latest of them)."""
        seen = [self.last_seen[i] for i in (incident["id"], *incident.get("merged_ids", [])) if i in self.last_seen]
        latest = max(seen, key=lambda state: state["at"], default=None)
        return None if latest is None else {key: value for key, value in latest.items() if key != "at"}


def plan_alerts(store: Store, subscriptions: list[Subscription]) -> _Plan:
    """What is due, read from the store without writing: messages, new subscribers' known incidents, quiet updates."""
    from pantau.incidents import list_incidents

    ensure_tables(store)
    plan, planned = _Plan(), set()
    by_region: dict[str, list[dict[str, Any]]] = {}
    histories: dict[str, _History] = {}
    for subscription in subscriptions:
        code = subscription.region.code
        if code not in by_region:
            by_region[code] = list_incidents(store, region=code)
        for target in subscription.targets:
            if not _subscriber_seen(store, target, code):
                plan.known.setdefault((target, code), by_region[code])
                continue
            if target not in histories:
                histories[target] = _History.of(store, target)
            history = histories[target]
            for incident in by_region[code]:
                key = (target, incident["id"], incident["revision"])
                if key not in planned and history.due(incident):
                    planned.add(key)
                    _plan_incident(plan, history, target, subscription, incident)
    return plan


def _plan_incident(plan: _Plan, history: _History, target: str, subscription: Subscription,
                   incident: dict[str, Any]) -> None:
    before = history.seen_state(incident)
    if before is None:
        plan.alerts.append(Alert(target, subscription, incident, "new"))
    elif before == state_of(incident):
        plan.unchanged.append((target, incident))
    else:
        moved = before.get("place") != state_of(incident)["place"]
        plan.alerts.append(Alert(target, subscription, incident, "changed", before["figures"],
                                 before.get("place_name") if moved else None))


def state_of(incident: dict[str, Any]) -> dict[str, Any]:
    """What an alert is about: the incident's figures (role: value) and its place (code and name)."""
    figures, place = incident.get("figures") or {}, incident.get("place") or {}
    return {
        "figures": {role: figures[role]["value"] for role in FIGURE_ROLES if role in figures},
        "place": place.get("code"),
        "place_name": _place_text(place),
    }


def _subscriber_seen(store: Store, target: str, region_code: str) -> bool:
    return store.execute(
        "SELECT 1 FROM alert_subscribers WHERE subscriber = ? AND region = ?", (target, region_code)
    ).fetchone() is not None


# Recording ----------------------------------------------------------------


def _claim(store: Store, alert: Alert) -> bool:
    """Mark the delivery ``sending`` unless another run holds it or it was sent; False when not this run's."""
    now = utc_now()
    stale = (datetime.fromisoformat(now) - timedelta(seconds=CLAIM_EXPIRES_S)).isoformat(timespec="seconds")
    cursor = store.execute(
        "INSERT INTO alert_deliveries(subscriber, incident_id, revision, kind, status, state, attempts, error, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, 'sending', ?, 0, NULL, ?, ?) "
        "ON CONFLICT(subscriber, incident_id, revision) DO UPDATE SET status = 'sending', "
        "updated_at = excluded.updated_at WHERE status = 'failed' OR (status = 'sending' AND updated_at < ?)",
        (alert.target, alert.incident["id"], alert.incident["revision"], alert.kind,
         json.dumps(state_of(alert.incident), sort_keys=True), now, now, stale),
    )
    return cursor.rowcount == 1


def _record_without_message(store: Store, plan: _Plan) -> None:
    """Record new subscribers with their region's incidents as known (but for what another of their subscriptions
    is about to send them), and new revisions that changed nothing the subscriber sees."""
    now = utc_now()
    due = {(alert.target, alert.incident["id"], alert.incident["revision"]) for alert in plan.alerts}
    with store.transaction():
        for (target, code), incidents in plan.known.items():
            store.execute("INSERT OR IGNORE INTO alert_subscribers(subscriber, region, first_seen) VALUES (?, ?, ?)",
                          (target, code, now))
            for incident in incidents:
                if (target, incident["id"], incident["revision"]) not in due:
                    _record(store, target, incident, "known", "skipped", None, only_if_absent=True)
        for target, incident in plan.unchanged:
            _record(store, target, incident, "same", "skipped", None)


def _record(store: Store, target: str, incident: dict[str, Any], kind: str, status: str, error: str | None,
            only_if_absent: bool = False) -> None:
    """Record a delivery's outcome (``sent``/``failed``: one more attempt) or a revision seen without a message."""
    now = utc_now()
    values = (target, incident["id"], incident["revision"], kind, status,
              json.dumps(state_of(incident), sort_keys=True), int(status != "skipped"), error, now, now)
    conflict = "DO NOTHING" if only_if_absent else (
        "DO UPDATE SET kind = excluded.kind, status = excluded.status, state = excluded.state, "
        "attempts = attempts + excluded.attempts, error = excluded.error, updated_at = excluded.updated_at")
    store.execute(
        "INSERT INTO alert_deliveries(subscriber, incident_id, revision, kind, status, state, attempts, error, "
        f"created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        f"ON CONFLICT(subscriber, incident_id, revision) {conflict}",
        values,
    )


# Messages -----------------------------------------------------------------


@cache
def _strings() -> dict[str, Any]:
    return yaml.safe_load(STRINGS_PATH.read_text(encoding="utf-8"))


@cache
def _labels() -> dict[str, Any]:
    return yaml.safe_load(DIGEST_STRINGS_PATH.read_text(encoding="utf-8"))


def _t(lang: str, key: str, **values: Any) -> str:
    return _strings()[key][lang].format(**values)


def _label(lang: str, group: str, key: str) -> str:
    entry = (_labels().get(group) or {}).get(key)
    return entry[lang] if entry else key.replace("_", " ")


def rule_text(rule: str, lang: str) -> str:
    """The rule that chose a figure, in the subscriber's language (rules are worded in English by the incidents)."""
    if lang == "en":
        return rule
    for english, translated in _strings()[f"rule_phrases_{lang}"]:
        pattern = re.escape(english).replace(r"\{k\}", r"(?P<k>\d+)").replace(r"\{n\}", r"(?P<n>\d+)")
        rule = re.sub(pattern, lambda match, text=translated: text.format(**match.groupdict()), rule)
    return rule


def _day(value: str | None, lang: str) -> str:
    if not value:
        return _t(lang, "none")
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.day} {month_names(lang)[day.month - 1]} {day.year}"


def _place_text(place: dict[str, Any] | None) -> str:
    if not place or not place.get("name"):
        return "?"
    province = place.get("province")
    return place["name"] if not province or province == place["name"] else f"{place['name']}, {province}"


def _in_region(code: str | None, region_code: str) -> bool:
    return bool(code) and (code == region_code or code.startswith(region_code + "."))


def reason_text(incident: dict[str, Any], subscription: Subscription) -> str:
    """Why the incident is in the subscriber's region: it happened there, or its victims come from there."""
    lang, region = subscription.language, subscription.region
    if incident.get("region_reason") == "victims_origin":
        places = [loc["name"] for loc in incident.get("locations", [])
                  if loc.get("role") == "victims_origin" and _in_region(loc.get("code"), region.code)]
        return _t(lang, "reason_victims_origin", places=", ".join(dict.fromkeys(places)) or region.name)
    return _t(lang, "reason_event", region=_place_text(incident.get("place")))


def figure_lines(incident: dict[str, Any], lang: str, before: dict[str, int]) -> list[str]:
    """One line per figure: the value Pantau stands behind, its rule, what each report says, what it was."""
    lines = []
    for role in FIGURE_ROLES:
        figure = (incident.get("figures") or {}).get(role)
        if not figure:
            continue
        line = _t(lang, "figure_line", value=figure["value"], label=_label(lang, "roles", role),
                  rule=rule_text(str(figure.get("rule") or "?"), lang))
        if role in before and before[role] != figure["value"]:
            line += _t(lang, "was", before=before[role])
        reports = figure.get("reports") or []
        if len(reports) > 1:
            values = ", ".join(f"{r.get('outlet') or '?'} {r.get('value')}" for r in reports)
            line += "; " + _t(lang, "figure_reports", count=len(reports), values=values)
        lines.append(f"- {line}")
    figures = incident.get("figures") or {}
    lines += [f"- {_t(lang, 'none')} {_label(lang, 'roles', role)}{_t(lang, 'was', before=value)}"
              for role, value in before.items() if role not in figures]
    return lines or [f"- {_t(lang, 'no_figures')}"]


def message_subject(alert: Alert) -> str:
    """"[Pantau] Kejadian TPPO baru: Kota Jambi, Jambi, 12 korban", with the reason when only the victims are from
    the subscriber's region."""
    lang, incident = alert.subscription.language, alert.incident
    figures = incident.get("figures") or {}
    headline = next((f", {figures[role]['value']} {_label(lang, 'roles', role)}"
                     for role in ("victims", "victims_rescued", "suspects") if role in figures), "")
    place = _place_text(incident.get("place"))
    if incident.get("region_reason") == "victims_origin":
        place += f" ({reason_text(incident, alert.subscription)})"
    return _t(lang, f"subject_{alert.kind}", place=place, headline=headline)


def message_text(alert: Alert) -> str:
    """The alert as plain text: what, where, when, why in the region, the figures with their rules, the reports."""
    lang, incident, region = alert.subscription.language, alert.incident, alert.subscription.region
    reports = incident.get("reports") or []
    what = next((report["title"] for report in reports if report.get("title")), None)
    lines = [_t(lang, f"heading_{alert.kind}", region=region.name), ""]
    if what:
        lines.append(f"{_t(lang, 'what')}: {what}")
    lines += [
        f"{_t(lang, 'where')}: {_place_text(incident.get('place'))}"
        + (_t(lang, "was", before=alert.before_place) if alert.before_place else ""),
        f"{_t(lang, 'when')}: {_day(incident.get('event_date'), lang)}; "
        f"{_t(lang, 'first_reported').lower()}: {_day(incident.get('first_reported'), lang)}",
        f"{_t(lang, 'why')}: {reason_text(incident, alert.subscription)}",
    ]
    if incident.get("modus"):
        lines.append(f"{_t(lang, 'modus')}: {', '.join(_label(lang, 'modus_labels', m) for m in incident['modus'])}")
    lines += ["", f"{_t(lang, 'figures')}:", *figure_lines(incident, lang, alert.before), "",
              f"{_t(lang, 'reports')}:"]
    lines += [f"- {report.get('outlet') or '?'}, {_day(report.get('published'), lang)}: "
              f"{report.get('title') or ''} {report.get('url') or ''}".rstrip() for report in reports]
    lines += ["", _t(lang, "footer", region=region.name, id=incident["id"], revision=incident["revision"])]
    return "\n".join(lines) + "\n"


def webhook_payload(alert: Alert) -> dict[str, Any]:
    """The JSON a webhook receives: what changed, for which region and why, the message, and the whole incident."""
    region = alert.subscription.region
    return {
        "event": f"incident.{alert.kind}",
        "delivery_id": alert.delivery_id,
        "region": {"code": region.code, "name": region.name, "level": region.level, "province": region.province},
        "region_reason": alert.incident.get("region_reason"),
        "reason": reason_text(alert.incident, alert.subscription),
        "language": alert.subscription.language,
        "before": alert.before,
        "before_place": alert.before_place,
        "subject": message_subject(alert),
        "text": message_text(alert),
        "incident": alert.incident,
    }


# Delivery -----------------------------------------------------------------


def webhook_signature(body: bytes, secret: str) -> str:
    """``sha256=`` and the hex HMAC-SHA256 of the POST body under the subscriber's secret (as GitHub signs)."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


class _Mailer:
    """One SMTP connection for a run's e-mails, opened at the first e-mail; a failed connection fails each e-mail."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._smtp: smtplib.SMTP | None = None
        self._connect_error: OSError | smtplib.SMTPException | None = None

    def __enter__(self) -> _Mailer:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()

    def send(self, message: EmailMessage) -> None:
        if self._connect_error is not None:
            raise self._connect_error
        if self._smtp is None:
            try:
                self._smtp = smtplib.SMTP(self.settings.smtp_host, self.settings.smtp_port, timeout=SMTP_TIMEOUT_S)
            except (OSError, smtplib.SMTPException) as exc:
                self._connect_error = exc
                raise
        try:
            self._smtp.send_message(message)
        except smtplib.SMTPServerDisconnected:
            self._smtp = None
            raise


def _deliver(alert: Alert, settings: Settings, mailer: _Mailer, http: httpx.Client) -> str | None:
    """Send one alert; None when delivered, else the reason in a few words."""
    if alert.channel == "email":
        message = EmailMessage()
        message["Subject"] = message_subject(alert)
        message["From"] = settings.smtp_sender
        message["To"] = alert.target.removeprefix("mailto:")
        message["Message-ID"] = f"<{alert.delivery_id}@pantau.alerts>"
        message["X-Pantau-Incident"] = f"{alert.incident['id']} {alert.incident['revision']}"
        message.set_content(message_text(alert))
        try:
            mailer.send(message)
        except (OSError, smtplib.SMTPException) as exc:
            return f"SMTP {settings.smtp_host}:{settings.smtp_port}: {exc or type(exc).__name__}"
        return None
    body = json.dumps(webhook_payload(alert), ensure_ascii=False).encode("utf-8")
    headers = {"User-Agent": "Pantau alerts", "Content-Type": "application/json; charset=utf-8"}
    if alert.subscription.webhook_secret:
        headers["X-Pantau-Signature"] = webhook_signature(body, alert.subscription.webhook_secret)
    try:
        response = http.post(alert.target, content=body, headers=headers)
    except httpx.HTTPError as exc:
        return f"webhook: {exc or type(exc).__name__}"
    return None if response.is_success else f"webhook answered HTTP {response.status_code}"
