"""A summary as labelled lines of text, for the terminal (``dvdesktop summary``)."""

from __future__ import annotations

from typing import Any

from dvdesktop.core.domain import BASELINE_FIELDS, choice_label
from dvdesktop.core.fmt import change_phrase, fraction, number

#: How a figure nobody recorded is shown.
NOT_RECORDED = "chưa ghi"


def _num(n: int | None) -> str:
    return NOT_RECORDED if n is None else number(n)


def _vs(cur: int | None, prev: dict[str, Any] | None, key: str, unit: str) -> str:
    """"(tăng 15 cuộc so với cùng kỳ)", marked when cùng kỳ was entered by hand."""
    before = (prev or {}).get(key)
    if cur is None or before is None:
        return ""
    hand = ", số liệu cùng kỳ nhập tay" if (prev or {}).get("source") == "baseline" else ""
    phrase = change_phrase(cur, before, unit)
    return f" ({phrase}{hand})" if cur == before else f" ({phrase} so với cùng kỳ{hand})"


def _rate(part: int | None, whole: int | None, unit: str = "") -> str:
    if part is None or whole is None:
        return NOT_RECORDED
    return fraction(part, whole, unit)


def summary_lines(s: dict[str, Any]) -> list[str]:
    """Every figure of the summary, one per line, in Vietnamese."""
    unit, period = s["unit"], s["period"]
    m, d, r = s["meetings"], s["dialogues"], s["reception"]
    v, letters, cases = r["visits"], r["letters"], r["cases"]
    models, awards, ratings = s["models"], s["awards"], s["ratings"]
    lines = [
        f"{unit['name']} ({unit['code']}) — {period['label']} ({period['start']} → {period['end']})",
        f"So sánh với: {s['previous_period']['label']}",
    ]
    baseline = s.get("baseline")
    if baseline:
        labels = {f.name: f.label for f in BASELINE_FIELDS}
        lines.append(f"Số liệu cùng kỳ nhập tay ({baseline['period']}): " + "; ".join(
            f"{labels.get(k, k)} {number(n)}" for k, n in baseline["figures"].items()))
        if baseline.get("ignored"):
            lines.append("  đã có dữ liệu ghi chép về " + ", ".join(baseline["ignored"])
                         + ": dùng dữ liệu ghi chép, không dùng số liệu nhập tay của các phần đó")
    lines += [
        "",
        "Hội nghị, sinh hoạt:",
        f"  {number(m['count'])} cuộc{_vs(m['count'], m['previous'], 'count', 'cuộc')}, "
        f"{_num(m['attendance'])} lượt người dự"
        + (f" (ở {number(m['attendance_meetings'])}/{number(m['count'])} cuộc có ghi số người dự)"
           if m["attendance"] is not None and m["attendance_meetings"] < m["count"] else ""),
        f"  đảng viên dự {_rate(m['members_present'], m['members_expected'], 'lượt được triệu tập')}",
        f"  người dự không phải đảng viên: {_num(m['others_present'])} lượt"
        + "".join(f"; {choice_label('meeting.others_kind', k).lower() if k != 'unspecified' else 'chưa ghi là ai'} "
                  f"{number(n)}" for k, n in (m.get("others_by_kind") or {}).items() if n)
        + f"; điểm cầu: {number(m['sites'])}",
    ]
    if m["documents"]:
        lines.append("  văn bản: " + ", ".join(f"{doc.get('name') or doc['ref']} ({doc['meetings']})"
                                              for doc in m["documents"]))
    commitments = s.get("commitments")
    if commitments:
        orgs = ""
        if commitments.get("organisations_total") is not None:
            orgs = (f"{number(commitments['organisations_organised'])}/"
                    f"{number(commitments['organisations_total'])} tổ chức đảng đã tổ chức; ")
        lines += [f"Đăng ký cam kết năm {commitments['year']}:",
                  f"  {orgs}{fraction(commitments['members_registered'], commitments['members_total'], 'đảng viên')}"]
    lines += [
        "Đối thoại:",
        f"  {number(d['count'])} cuộc{_vs(d['count'], d['previous'], 'count', 'cuộc')}, "
        f"{_num(d['participants'])} lượt người tham gia, {_num(d['opinions'])} lượt ý kiến, "
        f"tại {number(d['locations'])} địa điểm",
        f"  {number(d['issues'])} vấn đề: "
        + "; ".join(f"{choice_label('issue.status', k).lower()} {number(n)}" for k, n in d["issues_by_status"].items()),
        "Tiếp công dân:",
        f"  {number(v['count'])} lượt ({number(v['cases'])} vụ việc, {number(v['people'])} người)"
        f"{_vs(v['count'], v['previous'], 'count', 'lượt')}; đã giải quyết "
        f"{fraction(v['cases_resolved'], v['cases'], 'vụ việc')}",
        "Đơn thư:",
        f"  {number(letters['count'])} đơn ({number(letters['cases'])} vụ việc)"
        f"{_vs(letters['count'], letters['previous'], 'count', 'đơn')}; đã giải quyết "
        f"{fraction(letters['cases_resolved'], letters['cases'], 'vụ việc')}",
        f"  Tổng số vụ việc: {number(cases['count'])}, đã giải quyết {number(cases['resolved'])}, "
        f"quá hạn {number(cases['overdue'])} (tính đến {cases.get('as_of', '')})",
        "  theo loại: " + "; ".join(
            f"{choice_label('reception.category', k).lower()} {number(n)}" for k, n in cases["by_category"].items()),
        "Mô hình, điển hình “Dân vận khéo”:",
        f"  {number(models['count'])} mô hình của {number(models['units'])} tổ chức đăng ký "
        f"({number(models['new'])} đăng ký trong kỳ){_vs(models['count'], models['previous'], 'count', 'mô hình')}",
        "  " + "; ".join(
            f"{choice_label('model.field', k).lower()} {number(n)}" for k, n in models["by_field"].items()),
        "Khen thưởng:",
        f"  {number(awards['collective'])} tập thể và {number(awards['individual'])} cá nhân",
    ]
    for g in awards.get("groups") or []:
        lines.append(f"  {choice_label('award.movement', g['movement'])}: {number(g['collective'])} tập thể, "
                     f"{number(g['individual'])} cá nhân; cấp khen: {', '.join(g['issuers'])}")
    lines += [
        f"Xếp loại chất lượng năm {ratings['year']}:",
        f"  {number(ratings['good_or_better'])}/{number(ratings['count'])} hoàn thành tốt và xuất sắc nhiệm vụ; "
        + "; ".join(f"{k} {number(n)}" for k, n in ratings["by_grade"].items()),
    ]
    return lines
