"""A unit and a summary built from the seeds' own figures, for previews and tests.

Seed 000: 454 cuộc, 10.955 lượt đồng chí dự, 9.230 đảng viên (99%); 14 tập thể và 15 cá
nhân được Ban Thường vụ Đảng ủy Khối và Ban Dân vận Tỉnh ủy khen thưởng; 05 mô hình chọn
nhân rộng. Seed 002: 19 cuộc đối thoại, 1.538 lượt người, 204 lượt ý kiến; 46 lượt tiếp
công dân (29 vụ việc) against 66 (44) a year earlier, 22 resolved; 29 đơn against 14, 23
resolved; 55 mô hình (16/21/11/7), 03 đơn vị xây dựng mô hình điểm của tỉnh. Seed 001:
152/159 hoàn thành tốt ... Seed 004: 100% đảng viên đăng ký cam kết.
The window shows this in its "xem mẫu báo cáo" preview before a unit has data.
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["SAMPLE_UNIT", "sample_summary"]

SAMPLE_UNIT: dict[str, Any] = {
    "code": "CB-01",
    "name": "Chi bộ Cơ quan Ủy ban nhân dân xã Quỳnh Lưu",
    "type": "chi_bo_co_so",
    "superior": "Đảng ủy xã Quỳnh Lưu",
    "short_name": "CB",
    "secretary": "Nguyễn Văn Hùng",
    "members": 42,
    "place": "Quỳnh Lưu",
}

_SUMMARY: dict[str, Any] = {
    "schema": "dvdesktop.summary/2",
    "unit": {"code": "CB-01", "name": SAMPLE_UNIT["name"], "type": "chi_bo_co_so",
             "superior": SAMPLE_UNIT["superior"], "members": 42},
    "period": {"key": "2026-H1", "label": "6 tháng đầu năm 2026",
               "start": "2026-01-01", "end": "2026-06-30"},
    "previous_period": {"key": "2025-H1", "label": "6 tháng đầu năm 2025",
                        "start": "2025-01-01", "end": "2025-06-30"},
    "meetings": {
        "count": 454, "attendance": 10955, "attendance_meetings": 454, "members_present": 9230,
        "members_expected": 9323, "members_meetings": 454, "member_rate": 99.0,
        "others_present": 1725, "others_by_kind": {"staff": 1725}, "sites": 474,
        "multi_site_count": 1, "multi_site_sites": 21, "multi_site_attendance": None,
        "by_kind": {"study_resolution": {"count": 300, "attendance": 8000}},
        "documents": [{"ref": "25-NQ/TW", "meetings": 3}, {"ref": "32-CTr/TU", "meetings": 2},
                      {"ref": "16/CT-TTg", "meetings": 1}],
        "previous": {"count": 439, "attendance": 10500, "members_present": 9000,
                     "members_expected": 9100, "member_rate": 98.9, "others_present": 1500,
                     "source": "records"},
    },
    "dialogues": {
        "count": 19, "participants": 1538, "participants_dialogues": 19, "opinions": 204,
        "opinions_dialogues": 19, "locations": 10, "issues": 36,
        "issues_by_status": {"resolved": 20, "in_progress": 10, "referred": 6},
        "by_counterpart": {"citizens": 19, "workers": 0},
        "by_host": [{"host": "Chủ tịch HĐND", "count": 10}, {"host": "Chủ tịch UBND", "count": 9}],
        "previous": {"count": 17, "participants": 1400, "opinions": 180, "issues": 30,
                     "source": "records"},
    },
    "reception": {
        "visits": {"count": 46, "people": 61, "cases": 29, "cases_resolved": 22, "cases_rate": 75.9,
                   "previous": {"count": 66, "people": 80, "cases": 44, "cases_resolved": 30,
                                "cases_rate": 68.2, "source": "records"}},
        "letters": {"count": 29, "cases": 29, "cases_resolved": 23, "cases_rate": 79.3,
                    "previous": {"count": 14, "cases": 14, "cases_resolved": 10, "cases_rate": 71.4,
                                 "source": "records"}},
        "cases": {"count": 50, "resolved": 40, "overdue": 2, "as_of": "2026-07-05",
                  "by_category": {"complaint": 10, "denunciation": 2, "petition": 30, "feedback": 8},
                  "by_handling": {"accept": 30, "guide": 12, "transfer": 8}},
    },
    "models": {
        "count": 55, "new": 12, "units": 28,
        "by_field": {"economy": 16, "culture_society": 21, "defense_security": 11,
                     "political_system": 7},
        "by_level": {"grassroots": 40, "district": 12, "province": 3},
        "by_holder": {"collective": 40, "individual": 15},
        "by_status": {"registered": 7, "active": 28, "recognized": 12, "replicated": 5, "pilot": 3},
        "by_type": {"model": 40, "exemplar": 15},
        "pilot_units": 3, "pilot_units_by_level": {"grassroots": 0, "district": 0, "province": 3},
        "previous": {"count": 40, "new": 9, "source": "records"},
    },
    "awards": {"count": 29, "collective": 14, "individual": 15,
               "by_level": {"merit": 10, "commendation": 19, "other": 0},
               "groups": [{"movement": "dan_van", "count": 29, "collective": 14, "individual": 15,
                           "by_level": {"merit": 10, "commendation": 19, "other": 0},
                           "issuers": ["Ban Thường vụ Đảng ủy Khối", "Ban Dân vận Tỉnh ủy"]}]},
    "ratings": {"year": 2026, "count": 159,
                "by_grade": {"HTXSNV": 30, "HTTNV": 122, "HTNV": 7, "KHTNV": 0},
                "good_or_better": 152},
    "commitments": {"year": 2026, "records": 1, "organisations_total": None,
                    "organisations_organised": None, "members_total": 42, "members_registered": 42,
                    "members_rate": 100.0, "contents": ["tu dưỡng, rèn luyện, làm theo gương Bác"]},
    "baseline": None,
}


def sample_summary() -> dict[str, Any]:
    """A fresh copy of the seed-figures summary (callers may change it freely)."""
    return copy.deepcopy(_SUMMARY)
