"""Who has reported for a period: on time, late, or missing, against the period's due date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlite_utils

from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.office.errors import OfficeError

__all__ = ["STATES", "UnitStatus", "get_due", "set_due", "status"]

#: ``submitted``: received, but no due date was set for the period.
STATES = ("on_time", "late", "missing", "submitted")

STATE_LABELS = {
    "on_time": QT_TRANSLATE_NOOP("Office", "Đúng hạn"),
    "late": QT_TRANSLATE_NOOP("Office", "Trễ hạn"),
    "missing": QT_TRANSLATE_NOOP("Office", "Chưa gửi"),
    "submitted": QT_TRANSLATE_NOOP("Office", "Đã gửi"),
}


@dataclass
class UnitStatus:
    """One registered unit's standing for a period.

    ``first_received`` decides on time or late: a unit that reported on time and sent a
    correction later is still on time. ``revision`` is the active (latest) one.
    """

    unit_code: str
    unit_name: str
    state: str
    due: date | None
    first_received: datetime | None = None
    last_received: datetime | None = None
    revision: int | None = None

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


def _period_key(period: object) -> str:
    key = getattr(period, "key", period)
    text = str(key).strip()
    if not text:
        raise OfficeError(QT_TRANSLATE_NOOP("Office", "Chưa nhập kỳ báo cáo."))
    from dvdesktop.core.periods import parse_period

    # Canonical key, so "H1/2026" typed at the office finds packages labelled "2026-H1".
    return parse_period(text).key


def set_due(db: sqlite_utils.Database, *, period: object, due: date | None) -> None:
    """Set (or clear, with ``None``) the due date of ``period`` (inclusive).

    :param period: a key such as ``"2026-H1"`` or a ``Period``
    :param due: e.g. ``date(2026, 7, 10)``
    """
    key = _period_key(period)
    with db.atomic():
        db["periods"].upsert({"key": key, "due_date": due.isoformat() if due else None}, pk="key")


def get_due(db: sqlite_utils.Database, *, period: object) -> date | None:
    """The due date of ``period``, or ``None`` if none was set."""
    key = _period_key(period)
    rows = list(db["periods"].rows_where("key = ?", [key]))
    return date.fromisoformat(rows[0]["due_date"]) if rows and rows[0]["due_date"] else None


def status(db: sqlite_utils.Database, *, period: object) -> list[UnitStatus]:
    """Every registered unit's status for ``period``, ordered by unit code."""
    key = _period_key(period)
    due = get_due(db, period=key)
    out = []
    for unit in db["units"].rows_where(order_by="code"):
        subs = list(db.query(
            "SELECT revision, status, received_at FROM submissions "
            "WHERE unit_code = ? AND period = ? ORDER BY received_at",
            [unit["code"], key],
        ))
        if not subs:
            out.append(UnitStatus(unit["code"], unit["name"], "missing", due))
            continue
        first = datetime.fromisoformat(subs[0]["received_at"])
        last = datetime.fromisoformat(subs[-1]["received_at"])
        active = [s["revision"] for s in subs if s["status"] == "active"]
        if due is None:
            state = "submitted"
        else:
            state = "on_time" if first.date() <= due else "late"
        out.append(UnitStatus(
            unit["code"], unit["name"], state, due, first, last, active[0] if active else None
        ))
    return out
