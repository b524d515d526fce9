"""The Ledger: one unit's records in one SQLite file, and every way to read and change them.

Every caller (command line, window, reports, packages, tests) goes through this class;
nothing else writes SQL against the unit's file. Each public method that changes data is
one transaction, validated first, audited, and indexed for search in that same transaction,
so a failure at any point leaves the file as it was.
"""

from __future__ import annotations

import datetime as dt
import os
import json
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from dvdesktop.base.errors import FieldError, UserError, ValidationError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP as N_
from dvdesktop.core import aggregate, docrefs, validation
from dvdesktop.core.deadlines import DEFAULT_RULES, Matter, build_matters
from dvdesktop.core.domain import BODY_FIELDS, KINDS, KINDS_BY_CODE, RECEIVING_TYPES, UNIT_FIELDS, KindSpec, kind_spec
from dvdesktop.core.periods import Period, parse_period
from dvdesktop.store import database, schema, searchkey
from dvdesktop.store.fold import fold, fts_query

_ID_BITS = searchkey.KIND_SHIFT  # search rowid = kind code << 53 | deleted, day and record id


def now_utc() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _rowid(spec: KindSpec, rec: Mapping[str, Any], *, deleted: bool = False) -> int:
    """The search rowid of a stored record (``store.searchkey``: kind, trash, date, id)."""
    return searchkey.rowid(spec.code, rec["id"], rec[spec.date_field], deleted=deleted)


_DECODED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}


#: Columns every record table has besides its kind's fields (``list(fields=…)`` may name them).
_RECORD_COLUMNS = ("uid", "created_at", "updated_at", "deleted_at", "source")


def _decoded_fields(spec: KindSpec) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The kind's fields stored as JSON lists and as 0/1, which ``Ledger._decode`` turns back."""
    found = _DECODED.get(spec.name)
    if found is None:
        found = _DECODED[spec.name] = (tuple(f.name for f in spec.fields if f.type == "doclist"),
                                       tuple(f.name for f in spec.fields if f.type == "bool"))
    return found


class RecordNotFoundError(UserError):
    """The record was removed, or never existed."""


