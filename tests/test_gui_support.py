"""Fixtures shared by the window tests (no tests here): an open ledger the operations
layer uses, and the main window on it. Real SQLite files in tmp_path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from tests.conftest import plain_file

TODAY = dt.date(2026, 7, 15)


def _real_ask_unsaved() -> Any:
    from dvdesktop.gui import forms

    return forms.ask_unsaved


#: The real "Lưu / Bỏ / Hủy" question (the window fixture answers it "Bỏ" for teardown).
REAL_ASK_UNSAVED = _real_ask_unsaved()


@pytest.fixture
def gui_ledger(ledger: Any, qapp: Any) -> Iterator[Any]:
    """conftest's ledger (unit set up), made the one the window's operations use."""
    import gc

    from dvdesktop import operations as ops

    # The last test's windows and dialogs, collected here on the UI thread: left to a
    # collection that happens to run on a worker thread, a Qt object's wrapper would be
    # destroyed there, and Qt objects die only on their own thread.
    gc.collect()
    ledger.clock = lambda: TODAY  # the window's today: dates after it are refused
    ops.set_file(plain_file(ledger))
    yield ledger
    ops.wait_for_ops()


@pytest.fixture
def collected(qapp: Any) -> None:
    """Garbage of earlier tests collected now, on the UI thread (see gui_ledger)."""
    import gc

    gc.collect()


#: The offscreen platform says this when a window's size hints change; it is not our bug.
OFFSCREEN_NOTICE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(gui_ledger: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from dvdesktop import operations as ops
    from dvdesktop.gui import forms, i18n
    from dvdesktop.gui.mainwindow import MainWindow

    i18n.install(i18n.language())  # as the app does: with Qt's own Vietnamese catalogue too
    from dvdesktop.gui.app import STYLE

    QApplication.instance().setStyleSheet(STYLE)  # and its style sheet

    # A test that fails with a form open must not hang on the "save?" question at teardown.
    monkeypatch.setattr(forms, "ask_unsaved", lambda parent: QMessageBox.StandardButton.Discard)

    win = MainWindow(today=TODAY)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    ops.wait_for_ops()
    for page in win.pages.values():
        dialog = getattr(page, "dialog", None)
        if dialog is not None:
            dialog._force_close = True
            dialog.reject()


def open_new(win: Any, kind: str, qtbot: Any) -> Any:
    """Go to a kind's page and press Ctrl+N; returns the form dialog."""
    from PySide6.QtCore import Qt

    page = win.go(kind)
    activate(qtbot, win)
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dlg = page.dialog
    assert dlg is not None and dlg.isVisible()
    activate(qtbot, dlg)
    return dlg


