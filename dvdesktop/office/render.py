"""The office's consolidated report: sentences in the register of seeds 000 and 001.

"Đảng bộ Khối hiện có 159 tổ chức cơ sở đảng trực thuộc; trong đó 80 đảng bộ và 79 chi
bộ cơ sở", "tổ chức được 454 cuộc, có 10.955 lượt đồng chí dự (...)", "37 mô hình của 28
tổ chức cơ sở đảng đăng ký", "152/159 tổ chức cơ sở đảng hoàn thành tốt và hoàn thành
xuất sắc nhiệm vụ; 7 hoàn thành nhiệm vụ; không có tổ chức cơ sở đảng không hoàn thành
nhiệm vụ", then a table by unit. The Party-format page (header, title, signature) is the
reports package's: we build a ``ReportDocument`` and hand it to its PDF or DOCX renderer.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from dvdesktop.core import fmt
from dvdesktop.core.i18n import QT_TRANSLATE_NOOP
from dvdesktop.office.consolidate import consolidate
from dvdesktop.office.db import get_profile
from dvdesktop.office.errors import OfficeError
from dvdesktop.office.status import STATE_LABELS

__all__ = ["build_consolidated_document", "consolidated_paragraphs", "render_consolidated"]

NOUN = "tổ chức cơ sở đảng"
_TYPE_WORDS = {
    "dang_bo_co_so": "đảng bộ cơ sở",
    "chi_bo_co_so": "chi bộ cơ sở",
    "chi_bo_truc_thuoc": "chi bộ trực thuộc",
    "xa_phuong": "đảng bộ xã, phường",
}


def _n(data: Mapping[str, Any] | None, key: str) -> int:
    value = (data or {}).get(key)
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else 0


def _num(n: int) -> str:
    return fmt.number(n)


def _units_paragraphs(cons: Mapping[str, Any], organisation: str) -> list[str]:
    units = cons.get("units") or {}
    registered = _n(units, "registered")
    text = f"{organisation} hiện có {_num(registered)} {NOUN} trực thuộc"
    by_type = units.get("by_type") or {}
    # In the seeds' order (đảng bộ before chi bộ), whatever order the counts come in.
    parts = [f"{_num(_n(by_type, t))} {word}" for t, word in _TYPE_WORDS.items() if _n(by_type, t)]
    if parts and len(parts) > 1:
        text += "; trong đó " + " và ".join([", ".join(parts[:-1]), parts[-1]])
    paragraphs = [text + "."]
    submitted, missing = _n(units, "submitted"), _n(units, "missing")
    sent = f"Có {_num(submitted)}/{_num(registered)} {NOUN} đã gửi báo cáo"
    timing = [
        f"{_num(_n(units, 'on_time'))} đúng hạn" if _n(units, "on_time") else "",
        f"{_num(_n(units, 'late'))} trễ hạn" if _n(units, "late") else "",
    ]
    timing = [t for t in timing if t]
    if timing and submitted:
        sent += f" ({', '.join(timing)})"
    sent += f"; {_num(missing)} {NOUN} chưa gửi" if missing else "; không có tổ chức nào chưa gửi"
    paragraphs.append(sent + ".")
    return paragraphs


def _lead(paragraphs: list[str], old: str, new: str) -> list[str]:
    # The unit report says "Tổ chức được 454 cuộc"; the office says who organised them.
    if paragraphs and paragraphs[0].startswith(old):
        paragraphs = [new + paragraphs[0][len(old):], *paragraphs[1:]]
    return paragraphs


def _model_paragraphs(models: Mapping[str, Any], with_models: int) -> list[str]:
    from dvdesktop.reports.content import FIELD_LABELS

    count = _n(models, "count")
    if not count:
        return ["Phong trào thi đua “Dân vận khéo”: chưa có mô hình, điển hình đăng ký."]
    by_field = models.get("by_field") or {}
    fields = [f"{label} {_num(_n(by_field, k))} mô hình" for k, label in FIELD_LABELS.items() if _n(by_field, k)]
    text = f"Phong trào thi đua “Dân vận khéo”: đến nay có {_num(count)} mô hình"
    if with_models:
        text += f" của {_num(with_models)} {NOUN} đăng ký"
    if fields:
        text += f" ({'; '.join(fields)})"
    if _n(models, "new"):
        text += f"; trong đó {_num(_n(models, 'new'))} mô hình đăng ký mới trong kỳ"
    return [text + "."]


def _rating_paragraphs(ratings: Mapping[str, Any]) -> list[str]:
    count = _n(ratings, "count")
    if not count:
        return []
    grades = ratings.get("by_grade") or {}
    good = _n(grades, "HTXSNV") + _n(grades, "HTTNV") if grades else _n(ratings, "good_or_better")
    done, failed = _n(grades, "HTNV"), _n(grades, "KHTNV")
    year = _n(ratings, "year")
    head = "Kết quả đánh giá, xếp loại chất lượng" + (f" năm {year}" if year else "")
    text = (
        f"{head}: {_num(good)}/{_num(count)} {NOUN} hoàn thành tốt và hoàn thành xuất sắc "
        f"nhiệm vụ; " + (f"{_num(done)} hoàn thành nhiệm vụ" if done else f"không có {NOUN} hoàn thành nhiệm vụ")
        + "; " + (f"{_num(failed)} {NOUN} không hoàn thành nhiệm vụ" if failed else f"không có {NOUN} không hoàn thành nhiệm vụ")
    )
    return [text + "."]


def consolidated_paragraphs(cons: Mapping[str, Any], *, organisation: str = "Đảng bộ") -> list[tuple[str, list[str]]]:
    """Section I as (subsection title, sentences), from ``consolidate()``'s result."""
    from dvdesktop.reports import content as c

    units = cons.get("units") or {}
    return [
        ("Tình hình tổ chức cơ sở đảng và việc gửi báo cáo", _units_paragraphs(cons, organisation)),
        (
            "Công tác học tập, quán triệt nghị quyết, hội nghị và sinh hoạt",
            _lead(c.meeting_paragraphs(cons.get("meetings") or {}), "Tổ chức được",
                  f"Các {NOUN} đã tổ chức được"),
        ),
        ("Thực hiện Quy chế dân chủ ở cơ sở, đối thoại với nhân dân",
         c.dialogue_paragraphs(cons.get("dialogues") or {})),
        ("Tiếp công dân, tiếp nhận và giải quyết đơn thư",
         c.reception_paragraphs(cons.get("reception") or {})),
        (
            "Phong trào thi đua “Dân vận khéo” và công tác khen thưởng",
            _model_paragraphs(cons.get("models") or {}, _n(units, "with_models"))
            + c.award_paragraphs(cons.get("awards") or {}),
        ),
        ("Đánh giá, xếp loại chất lượng tổ chức cơ sở đảng", _rating_paragraphs(cons.get("ratings") or {})),
    ]


