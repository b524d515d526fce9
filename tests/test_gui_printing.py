"""Printing without a PDF viewer or a printer: PDF pages drawn on a QPrinter, and the preview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_gui_support import OFFSCREEN_NOTICE, gui_ledger, window  # noqa: F401

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE]


@pytest.fixture
def report_pdfs(gui_ledger: Any, tmp_path: Path) -> tuple[Path, Path]:
    from dvdesktop.core.demo import fill_demo
    from dvdesktop.reports.build import build_register, build_report

    fill_demo(gui_ledger, year=2026, seed=1)
    return (build_report(gui_ledger, period="2026-H1", out=tmp_path / "bao-cao.pdf"),
            build_register(gui_ledger, period="2026-H1", out=tmp_path / "so.pdf"))


def _pages(path: Path) -> list[Any]:
    import pypdf

    return list(pypdf.PdfReader(path).pages)


def test_report_prints_every_page_on_a4(report_pdfs: tuple[Path, Path], tmp_path: Path) -> None:
    from dvdesktop.gui.printing import page_count, print_pdf_to_file

    report, register = report_pdfs
    out = tmp_path / "printed.pdf"
    assert print_pdf_to_file(report, out) == page_count(report) >= 2
    printed = _pages(out)
    assert len(printed) == len(_pages(report))
    w, h = float(printed[0].mediabox.width), float(printed[0].mediabox.height)
    assert (round(w), round(h)) == (595, 842)  # A4 portrait, in points

    out2 = tmp_path / "printed-register.pdf"
    assert print_pdf_to_file(register, out2, landscape=True) == len(_pages(register))
    w, h = float(_pages(out2)[0].mediabox.width), float(_pages(out2)[0].mediabox.height)
    assert w > h  # the register is landscape


def test_printed_page_shows_the_report(report_pdfs: tuple[Path, Path], tmp_path: Path) -> None:
    """The page is drawn over the whole sheet: the printed copy looks like the PDF."""
    import pypdfium2 as pdfium

    from dvdesktop.gui.printing import print_pdf_to_file

    report, _ = report_pdfs
    out = tmp_path / "printed.pdf"
    print_pdf_to_file(report, out)

    def grey_rows(path: Path) -> list[float]:
        bm = pdfium.PdfDocument(str(path))[0].render(scale=0.5, grayscale=True, force_bitmap_format=1)
        data = bytes(bm.buffer)
        return [sum(data[y * bm.stride:y * bm.stride + bm.width]) / bm.width for y in range(bm.height)]

    a, b = grey_rows(report), grey_rows(out)
    assert len(a) == len(b)
    assert min(b) < 250  # ink on the page
    assert sum(abs(x - y) for x, y in zip(a, b)) / len(a) < 6  # same text in the same places


def test_preview_dialog_paints_every_page(report_pdfs: tuple[Path, Path], qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from dvdesktop.gui.printing import page_count, preview_dialog

    report, _ = report_pdfs
    dlg = preview_dialog(report, None)
    qtbot.addWidget(dlg)
    painted: list[int] = []
    from dvdesktop.gui import printing

    dlg.paintRequested.connect(lambda p: painted.append(p.pageLayout().orientation().value))
    dlg.show()
    qtbot.waitUntil(lambda: bool(painted))
    assert dlg.printer.pageLayout().pageSize().id().name == "A4"
    # The same handler the dialog uses, on a file printer, draws N pages.
    printer = printing.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "p.pdf"))
    printer.setResolution(96)
    seen: list[tuple[int, int]] = []
    assert printing.paint_pdf(report, printer, on_page=lambda i, n: seen.append((i, n))) == page_count(report)
    assert seen[-1] == (page_count(report), page_count(report))
    dlg.close()


def test_reports_page_builds_then_previews(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    from dvdesktop import operations as ops

    page = window.go("reports")
    page.period_combo.setCurrentIndex(page.period_combo.findData("2026-H1"))
    page.limitations.setPlainText("Còn hạn chế")
    page.print_button.click()
    assert ops.wait_for_ops(30)
    dlg = page.preview
    assert dlg is not None and dlg.isVisible()
    assert dlg.pdf.exists() and dlg.pdf.suffix == ".pdf"
    assert gui_ledger.period_text("2026-H1")["limitations"] == "Còn hạn chế"  # saved first, as printed
    folder = dlg.pdf.parent
    dlg.close()
    qtbot.waitUntil(lambda: not folder.exists())  # the temporary PDF goes with the dialog

    page.print_register_button.click()
    assert ops.wait_for_ops(30)
    dlg = page.preview
    assert dlg is not None and dlg.printer.pageLayout().orientation().name == "Landscape"
    dlg.close()
