"""What of a record may leave the unit: an explicit list per kind, and pseudonyms for codes.

The superior's report is written from the summary's figures; the records that travel
beside it carry only what lets the office check and count those figures: dates, codes
chosen from lists, counts, and a few names of organisations and documents. A field that
is not listed here never leaves, so a field added later stays home until someone decides
otherwise (docs/packages.md, "What leaves a unit and what never does").

A reception's case code (mã vụ việc) and every record's ``uid`` leave only as keyed
pseudonyms: HMAC-SHA256 under a random key kept in the unit's own database (setting
``package_pseudonym_key``), never in a package. The same matter gets the same pseudonym in
every package of the unit, so the office can count visits of one vụ việc across periods
and ask the unit about "VV-7K2QMZD4XF" by phone; only the unit can turn it back into its
own case code (``find_case``). The superior cannot link it to a person: the pseudonym is
not derived from anything the superior has.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import operator
import secrets
from collections.abc import Callable, Mapping
from typing import Any

from dvdesktop.core.ledger import Ledger

__all__ = [
    "FREE_TEXT",
    "LEAVES",
    "PSEUDONYM_SETTING",
    "case_pseudonym",
    "find_case",
    "minimise",
    "minimise_many",
    "pseudonym_key",
    "withheld_fields",
]

#: Ledger setting holding the pseudonym key (hex); created on the first export.
PSEUDONYM_SETTING = "package_pseudonym_key"

#: Per kind, the fields that leave, in the order written. Nothing else does.
LEAVES: dict[str, tuple[str, ...]] = {
    "meeting": ("date", "kind", "title", "documents", "members_expected", "members_present",
                "others_present", "others_kind", "sites"),
    "dialogue": ("date", "counterpart", "topic", "participants", "opinions", "issues",
                 "announced_date", "published_date"),
    "reception": ("date", "channel", "case_code", "category", "people_count", "handling",
                  "accepted_date", "complexity", "attempt", "status", "resolved_date"),
    "model": ("name", "type", "unit_name", "holder", "field", "level", "registered_date", "status"),
    "award": ("date", "recipient_type", "recipient", "level", "issuer", "movement"),
    "rating": ("year", "unit_name", "grade", "score"),
    "commitment": ("year", "content", "organisations_total", "organisations_organised",
                   "members_total", "members_registered"),
}

#: Free text that leaves, (kind, field) -> why the superior needs it. Every one of these is
#: screened for personal data before a package is written (``dvdesktop.packages.screen``).
FREE_TEXT: dict[tuple[str, str], str] = {
    ("meeting", "title"): "which resolution or subject was studied: the report names them",
    ("dialogue", "topic"): "what a dialogue with citizens was about (a public meeting)",
    ("dialogue", "host"): "who presided, by office (“Chủ tịch UBND xã”): the report's sentence "
                          "names it as the seeds do; it travels in the report PDF only",
    ("model", "name"): "the “Dân vận khéo” model's name, which the superior registers and "
                       "commends; not sent when the model is held by an individual",
    ("model", "unit_name"): "the organisation that registered the model (counted by the report)",
    ("award", "recipient"): "the commended organisation; not sent when the recipient is an individual",
    ("award", "issuer"): "the body that granted the award",
    ("rating", "unit_name"): "the Party organisation that was rated",
    ("commitment", "content"): "what the members committed to (“tu dưỡng, rèn luyện, làm theo "
                               "gương Bác”): the report states it, as seed 004 does",
}

_PSEUDONYM_CHARS = 10  # base32 characters: 50 bits, no collision among a unit's matters


def pseudonym_key(ledger: Ledger) -> bytes:
    """The unit's pseudonym key, created (and stored in its Ledger) the first time."""
    value = ledger.get_setting(PSEUDONYM_SETTING, None)
    if isinstance(value, str):
        try:
            key = bytes.fromhex(value)
        except ValueError:
            key = b""
        if len(key) == 32:
            return key
    key = secrets.token_bytes(32)
    ledger.set_setting(PSEUDONYM_SETTING, key.hex())
    return key


def _mac(key: bytes, label: str, value: str) -> bytes:
    return hmac.digest(key, f"{label}\0{value}".encode("utf-8"), hashlib.sha256)


def case_pseudonym(key: bytes, case_code: str) -> str:
    """``"VV-7K2QMZD4XF"``: the case code as it leaves the unit (same code, same pseudonym)."""
    return _case_pseudonym(key, case_code.strip())


