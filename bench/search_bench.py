"""Search benchmark: bulk indexing and search latency, Pantau vs. the search server straight.

    bench/search [--records 20000] [--requests 300] [--bulk-rounds 3]

On a fresh PANTAU_HOME it stores ``--records`` varied contract records (tests/search_samples.py), starts the embedded
search server (or uses PANTAU_ES_URL when set), then prints:

- bulk indexing docs/s through Pantau's indexer (store -> documents with Sastrawi stems -> bulk) vs raw
  ``elasticsearch.helpers.parallel_bulk`` of the same, already built documents with the same threads and chunk size,
  each into an empty index, in rounds that alternate which side goes first; the figure is the median ratio (target
  >= 0.8);
- search latency p50/p99 at 1 and 20 concurrent clients through the API (uvicorn on 127.0.0.1) vs the same search
  bodies sent straight to the search server (target: API p99 <= 1.5x direct at 20 clients).

All request loops are bounded and go to 127.0.0.1 (or the configured cluster) only.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))  # search_samples: the tests' contract records

QUERIES = [
    {"q": "ginjal"},
    {"q": "pekerja migran", "province": "Jawa Timur"},
    {"q": "tppo"},
    {"modus": "online_scam"},
    {"q": '"penipuan online" -judi'},
    {"q": "kamboja OR malaysia", "date_from": "2024-01-01", "date_to": "2024-12-31"},
    {"province": "Kepulauan Riau"},
    {"q": "mucikari", "event_type": "incident"},
    {"agency_type": "migrant_worker_agency", "size": "50"},
    {"q": "dipulangkan"},
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_load(send, clients: int, total: int) -> tuple[list[float], int]:  # noqa: ANN001 - send(http, i)
    """``total`` requests spread over ``clients`` threads; returns the latencies (ms) of the good ones, and failures."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    per_client = max(1, total // clients)

    def worker(offset: int) -> None:
        with httpx.Client(timeout=120) as http:
            for i in range(per_client):
                started = time.perf_counter()
                response = send(http, offset + i)
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    if response.status_code == 200:
                        latencies.append(elapsed)
                    else:
                        failures[0] += 1
                        print(f"  request failed: {response.status_code} {response.text[:160]}", file=sys.stderr)

    threads = [threading.Thread(target=worker, args=(n * per_client,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, failures[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--requests", type=int, default=300, help="requests per latency run")
    parser.add_argument("--bulk-rounds", type=int, default=3,
                        help="bulk indexing rounds, alternating which side goes first (default 3)")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="pantau-bench-search-"))
    os.environ["PANTAU_HOME"] = str(home)
    os.environ["PANTAU_INDEX_PREFIX"] = "pantaubench"
    os.environ["PANTAU_API_RATE_LIMIT"] = "0"
    from elasticsearch import helpers
    from search_samples import varied_corpus

    from pantau.config import load_settings
    from pantau.search import connect, embedded, make_filters
    from pantau.search.documents import build_document
    from pantau.search.indexer import BULK_CHUNK, BULK_THREADS, aliased_indices, index_pending, names_for
    from pantau.search.query import search_body
    from pantau.store import Store

    settings = load_settings()
    persistent = None
    if not settings.es_url:
        persistent, _ = embedded.start_persistent(settings)  # the API process finds it through the state file
    try:
        store = Store(settings.store_path)
        client, backend = connect(settings, store)  # with an empty store: the timed run below fills an empty index
        print(f"search backend: {'embedded ' if backend.embedded else ''}{backend.url}")
        started = time.perf_counter()
        pairs = list(varied_corpus(args.records))
        with store.transaction() as db:
            for article, _ in pairs:
                db.execute("INSERT INTO articles(id, url, canonical_url, source, title, text, published, content_hash,"
                           " added_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                           (article["id"], article["url"], article["url"], article["source"], article["title"],
                            article["text"], article["published"], article["id"], "2025", "2025"))
        store.save_records([record for _, record in pairs], "bench")
        print(f"store: {args.records} records in {time.perf_counter() - started:.1f} s ({home})")

        names = names_for(settings)
        # Bulk indexing: Pantau's records indexer from the store vs raw helpers.parallel_bulk of prebuilt documents
        # with the same concurrency and chunk size, each into an empty index, in rounds of alternating order (the
        # server slows as it ages, so order must not favour a side).
        documents = [build_document(article, record) for article, record in pairs]
        raw_index = f"{names.prefix}-records-v1-raw"

        def pantau_rate() -> float:
            for index in aliased_indices(client, names.read_alias):
                client.indices.delete(index=index)  # index_pending makes a new, empty index behind the aliases
            started = time.perf_counter()
            report = index_pending(store, client, settings)
            assert report.indexed == args.records and not report.failed, report
            return args.records / (time.perf_counter() - started)

        def raw_rate() -> float:
            client.indices.create(index=raw_index)
            started = time.perf_counter()
            results = helpers.parallel_bulk(
                client.options(request_timeout=300),
                ({"_index": raw_index, "_id": d["id"], "_source": d} for d in documents),
                thread_count=BULK_THREADS, queue_size=BULK_THREADS, chunk_size=BULK_CHUNK, raise_on_error=False)
            ok = sum(1 for success, _ in results if success)
            client.indices.refresh(index=raw_index)  # searchable at the end, as Pantau's indexer leaves them
            seconds = time.perf_counter() - started
            client.indices.delete(index=raw_index)
            assert ok == args.records
            return args.records / seconds

        print(f"\nbulk indexing, {args.records} records, {args.bulk_rounds} rounds (docs/s):")
        bulk_ratios = []
        for round_number in range(1, args.bulk_rounds + 1):
            sides = (("pantau", pantau_rate), ("raw", raw_rate))
            order = sides if round_number % 2 else sides[::-1]
            rates = {name: measure() for name, measure in order}
            bulk_ratios.append(rates["pantau"] / rates["raw"])
            print(f"  round {round_number} ({order[0][0]} first): pantau indexer {rates['pantau']:6.0f}, "
                  f"raw parallel_bulk {rates['raw']:6.0f}, ratio {bulk_ratios[-1]:.2f}")
        print(f"  ratio pantau/raw: median {statistics.median(bulk_ratios):.2f} (min {min(bulk_ratios):.2f}, "
              f"max {max(bulk_ratios):.2f}; target >= 0.8)")

        # Search latency: the API vs the same bodies straight to the search server.
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "pantau.api:create_app", "--host", "127.0.0.1",
             "--port", str(port), "--log-level", "warning", "--no-access-log"], cwd=ROOT, env=os.environ.copy())
        api_url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    if httpx.get(f"{api_url}/api/health", timeout=30).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            else:
                raise SystemExit("the API did not start")
            bodies = []
            for params in QUERIES:
                filters = make_filters(**{k: v for k, v in params.items() if k != "size"})
                bodies.append(search_body(filters, size=int(params.get("size", 20)))[0])
            search_url = f"{backend.url.rstrip('/')}/{names.read_alias}/_search"
            direct_headers = {"content-type": "application/json"}
            if settings.es_api_key:
                direct_headers["authorization"] = f"ApiKey {settings.es_api_key}"

            def via_api(http: httpx.Client, i: int) -> httpx.Response:
                return http.get(f"{api_url}/api/search", params=QUERIES[i % len(QUERIES)])

            def direct(http: httpx.Client, i: int) -> httpx.Response:
                return http.post(search_url, json=bodies[i % len(bodies)], headers=direct_headers)

            run_load(via_api, 2, 20)  # warm up both paths
            run_load(direct, 2, 20)
            print(f"\nsearch latency over {len(QUERIES)} queries (ms):")
            print(f"  {'clients':>7} {'path':<7} {'requests':>8} {'p50':>8} {'p99':>8}")
            ratios = {}
            for clients in (1, 20):
                total = max(clients, args.requests // (4 if clients == 1 else 1))
                results = {}
                for name, send in (("direct", direct), ("api", via_api)):
                    latencies, failed = run_load(send, clients, total)
                    results[name] = (percentile(latencies, 0.5), percentile(latencies, 0.99))
                    print(f"  {clients:>7} {name:<7} {len(latencies):>8} {results[name][0]:8.1f} "
                          f"{results[name][1]:8.1f}" + (f"  ({failed} failed)" if failed else ""))
                ratios[clients] = results["api"][1] / results["direct"][1]
                print(f"  {clients:>7} ratio   p50 {results['api'][0] / results['direct'][0]:.2f}  "
                      f"p99 {ratios[clients]:.2f}" + ("  (target p99 <= 1.5)" if clients == 20 else ""))
        finally:
            server.terminate()
            server.wait(timeout=10)
        store.close()
    finally:
        if persistent is not None:
            embedded.stop_persistent(settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
