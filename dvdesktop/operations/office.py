"""The receiving side's actions: receive packages (a verified backup first), trust a unit's
key, trust a quarantined package, due dates, the consolidated report, the body's profile."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dvdesktop.operations.runner import current_file, read, run_op
from dvdesktop.operations.steps import StepRelay, run_steps

if TYPE_CHECKING:
    from dvdesktop.office import UnitStatus

# dvdesktop.office (the package verifier, the consolidation) is imported where an action
# runs, not here: about 180 ms (measured; openpyxl with it) that the window would spend at start-up.

translate = QCoreApplication.translate

Success = Callable[[Any], None] | None
Failure = Callable[[BaseException], bool | None] | None


def receive_packages(*, parent: QWidget | None, paths: Iterable[str], success: Success = None) -> StepRelay:
    """Back up the body's file, then import the packages ``paths`` (``office.receive_packages``)
    with a progress bar; ``success(results)``."""
    from dvdesktop import office

    file, chosen = current_file(), [p for p in paths if p]
    return run_steps(parent, lambda _led, progress: office.receive_packages(file, chosen, progress=progress),
                     title=translate("Office", "Nhận gói báo cáo"),
                     text=translate("Office", "Đang kiểm tra và nhận các gói…"), success=success, context="Office")


def register_key(*, parent: QWidget | None, unit_code: str, key_text: str, name: str | None,
                 success: Success = None) -> None:
    """Trust the unit's key, then look again at its quarantined packages;
    ``success((unit, results))``."""
    from dvdesktop import office

    run_op(parent, lambda led: office.register_key(led, unit_code=unit_code, pubkey_text=key_text, name=name),
           success=success)


def trust_quarantined(*, parent: QWidget | None, quarantine_id: int, success: Success = None) -> None:
    """Trust the key a quarantined package carries and import that unit's kept packages;
    ``success(results)``."""
    from dvdesktop import office

    run_op(parent, lambda led: office.trust_quarantined(led, quarantine_id), success=success)


def set_due(*, parent: QWidget | None, period: str, due: dt.date | None, success: Success = None) -> None:
    """The day the units' reports of ``period`` are due (None: no date)."""
    from dvdesktop import office

    run_op(parent, lambda led: office.set_due(led, period=period, due=due), success=success)


def consolidated_report(*, parent: QWidget | None, period: str, out: Path, number: str | None = None,
                        issued: dt.date | None = None, texts: Mapping[str, str] | None = None,
                        success: Success = None) -> None:
    """Write the consolidated report of ``period`` to ``out`` (PDF, DOCX or the figures as
    XLSX); sections II and III as typed (``texts``) are kept with the period first."""
    from dvdesktop import office

    kept = dict(texts) if texts is not None else None
    text = (translate("Office", "Đang xuất Excel…") if Path(out).suffix.lower() == ".xlsx"
            else translate("Office", "Đang tạo báo cáo tổng hợp…"))
    run_op(parent, lambda led: office.render_consolidated(led, period=period, out=Path(out), number=number,
                                                          issued=issued, texts=kept),
           success=success, progress_text=text)


def save_profile(*, parent: QWidget | None, values: Mapping[str, str | None], success: Success = None,
                 failure: Failure = None) -> None:
    """Save the body's profile as the consolidated report prints it; ``success(profile)``."""
    from dvdesktop import office

    fields = dict(values)
    run_op(parent, lambda led: office.set_profile(led, **fields), success=success, failure=failure)


# ------------------------------------------------------------------ cheap reads (this thread)
def quarantine() -> list[dict[str, Any]]:
    from dvdesktop import office

    return read(office.quarantine_list)


def units_with_keys() -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each registered unit with every key trusted for it, oldest first."""
    from dvdesktop import office

    return read(lambda led: [(u, office.key_history(led, u["code"])) for u in office.units(led)])


def period_status(period: str) -> tuple[list[UnitStatus], dt.date | None]:
    """Who has reported for ``period``, and the day it is due."""
    from dvdesktop import office

    return read(lambda led: (office.status(led, period=period), office.get_due(led, period=period)))


def profile() -> dict[str, str]:
    from dvdesktop import office

    return read(office.get_profile)


def unit_statuses(period: str) -> list[UnitStatus]:
    from dvdesktop import office

    return read(lambda led: office.status(led, period=period))


def levels_tree(*, parent: QWidget | None, period: str, success: Success = None) -> None:
    """The units below the body for ``period``, level by level (``levels.tree``), read on a
    worker thread; ``success(nodes)``."""
    from dvdesktop.office import levels

    run_op(parent, lambda led: levels.tree(led, period=period), success=success, progress=False)


def figure_trace(*, parent: QWidget | None, period: str, key: str, success: Success = None) -> None:
    """One consolidated figure of ``period`` unit by unit through the levels
    (``levels.trace``), read on a worker thread; ``success(rows)``."""
    from dvdesktop.office import levels

    run_op(parent, lambda led: levels.trace(led, period=period, key=key), success=success, progress=False)


def set_successor(*, parent: QWidget | None, old: str, new: str, success: Success = None,
                  failure: Failure = None) -> None:
    """Record that unit ``old`` was replaced by unit ``new`` (merged into it): it is no
    longer awaited, its history is reported under ``new`` (``office.levels.set_successor``)."""
    from dvdesktop.office.levels import set_successor as record

    run_op(parent, lambda led: record(led, old=old, new=new), success=success, failure=failure)
