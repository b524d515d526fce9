"""The main window: navigation on the left, one page at a time, menus and the status bar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dvdesktop import __version__, operations as ops
from dvdesktop.gui.overview import OverviewPage
from dvdesktop.gui.pages import ListPage, ReceptionPage
from dvdesktop.gui.widgets import navigation
from dvdesktop.paths import root_dir

translate = QCoreApplication.translate

GUIDE = root_dir() / "docs" / "huong-dan-su-dung.md"


def nav_entries() -> list[tuple[str, str]]:
    """(page key, label) in navigation order."""
    return [
        ("overview", translate("MainWindow", "Tổng quan")),
        ("meeting", translate("MainWindow", "Hội nghị")),
        ("dialogue", translate("MainWindow", "Đối thoại")),
        ("reception", translate("MainWindow", "Tiếp công dân")),
        ("model", translate("MainWindow", "Mô hình “Dân vận khéo”")),
        ("award", translate("MainWindow", "Khen thưởng")),
        ("rating", translate("MainWindow", "Xếp loại")),
        ("commitment", translate("MainWindow", "Cam kết")),
        ("reports", translate("MainWindow", "Báo cáo")),
        ("send", translate("MainWindow", "Gửi cấp trên")),
        ("trash", translate("MainWindow", "Thùng rác")),
        ("settings", translate("MainWindow", "Cài đặt")),
    ]


class MainWindow(QMainWindow):
    """Pages are built the first time they are shown (the navigation lists them all at
    once), and a page reads its data only once the window is on screen, so start-up costs
    the window and the overview's widgets; the overview's figures follow on a worker."""

    def __init__(self, *, open_file: Callable[[Path], bool] | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self._open_file = open_file
        self.today = today
        self.undo_deletes: list[tuple[str, int]] = []
        self.pages: dict[str, QWidget] = {}  # the pages built so far
        self._placeholders: dict[str, QWidget] = {}  # an empty widget holds each other page's place
        self._loaded: set[str] = set()
        self._pending_load: str | None = None  # shown before the window was: load once it is

        def placeholder(key: str) -> QWidget:
            self._placeholders[key] = QWidget(self)
            return self._placeholders[key]

        self.nav, self.stack = navigation(self, nav_entries(), placeholder)
        self.nav.setIconSize(QSize(16, 16))
        self.total_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.total_label)
        self.nav.currentRowChanged.connect(self._show_page)
        self._menus()
        self.refresh_title()
        self.nav.setCurrentRow(0)
        ops.changes().changed.connect(self._on_changed)

    def _on_changed(self, kinds: set[str]) -> None:
        if "unit" in kinds:
            self.refresh_title()

    # ------------------------------------------------------------------ pages
    def _make_page(self, key: str) -> QWidget:
        if key == "overview":
            page: Any = OverviewPage(self)
            page.open_reception.connect(self.open_case)
        elif key == "reception":
            page = ReceptionPage(self)
        elif key in ("meeting", "dialogue", "model", "award", "rating", "commitment"):
            page = ListPage(key, self)
        else:
            # Settings, reports and sending pull in forms, report and signing modules:
            # imported when one of them is first opened, not at start.
            from dvdesktop.gui import other_pages

            page = {"trash": other_pages.TrashPage, "settings": other_pages.SettingsPage,
                    "reports": other_pages.ReportsPage, "send": other_pages.SendPage}[key](self)
        page.status.connect(self.show_status)
        if isinstance(page, ListPage):
            page.deleted.connect(lambda kind, rid: self.undo_deletes.append((kind, rid)))
            page.total_changed.connect(lambda text, p=page: self.total_label.setText(text)
                                       if self.stack.currentWidget() is p else None)
        return page

    def page(self, key: str) -> Any:
        """The page for ``key``, built now if it has not been shown yet."""
        page = self.pages.get(key)
        if page is None:
            page = self._make_page(key)
            holder = self._placeholders.pop(key)
            self.stack.insertWidget(self.stack.indexOf(holder), page)
            if self.stack.currentWidget() is holder:
                self.stack.setCurrentWidget(page)
            self.stack.removeWidget(holder)
            holder.deleteLater()
            self.pages[key] = page
        return page

    def go(self, key: str) -> Any:
        keys = [k for k, _ in nav_entries()]
        self.nav.setCurrentRow(keys.index(key))
        self._load(key)  # at once, even if the window is not shown yet
        return self.page(key)

    def _load(self, key: str) -> None:
        if self._pending_load == key:
            self._pending_load = None
        if key not in self._loaded:
            self._loaded.add(key)
            cutoff = ops.read(lambda led: led.cutoff_day())
            self.page(key).load(cutoff_day=cutoff, today=self.today or dt.date.today())

    def _load_pending(self) -> None:
        if self._pending_load is not None:
            self._load(self._pending_load)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._pending_load is not None:
            QTimer.singleShot(0, self._load_pending)  # after the first paint is queued

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if self.isVisible():
            self._load(key)
        else:
            self._pending_load = key
        if isinstance(page, ListPage):
            self.total_label.setText(page.total_text())
            page.view.setFocus()
        else:
            self.total_label.setText("")

    def reload(self) -> None:
        """Another file was opened: every page reads again when next shown."""
        self._loaded.clear()
        self.undo_deletes.clear()
        self.refresh_title()
        self._show_page(self.nav.currentRow())

    def open_case(self, case_code: str) -> None:
        """Show the reception list searched for one vụ việc (double-click in the overview)."""
        page = self.go("reception")
        page.search_edit.setText(case_code)
        page.apply_filter()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def refresh_title(self) -> None:
        unit = ops.read(lambda led: led.unit()) or {}
        name = unit.get("name") or ""
        self.setWindowTitle(f"{name} — dvdesktop" if name else "dvdesktop")

    # ------------------------------------------------------------------ menus
    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&Tệp"))
        act = QAction(translate("MainWindow", "Mở tệp dữ liệu…"), self)
        act.setShortcut(QKeySequence("Ctrl+O"))
        act.triggered.connect(self.open_data_file)
        file_menu.addAction(act)
        file_menu.addSeparator()
        act = QAction(translate("MainWindow", "Thoát"), self)
        act.setShortcut(QKeySequence("Ctrl+Q"))
        act.triggered.connect(self.close)
        file_menu.addAction(act)

        edit_menu = bar.addMenu(translate("MainWindow", "&Sửa"))
        self.undo_action = QAction(translate("MainWindow", "Hoàn tác xóa"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_delete)
        edit_menu.addAction(self.undo_action)

        help_menu = bar.addMenu(translate("MainWindow", "&Trợ giúp"))
        act = QAction(translate("MainWindow", "Hướng dẫn sử dụng"), self)
        act.setShortcut(QKeySequence(Qt.Key.Key_F1))
        act.triggered.connect(self.show_guide)
        help_menu.addAction(act)
        act = QAction(translate("MainWindow", "Giới thiệu"), self)
        act.triggered.connect(self.show_about)
        help_menu.addAction(act)

    def undo_delete(self) -> None:
        """Ctrl+Z: bring back the last record deleted in this session."""
        if not self.undo_deletes:
            self.show_status(translate("MainWindow", "Không có thao tác xóa nào để hoàn tác."))
            return
        kind, record_id = self.undo_deletes.pop()

        def done(rec: dict[str, Any]) -> None:
            self.show_status(translate("MainWindow", "Đã khôi phục bản ghi vừa xóa."))
            page = self.pages.get(kind)
            if isinstance(page, ListPage):
                page.select_id(rec["id"])

        ops.run_op(self, lambda led: led.restore(kind, record_id), success=done, touches={kind, "trash"})

    def open_data_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Mở tệp dữ liệu"), "",
                                              translate("MainWindow", "Tệp dữ liệu dvdesktop (*.db);;Mọi tệp (*)"))
        if path and self._open_file is not None and self._open_file(Path(path)):
            self.reload()

    def show_guide(self) -> None:
        dlg = QDialog(self)
        dlg.setWindowTitle(translate("MainWindow", "Hướng dẫn sử dụng"))
        lay = QVBoxLayout(dlg)
        browser = QTextBrowser(dlg)
        browser.setObjectName("guide")
        browser.setOpenExternalLinks(True)
        try:
            browser.setMarkdown(GUIDE.read_text(encoding="utf-8"))
        except OSError:
            browser.setPlainText(translate("MainWindow", "Không tìm thấy tệp hướng dẫn: {path}").format(path=str(GUIDE)))
        lay.addWidget(browser)
        close = QPushButton(translate("MainWindow", "Đóng"), dlg)
        close.clicked.connect(dlg.accept)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        dlg.resize(760, 620)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.guide_dialog = dlg

    def about_text(self) -> str:
        path = ops.read(lambda led: led.path)
        return translate(
            "MainWindow",
            "<b>dvdesktop {version}</b><br>Ghi chép, báo cáo và gửi cấp trên kết quả công tác dân vận "
            "của tổ chức cơ sở đảng.<br><br>Giấy phép: GNU GPL phiên bản 3 trở lên (GPL-3.0-or-later).<br>"
            "Tệp dữ liệu: {path}<br>Thư mục dữ liệu: {folder}").format(
                version=__version__, path=path, folder=str(Path(path).parent))

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, translate("MainWindow", "Giới thiệu"),
                          self.about_text(), QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for page in self.pages.values():
            dialog = getattr(page, "dialog", None)
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # asks Lưu / Bỏ / Hủy if something was typed
                if dialog.isVisible():
                    event.ignore()
                    return
        ops.wait_for_ops()
        event.accept()
