"""The consolidated report: the unit report's sentences, with the nouns of a body that
reports its tổ chức cơ sở đảng's work.

"Đảng bộ Khối hiện có 159 tổ chức cơ sở đảng trực thuộc; trong đó 80 đảng bộ và 79 chi
bộ cơ sở", "Các tổ chức cơ sở đảng đã tổ chức được 454 cuộc, có 10.955 lượt đồng chí dự
(...)", "đến nay có 37 mô hình của 28 tổ chức cơ sở đảng đăng ký", "152/159 tổ chức cơ sở
đảng hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ; 7 tổ chức cơ sở đảng hoàn thành nhiệm
vụ; không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ". Section I is written by
``content``'s builders (one content model) given a ``Wording``; sections II and III are the
body's own text; the table by unit follows the signature as an appendix. It takes the
consolidated figures as data (``office.consolidate`` makes them from the packages received),
so this package never reads the receiving side's tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from dvdesktop.core import fmt
from dvdesktop.reports import content as c
from dvdesktop.reports.content import _n, _num

__all__ = ["NOUN", "consolidated_document", "consolidated_paragraphs", "consolidated_subsections", "office_wording"]

NOUN = "tổ chức cơ sở đảng"
_TYPE_WORDS = {
    "dang_bo_co_so": "đảng bộ cơ sở",
    "chi_bo_co_so": "chi bộ cơ sở",
    "chi_bo_truc_thuoc": "chi bộ trực thuộc",
    "xa_phuong": "đảng bộ xã, phường",
}


def units_noun(cons: Mapping[str, Any]) -> str:
    """What the body's units are: "tổ chức cơ sở đảng", or "chi bộ trực thuộc" for a đảng
    bộ cơ sở (a commune) whose units are all its chi bộ."""
    by_type = (cons.get("units") or {}).get("by_type") or {}
    return _TYPE_WORDS["chi_bo_truc_thuoc"] if list(by_type) == ["chi_bo_truc_thuoc"] else NOUN


def office_wording(profile: Mapping[str, str], noun: str = NOUN) -> c.Wording:
    """The nouns of a body that reports its tổ chức cơ sở đảng's work (seeds 000, 001)."""
    organisation = profile.get("organisation") or "Đảng bộ"
    label = c.POLITICAL_LABELS.get(profile.get("political_label") or "", c.POLITICAL_LABELS["political_system"])
    return c.Wording(
        organised=f"Các {noun} đã tổ chức", model_units=noun, models_lead="đến nay có",
        rating_noun=noun, rating_subject=organisation, sub_orgs=noun, self_noun=organisation,
        political_label=label, pad_counts=bool(profile.get("pad_counts")), rated=noun,
    )


def _units_paragraphs(cons: Mapping[str, Any], organisation: str, w: c.Wording) -> list[str]:
    units = cons.get("units") or {}
    noun = w.sub_orgs
    registered = _n(units, "registered")
    if not registered:
        return [f"Chưa đăng ký khóa của {noun} nào, nên chưa nhận được báo cáo."]
    tree = units.get("tree")
    if tree:
        # Counted from the lists carried up through the levels, not the packages held here.
        return _tree_paragraphs(units, tree, organisation, w)
    suffix = "" if noun.endswith("trực thuộc") else " trực thuộc"
    text = f"{organisation} hiện có {_num(registered)} {noun}{suffix}"
    text += _by_type_phrase(units.get("by_type") or {})
    return [text + ".", _sent_sentence(units, noun, w)]


def _by_type_phrase(by_type: Mapping[str, Any]) -> str:
    # In the seeds' order (đảng bộ before chi bộ), whatever order the counts come in.
    parts = [(t, _n(by_type, t)) for t in _TYPE_WORDS if _n(by_type, t)]
    if len(parts) < 2:
        return ""
    words = [f"{_num(n)} {_TYPE_WORDS[t]}" for t, n in parts]
    if [t for t, _ in parts] == ["dang_bo_co_so", "chi_bo_co_so"]:
        words[0] = f"{_num(parts[0][1])} đảng bộ"  # "80 đảng bộ và 79 chi bộ cơ sở" (seed 001)
    return "; trong đó " + " và ".join([", ".join(words[:-1]), words[-1]])


