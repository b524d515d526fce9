"""The receiving office's window (``dvdesktop --office``): receive packages, confirm unit keys,
follow who has reported, print the consolidated report, the office's own profile.

The operations layer's open file is the body's (``ops.current_file()``): the receiving
side's tables are in it, so ``ops.run_op(self, lambda led: office.trust(led, ...))`` runs off
the UI thread like the unit window's ops.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesktop import office
from dvdesktop import operations as ops
from dvdesktop.gui import i18n
from dvdesktop.gui.drives import DestinationPicker
from dvdesktop.gui.widgets import navigation

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


def _title(text: str, parent: QWidget) -> QLabel:
    lab = QLabel(text, parent)
    lab.setObjectName("pageTitle")
    return lab


def _hint(text: str, parent: QWidget) -> QLabel:
    lab = QLabel(text, parent)
    lab.setObjectName("hint")
    lab.setWordWrap(True)
    return lab


def _table(parent: QWidget, headers: list[str], name: str, stretch: int) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(24)
    t.setTabKeyNavigation(False)  # Tab goes on to the next control
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


def _fill(table: QTableWidget, rows: list[list[str]], colours: list[str | None] | None = None) -> None:
    from dvdesktop.gui.pages import fit_table_headers

    fit_table_headers(table)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        colour = colours[r] if colours else None
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if colour:
                item.setBackground(QBrush(QColor(colour)))
            table.setItem(r, c, item)


def _local_time(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{when:%H:%M} {i18n.date(when.date())}"


def _period_text(key: str) -> str:
    try:
        from dvdesktop.core.periods import parse_period

        return i18n.period_label(parse_period(key))
    except Exception:  # noqa: BLE001 - an odd key from a package still shows as sent
        return key or ""


# ------------------------------------------------------------------ pages
class ImportPage(QWidget):
    """Nhận gói: files chosen one by one, or every package on a stick / in a folder."""

    status = Signal(str)

    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("office_import")
        self.db_path = db_path
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 2)
        lay.addWidget(_title(translate("Office", "Nhận gói báo cáo"), self))
        lay.addWidget(_hint(translate(
            "Office", "Cắm USB của đơn vị, chọn ổ rồi nhấn “Nhận tất cả gói trong ổ này”, hoặc chọn từng tệp "
                      ".dvpkg. Mỗi gói được kiểm tra chữ ký số trước khi nhận; trước khi nhận, dữ liệu văn "
                      "phòng được tự động sao lưu."), self))
        row = QHBoxLayout()
        self.picker = DestinationPicker(self, title=translate("Office", "Chọn ổ USB hoặc thư mục chứa gói"))
        row.addWidget(self.picker, 1)
        self.folder_button = QPushButton(translate("Office", "Nhận tất cả gói trong ổ này"), self)
        self.folder_button.setObjectName("importFolder")
        self.files_button = QPushButton(translate("Office", "Chọn tệp gói…"), self)
        self.files_button.setObjectName("importFiles")
        lay.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.folder_button)
        row2.addWidget(self.files_button)
        row2.addStretch(1)
        lay.addLayout(row2)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = _table(self, [translate("Office", "Tệp"), translate("Office", "Đơn vị"),
                                   translate("Office", "Kỳ báo cáo"), translate("Office", "Lần gửi"),
                                   translate("Office", "Kết quả"), translate("Office", "Lý do")],
                            "importResults", 5)
        for c, w in enumerate((230, 90, 180, 60, 200)):
            self.table.setColumnWidth(c, w)
        self.table.setWordWrap(True)
        lay.addWidget(self.table, 1)
        self.results: list[Any] = []
        self.folder_button.clicked.connect(lambda: self.import_paths([self.picker.folder()]))
        self.files_button.clicked.connect(self.choose_files)
        self.picker.changed.connect(lambda: self.folder_button.setEnabled(bool(self.picker.folder())))
        self.folder_button.setEnabled(bool(self.picker.folder()))

    def load(self) -> None:
        self.picker.refresh()

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, translate("Office", "Chọn tệp gói báo cáo"),
                                                self.picker.folder(),
                                                translate("Office", "Gói báo cáo (*.dvpkg);;Mọi tệp (*)"))
        if files:
            self.import_paths(files)

    def import_paths(self, paths: list[str]) -> None:
        paths = [p for p in paths if p]
        if not paths:
            return
        from dvdesktop.gui.tasks import run_steps

        file = ops.current_file()

        def fn(_led: Any, progress: Any) -> list[Any]:
            return office.receive_packages(file, paths, progress=progress)  # a verified backup first

        self.task = run_steps(self, fn, title=translate("Office", "Nhận gói báo cáo"),
                              text=translate("Office", "Đang kiểm tra và nhận các gói…"),
                              success=self.show_results, context="Office")

    def show_results(self, results: list[Any]) -> None:
        self.results = results
        rows, colours = [], []
        for r in results:
            rows.append([Path(r.path).name, r.unit_code, _period_text(r.period),
                         i18n.number(r.revision) if r.revision else "", outcome_label(r.outcome),
                         "" if r.outcome == "duplicate" else r.reason])
            colours.append(COLOURS.get(r.outcome))
        _fill(self.table, rows, colours)
        self.table.resizeRowsToContents()
        if not results:
            self.summary.setText(translate("Office", "Không tìm thấy gói .dvpkg nào."))
            return
        counts = {o: sum(1 for r in results if r.outcome == o) for o in COLOURS if o in
                  ("accepted", "replaced", "duplicate", "refused", "quarantined", "skipped")}
        parts = [f"{outcome_label(o)}: {i18n.number(n)}" for o, n in counts.items() if n]
        self.summary.setText(translate("Office", "Đã xét {n} gói. {parts}").format(
            n=i18n.number(len(results)), parts="; ".join(parts)))
        if counts.get("quarantined"):
            self.status.emit(translate("Office", "Có gói bị cách ly: xem trang Cách ly để xác nhận khóa của đơn vị."))


def confirm_fingerprint(parent: QWidget, unit_code: str, fingerprint: str) -> bool:
    """The operator says the fingerprint was compared with the unit (a module function so
    tests can answer it)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Office", "Xác nhận dấu vân tay"),
                      translate("Office", "Đã gọi điện hoặc đối chiếu với báo cáo giấy của đơn vị {unit} và dấu vân "
                                          "tay trùng khớp từng ký tự?\n\n{fingerprint}\n\nSau khi xác nhận, mọi gói ký "
                                          "bằng khóa này được nhận là của đơn vị {unit}.").format(
                          unit=unit_code, fingerprint=fingerprint),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Office", "Trùng khớp, tin khóa này"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Office", "Không"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class QuarantinePage(QWidget):
    """Cách ly: intact packages signed by a key not (yet) trusted, kept with their bytes."""

    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("office_quarantine")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 2)
        lay.addWidget(_title(translate("Office", "Gói đang cách ly"), self))
        lay.addWidget(_hint(translate(
            "Office", "Gói nguyên vẹn nhưng ký bằng khóa chưa đăng ký (đơn vị mới, hoặc đơn vị đã tạo khóa mới). "
                      "Gọi điện cho đơn vị, đọc dấu vân tay và so với dấu vân tay in trên báo cáo giấy của đơn "
                      "vị; chỉ khi trùng khớp mới nhấn “Xác nhận dấu vân tay”."), self))
        self.table = _table(self, [translate("Office", "Đơn vị"), translate("Office", "Dấu vân tay"),
                                   translate("Office", "Tệp"), translate("Office", "Nhận lúc"),
                                   translate("Office", "Lý do")], "quarantineTable", 4)
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(1, 190)
        self.table.setColumnWidth(2, 230)
        self.table.setColumnWidth(3, 130)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Office", "Dấu vân tay cần đối chiếu:"), self))
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setStyleSheet(FINGERPRINT_STYLE)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.fingerprint)
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
        from dvdesktop.office import quarantine_list

        self.rows = ops.read(quarantine_list)
        _fill(self.table, [[r["unit_code"], r["fingerprint"], r["file_name"], _local_time(r["received_at"]),
                            r["reason"]] for r in self.rows])
        if self.rows:
            self.table.selectRow(0)
        self._selected()

    def _selected(self) -> None:
        row = self.table.currentRow()
        ok = 0 <= row < len(self.rows)
        self.fingerprint.setText(self.rows[row]["fingerprint"] if ok else "")
        self.confirm_button.setEnabled(ok)

    def confirm_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        item = self.rows[row]
        if not confirm_fingerprint(self, item["unit_code"], item["fingerprint"]):
            return

        def done(results: list[Any]) -> None:
            accepted = sum(1 for r in results if r.ok)
            self.status.emit(translate("Office", "Đã đăng ký khóa của đơn vị {unit}; nhận {n} gói đang cách ly.")
                             .format(unit=item["unit_code"], n=i18n.number(accepted)))
            self.refresh()

        ops.run_op(self, lambda db: office.trust_quarantined(db, item["id"]), success=done)


