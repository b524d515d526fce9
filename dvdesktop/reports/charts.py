"""Bar charts of a report as reportlab drawings (vector in the PDF, PNG in the DOCX)."""

from __future__ import annotations

import io

from reportlab import rl_config

# reportlab checks every attribute set on a chart's shapes and widgets against its type
# map, a development aid that costs about 40% of drawing the two charts of a report; our
# charts set only documented attributes (the tests draw them), so it is off. Set before
# reportlab.graphics loads: the checking __setattr__ is defined when its classes are.
rl_config.shapeChecking = 0

from reportlab.graphics.charts.barcharts import VerticalBarChart  # noqa: E402
from reportlab.graphics.charts.legends import Legend  # noqa: E402
from reportlab.graphics.shapes import Drawing, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402

from dvdesktop.core import fmt  # noqa: E402
from dvdesktop.reports.content import Chart  # noqa: E402
from dvdesktop.reports.fonts import REGULAR, register_fonts  # noqa: E402

__all__ = ["chart_drawing", "chart_png"]

# Two sober tones that stay distinct when printed in grey on an office laser printer.
SERIES_COLORS = (colors.HexColor("#1f4e79"), colors.HexColor("#9dc3e6"))
LABEL_SIZE = 10


def _wrap(label: str, width: float, size: float) -> str:
    """Break a category label into lines no wider than ``width`` (reportlab honours "\n")."""
    lines: list[str] = []
    current = ""
    for word in label.split():
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, REGULAR, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return "\n".join(lines)


def count_step(peak: float, *, ticks: int = 5) -> int:
    """A whole-number step for an axis of counts: 1, 2, 5, 10, 20, 50 … giving at most
    about ``ticks`` intervals up to ``peak`` (never 0,2 of a meeting)."""
    step = 1
    while peak / step > ticks:
        for factor in (2, 5 / 2, 2):  # 1 -> 2 -> 5 -> 10 -> 20 -> 50 …
            step = round(step * factor)
            if peak / step <= ticks:
                break
    return step


def chart_drawing(chart: Chart, *, width: float, height: float | None = None) -> Drawing:
    """Draw ``chart`` as a vertical bar chart ``width`` points wide, values above the bars."""
    register_fonts()
    height = height or width * 0.48
    series_count = len(chart.series)
    legend_height = 18 if series_count > 1 else 0
    drawing = Drawing(width, height)
    # The renderer's starting font would otherwise be Helvetica, never embedded in the PDF.
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = LABEL_SIZE

    bars = VerticalBarChart()
    bars.x = 34
    bars.y = 46 + legend_height
    bars.width = width - bars.x - 10
    bars.height = height - bars.y - 14
    bars.data = [list(values) for _, values in chart.series]
    bars.categoryAxis.categoryNames = [
        _wrap(c, bars.width / max(len(chart.categories), 1) - 6, LABEL_SIZE)
        for c in chart.categories
    ]
    bars.categoryAxis.labels.fontName = REGULAR
    bars.categoryAxis.labels.fontSize = LABEL_SIZE
    bars.categoryAxis.labels.boxAnchor = "n"
    bars.categoryAxis.labels.dy = -4
    bars.categoryAxis.labels.leading = LABEL_SIZE + 1
    bars.valueAxis.labels.fontName = REGULAR
    bars.valueAxis.labels.fontSize = LABEL_SIZE - 1
    bars.valueAxis.labelTextFormat = lambda v: fmt.number(int(v)) if v == int(v) else fmt.number(v)
    peak = max((max(values) for _, values in chart.series if values), default=0)
    bars.valueAxis.valueMin = 0
    # Headroom for the value printed above the tallest bar; the series are counts, so the
    # ticks are whole numbers.
    step = count_step(max(peak * 1.18, 1))
    bars.valueAxis.valueStep = step
    bars.valueAxis.valueMax = step * max(1, -(-max(peak * 1.18, 1) // step))
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#d9d9d9")
    bars.valueAxis.gridStrokeWidth = 0.4
    bars.barSpacing = 2
    bars.groupSpacing = 14
    for i in range(series_count):
        bars.bars[i].fillColor = SERIES_COLORS[i % len(SERIES_COLORS)]
        bars.bars[i].strokeColor = None
    bars.barLabelFormat = lambda v: fmt.number(int(v))
    bars.barLabels.fontName = REGULAR
    bars.barLabels.fontSize = LABEL_SIZE - 1
    bars.barLabels.nudge = 7
    drawing.add(bars)

    if series_count > 1:
        legend = Legend()
        legend.fontName = REGULAR
        legend.fontSize = LABEL_SIZE
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 150
        legend.dxTextSpace = 5
        legend.colorNamePairs = [
            (SERIES_COLORS[i % len(SERIES_COLORS)], name) for i, (name, _) in enumerate(chart.series)
        ]
        total = sum(stringWidth(n, REGULAR, LABEL_SIZE) + 40 for n, _ in chart.series)
        legend.x = max((width - total) / 2, 0)
        legend.y = 10
        legend.boxAnchor = "sw"
        drawing.add(legend)
    if chart.value_label:
        drawing.add(String(2, height - 8, chart.value_label, fontName=REGULAR, fontSize=LABEL_SIZE - 1))
    return drawing


def chart_png(chart: Chart, *, width: float, dpi: int = 200) -> bytes:
    """The chart as PNG bytes (for DOCX), ``width`` in points.

    reportlab's own bitmap renderer needs the optional rlPyCairo package; instead the
    drawing is written as a one-page PDF and rasterised with pypdfium2, already a
    dependency of the app (print preview), so the picture matches the PDF exactly.
    """
    import pypdfium2 as pdfium
    from reportlab.graphics import renderPDF

    drawing = chart_drawing(chart, width=width)
    pdf_bytes = renderPDF.drawToString(drawing)
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        page = document[0]
        bitmap = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255))
        image = bitmap.to_pil()
        out = io.BytesIO()
        image.save(out, format="PNG", dpi=(dpi, dpi))
        return out.getvalue()
    finally:
        document.close()
