"""Agencies that act or speak in an article, typed per the extraction contract.

The lexicon (``nlp/data/agencies/lexicon.tsv``) lists name heads with their type and role; police units that act
for a parent (``Unit PPA Satreskrim Polres Tuban``) are in ``police_subunits.tsv``, officials' titles that stand for
their body (``Kajari``, ``Dubes RI``) in ``titles.tsv``. Rules:

- a regional head takes the region written right after it (``Polres Kukar``, ``DPMPPA Kota Jambi``,
  ``Polres Metro Tangerang Kota``, ``Polres Kawasan Bandara Ngurah Rai``); a long form and its short form with the
  same region are one agency (``Kepolisian Daerah Jawa Timur`` = ``Polda Jatim``), named as the article writes it
  most often (a local office, prosecutor or court on a tie as it is introduced); a head's title (``Kapolres``,
  ``Kanit PPA``, ``Kasubdit IV``) stands for the unit he heads, a minister (``Menteri Sosial``, ``Menlu``) for the
  ministry; a station's ``Kasat Reskrim`` speaks for the station unless the article names his unit itself;
- a police unit written right before its parent, or after it with ``melalui`` (``Polda Jambi melalui Subdit IV
  Ditreskrimum``), is listed as well as the parent; press offices (Humas) never;
- a bare head (``Pemkot``, ``DPMPPA``) joins the one agency of that head the article names with a region; a bare
  Pemda takes the region of the article's regional head (``Wali Kota Jambi``) or its one region of that level; a
  bare office a local government acts through takes its region (``Pemkab Sikka melalui Dinas Sosial``);
- another country's police or immigration service is listed with its country (``Kepolisian Kamboja``);
- a regent, mayor or governor is listed as the local government only when the article names no Pemda there;
- organisations known by the form of their name (``Yayasan ...``, ``Jaringan ...``, ``... Watch``) are not read
  from a headline, where every word is capitalised, and a name after a head runs there only as far as the body
  writes it (``KSOP Tanjung Priok Sepakat ...``);
- not listed: heads in a related-article line, a photo credit, a person's initials (``berinisial PN``), a border
  post named only as a route or place (``melalui PLBN Entikong``, ``... dan PLBN Aruk``), an official's former
  office (``mantan Kapolsek``), a person's affiliation (``oknum anggota Polres ...``), a police unit brought up
  for an earlier case, a body named once as where data or a report is still to go, a court named once as where a
  trial is still to be held, a ministry named once in a quotation unless as a partner the speaker works with, a
  minister's regulation (``Peraturan Menteri ...``), another country's ministry, a body still to be formed
  (``pembentukan Satgas TPPO``, ``akan membentuk ...``; one a government forms now is listed), a local office
  without its region in a clause about many regions (``UPTD PPA di kabupaten/kota``) and the armed forces
  written in an officer's rank (``Laksamana Pertama TNI``);
- a national body the article never abbreviates is named as written (``Kementerian Perhubungan``); once it writes a
  short form (``Kemenhub``, ``Kementerian Sosial (Kemensos)``), the short form names it, a ministry's as the article
  writes it (``Kemlu``, ``(KemenPPPA)``); an organisation introduced
  with its own acronym (``Majelis Sinode ... (GMIT)``) is one agency with its later names by that acronym;
- a head right after a dateline in capitals joined to it by a hyphen (``MATARAM-Pengadilan Negeri Mataram``) is read;
- each agency is listed once (two that come out under one name are one), its evidence being the sentence of its
  first mention; ``canonical`` is its full name (a ministry's long name, a unit's short form with the region's
  official name) so facets group its forms.
"""

from __future__ import annotations

import re
import re._constants as re_constants  # the regex parser, to know which characters each lexicon pattern starts with
import re._parser as re_parser
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.destinations import default_lexicon as destination_lexicon
from nlp.components.places import ABBREVIATION_THEN_WORD, PLACES_DATA_DIR, find_locations, preceded_by_venue
from nlp.language import (
    data_path,
    in_spans,
    link_line_spans,
    read_lines,
    read_table,
    sentences_of,
    text_of,
    token_starts,
)
from nlp.regions import Region, find_region, find_regions, normalize_name, regency_seats

AGENCIES_DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "agencies"

_REGION_PREFIX = re.compile(  # on the same line: a head ending a title is not named by the dateline below it;
    # a regional office's official name may put "Daerah" before its region ("Dinas Sosial Daerah Provinsi Sulut")
    r"[^\S\n]+(?:Daerah[^\S\n]+(?=Provinsi|Kabupaten|Kota))?"
    r"((?:Kota Administrasi|Kota Adm\.|Kabupaten Administrasi|Kabupaten|Kab\.|Kota|Provinsi|Prov\.)\s+)?"
)
_CAP_WORD = re.compile(r"\s*([A-Z][\w'’-]*|[0-9]{3,4}/[A-Z][\w-]*)")
_KOTA_SUFFIX = re.compile(r"\s+Kota\b")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)?")  # "DPMD", "Dispar", "DPMPTSP", "Disnaker-KUKM"
_PAREN_ALIAS = re.compile(r"\s*\([^()\n]{1,30}\)")
_WORD_START = re.compile(r"(?<![\w-])(?=\w)")  # word starts of a plain text (no Doc at hand)
_SPELLED_UNIT = re.compile(r"^(\w+(?: [IVX\d]+)?) [^()]+ \(([^()]+)\)$")
_UNIT_TITLE = re.compile(r"Ka(?:sub|sat|dit|nit|si|bid)[a-z]*\b")
_PAREN_LONG = re.compile(r"\s*\(([^()\n]{1,160})\)")
_PAREN_WITH_REGION = re.compile(r"\s*\(([A-Z][^()\n]{1,60})\)")
_GAP = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?")
# a body still to be formed ("pembentukan Satgas TPPO", "akan segera membentuk Gugus Tugas"), not one a government
# forms now ("Pemprov Papua Barat Daya membentuk Gugus Tugas ..."), which the article is about
_BEING_FORMED = re.compile(r"\b(?:pembentukan|dibentuknya|akan dibentuk|(?:akan|bakal|berencana|rencana|perlu|segera|"
                           r"harus|wajib|untuk|agar|supaya|belum|mendorong|meminta|diminta)(?:[^\S\n]+\w+)?[^\S\n]+"
                           r"membentuk)[^\S\n]+$", re.IGNORECASE)
_FORMS = re.compile(r"\bmembentuk[^\S\n]+$", re.IGNORECASE)
_FUTURE_TIME = re.compile(r"\b(?:tahun|bulan|pekan|minggu) depan\b|\bmendatang\b", re.IGNORECASE)
_POLICE_PLACE_WORDS = ("Metro", "Kawasan", "Pelabuhan", "Bandara", "Kepulauan")
_REGIONAL_POLICE = frozenset({"Polda", "Polres", "Polresta", "Polrestabes"})  # named after a province, regency or city
_MISSION_PLACE = re.compile(r" (?:di|untuk)(?= [A-Z])")
_PORT_WORDS = ("Bandara ", "Bandar Udara ", "Pelabuhan ")
_OFFICIAL_LEVEL = {"Bupati": "regency", "Wakil Bupati": "regency", "Wali Kota": "city", "Wakil Wali Kota": "city",
                   "Gubernur": "province", "Wakil Gubernur": "province"}
_PEMDA_LEVEL = {"Pemkab": "regency", "Pemkot": "city", "Pemprov": "province"}
# the level of the region a head's bare place names ("Pemkot Jambi" is Kota Jambi, "Polda Jambi" the province)
_HEAD_LEVEL = {**_OFFICIAL_LEVEL, **_PEMDA_LEVEL, "Polda": "province"}
_PEMDA_HEADS = ("pemkab", "pemkot", "pemprov", "pemda")  # a local government itself, not one of its offices
_NATIONAL_POLICE = ("polri", "mabes polri")
_AS_WRITTEN_TYPES = ("local_government", "prosecutor", "court")  # long forms named as written
_UNIT_PEOPLE = re.compile(r"\b(?:petugas|personel|anggota|tim|penyidik|jajaran)\s+$", re.IGNORECASE)
_VERB_NEXT = re.compile(r"\s+(?:me|di|ber|ter)[a-z]{3,}\b")
_UNIT_PARENTS = {"sat": ("polres", "polresta", "polrestabes"), "uni": ("polres", "polresta", "polrestabes"),
                 "si": ("polres", "polresta", "polrestabes"), "dit": ("polda",), "sub": ("polda",),
                 "bid": ("polda",)}  # a unit's first letters -> the parents it belongs to
# "Polres Sikka melalui", "Kapolda NTT Irjen Pol Budi Santoso melalui", "Kapolres Ende, AKBP Andre, melalui"
_THROUGH = re.compile(r",?\s+(?:(?:Komjen|Irjen|Brigjen|Kombes|AKBP|AKP|Kompol|Iptu|Ipda)(?:\s+Pol\.?)?"
                      r"(?:\s+[A-Z][\w.'’-]*){1,4},?\s+)?(?:melalui|lewat)\s+")
# "Pemkab Sikka melalui Dinas Sosial", "Bupati Sikka, Yosef, melalui Kepala Dinas Sosial": a government's own office
_OFFICE_THROUGH = re.compile(r",?\s+(?:[A-Z][\w.'’-]*,?\s+){0,4}?(?:melalui|lewat)\s+"
                             r"(?:(?:Kepala|Plt\.?|Sekretaris)\s+)?")
_LOCAL_OFFICE_TYPES = ("local_government", "women_child_protection_office", "task_force")
# "Kasat Reskrim", "Kepala Satuan Reserse Kriminal": a Polres unit's head, a weaker name of the unit
_UNIT_HEAD_TITLE = re.compile(r"Ka(?:sat|nit)|Kepala ")
_PLACE_BEFORE = re.compile(r"\b(?:[Mm]elalui|[Ll]ewat|[Vv]ia|[Dd]i|[Kk]e|[Dd]ari|[Ss]ekitar|[Dd]ekat|[Dd]epan|"
                           r"[Mm]enuju)\s+$")
# a later place in a route ("melalui PLBN Entikong, Kabupaten Sanggau, dan PLBN Aruk", "terbanyak melalui PLBN Entikong
# di Kabupaten Sanggau, disusul PLBN Aruk"): capitalised names (with their acronyms and regions) since the place word,
# then "dan" or "disusul" (a ranking goes on)
_PLACE_LIST_BEFORE = re.compile(r"\b(?:[Mm]elalui|[Ll]ewat|[Vv]ia|[Dd]i|[Kk]e|[Dd]ari|[Mm]enuju)[^\S\n]+"
                                r"(?:(?:[A-Z(][\w()'.-]*|di|disusul),?[^\S\n]+){1,14}(?:dan|atau|serta|disusul)[^\S\n]+$")
# a border post as the subject of a deed ("PLBN Skouw berhasil memfasilitasi ...", "(PLBN) Motaain mencatat ...")
_BORDER_POST_ACTS = re.compile(r"(?:[^\S\n]+[A-Z][\w-]*)*(?:[^\S\n]*\([A-Z]{2,6}\))?[^\S\n]+"
                               r"(?:(?:berhasil|telah|sudah|juga|pun|kembali|terus|akan)[^\S\n]+)*"
                               r"(?:me|mem|men|meng|meny|ber)[a-z]{3,}\b")
