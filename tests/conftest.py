"""Shared fixtures: real SQLite files in tmp_path, a unit profile, helpers to snapshot a file."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _guard_none_refcount(extra: int = 200_000) -> None:
    """Work around a PySide6 6.12 bug for the length of a test run.

    Its static ``QCoreApplication.processEvents()``, ``sendPostedEvents()`` and
    ``QTest.qWait()``, which pytest-qt's waits call in loops, drop one reference to Python's
    ``None`` per call; so do QTest's key and mouse clicks, ``QCheckBox.setChecked`` and
    every QVariant handed back as None; a few thousand calls and the interpreter aborts
    with "none_dealloc". With many windows made and clicked, True and False go the same
    way at exit ("bool_dealloc"). The program avoids what it can and keeps a reserve
    (``dvdesktop.gui.app.guard_refcounts``); the tests hold enough references that the
    counts never reach zero. These increments are never undone, so finalisation is safe too.
    """
    import ctypes

    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    for _ in range(extra):
        incref(None)
    for _ in range(extra // 4):
        incref(True)
        incref(False)


_guard_none_refcount()

UNIT = {
    "code": "CB-TEST",
    "name": "Chi bộ Sở Tư pháp",
    "type": "chi_bo_co_so",
    "superior": "Đảng ủy Khối các cơ quan tỉnh",
    "short_name": "CB",
    "secretary": "Trần Thị Hoa",
    "members": 42,
    "place": "Quỳnh Lưu",
}


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DVDESKTOP_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "unit.db"


#: "Today" for the ledger fixture: the tests' records are of 2025 and 2026, and a date after
#: today is refused, so the suite does not depend on the day it runs.
LEDGER_TODAY = dt.date(2026, 12, 31)


@pytest.fixture
def ledger(db_path: Path):
    from dvdesktop.core.ledger import Ledger

    led = Ledger.open(db_path, actor="tester")
    led.clock = lambda: LEDGER_TODAY
    led.set_unit(UNIT)
    yield led
    led.close()


def plain_file(led):
    """The DataFile of a Ledger opened on a plain file with ``Ledger.open`` (what
    ``crypto.open_data_file`` returns for such a file)."""
    from dvdesktop.safety.datafile import DataFile

    return DataFile(Path(led.path), None, led)


def file_at(path: Path, secret: str | None = None):
    """The data file at ``path``, unlocked with ``secret`` (not opened); a missing one plain."""
    from dvdesktop.safety.datafile import DataFile, unlock

    return unlock(path, secret) if Path(path).exists() else DataFile(path)


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a SQLite file, to prove a failed action wrote nothing."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()
