"""Tình hình gửi báo cáo: who has reported for a period, and the due date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QWidget

from dvdesktop import office, operations as ops
from dvdesktop.base.errors import UserError
from dvdesktop.core import fmt
from dvdesktop.gui import i18n
from dvdesktop.office.status import STATE_LABELS
from dvdesktop.gui.office.common import COLOURS
from dvdesktop.gui.office.period_page import OfficePeriodPage
from dvdesktop.gui.widgets import DateField, fill_table, local_time, make_table
from dvdesktop.operations import office as office_ops

translate = QCoreApplication.translate

#: The consolidated figures one can trace (the keys of ``office.consolidate.FIGURES``).
FIGURE_LABELS = {
    "meetings": QT_TRANSLATE_NOOP("Office", "Số hội nghị"),
    "members_present": QT_TRANSLATE_NOOP("Office", "Số lượt đảng viên dự hội nghị"),
    "members_expected": QT_TRANSLATE_NOOP("Office", "Số đảng viên được triệu tập"),
    "dialogues": QT_TRANSLATE_NOOP("Office", "Số cuộc đối thoại"),
    "visits": QT_TRANSLATE_NOOP("Office", "Số lượt tiếp công dân"),
    "letters": QT_TRANSLATE_NOOP("Office", "Số đơn thư"),
    "cases": QT_TRANSLATE_NOOP("Office", "Số vụ việc"),
    "cases_resolved": QT_TRANSLATE_NOOP("Office", "Số vụ việc đã giải quyết"),
    "models": QT_TRANSLATE_NOOP("Office", "Số mô hình"),
    "awards": QT_TRANSLATE_NOOP("Office", "Số quyết định khen thưởng"),
    "awards_collective": QT_TRANSLATE_NOOP("Office", "Số tập thể được khen"),
    "awards_individual": QT_TRANSLATE_NOOP("Office", "Số cá nhân được khen"),
    "ratings": QT_TRANSLATE_NOOP("Office", "Số đơn vị được đánh giá"),
    "good_or_better": QT_TRANSLATE_NOOP("Office", "Số đơn vị đạt khá trở lên"),
}


class StatusPage(OfficePeriodPage):
    """Tình hình gửi báo cáo: every registered unit on time, late or missing for a period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Office", "Tình hình gửi báo cáo"), "office_status", parent)

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
        self.table = make_table(self, [translate("Office", "Mã đơn vị"), translate("Office", "Tên đơn vị"),
                                   translate("Office", "Tình trạng"), translate("Office", "Gửi lần đầu"),
                                   translate("Office", "Lần gửi hiện hành")], "statusTable", 1)
        self.table.setColumnWidth(0, 110)
        for c, w in ((2, 120), (3, 140), (4, 130)):
            self.table.setColumnWidth(c, w)
        self.lay.addWidget(self.table, 1)
        # The levels below, shown only when a unit's package lists units of its own: the flat
        # table stays as the one place for due/late per unit, the tree adds what each body sent.
        trace_row = QHBoxLayout()
        trace_label = QLabel(translate("Office", "&Truy nguồn số liệu…"), self)
        trace_row.addWidget(trace_label)
        self.figure_combo = QComboBox(self)
        self.figure_combo.setObjectName("traceFigure")
        self.figure_combo.addItem(translate("Office", "(chọn số liệu)"), "")
        for key, label in FIGURE_LABELS.items():
            self.figure_combo.addItem(translate("Office", label), key)
        trace_label.setBuddy(self.figure_combo)
        self.figure_combo.currentIndexChanged.connect(lambda _i: self.refresh_trace())
        trace_row.addWidget(self.figure_combo)
        self.trace_total = QLabel(self)
        self.trace_total.setObjectName("traceTotal")
        trace_row.addWidget(self.trace_total, 1)
        self.trace_widgets = [trace_label, self.figure_combo, self.trace_total]
        self.lay.addLayout(trace_row)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("levelsTree")
        self.tree.setHeaderLabels([translate("Office", "Mã đơn vị"), translate("Office", "Tên đơn vị"),
                                   translate("Office", "Tình trạng"), translate("Office", "Lần gửi"),
                                   translate("Office", "Số liệu")])
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(0, 160)
        self.lay.addWidget(self.tree, 1)
        self._show_tree(False)
        self.states: list[Any] = []
        self.nodes: list[dict[str, Any]] = []
        #: code path (body, unit, unit below ...) -> its item in the tree
        self.items: dict[tuple[str, ...], QTreeWidgetItem] = {}
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
                         local_time(st.first_received.isoformat()) if st.first_received else "",
                         i18n.number(st.revision) if st.revision else ""])
            colours.append(COLOURS.get(st.state))
        fill_table(self.table, rows, colours)
        counts = {s: sum(1 for st in self.states if st.state == s) for s in ("on_time", "submitted", "late", "missing")}
        self.summary.setText(translate(
            "Office", "{total} đơn vị: đúng hạn {on_time}, trễ hạn {late}, chưa gửi {missing}.").format(
            total=i18n.number(len(self.states)), on_time=i18n.number(counts["on_time"] + counts["submitted"]),
            late=i18n.number(counts["late"]), missing=i18n.number(counts["missing"])))
        office_ops.levels_tree(parent=self, period=key, success=lambda nodes: self._fill_tree(key, nodes))

    def _show_tree(self, shown: bool) -> None:
        for w in (self.tree, *self.trace_widgets):
            w.setVisible(shown)

    def _fill_tree(self, key: str, nodes: list[dict[str, Any]]) -> None:
        if key != self.period():
            return
        self.nodes = nodes
        self.tree.clear()
        self.items = {}
        for node in nodes:
            item = QTreeWidgetItem([node["code"], node["name"], translate("Office", STATE_LABELS[node["state"]]),
                                    self._revision(node["revision"]), ""])
            colour = COLOURS.get(node["state"])
            if colour:
                item.setBackground(2, QColor(colour))
            self.tree.addTopLevelItem(item)
            self.items[(node["code"],)] = item
            self._gaps(item, node)
            self._add_nodes(item, (node["code"],), node["below"])
        self.tree.expandAll()
        self._show_tree(any(n["below"] for n in nodes))
        self.refresh_trace()

    @staticmethod
    def _revision(revision: int | None) -> str:
        return translate("Office", "lần {n}").format(n=i18n.number(revision)) if revision else ""

    def _add_nodes(self, parent: QTreeWidgetItem, path: tuple[str, ...], nodes: list[dict[str, Any]]) -> None:
        for n in nodes:
            item = QTreeWidgetItem(parent, [n["code"], n["name"], "", self._revision(n["revision"]), ""])
            self.items[(*path, n["code"])] = item
            self._gaps(item, n)
            self._add_nodes(item, (*path, n["code"]), n["below"])

    @staticmethod
    def _gaps(parent: QTreeWidgetItem, node: dict[str, Any]) -> None:
        if node.get("missing"):
            QTreeWidgetItem(parent, ["", translate("Office", "chưa gửi: {codes}").format(codes=", ".join(node["missing"]))])
        if node.get("late"):
            QTreeWidgetItem(parent, ["", translate("Office", "trễ hạn: {codes}").format(codes=", ".join(node["late"]))])
        for ch in node.get("changed") or []:
            if ch.get("revision") is None:
                text = translate("Office", "bỏ khỏi danh sách từ lần trước: {code}").format(code=ch["code"])
            elif ch.get("previous_revision"):
                text = translate("Office", "thay đổi: {code} lần {old} → lần {new}").format(
                    code=ch["code"], old=i18n.number(ch["previous_revision"]), new=i18n.number(ch["revision"]))
            else:
                text = translate("Office", "thay đổi: {code} mới: lần {new}").format(
                    code=ch["code"], new=i18n.number(ch["revision"]))
            QTreeWidgetItem(parent, ["", text])

    def refresh_trace(self) -> None:
        figure = str(self.figure_combo.currentData() or "")
        for item in self.items.values():
            item.setText(4, "")
        self.trace_total.setText("")
        key = self.period()
        if figure and key and self.tree.isVisibleTo(self):
            office_ops.figure_trace(parent=self, period=key, key=figure,
                                    success=lambda rows: self._fill_trace(key, figure, rows))

    def _fill_trace(self, key: str, figure: str, rows: list[dict[str, Any]]) -> None:
        if key != self.period() or figure != self.figure_combo.currentData():
            return
        path: list[str] = []
        own = 0
        for r in rows:
            if r["depth"] == 0:
                own = r["value"]
                continue
            del path[r["depth"] - 1:]
            path.append(r["code"])
            item = self.items.get(tuple(path))
            if item is not None:
                item.setText(4, i18n.number(r["value"]))
        total = sum(r["value"] for r in rows if r["depth"] <= 1)
        self.trace_total.setText(translate("Office", "Tự ghi: {own}; tổng của cả đảng bộ: {total}").format(
            own=i18n.number(own), total=i18n.number(total)))

    def save_due(self) -> None:
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
