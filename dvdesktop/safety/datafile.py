"""A body's data file as one object: where it is, the key that opens it, its Ledger while open.

``crypto.open_data_file(path, secret)`` returns a ``DataFile`` with its Ledger open (the window
and the command line); ``unlock(path, secret)`` one that is only located and unlocked (a
backup of a closed file). Backups, restore, encryption and a new passphrase all take a
``DataFile``, so the key travels with the file it opens and nowhere else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dvdesktop.base.errors import DatabaseLockedError, UserError, WrongPassphraseError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.core.ledger import Ledger
from dvdesktop.safety import keyfile
from dvdesktop.safety.keyfile import is_encrypted, resolve_key
from dvdesktop.store import database
from dvdesktop.store.files import fsync_file, wipe_and_remove

# A SQLCipher key: ``bytes``, a raw key unwrapped from the ``.key`` file; ``str``, a
# passphrase SQLCipher derives the key from (older files); ``None``, a plain file.
Key = str | bytes | None

class PassphraseNeededError(WrongPassphraseError):
    """The file is encrypted and no passphrase was given."""


class DataFile:
    """One data file: ``path``, ``key`` (None for a plain file) and ``ledger`` while open."""

    def __init__(self, path: str | Path, key: Key = None, ledger: Ledger | None = None) -> None:
        self.path = Path(path)
        self.key = key
        self._ledger = ledger

    def __repr__(self) -> str:  # never the key
        state = "open" if self.is_open else "closed"
        return f"DataFile({str(self.path)!r}, {'encrypted' if self.encrypted else 'plain'}, {state})"

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def is_open(self) -> bool:
        return self._ledger is not None

    @property
    def ledger(self) -> Ledger:
        if self._ledger is None:
            raise RuntimeError(f"{self!r} is not open")  # a bug: open it first
        return self._ledger

    def open(self, *, actor: str | None = None, before_migrate: Any = None) -> Ledger:
        """Open the Ledger with this file's key (creating and migrating the file if needed)."""
        if self._ledger is None:
            try:
                self._ledger = Ledger.open(self.path, passphrase=self.key, actor=actor,  # type: ignore[arg-type]
                                           before_migrate=before_migrate)
            except WrongPassphraseError as exc:
                raise explain_wrong_key(self.path, self.key, exc) from exc
        return self._ledger

    def close(self) -> None:
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None

    def __enter__(self) -> DataFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def unlock(path: str | Path, secret: str | None = None, *, key: Key = None) -> DataFile:
    """The data file at ``path`` with its key found, not opened (for copying it).

    :param secret: the passphrase or the recovery key; ignored for a plain file
    :param key: the key already found from the secret (``keyfile.resolve_key``), instead
        of ``secret``
    :raises PassphraseNeededError: the file is encrypted and neither is given
    :raises WrongPassphraseError: ``secret`` opens neither slot of its key file
    """
    path = Path(path)
    if not is_encrypted(path):
        return DataFile(path)
    if key is not None:
        return DataFile(path, key)
    if secret is None:
        raise PassphraseNeededError(
            QT_TRANSLATE_NOOP("Errors", "Tệp {path} đã được mã hóa: cần nhập mật khẩu."), path=str(path)
        )
    return DataFile(path, resolve_key(path, secret))


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


def table_counts(conn: Any) -> dict[str, int]:
    """Rows per table (every table, the search index's too) for comparing a copy."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def release(path: Path, key: Key) -> None:
    """Fold the ``-wal`` into the file and make sure no other program still has it open.

    Before the file is replaced (restore, encryption). A FULL checkpoint, not TRUNCATE:
    truncating would hand the WAL's blocks back to the file system before they are
    overwritten; the last close deletes the ``-wal`` instead, and for a plain file
    ``database.close`` overwrites it first.

    :raises DatabaseLockedError: another dvdesktop window still has the file open
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


def export_encrypted(src: Path, src_key: Key, dest: Path, dest_key: bytes) -> dict[str, int]:
    """Write ``src`` into the new file ``dest`` encrypted with ``dest_key`` (sqlcipher_export).

    Other writers are held off while it runs; returns the source's row counts.
    """
    conn = database.sqlcipher().connect(str(src), isolation_level=None, timeout=database.BUSY_TIMEOUT_MS / 1000)
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


__all__ = ["DataFile", "Key", "PassphraseNeededError", "explain_wrong_key", "export_encrypted", "is_encrypted",
           "release", "resolve_key", "table_counts", "unlock"]
