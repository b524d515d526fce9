"""Every figure a report states, for one period, computed in one place (docs/summary.md).

Reports, packages, the window's overview and the command line all read these numbers;
none of them counts anything itself.

A figure nobody recorded is ``None``, never 0: the attendance of meetings whose attendance
was not entered, the figures of a cùng kỳ before the unit began recording. Sums run over
the records that have the figure, and say over how many (``attendance_meetings``), so a
sentence can state exactly what is known.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from typing import Any, NamedTuple, Protocol, TypeVar

from dvdesktop.core import docrefs
from dvdesktop.core.deadlines import DEFAULT_RULES, Matter, open_matter
from dvdesktop.core.domain import CHOICE_LABELS
from dvdesktop.core.fmt import percent_value
from dvdesktop.core.periods import Period
from dvdesktop.store.database import Connection


class Ledger(Protocol):
    """What a summary reads of the Ledger (``core.ledger.Ledger``, which imports this module
    to answer ``Ledger.summary``: the protocol keeps the import one way)."""

    db: Connection

    def reading(self) -> AbstractContextManager[Connection]: ...

    def unit(self) -> dict[str, Any] | None: ...

    def list(self, kind: str, *, period: str | Period | None = None) -> list[dict[str, Any]]: ...

    def matters(self, *, period: str | Period | None = None, open_only: bool = False,
                case_codes: Iterable[str] | None = None, as_of: dt.date | None = None) -> list[Matter]: ...

    def records_cover(self, kind: str, period: str | Period) -> bool: ...

    def baseline(self, period: str | Period) -> dict[str, Any] | None: ...

    def get_setting(self, key: str, default: Any = None) -> Any: ...

T = TypeVar("T")


class Reads(Protocol):
    """What the sections that are plain SQL need: a connection (the Ledger's, or a second
    one to the same file, ``database.Connection.side``)."""

    db: Connection


class _Side(NamedTuple):
    db: Connection


def _beside(led: Ledger, work: Callable[[Reads], T]) -> Callable[[], T]:
    """Start ``work`` on a thread, reading through the file's second connection, while
    this thread goes on through the first; returns the call that waits for its result (and
    raises what it raised). SQLite runs the two connections' statements side by side, each
    without Python's lock: the meetings and the cùng kỳ (sums by SQLite) take no time from
    the reception's fold in Python. Without a second connection (a database in memory),
    ``work`` runs through the first when its result is asked for; so it does inside a
    transaction, whose changes the second connection could not see.

    The caller holds ``led.reading()``: no write can come between the two connections' reads.
    """
    side = None if led.db.in_transaction else led.db.side()
    if side is None:
        return lambda: work(led)
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = work(_Side(side))
        except BaseException as exc:  # noqa: BLE001 - raised again on the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=run, name="dvdesktop-summary", daemon=True)
    thread.start()

    def result() -> T:
        thread.join()
        if "error" in box:
            raise box["error"]
        return box["value"]

    return result


SCHEMA = "dvdesktop.summary/2"

#: The keys each section's ``previous`` carries (the baseline keys of that section, plus
#: the rate recomputed from two of them).
PREVIOUS_KEYS = {
    "meetings": ("count", "attendance", "members_present", "members_expected", "others_present"),
    "dialogues": ("count", "participants", "opinions", "issues"),
    "reception.visits": ("count", "people", "cases", "cases_resolved"),
    "reception.letters": ("count", "cases", "cases_resolved"),
    "models": ("count", "new"),
}
_RATES = {
    "meetings": ("member_rate", "members_present", "members_expected"),
    "reception.visits": ("cases_rate", "cases_resolved", "cases"),
    "reception.letters": ("cases_rate", "cases_resolved", "cases"),
}


def _zeros(key: str) -> dict[str, int]:
    return {value: 0 for value in CHOICE_LABELS[key]}


def _bounds(p: Period) -> list[str]:
    return [p.start.isoformat(), p.end.isoformat()]


def _rate(part: int | None, whole: int | None) -> float | None:
    return percent_value(part, whole) if part is not None and whole else None


#: The period's meetings summed by SQLite in one pass, one row per (kind, held at more
#: than one site, who else attended): every meetings figure is a sum of these rows. A
#: meeting's attendance is recorded when either count was entered; validation pairs members
#: summoned with members present, so their sums cover the same meetings.
_MEETING_GROUPS = """
SELECT kind, sites > 1, others_kind, count(*),
    count(CASE WHEN members_present IS NOT NULL OR others_present IS NOT NULL THEN 1 END),
    sum(CASE WHEN members_present IS NOT NULL OR others_present IS NOT NULL
        THEN coalesce(members_present, 0) + coalesce(others_present, 0) END),
    count(CASE WHEN members_present IS NOT NULL AND members_expected IS NOT NULL THEN 1 END),
    sum(CASE WHEN members_expected IS NOT NULL THEN members_present END),
    sum(CASE WHEN members_present IS NOT NULL THEN members_expected END),
    sum(others_present), sum(sites), sum(members_present)
