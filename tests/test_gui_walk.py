"""Walk every page of both windows as a user poking around would: read everything shown,
click every button, open every form, answer every dialog by cancelling.

What is checked everywhere: no "False", "None" or "True" where a value should be, no year
written with a thousands mark ("2.026"), no English left in the Vietnamese window, and every
file dialog proposes a name that its own filter accepts ("bao-cao-2026-H2.pdf" with
"Tệp PDF (*.pdf)", never "….False" with "Word (*.docx)").
"""

from __future__ import annotations

import re
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QPushButton, QWidget
from test_gui_support import (  # noqa: F401
    OFFSCREEN_NOTICE, TODAY, FileDialogs, activate, column_count, gui_ledger, visible_texts)

from dvdesktop import operations as ops
from tests.conftest import plain_file

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE]

VIETNAMESE = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
NOT_A_VALUE = re.compile(r"\b(False|None|True)\b")
YEAR_WITH_MARK = re.compile(r"(?i)\b(năm|year|quý|tháng|of)\s+\d[.,]\d{3}\b")
ENGLISH = re.compile(r"\b(Print|Cancel|Save|Open|Close|Printer|Properties|Options|Look in|Files of type|"
                     r"File name|Page setup|untrusted comment)\b")


class Walk:
    """What the walk saw: texts by where they were read, file dialogs, problems."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.problems: list[str] = []
        self.places = 0

    def read(self, where: str, widget: QWidget) -> None:
        from PySide6.QtWidgets import QAbstractItemView

        self.places += 1
        for text in visible_texts(widget):
            self.check(where, text)
        # A column of years holds years as written: 2026.
        for view in widget.findChildren(QAbstractItemView):
            model = view.model()
            if model is None or not view.isVisible():
                continue
            for c in range(column_count(model)):
                if str(model.headerData(c, Qt.Orientation.Horizontal) or "") in ("Năm", "Year"):
                    for r in range(min(model.rowCount(), 60)):
                        value = str(model.data(model.index(r, c)) or "")
                        if value and not re.fullmatch(r"\d{4}", value):
                            self.problems.append(f"{where}: year written {value!r}")

    def check(self, where: str, text: str) -> None:
        if not text:
            return
        if NOT_A_VALUE.search(text):
            self.problems.append(f"{where}: {text!r}")
        if YEAR_WITH_MARK.search(text):
            self.problems.append(f"{where}: year with a thousands mark in {text!r}")
        if self.lang == "vi" and ENGLISH.search(text):
            self.problems.append(f"{where}: English in {text!r}")

    def file_dialog(self, where: str, call: dict[str, Any]) -> None:
        self.check(where, call["caption"])
        self.check(where, call["name"])
        if call["kind"] == "dir":
            return
        first = call["filter"].split(";;")[0]
        described = re.fullmatch(r"\s*(.+?)\s*\(([^)]*)\)\s*", first)
        if described is None:
            self.problems.append(f"{where}: filter {call['filter']!r} names no pattern")
            return
        description, patterns = described.group(1), described.group(2).split()
        if self.lang == "vi" and not VIETNAMESE & set(description.lower()):
            self.problems.append(f"{where}: filter {description!r} is not in Vietnamese")
        if call["kind"] == "save":
            name = Path(call["name"]).name
            if not any(fnmatch(name.lower(), p.lower()) for p in patterns):
                self.problems.append(f"{where}: proposes {name!r} with the filter {first!r}")


def walk_buttons(walk: Walk, qtbot: Any, where: str, root: QWidget, dialogs: FileDialogs) -> int:
    """Click every visible, enabled button of ``root``; read and close what each opens.
    Returns how many clicks opened a file dialog."""
    opened = 0
    buttons = [b for b in root.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
    for button in buttons:
        if not (button.isVisible() and button.isEnabled()):
            continue  # an earlier click hid or disabled it
        before = set(QApplication.topLevelWidgets())
        calls = len(dialogs.calls)
        label = f"{where} › {button.text()}"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert ops.wait_for_ops(60), label
        for call in dialogs.calls[calls:]:
            walk.file_dialog(label, call)
            opened += 1
        for w in set(QApplication.topLevelWidgets()) - before:
            if w.isVisible():
                walk.read(f"{label} › {w.windowTitle()}", w)
                close(w)
        activate(qtbot, root.window())
    return opened


def close(w: QWidget) -> None:
    if hasattr(w, "_force_close"):
        w._force_close = True
    if isinstance(w, QDialog):
        if hasattr(w, "confirm"):  # the recovery key closes once "copied" is ticked
            w.confirm.setChecked(True)
        w.reject()
    else:
        w.close()
    ops.wait_for_ops()


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> Any:
    """Every question answered "no", every dialog opened with exec() shown, its own "…"
    buttons clicked (their file dialogs are checked too), then cancelled."""
    dialogs = FileDialogs(monkeypatch)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.No.value))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    seen: list[QDialog] = []

    def fake_exec(dlg: QDialog) -> int:
        dlg.show()
        seen.append(dlg)
        for b in dlg.findChildren(QPushButton):
            if b.isVisible() and b.isEnabled() and b.text().endswith("…"):
                qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
        dlg.hide()
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    dialogs.modal = seen  # type: ignore[attr-defined]
    return dialogs


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_walk_the_unit_window(gui_ledger: Any, qtbot: Any, answered: FileDialogs, lang: str,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    from dvdesktop.core.demo import fill_demo
    from dvdesktop.gui import forms, i18n
    from dvdesktop.gui.app import STYLE
    from dvdesktop.gui.mainwindow import MainWindow, own_nav_entries
    from dvdesktop.gui.pages.records import ListPage

    fill_demo(gui_ledger, year=TODAY.year, seed=1)
    monkeypatch.setattr("dvdesktop.gui.pages.reports.QDesktopServices.openUrl", lambda _u: True)
    monkeypatch.setattr(forms, "ask_unsaved", lambda parent: QMessageBox.StandardButton.Discard)
    i18n.install(lang)
    QApplication.instance().setStyleSheet(STYLE)
    walk = Walk(lang)
    try:
        win = MainWindow(today=TODAY)
        qtbot.addWidget(win)
        with qtbot.waitActive(win):
            win.show()
            win.activateWindow()
        file_dialogs = 0
        for key, label in own_nav_entries():  # a chi bộ: the pages for units are not shown
            page = win.go(key)
            assert ops.wait_for_ops(60)
            if hasattr(page, "destination"):
                page.destination.drives = lambda: []
                page.destination.refresh()
            walk.read(label, win)
            for dlg in (answered.modal,):
                dlg.clear()
            if isinstance(page, ListPage):
                page.view.selectRow(0)
            file_dialogs += walk_buttons(walk, qtbot, label, page, answered)
            for dlg in answered.modal:
                walk.read(f"{label} › {dlg.windowTitle()}", dlg)
        # Every form, as opened from its list: new and existing.
        for kind in ("meeting", "dialogue", "reception", "model", "award", "rating"):
            page = win.go(kind)
            for edit in (False, True):
                activate(qtbot, win)
                page.view.setFocus()
                page.view.selectRow(0)
                qtbot.keyClick(page.view, *((Qt.Key.Key_Return,) if edit else (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)))
                dlg = page.dialog
                assert dlg is not None, kind
                walk.read(f"form {kind}", dlg)
                close(dlg)
        win.close()
        assert walk.places > 20
        assert file_dialogs >= 12, file_dialogs  # Excel x6, PDF, Word, register, key, restore, folder
        assert walk.problems == []
    finally:
        i18n.install("vi")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_walk_the_office_window(tmp_path: Path, qapp: Any, qtbot: Any, answered: FileDialogs, lang: str,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    from test_packages_support import FakeLedger, export_fake

    from dvdesktop.gui import i18n
    from dvdesktop.gui.app import STYLE
    from dvdesktop.gui.mainwindow import MainWindow, units_nav_entries
    from dvdesktop.safety.crypto import open_data_file
    from dvdesktop.office import import_paths, set_due, trust
    from dvdesktop.packages import public_key_text

    monkeypatch.setattr("dvdesktop.gui.office.report_page.QDesktopServices.openUrl", lambda _u: True)
    i18n.install(lang)
    QApplication.instance().setStyleSheet(STYLE)
    db = open_data_file(tmp_path / "khoi.db").ledger
    ops.set_file(plain_file(db))
    known = FakeLedger("CB-01")
    trust(db, unit_code="CB-01", pubkey_text=public_key_text(known), name="Chi bộ Một")
    usb = tmp_path / "usb"
    export_fake(known, usb)
    export_fake(FakeLedger("CB-09"), usb)
    import_paths(db, [usb])
    set_due(db, period="2026-H1", due=__import__("datetime").date(2026, 7, 10))
    walk = Walk(lang)
    try:
        win = MainWindow(today=TODAY, units=True)
        qtbot.addWidget(win)
        with qtbot.waitActive(win):
            win.show()
            win.activateWindow()
        file_dialogs = 0
        for key, label in units_nav_entries():
            page = win.go(key)
            assert ops.wait_for_ops(60)
            if hasattr(page, "picker"):
                page.picker.drives = lambda: []
                page.picker.refresh()
            walk.read(label, win)
            file_dialogs += walk_buttons(walk, qtbot, label, page, answered)
        win.close()
        assert file_dialogs >= 4, file_dialogs  # package files, a key file, PDF, Word
        assert walk.problems == []
    finally:
        ops.wait_for_ops()
        db.close()
        i18n.install("vi")
