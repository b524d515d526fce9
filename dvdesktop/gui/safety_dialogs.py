"""Backups and encryption from the window: a copy to a USB stick, restore, encrypt, new passphrase.

Restoring, encrypting and changing the passphrase replace the unit's file: the dialogs ask,
``operations.safety`` closes the window's Ledger, does the work on a worker thread and opens
the file again. The daily automatic backup starts here too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvdesktop import operations as ops
from dvdesktop.base.errors import UserError
from dvdesktop.gui.drives import DestinationPicker
from dvdesktop.operations import records, safety as safety_ops
from dvdesktop.safety.backup import backups_dir
from dvdesktop.safety.crypto import check_passphrase
from dvdesktop.safety.datafile import is_encrypted, unlock

translate = QCoreApplication.translate

__all__ = [
    "BackupDialog", "PassphraseDialog", "RecoveryKeyDialog", "add_file_menu_actions", "backup_to_usb",
    "change_passphrase", "confirm_merge", "confirm_restore", "encrypt_data", "merge_history", "merge_summary",
    "restore_from_backup", "start_daily_backup",
]


def _status(parent: QWidget, text: str) -> None:
    win = parent.window()
    if isinstance(win, QMainWindow):
        win.statusBar().showMessage(text, 10000)


# ------------------------------------------------------------------ daily backup
def start_daily_backup(window: QWidget) -> None:
    """The day's first start: a verified backup into the data folder, on a worker thread.

    A failure (disk full) is told in the status bar and does not stop the work.
    """
    def done(path: Any) -> None:
        if path is not None:
            _status(window, translate("Safety", "Đã tự động sao lưu dữ liệu hôm nay."))

    def failed(error: BaseException) -> bool:
        _status(window, translate("Safety", "Chưa tự động sao lưu được: {reason}").format(reason=ops.error_text(error)))
        return True

    safety_ops.daily_backup(parent=window, success=done, failure=failed)


# ------------------------------------------------------------------ backup to a stick
class BackupDialog(QDialog):
    """Choose the USB stick (or folder) for a copy of the unit's file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Safety", "Sao lưu ra USB"))
        lay = QVBoxLayout(self)
        hint = QLabel(translate(
            "Safety", "Chương trình chép toàn bộ dữ liệu ra tệp sao lưu rồi kiểm tra lại bản chép. "
                      "Tệp đã mã hóa thì bản sao lưu cũng được mã hóa."), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.picker = DestinationPicker(self, title=translate("Safety", "Chọn thư mục (ổ USB) để sao lưu"))
        lay.addWidget(self.picker)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(translate("Safety", "Sao lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(translate("Safety", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.picker.changed.connect(lambda: self.ok.setEnabled(bool(self.picker.folder())))
        self.ok.setEnabled(bool(self.picker.folder()))
        self.resize(640, 150)


def backup_to_usb(parent: QWidget, *, folder: str | None = None) -> None:
    """Ask where (unless ``folder`` is given), then ``make_backup`` off the UI thread."""
    if folder is None:
        dlg = BackupDialog(parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        folder = dlg.picker.folder()

    def done(path: Any) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, translate("Safety", "Sao lưu ra USB"),
                          translate("Safety", "Đã sao lưu và kiểm tra bản sao:\n{path}").format(path=str(path)),
                          QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        _status(parent, translate("Safety", "Đã sao lưu: {path}").format(path=str(path)))

    safety_ops.backup(parent=parent, folder=folder, success=done)


# ------------------------------------------------------------------ replacing the file
def _is_encrypted(path: Path) -> bool:
    return is_encrypted(path)


# ------------------------------------------------------------------ restore
def confirm_restore(parent: QWidget, source: Path) -> bool:
    """Ask before replacing the data (a module function so tests can answer it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Safety", "Khôi phục từ bản sao"),
                      translate("Safety", "Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu\n{path}?\n\n"
                                          "Dữ liệu hiện tại được giữ lại thành một bản sao lưu tự động, "
                                          "có thể khôi phục lại nếu chọn nhầm.").format(path=str(source)),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Safety", "Khôi phục"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Safety", "Không"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_secret(parent: QWidget, text: str) -> str | None:
    """The passphrase (or recovery key) typed in a password field; None if cancelled."""

    value, ok = QInputDialog.getText(parent, translate("Safety", "Mật khẩu tệp dữ liệu"), text,
                                     QLineEdit.EchoMode.Password)
    return value if ok else None


def restore_from_backup(parent: QWidget, *, source: str | None = None, secret: str | None = None) -> None:
    """Choose a backup file, confirm, close the file, restore, open it again."""
    if source is None:
        source, _ = QFileDialog.getOpenFileName(
            parent, translate("Safety", "Chọn tệp sao lưu"), str(backups_dir()),
            translate("Safety", "Tệp sao lưu dvdesktop (*.db);;Mọi tệp (*)"))
        if not source:
            return
    src = Path(source)
    if not confirm_restore(parent, src):
        return
    if secret is None and _is_encrypted(src):
        secret = ask_secret(parent, translate("Safety", "Dữ liệu được mã hóa. Nhập mật khẩu (hoặc mã khôi phục):"))
        if secret is None:
            return

    def done(_kept: Any) -> None:
        _status(parent, translate("Safety", "Đã khôi phục dữ liệu từ bản sao lưu."))

    safety_ops.restore(parent=parent, source=src, secret=secret, success=done)


# ------------------------------------------------------------------ merged units
def confirm_merge(parent: QWidget, paths: list[str]) -> bool:
    """Say what taking in the old units' history does, and ask."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Safety", "Nhận lịch sử đơn vị cũ (sáp nhập)"),
                      translate("Safety", "Nhận toàn bộ bản ghi của {n} tệp đơn vị cũ vào tệp của đơn vị này?\n\n{files}\n\n"
                                          "Trước hết chương trình sao lưu tệp hiện tại và kiểm tra bản sao. Mỗi bản "
                                          "ghi nhận vào giữ mã đơn vị cũ nó đến từ, để so với cùng kỳ tính trên cả địa "
                                          "bàn đã gộp. Nhận tất cả hoặc không nhận gì: có một lỗi thì tệp hiện tại "
                                          "không thay đổi.").format(n=len(paths), files="\n".join(paths)),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Safety", "Nhận lịch sử"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Safety", "Không"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def merge_summary(result: Any) -> str:
    """What was taken from each old unit, and the records met twice (taken once)."""
    lines = [translate("Safety", "Đã nhận {n} bản ghi của các đơn vị cũ.").format(n=result.total)]
    for code, kinds in result.added.items():
        lines.append(translate("Safety", "Từ đơn vị {unit}: {n} bản ghi.").format(
            unit=code, n=sum(kinds.values())))
    if result.duplicates:
        lines.append(translate("Safety", "Bỏ qua {n} bản ghi trùng mã (đã có, chỉ lấy một lần): {uids}").format(
            n=len(result.duplicates), uids=", ".join(f"{code} {uid}" for _kind, uid, code in result.duplicates[:10])
            + ("…" if len(result.duplicates) > 10 else "")))
    return "\n".join(lines)


def merge_history(parent: QWidget) -> None:
    """Choose the old units' .db files, confirm, ask the passphrase of an encrypted one, then
    take their records in off the UI thread and tell what was taken (or why not)."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent, translate("Safety", "Chọn tệp dữ liệu của các đơn vị cũ"), "",
        translate("Safety", "Tệp dữ liệu dvdesktop (*.db);;Mọi tệp (*)"))
    paths = [p for p in paths if p]
    if not paths or not confirm_merge(parent, paths):
        return
    secrets: dict[str, str | None] = {}
    for path in paths:
        if Path(path).is_file() and _is_encrypted(Path(path)):
            secret = ask_secret(parent, translate(
                "Safety", "Tệp {path} được mã hóa. Nhập mật khẩu (hoặc mã khôi phục) của tệp đó:").format(path=path))
            if secret is None:
                return
            secrets[path] = secret

    def done(result: Any) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, translate("Safety", "Nhận lịch sử đơn vị cũ (sáp nhập)"),
                          merge_summary(result), QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("mergeResult")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        _status(parent, translate("Safety", "Đã nhận {n} bản ghi của các đơn vị cũ.").format(n=result.total))

    safety_ops.merge_history(parent=parent, paths=paths, secrets=secrets, success=done)


# ------------------------------------------------------------------ encryption
class PassphraseDialog(QDialog):
    """A new passphrase typed twice (and the current one, to change it)."""

    def __init__(self, parent: QWidget | None = None, *, ask_old: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Safety", "Đổi mật khẩu") if ask_old else translate("Safety", "Mã hóa dữ liệu"))
        lay = QVBoxLayout(self)
        hint = QLabel(translate(
            "Safety", "Mật khẩu cần ít nhất 8 ký tự. Sau khi mã hóa, mỗi lần mở chương trình phải nhập "
                      "mật khẩu. Chương trình sẽ cho một mã khôi phục để dùng khi quên mật khẩu.")
                      if not ask_old else translate(
            "Safety", "Nhập mật khẩu hiện tại (hoặc mã khôi phục nếu đã quên), rồi mật khẩu mới hai lần."), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        form = QFormLayout()
        self.old = QLineEdit(self)
        self.new = QLineEdit(self)
        self.again = QLineEdit(self)
        for name, e in (("old", self.old), ("new", self.new), ("again", self.again)):
            e.setObjectName(name)
            e.setEchoMode(QLineEdit.EchoMode.Password)
        if ask_old:
            form.addRow(translate("Safety", "Mật khẩu hiện tại:"), self.old)
        else:
            self.old.hide()  # not in the layout: it would sit over the hint and take the cursor
        form.addRow(translate("Safety", "Mật khẩu mới:"), self.new)
        form.addRow(translate("Safety", "Nhập lại mật khẩu mới:"), self.again)
        lay.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(translate("Safety", "Mã hóa") if not ask_old else translate("Safety", "Đổi mật khẩu"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("Safety", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.ask_old = ask_old
        (self.old if ask_old else self.new).setFocus()
        self.resize(520, 200)

    def check(self) -> None:
        """Refuse here what the core would refuse, so the dialog stays open to fix it."""

        if self.ask_old and not self.old.text():
            self.error.setText(translate("Safety", "Chưa nhập mật khẩu hiện tại."))
            return
        if self.new.text() != self.again.text():
            self.error.setText(translate("Errors", "Hai lần nhập mật khẩu không giống nhau."))
            return
        try:
            check_passphrase(self.new.text())
        except UserError as exc:
            self.error.setText(ops.error_text(exc))
            return
        self.accept()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: it closes only after "Tôi đã chép mã khôi phục" is ticked."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.setWindowTitle(translate("Safety", "Mã khôi phục"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        lay = QVBoxLayout(self)
        hint = QLabel(translate(
            "Safety", "Đây là mã khôi phục của tệp dữ liệu. Nếu quên mật khẩu, chỉ mã này mở lại được dữ "
                      "liệu; không ai khác, kể cả người làm ra chương trình, lấy lại được. Mã chỉ hiện một "
                      "lần này: hãy chép ra giấy hoặc in ra, cất nơi an toàn, tách riêng khỏi máy tính."), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.key_label = QLabel(recovery_key, self)
        self.key_label.setObjectName("recoveryKey")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(18)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("padding: 12px; border: 2px dashed #b71c1c; background: #fffdf5;")
        lay.addWidget(self.key_label)
        row = QHBoxLayout()
        self.copy_button = QPushButton(translate("Safety", "Sao chép"), self)
        self.print_button = QPushButton(translate("Safety", "In mã khôi phục…"), self)
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_key)
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.confirm = QCheckBox(translate("Safety", "Tôi đã chép mã khôi phục"), self)
        self.confirm.setObjectName("copiedConfirm")
        lay.addWidget(self.confirm)
        self.close_button = QPushButton(translate("Safety", "Đóng"), self)
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)
        self.confirm.toggled.connect(self.close_button.setEnabled)
        lay.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(620, 300)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)

    def document(self) -> QTextDocument:
        doc = QTextDocument(self)
        unit = records.unit()
        doc.setHtml(translate(
            "Safety", "<h2>Mã khôi phục dữ liệu dvdesktop</h2><p>Đơn vị: {unit}</p>"
                      "<p style='font-size:20pt; font-family:monospace'><b>{key}</b></p>"
                      "<p>Dùng mã này thay mật khẩu khi quên mật khẩu. Cất nơi an toàn.</p>").format(
            unit=unit.get("name") or "", key=self.recovery_key))
        return doc

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dlg = QPrintDialog(printer, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)

    def reject(self) -> None:  # Esc closes only once the key is copied
        if self.confirm.isChecked():
            super().reject()


def show_recovery_key(parent: QWidget, recovery_key: str) -> RecoveryKeyDialog:
    dlg = RecoveryKeyDialog(recovery_key, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    parent.recovery_dialog = dlg  # type: ignore[attr-defined]
    return dlg


def encrypt_data(parent: QWidget, *, passphrase: str | None = None) -> None:
    """Passphrase twice, encrypt the file (closed meanwhile), then the recovery key once."""
    if passphrase is None:
        dlg = PassphraseDialog(parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = dlg.new.text()

    def done(result: Any) -> None:
        _status(parent, translate("Safety", "Đã mã hóa tệp dữ liệu."))
        _refresh_settings(parent)
        show_recovery_key(parent, result.recovery_key)

    safety_ops.encrypt(parent=parent, passphrase=passphrase, success=done)


def change_passphrase(parent: QWidget, *, old: str | None = None, new: str | None = None) -> None:
    """Current passphrase (or recovery key) and the new one twice; only the key file changes."""
    if old is None or new is None:
        dlg = PassphraseDialog(parent, ask_old=True)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        old, new = dlg.old.text(), dlg.new.text()
    file = ops.current_file()
    try:  # a wrong current passphrase is told before the file is closed
        unlock(file.path, old)
    except UserError as exc:
        ops.show_error(parent, exc)
        return

    def done(recovery: Any) -> None:
        _status(parent, translate("Safety", "Đã đổi mật khẩu."))
        if recovery:
            show_recovery_key(parent, recovery)

    safety_ops.change_passphrase(parent=parent, old=old, new=new, success=done)


def _refresh_settings(parent: QWidget) -> None:
    if hasattr(parent, "show_encryption"):
        parent.show_encryption()


# ------------------------------------------------------------------ menu
def add_file_menu_actions(window: QMainWindow) -> list[QAction]:
    """Put the backup and encryption actions in the window's Tệp menu, above "Thoát"."""
    actions = window.menuBar().actions()
    if not actions or actions[0].menu() is None:
        return []
    menu = actions[0].menu()
    before = next((a for a in reversed(menu.actions()) if a.isSeparator()), None)
    made = []
    for text, fn in ((translate("Safety", "Sao lưu ra USB…"), backup_to_usb),
                     (translate("Safety", "Khôi phục từ bản sao…"), restore_from_backup),
                     (translate("Safety", "Mã hóa dữ liệu…"), encrypt_data),
                     (translate("Safety", "Đổi mật khẩu…"), change_passphrase),
                     (translate("Safety", "Nhận lịch sử đơn vị cũ (sáp nhập)…"), merge_history)):
        act = QAction(text, window)
        act.triggered.connect(lambda _c=False, f=fn: f(_settings_page(window)))
        menu.insertAction(before, act)
        made.append(act)
    if before is not None:
        menu.insertSeparator(before)
    return made


def _settings_page(window: QMainWindow) -> QWidget:
    pages = getattr(window, "pages", {})
    page = pages.get("settings") if isinstance(pages, dict) else None
    return page if isinstance(page, QWidget) else window
