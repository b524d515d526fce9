"""Unit side of summary packages: keys, export, and checks by tools other than ours."""

from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

import bagit
import pytest

from dvdesktop.packages import (
    PackageError,
    ensure_signing_key,
    export_package,
    fingerprint,
    key_id,
    public_key_text,
    verify_package,
)
from dvdesktop.cli import packages as package_cli
from dvdesktop.packages import export as export_mod
from test_packages_support import FAKE_PDF, MINISIGN, FakeLedger, export_fake, minisign_verify

pytestmark = pytest.mark.skipif(MINISIGN is None, reason="needs the minisign command")

PII = ("Nguyễn Văn Tố Giác", "Bí Mật", "040123456789", "0912345678")


def _unzip(pkg: Path, dest: Path) -> Path:
    with zipfile.ZipFile(pkg) as zf:
        zf.extractall(dest)
    return dest


# ------------------------------------------------------------------------------ keys


def test_key_is_created_once_and_minisign_reads_it(tmp_path: Path) -> None:
    led = FakeLedger()
    pk = ensure_signing_key(led)
    assert ensure_signing_key(led) == pk  # never replaced behind the office's back
    text = public_key_text(led)
    first, second = text.splitlines()
    kid = key_id(pk)
    assert first == f"untrusted comment: minisign public key {kid}"
    assert second.startswith("RW")
    assert led.get_setting("signing_public_key") == text
    assert led.get_setting("signing_fingerprint") == fingerprint(pk)
    assert fingerprint(pk) == " ".join(kid[i:i + 4] for i in range(0, 16, 4))
    assert led.get_setting("signing_secret_key").startswith("untrusted comment: minisign secret key")


def test_key_id_is_shown_as_minisign_shows_it(tmp_path: Path) -> None:
    # minisign prints the id as a little-endian number; a mismatch message proves it.
    led, other = FakeLedger(), FakeLedger()
    pkg = export_fake(led, tmp_path / "out")
    bag_dir = _unzip(pkg, tmp_path / "bag")
    (tmp_path / "other.pub").write_text(public_key_text(other))
    result = minisign_verify(bag_dir, tmp_path / "other.pub")
    assert result.returncode != 0
    assert key_id(public_key_text(led)).lstrip("0") in result.stdout + result.stderr


# ---------------------------------------------------------------------------- export


def test_exported_package_passes_minisign_and_bagit(tmp_path: Path) -> None:
    led = FakeLedger()
    pkg = export_fake(led, tmp_path / "usb")
    assert pkg.name == "CB-01_2026-H1_r1.dvpkg"
    assert sorted(p.name for p in pkg.parent.iterdir()) == [pkg.name]  # no temp file left

    bag_dir = _unzip(pkg, tmp_path / "bag")
    pub = tmp_path / "unit.pub"
    pub.write_text(public_key_text(led))
    result = minisign_verify(bag_dir, pub)
    assert result.returncode == 0, result.stderr
    assert "dvdesktop unit=CB-01 period=2026-H1 revision=1 uuid=" in result.stdout

    bag = bagit.Bag(str(bag_dir))
    assert bag.validate()
    assert bag.info["DV-Unit-Code"] == "CB-01"
    assert bag.info["DV-Period"] == "2026-H1"
    assert bag.info["DV-Period-Label"] == "6 tháng đầu năm 2026"
    assert bag.info["DV-Revision"] == "1"
    assert bag.info["DV-Created"] == "2026-07-05T08:30:00Z"
    assert bag.info["Source-Organization"] == "Chi bộ CB-01"
    from dvdesktop.core.domain import KINDS

    # summary.json, report.pdf and one records file per kind
    assert bag.info["Payload-Oxum"].endswith(f".{len(KINDS) + 2}")
    assert (bag_dir / "data" / "report.pdf").read_bytes() == FAKE_PDF

    # A changed payload byte is caught by bagit too, independently of us.
    summary = bag_dir / "data" / "summary.json"
    summary.write_bytes(summary.read_bytes().replace(b'"count"', b'"cound"', 1))
    assert not bagit.Bag(str(bag_dir)).is_valid()


