"""Thùng rác, Cài đặt, Báo cáo and Gửi cấp trên pages."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
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
    QLineEdit,
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
from dvdesktop.operations import records, reports, send
from dvdesktop.core.domain import KINDS
from dvdesktop.core.periods import current_period
from dvdesktop.gui import i18n
from dvdesktop.gui.drives import DestinationPicker
from dvdesktop.gui.forms import UnitForm, ask_unsaved
from dvdesktop.gui.pages import fill_period_combo, fit_table_headers
from dvdesktop.gui.widgets import DateField, PeriodCombo, error_label

translate = QCoreApplication.translate


def _title(text: str, parent: QWidget) -> QLabel:
    lab = QLabel(text, parent)
    lab.setObjectName("pageTitle")
    return lab


def _section(text: str, parent: QWidget) -> QLabel:
    lab = QLabel(text, parent)
    lab.setObjectName("sectionTitle")
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


def confirm_rotation(parent: QWidget, fingerprint: str) -> bool:
    """Ask before replacing the signing key, saying what the superior will see (a module
    function so tests can answer it)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Settings", "Đổi khóa ký"), translate(
        "Settings", "Tạo khóa ký mới thay khóa {fingerprint}?\n\nChương trình ký một thông báo đổi khóa bằng khóa "
                    "cũ rồi hủy khóa cũ. Từ nay mỗi gói gửi cấp trên mang thông báo đó: văn phòng cấp trên đã đăng "
                    "ký khóa cũ sẽ tự nhận khóa mới khi nhận gói (ghi “Đã nhận (đơn vị đã đổi khóa)”), không cần "
                    "gọi điện. Dấu vân tay mới in ở cuối báo cáo.\n\nNếu khóa cũ có thể đã lọt vào tay người khác "
                    "(mất máy), hãy gọi điện báo cấp trên.").format(fingerprint=fingerprint),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Settings", "Đổi khóa ký"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Settings", "Không"))
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
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(2, 150)
        fit_table_headers(self.table)
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
        self.items = records.trash()
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
        records.restore_record(parent=self, kind=item["kind"], record_id=item["id"],
                               success=lambda _r: self.status.emit(translate("Trash", "Đã khôi phục: {title}").format(title=item["title"])))

    def empty(self) -> None:
        if not self.items or not confirm_empty_trash(self, len(self.items)):
            return
        records.empty_trash(parent=self,
                            success=lambda n: self.status.emit(translate("Trash", "Đã xóa hẳn {n} bản ghi.").format(n=i18n.number(n))))


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
        self.save_button.clicked.connect(lambda: self.unit_form.save())
        row.addWidget(self.save_button)
        unit_lay.addLayout(row)
        lay.addWidget(unit_box)

        key_box = QGroupBox(translate("Settings", "Khóa ký số của đơn vị"), inner)
        key_lay = QVBoxLayout(key_box)
        key_hint = QLabel(translate(
            "Settings", "Cấp trên chỉ nhận gói báo cáo ký bằng khóa này. Khi cấp trên gọi điện đối chiếu, "
                        "hãy đọc dấu vân tay dưới đây; gửi kèm tệp khóa công khai khi đăng ký lần đầu."), key_box)
        key_hint.setWordWrap(True)
        key_lay.addWidget(key_hint)
        fp_row = QHBoxLayout()
        fp_row.addWidget(QLabel(translate("Settings", "Dấu vân tay:"), key_box))
        self.fingerprint = QLabel(key_box)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setStyleSheet("font-family: 'DejaVu Sans Mono', Consolas, monospace; "
                                       "font-size: 20pt; font-weight: bold; letter-spacing: 2px;")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fp_row.addWidget(self.fingerprint)
        fp_row.addStretch(1)
        key_lay.addLayout(fp_row)
        key_lay.addWidget(QLabel(translate("Settings", "Khóa công khai (định dạng minisign):"), key_box))
        self.public_key = QPlainTextEdit(key_box)
        self.public_key.setObjectName("publicKey")
        self.public_key.setReadOnly(True)
        self.public_key.setMaximumHeight(40)
        self.public_key.setStyleSheet("font-family: 'DejaVu Sans Mono', Consolas, monospace;")
        key_lay.addWidget(self.public_key)
        self.public_key_text = ""  # the whole .pub file, comment line included
        key_buttons = QHBoxLayout()
        self.save_key_button = QPushButton(translate("Settings", "Lưu khóa công khai…"), key_box)
        self.save_key_button.setObjectName("savePublicKey")
        self.save_key_button.clicked.connect(self.save_public_key)
        key_buttons.addWidget(self.save_key_button)
        self.rotate_button = QPushButton(translate("Settings", "Đổi khóa ký…"), key_box)
        self.rotate_button.setObjectName("rotateKey")
        self.rotate_button.setToolTip(translate(
            "Settings", "Tạo khóa ký mới (máy mới, nghi khóa cũ bị lộ); cấp trên tự nhận khóa mới qua thông báo ký "
                        "bằng khóa cũ"))
        self.rotate_button.clicked.connect(lambda: self.rotate_key())
        key_buttons.addWidget(self.rotate_button)
        key_buttons.addStretch(1)
        key_lay.addLayout(key_buttons)
        self.rotation_label = QLabel(key_box)
        self.rotation_label.setObjectName("rotationInfo")
        self.rotation_label.setWordWrap(True)
        key_lay.addWidget(self.rotation_label)
        lay.addWidget(key_box)

        safe_box = QGroupBox(translate("Settings", "Sao lưu và bảo mật dữ liệu"), inner)
        safe_lay = QVBoxLayout(safe_box)
        safe_hint = QLabel(translate(
            "Settings", "Mỗi ngày chương trình tự sao lưu một bản khi mở. Nên chép thêm một bản ra USB "
                        "cất nơi khác, nhất là trước khi gửi máy đi sửa."), safe_box)
        safe_hint.setWordWrap(True)
        safe_lay.addWidget(safe_hint)
        safe_buttons = QHBoxLayout()
        self.backup_button = QPushButton(translate("Settings", "Sao lưu ra USB…"), safe_box)
        self.restore_button = QPushButton(translate("Settings", "Khôi phục từ bản sao…"), safe_box)
        self.encrypt_button = QPushButton(translate("Settings", "Mã hóa dữ liệu…"), safe_box)
        self.passphrase_button = QPushButton(translate("Settings", "Đổi mật khẩu…"), safe_box)
        for name, b in (("backupButton", self.backup_button), ("restoreButton", self.restore_button),
                        ("encryptButton", self.encrypt_button), ("passphraseButton", self.passphrase_button)):
            b.setObjectName(name)
            safe_buttons.addWidget(b)
        safe_buttons.addStretch(1)
        safe_lay.addLayout(safe_buttons)
        self.encryption_label = QLabel(safe_box)
        self.encryption_label.setObjectName("hint")
        self.encryption_label.setWordWrap(True)
        safe_lay.addWidget(self.encryption_label)
        lay.addWidget(safe_box)
        from dvdesktop.gui import safety_dialogs

        self.backup_button.clicked.connect(lambda: safety_dialogs.backup_to_usb(self))
        self.restore_button.clicked.connect(lambda: safety_dialogs.restore_from_backup(self))
        self.encrypt_button.clicked.connect(lambda: safety_dialogs.encrypt_data(self))
        self.passphrase_button.clicked.connect(lambda: safety_dialogs.change_passphrase(self))
        lay.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.unit_form.saved.connect(lambda _u: self.status.emit(translate("Settings", "Đã lưu thông tin đơn vị.")))

    def load(self, **_: Any) -> None:
        unit, path = records.unit() or None, records.data_path()
        self.unit_form.set_unit(unit)
        self.path_label.setText(translate("Settings", "Tệp dữ liệu: {path}").format(path=path))
        self.show_key()
        self.show_encryption()

    def show_key(self) -> None:
        fp, text = send.signing_key()
        if not fp or not text:
            self.fingerprint.setText(translate("Settings", "(đang tạo khóa…)"))
            self.save_key_button.setEnabled(False)
            self.rotate_button.setEnabled(False)
            send.make_signing_key(parent=self, success=lambda _k: self.show_key())
            return
        self.fingerprint.setText(str(fp))
        self.public_key_text = str(text).strip()
        # The file's first line is minisign's own English comment; the key is the last line.
        self.public_key.setPlainText(self.public_key_text.splitlines()[-1])
        self.save_key_button.setEnabled(True)
        self.rotate_button.setEnabled(True)
        self.show_rotations()

    def show_rotations(self) -> None:
        """Which keys this one replaced: the announcements every package now carries."""
        rotations = send.key_rotations()
        if not rotations:
            self.rotation_label.setText("")
            self.rotation_label.hide()
            return
        last = rotations[-1]
        self.rotation_label.setText(translate(
            "Settings", "Khóa này thay khóa {old} (đổi ngày {date}). Mỗi gói gửi cấp trên mang thông báo đổi khóa ký "
                        "bằng khóa cũ: cấp trên đã tin khóa cũ sẽ tự nhận khóa mới (“Đã nhận (đơn vị đã đổi "
                        "khóa)”), không cần gọi điện.").format(old=last.old_fingerprint, date=i18n.date(last.date[:10])))
        self.rotation_label.show()

    def rotate_key(self) -> None:
        """A new signing key, announced under the old one, after saying what the superior will see."""
        if not confirm_rotation(self, self.fingerprint.text()):
            return

        def done(rotation: Any) -> None:
            self.show_key()
            self.status.emit(translate("Settings", "Đã đổi khóa ký: {old} → {new}.").format(
                old=rotation.old_fingerprint, new=self.fingerprint.text()))

        send.rotate_key(parent=self, success=done)

    def show_encryption(self) -> None:
        from dvdesktop.safety.crypto import is_encrypted

        path = Path(records.data_path())
        encrypted = is_encrypted(path)
        self.encrypt_button.setEnabled(not encrypted)
        self.passphrase_button.setEnabled(encrypted)
        self.encryption_label.setText(
            translate("Settings", "Tệp dữ liệu đã được mã hóa: mở chương trình phải nhập mật khẩu.") if encrypted
            else translate("Settings", "Tệp dữ liệu chưa được mã hóa: ai có máy tính này đều đọc được."))

    def save_public_key(self) -> None:
        code = records.unit().get("code") or "don-vi"
        path, _ = QFileDialog.getSaveFileName(self, translate("Settings", "Lưu khóa công khai"),
                                              f"{code}.pub", translate("Settings", "Khóa công khai (*.pub)"))
        if not path:
            return
        send.save_public_key(parent=self, text=self.public_key_text + "\n", path=path,
                             success=lambda p: self.status.emit(
                                 translate("Settings", "Đã lưu khóa công khai: {path}").format(path=p)))

    # Leaving the page or quitting with the profile changed and not saved: the window asks.
    def unsaved(self) -> bool:
        return self.unit_form.is_dirty()

    def keep_unsaved(self, then: Any) -> None:
        self.unit_form.save(then=then)

    def discard_unsaved(self) -> None:
        self.unit_form.revert()

    def _language_changed(self) -> None:
        lang = self.language.currentData()
        i18n.save_language(lang)
        self.status.emit(translate("Settings", "Đã chọn ngôn ngữ; hãy mở lại chương trình để áp dụng."))


