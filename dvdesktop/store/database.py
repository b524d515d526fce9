"""Opening a dvdesktop SQLite file: pragmas, schema floor and ceiling, migrations, errors.

One write connection per file, opened here. ``check_same_thread=False`` because the window's
operations layer hands the connection to one worker thread at a time; callers serialise
access (the Ledger holds a lock), so SQLite never sees two threads at once.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

from dvdesktop.base.errors import (
    DatabaseLockedError,
    SchemaTooNewError,
    StorageError,
    UserError,
    WrongPassphraseError,
)
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.store import files

def _driver_errors(name: str) -> tuple[type[Exception], ...]:
    """``sqlite3.<name>`` and the same class of sqlcipher3, which does not inherit from it."""
    classes: list[type[Exception]] = [getattr(sqlite3, name)]
    try:
        from sqlcipher3 import dbapi2 as _sqlcipher
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency; plain files still work
        pass
    else:
        classes.append(getattr(_sqlcipher, name))
    return tuple(classes)


#: Catch these, not ``sqlite3.X`` alone: an encrypted file's errors come from sqlcipher3.
SQLITE_ERRORS = _driver_errors("Error")
DATABASE_ERRORS = _driver_errors("DatabaseError")
OPERATIONAL_ERRORS = _driver_errors("OperationalError")

#: How long a write waits for another process's lock before giving up (milliseconds).
BUSY_TIMEOUT_MS = 5000


class NotADvdesktopFileError(UserError):
    """The file is not a SQLite database we can read."""


def connect(
    path: str | Path,
    *,
    passphrase: str | bytes | None = None,
    connector: Callable[..., Any] | None = None,
) -> sqlite_utils.Database:
    """Open (creating if missing) the SQLite file at ``path`` with our pragmas.

    :param path: file path, or ``":memory:"`` for tests
    :param passphrase: SQLCipher key: a ``str`` passphrase (SQLCipher derives the key), or
        ``bytes``, a raw 32-byte key (``dvdesktop.safety.crypto`` keeps it wrapped in the
        ``.key`` file beside the database); ``None`` opens a plain SQLite file
    :param connector: ``sqlite3.connect``-compatible callable (the encryption layer passes
        ``sqlcipher3.dbapi2.connect``); default is the passphrase's natural choice
    """
    path_str = str(path)
    if path_str != ":memory:":
        parent = Path(path_str).expanduser().resolve().parent
        if not parent.exists():
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise storage_error(exc, path_str) from exc
    if connector is None:
        if passphrase is not None:
            from sqlcipher3 import dbapi2 as sqlcipher  # optional at import time

            connector = sqlcipher.connect
        else:
            connector = sqlite3.connect
    try:
        conn = connector(path_str, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    except OPERATIONAL_ERRORS as exc:
        raise storage_error(exc, path_str) from exc
    try:
        if passphrase is not None:
            # A wrong key is reported to the user in Vietnamese; SQLCipher's own log lines on
            # stderr ("hmac check failed") would only alarm them.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute("PRAGMA key = " + key_literal(passphrase))
        _probe(conn, path_str, encrypted=passphrase is not None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if path_str != ":memory:":
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":  # a read-only folder cannot hold the -wal file
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Không mở được tệp dữ liệu {path} ở chế độ ghi an toàn (WAL). "
                        "Thư mục có thể chỉ cho phép đọc.",
                    ),
                    path=path_str,
                )
        # FULL makes every acknowledged commit survive a power cut, not only a crash.
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def close(db: sqlite_utils.Database) -> None:
    """Close ``db``; for a plain file, overwrite the ``-wal`` SQLite deletes on the last close.

    Without this every session of a plain database leaves its WAL, full of whole pages of
    records, in the file system's free blocks, readable long after the file is encrypted.
    An encrypted file's WAL holds only encrypted pages and is left alone.
    """
    conn = db.conn
    held, wal = None, None
    if isinstance(conn, sqlite3.Connection):
        try:
            row = conn.execute("PRAGMA database_list").fetchone()
            if row and row[2]:
                wal = Path(row[2] + "-wal")
                held = files.hold(wal)
        except sqlite3.Error:
            held = None
    conn.close()
    if held is not None and wal is not None:
        files.wipe_released(held, wal)


def key_literal(key: str | bytes) -> str:
    """The SQL literal for ``PRAGMA key``/``rekey``/``ATTACH ... KEY``.

    A ``str`` is a passphrase; ``bytes`` is a raw key, written ``"x'<hex>'"`` so SQLCipher
    uses it as is instead of deriving one (the derivation already happened in scrypt).
    """
    if isinstance(key, bytes):
        if len(key) != 32:
            raise ValueError("a raw SQLCipher key has 32 bytes")
        return "\"x'" + key.hex() + "'\""
    return _quote(key)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _probe(conn: Any, path: str, *, encrypted: bool) -> None:
    """Read the schema once so a wrong key, a non-database or a locked file fails now."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DATABASE_ERRORS as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseLockedError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Tệp dữ liệu {path} đang được một chương trình khác sử dụng."
                ),
                path=path,
            ) from exc
        if encrypted:
            raise WrongPassphraseError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Mật khẩu không đúng, hoặc tệp {path} không phải tệp dữ liệu dvdesktop.",
                ),
                path=path,
            ) from exc
        if "not a database" in text or "encrypted" in text:
            raise NotADvdesktopFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Tệp {path} không phải tệp dữ liệu dvdesktop, hoặc đã được mã hóa "
                    "(cần nhập mật khẩu).",
                ),
                path=path,
            ) from exc
        raise storage_error(exc, path) from exc


