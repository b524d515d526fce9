"""Tổng quan: this period's figures against the same period last year, and what needs doing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from dvdesktop.core.periods import current_period
from dvdesktop.gui import i18n
from dvdesktop.gui.models import DUE_SOON_BG, OVERDUE_BG
from dvdesktop.gui.widgets import PeriodCombo, fill_period_combo, fit_table_headers
from dvdesktop.operations import records, reports

translate = QCoreApplication.translate


def _rows(s: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(chỉ tiêu, kỳ này, cùng kỳ, tăng giảm) for the overview table."""
    # A figure not recorded shows "–"; a cùng kỳ entered by hand is marked so (Ledger.set_baseline).
    hand = translate("Overview", "{value} (nhập tay)")

    def count(label: str, now: int | None, before: int | None,
              prev: dict[str, Any] | None = None) -> tuple[str, str, str, str]:
        now_text = "–" if now is None else i18n.number(now)
        if before is None:
            return label, now_text, "–", ""
        before_text = i18n.number(before)
        if prev is not None and prev.get("source") == "baseline":
            before_text = hand.format(value=before_text)
        if now is None:
            return label, now_text, before_text, ""
        diff = now - before
        change = "=" if diff == 0 else (f"+{i18n.number(diff)}" if diff > 0 else f"−{i18n.number(-diff)}")
        return label, now_text, before_text, change

    def rate(label: str, part: int | None, whole: int | None, ppart: int | None,
             pwhole: int | None) -> tuple[str, str, str, str]:
        now = f"{i18n.number(part)}/{i18n.number(whole)}, {i18n.percent(part, whole)}" if whole and part is not None else "–"
        before = (f"{i18n.number(ppart)}/{i18n.number(pwhole)}, {i18n.percent(ppart, pwhole)}"
                  if pwhole and ppart is not None else "–")
        return label, now, before, ""

    m, d, r, mo, a = s["meetings"], s["dialogues"], s["reception"], s["models"], s["awards"]
    mp, dp, vp, lp = m["previous"], d["previous"], r["visits"]["previous"], r["letters"]["previous"]
    mop = mo["previous"]
    return [
        count(translate("Overview", "Hội nghị, sinh hoạt (cuộc)"), m["count"], mp["count"], mp),
        count(translate("Overview", "Lượt người dự hội nghị"), m["attendance"], mp["attendance"], mp),
        rate(translate("Overview", "Đảng viên dự / được triệu tập"), m["members_present"], m["members_expected"],
             mp["members_present"], mp["members_expected"]),
        count(translate("Overview", "Đối thoại (cuộc)"), d["count"], dp["count"], dp),
        count(translate("Overview", "Lượt người tham gia đối thoại"), d["participants"], dp["participants"], dp),
        count(translate("Overview", "Ý kiến tại đối thoại"), d["opinions"], dp["opinions"], dp),
        count(translate("Overview", "Vấn đề được nêu"), d["issues"], dp["issues"], dp),
        count(translate("Overview", "Tiếp công dân (lượt)"), r["visits"]["count"], vp["count"], vp),
        count(translate("Overview", "Vụ việc qua tiếp công dân"), r["visits"]["cases"], vp["cases"], vp),
        rate(translate("Overview", "Vụ việc (tiếp công dân) đã giải quyết"), r["visits"]["cases_resolved"],
             r["visits"]["cases"], vp["cases_resolved"], vp["cases"]),
        count(translate("Overview", "Đơn thư tiếp nhận (đơn)"), r["letters"]["count"], lp["count"], lp),
        rate(translate("Overview", "Vụ việc (đơn thư) đã giải quyết"), r["letters"]["cases_resolved"],
             r["letters"]["cases"], lp["cases_resolved"], lp["cases"]),
        count(translate("Overview", "Mô hình “Dân vận khéo” (lũy kế)"), mo["count"], mop["count"], mop),
        count(translate("Overview", "Mô hình đăng ký mới trong kỳ"), mo["new"], mop["new"], mop),
        count(translate("Overview", "Khen thưởng (tập thể và cá nhân)"), a["count"], None),
    ]


