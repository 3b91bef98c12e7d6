"""Recovery benchmark: how long a supervised embedded search server takes to come back after it is killed.

    bench/recovery [--records 3850]

On a fresh PANTAU_HOME it stores ``--records`` varied contract records (tests/search_samples.py), starts the embedded
search server as ``pantau serve`` does (supervised), fills it, kills it with SIGKILL and prints the seconds until the
supervisor has restarted it at the same address and refilled it from the store, and how many records are searchable
then (target: back within 60 s; searches answer 503 meanwhile).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from search_samples import store_pairs, varied_corpus  # noqa: E402 - test data, found through the path above

from pantau.config import load_settings  # noqa: E402
from pantau.search import embedded  # noqa: E402
from pantau.search.client import embedded_client  # noqa: E402
from pantau.store import Store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=3850, help="records in the store (default 3850)")
    args = parser.parse_args()
    settings = replace(load_settings(), home=Path(tempfile.mkdtemp(prefix="pantau-recovery-")),
                       index_prefix="recovery", es_url=None)
    with Store(settings.store_path) as store:
        store_pairs(store, list(varied_corpus(args.records)))
    embedded.supervise_children(embedded.refill_from_store)
    server = embedded.start_for_this_process(settings)
    start = time.monotonic()
    embedded.refill_from_store(settings, server.url)
    print(f"{args.records} records; first fill {time.monotonic() - start:.1f} s")
    (supervisor,) = embedded.supervisors()
    os.kill(server.pid, signal.SIGKILL)
    start = time.monotonic()
    while supervisor.restarts < 1:
        time.sleep(0.05)
    back = time.monotonic() - start
    searchable = embedded_client(server.url).count(index=f"{settings.index_prefix}-records")["count"]
    print(f"killed -> restarted at the same address and refilled in {back:.1f} s (target <= 60 s); "
          f"{searchable} of {args.records} records searchable")
    supervisor.stop()


if __name__ == "__main__":
    main()
