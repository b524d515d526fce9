"""Figures as Excel: a unit's summary (report --out F.xlsx) and the office's table by unit."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from dvdesktop.cli import main
from dvdesktop.core.demo import fill_demo
from dvdesktop.core.fmt import percent_value
from dvdesktop.core.ledger import Ledger
from dvdesktop.reports.sample import sample_summary
from dvdesktop.reports.xlsx import figures_file_name, file_slug, sheet_title, write_summary
from tests.conftest import UNIT


def rows_by_key(sheet) -> dict[str, list]:
    header = [c.value for c in sheet[1]]
    key = header.index("Mã số liệu")
    return {row[key].value: row for row in sheet.iter_rows(min_row=2) if row[key].value}


def test_summary_figures_are_numbers_and_rates_are_percentages(tmp_path):
    path = write_summary(path=tmp_path / "so-lieu.xlsx", summary=sample_summary(), unit_name="Chi bộ A")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Số liệu tổng hợp"]
    assert [c.value for c in sheet[1]][:6] == ["TT", "Nhóm", "Chỉ tiêu", "Đơn vị tính",
                                               "Kỳ này (6 tháng đầu năm 2026)", "Cùng kỳ (6 tháng đầu năm 2025)"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:H")
    rows = rows_by_key(sheet)
    count = rows["meetings.attendance"]
    assert [c.value for c in count[4:7]] == [10955, 10500, 455]
    assert count[4].number_format == "#,##0" and count[6].number_format == "+#,##0;-#,##0;0"
    rate = rows["reception.visits.cases_rate"]
    assert rate[4].value == pytest.approx(percent_value(22, 29) / 100) and rate[4].number_format == "0.0%"
    assert rate[5].value == pytest.approx(percent_value(30, 44) / 100)
    assert rows["ratings.by_grade.HTTNV"][2].value == "Hoàn thành tốt nhiệm vụ"
    assert workbook.properties.title == "Số liệu công tác dân vận Chi bộ A 6 tháng đầu năm 2026"


def test_report_command_writes_the_figures_to_xlsx(tmp_path, capsys):
    db = tmp_path / "u.db"
    led = Ledger.open(db, actor="t")
    led.set_unit(UNIT)
    fill_demo(led, year=2026, seed=2, today=dt.date(2026, 12, 31))
    summary = led.summary("2026-H1")
    led.close()
    assert main(["report", "--db", str(db), "--period", "2026-H1", "--out", str(tmp_path / "so-lieu.xlsx")]) == 0
    rows = rows_by_key(openpyxl.load_workbook(tmp_path / "so-lieu.xlsx").active)
    assert rows["meetings.count"][4].value == summary["meetings"]["count"]
    assert rows["meetings.count"][5].value == summary["meetings"]["previous"]["count"]
    assert main(["report", "--db", str(db), "--period", "2026-H1", "--out", str(tmp_path / "x.ods")]) == 1
    assert ".xlsx (số liệu để tính trong Excel)" in capsys.readouterr().err


def test_consolidated_table_by_unit_has_typed_cells_and_a_total_outside_the_filter(tmp_path):
    from test_packages_support import FakeLedger, export_fake

    from dvdesktop.safety.crypto import open_data_file

    from dvdesktop.office import consolidate, import_paths, render_consolidated, trust
    from dvdesktop.packages import public_key_text

    db = open_data_file(tmp_path / "khoi.db").ledger
    for i in range(1, 4):
        led = FakeLedger(f"CB-{i}", seed=20 + i)
        trust(db, unit_code=f"CB-{i}", pubkey_text=public_key_text(led))
        import_paths(db, [export_fake(led, tmp_path / f"u{i}")])
    trust(db, unit_code="CB-4", pubkey_text=public_key_text(FakeLedger("CB-4")))  # has not reported
    cons = consolidate(db, period="2026-H1")
    path = render_consolidated(db, period="2026-H1", out=tmp_path / "tong-hop.xlsx")
    db.close()
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Theo đơn vị", "Số liệu tổng hợp"]
    sheet = workbook["Theo đơn vị"]
    col = {c.value: c.column for c in sheet[1]}
    assert sheet.auto_filter.ref == f"A1:U{1 + 4}"  # the four units, not the total
    first = cons["by_unit"][0]
    assert sheet.cell(2, col["Hội nghị (cuộc)"]).value == first["meetings"]
    assert isinstance(sheet.cell(2, col["Ngày nhận"]).value, dt.datetime)
    assert sheet.cell(2, col["Ngày nhận"]).number_format == "DD/MM/YYYY HH:MM"
    rate = sheet.cell(2, col["Tỉ lệ đảng viên dự"])
    if first["members_expected"]:
        assert rate.value == pytest.approx(percent_value(first["members_present"], first["members_expected"]) / 100)
        assert rate.number_format == "0.0%"
    missing = 5
    assert sheet.cell(missing, col["Gửi báo cáo"]).value == "Chưa gửi"
    assert sheet.cell(missing, col["Hội nghị (cuộc)"]).value is None  # no figures, not zeros
    total = 6
    assert sheet.cell(total, col["Tổ chức cơ sở đảng"]).value == "Tổng cộng"
    assert sheet.cell(total, col["Tổ chức cơ sở đảng"]).font.bold
    assert sheet.cell(total, col["Hội nghị (cuộc)"]).value == cons["meetings"]["count"]
    figures = rows_by_key(workbook["Số liệu tổng hợp"])
    assert figures["units.registered"][4].value == 4 and figures["units.submitted"][4].value == 3
    assert figures["units.submitted_rate"][4].number_format == "0.0%"


def test_names_a_usb_stick_and_excel_both_keep():
    assert file_slug("Tiếp công dân", "2026-H1") == "tiep-cong-dan-2026-h1"
    assert figures_file_name("2026-H1") == "so-lieu-2026-h1.xlsx"
    assert figures_file_name("2026", consolidated=True) == "tong-hop-2026.xlsx"
    assert file_slug("Đảng ủy", "2026-01-15..2026-03-31") == "dang-uy-2026-01-15-2026-03-31"
    assert sheet_title("Tiếp công dân: 2026/H1") == "Tiếp công dân- 2026-H1"
    assert len(sheet_title("Mô hình, điển hình “Dân vận khéo” 6 tháng đầu năm")) == 31
