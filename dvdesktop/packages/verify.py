"""Checking a package completely: zip safety, BagIt structure, signature, hashes, contents.

``verify_package`` either returns everything the package says, checked, or raises one
``PackageError`` with the first reason found, in this order: the zip itself (size, names,
symlinks, duplicates, bombs, truncation), the bag's required tag files, the signature of
the tag manifest, every tag file hash, every payload file hash, files present but not
listed, then the meaning (bag-info tags, trusted comment, summary). So a changed byte
anywhere is named by the file it is in, and a changed manifest by the signature.

Trust: a package carries its signer's public key (``dv-public-key.pub``) so that a
person can check it without us, but the key inside a package proves nothing about who
made it. The office always passes the key it registered for the unit; without a key we
check against the carried one and say so (``VerifiedPackage.trusted`` is ``False``).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import minisign

from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.packages import bag
from dvdesktop.packages.errors import PackageError
from dvdesktop.packages.keys import fingerprint, key_id, load_public_key
from dvdesktop.packages.rotation import from_payload
from dvdesktop.packages.safezip import Limits, check_name, read_zip
from dvdesktop.packages.sign import check_signature, load_signature, parse_trusted_comment

__all__ = ["VerifiedPackage", "peek", "peek_info", "verify_bytes", "verify_package"]

_REQUIRED = (*bag.TAG_FILES, bag.TAG_MANIFEST, bag.SIGNATURE_FILE)
_REQUIRED_PAYLOAD = ("data/summary.json", "data/report.pdf")
_SUPPORTED_MAJOR = bag.PACKAGE_SCHEMA.rsplit("/", 1)[0]


@dataclass
class VerifiedPackage:
    """A package whose every byte was checked. ``records`` maps kind to record dicts."""

    path: Path | None
    sha256: str  # of the .dvpkg file, as received
    info: dict[str, str]  # bag-info.txt
    summary: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]
    report_pdf: bytes
    key_id: str  # as minisign prints it, "0FAF72A96FA01FF7"
    fingerprint: str  # "0FAF 72A9 6FA0 1FF7"
    trusted: bool  # True when checked against a key given by the caller
    trusted_comment: str
    public_key_text: str  # the key carried in the package (informative)
    size: int = 0
    files: dict[str, int] = field(default_factory=dict)  # bag path -> size
    #: SHA-256 of the signed tag manifest: the same for two files with the same signed
    #: content, whatever their zip envelope (compression, order, comments, timestamps).
    content_sha256: str = ""
    #: Key rotations the unit announced (``dvdesktop.packages.rotation``), oldest first.
    key_rotations: list[Any] = field(default_factory=list)
    #: A body's package upward: the figures of its whole đảng bộ (``data/consolidated.json``)
    #: and the unit packages they rest on (``data/units.json``); None in a unit's package.
    consolidated: dict[str, Any] | None = None
    listing: dict[str, Any] | None = None

    @property
    def unit_code(self) -> str:
        return self.info["DV-Unit-Code"]

    @property
    def unit_name(self) -> str:
        return self.info["DV-Unit-Name"]

    @property
    def period(self) -> str:
        return self.info["DV-Period"]

    @property
    def revision(self) -> int:
        return int(self.info["DV-Revision"])

    @property
    def uuid(self) -> str:
        return self.info["External-Identifier"]

    @property
    def created(self) -> str:
        return self.info["DV-Created"]


def verify_package(
    path: str | Path, *, public_key: str | minisign.PublicKey | None = None, limits: Limits = Limits()
) -> VerifiedPackage:
    """Check the package file at ``path`` and return its checked contents.

    :param path: a ``.dvpkg`` file, e.g. ``E:/CB-01_2026-H1_r2.dvpkg``
    :param public_key: the signer's key as registered (minisign text or key); ``None``
        checks against the key carried in the package, which proves integrity only
    :raises PackageError: with one Vietnamese reason; nothing is written anywhere
    """
    p = Path(path)
    data = read_package_file(p, limits=limits)
    result = verify_bytes(data, public_key=public_key, limits=limits)
    result.path = p
    return result


def read_package_file(path: Path, *, limits: Limits = Limits()) -> bytes:
    """The bytes of a package file, refusing one larger than any real package could be.

    Only a regular file is read: a FIFO would block forever, ``/dev/zero`` (or a symlink
    to it) would never end. The file is opened without blocking and checked again on the
    open handle, so it cannot be swapped for something else in between.

    :raises PackageError: not a regular file, too large, or unreadable (a stick pulled
        out, no permission)
    """
    try:
        kind = file_kind(os.stat(path).st_mode)
        if kind:
            raise _not_a_file(path, kind)
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            kind = file_kind(st.st_mode)
            if kind:
                raise _not_a_file(path, kind)
            if st.st_size > limits.max_file:
                raise PackageError(
                    QT_TRANSLATE_NOOP(
                        "Packages", "Gói bị từ chối: quá lớn so với một gói báo cáo (giới hạn {limit} MiB)."
                    ),
                    code="too_large",
                    limit=limits.max_file // (1024 * 1024),
                )
            data = fh.read(limits.max_file + 1)
    except OSError as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Không đọc được tệp {path}: {detail}"),
            code="unreadable",
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    if len(data) > limits.max_file:  # grew while read
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Gói bị từ chối: quá lớn so với một gói báo cáo (giới hạn {limit} MiB)."),
            code="too_large",
            limit=limits.max_file // (1024 * 1024),
        )
    return data


#: What a path is when it is not a regular file, in Vietnamese.
FILE_KINDS = {
    "dir": QT_TRANSLATE_NOOP("Packages", "một thư mục"),
    "fifo": QT_TRANSLATE_NOOP("Packages", "một đường ống (FIFO)"),
    "device": QT_TRANSLATE_NOOP("Packages", "một thiết bị"),
    "socket": QT_TRANSLATE_NOOP("Packages", "một socket"),
    "other": QT_TRANSLATE_NOOP("Packages", "không phải tệp thường"),
}


def file_kind(mode: int) -> str | None:
    """None for a regular file, else which kind of thing it is (a key of ``FILE_KINDS``)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def _not_a_file(path: Path, kind: str) -> PackageError:
    return PackageError(
        QT_TRANSLATE_NOOP("Packages", "Không đọc {path}: đây là {what}, không phải tệp gói báo cáo."),
        code="not_a_file",
        path=str(path),
        what=FILE_KINDS[kind],
    )


