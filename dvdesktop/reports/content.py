"""The words and figures of a unit's report, as renderer-neutral blocks (PDF and DOCX share them).

Everything a reader sees in the report is decided here, once: the header lines, the title,
the sentences of section I written in the register of the seeds ("Tổ chức được 454 cuộc,
có 10.955 lượt đồng chí dự ..."), the tables and charts, the secretary's own sections II
and III, the signature block and the recipients. ``pdf.py`` and ``docx.py`` only lay the
blocks out, so the two files always say the same thing.

The summary dict follows docs/summary.md. Every section and key may be missing, null or
zero (a new unit has recorded nothing yet): the functions then state the absence in words
instead of printing "0 cuộc" or failing. Every number goes through ``dvdesktop.core.fmt``;
rates are recomputed from their two counts (``fmt.percent``), never read from the
summary's precomputed floats, so there is exactly one rounding rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from dvdesktop.core import fmt
from dvdesktop.core.domain import CHOICE_LABELS

__all__ = [
    "Block",
    "Chart",
    "Heading",
    "Paragraph",
    "Placeholder",
    "ReportDocument",
    "Row",
    "Table",
    "build_document",
    "dialogue_paragraphs",
    "document_name",
    "meeting_paragraphs",
    "model_paragraphs",
    "number_line",
    "award_paragraphs",
    "rating_paragraphs",
    "reception_paragraphs",
    "report_subject",
    "section_one",
]

UNIT_TYPES = ("dang_bo_co_so", "chi_bo_co_so", "chi_bo_truc_thuoc", "xa_phuong")

NATION = "ĐẢNG CỘNG SẢN VIỆT NAM"
TITLE = "BÁO CÁO"
SUBJECT_PREFIX = (
    "kết quả công tác dân vận, thực hiện Quy chế dân chủ ở cơ sở và phong trào thi đua "
    "“Dân vận khéo”"
)

# ---------------------------------------------------------------------------------------
# Blocks


@dataclass(frozen=True)
class Heading:
    """A section heading: level 1 "I. KẾT QUẢ ...", level 2 "1. ...". Bold, not indented."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    """Body text: justified, first line indented."""

    text: str


@dataclass(frozen=True)
class Placeholder:
    """Dotted lines left for handwriting when the secretary has not typed a section yet."""

    lines: int = 4


@dataclass(frozen=True)
class Row:
    """One table row; ``kind`` "group" is a bold sub-heading row, "total" a bold sum row."""

    cells: tuple[str, ...]
    kind: Literal["body", "group", "total"] = "body"


@dataclass(frozen=True)
class Table:
    """A figures table: caption above, bold header row, thin grid.

    ``widths`` are relative (they are scaled to the text width); ``align`` per column is
    "left", "center" or "right".
    """

    caption: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    widths: tuple[float, ...]
    align: tuple[str, ...]
    #: A smaller size for wide tables (points); None means the normal table size.
    font_size: float | None = None


@dataclass(frozen=True)
class Chart:
    """A vertical bar chart: one bar group per category, one bar per series."""

    caption: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]
    value_label: str = ""


Block = Heading | Paragraph | Placeholder | Table | Chart


@dataclass(frozen=True)
class ReportDocument:
    """The whole report as text: header, title, body blocks, signature, recipients."""

    superior: str  # upper case, regular
    issuer: str  # upper case, bold
    number_line: str  # "Số 12-BC/CB"
    nation: str
    date_line: str  # italic: "Quỳnh Lưu, ngày 05 tháng 02 năm 2026"
    title: str
    subject: str
    blocks: tuple[Block, ...]
    signer_title: str
    signer_role: str
    signer_name: str
    recipients: tuple[str, ...]
    fingerprint_line: str | None = None
    period_label: str = ""
    meta: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------
# Small helpers

def _labels(key: str, *, lower: bool = False) -> dict[str, str]:
    """Vietnamese labels of a choice (core.domain is the one source), in summary key order."""
    labels = dict(CHOICE_LABELS[key])
    if lower:
        labels = {k: _lower_first(v) for k, v in labels.items()}
    return labels


def _lower_first(text: str) -> str:
    """"Văn hóa - xã hội" -> "văn hóa - xã hội" for use inside a sentence."""
    return text[:1].lower() + text[1:]


# Keys the report knows; a key added to the summary later is not printed raw (English on
# paper) but falls into "khác" where a sentence lists them.
FIELD_LABELS = _labels("model.field", lower=True)
LEVEL_LABELS = _labels("model.level")
HOLDER_LABELS = _labels("model.holder")
STATUS_LABELS = _labels("model.status", lower=True)
COUNTERPART_LABELS = _labels("dialogue.counterpart", lower=True)
CATEGORY_LABELS = _labels("reception.category")
HANDLING_LABELS = _labels("reception.handling")
AWARD_LEVEL_LABELS = _labels("award.level")

# Party and state document types -> the noun that precedes "số" in running text.
# QĐ is left out on purpose: it is "Quyết định" or (in older Party texts) "Quy định".
DOC_TYPE_NAMES = {
    "NQ": "Nghị quyết",
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "QĐi": "Quy định",
    "QC": "Quy chế",
    "HD": "Hướng dẫn",
    "TB": "Thông báo",
    "KH": "Kế hoạch",
    "CTr": "Chương trình hành động",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "ĐA": "Đề án",
}
_PARTY_REF = re.compile(r"^\s*\d+\s*-\s*([A-Za-zĐđ]+)\s*/")
_STATE_REF = re.compile(r"^\s*\d+\s*/(?:\s*\d{4}\s*/)?\s*([A-Za-zĐđ]+)\s*-")


def _section(summary: Mapping[str, Any] | None, key: str) -> Mapping[str, Any]:
    value = summary.get(key) if summary else None
    return value if isinstance(value, Mapping) else {}


def _n(data: Mapping[str, Any] | None, key: str) -> int:
    """A count from the summary; missing or null counts as 0 (nothing recorded)."""
    if not data:
        return 0
    value = data.get(key)
    if value is None or isinstance(value, bool):
        return 0
    return int(value)


def _prev(data: Mapping[str, Any]) -> Mapping[str, Any] | None:
    value = data.get("previous")
    return value if isinstance(value, Mapping) else None


def _num(n: int) -> str:
    return fmt.number(n)


def _versus(current: int, previous: int, unit: str) -> str:
    """"tăng 15 đơn so với cùng kỳ" / "bằng cùng kỳ"."""
    if current == previous:
        return "bằng cùng kỳ"
    return f"{fmt.change_phrase(current, previous, unit)} so với cùng kỳ"


def _versus_with_cases(
    count: int, prev_count: int, cases: int, prev_cases: int, unit: str
) -> str:
    """Change of a count with its vụ việc in brackets, as seed 002 writes it.

    "giảm 20 lượt (15 vụ việc) so với cùng kỳ"; when the two move in opposite directions
    the bracket says so ("giảm 2 lượt (tăng 1 vụ việc) so với cùng kỳ").
    """
    d_count = count - prev_count
    d_cases = cases - prev_cases
    if d_count == 0 and d_cases == 0:
        return "bằng cùng kỳ"
    if d_count == 0:
        return f"số {unit} bằng cùng kỳ, {fmt.change_phrase(cases, prev_cases, 'vụ việc')} so với cùng kỳ"
    head = fmt.change_phrase(count, prev_count, unit)
    if d_cases == 0:
        bracket = "số vụ việc bằng cùng kỳ"
    elif (d_cases > 0) == (d_count > 0):
        bracket = f"{_num(abs(d_cases))} vụ việc"
    else:
        bracket = fmt.change_phrase(cases, prev_cases, "vụ việc")
    return f"{head} ({bracket}) so với cùng kỳ"


def _join_parts(parts: Sequence[str], sep: str = "; ") -> str:
    return sep.join(p for p in parts if p)


def document_name(ref: str) -> str:
    """"25-NQ/TW" -> "Nghị quyết số 25-NQ/TW"; "16/CT-TTg" -> "Chỉ thị số 16/CT-TTg".

    A type we cannot name unambiguously gives "văn bản số ...".
    """
    ref = ref.strip()
    match = _PARTY_REF.match(ref) or _STATE_REF.match(ref)
    kind = match.group(1) if match else ""
    noun = DOC_TYPE_NAMES.get(kind) or DOC_TYPE_NAMES.get(kind.upper()) or "văn bản"
    return f"{noun} số {ref}"


def _split_text(text: str | None) -> list[str]:
    """The secretary's free text as paragraphs: one per non-empty line."""
    if not text:
        return []
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