def _unit_table(cons: Mapping[str, Any]) -> Any:
    from dvdesktop.reports import content as c

    rows = []
    total = {k: 0 for k in ("meetings", "attendance", "dialogues", "visits", "letters", "models", "awards")}
    for i, u in enumerate(cons.get("by_unit") or [], start=1):
        received = u.get("received")
        when = fmt.date_short(datetime.fromisoformat(received).date()) if received else ""
        state = STATE_LABELS.get(u.get("state", ""), "")
        sent = f"{when} ({state.lower()})" if when and state else (when or state)
        if "meetings" not in u:
            rows.append(c.Row((str(i), u["name"] or u["code"], sent, *("–",) * 7)))
            continue
        for k in total:
            total[k] += _n(u, k)
        rows.append(c.Row((
            str(i), u["name"] or u["code"], sent,
            *(_num(_n(u, k)) for k in total),
        )))
    rows.append(c.Row(("", "Tổng cộng", "", *(_num(v) for v in total.values())), kind="total"))
    # Ten columns on a portrait A4 page: a smaller type keeps 4-5 digit figures on one line.
    return c.Table(
        caption="Biểu 1. Kết quả theo từng tổ chức cơ sở đảng",
        columns=("TT", "Tổ chức cơ sở đảng", "Gửi báo cáo", "Hội nghị (cuộc)", "Lượt người dự",
                 "Đối thoại (cuộc)", "Tiếp công dân (lượt)", "Đơn thư (đơn)", "Mô hình",
                 "Khen thưởng"),
        rows=tuple(rows),
        widths=(0.6, 2.45, 1.45, 0.95, 1.05, 0.95, 1.05, 0.9, 0.85, 1.1),
        align=("center", "left", "center", *("right",) * 7),
        font_size=10,
    )


