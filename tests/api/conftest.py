"""The api tests' search backend: see ``make_search_env`` in ``tests/conftest.py``."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def search_env(make_search_env: Any) -> Any:
    return make_search_env("pantauapi")
