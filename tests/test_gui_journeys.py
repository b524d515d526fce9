"""One test per journey of the user guide (docs/huong-dan-su-dung.md), driven as a user drives
the window: keys pressed where the cursor is, real buttons clicked, Qt's own file dialogs and
message boxes answered at their static call. No slot is called directly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_gui_support import (  # noqa: F401
    collected,
    OFFSCREEN_NOTICE,
    REAL_ASK_UNSAVED,
    TODAY,
    FileDialogs,
    activate,
    answer_boxes,
    click,
    double_click,
    focused_name,
    gui_ledger,
    press,
    tab_to,
    table_texts,
    when_shown,
    window,
    write,
)

from dvdesktop import operations as ops
from tests.conftest import plain_file

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE, pytest.mark.usefixtures("collected")]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def new_form(qtbot: Any, win: Any, page_key: str) -> Any:
    """The page by its shortcut (Ctrl+digit), then Ctrl+N: the form, cursor in its first field."""
    from dvdesktop.gui.mainwindow import nav_entries
    from dvdesktop.gui.navigation import page_keys

    activate(qtbot, win)
    qtbot.keyClick(win, *_key(page_keys(nav_entries())[page_key]))
    page = win.pages[page_key]
    assert win.stack.currentWidget() is page
    press(qtbot, Qt.Key.Key_N, CTRL)
    dlg = page.dialog
    assert dlg is not None and dlg.isVisible()
    activate(qtbot, dlg)
    return dlg


def _key(seq: str) -> tuple[Any, Any]:
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(seq)[0]
    return combo.key(), combo.keyboardModifiers()


def save_form(qtbot: Any) -> None:
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert ops.wait_for_ops()


def choose(qtbot: Any, combo: Any, data: Any) -> None:
    """Pick an item of a combo box with the arrow keys, as a user does (None: "Tất cả")."""
    from dvdesktop.gui.widgets import NO_CHOICE

    data = NO_CHOICE if data is None else data
    combo.setFocus()
    press(qtbot, Qt.Key.Key_Home, widget=combo)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        press(qtbot, Qt.Key.Key_Down, widget=combo)
    assert combo.currentData() == data, f"{data!r} is not in the list"


def meeting(title: str, date: str = "2026-03-02", **kw: Any) -> dict[str, Any]:
    return {"date": date, "title": title, "members_expected": 10, "members_present": 9, **kw}


# ---------------------------------------------------------------- 1. first start
def test_first_start_asks_for_the_unit_and_makes_its_key(qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    from dvdesktop.core.ledger import Ledger
    from dvdesktop.gui import opening as gui_app
    from dvdesktop.gui.forms import SetupDialog

    fresh = Ledger.open(tmp_path / "new.db")
    ops.set_file(plain_file(fresh))
    seen: dict[str, Any] = {}

    def fill(dlg: SetupDialog) -> None:
        b = dlg.unit_form.binder
        assert focused_name() == "code"  # the cursor waits in Mã đơn vị
        write(qtbot, "CB Sở TP")
        press(qtbot, Qt.Key.Key_Tab)
        write(qtbot, "Chi bộ Sở Tư pháp")
        save_form(qtbot)
        seen["code_error"] = b.errors["code"].text()
        seen["superior_error"] = b.errors["superior"].text()
        qtbot.mouseClick(b.widgets["code"], Qt.MouseButton.LeftButton)
        press(qtbot, Qt.Key.Key_A, CTRL)
        write(qtbot, "CB-STP")  # corrected: its message goes at once
        seen["code_error_after"] = b.errors["code"].isVisible()
        tab_to(qtbot, b.widgets["superior"])
        write(qtbot, "Đảng ủy Khối các cơ quan tỉnh")
        seen["superior_error_after"] = b.errors["superior"].isVisible()
        press(qtbot, Qt.Key.Key_Return, CTRL)

    try:
        shown = when_shown(qtbot, SetupDialog, fill)
        assert gui_app.ensure_unit() is True  # the dialog's exec() returns once saved
        assert shown, "the set-up dialog was shown"
        assert "chỉ dùng chữ không dấu" in seen["code_error"]
        assert "chưa nhập" in seen["superior_error"]
        assert seen["code_error_after"] is False and seen["superior_error_after"] is False
        assert fresh.unit()["code"] == "CB-STP"
        assert fresh.get_setting("signing_fingerprint")  # the unit's key, made at once
    finally:
        ops.wait_for_ops()
        fresh.close()


def test_first_start_encrypts_the_new_file_from_its_first_page(qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    from dvdesktop.gui import opening as gui_app
    from dvdesktop.gui.forms import SetupDialog
    from dvdesktop.gui.safety_dialogs import RecoveryKeyDialog
    from dvdesktop.safety import crypto

    path = tmp_path / "data" / "dvdesktop.db"
    seen: dict[str, Any] = {}

    def fill(dlg: SetupDialog) -> None:
        assert dlg.encrypt_choice.isChecked()  # recommended, chosen unless the user says otherwise
        b = dlg.unit_form.binder
        write(qtbot, "CB-STP")
        press(qtbot, Qt.Key.Key_Tab)
        write(qtbot, "Chi bộ Sở Tư pháp")
        tab_to(qtbot, b.widgets["superior"])
        write(qtbot, "Đảng ủy Khối các cơ quan tỉnh")
        tab_to(qtbot, dlg.passphrase)
        write(qtbot, "ngắn")
        press(qtbot, Qt.Key.Key_Tab)
        write(qtbot, "ngắn")
        press(qtbot, Qt.Key.Key_Return, CTRL)
        assert ops.wait_for_ops()
        seen["short"] = dlg.passphrase_error.text()
        seen["nothing_yet"] = not path.exists() and not path.parent.exists()
        for field in (dlg.passphrase, dlg.passphrase_again):
            qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
            press(qtbot, Qt.Key.Key_A, CTRL)
            write(qtbot, "mật khẩu của chi bộ")
        seen["corrected"] = dlg.passphrase_error.isVisible()
        press(qtbot, Qt.Key.Key_Return, CTRL)

    def copy_the_key(dlg: RecoveryKeyDialog) -> None:
        seen["recovery"] = dlg.key_label.text()
        seen["encrypted_while_shown"] = crypto.is_encrypted(path)
        click(qtbot, dlg.confirm)
        click(qtbot, dlg.close_button)

    when_shown(qtbot, SetupDialog, fill)
    when_shown(qtbot, RecoveryKeyDialog, copy_the_key)
    file = gui_app.first_start(path)
    assert file is not None and ops.current_file() is file and file.encrypted
    led = file.ledger
    try:
        assert ops.current_ledger() is led
        assert "8 ký tự" in seen["short"] and seen["nothing_yet"] and seen["corrected"] is False
        assert seen["encrypted_while_shown"] and len(seen["recovery"].split("-")) == 8
        assert led.unit()["code"] == "CB-STP" and led.get_setting("signing_fingerprint")
        led.add("reception", {"date": "2026-07-01", "category": "denunciation", "content": "Tố cáo",
                              "citizen_name": "Nguyễn Văn Tố"})
    finally:
        led.close()
    # No page of it was ever plain: the file, its key file, nothing readable in the bytes.
    raw = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())
    assert not path.read_bytes().startswith(b"SQLite format 3")
    for plain in ("Chi bộ Sở Tư pháp", "Nguyễn Văn Tố", "CB-STP"):
        assert plain.encode("utf-8") not in raw
    assert (path.parent / "dvdesktop.key").exists()
    crypto.open_data_file(path, seen["recovery"]).close()  # the recovery key opens it


def test_first_start_without_encryption_and_quitting_writes_nothing(qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    from dvdesktop.gui import opening as gui_app
    from dvdesktop.gui.forms import SetupDialog
    from dvdesktop.safety import crypto

    quit_path = tmp_path / "quit.db"
    when_shown(qtbot, SetupDialog, lambda dlg: click(qtbot, next(
        b for b in dlg.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QPushButton) if b.text() == "Thoát")))
    assert gui_app.first_start(quit_path) is None and not quit_path.exists()

    path = tmp_path / "plain.db"

    def fill(dlg: SetupDialog) -> None:
        write(qtbot, "CB-01")
        press(qtbot, Qt.Key.Key_Tab)
        write(qtbot, "Chi bộ thôn Đông")
        tab_to(qtbot, dlg.unit_form.binder.widgets["superior"])
        write(qtbot, "Đảng ủy xã")
        click(qtbot, dlg.plain_choice)
        assert not dlg.passphrase.isEnabled()
        click(qtbot, dlg.ok_button)

    when_shown(qtbot, SetupDialog, fill)
    file = gui_app.first_start(path)
    assert file is not None and not file.encrypted
    try:
        assert file.ledger.unit()["name"] == "Chi bộ thôn Đông"
        assert not crypto.is_encrypted(path)
    finally:
        file.close()


# ---------------------------------------------------------------- 2. the main window
def test_main_window_pages_by_keys_and_a_late_matter_opens_the_register(window: Any, gui_ledger: Any,
                                                                          qtbot: Any) -> None:
    from dvdesktop.gui.mainwindow import UNITS_GROUP, nav_entries, own_nav_entries, units_nav_entries
    from dvdesktop.gui.navigation import page_keys

    gui_ledger.add("reception", {"date": "2026-06-01", "category": "complaint", "content": "Khiếu nại đất",
                                 "accepted_date": "2026-06-05"})
    ops.changes().changed.emit({"reception"})  # written outside the window, as by the command line
    activate(qtbot, window)
    keys = page_keys(nav_entries())
    for i, (key, label) in enumerate(own_nav_entries()):
        qtbot.keyClick(window, *_key(keys[key]))
        assert window.stack.currentWidget() is window.pages[key], label
        assert window.nav.currentRow() == i
    assert set(keys) == {k for k, _ in nav_entries()} - {UNITS_GROUP}  # every page has its key
    # A chi bộ that receives nothing: the pages for units are not shown, their keys do nothing.
    rows = {k: i for i, (k, _) in enumerate(nav_entries())}
    assert all(window.nav.item(rows[k]).isHidden() for k in (UNITS_GROUP, *dict(units_nav_entries())))
    qtbot.keyClick(window, *_key("Alt+1"))
    assert "import" not in window.pages and window.stack.currentWidget() is window.pages["settings"]
    # The Xem menu names each page with its key.
    texts = {a.text(): a.shortcut().toString() for a in window.view_menu.actions() if a.isVisible()}
    assert texts["Tổng quan"] == "Ctrl+1" and texts["Cài đặt"] == "Ctrl+," and "Nhận gói" not in texts
    qtbot.keyClick(window, *_key("Ctrl+1"))
    overview = window.pages["overview"]
    assert ops.wait_for_ops()
    table = overview.matters
    item = table.item(0, 0)
    assert item.text().startswith("VV-2026-") and "quá 10 ngày" in table.item(0, 2).text()
    double_click(qtbot, table.viewport(), table.visualItemRect(item).center())
    page = window.pages["reception"]
    assert window.stack.currentWidget() is page
    assert page.search_edit.text() == item.text() and len(table_texts(page)) == 1


def test_figures_of_an_earlier_period_entered_by_hand(window: Any, gui_ledger: Any, qtbot: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from dvdesktop.gui.baseline import BaselineDialog

    gui_ledger.add("meeting", meeting("Hội nghị quý I", "2026-02-10"))
    gui_ledger.add("reception", {"date": "2025-03-02", "category": "petition", "content": "Kiến nghị sửa đường"})
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+1"))
    overview = window.pages["overview"]
    choose(qtbot, overview.period_combo, "2026-H1")
    assert ops.wait_for_ops()
    assert overview.figures.item(0, 2).text() == "–"  # 2025 was never recorded: nothing to compare
    click(qtbot, overview.baseline_button)
    dlg = overview.baseline_dialog
    assert isinstance(dlg, BaselineDialog) and dlg.isVisible()
    activate(qtbot, dlg)
    assert dlg.period() == "2025-H1"  # the period this one is compared with
    # The reception register already covers 2025: its records are used, and it says so.
    assert dlg.notices["reception.visits"].isVisible() and "dùng bản ghi" in dlg.notices["reception.visits"].text()
    assert not dlg.notices["meetings"].isVisible()
    assert focused_name() == "meetings.count"
    write(qtbot, "12")
    for name, text in (("meetings.members_present", "50"), ("meetings.members_expected", "40"),
                       ("reception.visits.count", "30")):
        qtbot.mouseClick(dlg.edits[name], Qt.MouseButton.LeftButton)
        write(qtbot, text)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert ops.wait_for_ops()
    assert dlg.isVisible() and gui_ledger.baseline("2025-H1") is None  # refused: nothing saved
    error = dlg.errors["meetings.members_present"]
    assert error.isVisible() and "50 nhiều hơn “Lượt đảng viên được triệu tập” (40)" in error.text()
    qtbot.mouseClick(dlg.edits["meetings.members_expected"], Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "60")
    assert not error.isVisible()  # corrected: the message goes at once
    qtbot.mouseClick(dlg.note, Qt.MouseButton.LeftButton)
    write(qtbot, "Báo cáo số 15-BC/CB ngày 10/07/2025")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert ops.wait_for_ops()
    qtbot.waitUntil(lambda: overview.baseline_dialog is None)  # saved: closed
    stored = gui_ledger.baseline("2025-H1")
    assert stored["figures"] == {"meetings.count": 12, "meetings.members_present": 50,
                                 "meetings.members_expected": 60, "reception.visits.count": 30}
    assert stored["note"] == "Báo cáo số 15-BC/CB ngày 10/07/2025"
    assert "Đã lưu số liệu nhập tay của 6 tháng đầu năm 2025" in window.statusBar().currentMessage()
    # The overview marks them as entered by hand, and says which section uses records.
    assert ops.wait_for_ops()
    assert overview.figures.item(0, 2).text() == "12 (nhập tay)" and overview.figures.item(0, 3).text() == "−11"
    note = overview.baseline_note.text()
    assert overview.baseline_note.isVisible() and "Hội nghị, học tập, quán triệt là số liệu nhập tay" in note
    assert "Tiếp công dân: kỳ đó đã có bản ghi nên dùng bản ghi" in note
    # From Báo cáo: opened again, changed and cleared.
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+9"))
    reports = window.pages["reports"]
    choose(qtbot, reports.period_combo, "2026-H1")
    click(qtbot, reports.baseline_button)
    dlg = reports.baseline_dialog
    activate(qtbot, dlg)
    assert dlg.edits["meetings.count"].text() == "12" and dlg.period_combo.currentText().endswith("đã nhập tay")
    seen = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    click(qtbot, dlg.clear_button)
    assert ops.wait_for_ops()
    assert "Xóa toàn bộ số liệu nhập tay của 6 tháng đầu năm 2025" in seen[0]
    assert gui_ledger.baseline("2025-H1") is None and dlg.edits["meetings.count"].text() == ""
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: reports.baseline_dialog is None)


# ---------------------------------------------------------------- 3. entering records by keyboard
def test_meeting_typed_by_keyboard(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    dlg = new_form(qtbot, window, "meeting")
    write(qtbot, "05032026")  # straight after Ctrl+N: the cursor is in Ngày
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name() == "kind"
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Học tập, quán triệt Nghị quyết về công tác dân vận")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "25-nq/tw; 16/ct-ttg")
    docs = dlg.binder.widgets["documents"]
    assert docs.hint.isVisible() and docs.hint.text() == "Sẽ ghi là: 25-NQ/TW; 16/CT-TTg"
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "40")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "38")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "1.200")
    save_form(qtbot)
    assert not dlg.isVisible()
    rec = gui_ledger.list("meeting")[0]
    assert (rec["date"], rec["documents"], rec["members_present"], rec["others_present"]) == (
        "2026-03-05", ["25-NQ/TW", "16/CT-TTg"], 38, 1200)
    row = table_texts(window.pages["meeting"])[0]
    assert "05/03/2026" in row and "38/40" in row and "1.200" in row
    assert "Đã lưu" in window.statusBar().currentMessage()


def test_dialogue_with_issues_typed_in_rows(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    dlg = new_form(qtbot, window, "dialogue")
    write(qtbot, "10042026")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Chủ tịch UBND xã")
    press(qtbot, Qt.Key.Key_Tab)  # Đối thoại với: nhân dân (the default)
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Giải phóng mặt bằng đường liên xã")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Thôn Đông")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "120")
    issues = dlg.binder.widgets["issues"]
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # Thêm vấn đề, from wherever the cursor is
    write(qtbot, "Giá bồi thường đất nông nghiệp")
    press(qtbot, Qt.Key.Key_Tab)  # to the row's status
    status = issues.table.cellWidget(0, 1)
    assert QApplication.focusWidget() is status
    press(qtbot, Qt.Key.Key_Down)  # Đang giải quyết -> Chuyển cơ quan có thẩm quyền
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is issues.add_button  # Tab leaves the table
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    write(qtbot, "Đường tạm cho xe chở lúa")
    save_form(qtbot)  # the cell still being typed is saved too
    assert not dlg.isVisible(), dlg.binder.shown_errors()
    rec = gui_ledger.list("dialogue")[0]
    assert rec["issues"] == [{"summary": "Giá bồi thường đất nông nghiệp", "status": "referred"},
                             {"summary": "Đường tạm cho xe chở lúa", "status": "in_progress"}]
    assert rec["participants"] == 120 and rec["location"] == "Thôn Đông"


def test_reception_case_code_deadline_case_view_and_secret_denouncer(window: Any, gui_ledger: Any,
                                                                     qtbot: Any) -> None:
    from dvdesktop.gui.pages.reception import CaseDialog

    dlg = new_form(qtbot, window, "reception")
    write(qtbot, "01072026")
    tab_to(qtbot, dlg.binder.widgets["category"])
    choose(qtbot, dlg.binder.widgets["category"], "denunciation")
    tab_to(qtbot, dlg.binder.widgets["content"])
    write(qtbot, "Tố cáo cán bộ địa chính nhận tiền")
    tab_to(qtbot, dlg.binder.widgets["citizen_name"])
    write(qtbot, "Nguyễn Văn Tố")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Xóm 6")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "040079263880")
    save_form(qtbot)
    first = gui_ledger.list("reception")[0]
    assert first["case_code"] == "VV-2026-0001"
    page = window.pages["reception"]
    row = table_texts(page)[0]
    assert "Nguyễn Văn Tố" not in row and "được giữ bí mật" in row
    assert "31/07/2026 (còn 16 ngày)" in row  # Luật Tố cáo: 30 days
    # The citizen writes again: the same vụ việc, its code typed.
    dlg = new_form(qtbot, window, "reception")
    write(qtbot, "10072026")
    press(qtbot, Qt.Key.Key_Tab)
    choose(qtbot, dlg.binder.widgets["channel"], "letter")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "VV-2026-0001")
    tab_to(qtbot, dlg.binder.widgets["category"])
    choose(qtbot, dlg.binder.widgets["category"], "denunciation")
    tab_to(qtbot, dlg.binder.widgets["content"])
    write(qtbot, "Đơn tố cáo lần hai")
    save_form(qtbot)
    assert gui_ledger.count("reception") == 2
    # Xem vụ việc (Ctrl+M) on the selected row lists both.
    activate(qtbot, window)
    page.view.setFocus()
    page.view.selectRow(0)
    press(qtbot, Qt.Key.Key_M, CTRL)
    case = page.findChild(CaseDialog)
    assert case is not None and case.table.rowCount() == 2
    case.close()
    # Opened, the form keeps the identity hidden until revealed for the moment.
    activate(qtbot, window)
    page.view.setFocus()
    page.view.selectRow(table_texts(page).index(next(r for r in table_texts(page) if "01/07/2026" in r)))
    press(qtbot, Qt.Key.Key_Return)
    form = page.dialog
    activate(qtbot, form)
    name = form.binder.widgets["citizen_name"]
    assert name.text() == "" and "được giữ bí mật" in name.placeholderText() and name.isReadOnly()
    click(qtbot, form.reveal_box)
    assert name.text() == "Nguyễn Văn Tố" and not name.isReadOnly()
    click(qtbot, form.reveal_box)
    assert name.text() == ""
    assert not form.is_dirty(), (form.binder.values(), form._snapshot)
    press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()  # nothing changed, nothing asked


def test_model_award_and_rating_forms(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    dlg = new_form(qtbot, window, "model")
    write(qtbot, "Dân vận khéo trong xây dựng nông thôn mới")
    save_form(qtbot)  # Lĩnh vực has no default: the core asks for it
    assert gui_ledger.count("model") == 0 and "Lĩnh vực" in dlg.binder.errors["field"].text()
    tab_to(qtbot, dlg.binder.widgets["field"])
    choose(qtbot, dlg.binder.widgets["field"], "economy")
    assert not dlg.binder.errors["field"].isVisible()  # chosen: the message goes
    save_form(qtbot)
    assert gui_ledger.list("model")[0]["field"] == "economy"

    new_form(qtbot, window, "award")
    write(qtbot, "01052026")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Chi bộ thôn Đông")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Ban Thường vụ Đảng ủy")
    save_form(qtbot)
    assert gui_ledger.list("award")[0]["recipient"] == "Chi bộ thôn Đông"

    dlg = new_form(qtbot, window, "rating")
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "2025")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Chi bộ thôn Tây")
    press(qtbot, Qt.Key.Key_Tab)
    choose(qtbot, dlg.binder.widgets["grade"], "HTXSNV")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "95")
    save_form(qtbot)
    rec = gui_ledger.list("rating")[0]
    assert (rec["year"], rec["grade"], rec["score"]) == (2025, "HTXSNV", 95)
    assert table_texts(window.pages["rating"])[0].startswith("2025 | Chi bộ thôn Tây")


# ---------------------------------------------------------------- 4. search and filter
def test_search_period_sort_and_excel(window: Any, gui_ledger: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                      tmp_path: Path) -> None:
    import openpyxl

    gui_ledger.add("meeting", meeting("Quán triệt chuyên đề Dân vận khéo", "2026-02-10"))
    gui_ledger.add("meeting", meeting("Sinh hoạt chi bộ định kỳ", "2026-03-10"))
    gui_ledger.add("meeting", meeting("Dân vận khéo năm trước", "2025-03-10"))
    gui_ledger.add("meeting", meeting("Hội nghị cũ", "2019-05-02"))
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+2"))
    page = window.pages["meeting"]
    assert window.total_label.text() == "4 / 4 bản ghi"
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused_name() == "search"
    write(qtbot, "dan van")
    press(qtbot, Qt.Key.Key_Return)  # at once, and down into the list
    assert len(table_texts(page)) == 2 and focused_name() == "table"
    assert window.total_label.text() == "2 / 4 bản ghi"
    # Every year with data is offered (2019 too), then a range of one's own.
    combo = page.period_combo
    keys = [combo.itemData(i) for i in range(combo.count())]
    assert {"2026", "2025", "2019", "2026-H1", "2019-Q2"} <= set(keys) and keys[-1] == "__custom__"
    choose(qtbot, combo, "2026")
    assert len(table_texts(page)) == 1 and window.total_label.text() == "1 / 4 bản ghi"
    # Excel: the list as shown, under a Vietnamese name.
    dialogs = FileDialogs(monkeypatch, tmp_path / "hoi-nghi.xlsx")
    click(qtbot, page.export_button)
    assert ops.wait_for_ops()
    assert dialogs.calls[0]["name"] == "hoi-nghi-2026.xlsx" and "*.xlsx" in dialogs.calls[0]["filter"]
    sheet = openpyxl.load_workbook(tmp_path / "hoi-nghi.xlsx").active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert any("Quán triệt chuyên đề Dân vận khéo" in c for c in cells)
    assert not any("Dân vận khéo năm trước" in c for c in cells)
    # Clearing the search (Esc) and all periods again; a header click sorts.
    page.search_edit.setFocus()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.search_edit.text() == "")
    choose(qtbot, combo, None)
    qtbot.waitUntil(lambda: len(table_texts(page)) == 4)
    header = page.view.horizontalHeader()
    title_col = next(i for i, c in enumerate(page.model.columns) if c.sort_field == "title")
    x = header.sectionViewportPosition(title_col) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=__import__("PySide6.QtCore").QtCore.QPoint(x, 5))
    titles = [page.model.record(r)["title"] for r in range(page.model.rowCount())]
    assert titles in (sorted(titles), sorted(titles, reverse=True)) and titles != [
        "Sinh hoạt chi bộ định kỳ", "Quán triệt chuyên đề Dân vận khéo", "Dân vận khéo năm trước", "Hội nghị cũ"]


def test_a_custom_date_range_is_typed_in_the_period_list(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    from dvdesktop.gui.widgets import RangeDialog

    gui_ledger.add("meeting", meeting("Trong khoảng", "2026-02-10"))
    gui_ledger.add("meeting", meeting("Ngoài khoảng", "2026-04-10"))
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+2"))
    page = window.pages["meeting"]
    combo = page.period_combo
    combo.setFocus()
    press(qtbot, Qt.Key.Key_End)  # "Khoảng ngày khác…"
    dlg = combo.range_dialog
    assert isinstance(dlg, RangeDialog) and dlg.isVisible()
    activate(qtbot, dlg)
    write(qtbot, "15012026")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "01032026")
    press(qtbot, Qt.Key.Key_Return)
    assert not dlg.isVisible() if combo.range_dialog is not None else True
    assert combo.period() == "2026-01-15..2026-03-01"
    assert combo.currentText() == "từ ngày 15/01/2026 đến ngày 01/03/2026"
    assert [page.model.record(r)["title"] for r in range(page.model.rowCount())] == ["Trong khoảng"]


# ---------------------------------------------------------------- 5. delete, undo, trash
def test_delete_undo_edit_history_and_trash(window: Any, gui_ledger: Any, qtbot: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from dvdesktop.gui.forms import HistoryDialog

    gui_ledger.add("meeting", meeting("Sinh hoạt chi bộ tháng 3"))
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+2"))
    page = window.pages["meeting"]
    page.view.setFocus()
    page.view.selectRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    assert ops.wait_for_ops() and gui_ledger.count("meeting") == 0
    assert "Nhấn Ctrl+N để thêm" in page.empty_hint.text() and page.empty_hint.isVisible()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert ops.wait_for_ops() and gui_ledger.count("meeting") == 1
    # An edit, undone with the same key; its history in the form.
    page.view.setFocus()
    page.view.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)
    dlg = page.dialog
    activate(qtbot, dlg)
    tab_to(qtbot, dlg.binder.widgets["title"])
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "Sinh hoạt chuyên đề")
    save_form(qtbot)
    rec = gui_ledger.list("meeting")[0]
    assert rec["title"] == "Sinh hoạt chuyên đề"
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert ops.wait_for_ops()
    assert gui_ledger.get("meeting", rec["id"])["title"] == "Sinh hoạt chi bộ tháng 3"
    page.view.setFocus()
    page.view.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)
    dlg = page.dialog
    activate(qtbot, dlg)
    click(qtbot, dlg.history_button)
    history = dlg.findChild(HistoryDialog)
    rows = [[history.table.item(r, c).text() for c in range(4)] for r in range(history.table.rowCount())]
    assert [r[2] for r in rows] == ["Sửa", "Sửa", "Khôi phục", "Xóa (vào thùng rác)", "Tạo mới"]
    assert rows[1][3] == "Tên hội nghị, nội dung: Sinh hoạt chi bộ tháng 3 → Sinh hoạt chuyên đề"
    assert rows[0][1] == "tester"
    history.close()
    press(qtbot, Qt.Key.Key_Escape)
    # Thùng rác: restore by button, empty after the question.
    gui_ledger.delete("meeting", rec["id"])
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+Shift+Del"))
    trash = window.pages["trash"]
    assert trash.table.rowCount() == 1
    qtbot.mouseClick(trash.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=trash.table.visualItemRect(trash.table.item(0, 1)).center())
    click(qtbot, trash.restore_button)
    assert ops.wait_for_ops() and gui_ledger.count("meeting") == 1
    gui_ledger.delete("meeting", rec["id"])
    seen = answer_boxes(monkeypatch, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    ops.changes().changed.emit({"trash"})
    click(qtbot, trash.empty_button)
    assert ops.wait_for_ops() and gui_ledger.count("meeting", deleted=True) == 1  # "Không"
    click(qtbot, trash.empty_button)
    assert ops.wait_for_ops() and gui_ledger.count("meeting", deleted=True) == 0
    assert "Xóa hẳn 1 bản ghi" in seen[0]


# ---------------------------------------------------------------- 6. reports and printing
def test_report_with_number_and_date_as_pdf_docx_and_preview(window: Any, gui_ledger: Any, qtbot: Any,
                                                            monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import docx
    import pypdf

    gui_ledger.add("meeting", meeting("Hội nghị quý I", "2026-02-10"))
    opened: list[Any] = []
    monkeypatch.setattr("dvdesktop.gui.pages.reports.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+9"))
    page = window.pages["reports"]
    choose(qtbot, page.period_combo, "2026-H1")
    qtbot.mouseClick(page.limitations, Qt.MouseButton.LeftButton)
    write(qtbot, "Một số chi bộ chưa nắm tâm tư nhân dân.")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Tiếp tục thực hiện Kết luận 43-KL/TW.")
    assert page.number.text() == "01"  # the next number of the term, offered
    qtbot.mouseClick(page.number, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "12")
    assert page.number_hint.text() == "(số tiếp theo: 01)" and not page.number_warning.isVisible()
    qtbot.mouseClick(page.issued.edit, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "05072026")
    dialogs = FileDialogs(monkeypatch, tmp_path / "bao-cao.pdf", tmp_path / "bao-cao.docx")
    click(qtbot, page.pdf_button)
    assert ops.wait_for_ops(60)
    assert dialogs.calls[0]["name"] == "bao-cao-2026-H1.pdf" and "(*.pdf)" in dialogs.calls[0]["filter"]
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(tmp_path / "bao-cao.pdf").pages)
    assert "Số 12-BC/CB" in text and "ngày 05 tháng 7 năm 2026" in text
    assert "Một số chi bộ chưa nắm tâm tư nhân dân." in text and opened
    assert gui_ledger.period_text("2026-H1")["directions"] == "Tiếp tục thực hiện Kết luận 43-KL/TW."
    click(qtbot, page.docx_button)
    assert ops.wait_for_ops(60)
    assert dialogs.calls[1]["name"] == "bao-cao-2026-H1.docx" and "(*.docx)" in dialogs.calls[1]["filter"]
    document = docx.Document(str(tmp_path / "bao-cao.docx"))
    body = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for row in t.rows for c in row.cells])
    assert "Số 12-BC/CB" in body and "ngày 05 tháng 7 năm 2026" in body
    # Another period is offered the next number; 12 again is warned about (not refused).
    choose(qtbot, page.period_combo, "2026-Q2")
    assert page.number.text() == "13" and not page.number_warning.isVisible()
    click(qtbot, page.number)
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "12")
    assert page.number_warning.isVisible()
    assert "Số 12 đã dùng trong nhiệm kỳ này cho báo cáo 6 tháng đầu năm 2026 ngày 05/07/2026" in page.number_warning.text()
    assert "số tiếp theo còn trống là 13" in page.number_warning.text() and page.number_hint.text() == "(số tiếp theo: 13)"
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_Delete)
    choose(qtbot, page.period_combo, "2026-H1")
    assert page.number.text() == "12"  # this report's own number, offered again
    click(qtbot, page.print_button)
    assert ops.wait_for_ops(60)
    preview = page.preview
    assert preview is not None and preview.isVisible()
    tips = {a.toolTip() or a.text() for a in preview.findChildren(__import__("PySide6.QtGui").QtGui.QAction)}
    assert "In" in tips and "Thiết lập trang" in tips and "Print" not in tips
    preview.close()
    activate(qtbot, window)
    # A date that does not exist is said beside the field, and nothing is made.
    qtbot.mouseClick(page.issued.edit, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "31022026")
    click(qtbot, page.pdf_button)
    assert len(dialogs.calls) == 2 and page.date_error.isVisible() and "không tồn tại" in page.date_error.text()


# ---------------------------------------------------------------- 7. sending to the superior
def test_send_a_package_to_a_folder_chosen_by_hand(window: Any, gui_ledger: Any, qtbot: Any,
                                                   monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from dvdesktop.packages import verify_package

    gui_ledger.add("meeting", meeting("Hội nghị quý I", "2026-02-10"))
    usb = tmp_path / "usb"
    usb.mkdir()
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+0"))
    page = window.pages["send"]
    page.destination.drives = lambda: []  # no stick plugged in
    click(qtbot, page.destination.refresh_button)
    assert page.destination.none_hint.isVisible() and not page.export_button.isEnabled()
    choose(qtbot, page.period_combo, "2026-H1")
    dialogs = FileDialogs(monkeypatch, usb)
    click(qtbot, page.destination.other_button)
    assert dialogs.calls[0]["kind"] == "dir"
    click(qtbot, page.export_button)
    assert ops.wait_for_ops(60)
    files = list(usb.glob("*.dvpkg"))
    assert [f.name for f in files] == ["CB-TEST_2026-H1_r1.dvpkg"]
    checked = verify_package(files[0], public_key=gui_ledger.get_setting("signing_public_key"))
    assert checked.trusted and checked.summary["meetings"]["count"] == 1
    assert str(files[0]) in page.result.text()
    assert page.history.item(0, 1).text() == "1"


def test_personal_data_found_before_sending_is_fixed_or_sent_knowingly(window: Any, gui_ledger: Any, qtbot: Any,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    from dvdesktop.gui.findings import FindingsDialog
    from dvdesktop.packages import verify_package

    rec = gui_ledger.add("meeting", meeting("Gặp bà Lan, ĐT 0912 345 678", "2026-02-10"))
    gui_ledger.add("model", {"name": "Dân vận khéo, đường dây nóng 0238 3844 555", "field": "economy",
                             "registered_date": "2026-03-01"})
    usb = tmp_path / "usb"
    usb.mkdir()
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+0"))
    page = window.pages["send"]
    page.destination.drives = lambda: []
    choose(qtbot, page.period_combo, "2026-H1")
    FileDialogs(monkeypatch, usb)
    click(qtbot, page.destination.other_button)
    seen: dict[str, Any] = {}

    def look_then_fix(dlg: FindingsDialog) -> None:
        table = dlg.table
        seen["rows"] = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
        seen["send_enabled"] = dlg.send_button.isEnabled()
        seen["written"] = list(usb.iterdir())
        row = next(r for r in range(table.rowCount()) if "Gặp bà Lan" in table.item(r, 0).text())
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(row, 0)).center())
        click(qtbot, dlg.fix_button)

    when_shown(qtbot, FindingsDialog, look_then_fix)
    click(qtbot, page.export_button)
    assert ops.wait_for_ops(60)
    rows = seen["rows"]
    assert len(rows) == 2 and seen["written"] == [] and not seen["send_enabled"]
    phone = next(r for r in rows if "Gặp bà Lan" in r[0])
    assert phone[1] == "Tên hội nghị, nội dung" and phone[2] == "số điện thoại" and phone[3] == "0912 345 678"
    assert "rồi xuất lại gói" in phone[4]
    assert list(usb.iterdir()) == [] and "Chưa ghi gói: có 2 chỗ" in page.result.text()
    # "Mở bản ghi để sửa": the meeting's form, open on that record.
    form = window.pages["meeting"].dialog
    assert form is not None and form.isVisible() and form.record["id"] == rec["id"]
    activate(qtbot, form)
    tab_to(qtbot, form.binder.widgets["title"])
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "Gặp gỡ hội viên phụ nữ")
    save_form(qtbot)
    assert gui_ledger.get("meeting", rec["id"])["title"] == "Gặp gỡ hội viên phụ nữ"
    # Again: the office's hot line is no one's personal data; sent knowingly.
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+0"))

    def send_anyway(dlg: FindingsDialog) -> None:
        seen["left"] = dlg.table.rowCount()
        click(qtbot, dlg.accept_box)
        click(qtbot, dlg.send_button)

    when_shown(qtbot, FindingsDialog, send_anyway)
    click(qtbot, page.export_button)
    assert ops.wait_for_ops(60)
    assert seen["left"] == 1
    (pkg,) = usb.glob("*.dvpkg")
    assert verify_package(pkg, public_key=gui_ledger.get_setting("signing_public_key")).trusted
    assert str(pkg) in page.result.text()


def test_the_public_key_is_saved_from_settings(window: Any, gui_ledger: Any, qtbot: Any,
                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+,"))
    page = window.pages["settings"]
    assert ops.wait_for_ops()
    dialogs = FileDialogs(monkeypatch, tmp_path / "CB-TEST.pub")
    click(qtbot, page.save_key_button)
    assert ops.wait_for_ops()
    assert dialogs.calls[0]["name"] == "CB-TEST.pub" and "(*.pub)" in dialogs.calls[0]["filter"]
    saved = (tmp_path / "CB-TEST.pub").read_text(encoding="ascii")
    assert saved.startswith("untrusted comment: minisign public key") and page.public_key.toPlainText() in saved


# ---------------------------------------------------------------- 8. backups
def test_backup_to_a_stick_then_restore_it(window: Any, gui_ledger: Any, qtbot: Any,
                                           monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from dvdesktop.gui.safety_dialogs import BackupDialog

    gui_ledger.add("meeting", meeting("Trước khi sao lưu"))
    usb = tmp_path / "usb"
    usb.mkdir()
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+,"))
    page = window.pages["settings"]
    assert ops.wait_for_ops()
    dialogs = FileDialogs(monkeypatch, usb)

    def pick(dlg: BackupDialog) -> None:
        dlg.picker.drives = lambda: []
        click(qtbot, dlg.picker.other_button)
        click(qtbot, dlg.ok)

    when_shown(qtbot, BackupDialog, pick)
    click(qtbot, page.backup_button)
    assert ops.wait_for_ops(60)
    copies = list(usb.glob("*.db"))
    assert len(copies) == 1 and dialogs.calls[0]["kind"] == "dir"
    info = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert info and "Đã sao lưu và kiểm tra bản sao" in info[0].text()
    info[0].close()
    gui_ledger_path = gui_ledger.path
    ops.current_ledger().add("meeting", meeting("Sau khi sao lưu"))
    dialogs.answers.append(copies[0])
    seen = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    click(qtbot, page.restore_button)
    assert ops.wait_for_ops(60)
    assert dialogs.calls[1]["kind"] == "open" and "(*.db)" in dialogs.calls[1]["filter"]
    assert "Thay toàn bộ dữ liệu hiện tại" in seen[0]
    restored = ops.current_ledger()
    assert restored.path == gui_ledger_path
    assert [m["title"] for m in restored.list("meeting")] == ["Trước khi sao lưu"]
    if restored is not gui_ledger:
        restored.close()


# ---------------------------------------------------------------- 9. the receiving office
def test_office_receives_a_stick_confirms_a_key_and_prints(tmp_path: Path, qapp: Any, qtbot: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from test_packages_support import FakeLedger, export_fake

    from dvdesktop.gui import i18n
    from dvdesktop.gui.mainwindow import MainWindow
    from dvdesktop.safety.crypto import open_data_file
    from dvdesktop.office import status as office_status
    from dvdesktop.office import trust
    from dvdesktop.packages import public_key_text

    i18n.install("vi")
    db = open_data_file(tmp_path / "khoi.db").ledger
    ops.set_file(plain_file(db))
    win = MainWindow(today=TODAY, units=True)  # as ``dvdesktop --office`` opens it
    qtbot.addWidget(win)
    win.show()
    monkeypatch.setattr("dvdesktop.gui.office.report_page.QDesktopServices.openUrl", lambda _u: True)
    try:
        known = FakeLedger("CB-01")
        trust(db, unit_code="CB-01", pubkey_text=public_key_text(known))
        usb = tmp_path / "usb"
        export_fake(known, usb)
        stranger = export_fake(FakeLedger("CB-09"), usb)
        activate(qtbot, win)
        qtbot.keyClick(win, *_key("Alt+1"))
        page = win.pages["import"]
        dialogs = FileDialogs(monkeypatch, sorted(usb.glob("*.dvpkg")))
        click(qtbot, page.files_button)
        assert ops.wait_for_ops(60)
        assert dialogs.calls[0]["kind"] == "open_many" and "(*.dvpkg)" in dialogs.calls[0]["filter"]
        outcomes = sorted(page.table.item(r, 4).text() for r in range(page.table.rowCount()))
        assert outcomes == ["Cách ly (chờ xác nhận khóa)", "Đã nhận"]
        activate(qtbot, win)  # the progress dialog has gone
        qtbot.keyClick(win, *_key("Alt+2"))
        quarantine = win.pages["quarantine"]
        assert quarantine.table.item(0, 0).text() == "CB-09"
        seen = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
        click(qtbot, quarantine.confirm_button)
        assert ops.wait_for_ops(60) and quarantine.table.rowCount() == 0
        assert "CB-09" in seen[0] and Path(stranger).exists()
        assert {s.unit_code for s in office_status(db, period="2026-H1") if s.state != "missing"} == {"CB-01", "CB-09"}
        # Thông tin văn phòng typed; leaving unsaved asks, "Lưu" saves then goes.
        qtbot.keyClick(win, *_key("Alt+6"))
        profile = win.pages["profile"]
        qtbot.mouseClick(profile.fields["name"], Qt.MouseButton.LeftButton)
        write(qtbot, "Đảng ủy Khối các Cơ quan tỉnh")
        monkeypatch.setattr("dvdesktop.gui.forms.ask_unsaved", REAL_ASK_UNSAVED)
        asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Save)
        qtbot.keyClick(win, *_key("Alt+5"))
        assert ops.wait_for_ops()
        assert asked and win.stack.currentWidget() is win.pages["report"]
        assert win.windowTitle().startswith("Đảng ủy Khối các Cơ quan tỉnh")
        report = win.pages["report"]
        choose(qtbot, report.period_combo, "2026-H1")
        qtbot.mouseClick(report.number, Qt.MouseButton.LeftButton)
        write(qtbot, "7")
        dialogs.answers.append(tmp_path / "tong-hop.pdf")
        click(qtbot, report.pdf_button)
        assert ops.wait_for_ops(60)
        assert dialogs.calls[1]["name"] == "bao-cao-tong-hop-2026-H1.pdf" and "(*.pdf)" in dialogs.calls[1]["filter"]
        assert (tmp_path / "tong-hop.pdf").stat().st_size > 1000
    finally:
        ops.wait_for_ops()
        win.close()
        db.close()


def test_a_rotated_key_is_taken_on_its_old_keys_word_an_unknown_one_waits_for_the_phone(
        window: Any, gui_ledger: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from test_packages_support import FakeLedger, export_fake

    from dvdesktop.gui.mainwindow import MainWindow
    from dvdesktop.office import trust
    from dvdesktop.safety.crypto import open_data_file
    from dvdesktop.packages import ensure_signing_key, export_package, public_key_text

    ensure_signing_key(gui_ledger)
    old_fp = gui_ledger.get_setting("signing_fingerprint")
    db = open_data_file(tmp_path / "khoi.db").ledger
    trust(db, unit_code="CB-TEST", pubkey_text=public_key_text(gui_ledger), name="Chi bộ Sở Tư pháp")
    registered_b = FakeLedger("CB-09")
    trust(db, unit_code="CB-09", pubkey_text=public_key_text(registered_b), name="Chi bộ Chín")
    # The unit replaces its key in Cài đặt: told first what the office will see.
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+,"))
    settings = window.pages["settings"]
    assert ops.wait_for_ops()
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    click(qtbot, settings.rotate_button)
    assert ops.wait_for_ops() and gui_ledger.get_setting("signing_fingerprint") == old_fp  # "Không"
    click(qtbot, settings.rotate_button)
    assert ops.wait_for_ops()
    new_fp = gui_ledger.get_setting("signing_fingerprint")
    assert new_fp != old_fp and settings.fingerprint.text() == new_fp
    assert old_fp in asked[1] and "tự nhận khóa mới" in asked[1]
    assert settings.rotation_label.isVisible() and old_fp in settings.rotation_label.text()
    gui_ledger.add("meeting", meeting("Hội nghị quý I", "2026-02-10"))
    usb = tmp_path / "usb"
    export_package(gui_ledger, period="2026-H1", out_dir=usb)
    stranger = FakeLedger("CB-09")  # the same code, another key, no announcement
    export_fake(stranger, usb)
    window.hide()
    # The office: the rotated key is taken on its old key's word; the other waits.
    ops.set_file(plain_file(db))
    win = MainWindow(today=TODAY, units=True)  # as ``dvdesktop --office`` opens it
    qtbot.addWidget(win)
    win.show()
    try:
        activate(qtbot, win)
        qtbot.keyClick(win, *_key("Alt+1"))
        page = win.pages["import"]
        FileDialogs(monkeypatch, sorted(usb.glob("*.dvpkg")))
        click(qtbot, page.files_button)
        assert ops.wait_for_ops(60)
        by_unit = {page.table.item(r, 1).text(): page.table.item(r, 4).text() for r in range(page.table.rowCount())}
        assert by_unit == {"CB-TEST": "Đã nhận (đơn vị đã đổi khóa)", "CB-09": "Cách ly (chờ xác nhận khóa)"}
        activate(qtbot, win)
        qtbot.keyClick(win, *_key("Alt+3"))
        units = win.pages["units"]
        row = next(r for r in range(units.table.rowCount()) if units.table.item(r, 0).text() == "CB-TEST")
        assert units.table.item(row, 2).text() == new_fp
        assert units.table.item(row, 4).text() == f"Đơn vị đổi khóa: khóa cũ {old_fp} xác nhận (tự động)"
        qtbot.keyClick(win, *_key("Alt+2"))
        quarantine = win.pages["quarantine"]
        assert quarantine.table.rowCount() == 1
        cells = [quarantine.table.item(0, c).text() for c in range(4)]
        b_old, b_new = registered_b.get_setting("signing_fingerprint"), stranger.get_setting("signing_fingerprint")
        assert cells == ["CB-09", "Khóa mới, khóa cũ không xác nhận", b_old, b_new]
        assert quarantine.registered.text() == b_old and quarantine.fingerprint.text() == b_new
        assert "không kèm thông báo đổi khóa" in quarantine.explain.text() and "Gọi điện" in quarantine.explain.text()
        seen = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
        click(qtbot, quarantine.confirm_button)
        assert ops.wait_for_ops(60)
        assert b_old in seen[0] and b_new in seen[0] and quarantine.table.rowCount() == 0
        activate(qtbot, win)
        qtbot.keyClick(win, *_key("Alt+3"))
        row = next(r for r in range(units.table.rowCount()) if units.table.item(r, 0).text() == "CB-09")
        assert units.table.item(row, 2).text() == b_new
        assert units.table.item(row, 4).text() == "Văn phòng xác nhận (đối chiếu dấu vân tay)"
    finally:
        ops.wait_for_ops()
        win.close()
        ops.set_file(plain_file(gui_ledger))
        db.close()


def test_office_profile_then_a_numbered_dated_report_with_its_own_sections_and_excel(
        tmp_path: Path, qapp: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl
    import pypdf
    from test_packages_support import FakeLedger, export_fake

    from dvdesktop.gui import i18n
    from dvdesktop.gui.mainwindow import MainWindow
    from dvdesktop.office import get_profile, import_paths, trust
    from dvdesktop.safety.crypto import open_data_file
    from dvdesktop.packages import public_key_text

    i18n.install("vi")
    db = open_data_file(tmp_path / "khoi.db").ledger
    for code in ("CB-01", "CB-02"):
        led = FakeLedger(code)
        trust(db, unit_code=code, pubkey_text=public_key_text(led))
        import_paths(db, [export_fake(led, tmp_path / "usb")])
    ops.set_file(plain_file(db))
    win = MainWindow(today=TODAY, units=True)  # as ``dvdesktop --office`` opens it
    qtbot.addWidget(win)
    win.show()
    monkeypatch.setattr("dvdesktop.gui.office.report_page.QDesktopServices.openUrl", lambda _u: True)
    try:
        # Thông tin văn phòng: the 36-HD header lines, the term, the wording; a bad date said beside it.
        activate(qtbot, win)
        qtbot.keyClick(win, *_key("Alt+6"))
        profile = win.pages["profile"]
        for key, text in (("name", "Đảng ủy Khối các Cơ quan tỉnh"), ("superior_header", "ĐẢNG BỘ TỈNH NGHỆ AN"),
                          ("issuer_header", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN | TỈNH NGHỆ AN"), ("short_name", "ĐUK"),
                          ("place", "Vinh")):
            qtbot.mouseClick(profile.fields[key], Qt.MouseButton.LeftButton)
            write(qtbot, text)
        qtbot.mouseClick(profile.fields["term_start"].edit, Qt.MouseButton.LeftButton)
        press(qtbot, Qt.Key.Key_Home)
        write(qtbot, "31022026")
        choose(qtbot, profile.fields["political_label"], "party_building")
        click(qtbot, profile.fields["pad_counts"])
        click(qtbot, profile.save_button)
        assert ops.wait_for_ops()
        assert get_profile(db)["name"] == ""  # refused: nothing saved
        error = profile.errors["term_start"]
        assert error.isVisible() and "31/02/2026" in error.text() and "không phải ngày hợp lệ" in error.text()
        qtbot.mouseClick(profile.fields["term_start"].edit, Qt.MouseButton.LeftButton)
        press(qtbot, Qt.Key.Key_A, CTRL)
        write(qtbot, "01012026")
        assert not error.isVisible()
        click(qtbot, profile.save_button)
        assert ops.wait_for_ops()
        saved = get_profile(db)
        assert (saved["superior_header"], saved["term_start"], saved["political_label"], saved["pad_counts"]) == (
            "ĐẢNG BỘ TỈNH NGHỆ AN", "2026-01-01", "party_building", "1")
        # Báo cáo tổng hợp: the next number offered, a date, sections II and III typed.
        qtbot.keyClick(win, *_key("Alt+5"))
        report = win.pages["report"]
        choose(qtbot, report.period_combo, "2026-H1")
        assert report.number.text() == "01"
        qtbot.mouseClick(report.issued.edit, Qt.MouseButton.LeftButton)
        press(qtbot, Qt.Key.Key_A, CTRL)
        write(qtbot, "10072026")
        qtbot.mouseClick(report.limitations, Qt.MouseButton.LeftButton)
        write(qtbot, "Một số đơn vị gửi báo cáo chậm.")
        press(qtbot, Qt.Key.Key_Tab)
        write(qtbot, "Đôn đốc các đơn vị gửi đúng hạn.")
        # Leaving with them unsaved asks; "Lưu" keeps them.
        monkeypatch.setattr("dvdesktop.gui.forms.ask_unsaved", REAL_ASK_UNSAVED)
        asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Save)
        activate(qtbot, win)
        qtbot.keyClick(win, *_key("Alt+4"))
        assert ops.wait_for_ops() and asked
        assert db.period_text("2026-H1") == {"limitations": "Một số đơn vị gửi báo cáo chậm.",
                                                  "directions": "Đôn đốc các đơn vị gửi đúng hạn."}
        qtbot.keyClick(win, *_key("Alt+5"))
        dialogs = FileDialogs(monkeypatch, tmp_path / "tong-hop.pdf", tmp_path / "tong-hop.xlsx")
        click(qtbot, report.pdf_button)
        assert ops.wait_for_ops(60)
        text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(tmp_path / "tong-hop.pdf").pages)
        assert "Số 01-BC/ĐUK" in text and "Vinh, ngày 10 tháng 7 năm 2026" in text
        assert "Một số đơn vị gửi báo cáo chậm." in text and "Đôn đốc các đơn vị gửi đúng hạn." in text
        # The number is taken: another period is offered 02, and 01 typed there is warned about.
        choose(qtbot, report.period_combo, "2026-Q2")
        assert report.number.text() == "02"
        qtbot.mouseClick(report.number, Qt.MouseButton.LeftButton)
        press(qtbot, Qt.Key.Key_A, CTRL)
        write(qtbot, "1")
        assert report.number_warning.isVisible() and "Số 01 đã dùng" in report.number_warning.text()
        choose(qtbot, report.period_combo, "2026-H1")
        # Excel: the table by unit.
        click(qtbot, report.xlsx_button)
        assert ops.wait_for_ops(60)
        assert dialogs.calls[1]["name"] == "tong-hop-2026-h1.xlsx" and "(*.xlsx)" in dialogs.calls[1]["filter"]
        book = openpyxl.load_workbook(tmp_path / "tong-hop.xlsx")
        codes = [row[1] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
        assert {"CB-01", "CB-02"} <= set(codes)
    finally:
        ops.wait_for_ops()
        win.close()
        db.close()


# ---------------------------------------------------------------- 10. language
def test_language_is_chosen_in_settings_and_applies_at_the_next_start(window: Any, gui_ledger: Any,
                                                                      qtbot: Any) -> None:
    from dvdesktop.gui import i18n
    from dvdesktop.gui.mainwindow import MainWindow

    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+,"))
    page = window.pages["settings"]
    try:
        choose(qtbot, page.language, "en")
        assert i18n.saved_language() == "en"
        assert "mở lại chương trình" in window.statusBar().currentMessage()
        i18n.install(i18n.saved_language())  # what the next start does
        again = MainWindow(today=TODAY)
        qtbot.addWidget(again)
        assert [again.nav.item(i).text() for i in range(3)] == ["Overview", "Meetings", "Dialogues"]
        again.close()
    finally:
        i18n.save_language("vi")
        i18n.install("vi")


def test_f1_shows_the_guide_with_its_pictures(window: Any, qtbot: Any) -> None:
    from PySide6.QtGui import QImage, QPixmap, QTextDocument
    from PySide6.QtWidgets import QTextBrowser

    from dvdesktop.gui.mainwindow import GUIDE_IMAGE_WIDTH

    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_F1)
    browser = window.guide_dialog.findChild(QTextBrowser, "guide")
    doc = browser.document()
    images = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                images.append(fmt.toImageFormat())
            it += 1
        block = block.next()
    assert len(images) >= 4
    for image in images:
        data = doc.resource(QTextDocument.ResourceType.ImageResource, image.name())
        picture = data.toImage() if isinstance(data, QPixmap) else data if isinstance(data, QImage) else QImage.fromData(data)
        assert not picture.isNull(), image.name()  # found, not a broken picture
        assert 0 < (image.width() or picture.width()) <= GUIDE_IMAGE_WIDTH  # fits the help window
    window.guide_dialog.close()


def test_encrypt_then_change_the_passphrase_with_the_recovery_key(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    from dvdesktop.gui.safety_dialogs import PassphraseDialog, RecoveryKeyDialog
    from dvdesktop.safety import crypto

    path = Path(gui_ledger.path)
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+,"))
    page = window.pages["settings"]
    assert ops.wait_for_ops()

    def twice(dlg: PassphraseDialog) -> None:
        assert focused_name() == "new"
        write(qtbot, "ngắn")
        press(qtbot, Qt.Key.Key_Tab)
        write(qtbot, "ngắn")
        press(qtbot, Qt.Key.Key_Return)
        assert dlg.isVisible() and "8 ký tự" in dlg.error.text()  # refused, the dialog stays
        for field in (dlg.new, dlg.again):
            field.setFocus()
            press(qtbot, Qt.Key.Key_A, CTRL)
            write(qtbot, "mật khẩu dài")
        press(qtbot, Qt.Key.Key_Return)

    when_shown(qtbot, PassphraseDialog, twice)
    click(qtbot, page.encrypt_button)
    assert ops.wait_for_ops(60)
    assert crypto.is_encrypted(path)
    key_dialog = page.recovery_dialog
    assert isinstance(key_dialog, RecoveryKeyDialog) and key_dialog.isVisible()
    activate(qtbot, key_dialog)
    recovery = key_dialog.key_label.text()
    press(qtbot, Qt.Key.Key_Escape)
    assert key_dialog.isVisible() and not key_dialog.close_button.isEnabled()  # not before "copied"
    click(qtbot, key_dialog.confirm)
    click(qtbot, key_dialog.close_button)
    assert not key_dialog.isVisible()
    assert page.passphrase_button.isEnabled() and not page.encrypt_button.isEnabled()

    def change(dlg: PassphraseDialog) -> None:
        assert focused_name() == "old"
        write(qtbot, recovery)  # the passphrase forgotten: the recovery key instead
        press(qtbot, Qt.Key.Key_Tab)
        write(qtbot, "mật khẩu mới hơn")
        press(qtbot, Qt.Key.Key_Tab)
        write(qtbot, "mật khẩu mới hơn")
        press(qtbot, Qt.Key.Key_Return)

    activate(qtbot, window)
    when_shown(qtbot, PassphraseDialog, change)
    click(qtbot, page.passphrase_button)
    assert ops.wait_for_ops(60)
    crypto.open_data_file(path, "mật khẩu mới hơn").ledger.close()
    led = ops.current_ledger()
    assert led is not gui_ledger and led.path == str(path)
    led.close()


def test_the_words_found_are_highlighted(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    from dvdesktop.gui.pages.records import MATCH_BG, match_spans

    gui_ledger.add("meeting", meeting("Quán triệt chuyên đề Dân vận khéo", "2026-02-10"))
    gui_ledger.add("meeting", meeting("Sinh hoạt chi bộ định kỳ", "2026-03-10"))
    assert match_spans("Quán triệt chuyên đề Dân vận khéo", ["dan", "van"]) == [(21, 24), (25, 28)]
    assert match_spans("Đảng ủy", ["dang"]) == [(0, 4)]
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+2"))
    page = window.pages["meeting"]

    def yellow() -> int:
        image = page.view.viewport().grab().toImage()
        return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                   if image.pixelColor(x, y).name() == MATCH_BG.name())

    assert yellow() == 0
    press(qtbot, Qt.Key.Key_F, CTRL)
    write(qtbot, "dan van")
    press(qtbot, Qt.Key.Key_Return)
    assert len(table_texts(page)) == 1
    assert yellow() > 20  # "Dân" and "vận" on yellow, on the selected row too


# ---------------------------------------------------------------- 11. Excel in and out
def _fill_template(path: Path, rows: list[dict[str, Any]]) -> None:
    """Type rows into a template as a secretary would in Excel: under the header, by column name."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = {cell.value: cell.column for cell in sheet[1] if cell.value}
    for r, values in enumerate(rows, start=2):
        for header, value in values.items():
            sheet.cell(row=r, column=headers[header], value=value)
    book.save(path)