# ---------------------------------------------------------------------------------------
# Section I sentences


def meeting_paragraphs(meetings: Mapping[str, Any]) -> list[str]:
    """Hội nghị, học tập quán triệt: "Tổ chức được 454 cuộc, có 10.955 lượt đồng chí dự (...)"."""
    count = _n(meetings, "count")
    prev = _prev(meetings)
    if count == 0:
        text = "Trong kỳ, chưa tổ chức hội nghị, buổi học tập, quán triệt nghị quyết"
        if prev is not None and _n(prev, "count") > 0:
            text += f" ({_versus(0, _n(prev, 'count'), 'cuộc')})"
        return [text + "."]
    attendance = _n(meetings, "attendance")
    present = _n(meetings, "members_present")
    expected = _n(meetings, "members_expected")
    others = _n(meetings, "others_present")
    text = f"Tổ chức được {_num(count)} cuộc, có {_num(attendance)} lượt đồng chí dự"
    if present or expected:
        inner = f"trong đó đảng viên là {_num(present)} lượt đồng chí"
        if expected:
            # The rate is members present over members summoned (DOMAIN.md), not over
            # all attendees.
            inner += f", đạt tỉ lệ {fmt.percent(present, expected)}"
        if others:
            inner += "; còn lại là cán bộ, công chức và người lao động"
        text += f" ({inner})"
    if prev is not None:
        text += f", {_versus(count, _n(prev, 'count'), 'cuộc')}"
    paragraphs = [text + "."]
    online, online_sites = _n(meetings, "multi_site_count"), _n(meetings, "multi_site_sites")
    if online:
        # As seed 004 puts it: one conference "tại 21 điểm cầu"; single-site meetings are
        # not "điểm cầu" at all.
        paragraphs.append(
            f"Trong đó có {_num(online)} cuộc tổ chức trực tuyến tại {_num(online_sites)} điểm cầu."
            if online > 1 else f"Trong đó có 01 cuộc tổ chức trực tuyến tại {_num(online_sites)} điểm cầu."
        )
    documents = [d for d in (meetings.get("documents") or []) if d and d.get("ref")]
    if documents:
        shown = documents[:8]
        names = [
            f"{document_name(str(d['ref']))} ({_num(_n(d, 'meetings'))} cuộc)"
            if _n(d, "meetings")
            else document_name(str(d["ref"]))
            for d in shown
        ]
        text = "Nội dung học tập, quán triệt tập trung vào: " + "; ".join(names)
        if len(documents) > len(shown):
            text += f" và {_num(len(documents) - len(shown))} văn bản khác"
        paragraphs.append(text + ".")
    return paragraphs


