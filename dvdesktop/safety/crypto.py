"""Encryption at rest: the unit's file encrypted with SQLCipher, opened by passphrase or recovery key.

An encrypted database is keyed with a random data key kept wrapped in the ``.key`` file
beside it (see ``keyfile``): the passphrase unlocks it day to day, the recovery key
("Mã khôi phục", shown once) when the passphrase is forgotten. Files encrypted directly
with a passphrase (``Ledger.open(path, passphrase="...")`` on a new file) are opened too;
``change_passphrase`` moves them to the key-file scheme and gives them a recovery key.
"""

from __future__ import annotations

import getpass
import os
import sys
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dvdesktop.base.errors import DatabaseLockedError, UserError, WrongPassphraseError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.safety import keyfile
from dvdesktop.store.files import (
    fsync_dir,
    fsync_file,
    hold,
    remove_quietly,
    sidecars,
    wipe_and_remove,
    wipe_fd,
    wipe_released,
)
from dvdesktop.store import database

Key = str | bytes | None

SQLITE_MAGIC = b"SQLite format 3\x00"
PASSPHRASE_ENV = "DVDESKTOP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "DVDESKTOP_NEW_PASSPHRASE"
MIN_PASSPHRASE = 8

#: The key each Ledger opened here was opened with, so backups of it stay encrypted.
_KEYS: weakref.WeakKeyDictionary[Any, str | bytes] = weakref.WeakKeyDictionary()


class PassphraseNeededError(WrongPassphraseError):
    """The file is encrypted and no passphrase was given."""


class AlreadyEncryptedError(UserError):
    """``encrypt`` on a file that is already encrypted."""


class WeakPassphraseError(UserError):
    """The new passphrase is too short, or the two entries differ."""


def is_encrypted(path: str | Path) -> bool:
    """True when ``path`` looks like a SQLCipher file.

    Every plain SQLite file starts with "SQLite format 3\\0"; a SQLCipher file starts with
    its random salt and is a whole number of pages. Anything else (a letter renamed .db,
    an empty new file) is not encrypted, and opening it says it is not a database.
    """
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    return head != SQLITE_MAGIC and size >= 1024 and size % 512 == 0


def key_for(ledger: Any) -> str | bytes | None:
    """The SQLCipher key an open Ledger was opened with here, if any."""
    try:
        return _KEYS.get(ledger)
    except TypeError:
        return None


def resolve_key(path: str | Path, secret: str) -> str | bytes:
    """The SQLCipher key for ``path`` from what the user typed (passphrase or recovery key).

    :raises WrongPassphraseError: ``secret`` opens neither slot of the key file
    :raises KeyFileError: the file has a key file that is damaged
    """
    kf = keyfile.key_path(Path(path))
    if kf.exists():
        return keyfile.unlock(keyfile.read(kf), secret)
    return keyfile.normalize_passphrase(secret)


def open_ledger(path: str | Path, secret: str | None = None, *, actor: str | None = None,
                before_migrate: Callable[[], None] | None = None, backup_before_migrate: bool = True) -> Any:
    """Open the unit's database, encrypted or not: what the window and the CLI call.

    :param secret: the passphrase or the recovery key; ignored for a plain file
    :param before_migrate: replaces the default backup made before a migration
    :raises PassphraseNeededError: the file is encrypted and ``secret`` is None
    :raises WrongPassphraseError: ``secret`` does not open it
    """
    from dvdesktop.core.ledger import Ledger
    from dvdesktop.safety.backup import before_migrate_hook

    path = Path(path)
    key: Key = None
    if is_encrypted(path):
        if secret is None:
            raise PassphraseNeededError(
                QT_TRANSLATE_NOOP("Errors", "Tệp {path} đã được mã hóa: cần nhập mật khẩu."), path=str(path)
            )
        key = resolve_key(path, secret)
    hook = before_migrate
    if hook is None and backup_before_migrate and path.exists():
        hook = before_migrate_hook(path, key)
    try:
        led = Ledger.open(path, passphrase=key, actor=actor, before_migrate=hook)  # type: ignore[arg-type]
    except WrongPassphraseError as exc:
        raise explain_wrong_key(path, key, exc) from exc
    if key is not None:
        _KEYS[led] = key
    return led


