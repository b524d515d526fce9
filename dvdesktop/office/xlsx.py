"""The consolidated figures as an Excel workbook: the table by unit and the summed figures.

Sheet "Theo đơn vị" has one row per registered unit (who reported, when, their counts as
numbers, their rates as percentages) and a "Tổng cộng" row outside the filter; sheet
"Số liệu tổng hợp" has every summed figure against the same period a year earlier.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dvdesktop.core.fmt import percent_value
from dvdesktop.core.ledger import Ledger
from dvdesktop.office.consolidate import consolidate
from dvdesktop.office.profile import get_profile
from dvdesktop.office.status import STATE_LABELS
from dvdesktop.reports.xlsx import ROW_KINDS, Column, Sheet, summary_sheet, write_workbook

__all__ = ["UNIT_COLUMNS", "write_consolidated_xlsx"]

#: (key, header, kind) of the table by unit.
UNIT_COLUMNS: tuple[Column, ...] = (
    Column("tt", "TT", "int"),
    Column("code", "Mã đơn vị", "text"),
    Column("name", "Tổ chức cơ sở đảng", "text"),
    Column("state", "Gửi báo cáo", "text"),
    Column("received", "Ngày nhận", "datetime"),
    Column("revision", "Lần gửi", "int"),
    Column("meetings", "Hội nghị (cuộc)", "int"),
    Column("attendance", "Lượt người dự", "int"),
    Column("members_present", "Lượt đảng viên dự", "int"),
    Column("members_expected", "Lượt đảng viên được triệu tập", "int"),
    Column("member_rate", "Tỉ lệ đảng viên dự", "percent"),
    Column("dialogues", "Đối thoại (cuộc)", "int"),
    Column("visits", "Tiếp công dân (lượt)", "int"),
    Column("letters", "Đơn thư (đơn)", "int"),
    Column("cases", "Vụ việc", "int"),
    Column("cases_resolved", "Vụ việc đã giải quyết", "int"),
    Column("cases_rate", "Tỉ lệ giải quyết", "percent"),
    Column("models", "Mô hình", "int"),
    Column("awards", "Khen thưởng", "int"),
    Column("ratings", "Tổ chức được xếp loại", "int"),
    Column("good_or_better", "Hoàn thành tốt nhiệm vụ trở lên", "int"),
)
_SUMMED = ("meetings", "attendance", "members_present", "members_expected", "dialogues", "visits",
           "letters", "cases", "cases_resolved", "models", "awards", "ratings", "good_or_better")


def _rates(row: dict[str, Any]) -> dict[str, Any]:
    for rate, part, whole in (("member_rate", "members_present", "members_expected"),
                              ("cases_rate", "cases_resolved", "cases")):
        p, w = row.get(part), row.get(whole)
        row[rate] = percent_value(p, w) if isinstance(p, int) and isinstance(w, int) and w else None
    return row


def unit_rows(cons: Mapping[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The table by unit, and its total row, from ``consolidate()``'s ``by_unit``."""
    rows: list[dict[str, Any]] = []
    total: dict[str, Any] = {k: 0 for k in _SUMMED}
    for i, unit in enumerate(cons.get("by_unit") or [], start=1):
        row = {"tt": i, "code": unit.get("code"), "name": unit.get("name") or unit.get("code"),
               "state": STATE_LABELS.get(unit.get("state", ""), ""), "received": unit.get("received"),
               "revision": unit.get("revision")}
        if "meetings" in unit:  # a unit that has not reported has no figures, not zeros
            row.update({k: unit.get(k) for k in _SUMMED})
            for k in _SUMMED:
                total[k] += int(unit.get(k) or 0)
        rows.append(_rates(row))
    total.update({"name": "Tổng cộng", "state": f"{_sent(cons)}/{len(rows)} đã gửi"})
    return rows, _rates(total)


def _sent(cons: Mapping[str, Any]) -> int:
    return int((cons.get("units") or {}).get("submitted") or 0)


def _unit_figures(cons: Mapping[str, Any]) -> list[dict[str, Any]]:
    units = cons.get("units") or {}
    group = "Tổ chức cơ sở đảng"
    rows = [
        {"group": group, "label": label, "unit": "tổ chức", "current": units.get(key), "key": f"units.{key}"}
        for key, label in (("registered", "Tổ chức cơ sở đảng trực thuộc"), ("submitted", "Đã gửi báo cáo"),
                           ("on_time", "Gửi đúng hạn"), ("late", "Gửi trễ hạn"), ("missing", "Chưa gửi"))
    ]
    registered, submitted = units.get("registered"), units.get("submitted")
    rows.append({"group": group, "label": "Tỉ lệ đã gửi báo cáo", "unit": "%", "key": "units.submitted_rate",
                 "current": percent_value(submitted, registered) if registered else None,
                 ROW_KINDS: {"current": "percent"}})
    return rows


def write_consolidated_xlsx(led: Ledger, *, period: object, out: str | Path) -> Path:
    """Write the consolidated figures of ``period`` to ``out`` (.xlsx); returns the path."""
    cons = consolidate(led, period=period)
    rows, total = unit_rows(cons)
    label = str((cons.get("period") or {}).get("label") or "")
    profile = get_profile(led)
    title = " ".join(p for p in ("Tổng hợp công tác dân vận", profile.get("name") or "", label) if p)
    sheets = [
        Sheet("Theo đơn vị", UNIT_COLUMNS, rows, total=total),
        summary_sheet(cons, first_rows=_unit_figures(cons)),
    ]
    return write_workbook(path=Path(out), sheets=sheets, title=title)
