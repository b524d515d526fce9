"""Every rule on user input, in one place; each broken rule names its field in Vietnamese.

``clean_record`` turns what a form, a JSON file or a test gives into the values we store,
or raises ``ValidationError`` listing every problem at once, so the user fixes them in one
pass. Nothing here writes anything.

Records are of things that happened: a date after today (a typo such as 05/03/2027 for
2026) is refused. The one exception is a dialogue announced in advance (it has its
"Ngày thông báo trước"), which may be recorded before it takes place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from dvdesktop.base.errors import FieldError, ValidationError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP as N_
from dvdesktop.core import docrefs
from dvdesktop.core.domain import (
    BASELINE_FIELDS,
    BODY_FIELDS,
    CHOICE_LABELS,
    ISSUE_FIELDS,
    META_FIELDS,
    UNIT_FIELDS,
    FieldSpec,
    kind_spec,
)

MIN_YEAR, MAX_YEAR = 1945, 2100
_GROUPED_INT = re.compile(r"^\d{1,3}(\.\d{3})+$")  # "1.538" as Vietnamese write 1538
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_CITIZEN_ID = re.compile(r"^\d{9}$|^\d{12}$")


class _Collector:
    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, template: str, **params: Any) -> None:
        self.errors.append(FieldError(field, template, params))


def parse_date_value(value: Any) -> dt.date | None:
    """A date from ISO text, dd/mm/yyyy text or a date; ``None`` if it is none of those."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if m := _DMY.match(text):
            day, month, year = (int(g) for g in m.groups())
            return dt.date(year, month, day)
        if len(text) == 10:
            return dt.date.fromisoformat(text)
    except ValueError:
        return None
    return None


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, (list, tuple)) and not value
    )


