"""Before a package is written: look through every free text that would leave for personal data.

What would leave is the free text listed in ``minimise.FREE_TEXT`` (in the period's
records) and the report's sections II and III, typed by the secretary. Each is searched
for what looks like a citizen's identity: a CCCD (12 digits) or CMND (9 digits) number, a
telephone number, an e-mail address, and the names and ID numbers held in the reception
register (Sổ tiếp công dân, every period, the trash included). A full name is matched
ignoring case and diacritics ("nguyen van an" finds "Nguyễn Văn An"), a name without its
family name with its diacritics (``_Register``).

Nothing is written while there are findings, until the user decides: the command line
prints the ``Screening`` (the window is to show it in a dialog); the user fixes the
records, or passes the screening they saw back to ``export_package(..., accept=screening)``.
If the data changed in between, the findings differ and the export is refused again.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.core import fmt
from dvdesktop.core.domain import KINDS, kind_spec
from dvdesktop.core.ledger import Ledger
from dvdesktop.packages.errors import PackageError
from dvdesktop.packages.minimise import DECIDES_WITHHELD, FREE_TEXT, withheld_fields
from dvdesktop.store.fold import fold

__all__ = [
    "CATEGORIES",
    "Finding",
    "PersonalDataFound",
    "Screening",
    "fields_read",
    "find_personal_data",
    "screen_export",
]

#: category -> Vietnamese label (for the dialog and the command line).
CATEGORIES = {
    "cccd": QT_TRANSLATE_NOOP("Packages", "số CCCD (12 chữ số)"),
    "cmnd": QT_TRANSLATE_NOOP("Packages", "số CMND (9 chữ số)"),
    "phone": QT_TRANSLATE_NOOP("Packages", "số điện thoại"),
    "email": QT_TRANSLATE_NOOP("Packages", "địa chỉ thư điện tử"),
    "register_name": QT_TRANSLATE_NOOP("Packages", "họ tên có trong sổ tiếp công dân"),
    "register_id": QT_TRANSLATE_NOOP("Packages", "số giấy tờ có trong sổ tiếp công dân"),
}

#: Pseudo-kind of the report's typed sections; field names are those of ``period_text``.
REPORT = "report"
_REPORT_FIELDS = {
    "limitations": QT_TRANSLATE_NOOP("Packages", "II. Hạn chế, nguyên nhân"),
    "directions": QT_TRANSLATE_NOOP("Packages", "III. Phương hướng, nhiệm vụ"),
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A whole run of digits with up to two separators between them: "0912 345 678",
# "0912.345.678", "+84 912-345-678", "(024) 3825 1234", "ĐT0912345678". Never part of a
# longer run (two dates side by side) or of a document number ("1234/QĐ-UBND").
_NUMBER = re.compile(
    r"(?<![\d/])(?<!\d[ .\-()])(?<!\d[ .\-()]{2})(?:\+|\()?\d(?:[ .\-()]{0,2}\d){7,14}"
    r"(?![\d/]|[ .\-()]{1,2}\d)"
)
# 1.500.000 or 150.000.000: an amount or a count written with thousands separators.
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
# What an ID number in the register may look like in text: "040187654321", "B 1234567".
_ID_LIKE = re.compile(r"(?<!\w)[A-Za-z]{0,2}\s?\d(?:[\s.\-]?\d){4,}(?!\w)")
_MEMO_TEXTS = 200_000  # texts whose findings a register remembers (a few MiB at most)
_MAX_TEXT = 20_000  # a field is at most 5,000 characters; the report sections the same order


@dataclass(frozen=True)
class Finding:
    """One piece of text that looks like personal data, and where it is.

    ``kind`` is a record kind (``"meeting"``...) or ``"report"`` for the report's typed
    sections; ``record_id`` the record's id in the unit's database (None for the report);
    ``record`` names it for a person ("Hội nghị, sinh hoạt ngày 05/03/2026: …").
    """

    kind: str
    record_id: int | None
    record: str
    field: str
    field_label: str
    category: str
    match: str

    @property
    def category_label(self) -> str:
        return CATEGORIES[self.category]

    @property
    def fix(self) -> str:
        """How to fix it, in Vietnamese."""
        if self.kind == REPORT:
            return QT_TRANSLATE_NOOP(
                "Packages",
                "Sửa mục “{field}” ở trang Báo cáo rồi xuất lại gói.",
            ).format(field=self.field_label)
        return QT_TRANSLATE_NOOP(
            "Packages",
            "Sửa trường “{field}” của bản ghi này (bỏ thông tin cá nhân) rồi xuất lại gói.",
        ).format(field=self.field_label)

    def message(self) -> str:
        """``"Hội nghị … — trường “Tên hội nghị”: số điện thoại “0912 345 678”."``"""
        return QT_TRANSLATE_NOOP(
            "Packages", "{record} — trường “{field}”: {category} “{match}”."
        ).format(record=self.record, field=self.field_label, category=self.category_label,
                 match=self.match)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "record_id": self.record_id, "record": self.record,
                "field": self.field, "field_label": self.field_label, "category": self.category,
                "match": self.match, "message": self.message(), "fix": self.fix}


@dataclass(frozen=True)
class Screening:
    """What ``screen_export`` found for one period; ``token`` identifies these findings."""

    period_key: str
    findings: tuple[Finding, ...]
    texts_checked: int
    names_known: int = 0
    by_category: dict[str, int] = field(default_factory=dict)

    @property
    def clean(self) -> bool:
        return not self.findings

    @property
    def token(self) -> str:
        h = hashlib.sha256(self.period_key.encode("utf-8"))
        for f in self.findings:
            h.update("\0".join((f.kind, str(f.record_id), f.field, f.category, f.match)).encode("utf-8"))
            h.update(b"\n")
        return h.hexdigest()

    def lines(self) -> list[str]:
        """One line per finding, then its fix: what the command line prints."""
        out: list[str] = []
        for f in self.findings:
            out += [f.message(), "    " + f.fix]
        return out


class PersonalDataFound(PackageError):
    """The package was not written: free text that would leave looks like personal data.

    ``screening`` holds every finding, for the window's dialog.
    """

    def __init__(self, screening: Screening) -> None:
        first = screening.findings[0]
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Packages",
                "Chưa ghi gói: có {count} chỗ trông như thông tin cá nhân sẽ được gửi đi, ví dụ "
                "{first} Hãy sửa những chỗ đó rồi tạo lại gói.",
            ),
            code="personal_data",
            count=len(screening.findings),
            first=first.message(),
        )
        self.screening = screening


# ------------------------------------------------------------------ detectors
def _number_category(raw: str) -> str | None:
    digits = re.sub(r"\D", "", raw)
    if _GROUPED.fullmatch(raw.strip("()+")):
        return None
    groups = re.findall(r"\d+", raw)
    if len(groups) > 1 and all(len(g) == 4 and g[:2] in ("19", "20") for g in groups):
        return None  # "2024 2025 2026": years
    if raw.startswith("+84") or (digits.startswith("84") and len(digits) == 11 and raw.startswith("+")):
        return "phone" if len(digits) in (11, 12) else None
    if digits.startswith("0") and len(digits) in (10, 11):
        return "phone"
    if len(digits) == 12:
        return "cccd"
    if len(digits) == 9:
        return "cmnd"
    return None


_WORDS = re.compile(r"\w+")


def _exact(text: str) -> str:
    # Case ignored, diacritics kept: "Văn Hoa" (a given name) is not "văn hóa" (culture).
    return unicodedata.normalize("NFC", text).casefold()


@dataclass
class _Register:
    """Names and ID numbers in the reception register, prepared for matching.

    A full name is matched ignoring case and diacritics ("nguyen thi to giac" is
    "Nguyễn Thị Tố Giác"); the name without its family name ("Thị Tố Giác", for names of
    three words or more) only with its diacritics, since folded it would be an everyday
    phrase ("Văn Hoa" folds to "van hoa", like "văn hóa"). ``folded``/``exact`` map a
    matching form to its spelling in the register; a text is matched by looking its runs
    of 2 to ``longest`` words up, so screening costs the same with ten names or 100,000.
    """

    folded: dict[str, str]
    exact: dict[str, str]
    ids: set[str]
    longest: int = 0

    @property
    def names(self) -> set[str]:
        return set(self.folded.values()) | set(self.exact.values())

    @classmethod
    def of(cls, receptions: Iterable[Mapping[str, Any]]) -> _Register:
        folded: dict[str, str] = {}
        exact: dict[str, str] = {}
        ids: set[str] = set()
        for r in receptions:
            name = " ".join(str(r.get("citizen_name") or "").split())
            words = _WORDS.findall(fold(name))
            if len(words) >= 2:
                folded.setdefault(" ".join(words), name)
                given = _WORDS.findall(_exact(name))
                if len(given) >= 3:  # "Văn An" for "Nguyễn Văn An": how people are written about
                    exact.setdefault(" ".join(given[1:]), name)
            cid = re.sub(r"[\s.\-]", "", str(r.get("citizen_id") or "")).upper()
            if len(cid) >= 6:
                ids.add(cid)
        longest = max((k.count(" ") + 1 for k in (*folded, *exact)), default=0)
        return cls(folded, exact, ids, longest)

    @functools.cached_property
    def _starts(self) -> tuple[set[str], set[str]]:
        """The first word of every matching form: only there can a name begin."""
        return ({k.split(" ", 1)[0] for k in self.folded}, {k.split(" ", 1)[0] for k in self.exact})


    @functools.cached_property
    def _memo(self) -> dict[str, tuple[tuple[str, str], ...]]:
        return {}

    def screen(self, text: str) -> tuple[tuple[str, str], ...]:
        """``find_personal_data(text, self)``, remembered per text: the findings depend on
        nothing but the text and this register, which never changes once made."""
        memo = self._memo
        found = memo.get(text)
        if found is None:
            if len(memo) >= _MEMO_TEXTS:
                memo.clear()
            found = memo[text] = tuple(find_personal_data(text, self))
        return found

    def find_names(self, text: str) -> list[str]:
        found: list[str] = []
        folded_starts, exact_starts = self._starts
        for forms, starts, words in ((self.folded, folded_starts, _WORDS.findall(fold(text))),
                                     (self.exact, exact_starts, _WORDS.findall(_exact(text)))):
            begins = [i for i, w in enumerate(words) if w in starts]
            if not begins:
                continue
            taken = [False] * len(words)
            # Longest first, so "Nguyễn Văn An" is reported rather than the "Văn An" inside it.
            for n in range(min(self.longest, len(words)), 1, -1):
                for i in begins:
                    if i + n > len(words):
                        break
                    if any(taken[i:i + n]):
                        continue
                    original = forms.get(" ".join(words[i:i + n]))
                    if original is not None:
                        taken[i:i + n] = [True] * n
                        if original not in found:
                            found.append(original)
        return found


_register_cache: list[tuple[tuple[tuple[Any, Any], ...], _Register]] = []


def _register_of(rows: tuple[tuple[Any, Any], ...]) -> _Register:
    """The ``_Register`` of these (citizen_name, citizen_id) rows; the last one is kept, so
    an export after another over an unchanged register folds no name again and finds each
    unchanged text's findings in its memo (``_Register.screen``)."""
    if _register_cache and _register_cache[0][0] == rows:
        return _register_cache[0][1]
    register = _Register.of({"citizen_name": name, "citizen_id": cid} for name, cid in rows)
    _register_cache[:] = [(rows, register)]
    return register


