"""What every command shares: opening the body's file, reading JSON input, exit codes."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from dvdesktop.base.errors import UserError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.core.ledger import Ledger
from dvdesktop.safety import crypto
from dvdesktop.safety.datafile import DataFile

EXIT_OK, EXIT_USER, EXIT_INVALID = 0, 1, 2


def open_ledger(db: str | Path, *, create: bool = True) -> Ledger:
    """Open the body's data file for a command (``crypto.open_data_file``) and return its
    Ledger; closing the Ledger closes the file.

    The passphrase comes from the DVDESKTOP_PASSPHRASE environment variable or a prompt,
    never from an argument (arguments show in process lists and shell history). Makes the
    pre-migration backup, not the daily one (that is the window's, on start; commands run
    in scripts many times a day).
    """
    path = Path(db)
    if not create and not path.exists():
        raise UserError("Không có tệp dữ liệu {path}.", path=str(path))
    return crypto.open_data_file(path, crypto.secret_for_cli(path)).ledger


def unlock_file(db: str | Path) -> DataFile:
    """The existing data file at ``db``, unlocked (passphrase as for ``open_ledger``), not opened."""
    path = Path(db)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Không có tệp dữ liệu {path}."), path=str(path))
    return crypto.unlock(path, crypto.secret_for_cli(path))


def print_err(text: str) -> None:
    print(text, file=sys.stderr)


#: A JSON file for ``add`` larger than this is refused: 100,000 records are about 40 MiB.
MAX_JSON_BYTES = 128 * 1024 * 1024
#: Deeper than this, a document is not a record (records nest two levels: issues).
MAX_JSON_DEPTH = 32


def read_json(source: str) -> Any:
    """The JSON document at ``source`` (a file, or ``-`` for standard input), checked.

    Read as bytes, decoded as UTF-8, or as UTF-16/UTF-32 when the file starts with a byte
    order mark (what Windows Notepad saves as “Unicode”) or has the NUL pattern of one;
    every way a document can be unusable (not text, not JSON, nested too deep, a number
    too long, a lone UTF-16 surrogate such as ``"\\ud800"``) is a message naming it.
    """
    try:
        if source == "-":
            buffer = getattr(sys.stdin, "buffer", None)  # None when stdin was replaced by text
            raw = (buffer.read(MAX_JSON_BYTES + 1) if buffer is not None
                   else sys.stdin.read(MAX_JSON_BYTES + 1).encode("utf-8", "surrogatepass"))
        else:
            with open(source, "rb") as fh:
                raw = fh.read(MAX_JSON_BYTES + 1)
    except OSError as exc:
        raise UserError("Không đọc được {source}: {detail}", source=source, detail=exc.strerror or str(exc))
    if len(raw) > MAX_JSON_BYTES:
        raise InvalidInput([f"Tệp JSON {source} lớn quá {MAX_JSON_BYTES // (1024 * 1024)} MiB; hãy chia thành "
                            "nhiều tệp nhỏ hơn."])
    encoding = json.detect_encoding(raw)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        where = "" if encoding.startswith("utf-8") else f" ({encoding})"
        raise InvalidInput([
            f"Tệp {source} không phải văn bản UTF-8{where}: byte 0x{raw[exc.start]:02X} ở vị trí {exc.start} "
            "không đọc được. Hãy lưu lại tệp với mã hóa UTF-8 (trong Notepad: Lưu thành… → Mã hóa: UTF-8)."
        ]) from None
    try:
        value = json.loads(text, parse_constant=_not_json_constant, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            [f"JSON không hợp lệ ở dòng {exc.lineno}, cột {exc.colno}: {exc.msg}."]
        ) from None
    except RecursionError:
        raise InvalidInput([f"JSON lồng nhau quá sâu (một bản ghi chỉ lồng tối đa {MAX_JSON_DEPTH} mức)."]) from None
    except ValueError as exc:  # a number too long, NaN, Infinity
        raise InvalidInput([f"JSON không hợp lệ: {_plain(str(exc))}."]) from None
    _check_json(value)
    return value


def _not_json_constant(name: str) -> Any:
    raise ValueError(f"“{name}” không phải một số JSON")


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > 18:  # no count of ours comes near; Python refuses 4,300 digits
        raise ValueError(f"số {text[:12]}… có {len(text)} chữ số, quá dài")
    return int(text)


def _plain(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")[:200]


def _check_json(value: Any) -> None:
    """Refuse nesting deeper than ``MAX_JSON_DEPTH`` and text that is not valid Unicode.

    ``json`` accepts ``"\\ud800"`` (half of a UTF-16 pair) as a Python string that no
    file, database or terminal can hold; it would fail deep inside a save.
    """
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    while stack:
        item, path, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise InvalidInput([f"JSON lồng nhau quá sâu ở {path or 'gốc'} (một bản ghi chỉ lồng tối đa "
                                f"{MAX_JSON_DEPTH} mức)."])
        if isinstance(item, str):
            _check_text(item, path)
        elif isinstance(item, dict):
            for key, sub in item.items():
                _check_text(key, f"{path}.{_plain(key)}" if path else _plain(key), is_key=True)
                stack.append((sub, f"{path}.{_plain(key)}" if path else _plain(key), depth + 1))
        elif isinstance(item, list):
            stack.extend((sub, f"{path}[{i}]", depth + 1) for i, sub in enumerate(item))


def _check_text(text: str, path: str, *, is_key: bool = False) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        what = "tên trường" if is_key else "giá trị"
        bad = text[exc.start]
        raise InvalidInput([f"JSON có {what} ở {path or 'gốc'} chứa ký tự không hợp lệ \\u{ord(bad):04x} "
                            "(nửa cặp UTF-16 bị lẻ); hãy sửa lại tệp."]) from None


class InvalidInput(Exception):
    """Input rejected before anything was written; ``lines`` are shown one per line."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines

