"""The defects found by trying the window as a new user, each driven as the user met it.

Defects 14 (the guide's pictures) and 15 (chart ticks) are in test_gui_journeys.py
(test_f1_shows_the_guide_with_its_pictures) and test_reports_charts.py.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_gui_journeys import CTRL, SHIFT, _key, choose, meeting, new_form, save_form
from test_gui_support import (  # noqa: F401
    OFFSCREEN_NOTICE,
    REAL_ASK_UNSAVED,
    TODAY,
    FileDialogs,
    activate,
    answer_boxes,
    click,
    focused_name,
    gui_ledger,
    press,
    tab_to,
    table_texts,
    window,
    write,
)

from dvdesktop import operations as ops
from tests.conftest import plain_file

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE]

GUI = Path(__file__).resolve().parents[1] / "dvdesktop" / "gui"


# 1 ---------------------------------------------------------------------------------------
def test_1_the_pdf_button_proposes_a_pdf(window: Any, gui_ledger: Any, qtbot: Any,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+9"))
    page = window.pages["reports"]
    dialogs = FileDialogs(monkeypatch, "", "", "")
    for button, suffix in ((page.pdf_button, "pdf"), (page.docx_button, "docx"), (page.register_button, "pdf")):
        click(qtbot, button)
        call = dialogs.calls[-1]
        assert call["name"].endswith(f"-2026-H2.{suffix}"), call
        assert f"(*.{suffix})" in call["filter"], call


def test_1_no_button_hands_its_checked_flag_to_a_method_with_parameters() -> None:
    """clicked(bool), triggered(bool) and toggled(bool) pass a bool: connected straight to a
    method with an optional parameter, that parameter gets False (the PDF button's bug)."""
    defaults: dict[str, list[str]] = {}
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in GUI.glob("*.py")}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                args = node.args.args[1:] if node.args.args and node.args.args[0].arg == "self" else node.args.args
                if args and node.args.defaults:
                    defaults.setdefault(node.name, []).append(node.name)
    bad = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "connect"):
                continue
            signal = node.func.value
            if not (isinstance(signal, ast.Attribute) and signal.attr in ("clicked", "triggered", "toggled")):
                continue
            target = node.args[0] if node.args else None
            if isinstance(target, ast.Attribute) and target.attr in defaults:
                bad.append(f"{path.name}:{node.lineno} {signal.attr} -> {target.attr}")
    assert bad == []


# 2 ---------------------------------------------------------------------------------------
def test_2_the_overview_shows_a_record_added_on_another_page(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    overview = window.pages["overview"]
    assert ops.wait_for_ops()
    assert "chưa có cuộc đối thoại nào với nhân dân" in overview.dialogue_label.text()
    before = overview.figures.item(0, 1).text()
    new_form(qtbot, window, "dialogue")  # dated today, with nhân dân (the defaults)
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Chủ tịch UBND xã")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Đường liên thôn")
    save_form(qtbot)
    new_form(qtbot, window, "meeting")
    tab_to(qtbot, window.pages["meeting"].dialog.binder.widgets["title"])
    write(qtbot, "Sinh hoạt chi bộ")
    save_form(qtbot)
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+1"))
    assert ops.wait_for_ops()
    assert overview.dialogue_label.text().startswith("✔ Năm 2026 đã tổ chức 1 cuộc đối thoại với nhân dân")
    assert overview.figures.item(0, 1).text() == str(int(before) + 1)


# 3 ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_3_years_are_written_without_a_thousands_mark(window: Any, gui_ledger: Any, qtbot: Any, lang: str) -> None:
    from dvdesktop.gui import i18n

    gui_ledger.add("rating", {"year": 2025, "unit_name": "Chi bộ thôn Tây", "grade": "HTTNV"})
    i18n.install(lang)
    try:
        page = window.go("rating")
        page.apply_filter()
        year = table_texts(page)[0].split(" | ")[0]
        assert year == "2025"
    finally:
        i18n.install("vi")


