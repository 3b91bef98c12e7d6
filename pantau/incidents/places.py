"""Where an incident happened, and where its victims come from, from its reports' location roles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any

PLACE_FIELDS = ("name", "level", "province", "code")
LOCAL_LEVELS = ("regency", "city")
REGION_LEVELS = ("province", "regency", "city")
PLACE_ROLES_IN_ORDER = ("event", "agency_region")  # where it happened, else where the acting agency sits
CLAIM_ROLES_IN_ORDER = ("agency_region", "event")  # a statistic is about the region of the agency that gives it


def located(article: dict[str, Any], record: dict[str, Any]) -> list[dict[str, Any]]:
    """The record's locations, each with its roles (read from the article's text when the record has none), plus
    the regency or city of each airport, port, border post, district or village they name, in the same roles."""
    locations = [dict(loc) for loc in record.get("locations") or [] if loc.get("name")]
    if not all(loc.get("roles") for loc in locations):
        from nlp.components.location_roles import assign_roles

        locations = assign_roles(article.get("text") or "", locations)
    return _with_landmark_regions(locations)


_LANDMARK_FILLERS = frozenset({"internasional", "international"})  # "Bandara Internasional X" is "Bandara X"


@cache
def _landmark_codes() -> dict[str, str]:
    """Airport, port or border post name -> the Kemendagri code of the regency or city it lies in."""
    from nlp.language import read_table
    from nlp.regions import PLACES_DATA_DIR

    return {row[0]: row[1] for row in read_table(PLACES_DATA_DIR / "landmarks.tsv") if len(row) > 1}


@cache
def _twin_codes() -> dict[str, str]:
    """A city's code -> the code of the regency of the same name in its province, and back ("Kota Kupang" and
    "Kabupaten Kupang", "Kota Bekasi" and "Kabupaten Bekasi"): news names both by the bare name ("PN Kupang")."""
    from nlp.regions import all_regions

    by_name: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for region in all_regions():
        if region.level in LOCAL_LEVELS:
            by_name.setdefault((region.province_code, region.bare_name.lower()), []).append((region.level, region.code))
    twins: dict[str, str] = {}
    for found in by_name.values():
        if sorted(level for level, _ in found) == ["city", "regency"]:
            (_, first), (_, second) = found
            twins[first], twins[second] = second, first
    return twins


def with_twins(codes: Iterable[str]) -> set[str]:
    """The regency/city codes with their namesakes of the other level (see ``_twin_codes``)."""
    twins = _twin_codes()
    return {twin for code in codes for twin in (code, twins.get(code)) if twin}


@cache
def _seat_codes() -> dict[str, str]:
    """Regency seat town ("Tenggarong", "Atambua") -> the Kemendagri code of the regency it is the seat of."""
    from nlp.regions import regency_seats

    return {name: region.code for name, region in regency_seats().items()}


def _shortened(words: list[str]) -> str | None:
    """The regency of the landmarks a shortened name begins ("Pelabuhan Batam" for "Pelabuhan Batam Centre"),
    when they all lie in one regency or city; a type word alone ("Pelabuhan") names none."""
    if len(words) < 2:
        return None
    codes = {code for name, code in _landmark_codes().items() if name.split()[: len(words)] == words}
    return codes.pop() if len(codes) == 1 else None


def containing_code(location: dict[str, Any]) -> str | None:
    """The regency or city an airport, port, border post, regency seat, district or village lies in, when known."""
    if location.get("level") == "place":
        words = [word for word in location["name"].split() if word.lower() not in _LANDMARK_FILLERS]
        return (_landmark_codes().get(location["name"]) or _landmark_codes().get(" ".join(words)) or _shortened(words)
                or _seat_codes().get(location["name"]))
    code = str(location.get("code") or "")
    if location.get("level") in ("district", "village") and code.count(".") >= 2:
        return ".".join(code.split(".")[:2])
    return None


def _with_landmark_regions(locations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from nlp.regions import get_region

    by_code = {str(loc["code"]): loc for loc in locations if loc.get("code")}
    for loc in list(locations):
        region = get_region(containing_code(loc) or "")
        if region is None:
            continue
        if region.code in by_code:
            target = by_code[region.code]
            target["roles"] = list(dict.fromkeys([*roles_of(target), *roles_of(loc)]))
            if not target.get("evidence") and loc.get("evidence"):
                target["evidence"] = loc["evidence"]
            continue
        # named where the landmark is named: a report's lead naming the airport places it before a town named later
        implied = {"name": region.name, "level": region.level, "province": region.province, "code": region.code,
                   "role": loc.get("role"), "roles": roles_of(loc), "evidence": loc.get("evidence")}
        locations.append(implied)
        by_code[region.code] = implied
    return locations


def roles_of(location: dict[str, Any]) -> list[str]:
    """Every role a location was named in (its ``roles``, else its one ``role``)."""
    return list(location.get("roles") or [location.get("role") or "mention"])


def _key(location: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(location.get(field) or "") for field in PLACE_FIELDS)


def _as_place(key: tuple[str, ...]) -> dict[str, Any]:
    place = dict(zip(PLACE_FIELDS, key, strict=True))
    return {field: (value or None) for field, value in place.items()}


def choose_place(locations_per_report: list[list[dict[str, Any]]],
                 roles_in_order: tuple[str, ...] = PLACE_ROLES_IN_ORDER) -> dict[str, Any] | None:
    """Where it happened: the regency/city the reports name as the event place, else the agency's region, else
    the most named place. A province only when no regency or city qualifies; an event place known only by its
    province gives way to the acting agency's regency or city (in that province first: BP3MI with Polres
    Majalengka at an airport the extractor knows only by province; a complaint voiced "di Jakarta" about a case
    Polres Tegal handles).
    A group abroad told by each home region's office (no event place; each report's agency regions, or its victims'
    home regencies where its agencies are provincial or national, are its victims' homes, and they differ) is placed
    by the province they share, no regency.
    None when nothing is known."""
    if roles_in_order == PLACE_ROLES_IN_ORDER:
        homes_province = _province_of_homes(locations_per_report)
        if homes_province:
            return homes_province
    steps = [*[(role,) for role in roles_in_order], ("mention",), None]  # a place named in passing before a home
    for position, roles in enumerate(steps):
        votes = _votes(locations_per_report, roles)
        if votes:
            winner = _winner(votes)
            if winner[1] == "province" and roles == ("event",):
                local = _votes(locations_per_report, ("agency_region",), LOCAL_LEVELS)
                inside = Counter({key: n for key, n in local.items() if key[2] == winner[0]})
                if inside or local:
                    winner = _winner(inside or local)
            elif winner[1] == "province":  # a regency or city in that province named in a later role says more;
                # of the provinces named in the same role, the one holding such a regency ("BP3MI Kalimantan Utara
                # dan BP3MI NTB" for seven men of Lombok Tengah sent home through Nunukan)
                candidates = [winner[0], *(key[0] for key in sorted(votes, key=lambda key: -votes[key])
                                           if key[0] != winner[0])]
                for later in steps[position + 1 :]:
                    local = _votes(locations_per_report, later, LOCAL_LEVELS)
                    inside = next((found for province in candidates if (found := Counter(
                        {key: n for key, n in local.items() if key[2] == province}))), None)
                    if inside:
                        winner = _winner(inside)
                        break
            return _as_place(winner)
    return None


def _province_of_homes(locations_per_report: list[list[dict[str, Any]]]) -> dict[str, Any] | None:
    """The province of a group abroad told by several home regions' offices (see ``choose_place``), else None."""
    if len(locations_per_report) < 2:
        return None
    agency_regions: set[str] = set()
    all_homes: set[str] = set()
    for locations in locations_per_report:
        if any("event" in roles_of(loc) for loc in locations):
            return None
        local = {str(loc["code"]) for loc in locations
                 if loc.get("code") and loc.get("level") in LOCAL_LEVELS and "agency_region" in roles_of(loc)}
        homes = {str(loc["code"]) for loc in locations if loc.get("code") and "victims_origin" in roles_of(loc)}
        # a report whose agencies are all provincial or national tells it from its victims' home regency
        local = local or {code for code in homes if code.count(".") == 1}
        if not local:
            return None
        agency_regions |= local
        all_homes |= homes
    # each office's region is a home of the victims, as its own report or another's says ("Pemkab Kepahiang
    # menerima tiga warganya" beside "empat korban berasal dari Rejang Lebong dan tiga dari Kepahiang")
    if not agency_regions <= all_homes:
        return None
    provinces = {code.split(".")[0] for code in agency_regions}
    if len(agency_regions) < 2 or len(provinces) != 1:
        return None
    from nlp.regions import get_region

    region = get_region(provinces.pop())
    return _as_place((region.name, region.level, region.province, region.code)) if region else None


