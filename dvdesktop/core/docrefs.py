"""Document references: Party style "25-NQ/TW" and State style "04/2015/NĐ-CP".

Users type them with stray spaces and any case ("124 - qđ/tw"); we store one spelling so
the pick list and the reports never show the same document twice.
"""

from __future__ import annotations

import re
import unicodedata

# Type and issuer abbreviations whose usual spelling is not all upper case.
_MIXED_CASE = {"CTR": "CTr", "QĐI": "QĐi", "TTR": "TTr", "TTG": "TTg"}
_LETTERS = r"A-Za-zĐđ"
_PARTY = re.compile(rf"^(\d{{1,5}}[a-z]?)-([{_LETTERS}]{{1,5}})/([{_LETTERS}0-9][{_LETTERS}0-9.\-]*)$")
_STATE = re.compile(
    rf"^(\d{{1,6}})(?:/(\d{{4}}))?/([{_LETTERS}]{{1,6}})-([{_LETTERS}0-9][{_LETTERS}0-9.\-]*)$"
)
_SPACES_AROUND = re.compile(r"\s*([-/])\s*")


def _canon_token(token: str) -> str:
    upper = token.upper()
    return _MIXED_CASE.get(upper, upper)


def _canon_issuer(issuer: str) -> str:
    return "-".join(_canon_token(part) for part in issuer.split("-"))


def normalize(text: str) -> str | None:
    """The canonical spelling of a document reference, or ``None`` if it is not one.

    >>> normalize(" 124 - qđ/tw ")
    '124-QĐ/TW'
    >>> normalize("16/CT - TTg")
    '16/CT-TTg'
    >>> normalize("25NQ/TW") is None
    True
    """
    if not isinstance(text, str):
        return None
    compact = _SPACES_AROUND.sub(r"\1", unicodedata.normalize("NFC", text).strip())
    compact = compact.removeprefix("số ").removeprefix("Số ").strip()
    if m := _PARTY.match(compact):
        number, doc_type, issuer = m.groups()
        return f"{number}-{_canon_token(doc_type)}/{_canon_issuer(issuer)}"
    if m := _STATE.match(compact):
        number, year, doc_type, issuer = m.groups()
        middle = f"/{year}" if year else ""
        return f"{number}{middle}/{_canon_token(doc_type)}-{_canon_issuer(issuer)}"
    return None
