"""Merging the history of replaced units into the file of the unit that replaced them.

When two communes (or chi bộ) become one, the new unit's file takes the records of the old
ones, each record keeping where it came from (``source``: the old unit's code), so the new
unit's "so với cùng kỳ" compares the merged area. All or nothing: a verified backup of the
new file first, then one transaction; a record whose uid is already there (the same record
twice) is taken once and reported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dvdesktop.base.errors import UserError, ValidationError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.core import fmt, validation
from dvdesktop.core.domain import KINDS
from dvdesktop.core.ledger import Ledger
from dvdesktop.safety.backup import auto_backup
from dvdesktop.safety.crypto import open_data_file
from dvdesktop.safety.datafile import DataFile

__all__ = ["MergeResult", "merge_files", "merge_paths"]

# What a record carries of its own storage, not of the record.
_META = ("id", "uid", "created_at", "updated_at", "deleted_at", "source")


@dataclass
class MergeResult:
    """``added[code][kind]``: records taken from each old unit; ``duplicates``: (kind, uid,
    code) of records already there, taken once."""

    added: dict[str, dict[str, int]] = field(default_factory=dict)
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(sum(k.values()) for k in self.added.values())


def _code(file: DataFile) -> str:
    return str((file.ledger.unit() or {}).get("code") or "").strip()


def merge_files(target: DataFile, sources: Sequence[DataFile]) -> MergeResult:
    """Take every record of ``sources`` (the replaced units' files, open) into ``target``.

    :raises UserError: the new unit has no code; a source is the new unit's own file or a
        file of the same unit code (not an older unit's); two sources of the same unit; a
        unit already merged into this file; a source without a unit code. Nothing is written.
    """
    new = _code(target)
    if not new:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Tệp {path} chưa có mã đơn vị: hãy khai báo đơn vị mới trước khi gộp."), path=str(target.path))
    if not sources:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Chưa chọn tệp dữ liệu của đơn vị cũ để gộp."))
    led = target.ledger
    with led.reading() as db:
        merged = {r["source"] for table in {k.table for k in KINDS.values()}
                  for r in db.query(f"SELECT DISTINCT source FROM {table} WHERE source != ''")}
    seen: dict[str, str] = {}
    for src in sources:
        code = _code(src)
        if src.path.resolve() == target.path.resolve() or code == new:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "Không gộp {path}: đây là tệp của chính đơn vị {unit}, không phải của đơn vị cũ."),
                path=str(src.path), unit=new)
        if not code:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Không gộp {path}: tệp này không có mã đơn vị."),
                            path=str(src.path))
        if code in seen:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "Không gộp: {path} và {other} đều là tệp của đơn vị {unit}."),
                path=str(src.path), other=seen[code], unit=code)
        if code in merged:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "Không gộp {path}: lịch sử của đơn vị {unit} đã được gộp vào tệp này."),
                path=str(src.path), unit=code)
        seen[code] = str(src.path)
        start = _first_own_date(led)
        last = _last_date(src)
        if start is not None and last is not None and last >= start:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "Không gộp {path}: tệp có bản ghi ngày {last}, khi đơn vị mới đã tự ghi (từ ngày {start}). "
                "Chỉ gộp tệp cũ của đơn vị đã được thay."),
                path=str(src.path), last=fmt.date_short(dt.date.fromisoformat(last[:10])),
                start=fmt.date_short(dt.date.fromisoformat(start[:10])))

    taken: dict[str, set[str]] = {kind: set() for kind in KINDS}
    plan: list[tuple[str, str, list[dict[str, Any]]]] = []
    result = MergeResult()
    for src in sources:
        code = _code(src)
        result.added[code] = {}
        for kind in KINDS:
            rows = src.ledger.list(kind)
            here = led.known_uids(kind, [r["uid"] for r in rows])
            fresh = []
            for r in rows:
                if r["uid"] in here or r["uid"] in taken[kind]:
                    result.duplicates.append((kind, r["uid"], code))
                    continue
                taken[kind].add(r["uid"])
                item = {**{k: v for k, v in r.items() if k not in _META}, "uid": r["uid"]}
                _check(led, kind, item, code=code,
                       title=f"{r.get('date') or r.get('year') or ''} {Ledger.title_of(kind, r)}".strip())
                fresh.append(item)
            plan.append((code, kind, fresh))
            result.added[code][kind] = len(fresh)

    auto_backup(target, reason="merge")
    with led.writing(*KINDS) as db:
        for code, kind, items in plan:
            if not items:
                continue
            led.add_many(kind, items)
            table = KINDS[kind].table
            uids = [i["uid"] for i in items]
            for start in range(0, len(uids), 500):
                chunk = uids[start:start + 500]
                db.execute(f"UPDATE {table} SET source = ? WHERE uid IN ({', '.join('?' * len(chunk))})",
                           [code, *chunk])
        led.log("create", "merge", None, None, {
            "into": new, "from": {c: dict(k) for c, k in result.added.items()},
            "duplicates": len(result.duplicates)})
    return result


def merge_paths(target: DataFile, paths: Sequence[str | Path],
                secrets: Mapping[str, str | None] | None = None) -> MergeResult:
    """Open the old units' files at ``paths`` (an encrypted one with its passphrase or
    recovery key in ``secrets``, keyed by the path as given), take their records into
    ``target`` (:func:`merge_files`) and close them again; what the window and
    ``dvdesktop merge`` call.

    :raises UserError: a path that is not a file, a wrong or missing passphrase, or what
        :func:`merge_files` refuses. Nothing is written to ``target``.
    """
    secrets = secrets or {}
    sources: list[DataFile] = []
    try:
        for path in paths:
            p = Path(path)
            if not p.is_file():
                raise UserError(QT_TRANSLATE_NOOP("Errors", "Không có tệp dữ liệu {path}."), path=str(p))
            sources.append(open_data_file(p, secrets.get(str(path))))
        return merge_files(target, sources)
    finally:
        for src in sources:
            src.close()


def _check(led: Ledger, kind: str, item: dict[str, Any], *, code: str, title: str) -> None:
    """A record of an old file that the rules of today refuse stops the merge before anything
    (the backup included) is written, naming the unit and the record."""
    try:
        validation.clean_record(kind, item, today=led.today())
    except ValidationError as exc:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Không gộp gì: bản ghi “{record}” của đơn vị {unit} không hợp lệ: {problem} Hãy sửa "
            "trong tệp của đơn vị cũ rồi gộp lại."), record=title, unit=code, problem=str(exc)) from None


def _dated(led: Ledger, where: str) -> list[str]:
    """The dates (ISO) of a Ledger's records of every dated kind, ``where`` applied."""
    out = []
    with led.reading() as db:
        for spec in KINDS.values():
            if spec.date_field != "year":
                row = db.one(f"SELECT min({spec.date_field}) AS first, max({spec.date_field}) AS last "
                             f"FROM {spec.table} WHERE deleted_at IS NULL AND {where}")
                out += [v for v in (row or {}).values() if v]
    return out


def _first_own_date(led: Ledger) -> str | None:
    """The first day the new unit recorded its own work (not merged), if it has."""
    dates = _dated(led, "source = ''")
    return min(dates) if dates else None


def _last_date(file: DataFile) -> str | None:
    dates = _dated(file.ledger, "1")
    return max(dates) if dates else None
