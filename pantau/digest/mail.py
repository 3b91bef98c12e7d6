"""Sending digests over SMTP to a region's subscribers (subscriptions live in pantau.subscriptions)."""

from __future__ import annotations

import re
import smtplib
from email.message import EmailMessage
from email.utils import make_msgid

from pantau.config import Settings
from pantau.digest.build import Digest
from pantau.digest.render import chart_images, render_text, translator
from pantau.errors import PantauError
from pantau.subscriptions import Subscription, load_subscriptions, subscribers_of

__all__ = ["Subscription", "build_message", "load_subscriptions", "send_digest", "subscribers_of"]

_DATA_IMAGE = re.compile(r'src="data:image/png;base64,[^"]+"')


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
