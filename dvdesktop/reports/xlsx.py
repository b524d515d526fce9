"""Excel workbooks Excel can compute with: typed cells, a frozen bold header, a filter.

Every spreadsheet the program writes goes through ``write_workbook``: the record lists
(``dvdesktop.sheets``), the import templates, a unit's summary figures
(``write_summary``) and the office's consolidated table. Dates are real dates shown
dd/mm/yyyy, counts are numbers, rates are numbers with a % format, text a user typed
stays text (never a formula), columns are as wide as their content, the header row is
bold, frozen and filtered, and the file is replaced atomically.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from dvdesktop.core import fmt
from dvdesktop.core.domain import CHOICE_LABELS
from dvdesktop.store.files import write_atomic
from dvdesktop.store.fold import fold

__all__ = [
    "CELL_KINDS",
    "Column",
    "LISTS_SHEET",
    "ROW_KINDS",
    "Sheet",
    "export_rows",
    "figures_file_name",
    "file_slug",
    "sheet_title",
    "summary_rows",
    "summary_sheet",
    "write_summary",
    "write_workbook",
]

DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
COUNT_FORMAT = "#,##0"  # Excel shows the reader's own grouping: 10.955 in a Vietnamese Windows
YEAR_FORMAT = "0"
PERCENT_FORMAT = "0.0%"
CHANGE_FORMAT = "+#,##0;-#,##0;0"
TEXT_FORMAT = "@"
MAX_WIDTH = {"longtext": 60, "text": 45}
MIN_WIDTH = 6
#: A row may set the kind of some of its cells: ``{ROW_KINDS: {"current": "percent"}}``.
ROW_KINDS = "_kinds"
#: The hidden sheet holding the lists behind the drop-down choices.
LISTS_SHEET = "Danh mục"
#: How many rows below the data the drop-downs and text formats reach, for rows to come.
SPARE_ROWS = 500

#: How a column's values are written: "text" and "longtext" (wrapped) stay text whatever
#: they look like; "int" is a count (#,##0), "year" a plain integer, "percent" a rate
#: given in percent (75.9 is written 0.759 and shown 75,9%), "change" a signed count,
#: "date"/"datetime" real Excel dates; "auto" picks by the value.
CELL_KINDS = ("auto", "text", "longtext", "int", "year", "percent", "change", "date", "datetime")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_HEADER_FILL = PatternFill("solid", fgColor="F2F2F2")
_TOP = Alignment(vertical="top")


@dataclass(frozen=True)
class Column:
    """One column: the row key it shows, its Vietnamese header, how its cells are typed.

    :param note: shown as a comment on the header cell (what to type, allowed values)
    :param choices: the allowed texts, offered as a drop-down list on every row
    :param required: the header is marked (bold dark red) as a column that must be filled
    :param width: characters; None fits the content
    """

    key: str
    header: str
    kind: str = "auto"
    note: str = ""
    choices: tuple[str, ...] = ()
    required: bool = False
    width: float | None = None

    def __post_init__(self) -> None:
        if self.kind not in CELL_KINDS:
            raise ValueError(f"unknown cell kind {self.kind!r}")


@dataclass(frozen=True)
class Sheet:
    """A sheet: its name (cut to Excel's 31 characters), columns and rows (dicts by key)."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Mapping[str, Any]] = ()
    #: a sheet of notes (the template's guide) gets no filter and no drop-downs
    plain: bool = False
    #: a bold row under the data ("Tổng cộng"), left out of the filter so sorting the
    #: rows never moves it
    total: Mapping[str, Any] | None = None


def sheet_title(title: str) -> str:
    """A valid sheet name: Excel refuses []:*?/\\ and more than 31 characters."""
    return (_SHEET_FORBIDDEN.sub("-", title).strip() or "Danh sách")[:31].strip()


def file_slug(*parts: str) -> str:
    """"Hội nghị", "2026-H1" -> "hoi-nghi-2026-h1": a file name any USB stick and mail keeps."""
    words = re.findall(r"[a-z0-9]+", fold(" ".join(parts)))
    return "-".join(words) or "bang-tinh"


def figures_file_name(period: Any, *, consolidated: bool = False) -> str:
    """The file name offered for a period's figures: "so-lieu-2026-h1.xlsx", or for the
    office's consolidated figures "tong-hop-2026-h1.xlsx".

    :param period: a ``Period`` or its key ("2026-H1")
    """
    key = str(getattr(period, "key", period) or "")
    return f"{file_slug('tong hop' if consolidated else 'so lieu', key)}.xlsx"


def _auto(value: Any) -> tuple[Any, str]:
    """A value of unknown kind as Excel should hold it, and the kind it turned out to be."""
    if value is None:
        return None, "auto"
    if isinstance(value, bool):
        return ("Có" if value else "Không"), "text"
    if isinstance(value, datetime):
        return value, "datetime"
    if isinstance(value, date):
        return value, "date"
    if isinstance(value, int):
        return value, "int"
    if isinstance(value, float):
        return value, "auto"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_auto(v)[0] or "") for v in value), "text"
    text = str(value)
    # Records keep dates as ISO text; Excel users sort and filter real dates.
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text), "date"
        except ValueError:
            return text, "text"
    if _ISO_DATETIME.fullmatch(text):
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return text, "text"
        # Excel has no time zones: show a stored UTC instant in the machine's local time.
        if moment.tzinfo is not None:
            moment = moment.astimezone().replace(tzinfo=None)
        return moment, "datetime"
    return text, "text"


