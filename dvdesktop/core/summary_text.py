"""A summary as labelled lines of text, for the terminal (``dvdesktop summary``)."""

from __future__ import annotations

from typing import Any

from dvdesktop.core.domain import choice_label
from dvdesktop.core.fmt import change_phrase, fraction, number, percent


def _vs(cur: int, prev: int | None, unit: str) -> str:
    if prev is None:
        return ""
    phrase = change_phrase(cur, prev, unit)
    return f" ({phrase})" if cur == prev else f" ({phrase} so với cùng kỳ)"


def summary_lines(s: dict[str, Any]) -> list[str]:
    """Every figure of the summary, one per line, in Vietnamese."""
    unit, period = s["unit"], s["period"]
    m, d, r = s["meetings"], s["dialogues"], s["reception"]
    v, letters, cases = r["visits"], r["letters"], r["cases"]
    models, awards, ratings = s["models"], s["awards"], s["ratings"]
    lines = [
        f"{unit['name']} ({unit['code']}) — {period['label']} ({period['start']} → {period['end']})",
        f"So sánh với: {s['previous_period']['label']}",
        "",
        "Hội nghị, sinh hoạt:",
        f"  {number(m['count'])} cuộc{_vs(m['count'], m['previous']['count'], 'cuộc')}, "
        f"{number(m['attendance'])} lượt người dự",
        f"  đảng viên dự {number(m['members_present'])}/{number(m['members_expected'])} lượt được triệu tập, "
        f"đạt {percent(m['members_present'], m['members_expected'])}",
        f"  cán bộ, công chức, người lao động dự: {number(m['others_present'])} lượt; điểm cầu: {number(m['sites'])}",
    ]
    if m["documents"]:
        lines.append("  văn bản: " + ", ".join(f"{doc['ref']} ({doc['meetings']})" for doc in m["documents"]))
    lines += [
        "Đối thoại:",
        f"  {number(d['count'])} cuộc{_vs(d['count'], d['previous']['count'], 'cuộc')}, "
        f"{number(d['participants'])} lượt người tham gia, {number(d['opinions'])} lượt ý kiến, "
        f"tại {number(d['locations'])} địa điểm",
        f"  {number(d['issues'])} vấn đề: "
        + "; ".join(f"{choice_label('issue.status', k).lower()} {number(n)}" for k, n in d["issues_by_status"].items()),
        "Tiếp công dân:",
        f"  {number(v['count'])} lượt ({number(v['cases'])} vụ việc, {number(v['people'])} người)"
        f"{_vs(v['count'], v['previous']['count'], 'lượt')}; đã giải quyết "
        f"{fraction(v['cases_resolved'], v['cases'], 'vụ việc')}",
        "Đơn thư:",
        f"  {number(letters['count'])} đơn ({number(letters['cases'])} vụ việc)"
        f"{_vs(letters['count'], letters['previous']['count'], 'đơn')}; đã giải quyết "
        f"{fraction(letters['cases_resolved'], letters['cases'], 'vụ việc')}",
        f"  Tổng số vụ việc: {number(cases['count'])}, đã giải quyết {number(cases['resolved'])}, "
        f"quá hạn {number(cases['overdue'])}",
        "  theo loại: " + "; ".join(
            f"{choice_label('reception.category', k).lower()} {number(n)}" for k, n in cases["by_category"].items()),
        "Mô hình, điển hình “Dân vận khéo”:",
        f"  {number(models['count'])} mô hình của {number(models['units'])} tổ chức đăng ký "
        f"({number(models['new'])} đăng ký trong kỳ)",
        "  " + "; ".join(
            f"{choice_label('model.field', k).lower()} {number(n)}" for k, n in models["by_field"].items()),
        "Khen thưởng:",
        f"  {number(awards['collective'])} tập thể và {number(awards['individual'])} cá nhân",
        f"Xếp loại chất lượng năm {ratings['year']}:",
        f"  {number(ratings['good_or_better'])}/{number(ratings['count'])} hoàn thành tốt và xuất sắc nhiệm vụ; "
        + "; ".join(f"{k} {number(n)}" for k, n in ratings["by_grade"].items()),
    ]
    return lines
