"""Folding Vietnamese text for diacritic-insensitive search ("dang uy" finds "Đảng ủy")."""

from __future__ import annotations

import re
import unicodedata

# đ/Đ are letters of their own, not d plus a mark, so NFD does not strip them.
_TRANSLATE = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})
_WORD = re.compile(r"\w+", re.UNICODE)


def _fold_slow(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.translate(_TRANSLATE).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _Folded(dict):  # type: ignore[type-arg]
    """Code point -> its folded text, filled on first use. Folding works character by
    character (case folding and NFD decompose each character alone; every combining mark
    is dropped, so their reordering never shows), so ``str.translate`` with this table
    gives what ``_fold_slow`` gives, in one C loop."""

    def __missing__(self, code: int) -> str:
        value = self[code] = _fold_slow(chr(code))
        return value


_FOLDED = _Folded()


def fold(text: str) -> str:
    """Lower-case ``text`` and strip every diacritic, đ included.

    >>> fold("Dân vận khéo — Đảng ủy")
    'dan van kheo — dang uy'
    """
    return text.translate(_FOLDED)


def fts_query(text: str) -> str | None:
    """Turn what a user typed into an FTS5 query: every word must match as a prefix.

    Returns ``None`` when nothing searchable was typed. Words are quoted, so FTS5
    operators typed by the user (AND, NEAR, quotes, ``*``) are searched as text.
    """
    words = _WORD.findall(fold(text))
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)