def _clean_field(spec: FieldSpec, value: Any, label: str, errs: _Collector, choice_key: str) -> Any:
    """The stored form of one value, or None after recording why it is wrong."""
    name = spec.name
    if spec.type in ("text", "longtext"):
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            errs.add(name, N_("Validation", "{label}: phải là chữ."), label=label)
            return None
        text = str(value).strip()
        if len(text) > spec.max_length:
            errs.add(name, N_("Validation", "{label}: dài quá {limit} ký tự."),
                     label=label, limit=spec.max_length)
            return None
        return text
    if spec.type == "date":
        d = parse_date_value(value)
        if d is None:
            errs.add(name, N_("Validation",
                              "{label}: “{value}” không phải ngày hợp lệ (dd/mm/yyyy)."),
                     label=label, value=value)
            return None
        if not MIN_YEAR <= d.year <= MAX_YEAR:
            errs.add(name, N_("Validation", "{label}: năm {year} nằm ngoài khoảng {lo}–{hi}."),
                     label=label, year=d.year, lo=MIN_YEAR, hi=MAX_YEAR)
            return None
        return d.isoformat()
    if spec.type == "int":
        number: int | None = None
        if isinstance(value, bool):
            number = None
        elif isinstance(value, int):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        elif isinstance(value, str):
            text = value.strip()
            if _GROUPED_INT.match(text):
                text = text.replace(".", "")
            if re.fullmatch(r"-?\d+", text):
                number = int(text)
        if number is None:
            errs.add(name, N_("Validation", "{label}: “{value}” không phải số nguyên."),
                     label=label, value=value)
            return None
        if number < 0:
            errs.add(name, N_("Validation", "{label}: không được là số âm ({value})."),
                     label=label, value=number)
            return None
        if spec.minimum is not None and number < spec.minimum:
            errs.add(name, N_("Validation", "{label}: phải từ {minimum} trở lên."),
                     label=label, minimum=spec.minimum)
            return None
        if spec.maximum is not None and number > spec.maximum:
            errs.add(name, N_("Validation", "{label}: không được lớn hơn {maximum}."),
                     label=label, maximum=spec.maximum)
            return None
        return number
    if spec.type == "choice":
        text = str(value).strip() if isinstance(value, (str, int)) else None
        if text not in spec.choices:
            labels = CHOICE_LABELS.get(choice_key, {})
            # Accept the Vietnamese label itself, as a user pasting from Excel would type it.
            by_label = {v.casefold(): k for k, v in labels.items()}
            if text is not None and text.casefold() in by_label:
                return by_label[text.casefold()]
            errs.add(name, N_("Validation", "{label}: “{value}” không hợp lệ; chọn một trong: {allowed}."),
                     label=label, value=value, allowed=", ".join(spec.choices))
            return None
        return text
    if spec.type == "bool":
        if isinstance(value, bool):
            return value
        if value in (0, 1, "0", "1", "true", "false"):
            return value in (1, "1", "true")
        errs.add(name, N_("Validation", "{label}: phải là có hoặc không (true/false)."), label=label)
        return None
    if spec.type == "doclist":
        items = value
        if isinstance(items, str):
            items = [p for p in re.split(r"[;,\n]", items) if p.strip()]
        if not isinstance(items, (list, tuple)):
            errs.add(name, N_("Validation", "{label}: phải là danh sách số hiệu văn bản."), label=label)
            return None
        out: list[str] = []
        for item in items:
            ref = docrefs.normalize(item) if isinstance(item, str) else None
            if ref is None:
                errs.add(name, N_("Validation",
                                  "{label}: số hiệu “{value}” không đúng dạng. Ví dụ: 25-NQ/TW "
                                  "(văn bản của Đảng), 04/2015/NĐ-CP (văn bản nhà nước)."),
                         label=label, value=item)
            elif ref not in out:
                out.append(ref)
        return out
    if spec.type == "issues":
        if not isinstance(value, (list, tuple)):
            errs.add(name, N_("Validation", "{label}: phải là danh sách vấn đề."), label=label)
            return None
        issues: list[dict[str, str]] = []
        for pos, item in enumerate(value, start=1):
            if not isinstance(item, Mapping):
                errs.add(name, N_("Validation", "{label}: vấn đề thứ {pos} không hợp lệ."),
                         label=label, pos=pos)
                continue
            extra = set(item) - set(ISSUE_FIELDS) - {"id"}
            if extra:
                errs.add(name, N_("Validation", "{label}: vấn đề thứ {pos} có trường lạ: {extra}."),
                         label=label, pos=pos, extra=", ".join(sorted(extra)))
            summary = str(item.get("summary") or "").strip()
            status = str(item.get("status") or "in_progress").strip()
            if not summary:
                errs.add(name, N_("Validation", "{label}: vấn đề thứ {pos} chưa có nội dung."),
                         label=label, pos=pos)
            elif len(summary) > 1000:
                errs.add(name, N_("Validation", "{label}: vấn đề thứ {pos} dài quá 1000 ký tự."),
                         label=label, pos=pos)
            if status not in CHOICE_LABELS["issue.status"]:
                errs.add(name, N_("Validation",
                                  "{label}: vấn đề thứ {pos} có tình trạng “{value}” không hợp lệ; "
                                  "chọn một trong: resolved, in_progress, referred."),
                         label=label, pos=pos, value=status)
            issues.append({"summary": summary, "status": status})
        return issues
    raise AssertionError(f"unknown field type {spec.type}")  # a bug in domain.py


def _clean(fields: tuple[FieldSpec, ...], data: Mapping[str, Any], *, prefix: str,
           errs: _Collector, ignore: tuple[str, ...]) -> dict[str, Any]:
    known = {f.name for f in fields}
    for key in data:
        if key not in known and key not in ignore:
            errs.add(key, N_("Validation", "Trường “{name}” không có trong loại bản ghi này."),
                     name=key)
    out: dict[str, Any] = {}
    for spec in fields:
        label = spec.label
        value = data.get(spec.name)
        if _is_blank(value):
            if spec.required and spec.default is None:
                errs.add(spec.name, N_("Validation", "{label}: chưa nhập (bắt buộc)."), label=label)
            default = spec.default
            out[spec.name] = list(default) if isinstance(default, tuple) else default
            if spec.type in ("text", "longtext") and default is None:
                out[spec.name] = ""
            continue
        out[spec.name] = _clean_field(spec, value, label, errs, f"{prefix}.{spec.name}")
    return out