def _tree_paragraphs(units: Mapping[str, Any], tree: Mapping[str, Any], organisation: str,
                     w: c.Wording) -> list[str]:
    """"Đảng bộ tỉnh hiện có 159 tổ chức cơ sở Đảng trực thuộc; trong đó 80 đảng bộ và 79
    chi bộ cơ sở" counted through every level, then who sent this body its report."""
    text = f"{organisation} hiện có {_num(_n(tree, 'co_so'))} {NOUN} trực thuộc"
    text += _by_type_phrase(tree.get("by_type") or {})
    if _n(tree, "chi_bo_truc_thuoc"):
        text += f", với {_num(_n(tree, 'chi_bo_truc_thuoc'))} chi bộ trực thuộc"
    return [text + ".", _sent_sentence(units, "đơn vị trực tiếp báo cáo", w)]


def _sent_sentence(units: Mapping[str, Any], noun: str, w: c.Wording) -> str:
    registered = _n(units, "registered")
    submitted, missing = _n(units, "submitted"), _n(units, "missing")
    sent = f"Có {_num(submitted)}/{_num(registered)} {noun} đã gửi báo cáo"
    timing = [
        f"{w.count(_n(units, 'on_time'))} đúng hạn" if _n(units, "on_time") else "",
        f"{w.count(_n(units, 'late'))} trễ hạn" if _n(units, "late") else "",
    ]
    timing = [t for t in timing if t]
    if timing and submitted:
        sent += f" ({', '.join(timing)})"
    sent += f"; {w.count(missing)} {noun} chưa gửi" if missing else "; không có tổ chức nào chưa gửi"
    return sent + "."


def consolidated_paragraphs(cons: Mapping[str, Any], *, organisation: str = "Đảng bộ",
                            profile: Mapping[str, str] | None = None) -> list[tuple[str, list[str]]]:
    """Section I as (subsection title, sentences), from ``consolidate()``'s result."""
    w = office_wording({**(profile or {}), "organisation": organisation}, units_noun(cons))
    blocks = consolidated_subsections(cons, organisation=organisation, w=w)
    return [(title, [b.text for b in body if isinstance(b, (c.Paragraph, c.Note))]) for title, body in blocks]


def consolidated_subsections(cons: Mapping[str, Any], *, organisation: str, w: c.Wording,
                             body: str = "") -> list[tuple[str, list[Any]]]:
    """Section I's subsections as blocks: the units' situation, then the unit report's; for
    a body's whole đảng bộ (``cons["own"]``), after each subsection the split between what
    ``body`` did itself and what its units did."""
    units = cons.get("units") or {}
    if cons.get("own") is not None:
        # The whole đảng bộ's figures, the body's own work among them: the đảng bộ did it
        # ("Đảng bộ xã A đã tổ chức được 7 cuộc"), not its units; the split sentence follows.
        w = replace(w, organised=f"{organisation} đã tổ chức")
    # "37 mô hình của 28 tổ chức cơ sở đảng": registered by this many of the units.
    models = {**(cons.get("models") or {}), "units": _n(units, "with_models")}
    summary = {**cons, "models": models}
    out = [("Tình hình tổ chức cơ sở đảng và việc gửi báo cáo",
            [c.Paragraph(p) for p in _units_paragraphs(cons, organisation, w)])]
    if not _n(units, "submitted"):
        return out  # no package: nothing is known of the units' work, so nothing is said
    for title, blocks in c.subsections(summary, w):
        split = _split(cons, title, body or organisation, w)
        out.append((title, [*blocks, c.Paragraph(split)] if split else blocks))
    return out


