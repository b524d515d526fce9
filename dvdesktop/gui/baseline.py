"""Số liệu nhập tay: the figures of an earlier period, from the unit's paper reports, typed
by the keys of ``domain.BASELINE_FIELDS`` (Ledger.baseline / set_baseline / clear_baseline).

Reports compare with them ("so với cùng kỳ") where the program has no records of that
period; where it has, the records are used, and the dialog says so beside the section.
Every rule is the core's (``validation.clean_baseline``): its messages show beside the
fields they name, and nothing is saved while one remains.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dvdesktop.base.errors import FieldError, ValidationError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP as N_
from dvdesktop.core import validation
from dvdesktop.core.domain import BASELINE_FIELDS, BASELINE_SECTIONS
from dvdesktop.core.periods import parse_period, period_choices
from dvdesktop.gui import i18n
from dvdesktop.gui.forms import FieldsBinder, ask_unsaved
from dvdesktop.gui.widgets import error_label, shortcut
from dvdesktop.operations import records, reports

translate = QCoreApplication.translate

#: The dialog's sections: (title, summary path, record kind), keys grouped by path.
SECTIONS = (
    (N_("Baseline", "Hội nghị, học tập, quán triệt"), "meetings", "meeting"),
    (N_("Baseline", "Đối thoại"), "dialogues", "dialogue"),
    (N_("Baseline", "Tiếp công dân"), "reception.visits", "reception"),
    (N_("Baseline", "Đơn thư"), "reception.letters", "reception"),
    (N_("Baseline", "Mô hình “Dân vận khéo”"), "models", "model"),
)
#: How many years back the period list goes (and every year that has hand figures).
YEARS_BACK = 8
HAND_COLOUR = "#9a5b00"


def section_label(path: str) -> str:
    """"reception.visits" -> "Tiếp công dân" in the window's language."""
    for title, p, _kind in SECTIONS:
        if p == path:
            return translate("Baseline", title)
    return path


def _fields_of(path: str) -> list[Any]:
    return [f for f in BASELINE_FIELDS if f.name.rsplit(".", 1)[0] == path]


def _tr(context: str, text: str) -> str:
    """A core message's translation; a baseline label in it is found under "Baseline"."""
    if context == "Fields":
        found = translate("Baseline", text)
        if found != text:
            return found
    return translate(context, text)


def error_text(fe: FieldError) -> str:
    """One FieldError in the window's language, its baseline labels translated too."""
    params = {k: translate("Baseline", v) if isinstance(v, str) else v for k, v in fe.params.items()}
    return _tr(fe.context, fe.template).format(**params) if params else _tr(fe.context, fe.template)


def ended_periods(today: dt.date, cutoff_day: int, extra_keys: list[str]) -> list[Any]:
    """Every period that has ended, newest year first: years, halves, nine months,
    quarters, months; of the last YEARS_BACK years and of every year in ``extra_keys``."""

    years = {today.year - i for i in range(YEARS_BACK)}
    for key in extra_keys:
        try:
            year = parse_period(key, cutoff_day=cutoff_day).year
        except Exception:  # noqa: BLE001 - an odd stored key is still offered below
            continue
        if year:
            years.add(year)
    out = []
    for year in sorted(years, reverse=True):
        out += [p for p in period_choices(year=year, cutoff_day=cutoff_day) if p.end < today]
    return out


