"""Thùng rác, Cài đặt, Báo cáo and Gửi cấp trên pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Qt, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesktop import operations as ops
from dvdesktop.core.domain import KINDS
from dvdesktop.core.periods import current_period
from dvdesktop.gui import i18n
from dvdesktop.gui.forms import UnitForm
from dvdesktop.gui.pages import fill_period_combo

translate = QCoreApplication.translate


def _title(text: str, parent: QWidget) -> QLabel:
    lab = QLabel(text, parent)
    lab.setObjectName("pageTitle")
    return lab


def _local_time(stamp: str) -> str:
    try:
        when = dt.datetime.fromisoformat(stamp).astimezone()
    except (TypeError, ValueError):
        return stamp or ""
    return f"{when:%H:%M} {i18n.date(when.date())}"


def confirm_empty_trash(parent: QWidget, count: int) -> bool:
    """Ask before removing for good (a module function so tests can answer it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Trash", "Dọn sạch thùng rác"),
                      translate("Trash", "Xóa hẳn {n} bản ghi trong thùng rác? Không thể khôi phục lại sau khi xóa hẳn.")
                      .format(n=i18n.number(count)),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Trash", "Xóa hẳn"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Trash", "Không"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class TrashPage(QWidget):
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_trash")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 2)
        lay.addWidget(_title(translate("Trash", "Thùng rác"), self))
        hint = QLabel(translate("Trash", "Bản ghi đã xóa nằm ở đây cho đến khi dọn sạch thùng rác. "
                                         "Chọn một dòng rồi nhấn Khôi phục để đưa trở lại."), self)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        lay.addWidget(hint)
        bar = QHBoxLayout()
        self.restore_button = QPushButton(translate("Trash", "Khôi phục"), self)
        self.empty_button = QPushButton(translate("Trash", "Dọn sạch thùng rác…"), self)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.empty_button)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("trashTable")
        self.table.setHorizontalHeaderLabels([translate("Trash", "Loại"), translate("Trash", "Bản ghi"),
                                              translate("Trash", "Xóa lúc")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        lay.addWidget(self.table, 1)
        self.items: list[dict[str, Any]] = []
        self.restore_button.clicked.connect(self.restore_current)
        self.empty_button.clicked.connect(self.empty)
        self.table.doubleClicked.connect(lambda _i: self.restore_current())
        ops.changes().changed.connect(self._on_changed)
        self._loaded = False

    def _on_changed(self, _kinds: object) -> None:
        if self._loaded:
            self.refresh()

    def load(self, **_: Any) -> None:
        self._loaded = True
        self.refresh()

    def refresh(self) -> None:
        self.items = ops.read(lambda led: led.trash())
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for col, text in enumerate((i18n.kind_label(KINDS[item["kind"]]), item["title"],
                                        _local_time(item["deleted_at"]))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.empty_button.setEnabled(bool(self.items))

    def restore_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        ops.run_op(self, lambda led: led.restore(item["kind"], item["id"]),
                   success=lambda _r: self.status.emit(translate("Trash", "Đã khôi phục: {title}").format(title=item["title"])),
                   touches={item["kind"], "trash"})

    def empty(self) -> None:
        if not self.items or not confirm_empty_trash(self, len(self.items)):
            return
        ops.run_op(self, lambda led: led.empty_trash(),
                   success=lambda n: self.status.emit(translate("Trash", "Đã xóa hẳn {n} bản ghi.").format(n=i18n.number(n))),
                   touches={"trash"})


class SettingsPage(QWidget):
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_settings")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 2)
        outer.addWidget(_title(translate("Settings", "Cài đặt"), self))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(0, 0, 0, 0)
        lang_box = QGroupBox(translate("Settings", "Ngôn ngữ giao diện"), inner)
        lang_lay = QHBoxLayout(lang_box)
        self.language = QComboBox(lang_box)
        self.language.setObjectName("language")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.saved_language())))
        lang_lay.addWidget(self.language)
        note = QLabel(translate("Settings", "Ngôn ngữ mới được áp dụng khi mở lại chương trình. "
                                            "Báo cáo in ra luôn bằng tiếng Việt."), lang_box)
        note.setWordWrap(True)
        lang_lay.addWidget(note, 1)
        lay.addWidget(lang_box)
        self.language.currentIndexChanged.connect(self._language_changed)

        unit_box = QGroupBox(translate("Settings", "Thông tin đơn vị"), inner)
        unit_lay = QVBoxLayout(unit_box)
        self.unit_form = UnitForm(unit_box)
        unit_lay.addWidget(self.unit_form)
        row = QHBoxLayout()
        self.path_label = QLabel(unit_box)
        self.path_label.setObjectName("hint")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.path_label, 1)
        self.save_button = QPushButton(translate("Settings", "Lưu thông tin đơn vị"), unit_box)
        self.save_button.clicked.connect(self.unit_form.save)
        row.addWidget(self.save_button)
        unit_lay.addLayout(row)
        lay.addWidget(unit_box)
        lay.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.unit_form.saved.connect(lambda _u: self.status.emit(translate("Settings", "Đã lưu thông tin đơn vị.")))

    def load(self, **_: Any) -> None:
        unit, path = ops.read(lambda led: (led.unit(), led.path))
        self.unit_form.set_unit(unit)
        self.path_label.setText(translate("Settings", "Tệp dữ liệu: {path}").format(path=path))

    def _language_changed(self) -> None:
        lang = self.language.currentData()
        i18n.save_language(lang)
        self.status.emit(translate("Settings", "Đã chọn ngôn ngữ; hãy mở lại chương trình để áp dụng."))


