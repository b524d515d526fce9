"""The receiving office's own SQLite file: registered unit keys, due dates, submissions.

Separate from any unit's Ledger: the office holds other units' data, never its own
records. The schema has its own migration set ("dvdesktop-office") and the same floor
and ceiling rules as the unit file (``store.database.migrate``).
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from dvdesktop.store.database import connect, migrate

__all__ = ["MIGRATIONS", "PROFILE_FIELDS", "get_profile", "open_office", "set_profile"]

#: The office profile: what heads its consolidated report. ``organisation`` is the Party
#: organisation whose figures are reported ("Đảng bộ Khối các Cơ quan và Doanh nghiệp
#: tỉnh"), ``name`` the issuing body ("Đảng ủy Khối ..."), ``superior`` the body above it.
PROFILE_FIELDS = (
    "name", "organisation", "superior", "place", "short_name",
    "signer_title", "signer_role", "signer_name", "recipients",
)

MIGRATIONS = Migrations("dvdesktop-office")


@MIGRATIONS()
def m001_initial(db: sqlite_utils.Database) -> None:
    # One statement at a time: executescript() would COMMIT the migration's transaction.
    for statement in _SCHEMA_1.split(";\n"):
        if statement.strip():
            db.execute(statement)


@MIGRATIONS()
def m002_key_continuity(db: sqlite_utils.Database) -> None:
    """Signed-content digests (an altered zip envelope is not another package), the
    quarantine's reason code and the registered key beside the new one, and which old key
    announced a key (NULL: trusted by the operator after a phone call)."""
    for statement in (
        "ALTER TABLE submissions ADD COLUMN content_sha256 TEXT",
        "CREATE INDEX submissions_content ON submissions(content_sha256)",
        "ALTER TABLE quarantine ADD COLUMN content_sha256 TEXT",
        "ALTER TABLE quarantine ADD COLUMN code TEXT",
        "ALTER TABLE quarantine ADD COLUMN registered_key_id TEXT",
        "ALTER TABLE quarantine ADD COLUMN registered_fingerprint TEXT",
        "ALTER TABLE unit_keys ADD COLUMN announced_by TEXT",
    ):
        db.execute(statement)


_SCHEMA_1 = """
        CREATE TABLE units (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL DEFAULT '',
            public_key TEXT NOT NULL,        -- minisign public key text
            key_id TEXT NOT NULL,            -- as minisign prints it
            fingerprint TEXT NOT NULL,       -- "0FAF 72A9 6FA0 1FF7", read over the phone
            trusted_at TEXT NOT NULL
        );
        -- Every key ever trusted for a unit: a re-keyed unit's old packages stay explainable.
        CREATE TABLE unit_keys (
            id INTEGER PRIMARY KEY,
            unit_code TEXT NOT NULL REFERENCES units(code),
            key_id TEXT NOT NULL,
            public_key TEXT NOT NULL,
            trusted_at TEXT NOT NULL,
            replaced_at TEXT
        );
        CREATE TABLE periods (
            key TEXT PRIMARY KEY,
            due_date TEXT                    -- ISO date, inclusive
        );
        CREATE TABLE submissions (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            unit_code TEXT NOT NULL REFERENCES units(code),
            period TEXT NOT NULL,
            revision INTEGER NOT NULL CHECK (revision >= 1),
            status TEXT NOT NULL CHECK (status IN ('active', 'superseded')),
            received_at TEXT NOT NULL,
            created_at TEXT NOT NULL,        -- DV-Created, as the unit's clock said
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            key_id TEXT NOT NULL,
            info TEXT NOT NULL,              -- bag-info.txt as JSON
            summary TEXT NOT NULL,           -- data/summary.json
            report_pdf BLOB,
            UNIQUE (unit_code, period, revision)
        );
        -- At most one active submission per unit and period.
        CREATE UNIQUE INDEX submissions_active ON submissions(unit_code, period)
            WHERE status = 'active';
        CREATE TABLE submission_records (
            submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            uid TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX submission_records_sub ON submission_records(submission_id, kind);
        -- Packages intact but signed by a key we do not (yet) trust. The bytes are kept,
        -- so trusting the key later needs no USB stick.
        CREATE TABLE quarantine (
            id INTEGER PRIMARY KEY,
            file_sha256 TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            key_id TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            reason TEXT NOT NULL,
            info TEXT NOT NULL,
            received_at TEXT NOT NULL,
            package BLOB NOT NULL
        );
        -- The office's own profile for its report header: name, superior, place, signer.
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE import_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT,
            outcome TEXT NOT NULL,
            code TEXT,
            reason TEXT,
            unit_code TEXT,
            period TEXT,
            revision INTEGER,
            uuid TEXT
        );
"""


def open_office(path: str | Path) -> sqlite_utils.Database:
    """Open (creating and migrating) the office database at ``path``.

    :param path: e.g. ``"khoi.db"``; ``":memory:"`` for tests
    :raises SchemaTooNewError: the file comes from a newer dvdesktop
    """
    db = connect(path)
    migrate(db, MIGRATIONS)
    return db


def get_profile(db: sqlite_utils.Database) -> dict[str, str]:
    """The office profile (missing fields are empty strings)."""
    stored = {r["key"]: r["value"] for r in db["settings"].rows}
    return {k: str(stored.get(f"profile.{k}") or "") for k in PROFILE_FIELDS}


def set_profile(db: sqlite_utils.Database, **fields: str | None) -> dict[str, str]:
    """Set some profile fields, e.g. ``set_profile(db, name="Đảng ủy Khối ...")``.

    ``recipients`` is one recipient per line. ``None`` leaves a field unchanged.
    """
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"unknown office profile fields: {sorted(unknown)}")
    with db.atomic():
        for k, v in fields.items():
            if v is not None:
                db["settings"].upsert({"key": f"profile.{k}", "value": v.strip()}, pk="key")
    return get_profile(db)