def explain_wrong_key(path: str | Path, key: Key, exc: WrongPassphraseError) -> UserError:
    """The error to show when ``key`` did not open ``path``.

    Without its key file beside it, an encrypted file is tried with the passphrase itself
    (files keyed directly with a passphrase); when that fails, the likely cause is the
    key file left behind (a backup copied without its ``.key``), so name that file.
    """
    kf = keyfile.key_path(Path(path))
    if isinstance(key, bytes) or kf.exists():
        return exc
    return keyfile.KeyFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Không mở được {path}: thiếu tệp khóa {key} bên cạnh nó. Tệp dữ liệu đã mã hóa cần "
            "tệp khóa này: hãy chép tệp {name} (đi kèm tệp dữ liệu hoặc bản sao lưu) vào cùng "
            "thư mục. Nếu tệp được mã hóa trực tiếp bằng mật khẩu, không có tệp khóa, thì mật "
            "khẩu không đúng.",
        ),
        path=str(path),
        key=str(kf),
        name=kf.name,
    )


def open_ledger_for_cli(path: str | Path) -> Any:
    """``open_ledger`` for a command: the passphrase comes from ``DVDESKTOP_PASSPHRASE`` or a
    prompt, never from an argument. Makes the pre-migration backup, not the daily one
    (that is the window's, on start; commands run in scripts many times a day)."""
    path = Path(path)
    secret = read_secret("Mật khẩu tệp dữ liệu (hoặc mã khôi phục): ") if is_encrypted(path) else None
    return open_ledger(path, secret)


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
def export_encrypted(src: Path, src_key: Key, dest: Path, dest_key: bytes) -> dict[str, int]:
    """Write ``src`` into the new file ``dest`` encrypted with ``dest_key`` (sqlcipher_export).

    Other writers are held off while it runs; returns the source's row counts.
    """
    from sqlcipher3 import dbapi2 as sqlcipher

    from dvdesktop.safety.backup import table_counts

    conn = sqlcipher.connect(str(src), isolation_level=None, timeout=database.BUSY_TIMEOUT_MS / 1000)
    try:
        if src_key is not None:
            conn.execute("PRAGMA key = " + database.key_literal(src_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("ATTACH DATABASE ? AS enc KEY " + database.key_literal(dest_key), [str(dest)])
        conn.execute("BEGIN IMMEDIATE")
        try:
            counts = table_counts(conn)
            conn.execute("SELECT sqlcipher_export('enc')")
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        finally:
            conn.execute("COMMIT")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    fsync_file(dest)
    return counts


@dataclass
class EncryptResult:
    """What ``encrypt_existing`` did; the window shows ``recovery_key`` once."""

    recovery_key: str
    key_file: Path
    removed_plain_backups: list[Path] = field(default_factory=list)
    backup: Path | None = None


def encrypt_existing(path: str | Path, passphrase: str, *, backups_folder: Path | None = None) -> EncryptResult:
    """Encrypt the plain database at ``path`` in place; returns the recovery key to show once.

    The encrypted copy is written beside the file, verified (integrity and row counts),
    then renamed over it; the plain bytes are overwritten with zeros (best effort), and the
    plain automatic backups of this file are wiped and replaced by one encrypted backup.
    Nothing plain is left in dvdesktop's folders. Close the window's Ledger first.

    :raises AlreadyEncryptedError: the file is already encrypted
    :raises WeakPassphraseError: fewer than 8 characters
    """
    from dvdesktop.safety import backup

    path = Path(path)
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
    fresh = backup._auto(path, data_key, reason="encrypt", folder=backups_folder)  # noqa: SLF001
    return EncryptResult(recovery, keyfile.key_path(path), removed, fresh)


@dataclass
class CreateResult:
    """What ``create_encrypted`` made: the open Ledger, and the recovery key to show once."""

    ledger: Any
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
    from dvdesktop.core.ledger import Ledger

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
    try:
        led = Ledger.open(path, passphrase=data_key, actor=actor)  # type: ignore[arg-type]
    except BaseException:
        for p in (path, *sidecars(path), kf_path):
            remove_quietly(p)
        raise
    _KEYS[led] = data_key
    return CreateResult(led, recovery, kf_path)


def _swap_encrypted(path: Path, old_key: Key, data_key: bytes, kf: keyfile.KeyFile) -> None:
    """Replace ``path`` by a verified copy encrypted with ``data_key``; write its key file.

    A plain file's ``-wal`` and ``-journal`` hold whole pages of records: they are held
    open from the start, so when SQLite deletes them (at the last close) their blocks are
    overwritten, and so is the plain file itself once the encrypted one has replaced it.
    """
    from dvdesktop.safety.backup import verify_backup

    tmp = path.with_name(f".{path.name}.encrypting")
    for p in (tmp, *sidecars(tmp)):
        remove_quietly(p)
    held = [(side, hold(side)) for side in sidecars(path)] if old_key is None else []
    try:
        counts = export_encrypted(path, old_key, tmp, data_key)
        verify_backup(tmp, key=data_key, expected=counts)
        _checkpoint_and_close(path, old_key)
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


def _checkpoint_and_close(path: Path, key: Key) -> None:
    """Fold the -wal into the file and check no other program holds it open.

    A FULL checkpoint, not TRUNCATE: truncating would hand the WAL's blocks back to the
    file system before they are overwritten; the last close deletes the file instead,
    while ``_swap_encrypted`` (for a plain file) still holds it to overwrite.
    """
    db = database.connect(path, passphrase=key)
    try:
        db.execute("PRAGMA wal_checkpoint(FULL)")
    finally:
        database.close(db)
    if path.with_name(path.name + "-wal").exists():
        raise DatabaseLockedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Tệp dữ liệu {path} đang được mở ở một cửa sổ dvdesktop khác. Hãy đóng cửa sổ đó rồi thử lại.",
            ),
            path=str(path),
        )
    wipe_and_remove(path.with_name(path.name + "-shm"))


