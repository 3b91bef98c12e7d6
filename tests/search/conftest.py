"""A real search backend, started once for the search tests,
filled from a real store: the embedded osmem server, or the cluster at PANTAU_ES_URL when it is set."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from pantau.config import Settings, load_settings
from pantau.search import connect, forget_clients, index_pending
from pantau.search.samples import sample_pairs
from pantau.store import Store


@dataclass
class SearchEnv:
    settings: Settings
    store: Store
    client: Elasticsearch


def fill_store(store: Store, pairs: list[tuple[dict, dict]], version: str = "test") -> None:
    """Put (article, record) pairs in the store, as crawling and extraction would."""
    for article, _ in pairs:
        store.upsert_article(article)
    store.save_records([record for _, record in pairs], version)


@pytest.fixture(scope="session")
def search_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchEnv]:
    home: Path = tmp_path_factory.mktemp("pantau-search-home")
    settings = replace(load_settings(), home=home, index_prefix="pantautest", api_rate_limit_per_minute=0,
                       api_key=None, api_read_key=None)
    store = Store(settings.store_path)
    fill_store(store, sample_pairs())
    client, backend = connect(settings, store)  # starts the embedded server and fills it from the store
    assert backend.embedded != bool(settings.es_url)
    index_pending(store, client, settings)
    yield SearchEnv(settings, store, client)
    if settings.es_url:  # leave a shared cluster as we found it
        client.indices.delete(index=f"{settings.index_prefix}-records-*", ignore_unavailable=True)
        client.indices.delete_index_template(name=f"{settings.index_prefix}-records", ignore=[404])
    forget_clients()
    store.close()