def dialogue_paragraphs(dialogues: Mapping[str, Any]) -> list[str]:
    """Đối thoại: "tổ chức 19 cuộc đối thoại có 1.538 lượt người tham gia với 204 lượt ý kiến"."""
    count = _n(dialogues, "count")
    prev = _prev(dialogues)
    if count == 0:
        text = "Trong kỳ, chưa tổ chức đối thoại"
        if prev is not None and _n(prev, "count") > 0:
            text += f" ({_versus(0, _n(prev, 'count'), 'cuộc')})"
        return [text + "."]
    text = (
        "Thực hiện Quy chế dân chủ ở cơ sở, đối thoại, tiếp xúc với nhân dân, đã tổ chức "
        f"{_num(count)} cuộc đối thoại có {_num(_n(dialogues, 'participants'))} lượt người "
        f"tham gia với {_num(_n(dialogues, 'opinions'))} lượt ý kiến"
    )
    if prev is not None:
        text += f", {_versus(count, _n(prev, 'count'), 'cuộc')}"
    paragraphs = [text + "."]

    by_counterpart = dialogues.get("by_counterpart") or {}
    parts: list[str] = []
    other = 0
    for key, value in by_counterpart.items():
        n = int(value or 0)
        if not n:
            continue
        if key in COUNTERPART_LABELS and key != "other":
            parts.append(f"với {COUNTERPART_LABELS[key]} {_num(n)} cuộc")
        else:
            other += n
    if other:
        parts.append(f"với {COUNTERPART_LABELS.get('other', 'đối tượng khác')} {_num(other)} cuộc")
    locations = _n(dialogues, "locations")
    sentence = ""
    if parts:
        sentence = "Trong đó, đối thoại " + "; ".join(parts)
    if locations > 1:
        where = f"tổ chức ở {_num(locations)} địa bàn"
        sentence = f"{sentence}; {where}" if sentence else f"Các cuộc đối thoại được {where}"
    if sentence:
        paragraphs.append(sentence + ".")

    issues = _n(dialogues, "issues")
    if issues:
        status = dialogues.get("issues_by_status") or {}
        done, doing, referred = (_n(status, k) for k in ("resolved", "in_progress", "referred"))
        follow = [
            f"đã giải quyết {_num(done)}" if done else "",
            f"đang giải quyết {_num(doing)}" if doing else "",
            f"chuyển cơ quan có thẩm quyền {_num(referred)}" if referred else "",
        ]
        text = f"Qua đối thoại, {_num(issues)} vấn đề được nêu"
        text += f", {_join_parts(follow, ', ')}" if any(follow) else ", đang theo dõi giải quyết"
        paragraphs.append(text + ".")
    return paragraphs