# 4 ---------------------------------------------------------------------------------------
def test_4_an_issue_still_being_typed_is_saved_with_ctrl_enter(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    dlg = new_form(qtbot, window, "dialogue")
    tab_to(qtbot, dlg.binder.widgets["host"])
    write(qtbot, "Bí thư Đảng ủy")
    tab_to(qtbot, dlg.binder.widgets["topic"])
    write(qtbot, "Xây dựng nông thôn mới")
    click(qtbot, dlg.binder.widgets["issues"].add_button)  # the cell opens for typing
    write(qtbot, "Đường giao thông nội đồng")
    save_form(qtbot)
    assert gui_ledger.count("dialogue") == 1, dlg.binder.shown_errors()
    assert gui_ledger.list("dialogue")[0]["issues"][0]["summary"] == "Đường giao thông nội đồng"


# 5 ---------------------------------------------------------------------------------------
def test_5_a_denouncers_identity_is_hidden_in_the_form_too(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    rec = gui_ledger.add("reception", {"date": "2026-07-01", "category": "denunciation", "content": "Tố cáo",
                                       "citizen_name": "Nguyễn Văn Tố", "citizen_address": "Xóm 6",
                                       "citizen_id": "040079263880"})
    page = window.go("reception")
    page.apply_filter()
    activate(qtbot, window)
    page.view.setFocus()
    page.view.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)
    dlg = page.dialog
    texts = [dlg.binder.widgets[n].text() for n in ("citizen_name", "citizen_address", "citizen_id")]
    assert texts == ["", "", ""]
    assert all("được giữ bí mật" in dlg.binder.widgets[n].placeholderText() for n in ("citizen_name", "citizen_id"))
    # Saving an edit elsewhere keeps the identity as it was.
    activate(qtbot, dlg)
    tab_to(qtbot, dlg.binder.widgets["content"])
    write(qtbot, " (đã xác minh)")
    save_form(qtbot)
    saved = gui_ledger.get("reception", rec["id"])
    assert (saved["citizen_name"], saved["citizen_id"]) == ("Nguyễn Văn Tố", "040079263880")


# 6 ---------------------------------------------------------------------------------------
def test_6_a_date_after_today_is_refused_beside_its_field(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    dlg = new_form(qtbot, window, "meeting")
    write(qtbot, "05032027")
    tab_to(qtbot, dlg.binder.widgets["title"])
    write(qtbot, "Sinh hoạt chi bộ")
    save_form(qtbot)
    assert gui_ledger.count("meeting") == 0
    assert dlg.binder.errors["date"].text() == "Ngày: 05/03/2027 là ngày sau hôm nay (15/07/2026); chỉ ghi việc đã diễn ra."
    press(qtbot, Qt.Key.Key_Escape)  # "Bỏ" what was typed
    assert not dlg.isVisible()
    dlg = new_form(qtbot, window, "rating")
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "2030")
    save_form(qtbot)
    assert "năm 2030 chưa đến" in dlg.binder.errors["year"].text()


# 7 ---------------------------------------------------------------------------------------
def test_7_unsaved_settings_are_asked_about_when_leaving_or_quitting(window: Any, gui_ledger: Any, qtbot: Any,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dvdesktop.gui.forms.ask_unsaved", REAL_ASK_UNSAVED)
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+,"))
    page = window.pages["settings"]
    name = page.unit_form.binder.widgets["name"]
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_End)
    write(qtbot, " tỉnh")
    seen = answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
    qtbot.keyClick(window, *_key("Ctrl+1"))  # Hủy: stays, with what was typed
    assert window.stack.currentWidget() is page and name.text().endswith(" tỉnh")
    assert "chưa được lưu" in seen[0]
    qtbot.keyClick(window, *_key("Ctrl+1"))  # Lưu: saved, then the page asked for
    assert ops.wait_for_ops()
    assert gui_ledger.unit()["name"] == "Chi bộ Sở Tư pháp tỉnh"
    assert window.stack.currentWidget() is window.pages["overview"]
    # Quitting with a change: asked too; "Bỏ" drops it and the window closes.
    qtbot.keyClick(window, *_key("Ctrl+,"))
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    write(qtbot, "x")
    answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard)
    window.close()
    assert window.isVisible()
    window.close()
    assert not window.isVisible()
    assert gui_ledger.unit()["name"] == "Chi bộ Sở Tư pháp tỉnh"