@functools.lru_cache(maxsize=4096)
def _case_pseudonym(key: bytes, case_code: str) -> str:
    # Entries of one matter share a code: each is encoded once (b32encode is pure Python).
    text = base64.b32encode(_mac(key, "case", case_code)[:(_PSEUDONYM_CHARS * 5 + 7) // 8 + 1]).decode("ascii")
    return "VV-" + text[:_PSEUDONYM_CHARS]


@functools.lru_cache(maxsize=262_144)
def record_pseudonym(key: bytes, kind: str, uid: str) -> str:
    """A record's ``uid`` as it leaves: 32 hex digits, stable across revisions (and
    remembered: the next export of the unit sends the same records again)."""
    return _mac(key, f"uid/{kind}", uid).hex()[:32]


def find_case(ledger: Ledger, pseudonym: str) -> str | None:
    """The unit's own case code behind a pseudonym the superior quotes, or None."""
    key = pseudonym_key(ledger)
    wanted = pseudonym.strip().upper()
    codes = {str(r.get("case_code") or "") for deleted in (False, True)
             for r in ledger.list("reception", deleted=deleted)}
    for code in sorted(codes):
        if code and case_pseudonym(key, code) == wanted:
            return code
    return None


#: The fields ``withheld_fields`` reads, per kind.
DECIDES_WITHHELD: dict[str, tuple[str, ...]] = {"award": ("recipient_type",), "model": ("holder",)}


def withheld_fields(kind: str, record: Mapping[str, Any]) -> set[str]:
    """Listed fields this record keeps home: a person's name never leaves, even when it
    is the point of the field (an individual's award, a model held by an individual)."""
    if kind == "award" and record.get("recipient_type") == "individual":
        return {"recipient"}
    if kind == "model" and record.get("holder") == "individual":
        return {"name"}
    return set()


def minimise(kind: str, record: Mapping[str, Any], *, key: bytes) -> dict[str, Any]:
    """The record as it may leave the unit: the listed fields, codes as pseudonyms.

    :param kind: ``"reception"``, ``"meeting"``...; an unknown kind leaves nothing
    :param key: ``pseudonym_key(ledger)``
    """
    fields = LEAVES.get(kind)
    if fields is None:
        return {}
    out: dict[str, Any] = {}
    if record.get("uid"):
        out["uid"] = record_pseudonym(key, kind, str(record["uid"]))
    withheld = withheld_fields(kind, record)
    for name in fields:
        if name not in record or name in withheld:
            continue
        value = record[name]
        if kind == "reception" and name == "case_code":
            value = case_pseudonym(key, str(value)) if value else None
        elif kind == "dialogue" and name == "issues":
            # What was raised is free text about people; the office needs the count by status.
            value = _issue_statuses(value)
        out[name] = value
    return out


def _issue_statuses(value: Any) -> list[dict[str, Any]]:
    return [{"status": i.get("status")} for i in value or () if isinstance(i, Mapping)]


@functools.lru_cache(maxsize=None)
def _getter(fields: tuple[str, ...]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    get = operator.itemgetter(*fields)
    return get if len(fields) > 1 else lambda record: (get(record),)


def minimise_many(kind: str, records: list[dict[str, Any]], *, key: bytes) -> list[dict[str, Any]]:
    """``[minimise(kind, r, key=key) for r in records]``, the same dicts in the same key
    order, made field list by field list rather than field by field (5,000 records of an
    export in a third of the time).

    A record lacking a listed field (not one ``Ledger.list`` returns) takes ``minimise``.
    """
    fields = LEAVES.get(kind)
    if fields is None:
        return [{} for _ in records]
    get = _getter(fields)
    out: list[dict[str, Any]] = []
    for record in records:
        try:
            values = get(record)
        except KeyError:
            out.append(minimise(kind, record, key=key))
            continue
        uid = record.get("uid")
        row = {"uid": record_pseudonym(key, kind, str(uid))} if uid else {}
        row.update(zip(fields, values))
        # Changed in place, so each keeps its place in the order of ``LEAVES``.
        if kind == "reception":
            code = row["case_code"]
            row["case_code"] = case_pseudonym(key, str(code)) if code else None
        elif kind == "dialogue":
            row["issues"] = _issue_statuses(row["issues"])
        for name in withheld_fields(kind, record):
            row.pop(name, None)
        out.append(row)
    return out