_HEAD_OF_POST_BEFORE = re.compile(r"\b(?:Kepala|Administrator|Kepala Kantor|Kepala Badan Pengelola)[^\S\n]+$")
_EARLIER_CASE = re.compile(r"\b(?:pernah|sebelumnya|(?:kasus|pola|modus) serupa)\b", re.IGNORECASE)
# another act told beside the case at the same time ("Pada malam yang sama, Polres Asahan juga menggagalkan ...")
_SAME_TIME = re.compile(r"\b(?:malam|hari|pekan|waktu) yang sama,", re.IGNORECASE)
_ANOTHER_ACT_AFTER = re.compile(r"[^\S\n]+juga[^\S\n]+(?:menggagalkan|mencegat|menggerebek|membongkar|mengungkap)\b")
# "mantan Kapolda Jatim", "eks Kepala BP2MI": an official's former office, not a body of the case
_FORMER_OFFICE = re.compile(r"\b(?:[Mm]antan|[Ee]ks|[Bb]ekas)[\s-]+(?:(?:Kepala|Ketua|Direktur|Wakil|Sekretaris|"
                            r"Komisioner|Menteri|[Aa]nggota|[Pp]ejabat|[Pp]enyidik|[Pp]erwira|[Pp]etinggi)\s+)?$")
_CREDIT = re.compile(r"\b(?:[Ff]oto|FOTO|[Dd]ok(?:umentasi)?|DOK|[Ii]lustrasi)[^\S\n]*[:.][^\S\n]*"
                     r"(?:[A-Z][\w.]*[^\S\n]+){0,2}$")  # a photo credit: "Foto: Humas Polres Kukar"
_PERSON_TITLE = re.compile(r"\b(?:Kepala|Ketua|Konsul(?: Jenderal)?|Duta Besar|Dubes|Administrator)\s+$")
_PERSON_AGE = re.compile(r"[^\S\n]*\(\d{1,2}(?:[^\S\n]*(?:tahun|th))?\)")  # "ZA (47) dan PN (39)": a person's initials
_INITIALS_BEFORE = re.compile(r"[Ii]nisial[^\S\n]+(?:[A-Z]{1,5}(?:[^\S\n]*\(\d{1,2}\))?,?[^\S\n]+(?:dan[^\S\n]+)?)*$")
_OR_NEXT = re.compile(r",?[^\S\n]+atau[^\S\n]+")
# "... (SAKTI)", "(TRUK-F)", "(LAdA)"
_OWN_ACRONYM_AFTER = re.compile(r"[^\S\n]*\(([A-Z](?=[a-z0-9]{0,2}[A-Z])[A-Za-z0-9]{1,7}(?:-[A-Z0-9]+)?)\)")
# the rest of a name after its acronym ("Lembaga Advokasi Perempuan (LAdA) DAMAR Lampung")
_NAME_AFTER_ACRONYM = re.compile(r"[^\S\n]+([A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*){0,2})")
_OWN_ACRONYM_BEFORE = re.compile(r"\b([A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?)[^\S\n]*\($")  # "TRUK-F (Tim Relawan ...)"
_FUTURE = re.compile(r"\b(?:akan|hendak|berencana|bakal|rencananya)\b")
_REPORT_TO = re.compile(r"\b(?:data|laporan|(?:di|me)?lapor(?:kan)?(?:nya)?)\b[^.\n\"“”]{0,50}\b(?:ke|kepada)\s+$")
# "kami bekerja sama dengan Kemensos dan BP3MI NTT": a partner the speaker's body works with
_PARTNER_OF = re.compile(r"\b(?:[Bb]er)?(?:koordinasi|kerja ?sama|bekerja ?sama|sinergi)\s+dengan\b[^.\n\"“”]{0,60}$")
# a partner still to be contacted ("akan berkoordinasi dengan Polres X dan Polrestabes Y untuk menelusuri ...")
_PARTNER_TO_BE = re.compile(r"\b(?:akan|hendak|berencana|bakal)\s+(?:juga\s+)?(?:segera\s+)?(?:ber)?"
                            r"(?:koordinasi|kerja ?sama|bekerja ?sama|menggandeng|melibatkan|menyurati)\s+dengan\b"
                            r"[^.\n\"“”]{0,60}$")
# a body only wished or urged to act ("Ia berharap Pemkot Sorong menambah anggaran rumah aman", "mendesak Pemprov
# agar ..."): it does not act in the article
_WISHED_OF = re.compile(r"\b(?:berharap|mengharapkan|diharapkan|mendesak|mendorong)\s+"
                        r"(?:agar\s+|supaya\s+|kepada\s+)?$")
# "Peraturan Menteri Ketenagakerjaan", "sesuai arahan Menteri": a ministry's rule or direction, not the ministry acting
_RULE_OF = re.compile(r"\b(?:[Pp]eraturan|[Kk]eputusan|[Ii]nstruksi|[Ee]daran|[Aa]rahan|[Pp]erintah)(?: Bersama)?\s+$")
# "Dinas Sosial setempat", "UPTD PPA di daerah masing-masing", "setiap Gugus Tugas": whichever office, no one office
_ANY_ONE_AFTER = re.compile(r"[^\S\n]+(?:setempat|di (?:daerah|setiap|tiap|masing-masing|seluruh|tingkat))\b")
_ANY_ONE_BEFORE = re.compile(r"\b(?:[Ss]etiap|[Tt]iap|[Ss]eluruh|[Ss]emua|[Mm]asing-masing)[^\S\n]+$")
# "UPTD PPA di kabupaten/kota", "kabupaten/kota memperkuat UPTD PPA masing-masing", "baru lima kabupaten dan kota yang
# memiliki Gugus Tugas": a clause about many regions names a kind of local office, not one the article names
_MANY_REGIONS = re.compile(r"\b(?:kabupaten ?(?:/|dan|-) ?kota|provinsi ?(?:/|dan) ?kabupaten|daerah-daerah)\b",
                           re.IGNORECASE)
_CLAUSE_SPAN = 80  # characters around a mention searched for its clause
_CLAUSE_END = re.compile(r"[.!?\n\"“”]")
_NEXT_WORD = re.compile(r"[^\S\n]+([A-Z][\w-]*)")
_NEXT_TWO_WORDS = re.compile(r"[^\S\n]+([A-Z][\w-]*)(?:[^\S\n]+([A-Z][\w-]*))?")
# "oknum anggota Polres Sikka", "seorang anggota Polri": a person's affiliation, not the force acting
_MEMBER_OF = re.compile(r"\b(?:[Oo]knum|[Ss]eorang)\s+(?:(?:anggota|polisi|personel|perwira|bintara)\s+)?$")
# "kata seorang perwira Polres Dumai", "Seorang perwira Polres Dumai mengatakan": an officer speaking for the force
_OKNUM_BEFORE = re.compile(r"\b[Oo]knum\s+(?:\w+\s+)?$")  # "oknum (anggota)": a member who is a suspect
_SPEAKER_BEFORE = re.compile(r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|sebut)\s+[Ss]eorang\s+(?:\w+\s+)?$")
_SPEAKS_AFTER = re.compile(r"(?:[^\S\n]+[A-Z][\w-]*)*[^\S\n]+(?:\w+[^\S\n]+){0,3}?(?:mengatakan|menyebut|menjelaskan|"
                           r"menuturkan|mengungkapkan|menerangkan)\b")
# "jaksa akan melimpahkan berkas ke Pengadilan Negeri Ende": where a trial is still to be held
_TRIAL_TO_COME = re.compile(r"\b(?:akan|segera|bakal|rencananya)\b[^.\n\"“”]{0,70}\b(?:ke|di)\s+$")
# a dateline in capitals joined to the first word by a hyphen, at the start of a line ("MATARAM-Pengadilan Negeri")
_DATELINE_HYPHEN = re.compile(r"(?:^|\n)[^\S\n]*([A-Z]{3,}(?:[^\S\n]+[A-Z]{3,})?)-$")
# the first words of national bodies' names written in full ("Kementerian ...", "Direktorat Jenderal ..."), not an
# abbreviation ("Komnas ...", "Kemenko ...") or a minister's title
_FULL_NAME_STARTS = ("Kementerian", "Direktorat", "Badan", "Komisi", "Lembaga", "Pusat", "Dewan", "Kantor",
                     "International")
_SPACED_UNIT = re.compile(r"^(Sat|Dit|Bid|Si) ([A-Z][a-z]+)$")
# a ministry's short form ("Kemlu", "KemenPPPA", "Kemen PPPA", "Kemenko PMK"), not its long name ("Kementerian
# PPPA"), an acronym of its long name ("KKP") or its minister's title ("Menlu")
_SHORT_NATIONAL = re.compile(r"Kem(?!enterian\b)[\w-]+(?: [A-Z0-9][\w-]*)?")
_UNIT_NUMBER = re.compile(r"[IVX]+|\d")
_PARENT_NEXT = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:Sat|Pol|Dit|Bareskrim|Subdit|Unit|Mabes)")


@dataclass(frozen=True, slots=True)
class _Head:
    type: str
    role: str
    canonical: str | None  # None: the head as written
    long_name: str | None = None  # a national body's full name ("Kementerian Sosial" for Kemensos)
    title: bool = False  # an official's title standing for the body he heads ("Kajari" for the Kejari)


_FOREIGN_IMMIGRATION = _Head("international", "foreign", None)  # "Imigrasi Malaysia": another country's service


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    head: _Head
    head_text: str  # canonical head, or the head as written
    region_text: str | None = None  # the region as written ("Kota Jambi", "Sergai")
    region_key: str | None = None  # region code, or the normalised written place
    units: tuple[str, ...] = ()  # acting police units before the parent, outermost first (canonical heads)
    inner_units: tuple[str, ...] = ()  # units named after it ("Satreskrim Polresta Mataram melalui Unit PPA")
    units_written: tuple[str, ...] = ()  # ``units`` as written ("Direktorat Reserse Siber" for Ditressiber)
    inner_units_written: tuple[str, ...] = ()
    units_titled: bool = False  # ``units`` are written only as their heads' titles ("Kasat Reskrim Polres Gowa")
    inner_units_titled: tuple[bool, ...] = ()  # each inner unit named through its head's title ("melalui Kasat")
    titled: bool = False  # written through its head's title ("Kapolres Aru"): a weaker vote for the name
    absorbed: bool = False  # named as part of the office written before it ("P2TP2A Dinas PPPA Kota Makassar")
    written_head: str | None = None  # the head as written, where the article never writes its short form
    short_written: str | None = None  # a national body's short form as written ("Kemlu", "(KemenPPPA)")

    @property
    def display(self) -> str:
        head = self.written_head or self.head_text
        return f"{head} {self.region_text}" if self.region_text else head

    @property
    def region(self) -> Region | None:
        """The known region its place names (None for a place not in the region list)."""
        code = self.region_key.split(" ")[0] if isinstance(self.region_key, str) else ""
        return find_region(code) if code[:1].isdigit() else None

    @property
    def canonical(self) -> str:
        """The full name: the canonical head (a ministry's long name) and the region's official name."""
        if not self.region_text:
            return self.head.long_name or self.head_text
        region = self.region
        if region is None:
            return f"{self.head_text} {self.region_text}"
        name = region.name
        if self.head_text in _PEMDA_LEVEL:  # "Pemerintah Kabupaten Subang", not "Pemkab Kabupaten Subang"
            return _government_of(region)
        if self.head.type == "police" and region.level != "province":
            # "Polres Kutai Kartanegara", not "Polres Kabupaten ..."; "Polres Metro Tangerang Kota" keeps its form
            name = region.bare_name
            if self.region_text.startswith("Metro "):
                name = f"Metro {name}{' Kota' if self.region_key.endswith(' kota') else ''}"
        return f"{self.head_text} {name}"


