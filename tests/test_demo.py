"""The demo data: realistic, marked as a sample, and never dated after the day it is made."""

from __future__ import annotations

import datetime as dt

import pytest

from dvdesktop.core.demo import fill_demo
from dvdesktop.core.domain import KINDS
from dvdesktop.base.errors import UserError
from dvdesktop.core.ledger import Ledger


@pytest.mark.parametrize("today", [dt.date(2026, 12, 1), dt.date(2026, 3, 4), dt.date(2026, 7, 15)])
def test_demo_writes_nothing_after_today(tmp_path, today):
    led = Ledger.open(tmp_path / "demo.db")
    fill_demo(led, year=today.year, seed=1, today=today)
    assert led.get_setting("demo") is True
    assert led.years() == [today.year, today.year - 1]
    late = []
    for kind, spec in KINDS.items():
        for rec in led.list(kind):
            for f in spec.fields:
                value = rec.get(f.name)
                planned = kind == "dialogue" and f.name == "date" and rec.get("announced_date")
                if f.type == "date" and value and value > today.isoformat() and not planned:
                    late.append((kind, f.name, value))
            if kind == "rating":
                assert rec["year"] <= today.year
    assert late == []
    assert led.count("meeting", period=str(today.year)) > 0
    led.close()


def test_demo_of_a_year_to_come_is_refused(tmp_path):
    led = Ledger.open(tmp_path / "demo.db")
    with pytest.raises(UserError, match="chưa đến"):
        fill_demo(led, year=2031, today=dt.date(2026, 12, 1))
    led.close()


def test_years_with_data_skip_deleted_records_and_empty_years(ledger):
    assert ledger.years() == []
    ledger.add("meeting", {"date": "2019-05-02", "title": "A"})
    gone = ledger.add("award", {"date": "2021-05-02", "recipient": "B", "issuer": "C"})
    ledger.add("rating", {"year": 2024, "unit_name": "Chi bộ", "grade": "HTTNV"})
    ledger.add("reception", {"date": "2026-01-05", "category": "petition", "content": "Đường"})
    ledger.delete("award", gone["id"])
    assert ledger.years() == [2026, 2024, 2019]


def test_years_kept_between_pickers_follow_every_write(ledger, tmp_path):
    """years() is kept for the next picker; each write, a rollback, or another connection's
    commit makes it read again."""
    ledger.add("meeting", {"date": "2019-05-02", "title": "A"})
    assert ledger.years() == [2019]
    assert ledger.years() == [2019]  # kept
    award = ledger.add("award", {"date": "2021-05-02", "recipient": "B", "issuer": "C"})
    assert ledger.years() == [2021, 2019]
    ledger.delete("award", award["id"])
    assert ledger.years() == [2019]
    ledger.restore("award", award["id"])
    assert ledger.years() == [2021, 2019]
    with pytest.raises(RuntimeError), ledger.writing("meeting"):
        ledger.add("meeting", {"date": "2017-05-02", "title": "undone"})
        assert ledger.years() == [2021, 2019, 2017]  # inside the transaction: its own rows
        raise RuntimeError
    assert ledger.years() == [2021, 2019]
    with Ledger.open(ledger.path, actor="other") as other:  # another process's connection
        other.add("meeting", {"date": "2015-05-02", "title": "C"})
    assert ledger.years() == [2021, 2019, 2015]
