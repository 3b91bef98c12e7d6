"""One article's report of an incident: the facts clustering, figures and places read from an (article, record) pair."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"
FIGURE_ROLES = ("victims", "victims_rescued", "suspects", "victims_child", "victims_female", "victims_male")
VICTIM_ROLES = ("victims", "victims_rescued")
VICTIM_PART_ROLES = ("victims_child", "victims_female", "victims_male")
SUSPECT_ROLES = ("suspects", "arrests")
TOTAL_ROLES = ("victims", "victims_rescued", "suspects", "arrests")

_SUSPECT_INITIALS = re.compile(
    r"(?:tersangka|pelaku|terdakwa|DPO|mucikari|muncikari|perekrut|calo|sponsor|tekong|ditangkap|menangkap|dibekuk|"
    r"diringkus)"
    r"[^.!?\n]{0,80}?(?:(?:ber)?inisial|yakni|yaitu|masing-masing)\s+(?P<initials>[A-Z]{1,4}(?:\s*\(\d{1,2}\))?(?:\s*(?:,|dan)\s*[A-Z]{1,4}\b(?:\s*\(\d{1,2}\))?)*)"
    r"|(?:tersangka|pelaku|terdakwa|DPO)\s+(?P<bare>[A-Z]{2,4}\s*\(\d{2}\)(?:\s*(?:,|dan)\s*[A-Z]{2,4}\s*\(\d{2}\))*)"
    r"|(?:tersangka|pelaku|terdakwa|mucikari|muncikari|perekrut|calo|sponsor|tekong)[\s,]+"
    r"(?P<plain>(?-i:[A-Z]{2,4})(?:\s*(?:,|dan)\s*(?-i:[A-Z]{2,4}))*)(?!\w)"
    # the suspects' initials set off by commas past their noun phrase ("dua tersangka perdagangan anak di sebuah
    # kafe di Medan Sunggal, DS dan RN, dinyatakan ...")
    r"|(?:tersangka|terdakwa)\b[^.!?\n,]{0,80},\s+(?P<apposed_list>(?-i:[A-Z]{2,4})(?:\s*,\s*(?-i:[A-Z]{2,4}))*"
    r"\s+dan\s+(?-i:[A-Z]{2,4})),",
    re.IGNORECASE,
)
# "calo desa UB", "Pengelola bar FT": initials after the suspect's role (or the business they run) and a word or two
# saying which one (read on its own, as the same sentence may name another suspect "berinisial")
_AFTER_ROLE = re.compile(
    r"(?:tersangka|pelaku|terdakwa|mucikari|muncikari|germo|perekrut|calo|sponsor|tekong|penyalur|pengelola|pemilik)\s+"
    r"(?:(?!(?:di|ke|dari|asal|warga|kasus|dan|yang|pada|oleh|untuk|dengan|itu|ini|berinisial|inisial)\b)"
    r"(?-i:[a-z]+)\s+){1,2}"
    r"(?P<role>(?-i:[A-Z]{2,4})(?:\s*(?:,|dan)\s*(?-i:[A-Z]{2,4}))*)(?!\w)",
    re.IGNORECASE,
)
_INITIALS_TOKEN = re.compile(r"\b[A-Z]{1,4}\b")
_INITIALS_LIST = r"(?-i:[A-Z]{2,4})(?:\s*\(\d{1,2}\))?(?:\s*(?:,|dan)\s*(?-i:[A-Z]{2,4})(?:\s*\(\d{1,2}\))?)*"
# the nouns of a suspect, of a trafficker's part or of the one who runs the venue, shelter or agency ("pengelola"),
# which initials set off by a comma belong to
_TRAFFICKER_NOUNS = (r"(?:tersangka|terdakwa|pelaku|perekrut|mucikari|muncikari|germo|sponsor|calo|tekong|penyalur"
                     r"|pengelola)")
_NAMED_AS_SUSPECTS = re.compile(  # "menetapkan DN dan RP sebagai tersangka", "HD (47) ditetapkan sebagai tersangka"
    # "menetapkan pemilik panti pijat, DK, sebagai tersangka": the person named after a comma
    rf"(?:menetapkan|menahan)\s+(?:[^.!?\n,]{{0,40}},\s*)?(?P<object>{_INITIALS_LIST})\s*,?\s+(?:sebagai\s+)?"
    r"(?:tersangka|pelaku)"
    # "UH, sponsor yang menampung empat calon PMI, resmi ditetapkan tersangka": the person apposed
    rf"|(?<![\w-])(?P<subject>{_INITIALS_LIST})(?:\s*,[^.!?\n,]{{1,120}},|\s*,)?\s+(?:resmi\s+|telah\s+|sudah\s+)?"
    r"ditetapkan\s+(?:sebagai\s+)?tersangka"
    # "ZN ditangkap Polres ...", "RA dan TW divonis", "DN, yang ditangkap ...", "KB, sopir travel, kini ditahan",
    # "PL dijerat pasal berlapis": the person an arrest, a detention, a charge or a sentence is of
    rf"|(?<![\w-])(?P<arrested>{_INITIALS_LIST})(?:\s*,\s*yang|\s*,[^.!?\n,]{{1,40}},|\s*,)?"
    r"\s+(?:resmi\s+|telah\s+|sudah\s+|akhirnya\s+|kini\s+)?"
    r"(?:ditangkap|dibekuk|diringkus|dicokok|divonis|dituntut|didakwa|dihukum|dijatuhi|ditahan|dijerat)\b"
    # "Polisi menahan YD, pemilik losmen, ...": the person held, apposed
    rf"|(?:menahan|menangkap|membekuk|meringkus)\s+(?:tersangka\s+|pelaku\s+)?(?P<held>{_INITIALS_LIST})(?=\s*,)"
    # "diduga ikut membantu AS dalam kasus ...": the one a suspect helped is a suspect too
    rf"|\b(?:ikut\s+membantu|membantu\s+(?:tersangka|pelaku))\s+(?P<helped>{_INITIALS_LIST})(?!\w)"
    # "memvonis AM (41) enam tahun penjara", "Jaksa menuntut terdakwa SN sembilan tahun", "Polisi menjerat AF,
    # muncikari yang ..., dengan UU TPPO"
    rf"|\b(?:memvonis|menghukum|menuntut|mendakwa|menjerat)\s+(?:terdakwa\s+|tersangka\s+)?"
    rf"(?P<convicted>{_INITIALS_LIST})(?!\w)"
    # "menjatuhkan hukuman enam tahun penjara kepada PW (52)"
    rf"|(?:vonis|hukuman|pidana|tuntutan)\b[^.!?\n]{{0,60}}?\bkepada\s+(?:terdakwa\s+)?(?P<sentenced>{_INITIALS_LIST})"
    # "mengirim berkas perkara kakak beradik OT dan IR": a case file is of its suspects
    rf"|\bberkas\s+(?:perkara\s+)?(?:(?-i:[a-z]+)\s+){{0,6}}?(?P<filed>{_INITIALS_LIST})(?!\w)"
    # "Dua terdakwa kasus penyaluran ABK ke Fiji, RA dan TW, menjalani sidang", "Perekrutnya, AP, sudah ditahan":
    # the suspects after their noun phrase
    rf"|{_TRAFFICKER_NOUNS}(?:nya)?\b"
    rf"[^.!?\n,]{{0,80}},\s*(?P<apposed>{_INITIALS_LIST})\s*,"
    # "pasangan suami istri DS dan WN, perekrut tenaga kerja ilegal ke Kamboja": the role apposed after them
    rf"|(?<![\w-])(?P<roled>{_INITIALS_LIST})\s*,\s*(?:(?:sang|seorang|para)\s+)?{_TRAFFICKER_NOUNS}\b"
    # "Keempatnya direkrut oleh AR, pria asal ...", "dijual oleh SN kepada ...": who recruited, sent or sold them
    r"|\b(?:direkrut|dikirim|diberangkatkan|dibawa|dijual|dijanjikan|diiming-imingi|dipekerjakan|disekap|ditampung)"
    rf"\s+oleh\s+(?P<agent>{_INITIALS_LIST})(?=\s*[,.;]|\s+(?:yang|dan|untuk|ke|kepada|dengan)\b)",
    re.IGNORECASE,
)
# a trafficker's role apposed after the initials of a person held ("LM (41), pengelola sebuah agen penyalur")
_ROLE_APPOSED = re.compile(rf"\s*,\s*(?:(?:sang|seorang|para)\s+)?{_TRAFFICKER_NOUNS}\b", re.IGNORECASE)
# "menetapkan sopir travel KD dan perekrut berinisial MH sebagai tersangka": everyone named between the verb and
# "sebagai tersangka"
_NAMED_BEFORE_STATUS = re.compile(
    r"\b(?:menetapkan|ditetapkannya)\s+(?P<named>[^.!?\n]{2,100}?)\s+sebagai\s+(?:tersangka|pelaku)\b", re.IGNORECASE)
_BERINISIAL = re.compile(rf"\bberinisial\s+(?P<any>{_INITIALS_LIST})", re.IGNORECASE)
# initials the report says its case has nothing to do with ("Polisi memastikan TR tidak terkait dengan KN", "AS tidak
# memiliki hubungan dengan MH", "Kasus ini berbeda dengan perkara sponsor KR"): another case's suspect, named beside
# the report's own
_UNRELATED_INITIALS = re.compile(r"\b(?:(?:tidak|tak|bukan)\s+(?:(?:memiliki|mempunyai|punya|ada)\s+)?"
                                 r"(?:ber)?(?:kaitan|terkait|berhubungan|hubungan)\s+dengan"
                                 r"|berbeda\s+(?:dengan|dari))\s+(?:(?:perkara|kasus)\s+)?"
                                 r"(?:(?:sponsor|tersangka|terdakwa|terpidana|pelaku|perekrut|calo)\s+)?"
                                 r"(?P<other>(?-i:[A-Z]{2,4}))\b", re.IGNORECASE)
# "JT (51)" in a suspects' sentence: an adult's initials (a minor named so is a victim)
_AGED_INITIALS = re.compile(r"(?<![\w-])(?P<aged>(?-i:[A-Z]{2,4}))\s*\((?P<age>\d{2})\)")
ADULT_AGE = 18
_SUSPECT_SENTENCE = re.compile(r"\b(?:tersangka|pelaku|terdakwa)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+")
# the next sentence says the figure just told has grown ("... 11 perempuan korban TPPO ... Jumlah itu bertambah satu
# orang dari rombongan yang tiba Minggu sore.", "11 calon ABK menjadi korban ... Satu korban tambahan ditemukan di
# sebuah klinik"): an update
_THAT_FIGURE_GREW = re.compile(r"[.!?\"”]*\s*(?:(?:Jumlah|Angka|Total)\s+(?:itu|tersebut|ini)\s+(?:bertambah|naik)\b"
                               r"|(?:Satu|Seorang|Dua|Tiga|Empat|Lima|\d+)\s+(?:korban|orang)\s+(?:tambahan|lagi)\s+"
                               r"(?:ditemukan|didapati|diselamatkan|dievakuasi|menyusul)\b)")
# a sentence counting suspects ("menetapkan tiga tersangka"), and one naming the people it counted ("Keduanya
# ialah ...", "Mereka adalah ...")
_SUSPECTS_COUNTED = re.compile(
    r"\b(?:dua|tiga|empat|lima|enam|\d{1,2})\s+(?:orang\s+)?(?:tersangka|pelaku|terdakwa)\b", re.IGNORECASE)
_NAMING_ON = re.compile(r"\s*(?:keduanya|ketiganya|keempatnya|kelimanya|mereka)\s+(?:ialah|adalah|yakni|yaitu)\b",
                        re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _data_lines(file_name: str) -> list[str]:
    """The entries of a data file (``data/<file_name>``): stripped lines, blank lines and ``#`` comments left out."""
    lines = (DATA_DIR / file_name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@cache
def _phrases(file_name: str) -> re.Pattern[str]:
    """One case-insensitive pattern for the regular-expression phrases of a data file."""
    return re.compile("|".join(f"(?:{p})" for p in _data_lines(file_name)), re.IGNORECASE)


def period_cues() -> re.Pattern[str]:
    """The phrases that make a sentence's figures a period total (``data/period_cues.txt``)."""
    return _phrases("period_cues.txt")


@cache
def not_initials() -> frozenset[str]:
    """Abbreviations written where initials would be that are not initials (``data/not_initials.txt``), and the
    places' abbreviations ("perekrut asal NTT" names no person)."""
    from nlp.language import read_table
    from nlp.regions import PLACES_DATA_DIR

    places = {row[0] for row in read_table(PLACES_DATA_DIR / "aliases.tsv")
              if row and re.fullmatch(r"[A-Z]{2,4}", row[0])}
    return frozenset(_data_lines("not_initials.txt")) | places


def update_cues() -> re.Pattern[str]:
    """The phrases that mark a figure as an update of earlier reports (``data/update_cues.txt``)."""
    return _phrases("update_cues.txt")


def court_cues() -> re.Pattern[str]:
    """The phrases by which a report tells a case's way through prosecution and court (``data/court_cues.txt``)."""
    return _phrases("court_cues.txt")


def provisional_cues() -> re.Pattern[str]:
    """The phrases by which a report says its count is not final (``data/provisional_cues.txt``)."""
    return _phrases("provisional_cues.txt")


def again_cues() -> re.Pattern[str]:
    """The phrases by which a report tells of another act like an earlier one (``data/again_cues.txt``)."""
    return _phrases("again_cues.txt")


def separate_cues() -> re.Pattern[str]:
    """The phrases by which a report says its case is not the earlier one (``data/separate_cues.txt``)."""
    return _phrases("separate_cues.txt")


def added_suspect_cues() -> re.Pattern[str]:
    """The phrases by which a report tells of a suspect added to a case already reported
    (``data/added_suspect_cues.txt``)."""
    return _phrases("added_suspect_cues.txt")


def later_arrest_cues() -> re.Pattern[str]:
    """The phrases by which a report's lead tells of an arrest after the case's first act
    (``data/later_arrest_cues.txt``)."""
    return _phrases("later_arrest_cues.txt")


def follow_up_cues() -> re.Pattern[str]:
    """The phrases by which a report's lead tells of its people as stopped or rescued before: later news of an
    earlier event (``data/follow_up_cues.txt``)."""
    return _phrases("follow_up_cues.txt")


def _lead(title: str | None, text: str | None, sentences: int = 2) -> str:
    """A report's headline and its first sentences."""
    body = (text or "").strip()
    ends = [m.end() for m in re.finditer(r"[.!?](?:\s|$)", body)]
    cut = ends[sentences - 1] if len(ends) >= sentences else len(body)
    return f"{title or ''}\n{body[:cut]}"


# A number told only by its order of magnitude ("belasan calon PMI"): the range it allows.
VAGUE_NUMBERS = {"belasan": (11, 19), "puluhan": (20, 99), "ratusan": (100, 999)}
_VAGUE = re.compile(rf"\b({'|'.join(VAGUE_NUMBERS)})\b", re.IGNORECASE)
_LEAD_LENGTH = 400  # the headline and the lead: where a report says how many it is about


def vague_victims(article: dict[str, Any]) -> tuple[int, int] | None:
    """The range a report's headline or lead gives when it tells the number only vaguely ("Belasan PMI Ilegal
    Diamankan": 11 to 19), None when it gives none."""
    lead = f"{article.get('title') or ''}\n{(article.get('text') or '')[:_LEAD_LENGTH]}"
    found = _VAGUE.search(lead)
    return VAGUE_NUMBERS[found.group(1).lower()] if found else None


def one_victim(article: dict[str, Any], record: dict[str, Any]) -> Figure | None:
    """The sentence by which a report tells of a single victim ("seorang bayi dijual", "korban berinisial DA") when
    it counts none (extraction counts no single person) and tells of no more (``data/several_victims_cues.txt``,
    a vague number): its incident stands for one victim. None otherwise."""
    if any(count.get("role") in (*VICTIM_ROLES, *VICTIM_PART_ROLES) for count in record.get("counts") or []):
        return None
    told = f"{article.get('title') or ''}\n{article.get('text') or ''}"
    if _phrases("several_victims_cues.txt").search(told) or vague_victims(article):
        return None
    found = _phrases("one_victim_cues.txt").search(told)
    if found is None:
        return None
    title_length = len(article.get("title") or "") + 1
    if found.start() < title_length:  # the headline tells it
        return Figure("one_victim", 1, article.get("title") or "", 0)
    text, at = article.get("text") or "", found.start() - title_length
    sentence = next((m for m in _SENTENCE.finditer(text) if m.start() <= at < m.end()), None)
    if sentence is None:
        return Figure("one_victim", 1, "", at)
    return Figure("one_victim", 1, " ".join(sentence.group(0).split()), sentence.start())


def says_separate(text: str) -> bool:
    """Whether a report says its case is another than an earlier one ("Ini kasus terpisah dari yang sebelumnya")."""
    return separate_cues().search(text or "") is not None


# Unit words before the body they belong to: "Satreskrim Polres Kukar" is Polres Kukar's.
_BODY_HEADS = ("polda", "polres", "polresta", "polrestabes", "polsek", "kejaksaan", "kejari", "bp3mi", "imigrasi")


# Bodies known by the region their name carries, whatever form names it: head word -> the kind of body
_REGIONAL_BODIES = {"polda": "polda", "polres": "polres", "polresta": "polres", "polrestabes": "polres",
                    "kejari": "kejari", "bp3mi": "bp3mi"}


def agency_keys(agency: dict[str, Any]) -> set[str]:
    """The forms an agency is compared by: its name, its canonical name, the body a unit of it belongs to
    ("satreskrim polres kukar" -> also "polres kukar"), and a regional body by its kind and region's code
    ("Polres Kukar" and "Polres Kutai Kartanegara" -> "polres@64.02")."""
    keys = set()
    for name in (agency.get("name"), agency.get("canonical")):
        words = " ".join(str(name or "").lower().split()).split()
        if not words:
            continue
        keys.add(" ".join(words))
        heads = [i for i, word in enumerate(words) if word in _BODY_HEADS and i + 1 < len(words)]
        if heads and heads[-1] > 0:
            keys.add(" ".join(words[heads[-1]:]))
        if heads and words[heads[-1]] in _REGIONAL_BODIES:
            code = _body_region_code(" ".join(words[heads[-1]:]))
            if code:
                keys.add(f"{_REGIONAL_BODIES[words[heads[-1]]]}@{code}")
    return keys


@cache
def _body_region_code(body: str) -> str | None:
    from pantau.incidents.statistics import agency_region

    region = agency_region(body.title())
    return str(region["code"]) if region else None


def parse_day(value: Any) -> date | None:
    """``2025-10-16`` or ``2025-10-16T09:30:00+07:00`` -> date; anything else -> None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@cache
def victim_words() -> re.Pattern[str]:
    """Words that make the initials after them a victim's (``data/victim_words.txt``); not "anak" of "anak buah
    kapal" (a ship's crew, as often the suspects' business as the victims)."""
    words = [re.escape(word) for word in _data_lines("victim_words.txt")]
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)(?!\s+buah\b)", re.IGNORECASE)


