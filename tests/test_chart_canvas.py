"""The report's charts drawn straight on the PDF canvas show what the drawing of the same
chart shows (the DOCX picture): every label, value and tick, in the same places."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.graphics import renderPDF
from reportlab.pdfgen.canvas import Canvas


def _words(pdf: bytes) -> list[str]:
    return sorted(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


@pytest.mark.parametrize("series", [(("2026", (3, 0, 41)),), (("năm 2026", (1144, 987, 5)), ("năm 2025", (1245, 0, 7)))])
def test_canvas_chart_equals_the_drawing(series):
    from dvdesktop.reports.charts import ChartFlowable, chart_drawing
    from dvdesktop.reports.content import Chart
    from dvdesktop.reports.fonts import REGULAR

    chart = Chart("Tiếp công dân", ("Lượt tiếp công dân", "Vụ việc (tiếp)", "Đơn tiếp nhận"), series,
                  value_label="lượt")
    drawn = renderPDF.drawToString(chart_drawing(chart, width=420))
    buffer = io.BytesIO()
    flowable = ChartFlowable(chart, width=420)
    width, height = flowable.wrap(500, 500)
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=REGULAR)
    flowable.drawOn(canvas, 0, 0)
    canvas.save()
    words = _words(buffer.getvalue())
    assert words == _words(drawn)
    assert "1.245" in words or len(series) == 1
    assert {"Lượt", "lượt", "0"} <= set(words)
