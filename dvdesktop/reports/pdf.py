"""The unit's report as a Party-format PDF (Hướng dẫn 36-HD/VPTW): A4, Liberation Serif 14 pt.

Layout only: every word comes from ``content.build_document``, which the DOCX renderer
shares. Fonts are TrueType, so reportlab embeds (subsets) them and the file prints the
same on a machine without Vietnamese fonts.
"""

from __future__ import annotations

import io
import threading
import types
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

from dvdesktop.reports import content as c
from dvdesktop.store.files import write_atomic
from dvdesktop.reports.charts import ChartFlowable
from dvdesktop.reports.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

__all__ = ["MARGINS", "render_report_pdf", "render_document_pdf"]

#: Page margins (top, bottom, left, right), inside the ranges of Hướng dẫn 36-HD/VPTW:
#: top 20-25 mm, bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
MARGINS = (20 * mm, 20 * mm, 30 * mm, 15 * mm)
BODY_SIZE = 14
BODY_LEADING = 18  # about 1.3 lines, what offices set in Word for a 14 pt body
INDENT = 1 * cm
TABLE_SIZE = 12
HEADER_LEFT = 0.455  # share of the text width for the issuing body's column (fits
# "ĐẢNG ỦY KHỐI CÁC CƠ QUAN" on one line, and a long place-and-date line on the right)


# A Table selects its cell font even for empty cells; left at the default it would pull
# in Helvetica, which is never embedded.
_FONT_CMDS: tuple[tuple[Any, ...], ...] = (
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
)


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """The report's paragraph styles, made once: reportlab only reads them."""
    # No squeezing of spaces in justified lines (reportlab allows 5% by default): Word and
    # LibreOffice never squeeze, so the DOCX breaks its lines where the PDF does.
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=BODY_SIZE, leading=BODY_LEADING,
                          spaceShrinkage=0)
    return {
        "body": ParagraphStyle(
            "body-just", parent=base, alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceBefore=6
        ),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=BOLD, firstLineIndent=INDENT, spaceBefore=10, spaceAfter=2,
            keepWithNext=True, alignment=TA_JUSTIFY,
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD, firstLineIndent=INDENT, spaceBefore=6,
            keepWithNext=True, alignment=TA_JUSTIFY,
        ),
        "head": ParagraphStyle("head", parent=base, alignment=TA_CENTER, leading=16),
        "head-bold": ParagraphStyle("head-bold", parent=base, fontName=BOLD, alignment=TA_CENTER, leading=16),
        "date": ParagraphStyle("date", parent=base, fontName=ITALIC, alignment=TA_CENTER, leading=16),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=16, leading=20, alignment=TA_CENTER,
            spaceBefore=22,
        ),
        "subject": ParagraphStyle(
            "subject", parent=base, fontName=BOLD, alignment=TA_CENTER, leading=17, spaceBefore=2,
        ),
        "rule": ParagraphStyle("rule", parent=base, alignment=TA_CENTER, leading=14, spaceAfter=8),
        "cell": ParagraphStyle("cell", parent=base, fontSize=TABLE_SIZE, leading=14.5),
        "cell-bold": ParagraphStyle("cell-bold", parent=base, fontName=BOLD, fontSize=TABLE_SIZE, leading=14.5),
        "caption": ParagraphStyle(
            "caption", parent=base, fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER,
            spaceBefore=10, spaceAfter=4, keepWithNext=True,
        ),
        "sign": ParagraphStyle("sign", parent=base, fontName=BOLD, alignment=TA_CENTER, leading=17),
        "to-head": ParagraphStyle("to-head", parent=base, fontName=BOLD_ITALIC, fontSize=12, leading=15),
        "to": ParagraphStyle("to", parent=base, fontSize=12, leading=14),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=11, spaceBefore=18, alignment=TA_LEFT),
        "note": ParagraphStyle(
            "note", parent=base, fontName=ITALIC, fontSize=12, leading=15, alignment=TA_JUSTIFY,
            firstLineIndent=INDENT, spaceBefore=4,
        ),
        "appendix": ParagraphStyle("appendix", parent=base, fontName=BOLD, alignment=TA_CENTER, leading=18),
        "appendix-sub": ParagraphStyle(
            "appendix-sub", parent=base, fontName=BOLD, alignment=TA_CENTER, leading=17, spaceAfter=2,
        ),
        "appendix-ref": ParagraphStyle(
            "appendix-ref", parent=base, fontName=ITALIC, alignment=TA_CENTER, leading=17, spaceAfter=6,
        ),
    }


