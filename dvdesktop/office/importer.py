"""Trusting unit keys and importing packages from files, folders or a whole USB stick.

Every package is verified against the key registered for its ``DV-Unit-Code`` (or a key
that one announced, below) before anything of it is stored, and each package is stored in
one transaction. Outcomes:

- ``accepted``: first package of the unit for the period;
- ``replaced``: a higher revision; the previous one stays, marked ``superseded``;
- ``duplicate``: the same package (same id and bytes) again: nothing changes;
- ``refused``: broken, hostile, tampered, an older or conflicting revision, another
  package claiming an id already received with other signed content, a package signed by
  a key registered to another unit (``key_of_other_unit``) or by the unit's own replaced
  key (``replaced_key``); only a line in ``import_log`` is written;
- ``skipped``: in a folder, a ``*.dvpkg`` that is not a regular file (a FIFO, a device,
  a symlink): never opened, noted;
- ``quarantined``: intact, but signed by a key not registered for the unit (a new unit,
  or a unit that created a new key without announcing it). The bytes are kept aside until
  the operator has checked the fingerprint with the unit and trusted the key; then
  ``release_quarantine``.

Key continuity: a unit that replaced its key announces the new key in a statement signed
by the old one (``dvdesktop.packages.rotation``), carried in its packages. A package
signed by a new key whose announcement chain starts at the registered key is accepted
and the new key registered (``unit_keys.announced_by``), with no trust on faith.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.core.ledger import Ledger
from dvdesktop.office.errors import OfficeError
from dvdesktop.office.levels import check_listing, store_listing
from dvdesktop.packages.bag import EXTENSION
from dvdesktop.packages.errors import PackageError
from dvdesktop.packages.keys import fingerprint, key_id, load_public_key, public_key_to_text
from dvdesktop.packages.rotation import follow_chain
from dvdesktop.packages.safezip import Limits, read_zip
from dvdesktop.packages.verify import (
    FILE_KINDS,
    VerifiedPackage,
    file_kind,
    peek,
    peek_info,
    read_package_file,
    verify_bytes,
)
from dvdesktop.safety.backup import auto_backup
from dvdesktop.safety.datafile import DataFile
from dvdesktop.store.database import Connection

# What the receiving side's writes change (``Ledger.writing``): the window's units,
# quarantine, status and report pages read again.
RECEIVED = "received"

__all__ = [
    "OUTCOMES",
    "ImportResult",
    "find_packages",
    "import_bytes",
    "import_paths",
    "key_history",
    "quarantine_list",
    "receive_packages",
    "release_quarantine",
    "scan_packages",
    "trust",
]

OUTCOMES = ("accepted", "replaced", "duplicate", "refused", "quarantined", "skipped")
_LIMITS = Limits()
#: One transaction holds the packages read within this time, or this many bytes of them.
_BATCH_SECONDS = 0.1
_BATCH_BYTES = 64 * 1024 * 1024

Progress = Callable[[float, str], None]


@dataclass
class ImportResult:
    """What happened to one file. ``reason`` is Vietnamese; ``code`` a stable word."""

    path: str
    outcome: str
    reason: str = ""
    code: str = ""
    unit_code: str = ""
    period: str = ""
    revision: int | None = None
    uuid: str = ""
    sha256: str = ""

    @property
    def ok(self) -> bool:
        """Accepted, replaced, already there, or not a package file: nothing to do."""
        return self.outcome in ("accepted", "replaced", "duplicate", "skipped")


# json.dumps with options builds a new encoder at every call (a package's hundred records
# each); one is enough, and writes the same text.
_json = json.JSONEncoder(ensure_ascii=False).encode


def _now(now: datetime | None) -> str:
    return (now or datetime.now().astimezone()).isoformat(timespec="seconds")


def trust(
    led: Ledger,
    *,
    unit_code: str,
    pubkey_text: str,
    name: str | None = None,
    now: datetime | None = None,
    announced_by: str | None = None,
) -> dict[str, Any]:
    """Register (or replace) the public key of a unit; return the unit row.

    Call it only after reading the fingerprint back to the unit (phone, paper): this is
    the one step that decides whose packages are believed. (The importer calls it itself
    for a key the unit announced under its registered key: ``announced_by``.)

    :param unit_code: the unit's code, as in its packages' ``DV-Unit-Code``, e.g. "CB-01"
    :param pubkey_text: the unit's ``.pub`` file text (``dvdesktop pubkey``)
    :param name: the unit's name, if known before its first package
    :param announced_by: key id of the unit's old key that announced this one
    :raises OfficeError: no code, not a key, or a key registered (now or before) to
        another unit: one key speaks for one unit only
    """
    code = unit_code.strip()
    if not code:
        raise OfficeError(QT_TRANSLATE_NOOP("Office", "Chưa nhập mã đơn vị."))
    try:
        pk = load_public_key(pubkey_text)
    except PackageError as exc:
        raise OfficeError(exc.template, **exc.params) from exc
    text = public_key_to_text(pk)
    kid = key_id(pk)
    with led.reading() as db:
        owner = _key_owner(db, kid, other_than=code)
    if owner is not None:
        raise OfficeError(
            QT_TRANSLATE_NOOP(
                "Office",
                "Không đăng ký được: khóa {fingerprint} đã được đăng ký cho đơn vị {owner}. Mỗi "
                "đơn vị có khóa riêng; hãy gọi cả hai đơn vị để hỏi.",
            ),
            fingerprint=fingerprint(pk),
            owner=owner["unit_code"],
        )
    at = _now(now)
    with led.writing(RECEIVED) as db:
        old = _unit(db, code)
        if old is not None and old["key_id"] != kid:
            db.execute(
                "UPDATE unit_keys SET replaced_at = ? WHERE unit_code = ? AND replaced_at IS NULL",
                [at, code],
            )
        row = {
            "code": code,
            "name": name if name is not None else (old["name"] if old else ""),
            "type": old["type"] if old else "",
            "public_key": text,
            "key_id": kid,
            "fingerprint": fingerprint(pk),
            "trusted_at": at if old is None or old["key_id"] != kid else old["trusted_at"],
        }
        db.execute(
            "INSERT INTO units (code, name, type, public_key, key_id, fingerprint, trusted_at) "
            "VALUES (:code, :name, :type, :public_key, :key_id, :fingerprint, :trusted_at) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, type = excluded.type, "
            "public_key = excluded.public_key, key_id = excluded.key_id, fingerprint = excluded.fingerprint, "
            "trusted_at = excluded.trusted_at", row)
        if old is None or old["key_id"] != kid:
            db.execute("INSERT INTO unit_keys (unit_code, key_id, public_key, trusted_at, announced_by) "
                       "VALUES (?, ?, ?, ?, ?)", [code, kid, text, at, announced_by])
            led.log("update" if old else "create", "unit_key", None,
                    {k: old[k] for k in ("code", "key_id", "fingerprint")} if old else None,
                    {"code": code, "key_id": kid, "fingerprint": row["fingerprint"], "announced_by": announced_by})
    return row


def _key_owner(db: Connection, kid: str, *, other_than: str | None = None) -> dict[str, Any] | None:
    """The unit a key is (or was) registered to, newest registration first."""
    where, params = "key_id = ?", [kid]
    if other_than is not None:
        where += " AND unit_code != ?"
        params.append(other_than)
    row = db.one(f"SELECT * FROM unit_keys WHERE {where} ORDER BY id DESC LIMIT 1", params)
    if row:
        return row
    unit = db.one("SELECT * FROM units WHERE key_id = ?" + (" AND code != ?" if other_than else "") + " LIMIT 1",
                  params)
    return {"unit_code": unit["code"], "public_key": unit["public_key"], "key_id": kid,
            "replaced_at": None} if unit else None


def key_history(led: Ledger, unit_code: str) -> list[dict[str, Any]]:
    """Every key trusted for a unit, oldest first, with its fingerprint and how it came:
    ``announced_by`` (the old key id that announced it) or None (trusted by the operator)."""
    with led.reading() as db:
        rows = list(db.query("SELECT * FROM unit_keys WHERE unit_code = ? ORDER BY id", [unit_code]))
    return [{**r, "fingerprint": fingerprint(r["public_key"])} for r in rows]


def _unit(db: Connection, code: str) -> dict[str, Any] | None:
    return db.one("SELECT * FROM units WHERE code = ?", [code])


def find_packages(paths: Iterable[str | Path]) -> list[Path]:
    """Package files named by ``paths``: files as given, folders walked for ``*.dvpkg``."""
    return scan_packages(paths)[0]


def scan_packages(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """``(files, skipped)``: the package files under ``paths``, and what was passed over.

    Files named directly are returned as given (reading one that is not a regular file is
    refused with its reason). In folders, hidden files (an interrupted export's
    ``.….dvpkg.tmp``) and symlinked folders are passed over silently, so walking a whole
    USB stick cannot wander off it; a ``*.dvpkg`` that is not a regular file (a FIFO, a
    device, a symlink) is passed over with a note, ``(path, reason)``: it is never opened.
    """
    found: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.lower().endswith(EXTENSION) or f.startswith("."):
                        continue
                    path = Path(root) / f
                    try:
                        mode = os.lstat(path).st_mode
                    except OSError:
                        continue  # gone while we looked
                    if stat.S_ISLNK(mode):
                        skipped.append((path, QT_TRANSLATE_NOOP(
                            "Office", "Bỏ qua: đây là liên kết tượng trưng (symlink), không phải tệp gói.")))
                    elif (kind := file_kind(mode)) is not None:
                        skipped.append((path, QT_TRANSLATE_NOOP(
                            "Office", "Bỏ qua: đây là {what}, không phải tệp gói.").format(what=FILE_KINDS[kind])))
                    else:
                        found.append(path)
        else:
            found.append(p)
    return found, skipped


def _read(path: Path) -> bytes:
    return read_package_file(path, limits=_LIMITS)


def receive_packages(file: DataFile, paths: Iterable[str | Path], *, progress: Progress | None = None,
                     now: datetime | None = None) -> list[ImportResult]:
    """What "Nhận gói" does, in the window and on the command line: a verified backup of the
    body's file first (nothing from outside enters a file that has no copy), then the import.

    :param progress: ``progress(fraction, text)``; the backup is announced at 0
    """
    if file.path.exists():
        if progress is not None:
            progress(0.0, QT_TRANSLATE_NOOP("Office", "Đang sao lưu dữ liệu văn phòng…"))
        auto_backup(file, reason="import")
    return import_paths(file.ledger, paths, progress=progress, now=now)


def import_paths(
    led: Ledger,
    paths: Iterable[str | Path],
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> list[ImportResult]:
    """Import every package found under ``paths``; one result per file.

    Packages are imported in (unit, period, revision) order, so a stick holding r1 and
    r2 of a report gives "accepted" then "replaced" whatever the file names.

    :param paths: files and folders, e.g. ``["E:/"]`` for a whole USB stick
    :param progress: ``progress(fraction, text)`` after each file
    """
    files, skipped = scan_packages(paths)

    def order(p: Path) -> tuple[int, str, str, int, str]:
        try:
            info = peek_info(_read(p))
            rev = info.get("DV-Revision", "0")
            return (1, info["DV-Unit-Code"], info.get("DV-Period", ""), int(rev) if rev.isdigit() else 0, str(p))
        except PackageError:
            return (0, "", "", 0, str(p))

    files.sort(key=order)
    results: list[ImportResult] = []
    for path, note in skipped:
        result = ImportResult(str(path), "skipped", note, "not_a_file")
        _log(led, result, now=now)
        results.append(result)
    i = 0
    while i < len(files):
        # A batch of packages in one transaction, each package in a savepoint of its own
        # (``import_bytes``): a package is stored whole or not at all, as alone, and the
        # batch's commit (its fsync, most of a small package's import) is paid once.
        # Bounded in time, so the Ledger's lock is never held long, and in bytes.
        failed: BaseException | None = None
        with led.writing(RECEIVED):
            started, size = time.monotonic(), 0
            while i < len(files):
                path = files[i]
                i += 1
                try:
                    try:
                        data = _read(path)
                    except PackageError as err:
                        result = ImportResult(str(path), "refused", str(err), err.code)
                        _log(led, result, now=now)
                    else:
                        size += len(data)
                        result = import_bytes(led, data, name=str(path), now=now)
                    results.append(result)
                    if progress is not None:
                        progress(i / len(files), path.name)
                except BaseException as exc:
                    if not led.db.in_transaction:
                        raise  # it ended the whole transaction (a full disk): nothing to keep
                    # The package that failed was undone by its savepoint; the ones before it
                    # in the batch are committed, as each was when it had its own transaction.
                    failed = exc
                    break
                if time.monotonic() - started >= _BATCH_SECONDS or size >= _BATCH_BYTES:
                    break
        if failed is not None:
            raise failed
    # A unit's new key, proven by its announcement, also unlocks what waited in quarantine.
    for code in sorted({r.unit_code for r in results if r.code == "key_rotated"}):
        results += [r for r in release_quarantine(led, unit_code=code, now=now) if r.outcome != "quarantined"]
    return results


def import_bytes(led: Ledger, data: bytes, *, name: str, now: datetime | None = None) -> ImportResult:
    """Import one package held in memory (``name`` is for messages and the log), in one
    transaction with its line in the import log."""
    sha = hashlib.sha256(data).hexdigest()
    with led.writing(RECEIVED):
        result = _import(led, data, name=name, sha=sha, now=now)
        _log(led, result, now=now)
    return result


class _Rollback(Exception):
    def __init__(self, result: ImportResult) -> None:
        super().__init__(result.outcome)
        self.result = result


def _import(led: Ledger, data: bytes, *, name: str, sha: str, now: datetime | None) -> ImportResult:
    """One package's outcome; called inside ``led.writing``."""
    db = led.db
    try:
        # Inflated once: the key is picked and the package verified from these entries.
        files = read_zip(data, limits=_LIMITS)
        info, signer = peek(data, files=files)
    except PackageError as err:
        return ImportResult(name, "refused", str(err), err.code, sha256=sha)
    checked = {"limits": _LIMITS, "files": files, "sha256": sha}
    code = info["DV-Unit-Code"]

    def refused(err: PackageError) -> ImportResult:
        return ImportResult(name, "refused", str(err), err.code, unit_code=code, sha256=sha)

    # One key speaks for one unit: a key registered to unit A never vouches for unit B.
    owner = _key_owner(db, signer, other_than=code) if signer else None
    if owner is not None:
        try:
            verify_bytes(data, public_key=owner["public_key"], **checked)
        except PackageError as err:
            return refused(err)  # not even a good signature by that key
        return ImportResult(
            name, "refused",
            QT_TRANSLATE_NOOP(
                "Office",
                "Gói bị từ chối: gói ghi là của đơn vị {unit} nhưng được ký bằng khóa {fingerprint} "
                "đã đăng ký cho đơn vị {owner}. Một đơn vị không gửi gói thay đơn vị khác; hãy gọi "
                "cả hai đơn vị.",
            ).format(unit=code, fingerprint=fingerprint(owner["public_key"]), owner=owner["unit_code"]),
            "key_of_other_unit", unit_code=code, sha256=sha,
        )
    unit = _unit(db, code)
    if unit is None:
        return _quarantine(
            led, data, name=name, sha=sha, now=now, files=files,
            reason=QT_TRANSLATE_NOOP(
                "Office",
                "Đơn vị {unit} chưa được đăng ký khóa. Hãy gọi đơn vị đối chiếu dấu vân tay "
                "{fingerprint} rồi đăng ký khóa (khoi trust).",
            ),
            code="unknown_unit",
        )
    if signer is not None and signer != unit["key_id"]:
        return _other_key(led, data, unit, name=name, sha=sha, now=now, former=_key_owner(db, signer),
                          files=files)
    try:
        pkg = verify_bytes(data, public_key=unit["public_key"], **checked)
    except PackageError as err:
        return refused(err)
    return _store(led, pkg, name=name, now=now)


