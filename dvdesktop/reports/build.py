"""From a unit's Ledger to a printed file: the report of a period (PDF/DOCX) or its register."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from dvdesktop.base.collector import collector_paused
from dvdesktop.base.errors import UserError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.core.ledger import Ledger

__all__ = ["REPORT_SUFFIXES", "build_register", "build_report"]

REPORT_SUFFIXES = (".pdf", ".docx", ".xlsx")


def _unit(ledger: Ledger) -> dict[str, Any]:
    unit = ledger.unit()
    if not unit:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Reports", "Chưa có hồ sơ đơn vị. Hãy khai báo tên đơn vị, cấp trên trước khi lập báo cáo."
            )
        )
    return unit


def build_report(
    ledger: Ledger,
    *,
    period: str,
    out: Path,
    number: str | None = None,
    issued: date | None = None,
    texts: Mapping[str, str] | None = None,
    summary: Mapping[str, Any] | None = None,
) -> Path:
    """Write the report of ``period`` to ``out``: PDF or DOCX by the file's suffix, or
    its figures as an Excel workbook for ``.xlsx``. What the window's "Tạo báo cáo" and
    ``dvdesktop report`` do, as one step.

    :param ledger: an open ``dvdesktop.core.ledger.Ledger``.
    :param period: "2026-H1", "2026", "2026-Q3", ... (the unit's cut-off day applies).
    :param out: ``bao-cao.pdf``, ``bao-cao.docx`` or ``so-lieu.xlsx``; any other suffix
        is refused.
    :param number: document number ("12" prints "Số 12-BC/CB"); None leaves a blank. A
        plain number is remembered (``Ledger.record_document_number``), so the next report
        is offered the next one (``Ledger.next_document_number``).
    :param issued: date of the place-and-date line; today when None. Deadlines in the
        report (overdue vụ việc) are judged on this day, as the window's lists judge them
        on theirs.
    :param texts: sections II and III as typed for this report (``{"limitations": …,
        "directions": …}``): kept as the period's texts first (``Ledger.set_period_text``),
        then printed; None prints the texts kept for the period.
    :param summary: ``Ledger.summary(period, as_of=issued)`` when the caller already has it
        (the package export, which carries the same figures); computed here when None.
    :raises UserError: unknown suffix, no unit profile, unwritable file.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Reports",
                "Không lập được báo cáo dạng “{suffix}”. Hãy đặt tên tệp kết thúc bằng .pdf "
                "(để in), .docx (để sửa trong Word) hoặc .xlsx (số liệu để tính trong Excel).",
            ),
            suffix=out.suffix or out.name,
        )
    # Reading the figures and laying out the pages make objects by the ten thousand.
    with collector_paused():
        unit = _unit(ledger)
        period_obj = ledger.period(period)
        if texts is not None:
            ledger.set_period_text(period_obj.key, limitations=texts.get("limitations", ""),
                                   directions=texts.get("directions", ""))
        issued = issued or date.today()
        if summary is None:
            summary = ledger.summary(period_obj, as_of=issued)
        # Each renderer is imported where its format is written: reportlab, python-docx and
        # openpyxl take about 0.3 s to import (measured), more than any other command runs.
        if suffix == ".xlsx":
            from dvdesktop.reports.xlsx import write_summary

            return write_summary(path=out, summary=summary, unit_name=str(unit.get("name") or ""))
        texts = ledger.period_text(period_obj.key) or {}
        fingerprint = ledger.get_setting("signing_fingerprint")
        kwargs: dict[str, Any] = {
            "unit": unit, "summary": summary, "texts": texts, "out": out, "number": number,
            "issued": issued, "fingerprint": fingerprint or None,
        }
        if suffix == ".pdf":
            from dvdesktop.reports.pdf import render_report_pdf

            path = render_report_pdf(**kwargs)
        else:
            from dvdesktop.reports.docx import render_report_docx

            path = render_report_docx(**kwargs)
        plain = (number or "").strip()
        if plain.isdigit() and int(plain) > 0:
            ledger.record_document_number("BC", int(plain), issued=issued, period_key=period_obj.key)
        return path


def build_register(ledger: Ledger, *, period: str, out: Path, reveal_denouncers: bool = False) -> Path:
    """Write the Sổ tiếp công dân of ``period`` to ``out`` (PDF, landscape A4).

    :param reveal_denouncers: print the identity of people who denounce (tố cáo); by
        default it is replaced by "(giữ bí mật)", as Luật Tố cáo 2018 requires.
    """
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise UserError(
            QT_TRANSLATE_NOOP("Reports", "Sổ tiếp công dân chỉ in ra tệp .pdf (tên tệp đang là “{name}”)."),
            name=out.name,
        )
    from dvdesktop.reports.register import render_register_pdf

    unit = _unit(ledger)
    period_obj = ledger.period(period)
    entries = ledger.list("reception", period=period_obj, order_by="date")
    return render_register_pdf(
        unit=unit, period_label=period_obj.label, entries=entries, out=out,
        reveal_denouncers=reveal_denouncers,
    )
