"""Through the levels: a body that received its units' packages sends one of its own upward.

A chi bộ sends its package to the commune (xã); the commune, holding accepted packages of its
chi bộ, reports the whole đảng bộ (its own records and its units' figures summed) and sends
the province one package, signed with its own key, that carries its own summary
(``data/summary.json``), the consolidated figures (``data/consolidated.json``) and, for every
unit package they rest on, the unit's code, period, revision, package id and the SHA-256 of
that package's signed tag manifest (``data/units.json``, each unit's own listing nested).

The body above verifies it like any package, then checks the listing against the figures
(``check_listing``: all or nothing) and keeps it (``submission_units``), so its status shows
the tree, level by level (``tree``), and a consolidated figure can be traced to the units it
came from (``trace``).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.core.ledger import Ledger
from dvdesktop.office.consolidate import (
    CONSOLIDATED_SCHEMA,
    FIGURES,
    consolidate,
    effective_summary,
    figures_of,
    has_accepted,
)
from dvdesktop.office.errors import OfficeError
from dvdesktop.office.render import render_body_report
from dvdesktop.office.status import period_key, status
from dvdesktop.packages.export import Progress, export_package
from dvdesktop.packages.screen import Screening
from dvdesktop.packages.verify import VerifiedPackage
from dvdesktop.reports.build import build_report
from dvdesktop.store.database import Connection

__all__ = ["LISTING_SCHEMA", "check_listing", "export_upward", "listing", "period_package", "period_report",
           "set_successor", "store_listing", "successors", "trace", "tree"]

LISTING_SCHEMA = "dvdesktop.units/1"


def _dumps(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _active(db: Connection, key: str) -> list[dict[str, Any]]:
    return list(db.query(
        "SELECT s.*, u.name AS unit_name, u.type AS unit_type FROM submissions s "
        "JOIN units u ON u.code = s.unit_code WHERE s.period = ? AND s.status = 'active' "
        "ORDER BY s.unit_code", [key]))


def listing(led: Ledger, *, period: object) -> dict[str, Any]:
    """What the body's package upward rests on (``data/units.json`` without ``changed``):
    one entry per unit package accepted for ``period``, and the units still missing or late."""
    key = period_key(period)
    with led.reading() as db:
        rows = _active(db, key)
    entries = []
    for r in rows:
        summary = effective_summary(r)
        below = json.loads(r["listing"]) if r.get("listing") else {}
        entries.append({
            "code": r["unit_code"],
            "name": str((summary.get("unit") or {}).get("name") or r["unit_name"] or ""),
            "type": str((summary.get("unit") or {}).get("type") or r["unit_type"] or ""),
            "period": r["period"],
            "revision": r["revision"],
            "uuid": r["uuid"],
            "content_sha256": r["content_sha256"] or "",
            "figures": figures_of(summary),
            "below": below.get("units") or [],
            "missing": below.get("missing") or [],
            "late": below.get("late") or [],
        })
    states = status(led, period=key)
    unit = led.unit() or {}
    return {
        "schema": LISTING_SCHEMA,
        "unit": str(unit.get("code") or ""),
        "period": key,
        "units": entries,
        "missing": [st.unit_code for st in states if st.state == "missing"],
        "late": [st.unit_code for st in states if st.state == "late"],
    }


def _changes(led: Ledger, key: str, entries: list[Mapping[str, Any]]) -> tuple[int | None, list[dict[str, Any]]]:
    """The previous package upward's revision, and each unit whose package changed since."""
    with led.reading() as db:
        prev = db.one("SELECT revision, units FROM package_exports WHERE period_key = ? AND units IS NOT NULL "
                      "ORDER BY revision DESC LIMIT 1", [key])
    if prev is None:
        # A package sent before any unit's had arrived rested on none: every unit is new.
        last = led.exports(period_key=key)
        return (last[0]["revision"], [{"code": e["code"], "revision": e["revision"], "previous_revision": None}
                                      for e in entries]) if last else (None, [])
    before = {e["code"]: e for e in json.loads(prev["units"])}
    changed = []
    for e in entries:
        old = before.pop(e["code"], None)
        if old is None or old["uuid"] != e["uuid"]:
            changed.append({"code": e["code"], "revision": e["revision"],
                            "previous_revision": old["revision"] if old else None})
    changed += [{"code": code, "revision": None, "previous_revision": old["revision"]}
                for code, old in sorted(before.items())]
    return prev["revision"], changed


