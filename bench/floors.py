"""Floors: the irreducible part of a measured piece of work, written plainly, on the same data.

Each floor does what no implementation of the feature can avoid, with the same libraries
and nothing of the product's own machinery, so that "the report takes 2x its floor" says
how much the product adds on top of the work itself:

- ``plain_document_pdf``: a ``ReportDocument`` (the words, tables and charts a report
  states) laid out with plain reportlab: the same fonts, sizes and margins; paragraphs as
  ``Paragraph``; tables as one ``Table`` of strings (pre-wrapped to their column) with a
  grid; charts as rectangles and strings drawn straight on the canvas. The pages come out
  the same as the report's (the measures check the page count).
- ``raw_connection``: a plain ``sqlite3`` connection with the product's pragmas.
- ``signature_floor``: read a package file, hash it, one Ed25519 verification of its
  signature, the least an office must do to trust a package (``unzip_floor`` adds
  inflating and hashing every file: a bound, what full verification adds today).
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

__all__ = ["plain_document_pdf", "raw_connection", "signature_floor", "unzip_floor", "SignatureCheck"]


# --------------------------------------------------------------------------- reportlab
def plain_document_pdf(doc: Any, out: Path) -> int:
    """Lay ``doc`` (a ``dvdesktop.reports.content.ReportDocument``) out plainly; returns pages."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.platypus import (Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    from dvdesktop.reports import content as c
    from dvdesktop.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

    register_fonts()
    body = ParagraphStyle("pb", fontName=REGULAR, fontSize=14, leading=18, alignment=TA_JUSTIFY,
                          firstLineIndent=28, spaceBefore=6)
    bold = ParagraphStyle("ph", parent=body, fontName=BOLD, spaceBefore=8, keepWithNext=True)
    centre = ParagraphStyle("pc", parent=body, fontName=BOLD, alignment=TA_CENTER, firstLineIndent=0,
                            leading=17, spaceBefore=2)
    title = ParagraphStyle("pt", parent=centre, fontSize=16, leading=20, spaceBefore=22)
    caption = ParagraphStyle("pcap", parent=centre, fontSize=13, leading=16, spaceBefore=10, spaceAfter=4,
                             keepWithNext=True)

    class Bars(Flowable):
        """A bar chart drawn straight on the canvas: bars, values, category names, legend."""

        def __init__(self, chart: Any, width: float) -> None:
            super().__init__()
            self.chart, self.width, self.height = chart, width, width * 0.48

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:  # noqa: ARG002 - reportlab API
            return self.width, self.height

        def draw(self) -> None:
            cv, chart = self.canv, self.chart
            series = chart.series
            x0, y0 = 34, 46 + (18 if len(series) > 1 else 0)
            w, h = self.width - x0 - 10, self.height - y0 - 14
            peak = max((max(v) for _, v in series if v), default=0) * 1.18 or 1
            groups = max(len(chart.categories), 1)
            slot = w / groups
            bar = max((slot - 14) / max(len(series), 1) - 2, 1)
            tones = (colors.HexColor("#1f4e79"), colors.HexColor("#9dc3e6"))
            cv.setStrokeColor(colors.black)
            cv.line(x0, y0, x0 + w, y0)
            cv.line(x0, y0, x0, y0 + h)
            cv.setFont(REGULAR, 9)
            for g, name in enumerate(chart.categories):
                for s, (_, values) in enumerate(series):
                    value = values[g] if g < len(values) else 0
                    x = x0 + g * slot + 7 + s * (bar + 2)
                    cv.setFillColor(tones[s % 2])
                    cv.rect(x, y0, bar, h * value / peak, stroke=0, fill=1)
                    cv.setFillColor(colors.black)
                    cv.drawCentredString(x + bar / 2, y0 + h * value / peak + 3, str(value))
                for n, line in enumerate(simpleSplit(name, REGULAR, 10, slot - 6)):
                    cv.drawCentredString(x0 + g * slot + slot / 2, y0 - 12 - 11 * n, line)
            for s, (name, _) in enumerate(series if len(series) > 1 else ()):
                cv.setFillColor(tones[s % 2])
                cv.rect(x0 + 150 * s, 10, 8, 8, stroke=0, fill=1)
                cv.setFillColor(colors.black)
                cv.drawString(x0 + 150 * s + 13, 10, name)
            if chart.value_label:
                cv.drawString(2, self.height - 8, chart.value_label)

    def strings_table(block: Any, width: float) -> Table:
        size = block.font_size or 12
        scale = width / sum(block.widths)
        cols = [w * scale for w in block.widths]
        data = [["\n".join(simpleSplit(t, BOLD, size, cw - 12)) for t, cw in zip(block.columns, cols)]]
        cmds: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), size * 1.2), ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for r, row in enumerate(block.rows, start=1):
            font = BOLD if row.kind in ("group", "total") else REGULAR
            data.append(["\n".join(simpleSplit(t, font, size, cw - 12)) for t, cw in zip(row.cells, cols)])
            if font == BOLD:
                cmds.append(("FONTNAME", (0, r), (-1, r), BOLD))
        for i, align in enumerate(block.align):
            cmds.append(("ALIGN", (i, 0), (i, -1), align.upper() if align != "left" else "LEFT"))
        table = Table(data, colWidths=cols, repeatRows=1)
        table.setStyle(TableStyle(cmds))
        return table

    buffer = io.BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=A4, topMargin=20 * mm, bottomMargin=20 * mm,
                                 leftMargin=30 * mm, rightMargin=15 * mm, initialFontName=REGULAR)
    width = template.width
    header = Table([[doc.superior, doc.nation], [doc.issuer, ""], ["*", ""], [doc.number_line, doc.date_line]],
                   colWidths=[width * 0.44, width * 0.56])
    header.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 14),
                                ("FONTNAME", (0, 1), (0, 1), BOLD), ("FONTNAME", (1, 0), (1, 0), BOLD),
                                ("FONTNAME", (1, 3), (1, 3), ITALIC), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story: list[Any] = [header, Paragraph(escape(doc.title), title), Paragraph(escape(doc.subject), centre),
                        Paragraph("-----", centre)]

    def blocks(items: Any) -> None:
        for block in items:
            one(block)

    def one(block: Any) -> None:
        if isinstance(block, c.Heading):
            story.append(Paragraph(escape(block.text), bold))
        elif isinstance(block, c.Paragraph):
            story.append(Paragraph(escape(block.text), body))
        elif isinstance(block, c.Placeholder):
            story.append(Spacer(1, block.lines * 22 + 4))
        elif isinstance(block, c.Table):
            story.extend([Paragraph(escape(block.caption), caption), strings_table(block, width)])
        elif isinstance(block, c.Chart):
            story.append(KeepTogether([Paragraph(escape(block.caption), caption), Bars(block, width * 0.92)]))
        elif isinstance(block, c.AppendixTitle):
            story.extend(Paragraph(escape(t), centre) for t in (block.title, block.subtitle, block.reference) if t)

    blocks(doc.blocks)
    sign = Table([["Nơi nhận:\n" + "\n".join(doc.recipients),
                   "\n".join([doc.signer_title, doc.signer_role, "", "", "", "", doc.signer_name])]],
                 colWidths=[width / 2, width / 2])
    sign.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (0, 0), 12),
                              ("FONTNAME", (1, 0), (1, 0), BOLD), ("FONTSIZE", (1, 0), (1, 0), 14),
                              ("LEADING", (1, 0), (1, 0), 17), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("ALIGN", (1, 0), (1, 0), "CENTER")]))
    tail: list[Any] = [story.pop(), Spacer(1, 14), sign] if len(story) > 4 else [sign]
    if doc.fingerprint_line:
        tail.append(Paragraph(escape(doc.fingerprint_line), ParagraphStyle("ps", fontName=REGULAR, fontSize=9)))
    story.append(KeepTogether(tail))
    if doc.appendix:  # the office's table by unit is an appendix, on pages of its own
        story.append(PageBreak())
        blocks(doc.appendix)

    def page_number(canvas: Any, document: Any) -> None:
        canvas.setFont(REGULAR, 13)
        canvas.drawCentredString(document.pagesize[0] / 2, document.pagesize[1] - 13 * mm, str(canvas.getPageNumber()))

    template.build(story, onLaterPages=page_number)
    Path(out).write_bytes(buffer.getvalue())
    return template.page


