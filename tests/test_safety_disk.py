"""No plaintext left on disk: the files SQLite lets go of are overwritten first.

Two levels. On the files themselves (runs everywhere on POSIX): a handle kept on the
``-wal`` and on the plain database sees only zeros once the database is closed or
encrypted. On a real ext4 file system (root and a loop device, as in CI here): the raw
image of a loop-mounted disk is searched for a denouncer's name, ID and content after
each scenario of ``tools/plaintext_on_disk.py``.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

from dvdesktop.core.ledger import Ledger
from dvdesktop.safety import crypto, keyfile
from tests.conftest import UNIT
from dvdesktop.safety.datafile import DataFile

pytestmark = pytest.mark.skipif(os.name != "posix", reason="overwriting through a held handle is POSIX")

PASS = "Mật khẩu chi bộ 2026"
RECEPTION = {"date": "2026-03-02", "channel": "visit", "category": "denunciation",
             "content": "Tố cáo cán bộ thôn thu tiền sai quy định", "handling": "accept",
             "status": "pending", "citizen_name": "Phạm Thị Bích Ngọc", "citizen_id": "040198765432"}


@pytest.fixture(autouse=True)
def _fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyfile, "SCRYPT_N", 2**10)


def _read_all(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)


def _plain_ledger(path: Path, n: int = 30) -> Ledger:
    led = Ledger.open(path)
    led.set_unit(UNIT)
    for _ in range(n):
        led.add("reception", RECEPTION)
    return led


def test_closing_a_plain_database_overwrites_the_wal_sqlite_deletes(tmp_path: Path) -> None:
    led = _plain_ledger(tmp_path / "unit.db")
    wal = tmp_path / "unit.db-wal"
    fd = os.open(wal, os.O_RDONLY)  # what a forensic tool would read from the freed blocks
    try:
        assert "Bích Ngọc".encode() in _read_all(fd)
        led.close()
        assert not wal.exists()
        data = _read_all(fd)
        assert data and data.count(0) == len(data)
    finally:
        os.close(fd)


def test_a_wal_still_in_use_by_another_connection_is_left_alone(tmp_path: Path) -> None:
    first = _plain_ledger(tmp_path / "unit.db")
    second = Ledger.open(tmp_path / "unit.db")
    second.close()
    assert (tmp_path / "unit.db-wal").exists()
    assert len(first.list("reception")) == 30  # the other session still reads its data
    first.close()


def test_encrypting_overwrites_the_plain_file_and_its_wal(tmp_path: Path) -> None:
    import subprocess

    path = tmp_path / "unit.db"
    _plain_ledger(path, n=5).close()
    # A session killed before it closed leaves its -wal full of pages: it must be overwritten too.
    code = ("import os, sys, json; from dvdesktop.core.ledger import Ledger; "
            "led = Ledger.open(sys.argv[1]); rec = json.loads(sys.argv[2]); "
            "[led.add('reception', rec) for _ in range(30)]; os._exit(0)")
    import json

    subprocess.run([sys.executable, "-c", code, str(path), json.dumps(RECEPTION)], check=True, timeout=120)
    wal = tmp_path / "unit.db-wal"
    held_wal = os.open(wal, os.O_RDONLY)
    held_db = os.open(path, os.O_RDONLY)
    try:
        assert "Bích Ngọc".encode() in _read_all(held_wal)
        crypto.encrypt_existing(DataFile(path), PASS)
        assert not wal.exists()
        for fd in (held_wal, held_db):
            data = _read_all(fd)
            assert data and data.count(0) == len(data)
        assert crypto.is_encrypted(path)
        led = crypto.open_data_file(path, PASS).ledger
        assert len(led.list("reception")) == 35  # nothing of the killed session was lost
        led.close()
    finally:
        os.close(held_wal)
        os.close(held_db)


def test_created_encrypted_never_writes_a_plain_page(tmp_path: Path) -> None:
    path = tmp_path / "unit.db"
    created = crypto.create_encrypted(path, PASS)
    led = created.file.ledger
    led.set_unit(UNIT)
    for _ in range(30):
        led.add("reception", RECEPTION)
    on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert "Bích Ngọc".encode() not in on_disk and b"040198765432" not in on_disk
    assert b"SQLite format 3" not in on_disk
    led.close()
    again = crypto.open_data_file(path, created.recovery_key).ledger
    assert len(again.list("reception")) == 30
    again.close()
    with pytest.raises(Exception, match="đã có"):
        crypto.create_encrypted(path, PASS)


def test_cli_init_encrypt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    from dvdesktop.cli import main

    db = tmp_path / "unit.db"
    monkeypatch.setenv("DVDESKTOP_PASSPHRASE", PASS)
    assert main(["init", "--db", str(db), "--unit-code", "CB-01", "--unit-name", "Chi bộ A",
                 "--superior", "Đảng ủy B", "--encrypt"]) == 0
    out = capsys.readouterr().out
    assert "MÃ KHÔI PHỤC" in out and "mã hóa ngay từ đầu" in out
    assert crypto.is_encrypted(db) and keyfile.key_path(db).exists()
    assert main(["summary", "--db", str(db), "--period", "2026"]) == 0
    assert main(["init", "--db", str(db), "--unit-code", "CB-01", "--unit-name", "Chi bộ A",
                 "--superior", "Đảng ủy B", "--encrypt"]) == 1
    assert "đã có" in capsys.readouterr().err
    monkeypatch.setenv("DVDESKTOP_PASSPHRASE", "ngắn")
    assert main(["init", "--db", str(tmp_path / "b.db"), "--unit-code", "CB-01", "--unit-name", "A",
                 "--superior", "B", "--encrypt"]) == 1
    assert not (tmp_path / "b.db").exists() and not (tmp_path / "b.key").exists()


# ------------------------------------------------------------- a real ext4 disk
def _tool():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(
        "plaintext_on_disk", Path(__file__).resolve().parent.parent / "tools" / "plaintext_on_disk.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_on_a_loop_mounted_ext4_disk_nothing_readable_is_left() -> None:
    tool = _tool()
    why = tool.available()
    if why:
        pytest.skip(f"cannot loop-mount here ({why}); tests above check the overwriting on the files")
    plain = tool.run("plain", sessions=3, records=20)
    assert plain.blocks > 0, "the scan finds the data where it is"
    for scenario in ("encrypt-existing", "encrypted-from-start"):
        result = tool.run(scenario, sessions=3, records=20)
        assert result.blocks == 0, result.line()
