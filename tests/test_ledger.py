"""The Ledger: one transaction per action, audit, trash, search that ignores diacritics."""

from __future__ import annotations

import datetime as dt

import pytest

from dvdesktop.base.errors import ValidationError
from dvdesktop.core.ledger import BatchValidationError, Ledger, RecordNotFoundError
from tests.conftest import snapshot

M = {"date": "2026-03-02", "kind": "thematic", "title": "Sinh hoạt chuyên đề “Dân vận khéo”",
     "members_expected": 20, "members_present": 18, "documents": ["25-NQ/TW"]}


def test_add_update_delete_restore_are_audited_with_old_and_new(ledger):
    rec = ledger.add("meeting", M)
    ledger.update("meeting", rec["id"], {"members_present": 20})
    ledger.delete("meeting", rec["id"])
    assert ledger.count("meeting") == 0
    with pytest.raises(RecordNotFoundError):
        ledger.get("meeting", rec["id"])
    ledger.restore("meeting", rec["id"])
    assert ledger.get("meeting", rec["id"])["members_present"] == 20
    log = [e for e in ledger.audit(kind="meeting", record_id=rec["id"])]
    assert [e["action"] for e in log] == ["restore", "delete", "update", "create"]
    update = log[2]
    assert update["old"]["members_present"] == 18 and update["new"]["members_present"] == 20
    assert update["actor"] == "tester" and update["at"].startswith("20")


def test_invalid_update_writes_nothing(ledger, db_path):
    rec = ledger.add("meeting", M)
    before = snapshot(db_path)
    with pytest.raises(ValidationError):
        ledger.update("meeting", rec["id"], {"members_present": 99})
    assert snapshot(db_path) == before


def test_batch_is_all_or_nothing_and_reports_every_bad_item(ledger, db_path):
    before = snapshot(db_path)
    with pytest.raises(BatchValidationError) as exc:
        ledger.add_many("meeting", [M, {**M, "members_present": 50}, M, {"title": ""}])
    assert [p.index for p in exc.value.problems] == [1, 3]
    assert snapshot(db_path) == before


def test_empty_trash_removes_for_good_but_audit_keeps_the_values(ledger):
    rec = ledger.add("meeting", M)
    ledger.delete("meeting", rec["id"])
    assert [t["id"] for t in ledger.trash()] == [rec["id"]]
    assert ledger.empty_trash() == 1
    assert ledger.trash() == []
    purge = ledger.audit(kind="meeting", record_id=rec["id"])[0]
    assert purge["action"] == "purge" and purge["old"]["title"] == M["title"]


@pytest.mark.parametrize(("stored", "typed"), [
    ("Dân vận khéo", "dan van kheo"),
    ("Đảng ủy xã Quỳnh Lộc", "dang uy"),
    ("dan van kheo trong nong thon moi", "Dân vận khéo"),   # the other direction
    ("Ban Chấp hành Đảng bộ", "ĐẢNG BỘ"),
    ("Nghị quyết 25-NQ/TW", "25-nq"),
])
def test_search_ignores_diacritics_both_ways(ledger, stored, typed):
    ledger.add("meeting", {**M, "title": stored})
    ledger.add("meeting", {**M, "title": "Sinh hoạt chi bộ định kỳ", "documents": []})
    hits = ledger.search(typed)
    assert [h["title"] for h in hits] == [stored]
    assert [r["title"] for r in ledger.list("meeting", search=typed)] == [stored]


def test_search_skips_deleted_and_reindexes_on_update(ledger):
    rec = ledger.add("meeting", {**M, "title": "Đối thoại với nhân dân"})
    ledger.update("meeting", rec["id"], {"title": "Hội nghị tiếp xúc cử tri"})
    assert ledger.search("doi thoai") == []
    assert len(ledger.search("cu tri")) == 1
    ledger.delete("meeting", rec["id"])
    assert ledger.search("cu tri") == []


def test_denouncer_identity_is_not_searchable(ledger):
    base = {"date": "2026-04-01", "channel": "visit", "content": "Vụ việc", "handling": "accept",
            "citizen_name": "Lê Văn Bảo Mật"}
    ledger.add("reception", {**base, "category": "denunciation"})
    ledger.add("reception", {**base, "category": "petition", "citizen_name": "Phạm Thị Công Khai"})
    assert ledger.search("bao mat") == []
    assert len(ledger.search("cong khai")) == 1


