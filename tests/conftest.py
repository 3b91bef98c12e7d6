"""Fixtures shared across test folders: a real search backend filled from a real store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import pytest
from elasticsearch import Elasticsearch
from receivers import Inbox, free_port
from search_samples import sample_pairs, store_pairs

from pantau.config import Settings, load_settings
from pantau.search import connect, forget_clients, index_pending
from pantau.store import Store


@dataclass
class SearchEnv:
    """A store with the sample records, and a search backend indexed from it."""

    settings: Settings
    store: Store
    client: Elasticsearch


@pytest.fixture(scope="session")
def make_search_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], SearchEnv]]:
    """Makes a search environment with its own home and index prefix: the embedded osmem server, or the cluster at
    PANTAU_ES_URL when it is set (left as it was found afterwards)."""
    made: list[SearchEnv] = []

    def make(index_prefix: str) -> SearchEnv:
        home = tmp_path_factory.mktemp(f"{index_prefix}-home")
        settings = replace(load_settings(), home=home, index_prefix=index_prefix, api_rate_limit_per_minute=0,
                           api_key=None, api_read_key=None)
        store = Store(settings.store_path)
        store_pairs(store, sample_pairs())
        client, backend = connect(settings, store)  # starts the embedded server and fills it from the store
        assert backend.embedded != bool(settings.es_url)
        index_pending(store, client, settings)
        made.append(SearchEnv(settings, store, client))
        return made[-1]

    yield make
    for env in made:
        if env.settings.es_url:
            for kind in ("records", "incidents"):
                env.client.indices.delete(index=f"{env.settings.index_prefix}-{kind}-*", ignore_unavailable=True)
                env.client.indices.delete_index_template(name=f"{env.settings.index_prefix}-{kind}", ignore=[404])
        env.store.close()
    forget_clients()


@pytest.fixture
def smtp_inbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Inbox]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that PANTAU_SMTP_* point at; its inbox."""
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    monkeypatch.setenv("PANTAU_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("PANTAU_SMTP_PORT", str(controller.port))
    monkeypatch.setenv("PANTAU_SMTP_SENDER", "pantau@pantau.test")
    yield inbox
    controller.stop()