class TrustDialog(QDialog):
    """Đăng ký khóa: a unit's code, its name, its .pub file; the fingerprint shown to compare."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Office", "Đăng ký khóa của đơn vị"))
        lay = QVBoxLayout(self)
        lay.addWidget(_hint(translate(
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
        from dvdesktop.base.errors import UserError
        from dvdesktop.packages import fingerprint, load_public_key

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


class UnitsPage(QWidget):
    """Đơn vị: the units whose keys the office trusts."""

    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("office_units")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 2)
        lay.addWidget(_title(translate("Office", "Đơn vị và khóa ký số"), self))
        row = QHBoxLayout()
        self.trust_button = QPushButton(translate("Office", "Đăng ký khóa…"), self)
        self.trust_button.setObjectName("trustKey")
        self.trust_button.clicked.connect(self.register_key)
        row.addWidget(self.trust_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.table = _table(self, [translate("Office", "Mã đơn vị"), translate("Office", "Tên đơn vị"),
                                   translate("Office", "Dấu vân tay"), translate("Office", "Đăng ký lúc")],
                            "unitsTable", 1)
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(2, 200)
        self.table.setColumnWidth(3, 140)
        lay.addWidget(self.table, 1)
        self.dialog: TrustDialog | None = None
        ops.changes().changed.connect(self._on_changed)

    def _on_changed(self, kinds: set[str]) -> None:
        if office.RECEIVED in kinds and self.isVisible():
            self.refresh()

    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        units = ops.read(office.units)
        _fill(self.table, [[u["code"], u["name"], u["fingerprint"], _local_time(u["trusted_at"])] for u in units])

    def register_key(self) -> None:
        dlg = TrustDialog(self)
        self.dialog = dlg
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.trust(dlg.code.text().strip(), dlg.key_text, dlg.name.text().strip() or None)

    def trust(self, code: str, key_text: str, name: str | None) -> None:
        from dvdesktop.office import release_quarantine, trust

        def fn(db: Any) -> list[Any]:
            trust(db, unit_code=code, pubkey_text=key_text, name=name)
            return release_quarantine(db, unit_code=code)

        def done(released: list[Any]) -> None:
            text = translate("Office", "Đã đăng ký khóa của đơn vị {unit}.").format(unit=code)
            if released:
                text += " " + translate("Office", "Đã xét lại {n} gói đang cách ly của đơn vị.").format(
                    n=i18n.number(len(released)))
            self.status.emit(text)
            self.refresh()

        ops.run_op(self, fn, success=done)


class _OfficePeriodPage(QWidget):
    status = Signal(str)

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(6, 6, 6, 2)
        self.lay.addWidget(_title(title, self))
        from dvdesktop.gui.widgets import PeriodCombo

        self.row = QHBoxLayout()
        label = QLabel(translate("Office", "&Kỳ báo cáo:"), self)
        self.row.addWidget(label)
        self.period_combo = PeriodCombo(self)
        label.setBuddy(self.period_combo)
        self.period_combo.setObjectName("period")
        self.period_combo.setMinimumContentsLength(20)
        self.row.addWidget(self.period_combo)
        self.lay.addLayout(self.row)
        self._filled = False

    def load(self, today: dt.date | None = None) -> None:
        if not self._filled:
            from dvdesktop.core.periods import current_period
            from dvdesktop.gui.pages import fill_period_combo

            today = today or dt.date.today()
            fill_period_combo(self.period_combo, cutoff_day=1, today=today, all_item=False, years=3)
            # Reports arrive in the weeks after a half-year ends: that half is the default.
            self.period_combo.set_quietly(current_period("half", today=today - dt.timedelta(days=45), cutoff_day=1).key)
            self.period_combo.period_changed.connect(lambda _k: self.refresh())
            self._filled = True
        self.refresh()

    def period(self) -> str:
        return str(self.period_combo.period() or "")

    def refresh(self) -> None:
        pass


class StatusPage(_OfficePeriodPage):
    """Tình hình gửi báo cáo: every registered unit on time, late or missing for a period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Office", "Tình hình gửi báo cáo"), "office_status", parent)
        from dvdesktop.gui.widgets import DateField

        self.row.addSpacing(20)
        self.row.addWidget(QLabel(translate("Office", "Hạn gửi (tính cả ngày này):"), self))
        self.due = DateField(self)
        self.due.setObjectName("dueDate")
        self.row.addWidget(self.due)
        self.due_button = QPushButton(translate("Office", "Lưu hạn gửi"), self)
        self.due_button.setObjectName("saveDue")
        self.due_button.clicked.connect(self.save_due)
        self.row.addWidget(self.due_button)
        self.row.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("statusSummary")
        self.lay.addWidget(self.summary)
        self.table = _table(self, [translate("Office", "Mã đơn vị"), translate("Office", "Tên đơn vị"),
                                   translate("Office", "Tình trạng"), translate("Office", "Gửi lần đầu"),
                                   translate("Office", "Lần gửi hiện hành")], "statusTable", 1)
        self.table.setColumnWidth(0, 110)
        for c, w in ((2, 120), (3, 140), (4, 130)):
            self.table.setColumnWidth(c, w)
        self.lay.addWidget(self.table, 1)
        self.states: list[Any] = []
        ops.changes().changed.connect(self._on_changed)

    def _on_changed(self, kinds: set[str]) -> None:
        if office.RECEIVED in kinds and self._filled and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        from dvdesktop.office import get_due, status

        key = self.period()
        if not key:
            return
        self.states, due = ops.read(lambda db: (status(db, period=key), get_due(db, period=key)))
        self.due.edit.setText(due.strftime("%d/%m/%Y") if due else "")
        rows, colours = [], []
        for st in self.states:
            rows.append([st.unit_code, st.unit_name, translate("Office", st.label),
                         _local_time(st.first_received.isoformat()) if st.first_received else "",
                         i18n.number(st.revision) if st.revision else ""])
            colours.append(COLOURS.get(st.state))
        _fill(self.table, rows, colours)
        counts = {s: sum(1 for st in self.states if st.state == s) for s in ("on_time", "submitted", "late", "missing")}
        self.summary.setText(translate(
            "Office", "{total} đơn vị: đúng hạn {on_time}, trễ hạn {late}, chưa gửi {missing}.").format(
            total=i18n.number(len(self.states)), on_time=i18n.number(counts["on_time"] + counts["submitted"]),
            late=i18n.number(counts["late"]), missing=i18n.number(counts["missing"])))

    def save_due(self) -> None:
        from dvdesktop.core import fmt
        from dvdesktop.base.errors import UserError
        from dvdesktop.office import set_due

        text = self.due.edit.text().strip(" /_")
        key = self.period()
        try:
            due = fmt.parse_date(self.due.edit.text()) if text else None
        except (UserError, ValueError) as exc:
            ops.show_error(self, exc if isinstance(exc, UserError) else UserError(
                translate("Office", "Ngày không hợp lệ: {text}"), text=self.due.edit.text()))
            return
        ops.run_op(self, lambda db: set_due(db, period=key, due=due),
                   success=lambda _r: (self.status.emit(translate("Office", "Đã lưu hạn gửi báo cáo.")),
                                       self.refresh()))


