"""Each record form: the core's messages show inline, nothing invalid is saved; the form's
finer points (issue rows removed, an empty issue refused, the list's reveal, the case view,
unsaved edits). Typed by keyboard and clicked, never a slot called.

A typed meeting saved and listed, the model, award and rating forms, and the first-run
set-up are journeys: test_gui_journeys.py (test_meeting_typed_by_keyboard,
test_model_award_and_rating_forms, test_first_start_*).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_gui_journeys import CTRL, SHIFT, _key
from test_gui_journeys import choose as choose_by_keys
from test_gui_support import (  # noqa: F401
    OFFSCREEN_NOTICE,
    activate,
    click,
    gui_ledger,
    open_new,
    press,
    save,
    tab_to,
    table_texts,
    type_into,
    window,
    write,
)

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE]


def choose(qtbot: Any, dlg: Any, field: str, value: str) -> None:
    """Tab to a choice field and pick ``value`` with the arrow keys."""
    combo = dlg.binder.widgets[field]
    tab_to(qtbot, combo)
    choose_by_keys(qtbot, combo, value)


@pytest.mark.parametrize(
    ("fields", "error_field", "expected"),
    [
        ({"title": "Sinh hoạt chi bộ", "members_expected": "20", "members_present": "25"},
         "members_present", "nhiều hơn số đảng viên được triệu tập"),
        ({"title": "Sinh hoạt chi bộ", "documents": "25NQ/TW"}, "documents", "không đúng dạng"),
        ({"members_expected": "20"}, "title", "chưa nhập (bắt buộc)"),
        ({"title": "Sinh hoạt", "date": "31022026"}, "date", "Ngày"),
        ({"title": "Sinh hoạt", "members_present": "mười"}, "members_present", "không phải số nguyên"),
    ],
)
def test_meeting_invalid_input_shows_core_message_inline_and_saves_nothing(
        window: Any, gui_ledger: Any, qtbot: Any, fields: dict[str, str], error_field: str, expected: str) -> None:
    dlg = open_new(window, "meeting", qtbot)
    for name, text in fields.items():
        type_into(qtbot, dlg, name, text)
    save(qtbot, dlg)
    assert gui_ledger.count("meeting") == 0
    assert dlg.isVisible()
    err = dlg.binder.errors[error_field]
    assert err.isVisibleTo(dlg)
    assert expected in err.text()
    assert dlg.binder.widgets[error_field].property("invalid") or \
        dlg.binder.widgets[error_field].edit.property("invalid")


def test_dialogue_issue_rows_added_and_one_removed(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    dlg = open_new(window, "dialogue", qtbot)
    type_into(qtbot, dlg, "host", "Chủ tịch UBND xã")
    type_into(qtbot, dlg, "topic", "Giải phóng mặt bằng đường liên xã")
    issues = dlg.binder.widgets["issues"]
    for text in ("Giá bồi thường đất nông nghiệp", "Thừa, sẽ bỏ", "Đường tạm cho xe chở lúa"):
        press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
        write(qtbot, text)
    row = issues.table.visualItemRect(issues.table.item(1, 0))
    qtbot.mouseClick(issues.table.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    click(qtbot, issues.remove_button)
    save(qtbot, dlg)
    rec = gui_ledger.list("dialogue")[0]
    assert [i["summary"] for i in rec["issues"]] == ["Giá bồi thường đất nông nghiệp", "Đường tạm cho xe chở lúa"]
    assert "Giải phóng mặt bằng" in table_texts(window.page("dialogue"))[0]


def test_dialogue_issue_without_summary_is_refused(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    dlg = open_new(window, "dialogue", qtbot)
    type_into(qtbot, dlg, "host", "Bí thư Đảng ủy")
    type_into(qtbot, dlg, "topic", "Xây dựng nông thôn mới")
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # a row left empty
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    write(qtbot, "Có nội dung")
    save(qtbot, dlg)
    assert gui_ledger.count("dialogue") == 0
    assert "chưa có nội dung" in dlg.binder.errors["issues"].text()


def test_the_list_reveals_a_denouncer_for_the_moment_only(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    gui_ledger.add("reception", {"date": "2026-07-01", "category": "denunciation", "content": "Tố cáo cán bộ",
                                 "citizen_name": "Nguyễn Văn Tố", "citizen_id": "040079263880"})
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+4"))
    page = window.pages["reception"]
    assert "Nguyễn Văn Tố" not in table_texts(page)[0] and "được giữ bí mật" in table_texts(page)[0]
    click(qtbot, page.reveal_box)
    assert "Nguyễn Văn Tố" in table_texts(page)[0]
    qtbot.keyClick(window, *_key("Ctrl+2"))  # leaving the page forgets the reveal
    assert not page.reveal_box.isChecked()
    assert "Nguyễn Văn Tố" not in table_texts(page)[0]


def test_reception_resolved_before_received_is_refused(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    dlg = open_new(window, "reception", qtbot)
    type_into(qtbot, dlg, "date", "10062026")
    type_into(qtbot, dlg, "content", "Kiến nghị sửa đường")
    choose(qtbot, dlg, "status", "resolved")
    type_into(qtbot, dlg, "resolved_date", "01062026")
    save(qtbot, dlg)
    assert gui_ledger.count("reception") == 0
    assert "trước ngày tiếp nhận (10/06/2026)" in dlg.binder.errors["resolved_date"].text()


def test_case_view_lists_every_entry_of_the_matter(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    from dvdesktop.gui.pages.reception import CaseDialog

    first = gui_ledger.add("reception", {"date": "2026-06-01", "category": "complaint",
                                         "content": "Khiếu nại thu hồi đất", "citizen_name": "Lê Văn A"})
    gui_ledger.add("reception", {"date": "2026-06-20", "channel": "letter", "category": "complaint",
                                 "case_code": first["case_code"], "content": "Đơn khiếu nại lần hai"})
    gui_ledger.add("reception", {"date": "2026-06-21", "category": "petition", "content": "Việc khác"})
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+4"))
    page = window.pages["reception"]
    row = page.model.row_of(first["id"])
    rect = page.view.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    press(qtbot, Qt.Key.Key_M, CTRL)
    case = page.findChild(CaseDialog)
    assert case.table.rowCount() == 2
    assert "1 lượt tiếp · 1 đơn" in case.findChild(QLabel, "caseSummary").text()
    case.close()


def test_commitment_and_a_meeting_without_attendance(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    dlg = open_new(window, "commitment", qtbot)
    assert dlg.binder.widgets["content"].text() == "tu dưỡng, rèn luyện, làm theo gương Bác"
    type_into(qtbot, dlg, "year", "2026")
    type_into(qtbot, dlg, "members_total", "42")
    type_into(qtbot, dlg, "members_registered", "43")
    save(qtbot, dlg)  # more registered than members: the core's message under the field
    assert gui_ledger.count("commitment") == 0
    assert "nhiều hơn số đảng viên" in dlg.binder.errors["members_registered"].text()
    type_into(qtbot, dlg, "members_registered", "42")
    save(qtbot, dlg)
    rec = gui_ledger.list("commitment")[0]
    assert (rec["year"], rec["members_registered"], rec["organisations_total"]) == (2026, 42, None)
    assert table_texts(window.page("commitment"))[0].startswith(
        "2026 | tu dưỡng, rèn luyện, làm theo gương Bác |  | 42/42")

    # Attendance left empty is stored as not recorded, and lists as empty, not 0/0.
    dlg = open_new(window, "meeting", qtbot)
    type_into(qtbot, dlg, "title", "Sinh hoạt chi bộ tháng 6")
    save(qtbot, dlg)
    rec = gui_ledger.list("meeting")[0]
    assert (rec["members_expected"], rec["members_present"], rec["others_present"]) == (None, None, None)
    row = table_texts(window.page("meeting"))[0]
    assert "0/0" not in row and "Sinh hoạt chi bộ tháng 6" in row


def test_edit_by_enter_and_unsaved_changes_ask(window: Any, gui_ledger: Any, qtbot: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dvdesktop.gui import forms

    rec = gui_ledger.add("award", {"date": "2026-05-01", "recipient": "Ông Trần Văn B", "issuer": "Đảng ủy xã"})
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+6"))
    page = window.pages["award"]
    press(qtbot, Qt.Key.Key_Down)  # the list has the cursor: to the first row
    press(qtbot, Qt.Key.Key_Return)
    dlg = page.dialog
    activate(qtbot, dlg)
    assert dlg.binder.widgets["recipient"].text() == "Ông Trần Văn B"
    type_into(qtbot, dlg, "recipient", "Bà Trần Thị C")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save])
    monkeypatch.setattr(forms, "ask_unsaved", lambda parent: next(answers))
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.isVisible()  # Hủy: back to the form
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # Lưu
    assert __import__("dvdesktop.operations", fromlist=["x"]).wait_for_ops()
    assert gui_ledger.get("award", rec["id"])["recipient"] == "Bà Trần Thị C"
