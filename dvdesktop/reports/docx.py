"""The unit's report as an editable Word file, with the same words and layout as the PDF.

Offices often retouch a report in Word before printing, so the DOCX keeps the Party
format (A4, the PDF's margins, Times New Roman 14 pt, borderless two-column header) and
names Times New Roman for every script slot (ascii, hAnsi, eastAsia, cs) so Word never
substitutes another font for the Vietnamese letters. Charts go in as PNG images rendered
from the same reportlab drawings as the PDF.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.pdfbase.pdfmetrics import stringWidth

from dvdesktop.reports import content as c
from dvdesktop.store.files import write_atomic
from dvdesktop.reports.charts import chart_png
from dvdesktop.reports.fonts import BOLD, REGULAR, register_fonts
from dvdesktop.reports.pdf import BODY_LEADING, BODY_SIZE, HEADER_LEFT, INDENT, MARGINS

__all__ = ["FONT_NAME", "render_document_docx", "render_report_docx"]

FONT_NAME = "Times New Roman"
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)  # A4
TABLE_SIZE = 12
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def _pt(points: float) -> Emu:
    return Emu(int(points * 12700))


def _set_fonts(rpr_parent: Any) -> None:
    """Name Times New Roman in all four rFonts slots of a style's or run's rPr."""
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT_NAME)


def _run(
    paragraph: DocxParagraph,
    text: str,
    *,
    size: float = BODY_SIZE,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
) -> None:
    run = paragraph.add_run(text)
    run.font.name = FONT_NAME
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.underline = underline
    _set_fonts(run._r)
    # Complex-script size too, or Word may size diacritics set as cs text differently.
    szcs = OxmlElement("w:szCs")
    szcs.set(qn("w:val"), str(int(size * 2)))
    run._r.get_or_add_rPr().append(szcs)


def _para(
    container: Any,
    text: str = "",
    *,
    align: Any = WD_ALIGN_PARAGRAPH.CENTER,
    indent: bool = False,
    before: float = 0,
    after: float = 0,
    line: float | None = None,
    **run_format: Any,
) -> DocxParagraph:
    paragraph = container.add_paragraph()
    pf = paragraph.paragraph_format
    pf.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = _pt(INDENT)
    if line is not None:
        pf.line_spacing = Pt(line)
    if text:
        _run(paragraph, text, **run_format)
    return paragraph


def _cell_paragraph(cell: Any) -> DocxParagraph:
    """A cell starts with one empty paragraph; use it before adding more."""
    paragraphs = cell.paragraphs
    if len(paragraphs) == 1 and not paragraphs[0].runs:
        return paragraphs[0]
    return cell.add_paragraph()


def _cell_text(cell: Any, text: str, *, align: Any, line: float | None = None, **run_format: Any) -> DocxParagraph:
    paragraph = _cell_paragraph(cell)
    paragraph.paragraph_format.alignment = align
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(0)
    if line is not None:
        paragraph.paragraph_format.line_spacing = Pt(line)
    if text:
        _run(paragraph, text, **run_format)
    return paragraph


def _no_borders(table: DocxTable) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def _zero_cell_margins(table: DocxTable) -> None:
    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    tbl_pr.append(margins)


def _widths(table: DocxTable, widths: list[int]) -> None:
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Emu(width)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Emu(width)


def _bottom_rule(paragraph: DocxParagraph, *, cell_width: int, text_width_pt: float) -> None:
    """A rule under the paragraph exactly as wide as its text (indents squeeze the border)."""
    p_pr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")  # eighths of a point: 0.75 pt
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "auto")
    border.append(bottom)
    p_pr.append(border)
    side = max(int((cell_width - _pt(text_width_pt)) / 2), 0)
    paragraph.paragraph_format.left_indent = Emu(side)
    paragraph.paragraph_format.right_indent = Emu(side)


def _header_name(cell: Any, text: str, *, width: int, font: str, bold: bool) -> None:
    """A header name in the lines ``content.header_lines`` chose, joined by line breaks, so
    Word and LibreOffice break it where the PDF does."""
    lines = c.header_lines(text, max_width=width / 12700, measure=lambda s: stringWidth(s, font, BODY_SIZE))
    paragraph = _cell_text(cell, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=16)
    for i, line in enumerate(lines):
        if i:
            paragraph.add_run().add_break()
        _run(paragraph, line, bold=bold)


def _header(document: Any, doc: c.ReportDocument, width: int) -> None:
    left = int(width * HEADER_LEFT)
    right = width - left
    table = document.add_table(rows=4, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)
    _zero_cell_margins(table)
    _widths(table, [left, right])
    center = WD_ALIGN_PARAGRAPH.CENTER
    _header_name(table.cell(0, 0), doc.superior, width=left, font=REGULAR, bold=False)
    nation = _cell_text(table.cell(0, 1), doc.nation, align=center, size=15, bold=True)
    _bottom_rule(nation, cell_width=right, text_width_pt=stringWidth(doc.nation, BOLD, 15))
    _header_name(table.cell(1, 0), doc.issuer, width=left, font=BOLD, bold=True)
    _cell_text(table.cell(2, 0), "*", align=center, line=16)
    _cell_text(table.cell(3, 0), doc.number_line, align=center, line=16)
    date_paragraph = _cell_text(table.cell(3, 1), doc.date_line, align=center, line=16, italic=True)
    date_paragraph.paragraph_format.space_before = Pt(2)


def _grid_table(document: Any, block: c.Table, width: int) -> None:
    _para(document, block.caption, before=10, after=4, size=13, bold=True).paragraph_format.keep_with_next = True
    table = document.add_table(rows=1 + len(block.rows), cols=len(block.columns))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(block.widths)
    _widths(table, [int(width * w / total) for w in block.widths])
    header = table.rows[0]
    # Repeat the header row on each page the table crosses.
    tr_pr = header._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))
    for cell, title in zip(header.cells, block.columns, strict=True):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _cell_text(cell, title, align=WD_ALIGN_PARAGRAPH.CENTER, size=block.font_size or TABLE_SIZE, bold=True)
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), "F2F2F2")
        cell._tc.get_or_add_tcPr().append(shading)
    for row, data in zip(table.rows[1:], block.rows, strict=True):
        bold = data.kind in ("group", "total")
        for i, (cell, text) in enumerate(zip(row.cells, data.cells, strict=True)):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            _cell_text(cell, text, align=ALIGN[block.align[i]], size=block.font_size or TABLE_SIZE, bold=bold)


def _chart(document: Any, block: c.Chart, width: int) -> None:
    png = chart_png(block, width=width / 12700 * 0.92)  # EMU -> points
    _para(document, block.caption, before=10, after=4, size=13, bold=True).paragraph_format.keep_with_next = True
    picture_paragraph = _para(document)
    picture_paragraph.add_run().add_picture(io.BytesIO(png), width=Emu(int(width * 0.92)))


def _placeholder(document: Any, block: c.Placeholder, width: int) -> None:
    for _ in range(block.lines):
        paragraph = _para(document, align=WD_ALIGN_PARAGRAPH.LEFT, before=6)
        # A right tab with a dot leader draws a dotted line that survives edits of margins.
        paragraph.paragraph_format.tab_stops.add_tab_stop(Emu(width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        _run(paragraph, "\t")


def _signature(document: Any, doc: c.ReportDocument, width: int) -> None:
    left = width // 2
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    _zero_cell_margins(table)
    _widths(table, [left, width - left])
    to_cell, sign_cell = table.cell(0, 0), table.cell(0, 1)
    heading = _cell_text(to_cell, "Nơi nhận:", align=WD_ALIGN_PARAGRAPH.LEFT, size=12, bold=True, italic=True, underline=True)
    heading.paragraph_format.space_before = Pt(14)
    for recipient in doc.recipients:
        _cell_text(to_cell, recipient, align=WD_ALIGN_PARAGRAPH.LEFT, size=12)
    center = WD_ALIGN_PARAGRAPH.CENTER
    _cell_text(sign_cell, doc.signer_title, align=center, bold=True)
    if doc.signer_for:
        _cell_text(sign_cell, doc.signer_for, align=center, bold=True)
    _cell_text(sign_cell, doc.signer_role, align=center, bold=True)
    name = _cell_text(sign_cell, doc.signer_name, align=center, bold=True)
    name.paragraph_format.space_before = Pt(62)  # room for the signature and the seal


def _page_number_header(section: Any) -> None:
    """Page number centred at the top from page 2; the first page's header stays empty."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    run.font.size = Pt(13)
    _set_fonts(run._r)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def _blocks(document: Any, blocks: tuple[c.Block, ...], width: int) -> None:
    justify = WD_ALIGN_PARAGRAPH.JUSTIFY
    for block in blocks:
        if isinstance(block, c.Heading):
            before = 10 if block.level == 1 else 6
            heading = _para(document, block.text, align=justify, indent=True, before=before, bold=True)
            heading.paragraph_format.keep_with_next = True
        elif isinstance(block, c.Paragraph):
            _para(document, block.text, align=justify, indent=True, before=6)
        elif isinstance(block, c.Note):
            _para(document, block.text, align=justify, indent=True, before=4, size=12, italic=True)
        elif isinstance(block, c.Placeholder):
            _placeholder(document, block, width)
        elif isinstance(block, c.Table):
            _grid_table(document, block, width)
        elif isinstance(block, c.Chart):
            _chart(document, block, width)
        elif isinstance(block, c.AppendixTitle):
            _para(document, block.title, bold=True, line=18)
            if block.subtitle:
                _para(document, block.subtitle, bold=True, after=2, line=17)
            if block.reference:
                _para(document, block.reference, italic=True, after=6, line=17)