def _p(text: str, style: ParagraphStyle) -> RLParagraph:
    # Paragraph takes markup; the user's own text must not be read as tags.
    return RLParagraph(escape(text), style)


class RuledTitle(Flowable):
    """"ĐẢNG CỘNG SẢN VIỆT NAM" centred, with a rule exactly as wide as the words under it."""

    def __init__(self, text: str, *, font: str = BOLD, size: float = 15, gap: float = 4) -> None:
        super().__init__()
        self.text, self.font, self.size, self.gap = text, font, size, gap
        self._width = 0.0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self._width = aW
        return aW, self.size + self.gap + 3

    def draw(self) -> None:
        canvas = self.canv
        text_width = stringWidth(self.text, self.font, self.size)
        centre = self._width / 2
        baseline = self.gap + 3
        canvas.setFont(self.font, self.size)
        canvas.drawCentredString(centre, baseline, self.text)
        canvas.setLineWidth(0.7)
        canvas.line(centre - text_width / 2, baseline - self.gap, centre + text_width / 2, baseline - self.gap)


class DottedLines(Flowable):
    """Dotted lines across the text width, to write a section by hand on the printout."""

    def __init__(self, lines: int, *, pitch: float = BODY_LEADING + 4) -> None:
        super().__init__()
        self.lines, self.pitch = lines, pitch
        self._width = 0.0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self._width = aW
        return aW, self.lines * self.pitch + 4

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setDash(1, 3)
        canvas.setLineWidth(0.6)
        for i in range(self.lines):
            y = 4 + i * self.pitch
            canvas.line(0, y, self._width, y)
        canvas.restoreState()


def _lines(text: str, style: ParagraphStyle, width: float) -> RLParagraph:
    """A header name broken into lines where a reader expects (``content.header_lines``)."""
    lines = c.header_lines(text, max_width=width,
                           measure=lambda s: stringWidth(s, style.fontName, style.fontSize))
    return RLParagraph("<br/>".join(escape(line) for line in lines), style)


def _header(doc: c.ReportDocument, width: float, st: dict[str, ParagraphStyle]) -> Table:
    left = width * HEADER_LEFT
    rows = [
        [_lines(doc.superior, st["head"], left), RuledTitle(doc.nation)],
        [_lines(doc.issuer, st["head-bold"], left), ""],
        [_p("*", st["head"]), ""],
        [_p(doc.number_line, st["head"]), _p(doc.date_line, st["date"])],
    ]
    table = Table(rows, colWidths=[left, width - left])
    table.setStyle(TableStyle([
        *_FONT_CMDS,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        # The date sits a little lower than "Số ..." in printed Party documents.
        ("TOPPADDING", (1, 3), (1, 3), 2),
    ]))
    return table


#: A table of more rows runs on under its caption instead of moving whole to a new page.
LONG_TABLE_ROWS = 15


_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT"}
_ALIGNMENT = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
_PADDING = 6  # reportlab's default left and right cell padding


def _cell(text: str, style: ParagraphStyle, width: float) -> str | RLParagraph:
    """A cell's text as a plain string when it fits on one line (drawn as one string, no
    layout), else a Paragraph that wraps it."""
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - 2 * _PADDING:
        return text
    return _p(text, style)


#: Rows measured by one reportlab ``Table``: it finds each next row to measure from the
#: start of its list, so its measure grows with the square of its rows.
MEASURE_ROWS = 64


