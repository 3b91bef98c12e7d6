"""Counts of cases, reports, victims and suspects, with their role, trafficking attribution and evidence.

The component ``pantau_counts`` fills ``doc._.counts`` with the extraction contract's
``{role, value, about_tppo, scope, evidence}`` (see ``../shared/eval/README.md``). The same logic runs
without spaCy through :func:`extract_counts`.

How a number becomes a count:

1. :func:`nlp.numerals.find_numbers` finds digits and number words; vague words, ordinals ("ke-13"),
   decimals, dates, ranges and absurd numbers never count.
2. Numbers next to money, dates, ages, law articles, units or attendees are skipped, as are comparison
   deltas ("naik 331 perkara") and hypothetical numbers (targets, assumptions).
3. The role comes from the noun after the number ("22 kasus", "41 tersangka", "5 anak"), from a role noun
   before it ("korban ... sebanyak 16 orang"), from "N di antaranya" (the earlier number's role), or for
   plain people ("7 orang") from the verb or clause around them ("yang menjadi korban", "mengamankan",
   "menangkap", "hendak berangkat"); people of another period in a sentence that restates the last count and
   compares it ("Jumlah itu naik dibanding 2024 yang tercatat 96 orang") are that count's kind. One perpetrator
   named by initials ("satu orang lain berinisial RD") is a single named person, no count.
4. Victim totals are ``victims_rescued`` when they were rescued, secured, stopped, netted in a sweep or taken
   into a safe house (in the sentence, said of them later: "Mereka langsung kami amankan", "Keempat korban
   dititipkan di rumah aman", or in an article that reports such a rescue), else ``victims``; repatriated
   victims, and victims secured at a mission abroad (KBRI), stay ``victims``; victims sent home to their
   families after a rescue ("dipulangkan ke daerah asal") stay rescued. Men secured beside the victims who are
   questioned or are the clients ("tiga pria tamu") are ``arrests``.
5. ``about_tppo`` comes from the words after the number, else the nearest topic word before it in the
   sentence, else the first one after it, else earlier sentences (the last figure counted there, when they name
   both topics or none), else the article's topic.
6. Breakdowns: numbers of men, women and children, by origin ("lima berasal dari Kabupaten X, tiga dari ...", "Lima
   di antaranya berasal dari X dan dua lainnya dari Y") or by country, month or region are parts of a total they add
   up to, and take its rescue and topic (a part rescued on its own stays rescued); parts told only by a state ("dua
   di antaranya mengalami luka") make no count, nor does the rest of such a split ("..., sedangkan empat lainnya
   masih di Irak") unless it was rescued. A group said to be all women, men or children in the next sentence
   ("Ketiganya perempuan berusia 14 dan 16 tahun", "Semuanya laki-laki") is also counted under that role. People
   secured and then named suspects or perpetrators are never rescued victims; the rest of a group of suspects, and
   smaller numbers of suspects that fit in a restated total ("Ketiga tersangka"), are no new counts. Children among a
   group are counted however the part is told ("Tiga dari mereka masih berusia di bawah 18 tahun", "Dari jumlah itu,
   24 merupakan anak", "... dan ada lima anak", names with ages under 18 in apposition); one person of a group ("Ia
   satu dari enam ABK") is no count. Victims named by initials with no number ("korban berinisial AS (16), RN (17)
   dan DW (15)") are counted.
7. The same role and value is one count (the first sentence is its evidence); a group said again as rescued is
   rescued. Lines linking other stories ("Baca juga: ..."), captions and credit lines are never read.
8. A story that never names trafficking ("video asusila", "kawin kontrak") counts its people as trafficking
   victims and perpetrators: the relevance component decides whether it is about trafficking at all.

Lexicons live in ``nlp/data/counts/`` (``role_nouns.tsv``, ``lexicon.yaml``); the link words in
``nlp/data/link_lines.txt``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.tokens import Doc

import nlp.extensions  # noqa: F401  (registers doc._.counts)
from nlp.language import data_path, link_block_end, link_line_spans, link_line_words, sentences_of, token_spans
from nlp.numerals import NumberMention, find_numbers
from nlp.regions import find_region

COUNTS_DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "counts"

GROUP_ROLES = {"child": "victims_child", "female": "victims_female", "male": "victims_male",
               "girl": "victims_child", "boy": "victims_child"}
GROUP_SCOPES = {"child": "anak", "female": "perempuan", "male": "laki-laki", "girl": "anak perempuan",
                "boy": "anak laki-laki"}
# "dua anak perempuan": children who are all girls (or boys) count under both roles.
CHILD_SEX_ROLES = {"girl": "victims_female", "boy": "victims_male"}
CHILD_ROLES = frozenset({"child", *CHILD_SEX_ROLES})
_SEX_OF_GROUP = {"female": "female", "girl": "female", "male": "male", "boy": "male"}
PERSON_CATEGORIES = frozenset({"victim", "suspect", "perpetrator", "neutral", *GROUP_ROLES})
# Words before a group noun that make it the counted people ("terhadap perempuan sebanyak 73").
GROUP_LEADS = frozenset({"terhadap", "korban", "korbannya", "yaitu", "yakni", "adalah", ",", "dan", "sedangkan",
                         "sementara", "didominasi", "meliputi"})
PERSON_CLASSIFIERS = frozenset({"orang", "jiwa"})
_RANGE_LINKS = frozenset({"hingga", "sampai", "-", "–"})  # "dua hingga lima korban": the ends of a range
_COORDINATORS = frozenset({"dan", ",", "serta", "sedangkan", "sementara"})
_ELLIPSIS_LINKS = frozenset({"sebanyak", "mencapai", "berjumlah", "tercatat", "ada"})  # "sedangkan 2023 sebanyak 900"
_PEOPLE_OF_THE_STORY = frozenset({"victim", "suspect", "perpetrator", *GROUP_ROLES})
# Words without which a sentence restates no group counted before ("dari delapan WNI itu", "di antara lima korban",
# "19 orang di antaranya").
_RESTATE_TRIGGERS = frozenset({"dari", "antara", "antaranya", "diantaranya"})
# Words without which a sentence names no people by initials ("AB (30)", "berinisial AB", "tersangka AB dan CD").
_INITIALS_TRIGGERS = frozenset({"(", "berinisial", "inisial", "tersangka", "terdakwa", "pelaku"})
SENTENCE_STOPS = frozenset({".", ";", "!", "?"})
SUSPECT_WORDS = frozenset({"tersangka", "terdakwa", "tersangka-tersangka", "terpidana"})
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W_]+)*|\d+|\S")
_B_WINDOW = 8  # tokens scanned back from a number for its role noun
_VERB_WINDOW = 4  # tokens scanned back from a number for a governing verb
_EMBASSY_PLACE_WINDOW = 3  # words between "di" and the mission: "di penampungan KBRI", "di shelter KJRI"
_COORDINATED_WINDOW = 8  # tokens scanned back for a rescue verb governing coordinated counts
_NAME_LENGTHS = (5, 4, 3, 2, 1)  # words of a region's name ("Kabupaten Timor Tengah Selatan"), longest first
_REGION_WINDOW = 10  # tokens around a count searched for the region it is broken down by
_ORIGIN_WORDS = frozenset({"asal", "dari", "warga", "berasal"})
_AGE_WORDS = frozenset({"berusia", "usia", "berumur", "umur"})
_COUNTRY_LINKS = frozenset({"dengan", "sebanyak", "sejumlah", "yakni", "yaitu", ":"})  # "Kamboja dengan 904 orang"
_RELATIVE_WINDOW = 9  # tokens of a relative clause before the copula that ends it ("yang diselamatkan ... adalah")
_CLAUSE_WINDOW = 20  # tokens scanned after a noun phrase for its verb
# what people do of their own accord, not what was done to them: "dua peserta melapor ke KBRI" (a part that spoke up)
_NO_DEED_ON_THEM = frozenset({"berangkat", "bekerja", "melapor", "melaporkan", "mengadu", "mengadukan"})
_COMPARISONS = frozenset({"dibanding", "dibandingkan", "daripada", "ketimbang"})  # "naik dibanding 2024 yang ..."
_COLLECTIVE_REACH = 5  # sentences back to the group a collective with its number restates ("Kesembilan perempuan")
_RESTATED_REACH = 8  # ... and to people counted without a role that it breaks down ("Kedelapan warga itu terdiri atas")
_LINK_HEADLINE = 160  # characters of a linked headline read on from a link opening a sentence within a line


def normalize_token(token: str) -> str:
    """Lower-case a word and drop the clitic "-nya" ("TPPO-nya" -> "tppo")."""
    token = token.lower()
    return token[:-4] if token.endswith("-nya") and len(token) > 4 else token


def tokenize_phrase(phrase: str) -> tuple[str, ...]:
    """The normalized tokens of a lexicon phrase."""
    return tuple(normalize_token(t) for t in _TOKEN.findall(phrase))


class PhraseSet:
    """Phrases of one or more tokens, matched longest first at a token position."""

    def __init__(self, phrases: Iterable[str] | dict[str, str]) -> None:
        items = phrases.items() if isinstance(phrases, dict) else ((p, p) for p in phrases)
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, value in items:
            tokens = tokenize_phrase(phrase)
            if tokens:
                self._by_first.setdefault(tokens[0], []).append((tokens, value))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: len(entry[0]), reverse=True)

    def match(self, norms: Sequence[str], i: int) -> tuple[int, str] | None:
        """``(length, value)`` of the longest phrase starting at ``norms[i]``, or None."""
        if i < 0 or i >= len(norms):
            return None
        for tokens, value in self._by_first.get(norms[i], ()):
            if tuple(norms[i : i + len(tokens)]) == tokens:
                return len(tokens), value
        return None

    def find_all(self, norms: Sequence[str]) -> list[tuple[int, int, str]]:
        """Every non-overlapping ``(start, length, value)`` match, left to right."""
        if self._by_first.keys().isdisjoint(norms):  # most sentences hold no phrase of a list: one C-level check
            return []
        found: list[tuple[int, int, str]] = []
        by_first, i, n = self._by_first, 0, len(norms)
        while i < n:
            entries = by_first.get(norms[i])  # most words start no phrase: one lookup each
            step = 1
            if entries is not None:
                for tokens, value in entries:
                    size = len(tokens)
                    if size == 1 or tuple(norms[i : i + size]) == tokens:
                        found.append((i, size, value))
                        step = size
                        break
            i += step
        return found



@dataclass(frozen=True)
class CountsLexicon:
    """The counts component's word lists, loaded from ``nlp/data/counts/``."""

    role_nouns: PhraseSet
    lists: dict[str, PhraseSet]
    words: dict[str, frozenset[str]]
    passive_stems: frozenset[str]  # "amankan" of "diamankan": "di amankan" written apart is that verb
    link_words: frozenset[str]  # first words of the link lines ("baca" of "baca juga")
    whole_probes: tuple[str, ...]  # the shortest words of whole_marks ("semua", "seluruh"): a cheap pre-check

    @classmethod
    def load(cls, data_dir: Path = COUNTS_DATA_DIR) -> CountsLexicon:
        roles: dict[str, str] = {}
        for line in (data_dir / "role_nouns.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                phrase, category = line.split("\t")
                roles[phrase.strip()] = category.strip()
        raw = yaml.safe_load((data_dir / "lexicon.yaml").read_text(encoding="utf-8"))
        lists = {key: PhraseSet(str(p) for p in phrases) for key, phrases in raw.items()}
        words = {key: frozenset(normalize_token(str(p)) for p in phrases) for key, phrases in raw.items()}
        passives = {w for key in ("rescue", "arrest", "migration", "repatriation", "sending", "handling")
                    for w in words[key] if w.startswith("di") and len(w) > 4}
        link_phrases = [*link_line_words(), *(str(p) for p in raw["credit_lines"])]  # "baca juga", "editor :"
        lists["link_lines"] = PhraseSet(link_phrases)
        link_words = frozenset(tokenize_phrase(p)[0] for p in link_phrases)
        marks = {w for w in words["whole_marks"] if " " not in w}
        probes = tuple(sorted(w for w in marks if not any(o != w and o in w for o in marks)))
        return cls(PhraseSet(roles), lists, words, frozenset(w[2:] for w in passives), link_words, probes)


@cache
def default_lexicon() -> CountsLexicon:
    """The lexicon shipped with Pantau (loaded once)."""
    return CountsLexicon.load()


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    norm: str
    number: NumberMention | None = None


@dataclass(slots=True)
class _Candidate:
    """A number with a role category, before rescue and topic decisions."""

    value: int
    category: str
    sentence: int
    token: int
    evidence: tuple[int, int]
    scope: str | None = None
    whole_group: str | None = None  # a group noun ("wanita") of which the total is also counted
    group_clause: bool = False  # a group noun followed by a victim clause ("lima perempuan yang menjadi korban")
    noun_end: int = 0
    local_rescue: bool = False
    local_repatriation: bool = False
    past_migration: bool = False
    adults: bool = False  # a group named by a noun of the young whose ages are all 18 or more: not children
    about_tppo: bool = False
    rescued: bool = False
    restated: bool = False  # "dari 12 korban tersebut", "kedua korban": a group named before
    from_people: bool = False  # the role came from the context of plain people or a group noun ("dua pria")
    held: bool = True  # a perpetrator arrested or secured (else only suspected: "diduga menjadi perekrut")
    sought: bool = False  # a perpetrator still hunted ("memburu tiga pria yang diduga memesan korban")
    wanted: bool = False  # a perpetrator on the wanted list ("dua orang lain yang masuk DPO"): not one held
    tally: bool = False  # recorded over a period ("mencatat 412 korban TPPO sepanjang 2025"): no one rescue's
    breakdown_of: _Candidate | None = None  # the victim total this sex breakdown adds up to (its topic too)
    subset: bool = False  # "N di antaranya ...": a part of a group
    other_part: bool = False  # "dua terdakwa lain", "dua orang lain": the rest of a group named around it
    origin_part: bool = False  # a number told by its origin ("lima berasal dari Kabupaten X", "lima di antaranya
    # berasal dari X"): kept only when the parts of its sentence add up to a number of victims
    instead: _Candidate | None = None  # an origin part's other reading ("tiga perempuan"), kept when the parts
    # add up to nothing


class _Sentence:
    """One sentence's tokens with numbers merged into single tokens, and its topic cues."""

    def __init__(self, text: str, start: int, end: int, mentions: list[NumberMention], lexicon: CountsLexicon,
                 words: Sequence[tuple[int, int]] | None = None, lowered: str | None = None, title_end: int = 0):
        self.text, self.start, self.end = text, start, end
        tokens: list[_Token] = []
        norms: list[str] = []
        add_token, add_norm = tokens.append, norms.append
        m, emitted, link_line, count = 0, -1, False, len(mentions)
        ordinals: list[int] = []  # tokens of "ke-13": collectives before a noun of people ("Ke-11 ABK itu")
        upcoming = mentions[0] if count else None  # the next number mention not yet passed
        stems, link_words = lexicon.passive_stems, lexicon.link_words
        spans = words if words is not None else (match.span() for match in _TOKEN.finditer(text, start, end))
        for s, e in spans:
            if upcoming is not None:
                if upcoming.end <= s:
                    while m < count and mentions[m].end <= s:
                        m += 1
                    upcoming = mentions[m] if m < count else None
                if upcoming is not None and upcoming.start < e:
                    if emitted != m:  # a number, or "ke-13" holding one: one token for the whole number
                        norm = _number_norm(upcoming)
                        if upcoming.kind == "ordinal":
                            ordinals.append(len(tokens))
                        add_token(_Token(upcoming.start, upcoming.end, norm, upcoming))
                        add_norm(norm)
                        emitted = m
                    continue
            norm = lowered[s:e] if lowered is not None else text[s:e].lower()
            if len(norm) > 4 and norm[-4:] == "-nya":  # normalize_token, inlined
                norm = norm[:-4]
            if norm in stems and norms and norms[-1] == "di":  # "di amankan" written apart: one verb
                tokens[-1] = _Token(tokens[-1].start, e, "di" + norm)
                norms[-1] = "di" + norm
                continue
            if norm in link_words:
                link_line = True
            add_token(_Token(s, e, norm))
            add_norm(norm)
        if text.find("(", start, end) >= 0:  # "tiga (3) orang": only a sentence with a parenthesis can hold one
            tokens = _merge_parenthesized_duplicates(tokens)
        if link_line:
            tokens = _without_link_lines(text, tokens, lexicon.lists["link_lines"])
        if len(tokens) != len(norms):  # merged or dropped tokens: read the words again
            norms = [t.norm for t in tokens]
        if ordinals:  # "ke-11 ABK": the eleven, if counted before (positions read again past merged tokens)
            ordinals = [i for i, t in enumerate(tokens) if t.number is not None and t.number.kind == "ordinal"]
        self.ordinal_people = [i for i in ordinals if (hit := lexicon.role_nouns.match(norms, i + 1)) is not None
                               and hit[1] in PERSON_CATEGORIES]
        # a capitalised word (a name); in a headline in title case, only acronyms and initials are names
        caps = [text[t.start : t.end].isupper() if t.start < title_end else text[t.start].isupper() for t in tokens]
        self.tokens, self.norms, self.caps = tokens, norms, caps
        self.counts_any = bool(mentions) and any(  # a number that may count, past the dropped link lines
            t.number is not None and t.number.kind in ("cardinal", "collective") for t in tokens)
        tppo_found = lexicon.lists["tppo_topic"].find_all(self.norms)
        self.tppo_cues = [i for i, _, _ in tppo_found]
        inside = {k for i, length, _ in tppo_found if length > 1 for k in range(i + 1, i + length)}
        # not a word inside a trafficking phrase ("judi" of "perusahaan judi", a scam compound)
        self.other_cues = [i for i, _, _ in lexicon.lists["other_topic"].find_all(self.norms) if i not in inside]
        if "pidana" in norms:  # "menangani 2.815 kasus tindak pidana, dan 2.204 kasus di antaranya ...": all crime
            general = [i for i, norm in enumerate(norms) if norm == "pidana" and _crime_in_general(norms, i)]
            self.other_cues = sorted({*self.other_cues, *general})
        self.tppo_cue_set, self.other_cue_set = set(self.tppo_cues), set(self.other_cues)
        self.named_one = False  # one person is named by initials, not counted ("Terdakwa AB (50) divonis ...")


    def first_collective(self) -> int | None:
        """The position of the first collective number ("keempatnya"), or None."""
        return next((i for i, t in enumerate(self.tokens) if t.number is not None and t.number.kind == "collective"),
                    None)


def _within_a_link(links: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` lies within one of the link lines ``links``."""
    return any(link_start <= start and end <= link_end for link_start, link_end in links)


def _without_link_lines(text: str, tokens: list[_Token], link_lines: PhraseSet) -> list[_Token]:
    """Without the lines that link or credit other pages ("Baca juga: ... 500 Laporan ...", "Editor: ..."): a
    line that starts with such words is dropped up to its line break (with the headlines listed below a bare "Baca
    juga:", ``link_block_end``), so its numbers and topic words never count."""
    norms = [t.norm for t in tokens]
    dropped: list[tuple[int, int]] = []
    for i, length, _ in link_lines.find_all(norms):
        line_start = text.rfind("\n", 0, tokens[i].start) + 1
        line_end = text.find("\n", tokens[i].start)
        line_end = line_end if line_end >= 0 else len(text)
        if i > 0 and norms[i - 1] == "(":  # a caption in parentheses ("(Foto: 5 tersangka ...)")
            close = text.find(")", tokens[i].start, line_end)
            dropped.append((tokens[i - 1].start, close + 1 if close >= 0 else line_end))
        elif not text[line_start : tokens[i].start].strip(" \t\"'“”*-•"):  # at the start of its line
            dropped.append((tokens[i].start, link_block_end(text, tokens[i + length - 1].end, line_end)))
        elif i == _first_word(norms) and ":" in norms[i : i + length + 1]:  # a link opening a sentence within a
            dropped.append((tokens[i].start, min(line_end, tokens[i].start + _LINK_HEADLINE)))  # line: "Baca juga:"
    if not dropped:
        return tokens
    return [t for t in tokens if not any(start <= t.start < end for start, end in dropped)]


def region_scope(sentence: _Sentence, j: int, noun_end: int) -> str | None:
    """The official name of a region named in the count's clause ("Kepri ... yakni 140 korban",
    "10 korban dari Kabupaten Kupang"), nearest first; None when there is none."""
    tokens, norms = sentence.tokens, sentence.norms
    after = []
    for i in range(noun_end, min(len(tokens), noun_end + _REGION_WINDOW)):
        if norms[i] in ("#num", ",", ";", ":", *SENTENCE_STOPS):
            break
        after.append(i)
    before = []
    for i in range(j - 1, max(-1, j - 1 - _REGION_WINDOW), -1):
        if norms[i] == "," and i == j - 2 and norms[j - 1] in _COUNTRY_LINKS:
            continue  # "Paling banyak dari Nusa Tenggara Barat, yaitu 11 orang": the region before the comma
        if norms[i] in ("#num", ",", ";", ":", *SENTENCE_STOPS):
            break
        before.append(i)
    # "25 orang asal NTB dan 15 orang asal NTT", "lima warga Kabupaten X dan tiga warga Kabupaten Y": a region
    # introduced right after the noun is its own
    own_after = after and (norms[after[0]] in _ORIGIN_WORDS or norms[noun_end - 1] in ("warga", "penduduk"))
    ordered = [*after, *before] if own_after else [*before, *after]
    for i in ordered:
        word = sentence.text[tokens[i].start : tokens[i].end]
        if not word[:1].isupper() or (i > 0 and sentence.caps[i - 1] and norms[i - 1] not in _ORIGIN_WORDS):
            continue  # only where a capitalized name starts ("Asal Jawa Tengah 8 orang": after a capitalized "Asal")
        for length in _NAME_LENGTHS:  # longest first: "Kabupaten Sumba Barat Daya", not "Kabupaten Sumba Barat"
            if i + length > len(tokens) or any(not sentence.text[tokens[k].start][:1].isupper() for k in
                                               range(i, i + length)):
                continue
            name = sentence.text[tokens[i].start : tokens[i + length - 1].end]
            region = find_region(name)
            if region is not None:
                return region.name
            country = foreign_countries().get(name.lower())
            gap = norms[i + length : j]  # a breakdown by country names it right before the number
            if country is not None and i < j and (not gap or (len(gap) == 1 and gap[0] in _COUNTRY_LINKS)):
                return country  # "Kamboja dengan 904 orang, disusul Myanmar 371 orang"
            if country is not None and i == noun_end + 1 and norms[noun_end] in ("dari", "di"):
                return country  # "yakni 40 orang dari Malaysia dan 16 orang dari Kamboja"
    return None


@cache
def foreign_countries() -> dict[str, str]:
    """Foreign place names (lower case) -> English country, from ``nlp/data/destinations/countries.tsv``; names
    listed in capitals (abbreviations) are left out."""
    names: dict[str, str] = {}
    for line in (COUNTS_DATA_DIR.parent / "destinations" / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            name, country = line.split("\t")[:2]
            if name == name.lower():
                names[name.strip()] = country.strip()
    return names


def _restate_ordinals(sentence: _Sentence, counted: set[int]) -> None:
    """ "Ke-11 ABK itu" before a noun of people restates a group counted before, as "kesebelas" does: it becomes a
    collective when its number was counted earlier in the article (an ordinal is never a new count)."""
    for i in sentence.ordinal_people:
        mention = sentence.tokens[i].number
        if mention is not None and mention.value in counted:
            collective = NumberMention(mention.start, mention.end, mention.text, mention.value, "collective")
            sentence.tokens[i] = _Token(mention.start, mention.end, "#collective", collective)
            sentence.norms[i] = "#collective"
            sentence.counts_any = True


def _names_country(sentence: _Sentence) -> bool:
    """Whether a capitalized word of the sentence names a foreign country or place ("Thailand", "Myawaddy")."""
    countries, text = foreign_countries(), sentence.text
    return any(cap and countries.get(sentence.norms[i]) is not None and text[sentence.tokens[i].start].isupper()
               for i, cap in enumerate(sentence.caps))


def _token_value(sentence: _Sentence, i: int) -> int | None:
    """The value of the number token at ``i``."""
    number = sentence.tokens[i].number
    return number.value if number else None


def _number_norm(mention: NumberMention) -> str:
    """ "#num" for a number that may count, "#other" for years, dates, decimals and ordinals."""
    if mention.kind == "collective":
        return "#collective"  # "ketiga": blocks no scan ("peringkat ketiga dengan 79 korban")
    if mention.kind != "cardinal" or mention.value is None:
        return "#other"
    if len(mention.text) == 4 and 1900 <= mention.value <= 2100:
        return "#other"
    return "#num"


def _merge_parenthesized_duplicates(tokens: list[_Token]) -> list[_Token]:
    """Drop "(3)" after "tiga" (the same number written twice)."""
    out: list[_Token] = []
    i = 0
    while i < len(tokens):
        out.append(tokens[i])
        current = tokens[i].number
        if (current is not None and i + 3 < len(tokens) and tokens[i + 1].norm == "(" and tokens[i + 3].norm == ")"
                and tokens[i + 2].number is not None and tokens[i + 2].number.value == current.value):
            i += 4
        else:
            i += 1
    return out


class CountsExtractor:
    """Finds the counts of an article's text (compile once, call many times)."""

    def __init__(self, lexicon: CountsLexicon | None = None) -> None:
        self.lex = lexicon or default_lexicon()
        self.lists = self.lex.lists
        self.words = self.lex.words
        # "mahasiswa" -> "mahasiswi": a masculine noun of people and its feminine form
        self.feminine_of = dict(reversed(pair.split()) for pair in self.words["sex_pairs"])

    # ---- public -------------------------------------------------------------------------------------------
    def extract(self, text: str, sentences: Sequence[tuple[int, int]] | None = None,
                title: str | None = None, words: Sequence[tuple[int, int]] | None = None,
                lowered: str | None = None) -> list[dict]:
        """The counts of ``text``; ``sentences`` are (start, end) character offsets (default: simple split),
        ``words`` the (start, end) of its tokens, a Doc's (default: a regex split of each sentence), and
        ``lowered`` the text lower-cased at the same offsets, when the caller has it."""
        if not text:
            return []
        if lowered is None or "\u03a3" in text:  # a slice of the lowered text is the lowered slice (not so for sigma)
            lowered = text.lower()
            lowered = lowered if len(lowered) == len(text) and "\u03a3" not in text else None
        spans = list(sentences) if sentences is not None else simple_sentences(text)
        mentions = find_numbers(text)
        starts = [m.start for m in mentions]
        word_starts = [s for s, _ in words] if words is not None else []
        parsed: list[_Sentence] = []
        title_end = _title_case_end(text, title)
        links = link_line_spans(text, lowered)
        for start, end in spans:
            if links and _within_a_link(links, start, start + len(text[start:end].rstrip())):
                continue  # a headline listed below "Baca juga:", split off as a sentence of its own
            lo, hi = bisect_left(starts, start), bisect_left(starts, end)
            in_sentence = None
            if words is not None:
                in_sentence = words[bisect_left(word_starts, start) : bisect_left(word_starts, end)]
            parsed.append(_Sentence(text, start, end, mentions[lo:hi], self.lex, in_sentence, lowered,
                                    title_end if not parsed else 0))
        title_norms = [normalize_token(t) for t in _TOKEN.findall(title or "")]
        article = self._article_facts(parsed, title_norms)
        article["collectives"] = [m.start for m in mentions if m.kind == "collective"]  # "keempatnya"
        article["whole_words"] = _occurrences(lowered if lowered is not None else text.lower(), self.lex.whole_probes)
        candidates: list[_Candidate] = []
        for s_index, sentence in enumerate(parsed):
            candidates.extend(self._sentence_candidates(s_index, sentence, article, candidates))
        candidates = [c for c in candidates if not self._of_another_case(parsed[c.sentence], c.token)]
        headline_people = self._headline_people(candidates, article, title)
        if headline_people is not None:
            candidates.insert(0, headline_people)
        _teens_with_children_among_them(candidates, parsed)
        self._mark_rescued_groups(candidates)
        self._decide_rescue(candidates, article)
        rescued_values = {c.value for c in candidates if c.rescued and (c.category == "victim" or c.whole_group)}
        first_rescued = {}  # the sentence where each rescued group is first told
        for c in candidates:
            if c.rescued and (c.category == "victim" or c.whole_group):
                first_rescued.setdefault(c.value, c.sentence)
        headline = title is not None and text.lstrip().startswith(title.strip()[:40])
        for c in candidates:  # a total gets one role: a restated rescued group stays rescued; so does the
            # headline's, which restates the body in fewer words ("... dengan 23 Korban" / "diselamatkan 23 orang")
            said_again = _plain_total(c) and c.sentence > first_rescued.get(c.value, len(parsed))
            if ((c.restated or (headline and c.sentence == 0) or said_again) and (
                    c.category == "victim" or c.whole_group) and c.value in rescued_values):
                c.rescued = True  # "Korban ada delapan orang" after the eight were rescued: the same group
        _rescue_restated_groups(candidates)
        _mark_region_breakdowns(candidates)
        named_one = {i for i, s in enumerate(parsed) if s.named_one}
        charging = {i for i, s in enumerate(parsed) if not SUSPECT_WORDS.isdisjoint(s.norms)}
        candidates = _without_suspect_breakdowns(_without_parts_of_charged_groups(candidates, named_one, charging))
        candidates = _without_mixed_groups(self._without_parts_of_suspect_total(candidates, parsed))
        _groups_of_both_sexes(candidates)
        self._decide_topic(candidates, parsed, article)
        return _dedupe(self._to_counts(candidates, article))

    def _of_another_case(self, sentence: _Sentence, token: int) -> bool:
        """Whether a number comes after words setting another case or group apart from the article's ("Kasus ini tidak
        terkait dengan lima WNI tujuan Kamboja yang dicegah awal pekan"), or in a clause telling of an earlier act
        before the main clause tells of the act again ("Belum sepekan setelah tujuh calon PMI digagalkan, petugas
        kembali menggagalkan keberangkatan tiga perempuan")."""
        norms = sentence.norms
        if any(start + length <= token for start, length, _ in self.lists["other_case_marks"].find_all(norms)):
            return True
        if any(start + length == token for start, length, _ in self.lists["other_group_marks"].find_all(norms)):
            return True  # "Rombongan ini berbeda dengan sebelas PMI yang dipulangkan pekan lalu": another group
        return self._in_earlier_clause(sentence, token) or self._others_at_another_time(norms, token) or \
            self._earlier_group_closing(norms, token)

    def _earlier_group_closing(self, norms: list[str], token: int) -> bool:
        """Whether a number sits in a clause opened by "setelah" that closes the sentence and sets its people at an
        earlier time ("Ini merupakan pemulangan kedua bulan ini, setelah 12 perempuan asal Lombok Timur pekan
        lalu"), or a span of days before it at the same place ("tiga hari setelah petugas di bandara yang sama menunda
        enam perempuan"): the group of an earlier act, told to compare."""
        openers = [start for start, length, _ in self.lists["earlier_act_openers"].find_all(norms[:token])]
        if not openers or any(n in (",", ";") for n in norms[openers[-1] : token]):
            return False
        rest = norms[token:]
        end = next((i for i, n in enumerate(rest) if n in (",", ";", *SENTENCE_STOPS)), len(rest))
        if end < len(rest) and rest[end] in (",", ";"):
            return False  # the clause opens the sentence; a main clause follows
        at = openers[-1]  # "..., tiga hari setelah petugas di bandara yang sama menunda enam perempuan": days before,
        # at the same place, another act (not "dua hari setelah sepuluh calon pekerja dicegat": the case's own step)
        if (norms[at - 1 : at] in (["sehari"], ["sepekan"], ["seminggu"], ["sebulan"]) or (
                at >= 2 and norms[at - 1] in ("hari", "pekan", "minggu", "bulan") and norms[at - 2] == "#num")) and \
                any(norms[i : i + 2] == ["yang", "sama"] for i in range(at, token)):
            return True
        return any(start > 0 for start, _, _ in self.lists["earlier_time_marks"].find_all(rest[:end]))

    def _others_at_another_time(self, norms: list[str], token: int) -> bool:
        """Whether people are counted as others who also went through it ("lain juga", "lainnya pun") in a sentence
        set at an earlier time before them ("Pada Selasa pekan ini, sembilan calon PMI lain juga digagalkan di pos
        yang sama"): another group than the article's."""
        others = next((i for i in range(token + 1, min(len(norms) - 1, token + 5))
                       if norms[i] in ("lain", "lainnya") and norms[i + 1] in ("juga", "pun")), None)
        marks = self.lists["earlier_time_marks"].find_all(norms[:token])
        if others is not None and any(start + length <= token for start, length, _ in marks):
            return True
        # the sentence opens at an earlier time and its people also went through it ("Bulan lalu, sembilan
        # perempuan korban eksploitasi juga dipulangkan melalui pos yang sama"): an earlier group, told to compare
        opening = _first_word(norms)
        also = next((i for i in range(token + 1, min(len(norms), token + 9))
                     if norms[i] in ("juga", "pun") or norms[i] in (",", ";", *SENTENCE_STOPS)), None)
        return also is not None and norms[also] in ("juga", "pun") and any(
            start == opening and norms[start + length : start + length + 1] == [","] for start, length, _ in marks)

    def _in_earlier_clause(self, sentence: _Sentence, token: int) -> bool:
        """Whether a number sits in a clause opened by "setelah"/"usai" and closed by a comma, whose main clause
        tells of the act again ("kembali menggagalkan", "giliran enam warga X yang tiba") and counts people of its
        own."""
        norms = sentence.norms
        openers = [start for start, length, _ in self.lists["earlier_act_openers"].find_all(norms[:token])]
        if not openers or "," in norms[openers[-1]:token]:
            return False
        try:
            comma = norms.index(",", token)
        except ValueError:
            return False
        main = range(comma + 1, len(norms) - 1)
        again = [i + 1 for i in main if norms[i] == "kembali" and norms[i + 1][:2] in ("me", "di", "te")]
        counts_its_own = any(sentence.tokens[i].number is not None for i in range(comma + 1, len(norms)))
        if not again:  # "..., giliran enam warga Kabupaten X yang tiba": the next group's turn
            return "giliran" in norms[comma + 1 : comma + 4] and counts_its_own
        # the main clause counts people of its own, or tells the act itself again ("kembali mengamankan calon korban
        # perdagangan orang", "upaya serupa kembali terungkap"), not a step done to the same people ("kembali
        # memeriksa mereka")
        return counts_its_own or any(
            self.lists[key].match(norms, i) for i in again for key in ("rescue", "arrest")) or (
            "serupa" in norms[comma + 1 : again[0]])

    # ---- article -------------------------------------------------------------------------------------------
    def _article_facts(self, sentences: list[_Sentence], title_norms: list[str]) -> dict:
        tppo = sum(len(s.tppo_cues) for s in sentences) + len(self.lists["tppo_topic"].find_all(title_norms))
        other = sum(len(s.other_cues) for s in sentences) + len(self.lists["other_topic"].find_all(title_norms))
        all_norms = {n for s in sentences for n in s.norms}
        named = self.lists["tppo_named"]
        return {
            "named": bool(named.find_all(title_norms)) or self._names_trafficking(sentences),
            "tppo_cues": tppo,
            "other_cues": other,
            "has_tersangka": bool(all_norms & SUSPECT_WORDS),
            "repatriation": any(self._brought_back(s.norms) for s in sentences),
            "state_parts": [],  # "empat dari lima korban sudah bersekolah" (sentence, token, part, total): dropped
            "restated_at": {},  # number -> the last sentence restating it by a collective ("Ke-25 WNI itu ...")
            "sentences": sentences,
            "victims_seen": False,  # a victim or a group of victims was counted in an earlier sentence
            "last_victim_total": 0,  # the last victim total counted (not a part of one)
            "parts_told": {},  # (group, value) of people told by sex or age as a part -> the victim total they are of
            "values_told": set(),  # the numbers written so far (a collective of a new one names its group first)
            "loose": [],  # numbers of people that got no role (sentence, token, value): a later breakdown may
        }

    @staticmethod
    def _headline_people(candidates: list[_Candidate], article: dict, title: str | None) -> _Candidate | None:
        """The people a story is about, when it counts no victims otherwise: a number of people named by a noun
        of people ("mahasiswa", "pekerja", "pemandu lagu") in the lead's first two sentences and again in the
        title ("Sembilan mahasiswa ... mengadu ke DPRD" under "9 Mahasiswa ... Mengadu ke DPRD"). Whether they are
        trafficking victims is the relevance component's decision, as for every count of the article."""
        leads = [x for x in article["loose"] if x[0] <= 1 and x[4] == "neutral"]
        if not title or not leads or any(c.category == "victim" or c.category in GROUP_ROLES for c in candidates):
            return None
        in_title = {m.value for m in find_numbers(title) if m.kind == "cardinal"}
        lead = next((x for x in leads if x[2] in in_title), None)
        return _loose_total(lead) if lead is not None else None

    def _brought_back(self, norms: list[str]) -> bool:
        """Whether the sentence repatriates people ("dipulangkan dari Malaysia"), not only sends rescued victims
        home to their families ("sebelum dipulangkan ke daerah asal") or tells of a return still to come
        ("diserahkan ke BP3MI untuk dipulangkan"), which leave the rescue standing."""
        home, to_come = self.lists["home_return"], self.words["return_to_come"]
        return any(not any(home.match(norms, k) for k in range(i + length, i + length + 3))
                   and not (i > 0 and norms[i - 1] in to_come)
                   for i, length, _ in self.lists["repatriation"].find_all(norms))

    def _names_trafficking(self, sentences: list[_Sentence]) -> bool:
        """Whether a sentence names trafficking itself ("TPPO", "perdagangan orang"), not only a sign of it."""
        named = self.lists["tppo_named"]
        for sentence in sentences:
            for i in sentence.tppo_cues:
                if named.match(sentence.norms, i):
                    return True
        return False

    # ---- sentence ------------------------------------------------------------------------------------------
    def _sentence_candidates(self, s_index: int, sentence: _Sentence, article: dict,
                             earlier: list[_Candidate]) -> list[_Candidate]:
        norms, tokens = sentence.norms, sentence.tokens
        found: list[_Candidate] = []
        if norms[:1] == ["mereka"] and (self._called_suspects(norms, 1) or self._perpetrators_said(norms, 1)):
            _recast_as_perpetrators(earlier, None, s_index)  # "Mereka diduga sebagai perekrut"
        if sentence.ordinal_people:
            _restate_ordinals(sentence, {c.value for c in earlier})
        consumed = None
        if article["collectives"] or article["whole_words"]:  # the article has "keempatnya", "semua" or "seluruh"
            said_whole, consumed = self._whole_group_said(s_index, sentence, earlier, article)
            found.extend(said_whole)
        first = _first_word(norms)
        number = tokens[first].number if first < len(tokens) else None
        months = self.words["months"]
        if ((number is not None and number.kind == "collective")  # "Ketiganya sudah kami amankan"
                or not sentence.counts_any  # "Para korban diselamatkan", or on a date: "pada 12 Desember 2025"
                or all(norms[i + 1 : i + 2] and norms[i + 1] in months for i, n in enumerate(norms) if n == "#num")):
            self._rescued_as_subject(s_index, sentence, earlier, article)
            self._rescued_as_object(s_index, sentence, earlier)
        if not sentence.counts_any:
            initials = self._initials_group(s_index, sentence, found)  # a sentence without numbers counts only these
            return [*found, initials] if initials is not None else found
        hypothetical_from = next((i for i, _, _ in self.lists["hypothetical"].find_all(norms)), None)
        attendance = self._attendance(norms)
        victim_context = self._has_victim_context(norms) or (  # "Mereka terdiri dari lima warga Kabupaten X ..."
            bool(self.lists["breakdown_marks"].find_all(norms))
            and any(c.category in ("victim", *GROUP_ROLES) for c in earlier[-1:]))
        wanted = bool(self.lists["wanted_marks"].find_all(norms))
        restated = article["restated_at"]  # "Ke-25 WNI itu terdiri atas ...": the total told again is near
        # victims counted just before: also women or men counted as a group, not yet told as victims ("Enam perempuan
        # dicegah di bandara. Keenamnya berasal dari Kabupaten X sebanyak empat orang dan Kabupaten Y dua orang.")
        victim_totals = {c.value for c in earlier[-6:] if (c.category == "victim" or c.whole_group or (
                             c.category in ("female", "male") and c.breakdown_of is None and not c.subset
                             and not (c.scope or "").startswith("of ")))
                         and max(c.sentence, restated.get(c.value, -1)) >= s_index - 2}
        held: bool | None = None  # people held, not only sought (looked up once, when a perpetrator is counted)
        total, total_parts = self._sex_breakdown_total(s_index, sentence, earlier, article)
        suspects_split_at = self._suspects_broken_down(norms)  # "Keenam tersangka, yang terdiri atas lima laki-laki"
        attendance = attendance and total is None  # "Para peserta, 14 pria dan ...": the victims of before
        head = _partition_head(norms)
        # groups restated anywhere in the article ("dari delapan WNI itu")
        article["victim_values"] = set() if _RESTATE_TRIGGERS.isdisjoint(norms) else _victim_values(earlier)
        victim_context = victim_context or total is not None or (
            head is not None and _token_value(sentence, head) in article["victim_values"])
        for j, token in enumerate(tokens):
            mention = token.number
            if mention is None or mention.value is None or mention.kind not in ("cardinal", "collective"):
                continue
            first_told = mention.value not in article["values_told"]
            article["values_told"].add(mention.value)
            if mention.value == 1 and (norms[j + 2 : j + 3] in (["saja"], ["pun"])
                                       or norms[max(0, j - 2) : j] == ["lebih", "dari"]):
                continue  # "Satu korban saja sudah terlalu banyak": one said for emphasis; "melibatkan lebih dari
                # satu korban": more than one, no count
            if mention.value == 0 or norms[j] == "#other" or j == consumed or self._skipped(norms, j):
                continue  # not "sejak 2022 para ...", nor "Ketiganya" of "Ketiganya perempuan" (counted above)
            if hypothetical_from is not None and hypothetical_from < j:
                continue
            if mention.kind == "collective":
                restated[mention.value] = s_index
            candidate = self._classify(norms, j, mention, s_index, sentence, found or earlier[-1:],
                                       victim_context, attendance, article, victim_totals)
            if (candidate is not None and suspects_split_at is not None and j > suspects_split_at
                    and candidate.category in GROUP_ROLES):
                continue  # the suspects by sex, not victims
            if candidate is not None and candidate.category == "perpetrator":
                if held is None:
                    held = any(self.lists[key].find_all(norms) for key in ("arrest", "rescue"))
                candidate.held = held
                candidate.sought = self._verb_before(norms, j, "pursuit", _COORDINATED_WINDOW) is not None
            if candidate is None and mention.kind == "collective" and (
                    self._called_suspects(norms, j + 1) or self._wanted_in_clause(norms, j + 1)):
                # "Keduanya kini berstatus tersangka", "Keduanya kini masuk daftar pencarian orang (DPO)": the people
                # secured or sought just before are suspects
                candidate = _Candidate(mention.value, "suspect", s_index, j, (sentence.start, sentence.end))
                _recast_as_perpetrators(earlier, mention.value, s_index)
            elif candidate is None and mention.kind == "collective" and self._not_yet_suspects(norms, j + 1):
                _recast_as_held(earlier + found, mention.value, s_index)  # "Keduanya belum ditetapkan tersangka"
            elif candidate is None and mention.kind == "collective" and self._called_perpetrators(norms, j + 1):
                _recast_as_perpetrators(earlier, mention.value, s_index)  # "Keempatnya diduga calo PMI"
            elif candidate is None and mention.kind == "collective" and not _others_with_the_one_named(
                    earlier + found, mention.value, s_index) and first_told and self._group_first_named(
                    norms, j, mention.text, article["sentences"][s_index - 1].norms if s_index else []):
                # "Ketiganya direkrut ...", "ketiga pemuda itu dijanjikan ...": no number before ("Dua pemuda lain
                # ... Ketiganya": the others and the one named before)
                candidate = _Candidate(mention.value, "victim", s_index, j, (sentence.start, sentence.end))
                self._mark_victim_state(candidate, norms, j, j + 1, sentence.caps)
            elif candidate is None and mention.kind == "cardinal":
                candidate = _compared_period(sentence, j, s_index, earlier)  # "dibanding 2024 yang tercatat 96 orang"
            if norms[j] == "#num" and not attendance and (candidate is None or _reads_as_origin(candidate)):
                origin = self._origin_part(sentence, j, s_index)  # "Tiga perempuan berasal dari Kabupaten X"
                if origin is not None:
                    origin.instead, candidate = candidate, origin
            if candidate is None and not attendance and norms[j] == "#num" and j + 1 < len(norms) and norms[
                    j + 1] not in (
                    ",", "(", ")", "dari", *SENTENCE_STOPS):
                role, _, noun_end, _ = self._role_after(norms, j)
                if not (self._legal_placement_before(norms, j) or self._legal_placement(norms, noun_end)) or \
                        self.lists["rescue"].find_all(norms):
                    # not "45 PMI ... dilepas melalui skema penempatan resmi": a later breakdown of workers placed
                    # lawfully ("terdiri dari 38 perempuan dan tujuh laki-laki") counts no victims (people stopped,
                    # "menunda keberangkatan delapan warga yang terdaftar sebagai calon jemaah umrah", are no such)
                    article["loose"].append((s_index, j, mention.value, (sentence.start, sentence.end), role))
            if candidate is not None:
                if total is not None and candidate.category in total_parts:
                    candidate.breakdown_of = total
                candidate.wanted = wanted and candidate.category in ("suspect", "perpetrator")
                if candidate.category == "perpetrator" and wanted:
                    candidate.category = "suspect"  # "satu perekrut yang berstatus DPO"
                elif candidate.category == "perpetrator" and candidate.held and not (
                        candidate.other_part and any(c.category in ("suspect", "perpetrator", "held")
                                                     for c in (*earlier, *found))) and \
                        self._not_yet_suspects(norms, candidate.noun_end or j + 1):
                    # "polisi juga mengamankan dua penjaga yang masih berstatus saksi", also the others beside one
                    # suspect named alone ("Dua orang lainnya ... turut diamankan dan masih menjalani pemeriksaan");
                    # not people only heard as witnesses ("memeriksa dua pengurus sebagai saksi"), nor the rest of a
                    # counted group a part of which was named suspects ("dua lainnya sebagai saksi": the group is the
                    # arrest count)
                    candidate.category = "held"
                if not self._one_named_perpetrator(norms, candidate):
                    found.append(candidate)
        _link_children_by_sex(found)
        if total is not None and total.sentence < s_index and not any(c is total for c in earlier):
            found.append(total)  # "Sebanyak 26 mahasiswa ...": the total that this breakdown adds up to
        if any(c.origin_part for c in found):
            found = self._settle_origin_parts(s_index, sentence, found, earlier, article, head)
        initials = self._initials_group(s_index, sentence, found)
        if initials is not None:
            found.append(initials)
        found = self._without_enumerated_suspects(sentence, found)
        whole = max(victim_totals, default=0)
        for c in found:
            if c.category in GROUP_ROLES and c.whole_group is None and whole > c.value:
                article["parts_told"].setdefault((c.category, c.value), whole)
        if not article["victims_seen"]:
            article["victims_seen"] = any(c.category in ("victim", *GROUP_ROLES) for c in found)
        totals = [c.value for c in found if c.category == "victim" and c.breakdown_of is None and not c.subset
                  and not c.origin_part and not (c.scope or "").startswith("of ")]
        if totals:
            article["last_victim_total"] = totals[-1]
        return found

    def _whole_group_said(self, s_index: int, sentence: _Sentence, earlier: list[_Candidate],
                          article: dict) -> tuple[list[_Candidate], int | None]:
        """The victims counted just before said to be all women, men or children, and the token of the number that
        says it: "Ketiganya perempuan berusia 14 dan 16 tahun", "Keenamnya, semuanya laki-laki, ...", "Semuanya
        perempuan berusia 14 hingga 16 tahun", "para buruh yang seluruhnya laki-laki itu". The group is given
        under its role (and as children when every age told is under 18); a number of people named before without
        a role ("lima pemandu lagu") becomes the victim total it describes."""
        loose, collective = article["loose"], _any_within(article["collectives"], sentence)
        reach = _COLLECTIVE_REACH if collective else 2  # "Kesembilan perempuan itu": the nine, told a while before
        if not ((earlier and earlier[-1].sentence >= s_index - reach) or (loose and loose[-1][0] >= s_index - 2)):
            return [], None  # no people counted just before
        norms = sentence.norms
        at = sentence.first_collective() if collective else None  # "Keempatnya"
        value = sentence.tokens[at].number.value if at is not None else None
        if at is None:
            if not _any_within(article["whole_words"], sentence):  # no "semua" or "seluruh" in the sentence
                return [], None
            at = self._whole_mark_of_group(norms)
            if at is None:
                return [], None
        k = at + 1 if value is not None else at
        for _ in range(3):  # ", semuanya ,", "seluruh korban merupakan"
            mark = self.lists["whole_marks"].match(norms, k)
            if k < len(norms) and norms[k] == ",":
                k += 1
            elif mark:
                k += mark[0]
            elif value is None and (hit := self.lex.role_nouns.match(norms, k)) and hit[1] in ("victim", "neutral"):
                k += hit[0]
        said_at, k = k, self._past_copulas(norms, k)
        hit = self.lex.role_nouns.match(norms, k)
        by_age = value is not None and not hit and self._all_minors(sentence, said_at)
        if by_age:
            hit = (0, "child")  # "Ketiganya saat itu masih berusia 15, 16 dan 17 tahun": all of them children
        if not hit or hit[1] not in GROUP_ROLES:
            return [], None
        if hit[1] in CHILD_ROLES and self._all_adults(sentence, k + hit[0]):
            return [], None  # "Kesembilan remaja berusia 18 sampai 20 tahun itu ...": young adults, no children
        total = self._described_total(s_index, value, earlier, article, groups=by_age)
        if total is None:
            return [], None
        evidence = (sentence.start, sentence.end)
        found = [] if any(c is total for c in earlier) else [total]
        categories = [hit[1]]
        if hit[1] not in ("child", "girl", "boy") and self._all_minors(sentence, k + hit[0]):
            categories.append("child")  # "Semuanya perempuan berusia 14 hingga 16 tahun"
        for category in categories:
            part = _Candidate(total.value, category, s_index, at, evidence, GROUP_SCOPES[category],
                              noun_end=k + hit[0], from_people=True)
            part.breakdown_of = total
            found.append(part)
        return found, (at if value is not None else None)

    def _whole_mark_of_group(self, norms: list[str]) -> int | None:
        """Where a sentence says all of a group named without a number: at its start ("Semuanya perempuan ...",
        "Seluruh korban merupakan anak"), after "para ... yang" ("para buruh yang seluruhnya laki-laki") or in
        apposition to a victim noun ("korban, seluruhnya laki-laki, ...")."""
        first = _first_word(norms)
        if self.lists["whole_marks"].match(norms, first):
            return first
        for i, _, _ in self.lists["whole_marks"].find_all(norms):
            if norms[i] == "yang" and "para" in norms[max(0, i - 4) : i] and "#num" not in norms[max(0, i - 4) : i]:
                return i
            if i >= 2 and norms[i - 1] == "," and norms[i] in ("seluruhnya", "semuanya"):  # "korban, seluruhnya
                hit = self.lex.role_nouns.match(norms, i - 2)  # laki-laki, dijanjikan ...": a victim noun apposed
                if hit and hit[1] == "victim" and "#num" not in norms[max(0, i - 4) : i]:
                    return i
        return None

    def _described_total(self, s_index: int, value: int | None, earlier: list[_Candidate],
                         article: dict, groups: bool = False) -> _Candidate | None:
        """The victim total a statement about the whole group describes: the last people counted in this or the
        two sentences before when they are victims (of ``value``, when the statement gives one; with ``groups``,
        also a group of them: "tiga gadis ... Ketiganya masih berusia 15, 16 dan 17 tahun"), else people named
        there without a role ("polisi mendapati lima pemandu lagu ...")."""
        reach = 2 if value is None else _COLLECTIVE_REACH  # a number names its group further back than "Semuanya"
        recent = [c for c in earlier if c.sentence >= s_index - reach and c.category in PERSON_CATEGORIES
                  and c.breakdown_of is None and not (c.scope or "").startswith("of ")]
        if value is None and recent and (recent[-1].other_part or recent[-1].subset):
            wholes = [c for c in earlier if c.sentence >= s_index - _COLLECTIVE_REACH and c.category == "victim"
                      and not (c.other_part or c.subset or c.breakdown_of or (c.scope or "").startswith("of "))
                      and c.value > recent[-1].value]
            if wholes:  # "Semuanya laki-laki" after "... lima dari X. Sembilan lainnya dari Y": the whole group
                return max(wholes, key=lambda c: c.value)
        if value is None and any(c.scope is None for c in recent):  # "Seluruhnya laki-laki" after "... dan satu
            recent = [c for c in recent if c.scope is None]  # orang dari Kabupaten X": the group, not its last part
        if value is not None:
            recent = [c for c in recent if c.value == value]
        if recent:
            last = recent[-1]
            return last if last.category == "victim" or last.whole_group or (
                groups and last.category in GROUP_ROLES) else None
        if value is None:
            return None
        loose = next((x for x in reversed(article["loose"]) if x[2] == value and s_index - 2 <= x[0] < s_index
                      and x[4] in ("neutral", "victim")), None)
        return _loose_total(loose) if loose is not None else None

    def _without_enumerated_suspects(self, sentence: _Sentence, found: list[_Candidate]) -> list[_Candidate]:
        """Without the suspects listed after a total that announces them ("Keempat tersangka adalah AB ...; serta tiga
        perekrut, CD, EF dan GH"): the list's groups are parts of the total."""
        charged = [c for c in found if c.category in ("suspect", "perpetrator")]
        if len(charged) < 2:
            return found
        norms = sentence.norms

        def announces(c: _Candidate) -> bool:  # "tersangka adalah", "tersangka TPPO itu, yakni"
            k = c.noun_end
            while k < len(norms) and k < c.noun_end + 3 and (
                    k in sentence.tppo_cue_set or norms[k] in self.words["anaphora"] or norms[k] == ","):
                k += 1
            return self.lists["enumerators"].match(norms, k) is not None

        total = next((c for c in charged if announces(c)), None)
        if total is None:
            return found
        return [c for c in found if not (c.category in ("suspect", "perpetrator") and c.token > total.token
                                         and c.value < total.value)]

    def _attendance(self, norms: list[str]) -> bool:
        """The sentence tells who attended or took part; an institution's name ("lembaga pelatihan kerja") does
        not."""
        hits = self.lists["attendance"].find_all(norms)
        if not hits:
            return False
        named = {i + 1 for i, _, _ in self.lists["attendance_names"].find_all(norms)}  # the word after the head
        # nor a promise ("dengan janji mengikuti program magang"): what people were lured with
        promises = self.words["promise_marks"]
        promised = {i for i, _, _ in hits if any(norms[k] in promises for k in range(max(0, i - 2), i))}
        return any(i not in named and i not in promised for i, _, _ in hits)

    def _rescued_as_subject(self, s_index: int, sentence: _Sentence, earlier: list[_Candidate],
                            article: dict) -> None:
        """ "Para korban diamankan di sebuah rumah penampungan", "Korban kami selamatkan di terminal", "Ketiganya
        sudah kami amankan", "Anak-anak itu diselamatkan": the victims counted just before (of that number, for
        "keduanya") were rescued."""
        norms = sentence.norms
        start = _first_word(norms)
        lead = self.lists["time_leads"].match(norms, start)  # "Saat ini para korban ..."
        start += lead[0] if lead else 0
        start += 1 if norms[start : start + 1] == ["para"] else 0
        number = sentence.tokens[start].number if start < len(norms) else None
        value = number.value if number is not None and number.kind == "collective" else None
        pronoun = norms[start : start + 1] == ["mereka"]  # "Mereka langsung kami amankan": the group named last
        group = self.lex.role_nouns.match(norms, start) if value is None and not pronoun else None
        if group is not None and group[1] in ("victim", *GROUP_ROLES) and norms[start] != "korban" and norms[
                start + group[0] : start + group[0] + 1] in (["itu"], ["tersebut"]):
            pronoun, start = True, start + group[0] - 1  # "Anak-anak itu diselamatkan ...": the group named last
        if (norms[start : start + 1] != ["korban"] and value is None and not pronoun) or start + 1 >= len(norms):
            return
        noun = self.lex.role_nouns.match(norms, start + 1) if value is not None else None
        if noun is not None and noun[1] in ("victim", "neutral", *GROUP_ROLES):
            start += noun[0]  # "Keempat korban dititipkan ...", "Ketiga balita kini ...": past the group's noun
        if pronoun and (not any(c.category in ("victim", *GROUP_ROLES) for c in earlier[-1:])
                        or _names_country(sentence)):
            return  # "Mereka diamankan" after suspects were counted; "Mereka dievakuasi dari Myanmar": brought home
        verb = start + 1 + (1 if norms[start + 1 : start + 2] in (["itu"], ["tersebut"], ["berhasil"], ["kemudian"])
                            else 0)
        while verb < len(norms):  # "Ketiganya sudah kami amankan", "Keenam korban saat ini ditampung ..."
            lead = self.lists["time_leads"].match(norms, verb)
            if lead is None and norms[verb] not in self.words["aspect_words"]:
                break
            verb += lead[0] if lead else 1
        if verb + 1 < len(norms) and norms[verb] in self.words["agent_pronouns"]:
            verb += 1  # the object-first passive: "korban kami selamatkan"
        elif verb < len(norms) and not norms[verb].startswith("di"):
            return
        if verb < len(norms) and (self.lists["rescue"].match(norms, verb)
                                  or self._taken_into_care(sentence, verb, article)
                                  or self._rescue_further_in_clause(norms, verb)):
            _rescue_recent_victims(earlier, s_index, value)

    def _rescue_further_in_clause(self, norms: list[str], verb: int) -> bool:
        """Whether the passive clause that opens at ``verb`` goes on to a passive rescue ("Mereka langsung dibawa ke
        Mapolres untuk didata dan diselamatkan dari tempat tersebut"), before a comma or the sentence's end."""
        if not norms[verb].startswith("di"):
            return False
        for i in range(verb + 1, min(len(norms), verb + _CLAUSE_WINDOW)):
            if norms[i] in (",", ";", "#num", *SENTENCE_STOPS):
                return False
            if norms[i].startswith("di") and norms[i - 1] in ("dan", "untuk", "lalu", "kemudian") and \
                    self.lists["rescue"].match(norms, i):
                return True
        return False

    def _rescued_as_object(self, s_index: int, sentence: _Sentence, earlier: list[_Candidate]) -> None:
        """ "Polisi mengamankan para calon pekerja itu di dermaga", "menyelamatkan mereka dari lokasi": the victims
        counted just before, named again as the object of an active rescue verb, were rescued (not people brought
        home from a country abroad)."""
        norms = sentence.norms
        for i in range(len(norms) - 1):
            hit = self.lists["rescue"].match(norms, i) if norms[i].startswith("me") else None
            if hit is None:
                continue
            k = i + hit[0] + (1 if norms[i + hit[0] : i + hit[0] + 1] == ["para"] else 0)
            group = self.lex.role_nouns.match(norms, k) if k < len(norms) else None
            named_again = norms[k : k + 1] in (["mereka"], ["korban"]) or (
                group is not None and group[1] in ("victim", "neutral", *GROUP_ROLES)
                and norms[k + group[0] : k + group[0] + 1] in (["itu"], ["tersebut"]))
            if not named_again or not any(c.category in ("victim", *GROUP_ROLES) or c.whole_group
                                          for c in earlier[-1:]) or _names_country(sentence):
                return
            _rescue_recent_victims(earlier, s_index)
            return

    def _taken_into_care(self, sentence: _Sentence, verb: int, article: dict) -> bool:
        """A passive verb with a place of care just after it ("ditampung di rumah aman", "dititipkan di rumah
        perlindungan"), in a story of people exploited at home: a story naming a country abroad or an embassy
        (victims brought back, "ditampung di shelter KBRI") rescues nobody by this."""
        norms, places = sentence.norms, self.lists["safe_places"]
        if not norms[verb].startswith("di") or not any(places.match(norms, i) for i in range(verb + 1, verb + 5)):
            return False
        if "abroad" not in article:  # read once per article, only when a place of care is named
            embassies = self.lists["embassies"]
            article["abroad"] = any(_names_country(s) or embassies.find_all(s.norms) for s in article["sentences"])
        return not article["abroad"]

    def _sex_breakdown_total(self, s_index: int, sentence: _Sentence, earlier: list[_Candidate],
                             article: dict) -> tuple[_Candidate | None, frozenset[str]]:
        """The recent victim total that the sentence's numbers of men and women add up to ("14 korban ...
        Mereka terdiri atas sembilan perempuan dan lima laki-laki", "13 orang itu, sebelas laki-laki dan dua
        perempuan"), or with its children where only with them they do ("186 PMI ... terdiri dari 142 laki-laki, 31
        perempuan, dan 13 anak-anak"), and the categories of the parts that add up (None and no categories where
        none do); a number of people without a role in the last three sentences that they add up to ("Sebanyak 30
        lulusan LPK melapor ... Para peserta, 21 laki-laki dan sembilan perempuan") becomes the victim total, or
        in the last eight where the sentence restates them by their number ("Kedelapan warga itu terdiri atas ...")."""
        norms, tokens = sentence.norms, sentence.tokens
        if norms.count("#num") < 2:
            return None, frozenset()
        values: dict[str, int] = {}
        for j, token in enumerate(tokens):
            if token.number is None or norms[j] != "#num" or j + 1 >= len(norms):
                continue
            k = j + 2 if norms[j + 1] in PERSON_CLASSIFIERS else j + 1
            hit = self.lex.role_nouns.match(norms, k)
            if hit and hit[1] == "neutral" and self._men_beside_women(norms, j, k + hit[0]):
                hit = (hit[0], "male")  # "14 mahasiswi dan 19 mahasiswa"
            elif hit and hit[1] == "neutral":  # "16 mahasiswa laki-laki"
                hit = self.lex.role_nouns.match(norms, k + hit[0])
            if not hit or hit[1] not in ("female", "male", "child"):
                k = j - 1  # "laki-laki 8 orang dan perempuan 4 orang"
                hit = next((h for i in (j - 1, j - 2) if i >= 0 and (h := self.lex.role_nouns.match(norms, i))
                            and i + h[0] == j), None)
            value = tokens[j].number.value if tokens[j].number else None
            if hit and hit[1] in ("female", "male", "child") and hit[1] not in values and value:
                values[hit[1]] = value
        if "female" not in values or "male" not in values:
            return None, frozenset()
        at = sentence.first_collective()  # the group restated by its number, however far back it was told
        restated = tokens[at].number.value if at is not None else None
        # men and women, or men, women and children ("142 laki-laki, 31 perempuan, dan 13 anak-anak")
        for parts in dict.fromkeys((frozenset({"female", "male"}), frozenset(values))):
            wanted = sum(values[part] for part in parts)
            total = next((c for c in reversed(earlier[-6:]) if c.value == wanted and (  # "Keenam anak, empat ..."
                c.category in ("victim", "child") or c.whole_group)), None)
            # people of an earlier sentence that told no attendance ("Sebanyak 20 lulusan kursus melapor ... Para
            # peserta, 12 pria dan ..."); not "Sosialisasi diikuti 50 peserta, 30 perempuan dan 20 laki-laki"
            if total is None and not any(c.value == wanted and c.sentence >= s_index - 3 for c in earlier):
                reach = _RESTATED_REACH if restated == wanted else 3  # "Kedelapan warga itu terdiri atas ..."
                loose = next((x for x in reversed(article["loose"])
                              if x[2] == wanted and s_index - reach <= x[0] < s_index), None)
                if loose is not None:
                    total = _loose_total(loose)
            if total is not None:
                return total, parts
        return None, frozenset()

    def _origin_part(self, sentence: _Sentence, j: int, s_index: int) -> _Candidate | None:
        """A number told by where its people come from ("empat berasal dari Kabupaten Sikka, dua dari Kabupaten
        Ende", "Lima orang berasal dari ...", "Enam di antaranya berasal dari ... dan tiga lainnya dari ...", "Lima
        orang warga Polewali Mandar"): a part of a breakdown by origin, or None."""
        norms = sentence.norms
        if _ORIGIN_WORDS.isdisjoint(norms[j + 1 : j + 7]):  # no origin word in reach: no part told by its origin
            return None
        k = self._past_part_words(norms, j + 1)
        if norms[k : k + 1] in (["merupakan"], ["adalah"]) and norms[k + 1 : k + 2] == ["warga"]:
            k += 2  # "Tiga anak merupakan warga Kota X dan dua lainnya dari Kabupaten Y"
        if k < len(norms) and norms[k] in ("berasal", "asal"):
            k += 1
        if k < len(norms) and norms[k] == "dari":
            k += 1
        if k >= len(norms) or norms[k - 1] not in ("berasal", "asal", "dari", "warga") or not sentence.caps[k]:
            return None  # "empat berasal dari Kabupaten X", "Lima orang warga Polewali Mandar dan tiga lainnya ..."
        if norms[k - 1] == "warga" and norms.count("#num") < 2:
            return None  # residents told alone ("ada tiga orang warga Lampung"): no list of parts by home
        region = region_scope(sentence, j, k - 1)
        if region is None:
            return None
        return _Candidate(_token_value(sentence, j) or 0, "victim", s_index, j, (sentence.start, sentence.end),
                          region, noun_end=k - 1, origin_part=True)

    def _past_part_words(self, norms: list[str], k: int) -> int:
        """The position after the words that may stand between a part's number and its origin: a person
        classifier, a noun of people ("perempuan", "pekerja"), "di antaranya", "lainnya"."""
        if k < len(norms) and norms[k] in PERSON_CLASSIFIERS:
            k += 1
        hit = self.lex.role_nouns.match(norms, k)
        if hit and hit[1] in ("neutral", "victim", *GROUP_ROLES):
            k += hit[0]
        for key in ("subset_marks", "others_marks"):
            mark = self.lists[key].match(norms, k)
            k += mark[0] if mark else 0
        return k

    def _settle_origin_parts(self, s_index: int, sentence: _Sentence, found: list[_Candidate],
                             earlier: list[_Candidate], article: dict, head: int | None) -> list[_Candidate]:
        """Origin parts that add up to a number of victims ("Dari 11 perempuan yang dimintai keterangan, enam berasal
        dari Kota X, tiga dari ... dan dua dari ...") are its breakdown; parts that add up to nothing are dropped. The
        total is a victim or group count of this sentence or an earlier one, the number that opens the sentence
        ("Dari N ..."), or people named without a role in the three sentences before."""
        parts = [c for c in found if c.origin_part]
        # "8 orang dari X, 7 dari Y"; "..., dan delapan orang lainnya dari berbagai provinsi": the rest of the parts
        told = [c for c in found if c.category == "victim" and not c.origin_part and (
                    (c.scope and not c.scope.startswith("of ")) or (c.other_part and c.token > parts[0].token))
                and c.token > (head if head is not None else -1)]
        total, members = None, parts
        for members in ([*parts, *told], parts):
            total = self._origin_total(sum(c.value for c in members), s_index, sentence, [*earlier, *found], told,
                                       article, head)
            if total is not None:
                break
        if total is None and self.lists["rest_marks"].find_all(sentence.norms):
            members, told_sum = parts, sum(c.value for c in parts)  # "..., dan sisanya dari daerah lain"
            total = next((c for c in reversed([*earlier, *found]) if not c.origin_part and not c.subset
                          and c.value > told_sum and (c.category == "victim" or c.whole_group)), None)
        if total is not None and len(members) == 1 and members[0].value == total.value:
            total = None  # "tiga remaja perempuan asal Kabupaten X" after "Tiga Remaja ...": the group again, no part
        if total is None and told and all(c.token > told[0].token and c.instead is None for c in parts):
            return found  # "10 orang dari X, tujuh orang dari Y, lima dari Z": the victims by origin go on
        if total is None:  # no breakdown: the other reading of each part stays ("empat perempuan ...")
            return [c.instead if c.origin_part else c for c in found if not c.origin_part or c.instead is not None]
        if total.category in GROUP_ROLES:
            total.whole_group = total.category  # "tujuh perempuan ... Lima berasal dari X dan dua dari Y"
        for c in members:
            c.breakdown_of = total
        found = _sexes_of_origin_parts(found, members, total)
        if not any(c is total for c in (*earlier, *found)):
            found.append(total)
        return found

    def _origin_total(self, wanted: int, s_index: int, sentence: _Sentence, counted: list[_Candidate],
                      told: list[_Candidate], article: dict, head: int | None) -> _Candidate | None:
        """The victim or group total of ``wanted`` people that origin parts add up to (see
        :meth:`_settle_origin_parts`), or None."""
        total = next((c for c in reversed(counted) if not c.origin_part and c.value == wanted
                      and (c.category in ("victim", *GROUP_ROLES) or c.whole_group) and c.breakdown_of is None
                      and not any(c is t for t in told)), None)  # not "enam laki-laki" of a total by sex
        if total is None and head is not None and _token_value(sentence, head) == wanted:
            category = self._role_after(sentence.norms, head)[0]
            total = _loose_total((s_index, head, wanted, (sentence.start, sentence.end), category))
        if total is None:
            loose = next((x for x in reversed(article["loose"]) if x[2] == wanted and s_index - 3 <= x[0] < s_index),
                         None)
            total = _loose_total(loose) if loose is not None else None
        return total

    def _initials_group(self, s_index: int, sentence: _Sentence, found: list[_Candidate]) -> _Candidate | None:
        """Suspects counted by their initials ("menangkap pasangan berinisial AR (27) dan LS (24)") when the sentence
        gives no number for them."""
        norms, caps, tokens = sentence.norms, sentence.caps, sentence.tokens
        if _INITIALS_TRIGGERS.isdisjoint(norms):  # no age in parentheses, "berinisial" or suspect noun: no list
            return None

        def is_initials(i: int) -> bool:
            word = sentence.text[tokens[i].start : tokens[i].end]
            return (caps[i] and word.isupper() and len(word) <= 4 and word.isalpha()  # not "TPPO", "PMI", "ABK"
                    and i not in sentence.tppo_cue_set and self.lex.role_nouns.match(norms, i) is None)

        first = _first_word(norms)
        for k, norm in enumerate(norms):
            # "berinisial AR (27) dan LS (24)", or initials right after the noun: "tersangka AS (34) dan BR (29)",
            # or opening the sentence: "AD dan istrinya, RK (41), ditetapkan sebagai tersangka"
            # ("Duduk di kursi terdakwa, HS (49), ...": the noun, a comma, then the list)
            after = k + 2 if norms[k + 1 : k + 2] == [","] and self._aged(norms, k + 2) else k + 1
            named = after < len(norms) and caps[after] and is_initials(after) and self._is_suspect_noun(norms, k)
            opening = (k == first or (k > 0 and norms[k - 1] == "," and k <= first + 5) or (  # "Setelah diperiksa, HT
                k + 2 < len(norms) and norms[k + 1] == "(" and norms[k + 2] == "#num") or (  # dan LS ditetapkan ..."
                k > 0 and norms[k - 1] in self.words["naming_verbs"] and norms[k + 1 : k + 2] in ([","], ["dan"]))
                       ) and is_initials(k)  # or a list of people with their ages ("menetapkan AS (30), BT (25) ...
            # sebagai"), or a list right after a verb that names or holds them ("menetapkan AS, BT dan CR sebagai")
            if norm not in ("berinisial", "inisial") and not named and not opening:
                continue
            count, i = 0, k if opening else (after if named else k + 1)
            while i < len(norms):
                if is_initials(i):
                    count += 1
                elif norms[i] not in ("(", ")", ",", "dan", "serta", "#num"):
                    # the next person of the list, named by a role ("MK (38) dan penerima tamu berinisial PA (27)",
                    # 'seorang "bos" berinisial TW') or by a relation in apposition ("AD dan istrinya, RK (41)"), or
                    # after the first one's occupation or home in apposition ("HS (49), direktur sebuah LPK, dan DA
                    # (33)", "AS (34), warga Desa X, dan rekannya BR (29)")
                    then = next((m for m in range(i, min(len(norms), i + 16)) if (m < i + 8 and (
                        norms[m] in ("berinisial", "inisial") or (is_initials(m) and norms[m - 1] == ","))) or (
                        is_initials(m) and not {"dan", "serta"}.isdisjoint(norms[m - 2 : m]) and self._aged(norms, m))
                                 ), None)
                    if then is None or norms[i - 1] not in (",", "dan", "serta"):
                        break
                    i = then if norms[then] in ("berinisial", "inisial") else then - 1
                i += 1
            category = self._initials_role(norms, k)
            if category is None and count >= 2 and self._called_suspects(norms, i):
                category = "suspect"  # "berinisial MR (33) dan SA (29), ditetapkan sebagai tersangka"
            if (category is None and count >= 2 and self._secured_predicate(norms, i, k)
                    and not any(c.value == count for c in found)):  # people not counted already ("Tiga pria ...")
                category = "perpetrator"  # "Dua mandor, berinisial JL (44) dan MT (39), diamankan"
            if category == "victim":  # "menyelamatkan korban berinisial AB (16), CD (17) dan EF (15)"
                return self._victims_by_initials(s_index, sentence, k, count, found)
            sentence.named_one = sentence.named_one or count == 1  # "Terdakwa AB (50) ...": one person, named
            if count < 2 or category is None or any(c.category in ("suspect", "perpetrator") for c in found):
                return None
            return _Candidate(count, category, s_index, k, (sentence.start, sentence.end))
        return None

    @staticmethod
    def _aged(norms: list[str], i: int) -> bool:
        """The word at ``i`` is followed by an age in parentheses: "HS (49)"."""
        return norms[i + 1 : i + 3] == ["(", "#num"]

    def _victims_by_initials(self, s_index: int, sentence: _Sentence, k: int, count: int,
                             found: list[_Candidate]) -> _Candidate | None:
        """Victims counted by their initials when the sentence gives no number of victims: children too when every
        one's age in parentheses is under 18."""
        norms = sentence.norms
        before = k - 1
        while before > 0 and before in sentence.tppo_cue_set:  # "korban TPPO berinisial"
            before -= 1
        noun = self.lex.role_nouns.match(norms, before) if before >= 0 else None
        if (count < 2 or noun is None or noun[1] != "victim" or before + noun[0] < k - 1
                or any(c.category in ("victim", *GROUP_ROLES) or c.whole_group for c in found)):
            return None  # not "direkrut oleh seorang pria berinisial YT (41), warga ..., TTS": a victim noun names them
        ages = self._listed_ages(sentence, k + 1)
        if ages and len(ages) != count:
            return None
        children = bool(ages) and max(ages) < 18
        candidate = _Candidate(count, "child" if children else "victim", s_index, k, (sentence.start, sentence.end),
                               GROUP_SCOPES["child"] if children else None, noun_end=k + 1)
        candidate.whole_group = "child" if children else None
        self._mark_victim_state(candidate, sentence.norms, k, k + 1, sentence.caps)
        return candidate

    def _initials_role(self, norms: list[str], k: int) -> str | None:
        """The role of people named by initials from the words before "berinisial" (or the noun itself): suspects
        or the arrested."""
        group_between = False  # "mengamankan dua perempuan berinisial ...": secured women may be victims
        for i in range(k, max(-1, k - 11), -1):
            if norms[i] in SENTENCE_STOPS:
                return None
            hit = self.lex.role_nouns.match(norms, i)
            if hit and hit[1] in ("suspect", "perpetrator", "victim"):
                return hit[1]
            group_between = group_between or (hit is not None and hit[1] in GROUP_ROLES)
            if self.lists["arrest"].match(norms, i) or (norms[i] in self.words["securing"] and not group_between):
                return "perpetrator"
        return None

    def _secured_predicate(self, norms: list[str], i: int, k: int) -> bool:
        """People listed by initials whose predicate is being arrested or secured ("..., diamankan untuk
        diperiksa", "... sudah diamankan"), with no victim, child or woman noun before the list: perpetrators held."""
        while i < len(norms) and norms[i] in self.words["aspect_words"]:
            i += 1
        if i >= len(norms) or not (self.lists["arrest"].match(norms, i) or norms[i] == "diamankan"):
            return False
        for m in range(k - 1, -1, -1):
            hit = self.lex.role_nouns.match(norms, m)
            if hit and hit[1] in ("victim", "child", "girl", "boy", "female"):
                return False
        return True

    def _origins_announced(self, article: dict, s_index: int, value: int) -> bool:
        """Victims were counted before, and the sentence just before speaks of them ("Para korban berasal dari 11
        provinsi.") or this one names the homes of fewer people than the last victim total ("Daerah asal terbanyak
        adalah Kabupaten X sebanyak 57 orang"): people counted by region in this sentence break that group down."""
        if not article["victims_seen"] or s_index == 0:
            return False
        if value < article["last_victim_total"] and self.lists["origin_announcements"].find_all(
                article["sentences"][s_index].norms):
            return True
        previous = article["sentences"][s_index - 1].norms
        return not {"asal", "berasal"}.isdisjoint(previous) and self._has_victim_context(previous)

    def _has_victim_context(self, norms: list[str]) -> bool:
        """A victim noun, or a verb of rescue, migration or repatriation, a sale to a buyer or a scheme that ensnares
        people, in the sentence; or people stopped right after the verb ("mencegah empat perempuan yang hendak
        menyeberang")."""
        if any(category == "victim" for _, _, category in self.lex.role_nouns.find_all(norms)):
            return True
        stopping = self.words["rescue_objects"]
        if any(norm in stopping and norms[i + 1] == "#num" for i, norm in enumerate(norms[:-1])):
            return True
        if any(self.lists[key].find_all(norms) for key in ("rescue", "migration", "repatriation", "homecoming")):
            return True
        if self.lists["sale_marks"].find_all(norms) and not self.lists["arrest"].find_all(norms):
            return True  # not "Dua pria ditangkap saat hendak menyerahkan satwa kepada pembeli": the sellers
        ensnared = [i for i, _, _ in self.lists["ensnaring"].find_all(norms)]
        return bool(ensnared) and not any(i > ensnared[0] for i, _, _ in self.lists["ensnaring_charges"].find_all(
            norms))

    def _skipped(self, norms: list[str], j: int) -> bool:
        """Money, dates, ages, law articles, units, deltas: not counts."""
        before = norms[j - 1] if j > 0 else ""
        before2 = norms[j - 2] if j > 1 else ""
        after = norms[j + 1] if j + 1 < len(norms) else ""
        if after in self.words["skip_after"]:  # not a longer noun of people it opens ("23 peserta magang")
            hit = self.lex.role_nouns.match(norms, j + 1)
            if after == "peserta" and (self._clause_after(norms, j + 2, "migration", 10, unless=_NO_DEED_ON_THEM)
                                       or self._verb_before(norms, j, "sending") is not None):
                return False  # "sembilan peserta yang direkrut ... dipaksa bekerja", "memberangkatkan sembilan
                # peserta ke Jepang": a scheme's victims
            return hit is None or hit[0] == 1
        if before in self.words["skip_before"]:  # a month before a counted noun is a breakdown: "Januari 5 kasus"
            return not (before in self.words["months"] and self.lex.role_nouns.match(norms, j + 1) is not None)
        if before == "(" and after == ")":  # "AWS (40)": an age after a name
            return True
        if before == "dengan" and before2 in self.words["spouse_verbs"]:  # "menikah dengan dua pria": the spouses
            return True
        if (before in _RANGE_LINKS and before2 == "#num") or (after in _RANGE_LINKS and norms[j + 2 : j + 3] == [
                "#num"]):
            return True  # "merekrut dua hingga lima korban": a range, no count
        # "berusia 15 dan 16 tahun", "dituntut 12, 11, dan 9 tahun": the unit after the last number is all of theirs
        k = j
        while True:
            link = 2 if norms[k + 1 : k + 3] == [",", "dan"] else 1 if norms[k + 1 : k + 2] in ([","], ["dan"]) else 0
            if not link or norms[k + 1 + link : k + 2 + link] != ["#num"]:
                break
            k += 1 + link
        if k > j and norms[k + 1 : k + 2] and norms[k + 1] in self.words["skip_after"]:
            return True
        if before == "dari" and norms[j + 2 : j + 4] == ["ke", after]:  # "dari satu agen ke agen lain"
            return True
        if before in self.words["delta"] or (before in ("sebanyak", "sekitar") and before2 in self.words["delta"]):
            return True
        noun = self.lex.role_nouns.match(norms, j + 1)
        people_end = j + 1 + (noun[0] if noun else 1)
        if (noun or after == "orang") and norms[people_end : people_end + 1] in (["lagi"], ["tambahan"]):
            return True  # "Satu korban lagi ditemukan", "menangkap dua orang lagi", "Satu korban tambahan ditemukan":
            # people added, a delta
        if after == "orang" and j + 2 < len(norms) and norms[j + 2] in self.words["skip_after"]:
            return True
        return self._service_line(norms, j)

    def _service_line(self, norms: list[str], j: int) -> bool:
        """A phone or message line's number ("melapor melalui layanan pengaduan 110", "hotline SAPA 129"): a line
        word in the three words before, no connector between, and no role noun after the number."""
        for i in range(j - 1, max(-1, j - 4), -1):
            if norms[i] in self.words["connectors"] or norms[i] in SENTENCE_STOPS or norms[i] == "#num":
                return False
            if self.lists["service_lines"].match(norms, i):
                return self.lex.role_nouns.match(norms, j + 1) is None and not (
                    j + 1 < len(norms) and norms[j + 1] in PERSON_CLASSIFIERS)
        return False

    def _role_after(self, norms: list[str], j: int) -> tuple[str | None, int, int, bool]:
        """Role noun after the number: (category, noun start, noun end, has person classifier)."""
        k = j + 1
        classifier = False
        if k < len(norms) and norms[k] in PERSON_CLASSIFIERS:
            classifier, k = True, k + 1
        positions = [k]
        breakdown = norms[k : k + 1] == ["("] and norms[k + 1 : k + 2] == ["#num"]  # "enam orang (empat laki-laki"
        if k < len(norms) and (norms[k] in self.words["modifiers"] or norms[k] == "(") and not breakdown:
            positions.append(k + 1)
            if norms[k] == "(" or (k + 1 < len(norms) and norms[k + 1] == "("):
                positions.append(k + 2)
        for position in positions:
            hit = self.lex.role_nouns.match(norms, position)
            if hit:
                return hit[1], position, position + hit[0], classifier
        if classifier:
            return "neutral", k - 1, k, True
        return None, k, k, False

    def _role_before(self, norms: list[str], j: int, person_only: bool) -> tuple[str | None, int]:
        """Role noun before the number, joined by a connector: ("korban ... sebanyak 16 orang")."""
        i = j - 1
        while i >= 0 and norms[i] in self.words["approximators"] and norms[i] not in self.words["connectors"]:
            i -= 1
        if i < 0:
            return None, -1
        adjacent_end = i + 1
        connected = norms[i] in self.words["connectors"]
        window = _B_WINDOW + (4 if connected else 0)  # "Korban yang merupakan warga Desa X itu berjumlah 4 orang"
        for start in range(i, max(-1, j - 1 - window), -1):
            if norms[start] == "#num" and norms[start - 1 : start] == ["("] and norms[start + 1 : start + 2] == [")"]:
                continue  # a person's age ("korban sponsor berinisial CS (47) berjumlah empat orang")
            if norms[start] in SENTENCE_STOPS or norms[start] == "#num":
                break
            hit = self.lex.role_nouns.match(norms, start)
            if not hit or hit[1] in ("neutral", "skip"):
                continue
            if hit[1] in ("suspect", "perpetrator") and start > 0 and norms[start - 1] in ("korban", "korbannya"):
                return "victim", start - 1  # "korban sponsor itu": the sponsor's victims
            if hit[1] in ("suspect", "perpetrator") and start > 0 and norms[start - 1] in (
                    "dilakukan", "oleh", "milik"):
                continue  # "korban ... yang dilakukan sponsor TM tercatat lima orang": the agent of what was done;
                # "korban agen penyalur milik tersangka LM berjumlah sembilan orang": the owner of what is named
            if person_only and hit[1] not in PERSON_CATEGORIES:
                continue
            led = start > 0 and (norms[start - 1] in GROUP_LEADS or tuple(norms[max(0, start - 2) : start]) in
                                 (("terdiri", "atas"), ("terdiri", "dari")))  # "terdiri atas laki-laki 8 orang"
            reaches = start + hit[0] in (i, adjacent_end) or all(  # "korbannya perempuan, yakni 38 orang"
                norm == "," for norm in norms[start + hit[0] : i])
            if hit[1] in GROUP_ROLES and (not reaches or (start > 0 and not led)):
                continue  # "eksploitasi anak sebanyak 4 kasus": the group word qualifies another noun
            if connected or start + hit[0] == adjacent_end:
                return hit[1], start
        if connected:  # "Jumlah calon pekerja migran yang digagalkan ... pada Selasa lalu bertambah menjadi 11 orang"
            first = _first_word(norms)
            dash = next((k for k in range(first, min(len(norms), first + 10)) if norms[k] in ("-", "–", "—")), None)
            if norms[first : first + 1] != ["jumlah"] and dash is not None:
                first = dash + 1  # past a dateline ("Kupang, kupangterkini.example.id - Jumlah ...")
            noun_at = first + 1
            hit = self.lex.role_nouns.match(norms, noun_at) if norms[first : first + 1] == ["jumlah"] else None
            if hit is None and (opening := self.lex.role_nouns.match(norms, first)) is not None and opening[1] == (
                    "victim"):  # "Korban dugaan perdagangan orang yang dilakukan sponsor TM di X tercatat lima orang"
                hit, noun_at = opening, first
            # a number of things on the way is no count of people ("Jumlah korban yang diselamatkan dari dua kafe
            # di Morosi mencapai enam orang")
            people_between = any(norms[k] == "#num" and self._role_after(norms, k)[0] in PERSON_CATEGORIES
                                 for k in range(first, j))
            if hit and hit[1] not in ("neutral", "skip") and not people_between and not set(
                    norms[first:j]) & SENTENCE_STOPS and (not person_only or hit[1] in PERSON_CATEGORIES):
                return hit[1], noun_at
        return None, -1

    def _rescued_in_relative_clause(self, norms: list[str], start: int, j: int) -> bool:
        """Whether the role noun at ``start``, told before its number at ``j``, is rescued in its relative clause
        ("korban perdagangan orang yang diselamatkan ... mencapai enam orang")."""
        hit = self.lex.role_nouns.match(norms, start)
        if hit is None:
            return False
        end = start + hit[0]
        relative = next((i for i in range(end, min(j, end + 3)) if norms[i] == "yang"), None)
        return relative is not None and self._clause_after(norms, relative + 1, "rescue", 3)

    def _noun_right_before(self, norms: list[str], start: int, j: int) -> bool:
        """Whether the role noun at ``start`` ends right before the number at ``j``."""
        hit = self.lex.role_nouns.match(norms, start) if start >= 0 else None
        return hit is not None and start + hit[0] == j

    def _verb_before(self, norms: list[str], j: int, key: str, window: int = 0) -> int | None:
        """Position of a ``key`` word in the few tokens before the number; with ``window``, the scan may cross
        a coordinated count ("mengamankan 6 tersangka dan 15 korban")."""
        for i in range(j - 1, max(-1, j - 1 - (window or _VERB_WINDOW)), -1):
            if norms[i] in SENTENCE_STOPS or (norms[i] == "#num" and not window) or norms[i] in self.words[
                    "clause_openers"]:
                return None
            if self.lists[key].match(norms, i):
                return i
        return None

    def _clause_after(self, norms: list[str], end: int, key: str, window: int = 5,
                      unless: frozenset[str] = frozenset()) -> bool:
        """A ``key`` phrase within a few tokens after the noun phrase (stopping at a comma or number), other than the
        words ``unless`` names."""
        for i in range(end, min(len(norms), end + window)):
            if norms[i] in SENTENCE_STOPS or norms[i] in (",", "#num"):
                return False
            if self.lists[key].match(norms, i) and norms[i] not in unless:
                return True
        return False

    def _perpetrators_said(self, norms: list[str], start: int) -> bool:
        """A perpetrator phrase in the predicate right after a pronoun ("Mereka diduga sebagai perekrut"), not one
        that belongs to a victim noun before it ("Mereka adalah anak tetangga pelaku", "korban sindikat") nor the
        work they were made to do ("Mereka bekerja memanen dan mengangkut tandan buah sawit")."""
        for i in range(start, min(len(norms), start + 4)):
            if norms[i] in SENTENCE_STOPS or norms[i] in (",", "#num") or norms[i] in self.words["labour_verbs"]:
                return False
            if self.lists["perpetrator_marks"].match(norms, i):
                return True
            hit = self.lex.role_nouns.match(norms, i)
            if hit and hit[1] in ("victim", *GROUP_ROLES):
                return False
        return False

    def _classify(self, norms: list[str], j: int, mention: NumberMention, s_index: int, sentence: _Sentence,
                  antecedents: list[_Candidate], victim_context: bool, attendance: bool,
                  article: dict, victim_totals: set[int]) -> _Candidate | None:
        category, noun_start, noun_end, classifier = self._role_after(norms, j)
        if category == "victim" and norms[noun_start] != "korban" and (
                attendance or self._legal_placement(norms, noun_end)):
            return None  # "120 calon PMI mengikuti pelatihan", "1.500 PMI berangkat secara resmi"
        if category == "neutral" and attendance and self._verb_before(norms, j, "attendance") is not None:
            return None  # "dihadiri sekitar 80 warga, ... ibu-ibu yang suaminya bekerja di Malaysia": who attended
        if category == "skip" or (category in ("victim", "neutral", *GROUP_ROLES)
                                  and self._companions(norms, j, noun_end)):
            return None  # "berangkat bersama empat pria lain": the companions of one person told in passing
        scope = None
        if (mention.kind == "collective" and category is None and norms[j + 1 : j + 2] == [","]
                and mention.value in victim_totals):
            hit = self.lex.role_nouns.match(norms, j + 2)  # "Keduanya, perempuan berusia 16 dan 17 tahun"
            if hit and hit[1] in GROUP_ROLES:
                category, noun_end, scope, victim_context = hit[1], j + 2 + hit[0], "whole", True
        if mention.kind == "collective" and category == "neutral" and victim_totals and mention.value in victim_totals:
            whole = self._whole_group_later(norms, noun_end)  # "kesembilan pemuda itu ... dan semuanya laki-laki"
            if whole is not None:
                category, noun_end, scope, victim_context = whole[0], whole[1], "whole", True
        if mention.kind == "collective" and (category is None or category == "neutral"):
            return None
        whole_at = _whole_of_part(norms, j)  # "7 dari 10 korban", "tiga di antara lima korban"
        if category is None and whole_at is not None:
            outer = self._role_after(norms, whole_at)
            if outer[0] == "neutral" and _token_value(sentence, whole_at) in (victim_totals | article["victim_values"]):
                outer = ("victim", *outer[1:])  # "enam dari delapan WNI itu": the victims counted before
            if outer[0] in ("suspect", "perpetrator"):
                return None  # "Dua dari tiga tersangka sudah ditahan": a part of the suspects is no count of its own
            if outer[0] in GROUP_ROLES and mention.value == 1:
                outer = ("victim", *outer[1:])  # "Ia satu dari empat perempuan ...": one of them, not a group's count
            elif outer[0] in ("male", "female"):
                outer = ("victim", *outer[1:])  # "Dua dari enam pemuda itu berhasil pulang": the sex is the whole's;
                # what sets the part apart is told after it (its home, its age, its state)
            if outer[0] not in (None, "neutral", "skip"):
                category, _, noun_end, classifier = outer
                scope = f"of {_token_value(sentence, whole_at)}"
        # "dua lainnya": the others of the last count; of suspects only when named in this or the last sentence
        if (category is None and antecedents and self.lists["others_marks"].match(norms, j + 1)
                and (antecedents[-1].sentence >= s_index - 1 or _total_category(antecedents[-1]) == "victim")):
            category, noun_end = _total_category(antecedents[-1]), j + 2  # "empat tersangka ..., dua lainnya DPO"
            k = self._past_copulas(norms, noun_end)
            hit = self.lex.role_nouns.match(norms, k)
            if hit and hit[1] == "skip":
                return None  # "Enam lainnya masih berstatus saksi"
            if category in ("victim", *GROUP_ROLES) and self._rest_of_a_state_split(norms, j, k):
                return None  # "Dua di antaranya sudah dipulangkan, sedangkan empat lainnya masih di Irak"
            if hit and hit[1] in GROUP_ROLES and category in GROUP_ROLES:
                category, noun_end = hit[1], k + hit[0]  # "10 di antaranya laki-laki, 8 lainnya perempuan"
            elif category in GROUP_ROLES and (antecedents[-1].scope or "").startswith("of "):
                # the rest of a subset by sex, said alone ("..., dua lainnya."), is the other sex; the rest of the
                # children, or a rest told by something else ("8 lainnya berasal dari NTT"), is no group count
                alone = noun_end >= len(norms) or norms[noun_end] in (",", ";", *SENTENCE_STOPS)
                category = {"female": "male", "male": "female"}.get(category) if alone else None
                if category is None:
                    return None
        # "N di antaranya (adalah) anak" / "21 di antaranya terkait ..."
        larger_before = any(v > mention.value for v in (*victim_totals, *article["victim_values"])) or any(
            c.value > mention.value for c in antecedents)  # not "total korban 12 orang di antaranya anak-anak"
        sub_at = j + 2 if category == "neutral" and norms[j + 1 : j + 2] == ["orang"] and larger_before else j + 1
        subset = self.lists["subset_marks"].match(norms, sub_at)
        if subset and sub_at > j + 1:
            category = None  # "Satu orang di antaranya masih berusia 15 tahun"
        # "139 di antaranya perempuan dan 47 masih anak-anak": a part coordinated with a subset is one too
        sibling = self._coordinated_subset(norms, j, s_index, antecedents) if category is None and not subset else None
        if subset and any(norms[m] in self.words["attribution"] for m in range(max(0, j - 2), j)):
            return None  # "menurut pengakuan dua di antaranya, ...": who told it, not a count
        if category is None and (subset or sibling is not None):
            group_category, group_value = (_group_of_part(antecedents[-1], mention.value, victim_totals)
                                           if antecedents else (None, None))
            k = sub_at + subset[0] if subset else j + 1
            if subset and norms[k : k + 1] in (["para"], ["#collective"]) and (
                    group := self.lex.role_nouns.match(norms, k + 1)) is not None and group[1] in (
                    "victim", "neutral", "female", "male"):
                # "Tiga di antara para korban / ketujuh korban masih di bawah umur", "Dua di antara keenam
                # perempuan itu ternyata masih berusia 17 tahun": the group named, then the part's role
                if norms[k] == "#collective":
                    group_value = _token_value(sentence, k) or group_value
                k += 1 + group[0]
                k += norms[k : k + 1] in (["itu"], ["tersebut"])
            elif subset and norms[k : k + 1] == ["korban"] and (
                    named := self.lex.role_nouns.match(norms, k + 1)) is not None and named[1] in ("female", "male"):
                # "Dua di antara korban perempuan (itu) masih berusia 16 tahun": the group named by its sex, then
                # what sets the part apart
                k += 1 + named[0]
                k += norms[k : k + 1] in (["itu"], ["tersebut"])
            copulas_end = max(j + 7, k + 3)  # past the group named ("di antara korban perempuan itu masih berusia")
            while k < len(norms) and k < copulas_end and norms[k] in self.words["copulas"]:
                k += 1  # "tiga di antaranya masih di bawah umur"
            hit = self.lex.role_nouns.match(norms, k)
            if hit is None and ((norms[k - 1] == "berusia" and _is_minor_age(sentence, k))
                                or (norms[k : k + 2] == ["di", "bawah"] and _minor_by_age(sentence, k))):
                hit = (1, "child")  # "tiga di antaranya masih berusia 16 dan 17 tahun", "... di bawah 18 tahun"
            if hit and hit[1] not in ("neutral", "skip"):
                category, noun_end = hit[1], k + hit[0]
                if category in ("female", "male") and self._all_minors(sentence, noun_end):
                    category = "child"  # "Satu di antaranya perempuan berusia 15 tahun": a child among the group
            elif antecedents and sibling is None:
                category, noun_end = group_category, j + 1
                if category in GROUP_ROLES and norms[k : k + 1] and norms[k] in ("berasal", "asal", "warga"):
                    category = "victim"  # "Tujuh di antaranya berasal dari X" of men: a part by home, not by sex
                if category in PERSON_CATEGORIES and not self._subset_told_by_role(norms, k):
                    return None  # "dua di antaranya mengalami patah tulang": people told by their state
                if category == "victim" and (self._called_suspects(norms, k) or (
                        norms[k : k + 1] == [","] and self._predicate_suspects(norms, k + 1))):
                    category = "suspect"  # "mengamankan empat orang. Tiga di antaranya ditetapkan tersangka", past
                    # their names ("Dua di antaranya, ES (27) dan RN (19), kami tetapkan sebagai tersangka")
            if sibling is not None and category not in GROUP_ROLES:
                category = None  # "... dan 47 tersangka": only a group part is read as the sibling's subset
            if category is not None and sibling is not None:
                scope = sibling.scope
            elif category is not None and antecedents:
                scope = f"of {group_value}"
            if category in GROUP_ROLES:
                if self._subset_of_suspects(norms, j, antecedents, mention.value):
                    return None  # "dari lima tersangka itu, tiga di antaranya perempuan"
                victim_context = True
        person_only = classifier or category in PERSON_CATEGORIES
        before_category, before_at = self._role_before(norms, j, person_only=person_only)
        if before_category == "victim" and category in (None, "neutral"):
            before_category = self._group_of_victims_before(norms, before_at, mention.value, victim_totals)
        if before_category in GROUP_ROLES and category in (None, "case", "neutral"):
            category = before_category  # "terhadap perempuan sebanyak 73 kasus"
            victim_context = True
        elif category in (None, "neutral") and before_category is not None and not (
                category == "neutral" and not classifier and before_category in ("suspect", "perpetrator")
                and self._noun_right_before(norms, before_at, j)):  # "perekrut enam pemuda": the six were recruited
            category = before_category
            if category == "victim" and norms[before_at] != "korban" and self._legal_placement_before(norms, j):
                return None  # "penempatan PMI secara resmi sepanjang 2025 tercatat 2.118 orang": legal placements
        if category is None and noun_end == j + 1 and "dari" in norms[:j]:
            category, scope = self._partition_part(sentence, j)  # "Dari tujuh kasus itu, empat ditangani Polres X"
            if category is None:  # "Dari jumlah itu, sembilan merupakan kasus TPPO": the part named by its noun
                category, noun_end = self._kind_after_copula(norms, j)
                scope = self._partition_scope(sentence, j, category, mention.value) if category else None
            if category is None:  # "Dari empat orang yang diamankan, tiga sudah ditetapkan sebagai tersangka"
                category, scope = self._partition_suspects(sentence, j)
            if category is None:  # "Dari 196 korban, 137 merupakan perempuan"
                category, noun_end, scope = self._partition_group_part(sentence, j, antecedents)
                victim_context = victim_context or category is not None
        elif category in ("case", "report") and scope is None and "dari" in norms[:j]:
            scope = self._partition_scope(sentence, j, category, mention.value)  # "menangani sembilan laporan"
        if category is None:
            if mention.value == 1 and norms[j + 1 : j + 3] == ["dari", "#num"]:
                # "Rizky adalah satu dari tiga pemuda ...": one person of the group; "Dua lainnya ..." is the rest
                article["state_parts"].append((s_index, j, 1, _token_value(sentence, j + 2)))
            return None
        subset_after = self.lists["subset_marks"].match(norms, noun_end) if category == "victim" else None
        if subset_after and antecedents:  # "19 korban di antaranya masih berusia anak"
            k = noun_end + subset_after[0]
            while k < len(norms) and k < noun_end + 6 and norms[k] in self.words["copulas"]:
                k += 1
            hit = self.lex.role_nouns.match(norms, k)
            if hit and hit[1] in GROUP_ROLES:
                category, noun_end, scope, victim_context = hit[1], k + hit[0], f"of {antecedents[-1].value}", True
            elif (hit is None and not self._subset_told_by_role(norms, k)
                  and any(c.value > mention.value and (c.category == "victim" or c.whole_group) for c in antecedents)):
                return None  # "Tujuh korban diantaranya sudah berhasil dipulangkan": a part told by its state
        if category in ("neutral", "victim") and noun_end < len(norms):
            # "14 orang merupakan anak-anak", "sebelas korban anak di bawah umur", "15 korban masih anak-anak"
            after = noun_end
            while (category == "victim" and after < min(len(norms), noun_end + 3) and (
                    norms[after] in self.words["anaphora"] or norms[after] in (",", "yang", "lain", "lainnya")
                    or after in sentence.tppo_cue_set)):
                after += 1  # "30 korban TPPO itu masih anak-anak", "enam korban TPPO, semua perempuan"
            if category == "victim" and (scope or "").startswith("of "):
                after = self._past_relative_clause(norms, after)  # "41 dari 311 korban yang diselamatkan ... adalah"
            k = self._past_copulas(norms, after)
            copula, marked_whole = k > after, False
            if not copula and after > noun_end and norms[after - 1] in self.words["anaphora"]:
                hit = self.lex.role_nouns.match(norms, after)  # "Dua dari lima korban itu perempuan."
                copula = bool(hit and hit[1] in GROUP_ROLES)
            k = k if copula else noun_end  # the words skipped lead only to a copula
            for at in (noun_end, noun_end + 1, after) if category == "victim" else ():  # "korban TPPO"
                whole_mark = self.lists["whole_marks"].match(norms, at)
                if whole_mark:  # "21 korban yang seluruhnya (adalah) perempuan", "enam korban, semua perempuan"
                    k, marked_whole = self._past_copulas(norms, at + whole_mark[0]), True
                    break
            hit = self.lex.role_nouns.match(norms, k)
            direct_role = category == "neutral" and hit is not None and hit[1] in ("victim", "suspect", "perpetrator")
            if hit and category == "victim" and copula and not marked_whole and hit[1] not in GROUP_ROLES:
                hit = None  # "lima korban merupakan warga Kabupaten X": no group
            if hit and _part_before(norms, j):
                hit = None  # the 6 of "2 dari 6 korban masih di bawah umur": the group is the part's
            if hit and (hit[1] in GROUP_ROLES or direct_role or (k > noun_end and hit[1] not in ("neutral", "skip"))):
                whole = category == "victim"
                category, noun_end = hit[1], k + hit[0]
                victim_context = True
                larger = max([*victim_totals, *(c.value for c in antecedents if c.sentence >= s_index - 2
                                                 and (c.category == "victim" or c.whole_group))], default=0)
                if whole and ((scope or "").startswith("of ") or subset):
                    whole = False  # "2 dari 6 korban masih di bawah umur", "Delapan di antara korban itu masih di
                    # bawah umur": a part, by its group
                elif whole and not marked_whole and _coordinated_number_after(norms, noun_end):
                    whole = False  # "300 korban laki-laki dan 200 perempuan": a breakdown by sex
                elif whole and copula and not marked_whole and larger > mention.value:
                    scope = f"of {larger}"  # "Dari 90 korban, ... Sebanyak 15 korban masih anak-anak": a part
                elif whole and article["parts_told"].get((category, mention.value), 0) > mention.value:
                    # "dua korban laki-laki" after "tujuh perempuan, dua laki-laki" of the nine: the part told again
                    scope = f"of {article['parts_told'][category, mention.value]}"
                elif whole:
                    scope = "whole"
        if category == "neutral" and self._men_beside_women(norms, j, noun_end):
            category, victim_context = "male", True  # "14 mahasiswi dan 19 mahasiswa": the 19 are men
        if category == "victim" and scope is None and not _part_before(norms, j) and self._all_minors(
                sentence, noun_end):
            # "lima korban TPPO berusia 14 hingga 17 tahun": all children; a part of a larger total only a part;
            # the whole of "dua dari delapan korban masih berusia 15 dan 16 tahun" is not what the ages describe
            larger = max([*victim_totals, *(c.value for c in antecedents if c.category == "victim" or c.whole_group)],
                         default=0)
            category, scope = "child", ("whole" if larger <= mention.value else f"of {larger}")
        elif category == "victim" and (scope or "").startswith("of ") and self._all_minors(sentence, noun_end):
            category, victim_context = "child", True  # "Dua dari enam terapis masih berusia 16 dan 17 tahun"
        if category in _SEX_OF_GROUP and self._other_sex_after(norms, noun_end, _SEX_OF_GROUP[category]):
            # "402 korban anak laki-laki dan perempuan", "12 pria dan wanita": both sexes, no one sex's count
            category = "child" if category in CHILD_SEX_ROLES else ("neutral" if noun_end == j + 2 else "victim")
        candidate = _Candidate(mention.value, category, s_index, j, (sentence.start, sentence.end), scope,
                               noun_end=noun_end)
        if scope == "whole":
            candidate.scope, candidate.whole_group = None, category
        # "sembilan remaja berusia 18 sampai 20 tahun": young adults, counted as people but not as children
        candidate.adults = category == "child" and self._all_adults(sentence, noun_end)
        if category == "neutral":
            candidate.from_people = True
            # "Dua orang (yang diamankan), yakni pemilik toko AB (40) dan CD (38), ditetapkan tersangka"
            if self._predicate_suspects(norms, noun_end):
                category = "suspect"
            elif mention.value > 1 and self._still_witnesses(norms, noun_end):
                category = "held"  # "Tiga orang lain yang ikut diamankan di lokasi masih berstatus saksi"
            else:
                category = self._resolve_person(norms, j, noun_end, sentence.caps)
            twin = _coordinated_twin(norms, j, s_index, antecedents) if category is None else None
            if twin is not None:  # "kepulangan 28 WNI pada Januari dan 17 WNI pada Februari": as the first
                category = twin.category
            if category is None and self._wanted_in_clause(norms, noun_end):
                category = "suspect"  # "dua orang lain yang masuk daftar pencarian orang (DPO)"
            if (category is None and antecedents and self.lists["others_marks"].match(norms, noun_end)
                    and antecedents[-1].sentence == s_index and _total_category(antecedents[-1]) == "victim"):
                category = "victim"  # "tujuh korban telah dideportasi, sementara lima orang lainnya masih di sana"
            if category is None and (victim_totals or victim_context
                                     or self._origins_announced(article, s_index, mention.value)):
                region = region_scope(sentence, j, noun_end)  # "enam orang warga Kota Bitung", "NTT 9 orang"
                category, candidate.scope = ("victim", region) if region else (None, None)
            if category is None and victim_context and self.lists["breakdown_marks"].find_all(norms):
                category = "victim"  # "korban terdiri dari 8 orang dewasa dan 3 anak"
            if category is None or (category == "victim" and (self._legal_placement_before(norms, j)
                                                               or self._legal_placement(norms, noun_end))):
                return None  # "PMI yang berangkat secara resmi tahun ini 1.200 orang", "200 warga bekerja di luar
                # negeri, sebagian besar melalui jalur resmi"
            candidate.category = category
        elif category in GROUP_ROLES:
            candidate.from_people = True
            if any(self.lists["foreign_marks"].match(norms, i) for i in range(noun_end, min(len(norms), noun_end + 3))
                   ) and not (j > 0 and norms[j - 1] in ("korban", "korbannya")):
                return None  # "tiga pria warga negara asing": the foreign husbands or clients; not "dengan korban
                # empat perempuan warga negara asing" (foreign women trafficked in Indonesia)
            if self._is_perpetrator(norms, j, noun_end) or self._arrested_after(norms, noun_end):
                candidate.category = "perpetrator"
            elif category == "male" and not (
                    noun_end < len(norms) and norms[noun_end] in self.words["anaphora"]) and self._held_beside_victims(
                    norms, noun_end, article, antecedents):  # not the victims named again ("tujuh pemuda tersebut")
                candidate.category = "held"  # "Dua pria yang mengantar mereka ikut diamankan dan dimintai keterangan"
            else:
                coordinated = j > 0 and norms[j - 1] in ("dan", ",") and any(  # "19 orang di antaranya laki-laki
                    c.subset and c.category in GROUP_ROLES and c.sentence == s_index for c in antecedents)  # dan 8 ..."
                larger = max([*victim_totals, *(c.value for c in antecedents if c.category == "victim"
                                                 or c.whole_group)], default=0)
                if larger > mention.value and self._goes_along(norms, j, noun_end):
                    # "20 calon PMI diamankan, termasuk tiga anak", "Tiga anak ikut dalam rombongan": a part
                    candidate.scope, subset, victim_context = f"of {larger}", (1, "along"), True
                elif larger > mention.value and _after_its_whole(norms, j, larger, sentence):
                    # "Dari enam korban yang diselamatkan, dua orang masih di bawah umur": a part of the six
                    candidate.scope, subset = f"of {larger}", (1, "partition")
                if attendance or not (victim_context or coordinated):
                    return None
                candidate.scope = candidate.scope or GROUP_SCOPES[category]
                if candidate.whole_group or self._is_whole_group(norms, noun_end):
                    candidate.whole_group = category
                else:
                    candidate.group_clause = (self._has_victim_clause(norms, noun_end, sentence.caps)
                                              or self._verb_before(norms, j, "sending") is not None)
        elif category == "victim" and self._is_perpetrator_clause(norms, noun_end):
            return None
        if candidate.category == "victim" and candidate.scope is None and not subset:
            larger = next((c.value for c in reversed(antecedents) if c.value > mention.value and c.sentence == s_index
                           and _after_its_whole(norms, j, c.value, sentence)), None)
            if larger is not None:  # "Dari 187 korban, 64 orang berhasil kami selamatkan": a part of the 187
                candidate.scope, subset = f"of {larger}", (1, "partition")
        if candidate.category == "victim" and not (candidate.scope or "").startswith("of ") and not subset:
            whole = self._whole_group_later(norms, noun_end, past_numbers=False)
            if whole is not None:  # "Ada 5 orang yang menjadi korban dalam kasus ini, seluruhnya perempuan"
                candidate.category = candidate.whole_group = whole[0]
        candidate.subset = bool(subset or subset_after)
        candidate.other_part = any(norms[i] in ("lain", "lainnya") for i in (noun_end - 1, noun_end) if i < len(norms))
        if candidate.category in ("victim", *GROUP_ROLES):
            self._mark_victim_state(candidate, norms, j, noun_end, sentence.caps)
            if (not candidate.local_rescue and before_category == candidate.category and 0 <= before_at < j
                    and self._rescued_in_relative_clause(norms, before_at, j)):
                candidate.local_rescue = True  # "Jumlah korban yang diselamatkan ... dari dua kafe mencapai enam"
            twin = _coordinated_twin(norms, j, s_index, antecedents) if candidate.from_people else None
            if twin is not None and twin.category == candidate.category:  # the first one's verb governs both
                candidate.local_rescue = candidate.local_rescue or twin.local_rescue
                candidate.local_repatriation = candidate.local_repatriation or twin.local_repatriation
                candidate.past_migration = candidate.past_migration or twin.past_migration
            candidate.restated = (mention.kind == "collective" or (j > 0 and norms[j - 1] == "dari")
                                  or (noun_end < len(norms) and norms[noun_end] in self.words["anaphora"]))
        if candidate.scope is None and candidate.category in ("victim", "case", "report"):
            candidate.scope = region_scope(sentence, j, noun_end)
        elif (candidate.category == "victim" and (candidate.scope or "").startswith("of ") and norms[j + 1] == "dari"
              and (candidate.value == 1 or region_scope(sentence, j, noun_end) is None)):
            # "enam dari delapan WNI itu berasal dari Kabupaten X": a breakdown by region counts; "empat dari lima
            # korban sudah kembali bersekolah" (by their state) does not, nor "Ia satu dari enam ABK asal Tegal" (one
            # person)
            article["state_parts"].append((s_index, j, candidate.value, _token_value(sentence, j + 2)))
            return None
        # "..., sementara satu korban masih menjalani pemulihan": the rest of the same breakdown by state
        if candidate.category == "victim" and any(
                part + candidate.value == total and ((p_s == s_index and p_j < j and j > 0 and norms[j - 1] in (
                    "sementara", "sedangkan", "dan", ",")) or (p_s == s_index - 1 and candidate.other_part))
                for p_s, p_j, part, total in article["state_parts"]):
            return None  # "Empat lainnya masih berada di Kamboja" after "Dua dari enam pemuda itu berhasil pulang"
        return candidate

    def _partition_part(self, sentence: _Sentence, j: int) -> tuple[str | None, str | None]:
        """(role, scope) of a bare number in a sentence that partitions cases or reports ("Dari tujuh kasus itu,
        empat ditangani Polres X dan dua oleh Polresta Y"): a part of them; (None, None) otherwise. Parts of people
        are read by their origin or sex elsewhere."""
        norms = sentence.norms
        head = _partition_head(norms)
        # "empat dari Kabupaten Bone" (a part by its home, its noun left out after "lima kasus berasal dari Kota X") is
        # one; "dua dari tiga kasus" is read elsewhere
        from_home = norms[j + 1 : j + 2] == ["dari"] and j + 2 < len(norms) and sentence.caps[j + 2]
        if head is None or head >= j or (j + 1 < len(norms) and norms[j + 1] in ("dari", "di", "(") and not from_home):
            return None, None
        category = self._role_after(norms, head)[0]
        if category not in ("case", "report"):
            return None, None
        return category, f"of {_token_value(sentence, head)}"

    def _kind_after_copula(self, norms: list[str], j: int) -> tuple[str | None, int]:
        """(role, end) of cases or reports a copula names after a bare number ("sembilan merupakan kasus TPPO",
        "tiga adalah laporan ..."); (None, j + 1) otherwise."""
        k = self._past_copulas(norms, j + 1)
        hit = self.lex.role_nouns.match(norms, k) if k > j + 1 else None
        if hit is None or hit[1] not in ("case", "report"):
            return None, j + 1
        return hit[1], k + hit[0]

    def _partition_scope(self, sentence: _Sentence, j: int, category: str, value: int) -> str | None:
        """The scope of cases or reports counted with their own noun in a sentence that partitions a larger number
        of the same kind ("Dari 27 laporan tersebut, Polrestabes X menangani sembilan laporan"): a part of it."""
        head = _partition_head(sentence.norms)
        if head is None or head >= j or self._role_after(sentence.norms, head)[0] != category:
            return None
        whole = _token_value(sentence, head)
        return f"of {whole}" if whole is not None and value < whole else None

    def _partition_suspects(self, sentence: _Sentence, j: int) -> tuple[str | None, str | None]:
        """("suspect", scope) of a bare number a sentence partitioning people calls suspects ("Dari empat orang yang
        kita amankan, tiga sudah ditetapkan sebagai tersangka"); (None, None) otherwise."""
        norms = sentence.norms
        head = _partition_head(norms)
        if head is None or head >= j or self._role_after(norms, head)[0] not in ("neutral", "victim", None):
            return None, None
        if not self._called_suspects(norms, j + 1):
            return None, None
        return "suspect", f"of {_token_value(sentence, head)}"

    def _group_of_victims_before(self, norms: list[str], at: int, value: int | None, victim_totals: set[int]) -> str:
        """The role of "korban perempuan tercatat sebanyak 158 orang" said after a larger victim total: the women
        (or men, or children) among the victims; "victim" otherwise."""
        hit = self.lex.role_nouns.match(norms, at + 1)
        if hit is None or hit[1] not in GROUP_ROLES or value is None or not any(v > value for v in victim_totals):
            return "victim"
        return hit[1]

    def _partition_group_part(self, sentence: _Sentence, j: int,
                              antecedents: Sequence[_Candidate] = ()) -> tuple[str | None, int, str | None]:
        """(role, noun end, scope) of a bare number that a copula calls women, men or children in a sentence
        partitioning people ("Dari 196 korban, 137 merupakan perempuan"), or the victims counted just before
        ("Dari jumlah itu, 24 merupakan anak"); (None, j + 1, None) otherwise."""
        norms = sentence.norms
        k = self._past_copulas(norms, j + 1)
        whole = self._partitioned_people(sentence, j, antecedents)
        if whole is None or k == j + 1:
            return None, j + 1, None
        hit = self.lex.role_nouns.match(norms, k)
        if hit is None or hit[1] not in GROUP_ROLES:
            return None, j + 1, None
        return hit[1], k + hit[0], f"of {whole}"

    def _partitioned_people(self, sentence: _Sentence, j: int, antecedents: Sequence[_Candidate]) -> int | None:
        """The number of people a sentence partitions before the part at ``j``: its own "Dari 196 korban", or the
        last victim total for "Dari jumlah itu/tersebut"; None when it partitions none."""
        norms = sentence.norms
        head = _partition_head(norms)
        if head is not None:
            ok = head < j and self._role_after(norms, head)[0] in ("victim", "neutral", *GROUP_ROLES)
            return _token_value(sentence, head) if ok else None
        first = _first_word(norms)
        mark = self.lists["subset_marks"].match(norms, first) if norms[first : first + 1] == ["dari"] else None
        if mark is None or first + mark[0] > j or not antecedents:
            return None
        last = antecedents[-1]
        return last.value if (last.category == "victim" or last.whole_group) and last.value > _token_value(
            sentence, j) else None

    def _past_relative_clause(self, norms: list[str], k: int) -> int:
        """The position of the copula that ends a relative clause at ``k`` ("yang diselamatkan pada 2025 adalah"),
        else ``k``."""
        if norms[k - 1 : k] == ["yang"]:
            k -= 1
        if norms[k : k + 1] != ["yang"]:
            return k
        for i in range(k + 1, min(len(norms), k + _RELATIVE_WINDOW)):
            if norms[i] in (",", ";", "#num", *SENTENCE_STOPS):
                return k
            if norms[i] in self.words["clause_copulas"]:
                return i
        return k

    def _other_sex_after(self, norms: list[str], noun_end: int, sex: str) -> bool:
        """Whether a noun of the other sex follows a group noun in coordination, with no number of its own ("anak
        laki-laki dan perempuan", "pria maupun wanita"): the group is of both sexes."""
        if noun_end + 1 >= len(norms) or norms[noun_end] not in self.words["sex_links"]:
            return False
        hit = self.lex.role_nouns.match(norms, noun_end + 1)
        if hit is None or _SEX_OF_GROUP.get(hit[1], sex) == sex:
            return False
        k = noun_end + 1 + hit[0]  # not "dan perempuan 793 orang", "dan perempuan sebanyak 117 orang": counted apart
        k += 1 if k < len(norms) and norms[k] in self.words["connectors"] else 0
        return norms[k : k + 1] != ["#num"]

    def _goes_along(self, norms: list[str], j: int, noun_end: int) -> bool:
        """Whether people of a group go along with others counted before: "termasuk tiga anak", "tiga anak ikut
        dalam rombongan", "tiga anak yang turut dibawa"."""
        if j > 0 and (norms[j - 1] in self.words["along_marks"] or norms[j - 1] in self.words["along_leads"]):
            return True  # "termasuk tiga anak", "... sebagian besar perempuan dan ada lima anak"
        for k in range(noun_end, min(len(norms), noun_end + 5)):  # "tiga anak usia sekolah ikut ..."
            if norms[k] in self.words["along_marks"]:
                return True
            if norms[k] in ("#num", ",", ";", *SENTENCE_STOPS) or self.lists["migration"].match(norms, k):
                return False
        return False

    def _rest_of_a_state_split(self, norms: list[str], j: int, k: int) -> bool:
        """Whether "N lainnya" at ``j`` (its words from ``k``) is the rest of a group split by state in the same
        sentence ("Dua di antaranya sudah dipulangkan, sedangkan empat lainnya masih di Irak"): the part before it
        told by a state makes no count, and neither does its rest, unless the rest is told by its role or home, or
        was rescued ("sedangkan tujuh lainnya diselamatkan")."""
        def told_by_state(at: int) -> bool:
            told = self._past_copulas(norms, at)
            by_role = self.lex.role_nouns.match(norms, told)
            return (not self._subset_told_by_role(norms, at) and (by_role is None or by_role[1] == "neutral")
                    and norms[told - 1 : told] != ["berusia"] and norms[told : told + 2] != ["di", "bawah"])

        rescued = any(self.lists["rescue"].match(norms, i) for i in range(k, min(len(norms), k + 4)))
        return not rescued and told_by_state(k) and any(
            i > 0 and norms[i - 1] == "#num" and told_by_state(i + length)
            for i, length, _ in self.lists["subset_marks"].find_all(norms[:j]))

    def _subset_told_by_role(self, norms: list[str], k: int) -> bool:
        """Whether the words after "N di antaranya" keep the group's role: nothing more ("..., dua di antaranya."),
        an origin ("berasal dari Kabupaten X") or a suspect status ("ditetapkan sebagai tersangka"); a state or a
        relation ("mengalami luka", "kerabat pelaku") makes no count."""
        if k >= len(norms) or norms[k] in (",", ";", "dan", *SENTENCE_STOPS) or norms[k] in _ORIGIN_WORDS:
            return True
        if "korban" in norms[k : k + 3]:  # "sembilan orang di antaranya terindikasi sebagai korban"
            return True
        if self.lists["subset_deeds"].match(norms, k):  # "500 orang di antaranya direkrut untuk bekerja di
            return True  # perusahaan penipuan daring": a breakdown by what was done to them
        return self._called_suspects(norms, k) or self.lists["perpetrator_marks"].match(norms, k) is not None

    def _all_minors(self, sentence: _Sentence, noun_end: int) -> bool:
        """Whether the ages told right after the people are all under 18 ("korban TPPO yang masih berusia 15 dan 16
        tahun", "berusia 14 hingga 17 tahun"), or those of the names listed after them ("Kedua korban, Bunga (15)
        dan Melati (16)", "tiga korban, yakni AB (16), CD (17) dan EF (15)")."""
        k = self._age_told_at(sentence, noun_end)
        if k is not None:
            return _minor_by_age(sentence, k)
        ages = self._listed_ages(sentence, noun_end)
        return len(ages) >= 2 and max(ages) < 18

    def _listed_ages(self, sentence: _Sentence, k: int) -> list[int]:
        """The ages in parentheses of the names listed from ``k`` ("yakni AB (16), CD (17) dan EF (15)"), past a
        comma and an enumerator; none when a plain word ends the list before two are told."""
        norms, caps = sentence.norms, sentence.caps
        k += 1 if norms[k : k + 1] == [","] else 0
        mark = self.lists["enumerators"].match(norms, k)
        k += mark[0] if mark else 0
        ages: list[int] = []
        while k < len(norms) and (caps[k] or norms[k] in ("(", ")", ",", "dan", "serta", "#num", "berinisial")):
            if norms[k] == "#num" and norms[k - 1] == "(" and norms[k + 1 : k + 2] == [")"] and caps[k - 2]:
                ages.append(_token_value(sentence, k) or 0)
            k += 1
        return ages

    def _companions(self, norms: list[str], j: int, noun_end: int) -> bool:
        """Whether the people at ``j`` went along with one person the story follows ("Ia berangkat bersama tiga
        perempuan lain", "ditampung bersama Asep dan empat pria lain"), told in passing: not rescued, and no deed
        done to them told after ("bersama tiga anak lain dipaksa bekerja" counts them)."""
        if noun_end >= len(norms) or norms[noun_end] not in ("lain", "lainnya") or "bersama" not in norms[
                max(0, j - 3) : j]:
            return False
        return (self._verb_before(norms, j, "rescue", _COORDINATED_WINDOW) is None
                and not self._clause_after(norms, noun_end + 1, "migration", 6))  # not "... lain dipaksa bekerja"

    def _wanted_in_clause(self, norms: list[str], noun_end: int) -> bool:
        """Whether the clause after plain people says they are wanted ("yang masuk daftar pencarian orang (DPO)",
        "yang kini buron"): suspects, by the contract's DPO."""
        wanted = self.lists["wanted_marks"]
        for i in range(noun_end, min(len(norms), noun_end + _VERB_WINDOW * 3)):
            if norms[i] in ("#num", ";", *SENTENCE_STOPS):
                return False
            if wanted.match(norms, i):
                return True
        return False

    @staticmethod
    def _one_named_perpetrator(norms: list[str], candidate: _Candidate) -> bool:
        """Whether one perpetrator is named by initials in the clause after the number ("satu orang lain berinisial
        RD masih DPO", "Satu pelaku lain ..., berinisial AR, ..."): a single named person, no count."""
        if candidate.value != 1 or candidate.category not in ("suspect", "perpetrator", "held"):
            return False
        for i in range(candidate.noun_end, min(len(norms), candidate.noun_end + _CLAUSE_WINDOW)):
            if norms[i] in ("#num", ";", *SENTENCE_STOPS):
                return False
            if norms[i] in ("berinisial", "inisial"):
                return True
        return False

    def _men_beside_women(self, norms: list[str], j: int, noun_end: int) -> bool:
        """Whether the noun of the count at ``j`` is the masculine form of a feminine noun counted just before it in
        the sentence ("14 mahasiswi dan 19 mahasiswa", "tiga siswi dan dua siswa")."""
        feminine = self.feminine_of.get(norms[noun_end - 1]) if noun_end > j + 1 else None
        return feminine is not None and any(norms[i] == feminine and norms[i - 1] == "#num"
                                            for i in range(max(1, j - 6), j))

    def _all_adults(self, sentence: _Sentence, noun_end: int) -> bool:
        """Whether the ages told right after the people are all 18 or more ("Kesembilan remaja berusia 18 sampai 20
        tahun"): a noun of the young does not make them children then."""
        k = self._age_told_at(sentence, noun_end)
        ages = _ages_at(sentence, k) if k is not None else []
        return bool(ages) and min(ages) >= 18

    def _age_told_at(self, sentence: _Sentence, noun_end: int) -> int | None:
        """The position after the age word told right after the people ("yang masih berusia"), or None."""
        norms, copulas = sentence.norms, self.words["copulas"]
        k = noun_end
        while k < len(norms) and k < noun_end + 4 and (k in sentence.tppo_cue_set or norms[k] in (
                "yang", "itu", "tersebut", ",") or (norms[k] in copulas and norms[k] not in _AGE_WORDS)
                or (norms[k] in ("saat", "ketika", "kala", "waktu") and norms[k + 1 : k + 2] == ["itu"])):
            k += 1  # "Dua dari tiga korban diketahui masih berusia 16 dan 17 tahun", "Ketiganya saat itu berusia"
        return k + 1 if k < len(norms) and norms[k] in _AGE_WORDS else None

    def _past_copulas(self, norms: list[str], k: int) -> int:
        """The position after up to two copulas at ``k`` ("masih", "merupakan", "masih berusia")."""
        for _ in range(2):
            if k < len(norms) and norms[k] in self.words["copulas"]:
                k += 1
        return k

    def _whole_group_later(self, norms: list[str], noun_end: int, past_numbers: bool = True) -> tuple[str, int] | None:
        """(group category, its end) when the clause after a restated group of people says all of them are of one
        group ("kesembilan pemuda itu berusia 20 sampai 28 tahun dan semuanya laki-laki"), else None; without
        ``past_numbers``, another number before the mark ends the search (the mark is that number's)."""
        for i in range(noun_end, min(len(norms), noun_end + 15)):
            if norms[i] in SENTENCE_STOPS or norms[i] == ";" or (norms[i] == "#num" and not past_numbers):
                return None
            mark = self.lists["whole_marks"].match(norms, i)
            if mark:
                k = i + mark[0]
                k += 1 if k < len(norms) and norms[k] in self.words["copulas"] else 0
                hit = self.lex.role_nouns.match(norms, k)
                return (hit[1], k + hit[0]) if hit and hit[1] in GROUP_ROLES else None
        return None

    def _legal_placement(self, norms: list[str], noun_end: int) -> bool:
        """A legal-placement word in the clause after the noun, not negated ("secara resmi", not "tidak resmi"), also
        past an apposition ("200 warga bekerja di luar negeri, sebagian besar ... melalui jalur resmi")."""
        for i in range(noun_end, min(len(norms), noun_end + _CLAUSE_WINDOW)):
            if norms[i] in ("#num", ";", *SENTENCE_STOPS) or norms[i] in self.words["contrasts"]:
                return False
            if self.lists["legal_placement"].match(norms, i) and not self._officially_done(norms, i):
                return not self._negated(norms, i)
        return False

    def _legal_placement_before(self, norms: list[str], j: int) -> bool:
        """A legal-placement word in the clause before the number, not negated ("PMI yang berangkat secara resmi
        tahun ini 900 orang")."""
        for i in range(j - 1, max(-1, j - 10), -1):
            if norms[i] in ("#num", ",", ";", *SENTENCE_STOPS):
                return False
            if self.lists["legal_placement"].match(norms, i) and not self._officially_done(norms, i):
                return not self._negated(norms, i)
        return False

    def _officially_done(self, norms: list[str], i: int) -> bool:
        """Whether "resmi" at ``i`` is "officially" before a verb of the case ("resmi ditetapkan tersangka", "resmi
        ditahan", "resmi menjadi tersangka"), not a lawful placement ("berangkat secara resmi", "resmi
        diberangkatkan")."""
        after = norms[i + 1] if i + 1 < len(norms) else ""
        return norms[i] == "resmi" and (
            (after.startswith("di") and len(after) > 4) or after in ("menjadi", "menetapkan", "menahan", "berstatus")
        ) and not self.lists["sending"].match(norms, i + 1)

    def _negated(self, norms: list[str], i: int) -> bool:
        """Whether a negation stands in the three words before ``i`` ("tanpa dokumen resmi", "tidak resmi")."""
        return any(norms[m] in self.words["negations"] for m in range(max(0, i - 3), i))

    def _subset_of_suspects(self, norms: list[str], j: int, antecedents: Sequence[_Candidate] = (),
                            value: int = 0) -> bool:
        """Whether the nearest role noun before a "N di antaranya" names suspects; with none in the sentence, the
        last count ("empat tersangka ... Satu di antaranya adalah perempuan") when it can hold ``value`` (not the
        two suspects of "Kedua tersangka ... Lima di antaranya masih di bawah umur", said of eight victims)."""
        for i in range(j - 1, max(-1, j - 1 - 2 * _B_WINDOW), -1):
            if norms[i] == "#num":  # "Terdakwa merekrut empat remaja perempuan, dua di antaranya ...": the subset
                hit = self.lex.role_nouns.match(norms, i + 1)  # is of the people counted nearest before it
                return hit is not None and hit[1] in ("suspect", "perpetrator")
            hit = self.lex.role_nouns.match(norms, i)
            if hit and hit[1] not in ("neutral", "skip", *GROUP_ROLES):
                return hit[1] in ("suspect", "perpetrator")
        return bool(antecedents) and antecedents[-1].category in ("suspect", "perpetrator") and (
            antecedents[-1].value >= value)

    def _coordinated_subset(self, norms: list[str], j: int, s_index: int,
                            antecedents: Sequence[_Candidate]) -> _Candidate | None:
        """The subset ("N di antaranya ...") of this sentence that a number coordinated after it ("dan 47",
        ", 12") continues, or None."""
        if j == 0 or norms[j - 1] not in ("dan", ",", "serta", "sedangkan", "sementara"):
            return None
        for c in reversed(antecedents):
            if c.sentence == s_index and c.token < j and (c.scope or "").startswith("of ") and c.subset:
                return c
        return None

    def _resolve_person(self, norms: list[str], j: int, noun_end: int, caps: list[bool]) -> str | None:
        """The role of plain people ("7 orang", "dua warga") from the clause and the verb around them; the names
        of their home region are skipped ("Delapan warga Kabupaten Sikka, NTT, batal berangkat"). People an
        agency handles ("KBRI telah menangani 112 WNI") are victims unless a suspect or perpetrator noun follows."""
        if self._escort_agents(norms, j):
            return "perpetrator"
        if j > 0 and (hit := self.lists["migration"].match(norms, j - 1)) is not None and hit[0] == 1:
            return "victim"  # "kasus eksploitasi tujuh pemandu lagu ..., yakni pengelola HS": the exploited people
        if self._verb_before(norms, j, "handling") is not None and not any(
                self._is_suspect_noun(norms, i) for i in _clause_words(norms, caps, noun_end, 8)):
            return "victim"
        if self._is_perpetrator(norms, j, noun_end) or self._apposed_perpetrators(norms, noun_end):
            return "perpetrator"
        for i in _clause_words(norms, caps, noun_end, 8):  # the first telling word after them
            if self._perpetrator_mark_at(norms, i) or self._is_suspect_noun(norms, i):
                return "perpetrator"
            if any(self.lists[key].match(norms, i) for key in ("rescue", "migration", "repatriation", "homecoming")):
                return "victim"  # "tiga pemuda asal X minta dipulangkan", "... akhirnya kembali ke tanah air"
            hit = self.lex.role_nouns.match(norms, i)  # "22 orang teridentifikasi sebagai korban"
            if hit and hit[1] == "victim" and i > noun_end and norms[i - 1] in self.words["suspect_status"]:
                return "victim"
        if self._arrested_before(norms, j):
            return "perpetrator"
        if any(self._verb_before(norms, j, key) is not None for key in ("rescue", "migration", "repatriation")):
            return "victim"
        if self._called_victims_later(norms, noun_end):
            return "victim"
        return None

    def _apposed_perpetrators(self, norms: list[str], noun_end: int) -> bool:
        """People named right after their number as perpetrators, or as the owner, madam or guard of the place
        (``apposed_perpetrators``), as any item of the list: "tiga orang di lokasi, yakni pemilik karaoke
        berinisial HS (45), ...", "empat orang diamankan, yakni ibu bayi ..., dua perantara ..."."""
        for i in range(noun_end, min(len(norms) - 1, noun_end + 8)):
            if norms[i] in SENTENCE_STOPS or norms[i] == "#num":
                return False
            if norms[i] in ("yakni", "yaitu"):
                return any(self._perpetrator_item(norms, k) for k in self._list_items(norms, i + 1))
        return False

    @staticmethod
    def _list_items(norms: list[str], start: int) -> Iterator[int]:
        """Where the items of a list that opens at ``start`` begin, past a number or "seorang"/"para" ("yakni ibu
        bayi berinisial DA (23), dua perantara ... serta seorang bidan ..."), up to the end of the sentence."""
        k = start
        while k < len(norms) and norms[k] not in SENTENCE_STOPS:
            if k == start or norms[k - 1] in (",", "dan", "serta"):
                yield k + 1 if norms[k] in ("seorang", "para", "#num") else k
            k += 1

    def _perpetrator_item(self, norms: list[str], k: int) -> bool:
        """Whether a list item names a perpetrator ("dua perantara") or the owner, madam or guard of the place."""
        hit = self.lex.role_nouns.match(norms, k)
        return bool(hit and hit[1] in ("perpetrator", "suspect")) or bool(self.lists["apposed_perpetrators"].match(
            norms, k))

    def _called_victims_later(self, norms: list[str], noun_end: int) -> bool:
        """The people are called victims later in their sentence, through "mereka" ("Empat orang sudah kami rujuk ke
        polda karena ada indikasi kuat mereka korban perdagangan orang")."""
        for i in range(noun_end, len(norms) - 1):
            if norms[i] in SENTENCE_STOPS or norms[i] == "#num":
                return False  # another count, or the sentence ends, before anyone is called a victim
            if norms[i] != "mereka":
                continue
            k = i + 1
            if norms[k] in self.words["suspect_status"] or norms[k] in ("adalah", "merupakan", "menjadi"):
                k += 1
            hit = self.lex.role_nouns.match(norms, k)
            if hit and hit[1] == "victim":
                return True
        return False

    def _is_perpetrator_clause(self, norms: list[str], noun_end: int) -> bool:
        """ "yang diduga terlibat", "yang kini berstatus tersangka", also past the people's initials ("dua pria
        berinisial RM (41) dan HS (36) yang ..."); "yang diduga" with an active verb (me-, ber-) that is not a
        victim's (berangkat, bekerja, menjadi korban) is a suspicion of a deed: "yang diduga mengurus keberangkatan"."""
        noun_end = _past_initials(norms, noun_end)
        for skip in (1, 2):  # "tiga pria dewasa yang diduga memesan": past a plain word or two
            if noun_end + skip < len(norms) and norms[noun_end + skip] == "yang" and all(
                    norms[m].isalpha() and norms[m] not in self.words["connectors"]
                    for m in range(noun_end, noun_end + skip)):
                noun_end += skip
                break
        if not (noun_end < len(norms) and norms[noun_end] == "yang"):
            return False
        if self._perpetrator_mark_after(norms, noun_end + 1) or self._called_suspects(norms, noun_end + 1):
            return True
        verb = noun_end + 2
        if norms[noun_end + 1 : verb] != ["diduga"] or verb >= len(norms) or self.lists["rescue"].match(norms, verb):
            return False
        if norms[verb] in self.words["future"]:  # "yang diduga hendak / berupaya berangkat": would-be migrants
            return False
        if norms[verb] in ("menjadi", "merupakan", "sebagai"):  # "yang diduga menjadi pengurus keberangkatan"
            hit = self.lex.role_nouns.match(norms, verb + 1)
            return verb + 1 < len(norms) and not (hit and hit[1] in ("victim", "neutral", *GROUP_ROLES))
        if self._is_suspect_noun(norms, verb):  # "dua pria yang diduga mucikari"
            return True
        if norms[verb].startswith("me"):  # a deed done to others ("menampung", "mengirim")
            return True
        return norms[verb].startswith("ber") and not self.lists["migration"].match(norms, verb)

    def _perpetrator_mark_after(self, norms: list[str], start: int) -> bool:
        """A perpetrator's mark in the three words from ``start`` ("yang diduga terlibat", "yang berperan sebagai
        perekrut"), not one that goes on to call them victims ("yang diduga sebagai korban TPPO")."""
        for i in range(start, min(len(norms), start + 3)):
            if norms[i] in SENTENCE_STOPS or norms[i] in (",", "#num"):
                return False
            if self.lists["perpetrator_marks"].match(norms, i):
                return self._perpetrator_mark_at(norms, i)
        return False

    def _perpetrator_mark_at(self, norms: list[str], i: int) -> bool:
        """Whether a perpetrator's mark stands at ``i`` and is not followed by a victim noun ("diduga sebagai
        korban") or by one's own organ ("yang telah menjual ginjal": the sellers of an organ trade's victims)."""
        hit = self.lists["perpetrator_marks"].match(norms, i)
        if hit is None or self.lists["own_organs"].match(norms, i + hit[0]):
            return False
        noun = self.lex.role_nouns.match(norms, i + hit[0])
        return not (noun and noun[1] == "victim")

    def _called_suspects(self, norms: list[str], start: int) -> bool:
        """A status word and a suspect noun in the clause ("yang diamankan kemudian ditetapkan sebagai tersangka"),
        not denied ("belum ditetapkan sebagai tersangka")."""
        for i in range(start, min(len(norms), start + 8)):
            if norms[i] in SENTENCE_STOPS or norms[i] in (",", "#num"):
                return False
            if self._is_suspect_noun(norms, i) and i > start and norms[i - 1] in self.words["suspect_status"] and \
                    not (i > 1 and norms[i - 2] in self.words["job_verbs"]):  # not "bekerja sebagai penjaga toko"
                return not self._negated(norms, i)
        return False

    def _group_first_named(self, norms: list[str], j: int, written: str, before: list[str]) -> bool:
        """Whether a collective at ``j`` (``written`` so) that restates no number names the victims as a group:
        "Ketiganya" with what befell victims (``group_lot``, ``migration``) in its clause ("Ketiganya direkrut lewat
        media sosial"), or a people's noun and "itu"/"tersebut" after it ("ketiga pemuda itu dijanjikan bekerja di
        Bangkok"; not "kedua anaknya", "Kedua, ..." or "anak kedua"); and neither its sentence nor the one
        ``before`` tells of a suspect or an arrest (who may be the people it names: "Polisi menangkap AB dan CD.
        Keduanya berasal dari Medan")."""
        end = next((i for i in range(j + 1, len(norms)) if norms[i] in SENTENCE_STOPS or norms[i] == ";"), len(norms))
        clause = norms[j + 1 : min(end, j + 10)]
        if any(self._is_suspect_noun(words, i) for words in (norms, before) for i in range(len(words))) or \
                self.lists["arrest"].find_all(norms) or self.lists["arrest"].find_all(before):
            return False
        if written.lower().endswith("nya"):
            return bool(self.lists["group_lot"].find_all(clause) or self.lists["migration"].find_all(clause))
        hit = self.lex.role_nouns.match(norms, j + 1)
        return hit is not None and hit[1] in ("victim", "neutral", *GROUP_ROLES) and \
            norms[j + 1 + hit[0] : j + 2 + hit[0]] in (["itu"], ["tersebut"])

    def _not_yet_suspects(self, norms: list[str], noun_end: int) -> bool:
        """Whether the clause after people says they are no suspects (yet): "masih berstatus saksi", "belum
        ditetapkan sebagai tersangka", "diamankan dan masih diperiksa" (still questioned, their status open), past a
        list of who they are ("Dua orang lainnya, yakni seorang pelayan dan sopir, turut diamankan dan masih
        menjalani pemeriksaan")."""
        # numbers past a list's opening word are the list's ("seorang pelayan"); the clause then reads 8 words longer
        listing = next((i for i in range(noun_end, min(len(norms), noun_end + 10)) if norms[i] in ("yakni", "yaitu")),
                       len(norms))
        for i in range(noun_end, min(len(norms), noun_end + (10 if listing == len(norms) else 18))):
            if norms[i] in SENTENCE_STOPS or norms[i] == ";" or (norms[i] == "#num" and i < listing):
                return False
            if norms[i] == "saksi" and i > 0 and norms[i - 1] in ("berstatus", "sebagai", "status", "menjadi"):
                return True
            if norms[i] == "masih" and (norms[i + 1 : i + 2] == ["diperiksa"] or norms[i + 1 : i + 3] in (
                    ["menjalani", "pemeriksaan"], ["dalam", "pemeriksaan"], ["dimintai", "keterangan"])):
                return True
            if self._is_suspect_noun(norms, i) and self._negated(norms, i):
                return True
        return False

    @staticmethod
    def _still_witnesses(norms: list[str], noun_end: int) -> bool:
        """Plain people secured along with the case whose clause says they are still only witnesses, past an
        apposition of who they are ("Tiga orang lain yang ikut diamankan di lokasi masih berstatus saksi", "Dua orang,
        pasangan suami istri yang hendak membeli bayi tersebut, turut diamankan dan masih berstatus saksi"): held
        people, whom the police may yet name suspects, not victims rescued."""
        for i in range(noun_end, min(len(norms), noun_end + 18)):
            if norms[i] in SENTENCE_STOPS or norms[i] in (";", "#num"):
                return False
            if norms[i] == "masih" and "saksi" in norms[i + 1 : i + 4] and "korban" not in norms[i + 1 : i + 5]:
                return True
        return False

    def _called_perpetrators(self, norms: list[str], start: int) -> bool:
        """A perpetrator's role said of people named before ("Keempatnya diduga calo", "Keduanya berperan sebagai
        perekrut")."""
        for i in range(start, min(len(norms), start + 4)):
            if norms[i] in SENTENCE_STOPS or norms[i] in (",", "#num"):
                return False
            if self.lists["perpetrator_marks"].match(norms, i) or (
                    self._is_suspect_noun(norms, i) and i > start and norms[i - 1] in self.words["predicate_links"]):
                return True
        return False

    def _predicate_suspects(self, norms: list[str], noun_end: int) -> bool:
        """The clause after plain people, past an apposition of names and ages, names them suspects
        ("Dua orang, pasangan berinisial AB (29) dan CD (26), ditetapkan sebagai tersangka"); another count
        (not an age in parentheses) or a sentence stop ends the search."""
        for i in range(noun_end, min(len(norms), noun_end + 40)):
            norm = norms[i]
            if norm in SENTENCE_STOPS or norm in (":", ";") or norm.isspace() or (
                    norm == "#num" and not (norms[i - 1] == "(" and i + 1 < len(norms) and norms[i + 1] == ")")):
                return False  # a colon or a line break ends a headline's clause
            hit = self.lex.role_nouns.match(norms, i)  # "tersangka", not "menjadi perekrut" (a suspicion)
            if hit and hit[1] == "suspect" and i > noun_end and norms[i - 1] in self.words["suspect_status"]:
                return True
        return False

    def _is_perpetrator(self, norms: list[str], j: int, noun_end: int) -> bool:
        """People marked as perpetrators: "yang diduga terlibat", "terduga pelaku", the agents of an escort
        ("didampingi dua orang"), or after an arrest verb."""
        if self._is_perpetrator_clause(norms, noun_end):
            return True
        if self._escort_agents(norms, j):
            return True
        for i in range(noun_end, min(len(norms), noun_end + 2)):
            if i > noun_end and norms[noun_end] in ("korban", "korbannya"):
                break  # "empat perempuan korban sponsor ilegal": the sponsor's victims
            hit = self.lex.role_nouns.match(norms, i)
            if hit and hit[1] in ("perpetrator", "suspect"):
                return True
        return self._arrested_before(norms, j)

    def _arrested_after(self, norms: list[str], noun_end: int) -> bool:
        """A passive verb of arrest right after the people ("Tiga perempuan ditangkap", "dua pria yang sudah
        diringkus"): they are the arrested."""
        i = noun_end + (1 if norms[noun_end : noun_end + 1] == ["yang"] else 0)
        while i < len(norms) and norms[i] in self.words["aspect_words"]:
            i += 1
        return i < len(norms) and norms[i] in self.words["arrested_passives"]

    def _escort_agents(self, norms: list[str], j: int) -> bool:
        """The number is the agent of a passive escort verb right before it ("rombongan yang didampingi dua orang",
        "diantar oleh tiga orang"): those people move the group, they are not in it."""
        verb = j - 2 if j > 1 and norms[j - 1] == "oleh" else j - 1
        return verb >= 0 and norms[verb] in self.words["escort_passives"]

    def _held_beside_victims(self, norms: list[str], noun_end: int, article: dict,
                             antecedents: Sequence[_Candidate]) -> bool:
        """Men secured after the victims were counted who are clients ("tiga pria tamu") or questioned in their
        clause ("ikut diamankan dan kini dimintai keterangan"), not told as victims by a deed done to them."""
        if not (article["victims_seen"] or any(c.category in ("victim", *GROUP_ROLES) for c in antecedents)):
            return False
        if self.lists["client_nouns"].match(norms, noun_end):
            return True
        migration, questioning = self.lists["migration"], self.lists["questioning"]
        window_end = min(len(norms), noun_end + _CLAUSE_WINDOW)
        for i in range(noun_end, window_end):
            if norms[i] in ("#num", ";", *SENTENCE_STOPS) or migration.match(norms, i):
                return False
            if questioning.match(norms, i):  # not "memeriksa keempat pemuda sebagai saksi korban": victims heard
                return not any(norms[k : k + 2] == ["saksi", "korban"] for k in range(noun_end, window_end))
        return False

    def _arrested_before(self, norms: list[str], j: int) -> bool:
        """An arrest verb governs the number: the nearer verb wins ("Ditangkap Usai Kirim Enam Pemuda": sent)."""
        arrest = self._verb_before(norms, j, "arrest")
        if arrest is None or ((hit := self.lists["rescue"].match(norms, arrest)) is not None and hit[0] > 1):
            return False  # "menahan keberangkatan lima pria": a departure held back, no one arrested
        sending = self._verb_before(norms, j, "sending")
        return sending is None or sending < arrest

    def _suspects_broken_down(self, norms: list[str]) -> int | None:
        """The position of a breakdown mark after which the sentence tells its suspects by sex ("Keenam tersangka,
        yang terdiri atas lima laki-laki dan satu perempuan"): the nearest noun of people before the mark is a
        suspect's (not "Tersangka merekrut 20 warga, terdiri atas ..."); None otherwise."""
        marks = self.lists["breakdown_marks"].find_all(norms)
        if not marks:
            return None
        at = marks[0][0]
        for i in range(at - 1, -1, -1):
            hit = self.lex.role_nouns.match(norms, i)
            if hit and hit[1] != "skip":
                return at if hit[1] in ("suspect", "perpetrator") else None
        return None

    def _is_suspect_noun(self, norms: list[str], i: int) -> bool:
        hit = self.lex.role_nouns.match(norms, i)
        return bool(hit and hit[1] in ("suspect", "perpetrator"))

    def _is_whole_group(self, norms: list[str], noun_end: int) -> bool:
        """ "30 wanita pekerja karaoke", "lima perempuan korban TPPO": the group is all the victims."""
        for i in range(noun_end, min(len(norms), noun_end + 3)):  # within the same noun phrase
            if norms[i] in ("yang", "dan", "atau", ",", "#num", *SENTENCE_STOPS):
                return False
            hit = self.lex.role_nouns.match(norms, i)
            if hit and hit[1] != "neutral":  # "wanita pemandu lagu korban ...": the trade is part of the phrase
                return hit[1] == "victim"
        return False

    def _has_victim_clause(self, norms: list[str], noun_end: int, caps: Sequence[bool] = ()) -> bool:
        """ "dua remaja yang diamankan", "lima perempuan asal X menjadi korban"; past the names of their home
        region ("Tujuh perempuan asal Kabupaten Cianjur, Jawa Barat, yang hendak diberangkatkan") and a few words
        of their trade ("sembilan perempuan pemandu lagu mengaku tidak bisa berhenti bekerja")."""
        if noun_end < len(norms) and norms[noun_end] == "yang" and self._clause_after(
                norms, noun_end + 1, "rescue", 3):
            return True
        if self._clause_after(norms, noun_end, "migration", 6):
            return True
        telling = [self.lists[key] for key in ("migration", "repatriation", "homecoming")]
        return bool(caps) and any(words.match(norms, i) for i in _clause_words(norms, caps, noun_end, 10)
                                  for words in telling)  # "dua perempuan asal X akhirnya pulang dari Tiongkok"

    def _mark_victim_state(self, candidate: _Candidate, norms: list[str], j: int, noun_end: int,
                           caps: list[bool]) -> None:
        rescue_before = self._verb_before(norms, j, "rescue", _COORDINATED_WINDOW)
        if rescue_before is not None and self._deed_between(norms, rescue_before + 1, j):
            rescue_before = None  # "mengamankan tiga pria yang diduga menjajakan dua pelajar": they were offered
        if (rescue_before is not None and norms[rescue_before] in self.words["netting_verbs"]
                and "korban" in norms[j + 1 : noun_end + 1]):
            rescue_before = None  # "pelaku menjaring 20 korban lewat media sosial": recruited
        verb = j - 1 - (1 if j > 1 and norms[j - 1] in self.words["approximators"] else 0)
        if rescue_before is None and verb >= 0 and norms[verb] in self.words["rescue_objects"]:
            rescue_before = verb  # "telah mencegah 870 calon pekerja migran": stopped from leaving
        repatriation_before = self._verb_before(norms, j, "repatriation")
        if repatriation_before is not None and self._sent_home_after(norms, noun_end):
            repatriation_before = None  # "memulangkan 25 korban ke daerah asal setelah diselamatkan": sent home
        # "Sembilan warga Kabupaten TTS, NTT, batal berangkat": the clause's first plain words, past the names
        after_rescue = any(self.lists["rescue"].match(norms, i) for i in _clause_words(norms, caps, noun_end, 3))
        # "15 CPMI ... berhasil digagalkan"; the names of places between do not count toward the window ("Sembilan
        # pria yang bekerja di perairan Kecamatan X, Kabupaten Y, Provinsi Z, dievakuasi")
        for i in _words_past_names(norms, caps, noun_end, _CLAUSE_WINDOW):
            if (norms[i] == "#num" and not _is_age(norms, i)) or norms[i] == ";" or self._is_suspect_noun(norms, i):
                break
            if self.lists["handling"].match(norms, i):  # "1.596 PMI ditangani sepanjang 2025, baik yang ... dicegah"
                break
            hit = self.lists["rescue"].match(norms, i)  # also the object-first passive: "berhasil kami selamatkan"
            if hit and (norms[i].startswith("di") or i - noun_end <= 2 or (
                    i - noun_end <= 4 and norms[i - 1] in self.words["agent_pronouns"])):
                after_rescue = True
                break
        aside_end = _past_part_aside(norms, noun_end)
        if not after_rescue and aside_end is not None:  # "Lima perempuan asal X, dua di antaranya masih di bawah
            # umur, diselamatkan dari tempat tersebut": the clause goes on past the part told between commas
            after_rescue = any(self.lists["rescue"].match(norms, i) for i in _clause_words(norms, caps, aside_end, 3))
        if (rescue_before is not None or after_rescue) and not self.words["wish_marks"].isdisjoint(
                norms[max(0, (rescue_before if rescue_before is not None else j) - 8) : j]):
            rescue_before, after_rescue = None, False  # "agar dua korban itu bisa segera dievakuasi": hoped for
        at_embassy = (rescue_before is not None or after_rescue) and self._at_embassy(norms)
        candidate.local_rescue = (rescue_before is not None or after_rescue) and not at_embassy
        # "ada 18 korban di KBRI dan diamankan": victims abroad awaiting their return (below: kept as victims)
        candidate.local_repatriation = at_embassy or repatriation_before is not None or self._clause_after(
            norms, noun_end, "repatriation", 6)
        candidate.tally = self._recorded_before(norms, j) and self._tells_period(norms)
        migration_before = self._verb_before(norms, j, "sending")
        if migration_before is None:
            migration_before = self._sent_in_clause(norms, noun_end)  # "26 perempuan sudah dikirim ke Australia"
        if migration_before is not None:
            lead = range(max(0, migration_before - 3), migration_before)
            future = any(norms[i] in self.words["future"] for i in lead)
            candidate.past_migration = not future

    def _sent_in_clause(self, norms: list[str], noun_end: int) -> int | None:
        """The position of a passive verb of sending in the clause after the people ("setidaknya 26 perempuan WNI
        sudah dikirim ke Australia"), before another number or a rescue, else None."""
        sent_away, rescue = self.words["sent_away"], self.lists["rescue"]
        for i in range(noun_end, min(len(norms), noun_end + _VERB_WINDOW * 2)):
            if norms[i] in ("#num", ";", *SENTENCE_STOPS) or rescue.match(norms, i):
                return None
            if norms[i] in sent_away:
                return i
        return None

    def _recorded_before(self, norms: list[str], j: int) -> bool:
        """Whether a recording or handling verb governs the number: the last one before it, with no other number
        between ("mencatat 412 korban", "Kemenlu mencatat, sejak 2020 hingga 2025 lebih dari 6.800 WNI menjadi
        korban", "Total korban TPPO yang kami tangani sepanjang 2025 sebanyak 173 orang")."""
        if self._verb_before(norms, j, "recording") is not None:
            return True
        for i in range(j - 1, -1, -1):
            if norms[i] in ("#num", ";", *SENTENCE_STOPS):
                return False
            if self.lists["recording"].match(norms, i) or self.lists["handling"].match(norms, i):
                return True
        return False

    def _tells_period(self, norms: list[str]) -> bool:
        """Whether the sentence names a period ("sepanjang 2025", "sejak 2020 hingga pertengahan 2025")."""
        if self.lists["period_marks"].find_all(norms):
            return True
        return any(norm in self.words["period_starts"] and norms[i + 1 : i + 2] == ["#other"]
                   for i, norm in enumerate(norms))

    def _sent_home_after(self, norms: list[str], noun_end: int) -> bool:
        """Whether the people are sent home to their families ("... 25 korban TPPO ke daerah asal"), past the words of
        their noun phrase: a return after a rescue, not a repatriation from abroad."""
        home = self.lists["home_return"]
        return any(home.match(norms, k) for k in range(noun_end, min(len(norms), noun_end + 3)))

    def _at_embassy(self, norms: list[str]) -> bool:
        """Whether the sentence places people at an Indonesian mission ("di KBRI", "di penampungan KJRI X").

        A mission that only speaks or reports ("KBRI Manila menyebut 14 WNI diselamatkan") places nobody there.
        """
        return any("di" in norms[max(0, start - _EMBASSY_PLACE_WINDOW) : start]
                   for start, _, _ in self.lists["embassies"].find_all(norms))

    def _deed_between(self, norms: list[str], start: int, end: int) -> bool:
        """Whether an active verb of a perpetrator's deed ("menjajakan", "merekrut") stands between ``start`` and
        ``end``: the people after it are its objects, not those of the verb before it."""
        marks = self.lists["perpetrator_marks"]
        return any(norms[i].startswith("me") and marks.match(norms, i) for i in range(start, end))

    def _without_parts_of_suspect_total(self, candidates: list[_Candidate],
                                        sentences: list[_Sentence]) -> list[_Candidate]:
        """Without the smaller numbers of suspects that fit in a total the article states ("Keempat tersangka kini
        ditahan", "total tersangka kini menjadi empat orang"): two secured and named suspects, one more
        caught later, are parts of the three, not counts of their own."""
        charged = [c for c in candidates if c.category in ("suspect", "perpetrator")]
        totals = [c for c in charged if self._states_suspect_total(sentences[c.sentence], c.token)]
        if not totals:  # "Dua tersangka ... ditangkap di Medan, sedangkan tersangka ketiga ...": a part of the three
            largest = max((c.value for c in charged), default=0)
            told_with_rest = [c for c in charged if c.value < largest
                              and self._rest_of_suspects_after(sentences[c.sentence], c.token)]
            return [c for c in candidates if not any(c is p for p in told_with_rest)]
        total = max(c.value for c in totals)
        beyond = {c.sentence for c in charged if c.value == total}  # "Empat orang ... tersangka, sementara satu
        parts = [c for c in charged if c.value < total and not (c.other_part and c.sentence in beyond)  # lainnya"
                 and not (c.other_part and c.wanted and c.value > 1)  # "Ketiga tersangka ... dua orang lain ... DPO"
                 and not self._new_suspects(c, sentences[c.sentence])]
        if not parts or sum({c.value for c in parts}) > total:
            return candidates
        return [c for c in candidates if not any(c is p for p in parts)]

    @staticmethod
    def _new_suspects(c: _Candidate, sentence: _Sentence) -> bool:
        """Whether two or more suspects are told as newly named ("menetapkan dua tersangka baru"): the news of the
        day, a count of its own beside the total they bring the case to (one new suspect is a single person)."""
        return c.value > 1 and sentence.norms[c.noun_end : c.noun_end + 1] == ["baru"]

    def _rest_of_suspects_after(self, sentence: _Sentence, j: int) -> bool:
        """Whether the sentence goes on from the count at ``j`` to the next suspect by its place in the row or as
        the others ("sedangkan tersangka ketiga berinisial DW", "tersangka lainnya masih buron")."""
        norms = sentence.norms
        return any(self._is_suspect_noun(norms, i) and norms[i + 1] in ("#collective", "lain", "lainnya")
                   for i in range(j + 2, len(norms) - 1))

    def _states_suspect_total(self, sentence: _Sentence, j: int) -> bool:
        """Whether the number at ``j`` restates all the suspects of the case: a collective ("ketiga tersangka") or a
        total they have grown to ("total tersangka ... menjadi empat orang"), not a period's total ("sepanjang 2025
        ... dengan total 128 tersangka")."""
        number = sentence.tokens[j].number
        if number is not None and number.kind == "collective":
            return True
        before = sentence.norms[max(0, j - 6) : j]
        return "menjadi" in before and not self.words["total_marks"].isdisjoint(before)

    # ---- decisions -------------------------------------------------------------------------------------------
    @staticmethod
    def _mark_rescued_groups(candidates: list[_Candidate]) -> None:
        """ "menyelamatkan 3 orang anak", "5 perempuan menjadi korban": with no breakdown beside it, the group is
        all the victims."""
        subsets = {(c.category, c.value) for c in candidates if (c.scope or "").startswith("of ")}
        for c in candidates:  # "empat di antaranya anak ... empat pekerja anak itu": the subset again, not a total
            if c.whole_group and (c.category, c.value) in subsets and not (c.scope or "").startswith("of "):
                c.whole_group = None
        groups: dict[int, set[tuple[str, int]]] = {}
        for c in candidates:  # a subset of the group ("enam perempuan, dua di antaranya anak") is no second group,
            # nor is the same group said again (a headline and its lead read as one sentence)
            if c.category in GROUP_ROLES and not (c.scope or "").startswith("of "):
                groups.setdefault(c.sentence, set()).add((c.category, c.value))
        groups_per_sentence = {s_index: len(found) for s_index, found in groups.items()}
        for c in candidates:
            if (c.category in GROUP_ROLES and (c.local_rescue or c.group_clause)
                    and groups_per_sentence.get(c.sentence) == 1 and not (c.scope or "").startswith("of ")):
                c.whole_group = c.category
        # an article that counts its victims only as one group ("Tiga perempuan asal Kabupaten X ... akhirnya pulang")
        if not any(c.category == "victim" or c.whole_group for c in candidates):
            groups_told = {(c.category, c.value) for c in candidates if c.category in GROUP_ROLES and not c.subset
                           and not (c.scope or "").startswith("of ") and c.breakdown_of is None}
            if len(groups_told) == 1:
                for c in candidates:
                    if (c.category, c.value) in groups_told:
                        c.whole_group = c.category

    def _decide_rescue(self, candidates: list[_Candidate], article: dict) -> None:
        victim_like = [c for c in candidates if c.category in ("victim", *GROUP_ROLES)]
        charged_values = {c.value for c in candidates if c.category in ("suspect", "perpetrator")}
        article["rescue"] = not article["repatriation"] and any(  # not a rescue of only a part of the victims
            c.local_rescue and not c.local_repatriation and not _secured_and_charged(c, charged_values)
            and not (c.other_part or c.subset)  # ("membebaskan empat korban lainnya")
            and not self._rest_told_after(c, victim_like, article["sentences"]) for c in victim_like)
        # also where the number of cases is said again ("lima kasus TPPO itu melibatkan sembilan tersangka dan 17
        # korban": a tally)
        case_sentences = {c.sentence for c in candidates if c.category == "case"} | {
            i for i, sentence in enumerate(article["sentences"]) if self._names_cases(sentence.norms, numbered=True)}
        for c in victim_like:  # "para korban yang terdiri dari 8 perempuan dan 11 laki-laki itu berhasil
            # diselamatkan": a breakdown said to be rescued tells its total's rescue
            if c.breakdown_of is not None and c.local_rescue and not c.local_repatriation:
                c.breakdown_of.local_rescue = True
        for c in victim_like:
            if c.local_repatriation:
                c.rescued = False
            elif c.local_rescue:
                c.rescued = True
            else:
                c.rescued = (article["rescue"] and not c.past_migration and not c.tally
                             and c.sentence not in case_sentences and not self._restates_unrescued(c, victim_like)
                             and not _sent_away_before(c, victim_like))

    def _rest_told_after(self, c: _Candidate, victim_like: list[_Candidate], sentences: list[_Sentence]) -> bool:
        """Whether the group ``c`` is a part of a larger victim total told before it, its rest told right after
        ("lima perempuan direkrut ... Dua korban berhasil diselamatkan ... Sisanya sudah telanjur diberangkatkan"):
        only a part of the victims was rescued."""
        if not any(g.value > c.value and g.sentence < c.sentence and g.category in ("victim", *GROUP_ROLES)
                   for g in victim_like):
            return False
        rest = self.lists["rest_marks"]
        after = sentences[c.sentence].norms[c.token + 1 :]
        following = sentences[c.sentence + 1].norms if c.sentence + 1 < len(sentences) else []
        return bool(rest.find_all(after) or rest.match(following, _first_word(following)))

    @staticmethod
    def _restates_unrescued(c: _Candidate, victim_like: list[_Candidate]) -> bool:
        """Whether ``c`` says again ("Dari 17 korban, ...") a group counted in the sentence before or its own that no
        rescue saved (a period's tally: "lima kasus itu melibatkan ... 17 korban")."""
        return c.restated and any(g.value == c.value and g.category == c.category and c.sentence - 1 <= g.sentence
                                  < c.sentence and not g.rescued and not g.local_rescue for g in victim_like)

    def _names_cases(self, norms: list[str], numbered: bool = False) -> bool:
        """Whether a sentence names cases or reports ("kasus-kasus kekerasan"); with ``numbered``, a number of them
        ("lima kasus TPPO itu"), counted or not."""
        return any((hit := self.lex.role_nouns.match(norms, i)) is not None and hit[1] in ("case", "report")
                   for i in range(1 if numbered else 0, len(norms)) if not numbered or norms[i - 1] == "#num")

    def _decide_topic(self, candidates: list[_Candidate], sentences: list[_Sentence], article: dict) -> None:
        # An article with no topic word at all ("layanan seksual", "ABK tertahan") is about what the relevance
        # component decides: its counts are about trafficking here, and the record builder sets them false when
        # the article is not relevant.
        article_default = article["tppo_cues"] >= article["other_cues"] or article["tppo_cues"] == 0
        told: dict[int, bool] = {}  # the topic of the last count of each sentence, as decided
        victims_told: bool | None = None  # the topic of the last victims counted
        for c in candidates:  # not named: trafficking told only by its signs ("video asusila", "kawin kontrak")
            c.about_tppo = self._topic_of(c, sentences, article_default, article["named"], told, victims_told)
            told[c.sentence] = c.about_tppo
            if c.category == "victim":
                victims_told = c.about_tppo
        for c in candidates:  # "640 kasus ..., 25 di antaranya TPPO": the total is not all trafficking
            if (c.category in ("case", "report") and c.about_tppo and _noun_topic(c, sentences[c.sentence]) is None
                    and (any(s.category in ("case", "report") and s.scope == f"of {c.value}" and s.about_tppo
                             and s.subset for s in candidates) or self._trafficking_part_follows(c, sentences)
                         or _other_part_follows(c, sentences))):
                c.about_tppo = False
            elif ((c.category == "victim" or c.category in GROUP_ROLES) and c.about_tppo
                  and not self._named_in_noun(c, sentences[c.sentence])
                  and self._victims_only_in_part(c, sentences)):
                c.about_tppo = False  # "menerima 40 PMI deportasi ... delapan di antaranya terindikasi korban TPPO"
                for rest in candidates:  # "Sementara 32 PMI lainnya ...": the rest of that group
                    if rest.other_part and rest.category == "victim" and rest.value < c.value and (
                            c.sentence < rest.sentence <= c.sentence + 8) and _group_of_rest(rest, candidates) is c:
                        rest.about_tppo = False
        for c in candidates:  # "223 PMI bermasalah dideportasi": no victims unless their sentence says so
            if c.about_tppo and self._troubled_migrants(c, sentences[c.sentence]) and \
                    not self._called_trafficking_victims_after(c, sentences):
                c.about_tppo = False
        _restated_totals_keep_their_topic(candidates, sentences)
        for c in candidates:  # a breakdown is about what its total is about
            if c.breakdown_of is not None:
                c.about_tppo = c.breakdown_of.about_tppo
                if c.category == "victim":  # (a part rescued on its own is rescued: "Tujuh orang sudah
                    # diberangkatkan, sedangkan lima orang berhasil kami selamatkan")
                    c.rescued = c.breakdown_of.rescued or (c.local_rescue and not c.local_repatriation)
        _parts_take_their_groups_topic(candidates, sentences)
        _parts_take_their_totals_role(candidates, sentences)

    def _troubled_migrants(self, c: _Candidate, sentence: _Sentence) -> bool:
        """Whether people are counted in a sentence of deported or troubled migrant workers ("menerima 2.318 PMI
        yang dideportasi", "Para deportan terdiri dari ...") that never calls anyone a victim nor names
        trafficking in their noun."""
        norms = sentence.norms
        if c.category in ("case", "report"):
            return self._troubled_in_noun(c, sentence)
        if not (c.category == "victim" or c.category in GROUP_ROLES) or self._victims_named_of(c, norms):
            return False
        return bool(self.lists["troubled_migrants"].find_all(norms)) and not self._named_in_noun(c, sentence)

    def _called_trafficking_victims_after(self, c: _Candidate, sentences: list[_Sentence]) -> bool:
        """Whether one of the next four sentences calls the whole group, by "Mereka", victims of trafficking by name
        ("Sepuluh pekerja migran ... yang dideportasi ... tiba. ... "Mereka kami kategorikan korban TPPO ..."),
        with no number told before it."""
        named = self.lists["tppo_named"]
        for index in range(c.sentence + 1, min(len(sentences), c.sentence + 5)):
            norms = sentences[index].norms
            if "#num" in norms:
                return False  # another number told first
            first = _first_word(norms)
            if norms[first : first + 1] != ["mereka"]:
                continue
            victims_at = _index_of(norms, "korban", first + 1, first + 6)
            if victims_at is not None and any(named.match(norms, i) for i in range(victims_at + 1, victims_at + 4)):
                return True
        return False

    def _troubled_in_noun(self, c: _Candidate, sentence: _Sentence) -> bool:
        """Whether cases or complaints are counted of troubled migrant workers in their own noun phrase ("27 kasus
        pekerja migran bermasalah", "46 aduan pekerja migran asal X yang bermasalah") that names no trafficking:
        all kinds of migrants' troubles, not all trafficking."""
        norms, troubled = sentence.norms, self.lists["troubled_migrants"]
        for i in range(c.token + 1, min(len(norms), c.token + _B_WINDOW + 1)):
            if norms[i] in ("#num", ",", ";", *SENTENCE_STOPS) or i in sentence.tppo_cue_set:
                return False
            if troubled.match(norms, i):
                return True
        return False

    @staticmethod
    def _victims_named_of(c: _Candidate, norms: list[str]) -> bool:
        """Whether the sentence calls the count's people victims: a "korban" before or after them, not past another
        number, whose people it names ("3.204 PMI dideportasi, 57 terindikasi korban TPPO"), nor past a line break
        (a headline joined to its lead)."""
        for i, norm in enumerate(norms):
            if norm in ("korban", "korbannya") and not any(
                    other == "#num" or other.isspace() for other in norms[min(i, c.token) + 1 : max(i, c.token)]):
                return True
        return False

    def _trafficking_part_follows(self, c: _Candidate, sentences: list[_Sentence]) -> bool:
        """Whether the next sentence opens on a part of the count that names trafficking ("3.000 aduan ... Dari
        jumlah tersebut, 900 orang terindikasi korban TPPO"): the total is about more than trafficking, unless its
        own sentence names trafficking after it (a sign of it, "kasus WNI yang terkait online scam", does not)."""
        own, named = sentences[c.sentence], self.lists["tppo_named"]
        if c.sentence + 1 >= len(sentences) or any(c.token < i and named.match(own.norms, i) for i in own.tppo_cues):
            return False
        after = sentences[c.sentence + 1]
        first = _first_word(after.norms)
        mark = self.lists["subset_marks"].match(after.norms, first)
        return bool(mark and after.tppo_cues and _number_near(after.norms, first + mark[0]))

    def _named_in_noun(self, c: _Candidate, sentence: _Sentence) -> bool:
        """Whether the count's own noun phrase names trafficking ("40 korban TPPO"), not only a sign of it ("1.200
        PMI nonprosedural")."""
        if _noun_topic(c, sentence) is not True:
            return False
        named = self.lists["tppo_named"]
        return any(named.match(sentence.norms, i) for i in sentence.tppo_cues if c.token < i <= c.noun_end)

    def _victims_only_in_part(self, c: _Candidate, sentences: list[_Sentence]) -> bool:
        """Whether people counted by a word that is no "korban" ("42 PMI deportasi") are followed, in their sentence
        or the next two, by a part of them said to be victims ("sembilan orang di antaranya terindikasi korban",
        "Sebagian di antaranya ... korban", "Dari jumlah tersebut, 312 orang terindikasi korban"): then the whole
        group is not all trafficking victims."""
        own = sentences[c.sentence].norms
        if c.subset or c.breakdown_of is not None or (c.token + 1 < len(own) and own[c.token + 1] in (
                "korban", "korbannya")):
            return False
        for index in (c.sentence, c.sentence + 1, c.sentence + 2):
            if index >= len(sentences):
                break
            norms = sentences[index].norms
            first = c.noun_end + 1 if index == c.sentence else 0
            for i, length, _ in self.lists["subset_marks"].find_all(norms[first:]):
                at = first + i
                named_part = (at > 0 and norms[at - 1] in ("#num", "orang", "sebagian", "beberapa")) or (
                    index > c.sentence and _number_near(norms, at + length))  # "Dari jumlah tersebut, 312 orang"
                if index > c.sentence and "#num" in norms[first : max(first, at - 2)]:
                    return False  # the part belongs to a group counted nearer ("... 214 PMI. Sebagian di antaranya")
                victims_at = _index_of(norms, "korban", at + length, at + length + 8)
                between = norms[at + length : victims_at] if victims_at is not None else []
                if named_part and victims_at is not None and norms[victims_at - 1] != "#num" and not all(
                        word in ("para", "seluruh", "semua") for word in between) and not any(
                        word in ("dan", "serta", "sedangkan", "sementara") for word in between):
                    # nor "Dua di antara (para) korban adalah anak": the group is the victims; nor "sembilan di
                    # antaranya perempuan, dan para korban berasal dari ...": the victims are the whole group
                    return True  # not "Tiga di antara lima korban": the total restated as victims
            if index > c.sentence and "#num" in norms:
                return False  # a later sentence counts other people: a part told after it is theirs
        return False

    def _topic_of(self, c: _Candidate, sentences: list[_Sentence], article_default: bool, named: bool,
                  told: dict[int, bool] | None = None, victims_told: bool | None = None) -> bool:
        """Whether a count is about trafficking; ``named``: the article names trafficking somewhere; ``told``: the
        topic of the last count of each earlier sentence; ``victims_told``: the topic of the last victims counted."""
        sentence = sentences[c.sentence]
        j = c.token
        # 1. the noun phrase after the number: "22 kasus TPPO", "48 kasus judi online"
        own = _noun_topic(c, sentence)
        if own is not None:
            return own
        # 2. the nearest topic word before the number in the sentence
        t, o = bisect_left(sentence.tppo_cues, j), bisect_left(sentence.other_cues, j)
        before_tppo = sentence.tppo_cues[t - 1] if t else -1
        before_other = sentence.other_cues[o - 1] if o else -1
        if before_tppo >= 0 or before_other >= 0:
            return before_tppo > before_other
        # 3. for cases and reports, the first topic word after it ("149 kasus, dengan kasus kekerasan ..."), before
        # the next number, whose words it would be ("640 Kasus hingga Juni, 25 di Antaranya TPPO")
        after_tppo = sentence.tppo_cues[t] if t < len(sentence.tppo_cues) else None
        after_other = sentence.other_cues[o] if o < len(sentence.other_cues) else None
        if c.category in ("case", "report"):
            next_number = next((i for i in range(j + 1, len(sentence.norms)) if sentence.norms[i] == "#num"), None)
            if next_number is not None:
                after_tppo = after_tppo if after_tppo is not None and after_tppo < next_number else None
                after_other = after_other if after_other is not None and after_other < next_number else None
        if c.category in ("case", "report") and (after_tppo is not None or after_other is not None):
            return after_other is None or (after_tppo is not None and after_tppo < after_other)
        if c.category in ("case", "report") and _smaller_trafficking_share(sentence, j, self.lists["tppo_named"]):
            return False  # "Polda X Ungkap 2.815 Kasus Sepanjang 2025, Ada 11 Kasus TPPO": all crime, then its share
        # 4. the two sentences before, then the article; an article that never names trafficking is about what the
        # relevance component decides, so the words of other crimes that tell its story do not count here: its
        # people are its victims and perpetrators
        if not named and c.category in _PEOPLE_OF_THE_STORY:
            return True
        for previous in (c.sentence - 1, c.sentence - 2) if named else ():
            if previous < 0:
                break
            s = sentences[previous]
            if _abuse_told(s) and not self._names_cases(s.norms):
                continue  # "korban dipaksa bekerja ..., bahkan mengalami kekerasan": the abuse told, no other figures
                # (not "menyinggung kasus-kasus kekerasan terhadap perempuan dan anak", the topic of what follows)
            last_tppo, last_other = max(s.tppo_cues, default=-1), max(s.other_cues, default=-1)
            if told and previous in told and (last_tppo >= 0) == (last_other >= 0):
                return told[previous]  # "... 1.043 kasus kekerasan. Jumlah korban mencapai 1.127 orang": the figures
                # go on from the last one counted, when its sentence names both topics or neither
            if last_tppo >= 0 and last_other >= 0:  # "sindikat TPPO ... bekerja di perusahaan judi daring": both
                return article_default
            if last_tppo >= 0 or last_other >= 0:
                return last_tppo >= 0
        if named and (c.category == "victim" or (c.category in GROUP_ROLES and c.local_rescue)) and \
                victims_told is not None:
            # "... 27 korban yang kami cegat", "menyelamatkan 52 perempuan" past figures of crimes without victims
            return victims_told
        return article_default

    def _to_counts(self, candidates: list[_Candidate], article: dict) -> list[dict]:
        counts: list[dict] = []
        for c in candidates:
            if c.category == "perpetrator" and (c.sought or not (c.held or article["has_tersangka"])):
                continue  # "menelusuri dua orang yang diduga menjadi perekrut": neither arrested nor suspects
            evidence = {"start": c.evidence[0], "end": c.evidence[1]}
            if c.category in GROUP_ROLES:
                if c.whole_group:
                    counts.append(_count(self._victim_role(c), c.value, c.about_tppo, None, evidence))
                if c.adults:
                    continue
                whole = c.breakdown_of
                if not (c.category in CHILD_SEX_ROLES and whole is not None and whole.category in CHILD_ROLES):
                    # "tiga anak, terdiri dari dua anak perempuan ...": the parts of children are told by sex only
                    counts.append(_count(GROUP_ROLES[c.category], c.value, c.about_tppo, c.scope, evidence))
                if c.category in CHILD_SEX_ROLES:
                    counts.append(_count(CHILD_SEX_ROLES[c.category], c.value, c.about_tppo, c.scope, evidence))
                continue
            role = {
                "case": "cases",
                "report": "reports",
                "suspect": "suspects",
                "perpetrator": "suspects" if article["has_tersangka"] else "arrests",
                "held": "arrests",
            }.get(c.category) or self._victim_role(c)
            counts.append(_count(role, c.value, c.about_tppo, c.scope, evidence))
        return counts

    @staticmethod
    def _victim_role(c: _Candidate) -> str:
        return "victims_rescued" if c.rescued else "victims"


def _link_children_by_sex(found: list[_Candidate]) -> None:
    """Girls and boys counted right after a number of children they add up to ("tiga anak, terdiri dari dua anak
    perempuan serta satu anak laki-laki") are its breakdown by sex."""
    for k, whole in enumerate(found):
        if whole.category != "child":
            continue
        parts = [c for c in found[k + 1 :] if c.category in CHILD_SEX_ROLES and c.breakdown_of is None]
        if len(parts) >= 2 and sum(c.value for c in parts) == whole.value:
            for c in parts:
                c.breakdown_of = whole


def _sexes_of_origin_parts(found: list[_Candidate], members: list[_Candidate],
                           total: _Candidate) -> list[_Candidate]:
    """Origin parts named by sex ("terdiri atas lima laki-laki asal X serta dua perempuan asal Y") also break the
    total down by sex: each part counts its sex. Parts all of one sex that make up the whole total count that sex
    once, with the total's value ("enam laki-laki asal X dan tiga laki-laki asal Y")."""
    if total.category in ("female", "male"):
        return found  # a group already named by its sex: its parts by origin add nothing
    sexed = {id(c): c.instead for c in members
             if c.origin_part and c.instead is not None and c.instead.category in ("female", "male")}
    if not sexed:
        return found
    for part in sexed.values():
        part.breakdown_of = total
    sexes = {part.category for part in sexed.values()}
    dropped: set[int] = set()
    if len(sexed) == len(members) > 1 and len(sexes) == 1:
        sexed[id(members[0])].value = total.value
        dropped = {id(c) for c in members[1:]}
    return [sexed.get(id(c), c) for c in found if id(c) not in dropped]


def _sent_away_before(c: _Candidate, victim_like: list[_Candidate]) -> bool:
    """Whether ``c`` counts again a group told before as already sent away ("Tujuh orang sudah diberangkatkan ke
    Malaysia ... menelusuri keberadaan tujuh korban yang sudah berada di Sabah"): they were not among the rescued."""
    return any(g.value == c.value and g.past_migration and not g.local_rescue and g.sentence < c.sentence
               for g in victim_like)


def _rescue_recent_victims(earlier: list[_Candidate], s_index: int, value: int | None = None) -> None:
    """Marks the victims or groups counted in the last three sentences as rescued; of that number (``value``,
    "Keempat korban ...") however far back its group was counted."""
    for c in earlier:
        if ((c.category == "victim" or c.whole_group or c.category in GROUP_ROLES)
                and (c.sentence >= s_index - 2 or value is not None) and value in (None, c.value)):
            c.local_rescue = True


def _recast_as_perpetrators(earlier: list[_Candidate], value: int | None, s_index: int) -> None:
    """People of the last two sentences counted as ``value`` (any, when None) from context alone are perpetrators
    after all. "Mereka" (``value`` None) points back to the group named last: people counted before the latest
    suspects or perpetrators ("Keempat tersangka ... Mereka berperan sebagai perekrut") are not meant."""
    if value is None:
        last_named = max((k for k, c in enumerate(earlier)
                          if c.category in ("suspect", "perpetrator") and not c.from_people), default=-1)
        earlier = earlier[last_named + 1 :]
    for c in earlier:
        if (value is None or c.value == value) and c.from_people and c.sentence >= s_index - 2 and not c.wanted:
            c.category, c.whole_group = "perpetrator", None  # (the wanted are suspects already, and not held)


def _others_with_the_one_named(earlier: list[_Candidate], value: int, s_index: int) -> bool:
    """A group counted as the others of one person told before it ("Rizki tidak sendirian. Dua pemuda lain ...
    berangkat bersama dia") and then named as a whole by a collective one larger ("Ketiganya direkrut ..."): the
    group is the whole, the person included. Whether there was such a group."""
    for c in earlier:
        if (c.other_part and c.value == value - 1 > 1 and c.sentence >= s_index - 1
                and c.category in ("victim", *GROUP_ROLES) and not (c.subset or c.breakdown_of)):
            c.value, c.other_part = value, False
            return True
    return False


def _recast_as_held(earlier: list[_Candidate], value: int, s_index: int) -> None:
    """People of the last two sentences counted as ``value`` and said to be no suspects yet ("Keduanya belum
    ditetapkan sebagai tersangka") were held: arrests, neither suspects nor victims."""
    for c in earlier:
        if c.value == value and c.sentence >= s_index - 2 and not c.subset and (
                c.from_people or c.category in ("perpetrator", "suspect", "male", "female")):
            c.category, c.whole_group = "held", None  # not a part of the victims ("Dua di antaranya masih anak")


def _coordinated_twin(norms: Sequence[str], j: int, s_index: int,
                      antecedents: Sequence[_Candidate]) -> _Candidate | None:
    """The count of the same sentence that the number at ``j`` is coordinated with by the same noun ("28 WNI pada
    Januari dan 17 WNI pada Februari"), or None."""
    if j < 1 or j + 1 >= len(norms):
        return None
    elliptic = norms[j - 1] not in _COORDINATORS  # "..., sedangkan pada 2023 sebanyak 900 orang": a clause of its own
    if elliptic:
        lead = next((i for i in range(j - 1, max(-1, j - 6), -1) if norms[i] in _COORDINATORS), None)
        if lead is None or norms[j - 1] not in _ELLIPSIS_LINKS or "#num" in norms[lead:j]:
            return None
    return next((c for c in reversed(antecedents) if c.sentence == s_index and c.token < j
                 and (c.from_people or (elliptic and c.category in ("victim", "suspect", "perpetrator")))
                 and norms[c.token + 1 : c.token + 2] == [norms[j + 1]]), None)


def _compared_period(sentence: _Sentence, j: int, s_index: int, earlier: Sequence[_Candidate]) -> _Candidate | None:
    """The people counted for another period in a sentence that restates the last count and compares it ("Jumlah itu
    meningkat dibanding 2024 yang tercatat 96 orang"): the same kind of people as that count, or None."""
    norms = sentence.norms
    first = _first_word(norms)
    if (norms[first : first + 1] != ["jumlah"] or norms[first + 1 : first + 2] not in (["itu"], ["tersebut"])
            or norms[j + 1 : j + 2] not in (["orang"], ["jiwa"]) or not earlier or earlier[-1].sentence != s_index - 1
            or not any(norms[i] in _COMPARISONS for i in range(first + 2, j))):
        return None
    last = earlier[-1]
    if last.category not in ("victim", "suspect", "perpetrator") or last.value == _token_value(sentence, j):
        return None
    twin = _Candidate(_token_value(sentence, j) or 0, last.category, s_index, j, (sentence.start, sentence.end),
                      noun_end=j + 2)
    twin.local_rescue, twin.local_repatriation, twin.tally = last.local_rescue, last.local_repatriation, last.tally
    twin.past_migration, twin.held = last.past_migration, last.held
    return twin


def _parts_take_their_groups_topic(candidates: list[_Candidate], sentences: list[_Sentence]) -> None:
    """A part of a group of people ("Dua di antaranya perempuan") or of a number of cases or reports ("Dari enam
    laporan tersebut, tiga ditangani Polresta X") with no topic of its own words is about what the group it is part
    of is about: the nearest count of that number (of people, or of the same kind of case) before it."""
    for k, c in enumerate(candidates):
        cases = c.category in ("case", "report")
        if not ((c.subset or cases) and (c.scope or "").startswith("of ")) or not (
                cases or c.category in ("victim", *GROUP_ROLES)):
            continue
        if _noun_topic(c, sentences[c.sentence]) is not None or sentences[c.sentence].tppo_cues or sentences[
                c.sentence].other_cues:
            continue
        value, kinds = c.scope[3:], (c.category,) if cases else ("victim", *GROUP_ROLES)
        group = next((g for g in reversed(candidates[:k]) if str(g.value) == value and g.sentence <= c.sentence
                      and g.category in kinds), None)
        if group is not None:
            c.about_tppo = group.about_tppo


def _parts_take_their_totals_role(candidates: list[_Candidate], sentences: list[_Sentence]) -> None:
    """Victims counted by number alone, by their home or where they were bound, in a sentence with no topic word
    ("Berdasarkan daerah asal, korban terbanyak berasal dari Kabupaten X sebanyak 14 orang", "Korban paling banyak
    hendak dikirim ke Malaysia, yaitu 37 orang") are a part of the last larger victim total before them, however far
    back it was told: they are about what it is about, and rescued when it was."""
    for k, c in enumerate(candidates):
        if (c.category != "victim" or c.breakdown_of is not None or c.subset or c.local_repatriation
                or (c.scope or "").startswith("of ") or c.scope == "whole"):
            continue
        sentence = sentences[c.sentence]
        norms = sentence.norms
        if _noun_topic(c, sentence) is not None or sentence.tppo_cues or sentence.other_cues:
            continue
        if norms[c.token + 1 : c.token + 2] not in (["orang"], ["jiwa"], [","], ["."], ["dan"]):
            continue  # by number alone; not "61 PMI asal X meninggal dunia" (other people)
        by_home = c.scope is not None and not {"asal", "berasal"}.isdisjoint(norms)
        most = any(norms[i : i + 2] == ["paling", "banyak"] or norms[i] == "terbanyak" for i in range(c.token))
        if not (by_home or (most and "korban" in norms[: c.token])):
            continue
        total = next((t for t in reversed(candidates[:k]) if t.category == "victim" and t.value > c.value
                      and t.scope is None and not t.subset and t.sentence < c.sentence), None)
        if total is not None:
            c.about_tppo = total.about_tppo
            c.rescued = c.rescued or total.rescued


def _group_of_rest(rest: _Candidate, candidates: list[_Candidate]) -> _Candidate | None:
    """The group that the rest ("16 lainnya") is the rest of: the last victim count before it larger than it ("Dari
    37 korban TPPO, 21 orang ..., sementara 16 lainnya": the 37, not a larger total told before)."""
    before = [c for c in candidates if (c.sentence, c.token) < (rest.sentence, rest.token) and c.value > rest.value
              and (c.category == "victim" or c.whole_group)]
    return max(before, key=lambda c: (c.sentence, c.token), default=None)


def _plain_total(c: _Candidate) -> bool:
    """A victim total told with no part, breakdown or repatriation of its own: the same number rescued elsewhere in
    the story is the same group (a total gets one role)."""
    return (not c.local_repatriation and not c.subset and c.breakdown_of is None and not c.origin_part
            and not (c.scope or "").startswith("of "))


def _restated_totals_keep_their_topic(candidates: list[_Candidate], sentences: list[_Sentence]) -> None:
    """A total of cases or reports said again without its topic ("Dari 387 kasus tersebut, sembilan kasus merupakan
    TPPO") is about what its first mention's own words named ("387 kasus kekerasan terhadap perempuan"), or, when
    those named none, what it was when first told ("Dari 27 laporan tersebut, ..."); a group of people restated
    ("Sebanyak 10 korban itu") is about what it was when first told."""
    named: dict[tuple[str, int], bool] = {}
    first_told: dict[tuple[str, int], bool] = {}
    for c in candidates:  # "Sebanyak 10 korban itu ...": a restated group is what it was when first told
        if c.category in ("victim", *GROUP_ROLES):
            key = (c.category, c.value)
            if c.restated and key in first_told and _noun_topic(c, sentences[c.sentence]) is None:
                c.about_tppo = first_told[key]
            first_told.setdefault(key, c.about_tppo)
    for c in candidates:
        if c.category not in ("case", "report"):
            continue
        norms = sentences[c.sentence].norms
        own = _noun_topic(c, sentences[c.sentence])
        key = (c.category, c.value)
        if own is not None:
            named.setdefault(key, own)
        elif key in named:
            c.about_tppo = named[key]
        elif key in first_told and ((c.token > 0 and norms[c.token - 1] == "dari") or (
                c.noun_end < len(norms) and norms[c.noun_end] in ("tersebut", "itu"))):
            c.about_tppo = first_told[key]  # "Dari 27 laporan tersebut, ...": the 27 as first told
        first_told.setdefault(key, c.about_tppo)


_TEENS_BY_SEX = {"girl": "female", "boy": "male", "child": "victim"}


def _teens_with_children_among_them(candidates: list[_Candidate], sentences: list[_Sentence]) -> None:
    """A group of "remaja" with only a part of them told as children ("empat remaja perempuan, dua di antaranya
    masih berusia 15 dan 16 tahun") is not all children: young women (or men) with two children among them."""
    child_parts = {c.scope for c in candidates if c.category == "child" and (c.scope or "").startswith("of ")}
    for c in candidates:
        if (c.category in _TEENS_BY_SEX and f"of {c.value}" in child_parts
                and sentences[c.sentence].norms[c.token + 1 : c.token + 2] == ["remaja"]):
            if c.scope == GROUP_SCOPES[c.category]:  # "anak perempuan" -> "perempuan"
                c.scope = GROUP_SCOPES.get(_TEENS_BY_SEX[c.category])
            c.category = _TEENS_BY_SEX[c.category]
            if c.whole_group is not None:
                c.whole_group = c.category if c.category in GROUP_ROLES else None


def _rescue_restated_groups(candidates: list[_Candidate]) -> None:
    """One group said twice is one count: when its restatement ("Kedua ART itu diselamatkan ...") is rescued, so is
    the group it restates, the last victim total of that number before it ("dua asisten rumah tangga ...")."""
    def total(c: _Candidate) -> bool:
        return ((c.category == "victim" or c.whole_group is not None) and not c.subset and c.breakdown_of is None
                and not (c.scope or "").startswith("of "))

    for k, c in enumerate(candidates):
        if c.restated and c.rescued and total(c):
            group = next((g for g in reversed(candidates[:k]) if g.value == c.value and g.category in
                          PERSON_CATEGORIES), None)
            if group is not None and total(group) and not group.local_repatriation:
                group.rescued = True


def _mark_region_breakdowns(candidates: list[_Candidate]) -> None:
    """Victims of one sentence counted by region ("asal Jawa Timur 9 orang, NTB 8 orang dan Lampung 5 orang")
    that add up to an earlier victim total are its breakdown: rescued, and on its topic, as the total is."""
    by_sentence: dict[int, list[_Candidate]] = {}
    for c in candidates:
        if c.category == "victim" and c.scope and not c.scope.startswith("of ") and c.breakdown_of is None:
            by_sentence.setdefault(c.sentence, []).append(c)
    for s_index, parts in by_sentence.items():
        if len(parts) < 2:
            continue
        wanted = sum(c.value for c in parts)
        total = next((c for c in reversed(candidates) if c.sentence < s_index and c.value == wanted
                      and (c.category == "victim" or c.whole_group)), None)
        for c in parts if total is not None else ():
            c.breakdown_of = total


_ABUSE_WORDS = frozenset({"kekerasan", "penganiayaan"})


def _abuse_told(sentence: _Sentence) -> bool:
    """Whether a sentence without figures tells only the abuse the victims suffered ("korban dipaksa bekerja ...,
    bahkan mengalami kekerasan", "Mereka yang gagal memenuhi target dihukum dengan kekerasan fisik"), its only
    other-topic words being violence."""
    norms = sentence.norms
    return ("#num" not in norms and ("korban" in norms or "mereka" in norms)
            and bool(sentence.other_cues) and not sentence.tppo_cues
            # not "korban kekerasan didominasi anak-anak": victims of violence, the topic of the figures that follow
            and all(norms[i] in _ABUSE_WORDS and norms[i - 1] != "korban" for i in sentence.other_cues))


def _without_parts_of_charged_groups(candidates: list[_Candidate], named_one: set[int],
                                    charging: set[int]) -> list[_Candidate]:
    """People secured who are counted again as suspects or arrested ("Amankan 5 Orang" in a headline, "mengamankan
    lima orang yang diduga terlibat") are that group, never rescued victims; a group of which only a part is then
    named suspects ("tiga di antaranya ditetapkan sebagai tersangka, sementara dua lainnya dilepas", or later
    "dua perantara sudah jadi tersangka") is counted as arrests, people never called suspects as a whole; nor is
    the rest of a larger group of suspects ("Dua terdakwa lain, CD dan EF", "serta dua orang
    lain ... Ketiganya sudah ditetapkan sebagai tersangka")."""
    charged = [c for c in candidates if c.category in ("suspect", "perpetrator")]
    if not charged:
        return candidates
    charged_values = {c.value for c in charged}
    charged_parts = frozenset(c.scope for c in charged if c.category == "suspect" and (c.scope or "").startswith("of "))
    for c in candidates:
        if _secured_and_charged(c, charged_values, charged_parts):
            c.category = "perpetrator"
            charged.append(c)
    partly_charged = [c for c in charged if _partly_charged(c, charged, named_one, charging)]
    kept = []
    for c in candidates:
        rest = c.other_part and (c.category in ("suspect", "perpetrator") or (
            c.category == "victim" and c.from_people)) and any(
            _rest_of(c, s, candidates, partly_charged, named_one)
            and (c.category != "victim" or abs(s.sentence - c.sentence) <= 1) for s in charged)
        if any(c is p for p in partly_charged):
            c.category = "held"  # the people arrested, of whom only a part is named suspects: an arrest count
        if not rest:
            kept.append(c)
    return kept


def _partly_charged(group: _Candidate, charged: list[_Candidate], named_one: set[int], charging: set[int]) -> bool:
    """Whether perpetrators secured as a group are only partly named suspects later (``charging``: the sentences
    that call someone a suspect; ``named_one``: those naming one person by initials): a smaller part counted as
    theirs ("tiga di antaranya ditetapkan sebagai tersangka"), a smaller number called suspects after them ("empat
    orang, yakni ... Sementara ini dua perantara sudah jadi tersangka"), or one person named a suspect beside the
    rest ("JT ditetapkan sebagai tersangka, sementara tiga lainnya masih diperiksa sebagai saksi"); not where the
    whole group is called suspects too ("Satu tersangka ..., dua lainnya ... Ketiga tersangka dijerat ...")."""
    if group.category != "perpetrator" or any(s.category == "suspect" and s.value == group.value
                                               and s.sentence > group.sentence for s in charged):
        return False
    for s in charged:
        if s.value >= group.value:
            continue
        if s.scope == f"of {group.value}":
            return True
        later = group.sentence < s.sentence
        if (later and s.category in ("suspect", "perpetrator") and s.scope is None and not s.other_part
                and (s.category == "suspect" or s.sentence in charging)):
            return True
        if (later and s.other_part and s.sentence in named_one and s.sentence in charging
                and s.value == group.value - 1):
            return True
    return False


def _secured_and_charged(c: _Candidate, charged_values: set[int], charged_parts: frozenset[str] = frozenset()) \
        -> bool:
    """Whether plain people secured ("delapan orang yang kami amankan") are a group counted as suspects or
    perpetrators too, or of which a part is counted so ("Tiga di antaranya ditetapkan sebagai tersangka"): that
    group, not rescued victims."""
    return (c.category == "victim" and c.from_people and c.local_rescue and not c.whole_group
            and (c.value in charged_values or f"of {c.value}" in charged_parts))


def _rest_of(part: _Candidate, group: _Candidate, candidates: list[_Candidate],
             partly_charged: list[_Candidate], named_one: set[int]) -> bool:
    """Whether ``part`` ("dua lainnya", "dua terdakwa lain") is the rest of ``group``: the group is larger by one
    person named alone by initials in the part's sentence or the one before ("Terdakwa AB (50) ... Dua terdakwa
    lain"; "Satu tersangka lainnya masih buron" after two suspects adds one), or it is a group only partly named
    suspects and another count of the part's sentence makes up the rest ("tiga di antaranya ditetapkan sebagai
    tersangka, sementara dua lainnya dilepas" of five). "Empat tersangka ditahan, dua lainnya DPO" adds two."""
    missing = group.value - part.value
    if missing <= 0 or group is part:
        return False
    in_sentence = [c.value for c in candidates if c is not part and c.sentence == part.sentence]
    if missing == 1:
        return 1 not in in_sentence and bool({part.sentence, part.sentence - 1} & named_one)
    return any(group is p for p in partly_charged) and missing in in_sentence


def _without_suspect_breakdowns(candidates: list[_Candidate]) -> list[_Candidate]:
    """Without the parts of an earlier number of suspects told by their roles ("tiga perantara ... Satu tersangka
    mencari calon pengantin, dua lainnya mengurus dokumen"): the total is the count."""
    by_sentence: dict[int, list[_Candidate]] = {}
    for c in candidates:
        if c.category in ("suspect", "perpetrator"):
            by_sentence.setdefault(c.sentence, []).append(c)
    dropped: list[_Candidate] = []
    for s_index, parts in by_sentence.items():
        wanted = sum(c.value for c in parts)
        if len(parts) >= 2 and any(c.sentence < s_index and c.category in ("suspect", "perpetrator")
                                   and c.value == wanted for c in candidates):
            dropped.extend(parts)
    return [c for c in candidates if not any(c is d for d in dropped)] if dropped else candidates


def _coordinated_number_after(norms: Sequence[str], k: int) -> bool:
    """Whether another number follows the group noun ending at ``k`` in coordination ("... dan 246 perempuan")."""
    return k + 1 < len(norms) and norms[k] in ("dan", ",", "serta") and norms[k + 1] == "#num"


def _occurrences(lowered: str, probes: Sequence[str]) -> list[int]:
    """The sorted offsets of every occurrence of ``probes`` in ``lowered`` (a few C-level searches per article)."""
    found = []
    for probe in probes:
        at = lowered.find(probe)
        while at >= 0:
            found.append(at)
            at = lowered.find(probe, at + 1)
    return sorted(found)


def _any_within(offsets: list[int], sentence: _Sentence) -> bool:
    """Whether one of the sorted ``offsets`` lies in the sentence."""
    i = bisect_left(offsets, sentence.start)
    return i < len(offsets) and offsets[i] < sentence.end


def _without_mixed_groups(candidates: list[_Candidate]) -> list[_Candidate]:
    """Without a number of plain people that the rest of its sentence splits into victims and perpetrators
    ("mengamankan 12 orang, yakni 10 korban dan dua orang perekrut"): the group has no one role."""
    dropped = []
    for c in candidates:
        if not c.from_people or c.category not in ("victim", "perpetrator", "suspect"):
            continue
        parts = [p for p in candidates if p.sentence == c.sentence and p.token > c.token]
        sides = {p.category in ("suspect", "perpetrator") for p in parts}
        if len(sides) == 2 and sum(p.value for p in parts) == c.value:
            dropped.append(c)
    return [c for c in candidates if not any(c is d for d in dropped)] if dropped else candidates


def _groups_of_both_sexes(candidates: list[_Candidate]) -> None:
    """A group told by a noun of one sex that the rest of its sentence splits into men and women ("Sebanyak 11
    pemuda, tujuh laki-laki dan empat perempuan") is people of both sexes: victims, not men."""
    for c in candidates:
        if c.category not in ("male", "female"):
            continue
        parts = [p for p in candidates if p.sentence == c.sentence and p.token > c.token and p.category in
                 ("male", "female")]
        if {p.category for p in parts} == {"male", "female"} and sum(p.value for p in parts) == c.value:
            c.category, c.scope, c.whole_group = "victim", None, None


def _index_of(norms: Sequence[str], word: str, start: int, end: int) -> int | None:
    """The first index of ``word`` in ``norms[start:end]``, or None."""
    for i in range(start, min(end, len(norms))):
        if norms[i] == word:
            return i
    return None


def _number_near(norms: Sequence[str], start: int) -> bool:
    """Whether a number that may count follows ``start`` within three words ("Dari jumlah tersebut, 900 ...")."""
    return "#num" in norms[start : start + 4]


def _reads_as_origin(candidate: _Candidate) -> bool:
    """Whether a count may be read instead as a part of a breakdown by origin: a group ("tiga perempuan") or a
    part of the victims ("enam di antaranya", "tiga lainnya"), when its origin follows."""
    return candidate.category in GROUP_ROLES or (
        candidate.category == "victim" and (candidate.subset or candidate.other_part))


def _loose_total(loose: tuple) -> _Candidate | None:
    """The victim total made of people named without a role (sentence, token, value, evidence, category of the
    noun after the number): a group noun makes a whole group ("tujuh perempuan"); suspects, cases and reports
    make none."""
    s_index, j, value, evidence, category = loose
    if category not in (None, "neutral", "victim", *GROUP_ROLES):
        return None
    total = _Candidate(value, category if category in GROUP_ROLES else "victim", s_index, j, evidence,
                       noun_end=j + 1, from_people=True)
    if category in GROUP_ROLES:
        total.whole_group, total.scope = category, GROUP_SCOPES[category]
    return total


def _noun_topic(c: _Candidate, sentence: _Sentence) -> bool | None:
    """The topic the count's own noun phrase names ("22 kasus TPPO": True, "48 kasus judi online": False), or that a
    copula right after it names ("lima kasus merupakan tindak pidana perdagangan orang (TPPO)"), or None."""
    own = _topic_in(sentence, c.token + 1, max(c.token + 2, c.noun_end + 1))
    if own is not None:
        return own
    k = max(c.token + 1, c.noun_end)
    if sentence.norms[k : k + 1] in (["merupakan"], ["adalah"], ["tergolong"]):
        named = _topic_in(sentence, k + 1, k + 6, crime_words_neutral=True)
        if named is not None:
            return named
    # "2.815 kasus tindak pidana, ...": crime in general, read once as an other-topic cue at "pidana"
    return False if sentence.norms[k : k + 1] in (["pidana"], ["tindak"]) and (
        k + (sentence.norms[k] == "tindak")) in sentence.other_cue_set else None


def _topic_in(sentence: _Sentence, start: int, end: int, crime_words_neutral: bool = False) -> bool | None:
    """The first topic cue from ``start`` to before ``end`` (stopping at a comma, a number, "dan" or the sentence's
    end): True for trafficking, False for another topic, None for none. With ``crime_words_neutral``, "tindak" and
    "pidana" name no other topic ("merupakan tindak pidana perdagangan orang")."""
    for i in range(start, min(len(sentence.norms), end)):
        if sentence.norms[i] in (",", "#num", "dan", *SENTENCE_STOPS):
            break
        if i in sentence.tppo_cue_set:
            return True
        if i in sentence.other_cue_set and not (crime_words_neutral and sentence.norms[i] in ("tindak", "pidana")):
            return False
    return None


def _smaller_trafficking_share(sentence: _Sentence, j: int, named: PhraseSet) -> bool:
    """Whether a later number of the sentence counts the same noun as the number at ``j`` and names trafficking
    (``named``) right after it, with a smaller value ("2.815 kasus ..., 11 kasus TPPO"; not a sign of it, as in a
    breakdown "tiga kasus ... dan satu kasus eksploitasi anak")."""
    norms, value = sentence.norms, _token_value(sentence, j)
    if value is None or j + 1 >= len(norms):
        return False
    return any(norms[i] == "#num" and norms[i + 1 : i + 2] == norms[j + 1 : j + 2]
               and (i + 2) in sentence.tppo_cue_set and named.match(norms, i + 2)
               and (_token_value(sentence, i) or value) < value
               for i in range(j + 2, len(norms)))


def _crime_in_general(norms: Sequence[str], k: int) -> bool:
    """Whether the words at ``k`` name crime in general and nothing more ("2.815 kasus tindak pidana, ...", "1.428
    perkara pidana umum"): a police force's whole caseload, not its trafficking cases."""
    k += norms[k : k + 1] == ["tindak"]
    if norms[k : k + 1] != ["pidana"]:
        return False
    k += 1 + (norms[k + 1 : k + 2] == ["umum"])
    return k >= len(norms) or norms[k] in (",", "dan", "yang", "selama", "sepanjang", "sejak", "pada", "di",
                                           *SENTENCE_STOPS)


def _other_part_follows(c: _Candidate, sentences: list[_Sentence]) -> bool:
    """Whether the next sentence opens on the count's total and breaks it down into other crimes ("412 laporan
    polisi terkait perempuan dan anak. Dari 412 laporan itu, pencabulan anak sebanyak 186 perkara, ..."): the
    total is not all trafficking."""
    if c.sentence + 1 >= len(sentences):
        return False
    after = sentences[c.sentence + 1]
    first = _first_word(after.norms)
    return (after.norms[first : first + 2] == ["dari", "#num"] and _token_value(after, first + 1) == c.value
            and bool(after.other_cues))


def _whole_of_part(norms: Sequence[str], j: int) -> int | None:
    """The position of the whole in "N dari M ..." or "N di antara M ..." at the part ``j``, else None; the whole may
    be a collective ("Tiga dari keempat korban")."""
    for link in (("dari",), ("di", "antara")):
        at = j + 1 + len(link)
        if tuple(norms[j + 1 : at]) == link and at < len(norms) and norms[at] in ("#num", "#collective"):
            return at
    return None


def _after_its_whole(norms: Sequence[str], j: int, whole: int, sentence: _Sentence) -> bool:
    """Whether the number at ``j`` follows, past the comma that ends it, the sentence's opening "Dari <whole> ..."
    ("Dari enam korban yang diselamatkan, dua orang masih di bawah umur", "Dari 11 orang yang diselamatkan, delapan
    laki-laki dan tiga perempuan")."""
    first = _first_word(norms)
    if norms[first : first + 2] != ["dari", "#num"] or _token_value(sentence, first + 1) != whole:
        return False
    comma = next((i for i in range(first + 2, j) if norms[i] == ","), None)  # the whole's phrase ends at a comma
    return comma is not None and "#num" not in norms[first + 2 : comma]


def _part_before(norms: Sequence[str], j: int) -> bool:
    """Whether the number at ``j`` is the whole M of "N dari M" or "N di antara M"."""
    return (j > 1 and norms[j - 1] == "dari" and norms[j - 2] == "#num") or (
        j > 2 and norms[j - 2 : j] == ["di", "antara"] and norms[j - 3] == "#num")


def _first_word(norms: Sequence[str]) -> int:
    """The position of the sentence's first word, past line breaks and opening quotes."""
    for i, norm in enumerate(norms):
        if norm not in ('"', "“", "'") and not norm.isspace():
            return i
    return len(norms)


def _partition_head(norms: Sequence[str]) -> int | None:
    """The number of a group that the sentence partitions ("Dari 15 orang tersebut, 9 laki-laki ..."), or None."""
    for i in range(len(norms) - 1):  # not "7 dari 10 korban" (a part of a number)
        if norms[i] != "dari" or (i > 0 and norms[i - 1] == "#num"):
            continue
        at = i + 2 if norms[i + 1] in ("total", "jumlah", "sebanyak") else i + 1  # "Dari total 30 orang itu, ..."
        if at < len(norms) and norms[at] == "#num":
            return at
    return None


def _victim_values(candidates: Sequence[_Candidate]) -> set[int]:
    """The values of the victim and group counts among ``candidates``."""
    return {c.value for c in candidates if c.category == "victim" or c.whole_group or c.category in GROUP_ROLES}


def _group_of_part(antecedent: _Candidate, value: int, victim_totals: set[int]) -> tuple[str, int]:
    """(role category, number) of the group a part of ``value`` people belongs to: ``antecedent``'s, or, when the
    part is larger than a part by sex or age, the victim total that part is a breakdown of ("terdiri dari sembilan
    perempuan dan lima laki-laki. Delapan orang di antaranya ...": of the fourteen, not of the five men)."""
    if antecedent.value < value and antecedent.category in GROUP_ROLES:
        whole = antecedent.breakdown_of
        if whole is not None and whole.value > value:
            return _total_category(whole), whole.value
        larger = [total for total in victim_totals if total > value]
        if whole is None and larger:
            return "victim", min(larger)
    return _total_category(antecedent), antecedent.value


def _total_category(antecedent: _Candidate) -> str:
    """The role a subset of ``antecedent`` takes: a whole group's total is victims ("tujuh korban yang seluruhnya
    perempuan ... empat di antaranya")."""
    return "victim" if antecedent.whole_group else antecedent.category


def _past_initials(norms: Sequence[str], i: int) -> int:
    """The position after an apposition of initials and ages at ``i`` ("berinisial RM (41) dan HS (36)"), else
    ``i``."""
    apposition = (i + 3 < len(norms) and norms[i] == "," and norms[i + 1].isalpha() and len(norms[i + 1]) <= 4
                  and norms[i + 2] == "(")  # ", AB (30) dan CD (28), yang ..."
    if i >= len(norms) or (norms[i] not in ("berinisial", "inisial") and not apposition):
        return i
    k = i + 1
    while k < len(norms) and (norms[k] in ("(", ")", "#num", ",", "dan", "serta")
                              or (norms[k].isalpha() and len(norms[k]) <= 4 and norms[k] != "yang")):
        k += 1
    return k


def _minor_by_age(sentence: _Sentence, k: int) -> bool:
    """Whether the ages told from token ``k`` are all under 18: "16 dan 17 tahun", "14 hingga 17 tahun", "di bawah 18
    tahun" (past an age word: "usia di bawah 18 tahun")."""
    norms = sentence.norms
    k += 1 if k < len(norms) and norms[k] in _AGE_WORDS else 0
    if norms[k : k + 2] == ["di", "bawah"]:
        limit = _age_value(sentence, k + 2) if k + 3 < len(norms) else None
        return limit is not None and limit <= 18 and norms[k + 3] in ("tahun", "thn")
    ages = _ages_at(sentence, k)
    return bool(ages) and max(ages) < 18


def _ages_at(sentence: _Sentence, k: int) -> list[int]:
    """The ages told from token ``k`` up to "tahun" ("16 dan 17 tahun", "18 sampai 20 tahun"), or none."""
    norms, ages = sentence.norms, []
    for i in range(k, min(len(norms), k + 6)):
        if norms[i] in ("tahun", "thn"):
            return ages
        value = _age_value(sentence, i)
        if value is not None:
            ages.append(value)
        elif norms[i] not in ("hingga", "sampai", "dan", "-", "–", ",", "antara"):
            return []
    return []


def _is_minor_age(sentence: _Sentence, k: int) -> bool:
    """An age under 18 at token ``k`` ("berusia 16 dan 17 tahun", "berusia 15-17 tahun"): the people are children."""
    value = _age_value(sentence, k)
    return value is not None and 0 < value < 18


def _age_value(sentence: _Sentence, i: int) -> int | None:
    """The number at token ``i`` read as an age: a count, or an end of a range of ages ("14-17")."""
    number = sentence.tokens[i].number
    if number is not None and number.kind == "range" and number.text.isdigit():
        return int(number.text)
    return number.value if number is not None else None


def _is_age(norms: Sequence[str], i: int) -> bool:
    """The number at ``i`` is an age ("berusia 15 hingga 17 tahun")."""
    before = norms[i - 1] if i > 0 else ""
    after = norms[i + 1] if i + 1 < len(norms) else ""
    return before in ("berusia", "usia", "umur", "hingga", "sampai", "-") or after == "tahun"


def _words_past_names(norms: Sequence[str], caps: Sequence[bool], start: int, limit: int) -> Iterable[int]:
    """Positions from ``start`` on, up to ``limit`` of them that are not capitalised names or the commas after
    names (those are passed over without counting)."""
    seen, i = 0, start
    while i < len(norms) and seen < limit:
        yield i
        if not (caps[i] or (norms[i] == "," and i > start and caps[i - 1])):
            seen += 1
        i += 1


def _past_part_aside(norms: Sequence[str], noun_end: int) -> int | None:
    """The position after a part of the group told between commas within a few words of its noun ("Lima perempuan
    asal Jawa Barat, dua di antaranya masih di bawah umur, diselamatkan ..."), or None."""
    for j in range(noun_end, min(len(norms) - 3, noun_end + 8)):
        if norms[j] in SENTENCE_STOPS:
            return None
        if norms[j] == "," and norms[j + 1] == "#num" and (
                norms[j + 2 : j + 4] == ["di", "antaranya"] or norms[j + 2] == "diantaranya"):
            for k in range(j + 3, min(len(norms), j + 14)):
                if norms[k] in SENTENCE_STOPS or norms[k] == "#num":
                    return None
                if norms[k] == ",":
                    return k + 1
            return None
    return None


def _clause_words(norms: Sequence[str], caps: Sequence[bool], start: int, limit: int) -> Iterable[int]:
    """Positions of up to ``limit`` words of the clause from ``start``, skipping capitalised names, their
    parentheses and the commas between them; it ends at a sentence stop, a number or a comma after a plain word."""
    seen, i = 0, start
    while i < len(norms) and seen < limit:
        norm = norms[i]
        if norm in SENTENCE_STOPS or norm == "#num" or norm.isspace():  # a line break ends a headline's clause
            return
        if caps[i] or norm in ("(", ")") or (norm == "," and i > start and (caps[i - 1] or norms[i - 1] == ")")):
            i += 1
            continue
        if norm == ",":
            return
        yield i
        seen, i = seen + 1, i + 1


def _title_case_end(text: str, title: str | None) -> int:
    """The offset where a headline opening the text in title case ends ("Tiga Pemuda Cidahu Minta Dipulangkan"),
    else 0: in such a headline a capital starts every word, not only names."""
    if not title or not title.strip():
        return 0
    head = title.strip()
    opening = len(text) - len(text.lstrip())
    if not text.startswith(head[:40], opening):
        return 0
    words = [w for w in _TOKEN.findall(head) if w.isalpha() and len(w) > 3]  # not "di", "dan", "ke"
    capitalised = sum(w[0].isupper() for w in words)
    return opening + len(head) if words and capitalised >= 0.8 * len(words) else 0


def _count(role: str, value: int, about_tppo: bool, scope: str | None, evidence: dict) -> dict:
    return {"role": role, "value": value, "about_tppo": about_tppo, "scope": scope, "evidence": evidence}


def _dedupe(counts: list[dict]) -> list[dict]:
    """One count per (role, value): the first mention's evidence; about trafficking if any mention is. A group of
    victims counted as rescued too ("menjual dua siswi ... polisi mengamankan dua korban") is the rescued group."""
    kept: dict[tuple[str, int], dict] = {}
    for count in counts:
        key = (count["role"], count["value"])
        if key in kept:
            kept[key]["about_tppo"] = kept[key]["about_tppo"] or count["about_tppo"]
            kept[key]["scope"] = kept[key]["scope"] or count["scope"]
        else:
            kept[key] = count
    for (role, value), count in list(kept.items()):
        rescued = kept.get(("victims_rescued", value))
        if role == "victims" and rescued and count["about_tppo"] and rescued["about_tppo"] and not (
                count["scope"] or rescued["scope"]):
            del kept[(role, value)]
    return list(kept.values())


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'(A-Z0-9])|\n+")


def simple_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets by punctuation and line breaks (for use without a spaCy pipeline)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


@cache
def default_extractor() -> CountsExtractor:
    """A shared extractor with the default lexicon."""
    return CountsExtractor()


def extract_counts(text: str, title: str | None = None,
                   sentences: Sequence[tuple[int, int]] | None = None) -> list[dict]:
    """The contract's ``counts`` for an article text (sentences split simply when not given)."""
    return default_extractor().extract(text, sentences, title)


@cache
def extractor_for(data_dir: Path) -> CountsExtractor:
    """An extractor over the lexicon in ``data_dir``, built once per process and directory."""
    return default_extractor() if data_dir == COUNTS_DATA_DIR else CountsExtractor(CountsLexicon.load(data_dir))


class CountsComponent:
    """spaCy component: sets ``doc._.counts`` from the doc's sentences (shared with the other components)."""

    def __init__(self, extractor: CountsExtractor | None = None) -> None:
        self.extractor = extractor or default_extractor()

    def __call__(self, doc: Doc) -> Doc:
        sentences = sentences_of(doc)
        doc._.counts = self.extractor.extract(sentences.text, sentences.spans, doc._.title, token_spans(doc),
                                              sentences.lowered)
        return doc


@Language.factory(
    "pantau_counts",
    default_config={"data_dir": "data/counts"},
    assigns=["doc._.counts"],
    requires=["token.is_sent_start"],
)
def make_counts_component(nlp: Language, name: str, data_dir: str) -> CountsComponent:
    """Build the counts component (``nlp.add_pipe("pantau_counts")``); ``data_dir`` (role_nouns.tsv,
    lexicon.yaml) is relative to the ``nlp`` package."""
    return CountsComponent(extractor_for(data_path(data_dir)))