def _other_key(led: Ledger, data: bytes, unit: dict[str, Any], *, name: str, sha: str,
               now: datetime | None, former: dict[str, Any] | None,
               files: dict[str, bytes] | None = None) -> ImportResult:
    """A package of a registered unit signed by another key than the one registered."""
    code = unit["code"]
    checked: dict[str, Any] = {"limits": _LIMITS, "files": files, "sha256": sha}
    if former is not None:  # one of the unit's own earlier keys, since replaced
        try:
            verify_bytes(data, public_key=former["public_key"], **checked)
        except PackageError as err:
            return ImportResult(name, "refused", str(err), err.code, unit_code=code, sha256=sha)
        return ImportResult(
            name, "refused",
            QT_TRANSLATE_NOOP(
                "Office",
                "Gói bị từ chối: được ký bằng khóa cũ {fingerprint} của đơn vị {unit}, đã được thay "
                "bằng khóa {current}. Đề nghị đơn vị xuất lại gói (gói mới sẽ ký bằng khóa hiện tại).",
            ).format(fingerprint=fingerprint(former["public_key"]), unit=code, current=unit["fingerprint"]),
            "replaced_key", unit_code=code, sha256=sha,
        )
    try:
        carried = verify_bytes(data, public_key=None, **checked)
    except PackageError as err:
        return ImportResult(name, "refused", str(err), err.code, unit_code=code, sha256=sha)
    path = follow_chain(carried.key_rotations, unit_code=code, trusted_key_text=unit["public_key"],
                        signer_key_id=carried.key_id)
    if path is None:
        return _quarantine(
            led, data, name=name, sha=sha, now=now,
            reason=QT_TRANSLATE_NOOP(
                "Office",
                "Gói của đơn vị {unit} được ký bằng khóa mới {fingerprint}, khác khóa đã "
                "đăng ký {registered}, và không có thông báo đổi khóa ký bằng khóa đã đăng ký. "
                "Hãy gọi đơn vị đối chiếu khóa mới trước khi tin.",
            ),
            code="unknown_key", registered=unit["fingerprint"], registered_key_id=unit["key_id"],
            files=files,
        )
    # Key continuity: the registered key signed the announcement of the key that signed this.
    try:
        pkg = verify_bytes(data, public_key=path[-1].new_key_text, **checked)
    except PackageError as err:
        return ImportResult(name, "refused", str(err), err.code, unit_code=code, sha256=sha)
    try:
        with led.writing(RECEIVED):
            for step in path:
                trust(led, unit_code=code, pubkey_text=step.new_key_text, now=now, announced_by=step.old_key_id)
            result = _store(led, pkg, name=name, now=now)
            if not result.ok:
                raise _Rollback(result)  # a refused package changes nothing, keys included
    except _Rollback as rb:
        return rb.result
    note = QT_TRANSLATE_NOOP(
        "Office",
        "Đơn vị {unit} đã đổi khóa ký: khóa mới {new} được khóa đã đăng ký {old} xác nhận "
        "(thông báo đổi khóa ký bằng khóa cũ); đã đăng ký khóa mới.",
    ).format(unit=code, new=path[-1].new_fingerprint, old=path[0].old_fingerprint)
    result.reason = note if not result.reason else f"{result.reason} {note}"
    result.code = result.code or "key_rotated"
    return result


