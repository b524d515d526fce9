"""Key continuity: a unit announces its new signing key in a statement signed by its old one.

When a unit replaces its key (``rotate_signing_key``, ``dvdesktop rotate-key``), it writes
a short statement naming the unit, the old and the new public key, and signs it with the
old secret key, which is then destroyed. Every later package carries every such statement
of the unit (``data/keys/rotation-<n>.txt`` and its ``.minisig``), inside the payload, so
the new key's signature of the package covers them too. An office that trusts the old key
follows the chain to the new one and needs no phone call: only the holder of the old key
could have written the statement, and only the holder of the new key the package.

Statement (UTF-8, one ``name: value`` per line)::

    dvdesktop-key-rotation: 1
    unit: CB-01
    old-key: RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3
    new-key: RWRwh3P8RiVg7pGHMXo7PZ8wFmKHbSOHRn6Zv9lIqVEyPpqzn1RPqYvO
    date: 2026-07-05T08:30:00Z

signed with minisign (prehashed Ed25519) by the old key, trusted comment
``dvdesktop key-rotation unit=CB-01 old=<old key id> new=<new key id>``; anyone can
check it with ``minisign -V -p old.pub -m rotation-1.txt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import quote, unquote

import minisign

from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.core.ledger import Ledger
from dvdesktop.packages.errors import PackageError
from dvdesktop.packages.keys import (
    FINGERPRINT_SETTING,
    PUBLIC_KEY_SETTING,
    SECRET_KEY_SETTING,
    ensure_signing_key,
    fingerprint,
    key_id,
    load_public_key,
    public_key_to_text,
)

__all__ = [
    "PENDING_SETTING",
    "ROTATIONS_SETTING",
    "KeyRotation",
    "follow_chain",
    "parse_rotation",
    "payload_files",
    "rotate_signing_key",
]

#: Ledger setting: the unit's rotations, oldest first: [{"statement": str, "signature": str}].
ROTATIONS_SETTING = "signing_key_rotations"
#: Ledger setting: a rotation being applied (survives a crash between the settings' writes).
PENDING_SETTING = "signing_key_rotation_pending"
#: Where rotations travel inside a package's payload (``data/`` + this + n + suffix).
PAYLOAD_PREFIX = "keys/rotation-"

_HEADER = "dvdesktop-key-rotation: 1"
_FIELDS = ("unit", "old-key", "new-key", "date")
_COMMENT = re.compile(r"dvdesktop key-rotation unit=(\S+) old=([0-9A-F]{16}) new=([0-9A-F]{16})")


@dataclass(frozen=True)
class KeyRotation:
    """One checked statement: ``unit_code`` replaced ``old_key_id`` by ``new_key_id``."""

    unit_code: str
    old_key_text: str  # minisign public key file text
    new_key_text: str
    old_key_id: str
    new_key_id: str
    date: str
    statement: bytes
    signature: bytes

    @property
    def old_fingerprint(self) -> str:
        return fingerprint(self.old_key_text)

    @property
    def new_fingerprint(self) -> str:
        return fingerprint(self.new_key_text)


def _bad(detail: str) -> PackageError:
    return PackageError(
        QT_TRANSLATE_NOOP("Packages", "Gói không hợp lệ: thông báo đổi khóa ký sai ({detail})."),
        code="bad_rotation",
        detail=detail,
    )


def parse_rotation(statement: bytes, signature: bytes) -> KeyRotation:
    """Check a statement and its signature by the old key it names; return what it says.

    :raises PackageError: (``bad_rotation``) malformed, or not signed by its old key
    """
    try:
        lines = statement.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise _bad("không phải UTF-8") from None
    if not lines or lines[0] != _HEADER:
        raise _bad("dòng đầu")
    values: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(": ")
        if not sep or name not in _FIELDS or name in values:
            raise _bad(f"dòng “{line[:40]}”")
        values[name] = value
    if set(values) != set(_FIELDS):
        raise _bad("thiếu trường")
    try:
        old_pk, new_pk = load_public_key(values["old-key"]), load_public_key(values["new-key"])
        sig = minisign.Signature.from_bytes(signature)
    except (PackageError, minisign.Error, ValueError):
        raise _bad("khóa hoặc chữ ký") from None
    old_id, new_id = key_id(old_pk), key_id(new_pk)
    if old_id == new_id:
        raise _bad("khóa mới trùng khóa cũ")
    if key_id(sig) != old_id:
        raise _bad("không được ký bằng khóa cũ")
    try:
        old_pk.verify(statement, sig)
    except (minisign.Error, ValueError):
        raise _bad("chữ ký không khớp") from None
    unit = unquote(values["unit"])
    m = _COMMENT.fullmatch(sig.trusted_comment)
    if not m or unquote(m.group(1)) != unit or m.group(2) != old_id or m.group(3) != new_id:
        raise _bad("ghi chú tin cậy")
    return KeyRotation(unit, public_key_to_text(old_pk), public_key_to_text(new_pk), old_id, new_id,
                       values["date"], statement, signature)


def _statement(*, unit_code: str, old: minisign.PublicKey, new: minisign.PublicKey, when: datetime) -> bytes:
    lines = [
        _HEADER,
        f"unit: {quote(unit_code, safe='-._~')}",
        f"old-key: {old.to_base64().decode('ascii')}",
        f"new-key: {new.to_base64().decode('ascii')}",
        f"date: {when.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace('+00:00', 'Z')}",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def rotate_signing_key(ledger: Ledger, *, now: datetime | None = None) -> KeyRotation:
    """Replace the unit's signing key by a new one, announced under the old one.

    The statement is signed by the old secret key, kept in the Ledger (setting
    ``signing_key_rotations``) to travel in every later package, and the old secret key
    is overwritten by the new one. The office that trusts the old key accepts the new one
    from the first package that carries the statement.

    :raises PackageError: the unit has no code (a statement names its unit)
    """
    unit = dict(ledger.unit() or {})
    code = str(unit.get("code") or "").strip()
    if not code:
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Chưa nhập mã đơn vị trong thông tin đơn vị; không đổi khóa ký được."),
            code="no_unit_code",
        )
    _finish_pending(ledger)
    old_pk = ensure_signing_key(ledger)
    old_sk = minisign.SecretKey.from_bytes(str(ledger.get_setting(SECRET_KEY_SETTING)).encode("ascii"))
    pair = minisign.KeyPair.generate()
    try:
        statement = _statement(unit_code=code, old=old_pk, new=pair.public_key, when=now or datetime.now(timezone.utc))
        comment = f"dvdesktop key-rotation unit={quote(code, safe='-._~')} old={key_id(old_pk)} new={key_id(pair.public_key)}"
        signature = bytes(old_sk.sign(statement, prehash=True, trusted_comment=comment,
                                      untrusted_comment=f"key rotation signed by old key {key_id(old_pk)}")) + b"\n"
        pending = {
            "secret": bytes(pair.secret_key).decode("ascii"),
            "public": public_key_to_text(pair.public_key),
            "statement": statement.decode("utf-8"),
            "signature": signature.decode("ascii"),
        }
    finally:
        old_sk.wipe()
        pair.secret_key.wipe()
    # One setting first, then the rest: a crash in between is finished on the next use.
    ledger.set_setting(PENDING_SETTING, pending)
    _finish_pending(ledger)
    return parse_rotation(statement, signature)


def _finish_pending(ledger: Ledger) -> None:
    pending = ledger.get_setting(PENDING_SETTING, None)
    if not isinstance(pending, dict):
        return
    rotations = list(ledger.get_setting(ROTATIONS_SETTING, None) or [])
    entry = {"statement": pending["statement"], "signature": pending["signature"]}
    if entry not in rotations:
        rotations.append(entry)
        ledger.set_setting(ROTATIONS_SETTING, rotations)
    ledger.set_setting(SECRET_KEY_SETTING, pending["secret"])
    ledger.set_setting(PUBLIC_KEY_SETTING, pending["public"])
    ledger.set_setting(FINGERPRINT_SETTING, fingerprint(pending["public"]))
    ledger.set_setting(PENDING_SETTING, None)


def payload_files(ledger: Ledger) -> dict[str, bytes]:
    """The unit's rotations as package payload files (``keys/rotation-1.txt``, ...)."""
    _finish_pending(ledger)
    out: dict[str, bytes] = {}
    for n, entry in enumerate(ledger.get_setting(ROTATIONS_SETTING, None) or [], start=1):
        out[f"{PAYLOAD_PREFIX}{n}.txt"] = str(entry["statement"]).encode("utf-8")
        out[f"{PAYLOAD_PREFIX}{n}.txt.minisig"] = str(entry["signature"]).encode("ascii")
    return out


