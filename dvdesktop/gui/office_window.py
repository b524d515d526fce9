"""The receiving office's window (``dvdesktop --office``): receive packages, confirm unit keys,
follow who has reported, print the consolidated report, the office's own profile.

The operations layer's open file is the body's (``ops.current_file()``): the receiving
side's tables are in it, and the pages act through ``operations.office`` (trust, receive,
due dates, the consolidated report) off the UI thread like the unit window's pages.
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
from dvdesktop.operations import office as office_ops
from dvdesktop.operations import reports
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
        # A verified backup of the body's file first, then the import.
        self.task = office_ops.receive_packages(parent=self, paths=paths, success=self.show_results)

    def show_results(self, results: list[Any]) -> None:
        self.results = results
        rows, colours = [], []
        for r in results:
            outcome = outcome_label(r.outcome)
            if r.code == "key_rotated" and r.ok:
                outcome = translate("Office", "Đã nhận (đơn vị đã đổi khóa)")
            rows.append([Path(r.path).name, r.unit_code, _period_text(r.period),
                         i18n.number(r.revision) if r.revision else "", outcome,
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


def _fingerprint_label(parent: QWidget, name: str) -> QLabel:
    lab = QLabel(parent)
    lab.setObjectName(name)
    lab.setStyleSheet(FINGERPRINT_STYLE)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


class QuarantinePage(QWidget):
    """Cách ly: intact packages signed by a key not (yet) trusted, kept with their bytes;
    the registered and the new fingerprints side by side, to read over the phone."""

    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("office_quarantine")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 2)
        lay.addWidget(_title(translate("Office", "Gói đang cách ly"), self))
        lay.addWidget(_hint(translate(
            "Office", "Gói nguyên vẹn nhưng ký bằng khóa văn phòng chưa tin: đơn vị mới, hoặc đơn vị có khóa mới mà "
                      "khóa cũ không xác nhận. Đơn vị đổi khóa bằng chức năng “Đổi khóa ký” thì gói mang thông báo "
                      "ký bằng khóa cũ: văn phòng tự nhận khóa mới và gói không vào đây (xem trang Đơn vị)."), self))
        self.table = _table(self, [translate("Office", "Đơn vị"), translate("Office", "Tình huống"),
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
        self.registered = _fingerprint_label(self, "registeredFingerprint")
        old_box.addWidget(self.registered)
        new_box = QVBoxLayout()
        new_box.addWidget(QLabel(translate("Office", "Khóa ký gói này (cần đối chiếu):"), self))
        self.fingerprint = _fingerprint_label(self, "fingerprint")
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
        _fill(self.table, [[r["unit_code"], situation(r), r.get("registered_fingerprint") or none,
                            r["fingerprint"], r["file_name"], _local_time(r["received_at"])] for r in self.rows],
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
                                   translate("Office", "Dấu vân tay"), translate("Office", "Đăng ký lúc"),
                                   translate("Office", "Cách đăng ký khóa")],
                            "unitsTable", 1)
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(2, 200)
        self.table.setColumnWidth(3, 140)
        self.table.setColumnWidth(4, 380)
        lay.addWidget(self.table, 1)
        self.dialog: TrustDialog | None = None
        ops.changes().changed.connect(self._on_changed)

    def _on_changed(self, kinds: set[str]) -> None:
        if office.RECEIVED in kinds and self.isVisible():
            self.refresh()

    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        units = office_ops.units_with_keys()
        _fill(self.table, [[u["code"], u["name"], u["fingerprint"], _local_time(u["trusted_at"]), key_origin(u, keys)]
                           for u, keys in units])

    def register_key(self) -> None:
        dlg = TrustDialog(self)
        self.dialog = dlg
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.trust(dlg.code.text().strip(), dlg.key_text, dlg.name.text().strip() or None)

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
            self.period_combo.period_changed.connect(lambda _k: self._period_chosen())
            self._filled = True
        self.refresh()

    def _period_chosen(self) -> None:
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
        key = self.period()
        if not key:
            return
        self.states, due = office_ops.period_status(key)
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
        text = self.due.edit.text().strip(" /_")
        key = self.period()
        try:
            due = fmt.parse_date(self.due.edit.text()) if text else None
        except (UserError, ValueError) as exc:
            ops.show_error(self, exc if isinstance(exc, UserError) else UserError(
                translate("Office", "Ngày không hợp lệ: {text}"), text=self.due.edit.text()))
            return
        office_ops.set_due(parent=self, period=key, due=due,
                           success=lambda _r: (self.status.emit(translate("Office", "Đã lưu hạn gửi báo cáo.")),
                                       self.refresh()))


class ConsolidatedPage(_OfficePeriodPage):
    """Báo cáo tổng hợp: the office's report from the units' packages, with its number (the
    next of the term offered), its date and sections II and III in the office's own words;
    PDF, Word, Excel (the table by unit) or printed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Office", "Báo cáo tổng hợp"), "office_report", parent)
        from dvdesktop.gui.widgets import DateField, error_label

        self.row.addSpacing(20)
        number_label = QLabel(translate("Office", "Số &văn bản:"), self)
        self.row.addWidget(number_label)
        self.number = QLineEdit(self)
        self.number.setObjectName("reportNumber")
        self.number.setMaxLength(20)
        self.number.setMaximumWidth(80)
        self.number.setToolTip(translate("Office", "Ví dụ 12 (in “Số 12-BC/…”); để trống thì in chỗ trống để viết tay"))
        number_label.setBuddy(self.number)
        self.row.addWidget(self.number)
        self.number_hint = QLabel(self)
        self.number_hint.setObjectName("hint")
        self.row.addWidget(self.number_hint)
        self.row.addSpacing(16)
        date_label = QLabel(translate("Office", "&Ngày báo cáo:"), self)
        self.issued = DateField(self)
        self.issued.setObjectName("reportDate")
        date_label.setBuddy(self.issued)
        self.row.addWidget(date_label)
        self.row.addWidget(self.issued)
        self.row.addStretch(1)
        self.date_error = error_label(self)
        self.date_error.setObjectName("reportDateError")
        self.lay.addWidget(self.date_error)
        self.number_warning = QLabel(self)
        self.number_warning.setObjectName("numberWarning")
        self.number_warning.setWordWrap(True)
        self.number_warning.setStyleSheet("color: #9a5b00;")
        self.number_warning.hide()
        self.lay.addWidget(self.number_warning)
        self.lay.addWidget(_hint(translate(
            "Office", "Báo cáo cộng số liệu của các gói đã nhận trong kỳ (mỗi đơn vị lấy lần gửi mới nhất), "
                      "theo thông tin văn phòng ở trang “Thông tin văn phòng”; phần I do chương trình viết, phần "
                      "II và III văn phòng tự viết dưới đây (lưu theo từng kỳ)."), self))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.limitations = QPlainTextEdit(self)
        self.limitations.setObjectName("limitations")
        self.limitations.setTabChangesFocus(True)
        self.directions = QPlainTextEdit(self)
        self.directions.setObjectName("directions")
        self.directions.setTabChangesFocus(True)
        form.addRow(translate("Office", "II. Hạn chế, nguyên nhân (văn phòng tự viết):"), self.limitations)
        form.addRow(translate("Office", "III. Phương hướng, nhiệm vụ (văn phòng tự viết):"), self.directions)
        buttons = QHBoxLayout()
        self.save_text = QPushButton(translate("Office", "Lưu nội dung"), self)
        self.save_text.setObjectName("saveTexts")
        self.print_button = QPushButton(translate("Office", "Xem trước và in…"), self)
        self.print_button.setObjectName("printConsolidated")
        self.pdf_button = QPushButton(translate("Office", "Tạo báo cáo PDF…"), self)
        self.docx_button = QPushButton(translate("Office", "Tạo báo cáo Word (.docx)…"), self)
        self.xlsx_button = QPushButton(translate("Office", "Xuất Excel (bảng theo đơn vị)…"), self)
        self.xlsx_button.setObjectName("consolidatedExcel")
        self.xlsx_button.setToolTip(translate("Office", "Bảng số liệu theo từng đơn vị và số liệu tổng hợp, để tính "
                                                        "trong Excel"))
        for b in (self.save_text, self.print_button, self.pdf_button, self.docx_button, self.xlsx_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.lay.addLayout(buttons)
        self.info = QLabel(self)
        self.info.setObjectName("reportInfo")
        self.lay.addWidget(self.info)
        self.lay.addLayout(form, 1)
        self.save_text.clicked.connect(lambda: self.save_texts())
        self.print_button.clicked.connect(lambda: self.preview())
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.docx_button.clicked.connect(lambda: self.save("docx"))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.issued.changed.connect(self.date_error.hide)
        self.issued.changed.connect(lambda: self.offer_number())
        self.number.textEdited.connect(lambda _t: self.check_number())
        self.preview_dialog: Any = None
        self._key: str | None = None  # the period whose texts are shown
        self._texts = ("", "")  # as saved
        self._offered: str | None = None
        self.today = dt.date.today()

    def load(self, today: dt.date | None = None) -> None:
        self.today = today or self.today
        if not self._filled:
            self.issued.set_value(self.today)
        super().load(today)

    def _period_chosen(self) -> None:
        """Leaving one period with sections II and III typed and not saved asks first."""
        new = self.period()
        if self._key is not None and new != self._key and self.unsaved():
            from dvdesktop.gui.forms import ask_unsaved

            old = self._key
            answer = ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel:
                self.period_combo.set_quietly(old)
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save_texts(key=old)
        self.refresh()

    def refresh(self) -> None:
        key = self.period()
        if not key:
            return
        states, texts = office_ops.unit_statuses(key), reports.period_texts(key)
        sent = sum(1 for s in states if s.state != "missing")
        self.info.setText(translate("Office", "Kỳ này đã nhận báo cáo của {sent}/{total} đơn vị.").format(
            sent=i18n.number(sent), total=i18n.number(len(states))))
        if key != self._key or not self.unsaved():
            self._key = key
            self._texts = (texts["limitations"], texts["directions"])
            self.limitations.setPlainText(texts["limitations"])
            self.directions.setPlainText(texts["directions"])
        self.offer_number()

    # ----------------------------------------------------------- sections II and III
    def _typed(self) -> tuple[str, str]:
        return self.limitations.toPlainText().strip(), self.directions.toPlainText().strip()

    def unsaved(self) -> bool:
        return self._key is not None and self._typed() != tuple(t.strip() for t in self._texts)

    def keep_unsaved(self, then: Any) -> None:
        self.save_texts(then=then)

    def discard_unsaved(self) -> None:
        self.limitations.setPlainText(self._texts[0])
        self.directions.setPlainText(self._texts[1])

    def save_texts(self, *, key: str | None = None, then: Any = None) -> None:
        key = key or self.period()
        lim, dirs = self._typed()
        if key == self._key:
            self._texts = (lim, dirs)

        def done(_r: Any) -> None:
            self.status.emit(translate("Office", "Đã lưu nội dung báo cáo tổng hợp."))
            if then is not None:
                then()

        reports.save_period_texts(parent=self, period=key, limitations=lim, directions=dirs, success=done)

    # ----------------------------------------------------------- number and date
    def _issued_or_none(self) -> dt.date | None:
        from dvdesktop.core.fmt import try_parse_date

        return try_parse_date(self.issued.text()) if self.issued.text() else self.today

    def offer_number(self) -> None:
        key, issued = self.period(), self._issued_or_none()
        if not key or issued is None:
            return
        offered = f"{reports.next_document_number(period=key, issued=issued):02d}"
        typed = self.number.text().strip()
        if not typed or typed == self._offered:
            self.number.setText(offered)
        self._offered = offered
        self.check_number()

    def check_number(self) -> None:
        typed, key, issued = self.number.text().strip(), self.period(), self._issued_or_none()
        self.number_hint.setText(translate("Office", "(số tiếp theo: {n})").format(n=self._offered)
                                 if self._offered and typed != self._offered else "")
        if not typed.isdigit() or int(typed) < 1 or issued is None:
            self.number_warning.hide()
            return
        uses = [u for u in reports.document_number_uses(int(typed), issued=issued) if u["period_key"] != key]
        if not uses:
            self.number_warning.hide()
            return
        used = "; ".join(translate("Office", "báo cáo {period} ngày {date}").format(
            period=_period_text(u["period_key"]), date=i18n.date(u["issued"])) for u in uses)
        self.number_warning.setText(translate(
            "Office", "⚠ Số {n} đã dùng trong nhiệm kỳ này cho {used}. Vẫn in được, nhưng hai văn bản sẽ trùng "
                      "số; số tiếp theo còn trống là {offered}.").format(
            n=f"{int(typed):02d}", used=used, offered=self._offered or ""))
        self.number_warning.show()

    def _document(self) -> tuple[str | None, dt.date] | None:
        """The number and date typed, or None after saying beside the date what is wrong."""
        from dvdesktop.base.errors import UserError
        from dvdesktop.core.fmt import parse_date

        try:
            issued = parse_date(self.issued.text()) if self.issued.text() else self.today
        except UserError as exc:
            self.date_error.setText(translate("Office", "Ngày báo cáo: {reason}").format(reason=ops.error_text(exc)))
            self.date_error.show()
            self.issued.setFocus()
            return None
        self.date_error.hide()
        return self.number.text().strip() or None, issued

    # ----------------------------------------------------------- making it
    def _render(self, out: Path, done: Any, document: tuple[str | None, dt.date]) -> None:
        key, (number, issued) = self.period(), document
        lim, dirs = self._typed()
        if key == self._key:
            self._texts = (lim, dirs)

        def finished(p: Any) -> None:
            self.offer_number()  # the number is taken now
            done(p)

        # The texts are kept with the period by the report step itself (as the unit's).
        office_ops.consolidated_report(parent=self, period=key, out=out, number=number, issued=issued,
                                       texts={"limitations": lim, "directions": dirs}, success=finished)

    def save(self, suffix: str) -> None:
        key = self.period()
        document = self._document() if suffix != "xlsx" else (None, self.today)
        if document is None:
            return
        from dvdesktop.reports.xlsx import figures_file_name

        kinds = {"pdf": translate("Office", "Tệp PDF (*.pdf)"), "docx": translate("Office", "Tài liệu Word (*.docx)"),
                 "xlsx": translate("Office", "Bảng tính Excel (*.xlsx)")}
        name = figures_file_name(key, consolidated=True) if suffix == "xlsx" else f"bao-cao-tong-hop-{key}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, translate("Office", "Lưu báo cáo tổng hợp"), name, kinds[suffix])
        if not path:
            return
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"

        def done(p: Any) -> None:
            self.status.emit(translate("Office", "Đã tạo báo cáo: {path}").format(path=str(p)))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))

        if suffix == "xlsx":
            office_ops.consolidated_report(parent=self, period=key, out=Path(path), success=done)
            return
        self._render(Path(path), done, document)

    def preview(self) -> None:
        document = self._document()
        if document is None:
            return
        out = Path(tempfile.mkdtemp(prefix="dvdesktop-in-")) / f"bao-cao-tong-hop-{self.period()}.pdf"

        def done(p: Any) -> None:
            from dvdesktop.gui.printing import preview_dialog

            dlg = preview_dialog(Path(p), self)
            dlg.finished.connect(lambda _r: shutil.rmtree(out.parent, ignore_errors=True))
            dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.preview_dialog = dlg
            dlg.destroyed.connect(lambda _o=None: setattr(self, "preview_dialog", None))
            dlg.open()

        self._render(out, done, document)


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
        from PySide6.QtWidgets import QCheckBox, QComboBox, QScrollArea

        from dvdesktop.gui.widgets import DateField, error_label, fill_choice_combo

        self.setObjectName("office_profile")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 2)
        outer.addWidget(_title(translate("Office", "Thông tin văn phòng"), self))
        outer.addWidget(_hint(translate("Office", "Các thông tin này in ở đầu và cuối báo cáo tổng hợp."), self))
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
        from PySide6.QtWidgets import QCheckBox, QComboBox

        from dvdesktop.gui.widgets import DateField

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
        from PySide6.QtWidgets import QCheckBox, QComboBox

        from dvdesktop.gui.widgets import DateField

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
        from PySide6.QtWidgets import QCheckBox, QComboBox

        from dvdesktop.gui.widgets import DateField

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
        from dvdesktop.base.errors import ValidationError
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
        name = office_ops.profile().get("name") or ""
        base = translate("Office", "Văn phòng nhận báo cáo")
        self.setWindowTitle(f"{name} — {base} — dvdesktop" if name else f"{base} — dvdesktop")

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        for key in ("profile", "report"):
            page = self.pages[key]
            if not page.unsaved():
                continue
            from dvdesktop.gui.forms import ask_unsaved

            self.go(key)
            answer = ask_unsaved(self)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                if answer == QMessageBox.StandardButton.Save:
                    page.keep_unsaved(then=self.close)
                return
            page.discard_unsaved()
        ops.wait_for_ops()
        event.accept()
