"""Every figure a report states, for one period, computed in one place (docs/summary.md).

Reports, packages, the window's overview and the command line all read these numbers;
none of them counts anything itself.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from dvdesktop.core.domain import CHOICE_LABELS
from dvdesktop.core.fmt import percent_value
from dvdesktop.core.periods import Period

if TYPE_CHECKING:
    from dvdesktop.core.ledger import Ledger

SCHEMA = "dvdesktop.summary/1"


def _zeros(key: str) -> dict[str, int]:
    return {value: 0 for value in CHOICE_LABELS[key]}


def _bounds(p: Period) -> list[str]:
    return [p.start.isoformat(), p.end.isoformat()]


def _meetings(led: Ledger, p: Period) -> dict[str, Any]:
    row = led.db.execute(
        "SELECT count(*), coalesce(sum(members_expected), 0), coalesce(sum(members_present), 0), "
        "coalesce(sum(others_present), 0), coalesce(sum(sites), 0) FROM meetings "
        "WHERE deleted_at IS NULL AND date BETWEEN ? AND ?",
        _bounds(p),
    ).fetchone()
    count, expected, present, others, sites = row
    multi_count, multi_sites = led.db.execute(
        "SELECT count(*), coalesce(sum(sites), 0) FROM meetings "
        "WHERE deleted_at IS NULL AND sites > 1 AND date BETWEEN ? AND ?",
        _bounds(p),
    ).fetchone()
    return {
        "count": count,
        "attendance": present + others,
        "members_present": present,
        "members_expected": expected,
        "member_rate": percent_value(present, expected),
        "others_present": others,
        "sites": sites,
        "multi_site_count": multi_count,
        "multi_site_sites": multi_sites,
    }


def meetings_section(led: Ledger, p: Period) -> dict[str, Any]:
    out = _meetings(led, p)
    by_kind = {k: {"count": 0, "attendance": 0} for k in CHOICE_LABELS["meeting.kind"]}
    for kind, count, attendance in led.db.execute(
        "SELECT kind, count(*), coalesce(sum(members_present + others_present), 0) FROM meetings "
        "WHERE deleted_at IS NULL AND date BETWEEN ? AND ? GROUP BY kind",
        _bounds(p),
    ):
        by_kind[kind] = {"count": count, "attendance": attendance}
    docs = led.db.execute(
        "SELECT d.value, count(*) FROM meetings m, json_each(m.documents) d "
        "WHERE m.deleted_at IS NULL AND m.date BETWEEN ? AND ? GROUP BY d.value",
        _bounds(p),
    ).fetchall()
    out["by_kind"] = by_kind
    out["documents"] = [{"ref": ref, "meetings": n} for ref, n in sorted(docs, key=lambda x: (-x[1], x[0]))]
    out["previous"] = _meetings(led, p.previous_year())
    return out


def _dialogues(led: Ledger, p: Period) -> dict[str, Any]:
    count, participants, opinions, locations = led.db.execute(
        "SELECT count(*), coalesce(sum(participants), 0), coalesce(sum(opinions), 0), "
        "count(DISTINCT nullif(lower(trim(location)), '')) FROM dialogues "
        "WHERE deleted_at IS NULL AND date BETWEEN ? AND ?",
        _bounds(p),
    ).fetchone()
    by_status = _zeros("issue.status")
    for status, n in led.db.execute(
        "SELECT i.status, count(*) FROM dialogue_issues i JOIN dialogues d ON d.id = i.dialogue_id "
        "WHERE d.deleted_at IS NULL AND d.date BETWEEN ? AND ? GROUP BY i.status",
        _bounds(p),
    ):
        by_status[status] = n
    return {
        "count": count,
        "participants": participants,
        "opinions": opinions,
        "locations": locations,
        "issues": sum(by_status.values()),
        "issues_by_status": by_status,
    }


def dialogues_section(led: Ledger, p: Period) -> dict[str, Any]:
    out = _dialogues(led, p)
    by_counterpart = _zeros("dialogue.counterpart")
    for counterpart, n in led.db.execute(
        "SELECT counterpart, count(*) FROM dialogues WHERE deleted_at IS NULL AND date BETWEEN ? AND ? "
        "GROUP BY counterpart",
        _bounds(p),
    ):
        by_counterpart[counterpart] = n
    out["by_counterpart"] = by_counterpart
    prev = _dialogues(led, p.previous_year())
    out["previous"] = {k: prev[k] for k in ("count", "participants", "opinions", "issues")}
    return out


def _reception(led: Ledger, p: Period) -> dict[str, Any]:
    matters = {m.case_code: m for m in led.matters(period=p)}
    # The matters hold every entry up to the period's end; those inside it are its lượt and đơn.
    start, end = p.start.isoformat(), p.end.isoformat()
    entries = [e for m in matters.values() for e in m.entries if start <= e["date"] <= end]
    visits = [e for e in entries if e["channel"] == "visit"]
    letters = [e for e in entries if e["channel"] == "letter"]

    def cases(group: list[dict[str, Any]]) -> tuple[int, int]:
        codes = {e["case_code"] for e in group}
        resolved = sum(1 for c in codes if matters[c].status == "resolved")
        return len(codes), resolved

    v_cases, v_resolved = cases(visits)
    l_cases, l_resolved = cases(letters)
    return {
        "visits": {
            "count": len(visits),
            "people": sum(e["people_count"] for e in visits),
            "cases": v_cases,
            "cases_resolved": v_resolved,
            "cases_rate": percent_value(v_resolved, v_cases),
        },
        "letters": {
            "count": len(letters),
            "cases": l_cases,
            "cases_resolved": l_resolved,
            "cases_rate": percent_value(l_resolved, l_cases),
        },
        "_matters": matters,
    }


def reception_section(led: Ledger, p: Period) -> dict[str, Any]:
    cur = _reception(led, p)
    prev = _reception(led, p.previous_year())
    matters = cur.pop("_matters")
    prev.pop("_matters")
    as_of = p.end
    by_category = _zeros("reception.category")
    by_handling = _zeros("reception.handling")
    for m in matters.values():
        by_category[m.category] = by_category.get(m.category, 0) + 1
        by_handling[m.handling] = by_handling.get(m.handling, 0) + 1
    cur["visits"]["previous"] = prev["visits"]
    cur["letters"]["previous"] = prev["letters"]
    cur["cases"] = {
        "count": len(matters),
        "resolved": sum(1 for m in matters.values() if m.status == "resolved"),
        "overdue": sum(1 for m in matters.values() if m.overdue(as_of)),
        "by_category": by_category,
        "by_handling": by_handling,
    }
    return cur


def _models(led: Ledger, p: Period, own_name: str) -> dict[str, Any]:
    rows = [dict(zip(("registered_date", "unit_name", "field", "level", "holder", "status"), r))
            for r in led.db.execute(
                "SELECT registered_date, unit_name, field, level, holder, status FROM models "
                "WHERE deleted_at IS NULL AND registered_date <= ?", [p.end.isoformat()])]
    start = p.start.isoformat()
    out: dict[str, Any] = {
        "count": len(rows),
        "new": sum(1 for r in rows if r["registered_date"] >= start),
        "units": len({(r["unit_name"] or own_name).strip().casefold() for r in rows}),
    }
    for key, choice in (("by_field", "model.field"), ("by_level", "model.level"),
                        ("by_holder", "model.holder"), ("by_status", "model.status")):
        counts = _zeros(choice)
        for r in rows:
            counts[r[choice.split(".")[1]]] += 1
        out[key] = counts
    return out


def models_section(led: Ledger, p: Period, own_name: str) -> dict[str, Any]:
    out = _models(led, p, own_name)
    prev = _models(led, p.previous_year(), own_name)
    out["previous"] = {"count": prev["count"], "new": prev["new"]}
    return out


def awards_section(led: Ledger, p: Period) -> dict[str, Any]:
    rows = led.list("award", period=p)
    by_level = _zeros("award.level")
    for r in rows:
        by_level[r["level"]] += 1
    return {
        "count": len(rows),
        "collective": sum(1 for r in rows if r["recipient_type"] == "collective"),
        "individual": sum(1 for r in rows if r["recipient_type"] == "individual"),
        "by_level": by_level,
    }


def ratings_section(led: Ledger, p: Period) -> dict[str, Any]:
    year = p.end.year
    by_grade = _zeros("rating.grade")
    for grade, n in led.db.execute(
        "SELECT grade, count(*) FROM ratings WHERE deleted_at IS NULL AND year = ? GROUP BY grade", [year]
    ):
        by_grade[grade] = n
    return {
        "year": year,
        "count": sum(by_grade.values()),
        "by_grade": by_grade,
        "good_or_better": by_grade["HTXSNV"] + by_grade["HTTNV"],
    }


def summarize(led: Ledger, p: Period) -> dict[str, Any]:
    """The summary of ``p`` for the unit in ``led`` (see docs/summary.md for every key)."""
    unit = led.unit() or {}
    with led._lock:  # noqa: SLF001 - one consistent read of the whole file
        return {
            "schema": SCHEMA,
            "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "unit": {
                "code": unit.get("code", ""),
                "name": unit.get("name", ""),
                "type": unit.get("type", ""),
                "superior": unit.get("superior", ""),
                "members": unit.get("members", 0),
            },
            "period": p.to_dict(),
            "previous_period": p.previous_year().to_dict(),
            "meetings": meetings_section(led, p),
            "dialogues": dialogues_section(led, p),
            "reception": reception_section(led, p),
            "models": models_section(led, p, unit.get("name", "")),
            "awards": awards_section(led, p),
            "ratings": ratings_section(led, p),
        }
