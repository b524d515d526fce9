"""Records from a spreadsheet: read, check every row, show the problems, then save all or none.

``preview_import(kind, path)`` reads an .xlsx workbook (or a CSV saved as UTF-8 or UTF-16)
laid out as the export and the template lay it out: a header row of Vietnamese column
names (rows above it, such as a title, are passed over), then one record per row. It
changes nothing; it returns every row with the record it would store, and every problem
named by row and column ("Dòng 7, cột C (Ngày): “31/02/2026” không phải ngày hợp lệ"). The
file as a whole is refused, with its reason, when it cannot be read as such a table: an
.xls or .ods file, a required column missing, cells merged below the header, a formula,
an empty sheet. ``commit_import(ledger, preview)`` then stores the records with
``Ledger.add_many``: every one or, if anything is wrong, none.

Cells are read as a secretary types them: dates as real Excel dates or as text dd/mm/yyyy
(also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy), counts as numbers or "1.538", a choice by its
label in any case, with or without diacritics ("nhân dân", "Nhan dan").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dvdesktop.base.errors import FieldError, UserError, ValidationError, translate_params
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP as N_
from dvdesktop.base.i18n import Translator, identity
from dvdesktop.core.domain import CHOICE_LABELS, kind_spec
from dvdesktop.core.ledger import BatchValidationError, Ledger
from dvdesktop.core.validation import clean_record
from dvdesktop.reports.xlsx import LISTS_SHEET
from dvdesktop.sheets.columns import (
    ISSUE_LINE,
    MASKS,
    SHEET_TITLES,
    UID_HEADER,
    RecordColumn,
    choice_key,
    header_key,
    record_columns,
)

__all__ = [
    "MAX_BYTES",
    "ImportPreview",
    "ImportRefused",
    "Issue",
    "PreviewRow",
    "commit_import",
    "describe",
    "preview_import",
]

#: Larger files are refused before they are read (a year of a big unit is far below).
MAX_BYTES = 50 * 1024 * 1024
#: Columns read at most (a sheet of records has about twenty).
MAX_COLUMNS = 200
#: How far down a title may push the header row.
HEADER_SEARCH_ROWS = 20
_IGNORED_HEADERS = {"tt", "stt", "so tt", "so thu tu", "thu tu"}
_DATE_TEXT = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_SHORT_YEAR = re.compile(r"^\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2}$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UID = re.compile(r"^[0-9a-f]{32}$")
#: Excel serial numbers of 01/01/1945 and 31/12/2100, the years a record may carry.
_SERIAL_RANGE = (16438, 73051)
_GUIDE_SHEETS = {header_key("Hướng dẫn"), header_key(LISTS_SHEET)}


@dataclass(frozen=True)
class Issue:
    """One problem found, in Vietnamese, with where it is: a sheet row (numbered as Excel
    numbers them) and a column (letter and header), or the file as a whole.

    ``severity`` "error" stops the import; "warning" says what was done ("Số CCCD: đã
    thêm số 0 ở đầu") and lets it go on. ``template``/``params``/``context`` let the window
    translate the message, as for ``FieldError``.
    """

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)
    row: int | None = None
    column: str | None = None
    header: str | None = None
    field: str | None = None
    severity: str = "error"
    context: str = "Sheets"

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template

    def translated(self, tr: Translator = identity) -> str:
        text = tr(self.context, self.template)
        return text.format(**translate_params(dict(self.params), tr)) if self.params else text

    def where(self, *, header: bool = True) -> str:
        """"Dòng 7, cột C (Ngày)", "Dòng 7", "Cột C (Ngày)" or "" for the whole file."""
        column = self.column or ""
        if column and header and self.header:
            column = f"{column} ({self.header})"
        if self.row is not None and column:
            return f"Dòng {self.row}, cột {column}"
        if self.row is not None:
            return f"Dòng {self.row}"
        return f"Cột {column}" if column else ""

    def line(self) -> str:
        """The issue as one line of text: "Dòng 7, cột C (Ngày): ..."."""
        message = self.message
        # Validation messages already start with the field's label ("Ngày: ...").
        where = self.where(header=not (self.header and message.startswith(f"{self.header}:")))
        return f"{where}: {message}" if where else _capital(message)


@dataclass
class PreviewRow:
    """One data row of the sheet: what was read, the record it gives, its problems."""

    row: int
    values: dict[str, Any]
    record: dict[str, Any] | None
    issues: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.record is not None and not any(i.severity == "error" for i in self.issues)


@dataclass
class ImportPreview:
    """Everything a preview shows before anything is saved."""

    kind: str
    path: Path
    sheet: str = ""
    header_row: int | None = None
    #: (column letter, header as written, field name or None when the column is passed over)
    columns: list[tuple[str, str, str | None]] = field(default_factory=list)
    rows: list[PreviewRow] = field(default_factory=list)
    #: problems of the file as a whole (it cannot be read, a column is missing ...)
    issues: list[Issue] = field(default_factory=list)

    def all_issues(self) -> list[Issue]:
        """File problems first, then every row's, in sheet order."""
        return [*self.issues, *(i for r in self.rows for i in r.issues)]

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.all_issues() if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.all_issues() if i.severity == "warning"]

    @property
    def ok(self) -> bool:
        """Nothing stops the import and there is something to import."""
        return bool(self.rows) and not self.errors

    def records(self) -> list[dict[str, Any]]:
        """The records to store, in sheet order (only when ``ok``)."""
        if not self.ok:
            raise ImportRefused(self)
        return [dict(r.record or {}) for r in self.rows]


