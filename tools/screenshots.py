"""Save a PNG of each main page with demo data into docs/screenshots/.

Run under Xvfb at the target laptop's resolution:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py [--lang en]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from dvdesktop import operations as ops  # noqa: E402
from dvdesktop.operations import process_events  # noqa: E402
from dvdesktop.core.ledger import Ledger  # noqa: E402
from dvdesktop.gui import app as gui_app  # noqa: E402


def settle(ms: int = 300) -> None:
    """Let queued ops deliver and the window paint."""
    ops.wait_for_ops(30)
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        process_events()
        time.sleep(0.01)
    ops.wait_for_ops(30)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="vi", choices=["vi", "en"])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "vi" else f"-{args.lang}"
    app = gui_app.make_app(args.lang)
    today = dt.date.today()
    path = Path(tempfile.mkdtemp(prefix="dvdesktop-shots-")) / "demo.db"
    ledger = Ledger.open(path)
    ops.set_ledger(ledger)
    gui_app.fill_demo_if_possible(ledger, today)
    from dvdesktop.gui.forms import RecordDialog, SetupDialog
    from dvdesktop.gui.mainwindow import MainWindow, nav_entries

    win = MainWindow()
    win.show()
    settle(500)
    for i, (key, _label) in enumerate(nav_entries()):
        win.go(key)
        settle()
        win.grab().save(str(out / f"{i:02d}-{key}{suffix}.png"))
    # A form with the core's messages beside the fields, and the set-up dialog.
    for kind in ("meeting", "reception", "dialogue"):
        page = win.go(kind)
        settle()
        page.view.selectRow(0)
        page.edit_current()
        dlg: RecordDialog = page.dialog
        settle()
        dlg.grab().save(str(out / f"form-{kind}{suffix}.png"))
        dlg._force_close = True
        dlg.reject()
    page = win.go("meeting")
    page.add_record()
    dlg = page.dialog
    dlg.binder.widgets["title"].setText("")
    dlg.binder.widgets["members_expected"].setText("20")
    dlg.binder.widgets["members_present"].setText("25")
    dlg.binder.widgets["documents"].edit.setText("25NQ/TW")
    dlg.save()
    settle()
    dlg.grab().save(str(out / f"form-meeting-errors{suffix}.png"))
    dlg._force_close = True
    dlg.reject()
    setup = SetupDialog(win)
    setup.show()
    settle()
    setup.grab().save(str(out / f"setup{suffix}.png"))
    setup.reject()
    unit_window_extras(win, ledger, out, suffix)
    win.close()
    ops.changes().changed.disconnect()  # the unit's pages must not hear the office's ops
    office_window(ledger, out, suffix)
    ledger.close()
    app.quit()
    print(f"saved to {out}")
    return 0


def unit_window_extras(win: object, ledger: Ledger, out: Path, suffix: str) -> None:
    """Gửi cấp trên with a package sent, the print preview, the recovery key dialog."""
    from dvdesktop.gui.drives import Drive
    from dvdesktop.gui.safety_dialogs import RecoveryKeyDialog
    from dvdesktop.packages import export_package

    key = win.go("send").period_combo.currentData()
    export_package(ledger, period=key, out_dir=Path(tempfile.mkdtemp(prefix="dvdesktop-usb-")))
    page = win.go("send")
    page.destination.drives = lambda: [Drive("E:/", "KINGSTON", 7_400_000_000)]
    page.load(cutoff_day=ledger.cutoff_day(), today=dt.date.today())
    settle()
    win.grab().save(str(out / f"send-usb{suffix}.png"))
    page = win.go("reports")
    page.preview_report()
    settle(800)
    if page.preview is not None:
        page.preview.resize(1300, 720)
        settle(500)
        page.preview.grab().save(str(out / f"print-preview{suffix}.png"))
        page.preview.close()
    page = win.go("settings")
    settle()
    page.findChild(QScrollArea).verticalScrollBar().setValue(10_000)
    settle()
    win.grab().save(str(out / f"settings-key{suffix}.png"))
    dlg = RecoveryKeyDialog("K7QF-2MZD-4XAB-77QC-PLM2-3RTE-ZZ5K-H6DW", win)
    dlg.show()
    settle()
    dlg.grab().save(str(out / f"recovery-key{suffix}.png"))
    dlg.confirm.setChecked(True)
    dlg.accept()


def office_window(unit: Ledger, out: Path, suffix: str) -> None:
    """The office's window on a database holding the demo unit's package and one quarantined."""
    from dvdesktop.gui.office_window import OfficeWindow, office_nav_entries
    from dvdesktop.office import import_paths, open_office, set_due, set_profile, trust
    from dvdesktop.packages import export_package, public_key_text

    folder = Path(tempfile.mkdtemp(prefix="dvdesktop-office-"))
    usb = folder / "usb"
    usb.mkdir()
    today = dt.date.today()
    key = "2026-H1"
    export_package(unit, period=key, out_dir=usb)
    other = Ledger.open(folder / "other.db")
    other.set_unit({**unit.unit(), "code": "CB-07", "name": "Chi bộ Trường Tiểu học Quỳnh Lộc"})
    export_package(other, period=key, out_dir=usb)
    db = open_office(folder / "khoi.db")
    set_profile(db, name="Đảng ủy xã Quỳnh Lộc", organisation="Đảng bộ xã", superior="Huyện ủy Quỳnh Lưu",
                place="Quỳnh Lộc", short_name="ĐU", signer_title="T/M ĐẢNG ỦY", signer_role="PHÓ BÍ THƯ",
                signer_name="Nguyễn Văn An", recipients="- Huyện ủy Quỳnh Lưu\n- Lưu Văn phòng")
    code = unit.unit()["code"]
    trust(db, unit_code=code, pubkey_text=public_key_text(unit), name=unit.unit()["name"])
    trust(db, unit_code="CB-03", pubkey_text=public_key_text(Ledger.open(folder / "third.db")),
          name="Chi bộ Thôn 3")
    set_due(db, period=key, due=dt.date(2026, 7, 10))
    ops.set_ledger(db)
    win = OfficeWindow(db_path=folder / "khoi.db", today=dt.date(2026, 7, 15) if today.year == 2026 else today)
    win.show()
    settle(300)
    page = win.go("import")
    page.import_paths([str(usb)])
    settle(800)
    for i, (k, _label) in enumerate(office_nav_entries()):
        page = win.go(k)
        if k == "status" or k == "report":
            page.period_combo.setCurrentIndex(max(0, page.period_combo.findData(key)))
        settle()
        win.grab().save(str(out / f"office-{i:02d}-{k}{suffix}.png"))
    win.close()
    other.close()
    db.close()


if __name__ == "__main__":
    raise SystemExit(main())