def find_personal_data(text: str, register: _Register | None = None) -> list[tuple[str, str]]:
    """``[(category, matched text)]`` of what in ``text`` looks like personal data."""
    text = text[:_MAX_TEXT]
    found: list[tuple[str, str]] = []
    for m in _EMAIL.finditer(text):
        found.append(("email", m.group(0)))
    for m in _NUMBER.finditer(text):
        category = _number_category(m.group(0))
        if category:
            found.append((category, m.group(0).strip()))
    if register is not None:
        found += [("register_name", name) for name in register.find_names(text)]
        numbers = {re.sub(r"\D", "", t) for c, t in found if c in ("cccd", "cmnd")}
        for m in _ID_LIKE.finditer(text):
            cid = re.sub(r"[\s.\-]", "", m.group(0)).upper()
            if cid in register.ids and cid not in numbers:
                numbers.add(cid)
                found.append(("register_id", cid))
    return found


# ------------------------------------------------------------------ screening
def _record_label(kind: str, rec: Mapping[str, Any]) -> str:
    spec = kind_spec(kind)
    when = rec.get(spec.date_field)
    try:
        day = fmt.date_short(fmt.parse_date(str(when))) if when and spec.date_field != "year" else str(when or "")
    except Exception:  # noqa: BLE001 - an odd date still names the record
        day = str(when or "")
    title = " ".join(str(rec.get(spec.title_field) or "").split())
    if len(title) > 60:
        title = title[:57] + "…"
    return QT_TRANSLATE_NOOP("Packages", "{kind} ngày {date} (số {id}): {title}").format(
        kind=spec.label, date=day, id=rec.get("id", "?"), title=title)