# 8 ---------------------------------------------------------------------------------------
def test_8_a_message_goes_as_soon_as_the_value_is_corrected(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    dlg = new_form(qtbot, window, "meeting")
    b = dlg.binder
    tab_to(qtbot, b.widgets["title"])
    write(qtbot, "Sinh hoạt")
    tab_to(qtbot, b.widgets["members_expected"])
    write(qtbot, "20")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "25")
    save_form(qtbot)
    assert b.errors["members_present"].isVisible()
    tab_to(qtbot, b.widgets["members_expected"])  # the other field of the rule
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "30")
    assert not b.errors["members_present"].isVisible()
    assert not b.widgets["members_present"].property("invalid")


# 9 ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("kind", "typed", "field", "expected"), [
    ("meeting", "05032026", "date", "05/03/2026"),
    ("dialogue", "05032026", "date", "05/03/2026"),
    ("reception", "05032026", "date", "05/03/2026"),
    ("award", "05032026", "date", "05/03/2026"),
    ("model", "Dân vận khéo", "name", "Dân vận khéo"),
    ("rating", "2025", "year", "2025"),
])
def test_9_typing_straight_after_ctrl_n_goes_into_the_first_field(window: Any, gui_ledger: Any, qtbot: Any,
                                                                  kind: str, typed: str, field: str,
                                                                  expected: str) -> None:
    dlg = new_form(qtbot, window, kind)
    write(qtbot, typed)
    w = dlg.binder.widgets[field]
    assert (w.text() if hasattr(w, "text") else w.edit.text()) == expected


# 10 --------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["meeting", "dialogue", "reception", "model", "award", "rating"])
def test_10_forms_keep_labels_beside_fields_and_messages_under_them(window: Any, gui_ledger: Any, qtbot: Any,
                                                                    kind: str) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from dvdesktop.gui.widgets import IssuesEditor

    dlg = new_form(qtbot, window, kind)
    b = dlg.binder

    def box(w: Any) -> Any:
        top_left = w.mapTo(dlg, w.rect().topLeft())
        return top_left.x(), top_left.y(), w.width(), w.height()

    rows = []
    for spec in b.fields:
        w = b.widgets[spec.name]
        label = b.root.findChild(type(b.errors[spec.name]), f"label_{spec.name}")
        if label is None:
            continue
        lx, ly, lw, lh = box(label)
        fx, fy, fw, fh = box(w)
        assert 0 <= fx - (lx + lw) <= 16, f"{spec.name}: label {fx - (lx + lw)} px from its field"
        tall = isinstance(w, (QPlainTextEdit, IssuesEditor))
        if not tall:  # a one-line label is level with its field
            assert abs((ly + lh / 2) - (fy + fh / 2)) <= 3, spec.name
        rows.append((spec.name, fy, fy + fh))
    # Rows follow each other without gaps (no spare height shared out between rows).
    for form_rows in _by_column(rows, b):
        for (_a, _top, bottom), (name, top, _bottom) in zip(form_rows, form_rows[1:]):
            assert 0 <= top - bottom <= 14, f"{name}: {top - bottom} px below the row above"
    # A message right under its field; the fields above it do not move.
    save_form(qtbot)
    shown = b.shown_errors()
    assert shown, "an empty form breaks a rule"
    first = next(name for name in (s.name for s in b.fields) if name in shown)
    err = b.errors[first]
    ex, ey, _ew, _eh = box(err)
    fx, fy, _fw, fh = box(b.widgets[first])
    assert 0 <= ey - (fy + fh) <= 8 and abs(ex - fx) <= 2, (first, ey - (fy + fh), ex - fx)
    before = {name: top for name, top, _ in rows}
    for name, top, _ in rows:
        if name == first:
            break
        assert box(b.widgets[name])[1] == before[name], f"{name} moved when a message appeared"


def _by_column(rows: list[tuple[str, int, int]], binder: Any) -> list[list[tuple[str, int, int]]]:
    from PySide6.QtWidgets import QFormLayout

    out = []
    for form in binder.root.findChildren(QFormLayout):
        names = [n for n, *_ in rows if form.indexOf(binder.widgets[n]) >= 0 or any(
            form.indexOf(c) >= 0 for c in [binder.widgets[n]])]
        col = sorted((r for r in rows if r[0] in names), key=lambda r: r[1])
        if col:
            out.append(col)
    return out


