"""Summing the active submissions of a period into one summary, as the office reports it.

The result has the shape of a unit summary (docs/summary.md) so the same sentences can be
written from it, plus ``units`` (how many organisations, by type, who reported) and
``by_unit`` (one row per registered unit). Counts are summed key by key; every rate is
recomputed from the summed counts with ``fmt.percent_value``, never averaged, so the
consolidated 99% is members present over members summoned across all units. The summaries
are summed as they are read (``_RunningTotal``: the same rules as ``_merge`` over all of
them, kept per key path), so memory holds one row per unit, not every unit's summary.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Iterator, Mapping
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


def _tree_counts(units: list[Mapping[str, Any]], unit_types: Mapping[str, Any],
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
        count(str(unit_types.get(u["code"]) or u["type"] or ""),
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


def _sum_at_once(summaries: list[Mapping[str, Any]]) -> dict[str, Any]:
    """``sum_summaries`` with every summary held at once: ``_merge`` over all the values of
    each key. The rules; ``_RunningTotal`` keeps the same sums one summary at a time, and
    this is what is done for a shape it cannot keep (``_Unstreamable``)."""
    summaries = [_upgrade(s) for s in summaries]
    keys: list[str] = []
    for s in summaries:
        keys += [k for k in s if k not in keys and k not in _PER_UNIT]
    return {k: _merge([s.get(k) for s in summaries], k) for k in keys}


def sum_summaries(summaries: list[Mapping[str, Any]]) -> dict[str, Any]:
    """The sections of several unit summaries summed key by key (rates recomputed)."""
    total = _RunningTotal()
    try:
        for s in summaries:
            total.add(s)
    except _Unstreamable:
        return _sum_at_once(summaries)
    return total.result()


class _Unstreamable(Exception):
    """A list whose items stop following the rule its first items followed: ``_merge_lists``
    then returns every item, which the running total no longer holds."""


class _Running:
    """What ``_merge`` returns for the values one key path receives, kept as they come: a
    count, the first value, which kinds they all are, and the running sum, any, maximum,
    or the merge of their keys (one ``_Running`` per key) or of their lists' items.

    Only values that are not None are given (``add``); how many values there were in all,
    None among them, is told at the end (``result(n)``), as the parent counts them.
    """

    __slots__ = ("key", "strict", "special", "count", "first", "kinds", "any_true", "total", "highest",
                 "baseline", "same", "named", "keys", "items")

    # ``kinds`` bits: every value so far is a bool / an int not a bool / an int (bools too) /
    # a mapping / a list / a str.
    BOOL, INT, ANY_INT, MAP, LIST, STR = 1, 2, 4, 8, 16, 32

    def __init__(self, key: str, strict: bool) -> None:
        self.key = key
        self.strict = strict
        #: ``source`` and the carried keys take the first value or the highest, whatever
        #: the values are
        self.special = key == "source" or key in _CARRIED
        self.count = 0
        self.first: Any = None
        self.kinds = 63
        self.any_true = False
        self.total = 0
        self.highest: Any = None
        self.baseline = False
        self.same = True
        self.named: str | None = None
        self.keys: dict[str, _Running] | None = {}
        self.items: _RunningList | None = None

    def add(self, v: Any) -> None:
        self.count += 1
        if self.count == 1:
            self.first = v
        if self.special:
            if self.key == "source":
                self.baseline = self.baseline or v == "baseline"
            elif isinstance(v, int):  # a carried key: the highest, the first of equals
                if self.highest is None or v > self.highest:
                    self.highest = v
            else:
                self.kinds &= ~self.ANY_INT
            return
        kinds = self.kinds
        t = type(v)  # exact types first (parsed JSON), then what subclasses them
        if t is int:
            kinds &= self.INT
            self.total += v
        elif t is dict:
            kinds &= self.MAP
        elif t is str:
            kinds &= self.STR
            if v != self.first:
                self.same = False
            if self.named is None and v:
                self.named = v
        elif t is list:
            kinds &= self.LIST
        elif isinstance(v, bool):
            kinds &= self.BOOL
            self.any_true = self.any_true or v
        elif isinstance(v, int):
            kinds &= self.INT
            self.total += v
        elif isinstance(v, Mapping):
            kinds &= self.MAP
        elif isinstance(v, list):
            kinds &= self.LIST
        elif isinstance(v, str):
            kinds &= self.STR
            if v != self.first:
                self.same = False
            if self.named is None and v:
                self.named = v
        else:
            kinds = 0
        self.kinds = kinds
        if kinds & self.MAP:
            keys = self.keys
            assert keys is not None
            for k, value in v.items():
                child = keys.get(k)
                if child is None:
                    child = keys[k] = _Running(k, self.strict or k == "previous")
                if value is None:
                    continue
                if type(value) is int and not child.special:  # most values: a count
                    child.count += 1
                    if child.count == 1:
                        child.first = value
                    child.kinds &= self.INT
                    child.total += value
                else:
                    child.add(value)
        elif self.keys:
            self.keys = None  # not all mappings: the sum is not theirs
        if kinds & self.LIST:
            if self.items is None:
                self.items = _RunningList()
            self.items.add(v)
        else:
            self.items = None

    def result(self, n: int) -> Any:
        present = self.count
        if self.strict and present < n:
            return None
        if not present:
            return None
        key = self.key
        if self.special:
            if key == "source":
                return "baseline" if self.baseline else self.first
            return self.highest if self.kinds & self.ANY_INT else self.first
        kinds = self.kinds
        if kinds & self.BOOL:
            return self.any_true
        if kinds & self.INT:
            return self.total
        if kinds & self.MAP:
            return _mapping_result(self.keys or {}, present)
        if kinds & self.LIST:
            assert self.items is not None
            return self.items.result()
        if kinds & self.STR:
            if key == "name":  # documents' names: the first unit that named it
                return self.named or ""
            return self.first if self.same else None
        return None


def _mapping_result(keys: Mapping[str, _Running], n: int) -> dict[str, Any]:
    out = {k: child.result(n) for k, child in keys.items()}
    for rate, (part, whole) in RATES.items():
        if rate in out:
            p, w = out.get(part), out.get(whole)
            out[rate] = percent_value(p, w) if isinstance(p, int) and isinstance(w, int) and w else None
    return out


class _RunningList:
    """``_merge_lists`` kept as the lists come: their strings each once, or their items
    grouped by ``ref`` / ``movement`` / ``host`` (each group a ``_Running`` of the items'
    other keys); every item only when no rule held from the first item on."""

    __slots__ = ("count", "strings", "groups", "issuers", "every")

    def __init__(self) -> None:
        self.count = 0
        self.strings: dict[str, None] | None = {}
        #: by -> group name -> (the group's running merge, how many items it has)
        self.groups: dict[str, dict[str, list[Any]]] = {by: {} for by in _LIST_KEYS}
        self.issuers: dict[str, dict[Any, None]] = {}
        self.every: list[Any] | None = None

    def add(self, values: list[Any]) -> None:
        for item in values:
            self.count += 1
            if self.strings is not None:
                if isinstance(item, str):
                    self.strings[item] = None
                else:
                    self.strings = None
            if self.groups:
                mapping = isinstance(item, Mapping)
                for by in list(self.groups):
                    if not (mapping and by in item):
                        del self.groups[by]
                        continue
                    name = str(item[by])
                    group = self.groups[by].get(name)
                    if group is None:
                        group = self.groups[by][name] = [_Running("", False), 0]
                    group[0].add({k: v for k, v in item.items() if k != by})
                    group[1] += 1
                    if by == "movement":
                        seen = self.issuers.setdefault(name, {})
                        try:
                            for x in item.get("issuers") or []:
                                seen[x] = None
                        except TypeError:  # not a list of names: as the rules have it
                            raise _Unstreamable from None
            if self.every is not None:
                self.every.append(item)
            elif self.strings is None and not self.groups:
                if self.count > 1:
                    raise _Unstreamable  # the items before this one were not kept
                self.every = [item]

    def result(self) -> list[Any]:
        if self.count and self.strings is not None:
            return list(self.strings)  # contents of commitments: each once, in order
        for by in _LIST_KEYS:
            groups = self.groups.get(by)
            if self.count and groups is not None:
                merged = []
                for name, (running, n) in groups.items():
                    row = running.result(n) or {}
                    if by == "movement":
                        row["issuers"] = list(self.issuers.get(name) or {})
                    merged.append({by: name, **row})
                count_key = next((k for k in ("meetings", "count") if merged and k in merged[0]), None)
                if count_key:
                    merged.sort(key=lambda d: (-(d.get(count_key) or 0), d[by]))
                return merged
        return self.every or []


class _RunningTotal:
    """``sum_summaries`` one summary at a time: a ``_Running`` per key path, so no summary
    is held once added (10,000 units' summaries parsed at once were 184 MiB)."""

    def __init__(self) -> None:
        self.count = 0
        self.keys: dict[str, _Running] = {}

    def add(self, summary: Mapping[str, Any]) -> None:
        """:raises _Unstreamable: a list of a shape the running sum cannot keep"""
        self.count += 1
        for k, value in _upgrade(summary).items():
            if k in _PER_UNIT:
                continue
            child = self.keys.get(k)
            if child is None:
                child = self.keys[k] = _Running(k, False)
            if value is not None:
                child.add(value)

    def result(self) -> dict[str, Any]:
        return {k: child.result(self.count) for k, child in self.keys.items()}


_PARSE_BATCH = 500
#: The figures of a unit's row in ``by_unit``, in their order there.
_ROW_FIGURES = ("meetings", "attendance", "members_present", "members_expected", "dialogues", "visits", "letters",
                "cases", "cases_resolved", "models", "awards", "ratings", "good_or_better")


def _unit_figures(s: Mapping[str, Any]) -> tuple[Any, ...]:
    """A submitted unit's figures in ``by_unit`` (``_ROW_FIGURES``)."""
    reception = s.get("reception") or {}
    ratings = s.get("ratings") or {}
    s = _upgrade(s)
    meetings = s.get("meetings") or {}
    return (
        meetings.get("count", 0),
        # None where the unit did not record it (shown "–", left out of sums' claims)
        meetings.get("attendance")
        if (meetings.get("attendance_meetings") or 0) >= (meetings.get("count") or 0) else None,
        meetings.get("members_present"),
        meetings.get("members_expected"),
        (s.get("dialogues") or {}).get("count", 0),
        (reception.get("visits") or {}).get("count", 0),
        (reception.get("letters") or {}).get("count", 0),
        (reception.get("cases") or {}).get("count", 0),
        (reception.get("cases") or {}).get("resolved", 0),
        (s.get("models") or {}).get("count", 0),
        (s.get("awards") or {}).get("count", 0),
        ratings.get("count", 0),
        ratings.get("good_or_better", 0),
    )


def _submitted(db: Any, key: str) -> Iterator[tuple[str, dict[str, Any], str | None]]:
    """``(unit code, summary, listing text)`` of each active submission of the period, by code.

    Parsed a batch at a time as one JSON array: the parser then keeps one copy of each key
    for the whole batch (a third of a parsed summary's memory is its keys), and the texts
    are never all held at once. A body's package upward says its whole đảng bộ in its
    consolidated figures (``effective_summary``).
    """
    cursor = db.execute(
        "SELECT s.unit_code, s.summary, s.consolidated, s.listing FROM submissions s "
        "JOIN units u ON u.code = s.unit_code "
        "WHERE s.period = ? AND s.status = 'active' ORDER BY s.unit_code",
        [key],
    )
    while batch := cursor.fetchmany(_PARSE_BATCH):
        parsed = iter(json.loads("[" + ",".join(text for _c, text, cons, _l in batch if not cons) + "]"))
        for code, text, cons, listing in batch:
            yield code, (effective_summary({"summary": text, "consolidated": cons}) if cons else next(parsed)), listing


class _Commitments:
    """Đăng ký cam kết across units, summed as the summaries come (over the units that recorded it: how many organised it, members
    registered out of members)."""

    def __init__(self) -> None:
        self.rows = self.records = self.organised = self.members = self.registered = 0
        self.contents: dict[Any, None] = {}

    def add(self, c: Any) -> None:
        if not isinstance(c, Mapping):
            return
        self.rows += 1
        self.records += int(c.get("records") or 1)
        if c.get("organisations_total"):
            self.organised += (c.get("organisations_organised") or 0) > 0
        else:
            self.organised += (c.get("members_registered") or 0) > 0
        self.members += int(c.get("members_total") or 0)
        self.registered += int(c.get("members_registered") or 0)
        for x in c.get("contents") or []:
            self.contents[x] = None

    def result(self, year: int, reporting: int) -> dict[str, Any] | None:
        if not self.rows:
            return None
        return {
            "year": year,
            "records": self.records,
            "organisations_total": self.rows,
            "organisations_organised": self.organised,
            "reporting_of": reporting,
            "members_total": self.members,
            "members_registered": self.registered,
            "members_rate": percent_value(self.registered, self.members) if self.members else None,
            "contents": list(self.contents),
        }


def consolidate(led: Ledger, *, period: object, own: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The period's consolidated figures over every unit's active submission.

    Each summary is read, added to the running sums (``_RunningTotal``) and to the unit's
    row, and let go: memory holds one row per unit, not every unit's summary.

    :param period: a key such as ``"2026-H1"`` or a ``Period``
    :param own: the body's own summary of the period, summed with its units' (the whole
        đảng bộ); ``own`` and ``from_units`` then hold the two parts' ``figures_of``
    :returns: summary-shaped sections (``meetings``, ``reception``...), plus ``units``
        (registered, submitted, on_time, late, missing, by_type, with_models, members)
        and ``by_unit`` (code, name, state, revision, received, the main counts)
    """
    key = period_key(period)
    p = parse_period(key)
    total: _RunningTotal | None = _RunningTotal()
    if own is not None:
        try:
            total.add(own)
        except _Unstreamable:
            total = None  # summed all at once below
    from_units = dict.fromkeys(FIGURES, 0)
    commitments = _Commitments()
    first: Mapping[str, Any] = {}
    #: code -> (the name and type its summary gives, its figures in ``by_unit``)
    submitted: dict[str, tuple[Any, Any, tuple[Any, ...]]] = {}
    listings: dict[str, list[Mapping[str, Any]]] = {}
    baselines = with_models = members = 0
    with led.reading() as db:
        for code, s, listing in _submitted(db, key):
            if not submitted:
                first = s
            if total is not None:
                try:
                    total.add(s)
                except _Unstreamable:
                    total = None  # summed all at once below
            if own is not None:
                for name, value in figures_of(s).items():
                    from_units[name] += value
            commitments.add(s.get("commitments"))
            baselines += bool(s.get("baseline"))
            with_models += ((s.get("models") or {}).get("count") or 0) > 0
            members += int((s.get("unit") or {}).get("members") or 0)
            unit = s.get("unit") or {}
            submitted[code] = (unit.get("name"), unit.get("type"), _unit_figures(s))
            if listing:
                listings[code] = (json.loads(listing) or {}).get("units") or []
        if total is None:
            sums = _sum_at_once([*([own] if own is not None else []), *(s for _c, s, _l in _submitted(db, key))])
        else:
            sums = total.result()
        units = list(db.query("SELECT * FROM units WHERE code NOT IN (SELECT old_code FROM unit_successors "
                              "WHERE old_code NOT IN (SELECT unit_code FROM submissions WHERE period = ?)) "
                              "ORDER BY code", [key]))
    states = {st.unit_code: st for st in status(led, period=key)}
    out: dict[str, Any] = {
        "schema": CONSOLIDATED_SCHEMA,
        "period": first.get("period") or p.to_dict(),
        "previous_period": first.get("previous_period") or p.previous_year().to_dict(),
    }
    out.update(sums)
    if own is not None:
        out["own"] = figures_of(own)
        out["from_units"] = from_units
    out["commitments"] = commitments.result(p.end.year, len(submitted))
    out["baseline"] = {"units": baselines} if baselines else None

    unit_types = {code: t for code, (_n, t, _f) in submitted.items()}
    types = Counter((unit_types.get(u["code"]) or u["type"] or "") for u in units)
    state_counts = Counter(st.state for st in states.values())
    out["units"] = {
        "registered": len(units),
        "submitted": len(submitted),
        "on_time": state_counts["on_time"],
        "late": state_counts["late"],
        "missing": state_counts["missing"],
        "missing_codes": sorted(c for c, st in states.items() if st.state == "missing"),
        "by_type": dict(sorted((t, n) for t, n in types.items() if t)),
        "with_models": with_models,
        "members": members,
    }
    if listings:
        out["units"]["tree"] = _tree_counts(units, unit_types, listings)
    by_unit = []
    for u in units:
        sub = submitted.get(u["code"])
        st = states.get(u["code"])
        row: dict[str, Any] = {
            "code": u["code"],
            "name": (sub[0] if sub else None) or u["name"],
            "state": st.state if st else "missing",
            "revision": st.revision if st else None,
            "received": st.first_received.isoformat() if st and st.first_received else None,
        }
        if sub is not None:
            row.update(zip(_ROW_FIGURES, sub[2]))
        by_unit.append(row)
    out["by_unit"] = by_unit
    return out


def has_accepted(led: Ledger, *, period: object) -> bool:
    """Whether the body holds an accepted package of one of its units for ``period``: then its
    report and its package upward cover the whole đảng bộ (its own work and its units')."""
    key = period_key(period)
    with led.reading() as db:
        return db.one("SELECT 1 FROM submissions WHERE period = ? AND status = 'active' LIMIT 1", [key]) is not None
