"""Gửi cấp trên: screen what would leave, then the signed package on a USB stick."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dvdesktop import operations as ops
from dvdesktop.core.domain import KINDS
from dvdesktop.gui import findings, i18n
from dvdesktop.gui.drives import DestinationPicker
from dvdesktop.gui.pages.period_page import PeriodPage
from dvdesktop.gui.widgets import fit_table_headers, local_time, period_text, section_title
from dvdesktop.operations import send

translate = QCoreApplication.translate


class SendPage(PeriodPage):
    """Gửi cấp trên: a signed summary package written to a USB stick (or any folder)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Send", "Gửi cấp trên"), parent)
        self.setObjectName("page_send")
        info = QLabel(translate(
            "Send", "Tạo gói số liệu tổng hợp có chữ ký số của đơn vị để chép vào USB nộp cấp trên. "
                    "Gói chỉ chứa số liệu và bản ghi đã bỏ thông tin cá nhân; không bao giờ chứa danh "
                    "tính người tố cáo."), self)
        info.setWordWrap(True)
        self.lay.addWidget(info)
        dest_row = QHBoxLayout()
        dest_row.addWidget(QLabel(translate("Send", "Ghi vào:"), self))
        self.destination = DestinationPicker(self, title=translate("Send", "Chọn thư mục (ổ USB) để ghi gói"))
        dest_row.addWidget(self.destination, 1)
        self.lay.addLayout(dest_row)
        row = QHBoxLayout()
        self.export_button = QPushButton(translate("Send", "Tạo gói gửi cấp trên"), self)
        self.export_button.setObjectName("exportPackage")
        self.export_button.clicked.connect(lambda: self.export())
        row.addWidget(self.export_button)
        row.addStretch(1)
        self.lay.addLayout(row)
        self.result = QLabel(self)
        self.result.setObjectName("sendResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lay.addWidget(self.result)
        self.lay.addWidget(section_title(translate("Send", "Các gói đã tạo"), self))
        self.history = QTableWidget(0, 4, self)
        self.history.setObjectName("exportsTable")
        self.history.setHorizontalHeaderLabels([translate("Send", "Kỳ báo cáo"), translate("Send", "Lần gửi"),
                                                translate("Send", "Tệp"), translate("Send", "Tạo lúc")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().setVisible(False)
        self.history.verticalHeader().setDefaultSectionSize(22)
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setColumnWidth(0, 220)
        self.history.setColumnWidth(1, 80)
        self.history.setColumnWidth(3, 140)
        self.history.setTabKeyNavigation(False)
        fit_table_headers(self.history)
        self.lay.addWidget(self.history, 1)
        self.destination.changed.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        self.export_button.setEnabled(bool(self.destination.folder()))

    def load(self, **kwargs: Any) -> None:
        super().load(**kwargs)
        self.destination.refresh()
        self.refresh_history()

    def refresh_history(self) -> None:
        rows = send.exports()
        self.history.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (period_text(row["period_key"]), i18n.number(row["revision"]), row["file_name"], local_time(row["created_at"]))
            for c, text in enumerate(cells):
                self.history.setItem(r, c, QTableWidgetItem(text))

    def export(self) -> None:
        """Screen what would leave (off the UI thread); write the package only when nothing
        looks like personal data, or when the secretary has seen every finding and chosen
        to send anyway."""
        folder = self.destination.folder()
        if not folder:
            return
        key = self.period_combo.period()
        self.result.setText("")
        if not Path(folder).is_dir():
            # A stick pulled out after it was listed: say so rather than make a folder elsewhere.
            self.result.setText(translate("Send", "Không thấy ổ hoặc thư mục {path}. USB đã bị rút ra? "
                                                  "Hãy cắm lại rồi nhấn “Tìm lại ổ USB”.").format(path=folder))
            self.destination.refresh()
            return
        send.screen_findings(parent=self, period=key, success=lambda screening: self._screened(screening, key, folder))

    def _screened(self, screening: Any, key: str, folder: str) -> None:
        if screening.clean:
            self._write(key, folder, None)
            return

        choice, finding = findings.ask_findings(self, screening)
        if choice == findings.SEND:
            self._write(key, folder, screening)
            return
        self.result.setText(translate(
            "Send", "Chưa ghi gói: có {n} chỗ trông như thông tin cá nhân trong những gì sẽ gửi đi. Sửa những "
                    "chỗ đó rồi nhấn lại “Tạo gói gửi cấp trên”.").format(n=i18n.number(len(screening.findings))))
        if choice == findings.FIX and finding is not None:
            self.open_finding(finding)

    def open_finding(self, finding: Any) -> None:
        """The record (or the report's section) where personal data was found, open to edit."""
        win = self.window()
        if not hasattr(win, "go"):
            return
        if finding.kind in KINDS and finding.record_id is not None:
            win.go(finding.kind).edit_record(finding.record_id)
            return
        page = win.go("reports")
        page.period_combo.select(self.period_combo.period())
        box = page.directions if finding.field == "directions" else page.limitations
        box.setFocus()

    def _write(self, key: str, folder: str, accepted: Any) -> None:
        def done(path: Any) -> None:
            self.result.setText(translate("Send", "Đã ghi gói: {path}\nHãy rút USB an toàn (Safely Remove) "
                                                  "rồi mang nộp cấp trên.").format(path=str(path)))
            self.status.emit(translate("Send", "Đã tạo gói gửi cấp trên."))
            self.refresh_history()

        def failed(error: BaseException) -> bool | None:
            # Imported here: minisign and the package code: about 60 ms (measured), only when a key or package is read.
            from dvdesktop.packages import PersonalDataFound

            if isinstance(error, PersonalDataFound):
                # The data changed after the findings were seen: show what is found now.
                self._screened(error.screening, key, folder)
                return True
            self.result.setText(translate("Send", "Chưa tạo được gói: {reason}").format(reason=ops.error_text(error)))
            return None

        self.task = send.send_package(parent=self, period=key, folder=folder, accepted=accepted, success=done,
                                      failure=failed)
