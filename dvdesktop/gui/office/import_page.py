"""Nhận gói: packages from a USB stick or chosen files, checked and received (a backup first)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dvdesktop.gui import i18n
from dvdesktop.gui.drives import DestinationPicker
from dvdesktop.gui.office.common import COLOURS, outcome_label
from dvdesktop.gui.widgets import fill_table, fit_table_headers, hint_label, make_table, page_title, period_text
from dvdesktop.operations import office as office_ops

translate = QCoreApplication.translate


# ------------------------------------------------------------------ pages
class ImportPage(QWidget):
    """Nhận gói: files chosen one by one, or every package on a stick / in a folder."""

    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("office_import")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 2)
        lay.addWidget(page_title(translate("Office", "Nhận gói báo cáo"), self))
        lay.addWidget(hint_label(translate(
            "Office", "Cắm USB của đơn vị, chọn ổ rồi nhấn “Nhận tất cả gói trong ổ này”, hoặc chọn từng tệp "
                      ".dvpkg. Mỗi gói được kiểm tra chữ ký số trước khi nhận; trước khi nhận, dữ liệu văn "
                      "phòng được tự động sao lưu."), self))
        row = QHBoxLayout()
        self.picker = DestinationPicker(self, title=translate("Office", "Chọn ổ USB hoặc thư mục chứa gói"))
        row.addWidget(self.picker, 1)
        self.folder_button = QPushButton(translate("Office", "Nhận tất cả gói trong ổ này"), self)
        self.folder_button.setObjectName("importFolder")
        self.files_button = QPushButton(translate("Office", "Chọn tệp gói…"), self)
        self.files_button.setObjectName("importFiles")
        lay.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.folder_button)
        row2.addWidget(self.files_button)
        row2.addStretch(1)
        lay.addLayout(row2)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = make_table(self, [translate("Office", "Tệp"), translate("Office", "Đơn vị"),
                                   translate("Office", "Kỳ báo cáo"), translate("Office", "Lần gửi"),
                                   translate("Office", "Kết quả"), translate("Office", "Lý do")],
                            "importResults", 5)
        for c, w in enumerate((230, 90, 180, 60, 200)):
            self.table.setColumnWidth(c, w)
        fit_table_headers(self.table)  # "Submission" in English is wider than 60 px
        self.table.setWordWrap(True)
        lay.addWidget(self.table, 1)
        self.results: list[Any] = []
        self.folder_button.clicked.connect(lambda: self.import_paths([self.picker.folder()]))
        self.files_button.clicked.connect(self.choose_files)
        self.picker.changed.connect(lambda: self.folder_button.setEnabled(bool(self.picker.folder())))
        self.folder_button.setEnabled(bool(self.picker.folder()))

    def load(self) -> None:
        self.picker.refresh()

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, translate("Office", "Chọn tệp gói báo cáo"),
                                                self.picker.folder(),
                                                translate("Office", "Gói báo cáo (*.dvpkg);;Mọi tệp (*)"))
        if files:
            self.import_paths(files)

    def import_paths(self, paths: list[str]) -> None:
        paths = [p for p in paths if p]
        if not paths:
            return
        # A verified backup of the body's file first, then the import.
        self.task = office_ops.receive_packages(parent=self, paths=paths, success=self.show_results)

    def show_results(self, results: list[Any]) -> None:
        self.results = results
        rows, colours = [], []
        for r in results:
            outcome = outcome_label(r.outcome)
            if r.code == "key_rotated" and r.ok:
                outcome = translate("Office", "Đã nhận (đơn vị đã đổi khóa)")
            rows.append([Path(r.path).name, r.unit_code, period_text(r.period),
                         i18n.number(r.revision) if r.revision else "", outcome,
                         "" if r.outcome == "duplicate" else r.reason])
            colours.append(COLOURS.get(r.outcome))
        fill_table(self.table, rows, colours)
        self.table.resizeRowsToContents()
        if not results:
            self.summary.setText(translate("Office", "Không tìm thấy gói .dvpkg nào."))
            return
        counts = {o: sum(1 for r in results if r.outcome == o) for o in COLOURS if o in
                  ("accepted", "replaced", "duplicate", "refused", "quarantined", "skipped")}
        parts = [f"{outcome_label(o)}: {i18n.number(n)}" for o, n in counts.items() if n]
        self.summary.setText(translate("Office", "Đã xét {n} gói. {parts}").format(
            n=i18n.number(len(results)), parts="; ".join(parts)))
        if counts.get("quarantined"):
            self.status.emit(translate("Office", "Có gói bị cách ly: xem trang Cách ly để xác nhận khóa của đơn vị."))
