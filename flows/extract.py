"""The extract flow: the store's pending articles in batches, on threads or on a Dask cluster.

With a Dask scheduler address (``PANTAU_DASK_ADDRESS``, ``pantau run --dask tcp://host:8786``) the batches run on
the cluster's workers through prefect-dask's ``DaskTaskRunner``; ``local`` starts a temporary ``LocalCluster``.
Workers only turn articles into records; the records are saved in the store by the flow's process.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import Any

from prefect import flow

from flows.tasks import extract_batch, pending_articles, release_claims, save_records, update_incidents
from pantau.store import claimant_id

DEFAULT_BATCH_SIZE = 32


def batches(items: list[Any], size: int) -> list[list[Any]]:
    """``items`` cut into lists of at most ``size``."""
    return [items[start : start + size] for start in range(0, len(items), size)]


@flow(name="pantau-extract-batches")
def extract_batches_flow(store_path: str, batch_size: int = DEFAULT_BATCH_SIZE) -> int:
    """Extract and save every pending article, batch by batch, on the flow's task runner, then place the records
    into incidents; returns records saved."""
    claimant = claimant_id()  # a run started meanwhile extracts other articles, not these again
    articles = pending_articles(store_path, claimant)
    saved = 0
    try:
        futures = [extract_batch.submit(batch) for batch in batches(articles, batch_size)]
        for future in futures:
            records = future.result()
            save_records(store_path, records, claimant)
            saved += len(records)
    finally:
        release_claims(store_path, claimant)
    update_incidents(store_path)
    return saved


def task_runner_for(dask_address: str | None):  # noqa: ANN201 - a Prefect task runner
    """A ``DaskTaskRunner`` for a scheduler address ("local": a temporary LocalCluster), else None."""
    if not dask_address:
        return None
    from prefect_dask import DaskTaskRunner

    if dask_address == "local":
        return DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True})
    return DaskTaskRunner(address=dask_address)


@flow(name="pantau-extract")
def extract_flow(store_path: str | None = None, dask_address: str | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE) -> int:
    """Extract the store's pending articles; on Dask when an address is given or configured."""
    from pantau.config import load_settings

    settings = load_settings()
    runner = task_runner_for(dask_address or settings.dask_address)
    if runner is None:
        return extract_batches_flow(store_path or str(settings.store_path), batch_size=batch_size)
    with share_ephemeral_api():
        return extract_batches_flow.with_options(task_runner=runner)(
            store_path or str(settings.store_path), batch_size=batch_size
        )


def share_ephemeral_api() -> AbstractContextManager[Any]:
    """Point Dask workers at this process's ephemeral Prefect server (else each worker starts its own).

    With a Prefect server (``PREFECT_API_URL``) nothing changes. Workers on other machines cannot reach an
    ephemeral server on 127.0.0.1: run a Prefect server for a remote cluster.
    """
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        return nullcontext()
    server = SubprocessASGIServer()
    if not server.running:
        return nullcontext()
    return temporary_settings({PREFECT_API_URL: server.api_url})
