"""Opening the body's file once the window's frame is on screen: its passphrase, the
first-run set-up, the demo data, and the window attached to the file.

Imported by ``gui/app.py`` after the first frame: this module brings in the core.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from dvdesktop import operations as ops
from dvdesktop.base.errors import UserError, WrongPassphraseError
from dvdesktop.core.ledger import Ledger
from dvdesktop.gui import safety_dialogs, unlocking
from dvdesktop.gui.mainwindow import MainWindow
from dvdesktop.safety.crypto import load_driver, open_data_file
from dvdesktop.safety.datafile import DataFile

translate = QCoreApplication.translate


def _window_modules() -> None:
    """Import the pages the window shows first and the encrypted file's driver (while the
    key file is unlocked elsewhere)."""
    import dvdesktop.gui.pages.overview  # noqa: F401
    import dvdesktop.gui.pages.reception  # noqa: F401
    import dvdesktop.gui.pages.records  # noqa: F401
    load_driver()  # sqlcipher3


def open_file(path: Path, parent=None, *, pending: unlocking.PendingKey | None = None,
              meanwhile: Callable[[], object] | None = None) -> DataFile | None:
    """Open the body's file, asking for its passphrase if it is encrypted; None if given up.

    Goes through ``safety.crypto.open_data_file``: the passphrase or the recovery key unlocks
    the key file, and a backup is made before a schema migration.

    :param pending: the passphrase asked already, its key being derived on a worker
        (``gui/app.py`` asks it before the core loads)
    :param meanwhile: work for this thread while a passphrase's key is derived on a worker
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    for _attempt in range(4 if pending is None else 3):  # three passphrases at most
        try:
            if pending is None:
                return open_data_file(path)
            if meanwhile is not None:
                meanwhile()  # the key file's scrypt (deliberately slow) runs on the worker
            return open_data_file(path, key=pending.result())
        except WrongPassphraseError as exc:
            secret = unlocking.ask(parent, ops.error_text(exc) if pending is not None else "")
            if secret is None:
                return None
            pending = unlocking.PendingKey(path, secret)
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


def fill_demo_if_possible(ledger: Ledger, today: dt.date) -> None:
    try:
        from dvdesktop.core.demo import fill_demo
    except ImportError:
        return
    fill_demo(ledger, year=today.year, seed=1)


def open_at_start(window: MainWindow, path: Path, *, demo: bool = False, new: bool = False,
                  pending: unlocking.PendingKey | None = None) -> int | None:
    """The file opened into ``window`` (shown, not attached yet): the set-up of a new file,
    the passphrase of an encrypted one, the unit's profile if missing; then the window is
    attached to it. None once attached, else the exit code (the user gave up, or the file
    could not be opened; nothing is written then).

    :param pending: an encrypted file's passphrase, asked already, its key being derived
    """
    if new:
        file = first_start(path, window)
        if file is None:
            return 0
    else:
        file = open_file(path, window, pending=pending, meanwhile=lambda: (_window_modules(), window.prepare()))
        if file is None:
            return 1
        ops.set_file(file)
        if demo:
            fill_demo_if_possible(file.ledger, dt.date.today())
        if not ensure_unit(window):
            file.close()
            return 0
    window.set_open_file(lambda new_path: open_other(window, new_path))
    window.attach()
    safety_dialogs.add_file_menu_actions(window)
    window.raise_()
    window.activateWindow()  # after the set-up dialog, the keyboard goes to the window
    safety_dialogs.start_daily_backup(window)
    return None


def open_other(window: MainWindow, new_path: Path) -> bool:
    """Tệp → Mở tệp dữ liệu…: ``new_path`` replaces the open file; False if given up."""
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


def close_file() -> None:
    """The window has closed: the running work finishes, then the file closes."""
    ops.wait_for_ops()
    ops.current_file().close()
