"""The receiving office's own SQLite file: registered unit keys, due dates, submissions.

Separate from any unit's Ledger: the office holds other units' data, never its own
records. The schema has its own migration set ("dvdesktop-office") and the same floor
and ceiling rules as the unit file (``store.database.migrate``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils

from dvdesktop.store.database import MigrationSet, connect, migrate

__all__ = [
    "MIGRATIONS", "PROFILE_FIELDS", "get_period_text", "get_profile", "next_document_number",
    "number_uses", "open_office", "record_document_number", "set_period_text", "set_profile",
]

#: The office profile: what heads its consolidated report. ``organisation`` is the Party
#: organisation whose figures are reported ("Đảng bộ Khối các Cơ quan và Doanh nghiệp
#: tỉnh"), ``name`` the issuing body ("Đảng ủy Khối ..."), ``superior`` the body above it.
#: ``superior_header`` and ``issuer_header`` are those lines as the header prints them
#: (36-HD: "ĐẢNG BỘ TỈNH NGHỆ AN"; "|" marks a chosen line break); ``term_start`` starts
#: the numbering of documents from 01; ``political_label`` ("political_system" or
#: "party_building") names the fourth field of models; ``pad_counts`` ("1") writes "05 mô hình".
PROFILE_FIELDS = (
    "name", "organisation", "superior", "place", "short_name",
    "signer_title", "signer_role", "signer_name", "recipients",
    "superior_header", "issuer_header", "term_start", "political_label", "pad_counts",
)

MIGRATIONS = MigrationSet("dvdesktop-office")


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


@MIGRATIONS()
def m004_office_texts_and_numbers(db: sqlite_utils.Database) -> None:
    """Sections II and III of each consolidated report, and the numbers given to documents."""
    db.execute(
        "CREATE TABLE period_texts (period_key TEXT PRIMARY KEY, limitations TEXT NOT NULL DEFAULT '', "
        "directions TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE document_numbers (id INTEGER PRIMARY KEY, doc_type TEXT NOT NULL, "
        "number INTEGER NOT NULL CHECK (number >= 1), issued TEXT NOT NULL, "
        "period_key TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"
    )


def open_office(path: str | Path) -> sqlite_utils.Database:
    """Open (creating and migrating) the office database at ``path``.

    :param path: e.g. ``"khoi.db"``; ``":memory:"`` for tests
    :raises SchemaTooNewError: the file comes from a newer dvdesktop
    """
    conn = connect(path)
    migrate(conn, MIGRATIONS)
    return sqlite_utils.Database(conn.conn)


def get_profile(db: sqlite_utils.Database) -> dict[str, str]:
    """The office profile (missing fields are empty strings)."""
    stored = {r["key"]: r["value"] for r in db["settings"].rows}
    return {k: str(stored.get(f"profile.{k}") or "") for k in PROFILE_FIELDS}


def _clean_profile(fields: dict[str, str | None]) -> dict[str, str]:
    from dvdesktop.core import fmt
    from dvdesktop.core.domain import choices
    from dvdesktop.base.errors import FieldError, ValidationError
    from dvdesktop.base.i18n import QT_TRANSLATE_NOOP as N_

    out: dict[str, str] = {}
    errors: list[FieldError] = []
    for k, v in fields.items():
        if v is None:
            continue
        text = str(v).strip()
        if k == "term_start" and text:
            d = fmt.try_parse_date(text)
            if d is None:
                errors.append(FieldError(k, N_("Office", "Ngày bắt đầu nhiệm kỳ: “{value}” không phải ngày "
                                                          "hợp lệ (dd/mm/yyyy)."), {"value": text}))
                continue
            text = d.isoformat()
        elif k == "political_label" and text and text not in choices("unit.political_label"):
            errors.append(FieldError(k, N_("Office", "Tên lĩnh vực: “{value}” không hợp lệ; chọn một trong: "
                                                     "{allowed}."),
                                     {"value": text, "allowed": ", ".join(choices("unit.political_label"))}))
            continue
        elif k == "pad_counts":
            if text.lower() not in ("", "0", "1", "true", "false"):
                errors.append(FieldError(k, N_("Office", "Viết số có số 0 đứng trước: chọn 1 (có) hoặc 0 "
                                                         "(không)."), {}))
                continue
            text = "1" if text.lower() in ("1", "true") else ""
        elif len(text) > 2000:
            errors.append(FieldError(k, N_("Office", "{field}: dài quá {limit} ký tự."),
                                     {"field": k, "limit": 2000}))
            continue
        out[k] = text
    if errors:
        raise ValidationError(errors)
    return out


def set_profile(db: sqlite_utils.Database, **fields: str | None) -> dict[str, str]:
    """Set some profile fields, e.g. ``set_profile(db, name="Đảng ủy Khối ...")``.

    ``recipients`` is one recipient per line. ``None`` leaves a field unchanged.

    :raises ValidationError: a date, choice or flag that is not one (nothing is written)
    """
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"unknown office profile fields: {sorted(unknown)}")
    clean = _clean_profile(fields)
    with db.atomic():
        for k, v in clean.items():
            db["settings"].upsert({"key": f"profile.{k}", "value": v}, pk="key")
    return get_profile(db)


def get_period_text(db: sqlite_utils.Database, period: str) -> dict[str, str]:
    """Sections II and III of the consolidated report of ``period`` (the office's own words)."""
    rows = list(db.query("SELECT limitations, directions FROM period_texts WHERE period_key = ?", [period]))
    return dict(rows[0]) if rows else {"limitations": "", "directions": ""}


def set_period_text(db: sqlite_utils.Database, period: str, *, limitations: str | None = None,
                    directions: str | None = None) -> dict[str, str]:
    """Store sections II (hạn chế, nguyên nhân) and III (phương hướng, nhiệm vụ) of the
    consolidated report of ``period``; None leaves a section as it was."""
    from datetime import datetime, timezone

    old = get_period_text(db, period)
    new = {"limitations": old["limitations"] if limitations is None else str(limitations).strip(),
           "directions": old["directions"] if directions is None else str(directions).strip()}
    with db.atomic():
        db["period_texts"].upsert(
            {"period_key": period, **new,
             "updated_at": datetime.now(timezone.utc).isoformat(timespec="seconds")},
            pk="period_key",
        )
    return new


def _term(db: sqlite_utils.Database, on: date) -> tuple[str | None, str | None]:
    start = get_profile(db)["term_start"]
    if not start:
        return None, None
    return (start, None) if on.isoformat() >= start else (None, start)


def next_document_number(db: sqlite_utils.Database, doc_type: str = "BC", *, on: date | None = None,
                         period_key: str | None = None) -> int:
    """The number to offer the office's next document of ``doc_type``: from 1 in each term
    (the profile's ``term_start``); the user may choose another. With ``period_key``, the
    report of that period already numbered in the term is offered its own number again."""
    on = on or date.today()
    lo, hi = _term(db, on)
    if period_key:
        own = [r["number"] for r in db.query(
            "SELECT number, issued FROM document_numbers WHERE doc_type = ? AND period_key = ?",
            [doc_type, period_key]) if _term(db, date.fromisoformat(r["issued"])) == (lo, hi)]
        if own:
            return max(own)
    sql, params = "SELECT max(number) AS n FROM document_numbers WHERE doc_type = ?", [doc_type]
    if lo:
        sql, params = sql + " AND issued >= ?", [*params, lo]
    if hi:
        sql, params = sql + " AND issued < ?", [*params, hi]
    last = next(iter(db.query(sql, params)))["n"]
    return (last or 0) + 1


def number_uses(db: sqlite_utils.Database, doc_type: str, number: int, *, on: date) -> list[dict[str, Any]]:
    """Documents of ``doc_type`` in the term of ``on`` that already carry ``number``."""
    lo, hi = _term(db, on)
    return [r for r in db.query(
        "SELECT doc_type, number, issued, period_key FROM document_numbers WHERE doc_type = ? AND number = ?",
        [doc_type, number]) if (lo is None or r["issued"] >= lo) and (hi is None or r["issued"] < hi)]


def record_document_number(db: sqlite_utils.Database, doc_type: str, number: int, *, issued: date,
                           period_key: str = "") -> list[dict[str, Any]]:
    """Remember a number given to the office's document; returns the other documents of the
    term that carry it already (to warn about), and records nothing twice."""
    from datetime import datetime, timezone

    same = number_uses(db, doc_type, number, on=issued)
    if any(r["period_key"] == period_key for r in same):
        return [r for r in same if r["period_key"] != period_key]
    with db.atomic():
        db["document_numbers"].insert({
            "doc_type": doc_type, "number": number, "issued": issued.isoformat(),
            "period_key": period_key,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        })
    return same
