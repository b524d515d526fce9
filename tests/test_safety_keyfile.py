"""Damaged, missing and hostile ``.key`` files: one clear message each, and never a slow open."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from dvdesktop.safety.datafile import DataFile
from dvdesktop.cli import main
from dvdesktop.safety import crypto, keyfile
from tests.test_safety_crypto import MEETING, PASS
from tests.conftest import file_at

pytestmark = pytest.mark.usefixtures("_fast")


@pytest.fixture
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyfile, "SCRYPT_N", 2**10)


@pytest.fixture
def encrypted(ledger) -> Path:  # noqa: ANN001
    ledger.add("meeting", MEETING)
    ledger.close()
    crypto.encrypt_existing(DataFile(ledger.path), PASS)
    return Path(ledger.path)


def _edit(path: Path, change: Any) -> None:
    kf = keyfile.key_path(path)
    doc = json.loads(kf.read_text(encoding="utf-8"))
    change(doc)
    kf.write_text(json.dumps(doc), encoding="utf-8")


def _set(slot: str, field: str, value: Any) -> Any:
    return lambda doc: doc["slots"][slot].__setitem__(field, value)


DAMAGES = {
    # The seven tracebacks of the red-team run, and their neighbours.
    "a slot without its salt": lambda doc: doc["slots"]["passphrase"].pop("salt"),
    "a slot that is a string": lambda doc: doc["slots"].__setitem__("passphrase", "abc"),
    "a salt that is not base64": _set("passphrase", "salt", "%%%not base64%%%"),
    "a salt that is a number": _set("passphrase", "salt", 12345),
    "an empty nonce": _set("passphrase", "nonce", ""),
    "n = 1000": _set("passphrase", "n", 1000),
    "n = 'abc'": _set("passphrase", "n", "abc"),
    "n = true": _set("passphrase", "n", True),
    "r = 0": _set("passphrase", "r", 0),
    "a short ciphertext": _set("passphrase", "ciphertext", "AAAA"),
    "another cipher": _set("passphrase", "cipher", "ROT13"),
    "slots that are a list": lambda doc: doc.__setitem__("slots", []),
    "no slots": lambda doc: doc.__setitem__("slots", {}),
    "version 2": lambda doc: doc.__setitem__("version", 2),
}


@pytest.mark.parametrize("damage", list(DAMAGES), ids=list(DAMAGES))
def test_every_damaged_key_file_gets_one_clear_message(encrypted: Path, damage: str,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _edit(encrypted, DAMAGES[damage])
    with pytest.raises(keyfile.KeyFileError) as info:
        crypto.open_data_file(encrypted, PASS).ledger
    assert str(keyfile.key_path(encrypted)) in str(info.value)
    monkeypatch.setenv("DVDESKTOP_PASSPHRASE", PASS)
    assert main(["list", "meeting", "--db", str(encrypted)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Tệp khóa ") and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("text", ["", "not json", "[]", '{"format": "x"}', "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"),
                                  "[" * 100_000])
def test_garbage_key_files_are_refused(encrypted: Path, text: str) -> None:
    keyfile.key_path(encrypted).write_text(text, encoding="latin-1")
    with pytest.raises(keyfile.KeyFileError, match="Tệp khóa"):
        crypto.open_data_file(encrypted, PASS).ledger


def test_a_huge_scrypt_cost_is_refused_at_once(encrypted: Path) -> None:
    # n = 2**24 would take 16 GiB and more than a minute; it is refused before deriving.
    _edit(encrypted, _set("passphrase", "n", 2**24))
    _edit(encrypted, _set("recovery", "n", 2**24))
    start = time.monotonic()
    with pytest.raises(keyfile.KeyFileError, match="ngoài giới hạn"):
        crypto.open_data_file(encrypted, PASS).ledger
    assert time.monotonic() - start < 5  # a bound far above the few ms it takes, not a timing test
    assert keyfile.SCRYPT_N_RANGE[1] >= keyfile.SCRYPT_N * 2


def test_a_missing_key_file_is_named(encrypted: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    kf = keyfile.key_path(encrypted)
    kf.unlink()
    with pytest.raises(keyfile.KeyFileError) as info:
        crypto.open_data_file(encrypted, PASS).ledger
    assert f"thiếu tệp khóa {kf}" in str(info.value) and "Mật khẩu không đúng" not in str(info.value)
    monkeypatch.setenv("DVDESKTOP_PASSPHRASE", PASS)
    for argv in (["list", "meeting", "--db", str(encrypted)], ["check", "--db", str(encrypted)]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert kf.name in err and "Traceback" not in err


def test_a_backup_restored_without_its_key_file_names_it(encrypted: Path, tmp_path: Path) -> None:
    from dvdesktop.safety import backup

    copy = backup.make_backup(crypto.unlock(encrypted, PASS), dest=tmp_path / "usb")
    keyfile.key_path(copy).unlink()
    other = tmp_path / "other.db"
    with pytest.raises(keyfile.KeyFileError) as info:
        backup.restore_backup(file_at(other, PASS), source=copy, passphrase=PASS)
    assert keyfile.key_path(copy).name in str(info.value)
    assert not other.exists()
