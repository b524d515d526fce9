"""The helpers that translate core text at display time, in the window's language.

The language itself (its choice, the translators) is ``gui/language.py``, re-exported here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from dvdesktop.core import fmt
from dvdesktop.core.domain import FieldSpec, KindSpec, choice_label
from dvdesktop.core.periods import Period
from dvdesktop.gui.language import (
    I18N_DIR,
    LANGUAGES,
    install,
    language,
    locale,
    prepare_system_locale,
    save_language,
    saved_language,
    settings,
)

translate = QCoreApplication.translate

__all__ = ["I18N_DIR", "LANGUAGES", "install", "language", "locale", "prepare_system_locale", "save_language",
           "saved_language", "settings", "core", "label", "kind_label", "choice", "number", "percent", "date",
           "period_label"]


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
