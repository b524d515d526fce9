"""The office's trust flow cannot be talked into a forger.

A key speaks for one unit only; a unit's new key is believed when its registered key
announced it (key continuity), otherwise it waits in quarantine with both fingerprints;
a replaced key is not believed again; and a copy whose zip envelope was altered is the
same package as the genuine file, not a forgery of it.
"""

from __future__ import annotations

import argparse
import io
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest

from dvdesktop.safety.crypto import open_data_file
from dvdesktop.office import OfficeError, import_paths, quarantine_list, trust, units
from dvdesktop.cli import office as office_cli
from dvdesktop.office.importer import key_history
from dvdesktop.packages import PackageError, fingerprint, public_key_text, verify_package
from dvdesktop.packages.rotation import parse_rotation, rotate_signing_key
from test_packages_support import FakeLedger, export_fake, forget_exports, read_entries, share_signing_key


@pytest.fixture
def office(tmp_path: Path):  # noqa: ANN201
    db = open_data_file(tmp_path / "khoi.db").ledger
    yield db
    db.close()


def _trusted(office, code: str, **kw) -> FakeLedger:  # noqa: ANN001, ANN003
    led = FakeLedger(code, **kw)
    trust(office, unit_code=code, pubkey_text=public_key_text(led))
    return led


def _count(office, table: str) -> int:  # noqa: ANN001
    return office.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _impersonating(signer: FakeLedger, code: str) -> FakeLedger:
    """A ledger that claims unit ``code`` but signs with ``signer``'s key."""
    led = FakeLedger(code)
    share_signing_key(led, signer)
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
    share_signing_key(before, led)  # what the old key could still sign (a stolen laptop)
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


def test_a_refused_package_does_not_register_the_key_it_announces(office, tmp_path: Path) -> None:  # noqa: ANN001
    led = _trusted(office, "CB-01")
    registered = fingerprint(public_key_text(led))
    for folder in ("r1", "r2"):
        assert import_paths(office, [export_fake(led, tmp_path / folder)])[0].ok
    rotate_signing_key(led)
    forget_exports(led)  # a restored backup forgot the exports: r1 again
    (res,) = import_paths(office, [export_fake(led, tmp_path / "again")])
    assert res.outcome == "refused" and res.code == "old_revision"
    assert units(office)[0]["fingerprint"] == registered and len(key_history(office, "CB-01")) == 1


DATA = Path(__file__).resolve().parent / "data"


def test_an_office_file_made_before_one_body_kept_one_file_migrates_with_nothing_lost(tmp_path: Path) -> None:
    """tests/data/office-f1b322d.db was made by the office code of commit f1b322d: its own
    migration set, a settings table of profile.* keys, two trusted units, three submissions
    (one superseded), a package in quarantine, a due date, texts and a document number."""
    path = tmp_path / "khoi.db"
    shutil.copyfile(DATA / "office-f1b322d.db", path)
    backups = tmp_path / "backups"
    office = open_data_file(path, before_migrate=lambda: backups.mkdir()).ledger
    assert backups.is_dir(), "a backup is made before an office file is migrated"
    try:
        unit = office.unit()
        assert unit["name"] == "Đảng ủy Khối các Cơ quan tỉnh" and unit["organisation"] == "Đảng bộ Khối các Cơ quan tỉnh"
        assert (unit["superior"], unit["place"], unit["short_name"]) == ("Tỉnh ủy Nghệ An", "Vinh", "ĐUK")
        assert (unit["signer_title"], unit["signer_role"], unit["signer_name"]) == (
            "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn Bình")
        assert unit["recipients"] == "- Tỉnh ủy (để báo cáo),\n- Lưu VP."
        assert (unit["superior_header"], unit["issuer_header"]) == ("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY KHỐI | CÁC CƠ QUAN TỈNH")
        assert (unit["term_start"], unit["political_label"], unit["pad_counts"]) == ("2025-10-01", "party_building", True)
        from dvdesktop.office import get_due, get_profile, status

        assert get_profile(office)["organisation"] == "Đảng bộ Khối các Cơ quan tỉnh"
        assert [u["code"] for u in units(office)] == ["CB-01", "CB-02"]
        assert units(office)[0]["name"] == "Chi bộ Sở Tư pháp"
        assert _count(office, "submissions") == 3 and _count(office, "unit_keys") == 2
        assert [r["unit_code"] for r in quarantine_list(office)] == ["CB-03"]
        assert _count(office, "import_log") == 4
        assert get_due(office, period="2026-H1").isoformat() == "2026-07-10"
        assert [(s.unit_code, s.state, s.revision) for s in status(office, period="2026-H1")] == [
            ("CB-01", "on_time", 2), ("CB-02", "on_time", 1)]
        assert office.period_text("2026-H1") == {"limitations": "Một số chi bộ gửi báo cáo chậm.",
                                                 "directions": "Đôn đốc gửi đúng hạn."}
        assert [(d["doc_type"], d["number"], d["period_key"]) for d in office.document_numbers()] == [("BC", 7, "2026-H1")]
        assert office.next_document_number("BC", on=date(2026, 8, 1)) == 8
        assert not office.db.has_table("settings_old") and office.db.has_table("settings")
        assert {"office_settings", "office_period_texts", "office_document_numbers"}.isdisjoint(office.db.table_names())
        # and it goes on working as a body's file: its own records beside its units'
        office.add("meeting", {"date": "2026-03-02", "kind": "thematic", "title": "Hội nghị Đảng ủy Khối",
                               "members_expected": 20, "members_present": 18})
        assert office.count("meeting") == 1
    finally:
        office.close()
    again = open_data_file(path).ledger  # opened again: nothing to migrate, nothing lost
    assert _count(again, "submissions") == 3 and again.unit()["short_name"] == "ĐUK"
    again.close()


def test_an_office_file_of_the_first_version_opens_and_keeps_working(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(DATA / "office-m001.db", path)  # made with the office's m001 only
    office = open_data_file(path).ledger
    assert office.db.one("SELECT content_sha256 FROM submissions LIMIT 1") is None  # the column is there
    led = _trusted(office, "CB-01")
    pkg = export_fake(led, tmp_path / "usb")
    assert import_paths(office, [pkg])[0].outcome == "accepted"
    office.close()


def test_an_office_file_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    import sqlite3

    from dvdesktop.base.errors import SchemaTooNewError
    from tests.conftest import snapshot

    path = tmp_path / "khoi.db"
    shutil.copyfile(DATA / "office-m001.db", path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('dvdesktop-office', 'm099_future', 'x')")
    conn.commit()
    conn.close()
    before = snapshot(path)
    with pytest.raises(SchemaTooNewError, match="m099_future"):
        open_data_file(path, backup_before_migrate=False)
    assert snapshot(path) == before
