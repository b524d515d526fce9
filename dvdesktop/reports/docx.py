"""The unit's report as an editable Word file that lays out page for page like the PDF.

Offices retouch a report in Word (or LibreOffice) before printing, so the DOCX is built the
way a careful typist builds one: every paragraph has a named style (Body Text, Heading 1,
Caption, "Ô bảng", "Chữ ký" ...) that carries its font, size, spacing and alignment, and
the runs carry no formatting of their own, so changing a style changes the whole report.
The styles take their numbers from the PDF's own paragraph styles (``pdf._styles``), so
the two files break lines and pages at the same places.

What keeps the Word layout honest:

- Line spacing is "at least" the PDF's leading, never "exactly": an exact line clips the
  inline chart pictures to one line of text (they vanished in LibreOffice and Word).
- Table rows never split across pages and the header row repeats; a table and its
  caption move to the next page together when they fit on one, as in the PDF.
- The signature block is one unsplittable row kept with the last body block.
- Times New Roman is named in all four script slots (ascii, hAnsi, eastAsia, cs), in the
  document defaults and in Normal, so Word never substitutes another font for the
  Vietnamese letters; where Times New Roman is absent, LibreOffice takes its metric twin
  Liberation Serif (fontconfig's alias), the very font of the PDF.

Charts go in as PNG pictures rendered from the same reportlab drawings as the PDF.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from dvdesktop.reports import content as c
from dvdesktop.reports import pdf
from dvdesktop.reports.charts import chart_png
from dvdesktop.reports.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts
from dvdesktop.reports.pdf import BODY_LEADING, BODY_SIZE, HEADER_LEFT, MARGINS
from dvdesktop.store.files import write_atomic
from dvdesktop.store.fold import fold

__all__ = ["FONT_NAME", "STYLE_NAMES", "render_document_docx", "render_report_docx"]

FONT_NAME = "Times New Roman"
LANGUAGE = "vi-VN"
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)  # A4
HEADER_ROW_FILL = "F2F2F2"
#: The PDF's table cell padding (reportlab's default left/right, pdf.py's top/bottom);
#: the bottom less the 0.5 pt grid line, which Word and LibreOffice add to a row's height
#: and reportlab draws over it.
CELL_PADDING = {"top": 2, "bottom": 2.5, "left": 6, "right": 6}
#: reportlab's frame keeps 6 pt inside the page margins on every side: the PDF's text is
#: that much narrower and shorter than its margins, while its tables span the margins.
FRAME_PADDING = 6

#: Word paragraph style -> the PDF style it copies (pdf._styles keys). Built-in names
#: (Title, Heading 1, Body Text, Caption) show translated in a Vietnamese Word and feed its
#: navigation pane; the others are the report's own, named in Vietnamese.
STYLE_NAMES: dict[str, str] = {
    "Title": "title",
    "Subtitle": "subject",
    "Heading 1": "h1",
    "Heading 2": "h2",
    "Body Text": "body",
    "Caption": "caption",
    "Đầu văn bản": "head",
    "Đầu văn bản - đậm": "head-bold",
    "Ngày tháng": "date",
    "Gạch ngang": "rule",
    "Ô bảng": "cell",
    "Ô bảng - đậm": "cell-bold",
    "Chữ ký": "sign",
    "Nơi nhận - tiêu đề": "to-head",
    "Nơi nhận": "to",
    "Ghi chú nhỏ": "small",
    "Ghi chú": "note",
    "Phụ lục": "appendix",
    "Phụ lục - tên": "appendix-sub",
    "Phụ lục - kèm theo": "appendix-ref",
}
NATION_STYLE = "Quốc hiệu"
COLUMN_HEAD_STYLE = "Tiêu đề cột"
PICTURE_STYLE = "Hình"
DOTTED_STYLE = "Dòng viết tay"

_ALIGN = {
    TA_LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    TA_CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    TA_RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    TA_JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_CELL_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def _pt(points: float) -> Emu:
    return Emu(int(points * 12700))


def _twips(points: float) -> str:
    return str(int(round(points * 20)))


# ------------------------------------------------------------------------ styles
def _name_fonts(rpr: Any) -> None:
    """Times New Roman in all four rFonts slots of an rPr, and no theme font over them."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme") or attr.endswith("theme"):
            del fonts.attrib[attr]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT_NAME)


def _language(rpr: Any) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)


