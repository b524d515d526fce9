"""The SQLite file: pragmas, migrations from older files, refusal of newer ones, the audit log."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from dvdesktop.base.errors import SchemaTooNewError
from dvdesktop.core.ledger import Ledger
from dvdesktop.store import database, schema
from tests.conftest import UNIT, snapshot


def test_new_file_has_wal_foreign_keys_and_full_sync(db_path):
    led = Ledger.open(db_path)
    conn = led.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert led.schema_version == schema.migrations.names[-1]
    led.close()


def test_older_schema_is_migrated_and_keeps_its_data(db_path):
    # A file as the first release wrote it: only the first migration applied.
    db = database.connect(db_path)
    schema.migrations.apply(db, stop_before="m002_package_exports")
    db.execute(
        "INSERT INTO meetings (uid, created_at, updated_at, date, kind, title, members_expected, members_present)"
        " VALUES ('u1', 'x', 'x', '2025-03-01', 'regular_cell', 'Sinh hoạt chi bộ', 10, 9)"
    )
    db.conn.commit()
    assert "package_exports" not in db.table_names()
    db.conn.close()

    calls = []
    led = Ledger.open(db_path, before_migrate=lambda: calls.append("backup"))
    assert calls == ["backup"], "a backup hook runs before migrating an existing file"
    assert "package_exports" in led.db.table_names()
    assert [m["title"] for m in led.list("meeting")] == ["Sinh hoạt chi bộ"]
    assert led.next_revision("2025") == 1
    led.close()


def test_newer_schema_is_refused_and_left_untouched(db_path):
    led = Ledger.open(db_path)
    led.set_unit(UNIT)
    led.db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('dvdesktop', 'm999_future', 'x')"
    )
    led.db.conn.commit()
    led.close()
    before = snapshot(db_path)
    with pytest.raises(SchemaTooNewError) as exc:
        Ledger.open(db_path)
    assert "mới hơn" in str(exc.value) and "m999_future" in str(exc.value)
    assert snapshot(db_path) == before


def test_not_a_database_gives_a_clear_message(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is a letter, not a database" * 100)
    with pytest.raises(database.NotADvdesktopFileError) as exc:
        Ledger.open(bogus)
    assert "không phải tệp dữ liệu dvdesktop" in str(exc.value)


def test_audit_log_is_append_only_even_through_sql(ledger):
    ledger.add("award", {"date": "2026-01-05", "recipient_type": "individual", "recipient": "Đồng chí A",
                         "level": "merit", "issuer": "Ban Thường vụ"})
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        ledger.db.execute("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        ledger.db.execute("DELETE FROM audit_log")


def test_each_migration_is_atomic(tmp_path):
    broken = database.MigrationSet("broken")

    @broken()
    def m001(db: sqlite_utils.Database) -> None:
        schema.run_script(db, "CREATE TABLE half (x INTEGER);\nCREATE TABLE half (y INTEGER);\n")

    db = database.connect(tmp_path / "b.db")
    with pytest.raises(sqlite3.OperationalError):
        broken.apply(db)
    assert "half" not in db.table_names()