def reception_paragraphs(reception: Mapping[str, Any]) -> list[str]:
    """Tiếp công dân and đơn thư, the two sentences of seed 002, with their rates."""
    visits = _section(reception, "visits")
    letters = _section(reception, "letters")
    paragraphs: list[str] = []

    sentences: list[str] = []
    v_count, v_cases = _n(visits, "count"), _n(visits, "cases")
    v_prev = _prev(visits)
    if v_count:
        text = f"Đã tiếp {_num(v_count)} lượt công dân ({_num(v_cases)} vụ việc)"
    else:
        text = "Trong kỳ, không có lượt tiếp công dân"
    if v_prev is not None and (v_count or _n(v_prev, "count")):
        text += ", " + _versus_with_cases(
            v_count, _n(v_prev, "count"), v_cases, _n(v_prev, "cases"), "lượt"
        )
    if v_cases:
        text += "; đã giải quyết " + fmt.fraction(_n(visits, "cases_resolved"), v_cases, "vụ việc")
    sentences.append(text + ".")

    l_count, l_cases = _n(letters, "count"), _n(letters, "cases")
    l_prev = _prev(letters)
    if l_count:
        text = f"Tiếp nhận {_num(l_count)} đơn ({_num(l_cases)} vụ việc)"
    else:
        text = "Không tiếp nhận đơn thư"
    if l_prev is not None and (l_count or _n(l_prev, "count")):
        text += ", " + _versus_with_cases(
            l_count, _n(l_prev, "count"), l_cases, _n(l_prev, "cases"), "đơn"
        )
    if l_cases:
        text += "; đã giải quyết " + fmt.fraction(_n(letters, "cases_resolved"), l_cases, "vụ việc")
    sentences.append(text + ".")
    paragraphs.append(" ".join(sentences))

    cases = _section(reception, "cases")
    by_category = cases.get("by_category") or {}
    parts = [
        f"{CATEGORY_LABELS[k].lower()} {_num(_n(by_category, k))}"
        for k in CATEGORY_LABELS
        if _n(by_category, k)
    ]
    if parts:
        paragraphs.append(
            f"Tổng số {_num(_n(cases, 'count'))} vụ việc trong kỳ, gồm: {', '.join(parts)} vụ việc."
        )
    overdue = _n(cases, "overdue")
    if overdue:
        paragraphs.append(f"Còn {_num(overdue)} vụ việc quá thời hạn giải quyết theo quy định.")
    return paragraphs


def model_paragraphs(models: Mapping[str, Any]) -> list[str]:
    """Mô hình, điển hình “Dân vận khéo”: count, fields, registering units, new in period."""
    count = _n(models, "count")
    if count == 0:
        return ["Phong trào thi đua “Dân vận khéo”: chưa có mô hình, điển hình đăng ký."]
    by_field = models.get("by_field") or {}
    fields = [
        f"{label} {_num(_n(by_field, key))} mô hình"
        for key, label in FIELD_LABELS.items()
        if _n(by_field, key)
    ]
    text = f"Phong trào thi đua “Dân vận khéo”: có {_num(count)} mô hình, điển hình"
    if fields:
        text += f" ({'; '.join(fields)})"
    units = _n(models, "units")
    if units:
        text += f" của {_num(units)} tổ chức, đơn vị đăng ký"
    new = _n(models, "new")
    if new:
        text += f"; trong đó {_num(new)} mô hình đăng ký mới trong kỳ"
    prev = _prev(models)
    if prev is not None:
        text += f"; {_versus(count, _n(prev, 'count'), 'mô hình')}"
    paragraphs = [text + "."]
    by_status = models.get("by_status") or {}
    status_parts = [
        f"{_num(_n(by_status, key))} mô hình {STATUS_LABELS[key]}"
        for key in ("recognized", "replicated")
        if _n(by_status, key)
    ]
    if status_parts:
        paragraphs.append("Có " + ", ".join(status_parts) + ".")
    return paragraphs


