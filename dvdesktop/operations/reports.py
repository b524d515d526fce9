"""The reports' actions: the period's report and register, sections II and III, the figures
entered by hand (baselines), the overview's figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dvdesktop.core.overview import overview as _overview
from dvdesktop.operations.runner import read, run_op

# dvdesktop.reports is imported when a report is made, not here: the window starts without
# it (and without the renderers it leads to), as tests/test_gui_perf.py checks.

translate = QCoreApplication.translate

Success = Callable[[Any], None] | None
Failure = Callable[[BaseException], bool | None] | None


def build_report(*, parent: QWidget | None, period: str, out: Path, number: str | None, issued: dt.date | None,
                 texts: Mapping[str, str] | None, success: Success = None) -> None:
    """Keep sections II and III as typed (``texts``) with the period, then write its report
    to ``out`` (PDF or DOCX by the suffix): the whole đảng bộ's on a body holding its units'
    accepted packages for the period (``office.levels.period_report``); ``success(path)``."""
    from dvdesktop.office.levels import period_report

    kept = dict(texts) if texts is not None else None
    run_op(parent, lambda led: period_report(led, period=period, out=Path(out), number=number, issued=issued,
                                             texts=kept),
           success=success, progress_text=translate("Reports", "Đang tạo báo cáo…"))


def build_register(*, parent: QWidget | None, period: str, out: Path, success: Success = None) -> None:
    """Write the Sổ tiếp công dân of ``period`` to ``out``; ``success(path)``."""
    from dvdesktop.reports.build import build_register as _build_register

    run_op(parent, lambda led: _build_register(led, period=period, out=Path(out)), success=success,
           progress_text=translate("Reports", "Đang tạo báo cáo…"))


def save_period_texts(*, parent: QWidget | None, period: str, limitations: str, directions: str,
                      success: Success = None) -> None:
    """Keep sections II and III of ``period``'s report."""
    run_op(parent, lambda led: led.set_period_text(period, limitations=limitations, directions=directions),
           success=success)


def set_baseline(*, parent: QWidget | None, period: str, figures: Mapping[str, Any], note: str,
                 today: dt.date | None, success: Success = None, failure: Failure = None) -> None:
    """Keep the figures of ``period`` entered by hand (validated)."""
    values = dict(figures)
    run_op(parent, lambda led: led.set_baseline(period, values, note=note, today=today), success=success,
           failure=failure)


def clear_baseline(*, parent: QWidget | None, period: str, success: Success = None) -> None:
    run_op(parent, lambda led: led.clear_baseline(period), success=success)


def overview(*, parent: QWidget | None, period: str, today: dt.date, success: Success = None) -> None:
    """The overview's figures of ``period`` on ``today`` (``core.overview``), off the UI thread."""
    run_op(parent, lambda led: _overview(led, period, today=today), success=success,
           progress_text=translate("Overview", "Đang tổng hợp số liệu…"))


# ------------------------------------------------------------------ cheap reads (this thread)
def period_texts(period: str) -> dict[str, str]:
    return read(lambda led: led.period_text(period))


def next_document_number(*, period: str, issued: dt.date | None) -> int:
    """The report number to offer for ``period`` issued on ``issued`` (one numbering per term)."""
    return read(lambda led: led.next_document_number("BC", on=issued, period_key=period))


def document_number_uses(number: int, *, issued: dt.date | None) -> list[dict[str, Any]]:
    """The reports that already carry ``number`` in the term of ``issued``."""
    return read(lambda led: led.document_number_uses("BC", number, on=issued))


def baselines() -> list[dict[str, Any]]:
    """Every period's figures entered by hand."""
    return read(lambda led: led.baselines())


def baseline(period: str, kinds: set[str]) -> tuple[dict[str, Any] | None, dict[str, bool]]:
    """The figures of ``period`` entered by hand (None), and for each of ``kinds`` whether the
    records cover that period (then the report uses the records)."""
    return read(lambda led: (led.baseline(period), {kind: led.records_cover(kind, period) for kind in kinds}))