def export_upward(
    led: Ledger, *, period: object, out_dir: str | Path, accept: Screening | None = None,
    progress: Progress | None = None, now: datetime | None = None,
) -> Path:
    """Write the body's package upward for ``period`` (``dvdesktop export`` on a body that
    holds accepted packages of its units): its own summary and records as any unit's, its
    whole đảng bộ's figures, the listing of the unit packages they rest on, and its report of
    the whole đảng bộ; signed with its own key. A later export after a unit's correction is
    a new revision whose listing says which unit changed (``changed``)."""
    period_obj = led.period(period)
    key = period_obj.key
    own = led.summary(period_obj)
    cons = consolidate(led, period=key, own=own)
    doc = listing(led, period=key)
    previous, changed = _changes(led, key, doc["units"])
    doc["previous_revision"] = previous
    doc["changed"] = changed
    figures = {k: v for k, v in cons.items() if k != "by_unit"}
    figures["schema"] = CONSOLIDATED_SCHEMA
    with tempfile.TemporaryDirectory(prefix="dvdesktop-report-") as tmp:
        report = Path(tmp) / "report.pdf"
        render_body_report(led, period=key, out=report)
        pdf = report.read_bytes()
    path = export_package(led, period=period_obj, out_dir=out_dir, report_pdf=pdf, accept=accept,
                          progress=progress, now=now,
                          carried={"consolidated.json": _dumps(figures), "units.json": _dumps(doc)})
    made = led.exports(period_key=key)[0]
    kept = [{k: e[k] for k in ("code", "revision", "uuid", "content_sha256")} for e in doc["units"]]
    with led.writing("exports") as db:
        db.execute("UPDATE package_exports SET units = ? WHERE uuid = ?",
                   [json.dumps(kept, ensure_ascii=False), made["uuid"]])
    return path


def period_report(
    led: Ledger, *, period: object, out: str | Path, number: str | None = None, issued: date | None = None,
    texts: Mapping[str, str] | None = None,
) -> Path:
    """The report of ``period`` as ``dvdesktop report`` and the window's "Tạo báo cáo" write
    it: the whole đảng bộ's (``render_body_report``) as PDF or DOCX when the body holds
    accepted packages of its units for the period (``has_accepted``), its own records'
    (``reports.build.build_report``) otherwise and for an ``.xlsx`` of its figures."""
    target = Path(out)
    if target.suffix.lower() in (".pdf", ".docx") and has_accepted(led, period=led.period(period)):
        return render_body_report(led, period=led.period(period).key, out=target, number=number, issued=issued,
                                  texts=texts)
    return build_report(led, period=str(period), out=target, number=number, issued=issued, texts=texts)


def period_package(
    led: Ledger, *, period: object, out_dir: str | Path, accept: Screening | None = None,
    progress: Progress | None = None,
) -> Path:
    """The package of ``period`` upward as ``dvdesktop export`` and the window's "Gửi cấp
    trên" write it: the whole đảng bộ's (``export_upward``) when the body holds accepted
    packages of its units for the period, its own (``packages.export_package``) otherwise."""
    period_obj = led.period(period)
    export = export_upward if has_accepted(led, period=period_obj) else export_package
    return export(led, period=period_obj, out_dir=out_dir, accept=accept, progress=progress)


def _codes(entries: list[Mapping[str, Any]]) -> list[str]:
    """Every unit code in a listing, however deep."""
    out: list[str] = []
    for e in entries:
        out.append(str(e["code"]))
        out += _codes(list(e.get("below") or []))
    return out


#: Unit codes looked up per query (SQLite's default limit is 999 parameters).
_LOOKUP_BATCH = 500
#: The period's active packages of bodies other than the sender.
_ACTIVE = "WHERE s.period = ? AND s.status = 'active' AND s.unit_code != ? "
#: Which of those list the units ``{marks}``: looked up by unit code in
#: ``submission_units_code`` (``CROSS JOIN`` keeps that order: left to itself SQLite reads
#: every unit listed under each package of the period, so n packages upward cost n²).
LISTED_UNITS = ("SELECT su.unit_code, s.unit_code AS owner FROM submission_units su CROSS JOIN submissions s "
                "ON s.id = su.submission_id " + _ACTIVE + "AND su.unit_code IN ({marks})")
#: Their nested lists (the units below a listed body), through the partial index
#: ``submission_units_nested`` (m086) of the few rows that have one.
NESTED_LISTINGS = ("SELECT su.below, s.unit_code AS owner FROM submission_units su JOIN submissions s "
                   "ON s.id = su.submission_id " + _ACTIVE + "AND su.below NOT IN ('', '[]')")


