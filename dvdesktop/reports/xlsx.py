"""Any list of records as an Excel sheet: the export of every list page of the window."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from dvdesktop.store.files import write_atomic

__all__ = ["export_rows"]

DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
MAX_WIDTH = 60
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _value(value: Any) -> Any:
    """A record value as Excel should hold it: real dates, numbers, plain text."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, (int, float, datetime, date)):
        return value
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_value(v) or "") for v in value)
    text = str(value)
    # Records keep dates as ISO text; Excel users sort and filter real dates.
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    if _ISO_DATETIME.fullmatch(text):
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return text
        # Excel has no time zones: show a stored UTC instant in the machine's local time.
        if moment.tzinfo is not None:
            moment = moment.astimezone().replace(tzinfo=None)
        return moment
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _text_width(value: Any) -> int:
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    text = "" if value is None else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def export_rows(
    *,
    path: Path,
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[Mapping[str, Any]],
) -> Path:
    """Write ``rows`` to an .xlsx file, one column per ``(key, Vietnamese header)``; returns ``path``.

    The header row is bold and frozen with a filter, dates are real Excel dates shown
    dd/mm/yyyy, columns are sized to their content, and the file is replaced atomically.

    :param path: e.g. ``Path("tiep-cong-dan.xlsx")``
    :param title: sheet name and document title, e.g. "Tiếp công dân, đơn thư"
    :param columns: ``[("date", "Ngày tiếp"), ("content", "Nội dung vụ việc")]``
    :param rows: records (dicts); missing keys give empty cells
    """
    workbook = Workbook()
    sheet = workbook.active
    # Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    sheet.title = (_SHEET_FORBIDDEN.sub("-", title).strip() or "Danh sách")[:31]
    workbook.properties.title = title
    workbook.properties.creator = "dvdesktop"

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    widths = [len(header) for _, header in columns]
    for col, (_, header) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=col, value=header)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for r, record in enumerate(rows, start=2):
        for col, (key, _) in enumerate(columns, start=1):
            value = _value(record.get(key))
            cell = sheet.cell(row=r, column=col)
            cell.value = value
            if isinstance(value, str):
                # Text a user typed ("=1+1", "+84...") must stay text, never a formula.
                cell.data_type = "s"
                if "\n" in value:
                    cell.alignment = wrap
            elif isinstance(value, datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, date):
                cell.number_format = DATE_FORMAT
            widths[col - 1] = max(widths[col - 1], _text_width(value))
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(width + 2, MAX_WIDTH)
    sheet.freeze_panes = "A2"
    if columns:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 1)}"

    buffer = io.BytesIO()
    workbook.save(buffer)
    return write_atomic(Path(path), buffer.getvalue())
