"""Fixtures for alert tests: a real SMTP server (aiosmtpd), a webhook receiver, an empty PANTAU_HOME."""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from receivers import WebhookReceiver

if "prefect" not in sys.modules:  # Prefect reads its settings on import: its files go to a temporary home
    os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="pantau-test-prefect-"))


@pytest.fixture
def webhook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver()
    thread = threading.Thread(target=receiver.server.serve_forever, daemon=True)
    thread.start()
    yield receiver
    receiver.server.shutdown()
    receiver.server.server_close()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty PANTAU_HOME whose subscriptions file is ``subscriptions.yaml`` in it."""
    monkeypatch.setenv("PANTAU_HOME", str(tmp_path))
    monkeypatch.delenv("PANTAU_SUBSCRIPTIONS", raising=False)
    return tmp_path
