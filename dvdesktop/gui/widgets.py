"""Small input widgets the forms share: typed dates with a calendar, document lists, issues."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dvdesktop.core import docrefs
from dvdesktop.core.domain import CHOICE_LABELS
from dvdesktop.gui import i18n

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
        from dvdesktop.core.fmt import try_parse_date

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
        self.table.setColumnWidth(1, 200)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(self.changed)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("Widgets", "Thêm vấn đề"), self)
        self.add_button.setToolTip(translate("Widgets", "Thêm một dòng (Ctrl+Shift+N)"))
        self.remove_button = QPushButton(translate("Widgets", "Bỏ dòng đã chọn"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        shortcut("Ctrl+Shift+N", self, lambda: self.add_row(), Qt.ShortcutContext.WidgetWithChildrenShortcut)
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
        self.changed.emit()
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.setFocus()
            self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()} or
                      ({self.table.currentRow()} if self.table.currentRow() >= 0 else set()),
                      reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()

    def set_value(self, issues: Sequence[dict[str, str]] | None) -> None:
        self.table.setRowCount(0)
        for issue in issues or []:
            self.add_row(issue.get("summary", ""), issue.get("status", "in_progress"), edit=False)

    def value(self) -> list[dict[str, str]]:
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


def fill_choice_combo(combo: QComboBox, key: str, *, blank: bool = False) -> None:
    """Vietnamese (or translated) labels shown, stored values as item data."""
    combo.clear()
    if blank:
        combo.addItem("", None)
    for value, text in CHOICE_LABELS.get(key, {}).items():
        combo.addItem(translate("Choices", text), value)


def error_label(parent: QWidget | None = None) -> QLabel:
    lab = QLabel(parent)
    lab.setObjectName("fieldError")
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #b00020;")
    lab.hide()
    return lab


__all__ = ["DateField", "DocListField", "IssuesEditor", "fill_choice_combo", "error_label", "i18n"]


def navigation(window: Any, entries: Sequence[tuple[str, str]],
               widget_for: Any) -> tuple[QListWidget, QStackedWidget]:
    """The left navigation list and the page stack of a main window, side by side.

    :param entries: (page key, label) in navigation order
    :param widget_for: ``key -> QWidget`` placed in the stack for that entry
    """
    nav = QListWidget(window)
    nav.setObjectName("nav")
    nav.setUniformItemSizes(True)
    stack = QStackedWidget(window)
    for key, text in entries:
        item = QListWidgetItem(text, nav)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, 28))
        stack.addWidget(widget_for(key))
    nav.setMaximumWidth(230)
    nav.setMinimumWidth(205)
    split = QSplitter(window)
    split.addWidget(nav)
    split.addWidget(stack)
    split.setStretchFactor(1, 1)
    split.setChildrenCollapsible(False)
    split.setSizes([205, 1160])
    window.setCentralWidget(split)
    window.resize(1366, 740)
    return nav, stack
