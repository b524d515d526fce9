"""What the receiving pages share: the outcomes' words and colours, fingerprints shown large."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

translate = QCoreApplication.translate


MONO = "font-family: 'DejaVu Sans Mono', Consolas, monospace;"


FINGERPRINT_STYLE = MONO + " font-size: 18pt; font-weight: bold; letter-spacing: 2px;"


#: Row colours of an import's outcome and a unit's standing.
COLOURS = {
    "accepted": "#e3f4e3", "replaced": "#e3f4e3", "duplicate": "#eeeeee",
    "refused": "#fbe0e0", "quarantined": "#fff1cc", "skipped": "#eeeeee",
    "on_time": "#e3f4e3", "submitted": "#e3f4e3", "late": "#fff1cc", "missing": "#fbe0e0",
}


def outcome_label(outcome: str) -> str:
    return {
        "accepted": translate("Office", "Đã nhận"),
        "replaced": translate("Office", "Đã nhận (thay lần gửi trước)"),
        "duplicate": translate("Office", "Đã có (trùng)"),
        "refused": translate("Office", "Từ chối"),
        "quarantined": translate("Office", "Cách ly (chờ xác nhận khóa)"),
        "skipped": translate("Office", "Bỏ qua (không phải tệp gói)"),
    }.get(outcome, outcome)


def confirm_fingerprint(parent: QWidget, unit_code: str, fingerprint: str, registered: str | None = None) -> bool:
    """The operator says the fingerprint was compared with the unit (a module function so
    tests can answer it). ``registered``: the unit's key until now, which this one replaces."""
    if registered:
        text = translate("Office", "Đơn vị {unit} đang đăng ký khóa\n{registered}\nGói này ký bằng khóa mới\n"
                                   "{fingerprint}\nmà khóa cũ không xác nhận. Đã gọi điện cho đơn vị (theo số văn "
                                   "phòng đã biết) và đơn vị đọc đúng từng ký tự của khóa mới?\n\nSau khi xác "
                                   "nhận, khóa cũ không còn được tin; mọi gói ký bằng khóa mới được nhận là của "
                                   "đơn vị {unit}.").format(unit=unit_code, registered=registered,
                                                               fingerprint=fingerprint)
    else:
        text = translate("Office", "Đã gọi điện hoặc đối chiếu với báo cáo giấy của đơn vị {unit} và dấu vân "
                                   "tay trùng khớp từng ký tự?\n\n{fingerprint}\n\nSau khi xác nhận, mọi gói ký "
                                   "bằng khóa này được nhận là của đơn vị {unit}.").format(
            unit=unit_code, fingerprint=fingerprint)
    box = QMessageBox(QMessageBox.Icon.Question, translate("Office", "Xác nhận dấu vân tay"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Office", "Trùng khớp, tin khóa này"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Office", "Không"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def fingerprint_label(parent: QWidget, name: str) -> QLabel:
    lab = QLabel(parent)
    lab.setObjectName(name)
    lab.setStyleSheet(FINGERPRINT_STYLE)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab
