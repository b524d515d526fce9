"""The ``.key`` file beside an encrypted database: one random data key, wrapped twice.

The database is keyed with a random 32-byte data key (SQLCipher raw key). The key file
holds that key encrypted (AES-256-GCM) under a key derived with scrypt from the user's
passphrase, and again under one derived from the recovery key ("Mã khôi phục") shown
once when the file is encrypted. Either secret unlocks the data key, so a forgotten
passphrase is survived by the recovery key, and changing the passphrase rewrites only
this small file. The key file holds nothing readable without one of the two secrets.

``is_encrypted`` and ``resolve_key`` need nothing but this module, so the window can ask
for the passphrase and derive the key before the core has loaded (``gui/unlocking.py``).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dvdesktop.base.errors import UserError, WrongPassphraseError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.store.files import write_atomic

FORMAT = "dvdesktop-key"
VERSION = 1
KEY_BYTES = 32
#: scrypt cost: about 0.1 s and 32 MiB on an old laptop, per unlock.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
#: What a key file may ask for: up to what this program writes with room for one doubling of N.
#: A key file arrives with a backup on a USB stick; n = 2**24 would cost 16 GiB and minutes.
SCRYPT_N_RANGE = (2**10, 2**16)
#: The first 16 bytes of every plain SQLite file (a SQLCipher file starts with its salt).
SQLITE_MAGIC = b"SQLite format 3\x00"
SLOT_NAMES = ("passphrase", "recovery")
_SALT_BYTES, _NONCE_BYTES, _TAG_BYTES = 16, 12, 16
RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters, 8 groups of 4
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class KeyFileError(UserError):
    """The key file is missing or damaged."""


def key_path(db: Path) -> Path:
    """``unit.db`` -> ``unit.key``: the key file always sits beside its database."""
    db = Path(db)
    return db.with_suffix(".key") if db.suffix.lower() != ".key" else db.with_name(db.name + ".key")


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """``"K7QF-2MZD-...``: 8 groups of 4 letters and digits 2-7, easy to copy by hand."""
    raw = secrets.token_bytes(RECOVERY_BYTES)
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalize_recovery_key(text: str) -> str | None:
    """The canonical recovery key typed by a person, or None if ``text`` is not one.

    Spaces, dashes and case do not matter; 0, 1 and 8 (not in the alphabet) are read as
    the letters O, I and B they are mistaken for.
    """
    s = "".join(ch for ch in text.upper() if ch.isalnum())
    s = s.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    if len(s) != RECOVERY_BYTES * 8 // 5 or any(ch not in _B32 for ch in s):
        return None
    return s


def normalize_passphrase(text: str) -> str:
    """NFC, so a passphrase typed with Telex on one machine and VNI on another still matches."""
    return unicodedata.normalize("NFC", text)


@dataclass
class KeyFile:
    """The parsed key file: slots ``passphrase`` and ``recovery``."""

    slots: dict[str, dict[str, Any]]

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "note": "Khóa của tệp dữ liệu dvdesktop đã mã hóa. Giữ tệp này cùng tệp dữ liệu.",
            "slots": self.slots,
        }
        return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# cryptography is imported where a key is wrapped or unwrapped, not at the top: 19 ms
# measured at every start, and a plain file (most units) never needs it.
def load_ciphers() -> None:
    """Import what unlocking needs (cryptography's scrypt and AES-GCM), on this thread.

    ``gui/unlocking.py`` calls it before it derives a key on a worker: an import holds the
    GIL (about 20 ms of Python), while scrypt releases it, so the import done first and the
    derivation then overlaps the core's import fully instead of competing with it.
    """
    import cryptography.exceptions  # noqa: F401
    import cryptography.hazmat.primitives.ciphers.aead  # noqa: F401
    import cryptography.hazmat.primitives.kdf.scrypt  # noqa: F401


