"""Thùng rác: deleted records, restored or removed for good."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesktop import operations as ops
from dvdesktop.core.domain import KINDS
from dvdesktop.gui import i18n
from dvdesktop.gui.widgets import fit_table_headers, local_time, page_title
from dvdesktop.operations import records

translate = QCoreApplication.translate


def confirm_empty_trash(parent: QWidget, count: int) -> bool:
    """Ask before removing for good (a module function so tests can answer it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Trash", "Dọn sạch thùng rác"),
                      translate("Trash", "Xóa hẳn {n} bản ghi trong thùng rác? Không thể khôi phục lại sau khi xóa hẳn.")
                      .format(n=i18n.number(count)),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Trash", "Xóa hẳn"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Trash", "Không"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class TrashPage(QWidget):
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_trash")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 2)
        lay.addWidget(page_title(translate("Trash", "Thùng rác"), self))
        hint = QLabel(translate("Trash", "Bản ghi đã xóa nằm ở đây cho đến khi dọn sạch thùng rác. "
                                         "Chọn một dòng rồi nhấn Khôi phục để đưa trở lại."), self)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        lay.addWidget(hint)
        bar = QHBoxLayout()
        self.restore_button = QPushButton(translate("Trash", "Khôi phục"), self)
        self.empty_button = QPushButton(translate("Trash", "Dọn sạch thùng rác…"), self)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.empty_button)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("trashTable")
        self.table.setHorizontalHeaderLabels([translate("Trash", "Loại"), translate("Trash", "Bản ghi"),
                                              translate("Trash", "Xóa lúc")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(2, 150)
        fit_table_headers(self.table)
        lay.addWidget(self.table, 1)
        self.items: list[dict[str, Any]] = []
        self.restore_button.clicked.connect(self.restore_current)
        self.empty_button.clicked.connect(self.empty)
        self.table.doubleClicked.connect(lambda _i: self.restore_current())
        ops.changes().changed.connect(self._on_changed)
        self._loaded = False

    def _on_changed(self, _kinds: object) -> None:
        if self._loaded:
            self.refresh()

    def load(self, **_: Any) -> None:
        self._loaded = True
        self.refresh()

    def refresh(self) -> None:
        self.items = records.trash()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for col, text in enumerate((i18n.kind_label(KINDS[item["kind"]]), item["title"],
                                        local_time(item["deleted_at"]))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.empty_button.setEnabled(bool(self.items))

    def restore_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        records.restore_record(parent=self, kind=item["kind"], record_id=item["id"],
                               success=lambda _r: self.status.emit(translate("Trash", "Đã khôi phục: {title}").format(title=item["title"])))

    def empty(self) -> None:
        if not self.items or not confirm_empty_trash(self, len(self.items)):
            return
        records.empty_trash(parent=self,
                            success=lambda n: self.status.emit(translate("Trash", "Đã xóa hẳn {n} bản ghi.").format(n=i18n.number(n))))