class _Rows:
    """A long table's rows: built and measured a part at a time, as the layout reaches them,
    and let go once laid out. Only their heights stay (small)."""

    def __init__(self, count: int, cells: Any, make: Any, avail_width: float) -> None:
        self.count, self.cells, self.make, self.avail_width = count, cells, make, avail_width
        self.heights: list[float] = []  # of rows 0 (the header) .. measured - 1
        self.built: dict[int, list[Any]] = {}  # the cells of rows measured, not yet laid out
        self.width = 0.0
        self.measure_more()

    def measure_more(self) -> None:
        """Build the next ``MEASURE_ROWS`` rows and measure them, as one Table."""
        start = max(len(self.heights), 1)
        end = min(start + MEASURE_ROWS, self.count)
        rows = [self.cells(r) for r in range(start, end)]
        part = self.make(start, rows)
        self.width = part.wrap(self.avail_width, 1e9)[0]
        self.heights += part._rowHeights[1 if self.heights else 0:]
        self.built.update(zip(range(start, end), rows))

    def table(self, start: int, end: int) -> Table:
        """The header and rows ``start:end`` (measured) as one Table; their cells are let go."""
        return self.make(start, [self.built.pop(r) for r in range(start, end)])


class LongTable(Flowable):
    """A long table laid out in linear time and memory, page part by page part.

    A reportlab ``Table`` split at a page end measures every remaining row again, so a
    table of n rows over n/40 pages costs n²; and all its cells (Paragraphs) are alive from
    the first page to the last. Here each row is built and measured once, a little ahead
    of the page that takes it: each page's part is a ``Table`` of the header and the rows
    that fit (the header repeated, as ``repeatRows`` does), and the rows after it are
    measured only as far as the page needs to know they do not fit.
    """

    def __init__(self, rows: _Rows, start: int = 1) -> None:
        super().__init__()
        self.rows, self.start = rows, start
        self.hAlign = "CENTER"

    def _measure(self, room: float) -> float:
        """The height of the rest of the table, measured until it is known to pass ``room``
        (then the height of what was measured: more than ``room``, as the whole would be)."""
        rows = self.rows
        while True:
            total = rows.heights[0] + sum(rows.heights[self.start:])
            if len(rows.heights) == rows.count or total > room + 1:
                return total
            rows.measure_more()

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        return self.rows.width, self._measure(aH)

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 - reportlab API
        self._measure(aH)
        heights = self.rows.heights
        used, end = heights[0], self.start
        while end < len(heights) and used + heights[end] <= aH:
            used += heights[end]
            end += 1
        if end == self.start:
            return []
        if end == self.rows.count:
            return [self.rows.table(self.start, end)]
        return [self.rows.table(self.start, end), LongTable(self.rows, end)]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        # Only called when the rest fitted, so it is all measured.
        table = self.rows.table(self.start, self.rows.count)
        table.wrapOn(canvas, self.rows.width, self._measure(0))
        table.drawOn(canvas, x, y, _sW)


@cache
def _cell_style(size: float | None, bold: bool, align: str) -> ParagraphStyle:
    """A table cell's style: the body's cell style (or one of ``size`` points, for a table
    that sets its own), bold or not, aligned ``align``; one per kind, made once."""
    base = _styles()["cell-bold" if bold else "cell"]
    if size is not None:
        base = ParagraphStyle(f"{base.name}-{size}", parent=base, fontSize=size, leading=size * 1.2)
    return ParagraphStyle(f"{base.name}-{align}", parent=base, alignment=_ALIGNMENT[align])


@cache
def _long_caption() -> ParagraphStyle:
    return ParagraphStyle("caption-long", parent=_styles()["caption"], keepWithNext=False)


