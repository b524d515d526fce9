"""Backups: made with SQLite's backup API, verified, thinned; restore checks before it swaps."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from dvdesktop.cli import main
from dvdesktop.base.errors import DatabaseLockedError, SchemaTooNewError
from dvdesktop.core.ledger import Ledger
from dvdesktop.safety import backup, keyfile
from dvdesktop.safety.backup import BackupInfo, thin
from dvdesktop.store import database, schema
from tests.conftest import UNIT, file_at, plain_file, snapshot
from dvdesktop.safety.datafile import DataFile

MEETING = {"date": "2026-03-05", "kind": "regular_cell", "title": "Sinh hoạt chi bộ tháng 3",
           "members_expected": 10, "members_present": 9}


@pytest.fixture(autouse=True)
def _fast_scrypt(monkeypatch):
    monkeypatch.setattr(keyfile, "SCRYPT_N", 2**10)


def _info(stamp: str, reason: str = "daily") -> BackupInfo:
    taken = dt.datetime.fromisoformat(stamp)
    return BackupInfo(Path(f"b_{stamp}.db"), taken, reason)


# ------------------------------------------------------------------ thinning
def test_thin_keeps_7_daily_4_weekly_12_monthly():
    today = dt.date(2026, 6, 30)
    # One backup a day for 400 days, two on some days.
    items = [_info(f"{today - dt.timedelta(days=d)}T08:00:00") for d in range(400)]
    items += [_info(f"{today - dt.timedelta(days=d)}T17:00:00") for d in (1, 2, 40)]
    gone = {b.taken for b in thin(items, today)}
    kept = sorted({b.taken for b in items} - gone, reverse=True)
    days = {t.date() for t in kept}
    # 7 most recent days, newest of each (the 17:00 one where there are two)
    for d in range(7):
        assert today - dt.timedelta(days=d) in days
    assert dt.datetime(2026, 6, 29, 17) in kept and dt.datetime(2026, 6, 29, 8) not in kept
    weeks = {t.isocalendar()[:2] for t in kept}
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12 and (2025, 7) in months and (2025, 6) not in months
    assert len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12


def test_thin_keeps_everything_from_today_and_the_future():
    today = dt.date(2026, 6, 30)
    items = [_info("2026-06-30T08:00:00", "daily"), _info("2026-06-30T09:00:00", "migrate"),
             _info("2026-06-30T10:00:00", "restore"), _info("2031-01-01T00:00:00")]
    assert thin(items, today) == []


def test_thin_is_a_pure_function_of_its_input():
    today = dt.date(2026, 1, 10)
    items = [_info(f"2025-{m:02d}-15T08:00:00") for m in range(1, 13)] + [_info("2024-12-15T08:00:00")]
    assert thin(items, today) == thin(list(reversed(items)), today)
    assert [b.taken.year for b in thin(items, today)] == [2024]  # 13 months: the oldest goes


def test_thin_of_nothing_is_nothing():
    assert thin([], dt.date(2026, 1, 1)) == []


# ------------------------------------------------------------------ making
def test_backup_of_an_open_ledger_is_verified_and_self_contained(ledger, tmp_path):
    ledger.add("meeting", MEETING)  # still in the -wal: the backup API reads through it
    dest = backup.make_backup(plain_file(ledger), dest=tmp_path / "usb" / "copy.db")
    assert dest.exists() and not list(dest.parent.glob(".*"))
    conn = sqlite3.connect(dest)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT title FROM meetings").fetchall() == [("Sinh hoạt chi bộ tháng 3",)]
    conn.close()
    assert backup.verify_backup(dest)["meetings"] == 1
    ledger.add("meeting", MEETING)  # the Ledger keeps working
    assert ledger.count("meeting") == 2


def test_backup_into_a_folder_gets_a_dated_name(ledger, tmp_path):
    dest = backup.make_backup(DataFile(ledger.path), dest=tmp_path)
    assert dest.parent == tmp_path and dest.name.startswith("unit_") and dest.name.endswith("_manual.db")


def test_daily_backup_on_start_happens_once_a_day(ledger):
    first = backup.backup_on_start(plain_file(ledger), now=dt.datetime(2026, 3, 1, 8, 0))
    assert first is not None and first.parent == backup.backups_dir()
    assert backup.backup_on_start(plain_file(ledger), now=dt.datetime(2026, 3, 1, 17, 0)) is None
    second = backup.backup_on_start(plain_file(ledger), now=dt.datetime(2026, 3, 2, 8, 0))
    assert second is not None
    assert [b.reason for b in backup.list_backups(Path(ledger.path))] == ["daily", "daily"]


def test_automatic_backups_are_thinned(ledger):
    start = dt.datetime(2025, 1, 1, 8)
    for day in range(0, 60, 3):
        backup.auto_backup(plain_file(ledger), reason="daily", now=start + dt.timedelta(days=day))
    items = backup.list_backups(Path(ledger.path))
    assert len(items) < 20
    assert items[0].taken == start + dt.timedelta(days=57)


def test_a_backup_is_made_before_a_migration(db_path):
    from dvdesktop.safety import crypto

    db = database.connect(db_path)
    schema.migrations.apply(db, stop_before="m002_package_exports")
    db.conn.close()
    led = crypto.open_data_file(db_path).ledger
    led.close()
    reasons = [b.reason for b in backup.list_backups(db_path)]
    assert reasons == ["migrate"]
    copy = sqlite3.connect(backup.list_backups(db_path)[0].path)
    assert "package_exports" not in {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
    copy.close()


# ------------------------------------------------------------------ restoring
def test_restore_keeps_what_it_replaces_and_swaps(ledger, tmp_path):
    ledger.add("meeting", MEETING)
    saved = backup.make_backup(plain_file(ledger), dest=tmp_path / "saved.db")
    ledger.add("meeting", {**MEETING, "title": "Sau khi sao lưu"})
    ledger.close()
    db = Path(ledger.path)
    kept = backup.restore_backup(file_at(db), source=saved)
    assert kept.parent == backup.backups_dir() and kept.name.endswith("_restore.db")
    led = Ledger.open(db)
    assert [m["title"] for m in led.list("meeting")] == ["Sinh hoạt chi bộ tháng 3"]
    led.close()
    old = sqlite3.connect(kept)
    assert old.execute("SELECT count(*) FROM meetings").fetchone()[0] == 2
    old.close()
    assert saved.read_bytes()[:16] == b"SQLite format 3\x00"  # the source was never written to


def test_restore_refuses_a_file_that_is_not_a_dvdesktop_database(ledger, tmp_path):
    ledger.add("meeting", MEETING)
    ledger.close()
    db = Path(ledger.path)
    before = snapshot(db)
    letter = tmp_path / "letter.db"
    letter.write_bytes(b"Kinh gui ... " * 500)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    for bad in (letter, other):
        with pytest.raises(backup.NotABackupError) as exc:
            backup.restore_backup(file_at(db), source=bad)
        assert "không phải tệp dữ liệu dvdesktop" in str(exc.value)
    assert snapshot(db) == before
    assert not list(db.parent.glob(".unit.db.*"))


def test_restore_refuses_a_backup_from_a_newer_version(ledger, tmp_path):
    ledger.close()
    future = tmp_path / "future.db"
    led = Ledger.open(future)
    led.set_unit(UNIT)
    led.db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                   "VALUES ('dvdesktop', 'm999_future', 'x')")
    led.db.conn.commit()
    led.close()
    db = Path(ledger.path)
    before = snapshot(db)
    with pytest.raises(SchemaTooNewError) as exc:
        backup.restore_backup(file_at(db), source=future)
    assert "mới hơn" in str(exc.value) and "không có gì bị thay đổi" in str(exc.value)
    assert snapshot(db) == before


def test_restore_refuses_while_another_window_has_the_file_open(ledger, tmp_path):
    saved = backup.make_backup(plain_file(ledger), dest=tmp_path / "saved.db")
    ledger.add("meeting", MEETING)  # the open Ledger stands for another window
    before = snapshot(Path(ledger.path))
    with pytest.raises(DatabaseLockedError) as exc:
        backup.restore_backup(file_at(Path(ledger.path)), source=saved)
    assert "đang được mở" in str(exc.value)
    assert snapshot(Path(ledger.path)) == before
    assert ledger.count("meeting") == 1


def test_restore_of_a_damaged_backup_is_refused(ledger, tmp_path):
    ledger.add("meeting", MEETING)
    saved = backup.make_backup(plain_file(ledger), dest=tmp_path / "saved.db")
    ledger.close()
    conn = sqlite3.connect(saved)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meetings'").fetchone()[0]
    conn.close()
    data = bytearray(saved.read_bytes())
    start = (root - 1) * 4096
    data[start:start + 12] = b"\x0d\xff\xff\x00\x30\xff\xff\xff\xff\xff\xff\xff"  # a nonsense b-tree header
    saved.write_bytes(bytes(data))
    db = Path(ledger.path)
    before = snapshot(db)
    with pytest.raises(backup.BackupError):
        backup.restore_backup(file_at(db), source=saved)
    assert snapshot(db) == before


# ------------------------------------------------------------------ commands
def test_backup_and_restore_commands(ledger, tmp_path, capsys):
    ledger.add("meeting", MEETING)
    ledger.close()
    out = tmp_path / "usb.db"
    assert main(["backup", "--db", ledger.path, "--out", str(out)]) == 0
    assert "Đã sao lưu" in capsys.readouterr().out
    assert main(["restore", "--db", ledger.path, "--from", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Đã khôi phục" in text and "được giữ ở" in text
    assert main(["backups", "--db", ledger.path]) == 0
    assert "trước khi khôi phục" in capsys.readouterr().out
    assert main(["check", "--db", ledger.path]) == 0
    assert "integrity_check = ok" in capsys.readouterr().out


def test_restore_command_explains_a_wrong_file(ledger, tmp_path, capsys):
    ledger.close()
    bogus = tmp_path / "x.db"
    bogus.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    assert main(["restore", "--db", ledger.path, "--from", str(bogus)]) == 1
    assert "không phải tệp dữ liệu dvdesktop" in capsys.readouterr().err


def test_every_safety_command_has_help():
    from dvdesktop.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in ("backup", "restore", "backups", "encrypt", "passphrase", "check"):
        assert name in sub.choices
        assert sub.choices[name].format_help().strip()