def pdf_pages(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


# ------------------------------------------------------------------------------ sqlite
def raw_connection(path: Path | str) -> sqlite3.Connection:
    """A plain sqlite3 connection with the pragmas ``dvdesktop.store.database.connect`` sets."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


# ---------------------------------------------------------------------------- packages
class SignatureCheck:
    """What one package's floor needs, found once outside the timing: key and signed bytes.

    The floor itself (``signature_floor``) then reads the file, hashes all of it (the
    office keeps the file's SHA-256) and verifies the one Ed25519 signature over the
    BLAKE2b-512 prehash of the signed tag manifest, as minisign defines it.
    """

    def __init__(self, path: Path, public_key_text: str) -> None:
        import base64

        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        import zipfile

        from dvdesktop.packages import bag

        self.path = path
        with zipfile.ZipFile(path) as zf:
            self.signed = zf.read(bag.TAG_MANIFEST)
            sig_line = zf.read(bag.SIGNATURE_FILE).decode("ascii").splitlines()[1]
        self.signature = base64.b64decode(sig_line)[10:74]  # "ED", key id (8), signature (64)
        key_line = public_key_text.strip().splitlines()[-1]
        self.key = Ed25519PublicKey.from_public_bytes(base64.b64decode(key_line)[10:42])


def signature_floor(check: SignatureCheck) -> str:
    """Read the package file, SHA-256 it, verify its Ed25519 signature; returns the hash."""
    data = check.path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    check.key.verify(check.signature, hashlib.blake2b(check.signed).digest())
    return digest


def unzip_floor(check: SignatureCheck) -> str:
    """``signature_floor`` plus inflating and SHA-256 hashing every file of the package.

    Not the office's floor, a bound: what a complete verification cannot avoid on top
    of it as packages are made today (deflated entries, each listed with its hash).
    """
    import zipfile

    data = check.path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            hashlib.sha256(zf.read(info)).digest()
    check.key.verify(check.signature, hashlib.blake2b(check.signed).digest())
    return digest