class _PeriodPage(QWidget):
    status = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(6, 6, 6, 2)
        self.lay.addWidget(_title(title, self))
        self.period_row = row = QHBoxLayout()
        label = QLabel(translate("Reports", "&Kỳ báo cáo:"), self)
        row.addWidget(label)
        self.period_combo = PeriodCombo(self)
        label.setBuddy(self.period_combo)
        self.period_combo.setObjectName("period")
        self.period_combo.setMinimumContentsLength(20)
        row.addWidget(self.period_combo)
        row.addStretch(1)
        self.lay.addLayout(row)
        self.today = dt.date.today()

    def load(self, *, cutoff_day: int = 1, today: dt.date | None = None) -> None:
        self.today = today = today or dt.date.today()
        fill_period_combo(self.period_combo, cutoff_day=cutoff_day, today=today, all_item=False, years=2)
        self.period_combo.set_quietly(current_period("half", today=today, cutoff_day=cutoff_day).key)
        self.period_changed()

    def period_changed(self) -> None:
        pass


class ReportsPage(_PeriodPage):
    """Báo cáo: the secretary's own sections (hạn chế, phương hướng), the document's number
    and date, and the report as PDF, DOCX or printed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Reports", "Báo cáo"), parent)
        self.setObjectName("page_reports")
        self.period_row.takeAt(self.period_row.count() - 1)  # the stretch: number and date follow
        self.period_row.addSpacing(16)
        number_label = QLabel(translate("Reports", "Số &văn bản:"), self)
        self.number = QLineEdit(self)
        self.number.setObjectName("reportNumber")
        self.number.setMaxLength(20)
        self.number.setMaximumWidth(90)
        self.number.setToolTip(translate("Reports", "Ví dụ 12 (in “Số 12-BC/…”); để trống thì in chỗ trống để viết tay"))
        number_label.setBuddy(self.number)
        self.period_row.addWidget(number_label)
        self.period_row.addWidget(self.number)
        self.number_hint = QLabel(self)
        self.number_hint.setObjectName("hint")
        self.period_row.addWidget(self.number_hint)
        self.period_row.addSpacing(16)
        date_label = QLabel(translate("Reports", "&Ngày báo cáo:"), self)
        self.issued = DateField(self)
        self.issued.setObjectName("reportDate")
        self.issued.setToolTip(translate("Reports", "Ngày ghi ở dòng địa danh, ngày tháng của báo cáo"))
        date_label.setBuddy(self.issued)
        self.period_row.addWidget(date_label)
        self.period_row.addWidget(self.issued)
        self.period_row.addStretch(1)
        self.date_error = error_label(self)
        self.date_error.setObjectName("reportDateError")
        self.lay.addWidget(self.date_error)
        self.number_warning = QLabel(self)
        self.number_warning.setObjectName("numberWarning")
        self.number_warning.setWordWrap(True)
        self.number_warning.setStyleSheet("color: #9a5b00;")
        self.number_warning.hide()
        self.lay.addWidget(self.number_warning)
        self._offered: str | None = None  # the number offered, while the user has not typed another
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
        self.save_text.setObjectName("saveTexts")
        self.save_text.clicked.connect(lambda: self.save_texts())
        self.pdf_button = QPushButton(translate("Reports", "Tạo báo cáo PDF…"), self)
        self.pdf_button.setObjectName("makePdf")
        self.pdf_button.clicked.connect(lambda: self.make_pdf("pdf"))
        self.docx_button = QPushButton(translate("Reports", "Tạo báo cáo Word (.docx)…"), self)
        self.docx_button.setObjectName("makeDocx")
        self.docx_button.clicked.connect(lambda: self.make_pdf("docx"))
        self.register_button = QPushButton(translate("Reports", "In Sổ tiếp công dân (PDF)…"), self)
        self.register_button.setObjectName("makeRegister")
        self.register_button.clicked.connect(lambda: self.make_register())
        self.print_button = QPushButton(translate("Reports", "Xem trước và in…"), self)
        self.print_button.setObjectName("printReport")
        self.print_button.setToolTip(translate("Reports", "Xem báo cáo như khi in ra giấy rồi in, không cần phần mềm đọc PDF"))
        self.print_button.clicked.connect(lambda: self.preview_report())
        self.print_register_button = QPushButton(translate("Reports", "Xem trước và in Sổ tiếp công dân…"), self)
        self.print_register_button.setObjectName("printRegister")
        self.print_register_button.clicked.connect(lambda: self.preview_register())
        self.baseline_button = QPushButton(translate("Reports", "Số liệu kỳ trước nhập tay…"), self)
        self.baseline_button.setObjectName("baselineButton")
        self.baseline_button.setToolTip(translate("Reports", "Số liệu cùng kỳ từ báo cáo giấy, để báo cáo so sánh "
                                                             "“so với cùng kỳ”"))
        self.baseline_button.clicked.connect(lambda: self.open_baseline())
        self.baseline_dialog: Any = None
        self.preview: Any = None
        row.addWidget(self.save_text)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addWidget(self.docx_button)
        row.addStretch(1)
        self.lay.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.print_register_button)
        row2.addWidget(self.register_button)
        row2.addStretch(1)
        row2.addWidget(self.baseline_button)
        self.lay.addLayout(row2)
        self.lay.addLayout(form, 1)
        self._key: str | None = None  # the period whose texts are shown
        self._texts = ("", "")  # as saved
        self.period_combo.period_changed.connect(lambda _k: self._period_chosen())
        self.issued.changed.connect(self.date_error.hide)
        self.issued.changed.connect(lambda: self.offer_number())
        self.number.textEdited.connect(lambda _t: self.check_number())

    def load(self, **kwargs: Any) -> None:
        super().load(**kwargs)
        if not self.issued.text():
            self.issued.set_value(self.today)
        self.offer_number()

    # ----------------------------------------------------------- the document's number
    def _issued_or_none(self) -> dt.date | None:
        from dvdesktop.core.fmt import try_parse_date

        return try_parse_date(self.issued.text()) if self.issued.text() else self.today

    def offer_number(self) -> None:
        """The next number of the term for this report (its own, if it was numbered
        already), put in the field unless the user typed another."""
        key, issued = self.period_combo.period(), self._issued_or_none()
        if key is None or issued is None:
            return
        offered = f"{reports.next_document_number(period=key, issued=issued):02d}"
        typed = self.number.text().strip()
        if not typed or typed == self._offered:
            self.number.setText(offered)
        self._offered = offered
        self.check_number()

    def check_number(self) -> None:
        """Warn (without refusing) when the number typed already went to another report of the term."""
        typed, key, issued = self.number.text().strip(), self.period_combo.period(), self._issued_or_none()
        self.number_hint.setText(translate("Reports", "(số tiếp theo: {n})").format(n=self._offered)
                                 if self._offered and typed != self._offered else "")
        if not typed.isdigit() or int(typed) < 1 or issued is None:
            self.number_warning.hide()
            return
        uses = [u for u in reports.document_number_uses(int(typed), issued=issued) if u["period_key"] != key]
        if not uses:
            self.number_warning.hide()
            return
        from dvdesktop.core.periods import parse_period

        def period_text(k: str) -> str:
            try:
                return i18n.period_label(parse_period(k))
            except Exception:  # noqa: BLE001 - an odd stored key still shows as stored
                return k

        used = "; ".join(translate("Reports", "báo cáo {period} ngày {date}").format(
            period=period_text(u["period_key"]), date=i18n.date(u["issued"])) for u in uses)
        self.number_warning.setText(translate(
            "Reports", "⚠ Số {n} đã dùng trong nhiệm kỳ này cho {used}. Vẫn in được, nhưng hai văn bản sẽ trùng "
                       "số; số tiếp theo còn trống là {offered}.").format(
            n=f"{int(typed):02d}", used=used, offered=self._offered or ""))
        self.number_warning.show()

    def open_baseline(self) -> None:
        """Số liệu nhập tay, on the period this report compares with (cùng kỳ)."""
        from dvdesktop.gui.baseline import open_baseline

        key = self.period_combo.period()
        previous = records.previous_year_key(key)
        open_baseline(self, period=previous, today=self.today, status=self.status.emit)

    def _period_chosen(self) -> None:
        new = self.period_combo.period()
        if self._key is not None and new != self._key and self.unsaved():
            old = self._key
            answer = ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel:
                self.period_combo.set_quietly(old)
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save_texts(key=old)
        self.period_changed()

    def period_changed(self) -> None:
        key = self.period_combo.period()
        if key is None:
            return
        if self._offered is not None:
            self.offer_number()
        texts = reports.period_texts(key)
        self._key = key
        self._texts = (texts["limitations"], texts["directions"])
        self.limitations.setPlainText(texts["limitations"])
        self.directions.setPlainText(texts["directions"])

    def _typed(self) -> tuple[str, str]:
        return self.limitations.toPlainText().strip(), self.directions.toPlainText().strip()

    # Leaving the page or quitting with sections II and III changed: the window asks.
    def unsaved(self) -> bool:
        return self._key is not None and self._typed() != tuple(t.strip() for t in self._texts)

    def keep_unsaved(self, then: Any) -> None:
        self.save_texts(then=then)

    def discard_unsaved(self) -> None:
        self.limitations.setPlainText(self._texts[0])
        self.directions.setPlainText(self._texts[1])

    def save_texts(self, *, key: str | None = None, then: Any = None) -> None:
        key = key or self.period_combo.period()
        lim, dirs = self._typed()
        if key == self._key:
            self._texts = (lim, dirs)

        def done(_r: Any) -> None:
            self.status.emit(translate("Reports", "Đã lưu nội dung báo cáo."))
            if then is not None:
                then()

        reports.save_period_texts(parent=self, period=key, limitations=lim, directions=dirs, success=done)

    def _document(self) -> tuple[str | None, dt.date | None] | None:
        """The number and date typed for the report, or None after saying what is wrong."""
        from dvdesktop.base.errors import UserError
        from dvdesktop.core.fmt import parse_date

        number = self.number.text().strip() or None
        text = self.issued.text()
        try:
            issued = parse_date(text) if text else None
        except UserError as exc:
            self.date_error.setText(translate("Reports", "Ngày báo cáo: {reason}").format(reason=ops.error_text(exc)))
            self.date_error.show()
            self.issued.setFocus()
            return None
        self.date_error.hide()
        return number, issued

    def make_pdf(self, suffix: str = "pdf") -> None:
        """Save the report as ``suffix`` ("pdf" or "docx") where the user says."""
        document = self._document()
        if document is None:
            return
        number, issued = document
        key = self.period_combo.period()
        kinds = {"pdf": translate("Reports", "Tệp PDF (*.pdf)"), "docx": translate("Reports", "Tài liệu Word (*.docx)")}
        path, _ = QFileDialog.getSaveFileName(self, translate("Reports", "Lưu báo cáo"),
                                              f"bao-cao-{key}.{suffix}", kinds[suffix])
        if not path:
            return
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        lim, dirs = self._typed()
        self._texts = (lim, dirs)

        def done(p: str) -> None:
            self.status.emit(translate("Reports", "Đã tạo báo cáo: {path}").format(path=p))
            self.offer_number()  # this report's number is taken now
            QDesktopServices.openUrl(QUrl.fromLocalFile(p))

        reports.build_report(parent=self, period=key, out=Path(path), number=number, issued=issued,
                             texts={"limitations": lim, "directions": dirs}, success=lambda _p: done(path))

    def make_register(self) -> None:
        key = self.period_combo.period()
        path, _ = QFileDialog.getSaveFileName(self, translate("Reports", "Lưu Sổ tiếp công dân"),
                                              f"so-tiep-cong-dan-{key}.pdf", translate("Reports", "Tệp PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"

        def done(p: Any) -> None:
            self.status.emit(translate("Reports", "Đã tạo: {path}").format(path=str(p)))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))

        reports.build_register(parent=self, period=key, out=Path(path), success=done)


    def preview_report(self) -> None:
        """Build the PDF into a temporary folder off the UI thread, then Qt's print preview."""
        document = self._document()
        if document is None:
            return
        number, issued = document
        key = self.period_combo.period()
        lim, dirs = self._typed()
        self._texts = (lim, dirs)
        out = Path(tempfile.mkdtemp(prefix="dvdesktop-in-")) / f"bao-cao-{key}.pdf"

        reports.build_report(parent=self, period=key, out=out, number=number, issued=issued,
                             texts={"limitations": lim, "directions": dirs},
                             success=lambda p: self._open_preview(Path(p), landscape=False))

    def preview_register(self) -> None:
        key = self.period_combo.period()
        out = Path(tempfile.mkdtemp(prefix="dvdesktop-in-")) / f"so-tiep-cong-dan-{key}.pdf"
        reports.build_register(parent=self, period=key, out=out,
                               success=lambda p: self._open_preview(Path(p), landscape=True))

    def _open_preview(self, pdf: Path, *, landscape: bool) -> None:
        from dvdesktop.gui.printing import preview_dialog

        dlg = preview_dialog(pdf, self, landscape=landscape)
        dlg.finished.connect(lambda _r: shutil.rmtree(pdf.parent, ignore_errors=True))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = dlg
        dlg.destroyed.connect(lambda _o=None: setattr(self, "preview", None))
        dlg.open()


