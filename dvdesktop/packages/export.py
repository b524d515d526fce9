"""Exporting the unit's signed summary package for one period onto a folder (a USB stick).

The file appears under its final name only once it is complete, on disk (fsync) and
checked by reading it back: a stick pulled out mid-write leaves at most a hidden
``.…dvpkg.tmp`` file, never a ``.dvpkg`` that looks complete.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import unicodedata
import uuid as uuidlib
import zipfile
import zlib
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import dvdesktop
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.core.domain import KINDS
from dvdesktop.core.ledger import Ledger
from dvdesktop.core.periods import Period
from dvdesktop.packages import bag
from dvdesktop.packages.errors import PackageError
from dvdesktop.packages.keys import public_key_text, secret_key
from dvdesktop.packages.minimise import LEAVES, minimise, minimise_many, pseudonym_key
from dvdesktop.packages.rotation import payload_files as rotation_files
from dvdesktop.packages.screen import PersonalDataFound, Screening, fields_read, screen_export
from dvdesktop.packages.sign import sign, trusted_comment
from dvdesktop.packages.verify import verify_bytes
from dvdesktop.reports.build import build_report
from dvdesktop.store.database import storage_error
from dvdesktop.store.files import fsync_dir, remove_quietly

__all__ = [
    "PersonalDataFound",
    "Progress",
    "deidentify",
    "export_package",
    "package_name",
]

Progress = Callable[[float, str], None]

# A deflated entry above this ratio is stored instead, so no honest package ever trips
# the reader's zip-bomb guard (100x), whatever the records look like.
_MAX_DEFLATE_RATIO = 50
_SPACE_MARGIN = 1024 * 1024
# zlib's fastest level: a third of level 6's time on a package's JSON for a fifth more
# bytes (325 KiB instead of 276 for the bench's 10,000-record unit's year). Any level
# inflates alike; what is signed and hashed is the bag's files, not their zip envelope.
_DEFLATE_LEVEL = 1


def _kinds() -> dict[str, Any]:
    return KINDS


def deidentify(kind: str, record: dict[str, Any], *, key: bytes) -> dict[str, Any]:
    """A record as it may leave the unit (``minimise.minimise``): listed fields only.

    Reception free text (content, result, agency, note) and the citizen's identity never
    leave; the case code and the ``uid`` leave as keyed pseudonyms; a person's name in an
    award or an individual's model stays home. See ``dvdesktop.packages.minimise``.
    """
    return minimise(kind, record, key=key)


def export_fields(kind: str) -> tuple[str, ...]:
    """The fields of a ``kind`` record the export reads: ``LEAVES`` with the ``uid``, and
    what the screening reads (``screen.fields_read``)."""
    return tuple(dict.fromkeys(("uid", *LEAVES.get(kind, ()), *fields_read(kind))))


def _ascii_slug(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9.-]+", "-", text).strip("-.") or "DV"


def package_name(*, unit_code: str, period: str, revision: int) -> str:
    """``"CB-01_2026-H1_r2.dvpkg"``: safe on FAT32 and Windows, sorts by unit and period."""
    per = period.replace("..", "_")  # a range key "2026-01-15..2026-03-31"
    return f"{_ascii_slug(unit_code)}_{_ascii_slug(per)}_r{revision}{bag.EXTENSION}"


def _dumps(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")


# NaN and Infinity are refused here (ValueError), as the reader refuses them: so the bytes
# written always parse back to the very rows given, and the read-back check need not
# parse them again (``_write_checked``). The records are trees made by ``minimise``: no
# cycle to look for.
_record_encoder = json.JSONEncoder(ensure_ascii=False, default=str, separators=(",", ":"),
                                   allow_nan=False, check_circular=False)
if json.encoder.c_make_encoder is not None:
    # ``JSONEncoder.encode`` makes a new C encoder at every call; one made here is reused
    # for every record (the same output, a third of the time for 5,000 records).
    _e = _record_encoder
    _record_chunks = json.encoder.c_make_encoder(
        None, _e.default, json.encoder.encode_basestring, _e.indent, _e.key_separator,
        _e.item_separator, _e.sort_keys, _e.skipkeys, _e.allow_nan)

    def _record_json(row: dict[str, Any]) -> str:
        return "".join(_record_chunks(row, 0))
else:  # pragma: no cover - CPython always has the C encoder
    _record_json = _record_encoder.encode


def _dumps_records(rows: list[dict[str, Any]], *, name: str = "") -> bytes:
    """One record per line: a tenth of the size of indented JSON, still readable.

    :raises PackageError: a value JSON cannot hold (NaN, Infinity), as ``verify`` would
    """
    try:
        lines = ",\n".join(map(_record_json, rows))
    except ValueError:
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Gói không hợp lệ: nội dung tệp {file} sai định dạng."),
            code="bad_payload",
            file=name,
        ) from None
    return (f"[\n{lines}\n]\n" if rows else "[]\n").encode("utf-8")


def _build_report(ledger: Ledger, period: Period, *, summary: dict[str, Any], issued: date) -> bytes:
    with tempfile.TemporaryDirectory(prefix="dvdesktop-report-") as tmp:
        out = Path(tmp) / "report.pdf"
        build_report(ledger, period=period, out=out, issued=issued, summary=summary)
        return out.read_bytes()


def _zip_bytes(files: dict[str, bytes], when: datetime) -> bytes:
    """The zip of a bag: bagit.txt first, tag files, signature, then the payload sorted."""
    order = [
        "bagit.txt", "bag-info.txt", bag.PUBLIC_KEY_FILE, bag.PAYLOAD_MANIFEST,
        bag.TAG_MANIFEST, bag.SIGNATURE_FILE,
        *sorted(n for n in files if n.startswith("data/")),
    ]
    assert sorted(order) == sorted(files), "every bag file is written exactly once"
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in order:
            content = files[name]
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
            info.create_system = 3
            # Deflated once, here: an entry is stored when deflating gains little (the
            # report PDF, compressed inside already) or packs too tight for the office's
            # zip-bomb limit.
            deflater = zlib.compressobj(_DEFLATE_LEVEL, zlib.DEFLATED, -15)
            deflated = deflater.compress(content) + deflater.flush() if content else b""
            too_tight = len(content) > _MAX_DEFLATE_RATIO * max(len(deflated), 1)
            if too_tight or len(deflated) >= len(content) * 0.95:
                info.compress_type = zipfile.ZIP_STORED
                zf.writestr(info, content)
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                _write_deflated(zf, info, content, deflated)
    return buf.getvalue()


def _next_revision(ledger: Ledger, out_dir: Path, unit_code: str, period_key: str) -> int:
    last = ledger.next_revision(period_key) - 1
    # Packages already on the stick count too: after restoring an old backup the Ledger
    # forgets recent exports, and re-using a number would get the new package refused.
    prefix = package_name(unit_code=unit_code, period=period_key, revision=0)[: -len("0" + bag.EXTENSION)]
    pattern = re.compile(re.escape(prefix) + r"(\d+)" + re.escape(bag.EXTENSION))
    if out_dir.is_dir():
        for entry in out_dir.iterdir():
            if m := pattern.fullmatch(entry.name):
                last = max(last, int(m.group(1)))
    return last + 1


def _write_deflated(zf: zipfile.ZipFile, info: zipfile.ZipInfo, content: bytes, deflated: bytes) -> None:
    """Write an entry whose deflate stream is already made (``ZipFile.writestr`` would
    deflate it a second time): header, stream, sizes and CRC as zipfile writes them."""
    info.file_size = len(content)
    info.compress_size = len(deflated)
    info.CRC = zlib.crc32(content)
    info.flag_bits = 0
    info.header_offset = zf.fp.tell()  # type: ignore[union-attr]
    zf._writecheck(info)  # type: ignore[attr-defined]
    zf._didModify = True  # type: ignore[attr-defined]
    zf.fp.write(info.FileHeader(False))  # type: ignore[union-attr]
    zf.fp.write(deflated)  # type: ignore[union-attr]
    zf.filelist.append(info)
    zf.NameToInfo[info.filename] = info
    zf.start_dir = zf.fp.tell()  # type: ignore[union-attr]


def export_package(
    ledger: Ledger,
    *,
    period: str | Period,
    out_dir: str | Path,
    progress: Progress | None = None,
    report_pdf: bytes | None = None,
    now: datetime | None = None,
    accept: Screening | None = None,
    carried: dict[str, bytes] | None = None,
) -> Path:
    """Write the signed package of ``period`` into ``out_dir``; return its path.

    The free text that would leave is screened first (``screen.screen_export``); when
    something looks like personal data nothing is written and ``PersonalDataFound`` is
    raised with the findings, unless ``accept`` is the screening the user saw and
    confirmed, and the data still gives exactly those findings.

    :param ledger: the unit's open ``Ledger``
    :param period: a period key as users type it (``"2026-H1"``) or a ``Period``
    :param out_dir: folder to write into, e.g. the USB stick ``E:/``
    :param progress: ``progress(fraction, text)`` called as the work advances
    :param report_pdf: the report's bytes, if already made (otherwise built here)
    :param now: creation time (tests); default the current UTC time
    :param accept: the ``Screening`` whose findings the user chose to send anyway
    :param carried: more payload files by path inside ``data/``: a body's package upward
        carries ``consolidated.json`` and ``units.json`` (``office.levels``)
    :raises PersonalDataFound: findings not (or no longer) confirmed; nothing written
    :raises PackageError: unit without a code, not enough space, read-back check failed
    :raises StorageError: the folder is read-only, the stick was removed, the disk is full
    """

    def step(fraction: float, text: str) -> None:
        if progress is not None:
            progress(fraction, text)

    out = Path(out_dir)
    when = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    step(0.0, QT_TRANSLATE_NOOP("Packages", "Đang tổng hợp số liệu…"))
    period_obj = ledger.period(period)  # the unit's cut-off day applies
    unit = dict(ledger.unit() or {})
    unit_code = str(unit.get("code") or "").strip()
    if not unit_code:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "Packages",
                "Chưa nhập mã đơn vị trong thông tin đơn vị; cấp trên cần mã này để nhận gói.",
            ),
            code="no_unit_code",
        )
    # What leaves and what is screened, not the rest (a reception's content, its citizen).
    records = {kind: ledger.list(kind, period=period_obj, fields=export_fields(kind)) for kind in _kinds()}
    screening = screen_export(ledger, period=period_obj, records=records)
    if not screening.clean and (accept is None or accept.token != screening.token):
        raise PersonalDataFound(screening)
    issued = date.today()  # the report's date, the day its deadlines are judged on
    summary = ledger.summary(period_obj, as_of=issued)
    period_key = str(summary.get("period", {}).get("key") or period_obj.key)
    period_label = str(summary.get("period", {}).get("label") or period_obj.label)

    step(0.2, QT_TRANSLATE_NOOP("Packages", "Đang lấy các bản ghi (đã bỏ thông tin cá nhân)…"))
    payload: dict[str, bytes] = {"summary.json": _dumps(summary)}
    key = pseudonym_key(ledger)
    # The records as they leave, by bag path: the read-back check is given them, so it
    # checks the written file against them instead of parsing the JSON just made.
    leaving: dict[str, list[dict[str, Any]]] = {}
    for kind in _kinds():
        name = f"records/{kind}.json"
        rows = leaving["data/" + name] = minimise_many(kind, records[kind], key=key)
        payload[name] = _dumps_records(rows, name="data/" + name)

    for name, content in (carried or {}).items():
        payload[name] = content

    step(0.4, QT_TRANSLATE_NOOP("Packages", "Đang tạo báo cáo PDF…"))
    payload["report.pdf"] = report_pdf if report_pdf is not None else _build_report(ledger, period_obj, summary=summary, issued=issued)

    step(0.6, QT_TRANSLATE_NOOP("Packages", "Đang ký số gói báo cáo…"))
    # Every announcement of a new key travels in every package (key continuity).
    payload.update(rotation_files(ledger))
    revision = _next_revision(ledger, out, unit_code, period_key)
    package_id = str(uuidlib.uuid4())
    pub_text = public_key_text(ledger)
    info = [
        ("Source-Organization", unit.get("name") or unit_code),
        ("External-Identifier", package_id),
        ("Bagging-Date", when.date().isoformat()),
        ("DV-Unit-Code", unit_code),
        ("DV-Unit-Name", unit.get("name") or ""),
        ("DV-Superior", unit.get("superior") or ""),
        ("DV-Period", period_key),
        ("DV-Period-Label", period_label),
        ("DV-Revision", revision),
        ("DV-Created", when.isoformat().replace("+00:00", "Z")),
        ("DV-App-Version", dvdesktop.__version__),
        ("DV-Schema-Version", bag.PACKAGE_SCHEMA),
    ]
    files = bag.build_bag(info=info, payload=payload, public_key_text=pub_text)
    sk = secret_key(ledger)
    try:
        files[bag.SIGNATURE_FILE] = sign(
            sk,
            files[bag.TAG_MANIFEST],
            comment=trusted_comment(unit_code=unit_code, period=period_key, revision=revision, uuid=package_id),
        )
    finally:
        sk.wipe()
    data = _zip_bytes(files, when)

    step(0.8, QT_TRANSLATE_NOOP("Packages", "Đang ghi và kiểm tra lại gói…"))
    final = out / package_name(unit_code=unit_code, period=period_key, revision=revision)
    _write_checked(data, final, public_key=pub_text, contents=leaving)
    ledger.record_export(period_key=period_key, revision=revision, uuid=package_id, file_name=final.name,
                         sha256=hashlib.sha256(data).hexdigest())
    step(1.0, QT_TRANSLATE_NOOP("Packages", "Đã tạo gói báo cáo."))
    return final


def _write_checked(data: bytes, final: Path, *, public_key: str,
                   contents: dict[str, Any] | None = None) -> None:
    """Write ``data`` to ``final`` atomically, after fsync and a full re-verification.

    :param contents: the values the JSON payload files were written from, by bag path
        (``verify_bytes(contents=…)``): every byte read back is still compared, unzipped,
        hashed and checked as the office checks it; only those files are not parsed again
    """
    out = final.parent
    tmp = out / f".{final.name}.tmp"
    try:
        out.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(out).free
    except OSError as exc:
        raise storage_error(exc, str(out)) from exc
    if free < len(data) + _SPACE_MARGIN:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "Packages",
                "Không đủ chỗ trống trên {path}: cần khoảng {need} KiB, còn {free} KiB.",
            ),
            code="no_space",
            path=str(out),
            need=(len(data) + _SPACE_MARGIN) // 1024,
            free=free // 1024,
        )
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # Read back from the device, not our buffer: this is what the office will read.
        written = tmp.read_bytes()
        if written != data:
            raise PackageError(
                QT_TRANSLATE_NOOP(
                    "Packages",
                    "Gói ghi ra {path} đọc lại không giống bản đã tạo; ổ USB có thể bị lỗi.",
                ),
                code="write_mismatch",
                path=str(final),
            )
        verify_bytes(written, public_key=public_key, contents=contents)
        os.replace(tmp, final)
        fsync_dir(out)
    except OSError as exc:
        remove_quietly(tmp)
        raise storage_error(exc, str(final)) from exc
    except BaseException:
        remove_quietly(tmp)
        raise