def _derive(secret: str, slot: dict[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=_b64d(slot["salt"]), length=32, n=int(slot["n"]), r=int(slot["r"]), p=int(slot["p"]))
    return kdf.derive(secret.encode("utf-8"))


def _aad(name: str) -> bytes:
    return f"{FORMAT}/{VERSION}/{name}".encode("ascii")


def _wrap(name: str, secret: str, data_key: bytes) -> dict[str, Any]:
    slot: dict[str, Any] = {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                            "salt": _b64e(secrets.token_bytes(16)), "cipher": "AES-256-GCM"}
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    slot["nonce"] = _b64e(nonce)
    slot["ciphertext"] = _b64e(AESGCM(_derive(secret, slot)).encrypt(nonce, data_key, _aad(name)))
    return slot


def _unwrap(name: str, secret: str, slot: dict[str, Any]) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(_derive(secret, slot)).decrypt(_b64d(slot["nonce"]), _b64d(slot["ciphertext"]), _aad(name))
    except InvalidTag:
        return None
    return key if len(key) == KEY_BYTES else None


def create(data_key: bytes, *, passphrase: str, recovery_key: str) -> KeyFile:
    recovery = normalize_recovery_key(recovery_key)
    assert recovery is not None, "a recovery key made by new_recovery_key()"
    return KeyFile({
        "passphrase": _wrap("passphrase", normalize_passphrase(passphrase), data_key),
        "recovery": _wrap("recovery", recovery, data_key),
    })


def rewrap(kf: KeyFile, data_key: bytes, *, passphrase: str | None = None,
           recovery_key: str | None = None) -> KeyFile:
    """A copy of ``kf`` with the passphrase slot and/or the recovery slot replaced."""
    slots = dict(kf.slots)
    if passphrase is not None:
        slots["passphrase"] = _wrap("passphrase", normalize_passphrase(passphrase), data_key)
    if recovery_key is not None:
        recovery = normalize_recovery_key(recovery_key)
        assert recovery is not None
        slots["recovery"] = _wrap("recovery", recovery, data_key)
    return KeyFile(slots)


def unlock(kf: KeyFile, secret: str) -> bytes:
    """The data key, from the passphrase or the recovery key.

    :raises WrongPassphraseError: neither slot opens with ``secret``
    """
    recovery = normalize_recovery_key(secret)
    attempts = [("passphrase", normalize_passphrase(secret))]
    if recovery is not None:
        attempts.insert(0, ("recovery", recovery))  # a recovery key is never a typed passphrase
    for name, text in attempts:
        slot = kf.slots.get(name)
        if slot is not None and _slot_problem(slot) is None:
            key = _unwrap(name, text, slot)
            if key is not None:
                return key
    raise WrongPassphraseError(
        QT_TRANSLATE_NOOP("Errors", "Mật khẩu (hoặc mã khôi phục) không đúng.")
    )


def read(path: Path) -> KeyFile:
    """Parse and check the key file at ``path``: every field, before any key is derived.

    :raises KeyFileError: missing, unreadable or damaged, with one message naming the file
        and what is wrong with it
    """
    path = Path(path)
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise _damaged(path, "không phải tệp thường")  # a FIFO would block, a device never end
        raw = path.read_bytes() if st.st_size <= 64 * 1024 else None
    except FileNotFoundError:
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Không tìm thấy tệp khóa {path}. Tệp dữ liệu đã mã hóa cần tệp khóa đi kèm "
                "(chép cả hai tệp khi sao lưu).",
            ),
            path=str(path),
        ) from None
    except OSError as exc:
        raise _damaged(path, exc.strerror or str(exc)) from None
    if raw is None:
        raise _damaged(path, "tệp quá lớn")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _damaged(path, "không phải JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Errors", "Tệp khóa {path} bị hỏng hoặc không phải tệp khóa dvdesktop."),
            path=str(path),
        )
    if doc.get("version") != VERSION:
        raise _damaged(path, f"phiên bản {str(doc.get('version'))[:20]} không được hỗ trợ")
    slots = doc.get("slots")
    if not isinstance(slots, dict) or not any(name in slots for name in SLOT_NAMES):
        raise _damaged(path, "không có ô khóa nào")
    checked: dict[str, dict[str, Any]] = {}
    for name in SLOT_NAMES:
        if name in slots:
            problem = _slot_problem(slots[name])
            if problem:
                raise _damaged(path, f"ô “{name}”: {problem}")
            checked[name] = dict(slots[name])
    return KeyFile(checked)


def is_encrypted(path: str | Path) -> bool:
    """True when ``path`` looks like a SQLCipher file.

    Every plain SQLite file starts with "SQLite format 3\\0"; a SQLCipher file starts with
    its random salt and is a whole number of pages. Anything else (a letter renamed .db,
    an empty new file) is not encrypted, and opening it says it is not a database.
    """
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    return head != SQLITE_MAGIC and size >= 1024 and size % 512 == 0


def resolve_key(path: str | Path, secret: str) -> str | bytes:
    """The SQLCipher key for ``path`` from what the user typed (passphrase or recovery key).

    :raises WrongPassphraseError: ``secret`` opens neither slot of the key file
    :raises KeyFileError: the file has a key file that is damaged
    """
    kf = key_path(Path(path))
    if kf.exists():
        return unlock(read(kf), secret)
    return normalize_passphrase(secret)


def _damaged(path: Path, detail: str) -> KeyFileError:
    return KeyFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Tệp khóa {path} bị hỏng ({detail}), nên không mở được tệp dữ liệu. Hãy chép lại tệp "
            "khóa từ bản sao lưu (tệp .key đi kèm bản sao).",
        ),
        path=str(path),
        detail=detail,
    )


def _slot_problem(slot: Any) -> str | None:
    """What is wrong with one slot, in Vietnamese, or None when it is what ``_wrap`` writes."""
    if not isinstance(slot, dict):
        return "không đúng dạng"
    for field in ("kdf", "n", "r", "p", "salt", "cipher", "nonce", "ciphertext"):
        if field not in slot:
            return f"thiếu trường “{field}”"
    if slot["kdf"] != "scrypt" or slot["cipher"] != "AES-256-GCM":
        return "thuật toán không được hỗ trợ"
    n, r, p = slot["n"], slot["r"], slot["p"]
    if not all(type(v) is int for v in (n, r, p)):
        return "tham số scrypt không phải số nguyên"
    low, high = SCRYPT_N_RANGE
    if not (low <= n <= high and n & (n - 1) == 0) or r != SCRYPT_R or p != SCRYPT_P:
        return f"tham số scrypt n={n}, r={r}, p={p} ngoài giới hạn chương trình ghi"
    for field, size in (("salt", _SALT_BYTES), ("nonce", _NONCE_BYTES), ("ciphertext", KEY_BYTES + _TAG_BYTES)):
        value = slot[field]
        try:
            if not isinstance(value, str):
                raise ValueError
            data = base64.b64decode(value.encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError):
            return f"trường “{field}” không phải base64"
        if len(data) != size:
            return f"trường “{field}” sai độ dài"
    return None


def write(path: Path, kf: KeyFile) -> None:
    write_atomic(Path(path), kf.to_bytes())


def _b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


__all__ = ["SCRYPT_N_RANGE", "KeyFile", "KeyFileError", "key_path", "new_data_key", "new_recovery_key",
           "normalize_recovery_key", "create", "rewrap", "unlock", "read", "write", "is_encrypted", "resolve_key"]
