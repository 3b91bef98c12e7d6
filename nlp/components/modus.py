"""Modus: the exploitation or recruitment modus of the trafficking an article reports. Sets ``doc._.modus``.

Each label has patterns in ``nlp/data/modus/patterns.tsv``; some patterns only count when the same sentence
also holds a context word (e.g. "ABK" with "korban"), some yield to more specific labels (a fourth column):
unpaid wages, held passports, confinement and long hours say forced labour beside a work setting (domestic work,
an internship, a placement abroad, crew at sea) but not where marriage, sex work or a scam compound tells the
story, nor in a sentence that supposes or warns of them (``HEDGE``), and some only complete another label (a
fifth column): a scam compound in Cambodia or Myanmar is also a placement abroad (migrant_worker). Some need a
condition anywhere in the article (a sixth column): news tells who in one sentence and what was done in another
("Gajinya sebelas bulan belum dibayar." ... "Paspor mereka dipegang kapten."), so a described condition may
complete a setting from another sentence. A label can also be told through the distinct kinds of its conditions
anywhere in the article (``conditions.tsv``: unpaid wages, papers held, debt, confinement, abuse, long hours for
forced labour), as many as the labels found ask (``conditions_needed.tsv``), outside sentences about other cases
(the places component's ``aside_cues.txt``). Every label found is listed once, as ``{label, evidence}`` with the
first supporting sentence; the record keeps the labels. Words inside an
organisation's name ("Serikat Buruh Migran Indonesia", ``name_heads.txt``) are no evidence, nor is a person told by
age, school or status (a seventh column, ``person``) who follows a suspect word ("Tersangka DF (17)") or is the
audience of a campaign ("sosialisasi bagi pelajar SMA"), nor are
children counted in a tally of a period's victims (``tally``: "Sepanjang tahun ini 40 korban, 12 di antaranya
anak-anak" tells no exploitation of children, nor does "... tujuh kasus dengan total 11 korban. Empat di antaranya
anak", which goes on from it; what was done to them does), nor children counted among a group placed abroad
("17 calon PMI ... Tiga di antaranya masih anak-anak") where no sexual exploitation is told: they are the
placement's people. An article
the relevance rules found irrelevant gets no modus (the record would drop it); the semantic component finds the
modus of the articles it makes relevant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import nlp.extensions  # noqa: F401  (registers doc._ fields)
from nlp.language import (
    DATA_DIR,
    Sentences,
    compile_pattern,
    data_path,
    in_spans,
    link_line_spans,
    read_lines,
    read_table,
    sentences_of,
)
from nlp.numerals import NUMBER_WORDS

PATTERNS_PATH = DATA_DIR / "modus" / "patterns.tsv"
CONDITIONS_PATH = DATA_DIR / "modus" / "conditions.tsv"
CONDITIONS_NEEDED_PATH = DATA_DIR / "modus" / "conditions_needed.tsv"
COUNTRIES_PATH = DATA_DIR / "destinations" / "countries.tsv"  # the reference list of foreign places
NAME_HEADS_PATH = DATA_DIR / "modus" / "name_heads.txt"
ASIDE_CUES_PATH = DATA_DIR / "places" / "aside_cues.txt"  # sentences about other cases ("kasus serupa yang pernah ...")
# A sentence that supposes, foretells or warns ("Kalau gaji tidak dibayar...", "Nanti setelah bekerja gaji dipotong",
# "Risikonya besar, mulai dari paspor ditahan...", "rentan dieksploitasi", "Warga diimbau waspada ...", "tanda-tanda
# kerja paksa: gaji ditahan, paspor disita")
# tells no condition that happened: the rules that yield to other labels and the described conditions (of forced
# labour) do not count in it. "Jika" or "kalau" before a past time ("Jika dulu ..., kini ...", "Kalau tahun lalu ...,
# sekarang ...") compares what happened then with now, and supposes nothing.
HEDGE_START = re.compile(
    r"[\W_]*(?:(?:kalau|jika|apabila|bila)(?!\s+(?:[\w-]+\s+){0,2}?(?:dulu|dahulu|sebelumnya|lalu|silam)(?!\w))"
    r"|seandainya|andaikan|andai|nanti(?:nya)?|kelak)(?!\w)",
    re.IGNORECASE,
)
HEDGE = re.compile(
    r"(?<!\w)(?:risiko\w*|berisiko|rentan|bisa saja|dapat saja|berpotensi|bahayanya|waspada\w*|mewaspadai|"
    r"(?:di|meng)imbau|imbauan|jangan|berhati-hati|ciri-ciri(?:nya)?|tanda-tanda(?:nya)?|indikator)(?!\w)",
    re.IGNORECASE,
)
# A row that tells a victim by a person's age, school, status or trade (a seventh column, ``person``) describes
# someone else where a suspect word comes before it in the sentence with no victim or act on one between ("Tersangka
# DF (17) ...", "lima tersangka diamankan, dua di antaranya masih di bawah umur", "Pelaku merupakan ibu dari dua anak
# berusia 5 dan 7 tahun", "nakhoda dan dua ABK kapal pengangkut PMI ilegal"); "Tersangka menjual dua anak berusia 15
# tahun" and "nakhoda memukul para ABK" still tell the victims.
SUSPECT = re.compile(
    r"(?<!\w)(?:tersangka|pelaku|terdakwa|terpidana|muncikari|mucikari|germo|perekrut|calo|tekong|nakhoda)(?!\w)",
    re.IGNORECASE,
)
# the audience a campaign or talk addresses ("sosialisasi pencegahan TPPO bagi pelajar SMA dan SMK", "di hadapan
# ratusan siswa"): people told by school or age there are listeners, not victims
AUDIENCE_BEFORE = re.compile(r"(?<!\w)(?:bagi|kepada|di hadapan|di kalangan)\s+(?:para\s+|ratusan\s+|puluhan\s+|"
                             r"seluruh\s+|sejumlah\s+)?$", re.IGNORECASE)
# someone's child, grandchild or sibling, told as a relative: not a victim the sentence counts
KIN = re.compile(r"(?<!\w)(?:anak|putra|putri|cucu|adik|keponakan)(?:nya|ku|mu)(?!\w)", re.IGNORECASE)
VICTIM_OR_ACT = re.compile(
    r"(?<!\w)(?:korban|menjual|menjajakan|menawarkan|merekrut|membawa|mempekerjakan|memaksa|menyekap|mengirim|"
    r"memperdagangkan|mengeksploitasi|mencabuli|menyetubuhi|memperkosa|menyelamatkan|diselamatkan|anak-anak|"
    r"remaja|siswi|pelajar|gadis|perempuan|wanita|menyiksa|memukul|menganiaya|menelantarkan|menahan)(?!\w)",
    re.IGNORECASE,
)
# A sentence that tallies a period's victims or cases ("Jumlah korban mencapai 90 orang, 20 di antaranya anak-anak",
# "Dari 60 korban, 15 masih anak-anak", "mencatat 12 kasus dengan 30 korban", "ada tujuh kasus"): children counted
# in it are no evidence of their exploitation (rows flagged ``tally``).
TALLY = re.compile(
    r"(?<!\w)(?:jumlah korban|total korban|mencatat|mencatatkan|tercatat|dicatat|sepanjang|periode|semester|triwulan|"
    rf"dari (?:total )?[\d.]+ (?:korban|orang|kasus)|(?:[\d.]+|{NUMBER_WORDS}) (?:kasus|perkara))(?!\w)",
    re.IGNORECASE,
)
# a sentence that counts a part of a group told before it ("... sembilan kasus dengan total 14 korban. Lima di
# antaranya anak di bawah umur"): it tallies when the sentence before it does
TALLY_GOES_ON = re.compile(r"(?<!\w)(?:di antaranya|diantaranya|dari (?:jumlah|total|angka) (?:itu|tersebut))(?!\w)",
                           re.IGNORECASE)
# the people told are then named suspects in their sentence ("Dua awak kapal, yakni nakhoda SH dan anak buahnya ZA,
# ditetapkan sebagai tersangka"): they are the suspects, not victims
NAMED_SUSPECTS_AFTER = re.compile(
    r"(?<!\w)(?:ditetapkan|berstatus|dijadikan)\s+(?:\w+\s+)?(?:sebagai\s+)?tersangka(?!\w)", re.IGNORECASE)
FLAGS = frozenset({"person", "tally"})
LABELS = (
    "migrant_worker", "domestic_worker", "sexual_exploitation", "child_exploitation", "ship_crew", "forced_marriage",
    "online_scam", "organ_trafficking", "baby_selling", "student_internship", "forced_labor",
)


@dataclass(frozen=True)
class ModusRule:
    """A label, its pattern, an optional context pattern that the same sentence must hold, the labels it yields
    to (the rule does not count when any of them is found by a plain rule), the labels it completes (it
    counts only when one of them is found by a plain rule) and an optional pattern the article must hold
    somewhere (searched only once the sentence has matched)."""

    label: str
    pattern: re.Pattern[str]
    context: re.Pattern[str] | None
    unless: frozenset[str] = frozenset()
    with_labels: frozenset[str] = frozenset()
    article: re.Pattern[str] | None = None
    # the same, case-sensitive, for the lower-cased text (faster); None where a part is case-sensitive (ART, PSK)
    lower: tuple[re.Pattern[str], re.Pattern[str] | None] | None = None
    person: bool = False  # the pattern tells a victim by age, school or status (see ``SUSPECT``)
    tally: bool = False  # the pattern counts children among victims: not in a sentence that tallies (``TALLY``),
    # nor among a group placed abroad (``_among_placed``); read after every other rule

    @property
    def plain(self) -> bool:
        return not self.unless and not self.with_labels and not self.tally


@cache
def country_names(path: Path = COUNTRIES_PATH) -> str:
    """An alternation of the foreign countries and cities of the destinations' reference list (its lower-case
    names; the longest first): ``{countries}`` in a pattern stands for it."""
    names = {row[0] for row in read_table(path) if row[0] == row[0].lower()}
    return "|".join(sorted(names, key=len, reverse=True))


@cache
def load_rules(path: Path = PATTERNS_PATH) -> tuple[ModusRule, ...]:
    """The modus rules of a data file (loaded once per process; ``{countries}``: every foreign country and city of
    the destinations' reference list)."""
    rules = []
    for raw in read_table(path):
        row = [cell.replace("{countries}", country_names()) for cell in raw]
        label, pattern = row[0], row[1]
        if label not in LABELS:
            raise ValueError(f"{path}: unknown modus label {label!r}")
        context = compile_pattern(row[2]) if len(row) > 2 and row[2] else None
        unless = frozenset(name for name in row[3].split(",") if name) if len(row) > 3 else frozenset()
        with_labels = frozenset(name for name in row[4].split(",") if name) if len(row) > 4 else frozenset()
        if not (unless | with_labels) <= set(LABELS):
            unknown = sorted((unless | with_labels) - set(LABELS))
            raise ValueError(f"{path}: unknown modus labels {unknown} in {label!r}'s rule")
        article = compile_pattern(row[5]) if len(row) > 5 and row[5] else None
        flags = {flag for flag in row[6].split(",") if flag} if len(row) > 6 else set()
        if not flags <= FLAGS:
            raise ValueError(f"{path}: unknown flags {sorted(flags - FLAGS)} in {label!r}'s rule")
        sources = [pattern] + ([row[2]] if context is not None else [])
        lower = None
        if not any("(?-i:" in source or re.search(r"(?<!\\)[A-Z]", source) for source in sources):
            lower = (_case_sensitive(pattern), _case_sensitive(row[2]) if context is not None else None)
        rules.append(
            ModusRule(
                label, compile_pattern(pattern), context, unless, with_labels, article, lower, "person" in flags,
                "tally" in flags,
            )
        )
    return tuple(rules)


@cache
def load_aside(path: Path = ASIDE_CUES_PATH) -> re.Pattern[str]:
    """The cues of a sentence about other cases (the places component's ``aside_cues.txt``): conditions described in
    it ("berdasarkan kasus serupa, banyak perempuan ... dipaksa bekerja tanpa upah") are not this case's."""
    return compile_pattern("|".join(f"(?:{cue})" for cue in read_lines(path)))


@cache
def load_name_heads(path: Path = NAME_HEADS_PATH) -> re.Pattern[str]:
    """Capitalised words of an organisation's name that end where a match starts: a head word of
    ``name_heads.txt`` and up to four more capitalised words ("Serikat ", "Kementerian Pelindungan ")."""
    heads = "|".join(re.escape(word) for word in read_lines(path))
    return re.compile(rf"(?<![\w-])(?:{heads})(?:\s+[A-Z][\w-]*){{0,4}}\s+$")


def in_organisation_name(text: str, start: int, name_before: re.Pattern[str]) -> bool:
    """Whether a match at ``start`` lies in the capitalised name of an organisation ("Serikat Buruh Migran
    Indonesia"; ``name_before``: from :func:`load_name_heads`), checked only where the match is capitalised."""
    return text[start : start + 1].isupper() and name_before.search(text, max(0, start - 80), start) is not None


def _case_sensitive(pattern: str) -> re.Pattern[str]:
    return compile_pattern(pattern, case_sensitive=True)


@dataclass(frozen=True)
class Condition:
    """One way of telling a kind of condition: its pattern (and the same for lower-cased text), and whether it is
    told as a habit in a conditional sentence ("Kalau setorannya kurang, mereka dipukul"), so that a sentence
    opening with "kalau" does not make it a supposition."""

    kind: str
    pattern: re.Pattern[str]
    lower: re.Pattern[str]
    habitual: bool = False


@dataclass(frozen=True)
class DescribedLabel:
    """A label told through the conditions an article describes: its kinds of condition, how many distinct kinds
    it needs, and what other labels found ask instead (``(label, kinds needed)``; 0: never beside that label)."""

    label: str
    kinds: tuple[Condition, ...]
    needed: int
    beside: tuple[tuple[str, int], ...] = ()

    def kinds_needed(self, found: set[str]) -> int:
        """The number of distinct kinds needed beside the labels ``found`` (0: the label is not given)."""
        asks = [needed for label, needed in self.beside if label in found]
        return 0 if 0 in asks else max(asks, default=self.needed)


@cache
def load_described(
    conditions_path: Path = CONDITIONS_PATH, needed_path: Path = CONDITIONS_NEEDED_PATH
) -> tuple[DescribedLabel, ...]:
    """The labels told through described conditions, from their data files (loaded once per process)."""
    kinds: dict[str, list[Condition]] = {}
    for label, kind, pattern, *flags in read_table(conditions_path):
        if label not in LABELS or not set(flags) <= {"", "habitual"}:
            raise ValueError(f"{conditions_path}: unknown modus label {label!r} or flag in {flags}")
        condition = Condition(kind, compile_pattern(pattern), _case_sensitive(pattern), "habitual" in flags)
        kinds.setdefault(label, []).append(condition)
    needed: dict[str, dict[str, int]] = {}
    for label, beside, count in read_table(needed_path):
        if label not in kinds or (beside != "-" and beside not in LABELS):
            raise ValueError(f"{needed_path}: unknown modus label in {label!r} beside {beside!r}")
        needed.setdefault(label, {})[beside] = int(count)
    return tuple(
        DescribedLabel(label, tuple(found), needed.get(label, {}).pop("-", 2), tuple(needed.get(label, {}).items()))
        for label, found in kinds.items()
    )


def find_modus(
    doc: Doc, rules: tuple[ModusRule, ...] | None = None, described: tuple[DescribedLabel, ...] | None = None,
    name_before: re.Pattern[str] | None = None,
) -> list[dict]:
    """``[{label, evidence}]`` for every label whose rule matches or whose conditions the article describes, in
    label order of first evidence. Plain rules go first, then the described conditions (beside the labels found),
    then the rules that yield to or complete the labels found."""
    sentences = sentences_of(doc)
    lowered = sentences.lowered  # None where lower-casing is not exact (the case-insensitive patterns run)
    links = link_line_spans(sentences.text, lowered)  # another article's headline is no evidence
    first: dict[str, tuple[int, int]] = {}
    rules = rules or load_rules()
    name_before = name_before or load_name_heads()
    for rule in (rule for rule in rules if rule.plain):
        _apply_rule(rule, sentences, links, first, set(), name_before)
    for label in load_described() if described is None else described:
        if label.label not in first:
            span = _described_span(label, sentences, links, set(first))
            if span is not None:
                first[label.label] = span
    plain_labels = set(first)
    for rule in sorted((rule for rule in rules if not rule.plain), key=lambda rule: rule.tally):
        _apply_rule(rule, sentences, links, first, plain_labels, name_before)
    ordered = sorted(first.items(), key=lambda item: item[1][0])
    return [{"label": label, "evidence": {"start": s, "end": e}} for label, (s, e) in ordered]


def _hedged(text: str, start: int, end: int) -> bool:
    """Whether the sentence at ``start:end`` supposes or warns rather than tells (``HEDGE_START``, ``HEDGE``)."""
    return bool(HEDGE_START.match(text, start, end) or HEDGE.search(text, start, end))


def _about_a_suspect(text: str, sent_start: int, match_start: int) -> bool:
    """Whether a person told from ``match_start`` follows a suspect word of its sentence, or a relative of someone
    ("Anaknya, yang ia tinggalkan saat berumur tiga tahun, sudah duduk di bangku SMP"), with no victim or act on
    one between (``SUSPECT``, ``KIN``, ``VICTIM_OR_ACT``)."""
    people = list(SUSPECT.finditer(text, sent_start, match_start)) + list(KIN.finditer(text, sent_start, match_start))
    last = max((m.end() for m in people), default=None)
    return last is not None and not VICTIM_OR_ACT.search(text, last, match_start)


def _named_suspects_after(text: str, match_end: int, sent_end: int) -> bool:
    """Whether the people told at ``match_end`` are named suspects later in their sentence, with no victim or act on
    one between (``NAMED_SUSPECTS_AFTER``)."""
    named = NAMED_SUSPECTS_AFTER.search(text, match_end, sent_end)
    return named is not None and not VICTIM_OR_ACT.search(text, match_end, named.start())


def _tallied(sentences: Sentences, start: int, end: int) -> bool:
    """Whether the sentence at ``start:end`` tallies a period's victims, or goes on from one that does
    (``TALLY``, ``TALLY_GOES_ON``)."""
    text = sentences.text
    if TALLY.search(text, start, end):
        return True
    if start == 0 or not TALLY_GOES_ON.search(text, start, end):
        return False
    before_start, before_end = sentences.span_at(start - 1)
    return before_start < start and TALLY.search(text, before_start, before_end) is not None


def _among_placed(found: dict[str, tuple[int, int]]) -> bool:
    """Whether the labels ``found`` tell a placement abroad (migrant_worker) with no sexual exploitation: children
    counted among its people ("17 calon PMI ... Tiga di antaranya masih anak-anak", "korban anak") were placed with
    the adults, and tell no exploitation of children of their own."""
    return "migrant_worker" in found and "sexual_exploitation" not in found


def _apply_rule(
    rule: ModusRule, sentences: Sentences, links: list[tuple[int, int]], first: dict[str, tuple[int, int]],
    plain_labels: set[str], name_before: re.Pattern[str],
) -> None:
    """Records in ``first`` the earliest sentence where ``rule`` matches (given the labels plain rules found),
    outside organisations' names."""
    if rule.unless & plain_labels or (rule.with_labels and not rule.with_labels & plain_labels):
        return
    if rule.tally and _among_placed(first):
        return
    text, lowered = sentences.text, sentences.lowered
    pattern, context, haystack = rule.pattern, rule.context, text
    if rule.lower is not None and lowered is not None:
        (pattern, context), haystack = rule.lower, lowered
    found = first.get(rule.label)  # only an earlier sentence can improve on it
    for match in pattern.finditer(haystack, 0, found[0] if found else len(text)):
        if (links and in_spans(match.start(), links)) or in_organisation_name(text, match.start(), name_before):
            continue
        start, end = sentences.span_at(match.start())
        if context is not None and not context.search(haystack, start, end):
            continue
        if rule.unless and _hedged(text, start, end):
            continue
        if rule.person and (_about_a_suspect(text, start, match.start())
                            or _named_suspects_after(text, match.end(), end)
                            or AUDIENCE_BEFORE.search(text, max(start, match.start() - 40), match.start())):
            continue
        if rule.tally and _tallied(sentences, start, end):
            continue
        if rule.article is not None and not rule.article.search(text):
            return  # the article lacks the condition: no other sentence can supply it
        if rule.label not in first or start < first[rule.label][0]:
            first[rule.label] = (start, end)
        return


def _described_span(
    label: DescribedLabel, sentences: Sentences, links: list[tuple[int, int]], found: set[str]
) -> tuple[int, int] | None:
    """The first sentence telling one of ``label``'s conditions, when the article tells as many distinct kinds of
    them as the labels ``found`` ask (each in a sentence that neither supposes nor warns), else None."""
    needed = label.kinds_needed(found)
    if not needed:
        return None
    text, lowered = sentences.text, sentences.lowered
    aside = load_aside()
    told: dict[str, tuple[int, int]] = {}  # kind: its first sentence
    for condition in label.kinds:
        matcher, haystack = (condition.lower, lowered) if lowered is not None else (condition.pattern, text)
        for match in matcher.finditer(haystack):
            if links and in_spans(match.start(), links):
                continue
            start, end = sentences.span_at(match.start())
            if HEDGE.search(text, start, end) or (not condition.habitual and HEDGE_START.match(text, start, end)) or (
                    aside.search(text, start, end)):
                continue
            told[condition.kind] = min(told.get(condition.kind, (start, end)), (start, end))
            break
    return min(told.values()) if len(told) >= needed else None


class ModusComponent:
    """Pipeline component: sets ``doc._.modus``."""

    def __init__(
        self, rules: tuple[ModusRule, ...] | None = None, described: tuple[DescribedLabel, ...] | None = None,
        name_before: re.Pattern[str] | None = None,
    ) -> None:
        self.rules = rules or load_rules()
        self.described = load_described() if described is None else described
        self.name_before = name_before or load_name_heads()

    def __call__(self, doc: Doc) -> Doc:
        doc._.modus = [] if doc._.relevant is False else find_modus(doc, self.rules, self.described, self.name_before)
        return doc


@Language.factory(
    "pantau_modus",
    default_config={"data_dir": "data/modus"},
    assigns=["doc._.modus"],
    requires=["token.is_sent_start", "doc._.relevant"],
)
def make_modus_component(nlp: Language, name: str, data_dir: str) -> ModusComponent:
    """Factory for ``nlp.add_pipe("pantau_modus")``; ``data_dir`` (relative to the ``nlp`` package) holds
    ``patterns.tsv``, ``conditions.tsv``, ``conditions_needed.tsv`` and ``name_heads.txt``."""
    directory = data_path(data_dir)
    return ModusComponent(
        load_rules(directory / "patterns.tsv"),
        load_described(directory / "conditions.tsv", directory / "conditions_needed.tsv"),
        load_name_heads(directory / "name_heads.txt"),
    )
