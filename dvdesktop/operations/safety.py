"""The data file's safety: the daily backup, a backup to a stick, restore, encryption, a new
passphrase, a new unit's file.

Restoring, encrypting and changing the passphrase replace the file: the runner waits for
every op still running, ``safety.steps`` closes the Ledger, does the work and opens the file
again (with the old key if the work failed), and the window reads everything again
(``reload`` on the window, then "everything changed").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dvdesktop.operations.runner import changes, current_file, run_op, wait_for_ops
from dvdesktop.safety import steps
from dvdesktop.safety.backup import backup_on_start, make_backup
from dvdesktop.safety.merge import merge_paths

translate = QCoreApplication.translate

Success = Callable[[Any], None] | None
Failure = Callable[[BaseException], bool | None] | None


def daily_backup(*, parent: QWidget | None, success: Success = None, failure: Failure = None) -> None:
    """The day's first start: a verified backup into the data folder; ``success(path or None)``."""
    file = current_file()
    run_op(parent, lambda _led: backup_on_start(file), success=success, failure=failure)


def backup(*, parent: QWidget | None, folder: str, success: Success = None) -> None:
    """A verified copy of the file into ``folder`` (a USB stick); ``success(path)``."""
    file = current_file()
    run_op(parent, lambda _led: make_backup(file, dest=Path(folder)), success=success,
           progress_text=translate("Safety", "Đang sao lưu và kiểm tra bản sao…"))


def _replace_file(parent: QWidget | None, work: Callable[[], Any], *, success: Success,
                  progress_text: str) -> None:
    """Run one of ``safety.steps`` off the UI thread, then read everything again: the whole
    file may have changed (or, after a failure, it is as it was, opened again)."""
    wait_for_ops()

    def reload() -> None:
        win = parent.window() if parent is not None else None
        if hasattr(win, "reload"):
            win.reload()
        changes().changed.emit(set())

    def done(result: Any) -> None:
        reload()
        if success is not None:
            success(result)

    def failed(_error: BaseException) -> None:
        reload()  # the message box follows

    run_op(parent, lambda _led: work(), success=done, failure=failed, progress_text=progress_text)


def restore(*, parent: QWidget | None, source: Path, secret: str | None, success: Success = None) -> None:
    """Replace the file by the backup ``source`` (checked first; the file as it was is kept)."""
    file = current_file()
    _replace_file(parent, lambda: steps.restore(file, source=Path(source), secret=secret), success=success,
                  progress_text=translate("Safety", "Đang kiểm tra và khôi phục bản sao lưu…"))


def encrypt(*, parent: QWidget | None, passphrase: str, success: Success = None) -> None:
    """Encrypt the file with ``passphrase``; ``success(result)`` carries the recovery key."""
    file = current_file()
    _replace_file(parent, lambda: steps.encrypt(file, passphrase=passphrase), success=success,
                  progress_text=translate("Safety", "Đang mã hóa dữ liệu…"))


def change_passphrase(*, parent: QWidget | None, old: str, new: str, success: Success = None) -> None:
    """A new passphrase (only the key file changes); ``success(recovery key or None)``."""
    file = current_file()
    _replace_file(parent, lambda: steps.change_passphrase(file, old=old, new=new), success=success,
                  progress_text=translate("Safety", "Đang đổi mật khẩu…"))


def create_file(*, parent: QWidget | None, path: Path, unit: Mapping[str, Any], passphrase: str | None,
                success: Success = None, failure: Failure = None) -> None:
    """A new unit's data file with its profile and signing key (encrypted from its first page
    with ``passphrase``); ``success((file, recovery key or None))``."""
    from dvdesktop.packages.setup import create_unit_file  # minisign: only on the first start

    values = dict(unit)
    run_op(parent, lambda _scratch: create_unit_file(path, unit=values, passphrase=passphrase),
           success=success, failure=failure,
           progress_text=translate("Forms", "Đang tạo tệp dữ liệu và khóa ký số của đơn vị…"))


def merge_history(*, parent: QWidget | None, paths: Sequence[str], secrets: Mapping[str, str | None],
                  success: Success = None, failure: Failure = None) -> None:
    """Take the records of the old units' files ``paths`` into this file, each with its
    source (a verified backup first, all or nothing); ``success(MergeResult)``."""
    file, chosen, keys = current_file(), list(paths), dict(secrets)
    run_op(parent, lambda _led: merge_paths(file, chosen, keys), success=success, failure=failure,
           progress_text=translate("Safety", "Đang sao lưu rồi nhận lịch sử các đơn vị cũ…"))
