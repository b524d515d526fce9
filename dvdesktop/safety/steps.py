"""What the window and the command line do to a data file as one step each (Qt-free).

Restoring, encrypting and changing the passphrase replace the file on disk, so each step
closes the file's Ledger, does the work and opens the file again with the key it has now;
if the work fails the file is as it was and is opened again with the key it had. The
``DataFile`` object is the same before and after (its key and Ledger change), so whoever
holds it (the window's operations layer) holds the reopened file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from dvdesktop.safety import backup, crypto
from dvdesktop.safety.datafile import DataFile, Key, unlock

T = TypeVar("T")


def _swap(file: DataFile, work: Callable[[DataFile], T], key_after: Callable[[T], Key]) -> T:
    file.close()
    try:
        result = work(file)
    except BaseException:
        file.open()  # unchanged on disk: open it again as it was
        raise
    file.key = key_after(result)
    file.open()
    return result


def restore(file: DataFile, *, source: Path, secret: str | None = None, folder: Path | None = None) -> Path:
    """Replace ``file`` by the backup ``source`` (checked first); returns the copy kept of it.

    :param secret: the passphrase or recovery key of an encrypted ``source``
    """

    before = file.key
    source_encrypted = crypto.is_encrypted(source)

    def work(closed: DataFile) -> Path:
        return backup.restore_backup(closed, source=Path(source), passphrase=secret, folder=folder)

    def key_after(_kept: Path) -> Key:
        # A plain backup restored over an encrypted file is encrypted with the file's key on
        # the way in; an encrypted backup brings its own.
        if not crypto.is_encrypted(file.path):
            return None
        return unlock(file.path, secret).key if source_encrypted else before

    return _swap(file, work, key_after)


def encrypt(file: DataFile, *, passphrase: str, backups_folder: Path | None = None) -> crypto.EncryptResult:
    """Encrypt the plain ``file`` in place; the result's ``recovery_key`` is shown once."""
    return _swap(file, lambda closed: crypto.encrypt_existing(closed, passphrase, backups_folder=backups_folder),
                 lambda result: result.file.key)


def change_passphrase(file: DataFile, *, old: str, new: str, new_recovery_key: bool = False) -> str | None:
    """Give the encrypted ``file`` a new passphrase; ``old`` is the current one or the recovery
    key. Returns a new recovery key to show once, or None when the old one stays valid.

    :raises WrongPassphraseError: ``old`` opens neither slot (checked before anything closes)
    """
    unlocked = unlock(file.path, old)  # a wrong current passphrase is told first
    return _swap(file, lambda _closed: crypto.change_passphrase(unlocked, new, new_recovery_key=new_recovery_key),
                 lambda _recovery: unlock(file.path, new).key)


__all__ = ["change_passphrase", "encrypt", "restore"]
