"""The pages of the main window: a list per record kind, and the reception extras."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesktop import operations as ops
from dvdesktop.operations import records, sheets
from dvdesktop.core.domain import KINDS
from dvdesktop.gui import i18n
from dvdesktop.gui.models import SECRET, RecordTableModel
from dvdesktop.gui.widgets import PeriodCombo, shortcut

translate = QCoreApplication.translate

SEARCH_DEBOUNCE_MS = 250

#: The ground of the words a search found, in a list's cells.
MATCH_BG = QColor("#ffe16b")

def fill_period_combo(combo: PeriodCombo, *, cutoff_day: int, today: dt.date,
                      all_item: bool, years: int = 2) -> None:
    """This year and the ``years - 1`` before it, and every year the file has data for,
    each with its halves, quarters and months, newest first; then a custom range."""
    data_years = records.data_years()
    combo.fill(cutoff_day=cutoff_day, today=today, all_item=all_item, years=years, data_years=data_years)


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where in ``text`` the searched ``words`` (folded) start a word, ignoring case and
    diacritics as the search does: [(start, end), ...] in ``text``'s own positions."""
    from dvdesktop.store.fold import fold

    if not text or not words:
        return []
    folded, origin = [], []
    for i, ch in enumerate(text):
        for f in fold(ch):
            folded.append(f)
            origin.append(i)
    flat = "".join(folded)
    spans = []
    for word in words:
        start = flat.find(word)
        while start >= 0:
            if start == 0 or not flat[start - 1].isalnum():
                end = start + len(word) - 1
                spans.append((origin[start], origin[end] + 1))
            start = flat.find(word, start + 1)
    return sorted(spans)


