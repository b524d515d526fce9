"""Backups that are known good: SQLite's backup API, fsync, rename, then a full check.

Automatic backups live in ``<data_dir>/backups/``: one a day on start, one before every
migration, before an import and before a restore; they are thinned to 7 daily, 4 weekly
and 12 monthly. Backups by hand (``make_backup``) go where the user says, e.g. a USB stick.
A backup of an encrypted database stays encrypted with the same key, and its ``.key``
file is copied beside it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dvdesktop.base.errors import (
    DatabaseLockedError,
    SchemaTooNewError,
    StorageError,
    UserError,
    WrongPassphraseError,
)
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.base.paths import data_dir
from dvdesktop.safety import keyfile
from dvdesktop.safety.datafile import (
    DataFile,
    Key,
    PassphraseNeededError,
    explain_wrong_key,
    export_encrypted,
    is_encrypted,
    release,
    resolve_key,
    table_counts,
)
from dvdesktop.store import database, schema
from dvdesktop.store.files import fsync_dir, fsync_file, remove_quietly, sidecars, wipe_and_remove

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
REASONS = ("daily", "migrate", "import", "restore", "encrypt", "manual", "damaged", "merge")
_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<tag>[0-9a-f]{8})_(?P<date>\d{4}-\d{2}-\d{2})_(?P<time>\d{6})"
    r"_(?P<reason>[a-z]+)\.db$"
)


class BackupError(UserError):
    """A backup could not be made or read, or is not a dvdesktop database."""


@dataclass(frozen=True)
class BackupInfo:
    """One automatic backup: its file, the moment it was taken and why."""

    path: Path
    taken: dt.datetime
    reason: str

    @property
    def encrypted(self) -> bool:
        return is_encrypted(self.path)


# ------------------------------------------------------------------ naming
def backups_dir() -> Path:
    """``<data_dir>/backups``, created on first use."""
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _tag(db: Path) -> str:
    """Eight hex digits naming the database's folder, so two ``unit.db`` never mix."""
    text = str(Path(db).expanduser().resolve())
    if os.name == "nt":
        text = text.casefold()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def backup_name(db: Path, *, when: dt.datetime, reason: str) -> str:
    """``unit_1a2b3c4d_2026-05-01_093000_daily.db`` (sorts by time; safe on FAT32)."""
    stem = re.sub(r"[^A-Za-z0-9.-]+", "-", Path(db).stem).strip("-.") or "dvdesktop"
    return f"{stem}_{_tag(db)}_{when:%Y-%m-%d_%H%M%S}_{reason}.db"


def list_backups(db: Path, *, folder: Path | None = None) -> list[BackupInfo]:
    """Automatic backups of ``db``, newest first."""
    folder = folder or backups_dir()
    tag = _tag(db)
    out: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        m = _NAME.match(entry.name)
        if m is None or m["tag"] != tag:
            continue
        try:
            taken = dt.datetime.strptime(f"{m['date']} {m['time']}", "%Y-%m-%d %H%M%S")
        except ValueError:
            continue
        out.append(BackupInfo(entry, taken, m["reason"]))
    return sorted(out, key=lambda b: (b.taken, b.path.name), reverse=True)


# ---------------------------------------------------------------- thinning
def thin(backups: Iterable[BackupInfo], today: dt.date) -> list[BackupInfo]:
    """The backups to delete so that 7 daily, 4 weekly and 12 monthly remain.

    Kept: the newest backup of each of the 7 most recent days that have one, of the 4 most
    recent ISO weeks, of the 12 most recent months; every backup taken today; and every
    backup dated after ``today`` (an old laptop whose clock battery died must not delete
    good backups because their dates look strange).
    """
    items = sorted(backups, key=lambda b: b.taken, reverse=True)
    keep: set[int] = set()
    for index, b in enumerate(items):
        if b.taken.date() >= today:
            keep.add(index)
    past = [(i, b) for i, b in enumerate(items) if b.taken.date() <= today]
    buckets: list[tuple[Callable[[dt.datetime], Any], int]] = [
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    ]
    for bucket_of, count in buckets:
        seen: list[Any] = []
        for index, b in past:  # newest first: the first of each bucket is its newest
            bucket = bucket_of(b.taken)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(bucket)
            keep.add(index)
    return [b for i, b in enumerate(items) if i not in keep]


