"""The Party-format PDF: read back with pypdf, every phrase, diacritic and font is there."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dvdesktop.base.errors import StorageError
from dvdesktop.reports.fonts import FONT_FILES, resource_path
from dvdesktop.reports.pdf import render_report_pdf
from dvdesktop.reports.sample import SAMPLE_UNIT, sample_summary
from test_reports_content import SEED_PHRASES

A4_HEIGHT = 841.89
TEXTS = {
    "limitations": "Một số cấp ủy chưa quan tâm đầy đủ đến công tác dân vận.",
    "directions": "",
}


def flat(text: str) -> str:
    """Extracted text with every run of whitespace (line breaks of justified text) as one space."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "bao-cao.pdf"
    result = render_report_pdf(
        unit=SAMPLE_UNIT, summary=sample_summary(), texts=TEXTS, out=out, number="12",
        issued=date(2026, 2, 5), fingerprint="RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn",
    )
    assert result == out
    return out


def top_strings(page) -> list[str]:
    """Text drawn in the top margin (above the 20 mm margin) of a page."""
    found: list[str] = []

    def visit(text, cm, tm, font_dict, font_size):
        y = tm[5] * cm[3] + cm[5] if cm else tm[5]
        if text.strip() and y > A4_HEIGHT - 20 * 72 / 25.4:
            found.append(text.strip())

    page.extract_text(visitor_text=visit)
    return found


def test_every_seed_phrase_reads_back(report):
    text = flat("\n".join(p.extract_text() for p in PdfReader(report).pages))
    for phrase in SEED_PHRASES:
        assert phrase in text
    for words in ("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "Đảng ủy xã Quỳnh Lưu", "Số 12-BC/CB",
                  "Quỳnh Lưu, ngày 05 tháng 02 năm 2026", "I. KẾT QUẢ THỰC HIỆN",
                  "II. HẠN CHẾ, NGUYÊN NHÂN", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ", TEXTS["limitations"],
                  "Nơi nhận:", "T/M CHI ỦY", "BÍ THƯ", "Nguyễn Văn Hùng",
                  "Mã khóa ký: RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn",
                  "Biểu đồ 1. Mô hình, điển hình “Dân vận khéo” theo lĩnh vực"):
        assert words in text


def test_header_comes_first_in_party_order(report):
    first = flat(PdfReader(report).pages[0].extract_text())
    order = ["ĐẢNG BỘ XÃ QUỲNH LƯU", "ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ CƠ QUAN ỦY BAN", "*",
             "Số 12-BC/CB", "Quỳnh Lưu, ngày 05 tháng 02 năm 2026", "BÁO CÁO",
             "kết quả công tác dân vận, thực hiện Quy chế dân chủ ở cơ sở và phong trào thi đua "
             "“Dân vận khéo” 6 tháng đầu năm 2026", "-----", "I. KẾT QUẢ THỰC HIỆN"]
    positions = [first.index(item) for item in order]
    assert positions == sorted(positions)


def test_page_numbers_from_page_two_only(report):
    pages = PdfReader(report).pages
    assert len(pages) >= 3
    assert top_strings(pages[0]) == []
    for number, page in enumerate(pages[1:], start=2):
        assert top_strings(page) == [str(number)]


def test_a4_portrait_with_the_party_margins(report):
    page = PdfReader(report).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    xs: list[float] = []
    page.extract_text(visitor_text=lambda t, cm, tm, fd, fs: xs.append(cm[4] + tm[4]) if t.strip() else None)
    # Nothing starts left of the 30 mm left margin.
    assert min(xs) >= 30 * 72 / 25.4 - 0.5


def test_every_font_is_embedded_liberation_serif(report):
    names: set[str] = set()
    for page in PdfReader(report).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    assert names == set(FONT_FILES)


def test_blank_number_and_no_fingerprint(tmp_path):
    out = render_report_pdf(unit=SAMPLE_UNIT, summary={}, texts={}, out=tmp_path / "r.pdf",
                            issued=date(2026, 12, 1))
    text = PdfReader(out).pages[0].extract_text()
    assert "-BC/CB" in text and "Số 12" not in text
    assert "Quỳnh Lưu, ngày 01 tháng 12 năm 2026" in text
    assert "Mã khóa ký" not in flat("".join(p.extract_text() for p in PdfReader(out).pages))


def test_written_atomically_and_replaces_the_old_file(tmp_path):
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old")
    render_report_pdf(unit=SAMPLE_UNIT, summary=sample_summary(), texts={}, out=out)
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(os.listdir(tmp_path)) == ["r.pdf"]  # no temporary file left behind


def test_unwritable_target_is_a_user_error_and_keeps_the_old_file(tmp_path):
    folder = tmp_path / "is-a-file"
    folder.write_text("not a folder")
    with pytest.raises(StorageError, match="Không ghi được tệp"):
        render_report_pdf(unit=SAMPLE_UNIT, summary={}, texts={}, out=folder / "r.pdf")
    assert folder.read_text() == "not a folder"


def test_a_name_the_os_cannot_take_is_a_user_error_and_writes_nothing(tmp_path):
    with pytest.raises(StorageError, match="Không ghi được tệp"):
        render_report_pdf(unit=SAMPLE_UNIT, summary={}, texts={}, out=tmp_path / "bao-cao\0.pdf")
    assert os.listdir(tmp_path) == []


def test_fonts_and_licence_are_bundled():
    for filename in FONT_FILES.values():
        assert resource_path("fonts", filename).stat().st_size > 100_000
    licence = resource_path("fonts", "LICENSE-LiberationSerif.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Reserved Font Name Liberation" in licence
