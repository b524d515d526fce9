"""The receiving side's consolidated report as a file: the figures of the packages received
(``consolidate``), the body's profile and texts, written by the reports package
(``reports.consolidated``) to PDF, DOCX or, for its figures, XLSX.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.core.ledger import Ledger
from dvdesktop.office.consolidate import consolidate
from dvdesktop.office.errors import OfficeError
from dvdesktop.office.profile import get_profile
from dvdesktop.office.status import STATE_LABELS, period_key
from dvdesktop.office.xlsx import write_consolidated_xlsx
from dvdesktop.reports import content as c
from dvdesktop.reports.consolidated import consolidated_document

__all__ = ["build_consolidated_document", "render_body_report", "render_consolidated"]


def build_consolidated_document(
    led: Ledger, *, period: object, issued: date | None = None, number: str | None = None,
    texts: Mapping[str, str] | None = None, whole: bool = False,
) -> c.ReportDocument:
    """The consolidated report of ``period`` as a ``ReportDocument``.

    :param texts: sections II and III; default the body's stored text for the period
        (``Ledger.period_text``)
    :param whole: the whole đảng bộ: the body's own records summed with its units'
        packages, and the split between the two where the sentences make it
    """
    own = led.summary(led.period(period), as_of=issued) if whole else None
    cons = consolidate(led, period=period, own=own)
    for row in cons.get("by_unit") or []:
        row["state_label"] = STATE_LABELS.get(row.get("state", ""), "")
    key = str((cons.get("period") or {}).get("key") or period)
    profile = get_profile(led)
    if whole and not profile.get("organisation"):
        # "Đảng ủy xã A" reports the work of "Đảng bộ xã A".
        profile = {**profile, "organisation": c.superior_organisation(profile.get("name") or "")}
    return consolidated_document(cons, profile=profile, issued=issued or date.today(), number=number,
                                 texts=texts if texts is not None else led.period_text(key))


def render_consolidated(
    led: Ledger, *, period: object, out: str | Path, issued: date | None = None,
    number: str | None = None, texts: Mapping[str, str] | None = None, whole: bool = False,
) -> Path:
    """Write the consolidated report of ``period`` to ``out`` (``.pdf``, ``.docx`` or ``.xlsx``).

    :param out: e.g. ``Path("bao-cao-2026-H1.pdf")``; the suffix picks the format; an
        ``.xlsx`` holds the figures (the table by unit, the summed figures) for Excel
    :param issued: the date on the report (default today)
    :param number: "12" prints "Số 12-BC/ĐUK" and is remembered, so the next report is
        offered 13 (``db.next_document_number``); None leaves room to write it by hand
    :param texts: sections II and III as typed now, kept with the period first (as the
        unit's ``build_report`` keeps its own); default the body's stored text
    """
    target = Path(out)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".docx", ".xlsx"):
        raise OfficeError(
            QT_TRANSLATE_NOOP("Office", "Tệp báo cáo phải có đuôi .pdf, .docx hoặc .xlsx: {path}"),
            path=str(target),
        )
    if suffix == ".xlsx":
        return write_consolidated_xlsx(led, period=period, out=target)
    issued = issued or date.today()
    if texts is not None:
        led.set_period_text(period_key(period), limitations=str(texts.get("limitations") or ""),
                            directions=str(texts.get("directions") or ""))
    doc = build_consolidated_document(led, period=period, issued=issued, number=number, texts=texts, whole=whole)
    if suffix == ".pdf":
        # The renderers only here: reportlab and python-docx take about 0.3 s to import
        # (measured), more than the whole command line needs otherwise.
        from dvdesktop.reports.pdf import render_document_pdf

        path = render_document_pdf(doc, out=target)
    else:
        from dvdesktop.reports.docx import render_document_docx

        path = render_document_docx(doc, out=target)
    plain = (number or "").strip()
    if plain.isdigit() and int(plain) > 0:
        led.record_document_number("BC", int(plain), issued=issued, period_key=period_key(period))
    return path


def render_body_report(
    led: Ledger, *, period: object, out: str | Path, issued: date | None = None,
    number: str | None = None, texts: Mapping[str, str] | None = None,
) -> Path:
    """The report of a body that holds accepted packages of its units for ``period``: its own
    records and its units' figures summed (the whole đảng bộ), the split between its own
    work and its units' where the sentences make it, the table by unit as an appendix.
    What ``dvdesktop report`` writes for such a body (``.pdf`` or ``.docx``)."""
    return render_consolidated(led, period=period, out=out, issued=issued, number=number, texts=texts,
                               whole=True)
