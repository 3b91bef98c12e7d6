"""The digest flow: one digest per region with subscribers, or per province with incidents; mailed if asked."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from prefect import flow

from flows.tasks import digest_regions, send_region_digest, write_region_digest


def last_week(today: date | None = None) -> tuple[date, date]:
    """The seven days that ended yesterday (run on Monday: last Monday to Sunday)."""
    end = (today or date.today()) - timedelta(days=1)
    return end - timedelta(days=6), end


@flow(name="pantau-digest")
def digest_flow(
    date_from: date | None = None,
    date_to: date | None = None,
    regions: list[str] | None = None,
    formats: list[str] | None = None,
    lang: str = "id",
    send: bool = False,
    store_path: str | None = None,
) -> list[dict[str, Any]]:
    """Write (and with ``send`` mail) the digests of the period (default: last week); returns one dict per region."""
    from pantau.config import load_settings

    settings = load_settings()
    store = store_path or str(settings.store_path)
    if date_from is None or date_to is None:
        date_from, date_to = last_week()
    codes = digest_regions(store, str(settings.subscriptions_path), date_from, date_to, regions)
    written = [
        write_region_digest.submit(store, code, date_from, date_to, str(settings.digest_dir), formats or ["html"], lang)
        for code in codes
    ]
    results = [future.result() for future in written]
    if send:
        mailed = [send_region_digest.submit(store, code, date_from, date_to) for code in codes]
        for result, future in zip(results, mailed, strict=True):
            result["mailed"] = future.result()
    return results