@dataclass(slots=True)
class _Agency:
    type: str
    start: int  # first mention
    names: Counter = field(default_factory=Counter)
    first_name: str = ""
    canonical: str = ""
    mentions: int = 0
    place_only: bool = True  # every mention a route or venue ("melalui PLBN Entikong", "di PLBN Entikong")
    as_introduced: bool = False  # a local office, prosecutor or court: on a tie, named as first written
    first_at: dict = field(default_factory=dict)  # where each written name first appears

    def add(self, name: str, start: int, canonical: str | None = None, weight: float = 1.0,
            as_place: bool = False) -> None:
        """One more mention written as ``name`` (a title's mention weighs half: "Kapolres Aru" names its unit less
        than "Polres Kepulauan Aru" does)."""
        if not self.names or start < self.start:
            self.start = start
            self.first_name = name
        self.names[name] += weight
        self.first_at[name] = min(start, self.first_at.get(name, start))
        self.mentions += 1
        self.place_only = self.place_only and as_place
        self.canonical = self.canonical or canonical or name

    def join(self, other: _Agency) -> None:
        """Another agency's mentions name this one too ("PN Batam" beside "Pengadilan Negeri Batam"): its written
        names vote for the name as well."""
        self.names.update(other.names)
        for name, start in other.first_at.items():
            self.first_at[name] = min(start, self.first_at.get(name, start))
        if other.start < self.start:
            self.start, self.first_name = other.start, other.first_name
        self.mentions += other.mentions
        self.place_only = self.place_only and other.place_only

    def absorb(self, start: int, as_place: bool = False) -> None:
        """A mention that does not name it in full (a bare head): only its position counts."""
        self.start = min(self.start, start)
        self.mentions += 1
        self.place_only = self.place_only and as_place

    @property
    def name(self) -> str:
        """The name the article writes most often. On a tie a unit or body takes the shortest ("Polda Kalbar"
        after one "Polda Kalimantan Barat"), a local office, prosecutor or court the first written, as it is
        introduced ("Dinas Tenaga Kerja Kabupaten Ende" before one "Disnaker Ende")."""
        most = max(self.names.values())
        most_written = [name for name, count in self.names.items() if count == most]
        if self.as_introduced:
            return min(most_written, key=lambda name: self.first_at.get(name, self.start))
        return min(most_written, key=len)