def clean_record(kind: str, data: Mapping[str, Any], *, today: dt.date | None = None) -> dict[str, Any]:
    """Validated, normalised values of one record of ``kind``; raises ValidationError.

    :param kind: "meeting", "dialogue", "reception", "model", "award" or "rating"
    :param data: field values, e.g. ``{"date": "2026-03-02", "title": "Quán triệt ..."}``;
        the meta fields of a listed record (id, uid, created_at ...) are ignored, so
        ``list --format json`` output can be fed back to ``add``
    :param today: dates after it are refused (default: the computer's date)
    """
    spec = kind_spec(kind)
    errs = _Collector()
    if not isinstance(data, Mapping):
        raise ValidationError([FieldError("", N_("Validation", "Mỗi bản ghi phải là một đối tượng JSON."))])
    # Choice keys for issues live under "issue.status"; others under "<kind>.<field>".
    out = _clean(spec.fields, data, prefix=kind, errs=errs, ignore=META_FIELDS)
    _cross_checks(kind, out, errs)
    _not_after_today(kind, out, errs, today or dt.date.today())
    if errs.errors:
        raise ValidationError(errs.errors)
    return out


def may_be_planned(kind: str, field: str, rec: Mapping[str, Any]) -> bool:
    """Whether ``field`` of ``rec`` may lie after today: only the date of a dialogue that
    was announced beforehand (it is recorded as planned)."""
    return kind == "dialogue" and field == "date" and bool(rec.get("announced_date"))


def _not_after_today(kind: str, rec: dict[str, Any], errs: _Collector, today: dt.date) -> None:
    """Refuse dates of things that happened when they are after ``today`` (typed 2027 for
    2026); a rating's year may be this year, not a later one."""
    spec = kind_spec(kind)
    failed = _failed(errs)
    for f in spec.fields:
        value = rec.get(f.name)
        if not value or f.name in failed:
            continue
        label = f.label
        if f.type == "date" and value > today.isoformat() and not may_be_planned(kind, f.name, rec):
            if kind == "dialogue" and f.name == "date":
                errs.add(f.name, N_("Validation",
                         "{label}: {value} là ngày sau hôm nay ({today}). Cuộc đối thoại sắp tổ chức "
                         "thì ghi cả ngày thông báo trước."),
                         label=label, value=_dmy(value), today=today.strftime("%d/%m/%Y"))
            else:
                errs.add(f.name, N_("Validation",
                         "{label}: {value} là ngày sau hôm nay ({today}); chỉ ghi việc đã diễn ra."),
                         label=label, value=_dmy(value), today=today.strftime("%d/%m/%Y"))
        elif f.name == spec.date_field and f.type == "int" and isinstance(value, int) and value > today.year:
            errs.add(f.name, N_("Validation", "{label}: năm {value} chưa đến (năm nay là {year})."),
                     label=label, value=str(value), year=str(today.year))


def _label(kind: str, field: str) -> str:
    return kind_spec(kind).field(field).label


