"""Subscriptions (who gets which region's digest) and sending digests over SMTP."""

from __future__ import annotations

import re
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import yaml

from pantau.config import Settings
from pantau.digest.build import Digest, DigestRegion, resolve_region
from pantau.digest.render import LANGUAGES, chart_images, render_text, translator
from pantau.errors import InputError, PantauError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$|^[^@\s]+@localhost$")
_DATA_IMAGE = re.compile(r'src="data:image/png;base64,[^"]+"')


@dataclass(frozen=True)
class Subscription:
    """A task force's subscription: an address, the region it covers, the digest language."""

    email: str
    region: DigestRegion
    language: str = "id"


def load_subscriptions(path: Path) -> list[Subscription]:
    """Read the subscriptions YAML file (missing file: no subscribers).

    The file is a list of entries, or a mapping with a ``subscribers`` list::

        subscribers:
          - email: gugustugas@jambikota.go.id
            region: Kota Jambi        # a province, regency or city: name, alias or code
            language: id              # id (default) or en
    """
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML ({exc.__class__.__name__})") from None
    entries = data.get("subscribers", []) if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise InputError(f"{path}: expected a list of subscribers")
    subscriptions = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not entry.get("email") or not entry.get("region"):
            raise InputError(f"{path}: subscriber {number} needs an email and a region")
        email, language = str(entry["email"]).strip(), str(entry.get("language") or "id").strip()
        if not _EMAIL.match(email):
            raise InputError(f"{path}: subscriber {number}: {email!r} is not an e-mail address")
        if language not in LANGUAGES:
            raise InputError(f"{path}: subscriber {number}: language must be one of {', '.join(LANGUAGES)}")
        subscriptions.append(Subscription(email, resolve_region(str(entry["region"])), language))
    return subscriptions


def subscribers_of(subscriptions: list[Subscription], region: DigestRegion) -> list[Subscription]:
    """The subscriptions for exactly this region."""
    return [subscription for subscription in subscriptions if subscription.region.code == region.code]


def build_message(digest: Digest, lang: str, sender: str, recipients: list[str]) -> EmailMessage:
    """A multipart message: plain text (Markdown), HTML, and the charts as related inline images."""
    t = translator(lang)
    message = EmailMessage()
    message["Subject"] = t("mail_subject", region=digest.region.name, start=t.day(digest.date_from),
                           end=t.day(digest.date_to))
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message.set_content(render_text(digest, "md", lang))
    html = render_text(digest, "html", lang)
    # Many mail clients block data: URLs; the charts travel as related parts referenced by Content-ID.
    images = chart_images(digest, t)
    content_ids = [make_msgid(domain="pantau.local") for _ in images]
    replacements = iter(f'src="cid:{cid[1:-1]}"' for cid in content_ids)
    html = _DATA_IMAGE.sub(lambda _: next(replacements, 'src=""'), html)
    message.add_alternative(html, subtype="html")
    html_part = message.get_payload()[1]
    for (caption, png), cid in zip(images, content_ids, strict=True):
        html_part.add_related(png, maintype="image", subtype="png", cid=cid, filename=f"{caption}.png")
    return message


def send_digest(digest: Digest, subscriptions: list[Subscription], settings: Settings) -> list[str]:
    """Mail ``digest`` to its region's subscribers, each in their language; returns the addresses mailed."""
    recipients = subscribers_of(subscriptions, digest.region)
    by_language: dict[str, list[str]] = {}
    for subscription in recipients:
        by_language.setdefault(subscription.language, []).append(subscription.email)
    sent: list[str] = []
    if not by_language:
        return sent
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=30) as smtp:
            for lang, addresses in sorted(by_language.items()):
                smtp.send_message(build_message(digest, lang, settings.smtp_sender, addresses))
                sent += addresses
    except (OSError, smtplib.SMTPException) as exc:
        raise PantauError(
            f"cannot send mail via {settings.smtp_host}:{settings.smtp_port} ({exc}); set PANTAU_SMTP_HOST/PORT"
        ) from None
    return sent
