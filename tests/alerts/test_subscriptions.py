"""The subscriptions file: e-mail and/or webhook per entry, an alerts switch, one-line errors for bad entries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pantau.digest import resolve_region
from pantau.errors import InputError
from pantau.subscriptions import load_subscriptions, subscribers_of


def _load(tmp_path: Path, text: str):
    path = tmp_path / "subscriptions.yaml"
    path.write_text(text, encoding="utf-8")
    return load_subscriptions(path)


def test_webhook_entries_and_the_alerts_switch(tmp_path: Path) -> None:
    subscriptions = _load(tmp_path, (
        "subscribers:\n"
        "  - {email: gt@jambikota.go.id, region: Kota Jambi}\n"
        "  - {webhook: 'https://hooks.example.org/pantau', region: '15', language: en}\n"
        "  - {email: a@example.org, webhook: 'http://127.0.0.1:9/x', region: Jambi, alerts: false}\n"))
    assert [(s.region.code, s.language, s.alerts) for s in subscriptions] == [
        ("15.71", "id", True), ("15", "en", True), ("15", "id", False)]
    assert [s.targets for s in subscriptions] == [
        ["mailto:gt@jambikota.go.id"], ["https://hooks.example.org/pantau"],
        ["mailto:a@example.org", "http://127.0.0.1:9/x"]]
    # The digest goes to e-mail addresses only: the webhook-only entry of Jambi is not mailed a digest.
    assert [s.email for s in subscribers_of(subscriptions, resolve_region("Jambi"))] == ["a@example.org"]


@pytest.mark.parametrize(("entry", "message"), [
    ("{region: Jambi}", "subscriber 1 needs a region and an email or a webhook"),
    ("{webhook: 'ftp://example.org/x', region: Jambi}", "webhook 'ftp://example.org/x' is not an http(s) URL"),
    ("{webhook: 'https://', region: Jambi}", "is not an http(s) URL"),
    ("{email: a@example.org, region: Jambi, alerts: sometimes}", "alerts must be true or false"),
    ("{email: not-an-address, region: Jambi}", "'not-an-address' is not an e-mail address"),
    ("{email: a@example.org, webhook_secret: x, region: Jambi}", "webhook_secret without a webhook"),
    ("{email: a@example.org, region: Jambi, language: fr}", "language must be one of id, en"),
    ("{email: a@example.org, region: Atlantis}", "subscriber 1: unknown region 'Atlantis'"),
])
def test_bad_entries_are_one_line_errors(tmp_path: Path, entry: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)) as raised:
        _load(tmp_path, f"- {entry}\n")
    assert "\n" not in str(raised.value)


def test_a_missing_file_is_no_subscribers(tmp_path: Path) -> None:
    assert load_subscriptions(tmp_path / "absent.yaml") == []
