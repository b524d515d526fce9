"""The BagIt layout (RFC 8493) of a summary package, built and parsed in memory.

A package is a zip of one bag with no top directory::

    bagit.txt                         BagIt-Version 1.0, UTF-8
    bag-info.txt                      who, which period, which revision (DV-* tags)
    dv-public-key.pub                 the signer's minisign public key (informative only)
    manifest-sha256.txt               SHA-256 of every payload file
    tagmanifest-sha256.txt            SHA-256 of the four tag files above
    tagmanifest-sha256.txt.minisig    minisign signature of the tag manifest
    data/summary.json                 the summary (docs/summary.md)
    data/records/<kind>.json          de-identified records of the period
    data/report.pdf                   the unit's printed report

The signature covers the tag manifest, which covers bag-info and the payload manifest,
which covers every payload byte: one signature check plus two hash lists prove it all.
Manifests use two spaces between hash and path, so ``sha256sum -c`` also reads them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping

from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.packages.errors import PackageError

__all__ = [
    "BAGIT_TXT",
    "EXTENSION",
    "PACKAGE_SCHEMA",
    "PAYLOAD_MANIFEST",
    "PUBLIC_KEY_FILE",
    "SIGNATURE_FILE",
    "TAG_FILES",
    "TAG_MANIFEST",
    "bag_info_text",
    "build_bag",
    "manifest_text",
    "parse_bag_info",
    "parse_manifest",
    "payload_oxum",
]

#: File name extension of a package (a zip holding one bag).
EXTENSION = ".dvpkg"
#: DV-Schema-Version written in bag-info.txt; the major number changes only when a reader
#: of the previous layout would misread the new one.
PACKAGE_SCHEMA = "dvdesktop.package/1"

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
BAG_INFO = "bag-info.txt"
PAYLOAD_MANIFEST = "manifest-sha256.txt"
TAG_MANIFEST = "tagmanifest-sha256.txt"
SIGNATURE_FILE = TAG_MANIFEST + ".minisig"
PUBLIC_KEY_FILE = "dv-public-key.pub"
#: Tag files listed in the tag manifest, in the order written.
TAG_FILES = ("bagit.txt", BAG_INFO, PUBLIC_KEY_FILE, PAYLOAD_MANIFEST)

#: Tags every package must carry, in the order written to bag-info.txt.
INFO_TAGS = (
    "Source-Organization",
    "External-Identifier",
    "Bagging-Date",
    "Payload-Oxum",
    "DV-Unit-Code",
    "DV-Unit-Name",
    "DV-Superior",
    "DV-Period",
    "DV-Period-Label",
    "DV-Revision",
    "DV-Created",
    "DV-App-Version",
    "DV-Schema-Version",
)

_HEX64 = re.compile(r"[0-9a-f]{64}")
_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def payload_oxum(payload: Mapping[str, bytes]) -> str:
    """``"<total bytes>.<file count>"`` of the payload, as RFC 8493 §2.2.2 defines it."""
    return f"{sum(len(b) for b in payload.values())}.{len(payload)}"


def _one_line(value: object) -> str:
    # A line break would start a new tag (or a folded line) and change what is signed.
    return " ".join(str(value).split())


def bag_info_text(info: Iterable[tuple[str, object]]) -> bytes:
    """bag-info.txt bytes: one ``Label: value`` per line, values on a single line."""
    lines = []
    for name, value in info:
        if not _TAG_NAME.fullmatch(name):
            raise ValueError(f"bad tag name {name!r}")
        lines.append(f"{name}: {_one_line(value)}\n")
    return "".join(lines).encode("utf-8")


def manifest_text(files: Mapping[str, bytes]) -> bytes:
    """A manifest: ``<sha256>  <path>`` per file, sorted by path for a stable file."""
    return "".join(f"{sha256(files[p])}  {p}\n" for p in sorted(files)).encode("utf-8")


def build_bag(
    *, info: Iterable[tuple[str, object]], payload: Mapping[str, bytes], public_key_text: str
) -> dict[str, bytes]:
    """Every file of the bag except the signature, by bag-relative path.

    :param info: bag-info tags without Payload-Oxum (computed here), in order
    :param payload: payload files by path inside ``data/``, e.g. ``{"summary.json": b"..."}``
    :param public_key_text: the signer's minisign public key file text
    """
    data = {f"data/{name}": payload[name] for name in sorted(payload)}
    tags = [(k, v) for k, v in info if k != "Payload-Oxum"]
    # Payload-Oxum right after the standard tags, before our DV-* ones.
    at = next((i for i, (k, _) in enumerate(tags) if k.startswith("DV-")), len(tags))
    tags.insert(at, ("Payload-Oxum", payload_oxum(data)))
    files: dict[str, bytes] = {
        "bagit.txt": BAGIT_TXT,
        BAG_INFO: bag_info_text(tags),
        PUBLIC_KEY_FILE: public_key_text.encode("ascii"),
        PAYLOAD_MANIFEST: manifest_text(data),
    }
    files[TAG_MANIFEST] = manifest_text({name: files[name] for name in TAG_FILES})
    files.update(data)
    return files


def parse_bag_info(data: bytes) -> dict[str, str]:
    """Read bag-info.txt strictly: UTF-8, ``Label: value`` lines, no tag twice.

    Folded lines (continuations starting with white space) are joined, as RFC 8493 allows.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _bad_tag_file(BAG_INFO) from None
    tags: dict[str, str] = {}
    last: str | None = None
    for line in text.splitlines():
        if not line.strip():
            continue
        if line[0] in " \t" and last is not None:
            tags[last] = f"{tags[last]} {line.strip()}"
            continue
        name, sep, value = line.partition(":")
        name = name.strip()
        if not sep or not _TAG_NAME.fullmatch(name):
            raise _bad_tag_file(BAG_INFO)
        if name in tags:
            raise PackageError(
                QT_TRANSLATE_NOOP("Packages", "Gói không hợp lệ: thẻ “{tag}” xuất hiện hai lần trong {file}."),
                code="bad_tag_file",
                tag=name,
                file=BAG_INFO,
            )
        tags[name] = value.strip()
        last = name
    return tags


def parse_manifest(data: bytes, *, name: str) -> dict[str, str]:
    """Read a SHA-256 manifest into ``{path: hex digest}``; refuse anything odd in it."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _bad_tag_file(name) from None
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        digest, _, path = line.partition(" ")
        path = path.strip().lstrip("*")  # "*" marks binary mode in sha256sum output
        digest = digest.lower()
        if not _HEX64.fullmatch(digest) or not path:
            raise _bad_tag_file(name)
        if path in out:
            raise PackageError(
                QT_TRANSLATE_NOOP("Packages", "Gói không hợp lệ: {file} liệt kê tệp {path} hai lần."),
                code="bad_manifest",
                file=name,
                path=path,
            )
        out[path] = digest
    return out


def _bad_tag_file(name: str) -> PackageError:
    return PackageError(
        QT_TRANSLATE_NOOP("Packages", "Gói không hợp lệ: tệp {file} sai định dạng."),
        code="bad_tag_file",
        file=name,
    )