class ImportRefused(UserError):
    """The sheet has errors: nothing was saved. ``preview`` lists them by row and column."""

    context = "Sheets"

    def __init__(self, preview: ImportPreview) -> None:
        self.preview = preview
        errors = preview.errors
        rows = {i.row for i in errors if i.row is not None}
        if errors and rows:
            super().__init__(N_("Sheets", "Không nhập bản ghi nào: có {count} lỗi ở {rows} dòng. Sửa trong tệp rồi "
                                          "nhập lại."), count=len(errors), rows=len(rows))
        elif errors:
            super().__init__(N_("Sheets", "Không nhập bản ghi nào: {reason}"), reason=_capital(errors[0].line()))
        else:
            super().__init__(N_("Sheets", "Không có dòng dữ liệu nào để nhập."))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------- reading
@dataclass
class _Cell:
    value: Any
    formula: bool = False
    error: bool = False


@dataclass
class _Grid:
    sheet: str
    rows: list[list[_Cell]]
    merged: list[tuple[str, int, int]] = field(default_factory=list)  # (range, first row, last row)


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _refuse(template: str, **params: Any) -> Issue:
    return Issue(template, params)


def _read_xlsx(path: Path, kind: str, sheet_name: str | None) -> _Grid | Issue:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    try:
        with warnings.catch_warnings():
            # openpyxl warns about Excel features it does not keep (slicers, extensions).
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, EOFError):
        return _refuse(N_("Sheets", "Tệp “{name}” không phải bảng tính Excel (.xlsx) đọc được: có thể tệp "
                                    "đã hỏng hoặc chỉ được đổi đuôi. Hãy mở bằng Excel rồi Lưu thành (Save As) "
                                    "“Excel Workbook (*.xlsx)”."), name=path.name)
    try:
        sheets = [ws for ws in workbook.worksheets]
        visible = [ws for ws in sheets if ws.sheet_state == "visible" and header_key(ws.title) not in _GUIDE_SHEETS]
        wanted = header_key(sheet_name or SHEET_TITLES[kind])
        chosen = next((ws for ws in sheets if header_key(ws.title) == wanted), None)
        if chosen is None and sheet_name:
            return _refuse(N_("Sheets", "Tệp không có trang tính “{sheet}”; các trang: {sheets}."),
                           sheet=sheet_name, sheets=", ".join(ws.title for ws in sheets))
        if chosen is None:
            if len(visible) != 1:
                return _refuse(N_("Sheets", "Tệp có {count} trang tính ({sheets}) và không trang nào tên là "
                                            "“{wanted}”. Hãy đổi tên trang cần nhập thành “{wanted}” hoặc chọn "
                                            "trang khi nhập (--sheet)."),
                               count=len(visible), sheets=", ".join(ws.title for ws in visible) or "không có",
                               wanted=SHEET_TITLES[kind])
            chosen = visible[0]
        rows: list[list[_Cell]] = []
        # Only as far as cells hold something: a sheet whose formatting reaches row
        # 1 048 576 must not make a million empty rows.
        stored = getattr(chosen, "_cells", None)
        if stored is not None:
            filled = [key for key, cell in stored.items() if cell.value is not None]
            last_row = max((r for r, _ in filled), default=0)
            last_col = min(max((c for _, c in filled), default=0), MAX_COLUMNS)
        else:
            last_row, last_col = chosen.max_row, min(chosen.max_column, MAX_COLUMNS)
        rows_read = chosen.iter_rows(min_row=1, max_row=last_row, min_col=1, max_col=last_col) \
            if last_row and last_col else ()
        for row in rows_read:
            cells = []
            for cell in row:
                value = cell.value
                formula = cell.data_type == "f" or isinstance(value, (ArrayFormula, DataTableFormula))
                if isinstance(value, (ArrayFormula, DataTableFormula)):
                    value = getattr(value, "text", None) or "="
                cells.append(_Cell(value, formula=formula, error=cell.data_type == "e"))
            rows.append(cells)
        merged = [(str(r.coord), r.min_row, r.max_row) for r in chosen.merged_cells.ranges]
        return _Grid(chosen.title, rows, merged)
    finally:
        workbook.close()