def _delete_backup(path: Path) -> None:
    # A plain backup is overwritten first: its blocks would otherwise keep the records
    # readable in free space, even after the database itself is encrypted.
    if is_encrypted(path):
        remove_quietly(path)
    else:
        wipe_and_remove(path)
    remove_quietly(keyfile.key_path(path))


def apply_thinning(db: Path, *, folder: Path | None = None, today: dt.date | None = None) -> list[Path]:
    """Delete the automatic backups ``thin`` no longer keeps; returns what was deleted."""
    folder = folder or backups_dir()
    gone = thin(list_backups(db, folder=folder), today or dt.date.today())
    for b in gone:
        _delete_backup(b.path)
    _sweep_parts(folder)
    return [b.path for b in gone]


def _sweep_parts(folder: Path, *, older_than: float = 3600.0) -> None:
    """Remove ``.part`` files a crash left behind (an hour old: no backup takes that long)."""
    try:
        entries = list(folder.glob(".*.part*"))
    except OSError:
        return
    for entry in entries:
        try:
            if time.time() - entry.stat().st_mtime > older_than:
                remove_quietly(entry)
        except OSError:
            pass


# ------------------------------------------------------------------ making
def _source(source: DataFile) -> tuple[Path, Key]:
    """The database path and the SQLCipher key to read it with."""
    path = source.path
    if str(path) == ":memory:":
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "Dữ liệu trong bộ nhớ không sao lưu được."))
    if not path.exists():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "Không có tệp dữ liệu {path}."), path=str(path))
    return path, source.key


def _connector(key: Key) -> Callable[..., Any]:
    if key is None:
        return sqlite3.connect
    return database.sqlcipher().connect


