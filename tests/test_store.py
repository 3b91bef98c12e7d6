"""The store: idempotent upserts, extraction versions, the index queue, crawl state."""

from __future__ import annotations

import pytest

from pantau.store import Store, article_id_for


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.sqlite3") as s:
        yield s


def _article(**overrides):
    article = {
        "url": "https://contoh.id/berita/1?utm_source=x",
        "canonical_url": "https://contoh.id/berita/1",
        "source": "contoh",
        "title": "Polres Kukar ungkap TPPO",
        "text": "Polres Kukar menyelamatkan enam korban TPPO.",
        "published": "2026-11-20T10:00:00+07:00",
        "language": "id",
    }
    article.update(overrides)
    return article


def test_upsert_is_idempotent_and_detects_changes(store):
    assert store.upsert_article(_article(), raw_html="<p>x</p>") == "new"
    assert store.upsert_article(_article()) == "unchanged"
    assert store.upsert_article(_article(text="Polres Kukar menyelamatkan tujuh korban TPPO.")) == "updated"
    assert store.count_articles() == 1
    article_id = article_id_for("https://contoh.id/berita/1")
    assert store.get_article(article_id)["text"].startswith("Polres Kukar menyelamatkan tujuh")
    assert store.get_raw_html(article_id) == b"<p>x</p>"


def test_same_canonical_url_is_one_article(store):
    store.upsert_article(_article())
    store.upsert_article(_article(url="https://contoh.id/berita/1/amp", title="Judul baru"))
    assert store.count_articles() == 1


def test_article_without_text_is_refused(store):
    with pytest.raises(ValueError):
        store.upsert_article({"id": "x", "text": None})


def test_records_follow_extractor_version_and_text_changes(store):
    store.upsert_article(_article(id="a1"))
    assert [a["id"] for a in store.articles_to_extract("v1")] == ["a1"]
    assert store.save_records([{"id": "a1", "relevant": True}], "v1") == 1
    assert store.articles_to_extract("v1") == []
    assert store.save_records([{"id": "a1", "relevant": True}], "v1") == 0
    assert [a["id"] for a in store.articles_to_extract("v2")] == ["a1"]
    store.upsert_article(_article(id="a1", text="Teks yang berubah."))
    assert [a["id"] for a in store.articles_to_extract("v1")] == ["a1"]
    assert store.count_records() == 1


def test_record_for_unknown_article_is_refused(store):
    with pytest.raises(KeyError):
        store.save_records([{"id": "nope"}], "v1")


def test_index_queue_keeps_records_until_marked(store):
    store.upsert_article(_article(id="a1"))
    store.save_records([{"id": "a1", "relevant": True}], "v1")
    pending = store.records_to_index()
    assert [(a["id"], r["relevant"]) for a, r, _ in pending] == [("a1", True)]
    store.mark_indexed([(a["id"], h) for a, _, h in pending])
    assert store.records_to_index() == []
    store.save_records([{"id": "a1", "relevant": False}], "v1")
    assert len(store.records_to_index()) == 1
    store.mark_indexed([(a["id"], h) for a, _, h in store.records_to_index()])
    store.mark_all_unindexed()
    assert store.count_pending_index() == 1


def test_crawl_state_round_trip(store):
    store.set_crawl_state("https://contoh.id/a", "article", etag='"abc"', source="contoh")
    store.set_crawl_state("https://contoh.id/a", "article", etag='"def"', source="contoh")
    assert store.get_crawl_state("https://contoh.id/a")["etag"] == '"def"'
    assert store.seen_urls("contoh") == {"https://contoh.id/a"}
    assert store.stats()["crawled_urls"] == 1


def test_nested_transaction_rolls_back_only_its_own_writes(store):
    with store.transaction():
        store.upsert_article(_article())
        with pytest.raises(RuntimeError), store.transaction():
            store.upsert_article(_article(url="https://contoh.id/berita/2", canonical_url="https://contoh.id/berita/2"))
            raise RuntimeError("the inner write fails")
        store.set_crawl_state("https://contoh.id/berita/1", "article")
    assert store.count_articles() == 1
    assert store.get_crawl_state("https://contoh.id/berita/1")["status"] == "article"
    with pytest.raises(RuntimeError), store.transaction():
        store.upsert_article(_article(url="https://contoh.id/berita/3", canonical_url="https://contoh.id/berita/3"))
        raise RuntimeError("the outer write fails")
    assert store.count_articles() == 1