def _document_defaults(document: Any) -> None:
    """Times New Roman 14 pt, Vietnamese, no spacing: what every style starts from."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _name_fonts(rpr)
    _language(rpr)
    for tag in ("w:sz", "w:szCs"):
        rpr.find(qn(tag)).set(qn("w:val"), str(BODY_SIZE * 2))
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")


def _reset(style: Any) -> None:
    """Drop a built-in style's template look (theme fonts, colours, borders, numbering)."""
    element = style.element
    rpr = element.find(qn("w:rPr"))
    if rpr is not None:
        element.remove(rpr)
    ppr = element.find(qn("w:pPr"))
    if ppr is not None:
        for child in list(ppr):
            if child.tag != qn("w:outlineLvl"):
                ppr.remove(child)


def _style_id(name: str) -> str:
    """An ASCII style id ("DongVietTay") for a Vietnamese style name; Word shows the name."""
    return "".join(word[:1].upper() + word[1:] for word in fold(name).split() if word.isalnum()) or "DV"


def _paragraph_style(document: Any, name: str) -> Any:
    styles = document.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.quick_style = True
        style.style_id = _style_id(name)
    else:
        _reset(style)
    style.hidden = False
    style.unhide_when_used = False
    return style


def _copy_pdf_style(style: Any, ps: ParagraphStyle) -> None:
    """Font, size, spacing, indent and keep-with-next of one PDF paragraph style."""
    font = style.font
    font.name = FONT_NAME
    font.size = Pt(ps.fontSize)
    font.bold = ps.fontName in (BOLD, BOLD_ITALIC)
    font.italic = ps.fontName in (ITALIC, BOLD_ITALIC)
    font.color.rgb = None
    rpr = style.element.get_or_add_rPr()
    _name_fonts(rpr)
    pf = style.paragraph_format
    pf.alignment = _ALIGN.get(ps.alignment, WD_ALIGN_PARAGRAPH.LEFT)
    pf.first_line_indent = _pt(ps.firstLineIndent) if ps.firstLineIndent else Pt(0)
    pf.left_indent = Pt(0)
    pf.space_before = Pt(ps.spaceBefore)
    pf.space_after = Pt(ps.spaceAfter)
    pf.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    pf.line_spacing = Pt(ps.leading)
    pf.keep_with_next = bool(getattr(ps, "keepWithNext", False))
    pf.widow_control = True