def change_passphrase(path: str | Path, old: str, new: str, *, new_recovery_key: bool = False) -> str | None:
    """Set a new passphrase; ``old`` may be the current passphrase or the recovery key.

    With a key file only that small file is rewritten (atomically); the data key, and so
    the database and its backups, stay as they are. A file encrypted directly with a
    passphrase is re-encrypted into the key-file scheme and gets a recovery key.

    :returns: a new recovery key to show once, or None when the old one stays valid
    :raises WrongPassphraseError: ``old`` is neither the passphrase nor the recovery key
    """
    path = Path(path)
    if not is_encrypted(path):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Tệp {path} chưa được mã hóa; hãy dùng lệnh mã hóa (encrypt)."),
            path=str(path),
        )
    check_passphrase(new)
    kf_path = keyfile.key_path(path)
    if kf_path.exists():
        kf = keyfile.read(kf_path)
        data_key = keyfile.unlock(kf, old)
        database.connect(path, passphrase=data_key).conn.close()  # the key really opens this file
        recovery = keyfile.new_recovery_key() if new_recovery_key else None
        keyfile.write(kf_path, keyfile.rewrap(kf, data_key, passphrase=new, recovery_key=recovery))
        return recovery
    old_key = keyfile.normalize_passphrase(old)
    database.connect(path, passphrase=old_key).conn.close()  # WrongPassphraseError if not
    data_key, recovery = keyfile.new_data_key(), keyfile.new_recovery_key()
    _swap_encrypted(path, old_key, data_key, keyfile.create(data_key, passphrase=new, recovery_key=recovery))
    return recovery


__all__ = [
    "AlreadyEncryptedError", "EncryptResult", "PassphraseNeededError", "WeakPassphraseError",
    "CreateResult", "change_passphrase", "create_encrypted", "encrypt_existing", "explain_wrong_key", "export_encrypted", "is_encrypted", "key_for",
    "open_ledger", "open_ledger_for_cli", "read_secret", "resolve_key",
]