def from_payload(files: dict[str, bytes]) -> list[KeyRotation]:
    """The rotations a package carries, checked, in order (``files`` by bag path).

    :raises PackageError: a statement without its signature, or one that does not check
    """
    prefix = "data/" + PAYLOAD_PREFIX
    numbers = sorted({int(m.group(1)) for name in files
                      if (m := re.fullmatch(re.escape(prefix) + r"([1-9][0-9]{0,3})\.txt(?:\.minisig)?", name))})
    out = []
    for n in numbers:
        text, sig = files.get(f"{prefix}{n}.txt"), files.get(f"{prefix}{n}.txt.minisig")
        if text is None or sig is None:
            raise _bad(f"thiếu tệp của lần đổi {n}")
        out.append(parse_rotation(text, sig))
    return out


def follow_chain(rotations: list[KeyRotation], *, unit_code: str, trusted_key_text: str,
                 signer_key_id: str) -> list[KeyRotation] | None:
    """The rotations that lead from the trusted key to the signer's key, or None.

    Each step must start at the key reached so far (its exact public key, not only its
    id) and name ``unit_code``; a statement about another unit or another key is ignored.
    """
    current = load_public_key(trusted_key_text)
    path: list[KeyRotation] = []
    for r in rotations:
        if r.unit_code != unit_code or r.old_key_id != key_id(current):
            continue
        if load_public_key(r.old_key_text).to_base64() != current.to_base64():
            continue
        path.append(r)
        current = load_public_key(r.new_key_text)
        if key_id(current) == signer_key_id:
            return path
    return None