def test_zip_layout_is_plain_and_ordered(tmp_path: Path) -> None:
    pkg = export_fake(FakeLedger(), tmp_path)
    with zipfile.ZipFile(pkg) as zf:
        names = zf.namelist()
        for info in zf.infolist():
            assert (info.external_attr >> 16) == 0o100644
    assert names[:6] == [
        "bagit.txt", "bag-info.txt", "dv-public-key.pub", "manifest-sha256.txt",
        "tagmanifest-sha256.txt", "tagmanifest-sha256.txt.minisig",
    ]
    assert names[6:] == sorted(names[6:])
    assert all(not n.startswith("/") and ".." not in n and "\\" not in n for n in names)


def test_records_leave_without_citizen_identity(tmp_path: Path) -> None:
    led = FakeLedger()
    pkg = verify_package(export_fake(led, tmp_path), public_key=public_key_text(led))
    (rec,) = pkg.records["reception"]
    assert "citizen_name" not in rec and "citizen_address" not in rec and "citizen_id" not in rec
    assert "id" not in rec and "note" not in rec and "deleted_at" not in rec
    assert rec["category"] == "denunciation"
    # Reception free text never leaves; the case code leaves as the unit's keyed pseudonym.
    assert set(rec).isdisjoint({"content", "result", "agency", "created_at", "updated_at"})
    assert rec["people_count"] == 1 and rec["date"] == "2026-03-02"
    assert rec["case_code"].startswith("VV-") and rec["case_code"] != "VV-01" and rec["uid"] != "r-1"
    from dvdesktop.packages import case_pseudonym, find_case
    from dvdesktop.packages.minimise import pseudonym_key

    assert rec["case_code"] == case_pseudonym(pseudonym_key(led), "VV-01")
    assert find_case(led, rec["case_code"].lower()) == "VV-01"
    raw = (tmp_path / "CB-01_2026-H1_r1.dvpkg").read_bytes()
    with zipfile.ZipFile(tmp_path / "CB-01_2026-H1_r1.dvpkg") as zf:
        everything = b"".join(zf.read(n) for n in zf.namelist())
    for secret in PII:
        assert secret.encode() not in everything and secret.encode() not in raw


def test_revisions_count_up_per_period(tmp_path: Path) -> None:
    led = FakeLedger()
    names = [export_fake(led, tmp_path).name for _ in range(3)]
    assert names == ["CB-01_2026-H1_r1.dvpkg", "CB-01_2026-H1_r2.dvpkg", "CB-01_2026-H1_r3.dvpkg"]
    assert export_fake(led, tmp_path, period="2026-Q3").name == "CB-01_2026-Q3_r1.dvpkg"


def test_revision_skips_numbers_already_on_the_stick(tmp_path: Path) -> None:
    # A restored backup forgets exports; reusing r1 would get the package refused.
    export_fake(FakeLedger(), tmp_path)
    assert export_fake(FakeLedger(), tmp_path).name == "CB-01_2026-H1_r2.dvpkg"


