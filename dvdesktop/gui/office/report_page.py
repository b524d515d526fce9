"""Báo cáo tổng hợp: the consolidated report of the units' figures (PDF, DOCX, XLSX)."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.gui import i18n
from dvdesktop.gui.numbering import PeriodTexts, ReportNumbering
from dvdesktop.gui.office.period_page import OfficePeriodPage
from dvdesktop.gui.printing import preview_dialog
from dvdesktop.gui.widgets import hint_label
from dvdesktop.operations import office as office_ops, reports
from dvdesktop.reports.xlsx import figures_file_name

translate = QCoreApplication.translate


class ConsolidatedPage(PeriodTexts, ReportNumbering, OfficePeriodPage):
    """Báo cáo tổng hợp: the office's report from the units' packages, with its number (the
    next of the term offered), its date and sections II and III in the office's own words;
    PDF, Word, Excel (the table by unit) or printed."""

    TEXTS_SAVED = QT_TRANSLATE_NOOP("Reports", "Đã lưu nội dung báo cáo tổng hợp.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Office", "Báo cáo tổng hợp"), "office_report", parent)

        self.row.addSpacing(20)
        self.add_number_and_date(self.row, self.lay)
        self.lay.addWidget(hint_label(translate(
            "Office", "Báo cáo cộng số liệu của các gói đã nhận trong kỳ (mỗi đơn vị lấy lần gửi mới nhất), "
                      "theo thông tin văn phòng ở trang “Thông tin văn phòng”; phần I do chương trình viết, phần "
                      "II và III văn phòng tự viết dưới đây (lưu theo từng kỳ)."), self))
        form = self.text_boxes(translate("Office", "II. Hạn chế, nguyên nhân (văn phòng tự viết):"),
                               translate("Office", "III. Phương hướng, nhiệm vụ (văn phòng tự viết):"))
        buttons = QHBoxLayout()
        self.save_text = QPushButton(translate("Office", "Lưu nội dung"), self)
        self.save_text.setObjectName("saveTexts")
        self.print_button = QPushButton(translate("Office", "Xem trước và in…"), self)
        self.print_button.setObjectName("printConsolidated")
        self.pdf_button = QPushButton(translate("Office", "Tạo báo cáo PDF…"), self)
        self.docx_button = QPushButton(translate("Office", "Tạo báo cáo Word (.docx)…"), self)
        self.xlsx_button = QPushButton(translate("Office", "Xuất Excel (bảng theo đơn vị)…"), self)
        self.xlsx_button.setObjectName("consolidatedExcel")
        self.xlsx_button.setToolTip(translate("Office", "Bảng số liệu theo từng đơn vị và số liệu tổng hợp, để tính "
                                                        "trong Excel"))
        for b in (self.save_text, self.print_button, self.pdf_button, self.docx_button, self.xlsx_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.lay.addLayout(buttons)
        self.info = QLabel(self)
        self.info.setObjectName("reportInfo")
        self.lay.addWidget(self.info)
        self.lay.addLayout(form, 1)
        self.save_text.clicked.connect(lambda: self.save_texts())
        self.print_button.clicked.connect(lambda: self.preview())
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.docx_button.clicked.connect(lambda: self.save("docx"))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.preview_dialog: Any = None
        self._key: str | None = None  # the period whose texts are shown
        self._texts = ("", "")  # as saved
        self.today = dt.date.today()

    def load(self, today: dt.date | None = None) -> None:
        self.today = today or self.today
        if not self._filled:
            self.issued.set_value(self.today)
        super().load(today)

    def _period_chosen(self) -> None:
        if self.may_leave_period():
            self.refresh()

    def refresh(self) -> None:
        key = self.period()
        if not key:
            return
        states, texts = office_ops.unit_statuses(key), reports.period_texts(key)
        sent = sum(1 for s in states if s.state != "missing")
        self.info.setText(translate("Office", "Kỳ này đã nhận báo cáo của {sent}/{total} đơn vị.").format(
            sent=i18n.number(sent), total=i18n.number(len(states))))
        if key != self._key or not self.unsaved():
            self._key = key
            self._texts = (texts["limitations"], texts["directions"])
            self.limitations.setPlainText(texts["limitations"])
            self.directions.setPlainText(texts["directions"])
        self.offer_number()

    # ----------------------------------------------------------- number and date
    def report_period(self) -> str | None:
        return self.period()

    def _document(self) -> tuple[str | None, dt.date] | None:
        """The number and date typed (today for an empty date), or None after saying what is wrong."""
        document = self.read_document()
        return None if document is None else (document[0], document[1] or self.today)

    # ----------------------------------------------------------- making it
    def _render(self, out: Path, done: Any, document: tuple[str | None, dt.date]) -> None:
        key, (number, issued) = self.period(), document
        lim, dirs = self._typed()
        if key == self._key:
            self._texts = (lim, dirs)

        def finished(p: Any) -> None:
            self.offer_number()  # the number is taken now
            done(p)

        # The texts are kept with the period by the report step itself (as the unit's).
        office_ops.consolidated_report(parent=self, period=key, out=out, number=number, issued=issued,
                                       texts={"limitations": lim, "directions": dirs}, success=finished)

    def save(self, suffix: str) -> None:
        key = self.period()
        document = self._document() if suffix != "xlsx" else (None, self.today)
        if document is None:
            return

        kinds = {"pdf": translate("Office", "Tệp PDF (*.pdf)"), "docx": translate("Office", "Tài liệu Word (*.docx)"),
                 "xlsx": translate("Office", "Bảng tính Excel (*.xlsx)")}
        name = figures_file_name(key, consolidated=True) if suffix == "xlsx" else f"bao-cao-tong-hop-{key}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, translate("Office", "Lưu báo cáo tổng hợp"), name, kinds[suffix])
        if not path:
            return
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"

        def done(p: Any) -> None:
            self.status.emit(translate("Office", "Đã tạo báo cáo: {path}").format(path=str(p)))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))

        if suffix == "xlsx":
            office_ops.consolidated_report(parent=self, period=key, out=Path(path), success=done)
            return
        self._render(Path(path), done, document)

    def preview(self) -> None:
        document = self._document()
        if document is None:
            return
        out = Path(tempfile.mkdtemp(prefix="dvdesktop-in-")) / f"bao-cao-tong-hop-{self.period()}.pdf"

        def done(p: Any) -> None:
            dlg = preview_dialog(Path(p), self)
            dlg.finished.connect(lambda _r: shutil.rmtree(out.parent, ignore_errors=True))
            dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.preview_dialog = dlg
            dlg.destroyed.connect(lambda _o=None: setattr(self, "preview_dialog", None))
            dlg.open()

        self._render(out, done, document)
