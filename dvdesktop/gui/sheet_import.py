"""Nhập từ Excel: a workbook read and checked off the UI thread, shown row by row with every
problem by row and column, and saved only when nothing is wrong, all or nothing.

``import_from_file(page, kind, path)`` runs ``sheets.preview_import`` on a worker, then opens
``ImportPreviewDialog`` (kept as ``page.import_dialog``). Its "Nhập … bản ghi" button is
enabled only when the preview is ``ok``; it runs ``sheets.commit_import``, which stores
every record or none (a record already in the file refuses the whole sheet, and the rows
concerned are then named in the dialog). Nothing is written before that button.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesktop.core.domain import KINDS
from dvdesktop.gui import i18n
from dvdesktop.gui.widgets import shortcut
from dvdesktop.operations import sheets

translate = QCoreApplication.translate

ERROR_BG = QColor("#fbe0e0")
WARNING_BG = QColor("#fff1cc")
OK_COLOUR = "#1b5e20"
BAD_COLOUR = "#b00020"
#: Characters of a cell shown in the preview (the whole value is what is saved).
CELL_CHARS = 120


def import_from_file(page: Any, kind: str, path: Path) -> None:
    """Read ``path`` as records of ``kind`` off the UI thread, then show the preview."""
    def show(preview: Any) -> None:
        dlg = ImportPreviewDialog(preview, page)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.imported.connect(lambda n, name=path.name: page.status.emit(
            translate("SheetImport", "Đã nhập {n} bản ghi từ {file}.").format(n=i18n.number(n), file=name)))
        page.import_dialog = dlg
        dlg.destroyed.connect(lambda _o=None: setattr(page, "import_dialog", None))
        dlg.finished.connect(lambda _r: page.window().activateWindow())
        dlg.open()

    sheets.preview_sheet(parent=page, kind=kind, path=path, success=show)


def where_text(issue: Any) -> tuple[str, str]:
    """(row, column) of an issue as the table shows them: "7", "C (Ngày)"; "" for the file."""
    row = "" if issue.row is None else str(issue.row)
    column = issue.column or ""
    if issue.header:
        column = f"{column} ({issue.header})" if column else issue.header
    return row, column


def cell_text(value: Any) -> str:
    """A cell as read, as a secretary wrote it: dates dd/mm/yyyy, numbers as numbers."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return i18n.date(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    return text if len(text) <= CELL_CHARS else text[:CELL_CHARS - 1] + "…"


