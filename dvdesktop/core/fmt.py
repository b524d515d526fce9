"""Every number, percentage and date a user sees, formatted one way (babel, vi_VN by default).

Reports are Party documents in Vietnamese (Hướng dẫn 36-HD/VPTW): grouping "10.955",
decimal comma "75,9%", dates "05/02/2026" and "ngày 05 tháng 02 năm 2026". The window in
English passes ``locale="en"`` to get "10,955" and "75.9%"; the Vietnamese words of the
report register (``date_long``, ``fraction``, ``change_phrase``) are the same in both,
because they end up in the printed report, which is always Vietnamese.

``percent_value`` is the one rounding rule for every percentage in the app: summaries,
reports and the receiving office all call it, so figures agree everywhere.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from decimal import Decimal

from dvdesktop.base.errors import UserError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "DateError",
    "change_phrase",
    "date_line",
    "date_long",
    "date_short",
    "fraction",
    "number",
    "parse_date",
    "percent",
    "percent_decimal",
    "percent_value",
    "roman",
    "try_parse_date",
    "two_digits",
]

DEFAULT_LOCALE = "vi_VN"

#: Shown in place of a percentage whose denominator is zero (an en dash, as in print).
NO_PERCENT = "–"

# Users type dd/mm/yyyy (and sometimes dots or hyphens); ISO comes from files and pickers.
# A four-digit year is required: "5/2/26" could be 1926 or 2026 and we refuse to guess.
_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)


class DateError(UserError):
    """The text typed as a date is not a date (wrong form, or no such day)."""

    context = "Format"


def number(n: int | float | Decimal, *, locale: str = DEFAULT_LOCALE) -> str:
    """Format a count or measure with the locale's grouping and decimal symbols.

    ``number(10955) == "10.955"``, ``number(1234.5) == "1.234,5"``; ``locale="en"`` gives
    "10,955". Non-integers keep at most three decimals (the locale pattern's precision).
    """
    if type(n) is int and 0 <= n < 1000 and locale[:2] in ("vi", "en"):
        return str(n)  # no group below a thousand, Latin digits: what babel gives (a list's counts)
    if isinstance(n, bool):  # bool is an int; printing True as "1" would hide a bug
        raise TypeError("number() needs a number, not a bool")
    return _number(n, locale)


@functools.lru_cache(maxsize=8192, typed=True)
def _number(n: int | float | Decimal, locale: str) -> str:
    # Cached: a list formats the same counts again and again, and babel parses the
    # locale's pattern at every call. babel loads on first use, after the window shows.
    from babel.numbers import format_decimal

    text = format_decimal(n, locale=locale)
    # A tiny negative float rounds to "-0", which reads as an error on paper.
    return "0" if text == "-0" else text


def percent_decimal(part: int, whole: int) -> Decimal | None:
    """``percent_value`` as an exact ``Decimal`` with one decimal place (e.g. ``Decimal("75.9")``).

    Use this when the figure is formatted or summed further, to avoid a float round trip.
    """
    if isinstance(part, bool) or isinstance(whole, bool):
        raise TypeError("percent needs integer counts, not bools")
    if part < 0 or whole < 0:
        # Counts are never negative; a negative one is a bug upstream, not a 0%.
        raise ValueError(f"percent of negative counts: {part}/{whole}")
    if whole == 0:
        return None
    # Exact: tenths = part * 1000 / whole, rounded half up in integers, so no precision
    # limit of a Decimal context or binary float can move a value across the .x5 boundary.
    tenths, remainder = divmod(part * 1000, whole)
    if 2 * remainder >= whole:
        tenths += 1
    return Decimal(tenths).scaleb(-1)


def percent_value(part: int, whole: int) -> float | None:
    """The one rounding rule: ``part / whole * 100`` to one decimal, half up.

    The exact fraction is rounded with ``ROUND_HALF_UP`` to one decimal place, i.e. the
    result equals ``(Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"),
    rounding=ROUND_HALF_UP)`` computed without loss (never float rounding, which turns
    some .x5 values down). ``22/29 -> 75.9``, ``1/8 -> 12.5``, ``1/16 -> 6.3``,
    ``9230/9323 -> 99.0``. Returns ``None`` when ``whole == 0`` (no rate, not 0%).
    Counts must be non-negative; ``part > whole`` is allowed (over 100%).
    """
    value = percent_decimal(part, whole)
    return None if value is None else float(value)


def percent(part: int, whole: int, *, locale: str = DEFAULT_LOCALE) -> str:
    """``part/whole`` as a percentage text: "75,9%"; a whole number has no ",0" ("99%").

    ``whole == 0`` gives "–" (there is no rate to state).
    """
    value = percent_decimal(part, whole)
    if value is None:
        return NO_PERCENT
    # decimal_quantization=False keeps our one decimal (the locale pattern has none) and
    # drops a trailing ",0", so 99.0 prints "99%" as the seeds write it.
    from babel.numbers import format_percent

    return format_percent(value / 100, locale=locale, decimal_quantization=False)


def fraction(part: int, whole: int, unit: str = "", *, locale: str = DEFAULT_LOCALE) -> str:
    """A rate stated with its counts, as reports do: "22/29 vụ việc, đạt 75,9%".

    ``unit`` is optional ("22/29, đạt 75,9%"). With ``whole == 0`` only the counts are
    given ("0/0 vụ việc"): "đạt –" would read as a typo in a report.
    """
    text = f"{number(part, locale=locale)}/{number(whole, locale=locale)}"
    if unit:
        text = f"{text} {unit}"
    if whole == 0:
        return text
    return f"{text}, đạt {percent(part, whole, locale=locale)}"


def date_short(d: date, *, locale: str = DEFAULT_LOCALE) -> str:
    """"05/02/2026": dd/MM/yyyy in every locale, because that is what users type back."""
    if locale.startswith(("vi", "en")):  # Latin digits: what babel's dd/MM/yyyy gives, without babel
        return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
    from babel.dates import format_date

    return format_date(d, "dd/MM/yyyy", locale=locale)


def date_long(d: date) -> str:
    """The Party-document date: "ngày 05 tháng 02 năm 2026", "ngày 15 tháng 7 năm 2026".

    Per Hướng dẫn 36-HD/VPTW a day below 10 and the months 01 and 02 are zero-padded
    (so a "1" cannot be turned into "11" or "12" by hand); other months are not.
    """
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def date_line(place: str, d: date) -> str:
    """The italic place-and-date line: "Quỳnh Lưu, ngày 05 tháng 02 năm 2026"."""
    return f"{place.strip()}, {date_long(d)}"


def try_parse_date(text: str) -> date | None:
    """Like ``parse_date``, but ``None`` instead of an error (for callers with their own message)."""
    s = text.strip()
    if m := _DMY.fullmatch(s):
        day, month, year = (int(g) for g in m.groups())
    elif m := _ISO.fullmatch(s):
        year, month, day = (int(g) for g in m.groups())
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> date:
    """Read a date as users type it: "05/02/2026", "5/2/2026", "2026-02-05".

    Raises ``DateError`` (a ``UserError``) with a Vietnamese message otherwise. The year
    must have four digits; whether it is plausible for a field is the validator's call.
    """
    parsed = try_parse_date(text)
    if parsed is not None:
        return parsed
    s = text.strip()
    if not s:
        raise DateError(QT_TRANSLATE_NOOP("Format", "Chưa nhập ngày. Ví dụ hợp lệ: 05/02/2026."))
    if _DMY.fullmatch(s) or _ISO.fullmatch(s):
        raise DateError(QT_TRANSLATE_NOOP("Format", 'Ngày "{text}" không tồn tại.'), text=s)
    raise DateError(
        QT_TRANSLATE_NOOP(
            "Format", 'Không hiểu ngày "{text}". Hãy nhập ngày/tháng/năm, ví dụ 05/02/2026.'
        ),
        text=s,
    )


def roman(n: int) -> str:
    """Roman numeral: 3 -> "III" (quý III, section headings I., II., III.)."""
    if isinstance(n, bool) or not 1 <= n <= 3999:
        raise ValueError(f"roman() needs 1..3999, got {n!r}")
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def two_digits(n: int) -> str:
    """A count as the seeds write it: below 10 zero-padded ("03 đơn vị", "05 mô hình").

    0 gives "00"; sentences usually say "không có" instead, which is the caller's choice.
    From 10 on the number is grouped as usual ("1.234").
    """
    if n < 0:
        raise ValueError(f"two_digits() needs a count, got {n}")
    return f"{n:02d}" if n < 10 else number(n)


def change_phrase(current: int, previous: int, unit: str) -> str:
    """Change against the same period last year (cùng kỳ), in the seeds' register.

    ``change_phrase(29, 14, "đơn") == "tăng 15 đơn"``, ``(46, 66, "lượt") == "giảm 20
    lượt"``, equal counts give "bằng cùng kỳ". The caller adds "so với cùng kỳ".
    """
    diff = current - previous
    if diff == 0:
        return "bằng cùng kỳ"
    word = "tăng" if diff > 0 else "giảm"
    amount = number(abs(diff))
    return f"{word} {amount} {unit}" if unit else f"{word} {amount}"
