"""The receiving office's window with real signed packages, clicked and typed: a whole stick
imported, quarantine, a key registered from its file, due dates, the print preview.

Files chosen one by one, a fingerprint confirmed, a rotated key, the profile and the
consolidated report with its number, date, sections and Excel are journeys:
test_gui_journeys.py (test_office_*, test_a_rotated_key_*).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_gui_journeys import CTRL, _key
from test_gui_support import (  # noqa: F401
    OFFSCREEN_NOTICE, FileDialogs, activate, answer_boxes, click, collected, press, when_shown, write)
from test_packages_support import FakeLedger, export_fake
from tests.conftest import plain_file

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE, pytest.mark.usefixtures("collected")]

TODAY = dt.date(2026, 7, 15)


@pytest.fixture
def office(tmp_path: Path, qapp: Any, qtbot: Any) -> Iterator[Any]:
    from dvdesktop import operations as ops
    from dvdesktop.gui import i18n
    from dvdesktop.gui.mainwindow import MainWindow
    from dvdesktop.safety.crypto import open_data_file

    i18n.install("vi")
    path = tmp_path / "khoi.db"
    db = open_data_file(path).ledger
    ops.set_file(plain_file(db))
    win = MainWindow(today=TODAY, units=True)  # as ``dvdesktop --office`` opens it
    qtbot.addWidget(win)
    win.show()
    win.show_units()
    win.db = db
    win.db_path = path
    yield win
    ops.wait_for_ops()
    db.close()


def _texts(table: Any) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _trusted(db: Any, code: str) -> FakeLedger:
    from dvdesktop.office import trust
    from dvdesktop.packages import public_key_text

    led = FakeLedger(code)
    trust(db, unit_code=code, pubkey_text=public_key_text(led))
    return led


def go(qtbot: Any, win: Any, key: str) -> Any:
    """A page for the units by its key (Alt+1 … Alt+6)."""
    from dvdesktop.gui.mainwindow import units_nav_entries

    activate(qtbot, win)
    keys = [k for k, _ in units_nav_entries()]
    qtbot.keyClick(win, *_key(f"Alt+{keys.index(key) + 1}"))
    return win.pages[key]


def test_import_a_whole_stick_with_outcomes(office: Any, tmp_path: Path, qtbot: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dvdesktop import operations as ops
    from dvdesktop.gui.drives import Drive
    from dvdesktop.safety.backup import backups_dir, list_backups

    usb = tmp_path / "usb"
    a = _trusted(office.db, "CB-01")
    export_fake(a, usb)
    export_fake(a, usb)  # lần 2 replaces lần 1
    export_fake(FakeLedger("CB-09"), usb)  # unknown unit: quarantined
    (usb / "hong.dvpkg").write_bytes(b"not a zip")  # refused

    page = go(qtbot, office, "import")
    page.picker.drives = lambda: [Drive(str(usb), "USB", 10 ** 9)]
    click(qtbot, page.picker.refresh_button)
    click(qtbot, page.folder_button)
    assert ops.wait_for_ops(60)
    rows = _texts(page.table)
    outcomes = sorted(r[4] for r in rows)
    assert outcomes == sorted(["Đã nhận", "Đã nhận (thay lần gửi trước)", "Cách ly (chờ xác nhận khóa)", "Từ chối"])
    refused = next(r for r in rows if r[0] == "hong.dvpkg")
    assert refused[5]  # with its reason
    accepted = next(r for r in rows if r[4] == "Đã nhận")
    assert accepted[1:4] == ["CB-01", "6 tháng đầu năm 2026", "1"]
    colour = page.table.item(rows.index(refused), 0).background().color().name()
    assert colour == "#fbe0e0"
    assert "Đã xét 4 gói" in page.summary.text()
    assert page.task.texts[0] == "Đang sao lưu dữ liệu văn phòng…"
    assert [b.reason for b in list_backups(office.db_path, folder=backups_dir())] == ["import"]

    # Files chosen one by one: the same package again is a duplicate.
    FileDialogs(monkeypatch, [next(usb.glob("CB-01*r2.dvpkg"))])
    activate(qtbot, office)
    click(qtbot, page.files_button)
    assert ops.wait_for_ops(60)
    assert _texts(page.table)[0][4] == "Đã có (trùng)"
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in office.findChildren(QMessageBox))


def test_quarantine_confirm_fingerprint_trusts_and_releases(office: Any, tmp_path: Path, qtbot: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.office import import_paths, status
    from dvdesktop.packages import public_key_text
    from dvdesktop.packages.keys import fingerprint, load_public_key

    led = FakeLedger("CB-09")
    pkg = export_fake(led, tmp_path / "usb")
    import_paths(office.db, [pkg])
    page = go(qtbot, office, "quarantine")
    assert _texts(page.table)[0][:2] == ["CB-09", "Đơn vị chưa đăng ký"]
    fp = fingerprint(load_public_key(public_key_text(led)))
    assert page.fingerprint.text() == fp and page.registered.text() == "(chưa đăng ký)"  # large, to read aloud
    assert "chưa đăng ký khóa với văn phòng" in page.explain.text()
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    click(qtbot, page.confirm_button)
    assert ops.wait_for_ops()
    assert fp in asked[0] and page.table.rowCount() == 1  # "Không": nothing trusted
    click(qtbot, page.confirm_button)
    assert ops.wait_for_ops(60)
    assert page.table.rowCount() == 0 and not page.confirm_button.isEnabled()
    assert "CB-09" in office.statusBar().currentMessage()
    (st,) = status(office.db, period="2026-H1")
    assert (st.unit_code, st.state) == ("CB-09", "submitted")
    units = go(qtbot, office, "units")
    assert _texts(units.table)[0][0] == "CB-09" and _texts(units.table)[0][2] == fp


def test_register_a_key_from_a_pub_file(office: Any, tmp_path: Path, qtbot: Any,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QPushButton

    from dvdesktop import operations as ops
    from dvdesktop.gui.office.trust_page import TrustDialog
    from dvdesktop.packages import public_key_text

    led = FakeLedger("CB-02")
    pub = tmp_path / "CB-02.pub"
    pub.write_text(public_key_text(led), encoding="ascii")
    bad = tmp_path / "bad.pub"
    bad.write_text("không phải khóa", encoding="utf-8")
    dialogs = FileDialogs(monkeypatch, bad, pub)
    seen: dict[str, Any] = {}

    def register(dlg: TrustDialog) -> None:
        browse = next(b for b in dlg.findChildren(QPushButton) if b.text() == "Chọn tệp…")
        click(qtbot, browse)
        seen["bad"] = (dlg.ok.isEnabled(), dlg.error.text())
        click(qtbot, browse)
        seen["code"], seen["fingerprint"] = dlg.code.text(), dlg.fingerprint.text()
        qtbot.mouseClick(dlg.name, Qt.MouseButton.LeftButton)
        write(qtbot, "Chi bộ CB-02")
        click(qtbot, dlg.ok)

    page = go(qtbot, office, "units")
    when_shown(qtbot, TrustDialog, register)
    click(qtbot, page.trust_button)
    assert ops.wait_for_ops(60)
    assert seen["bad"][0] is False and seen["bad"][1]
    assert seen["code"] == "CB-02" and len(seen["fingerprint"].split()) == 4
    assert dialogs.calls[0]["kind"] == "open" and "(*.pub)" in dialogs.calls[0]["filter"]
    assert _texts(page.table)[0][:2] == ["CB-02", "Chi bộ CB-02"]


def test_status_due_date_on_time_late_missing(office: Any, tmp_path: Path, qtbot: Any) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.office import import_paths

    a, _b = _trusted(office.db, "CB-01"), _trusted(office.db, "CB-02")
    import_paths(office.db, [export_fake(a, tmp_path / "usb")], now=dt.datetime(2026, 7, 12, 9, 0).astimezone())
    page = go(qtbot, office, "status")
    assert page.period() == "2026-H1"  # the half-year just ended
    assert [r[2] for r in _texts(page.table)] == ["Đã gửi", "Chưa gửi"]
    qtbot.mouseClick(page.due.edit, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "10072026")
    click(qtbot, page.due_button)
    assert ops.wait_for_ops()
    rows = _texts(page.table)
    assert [r[2] for r in rows] == ["Trễ hạn", "Chưa gửi"]
    assert page.table.item(1, 2).background().color().name() == "#fbe0e0"
    assert page.summary.text() == "2 đơn vị: đúng hạn 0, trễ hạn 1, chưa gửi 1."
    qtbot.mouseClick(page.due.edit, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "20072026")
    press(qtbot, Qt.Key.Key_Tab)
    click(qtbot, page.due_button)
    assert ops.wait_for_ops()
    assert _texts(page.table)[0][2] == "Đúng hạn"


def test_consolidated_report_print_preview(office: Any, tmp_path: Path, qtbot: Any) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.gui.printing import page_count
    from dvdesktop.office import import_paths

    for code in ("CB-01", "CB-02"):
        import_paths(office.db, [export_fake(_trusted(office.db, code), tmp_path / "usb")])
    page = go(qtbot, office, "report")
    assert page.info.text() == "Kỳ này đã nhận báo cáo của 2/2 đơn vị."
    click(qtbot, page.print_button)
    assert ops.wait_for_ops(60)
    dlg = page.preview_dialog
    assert dlg is not None and dlg.isVisible() and page_count(dlg.pdf) >= 2  # the appendix after the signature
    dlg.close()


def test_run_office_opens_the_profile_first(tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from dvdesktop import operations as ops
    from dvdesktop.gui import app as gui_app

    seen: list[str] = []

    def exec_briefly() -> int:
        # The real exec() + quit() would leave the shared test QApplication quitting, and
        # later tests would get no timers; look at the shown window instead, then close it.
        ops.process_events()
        wins = [w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible()]
        seen.extend(w.stack.currentWidget().objectName() for w in wins)
        for w in wins:
            w.close()
        ops.wait_for_ops()
        return 0

    monkeypatch.setattr(qapp, "exec", exec_briefly)
    assert gui_app.run_office(db=tmp_path / "k.db", lang="vi") == 0
    assert seen == ["office_profile"]
    assert (tmp_path / "k.db").exists()
