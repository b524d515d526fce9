"""Start the window: the Qt application, language and style, the window's frame on screen
first, then the unit's file (``gui/opening.py``) and the window attached to it.

Only Qt and the window's frame are imported before the first frame; the core follows.
"""

from __future__ import annotations

import datetime as dt
import gc
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from dvdesktop.gui import fontconfig
from dvdesktop.gui import language as i18n
from dvdesktop.gui.mainwindow import MainWindow

translate = QCoreApplication.translate

STYLE = """
QLabel#pageTitle { font-size: 13pt; font-weight: bold; padding: 2px 0 4px 0; }
QLabel#sectionTitle { font-weight: bold; padding-top: 4px; }
QLabel#hint { color: #555; }
QLabel#opening { qproperty-alignment: AlignCenter; color: #555; }
QLabel#fieldError { color: #b00020; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {
    border: 1px solid #b00020; background: #fff4f4; }
QListWidget#nav { font-size: 10.5pt; border: 2px solid transparent; }
QListWidget#nav:focus { border: 2px solid #1565c0; }
QListWidget#nav::item { padding: 3px 6px; }
QListWidget#nav::item:selected { background: #b71c1c; color: white; }
QListWidget#nav::item:selected:focus { background: #8e0000; color: white; text-decoration: underline; }
QGroupBox { font-weight: bold; margin-top: 6px; }
QGroupBox > * { font-weight: normal; }
QGroupBox::title { subcontrol-origin: margin; left: 6px; padding: 0 3px; }
"""


#: Said on the terminal when there is no display to open the window on (instead of Qt's abort).
NO_DISPLAY = ("dvdesktop: không có màn hình (DISPLAY trống) nên không mở được cửa sổ. Chạy trên màn hình ảo: "
              "xvfb-run -a dvdesktop [--lang en]; hoặc dùng dòng lệnh: dvdesktop --help")


def display_problem(env: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why the window cannot open here (Linux with no X11 or Wayland display), or None."""
    import os

    env = dict(os.environ) if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or QApplication.instance() is not None:
        return None
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs: the user chose
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


def default_db_path() -> Path:
    from dvdesktop.base.paths import data_dir

    return data_dir() / "dvdesktop.db"


def choose_font(app: QApplication) -> None:
    """A font with every Vietnamese letter: Segoe UI on Windows, Noto/DejaVu Sans elsewhere,
    the first of them installed (Qt picks it; listing the font database costs about 6 ms)."""
    font = QFont()
    font.setFamilies(["Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans"])
    font.setPointSize(10)
    app.setFont(font)


def guard_refcounts() -> None:
    """Keep a reserve of references to None, True and False (PySide6 6.12 on Python 3.11).

    That PySide6 drops a reference to Python's None it never took each time it hands back
    a None (an empty QVariant, ``QCheckBox.setChecked``, the static processEvents), and
    True/False go the same way at exit; a long session could bring a count to zero and the
    interpreter would abort, losing nothing saved but closing the window. Python 3.12 makes
    these objects immortal; on 3.11 their counts get a reserve no session can use up.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object (Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 32


def make_app(lang: str | None = None) -> QApplication:
    fontconfig.wait()  # started before Qt's import (cli/window.py); Qt's first text needs it
    lang = lang or i18n.saved_language()
    if QApplication.instance() is None:
        i18n.prepare_system_locale(lang)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("dvdesktop")
    app.setOrganizationName("dvdesktop")
    i18n.install(lang)
    choose_font(app)
    app.setStyleSheet(STYLE)
    return app


def is_new_file(path: Path) -> bool:
    """No data file yet (a first start): nothing is written before the set-up is done."""
    return not path.exists() or path.stat().st_size == 0



def show_first_frame(window: MainWindow) -> None:
    """Put the window's frame on screen now (before the core loads): events are processed
    once, user input excepted, so nothing can be clicked before the file is open."""
    window.show()
    QEventLoop().processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def run(*, db: Path | None = None, demo: bool = False, lang: str | None = None) -> int:
    """Open the window on ``db`` (default: the user's data folder); returns the exit code.

    :param demo: open a fresh demo database in a temporary folder, filled with sample data
    :param lang: "vi" or "en" for this run (default: the language chosen in Cài đặt)
    """
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app = make_app(lang)
    if demo:
        path = Path(tempfile.mkdtemp(prefix="dvdesktop-demo-")) / "demo.db"
    else:
        path = Path(db) if db else default_db_path()
    window = MainWindow(pending=True)
    show_first_frame(window)
    guard_refcounts()  # after the frame: ctypes costs about 3 ms, the counts are far from zero yet
    new = not demo and is_new_file(path)
    pending = None
    if not new:
        from dvdesktop.gui import unlocking  # Qt and the key file's module only

        if unlocking.is_encrypted(path):
            # Asked before the core loads, so the key file's scrypt (deliberately slow)
            # runs on a worker while this thread imports the core below.
            secret = unlocking.ask(window)
            if secret is None:
                window.close()
                return 1
            pending = unlocking.PendingKey(path, secret)
    # Imported here, after the first frame: the core, the operations and the pages (about
    # 60 ms on the bench's machine, docs/architecture.md "Start-up").
    from dvdesktop.gui import opening

    code = opening.open_at_start(window, path, demo=demo, new=new, pending=pending)
    if code is not None:
        window.close()
        return code
    # The start-up objects (modules, widgets, Qt wrappers) live as long as the window: out
    # of the collector's generations, a full collection during an export or an import
    # scans only what the work made, so it holds the UI thread for a few ms, not 50.
    gc.freeze()
    code = app.exec()
    opening.close_file()
    return code


def default_office_db_path() -> Path:
    from dvdesktop.base.paths import data_dir

    return data_dir() / "khoi.db"


def run_office(*, db: Path | None = None, lang: str | None = None, today: dt.date | None = None) -> int:
    """Open the body's window on ``db`` (default ``<data dir>/khoi.db``) with the pages for
    its units (Đơn vị trực thuộc) chosen.

    :param lang: "vi" or "en" for this run (default: the language chosen before)
    """
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app = make_app(lang)
    guard_refcounts()
    # Imported here: the core (this start draws no frame before the file is open).
    from dvdesktop import operations as ops
    from dvdesktop.gui import opening
    from dvdesktop.office import get_profile

    path = Path(db) if db else default_office_db_path()
    try:
        file = opening.open_file(path)  # any body's file: an office's is migrated into the body's shape
    except OSError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, translate("App", "Không mở được tệp dữ liệu"), str(exc))
        return 1
    if file is None:
        return 1
    ops.set_file(file)
    office_db = file.ledger
    window = MainWindow(today=today, units=True)  # the body's one window, its units' pages chosen
    window.show()
    window.show_units()
    if not get_profile(office_db).get("name"):
        window.go("profile")  # first run: the header of the consolidated report first
        window.show_status(translate("App", "Lần đầu sử dụng: hãy nhập thông tin văn phòng."))
    gc.freeze()  # as in ``run``: start-up objects out of the collector's scans
    code = app.exec()
    opening.close_file()
    return code


__all__ = ["run", "run_office", "make_app", "default_db_path", "default_office_db_path"]