def _define_styles(document: Any, width: int) -> None:
    _document_defaults(document)
    pdf_styles = pdf._styles()
    normal = document.styles["Normal"]
    _copy_pdf_style(normal, ParagraphStyle("normal", parent=pdf_styles["body"], alignment=TA_LEFT,
                                           firstLineIndent=0, spaceBefore=0))
    _language(normal.element.get_or_add_rPr())
    for name, key in STYLE_NAMES.items():
        _copy_pdf_style(_paragraph_style(document, name), pdf_styles[key])
    document.styles["Heading 1"].paragraph_format.keep_together = True
    document.styles["Heading 2"].paragraph_format.keep_together = True
    document.styles["Nơi nhận - tiêu đề"].font.underline = True

    nation = _paragraph_style(document, NATION_STYLE)
    _copy_pdf_style(nation, ParagraphStyle("nation", parent=pdf_styles["head-bold"], fontSize=15, leading=17))
    # The PDF's ruled nation line is 22 pt high; the paragraph border takes about 2.
    nation.paragraph_format.space_after = Pt(3)

    head = _paragraph_style(document, COLUMN_HEAD_STYLE)
    _copy_pdf_style(head, ParagraphStyle("th", parent=pdf_styles["cell-bold"], alignment=TA_CENTER))

    picture = _paragraph_style(document, PICTURE_STYLE)
    _copy_pdf_style(picture, ParagraphStyle("picture", parent=pdf_styles["body"], alignment=TA_CENTER,
                                            firstLineIndent=0, spaceBefore=0))
    picture.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE

    dotted = _paragraph_style(document, DOTTED_STYLE)
    # pdf.DottedLines: a dotted line every BODY_LEADING + 4 points, 4 more under the last,
    # all in one block; here one paragraph whose lines are the dotted lines.
    _copy_pdf_style(dotted, ParagraphStyle("dotted", parent=pdf_styles["body"], alignment=TA_LEFT,
                                           firstLineIndent=0, spaceBefore=0, spaceAfter=4,
                                           leading=BODY_LEADING + 4))
    # LibreOffice gives a line holding only a tab its font's height, whatever "at least"
    # says; nothing but a tab ever goes on these lines, so an exact pitch is safe.
    dotted.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    dotted.paragraph_format.keep_together = True
    # A right tab with a dot leader draws a dotted line that follows the margins if edited.
    dotted.paragraph_format.tab_stops.add_tab_stop(Emu(width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    header = document.styles["Header"]
    _reset(header)
    _copy_pdf_style(header, ParagraphStyle("page", parent=pdf_styles["head"], fontSize=13, leading=15))

    grid = document.styles["Table Grid"]
    margins = grid.element.find(qn("w:tblPr")).find(qn("w:tblCellMar"))
    for edge, points in CELL_PADDING.items():
        margins.find(qn(f"w:{edge}")).set(qn("w:w"), _twips(points))


def _small_table_styles(document: Any, size: float) -> tuple[str, str, str]:
    """Cell, bold-cell and column-head styles for a table set in a smaller type."""
    names = (f"Ô bảng {size:g}", f"Ô bảng - đậm {size:g}", f"Tiêu đề cột {size:g}")
    for name, parent in zip(names, ("Ô bảng", "Ô bảng - đậm", COLUMN_HEAD_STYLE), strict=True):
        if name in [s.name for s in document.styles]:
            continue
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.style_id = _style_id(name)
        style.base_style = document.styles[parent]
        style.font.size = Pt(size)
        style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
        style.paragraph_format.line_spacing = Pt(size * 1.2)  # as pdf._table
    return names


# ------------------------------------------------------------------- paragraphs
def _para(container: Any, text: str, style: str) -> DocxParagraph:
    paragraph = container.add_paragraph(style=style)
    if text:
        paragraph.add_run(text)
    return paragraph


def _cell_para(cell: Any, text: str, style: str) -> DocxParagraph:
    """A cell starts with one empty paragraph; fill it before adding more."""
    paragraphs = cell.paragraphs
    if len(paragraphs) == 1 and not paragraphs[0].runs and not paragraphs[0].text:
        paragraph = paragraphs[0]
        paragraph.style = style
        if text:
            paragraph.add_run(text)
        return paragraph
    return _para(cell, text, style)


# Word reads a property element only in its schema place (ECMA-376 CT_TblPr, CT_TcPr,
# CT_PPr); one appended out of order can make Word call the file damaged.
_TBL_PR = ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
           "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
           "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
           "w:tblPrChange")
_TC_PR = ("w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap",
          "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark", "w:headers", "w:cellIns",
          "w:cellDel", "w:cellMerge", "w:tcPrChange")
_P_PR = ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
         "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
         "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
         "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
         "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
         "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _after(sequence: tuple[str, ...], tag: str) -> tuple[str, ...]:
    """The tags that must follow ``tag`` in ``sequence``: where to insert it."""
    return sequence[sequence.index(tag) + 1:]


def _no_borders(table: DocxTable) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.insert_element_before(borders, *_after(_TBL_PR, "w:tblBorders"))


def _cell_margins(table: DocxTable, **points: float) -> None:
    margins = OxmlElement("w:tblCellMar")
    for edge in ("top", "left", "bottom", "right"):
        if edge in points:
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:w"), _twips(points[edge]))
            element.set(qn("w:type"), "dxa")
            margins.append(element)
    table._tbl.tblPr.insert_element_before(margins, *_after(_TBL_PR, "w:tblCellMar"))


def _widths(table: DocxTable, widths: list[int]) -> None:
    table.autofit = False  # fixed layout: the columns the PDF has, whatever the content
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Emu(width)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Emu(width)


def _row_flag(row: Any, tag: str) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement(tag))


def _keep_row_with_next(row: Any) -> None:
    for cell in row.cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


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
    p_pr.insert_element_before(border, *_after(_P_PR, "w:pBdr"))
    side = max(int((cell_width - _pt(text_width_pt)) / 2), 0)
    paragraph.paragraph_format.left_indent = Emu(side)
    paragraph.paragraph_format.right_indent = Emu(side)


# ----------------------------------------------------------------------- blocks
def _header_name(cell: Any, text: str, *, width: int, font: str, style: str) -> None:
    """A header name in the lines ``content.header_lines`` chose, joined by line breaks, so
    Word and LibreOffice break it where the PDF does."""
    lines = c.header_lines(text, max_width=width / 12700, measure=lambda s: stringWidth(s, font, BODY_SIZE))
    paragraph = _cell_para(cell, "", style)
    for i, line in enumerate(lines):
        if i:
            paragraph.add_run().add_break()
        paragraph.add_run(line)