class ImportPreviewDialog(QDialog):
    """Every row of the sheet and every problem, before anything is saved."""

    imported = Signal(int)  # how many records were stored

    def __init__(self, preview: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.kind = preview.kind
        self.setWindowTitle(translate("SheetImport", "Nhập từ Excel: {kind}").format(
            kind=i18n.kind_label(KINDS[preview.kind], plural=True)))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        lay = QVBoxLayout(self)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("importFile")
        self.file_label.setWordWrap(True)
        lay.addWidget(self.file_label)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("importVerdict")
        self.verdict.setWordWrap(True)
        lay.addWidget(self.verdict)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.rows = QTableWidget(0, 0, split)
        self.rows.setObjectName("importRows")
        self.problems = QTableWidget(0, 4, split)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels([translate("SheetImport", "Dòng"), translate("SheetImport", "Cột"),
                                                 translate("SheetImport", "Mức"), translate("SheetImport", "Vấn đề")])
        for table in (self.rows, self.problems):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setDefaultSectionSize(22)
            table.setTabKeyNavigation(False)
            table.setWordWrap(False)
        self.problems.setWordWrap(True)
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.rows)
        split.addWidget(self.problems)
        split.setSizes([300, 200])
        lay.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.reread_button = QPushButton(translate("SheetImport", "Đọc lại tệp"), self)
        self.reread_button.setObjectName("reread")
        self.reread_button.setToolTip(translate("SheetImport", "Đã sửa trong Excel và lưu lại: đọc và kiểm tra lại"))
        self.reread_button.setAutoDefault(False)
        buttons.addWidget(self.reread_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveImport")
        self.cancel_button = QPushButton(translate("SheetImport", "Hủy"), self)
        self.cancel_button.setAutoDefault(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        lay.addLayout(buttons)
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button.clicked.connect(lambda: self.reject())
        self.reread_button.clicked.connect(lambda: self.reread())
        self.problems.itemSelectionChanged.connect(self._problem_chosen)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(seq, self, lambda: self.save() if self.save_button.isEnabled() else None)
        self._saving = False
        self.show_preview(preview)
        self.resize(1100, 620)

    # ----------------------------------------------------------- showing a preview
    def show_preview(self, preview: Any) -> None:
        self.preview = preview
        name = Path(preview.path).name
        if preview.header_row is not None:
            self.file_label.setText(translate(
                "SheetImport", "Tệp {file} · trang “{sheet}” · dòng tiêu đề {header} · {n} dòng dữ liệu").format(
                file=name, sheet=preview.sheet, header=preview.header_row, n=i18n.number(len(preview.rows))))
        else:
            self.file_label.setText(translate("SheetImport", "Tệp {file}").format(file=name))
        self._fill_rows(preview)
        self._fill_problems(preview)
        errors = preview.errors
        bad_rows = {i.row for i in errors if i.row is not None}
        count = len(preview.rows)
        if preview.ok:
            text = translate("SheetImport", "✔ Không có lỗi: nhập được {n} bản ghi. Chưa có gì được lưu cho đến khi "
                                            "nhấn “Nhập”.").format(n=i18n.number(count))
            colour = OK_COLOUR
        elif errors and bad_rows:
            text = translate("SheetImport", "✖ Có {count} lỗi ở {rows} dòng: chưa nhập bản ghi nào. Sửa trong tệp "
                                            "Excel, lưu lại rồi nhấn “Đọc lại tệp”; chỉ khi hết lỗi mới nhập được "
                                            "(nhập tất cả hoặc không dòng nào).").format(
                count=i18n.number(len(errors)), rows=i18n.number(len(bad_rows)))
            colour = BAD_COLOUR
        elif errors:
            text = translate("SheetImport", "✖ Không nhập được tệp này: {reason}").format(
                reason=errors[0].translated(translate))
            colour = BAD_COLOUR
        else:
            text = translate("SheetImport", "✖ Không có dòng dữ liệu nào để nhập.")
            colour = BAD_COLOUR
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.save_button.setText(translate("SheetImport", "Nhập {n} bản ghi").format(n=i18n.number(count))
                                 if preview.ok else translate("SheetImport", "Nhập"))
        self.save_button.setEnabled(preview.ok and not self._saving)

    def _fill_rows(self, preview: Any) -> None:
        columns = [(letter, header, key) for letter, header, key in preview.columns if key]
        headers = [translate("SheetImport", "Dòng"), translate("SheetImport", "Kiểm tra")]
        headers += [f"{letter}: {header}" for letter, header, _key in columns]
        self.rows.clear()
        self.rows.setColumnCount(len(headers))
        self.rows.setHorizontalHeaderLabels(headers)
        self.rows.setRowCount(len(preview.rows))
        self.row_index: dict[int, int] = {}
        for r, row in enumerate(preview.rows):
            self.row_index[row.row] = r
            errors = [i for i in row.issues if i.severity == "error"]
            warnings = [i for i in row.issues if i.severity != "error"]
            if errors:
                check = translate("SheetImport", "✖ {n} lỗi").format(n=i18n.number(len(errors)))
                colour: QColor | None = ERROR_BG
            elif warnings:
                check = translate("SheetImport", "✔ lưu ý")
                colour = WARNING_BG
            else:
                check, colour = "✔", None
            cells = [str(row.row), check] + [cell_text(row.values.get(key)) for _l, _h, key in columns]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
        for c in range(self.rows.columnCount()):
            self.rows.setColumnWidth(c, min(self.rows.columnWidth(c), 260))

    def _fill_problems(self, preview: Any) -> None:
        issues = preview.all_issues()
        # Errors first (what stops the import), then what the program did ("Lưu ý").
        issues = [i for i in issues if i.severity == "error"] + [i for i in issues if i.severity != "error"]
        self.issues = issues
        self.problems.setRowCount(len(issues))
        for r, issue in enumerate(issues):
            row, column = where_text(issue)
            error = issue.severity == "error"
            level = translate("SheetImport", "Lỗi") if error else translate("SheetImport", "Lưu ý")
            for c, text in enumerate((row, column, level, issue.translated(translate))):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(ERROR_BG if error else WARNING_BG))
                self.problems.setItem(r, c, item)
        self.problems.resizeColumnToContents(0)
        self.problems.setColumnWidth(1, max(160, min(self.problems.sizeHintForColumn(1) + 12, 280)))
        self.problems.resizeColumnToContents(2)
        self.problems.resizeRowsToContents()
        self.problems.setVisible(bool(issues))

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self.problems.resizeRowsToContents()  # once the columns have their real widths

    def _problem_chosen(self) -> None:
        r = self.problems.currentRow()
        if not 0 <= r < len(self.issues):
            return
        target = self.row_index.get(self.issues[r].row) if self.issues[r].row is not None else None
        if target is not None:
            self.rows.selectRow(target)
            self.rows.scrollToItem(self.rows.item(target, 0))

    # ----------------------------------------------------------- actions
    def reread(self) -> None:
        self.save_button.setEnabled(False)
        sheets.preview_sheet(parent=self, kind=self.preview.kind, path=self.preview.path, success=self.show_preview)

    def save(self) -> None:
        """Store every record of the sheet, or none."""
        if self._saving or not self.preview.ok:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        preview = self.preview

        def done(stored: list[Any]) -> None:
            self._saving = False
            self.imported.emit(len(stored))
            self.accept()

        def failed(error: BaseException) -> bool:
            # Imported here: openpyxl: 90-170 ms (measured), only when a workbook is read or written.
            from dvdesktop.sheets import ImportRefused

            self._saving = False
            if isinstance(error, ImportRefused):
                self.show_preview(error.preview)  # the rows that stopped it, named
                return True
            self.save_button.setEnabled(self.preview.ok)
            return False

        sheets.import_sheet(parent=self, preview=preview, success=done, failure=failed)