def test_case_codes_are_generated_and_shared(ledger):
    r1 = ledger.add("reception", {"date": "2026-04-01", "channel": "visit", "category": "complaint",
                                  "content": "Đất", "handling": "accept"})
    r2 = ledger.add("reception", {"date": "2026-04-09", "channel": "letter", "category": "complaint",
                                  "content": "Đất (lần 2)", "handling": "accept", "case_code": r1["case_code"]})
    r3 = ledger.add("reception", {"date": "2026-05-01", "channel": "visit", "category": "petition",
                                  "content": "Đường", "handling": "guide"})
    assert r1["case_code"] == "VV-2026-0001" == r2["case_code"]
    assert r3["case_code"] == "VV-2026-0002"
    matters = ledger.matters()
    assert [(m.case_code, m.visits, m.letters) for m in matters] == [("VV-2026-0001", 1, 1), ("VV-2026-0002", 1, 0)]


def test_list_paging_ordering_and_period(ledger):
    ledger.add_many("meeting", [{**M, "date": f"2026-{m:02d}-10", "title": f"Họp {m:02d}"} for m in range(1, 13)])
    assert ledger.count("meeting", period="2026-Q2") == 3
    page = ledger.list("meeting", order_by="title", offset=2, limit=3)
    assert [r["title"] for r in page] == ["Họp 03", "Họp 04", "Họp 05"]
    assert ledger.list("meeting", limit=1)[0]["title"] == "Họp 12"  # newest first by default


def test_document_pick_list_counts_uses(ledger):
    ledger.add("meeting", {**M, "documents": ["25-NQ/TW", "43-KL/TW"]})
    ledger.add("meeting", {**M, "documents": ["25-nq/tw"]})
    docs = {d["ref"]: d["uses"] for d in ledger.documents()}
    assert docs == {"25-NQ/TW": 2, "43-KL/TW": 1}


def test_duplicate_uid_is_refused(ledger):
    rec = ledger.add("meeting", M)
    with pytest.raises(BatchValidationError, match="đã có"):
        ledger.add("meeting", {**M, "uid": rec["uid"]})


def test_period_texts_round_trip(ledger):
    ledger.set_period_text("2026-H1", limitations="Còn hạn chế", directions="Tiếp tục")
    assert ledger.period_text("2026-H1") == {"limitations": "Còn hạn chế", "directions": "Tiếp tục"}
    assert ledger.period_text("2026") == {"limitations": "", "directions": ""}


def test_reopening_keeps_everything(db_path, ledger):
    ledger.add("meeting", M)
    ledger.close()
    led = Ledger.open(db_path)
    assert led.unit()["name"] == "Chi bộ Sở Tư pháp"
    assert led.count("meeting") == 1
    led.close()


def test_open_matters_only_loads_pending_ones(ledger):
    base = {"channel": "visit", "category": "complaint", "content": "Đất", "handling": "accept"}
    ledger.add_many("reception", [
        {**base, "date": "2026-01-02", "case_code": "A"},
        {**base, "date": "2026-01-20", "case_code": "A", "status": "resolved", "resolved_date": "2026-01-25"},
        {**base, "date": "2026-02-02", "case_code": "B"},
        {**base, "date": "2026-02-03", "case_code": "C", "status": "resolved", "resolved_date": "2026-02-04"},
        {**base, "date": "2026-03-01", "case_code": "C"},  # the citizen came back: open again
    ])
    assert [m.case_code for m in ledger.matters(open_only=True)] == ["B", "C"]
    assert [m.case_code for m in ledger.matters()] == ["A", "B", "C"]


def test_generated_case_codes_never_repeat(ledger):
    base = {"date": "2026-05-01", "channel": "letter", "category": "petition", "content": "Đường",
            "handling": "guide"}
    ledger.add("reception", {**base, "case_code": "VV-2026-9999"})
    ledger.add("reception", {**base, "case_code": "VV-2026-12x"})   # typed by hand, not a number: ignored
    first = ledger.add("reception", base)
    assert first["case_code"] == "VV-2026-10000"
    ledger.delete("reception", first["id"])
    assert ledger.add("reception", base)["case_code"] == "VV-2026-10001"
    ledger.clock = lambda: dt.date(2027, 1, 3)
    assert ledger.add("reception", {**base, "date": "2027-01-03"})["case_code"] == "VV-2027-0001"


