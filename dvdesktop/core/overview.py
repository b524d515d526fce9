"""What the window's overview shows: a period's figures and what needs attention now."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dvdesktop.core.ledger import Ledger
from dvdesktop.core.periods import Period

__all__ = ["overview"]


def overview(led: Ledger, period: str | Period, *, today: dt.date) -> dict[str, Any]:
    """What the window's overview shows for ``period`` on ``today``: its figures, this
    year's dialogues held (with the people: citizens, residential areas) and planned,
    and the vụ việc still open that are overdue or due soon (soonest first)."""
    p = led.period(period)
    # Held this year (a dialogue announced for a later day is planned, not held yet).
    this_year = led.list("dialogue", period=str(today.year), order_by="date")
    dialogues = [d for d in this_year if d["date"] <= today.isoformat()]
    planned = [d for d in this_year if d["date"] > today.isoformat()]
    people = ("citizens", "residential_area")
    with_people = [d for d in dialogues if d["counterpart"] in people]
    # Only vụ việc still open: resolved ones never reach Python.
    matters = [m for m in led.matters(open_only=True) if m.overdue(today) or m.due_soon(today)]
    matters.sort(key=lambda m: m.due() or today)
    return {"summary": led.summary(p, as_of=today), "period": p, "unit": led.unit() or {},
            "dialogues": len(dialogues), "with_people": len(with_people), "matters": matters,
            "planned": [d for d in planned if d["counterpart"] in people],
            "demo": bool(led.get_setting("demo"))}
