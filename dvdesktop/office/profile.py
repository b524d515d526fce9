"""The receiving side's profile: what heads the consolidated report, in the body's own profile.

A body that receives its units' packages keeps them in its own data file (the tables of
``store.schema.m040_receiving``), and its office profile is its unit profile: the keys below
are the unit profile's columns of the same name (``organisation`` is one of
``domain.BODY_FIELDS``), so a body that records its own work and receives its units' work
has one name, one signer and one numbering of documents. Sections II and III of the
consolidated report and its document numbers are the Ledger's (``period_text``,
``next_document_number``).
"""

from __future__ import annotations

from dvdesktop.base.errors import FieldError, ValidationError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP as N_
from dvdesktop.core import fmt
from dvdesktop.core.domain import choices
from dvdesktop.core.ledger import Ledger

__all__ = ["PROFILE_FIELDS", "get_profile", "set_profile"]

#: The office profile: what heads its consolidated report. ``organisation`` is the Party
#: organisation whose figures are reported ("Đảng bộ Khối các Cơ quan và Doanh nghiệp
#: tỉnh"), ``name`` the issuing body ("Đảng ủy Khối ..."), ``superior`` the body above it.
#: ``superior_header`` and ``issuer_header`` are those lines as the header prints them
#: (36-HD: "ĐẢNG BỘ TỈNH NGHỆ AN"; "|" marks a chosen line break); ``term_start`` starts
#: the numbering of documents from 01; ``political_label`` ("political_system" or
#: "party_building") names the fourth field of models; ``pad_counts`` ("1") writes "05 mô hình".
PROFILE_FIELDS = (
    "name", "organisation", "superior", "place", "short_name",
    "signer_title", "signer_role", "signer_name", "recipients",
    "superior_header", "issuer_header", "term_start", "political_label", "pad_counts",
)


def get_profile(led: Ledger) -> dict[str, str]:
    """The office profile (missing fields are empty strings)."""
    unit = led.unit() or {}
    out = {k: "" if unit.get(k) is None else str(unit.get(k)) for k in PROFILE_FIELDS}
    out["pad_counts"] = "1" if unit.get("pad_counts") else ""
    return out


def _clean_profile(fields: dict[str, str | None]) -> dict[str, str]:
    out: dict[str, str] = {}
    errors: list[FieldError] = []
    for k, v in fields.items():
        if v is None:
            continue
        text = str(v).strip()
        if k == "term_start" and text:
            d = fmt.try_parse_date(text)
            if d is None:
                errors.append(FieldError(k, N_("Office", "Ngày bắt đầu nhiệm kỳ: “{value}” không phải ngày "
                                                          "hợp lệ (dd/mm/yyyy)."), {"value": text}))
                continue
            text = d.isoformat()
        elif k == "political_label" and text and text not in choices("unit.political_label"):
            errors.append(FieldError(k, N_("Office", "Tên lĩnh vực: “{value}” không hợp lệ; chọn một trong: "
                                                     "{allowed}."),
                                     {"value": text, "allowed": ", ".join(choices("unit.political_label"))}))
            continue
        elif k == "pad_counts":
            if text.lower() not in ("", "0", "1", "true", "false"):
                errors.append(FieldError(k, N_("Office", "Viết số có số 0 đứng trước: chọn 1 (có) hoặc 0 "
                                                         "(không)."), {}))
                continue
            text = "1" if text.lower() in ("1", "true") else ""
        elif len(text) > 2000:
            errors.append(FieldError(k, N_("Office", "{field}: dài quá {limit} ký tự."),
                                     {"field": k, "limit": 2000}))
            continue
        out[k] = text
    if errors:
        raise ValidationError(errors)
    return out


def set_profile(led: Ledger, **fields: str | None) -> dict[str, str]:
    """Set some profile fields, e.g. ``set_profile(led, name="Đảng ủy Khối ...")``.

    ``recipients`` is one recipient per line. ``None`` leaves a field unchanged. One
    transaction, audited like any change of the unit profile.

    :raises ValidationError: a date, choice or flag that is not one (nothing is written)
    """
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"unknown office profile fields: {sorted(unknown)}")
    clean: dict[str, object] = dict(_clean_profile(fields))
    if "pad_counts" in clean:
        clean["pad_counts"] = 1 if clean["pad_counts"] else 0
    if "political_label" in clean:
        clean["political_label"] = clean["political_label"] or "political_system"
    if "term_start" in clean:
        clean["term_start"] = clean["term_start"] or None
    led.set_profile_fields(clean)
    return get_profile(led)