def open_readonly(path: Path, key: Key) -> Any:
    """A read-only connection to a backup (never writes to the file, e.g. on a USB stick)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = _connector(key)(uri, uri=True)
    if key is not None:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA key = " + database.key_literal(key))
    return conn


def verify_backup(path: Path, *, key: Key = None, expected: dict[str, int] | None = None) -> dict[str, int]:
    """Open the copy, run ``PRAGMA integrity_check``, compare row counts per table.

    :param key: the copy's SQLCipher key (``None`` for a plain file)
    :param expected: row counts of the source, when known
    :returns: the copy's row counts
    :raises BackupError: the copy is damaged, unreadable or differs from the source
    """
    try:
        conn = open_readonly(path, key)
    except database.SQLITE_ERRORS as exc:
        raise database.storage_error(exc, str(path)) from exc
    try:
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            counts = table_counts(conn)
        except database.DATABASE_ERRORS as exc:
            if key is not None and "not a database" in str(exc).lower():
                raise WrongPassphraseError(
                    QT_TRANSLATE_NOOP("Errors", "Mật khẩu không đúng, hoặc tệp {path} không phải tệp dữ liệu dvdesktop."),
                    path=str(path),
                ) from exc
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "Bản sao {path} không đọc được: {detail}"),
                path=str(path), detail=str(exc),
            ) from exc
    finally:
        conn.close()
    if result != ["ok"]:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Bản sao {path} bị hỏng (kiểm tra toàn vẹn không đạt)."), path=str(path)
        )
    if expected is not None and counts != expected:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Bản sao {path} không khớp số dòng với tệp gốc; đã hủy bản sao."),
            path=str(path),
        )
    return counts


def make_backup(source: DataFile, *, dest: Path) -> Path:
    """Copy the body's data file to ``dest`` and prove the copy good; returns the file written.

    :param source: the file, open (it is read through a second connection; its Ledger
        keeps working) or only unlocked (``datafile.unlock``)
    :param dest: the file to write, e.g. ``Path("E:/dvdesktop-2026-05-01.db")``; an
        existing folder gets a file named like the automatic backups
    :raises StorageError: disk full, read-only folder, USB stick removed: nothing is left
        under ``dest`` and the database is untouched
    :raises BackupError: the copy did not verify (and was deleted)
    """
    db, key = _source(source)
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / backup_name(db, when=dt.datetime.now(), reason="manual")
    _copy_verified(db, key, dest)
    return dest


def _copy_verified(db: Path, key: Key, dest: Path) -> None:
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        if not dest.parent.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
        remove_quietly(tmp)
        _check_space(db, dest.parent)
        src = database.connect(db, passphrase=key)
        try:
            dst = _connector(key)(str(tmp))
            try:
                if key is not None:
                    dst.execute("PRAGMA key = " + database.key_literal(key))
                src.conn.execute("BEGIN")  # one snapshot for the counts and the copy
                try:
                    counts = table_counts(src.conn)
                    src.conn.backup(dst)
                finally:
                    src.conn.execute("COMMIT")
                # A self-contained file: no -wal needed beside it, readable read-only.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            database.close(src)
        fsync_file(tmp)
        verify_backup(tmp, key=key, expected=counts)
        if isinstance(key, bytes):
            # The key file travels with the copy: it is useless without a secret.
            kf = keyfile.key_path(db)
            shutil.copyfile(kf, keyfile.key_path(tmp))
            fsync_file(keyfile.key_path(tmp))
            os.replace(keyfile.key_path(tmp), keyfile.key_path(dest))
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except UserError:
        _cleanup(tmp)
        raise
    except (OSError, *database.SQLITE_ERRORS) as exc:
        _cleanup(tmp)
        raise database.storage_error(exc, str(dest)) from exc
    except BaseException:
        _cleanup(tmp)
        raise


def _check_space(db: Path, folder: Path) -> None:
    """Refuse before writing when the destination cannot hold the copy (a full USB stick)."""
    need = sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists())
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # the copy itself will report what is wrong
    if free < need + 1024 * 1024:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Không đủ chỗ trống tại {path}: cần khoảng {need} MB, còn {free} MB. "
                "Dữ liệu cũ vẫn nguyên vẹn.",
            ),
            path=str(folder), need=max(1, round(need / 2**20)), free=round(free / 2**20),
        )


def _cleanup(tmp: Path) -> None:
    for p in (tmp, keyfile.key_path(tmp), *sidecars(tmp)):
        remove_quietly(p)


def auto_backup(source: DataFile, *, reason: str, folder: Path | None = None,
                now: dt.datetime | None = None) -> Path:
    """An automatic backup into ``<data_dir>/backups`` (then thinned); returns its path.

    :param reason: ``"daily"``, ``"migrate"``, ``"import"``, ``"restore"``, ...
    """
    db, key = _source(source)
    return _auto(db, key, reason=reason, folder=folder, now=now)


def _auto(db: Path, key: Key, *, reason: str, folder: Path | None = None,
          now: dt.datetime | None = None) -> Path:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = folder or backups_dir()
    when = now or dt.datetime.now()
    dest = folder / backup_name(db, when=when, reason=reason)
    n = 1
    while dest.exists():  # two backups in the same second (a migration right after start)
        dest = folder / backup_name(db, when=when + dt.timedelta(seconds=n), reason=reason)
        n += 1
    _copy_verified(db, key, dest)
    apply_thinning(db, folder=folder, today=when.date())
    return dest


def backup_on_start(source: DataFile, *, folder: Path | None = None,
                    now: dt.datetime | None = None) -> Path | None:
    """The daily backup: made when no backup of this database was taken today.

    The window calls it once after opening the file (on a worker thread: it takes a
    second or two on a large file). Returns the new backup, or None when one exists.
    """
    when = now or dt.datetime.now()
    db = source.path
    if not db.exists() or str(db) == ":memory:":
        return None
    if any(b.taken.date() == when.date() for b in list_backups(db, folder=folder)):
        return None
    return auto_backup(source, reason="daily", folder=folder, now=when)


def before_migrate_hook(path: Path, key: Key = None, *, folder: Path | None = None) -> Callable[[], None]:
    """The ``before_migrate`` callback for ``Ledger.open``: a backup before the schema changes."""

    def hook() -> None:
        _auto(Path(path), key, reason="migrate", folder=folder)

    return hook


# ---------------------------------------------------------------- restoring
class NotABackupError(BackupError):
    """The chosen file is not a dvdesktop database."""


def check_dvdesktop(conn: Any, path: Path) -> None:
    """Refuse a file that is not a dvdesktop unit database, or one from a newer version."""
    try:
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'dvdesktop' ORDER BY rowid"
        ).fetchall()
        has_unit = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'unit'").fetchone() is not None
    except database.DATABASE_ERRORS:
        rows, has_unit = [], False
    if not rows or not has_unit:
        raise NotABackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "Tệp {path} không phải tệp dữ liệu dvdesktop của đơn vị; không khôi phục."
            ),
            path=str(path),
        )
    known = set(schema.migrations.names)
    unknown = [r[0] for r in rows if r[0] not in known]
    if unknown:
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Bản sao lưu {path} do phiên bản dvdesktop mới hơn tạo ra (lược đồ “{name}”). "
                "Hãy cập nhật chương trình trước khi khôi phục; không có gì bị thay đổi.",
            ),
            path=str(path), name=unknown[-1],
        )


def restore_backup(target: DataFile, *, source: Path, passphrase: str | None = None,
                   folder: Path | None = None) -> Path:
    """Replace the data file ``target`` with the backup ``source``; returns the copy kept of it.

    The source is checked first (a dvdesktop database, not from a newer version, integrity
    ok) on a private copy, so a file on a USB stick is never written to. What ``db`` held
    is kept as an automatic backup (reason ``restore``; a raw copy if it is damaged), then
    the checked copy is renamed over ``db`` in one step. ``target`` must be closed
    (``steps.restore`` closes the window's file and opens it again).

    An encrypted database stays encrypted: a plain backup restored over it is encrypted
    with its key on the way in.

    :param passphrase: the passphrase or recovery key of an encrypted ``source``
    :raises NotABackupError: ``source`` is not a dvdesktop database (nothing changed)
    :raises SchemaTooNewError: ``source`` comes from a newer dvdesktop (nothing changed)
    :raises DatabaseLockedError: another program still has ``db`` open (nothing changed)
    """
    if target.is_open:
        raise RuntimeError(f"close {target!r} before restoring over it")  # a bug
    db, source = target.path, Path(source)
    if not source.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "Không có tệp sao lưu {path}."), path=str(source))
    if db.exists() and source.resolve() == db.resolve():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "Không thể khôi phục một tệp từ chính nó."))
    src_key = _source_key(source, db, passphrase)
    db_key = target.key if db.exists() else None
    final_key: Key = src_key
    tmp = db.with_name(f".{db.name}.restoring")
    _cleanup(tmp)
    try:
        _stage(source, tmp, src_key)
        if src_key is None and isinstance(db_key, bytes):
            enc = db.with_name(f".{db.name}.restoring-enc")
            _cleanup(enc)
            export_encrypted(tmp, None, enc, db_key)
            _cleanup(tmp)
            os.replace(enc, tmp)
            final_key = db_key
        verify_backup(tmp, key=final_key)
        kept = _keep_current(db, db_key, folder=folder) if db.exists() else None
        _release(db, db_key)
        os.replace(tmp, db)
        fsync_dir(db.parent)
    except (OSError, *database.SQLITE_ERRORS) as exc:
        _cleanup(tmp)
        raise database.storage_error(exc, str(db)) from exc
    except BaseException:
        _cleanup(tmp)
        raise
    # The key that opens the restored file must sit beside it.
    if isinstance(final_key, bytes) and final_key != db_key:
        src_kf = keyfile.key_path(source)
        keyfile.write(keyfile.key_path(db), keyfile.read(src_kf))
    elif final_key is None and keyfile.key_path(db).exists():
        remove_quietly(keyfile.key_path(db))  # a plain file needs no key (its data is plain)
    return kept if kept is not None else db


def _source_key(source: Path, db: Path, passphrase: str | None) -> Key:
    if not is_encrypted(source):
        return None
    if passphrase is None:
        raise PassphraseNeededError(
            QT_TRANSLATE_NOOP("Errors", "Bản sao lưu {path} đã được mã hóa: cần nhập mật khẩu."), path=str(source)
        )
    own = keyfile.key_path(source)
    if own.exists():
        return resolve_key(source, passphrase)
    if keyfile.key_path(db).exists():
        return keyfile.unlock(keyfile.read(keyfile.key_path(db)), passphrase)
    return keyfile.normalize_passphrase(passphrase)


def _stage(source: Path, tmp: Path, key: Key) -> None:
    """A private, checked, self-contained copy of ``source`` at ``tmp``."""
    shutil.copyfile(source, tmp)
    wal = source.with_name(source.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, tmp.with_name(tmp.name + "-wal"))
    try:
        conn = database.connect(tmp, passphrase=key)
    except database.NotADvdesktopFileError:
        raise NotABackupError(
            QT_TRANSLATE_NOOP("Errors", "Tệp {path} không phải tệp dữ liệu dvdesktop của đơn vị; không khôi phục."),
            path=str(source),
        ) from None
    except WrongPassphraseError as exc:
        raise explain_wrong_key(source, key, exc) from exc
    damaged = BackupError(QT_TRANSLATE_NOOP("Errors", "Bản sao lưu {path} bị hỏng; không khôi phục."),
                          path=str(source))
    try:
        check_dvdesktop(conn.conn, source)
        try:
            ok = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()] == ["ok"]
        except database.DATABASE_ERRORS:
            ok = False  # "database disk image is malformed"
        if not ok:
            raise damaged
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.conn.close()
    fsync_file(tmp)


def _keep_current(db: Path, key: Key, *, folder: Path | None) -> Path:
    """Keep what ``db`` holds now: a verified backup, or a raw copy if it is damaged."""
    try:
        return _auto(db, key, reason="restore", folder=folder)
    except BackupError:
        pass
    folder = folder or backups_dir()
    dest = folder / backup_name(db, when=dt.datetime.now(), reason="damaged")
    for src, dst in [(db, dest), *zip(sidecars(db)[:1], sidecars(dest)[:1])]:
        if src.exists():
            shutil.copyfile(src, dst)
            fsync_file(dst)
    if keyfile.key_path(db).exists():
        shutil.copyfile(keyfile.key_path(db), keyfile.key_path(dest))
    fsync_dir(folder)
    return dest


def _release(db: Path, key: Key) -> None:
    """``datafile.release`` before ``db`` is replaced; a damaged file has nothing to fold."""
    try:
        release(db, key)
    except DatabaseLockedError:
        raise
    except UserError:
        pass  # damaged: its -wal belongs to the damaged file, kept in the raw copy
    for side in sidecars(db):
        remove_quietly(side)


__all__ = [
    "BackupError", "BackupInfo", "NotABackupError", "StorageError", "auto_backup", "apply_thinning",
    "backup_name", "backup_on_start", "backups_dir", "before_migrate_hook", "check_dvdesktop",
    "list_backups", "make_backup", "restore_backup", "table_counts", "thin", "verify_backup",
]
