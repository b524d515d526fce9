"""What keeps the window fast on 100,000 records, asserted as behaviour, not times: the
list reads only the pages it shows and holds a bounded number, deadlines are read for
those rows only, the overview builds no vụ việc with its entries, cells are painted by Qt's own
delegate unless words are searched, and pages are built when shown."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_gui_support import OFFSCREEN_NOTICE, TODAY, gui_ledger, table_texts, window  # noqa: F401

from dvdesktop import operations as ops
from tests.conftest import file_at, plain_file

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE]


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """100,000 ratings (the lightest kind), written once for the module."""
    from dvdesktop.core.ledger import Ledger

    path = tmp_path_factory.mktemp("big") / "big.db"
    with Ledger.open(path) as led:
        led.set_unit({"code": "DB-1", "name": "Đảng bộ lớn", "superior": "Tỉnh ủy"})
        led.add_many("rating", ({"year": 2000 + i % 26, "unit_name": f"Chi bộ số {i}", "grade": "HTTNV"}
                                for i in range(100_000)))
    return path


def paint(page: Any) -> None:
    """Paint the table now, as the screen would: the view asks data() for the visible rows.
    (Not left to the event loop: after a test that ran and quit app.exec(), offscreen
    repaints stop being delivered.)"""
    page.view.viewport().grab()


class Spy:
    """A Ledger that notes each call of the methods named in ``watch`` (name, kwargs)."""

    def __init__(self, led: Any, *watch: str) -> None:
        self._led, self._watch, self.calls = led, set(watch), []

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._led, name)
        if name not in self._watch:
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))
            return attr(*args, **kwargs)

        return call


def test_windowed_list_reads_only_the_pages_it_shows(big_db: Path, qtbot: Any, qapp: Any) -> None:
    from dvdesktop.core.ledger import Ledger
    from dvdesktop.gui.pages.records import ListPage

    with Ledger.open(big_db) as led:
        spy = Spy(led, "list", "count")
        ops.set_file(plain_file(spy))
        page = ListPage("rating")
        qtbot.addWidget(page)
        page.resize(1000, 600)
        with qtbot.waitExposed(page):
            page.show()
        page.load()
        model = page.model
        paint(page)
        # Every row counts from the start; only the visible page was read.
        assert model.total == model.rowCount() == 100_000
        assert model.fetches == 1 and model.cached_pages() == [0]
        assert page.total_text() == "100.000 / 100.000 bản ghi"
        lists = [kw for name, _a, kw in spy.calls if name == "list"]
        assert [(kw["offset"], kw["limit"]) for kw in lists] == [(0, model.PAGE)]

        # Jump to the last row: at most two pages read (the viewport may straddle two).
        before = model.fetches
        page.view.scrollToBottom()
        page.view.selectRow(model.rowCount() - 1)
        paint(page)
        assert model.fetches - before <= 2
        last_page = (model.total - 1) // model.PAGE
        assert last_page in model.cached_pages()
        assert model.record(99_999) is not None and page.current_record() == model.record(99_999)

        # Scroll all over: the cache never holds more than MAX_PAGES pages.
        for row in range(0, 100_000, 4_999):
            page.view.scrollTo(model.index(row, 0))
            paint(page)
            assert len(model.cached_pages()) <= model.MAX_PAGES
        assert len(model.cached_pages()) == model.MAX_PAGES

        # Sorting and searching re-query: the cache starts again from what is shown.
        page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        assert model.cached_pages() == []
        assert model.record(0)["unit_name"] == "Chi bộ số 0" and model.rowCount() == 100_000
        page.search_edit.setText("chi bo so 4242")
        page._search_now()
        assert model.total == model.rowCount() == 11  # 4242, 42420..42429
        paint(page)
        assert model.cached_pages() == [0]
        ops.wait_for_ops()
        page.hide()  # no paint may read from the file once it is closed
        page.deleteLater()


def test_small_pages_keep_deadlines_and_selection(window: Any, gui_ledger: Any, qtbot: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """With pages of 5 and a cache of 2: deadlines come per page, by those rows' case codes."""
    from dvdesktop.gui.models import RecordTableModel

    monkeypatch.setattr(RecordTableModel, "PAGE", 5)
    monkeypatch.setattr(RecordTableModel, "MAX_PAGES", 2)
    codes = [gui_ledger.add("reception", {"date": f"2026-06-{d:02d}", "category": "complaint",
                                          "content": f"Khiếu nại số {d}"})["case_code"] for d in range(1, 21)]
    spy = Spy(gui_ledger, "matters")
    ops.set_file(plain_file(spy))
    page = window.go("reception")
    page.apply_filter()
    model = page.model
    assert model.rowCount() == 20
    rows = table_texts(page)  # reads all four pages, one after another
    assert len(rows) == 20 and all("/2026 (" in r for r in rows)  # a deadline in every row
    assert len(model.cached_pages()) == 2
    calls = [kw for name, _a, kw in spy.calls if name == "matters"]
    assert calls and all(set(kw) == {"case_codes"} and 0 < len(kw["case_codes"]) <= 5 for kw in calls)
    assert {c for kw in calls for c in kw["case_codes"]} == set(codes)
    # Selecting a row and asking for its record reads its page again if it was evicted.
    page.view.selectRow(0)
    assert page.current_record()["case_code"] == codes[-1]  # newest first
    page.select_id(gui_ledger.list("reception", order_by="date")[0]["id"])
    assert page.view.currentIndex().row() == 19


