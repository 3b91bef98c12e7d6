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


def _articles(store, count):
    for number in range(count):
        store.upsert_article({"id": f"a{number:03d}", "text": f"Berita nomor {number}."})


def test_claims_hand_each_article_to_one_run(store):
    _articles(store, 5)
    first = [a["id"] for a in store.articles_to_extract("v1", limit=3, claimant="host:1:a")]
    second = [a["id"] for a in store.articles_to_extract("v1", limit=3, claimant="host:1:b")]
    assert first == ["a000", "a001", "a002"] and second == ["a003", "a004"]
    assert store.articles_to_extract("v1", claimant="host:1:c") == []
    assert len(store.articles_to_extract("v1")) == 5  # without a claimant: every article that needs a record
    store.release_claims("host:1:a", ["a001"])
    assert [a["id"] for a in store.articles_to_extract("v1", claimant="host:1:c")] == ["a001"]


def test_expired_claims_and_claims_of_ended_processes_lapse(store):
    import subprocess
    import sys

    from pantau.store import claimant_id

    _articles(store, 2)
    store.articles_to_extract("v1", limit=1, claimant="elsewhere:1:x", claim_s=-1)  # already expired
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    host = claimant_id().split(":")[0]
    store.articles_to_extract("v1", limit=1, claimant=f"{host}:{ended.pid}:y")
    live = claimant_id()
    assert [a["id"] for a in store.articles_to_extract("v1", claimant=live)] == ["a000", "a001"]
    assert store.articles_to_extract("v1", claimant="elsewhere:2:z") == []  # a live claim holds
    store.release_claims(live)
    assert store.count_claims() == 0


def test_concurrent_extractions_share_the_work(tmp_path, monkeypatch):
    """Two runs at once extract every article exactly once between them."""
    import threading
    import time

    import nlp
    from pantau.extraction import extract_store

    path = tmp_path / "shared.sqlite3"
    with Store(path) as setup:
        _articles(setup, 300)
    seen: list[str] = []
    lock = threading.Lock()

    def fake_extract(articles, **_options):  # noqa: ANN001, ANN202 - stands in for nlp.extract_records
        for article in articles:
            time.sleep(0.001)
            with lock:
                seen.append(article["id"])
            yield {"id": article["id"], "relevant": False}

    monkeypatch.setattr(nlp, "extract_records", fake_extract)
    done: list[int] = []

    def run() -> None:
        with Store(path) as own:
            done.append(extract_store(own))

    runs = [threading.Thread(target=run) for _ in range(2)]
    for each in runs:
        each.start()
    for each in runs:
        each.join()
    assert sorted(seen) == sorted(set(seen)) and len(seen) == 300  # no double work, no loss
    assert sum(done) == 300 and min(done) > 0  # both took part
    with Store(path) as check:
        assert check.count_records() == 300 and check.count_claims() == 0
        assert check.articles_to_extract(nlp.EXTRACTOR_VERSION) == []


_EXTRACT_RUN = """
import sys, time
import nlp
from pantau.extraction import extract_store
from pantau.store import Store

def fake_extract(articles, **_options):
    for article in articles:
        time.sleep(0.005)
        print(article["id"], flush=True)
        yield {"id": article["id"], "relevant": False}

nlp.extract_records = fake_extract
with Store(sys.argv[1]) as store:
    extract_store(store)
"""


def test_two_processes_share_the_work(tmp_path):
    """Two extraction processes on one store: every article extracted once, by one of them."""
    import subprocess
    import sys

    path = tmp_path / "shared.sqlite3"
    with Store(path) as setup:
        _articles(setup, 400)
    runs = [subprocess.Popen([sys.executable, "-c", _EXTRACT_RUN, str(path)], stdout=subprocess.PIPE, text=True)
            for _ in range(2)]
    outputs = [run.communicate(timeout=300)[0].split() for run in runs]
    assert all(run.returncode == 0 for run in runs)
    extracted = [article_id for output in outputs for article_id in output]
    assert len(extracted) == len(set(extracted)) == 400
    assert all(outputs)  # both took part
    with Store(path) as check:
        assert check.count_records() == 400 and check.count_claims() == 0