def _votes(locations_per_report: list[list[dict[str, Any]]], roles: tuple[str, ...] | None,
           levels_in_order: tuple[str, ...] | None = None) -> Counter:
    """(place key) -> votes of the reports naming it in the roles, regencies/cities first, then provinces. In a
    report naming several, the one named first counts fully and the others half (the lead tells the event)."""
    groups = (levels_in_order,) if levels_in_order else (LOCAL_LEVELS, ("province",))
    for levels in groups:
        votes: Counter = Counter()
        for locations in locations_per_report:
            named = sorted(
                (loc for loc in locations
                 if loc.get("level") in levels and (roles is None or set(roles_of(loc)) & set(roles))),
                key=lambda loc: (loc.get("evidence") or {}).get("start", 1 << 30),
            )
            for rank, key in enumerate(dict.fromkeys(_key(loc) for loc in named)):
                votes[key] += 1.0 if rank == 0 else 0.5
        if votes:
            return votes
    return Counter()


def _winner(votes: Counter) -> tuple[str, ...]:
    """Most votes; ties to the city over the regency, then by code (deterministic)."""
    return min(votes, key=lambda key: (-votes[key], key[1] != "city", key[3], key[0]))


def merged_locations(locations_per_report: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Every place the reports name, once, with its strongest role across reports."""
    from nlp.components.location_roles import role_priority

    rank = role_priority()
    found: dict[tuple[str, ...], set[str]] = {}
    for locations in locations_per_report:
        for loc in locations:
            found.setdefault(_key(loc), set()).update(roles_of(loc))
    merged = []
    for key, roles in sorted(found.items(), key=lambda item: (item[0][3], item[0][0])):
        ordered = sorted(roles, key=lambda role: rank.get(role, 99))
        merged.append({**_as_place(key), "role": ordered[0], "roles": ordered})
    return merged


def province_code(code: str | None) -> str | None:
    return code.split(".")[0] if code else None


def origin_codes(locations: Iterable[dict[str, Any]]) -> list[str]:
    """Codes of the places the victims come from."""
    return sorted({
        str(loc["code"]) for loc in locations
        if "victims_origin" in roles_of(loc) and loc.get("code") and loc.get("level") in REGION_LEVELS
    })


def code_in_region(code: str | None, region_code: str) -> bool:
    """Whether a place code lies in a region (a province contains its regencies and cities)."""
    if not code:
        return False
    if "." in region_code:
        return code == region_code or code.startswith(region_code + ".")
    return code.split(".")[0] == region_code


def region_reason(incident: dict[str, Any], region_code: str) -> str | None:
    """"event" when the incident happened in the region, "victims_origin" when its victims come from there."""
    place = incident.get("place") or {}
    if code_in_region(place.get("code"), region_code):
        return "event"
    if any(code_in_region(code, region_code) for code in origin_codes(incident.get("locations") or [])):
        return "victims_origin"
    return None