def test_cells_painted_by_qt_unless_words_are_searched(window: Any, gui_ledger: Any, qtbot: Any) -> None:
    """A list draws through Qt's own delegate while nothing is searched (a Python delegate
    doubles a cell's paint), through the highlighting one while words are; the empty list's
    hint is made only when a list is first empty."""
    from dvdesktop.gui.pages.records import HighlightDelegate

    gui_ledger.add("meeting", {"date": "2026-02-10", "kind": "regular_cell", "title": "Sinh hoạt chi bộ định kỳ",
                               "members_expected": 10, "members_present": 9})
    page = window.go("meeting")
    assert page.model.rowCount() == 1
    assert not isinstance(page.view.itemDelegate(), HighlightDelegate)
    assert page.empty_hint is None  # a list with rows never needs it
    page.search_edit.setText("chi bo")
    page.apply_filter()
    assert page.view.itemDelegate() is page.highlight and page.highlight.words == ["chi", "bo"]
    page.search_edit.setText("khong co")
    page.apply_filter()
    assert page.model.rowCount() == 0 and page.empty_hint is not None and not page.empty_hint.isHidden()
    page.search_edit.clear()
    page.apply_filter()
    assert not isinstance(page.view.itemDelegate(), HighlightDelegate)
    assert page.model.rowCount() == 1 and page.empty_hint.isHidden()


def test_excel_export_has_every_deadline_not_only_the_cached_ones(window: Any, gui_ledger: Any, qtbot: Any,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    import openpyxl
    from test_gui_support import FileDialogs, activate, click

    from dvdesktop.gui.models import RecordTableModel

    monkeypatch.setattr(RecordTableModel, "PAGE", 2)
    monkeypatch.setattr(RecordTableModel, "MAX_PAGES", 1)
    for d in range(1, 8):
        gui_ledger.add("reception", {"date": f"2026-06-{d:02d}", "category": "complaint", "content": f"Việc {d}"})
    FileDialogs(monkeypatch, tmp_path / "tiep.xlsx")
    page = window.go("reception")
    activate(qtbot, window)
    click(qtbot, page.export_button)
    assert ops.wait_for_ops()
    sheet = openpyxl.load_workbook(tmp_path / "tiep.xlsx").worksheets[0]
    header = [c.value for c in sheet[1]]
    due = header.index("Hạn giải quyết")
    rows = [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] is not None]
    assert len(rows) == 7 and all(row[due] is not None for row in rows)  # a deadline in every row
    assert len(page.model.cached_pages()) <= 1


def test_overview_and_case_view_ask_only_for_the_matters_they_show(window: Any, gui_ledger: Any,
                                                                    qtbot: Any) -> None:
    first = gui_ledger.add("reception", {"date": "2026-06-01", "category": "complaint", "content": "Khiếu nại",
                                         "accepted_date": "2026-06-05"})
    gui_ledger.add("reception", {"date": "2026-06-02", "category": "petition", "content": "Kiến nghị",
                                 "status": "resolved", "resolved_date": "2026-06-10"})
    spy = Spy(gui_ledger, "matters")
    ops.set_file(plain_file(spy))
    overview = window.go("overview")
    overview.refresh()
    assert ops.wait_for_ops()
    assert overview.matters.item(0, 0).text() == first["case_code"]
    page = window.go("reception")
    page.apply_filter()
    page.view.selectRow(page.model.row_of(first["id"]))
    page.show_case()
    from dvdesktop.gui.pages.reception import CaseDialog

    page.findChild(CaseDialog).accept()
    calls = [kw for name, _a, kw in spy.calls if name == "matters"]
    assert any(kw.get("case_codes") == [first["case_code"]] for kw in calls)  # the case view
    # Never every vụ việc of the unit, nor every open one with its entries (the overview
    # folds them as they stream: core.overview.open_matters): a page's or a case's only.
    assert all(kw.get("case_codes") is not None or kw.get("period") for kw in calls)