def _result(pkg: VerifiedPackage, name: str, outcome: str, reason: str = "", code: str = "") -> ImportResult:
    return ImportResult(
        name, outcome, reason, code, unit_code=pkg.unit_code, period=pkg.period,
        revision=pkg.revision, uuid=pkg.uuid, sha256=pkg.sha256,
    )


def _store(led: Ledger, pkg: VerifiedPackage, *, name: str, now: datetime | None) -> ImportResult:
    with led.writing(RECEIVED) as db:
        same = list(db.query("SELECT * FROM submissions WHERE uuid = ?", [pkg.uuid]))
        if same:
            # The same signed content is the same package, whatever its zip envelope (an
            # altered copy that arrived first must not make the genuine file a "forgery").
            stored = same[0].get("content_sha256")
            if stored == pkg.content_sha256 or (not stored and same[0]["file_sha256"] == pkg.sha256):
                return _result(pkg, name, "duplicate", QT_TRANSLATE_NOOP("Office", "Gói này đã được nhận trước đó."), "duplicate")
            return _result(
                pkg, name, "refused",
                QT_TRANSLATE_NOOP(
                    "Office",
                    "Gói bị từ chối: mã gói {uuid} đã thuộc về một gói khác đã nhận (gói giả "
                    "mạo hoặc bị sửa).",
                ).format(uuid=pkg.uuid),
                "uuid_collision",
            )
        # A body's package upward: its listed units must make its figures (all or nothing).
        if (wrong := check_listing(db, pkg)) is not None:
            return _result(pkg, name, "refused", *wrong)
        active = list(db.query(
            "SELECT * FROM submissions WHERE unit_code = ? AND period = ? AND status = 'active'",
            [pkg.unit_code, pkg.period]))
        outcome = "accepted"
        if active:
            current = active[0]
            if pkg.revision < current["revision"]:
                return _result(
                    pkg, name, "refused",
                    QT_TRANSLATE_NOOP(
                        "Office",
                        "Gói bị từ chối: đây là lần gửi {revision}, cũ hơn lần gửi {current} "
                        "đã nhận của đơn vị cho kỳ {period}.",
                    ).format(revision=pkg.revision, current=current["revision"], period=pkg.period),
                    "old_revision",
                )
            if pkg.revision == current["revision"]:
                return _result(
                    pkg, name, "refused",
                    QT_TRANSLATE_NOOP(
                        "Office",
                        "Gói bị từ chối: đã nhận một gói khác cũng là lần gửi {revision} của "
                        "đơn vị cho kỳ {period}.",
                    ).format(revision=pkg.revision, period=pkg.period),
                    "revision_conflict",
                )
            db.execute("UPDATE submissions SET status = 'superseded' WHERE id = ?", [current["id"]])
            outcome = "replaced"
        unit_info = pkg.summary.get("unit") if isinstance(pkg.summary.get("unit"), dict) else {}
        row = {
                "uuid": pkg.uuid,
                "unit_code": pkg.unit_code,
                "period": pkg.period,
                "revision": pkg.revision,
                "status": "active",
                "received_at": _now(now),
                "created_at": pkg.created,
                "file_name": Path(name).name,
                "file_sha256": pkg.sha256,
                "content_sha256": pkg.content_sha256,
                "key_id": pkg.key_id,
                "info": _json(pkg.info),
                "summary": _json(pkg.summary),
                "report_pdf": pkg.report_pdf,
        }
        sub_id = db.execute(
            f"INSERT INTO submissions ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values())).lastrowid
        db.executemany(
            "INSERT INTO submission_records (submission_id, kind, uid, data) VALUES (?, ?, ?, ?)",
            ((sub_id, kind, r.get("uid"), _json(r))
             for kind, rows in sorted(pkg.records.items()) for r in rows))
        store_listing(db, sub_id, pkg)
        unit = _unit(db, pkg.unit_code) or {}
        db.execute(
            "UPDATE units SET name = CASE WHEN name = '' THEN ? ELSE name END, type = ? WHERE code = ?",
            [pkg.unit_name, str(unit_info.get("type") or unit.get("type") or ""), pkg.unit_code],
        )
    return _result(pkg, name, outcome)


def _quarantine(
    led: Ledger, data: bytes, *, name: str, sha: str, now: datetime | None,
    reason: str, code: str, registered: str | None = None, registered_key_id: str | None = None,
    files: dict[str, bytes] | None = None,
) -> ImportResult:
    # Only an intact package is worth keeping aside: checked with the key it carries.
    try:
        pkg = verify_bytes(data, public_key=None, limits=_LIMITS, files=files, sha256=sha)
    except PackageError as err:
        return ImportResult(name, "refused", str(err), err.code, sha256=sha)
    text = reason.format(unit=pkg.unit_code, fingerprint=pkg.fingerprint, registered=registered or "")
    with led.writing(RECEIVED) as db:
        if db.one("SELECT 1 FROM quarantine WHERE file_sha256 = ? OR content_sha256 = ?",
                  [sha, pkg.content_sha256]) is None:
            row = {
                    "file_sha256": sha,
                    "file_name": Path(name).name,
                    "unit_code": pkg.unit_code,
                    "key_id": pkg.key_id,
                    "fingerprint": pkg.fingerprint,
                    "reason": text,
                    "info": _json(pkg.info),
                    "received_at": _now(now),
                    "package": data,
                    "content_sha256": pkg.content_sha256,
                    "code": code,
                    "registered_key_id": registered_key_id,
                    "registered_fingerprint": registered,
            }
            db.execute(f"INSERT INTO quarantine ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                       list(row.values()))
    return _result(pkg, name, "quarantined", text, code)


def quarantine_list(led: Ledger) -> list[dict[str, Any]]:
    """Packages kept aside, oldest first (without their bytes).

    Each row has ``fingerprint`` (the key that signed it) and, when the unit is registered
    with another key, ``registered_fingerprint`` beside it, for the operator to read both
    to the unit; ``code`` says why (``unknown_unit``, ``unknown_key``).
    """
    with led.reading() as db:
        return [{k: v for k, v in row.items() if k != "package"}
                for row in db.query("SELECT * FROM quarantine ORDER BY id")]


def units(led: Ledger) -> list[dict[str, Any]]:
    """Registered units with their keys and fingerprints, by code."""
    with led.reading() as db:
        return list(db.query("SELECT * FROM units ORDER BY code"))


def trust_quarantined(led: Ledger, quarantine_id: int, *, now: datetime | None = None) -> list[ImportResult]:
    """Trust the key a quarantined package carries, then import that unit's kept packages.

    Only for after the operator has compared the package's fingerprint with the one the
    unit printed on its report or read out by phone: this is the moment trust is given.
    """
    with led.reading() as db:
        row = db.one("SELECT package FROM quarantine WHERE id = ?", [quarantine_id])
    if row is None:
        raise OfficeError(QT_TRANSLATE_NOOP("Office", "Gói đang cách ly này không còn nữa."))
    pkg = verify_bytes(row["package"], public_key=None)
    with led.writing(RECEIVED):
        trust(led, unit_code=pkg.unit_code, pubkey_text=pkg.public_key_text, name=pkg.unit_name)
        return release_quarantine(led, unit_code=pkg.unit_code, now=now)


def register_key(
    led: Ledger, *, unit_code: str, pubkey_text: str, name: str | None = None, now: datetime | None = None
) -> tuple[dict[str, Any], list[ImportResult]]:
    """What "Đăng ký khóa" does, in the window and on the command line: trust the unit's key
    (``trust``), then import again the unit's packages kept in quarantine
    (``release_quarantine``). Returns the unit row and what became of those packages."""
    unit = trust(led, unit_code=unit_code, pubkey_text=pubkey_text, name=name, now=now)
    return unit, release_quarantine(led, unit_code=unit["code"], now=now)


def release_quarantine(
    led: Ledger, *, unit_code: str | None = None, now: datetime | None = None
) -> list[ImportResult]:
    """Import again the quarantined packages (of ``unit_code``, or all) after a trust.

    A package leaves quarantine when it gets any outcome other than ``quarantined``
    (accepted, replaced, duplicate, or refused by the now-registered key); each in one
    transaction with its line in the import log.
    """
    where, params = ("WHERE unit_code = ?", [unit_code]) if unit_code else ("", [])
    with led.reading() as db:
        rows = [(r["id"], r["file_name"], r["file_sha256"]) for r in db.query(
            f"SELECT id, file_name, file_sha256 FROM quarantine {where} ORDER BY id", params)]
    results = []
    for row_id, file_name, sha in rows:
        with led.writing(RECEIVED) as db:
            data = db.one("SELECT package FROM quarantine WHERE id = ?", [row_id])["package"]
            result = _import(led, data, name=file_name, sha=sha, now=now)
            if result.outcome != "quarantined":
                db.execute("DELETE FROM quarantine WHERE id = ?", [row_id])
            _log(led, result, now=now)
        results.append(result)
    return results


def _log(led: Ledger, result: ImportResult, *, now: datetime | None) -> None:
    with led.writing(RECEIVED) as db:
        db.execute(
            "INSERT INTO import_log (at, file_name, file_sha256, outcome, code, reason, unit_code, period, "
            "revision, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_now(now), Path(result.path).name, result.sha256 or None, result.outcome, result.code or None,
             result.reason or None, result.unit_code or None, result.period or None, result.revision,
             result.uuid or None])
