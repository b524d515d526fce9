"""Đơn vị: the units' trusted keys, and registering one (the fingerprint read back first)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvdesktop import office, operations as ops
from dvdesktop.base.errors import UserError
from dvdesktop.gui import i18n
from dvdesktop.gui.office.common import FINGERPRINT_STYLE
from dvdesktop.gui.widgets import fill_table, hint_label, local_time, make_table, page_title
from dvdesktop.operations import office as office_ops
from dvdesktop.packages import fingerprint, load_public_key

translate = QCoreApplication.translate


class TrustDialog(QDialog):
    """Đăng ký khóa: a unit's code, its name, its .pub file; the fingerprint shown to compare."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Office", "Đăng ký khóa của đơn vị"))
        lay = QVBoxLayout(self)
        lay.addWidget(hint_label(translate(
            "Office", "Chọn tệp khóa công khai (.pub) đơn vị gửi, rồi đọc dấu vân tay hiện dưới đây cho đơn vị "
                      "nghe qua điện thoại: chỉ đăng ký khi đơn vị xác nhận trùng khớp."), self))
        form = QFormLayout()
        self.code = QLineEdit(self)
        self.code.setObjectName("unitCode")
        self.name = QLineEdit(self)
        self.name.setObjectName("unitName")
        file_row = QHBoxLayout()
        self.file = QLineEdit(self)
        self.file.setObjectName("pubFile")
        self.file.setReadOnly(True)
        browse = QPushButton(translate("Office", "Chọn tệp…"), self)
        browse.clicked.connect(self.browse)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        form.addRow(translate("Office", "Mã đơn vị:"), self.code)
        form.addRow(translate("Office", "Tên đơn vị:"), self.name)
        form.addRow(translate("Office", "Tệp khóa công khai:"), file_row)
        lay.addLayout(form)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setStyleSheet(FINGERPRINT_STYLE)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.fingerprint)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(translate("Office", "Đã đối chiếu, đăng ký"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("Office", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.key_text = ""
        self.ok.setEnabled(False)
        self.resize(560, 280)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("Office", "Chọn tệp khóa công khai"), "",
                                              translate("Office", "Khóa công khai (*.pub);;Mọi tệp (*)"))
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        self.file.setText(str(path))
        self.key_text, self.error_text = "", ""
        try:
            text = path.read_text(encoding="ascii")
            fp = fingerprint(load_public_key(text))
        except (OSError, UnicodeDecodeError):
            self.error.setText(translate("Office", "Không đọc được tệp khóa {path}.").format(path=str(path)))
            self.fingerprint.setText("")
        except UserError as exc:
            self.error.setText(ops.error_text(exc))
            self.fingerprint.setText("")
        else:
            self.key_text = text
            self.error.setText("")
            self.fingerprint.setText(fp)
            if not self.code.text():
                self.code.setText(path.stem)
        self.ok.setEnabled(bool(self.key_text))

    def check(self) -> None:
        if not self.code.text().strip():
            self.error.setText(translate("Office", "Chưa nhập mã đơn vị."))
            return
        if self.key_text:
            self.accept()


class SuccessorDialog(QDialog):
    """Đơn vị kế tục: the code of a replaced (merged) unit and of the unit that replaced it;
    what is wrong is said beside its field and the dialog stays open."""

    checked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Office", "Đơn vị kế tục"))
        lay = QVBoxLayout(self)
        lay.addWidget(hint_label(translate(
            "Office", "Khi hai đơn vị sáp nhập, ghi mã đơn vị cũ và mã đơn vị mới thay nó: đơn vị cũ không còn "
                      "bị tính là chưa gửi báo cáo, lịch sử của nó được báo cáo dưới đơn vị mới."), self))
        form = QFormLayout()
        self.old = QLineEdit(self)
        self.old.setObjectName("oldUnitCode")
        self.new = QLineEdit(self)
        self.new.setObjectName("newUnitCode")
        self.old_error, self.new_error = QLabel(self), QLabel(self)
        for label in (self.old_error, self.new_error):
            label.setObjectName("fieldError")
            label.setWordWrap(True)
        for text, field, error in ((translate("Office", "Mã đơn vị cũ:"), self.old, self.old_error),
                                   (translate("Office", "Mã đơn vị mới (kế tục):"), self.new, self.new_error)):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(error, 1)
            form.addRow(text, row)
        lay.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(translate("Office", "Ghi đơn vị kế tục"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("Office", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(620, 200)

    def check(self) -> None:
        """Say here what is missing; the core's refusals come back to ``refused``."""
        old, new = self.old.text().strip(), self.new.text().strip()
        self.old_error.setText(translate("Office", "Chưa nhập mã đơn vị cũ.") if not old else "")
        self.new_error.setText(translate("Office", "Chưa nhập mã đơn vị mới.") if not new else
                               translate("Office", "Mã đơn vị mới phải khác mã đơn vị cũ.") if new == old else "")
        if old and new and old != new:
            self.checked.emit(old, new)

    def refused(self, error: BaseException) -> bool:
        if not isinstance(error, UserError):
            return False
        self.old_error.setText(ops.error_text(error))
        return True


class UnitsPage(QWidget):
    """Đơn vị: the units whose keys the office trusts."""

    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("office_units")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 2)
        lay.addWidget(page_title(translate("Office", "Đơn vị và khóa ký số"), self))
        row = QHBoxLayout()
        self.trust_button = QPushButton(translate("Office", "Đăng ký khóa…"), self)
        self.trust_button.setObjectName("trustKey")
        self.trust_button.clicked.connect(self.register_key)
        row.addWidget(self.trust_button)
        self.successor_button = QPushButton(translate("Office", "Đơn vị kế tục…"), self)
        self.successor_button.setObjectName("unitSuccessor")
        self.successor_button.clicked.connect(self.record_successor)
        row.addWidget(self.successor_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.table = make_table(self, [translate("Office", "Mã đơn vị"), translate("Office", "Tên đơn vị"),
                                   translate("Office", "Dấu vân tay"), translate("Office", "Đăng ký lúc"),
                                   translate("Office", "Cách đăng ký khóa")],
                            "unitsTable", 1)
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(2, 200)
        self.table.setColumnWidth(3, 140)
        self.table.setColumnWidth(4, 380)
        lay.addWidget(self.table, 1)
        self.dialog: TrustDialog | None = None
        self.successor_dialog: SuccessorDialog | None = None
        ops.changes().changed.connect(self._on_changed)

    def _on_changed(self, kinds: set[str]) -> None:
        if office.RECEIVED in kinds and self.isVisible():
            self.refresh()

    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        units = office_ops.units_with_keys()
        fill_table(self.table, [[u["code"], u["name"], u["fingerprint"], local_time(u["trusted_at"]), key_origin(u, keys)]
                           for u, keys in units])

    def register_key(self) -> None:
        dlg = TrustDialog(self)
        self.dialog = dlg
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.trust(dlg.code.text().strip(), dlg.key_text, dlg.name.text().strip() or None)

    def record_successor(self) -> None:
        """The small dialog, left open until the core has taken the pair (or said why not)."""
        dlg = SuccessorDialog(self)
        self.successor_dialog = dlg

        def save(old: str, new: str) -> None:
            def done(_result: Any) -> None:
                dlg.accept()
                self.status.emit(translate("Office", "Đã ghi: đơn vị {new} kế tục đơn vị {old}.").format(new=new, old=old))
                self.refresh()

            office_ops.set_successor(parent=dlg, old=old, new=new, success=done, failure=dlg.refused)

        dlg.checked.connect(save)
        dlg.open()

    def trust(self, code: str, key_text: str, name: str | None) -> None:
        def done(registered: tuple[dict[str, Any], list[Any]]) -> None:
            released = registered[1]
            text = translate("Office", "Đã đăng ký khóa của đơn vị {unit}.").format(unit=code)
            if released:
                text += " " + translate("Office", "Đã xét lại {n} gói đang cách ly của đơn vị.").format(
                    n=i18n.number(len(released)))
            self.status.emit(text)
            self.refresh()

        office_ops.register_key(parent=self, unit_code=code, key_text=key_text, name=name, success=done)


def key_origin(unit: dict[str, Any], keys: list[dict[str, Any]]) -> str:
    """How the unit's current key came to be trusted: by hand after a phone call, or
    announced by its old key (key continuity)."""
    current = next((k for k in reversed(keys) if k["key_id"] == unit["key_id"]), None)
    if current is None or not current.get("announced_by"):
        return translate("Office", "Văn phòng xác nhận (đối chiếu dấu vân tay)")
    old = next((k for k in keys if k["key_id"] == current["announced_by"]), None)
    return translate("Office", "Đơn vị đổi khóa: khóa cũ {old} xác nhận (tự động)").format(
        old=old["fingerprint"] if old else current["announced_by"])