class AgencyFinder:
    """Finds the agencies a text names; build once, call :meth:`find` per document."""

    def __init__(self, data_dir: Path = AGENCIES_DATA_DIR) -> None:
        entries: list[tuple[str, _Head]] = []
        for pattern, type_, role, canonical in read_table(data_dir / "lexicon.tsv"):
            entries.append((pattern, _Head(type_, role, None if canonical == "-" else canonical)))
        for pattern, type_, role, short, long_name in read_table(data_dir / "national_bodies.tsv"):
            entries.append((pattern, _Head(type_, role, short, long_name)))
            entries.extend((minister, _Head(type_, role, short, long_name)) for minister in _minister_titles(pattern))
        for pattern, canonical in read_table(data_dir / "police_subunits.tsv"):
            entries.append((pattern, _Head("police", "subunit", None if canonical == "-" else canonical)))
        for pattern, type_, role, canonical in read_table(data_dir / "titles.tsv"):
            entries.append((pattern, _Head(type_, role, None if canonical == "-" else canonical, title=True)))
        # a name known to the lexicon wins over an organisation read from its name's form ("Lembaga Perlindungan
        # Saksi dan Korban" is the LPSK, not an NGO named "Lembaga ...")
        entries.sort(key=lambda entry: entry[1].role == "form")
        self.heads = [head for _, head in entries]
        alternatives = "|".join(f"(?P<h{i}>{pattern})" for i, (pattern, _) in enumerate(entries))
        self.pattern = re.compile(rf"(?:{alternatives})(?![\w-])")
        # The same alternation per first two characters, so a word is tried only against heads that can start like
        # it; a head whose second character may be anything joins every pair of its first character.
        by_pair: dict[str, set[int]] = {}
        any_second: dict[str, set[int]] = {}
        for i, (pattern, _) in enumerate(entries):
            for prefix in _two_letter_prefixes(pattern):
                (any_second.setdefault(prefix[0], set()) if prefix[1] == _ANY else
                 by_pair.setdefault(prefix, set())).add(i)
        for prefix, heads in by_pair.items():
            heads |= any_second.get(prefix[0], set())

        def compile_heads(indices: set[int]) -> re.Pattern:
            alternatives = "|".join(f"(?P<h{i}>{entries[i][0]})" for i in sorted(indices))
            return re.compile(rf"(?:{alternatives})(?![\w-])")

        self.pattern_by_pair = {prefix: compile_heads(heads) for prefix, heads in by_pair.items()}
        self.pattern_by_first = {char: compile_heads(heads) for char, heads in any_second.items()}
        ranks = read_lines(data_dir / "military_ranks.txt")
        self.stopwords = set(read_lines(data_dir / "run_stopwords.txt")) | {rank.split(" ")[0] for rank in ranks}
        # an officer's rank, which takes his service as its last word ("Laksamana Pertama TNI", "Brigjen TNI")
        self.rank_before = re.compile(rf"\b(?:{'|'.join(map(re.escape, ranks))})[^\S\n]+$")
        self.venue_words = {word.lower() for word in read_lines(data_dir / "venue_words.txt")}
        self.venue_words |= {word.lower() for word in read_lines(PLACES_DATA_DIR / "venue_words.txt")}
        # police units named after no region ("Polda Metro Jaya", "Polresta Barelang"): head -> the rest of the name
        self.police_unit_places: dict[str, tuple[str, ...]] = {}
        for name, *_ in read_table(PLACES_DATA_DIR / "police_units.tsv"):
            unit, _, place = name.partition(" ")
            self.police_unit_places[unit] = (*self.police_unit_places.get(unit, ()), place)

    # -- reading a region after a head ----------------------------------------------------------------------------
    def _capitalised_words(self, text: str, pos: int, limit: int) -> list[tuple[int, int]]:
        words = []
        while len(words) < limit:
            match = _CAP_WORD.match(text, pos)
            if not match or match.group(1).rstrip(".") in self.stopwords or match.group(1) in self.stopwords:
                break
            if text[pos : match.start(1)].count("\n"):
                break
            words.append((match.start(1), match.end(1)))
            pos = match.end(1)
        return words

    def _region_after(self, text: str, end: int, head: _Head, head_text: str,
                      titled: bool = False) -> tuple[int, str, str] | None:
        """(end, region as written, region key) for the place written after a head (``titled``: written as its
        head's title, "Kapolda"), or None."""
        mission_place = _MISSION_PLACE.match(text, end) if head.role == "named" and head.type == "ministry" else None
        if mission_place:
            end = mission_place.end()  # a mission abroad and its city: "KBRI di Bangkok", "Dubes RI untuk Kamboja"
        prefix = _REGION_PREFIX.match(text, end)
        if not prefix:
            return None
        start = prefix.start(1) if prefix.group(1) else prefix.end()
        pos = prefix.end()
        police = head.type == "police"
        if police and text.startswith("Metro ", pos) and not prefix.group(1):
            pos += len("Metro ")
        words = self._capitalised_words(text, pos, 4)
        if police and not words and text.startswith("Metro", start) and head_text == "Polda":
            return start + len("Metro"), "Metro", "metro jaya"  # "Polda Metro": the Polda Metro Jaya, shortened
        if head.title and head.role == "named" and head.type == "ministry":
            return _known_place(text, start, words)  # "Dubes RI untuk Kamboja Santo ...": the person's name follows
        # A Polsek is named after its district, which may share a word with a city ("Polsek Medan Baru").
        for count in range(len(words) if head_text != "Polsek" else 0, 0, -1):
            written = text[start : words[count - 1][1]]
            regions = find_regions(written.removeprefix("Metro "))
            if regions:
                region_end = words[count - 1][1]
                longer = _past_abbreviation(text, region_end, written)
                if longer is not None:
                    return longer
                suffix = _KOTA_SUFFIX.match(text, region_end)
                if suffix and not prefix.group(1):
                    region_end = suffix.end()
                city_suffix = bool(suffix) and not prefix.group(1)
                level = "city" if city_suffix else _HEAD_LEVEL.get(head_text)
                region = next((region for region in regions if region.level == level), regions[0])
                return region_end, text[start:region_end], region.code + (" kota" if city_suffix else "")
        seat = _seat_town(text, start, words) if head.type != "police" and not prefix.group(1) else None
        if seat:
            return seat  # an office named after its regency's seat town: "Imigrasi Maumere", "Kejari Atambua"
        if words and (prefix.group(1) or "").startswith("Kota") and head.role == "named" and head.type == "ministry":
            start = prefix.start(1)  # a foreign city whose name starts with "Kota": "KJRI Kota Kinabalu"
        elif not words or prefix.group(1):
            return None
        checkpoint = head.type == "immigration" and (text[:end].endswith("TPI") or text.startswith(_PORT_WORDS, pos))
        if police and titled and head_text in _REGIONAL_POLICE and not text.startswith(
                (*_POLICE_PLACE_WORDS, *self.police_unit_places.get(head_text, ())), start):
            return None  # "Kapolda Andi Rachmat menyebut": the officer's name follows his title, not his unit's place
        if head.role == "named" or police or checkpoint:
            # a police unit named after something other than a region: "Polresta Barelang", "Polsek Medan Baru",
            # "Polres Kawasan Bandara Ngurah Rai"; an immigration checkpoint after its place ("TPI Entikong",
            # "Imigrasi Bandara Ngurah Rai")
            words = words if text.startswith(_POLICE_PLACE_WORDS, pos) or head.role == "named" else words[:2]
            if len(words) > 1 and _in_headline(text, start):
                words = _words_written_elsewhere(text, start, words)
            written = text[start : words[-1][1]].rstrip(".")
            return start + len(written), written, normalize_name(written)
        return None

    @staticmethod
    def _region_alias(text: str, end: int, written: str, key: str) -> tuple[int, str, str]:
        """ "Polres Kutai Kartanegara (Kukar)": the region's short name in parentheses is the one the article uses
        when it goes on to write it ("Kapolres Kukar", "Pemkab Kukar"); one never written again leaves the unit
        named in full ("Polres Polewali Mandar (Polman)")."""
        alias = _PAREN_ALIAS.match(text, end)
        if alias:
            inner = alias.group(0).strip()[1:-1].strip()
            regions = find_regions(inner) if inner[:1].isupper() else []
            if regions and key.split(" ")[0] == regions[0].code:
                used_again = len(re.findall(rf"(?<![\w-]){re.escape(inner)}(?![\w-])", text)) > 1
                return alias.end(), inner if used_again else written, key
        return end, written, key

    # -- mentions -------------------------------------------------------------------------------------------------
    def _acronym_after(self, text: str, pos: int, long_head: _Head) -> tuple[int, str | None] | None:
        """(end, head) when "(ACRONYM)" right after a long form names a head: the long form's short name when of its
        type, else None ("Kantor Kesehatan Pelabuhan (KKP)" is not the ministry that is also called KKP)."""
        alias = _PAREN_ALIAS.match(text, pos)
        if not alias:
            return None
        inner = alias.group(0).strip()[1:-1].split("/")[0].strip()  # "(KP2MI/BP2MI)": the first names it
        match = self.pattern.fullmatch(inner)
        if match is None:
            # an office's long name, then its own acronym and its region: "Dinas Pemberdayaan Masyarakat dan Desa
            # (DPMD) Kabupaten Malaka" is the DPMD Kabupaten Malaka, "UPTD Perlindungan Perempuan dan Anak (PPA)
            # Provinsi Jawa Barat" the UPTD PPA Provinsi Jawa Barat
            short = long_head.canonical or inner
            own = long_head.role in ("parent", "regional") and _ACRONYM.fullmatch(inner) is not None and \
                not find_regions(inner) and self._region_after(text, alias.end(), long_head, short) is not None
            return (alias.end(), short) if own else None
        head = self.heads[int(match.lastgroup[1:])]
        if head.type != long_head.type:
            return alias.end(), None  # the long form's own acronym, which names another body elsewhere
        return alias.end(), head.canonical or inner

    def _acronym_with_region_after(self, text: str, pos: int, mention: _Mention) -> tuple[int, str, str] | None:
        """(end, short head, region as written) when a long form with its region is followed by its short form with
        the same region in parentheses: one office, named by the short form ("... Kabupaten Cilacap (Disperinaker
        Kabupaten Cilacap)")."""
        paren = _PAREN_WITH_REGION.match(text, pos)
        if paren is None:
            return None
        inner = paren.group(1).strip()
        match = self.pattern.match(inner)
        if match is None or not inner[match.end() : match.end() + 1].isspace():
            return None
        head = self.heads[int(match.lastgroup[1:])]
        region_text = inner[match.end() :].strip()
        regions = find_regions(region_text) if head.type == mention.head.type else ()
        code = mention.region_key.split(" ")[0] if isinstance(mention.region_key, str) else ""
        if not regions or regions[0].code != code:
            return None
        return paren.end(), head.canonical or match.group(0), region_text

    def _short_form_after_or(self, text: str, pos: int, head: _Head) -> bool:
        """True when "atau" and a head of the same type follow a long form: the article's other name for it."""
        apposition = _OR_NEXT.match(text, pos)
        match = self.pattern.match(text, apposition.end()) if apposition else None
        return match is not None and self.heads[int(match.lastgroup[1:])].type == head.type

    def _names_same_kind(self, inner: str, head: _Head) -> bool:
        """True when a parenthesis after a head spells out a head of the same type."""
        match = self.pattern.search(inner)
        return match is not None and len(match.group(0)) > len(inner) / 2 and \
            self.heads[int(match.lastgroup[1:])].type == head.type

    def _mentions(self, text: str, starts: Iterable[int] | None = None) -> list[_Mention]:
        """Agency mentions in text order; acting units are folded into the parent written after them. ``starts``
        are the word starts to try (a Doc's token offsets); by default every word start of the text."""
        mentions: list[_Mention] = []
        units: list[_Mention] = []  # units waiting for their parent
        subunits: list[_Mention] = []  # every police unit met, marked absorbed once it has its parent
        pos = 0
        former_end = -1  # end of the last head read as someone's former office
        introduced: tuple[int, int] | None = None  # (start, end) of a long form named next by its short form
        links = link_line_spans(text)  # "Baca juga: ..." lines: another article's headline
        by_pair, by_first = self.pattern_by_pair, self.pattern_by_first
        for start in starts if starts is not None else (m.start() for m in _WORD_START.finditer(text)):
            pattern = by_pair.get(text[start : start + 2]) or by_first.get(text[start])  # most words start no head
            if pattern is None or start < pos or (start and (text[start - 1].isalnum() or text[start - 1] in "-_")
                                                  and not self._after_dateline(text, start)):
                continue  # no head starts so, or inside a word, or after a hyphen ("non-Polri") but a dateline's
            if (match := pattern.match(text, start)) is None:
                continue
            head = self.heads[int(match.lastgroup[1:])]
            if head.role == "parent" and head.canonical is None:
                match = _without_trailing_region(pattern, text, match)
            if text[start - 1 : start] == "/" and mentions and mentions[-1].end == start - 1 and \
                    mentions[-1].head.type == head.type:
                pos = match.end()  # "KemenP2MI/BP2MI": one body under its two names, and their acronyms after them
                pos = (self._acronym_after(text, pos, head) or (pos,))[0]
                continue
            mention = _Mention(match.start(), match.end(), head, head.canonical or _unit_name(match.group(0)),
                               titled=_UNIT_HEAD_TITLE.match(match.group(0)) is not None if head.role == "subunit"
                               else head.title or _is_title(match.group(0), head))
            if introduced and _OR_NEXT.fullmatch(text, introduced[1], match.start()):
                mention.start = introduced[0]  # "Pos Lintas Batas Negara atau PLBN Entikong": named where introduced
            introduced = None
            pos = match.end()
            if not mention.titled and _long_form_as_written(text, match.group(0), head):
                # "Dinas Sosial Kabupaten Subang" where no "Dinsos" is written; a unit by its name, not its head's
                # title ("Direktur Tindak Pidana Narkoba" names the Direktorat Tindak Pidana Narkoba)
                mention.written_head = _unit_name(match.group(0)) if head.role == "subunit" else match.group(0)
            if units and not _GAP.fullmatch(text, units[-1].end, match.start()):
                units = []
            if head.role == "press" or in_spans(match.start(), links) or _in_credit(text, match.start()) or (
                head.role == "form" and _in_headline(text, match.start())
            ):
                units = []
                continue
            if preceded_by_venue(text, match.start(), self.venue_words) or (
                head.type != "police" and _being_formed(text, match.start())
            ):
                units = []
                continue
            if (head.role == "national" and (_not_the_body_acting(text, match) or self.rank_before.search(
                    text, max(0, match.start() - 30), match.start()))) or (
                    head.type == "police" and _MEMBER_OF.search(text, max(0, match.start() - 30), match.start())
                    and not _speaks_for_the_force(text, match)) or \
                    _PERSON_AGE.match(text, match.end()) or \
                    _INITIALS_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                units = []
                continue
            if self._former_office(text, match, former_end):
                former_end = match.end()
                units = []
                continue
            if head.type == "immigration" and head.role == "regional" and _country_after(text, pos):
                head = mention.head = _FOREIGN_IMMIGRATION  # "Imigrasi Malaysia": another country's service
                mention.head_text = match.group(0)
            if head.role == "foreign":
                country = _country_after(text, pos)
                if country is None:
                    units = []
                    continue  # "Kepolisian Negara Republik Indonesia", "Polis" alone: not another country's force
                pos = mention.end = country[0]
                mention.region_text, mention.region_key = country[1], f"country:{country[2]}"
            elif head.role not in ("national", "subunit", "form"):
                region = self._region_after(text, pos, head, mention.head_text, mention.titled)
                if region:
                    mention.end, mention.region_text, mention.region_key = self._region_alias(text, *region)
                    pos = mention.end
            if mention.region_text is None and head.role != "subunit" and self._short_form_after_or(text, pos, head):
                introduced = (mention.start, pos)
                continue  # "Dinas Pemberdayaan Perempuan ... atau DP3A Kalbar": the short form names it
            if mention.region_text is None and (_ANY_ONE_AFTER.match(text, pos) or _ANY_ONE_BEFORE.search(
                    text, max(0, mention.start - 20), mention.start) or _any_local_office(text, mention, pos)):
                units = []
                continue  # "Dinas Sosial setempat": whichever local office, not one the article names
            short_with_region = self._acronym_with_region_after(text, pos, mention) if mention.region_text else None
            if short_with_region:  # "Dinas ... Provinsi Kalimantan Timur (DKP3A Provinsi Kalimantan Timur)"
                pos, mention.head_text, mention.region_text = short_with_region
                mention.end, mention.written_head = pos, None
            spelled_out = None if self._acronym_after(text, pos, head) else _PAREN_LONG.match(text, pos)
            if spelled_out and self._names_same_kind(spelled_out.group(1), head):
                pos = mention.end = spelled_out.end()  # "DP3AP2KB (Dinas Pemberdayaan ...) Tangsel"
                if mention.region_text is None and head.role not in ("national", "form"):
                    region = self._region_after(text, pos, head, mention.head_text)
                    if region:
                        pos, mention.region_text, mention.region_key = region
                        mention.end = pos
            acronym = self._acronym_after(text, pos, head)
            if head.role == "national":
                written_short = _PAREN_ALIAS.match(text, pos).group(0).strip()[1:-1] if acronym else match.group(0)
                mention.short_written = written_short if _SHORT_NATIONAL.fullmatch(written_short) else None
            if acronym:
                pos, short = acronym
                if short and mention.region_text is None:
                    mention.head_text, mention.written_head = short, None
                    takes_region = head.role not in ("national", "subunit", "form")
                    region = self._region_after(text, pos, head, short) if takes_region else None
                    if region:
                        pos, mention.region_text, mention.region_key = region
                mention.end = pos
            if mention.region_text is None and mentions and _office_of_government(text, mentions[-1], mention):
                mention.region_text, mention.region_key = mentions[-1].region_text, mentions[-1].region_key
            if head.role == "national" and mention.end == match.end() and not text.startswith("/", pos) and \
                    not _PAREN_ALIAS.match(text, pos) and _written_in_full(match.group(0), head):
                mention.written_head = match.group(0)  # "Kementerian Perhubungan": named so where never abbreviated
            if head.role == "form":
                pos = _with_own_acronym(text, mention, pos)
            through = self._units_through(text, mentions[-1], mention) if head.role == "subunit" and mentions \
                else None
            if through is not None:
                parent = mentions[-1]
                chain, pos = through
                names, written = zip(*chain, strict=True)
                parent.inner_units += (" ".join((*names, *parent.units)),)
                parent.inner_units_written += (" ".join((*written, *parent.units_written)),)
                parent.inner_units_titled += (mention.titled,)
                mention.absorbed = True
                units = []
                continue
            is_unit = head.role == "subunit" or (head.type == "task_force" and mention.region_text is None)
            is_unit = is_unit or (head.type == "women_child_protection_office" and mention.region_text is None)
            if is_unit and mention.region_text is None:
                units.append(mention)
                if head.role != "subunit":
                    mentions.append(mention)
                else:
                    subunits.append(mention)
                continue
            if units:
                self._attach_units(mention, units)
            units = []
            mentions.append(mention)
        return mentions + [unit for unit in subunits if not unit.absorbed]  # units no parent was written for

    def _after_dateline(self, text: str, start: int) -> bool:
        """True right after a dateline in capitals joined to the first word by a hyphen ("MATARAM-Pengadilan Negeri
        Mataram ..."); a head joined to another ("TNI-Polri") is no dateline."""
        if text[start - 1] != "-":
            return False
        dateline = _DATELINE_HYPHEN.search(text, max(0, start - 40), start)
        return dateline is not None and self.pattern.fullmatch(dateline.group(1)) is None

    @staticmethod
    def _former_office(text: str, match: re.Match, former_end: int) -> bool:
        """An official's former office ("mantan Kapolsek Sekupang"), with the parent written right after a former
        unit ("mantan anggota Satreskrim Polres Ende")."""
        if former_end >= 0 and _GAP.fullmatch(text, former_end, match.start()):
            return True
        return _FORMER_OFFICE.search(text, max(0, match.start() - 40), match.start()) is not None

    def _units_through(self, text: str, parent: _Mention, unit: _Mention) -> tuple[list[tuple[str, str]], int] | None:
        """The units a police parent acts through, written after it parent-less ("Satreskrim Polresta Mataram melalui
        Unit PPA", "Polda Kaltim melalui Subdit IV Ditreskrimum"): ((name, written name) of each, the end of the
        last); None when the unit does not follow its parent so, or a parent of its own is written after them."""
        if not (parent.head.type == "police" and (parent.region_text is not None or parent.head.role == "national")
                and _THROUGH.fullmatch(text, parent.end, unit.start) is not None):
            return None
        chain, end = [(unit.head_text, unit.written_head or unit.head_text)], unit.end
        while (gap := _GAP.match(text, end)) and gap.end() > end and (match := self.pattern.match(text, gap.end())) \
                and self.heads[int(match.lastgroup[1:])].role == "subunit":
            written = _unit_name(match.group(0))
            chain.append((self.heads[int(match.lastgroup[1:])].canonical or written, written))
            end = match.end()
        return None if _PARENT_NEXT.match(text, end) else (chain, end)

    @staticmethod
    def _attach_units(parent: _Mention, units: list[_Mention]) -> None:
        """Units written right before a parent: police units act for it; a task force or office is named with it."""
        if parent.head.type == "police" or parent.head.role == "national":
            police_units = tuple(unit.head_text for unit in units if unit.head.role == "subunit")
            parent.units = police_units
            parent.units_written = tuple(unit.written_head or unit.head_text for unit in units
                                         if unit.head.role == "subunit")
            parent.units_titled = all(unit.titled for unit in units if unit.head.role == "subunit")
            for unit in units:
                unit.absorbed = unit.absorbed or unit.head.role == "subunit"
            if police_units:
                parent.start = min(unit.start for unit in units if unit.head.role == "subunit")
        for unit in units:
            if unit.head.role == "subunit":
                continue
            if unit.head.type == parent.head.type or unit.head.type == "task_force":
                unit.region_text, unit.region_key = parent.display, ("in", parent.head_text.lower(), parent.region_key)
                parent.absorbed = parent.absorbed or unit.head.type == parent.head.type

    # -- agencies -------------------------------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[dict]:
        """The contract's ``agencies`` for a document with sentence boundaries."""
        agencies: dict[tuple, _Agency] = {}

        def add(key: tuple, type_: str, name: str, start: int, canonical: str | None = None,
                weight: float = 1.0, as_place: bool = False) -> None:
            as_introduced = type_ in _AS_WRITTEN_TYPES and key[1] not in (*_PEMDA_HEADS, "official")
            agencies.setdefault(key, _Agency(type_, start, as_introduced=as_introduced)).add(
                name, start, canonical, weight, as_place)

        bare: list[_Mention] = []
        officials: list[_Mention] = []
        orphans: list[_Mention] = []
        mentions = self._mentions(text_of(doc), token_starts(doc))
        abbreviated = {mention.head_text for mention in mentions
                       if mention.head.role == "national" and mention.written_head is None}
        short_forms = _short_forms_written(mentions)
        for mention in mentions:
            if mention.head.role == "national" and mention.head_text in abbreviated:
                # a national body the article also abbreviates goes by its short form, as the article writes it
                mention.written_head = short_forms.get(mention.head_text)
            head = mention.head
            if head.role == "subunit":
                if _acts_alone(text_of(doc), mention):
                    orphans.append(mention)
                continue
            if head.role == "official":
                if mention.region_key:
                    officials.append(mention)
                continue
            if mention.region_key is None and head.role in ("parent", "regional", "named"):
                bare.append(mention)
                continue
            if mention.absorbed:
                continue
            parent_key = (head.type, mention.head_text.lower(), mention.region_key)
            # a title, a line in capitals or a headline (which abbreviates) is a weaker vote for the name
            weight = 0.5 if mention.titled or _in_capitals(text_of(doc), mention.start) or _in_headline(
                text_of(doc), mention.start) else 1.0
            as_place = _named_as_place(text_of(doc), mention)
            add(parent_key, head.type, mention.display, mention.start, mention.canonical, weight, as_place)
            chains = ((" ".join(mention.units),) if mention.units else ()) + mention.inner_units
            written = ((" ".join(mention.units_written),) if mention.units else ()) + mention.inner_units_written
            titled = ((mention.units_titled,) if mention.units else ()) + mention.inner_units_titled
            for units, units_written, by_title in zip(chains, written, titled, strict=True):
                # a unit named through its head's title ("melalui Kasat Reskrim") is a weaker vote for its name
                add((*parent_key, units), head.type, f"{units_written} {mention.display}", mention.start,
                    f"{units} {mention.canonical}", 0.5 if by_title else 1.0)
        _add_orphan_units(orphans, agencies, add)
        _drop_national_police_in_passing(agencies)
        _drop_police_of_earlier_cases(text_of(doc), agencies)
        _merge_named_prefixes(agencies, text_of(doc))
        _merge_shortened_chains(agencies)
        _merge_national_into_regional(agencies)
        _merge_short_forms(agencies)
        _merge_introduced_names(agencies)
        _merge_protection_offices(agencies)
        _add_bare(bare, agencies, add, officials, doc)
        _add_officials(officials, agencies, add)
        _merge_same_names(agencies)
        _drop_report_addressees(text_of(doc), agencies)
        _drop_units_named_only_by_their_chiefs_title(text_of(doc), agencies)
        for key in [key for key, agency in agencies.items() if agency.place_only and agency.mentions]:
            del agencies[key]  # a border post named only as a route or a venue is a place, not an agency
        ordered = sorted(agencies.values(), key=lambda agency: agency.start)
        sentences = sentences_of(doc)
        return [{"name": agency.name, "type": agency.type, "canonical": agency.canonical,
                 "evidence": sentences.evidence_at(agency.start)} for agency in ordered]


