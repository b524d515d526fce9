"""Thông tin văn phòng: the body's profile as the consolidated report prints it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dvdesktop.base.errors import ValidationError
from dvdesktop.gui.widgets import DateField, error_label, fill_choice_combo, hint_label, page_title
from dvdesktop.operations import office as office_ops

translate = QCoreApplication.translate


def profile_labels() -> dict[str, str]:
    """The office profile's fields in the order the page shows them."""
    return {
        "name": translate("Office", "Tên cơ quan ban hành"),
        "issuer_header": translate("Office", "Tên cơ quan ở tiêu đề báo cáo"),
        "organisation": translate("Office", "Đảng bộ được báo cáo"),
        "superior": translate("Office", "Cơ quan cấp trên"),
        "superior_header": translate("Office", "Dòng cấp trên ở tiêu đề báo cáo"),
        "short_name": translate("Office", "Chữ viết tắt (sau BC/)"),
        "place": translate("Office", "Địa danh (dòng ngày tháng)"),
        "term_start": translate("Office", "Ngày bắt đầu nhiệm kỳ"),
        "signer_title": translate("Office", "Thể thức ký"),
        "signer_role": translate("Office", "Chức vụ người ký"),
        "signer_name": translate("Office", "Họ tên người ký"),
        "recipients": translate("Office", "Nơi nhận (mỗi dòng một nơi)"),
        "political_label": translate("Office", "Tên lĩnh vực thứ tư của mô hình"),
        "pad_counts": translate("Office", "Số dưới 10 viết là 05"),
    }


def profile_examples() -> dict[str, str]:
    return {
        "name": translate("Office", "Ví dụ: Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh"),
        "issuer_header": translate("Office", "Để trống thì dùng tên cơ quan; dấu | để chọn chỗ xuống dòng"),
        "organisation": translate("Office", "Ví dụ: Đảng bộ Khối"),
        "superior": translate("Office", "Ví dụ: Tỉnh ủy Nghệ An"),
        "superior_header": translate("Office", "Ví dụ: ĐẢNG BỘ TỈNH NGHỆ AN (để trống thì dùng cơ quan cấp trên)"),
        "short_name": translate("Office", "Ví dụ: ĐUK"),
        "place": translate("Office", "Ví dụ: Vinh"),
        "signer_title": translate("Office", "Ví dụ: T/M BAN THƯỜNG VỤ"),
        "signer_role": translate("Office", "Ví dụ: PHÓ BÍ THƯ"),
    }


def profile_help() -> dict[str, str]:
    """What a field is for, said under it where the label alone would not tell."""
    return {
        "issuer_header": translate("Office", "Viết như Hướng dẫn 36-HD/VPTW, ví dụ ĐẢNG ỦY KHỐI CÁC CƠ QUAN | VÀ "
                                             "DOANH NGHIỆP TỈNH."),
        "superior_header": translate("Office", "Dòng trên cùng bên trái của báo cáo."),
        "term_start": translate("Office", "Số văn bản đánh lại từ 01 theo từng loại văn bản trong mỗi nhiệm kỳ."),
        "political_label": translate("Office", "Theo cách gọi của cấp trên: “xây dựng hệ thống chính trị” hay "
                                               "“xây dựng Đảng”."),
        "pad_counts": translate("Office", "Báo cáo viết “05 mô hình”, “03 đơn vị” như văn bản của Đảng."),
    }


def office_error_text(fe: Any) -> str:
    """An office profile error in the window's language (its template is marked under "Office")."""
    text = translate(fe.context, fe.template)
    if text == fe.template:
        text = translate("Office", fe.template)
    return text.format(**fe.params) if fe.params else text


