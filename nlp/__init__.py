"""Pantau's NLP: Indonesian news articles in, trafficking incident records (the extraction contract) out.

Importing :mod:`nlp` is cheap; spaCy and the pipeline load on the first call to :func:`extract_records`
(once per process). ``EXTRACTOR_VERSION`` changes whenever records would change, so the store re-extracts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

EXTRACTOR_VERSION = "pantau-rules-1.23"

# Longer texts are cut here before extraction (a news article is far shorter); offsets stay valid.
MAX_TEXT_CHARS = 200_000

__all__ = ["EXTRACTOR_VERSION", "MAX_TEXT_CHARS", "extract_records", "get_pipeline"]


@cache
def get_pipeline() -> Language:
    """The extraction pipeline, loaded once per process."""
    from nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    nlp.max_length = max(nlp.max_length, MAX_TEXT_CHARS + 1)
    return nlp


def extract_records(
    articles: Iterable[dict[str, Any]], *, n_process: int = 1, batch_size: int = 16
) -> Iterator[dict[str, Any]]:
    """One contract record per article (``id``, ``text``; optional ``title``, ``url``, ``published``), in order.

    Documents go through ``nlp.pipe`` in batches; ``n_process > 1`` spreads batches over a pool of worker
    processes, each loading the pipeline once.
    """
    if n_process > 1:
        yield from _extract_in_processes(articles, n_process=n_process, batch_size=batch_size)
    else:
        yield from _extract_here(articles, batch_size=batch_size)


def _extract_here(articles: Iterable[dict[str, Any]], *, batch_size: int) -> Iterator[dict[str, Any]]:
    from nlp.record import doc_to_record, prepare_doc

    nlp = get_pipeline()
    docs = (prepare_doc(nlp, article, MAX_TEXT_CHARS) for article in articles)
    for doc in nlp.pipe(docs, batch_size=max(1, batch_size)):
        yield doc_to_record(doc)


def _extract_batch(articles: list[dict[str, Any]], batch_size: int) -> list[dict[str, Any]]:
    """Worker side of the process pool: a list of articles to a list of records."""
    return list(_extract_here(articles, batch_size=batch_size))


def _extract_in_processes(
    articles: Iterable[dict[str, Any]], *, n_process: int, batch_size: int
) -> Iterator[dict[str, Any]]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunk_size = max(1, batch_size) * 4
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=n_process, mp_context=context) as pool:
        iterator = iter(articles)
        pending = []
        while True:
            while len(pending) < n_process * 2:
                chunk = list(islice(iterator, chunk_size))
                if not chunk:
                    break
                pending.append(pool.submit(_extract_batch, chunk, batch_size))
            if not pending:
                return
            yield from pending.pop(0).result()
