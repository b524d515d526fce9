"""Báo cáo: the period's report (sections II and III, number and date), the register, previews."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from dvdesktop.gui.baseline import open_baseline
from dvdesktop.gui.numbering import PeriodTexts, ReportNumbering
from dvdesktop.gui.pages.period_page import PeriodPage
from dvdesktop.gui.printing import preview_dialog
from dvdesktop.operations import records, reports

translate = QCoreApplication.translate


class ReportsPage(PeriodTexts, ReportNumbering, PeriodPage):
    """Báo cáo: the secretary's own sections (hạn chế, phương hướng), the document's number
    and date, and the report as PDF, DOCX or printed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Reports", "Báo cáo"), parent)
        self.setObjectName("page_reports")
        self.period_row.takeAt(self.period_row.count() - 1)  # the stretch: number and date follow
        self.period_row.addSpacing(16)
        self.add_number_and_date(self.period_row, self.lay, date_tip=translate(
            "Reports", "Ngày ghi ở dòng địa danh, ngày tháng của báo cáo"))
        form = self.text_boxes(translate("Reports", "II. Hạn chế, nguyên nhân (đơn vị tự viết):"),
                               translate("Reports", "III. Phương hướng, nhiệm vụ (đơn vị tự viết):"))
        row = QHBoxLayout()
        self.save_text = QPushButton(translate("Reports", "Lưu nội dung"), self)
        self.save_text.setObjectName("saveTexts")
        self.save_text.clicked.connect(lambda: self.save_texts())
        self.pdf_button = QPushButton(translate("Reports", "Tạo báo cáo PDF…"), self)
        self.pdf_button.setObjectName("makePdf")
        self.pdf_button.clicked.connect(lambda: self.make_pdf("pdf"))
        self.docx_button = QPushButton(translate("Reports", "Tạo báo cáo Word (.docx)…"), self)
        self.docx_button.setObjectName("makeDocx")
        self.docx_button.clicked.connect(lambda: self.make_pdf("docx"))
        self.register_button = QPushButton(translate("Reports", "In Sổ tiếp công dân (PDF)…"), self)
        self.register_button.setObjectName("makeRegister")
        self.register_button.clicked.connect(lambda: self.make_register())
        self.print_button = QPushButton(translate("Reports", "Xem trước và in…"), self)
        self.print_button.setObjectName("printReport")
        self.print_button.setToolTip(translate("Reports", "Xem báo cáo như khi in ra giấy rồi in, không cần phần mềm đọc PDF"))
        self.print_button.clicked.connect(lambda: self.preview_report())
        self.print_register_button = QPushButton(translate("Reports", "Xem trước và in Sổ tiếp công dân…"), self)
        self.print_register_button.setObjectName("printRegister")
        self.print_register_button.clicked.connect(lambda: self.preview_register())
        self.baseline_button = QPushButton(translate("Reports", "Số liệu kỳ trước nhập tay…"), self)
        self.baseline_button.setObjectName("baselineButton")
        self.baseline_button.setToolTip(translate("Reports", "Số liệu cùng kỳ từ báo cáo giấy, để báo cáo so sánh "
                                                             "“so với cùng kỳ”"))
        self.baseline_button.clicked.connect(lambda: self.open_baseline())
        self.baseline_dialog: Any = None
        self.preview: Any = None
        row.addWidget(self.save_text)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addWidget(self.docx_button)
        row.addStretch(1)
        self.lay.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.print_register_button)
        row2.addWidget(self.register_button)
        row2.addStretch(1)
        row2.addWidget(self.baseline_button)
        self.lay.addLayout(row2)
        self.lay.addLayout(form, 1)
        self._key: str | None = None  # the period whose texts are shown
        self._texts = ("", "")  # as saved
        self.period_combo.period_changed.connect(lambda _k: self._period_chosen())

    def load(self, **kwargs: Any) -> None:
        super().load(**kwargs)
        if not self.issued.text():
            self.issued.set_value(self.today)
        self.offer_number()

    # ----------------------------------------------------------- the document's number
    def report_period(self) -> str | None:
        return self.period_combo.period()

    def open_baseline(self) -> None:
        """Số liệu nhập tay, on the period this report compares with (cùng kỳ)."""

        key = self.period_combo.period()
        previous = records.previous_year_key(key)
        open_baseline(self, period=previous, today=self.today, status=self.status.emit)

    def _period_chosen(self) -> None:
        if self.may_leave_period():
            self.period_changed()

    def period_changed(self) -> None:
        key = self.period_combo.period()
        if key is None:
            return
        if self._offered is not None:
            self.offer_number()
        texts = reports.period_texts(key)
        self._key = key
        self._texts = (texts["limitations"], texts["directions"])
        self.limitations.setPlainText(texts["limitations"])
        self.directions.setPlainText(texts["directions"])

    def make_pdf(self, suffix: str = "pdf") -> None:
        """Save the report as ``suffix`` ("pdf" or "docx") where the user says."""
        document = self.read_document()
        if document is None:
            return
        number, issued = document
        key = self.period_combo.period()
        kinds = {"pdf": translate("Reports", "Tệp PDF (*.pdf)"), "docx": translate("Reports", "Tài liệu Word (*.docx)")}
        path, _ = QFileDialog.getSaveFileName(self, translate("Reports", "Lưu báo cáo"),
                                              f"bao-cao-{key}.{suffix}", kinds[suffix])
        if not path:
            return
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        lim, dirs = self._typed()
        self._texts = (lim, dirs)

        def done(p: str) -> None:
            self.status.emit(translate("Reports", "Đã tạo báo cáo: {path}").format(path=p))
            self.offer_number()  # this report's number is taken now
            QDesktopServices.openUrl(QUrl.fromLocalFile(p))

        reports.build_report(parent=self, period=key, out=Path(path), number=number, issued=issued,
                             texts={"limitations": lim, "directions": dirs}, success=lambda _p: done(path))

    def make_register(self) -> None:
        key = self.period_combo.period()
        path, _ = QFileDialog.getSaveFileName(self, translate("Reports", "Lưu Sổ tiếp công dân"),
                                              f"so-tiep-cong-dan-{key}.pdf", translate("Reports", "Tệp PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"

        def done(p: Any) -> None:
            self.status.emit(translate("Reports", "Đã tạo: {path}").format(path=str(p)))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))

        reports.build_register(parent=self, period=key, out=Path(path), success=done)


    def preview_report(self) -> None:
        """Build the PDF into a temporary folder off the UI thread, then Qt's print preview."""
        document = self.read_document()
        if document is None:
            return
        number, issued = document
        key = self.period_combo.period()
        lim, dirs = self._typed()
        self._texts = (lim, dirs)
        out = Path(tempfile.mkdtemp(prefix="dvdesktop-in-")) / f"bao-cao-{key}.pdf"

        reports.build_report(parent=self, period=key, out=out, number=number, issued=issued,
                             texts={"limitations": lim, "directions": dirs},
                             success=lambda p: self._open_preview(Path(p), landscape=False))

    def preview_register(self) -> None:
        key = self.period_combo.period()
        out = Path(tempfile.mkdtemp(prefix="dvdesktop-in-")) / f"so-tiep-cong-dan-{key}.pdf"
        reports.build_register(parent=self, period=key, out=out,
                               success=lambda p: self._open_preview(Path(p), landscape=True))

    def _open_preview(self, pdf: Path, *, landscape: bool) -> None:
        dlg = preview_dialog(pdf, self, landscape=landscape)
        dlg.finished.connect(lambda _r: shutil.rmtree(pdf.parent, ignore_errors=True))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = dlg
        dlg.destroyed.connect(lambda _o=None: setattr(self, "preview", None))
        dlg.open()
