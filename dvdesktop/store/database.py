"""Opening a dvdesktop SQLite file: pragmas, schema floor and ceiling, migrations, errors.

One write connection per file, opened here with the standard ``sqlite3`` module (SQLCipher's
``sqlcipher3`` when the file is encrypted) and wrapped in a small ``Connection``:
``execute``, ``query`` and ``atomic()`` (a transaction, or a savepoint inside one).
``check_same_thread=False`` because the window's operations layer hands the connection to
one worker thread at a time; callers serialise access (the Ledger holds a lock), so SQLite
never sees two threads at once.

sqlite-utils applies the named migrations (``MigrationSet.apply``), and is imported only
when one is pending: importing it costs about 80 ms, more than half of the core's start-up,
and an ordinary open never needs it.
"""

from __future__ import annotations

import errno
import itertools
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dvdesktop.base.errors import (
    DatabaseLockedError,
    SchemaTooNewError,
    StorageError,
    UserError,
    WrongPassphraseError,
)
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.store import files

if TYPE_CHECKING:
    import sqlite_utils

def _driver_errors(name: str) -> tuple[type[Exception], ...]:
    """``sqlite3.<name>``, and the same class of sqlcipher3 (which does not inherit from it)
    once sqlcipher3 is loaded: a plain file never imports it."""
    classes: list[type[Exception]] = [getattr(sqlite3, name)]
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    if loaded is not None:
        classes.append(getattr(loaded, name))
    return tuple(classes)


def _set_errors() -> None:
    global SQLITE_ERRORS, DATABASE_ERRORS, OPERATIONAL_ERRORS
    SQLITE_ERRORS = _driver_errors("Error")
    DATABASE_ERRORS = _driver_errors("DatabaseError")
    OPERATIONAL_ERRORS = _driver_errors("OperationalError")


def sqlcipher() -> Any:
    """``sqlcipher3.dbapi2``, imported on first use (an encrypted file); from then on the
    error tuples below catch its classes too."""
    from sqlcipher3 import dbapi2

    if dbapi2.Error not in SQLITE_ERRORS:
        _set_errors()
    return dbapi2


#: Catch these, not ``sqlite3.X`` alone: an encrypted file's errors come from sqlcipher3.
#: Read them as ``database.SQLITE_ERRORS`` at the ``except`` (never copied by a
#: from-import): ``sqlcipher()`` widens them when sqlcipher3 is loaded.
SQLITE_ERRORS: tuple[type[Exception], ...] = ()
DATABASE_ERRORS: tuple[type[Exception], ...] = ()
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = ()
_set_errors()

#: How long a write waits for another process's lock before giving up (milliseconds).
BUSY_TIMEOUT_MS = 5000


class NotADvdesktopFileError(UserError):
    """The file is not a SQLite database we can read."""


def connect(
    path: str | Path,
    *,
    passphrase: str | bytes | None = None,
    connector: Callable[..., Any] | None = None,
) -> Connection:
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
            connector = sqlcipher().connect
        else:
            connector = sqlite3.connect
    try:
        # isolation_level=None: no implicit transactions; ``Connection.atomic`` opens them.
        conn = connector(path_str, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000,
                         isolation_level=None)
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
    if path_str == ":memory:":
        return Connection(conn, path_str)
    return Connection(conn, path_str,
                      reopen=lambda: connect(path_str, passphrase=passphrase, connector=connector).conn)


