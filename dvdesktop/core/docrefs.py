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


#: The noun written before "số" for each Party type (Hướng dẫn 36-HD/VPTW's abbreviations).
PARTY_TYPE_NAMES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "QĐi": "Quy định", "CT": "Chỉ thị", "KL": "Kết luận",
    "QC": "Quy chế", "HD": "Hướng dẫn", "TB": "Thông báo", "TT": "Thông tri", "KH": "Kế hoạch",
    "CTr": "Chương trình hành động", "ĐA": "Đề án", "BC": "Báo cáo", "TTr": "Tờ trình",
    "CV": "Công văn", "BB": "Biên bản",
}
#: The same for state documents ("16/CT-TTg", "04/2015/NĐ-CP").
STATE_TYPE_NAMES = {
    "NĐ": "Nghị định", "QĐ": "Quyết định", "CT": "Chỉ thị", "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch", "NQ": "Nghị quyết", "KH": "Kế hoạch", "HD": "Hướng dẫn",
    "TB": "Thông báo", "BC": "Báo cáo", "TTr": "Tờ trình", "CV": "Công văn",
}
#: Central Party texts that are Quy định although their letters are QĐ (the letters QĐi came
#: later and are not used by every body). A unit can name any other document itself
#: (``Ledger.set_document``).
KNOWN_NAMES = {
    ref: "Quy định"
    for ref in ("37-QĐ/TW", "22-QĐ/TW", "41-QĐ/TW", "69-QĐ/TW", "80-QĐ/TW", "96-QĐ/TW",
                "102-QĐ/TW", "105-QĐ/TW", "124-QĐ/TW", "132-QĐ/TW", "144-QĐ/TW", "213-QĐ/TW",
                "366-QĐ/TW")
}


def type_name(ref: str) -> str:
    """The kind of document a reference names: "Nghị quyết" for 25-NQ/TW, "Quy định" for
    124-QĐ/TW, "Chỉ thị" for 16/CT-TTg; "Văn bản" when the letters are unknown."""
    canon = normalize(ref) or ref.strip()
    if canon in KNOWN_NAMES:
        return KNOWN_NAMES[canon]
    if m := _PARTY.match(canon):
        return PARTY_TYPE_NAMES.get(m.group(2), "Văn bản")
    if m := _STATE.match(canon):
        return STATE_TYPE_NAMES.get(m.group(3), "Văn bản")
    return "Văn bản"


def document_name(ref: str, chosen: str | None = None) -> str:
    """"Nghị quyết số 25-NQ/TW", "Quy định số 124-QĐ/TW"; ``chosen`` is the unit's own noun."""
    noun = (chosen or "").strip() or type_name(ref)
    return f"{noun} số {ref.strip()}"
