"""The records' actions: add, update, delete, restore (undo and the trash), the unit's profile.

Each runs one Ledger call off the UI thread; what it changed is what the Ledger recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from dvdesktop.operations.runner import read, run_op

Success = Callable[[Any], None] | None
Failure = Callable[[BaseException], bool | None] | None


def add_record(*, parent: QWidget | None, kind: str, values: Mapping[str, Any], success: Success = None,
               failure: Failure = None) -> None:
    """Add a record of ``kind``; ``success(record)`` with it as stored."""
    data = dict(values)
    run_op(parent, lambda led: led.add(kind, data), success=success, failure=failure)


def update_record(*, parent: QWidget | None, kind: str, record_id: int, values: Mapping[str, Any],
                  success: Success = None, failure: Failure = None) -> None:
    """Change the record ``record_id`` of ``kind``; ``success(record)`` with it as stored."""
    data = dict(values)
    run_op(parent, lambda led: led.update(kind, record_id, data), success=success, failure=failure)


def delete_record(*, parent: QWidget | None, kind: str, record_id: int, success: Success = None) -> None:
    """Move the record to the trash (it can be restored)."""
    run_op(parent, lambda led: led.delete(kind, record_id), success=success)


def restore_record(*, parent: QWidget | None, kind: str, record_id: int, success: Success = None) -> None:
    """Bring a record back from the trash; ``success(record)``."""
    run_op(parent, lambda led: led.restore(kind, record_id), success=success)


def empty_trash(*, parent: QWidget | None, success: Success = None) -> None:
    """Delete for good what is in the trash; ``success(count)``."""
    run_op(parent, lambda led: led.empty_trash(), success=success)


def save_unit(*, parent: QWidget | None, values: Mapping[str, Any], success: Success = None,
              failure: Failure = None) -> None:
    """Save the unit's profile (validated); ``success(unit)``."""
    data = dict(values)
    run_op(parent, lambda led: led.set_unit(data), success=success, failure=failure)


# ------------------------------------------------------------------ cheap reads (this thread)
def get_record(kind: str, record_id: int) -> dict[str, Any]:
    return read(lambda led: led.get(kind, record_id))


def trash() -> list[dict[str, Any]]:
    return read(lambda led: led.trash())


def unit() -> dict[str, Any]:
    """The unit's profile, ``{}`` before it is set."""
    return read(lambda led: led.unit()) or {}


def receives() -> bool:
    """Whether the open file is a body's that receives its units' packages (``Ledger.receives``)."""
    return read(lambda led: led.receives())


def cutoff_day() -> int:
    return read(lambda led: led.cutoff_day())


def data_path() -> str:
    return read(lambda led: led.path)


def previous_year_key(key: str | None) -> str | None:
    """The same period a year before (``2026-H1`` → ``2025-H1``), None for no period."""
    return read(lambda led: led.period(key).previous_year().key) if key else None


def data_years() -> list[int]:
    """The years the file holds records of (the period pickers offer them)."""
    return read(lambda led: led.years())


def today() -> dt.date:
    """The day the file's rules judge by (``Ledger.today``: a demo file may fix it)."""
    return read(lambda led: led.today())


def document_refs() -> list[str]:
    """The references of the documents meetings were about, for the picker."""
    return read(lambda led: [d["ref"] for d in led.documents()])


def history(kind: str, record_id: int) -> list[dict[str, Any]]:
    """The audit entries of one record, oldest first."""
    return read(lambda led: led.audit(kind=kind, record_id=record_id))
