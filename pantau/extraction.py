"""Extraction: articles in, contract records out. One path for files and the store."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pantau.errors import InputError
from pantau.store import Store, claimant_id

CLAIM_CHUNK = 64  # articles claimed and extracted at a time


@dataclass
class BadLine:
    """An input line that could not be extracted, with the reason."""

    line_number: int
    reason: str


@dataclass
class ExtractReport:
    """What an extraction run did."""

    records: int = 0
    bad_lines: list[BadLine] = field(default_factory=list)


def read_articles_jsonl(stream: IO[str], bad_lines: list[BadLine]) -> Iterator[dict[str, Any]]:
    """Yield article dicts from JSON lines; bad lines go to ``bad_lines`` with their number."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            bad_lines.append(BadLine(number, f"not valid JSON ({exc.msg} at column {exc.colno})"))
            continue
        if not isinstance(obj, dict):
            bad_lines.append(BadLine(number, "not a JSON object"))
            continue
        missing = [key for key in ("id", "text") if obj.get(key) is None]
        if missing:
            bad_lines.append(BadLine(number, f"missing {' and '.join(missing)}"))
            continue
        if not isinstance(obj["text"], str):
            bad_lines.append(BadLine(number, "text is not a string"))
            continue
        obj["id"] = str(obj["id"])
        yield obj


def extract_file(
    input_path: Path,
    output_path: Path,
    *,
    n_process: int = 1,
    batch_size: int = 16,
    on_record: Callable[[], None] | None = None,
) -> ExtractReport:
    """Extract every good line of ``input_path`` into ``output_path`` (same ids, same order)."""
    import nlp

    report = ExtractReport()
    if not input_path.is_file():
        raise InputError(f"no such file: {input_path}")
    tmp_path = output_path.with_name(output_path.name + ".part")
    try:
        output_path.parent.mkdir(parents=True, exist_ok=True)
        out = open(tmp_path, "w", encoding="utf-8", errors="replace")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(f"cannot write {output_path}: {exc.strerror or exc}") from None
    # errors="replace": undecodable input bytes and lone surrogates from broken JSON escapes must not stop a run.
    with open(input_path, encoding="utf-8", errors="replace") as source, out:
        articles = read_articles_jsonl(source, report.bad_lines)
        for record in nlp.extract_records(articles, n_process=n_process, batch_size=batch_size):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            report.records += 1
            if on_record:
                on_record()
    tmp_path.replace(output_path)
    return report


def extract_store(
    store: Store,
    *,
    n_process: int = 1,
    batch_size: int = 16,
    limit: int | None = None,
    on_record: Callable[[], None] | None = None,
) -> int:
    """Extract the store's articles that have no current record; returns how many were extracted.

    Articles are claimed a chunk at a time, so runs at the same time share the work instead of repeating it."""
    import nlp

    claimant = claimant_id()
    done = 0
    try:
        while limit is None or done < limit:
            size = CLAIM_CHUNK if limit is None else min(CLAIM_CHUNK, limit - done)
            chunk = store.articles_to_extract(nlp.EXTRACTOR_VERSION, limit=size, claimant=claimant)
            if not chunk:
                break
            records = list(nlp.extract_records(chunk, n_process=n_process, batch_size=batch_size))
            store.save_records(records, nlp.EXTRACTOR_VERSION)
            store.release_claims(claimant, [str(record["id"]) for record in records])
            done += len(records)
            if on_record:
                for _ in records:
                    on_record()
    finally:
        store.release_claims(claimant)  # what was claimed but got no record is offered again to the next run
    return done


def print_bad_lines(report: ExtractReport, input_name: str, stream: IO[str] | None = None) -> None:
    """Report each bad line on ``stream`` (default stderr) as ``FILE:LINE: reason``."""
    for bad in report.bad_lines:
        print(f"{input_name}:{bad.line_number}: skipped: {bad.reason}", file=stream or sys.stderr)
