"""Tình hình gửi báo cáo: who has reported for a period, and the due date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from dvdesktop import office, operations as ops
from dvdesktop.base.errors import UserError
from dvdesktop.core import fmt
from dvdesktop.gui import i18n
from dvdesktop.gui.office.common import COLOURS
from dvdesktop.gui.office.period_page import OfficePeriodPage
from dvdesktop.gui.widgets import DateField, fill_table, local_time, make_table
from dvdesktop.operations import office as office_ops

translate = QCoreApplication.translate


class StatusPage(OfficePeriodPage):
    """Tình hình gửi báo cáo: every registered unit on time, late or missing for a period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Office", "Tình hình gửi báo cáo"), "office_status", parent)

        self.row.addSpacing(20)
        self.row.addWidget(QLabel(translate("Office", "Hạn gửi (tính cả ngày này):"), self))
        self.due = DateField(self)
        self.due.setObjectName("dueDate")
        self.row.addWidget(self.due)
        self.due_button = QPushButton(translate("Office", "Lưu hạn gửi"), self)
        self.due_button.setObjectName("saveDue")
        self.due_button.clicked.connect(self.save_due)
        self.row.addWidget(self.due_button)
        self.row.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("statusSummary")
        self.lay.addWidget(self.summary)
        self.table = make_table(self, [translate("Office", "Mã đơn vị"), translate("Office", "Tên đơn vị"),
                                   translate("Office", "Tình trạng"), translate("Office", "Gửi lần đầu"),
                                   translate("Office", "Lần gửi hiện hành")], "statusTable", 1)
        self.table.setColumnWidth(0, 110)
        for c, w in ((2, 120), (3, 140), (4, 130)):
            self.table.setColumnWidth(c, w)
        self.lay.addWidget(self.table, 1)
        self.states: list[Any] = []
        ops.changes().changed.connect(self._on_changed)

    def _on_changed(self, kinds: set[str]) -> None:
        if office.RECEIVED in kinds and self._filled and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        key = self.period()
        if not key:
            return
        self.states, due = office_ops.period_status(key)
        self.due.edit.setText(due.strftime("%d/%m/%Y") if due else "")
        rows, colours = [], []
        for st in self.states:
            rows.append([st.unit_code, st.unit_name, translate("Office", st.label),
                         local_time(st.first_received.isoformat()) if st.first_received else "",
                         i18n.number(st.revision) if st.revision else ""])
            colours.append(COLOURS.get(st.state))
        fill_table(self.table, rows, colours)
        counts = {s: sum(1 for st in self.states if st.state == s) for s in ("on_time", "submitted", "late", "missing")}
        self.summary.setText(translate(
            "Office", "{total} đơn vị: đúng hạn {on_time}, trễ hạn {late}, chưa gửi {missing}.").format(
            total=i18n.number(len(self.states)), on_time=i18n.number(counts["on_time"] + counts["submitted"]),
            late=i18n.number(counts["late"]), missing=i18n.number(counts["missing"])))

    def save_due(self) -> None:
        text = self.due.edit.text().strip(" /_")
        key = self.period()
        try:
            due = fmt.parse_date(self.due.edit.text()) if text else None
        except (UserError, ValueError) as exc:
            ops.show_error(self, exc if isinstance(exc, UserError) else UserError(
                translate("Office", "Ngày không hợp lệ: {text}"), text=self.due.edit.text()))
            return
        office_ops.set_due(parent=self, period=key, due=due,
                           success=lambda _r: (self.status.emit(translate("Office", "Đã lưu hạn gửi báo cáo.")),
                                       self.refresh()))
