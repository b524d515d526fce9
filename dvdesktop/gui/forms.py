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
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject, Qt, Signal
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesktop import operations as ops
from dvdesktop.base.errors import UserError, ValidationError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP as N_
from dvdesktop.base.paths import root_dir
from dvdesktop.core import validation
from dvdesktop.core.domain import FieldSpec, KINDS, KindSpec, UNIT_FIELDS
from dvdesktop.gui import i18n
from dvdesktop.gui.models import SECRET, cell_text
from dvdesktop.gui.safety_dialogs import RecoveryKeyDialog
from dvdesktop.gui.widgets import (
    DateField,
    DocListField,
    IssuesEditor,
    NO_CHOICE,
    error_label,
    fill_choice_combo,
    shortcut,
)
from dvdesktop.operations import records, safety as safety_ops
from dvdesktop.safety.crypto import check_passphrase

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


class _Edits(QObject):
    edited = Signal(str)  # the field's name


class FieldsBinder:
    """Ties the widgets of a loaded form to FieldSpecs: values in and out, errors beside.

    ``signals.edited(name)`` tells that the user changed a field (a form re-checks then);
    ``mask(name, value)`` shows a secret value as "••• (được giữ bí mật)", read-only, while
    ``values()`` still gives the value itself.
    """

    def __init__(self, root: QWidget, fields: tuple[FieldSpec, ...], *, choice_prefix: str) -> None:
        self.root = root
        self.fields = fields
        self.prefix = choice_prefix
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.masked: dict[str, Any] = {}
        self.signals = _Edits()
        self._error_rows: dict[str, tuple[QFormLayout, int]] = {}
        self._labels: list[tuple[QLabel, QWidget]] = []
        forms = root.findChildren(QFormLayout)
        # Rows keep their height: spare height goes below the last row, not between rows.
        top = root.layout()
        if isinstance(top, QVBoxLayout):  # two-column forms have their own spacers
            top.addStretch(1)
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
            if lab is not None:
                self._labels.append((lab, w))
            err = error_label(root)
            err.setObjectName(f"error_{spec.name}")
            self.errors[spec.name] = err
            for form in forms:
                row, _role = form.getWidgetPosition(w)
                if row >= 0:
                    form.insertRow(row + 1, QLabel(""), err)
                    form.setRowVisible(row + 1, False)
                    break
            self._watch(spec.name, w)
        self._fit_labels(forms)

    LABEL_MAX = 230

    def _fit_labels(self, forms: list[QFormLayout]) -> None:
        """Labels on one line where they fit (up to LABEL_MAX px), close to their fields:
        each form's label column as wide as its longest label needs."""
        for form in forms:
            pairs = [(lab, w) for lab, w in self._labels if form.indexOf(lab) >= 0]
            if not pairs:
                continue
            width = min(self.LABEL_MAX, max(lab.fontMetrics().horizontalAdvance(lab.text()) for lab, _ in pairs) + 6)
            for lab, w in pairs:
                lab.setMinimumWidth(width)
                tall = isinstance(w, (QPlainTextEdit, IssuesEditor))
                # Beside a one-line field the label is centred on it; beside a box, at its top line.
                lab.setAlignment(Qt.AlignmentFlag.AlignRight | (
                    Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter))
                if tall:
                    lab.setContentsMargins(0, 4, 0, 0)
                else:
                    lab.setMinimumHeight(w.sizeHint().height())

    def _watch(self, name: str, w: QWidget) -> None:
        emit: Callable[..., None] = lambda *_a, n=name: self.signals.edited.emit(n)  # noqa: E731
        if isinstance(w, (DateField, DocListField, IssuesEditor)):
            w.changed.connect(emit)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(emit)
        elif isinstance(w, QCheckBox):
            w.toggled.connect(emit)
        elif isinstance(w, QPlainTextEdit):
            w.textChanged.connect(emit)
        elif isinstance(w, QLineEdit):
            w.textEdited.connect(emit)

    def first_widget(self) -> QWidget:
        """The first field in the form's order (where the cursor goes when it opens)."""
        return self.widgets[self.fields[0].name]

    def mask(self, name: str, value: Any) -> None:
        w = self.widgets[name]
        assert isinstance(w, QLineEdit)
        self.masked[name] = value
        w.clear()  # the value is not even in the widget, only "•••" drawn where it would be
        w.setPlaceholderText(translate("Lists", SECRET) if value else "")
        w.setReadOnly(True)

    def unmask(self, name: str) -> None:
        w = self.widgets[name]
        assert isinstance(w, QLineEdit)
        value = self.masked.pop(name, None)
        w.setPlaceholderText("")
        w.setText("" if value is None else str(value))
        w.setReadOnly(False)

    def _setup(self, spec: FieldSpec, w: QWidget) -> None:
        if isinstance(w, QComboBox) and spec.type == "choice":
            fill_choice_combo(w, f"{self.prefix}.{spec.name}", blank=spec.default is None and not spec.required)
            if spec.default is None and spec.required:
                w.insertItem(0, translate("Forms", "— chọn —"), NO_CHOICE)
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
            idx = w.findData(NO_CHOICE if value is None else str(value))
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
            if spec.name in self.masked:
                out[spec.name] = self.masked[spec.name]
            elif isinstance(w, (DateField, DocListField, IssuesEditor)):
                out[spec.name] = w.value()
            elif isinstance(w, QComboBox):
                out[spec.name] = w.currentData() or None
            elif isinstance(w, QCheckBox):
                out[spec.name] = w.isChecked()
            elif isinstance(w, QPlainTextEdit):
                out[spec.name] = w.toPlainText()
            elif isinstance(w, QLineEdit):
                out[spec.name] = w.text()
        return out

    # ----------------------------------------------------------------- errors
    def clear_errors(self) -> None:
        for name in self.errors:
            self.clear_error(name)

    def clear_error(self, name: str) -> None:
        err = self.errors[name]
        err.clear()
        self._show_row(err, False)
        self._mark(self.widgets[name], False)

    def shown_errors(self) -> dict[str, str]:
        """The messages beside fields now, by field name."""
        return {name: err.text() for name, err in self.errors.items() if err.text()}

    def recheck(self, error: ValidationError | None) -> None:
        """After an edit: each message shown goes if its rule now holds, or says what is
        still wrong; no new message appears before the next save."""
        now: dict[str, list[str]] = {}
        for fe in error.errors if error is not None else []:
            now.setdefault(fe.field, []).append(ops.field_error_text(fe))
        for name in self.shown_errors():
            if name in now:
                self.errors[name].setText("\n".join(now[name]))
            else:
                self.clear_error(name)

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


