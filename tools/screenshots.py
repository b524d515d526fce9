"""Save a PNG of every page, form and dialog of both windows, with demo data, into docs/screenshots/.

Run under Xvfb at the target laptop's resolution, once per language:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py [--lang en]

The window is driven as a user would drive it where that matters for what is shown (the
form opens with Ctrl+N, a bad value is typed and saved with Ctrl+Enter); Qt's own dialogs
(file, print, print preview) are shown with the program's Vietnamese catalogue.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from dvdesktop.safety.datafile import DataFile  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QScrollArea, QWidget  # noqa: E402

from dvdesktop import operations as ops  # noqa: E402
from dvdesktop.core.ledger import Ledger  # noqa: E402
from dvdesktop.gui import app as gui_app  # noqa: E402
from dvdesktop.operations import process_events  # noqa: E402

OUT: Path = ROOT / "docs" / "screenshots"
SUFFIX = ""


def settle(ms: int = 300) -> None:
    """Let queued ops deliver and the window paint."""
    ops.wait_for_ops(30)
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        process_events()
        time.sleep(0.01)
    ops.wait_for_ops(30)


def shot(widget: QWidget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / f"{name}{SUFFIX}.png"))


def key(widget: QWidget, k: Any, mod: Any = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, k, mod)
    settle(100)


def main() -> int:
    global OUT, SUFFIX
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="vi", choices=["vi", "en"])
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args()
    OUT = Path(args.out)
    OUT.mkdir(parents=True, exist_ok=True)
    SUFFIX = "" if args.lang == "vi" else f"-{args.lang}"
    app = gui_app.make_app(args.lang)
    first_start()
    today = dt.date.today()
    path = Path(tempfile.mkdtemp(prefix="dvdesktop-shots-")) / "demo.db"
    ledger = Ledger.open(path)
    ops.set_file(DataFile(Path(ledger.path), None, ledger))
    gui_app.fill_demo_if_possible(ledger, today)
    from dvdesktop.packages import ensure_signing_key

    ensure_signing_key(ledger)
    from dvdesktop.gui.mainwindow import MainWindow, own_nav_entries

    win = MainWindow()
    win.show()
    win.activateWindow()
    settle(500)
    for i, (page_key, _label) in enumerate(own_nav_entries()):
        win.go(page_key)
        shot(win, f"{i:02d}-{page_key}")
    forms(win)
    unit_window_extras(win, ledger)
    qt_dialogs(win)
    win.close()
    ops.changes().changed.disconnect()  # the unit's pages must not hear the office's ops
    office_window(ledger)
    ledger.close()
    app.quit()
    print(f"saved to {OUT}")
    return 0


def first_start() -> None:
    """The set-up dialog of a new user's first start (a file not made yet: encryption
    offered), before and after a bad code and a short passphrase."""
    from dvdesktop.gui.forms import SetupDialog

    scratch = Ledger.open(":memory:")
    ops.set_file(DataFile(":memory:", None, scratch))
    setup = SetupDialog(new_file=Path(tempfile.mkdtemp(prefix="dvdesktop-first-")) / "new.db")
    setup.show()
    setup.activateWindow()
    shot(setup, "setup")
    code = setup.unit_form.binder.widgets["code"]
    QTest.keyClicks(code, "CB SO TP")
    QTest.keyClicks(setup.passphrase, "ngan")
    QTest.keyClicks(setup.passphrase_again, "ngan")
    key(setup, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    shot(setup, "setup-errors")
    setup.reject()
    scratch.close()


def open_form(win: Any, kind: str, *, edit: bool) -> Any:
    page = win.go(kind)
    win.activateWindow()
    settle()
    page.view.setFocus()
    if edit:
        page.view.selectRow(0)
        key(page.view, Qt.Key.Key_Return)
    else:
        key(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dlg = page.dialog
    dlg.activateWindow()
    settle()
    return dlg


def close_form(dlg: Any) -> None:
    dlg._force_close = True
    dlg.reject()
    settle(100)


def forms(win: Any) -> None:
    """Every form, new and opened from the list, and the core's messages beside fields."""
    for kind in ("meeting", "dialogue", "reception", "model", "award", "rating"):
        dlg = open_form(win, kind, edit=False)
        shot(dlg, f"form-{kind}-new")
        close_form(dlg)
        dlg = open_form(win, kind, edit=True)
        shot(dlg, f"form-{kind}")
        close_form(dlg)
    # Errors: typed and saved with Ctrl+Enter.
    dlg = open_form(win, "meeting", edit=False)
    binder = dlg.binder
    QTest.keyClicks(binder.widgets["members_expected"], "20")
    QTest.keyClicks(binder.widgets["members_present"], "25")
    QTest.keyClicks(binder.widgets["documents"].edit, "25NQ/TW")
    key(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    shot(dlg, "form-meeting-errors")
    close_form(dlg)
    dlg = open_form(win, "rating", edit=False)
    binder = dlg.binder
    binder.widgets["year"].selectAll()
    QTest.keyClicks(binder.widgets["year"], "2030")
    key(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    shot(dlg, "form-rating-errors")
    close_form(dlg)
    # A tố cáo: the denouncer's identity hidden in the form, and the record's history.
    page = win.go("reception")
    settle()
    rows = [r for r in range(page.model.rowCount()) if page.model.record(r).get("category") == "denunciation"]
    if rows:
        page.view.selectRow(rows[0])
        win.activateWindow()
        settle()
        page.view.setFocus()
        key(page.view, Qt.Key.Key_Return)
        dlg = page.dialog
        shot(dlg, "form-reception-denunciation")
        history = dlg.show_history()
        if history is not None:
            shot(history, "history")
            history.accept()
        close_form(dlg)


def unit_window_extras(win: Any, ledger: Ledger) -> None:
    """Gửi cấp trên with a package sent, the print preview, the custom period, settings."""
    from dvdesktop.gui.drives import Drive
    from dvdesktop.gui.safety_dialogs import BackupDialog, PassphraseDialog, RecoveryKeyDialog
    from dvdesktop.packages import export_package

    page = win.go("send")
    export_package(ledger, period=page.period_combo.period(),
                   out_dir=Path(tempfile.mkdtemp(prefix="dvdesktop-usb-")))
    page.destination.drives = lambda: [Drive("E:/", "KINGSTON", 7_400_000_000)]
    page.load(cutoff_day=ledger.cutoff_day(), today=dt.date.today())
    shot(win, "send-usb")
    page = win.go("meeting")
    settle()
    page.search_edit.setText("dan van")
    page._search_now()
    shot(win, "search-highlight")
    page.search_edit.setText("không có chữ này")
    page._search_now()
    shot(win, "search-nothing")
    page.search_edit.clear()
    page._search_now()
    range_dialog = page.period_combo.ask_range()
    QTest.keyClicks(range_dialog.start.edit, "15012026")
    QTest.keyClicks(range_dialog.end.edit, "31032026")
    shot(range_dialog, "period-range")
    range_dialog.check()
    shot(win, "period-range-list")
    page = win.go("reports")
    page.number.setText("12")
    page.preview_report()
    settle(1500)
    if page.preview is not None:
        page.preview.showNormal()
        page.preview.resize(1300, 720)
        shot(page.preview, "print-preview")
        page.preview.close()
    baseline_dialog(win, ledger)
    findings_dialog(win, ledger)
    import_preview(win)
    page = win.go("settings")
    settle()
    from dvdesktop.packages import rotate_signing_key

    rotate_signing_key(ledger)
    page.show_key()
    page.findChild(QScrollArea).verticalScrollBar().setValue(10_000)
    shot(win, "settings-key")
    for dlg, name in ((BackupDialog(win), "backup"), (PassphraseDialog(win), "passphrase")):
        dlg.show()
        shot(dlg, name)
        dlg.reject()
    dlg = RecoveryKeyDialog("K7QF-2MZD-4XAB-77QC-PLM2-3RTE-ZZ5K-H6DW", win)
    dlg.show()
    shot(dlg, "recovery-key")
    dlg.confirm.setChecked(True)
    dlg.accept()
    win.show_guide()
    settle(500)
    shot(win.guide_dialog, "help")
    win.guide_dialog.close()


def baseline_dialog(win: Any, ledger: Ledger) -> None:
    """Số liệu nhập tay of last year's first half: figures typed, one refused beside its field."""
    from dvdesktop.gui.baseline import BaselineDialog

    year = dt.date.today().year - 1
    ledger.set_baseline(f"{year - 1}", {"meetings.count": 40, "reception.visits.count": 52})
    dlg = BaselineDialog(win, period=f"{year}-H1")
    dlg.show()
    dlg.activateWindow()
    shot(dlg, "baseline")
    for name, text in (("meetings.count", "21"), ("meetings.members_expected", "380"),
                       ("meetings.members_present", "395"), ("dialogues.count", "4")):
        dlg.edits[name].setText(text)
    key(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    shot(dlg, "baseline-errors")
    dlg._force_close = True
    dlg.reject()


def findings_dialog(win: Any, ledger: Ledger) -> None:
    """What the screening found before sending, with the record to open and the choice."""
    from dvdesktop.gui.findings import FindingsDialog
    from dvdesktop.packages import screen_export

    period = f"{dt.date.today().year}-H1"
    ledger.add("meeting", {"date": f"{dt.date.today().year}-03-05", "title": "Gặp bà Lan (ĐT 0912 345 678) về đơn",
                           "members_expected": 10, "members_present": 9})
    ledger.add("model", {"name": "Dân vận khéo, liên hệ anh.tuan@gmail.com", "field": "economy",
                         "registered_date": f"{dt.date.today().year}-02-01"})
    dlg = FindingsDialog(screen_export(ledger, period=period), win)
    dlg.show()
    dlg.activateWindow()
    shot(dlg, "findings")
    dlg.reject()
    for kind in ("meeting", "model"):
        for rec in ledger.list(kind, search="0912" if kind == "meeting" else "gmail"):
            ledger.delete(kind, rec["id"])
    ledger.empty_trash()


def import_preview(win: Any) -> None:
    """Nhập từ Excel: a filled template with two mistakes, previewed row by row."""
    import openpyxl

    from dvdesktop.gui.sheet_import import ImportPreviewDialog
    from dvdesktop.sheets import preview_import, write_template

    year = dt.date.today().year - 1
    path = Path(tempfile.mkdtemp(prefix="dvdesktop-xlsx-")) / "hoi-nghi-nam-truoc.xlsx"
    write_template("meeting", path=path)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = {c.value: c.column for c in sheet[1] if c.value}
    rows = [(f"05/03/{year}", "Quán triệt Nghị quyết 25-NQ/TW", 40, 38),
            (f"31/02/{year}", "Sinh hoạt chi bộ tháng 2", 40, 39),
            (f"12/04/{year}", "Học tập chuyên đề Dân vận khéo", 40, 44),
            (f"10/05/{year}", "Sinh hoạt chi bộ tháng 5", 40, 37)]
    for r, (date, title, expected, present) in enumerate(rows, start=2):
        for header, value in (("Ngày", date), ("Tên hội nghị, nội dung", title),
                              ("Số đảng viên được triệu tập", expected), ("Số đảng viên dự", present)):
            sheet.cell(row=r, column=headers[header], value=value)
    book.save(path)
    page = win.go("meeting")
    dlg = ImportPreviewDialog(preview_import("meeting", path), page)
    dlg.show()
    dlg.activateWindow()
    shot(dlg, "import-preview")
    dlg.reject()


def qt_dialogs(win: Any) -> None:
    """Qt's own dialogs as the program opens them: the file dialog and the print dialog."""
    from PySide6.QtPrintSupport import QPrintDialog

    from dvdesktop.gui.printing import make_printer

    dlg = QFileDialog(win, "Lưu báo cáo", str(ROOT / "docs"), "Tệp PDF (*.pdf);;Mọi tệp (*)")
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dlg.setViewMode(QFileDialog.ViewMode.Detail)
    dlg.resize(900, 520)
    dlg.show()
    settle(1000)  # the folder is read on a thread of Qt's
    shot(dlg, "qt-file-dialog")
    dlg.reject()
    printer = make_printer()
    pdlg = QPrintDialog(printer, win)
    pdlg.show()
    shot(pdlg, "qt-print-dialog")
    pdlg.reject()


def office_window(unit: Ledger) -> None:
    """The body's window (its pages for its units, as ``dvdesktop --office`` opens it) on a
    database holding the demo unit's package and one quarantined."""
    from dvdesktop.gui.mainwindow import MainWindow, units_nav_entries
    from dvdesktop.office import set_due, set_profile, trust
    from dvdesktop.safety.crypto import open_data_file
    from dvdesktop.packages import export_package, public_key_text

    folder = Path(tempfile.mkdtemp(prefix="dvdesktop-office-"))
    usb = folder / "usb"
    usb.mkdir()
    today = dt.date.today()
    key_ = f"{today.year}-H1"
    # The demo's records sent as one chi bộ's package to the xã's window below.
    unit.set_unit({**unit.unit(), "code": "CB-01", "name": "Chi bộ Thôn 1", "type": "chi_bo_truc_thuoc",
                   "superior": "Đảng ủy xã Quỳnh Lộc"})
    export_package(unit, period=key_, out_dir=usb)
    other = Ledger.open(folder / "other.db")
    other.set_unit({**unit.unit(), "code": "CB-07", "name": "Chi bộ Trường Tiểu học Quỳnh Lộc"})
    export_package(other, period=key_, out_dir=usb)
    db = open_data_file(folder / "khoi.db").ledger
    set_profile(db, name="Đảng ủy xã Quỳnh Lộc", organisation="Đảng bộ xã", superior="Huyện ủy Quỳnh Lưu",
                place="Quỳnh Lộc", short_name="ĐU", signer_title="T/M ĐẢNG ỦY", signer_role="PHÓ BÍ THƯ",
                signer_name="Nguyễn Văn An", recipients="- Huyện ủy Quỳnh Lưu\n- Lưu Văn phòng")
    code = unit.unit()["code"]
    trust(db, unit_code=code, pubkey_text=public_key_text(unit), name=unit.unit()["name"])
    third = Ledger.open(folder / "third.db")
    trust(db, unit_code="CB-03", pubkey_text=public_key_text(third), name="Chi bộ Thôn 3")
    reinstalled = Ledger.open(folder / "third-new.db")  # the same unit on a new computer, no announcement
    reinstalled.set_unit({**unit.unit(), "code": "CB-03", "name": "Chi bộ Thôn 3"})
    export_package(reinstalled, period=key_, out_dir=usb)
    reinstalled.close()
    set_due(db, period=key_, due=dt.date(today.year, 7, 10))
    ops.set_file(DataFile(Path(db.path), None, db))
    win = MainWindow(today=today, units=True)
    win.show()
    settle(300)
    page = win.go("import")
    page.import_paths([str(usb)])
    settle(800)
    for i, (k, _label) in enumerate(units_nav_entries()):
        page = win.go(k)
        if k in ("status", "report"):
            page.period_combo.select(key_)
        if k == "quarantine":
            rows = [r for r, q in enumerate(page.rows) if q.get("registered_fingerprint")]
            if rows:
                page.table.selectRow(rows[0])
        if k == "report":
            page.limitations.setPlainText("Một số chi bộ gửi báo cáo chậm; số liệu đối thoại còn thiếu số ý kiến.")
            page.directions.setPlainText("Đôn đốc các chi bộ gửi báo cáo đúng hạn; hướng dẫn ghi đủ số liệu.")
        shot(win, f"office-{i:02d}-{k}")
        if k == "report":
            page.discard_unsaved()  # not saved: leaving the page would ask
    win.close()
    other.close()
    third.close()
    db.close()


if __name__ == "__main__":
    raise SystemExit(main())