def _header(document: Any, doc: c.ReportDocument, width: int) -> None:
    left = int(width * HEADER_LEFT)
    right = width - left
    table = document.add_table(rows=4, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)
    _cell_margins(table, top=0, left=0, bottom=1, right=0)  # pdf._header's padding
    _widths(table, [left, right])
    _header_name(table.cell(0, 0), doc.superior, width=left, font=REGULAR, style="Đầu văn bản")
    nation = _cell_para(table.cell(0, 1), doc.nation, NATION_STYLE)
    _bottom_rule(nation, cell_width=right, text_width_pt=stringWidth(doc.nation, BOLD, 15))
    _header_name(table.cell(1, 0), doc.issuer, width=left, font=BOLD, style="Đầu văn bản - đậm")
    _cell_para(table.cell(2, 0), "*", "Đầu văn bản")
    _cell_para(table.cell(3, 0), doc.number_line, "Đầu văn bản")
    date_line = _cell_para(table.cell(3, 1), doc.date_line, "Ngày tháng")
    date_line.paragraph_format.space_before = Pt(2)  # lower than "Số ...", as in pdf._header


def _grid_table(document: Any, block: c.Table, width: int) -> None:
    _para(document, block.caption, "Caption")  # kept with the table by the style
    long = len(block.rows) > pdf.LONG_TABLE_ROWS
    cell_style, bold_style, head_style = "Ô bảng", "Ô bảng - đậm", COLUMN_HEAD_STYLE
    if block.font_size is not None:
        cell_style, bold_style, head_style = _small_table_styles(document, block.font_size)
    table = document.add_table(rows=1 + len(block.rows), cols=len(block.columns))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(block.widths)
    _widths(table, [int(width * w / total) for w in block.widths])
    header = table.rows[0]
    _row_flag(header, "w:tblHeader")  # repeated on each page the table crosses
    for cell, title in zip(header.cells, block.columns, strict=True):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _cell_para(cell, title, head_style)
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), HEADER_ROW_FILL)
        cell._tc.get_or_add_tcPr().insert_element_before(shading, *_after(_TC_PR, "w:shd"))
    for row, data in zip(table.rows[1:], block.rows, strict=True):
        style = bold_style if data.kind in ("group", "total") else cell_style
        for i, (cell, text) in enumerate(zip(row.cells, data.cells, strict=True)):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            paragraph = _cell_para(cell, text, style)
            if block.align[i] != "left":
                paragraph.paragraph_format.alignment = _CELL_ALIGN[block.align[i]]
    for i, row in enumerate(table.rows):
        _row_flag(row, "w:cantSplit")
        # Keep-with-next on every row but the last holds a short table together, and with
        # its caption: the PDF moves such a table whole, too. A long one (pdf.LONG_TABLE_ROWS)
        # starts under its caption and runs on, as in the PDF; only its head stays together.
        if i < len(table.rows) - 1 and (not long or i < 2):
            _keep_row_with_next(row)


def _chart(document: Any, block: c.Chart, width: int) -> None:
    png = chart_png(block, width=width / 12700 * 0.92)  # EMU -> points
    _para(document, block.caption, "Caption")
    picture = _para(document, "", PICTURE_STYLE)
    picture.add_run().add_picture(io.BytesIO(png), width=Emu(int(width * 0.92)))


def _placeholder(document: Any, block: c.Placeholder) -> list[DocxParagraph]:
    """Dotted lines to write on: one paragraph of tab-leader lines, never split, as the
    PDF's one DottedLines block (a chain of paragraphs would not stay with the heading
    and the signature in LibreOffice)."""
    paragraph = _para(document, "", DOTTED_STYLE)
    for i in range(block.lines):
        run = paragraph.add_run()
        if i:
            run.add_break()
        run.add_tab()
    return [paragraph]


