"""What the unit's report page and the consolidated report page share: sections II and III
typed for a period (``PeriodTexts``), and the report's number and date (``ReportNumbering``:
the next number of the term offered, its own if the report was numbered already; a warning
when the number typed went to another report of the term; the date checked)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from dvdesktop import operations as ops
from dvdesktop.base.errors import UserError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.core.fmt import parse_date, try_parse_date
from dvdesktop.gui import i18n
from dvdesktop.gui.forms import ask_unsaved
from dvdesktop.gui.widgets import DateField, error_label, period_text
from dvdesktop.operations import reports

translate = QCoreApplication.translate


class ReportNumbering:
    """Mixed into a page (a QWidget) with ``today`` and ``report_period()``: ``add_number_and_date``
    puts the fields in the page's rows; ``offer_number``, ``check_number`` and
    ``read_document`` do the rest."""

    today: dt.date

    def report_period(self) -> str | None:
        raise NotImplementedError

    def add_number_and_date(self: QWidget, row: QBoxLayout, lay: QBoxLayout, *, date_tip: str = "") -> None:
        number_label = QLabel(translate("Reports", "Số &văn bản:"), self)
        self.number = QLineEdit(self)
        self.number.setObjectName("reportNumber")
        self.number.setMaxLength(20)
        self.number.setMaximumWidth(90)
        self.number.setToolTip(translate("Reports", "Ví dụ 12 (in “Số 12-BC/…”); để trống thì in chỗ trống để viết tay"))
        number_label.setBuddy(self.number)
        row.addWidget(number_label)
        row.addWidget(self.number)
        self.number_hint = QLabel(self)
        self.number_hint.setObjectName("hint")
        row.addWidget(self.number_hint)
        row.addSpacing(16)
        date_label = QLabel(translate("Reports", "&Ngày báo cáo:"), self)
        self.issued = DateField(self)
        self.issued.setObjectName("reportDate")
        if date_tip:
            self.issued.setToolTip(date_tip)
        date_label.setBuddy(self.issued)
        row.addWidget(date_label)
        row.addWidget(self.issued)
        row.addStretch(1)
        self.date_error = error_label(self)
        self.date_error.setObjectName("reportDateError")
        lay.addWidget(self.date_error)
        self.number_warning = QLabel(self)
        self.number_warning.setObjectName("numberWarning")
        self.number_warning.setWordWrap(True)
        self.number_warning.setStyleSheet("color: #9a5b00;")
        self.number_warning.hide()
        lay.addWidget(self.number_warning)
        self._offered: str | None = None  # the number offered, while the user has not typed another
        self.issued.changed.connect(self.date_error.hide)
        self.issued.changed.connect(lambda: self.offer_number())
        self.number.textEdited.connect(lambda _t: self.check_number())

    def _issued_or_none(self) -> dt.date | None:
        return try_parse_date(self.issued.text()) if self.issued.text() else self.today

    def offer_number(self) -> None:
        """The next number of the term for this report (its own, if it was numbered
        already), put in the field unless the user typed another."""
        key, issued = self.report_period(), self._issued_or_none()
        if not key or issued is None:
            return
        offered = f"{reports.next_document_number(period=key, issued=issued):02d}"
        typed = self.number.text().strip()
        if not typed or typed == self._offered:
            self.number.setText(offered)
        self._offered = offered
        self.check_number()

    def check_number(self) -> None:
        """Warn (without refusing) when the number typed already went to another report of the term."""
        typed, key, issued = self.number.text().strip(), self.report_period(), self._issued_or_none()
        self.number_hint.setText(translate("Reports", "(số tiếp theo: {n})").format(n=self._offered)
                                 if self._offered and typed != self._offered else "")
        if not typed.isdigit() or int(typed) < 1 or issued is None:
            self.number_warning.hide()
            return
        uses = [u for u in reports.document_number_uses(int(typed), issued=issued) if u["period_key"] != key]
        if not uses:
            self.number_warning.hide()
            return
        used = "; ".join(translate("Reports", "báo cáo {period} ngày {date}").format(
            period=period_text(u["period_key"]), date=i18n.date(u["issued"])) for u in uses)
        self.number_warning.setText(translate(
            "Reports", "⚠ Số {n} đã dùng trong nhiệm kỳ này cho {used}. Vẫn in được, nhưng hai văn bản sẽ trùng "
                       "số; số tiếp theo còn trống là {offered}.").format(
            n=f"{int(typed):02d}", used=used, offered=self._offered or ""))
        self.number_warning.show()

    def read_document(self) -> tuple[str | None, dt.date | None] | None:
        """The number and date typed (None for an empty date), or None after saying beside
        the date what is wrong."""
        try:
            issued = parse_date(self.issued.text()) if self.issued.text() else None
        except UserError as exc:
            self.date_error.setText(translate("Reports", "Ngày báo cáo: {reason}").format(reason=ops.error_text(exc)))
            self.date_error.show()
            self.issued.setFocus()
            return None
        self.date_error.hide()
        return self.number.text().strip() or None, issued


class PeriodTexts:
    """Mixed into a report page with ``limitations`` and ``directions`` (the boxes of
    sections II and III), ``report_period()`` and ``status``: what was typed, kept with the
    period; the window asks before leaving them unsaved. ``TEXTS_SAVED`` is what the status
    bar says once they are kept."""

    TEXTS_SAVED = QT_TRANSLATE_NOOP("Reports", "Đã lưu nội dung báo cáo.")
    _key: str | None = None  # the period whose texts are shown
    _texts: tuple[str, str] = ("", "")  # as saved

    def text_boxes(self, limitations_label: str, directions_label: str) -> QFormLayout:
        """The boxes of sections II and III under their labels, as a form to add to the page."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.limitations = QPlainTextEdit(self)
        self.limitations.setObjectName("limitations")
        self.limitations.setTabChangesFocus(True)
        self.directions = QPlainTextEdit(self)
        self.directions.setObjectName("directions")
        self.directions.setTabChangesFocus(True)
        form.addRow(limitations_label, self.limitations)
        form.addRow(directions_label, self.directions)
        return form

    def may_leave_period(self) -> bool:
        """Another period chosen in ``period_combo``: with sections II and III of the one shown
        typed and not saved, ask first (kept, dropped, or stay: False, the choice undone)."""
        new = self.period_combo.period()
        if self._key is not None and new != self._key and self.unsaved():
            old = self._key
            answer = ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel:
                self.period_combo.set_quietly(old)
                return False
            if answer == QMessageBox.StandardButton.Save:
                self.save_texts(key=old)
        return True

    def _typed(self) -> tuple[str, str]:
        return self.limitations.toPlainText().strip(), self.directions.toPlainText().strip()

    # Leaving the page or quitting with sections II and III changed: the window asks.
    def unsaved(self) -> bool:
        return self._key is not None and self._typed() != tuple(t.strip() for t in self._texts)

    def keep_unsaved(self, then: Any) -> None:
        self.save_texts(then=then)

    def discard_unsaved(self) -> None:
        self.limitations.setPlainText(self._texts[0])
        self.directions.setPlainText(self._texts[1])

    def save_texts(self, *, key: str | None = None, then: Any = None) -> None:
        key = key or self.report_period()
        lim, dirs = self._typed()
        if key == self._key:
            self._texts = (lim, dirs)

        def done(_r: Any) -> None:
            self.status.emit(translate("Reports", self.TEXTS_SAVED))
            if then is not None:
                then()

        reports.save_period_texts(parent=self, period=key, limitations=lim, directions=dirs, success=done)
