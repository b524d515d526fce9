"""Small file-system steps that make a write durable: fsync, atomic replace, best-effort wipe."""

from __future__ import annotations

import os
from pathlib import Path

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


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` under a temporary name, fsync, then rename over ``path``."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        remove_quietly(tmp)
        raise
    fsync_dir(path.parent)


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
