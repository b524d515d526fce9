"""Record forms: a Qt Designer file per kind (ui/<kind>_form.ui) bound to the domain's fields.

The .ui files are loaded at run time with QUiLoader rather than compiled with pyside6-uic:
there is no generated code to keep in step, a form can be rearranged in Designer and seen
at once, and QUiLoader translates the .ui strings through the installed translator. Each
input widget is named after its FieldSpec; labels come from the FieldSpec (one wording,
translated under the "Fields" context), and every rule is the core's: the form only puts
the core's messages beside the fields they name.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, Signal
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dvdesktop import operations as ops
from dvdesktop.core.domain import KINDS, UNIT_FIELDS, FieldSpec, KindSpec
from dvdesktop.core.errors import ValidationError
from dvdesktop.gui import i18n
from dvdesktop.paths import root_dir
from dvdesktop.gui.widgets import DateField, DocListField, IssuesEditor, error_label, fill_choice_combo, shortcut

translate = QCoreApplication.translate

UI_DIR = root_dir() / "ui"


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    """Instantiate ui/<name>.ui (our custom widgets registered)."""
    loader = QUiLoader()
    for cls in (DateField, DocListField, IssuesEditor):
        loader.registerCustomWidget(cls)
    f = QFile(str(UI_DIR / f"{name}.ui"))
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(str(UI_DIR / f"{name}.ui"))
    try:
        widget = loader.load(f, parent)
    finally:
        f.close()
    if widget is None:
        raise RuntimeError(loader.errorString())
    return widget


class FieldsBinder:
    """Ties the widgets of a loaded form to FieldSpecs: values in and out, errors beside."""

    def __init__(self, root: QWidget, fields: tuple[FieldSpec, ...], *, choice_prefix: str) -> None:
        self.root = root
        self.fields = fields
        self.prefix = choice_prefix
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._error_rows: dict[str, tuple[QFormLayout, int]] = {}
        forms = root.findChildren(QFormLayout)
        for spec in fields:
            w = root.findChild(QWidget, spec.name)
            if w is None:
                raise RuntimeError(f"form has no widget named {spec.name!r}")  # a .ui bug
            self.widgets[spec.name] = w
            self._setup(spec, w)
            lab = root.findChild(QLabel, f"label_{spec.name}")
            text = i18n.label(spec) + (" *" if spec.required and spec.default is None else "")
            if lab is not None:
                lab.setText(text)
                lab.setToolTip(translate("Fields", spec.help) if spec.help else "")
            elif isinstance(w, QCheckBox):
                w.setText(text)
            if spec.help:
                w.setToolTip(translate("Fields", spec.help))
            err = error_label(root)
            err.setObjectName(f"error_{spec.name}")
            self.errors[spec.name] = err
            for form in forms:
                row, _role = form.getWidgetPosition(w)
                if row >= 0:
                    form.insertRow(row + 1, QLabel(""), err)
                    form.setRowVisible(row + 1, False)
                    break

    def _setup(self, spec: FieldSpec, w: QWidget) -> None:
        if isinstance(w, QComboBox) and spec.type == "choice":
            fill_choice_combo(w, f"{self.prefix}.{spec.name}", blank=spec.default is None and not spec.required)
            if spec.default is None and spec.required:
                w.insertItem(0, translate("Forms", "— chọn —"), None)
            self._set(spec, w, spec.default)

    # ----------------------------------------------------------------- values
    def set_values(self, record: dict[str, Any]) -> None:
        for spec in self.fields:
            value = record.get(spec.name, spec.default)
            self._set(spec, self.widgets[spec.name], value)

    def _set(self, spec: FieldSpec, w: QWidget, value: Any) -> None:
        if isinstance(w, (DateField, DocListField, IssuesEditor)):
            w.set_value(value)
        elif isinstance(w, QComboBox):
            idx = w.findData(None if value is None else str(value))
            w.setCurrentIndex(max(idx, 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QLineEdit):
            if spec.type == "int" and value is not None and value != "":
                w.setText(str(value))
            else:
                w.setText("" if value is None else str(value))

    def values(self) -> dict[str, Any]:
        """What the user entered, as the core's clean_record expects it (text as typed)."""
        out: dict[str, Any] = {}
        for spec in self.fields:
            w = self.widgets[spec.name]
            if isinstance(w, (DateField, DocListField, IssuesEditor)):
                out[spec.name] = w.value()
            elif isinstance(w, QComboBox):
                out[spec.name] = w.currentData()
            elif isinstance(w, QCheckBox):
                out[spec.name] = w.isChecked()
            elif isinstance(w, QPlainTextEdit):
                out[spec.name] = w.toPlainText()
            elif isinstance(w, QLineEdit):
                out[spec.name] = w.text()
        return out

    # ----------------------------------------------------------------- errors
    def clear_errors(self) -> None:
        for name, err in self.errors.items():
            err.clear()
            self._show_row(err, False)
            self._mark(self.widgets[name], False)

    def show_errors(self, error: ValidationError) -> list[str]:
        """Put each message beside its field; returns messages that name no field here."""
        self.clear_errors()
        loose: list[str] = []
        by_field: dict[str, list[str]] = {}
        for fe in error.errors:
            text = ops.field_error_text(fe)
            if fe.field in self.errors:
                by_field.setdefault(fe.field, []).append(text)
            else:
                loose.append(text)
        first: QWidget | None = None
        for spec in self.fields:  # in form order, so focus goes to the first problem
            if spec.name in by_field:
                err = self.errors[spec.name]
                err.setText("\n".join(by_field[spec.name]))
                self._show_row(err, True)
                self._mark(self.widgets[spec.name], True)
                first = first or self.widgets[spec.name]
        if first is not None:
            first.setFocus()
        return loose

    @staticmethod
    def _show_row(err: QLabel, visible: bool) -> None:
        parent = err.parentWidget()
        for form in parent.findChildren(QFormLayout) if parent else []:
            row, _ = form.getWidgetPosition(err)
            if row >= 0:
                form.setRowVisible(row, visible)
                return
        err.setVisible(visible)

    @staticmethod
    def _mark(w: QWidget, invalid: bool) -> None:
        target = w.edit if isinstance(w, (DateField, DocListField)) else w
        target.setProperty("invalid", invalid)
        target.style().unpolish(target)
        target.style().polish(target)