def _decode_text(data: bytes) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        try:
            return data.decode("utf-16-le")
        except UnicodeDecodeError:
            return None
    return None


def _read_csv(path: Path) -> _Grid | Issue:
    data = path.read_bytes()
    try:
        text = _decode_text(data)
    except UnicodeDecodeError:
        text = None
    if text is None:
        return _refuse(N_("Sheets", "Tệp CSV “{name}” không ở dạng Unicode (UTF-8 hoặc UTF-16), nên chữ tiếng "
                                    "Việt sẽ bị sai. Trong Excel hãy Lưu thành “CSV UTF-8 (*.csv)” hoặc tốt hơn "
                                    "“Excel Workbook (*.xlsx)”."), name=path.name)
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel_tab if "\t" in sample else csv.excel
    rows = [[_Cell(v if v.strip() else None) for v in row] for row in csv.reader(io.StringIO(text), dialect)]
    return _Grid(path.stem, rows)


def _read(path: Path, kind: str, sheet: str | None) -> _Grid | Issue:
    suffix = path.suffix.lower()
    if suffix in (".xls", ".xlsb"):
        return _refuse(N_("Sheets", "Tệp “{name}” là dạng Excel cũ ({suffix}) mà chương trình không đọc. Hãy mở "
                                    "bằng Excel rồi Lưu thành (Save As) “Excel Workbook (*.xlsx)” và nhập tệp mới."),
                       name=path.name, suffix=suffix)
    if suffix in (".ods", ".numbers"):
        return _refuse(N_("Sheets", "Tệp “{name}” không phải dạng Excel. Hãy lưu lại thành “Excel Workbook "
                                    "(*.xlsx)” rồi nhập."), name=path.name)
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        return _refuse(N_("Sheets", "Chỉ nhập được tệp Excel .xlsx (hoặc .csv); tệp “{name}” không phải."),
                       name=path.name)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            magic = fh.read(8)
    except FileNotFoundError:
        return _refuse(N_("Sheets", "Không có tệp “{path}”."), path=str(path))
    except OSError as exc:
        return _refuse(N_("Sheets", "Không đọc được tệp “{path}”: {detail}"), path=str(path),
                       detail=exc.strerror or str(exc))
    if size > MAX_BYTES:
        return _refuse(N_("Sheets", "Tệp “{name}” quá lớn ({size} MB; tối đa {limit} MB)."), name=path.name,
                       size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        return _refuse(N_("Sheets", "Tệp “{name}” được đặt mật khẩu hoặc là tệp Excel cũ (.xls) đổi đuôi. Hãy mở "
                                    "bằng Excel, bỏ mật khẩu, rồi Lưu thành “Excel Workbook (*.xlsx)”."),
                       name=path.name)
    return _read_xlsx(path, kind, sheet)


# ---------------------------------------------------------------------------- cells
def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_text(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y") if value.time() == dt.time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class _Cells:
    """Turns one row's cells into the values ``clean_record`` takes, noting problems."""

    def __init__(self, kind: str, row: int) -> None:
        self.kind, self.row = kind, row
        self.issues: list[Issue] = []
        self.masked: list[tuple[str, RecordColumn]] = []

    def finish(self) -> list[Issue]:
        """The row's issues, with one note for all of a denouncer's masked cells."""
        if self.masked:
            self.issues.append(Issue(
                N_("Sheets", "danh tính người tố cáo ({columns}) đã được giữ bí mật khi xuất tệp nên không có "
                             "trong tệp; bản ghi được nhập với các ô đó để trống."),
                {"columns": ", ".join(f"{letter} {col.header}" for letter, col in self.masked)},
                row=self.row, severity="warning"))
            self.masked = []
        return self.issues

    def note(self, column: tuple[str, RecordColumn], template: str, *, severity: str = "error",
             **params: Any) -> None:
        letter, col = column
        self.issues.append(Issue(template, params, row=self.row, column=letter, header=col.header,
                                 field=col.key, severity=severity))

    def convert(self, column: tuple[str, RecordColumn], value: Any) -> Any:
        col = column[1]
        if col.key == "uid":
            text = _as_text(value).lower()
            if not _UID.match(text):
                self.note(column, N_("Sheets", "mã bản ghi “{value}” không đúng dạng; với dòng mới hãy để trống."),
                          value=_as_text(value))
                return None
            return text
        spec = col.field
        assert spec is not None
        if spec.type == "date":
            return self._date(column, value)
        if spec.type == "int":
            if isinstance(value, (dt.date, dt.datetime)):
                return _as_text(value)  # validation names it: not a whole number
            return value if not isinstance(value, str) else value.strip()
        if spec.type == "choice":
            key = choice_key(f"{self.kind}.{spec.name}", value)
            if key is None:
                allowed = "; ".join(CHOICE_LABELS[f"{self.kind}.{spec.name}"].values())
                self.note(column, N_("Sheets", "“{value}” không có trong danh sách; chọn một trong: {allowed}."),
                          value=_as_text(value), allowed=allowed)
            return key
        if spec.type == "issues":
            return self._issues(column, _as_text(value))
        text = _as_text(value)
        if spec.pii and text in MASKS:
            self.masked.append(column)
            return None
        if spec.name == "citizen_id" and isinstance(value, (int, float)) and len(text) in (8, 11):
            # Excel turned a typed 040123456789 into the number 40123456789.
            self.note(column, N_("Sheets", "Excel đã bỏ số 0 ở đầu số CCCD (ô đang là số); đã thêm lại thành "
                                           "{value}. Nên định dạng cột là Text."), severity="warning",
                      value="0" + text)
            return "0" + text
        return text

    def _date(self, column: tuple[str, RecordColumn], value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
                from openpyxl.utils.datetime import from_excel

                day = from_excel(value).date()
                self.note(column, N_("Sheets", "ô là số {value} chứ không phải ngày; đã hiểu là ngày {date}. Nên "
                                               "định dạng cột là ngày (dd/mm/yyyy)."), severity="warning",
                          value=_as_text(value), date=day.strftime("%d/%m/%Y"))
                return day.isoformat()
            self.note(column, N_("Sheets", "“{value}” là số, không phải ngày; hãy nhập ngày dạng dd/mm/yyyy."),
                      value=_as_text(value))
            return None
        text = _as_text(value)
        if m := _DATE_TEXT.match(text):
            day, month, year = m.groups()
            return f"{int(day):02d}/{int(month):02d}/{year}"  # validation names an impossible date
        if _SHORT_YEAR.match(text):
            self.note(column, N_("Sheets", "“{value}”: hãy ghi năm đủ bốn chữ số (dd/mm/yyyy)."), value=text)
            return None
        if _ISO.match(text):
            return text
        self.note(column, N_("Sheets", "“{value}” không phải ngày; hãy nhập dạng dd/mm/yyyy, ví dụ 05/03/2026."),
                  value=text)
        return None

    def _issues(self, column: tuple[str, RecordColumn], text: str) -> list[dict[str, str]]:
        issues = []
        for line in text.replace("\r\n", "\n").split("\n"):
            line = line.strip().lstrip("-–•+ ").strip()
            if not line:
                continue
            status = "in_progress"
            match = ISSUE_LINE.match(line)
            if match:
                key = choice_key("issue.status", match.group("status"))
                if key is not None:
                    line, status = match.group("summary").strip(), key
            issues.append({"summary": line, "status": status})
        return issues


# ---------------------------------------------------------------------------- preview
def _header_row(grid: _Grid, known: Mapping[str, RecordColumn]) -> int | None:
    """Index of the header row: the first of the top rows naming two known columns."""
    for index, cells in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        names = {header_key(c.value) for c in cells if isinstance(c.value, str)}
        if len(names & set(known)) >= 2:
            return index
    return None


def _known_headers(kind: str) -> dict[str, RecordColumn]:
    known: dict[str, RecordColumn] = {}
    for col in record_columns(kind):
        known[header_key(col.header)] = col
        if col.field is not None:
            known.setdefault(header_key(col.key), col)  # the JSON name ("date") too
    return known


def preview_import(kind: str, path: str | Path, *, sheet: str | None = None) -> ImportPreview:
    """Read ``path`` as records of ``kind`` and check them all, saving nothing.

    :param kind: "meeting", "dialogue", "reception", "model", "award" or "rating"
    :param path: an .xlsx workbook (or a UTF-8/UTF-16 .csv) laid out as
        ``write_template`` lays it out
    :param sheet: the sheet to read; by default the one named as the kind's sheet
        ("Hội nghị, sinh hoạt"), else the workbook's only sheet
    """
    kind_spec(kind)
    path = Path(path)
    preview = ImportPreview(kind=kind, path=path)
    grid = _read(path, kind, sheet)
    if isinstance(grid, Issue):
        preview.issues.append(grid)
        return preview
    preview.sheet = grid.sheet
    if not any(not _blank(c.value) for row in grid.rows for c in row):
        preview.issues.append(_refuse(N_("Sheets", "Trang tính “{sheet}” trống: không có dòng tiêu đề, không có "
                                                   "dữ liệu."), sheet=grid.sheet))
        return preview
    known = _known_headers(kind)
    header_index = _header_row(grid, known)
    if header_index is None:
        required = [c.header for c in record_columns(kind) if c.required]
        preview.issues.append(_refuse(N_("Sheets", "Không tìm thấy dòng tiêu đề cột trong {rows} dòng đầu của trang "
                                                   "“{sheet}”. Dòng tiêu đề ghi tên cột như trong mẫu, ví dụ: "
                                                   "{examples}."),
                                      rows=HEADER_SEARCH_ROWS, sheet=grid.sheet,
                                      examples=", ".join(f"“{h}”" for h in required)))
        return preview
    preview.header_row = header_index + 1

    mapping: dict[int, RecordColumn] = {}
    seen: dict[str, str] = {}
    for index, cell in enumerate(grid.rows[header_index]):
        letter = _column_letter(index)
        text = _as_text(cell.value) if not _blank(cell.value) else ""
        col = known.get(header_key(text)) if text else None
        preview.columns.append((letter, text, col.key if col and not col.derived else None))
        if not text or header_key(text) in _IGNORED_HEADERS:
            continue
        if col is None:
            preview.issues.append(Issue(N_("Sheets", "cột “{header}” không có trong mẫu; được bỏ qua."),
                                        {"header": text}, column=letter, header=text, severity="warning"))
            continue
        if col.derived:
            continue  # worked out by the program: read-only
        if col.key in seen:
            preview.issues.append(Issue(N_("Sheets", "cột “{header}” có hai lần (cột {first} và cột {second})."),
                                        {"header": col.header, "first": seen[col.key], "second": letter},
                                        column=letter, header=text))
            continue
        seen[col.key] = letter
        mapping[index] = col
    for col in record_columns(kind):
        if col.required and col.key not in seen:
            preview.issues.append(Issue(N_("Sheets", "Thiếu cột bắt buộc “{header}”."), {"header": col.header},
                                        header=col.header, field=col.key))
    for coord, first, last in grid.merged:
        if last > header_index:
            preview.issues.append(Issue(N_("Sheets", "các ô {range} được gộp (Merge). Hãy bỏ gộp ô (Unmerge Cells) "
                                                     "và ghi giá trị vào từng dòng, từng ô."),
                                        {"range": coord}, row=first))
    if any(i.severity == "error" for i in preview.issues):
        return preview  # the columns themselves are wrong: reading rows would mislead

    letters = {col.key: _column_letter(index) for index, col in mapping.items()}
    fingerprints: dict[tuple[Any, ...], int] = {}
    for offset, cells in enumerate(grid.rows[header_index + 1:], start=header_index + 2):
        # A row with nothing in the record's columns is no record, even with its "STT"
        # filled in ahead, as printed forms often are.
        if all(index >= len(cells) or _blank(cells[index].value) for index in mapping):
            continue
        reader = _Cells(kind, offset)
        data: dict[str, Any] = {}
        values: dict[str, Any] = {}
        for index, col in mapping.items():
            cell = cells[index] if index < len(cells) else _Cell(None)
            column = (_column_letter(index), col)
            if cell.formula:
                reader.note(column, N_("Sheets", "ô có công thức ({formula}). Hãy chép rồi dán giá trị (Paste "
                                                 "Special → Values) thay cho công thức, rồi nhập lại."),
                            formula=str(cell.value)[:60])
                continue
            if cell.error:
                reader.note(column, N_("Sheets", "ô có lỗi {value} của Excel."), value=str(cell.value))
                continue
            if _blank(cell.value):
                continue
            values[col.key] = cell.value
            converted = reader.convert(column, cell.value)
            if converted is not None:
                data[col.key] = converted
        reader.finish()
        # The rules run even when a cell was already refused, so a row shows all its
        # problems at once; the refused cells are left out and not named twice.
        refused = {i.field for i in reader.issues if i.severity == "error"}
        record = None
        try:
            clean = clean_record(kind, {k: v for k, v in data.items() if k != "uid" and k not in refused})
        except ValidationError as exc:
            reader.issues += [_field_issue(err, offset, letters, kind) for err in exc.errors
                              if err.field not in refused]
        else:
            if not refused:
                record = clean
                if "uid" in data:
                    record["uid"] = data["uid"]
                fingerprint = tuple(sorted((k, repr(v)) for k, v in record.items()))
                if fingerprint in fingerprints:
                    reader.issues.append(Issue(N_("Sheets", "dòng này giống hệt dòng {other}; cả hai sẽ được "
                                                            "nhập."),
                                               {"other": fingerprints[fingerprint]}, row=offset,
                                               severity="warning"))
                else:
                    fingerprints[fingerprint] = offset
        preview.rows.append(PreviewRow(offset, values, record, reader.issues))
    uids: dict[str, int] = {}
    for row in preview.rows:
        uid = (row.record or {}).get("uid")
        if uid in uids:
            row.issues.append(Issue(N_("Sheets", "mã bản ghi trùng với dòng {other}."), {"other": uids[uid]},
                                    row=row.row, column=letters.get("uid"), header=UID_HEADER, field="uid"))
        elif uid:
            uids[uid] = row.row
    if not preview.rows:
        preview.issues.append(_refuse(N_("Sheets", "Không có dòng dữ liệu nào dưới dòng tiêu đề (dòng {row})."),
                                      row=preview.header_row))
    return preview


def _field_issue(err: FieldError, row: int, letters: Mapping[str, str], kind: str) -> Issue:
    header = next((c.header for c in record_columns(kind) if c.key == err.field), None)
    return Issue(err.template, err.params, row=row, column=letters.get(err.field), header=header,
                 field=err.field or None, context=err.context)


def commit_import(ledger: Ledger, preview: ImportPreview) -> list[dict[str, Any]]:
    """Store the previewed records, every one or none; returns them as stored.

    :raises ImportRefused: the preview has errors, or the file holds a record already in
        the database (same "Mã bản ghi"); its ``preview`` then names the rows
    """

    records = preview.records()
    letters = {key: letter for letter, _, key in preview.columns if key}
    # Every record the file would take twice is named at once, not only the first.
    known = ledger.known_uids(preview.kind, (r.get("uid") for r in records))
    for row, record in zip(preview.rows, records, strict=True):
        if record.get("uid") in known:
            row.issues.append(_known(row.row, record["uid"], letters))
    if known:
        raise ImportRefused(preview)
    try:
        return ledger.add_many(preview.kind, records)
    except BatchValidationError as exc:
        for problem in exc.problems:
            row = preview.rows[problem.index or 0]
            for err in problem.errors:
                row.issues.append(_known(row.row, err.params.get("uid", ""), letters) if err.field == "uid"
                                  else _field_issue(err, row.row, letters, preview.kind))
        raise ImportRefused(preview) from None


def _known(row: int, uid: str, letters: Mapping[str, str]) -> Issue:
    return Issue(N_("Sheets", "bản ghi này (mã {uid}) đã có trong dữ liệu: tệp đã được nhập trước đây, hoặc "
                              "được xuất từ chính dữ liệu này."),
                 {"uid": uid}, row=row, column=letters.get("uid"), header=UID_HEADER, field="uid")


def _lines(issues: Iterable[Issue]) -> list[str]:
    return [i.line() for i in issues]


def describe(preview: ImportPreview, *, limit: int | None = None) -> list[str]:
    """The preview as lines of text, errors then warnings (the command line prints them)."""
    errors, warnings_ = preview.errors, preview.warnings
    lines = _lines(errors[:limit] if limit else errors)
    if limit and len(errors) > limit:
        lines.append(f"… và {len(errors) - limit} lỗi khác.")
    lines += [f"Lưu ý — {line}" for line in _lines(warnings_[:limit] if limit else warnings_)]
    return lines

