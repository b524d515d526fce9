"""The unit's signing key: one Ed25519 key pair in minisign format, kept in Ledger settings.

The secret key never leaves the unit's (encrypted) database; the public key text is what
the unit hands to its superior office once, and the fingerprint is what the two read to
each other over the phone to be sure the file on the USB stick was not swapped.

Key ids are shown the way the ``minisign`` command line shows them: the 8 id bytes read
as a little-endian 64-bit number, in upper-case hex. py-minisign writes the bytes in file
order instead, so we write our own comment line to keep both tools saying the same id.
"""

from __future__ import annotations

from pathlib import Path

import minisign

from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.packages.errors import PackageError

__all__ = [
    "FINGERPRINT_SETTING",
    "PUBLIC_KEY_SETTING",
    "SECRET_KEY_SETTING",
    "ensure_signing_key",
    "fingerprint",
    "key_id",
    "load_public_key",
    "public_key_text",
    "read_public_key_file",
    "secret_key",
]

SECRET_KEY_SETTING = "signing_secret_key"
PUBLIC_KEY_SETTING = "signing_public_key"
FINGERPRINT_SETTING = "signing_fingerprint"


def _key_id_of(raw: bytes) -> str:
    # minisign prints le64_load(key_id) with %PRIX64; we zero-pad to a fixed width.
    return f"{int.from_bytes(raw, 'little'):016X}"


def key_id(key: minisign.PublicKey | minisign.Signature | str) -> str:
    """The 16-hex-digit key id as ``minisign`` prints it, e.g. ``"0FAF72A96FA01FF7"``.

    :param key: a public key, a signature, or public key text
    """
    if isinstance(key, str):
        key = load_public_key(key)
    if isinstance(key, minisign.Signature):
        return _key_id_of(key._key_id)  # noqa: SLF001 - py-minisign has no accessor
    return _key_id_of(key._keynum_pk.key_id)  # noqa: SLF001


def fingerprint(key: minisign.PublicKey | minisign.Signature | str) -> str:
    """The key id in groups of four, easy to read aloud: ``"0FAF 72A9 6FA0 1FF7"``."""
    kid = key_id(key)
    return " ".join(kid[i : i + 4] for i in range(0, 16, 4))


def load_public_key(text: str | bytes) -> minisign.PublicKey:
    """Parse minisign public key text (two lines) or the bare base64 line.

    Raises ``PackageError`` with a Vietnamese message when it is not a minisign key.
    """
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    lines = [line.strip() for line in data.strip().splitlines() if line.strip()]
    try:
        if len(lines) == 1:
            return minisign.PublicKey.from_base64(lines[0])
        if len(lines) == 2:
            return minisign.PublicKey.from_bytes(b"\n".join(lines))
    except (minisign.Error, ValueError):
        pass
    raise PackageError(
        QT_TRANSLATE_NOOP(
            "Packages",
            "Khóa công khai không hợp lệ: cần tệp khóa minisign gồm hai dòng "
            "(“untrusted comment: …” và dòng bắt đầu bằng “RW”).",
        ),
        code="bad_public_key",
    )


def read_public_key_file(path: str | Path) -> str:
    """The text of a ``.pub`` file, read only if it is a small regular file.

    A FIFO or a device given as ``--pubkey`` would block or never end; a key file is two
    short lines.

    :raises PackageError: not a regular file, too large, unreadable, not ASCII
    """
    import os
    import stat as stat_mod

    p = Path(path)
    try:
        st = os.stat(p)
        if not stat_mod.S_ISREG(st.st_mode) or st.st_size > 64 * 1024:
            raise PackageError(
                QT_TRANSLATE_NOOP("Packages", "Tệp khóa {path} không phải một tệp khóa công khai (.pub)."),
                code="bad_public_key",
                path=str(p),
            )
        return p.read_bytes()[: 64 * 1024 + 1].decode("ascii")
    except OSError as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Không đọc được tệp {path}: {detail}"),
            code="unreadable",
            path=str(p),
            detail=exc.strerror or str(exc),
        ) from exc
    except UnicodeDecodeError:
        raise PackageError(
            QT_TRANSLATE_NOOP("Packages", "Tệp khóa {path} không phải một tệp khóa công khai (.pub)."),
            code="bad_public_key",
            path=str(p),
        ) from None


def public_key_to_text(pk: minisign.PublicKey) -> str:
    """Two-line minisign public key text, with the id as the ``minisign`` CLI prints it."""
    b64 = pk.to_base64().decode("ascii")
    return f"untrusted comment: minisign public key {key_id(pk)}\n{b64}\n"


def ensure_signing_key(ledger: object) -> minisign.PublicKey:
    """Return the unit's public key, creating the key pair the first time.

    A new pair is written to the Ledger settings ``signing_secret_key``,
    ``signing_public_key`` and ``signing_fingerprint``. Later calls never replace it:
    the office trusts this one key, and a silent change would make it quarantine every
    later package from the unit.

    :param ledger: the unit's ``Ledger`` (anything with ``get_setting``/``set_setting``)
    """
    existing = ledger.get_setting(PUBLIC_KEY_SETTING, None)  # type: ignore[attr-defined]
    if existing and ledger.get_setting(SECRET_KEY_SETTING, None):  # type: ignore[attr-defined]
        return load_public_key(existing)
    pair = minisign.KeyPair.generate()
    secret_text = bytes(pair.secret_key).decode("ascii")
    public_text = public_key_to_text(pair.public_key)
    # Secret first: a crash between the writes leaves a secret without a public key,
    # which the next call regenerates, never a public key without its secret.
    ledger.set_setting(SECRET_KEY_SETTING, secret_text)  # type: ignore[attr-defined]
    ledger.set_setting(PUBLIC_KEY_SETTING, public_text)  # type: ignore[attr-defined]
    ledger.set_setting(FINGERPRINT_SETTING, fingerprint(pair.public_key))  # type: ignore[attr-defined]
    pair.secret_key.wipe()
    return load_public_key(public_text)


def public_key_text(ledger: object) -> str:
    """The unit's minisign public key file text (created on first use)."""
    return public_key_to_text(ensure_signing_key(ledger))


def secret_key(ledger: object) -> minisign.SecretKey:
    """The unit's secret key, ready to sign (created on first use). Wipe it after use."""
    ensure_signing_key(ledger)
    text = ledger.get_setting(SECRET_KEY_SETTING, None)  # type: ignore[attr-defined]
    try:
        return minisign.SecretKey.from_bytes(str(text).encode("ascii"))
    except (minisign.Error, ValueError, UnicodeEncodeError) as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "Packages",
                "Khóa ký của đơn vị trong tệp dữ liệu bị hỏng; không ký được gói báo cáo.",
            ),
            code="bad_secret_key",
        ) from exc