def _typed(value: Any, kind: str) -> tuple[Any, str]:
    """``(cell value, effective kind)`` for a value written in a column of ``kind``."""
    if value is None or value == "":
        return None, kind
    if kind == "auto":
        return _auto(value)
    if kind in ("text", "longtext"):
        if isinstance(value, (list, tuple)):
            value = "; ".join(map(str, value))
        return str(value), kind
    if kind in ("int", "year", "change"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return _auto(value)  # not a number after all: keep what it is, never fail
        return (int(value) if float(value).is_integer() else value), kind
    if kind == "percent":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return _auto(value)
        return round(value / 100, 10), kind  # 98.9 / 100 is 0.9890000000000001
    if kind in ("date", "datetime"):
        if isinstance(value, str):
            return _auto(value)
        return value, ("datetime" if isinstance(value, datetime) else "date")
    raise AssertionError(kind)


_FORMATS = {
    "int": COUNT_FORMAT, "year": YEAR_FORMAT, "percent": PERCENT_FORMAT, "change": CHANGE_FORMAT,
    "date": DATE_FORMAT, "datetime": DATETIME_FORMAT,
}


def _width_of(value: Any, kind: str) -> int:
    if value is None:
        return 0
    if kind == "datetime":
        return 16
    if kind == "date":
        return 10
    if kind == "percent":
        return 6
    if isinstance(value, int):
        return len(f"{value:,}") + (1 if kind == "change" else 0)  # grouped as shown: 10.955
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def _lists_sheet(workbook: Workbook) -> Any:
    if LISTS_SHEET in workbook.sheetnames:
        return workbook[LISTS_SHEET]
    lists = workbook.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    return lists


def _drop_down(workbook: Workbook, sheet: Any, col: int, column: Column, last_row: int) -> None:
    """A drop-down of ``column.choices`` on the column's rows, listed on the hidden sheet.

    The list lives on a sheet rather than in the rule because labels hold commas
    ("Học tập, quán triệt nghị quyết"), the separator of an inline list.
    """
    lists = _lists_sheet(workbook)
    list_col = lists.max_column + 1 if lists.max_row > 1 or lists["A1"].value is not None else 1
    letter = get_column_letter(list_col)
    lists.cell(row=1, column=list_col, value=column.header).font = Font(bold=True)
    for r, choice in enumerate(column.choices, start=2):
        lists.cell(row=r, column=list_col, value=choice).data_type = "s"
    source = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(column.choices) + 1}"
    rule = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=True,
                          errorTitle=column.header[:32],
                          error="Hãy chọn một giá trị trong danh sách.")
    target = get_column_letter(col)
    rule.add(f"{target}2:{target}{last_row}")
    sheet.add_data_validation(rule)