# 11 --------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_11_no_column_header_is_cut_at_1366_px(window: Any, gui_ledger: Any, qtbot: Any, lang: str) -> None:
    from PySide6.QtWidgets import QHeaderView

    from dvdesktop.gui import i18n
    from dvdesktop.gui.mainwindow import MainWindow, nav_entries
    from dvdesktop.gui.navigation import is_group

    i18n.install(lang)
    try:
        win = MainWindow(today=TODAY)
        qtbot.addWidget(win)
        win.resize(1366, 740)
        win.show()
        cut = []
        for key, _label in nav_entries():
            if is_group(key):
                continue
            page = win.go(key)  # the pages for units too, though a chi bộ's window does not list them
            assert ops.wait_for_ops()
            for header in page.findChildren(QHeaderView):
                if header.orientation() != Qt.Orientation.Horizontal or not header.isVisible():
                    continue
                fm = header.fontMetrics()
                model = header.model()
                for i in range(header.count()):
                    text = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
                    if text and header.sectionSize(i) < fm.horizontalAdvance(text) + 8:
                        cut.append(f"{key}: {text!r} in {header.sectionSize(i)} px")
        assert cut == []
        win.close()
    finally:
        i18n.install("vi")


def test_11_the_backup_dialog_says_in_full_that_no_stick_is_plugged_in(window: Any, qtbot: Any) -> None:
    from dvdesktop.gui.drives import DestinationPicker
    from dvdesktop.gui.safety_dialogs import BackupDialog

    dlg = BackupDialog(window)
    qtbot.addWidget(dlg)
    picker = dlg.findChild(DestinationPicker)
    picker.drives = lambda: []
    dlg.show()
    click(qtbot, picker.refresh_button)
    hint = picker.none_hint
    assert hint.isVisible() and "Tìm lại ổ USB" in hint.text() and hint.wordWrap()
    combo = picker.combo
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) + 30 <= combo.width()
    dlg.reject()