def test_only_the_overview_is_built_at_start_and_its_data_waits_for_show(gui_ledger: Any, qtbot: Any) -> None:
    from dvdesktop.gui.mainwindow import MainWindow, nav_entries

    win = MainWindow(today=TODAY)
    qtbot.addWidget(win)
    assert set(win.pages) == {"overview"}
    assert win.nav.count() == win.stack.count() == len(nav_entries())  # titles at once
    assert not ops._running and not win._loaded  # nothing read before the window shows
    with qtbot.waitActive(win):
        win.show()
    qtbot.waitUntil(lambda: "overview" in win._loaded)
    assert ops.wait_for_ops()
    assert win.page("overview").figures.rowCount() > 0
    trash = win.go("trash")
    assert set(win.pages) == {"overview", "trash"} and win.stack.currentWidget() is trash
    assert win.stack.count() == len(nav_entries())


def test_start_imports_no_optional_feature(db_path: Path, ledger: Any, tmp_path: Path) -> None:
    """A fresh process showing the window has not imported openpyxl, signing or reports."""
    ledger.close()
    script = textwrap.dedent(f"""
        import json, sys
        from PySide6.QtWidgets import QApplication
        from dvdesktop import operations as ops
        from dvdesktop.core.ledger import Ledger
        app = QApplication(sys.argv[:1])
        from dvdesktop.safety.datafile import DataFile
        ops.set_file(DataFile({str(db_path)!r}, None, Ledger.open({str(db_path)!r})))
        from dvdesktop.gui.mainwindow import MainWindow
        win = MainWindow()
        win.show()
        app.processEvents()
        ops.wait_for_ops()
        heavy = ["openpyxl", "cryptography", "minisign", "reportlab", "dvdesktop.packages",
                 "dvdesktop.reports", "dvdesktop.reports.xlsx"]
        print(json.dumps({{"loaded": [m for m in heavy if m in sys.modules], "export": win.page("meeting").export_button.isVisibleTo(win.page("meeting"))}}))
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["loaded"] == []
    assert result["export"] is True  # openpyxl is installed: offered, imported on click


def test_first_frame_is_drawn_before_the_core_and_before_qt_namespace(db_path: Path, ledger: Any,
                                                                        tmp_path: Path) -> None:
    """``dvdesktop --db FILE`` in a fresh process: at its first frame the window is on screen,
    not yet attached, the core not imported, and PySide6 has not built the ``Qt`` namespace
    (its enums cost 20-30 ms on first use: a positional ``QSplitter(parent)`` or an
    ``QAction.setShortcut`` builds it)."""
    ledger.close()
    script = textwrap.dedent(f"""
        import json, os, sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        import PySide6.QtCore as core
        app = QApplication(sys.argv[:1])

        def fontconfig_read():  # read on its worker, begun before Qt's import, done by now
            worker = getattr(sys.modules.get("dvdesktop.gui.fontconfig"), "_worker", None)
            return worker is not None and not worker.is_alive()

        def first_frame():
            shown = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()]
            print(json.dumps({{"shown": len(shown), "attached": bool(shown) and shown[0].attached,
                              "qt_namespace": "Qt" in core.__dict__,
                              "core": [m for m in ("dvdesktop.core.ledger", "dvdesktop.operations") if m in sys.modules],
                              "fontconfig": fontconfig_read()}}),
                  flush=True)
            os._exit(0)

        QTimer.singleShot(0, first_frame)
        from dvdesktop.cli import main
        main(["--db", {str(db_path)!r}])
    """)
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "DVDESKTOP_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"shown": 1, "attached": False, "qt_namespace": False, "core": [],
                      "fontconfig": sys.platform.startswith("linux")}


def test_fontconfig_warm_up_is_harmless_without_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """No libfontconfig (a machine without it, another platform's build): nothing happens."""
    import ctypes

    from dvdesktop.gui import fontconfig

    tried: list[str] = []

    def missing(name: str, *args: Any, **kwargs: Any) -> Any:
        tried.append(name)
        raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(ctypes, "CDLL", missing)
    fontconfig._init()  # what the worker runs: it must not raise (the thread would print it)
    assert tried == ["libfontconfig.so.1"]


@pytest.mark.parametrize("answers", [["mật khẩu dài"], ["sai mật khẩu", "mật khẩu dài"]], ids=["right", "wrong-first"])
def test_an_encrypted_file_asks_its_passphrase_at_the_first_frame_and_unlocks_while_the_core_loads(
        db_path: Path, ledger: Any, tmp_path: Path, answers: list[str]) -> None:
    """``dvdesktop --db FILE`` on an encrypted file, in a fresh process: the passphrase is
    asked over the first frame, before the core is imported; the key file's scrypt starts
    on a worker thread before the core's import, so the two overlap; a wrong passphrase is
    asked again with its message; the window attaches to the file's records."""
    from dvdesktop.safety import crypto

    ledger.add("meeting", {"date": "2026-03-03", "title": "Họp chi bộ tháng 3", "members_expected": 10,
                           "members_present": 9})
    ledger.close()
    done = crypto.encrypt_existing(file_at(db_path), "mật khẩu dài", backups_folder=tmp_path / "bk")
    if done.file is not None and done.file.is_open:
        done.file.close()
    assert crypto.is_encrypted(db_path)
    script = textwrap.dedent(f"""
        import json, os, sys, threading, time
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QInputDialog, QLabel
        from dvdesktop.safety import keyfile
        app = QApplication(sys.argv[:1])
        answers = iter({answers!r})
        asked, derived = [], []
        CORE = ("dvdesktop.core.ledger", "dvdesktop.operations")

        def get_text(parent, title, label, *args, **kwargs):
            asked.append({{"label": label, "over_window": type(parent).__name__ == "MainWindow" and parent.isVisible(),
                           "core": [m for m in CORE if m in sys.modules]}})
            return next(answers), True

        QInputDialog.getText = get_text
        real_unlock = keyfile.unlock

        def core_loaded():  # the module the window imports after the first frame, fully
            return hasattr(sys.modules.get("dvdesktop.gui.opening"), "close_file")

        def unlock(*args, **kwargs):
            # Held until the core has loaded: True only if the window's thread imports it
            # while the key is being derived (not before, not after).
            before = core_loaded()
            # cryptography imported by the window's thread before the worker started: an
            # import on the worker would hold the GIL the core's import needs.
            ciphers_loaded = "cryptography.hazmat.primitives.kdf.scrypt" in sys.modules
            waited = 0
            while not core_loaded() and waited < 3000:
                time.sleep(0.01)
                waited += 10
            # The first page is built while the key is derived (the window still says
            # "Đang mở tệp dữ liệu…").
            windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
            while windows and "overview" not in windows[0].pages and waited < 6000:
                time.sleep(0.01)
                waited += 10
            derived.append({{"worker": threading.current_thread() is not threading.main_thread(),
                             "overlapped": not before and core_loaded(),
                             "ciphers_loaded": ciphers_loaded,
                             "page_built": bool(windows) and "overview" in windows[0].pages
                                           and not windows[0].attached}})
            return real_unlock(*args, **kwargs)

        keyfile.unlock = unlock

        def attached():
            shown = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()]
            if not shown or not shown[0].attached:
                QTimer.singleShot(5, attached)
                return
            from dvdesktop import operations as ops
            titles = ops.read(lambda led: [m["title"] for m in led.list("meeting")])
            window = shown[0]
            print(json.dumps({{"asked": asked, "derived": derived, "titles": titles,
                              "shows": window.stack.currentWidget() is window.page("overview"),
                              "opening": len(window.findChildren(QLabel, "opening"))}}), flush=True)
            os._exit(0)

        QTimer.singleShot(0, attached)
        from dvdesktop.cli import main
        main(["--db", {str(db_path)!r}])
        print(json.dumps({{"asked": asked, "derived": derived, "closed": True}}), flush=True)
    """)
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "DVDESKTOP_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result.get("titles") == ["Họp chi bộ tháng 3"], out.stderr[-2000:]
    first, *again = result["asked"]
    assert first["over_window"] and first["core"] == []  # asked over the first frame, before the core
    # The core loaded and the first page was built during the scrypt; cryptography was
    # imported before it began.
    assert result["derived"][0] == {"worker": True, "overlapped": True, "ciphers_loaded": True, "page_built": True}
    assert result["shows"] and result["opening"] == 0  # then the overview, "Đang mở…" gone
    assert len(result["asked"]) == len(answers) == len(result["derived"])
    assert all(d["worker"] for d in result["derived"])
    if again:
        assert again[0]["over_window"] and "không đúng" in again[0]["label"] and again[0]["label"] != first["label"]
