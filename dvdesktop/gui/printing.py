"""Print a PDF the program made, with Qt's own preview: no PDF viewer needs to be installed.

Each PDF page is rasterised by pypdfium2 at the printer's resolution (capped: an A4 page at
1200 dpi would need half a gigabyte) and drawn over the whole sheet, so what prints is
exactly the PDF, margins included. The report's PDF already has the Party-format margins;
the printer's own margins are ignored (full-page mode).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrinter
from PySide6.QtWidgets import QWidget

from dvdesktop.base.errors import UserError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

#: Rasterise at most this many dots per inch: sharp on paper, 26 MB per A4 page in memory.
MAX_DPI = 300

__all__ = ["MAX_DPI", "make_printer", "page_count", "paint_pdf", "preview_dialog", "print_pdf_to_file"]


def page_count(pdf: Path) -> int:
    # Imported here: the PDF renderer: only when a preview opens.
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return len(doc)
    finally:
        doc.close()


def make_printer(*, landscape: bool = False) -> QPrinter:
    """An A4 printer, whole sheet addressable (the PDF carries its own margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName("dvdesktop")
    return printer


def _page_image(page: Any, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, optimize_mode="print")
    try:
        if bitmap.n_channels == 3:
            fmt = QImage.Format.Format_RGB888
        elif bitmap.n_channels == 4:
            fmt = QImage.Format.Format_RGBA8888
        else:
            fmt = QImage.Format.Format_Grayscale8
        # QImage borrows the buffer: copy before pdfium frees it.
        return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    finally:
        bitmap.close()


def paint_pdf(pdf: Path, printer: QPrinter, *, on_page: Callable[[int, int], None] | None = None) -> int:
    """Draw every page of ``pdf`` on ``printer``, one page per sheet; returns the pages drawn.

    Used as the preview dialog's ``paintRequested`` handler and to print directly.

    :param on_page: ``on_page(done, total)`` after each page (a progress bar)
    :raises UserError: the printer cannot be started (offline, no paper size)
    """
    # Imported here: the PDF renderer: only when a preview opens.
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Không bắt đầu in được: máy in chưa sẵn sàng."))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        dpi = max(72, min(printer.resolution(), MAX_DPI))
        total = len(doc)
        for i in range(total):
            if i:
                printer.newPage()
            page = doc[i]
            try:
                image = _page_image(page, dpi)
            finally:
                page.close()
            sheet = printer.pageLayout().fullRectPixels(printer.resolution())
            target = QRectF(0, 0, sheet.width(), sheet.height())
            # Keep the page's proportions (a Letter-sized PDF on A4 is not stretched).
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
            if on_page is not None:
                on_page(i + 1, total)
        return total
    finally:
        if painter.isActive():
            painter.end()
        doc.close()


def print_pdf_to_file(pdf: Path, out: Path, *, landscape: bool = False) -> int:
    """Print ``pdf`` through Qt's PDF printer into ``out`` (tests; "print to file")."""
    printer = make_printer(landscape=landscape)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    return paint_pdf(pdf, printer)


def preview_dialog(pdf: Path, parent: QWidget | None = None, *, landscape: bool = False,
                   title: str | None = None) -> QPrintPreviewDialog:
    """Qt's print preview of ``pdf``; the Print button there prints the same pages.

    The dialog keeps its printer (``dialog.printer``) and the PDF's path (``dialog.pdf``).
    """
    printer = make_printer(landscape=landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer = printer  # type: ignore[attr-defined]  # the dialog does not own it
    dialog.pdf = Path(pdf)  # type: ignore[attr-defined]
    dialog.setWindowTitle(title or translate("Printing", "Xem trước khi in"))
    dialog.paintRequested.connect(lambda p: paint_pdf(Path(pdf), p))
    dialog.resize(1000, 700)
    dialog.setWindowState(dialog.windowState() | Qt.WindowState.WindowMaximized)
    return dialog
