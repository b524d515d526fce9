"""Which language the window speaks, and the helpers that translate core text at display time.

Vietnamese is the source language: with no translator installed the window is Vietnamese.
English loads ``i18n/dvdesktop_en.qm``. The choice is kept in QSettings (per Windows user,
not in the unit's file, because it is needed before a file is opened) and applied on restart.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from dvdesktop.base.paths import root_dir
from dvdesktop.core import fmt
from dvdesktop.core.domain import FieldSpec, KindSpec, choice_label
from dvdesktop.core.periods import Period

translate = QCoreApplication.translate

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


# ------------------------------------------------------------------ display helpers
def core(context: str, text: str) -> str:
    """A string the core marked with QT_TRANSLATE_NOOP, in the window's language."""
    return translate(context, text)


def label(spec: FieldSpec | KindSpec) -> str:
    """A FieldSpec's (or KindSpec's) label in the window's language."""
    return translate("Kinds", spec.label) if isinstance(spec, KindSpec) else translate("Fields", spec.label)


def kind_label(spec: KindSpec, plural: bool = False) -> str:
    return translate("Kinds", spec.plural if plural else spec.label)


def choice(key: str, value: Any) -> str:
    return translate("Choices", choice_label(key, value))


def number(n: int | float | None) -> str:
    return "" if n is None else fmt.number(n, locale=locale())


def percent(part: int, whole: int) -> str:
    return fmt.percent(part, whole, locale=locale())


def date(value: Any) -> str:
    """dd/MM/yyyy in both languages (what users type back); "" for no date."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return fmt.date_short(value, locale=locale())


def period_label(period: Period) -> str:
    return period.translated_label(translate)