def award_paragraphs(awards: Mapping[str, Any]) -> list[str]:
    """Khen thưởng: "14 tập thể và 15 cá nhân được khen thưởng"."""
    collective, individual = _n(awards, "collective"), _n(awards, "individual")
    if not (collective or individual):
        return []
    who = _join_parts(
        [f"{_num(collective)} tập thể" if collective else "",
         f"{_num(individual)} cá nhân" if individual else ""],
        " và ",
    )
    text = (
        f"Có {who} được khen thưởng về thực hiện công tác dân vận, Quy chế dân chủ ở cơ sở "
        "và phong trào thi đua “Dân vận khéo”"
    )
    by_level = awards.get("by_level") or {}
    levels = [
        f"{AWARD_LEVEL_LABELS[k] if k != 'other' else _lower_first(AWARD_LEVEL_LABELS[k])} "
        f"{_num(_n(by_level, k))}"
        for k in AWARD_LEVEL_LABELS
        if _n(by_level, k)
    ]
    if levels:
        text += f" ({', '.join(levels)})"
    return [text + "."]


def rating_paragraphs(ratings: Mapping[str, Any]) -> list[str]:
    """Xếp loại chất lượng: "152/159 tổ chức đảng hoàn thành tốt nhiệm vụ và ..."."""
    count = _n(ratings, "count")
    if count == 0:
        return []
    grades = ratings.get("by_grade") or {}
    excellent, good = _n(grades, "HTXSNV"), _n(grades, "HTTNV")
    done, failed = _n(grades, "HTNV"), _n(grades, "KHTNV")
    # by_grade is the source; good_or_better is its sum, used only if grades are absent.
    good_or_better = excellent + good if grades else _n(ratings, "good_or_better")
    noun = "tổ chức đảng"
    year = _n(ratings, "year")
    head = "Kết quả đánh giá, xếp loại chất lượng tổ chức đảng"
    if year:
        head += f" năm {year}"

    def clause(n: int, grade: str) -> str:
        return f"{_num(n)} {noun} {grade}" if n else f"không có {noun} {grade}"

    text = (
        f"{head}: có {_num(good_or_better)}/{_num(count)} {noun} hoàn thành tốt nhiệm vụ và "
        f"hoàn thành xuất sắc nhiệm vụ; {clause(done, 'hoàn thành nhiệm vụ')}; "
        f"{clause(failed, 'không hoàn thành nhiệm vụ')}."
    )
    paragraphs = [text]
    if excellent:
        paragraphs.append(f"Trong đó, {_num(excellent)} {noun} hoàn thành xuất sắc nhiệm vụ.")
    return paragraphs


# ---------------------------------------------------------------------------------------
# Tables and charts


def _share(part: int, whole: int) -> str:
    return fmt.percent(part, whole) if whole else ""


def _comparison_table(summary: Mapping[str, Any]) -> Table | None:
    """Kỳ này against cùng kỳ for every figure that has a previous value."""
    meetings = _section(summary, "meetings")
    dialogues = _section(summary, "dialogues")
    reception = _section(summary, "reception")
    visits = _section(reception, "visits")
    letters = _section(reception, "letters")
    models = _section(summary, "models")
    lines = [
        ("Hội nghị, học tập, quán triệt", "cuộc", meetings, "count"),
        ("Lượt người dự hội nghị", "lượt", meetings, "attendance"),
        ("Đối thoại", "cuộc", dialogues, "count"),
        ("Lượt người tham gia đối thoại", "lượt", dialogues, "participants"),
        ("Tiếp công dân", "lượt", visits, "count"),
        ("Vụ việc qua tiếp công dân", "vụ việc", visits, "cases"),
        ("Đơn tiếp nhận", "đơn", letters, "count"),
        ("Vụ việc qua đơn", "vụ việc", letters, "cases"),
        ("Mô hình, điển hình “Dân vận khéo”", "mô hình", models, "count"),
    ]
    rows: list[Row] = []
    for label, unit, data, key in lines:
        prev = _prev(data)
        if prev is None:
            continue
        cur, old = _n(data, key), _n(prev, key)
        if not (cur or old):
            continue  # nothing in either period: a row of zeros says nothing
        change = "bằng" if cur == old else fmt.change_phrase(cur, old, "")
        rows.append(Row((str(len(rows) + 1), label, unit, _num(cur), _num(old), change)))
    if not rows:
        return None
    return Table(
        caption="Kết quả so với cùng kỳ",
        columns=("TT", "Nội dung", "Đơn vị tính", "Kỳ này", "Cùng kỳ", "Tăng, giảm"),
        rows=tuple(rows),
        widths=(1.0, 5.0, 1.8, 1.5, 1.5, 1.8),
        align=("center", "left", "center", "right", "right", "center"),
    )


