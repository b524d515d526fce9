"""Every rule gives a Vietnamese message naming its field, and invalid input is never stored."""

from __future__ import annotations

import pytest

from dvdesktop.core import docrefs
from dvdesktop.base.errors import ValidationError
from dvdesktop.core.validation import clean_record, clean_unit


def errors_of(kind, data):
    with pytest.raises(ValidationError) as exc:
        clean_record(kind, data)
    return exc.value.by_field()


MEETING = {"date": "2026-03-02", "kind": "study_resolution", "title": "Quán triệt Nghị quyết",
           "members_expected": 20, "members_present": 19}


def test_valid_meeting_is_normalised():
    rec = clean_record("meeting", {**MEETING, "documents": [" 25 - nq/tw", "16/ct-ttg", "25-NQ/TW"],
                                   "members_present": "19", "others_present": "1.538"})
    assert rec["documents"] == ["25-NQ/TW", "16/CT-TTg"]
    assert rec["members_present"] == 19 and rec["others_present"] == 1538
    assert rec["sites"] == 1 and rec["note"] == ""


def test_members_present_above_summoned():
    msgs = errors_of("meeting", {**MEETING, "members_present": 25})
    assert msgs["members_present"] == ["Số đảng viên dự: 25 người nhiều hơn số đảng viên được triệu tập (20)."]


def test_malformed_document_reference():
    msgs = errors_of("meeting", {**MEETING, "documents": ["25NQ/TW"]})
    assert "“25NQ/TW” không đúng dạng" in msgs["documents"][0]


def test_negative_count_and_missing_required_field_reported_together():
    msgs = errors_of("meeting", {"date": "2026-03-02", "members_expected": -3})
    assert msgs["members_expected"] == ["Số đảng viên được triệu tập: không được là số âm (-3)."]
    assert msgs["title"] == ["Tên hội nghị, nội dung: chưa nhập (bắt buộc)."]


def test_bad_date_and_unknown_field():
    msgs = errors_of("meeting", {**MEETING, "date": "31/02/2026", "member_present": 3})
    assert msgs["date"] == ["Ngày: “31/02/2026” không phải ngày hợp lệ (dd/mm/yyyy)."]
    assert "member_present" in msgs


RECEPTION = {"date": "2026-04-10", "channel": "visit", "category": "complaint", "content": "Khiếu nại đất",
             "handling": "accept"}


def test_resolved_before_received():
    msgs = errors_of("reception", {**RECEPTION, "status": "resolved", "resolved_date": "2026-04-01"})
    assert msgs["resolved_date"] == [
        "Ngày giải quyết xong: ngày giải quyết xong (01/04/2026) trước ngày tiếp nhận (10/04/2026)."]


def test_resolved_needs_a_date_and_pending_must_not_have_one():
    assert "resolved_date" in errors_of("reception", {**RECEPTION, "status": "resolved"})
    assert "status" in errors_of("reception", {**RECEPTION, "status": "pending", "resolved_date": "2026-05-01"})


def test_citizen_id_and_choice_values():
    msgs = errors_of("reception", {**RECEPTION, "citizen_id": "12345", "channel": "phone"})
    assert "12 chữ số" in msgs["citizen_id"][0]
    assert "“phone” không hợp lệ" in msgs["channel"][0]


def test_choice_accepts_its_vietnamese_label():
    rec = clean_record("reception", {**RECEPTION, "category": "Tố cáo"})
    assert rec["category"] == "denunciation"


def test_dialogue_issue_rows():
    msgs = errors_of("dialogue", {"date": "2026-05-01", "host": "Chủ tịch UBND", "counterpart": "citizens",
                                  "topic": "Đất đai", "issues": [{"summary": "", "status": "done"}]})
    assert any("chưa có nội dung" in m for m in msgs["issues"])
    assert any("“done”" in m for m in msgs["issues"])


def test_unit_code_must_be_file_name_safe():
    with pytest.raises(ValidationError) as exc:
        clean_unit({"code": "CB 01/ĐU", "name": "Chi bộ", "superior": "Đảng ủy"})
    assert "code" in exc.value.by_field()


