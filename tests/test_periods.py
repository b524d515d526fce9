"""Tests for dvdesktop.core.periods: parsing, windows with cut-off, labels, cùng kỳ."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvdesktop.base.errors import UserError
from dvdesktop.core.periods import (
    Period,
    PeriodError,
    current_period,
    month_bucket,
    parse_period,
    period_choices,
)

D = date

# --- parsing, keys, windows and labels with no cut-off -----------------------------

CALENDAR_CASES = [
    # text, key, kind, year, number, start, end, label
    ("2026", "2026", "year", 2026, None, D(2026, 1, 1), D(2026, 12, 31), "năm 2026"),
    ("2026-H1", "2026-H1", "half", 2026, 1, D(2026, 1, 1), D(2026, 6, 30),
     "6 tháng đầu năm 2026"),
    ("2026-H2", "2026-H2", "half", 2026, 2, D(2026, 7, 1), D(2026, 12, 31),
     "6 tháng cuối năm 2026"),
    ("2026-9M", "2026-9M", "nine_months", 2026, None, D(2026, 1, 1), D(2026, 9, 30),
     "9 tháng đầu năm 2026"),
    ("2026-Q1", "2026-Q1", "quarter", 2026, 1, D(2026, 1, 1), D(2026, 3, 31), "quý I năm 2026"),
    ("2026-Q2", "2026-Q2", "quarter", 2026, 2, D(2026, 4, 1), D(2026, 6, 30), "quý II năm 2026"),
    ("2026-Q3", "2026-Q3", "quarter", 2026, 3, D(2026, 7, 1), D(2026, 9, 30),
     "quý III năm 2026"),
    ("2026-Q4", "2026-Q4", "quarter", 2026, 4, D(2026, 10, 1), D(2026, 12, 31),
     "quý IV năm 2026"),
    ("2026-07", "2026-07", "month", 2026, 7, D(2026, 7, 1), D(2026, 7, 31), "tháng 7 năm 2026"),
    ("2026-02", "2026-02", "month", 2026, 2, D(2026, 2, 1), D(2026, 2, 28), "tháng 2 năm 2026"),
    ("2024-02", "2024-02", "month", 2024, 2, D(2024, 2, 1), D(2024, 2, 29), "tháng 2 năm 2024"),
    ("2026-12", "2026-12", "month", 2026, 12, D(2026, 12, 1), D(2026, 12, 31),
     "tháng 12 năm 2026"),
    ("2026-01-15..2026-03-31", "2026-01-15..2026-03-31", "range", None, None, D(2026, 1, 15),
     D(2026, 3, 31), "từ ngày 15/01/2026 đến ngày 31/03/2026"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "key", "kind", "year", "number", "start", "end", "label"), CALENDAR_CASES
)
def test_parse_each_kind(
    text: str,
    key: str,
    kind: str,
    year: int | None,
    number: int | None,
    start: date,
    end: date,
    label: str,
) -> None:
    p = parse_period(text)
    assert (p.kind, p.year, p.number, p.start, p.end, p.cutoff_day) == (
        kind, year, number, start, end, 1,
    )  # fmt: skip
    assert p.key == key
    assert p.label == label
    assert str(p) == key
    assert p.to_dict() == {
        "key": key,
        "label": label,
        "start": start.isoformat(),
        "end": end.isoformat(),
    }


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("  2026  ", "2026"),
        ("2026-h1", "2026-H1"),
        (" 2026-h2\t", "2026-H2"),
        ("2026-9m", "2026-9M"),
        ("2026-q3", "2026-Q3"),
        ("2026 - Q3", "2026-Q3"),
        ("Q3/2026", "2026-Q3"),
        ("q4-2026", "2026-Q4"),
        ("H1/2026", "2026-H1"),
        ("9M/2026", "2026-9M"),
        ("2026-7", "2026-07"),
        ("2026-06", "2026-06"),
        ("7/2026", "2026-07"),
        ("07/2026", "2026-07"),
        ("12-2026", "2026-12"),
        ("15/01/2026..31/03/2026", "2026-01-15..2026-03-31"),
        ("15/1/2026 .. 31/3/2026", "2026-01-15..2026-03-31"),
        ("2026-01-15 … 2026-03-31", "2026-01-15..2026-03-31"),
        ("2026-01-15 – 2026-03-31", "2026-01-15..2026-03-31"),
        ("15/01/2026..2026-03-31", "2026-01-15..2026-03-31"),
        ("2026-03-05..2026-03-05", "2026-03-05..2026-03-05"),  # a single day is a range
    ],
)
def test_parse_is_lenient_and_canonicalises(text: str, key: str) -> None:
    assert parse_period(text).key == key


def test_year_is_not_grouped_in_labels() -> None:
    # number() would print "2.026": years must never go through it.
    assert parse_period("2026-Q3").label == "quý III năm 2026"
    assert "2.026" not in parse_period("2026-01-15..2026-03-31").label


def test_translated_label_uses_periods_context() -> None:
    seen: list[tuple[str, str]] = []

    def tr(context: str, text: str) -> str:
        seen.append((context, text))
        return {"quý {roman} năm {year}": "quarter {roman} of {year}"}.get(text, text)

    assert parse_period("2026-Q3").translated_label(tr) == "quarter III of 2026"
    assert seen == [("Periods", "quý {roman} năm {year}")]


# --- bad input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("2026-Q5", 'Không hiểu kỳ báo cáo "2026-Q5". Ví dụ hợp lệ: 2026, 2026-H1, 2026-9M, '
                    "2026-Q3, 2026-07, 2026-01-15..2026-03-31."),
        ("2026-H3", 'Không hiểu kỳ báo cáo "2026-H3"'),
        ("2026-Q0", 'Không hiểu kỳ báo cáo "2026-Q0"'),
        ("2026-6M", 'Không hiểu kỳ báo cáo "2026-6M"'),
        ("26", 'Không hiểu kỳ báo cáo "26"'),
        ("năm nay", 'Không hiểu kỳ báo cáo "năm nay"'),
        ("2026-03-05", 'Không hiểu kỳ báo cáo "2026-03-05"'),
        ("2026-01-01..2026-02-01..2026-03-01", 'Không hiểu kỳ báo cáo "2026-01-01..2026'),
        ("2026-13", 'Kỳ báo cáo "2026-13": tháng 13 không có'),
        ("2026-00", 'Kỳ báo cáo "2026-00": tháng 0 không có'),
        ("1900", 'Kỳ báo cáo "1900": năm 1900 nằm ngoài khoảng 1945–2100.'),
        ("2101-Q1", 'Kỳ báo cáo "2101-Q1": năm 2101'),
        ("1944-07", 'Kỳ báo cáo "1944-07": năm 1944'),
        ("2026-03-31..2026-01-01",
         'Kỳ báo cáo "2026-03-31..2026-01-01": ngày bắt đầu 31/03/2026 ở sau ngày kết thúc '
         "01/01/2026."),
        ("2026-02-30..2026-03-01", '"2026-02-30" không phải là ngày hợp lệ'),
        ("2026-01-01..", 'Kỳ báo cáo "2026-01-01..": "" không phải là ngày hợp lệ'),
        ("1900-01-01..2026-01-01", "năm 1900 nằm ngoài khoảng"),
        ("", "Chưa nhập kỳ báo cáo."),
        ("   ", "Chưa nhập kỳ báo cáo."),
    ],
)  # fmt: skip
def test_bad_input_quotes_the_text(text: str, fragment: str) -> None:
    with pytest.raises(PeriodError) as info:
        parse_period(text)
    assert isinstance(info.value, UserError)
    assert fragment in str(info.value)


def test_error_keeps_template_and_params_for_translation() -> None:
    with pytest.raises(PeriodError) as info:
        parse_period(" 2026-Q5 ")
    err = info.value
    assert err.context == "Periods"
    assert err.params["text"] == "2026-Q5"
    assert "{text}" in err.template
    assert err.translated(lambda ctx, t: "Bad period {text}") == "Bad period 2026-Q5"


@pytest.mark.parametrize("cutoff", [0, 29, 31, -1])
def test_cutoff_out_of_range(cutoff: int) -> None:
    with pytest.raises(PeriodError, match=f"đang đặt là {cutoff}"):
        parse_period("2026", cutoff_day=cutoff)
    with pytest.raises(PeriodError):
        current_period("year", today=D(2026, 5, 1), cutoff_day=cutoff)
    with pytest.raises(PeriodError):
        period_choices(year=2026, cutoff_day=cutoff)


def test_constructor_rejects_inconsistent_periods() -> None:
    with pytest.raises(ValueError):
        Period("week", 2026, 1, D(2026, 1, 1), D(2026, 1, 7))
    with pytest.raises(ValueError):
        Period("range", None, None, D(2026, 2, 1), D(2026, 1, 1))
    with pytest.raises(ValueError):
        Period("range", 2026, None, D(2026, 1, 1), D(2026, 2, 1))


# --- cut-off day ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026", D(2025, 12, 15), D(2026, 12, 14)),
        ("2026-H1", D(2025, 12, 15), D(2026, 6, 14)),
        ("2026-H2", D(2026, 6, 15), D(2026, 12, 14)),
        ("2026-9M", D(2025, 12, 15), D(2026, 9, 14)),
        ("2026-Q1", D(2025, 12, 15), D(2026, 3, 14)),
        ("2026-Q3", D(2026, 6, 15), D(2026, 9, 14)),
        ("2026-Q4", D(2026, 9, 15), D(2026, 12, 14)),
        ("2026-07", D(2026, 6, 15), D(2026, 7, 14)),
        ("2026-01", D(2025, 12, 15), D(2026, 1, 14)),
        ("2026-03", D(2026, 2, 15), D(2026, 3, 14)),
        # Ranges are literal, never shifted.
        ("2026-01-15..2026-03-31", D(2026, 1, 15), D(2026, 3, 31)),
    ],
)
def test_cutoff_15(text: str, start: date, end: date) -> None:
    p = parse_period(text, cutoff_day=15)
    assert (p.start, p.end, p.cutoff_day) == (start, end, 15)
    # The cut-off changes the window, never the name of the period.
    assert p.key == parse_period(text).key
    assert p.label == parse_period(text).label


def test_cutoff_2_and_28_around_february() -> None:
    assert parse_period("2024-03", cutoff_day=28).start == D(2024, 2, 28)
    assert parse_period("2024-03", cutoff_day=28).end == D(2024, 3, 27)
    assert parse_period("2024-02", cutoff_day=2).start == D(2024, 1, 2)
    assert parse_period("2024-02", cutoff_day=2).end == D(2024, 2, 1)


def test_cutoff_1_is_the_calendar() -> None:
    assert parse_period("2026-Q1", cutoff_day=1) == parse_period("2026-Q1")


@pytest.mark.parametrize("cutoff", [1, 2, 15, 28])
def test_months_of_a_year_tile_it(cutoff: int) -> None:
    months = [parse_period(f"2024-{m:02d}", cutoff_day=cutoff) for m in range(1, 13)]
    year = parse_period("2024", cutoff_day=cutoff)
    assert months[0].start == year.start
    assert months[-1].end == year.end
    for a, b in zip(months, months[1:], strict=False):
        assert a.end + timedelta(days=1) == b.start
    assert sum((m.end - m.start).days + 1 for m in months) == (year.end - year.start).days + 1
    quarters = [parse_period(f"2024-Q{q}", cutoff_day=cutoff) for q in range(1, 5)]
    assert [(q.start, q.end) for q in quarters] == [
        (months[3 * i].start, months[3 * i + 2].end) for i in range(4)
    ]


# --- previous_year (cùng kỳ) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cutoff", "key", "start", "end"),
    [
        ("2026", 1, "2025", D(2025, 1, 1), D(2025, 12, 31)),
        ("2026-H1", 1, "2025-H1", D(2025, 1, 1), D(2025, 6, 30)),
        ("2026-H2", 1, "2025-H2", D(2025, 7, 1), D(2025, 12, 31)),
        ("2026-9M", 1, "2025-9M", D(2025, 1, 1), D(2025, 9, 30)),
        ("2026-Q3", 1, "2025-Q3", D(2025, 7, 1), D(2025, 9, 30)),
        ("2025-02", 1, "2024-02", D(2024, 2, 1), D(2024, 2, 29)),  # into a leap February
        ("2024-02", 1, "2023-02", D(2023, 2, 1), D(2023, 2, 28)),  # out of one
        ("2026-07", 15, "2025-07", D(2025, 6, 15), D(2025, 7, 14)),
        ("2026", 15, "2025", D(2024, 12, 15), D(2025, 12, 14)),
        ("2026-01-15..2026-03-31", 1, "2025-01-15..2025-03-31", D(2025, 1, 15), D(2025, 3, 31)),
        ("2024-02-29..2024-03-31", 1, "2023-02-28..2023-03-31", D(2023, 2, 28), D(2023, 3, 31)),
        ("2024-01-01..2024-02-29", 1, "2023-01-01..2023-02-28", D(2023, 1, 1), D(2023, 2, 28)),
        ("2024-02-29..2024-02-29", 1, "2023-02-28..2023-02-28", D(2023, 2, 28), D(2023, 2, 28)),
        ("2026-01-15..2026-03-31", 15, "2025-01-15..2025-03-31", D(2025, 1, 15), D(2025, 3, 31)),
    ],
)  # fmt: skip
def test_previous_year(text: str, cutoff: int, key: str, start: date, end: date) -> None:
    prev = parse_period(text, cutoff_day=cutoff).previous_year()
    assert (prev.key, prev.start, prev.end, prev.cutoff_day) == (key, start, end, cutoff)
    assert prev.kind == parse_period(text).kind


def test_previous_year_label() -> None:
    assert parse_period("2026-H1").previous_year().label == "6 tháng đầu năm 2025"


# --- contains, months, month_bucket -------------------------------------------------


def test_contains_is_inclusive() -> None:
    q = parse_period("2026-Q3")
    assert q.contains(D(2026, 7, 1))
    assert q.contains(D(2026, 9, 30))
    assert not q.contains(D(2026, 6, 30))
    assert not q.contains(D(2026, 10, 1))
    q15 = parse_period("2026-Q3", cutoff_day=15)
    assert q15.contains(D(2026, 6, 15))
    assert not q15.contains(D(2026, 9, 15))


def test_months() -> None:
    assert parse_period("2026").months() == [(2026, m) for m in range(1, 13)]
    assert parse_period("2026-H2").months() == [(2026, m) for m in range(7, 13)]
    assert parse_period("2026-9M").months() == [(2026, m) for m in range(1, 10)]
    assert parse_period("2026-Q2").months() == [(2026, 4), (2026, 5), (2026, 6)]
    assert parse_period("2026-07").months() == [(2026, 7)]
    # Same buckets whatever the cut-off: they are reporting months.
    assert parse_period("2026-Q1", cutoff_day=15).months() == [(2026, 1), (2026, 2), (2026, 3)]
    assert parse_period("2025-11-20..2026-02-03").months() == [
        (2025, 11), (2025, 12), (2026, 1), (2026, 2),
    ]  # fmt: skip
    # A range under a cut-off uses the same buckets as month_bucket.
    assert parse_period("2025-11-20..2026-02-03", cutoff_day=15).months() == [
        (2025, 12), (2026, 1), (2026, 2),
    ]  # fmt: skip


def test_month_bucket() -> None:
    assert month_bucket(D(2026, 6, 14)) == (2026, 6)
    assert month_bucket(D(2026, 6, 15), cutoff_day=15) == (2026, 7)
    assert month_bucket(D(2026, 6, 14), cutoff_day=15) == (2026, 6)
    assert month_bucket(D(2025, 12, 15), cutoff_day=15) == (2026, 1)
    assert month_bucket(D(2025, 12, 31), cutoff_day=2) == (2026, 1)
    assert month_bucket(D(2026, 1, 1), cutoff_day=2) == (2026, 1)


# --- current_period and period_choices ------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "today", "cutoff", "key"),
    [
        ("year", D(2026, 5, 20), 1, "2026"),
        ("half", D(2026, 6, 30), 1, "2026-H1"),
        ("half", D(2026, 7, 1), 1, "2026-H2"),
        ("nine_months", D(2026, 9, 30), 1, "2026-9M"),
        ("nine_months", D(2026, 11, 2), 1, "2026-9M"),  # Q4: the one just ended
        ("quarter", D(2026, 8, 10), 1, "2026-Q3"),
        ("month", D(2026, 2, 5), 1, "2026-02"),
        ("year", D(2026, 12, 20), 15, "2027"),
        ("quarter", D(2026, 3, 14), 15, "2026-Q1"),
        ("quarter", D(2026, 3, 15), 15, "2026-Q2"),
        ("month", D(2026, 6, 15), 15, "2026-07"),
        ("half", D(2025, 12, 15), 15, "2026-H1"),
    ],
)
def test_current_period(kind: str, today: date, cutoff: int, key: str) -> None:
    p = current_period(kind, today=today, cutoff_day=cutoff)
    assert p.key == key
    assert p.cutoff_day == cutoff
    if not (kind == "nine_months" and today.month > 9):
        assert p.contains(today)


@pytest.mark.parametrize("kind", ["range", "week", ""])
def test_current_period_rejects_non_calendar_kinds(kind: str) -> None:
    with pytest.raises(ValueError):
        current_period(kind, today=D(2026, 1, 1))


def test_period_choices() -> None:
    keys = [p.key for p in period_choices(year=2026)]
    assert keys == [
        "2026", "2026-H1", "2026-H2", "2026-9M", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4",
        *(f"2026-{m:02d}" for m in range(1, 13)),
    ]  # fmt: skip
    assert period_choices(year=2026)[0].label == "năm 2026"
    with_cutoff = period_choices(year=2026, cutoff_day=15)
    assert with_cutoff[0].start == D(2025, 12, 15)
    assert all(p.cutoff_day == 15 for p in with_cutoff)


# --- properties -------------------------------------------------------------------------

cutoffs = st.integers(min_value=1, max_value=28)
years = st.integers(min_value=1946, max_value=2100)  # 1946: cùng kỳ must still parse
range_dates = st.dates(min_value=D(1946, 1, 1), max_value=D(2100, 12, 31))


@st.composite
def periods(draw: st.DrawFn) -> Period:
    cutoff = draw(cutoffs)
    if draw(st.booleans()):
        p = draw(st.sampled_from(period_choices(year=draw(years), cutoff_day=cutoff)))
        return p
    a, b = sorted((draw(range_dates), draw(range_dates)))
    return parse_period(f"{a.isoformat()}..{b.isoformat()}", cutoff_day=cutoff)


def _minus_year(d: date) -> date:
    if (d.month, d.day) == (2, 29):
        return D(d.year - 1, 2, 28)
    return D(d.year - 1, d.month, d.day)


@given(periods())
def test_key_round_trips(p: Period) -> None:
    assert parse_period(p.key, cutoff_day=p.cutoff_day) == p
    assert parse_period(f"  {p.key.lower()} ", cutoff_day=p.cutoff_day) == p


@given(periods())
def test_previous_year_is_one_year_before(p: Period) -> None:
    prev = p.previous_year()
    if p.kind == "range":
        # A typed range keeps its days, one year earlier (29/02 becomes 28/02).
        assert (prev.start, prev.end) == (_minus_year(p.start), _minus_year(p.end))
    else:
        # A calendar period is the same period of the year before, with that year's own
        # boundaries: February 2081 ends on the 28th, February 2080 on the 29th.
        assert prev == parse_period(p.key.replace(str(p.year), str(p.year - 1), 1), cutoff_day=p.cutoff_day)
        assert prev.start.year == p.start.year - 1
    assert prev.kind == p.kind
    assert prev.number == p.number
    assert parse_period(prev.key, cutoff_day=p.cutoff_day) == prev


@given(periods())
def test_contains_bounds_and_months_cover_every_day(p: Period) -> None:
    assert p.contains(p.start) and p.contains(p.end)
    assert not p.contains(p.start - timedelta(days=1))
    assert not p.contains(p.end + timedelta(days=1))
    buckets = p.months()
    assert buckets == sorted(set(buckets))
    assert month_bucket(p.start, cutoff_day=p.cutoff_day) == buckets[0]
    assert month_bucket(p.end, cutoff_day=p.cutoff_day) == buckets[-1]


@given(st.dates(min_value=D(1946, 1, 1), max_value=D(2099, 12, 31)), cutoffs)
def test_current_period_contains_today(today: date, cutoff: int) -> None:
    for kind in ("year", "half", "quarter", "month"):
        assert current_period(kind, today=today, cutoff_day=cutoff).contains(today)
    nine = current_period("nine_months", today=today, cutoff_day=cutoff)
    in_first_nine = month_bucket(today, cutoff_day=cutoff)[1] <= 9
    assert nine.contains(today) == in_first_nine
    assert nine.year == current_period("year", today=today, cutoff_day=cutoff).year


@given(st.dates(min_value=D(1946, 1, 1), max_value=D(2099, 12, 31)), cutoffs)
def test_month_bucket_agrees_with_month_windows(d: date, cutoff: int) -> None:
    year, month = month_bucket(d, cutoff_day=cutoff)
    assert parse_period(f"{year}-{month:02d}", cutoff_day=cutoff).contains(d)
