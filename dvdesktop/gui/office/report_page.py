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
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from dvdesktop import operations as ops
from dvdesktop.base.errors import UserError
from dvdesktop.core.fmt import parse_date, try_parse_date
from dvdesktop.gui import i18n
from dvdesktop.gui.forms import ask_unsaved
from dvdesktop.gui.office.period_page import OfficePeriodPage
from dvdesktop.gui.printing import preview_dialog
from dvdesktop.gui.widgets import DateField, error_label, hint_label, period_text
from dvdesktop.operations import office as office_ops, reports
from dvdesktop.reports.xlsx import figures_file_name

translate = QCoreApplication.translate


class ConsolidatedPage(OfficePeriodPage):
    """Báo cáo tổng hợp: the office's report from the units' packages, with its number (the
    next of the term offered), its date and sections II and III in the office's own words;
    PDF, Word, Excel (the table by unit) or printed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Office", "Báo cáo tổng hợp"), "office_report", parent)

        self.row.addSpacing(20)
        number_label = QLabel(translate("Office", "Số &văn bản:"), self)
        self.row.addWidget(number_label)
        self.number = QLineEdit(self)
        self.number.setObjectName("reportNumber")
        self.number.setMaxLength(20)
        self.number.setMaximumWidth(80)
        self.number.setToolTip(translate("Office", "Ví dụ 12 (in “Số 12-BC/…”); để trống thì in chỗ trống để viết tay"))
        number_label.setBuddy(self.number)
        self.row.addWidget(self.number)
        self.number_hint = QLabel(self)
        self.number_hint.setObjectName("hint")
        self.row.addWidget(self.number_hint)
        self.row.addSpacing(16)
        date_label = QLabel(translate("Office", "&Ngày báo cáo:"), self)
        self.issued = DateField(self)
        self.issued.setObjectName("reportDate")
        date_label.setBuddy(self.issued)
        self.row.addWidget(date_label)
        self.row.addWidget(self.issued)
        self.row.addStretch(1)
        self.date_error = error_label(self)
        self.date_error.setObjectName("reportDateError")
        self.lay.addWidget(self.date_error)
        self.number_warning = QLabel(self)
        self.number_warning.setObjectName("numberWarning")
        self.number_warning.setWordWrap(True)
        self.number_warning.setStyleSheet("color: #9a5b00;")
        self.number_warning.hide()
        self.lay.addWidget(self.number_warning)
        self.lay.addWidget(hint_label(translate(
            "Office", "Báo cáo cộng số liệu của các gói đã nhận trong kỳ (mỗi đơn vị lấy lần gửi mới nhất), "
                      "theo thông tin văn phòng ở trang “Thông tin văn phòng”; phần I do chương trình viết, phần "
                      "II và III văn phòng tự viết dưới đây (lưu theo từng kỳ)."), self))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.limitations = QPlainTextEdit(self)
        self.limitations.setObjectName("limitations")
        self.limitations.setTabChangesFocus(True)
        self.directions = QPlainTextEdit(self)
        self.directions.setObjectName("directions")
        self.directions.setTabChangesFocus(True)
        form.addRow(translate("Office", "II. Hạn chế, nguyên nhân (văn phòng tự viết):"), self.limitations)
        form.addRow(translate("Office", "III. Phương hướng, nhiệm vụ (văn phòng tự viết):"), self.directions)
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
        self.issued.changed.connect(self.date_error.hide)
        self.issued.changed.connect(lambda: self.offer_number())
        self.number.textEdited.connect(lambda _t: self.check_number())
        self.preview_dialog: Any = None
        self._key: str | None = None  # the period whose texts are shown
        self._texts = ("", "")  # as saved
        self._offered: str | None = None
        self.today = dt.date.today()

    def load(self, today: dt.date | None = None) -> None:
        self.today = today or self.today
        if not self._filled:
            self.issued.set_value(self.today)
        super().load(today)

    def _period_chosen(self) -> None:
        """Leaving one period with sections II and III typed and not saved asks first."""
        new = self.period()
        if self._key is not None and new != self._key and self.unsaved():
            old = self._key
            answer = ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel:
                self.period_combo.set_quietly(old)
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save_texts(key=old)
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

    # ----------------------------------------------------------- sections II and III
    def _typed(self) -> tuple[str, str]:
        return self.limitations.toPlainText().strip(), self.directions.toPlainText().strip()

    def unsaved(self) -> bool:
        return self._key is not None and self._typed() != tuple(t.strip() for t in self._texts)

    def keep_unsaved(self, then: Any) -> None:
        self.save_texts(then=then)

    def discard_unsaved(self) -> None:
        self.limitations.setPlainText(self._texts[0])
        self.directions.setPlainText(self._texts[1])

    def save_texts(self, *, key: str | None = None, then: Any = None) -> None:
        key = key or self.period()
        lim, dirs = self._typed()
        if key == self._key:
            self._texts = (lim, dirs)

        def done(_r: Any) -> None:
            self.status.emit(translate("Office", "Đã lưu nội dung báo cáo tổng hợp."))
            if then is not None:
                then()

        reports.save_period_texts(parent=self, period=key, limitations=lim, directions=dirs, success=done)

    # ----------------------------------------------------------- number and date
    def _issued_or_none(self) -> dt.date | None:
        return try_parse_date(self.issued.text()) if self.issued.text() else self.today

    def offer_number(self) -> None:
        key, issued = self.period(), self._issued_or_none()
        if not key or issued is None:
            return
        offered = f"{reports.next_document_number(period=key, issued=issued):02d}"
        typed = self.number.text().strip()
        if not typed or typed == self._offered:
            self.number.setText(offered)
        self._offered = offered
        self.check_number()

    def check_number(self) -> None:
        typed, key, issued = self.number.text().strip(), self.period(), self._issued_or_none()
        self.number_hint.setText(translate("Office", "(số tiếp theo: {n})").format(n=self._offered)
                                 if self._offered and typed != self._offered else "")
        if not typed.isdigit() or int(typed) < 1 or issued is None:
            self.number_warning.hide()
            return
        uses = [u for u in reports.document_number_uses(int(typed), issued=issued) if u["period_key"] != key]
        if not uses:
            self.number_warning.hide()
            return
        used = "; ".join(translate("Office", "báo cáo {period} ngày {date}").format(
            period=period_text(u["period_key"]), date=i18n.date(u["issued"])) for u in uses)
        self.number_warning.setText(translate(
            "Office", "⚠ Số {n} đã dùng trong nhiệm kỳ này cho {used}. Vẫn in được, nhưng hai văn bản sẽ trùng "
                      "số; số tiếp theo còn trống là {offered}.").format(
            n=f"{int(typed):02d}", used=used, offered=self._offered or ""))
        self.number_warning.show()

    def _document(self) -> tuple[str | None, dt.date] | None:
        """The number and date typed, or None after saying beside the date what is wrong."""

        try:
            issued = parse_date(self.issued.text()) if self.issued.text() else self.today
        except UserError as exc:
            self.date_error.setText(translate("Office", "Ngày báo cáo: {reason}").format(reason=ops.error_text(exc)))
            self.date_error.show()
            self.issued.setFocus()
            return None
        self.date_error.hide()
        return self.number.text().strip() or None, issued

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
