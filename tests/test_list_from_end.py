"""A list page near the end is read from the end: the rows the window shows are the rows
a read from the start gives, in the same order, for every sort and filter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dvdesktop import operations as ops
from tests.conftest import UNIT, plain_file


class Spy:
    def __init__(self, led: Any) -> None:
        self._led, self.calls = led, []

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._led, name)
        if name != "list":
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(kwargs)
            return attr(*args, **kwargs)

        return call


@pytest.mark.parametrize(("sort", "period", "search"), [
    (None, None, None), (("title", True), None, None), (("members_present", False), "2025", None),
    (None, None, "hoi nghi"), (("date", False), "2025", "hoi nghi so"),
])
def test_last_pages_read_from_the_end_equal_a_read_from_the_start(tmp_path: Path, qapp: Any, monkeypatch: Any,
                                                                  sort: Any, period: Any, search: Any) -> None:
    from dvdesktop.core.ledger import Ledger
    from dvdesktop.gui.models import RecordTableModel

    monkeypatch.setattr(RecordTableModel, "PAGE", 7)
    monkeypatch.setattr(RecordTableModel, "MAX_PAGES", 100)
    with Ledger.open(tmp_path / "u.db") as led:
        led.set_unit(UNIT)
        led.add_many("meeting", ({"date": f"{2024 + i % 2}-{1 + i % 12:02d}-{1 + i % 5:02d}", "kind": "regular_cell",
                                  "title": f"Hội nghị số {i % 9}", "members_expected": 50,
                                  "members_present": 40 + i % 4} for i in range(101)))
        spy = Spy(led)
        ops.set_file(plain_file(spy))
        try:
            model = RecordTableModel("meeting")
            if sort is not None:
                model.order_by, model.descending = sort
            model.set_filter(period=period, search=search)
            assert model.total > 7
            order_by, descending = sort if sort is not None else (None, False)
            want = led.list("meeting", period=period, search=search, order_by=order_by, descending=descending)
            assert [model.record(row)["id"] for row in range(model.total)] == [r["id"] for r in want]
            last = (model.total - 1) // 7
            from_end = [kw for kw in spy.calls if kw["offset"] < (last * 7) and kw["limit"] == model.total - last * 7]
            assert from_end, "the last page was read from the end"
            assert max(kw["offset"] for kw in spy.calls) <= model.total // 2 + 7
        finally:
            ops.wait_for_ops()