def render_document_docx(doc: c.ReportDocument, *, out: Path) -> Path:
    """Lay out an already built ``ReportDocument`` as DOCX and write it atomically to ``out``."""
    register_fonts()  # the rule under the nation line is measured with the same metrics
    document = Document()
    top, bottom, left, right = (_pt(m) for m in MARGINS)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = top, bottom
    section.left_margin, section.right_margin = left, right
    section.header_distance = _pt(12 * 72 / 25.4)
    width = int(PAGE_WIDTH - left - right)

    normal = document.styles["Normal"]
    normal.font.name = FONT_NAME
    normal.font.size = Pt(BODY_SIZE)
    _set_fonts(normal.element)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = Pt(BODY_LEADING)

    props = document.core_properties
    props.title = f"Báo cáo {c.SUBJECT_PREFIX} {doc.period_label}".strip()
    props.author = doc.issuer
    props.subject = doc.subject
    props.language = "vi-VN"

    _page_number_header(section)
    # The blank paragraph a new document starts with would push the header down a line.
    body = document.element.body
    for paragraph in list(document.paragraphs):
        body.remove(paragraph._p)

    _header(document, doc, width)
    _para(document, doc.title, before=22, size=16, bold=True, line=20)
    _para(document, doc.subject, before=2, bold=True, line=17)
    _para(document, "-----", after=8)
    _blocks(document, doc.blocks, width)
    _para(document, before=6)
    _signature(document, doc, width)
    if doc.fingerprint_line:
        _para(document, doc.fingerprint_line, align=WD_ALIGN_PARAGRAPH.LEFT, before=18, size=9)
    if doc.appendix:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _blocks(document, doc.appendix, width)

    buffer = io.BytesIO()
    document.save(buffer)
    return write_atomic(Path(out), buffer.getvalue())


def render_report_docx(
    *,
    unit: Mapping[str, Any],
    summary: Mapping[str, Any],
    texts: Mapping[str, Any],
    out: Path,
    number: str | None = None,
    issued: date | None = None,
    fingerprint: str | None = None,
) -> Path:
    """Write the unit's report for one period as DOCX; same arguments as ``render_report_pdf``."""
    doc = c.build_document(
        unit=unit, summary=summary, texts=texts, number=number, issued=issued,
        fingerprint=fingerprint,
    )
    return render_document_docx(doc, out=out)
