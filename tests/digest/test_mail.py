"""`pantau digest --send` mails the region's subscribers through a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import email
import socket
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from pantau.cli import main


class _Inbox:
    def __init__(self) -> None:
        self.envelopes: list = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_inbox(monkeypatch: pytest.MonkeyPatch):
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    monkeypatch.setenv("PANTAU_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("PANTAU_SMTP_PORT", str(controller.port))
    monkeypatch.setenv("PANTAU_SMTP_SENDER", "pantau@pantau.test")
    yield inbox
    controller.stop()


def test_send_mails_each_subscriber_of_the_region(pantau_home: Path, smtp_inbox: _Inbox, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    subscriptions = tmp_path / "subscriptions.yaml"
    subscriptions.write_text(
        "subscribers:\n"
        "  - {email: gugustugas@jambiprov.go.id, region: Jambi}\n"
        "  - {email: researcher@example.org, region: '15', language: en}\n"
        "  - {email: gugustugas@indramayukab.go.id, region: Kabupaten Indramayu}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PANTAU_SUBSCRIPTIONS", str(subscriptions))
    code = main(["digest", "--region", "Jambi", "--from", "2026-11-16", "--to", "2026-11-22", "--send",
                 "--output", str(tmp_path / "jambi.html")])
    assert code == 0
    recipients = sorted(address for envelope in smtp_inbox.envelopes for address in envelope.rcpt_tos)
    assert recipients == ["gugustugas@jambiprov.go.id", "researcher@example.org"]

    messages = {envelope.rcpt_tos[0]: email.message_from_bytes(envelope.content, policy=policy.default)
                for envelope in smtp_inbox.envelopes}
    indonesian, english = messages["gugustugas@jambiprov.go.id"], messages["researcher@example.org"]
    assert indonesian["Subject"].startswith("[Pantau] Ringkasan TPPO Jambi")
    assert english["Subject"].startswith("[Pantau] TPPO digest Jambi")
    assert indonesian["From"] == "pantau@pantau.test"
    html = indonesian.get_body(preferencelist=("html",)).get_content()
    assert "Kota Jambi" in html and "Kabupaten Muaro Jambi" in html and "Indramayu" not in html
    assert "data:image" not in html and html.count('src="cid:') == 2
    images = [part for part in indonesian.walk() if part.get_content_type() == "image/png"]
    assert len(images) == 2 and all(part["Content-ID"] for part in images)
    assert all(f'cid:{part["Content-ID"].strip("<>")}' in html for part in images)
    plain = indonesian.get_body(preferencelist=("plain",)).get_content()
    assert "Kejadian (2)" in plain


def test_send_with_no_server_is_one_line(pantau_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys) -> None:
    subscriptions = tmp_path / "subscriptions.yaml"
    subscriptions.write_text("- {email: a@example.org, region: Jambi}\n", encoding="utf-8")
    monkeypatch.setenv("PANTAU_SUBSCRIPTIONS", str(subscriptions))
    monkeypatch.setenv("PANTAU_SMTP_PORT", str(_free_port()))
    code = main(["digest", "--region", "Jambi", "--from", "2026-11-16", "--to", "2026-11-22", "--send",
                 "--output", str(tmp_path / "jambi.html")])
    assert code == 1
    assert "cannot send mail" in capsys.readouterr().err
