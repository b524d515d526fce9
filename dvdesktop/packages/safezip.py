"""Reading a zip from a USB stick without trusting it: in memory, with caps, names checked.

Nothing is extracted to disk. Every entry name is checked before any byte is inflated,
sizes are capped on what is actually inflated (not on what the header claims), and a
zip bomb is refused by its per-entry compression ratio before it is read.
"""

from __future__ import annotations

import io
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass

from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.packages.errors import PackageError

__all__ = ["Limits", "read_zip"]

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Caps on a package; far above a real one and far below harm.

    A yearly package of a 10,000-record unit is about 300 KiB; one of 100,000 records
    about 3 MiB. Reading the worst file these caps allow costs about 100 MiB of memory and
    a second or two (``tools/fuzz_inputs.py`` measures it).
    """

    max_file: int = 16 * MiB  # the .dvpkg file itself
    max_total: int = 24 * MiB  # sum of inflated entries
    max_entry: int = 16 * MiB  # one inflated entry
    max_entries: int = 1000
    max_ratio: int = 100  # inflated / compressed, per entry
    ratio_floor: int = 64 * 1024  # smaller entries cannot hurt, whatever their ratio
    max_json_items: int = 1_000_000  # JSON values in all files together: ~40,000 records
    max_directory: int = 1000 * 1100  # bytes of the zip's central directory


_DRIVE = re.compile(r"^[A-Za-z]:")
_ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def _unsafe(name: str, path: str | None = None) -> PackageError:
    return PackageError(
        QT_TRANSLATE_NOOP(
            "Packages", "Gói bị từ chối: đường dẫn không an toàn trong gói: “{path}”."
        ),
        code="unsafe_path",
        path=(path or name)[:200],
    )


def check_name(name: str) -> None:
    """Refuse names that could escape a folder or mean different files on Windows."""
    if (
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or _DRIVE.match(name)
        or any(part in ("..", ".") for part in name.rstrip("/").split("/"))
        or "//" in name
        or any(ord(c) < 32 for c in name)
    ):
        raise _unsafe(name)


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    # Unix mode bits live in the high 16 bits of external_attr; DOS-made zips leave them 0,
    # so the test needs no look at create_system (which a hostile file could set anyway).
    return stat.S_ISLNK(info.external_attr >> 16)


def read_zip(data: bytes, *, limits: Limits = Limits(), only: tuple[str, ...] | None = None) -> dict[str, bytes]:
    """Every file entry of the zip ``data`` by name (directory entries are dropped).

    :param only: inflate only these entries (every entry's header is still checked)

    Raises ``PackageError`` with one reason: not a zip, truncated, unsafe path,
    symlink, duplicate name, encrypted entry, unknown compression, too large, ratio.
    """
    if len(data) > limits.max_file:
        raise _too_large(limits.max_file)
    if not data.startswith(b"PK"):
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Tệp không phải gói báo cáo (không phải tệp nén zip)."),
            code="not_zip",
        )
    _check_end_record(data, limits)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except NotImplementedError as exc:
        # A central directory asking for zip features we never write (a newer zip version,
        # another compression): not a package of ours, or one that was tampered with.
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Tệp nén dùng định dạng zip không được hỗ trợ; "
                              "gói báo cáo bị hỏng hoặc đã bị sửa."),
            code="unsupported_zip",
        ) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        # Starts like a zip but the central directory at the end is gone: cut short.
        raise _truncated() from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_entries:
            raise _too_large(limits.max_file)
        if sum(len(i.extra) + len(i.comment) for i in infos) > limits.max_directory:
            raise _too_large(limits.max_file)
        seen: set[str] = set()
        folded: set[str] = set()
        for info in infos:
            check_name(info.filename)
            if info.filename in seen or info.filename.casefold() in folded:
                # Two entries with one name (or names equal on Windows): which one is read
                # depends on the tool, so the office and a human could see different files.
                raise PackageError(
                    QT_TRANSLATE_NOOP("Packages", "Gói bị từ chối: tên tệp “{path}” lặp lại trong gói."),
                    code="duplicate_entry",
                    path=info.filename[:200],
                )
            seen.add(info.filename)
            folded.add(info.filename.casefold())
            if _is_symlink(info):
                raise PackageError(
                    QT_TRANSLATE_NOOP("Packages", "Gói bị từ chối: “{path}” là liên kết tượng trưng (symlink)."),
                    code="symlink",
                    path=info.filename[:200],
                )
            if info.flag_bits & 0x1:
                raise PackageError(
                    QT_TRANSLATE_NOOP("Packages", "Gói bị từ chối: tệp “{path}” trong gói bị đặt mật khẩu."),
                    code="encrypted_entry",
                    path=info.filename[:200],
                )
            if info.compress_type not in _ALLOWED_METHODS:
                raise PackageError(
                    QT_TRANSLATE_NOOP("Packages", "Gói bị từ chối: tệp “{path}” dùng kiểu nén không hỗ trợ."),
                    code="bad_compression",
                    path=info.filename[:200],
                )
            if info.file_size > limits.max_entry:
                raise _too_large(limits.max_entry)
            if info.file_size > limits.ratio_floor and (
                info.file_size > limits.max_ratio * max(info.compress_size, 1)
            ):
                raise PackageError(
                    QT_TRANSLATE_NOOP(
                        "Packages",
                        "Gói bị từ chối: tệp “{path}” nén quá mức bình thường (tỉ lệ trên "
                        "{ratio} lần, nghi là “bom nén”).",
                    ),
                    code="zip_bomb",
                    path=info.filename[:200],
                    ratio=limits.max_ratio,
                )
        if sum(i.file_size for i in infos) > limits.max_total:
            raise _too_large(limits.max_total)

        out: dict[str, bytes] = {}
        total = 0
        for info in infos:
            if info.is_dir():
                if info.file_size:
                    raise _unsafe(info.filename)
                continue
            if only is not None and info.filename not in only:
                continue
            # Read at most one byte beyond the cap: headers can lie about sizes.
            budget = min(limits.max_entry, limits.max_total - total)
            try:
                with zf.open(info) as fh:
                    content = fh.read(budget + 1)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                    NotImplementedError) as exc:
                raise _truncated(info.filename) from exc
            if len(content) > budget:
                raise _too_large(limits.max_total)
            total += len(content)
            out[info.filename] = content
        return out


_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"


def _check_end_record(data: bytes, limits: Limits) -> None:
    """Refuse a zip whose end record announces too many entries, before any is parsed.

    The central directory is what ``zipfile`` reads into memory entry by entry: a 61 MiB
    file with 1.3 million entries costs 600 MiB and half a minute before a count could be
    checked on what it built. The end-of-central-directory record (the last 22 bytes,
    before an optional comment) says how many entries and how many bytes there are.
    Packages are never zip64, never span disks; such files are refused too.
    """
    at = data.rfind(_EOCD, max(0, len(data) - _EOCD_SIZE - 0xFFFF))
    if at < 0 or at + _EOCD_SIZE > len(data):
        return  # not a complete zip: zipfile says so ("truncated")
    disk, cd_disk, on_disk, total, cd_size, cd_offset, _comment = struct.unpack(
        "<HHHHIIH", data[at + 4:at + _EOCD_SIZE])
    zip64 = 0xFFFF in (on_disk, total) or 0xFFFFFFFF in (cd_size, cd_offset) or (
        at >= 20 and data[at - 20:at - 16] == _ZIP64_LOCATOR)
    if disk or cd_disk or on_disk != total or zip64:
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Tệp nén dùng định dạng zip không được hỗ trợ; "
                              "gói báo cáo bị hỏng hoặc đã bị sửa."),
            code="unsupported_zip",
        )
    if total > limits.max_entries or cd_size > limits.max_directory:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "Packages",
                "Gói bị từ chối: có {count} tệp trong gói, nhiều hơn mọi gói báo cáo (giới hạn {limit}).",
            ),
            code="too_large",
            count=total if total > limits.max_entries else f"≥{cd_size // 46}",
            limit=limits.max_entries,
        )


def _truncated(path: str | None = None) -> PackageError:
    if path:
        return PackageError(
            QT_TRANSLATE_NOOP(
                "Packages",
                "Gói bị hỏng: không đọc được tệp “{path}” trong gói (tệp bị cắt cụt hoặc "
                "sai mã kiểm tra). Hãy chép lại gói từ đơn vị.",
            ),
            code="truncated",
            path=path[:200],
        )
    return PackageError(
        QT_TRANSLATE_NOOP(
            "Packages",
            "Gói bị hỏng hoặc chép chưa hết (tệp bị cắt cụt). Hãy chép lại gói từ đơn vị.",
        ),
        code="truncated",
    )


def _too_large(limit: int) -> PackageError:
    return PackageError(
        QT_TRANSLATE_NOOP(
            "Packages", "Gói bị từ chối: quá lớn so với một gói báo cáo (giới hạn {limit} MiB)."
        ),
        code="too_large",
        limit=limit // MiB,
    )