def _dialogue_table(dialogues: Mapping[str, Any]) -> Table | None:
    if not _n(dialogues, "count"):
        return None
    status = dialogues.get("issues_by_status") or {}
    issues = _n(dialogues, "issues")
    rows = [
        Row(("Số cuộc đối thoại", _num(_n(dialogues, "count")), "")),
        Row(("Lượt người tham gia", _num(_n(dialogues, "participants")), "")),
        Row(("Lượt ý kiến", _num(_n(dialogues, "opinions")), "")),
        Row(("Vấn đề được nêu", _num(issues), ""), "group"),
        Row(("- Đã giải quyết", _num(_n(status, "resolved")), _share(_n(status, "resolved"), issues))),
        Row(("- Đang giải quyết", _num(_n(status, "in_progress")), _share(_n(status, "in_progress"), issues))),
        Row((
            "- Chuyển cơ quan có thẩm quyền",
            _num(_n(status, "referred")),
            _share(_n(status, "referred"), issues),
        )),
    ]
    return Table(
        caption="Kết quả đối thoại",
        columns=("Nội dung", "Số lượng", "Tỉ lệ"),
        rows=tuple(rows),
        widths=(6.0, 2.0, 2.0),
        align=("left", "right", "right"),
    )


def _reception_table(reception: Mapping[str, Any]) -> Table | None:
    cases = _section(reception, "cases")
    total = _n(cases, "count")
    if not total:
        return None
    by_category = cases.get("by_category") or {}
    by_handling = cases.get("by_handling") or {}
    rows: list[Row] = [Row(("Theo phân loại", "", ""), "group")]
    rows += [
        Row((label, _num(_n(by_category, key)), _share(_n(by_category, key), total)))
        for key, label in CATEGORY_LABELS.items()
    ]
    rows.append(Row(("Theo hướng xử lý", "", ""), "group"))
    rows += [
        Row((label, _num(_n(by_handling, key)), _share(_n(by_handling, key), total)))
        for key, label in HANDLING_LABELS.items()
    ]
    rows.append(Row(("Tổng số vụ việc", _num(total), ""), "total"))
    resolved = _n(cases, "resolved")
    rows.append(Row(("Đã giải quyết", _num(resolved), _share(resolved, total))))
    overdue = _n(cases, "overdue")
    if overdue:
        rows.append(Row(("Quá thời hạn giải quyết", _num(overdue), _share(overdue, total))))
    return Table(
        caption="Phân loại và hướng xử lý vụ việc",
        columns=("Nội dung", "Số vụ việc", "Tỉ lệ"),
        rows=tuple(rows),
        widths=(6.0, 2.0, 2.0),
        align=("left", "right", "right"),
    )


def _model_table(models: Mapping[str, Any]) -> Table | None:
    total = _n(models, "count")
    if not total:
        return None
    rows: list[Row] = []
    groups = (
        ("Theo lĩnh vực", models.get("by_field") or {}, FIELD_LABELS),
        ("Theo cấp", models.get("by_level") or {}, LEVEL_LABELS),
        ("Theo đối tượng", models.get("by_holder") or {}, HOLDER_LABELS),
    )
    for title, data, labels in groups:
        if not any(_n(data, k) for k in labels):
            continue
        rows.append(Row((title, "", ""), "group"))
        rows += [
            Row((label[:1].upper() + label[1:], _num(_n(data, key)), _share(_n(data, key), total)))
            for key, label in labels.items()
        ]
    rows.append(Row(("Tổng số mô hình, điển hình", _num(total), ""), "total"))
    return Table(
        caption="Mô hình, điển hình “Dân vận khéo”",
        columns=("Nội dung", "Số mô hình", "Tỉ lệ"),
        rows=tuple(rows),
        widths=(6.0, 2.0, 2.0),
        align=("left", "right", "right"),
    )


def _model_chart(models: Mapping[str, Any]) -> Chart | None:
    by_field = models.get("by_field") or {}
    values = tuple(_n(by_field, k) for k in FIELD_LABELS)
    if not any(values):
        return None
    categories = tuple(label[:1].upper() + label[1:] for label in FIELD_LABELS.values())
    return Chart(
        caption="Mô hình, điển hình “Dân vận khéo” theo lĩnh vực",
        categories=categories,
        series=(("Số mô hình", values),),
        value_label="mô hình",
    )


