"""Not recorded is not zero: the store, the summary, the sentences, the office's sums; figures
entered by hand for an earlier period; one deadline as of the report's date."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from dvdesktop.base.errors import ValidationError
from dvdesktop.core.ledger import Ledger
from dvdesktop.reports import content as c


def meeting(date: str, **kw: object) -> dict[str, object]:
    return {"date": date, "kind": "regular_cell", "title": "Sinh hoạt chi bộ", **kw}


# ------------------------------------------------------------------------ the store
def test_old_zeros_become_not_recorded_where_they_certainly_were(tmp_path: Path) -> None:
    """m004: a meeting with nobody summoned and nobody present had its attendance left
    empty; a dialogue with 0 participants had nobody counted. Real zeros stay."""
    from dvdesktop.store import database, schema

    path = tmp_path / "old.db"
    db = database.connect(path)
    schema.migrations.apply(db, stop_before="m004_unrecorded_counts")
    now = "2026-01-01T00:00:00+00:00"
    rows = [  # (expected, present, others)
        (0, 0, 0), (0, 0, 12), (30, 28, 0), (30, 28, 5),
    ]
    for i, (e, p, o) in enumerate(rows):
        db.execute("INSERT INTO meetings (uid, created_at, updated_at, date, kind, title, members_expected, "
                   "members_present, others_present) VALUES (?, ?, ?, '2026-03-01', 'regular_cell', 'x', ?, ?, ?)",
                   [f"m{i}", now, now, e, p, o])
    for i, (participants, opinions) in enumerate([(0, 0), (50, 0), (80, 7)]):
        db.execute("INSERT INTO dialogues (uid, created_at, updated_at, date, host, counterpart, topic, "
                   "participants, opinions) VALUES (?, ?, ?, '2026-03-01', 'Chủ tịch', 'citizens', 'x', ?, ?)",
                   [f"d{i}", now, now, participants, opinions])
    db.execute("INSERT INTO dialogue_issues (dialogue_id, position, summary, status) VALUES (3, 0, 'Đất', 'resolved')")
    db.execute("INSERT INTO search (rowid, body) VALUES (?, 'dat')", [(2 << 40) | 3])  # as the Ledger indexes it
    db.conn.commit()
    db.conn.close()

    with Ledger.open(path, actor="t") as led:
        got = [(m["members_expected"], m["members_present"], m["others_present"], m["others_kind"])
               for m in sorted(led.list("meeting"), key=lambda m: m["id"])]
        assert got == [(None, None, None, None), (None, None, 12, "staff"), (30, 28, 0, None), (30, 28, 5, "staff")]
        dialogues = sorted(led.list("dialogue"), key=lambda d: d["id"])
        assert [(d["participants"], d["opinions"]) for d in dialogues] == [(None, None), (50, 0), (80, 7)]
        assert dialogues[2]["issues"] == [{"summary": "Đất", "status": "resolved"}]  # issues survived the rebuild
        assert [h["id"] for h in led.search("Đất")] == [3]  # and the search index still finds it
        # The constraint still holds on the rebuilt table.
        with pytest.raises(sqlite3.IntegrityError):
            led.db.execute("UPDATE meetings SET members_present = 99 WHERE members_expected = 30")


def test_an_empty_count_is_stored_as_not_recorded(ledger: Ledger) -> None:
    rec = ledger.add("meeting", meeting("2026-03-01"))
    assert (rec["members_expected"], rec["members_present"], rec["others_present"]) == (None, None, None)
    rec = ledger.add("dialogue", {"date": "2026-03-01", "host": "Bí thư", "counterpart": "citizens", "topic": "x"})
    assert (rec["participants"], rec["opinions"]) == (None, None)


def test_members_present_without_members_summoned_is_refused(ledger: Ledger) -> None:
    with pytest.raises(ValidationError) as err:
        ledger.add("meeting", meeting("2026-03-01", members_present=9))
    assert [e.field for e in err.value.errors] == ["members_expected"]
    with pytest.raises(ValidationError) as err:
        ledger.add("meeting", meeting("2026-03-01", others_kind="elite_masses"))
    assert [e.field for e in err.value.errors] == ["others_present"]
    assert ledger.count("meeting") == 0


# ---------------------------------------------------------------------- the summary
def test_attendance_is_summed_over_the_meetings_that_have_it(ledger: Ledger) -> None:
    ledger.add_many("meeting", [
        meeting("2026-03-01", members_expected=10, members_present=9, others_present=3, others_kind="citizens"),
        meeting("2026-03-02", members_expected=10, members_present=10),
        meeting("2026-03-03"),
    ])
    m = ledger.summary("2026")["meetings"]
    assert (m["count"], m["attendance"], m["attendance_meetings"]) == (3, 22, 2)
    assert (m["members_present"], m["members_expected"], m["members_meetings"], m["member_rate"]) == (19, 20, 2, 95.0)
    assert m["others_by_kind"]["citizens"] == 3
    text = " ".join(c.meeting_paragraphs(m))
    assert text.startswith("Tổ chức được 3 cuộc. Ở 2 cuộc có ghi số người dự, có 22 lượt đồng chí dự (trong đó "
                           "đảng viên là 19 lượt đồng chí, đạt tỉ lệ trung bình là 95%, còn lại là nhân dân).")


def test_meetings_with_no_attendance_say_only_how_many(ledger: Ledger) -> None:
    ledger.add_many("meeting", [meeting(f"2026-03-0{i}") for i in range(1, 7)])
    s = ledger.summary("2026")
    assert s["meetings"]["attendance"] is None and s["meetings"]["members_present"] is None
    doc = c.build_document(unit=ledger.unit(), summary=s, texts={})
    text = " ".join(b.text for b in doc.blocks if isinstance(b, c.Paragraph))
    assert "Tổ chức được 6 cuộc." in text
    assert "0 lượt" not in text and "lượt đồng chí dự" not in text


def test_a_first_year_is_not_compared(ledger: Ledger) -> None:
    """No "tăng 454 cuộc so với cùng kỳ" when the year before was never entered."""
    ledger.add_many("meeting", [meeting("2026-03-01", members_expected=10, members_present=9)] * 3)
    ledger.add("dialogue", {"date": "2026-04-01", "host": "Bí thư", "counterpart": "citizens", "topic": "x",
                            "participants": 40})
    s = ledger.summary("2026")
    assert s["meetings"]["previous"]["source"] is None and s["meetings"]["previous"]["count"] is None
    doc = c.build_document(unit=ledger.unit(), summary=s, texts={})
    text = " ".join(b.text if hasattr(b, "text") else " ".join(x for r in getattr(b, "rows", ()) for x in r.cells)
                    for b in doc.blocks)
    assert "so với cùng kỳ" not in text and "tăng 3 cuộc" not in text
    table = next(b for b in doc.blocks if isinstance(b, c.Table))
    assert {row.cells[4] for row in table.rows} == {c.NOT_RECORDED}
    # From the year after, 2026 is recorded and compared.
    ledger.clock = lambda: dt.date(2027, 6, 30)
    ledger.add("meeting", meeting("2027-03-01"))
    assert "giảm 2 cuộc so với cùng kỳ" in c.meeting_paragraphs(ledger.summary("2027")["meetings"])[0]


def test_records_since_marks_the_start_of_recording(ledger: Ledger) -> None:
    ledger.add("meeting", meeting("2026-02-01"))
    assert ledger.records_cover("meeting", "2026-H1")
    ledger.set_unit({"records_since": "2026-03-01"})
    assert not ledger.records_cover("meeting", "2026-H1")  # started recording in March
    assert ledger.summary("2027-H1")["meetings"]["previous"]["source"] is None


# ---------------------------------------------------------------- figures by hand
def test_hand_figures_are_validated_per_key_and_audited(ledger: Ledger) -> None:
    with pytest.raises(ValidationError) as err:
        ledger.set_baseline("2025", {"reception.visits.count": 10, "reception.visits.cases": 12,
                                     "meetings.cout": 3, "models.count": "mười"})
    assert sorted(e.field for e in err.value.errors) == ["meetings.cout", "models.count", "reception.visits.cases"]
    with pytest.raises(ValidationError):
        ledger.set_baseline("2026-H2", {"meetings.count": 3}, today=dt.date(2026, 12, 1))  # not ended
    with pytest.raises(ValidationError):
        ledger.set_baseline("2025", {})
    assert ledger.baselines() == []

    stored = ledger.set_baseline("2025", {"reception": {"visits": {"count": "1.066", "cases": 44}}}, note="BC 15")
    assert stored["figures"] == {"reception.visits.count": 1066, "reception.visits.cases": 44}
    audit = ledger.audit(kind="baseline")
    assert audit[0]["action"] == "create" and audit[0]["new"]["figures"]["reception.visits.count"] == 1066
    assert ledger.clear_baseline("2025") and ledger.baseline("2025") is None
    assert ledger.audit(kind="baseline")[0]["action"] == "delete"


def test_hand_figures_stand_in_for_cung_ky_and_are_marked(ledger: Ledger) -> None:
    ledger.add_many("reception", [
        {"date": "2026-03-01", "channel": "visit", "case_code": "A", "category": "petition", "content": "x",
         "handling": "accept", "status": "pending"},
    ])
    ledger.set_baseline("2025", {"reception.visits.count": 3, "reception.visits.cases": 3, "meetings.count": 7})
    s = ledger.summary("2026")
    assert s["reception"]["visits"]["previous"]["source"] == "baseline"
    assert s["reception"]["letters"]["previous"]["source"] is None  # nothing entered for letters
    assert s["meetings"]["previous"] == {**s["meetings"]["previous"], "count": 7, "source": "baseline"}
    assert s["baseline"]["used"] == ["meetings", "reception.visits"]
    doc = c.build_document(unit=ledger.unit(), summary=s, texts={})
    notes = [b.text for b in doc.blocks if isinstance(b, c.Note)]
    assert any("tiếp công dân, đơn thư là số liệu nhập tay" in n for n in notes)
    table = next(b for b in doc.blocks if isinstance(b, c.Table))
    assert ("Tiếp công dân", "lượt", "1", "3*", "giảm 2") == table.rows[1].cells[1:]


def test_records_win_over_hand_figures_and_say_so(ledger: Ledger) -> None:
    ledger.add("meeting", meeting("2025-03-01"))
    ledger.add("meeting", meeting("2026-03-01"))
    ledger.set_baseline("2025", {"meetings.count": 40})
    s = ledger.summary("2026")
    assert s["meetings"]["previous"]["source"] == "records" and s["meetings"]["previous"]["count"] == 1
    assert s["meetings"]["previous"]["baseline_ignored"] is True
    assert s["baseline"]["ignored"] == ["meetings"]
    from dvdesktop.core.summary_text import summary_lines

    assert any("dùng dữ liệu ghi chép" in line for line in summary_lines(s))


def test_baseline_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dvdesktop.cli import main

    db = tmp_path / "u.db"
    assert main(["init", "--db", str(db), "--unit-code", "U", "--unit-name", "Chi bộ U", "--superior", "X"]) == 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"reception.letters.cases": 9, "reception.letters.count": 2}))
    assert main(["baseline", "--db", str(db), "--period", "2025", "--json", str(bad)]) == 2
    assert "reception.letters.cases" in capsys.readouterr().err
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"figures": {"reception.letters.count": 14}, "note": "Báo cáo 2025"}))
    assert main(["baseline", "--db", str(db), "--period", "2025", "--json", str(good)]) == 0
    assert main(["baseline", "--db", str(db), "--period", "2025"]) == 0
    shown = capsys.readouterr().out
    assert json.loads(shown[shown.index("{"):]) == {"period": "2025", "figures": {"reception.letters.count": 14},
                                                   "note": "Báo cáo 2025"}
    assert main(["baseline", "--db", str(db), "--period", "2025", "--clear"]) == 0
    assert main(["baseline", "--db", str(db)]) == 0
    assert "Chưa có số liệu nhập tay" in capsys.readouterr().out


# -------------------------------------------------------------------- the office
def test_office_sums_only_what_units_recorded_and_compares_only_complete_cung_ky() -> None:
    from dvdesktop.office.consolidate import sum_summaries

    def unit(count: int, attendance: int | None, covered: int, prev: int | None) -> dict:
        return {"schema": "dvdesktop.summary/2",
                "meetings": {"count": count, "attendance": attendance, "attendance_meetings": covered,
                             "members_present": attendance, "members_expected": attendance and attendance + 1,
                             "members_meetings": covered,
                             "previous": {"count": prev, "attendance": None, "members_present": None,
                                          "members_expected": None, "others_present": None,
                                          "source": "records" if prev is not None else None}}}

    summed = sum_summaries([unit(5, 100, 5, 4), unit(3, None, 0, None), unit(2, 40, 1, 2)])
    m = summed["meetings"]
    assert (m["count"], m["attendance"], m["attendance_meetings"]) == (10, 140, 6)
    assert m["previous"]["count"] is None and m["previous"]["source"] is None  # one unit has no cùng kỳ
    text = " ".join(c.meeting_paragraphs(m))
    assert text.startswith("Tổ chức được 10 cuộc. Ở 6 cuộc có ghi số người dự, có 140 lượt đồng chí dự")
    assert "cùng kỳ" not in text
    both = sum_summaries([unit(5, 100, 5, 4), unit(2, 40, 2, 2)])["meetings"]
    assert both["previous"]["count"] == 6 and both["previous"]["source"] == "records"


def test_office_upgrades_first_format_packages() -> None:
    """A package of dvdesktop.summary/1 said 0 for attendance nobody entered, and all zeros
    for a cùng kỳ before the unit began recording."""
    from dvdesktop.office.consolidate import _upgrade

    old = {"schema": "dvdesktop.summary/1",
           "meetings": {"count": 6, "attendance": 0, "members_present": 0, "members_expected": 0, "others_present": 0,
                        "previous": {"count": 0, "attendance": 0}},
           "dialogues": {"count": 2, "participants": 80, "opinions": 0, "previous": {"count": 1, "participants": 30}},
           "awards": {"count": 2, "collective": 1, "individual": 1, "by_level": {}}}
    new = _upgrade(old)
    assert new["meetings"]["attendance"] is None and new["meetings"]["attendance_meetings"] == 0
    assert new["meetings"]["previous"]["source"] is None
    assert new["dialogues"]["opinions"] is None and new["dialogues"]["participants_dialogues"] == 2
    assert new["dialogues"]["previous"]["source"] == "records"
    # Who awarded was not recorded then: the sentence names nobody.
    assert c.award_paragraphs(new["awards"]) == [
        "Có 1 tập thể và 1 cá nhân được khen thưởng về thực hiện công tác dân vận, Quy chế dân chủ ở cơ sở "
        "và phong trào thi đua “Dân vận khéo”."]
    assert old["meetings"]["attendance"] == 0  # the stored package is not changed


# ------------------------------------------------------------------- one deadline
def test_one_deadline_for_the_list_the_overview_and_the_report(ledger: Ledger) -> None:
    """A complaint due 12/12/2026 is "còn 11 ngày" on 01/12/2026 in the list; the report
    dated that day must not count it overdue (it did, judging at the period's end)."""
    ledger.add("reception", {"date": "2026-11-02", "channel": "visit", "case_code": "VV-1", "category": "complaint",
                             "content": "Khiếu nại", "handling": "accept", "accepted_date": "2026-11-12",
                             "status": "pending"})
    on = dt.date(2026, 12, 1)
    (matter,) = ledger.matters(case_codes=["VV-1"])
    assert matter.due() == dt.date(2026, 12, 12) and matter.days_left(on) == 11
    assert ledger.summary("2026", as_of=on)["reception"]["cases"]["overdue"] == 0
    assert ledger.summary("2026", as_of=dt.date(2026, 12, 13))["reception"]["cases"]["overdue"] == 1
    # A report dated after it was resolved judges the matter as it stood that day.
    ledger.clock = lambda: dt.date(2027, 1, 5)
    ledger.add("reception", {"date": "2027-01-03", "channel": "letter", "case_code": "VV-1", "category": "complaint",
                             "content": "Trả lời", "handling": "accept", "status": "resolved",
                             "resolved_date": "2027-01-03"})
    assert ledger.summary("2026", as_of=dt.date(2027, 1, 5))["reception"]["cases"]["overdue"] == 0
    assert ledger.summary("2026", as_of=dt.date(2026, 12, 31))["reception"]["cases"]["overdue"] == 1


def test_the_report_judges_deadlines_on_its_own_date(ledger: Ledger, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from dvdesktop.reports.build import build_report

    ledger.add("reception", {"date": "2026-11-02", "channel": "visit", "case_code": "VV-1", "category": "complaint",
                             "content": "Khiếu nại", "handling": "accept", "accepted_date": "2026-11-12",
                             "status": "pending"})
    early = build_report(ledger, period="2026", out=tmp_path / "a.pdf", issued=dt.date(2026, 12, 1))
    late = build_report(ledger, period="2026", out=tmp_path / "b.pdf", issued=dt.date(2026, 12, 20))
    assert "quá thời hạn" not in " ".join(p.extract_text() for p in PdfReader(early).pages)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(late).pages)
    assert "Còn 1 vụ việc quá thời hạn giải quyết theo quy định (tính đến ngày 20/12/2026)." in text


# ------------------------------------------------------------------------ the frame
def test_long_names_break_between_words_where_a_reader_expects() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from dvdesktop.reports.fonts import BOLD, register_fonts

    register_fonts()

    def lines(text: str) -> list[str]:
        return c.header_lines(c.header_text(text), max_width=212,
                              measure=lambda s: stringWidth(s, BOLD, 14))

    assert lines("Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh") == ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN", "VÀ DOANH NGHIỆP TỈNH"]
    assert lines("Chi bộ Sở Tư pháp tỉnh Nghệ An") == ["CHI BỘ SỞ TƯ PHÁP", "TỈNH NGHỆ AN"]
    for name in ("Chi bộ Cơ quan Ủy ban nhân dân xã Quỳnh Lưu", "Đảng ủy Công ty cổ phần Xi măng Hoàng Mai"):
        for first, second in zip(lines(name), lines(name)[1:]):
            assert (first.split()[-1], second.split()[0]) not in c._COMPOUNDS  # noqa: SLF001
    # The user's own break wins.
    assert lines("Đảng ủy Khối | các cơ quan tỉnh") == ["ĐẢNG ỦY KHỐI", "CÁC CƠ QUAN TỈNH"]


@pytest.mark.parametrize(("unit", "lines"), [
    ({"type": "chi_bo_co_so", "members": 42}, ("T/M CHI ỦY", "", "BÍ THƯ")),
    ({"type": "chi_bo_truc_thuoc", "members": 6}, ("T/M CHI BỘ", "", "BÍ THƯ")),
    ({"type": "dang_bo_co_so", "signer_role": "Phó Bí thư"}, ("T/M ĐẢNG ỦY", "K/T BÍ THƯ", "PHÓ BÍ THƯ")),
    ({"type": "xa_phuong", "signer_title": "T/M Ban Thường vụ", "signer_role": "K/T Bí thư / Phó Bí thư"},
     ("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "PHÓ BÍ THƯ")),
    ({"type": "xa_phuong", "signer_role": "K/T Bí thư | Phó Bí thư thường trực"},
     ("T/M ĐẢNG ỦY", "K/T BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC")),
])
def test_signature_block_per_unit_type_and_deputy(unit: dict, lines: tuple[str, str, str]) -> None:
    doc = c.build_document(unit={"name": "X", "superior": "Y", "secretary": "Bí Thư", "signer_name": "Phó Bí Thư",
                                 **unit}, summary={}, texts={})
    assert (doc.signer_title, doc.signer_for, doc.signer_role) == lines
    assert doc.signer_name == "Phó Bí Thư"


def test_numbers_run_from_01_per_type_within_the_term(ledger: Ledger) -> None:
    ledger.set_unit({"term_start": "2025-09-15"})
    assert ledger.next_document_number("BC", on=dt.date(2025, 10, 1)) == 1
    assert ledger.record_document_number("BC", 1, issued=dt.date(2025, 10, 1), period_key="2025-9M") == []
    assert ledger.next_document_number("BC", on=dt.date(2025, 12, 1)) == 2
    assert ledger.next_document_number("KH", on=dt.date(2025, 12, 1)) == 1  # another type
    assert ledger.next_document_number("BC", on=dt.date(2025, 12, 1), period_key="2025-9M") == 1  # same report
    # A number kept from the previous term does not count in this one, and a reuse is reported.
    ledger.record_document_number("BC", 7, issued=dt.date(2025, 6, 1), period_key="2025-H1")
    assert ledger.next_document_number("BC", on=dt.date(2025, 12, 1)) == 2
    clash = ledger.record_document_number("BC", 1, issued=dt.date(2025, 12, 20), period_key="2025")
    assert [d["period_key"] for d in clash] == ["2025-9M"]
    assert ledger.audit(kind="document_number")[0]["new"]["number"] == 1


def test_report_and_khoi_report_take_the_next_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    from dvdesktop.cli import main

    db = tmp_path / "u.db"
    assert main(["init", "--db", str(db), "--unit-code", "U", "--unit-name", "Chi bộ U", "--superior", "X",
                 "--term-start", "01/01/2026"]) == 0
    for period in ("2026-Q1", "2026-Q2"):
        assert main(["report", "--db", str(db), "--period", period, "--out", str(tmp_path / f"{period}.pdf"),
                     "--number", "next", "--date", "05/07/2026"]) == 0
    text = PdfReader(tmp_path / "2026-Q2.pdf").pages[0].extract_text()
    assert "Số 02-BC/CB" in text
    capsys.readouterr()
    assert main(["number", "--db", str(db), "--date", "06/07/2026"]) == 0
    assert capsys.readouterr().out.strip() == "03"
    assert main(["report", "--db", str(db), "--period", "2026-Q3", "--out", str(tmp_path / "x.pdf"),
                 "--number", "1", "--date", "05/10/2026"]) == 0
    assert "đã dùng cho báo cáo kỳ 2026-Q1" in capsys.readouterr().err


def test_office_texts_and_profile(tmp_path: Path) -> None:
    from dvdesktop.office.profile import set_profile
    from dvdesktop.office.render import build_consolidated_document
    from dvdesktop.safety.crypto import open_data_file

    db = open_data_file(tmp_path / "khoi.db").ledger
    with pytest.raises(ValidationError) as err:
        set_profile(db, term_start="31/02/2026", political_label="xyz", pad_counts="maybe")
    assert sorted(e.field for e in err.value.errors) == ["pad_counts", "political_label", "term_start"]
    profile = set_profile(db, name="Đảng ủy Khối", organisation="Đảng bộ Khối", superior="Tỉnh ủy",
                          superior_header="Đảng bộ tỉnh Bắc Ninh", term_start="01/10/2025", pad_counts="1",
                          political_label="party_building", recipients="- Ban Dân vận Tỉnh ủy,\n- Lưu VP.")
    assert profile["term_start"] == "2025-10-01" and profile["pad_counts"] == "1"
    db.set_period_text("2026-H1", limitations="Hạn chế.\nNguyên nhân.", directions="")
    assert db.period_text("2026-H1") == {"limitations": "Hạn chế.\nNguyên nhân.", "directions": ""}
    doc = build_consolidated_document(db, period="2026-H1", issued=dt.date(2026, 7, 10), number="3")
    body = [b.text for b in doc.blocks if isinstance(b, c.Paragraph)]
    assert body[0].startswith("Đảng ủy Khối báo cáo kết quả công tác dân vận") and body[0].endswith("như sau:")
    assert body[-2:] == ["Hạn chế.", "Nguyên nhân."]
    assert isinstance(doc.blocks[-1], c.Placeholder)  # section III not written yet
    assert doc.superior == "ĐẢNG BỘ TỈNH BẮC NINH" and doc.number_line == "Số 03-BC/ĐU"
    assert doc.recipients == ("- Ban Dân vận Tỉnh ủy,", "- Lưu VP.")
    assert isinstance(doc.appendix[0], c.AppendixTitle)
    assert doc.appendix[0].reference == "(Kèm theo Báo cáo số 03-BC/ĐU ngày 10/07/2026 của Đảng ủy Khối)"
    table = doc.appendix[1]
    assert table.columns[0] == "TT" and table.widths[0] / sum(table.widths) * 467 >= 27  # three digits at 10 pt


def test_profile_documents_and_khoi_options_on_the_command_line(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from dvdesktop.cli import main

    db = tmp_path / "u.db"
    assert main(["init", "--db", str(db), "--unit-code", "U", "--unit-name", "Đảng bộ U", "--superior", "X",
                 "--type", "dang_bo_co_so", "--records-since", "32/01/2026"]) == 2
    assert not db.exists()  # refused before the file was made
    assert main(["init", "--db", str(db), "--unit-code", "U", "--unit-name", "Đảng bộ U", "--superior", "X",
                 "--type", "dang_bo_co_so", "--issuer-header", "Đảng ủy | phường U"]) == 0
    assert main(["profile", "--db", str(db), "--signer-role", "Phó Bí thư", "--signer-name", "Lê Văn Phó",
                 "--pad-counts", "1", "--localities", "7", "--locality-noun", "khu dân cư"]) == 0
    shown = capsys.readouterr().out
    assert "signer_name: Lê Văn Phó" in shown and "localities: 7" in shown and "pad_counts: True" in shown
    assert main(["profile", "--db", str(db), "--localities", "không"]) == 2
    assert "localities" in capsys.readouterr().err

    meetings = tmp_path / "m.json"
    meetings.write_text(json.dumps([meeting("2026-03-01", documents=["217-QĐ/TW"])]))
    assert main(["add", "meeting", "--db", str(db), "--json", str(meetings)]) == 0
    assert main(["documents", "--db", str(db), "217 - qđ/tw", "--type-name", "Quy định"]) == 0
    assert "Quy định số 217-QĐ/TW" in capsys.readouterr().out
    with Ledger.open(db, actor="t") as led:
        s = led.summary("2026")
        doc = c.build_document(unit=led.unit(), summary=s, texts={}, issued=dt.date(2026, 7, 1))
    assert s["meetings"]["documents"][0]["name"] == "Quy định số 217-QĐ/TW"
    assert doc.issuer == "ĐẢNG ỦY\nPHƯỜNG U" and (doc.signer_for, doc.signer_role) == ("K/T BÍ THƯ", "PHÓ BÍ THƯ")
    assert "Tổ chức được 01 cuộc." in [b.text for b in doc.blocks if isinstance(b, c.Paragraph)]

    office = tmp_path / "khoi.db"
    assert main(["khoi", "profile", "--db", str(office), "--term-start", "31/02/2026"]) == 2
    assert "term_start" in capsys.readouterr().err
    bad = tmp_path / "texts.json"
    bad.write_text(json.dumps({"limitations": "x", "huong": "y"}))
    assert main(["khoi", "report", "--db", str(office), "--period", "2026", "--out", str(tmp_path / "t.pdf"),
                 "--texts", str(bad)]) == 2
    assert not (tmp_path / "t.pdf").exists()


def test_hand_figures_and_commitments_travel_in_packages_to_the_office(tmp_path: Path) -> None:
    """One unit's 2025 is in its records, the other's on paper (entered by hand): the office
    compares 2026 with 2025, marked as partly entered by hand; commitments over the units."""
    from dvdesktop.safety.crypto import open_data_file
    from dvdesktop.office import consolidate, import_paths, set_profile, trust
    from dvdesktop.office.render import build_consolidated_document
    from dvdesktop.packages import export_package, public_key_text
    from dvdesktop.packages.keys import ensure_signing_key

    office = open_data_file(tmp_path / "khoi.db").ledger
    set_profile(office, name="Đảng ủy Khối", organisation="Đảng bộ Khối", superior="Tỉnh ủy")
    for code, hand in (("A", False), ("B", True)):
        with Ledger.open(tmp_path / f"{code}.db", actor="t") as led:
            led.set_unit({"code": code, "name": f"Chi bộ {code}", "type": "chi_bo_co_so", "superior": "Đảng ủy Khối"})
            ensure_signing_key(led)
            led.add_many("meeting", [meeting("2026-03-01", members_expected=20, members_present=19)] * 3)
            if hand:
                led.set_baseline("2025", {"meetings.count": 1})
            else:
                led.add("meeting", meeting("2025-03-01"))
            led.add("commitment", {"year": 2026, "members_total": 20, "members_registered": 20 if hand else 18})
            trust(office, unit_code=code, pubkey_text=public_key_text(led))
            export_package(led, period="2026", out_dir=tmp_path / "usb")
    assert all(r.ok for r in import_paths(office, [tmp_path / "usb"]))
    cons = consolidate(office, period="2026")
    assert cons["meetings"]["previous"]["count"] == 2 and cons["meetings"]["previous"]["source"] == "baseline"
    assert cons["baseline"] == {"units": 1}
    assert cons["commitments"]["organisations_total"] == 2 and cons["commitments"]["members_registered"] == 38
    doc = build_consolidated_document(office, period="2026", issued=dt.date(2027, 1, 10))
    texts = [b.text for b in doc.blocks if isinstance(b, (c.Paragraph, c.Note))]
    joined = " ".join(texts)
    assert "Các tổ chức cơ sở đảng đã tổ chức được 6 cuộc, có 114 lượt đồng chí dự" in joined
    assert "tăng 4 cuộc so với cùng kỳ" in joined
    assert any(t.startswith("Số liệu cùng kỳ (năm 2025) về hội nghị") for t in texts)
    assert ("có 100% tổ chức cơ sở đảng tổ chức cho 95% đảng viên đăng ký cam kết tu dưỡng, rèn luyện, làm "
            "theo gương Bác (2/2 tổ chức cơ sở đảng, 38/40 đảng viên)") in joined


def test_the_overview_marks_hand_figures_and_shows_dashes(ledger: Ledger, qapp: object) -> None:
    from dvdesktop.gui.pages.overview import _rows

    ledger.add("meeting", meeting("2026-03-01"))  # attendance not counted
    ledger.set_baseline("2025", {"meetings.count": 4})
    rows = {label: rest for label, *rest in _rows(ledger.summary("2026"))}
    assert rows["Hội nghị, sinh hoạt (cuộc)"] == ["1", "4 (nhập tay)", "−3"]
    assert rows["Lượt người dự hội nghị"] == ["–", "–", ""]
    assert rows["Đối thoại (cuộc)"] == ["0", "–", ""]
