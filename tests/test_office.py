"""The receiving office: trust, import outcomes, quarantine, status, consolidation, report."""

from __future__ import annotations

import argparse
import json
import shutil
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from dvdesktop.core.fmt import percent_value
from dvdesktop.safety.crypto import open_data_file
from dvdesktop.office import (
    consolidate,
    import_paths,
    quarantine_list,
    release_quarantine,
    render_consolidated,
    set_due,
    set_profile,
    status,
    trust,
)
from dvdesktop.cli import office as office_cli
from dvdesktop.packages import export as export_mod
from dvdesktop.packages import public_key_text
from test_packages_support import FakeLedger, export_fake, forget_exports, read_entries, rezip, share_signing_key

LOCAL = timezone.utc


@pytest.fixture
def office(tmp_path: Path):  # noqa: ANN201
    db = open_data_file(tmp_path / "khoi.db").ledger
    yield db
    db.close()


def _trusted(office, code: str, **kw) -> FakeLedger:  # noqa: ANN001, ANN003
    led = FakeLedger(code, **kw)
    trust(office, unit_code=code, pubkey_text=public_key_text(led))
    return led


def _count(office, table: str) -> int:  # noqa: ANN001
    return office.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_schema_is_migrated_and_reopens(tmp_path: Path) -> None:
    db = open_data_file(tmp_path / "k.db").ledger
    tables = set(db.db.table_names())
    assert {"units", "periods", "submissions", "submission_records", "quarantine", "import_log"} <= tables
    db.close()
    open_data_file(tmp_path / "k.db").ledger.close()


def test_accepted_then_duplicate(office, tmp_path: Path) -> None:  # noqa: ANN001
    led = _trusted(office, "CB-01")
    pkg = export_fake(led, tmp_path / "usb")
    (r,) = import_paths(office, [pkg])
    assert (r.outcome, r.unit_code, r.period, r.revision) == ("accepted", "CB-01", "2026-H1", 1)
    (again,) = import_paths(office, [pkg])
    assert again.outcome == "duplicate" and again.ok
    assert _count(office, "submissions") == 1
    assert _count(office, "submission_records") == 1
    stored = office.db.execute("SELECT data FROM submission_records").fetchone()[0]
    assert "citizen" not in stored


def test_newer_revision_replaces_and_keeps_history(office, tmp_path: Path) -> None:  # noqa: ANN001
    led = _trusted(office, "CB-01")
    r1 = export_fake(led, tmp_path / "usb")
    r2 = export_fake(led, tmp_path / "usb")
    # One stick holding both: imported in revision order whatever the walk order.
    results = import_paths(office, [tmp_path / "usb"])
    assert [(r.outcome, r.revision) for r in results] == [("accepted", 1), ("replaced", 2)]
    rows = list(office.db.query("SELECT revision, status FROM submissions ORDER BY revision"))
    assert rows == [{"revision": 1, "status": "superseded"}, {"revision": 2, "status": "active"}]
    assert r1.exists() and r2.exists()


def test_replayed_older_revision_is_refused(office, tmp_path: Path) -> None:  # noqa: ANN001
    led = _trusted(office, "CB-01")
    r1 = export_fake(led, tmp_path / "a")
    r2 = export_fake(led, tmp_path / "b")
    assert import_paths(office, [r2])[0].outcome == "accepted"
    (res,) = import_paths(office, [r1])
    assert res.outcome == "refused" and res.code == "old_revision"
    assert "cũ hơn" in res.reason
    assert _count(office, "submissions") == 1


