"""Which reports are of the same event. Pairwise links, connected groups: the result does not depend on order.

Two reports are linked when they are about the same place (a shared regency/city, or a shared province when one
names no regency), their days are close, nothing contradicts (different suspects' initials), and enough of what
they say matches: the suspects' initials ("berinisial AS"), the numbers of victims and suspects, the agencies
acting, the modus.

Reports the extractor did not judge relevant (but nearly, or naming suspects) are attach-only: one joins the
incident of the earliest relevant report it shares the place, the time and the suspects' initials (or clearly
more than two linked reports need) with, and never links two incidents or founds one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from pantau.incidents.places import containing_code, roles_of, with_twins
from pantau.incidents.reports import Report

MAX_DAYS_APART = 10  # reports of one event: the first report and its follow-ups
FOLLOW_UP_DAYS = 45  # a later follow-up (charges, case file) links only through the same suspects
COURT_DAYS = 365  # ... and so does a trial or a verdict months later, however far (a case takes months to court)
MIN_MATCH_SCORE = 2.0  # how much must match, beyond place and date, to link two reports
LARGE_GROUP = 10  # victims this many are rarely two groups of the same size by chance
UNDATED_EXTRA_SCORE = 1.0  # a report with no date at all must match this much more
PROVINCE_EXTRA_SCORE = 0.5  # so must a report placed only by its province (it may be of any regency there)
ATTACH_EXTRA_SCORE = 1.0  # so must a report not judged relevant that names no shared suspect
EVENT_DAYS_APART = 3  # event dates further apart than this speak against one event
SAME_DAYS = 1  # event dates (or publication days) this close speak for one event
NEWS_LAG_DAYS = 2  # ... publication days only when the event dates are no further apart than a report's lag
UNDATED_LAG_DAYS = 5  # a report naming no date may tell of an event this many days before it was published
SUB_REGENCY_LEVELS = ("district", "village", "place")
FAR_FIGURES_PENALTY = 1.5  # victim numbers far apart (14 and 6): another group of people, another event
OTHER_COUNTRIES_PENALTY = 1.5  # victims sent to other countries (no country in common): another group
SITE_ROLES = ("event", "transit", "mention", "agency_region")  # a site named in these is where it may have happened
SITE_FILLERS = frozenset({"pelabuhan", "bandara", "bandar", "udara", "internasional", "international", "penumpang",
                          "kecamatan", "distrik", "desa", "kelurahan", "pos", "lintas", "batas", "negara", "plbn"})


def _local(codes: set[str]) -> set[str]:
    return {code for code in codes if "." in code}


def _provinces(codes: set[str]) -> set[str]:
    return {code.split(".")[0] for code in codes}


ELSEWHERE_ROLES = ("victims_origin", "destination")  # places a report names that are not where it happened


def where_codes(report: Report) -> set[str]:
    """Codes of the places the event may have happened at: every place named in another role than the victims'
    origin or destination (a report naming only the victims' home regencies is placed by its province)."""
    codes = {str(loc["code"]) for loc in report.locations
             if loc.get("code") and loc.get("level") in ("province", "regency", "city")
             and set(roles_of(loc)) - set(ELSEWHERE_ROLES)}
    return codes | _provinces(codes) if codes else report.codes()


FIRM_ROLES = ("event", "agency_region")  # a regency named so places a report; one only passed or mentioned may not


def _firmly_local(report: Report) -> set[str]:
    """Regencies and cities a report names where it happened or as the acting agency's region."""
    return {str(loc["code"]) for loc in report.locations
            if loc.get("code") and loc.get("level") in ("regency", "city") and set(roles_of(loc)) & set(FIRM_ROLES)}


def place_match(a: Report, b: Report) -> str | None:
    """"local" for a shared regency/city where it may have happened (a city and the regency of its name count as one),
    or the victims' home regency of two reports told from their homes (a group abroad); "province" for a shared
    province when either names no regency or city there, or names its regencies only in passing (a middleman's town,
    a port passed) while the other's differ; None otherwise."""
    codes_a, codes_b = where_codes(a), where_codes(b)
    if with_twins(_local(codes_a)) & _local(codes_b):  # "PN Kupang" sits in Kota Kupang, read as Kabupaten Kupang
        return "local"
    if _local(_homes(a)) & _local(_homes(b)):
        from_home_a, from_home_b = _told_from_home(a), _told_from_home(b)
        if (from_home_a and from_home_b) or ((from_home_a or from_home_b) and a.destinations & b.destinations):
            return "local"  # a group abroad, each report told from its home region (or its province), naming one
            # home; or one told from its home beside its recruiters caught in that home town
    if _local(codes_a) and _local(codes_b):
        if not (_names_event_place(a) or _names_event_place(b)) and _whole_named(a, b) and _within(
                a.day, b.day, SAME_DAYS) and _provinces(codes_a) & _provinces(codes_b):
            return "province"  # "Tujuh warga Lombok Timur ... bagian dari 12 warga NTB" and the 12's home report,
            # or two home reports' parts of the 12
        if _firmly_local(a) and _firmly_local(b):
            return None
    return "province" if _provinces(codes_a) & _provinces(codes_b) else None


def _names_event_place(report: Report) -> bool:
    return any("event" in roles_of(loc) for loc in report.locations)


def _told_from_home(report: Report) -> bool:
    """A report naming no place where it happened whose regencies of the acting agencies are the victims' homes (a
    repatriation told by the home region's office: what happened, happened abroad)."""
    return not _names_event_place(report) and _firmly_local(report) <= _homes(report)


def _homes(report: Report) -> set[str]:
    """Codes of every place a report names as the victims' home (in whatever role besides)."""
    return {str(loc["code"]) for loc in report.locations
            if loc.get("code") and "victims_origin" in roles_of(loc)}


def same_place(a: Report, b: Report) -> bool:
    """A shared regency/city where it may have happened, or a shared province (see ``place_match``)."""
    return place_match(a, b) is not None


def _names(report: Report, roles: tuple[str, ...], levels: tuple[str, ...]) -> set[str]:
    return {loc["name"] for loc in report.locations
            if loc.get("level") in levels and set(roles_of(loc)) & set(roles)}


def _site_words(name: str) -> tuple[str, ...]:
    """A port's, airport's or district's name as words, its type and fillers left out ("Pelabuhan Internasional
    Batam Centre" -> ("batam", "centre"))."""
    return tuple(word for word in name.lower().split() if word not in SITE_FILLERS)


def _sites(report: Report, roles: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {_site_words(name) for name in _names(report, roles, SUB_REGENCY_LEVELS)} - {()}


def _same_site(sites_a: set[tuple[str, ...]], sites_b: set[tuple[str, ...]]) -> bool:
    """One port, airport, border post or district in both; a shorter form of a name is the same place
    ("Pelabuhan Batam" in "Pelabuhan Batam Centre", "Bandara Ngurah Rai" in "Bandara I Gusti Ngurah Rai")."""
    def shorter(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
        return x[: len(y)] == y or (len(y) >= 2 and x[-len(y) :] == y)

    return any(shorter(x, y) or shorter(y, x) for x in sites_a for y in sites_b)


def _site_regencies(report: Report) -> set[str | None]:
    """The regency or city of each port, airport, district or village named where it happened (None: unknown)."""
    return {containing_code(loc) for loc in report.locations
            if loc.get("level") in SUB_REGENCY_LEVELS and "event" in roles_of(loc)}


def _site_score(a: Report, b: Report) -> float:
    """-1 when both name where it happened within the regency and no place is the same (another district, another
    port); +1 when both name one port, airport or district where it happened (not as the victims' home). Sites
    known to lie in different regencies say nothing of another raid within one (the port where a group was
    stopped, the town where a recruiter was caught days later)."""
    events_a, events_b = _sites(a, ("event",)), _sites(b, ("event",))
    if events_a and events_b and not _same_site(events_a, events_b):
        regencies_a, regencies_b = _site_regencies(a), _site_regencies(b)
        if None in regencies_a or None in regencies_b or regencies_a & regencies_b:
            return -1.0
    return 1.0 if _same_site(_sites(a, SITE_ROLES), _sites(b, SITE_ROLES)) else 0.0


SAME_PERSON_AGE_YEARS = 1  # one suspect's age as two reports give it, months apart


def shared_suspects(a: Report, b: Report) -> set[str]:
    """Suspects' initials both reports name, less those both give different ages for ("JK (45)" and "JK (41)" are
    two people who share initials: another unit's case of the same month)."""
    return {initials for initials in a.initials & b.initials
            if not (initials in a.ages and initials in b.ages
                    and abs(a.ages[initials] - b.ages[initials]) > SAME_PERSON_AGE_YEARS)}


def _figures_differ(a: Report, b: Report, role: str) -> float:
    """How strongly two reports' other numbers for a role speak of different events: a little when they are close
    (a count corrected by a few), more when far apart (another group of people); 0 when either gives none. When the
    later report says its larger figure is an update ("bertambah menjadi 26"), it speaks of the earlier one: -0.5.
    When the earlier report said its count was not final ("jumlah pasti masih didata"), a larger later count speaks
    against it no more than a close one. A report counting only a part of its group ("tiga di antaranya masih
    remaja", the whole not given) speaks against no larger number."""
    value_a, value_b = a.value(role), b.value(role)
    if not value_a or not value_b or value_a == value_b:
        return 0.0
    if role == "victims" and any(report.partial and report.value(role) < other.value(role)
                                 for report, other in ((a, b), (b, a))):
        return 0.0  # one counts only a part of its group ("tiga di antaranya remaja"): no other group's number
    earlier, later = sorted((a, b), key=lambda report: report.anchor_key)
    close = abs(value_a - value_b) <= max(2, 0.2 * max(value_a, value_b))
    if role in later.updated and later.value(role) > earlier.value(role):
        return -0.5 if close else 0.0
    if earlier.provisional and later.value(role) > earlier.value(role):
        return 0.0 if close else 0.5
    return 0.5 if close else FAR_FIGURES_PENALTY


def _corrects(a: Report, b: Report) -> bool:
    """Whether the later report says its larger victims count is an update of the earlier's ("Calon PMI yang
    Dicegah di Pelabuhan X Jadi 31 Orang" after 27), or gives a close larger count after the earlier said its count
    was not final ("identitas mereka masih didata"): it tells of the earlier report's event, on whatever day; not
    when it tells of another act like an earlier one ("kembali menggagalkan")."""
    earlier, later = sorted((a, b), key=lambda report: report.anchor_key)
    value_e, value_l = earlier.value("victims"), later.value("victims")
    if not 0 < value_e < value_l or later.again:
        return False  # "kembali menggagalkan", "kali ini": another interception at the port, not a recount
    return "victims" in later.updated or (earlier.provisional and value_l - value_e <= max(2, 0.2 * value_l))


def _told_by_parts(a: Report, b: Report) -> bool:
    """Two reports counting different parts of one group, each giving the other's count too ("Enam warga Garut ...
    Empat lainnya warga Tasikmalaya" and "Empat warga Tasikmalaya pulang ... bersama enam warga Garut")."""
    value_a, value_b = a.value("victims"), b.value("victims")
    return bool(value_a and value_b) and value_a != value_b and value_a in b.counted and value_b in a.counted


def _part_of_named_whole(a: Report, b: Report) -> bool:
    """One report counts its part of a group and names the whole the other counts ("Tiga warga Kota A pulang ...
    bagian dari dua belas warga provinsi itu" and "Dua belas warga provinsi itu dipulangkan")."""
    value_a, value_b = a.value("victims"), b.value("victims")
    if not (value_a and value_b) or value_a == value_b:
        return False
    part, whole = sorted((a, b), key=lambda report: report.value("victims"))
    return whole.value("victims") in part.wholes


def _parts_of_one_whole(a: Report, b: Report) -> bool:
    """Two reports each counting its own part of a group both name ("Tujuh warga Sambas ... bagian dari rombongan 11
    warga Kalimantan Barat" and "Empat pemuda Bengkayang ... termasuk dalam 11 warga Kalbar"): parts that fit in it."""
    value_a, value_b = a.value("victims"), b.value("victims")
    return bool(value_a and value_b) and any(value_a + value_b <= whole for whole in a.wholes & b.wholes)


def _whole_named(a: Report, b: Report) -> bool:
    """One report's part of the whole the other counts, or two parts of a whole both name."""
    return _part_of_named_whole(a, b) or _parts_of_one_whole(a, b)


def _vague_agrees(a: Report, b: Report) -> float:
    """+0.5 when one report tells the victims only vaguely ("belasan") and the other's number lies in that range;
    0 otherwise (a first report's "belasan" may well become 20 once counted)."""
    for vague, exact in ((a, b), (b, a)):
        if vague.vague and not vague.value("victims") and exact.value("victims"):
            low, high = vague.vague
            return 0.5 if low <= exact.value("victims") <= high else 0.0
    return 0.0


def _within(day_a: date | None, day_b: date | None, days: int) -> bool:
    return day_a is not None and day_b is not None and abs((day_a - day_b).days) <= days


def _related(x: str, y: str) -> bool:
    return x == y or x.startswith(y + ".") or y.startswith(x + ".")


def _covers(codes_a: set[str], codes_b: set[str]) -> bool:
    """Both name places and each place of the first lies in, contains or is one of the second's."""
    return bool(codes_a) and bool(codes_b) and all(any(_related(x, y) for y in codes_b) for x in codes_a)


def _apart(codes_a: set[str], codes_b: set[str]) -> bool:
    """Both name places and none of one lies in (or contains) one of the other ("35" contains "35.09")."""
    def related(x: str, y: str) -> bool:
        return x == y or x.startswith(y + ".") or y.startswith(x + ".")

    return bool(codes_a) and bool(codes_b) and not any(related(x, y) for x in codes_a for y in codes_b)


def match_score(a: Report, b: Report) -> float:
    """How much two reports of the same place and time agree; 0 when they contradict each other (suspects named
    by other initials, unless the later report tells of a suspect added to the case, or by the same initials with
    other ages).

    For: the same suspects' initials, the same number of victims or suspects (more for ten or more people, rarely
    two groups by chance; two reports each counting its own part of one group and giving the other's, or two parts
    of a group both name; a later report's added suspect in a case of as many victims), a shared agency (a unit
    counts as its body, a regional body as its region), a shared modus, the same port, airport or district on the
    same day (on any day with the same group of ten or more: suspects named days after the raid), the same news
    cycle, victims from the same places, a vague first figure whose range holds the other's count, a larger figure
    the later report calls an update (the same port or district counts then on whatever day the update is told), a
    later report telling of as many people stopped or rescued before in that regency
    ("memulangkan tujuh perempuan yang sebelumnya digagalkan"). Against (the same police unit's different raids in
    one month, two interceptions at one port): victim numbers far apart (a little when close), event dates days
    apart (not where one report names no date and was published a few days after the other's event), victims sent
    to countries none of which the other names, different places of the event within the regency (a port, a
    district), victims from different places (not for parts of one group), a trial of named defendants beside a
    report of an act naming no one and no court; a report saying its case is separate from
    an earlier one is of no report of another event day unless they share suspects.
    """
    shared_initials = bool(shared_suspects(a, b))
    added = _adds_suspect(a, b)
    if a.initials and b.initials and not shared_initials and not added and _all_named(a) and _all_named(b):
        return 0.0  # different suspects: different cases
    if (a.separate or b.separate) and not shared_initials and a.event_date != b.event_date:
        return 0.0  # "a separate case from the earlier one": only a report of its own day or suspects is of it
    score = 2.0 * shared_initials
    if added and a.value("victims") and a.value("victims") == b.value("victims"):
        score += 1.0  # the later report's new suspect, in a case of as many victims: the earlier case told on
    for role in ("victims", "suspects"):
        value_a, value_b = a.value(role), b.value(role)
        if value_a and value_a == value_b:
            score += 1.5 if value_a >= LARGE_GROUP else 1.0 if value_a > 1 else 0.5
    named_whole = _whole_named(a, b)
    if named_whole or _told_by_parts(a, b):
        # each counts its own part of one group and gives the other's; a part that names the whole the other
        # counts ties the two more firmly ("bagian dari 12 warga NTB" beside "12 warga NTB dipulangkan")
        score += 2.0 if named_whole else 1.0
    else:
        score -= _figures_differ(a, b, "victims")
    score += _vague_agrees(a, b)
    if a.agencies & b.agencies:
        score += 1.0
    if a.modus & b.modus:
        score += 0.5
    if a.destinations and b.destinations and not a.destinations & b.destinations:
        score -= OTHER_COUNTRIES_PENALTY  # people sent to Saudi Arabia and people bound for Cambodia: two groups
    added_there = added and bool(_local(where_codes(a)) & _local(where_codes(b)))
    followed = _follows_up(a, b)
    if followed:
        score += 1.0  # the later news of the same people ("yang sebelumnya digagalkan ..."), as many, in that regency
    site, corrects = _site_score(a, b), _corrects(a, b)
    # the same site and as large a group (rarely two by chance) is one event whatever day each report tells of
    # (suspects named days after the raid)
    same_people = site > 0 and (a.value("victims") or 0) >= LARGE_GROUP and a.value("victims") == b.value("victims")
    if a.event_date and b.event_date and abs((a.event_date - b.event_date).days) > EVENT_DAYS_APART and not (
            _told_after(a, b) or _told_after(b, a) or added_there or followed or same_people):
        score -= 1.0  # not a suspect caught days after the case's first act there: that later day is no other event
    elif _within(a.event_date, b.event_date, SAME_DAYS) or (
            _within(a.published, b.published, SAME_DAYS) and _within(a.event_date, b.event_date, NEWS_LAG_DAYS)):
        score += 0.5  # told of the same day or the next, or published so of days a report's lag apart: one news cycle
    # another site speaks against, unless the later report calls its count an update (its added people may well
    # have been found elsewhere); the same site speaks for, on the same day or in an update
    same_day = _within(a.event_date, b.event_date, SAME_DAYS)
    score += site if (site < 0 and not corrects) or (site > 0 and (corrects or same_day or same_people)) else 0.0
    if _verdict_beside_fresh_act(a, b) or _verdict_beside_fresh_act(b, a):
        score -= 1.0  # a trial of named defendants and a report of an act naming no one: a court's day, a raid's day
    origins_a, origins_b = a.codes(("victims_origin",)), b.codes(("victims_origin",))
    if _apart(origins_a, origins_b) and not named_whole:  # parts of one group may well come from different homes
        score -= 1.0
    elif _covers(origins_a, origins_b) and _covers(origins_b, origins_a):
        score += 0.5  # victims from the same places, however precisely each report names them
    return score


def _verdict_beside_fresh_act(court: Report, act: Report) -> bool:
    """Whether ``court`` tells a trial or verdict of suspects it names by initials and ``act`` tells of no court
    and names no one ("Polresta X menggerebek hotel ..." the day "MA divonis tujuh tahun"): the verdict's case was
    raided months before, the raid is new."""
    return court.court and bool(court.initials) and not act.court and not act.initials


def _all_named(report: Report) -> bool:
    """Whether a report names each of its suspects by initials (it counts no more suspects than it names): else
    another report's suspects may be among those it leaves unnamed ("menetapkan tiga tersangka ... Selain dua tekong
    yang ditangkap di pelabuhan, penyidik menangkap NH")."""
    return (report.value("suspects") or 0) <= len(report.initials)


def _adds_suspect(a: Report, b: Report) -> bool:
    """Whether the later of two reports tells of a suspect added to a case already reported ("menangkap tersangka
    kedua dalam kasus ..."): its suspect's initials are new to the case, not another case's."""
    if a.day is None or b.day is None or a.day == b.day:
        return False
    return max(a, b, key=lambda report: report.day).adds_suspect


def _follows_up(a: Report, b: Report) -> bool:
    """Whether the later of two reports tells of its people as stopped or rescued before ("memulangkan tujuh
    perempuan yang sebelumnya digagalkan keberangkatannya") and counts as many victims as the earlier (or as many
    as the earlier's vague "belasan" allows), in the same regency or city: the later news of that event."""
    if a.day is None or b.day is None or a.day == b.day:
        return False
    earlier, later = sorted((a, b), key=lambda report: report.day)
    victims = later.value("victims")
    as_many = victims == earlier.value("victims") or (  # "belasan pemuda" first, "12 calon ABK" once counted
        not earlier.value("victims") and earlier.vague is not None
        and earlier.vague[0] <= (victims or 0) <= earlier.vague[1])
    return (later.follows_up and bool(victims) and as_many
            and bool(_local(where_codes(a)) & _local(where_codes(b))))


def _told_after(a: Report, b: Report) -> bool:
    """Whether ``a`` names no date (its event date is its publication day: "tujuh perempuan yang diselamatkan pekan
    ini") and was published within ``UNDATED_LAG_DAYS`` after ``b``'s event: it may tell of that day."""
    return (not a.dated and a.published is not None and b.event_date is not None
            and 0 <= (a.published - b.event_date).days <= UNDATED_LAG_DAYS)


def _late_follow_up(a: Report, b: Report) -> bool:
    """Reports more than 10 days apart (a case file, a trial, a verdict retelling the arrest) are one case only when
    they name the same suspects: one shared initial and the same number of victims (or a later report naming all
    the earlier's suspects, of the same modus or destination) in the same regency or city,
    or two shared initials in the same province (a trial at the court of the neighbouring city); or,
    when one names no suspect, when the later tells the case's way to court with the same number of victims, in the
    same regency or city, by a shared agency; or when the later tells of its people's earlier act (``_follows_up``)
    and a country the earlier names."""
    shared = shared_suspects(a, b)
    same_local = bool(_local(a.codes()) & _local(b.codes()))
    same_victims = bool(a.value("victims")) and a.value("victims") == b.value("victims")
    unnamed = not (a.initials and b.initials)  # one names no suspect: a case file or trial of "the café owner"
    later = max(a, b, key=lambda report: (report.day, report.article_id))
    same_province = bool(_provinces(a.codes()) & _provinces(b.codes()))
    earlier = min(a, b, key=lambda report: (report.day, report.article_id))
    # a case file naming the first suspect and one caught later, of the same kind of case or the same destination
    names_all_earlier = bool(shared) and earlier.initials <= later.initials and bool(
        a.modus & b.modus or a.destinations & b.destinations)
    return (len(shared) >= 2 and same_province) or (
        len(shared) == 1 and (same_victims or names_all_earlier) and same_local) or (
        unnamed and later.court and same_victims and a.value("victims") > 1 and same_local
        and bool(a.agencies & b.agencies)) or (
        # "IK ditangkap ..., dua pekan setelah para korban dipulangkan": the later act told by the days since the
        # earlier one's, of as many people, bound for a country the earlier names
        _follows_up(a, b) and bool(a.destinations & b.destinations))


def _court_elsewhere(a: Report, b: Report) -> str | None:
    """"province" when the later report tells the case's way through court (at a court or prosecutor's office in
    another regency or city of the province) and names two of the earlier report's suspects; None otherwise."""
    later = max(a, b, key=lambda report: (report.day or date.max, report.article_id))
    if later.court and len(shared_suspects(a, b)) >= 2 and _provinces(a.codes()) & _provinces(b.codes()):
        return "province"
    return None


def _close_in_time(a: Report, b: Report) -> bool:
    """Whether two reports' days allow one event: up to 10 days apart, or a later follow-up of the same case (see
    ``_late_follow_up``), months later only one telling the case's way through court with its count."""
    if a.day is None or b.day is None:
        return True
    apart = abs((a.day - b.day).days)
    if apart > COURT_DAYS or (apart > MAX_DAYS_APART and not _late_follow_up(a, b)):
        return False
    later = max(a, b, key=lambda report: (report.day, report.article_id))
    return apart <= FOLLOW_UP_DAYS or (later.court and _figures_differ(a, b, "victims") <= 0)


def linked(a: Report, b: Report) -> bool:
    """Whether two reports are of one event (a report with no date, or placed only by its province, needs more in
    common)."""
    if not _close_in_time(a, b):
        return False
    needed = MIN_MATCH_SCORE + (UNDATED_EXTRA_SCORE if a.day is None or b.day is None else 0.0)
    place = place_match(a, b) or _court_elsewhere(a, b)
    if place != "local":  # placed only by a province (or a court's), not by a regency where it happened or home
        needed += PROVINCE_EXTRA_SCORE
    return place is not None and match_score(a, b) >= needed


def attaches_to(extra: Report, report: Report) -> bool:
    """Whether an attach-only report is of the same event as a relevant one: same place and time, and the same
    suspects or clearly more in common than two linked relevant reports need; weeks or months later, only a
    follow-up of the same case (a case file handed to prosecutors naming the suspect, see ``_close_in_time``)."""
    if not _close_in_time(extra, report):
        return False
    if not same_place(extra, report):
        return False
    return bool(shared_suspects(extra, report)) or match_score(extra, report) >= MIN_MATCH_SCORE + ATTACH_EXTRA_SCORE


def _candidate_pairs(reports: list[Report]) -> Iterable[tuple[int, int]]:
    """Pairs (i < j) of reports in a common province whose days are at most FOLLOW_UP_DAYS apart, of an undated
    report with every report of its provinces, and of reports naming a common suspect's initials at most
    COURT_DAYS apart."""
    by_province: dict[str, list[int]] = {}
    undated: dict[str, list[int]] = {}
    by_initials: dict[str, list[int]] = {}
    for index, report in enumerate(reports):
        for province in _provinces(report.codes()):
            (by_province if report.day is not None else undated).setdefault(province, []).append(index)
        if report.day is not None:
            for initials in report.initials:
                by_initials.setdefault(initials, []).append(index)
    seen: set[tuple[int, int]] = set()
    for province, indices in undated.items():
        for i in indices:
            for j in [*by_province.get(province, []), *indices]:
                pair = (min(i, j), max(i, j))
                if i != j and pair not in seen:
                    seen.add(pair)
                    yield pair
    for window, lists in ((FOLLOW_UP_DAYS, by_province), (COURT_DAYS, by_initials)):
        for indices in lists.values():
            indices.sort(key=lambda index: reports[index].day)
            for position, i in enumerate(indices):
                for j in indices[position + 1 :]:
                    if (reports[j].day - reports[i].day).days > window:
                        break
                    pair = (min(i, j), max(i, j))
                    if pair not in seen:
                        seen.add(pair)
                        yield pair


def group_reports(reports: Iterable[Report]) -> list[list[Report]]:
    """Reports grouped by event, each group earliest first, groups by their earliest report."""
    reports = list(reports)
    groups = _group_relevant([report for report in reports if not report.attach_only])
    by_province: dict[str, list[int]] = {}
    for index, group in enumerate(groups):
        for report in group:
            for province in _provinces(report.codes()):
                by_province.setdefault(province, []).append(index)
    for extra in sorted((report for report in reports if report.attach_only), key=lambda report: report.anchor_key):
        candidates = sorted({i for province in _provinces(extra.codes()) for i in by_province.get(province, [])})
        host = next((i for i in candidates if any(attaches_to(extra, report) for report in groups[i])), None)
        if host is not None:
            groups[host].append(extra)
    for group in groups:
        group.sort(key=lambda report: report.anchor_key)
    return sorted(groups, key=lambda group: group[0].anchor_key)


def _group_relevant(reports: list[Report]) -> list[list[Report]]:
    """Relevant reports grouped by pairwise links (connected groups), groups by their earliest report."""
    ordered = sorted(reports, key=lambda report: report.anchor_key)
    parent = list(range(len(ordered)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidate_pairs(ordered):
        if linked(ordered[i], ordered[j]):
            ri, rj = root(i), root(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[Report]] = {}
    for i, report in enumerate(ordered):
        groups.setdefault(root(i), []).append(report)
    return [groups[key] for key in sorted(groups)]