#: Per subsection of the unit report (by its title's start): the figures whose split between
#: the body's own work and its units' is stated, and the verb phrase of each.
_SPLITS = (
    ("Công tác học tập", (("meetings", "tổ chức {n} cuộc"),)),
    ("Thực hiện Quy chế dân chủ", (("dialogues", "tổ chức {n} cuộc đối thoại"),)),
    ("Tiếp công dân", (("visits", "tiếp {n} lượt công dân"), ("letters", "tiếp nhận {n} đơn thư"))),
    ("Phong trào thi đua", (("models", "có {n} mô hình"), ("awards", "khen thưởng {n} lượt tập thể, cá nhân"))),
)


def _split(cons: Mapping[str, Any], title: str, body: str, w: c.Wording) -> str:
    """"Trong đó, Đảng ủy xã A trực tiếp tổ chức 2 cuộc; các chi bộ trực thuộc tổ chức 6
    cuộc." Only where both the body and its units did some of it."""
    own, units = cons.get("own"), cons.get("from_units")
    if not own or not units:
        return ""
    keys = next((k for prefix, k in _SPLITS if title.startswith(prefix)), ())
    shown = [(phrase, _n(own, key), _n(units, key)) for key, phrase in keys if _n(own, key) and _n(units, key)]
    if not shown:
        return ""
    mine = ", ".join(p.format(n=w.count(a)) for p, a, _ in shown)
    theirs = ", ".join(p.format(n=w.count(b)) for p, _, b in shown)
    return f"Trong đó, {body} trực tiếp {mine}; các {w.sub_orgs} {theirs}."


#: The row number's column grows by this (of the table's 11.35) for each digit past three:
#: a digit of the 10-point type and a little to spare.
_TT_PER_DIGIT = 0.09


def _unit_table(cons: Mapping[str, Any], noun: str = NOUN) -> tuple[c.Table, c.Note | None]:
    rows = []
    keys = ("meetings", "attendance", "dialogues", "visits", "letters", "models", "awards")
    total = {k: 0 for k in keys}
    missing = False
    for i, u in enumerate(cons.get("by_unit") or [], start=1):
        received = u.get("received")
        when = fmt.date_short(datetime.fromisoformat(received).date()) if received else ""
        state = str(u.get("state_label") or "")
        sent = f"{when} ({state.lower()})" if when and state else (when or state)
        if "meetings" not in u:
            rows.append(c.Row((str(i), u["name"] or u["code"], sent, *(c.NOT_RECORDED,) * len(keys))))
            continue
        cells = []
        for k in keys:
            value = u.get(k)
            if value is None:
                missing = True
                cells.append(c.NOT_RECORDED)
            else:
                total[k] += int(value)
                cells.append(_num(int(value)))
        rows.append(c.Row((str(i), u["name"] or u["code"], sent, *cells)))
    rows.append(c.Row(("", "Tổng cộng", "", *(_num(v) for v in total.values())), kind="total"))
    # Ten columns on a portrait A4 page: a smaller type keeps 4-5 digit figures on one line;
    # TT holds three digits (a body of 159 organisations), and a digit more, taken from the
    # name's column, for each place past that (a province's thousands of chi bộ).
    wider = _TT_PER_DIGIT * max(0, len(str(len(rows) - 1)) - 3)
    table = c.Table(
        caption=f"Kết quả theo từng {noun}",
        columns=("TT", noun[:1].upper() + noun[1:], "Gửi báo cáo", "Hội nghị (cuộc)", "Lượt người dự",
                 "Đối thoại (cuộc)", "Tiếp công dân (lượt)", "Đơn thư (đơn)", "Mô hình",
                 "Khen thưởng"),
        rows=tuple(rows),
        widths=(0.75 + wider, 2.35 - wider, 1.4, 0.95, 1.05, 0.95, 1.05, 0.9, 0.85, 1.1),
        align=("center", "left", "center", *("right",) * 7),
        font_size=10,
    )
    note = c.Note("(–) Chưa gửi báo cáo, hoặc đơn vị không ghi số liệu này; dòng Tổng cộng chỉ cộng "
                  "các số liệu có ghi.") if missing or any("meetings" not in u for u in cons.get("by_unit") or []) else None
    return table, note


