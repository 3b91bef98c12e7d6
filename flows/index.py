"""The index flow: queued records into the search index (skipped in one line when search is unavailable)."""

from __future__ import annotations

from prefect import flow

from flows.tasks import IndexOutcome, index_pending, update_incidents


@flow(name="pantau-index")
def index_flow(store_path: str | None = None) -> IndexOutcome:
    """Bring the stored incidents up to date (records saved elsewhere too), then index what is not indexed yet."""
    from pantau.config import load_settings

    path = store_path or str(load_settings().store_path)
    update_incidents(path)
    return index_pending(path)
