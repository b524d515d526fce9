"""Opening a data file, encrypted or not, and encryption at rest (SQLCipher).

``open_data_file(path, secret)`` is the one opener the window and the command line use: it
finds the key (passphrase or recovery key), makes a backup before a schema migration and
returns a ``DataFile`` with its Ledger open. An encrypted database is keyed with a random
data key kept wrapped in the ``.key`` file beside it (see ``keyfile``): the passphrase
unlocks it day to day, the recovery key ("Mã khôi phục", shown once) when the passphrase is
forgotten. Files encrypted directly with a passphrase (``Ledger.open(path, passphrase="...")``
on a new file) are opened too; ``change_passphrase`` moves them to the key-file scheme and
gives them a recovery key.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dvdesktop.base.errors import UserError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.safety import backup, keyfile
from dvdesktop.safety.datafile import (
    DataFile,
    Key,
    PassphraseNeededError,
    explain_wrong_key,
    export_encrypted,
    is_encrypted,
    release,
    resolve_key,
    unlock,
)
from dvdesktop.store import database
from dvdesktop.store.files import fsync_dir, hold, remove_quietly, sidecars, wipe_and_remove, wipe_fd, wipe_released

PASSPHRASE_ENV = "DVDESKTOP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "DVDESKTOP_NEW_PASSPHRASE"
MIN_PASSPHRASE = 8


class AlreadyEncryptedError(UserError):
    """``encrypt`` on a file that is already encrypted."""


class WeakPassphraseError(UserError):
    """The new passphrase is too short, or the two entries differ."""


def open_data_file(path: str | Path, secret: str | None = None, *, key: Key = None, actor: str | None = None,
                   before_migrate: Callable[[], None] | None = None,
                   backup_before_migrate: bool = True) -> DataFile:
    """Open a body's data file, encrypted or not: what the window and the command line call.

    Creates and migrates the file if needed; before migrating an existing file a verified
    backup is made (unless ``before_migrate`` replaces it, or ``backup_before_migrate`` is
    False).

    :param secret: the passphrase or the recovery key; ignored for a plain file
    :param key: the key already found from the secret (``keyfile.resolve_key``, as the
        window derives it while the core loads), instead of ``secret``
    :raises PassphraseNeededError: the file is encrypted and neither is given
    :raises WrongPassphraseError: ``secret`` (or ``key``) does not open it
    """
    file = unlock(path, secret, key=key)
    hook = before_migrate
    if hook is None and backup_before_migrate and file.path.exists():
        hook = backup.before_migrate_hook(file.path, file.key)
    file.open(actor=actor, before_migrate=hook)
    return file


def load_driver() -> None:
    """Import the encrypted file's driver (sqlcipher3) now, ahead of ``open_data_file``:
    the window does it while the key is derived on a worker (``gui/opening.py``)."""
    database.sqlcipher()


def secret_for_cli(path: str | Path) -> str | None:
    """The secret a command needs for ``path``: None for a plain file, else from
    ``DVDESKTOP_PASSPHRASE`` or a prompt, never from an argument."""
    return read_secret("Mật khẩu tệp dữ liệu (hoặc mã khôi phục): ") if is_encrypted(path) else None


def read_secret(prompt: str, *, env: str = PASSPHRASE_ENV) -> str:
    """A secret from the environment, else typed at the terminal without echo."""
    value = os.environ.get(env)
    if value:
        return value
    if not _has_terminal():
        raise PassphraseNeededError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cần mật khẩu nhưng không có cửa sổ lệnh để nhập: đặt biến môi trường {env}.",
            ),
            env=env,
        )
    import getpass  # a terminal's prompt: not loaded by the window

    return getpass.getpass(prompt)


def read_new_passphrase(*, also_env: str | None = None) -> str:
    """A new passphrase: ``DVDESKTOP_NEW_PASSPHRASE`` (or ``also_env``), or typed twice."""
    value = os.environ.get(NEW_PASSPHRASE_ENV) or (os.environ.get(also_env) if also_env else None)
    if not value:
        if not _has_terminal():
            raise PassphraseNeededError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Cần mật khẩu nhưng không có cửa sổ lệnh để nhập: đặt biến môi trường {env}.",
                ),
                env=NEW_PASSPHRASE_ENV,
            )
        import getpass

        value = getpass.getpass("Mật khẩu mới: ")
        again = getpass.getpass("Nhập lại mật khẩu mới: ")
        if value != again:
            raise WeakPassphraseError(QT_TRANSLATE_NOOP("Errors", "Hai lần nhập mật khẩu không giống nhau."))
    check_passphrase(value)
    return value


def check_passphrase(value: str) -> None:
    if len(value.strip()) < MIN_PASSPHRASE:
        raise WeakPassphraseError(
            QT_TRANSLATE_NOOP("Errors", "Mật khẩu cần ít nhất {n} ký tự."), n=MIN_PASSPHRASE
        )
    if keyfile.normalize_recovery_key(value) is not None:
        raise WeakPassphraseError(
            QT_TRANSLATE_NOOP("Errors", "Mật khẩu không được có dạng của một mã khôi phục.")
        )


def _has_terminal() -> bool:
    if sys.stdin is not None and sys.stdin.isatty():
        return True
    if os.name == "nt":
        return False
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        return False
    os.close(fd)
    return True


# ------------------------------------------------------------- conversion
@dataclass
class EncryptResult:
    """What ``encrypt_existing`` did; the window shows ``recovery_key`` once. ``file`` is the
    encrypted file (closed), with its new key."""

    file: DataFile
    recovery_key: str
    key_file: Path
    removed_plain_backups: list[Path] = field(default_factory=list)
    backup: Path | None = None


def encrypt_existing(target: DataFile, passphrase: str, *, backups_folder: Path | None = None) -> EncryptResult:
    """Encrypt the plain data file ``target`` in place; returns the recovery key to show once.

    The encrypted copy is written beside the file, verified (integrity and row counts),
    then renamed over it; the plain bytes are overwritten with zeros (best effort), and the
    plain automatic backups of this file are wiped and replaced by one encrypted backup.
    Nothing plain is left in dvdesktop's folders. ``target`` must be closed.

    :raises AlreadyEncryptedError: the file is already encrypted
    :raises WeakPassphraseError: fewer than 8 characters
    """
    if target.is_open:
        raise RuntimeError(f"close {target!r} before encrypting it")  # a bug
    path = target.path
    if not path.exists():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Không có tệp dữ liệu {path}."), path=str(path))
    if is_encrypted(path):
        raise AlreadyEncryptedError(QT_TRANSLATE_NOOP("Errors", "Tệp {path} đã được mã hóa."), path=str(path))
    check_passphrase(passphrase)
    data_key, recovery = keyfile.new_data_key(), keyfile.new_recovery_key()
    _swap_encrypted(path, None, data_key, keyfile.create(data_key, passphrase=passphrase, recovery_key=recovery))
    removed = []
    for b in backup.list_backups(path, folder=backups_folder):
        if not is_encrypted(b.path):
            for side in (b.path, *sidecars(b.path)):
                wipe_and_remove(side)
            removed.append(b.path)
    fresh = backup.auto_backup(DataFile(path, data_key), reason="encrypt", folder=backups_folder)
    return EncryptResult(DataFile(path, data_key), recovery, keyfile.key_path(path), removed, fresh)


@dataclass
class CreateResult:
    """What ``create_encrypted`` made: the open file, and the recovery key to show once."""

    file: DataFile
    recovery_key: str
    key_file: Path


def create_encrypted(path: str | Path, passphrase: str, *, actor: str | None = None) -> CreateResult:
    """Create a new unit database encrypted from its first byte; return it open.

    For the first start ("Mã hóa dữ liệu ngay từ đầu"): the key file is written first,
    then SQLCipher creates the database with the data key, so no page of it, of its
    ``-wal`` or of its journal is ever written in plain. Show ``recovery_key`` once.

    :raises UserError: ``path`` already exists (encrypt it with ``encrypt_existing``)
    :raises WeakPassphraseError: fewer than 8 characters, or shaped like a recovery key
    """
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Tệp {path} đã có. Tạo mới có mã hóa chỉ dùng cho tệp chưa có; để mã hóa tệp "
                "đang dùng, hãy dùng lệnh mã hóa (encrypt).",
            ),
            path=str(path),
        )
    check_passphrase(passphrase)
    data_key, recovery = keyfile.new_data_key(), keyfile.new_recovery_key()
    kf_path = keyfile.key_path(path)
    keyfile.write(kf_path, keyfile.create(data_key, passphrase=passphrase, recovery_key=recovery))
    file = DataFile(path, data_key)
    try:
        file.open(actor=actor)
    except BaseException:
        for p in (path, *sidecars(path), kf_path):
            remove_quietly(p)
        raise
    return CreateResult(file, recovery, kf_path)


def _swap_encrypted(path: Path, old_key: Key, data_key: bytes, kf: keyfile.KeyFile) -> None:
    """Replace ``path`` by a verified copy encrypted with ``data_key``; write its key file.

    A plain file's ``-wal`` and ``-journal`` hold whole pages of records: they are held
    open from the start, so when SQLite deletes them (at the last close) their blocks are
    overwritten, and so is the plain file itself once the encrypted one has replaced it.
    """
    tmp = path.with_name(f".{path.name}.encrypting")
    for p in (tmp, *sidecars(tmp)):
        remove_quietly(p)
    held = [(side, hold(side)) for side in sidecars(path)] if old_key is None else []
    try:
        counts = export_encrypted(path, old_key, tmp, data_key)
        backup.verify_backup(tmp, key=data_key, expected=counts)
        release(path, old_key)
        # Key file first: a power cut between the two renames leaves the old file with an
        # unused key file (harmless), never an encrypted file without its key.
        keyfile.write(keyfile.key_path(path), kf)
        old_fd = _open_for_wipe(path) if old_key is None else None
        try:
            os.replace(tmp, path)
            fsync_dir(path.parent)
            if old_fd is not None:
                wipe_fd(old_fd)
        finally:
            if old_fd is not None:
                os.close(old_fd)
    except (OSError, *database.SQLITE_ERRORS) as exc:
        for p in (tmp, *sidecars(tmp)):
            remove_quietly(p)
        raise database.storage_error(exc, str(path)) from exc
    except BaseException:
        for p in (tmp, *sidecars(tmp)):
            remove_quietly(p)
        raise
    finally:
        # Only what SQLite let go of: a -wal still in use by another program stays as it is.
        for side, fd in held:
            if fd is not None:
                wipe_released(fd, side)


def _open_for_wipe(path: Path) -> int | None:
    """A handle on the plain file, to zero its bytes once the encrypted one replaced it.

    POSIX only: Windows refuses to rename over a file held open.
    """
    if os.name == "nt":
        return None
    try:
        return os.open(path, os.O_RDWR)
    except OSError:
        return None


def change_passphrase(target: DataFile, new: str, *, new_recovery_key: bool = False) -> str | None:
    """Set a new passphrase on the encrypted ``target`` (unlocked with the current passphrase
    or the recovery key: ``unlock``); it must be closed.

    With a key file only that small file is rewritten (atomically); the data key, and so
    the database and its backups, stay as they are. A file encrypted directly with a
    passphrase is re-encrypted into the key-file scheme and gets a recovery key.

    :returns: a new recovery key to show once, or None when the old one stays valid
    """
    if target.is_open:
        raise RuntimeError(f"close {target!r} before changing its passphrase")  # a bug
    path = target.path
    if not is_encrypted(path) or target.key is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Tệp {path} chưa được mã hóa; hãy dùng lệnh mã hóa (encrypt)."),
            path=str(path),
        )
    check_passphrase(new)
    kf_path = keyfile.key_path(path)
    if kf_path.exists():
        kf = keyfile.read(kf_path)
        data_key = target.key
        if not isinstance(data_key, bytes):
            raise RuntimeError(f"{target!r} has a key file but was unlocked without it")  # a bug
        database.connect(path, passphrase=data_key).conn.close()  # the key really opens this file
        recovery = keyfile.new_recovery_key() if new_recovery_key else None
        keyfile.write(kf_path, keyfile.rewrap(kf, data_key, passphrase=new, recovery_key=recovery))
        return recovery
    old_key = target.key
    database.connect(path, passphrase=old_key).conn.close()  # WrongPassphraseError if not
    data_key, recovery = keyfile.new_data_key(), keyfile.new_recovery_key()
    _swap_encrypted(path, old_key, data_key, keyfile.create(data_key, passphrase=new, recovery_key=recovery))
    return recovery


__all__ = [
    "AlreadyEncryptedError", "CreateResult", "DataFile", "EncryptResult", "PassphraseNeededError",
    "WeakPassphraseError", "change_passphrase", "check_passphrase", "create_encrypted", "encrypt_existing",
    "explain_wrong_key", "export_encrypted", "is_encrypted", "open_data_file", "read_new_passphrase",
    "read_secret", "resolve_key", "secret_for_cli", "unlock",
]
