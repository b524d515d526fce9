"""Helpers shared by the package and office tests (no tests here).

``FakeLedger(code)`` makes a real unit file whose summary the test chooses, so the office
tests can make real packages of many units without recording thousands of records.
"""

from __future__ import annotations

import atexit
import io
import itertools
import random
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from dvdesktop.core.fmt import percent_value
from dvdesktop.core.ledger import Ledger
from dvdesktop.core.periods import parse_period

MINISIGN = shutil.which("minisign")
FAKE_PDF = b"%PDF-1.4\n% fake report for tests\n%%EOF\n"
WHEN = datetime(2026, 7, 5, 8, 30, tzinfo=timezone.utc)


def make_summary(code: str, period: str, rng: random.Random, *, unit_type: str = "chi_bo_co_so") -> dict[str, Any]:
    """A summary shaped like docs/summary.md with random, consistent counts."""
    p = parse_period(period)
    expected = rng.randint(0, 400)
    present = rng.randint(0, expected)
    others = rng.randint(0, 100)
    v_cases = rng.randint(0, 30)
    v_res = rng.randint(0, v_cases)
    l_cases = rng.randint(0, 30)
    l_res = rng.randint(0, l_cases)
    grades = {g: rng.randint(0, 3) for g in ("HTXSNV", "HTTNV", "HTNV", "KHTNV")}
    models = rng.randint(0, 4)
    return {
        "schema": "dvdesktop.summary/1",
        "unit": {"code": code, "name": f"Chi bộ {code}", "type": unit_type,
                 "superior": "Đảng ủy Khối", "members": rng.randint(3, 80)},
        "period": p.to_dict(),
        "previous_period": p.previous_year().to_dict(),
        "meetings": {
            "count": rng.randint(0, 40), "attendance": present + others,
            "members_present": present, "members_expected": expected,
            "member_rate": percent_value(present, expected), "others_present": others,
            "sites": rng.randint(0, 3),
            "documents": [{"ref": "25-NQ/TW", "meetings": rng.randint(0, 3)}],
            "previous": {"count": rng.randint(0, 30), "attendance": 0, "members_present": 0,
                         "members_expected": 0, "member_rate": None, "others_present": 0, "sites": 0},
        },
        "dialogues": {"count": rng.randint(0, 5), "participants": rng.randint(0, 300),
                      "opinions": rng.randint(0, 50), "locations": rng.randint(0, 3),
                      "issues": 0, "issues_by_status": {"resolved": 0, "in_progress": 0, "referred": 0},
                      "by_counterpart": {"citizens": 0, "workers": 0},
                      "previous": {"count": 0, "participants": 0, "opinions": 0, "issues": 0}},
        "reception": {
            "visits": {"count": v_cases + rng.randint(0, 5), "people": 0, "cases": v_cases,
                       "cases_resolved": v_res, "cases_rate": percent_value(v_res, v_cases),
                       "previous": {"count": 0, "people": 0, "cases": 0, "cases_resolved": 0, "cases_rate": None}},
            "letters": {"count": l_cases, "cases": l_cases, "cases_resolved": l_res,
                        "cases_rate": percent_value(l_res, l_cases),
                        "previous": {"count": 0, "cases": 0, "cases_resolved": 0, "cases_rate": None}},
            "cases": {"count": v_cases + l_cases, "resolved": v_res + l_res, "overdue": 0,
                      "by_category": {"complaint": 0, "denunciation": 0, "petition": v_cases + l_cases, "feedback": 0},
                      "by_handling": {"accept": v_cases + l_cases, "guide": 0, "transfer": 0}},
        },
        "models": {"count": models, "new": min(models, 1), "units": 1 if models else 0,
                   "by_field": {"economy": models, "culture_society": 0, "defense_security": 0, "political_system": 0},
                   "by_level": {"grassroots": models, "district": 0, "province": 0},
                   "by_holder": {"collective": models, "individual": 0},
                   "by_status": {"registered": models, "active": 0, "recognized": 0, "replicated": 0},
                   "previous": {"count": 0, "new": 0}},
        "awards": {"count": 3, "collective": 1, "individual": 2,
                   "by_level": {"merit": 1, "commendation": 2, "other": 0}},
        "ratings": {"year": p.end.year, "count": sum(grades.values()), "by_grade": grades,
                    "good_or_better": grades["HTXSNV"] + grades["HTTNV"]},
    }