def _signature(document: Any, doc: c.ReportDocument, width: int) -> None:
    """Nơi nhận and the signer side by side, and the key fingerprint under them, as one
    table whose rows never split and stay together ("T/M ..." never apart from the name)."""
    left = width // 2
    table = document.add_table(rows=2 if doc.fingerprint_line else 1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)
    _cell_margins(table, top=0, left=0, bottom=0, right=0)
    _widths(table, [left, width - left])
    to_cell, sign_cell = table.cell(0, 0), table.cell(0, 1)
    # pdf._story puts 14 pt above the block; its table pads the signer's cell by 3 pt
    # (reportlab's default) above and below, and "Nơi nhận" by 14 pt.
    heading = _cell_para(to_cell, "Nơi nhận:", "Nơi nhận - tiêu đề")
    heading.paragraph_format.space_before = Pt(14 + 14)
    for recipient in doc.recipients:
        _cell_para(to_cell, recipient, "Nơi nhận")
    title = _cell_para(sign_cell, doc.signer_title, "Chữ ký")
    title.paragraph_format.space_before = Pt(14 + 3)
    if doc.signer_for:
        _cell_para(sign_cell, doc.signer_for, "Chữ ký")
    _cell_para(sign_cell, doc.signer_role, "Chữ ký")
    name = _cell_para(sign_cell, doc.signer_name, "Chữ ký")
    name.paragraph_format.space_before = Pt(62)  # room for the signature and the seal
    name.paragraph_format.space_after = Pt(3)
    if doc.fingerprint_line:
        # Inside the table: LibreOffice does not keep a table with the paragraph after it.
        cell = table.cell(1, 0).merge(table.cell(1, 1))
        line = _cell_para(cell, doc.fingerprint_line, "Ghi chú nhỏ")
        line.paragraph_format.left_indent = _pt(FRAME_PADDING)  # where the PDF's text starts
        _keep_row_with_next(table.rows[0])
    for row in table.rows:
        _row_flag(row, "w:cantSplit")


def _page_number_header(section: Any) -> None:
    """Page number centred at the top from page 2; the first page's header stays empty."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.style = "Header"
    run = paragraph.add_run()
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


def _drop_template_thumbnail(document: Any) -> None:
    """python-docx's template carries a preview picture of another document; drop it."""
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rel_id)


def _blocks(document: Any, blocks: tuple[c.Block, ...], width: int) -> list[DocxParagraph]:
    """Lay out body blocks; returns the paragraphs of the last text block (and its
    heading), which the signature keeps with it."""
    last: list[DocxParagraph] = []
    for block in blocks:
        if isinstance(block, c.Heading):
            last = [_para(document, block.text, "Heading 1" if block.level == 1 else "Heading 2")]
        elif isinstance(block, c.Paragraph):
            last = [_para(document, block.text, "Body Text")]
        elif isinstance(block, c.Note):
            last = [_para(document, block.text, "Ghi chú")]
        elif isinstance(block, c.Placeholder):
            last = _placeholder(document, block)
        elif isinstance(block, c.Table):
            _grid_table(document, block, width)
            last = []
        elif isinstance(block, c.Chart):
            _chart(document, block, width)
            last = []
        elif isinstance(block, c.AppendixTitle):
            _para(document, block.title, "Phụ lục")
            if block.subtitle:
                _para(document, block.subtitle, "Phụ lục - tên")
            if block.reference:
                _para(document, block.reference, "Phụ lục - kèm theo")
            last = []
    return last


def render_document_docx(doc: c.ReportDocument, *, out: Path) -> Path:
    """Lay out an already built ``ReportDocument`` as DOCX and write it atomically to ``out``."""
    register_fonts()  # the rule under the nation line is measured with the same metrics
    document = Document()
    top, bottom, left, right = (_pt(m + FRAME_PADDING) for m in MARGINS)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = top, bottom
    section.left_margin, section.right_margin = left, right
    section.header_distance = _pt(12 * 72 / 25.4)
    text_width = int(PAGE_WIDTH - left - right)
    # Tables, the header and the signature block are as wide as the PDF's margins allow and
    # centred, so they stand out of the text by the frame padding on each side.
    width = text_width + 2 * _pt(FRAME_PADDING)
    _define_styles(document, text_width)
    _drop_template_thumbnail(document)

    props = document.core_properties
    props.title = f"Báo cáo {c.SUBJECT_PREFIX} {doc.period_label}".strip()
    props.author = doc.issuer
    props.subject = doc.subject
    props.language = LANGUAGE

    _page_number_header(section)
    # The blank paragraph a new document starts with would push the header down a line.
    body = document.element.body
    for paragraph in list(document.paragraphs):
        body.remove(paragraph._p)

    _header(document, doc, width)
    _para(document, doc.title, "Title")
    _para(document, doc.subject, "Subtitle")
    _para(document, "-----", "Gạch ngang")
    # The signature never stands alone on the last page: like pdf._story, it takes the
    # last body block (and that block's heading) with it.
    for paragraph in _blocks(document, doc.blocks, width):
        paragraph.paragraph_format.keep_with_next = True
    _signature(document, doc, width)
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