def check_listing(db: Connection, pkg: VerifiedPackage) -> tuple[str, str] | None:
    """``(reason, code)`` when a body's package upward cannot be believed, else None.

    Refused: a unit listed twice (or the sender listing itself), a unit package of another
    period, listed units whose figures with the sender's own do not make its consolidated
    figures, and a unit that this body registered itself or that another body's package
    already lists for the period. Called inside the import's transaction, before anything
    of the package is written.
    """
    if pkg.listing is None:
        return None
    entries = pkg.listing["units"]
    codes = _codes(entries)
    seen: set[str] = set()
    for code in [pkg.unit_code, *codes]:
        if code in seen:
            return (QT_TRANSLATE_NOOP(
                "Office", "Gói bị từ chối: danh sách đơn vị trong gói của {sender} ghi đơn vị {unit} hai lần."
            ).format(sender=pkg.unit_code, unit=code), "unit_listed_twice")
        seen.add(code)
    for e in entries:
        if e["period"] != pkg.period:
            return (QT_TRANSLATE_NOOP(
                "Office", "Gói bị từ chối: gói của {sender} kỳ {period} dựa trên gói kỳ {other} của đơn vị {unit}."
            ).format(sender=pkg.unit_code, period=pkg.period, other=e["period"], unit=e["code"]), "listing_period")
    own = figures_of(pkg.summary)
    stated = figures_of(pkg.consolidated)
    for k in FIGURES:
        total = own[k] + sum(int(e.get("figures", {}).get(k) or 0) for e in entries)
        if total != stated[k]:
            return (QT_TRANSLATE_NOOP(
                "Office",
                "Gói bị từ chối: số liệu tổng hợp của {sender} ({key} = {stated}) khác tổng của đơn vị và các "
                "đơn vị trong danh sách ({total}).",
            ).format(sender=pkg.unit_code, key=k, stated=stated[k], total=total), "listing_mismatch")
    submitted = (pkg.consolidated.get("units") or {}).get("submitted") if pkg.consolidated else None
    if isinstance(submitted, int) and submitted != len(entries):
        return (QT_TRANSLATE_NOOP(
            "Office", "Gói bị từ chối: {sender} ghi đã nhận {stated} gói nhưng danh sách có {listed} đơn vị."
        ).format(sender=pkg.unit_code, stated=submitted, listed=len(entries)), "listing_mismatch")
    # Looked up by code in the indexes (units' primary key, submission_units_code), so an
    # import of n packages upward stays linear: no other package's listing is parsed except
    # the nested lists of bodies that list bodies.
    wanted = set(codes)
    mine: set[str] = set()
    others: dict[str, str] = {}
    for i in range(0, len(codes), _LOOKUP_BATCH):
        chunk = codes[i:i + _LOOKUP_BATCH]
        marks = ",".join("?" * len(chunk))
        mine.update(r["code"] for r in db.query(
            f"SELECT code FROM units WHERE code != ? AND code IN ({marks})", [pkg.unit_code, *chunk]))
        for r in db.query(LISTED_UNITS.format(marks=marks), [pkg.period, pkg.unit_code, *chunk]):
            others[r["unit_code"]] = r["owner"]
    for r in db.query(NESTED_LISTINGS, [pkg.period, pkg.unit_code]):
        for code in _codes(json.loads(r["below"]) or []):
            if code in wanted:
                others.setdefault(code, r["owner"])
    for code in codes:
        owner = code if code in mine else others.get(code)
        if owner is not None:
            return (QT_TRANSLATE_NOOP(
                "Office",
                "Gói bị từ chối: gói của {sender} ghi đơn vị {unit}, nhưng đơn vị này thuộc {owner} ở cơ quan này. "
                "Hãy gọi cả hai đơn vị để hỏi.",
            ).format(sender=pkg.unit_code, unit=code, owner=owner if owner != code else
                     QT_TRANSLATE_NOOP("Office", "danh sách đơn vị trực tiếp báo cáo")), "unit_of_other_body")
    return None


def store_listing(db: Connection, submission_id: int, pkg: VerifiedPackage) -> None:
    """Keep what a body's package upward rests on beside its submission."""
    if pkg.listing is None:
        return
    db.execute("UPDATE submissions SET consolidated = ?, listing = ? WHERE id = ?",
               [json.dumps(pkg.consolidated, ensure_ascii=False), json.dumps(pkg.listing, ensure_ascii=False),
                submission_id])
    db.executemany(
        "INSERT INTO submission_units (submission_id, unit_code, name, type, period, revision, uuid, "
        "content_sha256, figures, below) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ([submission_id, e["code"], str(e.get("name") or ""), str(e.get("type") or ""), e["period"],
          e["revision"], e["uuid"], e["content_sha256"], json.dumps(e.get("figures") or {}),
          json.dumps(e.get("below") or [], ensure_ascii=False)] for e in pkg.listing["units"]))