_UNITS = Path(tempfile.mkdtemp(prefix="dvdesktop-test-units-"))
atexit.register(shutil.rmtree, _UNITS, True)
_NUMBERS = itertools.count(1)

#: A denunciation in every unit's register, so screening and minimisation have a secret to keep.
DENUNCIATION = {
    "uid": "r-1", "date": "2026-03-02", "channel": "letter", "case_code": "VV-01",
    "category": "denunciation", "people_count": 1, "content": "Tố cáo sai phạm trong quản lý đất đai",
    "handling": "accept", "status": "pending", "citizen_name": "Nguyễn Văn Tố Giác",
    "citizen_address": "Số 9 đường Bí Mật", "citizen_id": "040123456789", "note": "SĐT 0912345678",
}


class ChosenSummary(Ledger):
    """A real unit file (profile, settings, signing key, exports, a register) whose summary
    is chosen by the test rather than summed from thousands of records, so the office tests
    make packages for many units with the figures they need."""

    chosen: dict[str, Any] | None = None
    rng: random.Random
    unit_type: str = "chi_bo_co_so"
    _made: dict[str, dict[str, Any]]

    def summary(self, period: Any, *, as_of: Any = None) -> dict[str, Any]:
        if self.chosen is not None:
            return self.chosen
        key = self.period(period).key
        if key not in self._made:
            self._made[key] = make_summary(self.unit()["code"], key, self.rng, unit_type=self.unit_type)
        return self._made[key]


def FakeLedger(code: str = "CB-01", *, summary: dict[str, Any] | None = None, seed: int = 0,  # noqa: N802
               unit_type: str = "chi_bo_co_so", receptions: list[dict[str, Any]] | None = None) -> ChosenSummary:
    """A unit's file, freshly made: ``code`` (``""`` for a unit that never set one), a
    denunciation in its register (or ``receptions``), and ``summary`` as its figures
    (default: random, consistent figures from ``seed``)."""
    led = ChosenSummary.open(_UNITS / f"{next(_NUMBERS)}.db", actor="test")
    led.clock = lambda: datetime(2026, 12, 31).date()
    led.chosen, led.rng, led.unit_type, led._made = summary, random.Random(seed), unit_type, {}
    profile = {"code": code, "name": f"Chi bộ {code}", "type": unit_type, "superior": "Đảng ủy Khối"}
    if code:
        led.set_unit(profile)
    else:
        led.set_profile_fields(profile)
    led.add_many("reception", receptions if receptions is not None else [DENUNCIATION])
    return led


def share_signing_key(led: Ledger, source: Ledger) -> None:
    """Give ``led`` the signing key of ``source`` (one key in two units' hands)."""
    for key in ("signing_secret_key", "signing_public_key", "signing_fingerprint"):
        led.set_setting(key, source.get_setting(key))


def forget_exports(led: Ledger) -> None:
    """What restoring an old backup does to the packages a unit remembers sending."""
    with led.writing("exports") as db:
        db.execute("DELETE FROM package_exports")


def export_fake(ledger: Any, out_dir: Path, *, period: str = "2026-H1", when: datetime = WHEN) -> Path:
    from dvdesktop.packages import export_package

    return export_package(ledger, period=period, out_dir=out_dir, report_pdf=FAKE_PDF, now=when)


def read_entries(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(i, zf.read(i)) for i in zf.infolist()]


def rezip(entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    """A zip of ``entries`` in order, names kept exactly as given (even hostile ones)."""
    import warnings

    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is what some tests want
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return buf.getvalue()


def minisign_verify(bag_dir: Path, pubkey_file: Path) -> subprocess.CompletedProcess[str]:
    assert MINISIGN, "the minisign command is needed by these tests"
    return subprocess.run(
        [MINISIGN, "-V", "-m", str(bag_dir / "tagmanifest-sha256.txt"), "-p", str(pubkey_file)],
        capture_output=True, text=True, check=False, timeout=60,
    )
