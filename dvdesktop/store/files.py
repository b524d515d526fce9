"""Small file-system steps that make a write durable: fsync, atomic replace, best-effort wipe.

Reports, packages, backups and key files all write through here, so a half-written file
never replaces a good one anywhere in the program.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from dvdesktop.base.errors import StorageError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP

#: Files SQLite keeps beside a database in WAL mode.
SIDECARS = ("-wal", "-shm", "-journal")


def sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in SIDECARS]


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (POSIX; Windows has no directory handle to sync)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(out: Path, data: bytes, *, private: bool = False) -> Path:
    """Write ``data`` to ``out`` via a temporary file in the same folder, fsync, rename.

    The rename is atomic on one file system, so a crash or a full USB stick leaves either
    the old file or the new one. OS failures become ``StorageError`` with a Vietnamese
    message the user can act on (folder read-only, disk full, file open in Word).
    ``private=True`` keeps the file readable by its owner only (personal data).
    """
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    tmp_name: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file owner-only; an ordinary report should open for anyone
        # the folder allows (on Windows this only toggles the read-only flag).
        os.chmod(tmp_name, 0o600 if private else 0o644)
        os.replace(tmp_name, out)
        tmp_name = None
        fsync_dir(folder)
    except (OSError, ValueError) as exc:  # ValueError: a name the OS cannot take (a NUL byte)
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Reports",
                "Không ghi được tệp {path}: {reason}. Hãy kiểm tra thư mục, dung lượng đĩa "
                "hoặc đóng tệp nếu đang mở trong chương trình khác.",
            ),
            path=str(out),
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    finally:
        if tmp_name is not None:
            remove_quietly(Path(tmp_name))
    return out


def remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass


def wipe_fd(fd: int) -> None:
    """Overwrite an open file's bytes with zeros and sync it (best effort).

    On a hard disk this destroys the old bytes; on an SSD or a copy-on-write file system
    the old blocks may survive elsewhere, which docs/backup-and-encryption.md says plainly.
    """
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    block = b"\0" * (1 << 16)
    left = size
    while left > 0:
        left -= os.write(fd, block[: min(left, len(block))])
    os.fsync(fd)


def hold(path: Path) -> int | None:
    """A read-write handle on ``path`` (None if it does not exist), to wipe it later.

    SQLite deletes a database's ``-wal`` when the last connection closes; a handle taken
    before lets us overwrite its blocks after the name is gone (``wipe_released``).
    POSIX only: on Windows a handle would stop SQLite from deleting the file.
    """
    if os.name == "nt":
        return None
    try:
        return os.open(path, os.O_RDWR)
    except OSError:
        return None


def wipe_released(fd: int, path: Path) -> bool:
    """Overwrite and close the held file ``fd`` unless ``path`` still names it (still in use).

    Returns True when the bytes were overwritten. Never raises for an OS error: this is
    hygiene after the real work is done.
    """
    try:
        try:
            still = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            still = False
        if still:
            return False
        wipe_fd(fd)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def wipe_and_remove(path: Path) -> None:
    """Zero a file's bytes, then delete it (best effort, never raises for a missing file)."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return
    except OSError:
        remove_quietly(path)
        return
    try:
        wipe_fd(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
    remove_quietly(path)