class HighlightDelegate(QStyledItemDelegate):
    """Draws a list's cells with the words searched for on a yellow ground."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_search(self, text: str | None) -> None:
        import re

        from dvdesktop.store.fold import fold

        self.words = re.findall(r"\w+", fold(text or ""))

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Any) -> None:
        if not self.words:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        spans = match_spans(text, self.words)
        if not spans:
            super().paint(painter, option, index)
            return
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        fm = opt.fontMetrics
        shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        right = bool(opt.displayAlignment & Qt.AlignmentFlag.AlignRight)
        x0 = rect.right() - fm.horizontalAdvance(shown) if right else rect.left()
        painter.save()
        painter.setClipRect(rect)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(rect, int(opt.displayAlignment | Qt.AlignmentFlag.AlignVCenter), shown)
        # Each match on yellow, in dark letters even on a selected (dark) row.
        painter.setPen(QColor("#000000"))
        visible = len(shown.rstrip("…")) if shown != text else len(text)
        for a, b in spans:
            if a >= visible:
                continue
            b = min(b, visible)
            x = x0 + fm.horizontalAdvance(text[:a])
            box = QRect(x, rect.top() + 2, fm.horizontalAdvance(text[a:b]), rect.height() - 4)
            painter.fillRect(box, MATCH_BG)
            painter.drawText(QRect(x, rect.top(), box.width() + 2, rect.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text[a:b])
        painter.restore()


class _Overlay(QObject):
    """Keeps a label centred over a view's viewport (the empty list's hint)."""

    def __init__(self, label: QLabel, viewport: QWidget) -> None:
        super().__init__(label)
        self.label, self.viewport = label, viewport
        viewport.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.viewport and event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def place(self) -> None:
        r = self.viewport.rect()
        width = min(640, max(200, r.width() - 40))
        height = self.label.heightForWidth(width) if self.label.wordWrap() else self.label.sizeHint().height()
        self.label.setGeometry((r.width() - width) // 2, max(10, r.height() // 3 - height // 2), width, height + 8)


def xlsx_available() -> bool:
    """Whether Excel in and out can work, asked without importing openpyxl (~90 ms at start)."""
    try:
        return all(importlib.util.find_spec(name) is not None
                   for name in ("openpyxl", "dvdesktop.sheets"))
    except (ImportError, ValueError):
        return False


class ListPage(QWidget):
    """Records of one kind: toolbar, search, period filter, a windowed table; forms to edit."""

    status = Signal(str)  # a short message for the status bar
    total_changed = Signal(str)
    deleted = Signal(str, int)  # kind, id: the window keeps it for Ctrl+Z
    #: kind, the record before (None when added), after: the window keeps it for Ctrl+Z
    recorded = Signal(str, object, object)

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
        self.export_button.setObjectName("exportExcel")
        self.export_button.setToolTip(translate("Pages", "Ghi danh sách đang xem ra tệp Excel (.xlsx)"))
        self.template_button = QPushButton(translate("Pages", "Mẫu Excel…"), self)
        self.template_button.setObjectName("excelTemplate")
        self.template_button.setToolTip(translate("Pages", "Lưu tệp Excel trống có đủ các cột, để điền sổ sách cũ "
                                                           "rồi nhập vào"))
        self.import_button = QPushButton(translate("Pages", "Nhập từ Excel…"), self)
        self.import_button.setObjectName("importExcel")
        self.import_button.setToolTip(translate("Pages", "Đọc bản ghi từ tệp Excel; xem trước từng dòng và lỗi "
                                                         "trước khi lưu"))
        excel = xlsx_available()
        for b in (self.export_button, self.template_button, self.import_button):
            b.setVisible(excel)
        for b in (self.add_button, self.edit_button, self.delete_button, self.export_button,
                  self.template_button, self.import_button):
            b.setAutoDefault(False)
            bar.addWidget(b)
        bar.addSpacing(12)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(translate("Pages", "Tìm (Ctrl+F), gõ có dấu hay không dấu đều được"))
        self.search_edit.setClearButtonEnabled(True)
        bar.addWidget(self.search_edit, 1)
        period_label = QLabel(translate("Pages", "&Kỳ:"), self)
        bar.addWidget(period_label)
        self.period_combo = PeriodCombo(self)
        period_label.setBuddy(self.period_combo)
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
        # Arrows move between cells; Tab goes on to the next control, out of the list.
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        fit_columns(self.view, [c.width for c in self.model.columns])
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.highlight = HighlightDelegate(self.view)
        self.view.setItemDelegate(self.highlight)
        lay.addWidget(self.view, 1)
        self.empty_hint = QLabel(self.view.viewport())
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #555; font-size: 11pt;")
        self.empty_hint.hide()
        self._overlay = _Overlay(self.empty_hint, self.view.viewport())

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.search_edit.returnPressed.connect(self._search_now)
        self.period_combo.period_changed.connect(lambda _key: self.apply_filter())
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button.clicked.connect(self.export_xlsx)
        self.template_button.clicked.connect(self.save_template)
        self.import_button.clicked.connect(self.import_xlsx)
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        widget_only = Qt.ShortcutContext.WidgetShortcut
        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(key, self.view, self.edit_current, widget_only)
        shortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_current, widget_only)
        shortcut("Ctrl+N", self, self.add_record, page_wide)
        shortcut("Ctrl+F", self, self.focus_search, page_wide)
        shortcut(Qt.Key.Key_Down, self.search_edit, self.view.setFocus, widget_only)
        shortcut(Qt.Key.Key_Escape, self.search_edit, self.search_edit.clear, widget_only)
        self.model.modelReset.connect(self._report_total)
        self.model.modelReset.connect(self._show_empty_hint)
        ops.changes().changed.connect(self._on_changed)
        self.dialog: Any = None  # the open RecordDialog
        self._loaded = False

    # ----------------------------------------------------------- loading
    def load(self, *, cutoff_day: int = 1, today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        fill_period_combo(self.period_combo, cutoff_day=cutoff_day, today=self.today, all_item=True)
        self._loaded = True
        self.apply_filter()

    def _search_now(self) -> None:
        self._debounce.stop()
        self.apply_filter()
        if self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(0)

    def apply_filter(self) -> None:
        search = self.search_edit.text().strip()
        self.highlight.set_search(search)
        self.model.set_filter(period=self.period_combo.period(), search=search)
        self.after_refresh()

    def after_refresh(self) -> None:
        """Hook: the reception page computes deadlines here."""

    def _on_changed(self, kinds: set[str]) -> None:
        if not self._loaded:
            return
        if self.kind in kinds or not kinds:
            # A record added in a year the picker does not offer yet (2019 typed for an old one).
            cutoff = records.cutoff_day()
            fill_period_combo(self.period_combo, cutoff_day=cutoff, today=self.today, all_item=True)
        if not kinds or self.kind in kinds or "unit" in kinds:
            row = self.view.currentIndex().row()
            self.model.refresh()
            self.after_refresh()
            if 0 <= row and self.model.rowCount():
                self.view.selectRow(min(row, self.model.rowCount() - 1))

    def _report_total(self, *_: Any) -> None:
        self.total_changed.emit(self.total_text())

    def total_text(self) -> str:
        """"shown / total": records the filter lets through, of every record of the kind."""
        return translate("Pages", "{shown} / {total} bản ghi").format(
            shown=i18n.number(self.model.rowCount()), total=i18n.number(self.model.total_all))

    def empty_text(self) -> str:
        """What the empty list says: how to add the first record, or that nothing matched."""
        if self.model.total_all == 0:
            return translate("Pages", "Chưa có bản ghi nào. Nhấn Ctrl+N để thêm.")
        search = self.search_edit.text().strip()
        period = self.period_combo.period()
        where = self.period_combo.currentText() if period is not None else ""
        if search and where:
            text = translate("Pages", "Không tìm thấy bản ghi nào khớp “{text}” trong {period}.")
        elif search:
            text = translate("Pages", "Không tìm thấy bản ghi nào khớp “{text}”.")
        else:
            text = translate("Pages", "Không có bản ghi nào trong {period}.")
        hint = translate("Pages", "Xóa ô tìm (Esc) hoặc chọn Kỳ “Tất cả” để xem cả {n} bản ghi.").format(
            n=i18n.number(self.model.total_all))
        return text.format(text=search, period=where) + "\n" + hint

    def _show_empty_hint(self) -> None:
        empty = self.model.total == 0 and self.model.active
        if empty:
            self.empty_hint.setText(self.empty_text())
            self._overlay.place()
        self.empty_hint.setVisible(empty)

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
        fresh = records.get_record(self.kind, rec["id"])
        self._open(fresh)

    def edit_record(self, record_id: int) -> None:
        """Open the form of one record (from elsewhere: a finding to fix), selected in the list."""
        self.select_id(record_id)
        self._open(records.get_record(self.kind, record_id))

    def _open(self, record: dict[str, Any] | None) -> None:
        from dvdesktop.gui.forms import RecordDialog  # Qt's .ui loader, only when a form opens

        reveal = bool(getattr(self, "reveal_box", None) and self.reveal_box.isChecked())
        dlg = RecordDialog(self.kind, record=record, parent=self, reveal=reveal)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(lambda rec, before=record: self._saved(rec, before))
        self.dialog = dlg
        dlg.finished.connect(lambda _r: setattr(self, "dialog", None))
        # The keyboard back to the window (its page keys work at once, with or without a
        # window manager that would give it back).
        dlg.finished.connect(lambda _r: self.window().activateWindow())
        dlg.open()

    def _saved(self, rec: dict[str, Any], before: dict[str, Any] | None = None) -> None:
        self.status.emit(translate("Pages", "Đã lưu: {title}. Nhấn Ctrl+Z để hoàn tác.").format(title=self._title(rec)))
        self.recorded.emit(self.kind, before, rec)
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

        records.delete_record(parent=self, kind=kind, record_id=record_id, success=done)

    def export_xlsx(self) -> None:
        """The list as shown (period, search, order) as a typed workbook (dvdesktop.sheets)."""
        from dvdesktop.sheets import proposed_file_name

        kind, period, search = self.kind, self.model.period, self.model.search
        path, _ = QFileDialog.getSaveFileName(self, translate("Pages", "Xuất Excel"),
                                              proposed_file_name(kind, period),
                                              translate("Pages", "Bảng tính Excel (*.xlsx)"))
        if not path:
            return
        path = _with_suffix(path, ".xlsx")
        order, desc = self.model.order_by, self.model.descending
        reveal, today = self.model.reveal, self.model.today

        sheets.export_sheet(parent=self, kind=kind, path=Path(path), period=period, search=search or None,
                            order_by=order, descending=desc, reveal=reveal, today=today,
                            success=lambda p: self.status.emit(translate("Pages", "Đã xuất: {path}").format(path=p)))

    def save_template(self) -> None:
        """A blank workbook of this kind's columns, to fill in and bring back with "Nhập từ Excel"."""
        from dvdesktop.sheets import template_file_name

        kind = self.kind
        path, _ = QFileDialog.getSaveFileName(self, translate("Pages", "Lưu mẫu Excel"), template_file_name(kind),
                                              translate("Pages", "Bảng tính Excel (*.xlsx)"))
        if not path:
            return
        path = _with_suffix(path, ".xlsx")
        sheets.save_template(parent=self, kind=kind, path=Path(path),
                             success=lambda p: self.status.emit(translate("Pages", "Đã lưu mẫu: {path}").format(path=p)))

    def import_xlsx(self) -> None:
        """Choose a workbook, read and check it off the UI thread, then the preview decides."""
        from dvdesktop.gui.sheet_import import import_from_file

        path, _ = QFileDialog.getOpenFileName(
            self, translate("Pages", "Nhập từ Excel"), "",
            translate("Pages", "Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv);;Mọi tệp (*)"))
        if path:
            import_from_file(self, self.kind, Path(path))


def _with_suffix(path: str, suffix: str) -> str:
    return path if path.lower().endswith(suffix) else path + suffix


def fit_columns(view: QTableView, widths: list[int]) -> None:
    """Each column at least as wide as its header text (and the sort arrow), so no header
    is cut at 1366 px; ``widths`` are the preferred widths (0: Qt's default)."""
    header = view.horizontalHeader()
    fm = header.fontMetrics()
    model = view.model()
    for i in range(model.columnCount()):
        text = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
        need = fm.horizontalAdvance(text) + 30
        view.setColumnWidth(i, max(widths[i] if i < len(widths) else 0, need, header.defaultSectionSize() if not widths[i] else 0))


def fit_table_headers(table: QTableWidget) -> None:
    """A QTableWidget's columns at least as wide as their headers."""
    header = table.horizontalHeader()
    fm = header.fontMetrics()
    for i in range(table.columnCount()):
        item = table.horizontalHeaderItem(i)
        need = fm.horizontalAdvance(item.text() if item else "") + 24
        if table.columnWidth(i) < need:
            table.setColumnWidth(i, need)


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
