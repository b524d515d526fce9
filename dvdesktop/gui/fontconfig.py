"""Fontconfig's configuration read on a worker thread while Qt loads (Linux).

The window's first text (a label, a menu title) has Qt ask fontconfig for fonts; the first
such call reads fontconfig's configuration and caches, about 6 ms measured, on the UI thread
before the first frame. ``FcInit()`` called through ctypes releases the GIL, so started
before PySide6 is imported it runs beside Qt's own loading, and Qt's first text finds the
configuration ready (fontconfig keeps one, thread-safe). Elsewhere (Windows, macOS: no
fontconfig) and when the library cannot be loaded it does nothing.
Imported before Qt (``cli/window.py``): no PySide6 here.
"""

from __future__ import annotations

import sys
import threading

_worker: threading.Thread | None = None


def _init() -> None:
    try:
        import ctypes  # also what gui.app.guard_refcounts needs later

        ctypes.CDLL("libfontconfig.so.1").FcInit()
    except (OSError, AttributeError):
        pass  # no fontconfig here: Qt finds its fonts its own way


def start() -> None:
    """Begin reading fontconfig's configuration on a worker (Linux); returns at once."""
    global _worker
    if _worker is None and sys.platform.startswith("linux"):
        _worker = threading.Thread(target=_init, name="dvdesktop-fontconfig", daemon=True)
        _worker.start()


def wait() -> None:
    """Until the configuration is read (before Qt's first text; about never waits)."""
    if _worker is not None:
        _worker.join()
