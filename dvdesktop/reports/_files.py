"""Atomic file writes for reports: a half-written file never replaces a good one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from dvdesktop.core.errors import StorageError
from dvdesktop.core.i18n import QT_TRANSLATE_NOOP

__all__ = ["write_atomic"]


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
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Reports",
                "Không ghi được tệp {path}: {reason}. Hãy kiểm tra thư mục, dung lượng đĩa "
                "hoặc đóng tệp nếu đang mở trong chương trình khác.",
            ),
            path=str(out),
            reason=exc.strerror or str(exc),
        ) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return out