def test_uuid_collision_is_refused(office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    import uuid

    led = _trusted(office, "CB-01")
    fixed = uuid.UUID("12345678-1234-4123-8123-123456789abc")
    monkeypatch.setattr(export_mod.uuidlib, "uuid4", lambda: fixed)
    first = export_fake(led, tmp_path / "a")
    forger = FakeLedger("CB-01", seed=5)  # the unit's key in other hands, reusing the package id
    share_signing_key(forger, led)
    second = export_fake(forger, tmp_path / "b")  # same id, other content
    assert import_paths(office, [first])[0].outcome == "accepted"
    (res,) = import_paths(office, [second])
    assert (res.outcome, res.code) == ("refused", "uuid_collision")
    assert _count(office, "submissions") == 1


def test_same_revision_with_other_content_is_refused(office, tmp_path: Path) -> None:  # noqa: ANN001
    led = _trusted(office, "CB-01")
    a = export_fake(led, tmp_path / "a")
    forget_exports(led)  # the unit restored an old backup
    b = export_fake(led, tmp_path / "b")  # r1 again, another package id
    assert a.name == b.name
    assert import_paths(office, [a])[0].outcome == "accepted"
    (res,) = import_paths(office, [b])
    assert (res.outcome, res.code) == ("refused", "revision_conflict")


def test_imports_are_committed_to_the_file(tmp_path: Path) -> None:
    db = open_data_file(tmp_path / "k.db").ledger
    led = _trusted(db, "CB-01")
    import_paths(db, [export_fake(led, tmp_path / "usb")])
    db.close()
    again = open_data_file(tmp_path / "k.db").ledger
    assert _count(again, "submissions") == 1 and _count(again, "import_log") == 1
    assert json.loads(again.db.execute("SELECT summary FROM submissions").fetchone()[0])["unit"]["code"] == "CB-01"
    again.close()


def test_tampered_and_hostile_packages_leave_no_data(office, tmp_path: Path) -> None:  # noqa: ANN001
    led = _trusted(office, "CB-01")
    good = export_fake(led, tmp_path / "src")
    entries = [(i.filename, d) for i, d in read_entries(good)]
    bad = tmp_path / "usb"
    bad.mkdir()
    tampered = [(n, d.replace(b'"count"', b'"cound"', 1) if n == "data/summary.json" else d) for n, d in entries]
    (bad / "tampered.dvpkg").write_bytes(rezip(tampered))
    (bad / "evil.dvpkg").write_bytes(rezip([*entries, ("../evil.txt", b"x")]))
    (bad / "bomb.dvpkg").write_bytes(rezip([*entries, ("data/z.json", b"0" * (4 << 20))]))
    (bad / "cut.dvpkg").write_bytes(good.read_bytes()[:500])
    (bad / "junk.dvpkg").write_bytes(b"not a zip")
    results = import_paths(office, [bad])
    assert len(results) == 5
    assert {r.outcome for r in results} == {"refused"}
    assert {r.code for r in results} == {"hash_mismatch", "unsafe_path", "zip_bomb", "truncated", "not_zip"}
    assert _count(office, "submissions") == 0 and _count(office, "submission_records") == 0
    assert _count(office, "quarantine") == 0
    assert _count(office, "import_log") == 5
    assert not (tmp_path / "evil.txt").exists()


def test_unknown_unit_is_quarantined_then_released(office, tmp_path: Path) -> None:  # noqa: ANN001
    led = FakeLedger("CB-09")
    pkg = export_fake(led, tmp_path / "usb")
    (res,) = import_paths(office, [pkg])
    assert (res.outcome, res.code) == ("quarantined", "unknown_unit")
    assert "CB-09" in res.reason and "khoi trust" in res.reason
    (row,) = quarantine_list(office)
    assert row["unit_code"] == "CB-09" and "package" not in row
    assert _count(office, "submissions") == 0
    import_paths(office, [pkg])  # seen again: still one quarantined copy
    assert len(quarantine_list(office)) == 1

    pkg.unlink()  # the stick has gone home; the office kept the bytes
    trust(office, unit_code="CB-09", pubkey_text=public_key_text(led))
    (released,) = release_quarantine(office, unit_code="CB-09")
    assert released.outcome == "accepted"
    assert quarantine_list(office) == []
    assert _count(office, "submissions") == 1


def test_new_key_of_known_unit_is_quarantined(office, tmp_path: Path) -> None:  # noqa: ANN001
    _trusted(office, "CB-01")
    impostor = FakeLedger("CB-01")
    (res,) = import_paths(office, [export_fake(impostor, tmp_path)])
    assert (res.outcome, res.code) == ("quarantined", "unknown_key")
    assert "khóa mới" in res.reason
    assert _count(office, "submissions") == 0
    # Nothing leaves quarantine until that key is trusted.
    assert release_quarantine(office)[0].outcome == "quarantined"
    trust(office, unit_code="CB-01", pubkey_text=public_key_text(impostor))
    assert release_quarantine(office)[0].outcome == "accepted"
    assert _count(office, "unit_keys") == 2


def test_hidden_temp_files_are_not_imported(office, tmp_path: Path) -> None:  # noqa: ANN001
    led = _trusted(office, "CB-01")
    pkg = export_fake(led, tmp_path / "usb")
    shutil.copy(pkg, tmp_path / "usb" / f".{pkg.name}.tmp")
    shutil.copy(pkg, tmp_path / "usb" / f".{pkg.name}")
    assert [r.outcome for r in import_paths(office, [tmp_path / "usb"])] == ["accepted"]


def test_trust_refuses_bad_key(office) -> None:  # noqa: ANN001
    from dvdesktop.office import OfficeError

    with pytest.raises(OfficeError, match="Khóa công khai không hợp lệ"):
        trust(office, unit_code="CB-01", pubkey_text="hello")


# ----------------------------------------------------------------------------- status


def test_status_on_time_late_missing(office, tmp_path: Path) -> None:  # noqa: ANN001
    a, b, _ = (_trusted(office, c) for c in ("CB-A", "CB-B", "CB-C"))
    set_due(office, period="H1/2026", due=date(2026, 7, 10))
    import_paths(office, [export_fake(a, tmp_path / "a")], now=datetime(2026, 7, 10, 16, 0, tzinfo=LOCAL))
    import_paths(office, [export_fake(b, tmp_path / "b")], now=datetime(2026, 7, 11, 8, 0, tzinfo=LOCAL))
    # A correction after the due date does not make an on-time unit late.
    import_paths(office, [export_fake(a, tmp_path / "a2")], now=datetime(2026, 7, 20, 8, 0, tzinfo=LOCAL))
    rows = {s.unit_code: s for s in status(office, period="2026-H1")}
    assert rows["CB-A"].state == "on_time" and rows["CB-A"].revision == 2
    assert rows["CB-B"].state == "late"
    assert rows["CB-C"].state == "missing" and rows["CB-C"].first_received is None
    assert rows["CB-A"].label == "Đúng hạn" and rows["CB-C"].label == "Chưa gửi"


def test_status_without_due_date(office, tmp_path: Path) -> None:  # noqa: ANN001
    a = _trusted(office, "CB-A")
    import_paths(office, [export_fake(a, tmp_path)])
    assert status(office, period="2026-H1")[0].state == "submitted"


# ----------------------------------------------------------------------- consolidation


def _path_sum(summaries: list[dict], *path: str) -> int | None:
    """The sum over the units that recorded the figure; under "previous", all or nothing."""
    values = []
    for s in summaries:
        v = s
        for p in path:
            v = v[p] if v is not None else None
        values.append(v)
    known = [v for v in values if v is not None]
    if "previous" in path and len(known) < len(values):
        return None
    return sum(known) if known else None


def test_consolidated_figures_are_the_sums(office, tmp_path: Path) -> None:  # noqa: ANN001
    ledgers = [
        _trusted(office, f"CB-{i:02d}", seed=i, unit_type="dang_bo_co_so" if i % 3 == 0 else "chi_bo_co_so")
        for i in range(1, 15)
    ]
    usb = tmp_path / "usb"
    for i, led in enumerate(ledgers):
        export_fake(led, usb / f"folder{i % 3}")
    export_fake(ledgers[0], usb)  # a second revision of one unit: only r2 counts
    _trusted(office, "CB-99")  # registered, never reported
    results = import_paths(office, [usb])
    assert all(r.ok for r in results) and len(results) == 15

    from dvdesktop.office.consolidate import _upgrade

    # The fake units send summaries of the first format (dvdesktop.summary/1), whose 0s for
    # attendance nobody entered become "not recorded" at the office.
    summaries = [_upgrade(led.summary("2026-H1")) for led in ledgers]
    cons = consolidate(office, period="2026-H1")
    for path in [("meetings", "count"), ("meetings", "attendance"), ("meetings", "members_present"),
                 ("meetings", "members_expected"), ("meetings", "others_present"),
                 ("dialogues", "count"), ("dialogues", "participants"),
                 ("reception", "visits", "count"), ("reception", "visits", "cases"),
                 ("reception", "letters", "cases_resolved"), ("reception", "cases", "count"),
                 ("models", "count"), ("models", "units"), ("models", "by_field", "economy"),
                 ("awards", "collective"), ("ratings", "count"), ("ratings", "good_or_better"),
                 ("ratings", "by_grade", "HTNV"), ("meetings", "previous", "count")]:
        value = cons
        for p in path:
            value = value[p]
        assert value == _path_sum(summaries, *path), path
    m = cons["meetings"]
    assert m["member_rate"] == percent_value(m["members_present"], m["members_expected"])
    v = cons["reception"]["visits"]
    assert v["cases_rate"] == percent_value(v["cases_resolved"], v["cases"])
    assert cons["ratings"]["year"] == 2026
    assert cons["meetings"]["documents"][0]["ref"] == "25-NQ/TW"
    assert cons["meetings"]["documents"][0]["meetings"] == sum(
        s["meetings"]["documents"][0]["meetings"] for s in summaries)
    units = cons["units"]
    assert units["registered"] == 15 and units["submitted"] == 14 and units["missing"] == 1
    assert units["missing_codes"] == ["CB-99"]
    assert units["by_type"] == {"chi_bo_co_so": 10, "dang_bo_co_so": 4}
    assert units["with_models"] == sum(1 for s in summaries if s["models"]["count"])
    assert len(cons["by_unit"]) == 15
    row = next(r for r in cons["by_unit"] if r["code"] == "CB-01")
    assert row["revision"] == 2 and row["meetings"] == summaries[0]["meetings"]["count"]


def test_consolidated_report_speaks_like_the_seeds(office, tmp_path: Path) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    set_profile(office, name="Đảng ủy Khối các cơ quan tỉnh", organisation="Đảng bộ Khối",
                superior="Tỉnh ủy Nghệ An", place="Vinh", signer_name="Lê Văn Ký")
    for i in range(1, 4):
        led = _trusted(office, f"CB-{i}", seed=10 + i)
        import_paths(office, [export_fake(led, tmp_path / f"u{i}")])
    _trusted(office, "CB-4", unit_type="dang_bo_co_so")
    cons = consolidate(office, period="2026-H1")
    pdf = render_consolidated(office, period="2026-H1", out=tmp_path / "tong-hop.pdf", issued=date(2026, 7, 15))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Đảng bộ Khối hiện có 4 tổ chức cơ sở đảng trực thuộc" in text
    assert "Có 3/4 tổ chức cơ sở đảng đã gửi báo cáo" in text
    r = cons["ratings"]
    assert f"{r['good_or_better']}/{r['count']} tổ chức cơ sở đảng hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ" in text
    m = cons["meetings"]
    assert f"tổ chức được {m['count']} cuộc" in text
    assert "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" in text and "Vinh, ngày 15 tháng 7 năm 2026" in text
    assert "Kết quả theo từng tổ chức cơ sở đảng" in text and "Chưa gửi" in text

    docx_path = render_consolidated(office, period="2026-H1", out=tmp_path / "tong-hop.docx")
    import docx

    body = " ".join(p.text for p in docx.Document(str(docx_path)).paragraphs)
    assert "Đảng bộ Khối hiện có 4 tổ chức cơ sở đảng trực thuộc" in body


def test_model_sentence_counts_reporting_organisations() -> None:
    from dvdesktop.reports.consolidated import consolidated_paragraphs

    cons = {"units": {"registered": 159, "submitted": 159, "on_time": 159, "with_models": 28,
                      "by_type": {"chi_bo_co_so": 79, "dang_bo_co_so": 80}},
            "models": {"count": 37, "by_type": {"model": 37, "exemplar": 0}},
            "ratings": {"count": 159, "by_grade": {"HTXSNV": 30, "HTTNV": 122, "HTNV": 7, "KHTNV": 0}},
            "meetings": {"count": 454, "attendance": 10955, "members_present": 9230,
                         "members_expected": 9323, "others_present": 1725}}
    sections = consolidated_paragraphs(cons, organisation="Đảng bộ Khối")
    text = " ".join(p for _, ps in sections for p in ps)
    assert "Đánh giá, xếp loại chất lượng tổ chức cơ sở đảng" in [title for title, _ in sections]
    # Seed 001's own words, and seed 000's.
    assert "Đảng bộ Khối hiện có 159 tổ chức cơ sở đảng trực thuộc; trong đó 80 đảng bộ và 79 chi bộ cơ sở" in text
    assert "37 mô hình của 28 tổ chức cơ sở đảng đăng ký" in text
    assert ("Đảng bộ Khối có 152/159 tổ chức cơ sở đảng hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ; "
            "7 tổ chức cơ sở đảng hoàn thành nhiệm vụ; không có tổ chức cơ sở đảng không hoàn thành "
            "nhiệm vụ") in text
    assert ("tổ chức được 454 cuộc, có 10.955 lượt đồng chí dự (trong đó đảng viên là 9.230 lượt "
            "đồng chí, đạt tỉ lệ trung bình là 99%, còn lại là cán bộ, công chức và người lao động)") in text


# -------------------------------------------------------------------------------- CLI


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dvdesktop")
    office_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


def test_cli_khoi_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "khoi.db")
    led = FakeLedger("CB-01")
    pkg = export_fake(led, tmp_path / "usb")
    pub = tmp_path / "CB-01.pub"
    pub.write_text(public_key_text(led))

    assert _run(["khoi", "import", "--db", db, str(tmp_path / "usb")]) == 1  # quarantined
    assert "Cách ly" in capsys.readouterr().out
    assert _run(["khoi", "quarantine", "--db", db]) == 0
    assert "CB-01" in capsys.readouterr().out
    assert _run(["khoi", "trust", "--db", db, "--unit-code", "CB-01", "--pubkey", str(pub)]) == 0
    out = capsys.readouterr().out
    assert "Đã đăng ký khóa" in out and "Đã nhận" in out
    assert _run(["khoi", "import", "--db", db, str(pkg)]) == 0  # duplicate is fine
    assert _run(["khoi", "due", "--db", db, "--period", "2026-H1", "--date", "10/07/2026"]) == 0
    assert "10/07/2026" in capsys.readouterr().out
    assert _run(["khoi", "status", "--db", db, "--period", "2026-H1"]) == 0
    assert "CB-01" in capsys.readouterr().out
    assert _run(["khoi", "report", "--db", db, "--period", "2026-H1", "--out", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert _run(["khoi", "report", "--db", db, "--period", "2026-H1", "--out", str(tmp_path / "r.txt")]) == 1
    assert ".pdf, .docx hoặc .xlsx" in capsys.readouterr().err
    assert _run(["khoi", "report", "--db", db, "--period", "2026-H1", "--out", str(tmp_path / "r.xlsx")]) == 0
    assert capsys.readouterr().out.strip().endswith("r.xlsx")
    assert _run(["khoi", "due", "--db", db, "--period", "2026-H1", "--date", "31/02/2026"]) == 1


def test_every_khoi_command_has_help() -> None:
    parser = argparse.ArgumentParser(prog="dvdesktop")
    office_cli.register(parser.add_subparsers(dest="command"))
    khoi = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices["khoi"]  # noqa: SLF001
    sub = next(a for a in khoi._actions if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    assert {"trust", "import", "status", "due", "report", "quarantine"} <= set(sub.choices)
    helps = {c.dest: c.help for c in sub._choices_actions}  # noqa: SLF001
    assert all(helps.get(name) for name in sub.choices)


def test_operator_trusts_a_quarantined_package_after_comparing_fingerprints(office, tmp_path: Path) -> None:  # noqa: ANN001
    from dvdesktop.office import trust_quarantined, units

    led = FakeLedger("CB-07")
    (res,) = import_paths(office, [export_fake(led, tmp_path / "usb")])
    assert res.outcome == "quarantined" and units(office) == []
    (row,) = quarantine_list(office)
    (released,) = trust_quarantined(office, row["id"])
    assert released.outcome == "accepted" and quarantine_list(office) == []
    assert [u["code"] for u in units(office)] == ["CB-07"]


def test_receiving_packages_backs_the_file_up_first(tmp_path: Path) -> None:
    """The rule "back up before an import" is the core's: window and command line share it."""
    from dvdesktop.office import receive_packages
    from dvdesktop.safety.backup import list_backups
    from dvdesktop.safety.crypto import open_data_file

    with open_data_file(tmp_path / "khoi.db") as file:
        led = _trusted(file.ledger, "CB-01")
        steps: list[str] = []
        (res,) = receive_packages(file, [export_fake(led, tmp_path / "usb")], progress=lambda _f, t: steps.append(t))
        assert res.outcome == "accepted"
        assert [b.reason for b in list_backups(file.path)] == ["import"]
        assert steps[0].startswith("Đang sao lưu")
        # the backup holds the file as it was before the package came in
        with open_data_file(list_backups(file.path)[0].path, backup_before_migrate=False) as copy:
            assert _count(copy.ledger, "submissions") == 0


def _commits(office) -> list[str]:  # noqa: ANN001
    """The COMMITs the office's connection runs from now on (a list that grows)."""
    seen: list[str] = []
    office.db.conn.set_trace_callback(lambda sql: seen.append(sql) if sql.strip().upper() == "COMMIT" else None)
    return seen


def test_a_stick_is_imported_in_few_transactions_each_package_whole(office, tmp_path: Path) -> None:  # noqa: ANN001
    """Packages share a transaction (one fsync for many), each in its own savepoint: a bad
    package among good ones leaves nothing of itself and takes nothing from the others."""
    ledgers = [_trusted(office, f"CB-{i:02d}", seed=i) for i in range(1, 6)]
    usb = tmp_path / "usb"
    for led in ledgers:
        export_fake(led, usb)
    good = sorted(usb.glob("*.dvpkg"))
    entries = [(i.filename, d) for i, d in read_entries(good[2])]
    good[2].write_bytes(rezip([(n, d.replace(b'"count"', b'"cound"', 1) if n == "data/summary.json" else d)
                               for n, d in entries]))
    commits = _commits(office)
    results = import_paths(office, [usb])
    office.db.conn.set_trace_callback(None)
    assert [r.outcome for r in results] == ["accepted", "accepted", "refused", "accepted", "accepted"]
    assert len(commits) == 1
    codes = {r["unit_code"] for r in office.db.query("SELECT unit_code FROM submissions")}
    assert codes == {"CB-01", "CB-02", "CB-04", "CB-05"}
    assert _count(office, "import_log") == 5
    per_unit = {r["unit_code"]: r["n"] for r in office.db.query(
        "SELECT s.unit_code, count(r.submission_id) AS n FROM submissions s "
        "LEFT JOIN submission_records r ON r.submission_id = s.id GROUP BY s.unit_code")}
    assert set(per_unit) == codes and all(per_unit.values())


def test_a_failure_keeps_the_packages_before_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An error that stops the import (a bug, a storage error) undoes the package it struck
    and keeps, committed, every package before it, as when each had its own transaction."""
    from dvdesktop.office import importer

    db = open_data_file(tmp_path / "k.db").ledger
    ledgers = [_trusted(db, f"CB-{i:02d}", seed=i) for i in range(1, 5)]
    for led in ledgers:
        export_fake(led, tmp_path / "usb")
    real = importer._store

    def store(led, pkg, **kw):  # noqa: ANN001, ANN003, ANN202
        result = real(led, pkg, **kw)  # written, then the failure: the savepoint undoes it
        if pkg.unit_code == "CB-03":
            raise RuntimeError("boom")
        return result

    monkeypatch.setattr(importer, "_store", store)
    with pytest.raises(RuntimeError, match="boom"):
        import_paths(db, [tmp_path / "usb"])
    db.close()
    again = open_data_file(tmp_path / "k.db").ledger
    assert {r["unit_code"] for r in again.db.query("SELECT unit_code FROM submissions")} == {"CB-01", "CB-02"}
    assert _count(again, "import_log") == 2
    assert _count(again, "submission_records") == sum(
        1 for _ in again.db.query("SELECT 1 FROM submission_records r JOIN submissions s ON s.id = r.submission_id"))
    again.close()


def test_batches_are_bounded_in_time(office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from dvdesktop.office import importer

    for i in range(1, 4):
        export_fake(_trusted(office, f"CB-{i:02d}", seed=i), tmp_path / "usb")
    monkeypatch.setattr(importer, "_BATCH_SECONDS", 0.0)  # a package per transaction
    commits = _commits(office)
    results = import_paths(office, [tmp_path / "usb"])
    office.db.conn.set_trace_callback(None)
    assert [r.outcome for r in results] == ["accepted"] * 3
    assert len(commits) == 3