def _short_forms_written(mentions: list[_Mention]) -> dict[str, str]:
    """Each national body's short form as the article writes it most often ("Kemlu", "KemenPPPA"), by its head."""
    written: dict[str, Counter] = {}
    for mention in mentions:
        if mention.short_written:
            written.setdefault(mention.head_text, Counter())[mention.short_written] += 1
    return {head: forms.most_common(1)[0][0] for head, forms in written.items()}


def _without_trailing_region(pattern: re.Pattern, text: str, match: re.Match) -> re.Match:
    """An office named by its affairs read word by word ("Dinas Pendidikan Sikka") ends before a region written
    without "Kabupaten"/"Kota": the region is read after the head, as for any other office."""
    words = match.group(0).split(" ")
    for count in range(min(3, len(words) - 2), 0, -1):
        if find_regions(" ".join(words[-count:])):
            end = match.start() + len(" ".join(words[:-count]))
            shorter = pattern.match(text, match.start(), end)
            if shorter is not None and shorter.end() == end and shorter.lastgroup == match.lastgroup:
                return shorter
    return match


def _minister_titles(pattern: str) -> list[str]:
    """The title of the minister who heads a ministry, from the ministry's long names in a lexicon pattern
    ("Kementerian Luar Negeri" -> "(?:Wakil )?Menteri Luar Negeri"): a minister who speaks or acts stands for the
    ministry, as a regent stands for the Pemkab."""
    return [r"(?:Wakil )?Menteri" + branch.removeprefix("Kementerian") for branch in _top_level_branches(pattern)
            if branch.startswith("Kementerian ")]


def _top_level_branches(pattern: str) -> list[str]:
    """A pattern's alternatives outside any group ("A|B(?:C|D)" -> "A", "B(?:C|D)")."""
    branches, depth, start = [], 0, 0
    for i, char in enumerate(pattern):
        escaped = i > 0 and pattern[i - 1] == "\\"
        depth += (char == "(" and not escaped) - (char == ")" and not escaped)
        if char == "|" and depth == 0 and not escaped:
            branches.append(pattern[start:i])
            start = i + 1
    return [*branches, pattern[start:]]


def _being_formed(text: str, start: int) -> bool:
    """True for a body still to be formed: after "pembentukan" or a plan to form it ("akan membentuk"), or formed
    "tahun depan" ("Pemkab Sikka membentuk UPTD PPA tahun depan")."""
    if _BEING_FORMED.search(text, max(0, start - 45), start):
        return True
    if not _FORMS.search(text, max(0, start - 12), start):
        return False
    return _FUTURE_TIME.search(_CLAUSE_END.split(text[start : start + 2 * _CLAUSE_SPAN])[0]) is not None


def _any_local_office(text: str, mention: _Mention, end: int) -> bool:
    """True for a local office named without its region in a clause about many regions ("UPTD PPA di
    kabupaten/kota", "Dari sepuluh kabupaten/kota, baru lima yang memiliki UPTD PPA"): a kind of office."""
    if mention.head.type not in _LOCAL_OFFICE_TYPES or mention.head.role == "national":
        return False
    before = text[max(0, mention.start - _CLAUSE_SPAN) : mention.start]
    after = text[end : end + _CLAUSE_SPAN]
    clause = _CLAUSE_END.split(before)[-1] + " " + _CLAUSE_END.split(after)[0]
    return _MANY_REGIONS.search(clause) is not None


def _speaks_for_the_force(text: str, match: re.Match) -> bool:
    """Whether the member of a police body written before it ("seorang perwira Polres Dumai") speaks for it, not
    of himself ("oknum anggota Polres X" is never so)."""
    before = text[max(0, match.start() - 40) : match.start()]
    if _OKNUM_BEFORE.search(before):
        return False
    return bool(_SPEAKER_BEFORE.search(before) or _SPEAKS_AFTER.match(text, match.end()))


def _not_the_body_acting(text: str, match: re.Match) -> bool:
    """True for a national body's rule or direction ("Peraturan Menteri Ketenagakerjaan", "arahan Menteri Sosial")
    and for another country's ministry or minister ("Menteri Luar Negeri Thailand")."""
    if _RULE_OF.search(text, max(0, match.start() - 25), match.start()):
        return True
    after = _NEXT_WORD.match(text, match.end())
    return after is not None and destination_lexicon().country(after.group(1)) is not None


