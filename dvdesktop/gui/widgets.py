"""What the window's pages and forms share: typed dates with a calendar, document lists,
issues, the period picker, page titles, tables (the window's navigation is in ``gui/navigation.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dvdesktop.base.errors import UserError
from dvdesktop.core import docrefs
from dvdesktop.core.domain import CHOICE_LABELS
from dvdesktop.core.fmt import parse_date, try_parse_date
from dvdesktop.core.periods import parse_period, period_choices
from dvdesktop.gui import i18n
from dvdesktop.operations import records

translate = QCoreApplication.translate


class DateField(QWidget):
    """A date typed as dd/MM/yyyy (keyboard first), with a calendar on F4 or the button.

    A plain line edit with an input mask rather than QDateEdit: QDateEdit types section by
    section and cannot be empty, and old-laptop users type dates straight through. The
    text goes to the core as typed, so the core's date rule is the one that decides.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setInputMask("00/00/0000;_")
        self.edit.setPlaceholderText(translate("Widgets", "ngày/tháng/năm"))
        self.edit.setMaximumWidth(110)
        self.edit.textChanged.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(translate("Widgets", "Chọn trên lịch (F4)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        lay.addWidget(self.edit)
        lay.addWidget(self.button)
        lay.addStretch(1)
        # One line high: a form gives its spare height to nothing, so rows stay together.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)
        shortcut(Qt.Key.Key_F4, self.edit, self.show_calendar, Qt.ShortcutContext.WidgetShortcut)
        self._calendar: QCalendarWidget | None = None

    def text(self) -> str:
        """What the user typed, "" when nothing: "05/02/2026" (the core parses it)."""
        raw = self.edit.text()
        return "" if not any(c.isdigit() for c in raw) else raw.strip()

    def set_value(self, value: Any) -> None:
        if not value:
            self.edit.clear()
            return
        if isinstance(value, str):
            value = dt.date.fromisoformat(value[:10])
        self.edit.setText(value.strftime("%d/%m/%Y"))

    def value(self) -> str | None:
        text = self.text()
        return text or None

    def show_calendar(self) -> None:
        cal = QCalendarWidget()
        cal.setWindowFlags(Qt.WindowType.Popup)
        cal.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        cal.setGridVisible(True)

        current = try_parse_date(self.text()) or dt.date.today()
        cal.setSelectedDate(QDate(current.year, current.month, current.day))
        cal.clicked.connect(lambda d: self._picked(cal, d))
        cal.activated.connect(lambda d: self._picked(cal, d))
        cal.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        cal.show()
        cal.setFocus()
        self._calendar = cal

    def _picked(self, cal: QCalendarWidget, d: QDate) -> None:
        self.set_value(dt.date(d.year(), d.month(), d.day()))
        cal.close()
        self.edit.setFocus()


class DocListField(QWidget):
    """Document numbers separated by ";", completing from the unit's documents, and showing
    how the core will write them (25nq/tw -> 25-NQ/TW)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(translate("Widgets", "Ví dụ: 25-NQ/TW; 16/CT-TTg"))
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        lay.addWidget(self.edit)
        lay.addWidget(self.hint)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setFocusProxy(self.edit)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self.edit)
        self._completer.activated.connect(self._insert_completion)
        self.edit.textEdited.connect(self._update_completion)
        self.edit.textChanged.connect(self._update_hint)
        self.edit.textChanged.connect(self.changed)

    def set_documents(self, refs: Sequence[str]) -> None:
        self._model.setStringList(list(refs))

    def _last_token(self) -> str:
        return self.edit.text().split(";")[-1].strip()

    def _update_completion(self) -> None:
        token = self._last_token()
        if not token:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(token)
        if self._completer.completionCount():
            self._completer.complete()

    def _insert_completion(self, ref: str) -> None:
        parts = [p.strip() for p in self.edit.text().split(";")[:-1] if p.strip()]
        self.edit.setText("; ".join([*parts, ref]) + "; ")

    def _update_hint(self) -> None:
        refs = [p.strip() for p in self.edit.text().replace(",", ";").split(";") if p.strip()]
        shown = []
        for ref in refs:
            norm = docrefs.normalize(ref)
            shown.append(norm if norm else f"⚠ {ref}")
        if shown and shown != refs:
            self.hint.setText(translate("Widgets", "Sẽ ghi là: {refs}").format(refs="; ".join(shown)))
            self.hint.show()
        else:
            self.hint.hide()

    def set_value(self, value: Any) -> None:
        self.edit.setText("; ".join(value or []))

    def value(self) -> str:
        return self.edit.text().strip().strip(";").strip()


class IssuesEditor(QWidget):
    """The issues raised at a dialogue (vấn đề được nêu), one row each: summary and status."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("issues_table")
        self.table.setHorizontalHeaderLabels([translate("Widgets", "Nội dung vấn đề"),
                                              translate("Widgets", "Tình trạng")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        fm = self.table.fontMetrics()
        self.table.setColumnWidth(1, max(fm.horizontalAdvance(translate("Choices", t))
                                         for t in CHOICE_LABELS["issue.status"].values()) + 44)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(True)  # a long issue wraps instead of being cut
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        # Tab leaves the table (to the status, then the buttons) instead of going round its cells.
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(self.changed)
        self.table.itemChanged.connect(lambda item: self.table.resizeRowToContents(item.row()))
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("Widgets", "Thêm vấn đề"), self)
        self.add_button.setToolTip(translate("Widgets", "Thêm một dòng (Ctrl+Shift+N)"))
        self.remove_button = QPushButton(translate("Widgets", "Bỏ dòng đã chọn"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        # Anywhere in the form, not only with the cursor already in the table.
        shortcut("Ctrl+Shift+N", self, lambda: self.add_row(), Qt.ShortcutContext.WindowShortcut)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.setFocusProxy(self.table)

    def add_row(self, summary: str = "", status: str = "in_progress", *, edit: bool = True) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(summary))
        combo = QComboBox(self.table)
        for value, text in CHOICE_LABELS["issue.status"].items():
            combo.addItem(translate("Choices", text), value)
        combo.setCurrentIndex(max(0, combo.findData(status)))
        combo.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(row, 1, combo)
        self._tab_order()
        self.changed.emit()
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.setFocus()
            self.table.editItem(self.table.item(row, 0))

    def commit(self) -> None:
        """Put the text of a cell still being typed into the table (saving with Ctrl+Enter
        does not close the cell's editor first)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.table.viewport().isAncestorOf(editor):
            self.table.commitData(editor)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()} or
                      ({self.table.currentRow()} if self.table.currentRow() >= 0 else set()),
                      reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._tab_order()
        self.changed.emit()

    def _tab_order(self) -> None:
        """Tab: the table, each row's status, then the buttons (the statuses are made
        after the buttons, so Qt's own order would skip past them)."""
        chain = [self.table, *(self.table.cellWidget(r, 1) for r in range(self.table.rowCount())),
                 self.add_button, self.remove_button]
        for a, b in zip(chain, chain[1:]):
            if a is not None and b is not None:
                QWidget.setTabOrder(a, b)

    def set_value(self, issues: Sequence[dict[str, str]] | None) -> None:
        self.table.setRowCount(0)
        for issue in issues or []:
            self.add_row(issue.get("summary", ""), issue.get("status", "in_progress"), edit=False)

    def value(self) -> list[dict[str, str]]:
        self.commit()
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            combo = self.table.cellWidget(row, 1)
            summary = item.text().strip() if item else ""
            status = combo.currentData() if isinstance(combo, QComboBox) else "in_progress"
            if not summary and row == self.table.rowCount() - 1 and out:
                continue  # a trailing empty row the user added but did not fill
            out.append({"summary": summary, "status": status})
        return out


def shortcut(seq: Any, parent: QWidget, fn: Any,
             context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QShortcut:
    """A QShortcut with its context really set (the constructor's keyword is not honoured)."""
    sc = QShortcut(QKeySequence(seq), parent)
    sc.setContext(context)
    sc.activated.connect(fn)
    return sc


#: Item data of "no choice" in a combo box. Not None: PySide6 6.12 loses a reference to
#: Python's None each time it hands back a None item's data, and enough of them crash.
NO_CHOICE = ""


def fill_choice_combo(combo: QComboBox, key: str, *, blank: bool = False) -> None:
    """Vietnamese (or translated) labels shown, stored values as item data."""
    combo.clear()
    if blank:
        combo.addItem("", NO_CHOICE)
    for value, text in CHOICE_LABELS.get(key, {}).items():
        combo.addItem(translate("Choices", text), value)


def error_label(parent: QWidget | None = None) -> QLabel:
    lab = QLabel(parent)
    lab.setObjectName("fieldError")
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #b00020;")
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    lab.hide()
    return lab


#: Item data of the period picker's last entry, which asks for two dates.
CUSTOM_RANGE = "__custom__"


class PeriodCombo(QComboBox):
    """The period picker: every year with data and this year, each with its halves,
    quarters and months, then "Khoảng ngày khác…", which asks for two dates.

    Pages listen to ``period_changed(key)`` (None for "Tất cả"), never to the custom entry.
    ``period()`` is the key chosen.
    """

    period_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cutoff_day = 1
        self._last = -1
        self.range_dialog: RangeDialog | None = None
        # As wide as its longest entry, so "từ ngày 15/01/2026 đến ngày 31/03/2026" shows whole.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._index_changed)

    def fill(self, *, cutoff_day: int, today: dt.date, all_item: bool, years: int = 2,
             data_years: Sequence[int] = ()) -> None:
        """Periods newest first: this year and the ``years - 1`` before it, and every year
        in ``data_years``; "Tất cả" first if ``all_item``. Emits nothing."""

        self.cutoff_day = cutoff_day
        self.blockSignals(True)
        keep = self.period()
        self.clear()
        if all_item:
            self.addItem(translate("Widgets", "Tất cả"), NO_CHOICE)
        shown = {today.year - i for i in range(years)} | {y for y in data_years if y <= today.year + 1}
        for year in sorted(shown, reverse=True):
            for p in period_choices(year=year, cutoff_day=cutoff_day):
                if p.start <= today:
                    self.addItem(i18n.period_label(p), p.key)
        self.addItem(translate("Widgets", "Khoảng ngày khác…"), CUSTOM_RANGE)
        if keep is not None and self.findData(keep) < 0 and ".." in str(keep):
            self._insert_range(str(keep))
        self.setCurrentIndex(max(0, self.findData(NO_CHOICE if keep is None else keep)))
        self._last = self.currentIndex()
        self.blockSignals(False)

    def period(self) -> str | None:
        """The period key chosen; None for "Tất cả"."""
        data = self.currentData()
        return None if data in (CUSTOM_RANGE, NO_CHOICE) else data

    def select(self, key: str | None) -> None:
        """Choose ``key`` (emits ``period_changed`` if it is another period)."""
        index = self.findData(NO_CHOICE if key is None else key)
        if index < 0 and key and ".." in key:
            index = self._insert_range(key)
        self.setCurrentIndex(max(0, index))

    def set_quietly(self, key: str | None) -> None:
        """Show ``key`` without telling anyone (a page setting its default)."""
        self.blockSignals(True)
        index = self.findData(NO_CHOICE if key is None else key)
        if index < 0 and key and ".." in key:
            index = self._insert_range(key)
        self.setCurrentIndex(max(0, index))
        self._last = self.currentIndex()
        self.blockSignals(False)

    def _insert_range(self, key: str) -> int:
        index = self.findData(CUSTOM_RANGE)
        self.insertItem(index, i18n.period_label(parse_period(key, cutoff_day=self.cutoff_day)), key)
        return index

    def _index_changed(self, index: int) -> None:
        if self.itemData(index) == CUSTOM_RANGE:
            self.blockSignals(True)
            self.setCurrentIndex(self._last)  # stays on the period shown until two dates are given
            self.blockSignals(False)
            self.ask_range()
            return
        self._last = index
        self.period_changed.emit(self.period())

    def ask_range(self) -> RangeDialog:
        dlg = RangeDialog(self.cutoff_day, self.window())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.chosen.connect(self.select)
        self.range_dialog = dlg
        dlg.destroyed.connect(lambda _o=None: setattr(self, "range_dialog", None))
        dlg.open()
        return dlg


class RangeDialog(QDialog):
    """Two dates typed (or picked) for a period of one's own: "từ ngày … đến ngày …"."""

    chosen = Signal(str)  # the period key, "2026-01-15..2026-03-31"

    def __init__(self, cutoff_day: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rangeDialog")
        self.cutoff_day = cutoff_day
        self.setWindowTitle(translate("Widgets", "Khoảng ngày"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.start = DateField(self)
        self.start.setObjectName("rangeStart")
        self.end = DateField(self)
        self.end.setObjectName("rangeEnd")
        form.addRow(translate("Widgets", "Từ ngày:"), self.start)
        form.addRow(translate("Widgets", "Đến ngày:"), self.end)
        lay.addLayout(form)
        self.error = error_label(self)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(translate("Widgets", "Chọn"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("Widgets", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.start.setFocus()

    def check(self) -> None:
        try:
            for field in (self.start, self.end):
                parse_date(field.text())
            key = parse_period(f"{self.start.text()}..{self.end.text()}", cutoff_day=self.cutoff_day).key
        except UserError as exc:
            self.error.setText(exc.translated(translate))
            self.error.show()
            return
        self.accept()
        self.chosen.emit(key)


__all__ = ["DateField", "DocListField", "IssuesEditor", "PeriodCombo", "RangeDialog", "fill_choice_combo",
           "error_label", "i18n"]


# ------------------------------------------------------------------ what the pages share
def page_title(text: str, parent: QWidget) -> QLabel:
    lab = QLabel(text, parent)
    lab.setObjectName("pageTitle")
    return lab


def section_title(text: str, parent: QWidget) -> QLabel:
    lab = QLabel(text, parent)
    lab.setObjectName("sectionTitle")
    return lab


def hint_label(text: str, parent: QWidget) -> QLabel:
    lab = QLabel(text, parent)
    lab.setObjectName("hint")
    lab.setWordWrap(True)
    return lab


def local_time(stamp: str | None) -> str:
    """A stored time stamp as "14:05 02/12/2026" in this computer's time zone."""
    if not stamp:
        return ""
    try:
        when = dt.datetime.fromisoformat(stamp).astimezone()
    except (TypeError, ValueError):
        return stamp
    return f"{when:%H:%M} {i18n.date(when.date())}"


def period_text(key: str) -> str:
    """A stored period key as the window names it ("6 tháng đầu năm 2026"); an odd key as stored."""
    try:
        return i18n.period_label(parse_period(key))
    except Exception:  # noqa: BLE001 - an odd key (from a package) still shows as stored
        return key or ""


def with_suffix(path: str, suffix: str) -> str:
    return path if path.lower().endswith(suffix) else path + suffix


def fill_period_combo(combo: PeriodCombo, *, cutoff_day: int, today: dt.date,
                      all_item: bool, years: int = 2) -> None:
    """This year and the ``years - 1`` before it, and every year the file has data for,
    each with its halves, quarters and months, newest first; then a custom range."""
    combo.fill(cutoff_day=cutoff_day, today=today, all_item=all_item, years=years, data_years=records.data_years())


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


def make_table(parent: QWidget, headers: list[str], name: str, stretch: int) -> QTableWidget:
    """A read-only table of rows, one selected at a time, column ``stretch`` taking the room left."""
    t = QTableWidget(0, len(headers), parent)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(24)
    t.setTabKeyNavigation(False)  # Tab goes on to the next control
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


def fill_table(table: QTableWidget, rows: list[list[str]], colours: list[str | None] | None = None) -> None:
    """Put ``rows`` of texts in ``table``, each row on its ``colours`` ground (None: none)."""
    fit_table_headers(table)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        colour = colours[r] if colours else None
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if colour:
                item.setBackground(QBrush(QColor(colour)))
            table.setItem(r, c, item)
