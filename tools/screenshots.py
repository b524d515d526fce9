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

from PySide6.QtWidgets import QApplication  # noqa: E402

from dvdesktop import operations as ops  # noqa: E402
from dvdesktop.core.ledger import Ledger  # noqa: E402
from dvdesktop.gui import app as gui_app  # noqa: E402


def settle(ms: int = 300) -> None:
    """Let queued ops deliver and the window paint."""
    ops.wait_for_ops(30)
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
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
    win.close()
    ledger.close()
    app.quit()
    print(f"saved to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
