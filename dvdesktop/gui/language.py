"""Which language the window speaks: the choice kept in QSettings and its translators.

Vietnamese is the source language: with no translator installed the window is Vietnamese.
English loads ``i18n/dvdesktop_en.qm``. The choice is kept in QSettings (per Windows user,
not in the unit's file, because it is needed before a file is opened) and applied on restart.

Light on purpose (Qt only): it is installed before the window's first frame, before the
core is imported; ``gui/i18n.py`` adds the helpers that translate the core's text.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from dvdesktop.base.paths import root_dir

I18N_DIR = root_dir() / "i18n"
LANGUAGES = ("vi", "en")

_language = "vi"
_translators: list[QTranslator] = []


def settings() -> QSettings:
    return QSettings("dvdesktop", "dvdesktop")


def saved_language() -> str:
    value = settings().value("language", "vi")
    return value if value in LANGUAGES else "vi"


def save_language(lang: str) -> None:
    settings().setValue("language", lang if lang in LANGUAGES else "vi")


def prepare_system_locale(lang: str) -> None:
    """Before the application starts: on Linux, dates in Qt's own dialogs (the file
    dialog's "Ngày sửa") follow the system locale read at start, which is often C
    ("1 12 2026"); in Vietnamese they are written the Vietnamese way ("1/12/26")."""
    if lang == "vi" and sys.platform.startswith("linux") and not os.environ.get("LC_ALL"):
        os.environ["LC_TIME"] = "vi_VN.UTF-8"


def install(lang: str | None) -> str:
    """Install the translator for ``lang`` ("vi" or "en"); returns the language in use."""
    global _language
    app = QCoreApplication.instance()
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    lang = lang if lang in LANGUAGES else "vi"
    qt_catalogue = ("qt_vi", str(I18N_DIR)) if lang == "vi" else (f"qtbase_{lang}", _qt_translations())
    for name, folder in ((f"dvdesktop_{lang}", str(I18N_DIR)), qt_catalogue):
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
            _translators.append(tr)
    _language = lang
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Vietnamese,
                               QLocale.Country.UnitedStates if lang == "en" else QLocale.Country.Vietnam))
    return lang


def _qt_translations() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def language() -> str:
    return _language


def locale() -> str:
    """Babel locale for fmt: numbers follow the window's language."""
    return "en" if _language == "en" else "vi_VN"
