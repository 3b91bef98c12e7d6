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

from pantau.incidents.reports import Report

MAX_DAYS_APART = 10  # reports of one event: the first report and its follow-ups
FOLLOW_UP_DAYS = 45  # a later follow-up (charges, trial) links only through the same suspects
MIN_MATCH_SCORE = 2.0  # how much must match, beyond place and date, to link two reports
UNDATED_EXTRA_SCORE = 1.0  # a report with no date at all must match this much more
ATTACH_EXTRA_SCORE = 1.0  # so must a report not judged relevant that names no shared suspect
EVENT_DAYS_APART = 3  # event dates further apart than this speak against one event
SUB_REGENCY_LEVELS = ("district", "village", "place")


def _local(codes: set[str]) -> set[str]:
    return {code for code in codes if "." in code}


def _provinces(codes: set[str]) -> set[str]:
    return {code.split(".")[0] for code in codes}


def same_place(a: Report, b: Report) -> bool:
    """A shared regency/city, or a shared province when either names no regency or city."""
    codes_a, codes_b = a.codes(), b.codes()
    if _local(codes_a) and _local(codes_b):
        return bool(_local(codes_a) & _local(codes_b))
    return bool(_provinces(codes_a) & _provinces(codes_b))


def _names(report: Report, roles: tuple[str, ...], levels: tuple[str, ...]) -> set[str]:
    from pantau.incidents.places import roles_of

    return {loc["name"] for loc in report.locations
            if loc.get("level") in levels and set(roles_of(loc)) & set(roles)}


def _disjoint(a: set, b: set) -> bool:
    return bool(a) and bool(b) and not a & b


def _apart(codes_a: set[str], codes_b: set[str]) -> bool:
    """Both name places and none of one lies in (or contains) one of the other ("35" contains "35.09")."""
    def related(x: str, y: str) -> bool:
        return x == y or x.startswith(y + ".") or y.startswith(x + ".")

    return bool(codes_a) and bool(codes_b) and not any(related(x, y) for x in codes_a for y in codes_b)


def match_score(a: Report, b: Report) -> float:
    """How much two reports of the same place and time agree; 0 when they contradict each other.

    For: the same suspects' initials, the same number of victims or suspects, a shared agency, a shared modus.
    Against (the same police unit's different raids in one month): different victim numbers, event dates days
    apart, different places of the event within the regency (a port, a district), victims from different places.
    """
    if a.initials and b.initials and not a.initials & b.initials:
        return 0.0  # different suspects: different cases
    score = 2.0 * bool(a.initials & b.initials)
    for role in ("victims", "suspects"):
        value_a, value_b = a.value(role), b.value(role)
        if value_a and value_a == value_b:
            score += 1.0 if value_a > 1 else 0.5
    if a.value("victims") and b.value("victims") and a.value("victims") != b.value("victims"):
        score -= 0.5
    if a.agencies & b.agencies:
        score += 1.0
    if a.modus & b.modus:
        score += 0.5
    if a.event_date and b.event_date and abs((a.event_date - b.event_date).days) > EVENT_DAYS_APART:
        score -= 1.0
    if _disjoint(_names(a, ("event",), SUB_REGENCY_LEVELS), _names(b, ("event",), SUB_REGENCY_LEVELS)):
        score -= 1.0
    if _apart(a.codes(("victims_origin",)), b.codes(("victims_origin",))):
        score -= 1.0
    return score


def _late_follow_up(a: Report, b: Report) -> bool:
    """Reports 10 to 45 days apart are one case only when they name the same suspects: at least two shared
    initials, or one and the same number of victims, in the same regency or city."""
    shared = a.initials & b.initials
    same_local = bool(_local(a.codes()) & _local(b.codes()))
    same_victims = bool(a.value("victims")) and a.value("victims") == b.value("victims")
    return same_local and (len(shared) >= 2 or (len(shared) == 1 and same_victims))


def linked(a: Report, b: Report) -> bool:
    """Whether two reports are of one event (a report with no date needs more in common)."""
    if a.day is not None and b.day is not None:
        apart = abs((a.day - b.day).days)
        if apart > FOLLOW_UP_DAYS or (apart > MAX_DAYS_APART and not _late_follow_up(a, b)):
            return False
    needed = MIN_MATCH_SCORE + (UNDATED_EXTRA_SCORE if a.day is None or b.day is None else 0.0)
    return same_place(a, b) and match_score(a, b) >= needed


def attaches_to(extra: Report, report: Report) -> bool:
    """Whether an attach-only report is of the same event as a relevant one: same place and time, and the same
    suspects or clearly more in common than two linked relevant reports need."""
    if extra.day is not None and report.day is not None and abs((extra.day - report.day).days) > MAX_DAYS_APART:
        return False
    if not same_place(extra, report):
        return False
    return bool(extra.initials & report.initials) or match_score(extra, report) >= MIN_MATCH_SCORE + ATTACH_EXTRA_SCORE


def _candidate_pairs(reports: list[Report]) -> Iterable[tuple[int, int]]:
    """Pairs (i < j) of reports in a common province whose days are at most FOLLOW_UP_DAYS apart, and of an
    undated report with every report of its provinces."""
    by_province: dict[str, list[int]] = {}
    undated: dict[str, list[int]] = {}
    for index, report in enumerate(reports):
        for province in _provinces(report.codes()):
            (by_province if report.day is not None else undated).setdefault(province, []).append(index)
    seen: set[tuple[int, int]] = set()
    for province, indices in undated.items():
        for i in indices:
            for j in [*by_province.get(province, []), *indices]:
                pair = (min(i, j), max(i, j))
                if i != j and pair not in seen:
                    seen.add(pair)
                    yield pair
    for indices in by_province.values():
        indices.sort(key=lambda index: reports[index].day)
        for position, i in enumerate(indices):
            for j in indices[position + 1 :]:
                if (reports[j].day - reports[i].day).days > FOLLOW_UP_DAYS:
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