def verify_bytes(
    data: bytes, *, public_key: str | minisign.PublicKey | None = None, limits: Limits = Limits(),
    files: dict[str, bytes] | None = None, sha256: str | None = None,
    contents: Mapping[str, Any] | None = None,
) -> VerifiedPackage:
    """``verify_package`` for bytes already in memory (the exporter re-reads its file).

    :param files: ``read_zip(data, limits=limits)`` when the caller has read it already
        (the office reads each package once, then checks it with one key or another)
    :param sha256: the hex SHA-256 of ``data``, when the caller has computed it
    :param contents: only for the package's writer: records files by bag path
        (``"data/records/meeting.json"``) with the values it wrote them from, through an
        encoder that refuses what JSON cannot hold, so they parse back to these values.
        Such a file is not parsed again; its bytes are still hashed, counted against the
        limits and its values checked in shape like any other
    """
    if files is None:
        files = read_zip(data, limits=limits)

    for name in _REQUIRED:
        if name not in files:
            raise _missing(name)

    carried_key_text = _ascii(files[bag.PUBLIC_KEY_FILE], bag.PUBLIC_KEY_FILE)
    if public_key is None:
        key = load_public_key(carried_key_text)
        trusted = False
    else:
        key = public_key if isinstance(public_key, minisign.PublicKey) else load_public_key(public_key)
        trusted = True
    signature = load_signature(files[bag.SIGNATURE_FILE])
    check_signature(key, files[bag.TAG_MANIFEST], signature)

    tag_manifest = bag.parse_manifest(files[bag.TAG_MANIFEST], name=bag.TAG_MANIFEST)
    for name in bag.TAG_FILES:
        if name not in tag_manifest:
            raise PackageError(
                QT_TRANSLATE_NOOP("Packages", "Gói không hợp lệ: {manifest} không liệt kê tệp {file}."),
                code="bad_manifest",
                manifest=bag.TAG_MANIFEST,
                file=name,
            )
    for name in tag_manifest:
        if name.startswith("data/") or "/" in name:
            raise PackageError(
                QT_TRANSLATE_NOOP("Packages", "Gói không hợp lệ: {manifest} liệt kê tệp lạ {file}."),
                code="bad_manifest",
                manifest=bag.TAG_MANIFEST,
                file=name,
            )
    _check_hashes(files, tag_manifest)

    payload_manifest = bag.parse_manifest(files[bag.PAYLOAD_MANIFEST], name=bag.PAYLOAD_MANIFEST)
    for name in payload_manifest:
        check_name(name)
        if not name.startswith("data/"):
            raise PackageError(
                QT_TRANSLATE_NOOP(
                    "Packages", "Gói không hợp lệ: {manifest} liệt kê tệp {file} nằm ngoài thư mục data/."
                ),
                code="bad_manifest",
                manifest=bag.PAYLOAD_MANIFEST,
                file=name,
            )
    _check_hashes(files, payload_manifest)

    listed = set(tag_manifest) | set(payload_manifest) | {bag.TAG_MANIFEST, bag.SIGNATURE_FILE}
    for name in sorted(files):
        if name not in listed:
            raise PackageError(
                QT_TRANSLATE_NOOP(
                    "Packages", "Gói bị từ chối: có tệp lạ “{file}” không được ghi trong danh mục."
                ),
                code="unexpected_file",
                file=name[:200],
            )
    for name in _REQUIRED_PAYLOAD:
        if name not in payload_manifest:
            raise _missing(name)

    if files["bagit.txt"] != bag.BAGIT_TXT:
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Gói không hợp lệ: tệp {file} sai định dạng."),
            code="bad_tag_file",
            file="bagit.txt",
        )
    info = bag.parse_bag_info(files["bag-info.txt"])
    _check_info(info, files, payload_manifest)

    comment = signature.trusted_comment
    fields = parse_trusted_comment(comment)
    for tag, key_name in (
        ("DV-Unit-Code", "unit"), ("DV-Period", "period"),
        ("DV-Revision", "revision"), ("External-Identifier", "uuid"),
    ):
        if info[tag] != fields[key_name]:
            raise PackageError(
                QT_TRANSLATE_NOOP(
                    "Packages",
                    "Gói bị từ chối: thông tin {tag} trong gói ({value}) khác với chữ ký "
                    "({signed}).",
                ),
                code="comment_mismatch",
                tag=tag,
                value=info[tag][:80],
                signed=fields[key_name][:80],
            )

    budget = _JsonBudget(limits.max_json_items)
    summary = _json(files["data/summary.json"], "data/summary.json", budget)
    if not isinstance(summary, dict) or not str(summary.get("schema", "")).startswith("dvdesktop.summary/"):
        raise _bad_payload("data/summary.json")
    unit = summary.get("unit") if isinstance(summary.get("unit"), dict) else {}
    period = summary.get("period") if isinstance(summary.get("period"), dict) else {}
    if unit.get("code") != info["DV-Unit-Code"] or period.get("key") != info["DV-Period"]:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "Packages",
                "Gói không hợp lệ: số liệu tổng hợp thuộc đơn vị hoặc kỳ khác với nhãn gói.",
            ),
            code="summary_mismatch",
        )
    records: dict[str, list[dict[str, Any]]] = {}
    for name in sorted(payload_manifest):
        if name.startswith("data/records/"):
            kind = name.removeprefix("data/records/").removesuffix(".json")
            value = _json(files[name], name, budget, contents)
            # json.loads makes no dict subclass: the type alone says, without a call per record.
            if not name.endswith(".json") or not isinstance(value, list) or not (
                set(map(type, value)) <= {dict} or all(isinstance(r, dict) for r in value)
            ):
                raise _bad_payload(name)
            records[kind] = value
    consolidated = listing = None
    if "data/consolidated.json" in payload_manifest or "data/units.json" in payload_manifest:
        consolidated, listing = _levels(files, payload_manifest, budget)

    rotations = from_payload({n: files[n] for n in payload_manifest if n.startswith("data/keys/")})
    return VerifiedPackage(
        path=None,
        sha256=sha256 or hashlib.sha256(data).hexdigest(),
        info=info,
        summary=summary,
        records=records,
        report_pdf=files["data/report.pdf"],
        key_id=key_id(signature),
        fingerprint=fingerprint(signature),
        trusted=trusted,
        trusted_comment=comment,
        public_key_text=carried_key_text,
        size=len(data),
        files={name: len(content) for name, content in files.items()},
        content_sha256=hashlib.sha256(files[bag.TAG_MANIFEST]).hexdigest(),
        key_rotations=rotations,
        consolidated=consolidated,
        listing=listing,
    )


