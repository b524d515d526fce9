"""Table models over the Ledger: a window of cached pages, so 100,000 records stay fluid and small."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dvdesktop import operations as ops
from dvdesktop.core.domain import KINDS
from dvdesktop.gui import i18n

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex

OVERDUE_BG = QColor("#f6c6c6")
DUE_SOON_BG = QColor("#fde7b0")
SECRET = "••• (được giữ bí mật)"


class RowContext:
    """What a column's text needs besides the record: the vụ việc by case code, today's
    date, and whether a denouncer's identity is shown. The model is one; an export off the
    UI thread builds its own."""

    def __init__(self, *, matters: dict[str, Any], today: dt.date, reveal: bool = False) -> None:
        self._matters, self.today, self.reveal = matters, today, reveal

    def matter(self, case_code: str | None) -> Any:
        return self._matters.get(case_code) if case_code else None


@dataclass(frozen=True)
class Column:
    """One column of a list: header, the field to sort by (None: not sortable), the text."""

    header: str
    sort_field: str | None
    text: Callable[[dict[str, Any], Any], str]  # (record, RowContext or RecordTableModel)
    align_right: bool = False
    width: int = 0


def _field(kind: str, name: str, *, width: int = 0, header: str | None = None) -> Column:
    spec = KINDS[kind].field(name)
    header = header or i18n.label(spec)
    if spec.type == "date":
        if name in ("date", "registered_date"):
            header = translate("Lists", "Ngày")
        return Column(header, name, lambda r, m: i18n.date(r.get(name)), width=width or 86)
    if spec.type == "choice":
        key = f"{kind}.{name}"
        return Column(header, name, lambda r, m: i18n.choice(key, r.get(name)), width=width)
    if spec.type == "int" and name == KINDS[kind].date_field:  # a year: 2026, never "2.026"
        return Column(header, name, lambda r, m: str(r.get(name) or ""), width=width or 60)
    if spec.type == "int":
        if name == "year":  # a year is not a quantity: 2026, never "2.026"
            return Column(header, name, lambda r, m: str(r.get(name) or ""), align_right=True, width=width or 70)
        return Column(header, name, lambda r, m: i18n.number(r.get(name)) if r.get(name) is not None else "",
                      align_right=True, width=width or 70)
    if spec.type == "doclist":
        return Column(header, None, lambda r, m: "; ".join(r.get(name) or []), width=width)
    return Column(header, name, lambda r, m: str(r.get(name) or "").replace("\n", " ")[:200], width=width)


def cell_text(kind: str, spec: Any, value: Any) -> str:
    """One field's value as the window shows it (a record's history)."""
    if value is None or value == "" or value == []:
        return ""
    if spec.type == "date":
        return i18n.date(value)
    if spec.type == "choice":
        return i18n.choice(f"{kind}.{spec.name}", value)
    if spec.type == "int":
        return str(value) if spec.name == KINDS[kind].date_field else i18n.number(value)
    if spec.type == "bool":
        return translate("Lists", "có") if value else translate("Lists", "không")
    if spec.type == "doclist":
        return "; ".join(value)
    if spec.type == "issues":
        return "; ".join(f"{i.get('summary', '')} ({i18n.choice('issue.status', i.get('status'))})" for i in value)
    return str(value).replace("\n", " ")[:200]


def _pii(name: str) -> Column:
    col = _field("reception", name)

    def text(r: dict[str, Any], m: RowContext) -> str:
        if r.get("category") == "denunciation" and not m.reveal:
            return translate("Lists", SECRET) if r.get(name) else ""
        return str(r.get(name) or "")

    return Column(col.header, name, text, width=140)


def _deadline(r: dict[str, Any], m: RowContext) -> str:
    matter = m.matter(r.get("case_code"))
    if matter is None:
        return ""
    if matter.status == "resolved":
        return translate("Lists", "Đã giải quyết")
    due = matter.due()
    if due is None:
        return ""
    left = matter.days_left(m.today)
    if left is not None and left < 0:
        return translate("Lists", "{date} (quá {days} ngày)").format(date=i18n.date(due), days=-left)
    return translate("Lists", "{date} (còn {days} ngày)").format(date=i18n.date(due), days=left)


def columns_for(kind: str) -> list[Column]:
    f = lambda name, **kw: _field(kind, name, **kw)  # noqa: E731
    if kind == "meeting":
        return [f("date"), f("kind", width=170), f("title", width=330),
                f("documents", width=150, header=translate("Lists", "Văn bản")),
                Column(translate("Lists", "Đảng viên dự"), "members_present",
                       lambda r, m: f"{i18n.number(r['members_present'])}/{i18n.number(r['members_expected'])}"
                       if r.get("members_present") is not None else "",
                       align_right=True, width=100),
                f("others_present", width=100, header=translate("Lists", "Người dự khác")),
                f("sites", width=70, header=translate("Lists", "Điểm cầu")), f("location", width=140)]
    if kind == "dialogue":
        return [f("date"), f("host", width=150), f("counterpart", width=140), f("topic", width=300),
                f("location", width=130, header=translate("Lists", "Địa điểm")),
                f("participants", width=90, header=translate("Lists", "Người tham gia")),
                f("opinions", width=70, header=translate("Lists", "Ý kiến")),
                Column(translate("Lists", "Số vấn đề"), None,
                       lambda r, m: i18n.number(len(r.get("issues") or [])), align_right=True, width=60)]
    if kind == "reception":
        return [f("date"), f("case_code", width=100), f("category", width=80),
                f("content", width=230), _pii("citizen_name"),
                Column(translate("Lists", "Thời hạn"), None, _deadline, width=190),
                f("status", width=160), f("handling", width=150), f("channel", width=120)]
    if kind == "model":
        return [f("registered_date"), f("name", width=280), f("type", width=80), f("unit_name", width=160),
                f("holder", width=70), f("field", width=150), f("level", width=110), f("status", width=150)]
    if kind == "award":
        return [f("date"), f("recipient_type", width=80), f("recipient", width=260), f("level", width=100),
                f("issuer", width=220), f("reason", width=240)]
    if kind == "rating":
        return [f("year", width=60), f("unit_name", width=300), f("grade", width=230), f("score", width=80),
                f("note", width=200)]
    if kind == "commitment":
        return [f("year", width=60), f("content", width=300),
                Column(translate("Lists", "Tổ chức đảng"), "organisations_organised",
                       lambda r, m: f"{i18n.number(r['organisations_organised'])}/{i18n.number(r['organisations_total'])}"
                       if r.get("organisations_total") is not None else "", align_right=True, width=100),
                Column(translate("Lists", "Đảng viên đăng ký"), "members_registered",
                       lambda r, m: f"{i18n.number(r['members_registered'])}/{i18n.number(r['members_total'])}",
                       align_right=True, width=120),
                f("note", width=200)]
    raise KeyError(kind)


class RecordTableModel(QAbstractTableModel):
    """Records of one kind as a window over the Ledger: every row counts, few are held.

    ``rowCount()`` is the Ledger's count (read once per refresh); ``data()`` reads the
    200-row page holding the row when first asked and keeps the last ``MAX_PAGES`` pages
    (least recently used goes first), so jumping to the end of 100,000 records is one
    count and one page, and memory stays the same wherever the user scrolls.
    """

    PAGE = 200
    MAX_PAGES = 8

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = columns_for(kind)
        self.total = 0  # rows matching the filter (the rows of the list)
        self.total_all = 0  # records of the kind, whatever the filter
        self.period: str | None = None
        self.search: str | None = None
        self.order_by: str | None = None
        self.descending = True
        self.reveal = False  # show a denouncer's identity; never remembered
        self.today = dt.date.today()
        # page number -> (its rows, the vụ việc of its receptions by case code)
        self._pages: OrderedDict[int, tuple[list[dict[str, Any]], dict[str, Any]]] = OrderedDict()
        self.fetches = 0  # pages read, for tests and the curious
        self.active = False  # nothing is read before the page first shows

    # ------------------------------------------------------------ the query
    def refresh(self) -> None:
        """Count again and forget every cached page (after a change, a sort or a filter)."""
        if not self.active:
            return
        kind, period, search = self.kind, self.period, self.search
        filtered = period is not None or bool(search)
        self.beginResetModel()
        self._pages.clear()
        self.total, self.total_all = ops.read(lambda led: (
            led.count(kind, period=period, search=search),
            led.count(kind) if filtered else None))
        if self.total_all is None:
            self.total_all = self.total
        self.endResetModel()

    def set_filter(self, *, period: str | None, search: str | None) -> None:
        self.active = True
        self.period, self.search = period, (search or None)
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        field = self.columns[column].sort_field
        if field is None:
            return
        self.order_by = field
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def _page(self, number: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        cached = self._pages.get(number)
        if cached is not None:
            self._pages.move_to_end(number)
            return cached
        kind, period, search = self.kind, self.period, self.search
        order, desc = self.order_by, self.descending
        start = number * self.PAGE
        size = max(min(self.PAGE, self.total - start), 0)
        # A page nearer the end is read from the end: the same rows in the reverse order
        # (every order ends on the id, so it reverses exactly), without SQLite stepping
        # over every row before it (OFFSET 54,800 on the last page of 55,000).
        from_end = 0 < size and self.total - start - size < start
        if from_end and order is None:
            order, desc = KINDS[kind].date_field, True  # the default order: date, id, newest first

        def fn(led: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
            if from_end:
                rows = led.list(kind, period=period, search=search, order_by=order, descending=not desc,
                                offset=self.total - start - size, limit=size)[::-1]
            else:
                rows = led.list(kind, period=period, search=search, order_by=order, descending=desc,
                                offset=start, limit=self.PAGE)
            matters: dict[str, Any] = {}
            if kind == "reception" and rows:
                # Deadlines for this page's vụ việc only (a few ms), never for every record.
                codes = {r["case_code"] for r in rows if r.get("case_code")}
                matters = {m.case_code: m for m in led.matters(case_codes=codes)}
            return rows, matters

        cached = ops.read(fn)
        self.fetches += 1
        self._pages[number] = cached
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return cached

    def record(self, row: int) -> dict[str, Any] | None:
        """The row's record as listed (read from the Ledger if its page is not cached)."""
        if not 0 <= row < self.total:
            return None
        rows, _ = self._page(row // self.PAGE)
        offset = row % self.PAGE
        return rows[offset] if offset < len(rows) else None  # fewer: rows vanished meanwhile

    def matter(self, case_code: str | None) -> Any:
        """The vụ việc of a listed reception, if its page is cached."""
        for _rows, matters in self._pages.values():
            if case_code in matters:
                return matters[case_code]
        return None

    @property
    def matters(self) -> dict[str, Any]:
        """The vụ việc of every cached page, by case code."""
        out: dict[str, Any] = {}
        for _rows, matters in self._pages.values():
            out.update(matters)
        return out

    def cached_pages(self) -> list[int]:
        """Page numbers held, least recently used first."""
        return list(self._pages)

    def row_of(self, record_id: int, *, search_pages: int = 1) -> int | None:
        """Row of the record with ``record_id`` among the cached pages, then among the
        first ``search_pages`` pages (read as needed); None if not found there."""
        for number, (rows, _) in list(self._pages.items()):
            for i, r in enumerate(rows):
                if r["id"] == record_id:
                    return number * self.PAGE + i
        for number in range(min(search_pages, -(-self.total // self.PAGE))):
            if number in self._pages:
                continue
            rows, _ = self._page(number)
            for i, r in enumerate(rows):
                if r["id"] == record_id:
                    return number * self.PAGE + i
        return None

    def set_today(self, today: dt.date) -> None:
        self.today = today
        self._repaint()

    def set_reveal(self, reveal: bool) -> None:
        self.reveal = reveal
        self._repaint()

    def _repaint(self) -> None:
        if self.total:
            self.dataChanged.emit(self.index(0, 0), self.index(self.total - 1, len(self.columns) - 1))

    # ---------------------------------------------------------- Qt plumbing
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return False  # every row counts from the start; pages are read by data()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        return None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != _DISPLAY:  # the header asks a dozen roles of each of 200 sections
            return None
        return self.columns[section].header if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for seven roles of every cell painted: the roles answered here are decided
        # before anything else (only receptions colour their rows).
        if role not in (_RECEPTION_ROLES if self.kind == "reception" else _ROLES) or not index.isValid():
            return None
        column = index.column()
        if role == _ALIGN:
            return _RIGHT if self.columns[column].align_right else None
        rec = self.record(index.row())
        if rec is None:
            return None
        if role == _DISPLAY:
            return self.columns[column].text(rec, self)
        if role == _TOOLTIP:
            return self.columns[column].text(rec, self) if column in (2, 3, 4, 5) else None
        if self.kind == "reception":  # BackgroundRole
            matter = self.matter(rec.get("case_code"))
            if matter is not None:
                if matter.overdue(self.today):
                    return QBrush(OVERDUE_BG)
                if matter.due_soon(self.today):
                    return QBrush(DUE_SOON_BG)
        return None

    def mark_translations(self) -> None:  # pragma: no cover - for lupdate only
        translate("Lists", "••• (được giữ bí mật)")


_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_ALIGN, _BACKGROUND = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.BackgroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: The roles data() answers; anything else is None without reading a page.
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGN})
_RECEPTION_ROLES = _ROLES | {_BACKGROUND}
