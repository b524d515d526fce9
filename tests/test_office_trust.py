"""The office's trust flow cannot be talked into a forger.

A key speaks for one unit only; a unit's new key is believed when its registered key
announced it (key continuity), otherwise it waits in quarantine with both fingerprints;
a replaced key is not believed again; and a copy whose zip envelope was altered is the
same package as the genuine file, not a forgery of it.
"""

from __future__ import annotations

import argparse
import io
import zipfile
from pathlib import Path

import pytest

from dvdesktop.office import OfficeError, import_paths, open_office, quarantine_list, trust, units
from dvdesktop.cli import office as office_cli
from dvdesktop.office.db import MIGRATIONS
from dvdesktop.office.importer import key_history
from dvdesktop.packages import PackageError, fingerprint, public_key_text, verify_package
from dvdesktop.packages.rotation import parse_rotation, rotate_signing_key
from test_packages_support import FakeLedger, export_fake, read_entries


@pytest.fixture
def office(tmp_path: Path):  # noqa: ANN201
    db = open_office(tmp_path / "khoi.db")
    yield db
    db.close()


def _trusted(office, code: str, **kw) -> FakeLedger:  # noqa: ANN001, ANN003
    led = FakeLedger(code, **kw)
    trust(office, unit_code=code, pubkey_text=public_key_text(led))
    return led


def _count(office, table: str) -> int:  # noqa: ANN001
    return office.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _impersonating(signer: FakeLedger, code: str) -> FakeLedger:
    """A ledger that claims unit ``code`` but signs with ``signer``'s key."""
    led = FakeLedger(code)
    led.settings = signer.settings
    return led


# ------------------------------------------------------------ one key, one unit
def test_a_key_of_unit_a_signing_for_unit_b_is_refused(office, tmp_path: Path) -> None:  # noqa: ANN001
    a = _trusted(office, "CB-A")
    _trusted(office, "CB-B")
    forged = export_fake(_impersonating(a, "CB-B"), tmp_path / "usb")
    (res,) = import_paths(office, [forged])
    assert res.outcome == "refused" and res.code == "key_of_other_unit"
    assert "CB-B" in res.reason and "CB-A" in res.reason and fingerprint(public_key_text(a)) in res.reason
    assert _count(office, "submissions") == 0 and _count(office, "quarantine") == 0


def test_a_key_of_unit_a_cannot_claim_an_unregistered_unit_either(office, tmp_path: Path) -> None:  # noqa: ANN001
    # Quarantining it would let one click of "trust" hand unit CB-NEW to unit CB-A's key.
    a = _trusted(office, "CB-A")
    (res,) = import_paths(office, [export_fake(_impersonating(a, "CB-NEW"), tmp_path / "usb")])
    assert res.outcome == "refused" and res.code == "key_of_other_unit"
    assert _count(office, "quarantine") == 0


def test_registering_a_key_that_belongs_to_another_unit_is_refused(office) -> None:  # noqa: ANN001
    a = _trusted(office, "CB-A")
    with pytest.raises(OfficeError, match="đã được đăng ký cho đơn vị CB-A"):
        trust(office, unit_code="CB-B", pubkey_text=public_key_text(a))
    assert [u["code"] for u in units(office)] == ["CB-A"]


# ------------------------------------------------------------- key continuity
def test_a_rotated_key_announced_by_the_old_one_is_accepted_without_a_phone_call(office, tmp_path: Path) -> None:  # noqa: ANN001
    led = _trusted(office, "CB-01")
    old_fp = fingerprint(public_key_text(led))
    (first,) = import_paths(office, [export_fake(led, tmp_path / "r1")])
    assert first.outcome == "accepted"

    rotation = rotate_signing_key(led)
    assert rotation.old_fingerprint == old_fp and rotation.new_fingerprint == fingerprint(public_key_text(led))
    pkg_path = export_fake(led, tmp_path / "r2")
    pkg = verify_package(pkg_path, public_key=public_key_text(led))
    assert [r.new_key_id for r in pkg.key_rotations] == [rotation.new_key_id]

    (second,) = import_paths(office, [pkg_path])
    assert second.outcome == "replaced" and second.code == "key_rotated"
    assert old_fp in second.reason and rotation.new_fingerprint in second.reason
    (unit,) = units(office)
    assert unit["fingerprint"] == rotation.new_fingerprint
    history = key_history(office, "CB-01")
    assert [h["fingerprint"] for h in history] == [old_fp, rotation.new_fingerprint]
    assert history[0]["announced_by"] is None and history[0]["replaced_at"]
    assert history[1]["announced_by"] == rotation.old_key_id

    (third,) = import_paths(office, [export_fake(led, tmp_path / "r3")])
    assert third.outcome == "replaced" and third.code == ""


def test_two_rotations_are_followed_from_the_key_the_office_knows(office, tmp_path: Path) -> None:  # noqa: ANN001
    led = _trusted(office, "CB-01")
    rotate_signing_key(led)
    rotate_signing_key(led)
    (res,) = import_paths(office, [export_fake(led, tmp_path / "usb")])
    assert res.outcome == "accepted" and res.code == "key_rotated"
    assert len(key_history(office, "CB-01")) == 3


def test_a_package_signed_by_the_replaced_key_is_refused(office, tmp_path: Path) -> None:  # noqa: ANN001
    led = _trusted(office, "CB-01")
    before = FakeLedger("CB-01")
    before.settings = dict(led.settings)  # what the old key could still sign (a stolen laptop)
    rotate_signing_key(led)
    assert import_paths(office, [export_fake(led, tmp_path / "new")])[0].ok
    (res,) = import_paths(office, [export_fake(before, tmp_path / "old")])
    assert res.outcome == "refused" and res.code == "replaced_key"
    assert "khóa cũ" in res.reason


