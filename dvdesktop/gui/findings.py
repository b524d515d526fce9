"""Personal data found before sending: every finding of the screening, a way to open the
record to fix it, and an explicit choice to send anyway. Nothing is written while the
dialog is open; the package is written only after "Vẫn gửi" (with the screening seen passed
back to ``export_package(..., accept=screening)``, so a change in between asks again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesktop import operations as ops
from dvdesktop.core.domain import KINDS
from dvdesktop.gui import i18n

if TYPE_CHECKING:  # the types only: dvdesktop.packages is imported where a package is made (start-up)
    from dvdesktop.core.ledger import Ledger
    from dvdesktop.packages.screen import Finding, Screening

translate = QCoreApplication.translate

#: What the user decided: fix a record (``finding`` says which), send anyway, or neither.
FIX, SEND, CANCEL = "fix", "send", "cancel"


def record_label(finding: Finding, record: dict[str, Any] | None) -> str:
    """"Hội nghị, sinh hoạt ngày 05/03/2026 (số 12): Gặp bà Lan …" in the window's language."""
    if finding.kind not in KINDS:
        return translate("Packages", "Báo cáo của kỳ")
    if record is None:
        return finding.record
    spec = KINDS[finding.kind]
    when = record.get(spec.date_field)
    date = str(when) if spec.date_field == "year" else i18n.date(when)
    title = " ".join(str(record.get(spec.title_field) or "").split())
    if len(title) > 60:
        title = title[:57] + "…"
    return translate("Packages", "{kind} ngày {date} (số {id}): {title}").format(
        kind=i18n.kind_label(spec), date=date, id=record.get("id", "?"), title=title)


def field_label(finding: Finding) -> str:
    if finding.kind in KINDS:
        return translate("Fields", finding.field_label)
    return translate("Packages", finding.field_label)


def fix_text(finding: Finding) -> str:
    """How to fix it (the core's wording, translated)."""
    if finding.kind not in KINDS:
        return translate("Packages", "Sửa mục “{field}” ở trang Báo cáo rồi xuất lại gói.").format(
            field=field_label(finding))
    return translate("Packages", "Sửa trường “{field}” của bản ghi này (bỏ thông tin cá nhân) rồi xuất lại gói."
                     ).format(field=field_label(finding))


class FindingsDialog(QDialog):
    """What the screening found, and the secretary's decision (``choice``, ``finding``)."""

    def __init__(self, screening: Screening, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsDialog")
        self.screening = screening
        self.findings = list(screening.findings)
        self.choice = CANCEL
        self.finding: Finding | None = None
        self.setWindowTitle(translate("Findings", "Thông tin cá nhân trong gói gửi cấp trên"))
        lay = QVBoxLayout(self)
        intro = QLabel(translate(
            "Findings", "Rà soát {checked} đoạn chữ sẽ gửi cấp trên (tên hội nghị, chủ đề đối thoại, tên mô "
                        "hình, mục II và III của báo cáo…), thấy {count} chỗ trông như thông tin cá nhân: số "
                        "CCCD, CMND, số điện thoại, thư điện tử, họ tên có trong sổ tiếp công dân. "
                        "Chưa ghi gì vào USB.").format(checked=i18n.number(screening.texts_checked),
                                                        count=i18n.number(len(self.findings))), self)
        intro.setObjectName("findingsIntro")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(len(self.findings), 5, self)
        self.table.setObjectName("findingsTable")
        self.table.setHorizontalHeaderLabels([
            translate("Findings", "Bản ghi"), translate("Findings", "Trường"), translate("Findings", "Trông như"),
            translate("Findings", "Chữ tìm thấy"), translate("Findings", "Cách sửa")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        records = ops.read(lambda led: {(f.kind, f.record_id): _get(led, f) for f in self.findings})
        for r, f in enumerate(self.findings):
            cells = (record_label(f, records.get((f.kind, f.record_id))), field_label(f),
                     translate("Packages", f.category_label), f.match, fix_text(f))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setForeground(QBrush(QColor("#9b0000")))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(2, 190)
        self.table.setColumnWidth(3, 150)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        lay.addWidget(self.table, 1)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self.fix())
        fix_row = QHBoxLayout()
        self.fix_button = QPushButton(translate("Findings", "Mở bản ghi để sửa"), self)
        self.fix_button.setObjectName("openFinding")
        self.fix_button.setToolTip(translate("Findings", "Đóng hộp này, mở bản ghi (hoặc trang Báo cáo) đang chọn "
                                                         "để bỏ thông tin cá nhân; sau đó tạo lại gói"))
        fix_row.addWidget(self.fix_button)
        fix_row.addStretch(1)
        lay.addLayout(fix_row)
        self.accept_box = QCheckBox(translate(
            "Findings", "Tôi đã xem từng chỗ trên: đó không phải thông tin cá nhân của công dân (ví dụ số điện "
                        "thoại đường dây nóng của cơ quan)."), self)
        self.accept_box.setObjectName("acceptFindings")
        lay.addWidget(self.accept_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.send_button = QPushButton(translate("Findings", "Vẫn gửi gói này"), self)
        self.send_button.setObjectName("sendAnyway")
        self.send_button.setEnabled(False)
        self.send_button.setAutoDefault(False)
        self.cancel_button = QPushButton(translate("Findings", "Chưa gửi"), self)
        self.cancel_button.setObjectName("dontSend")
        self.cancel_button.setDefault(True)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.cancel_button)
        lay.addLayout(buttons)
        self.accept_box.toggled.connect(self.send_button.setEnabled)
        self.fix_button.clicked.connect(lambda: self.fix())
        self.send_button.clicked.connect(lambda: self.send())
        self.cancel_button.clicked.connect(lambda: self.reject())
        if self.findings:
            self.table.selectRow(0)
        self._selected()
        self.resize(1180, 460)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self.table.resizeRowsToContents()  # once the columns have their real widths

    def _selected(self) -> None:
        self.fix_button.setEnabled(0 <= self.table.currentRow() < len(self.findings))

    def fix(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.findings):
            return
        self.choice, self.finding = FIX, self.findings[row]
        self.accept()

    def send(self) -> None:
        if not self.accept_box.isChecked():
            return
        self.choice = SEND
        self.accept()

    def reject(self) -> None:
        self.choice = CANCEL
        super().reject()


def _get(led: Ledger, finding: Finding) -> dict[str, Any] | None:
    if finding.kind not in KINDS or finding.record_id is None:
        return None
    try:
        return led.get(finding.kind, finding.record_id)
    except Exception:  # noqa: BLE001 - deleted meanwhile: the core's label still names it
        return None


def ask_findings(parent: QWidget, screening: Screening) -> tuple[str, Finding | None]:
    """Show the findings; returns (FIX, finding), (SEND, None) or (CANCEL, None)."""
    dlg = FindingsDialog(screening, parent)
    dlg.exec()
    dlg.deleteLater()  # not kept as a hidden child of the page once answered
    return dlg.choice, dlg.finding
