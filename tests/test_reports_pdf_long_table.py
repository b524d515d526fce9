"""A long report table (the office's list of units): its pages are the rows, in order, as
reportlab's own split would lay them out, with a few pages' cells alive at a time."""

from __future__ import annotations

import gc
import math
import re
import weakref
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from dvdesktop.reports import content as c
from dvdesktop.reports import pdf

ROWS = 300
HEADER = "Tổ chức cơ sở đảng"


@pytest.fixture(autouse=True)
def fonts() -> None:
    pdf.register_fonts()


def long_block(rows: int = ROWS) -> c.Table:
    """A table whose second column wraps on every row (a Paragraph cell), with bold rows."""
    body = [
        c.Row((str(i), f"Đảng ủy xã số {i} thuộc Đảng bộ huyện miền núi phía tây của tỉnh Nghệ An", f"{i * 7}"),
              kind="group" if i % 50 == 0 else "body")
        for i in range(1, rows + 1)
    ]
    return c.Table(caption="Biểu 1. Kết quả theo từng tổ chức cơ sở đảng",
                   columns=("TT", HEADER, "Hội nghị"), rows=(*body, c.Row(("", "Tổng cộng", "9"), "total")),
                   widths=(0.6, 3.0, 1.0), align=("center", "left", "right"))


def build(block: c.Table, out: Path, on_page=None) -> int:
    """Lay the block out alone on A4 pages; returns the page count."""
    template = SimpleDocTemplate(str(out), pagesize=A4, initialFontName=pdf.REGULAR)
    story = pdf._table(block, template.width, pdf._styles())
    template.build(story, onFirstPage=on_page or (lambda *a: None), onLaterPages=on_page or (lambda *a: None))
    return template.page


def page_texts(path: Path) -> list[list[str]]:
    return [[line for line in page.extract_text().splitlines() if line.strip()] for page in PdfReader(path).pages]


def test_long_table_is_laid_out_by_page_parts():
    block = long_block()
    story = pdf._table(block, A4[0] - 2 * 72, pdf._styles())
    assert isinstance(story[-1], pdf.LongTable)


def test_pages_are_those_of_reportlabs_own_split(tmp_path, monkeypatch):
    """The same rows on the same pages, the header repeated, as one reportlab Table split
    page by page (the quadratic layout the long table replaces) gives."""
    block = long_block()
    ours = build(block, tmp_path / "long.pdf")
    monkeypatch.setattr(pdf, "LONG_TABLE_ROWS", 10**9)
    theirs = build(block, tmp_path / "plain.pdf")
    assert ours == theirs > 5
    got, expected = page_texts(tmp_path / "long.pdf"), page_texts(tmp_path / "plain.pdf")
    assert got == expected
    assert [page.count(HEADER) for page in got] == [1] * ours  # the header repeated on every page


def test_a_few_pages_of_cells_are_alive_at_a_time(tmp_path, monkeypatch):
    made: list[weakref.ref] = []
    real = pdf._p

    def tracked(text, style):
        paragraph = real(text, style)
        made.append(weakref.ref(paragraph))
        return paragraph

    monkeypatch.setattr(pdf, "_p", tracked)
    alive: list[int] = []

    def count(canvas, document):
        gc.collect()
        alive.append(sum(1 for ref in made if ref() is not None))

    pages = build(long_block(), tmp_path / "long.pdf", on_page=count)
    assert len(made) >= ROWS  # a Paragraph a row: the names wrap
    per_page = math.ceil(ROWS / pages)
    # The page's rows, the rows measured ahead of it; never the whole table.
    assert max(alive) <= pdf.MEASURE_ROWS + 3 * per_page < ROWS


@pytest.mark.parametrize("rows", [pdf.LONG_TABLE_ROWS + 1, pdf.MEASURE_ROWS, pdf.MEASURE_ROWS + 1])
def test_every_row_once_in_order(tmp_path, rows):
    block = long_block(rows)
    build(block, tmp_path / "t.pdf")
    lines = [line for page in page_texts(tmp_path / "t.pdf") for line in page]
    numbers = [int(n) for n in re.findall(r"Đảng ủy xã số (\d+)", "\n".join(lines))]
    assert numbers == list(range(1, rows + 1))
    assert sum("Tổng cộng" in line for line in lines) == 1


@pytest.mark.parametrize("units", [999, 1_000, 10_000])
def test_the_units_table_keeps_every_row_number_on_one_line(tmp_path, units):
    """The consolidated report's list of units: its row numbers ("TT") are never broken over
    two lines, past 999 units (a province's thousands of chi bộ) as below."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from dvdesktop.reports import consolidated

    cons = {"by_unit": [{"code": f"CB-{i}", "name": f"Chi bộ thôn {i}", "state_label": "Chưa gửi"}
                        for i in range(1, units + 1)]}
    table, _ = consolidated._unit_table(cons)
    assert table.rows[-2].cells[0] == str(units)
    _top, _bottom, left, right = pdf.MARGINS
    column = (A4[0] - left - right) * table.widths[0] / sum(table.widths)
    assert stringWidth(str(units), pdf.REGULAR, table.font_size) <= column - 2 * pdf._PADDING
    if units == 1_000:  # laid out and read back: the number whole beside its name
        tail = c.Table(caption="", columns=table.columns, rows=table.rows[-3:], widths=table.widths,
                       align=table.align, font_size=table.font_size)
        template = SimpleDocTemplate(str(tmp_path / "tail.pdf"), pagesize=A4, leftMargin=left, rightMargin=right,
                                     initialFontName=pdf.REGULAR)
        template.build(pdf._table(tail, template.width, pdf._styles()))
        lines = [line for page in page_texts(tmp_path / "tail.pdf") for line in page]
        assert "1000" in lines and "100" not in lines, "|".join(lines)  # one line per cell read


def test_reportlab_runs_with_its_c_helpers() -> None:
    """``reportlab[accel]`` (pyproject): its number formatting and string widths in C, not
    the pure-Python fallbacks that cost about a fifth of a report's layout."""
    from reportlab.lib import rl_accel

    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
    assert type(rl_accel.instanceStringWidthTTF).__name__ == "builtin_function_or_method"