def test_matters_for_given_case_codes(ledger):
    base = {"date": "2026-01-02", "channel": "visit", "category": "petition", "content": "Đường", "handling": "accept"}
    ledger.add_many("reception", [{**base, "case_code": c} for c in ("A", "B", "B", "C")])
    got = ledger.matters(case_codes=["B", "C", "Z"])
    assert [(m.case_code, len(m.entries)) for m in got] == [("B", 2), ("C", 1)]


def test_each_write_records_what_it_changed_once_committed(ledger):
    import threading

    with ledger.tracking() as changed:
        rec = ledger.add("meeting", M)
    assert changed == {"meeting"}
    with ledger.tracking() as changed:
        ledger.delete("meeting", rec["id"])
        ledger.set_setting("deadline_rules", None)
        ledger.set_period_text("2026", limitations="a", directions="b")
    assert changed == {"meeting", "trash", "settings", "period_text"}
    with ledger.tracking() as changed:
        with pytest.raises(ValidationError):
            ledger.add("meeting", {**M, "members_present": 99})
        with pytest.raises(RuntimeError):  # a write rolled back announces nothing
            with ledger.writing("unit"):
                raise RuntimeError("stop")
        other = threading.Thread(target=lambda: ledger.add("award", {
            "date": "2026-01-05", "recipient_type": "individual", "recipient": "Đồng chí A",
            "level": "merit", "issuer": "Ban Thường vụ"}))
        other.start()
        other.join()
    assert changed == set(), "neither a refused or rolled-back write, nor another thread's, is this op's"
    assert ledger.count("award") == 1
    with ledger.tracking() as changed:
        with ledger.writing("baseline"):
            with pytest.raises(RuntimeError):
                with ledger.writing("unit"):  # a savepoint undone inside a committed write
                    raise RuntimeError("stop")
    assert changed == {"baseline"}


def test_a_page_of_search_hits_is_that_slice_of_all_hits(ledger):
    # Pages of a searched list are read by sorting the hits' keys first: the same rows in
    # the same order as slicing the whole sorted list, ties on the date broken by id.
    for i in range(23):
        ledger.add("meeting", {"date": f"2026-0{1 + i % 3}-{1 + i % 5:02d}", "title": f"Họp chi bộ số {i}",
                               "members_expected": 10, "members_present": 9})
    ledger.add("meeting", {"date": "2026-02-02", "title": "Sinh hoạt khác", "members_expected": 10,
                           "members_present": 9})
    ledger.delete("meeting", ledger.list("meeting", search="số 7")[0]["id"])
    every = ledger.list("meeting", search="hop chi bo")
    assert len(every) == 22
    for offset in (0, 5, 20):
        page = ledger.list("meeting", search="hop chi bo", limit=5, offset=offset)
        assert [r["id"] for r in page] == [r["id"] for r in every[offset:offset + 5]]
    by_title = ledger.list("meeting", search="hop", order_by="title", limit=4, offset=3)
    assert [r["id"] for r in by_title] == [r["id"] for r in ledger.list("meeting", search="hop", order_by="title")[3:7]]


def test_document_lists_come_back_as_lists_empty_or_not(ledger):
    # "[]" is read without the JSON parser: it must still be a fresh empty list.
    ids = [ledger.add("meeting", {**M, "documents": docs})["id"]
           for docs in ([], ["25-NQ/TW"], ["25-NQ/TW", "43-KL/TW"])]
    with ledger.writing("meeting") as db:  # as an older version, or a hand edit, may leave it
        db.execute("UPDATE meetings SET documents = '' WHERE id = ?", [ids[0]])
    listed = {r["id"]: r["documents"] for r in ledger.list("meeting")}
    assert [listed[i] for i in ids] == [[], ["25-NQ/TW"], ["25-NQ/TW", "43-KL/TW"]]
    assert [ledger.get("meeting", i)["documents"] for i in ids] == [listed[i] for i in ids]
    first, again = ledger.get("meeting", ids[0])["documents"], ledger.get("meeting", ids[0])["documents"]
    first.append("x")
    assert again == []
