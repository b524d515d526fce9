"""Summing the active submissions of a period into one summary, as the office reports it.

The result has the shape of a unit summary (docs/summary.md) so the same sentences can be
written from it, plus ``units`` (how many organisations, by type, who reported) and
``by_unit`` (one row per registered unit). Counts are summed key by key; every rate is
recomputed from the summed counts with ``fmt.percent_value``, never averaged, so the
consolidated 99% is members present over members summoned across all units.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Mapping
from typing import Any

from dvdesktop.core.fmt import percent_value
from dvdesktop.core.ledger import Ledger
from dvdesktop.core.periods import parse_period
from dvdesktop.office.status import period_key, status

__all__ = ["CONSOLIDATED_SCHEMA", "CO_SO_TYPES", "FIGURES", "consolidate", "effective_summary", "figures_of", "has_accepted", "sum_summaries"]

CONSOLIDATED_SCHEMA = "dvdesktop.consolidated/1"

#: rate key -> (part, whole) keys beside it in the same section.
RATES = {
    "member_rate": ("members_present", "members_expected"),
    "cases_rate": ("cases_resolved", "cases"),
    "members_rate": ("members_registered", "members_total"),
}
#: Keys that describe, not count: equal across units, so they are carried, not summed.
_CARRIED = {"year"}
#: Per-unit keys of a summary that make no sense summed; commitments and the baseline
#: block are summed by ``consolidate`` itself.
_PER_UNIT = {"schema", "generated_at", "unit", "period", "previous_period", "commitments", "baseline",
             "units", "by_unit", "own", "from_units"}
#: Types of a tổ chức cơ sở đảng (counted through the levels); a chi bộ trực thuộc is not one.
CO_SO_TYPES = ("dang_bo_co_so", "chi_bo_co_so", "xa_phuong")

#: The figures a package upward states per unit, checked against its consolidated figures
#: and traced back to the units they came from (``dvdesktop khoi trace --key``):
#: key -> (section path, key inside it).
FIGURES = {
    "meetings": (("meetings",), "count"),
    "members_present": (("meetings",), "members_present"),
    "members_expected": (("meetings",), "members_expected"),
    "dialogues": (("dialogues",), "count"),
    "visits": (("reception", "visits"), "count"),
    "letters": (("reception", "letters"), "count"),
    "cases": (("reception", "cases"), "count"),
    "cases_resolved": (("reception", "cases"), "resolved"),
    "models": (("models",), "count"),
    "awards": (("awards",), "count"),
    "awards_collective": (("awards",), "collective"),
    "awards_individual": (("awards",), "individual"),
    "ratings": (("ratings",), "count"),
    "good_or_better": (("ratings",), "good_or_better"),
}


def figures_of(summary: Mapping[str, Any] | None) -> dict[str, int]:
    """The main counts of a summary (a unit's, or a body's consolidated), 0 where absent."""
    out = {}
    for name, (path, key) in FIGURES.items():
        section: Any = summary or {}
        for part in path:
            section = section.get(part) if isinstance(section, Mapping) else None
        value = section.get(key) if isinstance(section, Mapping) else None
        out[name] = int(value) if isinstance(value, int) and not isinstance(value, bool) else 0
    return out


def effective_summary(row: Mapping[str, Any]) -> dict[str, Any]:
    """What a submission says of its unit's whole đảng bộ: a body's package upward its
    consolidated figures (own work and its units'), a unit's package its summary."""
    summary = json.loads(row["summary"])
    if not row.get("consolidated"):
        return summary
    cons = json.loads(row["consolidated"])
    out = {k: v for k, v in cons.items() if k not in ("units", "by_unit", "own", "from_units")}
    out.update(schema=summary.get("schema"), unit=summary.get("unit"), period=summary.get("period"),
               previous_period=summary.get("previous_period"))
    return out


def _tree_counts(units: list[Mapping[str, Any]], summaries: Mapping[str, Mapping[str, Any]],
                 listings: Mapping[str, list[Mapping[str, Any]]]) -> dict[str, Any]:
    """Organisations by type through every level: the registered units and every unit the
    lists carried up name, however deep (a tổ chức cơ sở đảng is counted once, where it is).
    A body whose list holds tổ chức cơ sở đảng is a cấp trên cơ sở (a Đảng ủy Khối): its
    units are counted, not the body."""
    types: Counter[str] = Counter()

    def count(unit_type: str, below: list[Mapping[str, Any]]) -> None:
        if not any(str(e.get("type") or "") in CO_SO_TYPES for e in below):
            types[unit_type] += 1
        for e in below:
            count(str(e.get("type") or ""), list(e.get("below") or []))

    for u in units:
        count(str(((summaries.get(u["code"]) or {}).get("unit") or {}).get("type") or u["type"] or ""),
              list(listings.get(u["code"]) or []))
    by_type = {t: types[t] for t in CO_SO_TYPES if types[t]}
    return {"co_so": sum(by_type.values()), "by_type": by_type,
            "chi_bo_truc_thuoc": types["chi_bo_truc_thuoc"]}
#: Lists of records merged by a key, their counts summed.
_LIST_KEYS = ("ref", "movement", "host")


def _merge(values: list[Any], key: str = "", *, strict: bool = False) -> Any:
    """Sum units' figures key by key.

    A figure some units did not record (None) is summed over the units that did; their
    coverage counts (``attendance_meetings``...) are summed too, so sentences say over how
    many. Under ``previous`` (``strict``) one unit without the figure makes the sum None: a
    cùng kỳ that lacks some units would show a change that never happened.
    """
    present = [v for v in values if v is not None]
    if strict and len(present) < len(values):
        return None
    if not present:
        return None
    if key == "source":
        return "baseline" if "baseline" in present else present[0]
    if key in _CARRIED:
        return max(present) if all(isinstance(v, int) for v in present) else present[0]
    if all(isinstance(v, bool) for v in present):
        return any(present)
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return sum(present)
    if all(isinstance(v, Mapping) for v in present):
        keys: list[str] = []
        for v in present:
            keys += [k for k in v if k not in keys]
        out = {k: _merge([v.get(k) for v in present], k, strict=strict or k == "previous") for k in keys}
        for rate, (part, whole) in RATES.items():
            if rate in out:
                p, w = out.get(part), out.get(whole)
                out[rate] = percent_value(p, w) if isinstance(p, int) and isinstance(w, int) and w else None
        return out
    if all(isinstance(v, list) for v in present):
        return _merge_lists(present)
    if all(isinstance(v, str) for v in present):
        if key == "name":  # documents' names: the first unit that named it
            return next((v for v in present if v), "")
        return present[0] if all(v == present[0] for v in present) else None
    # Floats other than known rates cannot be summed meaningfully; say nothing.
    return None


def _merge_lists(lists: list[list[Any]]) -> list[Any]:
    items = [item for lst in lists for item in lst]
    if items and all(isinstance(i, str) for i in items):
        return list(dict.fromkeys(items))  # contents of commitments: each once, in order
    for by in _LIST_KEYS:
        # Lists of {"ref": ..., <counts>} (documents studied), {"movement": ...} (award
        # groups), {"host": ...} (who presided) merge by that key, counts summed.
        if items and all(isinstance(i, Mapping) and by in i for i in items):
            groups: dict[str, list[Mapping[str, Any]]] = {}
            for i in items:
                groups.setdefault(str(i[by]), []).append(i)
            merged = []
            for name, group in groups.items():
                row = _merge([{k: v for k, v in g.items() if k != by} for g in group]) or {}
                if by == "movement":
                    row["issuers"] = list(dict.fromkeys(x for g in group for x in g.get("issuers") or []))
                merged.append({by: name, **row})
            count_key = next((k for k in ("meetings", "count") if merged and k in merged[0]), None)
            if count_key:
                merged.sort(key=lambda d: (-(d.get(count_key) or 0), d[by]))
            return merged
    return items


def _upgrade(summary: Mapping[str, Any]) -> dict[str, Any]:
    """A unit summary in the current shape (dvdesktop.summary/2), from an older package.

    Before /2 a figure nobody entered was 0 and a cùng kỳ before the unit began recording
    was all zeros; they become None, so the sum neither states nor compares them.
    """
    if str(summary.get("schema") or "").endswith("/2"):
        # Already current: nothing is changed, so nothing is copied (a deep copy of every
        # unit's summary doubled the consolidation's memory at 10,000 units). Only the top
        # level is new; the sections are the summary's own, read and never written.
        return dict(summary)
    s = copy.deepcopy(dict(summary))
    meetings = s.get("meetings") or {}
    count = meetings.get("count") or 0
    if meetings:
        if count and not meetings.get("attendance"):
            meetings["attendance"] = meetings["others_present"] = None
        meetings.setdefault("attendance_meetings", count if meetings.get("attendance") else 0)
        if count and not meetings.get("members_expected"):
            meetings["members_present"] = meetings["members_expected"] = meetings["member_rate"] = None
        meetings.setdefault("members_meetings", count if meetings.get("members_expected") else 0)
    dialogues = s.get("dialogues") or {}
    if dialogues:
        d_count = dialogues.get("count") or 0
        for key in ("participants", "opinions"):
            if d_count and not dialogues.get(key):
                dialogues[key] = None
            dialogues.setdefault(f"{key}_dialogues", d_count if dialogues.get(key) else 0)
    reception = s.get("reception") or {}
    for section in (meetings, dialogues, reception.get("visits") or {}, reception.get("letters") or {},
                    s.get("models") or {}):
        prev = section.get("previous")
        if isinstance(prev, Mapping) and "source" not in prev:
            recorded = any(isinstance(v, (int, float)) and not isinstance(v, bool) and v for v in prev.values())
            section["previous"] = ({**prev, "source": "records"} if recorded
                                   else {**{k: None for k in prev}, "source": None})
    awards = s.get("awards") or {}
    if awards and "groups" not in awards and awards.get("count"):
        # Who awarded and what for were not recorded: a group that names no issuer.
        awards["groups"] = [{"movement": "dan_van", "issuers": [], "issuers_unknown": awards["count"],
                             **{k: awards.get(k, 0) for k in ("count", "collective", "individual")},
                             "by_level": awards.get("by_level") or {}}]
    return s


def sum_summaries(summaries: list[Mapping[str, Any]]) -> dict[str, Any]:
    """The sections of several unit summaries summed key by key (rates recomputed)."""
    summaries = [_upgrade(s) for s in summaries]
    keys: list[str] = []
    for s in summaries:
        keys += [k for k in s if k not in keys and k not in _PER_UNIT]
    return {k: _merge([s.get(k) for s in summaries], k) for k in keys}


def _commitments(summaries: list[Mapping[str, Any]], year: int) -> dict[str, Any] | None:
    """Đăng ký cam kết across units: how many reporting organisations organised it, and
    members registered out of members, over the units that recorded it."""
    rows = [s["commitments"] for s in summaries if isinstance(s.get("commitments"), Mapping)]
    if not rows:
        return None

    def organised(c: Mapping[str, Any]) -> bool:
        if c.get("organisations_total"):
            return (c.get("organisations_organised") or 0) > 0
        return (c.get("members_registered") or 0) > 0

    members = sum(int(c.get("members_total") or 0) for c in rows)
    registered = sum(int(c.get("members_registered") or 0) for c in rows)
    return {
        "year": year,
        "records": sum(int(c.get("records") or 1) for c in rows),
        "organisations_total": len(rows),
        "organisations_organised": sum(1 for c in rows if organised(c)),
        "reporting_of": len(summaries),
        "members_total": members,
        "members_registered": registered,
        "members_rate": percent_value(registered, members) if members else None,
        "contents": list(dict.fromkeys(x for c in rows for x in c.get("contents") or [])),
    }


_PARSE_BATCH = 500


def consolidate(led: Ledger, *, period: object, own: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The period's consolidated figures over every unit's active submission.

    :param period: a key such as ``"2026-H1"`` or a ``Period``
    :param own: the body's own summary of the period, summed with its units' (the whole
        đảng bộ); ``own`` and ``from_units`` then hold the two parts' ``figures_of``
    :returns: summary-shaped sections (``meetings``, ``reception``...), plus ``units``
        (registered, submitted, on_time, late, missing, by_type, with_models, members)
        and ``by_unit`` (code, name, state, revision, received, the main counts)
    """
    key = period_key(period)
    summaries: dict[str, Any] = {}
    listings: dict[str, list[Mapping[str, Any]]] = {}
    with led.reading() as db:
        cursor = db.execute(
            "SELECT s.unit_code, s.summary, s.consolidated, s.listing FROM submissions s "
            "JOIN units u ON u.code = s.unit_code "
            "WHERE s.period = ? AND s.status = 'active' ORDER BY s.unit_code",
            [key],
        )
        # Parsed a batch at a time as one JSON array: the parser then keeps one copy of
        # each key for the whole batch (a third of a parsed summary's memory is its keys),
        # and the texts are never all held at once. A body's package upward says its whole
        # đảng bộ in its consolidated figures (``effective_summary``).
        while batch := cursor.fetchmany(_PARSE_BATCH):
            parsed = iter(json.loads("[" + ",".join(text for _c, text, cons, _l in batch if not cons) + "]"))
            for code, text, cons, listing in batch:
                summaries[code] = (effective_summary({"summary": text, "consolidated": cons})
                                   if cons else next(parsed))
                if listing:
                    listings[code] = (json.loads(listing) or {}).get("units") or []
        units = list(db.query("SELECT * FROM units WHERE code NOT IN (SELECT old_code FROM unit_successors "
                              "WHERE old_code NOT IN (SELECT unit_code FROM submissions WHERE period = ?)) "
                              "ORDER BY code", [key]))
    states = {st.unit_code: st for st in status(led, period=key)}
    p = parse_period(key)
    first = next(iter(summaries.values()), {})
    out: dict[str, Any] = {
        "schema": CONSOLIDATED_SCHEMA,
        "period": first.get("period") or p.to_dict(),
        "previous_period": first.get("previous_period") or p.previous_year().to_dict(),
    }
    out.update(sum_summaries([*([own] if own is not None else []), *summaries.values()]))
    if own is not None:
        out["own"] = figures_of(own)
        parts = [figures_of(s) for s in summaries.values()]
        out["from_units"] = {k: sum(p[k] for p in parts) for k in FIGURES}
    out["commitments"] = _commitments(list(summaries.values()), p.end.year)
    baselines = [s.get("baseline") for s in summaries.values() if s.get("baseline")]
    out["baseline"] = {"units": len(baselines)} if baselines else None

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
    if listings:
        out["units"]["tree"] = _tree_counts(units, summaries, listings)
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
            s = _upgrade(s)
            meetings = s.get("meetings") or {}
            row.update({
                "meetings": meetings.get("count", 0),
                # None where the unit did not record it (shown "–", left out of sums' claims)
                "attendance": meetings.get("attendance")
                if (meetings.get("attendance_meetings") or 0) >= (meetings.get("count") or 0) else None,
                "members_present": meetings.get("members_present"),
                "members_expected": meetings.get("members_expected"),
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


def has_accepted(led: Ledger, *, period: object) -> bool:
    """Whether the body holds an accepted package of one of its units for ``period``: then its
    report and its package upward cover the whole đảng bộ (its own work and its units')."""
    key = period_key(period)
    with led.reading() as db:
        return db.one("SELECT 1 FROM submissions WHERE period = ? AND status = 'active' LIMIT 1", [key]) is not None