class ConsolidatedPage(_OfficePeriodPage):
    """Báo cáo tổng hợp: the office's report from the units' packages; PDF, Word, print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Office", "Báo cáo tổng hợp"), "office_report", parent)
        self.row.addSpacing(20)
        self.row.addWidget(QLabel(translate("Office", "Số văn bản:"), self))
        self.number = QLineEdit(self)
        self.number.setObjectName("reportNumber")
        self.number.setMaximumWidth(80)
        self.row.addWidget(self.number)
        self.row.addStretch(1)
        self.lay.addWidget(_hint(translate(
            "Office", "Báo cáo cộng số liệu của các gói đã nhận trong kỳ (mỗi đơn vị lấy lần gửi mới nhất), "
                      "theo thông tin văn phòng ở trang “Thông tin văn phòng”."), self))
        buttons = QHBoxLayout()
        self.print_button = QPushButton(translate("Office", "Xem trước và in…"), self)
        self.print_button.setObjectName("printConsolidated")
        self.pdf_button = QPushButton(translate("Office", "Tạo báo cáo PDF…"), self)
        self.docx_button = QPushButton(translate("Office", "Tạo báo cáo Word (.docx)…"), self)
        for b in (self.print_button, self.pdf_button, self.docx_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.lay.addLayout(buttons)
        self.info = QLabel(self)
        self.info.setObjectName("reportInfo")
        self.lay.addWidget(self.info)
        self.lay.addStretch(1)
        self.print_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.docx_button.clicked.connect(lambda: self.save("docx"))
        self.preview_dialog: Any = None

    def refresh(self) -> None:
        from dvdesktop.office import status

        key = self.period()
        if not key:
            return
        states = ops.read(lambda db: status(db, period=key))
        sent = sum(1 for s in states if s.state != "missing")
        self.info.setText(translate("Office", "Kỳ này đã nhận báo cáo của {sent}/{total} đơn vị.").format(
            sent=i18n.number(sent), total=i18n.number(len(states))))

    def _render(self, out: Path, done: Any) -> None:
        from dvdesktop.office import render_consolidated

        key, number = self.period(), self.number.text().strip() or None
        ops.run_op(self, lambda db: render_consolidated(db, period=key, out=out, number=number), success=done,
                   progress_text=translate("Office", "Đang tạo báo cáo tổng hợp…"))

    def save(self, suffix: str) -> None:
        key = self.period()
        kinds = {"pdf": translate("Office", "Tệp PDF (*.pdf)"), "docx": translate("Office", "Tài liệu Word (*.docx)")}
        path, _ = QFileDialog.getSaveFileName(self, translate("Office", "Lưu báo cáo tổng hợp"),
                                              f"bao-cao-tong-hop-{key}.{suffix}", kinds[suffix])
        if not path:
            return
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"

        def done(p: Any) -> None:
            self.status.emit(translate("Office", "Đã tạo báo cáo: {path}").format(path=str(p)))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))

        self._render(Path(path), done)

    def preview(self) -> None:
        out = Path(tempfile.mkdtemp(prefix="dvdesktop-in-")) / f"bao-cao-tong-hop-{self.period()}.pdf"

        def done(p: Any) -> None:
            from dvdesktop.gui.printing import preview_dialog

            dlg = preview_dialog(Path(p), self)
            dlg.finished.connect(lambda _r: shutil.rmtree(out.parent, ignore_errors=True))
            dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.preview_dialog = dlg
            dlg.destroyed.connect(lambda _o=None: setattr(self, "preview_dialog", None))
            dlg.open()

        self._render(out, done)


def profile_labels() -> dict[str, str]:
    return {
        "name": translate("Office", "Tên cơ quan ban hành"),
        "organisation": translate("Office", "Đảng bộ được báo cáo"),
        "superior": translate("Office", "Cơ quan cấp trên"),
        "place": translate("Office", "Địa danh (dòng ngày tháng)"),
        "short_name": translate("Office", "Chữ viết tắt (sau BC/)"),
        "signer_title": translate("Office", "Thể thức ký"),
        "signer_role": translate("Office", "Chức vụ người ký"),
        "signer_name": translate("Office", "Họ tên người ký"),
        "recipients": translate("Office", "Nơi nhận (mỗi dòng một nơi)"),
    }


def profile_examples() -> dict[str, str]:
    return {
        "name": translate("Office", "Ví dụ: Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh"),
        "organisation": translate("Office", "Ví dụ: Đảng bộ Khối"),
        "superior": translate("Office", "Ví dụ: Tỉnh ủy Nghệ An"),
        "short_name": translate("Office", "Ví dụ: ĐUK"),
        "signer_title": translate("Office", "Ví dụ: T/M BAN THƯỜNG VỤ"),
        "signer_role": translate("Office", "Ví dụ: PHÓ BÍ THƯ"),
    }


class ProfilePage(QWidget):
    """Thông tin văn phòng: what heads the consolidated report."""

    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("office_profile")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 2)
        lay.addWidget(_title(translate("Office", "Thông tin văn phòng"), self))
        lay.addWidget(_hint(translate("Office", "Các thông tin này in ở đầu và cuối báo cáo tổng hợp."), self))
        form = QFormLayout()
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        examples = profile_examples()
        for key, label in profile_labels().items():
            w: QLineEdit | QPlainTextEdit
            if key == "recipients":
                w = QPlainTextEdit(self)
                w.setTabChangesFocus(True)
                w.setMaximumHeight(90)
            else:
                w = QLineEdit(self)
                w.setPlaceholderText(examples.get(key, ""))
            w.setObjectName(key)
            self.fields[key] = w
            form.addRow(label + ":", w)
        lay.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(translate("Office", "Lưu thông tin văn phòng"), self)
        self.save_button.setObjectName("saveProfile")
        self.save_button.clicked.connect(lambda: self.save())
        row.addWidget(self.save_button)
        lay.addLayout(row)
        lay.addStretch(1)

    def load(self) -> None:
        from dvdesktop.office import get_profile

        if self.unsaved():
            return  # coming back to the page keeps what was typed
        self._show(ops.read(get_profile))

    def _show(self, profile: dict[str, Any]) -> None:
        for key, w in self.fields.items():
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(profile.get(key, ""))
            else:
                w.setText(profile.get(key, ""))
        self._saved = self.values()

    def values(self) -> dict[str, str]:
        return {k: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()).strip()
                for k, w in self.fields.items()}

    # Leaving the page or quitting with the details changed and not saved: the window asks.
    def unsaved(self) -> bool:
        return getattr(self, "_saved", None) is not None and self.values() != self._saved

    def keep_unsaved(self, then: Any) -> None:
        self.save(then=then)

    def discard_unsaved(self) -> None:
        self._show(dict(self._saved))

    def save(self, then: Any = None) -> None:
        from dvdesktop.office import set_profile

        values = self.values()

        def done(_p: Any) -> None:
            self._saved = values
            self.status.emit(translate("Office", "Đã lưu thông tin văn phòng."))
            if then is not None:
                then()

        ops.run_op(self, lambda db: set_profile(db, **values), success=done)


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
        from dvdesktop.gui.widgets import page_shortcuts

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
        if isinstance(page, _OfficePeriodPage):
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
        from dvdesktop.gui.forms import ask_unsaved

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
        from dvdesktop.office import get_profile

        name = ops.read(get_profile).get("name") or ""
        base = translate("Office", "Văn phòng nhận báo cáo")
        self.setWindowTitle(f"{name} — {base} — dvdesktop" if name else f"{base} — dvdesktop")

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        page = self.pages["profile"]
        if page.unsaved():
            from dvdesktop.gui.forms import ask_unsaved

            self.go("profile")
            answer = ask_unsaved(self)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                if answer == QMessageBox.StandardButton.Save:
                    page.keep_unsaved(then=self.close)
                return
            page.discard_unsaved()
        ops.wait_for_ops()
        event.accept()
