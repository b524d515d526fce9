"""Sổ tiếp công dân (landscape PDF, personal data) and the XLSX export of list pages."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from dvdesktop.reports.register import COLUMNS, SECRET, render_register_pdf
from dvdesktop.reports.sample import SAMPLE_UNIT
from dvdesktop.reports.xlsx import export_rows

LONG = "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất cho hộ gia đình ông Lê Văn Tám " * 4


def entry(n: int, **changes) -> dict:
    base = {
        "date": f"2026-02-{n % 27 + 1:02d}", "channel": "visit", "case_code": f"VV-2026-{n:04d}",
        "category": "petition", "people_count": 3, "content": f"Kiến nghị số {n} về nước sạch",
        "handling": "accept", "status": "resolved", "resolved_date": "2026-03-10",
        "agency": "UBND xã Quỳnh Lộc", "result": "Đã trả lời bằng văn bản", "note": "",
        "citizen_name": f"Nguyễn Thị Hằng {n}", "citizen_address": "xóm 9B, xã Quỳnh Lộc",
        "citizen_id": f"0400{n:08d}",
    }
    return {**base, **changes}


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    entries = [entry(n) for n in range(1, 31)]
    entries.append(entry(40, date="2026-01-02", content=LONG, handling="transfer", status="pending"))
    entries.append(entry(41, date="2026-01-03", category="denunciation", channel="letter",
                         citizen_name="Trần Văn Tố", citizen_id="040099999999"))
    out = tmp_path_factory.mktemp("reg") / "so-tiep-cong-dan.pdf"
    return render_register_pdf(unit=SAMPLE_UNIT, period_label="6 tháng đầu năm 2026", entries=entries, out=out)


def test_landscape_with_every_register_column_on_every_page(register):
    pages = PdfReader(register).pages
    assert len(pages) >= 2
    assert float(pages[0].mediabox.width) > float(pages[0].mediabox.height)
    for page in pages:
        text = flat(page.extract_text())
        for header, _ in COLUMNS:
            assert header in text  # the header row repeats on each page
    first = flat(pages[0].extract_text())
    assert "SỔ TIẾP CÔNG DÂN" in first and "6 tháng đầu năm 2026" in first


def test_personal_data_is_printed_and_long_text_wraps_whole(register):
    text = flat(" ".join(p.extract_text() for p in PdfReader(register).pages))
    assert "Nguyễn Thị Hằng 1 xóm 9B, xã Quỳnh Lộc" in text
    assert "040000000001" in text
    assert flat(LONG) in text
    assert "Chuyển đơn đến cơ quan có thẩm quyền" in text
    assert "Kiến nghị Tiếp trực tiếp, 3 người" in text
    assert "Đã giải quyết ngày 10/03/2026" in text
    assert "Chỉ in và lưu giữ tại đơn vị".lower() in text.lower()


def test_denouncer_identity_is_kept_secret_unless_revealed(register, tmp_path):
    text = flat(" ".join(p.extract_text() for p in PdfReader(register).pages))
    assert "Trần Văn Tố" not in text and "040099999999" not in text
    assert SECRET in text
    out = render_register_pdf(unit=SAMPLE_UNIT, period_label="x", out=tmp_path / "r.pdf",
                              entries=[entry(41, category="denunciation", citizen_name="Trần Văn Tố")],
                              reveal_denouncers=True)
    assert "Trần Văn Tố" in PdfReader(out).pages[0].extract_text()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_register_file_is_private(register):
    assert stat.S_IMODE(register.stat().st_mode) == 0o600


def test_empty_register_says_so(tmp_path):
    out = render_register_pdf(unit=SAMPLE_UNIT, period_label="quý I năm 2026", entries=[], out=tmp_path / "r.pdf")
    assert "Không có lượt tiếp công dân, đơn thư nào trong kỳ." in flat(PdfReader(out).pages[0].extract_text())


def test_xlsx_rows_read_back_with_real_dates(tmp_path):
    rows = [
        {"date": "2026-02-05", "content": "Kiến nghị về đường giao thông\nthôn Đông", "people_count": 3,
         "created_at": "2026-02-05T03:04:05+00:00", "tags": ["a", "b"], "remote": True},
        {"date": None, "content": "=HYPERLINK(\"http://x\")", "people_count": 1},
    ]
    columns = [("date", "Ngày tiếp"), ("content", "Nội dung vụ việc"), ("people_count", "Số người"),
               ("created_at", "Ngày tạo"), ("tags", "Nhãn"), ("remote", "Vùng sâu")]
    out = export_rows(path=tmp_path / "ds.xlsx", title="Tiếp công dân, đơn thư: 2026/H1", columns=columns, rows=rows)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "Tiếp công dân, đơn thư- 2026-H1"
    assert [c.value for c in sheet[1]] == [h for _, h in columns]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet["A2"].value == datetime(2026, 2, 5) and sheet["A2"].number_format == "DD/MM/YYYY"
    assert sheet["B2"].value == "Kiến nghị về đường giao thông\nthôn Đông"
    assert sheet["C2"].value == 3
    assert isinstance(sheet["D2"].value, datetime)
    assert sheet["E2"].value == "a; b" and sheet["F2"].value == "Có"
    assert sheet["A3"].value is None
    # Typed text that looks like a formula stays text.
    assert sheet["B3"].value == "=HYPERLINK(\"http://x\")" and sheet["B3"].data_type == "s"
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["C"].width
    assert sorted(os.listdir(tmp_path)) == ["ds.xlsx"]


def test_xlsx_accepts_date_objects_and_no_rows(tmp_path):
    out = export_rows(path=tmp_path / "e.xlsx", title="Trống", columns=[("d", "Ngày")], rows=[])
    assert openpyxl.load_workbook(out).active.max_row == 1
    out = export_rows(path=tmp_path / "d.xlsx", title="Ngày", columns=[("d", "Ngày")], rows=[{"d": date(2026, 1, 2)}])
    assert openpyxl.load_workbook(out).active["A2"].value == datetime(2026, 1, 2)
