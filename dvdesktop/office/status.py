"""Who has reported for a period: on time, late, or missing, against the period's due date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.core.ledger import Ledger
from dvdesktop.core.periods import parse_period
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


@dataclass(slots=True)
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


def period_key(period: object) -> str:
    key = getattr(period, "key", period)
    text = str(key).strip()
    if not text:
        raise OfficeError(QT_TRANSLATE_NOOP("Office", "Chưa nhập kỳ báo cáo."))
    # Canonical key, so "H1/2026" typed at the office finds packages labelled "2026-H1".
    return parse_period(text).key


def set_due(led: Ledger, *, period: object, due: date | None) -> None:
    """Set (or clear, with ``None``) the due date of ``period`` (inclusive).

    :param period: a key such as ``"2026-H1"`` or a ``Period``
    :param due: e.g. ``date(2026, 7, 10)``
    """
    key = period_key(period)
    old = get_due(led, period=key)
    with led.writing("received") as db:
        db.execute("INSERT INTO periods (key, due_date) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                   "due_date = excluded.due_date", [key, due.isoformat() if due else None])
        led.log("update", "due_date", None, {"period": key, "due": old.isoformat() if old else None},
                {"period": key, "due": due.isoformat() if due else None})


def get_due(led: Ledger, *, period: object) -> date | None:
    """The due date of ``period``, or ``None`` if none was set."""
    key = period_key(period)
    with led.reading() as db:
        row = db.one("SELECT due_date FROM periods WHERE key = ?", [key])
    return date.fromisoformat(row["due_date"]) if row and row["due_date"] else None


def status(led: Ledger, *, period: object) -> list[UnitStatus]:
    """Every registered unit's status for ``period``, ordered by unit code."""
    key = period_key(period)
    due = get_due(led, period=key)
    out = []
    parsed: dict[str, datetime] = {}  # a stick imported in a minute stamps many alike

    def parse(text: str) -> datetime:
        when = parsed.get(text)
        if when is None:
            when = parsed[text] = datetime.fromisoformat(text)
        return when

    # Per unit: first and last received, the active revision, read from the
    # submissions_period index (never the rows that carry PDFs) in one pass. Kept as plain
    # strings and ints in three dicts, and the units read row by row: no container per
    # submission or per unit outlives its row but the UnitStatus returned. A list and a
    # tuple per unit besides made 10,000 units cost 15-20x 1,000: the garbage collector's
    # passes over every survivor, a full one among them.
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    active: dict[str, int] = {}
    with led.reading() as db:
        for code, revision, state, received in db.execute(
                "SELECT unit_code, revision, status, received_at FROM submissions "
                "WHERE period = ? ORDER BY received_at", [key]):
            first.setdefault(code, received)
            last[code] = received
            if state == "active":
                active.setdefault(code, revision)
        # A unit replaced by another (a merge, ``khoi successor``) is no longer awaited.
        for code, name in db.execute(
                "SELECT code, name FROM units WHERE code NOT IN (SELECT old_code FROM unit_successors "
                "WHERE old_code NOT IN (SELECT unit_code FROM submissions WHERE period = ?)) "
                "ORDER BY code", [key]):
            received = first.get(code)
            if received is None:
                out.append(UnitStatus(code, name, "missing", due))
                continue
            when = parse(received)
            if due is None:
                state = "submitted"
            else:
                state = "on_time" if when.date() <= due else "late"
            out.append(UnitStatus(code, name, state, due, when, parse(last[code]), active.get(code)))
    return out
