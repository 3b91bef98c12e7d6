"""Opaque paging cursors: the sort values of a page's last hit and how many hits were served so far."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from pantau.errors import InputError


def encode_cursor(sort_values: list[Any], served: int) -> str:
    raw = json.dumps({"after": sort_values, "served": served}, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[list[Any], int]:
    """(sort values, hits served) of a cursor; raises InputError for anything that is not one."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        after, served = data["after"], int(data["served"])
        if not isinstance(after, list) or not all(isinstance(v, str | int | float) for v in after) or served < 0:
            raise ValueError
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise InputError("'after' is not a cursor from a previous response's 'next'") from None
    return after, served
