"""The search commands: one-line errors when search is down (records stay queued), the embedded server's life."""

from __future__ import annotations

import json
import socket

import pytest
from search_samples import SAMPLES, sample_pairs, store_pairs

from pantau.cli import main
from pantau.config import load_settings
from pantau.search import forget_clients
from pantau.store import Store


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("PANTAU_HOME", str(tmp_path))
    monkeypatch.delenv("PANTAU_ES_URL", raising=False)
    monkeypatch.setenv("PANTAU_INDEX_PREFIX", "pantaucli")
    with Store(load_settings().store_path) as store:
        store_pairs(store, sample_pairs())
    forget_clients()
    yield tmp_path
    main(["es", "stop"])
    forget_clients()


def _dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.mark.parametrize("argv", [["index"], ["search", "ginjal"], ["es", "status"], ["serve", "--port", "1"]])
def test_dead_cluster_is_one_line_and_records_stay_queued(home, monkeypatch, capsys, argv):
    monkeypatch.setenv("PANTAU_ES_URL", _dead_url())
    assert main(argv) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("pantau: error: search cluster http://127.0.0.1:")
    assert "unreachable" in err[0]
    with Store(load_settings().store_path) as store:
        assert store.count_pending_index() == len(SAMPLES)


def test_embedded_server_restart_rebuilds_from_the_store(home, capsys):
    """Without PANTAU_ES_URL (the home fixture unsets it): the embedded server, stopped and started again."""
    assert main(["es", "start"]) == 0
    assert f"{len(SAMPLES)} records indexed" in capsys.readouterr().out
    assert main(["es", "status"]) == 0
    assert "running at http://127.0.0.1:" in capsys.readouterr().out
    assert main(["es", "stop"]) == 0
    assert "stopped" in capsys.readouterr().out
    assert main(["es", "status"]) == 0
    assert "not running" in capsys.readouterr().out
    assert main(["es", "start"]) == 0  # a new, empty server: filled from the store again
    assert f"{len(SAMPLES)} records indexed" in capsys.readouterr().out
    forget_clients()
    assert main(["search", "ginjal", "--json"]) == 0  # reuses the running server
    response = json.loads(capsys.readouterr().out)
    assert [hit["id"] for hit in response["hits"]] == ["sample-ginjal"]


def test_index_indexes_what_is_queued(home, capsys):
    assert main(["es", "start"]) == 0
    capsys.readouterr()
    with Store(load_settings().store_path) as store:
        article = {**SAMPLES[1]["article"], "id": "late-article", "url": "https://kabar.example/late"}
        from search_samples import record_for

        store_pairs(store, [(article, record_for(SAMPLES[1], article))])
        assert store.count_pending_index() == 1
    forget_clients()
    assert main(["index"]) == 0
    assert "indexed: 1 records" in capsys.readouterr().out
    assert main(["search", "--modus", "online_scam", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 2
    assert main(["search", "x", "--province", "Narnia"]) == 1
    assert capsys.readouterr().err.strip() == (
        "pantau: error: unknown province 'Narnia': give a name (e.g. 'Jawa Barat') or a Kemendagri code")


@pytest.mark.slow
def test_index_articles_imports_extracts_and_indexes(home, tmp_path, capsys):
    """Real extraction (nlp.extract_records) of a corpus the user brings; a bad line is reported, the rest indexed."""
    corpus = tmp_path / "corpus.jsonl"
    articles = [
        {"id": "user-1", "url": "https://user.example/1", "title": "Sindikat jual ginjal ke Kamboja dibongkar",
         "published": "2025-07-01",
         "text": "Polda Jawa Barat menangkap tiga tersangka perdagangan ginjal di Kabupaten Bekasi. "
                 "Sebanyak 12 korban dikirim ke Kamboja untuk diambil ginjalnya."},
        {"id": "user-2", "url": "https://user.example/2", "title": "Pemkot gelar sosialisasi TPPO",
         "published": "2025-07-02",
         "text": "Pemerintah Kota Jambi menggelar sosialisasi pencegahan tindak pidana perdagangan orang."},
    ]
    corpus.write_text("\n".join([json.dumps(a) for a in articles] + ["{not json"]) + "\n", encoding="utf-8")
    assert main(["index", "--articles", str(corpus)]) == 1  # the bad line makes the exit status non-zero
    captured = capsys.readouterr()
    assert f"{corpus}:3: skipped: not valid JSON" in captured.err
    assert "imported" in captured.out and "2 new" in captured.out
    with Store(load_settings().store_path) as store:
        assert store.count_pending_index() == 0
        for article in articles:
            record = store.get_record(article["id"])
            for fact in record["locations"] + record["agencies"] + record["counts"]:
                start, end = fact["evidence"]["start"], fact["evidence"]["end"]
                assert 0 <= start < end <= len(article["text"])
    assert main(["search", "ginjal", "--all", "--json"]) == 0
    assert "user-1" in [hit["id"] for hit in json.loads(capsys.readouterr().out)["hits"]]
