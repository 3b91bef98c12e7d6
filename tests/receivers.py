"""Receivers on 127.0.0.1 for mail and alert tests: an SMTP inbox (aiosmtpd) and an HTTP server taking webhooks."""

from __future__ import annotations

import email
import json
import socket
from email import policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """What the SMTP server received, as parsed messages."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        message["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def take(self) -> list[EmailMessage]:
        """The messages received since the last take."""
        taken, self.messages = self.messages, []
        return taken


class WebhookReceiver:
    """JSON bodies POSTed to http://127.0.0.1:PORT/hook; answers 500 while ``failing`` is set."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.raw: list[tuple[bytes, str | None]] = []  # each accepted body as sent, with its X-Pantau-Signature
        self.failing = False
        self.refused = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's hook name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if receiver.failing:
                    receiver.refused += 1
                    self.send_response(500)
                else:
                    receiver.bodies.append(json.loads(body))
                    receiver.raw.append((body, self.headers.get("X-Pantau-Signature")))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def take(self) -> list[dict[str, Any]]:
        taken, self.bodies = self.bodies, []
        return taken
