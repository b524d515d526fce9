"""Vụ việc (matters) of the reception register and their statutory deadlines.

The periods below come from Luật Khiếu nại 2011 and Luật Tố cáo 2018 as summarised in
DOMAIN.md; they are counted in calendar days from the date of acceptance (thụ lý), or
from receipt while a matter has not been accepted. They are data, not code, so a unit can
correct them (setting ``deadline_rules``) if a body counts differently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: Days to resolve, by category and case. "normal"/"complex"/"very_complex" are the
#: matter's complexity; for complaints the key also carries the attempt (1 or 2) and
#: whether the unit is in a remote area.
DEFAULT_RULES: dict[str, Any] = {
    # Luật Khiếu nại 2011: accept within 10 days; first resolution 30 (45 complex),
    # remote 45 (60); second resolution 45 (60), remote 60 (70).
    "complaint_accept_days": 10,
    "complaint": {
        "1": {"normal": 30, "complex": 45, "remote_normal": 45, "remote_complex": 60},
        "2": {"normal": 45, "complex": 60, "remote_normal": 60, "remote_complex": 70},
    },
    # Luật Tố cáo 2018: 30 days; complex: one extension of up to 30; especially
    # complex: two extensions of up to 30 each.
    "denunciation": {"normal": 30, "complex": 60, "very_complex": 90},
}

#: How far ahead the overview warns about a coming deadline.
WARN_DAYS = 7


@dataclass
class Matter:
    """One vụ việc: every visit and letter that shares a case code.

    The matter takes its category, complexity and attempt from its first entry, its
    acceptance date from the earliest entry that has one, and its status from its
    latest entry (a citizen who comes back re-opens the matter).
    """

    case_code: str
    entries: list[dict[str, Any]] = field(default_factory=list)
    received: dt.date | None = None
    category: str = ""
    handling: str = ""
    complexity: str = "normal"
    attempt: str = "1"
    accepted: dt.date | None = None
    status: str = "pending"
    resolved: dt.date | None = None
    accept_due: dt.date | None = None
    resolve_due: dt.date | None = None

    @property
    def visits(self) -> int:
        return sum(1 for e in self.entries if e["channel"] == "visit")

    @property
    def letters(self) -> int:
        return sum(1 for e in self.entries if e["channel"] == "letter")

    @property
    def people(self) -> int:
        return sum(int(e.get("people_count") or 0) for e in self.entries if e["channel"] == "visit")

    @property
    def is_secret(self) -> bool:
        """The identity of a người tố cáo must be kept secret (Luật Tố cáo 2018)."""
        return self.category == "denunciation"

    @property
    def title(self) -> str:
        return self.entries[0].get("content", "") if self.entries else ""

    def due(self) -> dt.date | None:
        """The next deadline that matters: acceptance while not accepted, then resolution."""
        if self.status == "resolved":
            return None
        if self.accepted is None and self.accept_due is not None:
            return self.accept_due
        return self.resolve_due

    def overdue(self, today: dt.date) -> bool:
        due = self.due()
        return due is not None and today > due

    def due_soon(self, today: dt.date, days: int = WARN_DAYS) -> bool:
        due = self.due()
        return due is not None and today <= due <= today + dt.timedelta(days=days)

    def days_left(self, today: dt.date) -> int | None:
        due = self.due()
        return None if due is None else (due - today).days


def _d(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def resolve_days(*, category: str, complexity: str, attempt: str, remote: bool,
                 petition_days: int | None, rules: Mapping[str, Any] = DEFAULT_RULES) -> int | None:
    """Days allowed to resolve a matter; ``None`` when no period applies.

    :param petition_days: the unit's own period for kiến nghị / phản ánh (no statute sets one)
    """
    if category == "complaint":
        table = rules["complaint"].get(attempt, rules["complaint"]["1"])
        key = "complex" if complexity in ("complex", "very_complex") else "normal"
        return table[f"remote_{key}" if remote else key]
    if category == "denunciation":
        return rules["denunciation"].get(complexity, rules["denunciation"]["normal"])
    return petition_days


def build_matters(entries: Iterable[Mapping[str, Any]], *, remote: bool = False,
                  petition_days: int | None = None, until: dt.date | None = None,
                  rules: Mapping[str, Any] = DEFAULT_RULES) -> dict[str, Matter]:
    """Group reception entries into matters and compute their deadlines.

    :param entries: live reception records (any order)
    :param until: ignore entries after this date (a matter as it stood at a period's end)
    """
    matters: dict[str, Matter] = {}
    ordered = sorted(entries, key=lambda e: (e["date"], e.get("id") or 0))
    for entry in ordered:
        if until is not None and _d(entry["date"]) > until:
            continue
        m = matters.get(entry["case_code"])
        if m is None:
            m = matters[entry["case_code"]] = Matter(
                case_code=entry["case_code"],
                received=_d(entry["date"]),
                category=entry["category"],
                complexity=entry.get("complexity") or "normal",
                attempt=str(entry.get("attempt") or "1"),
            )
        m.entries.append(dict(entry))
        m.handling = entry["handling"]
        accepted = _d(entry.get("accepted_date"))
        if accepted and (m.accepted is None or accepted < m.accepted):
            m.accepted = accepted
        m.status = entry["status"]
        m.resolved = _d(entry.get("resolved_date")) if entry["status"] == "resolved" else None
    for m in matters.values():
        if m.resolved is not None and until is not None and m.resolved > until:
            m.status, m.resolved = "pending", None
        set_deadlines(m, remote=remote, petition_days=petition_days, rules=rules)
    return matters


def set_deadlines(m: Matter, *, remote: bool = False, petition_days: int | None = None,
                  rules: Mapping[str, Any] = DEFAULT_RULES) -> None:
    """Set ``m``'s acceptance and resolution deadlines from its category, complexity,
    attempt, handling, and its receipt and acceptance dates."""
    if m.handling != "accept":
        return  # returned with guidance or transferred: nothing for us to resolve
    if m.category == "complaint" and m.received is not None:
        m.accept_due = m.received + dt.timedelta(days=rules["complaint_accept_days"])
    days = resolve_days(category=m.category, complexity=m.complexity, attempt=m.attempt,
                        remote=remote, petition_days=petition_days, rules=rules)
    start = m.accepted or m.received
    if days is not None and start is not None:
        m.resolve_due = start + dt.timedelta(days=days)


def open_matter(case_code: str, *, first: Mapping[str, Any], handling: str, accepted: str | None,
                remote: bool = False, petition_days: int | None = None,
                rules: Mapping[str, Any] = DEFAULT_RULES) -> Matter:
    """A vụ việc whose latest entry is pending, from what its deadlines depend on, without
    its entries: as ``build_matters`` makes it (the overview's deadline list).

    :param first: its first entry's ``date``, ``category``, ``complexity``, ``attempt``
    :param handling: its latest entry's; ``accepted``: the earliest acceptance date of its entries
    """
    m = Matter(case_code=case_code, received=_d(first["date"]), category=first["category"],
               complexity=first.get("complexity") or "normal", attempt=str(first.get("attempt") or "1"),
               handling=handling, accepted=_d(accepted), status="pending")
    set_deadlines(m, remote=remote, petition_days=petition_days, rules=rules)
    return m