class SendPage(_PeriodPage):
    """Gửi cấp trên: a signed summary package written to a USB stick (or any folder)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Send", "Gửi cấp trên"), parent)
        self.setObjectName("page_send")
        info = QLabel(translate(
            "Send", "Tạo gói số liệu tổng hợp có chữ ký số của đơn vị để chép vào USB nộp cấp trên. "
                    "Gói chỉ chứa số liệu và bản ghi đã bỏ thông tin cá nhân; không bao giờ chứa danh "
                    "tính người tố cáo."), self)
        info.setWordWrap(True)
        self.lay.addWidget(info)
        dest_row = QHBoxLayout()
        dest_row.addWidget(QLabel(translate("Send", "Ghi vào:"), self))
        self.destination = DestinationPicker(self, title=translate("Send", "Chọn thư mục (ổ USB) để ghi gói"))
        dest_row.addWidget(self.destination, 1)
        self.lay.addLayout(dest_row)
        row = QHBoxLayout()
        self.export_button = QPushButton(translate("Send", "Tạo gói gửi cấp trên"), self)
        self.export_button.setObjectName("exportPackage")
        self.export_button.clicked.connect(lambda: self.export())
        row.addWidget(self.export_button)
        row.addStretch(1)
        self.lay.addLayout(row)
        self.result = QLabel(self)
        self.result.setObjectName("sendResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lay.addWidget(self.result)
        self.lay.addWidget(_section(translate("Send", "Các gói đã tạo"), self))
        self.history = QTableWidget(0, 4, self)
        self.history.setObjectName("exportsTable")
        self.history.setHorizontalHeaderLabels([translate("Send", "Kỳ báo cáo"), translate("Send", "Lần gửi"),
                                                translate("Send", "Tệp"), translate("Send", "Tạo lúc")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().setVisible(False)
        self.history.verticalHeader().setDefaultSectionSize(22)
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setColumnWidth(0, 220)
        self.history.setColumnWidth(1, 80)
        self.history.setColumnWidth(3, 140)
        self.history.setTabKeyNavigation(False)
        fit_table_headers(self.history)
        self.lay.addWidget(self.history, 1)
        self.destination.changed.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        self.export_button.setEnabled(bool(self.destination.folder()))

    def load(self, **kwargs: Any) -> None:
        super().load(**kwargs)
        self.destination.refresh()
        self.refresh_history()

    def refresh_history(self) -> None:
        rows = send.exports()
        self.history.setRowCount(len(rows))
        for r, row in enumerate(rows):
            try:
                from dvdesktop.core.periods import parse_period

                period = i18n.period_label(parse_period(row["period_key"]))
            except Exception:  # noqa: BLE001 - an odd key still shows as typed
                period = row["period_key"]
            cells = (period, i18n.number(row["revision"]), row["file_name"], _local_time(row["created_at"]))
            for c, text in enumerate(cells):
                self.history.setItem(r, c, QTableWidgetItem(text))

    def export(self) -> None:
        """Screen what would leave (off the UI thread); write the package only when nothing
        looks like personal data, or when the secretary has seen every finding and chosen
        to send anyway."""
        folder = self.destination.folder()
        if not folder:
            return
        key = self.period_combo.period()
        self.result.setText("")
        if not Path(folder).is_dir():
            # A stick pulled out after it was listed: say so rather than make a folder elsewhere.
            self.result.setText(translate("Send", "Không thấy ổ hoặc thư mục {path}. USB đã bị rút ra? "
                                                  "Hãy cắm lại rồi nhấn “Tìm lại ổ USB”.").format(path=folder))
            self.destination.refresh()
            return
        send.screen_findings(parent=self, period=key, success=lambda screening: self._screened(screening, key, folder))

    def _screened(self, screening: Any, key: str, folder: str) -> None:
        if screening.clean:
            self._write(key, folder, None)
            return
        from dvdesktop.gui import findings

        choice, finding = findings.ask_findings(self, screening)
        if choice == findings.SEND:
            self._write(key, folder, screening)
            return
        self.result.setText(translate(
            "Send", "Chưa ghi gói: có {n} chỗ trông như thông tin cá nhân trong những gì sẽ gửi đi. Sửa những "
                    "chỗ đó rồi nhấn lại “Tạo gói gửi cấp trên”.").format(n=i18n.number(len(screening.findings))))
        if choice == findings.FIX and finding is not None:
            self.open_finding(finding)

    def open_finding(self, finding: Any) -> None:
        """The record (or the report's section) where personal data was found, open to edit."""
        win = self.window()
        if not hasattr(win, "go"):
            return
        if finding.kind in KINDS and finding.record_id is not None:
            win.go(finding.kind).edit_record(finding.record_id)
            return
        page = win.go("reports")
        page.period_combo.select(self.period_combo.period())
        box = page.directions if finding.field == "directions" else page.limitations
        box.setFocus()

    def _write(self, key: str, folder: str, accepted: Any) -> None:
        def done(path: Any) -> None:
            self.result.setText(translate("Send", "Đã ghi gói: {path}\nHãy rút USB an toàn (Safely Remove) "
                                                  "rồi mang nộp cấp trên.").format(path=str(path)))
            self.status.emit(translate("Send", "Đã tạo gói gửi cấp trên."))
            self.refresh_history()

        def failed(error: BaseException) -> bool | None:
            from dvdesktop.packages import PersonalDataFound

            if isinstance(error, PersonalDataFound):
                # The data changed after the findings were seen: show what is found now.
                self._screened(error.screening, key, folder)
                return True
            self.result.setText(translate("Send", "Chưa tạo được gói: {reason}").format(reason=ops.error_text(error)))
            return None

        self.task = send.send_package(parent=self, period=key, folder=folder, accepted=accepted, success=done,
                                      failure=failed)