def _cross_checks(kind: str, rec: dict[str, Any], errs: _Collector) -> None:
    """Rules that involve more than one field; skipped where a field is already wrong."""
    if kind == "meeting":
        expected, present = rec.get("members_expected"), rec.get("members_present")
        if isinstance(expected, int) and isinstance(present, int) and present > expected:
            errs.add("members_present", N_("Validation",
                     "{label}: {present} người nhiều hơn số đảng viên được triệu tập ({expected})."),
                     label=_label(kind, "members_present"), present=present, expected=expected)
        failed = _failed(errs)
        # The rate of attendance is present over summoned: one without the other says nothing.
        for given, missing in (("members_present", "members_expected"),
                               ("members_expected", "members_present")):
            if rec.get(given) is not None and rec.get(missing) is None and missing not in failed:
                errs.add(missing, N_("Validation",
                         "{label}: chưa nhập; đã có “{other}” thì cần cả số này (để trống cả hai "
                         "nếu không ghi số người dự)."),
                         label=_label(kind, missing), other=_label(kind, given))
        if rec.get("others_kind") and not rec.get("others_present") and "others_present" not in failed:
            errs.add("others_present", N_("Validation",
                     "{label}: chưa nhập, nhưng đã chọn người dự không phải đảng viên là ai."),
                     label=_label(kind, "others_present"))
    elif kind == "commitment":
        total, organised = rec.get("organisations_total"), rec.get("organisations_organised")
        if isinstance(total, int) and isinstance(organised, int) and organised > total:
            errs.add("organisations_organised", N_("Validation",
                     "{label}: {value} nhiều hơn số tổ chức đảng trực thuộc ({total})."),
                     label=_label(kind, "organisations_organised"), value=organised, total=total)
        if (total is None) != (organised is None) and not {"organisations_total", "organisations_organised"} & _failed(errs):
            missing = "organisations_total" if total is None else "organisations_organised"
            errs.add(missing, N_("Validation", "{label}: chưa nhập (cần cả hai số về tổ chức đảng, "
                                               "hoặc để trống cả hai)."), label=_label(kind, missing))
        members, registered = rec.get("members_total"), rec.get("members_registered")
        if isinstance(members, int) and isinstance(registered, int) and registered > members:
            errs.add("members_registered", N_("Validation",
                     "{label}: {value} nhiều hơn số đảng viên ({total})."),
                     label=_label(kind, "members_registered"), value=registered, total=members)
    elif kind == "reception":
        date, resolved = rec.get("date"), rec.get("resolved_date")
        accepted = rec.get("accepted_date")
        if date and resolved and resolved < date:
            errs.add("resolved_date", N_("Validation",
                     "{label}: ngày giải quyết xong ({resolved}) trước ngày tiếp nhận ({received})."),
                     label=_label(kind, "resolved_date"), resolved=_dmy(resolved), received=_dmy(date))
        if date and accepted and accepted < date:
            errs.add("accepted_date", N_("Validation",
                     "{label}: ngày thụ lý ({accepted}) trước ngày tiếp nhận ({received})."),
                     label=_label(kind, "accepted_date"), accepted=_dmy(accepted), received=_dmy(date))
        if accepted and resolved and resolved < accepted:
            errs.add("resolved_date", N_("Validation",
                     "{label}: ngày giải quyết xong ({resolved}) trước ngày thụ lý ({accepted})."),
                     label=_label(kind, "resolved_date"), resolved=_dmy(resolved), accepted=_dmy(accepted))
        status = rec.get("status")
        if status == "resolved" and not resolved and "resolved_date" not in _failed(errs):
            errs.add("resolved_date", N_("Validation",
                     "{label}: vụ việc đã giải quyết thì phải có ngày giải quyết xong."),
                     label=_label(kind, "resolved_date"))
        if status == "pending" and resolved:
            errs.add("status", N_("Validation",
                     "{label}: đã có ngày giải quyết xong nhưng kết quả vẫn là chưa giải quyết."),
                     label=_label(kind, "status"))
        if accepted and rec.get("handling") in ("guide", "transfer"):
            errs.add("accepted_date", N_("Validation",
                     "{label}: vụ việc trả lại đơn hoặc chuyển đơn thì không có ngày thụ lý."),
                     label=_label(kind, "accepted_date"))
        cid = rec.get("citizen_id")
        if cid and not _CITIZEN_ID.match(cid):
            errs.add("citizen_id", N_("Validation",
                     "{label}: “{value}” phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND cũ)."),
                     label=_label(kind, "citizen_id"), value=cid)
    elif kind == "dialogue":
        date, announced, published = rec.get("date"), rec.get("announced_date"), rec.get("published_date")
        if date and announced and announced > date:
            errs.add("announced_date", N_("Validation",
                     "{label}: ngày thông báo ({announced}) sau ngày đối thoại ({date})."),
                     label=_label(kind, "announced_date"), announced=_dmy(announced), date=_dmy(date))
        if date and published and published < date:
            errs.add("published_date", N_("Validation",
                     "{label}: ngày công khai kết quả ({published}) trước ngày đối thoại ({date})."),
                     label=_label(kind, "published_date"), published=_dmy(published), date=_dmy(date))


def _failed(errs: _Collector) -> set[str]:
    return {e.field for e in errs.errors}


