"""A kind's records as a typed Excel sheet, and the empty template to fill in for import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dvdesktop.core.domain import kind_spec
from dvdesktop.core.ledger import Ledger
from dvdesktop.reports.xlsx import Column, Sheet, file_slug, write_workbook
from dvdesktop.sheets.columns import FILE_STEMS, SHEET_TITLES, RecordColumn, record_columns

__all__ = [
    "GUIDE_SHEET",
    "ExportContext",
    "export_records",
    "proposed_file_name",
    "template_file_name",
    "write_records",
    "write_template",
]

GUIDE_SHEET = "Hướng dẫn"


@dataclass(frozen=True)
class ExportContext:
    """What the worked-out columns need: the matters (deadlines) and today's date."""

    reveal: bool = False
    matters: Mapping[str, Any] = field(default_factory=dict)
    today: dt.date | None = None


def _period_key(period: Any) -> str:
    return str(getattr(period, "key", period) or "")


def proposed_file_name(kind: str, period: Any = None) -> str:
    """The file name offered for an export: "hoi-nghi-2026.xlsx", "tiep-cong-dan-2026-h1.xlsx".

    :param period: a ``Period`` or its key ("2026-H1"); None for every record
    """
    kind_spec(kind)
    return f"{file_slug(FILE_STEMS[kind], _period_key(period))}.xlsx"


def template_file_name(kind: str) -> str:
    """The file name offered for a blank template: "mau-nhap-hoi-nghi.xlsx"."""
    kind_spec(kind)
    return f"{file_slug('mau nhap', FILE_STEMS[kind])}.xlsx"


def _columns(columns: Sequence[RecordColumn]) -> list[Column]:
    return [Column(c.key, c.header, c.cell_kind, note=c.note, choices=c.choices, required=c.required)
            for c in columns]


def write_records(
    kind: str,
    records: Sequence[Mapping[str, Any]],
    *,
    path: Path,
    reveal: bool = False,
    matters: Mapping[str, Any] | None = None,
    today: dt.date | None = None,
    title: str | None = None,
) -> Path:
    """Write records of ``kind`` (as ``Ledger.list`` gives them) to an .xlsx file.

    :param reveal: write a denouncer's identity; by default it reads "••• (được giữ bí mật)"
        and a re-import leaves it empty
    :param matters: case code -> ``Matter``, for the reception's deadline columns
    :param today: the day the "days left" column counts from (default: today)
    :param title: the document title (default: the kind's name)
    """
    columns = record_columns(kind)
    ctx = ExportContext(reveal=reveal, matters=matters or {}, today=today)
    rows = [{c.key: c.value(record, ctx) for c in columns} for record in records]
    sheet = Sheet(SHEET_TITLES[kind], _columns(columns), rows)
    return write_workbook(path=path, sheets=[sheet], title=title or str(kind_spec(kind).plural))


def export_records(
    ledger: Ledger,
    kind: str,
    *,
    path: Path,
    period: Any = None,
    search: str | None = None,
    order_by: str | None = None,
    descending: bool = False,
    reveal: bool = False,
    today: dt.date | None = None,
) -> Path:
    """Write the records a list shows (same filters as ``Ledger.list``) to ``path``.

    The window's "Xuất Excel" runs this off the UI thread:
    ``ops.run_op(page, lambda led: export_records(led, kind, path=p, period=..., search=...))``.
    """
    period_obj = ledger.period(period) if period is not None else None
    records = ledger.list(kind, period=period_obj, search=search, order_by=order_by, descending=descending)
    matters: dict[str, Any] = {}
    if kind == "reception" and records:
        codes = {r["case_code"] for r in records if r.get("case_code")}
        matters = {m.case_code: m for m in ledger.matters(case_codes=codes)}
    plural = str(kind_spec(kind).plural)
    title = f"{plural} {period_obj.label}" if period_obj is not None else plural
    return write_records(kind, records, path=Path(path), reveal=reveal, matters=matters, today=today,
                         title=title)


def _guide(kind: str, columns: Sequence[RecordColumn]) -> Sheet:
    rows = [
        {"column": c.header, "required": "Có" if c.required else "", "how": c.note}
        for c in columns
    ]
    rows.append({})
    rows.append({"column": "Nhập vào chương trình",
                 "how": f"Điền mỗi bản ghi một dòng ở trang “{SHEET_TITLES[kind]}”, giữ nguyên dòng tiêu đề. "
                        "Trên cửa sổ chương trình: Nhập từ Excel; hoặc dòng lệnh: "
                        f"dvdesktop import {kind} --db TỆP --xlsx TỆP.xlsx. Chương trình kiểm tra mọi dòng "
                        "và chỉ lưu khi không còn lỗi nào."})
    columns_spec = [Column("column", "Cột", "text", width=34), Column("required", "Bắt buộc", "text", width=10),
                    Column("how", "Cách điền", "longtext", width=90)]
    return Sheet(GUIDE_SHEET, columns_spec, rows, plain=True)


def write_template(kind: str, *, path: Path) -> Path:
    """A blank sheet of ``kind`` to fill in and import: the export's columns without the
    worked-out ones and the code, a drop-down on every choice, and a guide sheet."""
    columns = record_columns(kind, derived=False, uid=False)
    sheet = Sheet(SHEET_TITLES[kind], _columns(columns), [])
    title = f"Mẫu nhập: {kind_spec(kind).plural}"
    return write_workbook(path=Path(path), sheets=[sheet, _guide(kind, columns)], title=title)
