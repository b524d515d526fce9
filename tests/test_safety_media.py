"""Failing media: disk full, read-only, locked, a USB stick pulled out mid-write.

Each gives a plain Vietnamese message and leaves the database as it was. How each is
simulated (the tests run as root in CI, where permissions stop nothing):

* disk full: ``PRAGMA max_page_count`` makes SQLite hit SQLITE_FULL exactly as on a full
  disk; a backup destination that fills up: a subprocess with RLIMIT_FSIZE (EFBIG);
* read-only: the database opened through a ``file:...?mode=ro`` URI, so SQLite itself
  refuses every write (SQLITE_READONLY), as on a write-protected stick;
* locked: another connection holding ``BEGIN EXCLUSIVE``;
* stick pulled out: the destination folder deleted between the copy and its fsync, and an
  fsync failing with EIO (monkeypatched at the os-call wrapper the backup uses).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dvdesktop.base.errors import DatabaseLockedError, StorageError
from dvdesktop.core.ledger import Ledger
from dvdesktop.safety import backup
from dvdesktop.store import database
from tests.conftest import UNIT, file_at, plain_file, snapshot

MEETING = {"date": "2026-03-05", "kind": "regular_cell", "title": "Sinh hoạt chi bộ tháng 3",
           "members_expected": 10, "members_present": 9, "note": "x" * 1900}


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_disk_full_while_saving(ledger, db_path):
    ledger.add("meeting", MEETING)
    pages = ledger.db.execute("PRAGMA page_count").fetchone()[0]
    ledger.db.execute(f"PRAGMA max_page_count = {pages + 1}")
    before = snapshot(db_path)
    with pytest.raises(StorageError) as exc:
        ledger.add_many("meeting", [MEETING] * 20)
    assert "Ổ đĩa đã đầy" in str(exc.value) and "nguyên vẹn" in str(exc.value)
    assert snapshot(db_path) == before
    assert ledger.count("meeting") == 1
    ledger.db.execute("PRAGMA max_page_count = 1073741823")
    ledger.add("meeting", MEETING)  # space freed: saving works again
    assert _integrity(db_path) == "ok"


def test_backup_destination_fills_up(ledger, db_path, tmp_path):
    for _ in range(30):
        ledger.add("meeting", MEETING)
    ledger.close()
    before = snapshot(db_path)
    dest = tmp_path / "usb" / "copy.db"
    dest.parent.mkdir()
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (32768, 32768))\n"
        "from pathlib import Path\n"
        "from dvdesktop.safety import backup\n"
        "from dvdesktop.base.errors import UserError\n"
        "try:\n"
        f"    backup.make_backup(backup.DataFile(Path({str(db_path)!r})), dest=Path({str(dest)!r}))\n"
        "except UserError as exc:\n"
        "    print(type(exc).__name__, exc)\n"
        "    sys.exit(3)\n"
    )
    if sys.platform == "win32":
        pytest.skip("RLIMIT_FSIZE is POSIX")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
    assert proc.returncode == 3, proc.stdout + proc.stderr
    # SQLite reports EFBIG as a generic I/O error; the message names both likely causes.
    assert proc.stdout.startswith("StorageError") and "đầy" in proc.stdout, proc.stdout
    assert list(dest.parent.iterdir()) == [], "no half-written backup is left"
    assert snapshot(db_path) == before and _integrity(db_path) == "ok"


def test_read_only_file(db_path):
    led = Ledger.open(db_path)
    led.set_unit(UNIT)
    led.close()
    before = snapshot(db_path)
    Ledger.open(db_path).close()  # leaves no -wal: a clean file on a write-protected stick

    def read_only(path: str, **kwargs):
        return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, **kwargs)

    db = database.connect(db_path, connector=read_only)
    led = Ledger(db, path=str(db_path), actor="tester")
    with pytest.raises(StorageError) as exc:
        led.add("meeting", MEETING)
    assert "Không có quyền ghi" in str(exc.value) and "nguyên vẹn" in str(exc.value)
    led.close()
    assert snapshot(db_path) == before


def test_read_only_backup_destination(ledger, tmp_path, monkeypatch):
    before = snapshot(Path(ledger.path))
    real = backup._connector

    def read_only_destination(key):
        connect = real(key)

        def opener(path, *args, **kwargs):
            if str(path).endswith(".part"):
                return connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
            return connect(path, *args, **kwargs)
        return opener

    monkeypatch.setattr(backup, "_connector", read_only_destination)
    with pytest.raises(StorageError) as exc:
        backup.make_backup(plain_file(ledger), dest=tmp_path / "copy.db")
    assert "chỉ cho phép đọc" in str(exc.value) or "Không có quyền ghi" in str(exc.value)
    assert not list(tmp_path.glob("*copy.db*"))
    assert snapshot(Path(ledger.path)) == before


def test_locked_file(ledger, db_path, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    ledger.add("meeting", MEETING)
    ledger.close()
    led = Ledger.open(db_path)  # opened with the short timeout
    other = sqlite3.connect(db_path, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError) as exc:
            led.add("meeting", MEETING)
        assert "đang được một chương trình khác sử dụng" in str(exc.value)
    finally:
        other.rollback()
        other.close()
    assert led.count("meeting") == 1
    led.add("meeting", MEETING)  # the lock released: saving works again
    led.close()
    assert _integrity(db_path) == "ok"


def test_usb_stick_pulled_out_during_a_backup(ledger, tmp_path, monkeypatch):
    ledger.add("meeting", MEETING)
    before = snapshot(Path(ledger.path))
    stick = tmp_path / "E"
    stick.mkdir()
    real_fsync = backup.fsync_file

    def pulled_out(path):
        shutil.rmtree(stick)  # the stick is gone between the copy and its fsync
        return real_fsync(path)

    monkeypatch.setattr(backup, "fsync_file", pulled_out)
    with pytest.raises(StorageError) as exc:
        backup.make_backup(plain_file(ledger), dest=stick / "copy.db")
    assert "rút ra" in str(exc.value)
    assert snapshot(Path(ledger.path)) == before
    assert ledger.count("meeting") == 1


def test_io_error_during_a_backup(ledger, tmp_path, monkeypatch):
    def eio(path):
        raise OSError(errno.EIO, "Input/output error", str(path))

    monkeypatch.setattr(backup, "fsync_file", eio)
    with pytest.raises(StorageError) as exc:
        backup.make_backup(plain_file(ledger), dest=tmp_path / "copy.db")
    assert "Lỗi đọc/ghi ổ đĩa" in str(exc.value) and "rút ra" in str(exc.value)
    assert list(tmp_path.glob("*copy*")) == []


def test_restore_source_removed_midway(ledger, tmp_path, monkeypatch):
    saved = backup.make_backup(plain_file(ledger), dest=tmp_path / "saved.db")
    ledger.close()
    db = Path(ledger.path)
    before = snapshot(db)
    real_copy = shutil.copyfile

    def copy_then_fail(src, dst, *a, **k):
        raise OSError(errno.ENODEV, "No such device", str(src))

    monkeypatch.setattr(backup.shutil, "copyfile", copy_then_fail)
    with pytest.raises(StorageError) as exc:
        backup.restore_backup(file_at(db), source=saved)
    assert "rút ra" in str(exc.value)
    monkeypatch.setattr(backup.shutil, "copyfile", real_copy)
    assert snapshot(db) == before
    assert not list(db.parent.glob(".unit.db.*"))


def test_a_full_stick_is_refused_before_writing(ledger, tmp_path, monkeypatch):
    real = shutil.disk_usage
    monkeypatch.setattr(backup.shutil, "disk_usage",
                        lambda p: real(p)._replace(free=100 * 1024))
    with pytest.raises(StorageError) as exc:
        backup.make_backup(plain_file(ledger), dest=tmp_path / "copy.db")
    assert "Không đủ chỗ trống" in str(exc.value)
    assert list(tmp_path.glob("*copy*")) == []