# 12 --------------------------------------------------------------------------------------
def test_12_the_counter_is_shown_of_every_record(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    for d in ("2025-03-02", "2025-04-02", "2026-03-02"):
        gui_ledger.add("meeting", meeting("Sinh hoạt chi bộ", d))
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+2"))
    page = window.pages["meeting"]
    choose(qtbot, page.period_combo, "2025")
    assert window.total_label.text() == "2 / 3 bản ghi"
    press(qtbot, Qt.Key.Key_F, CTRL)
    write(qtbot, "không có")
    press(qtbot, Qt.Key.Key_Return)
    assert window.total_label.text() == "0 / 3 bản ghi"
    assert page.empty_hint.isVisible()
    assert page.empty_hint.text().startswith("Không tìm thấy bản ghi nào khớp “không có” trong năm 2025.")


# 13 --------------------------------------------------------------------------------------
def test_13_qt_dialogs_the_program_opens_speak_vietnamese(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    from dvdesktop.gui.printing import make_printer, preview_dialog
    from dvdesktop.reports.build import build_report

    pdf = build_report(ops.current_ledger(), period="2026-H1", out=tmp_path / "r.pdf")
    preview = preview_dialog(pdf, window)
    qtbot.addWidget(preview)
    preview.show()
    tips = {a.toolTip() for a in preview.findChildren(QAction) if a.toolTip()}
    assert {"In", "Thiết lập trang", "Trang sau", "Phóng to", "Khổ ngang"} <= tips, tips
    assert not tips & {"Print", "Page setup", "Next page", "Zoom in", "Landscape"}
    preview.close()
    printer = make_printer()  # the dialog does not own it
    dlg = QPrintDialog(printer, window)
    qtbot.addWidget(dlg)
    dlg.show()
    texts = {w.text() for w in dlg.findChildren(QAbstractButton)} | {w.title() for w in dlg.findChildren(
        __import__("PySide6.QtWidgets").QtWidgets.QGroupBox)}
    assert {"Máy in", "&Thuộc tính", "&Tùy chọn >>"} <= texts, texts
    assert not texts & {"Printer", "P&roperties", "&Options >>"}
    dlg.reject()
    fd = QFileDialog(window, "Lưu", str(tmp_path), "Tệp PDF (*.pdf)")
    fd.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(fd)
    fd.show()
    labels = {w.text() for w in fd.findChildren(QLabel)}
    assert {"&Tìm trong:", "&Loại tệp:"} <= labels, labels
    assert not labels & {"&Look in:", "Files of &type:"}
    fd.reject()


def test_13_the_file_dialogs_dates_follow_the_language(tmp_path: Path) -> None:
    """Qt's file dialog writes dates by the system locale read at start: C gives "1 12 2026"."""
    import os
    import subprocess
    import sys

    script = ("import sys; from dvdesktop.gui import app; a = app.make_app('vi');"
              "from PySide6.QtCore import QDateTime, QDate, QTime, QLocale;"
              "print(QLocale.system().toString(QDateTime(QDate(2026, 12, 1), QTime(9, 5)), QLocale.FormatType.ShortFormat))")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")} | {"LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    if not sys.platform.startswith("linux"):
        pytest.skip("the system locale is read from the environment on Linux only")
    assert out.stdout.strip().startswith("1/12/26"), (out.stdout, out.stderr)


# 16 --------------------------------------------------------------------------------------
def test_16_demo_data_says_so_in_the_title_and_the_overview(gui_ledger: Any, qtbot: Any) -> None:
    from dvdesktop.core.demo import fill_demo
    from dvdesktop.core.ledger import Ledger
    from dvdesktop.gui.mainwindow import MainWindow

    demo = Ledger.open(Path(gui_ledger.path).with_name("demo.db"))
    demo.clock = lambda: TODAY
    fill_demo(demo, year=2026, seed=1)
    ops.set_file(plain_file(demo))
    try:
        win = MainWindow(today=TODAY)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: "overview" in win._loaded)
        assert ops.wait_for_ops()
        assert win.windowTitle() == "Đảng ủy xã Quỳnh Lộc — dvdesktop — DỮ LIỆU MẪU"
        assert win.pages["overview"].demo_label.isVisible()
        win.close()
    finally:
        ops.set_file(plain_file(gui_ledger))
        demo.close()
    win = MainWindow(today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "overview" in win._loaded)
    assert ops.wait_for_ops()
    assert "MẪU" not in win.windowTitle() and not win.pages["overview"].demo_label.isVisible()
    win.close()


# 17 --------------------------------------------------------------------------------------
def test_17_tab_leaves_a_list_and_the_menu_shows_its_focus(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    gui_ledger.add("meeting", meeting("Sinh hoạt chi bộ"))
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+2"))
    page = window.pages["meeting"]
    page.apply_filter()
    page.view.setFocus()
    page.view.selectRow(0)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.view  # not to the next cell
    # With the keyboard in the navigation list, it is framed (the selected page alone is
    # drawn the same whether the list has the focus or not).
    page.view.setFocus()
    plain = window.nav.grab().toImage()
    window.nav.setFocus()
    qtbot.waitUntil(lambda: window.nav.hasFocus())
    focused = window.nav.grab().toImage()
    edge = (0, focused.height() // 2)
    assert focused.pixelColor(*edge).name() == "#1565c0"
    assert plain.pixelColor(*edge).name() != "#1565c0"


def test_17_ctrl_shift_n_adds_an_issue_from_any_field(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    dlg = new_form(qtbot, window, "dialogue")
    assert focused_name() == "date"
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    issues = dlg.binder.widgets["issues"]
    assert issues.table.rowCount() == 1 and issues.table.state() == issues.table.State.EditingState


def test_17_every_page_has_a_key_shown_in_the_menu(window: Any) -> None:
    from dvdesktop.gui.mainwindow import UNITS_GROUP, nav_entries
    from dvdesktop.gui.navigation import is_group

    every = window.view_menu.actions()
    actions = [a for a in every if not a.isSeparator()]
    assert [a.text() for a in actions] == [label for k, label in nav_entries() if not is_group(k)]
    # The group of the pages for units is a section of the menu, under its heading.
    assert [a.text() for a in every if a.isSeparator()] == [dict(nav_entries())[UNITS_GROUP]]
    assert all(not a.shortcut().isEmpty() for a in actions)
    assert len({a.shortcut().toString() for a in actions}) == len(actions)
    assert re.fullmatch(r"Tổng quan \(Ctrl\+1\)", window.nav.item(0).toolTip())
