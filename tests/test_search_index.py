"""The search index's rowids in list order (m085, store.searchkey) and the kept matches of a
list's count: every change keeps them true, and a list's search reads the index alone."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from dvdesktop.core.domain import KINDS, kind_spec
from dvdesktop.core.ledger import Ledger
from dvdesktop.store import searchkey

RECEPTION = {"channel": "visit", "category": "petition", "content": "Kiến nghị về đất đai thôn Đông Hải",
             "handling": "accept", "status": "pending", "citizen_name": "Trần Văn An"}


def meeting(date: str, title: str = "Họp chi bộ thôn Đông Hải") -> dict[str, object]:
    return {"date": date, "kind": "regular_cell", "title": title, "members_expected": 10, "members_present": 9}


def index_rows(led: Ledger) -> set[int]:
    return {r[0] for r in led.db.execute("SELECT rowid FROM search")}


def expected_rows(led: Ledger) -> set[int]:
    """Where every record should sit in the index: its kind, trash, date and id."""
    want = set()
    for spec in KINDS.values():
        for record_id, date, deleted in led.db.execute(
                f"SELECT id, {spec.date_field}, deleted_at IS NOT NULL FROM {spec.table}"):
            want.add(searchkey.rowid(spec.code, record_id, date, deleted=bool(deleted)))
    return want


def by_table(led: Ledger, kind: str, **filters: object) -> list[int]:
    """The ids a list shows, found through the record table (``order_by="id"``: not the index's order)."""
    spec = kind_spec(kind)
    rows = led.list(kind, order_by="id", **filters)
    return [r["id"] for r in sorted(rows, key=lambda r: (r[spec.date_field], r["id"]), reverse=True)]


def test_the_layout_orders_a_kind_by_trash_then_date_then_id() -> None:
    r = searchkey.rowid
    assert r(3, 7, "2025-06-12") < r(3, 2, "2025-06-13") < r(3, 1, "2025-06-13", deleted=True) < r(4, 1, "2000-01-01")
    assert r(6, 5, 2024) < r(6, 1, 2025) == searchkey.rowid_range(6, first_day=searchkey.day_number("2025-01-01"))[0] | 1
    lo, hi = searchkey.rowid_range(3)
    assert lo == 3 << searchkey.KIND_SHIFT and hi < searchkey.rowid_range(3, deleted=True)[0]
    assert searchkey.record_id(r(3, 42, "2025-06-12", deleted=True)) == 42
    assert searchkey.kind_code(r(7, 42, 2025)) == 7 and searchkey.is_deleted(r(7, 42, 2025, deleted=True))
    with pytest.raises(ValueError):
        r(3, 1 << 32, "2025-06-12")


def test_every_change_keeps_each_record_at_its_place_in_the_index(ledger: Ledger) -> None:
    rnd = random.Random(5)
    ids = [ledger.add("meeting", meeting(f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                                         f"Họp chi bộ số {i}"))["id"] for i in range(40)]
    ledger.add_many("reception", [{**RECEPTION, "date": f"2025-0{1 + i % 9}-1{i % 10}"} for i in range(15)])
    ledger.add("rating", {"year": 2025, "unit_name": "Chi bộ thôn Đông Hải", "grade": "HTNV"})
    for i in ids[:10]:
        ledger.update("meeting", i, {"date": f"2026-0{rnd.randint(1, 9)}-0{rnd.randint(1, 9)}"})  # moves it
    for i in ids[5:20]:
        ledger.delete("meeting", i)
    for i in ids[15:20]:
        ledger.restore("meeting", i)
    ledger.update("meeting", ids[15], {"title": "Sinh hoạt chuyên đề"})
    assert index_rows(ledger) == expected_rows(ledger)
    assert ledger.empty_trash() == 10
    assert index_rows(ledger) == expected_rows(ledger)

    for kind, text in (("meeting", "hop chi bo"), ("meeting", "dong hai"), ("reception", "dat dai"),
                       ("rating", "thon"), ("meeting", "chuyen de")):
        for period in (None, "2025", "2025-H1", "2026"):
            want = by_table(ledger, kind, search=text, period=period)
            assert ledger.count(kind, search=text, period=period) == len(want)
            assert [r["id"] for r in ledger.list(kind, search=text, period=period)] == want
            assert [r["id"] for r in ledger.list(kind, search=text, period=period, limit=7, offset=3)] == want[3:10]
            date = kind_spec(kind).date_field
            assert [r["id"] for r in ledger.list(kind, search=text, period=period, order_by=date)] == want[::-1]


def test_the_trash_has_its_own_range(ledger: Ledger) -> None:
    a = ledger.add("meeting", meeting("2025-03-01"))
    b = ledger.add("meeting", meeting("2025-04-01"))
    ledger.delete("meeting", a["id"])
    assert [r["id"] for r in ledger.list("meeting", search="dong hai")] == [b["id"]]
    assert ledger.count("meeting", search="dong hai", deleted=True) == 1
    assert [r["id"] for r in ledger.list("meeting", search="dong hai", deleted=True)] == [a["id"]]
    assert ledger.search("dong hai") == [{"kind": "meeting", "id": b["id"], "title": b["title"],
                                          "date": "2025-04-01"}]
    ledger.restore("meeting", a["id"])
    assert [r["id"] for r in ledger.list("meeting", search="dong hai")] == [b["id"], a["id"]]
    assert ledger.count("meeting", search="dong hai", deleted=True) == 0


def test_kept_matches_are_forgotten_by_every_write(ledger: Ledger, db_path: Path) -> None:
    first = ledger.add("meeting", meeting("2025-03-01"))
    assert ledger.count("meeting", search="dong hai") == 1
    second = ledger.add("meeting", meeting("2025-05-01"))  # a write through the Ledger
    assert [r["id"] for r in ledger.list("meeting", search="dong hai")] == [second["id"], first["id"]]

    assert ledger.count("meeting", search="dong hai") == 2
    ledger.db.execute("DELETE FROM search WHERE rowid = ?",  # a write on the connection, outside writing()
                      [searchkey.rowid(1, second["id"], "2025-05-01")])
    assert [r["id"] for r in ledger.list("meeting", search="dong hai")] == [first["id"]]

    assert ledger.count("meeting", search="dong hai") == 1
    other = sqlite3.connect(db_path)  # another connection (data_version)
    other.execute("INSERT INTO search (rowid, body) VALUES (?, 'dong hai')",
                  [searchkey.rowid(1, second["id"], "2025-05-01")])
    other.commit()
    other.close()
    assert [r["id"] for r in ledger.list("meeting", search="dong hai")] == [second["id"], first["id"]]

    assert ledger.count("meeting", search="dong hai") == 2
    with pytest.raises(RuntimeError), ledger.writing("meeting") as db:  # read inside a write undone
        db.execute("DELETE FROM search")
        assert ledger.count("meeting", search="dong hai") == 0
        raise RuntimeError("undo")
    assert [r["id"] for r in ledger.list("meeting", search="dong hai")] == [second["id"], first["id"]]


def test_m085_moves_every_entry_to_its_new_rowid(tmp_path: Path) -> None:
    from dvdesktop.store import database, schema

    path = tmp_path / "old.db"
    db = database.connect(path)
    schema.migrations.apply(db, stop_before="m085_search_rowids_in_list_order")
    now = "2026-01-01T00:00:00+00:00"
    for i, (date, deleted) in enumerate([("2025-03-01", None), ("2024-11-20", now), ("2025-01-15", None)], 1):
        db.execute("INSERT INTO meetings (uid, created_at, updated_at, deleted_at, date, kind, title) "
                   "VALUES (?, ?, ?, ?, ?, 'regular_cell', ?)", [f"m{i}", now, now, deleted, date, f"Họp số {i}"])
        db.execute("INSERT INTO search (rowid, body) VALUES (?, ?)", [(1 << 40) | i, f"hop so {i} dong hai"])
    db.execute("INSERT INTO ratings (uid, created_at, updated_at, year, unit_name, grade) "
               "VALUES ('r1', ?, ?, 2024, 'Chi bộ Đông Hải', 'HTNV')", [now, now])
    db.execute("INSERT INTO search (rowid, body) VALUES (?, 'chi bo dong hai')", [(6 << 40) | 1])
    db.execute("INSERT INTO search (rowid, body) VALUES (?, 'dong hai gone')", [(1 << 40) | 99])  # no record
    db.conn.commit()
    db.conn.close()

    with Ledger.open(path, actor="t") as led:
        assert index_rows(led) == expected_rows(led)
        assert [r["id"] for r in led.list("meeting", search="dong hai")] == [1, 3]
        assert [r["id"] for r in led.list("meeting", search="dong hai", deleted=True)] == [2]
        assert led.count("rating", search="dong hai", period="2024") == 1
        assert led.search("gone") == []


def test_an_encrypted_file_searches_the_same_way(db_path: Path) -> None:
    led = Ledger.open(db_path, passphrase="mật khẩu thử tìm kiếm")  # SQLCipher's connection
    led.clock = lambda: dt.date(2026, 12, 31)
    try:
        a = led.add("meeting", meeting("2025-03-01"))
        assert led.count("meeting", search="dong hai") == 1
        b = led.add("meeting", meeting("2025-04-01"))
        assert [r["id"] for r in led.list("meeting", search="dong hai")] == [b["id"], a["id"]]
        led.delete("meeting", b["id"])
        assert led.count("meeting", search="dong hai") == 1
        assert [r["id"] for r in led.list("meeting", search="dong hai", deleted=True)] == [b["id"]]
    finally:
        led.close()
