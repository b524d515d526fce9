"""The columns of each kind's sheet, and how a record's values become cells and back.

A sheet has one column per field of the kind (core.domain is the one source: its labels
are the headers), in the domain's order, then a few read-only columns worked out from the
record (a meeting's attendance rate, a matter's deadline), then the record's code. Import
reads the field columns and the code, and passes over the worked-out ones.

Cells hold what a reader expects: dates are dates, counts numbers, a choice is its
Vietnamese label ("Nhân dân", not ``citizens``), the documents studied one text
"25-NQ/TW; 16/CT-TTg", a dialogue's issues one line each as "Tiến độ chi trả (Đã giải
quyết)".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from dvdesktop.core.domain import CHOICE_LABELS, FieldSpec, kind_spec
from dvdesktop.core.fmt import percent_value
from dvdesktop.store.fold import fold

__all__ = [
    "FILE_STEMS",
    "ISSUE_LINE",
    "MASK",
    "SHEET_TITLES",
    "UID_HEADER",
    "RecordColumn",
    "choice_key",
    "choice_labels",
    "format_issues",
    "header_key",
    "record_columns",
]

#: Sheet names (Excel allows 31 characters) and file name stems. Like the printed reports,
#: the files are in Vietnamese whatever the window's language.
SHEET_TITLES = {
    "meeting": "Hội nghị, sinh hoạt",
    "dialogue": "Đối thoại",
    "reception": "Tiếp công dân, đơn thư",
    "model": "Mô hình Dân vận khéo",
    "award": "Khen thưởng",
    "rating": "Xếp loại chất lượng",
    "commitment": "Đăng ký cam kết",
}
FILE_STEMS = {
    "meeting": "hoi-nghi",
    "dialogue": "doi-thoai",
    "reception": "tiep-cong-dan",
    "model": "mo-hinh-dan-van-kheo",
    "award": "khen-thuong",
    "rating": "xep-loai",
    "commitment": "dang-ky-cam-ket",
}
#: What a denouncer's identity shows when it is not revealed (Luật Tố cáo 2018); the
#: window's and the command line's wordings both read back as "not given".
MASK = "••• (được giữ bí mật)"
MASKS = (MASK, "••• (giữ bí mật)", "(giữ bí mật)", "(được giữ bí mật)")
UID_HEADER = "Mã bản ghi"
#: One dialogue issue per line: its summary, then its status label in brackets.
ISSUE_LINE = re.compile(r"^(?P<summary>.*?)\s*[(\[](?P<status>[^()\[\]]+)[)\]]\s*$")

#: Field type -> how its cells are written (dvdesktop.reports.xlsx kinds).
_CELL_KIND = {"date": "date", "int": "int", "text": "text", "longtext": "longtext", "choice": "text",
              "doclist": "text", "issues": "longtext", "bool": "text"}
#: Integer fields that are not counts: no thousands separator.
_PLAIN_INTS = {("rating", "year"), ("rating", "score"), ("commitment", "year")}


@dataclass(frozen=True)
class RecordColumn:
    """A column of a kind's sheet.

    ``key`` is the field name, ``"uid"`` for the record's code, or ``"_..."`` for a column
    worked out from the record (``derived``: written on export, passed over on import).
    """

    key: str
    header: str
    cell_kind: str
    field: FieldSpec | None = None
    derived: bool = False
    #: the column must be in a sheet to import (a required field without a default)
    required: bool = False
    note: str = ""
    choices: tuple[str, ...] = ()
    value: Callable[[Mapping[str, Any], Any], Any] | None = None


def header_key(text: Any) -> str:
    """A header as compared: no diacritics, case, repeated spaces, "*" or ":" at the end.

    So "Ngày", "NGÀY", "ngay *" and "Ngày:" all name the date column.
    """
    folded = fold(str(text or "")).replace("\u00a0", " ")
    return " ".join(folded.split()).rstrip("*: ").strip()


def choice_labels(kind: str, name: str) -> dict[str, str]:
    """Value -> Vietnamese label of a choice field."""
    return dict(CHOICE_LABELS[f"{kind}.{name}"])


def choice_key(key: str, text: Any) -> str | None:
    """The stored value of a choice from a cell: its label (any case, with or without
    diacritics, old or new tone placement: "hoà"/"hòa") or the value itself."""
    labels = CHOICE_LABELS[key]
    if text is None:
        return None
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    raw = str(text).strip()
    if raw in labels:
        return raw
    wanted = header_key(raw)
    for value, label in labels.items():
        if header_key(label) == wanted or header_key(value) == wanted:
            return value
    return None


def format_issues(issues: Any) -> str:
    labels = CHOICE_LABELS["issue.status"]
    lines = []
    for issue in issues or []:
        status = labels.get(issue.get("status") or "in_progress", issue.get("status") or "")
        lines.append(f"{issue.get('summary', '')} ({status})")
    return "\n".join(lines)


def _field_note(kind: str, spec: FieldSpec) -> str:
    parts = []
    if spec.required and spec.default is None:
        parts.append("Bắt buộc.")
    if spec.help:
        parts.append(spec.help + ".")
    if spec.type == "date":
        parts.append("Ngày dạng dd/mm/yyyy, ví dụ 05/03/2026.")
    elif spec.type == "choice":
        parts.append("Chọn trong danh sách: " + "; ".join(CHOICE_LABELS[f"{kind}.{spec.name}"].values()) + ".")
    elif spec.type == "doclist":
        parts.append("Nhiều văn bản cách nhau bằng dấu chấm phẩy, ví dụ 25-NQ/TW; 16/CT-TTg.")
    elif spec.type == "issues":
        statuses = ", ".join(CHOICE_LABELS["issue.status"].values())
        parts.append(f"Mỗi vấn đề một dòng (Alt+Enter), tình trạng trong ngoặc: {statuses}.")
    elif spec.type == "int":
        bounds = [f"từ {spec.minimum}" if spec.minimum is not None else "",
                  f"đến {spec.maximum}" if spec.maximum is not None else ""]
        parts.append("Số nguyên " + " ".join(b for b in bounds if b).strip() + ".")
    if spec.default not in (None, "", (), 0) and spec.type == "choice":
        label = CHOICE_LABELS[f"{kind}.{spec.name}"].get(str(spec.default), str(spec.default))
        parts.append(f"Để trống: {label}.")
    if spec.pii:
        parts.append("Thông tin cá nhân của công dân.")
    return " ".join(p for p in parts if p)


def _cell_value(kind: str, spec: FieldSpec) -> Callable[[Mapping[str, Any], Any], Any]:
    name = spec.name
    if spec.type == "date":
        return lambda r, ctx: dt.date.fromisoformat(r[name]) if r.get(name) else None
    if spec.type == "choice":
        labels = choice_labels(kind, name)
        return lambda r, ctx: labels.get(str(r.get(name)), r.get(name)) if r.get(name) not in (None, "") else None
    if spec.type == "doclist":
        return lambda r, ctx: "; ".join(r.get(name) or []) or None
    if spec.type == "issues":
        return lambda r, ctx: format_issues(r.get(name)) or None
    if spec.pii:
        def pii(r: Mapping[str, Any], ctx: Any) -> Any:
            value = r.get(name) or None
            if value and r.get("category") == "denunciation" and not getattr(ctx, "reveal", False):
                return MASK
            return value
        return pii
    return lambda r, ctx: r.get(name) if r.get(name) not in ("",) else None


def _meeting_rate(r: Mapping[str, Any], ctx: Any) -> float | None:
    present, expected = r.get("members_present"), r.get("members_expected")
    return percent_value(present, expected) if isinstance(present, int) and expected else None


def _matter(r: Mapping[str, Any], ctx: Any) -> Any:
    matters = getattr(ctx, "matters", None) or {}
    return matters.get(r.get("case_code")) if r.get("case_code") else None


def _due(r: Mapping[str, Any], ctx: Any) -> dt.date | None:
    matter = _matter(r, ctx)
    return matter.due() if matter is not None else None


def _days_left(r: Mapping[str, Any], ctx: Any) -> int | None:
    matter = _matter(r, ctx)
    today = getattr(ctx, "today", None) or dt.date.today()
    return matter.days_left(today) if matter is not None else None


#: Worked-out columns per kind: (key, header, cell kind, function(record, context)).
_DERIVED: dict[str, tuple[tuple[str, str, str, Callable[[Mapping[str, Any], Any], Any]], ...]] = {
    "meeting": (("_member_rate", "Tỉ lệ đảng viên dự", "percent", _meeting_rate),),
    "dialogue": (("_issue_count", "Số vấn đề", "int",
                  lambda r, ctx: len(r.get("issues") or [])),),
    "reception": (
        ("_due", "Hạn giải quyết", "date", _due),
        ("_days_left", "Số ngày còn lại (âm: quá hạn)", "change", _days_left),
    ),
}


def record_columns(kind: str, *, derived: bool = True, uid: bool = True) -> tuple[RecordColumn, ...]:
    """The columns of ``kind``'s sheet: every field, then the worked-out ones, then the code.

    :param derived: include the worked-out columns (export: yes; template: no)
    :param uid: include "Mã bản ghi", the record's code (export: yes; template: no); on
        import it refuses a record already in the file, so a sheet is never taken twice
    """
    spec = kind_spec(kind)
    columns: list[RecordColumn] = []
    for f in spec.fields:
        cell_kind = _CELL_KIND[f.type]
        if f.type == "int" and (kind, f.name) in _PLAIN_INTS:
            cell_kind = "year"
        columns.append(RecordColumn(
            key=f.name, header=f.label, cell_kind=cell_kind, field=f,
            required=f.required and f.default is None, note=_field_note(kind, f),
            choices=tuple(CHOICE_LABELS[f"{kind}.{f.name}"].values()) if f.type == "choice" else (),
            value=_cell_value(kind, f),
        ))
    if derived:
        for key, header, cell_kind, fn in _DERIVED.get(kind, ()):
            columns.append(RecordColumn(key=key, header=header, cell_kind=cell_kind, derived=True,
                                        note="Chương trình tự tính; khi nhập, cột này được bỏ qua.", value=fn))
    if uid:
        columns.append(RecordColumn(
            key="uid", header=UID_HEADER, cell_kind="text",
            note="Mã của bản ghi trong chương trình; không sửa. Khi nhập, bản ghi đã có mã này "
                 "sẽ không được nhập lại. Dòng mới: để trống.",
            value=lambda r, ctx: r.get("uid") or None,
        ))
    return tuple(columns)
