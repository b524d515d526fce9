"""Fast paths equal the plain computation they replace, on any data: the summary's reception
figures from one SQL read equal those of the matters built in Python (``Ledger.matters`` +
``core.deadlines``); folding text by table equals folding it whole; dates and numbers
formatted without babel or from a cache equal babel's own; the overview's deadline list from
entries folded as they stream equals the open matters built whole."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvdesktop.core import aggregate
from dvdesktop.core.fmt import percent_value
from dvdesktop.core.ledger import Ledger
from dvdesktop.core.periods import parse_period
from tests.conftest import UNIT

DAY0 = dt.date(2024, 1, 1)
LAST = 730  # days: 2024 and 2025

entry = st.fixed_dictionaries({
    "case": st.integers(0, 7),
    "day": st.integers(0, LAST),
    "channel": st.sampled_from(["visit", "letter"]),
    "category": st.sampled_from(["complaint", "denunciation", "petition", "feedback"]),
    "handling": st.sampled_from(["accept", "guide", "transfer"]),
    "complexity": st.sampled_from(["normal", "complex", "very_complex"]),
    "status": st.sampled_from(["pending", "resolved"]),
    "resolved_after": st.integers(0, 200),
    "accepted_after": st.none() | st.integers(0, 15),
    "people": st.integers(1, 6),
    "deleted": st.booleans(),
})


def add_entries(led: Ledger, entries: list[dict]) -> None:
    """Save the random reception ``entry`` dicts (a second attempt when more than four people
    came), skipping a combination the form refuses, and trash those marked deleted."""
    from dvdesktop.core.validation import ValidationError

    for e in entries:
        date = DAY0 + dt.timedelta(days=e["day"])
        rec = {"date": date.isoformat(), "channel": e["channel"], "case_code": f"VV-{e['case']}",
               "category": e["category"], "handling": e["handling"], "complexity": e["complexity"],
               "people_count": e["people"], "content": "Nội dung", "status": e["status"],
               "attempt": "2" if e["people"] > 4 else "1"}
        accepted = date + dt.timedelta(days=e["accepted_after"] or 0)
        if e["accepted_after"] is not None and e["handling"] == "accept":
            rec["accepted_date"] = accepted.isoformat()
        if e["status"] == "resolved":
            rec["resolved_date"] = (accepted + dt.timedelta(days=e["resolved_after"])).isoformat()
        try:
            saved = led.add("reception", rec)
        except ValidationError:
            continue
        if e["deleted"]:
            led.delete("reception", saved["id"])


def python_reception(led: Ledger, p, as_of: dt.date) -> dict:
    """The reception section as computed before it moved to SQL: every matter built."""
    matters = {m.case_code: m for m in led.matters(period=p)}
    start, end = p.start.isoformat(), p.end.isoformat()
    entries = [e for m in matters.values() for e in m.entries if start <= e["date"] <= end]
    visits = [e for e in entries if e["channel"] == "visit"]
    letters = [e for e in entries if e["channel"] == "letter"]

    def cases(group):
        codes = {e["case_code"] for e in group}
        return len(codes), sum(1 for c in codes if matters[c].status == "resolved")

    v_cases, v_resolved = cases(visits)
    l_cases, l_resolved = cases(letters)
    by_category = aggregate._zeros("reception.category")
    by_handling = aggregate._zeros("reception.handling")
    for m in matters.values():
        by_category[m.category] += 1
        by_handling[m.handling] += 1
    judged = matters if as_of == p.end else {
        m.case_code: m for m in led.matters(case_codes=list(matters), as_of=as_of)} if matters else {}
    return {
        "visits": {"count": len(visits), "people": sum(e["people_count"] for e in visits),
                   "cases": v_cases, "cases_resolved": v_resolved,
                   "cases_rate": percent_value(v_resolved, v_cases)},
        "letters": {"count": len(letters), "cases": l_cases, "cases_resolved": l_resolved,
                    "cases_rate": percent_value(l_resolved, l_cases)},
        "cases": {"count": len(matters), "resolved": sum(1 for m in matters.values() if m.status == "resolved"),
                  "overdue": sum(1 for m in judged.values() if m.overdue(as_of)), "as_of": as_of.isoformat(),
                  "by_category": by_category, "by_handling": by_handling},
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=st.lists(entry, max_size=30), period=st.sampled_from(["2025", "Q2/2025", "06/2025", "2024"]),
       as_of_day=st.integers(300, LAST))
def test_reception_figures_in_sql_equal_the_matters_built_in_python(entries, period, as_of_day):
    with tempfile.TemporaryDirectory() as tmp:
        led = Ledger.open(Path(tmp) / "u.db", actor="tester")
        led.clock = lambda: dt.date(2026, 12, 31)
        led.set_unit(UNIT)
        ids = []
        for e in entries:
            date = DAY0 + dt.timedelta(days=e["day"])
            rec = {"date": date.isoformat(), "channel": e["channel"], "case_code": f"VV-{e['case']}",
                   "category": e["category"], "handling": e["handling"], "complexity": e["complexity"],
                   "people_count": e["people"], "content": "Nội dung", "status": e["status"]}
            accepted = date + dt.timedelta(days=e["accepted_after"] or 0)
            if e["accepted_after"] is not None and e["handling"] == "accept":  # only an accepted matter
                rec["accepted_date"] = accepted.isoformat()
            if e["status"] == "resolved":  # a resolved entry states its day, after its acceptance
                rec["resolved_date"] = (accepted + dt.timedelta(days=e["resolved_after"])).isoformat()
            saved = led.add("reception", rec)
            if e["deleted"]:
                led.delete("reception", saved["id"])
            ids.append(saved["id"])
        p = parse_period(period)
        as_of = DAY0 + dt.timedelta(days=as_of_day)
        for day in (as_of, p.end):
            with led.reading():
                sql = aggregate.reception_section(led, p, as_of=day)
                prev = aggregate._reception(led, p)
            want = python_reception(led, p, day)
            assert sql == want
            assert {k: prev[k] for k in ("visits", "letters")} == {k: want[k] for k in ("visits", "letters")}
        led.close()


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40) | st.text(alphabet="aăâeêioôơuưyAĂÂĐđÉẾỆỲÝỴỵ̃̀́̃̉ßİ \u0301", max_size=20))
def test_folding_by_table_equals_folding_the_whole_text(text):
    from dvdesktop.store.fold import _fold_slow, fold

    assert fold(text) == _fold_slow(text)


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=dt.date(1, 1, 1)), locale=st.sampled_from(["vi_VN", "en", "en_US", "vi"]),
       n=st.integers(-10**12, 10**12) | st.integers(-5, 1500) | st.floats(-1e9, 1e9, allow_nan=False))
def test_fast_formatting_equals_babel(day, locale, n):
    from babel.dates import format_date
    from babel.numbers import format_decimal

    from dvdesktop.core import fmt

    assert fmt.date_short(day, locale=locale) == format_date(day, "dd/MM/yyyy", locale=locale)
    want = format_decimal(n, locale=locale)
    assert fmt.number(n, locale=locale) == ("0" if want == "-0" else want)
    assert fmt.number(n, locale=locale) == fmt.number(n, locale=locale)  # from the cache, the same


meeting_record = st.fixed_dictionaries({
    "day": st.integers(0, LAST),
    "kind": st.sampled_from(["study_resolution", "regular_cell", "thematic"]),
    "expected": st.none() | st.integers(0, 60),
    "present": st.none() | st.integers(0, 60),
    "others": st.none() | st.integers(0, 40),
    "others_kind": st.none() | st.sampled_from(["staff", "elite_masses", "citizens"]),
    "sites": st.integers(1, 4),
    "documents": st.lists(st.sampled_from(["25-NQ/TW", "43-KL/TW", "01-CT/TU"]), max_size=2, unique=True),
    "deleted": st.booleans(),
})


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings=st.lists(meeting_record, max_size=20), entries=st.lists(entry, max_size=20),
       period=st.sampled_from(["2025", "H1/2025", "Q2/2025", "06/2025", "2024"]),
       as_of_day=st.integers(300, LAST + 30), petition_days=st.none() | st.integers(10, 60),
       remote=st.booleans())
def test_whole_summary_equals_the_plain_computation(meetings, entries, period, as_of_day, petition_days, remote):
    """Every figure of ``Ledger.summary`` (overdue matters judged from the entries read for
    the period, no matter built from its records) equals the summary as computed before
    (tests/summary_reference.py), on random meetings and receptions, for any day judged on
    and any deadline settings of the unit."""
    from dvdesktop.core.validation import ValidationError
    from tests import summary_reference

    with tempfile.TemporaryDirectory() as tmp:
        led = Ledger.open(Path(tmp) / "u.db", actor="tester")
        led.clock = lambda: dt.date(2026, 12, 31)
        led.set_unit({**UNIT, "petition_deadline_days": petition_days, "remote_area": remote})
        for m in meetings:
            rec = {"date": (DAY0 + dt.timedelta(days=m["day"])).isoformat(), "kind": m["kind"], "title": "Hội nghị",
                   "members_expected": m["expected"], "members_present": m["present"],
                   "others_present": m["others"], "others_kind": m["others_kind"], "sites": m["sites"],
                   "documents": m["documents"]}
            try:
                saved = led.add("meeting", rec)
            except ValidationError:
                continue  # a combination the form refuses (e.g. more present than summoned)
            if m["deleted"]:
                led.delete("meeting", saved["id"])
        add_entries(led, entries)
        p = parse_period(period)
        as_of = DAY0 + dt.timedelta(days=as_of_day)
        for day in (as_of, p.end):
            fast = led.summary(p, as_of=day)
            with led.reading():
                plain = summary_reference.summarize(led, p, as_of=day)
            fast.pop("generated_at")
            plain.pop("generated_at")
            assert fast == plain
        led.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=st.lists(entry, max_size=30), today_day=st.integers(0, LAST + 60),
       petition_days=st.none() | st.integers(10, 60), remote=st.booleans(), custom_rules=st.booleans())
def test_overview_deadline_list_equals_the_open_matters_built_whole(entries, today_day, petition_days, remote,
                                                                    custom_rules):
    """``overview.attention`` (each vụ việc folded from its entries as they stream, no entry
    kept) lists the same vụ việc, in the same order, with the same deadlines as the open
    matters built whole (``Ledger.matters(open_only=True)``) filtered and sorted as before."""
    from dvdesktop.core.deadlines import DEFAULT_RULES
    from dvdesktop.core.overview import attention, open_matters

    with tempfile.TemporaryDirectory() as tmp:
        led = Ledger.open(Path(tmp) / "u.db", actor="tester")
        led.clock = lambda: dt.date(2026, 12, 31)
        led.set_unit({**UNIT, "petition_deadline_days": petition_days, "remote_area": remote})
        if custom_rules:
            led.set_setting("deadline_rules", {**DEFAULT_RULES, "complaint_accept_days": 5,
                                               "denunciation": {"normal": 20, "complex": 40, "very_complex": 50}})
        add_entries(led, entries)
        today = DAY0 + dt.timedelta(days=today_day)
        built = led.matters(open_only=True)
        whole = [m for m in built if m.overdue(today) or m.due_soon(today)]
        whole.sort(key=lambda m: m.due() or today)

        def seen(m):
            return (m.case_code, m.category, m.complexity, m.attempt, m.handling, m.status, m.received,
                    m.accepted, m.accept_due, m.resolve_due, m.due(), m.days_left(today), m.overdue(today))

        assert [seen(m) for m in open_matters(led)] == [seen(m) for m in built]
        assert [seen(m) for m in attention(led, today=today)] == [seen(m) for m in whole]
        led.close()


def test_overview_deadline_takes_the_earliest_acceptance_and_the_first_entry(ledger):
    """A vụ việc accepted twice counts from the earlier acceptance; its category and
    complexity are its first entry's (by date, then id), its handling its latest's."""
    from dvdesktop.core.overview import open_matters

    base = {"channel": "visit", "content": "Đất", "handling": "accept", "case_code": "A"}
    ledger.add_many("reception", [
        {**base, "date": "2026-01-05", "category": "complaint", "accepted_date": "2026-01-20"},
        {**base, "date": "2026-01-05", "category": "denunciation", "complexity": "complex",
         "accepted_date": "2026-01-06"},
        {**base, "date": "2026-01-09", "category": "petition", "accepted_date": "2026-01-30"},
        {**base, "date": "2026-02-01", "category": "complaint", "case_code": "B", "handling": "guide"},
    ])

    def seen(m):
        return (m.case_code, m.category, m.complexity, m.handling, m.accepted, m.accept_due, m.resolve_due)

    got = [seen(m) for m in open_matters(ledger)]
    assert got == [seen(m) for m in ledger.matters(open_only=True)]
    assert got[0][:5] == ("A", "complaint", "normal", "accept", dt.date(2026, 1, 6))


def test_cung_ky_figures_on_ties_and_the_last_day(tmp_path):
    """Two entries of a vụ việc on one day (the later one, by id, decides), and a matter
    resolved on the period's last day: the cùng kỳ's figures from SQL equal the matters'."""
    led = Ledger.open(tmp_path / "u.db", actor="tester")
    led.clock = lambda: dt.date(2026, 12, 31)
    led.set_unit(UNIT)

    def add(day, case, status, resolved=None, channel="visit", people=2):
        led.add("reception", {"date": day, "channel": channel, "case_code": case, "category": "complaint",
                              "handling": "accept", "people_count": people, "content": "Nội dung",
                              "status": status, "resolved_date": resolved})

    add("2025-03-01", "VV-1", "resolved", "2025-03-01")
    add("2025-03-01", "VV-1", "pending")                       # same day, later: pending wins
    add("2025-04-01", "VV-2", "pending", channel="letter")
    add("2025-04-01", "VV-2", "resolved", "2025-04-01", channel="letter")  # later: resolved wins
    add("2025-05-01", "VV-3", "resolved", "2025-12-31")        # resolved on the last day
    add("2025-06-01", "VV-4", "resolved", "2026-01-01")        # after the period: still open then
    p = parse_period("2025")
    with led.reading():
        got = aggregate._reception(led, p)
    want = python_reception(led, p, p.end)
    assert {k: got[k] for k in ("visits", "letters")} == {k: want[k] for k in ("visits", "letters")}
    assert got["visits"]["cases"] == 3 and got["visits"]["cases_resolved"] == 1  # VV-3 only
    assert got["letters"]["cases_resolved"] == 1
    led.close()


