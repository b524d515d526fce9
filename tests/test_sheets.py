"""Records in and out of Excel: typed exports, templates, the import preview, round trips.

Every workbook is a real .xlsx file written by the program and read back with openpyxl,
or written by openpyxl the way a unit's own sheet looks and read by the program; every
refused file leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import openpyxl.styles
import openpyxl.utils
import pytest

from dvdesktop.cli import main
from dvdesktop.core.demo import fill_demo
from dvdesktop.core.domain import KINDS
from dvdesktop.core.fmt import percent_value
from dvdesktop.core.ledger import Ledger
from dvdesktop.sheets import (
    MASK,
    ImportRefused,
    commit_import,
    export_records,
    preview_import,
    proposed_file_name,
    record_columns,
    template_file_name,
    write_records,
    write_template,
)
from dvdesktop.sheets.columns import choice_key, header_key
from tests.conftest import UNIT, snapshot

META = ("id", "created_at", "updated_at", "deleted_at")

#: One record per kind with every field filled, with the values that break naive sheets:
#: text that looks like a formula, an ID with a leading zero, several lines, brackets.
FULL: dict[str, dict[str, Any]] = {
    "meeting": {"date": "2026-03-02", "kind": "thematic", "title": "=Học tập chuyên đề 2026",
                "documents": ["43-KL/TW", "16/CT-TTg"], "members_expected": 1412, "members_present": 1405,
                "others_present": 120, "sites": 21, "location": "Hội trường (tầng 2)",
                "note": "Dòng một\nDòng hai"},
    "dialogue": {"date": "2026-05-12", "host": "Chủ tịch UBND xã", "counterpart": "religious",
                 "topic": "Giải phóng mặt bằng", "location": "thôn Tân Lộc", "participants": 152, "opinions": 18,
                 "issues": [{"summary": "Tiến độ chi trả (đợt 2)", "status": "resolved"},
                            {"summary": "Cấp giấy chứng nhận", "status": "referred"},
                            {"summary": "Đường giao thông", "status": "in_progress"}],
                 "announced_date": "2026-05-04", "published_date": "2026-05-20", "note": "+84 912 345 678"},
    "reception": {"date": "2026-04-10", "channel": "letter", "case_code": "VV-2026-0107", "category": "complaint",
                  "people_count": 2, "content": "Khiếu nại mức bồi thường\nlần 2", "handling": "accept",
                  "accepted_date": "2026-04-15", "complexity": "complex", "attempt": "2", "status": "resolved",
                  "resolved_date": "2026-05-10", "agency": "UBND xã Quỳnh Lộc", "result": "Đã trả lời bằng văn bản",
                  "citizen_name": "Nguyễn Văn An", "citizen_address": "thôn Đông Hải", "citizen_id": "040123456789",
                  "note": "0"},
    "model": {"name": "Camera an ninh", "type": "exemplar", "unit_name": "Chi bộ thôn Tân Lộc",
              "holder": "individual", "field": "defense_security", "level": "province",
              "registered_date": "2026-02-20", "status": "replicated", "description": "Lắp camera\nở ngõ xóm",
              "note": "Ghi chú"},
    "award": {"date": "2026-06-01", "recipient_type": "individual", "recipient": "Trần Thị Hoa", "level": "merit",
              "issuer": "Ban Thường vụ Đảng ủy Khối", "reason": "Tiêu biểu", "note": "Quyết định số 12-QĐ/ĐU"},
    "rating": {"year": 2026, "unit_name": "Chi bộ thôn Tân Lộc", "grade": "HTXSNV", "score": 96, "note": "ổn"},
    "commitment": {"year": 2025, "content": "tu dưỡng, rèn luyện, làm theo gương Bác", "organisations_total": 12,
                   "organisations_organised": 12, "members_total": 315, "members_registered": 312,
                   "note": "3 đồng chí ốm dài ngày"},
}


def _ledger(path: Path) -> Ledger:
    led = Ledger.open(path, actor="tester")
    led.set_unit(UNIT)
    return led


@pytest.fixture
def source(tmp_path: Path):
    led = _ledger(tmp_path / "nguon.db")
    fill_demo(led, year=2026, seed=3, today=dt.date(2026, 11, 30))
    denunciation = {**FULL["reception"], "category": "denunciation", "case_code": "VV-2026-0108",
                    "citizen_id": "001234567890", "attempt": "1", "accepted_date": "2026-04-11"}
    for kind, item in FULL.items():
        led.add(kind, item)
    led.add("reception", denunciation)
    yield led
    led.close()


@pytest.fixture
def target(tmp_path: Path):
    led = _ledger(tmp_path / "dich.db")
    yield led
    led.close()


def comparable(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(({k: v for k, v in r.items() if k not in META} for r in records), key=lambda r: r["uid"])


# --------------------------------------------------------------------------- export
def test_export_has_typed_cells_a_frozen_bold_header_and_a_filter(source, tmp_path):
    path = export_records(source, "meeting", path=tmp_path / proposed_file_name("meeting", "2026"), period="2026")
    assert path.name == "hoi-nghi-2026.xlsx"
    sheet = openpyxl.load_workbook(path)["Hội nghị, sinh hoạt"]
    headers = [c.value for c in sheet[1]]
    assert headers == [c.header for c in record_columns("meeting")]
    assert all(c.font.bold for c in sheet[1]) and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(headers)).column_letter}{sheet.max_row}"
    col = {h: i + 1 for i, h in enumerate(headers)}
    records = source.list("meeting", period="2026")
    assert sheet.max_row == len(records) + 1
    full = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, col["Ghi chú"]).value == "Dòng một\nDòng hai")
    cell = lambda name: sheet.cell(full, col[name])  # noqa: E731
    assert cell("Ngày").value == dt.datetime(2026, 3, 2) and cell("Ngày").number_format == "DD/MM/YYYY"
    assert cell("Số đảng viên dự").value == 1405 and cell("Số đảng viên dự").number_format == "#,##0"
    assert cell("Số đảng viên được triệu tập").data_type == "n"
    rate = cell("Tỉ lệ đảng viên dự")
    assert rate.value == pytest.approx(percent_value(1405, 1412) / 100) and rate.number_format == "0.0%"
    assert cell("Hình thức").value == "Sinh hoạt chuyên đề"  # the label, not "thematic"
    assert cell("Văn bản học tập, quán triệt").value == "43-KL/TW; 16/CT-TTg"
    title = cell("Tên hội nghị, nội dung")
    assert title.value == "=Học tập chuyên đề 2026" and title.data_type == "s"  # text, never a formula
    assert len(cell("Mã bản ghi").value) == 32
    # Wide text columns are wider than the date column, and none beyond the cap.
    widths = {h: sheet.column_dimensions[sheet.cell(1, i).column_letter].width for h, i in col.items()}
    assert widths["Tên hội nghị, nội dung"] > widths["Ngày"] >= 10
    assert max(widths.values()) <= 60


def test_reception_export_keeps_ids_as_text_and_deadlines_as_dates(source, tmp_path):
    path = export_records(source, "reception", path=tmp_path / "tiep.xlsx", today=dt.date(2026, 4, 20),
                          reveal=True)
    sheet = openpyxl.load_workbook(path).active
    col = {c.value: c.column for c in sheet[1]}
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, col["Mã vụ việc"]).value == "VV-2026-0108")
    assert sheet.cell(row, col["Số CCCD/định danh"]).value == "001234567890"
    assert sheet.cell(row, col["Phân loại"]).value == "Tố cáo"
    assert sheet.cell(row, col["Lần giải quyết"]).value == "Lần đầu"
    assert sheet.cell(row, col["Hạn giải quyết"]).value is None  # resolved: no deadline left
    matter = next(m for m in source.matters(open_only=True) if m.due() is not None)
    code, due = matter.case_code, matter.due()
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, col["Mã vụ việc"]).value == code)
    assert sheet.cell(row, col["Hạn giải quyết"]).value == dt.datetime.combine(due, dt.time())
    assert sheet.cell(row, col["Số ngày còn lại (âm: quá hạn)"]).value == (due - dt.date(2026, 4, 20)).days


def test_denouncers_identity_is_masked_unless_revealed(source, tmp_path):
    masked = openpyxl.load_workbook(export_records(source, "reception", path=tmp_path / "a.xlsx")).active
    col = {c.value: c.column for c in masked[1]}
    rows = [r for r in range(2, masked.max_row + 1) if masked.cell(r, col["Phân loại"]).value == "Tố cáo"]
    assert rows
    names = {masked.cell(r, col["Họ tên công dân"]).value for r in rows}
    assert names <= {MASK, None} and MASK in names
    everything = " ".join(str(c.value) for row in masked.iter_rows() for c in row)
    assert "001234567890" not in everything and "040123456789" in everything


def test_template_has_the_export_columns_drop_downs_and_a_guide(tmp_path):
    for kind in KINDS:
        path = write_template(kind, path=tmp_path / template_file_name(kind))
        workbook = openpyxl.load_workbook(path)
        sheet = workbook.worksheets[0]
        fields = [c.header for c in record_columns(kind, derived=False, uid=False)]
        assert [c.value for c in sheet[1]] == fields and sheet.max_row == 1
        assert workbook.sheetnames[1] == "Hướng dẫn"
        choice_columns = [f for f in KINDS[kind].fields if f.type == "choice"]
        if choice_columns:  # the drop-downs' lists, out of sight
            assert workbook["Danh mục"].sheet_state == "hidden"
        assert len(sheet.data_validations.dataValidation) == len(choice_columns)
        required = [c for c in record_columns(kind) if c.required]
        assert all(sheet.cell(1, fields.index(c.header) + 1).comment.text.startswith("Bắt buộc") for c in required)
    assert template_file_name("reception") == "mau-nhap-tiep-cong-dan.xlsx"


# ------------------------------------------------------------------------ round trip
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_an_export_imported_again_gives_the_same_records(source, target, tmp_path, kind):
    path = export_records(source, kind, path=tmp_path / f"{kind}.xlsx", reveal=True)
    preview = preview_import(kind, path)
    assert preview.ok, [i.line() for i in preview.all_issues()]
    assert not preview.warnings
    commit_import(target, preview)
    exported = source.list(kind)
    assert comparable(target.list(kind)) == comparable(exported)
    # Every field the kind has was carried by at least one record, so none was skipped.
    for spec in KINDS[kind].fields:
        assert any(r.get(spec.name) not in (None, "", []) for r in exported), spec.name


def test_masked_identities_come_back_empty_with_a_note(source, target, tmp_path):
    preview = preview_import("reception", export_records(source, "reception", path=tmp_path / "a.xlsx"))
    assert preview.ok
    notes = [i for i in preview.warnings if "giữ bí mật" in i.message]
    secret = [r for r in source.list("reception") if r["category"] == "denunciation"]
    assert len(notes) == sum(1 for r in secret if r["citizen_name"] or r["citizen_address"] or r["citizen_id"])
    commit_import(target, preview)
    for rec in target.list("reception"):
        original = next(r for r in source.list("reception") if r["uid"] == rec["uid"])
        if rec["category"] == "denunciation":
            assert rec["citizen_name"] == rec["citizen_address"] == rec["citizen_id"] == ""
            original = {**original, "citizen_name": "", "citizen_address": "", "citizen_id": ""}
        assert {k: v for k, v in rec.items() if k not in META} == {k: v for k, v in original.items()
                                                                      if k not in META}


def test_the_same_file_twice_is_refused_and_names_every_row(source, tmp_path):
    path = export_records(source, "award", path=tmp_path / "k.xlsx")
    before = snapshot(Path(source.path))
    preview = preview_import("award", path)
    with pytest.raises(ImportRefused) as refused:
        commit_import(source, preview)
    assert snapshot(Path(source.path)) == before
    errors = refused.value.preview.errors
    assert len(errors) == source.count("award")
    uid_column = openpyxl.utils.get_column_letter(
        [c.header for c in record_columns("award")].index("Mã bản ghi") + 1)
    assert all("đã có trong dữ liệu" in e.message and e.column == uid_column for e in errors)


# --------------------------------------------------------------- a unit's own sheets
def _sheet(path: Path, rows: list[list[Any]], *, title: str = "Sheet1", merge: str | None = None) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    workbook.save(path)
    return path


def test_a_units_own_sheet_is_read_as_a_secretary_types_it(target, tmp_path):
    path = _sheet(tmp_path / "hoi-nghi-2025.xlsx", [
        ["DANH SÁCH HỘI NGHỊ NĂM 2025"],
        [],
        ["STT", "NGÀY", "hinh thuc", "Tên hội nghị, nội dung", "Văn bản học tập, quán triệt",
         "Số đảng viên được triệu tập", "Số đảng viên dự", "Ghi chú thêm"],
        [1, dt.datetime(2025, 3, 5), "Học tập, quán triệt nghị quyết", "Quán triệt NQ 25", "25 - nq/tw, 16/CT-TTg",
         "1.538", 1500, "x"],
        [2, "5/3/2025", "sinh hoat chi bo dinh ky", "Sinh hoạt tháng 3", None, 30, 29.0, None],
        [None, None, None, None, None, None, None, None],
        [3, "07-04-2025", "SINH HOẠT CHUYÊN ĐỀ", "Chuyên đề học Bác", None, None, None, None],
        [4, None, None, None, None, None, None, None],  # numbered ahead, never filled in
    ], merge="A1:H1")
    workbook = openpyxl.load_workbook(path)
    workbook.active["C200000"].font = openpyxl.styles.Font(bold=True)  # formatting far below, no value
    workbook.save(path)
    preview = preview_import("meeting", path)
    assert preview.ok, [i.line() for i in preview.all_issues()]
    assert preview.header_row == 3 and [r.row for r in preview.rows] == [4, 5, 7]
    assert [i.line() for i in preview.warnings] == [
        "Cột H (Ghi chú thêm): cột “Ghi chú thêm” không có trong mẫu; được bỏ qua."]
    stored = commit_import(target, preview)
    assert [(r["date"], r["kind"], r["documents"], r["members_expected"], r["members_present"]) for r in stored] == [
        ("2025-03-05", "study_resolution", ["25-NQ/TW", "16/CT-TTg"], 1538, 1500),
        ("2025-03-05", "regular_cell", [], 30, 29),
        ("2025-04-07", "thematic", [], None, None),  # not counted: left empty, not 0
    ]


def test_issues_lines_and_a_citizen_id_excel_made_a_number(target, tmp_path):
    dialogue = _sheet(tmp_path / "dt.xlsx", [
        ["Ngày", "Người chủ trì", "Chủ đề", "Vấn đề được nêu"],
        ["12/05/2026", "Chủ tịch UBND xã", "Đất đai",
         "- Tiến độ chi trả (đã giải quyết)\n- Cấp giấy (Chuyen co quan co tham quyen)\nĐường sá"],
    ])
    stored = commit_import(target, preview_import("dialogue", dialogue))
    assert stored[0]["issues"] == [{"summary": "Tiến độ chi trả", "status": "resolved"},
                                   {"summary": "Cấp giấy", "status": "referred"},
                                   {"summary": "Đường sá", "status": "in_progress"}]
    reception = _sheet(tmp_path / "tcd.xlsx", [
        ["Ngày tiếp, ngày nhận đơn", "Nội dung vụ việc", "Số CCCD/định danh"],
        [dt.date(2026, 4, 1), "Kiến nghị đường", 40123456789],
    ])
    preview = preview_import("reception", reception)
    assert preview.ok and "đã thêm lại thành 040123456789" in preview.warnings[0].message
    assert commit_import(target, preview)[0]["citizen_id"] == "040123456789"


def test_every_bad_row_is_named_by_row_and_column_and_nothing_is_saved(target, tmp_path):
    path = _sheet(tmp_path / "loi.xlsx", [
        ["Ngày", "Hình thức", "Tên hội nghị, nội dung", "Số đảng viên được triệu tập", "Số đảng viên dự"],
        ["31/02/2026", "Học tập, quán triệt nghị quyết", "A", 10, 9],
        ["01/03/2026", "họp", None, 10, 9],
        ["02/03/2026", "Sinh hoạt chi bộ định kỳ", "C", 10, 12],
        ["03/03/2026", "Sinh hoạt chi bộ định kỳ", None, "mười", 1],
        ["04/03/26", "Sinh hoạt chi bộ định kỳ", "E", 10, 9],
        ["05/03/2026", "Sinh hoạt chi bộ định kỳ", "Đúng", 10, 9],
    ])
    before = snapshot(Path(target.path))
    preview = preview_import("meeting", path)
    assert not preview.ok
    lines = [i.line() for i in preview.errors]
    assert lines == [
        "Dòng 2, cột A: Ngày: “31/02/2026” không phải ngày hợp lệ (dd/mm/yyyy).",
        "Dòng 3, cột B (Hình thức): “họp” không có trong danh sách; chọn một trong: Học tập, quán triệt nghị "
        "quyết; Sinh hoạt chi bộ định kỳ; Sinh hoạt chuyên đề; Hội nghị cán bộ, công chức, người lao động; "
        "Tiếp xúc cử tri; Hội nghị khác.",
        "Dòng 3, cột C: Tên hội nghị, nội dung: chưa nhập (bắt buộc).",  # all of a row's problems at once
        "Dòng 4, cột E: Số đảng viên dự: 12 người nhiều hơn số đảng viên được triệu tập (10).",
        "Dòng 5, cột C: Tên hội nghị, nội dung: chưa nhập (bắt buộc).",
        "Dòng 5, cột D: Số đảng viên được triệu tập: “mười” không phải số nguyên.",
        "Dòng 6, cột A (Ngày): “04/03/26”: hãy ghi năm đủ bốn chữ số (dd/mm/yyyy).",
    ]
    assert [r.ok for r in preview.rows] == [False] * 5 + [True]
    with pytest.raises(ImportRefused, match="có 7 lỗi ở 5 dòng"):
        commit_import(target, preview)
    assert snapshot(Path(target.path)) == before


# ------------------------------------------------------------------ refused files
BAD_FILES = {
    "missing-column": ("Thiếu cột bắt buộc “Tên hội nghị, nội dung”."),
    "merged": ("các ô B2:B3 được gộp (Merge)"),
    "formula": ("ô có công thức (=D2+1)"),
    "empty": ("trống: không có dòng tiêu đề"),
    "no-rows": ("Không có dòng dữ liệu nào dưới dòng tiêu đề (dòng 1)."),
    "old-xls": ("dạng Excel cũ (.xls)"),
    "renamed": ("không phải bảng tính Excel (.xlsx) đọc được"),
    "password": ("được đặt mật khẩu"),
    "legacy-csv": ("không ở dạng Unicode"),
    "ods": ("không phải dạng Excel"),
    "missing": ("Không có tệp"),
}
HEADER = ["Ngày", "Hình thức", "Tên hội nghị, nội dung", "Số đảng viên được triệu tập"]


def _bad(name: str, folder: Path) -> Path:
    if name == "missing-column":
        return _sheet(folder / "a.xlsx", [["Ngày", "Hình thức"], ["01/03/2026", "Hội nghị khác"]])
    if name == "merged":
        return _sheet(folder / "b.xlsx", [HEADER, ["01/03/2026", "Hội nghị khác", "A", 3],
                                         ["02/03/2026", None, "B", 4]], merge="B2:B3")
    if name == "formula":
        return _sheet(folder / "c.xlsx", [HEADER, ["01/03/2026", "Hội nghị khác", "A", "=D2+1"]])
    if name == "empty":
        return _sheet(folder / "d.xlsx", [])
    if name == "no-rows":
        return _sheet(folder / "e.xlsx", [HEADER])
    if name == "old-xls":
        path = folder / "f.xls"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
        return path
    if name == "renamed":
        path = folder / "g.xlsx"
        path.write_text("Ngày,Hình thức\n", encoding="utf-8")
        return path
    if name == "password":
        path = folder / "h.xlsx"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
        return path
    if name == "legacy-csv":
        path = folder / "i.csv"
        path.write_bytes("Ngày,Tên\n01/03/2026,Học tập\n".encode("cp1258", errors="replace"))
        return path
    if name == "ods":
        path = folder / "j.ods"
        path.write_bytes(b"PK\x03\x04")
        return path
    return folder / "khong-co.xlsx"


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_file_that_cannot_be_read_as_records_is_refused_with_its_reason(name, target, tmp_path, capsys):
    path = _bad(name, tmp_path)
    before = snapshot(Path(target.path))
    preview = preview_import("meeting", path)
    assert not preview.ok and preview.errors
    assert BAD_FILES[name] in " ".join(i.line() for i in preview.errors)
    target.close()
    code = main(["import", "meeting", "--db", str(target.path), "--xlsx", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and BAD_FILES[name] in err and "Không nhập bản ghi nào" in err
    assert snapshot(Path(target.path)) == before


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "utf-16"])
def test_a_csv_in_unicode_is_accepted(encoding, target, tmp_path):
    delimiter = "\t" if encoding == "utf-16" else ";"  # Excel's "Unicode Text"; a Vietnamese list separator
    text = "\n".join(delimiter.join(row) for row in [
        ["Ngày", "Hình thức", "Tên hội nghị, nội dung", "Số đảng viên được triệu tập", "Số đảng viên dự"],
        ["05/03/2026", "Sinh hoạt chi bộ định kỳ", "Sinh hoạt tháng 3", "1.210", "1.205"],
    ]) + "\n"
    path = tmp_path / "hoi-nghi.csv"
    path.write_bytes(text.encode(encoding))
    stored = commit_import(target, preview_import("meeting", path))
    assert [(r["date"], r["title"], r["members_present"]) for r in stored] == [("2026-03-05", "Sinh hoạt tháng 3", 1205)]


def test_choices_match_labels_however_they_are_typed():
    assert choice_key("dialogue.counterpart", "nhân dân") == "citizens"
    assert choice_key("dialogue.counterpart", "NHAN DAN") == "citizens"
    assert choice_key("model.field", "Văn hoá - xã hội") == "culture_society"  # old tone placement
    assert choice_key("reception.attempt", 2) == "2"
    assert choice_key("reception.attempt", "lần hai") == "2"
    assert choice_key("meeting.kind", "họp") is None
    # No two headers of a kind, nor two labels of a choice, read the same once folded.
    for kind in KINDS:
        keys = [header_key(c.header) for c in record_columns(kind)]
        assert len(keys) == len(set(keys)), kind


# ------------------------------------------------------------------------ commands
def test_template_import_and_xlsx_commands(source, tmp_path, capsys):
    db = str(source.path)
    source.close()
    assert main(["template", "award", "--out", str(tmp_path)]) == 0
    template = Path(capsys.readouterr().out.strip())
    assert template == tmp_path / "mau-nhap-khen-thuong.xlsx"
    workbook = openpyxl.load_workbook(template)
    workbook.active.append(["01/06/2026", "Cá nhân", "Lê Văn Mới", "Giấy khen", "Đảng ủy xã", None, "Tiêu biểu"])
    workbook.save(template)
    before = snapshot(Path(db))
    assert main(["import", "award", "--db", db, "--xlsx", str(template), "--dry-run"]) == 0
    assert "1 bản ghi nhập được (chưa lưu" in capsys.readouterr().out
    assert snapshot(Path(db)) == before
    assert main(["import", "award", "--db", db, "--xlsx", str(template)]) == 0
    assert "Đã nhập 1 bản ghi (Khen thưởng)" in capsys.readouterr().out
    assert main(["xlsx", "award", "--db", db, "--period", "2026", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "khen-thuong-2026.xlsx" in out
    sheet = openpyxl.load_workbook(tmp_path / "khen-thuong-2026.xlsx").active
    assert "Lê Văn Mới" in [c.value for c in sheet["C"]]
    led = Ledger.open(Path(db))
    try:
        assert any(r["recipient"] == "Lê Văn Mới" and r["level"] == "commendation" for r in led.list("award"))
    finally:
        led.close()


def test_write_records_needs_no_ledger(tmp_path):
    path = write_records("rating", [{**FULL["rating"], "uid": "a" * 32}], path=tmp_path / "x.xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[2]] == [2026, "Chi bộ thôn Tân Lộc", "Hoàn thành xuất sắc nhiệm vụ", 96, "ổn",
                                           "a" * 32]
    assert sheet["A2"].number_format == "0"