FROM meetings WHERE deleted_at IS NULL AND date BETWEEN ? AND ?
GROUP BY 1, 2, 3
"""


def _total(values: Iterable[int | None]) -> int | None:
    """SQL's ``sum``: None when no value is known."""
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _meetings(led: Reads, p: Period) -> dict[str, Any]:
    """The meetings figures a cùng kỳ compares: one row summed by SQLite."""
    row = led.db.execute(
        "SELECT count(*), "
        "count(CASE WHEN members_present IS NOT NULL OR others_present IS NOT NULL THEN 1 END), "
        "sum(CASE WHEN members_present IS NOT NULL OR others_present IS NOT NULL "
        "    THEN coalesce(members_present, 0) + coalesce(others_present, 0) END), "
        "count(CASE WHEN members_present IS NOT NULL AND members_expected IS NOT NULL THEN 1 END), "
        "sum(CASE WHEN members_expected IS NOT NULL THEN members_present END), "
        "sum(CASE WHEN members_present IS NOT NULL THEN members_expected END), "
        "sum(others_present), coalesce(sum(sites), 0) FROM meetings "
        "WHERE deleted_at IS NULL AND date BETWEEN ? AND ?",
        _bounds(p),
    ).fetchone()
    return _meeting_figures([(None, 0, None, row[0], *row[1:], None)])


