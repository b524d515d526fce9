"""What the Báo cáo and Gửi cấp trên pages share: a title and the period picker."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dvdesktop.core.periods import current_period
from dvdesktop.gui.widgets import PeriodCombo, fill_period_combo, page_title

translate = QCoreApplication.translate


class PeriodPage(QWidget):
    status = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(6, 6, 6, 2)
        self.lay.addWidget(page_title(title, self))
        self.period_row = row = QHBoxLayout()
        label = QLabel(translate("Reports", "&Kỳ báo cáo:"), self)
        row.addWidget(label)
        self.period_combo = PeriodCombo(self)
        label.setBuddy(self.period_combo)
        self.period_combo.setObjectName("period")
        self.period_combo.setMinimumContentsLength(20)
        row.addWidget(self.period_combo)
        row.addStretch(1)
        self.lay.addLayout(row)
        self.today = dt.date.today()

    def load(self, *, cutoff_day: int = 1, today: dt.date | None = None) -> None:
        self.today = today = today or dt.date.today()
        fill_period_combo(self.period_combo, cutoff_day=cutoff_day, today=today, all_item=False, years=2)
        self.period_combo.set_quietly(current_period("half", today=today, cutoff_day=cutoff_day).key)
        self.period_changed()

    def period_changed(self) -> None:
        pass
