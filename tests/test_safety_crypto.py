"""Encryption at rest: nothing readable on disk, passphrase or recovery key, safe conversion."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dvdesktop.cli import main
from dvdesktop.base.errors import WrongPassphraseError
from dvdesktop.core.ledger import Ledger
from dvdesktop.safety import backup, crypto, keyfile
from dvdesktop.store import database
from dvdesktop.store.fold import fold
from tests.conftest import UNIT, file_at, plain_file
from dvdesktop.safety.datafile import DataFile

PASS = "Mật khẩu chi bộ 2026"
NAME, ADDRESS, CCCD = "Phạm Thị Bích Ngọc", "Xóm Hải Thanh, xã Quỳnh Lộc", "040198765432"
SECRET_RECEPTION = {
    "date": "2026-03-02", "channel": "visit", "category": "denunciation",
    "content": "Tố cáo cán bộ thôn thu tiền sai quy định", "handling": "accept", "status": "pending",
    "citizen_name": NAME, "citizen_address": ADDRESS, "citizen_id": CCCD,
}
MEETING = {"date": "2026-03-05", "kind": "regular_cell", "title": "Sinh hoạt chi bộ tháng 3"}


@pytest.fixture(autouse=True)
def _fast_scrypt(monkeypatch):
    monkeypatch.setattr(keyfile, "SCRYPT_N", 2**10)


@pytest.fixture
def encrypted(ledger):
    """A unit database with data, encrypted; yields (path, recovery key)."""
    ledger.add("reception", SECRET_RECEPTION)
    ledger.add("meeting", MEETING)
    ledger.close()
    result = crypto.encrypt_existing(DataFile(ledger.path), PASS)
    return Path(ledger.path), result.recovery_key


def _planted() -> list[bytes]:
    words = [NAME, ADDRESS, CCCD, fold(NAME), fold(ADDRESS), "Bích Ngọc", "bich ngoc", "Tố cáo cán bộ"]
    return [w.encode("utf-8") for w in words] + [w.encode("utf-16-le") for w in (NAME, CCCD)]


def _disk_files(db: Path) -> list[Path]:
    return [p for p in db.parent.rglob("*") if p.is_file()] + [
        p for p in backup.backups_dir().rglob("*") if p.is_file()]


def test_is_encrypted_tells_plain_from_sqlcipher(tmp_path, encrypted):
    path, _ = encrypted
    assert crypto.is_encrypted(path)
    plain = tmp_path / "plain.db"
    Ledger.open(plain).close()
    assert not crypto.is_encrypted(plain)
    assert not crypto.is_encrypted(tmp_path / "missing.db")
    letter = tmp_path / "letter.db"
    letter.write_text("Kính gửi Đảng ủy", encoding="utf-8")
    assert not crypto.is_encrypted(letter)


def test_nothing_personal_is_readable_on_disk_even_with_the_file_open(encrypted):
    path, _ = encrypted
    led = crypto.open_data_file(path, PASS).ledger
    led.add("reception", {**SECRET_RECEPTION, "date": "2026-04-01"})  # lands in the -wal
    led.update("meeting", 1, {"note": "Ghi chú về " + NAME})
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    try:
        files = _disk_files(path)
        assert path in files and wal in files
        for file in files:
            data = file.read_bytes()
            for needle in _planted():
                assert needle not in data, f"{needle!r} readable in {file.name}"
    finally:
        led.close()
    with pytest.raises(database.NotADvdesktopFileError):
        Ledger.open(path)  # a plain open of an encrypted file says what to do


def test_the_passphrase_and_the_recovery_key_both_open_it(encrypted):
    path, recovery = encrypted
    assert len(recovery) == 39 and recovery.count("-") == 7
    for secret in (PASS, recovery, recovery.lower().replace("-", " "),
                   # typed with decomposed Vietnamese (another input method): same passphrase
                   __import__("unicodedata").normalize("NFD", PASS)):
        led = crypto.open_data_file(path, secret).ledger
        assert led.count("reception") == 1 and led.list("reception")[0]["citizen_name"] == NAME
        led.close()


def test_a_wrong_passphrase_is_refused_in_vietnamese(encrypted):
    path, _ = encrypted
    with pytest.raises(WrongPassphraseError) as exc:
        crypto.open_data_file(path, "mật khẩu sai").ledger
    assert "không đúng" in str(exc.value)
    with pytest.raises(crypto.PassphraseNeededError) as exc:
        crypto.open_data_file(path).ledger
    assert "mã hóa" in str(exc.value)
    # Without the key file the data key cannot be had: the message says why.
    path.with_suffix(".key").rename(path.with_suffix(".moved"))
    with pytest.raises(keyfile.KeyFileError, match="thiếu tệp khóa"):
        crypto.open_data_file(path, PASS).ledger


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(encrypted):
    path, recovery = encrypted
    before = path.read_bytes()
    assert crypto.change_passphrase(crypto.unlock(path, recovery), "mật khẩu mới hẳn") is None
    assert path.read_bytes() == before, "only the key file changes"
    with pytest.raises(WrongPassphraseError):
        crypto.open_data_file(path, PASS).ledger
    crypto.open_data_file(path, "mật khẩu mới hẳn").ledger.close()
    crypto.open_data_file(path, recovery).ledger.close()  # the recovery key stays valid
    fresh = crypto.change_passphrase(crypto.unlock(path, "mật khẩu mới hẳn"), "mật khẩu thứ ba", new_recovery_key=True)
    assert fresh and fresh != recovery
    with pytest.raises(WrongPassphraseError):
        crypto.open_data_file(path, recovery).ledger
    crypto.open_data_file(path, fresh).ledger.close()


def test_weak_or_recovery_shaped_passphrases_are_refused(ledger):
    ledger.close()
    with pytest.raises(crypto.WeakPassphraseError):
        crypto.encrypt_existing(DataFile(ledger.path), "ngắn")
    with pytest.raises(crypto.WeakPassphraseError):
        crypto.encrypt_existing(DataFile(ledger.path), keyfile.new_recovery_key())
    assert not crypto.is_encrypted(Path(ledger.path))


def test_encrypting_leaves_no_plain_backup_behind(ledger):
    ledger.add("reception", SECRET_RECEPTION)
    assert backup.backup_on_start(plain_file(ledger)) is not None
    ledger.close()
    path = Path(ledger.path)
    result = crypto.encrypt_existing(DataFile(path), PASS)
    assert len(result.removed_plain_backups) == 1
    items = backup.list_backups(path)
    assert [b.reason for b in items] == ["encrypt"] and all(b.encrypted for b in items)
    assert keyfile.key_path(items[0].path).exists()
    for file in _disk_files(path):
        for needle in _planted():
            assert needle not in file.read_bytes(), f"{needle!r} readable in {file.name}"
    with pytest.raises(crypto.AlreadyEncryptedError):
        crypto.encrypt_existing(DataFile(path), PASS)


def test_backups_of_an_encrypted_file_stay_encrypted_and_restore(encrypted, tmp_path):
    path, recovery = encrypted
    file = crypto.open_data_file(path, PASS)
    led = file.ledger
    copy = backup.make_backup(file, dest=tmp_path / "usb" / "copy.db")
    led.add("meeting", {**MEETING, "title": "Sau khi sao lưu"})
    led.close()
    assert crypto.is_encrypted(copy) and keyfile.key_path(copy).exists()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT * FROM sqlite_master").fetchall()
    kept = backup.restore_backup(file_at(path, recovery), source=copy, passphrase=recovery)
    assert crypto.is_encrypted(kept)
    led = crypto.open_data_file(path, PASS).ledger
    assert [m["title"] for m in led.list("meeting")] == ["Sinh hoạt chi bộ tháng 3"]
    led.close()


def test_a_plain_backup_restored_over_an_encrypted_file_is_encrypted_on_the_way_in(ledger, tmp_path):
    ledger.add("reception", SECRET_RECEPTION)
    plain_copy = backup.make_backup(plain_file(ledger), dest=tmp_path / "old-plain.db")
    ledger.close()
    path = Path(ledger.path)
    crypto.encrypt_existing(DataFile(path), PASS)
    backup.restore_backup(file_at(path, PASS), source=plain_copy, passphrase=PASS)
    assert crypto.is_encrypted(path)
    assert NAME.encode() not in path.read_bytes()
    led = crypto.open_data_file(path, PASS).ledger
    assert led.count("reception") == 1
    led.close()


def test_a_file_keyed_directly_with_a_passphrase_moves_to_the_key_file(db_path):
    led = Ledger.open(db_path, passphrase=PASS)
    led.set_unit(UNIT)
    led.close()
    assert crypto.is_encrypted(db_path) and not keyfile.key_path(db_path).exists()
    crypto.open_data_file(db_path, PASS).ledger.close()
    recovery = crypto.change_passphrase(crypto.unlock(db_path, PASS), "mật khẩu mới hẳn")
    assert recovery and keyfile.key_path(db_path).exists()
    led = crypto.open_data_file(db_path, recovery).ledger
    assert led.unit()["name"] == UNIT["name"]
    led.close()


def test_key_file_damage_is_explained(encrypted):
    path, _ = encrypted
    keyfile.key_path(path).write_text("{}", encoding="utf-8")
    with pytest.raises(keyfile.KeyFileError) as exc:
        crypto.open_data_file(path, PASS).ledger
    assert "Tệp khóa" in str(exc.value)


def test_recovery_key_typing_is_forgiving():
    code = keyfile.new_recovery_key()
    canonical = keyfile.normalize_recovery_key(code)
    assert canonical and len(canonical) == 32
    assert keyfile.normalize_recovery_key(" " + code.lower().replace("-", "  ") + "\n") == canonical
    assert keyfile.normalize_recovery_key("ABCD-EFGH") is None
    assert keyfile.normalize_recovery_key(PASS) is None


# ------------------------------------------------------------------ commands
def test_encrypt_and_use_through_the_command_line(ledger, monkeypatch, capsys):
    ledger.add("reception", SECRET_RECEPTION)
    ledger.close()
    monkeypatch.setenv("DVDESKTOP_NEW_PASSPHRASE", PASS)
    assert main(["encrypt", "--db", ledger.path]) == 0
    out = capsys.readouterr().out
    assert "MÃ KHÔI PHỤC" in out
    recovery = next(line.strip() for line in out.splitlines() if keyfile.normalize_recovery_key(line.strip()))
    monkeypatch.delenv("DVDESKTOP_NEW_PASSPHRASE")
    monkeypatch.setenv("DVDESKTOP_PASSPHRASE", recovery)
    assert main(["list", "reception", "--db", ledger.path, "--format", "json"]) == 0
    listed = capsys.readouterr().out
    assert "Tố cáo" in listed and NAME not in listed  # the denouncer stays masked
    monkeypatch.setenv("DVDESKTOP_PASSPHRASE", "sai mật khẩu rồi")
    assert main(["list", "reception", "--db", ledger.path]) == 1
    assert "không đúng" in capsys.readouterr().err
    monkeypatch.setenv("DVDESKTOP_PASSPHRASE", recovery)
    monkeypatch.setenv("DVDESKTOP_NEW_PASSPHRASE", "mật khẩu mới hẳn")
    assert main(["passphrase", "--db", ledger.path]) == 0
    assert "Đã đổi mật khẩu" in capsys.readouterr().out
    monkeypatch.setenv("DVDESKTOP_PASSPHRASE", "mật khẩu mới hẳn")
    assert main(["check", "--db", ledger.path]) == 0
    assert "Đã mã hóa" in capsys.readouterr().out


def test_without_a_terminal_or_variable_the_command_says_what_to_do(encrypted, tmp_path):
    path, _ = encrypted
    env = {k: v for k, v in os.environ.items() if not k.startswith("DVDESKTOP_PASS")}
    env["DVDESKTOP_DATA_DIR"] = str(tmp_path / "data")
    proc = subprocess.run([sys.executable, "-m", "dvdesktop", "list", "meeting", "--db", str(path)],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          start_new_session=True, timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert "DVDESKTOP_PASSPHRASE" in proc.stderr and "Traceback" not in proc.stderr