def _reception_chart(summary: Mapping[str, Any]) -> Chart | None:
    reception = _section(summary, "reception")
    visits, letters = _section(reception, "visits"), _section(reception, "letters")
    v_prev, l_prev = _prev(visits), _prev(letters)
    if v_prev is None or l_prev is None:
        return None
    current = (_n(visits, "count"), _n(visits, "cases"), _n(letters, "count"), _n(letters, "cases"))
    previous = (_n(v_prev, "count"), _n(v_prev, "cases"), _n(l_prev, "count"), _n(l_prev, "cases"))
    if not any(current + previous):
        return None
    period = _section(summary, "period").get("label") or "Kỳ này"
    before = _section(summary, "previous_period").get("label") or "Cùng kỳ"
    return Chart(
        caption="Tiếp công dân, tiếp nhận đơn thư so với cùng kỳ",
        categories=("Lượt tiếp công dân", "Vụ việc (tiếp)", "Đơn tiếp nhận", "Vụ việc (đơn)"),
        series=((str(period), current), (str(before), previous)),
    )


# ---------------------------------------------------------------------------------------
# The document


def report_subject(period_label: str) -> str:
    """The trích yếu under "BÁO CÁO", lower-case first letter as the format wants."""
    return f"{SUBJECT_PREFIX} {period_label}".strip()


def section_one(summary: Mapping[str, Any]) -> list[Block]:
    """Section I (Kết quả): numbered subsections of sentences, then the tables and charts."""
    blocks: list[Block] = [Heading(f"{fmt.roman(1)}. KẾT QUẢ THỰC HIỆN", 1)]
    subsections: list[tuple[str, list[str]]] = [
        (
            "Công tác học tập, quán triệt nghị quyết, hội nghị và sinh hoạt",
            meeting_paragraphs(_section(summary, "meetings")),
        ),
        (
            "Thực hiện Quy chế dân chủ ở cơ sở, đối thoại với nhân dân",
            dialogue_paragraphs(_section(summary, "dialogues")),
        ),
        (
            "Tiếp công dân, tiếp nhận và giải quyết đơn thư",
            reception_paragraphs(_section(summary, "reception")),
        ),
        (
            "Phong trào thi đua “Dân vận khéo” và công tác khen thưởng",
            model_paragraphs(_section(summary, "models"))
            + award_paragraphs(_section(summary, "awards")),
        ),
    ]
    ratings = rating_paragraphs(_section(summary, "ratings"))
    if ratings:
        subsections.append(("Đánh giá, xếp loại chất lượng tổ chức đảng", ratings))

    figures: list[Block] = []
    for item in (
        _comparison_table(summary),
        _dialogue_table(_section(summary, "dialogues")),
        _reception_table(_section(summary, "reception")),
        _model_table(_section(summary, "models")),
    ):
        if item is not None:
            figures.append(item)
    for chart in (_model_chart(_section(summary, "models")), _reception_chart(summary)):
        if chart is not None:
            figures.append(chart)

    number = 0
    for title, paragraphs in subsections:
        number += 1
        blocks.append(Heading(f"{number}. {title}", 2))
        blocks += [Paragraph(p) for p in paragraphs]
    if figures:
        number += 1
        blocks.append(Heading(f"{number}. Số liệu tổng hợp", 2))
        # Tables and charts are numbered in reading order ("Biểu 1", "Biểu đồ 1").
        table_no = chart_no = 0
        for item in figures:
            if isinstance(item, Table):
                table_no += 1
                blocks.append(Table(
                    caption=f"Biểu {table_no}. {item.caption}",
                    columns=item.columns, rows=item.rows, widths=item.widths, align=item.align,
                ))
            elif isinstance(item, Chart):
                chart_no += 1
                blocks.append(Chart(
                    caption=f"Biểu đồ {chart_no}. {item.caption}",
                    categories=item.categories, series=item.series, value_label=item.value_label,
                ))
    return blocks


def _free_section(number: int, title: str, text: str | None) -> list[Block]:
    paragraphs = _split_text(text)
    blocks: list[Block] = [Heading(f"{fmt.roman(number)}. {title}", 1)]
    blocks += [Paragraph(p) for p in paragraphs] if paragraphs else [Placeholder(4)]
    return blocks


def _is_chi_bo(unit_type: str) -> bool:
    return unit_type in ("chi_bo_co_so", "chi_bo_truc_thuoc")


