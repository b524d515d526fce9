"""The pages of the main window: a list per record kind, and the reception extras."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesktop import operations as ops
from dvdesktop.core.domain import KINDS
from dvdesktop.core.periods import period_choices
from dvdesktop.gui import i18n
from dvdesktop.gui.models import SECRET, RecordTableModel, RowContext
from dvdesktop.gui.widgets import shortcut

translate = QCoreApplication.translate

SEARCH_DEBOUNCE_MS = 250


def fill_period_combo(combo: QComboBox, *, cutoff_day: int, today: dt.date,
                      all_item: bool, years: int = 3) -> None:
    """Periods of this year and the years before, newest first (item data: the period key)."""
    combo.clear()
    if all_item:
        combo.addItem(translate("Pages", "Tất cả"), None)
    for year in range(today.year, today.year - years, -1):
        for p in period_choices(year=year, cutoff_day=cutoff_day):
            if p.start <= today or year < today.year:
                combo.addItem(i18n.period_label(p), p.key)


def xlsx_available() -> bool:
    """Whether Excel export can work, asked without importing openpyxl (~90 ms at start)."""
    try:
        return all(importlib.util.find_spec(name) is not None
                   for name in ("openpyxl", "dvdesktop.reports.xlsx"))
    except (ImportError, ValueError):
        return False


def xlsx_exporter() -> Any:
    """``dvdesktop.reports.xlsx.export_rows`` if it can be imported, else None (on click)."""
    try:
        from dvdesktop.reports.xlsx import export_rows
    except ImportError:
        return None
    return export_rows


class ListPage(QWidget):
    """Records of one kind: toolbar, search, period filter, a windowed table; forms to edit."""

    status = Signal(str)  # a short message for the status bar
    total_changed = Signal(str)
    deleted = Signal(str, int)  # kind, id: the window keeps it for Ctrl+Z

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.spec = KINDS[kind]
        self.setObjectName(f"page_{kind}")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 2)
        lay.setSpacing(4)
        title = QLabel(i18n.kind_label(self.spec, plural=True), self)
        title.setObjectName("pageTitle")
        lay.addWidget(title)

        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.add_button = QPushButton(translate("Pages", "Thêm mới"), self)
        self.add_button.setToolTip(translate("Pages", "Thêm mới (Ctrl+N)"))
        self.edit_button = QPushButton(translate("Pages", "Sửa"), self)
        self.edit_button.setToolTip(translate("Pages", "Sửa bản ghi đang chọn (Enter)"))
        self.delete_button = QPushButton(translate("Pages", "Xóa"), self)
        self.delete_button.setToolTip(translate("Pages", "Chuyển vào thùng rác (Delete); Ctrl+Z để hoàn tác"))
        self.export_button = QPushButton(translate("Pages", "Xuất Excel"), self)
        self.export_button.setToolTip(translate("Pages", "Ghi danh sách đang xem ra tệp Excel (.xlsx)"))
        self.export_button.setVisible(xlsx_available())
        for b in (self.add_button, self.edit_button, self.delete_button, self.export_button):
            b.setAutoDefault(False)
            bar.addWidget(b)
        bar.addSpacing(12)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(translate("Pages", "Tìm (Ctrl+F), gõ có dấu hay không dấu đều được"))
        self.search_edit.setClearButtonEnabled(True)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(QLabel(translate("Pages", "Kỳ:"), self))
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("period")
        self.period_combo.setMinimumContentsLength(18)
        bar.addWidget(self.period_combo)
        lay.addLayout(bar)
        self.extra_bar = QHBoxLayout()
        lay.addLayout(self.extra_bar)

        self.model = RecordTableModel(kind, self)
        self.view = QTableView(self)
        self.view.setObjectName("table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(self.model.columns):
            if col.width:
                self.view.setColumnWidth(i, col.width)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        lay.addWidget(self.view, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.search_edit.returnPressed.connect(self._search_now)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button.clicked.connect(self.export_xlsx)
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        widget_only = Qt.ShortcutContext.WidgetShortcut
        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(key, self.view, self.edit_current, widget_only)
        shortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_current, widget_only)
        shortcut("Ctrl+N", self, self.add_record, page_wide)
        shortcut("Ctrl+F", self, self.focus_search, page_wide)
        shortcut(Qt.Key.Key_Down, self.search_edit, self.view.setFocus, widget_only)
        self.model.modelReset.connect(self._report_total)
        ops.changes().changed.connect(self._on_changed)
        self.dialog: Any = None  # the open RecordDialog
        self._loaded = False

    # ----------------------------------------------------------- loading
    def load(self, *, cutoff_day: int = 1, today: dt.date | None = None) -> None:
        self.period_combo.blockSignals(True)
        fill_period_combo(self.period_combo, cutoff_day=cutoff_day, today=today or dt.date.today(),
                          all_item=True)
        self.period_combo.blockSignals(False)
        self._loaded = True
        self.apply_filter()

    def _search_now(self) -> None:
        self._debounce.stop()
        self.apply_filter()
        if self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(0)

    def apply_filter(self) -> None:
        self.model.set_filter(period=self.period_combo.currentData(), search=self.search_edit.text().strip())
        self.after_refresh()

    def after_refresh(self) -> None:
        """Hook: the reception page computes deadlines here."""

    def _on_changed(self, kinds: set[str]) -> None:
        if self._loaded and (not kinds or self.kind in kinds or "unit" in kinds):
            row = self.view.currentIndex().row()
            self.model.refresh()
            self.after_refresh()
            if 0 <= row and self.model.rowCount():
                self.view.selectRow(min(row, self.model.rowCount() - 1))

    def _report_total(self, *_: Any) -> None:
        self.total_changed.emit(self.total_text())

    def total_text(self) -> str:
        # Every matching record is in the list (read as scrolled), so shown = total.
        return translate("Pages", "{shown} / {total} bản ghi").format(
            shown=i18n.number(self.model.rowCount()), total=i18n.number(self.model.total))

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # ----------------------------------------------------------- actions
    def current_record(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def add_record(self) -> None:
        self._open(None)

    def edit_current(self) -> None:
        rec = self.current_record()
        if rec is None:
            self.status.emit(translate("Pages", "Chưa chọn bản ghi nào."))
            return
        fresh = ops.read(lambda led: led.get(self.kind, rec["id"]))
        self._open(fresh)

    def _open(self, record: dict[str, Any] | None) -> None:
        from dvdesktop.gui.forms import RecordDialog  # Qt's .ui loader, only when a form opens

        dlg = RecordDialog(self.kind, record=record, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(self._saved)
        self.dialog = dlg
        dlg.finished.connect(lambda _r: setattr(self, "dialog", None))
        dlg.open()

    def _saved(self, rec: dict[str, Any]) -> None:
        self.status.emit(translate("Pages", "Đã lưu: {title}").format(title=self._title(rec)))
        self.select_id(rec["id"])

    #: How many pages from the top select_id may read to find a record not cached.
    SELECT_SEARCH_PAGES = 5

    def select_id(self, record_id: int) -> None:
        """Select the record if it is among the cached pages or near the top (a new or
        restored record usually is); otherwise leave the selection as it is."""
        row = self.model.row_of(record_id, search_pages=self.SELECT_SEARCH_PAGES)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def _title(self, rec: dict[str, Any]) -> str:
        text = str(rec.get(self.spec.title_field) or "")
        return text if len(text) < 60 else text[:57] + "…"

    def delete_current(self) -> None:
        rec = self.current_record()
        if rec is None:
            return
        kind, record_id = self.kind, rec["id"]
        title = self._title(rec)
        if kind == "reception" and rec.get("category") == "denunciation":
            title = rec.get("case_code") or ""

        def done(_: Any) -> None:
            self.deleted.emit(kind, record_id)
            self.status.emit(translate("Pages", "Đã chuyển vào thùng rác: {title}. Nhấn Ctrl+Z để hoàn tác.")
                             .format(title=title))

        ops.run_op(self, lambda led: led.delete(kind, record_id), success=done, touches={kind, "trash"})

    def export_xlsx(self) -> None:
        export_rows = xlsx_exporter()
        if export_rows is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, translate("Pages", "Xuất Excel"),
                                              f"{self.kind}.xlsx", "Excel (*.xlsx)")
        if not path:
            return
        kind, period, search = self.kind, self.model.period, self.model.search
        order, desc = self.model.order_by, self.model.descending
        columns = [(f"c{i}", c.header) for i, c in enumerate(self.model.columns)]
        model_columns, reveal, today = self.model.columns, self.model.reveal, self.model.today

        def fn(led: Any) -> str:
            records = led.list(kind, period=period, search=search, order_by=order, descending=desc)
            matters = {}
            if kind == "reception" and records:
                codes = {r["case_code"] for r in records if r.get("case_code")}
                matters = {m.case_code: m for m in led.matters(case_codes=codes)}
            ctx = RowContext(matters=matters, today=today, reveal=reveal)
            rows = [{f"c{i}": c.text(r, ctx) for i, c in enumerate(model_columns)} for r in records]
            title = i18n.kind_label(KINDS[kind], plural=True)
            export_rows(path=Path(path), title=title, columns=columns, rows=rows)
            return path

        ops.run_op(self, fn, success=lambda p: self.status.emit(translate("Pages", "Đã xuất: {path}").format(path=p)),
                   progress_text=translate("Pages", "Đang xuất Excel…"))


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

    def after_refresh(self) -> None:
        # Deadlines are read with each page (models.RecordTableModel._page); only "today" moves.
        today = dt.date.today()
        if today != self.model.today:
            self.model.set_today(today)

    def show_case(self) -> None:
        rec = self.current_record()
        if rec is None:
            return
        dlg = CaseDialog(rec["case_code"], reveal=self.reveal_box.isChecked(), parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()


class CaseDialog(QDialog):
    """Một vụ việc: every visit and letter that shares its code, and its deadline."""

    def __init__(self, case_code: str, *, reveal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Pages", "Vụ việc {code}").format(code=case_code))
        today = dt.date.today()

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
