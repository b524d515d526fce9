"""Tiếp công dân, đơn thư: the list page with deadlines, and the view of one vụ việc."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesktop import operations as ops
from dvdesktop.core.domain import KINDS
from dvdesktop.gui import i18n
from dvdesktop.gui.models import SECRET
from dvdesktop.gui.pages.records import ListPage
from dvdesktop.gui.widgets import shortcut

translate = QCoreApplication.translate


class ReceptionPage(ListPage):
    """Tiếp công dân, đơn thư: deadlines coloured, the vụ việc view, and secrecy of denouncers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("reception", parent)
        self.case_button = QPushButton(translate("Pages", "Xem vụ việc"), self)
        self.case_button.setToolTip(translate("Pages", "Mọi lượt tiếp và đơn của vụ việc đang chọn (Ctrl+M)"))
        self.case_button.setAutoDefault(False)
        self.case_button.clicked.connect(self.show_case)
        shortcut("Ctrl+M", self, self.show_case, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reveal_box = QCheckBox(translate("Pages", "Hiện danh tính người tố cáo"), self)
        self.reveal_box.setObjectName("reveal")
        self.reveal_box.setToolTip(translate(
            "Pages", "Luật Tố cáo: danh tính người tố cáo phải được giữ bí mật. Chỉ hiện khi thật cần; "
                     "lựa chọn này không được ghi nhớ."))
        self.reveal_box.toggled.connect(self.model.set_reveal)
        legend = QLabel(translate("Pages", "Màu đỏ: quá hạn giải quyết · màu vàng: còn dưới 7 ngày"), self)
        legend.setObjectName("hint")
        self.extra_bar.addWidget(self.case_button)
        self.extra_bar.addWidget(self.reveal_box)
        self.extra_bar.addStretch(1)
        self.extra_bar.addWidget(legend)

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        # The reveal is for one look, never remembered: leaving the page hides again.
        self.reveal_box.setChecked(False)
        super().hideEvent(event)

    def today_now(self) -> dt.date:
        """The window's day if it was given one (tests, screenshots), else the computer's."""
        return getattr(self.window(), "today", None) or dt.date.today()

    def after_refresh(self) -> None:
        # Deadlines are read with each page (models.RecordTableModel._page); only "today" moves.
        today = self.today_now()
        if today != self.model.today:
            self.model.set_today(today)

    def show_case(self) -> None:
        rec = self.current_record()
        if rec is None:
            return
        dlg = CaseDialog(rec["case_code"], reveal=self.reveal_box.isChecked(), parent=self, today=self.today_now())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()


class CaseDialog(QDialog):
    """Một vụ việc: every visit and letter that shares its code, and its deadline."""

    def __init__(self, case_code: str, *, reveal: bool, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Pages", "Vụ việc {code}").format(code=case_code))
        today = today or dt.date.today()

        def fn(led: Any) -> tuple[list[dict[str, Any]], Any]:
            entries = [r for r in led.list("reception", search=case_code, order_by="date")
                       if r["case_code"] == case_code]
            matters = led.matters(case_codes=[case_code])
            return entries, (matters[0] if matters else None)

        entries, matter = ops.read(fn)
        lay = QVBoxLayout(self)
        summary = QLabel(self)
        summary.setObjectName("caseSummary")
        summary.setWordWrap(True)
        lines = []
        if matter is not None:
            lines.append(translate("Pages", "Phân loại: {category} · {visits} lượt tiếp · {letters} đơn · Kết quả: {status}")
                         .format(category=i18n.choice("reception.category", matter.category),
                                 visits=i18n.number(matter.visits), letters=i18n.number(matter.letters),
                                 status=i18n.choice("reception.status", matter.status)))
            due = matter.due()
            if due is not None:
                left = matter.days_left(today)
                text = translate("Pages", "Thời hạn giải quyết: {date}").format(date=i18n.date(due))
                if left is not None and left < 0:
                    text += " — " + translate("Pages", "đã quá {days} ngày").format(days=-left)
                else:
                    text += " — " + translate("Pages", "còn {days} ngày").format(days=left)
                lines.append(text)
            elif matter.status != "resolved":
                lines.append(translate("Pages", "Không có thời hạn luật định cho loại vụ việc này."))
        summary.setText("\n".join(lines))
        lay.addWidget(summary)
        table = QTableWidget(len(entries), 6, self)
        table.setObjectName("caseTable")
        table.setHorizontalHeaderLabels([
            i18n.label(KINDS["reception"].field("date")), i18n.label(KINDS["reception"].field("channel")),
            i18n.label(KINDS["reception"].field("citizen_name")), i18n.label(KINDS["reception"].field("content")),
            i18n.label(KINDS["reception"].field("handling")), i18n.label(KINDS["reception"].field("status"))])
        secret = matter is not None and matter.is_secret and not reveal
        for row, e in enumerate(entries):
            name = translate("Lists", SECRET) if secret and e.get("citizen_name") else e.get("citizen_name") or ""
            values = [i18n.date(e["date"]), i18n.choice("reception.channel", e["channel"]), name,
                      e.get("content", ""), i18n.choice("reception.handling", e["handling"]),
                      i18n.choice("reception.status", e["status"])]
            for col, v in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(v))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        lay.addWidget(table, 1)
        close = QPushButton(translate("Pages", "Đóng"), self)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        lay.addLayout(row)
        self.table = table
        self.resize(900, 400)
