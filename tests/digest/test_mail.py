"""`pantau digest --send` mails the region's subscribers through a real SMTP server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from receivers import Inbox, free_port

from pantau.cli import main


def test_send_mails_each_subscriber_of_the_region(pantau_home: Path, smtp_inbox: Inbox, tmp_path: Path,
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
    messages = {message["X-Envelope-To"]: message for message in smtp_inbox.take()}
    assert sorted(messages) == ["gugustugas@jambiprov.go.id", "researcher@example.org"]
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
    monkeypatch.setenv("PANTAU_SMTP_PORT", str(free_port()))
    code = main(["digest", "--region", "Jambi", "--from", "2026-11-16", "--to", "2026-11-22", "--send",
                 "--output", str(tmp_path / "jambi.html")])
    assert code == 1
    assert "cannot send mail" in capsys.readouterr().err