def activate(qtbot: Any, widget: Any) -> None:
    """A window manager makes a new dialog active; offscreen, we do (shortcuts need it)."""
    from PySide6.QtWidgets import QApplication

    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def type_into(qtbot: Any, dlg: Any, field: str, text: str) -> None:
    """Type into a field as a user would: click it, select what is there (Ctrl+A), type."""
    from PySide6.QtCore import Qt

    from dvdesktop.gui.widgets import DateField, DocListField

    w = dlg.binder.widgets[field]
    target = w.edit if isinstance(w, (DateField, DocListField)) else w
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, target, text)


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """qtbot.keyClicks, but Vietnamese letters too (QTest only maps ASCII to keys and aborts
    otherwise); non-ASCII letters arrive as key events carrying their text, as an IME sends."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def save(qtbot: Any, dlg: Any) -> None:
    """Ctrl+Enter, then wait for the operation to deliver."""
    from PySide6.QtCore import Qt

    from dvdesktop import operations as ops

    qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ops.wait_for_ops()


def choose(dlg: Any, field: str, value: str) -> None:
    combo = dlg.binder.widgets[field]
    combo.setCurrentIndex(combo.findData(value))


def table_texts(page: Any) -> list[str]:
    model = page.model
    return [" | ".join(model.data(model.index(r, c)) or "" for c in range(model.columnCount()))
            for r in range(model.rowCount())]


# ---------------------------------------------------------------- driving the real widgets
def click(qtbot: Any, widget: Any) -> None:
    """A left click on the widget, as a user's mouse (never the slot called directly)."""
    from PySide6.QtCore import Qt

    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName() or widget.text()} cannot be clicked"
    window = widget.window()
    if not window.isActiveWindow():  # a click activates its window, as a window manager does
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    if isinstance(widget, (QCheckBox, QRadioButton)):  # on its box, not the empty end of a wide row
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(qtbot: Any, key: Any, modifiers: Any = None, widget: Any = None) -> None:
    """A key (or shortcut) pressed where the keyboard focus is, as a user would."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    target = widget or QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no active window to type into"
    qtbot.keyClick(target, key, modifiers or Qt.KeyboardModifier.NoModifier)


def write(qtbot: Any, text: str) -> None:
    """Type ``text`` into the widget that has the keyboard focus."""
    from PySide6.QtWidgets import QApplication

    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    type_text(qtbot, widget, text)


def tab_to(qtbot: Any, widget: Any, limit: int = 40) -> None:
    """Press Tab until ``widget`` (or its focus proxy's child) has the focus."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is widget or (focus is not None and widget.isAncestorOf(focus)):
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def focused_name() -> str:
    """The object name of the focused widget, or of its nearest named parent."""
    from PySide6.QtWidgets import QApplication

    w = QApplication.focusWidget()
    while w is not None and not w.objectName():
        w = w.parentWidget()
    return w.objectName() if w is not None else ""


class FileDialogs:
    """Qt's static file dialogs intercepted: each call is noted (caption, proposed name or
    folder, filter) and answered with the next of ``answers`` ("" = the user cancels)."""

    def __init__(self, monkeypatch: Any, *answers: Any) -> None:
        from PySide6.QtWidgets import QFileDialog

        self.calls: list[dict[str, Any]] = []
        self.answers = list(answers)

        def answer(kind: str, default: Any) -> Any:
            def fake(parent: Any = None, caption: str = "", directory: str = "", filter: str = "", *a: Any, **kw: Any) -> Any:  # noqa: A002
                self.calls.append({"kind": kind, "caption": caption, "name": directory, "filter": filter})
                value = self.answers.pop(0) if self.answers else default
                if kind == "dir":
                    return str(value)
                if kind == "open_many":
                    return ([str(v) for v in value] if value else []), filter
                return (str(value) if value else ""), filter
            return fake

        monkeypatch.setattr(QFileDialog, "getSaveFileName", answer("save", ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", answer("open", ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", answer("open_many", []))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", answer("dir", ""))


def answer_boxes(monkeypatch: Any, *buttons: Any) -> list[str]:
    """QMessageBox.exec intercepted: each box's text is noted and answered with the next of
    ``buttons`` (a StandardButton); returns the texts seen."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []
    queue = list(buttons)

    def fake_exec(box: Any) -> int:
        seen.append(box.text())
        button = queue.pop(0) if queue else QMessageBox.StandardButton.Cancel
        return int(button.value) if hasattr(button, "value") else int(button)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def when_shown(qtbot: Any, kind: type, then: Any, timeout: int = 5000) -> list[Any]:
    """Once a window of class ``kind`` shows (a dialog opened with exec(), which blocks),
    run ``then(dialog)`` from the event loop; returns a list that gets the dialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    found: list[Any] = []
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, kind) and w.isVisible() and w not in found:
                timer.stop()
                found.append(w)
                w.activateWindow()
                try:
                    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
                    then(w)
                except BaseException:
                    w.reject()  # never leave a test hanging in the dialog's exec()
                    raise
                return

    timer.timeout.connect(poll)
    timer.start()
    _timers.append(timer)  # kept alive until it fires
    return found


_timers: list[Any] = []


def visible_texts(root: Any) -> list[str]:
    """Every text a user can read in ``root``: labels, buttons, fields, combo items,
    table cells and headers (QTableWidget and model views), group titles, tooltips excluded."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit,
                                   QPlainTextEdit)

    out: list[str] = []
    widgets = [root]
    for kind in (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QGroupBox, QPlainTextEdit):
        widgets += root.findChildren(kind)
    for w in widgets:
        if w is not root and not w.isVisible():
            continue
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            cols = column_count(m)
            out.extend(str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(cols))
            for r in range(min(m.rowCount(), 60)):
                out.extend(str(m.data(m.index(r, c)) or "") for c in range(cols))
    return out


def double_click(qtbot: Any, widget: Any, pos: Any) -> None:
    """A double click as the mouse sends it: a click, then the second press that Qt reads
    as a double click (QTest's double click alone is not seen by item views)."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def column_count(model: Any) -> int:
    """Columns of any model (a list model's columnCount is private in PySide6)."""
    from PySide6.QtCore import QAbstractListModel

    return 1 if isinstance(model, QAbstractListModel) else model.columnCount()