def _said_of_a_victim(text: str, start: int) -> bool:
    """Whether a victim word comes shortly before ``start`` in its sentence."""
    before = text[max(0, start - 60) : start]
    breaks = list(_SENTENCE_BREAK.finditer(before))
    return victim_words().search(before[breaks[-1].end() :] if breaks else before) is not None


def suspect_initials(text: str) -> set[str]:
    """Suspects' initials written in an article ("tersangka berinisial AS dan MR", "menetapkan DN dan RP sebagai
    tersangka", "pria berinisial FS ditangkap" -> their initials); a victim's initials are not taken, nor those of
    another case's suspect the report says its case has nothing to do with."""
    text = text or ""
    groups = [match.group("initials") or match.group("bare") or match.group("plain") or match.group("apposed_list")
              or "" for match in _SUSPECT_INITIALS.finditer(text)]
    for match in _NAMED_AS_SUSPECTS.finditer(text):
        named = match.group("object") or match.group("subject") or match.group("sentenced") or match.group(
            "filed") or match.group("agent") or match.group("convicted") or match.group("roled") or match.group(
            "helped")
        held = match.group("arrested") or match.group("held")
        if held and _ROLE_APPOSED.match(text, match.end()):
            named = held  # "menangkap LM (41), pengelola sebuah agen penyalur ABK": the role said of the one held
        if named:
            groups.append(named)
        elif held:  # the person an arrest or a sentence is of, unless a victim is
            if not victim_words().search(text[match.start() : match.end() + 40].split(".")[0]) \
                    and not _said_of_a_victim(text, match.start()):
                groups.append(held)
        elif match.group("apposed") and not victim_words().search(match.group(0)):
            groups.append(match.group("apposed"))
    groups += [match.group("role") for match in _AFTER_ROLE.finditer(text)]
    groups += [" ".join(_INITIALS_TOKEN.findall(match.group("named"))) for match in _NAMED_BEFORE_STATUS.finditer(text)
               if not victim_words().search(match.group("named"))]
    groups += [match.group("any") for match in _BERINISIAL.finditer(text) if not _said_of_a_victim(text, match.start())]
    previous = ""  # "Polisi menetapkan tiga tersangka. Ketiganya ialah OB (39) ...": the sentence goes on naming them
    for sentence in _SENTENCE.finditer(text):  # "Dua tersangka itu adalah nakhoda JT (51) dan ..."
        naming = _SUSPECT_SENTENCE.search(sentence.group(0)) or (
            _SUSPECTS_COUNTED.search(previous) and _NAMING_ON.match(sentence.group(0)))
        previous = sentence.group(0)
        if naming:
            groups += [match.group("aged") for match in _AGED_INITIALS.finditer(sentence.group(0))
                       if int(match.group("age")) >= ADULT_AGE
                       and not _said_of_a_victim(text, sentence.start() + match.start())]
    unrelated = {match.group("other") for match in _UNRELATED_INITIALS.finditer(text)}
    return {token for group in groups for token in _INITIALS_TOKEN.findall(group)
            if token.upper() == token and token not in not_initials() and token not in unrelated}


