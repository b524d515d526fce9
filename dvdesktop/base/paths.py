"""Where things live: the per-user data folder and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def data_dir() -> Path:
    """The per-user data folder (database, backups), created on first use.

    ``DVDESKTOP_DATA_DIR`` overrides it (tests, portable installs on a USB stick).
    Windows: ``%LOCALAPPDATA%\\dvdesktop``; Linux: ``~/.local/share/dvdesktop``.
    """
    override = os.environ.get("DVDESKTOP_DATA_DIR")
    if override:
        path = Path(override)
    else:
        # Imported here: root_dir() is read before the window's first frame, this is not.
        import platformdirs

        path = Path(platformdirs.user_data_dir("dvdesktop", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def root_dir() -> Path:
    """The folder holding resources/, ui/ and i18n/: the bundle when frozen, else the repo."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    return root_dir().joinpath("resources", *parts)
