"""Flow tests share one Prefect ephemeral server (its start costs seconds) under a temporary PREFECT_HOME."""

from __future__ import annotations

import os
import sys
import tempfile

import pytest

if "prefect" not in sys.modules:  # Prefect reads its settings on import
    os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="pantau-test-prefect-"))


@pytest.fixture
def extractor():
    """The real extractor (``nlp.extract_records``); these tests need it."""
    import nlp

    return nlp


@pytest.fixture(scope="session")
def prefect_server() -> None:
    """Start Prefect's ephemeral server once, before any test adds load (Dask workers, Scrapy)."""
    import flows  # noqa: F401, I001 - sets Pantau's Prefect defaults before Prefect is first imported
    from prefect import flow

    @flow(name="pantau-test-warm-up")
    def warm_up() -> int:
        return 1

    assert warm_up() == 1
