"""What goes into the frozen bundle: read by packaging/dvdesktop.spec and tests/test_packaging.py.

Plain data and two pure filter functions, no PyInstaller import, so the static tests can
check it without building. Load it by path (``packaging`` is also the name of a PyPI
package, so never ``import packaging.bundle``).
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Modules PyInstaller must take even if its analysis missed them: the window, which the
#: command imports inside ``cmd_gui`` (to spare other commands Qt's start-up). Everything
#: under dvdesktop is collected as well (collect_submodules).
HIDDEN_IMPORTS = (
    "dvdesktop.gui.app",
)

#: Packages whose modules must also exist as files on disk, not only inside the PYZ archive.
#: python-docx opens ``docx/parts/../templates/default-header.xml`` (page-number header of
#: the DOCX report): with no ``docx/parts`` folder that path does not resolve on Linux.
MODULE_COLLECTION_MODE = {"docx.parts": "pyz+py"}


def own_modules() -> list[str]:
    """Every module of the dvdesktop package in this checkout (hidden imports as well).

    Walks the source tree rather than importing it, so the list is the tree being built.
    """
    names = []
    for path in sorted((ROOT / "dvdesktop").rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if "__pycache__" in parts:
            continue
        if parts[-1] == "__init__":
            parts.pop()
        elif parts[-1] == "__main__":
            continue
        names.append(".".join(parts))
    return names


#: Data the program finds through dvdesktop.base.paths.root_dir() (sys._MEIPASS when frozen):
#: (source relative to the repository, glob of files to take, folder in the bundle).
#: ``required`` ones make the build fail when missing; the others are only warned about.
DATAS = (
    # source, pattern, destination, required
    ("resources", "**/*", "resources", True),   # fonts (reports), icons (window)
    ("ui", "*.ui", "ui", True),                 # Qt Designer forms, loaded with QUiLoader
    ("i18n", "*.qm", "i18n", True),             # compiled translations (pyside6-lrelease)
    ("docs", "huong-dan-su-dung.md", "docs", True),  # the user guide (Trợ giúp)
    ("docs", "huong-dan-su-dung/**/*", "docs", False),  # its pictures, if any
)

#: Files under resources/ that are sources, not needed at run time.
RESOURCE_EXCLUDES = ("*.svg~", "*.xcf", "*.kra", "*.psd", "README*", ".gitkeep")

#: Python packages of the test suite, benchmarks and build tools, and standard-library
#: parts the program never uses. Keeping them out also keeps the bundle honest: a stray
#: import of pytest in program code fails the smoke test instead of shipping pytest.
EXCLUDES = (
    "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "pyinstrument", "iniconfig",
    "pygments", "PyInstaller", "pip", "setuptools", "pkg_resources", "_distutils_hack",
    "distutils", "lib2to3", "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib",
    "pydoc_data", "test", "unittest.test", "IPython", "matplotlib", "numpy",
    # Pillow is only used to save the report's chart as PNG (for DOCX): its AVIF and WebP
    # codecs (6 MB of libraries) and Tk bridge are not needed; Pillow skips missing plugins.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingtk",
    "PIL.ImageTk", "PIL.ImageQt",
    # lxml: python-docx and openpyxl use lxml.etree only; its hook collects every submodule.
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax",
    # Qt bindings we do not use (PyInstaller refuses to mix bindings anyway).
    "PyQt5", "PyQt6", "PySide2",
    # Qt modules the window does not use. It uses QtCore, QtGui, QtWidgets, QtUiTools
    # (forms loaded at run time) and QtPrintSupport (printing the report).
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQmlFeatures", "PySide6.QtQuick",
    "PySide6.QtQuickControls2", "PySide6.QtQuickTest", "PySide6.QtQuickWidgets",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtConcurrent", "PySide6.QtDBus", "PySide6.QtXml", "PySide6.QtLabsStyleKit",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSvgWidgets",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets", "PySide6.QtMultimedia", "PySide6.Qt3DCore",
    "PySide6.QtCharts", "PySide6.QtBluetooth", "PySide6.QtPositioning",
    "PySide6.QtSerialPort", "PySide6.QtWebSockets", "PySide6.QtHttpServer",
    "PySide6.QtStateMachine", "PySide6.QtScxml", "PySide6.QtRemoteObjects",
)

#: Qt plugin folders (under PySide6/Qt/plugins, or PySide6/plugins on Windows) and which of
#: their files to keep. A folder not listed is dropped whole (sqldrivers, tls,
#: networkinformation, qmltooling, designer, generic input devices, eglfs, ...).
QT_PLUGINS_KEEP = {
    # Windows: qwindows; Linux: xcb/wayland for a desktop, offscreen/minimal for tests.
    "platforms": ("*qwindows*", "*qxcb*", "*qwayland*", "*qoffscreen*", "*qminimal.*",
                  "*qminimal.dll"),
    "styles": ("*",),                      # qmodernwindowsstyle (Windows 10/11 look)
    "imageformats": ("*qico*", "*qjpeg*", "*qgif*", "*qsvg*"),  # PNG is built into QtGui
    "iconengines": ("*qsvgicon*",),
    "printsupport": ("*",),                # windowsprintersupport / cups
    # Linux desktops: the portal theme (file dialogs through xdg-desktop-portal). The GTK3
    # theme is left out: it drags half of GTK into the bundle.
    "platformthemes": ("*xdgdesktopportal*",),
    "platforminputcontexts": ("*compose*", "*ibus*"),  # typing Vietnamese on Linux (IBus)
    "xcbglintegrations": ("*",),
    "wayland-decoration-client": ("*",),
    "wayland-graphics-integration-client": ("*",),
    "wayland-shell-integration": ("*",),
}

#: Qt's own translations: the window loads qtbase_<lang> for "vi" and "en" (Qt ships no
#: Vietnamese catalogue today, so only English is found; the rest is 13 MB of others).
QT_TRANSLATIONS_KEEP = re.compile(r"^(qt|qtbase)_(vi|en)(_\w+)?\.qm$")

#: babel's CLDR data: dvdesktop.core.fmt formats with "vi_VN" and "en" only (always an
#: explicit locale); "root" is the parent of every locale.
BABEL_LOCALES_KEEP = ("root", "vi", "vi_VN", "en", "en_US", "en_001")

#: Single libraries never loaded by the program (the dependency scanner pulls them in
#: through Qt modules we exclude): matched against the file name.
BINARY_EXCLUDES = (
    "*Qt6Qml*", "*Qt6Quick*", "*Qt6Pdf*", "*Qt6Network*", "*Qt6VirtualKeyboard*",
    "*Qt6Designer*", "*Qt6Sql*", "*Qt6Test*", "*Qt6WebEngine*", "*Qt6Multimedia*",
    "*Qt6Help*", "*Qt6Labs*", "*Qt6Lottie*", "*pyside6qml*",
    "opengl32sw.dll",                      # 20 MB software OpenGL; widgets do not need GL
)


def _qt_rel(dest: str) -> tuple[str, str] | None:
    """('plugins'|'translations', rest) for a file of the Qt tree in the bundle, else None."""
    parts = dest.replace("\\", "/").split("/")
    if not parts or parts[0] != "PySide6":
        return None
    for i, part in enumerate(parts[1:], start=1):
        if part in ("plugins", "translations"):
            return part, "/".join(parts[i + 1:])
    return None


def keep_binary(dest: str) -> bool:
    """Whether a (destination name in the bundle) binary stays in the bundle."""
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    if any(fnmatch.fnmatch(name, pat) for pat in BINARY_EXCLUDES):
        return False
    rel = _qt_rel(dest)
    if rel and rel[0] == "plugins":
        group, _, filename = rel[1].partition("/")
        patterns = QT_PLUGINS_KEEP.get(group)
        if patterns is None:
            return False
        return any(fnmatch.fnmatch(filename, pat) for pat in patterns)
    return True


def keep_data(dest: str) -> bool:
    """Whether a (destination name in the bundle) data file stays in the bundle."""
    path = dest.replace("\\", "/")
    rel = _qt_rel(path)
    if rel:
        kind, rest = rel
        if kind == "translations":
            return bool(QT_TRANSLATIONS_KEEP.match(rest))
        if kind == "plugins":
            return keep_binary(path)
    if path.startswith(("PySide6/Qt/qml/", "PySide6/qml/")):
        return False
    if path.startswith("babel/locale-data/") and path.endswith(".dat"):
        return path[len("babel/locale-data/"):-len(".dat")] in BABEL_LOCALES_KEEP
    return True


def data_files() -> tuple[list[tuple[str, str]], list[str]]:
    """(PyInstaller ``datas`` as (file, folder in bundle) pairs, list of missing items)."""
    datas: list[tuple[str, str]] = []
    missing: list[str] = []
    for source, pattern, dest, required in DATAS:
        base = ROOT / source
        files = sorted(
            p for p in base.glob(pattern)
            if p.is_file() and not any(fnmatch.fnmatch(p.name, ex) for ex in RESOURCE_EXCLUDES)
        ) if base.is_dir() else []
        if not files:
            if required:
                missing.append(f"{source}/{pattern}")
            continue
        for f in files:
            # The same sub-folders in the bundle as in the repository (resources/fonts/...).
            datas.append((str(f), str(Path(dest) / f.parent.relative_to(base))))
    return datas, missing