def _report_builder() -> Any:
    try:
        from dvdesktop.reports.build import build_report
    except ImportError:
        return None
    return build_report


def _register_builder() -> Any:
    try:
        from dvdesktop.reports.build import build_register
    except ImportError:
        return None
    return build_register


def _package_exporter() -> Any:
    try:
        from dvdesktop.packages import export_package
    except ImportError:
        return None
    return export_package


class _PeriodPage(QWidget):
    status = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(6, 6, 6, 2)
        self.lay.addWidget(_title(title, self))
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Reports", "Kỳ báo cáo:"), self))
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("period")
        self.period_combo.setMinimumContentsLength(20)
        row.addWidget(self.period_combo)
        row.addStretch(1)
        self.lay.addLayout(row)

    def load(self, *, cutoff_day: int = 1, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        self.period_combo.blockSignals(True)
        fill_period_combo(self.period_combo, cutoff_day=cutoff_day, today=today, all_item=False, years=2)
        default = current_period("half", today=today, cutoff_day=cutoff_day).key
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(default)))
        self.period_combo.blockSignals(False)
        self.period_changed()

    def period_changed(self) -> None:
        pass


class ReportsPage(_PeriodPage):
    """Báo cáo: the secretary's own sections (hạn chế, phương hướng) and the PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Reports", "Báo cáo"), parent)
        self.setObjectName("page_reports")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.limitations = QPlainTextEdit(self)
        self.limitations.setObjectName("limitations")
        self.limitations.setTabChangesFocus(True)
        self.directions = QPlainTextEdit(self)
        self.directions.setObjectName("directions")
        self.directions.setTabChangesFocus(True)
        form.addRow(translate("Reports", "II. Hạn chế, nguyên nhân (đơn vị tự viết):"), self.limitations)
        form.addRow(translate("Reports", "III. Phương hướng, nhiệm vụ (đơn vị tự viết):"), self.directions)
        row = QHBoxLayout()
        self.save_text = QPushButton(translate("Reports", "Lưu nội dung"), self)
        self.save_text.clicked.connect(self.save_texts)
        self.pdf_button = QPushButton(translate("Reports", "Tạo báo cáo PDF…"), self)
        self.pdf_button.clicked.connect(self.make_pdf)
        self.docx_button = QPushButton(translate("Reports", "Tạo báo cáo Word (.docx)…"), self)
        self.docx_button.clicked.connect(lambda: self.make_pdf(suffix="docx"))
        self.register_button = QPushButton(translate("Reports", "In Sổ tiếp công dân (PDF)…"), self)
        self.register_button.clicked.connect(self.make_register)
        self.missing = QLabel(translate("Reports", "Chức năng in báo cáo chưa có trong phiên bản này."), self)
        self.missing.setObjectName("hint")
        available = _report_builder() is not None
        self.pdf_button.setVisible(available)
        self.docx_button.setVisible(available)
        self.register_button.setVisible(_register_builder() is not None)
        self.missing.setVisible(not available)
        row.addWidget(self.save_text)
        row.addWidget(self.pdf_button)
        row.addWidget(self.docx_button)
        row.addWidget(self.register_button)
        row.addWidget(self.missing)
        row.addStretch(1)
        self.lay.addLayout(row)
        self.lay.addLayout(form, 1)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.period_changed())

    def period_changed(self) -> None:
        key = self.period_combo.currentData()
        if key is None:
            return
        texts = ops.read(lambda led: led.period_text(key))
        self.limitations.setPlainText(texts["limitations"])
        self.directions.setPlainText(texts["directions"])

    def save_texts(self) -> None:
        key = self.period_combo.currentData()
        lim, dirs = self.limitations.toPlainText(), self.directions.toPlainText()
        ops.run_op(self, lambda led: led.set_period_text(key, limitations=lim, directions=dirs),
                   success=lambda _r: self.status.emit(translate("Reports", "Đã lưu nội dung báo cáo.")),
                   touches={"period_text"})

    def make_pdf(self, suffix: str = "pdf") -> None:
        build_report = _report_builder()
        if build_report is None:
            return
        key = self.period_combo.currentData()
        path, _ = QFileDialog.getSaveFileName(self, translate("Reports", "Lưu báo cáo"),
                                              f"bao-cao-{key}.{suffix}",
                                              "PDF (*.pdf)" if suffix == "pdf" else "Word (*.docx)")
        if not path:
            return
        lim, dirs = self.limitations.toPlainText(), self.directions.toPlainText()

        def fn(led: Any) -> str:
            led.set_period_text(key, limitations=lim, directions=dirs)
            build_report(led, period=key, out=Path(path))
            return path

        def done(p: str) -> None:
            self.status.emit(translate("Reports", "Đã tạo báo cáo: {path}").format(path=p))
            QDesktopServices.openUrl(QUrl.fromLocalFile(p))

        ops.run_op(self, fn, success=done, progress_text=translate("Reports", "Đang tạo báo cáo…"))

    def make_register(self) -> None:
        build_register = _register_builder()
        if build_register is None:
            return
        key = self.period_combo.currentData()
        path, _ = QFileDialog.getSaveFileName(self, translate("Reports", "Lưu Sổ tiếp công dân"),
                                              f"so-tiep-cong-dan-{key}.pdf", "PDF (*.pdf)")
        if not path:
            return

        def done(p: Any) -> None:
            self.status.emit(translate("Reports", "Đã tạo: {path}").format(path=str(p)))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))

        ops.run_op(self, lambda led: build_register(led, period=key, out=Path(path)), success=done,
                   progress_text=translate("Reports", "Đang tạo báo cáo…"))


class SendPage(_PeriodPage):
    """Gửi cấp trên: a signed summary package written to a folder (a USB stick)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Send", "Gửi cấp trên"), parent)
        self.setObjectName("page_send")
        info = QLabel(translate(
            "Send", "Tạo gói số liệu tổng hợp có chữ ký số của đơn vị để chép vào USB nộp cấp trên. "
                    "Gói chỉ chứa số liệu và bản ghi đã bỏ thông tin cá nhân; không bao giờ chứa danh "
                    "tính người tố cáo."), self)
        info.setWordWrap(True)
        self.lay.addWidget(info)
        row = QHBoxLayout()
        self.export_button = QPushButton(translate("Send", "Tạo gói gửi cấp trên…"), self)
        self.export_button.clicked.connect(self.export)
        self.missing = QLabel(translate("Send", "Chức năng tạo gói chưa có trong phiên bản này."), self)
        self.missing.setObjectName("hint")
        available = _package_exporter() is not None
        self.export_button.setVisible(available)
        self.missing.setVisible(not available)
        row.addWidget(self.export_button)
        row.addWidget(self.missing)
        row.addStretch(1)
        self.lay.addLayout(row)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lay.addWidget(self.result)
        self.lay.addStretch(1)

    def export(self) -> None:
        export_package = _package_exporter()
        if export_package is None:
            return
        key = self.period_combo.currentData()
        folder = QFileDialog.getExistingDirectory(self, translate("Send", "Chọn thư mục (ổ USB) để ghi gói"))
        if not folder:
            return

        def done(path: Any) -> None:
            self.result.setText(translate("Send", "Đã tạo gói: {path}").format(path=str(path)))
            self.status.emit(translate("Send", "Đã tạo gói gửi cấp trên."))

        ops.run_op(self, lambda led: export_package(led, period=key, out_dir=folder), success=done,
                   progress_text=translate("Send", "Đang tạo gói gửi cấp trên…"))
