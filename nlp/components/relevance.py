"""Relevance: is human trafficking a subject of the article? Sets ``doc._.relevant`` and ``doc._.relevance_score``.

The score is a logistic function of evidence features read from ``nlp/data/relevance/features.tsv``::

    score = sigmoid(bias + sum(weight_f * log2(1 + n_f)))

where ``n_f`` is the number of sentences in which feature ``f``'s pattern occurs (1 or 0 for title features).
Positive evidence: trafficking terms (TPPO, perdagangan orang/anak/bayi, trafficking), a trafficking term in the
title, numbers of TPPO cases, illegal/non-procedural migrant work, overseas job lures, exploitation words, crew
abandoned, abused or unpaid, and counts the counts component attributes to TPPO. A headline that the text does not
repeat counts as one more sentence for the text features (but those with a title twin). Negative evidence: people
smuggling and refugees, an explicit "bukan TPPO" (whose own trafficking words are then no evidence), a stated ban on
the organ trade, a warning that names trafficking as a risk ("rawan TPPO", "rentan menjadi korban TPPO", "jangan
tergiur tawaran menjual ginjal") or as what one hopes to avoid ("agar warga tidak menjadi korban TPPO", "jangan
sampai jadi korban"), no such case found ("belum ditemukan kasus seperti itu"; not in an article whose title or lead
names a prevention campaign, whose own message it is), drugs, money laundering (TPPU), *perdagangan* as commerce
(and the young of an animal traded, "perdagangan bayi orangutan": no trafficking term), violence without
trafficking, gambling and legal placement (G-to-G, pelepasan PMI, workers sent "secara resmi", magang programmes;
not where the text only names the lawful channel to take: "hanya melalui program G to G"), foreigners deported for
working on the wrong permit; trafficking as one item of a list of topics ("antara lain ...", or the last item after
the list's comma: "A, B, serta sosialisasi TPPO"). Negative evidence named only to be denied ("bukan sekadar
sengketa upah", "tidak hanya soal narkoba") is not read: the article says it is more than the look-alike.

The log makes one passing mention worth far less than a story built on the subject: a single TPPO mention in
a sentence gives a score of 0.5 before any other evidence, so a list of crime categories with drugs or
violence drops below the threshold, while TPPO as a sub-topic with its own numbers rises above it. A lone mention
(one sentence names trafficking, nothing in the headline, no TPPO count, no evidence in any other sentence) is one
piece of evidence: the other words of its sentence ("PMI ilegal" in "agar tidak menjadi PMI ilegal yang rentan
menjadi korban TPPO") add nothing to it.
Weights were set by hand from the annotation rules, then checked for calibration (Brier score, reliability)
on the dev set, never fitted to it; ``tests/nlp/test_relevance.py`` holds a sentence for every rule.
Lines that link to other articles ("Baca juga: Polisi Tangkap Tersangka TPPO ...", "Lihat juga", "Berita terkait")
are another article's headline: no evidence is read in them (nor by the modus and event-type rules).
``doc._.tppo_sentences`` receives the (start, end) of the sentences with trafficking terms, and
``doc.user_data[EVIDENCE_KEY]`` the evidence (feature name -> sentences) for later components.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import nlp.extensions  # noqa: F401  (registers doc._ fields)
from nlp.components.event_type import load_gatherings
from nlp.language import (
    DATA_DIR,
    compile_pattern,
    data_path,
    in_spans,
    link_line_spans,
    read_lines,
    read_table,
    sentences_of,
    title_of,
)

FEATURES_PATH = DATA_DIR / "relevance" / "features.tsv"
ANIMALS_FILE = "animals.txt"  # beside the features file: the names ``{animals}`` stands for
TRAFFICKING_FEATURE = "trafficking_term"
# a warning or a hope to avoid the trade is an aside, but the message itself in an article about a prevention campaign
WARNING_FEATURE = "trafficking_warning"
# trafficking denied ("ini bukan TPPO", "tidak ada unsur eksploitasi"): the trafficking words inside the denial are
# no evidence for it
NOT_TRAFFICKING_FEATURE = "not_trafficking"
LEAD_SENTENCES = 3
EVIDENCE_KEY = "pantau_relevance_evidence"
# a look-alike named only to be denied ("bukan sekadar sengketa upah", "tidak hanya soal narkoba", "bukan kasus
# penyelundupan"): the words right before a negative feature's match, up to a contrast ("bukan TPPO melainkan
# penyelundupan" denies trafficking, not smuggling)
DENIAL_BEFORE = re.compile(r"(?<!\w)(?:bukan|(?:tidak|tak) (?:sekadar|hanya|cuma|semata))"
                           r"(?: (?!melainkan|tetapi|tapi|namun|justru)\w+){0,2} $", re.IGNORECASE)
DENIAL_WINDOW = 40  # characters read before the match
# a denial kept to the adults ("tidak ditemukan unsur paksaan terhadap pekerja dewasa tersebut") in an article that
# tells of minors: it sets the adults apart from the children exploited, and denies nothing of theirs
ADULTS_ONLY_AFTER = re.compile(r"\s+(?:terhadap|pada|kepada|bagi|atas)\s+(?:para\s+)?(?:[\w-]+\s+){0,2}?dewasa\b",
                               re.IGNORECASE)
MINORS = re.compile(r"(?<!\w)(?:di\s*bawah\s+umur|anak-anak|remaja|(?:ber)?usia\s+(?:1[0-7]|[1-9])\s+"
                    r"(?:hingga|sampai|-)\s+1[0-7]\s+tahun)(?!\w)", re.IGNORECASE)
# legal placement named as the lawful channel to take ("hanya melalui program G to G", "mengimbau warga untuk
# mendaftar lewat skema resmi"): advice beside a case of the unlawful route, no placement; the words before the match
LEGAL_PLACEMENT_FEATURE = "legal_placement"
ADVISED_CHANNEL_BEFORE = re.compile(
    r"(?<!\w)(?:hanya|harus|wajib|agar|supaya|sebaiknya|hendaknya|mengimbau|diimbau|imbauan)[^\w.!?]+"
    r"(?:\w+[^\w.!?]+){0,4}?(?:melalui|lewat|via|mendaftar|mengikuti|ikut)[^\w.!?]+(?:\w+[^\w.!?]+){0,4}$",
    re.IGNORECASE)
ADVICE_WINDOW = 80  # characters read before the match
TPPO_COUNT_ROLES = {"cases", "reports", "victims", "victims_rescued", "victims_child", "victims_female",
                    "victims_male", "suspects", "arrests"}


@dataclass(frozen=True)
class Feature:
    """One evidence feature: its weight, where it looks (text or title) and its compiled pattern, in two forms:
    case-insensitive, and (the patterns are lower-case) case-sensitive for the lower-cased text, which is faster."""

    name: str
    weight: float
    scope: str
    pattern: re.Pattern[str] | None
    lower_pattern: re.Pattern[str] | None = None

    def finditer(self, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
        """Matches in ``text``, found in ``lowered`` (its lower-case form, None when that changes its length)."""
        return self.lower_pattern.finditer(lowered) if lowered is not None else self.pattern.finditer(text)


@dataclass(frozen=True)
class RelevanceModel:
    """The bias and features of the logistic relevance score."""

    bias: float
    features: tuple[Feature, ...]

    @classmethod
    def load(cls, path: Path = FEATURES_PATH) -> RelevanceModel:
        """The model of a features file; ``{animals}`` in a pattern stands for the names of ``animals.txt`` beside
        it (the young of an animal traded: "perdagangan bayi orangutan" is wildlife trade)."""
        bias, features = 0.0, []
        animals = path.parent / ANIMALS_FILE
        animal_names = "|".join(re.escape(name) for name in read_lines(animals)) if animals.exists() else ""
        for name, weight, scope, raw_pattern in read_table(path):
            if "{animals}" in raw_pattern and not animal_names:
                raise ValueError(f"{path}: {name}: {{animals}} needs {animals}")
            pattern = raw_pattern.replace("{animals}", animal_names)
            if name == "bias":
                bias = float(weight)
                continue
            compiled = compile_pattern(pattern) if pattern != "-" else None
            lower = compile_pattern(pattern, case_sensitive=True) if pattern != "-" else None
            if compiled is not None and re.search(r"(?<!\\)[A-Z]", pattern):
                raise ValueError(f"{path}: {name}: patterns are lower-case (they run on the lower-cased text)")
            features.append(Feature(name, float(weight), scope, compiled, lower))
        return cls(bias, tuple(features))

    def evidence(self, doc: Doc) -> dict[str, int]:
        """Feature name -> number of sentences (or 0/1 for the title) where it occurs."""
        sentences = sentences_of(doc)
        title = title_of(doc)
        lowered_text = sentences.lowered  # None where lower-casing is not exact
        links = link_line_spans(sentences.text, lowered_text)
        found: dict[str, int] = {}
        tppo_sentences: set[int] = set()
        # a headline that the text does not repeat is one more sentence for the text features, except those with
        # a title twin (trafficking_term and trafficking_title...), which reads it with its own weight
        separate_title = title if title and not sentences.text.lstrip().startswith(title.strip()) else ""
        twins = tuple(f.name.removesuffix("_title") for f in self.features if f.scope == "title")
        twinned = {f.name for f in self.features if f.name.startswith(twins)}
        hits: dict[str, set[int]] = {}  # text feature -> the sentences where it matched
        # the denials' matches, read first: the trafficking words inside them are no evidence (and the denial
        # feature counts these same matches below)
        denial_matches = {f.name: list(f.finditer(sentences.text, lowered_text)) for f in self.features
                          if f.name == NOT_TRAFFICKING_FEATURE and f.pattern is not None}
        if any(denial_matches.values()) and MINORS.search(sentences.text):
            denial_matches = {name: [m for m in matches if not ADULTS_ONLY_AFTER.match(sentences.text, m.end())]
                              for name, matches in denial_matches.items()}
        denials = [m.span() for matches in denial_matches.values() for m in matches]
        for feature in self.features:
            if feature.name == "@tppo_counts":
                counts = doc._.counts or []
                found[feature.name] = sum(1 for c in counts if c.get("about_tppo") and c["role"] in TPPO_COUNT_ROLES)
                continue
            if feature.scope == "title":
                found[feature.name] = int(bool(title and feature.pattern.search(title)))
                continue
            matches = (denial_matches[feature.name] if feature.name in denial_matches
                       else feature.finditer(sentences.text, lowered_text))
            hit_sentences = {sentences.index_at(m.start()) for m in matches
                             if not (links and in_spans(m.start(), links))
                             and not (feature.weight < 0 and _denied(sentences.text, m.start()))
                             and not (feature.weight > 0 and in_spans(m.start(), denials))
                             and not (feature.name == LEGAL_PLACEMENT_FEATURE and _advised(sentences.text, m.start()))}
            hits[feature.name] = hit_sentences
            found[feature.name] = len(hit_sentences)
            if separate_title and feature.name not in twinned and feature.pattern.search(separate_title):
                found[feature.name] += 1
            if feature.name == TRAFFICKING_FEATURE:
                tppo_sentences = hit_sentences
        self._read_lone_mention_once(found, hits, title)
        if found.get(WARNING_FEATURE) and _names_a_campaign(title, sentences.text[:_lead_end(sentences.spans)]):
            found[WARNING_FEATURE] = 0  # the campaign's own message, no aside
        doc._.tppo_sentences = [sentences.spans[i] for i in sorted(tppo_sentences)] if sentences.spans else []
        return found

    def _read_lone_mention_once(self, found: dict[str, int], hits: dict[str, set[int]], title: str | None) -> None:
        """A lone mention is one piece of evidence: where trafficking is named in one sentence only, with no TPPO
        count, no evidence in the title, and every other positive feature matched in that same sentence alone
        ("pelatihan ini agar lulusan tidak berangkat sebagai PMI ilegal yang berisiko jadi korban TPPO"), the words
        of the aside add nothing to its trafficking term (set to 0 in ``found``). A story of a case tells more
        elsewhere: in another sentence, in its figures or in its headline."""
        mention = hits.get(TRAFFICKING_FEATURE, set())
        if len(mention) != 1 or found.get(TRAFFICKING_FEATURE) != 1:
            return
        positive = [f for f in self.features if f.weight > 0 and f.name != TRAFFICKING_FEATURE]
        if any(found.get(f.name) and (found[f.name] != len(hits.get(f.name, ())) or not hits[f.name] <= mention)
               for f in positive):
            return  # evidence in a title feature, a TPPO count or another sentence
        if title and any(f.pattern is not None and f.pattern.search(title) for f in self.features if f.weight > 0):
            return  # the headline tells the subject (also where the text runs it into its first sentence)
        for feature in positive:
            found[feature.name] = 0

    def score(self, evidence: dict[str, int]) -> float:
        """The calibrated probability that the article is relevant."""
        z = self.bias + sum(f.weight * math.log2(1 + evidence.get(f.name, 0)) for f in self.features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _lead_end(spans: list[tuple[int, int]]) -> int:
    """The end of the first ``LEAD_SENTENCES`` sentences."""
    return spans[min(LEAD_SENTENCES, len(spans)) - 1][1] if spans else 0


def _names_a_campaign(title: str | None, lead: str) -> bool:
    """Whether the title or the lead names a prevention campaign (a gathering of ``nlp/data/event_type/
    gatherings.tsv``: "sosialisasi", "penyuluhan", "kelas migrasi aman")."""
    text = f"{title or ''}\n{lead}"
    return any(g.event_type == "prevention" and g.pattern.search(text) for g in load_gatherings())


def _denied(text: str, start: int) -> bool:
    """Whether the words before ``start`` deny what follows ("bukan sekadar ...", "tidak hanya ...")."""
    return bool(DENIAL_BEFORE.search(text, max(0, start - DENIAL_WINDOW), start))


def _advised(text: str, start: int) -> bool:
    """Whether the words before ``start`` advise a channel ("hanya melalui program ...", "agar mendaftar lewat ...")."""
    return bool(ADVISED_CHANNEL_BEFORE.search(text, max(0, start - ADVICE_WINDOW), start))


@cache
def default_model() -> RelevanceModel:
    """The relevance model from ``nlp/data/relevance/features.tsv`` (loaded once per process)."""
    return RelevanceModel.load()


class RelevanceComponent:
    """Pipeline component: sets ``doc._.relevant``, ``doc._.relevance_score`` and ``doc._.tppo_sentences``."""

    def __init__(self, threshold: float = 0.5, model: RelevanceModel | None = None) -> None:
        self.threshold = threshold
        self.model = model or default_model()

    def __call__(self, doc: Doc) -> Doc:
        evidence = self.model.evidence(doc)
        doc.user_data[EVIDENCE_KEY] = evidence
        score = self.model.score(evidence)
        doc._.relevance_score = score
        doc._.relevant = score >= self.threshold
        return doc


@cache
def model_at(path: Path) -> RelevanceModel:
    """The relevance model of a features file (loaded once per process and path)."""
    return RelevanceModel.load(path)


@Language.factory(
    "pantau_relevance",
    default_config={"threshold": 0.5, "data_dir": "data/relevance"},
    assigns=["doc._.relevant", "doc._.relevance_score", "doc._.tppo_sentences"],
    requires=["token.is_sent_start", "doc._.counts"],
)
def make_relevance_component(nlp: Language, name: str, threshold: float, data_dir: str) -> RelevanceComponent:
    """Factory for ``nlp.add_pipe("pantau_relevance")``; ``data_dir`` (relative to the ``nlp`` package) holds
    ``features.tsv``."""
    return RelevanceComponent(threshold=threshold, model=model_at(data_path(data_dir) / "features.tsv"))
