"""Reporting periods (kỳ báo cáo): parse "2026-H1", compute date windows, label them in Vietnamese.

Kinds: year, half (6 tháng), nine_months (9 tháng), quarter (quý), month (tháng) and ad
hoc ranges (Kết luận 215-KL/TW). Some superior bodies cut data off at a fixed day of the
month (DOMAIN: "a year counted from 15/12 to 14/12"); ``cutoff_day`` D models that: with
D > 1 reporting month M of year Y runs from day D of the month before to day D-1 of M, so
every calendar period is shifted back by the same rule. Ranges are literal dates and are
never shifted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dvdesktop.core import fmt
from dvdesktop.base.errors import UserError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP, Translator, identity

__all__ = [
    "KINDS",
    "MAX_YEAR",
    "MIN_YEAR",
    "Period",
    "PeriodError",
    "current_period",
    "month_bucket",
    "parse_period",
    "period_choices",
]

#: Kinds in picker order; "range" is the ad hoc kind (Kết luận 215-KL/TW).
KINDS = ("year", "half", "nine_months", "quarter", "month", "range")

#: Years a user may type; anything else is a typo (the Party's records start in 1945).
MIN_YEAR = 1945
MAX_YEAR = 2100

#: Day 29..31 do not exist in every month, so a cut-off must be 1..28.
MAX_CUTOFF_DAY = 28

_EXAMPLES = "2026, 2026-H1, 2026-9M, 2026-Q3, 2026-07, 2026-01-15..2026-03-31"

# Label templates, marked so lupdate offers them to translators (the picker in English);
# reports use them untranslated, as the printed report is Vietnamese.
_LABELS = {
    "year": QT_TRANSLATE_NOOP("Periods", "năm {year}"),
    "half1": QT_TRANSLATE_NOOP("Periods", "6 tháng đầu năm {year}"),
    "half2": QT_TRANSLATE_NOOP("Periods", "6 tháng cuối năm {year}"),
    "nine_months": QT_TRANSLATE_NOOP("Periods", "9 tháng đầu năm {year}"),
    "quarter": QT_TRANSLATE_NOOP("Periods", "quý {roman} năm {year}"),
    "month": QT_TRANSLATE_NOOP("Periods", "tháng {month} năm {year}"),
    "range": QT_TRANSLATE_NOOP("Periods", "từ ngày {start} đến ngày {end}"),
}

# Accepted spellings, matched after removing all whitespace and upper-casing. Each
# yields (year, number); both "2026-Q3" and the way people write it on paper, "Q3/2026",
# are accepted, and the key is always canonical.
_YEAR = re.compile(r"(\d{4})")
_HALF = (re.compile(r"(\d{4})-H([12])"), re.compile(r"H([12])[/\-](\d{4})"))
_NINE = (re.compile(r"(\d{4})-9M"), re.compile(r"9M[/\-](\d{4})"))
_QUARTER = (re.compile(r"(\d{4})-Q([1-4])"), re.compile(r"Q([1-4])[/\-](\d{4})"))
_MONTH = (re.compile(r"(\d{4})-(\d{1,2})"), re.compile(r"(\d{1,2})[/\-](\d{4})"))
# "..", and what word processors turn it into: an ellipsis or a dash.
_RANGE_SEP = re.compile(r"\.\.|…|–|—")


class PeriodError(UserError):
    """The text is not a reporting period we understand, or the cut-off day is invalid."""

    context = "Periods"


def _check_cutoff(cutoff_day: int) -> None:
    if isinstance(cutoff_day, bool) or not 1 <= cutoff_day <= MAX_CUTOFF_DAY:
        raise PeriodError(
            QT_TRANSLATE_NOOP(
                "Periods", "Ngày chốt số liệu phải từ 1 đến 28 (đang đặt là {cutoff_day})."
            ),
            cutoff_day=cutoff_day,
        )


def _month_window(year: int, month: int, cutoff_day: int) -> tuple[date, date]:
    """First and last day of reporting month (year, month) under the cut-off."""
    if cutoff_day == 1:
        first = date(year, month, 1)
        nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return first, nxt - timedelta(days=1)
    prev_year, prev_month = (year - 1, 12) if month == 1 else (year, month - 1)
    return date(prev_year, prev_month, cutoff_day), date(year, month, cutoff_day - 1)


def _months_of(kind: str, number: int | None) -> tuple[int, int]:
    """First and last calendar month (1..12) a non-range kind covers."""
    if kind == "year":
        return 1, 12
    if kind == "half":
        assert number is not None
        return (1, 6) if number == 1 else (7, 12)
    if kind == "nine_months":
        return 1, 9
    if kind == "quarter":
        assert number is not None
        return 3 * number - 2, 3 * number
    if kind == "month":
        assert number is not None
        return number, number
    raise ValueError(f"not a calendar period kind: {kind!r}")


def _make(kind: str, year: int, number: int | None, cutoff_day: int) -> Period:
    first, last = _months_of(kind, number)
    start, _ = _month_window(year, first, cutoff_day)
    _, end = _month_window(year, last, cutoff_day)
    return Period(kind, year, number, start, end, cutoff_day)


def _minus_year(d: date) -> date:
    # 29/02 has no twin in a common year; the last day of February is its cùng kỳ.
    try:
        return d.replace(year=d.year - 1)
    except ValueError:
        return d.replace(year=d.year - 1, day=28)


def month_bucket(d: date, *, cutoff_day: int = 1) -> tuple[int, int]:
    """The reporting month (year, month) that contains ``d`` under the cut-off.

    With ``cutoff_day=15``, 2026-06-15 belongs to (2026, 7) and 2025-12-20 to (2026, 1):
    use it to put records in the buckets that ``Period.months()`` lists.
    """
    _check_cutoff(cutoff_day)
    if cutoff_day == 1 or d.day < cutoff_day:
        return d.year, d.month
    return (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)


@dataclass(frozen=True)
class Period:
    """One reporting period with inclusive ``start``/``end`` dates (after the cut-off).

    Build it with ``parse_period``, ``current_period`` or ``period_choices``; the
    constructor only checks consistency. ``year``/``number`` are ``None`` for a range;
    ``number`` is the half (1, 2), quarter (1..4) or month (1..12), else ``None``.
    """

    kind: str
    year: int | None
    number: int | None
    start: date
    end: date
    cutoff_day: int = 1

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}")
        if self.start > self.end:
            raise ValueError(f"period starts after it ends: {self.start} > {self.end}")
        if (self.kind == "range") != (self.year is None):
            raise ValueError("a range has no year; every other kind has one")

    @property
    def key(self) -> str:
        """Canonical text, stable in files and settings: "2026-H1", "2026-07", "a..b"."""
        if self.kind == "range":
            return f"{self.start.isoformat()}..{self.end.isoformat()}"
        year = f"{self.year:04d}"
        if self.kind == "year":
            return year
        if self.kind == "half":
            return f"{year}-H{self.number}"
        if self.kind == "nine_months":
            return f"{year}-9M"
        if self.kind == "quarter":
            return f"{year}-Q{self.number}"
        return f"{year}-{self.number:02d}"

    def _label_parts(self) -> tuple[str, dict[str, str]]:
        if self.kind == "range":
            return _LABELS["range"], {
                "start": fmt.date_short(self.start),
                "end": fmt.date_short(self.end),
            }
        # Years are never grouped: "năm 2026", not "năm 2.026".
        params = {"year": str(self.year)}
        if self.kind == "half":
            return _LABELS[f"half{self.number}"], params
        if self.kind == "quarter":
            assert self.number is not None
            return _LABELS["quarter"], {**params, "roman": fmt.roman(self.number)}
        if self.kind == "month":
            # Not zero-padded in running text: "tháng 7 năm 2026".
            return _LABELS["month"], {**params, "month": str(self.number)}
        return _LABELS[self.kind], params

    @property
    def label(self) -> str:
        """Vietnamese, for report subjects: "6 tháng đầu năm 2026", "quý III năm 2026"."""
        return self.translated_label()

    def translated_label(self, tr: Translator = identity) -> str:
        """The label through a translator (the window's ``QCoreApplication.translate``)."""
        template, params = self._label_parts()
        return tr("Periods", template).format(**params)

    def previous_year(self) -> Period:
        """The same period one year earlier (cùng kỳ năm trước), same cut-off.

        A range shifts both dates by one year; 29/02 becomes 28/02.
        """
        if self.kind == "range":
            start, end = _minus_year(self.start), _minus_year(self.end)
            return Period("range", None, None, start, end, self.cutoff_day)
        assert self.year is not None
        return _make(self.kind, self.year - 1, self.number, self.cutoff_day)

    def contains(self, d: date) -> bool:
        """Whether the day ``d`` falls in the period (both ends inclusive)."""
        return self.start <= d <= self.end

    def months(self) -> list[tuple[int, int]]:
        """The reporting months (year, month) covered, in order, for monthly charts.

        For a calendar kind these are its own months (year 2026 -> (2026, 1)..(2026, 12)
        whatever the cut-off). For a range, the months holding its first and last day and
        all between, as ``month_bucket`` assigns days to months under the same cut-off.
        """
        if self.kind == "range":
            first = month_bucket(self.start, cutoff_day=self.cutoff_day)
            last = month_bucket(self.end, cutoff_day=self.cutoff_day)
        else:
            assert self.year is not None
            lo, hi = _months_of(self.kind, self.number)
            first, last = (self.year, lo), (self.year, hi)
        out = []
        year, month = first
        while (year, month) <= last:
            out.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def to_dict(self) -> dict[str, str]:
        """The form used in summaries: key, label, ISO start and end."""
        return {
            "key": self.key,
            "label": self.label,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
        }

    def __str__(self) -> str:
        return self.key


def _not_understood(text: str) -> PeriodError:
    return PeriodError(
        QT_TRANSLATE_NOOP(
            "Periods", 'Không hiểu kỳ báo cáo "{text}". Ví dụ hợp lệ: {examples}.'
        ),
        text=text,
        examples=_EXAMPLES,
    )


def _check_year(year: int, text: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PeriodError(
            QT_TRANSLATE_NOOP(
                "Periods",
                'Kỳ báo cáo "{text}": năm {year} nằm ngoài khoảng {min_year}–{max_year}.',
            ),
            text=text,
            year=year,
            min_year=MIN_YEAR,
            max_year=MAX_YEAR,
        )


def _match(patterns: tuple[re.Pattern[str], re.Pattern[str]], s: str) -> tuple[int, int] | None:
    """(year, number) from the "YYYY-xN" form or the "xN/YYYY" form."""
    if m := patterns[0].fullmatch(s):
        return int(m.group(1)), int(m.group(2))
    if m := patterns[1].fullmatch(s):
        return int(m.group(2)), int(m.group(1))
    return None


def _parse_range(s: str, text: str, cutoff_day: int) -> Period:
    parts = _RANGE_SEP.split(s)
    if len(parts) != 2:
        raise _not_understood(text)
    dates = []
    for part in parts:
        d = fmt.try_parse_date(part)
        if d is None:
            raise PeriodError(
                QT_TRANSLATE_NOOP(
                    "Periods",
                    'Kỳ báo cáo "{text}": "{date}" không phải là ngày hợp lệ '
                    "(ví dụ 2026-01-15 hoặc 15/01/2026).",
                ),
                text=text,
                date=part,
            )
        _check_year(d.year, text)
        dates.append(d)
    start, end = dates
    if start > end:
        raise PeriodError(
            QT_TRANSLATE_NOOP(
                "Periods",
                'Kỳ báo cáo "{text}": ngày bắt đầu {start} ở sau ngày kết thúc {end}.',
            ),
            text=text,
            start=fmt.date_short(start),
            end=fmt.date_short(end),
        )
    return Period("range", None, None, start, end, cutoff_day)


def parse_period(text: str, *, cutoff_day: int = 1) -> Period:
    """Read a period as a user or a file writes it; the result's ``key`` is canonical.

    Accepted (case and spaces ignored): "2026"; "2026-H1"/"H1/2026"; "2026-9M"/"9M/2026";
    "2026-Q3"/"Q3/2026"; "2026-07"/"2026-7"/"07/2026"; ranges "2026-01-15..2026-03-31"
    or "15/01/2026..31/03/2026" (also with "…" or a dash between). Years 1945..2100.
    Raises ``PeriodError`` quoting the text otherwise, or when ``cutoff_day`` is not 1..28.
    """
    _check_cutoff(cutoff_day)
    original = text.strip()
    if not original:
        raise PeriodError(
            QT_TRANSLATE_NOOP("Periods", "Chưa nhập kỳ báo cáo. Ví dụ hợp lệ: {examples}."),
            examples=_EXAMPLES,
        )
    s = re.sub(r"\s+", "", original).upper()

    if _RANGE_SEP.search(s):
        return _parse_range(s, original, cutoff_day)

    found: tuple[str, int, int | None] | None = None
    if m := _YEAR.fullmatch(s):
        found = ("year", int(m.group(1)), None)
    elif hit := _match(_HALF, s):
        found = ("half", *hit)
    elif hit := _match(_QUARTER, s):
        found = ("quarter", *hit)
    elif m := _NINE[0].fullmatch(s) or _NINE[1].fullmatch(s):
        found = ("nine_months", int(m.group(1)), None)
    elif hit := _match(_MONTH, s):
        year, month = hit
        if not 1 <= month <= 12:
            raise PeriodError(
                QT_TRANSLATE_NOOP(
                    "Periods", 'Kỳ báo cáo "{text}": tháng {month} không có (tháng từ 1 đến 12).'
                ),
                text=original,
                month=month,
            )
        found = ("month", year, month)
    if found is None:
        raise _not_understood(original)
    kind, year, number = found
    _check_year(year, original)
    return _make(kind, year, number, cutoff_day)


def current_period(kind: str, *, today: date, cutoff_day: int = 1) -> Period:
    """The period of ``kind`` that contains ``today`` under the cut-off (default for pickers).

    With ``cutoff_day=15``, 2026-12-20 is already in year 2027. For "nine_months" in the
    last quarter no 9-month period contains today; the current year's (just ended) one is
    returned, as that is the report being written then. ``kind`` "range" is not a
    calendar period and raises ``ValueError``, as does an unknown kind.
    """
    if kind not in KINDS or kind == "range":
        raise ValueError(f"current_period needs a calendar kind, got {kind!r}")
    year, month = month_bucket(today, cutoff_day=cutoff_day)
    number: int | None
    if kind == "half":
        number = 1 if month <= 6 else 2
    elif kind == "quarter":
        number = (month - 1) // 3 + 1
    elif kind == "month":
        number = month
    else:
        number = None
    return _make(kind, year, number, cutoff_day)


def period_choices(*, year: int, cutoff_day: int = 1) -> list[Period]:
    """The periods of one year for a picker: year, H1, H2, 9M, Q1..Q4, months 01..12."""
    _check_cutoff(cutoff_day)
    out = [_make("year", year, None, cutoff_day)]
    out += [_make("half", year, n, cutoff_day) for n in (1, 2)]
    out.append(_make("nine_months", year, None, cutoff_day))
    out += [_make("quarter", year, n, cutoff_day) for n in range(1, 5)]
    out += [_make("month", year, n, cutoff_day) for n in range(1, 13)]
    return out