def storage_error(exc: BaseException, path: str) -> UserError:
    """Translate an OS or SQLite failure into a message the user can act on."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)) or "disk is full" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors", "Ổ đĩa đã đầy, chưa ghi được vào {path}. Dữ liệu cũ vẫn nguyên vẹn."
        )
    elif code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "Không có quyền ghi vào {path} (thư mục chỉ đọc hoặc bị khóa). "
            "Dữ liệu cũ vẫn nguyên vẹn.",
        )
    elif "locked" in text or "busy" in text:
        return DatabaseLockedError(
            QT_TRANSLATE_NOOP(
                "Errors", "Tệp dữ liệu {path} đang được một chương trình khác sử dụng."
            ),
            path=path,
        )
    elif code in (errno.EIO, errno.ENODEV, errno.ENXIO) or "disk i/o" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "Lỗi đọc/ghi ổ đĩa tại {path} (ổ có thể đã đầy, bị hỏng hoặc đã bị rút ra). "
            "Dữ liệu cũ vẫn nguyên vẹn.",
        )
    elif code == errno.ENOENT:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "Không tìm thấy {path} nữa (ổ USB có thể đã bị rút ra). Dữ liệu cũ vẫn nguyên vẹn.",
        )
    elif "unable to open" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "Không mở hoặc tạo được tệp {path} (thư mục không còn, chỉ cho phép đọc, "
            "hoặc ổ đĩa đã bị rút ra).",
        )
    else:
        template = QT_TRANSLATE_NOOP("Errors", "Lỗi lưu trữ tại {path}: {detail}")
        return StorageError(template, path=path, detail=str(exc))
    return StorageError(template, path=path)


def migrate(db: sqlite_utils.Database, migrations: Migrations, *, before: Callable[[], None] | None = None) -> int:
    """Bring ``db`` up to ``migrations``; refuse a file written by a newer program.

    The ceiling: a migration recorded in the file that this program does not know means the
    file comes from a newer version, and we must not write to it. ``before`` runs once
    before any pending migration (the safety layer makes a backup there).
    Returns how many migrations were applied.
    """
    known = [m.name for m in migrations._migrations]  # noqa: SLF001 - no public accessor
    applied = [m.name for m in migrations.applied(db)]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Tệp dữ liệu này do phiên bản dvdesktop mới hơn tạo ra (lược đồ “{name}”). "
                "Hãy cập nhật chương trình; tệp không bị thay đổi.",
            ),
            name=unknown[-1],
        )
    pending = migrations.pending(db)
    if not pending:
        return 0
    if before is not None and applied:
        before()
    try:
        migrations.apply(db)
    except OPERATIONAL_ERRORS as exc:
        raise storage_error(exc, "tệp dữ liệu") from exc
    return len(pending)


def schema_version(db: sqlite_utils.Database, migrations: Migrations) -> str:
    """Name of the newest migration applied (the schema version shown to users)."""
    applied = migrations.applied(db)
    return applied[-1].name if applied else ""