def suspect_ages(text: str, initials: set[str]) -> dict[str, int]:
    """The age a report gives each of its suspects ("berinisial JK (45)" -> {"JK": 45}); initials given two
    different ages are left out."""
    ages: dict[str, set[int]] = {}
    for match in _AGED_INITIALS.finditer(text or ""):
        if match.group("aged") in initials:
            ages.setdefault(match.group("aged"), set()).add(int(match.group("age")))
    return {key: next(iter(values)) for key, values in ages.items() if len(values) == 1}


def sentence_of(text: str, evidence: dict[str, Any] | None) -> str:
    """The evidence sentence of a fact, whitespace collapsed ("" when the offsets do not fit the text)."""
    if not evidence:
        return ""
    start, end = evidence.get("start", -1), evidence.get("end", -1)
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return ""
    return " ".join(text[start:end].split())


def is_period_sentence(sentence: str, suspects: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a sentence gives a period or running total ("Sepanjang 2026, Polda Jambi tangani 17 kasus"); a
    sentence naming one of the article's suspects tells that suspect's case over its span ("HN terbukti menjual
    dua remaja sejak Maret hingga Mei"), no total."""
    if not sentence or period_cues().search(sentence) is None:
        return False
    return not (suspects and set(_INITIALS_TOKEN.findall(sentence)) & set(suspects))


@dataclass(frozen=True)
class Figure:
    """One report's value for a role, with the sentence it comes from."""

    role: str
    value: int
    sentence: str
    position: int  # where the sentence starts in the article text
    scoped: bool = False  # the count names a region or a larger total it belongs to ("of 14", "Kota Batam")


@dataclass
class Report:
    """An incident report: an article and its record, with what clustering compares."""

    article: dict[str, Any]
    record: dict[str, Any]
    published: date | None
    event_date: date | None
    locations: list[dict[str, Any]]
    figures: dict[str, Figure]  # role -> this report's headline value for it
    initials: set[str]
    agencies: set[str]
    modus: set[str]
    record_hash: str = ""
    attach_only: bool = False  # a report not judged relevant: it may join an incident, never found one
    updated: frozenset[str] = frozenset()  # roles whose figure the report says is an update ("bertambah menjadi")
    vague: tuple[int, int] | None = None  # the range of a victims number told vaguely ("belasan")
    separate: bool = False  # the report says its case is another than an earlier one
    court: bool = False  # the report tells the case's way through prosecution or court (case file, trial, verdict)
    counted: frozenset[int] = frozenset()  # every number of victims the report gives, its parts and totals included
    provisional: bool = False  # the report says its count is not final ("jumlah pasti korban masih didata")
    wholes: frozenset[int] = frozenset()  # larger groups the report says its victims are part of ("bagian dari 12")
    again: bool = False  # the report tells of another act like an earlier one ("kembali menggagalkan", "kali ini")
    adds_suspect: bool = False  # the report tells of a suspect added to a case ("tersangka kedua dalam kasus ...")
    follows_up: bool = False  # its lead tells of its people as stopped or rescued before ("yang sebelumnya digagalkan")
    ages: dict[str, int] = field(default_factory=dict)  # suspects' ages, by initials ("JK (45)")
    partial: bool = False  # its victims figure counts only a part of a larger group ("tiga di antaranya remaja")
    one_victim: Figure | None = None  # the sentence telling of a single victim, where no victim is counted
    dated: bool = True  # the text names a date; else its event date is only the publication day ("pekan ini")
    destinations: frozenset[str] = frozenset()  # the countries the victims were sent to or through

    @property
    def article_id(self) -> str:
        return str(self.article["id"])

    @property
    def day(self) -> date | None:
        """The day the event is placed at: its event date, else the publication date."""
        return self.event_date or self.published

    @property
    def anchor_key(self) -> tuple[str, str]:
        """Earliest report first: by publication date (else event date), then article id. Order-independent."""
        day = self.published or self.event_date
        return ((day or date.max).isoformat(), self.article_id)

    def codes(self, roles: tuple[str, ...] | None = None) -> set[str]:
        """Province, regency and city codes of the report's locations (of the given roles only, if given)."""
        return {
            str(loc["code"]) for loc in self.locations
            if loc.get("code") and loc.get("level") in ("province", "regency", "city")
            and (roles is None or loc.get("role") in roles)
        }

    def value(self, role: str) -> int:
        figure = self.figures.get(role)
        return figure.value if figure else 0


def headline_figures(article: dict[str, Any], record: dict[str, Any], any_topic: bool = False,
                     suspects: set[str] | None = None) -> dict[str, Figure]:
    """Role -> the report's headline value: the value its sentences give most often, ties to the headline's, then to
    the first written.

    Counts about something else than trafficking, parts of a larger total (scope "of N") for the total roles, and
    figures in period-total sentences ("Sepanjang 2026 ...", which become statistics) are left out. ``arrests``
    stand in for ``suspects`` when no one is called a suspect, and ``victims`` stands for the whole group (see
    ``_victims_total``).
    """
    text = article.get("text") or ""
    suspects = suspect_initials(text) if suspects is None else suspects
    by_role: dict[str, list[Figure]] = {}
    for count in record.get("counts") or []:
        role, value = count.get("role"), count.get("value")
        if not (any_topic or count.get("about_tppo", True)) or not isinstance(value, int) or value <= 0:
            continue
        if role in TOTAL_ROLES and str(count.get("scope") or "").startswith("of "):
            continue
        sentence = sentence_of(text, count.get("evidence"))
        if is_period_sentence(sentence, suspects):
            continue
        position = (count.get("evidence") or {}).get("start", 0)
        scope = str(count.get("scope") or "")
        scoped = bool(scope) and (role in TOTAL_ROLES or scope.startswith("of "))
        by_role.setdefault(role, []).append(
            Figure(role, value, sentence, position if isinstance(position, int) else 0, scoped))
    in_title = _title_numbers(article.get("title") or "")
    title_update = frozenset(_update_numbers(article.get("title") or ""))
    figures = {role: _most_given(found, in_title, title_update) for role, found in by_role.items()}
    if "suspects" not in figures and "arrests" in figures:
        figures["suspects"] = figures["arrests"]
    figures.pop("arrests", None)
    total = _victims_total(figures)
    if total is not None:
        figures["victims"] = total
    return {role: figure for role, figure in figures.items() if role in FIGURE_ROLES}


def victim_counts(article: dict[str, Any], record: dict[str, Any], any_topic: bool = False,
                  suspects: set[str] | None = None) -> frozenset[int]:
    """Every number of victims a report gives, parts of a larger group ("Empat lainnya warga Tasikmalaya") and
    totals ("bagian dari 10 warga Jawa Barat") included; none of a period-total sentence."""
    text = article.get("text") or ""
    suspects = suspect_initials(text) if suspects is None else suspects
    return frozenset(
        count["value"] for count in record.get("counts") or []
        if count.get("role") in VICTIM_ROLES and isinstance(count.get("value"), int) and count["value"] > 0
        and (any_topic or count.get("about_tppo", True))
        and not is_period_sentence(sentence_of(text, count.get("evidence")), suspects))


def part_cues() -> re.Pattern[str]:
    """The phrases by which a report says its group is part of a larger one (``data/part_cues.txt``)."""
    return _phrases("part_cues.txt")


def whole_counts(article: dict[str, Any], record: dict[str, Any], figures: dict[str, Figure]) -> frozenset[int]:
    """Whole groups the report's own victims are part of: a larger number of victims given in a sentence saying its
    group is part of it ("Ketiganya bagian dari 12 pekerja yang dipulangkan"), and the sum of the
    parts one sentence tells its group in, its own among them ("Tujuh pekerja sudah pulang, sedangkan dua
    lainnya masih dirawat": 9)."""
    text = article.get("text") or ""
    own = figures["victims"].value if "victims" in figures else 0
    if not own:
        return frozenset()
    wholes, parts = set(), {}
    for count in record.get("counts") or []:
        if count.get("role") not in VICTIM_ROLES or not isinstance(count.get("value"), int) or count["value"] <= 0:
            continue
        sentence = sentence_of(text, count.get("evidence"))
        if own < count["value"] and part_cues().search(sentence):
            wholes.add(count["value"])
        if sentence and (count.get("evidence") or {}).get("start") is not None:
            parts.setdefault(sentence, []).append(count["value"])
    for values in parts.values():
        if len(values) >= 2 and own in values and len(set(values)) == len(values):
            wholes.add(sum(values))
    wholes.update(own + more for more in _arrived_with(text))
    return frozenset(wholes)


def together_cues() -> re.Pattern[str]:
    """The phrases by which a report's group arrives with others, their number following ("Ketiganya tiba bersama
    empat warga Rejang Lebong"; ``data/together_cues.txt``)."""
    return _phrases("together_cues.txt")


def _arrived_with(text: str) -> list[int]:
    """The numbers of people a report's group is said to arrive or be sent home with ("tiba bersama empat warga
    Rejang Lebong" -> [4]): with them, the group is a larger one that other reports may count."""
    from nlp.numerals import find_numbers

    found = []
    for match in together_cues().finditer(text):
        after = text[match.end() : match.end() + 40]
        numbers = [m for m in find_numbers(after) if m.kind == "cardinal" and m.value]
        if numbers and numbers[0].start == 0 and together_people().match(after, numbers[0].end):
            found.append(numbers[0].value)
    return found


@cache
def together_people() -> re.Pattern[str]:
    """The nouns of people that may follow the number of those a group arrives with (``data/together_cues.txt``'s
    companion list ``together_people.txt``)."""
    return re.compile(r"\s+(?:" + "|".join(_data_lines("together_people.txt")) + r")\b", re.IGNORECASE)


def _title_numbers_at(text: str) -> list[int]:
    """The first count a text gives ("Bertambah Jadi Tujuh Orang, Dua Masih Anak" -> [7]), if any."""
    from nlp.numerals import find_numbers

    found = [m for m in find_numbers(text) if m.kind == "cardinal" and m.value is not None]
    return [min(found, key=lambda m: m.start).value] if found else []


def _title_numbers(title: str) -> frozenset[int]:
    """The counts a headline gives ("Imigrasi Tunda Keberangkatan Empat Perempuan" -> {4})."""
    from nlp.numerals import find_numbers

    return frozenset(m.value for m in find_numbers(title) if m.kind == "cardinal" and m.value is not None)


def _update_numbers(text: str) -> list[int]:
    """The number an update in a headline or a sentence names ("Korban ... Jadi 12 Orang, Tiga Masih Remaja" ->
    [12]), if any."""
    cue = update_cues().search(text)
    return _title_numbers_at(text[cue.start():]) if cue else []


def _most_given(found: list[Figure], in_title: frozenset[int] = frozenset(),
                title_update: frozenset[int] = frozenset()) -> Figure:
    """The value a sentence or the headline gives as an update of earlier counts ("bertambah menjadi 12 orang",
    "Korban ... Jadi 12 Orang": the latest count the report confirms), else the value given most often; ties to the
    value the headline gives (a number written in passing about something else comes first in the text more often
    than the headline's), then to a count that names no region or larger total, then to the first; of the values an
    update sentence gives, the largest ("Satu korban lainnya sudah pulang, sehingga total korban berjumlah 5 orang",
    "bertambah dari 3 menjadi 5 orang": the sum, the new figure)."""
    frequency = Counter(figure.value for figure in found)

    def rank(figure: Figure) -> tuple:
        plain = figure.value not in title_update and update_cues().search(figure.sentence) is None
        order = (figure.position, 0) if plain else (-figure.position, -figure.value)
        return plain, -frequency[figure.value], figure.value not in in_title, figure.scoped, order

    return min(found, key=rank)


def _victims_total(figures: dict[str, Figure]) -> Figure | None:
    """The whole group of victims: every rescued person is a victim; a group named as a whole as women, men or
    children ("tujuh perempuan") is the group; women and men named in one sentence ("11 korban perempuan dan tiga
    korban laki-laki") add up; the largest of these totals. A larger victims number written apart from the rescued
    count of a group speaks of a wider group (people sent abroad over the years): the rescued group is the
    incident's; one person rescued is no such group."""
    rescued, victims = figures.get("victims_rescued"), figures.get("victims")
    wider = (victims and rescued and victims.value > rescued.value > 1  # not one person ("Satu korban lain ...")
             and victims.sentence != rescued.sentence)
    candidates = [figure for figure in (rescued, None if wider else victims) if figure]
    candidates += [figures[role] for role in VICTIM_PART_ROLES if role in figures and not figures[role].scoped]
    female, male = figures.get("victims_female"), figures.get("victims_male")
    if female and male and female.sentence == male.sentence:
        candidates.append(Figure("victims_female", female.value + male.value, female.sentence, female.position))
    if not candidates:  # only parts of a larger group are given: the largest part
        candidates = [figures[role] for role in VICTIM_PART_ROLES if role in figures]
    if not candidates:
        return None
    return max(candidates, key=lambda figure: (figure.value, figure.role == "victims"))


def updated_roles(article: dict[str, Any], record: dict[str, Any], figures: dict[str, Figure]) -> frozenset[str]:
    """Roles whose value the report says is an update of earlier reports: a sentence giving that value (the chosen
    one or another giving the same number) or the headline or a sentence naming it says so ("Korban ... Bertambah
    Jadi Tujuh Orang" while the figure's own sentence is "Dua dari 7 korban masih anak"; "Satu korban lagi
    ditemukan ..., sehingga jumlah korban menjadi enam")."""
    text = article.get("text") or ""
    title = article.get("title") or ""
    told_updates = {value for told in (title, *(s.group() for s in _SENTENCE.finditer(text)))
                    for value in _update_numbers(told)}
    sentences: dict[int, list[str]] = {}
    ends: dict[int, list[int]] = {}  # where each value's sentences end
    for count in record.get("counts") or []:
        if isinstance(count.get("value"), int):
            sentences.setdefault(count["value"], []).append(sentence_of(text, count.get("evidence")))
            end = (count.get("evidence") or {}).get("end")
            if isinstance(end, int) and 0 < end <= len(text):
                ends.setdefault(count["value"], []).append(end)
    return frozenset(
        role for role, figure in figures.items()
        if any(update_cues().search(sentence) for sentence in [figure.sentence, *sentences.get(figure.value, [])])
        or any(_THAT_FIGURE_GREW.match(text, end) for end in ends.get(figure.value, []))
        or figure.value in told_updates)  # the headline's or a sentence's update names the value


def make_report(article: dict[str, Any], record: dict[str, Any], record_hash: str = "",
                attach_only: bool = False) -> Report:
    """The report an (article, record) pair makes; locations get roles when the record has none. An attach-only
    report's counts are read whatever topic they were judged to be about (its incident says what they count)."""
    from pantau.incidents.places import located

    initials = suspect_initials(article.get("text") or "")
    figures = headline_figures(article, record, any_topic=attach_only, suspects=initials)
    told = f"{article.get('title') or ''}\n{article.get('text') or ''}"  # what the headline and the text say
    lead = _lead(article.get("title"), article.get("text"))  # the headline and the first two sentences
    return Report(
        article=article,
        record=record,
        published=parse_day(article.get("published")),
        event_date=parse_day(record.get("event_date")),
        locations=located(article, record),
        figures=figures,
        initials=initials,
        ages=suspect_ages(article.get("text") or "", initials),
        again=again_cues().search(told) is not None,
        adds_suspect=added_suspect_cues().search(told) is not None or later_arrest_cues().search(lead) is not None,
        follows_up=follow_up_cues().search(lead) is not None,
        agencies={key for a in record.get("agencies") or [] if a.get("name") for key in agency_keys(a)},
        modus=set(record.get("modus") or []),
        record_hash=record_hash,
        attach_only=attach_only,
        updated=updated_roles(article, record, figures),
        vague=vague_victims(article),
        separate=says_separate(article.get("text") or ""),
        court=court_cues().search(told) is not None,
        counted=victim_counts(article, record, any_topic=attach_only, suspects=initials),
        provisional=provisional_cues().search(told) is not None,
        wholes=whole_counts(article, record, figures),
        partial="victims" in figures and figures["victims"].scoped and figures["victims"].role in VICTIM_PART_ROLES,
        one_victim=None if "victims" in figures or attach_only else one_victim(article, record),
        dated=names_a_date(article.get("text") or ""),
        destinations=frozenset(record.get("destinations") or []),
    )


def names_a_date(text: str) -> bool:
    """Whether a text writes any date ("Senin (4/5/2026)", "4 Mei"): without one, the record's event date is only
    the day the report was published."""
    from nlp.components.event_date import find_dates

    return bool(find_dates(text))


def report_features(report: Report) -> dict[str, Any]:
    """What grouping compares of a report, small enough to keep for every record (``incident_placements``)."""
    return {
        "published": report.published.isoformat() if report.published else None,
        "event_date": report.event_date.isoformat() if report.event_date else None,
        "locations": [{key: loc.get(key) for key in ("name", "level", "province", "code", "role", "roles")}
                      for loc in report.locations],
        "values": {role: figure.value for role, figure in sorted(report.figures.items())},
        "initials": sorted(report.initials),
        "agencies": sorted(report.agencies),
        "modus": sorted(report.modus),
        "updated": sorted(report.updated),
        "vague": list(report.vague) if report.vague else None,
        "separate": report.separate,
        "court": report.court,
        "counted": sorted(report.counted),
        "provisional": report.provisional,
        "wholes": sorted(report.wholes),
        "partial": report.partial,
        "ages": dict(sorted(report.ages.items())),
        "again": report.again,
        "adds_suspect": report.adds_suspect,
        "follows_up": report.follows_up,
        "dated": report.dated,
        "destinations": sorted(report.destinations),
    }


def report_from_features(article_id: str, record_hash: str, features: dict[str, Any], attach_only: bool) -> Report:
    """A report as grouping sees it, from its kept features (no text: figures carry values only)."""
    return Report(
        article={"id": article_id},
        record={},
        published=parse_day(features.get("published")),
        event_date=parse_day(features.get("event_date")),
        locations=list(features.get("locations") or []),
        figures={role: Figure(role, value, "", 0) for role, value in (features.get("values") or {}).items()},
        initials=set(features.get("initials") or []),
        agencies=set(features.get("agencies") or []),
        modus=set(features.get("modus") or []),
        record_hash=record_hash,
        attach_only=attach_only,
        updated=frozenset(features.get("updated") or []),
        vague=tuple(features["vague"]) if features.get("vague") else None,
        separate=bool(features.get("separate")),
        court=bool(features.get("court")),
        counted=frozenset(features.get("counted") or []),
        provisional=bool(features.get("provisional")),
        wholes=frozenset(features.get("wholes") or []),
        partial=bool(features.get("partial")),
        ages={str(key): int(value) for key, value in (features.get("ages") or {}).items()},
        again=bool(features.get("again")),
        adds_suspect=bool(features.get("adds_suspect")),
        follows_up=bool(features.get("follows_up")),
        dated=bool(features.get("dated", True)),
        destinations=frozenset(features.get("destinations") or []),
    )
