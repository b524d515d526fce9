"""Summing the active submissions of a period into one summary, as the office reports it.

The result has the shape of a unit summary (docs/summary.md) so the same sentences can be
written from it, plus ``units`` (how many organisations, by type, who reported) and
``by_unit`` (one row per registered unit). Counts are summed key by key; every rate is
recomputed from the summed counts with ``fmt.percent_value``, never averaged, so the
consolidated 99% is members present over members summoned across all units.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from typing import Any

import sqlite_utils

from dvdesktop.core.fmt import percent_value
from dvdesktop.office.status import _period_key, status

__all__ = ["CONSOLIDATED_SCHEMA", "consolidate", "sum_summaries"]

CONSOLIDATED_SCHEMA = "dvdesktop.consolidated/1"

#: rate key -> (part, whole) keys beside it in the same section.
RATES = {
    "member_rate": ("members_present", "members_expected"),
    "cases_rate": ("cases_resolved", "cases"),
}
#: Keys that describe, not count: equal across units, so they are carried, not summed.
_CARRIED = {"year"}
#: Per-unit keys of a summary that make no sense summed.
_PER_UNIT = {"schema", "generated_at", "unit", "period", "previous_period"}


def _merge(values: list[Any], key: str = "") -> Any:
    present = [v for v in values if v is not None]
    if not present:
        return None
    if key in _CARRIED:
        return max(present) if all(isinstance(v, int) for v in present) else present[0]
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return sum(present)
    if all(isinstance(v, Mapping) for v in present):
        keys: list[str] = []
        for v in present:
            keys += [k for k in v if k not in keys]
        out = {k: _merge([v.get(k) for v in present], k) for k in keys}
        for rate, (part, whole) in RATES.items():
            if rate in out:
                p, w = out.get(part), out.get(whole)
                out[rate] = percent_value(p, w) if isinstance(p, int) and isinstance(w, int) else None
        return out
    if all(isinstance(v, list) for v in present):
        return _merge_lists(present)
    if all(isinstance(v, str) for v in present):
        return present[0] if all(v == present[0] for v in present) else None
    # Floats other than known rates cannot be summed meaningfully; say nothing.
    return None


def _merge_lists(lists: list[list[Any]]) -> list[Any]:
    # Lists of {"ref": ..., <counts>} (documents studied) merge by ref, counts summed.
    items = [item for lst in lists for item in lst]
    if items and all(isinstance(i, Mapping) and "ref" in i for i in items):
        by_ref: dict[str, list[Mapping[str, Any]]] = {}
        for i in items:
            by_ref.setdefault(str(i["ref"]), []).append(i)
        merged = [{**_merge(group), "ref": ref} for ref, group in by_ref.items()]
        count_key = next((k for k in merged[0] if k != "ref"), None) if merged else None
        if count_key:
            merged.sort(key=lambda d: (-(d.get(count_key) or 0), d["ref"]))
        return merged
    return items


def sum_summaries(summaries: list[Mapping[str, Any]]) -> dict[str, Any]:
    """The sections of several unit summaries summed key by key (rates recomputed)."""
    keys: list[str] = []
    for s in summaries:
        keys += [k for k in s if k not in keys and k not in _PER_UNIT]
    return {k: _merge([s.get(k) for s in summaries], k) for k in keys}


def consolidate(db: sqlite_utils.Database, *, period: object) -> dict[str, Any]:
    """The period's consolidated figures over every unit's active submission.

    :param period: a key such as ``"2026-H1"`` or a ``Period``
    :returns: summary-shaped sections (``meetings``, ``reception``...), plus ``units``
        (registered, submitted, on_time, late, missing, by_type, with_models, members)
        and ``by_unit`` (code, name, state, revision, received, the main counts)
    """
    key = _period_key(period)
    rows = list(db.query(
        "SELECT s.unit_code, s.revision, s.received_at, s.summary, u.name, u.type "
        "FROM submissions s JOIN units u ON u.code = s.unit_code "
        "WHERE s.period = ? AND s.status = 'active' ORDER BY s.unit_code",
        [key],
    ))
    summaries = {r["unit_code"]: json.loads(r["summary"]) for r in rows}
    states = {st.unit_code: st for st in status(db, period=key)}
    from dvdesktop.core.periods import parse_period

    p = parse_period(key)
    first = next(iter(summaries.values()), {})
    out: dict[str, Any] = {
        "schema": CONSOLIDATED_SCHEMA,
        "period": first.get("period") or p.to_dict(),
        "previous_period": first.get("previous_period") or p.previous_year().to_dict(),
    }
    out.update(sum_summaries(list(summaries.values())))

    units = list(db["units"].rows_where(order_by="code"))
    types = Counter(
        ((summaries.get(u["code"], {}).get("unit") or {}).get("type") or u["type"] or "")
        for u in units
    )
    state_counts = Counter(st.state for st in states.values())
    out["units"] = {
        "registered": len(units),
        "submitted": len(summaries),
        "on_time": state_counts["on_time"],
        "late": state_counts["late"],
        "missing": state_counts["missing"],
        "missing_codes": sorted(c for c, st in states.items() if st.state == "missing"),
        "by_type": dict(sorted((t, n) for t, n in types.items() if t)),
        "with_models": sum(1 for s in summaries.values() if ((s.get("models") or {}).get("count") or 0) > 0),
        "members": sum(int((s.get("unit") or {}).get("members") or 0) for s in summaries.values()),
    }
    by_unit = []
    for u in units:
        s = summaries.get(u["code"])
        st = states.get(u["code"])
        row: dict[str, Any] = {
            "code": u["code"],
            "name": ((s or {}).get("unit") or {}).get("name") or u["name"],
            "state": st.state if st else "missing",
            "revision": st.revision if st else None,
            "received": st.first_received.isoformat() if st and st.first_received else None,
        }
        if s is not None:
            meetings = s.get("meetings") or {}
            reception = s.get("reception") or {}
            ratings = s.get("ratings") or {}
            row.update({
                "meetings": meetings.get("count", 0),
                "attendance": meetings.get("attendance", 0),
                "members_present": meetings.get("members_present", 0),
                "members_expected": meetings.get("members_expected", 0),
                "dialogues": (s.get("dialogues") or {}).get("count", 0),
                "visits": (reception.get("visits") or {}).get("count", 0),
                "letters": (reception.get("letters") or {}).get("count", 0),
                "cases": (reception.get("cases") or {}).get("count", 0),
                "cases_resolved": (reception.get("cases") or {}).get("resolved", 0),
                "models": (s.get("models") or {}).get("count", 0),
                "awards": (s.get("awards") or {}).get("count", 0),
                "ratings": ratings.get("count", 0),
                "good_or_better": ratings.get("good_or_better", 0),
            })
        by_unit.append(row)
    out["by_unit"] = by_unit
    return out
