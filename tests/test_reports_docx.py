"""The DOCX report: same words as the PDF, Times New Roman everywhere, Party page setup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

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


def test_borderless_two_column_header_with_the_ruled_nation_line(report):
    document = docx.Document(str(report))
    header = document.tables[0]
    assert [c.text for c in header.rows[0].cells] == ["ĐẢNG ỦY XÃ QUỲNH LƯU", "ĐẢNG CỘNG SẢN VIỆT NAM"]
    assert header.rows[3].cells[0].text == "Số 12-BC/CB"
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert {e.get(qn("w:val")) for e in borders} == {"nil"}
    nation = header.rows[0].cells[1].paragraphs[0]
    assert nation.runs[0].bold and nation.runs[0].font.size.pt == 15
    bottom = nation._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert bottom.get(qn("w:val")) == "single"
    # The rule is squeezed to the words' width by equal indents.
    assert nation.paragraph_format.left_indent == nation.paragraph_format.right_indent > 0
    date_run = header.rows[3].cells[1].paragraphs[0].runs[0]
    assert date_run.italic


def test_times_new_roman_for_every_script_and_every_run(report):
    document = docx.Document(str(report))
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 14
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert fonts.get(qn(slot)) == "Times New Roman"
    runs = [r for p in document.paragraphs for r in p.runs if r.text.strip()]
    assert runs and all(r.font.name == "Times New Roman" for r in runs)


def test_a4_party_margins_and_page_number_from_page_two(report):
    document = docx.Document(str(report))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.mm) == 30 and round(section.right_margin.mm) == 15
    assert Mm(20) <= section.top_margin <= Mm(25)
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml


def test_tables_have_a_repeating_bold_header_and_the_charts_are_pictures(report):
    document = docx.Document(str(report))
    grid = [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]
    assert len(grid) == 4
    for table in grid:
        first = table.rows[0]
        assert first._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(run.bold for cell in first.cells for run in cell.paragraphs[0].runs)
    assert len(document.inline_shapes) == 2


def test_empty_section_gets_dotted_lines(report):
    document = docx.Document(str(report))
    dotted = [p for p in document.paragraphs if p.text == "\t"]
    assert len(dotted) == 4
    stop = dotted[0].paragraph_format.tab_stops[0]
    assert stop.leader is not None and "DOTS" in str(stop.leader)
