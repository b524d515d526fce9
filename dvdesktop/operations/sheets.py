"""Records in and out of Excel: the list as a workbook, a blank template, an import read and
checked (a preview), then stored all or nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dvdesktop.operations.runner import run_op

if TYPE_CHECKING:
    from dvdesktop.sheets import ImportPreview

# dvdesktop.sheets (openpyxl) is imported where an action runs, not here: 90-170 ms
# (measured) that the window's start-up would spend before any workbook is read or written.

translate = QCoreApplication.translate

Success = Callable[[Any], None] | None
Failure = Callable[[BaseException], bool | None] | None


def export_sheet(*, parent: QWidget | None, kind: str, path: Path, period: Any, search: str | None,
                 order_by: str | None, descending: bool, reveal: bool, today: dt.date | None,
                 success: Success = None) -> None:
    """The records of ``kind`` as the list shows them, as a typed workbook; ``success(path)``."""
    from dvdesktop.sheets import export_records

    def fn(led: Any) -> str:
        export_records(led, kind, path=Path(path), period=period, search=search or None, order_by=order_by,
                       descending=descending, reveal=reveal, today=today)
        return str(path)

    run_op(parent, fn, success=success, progress_text=translate("Pages", "Đang xuất Excel…"))


def save_template(*, parent: QWidget | None, kind: str, path: Path, success: Success = None) -> None:
    """A blank workbook of ``kind``'s columns to fill in; ``success(path)``."""
    from dvdesktop.sheets import write_template

    run_op(parent, lambda _led: str(write_template(kind, path=Path(path))), success=success,
           progress_text=translate("Pages", "Đang ghi mẫu Excel…"))


def preview_sheet(*, parent: QWidget | None, kind: str, path: Path, success: Success = None) -> None:
    """Read ``path`` as records of ``kind`` and check them all (saves nothing); ``success(preview)``."""
    from dvdesktop.sheets import preview_import

    run_op(parent, lambda _led: preview_import(kind, path), success=success,
           progress_text=translate("SheetImport", "Đang đọc và kiểm tra tệp Excel…"))


def import_sheet(*, parent: QWidget | None, preview: ImportPreview, success: Success = None,
                 failure: Failure = None) -> None:
    """Store every record of the previewed sheet, or none; ``success(records)``."""
    from dvdesktop.sheets import commit_import

    run_op(parent, lambda led: commit_import(led, preview), success=success, failure=failure,
           progress_text=translate("SheetImport", "Đang lưu các bản ghi…"))
