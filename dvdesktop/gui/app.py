"""Start the window: the Qt application, language, style, the unit's file and first-run set-up."""

from __future__ import annotations

import datetime as dt
import gc
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox

from dvdesktop import operations as ops
from dvdesktop.base.errors import UserError, WrongPassphraseError
from dvdesktop.core.ledger import Ledger
from dvdesktop.gui import i18n
from dvdesktop.safety.crypto import open_data_file
from dvdesktop.safety.datafile import DataFile

translate = QCoreApplication.translate
T = TypeVar("T")

STYLE = """
QLabel#pageTitle { font-size: 13pt; font-weight: bold; padding: 2px 0 4px 0; }
QLabel#sectionTitle { font-weight: bold; padding-top: 4px; }
QLabel#hint { color: #555; }
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
    """A font with every Vietnamese letter: Segoe UI on Windows, DejaVu/Noto Sans elsewhere."""
    families = set(QFontDatabase.families())
    for name in ("Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans"):
        if name in families:
            font = QFont(name, 10)
            app.setFont(font)
            return


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
    lang = lang or i18n.saved_language()
    guard_refcounts()
    if QApplication.instance() is None:
        i18n.prepare_system_locale(lang)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("dvdesktop")
    app.setOrganizationName("dvdesktop")
    i18n.install(lang)
    choose_font(app)
    app.setStyleSheet(STYLE)
    return app


def _while(work: Callable[[], T], meanwhile: Callable[[], object]) -> T:
    """``work()`` on a worker thread while ``meanwhile()`` runs here; ``work``'s result or
    its exception."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            box["error"] = exc

    worker = threading.Thread(target=target, name="dvdesktop-unlock", daemon=True)
    worker.start()
    try:
        meanwhile()
    finally:
        worker.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


def _window_modules() -> None:
    """Import what the main window needs (while the key file is unlocked elsewhere)."""
    import dvdesktop.gui.mainwindow  # noqa: F401
    import dvdesktop.gui.safety_dialogs  # noqa: F401