@pytest.mark.parametrize(("typed", "canonical"), [
    ("25-NQ/TW", "25-NQ/TW"), ("32-ctr/tu", "32-CTr/TU"), ("11-QĐi/TW", "11-QĐi/TW"),
    ("124 - QĐ/TW", "124-QĐ/TW"), ("16/CT - TTg", "16/CT-TTg"), ("04/2015/nđ-cp", "04/2015/NĐ-CP"),
    ("42/KH-LĐLĐ", "42/KH-LĐLĐ"), ("1940/2008/CT-TTg", "1940/2008/CT-TTg"), ("Số 05-CT/TW", "05-CT/TW"),
])
def test_document_references_normalise(typed, canonical):
    assert docrefs.normalize(typed) == canonical


@pytest.mark.parametrize("bad", ["25NQ/TW", "NQ/TW", "25-NQ", "hello", "", "25-NQ/TW/extra/x y"])
def test_malformed_document_references(bad):
    assert docrefs.normalize(bad) is None


def test_translation_covers_the_field_label_inside_a_message():
    english = {("Validation", "{label}: chưa nhập (bắt buộc)."): "{label}: required.",
               ("Fields", "Tên hội nghị, nội dung"): "Title"}

    def tr(context, text):
        return english.get((context, text), text)

    with pytest.raises(ValidationError) as exc:
        clean_record("meeting", {"date": "2026-03-02"})
    assert exc.value.translated(tr) == "Title: required."


def test_dates_after_today_are_refused_with_a_clear_message():
    import datetime as dt

    today = dt.date(2026, 12, 1)
    with pytest.raises(ValidationError) as exc:
        clean_record("meeting", {**MEETING, "date": "05/03/2027"}, today=today)
    assert exc.value.by_field()["date"] == [
        "Ngày: 05/03/2027 là ngày sau hôm nay (01/12/2026); chỉ ghi việc đã diễn ra."]
    assert clean_record("meeting", {**MEETING, "date": "01/12/2026"}, today=today)["date"] == "2026-12-01"
    with pytest.raises(ValidationError) as exc:
        clean_record("rating", {"year": 2030, "unit_name": "Chi bộ A", "grade": "HTTNV"}, today=today)
    assert exc.value.by_field()["year"] == ["Năm: năm 2030 chưa đến (năm nay là 2026)."]
    assert clean_record("rating", {"year": 2026, "unit_name": "Chi bộ A", "grade": "HTTNV"}, today=today)
    reception = {"date": "2026-11-20", "category": "complaint", "content": "Đất", "handling": "accept",
                 "accepted_date": "2026-11-25", "status": "resolved", "resolved_date": "2026-12-20"}
    with pytest.raises(ValidationError) as exc:
        clean_record("reception", reception, today=today)
    assert list(exc.value.by_field()) == ["resolved_date"]


def test_a_dialogue_announced_in_advance_may_be_recorded_before_it_is_held():
    import datetime as dt

    today = dt.date(2026, 12, 1)
    planned = {"date": "2026-12-20", "host": "Chủ tịch UBND xã", "topic": "Đường liên thôn"}
    with pytest.raises(ValidationError) as exc:
        clean_record("dialogue", planned, today=today)
    assert "Cuộc đối thoại sắp tổ chức thì ghi cả ngày thông báo trước" in exc.value.by_field()["date"][0]
    assert clean_record("dialogue", {**planned, "announced_date": "2026-11-28"}, today=today)["date"] == "2026-12-20"
    with pytest.raises(ValidationError) as exc:  # the announcement itself happened, or did not
        clean_record("dialogue", {**planned, "announced_date": "2026-12-05"}, today=today)
    assert list(exc.value.by_field()) == ["announced_date"]


def test_the_ledger_refuses_a_future_date_and_writes_nothing(ledger, db_path):
    import datetime as dt

    from tests.conftest import snapshot

    ledger.clock = lambda: dt.date(2026, 3, 4)
    before = snapshot(db_path)
    with pytest.raises(ValidationError):
        ledger.add("meeting", {**MEETING, "date": "2026-03-05"})
    assert snapshot(db_path) == before
