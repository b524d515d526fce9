"""The report's PDF streams are Flate-compressed binary (at zlib's fastest level), without
reportlab's ASCII85 layer, and reportlab's own defaults are left as they were for any other
document."""

from __future__ import annotations

import re
import zlib
from datetime import date

from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc

from dvdesktop.reports.pdf import render_report_pdf
from dvdesktop.reports.sample import SAMPLE_UNIT, sample_summary


def test_streams_are_binary_flate_and_the_text_reads_back(tmp_path):
    before = rl_config.useA85
    out = render_report_pdf(unit=SAMPLE_UNIT, summary=sample_summary(), texts={}, out=tmp_path / "r.pdf",
                            number="12", issued=date(2026, 7, 2))
    data = out.read_bytes()
    assert b"/ASCII85Decode" not in data
    filters = re.findall(rb"/Filter\s*(\[[^\]]*\]|/\w+)", data)
    assert filters and all(f.strip() == b"/FlateDecode" or f == b"[ /FlateDecode ]" for f in filters), filters
    streams = re.findall(rb"stream\r?\n(.*?)endstream", data, re.S)
    assert streams and all(zlib.decompress(s.rstrip(b"\r\n")) for s in streams)
    text = " ".join((page.extract_text() or "") for page in PdfReader(out).pages)
    assert "điểm cầu" in " ".join(text.split())
    assert rl_config.useA85 == before  # restored for documents this program does not make
    assert "encode" not in vars(pdfdoc.PDFZCompress)  # reportlab's own level again
    # The fastest level: a stream compressed again at it comes out the same size.
    font = max(streams, key=len).rstrip(b"\r\n")
    assert len(zlib.compress(zlib.decompress(font), 1)) == len(font)