class RecordDialog(QDialog):
    """Add or edit one record. Ctrl+Enter (or Enter outside multi-line fields) saves; Esc
    closes, asking Lưu / Bỏ / Hủy if anything was typed."""

    saved = Signal(dict)

    def __init__(self, kind: str, *, record: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.spec: KindSpec = KINDS[kind]
        self.record = record
        self.setObjectName(f"{kind}Dialog")
        title = translate("Forms", "Sửa: {kind}") if record else translate("Forms", "Thêm mới: {kind}")
        self.setWindowTitle(title.format(kind=i18n.kind_label(self.spec)))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.general_error = error_label(self)
        self.general_error.setObjectName("generalError")
        lay.addWidget(self.general_error)
        self.form = load_ui(f"{kind}_form")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        lay.addWidget(scroll, 1)
        self.binder = FieldsBinder(self.form, self.spec.fields, choice_prefix=kind)
        if kind == "meeting":
            docs = self.binder.widgets["documents"]
            assert isinstance(docs, DocListField)
            docs.set_documents(ops.read(lambda led: [d["ref"] for d in led.documents()]))
        if record:
            self.binder.set_values(record)
        else:
            self.binder.set_values(self._new_defaults())
        buttons = QHBoxLayout()
        hint = QLabel(translate("Forms", "* bắt buộc nhập · Ctrl+Enter: lưu · Esc: đóng"), self)
        hint.setObjectName("hint")
        buttons.addWidget(hint, 1)
        self.save_button = QPushButton(translate("Forms", "Lưu"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(translate("Forms", "Đóng"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        lay.addLayout(buttons)
        for seq in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            shortcut(seq, self, self.save)
        self._snapshot = self.binder.values()
        self._saving = False
        self._force_close = False
        if kind in ("reception", "dialogue"):
            self.resize(1000, 560)
        else:
            self.resize(640, 520)

    def _new_defaults(self) -> dict[str, Any]:
        today = dt.date.today()
        values: dict[str, Any] = {f.name: f.default for f in self.spec.fields}
        if self.spec.date_field != "year":
            values[self.spec.date_field] = today
        else:
            values["year"] = today.year
        for f in self.spec.fields:
            if f.type == "int" and f.default == 0:
                values[f.name] = ""  # an empty box invites typing; the core fills 0
        return values

    def is_dirty(self) -> bool:
        return self.binder.values() != self._snapshot

    def save(self) -> None:
        if self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        data = self.binder.values()
        kind, record = self.kind, self.record

        def fn(led: Any) -> dict[str, Any]:
            if record:
                return led.update(kind, record["id"], data)
            return led.add(kind, data)

        ops.run_op(self, fn, success=self._saved, failure=self._failed, touches={kind})

    def _saved(self, rec: dict[str, Any]) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.binder.clear_errors()
        self.general_error.hide()
        self.record = rec
        self._snapshot = self.binder.values()
        self.saved.emit(rec)
        self._force_close = True
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            loose = self.binder.show_errors(error)
            self.general_error.setText("\n".join(loose))
            self.general_error.setVisible(bool(loose))
            return True
        return False

    def reject(self) -> None:
        if self._force_close or not self.is_dirty():
            super().reject()
            return
        answer = ask_unsaved(self)
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            self._force_close = True
            super().reject()


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Lưu / Bỏ / Hủy for a form with unsaved input (a module function so tests can answer)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Forms", "Chưa lưu"),
                      translate("Forms", "Thông tin vừa nhập chưa được lưu. Lưu lại trước khi đóng?"),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Save).setText(translate("Forms", "Lưu"))
    box.button(QMessageBox.StandardButton.Discard).setText(translate("Forms", "Bỏ"))
    box.button(QMessageBox.StandardButton.Cancel).setText(translate("Forms", "Hủy"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())


class UnitForm(QWidget):
    """The unit profile (first-run set-up and Cài đặt), ui/unit_form.ui."""

    saved = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.general_error = error_label(self)
        lay.addWidget(self.general_error)
        self.form = load_ui("unit_form", self)
        lay.addWidget(self.form)
        self.binder = FieldsBinder(self.form, UNIT_FIELDS, choice_prefix="unit")
        self.binder.set_values({f.name: f.default for f in UNIT_FIELDS})

    def set_unit(self, unit: dict[str, Any] | None) -> None:
        self.binder.set_values(unit or {f.name: f.default for f in UNIT_FIELDS})

    def save(self) -> None:
        data = self.binder.values()
        ops.run_op(self, lambda led: led.set_unit(data), success=self._saved,
                   failure=self._failed, touches={"unit"})

    def _saved(self, unit: dict[str, Any]) -> None:
        self.binder.clear_errors()
        self.general_error.hide()
        self.saved.emit(unit)

    def _failed(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError):
            loose = self.binder.show_errors(error)
            self.general_error.setText("\n".join(loose))
            self.general_error.setVisible(bool(loose))
            return True
        return False


class SetupDialog(QDialog):
    """First run: the unit's profile before anything else (Ledger.unit() is None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Forms", "Khai báo đơn vị"))
        lay = QVBoxLayout(self)
        intro = QLabel(translate(
            "Forms", "Lần đầu sử dụng: hãy khai báo đơn vị của mình. Các thông tin này in trên "
                     "tiêu đề báo cáo và trong gói gửi cấp trên; có thể sửa lại trong mục Cài đặt."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.unit_form = UnitForm(self)
        lay.addWidget(self.unit_form, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.ok_button = QPushButton(translate("Forms", "Lưu và bắt đầu"), self)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.unit_form.save)
        cancel = QPushButton(translate("Forms", "Thoát"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        row.addWidget(self.ok_button)
        row.addWidget(cancel)
        lay.addLayout(row)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(seq, self, self.unit_form.save)
        self.unit_form.saved.connect(lambda _u: self.accept())
        self.resize(980, 560)
