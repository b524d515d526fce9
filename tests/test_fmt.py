"""Tests for dvdesktop.core.fmt: Vietnamese number, percentage and date forms."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvdesktop.core import fmt
from dvdesktop.base.errors import UserError


# --- number -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1000, "1.000"),
        (10955, "10.955"),
        (9230, "9.230"),
        (1234567, "1.234.567"),
        (-2300, "-2.300"),
        (1234.5, "1.234,5"),
        (0.25, "0,25"),
        (Decimal("75.9"), "75,9"),
        (Decimal("1000000.125"), "1.000.000,125"),
        (-0.0001, "0"),  # never "-0" on paper
    ],
)
def test_number_vi(value: int | float | Decimal, expected: str) -> None:
    assert fmt.number(value) == expected


def test_number_en() -> None:
    assert fmt.number(10955, locale="en") == "10,955"
    assert fmt.number(1234.5, locale="en") == "1,234.5"


def test_number_rejects_bool() -> None:
    with pytest.raises(TypeError):
        fmt.number(True)


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_number_int_has_no_decimal_comma(n: int) -> None:
    text = fmt.number(n)
    assert "," not in text
    assert int(text.replace(".", "")) == n


# --- percentages ------------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        (22, 29, 75.9),  # seed 002 states 75%, we state it with one decimal
        (23, 29, 79.3),
        (9230, 9323, 99.0),
        (152, 159, 95.6),
        (1, 8, 12.5),
        (1, 16, 6.3),  # 6.25 -> 6.3: half up, where round-half-even gives 6.2
        (1, 80, 1.3),  # 1.25 -> 1.3
        (3, 80, 3.8),  # 3.75 -> 3.8
        (1, 3, 33.3),
        (2, 3, 66.7),
        (0, 5, 0.0),
        (5, 5, 100.0),
        (6, 5, 120.0),  # over 100% is reported as is
        (1, 2000, 0.1),  # 0.05 -> 0.1
        (1, 2001, 0.0),  # 0.04997... -> 0.0
    ],
)
def test_percent_value(part: int, whole: int, expected: float) -> None:
    assert fmt.percent_value(part, whole) == expected


def test_percent_value_half_up_where_float_rounding_goes_down() -> None:
    # 1/16*100 = 6.25 exactly; Python's round() gives 6.2 (half even), and
    # 0.1/0.8 style float products give 12.499999: our rule must say 6.3.
    assert round(6.25, 1) == 6.2
    assert fmt.percent_value(1, 16) == 6.3
    assert fmt.percent_decimal(1, 16) == Decimal("6.3")


def test_percent_value_zero_whole_is_none() -> None:
    assert fmt.percent_value(0, 0) is None
    assert fmt.percent_value(5, 0) is None


def test_percent_value_rejects_negative_counts() -> None:
    with pytest.raises(ValueError):
        fmt.percent_value(-1, 5)
    with pytest.raises(ValueError):
        fmt.percent_value(1, -5)


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=10**9))
def test_percent_value_matches_decimal_rule(part: int, whole: int) -> None:
    with localcontext() as ctx:
        ctx.prec = 60  # far more digits than any tie needs, so this is the exact rule
        expected = (Decimal(part) * 100 / Decimal(whole)).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )
    assert fmt.percent_decimal(part, whole) == expected
    assert fmt.percent_value(part, whole) == float(expected)
    # And within half a tenth of the exact fraction.
    assert abs(Fraction(part * 100, whole) - Fraction(expected)) <= Fraction(1, 20)


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        (22, 29, "75,9%"),
        (9230, 9323, "99%"),  # a whole-number result prints without ",0"
        (5, 5, "100%"),
        (0, 7, "0%"),
        (1, 16, "6,3%"),
        (123456, 10, "1.234.560%"),
        (0, 0, "–"),
    ],
)
def test_percent_vi(part: int, whole: int, expected: str) -> None:
    assert fmt.percent(part, whole) == expected


def test_percent_en() -> None:
    assert fmt.percent(22, 29, locale="en") == "75.9%"
    assert fmt.percent(9230, 9323, locale="en") == "99%"


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_percent_text_agrees_with_value(part: int, whole: int) -> None:
    text = fmt.percent(part, whole)
    assert text.endswith("%")
    value = fmt.percent_decimal(part, whole)
    assert Decimal(text[:-1].replace(".", "").replace(",", ".")) == value


def test_fraction() -> None:
    assert fmt.fraction(22, 29, "vụ việc") == "22/29 vụ việc, đạt 75,9%"
    assert fmt.fraction(152, 159) == "152/159, đạt 95,6%"
    assert fmt.fraction(9230, 9323, "lượt") == "9.230/9.323 lượt, đạt 99%"
    assert fmt.fraction(10, 10, "xã, phường") == "10/10 xã, phường, đạt 100%"
    assert fmt.fraction(0, 0, "vụ việc") == "0/0 vụ việc"
    assert fmt.fraction(1234, 2000, locale="en") == "1,234/2,000, đạt 61.7%"


# --- dates ------------------------------------------------------------------


def test_date_short() -> None:
    assert fmt.date_short(date(2026, 2, 5)) == "05/02/2026"
    assert fmt.date_short(date(2026, 12, 31)) == "31/12/2026"
    assert fmt.date_short(date(2026, 2, 5), locale="en") == "05/02/2026"


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2026, 2, 5), "ngày 05 tháng 02 năm 2026"),
        (date(2026, 1, 20), "ngày 20 tháng 01 năm 2026"),
        (date(2019, 2, 20), "ngày 20 tháng 02 năm 2019"),
        (date(2026, 7, 15), "ngày 15 tháng 7 năm 2026"),
        (date(2026, 3, 9), "ngày 09 tháng 3 năm 2026"),
        (date(2026, 9, 30), "ngày 30 tháng 9 năm 2026"),
        (date(2026, 10, 1), "ngày 01 tháng 10 năm 2026"),
        (date(2026, 12, 31), "ngày 31 tháng 12 năm 2026"),
    ],
)
def test_date_long(d: date, expected: str) -> None:
    assert fmt.date_long(d) == expected


def test_date_line() -> None:
    assert fmt.date_line("Quỳnh Lưu", date(2026, 2, 5)) == "Quỳnh Lưu, ngày 05 tháng 02 năm 2026"
    assert fmt.date_line(" Hà Nội ", date(2026, 7, 15)) == "Hà Nội, ngày 15 tháng 7 năm 2026"


@pytest.mark.parametrize(
    "text",
    [
        "05/02/2026",
        "5/2/2026",
        "2026-02-05",
        " 05/02/2026 ",
        "05.02.2026",
        "05-02-2026",
        "2026-2-5",
    ],
)
def test_parse_date_accepts(text: str) -> None:
    assert fmt.parse_date(text) == date(2026, 2, 5)


def test_parse_date_leap_day() -> None:
    assert fmt.parse_date("29/02/2024") == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("29/02/2026", 'Ngày "29/02/2026" không tồn tại.'),
        ("2026-13-01", 'Ngày "2026-13-01" không tồn tại.'),
        ("5/2/26", 'Không hiểu ngày "5/2/26"'),  # two-digit year: refuse to guess the century
        ("02/05", 'Không hiểu ngày "02/05"'),
        ("hôm qua", 'Không hiểu ngày "hôm qua"'),
        ("", "Chưa nhập ngày"),
        ("   ", "Chưa nhập ngày"),
    ],
)
def test_parse_date_rejects(text: str, fragment: str) -> None:
    with pytest.raises(UserError) as info:
        fmt.parse_date(text)
    assert isinstance(info.value, fmt.DateError)
    assert fragment in str(info.value)
    assert fmt.try_parse_date(text) is None


def test_parse_date_error_is_translatable() -> None:
    with pytest.raises(fmt.DateError) as info:
        fmt.parse_date("xyz")
    seen: list[tuple[str, str]] = []

    def tr(context: str, text: str) -> str:
        seen.append((context, text))
        return 'Cannot read date "{text}".'

    assert info.value.translated(tr) == 'Cannot read date "xyz".'
    assert seen == [("Format", info.value.template)]


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_date_short_round_trips(d: date) -> None:
    assert fmt.parse_date(fmt.date_short(d)) == d
    assert fmt.parse_date(d.isoformat()) == d


# --- small forms ------------------------------------------------------------


def test_roman() -> None:
    expected = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    assert [fmt.roman(n) for n in range(1, 13)] == expected
    assert fmt.roman(1945) == "MCMXLV"
    for bad in (0, -1, 4000):
        with pytest.raises(ValueError):
            fmt.roman(bad)


def test_two_digits() -> None:
    assert fmt.two_digits(3) == "03"
    assert fmt.two_digits(5) == "05"
    assert fmt.two_digits(0) == "00"
    assert fmt.two_digits(9) == "09"
    assert fmt.two_digits(10) == "10"
    assert fmt.two_digits(55) == "55"
    assert fmt.two_digits(1234) == "1.234"
    with pytest.raises(ValueError):
        fmt.two_digits(-1)


@pytest.mark.parametrize(
    ("current", "previous", "unit", "expected"),
    [
        (29, 14, "đơn", "tăng 15 đơn"),
        (46, 66, "lượt", "giảm 20 lượt"),
        (29, 44, "vụ việc", "giảm 15 vụ việc"),
        (12, 12, "cuộc", "bằng cùng kỳ"),
        (0, 0, "cuộc", "bằng cùng kỳ"),
        (12000, 10, "lượt", "tăng 11.990 lượt"),
        (5, 2, "", "tăng 3"),
    ],
)
def test_change_phrase(current: int, previous: int, unit: str, expected: str) -> None:
    assert fmt.change_phrase(current, previous, unit) == expected
