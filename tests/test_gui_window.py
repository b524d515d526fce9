"""The main window: search as one types, the overview, Giới thiệu, the unit saved from
Cài đặt, and the operations under it (the windowed list and lazy start-up: test_gui_perf.py).

Delete, Ctrl+Z and the trash, the period filter and header sort, F1 and the language are
journeys: test_gui_journeys.py (test_delete_undo_edit_history_and_trash,
test_search_period_sort_and_excel, test_f1_shows_the_guide_with_its_pictures,
test_language_is_chosen_in_settings_and_applies_at_the_next_start).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from test_gui_journeys import CTRL, _key, choose
from test_gui_support import OFFSCREEN_NOTICE, activate, click, gui_ledger, press, table_texts, window, write  # noqa: F401

from dvdesktop import operations as ops

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE]


def _meeting(title: str, date: str = "2026-03-02") -> dict[str, Any]:
    return {"date": date, "title": title, "members_expected": 10, "members_present": 9}


def test_search_ignores_diacritics_with_debounce(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    gui_ledger.add("meeting", _meeting("Quán triệt chuyên đề Dân vận khéo"))
    gui_ledger.add("meeting", _meeting("Sinh hoạt chi bộ định kỳ"))
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+2"))
    page = window.pages["meeting"]
    assert len(table_texts(page)) == 2
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert page.search_edit.hasFocus()
    write(qtbot, "dan van")
    assert len(table_texts(page)) == 2  # not yet: 250 ms debounce
    qtbot.waitUntil(lambda: len(table_texts(page)) == 1, timeout=2000)
    assert "Dân vận khéo" in table_texts(page)[0]
    assert window.total_label.text() == "1 / 2 bản ghi"  # shown / every record
    press(qtbot, Qt.Key.Key_Escape)  # clears the search
    qtbot.waitUntil(lambda: len(table_texts(page)) == 2, timeout=2000)


def test_long_operation_does_not_block_the_ui(gui_ledger: Any, qtbot: Any) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    results: list[str] = []

    def slow(led: Any) -> str:
        time.sleep(0.5)
        return led.unit()["code"]

    ops.run_op(None, slow, success=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=3000)
    timer.stop()
    assert results == ["CB-TEST"]
    assert len(ticks) >= 10  # the event loop kept running while the op slept


def test_errors_reach_the_user_translated_or_with_details(gui_ledger: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from dvdesktop.base.errors import UserError

    def boxes() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

    ops.run_op(None, lambda led: led.get("meeting", 999))
    qtbot.waitUntil(lambda: bool(boxes()))
    box = boxes()[0]
    assert "Không tìm thấy bản ghi số 999" in box.text()
    box.close()

    def bug(led: Any) -> None:
        raise KeyError("oops")

    ops.run_op(None, bug)
    qtbot.waitUntil(lambda: bool(boxes()))
    box = boxes()[0]
    assert box.windowTitle() == "Lỗi không mong đợi"
    assert "KeyError" in box.detailedText()
    box.close()
    handled: list[BaseException] = []
    ops.run_op(None, lambda led: (_ for _ in ()).throw(UserError("Ổ đĩa đầy")), failure=lambda e: handled.append(e) or True)
    qtbot.waitUntil(lambda: bool(handled))
    assert not boxes()


def test_overview_shows_figures_matters_and_dialogue_check(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    gui_ledger.add("meeting", _meeting("Hội nghị quý I", "2026-02-10"))
    gui_ledger.add("meeting", _meeting("Hội nghị năm trước", "2025-02-10"))
    gui_ledger.add("meeting", _meeting("Hội nghị năm trước 2", "2025-03-10"))
    gui_ledger.add("reception", {"date": "2026-06-01", "category": "complaint", "content": "Khiếu nại",
                                 "accepted_date": "2026-06-05"})
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+1"))
    page = window.pages["overview"]
    choose(qtbot, page.period_combo, "2026-H1")
    assert ops.wait_for_ops()
    row = [page.figures.item(0, c).text() for c in range(4)]
    assert row == ["Hội nghị, sinh hoạt (cuộc)", "1", "2", "−1"]
    # Complaint accepted 05/06: 30 days -> 05/07; on 15/07/2026 it is 10 days late.
    assert page.matters.item(0, 0).text().startswith("VV-2026-")
    assert "quá 10 ngày" in page.matters.item(0, 2).text()
    assert "chưa có cuộc đối thoại" in page.dialogue_label.text()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard",
                           "does not support propagateSizeHints")  # a menu, offscreen
def test_about_names_the_licence_and_the_data_file(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Trợ &giúp
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    about = next(a for a in menu.actions() if a.text() == "Giới thiệu")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(about).center())
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "GPL-3.0-or-later" in boxes[0].text() and "unit.db" in boxes[0].text()
    boxes[0].close()


def test_settings_saves_the_unit_and_the_title_follows(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    from dvdesktop.gui import i18n

    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+,"))
    page = window.pages["settings"]
    name = page.unit_form.binder.widgets["name"]
    assert name.text() == "Chi bộ Sở Tư pháp"
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "Chi bộ Sở Tư pháp tỉnh")
    click(qtbot, page.save_button)
    assert ops.wait_for_ops()
    assert gui_ledger.unit()["name"] == "Chi bộ Sở Tư pháp tỉnh"
    assert window.windowTitle().startswith("Chi bộ Sở Tư pháp tỉnh")
    assert not page.unsaved() and i18n.saved_language() == "vi"


def test_settings_shows_every_profile_field_and_saves_the_36_hd_frame(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    from dvdesktop.core.domain import UNIT_FIELDS

    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+,"))
    page = window.pages["settings"]
    b = page.unit_form.binder
    for spec in UNIT_FIELDS:  # every field of the profile, each with its label and its help
        widget = b.widgets[spec.name]
        assert widget.isVisibleTo(page), spec.name
        if spec.help:
            assert widget.toolTip(), spec.name
    for name in ("issuer_header", "superior_header", "short_name", "localities", "locality_noun",
                 "sub_org_noun", "signer_title", "signer_role", "signer_name"):
        assert b.widgets[name].placeholderText(), name  # an example of what to write
    for name, text in (("issuer_header", "CHI BỘ SỞ TƯ PHÁP | TỈNH NGHỆ AN"), ("signer_name", "Trần Thị Hoa"),
                       ("localities", "10"), ("locality_noun", "xã, phường"), ("sub_org_noun", "chi bộ trực thuộc")):
        qtbot.mouseClick(b.widgets[name], Qt.MouseButton.LeftButton)
        press(qtbot, Qt.Key.Key_A, CTRL)
        write(qtbot, text)
    for name, text in (("term_start", "31022026"), ("records_since", "01012026")):
        qtbot.mouseClick(b.widgets[name].edit, Qt.MouseButton.LeftButton)
        press(qtbot, Qt.Key.Key_Home)
        write(qtbot, text)
    choose(qtbot, b.widgets["political_label"], "party_building")
    click(qtbot, b.widgets["pad_counts"])
    click(qtbot, page.save_button)
    assert ops.wait_for_ops()
    assert gui_ledger.unit().get("issuer_header") in (None, "")  # refused whole: nothing saved
    assert "31/02/2026" in b.errors["term_start"].text()
    qtbot.mouseClick(b.widgets["term_start"].edit, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_A, CTRL)
    write(qtbot, "01012026")
    assert not b.errors["term_start"].isVisible()
    click(qtbot, page.save_button)
    assert ops.wait_for_ops()
    unit = gui_ledger.unit()
    assert (unit["issuer_header"], unit["signer_name"], unit["localities"], unit["locality_noun"]) == (
        "CHI BỘ SỞ TƯ PHÁP | TỈNH NGHỆ AN", "Trần Thị Hoa", 10, "xã, phường")
    assert (unit["sub_org_noun"], unit["term_start"], unit["records_since"], unit["political_label"],
            unit["pad_counts"]) == ("chi bộ trực thuộc", "2026-01-01", "2026-01-01", "party_building", True)