def consolidated_document(
    cons: Mapping[str, Any], *, profile: Mapping[str, str], texts: Mapping[str, str] | None,
    issued: date, number: str | None = None,
) -> c.ReportDocument:
    """The consolidated report as a ``ReportDocument`` (renderer-neutral).

    :param cons: the consolidated figures (``office.consolidate``), each unit's row with
        its ``state_label``
    :param profile: the receiving body's profile (``office.get_profile``)
    :param texts: ``{"limitations": ..., "directions": ...}``, sections II and III;
        dotted lines where empty
    """
    label = str((cons.get("period") or {}).get("label") or "")
    organisation = profile["organisation"] or "Đảng bộ"
    w = office_wording(profile, units_noun(cons))
    name = profile["name"] or organisation

    blocks: list[Any] = [c.Paragraph(
        f"{name} báo cáo kết quả công tác dân vận, thực hiện Quy chế dân chủ ở cơ sở và phong trào "
        f"thi đua “Dân vận khéo” {label} trong {organisation} như sau:"
    )]
    blocks.append(c.Heading(f"{fmt.roman(1)}. KẾT QUẢ THỰC HIỆN", 1))
    subsections = consolidated_subsections(cons, organisation=organisation, w=w, body=name)
    for n, (title, body) in enumerate(subsections, start=1):
        blocks.append(c.Heading(f"{n}. {title}", 2))
        blocks += body
    compared = c.comparison_table(cons)
    if compared is not None:
        blocks.append(c.Heading(f"{len(subsections) + 1}. Số liệu tổng hợp", 2))
        blocks += c.number_figures([b for b in compared if b is not None])
    blocks += c.free_section(2, "HẠN CHẾ, NGUYÊN NHÂN", (texts or {}).get("limitations"))
    blocks += c.free_section(3, "PHƯƠNG HƯỚNG, NHIỆM VỤ", (texts or {}).get("directions"))

    table, note = _unit_table(cons, w.sub_orgs)
    number_text = c.number_line(number=number, short_name=profile["short_name"] or "ĐU").removeprefix("Số ")
    reference = (f"(Kèm theo Báo cáo số {number_text} ngày {fmt.date_short(issued)} của {name})"
                 if (number or "").strip() else f"(Kèm theo Báo cáo ngày {fmt.date_short(issued)} của {name})")
    appendix: list[Any] = [
        c.AppendixTitle("PHỤ LỤC", f"Kết quả công tác dân vận {label} theo từng {w.sub_orgs}".strip(), reference),
        *c.number_figures([table])[0:1],
    ]
    if note is not None:
        appendix.append(note)
    place = profile["place"]
    short = profile["short_name"] or "ĐU"
    superior = profile["superior"]
    recipients = c.recipient_lines(profile["recipients"]) or [
        *([f"- {superior} (để báo cáo),"] if superior else []), "- Lưu Văn phòng."]
    title, deputy, role = c.signer_lines(profile["signer_title"] or "T/M BAN THƯỜNG VỤ",
                                         profile["signer_role"] or "BÍ THƯ")
    return c.ReportDocument(
        superior=c.header_text(profile["superior_header"] or c.superior_organisation(superior)),
        issuer=c.header_text(profile["issuer_header"] or name),
        number_line=c.number_line(number=number, short_name=short),
        nation=c.NATION,
        date_line=fmt.date_line(place, issued) if place else fmt.date_long(issued).capitalize(),
        title=c.TITLE,
        subject=c.report_subject(label),
        blocks=tuple(blocks),
        signer_title=title,
        signer_for=deputy,
        signer_role=role,
        signer_name=profile["signer_name"],
        recipients=tuple(recipients),
        period_label=label,
        meta={"period": label, "kind": "consolidated"},
        appendix=tuple(appendix),
    )