class Connection:
    """One open SQLite file: statements, rows as dicts, transactions and savepoints.

    ``conn`` is the DB-API connection itself (``sqlite3`` or ``sqlcipher3``), in autocommit
    mode: a statement outside ``atomic()`` commits on its own.
    """

    _savepoints = itertools.count(1)

    def __init__(self, conn: Any, path: str, *, reopen: Callable[[], Any] | None = None) -> None:
        self.conn = conn
        self.path = path
        self._reopen = reopen
        self._side: Connection | None = None

    def side(self) -> Connection | None:
        """A second connection to the same file (the same key, the same pragmas), made on
        first use and closed with this one: for reads on another thread while this one is
        busy (SQLite runs each connection's statements apart, without Python's lock). None
        for a database in memory, or when the file cannot be opened twice."""
        if self._side is None and self._reopen is not None:
            try:
                self._side = Connection(self._reopen(), self.path)
            except (UserError, *SQLITE_ERRORS):
                self._reopen = None  # not again: the caller reads through this connection
        return self._side

    def close_side(self) -> None:
        """Close the second connection, if one was made (``side`` makes it again)."""
        if self._side is not None:
            self._side.conn.close()
            self._side = None

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        return self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Iterator[dict[str, Any]]:
        """The rows of ``sql`` as dicts keyed by column name."""
        cursor = self.conn.execute(sql, params)
        columns = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(columns, row))

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> dict[str, Any] | None:
        """The first row of ``sql`` as a dict, or None."""
        return next(self.query(sql, params), None)

    @property
    def in_transaction(self) -> bool:
        return bool(self.conn.in_transaction)

    @contextmanager
    def atomic(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back if it raises.

        Inside another ``atomic()`` block it is a savepoint, so a failed inner step is
        undone alone and the outer transaction decides.
        """
        if self.conn.in_transaction:
            name = f"dv_{next(self._savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) trigger may already have ended the whole transaction.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    def has_table(self, name: str) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None

    def close(self) -> None:
        close(self)


def close(db: Connection) -> None:
    """Close ``db``; for a plain file, overwrite the ``-wal`` SQLite deletes on the last close.

    Without this every session of a plain database leaves its WAL, full of whole pages of
    records, in the file system's free blocks, readable long after the file is encrypted.
    An encrypted file's WAL holds only encrypted pages and is left alone.
    """
    db.close_side()  # first: this connection's close must be the file's last
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


class MigrationSet:
    """Named migrations applied in order, each in one transaction with its record.

    Registered like sqlite-utils' ``Migrations`` (``@migrations()`` over a function taking
    the database); the applied ones are read from ``_sqlite_migrations`` with plain SQL, and
    sqlite-utils is imported to apply only when one is pending.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._steps: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = []

    def __call__(self) -> Callable[[Callable[[sqlite_utils.Database], None]], Callable[[sqlite_utils.Database], None]]:
        def register(fn: Callable[[sqlite_utils.Database], None]) -> Callable[[sqlite_utils.Database], None]:
            if fn.__name__ in self.names:
                raise ValueError(f"migration {fn.__name__} is registered twice in {self.name}")
            self._steps.append((fn.__name__, fn))
            return fn

        return register

    @property
    def names(self) -> list[str]:
        return [name for name, _fn in self._steps]

    def applied(self, db: Connection) -> list[str]:
        """Names of this set's migrations recorded in the file, in the order applied."""
        if not db.has_table("_sqlite_migrations"):
            return []
        return [r[0] for r in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [self.name])]

    def pending(self, db: Connection) -> list[str]:
        done = set(self.applied(db))
        return [name for name in self.names if name not in done]

    def apply(self, db: Connection, *, stop_before: str | None = None) -> None:
        """Apply the pending migrations (up to ``stop_before``, for tests of old files)."""
        # Imported here: see the module's docstring (start-up cost, only needed to migrate).
        import sqlite_utils
        from sqlite_utils.migrations import Migrations

        steps = Migrations(self.name)
        for name, fn in self._steps:
            steps(name=name)(fn)
        steps.apply(sqlite_utils.Database(db.conn, execute_plugins=False), stop_before=stop_before)


def schema_too_new(name: str) -> SchemaTooNewError:
    """The refusal of a file that holds migration ``name``, which this program does not know."""
    return SchemaTooNewError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Tệp dữ liệu này do phiên bản dvdesktop mới hơn tạo ra (lược đồ “{name}”). "
            "Hãy cập nhật chương trình; tệp không bị thay đổi.",
        ),
        name=name,
    )


def migrate(db: Connection, migrations: MigrationSet, *, before: Callable[[], None] | None = None) -> int:
    """Bring ``db`` up to ``migrations``; refuse a file written by a newer program.

    The ceiling: a migration recorded in the file that this program does not know means the
    file comes from a newer version, and we must not write to it. ``before`` runs once
    before any pending migration (the safety layer makes a backup there).
    Returns how many migrations were applied.
    """
    applied = migrations.applied(db)
    unknown = [name for name in applied if name not in migrations.names]
    if unknown:
        raise schema_too_new(unknown[-1])
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


def schema_version(db: Connection, migrations: MigrationSet) -> str:
    """Name of the newest migration applied (the schema version shown to users)."""
    applied = migrations.applied(db)
    return applied[-1] if applied else ""