def test_a_new_key_without_an_announcement_waits_with_both_fingerprints(office, tmp_path: Path,  # noqa: ANN001
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    registered = _trusted(office, "CB-01")
    newcomer = FakeLedger("CB-01")  # the same unit code, a key nobody announced
    (res,) = import_paths(office, [export_fake(newcomer, tmp_path / "usb")])
    assert res.outcome == "quarantined" and res.code == "unknown_key"
    (row,) = quarantine_list(office)
    assert row["registered_fingerprint"] == fingerprint(public_key_text(registered))
    assert row["fingerprint"] == fingerprint(public_key_text(newcomer))
    assert row["code"] == "unknown_key"

    parser = argparse.ArgumentParser(prog="dvdesktop")
    office_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["khoi", "quarantine", "--db", str(tmp_path / "khoi.db")])
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert f"khóa đã đăng ký: {row['registered_fingerprint']}" in out
    assert f"khóa mới ký gói: {row['fingerprint']}" in out


def test_an_announcement_not_signed_by_the_registered_key_proves_nothing(office, tmp_path: Path) -> None:  # noqa: ANN001
    _trusted(office, "CB-01")
    forger = FakeLedger("CB-01")
    rotate_signing_key(forger)  # the forger "rotates" from a key of their own
    (res,) = import_paths(office, [export_fake(forger, tmp_path / "usb")])
    assert res.outcome == "quarantined" and res.code == "unknown_key"


def test_a_tampered_announcement_is_refused(tmp_path: Path) -> None:
    led = FakeLedger("CB-01")
    rotation = rotate_signing_key(led)
    with pytest.raises(PackageError) as info:
        parse_rotation(rotation.statement.replace(b"CB-01", b"CB-02"), rotation.signature)
    assert info.value.code == "bad_rotation"
    entries = read_entries(export_fake(led, tmp_path / "usb"))
    assert any(i.filename == "data/keys/rotation-1.txt" for i, _ in entries)


def test_the_announcement_checks_with_the_standard_minisign_tool(tmp_path: Path) -> None:
    import shutil
    import subprocess

    if not shutil.which("minisign"):
        pytest.skip("the minisign command is not installed")
    led = FakeLedger("CB-01")
    old = tmp_path / "old.pub"
    old.write_text(public_key_text(led))
    rotation = rotate_signing_key(led)
    (tmp_path / "rotation-1.txt").write_bytes(rotation.statement)
    (tmp_path / "rotation-1.txt.minisig").write_bytes(rotation.signature)
    proc = subprocess.run(["minisign", "-V", "-p", str(old), "-m", str(tmp_path / "rotation-1.txt")],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert f"new={rotation.new_key_id}" in proc.stdout


def test_cli_rotate_key(ledger, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    from dvdesktop.cli import main

    old = fingerprint(public_key_text(ledger))
    ledger.close()
    assert main(["rotate-key", "--db", str(db_path), "--yes", "--out", str(tmp_path / "new.pub")]) == 0
    out = capsys.readouterr().out
    new = fingerprint((tmp_path / "new.pub").read_text())
    assert f"Khóa cũ (đã hủy): {old}" in out and new in out and new != old
    assert main(["rotate-key", "--db", str(db_path)]) == 2  # no terminal to confirm on


# --------------------------------------------------- the envelope is not the content
def _rewrapped(pkg: Path, out: Path) -> Path:
    """The same members, same bytes, in another zip: other compression, order and comment."""
    entries = read_entries(pkg)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for info, data in reversed(entries):
            zf.writestr(info.filename, data)
        zf.comment = b"copied by hand"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buf.getvalue())
    return out


def test_an_altered_envelope_arriving_first_does_not_make_the_genuine_file_a_forgery(office, tmp_path: Path) -> None:  # noqa: ANN001
    led = _trusted(office, "CB-01")
    genuine = export_fake(led, tmp_path / "usb")
    copy = _rewrapped(genuine, tmp_path / "copy" / genuine.name)
    assert copy.read_bytes() != genuine.read_bytes()
    (first,) = import_paths(office, [copy])
    assert first.outcome == "accepted"
    (second,) = import_paths(office, [genuine])
    assert second.outcome == "duplicate", second.reason
    assert _count(office, "submissions") == 1


def test_an_old_office_file_opens_and_keeps_its_submissions(tmp_path: Path) -> None:
    from dvdesktop.store.database import connect

    path = tmp_path / "old.db"
    db = connect(path)
    MIGRATIONS.apply(db, stop_before="m002_key_continuity")
    db.close()
    office = open_office(path)
    assert "content_sha256" in office["submissions"].columns_dict
    led = _trusted(office, "CB-01")
    pkg = export_fake(led, tmp_path / "usb")
    assert import_paths(office, [pkg])[0].outcome == "accepted"
    office.close()


def test_a_refused_package_does_not_register_the_key_it_announces(office, tmp_path: Path) -> None:  # noqa: ANN001
    led = _trusted(office, "CB-01")
    registered = fingerprint(public_key_text(led))
    for folder in ("r1", "r2"):
        assert import_paths(office, [export_fake(led, tmp_path / folder)])[0].ok
    rotate_signing_key(led)
    led.settings.pop("package_revisions")  # a restored backup forgot the exports: r1 again
    (res,) = import_paths(office, [export_fake(led, tmp_path / "again")])
    assert res.outcome == "refused" and res.code == "old_revision"
    assert units(office)[0]["fingerprint"] == registered and len(key_history(office, "CB-01")) == 1
