"""Signing and checking the tag manifest with minisign (prehashed Ed25519, "ED").

Prehashed signatures are what ``minisign`` has written by default since 0.8, and what
``minisign -V`` (and ``-V -H``) accepts. The trusted comment is signed too (the "global
signature"), so it binds the signature to one unit, period, revision and package id:
a valid signature cannot be moved onto another package's tag manifest unnoticed.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

import minisign

from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.packages.errors import PackageError
from dvdesktop.packages.keys import key_id

__all__ = ["check_signature", "parse_trusted_comment", "sign", "trusted_comment"]

_COMMENT = re.compile(
    r"dvdesktop unit=(?P<unit>\S+) period=(?P<period>\S+) "
    r"revision=(?P<revision>[1-9][0-9]*) uuid=(?P<uuid>[0-9a-f-]{36})"
)


def trusted_comment(*, unit_code: str, period: str, revision: int, uuid: str) -> str:
    """``"dvdesktop unit=CB-01 period=2026-H1 revision=2 uuid=…"``.

    minisign comments must be printable ASCII; a unit code with other characters is
    percent-encoded (``quote``), which leaves ordinary codes such as "CB-01" unchanged.
    """
    unit = quote(unit_code, safe="-._~")
    per = quote(period, safe="-._~")
    return f"dvdesktop unit={unit} period={per} revision={revision} uuid={uuid}"


def parse_trusted_comment(text: str) -> dict[str, str]:
    """The fields of a trusted comment (decoded), or a ``PackageError``."""
    m = _COMMENT.fullmatch(text)
    if not m:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "Packages",
                "Chữ ký hợp lệ nhưng không phải chữ ký gói báo cáo dvdesktop "
                "(ghi chú tin cậy: “{comment}”).",
            ),
            code="bad_signature",
            comment=text[:200],
        )
    return {k: unquote(v) for k, v in m.groupdict().items()}


def sign(secret: minisign.SecretKey, data: bytes, *, comment: str) -> bytes:
    """The ``.minisig`` file bytes for ``data`` (four lines and a final newline)."""
    sig = secret.sign(
        data,
        prehash=True,
        untrusted_comment=f"signature from dvdesktop secret key {_sk_id(secret)}",
        trusted_comment=comment,
    )
    return bytes(sig) + b"\n"


def _sk_id(secret: minisign.SecretKey) -> str:
    return key_id(secret.get_public_key())


def load_signature(data: bytes) -> minisign.Signature:
    """Parse ``.minisig`` bytes, or raise ``PackageError`` (not a minisign signature)."""
    try:
        return minisign.Signature.from_bytes(data)
    except (minisign.Error, ValueError) as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Chữ ký số của gói bị hỏng hoặc sai định dạng."),
            code="bad_signature",
        ) from exc


def check_signature(public_key: minisign.PublicKey, data: bytes, signature: minisign.Signature) -> None:
    """Raise ``PackageError`` unless ``signature`` by ``public_key`` covers ``data``.

    A different key id gets its own message ("signed by another key"), because that is
    the usual case at the office: a unit that created a new key, or a forged package.
    """
    signer, expected = key_id(signature), key_id(public_key)
    if signer != expected:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "Packages",
                "Gói được ký bằng khóa {signer}, không phải khóa {expected} đã đăng ký "
                "cho đơn vị.",
            ),
            code="wrong_key",
            signer=_group(signer),
            expected=_group(expected),
        )
    try:
        public_key.verify(data, signature)
    except (minisign.Error, ValueError) as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "Packages",
                "Chữ ký số không khớp: gói đã bị sửa sau khi ký (tệp {file} hoặc chữ ký).",
            ),
            code="bad_signature",
            file="tagmanifest-sha256.txt",
        ) from exc


def _group(kid: str) -> str:
    return " ".join(kid[i : i + 4] for i in range(0, len(kid), 4))