_SHA256_HEX = frozenset("0123456789abcdef")


def _levels(files: dict[str, bytes], payload: dict[str, str],
            budget: _JsonBudget) -> tuple[dict[str, Any], dict[str, Any]]:
    """The consolidated figures and the listing of a body's package upward, in shape (what
    they mean, the office checks: ``office.levels.check_listing``)."""
    for name in ("data/consolidated.json", "data/units.json"):
        if name not in payload:
            raise _missing(name)
    consolidated = _json(files["data/consolidated.json"], "data/consolidated.json", budget)
    if not isinstance(consolidated, dict) or not str(consolidated.get("schema", "")).startswith(
            "dvdesktop.consolidated/"):
        raise _bad_payload("data/consolidated.json")
    listing = _json(files["data/units.json"], "data/units.json", budget)
    if not isinstance(listing, dict) or not str(listing.get("schema", "")).startswith("dvdesktop.units/") \
            or not isinstance(listing.get("units"), list) or not all(_entry_ok(e) for e in listing["units"]):
        raise _bad_payload("data/units.json")
    return consolidated, listing


def _entry_ok(entry: Any, depth: int = 0) -> bool:
    """One unit a package upward rests on: code, period, revision, package id, the SHA-256
    of its signed tag manifest, its figures, and (nested) the units it rests on."""
    if not isinstance(entry, dict) or depth > 8:
        return False
    sha = entry.get("content_sha256")
    return (isinstance(entry.get("code"), str) and bool(entry["code"].strip())
            and isinstance(entry.get("period"), str)
            and isinstance(entry.get("revision"), int) and not isinstance(entry["revision"], bool)
            and entry["revision"] >= 1
            and isinstance(entry.get("uuid"), str)
            and isinstance(sha, str) and len(sha) == 64 and set(sha) <= _SHA256_HEX
            and isinstance(entry.get("figures", {}), dict)
            and isinstance(entry.get("below", []), list)
            and all(_entry_ok(e, depth + 1) for e in entry.get("below", [])))


