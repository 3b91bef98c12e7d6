"""The store: Pantau's durable source of truth, one SQLite database.

It keeps articles (with their raw HTML, compressed), extraction records (with
the extractor version that made them), the indexing queue and crawl state.
Every write is an upsert keyed by a deterministic id, so running a stage twice
adds nothing twice. The search index is always rebuildable from here.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
import time
import uuid
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pantau.processes import process_alive

SCHEMA_VERSION = 1
CLAIM_S = 600.0  # how long a run's claim on an article lasts unless released (a chunk takes far less)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    canonical_url TEXT UNIQUE,
    source TEXT,
    title TEXT,
    text TEXT NOT NULL,
    published TEXT,
    language TEXT,
    fetched_at TEXT,
    content_hash TEXT NOT NULL,
    raw_html BLOB,
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE TABLE IF NOT EXISTS records (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    extractor_version TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    record TEXT NOT NULL,
    record_hash TEXT NOT NULL,
    extracted_at TEXT NOT NULL,
    indexed_hash TEXT
);
CREATE TABLE IF NOT EXISTS extract_claims (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    claimant TEXT NOT NULL,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS crawl_state (
    url TEXT PRIMARY KEY,
    canonical_url TEXT,
    source TEXT,
    status TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    content_hash TEXT,
    fetched_at TEXT NOT NULL
);
"""

UpsertResult = Literal["new", "updated", "unchanged"]

ARTICLE_FIELDS = ("id", "url", "canonical_url", "source", "title", "text", "published", "language", "fetched_at")


