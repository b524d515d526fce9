"""What the receiving pages of one period share: the period picker."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dvdesktop.core.periods import current_period
from dvdesktop.gui.widgets import PeriodCombo, fill_period_combo, page_title

translate = QCoreApplication.translate


class OfficePeriodPage(QWidget):
    status = Signal(str)

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(6, 6, 6, 2)
        self.lay.addWidget(page_title(title, self))

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
