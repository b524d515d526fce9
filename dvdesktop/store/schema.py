"""The data file's schema, as named migrations applied in order (``database.MigrationSet``).

Never edit a migration that has shipped: add a new one. Each runs in one transaction with
its record in ``_sqlite_migrations``; a file holding a migration this program does not know
is refused by ``store.database.migrate`` (the schema ceiling).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from dvdesktop.store import searchkey
from dvdesktop.store.database import Connection, MigrationSet, schema_too_new

if TYPE_CHECKING:
    import sqlite_utils

migrations = MigrationSet("dvdesktop")

_COMMON = """
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
"""


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run SQL statements one by one inside the current transaction.

    ``executescript`` would COMMIT first, breaking the migration's all-or-nothing promise.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement!r}")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    run_script(db, 
        f"""
        CREATE TABLE unit (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            superior TEXT NOT NULL,
            superior_header TEXT NOT NULL DEFAULT '',
            short_name TEXT NOT NULL DEFAULT '',
            secretary TEXT NOT NULL DEFAULT '',
            signer_title TEXT NOT NULL DEFAULT '',
            signer_role TEXT NOT NULL DEFAULT '',
            members INTEGER NOT NULL DEFAULT 0 CHECK (members >= 0),
            place TEXT NOT NULL DEFAULT '',
            cutoff_day INTEGER NOT NULL DEFAULT 1 CHECK (cutoff_day BETWEEN 1 AND 28),
            remote_area INTEGER NOT NULL DEFAULT 0,
            petition_deadline_days INTEGER,
            recipients TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE meetings ({_COMMON},
            date TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            documents TEXT NOT NULL DEFAULT '[]',
            members_expected INTEGER NOT NULL DEFAULT 0 CHECK (members_expected >= 0),
            members_present INTEGER NOT NULL DEFAULT 0
                CHECK (members_present >= 0 AND members_present <= members_expected),
            others_present INTEGER NOT NULL DEFAULT 0 CHECK (others_present >= 0),
            sites INTEGER NOT NULL DEFAULT 1 CHECK (sites >= 1),
            location TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX meetings_date ON meetings (date);

        CREATE TABLE dialogues ({_COMMON},
            date TEXT NOT NULL,
            host TEXT NOT NULL,
            counterpart TEXT NOT NULL,
            topic TEXT NOT NULL,
            location TEXT NOT NULL DEFAULT '',
            participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
            opinions INTEGER NOT NULL DEFAULT 0 CHECK (opinions >= 0),
            announced_date TEXT,
            published_date TEXT,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX dialogues_date ON dialogues (date);
        CREATE TABLE dialogue_issues (
            id INTEGER PRIMARY KEY,
            dialogue_id INTEGER NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            summary TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('resolved', 'in_progress', 'referred'))
        );
        CREATE INDEX dialogue_issues_dialogue ON dialogue_issues (dialogue_id, position);

        CREATE TABLE receptions ({_COMMON},
            date TEXT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('visit', 'letter')),
            case_code TEXT NOT NULL,
            category TEXT NOT NULL,
            people_count INTEGER NOT NULL DEFAULT 1 CHECK (people_count >= 1),
            content TEXT NOT NULL,
            handling TEXT NOT NULL,
            accepted_date TEXT,
            complexity TEXT NOT NULL DEFAULT 'normal',
            attempt TEXT NOT NULL DEFAULT '1',
            status TEXT NOT NULL CHECK (status IN ('pending', 'resolved')),
            resolved_date TEXT,
            agency TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL DEFAULT '',
            citizen_name TEXT NOT NULL DEFAULT '',
            citizen_address TEXT NOT NULL DEFAULT '',
            citizen_id TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX receptions_date ON receptions (date);
        CREATE INDEX receptions_case ON receptions (case_code, date);

        CREATE TABLE models ({_COMMON},
            name TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT 'model',
            unit_name TEXT NOT NULL DEFAULT '',
            holder TEXT NOT NULL,
            field TEXT NOT NULL,
            level TEXT NOT NULL,
            registered_date TEXT NOT NULL,
            status TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX models_registered ON models (registered_date);

        CREATE TABLE awards ({_COMMON},
            date TEXT NOT NULL,
            recipient_type TEXT NOT NULL,
            recipient TEXT NOT NULL,
            level TEXT NOT NULL,
            issuer TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX awards_date ON awards (date);

        CREATE TABLE ratings ({_COMMON},
            year INTEGER NOT NULL,
            unit_name TEXT NOT NULL,
            grade TEXT NOT NULL CHECK (grade IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
            score INTEGER CHECK (score BETWEEN 0 AND 100),
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX ratings_year ON ratings (year);

        -- Documents the unit has studied, so the user picks rather than retypes.
        CREATE TABLE documents (
            ref TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            uses INTEGER NOT NULL DEFAULT 0,
            last_used TEXT
        );

        -- Sections II and III of a period's report: the secretary's own words.
        CREATE TABLE period_texts (
            period_key TEXT PRIMARY KEY,
            limitations TEXT NOT NULL DEFAULT '',
            directions TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );

        -- Every create, update, delete and restore, with old and new values.
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            kind TEXT NOT NULL,
            record_id INTEGER,
            old TEXT,
            new TEXT
        );
        CREATE INDEX audit_log_record ON audit_log (kind, record_id);
        -- The log is append-only: the app has no way to alter it, and neither has SQL
        -- sent through the app.
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

        -- Diacritic-folded text of every record (see store.fold). rowid = kind code << 40 | id.
        CREATE VIRTUAL TABLE search USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
        """
    )


@migrations()
def m002_package_exports(db: sqlite_utils.Database) -> None:
    """Every summary package sent to the superior: revisions count up per period."""
    run_script(
        db,
        """
        CREATE TABLE package_exports (
            id INTEGER PRIMARY KEY,
            period_key TEXT NOT NULL,
            revision INTEGER NOT NULL CHECK (revision >= 1),
            uuid TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (period_key, revision)
        );
        """,
    )


@migrations()
def m003_case_number_index(db: sqlite_utils.Database) -> None:
    """Find the year's highest generated case number (VV-2026-0042) without a scan."""
    db.execute(
        "CREATE INDEX receptions_case_number ON receptions "
        "(substr(case_code, 1, 8), CAST(substr(case_code, 9) AS INTEGER))"
    )


@migrations()
def m004_unrecorded_counts(db: sqlite_utils.Database) -> None:
    """Attendance, participants and opinions may be "not recorded" (NULL), apart from 0.

    m001 stored an empty field as 0, so a report said "có 0 lượt đồng chí dự" for meetings
    whose attendance nobody counted. What the old 0s become:
    - a meeting with members summoned = members present = 0 was certainly not counted (a
      meeting summons someone): both become NULL, and its others_present too if also 0;
      a meeting with members counted keeps its others_present (0 is then a real "no one
      else");
    - others_kind (who the non-members were) is new; meetings that had non-members get
      "staff" (cán bộ, công chức và người lao động), which is what reports printed so far;
    - a dialogue with 0 participants had nobody counted (NULL), and then its 0 opinions
      too; opinions = 0 beside counted participants stay 0.
    The tables are rebuilt (SQLite cannot drop NOT NULL in place) with their ids, so the
    search index and the dialogue issues still point at the same records.
    """
    run_script(
        db,
        f"""
        CREATE TABLE meetings_new ({_COMMON},
            date TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            documents TEXT NOT NULL DEFAULT '[]',
            members_expected INTEGER CHECK (members_expected >= 0),
            members_present INTEGER
                CHECK (members_present >= 0 AND members_present <= members_expected),
            others_present INTEGER CHECK (others_present >= 0),
            others_kind TEXT,
            sites INTEGER NOT NULL DEFAULT 1 CHECK (sites >= 1),
            location TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO meetings_new (id, uid, created_at, updated_at, deleted_at, date, kind, title,
            documents, members_expected, members_present, others_present, others_kind, sites,
            location, note)
        SELECT id, uid, created_at, updated_at, deleted_at, date, kind, title, documents,
            CASE WHEN members_expected = 0 AND members_present = 0 THEN NULL ELSE members_expected END,
            CASE WHEN members_expected = 0 AND members_present = 0 THEN NULL ELSE members_present END,
            CASE WHEN members_expected = 0 AND members_present = 0 AND others_present = 0 THEN NULL
                 ELSE others_present END,
            CASE WHEN others_present > 0 THEN 'staff' END,
            sites, location, note
        FROM meetings;
        DROP TABLE meetings;
        ALTER TABLE meetings_new RENAME TO meetings;
        CREATE INDEX meetings_date ON meetings (date);

        -- Dropping dialogues would cascade to their issues: keep them aside meanwhile.
        CREATE TEMP TABLE issues_kept AS SELECT * FROM dialogue_issues;
        CREATE TABLE dialogues_new ({_COMMON},
            date TEXT NOT NULL,
            host TEXT NOT NULL,
            counterpart TEXT NOT NULL,
            topic TEXT NOT NULL,
            location TEXT NOT NULL DEFAULT '',
            participants INTEGER CHECK (participants >= 0),
            opinions INTEGER CHECK (opinions >= 0),
            announced_date TEXT,
            published_date TEXT,
            note TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO dialogues_new (id, uid, created_at, updated_at, deleted_at, date, host,
            counterpart, topic, location, participants, opinions, announced_date,
            published_date, note)
        SELECT id, uid, created_at, updated_at, deleted_at, date, host, counterpart, topic,
            location, nullif(participants, 0),
            CASE WHEN participants = 0 AND opinions = 0 THEN NULL ELSE opinions END,
            announced_date, published_date, note
        FROM dialogues;
        DROP TABLE dialogues;
        ALTER TABLE dialogues_new RENAME TO dialogues;
        CREATE INDEX dialogues_date ON dialogues (date);
        DELETE FROM dialogue_issues;
        INSERT INTO dialogue_issues SELECT * FROM issues_kept;
        DROP TABLE issues_kept;
        """,
    )


@migrations()
def m005_report_wording(db: sqlite_utils.Database) -> None:
    """What reports need to speak as the seeds do, and the 36-HD frame of the unit profile.

    Existing awards get movement "dan_van": reports so far said every award was "về thực
    hiện công tác dân vận ...", so their printed sentences do not change.
    """
    run_script(
        db,
        """
        ALTER TABLE awards ADD COLUMN movement TEXT NOT NULL DEFAULT 'dan_van';
        -- The noun a report puts before "số" when the type letters are ambiguous
        -- (124-QĐ/TW is a Quy định; 217-QĐ/TW a Quyết định).
        ALTER TABLE documents ADD COLUMN type_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE unit ADD COLUMN issuer_header TEXT NOT NULL DEFAULT '';
        ALTER TABLE unit ADD COLUMN signer_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE unit ADD COLUMN term_start TEXT;
        ALTER TABLE unit ADD COLUMN localities INTEGER CHECK (localities >= 1);
        ALTER TABLE unit ADD COLUMN locality_noun TEXT NOT NULL DEFAULT '';
        ALTER TABLE unit ADD COLUMN sub_org_noun TEXT NOT NULL DEFAULT '';
        ALTER TABLE unit ADD COLUMN political_label TEXT NOT NULL DEFAULT 'political_system';
        ALTER TABLE unit ADD COLUMN pad_counts INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE unit ADD COLUMN records_since TEXT;
        """,
    )


@migrations()
def m006_commitments(db: sqlite_utils.Database) -> None:
    """The yearly registration of members' commitments (đăng ký cam kết)."""
    run_script(
        db,
        f"""
        CREATE TABLE commitments ({_COMMON},
            year INTEGER NOT NULL,
            content TEXT NOT NULL,
            organisations_total INTEGER CHECK (organisations_total >= 1),
            organisations_organised INTEGER
                CHECK (organisations_organised >= 0 AND organisations_organised <= organisations_total),
            members_total INTEGER NOT NULL CHECK (members_total >= 1),
            members_registered INTEGER NOT NULL
                CHECK (members_registered >= 0 AND members_registered <= members_total),
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX commitments_year ON commitments (year);
        """,
    )


@migrations()
def m007_baselines(db: sqlite_utils.Database) -> None:
    """Figures of earlier periods entered by hand, by period key (JSON of summary keys)."""
    run_script(
        db,
        """
        CREATE TABLE baselines (
            period_key TEXT PRIMARY KEY,
            figures TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        """,
    )


@migrations()
def m008_document_numbers(db: sqlite_utils.Database) -> None:
    """Numbers given to the unit's documents: from 01 per document type within a term."""
    run_script(
        db,
        """
        CREATE TABLE document_numbers (
            id INTEGER PRIMARY KEY,
            doc_type TEXT NOT NULL,
            number INTEGER NOT NULL CHECK (number >= 1),
            issued TEXT NOT NULL,
            period_key TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX document_numbers_type ON document_numbers (doc_type, issued);
        """,
    )


#: The receiving side's tables, as the office file ("dvdesktop-office" m001, m002, m004)
#: made them: a body receives its units' packages in its own file.
_RECEIVING = """
        CREATE TABLE IF NOT EXISTS units (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL DEFAULT '',
            public_key TEXT NOT NULL,
            key_id TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            trusted_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS unit_keys (
            id INTEGER PRIMARY KEY,
            unit_code TEXT NOT NULL REFERENCES units(code),
            key_id TEXT NOT NULL,
            public_key TEXT NOT NULL,
            trusted_at TEXT NOT NULL,
            replaced_at TEXT,
            announced_by TEXT
        );
        CREATE TABLE IF NOT EXISTS periods (
            key TEXT PRIMARY KEY,
            due_date TEXT
        );
        CREATE TABLE IF NOT EXISTS submissions (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            unit_code TEXT NOT NULL REFERENCES units(code),
            period TEXT NOT NULL,
            revision INTEGER NOT NULL CHECK (revision >= 1),
            status TEXT NOT NULL CHECK (status IN ('active', 'superseded')),
            received_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            key_id TEXT NOT NULL,
            info TEXT NOT NULL,
            summary TEXT NOT NULL,
            report_pdf BLOB,
            content_sha256 TEXT,
            UNIQUE (unit_code, period, revision)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS submissions_active ON submissions(unit_code, period)
            WHERE status = 'active';
        CREATE INDEX IF NOT EXISTS submissions_content ON submissions(content_sha256);
        CREATE TABLE IF NOT EXISTS submission_records (
            submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            uid TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS submission_records_sub ON submission_records(submission_id, kind);
        CREATE TABLE IF NOT EXISTS quarantine (
            id INTEGER PRIMARY KEY,
            file_sha256 TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            key_id TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            reason TEXT NOT NULL,
            info TEXT NOT NULL,
            received_at TEXT NOT NULL,
            package BLOB NOT NULL,
            content_sha256 TEXT,
            code TEXT,
            registered_key_id TEXT,
            registered_fingerprint TEXT
        );
        CREATE TABLE IF NOT EXISTS import_log (
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

#: The office file's own tables whose names the unit schema also uses; an office file
#: adopted into this schema keeps them aside under these names until m040 has read them.
OFFICE_ASIDE = {"settings": "office_settings", "period_texts": "office_period_texts",
                "document_numbers": "office_document_numbers"}

#: Office profile key -> unit profile column (docs/architecture.md, "One body, one file").
OFFICE_PROFILE = {
    "name": "name", "organisation": "organisation", "superior": "superior", "place": "place",
    "short_name": "short_name", "signer_title": "signer_title", "signer_role": "signer_role",
    "signer_name": "signer_name", "recipients": "recipients", "superior_header": "superior_header",
    "issuer_header": "issuer_header", "term_start": "term_start", "political_label": "political_label",
    "pad_counts": "pad_counts",
}


@migrations()
def m040_receiving(db: sqlite_utils.Database) -> None:
    """One body, one file: the receiving side's tables join the body's own, and the body
    gets the name of the đảng bộ whose work its reports cover (``organisation``).

    In a unit's file the tables are created empty. In an office file (set aside by
    ``adopt_office_file`` before m001 ran) the tables are already there with their rows;
    the office's profile becomes the unit profile (``OFFICE_PROFILE``), its sections II
    and III and its document numbers join the body's own, and the old tables go.
    """
    run_script(db, _RECEIVING)
    db.execute("ALTER TABLE unit ADD COLUMN organisation TEXT NOT NULL DEFAULT ''")
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "office_settings" in tables:
        stored = {k: v for k, v in db.execute("SELECT key, value FROM office_settings")}
        profile = {OFFICE_PROFILE[k.removeprefix("profile.")]: v or "" for k, v in stored.items()
                   if k.startswith("profile.") and k.removeprefix("profile.") in OFFICE_PROFILE}
        if any(profile.values()):
            profile["political_label"] = profile.get("political_label") or "political_system"
            profile["pad_counts"] = 1 if str(profile.get("pad_counts") or "").strip() in ("1", "true") else 0
            profile["term_start"] = profile.get("term_start") or None
            # An office has no code or type of its own yet: set them (dvdesktop profile)
            # before the body records or sends its own work.
            row = {"code": "", "type": "", "superior": "", "name": "", **profile,
                   "updated_at": db.execute("SELECT strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')").fetchone()[0]}
            cols = ["id", *row]
            db.execute(f"INSERT INTO unit ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", [1, *row.values()])
        db.execute("DROP TABLE office_settings")
    if "office_period_texts" in tables:
        db.execute("INSERT INTO period_texts (period_key, limitations, directions, updated_at) "
                   "SELECT period_key, limitations, directions, updated_at FROM office_period_texts")
        db.execute("DROP TABLE office_period_texts")
    if "office_document_numbers" in tables:
        db.execute("INSERT INTO document_numbers (doc_type, number, issued, period_key, created_at) "
                   "SELECT doc_type, number, issued, period_key, created_at FROM office_document_numbers "
                   "ORDER BY id")
        db.execute("DROP TABLE office_document_numbers")



@migrations()
def m060_levels(db: sqlite_utils.Database) -> None:
    """A body's package upward rests on its units' packages: what each received package
    says of the units below it (``submission_units``, one row per unit it lists, with that
    unit's own listing nested in ``below``), its consolidated figures and listing
    (``submissions.consolidated``, ``.listing``), the listing each package upward was made
    from (``package_exports.units``), and old unit codes mapped to the unit that replaced
    them (``unit_successors``)."""
    run_script(
        db,
        """
        ALTER TABLE submissions ADD COLUMN consolidated TEXT;
        ALTER TABLE submissions ADD COLUMN listing TEXT;
        CREATE TABLE submission_units (
            id INTEGER PRIMARY KEY,
            submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            unit_code TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL DEFAULT '',
            period TEXT NOT NULL,
            revision INTEGER NOT NULL,
            uuid TEXT NOT NULL,
            content_sha256 TEXT NOT NULL,
            figures TEXT NOT NULL DEFAULT '{}',
            below TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX submission_units_sub ON submission_units(submission_id);
        CREATE INDEX submission_units_code ON submission_units(unit_code, period);
        ALTER TABLE package_exports ADD COLUMN units TEXT;
        CREATE TABLE unit_successors (
            old_code TEXT PRIMARY KEY,
            new_code TEXT NOT NULL,
            created_at TEXT NOT NULL,
            CHECK (old_code != new_code)
        );
        """,
    )



#: The record tables that keep where a merged record came from (``m061_record_sources``).
RECORD_TABLES = ("meetings", "dialogues", "receptions", "models", "awards", "ratings", "commitments")


@migrations()
def m061_record_sources(db: sqlite_utils.Database) -> None:
    """Each record keeps where it came from: ``source`` is '' for the unit's own, or the
    code of a unit it replaced whose history was merged into this file
    (``dvdesktop merge``)."""
    for table in RECORD_TABLES:
        db.execute(f"ALTER TABLE {table} ADD COLUMN source TEXT NOT NULL DEFAULT ''")


#: The migrations of the office file ("dvdesktop-office") this program knows.
OFFICE_MIGRATIONS = ("m001_initial", "m002_key_continuity", "m004_office_texts_and_numbers")
_OFFICE_M002 = (
    "ALTER TABLE submissions ADD COLUMN content_sha256 TEXT",
    "CREATE INDEX submissions_content ON submissions(content_sha256)",
    "ALTER TABLE quarantine ADD COLUMN content_sha256 TEXT",
    "ALTER TABLE quarantine ADD COLUMN code TEXT",
    "ALTER TABLE quarantine ADD COLUMN registered_key_id TEXT",
    "ALTER TABLE quarantine ADD COLUMN registered_fingerprint TEXT",
    "ALTER TABLE unit_keys ADD COLUMN announced_by TEXT",
)


def is_office_file(db: Connection) -> bool:
    """A receiving office's file from before one body kept one file (its own migration set)."""
    if not db.has_table("_sqlite_migrations"):
        return False
    sets = {r[0] for r in db.execute("SELECT DISTINCT migration_set FROM _sqlite_migrations")}
    return "dvdesktop-office" in sets and "dvdesktop" not in sets


def adopt_office_file(db: Connection) -> None:
    """Prepare an office file for the body schema, in one transaction: bring its own schema
    to its last version, and set aside the tables whose names the body schema uses
    (``OFFICE_ASIDE``), for ``m040_receiving`` to carry their rows over.

    :raises SchemaTooNewError: the office file comes from a newer dvdesktop
    """
    applied = [r[0] for r in db.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = 'dvdesktop-office' ORDER BY rowid")]
    unknown = [name for name in applied if name not in OFFICE_MIGRATIONS]
    if unknown:
        raise schema_too_new(unknown[-1])
    with db.atomic():
        if "m002_key_continuity" not in applied:
            for statement in _OFFICE_M002:
                db.execute(statement)
        for table, aside in OFFICE_ASIDE.items():
            if db.has_table(table):
                db.execute(f"ALTER TABLE {table} RENAME TO {aside}")


@migrations()
def m070_submissions_by_period(db: sqlite_utils.Database) -> None:
    """Who has reported for a period is read from an index: the submissions' rows carry
    each report PDF and summary, so a scan of them reads the whole file (1.7 GB at 10,000
    packages) where this index holds a few bytes a package."""
    db.execute("CREATE INDEX submissions_period ON submissions (period, received_at, unit_code, revision, status)")


@migrations()
def m071_keys_by_key_id(db: sqlite_utils.Database) -> None:
    """Which unit a signing key belongs to is looked up for every package received (one key
    speaks for one unit): by index, not by a scan of every unit and every key registered,
    which made importing n packages for n units cost n²."""
    db.execute("CREATE INDEX unit_keys_key ON unit_keys (key_id)")
    db.execute("CREATE INDEX units_key ON units (key_id)")


#: The record tables as m085 found them: (table, kind code, the date that orders a list).
_SEARCH_KINDS = (("meetings", 1, "date"), ("dialogues", 2, "date"), ("receptions", 3, "date"),
                 ("models", 4, "registered_date"), ("awards", 5, "date"), ("ratings", 6, "year"),
                 ("commitments", 7, "year"))


@migrations()
def m085_search_rowids_in_list_order(db: sqlite_utils.Database) -> None:
    """The search index's rowids say a record's kind, whether it is in the trash, its date
    and its id (``store.searchkey``), so a list's search is answered by the index alone.

    Until now a rowid was ``kind code << 40 | id``. Every entry keeps its text and moves to
    its new rowid; an entry whose record is gone is dropped. The table is made again rather
    than emptied row by row (FTS5 would take each old text apart to delete it).
    """
    bodies = dict(db.execute("SELECT rowid, body FROM search").fetchall())
    entries = []
    for table, code, date_field in _SEARCH_KINDS:
        for record_id, date, deleted in db.execute(
                f"SELECT id, {date_field}, deleted_at IS NOT NULL FROM {table}").fetchall():
            body = bodies.get((code << 40) | record_id)
            if body is not None:
                entries.append((searchkey.rowid(code, record_id, date, deleted=bool(deleted)), body))
    entries.sort()
    db.execute("DROP TABLE search")
    db.execute("CREATE VIRTUAL TABLE search USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2')")
    db.conn.executemany("INSERT INTO search (rowid, body) VALUES (?, ?)", entries)
    # One segment, as a rebuilt index should be: otherwise the segments the bulk insert
    # left behind are merged a few saves later, inside one of them (thousands of pages).
    db.execute("INSERT INTO search (search) VALUES ('optimize')")


@migrations()
def m086_nested_listings_index(db: sqlite_utils.Database) -> None:
    """The units listed below a listed body, found by a partial index of the few rows that
    have any: checking a package upward read every unit listed by the period's packages so
    far, so importing n of them cost n² (``office.levels.check_listing``)."""
    db.execute("CREATE INDEX submission_units_nested ON submission_units (submission_id) "
               "WHERE below NOT IN ('', '[]')")
