"""Shared fixtures: real SQLite files in tmp_path, a unit profile, helpers to snapshot a file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

# Never touch the real per-user data folder from tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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


@pytest.fixture
def ledger(db_path: Path):
    from dvdesktop.core.ledger import Ledger

    led = Ledger.open(db_path, actor="tester")
    led.set_unit(UNIT)
    yield led
    led.close()


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a SQLite file, to prove a failed action wrote nothing."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()
