"""What the window's overview shows: a period's figures and what needs attention now."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dvdesktop.core.deadlines import DEFAULT_RULES, Matter, open_matter
from dvdesktop.core.ledger import Ledger
from dvdesktop.core.periods import Period

__all__ = ["attention", "open_matters", "overview"]


def overview(led: Ledger, period: str | Period, *, today: dt.date) -> dict[str, Any]:
    """What the window's overview shows for ``period`` on ``today``: its figures, this
    year's dialogues held (with the people: citizens, residential areas) and planned,
    and the vụ việc still open that are overdue or due soon (soonest first; each a ``Matter``
    without its entries: ``attention``)."""
    p = led.period(period)
    # Held this year (a dialogue announced for a later day is planned, not held yet).
    this_year = led.list("dialogue", period=str(today.year), order_by="date")
    dialogues = [d for d in this_year if d["date"] <= today.isoformat()]
    planned = [d for d in this_year if d["date"] > today.isoformat()]
    people = ("citizens", "residential_area")
    with_people = [d for d in dialogues if d["counterpart"] in people]
    matters = attention(led, today=today)
    return {"summary": led.summary(p, as_of=today), "period": p, "unit": led.unit() or {},
            "dialogues": len(dialogues), "with_people": len(with_people), "matters": matters,
            "planned": [d for d in planned if d["counterpart"] in people],
            "demo": bool(led.get_setting("demo"))}


#: Every live entry, what a deadline depends on, in ``build_matters``' order within each
#: vụ việc (date, then id): the index on (case_code, date) gives that order without a sort.
_ENTRIES = """
SELECT case_code, date, category, complexity, attempt, handling, status, accepted_date
FROM receptions WHERE deleted_at IS NULL AND case_code IS NOT NULL ORDER BY case_code, date, id
"""


def attention(led: Ledger, *, today: dt.date) -> list[Matter]:
    """The vụ việc still open that are overdue or due soon on ``today``, soonest first (as
    ``Ledger.matters(open_only=True)`` filtered and sorted by due date), without their entries."""
    matters = [m for m in open_matters(led) if m.overdue(today) or m.due_soon(today)]
    matters.sort(key=lambda m: m.due() or today)
    return matters


def open_matters(led: Ledger) -> list[Matter]:
    """The vụ việc whose latest entry is pending, with their deadlines, in the order of
    ``Ledger.matters(open_only=True)``, each without its entries: the entries stream by as
    tuples, each vụ việc folded into what its deadlines depend on, so a unit's thousands of
    open matters never hold their visits and letters (about 35 MiB at 38,000 receptions)."""
    unit = led.unit() or {}
    rules = led.get_setting("deadline_rules", DEFAULT_RULES)
    remote, petition_days = bool(unit.get("remote_area")), unit.get("petition_deadline_days")
    matters: list[Matter] = []

    def fold(first: tuple[Any, ...], last: tuple[Any, ...], accepted: str | None) -> None:
        if last[6] != "pending":  # the latest entry decides: a resolved matter has no deadline
            return
        matters.append(open_matter(first[0], first={"date": first[1], "category": first[2],
                                                    "complexity": first[3], "attempt": first[4]},
                                   handling=last[5], accepted=accepted, remote=remote,
                                   petition_days=petition_days, rules=rules))

    with led.reading() as db:
        first: tuple[Any, ...] | None = None
        last: tuple[Any, ...] = ()
        accepted: str | None = None
        for row in db.execute(_ENTRIES):
            if first is None or row[0] != first[0]:
                if first is not None:
                    fold(first, last, accepted)
                first, accepted = row, None
            last = row
            if row[7] and (accepted is None or row[7] < accepted):  # ISO dates: as text, as dates
                accepted = row[7]
        if first is not None:
            fold(first, last, accepted)
    matters.sort(key=lambda m: (m.received or dt.date.min, m.case_code))
    return matters
