"""Charts of counts: the value axis counts in whole numbers, read back from the rendered PDF."""

from __future__ import annotations

import io
import re

import pytest


def axis_labels(series: tuple) -> list[str]:
    import pypdf
    from reportlab.graphics import renderPDF

    from dvdesktop.reports.charts import chart_drawing
    from dvdesktop.reports.content import Chart

    chart = Chart("Mô hình", ("Kinh tế", "Văn hóa - xã hội"), series)
    pdf = renderPDF.drawToString(chart_drawing(chart, width=420))
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    return re.findall(r"^\s*([\d.,]+)\s*$", text, flags=re.M)


@pytest.mark.parametrize("values", [(1, 0), (2, 1), (3, 4), (7, 12), (40, 118)])
def test_count_axis_has_whole_number_ticks(values):
    labels = axis_labels((("2026", values),))
    assert labels, "the axis is labelled"
    assert not [t for t in labels if "," in t], labels  # "0,2" of a model
    numbers = [int(t.replace(".", "")) for t in labels]
    assert numbers[0] == 0 or 0 in numbers
    assert max(numbers) >= max(values)
