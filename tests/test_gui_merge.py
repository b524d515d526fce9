"""Units that merge, from the window: the Tệp menu takes the old units' history into the new
unit's file (real files made with the command line), and the units page records that an old
unit code is replaced by a new one."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any, Iterator

import pytest
from test_gui_levels import body_window, commune  # noqa: F401  (fixtures)
from test_gui_office import go
from test_gui_support import OFFSCREEN_NOTICE, FileDialogs, answer_boxes, click, collected  # noqa: F401
from test_levels import _add, _init, _meetings

from tests.conftest import snapshot

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE, pytest.mark.usefixtures("collected")]

TODAY = dt.date(2026, 7, 15)
MENU_TEXT = "Nhận lịch sử đơn vị cũ (sáp nhập)…"


@pytest.fixture
def files(tmp_path: Path, capsys: Any) -> dict[str, Path]:
    """Two old communes with their meetings, a copy of the first's unit, and the new commune."""
    out = {}
    for name, code, n in (("a", "XA-1", 2), ("b", "XA-2", 3), ("twin", "XA-1", 1)):
        out[name] = _init(capsys, tmp_path / f"{name}.db", code, f"Đảng ủy xã {code}", "Tỉnh ủy", "xa_phuong")
        _add(capsys, out[name], "meeting", _meetings(n, month=1))
    out["new"] = _init(capsys, tmp_path / "new.db", "XA-N", "Đảng ủy xã mới", "Tỉnh ủy", "xa_phuong")
    return out


@pytest.fixture
def new_window(files: dict[str, Path], qapp: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from PySide6.QtWidgets import QMessageBox

    from dvdesktop import operations as ops
    from dvdesktop.gui import forms, i18n, safety_dialogs
    from dvdesktop.gui.mainwindow import MainWindow
    from dvdesktop.safety.crypto import open_data_file

    i18n.install("vi")
    monkeypatch.setattr(forms, "ask_unsaved", lambda parent: QMessageBox.StandardButton.Discard)
    file = open_data_file(files["new"])
    ops.set_file(file)
    win = MainWindow(today=TODAY)
    safety_dialogs.add_file_menu_actions(win)  # as the program's start puts them in the Tệp menu
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    ops.wait_for_ops()
    file.ledger.close()


def _trigger(win: Any, text: str) -> None:
    menu = win.menuBar().actions()[0].menu()
    action = next(a for a in menu.actions() if a.text() == text)
    assert action.isEnabled()
    action.trigger()


def _shown_boxes() -> list[str]:
    from PySide6.QtWidgets import QApplication, QMessageBox

    return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_file_menu_takes_in_the_old_units_history(new_window: Any, files: dict[str, Path], qtbot: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dvdesktop import operations as ops
    from dvdesktop.safety.backup import list_backups

    dialogs = FileDialogs(monkeypatch, [files["a"], files["b"]])
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    _trigger(new_window, MENU_TEXT)
    assert ops.wait_for_ops(60)
    assert dialogs.calls[0]["kind"] == "open_many"
    assert "sao lưu" in asked[0] and "Nhận tất cả hoặc không nhận gì" in asked[0] and str(files["a"]) in asked[0]
    with sqlite3.connect(files["new"]) as con:
        sources = dict(con.execute("SELECT source, count(*) FROM meetings GROUP BY source").fetchall())
    assert sources == {"XA-1": 2, "XA-2": 3}
    assert any(b.reason == "merge" for b in list_backups(files["new"]))
    told = "\n".join(_shown_boxes())
    assert "Đã nhận 5 bản ghi" in told and "Từ đơn vị XA-1: 2 bản ghi." in told and "Từ đơn vị XA-2: 3" in told


def test_a_refused_merge_writes_nothing_and_says_why(new_window: Any, files: dict[str, Path], qtbot: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dvdesktop import operations as ops

    before = snapshot(files["new"])
    FileDialogs(monkeypatch, [files["a"], files["twin"]])
    answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    _trigger(new_window, MENU_TEXT)
    assert ops.wait_for_ops(60)
    assert snapshot(files["new"]) == before
    told = "\n".join(_shown_boxes())
    assert "đều là tệp của đơn vị XA-1" in told, told


def test_declining_the_confirmation_writes_nothing(new_window: Any, files: dict[str, Path],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dvdesktop import operations as ops

    before = snapshot(files["new"])
    FileDialogs(monkeypatch, [files["a"]])
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.No)
    _trigger(new_window, MENU_TEXT)
    assert ops.wait_for_ops(60)
    assert asked and snapshot(files["new"]) == before


def test_the_units_page_records_a_successor(body_window: Any, qtbot: Any) -> None:  # noqa: F811
    from dvdesktop import operations as ops
    from dvdesktop.operations import office as office_ops

    def awaited() -> set[str]:
        return {s.unit_code for s in office_ops.unit_statuses("2026-H2")}

    assert {"CB-A1", "CB-A2"} <= awaited()
    page = go(qtbot, body_window, "units")
    click(qtbot, page.successor_button)
    dlg = page.successor_dialog
    assert dlg is not None and dlg.isVisible()
    click(qtbot, dlg.ok)  # nothing typed: told beside the fields
    assert dlg.isVisible() and "Chưa nhập mã đơn vị cũ" in dlg.old_error.text()
    qtbot.keyClicks(dlg.old, "CB-ZZ")
    qtbot.keyClicks(dlg.new, "CB-A2")
    click(qtbot, dlg.ok)
    assert ops.wait_for_ops(30)
    assert dlg.isVisible() and "chưa đăng ký" in dlg.old_error.text()  # the core's refusal
    dlg.old.clear()
    qtbot.keyClicks(dlg.old, "CB-A1")
    click(qtbot, dlg.ok)
    assert ops.wait_for_ops(30)
    assert not dlg.isVisible()
    assert "CB-A1" not in awaited() and "CB-A2" in awaited()


def test_an_encrypted_old_file_is_opened_with_its_passphrase(new_window: Any, files: dict[str, Path],
                                                             tmp_path: Path, capsys: Any,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from dvdesktop import operations as ops
    from dvdesktop.cli import main
    from dvdesktop.safety.crypto import is_encrypted

    secret = "mật khẩu xã cũ 3"
    old = tmp_path / "locked.db"
    monkeypatch.setenv("DVDESKTOP_PASSPHRASE", secret)
    assert main(["init", "--db", str(old), "--unit-code", "XA-3", "--unit-name", "Đảng ủy xã 3",
                 "--superior", "Tỉnh ủy", "--type", "xa_phuong", "--encrypt"]) == 0
    _add(capsys, old, "meeting", _meetings(2, month=1))
    monkeypatch.delenv("DVDESKTOP_PASSPHRASE")
    assert is_encrypted(old)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda _p, _t, text, *a, **k: asked.append(text) or (secret, True))
    FileDialogs(monkeypatch, [old])
    answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    _trigger(new_window, MENU_TEXT)
    assert ops.wait_for_ops(60)
    assert len(asked) == 1 and str(old) in asked[0]
    with sqlite3.connect(files["new"]) as con:
        assert con.execute("SELECT source, count(*) FROM meetings GROUP BY source").fetchall() == [("XA-3", 2)]
