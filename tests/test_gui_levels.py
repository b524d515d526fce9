"""A body's own window through the levels: two chi bộ files export real signed packages, the
commune's file trusts and imports them; the main window on the commune's file makes the
report of the whole đảng bộ (PDF read back) and the package upward that lists its units,
as ``dvdesktop report`` and ``dvdesktop export`` do."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import Any, Iterator

import pytest
from test_gui_journeys import _key, choose
from test_gui_support import OFFSCREEN_NOTICE, FileDialogs, activate, click, collected  # noqa: F401
from test_levels import PERIOD, _add, _export, _import, _init, _meetings, _pdf_text, _trust, ok

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE, pytest.mark.usefixtures("collected")]

TODAY = dt.date(2026, 7, 15)
#: chi bộ -> meetings it recorded; the commune's own meetings
CELLS = {"CB-A1": 2, "CB-A2": 3}
OWN = 2
PROVINCE_OWN = 1


@pytest.fixture
def commune(tmp_path: Path, capsys: Any) -> Path:
    """The commune's file holding both chi bộ's accepted packages for the period (and its own
    meetings), built with the command line on real files."""
    xa = _init(capsys, tmp_path / "xa.db", "XA-A", "Đảng ủy xã A", "Tỉnh ủy Nghệ An", "xa_phuong")
    _add(capsys, xa, "meeting", _meetings(OWN, month=2))
    for code, n in CELLS.items():
        cell = _init(capsys, tmp_path / f"{code}.db", code, f"Chi bộ {code}", "Đảng ủy xã A", "chi_bo_truc_thuoc")
        _add(capsys, cell, "meeting", _meetings(n))
        _trust(capsys, xa, cell, code)
        _export(capsys, cell, tmp_path / "usb-xa")
    assert "Đã nhận" in _import(capsys, xa, tmp_path / "usb-xa")
    return xa


@pytest.fixture
def body_window(commune: Path, qapp: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The main window on the commune's file, opened as the program opens it."""
    yield from _window(commune, qtbot, monkeypatch)


@pytest.fixture
def province(commune: Path, tmp_path: Path, capsys: Any) -> Path:
    """The province's file holding the commune's package, which lists its two chi bộ."""
    tinh = _init(capsys, tmp_path / "tinh.db", "TINH", "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy Nghệ An", "dang_bo_co_so")
    _add(capsys, tinh, "meeting", _meetings(PROVINCE_OWN))
    _trust(capsys, tinh, commune, "XA-A")
    _export(capsys, commune, tmp_path / "usb-tinh")
    assert "Đã nhận" in _import(capsys, tinh, tmp_path / "usb-tinh")
    return tinh