def _country_after(text: str, pos: int) -> tuple[int, str, str] | None:
    """(end, country as written, country) for another country's name written at ``pos`` ("Kepolisian Kamboja",
    "Kepolisian Korea Selatan"), or None."""
    after = _NEXT_TWO_WORDS.match(text, pos)
    if after is None:
        return None
    for end in (after.end(2), after.end(1)) if after.group(2) else (after.end(1),):
        written = text[after.start(1) : end]
        country = destination_lexicon().country(written)
        if country is not None:
            return end, written, country
    return None


def _seat_town(text: str, start: int, words: list[tuple[int, int]]) -> tuple[int, str, str] | None:
    """(end, town as written, regency code) when ``words`` from ``start`` name a regency's seat town ("Maumere" is
    the seat of Kabupaten Sikka), or None."""
    seats = regency_seats()
    run = _longest_run(text, start, words, 2, seats.__contains__)
    return (run[0], run[1], seats[run[1]].code) if run else None


def _past_abbreviation(text: str, end: int, written: str) -> tuple[int, str, str] | None:
    """(end, region as written, region key) of the longer region name an abbreviation interrupts ("Disnakertrans
    Kabupaten Ogan Komering Ulu (OKU) Timur" is the office of OKU Timur), else None."""
    after = ABBREVIATION_THEN_WORD.match(text, end)
    if after is None:
        return None
    full = f"{written} {after.group(1)}"
    regions = [region for region in find_regions(full) if normalize_name(region.bare_name) in normalize_name(full)]
    return (after.end(), full, regions[0].code) if regions else None


def _known_place(text: str, start: int, words: list[tuple[int, int]]) -> tuple[int, str, str] | None:
    """(end, place as written, key) for the longest run of ``words`` from ``start`` that names a foreign country or
    city ("Kamboja", "Phnom Penh"), or None."""
    run = _longest_run(text, start, words, 3, lambda written: destination_lexicon().country(written) is not None)
    return (run[0], run[1], normalize_name(run[1])) if run else None


def _longest_run(text: str, start: int, words: list[tuple[int, int]], most: int,
                 known: Callable[[str], bool]) -> tuple[int, str] | None:
    """(end, text) of the longest run of up to ``most`` of ``words`` from ``start`` that ``known`` accepts, or None."""
    for count in range(min(most, len(words)), 0, -1):
        written = text[start : words[count - 1][1]]
        if known(written):
            return words[count - 1][1], written
    return None