def test_overdue_on_each_side_of_every_kind_of_deadline(tmp_path):
    """A matter is overdue the day after its deadline, not on it: a complaint not accepted
    (10 days from receipt), one accepted (30 days from acceptance), a complex second
    complaint (60), a denunciation (30), a petition by the unit's own period, and one
    resolved late (on time until its resolution counts). The summary's count equals that
    of the matters built by ``core.deadlines`` on every day around those deadlines."""
    led = Ledger.open(tmp_path / "u.db", actor="tester")
    led.clock = lambda: dt.date(2026, 12, 31)
    led.set_unit({**UNIT, "petition_deadline_days": 15})

    def add(case, category, *, accepted=None, complexity="normal", attempt="1", status="pending", resolved=None):
        led.add("reception", {"date": "2025-03-01", "channel": "visit", "case_code": case, "category": category,
                              "handling": "accept", "people_count": 1, "content": "Nội dung",
                              "complexity": complexity, "attempt": attempt, "accepted_date": accepted,
                              "status": status, "resolved_date": resolved})

    add("VV-1", "complaint")                                        # due 2025-03-11 (acceptance)
    add("VV-2", "complaint", accepted="2025-03-05")                 # due 2025-04-04
    add("VV-3", "complaint", accepted="2025-03-05", complexity="complex", attempt="2")  # 2025-05-04
    add("VV-4", "denunciation")                                     # due 2025-03-31
    add("VV-5", "petition")                                         # due 2025-03-16
    add("VV-6", "denunciation", status="resolved", resolved="2025-04-20")  # open until 04-20
    p = parse_period("2025-H1")
    seen = set()
    for due in ("2025-03-11", "2025-04-04", "2025-05-04", "2025-03-31", "2025-03-16", "2025-04-20"):
        for delta in (-1, 0, 1):
            day = dt.date.fromisoformat(due) + dt.timedelta(days=delta)
            with led.reading():
                got = aggregate.reception_section(led, p, as_of=day)["cases"]["overdue"]
            want = sum(1 for m in led.matters(case_codes=[f"VV-{i}" for i in range(1, 7)], as_of=day)
                       if m.overdue(day))
            assert got == want, day
            seen.add(got)
    assert seen == {0, 1, 2, 4, 5}  # VV-4 and VV-6 fall due together; VV-6 leaves on 04-20
    led.close()
