"""The receiving office's window with real signed packages: import, quarantine, units, status, report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Iterator

import pytest
from test_gui_support import OFFSCREEN_NOTICE
from test_packages_support import FakeLedger, export_fake
from tests.conftest import plain_file

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE]

TODAY = dt.date(2026, 7, 15)


@pytest.fixture
def office(tmp_path: Path, qapp: Any, qtbot: Any) -> Iterator[Any]:
    from dvdesktop import operations as ops
    from dvdesktop.gui import i18n
    from dvdesktop.gui.office_window import OfficeWindow
    from dvdesktop.safety.crypto import open_data_file

    i18n.install("vi")
    path = tmp_path / "khoi.db"
    db = open_data_file(path).ledger
    ops.set_file(plain_file(db))
    win = OfficeWindow(db_path=path, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    win.db = db
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


def test_import_a_whole_stick_with_outcomes(office: Any, tmp_path: Path) -> None:
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

    page = office.go("import")
    page.picker.drives = lambda: [Drive(str(usb), "USB", 10 ** 9)]
    page.picker.refresh()
    page.folder_button.click()
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
    page.import_paths([str(next(usb.glob("CB-01*r2.dvpkg")))])
    assert ops.wait_for_ops(60)
    assert _texts(page.table)[0][4] == "Đã có (trùng)"
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in office.findChildren(QMessageBox))


def test_quarantine_confirm_fingerprint_trusts_and_releases(office: Any, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.gui import office_window
    from dvdesktop.office import import_paths, status
    from dvdesktop.packages import public_key_text
    from dvdesktop.packages.keys import fingerprint, load_public_key

    led = FakeLedger("CB-09")
    pkg = export_fake(led, tmp_path / "usb")
    import_paths(office.db, [pkg])
    page = office.go("quarantine")
    assert _texts(page.table)[0][0] == "CB-09"
    fp = fingerprint(load_public_key(public_key_text(led)))
    assert page.fingerprint.text() == fp  # large, to read aloud
    asked: list[tuple[str, str]] = []

    monkeypatch.setattr(office_window, "confirm_fingerprint", lambda _p, u, f: asked.append((u, f)) or False)
    page.confirm_button.click()
    assert asked == [("CB-09", fp)] and page.table.rowCount() == 1  # "Không": nothing trusted

    monkeypatch.setattr(office_window, "confirm_fingerprint", lambda _p, u, f: True)
    page.confirm_button.click()
    assert ops.wait_for_ops(60)
    assert page.table.rowCount() == 0 and not page.confirm_button.isEnabled()
    assert "CB-09" in office.statusBar().currentMessage()
    (st,) = status(office.db, period="2026-H1")
    assert (st.unit_code, st.state) == ("CB-09", "submitted")
    units = office.go("units")
    assert _texts(units.table)[0][0] == "CB-09" and _texts(units.table)[0][2] == fp


def test_register_a_key_from_a_pub_file(office: Any, tmp_path: Path) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.gui.office_window import TrustDialog
    from dvdesktop.packages import public_key_text

    led = FakeLedger("CB-02")
    pub = tmp_path / "CB-02.pub"
    pub.write_text(public_key_text(led), encoding="ascii")
    dlg = TrustDialog(office)
    dlg.set_file(pub)
    assert dlg.code.text() == "CB-02" and dlg.ok.isEnabled()
    assert len(dlg.fingerprint.text().split()) == 4
    bad = tmp_path / "bad.pub"
    bad.write_text("không phải khóa", encoding="utf-8")
    dlg.set_file(bad)
    assert not dlg.ok.isEnabled() and dlg.error.text()

    page = office.go("units")
    page.trust("CB-02", public_key_text(led), "Chi bộ CB-02")
    assert ops.wait_for_ops(60)
    assert _texts(page.table)[0][:2] == ["CB-02", "Chi bộ CB-02"]


def test_status_due_date_on_time_late_missing(office: Any, tmp_path: Path) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.office import import_paths

    a, _b = _trusted(office.db, "CB-01"), _trusted(office.db, "CB-02")
    import_paths(office.db, [export_fake(a, tmp_path / "usb")], now=dt.datetime(2026, 7, 12, 9, 0).astimezone())
    page = office.go("status")
    assert page.period() == "2026-H1"  # the half-year just ended
    assert [r[2] for r in _texts(page.table)] == ["Đã gửi", "Chưa gửi"]
    page.due.edit.setText("10/07/2026")
    page.due_button.click()
    assert ops.wait_for_ops()
    rows = _texts(page.table)
    assert [r[2] for r in rows] == ["Trễ hạn", "Chưa gửi"]
    assert page.table.item(1, 2).background().color().name() == "#fbe0e0"
    assert page.summary.text() == "2 đơn vị: đúng hạn 0, trễ hạn 1, chưa gửi 1."
    page.due.edit.setText("20/07/2026")
    page.save_due()
    assert ops.wait_for_ops()
    assert _texts(page.table)[0][2] == "Đúng hạn"


def test_profile_and_consolidated_report_preview(office: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from dvdesktop import operations as ops
    from dvdesktop.gui.printing import page_count
    from dvdesktop.office import get_profile, import_paths

    profile = office.go("profile")
    profile.fields["name"].setText("Đảng ủy Khối các Cơ quan tỉnh")
    profile.fields["organisation"].setText("Đảng bộ Khối")
    profile.fields["recipients"].setPlainText("- Tỉnh ủy\n- Lưu")
    profile.save_button.click()
    assert ops.wait_for_ops()
    assert get_profile(office.db)["name"] == "Đảng ủy Khối các Cơ quan tỉnh"
    assert office.windowTitle().startswith("Đảng ủy Khối các Cơ quan tỉnh")

    for code in ("CB-01", "CB-02"):
        import_paths(office.db, [export_fake(_trusted(office.db, code), tmp_path / "usb")])
    page = office.go("report")
    assert page.info.text() == "Kỳ này đã nhận báo cáo của 2/2 đơn vị."
    page.print_button.click()
    assert ops.wait_for_ops(60)
    dlg = page.preview_dialog
    assert dlg is not None and page_count(dlg.pdf) >= 1
    dlg.close()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "tong-hop.docx"), ""))
    monkeypatch.setattr("dvdesktop.gui.office_window.QDesktopServices.openUrl", lambda _u: True)
    page.docx_button.click()
    assert ops.wait_for_ops(60)
    assert (tmp_path / "tong-hop.docx").stat().st_size > 1000


def test_run_office_opens_the_profile_first(tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from dvdesktop import operations as ops
    from dvdesktop.gui import app as gui_app

    seen: list[str] = []

    def exec_briefly() -> int:
        # The real exec() + quit() would leave the shared test QApplication quitting, and
        # later tests would get no timers; look at the shown window instead, then close it.
        ops.process_events()
        wins = [w for w in QApplication.topLevelWidgets() if w.objectName() == "OfficeWindow" and w.isVisible()]
        seen.extend(w.stack.currentWidget().objectName() for w in wins)
        for w in wins:
            w.close()
        ops.wait_for_ops()
        return 0

    monkeypatch.setattr(qapp, "exec", exec_briefly)
    assert gui_app.run_office(db=tmp_path / "k.db", lang="vi") == 0
    assert seen == ["office_profile"]
    assert (tmp_path / "k.db").exists()
