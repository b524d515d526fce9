"""Helpers shared by the package and office tests (no tests here).

``FakeLedger`` has just the Ledger methods the exporter uses, so the office tests can
make packages with chosen summaries for many units without recording thousands of
records; the package tests also run against the real Ledger.
"""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from dvdesktop.core.fmt import percent_value
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


class FakeLedger:
    """The slice of the Ledger API that export_package uses."""

    def __init__(self, code: str = "CB-01", *, summary: dict[str, Any] | None = None, seed: int = 0,
                 unit_type: str = "chi_bo_co_so") -> None:
        self.code = code
        self.settings: dict[str, Any] = {}
        self._summaries: dict[str, dict[str, Any]] = {}
        self._summary = summary
        self._rng = random.Random(seed)
        self.unit_type = unit_type
        self.receptions = [{
            "id": 7, "uid": "r-1", "date": "2026-03-02", "channel": "letter", "case_code": "VV-01",
            "category": "denunciation", "people_count": 1, "content": "Tố cáo sai phạm trong quản lý đất đai",
            "handling": "accept", "status": "pending", "citizen_name": "Nguyễn Văn Tố Giác",
            "citizen_address": "Số 9 đường Bí Mật", "citizen_id": "040123456789", "note": "SĐT 0912345678",
            "deleted_at": None, "created_at": "2026-03-02T01:00:00Z", "updated_at": "2026-03-02T01:00:00Z",
        }]

    def unit(self) -> dict[str, Any]:
        return {"code": self.code, "name": f"Chi bộ {self.code}", "type": self.unit_type,
                "superior": "Đảng ủy Khối", "cutoff_day": 1}

    def summary(self, period: Any) -> dict[str, Any]:
        if self._summary is not None:
            return self._summary
        if period.key not in self._summaries:
            self._summaries[period.key] = make_summary(self.code, period.key, self._rng, unit_type=self.unit_type)
        return self._summaries[period.key]

    def list(self, kind: str, period: Any = None, deleted: bool = False) -> list[dict[str, Any]]:
        return [dict(r) for r in self.receptions] if kind == "reception" and not deleted else []

    def period_text(self, key: str) -> dict[str, str]:
        return {"limitations": "", "directions": ""}

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.settings.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.settings[key] = value


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