def confirm_clear(parent: QWidget, period_label: str) -> bool:
    """Ask before removing a period's hand figures (a module function so tests can answer it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Baseline", "Xóa số liệu nhập tay"),
                      translate("Baseline", "Xóa toàn bộ số liệu nhập tay của {period}? Báo cáo sẽ không so sánh "
                                            "với kỳ này nữa (trừ phần đã có bản ghi).").format(period=period_label),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Baseline", "Xóa"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Baseline", "Không"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class BaselineDialog(QDialog):
    """Enter, change or clear the figures of one earlier period."""

    saved = Signal(str)  # a message for the status bar

    def __init__(self, parent: QWidget | None = None, *, period: str | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("baselineDialog")
        self.setWindowTitle(translate("Baseline", "Số liệu nhập tay của kỳ trước"))
        self.today = today or records.today()
        self.cutoff = records.cutoff_day()
        lay = QVBoxLayout(self)
        intro = QLabel(translate(
            "Baseline", "Năm đầu dùng chương trình, số liệu các kỳ trước nằm trên báo cáo giấy. Nhập ở đây để báo "
                        "cáo so sánh “so với cùng kỳ”; báo cáo và trang Tổng quan ghi rõ là số liệu nhập tay. Kỳ "
                        "nào đã có bản ghi trong chương trình thì báo cáo dùng bản ghi. Ô để trống là không có số "
                        "liệu (báo cáo không so sánh chỉ tiêu đó)."), self)
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        lay.addWidget(intro)
        top = QHBoxLayout()
        label = QLabel(translate("Baseline", "&Kỳ:"), self)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("baselinePeriod")
        self.period_combo.setMinimumContentsLength(24)
        label.setBuddy(self.period_combo)
        top.addWidget(label)
        top.addWidget(self.period_combo)
        top.addSpacing(16)
        self.entered = QLabel(self)
        self.entered.setObjectName("baselineEntered")
        self.entered.setWordWrap(True)
        top.addWidget(self.entered, 1)
        lay.addLayout(top)
        self.general_error = error_label(self)
        self.general_error.setObjectName("generalError")
        lay.addWidget(self.general_error)

        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.notices: dict[str, QLabel] = {}
        self._error_rows: dict[str, tuple[QFormLayout, int]] = {}
        places = {"meetings": (0, 0, 1), "dialogues": (0, 1, 1), "reception.visits": (1, 0, 1),
                  "reception.letters": (1, 1, 1), "models": (2, 0, 1)}
        for title, path, _kind in SECTIONS:
            box = QGroupBox(translate("Baseline", title), body)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.setVerticalSpacing(3)
            notice = QLabel(box)
            notice.setObjectName(f"notice_{path}")
            notice.setWordWrap(True)
            notice.setStyleSheet(f"color: {HAND_COLOUR};")
            notice.hide()
            form.addRow(notice)
            self.notices[path] = notice
            for spec in _fields_of(path):
                edit = QLineEdit(box)
                edit.setObjectName(spec.name)
                edit.setMaximumWidth(110)
                edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                edit.textEdited.connect(lambda _t: self._recheck())
                lab = QLabel(translate("Baseline", spec.label) + ":", box)
                lab.setObjectName(f"label_{spec.name}")
                lab.setBuddy(edit)
                form.addRow(lab, edit)
                err = error_label(box)
                err.setObjectName(f"error_{spec.name}")
                form.addRow(QLabel(""), err)
                row = form.rowCount() - 1
                form.setRowVisible(row, False)
                self._error_rows[spec.name] = (form, row)
                self.edits[spec.name], self.errors[spec.name] = edit, err
            r, c, span = places[path]
            grid.addWidget(box, r, c, span, 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(3, 1)
        # Scrolled rather than squeezed: a notice or a message never cuts into a field.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        lay.addWidget(scroll, 1)
        note_row = QHBoxLayout()
        note_label = QLabel(translate("Baseline", "&Nguồn số liệu:"), self)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(translate("Baseline", "Ví dụ: Báo cáo số 15-BC/CB ngày 10/12/2025"))
        self.note.textEdited.connect(lambda _t: self._recheck())
        note_label.setBuddy(self.note)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        lay.addLayout(note_row)
        self.note_error = error_label(self)
        self.note_error.setObjectName("error_note")
        lay.addWidget(self.note_error)
        buttons = QHBoxLayout()
        self.clear_button = QPushButton(translate("Baseline", "Xóa số liệu của kỳ này…"), self)
        self.clear_button.setObjectName("clearBaseline")
        self.clear_button.setAutoDefault(False)
        buttons.addWidget(self.clear_button)
        hint = QLabel(translate("Baseline", "Ctrl+Enter: lưu · Esc: đóng"), self)
        hint.setObjectName("hint")
        buttons.addWidget(hint, 1, Qt.AlignmentFlag.AlignRight)
        self.save_button = QPushButton(translate("Baseline", "Lưu số liệu nhập tay"), self)
        self.save_button.setObjectName("saveBaseline")
        self.close_button = QPushButton(translate("Baseline", "Đóng"), self)
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        lay.addLayout(buttons)
        self.save_button.clicked.connect(lambda: self.save())
        self.clear_button.clicked.connect(lambda: self.clear())
        self.close_button.clicked.connect(lambda: self.reject())
        for seq in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            shortcut(seq, self, self.save)
        for edit in self.edits.values():
            edit.returnPressed.connect(self.save)
        self._key: str | None = None
        self._snapshot: dict[str, str] = {}
        self._stored: dict[str, Any] | None = None
        self._saving = False
        self._force_close = False
        self._fill_periods(period)
        self.period_combo.currentIndexChanged.connect(lambda _i: self._period_chosen())
        self._show_period()
        self.edits[BASELINE_FIELDS[0].name].setFocus()
        self.resize(1080, 700)

    # ----------------------------------------------------------- periods
    def _fill_periods(self, wanted: str | None) -> None:
        stored = reports.baselines()
        keys = [b["period"] for b in stored]
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        mark = translate("Baseline", "{period} — đã nhập tay")
        for p in ended_periods(self.today, self.cutoff, keys):
            text = i18n.period_label(p)
            self.period_combo.addItem(mark.format(period=text) if p.key in keys else text, p.key)
        if wanted is None or self.period_combo.findData(wanted) < 0:
            wanted = keys[-1] if keys else str(self.today.year - 1)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(wanted)))
        self.period_combo.blockSignals(False)
        labels = []
        for b in stored:
            index = self.period_combo.findData(b["period"])
            labels.append(self.period_combo.itemText(index).split(" — ")[0] if index >= 0 else b["period"])
        self.entered.setText(translate("Baseline", "Đã nhập tay: {periods}").format(periods="; ".join(labels))
                             if labels else translate("Baseline", "Chưa nhập tay số liệu kỳ nào."))

    def period(self) -> str:
        return str(self.period_combo.currentData() or "")

    def _period_chosen(self) -> None:
        new = self.period()
        if self._key is not None and new != self._key and self.is_dirty():
            answer = ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel:
                self.period_combo.blockSignals(True)
                self.period_combo.setCurrentIndex(self.period_combo.findData(self._key))
                self.period_combo.blockSignals(False)
                return
            if answer == QMessageBox.StandardButton.Save:
                old = self._key
                self.save(key=old, then=self._show_period, close=False)
                return
        self._show_period()

    def _show_period(self) -> None:
        key = self.period()
        stored, covered = reports.baseline(key, set(BASELINE_SECTIONS.values()))
        self._key, self._stored = key, stored
        figures = (stored or {}).get("figures") or {}
        for name, edit in self.edits.items():
            value = figures.get(name)
            edit.setText("" if value is None else i18n.number(value))
        self.note.setText((stored or {}).get("note") or "")
        for _title, path, kind in SECTIONS:
            notice = self.notices[path]
            if covered.get(kind):
                notice.setText(translate("Baseline", "Đã có bản ghi của kỳ này: báo cáo dùng bản ghi, không dùng số "
                                                     "liệu nhập tay của phần này."))
            notice.setVisible(bool(covered.get(kind)))
        self.clear_button.setEnabled(stored is not None)
        self.clear_errors()
        self._snapshot = self.values()

    # ----------------------------------------------------------- values and errors
    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    def is_dirty(self) -> bool:
        return self.values() != self._snapshot or self.note.text().strip() != ((self._stored or {}).get("note") or "")

    def clear_errors(self) -> None:
        for name in self.errors:
            self._show_error(name, "")
        self.general_error.hide()
        self.note_error.hide()

    def _show_error(self, name: str, text: str) -> None:
        err = self.errors[name]
        err.setText(text)
        form, row = self._error_rows[name]
        form.setRowVisible(row, bool(text))

        FieldsBinder._mark(self.edits[name], bool(text))

    def show_errors(self, error: ValidationError) -> None:
        self.clear_errors()
        by_field: dict[str, list[str]] = {}
        loose: list[str] = []
        for fe in error.errors:
            if fe.field in self.errors:
                by_field.setdefault(fe.field, []).append(error_text(fe))
            elif fe.field == "note":
                self.note_error.setText(error_text(fe))
                self.note_error.show()
            else:
                loose.append(error_text(fe))
        first = None
        for spec in BASELINE_FIELDS:
            if spec.name in by_field:
                self._show_error(spec.name, "\n".join(by_field[spec.name]))
                first = first or self.edits[spec.name]
        self.general_error.setText("\n".join(loose))
        self.general_error.setVisible(bool(loose))
        if first is not None:
            first.setFocus()

    def _recheck(self) -> None:
        """A message shown goes as soon as its rule holds (none appears before saving)."""
        shown = [n for n, e in self.errors.items() if e.text()]
        if not shown and not self.general_error.isVisible():
            return

        try:
            validation.clean_baseline(self.values())
        except ValidationError as exc:
            now: dict[str, list[str]] = {}
            for fe in exc.errors:
                now.setdefault(fe.field, []).append(error_text(fe))
            for name in shown:
                self._show_error(name, "\n".join(now.get(name, [])))
            if "" not in now:
                self.general_error.hide()
        else:
            for name in shown:
                self._show_error(name, "")
            self.general_error.hide()

    # ----------------------------------------------------------- actions
    def save(self, *, key: str | None = None, then: Callable[[], None] | None = None, close: bool = True) -> None:
        if self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        key = key or self.period()
        figures, note, today = self.values(), self.note.text(), self.today
        label = self.period_combo.itemText(self.period_combo.findData(key)).split(" — ")[0]

        def done(_stored: Any) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.saved.emit(translate("Baseline", "Đã lưu số liệu nhập tay của {period}.").format(period=label))
            self._fill_periods(self.period())
            if close:
                self._force_close = True
                self.accept()
            elif then is not None:
                then()

        def failed(error: BaseException) -> bool:
            self._saving = False
            self.save_button.setEnabled(True)
            if isinstance(error, ValidationError):
                if key != self.period():  # asked while changing period: back to the one with the problem
                    self.period_combo.blockSignals(True)
                    self.period_combo.setCurrentIndex(self.period_combo.findData(key))
                    self.period_combo.blockSignals(False)
                self.show_errors(error)
                return True
            return False

        reports.set_baseline(parent=self, period=key, figures=figures, note=note, today=today, success=done,
                             failure=failed)

    def clear(self) -> None:
        key = self.period()
        label = self.period_combo.currentText().split(" — ")[0]
        if self._stored is None or not confirm_clear(self, label):
            return

        def done(_r: Any) -> None:
            self.saved.emit(translate("Baseline", "Đã xóa số liệu nhập tay của {period}.").format(period=label))
            self._fill_periods(key)
            self._show_period()

        reports.clear_baseline(parent=self, period=key, success=done)

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


def open_baseline(parent: QWidget, *, period: str | None, today: dt.date | None,
                  status: Callable[[str], None]) -> BaselineDialog:
    """The dialog, non-blocking, kept as ``parent.baseline_dialog``."""
    dlg = BaselineDialog(parent, period=period, today=today)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.saved.connect(status)
    parent.baseline_dialog = dlg  # type: ignore[attr-defined]
    dlg.destroyed.connect(lambda _o=None: setattr(parent, "baseline_dialog", None))
    dlg.finished.connect(lambda _r: parent.window().activateWindow())
    dlg.open()
    return dlg