def open_file(path: Path, parent=None, *, meanwhile: Callable[[], object] | None = None) -> DataFile | None:
    """Open the body's file, asking for its passphrase if it is encrypted; None if given up.

    Goes through ``safety.crypto.open_data_file``: the passphrase or the recovery key unlocks
    the key file, and a backup is made before a schema migration.

    :param meanwhile: work for this thread while a passphrase unlocks the file on a worker
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    passphrase: str | None = None
    for _attempt in range(4):
        try:
            if passphrase is None or meanwhile is None:
                return open_data_file(path, passphrase)
            # The key file's scrypt (deliberately slow, ~0.1 s) runs on a worker while this
            # thread loads the window's modules; pyca's scrypt releases the GIL.
            return _while(lambda p=passphrase: open_data_file(path, p), meanwhile)
        except WrongPassphraseError as exc:
            text, ok = QInputDialog.getText(
                parent, translate("App", "Mật khẩu tệp dữ liệu"),
                (ops.error_text(exc) + "\n\n" if passphrase else "")
                + translate("App", "Tệp dữ liệu được mã hóa. Nhập mật khẩu (hoặc mã khôi phục):"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return None
            passphrase = text
        except UserError as exc:
            QMessageBox.critical(parent, translate("App", "Không mở được tệp dữ liệu"), ops.error_text(exc))
            return None
    return None


def ensure_unit(parent=None) -> bool:
    """First run: ask for the unit profile; False if the user quits instead."""
    if ops.read(lambda led: led.unit()) is not None:
        return True
    from dvdesktop.gui.forms import SetupDialog

    dlg = SetupDialog(parent)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return False
    make_signing_key(parent)
    return True


def is_new_file(path: Path) -> bool:
    """No data file yet (a first start): nothing is written before the set-up is done."""
    return not path.exists() or path.stat().st_size == 0


def first_start(path: Path, parent=None) -> DataFile | None:
    """A first start on a file that does not exist yet: the unit's profile and the choice
    of encryption (recommended) first, then the file made, encrypted from its first page if
    chosen. None if the user quits (nothing is written then)."""
    from dvdesktop.gui.forms import SetupDialog

    # The profile is checked against a Ledger in memory only; the file is made at the end.
    scratch = DataFile(":memory:", None, Ledger.open(":memory:"))
    ops.set_file(scratch)
    dlg = SetupDialog(parent, new_file=path)
    accepted = dlg.exec() == QDialog.DialogCode.Accepted
    ops.wait_for_ops()
    if not accepted or dlg.file is None:
        if ops.current_file() is scratch:
            scratch.close()
        return None
    return dlg.file


def make_signing_key(parent=None) -> None:
    """The unit's signing key, made once the profile exists (off the UI thread; quick), so
    its fingerprint prints on the first report and shows in Cài đặt."""
    from dvdesktop.packages import ensure_signing_key

    ops.run_op(parent, ensure_signing_key, progress_text=translate("App", "Đang tạo khóa ký số của đơn vị…"))
    ops.wait_for_ops(60)


def demo_path() -> Path:
    return Path(tempfile.mkdtemp(prefix="dvdesktop-demo-")) / "demo.db"


def fill_demo_if_possible(ledger: Ledger, today: dt.date) -> None:
    try:
        from dvdesktop.core.demo import fill_demo
    except ImportError:
        return
    fill_demo(ledger, year=today.year, seed=1)


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
    path = demo_path() if demo else (Path(db) if db else default_db_path())
    if not demo and is_new_file(path):
        file = first_start(path)
        if file is None:
            return 0
    else:
        file = open_file(path, meanwhile=_window_modules)
        if file is None:
            return 1
        ops.set_file(file)
        if demo:
            fill_demo_if_possible(file.ledger, dt.date.today())
        if not ensure_unit():
            file.close()
            return 0
    from dvdesktop.gui.mainwindow import MainWindow

    def open_other(new_path: Path) -> bool:
        new = open_file(new_path, window)
        if new is None:
            return False
        ops.wait_for_ops()
        old = ops.current_file()
        ops.set_file(new)
        if not ensure_unit(window):
            new.close()
            ops.set_file(old)
            return False
        old.close()
        return True

    window = MainWindow(open_file=open_other)
    from dvdesktop.gui import safety_dialogs

    safety_dialogs.add_file_menu_actions(window)
    window.show()
    window.raise_()
    window.activateWindow()  # after the set-up dialog, the keyboard goes to the window
    safety_dialogs.start_daily_backup(window)
    # The start-up objects (modules, widgets, Qt wrappers) live as long as the window: out
    # of the collector's generations, a full collection during an export or an import
    # scans only what the work made, so it holds the UI thread for a few ms, not 50.
    gc.freeze()
    code = app.exec()
    ops.wait_for_ops()
    ops.current_file().close()
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
    from dvdesktop.office import get_profile

    path = Path(db) if db else default_office_db_path()
    try:
        file = open_file(path)  # any body's file: an office's is migrated into the body's shape
    except OSError as exc:
        QMessageBox.critical(None, translate("App", "Không mở được tệp dữ liệu"), str(exc))
        return 1
    if file is None:
        return 1
    ops.set_file(file)
    office_db = file.ledger
    from dvdesktop.gui.mainwindow import MainWindow

    window = MainWindow(today=today, units=True)  # the body's one window, its units' pages chosen
    window.show()
    window.show_units()
    if not get_profile(office_db).get("name"):
        window.go("profile")  # first run: the header of the consolidated report first
        window.show_status(translate("App", "Lần đầu sử dụng: hãy nhập thông tin văn phòng."))
    gc.freeze()  # as in ``run``: start-up objects out of the collector's scans
    code = app.exec()
    ops.wait_for_ops()
    file.close()
    return code


__all__ = ["run", "run_office", "make_app", "default_db_path", "default_office_db_path", "Qt"]
