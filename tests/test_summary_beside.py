"""The summary's SQL-only sections read through a second connection on a thread, with the
same figures as through the first; inside a transaction, and for a database in memory,
they read through the first."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from dvdesktop.core import aggregate
from dvdesktop.core.ledger import Ledger
from dvdesktop.store import database

MEETING = {"date": "2026-03-05", "kind": "regular_cell", "title": "Sinh hoạt chi bộ tháng 3",
           "members_expected": 20, "members_present": 18}
DAY = dt.date(2026, 7, 2)


def _figures(led: Ledger) -> dict:
    summary = led.summary(led.period("2026-H1"), as_of=DAY)
    summary.pop("generated_at")
    return summary


def test_the_second_connection_gives_the_figures_of_the_first(ledger, monkeypatch):
    for day in ("2025-03-04", "2026-02-10", "2026-03-05"):
        ledger.add("meeting", {**MEETING, "date": day})
    threads: list[str] = []
    work = aggregate.meetings_section
    monkeypatch.setattr(aggregate, "meetings_section",
                        lambda led, p: (threads.append(threading.current_thread().name), work(led, p))[1])
    beside = _figures(ledger)
    assert threads == ["dvdesktop-summary"]
    assert ledger.db.side() is not None
    assert beside["meetings"]["count"] == 2 and beside["meetings"]["members_present"] == 36
    ledger.db.close_side()
    ledger.db._reopen = None  # no second connection: the same sections on this thread
    assert _figures(ledger) == beside
    assert threads[-1] == threading.current_thread().name


def test_inside_a_transaction_the_sections_see_its_uncommitted_records(ledger):
    with ledger.writing("meeting"):
        ledger.add("meeting", MEETING)
        assert _figures(ledger)["meetings"]["count"] == 1  # the second connection would say 0
    assert _figures(ledger)["meetings"]["count"] == 1


def test_a_database_in_memory_has_no_second_connection():
    db = database.connect(":memory:")
    try:
        assert db.side() is None
    finally:
        db.close()


def test_an_error_on_the_thread_is_raised_to_the_caller(ledger, monkeypatch):
    def broken(led, p):
        raise RuntimeError("meetings failed")

    monkeypatch.setattr(aggregate, "meetings_section", broken)
    with pytest.raises(RuntimeError, match="meetings failed"):
        ledger.summary(ledger.period("2026-H1"), as_of=DAY)


def test_closing_the_file_closes_its_second_connection(db_path):
    led = Ledger.open(db_path)
    led.summary(led.period("2026-H1"), as_of=DAY)
    side = led.db.side()
    assert side is not None
    led.close()
    with pytest.raises(Exception):  # noqa: B017 - sqlite3 and sqlcipher3 raise their own class
        side.conn.execute("SELECT 1")
    assert not db_path.with_name(db_path.name + "-wal").exists()  # the last close removed it