def _dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def clean_unit(data: Mapping[str, Any]) -> dict[str, Any]:
    """Validated unit profile (code, name, type, superior, ...); raises ValidationError."""
    errs = _Collector()
    if not isinstance(data, Mapping):
        raise ValidationError([FieldError("", N_("Validation", "Hồ sơ đơn vị phải là một đối tượng JSON."))])
    out = _clean(UNIT_FIELDS, data, prefix="unit", errs=errs, ignore=("id", "updated_at"))
    code = out.get("code")
    if code and not re.fullmatch(r"[A-Za-z0-9._\-]+", code):
        errs.add("code", N_("Validation",
                 "{label}: chỉ dùng chữ không dấu, chữ số, dấu chấm, gạch ngang (ví dụ CB-SOTP)."),
                 label=UNIT_FIELDS[0].label)
    if errs.errors:
        raise ValidationError(errs.errors)
    return out


def clean_body(data: Mapping[str, Any]) -> dict[str, Any]:
    """The receiving side's profile fields (``domain.BODY_FIELDS``), validated."""
    errs = _Collector()
    out = _clean(BODY_FIELDS, data, prefix="unit", errs=errs, ignore=())
    if errs.errors:
        raise ValidationError(errs.errors)
    return out


_BASELINE_BY_NAME = {f.name: f for f in BASELINE_FIELDS}


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and name not in _BASELINE_BY_NAME:
            out.update(_flatten(value, f"{name}."))
        else:
            out[name] = value
    return out


def clean_baseline(figures: Mapping[str, Any]) -> dict[str, int]:
    """Validated hand-entered figures of an earlier period, by key; raises ValidationError.

    :param figures: ``{"reception.visits.count": 66, "reception.visits.cases": 44}``, or the
        same nested as in a summary (``{"reception": {"visits": {"count": 66}}}``); a key
        left empty (None or "") is simply not entered. Each error names its key.
    """
    errs = _Collector()
    if not isinstance(figures, Mapping):
        raise ValidationError([FieldError("", N_("Validation", "Số liệu nhập tay phải là một đối tượng JSON."))])
    flat = _flatten(figures)
    out: dict[str, int] = {}
    for key, value in flat.items():
        spec = _BASELINE_BY_NAME.get(key)
        if spec is None:
            errs.add(key, N_("Validation", "“{name}” không phải một chỉ tiêu nhập tay được."), name=key)
            continue
        if _is_blank(value):
            continue
        number = _clean_field(spec, value, spec.label, errs, "")
        if number is not None:
            out[key] = number
    if not errs.errors and not out:
        errs.add("", N_("Validation", "Chưa nhập số liệu nào."))

    def rule(small: str, big: str, template: str) -> None:
        if small in out and big in out and out[small] > out[big] and not {small, big} & _failed(errs):
            errs.add(small, template, label=_BASELINE_BY_NAME[small].label, value=out[small],
                     other=_BASELINE_BY_NAME[big].label, limit=out[big])

    more = N_("Validation", "{label}: {value} nhiều hơn “{other}” ({limit}).")
    rule("meetings.members_present", "meetings.members_expected", more)
    rule("meetings.members_present", "meetings.attendance", more)
    rule("meetings.others_present", "meetings.attendance", more)
    for channel in ("visits", "letters"):
        # Every vụ việc came with at least one lượt or đơn.
        rule(f"reception.{channel}.cases", f"reception.{channel}.count", more)
        rule(f"reception.{channel}.cases_resolved", f"reception.{channel}.cases", more)
    rule("reception.visits.count", "reception.visits.people", more)
    rule("models.new", "models.count", more)
    parts = [out.get("meetings.members_present"), out.get("meetings.others_present")]
    total = out.get("meetings.attendance")
    if total is not None and None not in parts and sum(parts) != total and not _failed(errs):
        errs.add("meetings.attendance", N_("Validation",
                 "{label}: {value} khác tổng đảng viên dự và người dự khác ({sum})."),
                 label=_BASELINE_BY_NAME["meetings.attendance"].label, value=total, sum=sum(parts))
    if errs.errors:
        raise ValidationError(errs.errors)
    return {f.name: out[f.name] for f in BASELINE_FIELDS if f.name in out}