class ProfilePage(QWidget):
    """Thông tin văn phòng: what heads and signs the consolidated report, and how it numbers
    and words it; each core message beside its field."""

    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)


        self.setObjectName("office_profile")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 2)
        outer.addWidget(page_title(translate("Office", "Thông tin văn phòng"), self))
        outer.addWidget(hint_label(translate("Office", "Các thông tin này in ở đầu và cuối báo cáo tổng hợp."), self))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(4)
        self.fields: dict[str, Any] = {}
        self.errors: dict[str, QLabel] = {}
        examples, helps = profile_examples(), profile_help()
        for key, label in profile_labels().items():
            w: Any
            if key == "recipients":
                w = QPlainTextEdit(inner)
                w.setTabChangesFocus(True)
                w.setMaximumHeight(80)
            elif key == "term_start":
                w = DateField(inner)
            elif key == "political_label":
                w = QComboBox(inner)
                w.setMaximumWidth(320)
                fill_choice_combo(w, "unit.political_label")
            elif key == "pad_counts":
                w = QCheckBox(label, inner)
            else:
                w = QLineEdit(inner)
                w.setPlaceholderText(examples.get(key, ""))
            w.setObjectName(key)
            self.fields[key] = w
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.addWidget(w)
            if key in helps:
                note = QLabel(helps[key], inner)
                note.setObjectName("hint")
                note.setWordWrap(True)
                cell.addWidget(note)
            err = error_label(inner)
            err.setObjectName(f"error_{key}")
            cell.addWidget(err)
            self.errors[key] = err
            form.addRow("" if key == "pad_counts" else label + ":", cell)
            self._watch(key, w)
        lay.addLayout(form)
        lay.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(translate("Office", "Lưu thông tin văn phòng"), self)
        self.save_button.setObjectName("saveProfile")
        self.save_button.clicked.connect(lambda: self.save())
        row.addWidget(self.save_button)
        outer.addLayout(row)

    def _watch(self, key: str, w: Any) -> None:
        def edited(*_a: Any) -> None:
            self._clear_error(key)

        if isinstance(w, DateField):
            w.changed.connect(edited)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(edited)
        elif isinstance(w, QCheckBox):
            w.toggled.connect(edited)
        elif isinstance(w, QPlainTextEdit):
            w.textChanged.connect(edited)
        else:
            w.textEdited.connect(edited)

    def load(self) -> None:
        if self.unsaved():
            return  # coming back to the page keeps what was typed
        self._show(office_ops.profile())

    def _show(self, profile: dict[str, Any]) -> None:
        for key, w in self.fields.items():
            value = profile.get(key, "") or ""
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(value)
            elif isinstance(w, DateField):
                w.set_value(value or None)
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value or "political_system")))
            elif isinstance(w, QCheckBox):
                w.setChecked(value == "1")
            else:
                w.setText(value)
        for key in self.errors:
            self._clear_error(key)
        self._saved = self.values()

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for k, w in self.fields.items():
            if isinstance(w, QPlainTextEdit):
                out[k] = w.toPlainText().strip()
            elif isinstance(w, DateField):
                out[k] = w.text()
            elif isinstance(w, QComboBox):
                out[k] = str(w.currentData() or "")
            elif isinstance(w, QCheckBox):
                out[k] = "1" if w.isChecked() else ""
            else:
                out[k] = w.text().strip()
        return out

    def _clear_error(self, key: str) -> None:
        err = self.errors[key]
        if err.isVisible() or err.text():
            err.clear()
            err.hide()

    def show_errors(self, error: Any) -> None:
        first = None
        for fe in error.errors:
            err = self.errors.get(fe.field)
            if err is None:
                continue
            err.setText(office_error_text(fe))
            err.show()
            first = first or self.fields[fe.field]
        if first is not None:
            first.setFocus()

    # Leaving the page or quitting with the details changed and not saved: the window asks.
    def unsaved(self) -> bool:
        return getattr(self, "_saved", None) is not None and self.values() != self._saved

    def keep_unsaved(self, then: Any) -> None:
        self.save(then=then)

    def discard_unsaved(self) -> None:
        self._show(dict(self._saved))

    def save(self, then: Any = None) -> None:
        values = self.values()

        def done(profile: Any) -> None:
            self._show(profile)
            self.status.emit(translate("Office", "Đã lưu thông tin văn phòng."))
            if then is not None:
                then()

        def failed(error: BaseException) -> bool:
            if isinstance(error, ValidationError):
                self.show_errors(error)
                return True
            return False

        office_ops.save_profile(parent=self, values=values, success=done, failure=failed)