def _table(block: c.Table, width: float, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    scale = width / sum(block.widths)
    col_widths = [w * scale for w in block.widths]
    th = _cell_style(block.font_size, True, "center")
    td = {(bold, i): _cell_style(block.font_size, bold, a) for bold in (False, True) for i, a in enumerate(block.align)}
    header = [_cell(title, th, w) for title, w in zip(block.columns, col_widths)]
    # Row r of the table is block.rows[r - 1]; row 0 is the header.
    bold_rows = [True, *(row.kind in ("group", "total") for row in block.rows)]
    cell = _cell_style(block.font_size, False, "left")
    base_cmds: list[tuple[Any, ...]] = [
        *_FONT_CMDS,
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2f2f2")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *(("ALIGN", (i, 1), (i, -1), _ALIGN[a]) for i, a in enumerate(block.align)),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
    ]

    def cells(r: int) -> list[Any]:
        bold = bold_rows[r]
        return [_cell(text, td[bold, i], w) for i, (text, w) in enumerate(zip(block.rows[r - 1].cells, col_widths))]

    def make(start: int, rows: list[list[Any]]) -> Table:
        """The header and ``rows`` (the table's rows from ``start``) as one Table (plain
        cells styled by row)."""
        flags = [True, *bold_rows[start:start + len(rows)]]
        cmds = base_cmds + [("FONTNAME", (0, r), (-1, r), BOLD) for r, bold in enumerate(flags) if bold]
        table = Table([header, *rows], colWidths=col_widths, repeatRows=1, hAlign="CENTER")
        table.setStyle(TableStyle(cmds))
        return table

    if len(block.rows) <= LONG_TABLE_ROWS:
        return [_p(block.caption, st["caption"]), make(1, [cells(r) for r in range(1, len(bold_rows))])]
    # A caption keeps to its table; a long table (the office's list of units) would rather
    # start under its caption and run on, than leave a page blank to begin whole elsewhere.
    return [_p(block.caption, _long_caption()), LongTable(_Rows(len(bold_rows), cells, make, width))]


def _signature(doc: c.ReportDocument, width: float, st: dict[str, ParagraphStyle]) -> Table:
    left = width * 0.5
    to_cell: list[Flowable] = [RLParagraph("<u>Nơi nhận:</u>", st["to-head"])]
    to_cell += [_p(r, st["to"]) for r in doc.recipients]
    sign_cell: list[Flowable] = [
        _p(doc.signer_title, st["sign"]),
        *([_p(doc.signer_for, st["sign"])] if doc.signer_for else []),
        _p(doc.signer_role, st["sign"]),
        Spacer(1, 62),  # room for the signature and the seal
        _p(doc.signer_name, st["sign"]),
    ]
    table = Table([[to_cell, sign_cell]], colWidths=[left, width - left])
    table.setStyle(TableStyle([
        *_FONT_CMDS,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        # "Nơi nhận" starts a line below the signer's title, as in the model documents.
        ("TOPPADDING", (0, 0), (0, 0), 14),
    ]))
    return table


def _blocks(blocks: tuple[c.Block, ...], width: float, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = []
    for block in blocks:
        if isinstance(block, c.Heading):
            story.append(_p(block.text, st["h1" if block.level == 1 else "h2"]))
        elif isinstance(block, c.Paragraph):
            story.append(_p(block.text, st["body"]))
        elif isinstance(block, c.Note):
            story.append(_p(block.text, st["note"]))
        elif isinstance(block, c.Placeholder):
            story.append(DottedLines(block.lines))
        elif isinstance(block, c.Table):
            story += _table(block, width, st)
        elif isinstance(block, c.Chart):
            drawing = ChartFlowable(block, width=width * 0.92)
            story.append(KeepTogether([_p(block.caption, st["caption"]), drawing]))
        elif isinstance(block, c.AppendixTitle):
            story.append(_p(block.title, st["appendix"]))
            if block.subtitle:
                story.append(_p(block.subtitle, st["appendix-sub"]))
            if block.reference:
                story.append(_p(block.reference, st["appendix-ref"]))
    return story


def _story(doc: c.ReportDocument, width: float) -> list[Flowable]:
    st = _styles()
    story: list[Flowable] = [
        _header(doc, width, st),
        _p(doc.title, st["title"]),
        _p(doc.subject, st["subject"]),
        _p("-----", st["rule"]),
    ]
    story += _blocks(doc.blocks, width, st)
    # The signature never stands alone on the last page: it takes the last body block
    # (a paragraph or the dotted lines) with it.
    last = [story.pop()] if len(story) > 4 else []
    if last and getattr(getattr(story[-1], "style", None), "name", "") in ("h1", "h2"):
        last.insert(0, story.pop())  # and the heading of that block, if it has one
    tail: list[Flowable] = [*last, Spacer(1, 14), _signature(doc, width, st)]
    if doc.fingerprint_line:
        tail.append(_p(doc.fingerprint_line, st["small"]))
    story.append(KeepTogether(tail))
    if doc.appendix:
        story.append(PageBreak())
        story += _blocks(doc.appendix, width, st)
    return story


def _page_number(canvas: Any, document: SimpleDocTemplate) -> None:
    """Page number centred in the top margin, from page 2 (the first page carries none)."""
    canvas.saveState()
    canvas.setFont(REGULAR, 13)
    width, height = document.pagesize
    canvas.drawCentredString(width / 2, height - 13 * mm, str(canvas.getPageNumber()))
    canvas.restoreState()


_streams_lock = threading.Lock()
_streams_depth = 0
_saved_a85 = 1


def _flate_fastest(self: Any, text: str | bytes) -> bytes:
    """reportlab's Flate filter at zlib's fastest level (reportlab always uses the default)."""
    return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, 1)


@contextmanager
def fast_streams() -> Iterator[None]:
    """Write the PDF's streams Flate-compressed at zlib's fastest level, without
    reportlab's ASCII85 layer on top (its default). Without ASCII85 the file is a fifth
    smaller, and that encoding, done in Python, was a sixth of the layout's time; the
    fastest level makes the file about 5% larger than the default level and writes it in
    about half the time (the embedded fonts are most of what is compressed). Every PDF
    reader takes both. Reportlab reads the settings as it writes each stream; they are
    restored when the last render using them ends."""
    global _streams_depth, _saved_a85
    with _streams_lock:
        if _streams_depth == 0:
            _saved_a85 = rl_config.useA85
            rl_config.useA85 = 0
            pdfdoc.PDFZCompress.encode = types.MethodType(_flate_fastest, pdfdoc.PDFZCompress)
        _streams_depth += 1
    try:
        yield
    finally:
        with _streams_lock:
            _streams_depth -= 1
            if _streams_depth == 0:
                rl_config.useA85 = _saved_a85
                del pdfdoc.PDFZCompress.encode


def render_document_pdf(doc: c.ReportDocument, *, out: Path) -> Path:
    """Lay out an already built ``ReportDocument`` and write it atomically to ``out``."""
    register_fonts()
    top, bottom, left, right = MARGINS
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        topMargin=top,
        bottomMargin=bottom,
        leftMargin=left,
        rightMargin=right,
        title=f"Báo cáo {c.SUBJECT_PREFIX} {doc.period_label}".strip(),
        author=doc.issuer,
        subject=doc.subject,
        creator="dvdesktop",
        lang="vi-VN",
        # Otherwise reportlab starts every page in Helvetica, a font it never embeds.
        initialFontName=REGULAR,
        initialFontSize=BODY_SIZE,
    )
    with fast_streams():
        template.build(
            _story(doc, template.width),
            onFirstPage=lambda canvas, document: None,
            onLaterPages=_page_number,
        )
    return write_atomic(Path(out), buffer.getvalue())


def render_report_pdf(
    *,
    unit: Mapping[str, Any],
    summary: Mapping[str, Any],
    texts: Mapping[str, Any],
    out: Path,
    number: str | None = None,
    issued: date | None = None,
    fingerprint: str | None = None,
) -> Path:
    """Write the unit's report for one period as a Party-format PDF; returns ``out``.

    :param unit: unit profile: code, name, type, superior, superior_header, short_name,
        secretary, signer_title, signer_role, members, place, recipients.
    :param summary: ``Ledger.summary(period)`` (docs/summary.md).
    :param texts: ``{"limitations": "...", "directions": "..."}`` (sections II and III).
    :param out: target file, e.g. ``Path("bao-cao-2026-H1.pdf")``; replaced atomically.
    :param number: document number ("12" gives "Số 12-BC/CB"); None leaves a blank.
    :param issued: date on the place-and-date line; today when None.
    :param fingerprint: signing-key fingerprint printed small under the signature.
    """
    doc = c.build_document(
        unit=unit, summary=summary, texts=texts, number=number, issued=issued,
        fingerprint=fingerprint,
    )
    return render_document_pdf(doc, out=out)
