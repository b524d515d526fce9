"""Bar charts of a report as plain shapes: drawn straight on the PDF canvas, or as a reportlab
drawing rasterised to PNG for the DOCX (the same shapes either way)."""

from __future__ import annotations

import io
from typing import Any

from reportlab import rl_config

# reportlab checks every attribute set on a chart's shapes and widgets against its type
# map, a development aid that costs about 40% of drawing the two charts of a report; our
# charts set only documented attributes (the tests draw them), so it is off. Set before
# reportlab.graphics loads: the checking __setattr__ is defined when its classes are.
rl_config.shapeChecking = 0

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.platypus import Flowable  # noqa: E402

from dvdesktop.core import fmt  # noqa: E402
from dvdesktop.reports.content import Chart  # noqa: E402
from dvdesktop.reports.fonts import REGULAR, register_fonts  # noqa: E402

__all__ = ["ChartFlowable", "chart_drawing", "chart_png"]

# Two sober tones that stay distinct when printed in grey on an office laser printer.
SERIES_COLORS = (colors.HexColor("#1f4e79"), colors.HexColor("#9dc3e6"))
GRID_COLOR = colors.HexColor("#d9d9d9")
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


def _shapes(chart: Chart, width: float, height: float) -> list[tuple[Any, ...]]:
    """The chart as plain shapes, bottom to top, for a canvas or a drawing alike:
    ``("rect", x, y, w, h, fill)``, ``("line", x1, y1, x2, y2, stroke, width)`` and
    ``("frame", x, y, w, h)`` (a black outline), ``("text", x, y, text, size, anchor)``
    (anchor "start", "middle" or "end").

    A vertical bar chart: value axis of whole-number ticks with a light grid, bars with
    their values above them, category names under them (broken into lines), a legend
    when there are two series, the unit of the values at the top left.
    """
    series_count = len(chart.series)
    legend_height = 18 if series_count > 1 else 0
    x0, y0 = 34.0, 46.0 + legend_height
    w, h = width - x0 - 10, height - y0 - 14
    out: list[tuple[Any, ...]] = []
    peak = max((max(values) for _, values in chart.series if values), default=0)
    # Headroom for the value printed above the tallest bar; the series are counts, so the
    # ticks are whole numbers.
    step = count_step(max(peak * 1.18, 1))
    top = step * max(1, -(-max(peak * 1.18, 1) // step))
    ticks = [step * i for i in range(int(top // step) + 1)]
    for v in ticks:  # grid first, so the bars cover it
        y = y0 + h * v / top
        out.append(("line", x0, y, x0 + w, y, GRID_COLOR, 0.4))
    groups = max(len(chart.categories), 1)
    slot = w / groups
    # The proportions of reportlab's bar chart: 14 between groups, 2 between bars.
    scale = slot / (14 + 10 * max(series_count, 1) + 2 * max(series_count - 1, 0))
    bar, gap = 10 * scale, 2 * scale
    labels: list[tuple[Any, ...]] = []
    for s, (_, values) in enumerate(chart.series):
        color = SERIES_COLORS[s % len(SERIES_COLORS)]
        for g in range(len(chart.categories)):
            value = values[g] if g < len(values) else 0
            x = x0 + g * slot + 7 * scale + s * (bar + gap)
            bar_h = h * value / top
            if bar_h > 0:
                out.append(("rect", x, y0, bar, bar_h, color))
            labels.append(("text", x + bar / 2, y0 + bar_h + 7 - (LABEL_SIZE - 1) * 0.3,
                           fmt.number(int(value)), LABEL_SIZE - 1, "middle"))
    out += labels
    out.append(("line", x0, y0, x0 + w, y0, colors.black, 1))
    out.append(("line", x0, y0, x0, y0 + h, colors.black, 1))
    for g in range(groups + 1):  # category boundaries, ticked below the axis
        out.append(("line", x0 + g * slot, y0 - 5, x0 + g * slot, y0, colors.black, 1))
    for v in ticks:
        y = y0 + h * v / top
        out.append(("line", x0 - 5, y, x0, y, colors.black, 1))
        label = fmt.number(int(v)) if v == int(v) else fmt.number(v)
        out.append(("text", x0 - 5, y - (LABEL_SIZE - 1) * 0.35, label, LABEL_SIZE - 1, "end"))
    for g, name in enumerate(chart.categories):
        lines = _wrap(name, slot - 6, LABEL_SIZE).split("\n")
        for n, line in enumerate(lines):
            out.append(("text", x0 + g * slot + slot / 2, y0 - 4 - LABEL_SIZE - (LABEL_SIZE + 1) * n + 1.5,
                        line, LABEL_SIZE, "middle"))
    if series_count > 1:
        total = sum(stringWidth(n, REGULAR, LABEL_SIZE) + 40 for n, _ in chart.series)
        x = max((width - total) / 2, 0)
        for s, (name, _) in enumerate(chart.series):
            out.append(("rect", x + 150 * s, 18, 10, 10, SERIES_COLORS[s % len(SERIES_COLORS)]))
            out.append(("frame", x + 150 * s, 18, 10, 10))
            out.append(("text", x + 150 * s + 15, 18 + 5 - LABEL_SIZE * 0.35, name, LABEL_SIZE, "start"))
    if chart.value_label:
        out.append(("text", 2, height - 8, chart.value_label, LABEL_SIZE - 1, "start"))
    return out


def chart_drawing(chart: Chart, *, width: float, height: float | None = None) -> Drawing:
    """Draw ``chart`` as a vertical bar chart ``width`` points wide, values above the bars
    (a drawing of plain shapes: the DOCX's picture and the tests read it)."""
    register_fonts()
    height = height or width * 0.48
    drawing = Drawing(width, height)
    # The renderer's starting font would otherwise be Helvetica, never embedded in the PDF.
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = LABEL_SIZE
    for kind, *a in _shapes(chart, width, height):
        if kind == "rect":
            drawing.add(Rect(a[0], a[1], a[2], a[3], fillColor=a[4], strokeColor=None))
        elif kind == "frame":
            drawing.add(Rect(a[0], a[1], a[2], a[3], fillColor=None, strokeColor=colors.black, strokeWidth=0.5))
        elif kind == "line":
            drawing.add(Line(a[0], a[1], a[2], a[3], strokeColor=a[4], strokeWidth=a[5]))
        else:
            drawing.add(String(a[0], a[1], a[2], fontName=REGULAR, fontSize=a[3], textAnchor=a[4]))
    return drawing


class ChartFlowable(Flowable):
    """``chart`` drawn straight on the PDF's canvas, the same shapes as ``chart_drawing``
    without building and rendering a drawing (a third of a report's layout time)."""

    def __init__(self, chart: Chart, *, width: float, height: float | None = None) -> None:
        super().__init__()
        register_fonts()
        self.chart, self.width, self.height = chart, width, height or width * 0.48

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:  # noqa: ARG002
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        fill = stroke = None
        size = 0.0
        draw = {"start": canvas.drawString, "middle": canvas.drawCentredString, "end": canvas.drawRightString}
        for kind, *a in _shapes(self.chart, self.width, self.height):
            if kind == "rect":
                if a[4] is not fill:
                    canvas.setFillColor(a[4])
                    fill = a[4]
                canvas.rect(a[0], a[1], a[2], a[3], stroke=0, fill=1)
            elif kind == "frame":
                if (colors.black, 0.5) != stroke:
                    canvas.setStrokeColor(colors.black)
                    canvas.setLineWidth(0.5)
                    stroke = (colors.black, 0.5)
                canvas.rect(a[0], a[1], a[2], a[3], stroke=1, fill=0)
            elif kind == "line":
                if (a[4], a[5]) != stroke:
                    canvas.setStrokeColor(a[4])
                    canvas.setLineWidth(a[5])
                    stroke = (a[4], a[5])
                canvas.line(a[0], a[1], a[2], a[3])
            else:
                if fill is not colors.black:
                    canvas.setFillColor(colors.black)
                    fill = colors.black
                if a[3] != size:
                    canvas.setFont(REGULAR, a[3])
                    size = a[3]
                draw[a[4]](a[0], a[1], a[2])
        canvas.restoreState()


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