def _default_signer_title(unit: Mapping[str, Any]) -> str:
    if _is_chi_bo(str(unit.get("type") or "")):
        members = unit.get("members")
        # Điều lệ Đảng: only a chi bộ of 9 or more members elects a chi ủy; a smaller one
        # signs on behalf of the chi bộ itself.
        if isinstance(members, int) and not isinstance(members, bool) and 0 < members < 9:
            return "T/M CHI BỘ"
        return "T/M CHI ỦY"
    return "T/M ĐẢNG ỦY"


def _default_short_name(unit: Mapping[str, Any]) -> str:
    return "CB" if _is_chi_bo(str(unit.get("type") or "")) else "ĐU"


def _default_recipients(unit: Mapping[str, Any]) -> list[str]:
    superior = str(unit.get("superior") or "").strip()
    archive = "- Lưu Chi ủy." if _is_chi_bo(str(unit.get("type") or "")) else "- Lưu Văn phòng Đảng ủy."
    recipients = [f"- {superior} (để báo cáo),"] if superior else []
    return [*recipients, archive]


def _recipients(value: Any) -> list[str]:
    """Nơi nhận as lines: the unit profile stores one per line; callers may pass a list."""
    if not value:
        return []
    lines = value.splitlines() if isinstance(value, str) else [str(v) for v in value]
    return [line.strip() for line in lines if line.strip()]


def number_line(*, number: str | None, short_name: str) -> str:
    """"Số 12-BC/CB"; without a number, room for one written by hand: "Số      -BC/CB".

    A full reference typed by the user ("12-BC/CB") is kept as typed.
    """
    number = (number or "").strip()
    if number.lower().startswith("số"):
        number = number[2:].strip()
    if "-" in number or "/" in number:
        return f"Số {number}"
    # Non-breaking spaces: ordinary spaces would be collapsed by the layout engines.
    blank = "\u00a0" * 8
    return f"Số {number or blank}-BC/{short_name}"


def build_document(
    *,
    unit: Mapping[str, Any],
    summary: Mapping[str, Any],
    texts: Mapping[str, Any] | None = None,
    number: str | None = None,
    issued: date | None = None,
    fingerprint: str | None = None,
) -> ReportDocument:
    """Everything the report says, ready for ``pdf.render_report_pdf`` or ``docx.render_report_docx``.

    :param unit: the unit profile (code, name, type, superior, place, secretary, ...).
    :param summary: the period's summary (docs/summary.md).
    :param texts: ``{"limitations": str, "directions": str}``, the secretary's sections
        II and III; empty ones print dotted lines to write on by hand.
    :param number: the document number ("12"); None leaves a blank to fill in by hand.
    :param issued: the signing date; today when None.
    :param fingerprint: the unit's signing-key fingerprint, printed small at the end.
    """
    texts = texts or {}
    issued = issued or date.today()
    superior = str(unit.get("superior_header") or unit.get("superior") or "").strip()
    name = str(unit.get("name") or "").strip()
    place = str(unit.get("place") or "").strip()
    period_label = str(_section(summary, "period").get("label") or "").strip()
    short_name = str(unit.get("short_name") or "").strip() or _default_short_name(unit)
    recipients = _recipients(unit.get("recipients")) or _default_recipients(unit)

    intro = (
        f"{name} báo cáo kết quả công tác dân vận, thực hiện Quy chế dân chủ ở cơ sở và "
        f"phong trào thi đua “Dân vận khéo” {period_label} như sau:"
    ).strip()
    blocks: list[Block] = [Paragraph(intro)] if name else []
    blocks += section_one(summary)
    blocks += _free_section(2, "HẠN CHẾ, NGUYÊN NHÂN", texts.get("limitations"))
    blocks += _free_section(3, "PHƯƠNG HƯỚNG, NHIỆM VỤ", texts.get("directions"))

    return ReportDocument(
        superior=superior.upper(),
        issuer=name.upper(),
        number_line=number_line(number=number, short_name=short_name),
        nation=NATION,
        date_line=fmt.date_line(place, issued) if place else fmt.date_long(issued).capitalize(),
        title=TITLE,
        subject=report_subject(period_label),
        blocks=tuple(blocks),
        signer_title=str(unit.get("signer_title") or _default_signer_title(unit)).upper(),
        signer_role=str(unit.get("signer_role") or "BÍ THƯ").upper(),
        signer_name=str(unit.get("secretary") or "").strip(),
        recipients=tuple(str(r) for r in recipients),
        fingerprint_line=f"Mã khóa ký: {fingerprint.strip()}" if fingerprint and fingerprint.strip() else None,
        period_label=period_label,
        meta={"unit_code": str(unit.get("code") or ""), "period": period_label},
    )