def _field_label(kind: str, name: str) -> str:
    try:
        return kind_spec(kind).field(name).label
    except (KeyError, ValueError):
        return name


def fields_read(kind: str) -> tuple[str, ...]:
    """The fields of a record ``screen_export`` reads besides its ``id``: the free text that
    leaves, what decides whether it is withheld, what names the record in a finding."""
    spec = kind_spec(kind)
    return (*(name for (k, name) in FREE_TEXT if k == kind), *DECIDES_WITHHELD.get(kind, ()),
            spec.date_field, spec.title_field)


def screen_export(ledger: Ledger, *, period: Any,
                  records: Mapping[str, list[dict[str, Any]]] | None = None) -> Screening:
    """Screen what a package of ``period`` would carry; writes nothing.

    :param ledger: the unit's open ``Ledger``
    :param period: ``"2026-H1"`` or a ``Period``
    :param records: ``{kind: ledger.list(kind, period=period)}`` when the caller has
        them already (the export, which writes those same records; ``fields_read(kind)``
        and the ``id`` are all a record needs here); read here otherwise
    """

    p = ledger.period(period) if isinstance(period, str) else period
    # Every name and ID number of the register, in the trash too; only those two columns.
    with ledger.reading() as db:
        rows = tuple(db.execute("SELECT citizen_name, citizen_id FROM receptions"))
    register = _register_of(rows)
    findings: list[Finding] = []
    checked = 0
    for kind in KINDS:
        leaving = [name for (k, name) in FREE_TEXT if k == kind]
        if not leaving:
            continue
        rows = records[kind] if records is not None and kind in records else ledger.list(kind, period=p)
        for rec in rows:
            withheld = withheld_fields(kind, rec)
            for name in leaving:
                value = rec.get(name)
                if name in withheld or not isinstance(value, str) or not value.strip():
                    continue
                checked += 1
                for category, match in register.screen(value):
                    findings.append(Finding(kind, rec.get("id"), _record_label(kind, rec), name,
                                            _field_label(kind, name), category, match))
    texts = ledger.period_text(p.key) or {}
    for name, label in _REPORT_FIELDS.items():
        value = texts.get(name) or ""
        if not value.strip():
            continue
        checked += 1
        for category, match in register.screen(value):
            findings.append(Finding(REPORT, None, QT_TRANSLATE_NOOP("Packages", "Báo cáo của kỳ"),
                                    name, label, category, match))
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.category] = counts.get(f.category, 0) + 1
    return Screening(p.key, tuple(findings), checked, len(register.names), counts)
