"""The crawl flow: one task per outlet, fanned out; one outlet failing does not stop the others."""

from __future__ import annotations

from typing import Any

from prefect import flow

from flows.tasks import crawl_site


@flow(name="pantau-crawl", log_prints=False)
def crawl_flow(
    store_path: str,
    sites: list[str] | None = None,
    start_urls: list[str] | None = None,
    site_overrides: dict[str, str] | None = None,
    max_pages: int | None = None,
    run_dir: str | None = None,
) -> tuple[list[dict[str, Any]], list[str]]:
    """Crawl ``sites`` (default: every outlet of the registry) and generic ``start_urls``; (summaries, errors)."""
    from crawlers.registry import load_registry

    overrides = site_overrides or {}
    names = list(sites) if sites is not None else list(load_registry())
    if "all" in names:
        names = list(load_registry())
    futures = [
        crawl_site.submit(store_path, site=name, base_url=overrides.get(name), max_pages=max_pages, run_dir=run_dir)
        for name in names
    ]
    if start_urls:
        futures.append(crawl_site.submit(store_path, start_urls=list(start_urls), max_pages=max_pages, run_dir=run_dir))
    summaries, errors = [], []
    for label, future in zip([*names, "generic"], futures, strict=False):
        try:
            summaries.append(future.result())
        except Exception as exc:  # noqa: BLE001 - one outlet's failure is reported, the rest go on
            errors.append(f"crawl {label}: {type(exc).__name__}: {exc}")
    return summaries, errors
