"""The main window: navigation on the left, one page at a time, menus and the status bar.

The window is made in two steps so that it is on screen before the core is imported: its
frame (navigation, menus, status bar) needs Qt alone; ``attach`` fills it once the file is
open (title, the units' group, the first page). The core, the operations and the pages are
therefore imported inside the methods that use them, which all run after ``attach``, and so
is Qt's namespace ``Qt``, whose first use builds all its enums (``navigation.KEY_ROLE``;
docs/architecture.md, "Start-up").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QSize, QTimer
from PySide6.QtGui import QKeySequence
# Only the classes of the frame: PySide6 makes each class's Python type (with its enums) the
# first time it is named, so those of the dialogs are imported where the dialogs are made.
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QTextBrowser

from dvdesktop import __version__
from dvdesktop.base.paths import root_dir
from dvdesktop.gui.navigation import GROUP, KEY_ROLE, action, is_group, navigation, page_shortcuts, settle_headings

translate = QCoreApplication.translate

GUIDE = root_dir() / "docs" / "huong-dan-su-dung.md"
#: The guide's pictures are shown at most this wide in the help window.
GUIDE_IMAGE_WIDTH = 680


#: The heading of a body's pages for its units in the navigation.
UNITS_GROUP = f"{GROUP}units"


def units_nav_entries() -> list[tuple[str, str]]:
    """The pages for a body's units (gui/office/), in the group "Đơn vị trực thuộc"."""
    return [
        ("import", translate("Office", "Nhận gói")),
        ("quarantine", translate("Office", "Cách ly")),
        ("units", translate("Office", "Đơn vị")),
        ("status", translate("Office", "Tình hình gửi báo cáo")),
        ("report", translate("Office", "Báo cáo tổng hợp")),
        ("profile", translate("Office", "Thông tin văn phòng")),
    ]


def nav_entries() -> list[tuple[str, str]]:
    """(page key, label) in navigation order: the body's own pages, then the group of the
    pages for its units (its heading's key is ``UNITS_GROUP``)."""
    return [*own_nav_entries(), (UNITS_GROUP, translate("MainWindow", "Đơn vị trực thuộc")), *units_nav_entries()]


def own_nav_entries() -> list[tuple[str, str]]:
    """The pages of the body's own records, reports and settings."""
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



class _WhenShown(QObject):
    """``then()`` once the watched window has been shown, after its first paint is queued.

    An event filter set only while a page waits to be loaded: a ``showEvent`` override
    would have PySide6 build ``QEvent``'s enums (~3 ms) before every first frame.
    """

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
            self.deleteLater()
        return False