class OverviewPage(QWidget):
    status = Signal(str)
    open_reception = Signal(str)  # case code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_overview")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 2)
        lay.setSpacing(4)
        head = QHBoxLayout()
        self.title = QLabel(translate("Overview", "Tổng quan"), self)
        self.title.setObjectName("pageTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        label = QLabel(translate("Overview", "&Kỳ báo cáo:"), self)
        head.addWidget(label)
        self.period_combo = PeriodCombo(self)
        label.setBuddy(self.period_combo)
        self.period_combo.setObjectName("period")
        self.period_combo.setMinimumContentsLength(20)
        head.addWidget(self.period_combo)
        lay.addLayout(head)
        self.demo_label = QLabel(translate(
            "Overview", "Đây là DỮ LIỆU MẪU để dùng thử, không phải số liệu của đơn vị nào. Dữ liệu thật "
                        "của đơn vị mở bằng lệnh dvdesktop (không có --demo)."), self)
        self.demo_label.setObjectName("demoBanner")
        self.demo_label.setWordWrap(True)
        self.demo_label.setStyleSheet("background: #fff1cc; border: 1px solid #e0b040; padding: 4px 8px;")
        self.demo_label.hide()
        lay.addWidget(self.demo_label)
        self.unit_label = QLabel(self)
        self.unit_label.setObjectName("unitLine")
        self.unit_label.setWordWrap(True)
        lay.addWidget(self.unit_label)

        body = QHBoxLayout()
        left = QVBoxLayout()
        title_row = QHBoxLayout()
        self.figures_title = QLabel(self)
        self.figures_title.setObjectName("sectionTitle")
        title_row.addWidget(self.figures_title, 1)
        self.baseline_button = QPushButton(translate("Overview", "Số liệu nhập tay…"), self)
        self.baseline_button.setObjectName("baselineButton")
        self.baseline_button.setToolTip(translate("Overview", "Nhập số liệu các kỳ trước (từ báo cáo giấy) để so "
                                                              "sánh cùng kỳ"))
        self.baseline_button.setAutoDefault(False)
        self.baseline_button.clicked.connect(lambda: self.open_baseline())
        title_row.addWidget(self.baseline_button)
        left.addLayout(title_row)
        self.figures = QTableWidget(0, 4, self)
        self.figures.setObjectName("figures")
        self.figures.setHorizontalHeaderLabels([translate("Overview", "Chỉ tiêu"), translate("Overview", "Kỳ này"),
                                                translate("Overview", "Cùng kỳ năm trước"),
                                                translate("Overview", "Tăng, giảm")])
        self._table_style(self.figures)
        self.figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            self.figures.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        left.addWidget(self.figures, 1)
        self.baseline_note = QLabel(self)
        self.baseline_note.setObjectName("baselineNote")
        self.baseline_note.setWordWrap(True)
        self.baseline_note.setStyleSheet("color: #9a5b00;")
        self.baseline_note.hide()
        left.addWidget(self.baseline_note)
        body.addLayout(left, 3)
        self.baseline_dialog: Any = None

        right = QVBoxLayout()
        self.dialogue_label = QLabel(self)
        self.dialogue_label.setObjectName("dialogueCheck")
        self.dialogue_label.setWordWrap(True)
        right.addWidget(self.dialogue_label)
        t = QLabel(translate("Overview", "Vụ việc quá hạn hoặc sắp đến hạn (7 ngày)"), self)
        t.setObjectName("sectionTitle")
        right.addWidget(t)
        self.matters = QTableWidget(0, 3, self)
        self.matters.setObjectName("matters")
        self.matters.setHorizontalHeaderLabels([translate("Overview", "Vụ việc"), translate("Overview", "Phân loại"),
                                                translate("Overview", "Thời hạn")])
        self._table_style(self.matters)
        self.matters.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.matters.cellDoubleClicked.connect(
            lambda row, _c: self.open_reception.emit(self.matters.item(row, 0).text()))
        right.addWidget(self.matters, 1)
        body.addLayout(right, 2)
        lay.addLayout(body, 1)
        fit_table_headers(self.matters)
        self.period_combo.period_changed.connect(lambda _k: self.refresh())
        ops.changes().changed.connect(self._on_changed)
        self._loaded = False
        self._stale = False  # data changed while the page was hidden

    def _on_changed(self, kinds: set[str]) -> None:
        if kinds and kinds <= {"settings", "exports", "period_text"}:
            return  # nothing the overview shows
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read again when shown, not for every change made elsewhere

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and self._loaded:
            self.refresh()

    @staticmethod
    def _table_style(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(22)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)

    def load(self, *, cutoff_day: int = 1, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        self.today = today
        fill_period_combo(self.period_combo, cutoff_day=cutoff_day, today=today, all_item=False, years=2)
        self.period_combo.set_quietly(current_period("half", today=today, cutoff_day=cutoff_day).key)
        self._loaded = True
        self.refresh()

    def refresh(self) -> None:
        if not self._loaded:
            return
        self._stale = False
        key = self.period_combo.period()
        today = self.today

        # Periods chosen quickly one after another (arrow keys) give results in any order:
        # only the last asked is shown.
        self._asked = getattr(self, "_asked", 0) + 1
        asked = self._asked
        reports.overview(parent=self, period=key, today=today,
                         success=lambda data: self._show(data) if asked == self._asked else None)

    def open_baseline(self) -> None:
        """Số liệu nhập tay, on the period this one is compared with."""
        # Imported here: a dialog the window does not show at start-up (2-3 ms measured).
        from dvdesktop.gui.baseline import open_baseline

        key = self.period_combo.period()
        previous = records.previous_year_key(key)
        open_baseline(self, period=previous, today=getattr(self, "today", None), status=self.status.emit)

    def _show_baseline(self, baseline: dict[str, Any] | None, previous: Any) -> None:
        """Which cùng kỳ figures were entered by hand, and which sections use records instead."""
        # Imported here: a dialog the window does not show at start-up (2-3 ms measured).
        from dvdesktop.gui.baseline import section_label

        if not baseline:
            self.baseline_note.hide()
            return
        parts = []
        if baseline.get("used"):
            parts.append(translate("Overview", "Cùng kỳ {period}: {sections} là số liệu nhập tay.").format(
                period=i18n.period_label(previous), sections=", ".join(section_label(p) for p in baseline["used"])))
        if baseline.get("ignored"):
            parts.append(translate("Overview", "{sections}: kỳ đó đã có bản ghi nên dùng bản ghi, không dùng số "
                                               "liệu nhập tay.").format(
                sections=", ".join(section_label(p) for p in baseline["ignored"])))
        self.baseline_note.setText(" ".join(parts))
        self.baseline_note.setVisible(bool(parts))

    def _show(self, data: dict[str, Any]) -> None:
        s, period, unit = data["summary"], data["period"], data["unit"]
        self.unit_label.setText(translate("Overview", "{name} · cấp trên: {superior} · {members} đảng viên").format(
            name=unit.get("name", ""), superior=unit.get("superior", ""), members=i18n.number(unit.get("members") or 0)))
        self.figures_title.setText(translate("Overview", "Số liệu {period} so với cùng kỳ ({previous})").format(
            period=i18n.period_label(period), previous=i18n.period_label(period.previous_year())))
        rows = _rows(s)
        self.figures.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.figures.setItem(r, c, item)
        self._show_baseline(s.get("baseline"), period.previous_year())
        year = self.today.year
        self.demo_label.setVisible(data.get("demo", False))
        planned = data.get("planned") or []
        if data["with_people"]:
            text = translate("Overview", "✔ Năm {year} đã tổ chức {n} cuộc đối thoại với nhân dân ({all} cuộc đối thoại).")
            self.dialogue_label.setStyleSheet("")
        elif planned:
            text = translate("Overview", "Năm {year} chưa tổ chức cuộc đối thoại nào với nhân dân; đã thông báo "
                                         "cuộc đối thoại ngày {date}.")
            self.dialogue_label.setStyleSheet("color: #9a5b00;")
        else:
            text = translate("Overview", "⚠ Năm {year} chưa có cuộc đối thoại nào với nhân dân. "
                                         "Luật quy định đối thoại ít nhất mỗi năm một lần.")
            self.dialogue_label.setStyleSheet("color: #9a5b00;")
        self.dialogue_label.setText(text.format(year=year, n=i18n.number(data["with_people"]),
                                                all=i18n.number(data["dialogues"]),
                                                date=i18n.date(planned[0]["date"]) if planned else ""))
        matters = data["matters"]
        self.matters.setRowCount(len(matters))
        for r, m in enumerate(matters):
            left = m.days_left(self.today)
            if left is not None and left < 0:
                due = translate("Overview", "{date}: quá {days} ngày").format(date=i18n.date(m.due()), days=-left)
            else:
                due = translate("Overview", "{date}: còn {days} ngày").format(date=i18n.date(m.due()), days=left)
            for c, v in enumerate((m.case_code, i18n.choice("reception.category", m.category), due)):
                item = QTableWidgetItem(v)
                item.setBackground(QBrush(OVERDUE_BG if m.overdue(self.today) else DUE_SOON_BG))
                self.matters.setItem(r, c, item)
        self.matters.resizeColumnToContents(0)
        self.matters.resizeColumnToContents(1)
        fit_table_headers(self.matters)  # an empty list's columns fitted to nothing: never narrower than their headers
        if not matters:
            self.matters.setRowCount(1)
            self.matters.setItem(0, 0, QTableWidgetItem(translate("Overview", "Không có vụ việc nào quá hạn.")))
            self.matters.setSpan(0, 0, 1, 3)
        else:
            self.matters.clearSpans()
