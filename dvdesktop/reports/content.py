"""The words and figures of a report, as renderer-neutral blocks (PDF and DOCX share them).

Everything a reader sees in the report is decided here, once: the header lines, the title,
the sentences of section I written in the register of the seeds ("Tổ chức được 454 cuộc,
có 10.955 lượt đồng chí dự ..."), the tables and charts, the secretary's own sections II
and III, the signature block and the recipients. ``pdf.py`` and ``docx.py`` only lay the
blocks out, so the two files always say the same thing. The office's consolidated report
(``consolidated.py``) writes its section I with the same sentence builders, given the
nouns it needs through a ``Wording``.

The summary dict follows docs/summary.md. A figure that was not recorded is ``None`` (or
missing): its clause is left out, never printed as 0; a comparison with cùng kỳ is made
only when the earlier period has that figure. docs/report-format.md lists which sentence
comes from which figures. Every number goes through ``dvdesktop.core.fmt``; rates are
recomputed from their two counts (``fmt.percent``), never read from the summary's
precomputed floats, so there is exactly one rounding rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from dvdesktop.core import docrefs, fmt
from dvdesktop.core.domain import CHOICE_LABELS, COMMITMENT_CONTENT

__all__ = [
    "AppendixTitle",
    "Block",
    "Chart",
    "Heading",
    "Note",
    "Paragraph",
    "Placeholder",
    "ReportDocument",
    "Row",
    "Table",
    "Wording",
    "award_paragraphs",
    "baseline_note",
    "build_document",
    "commitment_paragraphs",
    "comparison_table",
    "dialogue_paragraphs",
    "document_name",
    "header_lines",
    "meeting_paragraphs",
    "model_paragraphs",
    "number_line",
    "rating_paragraphs",
    "reception_paragraphs",
    "report_subject",
    "section_one",
    "signer_lines",
    "wording_for_unit",
]

UNIT_TYPES = ("dang_bo_co_so", "chi_bo_co_so", "chi_bo_truc_thuoc", "xa_phuong")

NATION = "ĐẢNG CỘNG SẢN VIỆT NAM"
TITLE = "BÁO CÁO"
SUBJECT_PREFIX = (
    "kết quả công tác dân vận, thực hiện Quy chế dân chủ ở cơ sở và phong trào thi đua "
    "“Dân vận khéo”"
)
#: Shown in a table cell for a figure nobody recorded.
NOT_RECORDED = "–"

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
class Note:
    """A remark on the figures above it (italic, smaller): where hand-entered figures are."""

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


@dataclass(frozen=True)
class AppendixTitle:
    """The centred heading of an appendix after the signature: "PHỤ LỤC" and what it holds."""

    title: str
    subtitle: str = ""
    #: "(Kèm theo Báo cáo số 01-BC/ĐUK ngày 28/12/2017 của ...)", italic
    reference: str = ""


Block = Heading | Paragraph | Note | Placeholder | Table | Chart | AppendixTitle


@dataclass(frozen=True)
class ReportDocument:
    """The whole report as text: header, title, body blocks, signature, recipients.

    ``superior`` and ``issuer`` may hold "\\n" where the user chose the line break; the
    renderers break longer lines with ``header_lines``.
    """

    superior: str  # upper case, regular
    issuer: str  # upper case, bold
    number_line: str  # "Số 12-BC/CB"
    nation: str
    date_line: str  # italic: "Quỳnh Lưu, ngày 05 tháng 02 năm 2026"
    title: str
    subject: str
    blocks: tuple[Block, ...]
    signer_title: str  # "T/M ĐẢNG ỦY"
    signer_role: str  # "BÍ THƯ" or "PHÓ BÍ THƯ"
    signer_name: str
    recipients: tuple[str, ...]
    fingerprint_line: str | None = None
    period_label: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    #: "K/T BÍ THƯ" between the title and the role when a deputy signs.
    signer_for: str = ""
    #: Blocks printed after the signature, on a new page (the office's table by unit).
    appendix: tuple[Block, ...] = ()


# ---------------------------------------------------------------------------------------
# How the sentences name things


def _labels(key: str, *, lower: bool = False) -> dict[str, str]:
    """Vietnamese labels of a choice (core.domain is the one source), in summary key order."""
    labels = dict(CHOICE_LABELS[key])
    if lower:
        labels = {k: _lower_first(v) for k, v in labels.items()}
    return labels


def _lower_first(text: str) -> str:
    """"Văn hóa - xã hội" -> "văn hóa - xã hội" for use inside a sentence."""
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


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
OTHERS_LABELS = {**_labels("meeting.others_kind", lower=True), "unspecified": "người dự không phải đảng viên"}
POLITICAL_LABELS = _labels("unit.political_label", lower=True)

#: What an award was for, as the sentence says it (seeds 000 and 004).
AWARD_REASONS = {
    "dan_van": "về thực hiện công tác dân vận, Quy chế dân chủ ở cơ sở và phong trào thi đua "
               "“Dân vận khéo”",
    "ho_chi_minh": "có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách "
                   "Hồ Chí Minh",
    "other": "",
}
#: "xây dựng mô hình điểm của tỉnh": the level a pilot model is built for.
PILOT_LEVELS = {"province": "của tỉnh", "district": "cấp huyện", "grassroots": "cấp cơ sở"}


@dataclass(frozen=True)
class Wording:
    """The nouns and habits of the body that signs: a unit (``wording_for_unit``) or the office.

    :param organised: subject and verb of "... được 454 cuộc": "Tổ chức" for a unit, "Các
        tổ chức cơ sở đảng đã tổ chức" for the office that reports its units' work
    :param model_units: who registers models ("của 28 tổ chức cơ sở đảng đăng ký")
    :param models_lead: "có" / "đến nay có" before the number of models
    :param rating_noun: what was rated ("7 tổ chức cơ sở đảng hoàn thành nhiệm vụ")
    :param rating_subject: "Đảng bộ Khối" in "..., Đảng bộ Khối có 152/159 ..."; "" for none
    :param sub_orgs: the organisations that organise commitments ("chi bộ trực thuộc")
    :param self_noun: the unit itself when it has no sub-organisations ("Chi bộ")
    :param localities: how many xã, phường (or chi bộ) the body has, for "ở 10/10 xã, phường"
    :param locality_noun: "xã, phường"
    :param political_label: the fourth field of models: "xây dựng hệ thống chính trị" or
        "xây dựng Đảng", as the superior calls it
    :param pad_counts: write counts below 10 as "05 mô hình"
    :param rated: whose quality the ratings subsection is titled after ("Đánh giá, xếp loại
        chất lượng tổ chức đảng"; "tổ chức cơ sở đảng" for the office)
    """

    organised: str = "Tổ chức"
    model_units: str = "tổ chức, đơn vị"
    models_lead: str = "có"
    rating_noun: str = "tổ chức đảng"
    rating_subject: str = ""
    sub_orgs: str = "chi bộ trực thuộc"
    self_noun: str = "Chi bộ"
    localities: int | None = None
    locality_noun: str = ""
    political_label: str = "xây dựng hệ thống chính trị"
    pad_counts: bool = False
    rated: str = "tổ chức đảng"

    def count(self, n: int) -> str:
        """A count in a sentence: "5" or, with ``pad_counts``, "05"."""
        return fmt.two_digits(n) if self.pad_counts and 0 < n < 10 else fmt.number(n)

    def field_labels(self) -> dict[str, str]:
        return {**FIELD_LABELS, "political_system": self.political_label}


def _is_chi_bo(unit_type: str) -> bool:
    return unit_type in ("chi_bo_co_so", "chi_bo_truc_thuoc")


def wording_for_unit(unit: Mapping[str, Any]) -> Wording:
    """The wording the unit's profile asks for (docs/report-format.md)."""
    unit_type = str(unit.get("type") or "")
    localities = unit.get("localities")
    return Wording(
        rating_noun=str(unit.get("sub_org_noun") or "").strip() or "tổ chức đảng",
        sub_orgs=str(unit.get("sub_org_noun") or "").strip() or "chi bộ trực thuộc",
        self_noun="Chi bộ" if _is_chi_bo(unit_type) else "Đảng bộ",
        localities=localities if isinstance(localities, int) and not isinstance(localities, bool) else None,
        locality_noun=str(unit.get("locality_noun") or "").strip(),
        political_label=POLITICAL_LABELS.get(str(unit.get("political_label") or ""),
                                             POLITICAL_LABELS["political_system"]),
        pad_counts=bool(unit.get("pad_counts")),
    )


# ---------------------------------------------------------------------------------------
# Reading the summary


def _section(summary: Mapping[str, Any] | None, key: str) -> Mapping[str, Any]:
    value = summary.get(key) if summary else None
    return value if isinstance(value, Mapping) else {}


def _value(data: Mapping[str, Any] | None, key: str) -> int | None:
    """A figure from the summary, or None when it was not recorded."""
    if not data:
        return None
    value = data.get(key)
    if value is None or isinstance(value, bool):
        return None
    return int(value)


def _n(data: Mapping[str, Any] | None, key: str) -> int:
    """A count from the summary; missing or null counts as 0 (for counts of records)."""
    return _value(data, key) or 0


def _prev(data: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The cùng kỳ figures, or None when the earlier period was not recorded.

    Summaries since dvdesktop.summary/2 say so (``source``: None); in older ones a cùng kỳ
    with every figure 0 is the same thing (the unit had not begun recording).
    """
    value = data.get("previous")
    if not isinstance(value, Mapping):
        return None
    if "source" in value:
        return value if value.get("source") else None
    numbers = [v for v in value.values() if isinstance(v, (int, float)) and not isinstance(v, bool)]
    return value if any(numbers) else None


def _covered(data: Mapping[str, Any], value_key: str, cover_key: str) -> int:
    """How many of the records have ``value_key`` (older summaries: all, if it is not 0)."""
    if cover_key in data:
        return _n(data, cover_key)
    value = _value(data, value_key)
    return _n(data, "count") if value else 0


def _complete(data: Mapping[str, Any], value_key: str, cover_key: str) -> int | None:
    """The figure if every record of the period has it, else None."""
    value = _value(data, value_key)
    if value is None:
        return None
    count = _n(data, "count")
    return value if count == 0 or _covered(data, value_key, cover_key) >= count else None


def _num(n: int) -> str:
    return fmt.number(n)


def _versus(current: int, previous: int, unit: str, w: Wording) -> str:
    """"tăng 15 đơn so với cùng kỳ" / "bằng cùng kỳ"."""
    if current == previous:
        return "bằng cùng kỳ"
    word = "tăng" if current > previous else "giảm"
    return f"{word} {w.count(abs(current - previous))} {unit} so với cùng kỳ"


def _change(current: int, previous: int, unit: str, w: Wording) -> str:
    word = "tăng" if current > previous else "giảm"
    return f"{word} {w.count(abs(current - previous))} {unit}"


def _versus_with_cases(count: int, prev_count: int, cases: int, prev_cases: int | None,
                       unit: str, w: Wording) -> str:
    """Change of a count with its vụ việc in brackets, as seed 002 writes it.

    "giảm 20 lượt (15 vụ việc) so với cùng kỳ"; when the two move in opposite directions
    the bracket says so ("giảm 2 lượt (tăng 1 vụ việc) so với cùng kỳ"); without the
    earlier vụ việc, only the count is compared.
    """
    if prev_cases is None:
        return _versus(count, prev_count, unit, w)
    d_count = count - prev_count
    d_cases = cases - prev_cases
    if d_count == 0 and d_cases == 0:
        return "bằng cùng kỳ"
    if d_count == 0:
        return f"số {unit} bằng cùng kỳ, {_change(cases, prev_cases, 'vụ việc', w)} so với cùng kỳ"
    head = _change(count, prev_count, unit, w)
    if d_cases == 0:
        bracket = "số vụ việc bằng cùng kỳ"
    elif (d_cases > 0) == (d_count > 0):
        bracket = f"{w.count(abs(d_cases))} vụ việc"
    else:
        bracket = _change(cases, prev_cases, "vụ việc", w)
    return f"{head} ({bracket}) so với cùng kỳ"


def _join_parts(parts: Sequence[str], sep: str = "; ") -> str:
    return sep.join(p for p in parts if p)


def _and(items: Sequence[str]) -> str:
    """"A", "A và B", "A, B và C"; commas only when an item has its own "và" (an issuer
    such as "Hội đồng Thi đua - Khen thưởng và ..." keeps its words as written)."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    if any(" và " in i for i in items):
        return ", ".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"


def _and_people(groups: Sequence[str]) -> str:
    """Groups of people as one list; a group's own "và" ("cán bộ, công chức và người lao
    động") gives way to the list's: "đảng viên, cán bộ, công chức, người lao động và quần
    chúng ưu tú"; alone it keeps it."""
    groups = [g for g in groups if g]
    if len(groups) <= 1:
        return "".join(groups)
    return _and([g.replace(" và ", ", ") for g in groups])


def document_name(ref: str, chosen: str | None = None) -> str:
    """"25-NQ/TW" -> "Nghị quyết số 25-NQ/TW"; "124-QĐ/TW" -> "Quy định số 124-QĐ/TW".

    ``chosen`` is the noun the unit gave the document (``Ledger.set_document``); see
    ``dvdesktop.core.docrefs.document_name``.
    """
    return docrefs.document_name(ref, chosen)


def _split_text(text: str | None) -> list[str]:
    """The secretary's free text as paragraphs: one per non-empty line."""
    if not text:
        return []
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def _others_names(by_kind: Mapping[str, Any] | None) -> list[str]:
    """Who the non-members were, in the domain's order: ["quần chúng ưu tú", "nhân dân"]."""
    return [OTHERS_LABELS[k] for k in OTHERS_LABELS if _n(by_kind, k)] if by_kind else []


def _others_phrase(by_kind: Mapping[str, Any] | None) -> str:
    """"cán bộ, công chức và người lao động"; with others "cán bộ, công chức, người lao
    động, quần chúng ưu tú và nhân dân"."""
    return _and_people(_others_names(by_kind))


# ---------------------------------------------------------------------------------------
# Section I sentences


def meeting_paragraphs(meetings: Mapping[str, Any], w: Wording | None = None) -> list[str]:
    """Hội nghị, học tập quán triệt: "Tổ chức được 454 cuộc, có 10.955 lượt đồng chí dự (...)".

    Attendance is stated only for the meetings that have it (all of them, or "Ở 4 cuộc có
    ghi số người dự, ..."); the rate is "trung bình" when it is over several meetings.
    """
    w = w or Wording()
    count = _n(meetings, "count")
    prev = _prev(meetings)
    prev_count = _value(prev, "count")
    if count == 0:
        text = "Trong kỳ, chưa tổ chức hội nghị, buổi học tập, quán triệt nghị quyết"
        if prev_count:
            text += f" ({_versus(0, prev_count, 'cuộc', w)})"
        return [text + "."]
    versus = f", {_versus(count, prev_count, 'cuộc', w)}" if prev_count is not None else ""
    head = f"{w.organised} được {w.count(count)} cuộc"

    attendance = _value(meetings, "attendance")
    att_meetings = _covered(meetings, "attendance", "attendance_meetings") if attendance is not None else 0
    present, expected = _value(meetings, "members_present"), _value(meetings, "members_expected")
    member_meetings = _covered(meetings, "members_expected", "members_meetings") if present is not None else 0
    others = _value(meetings, "others_present") or 0

    def split() -> str:
        """The bracket of seed 000, when the member counts cover the same meetings."""
        if present is None or member_meetings != att_meetings:
            return ""
        inner = f"trong đó đảng viên là {_num(present)} lượt đồng chí"
        if expected:
            # The rate is members present over members summoned (DOMAIN.md), not over
            # all attendees; over several meetings it is their average.
            average = "trung bình là " if member_meetings > 1 else ""
            inner += f", đạt tỉ lệ {average}{fmt.percent(present, expected)}"
        if others:
            who = _others_phrase(meetings.get("others_by_kind")) or OTHERS_LABELS["staff"]
            inner += f", còn lại là {who}"
        return f" ({inner})"

    paragraphs: list[str] = []
    if attendance is not None and att_meetings >= count:
        paragraphs.append(f"{head}, có {_num(attendance)} lượt đồng chí dự{split()}{versus}.")
    else:
        paragraphs.append(f"{head}{versus}.")
        if attendance is not None and att_meetings:
            paragraphs.append(
                f"Ở {w.count(att_meetings)} cuộc có ghi số người dự, có {_num(attendance)} lượt "
                f"đồng chí dự{split()}."
            )
    if present is not None and expected and member_meetings and member_meetings != att_meetings:
        average = "trung bình " if member_meetings > 1 else ""
        paragraphs.append(
            f"Ở {w.count(member_meetings)} cuộc có ghi số đảng viên, đảng viên dự "
            f"{_num(present)}/{_num(expected)} lượt được triệu tập, đạt tỉ lệ {average}"
            f"{fmt.percent(present, expected)}."
        )

    online, online_sites = _n(meetings, "multi_site_count"), _n(meetings, "multi_site_sites")
    if online:
        # As seed 004 puts it: one conference "tại 21 điểm cầu ... với 2.300 ... dự";
        # single-site meetings are not "điểm cầu" at all.
        text = f"Trong đó có {w.count(online)} cuộc tổ chức trực tuyến tại {w.count(online_sites)} điểm cầu"
        online_attendance = _value(meetings, "multi_site_attendance")
        if online_attendance:
            who = ["đảng viên"] if _value(meetings, "multi_site_members_present") else []
            who += _others_names(meetings.get("multi_site_others_by_kind"))
            text += f" với {_num(online_attendance)} lượt {_and_people(who) or 'người'} dự"
        paragraphs.append(text + ".")
    documents = [d for d in (meetings.get("documents") or []) if d and d.get("ref")]
    if documents:
        shown = documents[:8]
        names = [
            f"{d.get('name') or document_name(str(d['ref']))} ({w.count(_n(d, 'meetings'))} cuộc)"
            if _n(d, "meetings")
            else str(d.get("name") or document_name(str(d["ref"])))
            for d in shown
        ]
        text = "Nội dung học tập, quán triệt tập trung vào: " + "; ".join(names)
        if len(documents) > len(shown):
            text += f" và {w.count(len(documents) - len(shown))} văn bản khác"
        paragraphs.append(text + ".")
    return paragraphs


def commitment_paragraphs(commitments: Mapping[str, Any] | None, w: Wording | None = None) -> list[str]:
    """Đăng ký cam kết, in seed 004's shape: "có 100% TCCS Đảng tổ chức cho 100% đảng viên
    đăng ký cam kết tu dưỡng, rèn luyện, làm theo gương Bác"; nothing when not recorded."""
    w = w or Wording()
    if not commitments:
        return []
    members, registered = _value(commitments, "members_total"), _value(commitments, "members_registered")
    if not members or registered is None:
        return []
    contents = [str(c) for c in commitments.get("contents") or [] if c]
    content = contents[0] if contents else COMMITMENT_CONTENT
    year = _value(commitments, "year")
    lead = f"Năm {year}, " if year else ""
    orgs, organised = _value(commitments, "organisations_total"), _value(commitments, "organisations_organised")
    members_share = f"{fmt.percent(registered, members)} đảng viên"
    if orgs and organised is not None and orgs > 1:
        text = (
            f"{lead}có {fmt.percent(organised, orgs)} {w.sub_orgs} tổ chức cho {members_share} "
            f"đăng ký cam kết {content} ({_num(organised)}/{_num(orgs)} {w.sub_orgs}, "
            f"{_num(registered)}/{_num(members)} đảng viên)"
        )
        reporting_of = _value(commitments, "reporting_of")
        if reporting_of and reporting_of > orgs:
            text += f"; số liệu của {_num(orgs)}/{_num(reporting_of)} {w.sub_orgs} đã gửi báo cáo"
    else:
        text = (
            f"{lead}{_lower_first(w.self_noun) if lead else w.self_noun} đã tổ chức cho {members_share} "
            f"({_num(registered)}/{_num(members)}) đăng ký cam kết {content}"
        )
    return [_upper_first(text) + "."]


def dialogue_paragraphs(dialogues: Mapping[str, Any], w: Wording | None = None) -> list[str]:
    """Đối thoại, as seed 002: "Tổ chức đối thoại giữa Chủ tịch HĐND, Chủ tịch UBND với nhân
    dân ở 10/10 xã, phường được 19 cuộc có 1.538 lượt người tham gia với 204 lượt ý kiến"."""
    w = w or Wording()
    count = _n(dialogues, "count")
    prev = _prev(dialogues)
    prev_count = _value(prev, "count")
    if count == 0:
        text = "Trong kỳ, chưa tổ chức đối thoại"
        if prev_count:
            text += f" ({_versus(0, prev_count, 'cuộc', w)})"
        return [text + "."]

    locations = _n(dialogues, "locations")
    where = ""
    if w.localities and 0 < locations <= w.localities:
        where = f" ở {_num(locations)}/{_num(w.localities)} {w.locality_noun or 'địa bàn'}"
    elif locations > 1:
        where = f" ở {_num(locations)} địa bàn"
    by_counterpart = dialogues.get("by_counterpart") or {}
    counterparts = [k for k, v in by_counterpart.items() if v]
    hosts = [str(h.get("host") or "").strip() for h in dialogues.get("by_host") or [] if h]
    hosts = [h for h in hosts if h]
    if len(counterparts) == 1 and counterparts[0] in COUNTERPART_LABELS and 1 <= len(hosts) <= 3:
        text = (f"{w.organised} đối thoại giữa {', '.join(hosts)} với "
                f"{COUNTERPART_LABELS[counterparts[0]]}{where} được {w.count(count)} cuộc")
    else:
        text = f"{w.organised} được {w.count(count)} cuộc đối thoại{where}"

    participants = _complete(dialogues, "participants", "participants_dialogues")
    opinions = _complete(dialogues, "opinions", "opinions_dialogues")
    if participants:
        text += f" có {_num(participants)} lượt người tham gia"
    if opinions:
        text += f" với {_num(opinions)} lượt ý kiến"
    if prev_count is not None:
        text += f", {_versus(count, prev_count, 'cuộc', w)}"
    paragraphs = [text + "."]
    partial = []
    for key, noun in (("participants", "người tham gia"), ("opinions", "ý kiến")):
        value = _value(dialogues, key)
        covered = _covered(dialogues, key, f"{key}_dialogues") if value is not None else 0
        if value and 0 < covered < count:
            partial.append(f"ở {w.count(covered)} cuộc có ghi số {noun}, có {_num(value)} lượt {noun}")
    if partial:
        paragraphs.append(_upper_first("; ".join(partial)) + ".")

    if len(counterparts) > 1:
        parts: list[str] = []
        other = 0
        for key in counterparts:
            n = _n(by_counterpart, key)
            if key in COUNTERPART_LABELS and key != "other":
                parts.append(f"với {COUNTERPART_LABELS[key]} {w.count(n)} cuộc")
            else:
                other += n
        if other:
            parts.append(f"với {COUNTERPART_LABELS['other']} {w.count(other)} cuộc")
        paragraphs.append("Trong đó, đối thoại " + "; ".join(parts) + ".")

    issues = _n(dialogues, "issues")
    if issues:
        status = dialogues.get("issues_by_status") or {}
        done, doing, referred = (_n(status, k) for k in ("resolved", "in_progress", "referred"))
        follow = [
            f"đã giải quyết {w.count(done)}" if done else "",
            f"đang giải quyết {w.count(doing)}" if doing else "",
            f"chuyển cơ quan có thẩm quyền {w.count(referred)}" if referred else "",
        ]
        text = f"Qua đối thoại, {w.count(issues)} vấn đề được nêu"
        text += f", {_join_parts(follow, ', ')}" if any(follow) else ", đang theo dõi giải quyết"
        paragraphs.append(text + ".")
    return paragraphs


def reception_paragraphs(reception: Mapping[str, Any], w: Wording | None = None) -> list[str]:
    """Tiếp công dân and đơn thư, the two sentences of seed 002, with their rates."""
    w = w or Wording()
    visits = _section(reception, "visits")
    letters = _section(reception, "letters")
    paragraphs: list[str] = []

    def sentence(data: Mapping[str, Any], unit: str, some: str, none: str) -> str:
        count, cases = _n(data, "count"), _n(data, "cases")
        prev = _prev(data)
        prev_count = _value(prev, "count")
        text = some.format(count=w.count(count), cases=w.count(cases)) if count else none
        if prev_count is not None and (count or prev_count):
            text += ", " + _versus_with_cases(count, prev_count, cases, _value(prev, "cases"), unit, w)
        if cases:
            text += "; đã giải quyết " + fmt.fraction(_n(data, "cases_resolved"), cases, "vụ việc")
        return text + "."

    paragraphs.append(" ".join((
        sentence(visits, "lượt", "Đã tiếp {count} lượt công dân ({cases} vụ việc)",
                 "Trong kỳ, không có lượt tiếp công dân"),
        sentence(letters, "đơn", "Tiếp nhận {count} đơn ({cases} vụ việc)", "Không tiếp nhận đơn thư"),
    )))

    cases = _section(reception, "cases")
    by_category = cases.get("by_category") or {}
    parts = [
        f"{CATEGORY_LABELS[k].lower()} {w.count(_n(by_category, k))}"
        for k in CATEGORY_LABELS
        if _n(by_category, k)
    ]
    if parts:
        paragraphs.append(
            f"Tổng số {w.count(_n(cases, 'count'))} vụ việc trong kỳ, gồm: {', '.join(parts)} vụ việc."
        )
    overdue = _n(cases, "overdue")
    if overdue:
        text = f"Còn {w.count(overdue)} vụ việc quá thời hạn giải quyết theo quy định"
        as_of = cases.get("as_of")
        if isinstance(as_of, str) and as_of:
            try:
                text += f" (tính đến ngày {fmt.date_short(date.fromisoformat(as_of))})"
            except ValueError:
                pass
        paragraphs.append(text + ".")
    return paragraphs


def model_paragraphs(models: Mapping[str, Any], w: Wording | None = None) -> list[str]:
    """Mô hình, điển hình “Dân vận khéo”: count, holders, registering units, fields; then
    those recognised, chosen for replication, and the units building mô hình điểm."""
    w = w or Wording()
    count = _n(models, "count")
    if count == 0:
        return ["Phong trào thi đua “Dân vận khéo”: chưa có mô hình, điển hình đăng ký."]
    by_type = models.get("by_type") or {}
    if by_type and not _n(by_type, "exemplar"):
        noun = "mô hình"
    elif by_type and not _n(by_type, "model"):
        noun = "điển hình"
    else:
        noun = "mô hình, điển hình"
    text = f"Phong trào thi đua “Dân vận khéo”: {w.models_lead} {w.count(count)} {noun}"
    holders = models.get("by_holder") or {}
    if _n(holders, "collective") and _n(holders, "individual"):
        text += " trong tập thể và cá nhân"
    units = _n(models, "units")
    if units > 1:
        text += f" của {w.count(units)} {w.model_units} đăng ký"
    by_field = models.get("by_field") or {}
    fields = [
        f"{label} {w.count(_n(by_field, key))} mô hình"
        for key, label in w.field_labels().items()
        if _n(by_field, key)
    ]
    if fields:
        text += f" ({'; '.join(fields)})"
    new = _n(models, "new")
    if new and new < count:
        text += f"; trong đó {w.count(new)} mô hình đăng ký mới trong kỳ"
    prev_count = _value(_prev(models), "count")
    if prev_count is not None:
        text += f"; {_versus(count, prev_count, 'mô hình', w)}"

    by_status = models.get("by_status") or {}
    follow: list[str] = []
    if _n(by_status, "recognized"):
        follow.append(f"có {w.count(_n(by_status, 'recognized'))} mô hình được công nhận")
    if _n(by_status, "replicated"):
        # Seed 000: "xét chọn 05 mô hình hay có hiệu quả ... để điển hình nhân rộng".
        follow.append(f"xét chọn {w.count(_n(by_status, 'replicated'))} mô hình hay có hiệu quả "
                      "để điển hình nhân rộng")
    pilot_levels = models.get("pilot_units_by_level") or {}
    for level, words in PILOT_LEVELS.items():
        n = _n(pilot_levels, level)
        if n:
            # Seed 002: "đăng ký chọn 03 đơn vị để xây dựng mô hình điểm của tỉnh" (units).
            follow.append(f"đăng ký chọn {w.count(n)} đơn vị để xây dựng mô hình điểm {words}")
    # As the seeds do, in the same sentence: "...; đăng ký chọn 03 đơn vị để xây dựng ...".
    return ["; ".join([text, *follow]) + "."]


def award_paragraphs(awards: Mapping[str, Any], w: Wording | None = None) -> list[str]:
    """Khen thưởng, one sentence per movement naming who awarded: "14 tập thể và 15 cá nhân
    được Ban Thường vụ Đảng ủy Khối và Ban Dân vận Tỉnh ủy khen thưởng về thực hiện công tác
    dân vận ..." (seed 000); "Ban Thường vụ Đảng ủy đã khen thưởng 32 tập thể và 50 cá nhân
    có thành tích xuất sắc trong học tập và làm theo ..." (seed 004)."""
    w = w or Wording()
    groups = [g for g in awards.get("groups") or [] if isinstance(g, Mapping)]
    if not groups and (_n(awards, "collective") or _n(awards, "individual")):
        # Summaries before dvdesktop.summary/2 knew neither issuer nor movement.
        groups = [{"movement": "dan_van", "issuers": [], **awards}]
    paragraphs: list[str] = []
    for g in groups:
        collective, individual = _n(g, "collective"), _n(g, "individual")
        if not (collective or individual):
            continue
        who = _join_parts(
            [f"{w.count(collective)} tập thể" if collective else "",
             f"{w.count(individual)} cá nhân" if individual else ""],
            " và ",
        )
        reason = AWARD_REASONS.get(str(g.get("movement") or ""), "")
        tail = f" {reason}" if reason else ""
        issuers = [str(i).strip() for i in g.get("issuers") or [] if str(i).strip()]
        if _n(g, "issuers_unknown"):
            issuers = []  # some of the awards came without their issuer: name none
        if len(issuers) == 1:
            text = f"{_upper_first(issuers[0])} đã khen thưởng {who}{tail}"
        elif issuers:
            text = f"Có {who} được {_and(issuers)} khen thưởng{tail}"
        else:
            text = f"Có {who} được khen thưởng{tail}"
        by_level = g.get("by_level") or {}
        levels = [
            f"{AWARD_LEVEL_LABELS[k] if k != 'other' else _lower_first(AWARD_LEVEL_LABELS[k])} "
            f"{w.count(_n(by_level, k))}"
            for k in AWARD_LEVEL_LABELS
            if _n(by_level, k)
        ]
        if levels:
            text += f" ({', '.join(levels)})"
        paragraphs.append(text + ".")
    return paragraphs


def rating_paragraphs(ratings: Mapping[str, Any], w: Wording | None = None) -> list[str]:
    """Xếp loại chất lượng, as seed 001: "152/159 tổ chức cơ sở đảng hoàn thành tốt và hoàn
    thành xuất sắc nhiệm vụ; 7 tổ chức cơ sở đảng hoàn thành nhiệm vụ; không có ..."."""
    w = w or Wording()
    count = _n(ratings, "count")
    if count == 0:
        return []
    grades = ratings.get("by_grade") or {}
    excellent, good = _n(grades, "HTXSNV"), _n(grades, "HTTNV")
    done, failed = _n(grades, "HTNV"), _n(grades, "KHTNV")
    # by_grade is the source; good_or_better is its sum, used only if grades are absent.
    good_or_better = excellent + good if grades else _n(ratings, "good_or_better")
    noun = w.rating_noun
    year = _n(ratings, "year")
    head = "Kết quả đánh giá, xếp loại chất lượng tổ chức đảng"
    if year:
        head += f" năm {year}"
    head += f", {w.rating_subject} có" if w.rating_subject else ": có"

    def clause(n: int, grade: str) -> str:
        return f"{w.count(n)} {noun} {grade}" if n else f"không có {noun} {grade}"

    text = (
        f"{head} {_num(good_or_better)}/{_num(count)} {noun} hoàn thành tốt và hoàn thành xuất "
        f"sắc nhiệm vụ; {clause(done, 'hoàn thành nhiệm vụ')}; "
        f"{clause(failed, 'không hoàn thành nhiệm vụ')}."
    )
    paragraphs = [text]
    if excellent:
        paragraphs.append(f"Trong đó, {w.count(excellent)} {noun} hoàn thành xuất sắc nhiệm vụ.")
    return paragraphs


# ---------------------------------------------------------------------------------------
# Figures entered by hand

_BASELINE_TOPICS = {
    "meetings": "hội nghị, học tập, quán triệt",
    "dialogues": "đối thoại",
    "reception": "tiếp công dân, đơn thư",
    "models": "mô hình, điển hình “Dân vận khéo”",
}


def _hand_sections(summary: Mapping[str, Any]) -> list[str]:
    """Sections whose cùng kỳ comes from figures entered by hand."""
    out = []
    for section in _BASELINE_TOPICS:
        data = _section(summary, section)
        parts = [data] if section != "reception" else [_section(data, "visits"), _section(data, "letters")]
        if any((_prev(p) or {}).get("source") == "baseline" for p in parts):
            out.append(section)
    return out


def baseline_note(summary: Mapping[str, Any], sections: Sequence[str]) -> Note | None:
    """"Số liệu cùng kỳ ... do đơn vị nhập tay" for those of ``sections`` that use it."""
    hand = [s for s in _hand_sections(summary) if s in sections]
    if not hand:
        return None
    label = str(_section(summary, "previous_period").get("label") or "").strip()
    when = f" ({label})" if label else ""
    topics = _and([_BASELINE_TOPICS[s] for s in hand])
    return Note(f"Số liệu cùng kỳ{when} về {topics} là số liệu nhập tay từ báo cáo của kỳ đó, "
                "không tính từ dữ liệu ghi chép.")


# ---------------------------------------------------------------------------------------
# Tables and charts


def _share(part: int, whole: int) -> str:
    return fmt.percent(part, whole) if whole else ""


def _cell(value: int | None) -> str:
    return NOT_RECORDED if value is None else _num(value)


def comparison_table(summary: Mapping[str, Any]) -> tuple[Table, Note | None] | None:
    """Kỳ này against cùng kỳ; a figure not recorded shows "–", a hand-entered one "*"."""
    meetings = _section(summary, "meetings")
    dialogues = _section(summary, "dialogues")
    reception = _section(summary, "reception")
    visits = _section(reception, "visits")
    letters = _section(reception, "letters")
    models = _section(summary, "models")
    lines: list[tuple[str, str, Mapping[str, Any], str, Callable[[Mapping[str, Any]], int | None]]] = [
        ("Hội nghị, học tập, quán triệt", "cuộc", meetings, "count", lambda d: _value(d, "count")),
        ("Lượt người dự hội nghị", "lượt", meetings, "attendance",
         lambda d: _complete(d, "attendance", "attendance_meetings")),
        ("Đối thoại", "cuộc", dialogues, "count", lambda d: _value(d, "count")),
        ("Lượt người tham gia đối thoại", "lượt", dialogues, "participants",
         lambda d: _complete(d, "participants", "participants_dialogues")),
        ("Tiếp công dân", "lượt", visits, "count", lambda d: _value(d, "count")),
        ("Vụ việc qua tiếp công dân", "vụ việc", visits, "cases", lambda d: _value(d, "cases")),
        ("Đơn tiếp nhận", "đơn", letters, "count", lambda d: _value(d, "count")),
        ("Vụ việc qua đơn", "vụ việc", letters, "cases", lambda d: _value(d, "cases")),
        ("Mô hình, điển hình “Dân vận khéo”", "mô hình", models, "count", lambda d: _value(d, "count")),
    ]
    rows: list[Row] = []
    hand = False
    for label, unit, data, key, current in lines:
        if not data:
            continue
        prev = _prev(data)
        cur, old = current(data), _value(prev, key)
        if not (cur or old):
            continue  # nothing in either period: a row of zeros or dashes says nothing
        marked = (prev or {}).get("source") == "baseline" and old is not None
        hand = hand or marked
        if cur is None or old is None:
            change = NOT_RECORDED
        else:
            change = "bằng" if cur == old else fmt.change_phrase(cur, old, "")
        rows.append(Row((str(len(rows) + 1), label, unit, _cell(cur),
                         _cell(old) + ("*" if marked else ""), change)))
    if not rows:
        return None
    compared = any(r.cells[4] != NOT_RECORDED for r in rows)
    table = Table(
        # Nothing to compare with (a first year): the caption does not claim a comparison.
        caption="Kết quả so với cùng kỳ" if compared else "Kết quả thực hiện trong kỳ",
        columns=("TT", "Nội dung", "Đơn vị tính", "Kỳ này", "Cùng kỳ", "Tăng, giảm"),
        rows=tuple(rows),
        widths=(1.0, 5.0, 1.8, 1.5, 1.5, 1.8),
        align=("center", "left", "center", "right", "right", "center"),
    )
    label = str(_section(summary, "previous_period").get("label") or "").strip()
    notes = ["(–) Không có số liệu."] if any(NOT_RECORDED in r.cells for r in rows) else []
    if hand:
        notes.append(f"(*) Số liệu cùng kỳ{' ' + label if label else ''} do đơn vị nhập tay từ "
                     "báo cáo của kỳ đó.")
    return table, (Note(" ".join(notes)) if notes else None)


def _dialogue_table(dialogues: Mapping[str, Any]) -> Table | None:
    if not _n(dialogues, "count"):
        return None
    status = dialogues.get("issues_by_status") or {}
    issues = _n(dialogues, "issues")
    rows = [
        Row(("Số cuộc đối thoại", _num(_n(dialogues, "count")), "")),
        Row(("Lượt người tham gia", _cell(_complete(dialogues, "participants", "participants_dialogues")), "")),
        Row(("Lượt ý kiến", _cell(_complete(dialogues, "opinions", "opinions_dialogues")), "")),
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


def _model_table(models: Mapping[str, Any], w: Wording) -> Table | None:
    total = _n(models, "count")
    if not total:
        return None
    rows: list[Row] = []
    groups = (
        ("Theo lĩnh vực", models.get("by_field") or {}, w.field_labels()),
        ("Theo cấp", models.get("by_level") or {}, LEVEL_LABELS),
        ("Theo đối tượng", models.get("by_holder") or {}, HOLDER_LABELS),
    )
    for title, data, labels in groups:
        if not any(_n(data, k) for k in labels):
            continue
        rows.append(Row((title, "", ""), "group"))
        rows += [
            Row((_upper_first(label), _num(_n(data, key)), _share(_n(data, key), total)))
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


def _model_chart(models: Mapping[str, Any], w: Wording) -> Chart | None:
    by_field = models.get("by_field") or {}
    labels = w.field_labels()
    values = tuple(_n(by_field, k) for k in labels)
    if not any(values):
        return None
    return Chart(
        caption="Mô hình, điển hình “Dân vận khéo” theo lĩnh vực",
        categories=tuple(_upper_first(label) for label in labels.values()),
        series=(("Số mô hình", values),),
        value_label="mô hình",
    )


def _reception_chart(summary: Mapping[str, Any]) -> Chart | None:
    reception = _section(summary, "reception")
    visits, letters = _section(reception, "visits"), _section(reception, "letters")
    v_prev, l_prev = _prev(visits), _prev(letters)
    if v_prev is None or l_prev is None:
        return None
    previous_values = tuple(_value(d, k) for d, k in ((v_prev, "count"), (v_prev, "cases"),
                                                      (l_prev, "count"), (l_prev, "cases")))
    if None in previous_values:
        return None  # a bar of 0 for a figure nobody recorded would be false
    current = (_n(visits, "count"), _n(visits, "cases"), _n(letters, "count"), _n(letters, "cases"))
    previous = tuple(int(v or 0) for v in previous_values)
    if not any(current + previous):
        return None
    period = _section(summary, "period").get("label") or "Kỳ này"
    before = _section(summary, "previous_period").get("label") or "Cùng kỳ"
    hand = (v_prev.get("source") == "baseline" or l_prev.get("source") == "baseline")
    return Chart(
        caption="Tiếp công dân, tiếp nhận đơn thư so với cùng kỳ",
        categories=("Lượt tiếp công dân", "Vụ việc (tiếp)", "Đơn tiếp nhận", "Vụ việc (đơn)"),
        series=((str(period), current), (f"{before} (nhập tay)" if hand else str(before), previous)),
    )


# ---------------------------------------------------------------------------------------
# The document


def report_subject(period_label: str) -> str:
    """The trích yếu under "BÁO CÁO", lower-case first letter as the format wants."""
    return f"{SUBJECT_PREFIX} {period_label}".strip()


def number_figures(figures: Sequence[Block]) -> list[Block]:
    """Number tables and charts in reading order ("Biểu 1", "Biểu đồ 1")."""
    out: list[Block] = []
    table_no = chart_no = 0
    for item in figures:
        if isinstance(item, Table):
            table_no += 1
            out.append(Table(
                caption=f"Biểu {table_no}. {item.caption}", columns=item.columns, rows=item.rows,
                widths=item.widths, align=item.align, font_size=item.font_size,
            ))
        elif isinstance(item, Chart):
            chart_no += 1
            out.append(Chart(
                caption=f"Biểu đồ {chart_no}. {item.caption}",
                categories=item.categories, series=item.series, value_label=item.value_label,
            ))
        else:
            out.append(item)
    return out


def subsections(summary: Mapping[str, Any], w: Wording) -> list[tuple[str, list[Block]]]:
    """Section I's numbered subsections as (title, blocks): the sentences, and a note where
    a cùng kỳ figure was entered by hand. Empty subsections are left out."""
    def with_note(paragraphs: list[str], *sections: str) -> list[Block]:
        blocks: list[Block] = [Paragraph(p) for p in paragraphs]
        note = baseline_note(summary, sections)
        if note is not None and blocks:
            blocks.append(note)
        return blocks

    out = [
        (
            "Công tác học tập, quán triệt nghị quyết, hội nghị và sinh hoạt",
            with_note(meeting_paragraphs(_section(summary, "meetings"), w)
                      + commitment_paragraphs(_section(summary, "commitments"), w), "meetings"),
        ),
        (
            "Thực hiện Quy chế dân chủ ở cơ sở, đối thoại với nhân dân",
            with_note(dialogue_paragraphs(_section(summary, "dialogues"), w), "dialogues"),
        ),
        (
            "Tiếp công dân, tiếp nhận và giải quyết đơn thư",
            with_note(reception_paragraphs(_section(summary, "reception"), w), "reception"),
        ),
        (
            "Phong trào thi đua “Dân vận khéo” và công tác khen thưởng",
            with_note(model_paragraphs(_section(summary, "models"), w)
                      + award_paragraphs(_section(summary, "awards"), w), "models"),
        ),
        (
            f"Đánh giá, xếp loại chất lượng {w.rated}",
            with_note(rating_paragraphs(_section(summary, "ratings"), w)),
        ),
    ]
    return [(title, blocks) for title, blocks in out if blocks]


def figure_blocks(summary: Mapping[str, Any], w: Wording) -> list[Block]:
    """The unit report's tables and charts, unnumbered, each table's note after it."""
    figures: list[Block] = []
    compared = comparison_table(summary)
    if compared is not None:
        figures.append(compared[0])
        if compared[1] is not None:
            figures.append(compared[1])
    for item in (
        _dialogue_table(_section(summary, "dialogues")),
        _reception_table(_section(summary, "reception")),
        _model_table(_section(summary, "models"), w),
        _model_chart(_section(summary, "models"), w),
        _reception_chart(summary),
    ):
        if item is not None:
            figures.append(item)
    return figures


def section_one(summary: Mapping[str, Any], w: Wording | None = None) -> list[Block]:
    """Section I (Kết quả): numbered subsections of sentences, then the tables and charts."""
    w = w or Wording()
    blocks: list[Block] = [Heading(f"{fmt.roman(1)}. KẾT QUẢ THỰC HIỆN", 1)]
    number = 0
    for title, body in subsections(summary, w):
        number += 1
        blocks.append(Heading(f"{number}. {title}", 2))
        blocks += body
    figures = figure_blocks(summary, w)
    if figures:
        number += 1
        blocks.append(Heading(f"{number}. Số liệu tổng hợp", 2))
        blocks += number_figures(figures)
    return blocks


def free_section(number: int, title: str, text: str | None) -> list[Block]:
    """Section II or III: the signer's own text, one paragraph per line, or dotted lines."""
    paragraphs = _split_text(text)
    blocks: list[Block] = [Heading(f"{fmt.roman(number)}. {title}", 1)]
    blocks += [Paragraph(p) for p in paragraphs] if paragraphs else [Placeholder(4)]
    return blocks


def _default_signer_title(unit: Mapping[str, Any]) -> str:
    if _is_chi_bo(str(unit.get("type") or "")):
        members = unit.get("members")
        # Điều lệ Đảng: only a chi bộ of 9 or more members elects a chi ủy; a smaller one
        # signs on behalf of the chi bộ itself.
        if isinstance(members, int) and not isinstance(members, bool) and 0 < members < 9:
            return "T/M CHI BỘ"
        return "T/M CHI ỦY"
    return "T/M ĐẢNG ỦY"


def signer_lines(title: str, role: str) -> tuple[str, str, str]:
    """(T/M line, K/T line or "", role) of the signature block, upper case.

    A deputy signs on behalf of the secretary: "T/M ĐẢNG ỦY" / "K/T BÍ THƯ" / "PHÓ BÍ THƯ"
    (Hướng dẫn 36-HD/VPTW). A role typed with its K/T line ("K/T BÍ THƯ / PHÓ BÍ THƯ")
    is split the same way.
    """
    role = " ".join((role or "BÍ THƯ").upper().replace("|", "/").split())
    title = " ".join((title or "").upper().split())
    if m := re.match(r"^(K/T\s+.+?)\s*/\s*(.+)$", role):
        return title, m.group(1), m.group(2)
    deputy = "K/T BÍ THƯ" if role.startswith("PHÓ BÍ THƯ") else ""
    return title, deputy, role


def _default_short_name(unit: Mapping[str, Any]) -> str:
    return "CB" if _is_chi_bo(str(unit.get("type") or "")) else "ĐU"


def _default_recipients(unit: Mapping[str, Any]) -> list[str]:
    superior = str(unit.get("superior") or "").strip()
    archive = "- Lưu Chi ủy." if _is_chi_bo(str(unit.get("type") or "")) else "- Lưu Văn phòng Đảng ủy."
    recipients = [f"- {superior} (để báo cáo),"] if superior else []
    return [*recipients, archive]


def recipient_lines(value: Any) -> list[str]:
    """Nơi nhận as lines: profiles store one per line; callers may pass a list."""
    if not value:
        return []
    lines = value.splitlines() if isinstance(value, str) else [str(v) for v in value]
    return [line.strip() for line in lines if line.strip()]


#: A committee (cấp ủy) and the Party organisation (đảng bộ) it leads, as 36-HD writes the
#: superior line of a header: "Tỉnh ủy Nghệ An" heads "ĐẢNG BỘ TỈNH NGHỆ AN".
_COMMITTEE_TO_ORGANISATION = (
    ("đảng ủy ", "Đảng bộ "),
    ("tỉnh ủy ", "Đảng bộ tỉnh "),
    ("thành ủy ", "Đảng bộ thành phố "),
    ("huyện ủy ", "Đảng bộ huyện "),
    ("thị ủy ", "Đảng bộ thị xã "),
    ("quận ủy ", "Đảng bộ quận "),
)


def superior_organisation(superior: str) -> str:
    """The superior line in the đảng bộ form from the committee that receives the report:
    "Đảng ủy Khối các cơ quan tỉnh" -> "Đảng bộ Khối các cơ quan tỉnh", "Tỉnh ủy Nghệ An" ->
    "Đảng bộ tỉnh Nghệ An"; any other name is kept as typed (``superior_header`` sets it)."""
    text = " ".join(str(superior or "").split())
    folded = text.casefold().replace("uỷ", "ủy")
    for committee, organisation in _COMMITTEE_TO_ORGANISATION:
        if folded.startswith(committee):
            return organisation + text[len(committee):]
    return text


def header_text(text: str) -> str:
    """A header line as typed: upper case, the user's "|" kept as a line break."""
    parts = [" ".join(p.split()) for p in str(text or "").replace("\r", "").replace("|", "\n").split("\n")]
    return "\n".join(p for p in parts if p).upper()


# Breaking a long body name: never inside these words (two syllables, written apart), best
# before a connective or an administrative word, then before a word that starts a name.
_COMPOUNDS = {
    tuple(w.split()) for w in (
        "CƠ QUAN", "DOANH NGHIỆP", "ĐẢNG ỦY", "ĐẢNG BỘ", "CHI BỘ", "CHI ỦY", "ỦY BAN", "NHÂN DÂN",
        "HỘI ĐỒNG", "THƯỜNG VỤ", "CHẤP HÀNH", "TỔ CHỨC", "CÔNG TY", "CỔ PHẦN", "TRÁCH NHIỆM",
        "HỮU HẠN", "THÀNH VIÊN", "BỆNH VIỆN", "ĐẠI HỌC", "CAO ĐẲNG", "TRUNG HỌC", "PHỔ THÔNG",
        "TIỂU HỌC", "MẦM NON", "CÔNG AN", "QUÂN SỰ", "BIÊN PHÒNG", "MẶT TRẬN", "TỔ QUỐC",
        "VIỆT NAM", "DÂN VẬN", "TUYÊN GIÁO", "KIỂM TRA", "NỘI CHÍNH", "VĂN PHÒNG", "TƯ PHÁP",
        "TÀI CHÍNH", "KẾ HOẠCH", "ĐẦU TƯ", "NÔNG NGHIỆP", "PHÁT TRIỂN", "NÔNG THÔN",
        "CÔNG THƯƠNG", "XÂY DỰNG", "GIAO THÔNG", "VẬN TẢI", "VĂN HÓA", "THỂ THAO", "DU LỊCH",
        "KHOA HỌC", "CÔNG NGHỆ", "THÔNG TIN", "TRUYỀN THÔNG", "LAO ĐỘNG", "THƯƠNG BINH",
        "XÃ HỘI", "NỘI VỤ", "TÀI NGUYÊN", "MÔI TRƯỜNG", "NGÂN HÀNG", "Y TẾ", "GIÁO DỤC",
        "ĐÀO TẠO", "THANH TRA", "HẢI QUAN", "KHO BẠC", "BẢO HIỂM", "ĐIỆN LỰC", "HÀNH CHÍNH",
        "SỰ NGHIỆP", "CHÍNH QUYỀN", "CHÍNH TRỊ", "DÂN TỘC", "TÔN GIÁO", "THANH NIÊN", "PHỤ NỮ",
        "NÔNG DÂN", "CHIẾN BINH", "CÔNG ĐOÀN", "QUỐC PHÒNG", "AN NINH", "THỊ XÃ", "THỊ TRẤN",
        "THÀNH PHỐ", "KHU VỰC", "DÂN CƯ", "TRỰC THUỘC", "BAN NHÂN",
    )
}
_CONNECTIVES = {"VÀ", "CỦA", "THUỘC", "TẠI"}
_ADMIN = {"TỈNH", "HUYỆN", "XÃ", "PHƯỜNG", "THỊ", "THÀNH", "QUẬN", "THÔN", "XÓM", "BẢN", "KHU", "TỔ"}
_HEADS = {"CHI", "ĐẢNG", "CƠ", "DOANH", "ỦY", "SỞ", "BAN", "CÔNG", "TRƯỜNG", "BỆNH", "CÁC", "KHỐI"}


def _break_cost(words: list[str], i: int, widths: tuple[float, float], max_width: float) -> float:
    """How bad a line break before ``words[i]`` is (lower is better)."""
    cost = 0.0
    if widths[0] > max_width:
        cost += 1000  # the first line must fit
    if widths[1] > max_width:
        cost += 250  # the rest takes one more line
    before, after = words[i - 1], words[i]
    if (before, after) in _COMPOUNDS:
        cost += 400
    if before in _ADMIN or (i >= 2 and words[i - 2] in _ADMIN and (before, after) not in _COMPOUNDS):
        cost += 150  # inside a place name: "XÃ QUỲNH / LỘC"
    if len(words) - i == 1:
        cost += 200  # one word alone on the last line: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN / TỈNH"
    if after in _CONNECTIVES:
        cost -= 300
    elif after in _ADMIN and i < len(words) - 1:
        cost -= 120  # before a place name ("/ TỈNH NGHỆ AN"); a last "TỈNH" ends a name
    elif after in _HEADS:
        cost -= 60
    return cost + abs(widths[0] - widths[1]) / max_width * 50


def header_lines(text: str, *, max_width: float, measure: Callable[[str], float]) -> list[str]:
    """The lines of a header name (superior or issuing body) in a column ``max_width`` wide.

    Breaks typed by the user ("\\n", from "|" in the profile) are kept; a line still too
    wide is broken between words where a reader expects it: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN /
    VÀ DOANH NGHIỆP TỈNH", never inside "CƠ QUAN" or a place name.

    :param measure: the width of a text in the renderer's font and size, e.g.
        ``lambda s: stringWidth(s, BOLD, 14)``
    """
    out: list[str] = []
    for line in (text or "").split("\n"):
        out += _break_line(line.split(), max_width, measure)
    return out


def _break_line(words: list[str], max_width: float, measure: Callable[[str], float]) -> list[str]:
    whole = " ".join(words)
    if len(words) < 2 or measure(whole) <= max_width:
        return [whole] if whole else []
    best_i, best_cost = 1, float("inf")
    for i in range(1, len(words)):
        widths = (measure(" ".join(words[:i])), measure(" ".join(words[i:])))
        cost = _break_cost(words, i, widths, max_width)
        if cost < best_cost:
            best_i, best_cost = i, cost
    return [" ".join(words[:best_i]), *_break_line(words[best_i:], max_width, measure)]


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
    w = wording_for_unit(unit)
    superior = header_text(unit.get("superior_header") or superior_organisation(unit.get("superior") or ""))
    name = str(unit.get("name") or "").strip()
    issuer = header_text(unit.get("issuer_header") or name)
    place = str(unit.get("place") or "").strip()
    period_label = str(_section(summary, "period").get("label") or "").strip()
    short_name = str(unit.get("short_name") or "").strip() or _default_short_name(unit)
    recipients = recipient_lines(unit.get("recipients")) or _default_recipients(unit)

    intro = (
        f"{name} báo cáo kết quả công tác dân vận, thực hiện Quy chế dân chủ ở cơ sở và "
        f"phong trào thi đua “Dân vận khéo” {period_label} như sau:"
    ).strip()
    blocks: list[Block] = [Paragraph(intro)] if name else []
    blocks += section_one(summary, w)
    blocks += free_section(2, "HẠN CHẾ, NGUYÊN NHÂN", texts.get("limitations"))
    blocks += free_section(3, "PHƯƠNG HƯỚNG, NHIỆM VỤ", texts.get("directions"))
    title, deputy, role = signer_lines(str(unit.get("signer_title") or _default_signer_title(unit)),
                                       str(unit.get("signer_role") or "BÍ THƯ"))

    return ReportDocument(
        superior=superior,
        issuer=issuer,
        number_line=number_line(number=number, short_name=short_name),
        nation=NATION,
        date_line=fmt.date_line(place, issued) if place else _upper_first(fmt.date_long(issued)),
        title=TITLE,
        subject=report_subject(period_label),
        blocks=tuple(blocks),
        signer_title=title,
        signer_role=role,
        signer_for=deputy,
        signer_name=str(unit.get("signer_name") or unit.get("secretary") or "").strip(),
        recipients=tuple(str(r) for r in recipients),
        fingerprint_line=f"Mã khóa ký: {fingerprint.strip()}" if fingerprint and fingerprint.strip() else None,
        period_label=period_label,
        meta={"unit_code": str(unit.get("code") or ""), "period": period_label},
    )


def number_line(*, number: str | None, short_name: str, doc_type: str = "BC") -> str:
    """"Số 12-BC/CB"; without a number, room for one written by hand: "Số      -BC/CB".

    A full reference typed by the user ("12-BC/CB") is kept as typed; a number below 10 is
    written with two digits ("Số 05-BC/CB"), as numbers run from 01.
    """
    number = (number or "").strip()
    if number.lower().startswith("số"):
        number = number[2:].strip()
    if "-" in number or "/" in number:
        return f"Số {number}"
    if number.isdigit():
        number = f"{int(number):02d}"
    # Non-breaking spaces: ordinary spaces would be collapsed by the layout engines.
    blank = "\u00a0" * 8
    return f"Số {number or blank}-{doc_type}/{short_name}"
