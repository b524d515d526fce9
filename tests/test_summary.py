"""Exact figures for hand-made records: lượt, vụ việc and đơn kept apart; cùng kỳ compared."""

from __future__ import annotations

import datetime as dt

import pytest

from dvdesktop.core.deadlines import build_matters


def meeting(date, expected, present, others=0, sites=1, **kw):
    return {"date": date, "kind": kw.pop("kind", "study_resolution"), "title": kw.pop("title", "Hội nghị"),
            "members_expected": expected, "members_present": present, "others_present": others, "sites": sites,
            "documents": kw.pop("documents", []), **kw}


def reception(date, channel, case, category="complaint", status="pending", resolved=None, people=1, handling="accept"):
    return {"date": date, "channel": channel, "case_code": case, "category": category, "content": "Nội dung",
            "handling": handling, "status": status, "resolved_date": resolved, "people_count": people}


@pytest.fixture
def filled(ledger):
    ledger.add_many("meeting", [
        meeting("2026-01-10", 100, 99, 30, 21, documents=["25-NQ/TW"]),
        meeting("2026-03-05", 50, 50, kind="regular_cell", documents=["25-NQ/TW", "43-KL/TW"]),
        meeting("2026-06-30", 10, 8, 5),
        meeting("2026-07-01", 500, 500),               # after the period
        meeting("2025-02-01", 40, 30, 2),              # cùng kỳ
    ])
    gone = ledger.add("meeting", meeting("2026-02-02", 1000, 1000))
    ledger.delete("meeting", gone["id"])                # deleted records never count

    ledger.add_many("reception", [
        reception("2026-01-05", "visit", "A", people=3),
        reception("2026-02-10", "visit", "A", status="resolved", resolved="2026-03-15", people=2),
        reception("2026-03-01", "visit", "B", category="petition"),
        reception("2026-03-20", "visit", "C", category="feedback", handling="transfer"),
        reception("2026-04-02", "letter", "C", category="feedback", status="resolved", resolved="2026-07-10",
                  handling="transfer"),
        reception("2026-05-02", "letter", "D", category="denunciation", status="resolved", resolved="2026-05-30"),
        reception("2025-03-01", "visit", "E", status="resolved", resolved="2025-04-01"),
        reception("2025-05-01", "visit", "F"),
    ])
    ledger.add_many("dialogue", [
        {"date": "2026-02-01", "host": "Chủ tịch UBND xã", "counterpart": "citizens", "topic": "Đất đai",
         "location": "Xã A", "participants": 100, "opinions": 10,
         "issues": [{"summary": "Bồi thường", "status": "resolved"}, {"summary": "Ô nhiễm", "status": "referred"}]},
        {"date": "2026-05-01", "host": "Bí thư Đảng ủy", "counterpart": "workers", "topic": "Việc làm",
         "location": "xã a ", "participants": 50, "opinions": 5,
         "issues": [{"summary": "Lương", "status": "in_progress"}]},
        {"date": "2025-05-01", "host": "Bí thư", "counterpart": "workers", "topic": "Việc làm", "participants": 7},
    ])
    ledger.add_many("model", [
        {"name": "Mô hình 1", "field": "economy", "registered_date": "2025-09-01", "unit_name": "Hội Nông dân"},
        {"name": "Mô hình 2", "field": "economy", "registered_date": "2026-02-01", "unit_name": "hội nông dân"},
        {"name": "Mô hình 3", "field": "culture_society", "registered_date": "2026-06-01", "level": "province",
         "holder": "individual"},
        {"name": "Mô hình 4", "field": "defense_security", "registered_date": "2026-08-01"},
    ])
    ledger.add_many("award", [
        {"date": "2026-01-15", "recipient_type": "collective", "recipient": "Chi bộ 1", "level": "merit", "issuer": "X"},
        {"date": "2026-04-15", "recipient_type": "collective", "recipient": "Chi bộ 2", "level": "commendation", "issuer": "X"},
        {"date": "2026-05-15", "recipient_type": "individual", "recipient": "Đồng chí B", "level": "commendation", "issuer": "X"},
    ])
    ledger.add_many("rating", [
        {"year": 2026, "unit_name": "Chi bộ 1", "grade": "HTXSNV"},
        {"year": 2026, "unit_name": "Chi bộ 2", "grade": "HTTNV"},
        {"year": 2026, "unit_name": "Chi bộ 3", "grade": "HTNV"},
        {"year": 2025, "unit_name": "Chi bộ 3", "grade": "KHTNV"},
    ])
    return ledger


def test_meetings(filled):
    m = filled.summary("2026-H1")["meetings"]
    assert {k: m[k] for k in ("count", "members_expected", "members_present", "others_present",
                              "attendance", "sites", "member_rate")} == {
        "count": 3, "members_expected": 160, "members_present": 157, "others_present": 35,
        "attendance": 192, "sites": 23, "member_rate": 98.1}
    assert m["by_kind"]["regular_cell"] == {"count": 1, "attendance": 50}
    assert m["documents"] == [{"ref": "25-NQ/TW", "meetings": 2, "name": "Nghị quyết số 25-NQ/TW"},
                              {"ref": "43-KL/TW", "meetings": 1, "name": "Kết luận số 43-KL/TW"}]
    assert (m["attendance_meetings"], m["members_meetings"]) == (3, 3)
    assert m["others_by_kind"]["unspecified"] == 35 and m["multi_site_count"] == 1
    assert m["previous"]["count"] == 1 and m["previous"]["members_present"] == 30