class Ledger:
    """A unit's data. Open with ``Ledger.open(path)``; close with ``close()`` or ``with``."""

    def __init__(self, db: database.Connection, *, path: str, actor: str) -> None:
        self.db = db
        self.path = path
        self.actor = actor
        # The window calls us from one worker thread at a time, the tests and CLI from the
        # main thread; the lock keeps SQLite from ever seeing two at once.
        self._lock = threading.RLock()
        self._local = threading.local()  # per thread: open write depth, pending and tracked changes
        self._unit_cache: dict[str, Any] | None = None
        self._writes = 0  # write blocks ended on this connection (what years() was read at)
        self._years: tuple[tuple[int, int], list[int]] | None = None
        # The last searches' matches (``_matches``), while the file is as it was then.
        self._matches_cache: dict[tuple[str, int, int], list[int]] = {}
        self._matches_stamp: tuple[int, int] | None = None
        #: What "today" is for the rule that refuses dates after it (tests set a fixed day).
        self.clock: Callable[[], dt.date] = dt.date.today

    def today(self) -> dt.date:
        return self.clock()

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        passphrase: str | None = None,
        actor: str | None = None,
        before_migrate: Callable[[], None] | None = None,
    ) -> Ledger:
        """Open (creating and migrating if needed) the unit database at ``path``.

        :param passphrase: for an encrypted file
        :param actor: who is acting, recorded in the audit log (default: the OS user)
        :param before_migrate: called once before migrating an existing file (backups)
        :raises SchemaTooNewError: the file comes from a newer dvdesktop; it is untouched
        """
        db = database.connect(path, passphrase=passphrase)
        try:
            if schema.is_office_file(db):  # a receiving office's file: it becomes a body's file
                if before_migrate is not None:
                    before_migrate()
                schema.adopt_office_file(db)
                database.migrate(db, schema.migrations)
            else:
                database.migrate(db, schema.migrations, before=before_migrate)
        except BaseException:
            db.conn.close()
            raise
        return cls(db, path=str(path), actor=actor or _default_actor())

    def close(self) -> None:
        with self._lock:
            database.close(self.db)

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------ units of work
    @contextmanager
    def reading(self) -> Iterator[database.Connection]:
        """The connection, for reads that must see one consistent file (the lock is held)."""
        with self._lock:
            yield self.db

    @contextmanager
    def writing(self, *changes: str) -> Iterator[database.Connection]:
        """One transaction for one user action, with storage failures made readable.

        ``changes`` name what the action changes (``changes.py``: a record kind, ``"unit"``,
        ``"settings"``, ``"received"`` ...); they are announced to every ``tracking()``
        block of this thread once the outermost transaction has committed, never for a
        write that was rolled back. Inside another ``writing()`` block it is a savepoint.
        """
        with self._lock:
            local = self._local
            depth = getattr(local, "depth", 0)
            if depth == 0:
                local.pending = set()
            local.depth = depth + 1
            try:
                with self.db.atomic():
                    yield self.db
                    local.pending.update(changes)
            except database.OPERATIONAL_ERRORS as exc:  # sqlite3's, or sqlcipher3's for an encrypted file
                raise database.storage_error(exc, self.path) from exc
            finally:
                local.depth = depth
                self._writes += 1
                self._matches_cache.clear()  # also what was read inside a write since undone
            if depth == 0:
                for seen in getattr(local, "tracking", ()):
                    seen.update(local.pending)

    @contextmanager
    def tracking(self) -> Iterator[set[str]]:
        """Collect what the writes committed on this thread inside the block changed.

        The operations layer runs each op inside one and announces the set afterwards (as
        Anki's ``OpChanges``), so the window refreshes what an op changed and nothing else.
        """
        stack = self._local.__dict__.setdefault("tracking", [])
        changed: set[str] = set()
        stack.append(changed)
        try:
            yield changed
        finally:
            stack.remove(changed)

    def log(self, action: str, kind: str, record_id: int | None, old: Any, new: Any) -> None:
        """Append to the audit log, inside a ``writing()`` block (who, when, old and new values)."""
        self._audit(action, kind, record_id, old, new)

    @property
    def schema_version(self) -> str:
        return database.schema_version(self.db, schema.migrations)

    # ------------------------------------------------------------ unit profile
    def unit(self) -> dict[str, Any] | None:
        """The unit profile, or ``None`` before set-up."""
        with self._lock:
            if self._unit_cache is None:
                row = self.db.execute("SELECT * FROM unit WHERE id = 1").fetchone()
                if row is None:
                    return None
                cols = [d[0] for d in self.db.execute("SELECT * FROM unit LIMIT 0").description]
                rec = dict(zip(cols, row))
                rec.pop("id", None)
                for f in UNIT_FIELDS:
                    if f.type == "bool":
                        rec[f.name] = bool(rec.get(f.name))
                self._unit_cache = rec
            return dict(self._unit_cache)

    def receives(self) -> bool:
        """Whether this body receives its units' packages: its type has units below it
        (``domain.RECEIVING_TYPES``), or it has registered a unit's key or holds a package
        received or quarantined. Its window then shows the pages for its units."""
        if (self.unit() or {}).get("type") in RECEIVING_TYPES:
            return True
        with self.reading() as db:
            return any(db.one(f"SELECT 1 FROM {table} LIMIT 1") is not None
                       for table in ("units", "submissions", "quarantine"))

    def set_unit(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """Create or replace the unit profile (validated); returns the stored profile."""
        merged = {**(self.unit() or {}), **data}
        body = {f.name: merged.pop(f.name, "") for f in BODY_FIELDS}
        clean = validation.clean_unit(merged)
        clean.update(validation.clean_body(body))
        for f in UNIT_FIELDS:
            if f.type == "bool":
                clean[f.name] = int(bool(clean[f.name]))
        clean["updated_at"] = now_utc()
        old = self.unit()
        with self.writing("unit") as db:
            cols = ["id", *clean]
            db.execute(
                f"INSERT OR REPLACE INTO unit ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [1, *clean.values()],
            )
            self._audit("update" if old else "create", "unit", 1, old, clean)
            self._unit_cache = None
        return self.unit() or {}

    def set_profile_fields(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Store some profile columns as given, without the whole profile's checks.

        For the receiving side's profile page (``office.profile.set_profile``, which checks
        its own fields): a body that only receives may not have the code and type its own
        packages upward will need. One transaction, audited as an update of the profile.
        """
        known = {f.name for f in (*UNIT_FIELDS, *BODY_FIELDS)}
        unknown = set(values) - known
        if unknown:
            raise TypeError(f"not profile fields: {sorted(unknown)}")
        old = self.unit()
        with self.writing("unit") as db:
            if old is None:
                db.execute("INSERT INTO unit (id, code, name, type, superior, updated_at) VALUES (1, '', '', '', '', ?)",
                           [now_utc()])
            if values:
                db.execute(f"UPDATE unit SET {', '.join(f'{k} = ?' for k in values)}, updated_at = ? WHERE id = 1",
                           [*values.values(), now_utc()])
            self._unit_cache = None
            self._audit("update" if old else "create", "unit", 1, old, self.unit())
        return self.unit() or {}

    def cutoff_day(self) -> int:
        unit = self.unit()
        return int(unit["cutoff_day"]) if unit else 1

    def period(self, value: str | Period) -> Period:
        """A Period from text like "2026-H1", honouring the unit's cut-off day."""
        if isinstance(value, Period):
            return value
        return parse_period(value, cutoff_day=self.cutoff_day())

    # ---------------------------------------------------------------- settings
    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._lock:
            row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.writing("settings") as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value, ensure_ascii=False)],
            )

    # ----------------------------------------------------------------- records
    def add(self, kind: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """Validate and store one record; returns it as stored (with id and uid)."""
        return self.add_many(kind, [data])[0]

    def add_many(self, kind: str, items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Store every item or none: the first invalid item's errors are raised with its index.

        Every item is validated before anything is written, so all problems are reported.
        """
        spec = kind_spec(kind)
        items = list(items)
        cleaned: list[tuple[dict[str, Any], str | None]] = []
        problems: list[ValidationError] = []
        for index, item in enumerate(items):
            try:
                clean = validation.clean_record(kind, item, today=self.today())
            except ValidationError as exc:
                exc.index = index
                problems.append(exc)
                continue
            uid = item.get("uid") if isinstance(item, Mapping) else None
            cleaned.append((clean, uid if isinstance(uid, str) and uid else None))
        if problems:
            raise BatchValidationError(problems)
        stored: list[dict[str, Any]] = []
        with self.writing(spec.name):
            for index, (clean, uid) in enumerate(cleaned):
                if uid is not None and self._uid_exists(spec, uid):
                    raise BatchValidationError([ValidationError([FieldError(
                        "uid", N_("Validation", "Bản ghi mã {uid} đã có trong dữ liệu."), {"uid": uid})],
                        index=index)])
                stored.append(self._insert(spec, clean, uid=uid or uuid.uuid4().hex))
        return stored

    def update(self, kind: str, record_id: int, data: Mapping[str, Any]) -> dict[str, Any]:
        """Replace a record's fields with ``data`` merged over its current values."""
        spec = kind_spec(kind)
        old = self.get(kind, record_id)
        merged = {k: v for k, v in {**old, **data}.items()}
        clean = validation.clean_record(kind, merged, today=self.today())
        with self.writing(kind):
            self._store_fields(spec, record_id, clean, old=old)
            new = self._fetch(spec, record_id)
            self._audit("update", kind, record_id, old, new)
        return self.get(kind, record_id)

    def delete(self, kind: str, record_id: int) -> None:
        """Move a record to the trash (soft delete); ``restore`` brings it back."""
        spec = kind_spec(kind)
        old = self.get(kind, record_id)
        with self.writing(kind, "trash") as db:
            db.execute(f"UPDATE {spec.table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                       [now_utc(), now_utc(), record_id])
            self._move_index(_rowid(spec, old), _rowid(spec, old, deleted=True))
            self._audit("delete", kind, record_id, old, None)

    def restore(self, kind: str, record_id: int) -> dict[str, Any]:
        spec = kind_spec(kind)
        old = self.get(kind, record_id, include_deleted=True)
        with self.writing(kind, "trash") as db:
            db.execute(f"UPDATE {spec.table} SET deleted_at = NULL, updated_at = ? WHERE id = ?",
                       [now_utc(), record_id])
            if old["deleted_at"]:
                self._move_index(_rowid(spec, old, deleted=True), _rowid(spec, old))
            self._audit("restore", kind, record_id, None, {**old, "deleted_at": None})
        return self.get(kind, record_id)

    def empty_trash(self) -> int:
        """Remove deleted records for good; the audit log keeps their last values."""
        removed = 0
        with self.writing("trash") as db:
            for spec in KINDS.values():
                rows = db.execute(f"SELECT id FROM {spec.table} WHERE deleted_at IS NOT NULL").fetchall()
                for (record_id,) in rows:
                    old = self._fetch(spec, record_id)
                    db.execute(f"DELETE FROM {spec.table} WHERE id = ?", [record_id])
                    db.execute("DELETE FROM search WHERE rowid = ?", [_rowid(spec, old, deleted=True)])
                    self._audit("purge", spec.name, record_id, old, None)
                    removed += 1
        return removed

    def get(self, kind: str, record_id: int, *, include_deleted: bool = False) -> dict[str, Any]:
        spec = kind_spec(kind)
        with self._lock:
            rec = self._fetch(spec, record_id)
        if rec is None or (rec["deleted_at"] and not include_deleted):
            raise RecordNotFoundError(
                N_("Errors", "Không tìm thấy bản ghi số {id} ({kind})."), id=record_id, kind=spec.label
            )
        return rec

    def list(
        self,
        kind: str,
        *,
        period: str | Period | None = None,
        search: str | None = None,
        order_by: str | None = None,
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
        deleted: bool = False,
        fields: Sequence[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Records of ``kind``, filtered by period and diacritic-insensitive search.

        :param order_by: a field name; default is the kind's date, newest first
        :param fields: only these fields of each record (and its ``id``), e.g.
            ``("uid", "date", "title")``: the package export reads what leaves and what is
            screened, not a reception's content; without search, limit or offset only
        """
        spec = kind_spec(kind)
        order = self._order(spec, order_by, descending)
        query = fts_query(search) if search else None
        if fields is not None:
            if search or limit is not None or offset:
                raise ValueError("fields= lists whole periods only")
            return self._list_fields(spec, fields, order, period=period, deleted=deleted)
        if query is not None and order_by in (None, spec.date_field):
            # The index's rowids run in this order: the page's ids come from it alone.
            with self._lock:
                ids = self._search_ids(spec, query, period=period, deleted=deleted,
                                       descending=order_by is None or descending, offset=offset, limit=limit)
                return self._fetch_many(spec, ids)
        where, params = self._filters(spec, period=period, search=search, deleted=deleted)
        sql = f"SELECT * FROM {spec.table} WHERE {where} ORDER BY {order}"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params += [-1 if limit is None else int(limit), int(offset)]
            if search:
                # A page of search hits: sort the hits' keys, not their whole rows (SQLite
                # sorts the matches in a temporary B-tree), then read the page's rows.
                sql = (f"SELECT * FROM {spec.table} WHERE id IN (SELECT id FROM {spec.table} WHERE {where} "
                       f"ORDER BY {order} LIMIT ? OFFSET ?) ORDER BY {order}")
        with self._lock:
            cursor = self.db.execute(sql, params)
            cols = [d[0] for d in cursor.description]
            records = [self._decode(spec, dict(zip(cols, row))) for row in cursor.fetchall()]
            if spec.name == "dialogue":
                self._attach_issues(records)
        return records

    def _list_fields(self, spec: KindSpec, fields: Sequence[str], order: str, *,
                     period: str | Period | None, deleted: bool) -> list[dict[str, Any]]:
        known = {f.name: f.type for f in spec.fields}
        names = list(dict.fromkeys(n for n in fields if n != "id"))
        for name in names:
            if name not in known and name not in _RECORD_COLUMNS:
                raise ValueError(f"{spec.name} has no field {name!r}")
        columns = ["id", *(n for n in names if known.get(n) != "issues")]
        where, params = self._filters(spec, period=period, search=None, deleted=deleted)
        sql = f"SELECT {', '.join(columns)} FROM {spec.table} WHERE {where} ORDER BY {order}"
        doclists = [n for n in columns if known.get(n) == "doclist"]
        bools = [n for n in columns if known.get(n) == "bool"]
        with self._lock:
            rows = self.db.execute(sql, params).fetchall()
            records = [dict(zip(columns, row)) for row in rows]
            for rec in records:
                for name in doclists:
                    text = rec[name]
                    rec[name] = json.loads(text) if text and text != "[]" else []
                for name in bools:
                    rec[name] = bool(rec[name])
            if len(columns) - 1 < len(names):  # the dialogue's issues, from their own table
                self._attach_issues(records)
        return records

    def count(self, kind: str, *, period: str | Period | None = None, search: str | None = None,
              deleted: bool = False) -> int:
        spec = kind_spec(kind)
        query = fts_query(search) if search else None
        if query is not None:  # the period and the trash are ranges of the index's rowids
            with self._lock:
                return len(self._matches(spec, query, period=period, deleted=deleted, fresh=True))
        where, params = self._filters(spec, period=period, search=search, deleted=deleted)
        with self._lock:
            return self.db.execute(f"SELECT count(*) FROM {spec.table} WHERE {where}", params).fetchone()[0]

    def known_uids(self, kind: str, uids: Iterable[str]) -> set[str]:
        """Which of ``uids`` a record of ``kind`` already has (in the trash too), so an
        import names every record it would take twice before ``add_many`` refuses one."""
        spec = kind_spec(kind)
        wanted = sorted({u for u in uids if isinstance(u, str) and u})
        found: set[str] = set()
        with self._lock:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                found.update(row[0] for row in self.db.execute(
                    f"SELECT uid FROM {spec.table} WHERE uid IN ({', '.join('?' * len(chunk))})", chunk))
        return found

    def search(self, text: str, *, limit: int = 50) -> list[dict[str, Any]]:
        """Records of every kind whose text matches ``text``, ignoring diacritics (đ too)."""
        query = fts_query(text)
        if query is None:
            return []
        hits: list[dict[str, Any]] = []
        with self._lock:
            rows = self.db.execute(
                "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?",
                [query, limit * 2],
            ).fetchall()
            for (rowid,) in rows:
                spec = KINDS_BY_CODE.get(searchkey.kind_code(rowid))
                if spec is None or searchkey.is_deleted(rowid):
                    continue
                rec = self._fetch(spec, searchkey.record_id(rowid))
                if rec is None or rec["deleted_at"]:
                    continue
                hits.append({"kind": spec.name, "id": rec["id"], "title": self.title_of(spec.name, rec),
                             "date": str(rec.get(spec.date_field) or "")})
                if len(hits) >= limit:
                    break
        return hits

    def years(self) -> list[int]:
        """Years in which any record (not deleted) falls, newest first (the period pickers).

        The first and last dates come from each kind's date index; then one indexed probe
        per year in between, so 100,000 records cost a few dozen lookups, not a scan.
        """
        found: set[int] = set()
        with self._lock:
            # Kept until a write on this connection or a commit by another (SQLite's
            # data_version): the overview's picker and each list's read the same years.
            seen = (self._writes, self.db.execute("PRAGMA data_version").fetchone()[0])
            if self._years is not None and self._years[0] == seen:
                return list(self._years[1])
            for spec in KINDS.values():
                col = spec.date_field
                lo, hi = self.db.execute(f"SELECT min({col}), max({col}) FROM {spec.table}").fetchone()
                if lo is None:
                    continue
                first, last = (int(v) if col == "year" else int(str(v)[:4]) for v in (lo, hi))
                for year in range(first, last + 1):
                    bounds = [year, year] if col == "year" else [f"{year}-01-01", f"{year}-12-31"]
                    if year not in found and self.db.execute(
                            f"SELECT 1 FROM {spec.table} WHERE {col} BETWEEN ? AND ? "
                            "AND deleted_at IS NULL LIMIT 1", bounds).fetchone():
                        found.add(year)
            years = sorted(found, reverse=True)
            if getattr(self._local, "depth", 0) == 0:  # not what an open transaction may undo
                self._years = (seen, years)
        return list(years)

    def trash(self) -> list[dict[str, Any]]:
        """Deleted records of every kind, most recently deleted first."""
        out: list[dict[str, Any]] = []
        for spec in KINDS.values():
            for rec in self.list(spec.name, deleted=True):
                out.append({"kind": spec.name, "id": rec["id"], "title": self.title_of(spec.name, rec),
                            "deleted_at": rec["deleted_at"]})
        return sorted(out, key=lambda r: r["deleted_at"], reverse=True)

    def audit(self, *, kind: str | None = None, record_id: int | None = None,
              limit: int = 200) -> list[dict[str, Any]]:
        sql, params = "SELECT * FROM audit_log", []
        if kind is not None:
            sql += " WHERE kind = ?"
            params.append(kind)
            if record_id is not None:
                sql += " AND record_id = ?"
                params.append(record_id)
        sql += " ORDER BY id DESC LIMIT ?"
        params.append(limit)
        with self._lock:
            cursor = self.db.execute(sql, params)
            cols = [d[0] for d in cursor.description]
            rows = [dict(zip(cols, r)) for r in cursor.fetchall()]
        for row in rows:
            row["old"] = json.loads(row["old"]) if row["old"] else None
            row["new"] = json.loads(row["new"]) if row["new"] else None
        return rows

    def documents(self) -> list[dict[str, Any]]:
        """Documents the unit has studied, most used first, for pick lists.

        Each has ``ref``, ``title``, ``uses``, ``last_used`` and ``type_name`` (the noun the
        unit chose for it, "" when none: see ``docrefs.document_name``).
        """
        with self._lock:
            rows = self.db.execute(
                "SELECT ref, title, uses, last_used, type_name FROM documents "
                "ORDER BY uses DESC, last_used DESC"
            ).fetchall()
        return [{"ref": r[0], "title": r[1], "uses": r[2], "last_used": r[3], "type_name": r[4]}
                for r in rows]

    def set_document(self, ref: str, *, type_name: str | None = None,
                     title: str | None = None) -> dict[str, Any]:
        """Name a studied document's kind (and title) as reports should print it.

        :param ref: "124-QĐ/TW" (any spelling ``docrefs.normalize`` accepts)
        :param type_name: "Quy định" makes reports write "Quy định số 124-QĐ/TW"; "" goes
            back to the name the type letters give; None leaves it unchanged
        :param title: the document's title, for pick lists; None leaves it unchanged
        """
        canon = docrefs.normalize(ref)
        if canon is None:
            raise ValidationError([FieldError("ref", N_(
                "Validation", "Số hiệu “{value}” không đúng dạng. Ví dụ: 25-NQ/TW (văn bản của Đảng), "
                "04/2015/NĐ-CP (văn bản nhà nước)."), {"value": ref})])
        new_type = None if type_name is None else type_name.strip()
        if new_type is not None and len(new_type) > 60:
            raise ValidationError([FieldError("type_name", N_(
                "Validation", "Tên loại văn bản dài quá {limit} ký tự."), {"limit": 60})])
        with self.writing("documents") as db:
            row = db.execute("SELECT title, type_name FROM documents WHERE ref = ?", [canon]).fetchone()
            old = {"ref": canon, "title": row[0], "type_name": row[1]} if row else None
            new = {"ref": canon, "title": (title.strip() if title is not None else (row[0] if row else "")),
                   "type_name": new_type if new_type is not None else (row[1] if row else "")}
            db.execute(
                "INSERT INTO documents (ref, title, type_name) VALUES (?, ?, ?) ON CONFLICT (ref) "
                "DO UPDATE SET title = excluded.title, type_name = excluded.type_name",
                [canon, new["title"], new["type_name"]],
            )
            self._audit("update" if old else "create", "document", None, old, new)
        return new

    def matters(self, *, period: str | Period | None = None, open_only: bool = False,
                case_codes: Iterable[str] | None = None, as_of: dt.date | None = None) -> list[Matter]:
        """Vụ việc with their deadlines, oldest first.

        :param period: only matters with a visit or letter in the period, each taken as it
            stood at the period's end; ``None`` means every matter as it stands now
        :param open_only: only matters whose latest entry is still pending (the overview's
            deadline list), found in SQL so resolved matters are never loaded
        :param case_codes: only these matters (the rows a list shows)
        :param as_of: take each matter as it stood on this day instead (entries after it
            ignored), e.g. the date of a report
        """
        p = self.period(period) if period is not None else None
        unit = self.unit() or {}
        rules = self.get_setting("deadline_rules", DEFAULT_RULES)
        with self._lock:
            if case_codes is not None:
                codes = sorted(set(case_codes))
                entries = []
                for start in range(0, len(codes), 500):
                    chunk = codes[start:start + 500]
                    entries += self._receptions(f"case_code IN ({', '.join('?' * len(chunk))})", chunk)
            elif p is not None:
                entries = self._receptions(
                    "date <= ? AND case_code IN (SELECT case_code FROM receptions "
                    "WHERE deleted_at IS NULL AND date BETWEEN ? AND ?)",
                    [p.end.isoformat(), p.start.isoformat(), p.end.isoformat()],
                )
            elif open_only:
                entries = self._receptions(
                    "case_code IN (SELECT case_code FROM (SELECT case_code, status, row_number() OVER "
                    "(PARTITION BY case_code ORDER BY date DESC, id DESC) AS latest FROM receptions "
                    "WHERE deleted_at IS NULL) WHERE latest = 1 AND status = 'pending')",
                    [],
                )
            else:
                entries = self._receptions("1", [])
        matters = build_matters(
            entries,
            remote=bool(unit.get("remote_area")),
            petition_days=unit.get("petition_deadline_days"),
            until=as_of if as_of is not None else (p.end if p else None),
            rules=rules,
        )
        return sorted(matters.values(), key=lambda m: (m.received or dt.date.min, m.case_code))

    def period_text(self, key: str) -> dict[str, str]:
        with self._lock:
            row = self.db.execute(
                "SELECT limitations, directions FROM period_texts WHERE period_key = ?", [key]
            ).fetchone()
        return {"limitations": row[0], "directions": row[1]} if row else {"limitations": "", "directions": ""}

    def set_period_text(self, key: str, *, limitations: str, directions: str) -> None:
        old = self.period_text(key)
        new = {"limitations": limitations.strip(), "directions": directions.strip()}
        with self.writing("period_text") as db:
            db.execute(
                "INSERT INTO period_texts (period_key, limitations, directions, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (period_key) DO UPDATE SET "
                "limitations = excluded.limitations, directions = excluded.directions, "
                "updated_at = excluded.updated_at",
                [key, new["limitations"], new["directions"], now_utc()],
            )
            self._audit("update", "period_text", None, {"period": key, **old}, {"period": key, **new})

    def next_revision(self, period_key: str) -> int:
        """The revision number the next package for ``period_key`` gets (1, 2, ...)."""
        with self._lock:
            row = self.db.execute(
                "SELECT max(revision) FROM package_exports WHERE period_key = ?", [period_key]
            ).fetchone()
        return (row[0] or 0) + 1

    def record_export(self, *, period_key: str, revision: int, uuid: str, file_name: str,
                      sha256: str) -> None:
        """Remember a package written to the superior (its revision can never be reused)."""
        with self.writing("exports") as db:
            db.execute(
                "INSERT INTO package_exports (period_key, revision, uuid, file_name, sha256, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [period_key, revision, uuid, file_name, sha256, now_utc()],
            )
            self._audit("create", "package", None, None,
                        {"period": period_key, "revision": revision, "uuid": uuid, "file": file_name})

    def exports(self, *, period_key: str | None = None) -> list[dict[str, Any]]:
        """Packages written so far, newest first."""
        sql = "SELECT period_key, revision, uuid, file_name, sha256, created_at FROM package_exports"
        params: list[Any] = []
        if period_key is not None:
            sql += " WHERE period_key = ?"
            params.append(period_key)
        with self._lock:
            rows = self.db.execute(sql + " ORDER BY id DESC", params).fetchall()
        keys = ("period_key", "revision", "uuid", "file_name", "sha256", "created_at")
        return [dict(zip(keys, r)) for r in rows]

    def summary(self, period: str | Period, *, as_of: dt.date | None = None) -> dict[str, Any]:
        """The aggregated figures of a period (docs/summary.md).

        :param as_of: the day deadlines are judged on (``reception.cases.overdue``): a
            report's date; default today, so the summary agrees with the window's lists
        """
        return aggregate.summarize(self, self.period(period), as_of=as_of)

    def recorded_since(self, kind: str) -> dt.date | None:
        """The first day from which ``kind`` is taken to be fully recorded in this file.

        The unit profile's ``records_since`` when set; otherwise the start of the year (as
        the unit's cut-off day counts it) of the kind's earliest record, so a period before
        the unit began recording is never compared as if it had been zero. ``None`` when
        the kind has no record at all.
        """
        explicit = (self.unit() or {}).get("records_since")
        if explicit:
            return dt.date.fromisoformat(explicit)
        spec = kind_spec(kind)
        with self._lock:
            (first,) = self.db.execute(
                f"SELECT min({spec.date_field}) FROM {spec.table} WHERE deleted_at IS NULL"
            ).fetchone()
        if first is None:
            return None
        year = int(first) if spec.date_field == "year" else dt.date.fromisoformat(first).year
        return self.period(str(year)).start

    def records_cover(self, kind: str, period: str | Period) -> bool:
        """Whether the records of ``kind`` cover all of ``period`` (see ``recorded_since``)."""
        since = self.recorded_since(kind)
        return since is not None and since <= self.period(period).start

    # ---------------------------------------------------------------- baselines
    def baseline(self, period: str | Period) -> dict[str, Any] | None:
        """Figures entered by hand for ``period``: ``{"period", "figures", "note", "updated_at"}``."""
        key = self.period(period).key
        with self._lock:
            row = self.db.execute(
                "SELECT figures, note, updated_at FROM baselines WHERE period_key = ?", [key]
            ).fetchone()
        if row is None:
            return None
        return {"period": key, "figures": json.loads(row[0]), "note": row[1], "updated_at": row[2]}

    def baselines(self) -> list[dict[str, Any]]:
        """Every period with hand-entered figures, oldest first."""
        with self._lock:
            keys = [r[0] for r in self.db.execute("SELECT period_key FROM baselines").fetchall()]
        found = [self.baseline(k) for k in keys]
        return sorted((b for b in found if b), key=lambda b: (self.period(b["period"]).start, b["period"]))

    def set_baseline(self, period: str | Period, figures: Mapping[str, Any], *, note: str = "",
                     today: dt.date | None = None) -> dict[str, Any]:
        """Store the figures of an ended period, entered by hand (validated, audited).

        They replace any figures entered before for that period. Where the period also has
        records of the same kind, summaries use the records and say so.

        :param period: "2025", "2025-H1", ... (an ended period)
        :param figures: keys of ``domain.BASELINE_FIELDS``, e.g. ``{"reception.visits.count": 66}``
        :raises ValidationError: a bad key or figure (each error names its key), or a
            period that has not ended yet
        """
        p = self.period(period)
        today = today or dt.date.today()
        if p.end >= today:
            raise ValidationError([FieldError("period", N_(
                "Validation", "Kỳ {period} chưa kết thúc: chỉ nhập tay số liệu của kỳ đã qua."),
                {"period": p.label})])
        clean = validation.clean_baseline(figures)
        note = str(note or "").strip()
        if len(note) > 2000:
            raise ValidationError([FieldError("note", N_("Validation", "Ghi chú dài quá {limit} ký tự."),
                                              {"limit": 2000})])
        old = self.baseline(p)
        with self.writing("baseline") as db:
            db.execute(
                "INSERT INTO baselines (period_key, figures, note, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (period_key) DO UPDATE SET figures = excluded.figures, "
                "note = excluded.note, updated_at = excluded.updated_at",
                [p.key, json.dumps(clean, ensure_ascii=False), note, now_utc()],
            )
            self._audit("update" if old else "create", "baseline", None, old,
                        {"period": p.key, "figures": clean, "note": note})
        return self.baseline(p) or {}

    def clear_baseline(self, period: str | Period) -> bool:
        """Remove the hand-entered figures of ``period``; False if there were none."""
        p = self.period(period)
        old = self.baseline(p)
        if old is None:
            return False
        with self.writing("baseline") as db:
            db.execute("DELETE FROM baselines WHERE period_key = ?", [p.key])
            self._audit("delete", "baseline", None, old, None)
        return True

    # ------------------------------------------------------- document numbers
    def term_bounds(self, on: dt.date) -> tuple[dt.date | None, dt.date | None]:
        """The nhiệm kỳ holding ``on`` as (first day, day after), None where open.

        The profile's ``term_start`` splits time in two: the current term from that day,
        everything earlier as the previous one. Without it, one open term.
        """
        start = (self.unit() or {}).get("term_start")
        if not start:
            return None, None
        first = dt.date.fromisoformat(start)
        return (first, None) if on >= first else (None, first)

    def next_document_number(self, doc_type: str = "BC", *, on: dt.date | None = None,
                             period_key: str | None = None) -> int:
        """The number to offer the next document of ``doc_type`` issued ``on`` (default today).

        Numbers run from 1 for each document type within a term (Hướng dẫn 36-HD/VPTW); the
        user may still choose another. With ``period_key``, a report of that period already
        numbered in the term is offered its own number again (printing it once more as PDF
        and DOCX is one document, not two).
        """
        on = on or dt.date.today()
        if period_key:
            own = [d["number"] for d in self.document_numbers(doc_type) if d["period_key"] == period_key
                   and self.term_bounds(dt.date.fromisoformat(d["issued"])) == self.term_bounds(on)]
            if own:
                return max(own)
        lo, hi = self.term_bounds(on)
        sql = "SELECT max(number) FROM document_numbers WHERE doc_type = ?"
        params: list[Any] = [doc_type]
        if lo is not None:
            sql += " AND issued >= ?"
            params.append(lo.isoformat())
        if hi is not None:
            sql += " AND issued < ?"
            params.append(hi.isoformat())
        with self._lock:
            (last,) = self.db.execute(sql, params).fetchone()
        return (last or 0) + 1

    def document_numbers(self, doc_type: str | None = None) -> list[dict[str, Any]]:
        """Numbers given so far, newest first: ``{doc_type, number, issued, period_key, created_at}``."""
        sql = "SELECT doc_type, number, issued, period_key, created_at FROM document_numbers"
        params: list[Any] = []
        if doc_type is not None:
            sql += " WHERE doc_type = ?"
            params.append(doc_type)
        with self._lock:
            rows = self.db.execute(sql + " ORDER BY issued DESC, id DESC", params).fetchall()
        keys = ("doc_type", "number", "issued", "period_key", "created_at")
        return [dict(zip(keys, r)) for r in rows]

    def document_number_uses(self, doc_type: str, number: int, *, on: dt.date) -> list[dict[str, Any]]:
        """Documents of ``doc_type`` in the term of ``on`` that already carry ``number``."""
        lo, hi = self.term_bounds(on)
        return [d for d in self.document_numbers(doc_type) if d["number"] == number
                and (lo is None or d["issued"] >= lo.isoformat())
                and (hi is None or d["issued"] < hi.isoformat())]

    def record_document_number(self, doc_type: str, number: int, *, issued: dt.date,
                               period_key: str = "") -> list[dict[str, Any]]:
        """Remember that a document of ``doc_type`` was issued with ``number``.

        Issuing the same document again (same type, number and period in the term) records
        nothing new. Returns the other documents of the term that already carry this number,
        so the caller can warn; it is not refused, the user decides.
        """
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ValidationError([FieldError("number", N_(
                "Validation", "Số văn bản phải là số nguyên dương ({value})."), {"value": number})])
        same = self.document_number_uses(doc_type, number, on=issued)
        if any(d["period_key"] == period_key for d in same):
            return [d for d in same if d["period_key"] != period_key]
        with self.writing("document_numbers") as db:
            db.execute(
                "INSERT INTO document_numbers (doc_type, number, issued, period_key, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [doc_type, number, issued.isoformat(), period_key, now_utc()],
            )
            self._audit("create", "document_number", None, None,
                        {"doc_type": doc_type, "number": number, "issued": issued.isoformat(),
                         "period": period_key})
        return same

    @staticmethod
    def title_of(kind: str, rec: Mapping[str, Any]) -> str:
        spec = kind_spec(kind)
        title = str(rec.get(spec.title_field) or "")
        if kind == "reception":
            title = f"{rec.get('case_code', '')}: {title}"
        return title[:120]

    # ---------------------------------------------------------------- internal
    def _filters(self, spec: KindSpec, *, period: str | Period | None, search: str | None,
                 deleted: bool) -> tuple[str, list[Any]]:
        clauses = ["deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"]
        params: list[Any] = []
        if period is not None:
            p = self.period(period)
            if spec.date_field == "year":  # ratings, commitments: the years the period touches
                clauses.append("year BETWEEN ? AND ?")
                params += [p.start.year, p.end.year]
            else:
                clauses.append(f"{spec.date_field} BETWEEN ? AND ?")
                params += [p.start.isoformat(), p.end.isoformat()]
        if search:
            query = fts_query(search)
            if query is not None:
                lo, hi = self._search_range(spec, period=period, deleted=deleted)
                clauses.append(
                    f"id IN (SELECT rowid & {searchkey.ID_MASK} FROM search WHERE search MATCH ? "
                    f"AND rowid BETWEEN {lo} AND {hi})"
                )
                params.append(query)
        return " AND ".join(clauses), params

    def _search_range(self, spec: KindSpec, *, period: str | Period | None,
                      deleted: bool) -> tuple[int, int]:
        """The search rowids of ``spec``'s live (or deleted) records in ``period``."""
        if period is None:
            return searchkey.rowid_range(spec.code, deleted=deleted)
        p = self.period(period)
        if spec.date_field == "year":
            first, last = searchkey.day_number(p.start.year), searchkey.day_number(p.end.year)
        else:
            first, last = p.start.toordinal(), min(p.end.toordinal(), searchkey.DAY_MAX)
        return searchkey.rowid_range(spec.code, deleted=deleted, first_day=first, last_day=last)

    def _matches(self, spec: KindSpec, query: str, *, period: str | Period | None,
                 deleted: bool, fresh: bool = False) -> list[int]:
        """The search rowids (ascending) of ``spec``'s records matching ``query``.

        A list counts its hits (``count`` runs the MATCH: ``fresh``) and then reads its
        pages: the rowids the count found are kept for them until anything in the file
        changes (this connection's change counter or SQLite's ``data_version``, for other
        connections, moves; ``writing`` forgets them too), so a page needs no second MATCH.
        SQLite joins the rowids into one text (``group_concat``), which ``json`` reads back in
        one call: a third cheaper than stepping a Python row out of SQLite for each match.
        """
        lo, hi = self._search_range(spec, period=period, deleted=deleted)
        stamp = (self.db.conn.total_changes, self.db.execute("PRAGMA data_version").fetchone()[0])
        cache = self._matches_cache
        if self._matches_stamp != stamp:
            cache.clear()
            self._matches_stamp = stamp
        key = (query, lo, hi)
        rows = None if fresh else cache.get(key)
        if rows is None:
            (joined,) = self.db.execute("SELECT group_concat(rowid) FROM search WHERE search MATCH ? "
                                        "AND rowid BETWEEN ? AND ?", [query, lo, hi]).fetchone()
            rows = json.loads(f"[{joined}]") if joined else []
            rows.sort()  # FTS5 steps through rowids in order already: one pass to make sure
            cache[key] = rows
            while len(cache) > 4:
                cache.pop(next(iter(cache)))
        return rows

    def _search_ids(self, spec: KindSpec, query: str, *, period: str | Period | None, deleted: bool,
                    descending: bool, offset: int, limit: int | None) -> list[int]:
        """Ids of the records matching ``query``, in the list's default order (date, id), read
        from the index alone (``store.searchkey``)."""
        rows = self._matches(spec, query, period=period, deleted=deleted)
        n, offset = len(rows), max(int(offset), 0)
        stop = n if limit is None or limit < 0 else min(n, offset + int(limit))  # as SQL's LIMIT, OFFSET
        mask = searchkey.ID_MASK
        if descending:
            picked = rows[max(n - stop, 0):max(n - offset, 0)][::-1]
        else:
            picked = rows[offset:stop]
        return [rowid & mask for rowid in picked]

    def _fetch_many(self, spec: KindSpec, ids: list[int]) -> list[dict[str, Any]]:
        """The records with ``ids``, in that order."""
        by_id: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            cursor = self.db.execute(
                f"SELECT * FROM {spec.table} WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
            cols = [d[0] for d in cursor.description]
            at = cols.index("id")
            by_id.update((row[at], dict(zip(cols, row))) for row in cursor.fetchall())
        records = [self._decode(spec, by_id[i]) for i in ids if i in by_id]
        if spec.name == "dialogue":
            self._attach_issues(records)
        return records

    @staticmethod
    def _order(spec: KindSpec, order_by: str | None, descending: bool) -> str:
        if order_by is None:
            return f"{spec.date_field} DESC, id DESC"
        if order_by not in (*spec.field_names, "id", "created_at", "updated_at", "deleted_at"):
            raise UserError(N_("Errors", "Không sắp xếp được theo “{field}”."), field=order_by)
        if order_by in spec.field_names and spec.field(order_by).type in ("doclist", "issues"):
            raise UserError(N_("Errors", "Không sắp xếp được theo “{field}”."), field=order_by)
        direction = "DESC" if descending else "ASC"
        collate = " COLLATE NOCASE" if order_by in spec.field_names and spec.field(order_by).type in (
            "text", "longtext") else ""
        return f"{order_by}{collate} {direction}, id {direction}"

    def _uid_exists(self, spec: KindSpec, uid: str) -> bool:
        return self.db.execute(f"SELECT 1 FROM {spec.table} WHERE uid = ?", [uid]).fetchone() is not None

    def _insert(self, spec: KindSpec, clean: dict[str, Any], *, uid: str) -> dict[str, Any]:
        """Store a new record, index and audit it; returns it as stored (read back once)."""
        if spec.name == "reception" and not clean.get("case_code"):
            clean["case_code"] = self._next_case_code(clean["date"])
        stamp = now_utc()
        columns, values = self._columns(spec, clean)
        # RETURNING gives the row as stored (defaults too) without reading it back.
        cursor = self.db.execute(
            f"INSERT INTO {spec.table} (uid, created_at, updated_at, {', '.join(columns)}) "
            f"VALUES ({', '.join('?' * (len(columns) + 3))}) RETURNING *",
            [uid, stamp, stamp, *values],
        )
        (row,) = cursor.fetchall()  # to the statement's end: a COMMIT waits for no open statement
        rec = self._decode(spec, dict(zip([d[0] for d in cursor.description], row)))
        record_id = rec["id"]
        self._after_store(spec, record_id, clean)
        if spec.name == "dialogue":
            self._attach_issues([rec])
        self._audit("create", spec.name, record_id, None, rec, at=stamp)
        return rec

    def _store_fields(self, spec: KindSpec, record_id: int, clean: dict[str, Any], *,
                      old: dict[str, Any]) -> None:
        if spec.name == "reception" and not clean.get("case_code"):
            clean["case_code"] = old["case_code"]
        columns, values = self._columns(spec, clean)
        assignments = ", ".join(f"{c} = ?" for c in columns)
        self.db.execute(
            f"UPDATE {spec.table} SET {assignments}, updated_at = ? WHERE id = ?",
            [*values, now_utc(), record_id],
        )
        self._after_store(spec, record_id, clean, old=old)

    @staticmethod
    def _columns(spec: KindSpec, clean: dict[str, Any]) -> tuple[list[str], list[Any]]:
        columns, values = [], []
        for f in spec.fields:
            if f.type == "issues":
                continue
            value = clean.get(f.name)
            if f.type == "doclist":
                value = json.dumps(value or [], ensure_ascii=False)
            elif f.type == "bool":
                value = int(bool(value))
            columns.append(f.name)
            values.append(value)
        return columns, values

    def _after_store(self, spec: KindSpec, record_id: int, clean: dict[str, Any], *,
                     old: Mapping[str, Any] | None = None) -> None:
        """Child rows, the document pick list and the search index, in the same transaction.

        :param old: the record as it was before an update (None for a new record)
        """
        if spec.name == "dialogue":
            self.db.execute("DELETE FROM dialogue_issues WHERE dialogue_id = ?", [record_id])
            for pos, issue in enumerate(clean.get("issues") or []):
                self.db.execute(
                    "INSERT INTO dialogue_issues (dialogue_id, position, summary, status) VALUES (?, ?, ?, ?)",
                    [record_id, pos, issue["summary"], issue["status"]],
                )
        if spec.name == "meeting":
            for ref in clean.get("documents") or []:
                self.db.execute(
                    "INSERT INTO documents (ref, uses, last_used) VALUES (?, 1, ?) ON CONFLICT (ref) "
                    "DO UPDATE SET uses = uses + 1, last_used = max(coalesce(last_used, ''), excluded.last_used)",
                    [ref, clean["date"]],
                )
        self._index(spec, record_id, clean, old=old)

    def _index(self, spec: KindSpec, record_id: int, clean: Mapping[str, Any], *,
               old: Mapping[str, Any] | None) -> None:
        """(Re-)index a live record; an update's old entry goes first (its date may have moved it)."""
        secret = spec.name == "reception" and clean.get("category") == "denunciation"
        parts: list[str] = []
        for f in spec.fields:
            if not f.searchable or (secret and f.pii):
                continue  # a denouncer's identity is not even searchable
            value = clean.get(f.name)
            if f.type == "doclist":
                parts.extend(value or [])
            elif f.type == "issues":
                parts.extend(i["summary"] for i in value or [])
            elif value:
                parts.append(str(value))
        if old is not None:
            self.db.execute("DELETE FROM search WHERE rowid = ?", [_rowid(spec, old)])
        rowid = searchkey.rowid(spec.code, record_id, clean[spec.date_field])
        self.db.execute("INSERT INTO search (rowid, body) VALUES (?, ?)", [rowid, fold(" ".join(parts))])

    def _move_index(self, old_rowid: int, new_rowid: int) -> None:
        """Move a record's index entry (to or from the trash's range), its text unchanged."""
        row = self.db.execute("SELECT body FROM search WHERE rowid = ?", [old_rowid]).fetchone()
        if row is None:
            return
        self.db.execute("DELETE FROM search WHERE rowid = ?", [old_rowid])
        self.db.execute("INSERT INTO search (rowid, body) VALUES (?, ?)", [new_rowid, row[0]])

    def _next_case_code(self, date_iso: str) -> str:
        prefix = f"VV-{date_iso[:4]}-"
        # The expression index receptions_case_number answers this max() in one step.
        # Deleted records count too, so a code is never given twice; a hand-typed
        # "VV-2026-12x" counts as 12, which only ever moves the next number up.
        (last,) = self.db.execute(
            "SELECT max(CAST(substr(case_code, 9) AS INTEGER)) FROM receptions "
            "WHERE substr(case_code, 1, 8) = ?",
            [prefix],
        ).fetchone()
        return f"{prefix}{(last or 0) + 1:04d}"

    def _fetch(self, spec: KindSpec, record_id: int) -> dict[str, Any] | None:
        cursor = self.db.execute(f"SELECT * FROM {spec.table} WHERE id = ?", [record_id])
        row = cursor.fetchone()
        if row is None:
            return None
        rec = self._decode(spec, dict(zip([d[0] for d in cursor.description], row)))
        if spec.name == "dialogue":
            self._attach_issues([rec])
        return rec

    @staticmethod
    def _decode(spec: KindSpec, rec: dict[str, Any]) -> dict[str, Any]:
        doclists, bools = _decoded_fields(spec)
        for name in doclists:
            text = rec.get(name)
            # Most records cite no document: "[]" needs no parser.
            rec[name] = json.loads(text) if text and text != "[]" else []
        for name in bools:
            rec[name] = bool(rec.get(name))
        return rec

    def _attach_issues(self, records: list[dict[str, Any]]) -> None:
        by_id = {r["id"]: r for r in records}
        for r in records:
            r["issues"] = []
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self.db.execute(
                f"SELECT dialogue_id, summary, status FROM dialogue_issues WHERE dialogue_id IN "
                f"({', '.join('?' * len(chunk))}) ORDER BY dialogue_id, position",
                chunk,
            ).fetchall()
            for dialogue_id, summary, status in rows:
                by_id[dialogue_id]["issues"].append({"summary": summary, "status": status})

    def _receptions(self, where: str, params: list[Any]) -> list[dict[str, Any]]:
        spec = kind_spec("reception")
        cursor = self.db.execute(f"SELECT * FROM receptions WHERE deleted_at IS NULL AND {where}", params)
        cols = [d[0] for d in cursor.description]
        return [self._decode(spec, dict(zip(cols, row))) for row in cursor.fetchall()]

    def _audit(self, action: str, kind: str, record_id: int | None, old: Any, new: Any, *,
               at: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO audit_log (at, actor, action, kind, record_id, old, new) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [at or now_utc(), self.actor, action, kind, record_id,
             None if old is None else json.dumps(old, ensure_ascii=False, default=str),
             None if new is None else json.dumps(new, ensure_ascii=False, default=str)],
        )


class BatchValidationError(ValidationError):
    """Some items of a batch are invalid; ``problems`` holds one ValidationError per bad item."""

    def __init__(self, problems: list[ValidationError]) -> None:
        self.problems = problems
        errors = [e for p in problems for e in p.errors]
        super().__init__(errors, index=problems[0].index if problems else None)

    def lines(self) -> list[str]:
        """One line per broken rule, naming the item's position (1-based) and field."""
        out = []
        for p in self.problems:
            for e in p.errors:
                where = f"#{(p.index or 0) + 1}" if p.index is not None else ""
                out.append(f"{where} {e.field}: {e.message}".strip())
        return out


def _default_actor() -> str:
    # What getpass.getuser() reads first; getpass itself (and termios) only when none is set.
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if os.environ.get(name):
            return os.environ[name]
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some locked-down Windows accounts
        return "?"


__all__ = ["Ledger", "BatchValidationError", "RecordNotFoundError", "UNIT_FIELDS"]