def test_progress_is_reported_to_the_end(tmp_path: Path) -> None:
    seen: list[tuple[float, str]] = []
    export_package(FakeLedger(), period="2026-H1", out_dir=tmp_path, report_pdf=FAKE_PDF,
                   progress=lambda f, t: seen.append((f, t)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert all(t for _, t in seen)


def test_failed_check_leaves_no_package_and_no_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    led = FakeLedger()

    def broken(*args: object, **kwargs: object) -> None:
        raise PackageError("Gói hỏng khi đọc lại.", code="write_mismatch")

    monkeypatch.setattr(export_mod, "verify_bytes", broken)
    with pytest.raises(PackageError):
        export_fake(led, tmp_path)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    assert export_fake(led, tmp_path).name.endswith("_r1.dvpkg")


def test_not_enough_space_is_refused_before_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(export_mod.shutil, "disk_usage", lambda p: usage(10, 10, 0))
    with pytest.raises(PackageError) as info:
        export_fake(FakeLedger(), tmp_path)
    assert info.value.code == "no_space"
    assert "Không đủ chỗ trống" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_unit_without_code_cannot_export(tmp_path: Path) -> None:
    led = FakeLedger(code="")
    with pytest.raises(PackageError, match="Chưa nhập mã đơn vị"):
        export_fake(led, tmp_path)


def test_real_ledger_export_with_real_report(ledger, tmp_path: Path) -> None:  # noqa: ANN001
    ledger.add("reception", {
        "date": "2026-03-02", "channel": "letter", "category": "denunciation",
        "content": "Tố cáo sai phạm", "handling": "accept", "status": "pending",
        "citizen_name": "Nguyễn Văn Tố Giác", "citizen_address": "Số 9 đường Bí Mật",
        "citizen_id": "040123456789",
    })
    pkg_path = export_package(ledger, period="2026-H1", out_dir=tmp_path / "usb")
    assert pkg_path.name == "CB-TEST_2026-H1_r1.dvpkg"
    pkg = verify_package(pkg_path, public_key=public_key_text(ledger))
    assert pkg.report_pdf.startswith(b"%PDF")
    assert pkg.summary["reception"]["letters"]["count"] == 1
    assert pkg.summary["unit"]["code"] == "CB-TEST"
    (rec,) = pkg.records["reception"]
    assert set(rec).isdisjoint({"citizen_name", "citizen_address", "citizen_id", "id"})
    assert export_package(ledger, period="2026-H1", out_dir=tmp_path / "usb").name.endswith("_r2.dvpkg")
    bag_dir = _unzip(pkg_path, tmp_path / "bag")
    assert bagit.Bag(str(bag_dir)).validate()
    (tmp_path / "k.pub").write_text(public_key_text(ledger))
    assert minisign_verify(bag_dir, tmp_path / "k.pub").returncode == 0


# ------------------------------------------------------------------------------- CLI


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dvdesktop")
    package_cli.register(parser.add_subparsers(dest="command"))
    return parser


def test_cli_verify_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    led, other = FakeLedger(), FakeLedger()
    pkg = export_fake(led, tmp_path)
    (tmp_path / "unit.pub").write_text(public_key_text(led))
    (tmp_path / "other.pub").write_text(public_key_text(other))

    args = _parser().parse_args(["verify", str(pkg), "--pubkey", str(tmp_path / "unit.pub")])
    assert args.func(args) == 0
    out = capsys.readouterr()
    assert "Gói hợp lệ" in out.out and fingerprint(public_key_text(led)) in out.out
    assert out.err == ""

    args = _parser().parse_args(["verify", str(pkg)])
    assert args.func(args) == package_cli.EXIT_UNVERIFIED == 4  # integrity only, not identity
    out = capsys.readouterr()
    assert "CHƯA XÁC MINH NGUỒN GỐC" in out.err and "Gói hợp lệ" not in out.out

    args = _parser().parse_args(["verify", str(pkg), "--pubkey", str(tmp_path / "other.pub")])
    assert args.func(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Gói được ký bằng khóa") and err.count("\n") == 1


def test_cli_export_and_pubkey_with_real_ledger(ledger, db_path: Path, tmp_path: Path,  # noqa: ANN001
                                               capsys: pytest.CaptureFixture[str]) -> None:
    ledger.close()
    args = _parser().parse_args(["pubkey", "--db", str(db_path), "--out", str(tmp_path / "u.pub")])
    assert args.func(args) == 0
    assert "Dấu vân tay" in capsys.readouterr().out
    args = _parser().parse_args(["export", "--db", str(db_path), "--period", "2026-H1", "--out", str(tmp_path / "usb")])
    assert args.func(args) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.exists() and printed.suffix == ".dvpkg"
    args = _parser().parse_args(["verify", str(printed), "--pubkey", str(tmp_path / "u.pub")])
    assert args.func(args) == 0


def test_every_command_has_help() -> None:
    parser = _parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    assert set(sub.choices) == {"export", "verify", "pubkey", "rotate-key"}
    for name, p in sub.choices.items():
        assert p.format_help(), name
        assert any(c.dest == name for c in sub._choices_actions), name  # noqa: SLF001


def test_summary_json_is_utf8_and_readable(tmp_path: Path) -> None:
    pkg = export_fake(FakeLedger(), tmp_path)
    with zipfile.ZipFile(pkg) as zf:
        summary = json.loads(zf.read("data/summary.json").decode("utf-8"))
        info = zf.read("bag-info.txt").decode("utf-8")
    assert summary["unit"]["code"] == "CB-01"
    assert "DV-Superior: Đảng ủy Khối" in info
