"""The main window: delete and undo, trash, search, sorting, the overview, help (the
windowed list and lazy start-up: test_gui_perf.py)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from test_gui_support import OFFSCREEN_NOTICE, activate, gui_ledger, table_texts, type_text, window  # noqa: F401

from dvdesktop import operations as ops

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE]


def _meeting(title: str, date: str = "2026-03-02") -> dict[str, Any]:
    return {"date": date, "title": title, "members_expected": 10, "members_present": 9}


def test_delete_then_ctrl_z_restores(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    gui_ledger.add("meeting", _meeting("Sinh hoạt chi bộ tháng 3"))
    page = window.go("meeting")
    page.view.selectRow(0)
    page.view.setFocus()
    activate(qtbot, window)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert ops.wait_for_ops()
    assert gui_ledger.count("meeting") == 0 and gui_ledger.count("meeting", deleted=True) == 1
    assert table_texts(page) == []
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ops.wait_for_ops()
    assert gui_ledger.count("meeting") == 1
    assert "Sinh hoạt chi bộ tháng 3" in table_texts(page)[0]


def test_trash_page_restores_and_empties_after_confirmation(window: Any, gui_ledger: Any, qtbot: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from dvdesktop.gui import other_pages

    a = gui_ledger.add("meeting", _meeting("Hội nghị A"))
    b = gui_ledger.add("award", {"date": "2026-05-01", "recipient": "Chi bộ B", "issuer": "Đảng ủy"})
    gui_ledger.delete("meeting", a["id"])
    gui_ledger.delete("award", b["id"])
    trash = window.go("trash")
    assert trash.table.rowCount() == 2
    row = next(i for i, it in enumerate(trash.items) if it["kind"] == "meeting")
    trash.table.selectRow(row)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert ops.wait_for_ops()
    assert gui_ledger.count("meeting") == 1 and trash.table.rowCount() == 1
    answers = iter([False, True])
    monkeypatch.setattr(other_pages, "confirm_empty_trash", lambda parent, n: next(answers))
    qtbot.mouseClick(trash.empty_button, Qt.MouseButton.LeftButton)  # "Không"
    assert ops.wait_for_ops() and gui_ledger.count("award", deleted=True) == 1
    qtbot.mouseClick(trash.empty_button, Qt.MouseButton.LeftButton)  # "Xóa hẳn"
    assert ops.wait_for_ops()
    assert gui_ledger.count("award", deleted=True) == 0 and trash.table.rowCount() == 0


def test_search_ignores_diacritics_with_debounce(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    gui_ledger.add("meeting", _meeting("Quán triệt chuyên đề Dân vận khéo"))
    gui_ledger.add("meeting", _meeting("Sinh hoạt chi bộ định kỳ"))
    page = window.go("meeting")
    assert len(table_texts(page)) == 2
    activate(qtbot, window)
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "dan van")
    assert len(table_texts(page)) == 2  # not yet: 250 ms debounce
    qtbot.waitUntil(lambda: len(table_texts(page)) == 1, timeout=2000)
    assert "Dân vận khéo" in table_texts(page)[0]
    assert window.total_label.text() == "1 / 2 bản ghi"  # shown / every record
    page.search_edit.clear()
    qtbot.waitUntil(lambda: len(table_texts(page)) == 2, timeout=2000)


def test_period_filter_and_header_sort(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    gui_ledger.add("meeting", _meeting("Bình thường", "2025-03-02"))
    gui_ledger.add("meeting", _meeting("An toàn", "2026-03-02"))
    page = window.go("meeting")

    def titles() -> list[str]:
        return [page.model.record(row)["title"] for row in range(page.model.rowCount())]

    page.period_combo.setCurrentIndex(page.period_combo.findData("2026"))
    assert titles() == ["An toàn"]
    page.period_combo.setCurrentIndex(0)  # Tất cả
    title_col = next(i for i, c in enumerate(page.model.columns) if c.sort_field == "title")
    page.view.sortByColumn(title_col, Qt.SortOrder.AscendingOrder)
    assert titles() == ["An toàn", "Bình thường"]
    page.view.sortByColumn(title_col, Qt.SortOrder.DescendingOrder)
    assert titles() == ["Bình thường", "An toàn"]


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
    page = window.go("overview")
    page.period_combo.setCurrentIndex(page.period_combo.findData("2026-H1"))
    assert ops.wait_for_ops()
    row = [page.figures.item(0, c).text() for c in range(4)]
    assert row == ["Hội nghị, sinh hoạt (cuộc)", "1", "2", "−1"]
    # Complaint accepted 05/06: 30 days -> 05/07; on 15/07/2026 it is 10 days late.
    assert page.matters.item(0, 0).text().startswith("VV-2026-")
    assert "quá 10 ngày" in page.matters.item(0, 2).text()
    assert "chưa có cuộc đối thoại" in page.dialogue_label.text()


def test_help_and_about(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QTextBrowser

    window.show_guide()
    browser = window.guide_dialog.findChild(QTextBrowser, "guide")
    assert "Hướng dẫn" in browser.toPlainText()
    window.guide_dialog.close()
    text = window.about_text()
    assert "GPL-3.0-or-later" in text and "unit.db" in text


def test_settings_saves_unit_and_language(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    from dvdesktop.gui import i18n

    page = window.go("settings")
    name = page.unit_form.binder.widgets["name"]
    assert name.text() == "Chi bộ Sở Tư pháp"
    name.selectAll()
    type_text(qtbot, name, "Chi bộ Sở Tư pháp tỉnh")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert ops.wait_for_ops()
    assert gui_ledger.unit()["name"] == "Chi bộ Sở Tư pháp tỉnh"
    assert window.windowTitle().startswith("Chi bộ Sở Tư pháp tỉnh")
    page.language.setCurrentIndex(page.language.findData("en"))
    try:
        assert i18n.saved_language() == "en"
    finally:
        i18n.save_language("vi")
