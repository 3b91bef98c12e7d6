"""Indonesian text analysis done in Python, the same for every search backend.

The embedded server ignores stemmer and synonym filters (and rejects the built-in ``indonesian`` analyzer), so
Pantau stems with Sastrawi into ``*_stemmed`` fields at index time and expands synonyms from
``index_config/synonyms.txt`` when it builds a query. A real cluster gets exactly the same documents and queries.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

INDEX_CONFIG_DIR = Path(__file__).resolve().parent.parent.parent / "index_config"
SYNONYMS_PATH = INDEX_CONFIG_DIR / "synonyms.txt"
STOPWORDS_PATH = INDEX_CONFIG_DIR / "stopwords_id.txt"

_WORD = re.compile(r"\w+", re.UNICODE)


def _data_lines(path: Path) -> list[str]:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


@cache
def stopwords() -> tuple[str, ...]:
    """The Indonesian stop words of the ``pantau_id_text`` analyzer."""
    return tuple(_data_lines(STOPWORDS_PATH))


def index_template(kind: str, shards: int, replicas: int) -> dict[str, Any]:
    """The settings and mappings of ``index_config/<kind>.json`` (records, incidents), filled in."""
    config = json.loads((INDEX_CONFIG_DIR / f"{kind}.json").read_text(encoding="utf-8"))
    config.pop("_comment", None)
    config["settings"]["number_of_shards"] = shards
    config["settings"]["number_of_replicas"] = replicas
    config["settings"]["analysis"]["filter"]["pantau_id_stop"]["stopwords"] = list(stopwords())
    return config


def records_template(shards: int, replicas: int) -> dict[str, Any]:
    """The records index settings and mappings from ``index_config/records.json``, filled in."""
    return index_template("records", shards, replicas)


@cache
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """The Sastrawi stem of one lower-case word (cached: the vocabulary of news is small)."""
    if len(word) <= 3 or not word.isalpha():
        return word
    return _stemmer().stem(word) or word


def normalize_words(text: str) -> list[str]:
    """Lower-case word tokens of ``text``."""
    return _WORD.findall(text.lower())


def stem_text(text: str | None) -> str:
    """``text`` with every word replaced by its stem (for the ``*_stemmed`` fields)."""
    if not text:
        return ""
    return " ".join(stem_word(word) for word in normalize_words(text))


@cache
def synonym_groups() -> dict[str, tuple[str, ...]]:
    """Each synonym (normalized words joined by one space) -> every member of its group."""
    groups: dict[str, tuple[str, ...]] = {}
    for line in _data_lines(SYNONYMS_PATH):
        members = tuple(dict.fromkeys(" ".join(normalize_words(part)) for part in line.split(",") if part.strip()))
        for member in members:
            groups[member] = tuple(dict.fromkeys(groups.get(member, ()) + members))
    return groups


@cache
def longest_synonym_words() -> int:
    """The most words any synonym has (bounds the phrase search in the query builder)."""
    return max((len(key.split()) for key in synonym_groups()), default=1)


def synonyms_of(phrase: str) -> tuple[str, ...]:
    """The other members of ``phrase``'s synonym group (empty when it has none)."""
    key = " ".join(normalize_words(phrase))
    return tuple(member for member in synonym_groups().get(key, ()) if member != key)