def build_consolidated_document(
    db: sqlite_utils.Database, *, period: object, issued: date | None = None, number: str | None = None
) -> Any:
    """The consolidated report as a reports ``ReportDocument`` (renderer-neutral)."""
    from dvdesktop.reports import content as c

    profile = get_profile(db)
    cons = consolidate(db, period=period)
    issued = issued or date.today()
    label = str((cons.get("period") or {}).get("label") or "")
    organisation = profile["organisation"] or "Đảng bộ"
    blocks: list[Any] = [c.Heading(f"{fmt.roman(1)}. KẾT QUẢ THỰC HIỆN", 1)]
    for n, (title, paragraphs) in enumerate(
        [(t, ps) for t, ps in consolidated_paragraphs(cons, organisation=organisation) if ps], start=1
    ):
        blocks.append(c.Heading(f"{n}. {title}", 2))
        blocks += [c.Paragraph(p) for p in paragraphs]
    blocks.append(_unit_table(cons))
    blocks += [c.Heading(f"{fmt.roman(2)}. HẠN CHẾ, NGUYÊN NHÂN", 1), c.Placeholder(4)]
    blocks += [c.Heading(f"{fmt.roman(3)}. PHƯƠNG HƯỚNG, NHIỆM VỤ", 1), c.Placeholder(4)]
    place = profile["place"]
    short = profile["short_name"] or "ĐU"
    recipients = [r for r in profile["recipients"].splitlines() if r.strip()] or ["- Lưu Văn phòng."]
    return c.ReportDocument(
        superior=profile["superior"].upper(),
        issuer=(profile["name"] or organisation).upper(),
        number_line=c.number_line(number=number, short_name=short),
        nation=c.NATION,
        date_line=fmt.date_line(place, issued) if place else fmt.date_long(issued).capitalize(),
        title=c.TITLE,
        subject=c.report_subject(label),
        blocks=tuple(blocks),
        signer_title=(profile["signer_title"] or "T/M BAN THƯỜNG VỤ").upper(),
        signer_role=(profile["signer_role"] or "BÍ THƯ").upper(),
        signer_name=profile["signer_name"],
        recipients=tuple(recipients),
        period_label=label,
        meta={"period": label, "kind": "consolidated"},
    )


def render_consolidated(
    db: sqlite_utils.Database, *, period: object, out: str | Path, issued: date | None = None,
    number: str | None = None,
) -> Path:
    """Write the consolidated report of ``period`` to ``out`` (``.pdf``, ``.docx`` or ``.xlsx``).

    :param out: e.g. ``Path("bao-cao-2026-H1.pdf")``; the suffix picks the format; an
        ``.xlsx`` holds the figures (the table by unit, the summed figures) for Excel
    """
    target = Path(out)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".docx", ".xlsx"):
        raise OfficeError(
            QT_TRANSLATE_NOOP("Office", "Tệp báo cáo phải có đuôi .pdf, .docx hoặc .xlsx: {path}"),
            path=str(target),
        )
    if suffix == ".xlsx":
        from dvdesktop.office.xlsx import write_consolidated_xlsx

        return write_consolidated_xlsx(db, period=period, out=target)
    doc = build_consolidated_document(db, period=period, issued=issued, number=number)
    if suffix == ".pdf":
        from dvdesktop.reports.pdf import render_document_pdf

        return render_document_pdf(doc, out=target)
    from dvdesktop.reports.docx import render_document_docx

    return render_document_docx(doc, out=target)