def _check_hashes(files: dict[str, bytes], manifest: dict[str, str]) -> None:
    for name in sorted(manifest):
        if name not in files:
            raise _missing(name)
        if hashlib.sha256(files[name]).hexdigest() != manifest[name]:
            raise PackageError(
                QT_TRANSLATE_NOOP(
                    "Packages",
                    "Gói bị từ chối: tệp {file} đã bị thay đổi (mã băm SHA-256 không khớp "
                    "danh mục).",
                ),
                code="hash_mismatch",
                file=name,
            )


def _check_info(info: dict[str, str], files: dict[str, bytes], payload: dict[str, str]) -> None:
    for tag in bag.INFO_TAGS:
        if not info.get(tag):
            raise PackageError(
                QT_TRANSLATE_NOOP("Packages", "Gói không hợp lệ: bag-info.txt thiếu thẻ {tag}."),
                code="bad_tag_file",
                tag=tag,
            )
    schema = info["DV-Schema-Version"]
    if schema.rsplit("/", 1)[0] != _SUPPORTED_MAJOR:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "Packages",
                "Gói được tạo theo định dạng {schema}, chương trình này chỉ đọc được "
                "{supported}. Hãy cập nhật dvdesktop.",
            ),
            code="schema_too_new",
            schema=schema[:80],
            supported=bag.PACKAGE_SCHEMA,
        )
    if not info["DV-Revision"].isdigit() or int(info["DV-Revision"]) < 1:
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Gói không hợp lệ: số lần gửi (DV-Revision) “{value}” sai."),
            code="bad_tag_file",
            value=info["DV-Revision"][:40],
        )
    oxum = bag.payload_oxum({name: files[name] for name in payload})
    if info["Payload-Oxum"] != oxum:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "Packages",
                "Gói không hợp lệ: Payload-Oxum {value} không khớp nội dung ({actual}).",
            ),
            code="bad_oxum",
            value=info["Payload-Oxum"][:40],
            actual=oxum,
        )


