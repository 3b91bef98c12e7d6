"""The index flow: queued records into the search index (skipped in one line when search is unavailable)."""

from __future__ import annotations

from prefect import flow

from flows.tasks import IndexOutcome, index_pending


@flow(name="pantau-index")
def index_flow(store_path: str | None = None) -> IndexOutcome:
    """Index what the store has not indexed yet."""
    from pantau.config import load_settings

    return index_pending(store_path or str(load_settings().store_path))
