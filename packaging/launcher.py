"""Entry script of the frozen program: both ``dvdesktop`` (window) and ``dvdesktop-cli``.

PyInstaller builds two executables from this one script (see packaging/dvdesktop.spec);
they differ only in the Windows subsystem: ``dvdesktop.exe`` has no console window (what
the Start-menu shortcut opens), ``dvdesktop-cli.exe`` is a console program for the commands
(``dvdesktop-cli report --db ... --period 2026 --out bc.pdf``). Both run
``dvdesktop.cli:main``, so with no subcommand either one opens the window.

``DVDESKTOP_FROZEN_INFO=1`` prints where the bundle looks for its files and exits; the smoke
test (packaging/build_and_smoke.sh) and support use it. ``DVDESKTOP_SMOKE_QUIT_MS=N`` asks
the window to close N ms after its event loop starts (the smoke test opens it offscreen).
"""

from __future__ import annotations

import io
import os
import sys


def _fix_streams() -> None:
    # A windowed (console=False) exe on Windows has no stdout/stderr at all: argparse's
    # --help/--version and any print() would raise. Send them nowhere instead.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    # Output redirected to a file or a pipe on Windows would use the ANSI code page
    # (cp1252/cp1258), which cannot encode all Vietnamese letters. The bundle runs in
    # UTF-8 mode (spec: "X utf8"), and this keeps it so even if that option were dropped.
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and isinstance(stream, io.TextIOWrapper):
            try:
                stream.reconfigure(encoding="utf-8")
            except (AttributeError, ValueError, OSError):
                pass


OPTIONAL_MODULES = (
    "openpyxl", "docx", "pypdfium2", "sqlcipher3", "minisign", "reportlab",
    "PIL.PngImagePlugin", "PySide6.QtPrintSupport", "PySide6.QtUiTools",
    "dvdesktop.reports.xlsx", "dvdesktop.safety.crypto", "dvdesktop.gui.app",
)


def _findable(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _frozen_info() -> int:
    import json

    from dvdesktop import __version__
    from dvdesktop.base.paths import root_dir

    root = root_dir()
    info: dict[str, object] = {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "root": str(root),
        "utf8_mode": sys.flags.utf8_mode,
        "stdout_encoding": sys.stdout.encoding,
        "resources": sorted(p.name for p in (root / "resources").iterdir()) if (root / "resources").is_dir() else [],
        "ui": sorted(p.name for p in (root / "ui").glob("*.ui")),
        "i18n": sorted(p.name for p in (root / "i18n").glob("*.qm")),
        "guide": (root / "docs" / "huong-dan-su-dung.md").is_file(),
        # Libraries the program imports lazily or probes with find_spec before offering a
        # feature (Excel export, print preview, encryption, Word reports).
        "modules": {name: _findable(name) for name in OPTIONAL_MODULES},
    }
    try:
        from PySide6.QtCore import QLibraryInfo

        tr = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
        info["qt_translations"] = sorted(os.listdir(tr)) if os.path.isdir(tr) else []
        info["qt_plugins"] = sorted(os.listdir(plugins)) if os.path.isdir(plugins) else []
    except ImportError as exc:  # pragma: no cover - a broken bundle
        info["qt_error"] = str(exc)
    print(json.dumps(info, ensure_ascii=False, indent=2))
    return 0


def _quit_later(delay_ms: int) -> None:
    """Quit the Qt application ``delay_ms`` after it exists (smoke test of the window).

    A watcher thread waits for the QApplication, then schedules a call on the GUI thread
    (``QTimer.singleShot`` with the application as context runs it there once the event
    loop is running), so the window has been shown. That call prints one line
    ``SMOKE {json}`` on stderr listing the visible windows with their titles and menu
    titles (the smoke test checks the window was there and which language it spoke), then
    quits through the normal shutdown path (waiting for operations, closing the file).
    """
    import threading
    import time

    def report_and_quit() -> None:  # on the GUI thread
        import json

        from PySide6.QtWidgets import QApplication, QMainWindow, QMenuBar

        windows = []
        for w in QApplication.topLevelWidgets():
            if not w.isVisible():
                continue
            entry = {"class": type(w).__name__, "title": w.windowTitle(),
                     "main": isinstance(w, QMainWindow), "modal": w.isModal()}
            bar = w.findChild(QMenuBar)
            if bar is not None:
                entry["menus"] = [a.text() for a in bar.actions() if a.text()]
            windows.append(entry)
        print("SMOKE " + json.dumps({"windows": windows, "forms": _load_forms()}, ensure_ascii=False),
              file=sys.stderr, flush=True)
        QApplication.quit()

    def _load_forms() -> dict[str, str]:
        # Every Qt Designer form of the bundle through the window's own loader (QtUiTools
        # and our custom widgets, frozen): "ok" or the error.
        try:
            from dvdesktop.gui.forms import load_ui
            from dvdesktop.base.paths import root_dir
        except ImportError as exc:
            return {"*": f"skipped: {exc}"}
        result = {}
        for path in sorted((root_dir() / "ui").glob("*.ui")):
            try:
                widget = load_ui(path.stem)
                widget.deleteLater()
                result[path.stem] = "ok"
            except Exception as exc:  # noqa: BLE001 - reported, the smoke test fails on it
                result[path.stem] = f"error: {type(exc).__name__}: {exc}"
        return result

    def watch() -> None:
        from PySide6.QtCore import QCoreApplication, QTimer

        time.sleep(delay_ms / 1000)
        while (app := QCoreApplication.instance()) is None:
            time.sleep(0.1)
        QTimer.singleShot(0, app, report_and_quit)

    threading.Thread(target=watch, name="smoke-quit", daemon=True).start()


def main() -> int:
    _fix_streams()
    if os.environ.get("DVDESKTOP_FROZEN_INFO"):
        return _frozen_info()
    smoke_ms = os.environ.get("DVDESKTOP_SMOKE_QUIT_MS", "")
    if smoke_ms.isdigit():
        _quit_later(int(smoke_ms))
    from dvdesktop.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
