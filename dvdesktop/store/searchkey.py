"""Where a record sits in the search index: the FTS5 rowid that says its kind, trash and date.

The rowid is ``kind code << 53 | deleted << 52 | day << 32 | record id`` (m085), where
``day`` is the record's date as a proleptic ordinal (``date.toordinal()``; a year kind's
record counts from 1 January of its year). A kind's live records therefore sit in one
rowid range, its deleted ones in the range above, and inside each range the rowids run in
a list's default order (date, then id). So a list's search needs nothing but the index:
its count is a count of the MATCH rows in a range (a period narrows the range to its days)
and its first page the last 200 of those rows. The layout is part of the file's schema:
changing it needs a migration that moves every entry, as m085 did.
"""

from __future__ import annotations

import datetime as dt

KIND_SHIFT = 53  # bits below the kind code
DELETED = 1 << 52
DAY_SHIFT = 32
DAY_MAX = (1 << 20) - 1  # 31 December 2870
ID_MASK = (1 << DAY_SHIFT) - 1
KIND_SPAN = 1 << KIND_SHIFT


def day_number(value: object) -> int:
    """The day of a record's date field: ``"2025-06-12"`` or a year (``2025``, its 1 January).

    A value that is no date (none is stored: validation refuses them) counts as day 0.
    """
    try:
        if isinstance(value, int) and not isinstance(value, bool):
            day = dt.date(value, 1, 1).toordinal()
        elif isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            day = dt.date(int(value[:4]), int(value[5:7]), int(value[8:])).toordinal()
        else:
            return 0
    except ValueError:
        return 0
    return day if day <= DAY_MAX else 0


def rowid(code: int, record_id: int, date: object, *, deleted: bool = False) -> int:
    """The search rowid of record ``record_id`` of the kind numbered ``code``."""
    if not 0 < record_id <= ID_MASK:
        raise ValueError(f"record id out of the search index's range: {record_id}")
    return ((code << KIND_SHIFT) | (DELETED if deleted else 0) | (day_number(date) << DAY_SHIFT)
            | record_id)


def rowid_range(code: int, *, deleted: bool = False, first_day: int = 0,
                last_day: int = DAY_MAX) -> tuple[int, int]:
    """The rowids (inclusive) of a kind's live or deleted records dated between two days."""
    base = (code << KIND_SHIFT) | (DELETED if deleted else 0)
    return base | (first_day << DAY_SHIFT), base | (last_day << DAY_SHIFT) | ID_MASK


def record_id(search_rowid: int) -> int:
    return search_rowid & ID_MASK


def kind_code(search_rowid: int) -> int:
    return search_rowid >> KIND_SHIFT


def is_deleted(search_rowid: int) -> bool:
    return bool(search_rowid & DELETED)
