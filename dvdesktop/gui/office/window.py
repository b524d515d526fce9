"""The receiving office's window (``dvdesktop --office``): receive packages, confirm unit keys,
follow who has reported, print the consolidated report, the office's own profile.

The operations layer's open file is the body's (``ops.current_file()``): the receiving
side's tables are in it, and the pages act through ``operations.office`` off the UI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from dvdesktop import operations as ops
from dvdesktop.gui.forms import ask_unsaved
from dvdesktop.gui.office.import_page import ImportPage
from dvdesktop.gui.office.period_page import OfficePeriodPage
from dvdesktop.gui.office.profile_page import ProfilePage
from dvdesktop.gui.office.quarantine_page import QuarantinePage
from dvdesktop.gui.office.report_page import ConsolidatedPage
from dvdesktop.gui.office.status_page import StatusPage
from dvdesktop.gui.office.trust_page import UnitsPage
from dvdesktop.gui.widgets import navigation, page_shortcuts
from dvdesktop.operations import office as office_ops

translate = QCoreApplication.translate


# ------------------------------------------------------------------ the window
def office_nav_entries() -> list[tuple[str, str]]:
    return [
        ("import", translate("Office", "Nhận gói")),
        ("quarantine", translate("Office", "Cách ly")),
        ("units", translate("Office", "Đơn vị")),
        ("status", translate("Office", "Tình hình gửi báo cáo")),
        ("report", translate("Office", "Báo cáo tổng hợp")),
        ("profile", translate("Office", "Thông tin văn phòng")),
    ]


class OfficeWindow(QMainWindow):
    """Văn phòng nhận báo cáo: pages on the left like the unit's window."""

    def __init__(self, *, db_path: Path | None = None, today: dt.date | None = None) -> None:
        super().__init__()
        self.setObjectName("OfficeWindow")
        self.db_path = db_path
        self.today = today
        self.pages: dict[str, Any] = {
            "import": ImportPage(db_path, self), "quarantine": QuarantinePage(self), "units": UnitsPage(self),
            "status": StatusPage(self), "report": ConsolidatedPage(self), "profile": ProfilePage(self),
        }
        for page in self.pages.values():
            page.status.connect(self.show_status)
        self.nav, self.stack = navigation(self, office_nav_entries(), self.pages.__getitem__)
        self._current: str | None = None
        self.nav.currentRowChanged.connect(self._show_page)
        self._menus()

        page_shortcuts(self, self.view_menu, office_nav_entries())
        self.refresh_title()
        self.nav.setCurrentRow(0)
        ops.changes().changed.connect(self._on_changed)

    def _on_changed(self, kinds: set[str]) -> None:
        if "unit" in kinds:  # the office profile is the body's profile
            self.refresh_title()

    def _menus(self) -> None:
        menu = self.menuBar().addMenu(translate("Office", "&Tệp"))
        act = QAction(translate("Office", "Thoát"), self)
        act.setShortcut(QKeySequence("Ctrl+Q"))
        act.triggered.connect(self.close)
        menu.addAction(act)
        self.view_menu = self.menuBar().addMenu(translate("Office", "&Xem"))

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        if self._current is not None and key != self._current and not self._may_leave(self._current, key):
            return
        self._current = key
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        if isinstance(page, OfficePeriodPage):
            page.load(self.today)
        else:
            page.load()

    def go(self, key: str) -> Any:
        keys = [k for k, _ in office_nav_entries()]
        self.nav.setCurrentRow(keys.index(key))
        return self.pages[key]

    def _may_leave(self, key: str, going: str) -> bool:
        """Leaving Thông tin văn phòng with changes not saved asks Lưu / Bỏ / Hủy."""
        page = self.pages[key]
        if not getattr(page, "unsaved", lambda: False)():
            return True

        answer = ask_unsaved(self)
        if answer == QMessageBox.StandardButton.Discard:
            page.discard_unsaved()
            return True
        self.nav.blockSignals(True)
        self.nav.setCurrentRow([k for k, _ in office_nav_entries()].index(key))
        self.nav.blockSignals(False)
        if answer == QMessageBox.StandardButton.Save:
            page.keep_unsaved(then=lambda: self.go(going))
        return False

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def refresh_title(self) -> None:
        name = office_ops.profile().get("name") or ""
        base = translate("Office", "Văn phòng nhận báo cáo")
        self.setWindowTitle(f"{name} — {base} — dvdesktop" if name else f"{base} — dvdesktop")

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        for key in ("profile", "report"):
            page = self.pages[key]
            if not page.unsaved():
                continue

            self.go(key)
            answer = ask_unsaved(self)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                if answer == QMessageBox.StandardButton.Save:
                    page.keep_unsaved(then=self.close)
                return
            page.discard_unsaved()
        ops.wait_for_ops()
        event.accept()