def _row_heights(sheet: Any, widths: Sequence[float], rows: Iterable[int]) -> None:
    """Rows tall enough for their wrapped text: not every program sizes them on opening."""
    for r in rows:
        lines = 1
        for col, width in enumerate(widths, start=1):
            cell = sheet.cell(row=r, column=col)
            if not isinstance(cell.value, str) or not (cell.alignment and cell.alignment.wrap_text):
                continue
            per_line = max(int(width) - 1, 1)
            lines = max(lines, sum(max(1, -(-len(part) // per_line)) for part in cell.value.split("\n")))
        if lines > 1:
            sheet.row_dimensions[r].height = 15 * min(lines, 20)
            if r > 1:  # a tall row reads from its top line, like its wrapped cells
                for col in range(1, len(widths) + 1):
                    cell = sheet.cell(row=r, column=col)
                    if not (cell.alignment and cell.alignment.wrap_text):
                        cell.alignment = _TOP


def _fill(workbook: Workbook, sheet: Any, spec: Sheet) -> None:
    bold = Font(bold=True)
    required = Font(bold=True, color="9C0006")
    header_align = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrap = Alignment(wrap_text=True, vertical="top")
    # Headers wrap, so a long one needs no wider column than a short value does.
    widths = [min(len(c.header), 22) for c in spec.columns]
    for col, column in enumerate(spec.columns, start=1):
        cell = sheet.cell(row=1, column=col, value=column.header)
        cell.font = required if column.required else bold
        cell.alignment = header_align
        cell.fill = _HEADER_FILL
        if column.note:
            comment = Comment(column.note, "dvdesktop")
            comment.width, comment.height = 320, 140
            cell.comment = comment
    rows = [*spec.rows, spec.total] if spec.total is not None else list(spec.rows)
    wrapped: set[int] = set()
    for r, record in enumerate(rows, start=2):
        kinds = record.get(ROW_KINDS) or {}
        for col, column in enumerate(spec.columns, start=1):
            raw = record.get(column.key)
            value, kind = _typed(raw, kinds.get(column.key, column.kind))
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = sheet.cell(row=r, column=col)
            cell.value = value
            if isinstance(value, str):
                # Text a user typed ("=1+1", "+84...", "040123456789") stays text.
                cell.data_type = "s"
                if kind == "longtext" or "\n" in value:
                    cell.alignment = wrap
                    wrapped.add(r)
            elif value is not None and kind in _FORMATS:
                cell.number_format = _FORMATS[kind]
            widths[col - 1] = max(widths[col - 1], _width_of(value, kind))
            if record is spec.total:
                cell.font = bold
    last_row = max(len(spec.rows) + 1, 1)
    final: list[float] = []
    for col, column in enumerate(spec.columns, start=1):
        letter = get_column_letter(col)
        cap = MAX_WIDTH.get(column.kind, MAX_WIDTH["text"])
        final.append(column.width or max(min(widths[col - 1] + 2, cap), MIN_WIDTH))
        sheet.column_dimensions[letter].width = final[-1]
        if column.kind in ("text", "longtext") and not spec.plain:
            # Typed into later, digits stay digits ("040..." keeps its 0) rather than numbers.
            sheet.column_dimensions[letter].number_format = TEXT_FORMAT
        if column.choices and not spec.plain:
            _drop_down(workbook, sheet, col, column, len(rows) + 1 + SPARE_ROWS)
    _row_heights(sheet, final, [1, *sorted(wrapped)])
    sheet.freeze_panes = "A2"
    if spec.columns and not spec.plain:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}{last_row}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def write_workbook(*, path: Path, sheets: Sequence[Sheet], title: str) -> Path:
    """Write ``sheets`` (in order, the first one active) to an .xlsx file; returns ``path``.

    :param path: e.g. ``Path("hoi-nghi-2026.xlsx")``; replaced atomically
    :param title: the document's title in its properties, e.g. "Hội nghị, sinh hoạt năm 2026"
    """
    workbook = Workbook()
    workbook.remove(workbook.active)
    for spec in sheets:
        sheet = workbook.create_sheet(sheet_title(spec.title))
        _fill(workbook, sheet, spec)
    if not workbook.sheetnames:
        workbook.create_sheet("Danh sách")
    workbook.active = 0
    # The hidden list sheet goes last, so the reader's sheets keep their tab order.
    if LISTS_SHEET in workbook.sheetnames:
        workbook.move_sheet(LISTS_SHEET, offset=len(workbook.sheetnames) - 1 - workbook.sheetnames.index(LISTS_SHEET))
    workbook.properties.title = title
    workbook.properties.creator = "dvdesktop"
    workbook.properties.language = "vi-VN"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return write_atomic(Path(path), buffer.getvalue())


def export_rows(
    *,
    path: Path,
    title: str,
    columns: Sequence[tuple[str, str] | Column],
    rows: Sequence[Mapping[str, Any]],
) -> Path:
    """Write ``rows`` to a one-sheet .xlsx file; returns ``path``.

    :param path: e.g. ``Path("tiep-cong-dan.xlsx")``
    :param title: sheet name and document title, e.g. "Tiếp công dân, đơn thư"
    :param columns: ``Column`` objects, or ``(key, header)`` pairs whose cells are typed
        by their values (ISO dates become dates, numbers numbers)
    :param rows: dicts; missing keys give empty cells
    """
    cols = [c if isinstance(c, Column) else Column(c[0], c[1]) for c in columns]
    return write_workbook(path=path, sheets=[Sheet(title, cols, rows)], title=title)


# ------------------------------------------------------------------ a unit's summary
def _n(data: Mapping[str, Any] | None, key: str) -> int | None:
    value = (data or {}).get(key) if isinstance(data, Mapping) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _section(data: Mapping[str, Any] | None, key: str) -> Mapping[str, Any]:
    value = (data or {}).get(key)
    return value if isinstance(value, Mapping) else {}


def summary_rows(summary: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The figures of a summary (docs/summary.md) as rows: group, figure, unit, this
    period, the same period a year earlier, the change, and the figure's stable key.

    Rates are recomputed from their two counts (``fmt.percent_value``), as everywhere.
    """

    rows: list[dict[str, Any]] = []

    def add(group: str, label: str, unit: str, key: str, section: Mapping[str, Any], name: str,
            *, previous: bool = True) -> None:
        current = _n(section, name)
        before = _n(_section(section, "previous"), name) if previous else None
        rows.append({
            "group": group, "label": label, "unit": unit, "current": current, "previous": before,
            "change": current - before if current is not None and before is not None else None,
            "key": key,
        })

    def rate(group: str, label: str, key: str, part: int | None, whole: int | None,
             prev_part: int | None = None, prev_whole: int | None = None) -> None:
        current = fmt.percent_value(part, whole) if part is not None and whole else None
        before = fmt.percent_value(prev_part, prev_whole) if prev_part is not None and prev_whole else None
        rows.append({"group": group, "label": label, "unit": "%", "current": current,
                     "previous": before, "change": None, "key": key, "rate": True})

    meetings = _section(summary, "meetings")
    g = "Hội nghị, học tập, quán triệt"
    add(g, "Số cuộc", "cuộc", "meetings.count", meetings, "count")
    add(g, "Lượt người dự", "lượt", "meetings.attendance", meetings, "attendance")
    add(g, "Lượt đảng viên dự", "lượt", "meetings.members_present", meetings, "members_present")
    add(g, "Lượt đảng viên được triệu tập", "lượt", "meetings.members_expected", meetings, "members_expected")
    prev = _section(meetings, "previous")
    rate(g, "Tỉ lệ đảng viên dự", "meetings.member_rate", _n(meetings, "members_present"),
         _n(meetings, "members_expected"), _n(prev, "members_present"), _n(prev, "members_expected"))
    add(g, "Lượt cán bộ, công chức, người lao động dự", "lượt", "meetings.others_present", meetings,
        "others_present")
    add(g, "Số cuộc tổ chức trực tuyến", "cuộc", "meetings.multi_site_count", meetings, "multi_site_count",
        previous=False)
    add(g, "Số điểm cầu trực tuyến", "điểm cầu", "meetings.multi_site_sites", meetings, "multi_site_sites",
        previous=False)

    dialogues = _section(summary, "dialogues")
    g = "Đối thoại"
    add(g, "Số cuộc đối thoại", "cuộc", "dialogues.count", dialogues, "count")
    add(g, "Lượt người tham gia", "lượt", "dialogues.participants", dialogues, "participants")
    add(g, "Lượt ý kiến", "lượt", "dialogues.opinions", dialogues, "opinions")
    add(g, "Vấn đề được nêu", "vấn đề", "dialogues.issues", dialogues, "issues")
    status = _section(dialogues, "issues_by_status")
    for key, label in CHOICE_LABELS["issue.status"].items():
        add(g, f"Vấn đề: {label[:1].lower()}{label[1:]}", "vấn đề", f"dialogues.issues_by_status.{key}",
            status, key, previous=False)

    reception = _section(summary, "reception")
    visits, letters, cases = (_section(reception, k) for k in ("visits", "letters", "cases"))
    g = "Tiếp công dân, đơn thư"
    add(g, "Lượt tiếp công dân", "lượt", "reception.visits.count", visits, "count")
    add(g, "Vụ việc qua tiếp công dân", "vụ việc", "reception.visits.cases", visits, "cases")
    add(g, "Vụ việc qua tiếp công dân đã giải quyết", "vụ việc", "reception.visits.cases_resolved",
        visits, "cases_resolved")
    pv = _section(visits, "previous")
    rate(g, "Tỉ lệ giải quyết (tiếp công dân)", "reception.visits.cases_rate", _n(visits, "cases_resolved"),
         _n(visits, "cases"), _n(pv, "cases_resolved"), _n(pv, "cases"))
    add(g, "Đơn tiếp nhận", "đơn", "reception.letters.count", letters, "count")
    add(g, "Vụ việc qua đơn", "vụ việc", "reception.letters.cases", letters, "cases")
    add(g, "Vụ việc qua đơn đã giải quyết", "vụ việc", "reception.letters.cases_resolved", letters,
        "cases_resolved")
    pl = _section(letters, "previous")
    rate(g, "Tỉ lệ giải quyết (đơn)", "reception.letters.cases_rate", _n(letters, "cases_resolved"),
         _n(letters, "cases"), _n(pl, "cases_resolved"), _n(pl, "cases"))
    add(g, "Tổng số vụ việc", "vụ việc", "reception.cases.count", cases, "count", previous=False)
    add(g, "Vụ việc đã giải quyết", "vụ việc", "reception.cases.resolved", cases, "resolved", previous=False)
    add(g, "Vụ việc quá thời hạn giải quyết", "vụ việc", "reception.cases.overdue", cases, "overdue",
        previous=False)
    for sub, choice in (("by_category", "reception.category"), ("by_handling", "reception.handling")):
        for key, label in CHOICE_LABELS[choice].items():
            add(g, f"Vụ việc: {label[:1].lower()}{label[1:]}", "vụ việc", f"reception.cases.{sub}.{key}",
                _section(cases, sub), key, previous=False)

    models = _section(summary, "models")
    g = "Mô hình, điển hình “Dân vận khéo”"
    add(g, "Số mô hình, điển hình", "mô hình", "models.count", models, "count")
    add(g, "Đăng ký mới trong kỳ", "mô hình", "models.new", models, "new")
    add(g, "Số tổ chức, đơn vị đăng ký", "tổ chức", "models.units", models, "units", previous=False)
    for sub, choice in (("by_field", "model.field"), ("by_level", "model.level"),
                        ("by_holder", "model.holder"), ("by_status", "model.status")):
        for key, label in CHOICE_LABELS[choice].items():
            add(g, label, "mô hình", f"models.{sub}.{key}", _section(models, sub), key, previous=False)

    awards = _section(summary, "awards")
    g = "Khen thưởng"
    add(g, "Số tập thể, cá nhân được khen thưởng", "lượt", "awards.count", awards, "count", previous=False)
    add(g, "Tập thể", "tập thể", "awards.collective", awards, "collective", previous=False)
    add(g, "Cá nhân", "cá nhân", "awards.individual", awards, "individual", previous=False)
    for key, label in CHOICE_LABELS["award.level"].items():
        add(g, label, "lượt", f"awards.by_level.{key}", _section(awards, "by_level"), key, previous=False)

    ratings = _section(summary, "ratings")
    g = "Xếp loại chất lượng" + (f" năm {_n(ratings, 'year')}" if _n(ratings, "year") else "")
    add(g, "Số tổ chức được xếp loại", "tổ chức", "ratings.count", ratings, "count", previous=False)
    for key, label in CHOICE_LABELS["rating.grade"].items():
        add(g, label, "tổ chức", f"ratings.by_grade.{key}", _section(ratings, "by_grade"), key, previous=False)
    for i, row in enumerate(rows, start=1):
        row["tt"] = i
    return rows


def summary_sheet(summary: Mapping[str, Any], *, title: str = "Số liệu tổng hợp",
                  first_rows: Sequence[Mapping[str, Any]] = ()) -> Sheet:
    """The summary's figures as one sheet: counts as numbers, rates as percentages.

    :param first_rows: rows put before the summary's own, in the shape of ``summary_rows``
        (the office puts its units' figures there)
    """
    period = _section(summary, "period").get("label") or "Kỳ này"
    before = _section(summary, "previous_period").get("label") or "Cùng kỳ"
    rows = [dict(r) for r in first_rows] + summary_rows(summary)
    for i, row in enumerate(rows, start=1):
        row["tt"] = i
        if row.get("rate"):
            row[ROW_KINDS] = {"current": "percent", "previous": "percent"}
    columns = [
        Column("tt", "TT", "int"),
        Column("group", "Nhóm", "text"),
        Column("label", "Chỉ tiêu", "text"),
        Column("unit", "Đơn vị tính", "text"),
        Column("current", f"Kỳ này ({period})", "int"),
        Column("previous", f"Cùng kỳ ({before})", "int"),
        Column("change", "Tăng (+), giảm (-)", "change"),
        Column("key", "Mã số liệu", "text"),
    ]
    return Sheet(title, columns, rows)


def write_summary(*, path: Path, summary: Mapping[str, Any], unit_name: str = "") -> Path:
    """A unit's summary figures for one period as an .xlsx file (``dvdesktop report --out F.xlsx``)."""
    label = _section(summary, "period").get("label") or ""
    title = " ".join(p for p in ("Số liệu công tác dân vận", unit_name, label) if p)
    return write_workbook(path=path, sheets=[summary_sheet(summary)], title=title)
