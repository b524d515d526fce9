"""The list page of one record kind (Hội nghị, Đối thoại, …): toolbar, search, period filter,
a windowed table, forms to edit, Excel in and out."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QTimer, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dvdesktop import operations as ops
from dvdesktop.core.domain import KINDS
from dvdesktop.gui import i18n
from dvdesktop.gui.models import RecordTableModel
from dvdesktop.gui.widgets import PeriodCombo, fill_period_combo, fit_columns, shortcut, with_suffix
from dvdesktop.operations import records, sheets
from dvdesktop.store.fold import fold

translate = QCoreApplication.translate


SEARCH_DEBOUNCE_MS = 250


#: The ground of the words a search found, in a list's cells.
MATCH_BG = QColor("#ffe16b")


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where in ``text`` the searched ``words`` (folded) start a word, ignoring case and
    diacritics as the search does: [(start, end), ...] in ``text``'s own positions."""

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
    """Draws a list's cells with the words searched for on a yellow ground.

    The page's view draws through it only while words are searched (``ListPage.apply_filter``):
    a cell painted through a Python delegate costs about twice one painted by Qt's own.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_search(self, text: str | None) -> None:
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
        self._plain_delegate = self.view.itemDelegate()  # Qt's own, while nothing is searched
        lay.addWidget(self.view, 1)
        # The hint over an empty list, made the first time the list is empty: a list that
        # has rows never needs it (and the viewport's first use from Python costs ~5 ms).
        self.empty_hint: QLabel | None = None
        self._overlay: _Overlay | None = None

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
        delegate = self.highlight if self.highlight.words else self._plain_delegate
        if self.view.itemDelegate() is not delegate:
            self.view.setItemDelegate(delegate)
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
        if empty and self.empty_hint is None:
            self.empty_hint = QLabel(self.view.viewport())
            self.empty_hint.setObjectName("emptyHint")
            self.empty_hint.setWordWrap(True)
            self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.empty_hint.setStyleSheet("color: #555; font-size: 11pt;")
            self._overlay = _Overlay(self.empty_hint, self.view.viewport())
        if self.empty_hint is None or self._overlay is None:
            return
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
        # Imported here: openpyxl: 90-170 ms (measured), only when a workbook is read or written.
        from dvdesktop.sheets import proposed_file_name

        kind, period, search = self.kind, self.model.period, self.model.search
        path, _ = QFileDialog.getSaveFileName(self, translate("Pages", "Xuất Excel"),
                                              proposed_file_name(kind, period),
                                              translate("Pages", "Bảng tính Excel (*.xlsx)"))
        if not path:
            return
        path = with_suffix(path, ".xlsx")
        order, desc = self.model.order_by, self.model.descending
        reveal, today = self.model.reveal, self.model.today

        sheets.export_sheet(parent=self, kind=kind, path=Path(path), period=period, search=search or None,
                            order_by=order, descending=desc, reveal=reveal, today=today,
                            success=lambda p: self.status.emit(translate("Pages", "Đã xuất: {path}").format(path=p)))

    def save_template(self) -> None:
        """A blank workbook of this kind's columns, to fill in and bring back with "Nhập từ Excel"."""
        # Imported here: openpyxl: 90-170 ms (measured), only when a workbook is read or written.
        from dvdesktop.sheets import template_file_name

        kind = self.kind
        path, _ = QFileDialog.getSaveFileName(self, translate("Pages", "Lưu mẫu Excel"), template_file_name(kind),
                                              translate("Pages", "Bảng tính Excel (*.xlsx)"))
        if not path:
            return
        path = with_suffix(path, ".xlsx")
        sheets.save_template(parent=self, kind=kind, path=Path(path),
                             success=lambda p: self.status.emit(translate("Pages", "Đã lưu mẫu: {path}").format(path=p)))

    def import_xlsx(self) -> None:
        """Choose a workbook, read and check it off the UI thread, then the preview decides."""
        # Imported here: a dialog the window does not show at start-up (2-3 ms measured).
        from dvdesktop.gui.sheet_import import import_from_file

        path, _ = QFileDialog.getOpenFileName(
            self, translate("Pages", "Nhập từ Excel"), "",
            translate("Pages", "Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv);;Mọi tệp (*)"))
        if path:
            import_from_file(self, self.kind, Path(path))