@pytest.fixture
def province_window(province: Path, qapp: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    yield from _window(province, qtbot, monkeypatch)


def _window(path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from PySide6.QtWidgets import QMessageBox

    from dvdesktop import operations as ops
    from dvdesktop.gui import forms, i18n
    from dvdesktop.gui.mainwindow import MainWindow
    from dvdesktop.safety.crypto import open_data_file

    i18n.install("vi")
    monkeypatch.setattr(forms, "ask_unsaved", lambda parent: QMessageBox.StandardButton.Discard)
    file = open_data_file(path)
    ops.set_file(file)
    win = MainWindow(today=TODAY)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    ops.wait_for_ops()
    file.ledger.close()


def test_the_body_window_reports_the_whole_dang_bo(body_window: Any, commune: Path, qtbot: Any,
                                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                    capsys: Any) -> None:
    from dvdesktop import operations as ops

    opened: list[Any] = []
    monkeypatch.setattr("dvdesktop.gui.pages.reports.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    activate(qtbot, body_window)
    qtbot.keyClick(body_window, *_key("Ctrl+9"))
    page = body_window.pages["reports"]
    choose(qtbot, page.period_combo, PERIOD)
    out = tmp_path / "bao-cao-xa.pdf"
    FileDialogs(monkeypatch, out)
    click(qtbot, page.pdf_button)
    assert ops.wait_for_ops(60)
    text = _pdf_text(out)
    cells = sum(CELLS.values())
    assert f"Đảng bộ xã A đã tổ chức được {OWN + cells} cuộc" in text
    assert (f"Trong đó, Đảng ủy xã A trực tiếp tổ chức {OWN} cuộc; các chi bộ trực thuộc tổ chức {cells} cuộc."
            in text)
    assert "Kết quả theo từng chi bộ trực thuộc" in text and opened  # the appendix, and the file shown
    # The same report as the command line's, sentence for sentence (its date is today's there).
    cli = tmp_path / "cli.pdf"
    body_window.close()
    ops.wait_for_ops()
    ok(capsys, "report", "--db", str(commune), "--period", PERIOD, "--out", str(cli))
    assert f"Đảng bộ xã A đã tổ chức được {OWN + cells} cuộc" in _pdf_text(cli)


def test_the_body_window_sends_the_package_upward_with_its_units(body_window: Any, qtbot: Any,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.packages import verify_package

    usb = tmp_path / "usb-tinh"
    usb.mkdir()
    activate(qtbot, body_window)
    qtbot.keyClick(body_window, *_key("Ctrl+0"))
    page = body_window.pages["send"]
    page.destination.drives = lambda: []  # no stick plugged in: the folder is chosen by hand
    choose(qtbot, page.period_combo, PERIOD)
    FileDialogs(monkeypatch, usb)
    click(qtbot, page.destination.other_button)
    click(qtbot, page.export_button)
    assert ops.wait_for_ops(60)
    [pkg] = list(usb.glob("*.dvpkg"))
    assert pkg.name == "XA-A_2026-H1_r1.dvpkg" and str(pkg) in page.result.text()
    with zipfile.ZipFile(pkg) as zf:
        listing = json.loads(zf.read("data/units.json"))
        cons = json.loads(zf.read("data/consolidated.json"))
        summary = json.loads(zf.read("data/summary.json"))
    assert [(e["code"], e["period"], e["revision"]) for e in listing["units"]] == [
        (code, PERIOD, 1) for code in sorted(CELLS)]
    assert summary["meetings"]["count"] == OWN  # its own work
    assert cons["meetings"]["count"] == OWN + sum(CELLS.values())  # the whole đảng bộ
    key = ops.current_file().ledger.get_setting("signing_public_key")
    checked = verify_package(pkg, public_key=key)
    assert checked.trusted and checked.listing is not None


def test_one_window_shows_the_pages_for_its_units(body_window: Any, qtbot: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The commune's own window lists the pages for its units under "Đơn vị trực thuộc", each
    with its key in the Xem menu; the consolidated report's page is the office's, not a copy."""
    from dvdesktop import operations as ops
    from dvdesktop.gui.mainwindow import UNITS_GROUP, nav_entries, units_nav_entries
    from dvdesktop.gui.office.report_page import ConsolidatedPage
    from dvdesktop.gui.navigation import page_keys

    rows = {k: i for i, (k, _) in enumerate(nav_entries())}
    heading = body_window.nav.item(rows[UNITS_GROUP])
    assert heading.text() == "Đơn vị trực thuộc" and not heading.isHidden() and heading.font().bold()
    assert not any(body_window.nav.item(rows[k]).isHidden() for k, _ in units_nav_entries())
    shown = {a.text(): a.shortcut().toString() for a in body_window.view_menu.actions() if a.isVisible()}
    keys = page_keys(nav_entries())
    assert all(shown[label] == keys[k] for k, label in units_nav_entries())
    assert shown["Nhận gói"] == "Alt+1" and shown["Báo cáo"] == "Ctrl+9"
    activate(qtbot, body_window)
    qtbot.keyClick(body_window, *_key("Alt+4"))
    status = body_window.pages["status"]
    assert body_window.stack.currentWidget() is status and body_window.nav.currentRow() == rows["status"]
    choose(qtbot, status.period_combo, PERIOD)
    assert ops.wait_for_ops(60)
    codes = [status.table.item(r, 0).text() for r in range(status.table.rowCount())]
    assert codes == sorted(CELLS)
    qtbot.keyClick(body_window, *_key("Alt+5"))
    assert isinstance(body_window.stack.currentWidget(), ConsolidatedPage)
    # Its own pages are still there, by their keys.
    qtbot.keyClick(body_window, *_key("Ctrl+9"))
    assert body_window.stack.currentWidget() is body_window.pages["reports"]


def test_the_province_window_shows_the_levels_and_traces_a_figure(province_window: Any, qtbot: Any) -> None:
    """The status page on the province's file: the commune with its chi bộ below and their
    revisions; a figure chosen is shown at each level and adds up to the whole đảng bộ's."""
    from dvdesktop import operations as ops

    win = province_window
    activate(qtbot, win)
    qtbot.keyClick(win, *_key("Alt+4"))
    page = win.pages["status"]
    assert win.stack.currentWidget() is page
    choose(qtbot, page.period_combo, PERIOD)
    assert ops.wait_for_ops(60)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1)
    assert page.tree.isVisible() and page.figure_combo.isVisible()
    xa = page.tree.topLevelItem(0)
    assert [xa.text(c) for c in range(4)] == ["XA-A", "Đảng ủy xã A", "Đã gửi", "lần 1"]  # no due date set
    below = [(xa.child(i).text(0), xa.child(i).text(3)) for i in range(xa.childCount())]
    assert below == [(code, "lần 1") for code in sorted(CELLS)]
    # The figure, chosen with the keyboard in the combo.
    choose(qtbot, page.figure_combo, "meetings")
    assert page.figure_combo.currentText() == "Số hội nghị"
    assert ops.wait_for_ops(60)
    qtbot.waitUntil(lambda: xa.text(4) != "")
    cells = {xa.child(i).text(0): int(xa.child(i).text(4)) for i in range(xa.childCount())}
    assert cells == CELLS
    commune_total = int(xa.text(4))
    assert commune_total == OWN + sum(cells.values())  # the commune's package: its own and its chi bộ's
    whole = PROVINCE_OWN + commune_total
    assert page.trace_total.text() == f"Tự ghi: {PROVINCE_OWN}; tổng của cả đảng bộ: {whole}"