def test_excel_template_import_with_a_preview_then_typed_export(window: Any, gui_ledger: Any, qtbot: Any,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    import openpyxl
    from conftest import snapshot

    from dvdesktop.gui.sheet_import import ImportPreviewDialog

    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+2"))
    page = window.pages["meeting"]
    template = tmp_path / "mau.xlsx"
    dialogs = FileDialogs(monkeypatch, template)
    click(qtbot, page.template_button)
    assert ops.wait_for_ops()
    assert dialogs.calls[0]["name"] == "mau-nhap-hoi-nghi.xlsx" and "(*.xlsx)" in dialogs.calls[0]["filter"]
    _fill_template(template, [
        {"Ngày": "05/03/2025", "Tên hội nghị, nội dung": "Quán triệt Nghị quyết 25",
         "Số đảng viên được triệu tập": 40, "Số đảng viên dự": 38},
        {"Ngày": "31/02/2025", "Tên hội nghị, nội dung": "Sinh hoạt chi bộ tháng 2",
         "Số đảng viên được triệu tập": 40, "Số đảng viên dự": 41},
    ])
    before = snapshot(Path(gui_ledger.path))
    dialogs.answers.append(template)
    click(qtbot, page.import_button)
    assert ops.wait_for_ops(60)
    assert dialogs.calls[1]["kind"] == "open" and "(*.xlsx)" in dialogs.calls[1]["filter"]
    dlg = page.import_dialog
    assert isinstance(dlg, ImportPreviewDialog) and dlg.isVisible()
    # Every row shown, every problem by row and column, and nothing to save yet.
    assert dlg.rows.rowCount() == 2 and dlg.rows.item(0, 1).text() == "✔" and "lỗi" in dlg.rows.item(1, 1).text()
    problems = [[dlg.problems.item(r, c).text() for c in range(4)] for r in range(dlg.problems.rowCount())]
    assert ["3", "A (Ngày)", "Lỗi"] == problems[0][:3] and "31/02/2025" in problems[0][3]
    assert any(p[0] == "3" and "nhiều hơn" in p[3] for p in problems), problems
    assert "Có 2 lỗi ở 1 dòng" in dlg.verdict.text()
    assert not dlg.save_button.isEnabled()
    assert snapshot(Path(gui_ledger.path)) == before
    # Fixed in Excel, read again: now it can be saved, all at once.
    _fill_template(template, [{}, {"Ngày": "28/02/2025", "Số đảng viên dự": 39}])
    click(qtbot, dlg.reread_button)
    assert ops.wait_for_ops(60)
    assert dlg.save_button.isEnabled() and dlg.save_button.text() == "Nhập 2 bản ghi"
    click(qtbot, dlg.save_button)
    assert ops.wait_for_ops(60)
    assert not dlg.isVisible() and gui_ledger.count("meeting") == 2
    assert "Đã nhập 2 bản ghi từ mau.xlsx" in window.statusBar().currentMessage()
    assert sorted(r["title"] for r in gui_ledger.list("meeting")) == ["Quán triệt Nghị quyết 25",
                                                                       "Sinh hoạt chi bộ tháng 2"]
    # Xuất Excel: typed cells (dates are dates, counts are numbers), the sheets' file name.
    activate(qtbot, window)
    out = tmp_path / "xuat.xlsx"
    dialogs.answers.append(out)
    click(qtbot, page.export_button)
    assert ops.wait_for_ops(60)
    assert dialogs.calls[2]["name"] == "hoi-nghi.xlsx"
    sheet = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in sheet[1]]
    first = {h: c.value for h, c in zip(header, sheet[2])}
    assert sheet.title == "Hội nghị, sinh hoạt"
    assert isinstance(first["Ngày"], dt.datetime) and sheet.cell(2, header.index("Ngày") + 1).number_format.lower() == "dd/mm/yyyy"
    assert isinstance(first["Số đảng viên dự"], int)
    # The export imported again is refused whole: those records are already there.
    before = snapshot(Path(gui_ledger.path))
    dialogs.answers.append(out)
    click(qtbot, page.import_button)
    assert ops.wait_for_ops(60)
    dlg = page.import_dialog
    assert dlg.save_button.isEnabled()  # the file itself is fine
    click(qtbot, dlg.save_button)
    assert ops.wait_for_ops(60)
    assert dlg.isVisible() and not dlg.save_button.isEnabled()
    texts = [dlg.problems.item(r, 3).text() for r in range(dlg.problems.rowCount())]
    assert len([t for t in texts if "đã có trong dữ liệu" in t]) == 2
    assert snapshot(Path(gui_ledger.path)) == before
    click(qtbot, dlg.cancel_button)
    assert not dlg.isVisible()
