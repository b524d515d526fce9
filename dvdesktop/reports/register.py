"""Sổ tiếp công dân: the reception register of a period, printed on landscape A4.

The columns are those of the register kept under Luật Tiếp công dân 2013 (DOMAIN.md).
It carries citizens' names, addresses and ID numbers, personal data under Nghị định
13/2023 and Luật Bảo vệ dữ liệu cá nhân 2025: it is for printing at the unit only, never
part of a package for the superior, and the file is written readable by its owner only.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from dvdesktop.core import fmt
from dvdesktop.core.domain import CHOICE_LABELS
from dvdesktop.store.files import write_atomic
from dvdesktop.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

__all__ = ["COLUMNS", "SECRET", "register_rows", "render_register_pdf"]

#: (header, width in mm); the widths add up to the 267 mm between 15 mm margins.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 10),
    ("Ngày tiếp", 20),
    ("Họ tên, địa chỉ", 38),
    ("CCCD/Định danh", 26),
    ("Nội dung vụ việc", 48),
    ("Phân loại, số người", 24),
    ("Cơ quan đã giải quyết", 26),
    ("Hướng xử lý", 28),
    ("Theo dõi kết quả", 30),
    ("Ghi chú", 17),
)
CELL_SIZE = 10
PRIVACY_NOTE = (
    "Sổ có thông tin cá nhân của công dân (Nghị định 13/2023/NĐ-CP): chỉ in và lưu giữ tại "
    "đơn vị, không gửi kèm báo cáo."
)


def _iso_date(value: Any) -> str:
    """"2026-02-05" -> "05/02/2026"; anything unreadable is printed as given."""
    if isinstance(value, date):
        return fmt.date_short(value)
    if not value:
        return ""
    parsed = fmt.try_parse_date(str(value)[:10])
    return fmt.date_short(parsed) if parsed else str(value)


def _label(key: str, value: Any) -> str:
    return CHOICE_LABELS.get(key, {}).get(str(value), "" if value is None else str(value))


SECRET = "(giữ bí mật)"


def register_rows(
    entries: Sequence[Mapping[str, Any]], *, reveal_denouncers: bool = False
) -> list[list[str]]:
    """The register's cells as text, one list per reception, oldest first.

    Multi-line cells use "\\n" (the name, then the address; the category, then the count).
    The identity of a person who denounces (tố cáo) is replaced by "(giữ bí mật)" unless
    ``reveal_denouncers``: Luật Tố cáo 2018 requires it to be kept secret.
    """
    ordered = sorted(entries, key=lambda e: (str(e.get("date") or ""), str(e.get("case_code") or "")))
    rows: list[list[str]] = []
    for number, entry in enumerate(ordered, start=1):
        who = "\n".join(
            part for part in (str(entry.get("citizen_name") or "").strip(),
                              str(entry.get("citizen_address") or "").strip()) if part
        )
        citizen_id = str(entry.get("citizen_id") or "").strip()
        if entry.get("category") == "denunciation" and not reveal_denouncers:
            who = SECRET if who else ""
            citizen_id = SECRET if citizen_id else ""
        channel = "Đơn" if entry.get("channel") == "letter" else "Tiếp trực tiếp"
        people = int(entry.get("people_count") or 1)
        kind = f"{_label('reception.category', entry.get('category'))}\n{channel}, {fmt.number(people)} người"
        content = str(entry.get("content") or "").strip()
        if entry.get("case_code"):
            content = f"{content}\n(Vụ việc {entry['case_code']})"
        if entry.get("status") == "resolved":
            follow = "Đã giải quyết"
            if entry.get("resolved_date"):
                follow += f" ngày {_iso_date(entry['resolved_date'])}"
        else:
            follow = "Đang giải quyết"
        if entry.get("result"):
            follow += f"\n{str(entry['result']).strip()}"
        rows.append([
            str(number),
            _iso_date(entry.get("date")),
            who,
            citizen_id,
            content,
            kind,
            str(entry.get("agency") or "").strip(),
            _label("reception.handling", entry.get("handling")),
            follow,
            str(entry.get("note") or "").strip(),
        ])
    return rows


def _cell(text: str, style: ParagraphStyle) -> Paragraph:
    # Paragraph cells wrap long text; "\n" from the row becomes a line break.
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _page_footer(canvas: Any, document: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(ITALIC, 9)
    width, _ = document.pagesize
    canvas.drawString(document.leftMargin, 8 * mm, PRIVACY_NOTE)
    canvas.setFont(REGULAR, 10)
    canvas.drawRightString(width - document.rightMargin, 8 * mm, f"Trang {canvas.getPageNumber()}")
    canvas.restoreState()


def render_register_pdf(
    *,
    unit: Mapping[str, Any],
    period_label: str,
    entries: Sequence[Mapping[str, Any]],
    out: Path,
    reveal_denouncers: bool = False,
) -> Path:
    """Write the Sổ tiếp công dân of a period as a landscape A4 PDF; returns ``out``.

    :param unit: the unit profile (its name heads the page).
    :param period_label: "6 tháng đầu năm 2026".
    :param entries: reception records (docs: date, channel, case_code, category,
        people_count, content, handling, status, resolved_date, agency, result, note,
        citizen_name, citizen_address, citizen_id).
    :param out: target file, replaced atomically and readable by its owner only.
    :param reveal_denouncers: print a denouncer's name, address and ID (default: hidden).
    """
    register_fonts()
    base = ParagraphStyle("reg", fontName=REGULAR, fontSize=CELL_SIZE, leading=CELL_SIZE + 2.5)
    cell = ParagraphStyle("reg-cell", parent=base, alignment=TA_LEFT)
    centre = ParagraphStyle("reg-centre", parent=base, alignment=TA_CENTER)
    head = ParagraphStyle("reg-head", parent=base, fontName=BOLD, alignment=TA_CENTER)

    widths = [w * mm for _, w in COLUMNS]
    data: list[list[Any]] = [[_cell(title, head) for title, _ in COLUMNS]]
    rows = register_rows(entries, reveal_denouncers=reveal_denouncers)
    centred_columns = {0, 1}
    for row in rows:
        data.append([_cell(text, centre if i in centred_columns else cell) for i, text in enumerate(row)])
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2f2f2")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if not rows:
        data.append([_cell("Không có lượt tiếp công dân, đơn thư nào trong kỳ.", centre)] + [""] * (len(COLUMNS) - 1))
        commands.append(("SPAN", (0, 1), (-1, 1)))
    # repeatRows: the header row is drawn again at the top of every page.
    # splitInRow: a cell taller than a page (a long content or result, up to 5,000
    # characters) continues on the next page instead of stopping the whole register.
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(commands))

    title_style = ParagraphStyle("reg-title", parent=base, fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER)
    sub_style = ParagraphStyle("reg-sub", parent=base, fontName=ITALIC, fontSize=12, leading=15, alignment=TA_CENTER)
    unit_style = ParagraphStyle("reg-unit", parent=base, fontName=BOLD, fontSize=12, leading=15)
    story = [
        Paragraph(escape(str(unit.get("name") or "").upper()), unit_style),
        Spacer(1, 6),
        Paragraph("SỔ TIẾP CÔNG DÂN", title_style),
        Paragraph(escape(period_label), sub_style),
        Spacer(1, 8),
        table,
    ]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"Sổ tiếp công dân {period_label}".strip(),
        author=str(unit.get("name") or ""),
        creator="dvdesktop",
        initialFontName=REGULAR,
        initialFontSize=CELL_SIZE,
    )
    document.build(story, onFirstPage=_page_footer, onLaterPages=_page_footer)
    return write_atomic(Path(out), buffer.getvalue(), private=True)