def test_reception_keeps_luot_vu_viec_and_don_apart(filled):
    r = filled.summary("2026-H1")["reception"]
    # 4 lượt about 3 vụ việc (A twice); A resolved by 30/06; C resolved only in July.
    assert r["visits"] == {"count": 4, "people": 7, "cases": 3, "cases_resolved": 1, "cases_rate": 33.3,
                           "previous": {"count": 2, "people": 2, "cases": 2, "cases_resolved": 1, "cases_rate": 50.0,
                                        "source": "records"}}
    # 2 đơn about 2 vụ việc (C and D); only D resolved by the period's end.
    assert r["letters"] == {"count": 2, "cases": 2, "cases_resolved": 1, "cases_rate": 50.0,
                            "previous": {"count": 0, "cases": 0, "cases_resolved": 0, "cases_rate": None,
                                         "source": "records"}}
    assert r["cases"]["count"] == 4 and r["cases"]["resolved"] == 2
    assert r["cases"]["by_category"] == {"complaint": 1, "denunciation": 1, "petition": 1, "feedback": 1}
    assert r["cases"]["by_handling"] == {"accept": 3, "guide": 0, "transfer": 1}


def test_the_same_matter_later_counts_as_resolved(filled):
    r = filled.summary("2026")["reception"]
    assert r["letters"]["cases_resolved"] == 2  # C resolved on 10/07 is inside the year


def test_dialogues(filled):
    d = filled.summary("2026-H1")["dialogues"]
    assert (d["count"], d["participants"], d["opinions"], d["locations"], d["issues"]) == (2, 150, 15, 1, 3)
    assert d["issues_by_status"] == {"resolved": 1, "in_progress": 1, "referred": 1}
    assert d["by_counterpart"]["citizens"] == 1 and d["by_counterpart"]["workers"] == 1
    # The 2025 dialogue has no opinions entered: not recorded, so not compared.
    assert d["previous"] == {"count": 1, "participants": 7, "opinions": None, "issues": 0, "source": "records"}
    assert d["by_host"] == [{"host": "Chủ tịch UBND xã", "count": 1}, {"host": "Bí thư Đảng ủy", "count": 1}]


def test_models_awards_ratings(filled):
    s = filled.summary("2026-H1")
    models = s["models"]
    assert (models["count"], models["new"], models["units"]) == (3, 2, 2)  # Hội Nông dân twice, own unit once
    assert models["by_field"] == {"economy": 2, "culture_society": 1, "defense_security": 0, "political_system": 0}
    assert models["by_level"]["province"] == 1 and models["by_holder"]["individual"] == 1
    assert models["previous"] == {"count": 0, "new": 0, "source": "records"}
    assert s["awards"] == {"count": 3, "collective": 2, "individual": 1,
                           "by_level": {"merit": 1, "commendation": 2, "other": 0},
                           "groups": [{"movement": "dan_van", "count": 3, "collective": 2, "individual": 1,
                                       "by_level": {"merit": 1, "commendation": 2, "other": 0},
                                       "issuers": ["X"]}]}
    assert s["ratings"] == {"year": 2026, "count": 3, "good_or_better": 2, "scored": 0,
                            "by_grade": {"HTXSNV": 1, "HTTNV": 1, "HTNV": 1, "KHTNV": 0}}
    assert s["commitments"] is None and s["baseline"] is None
    assert s["period"]["label"] == "6 tháng đầu năm 2026"
    assert s["previous_period"]["key"] == "2025-H1"


def test_cutoff_day_moves_records_between_periods(filled):
    filled.set_unit({"cutoff_day": 15})
    # With a 15th cut-off, H1 2026 runs 15/12/2025..14/06/2026: the 30/06 meeting moves out.
    m = filled.summary("2026-H1")["meetings"]
    assert m["count"] == 2 and m["members_expected"] == 150


def test_deadlines_for_complaints_and_denunciations():
    def entry(date, category, **kw):
        return {"date": date, "channel": "visit", "case_code": kw.pop("code", "X"), "category": category,
                "handling": "accept", "status": "pending", **kw}

    m = build_matters([entry("2026-03-01", "complaint")])["X"]
    assert m.accept_due == dt.date(2026, 3, 11) and m.resolve_due == dt.date(2026, 3, 31)
    assert m.due() == dt.date(2026, 3, 11)
    assert m.overdue(dt.date(2026, 3, 12)) and not m.overdue(dt.date(2026, 3, 11))
    m = build_matters([entry("2026-03-01", "complaint", accepted_date="2026-03-05", complexity="complex")],
                      remote=True)["X"]
    assert m.resolve_due == dt.date(2026, 3, 5) + dt.timedelta(days=60) == m.due()
    m = build_matters([entry("2026-03-01", "complaint", accepted_date="2026-03-05", attempt="2")])["X"]
    assert m.resolve_due == dt.date(2026, 3, 5) + dt.timedelta(days=45)
    m = build_matters([entry("2026-03-01", "denunciation", accepted_date="2026-03-02", complexity="very_complex")])["X"]
    assert m.resolve_due == dt.date(2026, 3, 2) + dt.timedelta(days=90) and m.is_secret
    assert build_matters([entry("2026-03-01", "petition")])["X"].due() is None
    assert build_matters([entry("2026-03-01", "petition")], petition_days=15)["X"].due() == dt.date(2026, 3, 16)
    done = build_matters([entry("2026-03-01", "complaint", status="resolved", resolved_date="2026-03-03")])["X"]
    assert done.due() is None and not done.overdue(dt.date(2027, 1, 1))