def utc_now() -> str:
    """The current time as an ISO 8601 string with offset."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_id_for(canonical_url: str) -> str:
    """The deterministic id of an article found at ``canonical_url``."""
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()[:16]


def content_hash(title: str | None, text: str, published: str | None) -> str:
    """A hash of what extraction reads, to tell a changed article from an unchanged one."""
    digest = hashlib.sha1()
    for part in (title or "", text, published or ""):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def claimant_id() -> str:
    """A name for this run's claims: ``host:pid:random`` (a claim of an ended process on this host lapses)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _record_hash(record: dict[str, Any]) -> str:
    return hashlib.sha1(json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


class Store:
    """A handle on the SQLite store. Cheap to open; one per thread or process."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._savepoints = 0
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)
        self._db.execute(
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
        )

    @classmethod
    def open_default(cls) -> Store:
        """Open the store under ``$PANTAU_HOME``."""
        from pantau.config import load_settings

        return cls(load_settings().store_path)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run several writes atomically; nested, it is a savepoint of the enclosing transaction."""
        if self._db.in_transaction:
            self._savepoints += 1
            name = f"nested_{self._savepoints}"
            self._db.execute(f"SAVEPOINT {name}")
            try:
                yield self._db
            except BaseException:
                self._db.execute(f"ROLLBACK TO {name}")
                self._db.execute(f"RELEASE {name}")
                raise
            finally:
                self._savepoints -= 1
            self._db.execute(f"RELEASE {name}")
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def execute(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        """Run raw SQL; for modules that keep tables of their own in the store."""
        return self._db.execute(sql, tuple(params))

    # Articles -----------------------------------------------------------

    def upsert_article(self, article: dict[str, Any], raw_html: bytes | str | None = None) -> UpsertResult:
        """Add or update an article; returns whether it was new, updated or unchanged.

        ``article`` needs ``text`` and either ``id`` or ``canonical_url``/``url``.
        An article is matched by id, else by canonical URL.
        """
        text = article.get("text")
        if not isinstance(text, str):
            raise ValueError("article has no text")
        canonical = article.get("canonical_url") or article.get("url")
        article_id = article.get("id") or (article_id_for(canonical) if canonical else None)
        if not article_id:
            raise ValueError("article has neither id nor url")
        article_id = str(article_id)
        chash = content_hash(article.get("title"), text, article.get("published"))
        if isinstance(raw_html, str):
            raw_html = raw_html.encode("utf-8")
        packed = zlib.compress(raw_html, 6) if raw_html else None
        now = utc_now()
        with self.transaction() as db:
            row = db.execute("SELECT id, content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None and canonical:
                row = db.execute(
                    "SELECT id, content_hash FROM articles WHERE canonical_url = ?", (canonical,)
                ).fetchone()
            if row is not None and row["content_hash"] == chash:
                return "unchanged"
            values = (
                article.get("url"),
                canonical,
                article.get("source"),
                article.get("title"),
                text,
                article.get("published"),
                article.get("language"),
                article.get("fetched_at") or now,
                chash,
                packed,
            )
            if row is None:
                db.execute(
                    "INSERT INTO articles(url, canonical_url, source, title, text, published, language, fetched_at,"
                    " content_hash, raw_html, id, added_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (*values, article_id, now, now),
                )
                return "new"
            db.execute(
                "UPDATE articles SET url=?, canonical_url=?, source=?, title=?, text=?, published=?, language=?,"
                " fetched_at=?, content_hash=?, raw_html=COALESCE(?, raw_html), updated_at=? WHERE id=?",
                (*values, now, row["id"]),
            )
            return "updated"

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """One article as a dict (without its raw HTML), or None."""
        row = self._db.execute(
            f"SELECT {', '.join(ARTICLE_FIELDS)} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return dict(row) if row else None

    def get_raw_html(self, article_id: str) -> bytes | None:
        """The article's raw HTML as fetched, or None."""
        row = self._db.execute("SELECT raw_html FROM articles WHERE id = ?", (article_id,)).fetchone()
        return zlib.decompress(row["raw_html"]) if row and row["raw_html"] else None

    def iter_articles(self, source: str | None = None) -> Iterator[dict[str, Any]]:
        """Every article (without raw HTML), oldest first."""
        sql = f"SELECT {', '.join(ARTICLE_FIELDS)} FROM articles"
        params: tuple[Any, ...] = ()
        if source:
            sql += " WHERE source = ?"
            params = (source,)
        for row in self._db.execute(sql + " ORDER BY added_at, id", params).fetchall():
            yield dict(row)

    def count_articles(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    # Extraction records -------------------------------------------------

    def articles_to_extract(
        self, extractor_version: str, limit: int | None = None, *, claimant: str | None = None,
        claim_s: float = CLAIM_S,
    ) -> list[dict[str, Any]]:
        """Articles with no record, a record from another extractor version, or changed text.

        With ``claimant`` (see :func:`claimant_id`), only articles no other run has claimed are handed out, and they
        are claimed for ``claim_s`` seconds in the same transaction: concurrent runs share the work. Claims end with
        :meth:`release_claims`, when they expire, or when their claimant's process on this host is gone.
        """
        sql = (
            f"SELECT {', '.join('a.' + f for f in ARTICLE_FIELDS)} FROM articles a"
            " LEFT JOIN records r ON r.article_id = a.id"
            " WHERE (r.article_id IS NULL OR r.extractor_version != ? OR r.content_hash != a.content_hash)"
        )
        params: tuple[Any, ...] = (extractor_version,)
        if claimant is not None:
            sql += " AND NOT EXISTS (SELECT 1 FROM extract_claims c WHERE c.article_id = a.id)"
        sql += " ORDER BY a.added_at, a.id"
        if limit is not None:
            sql += " LIMIT ?"
            params += (limit,)
        if claimant is None:
            return [dict(row) for row in self._db.execute(sql, params).fetchall()]
        with self.transaction() as db:
            self._drop_lapsed_claims(db)
            articles = [dict(row) for row in db.execute(sql, params).fetchall()]
            expires = time.time() + claim_s
            db.executemany("INSERT INTO extract_claims(article_id, claimant, expires_at) VALUES (?,?,?)",
                           [(article["id"], claimant, expires) for article in articles])
        return articles

    def release_claims(self, claimant: str, article_ids: Iterable[str] | None = None) -> None:
        """End ``claimant``'s claims on ``article_ids`` (all of its claims when None)."""
        if article_ids is None:
            self._db.execute("DELETE FROM extract_claims WHERE claimant = ?", (claimant,))
            return
        with self.transaction() as db:
            db.executemany("DELETE FROM extract_claims WHERE claimant = ? AND article_id = ?",
                           [(claimant, article_id) for article_id in article_ids])

    def count_claims(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM extract_claims").fetchone()[0]

    @staticmethod
    def _drop_lapsed_claims(db: sqlite3.Connection) -> None:
        """Delete expired claims and those of runs on this host whose process has ended (a killed run)."""
        db.execute("DELETE FROM extract_claims WHERE expires_at < ?", (time.time(),))
        host = f"{socket.gethostname()}:"
        for (claimant,) in db.execute("SELECT DISTINCT claimant FROM extract_claims").fetchall():
            pid = claimant.removeprefix(host).split(":")[0]
            if claimant.startswith(host) and pid.isdigit() and not process_alive(int(pid)):
                db.execute("DELETE FROM extract_claims WHERE claimant = ?", (claimant,))

    def save_records(self, records: Iterable[dict[str, Any]], extractor_version: str) -> int:
        """Store extraction records (keyed by article id); returns how many changed."""
        changed = 0
        now = utc_now()
        with self.transaction() as db:
            for record in records:
                article_id = str(record["id"])
                row = db.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
                if row is None:
                    raise KeyError(f"no article {article_id!r} in the store")
                rhash = _record_hash(record)
                old = db.execute("SELECT record_hash FROM records WHERE article_id = ?", (article_id,)).fetchone()
                db.execute(
                    "INSERT INTO records(article_id, extractor_version, content_hash, record, record_hash,"
                    " extracted_at, indexed_hash) VALUES (?,?,?,?,?,?,NULL)"
                    " ON CONFLICT(article_id) DO UPDATE SET extractor_version=excluded.extractor_version,"
                    " content_hash=excluded.content_hash, record=excluded.record, record_hash=excluded.record_hash,"
                    " extracted_at=excluded.extracted_at",
                    (article_id, extractor_version, row["content_hash"],
                     json.dumps(record, ensure_ascii=False), rhash, now),
                )
                changed += int(old is None or old["record_hash"] != rhash)
        return changed

    def get_record(self, article_id: str) -> dict[str, Any] | None:
        """The extraction record of an article, or None."""
        row = self._db.execute("SELECT record FROM records WHERE article_id = ?", (article_id,)).fetchone()
        return json.loads(row["record"]) if row else None

    def iter_records(self) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        """Every (article, record) pair, oldest article first."""
        sql = (
            f"SELECT {', '.join('a.' + f for f in ARTICLE_FIELDS)}, r.record FROM records r"
            " JOIN articles a ON a.id = r.article_id ORDER BY a.added_at, a.id"
        )
        for row in self._db.execute(sql).fetchall():
            data = dict(row)
            record = json.loads(data.pop("record"))
            yield data, record

    def count_records(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM records").fetchone()[0]

    # Indexing queue ------------------------------------------------------

    def records_to_index(self, limit: int | None = None) -> list[tuple[dict[str, Any], dict[str, Any], str]]:
        """(article, record, record_hash) for records not yet in the search index as they are now."""
        sql = (
            f"SELECT {', '.join('a.' + f for f in ARTICLE_FIELDS)}, r.record, r.record_hash FROM records r"
            " JOIN articles a ON a.id = r.article_id"
            " WHERE r.indexed_hash IS NULL OR r.indexed_hash != r.record_hash ORDER BY a.added_at, a.id"
        )
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        out = []
        for row in self._db.execute(sql, params).fetchall():
            data = dict(row)
            record = json.loads(data.pop("record"))
            out.append((data, record, data.pop("record_hash")))
        return out

    def mark_indexed(self, indexed: Iterable[tuple[str, str]]) -> None:
        """Record that (article_id, record_hash) pairs are now in the search index."""
        with self.transaction() as db:
            db.executemany(
                "UPDATE records SET indexed_hash = ? WHERE article_id = ? AND record_hash = ?",
                [(rhash, aid, rhash) for aid, rhash in indexed],
            )

    def mark_all_unindexed(self) -> None:
        """Queue every record for indexing again (after the index was lost or rebuilt)."""
        self._db.execute("UPDATE records SET indexed_hash = NULL")

    def count_pending_index(self) -> int:
        return self._db.execute(
            "SELECT COUNT(*) FROM records WHERE indexed_hash IS NULL OR indexed_hash != record_hash"
        ).fetchone()[0]

    # Crawl state -----------------------------------------------------------

    def get_crawl_state(self, url: str) -> dict[str, Any] | None:
        """What the crawler last saw at ``url`` (status, etag, last_modified...), or None."""
        row = self._db.execute("SELECT * FROM crawl_state WHERE url = ?", (url,)).fetchone()
        return dict(row) if row else None

    def set_crawl_state(
        self,
        url: str,
        status: str,
        *,
        canonical_url: str | None = None,
        source: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        content_hash: str | None = None,
    ) -> None:
        """Remember what the crawler saw at ``url``."""
        self._db.execute(
            "INSERT INTO crawl_state(url, canonical_url, source, status, etag, last_modified, content_hash,"
            " fetched_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET"
            " canonical_url=excluded.canonical_url, source=excluded.source, status=excluded.status,"
            " etag=excluded.etag, last_modified=excluded.last_modified, content_hash=excluded.content_hash,"
            " fetched_at=excluded.fetched_at",
            (url, canonical_url, source, status, etag, last_modified, content_hash, utc_now()),
        )

    def seen_urls(self, source: str | None = None) -> set[str]:
        """URLs the crawler has already handled."""
        if source:
            rows = self._db.execute("SELECT url FROM crawl_state WHERE source = ?", (source,))
        else:
            rows = self._db.execute("SELECT url FROM crawl_state")
        return {row[0] for row in rows}

    def stats(self) -> dict[str, int]:
        """Counts for status displays."""
        return {
            "articles": self.count_articles(),
            "records": self.count_records(),
            "pending_index": self.count_pending_index(),
            "crawled_urls": self._db.execute("SELECT COUNT(*) FROM crawl_state").fetchone()[0],
        }
