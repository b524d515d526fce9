"""The DOCX report: same words as the PDF, Times New Roman everywhere, Party page setup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.enum.text import WD_LINE_SPACING
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from dvdesktop.reports.docx import render_report_docx
from dvdesktop.reports.sample import SAMPLE_UNIT, sample_summary
from test_reports_content import SEED_PHRASES


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docx") / "bao-cao.docx"
    return render_report_docx(
        unit=SAMPLE_UNIT, summary=sample_summary(), texts={"limitations": "", "directions": "Tiếp tục đổi mới."},
        out=out, number="12", issued=date(2026, 2, 5), fingerprint="ABCD-1234",
    )


def document_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return " ".join(" ".join(parts).split())


def test_same_sentences_as_the_pdf(report):
    text = document_text(docx.Document(str(report)))
    for phrase in SEED_PHRASES:
        assert phrase in text
    for words in ("BÁO CÁO", "Số 12-BC/CB", "Quỳnh Lưu, ngày 05 tháng 02 năm 2026", "Tiếp tục đổi mới.",
                  "Nơi nhận:", "T/M CHI ỦY", "Nguyễn Văn Hùng", "Mã khóa ký: ABCD-1234"):
        assert words in text


def style_chain(style):
    while style is not None:
        yield style
        style = style.base_style


def resolved(paragraph, attribute):
    """A font attribute as Word resolves it: the run's own, else the paragraph style's chain."""
    for style in style_chain(paragraph.style):
        value = getattr(style.font, attribute)
        if value is not None:
            return value
    return None


def body_paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def test_borderless_two_column_header_with_the_ruled_nation_line(report):
    document = docx.Document(str(report))
    header = document.tables[0]
    assert [c.text for c in header.rows[0].cells] == ["ĐẢNG BỘ XÃ QUỲNH LƯU", "ĐẢNG CỘNG SẢN VIỆT NAM"]
    assert header.rows[3].cells[0].text == "Số 12-BC/CB"
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert {e.get(qn("w:val")) for e in borders} == {"nil"}
    nation = header.rows[0].cells[1].paragraphs[0]
    assert nation.style.name == "Quốc hiệu"
    assert resolved(nation, "bold") and resolved(nation, "size").pt == 15
    bottom = nation._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert bottom.get(qn("w:val")) == "single"
    # The rule is squeezed to the words' width by equal indents.
    assert nation.paragraph_format.left_indent == nation.paragraph_format.right_indent > 0
    assert resolved(header.rows[3].cells[1].paragraphs[0], "italic")


def test_times_new_roman_for_every_script_from_the_styles_not_the_runs(report):
    document = docx.Document(str(report))
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for rpr in (defaults, document.styles["Normal"].element.rPr):
        fonts = rpr.find(qn("w:rFonts"))
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            assert fonts.get(qn(slot)) == "Times New Roman"
        assert not [a for a in fonts.attrib if "heme" in a]  # no theme font overrides the name
        assert rpr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
    normal = document.styles["Normal"]
    assert normal.font.size.pt == 14
    used = {p.style.name for p in body_paragraphs(document)}
    assert {"Body Text", "Heading 1", "Heading 2", "Caption", "Ô bảng", "Chữ ký", "Nơi nhận"} <= used
    for paragraph in body_paragraphs(document):
        for style in style_chain(paragraph.style):
            fonts = style.element.rPr.find(qn("w:rFonts")) if style.element.rPr is not None else None
            assert fonts is None or fonts.get(qn("w:ascii")) == "Times New Roman", style.name
        # Editable through the styles: no run carries a font, size, bold or italic of its own.
        for run in paragraph.runs:
            assert run._r.rPr is None, (paragraph.text, run._r.xml)


def test_no_exact_line_spacing_that_would_clip_the_charts(report):
    document = docx.Document(str(report))
    pictures = [p for p in document.paragraphs if p._p.xpath(".//pic:pic")]
    assert len(pictures) == 2
    for paragraph in pictures:
        for style in style_chain(paragraph.style):
            assert style.paragraph_format.line_spacing_rule != WD_LINE_SPACING.EXACTLY, style.name
        assert paragraph.paragraph_format.line_spacing_rule is None
    assert document.styles["Body Text"].paragraph_format.line_spacing_rule == WD_LINE_SPACING.AT_LEAST
    assert document.styles["Body Text"].paragraph_format.line_spacing.pt == 18


def test_a4_party_margins_and_page_number_from_page_two(report):
    document = docx.Document(str(report))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    # The PDF's margins plus reportlab's 6 pt frame padding: 30 + 2.1 mm, 15 + 2.1 mm.
    assert 30 <= section.left_margin.mm <= 35 and 15 <= section.right_margin.mm <= 20
    assert Mm(20) <= section.top_margin <= Mm(25)
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml


def test_table_rows_never_split_and_the_header_row_repeats(report):
    document = docx.Document(str(report))
    grid = [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]
    assert len(grid) == 4
    for table in grid:
        first = table.rows[0]
        assert first._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(resolved(p, "bold") for cell in first.cells for p in cell.paragraphs)
        assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
        # Kept together with its caption, like the PDF, when it fits on a page.
        assert all(p.paragraph_format.keep_with_next for row in table.rows[:-1] for c in row.cells
                   for p in c.paragraphs)
        caption = table._tbl.getprevious()
        assert Paragraph(caption, None).text.startswith("Biểu ")
    assert len(document.inline_shapes) == 2


def test_signature_block_is_one_unsplittable_row_kept_with_the_last_words(report):
    document = docx.Document(str(report))
    signature = document.tables[-1]
    assert "T/M CHI ỦY" in signature.rows[0].cells[1].text and "Nguyễn Văn Hùng" in signature.rows[0].cells[1].text
    assert "Nơi nhận:" in signature.rows[0].cells[0].text
    assert signature.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    before = Paragraph(signature._tbl.getprevious(), None)
    assert before.text == "Tiếp tục đổi mới." and before.paragraph_format.keep_with_next


def test_empty_section_gets_dotted_lines(report):
    document = docx.Document(str(report))
    # One paragraph per empty section, four lines of a tab each (its dot leader draws them).
    dotted = [p for p in document.paragraphs if p.text and set(p.text) <= {"\t", "\n"}]
    assert dotted and all(p.text.count("\t") == 4 for p in dotted)
    assert dotted[0].paragraph_format.keep_together or dotted[0].style.paragraph_format.keep_together
    stop = dotted[0].style.paragraph_format.tab_stops[0]
    assert stop.leader is not None and "DOTS" in str(stop.leader)


# ECMA-376 child order of the property elements the renderer writes (Word may refuse a
# file whose properties are out of order), written out here independently of docx.py.
SCHEMA_ORDER = {
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
             "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign "
            "hideMark",
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
           "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
           "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
           "textDirection textAlignment textboxTightWrap outlineLvl divId rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
           "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
           "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
}  # trPr is a choice: any order


def test_every_property_element_is_in_its_schema_place(report):
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(report) as z:
        parts = [etree.fromstring(z.read(n)) for n in ("word/document.xml", "word/styles.xml")]
    for parent, order in SCHEMA_ORDER.items():
        tags = [w + t for t in order.split()]
        for root in parts:
            for element in root.iter(w + parent):
                children = [c.tag for c in element]
                assert set(children) <= set(tags), (parent, children)
                positions = [tags.index(c) for c in children]
                assert positions == sorted(positions), (parent, [c.replace(w, "") for c in children])
