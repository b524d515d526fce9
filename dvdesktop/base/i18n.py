"""Marks user-facing core strings for Qt's lupdate without importing Qt.

The core speaks Vietnamese (the source language). The window translates a marked string
at display time with ``QCoreApplication.translate(context, text)``; pyside6-lupdate finds
the strings because they are written as ``QT_TRANSLATE_NOOP("Context", "text")``.
"""

from __future__ import annotations

from collections.abc import Callable

#: Signature of a translator: (context, source_text) -> translated text.
Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text


def identity(context: str, text: str) -> str:
    return text
