"""``office.consolidate`` as it was before it summed the summaries one at a time (every
unit's summary parsed and held, then ``sum_summaries`` over all of them): kept unchanged so
a property test proves the running sums equal it (tests/test_office_streaming.py). Not
used by the program.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from typing import Any

from dvdesktop.core.fmt import percent_value
from dvdesktop.core.ledger import Ledger
from dvdesktop.core.periods import parse_period
from dvdesktop.office.consolidate import CO_SO_TYPES, CONSOLIDATED_SCHEMA, FIGURES, _sum_at_once, _upgrade, effective_summary, figures_of
from dvdesktop.office.status import period_key, status


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
    out.update(_sum_at_once([*([own] if own is not None else []), *summaries.values()]))
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
