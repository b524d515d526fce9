"""Fixtures shared by the window tests (no tests here): an open ledger the operations
layer uses, and the main window on it. Real SQLite files in tmp_path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

TODAY = dt.date(2026, 7, 15)


@pytest.fixture
def gui_ledger(ledger: Any, qapp: Any) -> Iterator[Any]:
    """conftest's ledger (unit set up), made the one the window's operations use."""
    from dvdesktop import operations as ops

    ops.set_ledger(ledger)
    yield ledger
    ops.wait_for_ops()


#: The offscreen platform says this when a window's size hints change; it is not our bug.
OFFSCREEN_NOTICE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(gui_ledger: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from PySide6.QtWidgets import QMessageBox

    from dvdesktop import operations as ops
    from dvdesktop.gui import forms, i18n
    from dvdesktop.gui.mainwindow import MainWindow

    i18n.install(i18n.language())  # as the app does: with Qt's own Vietnamese catalogue too

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
    """Type into a field as a user would: select what is there, then type."""
    from dvdesktop.gui.widgets import DateField, DocListField

    w = dlg.binder.widgets[field]
    target = w.edit if isinstance(w, (DateField, DocListField)) else w
    target.setFocus()
    if hasattr(target, "selectAll"):
        target.selectAll()
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