class MainWindow(QMainWindow):
    """Pages are built the first time they are shown (the navigation lists them all at
    once), and a page reads its data only once the window is on screen, so start-up costs
    the window and the overview's widgets; the overview's figures follow on a worker."""

    def __init__(self, *, open_file: Callable[[Path], bool] | None = None,
                 today: dt.date | None = None, units: bool = False, pending: bool = False) -> None:
        """:param units: show the pages for the body's units whatever the file holds
        (``dvdesktop --office``); otherwise they show on a body that receives (``records.receives``)
        :param pending: the frame only, "Đang mở tệp dữ liệu…" in place of the pages, until
            ``attach`` is called once the file is open (the program's start); otherwise the
            file must be open already and the window is attached at once
        """
        super().__init__()
        self.setObjectName("MainWindow")
        self._open_file = open_file
        self._units = units
        self.today = today
        #: What Ctrl+Z undoes, last first: ("delete", kind, id, None), ("add", kind, id, None)
        #: or ("edit", kind, id, the record as it was before the edit).
        self.undo_stack: list[tuple[str, str, int, dict[str, Any] | None]] = []
        self._current: str | None = None  # the page shown
        self.pages: dict[str, QWidget] = {}  # the pages built so far
        self._placeholders: dict[str, QWidget] = {}  # an empty widget holds each other page's place
        self._loaded: set[str] = set()
        self._pending_load: str | None = None  # shown before the window was: load once it is

        self.attached = False  # the file is open and the pages read it (``attach``)

        def placeholder(key: str) -> QWidget:
            self._placeholders[key] = QWidget(self)
            return self._placeholders[key]

        self.nav, self.stack = navigation(self, nav_entries(), placeholder)
        self.nav.setIconSize(QSize(16, 16))
        self.total_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.total_label)
        self._menus()
        page_shortcuts(self, self.view_menu, nav_entries())
        self.setWindowTitle("dvdesktop")
        self._set_units_shown(units)  # until the file says whether the body receives
        self.nav.setCurrentRow(0)
        #: "Đang mở tệp dữ liệu…", shown in place of the pages until ``attach``
        self._opening: QWidget | None = None
        if pending:
            self._opening = QWidget(self)
            label = QLabel(translate("MainWindow", "Đang mở tệp dữ liệu…"), self._opening)
            label.setObjectName("opening")
            QVBoxLayout(self._opening).addWidget(label)
            self.stack.addWidget(self._opening)
            self.stack.setCurrentWidget(self._opening)
        else:
            self.attach()

    def set_open_file(self, open_file: Callable[[Path], bool]) -> None:
        """What Tệp → Mở tệp dữ liệu… calls with the chosen path (True once it is open)."""
        self._open_file = open_file

    def attach(self) -> None:
        """The file is open (``operations.set_file``): the window follows its changes, takes
        its title and the units' group from it, and shows the chosen page with its data."""
        if self.attached:
            return
        from dvdesktop import operations as ops

        self.attached = True
        settle_headings(self.nav)
        ops.changes().changed.connect(self._on_changed)
        self.refresh_title()
        self.refresh_units_group()
        self.nav.currentRowChanged.connect(self._show_page)
        self._show_page(self.nav.currentRow())
        if self._opening is not None:
            self.stack.removeWidget(self._opening)
            self._opening.deleteLater()
            self._opening = None

    def prepare(self) -> None:
        """Build the page the window will show first, before the file is open (the window
        is still saying "Đang mở tệp dữ liệu…"): work for the UI thread while an encrypted
        file's key is derived on a worker. The page reads its data once ``attach`` shows it."""
        row = self.nav.currentRow()
        key = self.nav.item(row).data(KEY_ROLE)
        if is_group(key):
            key = self.nav.item(row + 1).data(KEY_ROLE)
        self.page(key)

    def _on_changed(self, kinds: set[str]) -> None:
        if "unit" in kinds or not kinds:
            self.refresh_title()
        if "unit" in kinds or "received" in kinds or not kinds:
            self.refresh_units_group()

    def refresh_units_group(self) -> None:
        """The group "Đơn vị trực thuộc" (its pages, their keys and Xem menu entries) shown on
        a body that receives its units' packages, hidden on a unit that only sends."""
        from dvdesktop.operations import records

        shown = self._units or records.receives()
        self._set_units_shown(shown)
        if not shown and self._current in {UNITS_GROUP, *(k for k, _ in units_nav_entries())}:
            self.go("overview")

    def _set_units_shown(self, shown: bool) -> None:
        group = {UNITS_GROUP, *(k for k, _ in units_nav_entries())}
        for row, (key, _text) in enumerate(nav_entries()):
            if key in group:
                self.nav.item(row).setHidden(not shown)
        for act in self.view_menu.actions():
            if act.objectName() in {f"go_{k}" for k in group} | {f"section_{UNITS_GROUP[len(GROUP):]}"}:
                act.setVisible(shown)  # a hidden action's key does nothing

    def show_units(self) -> Any:
        """The group "Đơn vị trực thuộc" chosen: its first page."""
        return self.go(units_nav_entries()[0][0])

    @property
    def undo_deletes(self) -> list[tuple[str, int]]:
        """The deletes Ctrl+Z can still undo (kind, id), oldest first."""
        return [(kind, rid) for action, kind, rid, _ in self.undo_stack if action == "delete"]

    # ------------------------------------------------------------------ pages
    def _make_page(self, key: str) -> QWidget:
        from dvdesktop.gui.pages.overview import OverviewPage
        from dvdesktop.gui.pages.reception import ReceptionPage
        from dvdesktop.gui.pages.records import ListPage

        if key == "overview":
            page: Any = OverviewPage(self)
            page.open_reception.connect(self.open_case)
        elif key == "reception":
            page = ReceptionPage(self)
        elif key in ("meeting", "dialogue", "model", "award", "rating", "commitment"):
            page = ListPage(key, self)
        elif key in dict(units_nav_entries()):
            # Imported here: the pages for a body's units with what they use (the forms, the
            # report page's parts): about 170 ms (measured), shown only on a body's file.
            from dvdesktop.gui.office import (
                import_page,
                profile_page,
                quarantine_page,
                report_page,
                status_page,
                trust_page,
            )

            page = {"import": import_page.ImportPage, "quarantine": quarantine_page.QuarantinePage,
                    "units": trust_page.UnitsPage, "status": status_page.StatusPage,
                    "report": report_page.ConsolidatedPage, "profile": profile_page.ProfilePage}[key](self)
        else:
            # Settings, reports and sending pull in forms, report and signing modules:
            # imported when one of them is first opened, not at start.
            from dvdesktop.gui.pages import reports, send, settings, trash

            page = {"trash": trash.TrashPage, "settings": settings.SettingsPage,
                    "reports": reports.ReportsPage, "send": send.SendPage}[key](self)
        page.status.connect(self.show_status)
        if isinstance(page, ListPage):
            page.deleted.connect(lambda kind, rid: self._push_undo("delete", kind, rid, None))
            page.recorded.connect(lambda kind, before, after: self._push_undo(
                "edit" if before else "add", kind, after["id"], before))
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
        row = [k for k, _ in nav_entries()].index(key)
        shown = self.nav.currentRow() == row
        self.nav.setCurrentRow(row)
        if key not in dict(units_nav_entries()) or shown or not self.isVisible():
            self._load(key)  # at once, even if the window is not shown yet
        return self.page(key)

    def _load(self, key: str) -> None:
        if self._pending_load == key:
            self._pending_load = None
        if key in dict(units_nav_entries()):
            # The pages for the units read afresh each time they are shown.
            page = self.page(key)
            if hasattr(page, "period_combo"):
                page.load(self.today)
            else:
                page.load()
            return
        if key not in self._loaded:
            from dvdesktop.operations import records

            self._loaded.add(key)
            cutoff = records.cutoff_day()
            self.page(key).load(cutoff_day=cutoff, today=self.today or dt.date.today())

    def _load_pending(self) -> None:
        if self._pending_load is not None:
            self._load(self._pending_load)

    def _show_page(self, row: int) -> None:
        if row < 0 or not self.attached:
            return
        key = self.nav.item(row).data(KEY_ROLE)
        if is_group(key):  # a heading: its first page
            self.nav.setCurrentRow(row + 1)
            return
        if self._current is not None and key != self._current and not self._may_leave(self._current, key):
            return
        from dvdesktop.gui.pages.records import ListPage

        self._current = key
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if self.isVisible():
            self._load(key)
        else:
            if self._pending_load is None:
                _WhenShown(self, self._load_pending)
            self._pending_load = key
        if isinstance(page, ListPage):
            self.total_label.setText(page.total_text())
            page.view.setFocus()
        else:
            self.total_label.setText("")

    def _keys(self) -> list[str]:
        return [k for k, _ in nav_entries()]

    def _stay(self, key: str) -> None:
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._keys().index(key))
        self.nav.blockSignals(False)

    def _may_leave(self, key: str, going: str) -> bool:
        """Leaving a page with changes not saved (Cài đặt, the report's own sections) asks
        Lưu / Bỏ / Hủy; Lưu goes on once saved, Hủy stays."""
        page = self.pages.get(key)
        if page is None or not getattr(page, "unsaved", lambda: False)():
            return True
        from PySide6.QtWidgets import QMessageBox

        # Imported here: Qt's .ui loader with the forms: about 18 ms (measured), not at start-up.
        from dvdesktop.gui.forms import ask_unsaved

        answer = ask_unsaved(self)
        if answer == QMessageBox.StandardButton.Discard:
            page.discard_unsaved()
            return True
        self._stay(key)
        if answer == QMessageBox.StandardButton.Save:
            page.keep_unsaved(then=lambda: self.go(going))
        return False

    def reload(self) -> None:
        """Another file was opened: every page reads again when next shown."""
        self._loaded.clear()
        self.undo_stack.clear()
        self.refresh_title()
        self.refresh_units_group()
        self._show_page(self.nav.currentRow())

    def open_case(self, case_code: str) -> None:
        """Show the reception list searched for one vụ việc (double-click in the overview)."""
        page = self.go("reception")
        page.search_edit.setText(case_code)
        page.apply_filter()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def refresh_title(self) -> None:
        from dvdesktop import operations as ops

        unit, demo = ops.read(lambda led: (led.unit() or {}, bool(led.get_setting("demo"))))
        name = unit.get("name") or ""
        title = f"{name} — dvdesktop" if name else "dvdesktop"
        if demo:
            title = translate("MainWindow", "{title} — DỮ LIỆU MẪU").format(title=title)
        self.setWindowTitle(title)

    # ------------------------------------------------------------------ menus
    def _menus(self) -> None:
        # ``setShortcuts([…])``, not ``setShortcut``: the latter's overloads make PySide6 build
        # the whole Qt namespace (about 25 ms, measured) before the first frame; the same keys.
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&Tệp"))
        act = action(translate("MainWindow", "Mở tệp dữ liệu…"), self)
        act.setShortcuts([QKeySequence("Ctrl+O")])
        act.triggered.connect(self.open_data_file)
        file_menu.addAction(act)
        file_menu.addSeparator()
        act = action(translate("MainWindow", "Thoát"), self)
        act.setShortcuts([QKeySequence("Ctrl+Q")])
        act.triggered.connect(self.close)
        file_menu.addAction(act)

        edit_menu = bar.addMenu(translate("MainWindow", "&Sửa"))
        self.undo_action = action(translate("MainWindow", "Hoàn tác"), self)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)[:1])
        self.undo_action.triggered.connect(self.undo)
        edit_menu.addAction(self.undo_action)
        edit_menu.aboutToShow.connect(self._undo_text)

        self.view_menu = bar.addMenu(translate("MainWindow", "&Xem"))

        help_menu = bar.addMenu(translate("MainWindow", "Trợ &giúp"))
        act = action(translate("MainWindow", "Hướng dẫn sử dụng"), self)
        act.setShortcuts([QKeySequence("F1")])
        act.triggered.connect(self.show_guide)
        help_menu.addAction(act)
        act = action(translate("MainWindow", "Giới thiệu"), self)
        act.triggered.connect(self.show_about)
        help_menu.addAction(act)

    def _push_undo(self, action: str, kind: str, record_id: int, before: dict[str, Any] | None) -> None:
        self.undo_stack.append((action, kind, record_id, before))
        del self.undo_stack[:-50]  # the last 50 actions of the session

    def _undo_text(self) -> None:
        """The Sửa menu names what Ctrl+Z will undo."""
        if not self.undo_stack:
            self.undo_action.setText(translate("MainWindow", "Hoàn tác"))
            self.undo_action.setEnabled(False)
            return
        from dvdesktop.core.domain import KINDS
        from dvdesktop.gui import i18n

        action, kind, _rid, _before = self.undo_stack[-1]
        what = {"delete": translate("MainWindow", "Hoàn tác xóa: {kind}"),
                "add": translate("MainWindow", "Hoàn tác thêm: {kind}"),
                "edit": translate("MainWindow", "Hoàn tác sửa: {kind}")}[action]
        self.undo_action.setText(what.format(kind=i18n.kind_label(KINDS[kind])))
        self.undo_action.setEnabled(True)

    def undo(self) -> None:
        """Ctrl+Z: undo the last delete, addition or edit of this session (each in turn)."""
        self.undo_action.setEnabled(True)  # the menu may have greyed it; the shortcut still works
        if not self.undo_stack:
            self.show_status(translate("MainWindow", "Không có thao tác nào để hoàn tác."))
            return
        from dvdesktop.core.domain import KINDS
        from dvdesktop.gui.pages.records import ListPage
        from dvdesktop.operations import records

        action, kind, record_id, before = self.undo_stack.pop()

        def done(rec: Any) -> None:
            texts = {"delete": translate("MainWindow", "Đã khôi phục bản ghi vừa xóa."),
                     "add": translate("MainWindow", "Đã bỏ bản ghi vừa thêm (chuyển vào thùng rác)."),
                     "edit": translate("MainWindow", "Đã hoàn tác lần sửa vừa rồi.")}
            self.show_status(texts[action])
            page = self.pages.get(kind)
            if isinstance(page, ListPage) and isinstance(rec, dict):
                page.select_id(rec["id"])

        if action == "delete":
            records.restore_record(parent=self, kind=kind, record_id=record_id, success=done)
        elif action == "add":
            records.delete_record(parent=self, kind=kind, record_id=record_id, success=done)
        else:
            values = {f.name: (before or {}).get(f.name) for f in KINDS[kind].fields}
            records.update_record(parent=self, kind=kind, record_id=record_id, values=values, success=done)

    def undo_delete(self) -> None:
        """Ctrl+Z (kept for callers of the first version): ``undo``."""
        self.undo()

    def open_data_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Mở tệp dữ liệu"), "",
                                              translate("MainWindow", "Tệp dữ liệu dvdesktop (*.db);;Mọi tệp (*)"))
        if path and self._open_file is not None and self._open_file(Path(path)):
            self.reload()

    def show_guide(self) -> None:
        from PySide6.QtCore import Qt  # not at import: see the module's docstring
        from PySide6.QtWidgets import QDialog, QPushButton, QTextBrowser

        dlg = QDialog(self)
        dlg.setWindowTitle(translate("MainWindow", "Hướng dẫn sử dụng"))
        lay = QVBoxLayout(dlg)
        browser = QTextBrowser(dlg)
        browser.setObjectName("guide")
        browser.setOpenExternalLinks(True)
        # The guide's pictures are named relative to docs/ ("screenshots/…png").
        browser.setSearchPaths([str(GUIDE.parent)])
        try:
            browser.setMarkdown(GUIDE.read_text(encoding="utf-8"))
        except OSError:
            browser.setPlainText(translate("MainWindow", "Không tìm thấy tệp hướng dẫn: {path}").format(path=str(GUIDE)))
        fit_images(browser, GUIDE_IMAGE_WIDTH)
        lay.addWidget(browser)
        close = QPushButton(translate("MainWindow", "Đóng"), dlg)
        close.clicked.connect(dlg.accept)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        dlg.resize(760, 620)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.guide_dialog = dlg

    def about_text(self) -> str:
        from dvdesktop.operations import records

        path = records.data_path()
        return translate(
            "MainWindow",
            "<b>dvdesktop {version}</b><br>Ghi chép, báo cáo và gửi cấp trên kết quả công tác dân vận "
            "của tổ chức cơ sở đảng.<br><br>Giấy phép: GNU GPL phiên bản 3 trở lên (GPL-3.0-or-later).<br>"
            "Tệp dữ liệu: {path}<br>Thư mục dữ liệu: {folder}").format(
                version=__version__, path=path, folder=str(Path(path).parent))

    def show_about(self) -> None:
        from PySide6.QtCore import Qt  # not at import: see the module's docstring
        from PySide6.QtWidgets import QMessageBox

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
        for key, page in self.pages.items():
            if getattr(page, "unsaved", lambda: False)():
                from PySide6.QtWidgets import QMessageBox

                # Imported here: Qt's .ui loader with the forms: about 18 ms (measured), not at start-up.
                from dvdesktop.gui.forms import ask_unsaved

                self.go(key)
                answer = ask_unsaved(self)
                if answer == QMessageBox.StandardButton.Discard:
                    page.discard_unsaved()
                    continue
                event.ignore()
                if answer == QMessageBox.StandardButton.Save:
                    page.keep_unsaved(then=self.close)
                return
        if self.attached:
            from dvdesktop import operations as ops

            ops.wait_for_ops()
        event.accept()


def fit_images(browser: QTextBrowser, width: int) -> None:
    """Scale the pictures of a document shown in ``browser`` down to ``width`` pixels."""
    from PySide6.QtGui import QImage, QPixmap, QTextCursor

    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fragment.isValid() and fmt.isImageFormat():
                image_fmt = fmt.toImageFormat()
                image = doc.resource(doc.ResourceType.ImageResource, image_fmt.name())
                if isinstance(image, QPixmap):
                    image = image.toImage()
                elif isinstance(image, (bytes, bytearray)) or type(image).__name__ == "QByteArray":
                    image = QImage.fromData(image)
                if isinstance(image, QImage) and not image.isNull() and image.width() > width:
                    image_fmt.setWidth(width)
                    image_fmt.setHeight(image.height() * width / image.width())
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image_fmt)
            it += 1
        block = block.next()