def _missing(name: str) -> PackageError:
    return PackageError(
        QT_TRANSLATE_NOOP("Packages", "Gói không đầy đủ: thiếu tệp {file}."),
        code="missing_file",
        file=name,
    )


def _bad_payload(name: str) -> PackageError:
    return PackageError(
        QT_TRANSLATE_NOOP("Packages", "Gói không hợp lệ: nội dung tệp {file} sai định dạng."),
        code="bad_payload",
        file=name,
    )


class _JsonBudget:
    """How many JSON values the package may still hold: memory grows with their count,
    not their bytes ("[{},{},…]" is 64 bytes of Python per 3 bytes of file)."""

    def __init__(self, items: int) -> None:
        self.left = items

    def spend(self, data: bytes, name: str) -> None:
        # Every value but the last of a container is followed by a comma, every container
        # opens with a bracket, every member has a colon: an upper bound on the objects
        # parsing makes, counted without parsing (a real record is about 25 of them).
        # (Counted in one pass: the bytes without those four, subtracted.)
        self.left -= len(data) - len(data.translate(None, b",[{:")) + 1
        if self.left < 0:
            raise PackageError(
                QT_TRANSLATE_NOOP(
                    "Packages", "Gói bị từ chối: tệp {file} có quá nhiều mục so với một gói báo cáo."
                ),
                code="too_large",
                file=name,
            )


def _json(data: bytes, name: str, budget: _JsonBudget | None = None,
          contents: Mapping[str, Any] | None = None) -> Any:
    if budget is not None:
        budget.spend(data, name)
    if contents is not None and name in contents:
        return contents[name]
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        # ValueError: JSONDecodeError, and integers past Python's 4,300-digit limit.
        raise _bad_payload(name) from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # NaN, Infinity: Python accepts them, JSON does not


def _ascii(data: bytes, name: str) -> str:
    try:
        return data.decode("ascii")
    except UnicodeDecodeError:
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Gói không hợp lệ: tệp {file} sai định dạng."),
            code="bad_tag_file",
            file=name,
        ) from None


def peek(data: bytes, *, limits: Limits = Limits(),
         files: dict[str, bytes] | None = None) -> tuple[dict[str, str], str | None]:
    """``(bag-info, signer's key id)`` of a package, read safely but NOT verified.

    The key id is the one the signature names (None if there is no readable signature):
    it says which registered key to verify with, nothing more.

    :param files: ``read_zip(data, limits=limits)`` when the caller has read it already
    """
    if files is None:
        files = read_zip(data, limits=limits)
    info = _peek_info(files)
    signer = None
    if bag.SIGNATURE_FILE in files:
        try:
            signer = key_id(load_signature(files[bag.SIGNATURE_FILE]))
        except PackageError:
            signer = None
    return info, signer


def _peek_info(files: dict[str, bytes]) -> dict[str, str]:
    if "bag-info.txt" not in files:
        raise _missing("bag-info.txt")
    info = bag.parse_bag_info(files["bag-info.txt"])
    if not info.get("DV-Unit-Code"):
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Gói không hợp lệ: bag-info.txt thiếu thẻ {tag}."),
            code="bad_tag_file",
            tag="DV-Unit-Code",
        )
    return info


def peek_info(data: bytes, *, limits: Limits = Limits()) -> dict[str, str]:
    """bag-info.txt of a package, read safely but NOT verified: only to pick the key.

    The office uses ``DV-Unit-Code`` from here to find the registered key, then verifies
    everything with that key; nothing read here is trusted or stored. Only bag-info.txt
    is inflated (the office sorts a stick's packages by it before reading each in full).
    """
    return _peek_info(read_zip(data, limits=limits, only=("bag-info.txt",)))
