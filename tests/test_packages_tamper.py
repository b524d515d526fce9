"""Every way a package can be wrong is refused, with one reason naming the problem."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from dvdesktop.packages import PackageError, public_key_text, verify_bytes, verify_package
from dvdesktop.packages.safezip import Limits
from test_packages_support import FakeLedger, export_fake, read_entries, rezip

FILES = [
    "bagit.txt", "bag-info.txt", "dv-public-key.pub", "manifest-sha256.txt",
    "tagmanifest-sha256.txt", "tagmanifest-sha256.txt.minisig",
    "data/summary.json", "data/report.pdf", "data/records/reception.json", "data/records/meeting.json",
]


@pytest.fixture(scope="module")
def unit(tmp_path_factory: pytest.TempPathFactory) -> tuple[FakeLedger, Path, str]:
    led = FakeLedger()
    out = tmp_path_factory.mktemp("usb")
    export_fake(led, out)
    pkg = export_fake(led, out)  # r2, so r1 exists for the replay test
    return led, pkg, public_key_text(led)


def _entries(pkg: Path) -> list[tuple[str, bytes]]:
    return [(i.filename, data) for i, data in read_entries(pkg)]


def _refused(data: bytes, key: str | None, code: str | tuple[str, ...]) -> PackageError:
    with pytest.raises(PackageError) as info:
        verify_bytes(data, public_key=key)
    codes = (code,) if isinstance(code, str) else code
    assert info.value.code in codes, str(info.value)
    assert str(info.value) and "\n" not in str(info.value)
    return info.value


def test_the_untouched_package_verifies(unit) -> None:  # noqa: ANN001
    led, pkg, key = unit
    result = verify_package(pkg, public_key=key)
    assert result.trusted and result.revision == 2 and result.unit_code == "CB-01"
    assert verify_bytes(rezip(_entries(pkg)), public_key=key).uuid == result.uuid


@pytest.mark.parametrize("name", FILES)
def test_one_changed_byte_in_any_file_is_refused(unit, name: str) -> None:  # noqa: ANN001
    _, pkg, key = unit
    entries = _entries(pkg)
    changed = []
    for n, data in entries:
        if n == name:
            i = len(data) // 2
            data = data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:]
        changed.append((n, data))
    assert changed != entries
    if name == "tagmanifest-sha256.txt":
        _refused(rezip(changed), key, "bad_signature")
    elif name.endswith(".minisig"):
        _refused(rezip(changed), key, ("bad_signature", "wrong_key"))
    else:
        err = _refused(rezip(changed), key, "hash_mismatch")
        assert name in str(err)


def test_a_flipped_byte_in_any_stored_entry_is_refused(unit) -> None:  # noqa: ANN001
    # Bytes of the compressed data itself, as a failing USB stick would damage them
    # (header fields such as timestamps carry no content and are not our concern).
    _, pkg, key = unit
    raw = pkg.read_bytes()
    for info, _ in read_entries(pkg):
        off = info.header_offset
        start = off + 30 + int.from_bytes(raw[off + 26:off + 28], "little") + int.from_bytes(raw[off + 28:off + 30], "little")
        broken = bytearray(raw)
        broken[start + info.compress_size // 2] ^= 0xFF
        with pytest.raises(PackageError) as err:
            verify_bytes(bytes(broken), public_key=key)
        assert err.value.code in ("truncated", "hash_mismatch", "bad_signature", "wrong_key"), info.filename


def test_removed_file_is_named(unit) -> None:  # noqa: ANN001
    _, pkg, key = unit
    for name in ("data/report.pdf", "bag-info.txt", "tagmanifest-sha256.txt.minisig"):
        err = _refused(rezip([(n, d) for n, d in _entries(pkg) if n != name]), key, "missing_file")
        assert name in str(err)


def test_added_file_is_named(unit) -> None:  # noqa: ANN001
    _, pkg, key = unit
    for extra in ("data/records/extra.json", "notes.txt", "manifest-md5.txt"):
        err = _refused(rezip([*_entries(pkg), (extra, b"[]")]), key, "unexpected_file")
        assert extra in str(err)


def test_swapped_contents_are_refused(unit) -> None:  # noqa: ANN001
    _, pkg, key = unit
    entries = dict(_entries(pkg))
    a, b = "data/records/meeting.json", "data/records/reception.json"
    entries[a], entries[b] = entries[b], entries[a]
    _refused(rezip(list(entries.items())), key, "hash_mismatch")


def test_signature_of_another_package_is_refused(unit, tmp_path: Path) -> None:  # noqa: ANN001
    led, pkg, key = unit
    other = export_fake(led, tmp_path, period="2026-Q3")
    sig = dict(_entries(other))["tagmanifest-sha256.txt.minisig"]
    entries = [(n, sig if n.endswith(".minisig") else d) for n, d in _entries(pkg)]
    _refused(rezip(entries), key, "bad_signature")


def test_wrong_key_is_refused(unit) -> None:  # noqa: ANN001
    _, pkg, _ = unit
    err = _refused(pkg.read_bytes(), public_key_text(FakeLedger()), "wrong_key")
    assert "không phải khóa" in str(err)


def test_repackaged_by_someone_else_with_their_own_key_is_refused(unit, tmp_path: Path) -> None:  # noqa: ANN001
    # A forger exports under the unit's code with their own key: the carried key verifies,
    # the registered key does not.
    _, _, key = unit
    forged = export_fake(FakeLedger(), tmp_path)
    assert not verify_package(forged).trusted
    _refused(forged.read_bytes(), key, "wrong_key")


def test_without_a_key_the_result_is_not_trusted(unit) -> None:  # noqa: ANN001
    _, pkg, _ = unit
    assert verify_package(pkg).trusted is False


def test_garbage_key_is_refused(unit) -> None:  # noqa: ANN001
    _, pkg, _ = unit
    _refused(pkg.read_bytes(), "not a key", "bad_public_key")


# --------------------------------------------------------------------- hostile zips


@pytest.mark.parametrize("name", [
    "../evil.txt", "data/../../evil.txt", "/etc/evil", "C:/evil.txt", "c:evil",
    "data\\..\\evil.txt", "data//x", "./bagit.txt", "data/\x01",
])
def test_unsafe_entry_paths_are_refused(unit, name: str) -> None:  # noqa: ANN001
    _, pkg, key = unit
    err = _refused(rezip([*_entries(pkg), (name, b"x")]), key, "unsafe_path")
    assert "không an toàn" in str(err)


def test_symlink_entry_is_refused(unit) -> None:  # noqa: ANN001
    _, pkg, key = unit
    link = zipfile.ZipInfo("data/link")
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    _refused(rezip([*_entries(pkg), (link, b"/etc/passwd")]), key, "symlink")


def test_zip_bomb_is_refused_by_ratio(unit) -> None:  # noqa: ANN001
    _, pkg, key = unit
    err = _refused(rezip([*_entries(pkg), ("data/bomb.json", b"0" * (8 * 1024 * 1024))]), key, "zip_bomb")
    assert "bom nén" in str(err)


def test_total_size_is_capped(unit) -> None:  # noqa: ANN001
    _, pkg, key = unit
    data = rezip([*_entries(pkg), ("data/big.bin", os.urandom(300_000))])
    with pytest.raises(PackageError) as info:
        verify_bytes(data, public_key=key, limits=Limits(max_total=200_000))
    assert info.value.code == "too_large"


def test_duplicate_entry_names_are_refused(unit) -> None:  # noqa: ANN001
    _, pkg, key = unit
    entries = _entries(pkg)
    summary = dict(entries)["data/summary.json"]
    _refused(rezip([*entries, ("data/summary.json", summary.replace(b"1", b"9"))]), key, "duplicate_entry")
    _refused(rezip([*entries, ("DATA/summary.json", summary)]), key, "duplicate_entry")


def test_truncated_file_is_refused(unit, tmp_path: Path) -> None:  # noqa: ANN001
    _, pkg, key = unit
    raw = pkg.read_bytes()
    for cut in (10, len(raw) // 2, len(raw) - 5):
        part = tmp_path / "cut.dvpkg"
        part.write_bytes(raw[:cut])
        with pytest.raises(PackageError) as info:
            verify_package(part, public_key=key)
        assert info.value.code == "truncated"
        assert "cắt cụt" in str(info.value)


def test_not_a_zip_is_refused(tmp_path: Path) -> None:
    for content in (b"", b"hello", b"%PDF-1.4 not a package"):
        f = tmp_path / "x.dvpkg"
        f.write_bytes(content)
        with pytest.raises(PackageError) as info:
            verify_package(f)
        assert info.value.code == "not_zip"


def test_missing_file_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PackageError) as info:
        verify_package(tmp_path / "nope.dvpkg")
    assert info.value.code == "unreadable"


def test_verification_writes_nothing(unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    _, pkg, key = unit
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    before = sorted(p for p in tmp_path.rglob("*"))
    verify_package(pkg, public_key=key)
    with pytest.raises(PackageError):
        verify_bytes(rezip([*_entries(pkg), ("../escape.txt", b"x")]), public_key=key)
    assert sorted(p for p in tmp_path.rglob("*")) == before
    assert not (tmp_path.parent / "escape.txt").exists()
