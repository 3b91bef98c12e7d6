"""Digest charts as PNG bytes (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

import io
import threading
from datetime import date

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402 - the backend must be chosen first

_PYPLOT_LOCK = threading.Lock()  # pyplot keeps global state: one chart at a time per process
_BAR_COLOUR = "#b03a2e"
_LINE_COLOUR = "#1f4e79"


def _png(figure: plt.Figure) -> bytes:
    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="png", dpi=110)
    plt.close(figure)
    return buffer.getvalue()


def modus_chart(breakdown: list[tuple[str, int]], title: str) -> bytes:
    """A horizontal bar chart of incidents per modus label (labels already translated)."""
    with _PYPLOT_LOCK:
        return _modus_chart(breakdown, title)


def trend_chart(weeks: list[tuple[date, int]], title: str, month_names: list[str]) -> bytes:
    """Incidents per week as bars, the weeks labelled by their first day."""
    with _PYPLOT_LOCK:
        return _trend_chart(weeks, title, month_names)


def _modus_chart(breakdown: list[tuple[str, int]], title: str) -> bytes:
    labels = [label for label, _ in breakdown][::-1]
    values = [value for _, value in breakdown][::-1]
    figure, axes = plt.subplots(figsize=(6.0, 0.45 * max(len(labels), 2) + 1.0))
    axes.barh(labels, values, color=_BAR_COLOUR)
    axes.set_title(title, fontsize=11)
    axes.xaxis.get_major_locator().set_params(integer=True)
    for position, value in enumerate(values):
        axes.text(value, position, f" {value}", va="center", fontsize=9)
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)


def _trend_chart(weeks: list[tuple[date, int]], title: str, month_names: list[str]) -> bytes:
    labels = [f"{start.day} {month_names[start.month - 1][:3]}" for start, _ in weeks]
    values = [value for _, value in weeks]
    figure, axes = plt.subplots(figsize=(6.0, 2.8))
    axes.bar(range(len(values)), values, color=_LINE_COLOUR)
    axes.set_xticks(range(len(values)), labels, fontsize=8, rotation=30)
    axes.set_title(title, fontsize=11)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_ylim(0, max(values + [1]) * 1.2)
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)
