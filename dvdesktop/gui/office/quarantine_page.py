"""Cách ly: packages signed by a key not (yet) trusted, trusted after the fingerprint is compared."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dvdesktop import office, operations as ops
from dvdesktop.gui import i18n
from dvdesktop.gui.office.common import COLOURS, FINGERPRINT_STYLE, confirm_fingerprint, fingerprint_label
from dvdesktop.gui.widgets import fill_table, hint_label, local_time, make_table, page_title
from dvdesktop.operations import office as office_ops

translate = QCoreApplication.translate


def situation(row: dict[str, Any]) -> str:
    """Why a package waits, in a word: a unit not registered, or a registered unit's new key."""
    if row.get("code") == "unknown_key" or row.get("registered_fingerprint"):
        return translate("Office", "Khóa mới, khóa cũ không xác nhận")
    return translate("Office", "Đơn vị chưa đăng ký")


def explanation(row: dict[str, Any]) -> str:
    """What the operator should do about one quarantined package."""
    if row.get("code") == "unknown_key" or row.get("registered_fingerprint"):
        return translate(
            "Office", "Đơn vị {unit} đã đăng ký khóa {registered}, nhưng gói này ký bằng một khóa khác và không "
                      "kèm thông báo đổi khóa ký bằng khóa đã đăng ký. Có thể đơn vị đã cài lại máy hoặc mất máy, "
                      "nhưng cũng có thể có người giả danh đơn vị. Gọi điện cho đơn vị theo số điện thoại văn phòng "
                      "đã có (không dùng số ghi trong gói), đề nghị đọc dấu vân tay mới (in cuối báo cáo giấy, "
                      "hoặc ở Cài đặt của chương trình): chỉ khi trùng từng ký tự mới nhấn “Xác nhận dấu vân tay”."
        ).format(unit=row.get("unit_code", ""), registered=row.get("registered_fingerprint") or "")
    return translate(
        "Office", "Đơn vị {unit} chưa đăng ký khóa với văn phòng. Gọi điện cho đơn vị theo số điện thoại văn phòng "
                  "đã có, đề nghị đọc dấu vân tay (in cuối báo cáo giấy, hoặc ở Cài đặt của chương trình) và so "
                  "từng ký tự với dấu vân tay dưới đây; chỉ khi trùng khớp mới nhấn “Xác nhận dấu vân tay”."
    ).format(unit=row.get("unit_code", ""))


class QuarantinePage(QWidget):
    """Cách ly: intact packages signed by a key not (yet) trusted, kept with their bytes;
    the registered and the new fingerprints side by side, to read over the phone."""

    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("office_quarantine")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 2)
        lay.addWidget(page_title(translate("Office", "Gói đang cách ly"), self))
        lay.addWidget(hint_label(translate(
            "Office", "Gói nguyên vẹn nhưng ký bằng khóa văn phòng chưa tin: đơn vị mới, hoặc đơn vị có khóa mới mà "
                      "khóa cũ không xác nhận. Đơn vị đổi khóa bằng chức năng “Đổi khóa ký” thì gói mang thông báo "
                      "ký bằng khóa cũ: văn phòng tự nhận khóa mới và gói không vào đây (xem trang Đơn vị)."), self))
        self.table = make_table(self, [translate("Office", "Đơn vị"), translate("Office", "Tình huống"),
                                   translate("Office", "Khóa đã đăng ký"), translate("Office", "Khóa ký gói này"),
                                   translate("Office", "Tệp"), translate("Office", "Nhận lúc")],
                            "quarantineTable", 4)
        for c, w in enumerate((90, 290, 190, 230)):
            self.table.setColumnWidth(c, w)
        self.table.setColumnWidth(5, 130)
        lay.addWidget(self.table, 1)
        compare = QHBoxLayout()
        old_box = QVBoxLayout()
        old_box.addWidget(QLabel(translate("Office", "Khóa đã đăng ký của đơn vị:"), self))
        self.registered = fingerprint_label(self, "registeredFingerprint")
        old_box.addWidget(self.registered)
        new_box = QVBoxLayout()
        new_box.addWidget(QLabel(translate("Office", "Khóa ký gói này (cần đối chiếu):"), self))
        self.fingerprint = fingerprint_label(self, "fingerprint")
        new_box.addWidget(self.fingerprint)
        compare.addLayout(old_box)
        compare.addSpacing(30)
        compare.addLayout(new_box)
        compare.addStretch(1)
        lay.addLayout(compare)
        self.explain = QLabel(self)
        self.explain.setObjectName("quarantineExplanation")
        self.explain.setWordWrap(True)
        lay.addWidget(self.explain)
        row = QHBoxLayout()
        row.addStretch(1)
        self.confirm_button = QPushButton(translate("Office", "Xác nhận dấu vân tay"), self)
        self.confirm_button.setObjectName("confirmFingerprint")
        row.addWidget(self.confirm_button)
        lay.addLayout(row)
        self.rows: list[dict[str, Any]] = []
        self.table.itemSelectionChanged.connect(self._selected)
        self.confirm_button.clicked.connect(self.confirm_current)
        ops.changes().changed.connect(self._on_changed)  # a bound slot: disconnected when deleted

    def _on_changed(self, kinds: set[str]) -> None:
        if office.RECEIVED in kinds and self.isVisible():
            self.refresh()

    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.rows = office_ops.quarantine()
        none = translate("Office", "(chưa đăng ký)")
        fill_table(self.table, [[r["unit_code"], situation(r), r.get("registered_fingerprint") or none,
                            r["fingerprint"], r["file_name"], local_time(r["received_at"])] for r in self.rows],
              [COLOURS["quarantined"] if r.get("registered_fingerprint") else None for r in self.rows])
        if self.rows:
            self.table.selectRow(0)
        self._selected()

    def _selected(self) -> None:
        row = self.table.currentRow()
        ok = 0 <= row < len(self.rows)
        item = self.rows[row] if ok else {}
        self.fingerprint.setText(item.get("fingerprint", ""))
        self.registered.setText(item.get("registered_fingerprint") or (translate("Office", "(chưa đăng ký)") if ok else ""))
        self.registered.setStyleSheet(FINGERPRINT_STYLE if item.get("registered_fingerprint") else "color: #555;")
        self.explain.setText(explanation(item) if ok else translate("Office", "Không có gói nào đang cách ly."))
        self.explain.setStyleSheet("color: #9a5b00;" if item.get("registered_fingerprint") else "")
        self.confirm_button.setEnabled(ok)

    def confirm_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        item = self.rows[row]
        if not confirm_fingerprint(self, item["unit_code"], item["fingerprint"], item.get("registered_fingerprint")):
            return

        def done(results: list[Any]) -> None:
            accepted = sum(1 for r in results if r.ok)
            self.status.emit(translate("Office", "Đã đăng ký khóa của đơn vị {unit}; nhận {n} gói đang cách ly.")
                             .format(unit=item["unit_code"], n=i18n.number(accepted)))
            self.refresh()

        office_ops.trust_quarantined(parent=self, quarantine_id=item["id"], success=done)
