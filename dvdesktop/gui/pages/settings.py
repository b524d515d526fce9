"""Cài đặt: the unit's profile, the signing key, backups and encryption."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dvdesktop.gui import i18n, safety_dialogs
from dvdesktop.gui.forms import UnitForm
from dvdesktop.gui.widgets import page_title
from dvdesktop.operations import records, send
from dvdesktop.safety.crypto import is_encrypted

translate = QCoreApplication.translate


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


class SettingsPage(QWidget):
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_settings")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 2)
        outer.addWidget(page_title(translate("Settings", "Cài đặt"), self))
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