def tree(led: Ledger, *, period: object) -> list[dict[str, Any]]:
    """The units below the body, level by level: each registered unit with its state and
    the revision it rests on, and under it the units its package lists (with their
    revisions), and the units missing or late at that level."""
    key = period_key(period)
    with led.reading() as db:
        listings = {r["unit_code"]: json.loads(r["listing"]) for r in _active(db, key) if r.get("listing")}
    out = []
    for st in status(led, period=key):
        doc = listings.get(st.unit_code) or {}
        out.append({"code": st.unit_code, "name": st.unit_name, "state": st.state, "revision": st.revision,
                    "below": _nodes(doc.get("units") or []), "missing": doc.get("missing") or [],
                    "late": doc.get("late") or [], "changed": doc.get("changed") or []})
    return out


def _nodes(entries: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [{"code": e["code"], "name": e.get("name") or "", "revision": e["revision"],
             "below": _nodes(list(e.get("below") or [])), "missing": list(e.get("missing") or []),
             "late": list(e.get("late") or []), "figures": dict(e.get("figures") or {})} for e in entries]


def trace(led: Ledger, *, period: object, key: str) -> list[dict[str, Any]]:
    """Where one consolidated figure of the whole đảng bộ came from: the body's own records,
    each unit's package and, below a body's package, each unit it lists, with the value of
    ``key`` (a name of ``FIGURES``, e.g. ``"meetings"``) at each; ``depth`` 0 is the body.

    :raises OfficeError: an unknown key
    """
    if key not in FIGURES:
        raise OfficeError(QT_TRANSLATE_NOOP("Office", "Không có số liệu “{key}”. Chọn một trong: {keys}."),
                          key=key, keys=", ".join(FIGURES))
    pkey = period_key(period)
    unit = led.unit() or {}
    rows = [{"depth": 0, "code": str(unit.get("code") or ""), "name": str(unit.get("name") or ""),
             "revision": None, "value": figures_of(led.summary(led.period(pkey)))[key], "own": True}]
    with led.reading() as db:
        subs = _active(db, pkey)

    def walk(entries: list[Mapping[str, Any]], depth: int) -> None:
        for e in entries:
            rows.append({"depth": depth, "code": e["code"], "name": e.get("name") or "", "revision": e["revision"],
                         "value": int((e.get("figures") or {}).get(key) or 0), "own": False})
            walk(list(e.get("below") or []), depth + 1)

    for r in subs:
        rows.append({"depth": 1, "code": r["unit_code"], "name": r["unit_name"], "revision": r["revision"],
                     "value": figures_of(effective_summary(r))[key], "own": False})
        if r.get("listing"):
            walk((json.loads(r["listing"]) or {}).get("units") or [], 2)
    return rows


def successors(led: Ledger) -> dict[str, str]:
    """Old unit codes mapped to the unit that replaced them (a merge)."""
    with led.reading() as db:
        return {r["old_code"]: r["new_code"] for r in db.query("SELECT old_code, new_code FROM unit_successors")}


def set_successor(led: Ledger, *, old: str, new: str, now: datetime | None = None) -> None:
    """Record that unit ``old`` was replaced by unit ``new`` (merged into it): the old unit
    is no longer counted missing, and its history is reported under the new one.

    :raises OfficeError: the same code twice, an unknown old unit, or a chain back to itself
    """
    old, new = old.strip(), new.strip()
    if not old or not new or old == new:
        raise OfficeError(QT_TRANSLATE_NOOP("Office", "Mã đơn vị cũ và mới phải khác nhau và không bỏ trống."))
    with led.reading() as db:
        known = db.one("SELECT 1 FROM units WHERE code = ?", [old])
    mapping = successors(led)
    if known is None:
        raise OfficeError(QT_TRANSLATE_NOOP("Office", "Đơn vị {unit} chưa đăng ký ở cơ quan này."), unit=old)
    seen, code = {old}, new
    while code in mapping:
        code = mapping[code]
        if code in seen:
            raise OfficeError(QT_TRANSLATE_NOOP("Office", "Không ghi được: đơn vị {new} đã được thay bằng {old}."),
                              new=new, old=old)
        seen.add(code)
    at = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    with led.writing("received") as db:
        db.execute("INSERT INTO unit_successors (old_code, new_code, created_at) VALUES (?, ?, ?) "
                   "ON CONFLICT (old_code) DO UPDATE SET new_code = excluded.new_code, created_at = excluded.created_at",
                   [old, new, at])
        led.log("update", "unit_successor", None, {"old": old, "new": mapping.get(old)}, {"old": old, "new": new})