def _meeting_figures(rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    """The meetings figures from rows of ``_MEETING_GROUPS`` (or one row of all meetings)."""
    count = sum(r[3] for r in rows)
    attendance, present, expected, others = (_total(r[i] for r in rows) for i in (5, 7, 8, 9))
    if count == 0:  # nothing happened: every figure is a recorded zero
        attendance = present = expected = others = 0
    return {
        "count": count,
        "attendance": attendance,
        "attendance_meetings": sum(r[4] for r in rows),
        "members_present": present,
        "members_expected": expected,
        "members_meetings": sum(r[6] for r in rows),
        "member_rate": _rate(present, expected),
        "others_present": others,
        "sites": sum(r[10] for r in rows),
    }


def _others_by_kind(rows: Iterable[tuple[Any, ...]]) -> dict[str, int]:
    out = {**_zeros("meeting.others_kind"), "unspecified": 0}
    for r in rows:
        if r[9]:
            kind = r[2] if r[2] in out else "unspecified"
            out[kind] += r[9]
    return out


def meetings_section(led: Reads, p: Period) -> dict[str, Any]:
    groups = led.db.execute(_MEETING_GROUPS, _bounds(p)).fetchall()
    out = _meeting_figures(groups)
    out["others_by_kind"] = _others_by_kind(groups)
    multi = [r for r in groups if r[1]]
    multi_count = sum(r[3] for r in multi)
    out.update({
        "multi_site_count": multi_count,
        "multi_site_sites": sum(r[10] for r in multi),
        # Stated only when every online meeting has its attendance.
        "multi_site_attendance": (_total(r[5] for r in multi)
                                  if multi_count and sum(r[4] for r in multi) == multi_count else None),
        "multi_site_members_present": _total(r[11] for r in multi),
        "multi_site_others_by_kind": _others_by_kind(multi),
    })
    by_kind = {k: {"count": 0, "attendance": 0} for k in CHOICE_LABELS["meeting.kind"]}
    for kind in dict.fromkeys(r[0] for r in groups):
        of_kind = [r for r in groups if r[0] == kind]
        by_kind[kind] = {"count": sum(r[3] for r in of_kind), "attendance": _total(r[5] for r in of_kind)}
    # Counted first, then each of the few documents named looked up once (not per meeting).
    docs = led.db.execute(
        "SELECT g.ref, g.n, coalesce((SELECT min(t.type_name) FROM documents t WHERE t.ref = g.ref), '') "
        "FROM (SELECT d.value AS ref, count(*) AS n FROM meetings m, json_each(m.documents) d "
        "WHERE m.deleted_at IS NULL AND m.date BETWEEN ? AND ? AND m.documents <> '[]' GROUP BY d.value) g",
        _bounds(p),
    ).fetchall()
    out["by_kind"] = by_kind
    out["documents"] = [
        {"ref": ref, "meetings": n, "name": docrefs.document_name(ref, chosen)}
        for ref, n, chosen in sorted(docs, key=lambda x: (-x[1], x[0]))
    ]
    return out


def _dialogues(led: Reads, p: Period) -> dict[str, Any]:
    count, participants, with_participants, opinions, with_opinions, locations = led.db.execute(
        "SELECT count(*), sum(participants), count(participants), sum(opinions), count(opinions), "
        "count(DISTINCT nullif(lower(trim(location)), '')) FROM dialogues "
        "WHERE deleted_at IS NULL AND date BETWEEN ? AND ?",
        _bounds(p),
    ).fetchone()
    if count == 0:
        participants = opinions = 0
    by_status = _zeros("issue.status")
    for status, n in led.db.execute(
        "SELECT i.status, count(*) FROM dialogue_issues i JOIN dialogues d ON d.id = i.dialogue_id "
        "WHERE d.deleted_at IS NULL AND d.date BETWEEN ? AND ? GROUP BY i.status",
        _bounds(p),
    ):
        by_status[status] = n
    return {
        "count": count,
        "participants": participants,
        "participants_dialogues": with_participants,
        "opinions": opinions,
        "opinions_dialogues": with_opinions,
        "locations": locations,
        "issues": sum(by_status.values()),
        "issues_by_status": by_status,
    }


def dialogues_section(led: Ledger, p: Period) -> dict[str, Any]:
    out = _dialogues(led, p)
    by_counterpart = _zeros("dialogue.counterpart")
    for counterpart, n in led.db.execute(
        "SELECT counterpart, count(*) FROM dialogues WHERE deleted_at IS NULL AND date BETWEEN ? AND ? "
        "GROUP BY counterpart",
        _bounds(p),
    ):
        by_counterpart[counterpart] = n
    out["by_counterpart"] = by_counterpart
    # Who presided: a role ("Chủ tịch UBND xã"), not a person; spellings that differ only in
    # case or spaces are one host.
    hosts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for (host,) in led.db.execute(
        "SELECT host FROM dialogues WHERE deleted_at IS NULL AND date BETWEEN ? AND ? ORDER BY date, id",
        _bounds(p),
    ):
        key = " ".join(str(host).split()).casefold()
        spelling.setdefault(key, " ".join(str(host).split()))
        hosts[key] += 1
    out["by_host"] = [{"host": spelling[k], "count": n} for k, n in hosts.most_common()]
    return out


#: Every live entry of the matters (vụ việc) with a visit or letter in [:start, :end], up to
#: :until, in the order ``core.deadlines.build_matters`` reads them (by case, date, id).
_MATTER_ENTRIES = """
SELECT case_code, date, channel, people_count, status, resolved_date, handling, category,
    complexity, attempt, accepted_date
FROM receptions
WHERE deleted_at IS NULL AND date <= :until AND case_code IN (
    SELECT case_code FROM receptions WHERE deleted_at IS NULL AND date BETWEEN :start AND :end)
ORDER BY case_code, date, id
"""


#: A row after every entry, to count the last matter: no case code, no date.
_END_OF_ENTRIES = (None, "") + (None,) * 9


def _visits_letters(visits: int, people: int, v_cases: int, v_resolved: int,
                    letters: int, l_cases: int, l_resolved: int) -> dict[str, Any]:
    """The summary's ``visits`` and ``letters`` figures from their counts."""
    return {
        "visits": {"count": visits, "people": people, "cases": v_cases, "cases_resolved": v_resolved,
                   "cases_rate": percent_value(v_resolved, v_cases)},
        "letters": {"count": letters, "cases": l_cases, "cases_resolved": l_resolved,
                    "cases_rate": percent_value(l_resolved, l_cases)},
    }


#: The lượt and đơn of [:start, :end] and their vụ việc as they stood at :end, summed by
#: SQLite: one row per matter with an entry in the period (its visits, people and letters
#: there), whose latest entry up to :end (by date, then id: ``receptions_case`` read
#: backwards) says whether it was resolved; then one row for them all.
_RECEPTION_FIGURES = """
SELECT count(CASE WHEN visits > 0 THEN 1 END), coalesce(sum(visits), 0), coalesce(sum(people), 0),
    count(CASE WHEN visits > 0 AND resolved THEN 1 END),
    coalesce(sum(letters), 0), count(CASE WHEN letters > 0 THEN 1 END),
    count(CASE WHEN letters > 0 AND resolved THEN 1 END)
FROM (
    SELECT visits, people, letters, (
        SELECT r.status = 'resolved' AND (r.resolved_date IS NULL OR r.resolved_date = '' OR r.resolved_date <= :end)
        FROM receptions r WHERE r.case_code = m.case_code AND r.deleted_at IS NULL AND r.date <= :end
        ORDER BY r.date DESC, r.id DESC LIMIT 1) AS resolved
    FROM (
        SELECT case_code, count(CASE WHEN channel = 'visit' THEN 1 END) AS visits,
            coalesce(sum(CASE WHEN channel = 'visit' THEN people_count END), 0) AS people,
            count(CASE WHEN channel = 'letter' THEN 1 END) AS letters
        FROM receptions WHERE deleted_at IS NULL AND date BETWEEN :start AND :end
        GROUP BY case_code) m)
"""


def _reception(led: Reads, p: Period) -> dict[str, Any]:
    """The lượt and đơn of ``p`` (the cùng kỳ's figures): those of ``reception_section``,
    computed by SQLite without a row per entry."""
    v_cases, visits, people, v_resolved, letters, l_cases, l_resolved = led.db.execute(
        _RECEPTION_FIGURES, {"start": p.start.isoformat(), "end": p.end.isoformat()}).fetchone()
    return _visits_letters(visits, people, v_cases, v_resolved, letters, l_cases, l_resolved)


def reception_section(led: Ledger, p: Period, *, as_of: dt.date) -> dict[str, Any]:
    """The lượt and đơn of ``p``, their vụ việc as they stood at the period's end, and how
    many of those were past their deadline on ``as_of`` (``Matter.overdue``, core.deadlines).

    One read of the matters' entries as tuples (``_MATTER_ENTRIES``, sorted by SQLite), folded
    matter by matter by the rules of ``core.deadlines.build_matters``: a matter takes its
    category, complexity, attempt and receipt from its first entry, the earliest acceptance
    date up to the day, and its handling and status from its latest entry up to the day; it
    is resolved that day if that entry is, with no resolution date or one on or before the
    day. Only a matter still open and accepted for handling on ``as_of`` has a deadline to
    miss. No matter or record dict is built.
    """
    start, end, day = p.start.isoformat(), p.end.isoformat(), as_of.isoformat()
    rows = led.db.execute(_MATTER_ENTRIES, {"start": start, "end": end, "until": max(end, day)}).fetchall()
    rows.append(_END_OF_ENTRIES)
    by_category = _zeros("reception.category")
    by_handling = _zeros("reception.handling")
    visits = people = letters = v_cases = v_resolved = l_cases = l_resolved = cases = resolved = 0
    open_accepted: list[tuple[Any, ...]] = []  # (case_code, received, category, complexity, attempt, accepted)
    # One matter's state as its entries go by (they come by case, then date and id): its
    # first entry; its latest entry up to the period's end (``at_end``) and up to as_of
    # (``on_day``); its earliest acceptance so far, and as of as_of; its lượt, people, đơn.
    code = first = at_end = on_day = accepted = accepted_on_day = None
    v = n = letter = 0
    for row in rows:
        if row[0] != code:
            if at_end is not None:  # the previous matter is complete: count it
                done = at_end[4] == "resolved" and (not at_end[5] or at_end[5] <= end)
                cases += 1
                resolved += done
                by_category[first[7]] = by_category.get(first[7], 0) + 1
                by_handling[at_end[6]] = by_handling.get(at_end[6], 0) + 1
                if v:
                    visits += v
                    people += n
                    v_cases += 1
                    v_resolved += done
                if letter:
                    letters += letter
                    l_cases += 1
                    l_resolved += done
            if on_day is not None and on_day[6] == "accept" and not (
                    on_day[4] == "resolved" and (not on_day[5] or on_day[5] <= day)):
                open_accepted.append((first[0], first[1], first[7], first[8], first[9], accepted_on_day))
            code, first = row[0], row
            at_end = on_day = accepted = accepted_on_day = None
            v = n = letter = 0
        date = row[1]
        if row[10] and (accepted is None or row[10] < accepted):
            accepted = row[10]
        if date <= end:
            at_end = row
            if date >= start:
                if row[2] == "visit":
                    v += 1
                    n += int(row[3] or 0)
                elif row[2] == "letter":
                    letter += 1
        if date <= day:
            on_day, accepted_on_day = row, accepted
    out = _visits_letters(visits, people, v_cases, v_resolved, letters, l_cases, l_resolved)
    out["cases"] = {
        "count": cases,
        "resolved": resolved,
        "overdue": _count_overdue(led, open_accepted, as_of),
        "as_of": day,
        "by_category": by_category,
        "by_handling": by_handling,
    }
    return out


def _count_overdue(led: Ledger, open_accepted: list[tuple[Any, ...]], as_of: dt.date) -> int:
    """How many of the matters open and accepted for handling on ``as_of`` (``(case_code,
    received, category, complexity, attempt, accepted)`` as they stood that day) are past
    their deadline that day (``Matter.overdue``), by the unit's deadline settings."""
    if not open_accepted:
        return 0
    unit = led.unit() or {}
    remote, petition_days = bool(unit.get("remote_area")), unit.get("petition_deadline_days")
    rules = led.get_setting("deadline_rules", DEFAULT_RULES)
    return sum(
        open_matter(code, first={"date": received, "category": category, "complexity": complexity,
                                 "attempt": attempt},
                    handling="accept", accepted=accepted, remote=remote, petition_days=petition_days,
                    rules=rules).overdue(as_of)
        for code, received, category, complexity, attempt, accepted in open_accepted
    )


def _counts(key: str, values: Iterable[str]) -> dict[str, int]:
    """How many of ``values`` are each choice of ``key`` (every choice, zeros included; a
    value outside the choices after them, in the order first met)."""
    out = _zeros(key)
    out.update(Counter(values))
    return out


def _models(led: Reads, p: Period, own_name: str) -> dict[str, Any]:
    rows = led.db.execute(
        "SELECT registered_date, unit_name, field, level, holder, status, type FROM models "
        "WHERE deleted_at IS NULL AND registered_date <= ?", [p.end.isoformat()]).fetchall()
    start = p.start.isoformat()
    own = own_name.strip().casefold()
    units = [name.strip().casefold() if name else own for _d, name, *_rest in rows]
    out: dict[str, Any] = {
        "count": len(rows),
        "new": sum(1 for r in rows if r[0] >= start),
        "units": len(set(units)),
    }
    for key, choice, i in (("by_field", "model.field", 2), ("by_level", "model.level", 3),
                           ("by_holder", "model.holder", 4), ("by_status", "model.status", 5),
                           ("by_type", "model.type", 6)):
        out[key] = _counts(choice, (r[i] for r in rows))
    # Mô hình điểm are counted by the units that build them ("chọn 03 đơn vị để xây dựng mô
    # hình điểm của tỉnh"), at each level.
    pilots = [(r[3], unit) for r, unit in zip(rows, units) if r[5] == "pilot"]
    by_level = _zeros("model.level")
    for level in by_level:
        by_level[level] = len({unit for lv, unit in pilots if lv == level})
    out["pilot_units"] = len({unit for _lv, unit in pilots})
    out["pilot_units_by_level"] = by_level
    return out


def models_section(led: Ledger, p: Period, own_name: str) -> dict[str, Any]:
    return _models(led, p, own_name)


def awards_section(led: Ledger, p: Period) -> dict[str, Any]:
    rows = led.db.execute(
        "SELECT movement, recipient_type, level, issuer FROM awards "
        "WHERE deleted_at IS NULL AND date BETWEEN ? AND ? ORDER BY date, id", _bounds(p)).fetchall()
    # One group per movement the awards were for, naming who gave them: the sentence of
    # seed 000 ("được Ban Thường vụ Đảng ủy Khối và Ban Dân vận Tỉnh ủy khen thưởng về ...").
    groups: dict[str, dict[str, Any]] = {}
    issuers: dict[str, Counter[str]] = {}
    for movement, recipient_type, level, issuer in rows:
        movement = movement or "other"
        g = groups.setdefault(movement, {"movement": movement, "count": 0, "collective": 0,
                                         "individual": 0, "by_level": _zeros("award.level")})
        g["count"] += 1
        g[recipient_type] += 1
        g["by_level"][level] += 1
        issuers.setdefault(movement, Counter())[" ".join(issuer.split())] += 1
    for movement, g in groups.items():
        g["issuers"] = [name for name, _n in issuers[movement].most_common()]
    by_level = _zeros("award.level")
    for _movement, _recipient, level, _issuer in rows:
        by_level[level] += 1
    return {
        "count": len(rows),
        "collective": sum(1 for r in rows if r[1] == "collective"),
        "individual": sum(1 for r in rows if r[1] == "individual"),
        "by_level": by_level,
        "groups": sorted(groups.values(), key=lambda g: (-g["count"], g["movement"])),
    }


def ratings_section(led: Ledger, p: Period) -> dict[str, Any]:
    year = p.end.year
    by_grade = _zeros("rating.grade")
    for grade, n in led.db.execute(
        "SELECT grade, count(*) FROM ratings WHERE deleted_at IS NULL AND year = ? GROUP BY grade", [year]
    ):
        by_grade[grade] = n
    (scored,) = led.db.execute(
        "SELECT count(score) FROM ratings WHERE deleted_at IS NULL AND year = ?", [year]
    ).fetchone()
    return {
        "year": year,
        "count": sum(by_grade.values()),
        "by_grade": by_grade,
        "good_or_better": by_grade["HTXSNV"] + by_grade["HTTNV"],
        "scored": scored,
    }


def commitments_section(led: Ledger, p: Period) -> dict[str, Any] | None:
    """The year's đăng ký cam kết (the year of the period's end); None when not recorded."""
    year = p.end.year
    rows = led.db.execute(
        "SELECT content, organisations_total, organisations_organised, members_total, "
        "members_registered FROM commitments WHERE deleted_at IS NULL AND year = ? ORDER BY id",
        [year],
    ).fetchall()
    if not rows:
        return None
    with_orgs = [r for r in rows if r[1] is not None]
    contents = Counter(" ".join(r[0].split()) for r in rows)
    return {
        "year": year,
        "records": len(rows),
        "organisations_total": sum(r[1] for r in with_orgs) if with_orgs else None,
        "organisations_organised": sum(r[2] for r in with_orgs) if with_orgs else None,
        "members_total": sum(r[3] for r in rows),
        "members_registered": sum(r[4] for r in rows),
        "members_rate": percent_value(sum(r[4] for r in rows), sum(r[3] for r in rows)),
        "contents": [c for c, _n in contents.most_common()],
    }


# ------------------------------------------------------------------ cùng kỳ
def _get(data: dict[str, Any], path: str) -> dict[str, Any]:
    for part in path.split("."):
        data = data[part]
    return data


def complete_only(section: str, figures: dict[str, Any]) -> dict[str, Any]:
    """A period's figures fit to compare with: one counted for only some meetings (or
    dialogues) becomes None, since set against a complete one it would show a false change."""
    out = dict(figures)
    count = out.get("count") or 0
    if section == "meetings":
        if (out.get("attendance_meetings") or 0) < count:
            out["attendance"] = out["others_present"] = None
        if (out.get("members_meetings") or 0) < count:
            out["members_present"] = out["members_expected"] = None
    elif section == "dialogues":
        for key in ("participants", "opinions"):
            if (out.get(f"{key}_dialogues") or 0) < count:
                out[key] = None
    return out


#: The record kinds whose cùng kỳ figures come from records (when they cover that period).
_COMPARED_KINDS = ("meeting", "dialogue", "reception", "model")


def _previous_figures(led: Reads, prev: Period, own_name: str, covered: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Each section's cùng kỳ figures from records, for the kinds whose records cover that
    period (``covered``: ``Ledger.records_cover``)."""
    covered = set(covered)
    out: dict[str, dict[str, Any]] = {}
    if "meeting" in covered:
        out["meetings"] = complete_only("meetings", _meetings(led, prev))
    if "dialogue" in covered:
        out["dialogues"] = complete_only("dialogues", _dialogues(led, prev))
    if "reception" in covered:
        r = _reception(led, prev)
        out["reception.visits"], out["reception.letters"] = r["visits"], r["letters"]
    if "model" in covered:
        out["models"] = _models(led, prev, own_name)
    return out


def attach_previous(summary: dict[str, Any], *, records: dict[str, dict[str, Any]],
                    baseline: dict[str, Any] | None) -> dict[str, Any]:
    """Give each compared section its ``previous``: records, else hand figures, else nothing.

    ``previous.source`` is "records", "baseline" (entered by hand) or None (not recorded:
    every figure None, and no report compares with it). A section whose records cover the
    cùng kỳ ignores hand figures for it (``baseline_ignored``). Returns the summary's
    ``baseline`` block: the hand figures with the sections that used or ignored them.
    """
    figures = (baseline or {}).get("figures") or {}
    used: list[str] = []
    ignored: list[str] = []
    for path, keys in PREVIOUS_KEYS.items():
        hand = {k: figures.get(f"{path}.{k}") for k in keys}
        has_hand = any(v is not None for v in hand.values())
        if path in records:
            prev: dict[str, Any] = {k: records[path].get(k) for k in keys}
            prev["source"] = "records"
            if has_hand:
                prev["baseline_ignored"] = True
                ignored.append(path)
        elif has_hand:
            prev = {**hand, "source": "baseline"}
            used.append(path)
        else:
            prev = {**{k: None for k in keys}, "source": None}
        if path in _RATES:
            rate, part, whole = _RATES[path]
            prev[rate] = _rate(prev.get(part), prev.get(whole))
        _get(summary, path)["previous"] = prev
    if baseline is None:
        return {}
    return {"period": baseline["period"], "figures": dict(figures), "note": baseline.get("note", ""),
            "used": used, "ignored": ignored}


def summarize(led: Ledger, p: Period, *, as_of: dt.date | None = None) -> dict[str, Any]:
    """The summary of ``p`` for the unit in ``led`` (see docs/summary.md for every key).

    :param as_of: the day deadlines are judged on; default today
    """
    unit = led.unit() or {}
    as_of = as_of or dt.date.today()
    prev = p.previous_year()
    own = unit.get("name", "")
    with led.reading():  # one consistent read of the whole file: no write meanwhile
        covered = [kind for kind in _COMPARED_KINDS if led.records_cover(kind, prev)]
        # The meetings and the cùng kỳ are all SQL: read beside the other sections.
        beside = _beside(led, lambda on: (meetings_section(on, p), _previous_figures(on, prev, own, covered)))
        try:
            sections = {
                "dialogues": dialogues_section(led, p),
                "reception": reception_section(led, p, as_of=as_of),
                "models": models_section(led, p, own),
                "awards": awards_section(led, p),
                "ratings": ratings_section(led, p),
                "commitments": commitments_section(led, p),
            }
        finally:
            meetings, previous = beside()
        summary: dict[str, Any] = {
            "schema": SCHEMA,
            "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "unit": {
                "code": unit.get("code", ""),
                "name": own,
                "type": unit.get("type", ""),
                "superior": unit.get("superior", ""),
                "members": unit.get("members", 0),
            },
            "period": p.to_dict(),
            "previous_period": prev.to_dict(),
            "meetings": meetings,
            **sections,
        }
        summary["baseline"] = attach_previous(summary, records=previous, baseline=led.baseline(prev)) or None
        return summary


__all__ = ["PREVIOUS_KEYS", "SCHEMA", "attach_previous", "complete_only", "summarize"]
