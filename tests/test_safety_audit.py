"""The audit log cannot be altered from the app; deleted records come back until the trash is emptied."""

from __future__ import annotations

import inspect
import re
import sqlite3

import pytest

from dvdesktop.core.ledger import Ledger, RecordNotFoundError

RECEPTION = {"date": "2026-03-02", "channel": "visit", "category": "complaint",
             "content": "Khiếu nại về bồi thường đất", "handling": "accept", "status": "pending",
             "citizen_name": "Hoàng Văn Nam"}


def test_no_ledger_method_can_change_or_remove_audit_entries():
    source = inspect.getsource(Ledger)
    statements = re.findall(r"(INSERT\s+INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO|DROP\s+\w+)\s+(\w+)", source, re.I)
    touching = {verb.split()[0].upper() for verb, table in statements if table.lower() == "audit_log"}
    assert touching == {"INSERT"}
    public = [name for name, _ in inspect.getmembers(Ledger, inspect.isfunction) if not name.startswith("_")]
    assert not [n for n in public if "audit" in n and n != "audit"], "only reading the log is public"


def test_even_raw_sql_through_the_app_connection_cannot_rewrite_history(ledger):
    ledger.add("reception", RECEPTION)
    before = ledger.audit()
    for sql in ("UPDATE audit_log SET actor = 'ai đó'", "DELETE FROM audit_log",
                "INSERT OR REPLACE INTO audit_log (id, at, actor, action, kind) VALUES (1, 'x', 'y', 'z', 'w')"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            ledger.db.execute(sql)
    assert ledger.audit() == before


def test_deleted_records_come_back_until_the_trash_is_emptied(ledger):
    rec = ledger.add("reception", RECEPTION)
    ledger.delete("reception", rec["id"])
    with pytest.raises(RecordNotFoundError):
        ledger.get("reception", rec["id"])
    assert [t["id"] for t in ledger.trash()] == [rec["id"]]
    assert ledger.restore("reception", rec["id"])["citizen_name"] == "Hoàng Văn Nam"
    ledger.delete("reception", rec["id"])
    assert ledger.empty_trash() == 1
    assert ledger.trash() == []
    with pytest.raises(RecordNotFoundError):
        ledger.get("reception", rec["id"], include_deleted=True)
    actions = [a["action"] for a in ledger.audit(kind="reception", record_id=rec["id"])]
    assert actions == ["purge", "delete", "restore", "delete", "create"]