def _words_written_elsewhere(text: str, start: int, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``words`` from ``start`` on a headline that the article also writes off that line ("KSOP
    Tanjung Priok Sepakat Perkuat ...": the body writes "Tanjung Priok", not "Tanjung Priok Sepakat"); all of them
    when it writes none. A headline capitalises every word, so its capitals do not tell where a name ends."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    elsewhere = text[:line_start] + ("\n" + text[line_end:] if line_end >= 0 else "")
    run = _longest_run(text, start, words, len(words), lambda written: _written_as_word(elsewhere, written))
    return words if run is None else [word for word in words if word[1] <= run[0]]


def _written_as_word(text: str, word: str) -> bool:
    """True when ``word`` is written in ``text`` as a whole word (a plain substring test first)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, end)
    return False


def _written_in_full(written: str, head: _Head) -> bool:
    """True for a national body's long name in full words ("Kementerian Perhubungan", "Direktorat Jenderal
    Imigrasi"), not an acronym ("Kemenhub", "Kementerian PPPA"), a minister's title or a police body."""
    words = written.split()
    return head.type != "police" and not head.title and written != head.canonical and len(words) > 1 and \
        words[0] in _FULL_NAME_STARTS and not any(sum(char.isupper() for char in word) > 1 for word in words)


_PORT_OFFICES = frozenset({"KSOP", "KUPP"})  # the transport ministry's port offices, typed "other"


def _long_form_as_written(text: str, written: str, head: _Head) -> bool:
    """True when a mention in a long form keeps its written name, its canonical being the short form: a local
    office, a prosecutor or a court always ("Dinas Sosial Kabupaten Ende", "Kejaksaan Negeri Kupang": the
    article's own form, so that an office introduced in full and later abbreviated is named as introduced); a
    police unit where the article never writes its short form ("Direktur Tindak Pidana Narkoba"); a ministry's office
    named after its place, a mission abroad or a port office ("Kedutaan Besar RI di Lima"), likewise. National bodies
    and task forces take their short head ("Kemenko PMK"), as annotators of real news write them."""
    place_office = head.role == "named" and (head.type == "ministry" or head.canonical in _PORT_OFFICES)
    if head.type not in _AS_WRITTEN_TYPES and head.role != "subunit" and not place_office:
        return False
    if head.role == "subunit" and " " not in written:
        return False  # a one-word title ("Dirreskrimum") names its unit's short form
    return bool(head.canonical) and head.role != "official" and written[:1].isupper() and \
        written != head.canonical and not written.startswith(head.canonical) and \
        (head.role != "subunit" or not _written_as_word(text, head.canonical))


_ANY = "\0"  # a prefix character that may be any character


def _two_letter_prefixes(pattern: str) -> set[str]:
    """The first two characters a match of ``pattern`` can start with (``_ANY`` where the second may be anything).
    A lexicon pattern always starts with a letter, so a word is tried only against heads that can start like it."""
    prefixes = _prefixes(list(re_parser.parse(pattern).data), 2, 0)
    if any(not prefix or prefix[0] == _ANY for prefix in prefixes):
        raise ValueError(f"agency pattern {pattern!r} must start with a letter and not match an empty string")
    return {prefix if len(prefix) == 2 else prefix + _ANY for prefix in prefixes}


def _prefixes(items: list, length: int, depth: int) -> set[str]:
    """The strings of ``length`` characters (shorter where the pattern may end) a parsed pattern can start with."""
    if length == 0 or not items:
        return {""}
    if depth > 40:  # a repeat of something that may be empty: give up on this character
        return {_ANY * length}
    op, arg = items[0]
    rest = items[1:]
    if op is re_constants.LITERAL:
        return {chr(arg) + tail for tail in _prefixes(rest, length - 1, depth + 1)}
    if op is re_constants.IN:
        chars = _class_characters(arg)
        return {char + tail for char in chars for tail in _prefixes(rest, length - 1, depth + 1)}
    if op is re_constants.SUBPATTERN:
        return _prefixes(list(_items(arg[3])) + rest, length, depth + 1)
    if op is re_constants.BRANCH:
        return set().union(*(_prefixes(list(_items(branch)) + rest, length, depth + 1) for branch in arg[1]))
    if op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT):
        low, high, body = arg
        found = _prefixes(rest, length, depth + 1) if low == 0 else set()
        if high != 0:
            again = [] if high == 1 else [(op, (max(low - 1, 0), high if high == re_constants.MAXREPEAT else high - 1,
                                                body))]
            found |= _prefixes(list(_items(body)) + again + rest, length, depth + 1)
        return found
    if op in (re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT):
        return _prefixes(rest, length, depth + 1)
    return {_ANY + tail for tail in _prefixes(rest, length - 1, depth + 1)}  # \w, ., a back reference...


def _class_characters(items: list) -> set[str]:
    r"""The characters of a character class ``[...]``; ``_ANY`` for classes such as ``\w`` or a negation."""
    chars: set[str] = set()
    for op, arg in items:
        if op is re_constants.LITERAL:
            chars.add(chr(arg))
        elif op is re_constants.RANGE:
            chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            return {_ANY}
    return chars


def _items(parsed) -> list:
    return parsed.data if hasattr(parsed, "data") else parsed


def _is_title(written: str, head: _Head) -> bool:
    """ "Kapolres", "Wakapolda": a head's title standing for its unit."""
    canonical = (head.canonical or "").lower()
    return bool(canonical) and written[:2] in ("Ka", "Wa") and written.lower().endswith(canonical) and \
        written.lower() != canonical


def _unit_name(written: str) -> str:
    """A unit's name from its head's title: "Kasubdit IV" -> "Subdit IV", "Direktur Tindak Pidana Umum" ->
    "Direktorat Tindak Pidana Umum"; "Subdirektorat" is written "Subdit"."""
    written = written.removeprefix("Kepala ")  # "Kepala Satuan Reserse Kriminal" heads the Satuan Reserse Kriminal
    if written.startswith("Kanit "):
        written = "U" + written[2:]  # Kepala Unit: "Kanit Reskrim" -> "Unit Reskrim"
    elif written.startswith(("Dandim", "Danrem")):
        written = "Ko" + written[3:]  # a command's commander: "Dandim 1627/Rote Ndao" -> "Kodim 1627/Rote Ndao"
    elif _UNIT_TITLE.match(written):
        written = written[2].upper() + written[3:]
    # "Subdit IV Remaja, Anak, dan Wanita (Renakta)" is "Subdit IV Renakta"
    written = _SPELLED_UNIT.sub(r"\1 \2", written)
    written = re.sub(r"^Dir(res|tipid)", r"Dit\1", written)  # "Dirres PPA dan PPO" heads the Ditres PPA dan PPO
    # "Sat Polairud" is the Satpolairud: one unit however spaced
    written = _SPACED_UNIT.sub(lambda match: match.group(1) + match.group(2).lower(), written)
    return re.sub(r"^Subdirektorat\b", "Subdit", re.sub(r"^Direktur\b", "Direktorat", written))


def _add_orphan_units(orphans: list[_Mention], agencies: dict[tuple, _Agency], add) -> None:
    """ "petugas Satpolairud menyelamatkan ...": a unit written without its parent acts for the article's one police
    parent of the unit's level (a Sat or Unit for a Polres, a Dit or Subdit for a Polda)."""
    for unit in orphans:
        levels = _UNIT_PARENTS.get(unit.head_text[:3].lower()) or _UNIT_PARENTS.get(unit.head_text[:2].lower(), ())
        parents = [key for key in agencies if len(key) == 3 and key[0] == "police" and key[1] in levels
                   and key[2] is not None]
        if len(parents) == 1:
            parent = agencies[parents[0]]
            add((*parents[0], unit.head_text), "police", f"{unit.written_head or unit.head_text} {parent.name}",
                unit.start, f"{unit.head_text} {parent.canonical}")


def _acts_alone(text: str, unit: _Mention) -> bool:
    """A police unit written without its parent that acts: its people before it ("petugas Satpolairud") or a verb
    right after it ("Satreskrim menangkap"); a task force of another kind ("Satgas Marinir") is not a police unit."""
    if unit.head_text.startswith("Satgas"):
        return False
    return bool(_UNIT_PEOPLE.search(text, max(0, unit.start - 20), unit.start) or _VERB_NEXT.match(text, unit.end))


def _drop_national_police_in_passing(agencies: dict[tuple, _Agency]) -> None:
    """A bare "Polri" or "Mabes Polri" written once, in an article where another police unit acts, is the national
    force named in passing ("kerja sama dengan Polri"), not an agency of the case."""
    passing = [key for key in agencies if len(key) == 3 and key[0] == "police" and key[1] in _NATIONAL_POLICE
               and key[2] is None and sum(agencies[key].names.values()) == 1]
    if passing and any(key[0] == "police" and key[1] not in _NATIONAL_POLICE for key in agencies):
        for key in passing:
            del agencies[key]


def _drop_police_of_earlier_cases(text: str, agencies: dict[tuple, _Agency]) -> None:
    """A police unit brought up for an earlier or similar case ("pola serupa pernah diungkap Polresta Banyumas pada
    Februari lalu", "informasi yang sebelumnya diterima Polres Pinrang") or for another act at the same time ("Pada
    malam yang sama, Polres X juga menggagalkan ..."), in one paragraph only and with no unit of
    its own acting, while another police unit acts in the article, is context, not an agency of the case."""
    police = [key for key in agencies if len(key) == 3 and key[0] == "police" and key[2] is not None]
    if len(police) < 2:
        return
    for key in police:
        agency = agencies[key]
        line_start = text.rfind("\n", 0, agency.start) + 1
        line_end = text.find("\n", agency.start)
        if any(len(other) == 4 and other[:3] == key for other in agencies) or agency.mentions > 3:
            continue
        clause_start = max(line_start, agency.start - 100, text.rfind(". ", 0, agency.start) + 1)
        another_act = _SAME_TIME.search(text, clause_start, agency.start) and _ANOTHER_ACT_AFTER.match(
            text, agency.start + len(agency.name))
        if (_EARLIER_CASE.search(text, clause_start, agency.start) or another_act) and \
                agency.mentions == _count_in(text, agency.name, line_start, line_end):
            del agencies[key]


def _count_in(text: str, name: str, start: int, end: int) -> int:
    """How often ``name`` is written between ``start`` and ``end`` (-1: the text's end)."""
    return text.count(name, start, end if end >= 0 else len(text))


def _merge_named_prefixes(agencies: dict[tuple, _Agency], text: str) -> None:
    """"Polres Kawasan Bandara" joins "Polres Kawasan Bandara Ngurah Rai": a shorter written name of the same unit.
    But a longer name written once after an official's title ("Kepala PLBN Skouw Mathilda Pusung") ends in the
    official's name: it joins the shorter one."""
    named = [key for key in agencies if len(key) == 3 and isinstance(key[2], str) and not key[2][:1].isdigit()]
    for key in named:
        agency = agencies.get(key)
        shorter = [other for other in named if other != key and other[:2] == key[:2] and other in agencies
                   and key[2].startswith(other[2] + " ")]
        if agency and shorter and agency.mentions == 1 and _PERSON_TITLE.search(text, max(0, agency.start - 20),
                                                                                 agency.start):
            agencies[max(shorter, key=lambda other: len(other[2]))].absorb(agencies.pop(key).start)
    named = [key for key in named if key in agencies]
    for key in named:
        longer = [other for other in named if other != key and other[:2] == key[:2]
                  and other[2].startswith(key[2] + " ")]
        if len(longer) == 1:
            target, source = agencies[longer[0]], agencies.pop(key)
            target.absorb(source.start)


def _merge_shortened_chains(agencies: dict[tuple, _Agency]) -> None:
    """"Subdit Renakta Polda Metro Jaya" (a headline) joins "Subdit Renakta Ditreskrimum Polda Metro Jaya", "Subdit
    Renakta Polda NTB" joins "Subdit IV Renakta Ditreskrimum Polda NTB": one unit, once written without its
    directorate or its number; a directorate and its sub-directorate ("Ditreskrimum", "Subdit IV
    Ditreskrimum") stay two units."""
    chains = [key for key in agencies if len(key) == 4]
    for key in chains:
        longer = [other for other in chains if other[:3] == key[:3] and other != key and other in agencies
                  and _shortened_unit(key[3], other[3])]
        if len(longer) == 1 and key in agencies:
            agencies[longer[0]].absorb(agencies.pop(key).start)


def _shortened_unit(short: str, long: str) -> bool:
    """True when ``short`` names the unit ``long`` without its directorate or, itself unnumbered, without its number
    ("Subdit IV Renakta" of "Subdit IV Renakta Ditreskrimum", "Subdit Renakta" of "Subdit IV Renakta"); a numbered
    unit is no other unit's short name ("Subdit I", "Subdit IV")."""
    return long.startswith(short + " ") or (
        short == _unnumbered(short) and f"{_unnumbered(long)} ".startswith(short + " "))


def _unnumbered(unit: str) -> str:
    """A unit's name without its number ("Subdit IV Renakta" -> "Subdit Renakta"), as a headline may shorten it."""
    return " ".join(word for word in unit.split() if not _UNIT_NUMBER.fullmatch(word))


def _with_own_acronym(text: str, mention: _Mention, pos: int) -> int:
    """An organisation known by its name's form is named with the acronym the article gives it, as written:
    "Destructive Fishing Watch (DFW)", "TRUK-F (Tim Relawan untuk Kemanusiaan Flores)", with the rest of its name
    after the acronym when the article writes them so again ("Lembaga Advokasi Perempuan (LAdA) DAMAR Lampung", then
    "LAdA DAMAR Lampung"). Returns the new end."""
    after = _OWN_ACRONYM_AFTER.match(text, pos)
    if after:
        acronym, rest = after.group(1), _NAME_AFTER_ACRONYM.match(text, after.end())
        words = rest.group(1).split() if rest else []
        # a name that goes on after its acronym, as the article writes it again with the acronym ("LAdA DAMAR
        # Lampung"): named in full as first written, acronym and all, so that each form it goes by is in the name
        again = next((k for k in range(len(words), 0, -1) if _written_elsewhere(
            text, f"{acronym} {' '.join(words[:k])}", mention.start, after.end())), 0)
        if again:
            rest = " ".join(words[:again])
            mention.written_head = f"{mention.head_text} ({acronym}) {rest}"
            mention.head_text = f"{mention.head_text} {rest}"  # the full name, for ``canonical``
            mention.end = text.index(words[again - 1], after.end()) + len(words[again - 1])
            return mention.end
        mention.written_head = f"{mention.head_text} ({acronym})"
        mention.end = after.end()
        return after.end()
    before = _OWN_ACRONYM_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    if before and text.startswith(")", pos):
        mention.written_head = f"{before.group(1)} ({mention.head_text})"
        mention.start, mention.end = before.start(1), pos + 1
        return pos + 1
    return pos


def _written_elsewhere(text: str, name: str, start: int, end: int) -> bool:
    """Whether ``name`` is written as whole words outside ``text[start:end]``."""
    return any(not (start <= match.start() < end) for match in re.finditer(
        rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def _office_of_government(text: str, government: _Mention, office: _Mention) -> bool:
    """True for a local office written bare right after a local government or its head acting through it: "Pemkab
    Sikka melalui Dinas Sosial", "Pemerintah Kabupaten OKU Selatan melalui DP3APPKB" (the office of that region)."""
    return (government.head.type == "local_government" and government.region_key is not None
            and office.head.type in _LOCAL_OFFICE_TYPES and office.head.role in ("parent", "regional")
            and _OFFICE_THROUGH.fullmatch(text, government.end, office.start) is not None)


def _named_as_place(text: str, mention: _Mention) -> bool:
    """True for a border post or base written as a route or a place ("melalui PLBN Entikong", "di sekitar PLBN
    Aruk", "melalui PLBN Entikong dan PLBN Aruk"), not as a body that acts. A border post acts only as the subject
    of a deed or through its head ("PLBN Skouw berhasil memfasilitasi repatriasi", "Kepala PLBN Skouw mengungkapkan"):
    one in a list of those present, a hall in it, or the post its officers worked beside is a place."""
    if mention.head.type != "other" or mention.head.role != "named":
        return False
    if mention.head_text == "PLBN" and not (_BORDER_POST_ACTS.match(text, mention.end)
                                            or _HEAD_OF_POST_BEFORE.search(text, max(0, mention.start - 30),
                                                                           mention.start)):
        return True
    if _PLACE_BEFORE.search(text, max(0, mention.start - 10), mention.start):
        return True
    listed = _PLACE_LIST_BEFORE.search(text, max(0, mention.start - 120), mention.start)
    return listed is not None and mention.head_text in listed.group(0)  # a route through two posts of its kind


def _in_credit(text: str, start: int) -> bool:
    """True in a photo or source credit ("Foto: Humas Polres Kukar", "(Dok. Polda Kaltim)"): the picture's source,
    not a body of the story."""
    return _CREDIT.search(text, max(0, start - 30, text.rfind("\n", 0, start) + 1), start) is not None


def _line_at(text: str, start: int) -> str:
    """The line of ``text`` that holds ``start``."""
    line_end = text.find("\n", start)
    return text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]


def _in_capitals(text: str, start: int) -> bool:
    """True on a line written in capitals ("POLRES KUKAR UNGKAP KASUS TPPO"): a weaker vote for how a name is
    spelt."""
    return _line_at(text, start).isupper()


def _in_headline(text: str, start: int) -> bool:
    """True on a headline line: at least four words, nearly all capitalised, no sentence end ("Terungkap Jaringan
    Perekrut Terapis ke Kuching"), where a name cannot be told from the words around it by their capitals."""
    words = _line_at(text, start).split()
    if len(words) < 4 or words[-1].endswith("."):
        return False
    capitalised = sum(1 for word in words if word[:1].isupper() or word[:1].isdigit())
    return capitalised >= 0.7 * len(words)


def _inside_quote(text: str, start: int) -> bool:
    """True inside a direct quotation of its paragraph ("... yang diawasi Kementerian Ketenagakerjaan," katanya)."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return (line.count('"') + line.count("“") + line.count("”")) % 2 == 1


def _drop_report_addressees(text: str, agencies: dict[tuple, _Agency]) -> None:
    """An agency named once, as where data or a report is still to be sent ("data itu akan dilaporkan ke Kementerian
    PPPA"; a body that has received a report or data handles it and stays), a national ministry or migrant-worker
    body named once inside someone's quotation ("... lewat jalur resmi yang diawasi Kemnaker," katanya) unless as a
    partner the speaker works with ("kami koordinasi dengan Kemenlu"), a court named once as where a trial is
    still to be held ("jaksa akan melimpahkan berkas ke Pengadilan Negeri Ende"), or any body named once as a
    partner still to be contacted ("Kami akan berkoordinasi dengan Pemkab Kukar") or only wished or urged to act
    ("Ia berharap Pemkot Sorong menambah anggaran"), does not act in the article."""
    for key in [key for key, agency in agencies.items() if agency.mentions == 1]:
        start = agencies[key].start
        report = _REPORT_TO.search(text, max(0, start - 70), start)
        if (report and not _report_filed(text, report, start)) or (
                key[2] is None and key[0] in ("ministry", "migrant_worker_agency") and _inside_quote(text, start)
                and not _PARTNER_OF.search(text, max(0, start - 90), start)) or (
                key[0] == "court" and _TRIAL_TO_COME.search(text, max(0, start - 100), start)) or (
                _PARTNER_TO_BE.search(text, max(0, start - 100), start)) or (
                _WISHED_OF.search(text, max(0, start - 40), start)):
            del agencies[key]


# a criminal-investigation unit written as such, not only in its chief's title ("Kasat Reskrim", "Kasatreskrim")
_CRIMINAL_UNIT_WRITTEN = re.compile(r"(?<![\w-])(?:Sat(?:uan)?[^\S\n]?[Rr]es(?:k|ks)rim|Satuan Reserse Kriminal)\b")
# a smaller unit whose full name runs through the criminal-investigation unit ("Unit PPA Satreskrim Polres Tuban",
# "Kanit Pelayanan Perempuan dan Anak (PPA) Satreskrim"): the unit is a link of that name, not named on its own
_SMALLER_UNIT_BEFORE = re.compile(r"\b(?:Unit|Kanit|Subnit|Panit)\s+(?:(?:[A-Z][\w/-]*|\([A-Z]\w*\)|dan)\s+){0,6}$")


def _drop_units_named_only_by_their_chiefs_title(text: str, agencies: dict[tuple, _Agency]) -> None:
    """A police station's criminal-investigation unit known only through its chief who speaks ("kata Kasat Reskrim
    Polres Gowa") is not listed beside the station: the chief speaks for the station. A unit the article names
    itself ("Satreskrim Polres Gowa menangkap ...") is listed, as are smaller units named through their chiefs
    ("Kanit PPA", "Kasubdit IV"). A unit written only as a link of a smaller unit's name ("Unit PPA Satreskrim
    Polres Gowa") is named through that unit, not on its own."""
    if any(not _SMALLER_UNIT_BEFORE.search(text, max(0, match.start() - 80), match.start())
           for match in _CRIMINAL_UNIT_WRITTEN.finditer(text)):
        return
    for key in [key for key, agency in agencies.items() if agency.name.startswith("Satreskrim ")]:
        del agencies[key]


def _report_filed(text: str, report: re.Match, start: int) -> bool:
    """True when a report has been made, or data handed over, to the body written at ``start`` ("sponsornya sudah
    dilaporkan ke Polres Cianjur", "menyerahkan data sponsor kepada Polda NTB"): it acts on them. A report still to
    be made ("akan membantu korban membuat laporan ke Polda") is not."""
    return _FUTURE.search(text, max(0, report.start() - 60), start) is None


def _merge_short_forms(agencies: dict[tuple, _Agency]) -> None:
    """"PN Tanjungkarang" joins "Pengadilan Negeri Tanjungkarang", "Imigrasi Batam" and "Kantor Imigrasi Batam" join
    "Kantor Imigrasi Kelas I TPI Batam": a head written as the initials, the last word or the start of another head
    of the same type and region (the longest heads merge first, so a chain of forms ends in the fullest)."""
    regional = [key for key in agencies if len(key) == 3 and key[2] is not None]
    for key in sorted(regional, key=lambda key: -len(key[1])):
        longer = [other for other in agencies if len(other) == 3 and other[0] == key[0] and other[2] == key[2]
                  and other[1] != key[1] and _short_form_of(key[1], other[1])]
        if len(longer) == 1 and key in agencies:
            target, source = agencies[longer[0]], agencies.pop(key)
            if target.as_introduced:  # a court, prosecutor or local office is named as the article writes it
                target.join(source)
            else:
                target.absorb(source.start)


def _merge_introduced_names(agencies: dict[tuple, _Agency]) -> None:
    """"Lembaga Migrant CARE" joins "Migrant CARE": an organisation's name once introduced by its kind; "Sinode GMIT"
    joins "Majelis Sinode Gereja Masehi Injili di Timor (GMIT)": a later name by the acronym it was introduced with."""
    for key in [key for key in agencies if len(key) == 3 and key[0] == "ngo"]:
        named = [other for other in agencies if len(other) == 3 and other[0] == "ngo" and other != key
                 and other[2] == key[2] and (key[1].endswith(" " + other[1])
                                             or _by_own_acronym(key[1], agencies[other].name.lower()))]
        if len(named) == 1 and key in agencies:
            agencies[named[0]].absorb(agencies.pop(key).start)


def _by_own_acronym(name: str, introduced: str) -> bool:
    """True when ``name`` is or ends in the acronym ``introduced`` gives itself ("sinode gmit", "... (gmit)")."""
    acronym = introduced[introduced.rfind("(") + 1 : -1] if introduced.endswith(")") and "(" in introduced else ""
    return bool(acronym) and (name == acronym or name.endswith(" " + acronym))


def _merge_protection_offices(agencies: dict[tuple, _Agency]) -> None:
    """A region has one women's and children's protection office (Dinas): its long and short names, however
    abbreviated ("Dinas Sosial dan Pemberdayaan Perempuan dan Perlindungan Anak Kota Singkawang" = "Dinsos P3A Kota
    Singkawang"), are one agency; its units (UPTD PPA, P2TP2A) stay apart."""
    by_region: dict[object, list[tuple]] = {}
    for key in agencies:
        if len(key) == 3 and key[0] == "women_child_protection_office" and key[2] is not None and key[1][:1] == "d":
            by_region.setdefault(key[2], []).append(key)
    for keys in by_region.values():
        if len(keys) > 1:
            target = max(keys, key=lambda key: (sum(agencies[key].names.values()), -len(agencies[key].name)))
            for key in keys:
                if key != target:
                    agencies[target].absorb(agencies.pop(key).start)


def _merge_same_names(agencies: dict[tuple, _Agency]) -> None:
    """Agencies of one type that come out under one name are one agency, however their heads and places were split
    ("KSOP Utama" + "Tanjung Priok" and "KSOP" + "Utama Tanjung Priok")."""
    first_of: dict[tuple[str, str], tuple] = {}
    for key in sorted(agencies, key=lambda key: agencies[key].start):
        named = (agencies[key].type, agencies[key].name.lower())
        if named in first_of:
            agencies[first_of[named]].join(agencies.pop(key))
        else:
            first_of[named] = key


def _short_form_of(short: str, long: str) -> bool:
    words = long.split()
    return len(words) > 1 and (short == "".join(word[0] for word in words) or short == words[-1]
                               or long.startswith((short + " ", "kantor " + short, "kantor wilayah " + short)))


def _merge_national_into_regional(agencies: dict[tuple, _Agency]) -> None:
    """"Kemenkumham" joins "Kanwil Kemenkumham NTB" when that is the one regional office of it in the article."""
    for key in [key for key in agencies if len(key) == 3 and key[2] is None]:
        containing = [other for other in agencies if other[0] == key[0] and other[1] != key[1]
                      and other[2] is not None and f" {key[1]} " in f" {other[1]} "]
        if len(containing) == 1:
            target, source = agencies[containing[0]], agencies.pop(key)
            target.absorb(source.start)


def _add_bare(bare: list[_Mention], agencies: dict[tuple, _Agency], add, officials: list[_Mention], doc: Doc) -> None:
    """A bare head joins the one agency of that head with a region; otherwise it stays bare where it may."""
    for mention in bare:
        head_key = mention.head_text.lower()
        regional = [key for key in agencies if key[:2] == (mention.head.type, head_key) and len(key) == 3]
        containing = [key for key in agencies if key[0] == mention.head.type and key[1] != head_key
                      and f" {head_key} " in f" {key[1]} "]
        if len(regional) == 1 or (not regional and len(containing) == 1):
            agencies[(regional or containing)[0]].absorb(mention.start, _named_as_place(text_of(doc), mention))
            continue
        if regional or containing:
            continue
        level = _PEMDA_LEVEL.get(mention.head_text)
        if level:
            region = _pemda_region(level, officials, doc)
            if region:
                add((mention.head.type, head_key, region[1]), mention.head.type,
                    f"{mention.head_text} {region[0]}", mention.start)
            continue
        if mention.head.role != "parent":
            add((mention.head.type, head_key, None), mention.head.type, mention.display, mention.start)


def _add_officials(officials: list[_Mention], agencies: dict[tuple, _Agency], add) -> None:
    """A regional head stands for the local government where the article names no Pemda there."""
    pemdas = [key for key in agencies if key[0] == "local_government" and key[1] in _PEMDA_HEADS]
    pemda_regions = {key[2] for key in pemdas}
    pemda_heads = {key[1] for key in pemdas}
    for mention in officials:
        level = _OFFICIAL_LEVEL.get(mention.head_text)
        if mention.region_key in pemda_regions or (level and _pemda_head(level).lower() in pemda_heads):
            continue
        add(("local_government", "official", mention.region_key), "local_government", mention.display, mention.start,
            _local_government_name(mention))


def _local_government_name(official: _Mention) -> str | None:
    """The full name of the local government a regional head stands for ("Wali Kota Jambi" -> "Pemerintah Kota
    Jambi"), so that facets group it with the Pemkot; None where the region is not known."""
    region = official.region
    return _government_of(region) if region is not None else None


def _government_of(region: Region) -> str:
    """ "Pemerintah Kabupaten Subang", "Pemerintah Provinsi Jambi": a region's government by its official name."""
    return f"Pemerintah {'Provinsi ' if region.level == 'province' else ''}{region.name}"


def _pemda_head(level: str) -> str:
    return {value: key for key, value in _PEMDA_LEVEL.items()}[level]


def _pemda_region(level: str, officials: list[_Mention], doc: Doc) -> tuple[str, str] | None:
    """(written region, key) for a bare Pemda: its regional head's region, else the article's one such region."""
    for mention in officials:
        if _OFFICIAL_LEVEL.get(mention.head_text) == level:
            return mention.region_text, mention.region_key
    locations = doc._.locations if doc._.locations is not None else find_locations(doc)
    regions = [location for location in locations if location["level"] == level]
    if len(regions) == 1:
        name = regions[0]["name"]
        bare_name = name.split(" ", 1)[1] if level != "province" and " " in name else name
        return bare_name, regions[0]["code"]
    return None


@cache
def default_agency_finder() -> AgencyFinder:
    """The process-wide finder over the shipped lexicon (built on first use)."""
    return AgencyFinder()


@cache
def agency_finder_for(data_dir: Path) -> AgencyFinder:
    """A finder over the lexicon in ``data_dir``, built once per process and directory."""
    return default_agency_finder() if data_dir == AGENCIES_DATA_DIR else AgencyFinder(data_dir)


def find_agencies(doc: Doc) -> list[dict]:
    """The contract's ``agencies`` for a document that has sentence boundaries."""
    return default_agency_finder().find(doc)


class AgenciesComponent:
    """Pipeline component: sets ``doc._.agencies``."""

    def __init__(self, finder: AgencyFinder | None = None) -> None:
        self.finder = finder or default_agency_finder()

    def __call__(self, doc: Doc) -> Doc:
        doc._.agencies = self.finder.find(doc)
        return doc


@Language.factory(
    "pantau_agencies",
    default_config={"data_dir": "data/agencies"},
    assigns=["doc._.agencies"],
    requires=["token.is_sent_start"],
)
def make_agencies_component(nlp: Language, name: str, data_dir: str) -> AgenciesComponent:
    """Factory for ``nlp.add_pipe("pantau_agencies")``; ``data_dir`` (lexicon.tsv, national_bodies.tsv,
    police_subunits.tsv, titles.tsv, ...) is relative to the ``nlp`` package. Reads ``doc._.locations`` when set."""
    return AgenciesComponent(agency_finder_for(data_path(data_dir)))