def show_refusal(binder: FieldsBinder, general: QLabel, error: BaseException) -> bool:
    """What a form does when the core refuses a save: each message of a ValidationError
    beside its field, those of no field shown in ``general``; True when it was shown so,
    False for any other error (the standard message box shows it)."""
    if not isinstance(error, ValidationError):
        return False
    loose = binder.show_errors(error)
    general.setText("\n".join(loose))
    general.setVisible(bool(loose))
    return True


class RecordDialog(QDialog):
    """Add or edit one record. Ctrl+Enter (or Enter outside multi-line fields) saves; Esc
    closes, asking Lưu / Bỏ / Hủy if anything was typed."""

    saved = Signal(dict)

    def __init__(self, kind: str, *, record: dict[str, Any] | None = None,
                 parent: QWidget | None = None, reveal: bool = False) -> None:
        super().__init__(parent)
        self.kind = kind
        self.spec: KindSpec = KINDS[kind]
        self.record = record
        self.history: HistoryDialog | None = None
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
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the last field to the buttons
        scroll.setWidget(self.form)
        lay.addWidget(scroll, 1)
        self.binder = FieldsBinder(self.form, self.spec.fields, choice_prefix=kind)
        if kind == "meeting":
            docs = self.binder.widgets["documents"]
            assert isinstance(docs, DocListField)
            docs.set_documents(records.document_refs())
        if record:
            self.binder.set_values(record)
        else:
            self.binder.set_values(self._new_defaults())
        self.reveal_box: QCheckBox | None = None
        if self.secret():
            self._add_reveal(reveal)
        buttons = QHBoxLayout()
        if record:
            self.history_button = QPushButton(translate("Forms", "Lịch sử thay đổi…"), self)
            self.history_button.setObjectName("historyButton")
            self.history_button.setToolTip(translate("Forms", "Ai đã tạo, sửa bản ghi này, lúc nào, sửa gì (Ctrl+H)"))
            self.history_button.setAutoDefault(False)
            self.history_button.clicked.connect(lambda: self.show_history())
            shortcut("Ctrl+H", self, self.show_history)
            buttons.addWidget(self.history_button)
        hint = QLabel(translate("Forms", "* bắt buộc nhập · Ctrl+Enter: lưu · Esc: đóng"), self)
        hint.setObjectName("hint")
        buttons.addWidget(hint, 1)
        self.save_button = QPushButton(translate("Forms", "Lưu"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button = QPushButton(translate("Forms", "Đóng"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(lambda: self.reject())
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        lay.addLayout(buttons)
        for seq in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            shortcut(seq, self, self.save)
        self._snapshot = self.binder.values()
        self._saving = False
        self._force_close = False
        self.binder.signals.edited.connect(lambda _name: self._recheck())
        if kind in ("reception", "dialogue"):
            self.resize(1000, 600)
        else:
            self.resize(680, 560)
        # The cursor in the first field. A new record's default (today's date) is selected,
        # so typing 05032026 replaces it; an existing record's text is not, so a key
        # pressed by mistake does not wipe it.
        first = self.binder.first_widget()
        first.setFocus()
        target = first.edit if isinstance(first, (DateField, DocListField)) else first
        if isinstance(target, QLineEdit):
            if record:
                target.deselect()
                target.end(False)
            else:
                target.selectAll()

    # ----------------------------------------------------------- a denouncer's identity
    def secret(self) -> bool:
        """An existing tố cáo: the denouncer's identity is kept secret (Luật Tố cáo)."""
        return bool(self.kind == "reception" and self.record and self.record.get("category") == "denunciation")

    def _add_reveal(self, reveal: bool) -> None:
        pii = [f.name for f in self.spec.fields if f.pii]
        box = QCheckBox(translate("Pages", "Hiện danh tính người tố cáo"), self.form)
        box.setObjectName("revealIdentity")
        box.setToolTip(translate(
            "Pages", "Luật Tố cáo: danh tính người tố cáo phải được giữ bí mật. Chỉ hiện khi thật cần; "
                     "lựa chọn này không được ghi nhớ."))
        for form in self.form.findChildren(QFormLayout):
            row, _role = form.getWidgetPosition(self.binder.widgets[pii[0]])
            if row >= 0:
                form.insertRow(row, QLabel(""), box)
                break
        self.reveal_box = box
        for name in pii:
            self.binder.mask(name, self.record.get(name) if self.record else None)
        box.setChecked(reveal)
        self._reveal(reveal)
        box.toggled.connect(self._reveal)

    def _reveal(self, shown: bool) -> None:
        for f in self.spec.fields:
            if not f.pii:
                continue
            if shown and f.name in self.binder.masked:
                self.binder.unmask(f.name)
            elif not shown and f.name not in self.binder.masked:
                w = self.binder.widgets[f.name]
                self.binder.mask(f.name, w.text() if isinstance(w, QLineEdit) else None)

    # ----------------------------------------------------------- history
    def show_history(self) -> HistoryDialog | None:
        if not self.record:
            return None
        reveal = not self.secret() or bool(self.reveal_box and self.reveal_box.isChecked())
        dlg = HistoryDialog(self.kind, self.record["id"], reveal=reveal, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history = dlg
        dlg.destroyed.connect(lambda _o=None: setattr(self, "history", None))
        dlg.open()
        return dlg

    # ----------------------------------------------------------- checking as one types
    def _recheck(self) -> None:
        if not self.binder.shown_errors():
            return
        data, kind, record = self.binder.values(), self.kind, self.record


        try:
            validation.clean_record(kind, {**(record or {}), **data}, today=records.today())
        except ValidationError as exc:
            self.binder.recheck(exc)
            return
        self.binder.recheck(None)

    def _new_defaults(self) -> dict[str, Any]:
        today = records.today()
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
        data = self.binder.values()  # the issue typed in a cell still open is in it
        if self.record:
            records.update_record(parent=self, kind=self.kind, record_id=self.record["id"], values=data,
                                  success=self._saved, failure=self._failed)
        else:
            records.add_record(parent=self, kind=self.kind, values=data, success=self._saved, failure=self._failed)

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
        return show_refusal(self.binder, self.general_error, error)

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


#: What an audit entry's action is called in a record's history.
ACTIONS = {"create": N_("Forms", "Tạo mới"), "update": N_("Forms", "Sửa"),
           "delete": N_("Forms", "Xóa (vào thùng rác)"), "restore": N_("Forms", "Khôi phục"),
           "purge": N_("Forms", "Xóa hẳn")}


def history_rows(kind: str, entries: list[dict[str, Any]], *, reveal: bool) -> list[tuple[str, str, str, str]]:
    """(when, who, what, the changes) for each audit entry of one record, newest first.

    A denouncer's identity shows as "••• (được giữ bí mật)" unless ``reveal``.
    """

    spec = KINDS[kind]
    rows = []
    for e in entries:
        old, new = e.get("old") or {}, e.get("new") or {}
        secret = not reveal and "denunciation" in (old.get("category"), new.get("category"))
        changes = []
        if e["action"] == "update":
            for f in spec.fields:
                before, after = old.get(f.name), new.get(f.name)
                if (before or None) == (after or None):
                    continue
                if secret and f.pii:
                    changes.append(translate("Forms", "{field}: đã sửa").format(field=i18n.label(f)))
                    continue
                changes.append(translate("Forms", "{field}: {old} → {new}").format(
                    field=i18n.label(f), old=cell_text(kind, f, before) or "—", new=cell_text(kind, f, after) or "—"))
        rows.append((_when(e["at"]), e.get("actor") or "", translate("Forms", ACTIONS.get(e["action"], e["action"])),
                     "; ".join(changes)))
    return rows


def _when(stamp: str) -> str:
    try:
        when = dt.datetime.fromisoformat(stamp).astimezone()
    except (TypeError, ValueError):
        return stamp or ""
    return f"{when:%H:%M} {i18n.date(when.date())}"


class HistoryDialog(QDialog):
    """Lịch sử thay đổi: every creation, edit, deletion and restoration of one record,
    from the audit log, with what each edit changed."""

    def __init__(self, kind: str, record_id: int, *, reveal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(translate("Forms", "Lịch sử thay đổi"))
        entries = records.history(kind, record_id)
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([translate("Forms", "Lúc"), translate("Forms", "Người làm"),
                                              translate("Forms", "Việc"), translate("Forms", "Thay đổi")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        rows = history_rows(kind, entries, reveal=reveal)
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        lay.addWidget(self.table, 1)
        close = QPushButton(translate("Forms", "Đóng"), self)
        close.clicked.connect(lambda: self.accept())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        lay.addLayout(row)
        self.resize(820, 360)


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
        self.set_unit(None)
        self._after_save: Callable[[], None] | None = None
        self.binder.signals.edited.connect(lambda _name: self._recheck())

    def set_unit(self, unit: dict[str, Any] | None) -> None:
        self.binder.set_values(unit or {f.name: f.default for f in UNIT_FIELDS})
        self.binder.clear_errors()
        self.general_error.hide()
        self._snapshot = self.binder.values()
        self._loaded = unit

    def is_dirty(self) -> bool:
        """Something typed and not saved."""
        return self.binder.values() != self._snapshot

    def revert(self) -> None:
        """Back to the profile as saved (the user chose not to keep the changes)."""
        self.set_unit(self._loaded)

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the profile; ``then()`` once it is saved (not if the core refused it)."""
        self._after_save = then
        data = self.binder.values()
        records.save_unit(parent=self, values=data, success=self._saved, failure=self._failed)

    def _saved(self, unit: dict[str, Any]) -> None:
        self.binder.clear_errors()
        self.general_error.hide()
        self._snapshot = self.binder.values()
        self._loaded = unit
        self.saved.emit(unit)
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _failed(self, error: BaseException) -> bool:
        self._after_save = None
        return show_refusal(self.binder, self.general_error, error)

    def _recheck(self) -> None:
        if not self.binder.shown_errors():
            return

        try:
            validation.clean_unit(self.binder.values())
        except ValidationError as exc:
            self.binder.recheck(exc)
        else:
            self.binder.recheck(None)


class SetupDialog(QDialog):
    """First run: the unit's profile before anything else (Ledger.unit() is None).

    With ``new_file`` (the data file does not exist yet) it also offers encryption,
    recommended and chosen by default: the passphrase is typed twice here, and only once
    the profile and the passphrase are both right is the file created, encrypted from its
    first page (``safety.crypto.create_encrypted``), so it never holds a plain page. The
    profile is checked meanwhile against a scratch database in memory (the current
    ledger), and the file is ``self.file`` (a ``DataFile``) once accepted.
    """

    def __init__(self, parent: QWidget | None = None, *, new_file: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle(translate("Forms", "Khai báo đơn vị"))
        self.new_file = new_file
        self.file: Any = None
        self.recovery_dialog: Any = None
        lay = QVBoxLayout(self)
        intro = QLabel(translate(
            "Forms", "Lần đầu sử dụng: hãy khai báo đơn vị của mình. Các thông tin này in trên "
                     "tiêu đề báo cáo và trong gói gửi cấp trên; có thể sửa lại trong mục Cài đặt."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.unit_form = UnitForm(self)
        # Scrolled rather than squeezed: messages under the fields never get cut off.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.unit_form)
        lay.addWidget(scroll, 1)
        self.encrypt_box: QGroupBox | None = None
        if new_file is not None:
            lay.addWidget(self._encryption_box())
        row = QHBoxLayout()
        row.addStretch(1)
        self.ok_button = QPushButton(translate("Forms", "Lưu và bắt đầu"), self)
        self.ok_button.setObjectName("startButton")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(lambda: self.save())
        cancel = QPushButton(translate("Forms", "Thoát"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(lambda: self.reject())
        row.addWidget(self.ok_button)
        row.addWidget(cancel)
        lay.addLayout(row)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(seq, self, lambda: self.save())
        self.unit_form.saved.connect(self._unit_saved)
        self._passphrase_ok = True
        self.unit_form.binder.first_widget().setFocus()  # typing starts in Mã đơn vị
        self.resize(1200, 660 if new_file is not None else 600)

    def _encryption_box(self) -> QWidget:
        box = QGroupBox(translate("Forms", "Bảo mật tệp dữ liệu"), self)
        box.setObjectName("encryptionBox")
        grid = QVBoxLayout(box)
        choices = QHBoxLayout()
        self.encrypt_choice = QRadioButton(translate("Forms", "Mã hóa ngay từ đầu (khuyên dùng)"), box)
        self.encrypt_choice.setObjectName("encryptChoice")
        self.plain_choice = QRadioButton(translate("Forms", "Không mã hóa"), box)
        self.plain_choice.setObjectName("plainChoice")
        self.encrypt_choice.setChecked(True)
        choices.addWidget(self.encrypt_choice)
        choices.addWidget(self.plain_choice)
        choices.addStretch(1)
        grid.addLayout(choices)
        fields = QHBoxLayout()
        self.passphrase = QLineEdit(box)
        self.passphrase.setObjectName("passphrase")
        self.passphrase_again = QLineEdit(box)
        self.passphrase_again.setObjectName("passphraseAgain")
        for e in (self.passphrase, self.passphrase_again):
            e.setEchoMode(QLineEdit.EchoMode.Password)
            e.setMaximumWidth(260)
        first = QLabel(translate("Forms", "&Mật khẩu:"), box)
        first.setBuddy(self.passphrase)
        again = QLabel(translate("Forms", "&Nhập lại mật khẩu:"), box)
        again.setBuddy(self.passphrase_again)
        fields.addWidget(first)
        fields.addWidget(self.passphrase)
        fields.addSpacing(12)
        fields.addWidget(again)
        fields.addWidget(self.passphrase_again)
        fields.addStretch(1)
        grid.addLayout(fields)
        self.passphrase_error = error_label(box)
        self.passphrase_error.setObjectName("passphraseError")
        grid.addWidget(self.passphrase_error)
        hint = QLabel(translate(
            "Forms", "Sổ tiếp công dân chứa họ tên, số CCCD của công dân và danh tính người tố cáo: hãy mã hóa. "
                     "Mật khẩu ít nhất 8 ký tự, nhập mỗi lần mở chương trình. Chương trình sẽ cho một mã khôi "
                     "phục (chép ra giấy, cất riêng) để dùng khi quên mật khẩu."), box)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        grid.addWidget(hint)
        self.encrypt_choice.toggled.connect(self._encryption_chosen)
        for e in (self.passphrase, self.passphrase_again):
            e.textEdited.connect(lambda _t: self._recheck_passphrase())
        self.encrypt_box = box
        return box

    def encrypting(self) -> bool:
        return self.encrypt_box is not None and self.encrypt_choice.isChecked()

    def _encryption_chosen(self, on: bool) -> None:
        for w in (self.passphrase, self.passphrase_again):
            w.setEnabled(on)
        if not on:
            self.passphrase_error.hide()

    def _passphrase_problem(self) -> str:
        """What is wrong with the passphrase typed, "" if nothing (the core's rule)."""

        if self.passphrase.text() != self.passphrase_again.text():
            return translate("Errors", "Hai lần nhập mật khẩu không giống nhau.")
        try:
            check_passphrase(self.passphrase.text())
        except UserError as exc:
            return ops.error_text(exc)
        return ""

    def _show_passphrase_problem(self, problem: str) -> None:
        self.passphrase_error.setText(problem)
        self.passphrase_error.setVisible(bool(problem))
        FieldsBinder._mark(self.passphrase, bool(problem))

    def _recheck_passphrase(self) -> None:
        if self.passphrase_error.isVisible():  # a message shown goes once the passphrase is right
            self._show_passphrase_problem(self._passphrase_problem())

    def save(self) -> None:
        if self.encrypting():
            problem = self._passphrase_problem()
            self._show_passphrase_problem(problem)
            self._passphrase_ok = not problem
        self.unit_form.save()

    def _unit_saved(self, unit: dict[str, Any]) -> None:
        if self.new_file is None:
            self.accept()
            return
        if self.encrypting() and not self._passphrase_ok:
            self.passphrase.setFocus()
            return
        self._create(unit)

    def _create(self, unit: dict[str, Any]) -> None:
        """The data file, made off the UI thread: encrypted from its first page, or plain."""

        path = Path(self.new_file)
        passphrase = self.passphrase.text() if self.encrypting() else None
        self.ok_button.setEnabled(False)

        def failed(_error: BaseException) -> None:
            self.ok_button.setEnabled(True)

        # The profile, then the signing key: its fingerprint prints on the first report.
        safety_ops.create_file(parent=self, path=path, unit=unit, passphrase=passphrase, success=self._created,
                               failure=failed)

    def _created(self, made: tuple[Any, str | None]) -> None:
        file, recovery = made
        scratch = ops.current_file()
        ops.set_file(file)
        self.file = file
        if scratch is not file:
            scratch.close()
        if recovery:
            dlg = RecoveryKeyDialog(recovery, self)
            self.recovery_dialog = dlg
            dlg.exec()  # closes only once "Tôi đã chép mã khôi phục" is ticked
        self.accept()
