"""Through the levels: chi bộ -> commune -> province, with real files and real signed packages.

Every step runs the command line on real data files: the chi bộ record and export, the
communes import, record their own work, report and export upward, the province imports and
reports; the province's PDF is read back.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pypdf
import pytest

from dvdesktop.cli import main
from tests.conftest import snapshot
from test_packages_support import MINISIGN, minisign_verify

PERIOD = "2026-H1"

#: commune -> its chi bộ with (meetings, members present of 20 each)
TREE = {
    "XA-A": {"CB-A1": 2, "CB-A2": 3},
    "XA-B": {"CB-B1": 1, "CB-B2": 4, "CB-B3": 2},
}
#: each commune's own meetings and awards (collective, individual)
OWN = {"XA-A": (2, (1, 2)), "XA-B": (1, (2, 0))}
PROVINCE_OWN = 1


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, (argv, out, err)
    return out


def _meetings(n: int, month: int = 3) -> list[dict]:
    return [{"date": f"2026-0{month}-{10 + i:02d}", "kind": "regular_cell", "title": f"Sinh hoạt chi bộ {i + 1}",
             "members_expected": 20, "members_present": 19} for i in range(n)]


def _awards(collective: int, individual: int, issuer: str) -> list[dict]:
    return ([{"date": "2026-04-02", "recipient_type": "collective", "recipient": f"Tập thể {i + 1}",
              "level": "merit", "issuer": issuer} for i in range(collective)]
            + [{"date": "2026-04-03", "recipient_type": "individual", "recipient": f"Đồng chí {i + 1}",
                "level": "merit", "issuer": issuer} for i in range(individual)])


def _add(capsys, db: Path, kind: str, items: list[dict]) -> None:
    if items:
        src = db.with_suffix(f".{kind}.json")
        src.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        ok(capsys, "add", kind, "--db", str(db), "--json", str(src))


def _init(capsys, db: Path, code: str, name: str, superior: str, unit_type: str) -> Path:
    ok(capsys, "init", "--db", str(db), "--unit-code", code, "--unit-name", name, "--superior", superior,
       "--type", unit_type, "--place", "Vinh")
    ok(capsys, "pubkey", "--db", str(db), "--out", str(db.with_suffix(".pub")))
    return db


def _trust(capsys, body: Path, unit: Path, code: str) -> None:
    ok(capsys, "khoi", "trust", "--db", str(body), "--unit-code", code, "--pubkey", str(unit.with_suffix(".pub")))


def _export(capsys, db: Path, out: Path) -> Path:
    return Path(ok(capsys, "export", "--db", str(db), "--period", PERIOD, "--out", str(out)).strip())


def _import(capsys, body: Path, *paths: Path) -> str:
    return ok(capsys, "khoi", "import", "--db", str(body), *map(str, paths))


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(str(path)).pages)


@pytest.fixture
def levels(tmp_path: Path, capsys) -> dict:  # noqa: ANN001
    """Three levels built and sent upward once; returns the files and packages."""
    files: dict[str, Path] = {}
    province = _init(capsys, tmp_path / "tinh.db", "TINH", "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy Nghệ An",
                     "dang_bo_co_so")
    ok(capsys, "khoi", "profile", "--db", str(province), "--organisation", "Đảng bộ tỉnh",
       "--name", "Tỉnh ủy Nghệ An", "--short-name", "TU")
    _add(capsys, province, "meeting", _meetings(PROVINCE_OWN))
    files["TINH"] = province
    packages: dict[str, Path] = {}
    for commune, cells in TREE.items():
        cdb = _init(capsys, tmp_path / f"{commune}.db", commune, f"Đảng ủy xã {commune[-1]}", "Tỉnh ủy Nghệ An",
                    "xa_phuong")
        files[commune] = cdb
        _trust(capsys, province, cdb, commune)
        meetings, (collective, individual) = OWN[commune]
        _add(capsys, cdb, "meeting", _meetings(meetings, month=2))
        _add(capsys, cdb, "award", _awards(collective, individual, f"Ban Thường vụ Đảng ủy xã {commune[-1]}"))
        for cell, n in cells.items():
            db = _init(capsys, tmp_path / f"{cell}.db", cell, f"Chi bộ {cell}", f"Đảng ủy xã {commune[-1]}",
                       "chi_bo_truc_thuoc")
            files[cell] = db
            _add(capsys, db, "meeting", _meetings(n))
            _trust(capsys, cdb, db, cell)
            packages[cell] = _export(capsys, db, tmp_path / "usb" / commune)
        _import(capsys, cdb, tmp_path / "usb" / commune)
        packages[commune] = _export(capsys, cdb, tmp_path / "usb" / "tinh")
    _import(capsys, province, tmp_path / "usb" / "tinh")
    return {"files": files, "packages": packages, "tmp": tmp_path}


def test_the_commune_report_covers_its_chi_bo_and_splits_own_work(levels, capsys) -> None:  # noqa: ANN001
    out = levels["tmp"] / "xa-a.pdf"
    ok(capsys, "report", "--db", str(levels["files"]["XA-A"]), "--period", PERIOD, "--out", str(out))
    text = _pdf_text(out)
    total = OWN["XA-A"][0] + sum(TREE["XA-A"].values())
    assert f"Đảng bộ xã A đã tổ chức được {total} cuộc" in text
    assert f"Trong đó, Đảng ủy xã A trực tiếp tổ chức {OWN['XA-A'][0]} cuộc; các chi bộ trực thuộc tổ chức " \
           f"{sum(TREE['XA-A'].values())} cuộc." in text
    assert "Ban Thường vụ Đảng ủy xã A đã khen thưởng 1 tập thể và 2 cá nhân" in text
    assert "Kết quả theo từng chi bộ trực thuộc" in text  # the appendix
    # 36-HD's superior line in the đảng bộ form, as the unit report writes it.
    assert text.lstrip().startswith("ĐẢNG BỘ TỈNH NGHỆ AN") and "TỈNH ỦY NGHỆ AN" not in text


def test_a_chi_bo_without_packages_prints_its_own_report(levels, capsys) -> None:  # noqa: ANN001
    out = levels["tmp"] / "cb.pdf"
    ok(capsys, "report", "--db", str(levels["files"]["CB-A1"]), "--period", PERIOD, "--out", str(out))
    text = _pdf_text(out)
    assert "PHỤ LỤC" not in text and "Tổ chức được 2 cuộc" in text


def test_the_province_report_states_the_sum_of_every_level(levels, capsys) -> None:  # noqa: ANN001
    out = levels["tmp"] / "tinh.pdf"
    ok(capsys, "report", "--db", str(levels["files"]["TINH"]), "--period", PERIOD, "--out", str(out))
    text = _pdf_text(out)
    below = sum(m for m, _ in OWN.values()) + sum(sum(c.values()) for c in TREE.values())
    assert f"đã tổ chức được {PROVINCE_OWN + below} cuộc" in text
    # Counted from the lists carried up, not the two packages the province holds.
    cells = sum(len(c) for c in TREE.values())
    assert f"Đảng bộ tỉnh hiện có 2 tổ chức cơ sở đảng trực thuộc, với {cells} chi bộ trực thuộc." in text
    assert "Có 2/2 đơn vị trực tiếp báo cáo đã gửi báo cáo" in text
    assert f"Trong đó, Tỉnh ủy Nghệ An trực tiếp tổ chức {PROVINCE_OWN} cuộc; các tổ chức cơ sở đảng tổ chức " \
           f"{below} cuộc." in text
    assert "3 tập thể và 2 cá nhân" in text or "3 tập thể" in text


def test_the_package_upward_lists_what_it_rests_on_and_minisign_verifies_it(levels, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    pkg = levels["packages"]["XA-B"]
    with zipfile.ZipFile(pkg) as zf:
        names = zf.namelist()
        listing = json.loads(zf.read("data/units.json"))
        cons = json.loads(zf.read("data/consolidated.json"))
        summary = json.loads(zf.read("data/summary.json"))
        zf.extractall(tmp_path / "bag")
    assert {"data/units.json", "data/consolidated.json"} <= set(names)
    assert [e["code"] for e in listing["units"]] == sorted(TREE["XA-B"])
    for e in listing["units"]:
        with zipfile.ZipFile(levels["packages"][e["code"]]) as cell:
            assert e["content_sha256"] == hashlib.sha256(cell.read("tagmanifest-sha256.txt")).hexdigest()
            info = cell.read("bag-info.txt").decode()
        assert f"External-Identifier: {e['uuid']}" in info and (e["period"], e["revision"]) == (PERIOD, 1)
    assert summary["meetings"]["count"] == OWN["XA-B"][0]  # its own summary
    assert cons["meetings"]["count"] == OWN["XA-B"][0] + sum(TREE["XA-B"].values())
    out = ok(capsys, "verify", str(pkg), "--pubkey", str(levels["files"]["XA-B"].with_suffix(".pub")))
    assert "dựa trên 3 gói của đơn vị cấp dưới: CB-B1 lần 1, CB-B2 lần 1, CB-B3 lần 1" in out
    if MINISIGN:
        res = minisign_verify(tmp_path / "bag", levels["files"]["XA-B"].with_suffix(".pub"))
        assert res.returncode == 0, res.stderr
        assert "unit=XA-B" in res.stdout


def test_tree_and_trace(levels, capsys) -> None:  # noqa: ANN001
    province = str(levels["files"]["TINH"])
    out = ok(capsys, "khoi", "status", "--db", province, "--period", PERIOD, "--tree")
    lines = out.splitlines()
    a = next(i for i, line in enumerate(lines) if line.startswith("XA-A"))
    assert "lần 1" in lines[a]
    assert lines[a + 1].strip().startswith("└ CB-A1") and "lần 1" in lines[a + 1]
    out = ok(capsys, "khoi", "trace", "--db", province, "--period", PERIOD, "--key", "meetings")
    assert "    CB-B2        lần 1           4" in out
    total = PROVINCE_OWN + sum(m for m, _ in OWN.values()) + sum(sum(c.values()) for c in TREE.values())
    assert f"Tổng meetings: {total}" in out


def test_a_correction_flows_up_as_a_new_revision_at_each_level(levels, capsys) -> None:  # noqa: ANN001
    tmp, files = levels["tmp"], levels["files"]
    _add(capsys, files["CB-A2"], "meeting", _meetings(1, month=5))
    fixed = _export(capsys, files["CB-A2"], tmp / "fix" / "xa")
    assert fixed.name.endswith("_r2.dvpkg")
    assert "thay lần gửi trước" in _import(capsys, files["XA-A"], fixed)
    up = _export(capsys, files["XA-A"], tmp / "fix" / "tinh")
    assert up.name == "XA-A_2026-H1_r2.dvpkg"
    with zipfile.ZipFile(up) as zf:
        listing = json.loads(zf.read("data/units.json"))
    assert listing["previous_revision"] == 1
    assert listing["changed"] == [{"code": "CB-A2", "revision": 2, "previous_revision": 1}]
    assert "thay lần gửi trước" in _import(capsys, files["TINH"], up)
    out = ok(capsys, "khoi", "status", "--db", str(files["TINH"]), "--period", PERIOD, "--tree")
    assert "thay đổi: CB-A2 lần 1 → lần 2" in out
    out = ok(capsys, "khoi", "trace", "--db", str(files["TINH"]), "--period", PERIOD, "--key", "meetings")
    assert "    CB-A2        lần 2           4" in out


def _forged(levels, capsys, change, *, extra_units: int = 0) -> Path:  # noqa: ANN001
    """XA-B's package upward with its listing changed, signed again with XA-B's own key (so
    only the listing's meaning is wrong), in a folder of its own. ``extra_units`` makes the
    consolidated count of packages received agree with units added to the listing."""
    from dvdesktop.office import levels as levels_mod
    from dvdesktop.safety.crypto import open_data_file

    tmp = levels["tmp"]
    original, original_cons = levels_mod.listing, levels_mod.consolidate

    def bad_listing(led, *, period):  # noqa: ANN001, ANN202
        doc = original(led, period=period)
        change(doc)
        return doc

    def more_units(led, **kw):  # noqa: ANN001, ANN003, ANN202
        cons = original_cons(led, **kw)
        cons["units"]["submitted"] += extra_units
        return cons

    levels_mod.listing, levels_mod.consolidate = bad_listing, more_units
    try:
        with open_data_file(levels["files"]["XA-B"]) as file:
            return levels_mod.export_upward(file.ledger, period=PERIOD, out_dir=tmp / "forged" / str(id(change)))
    finally:
        levels_mod.listing, levels_mod.consolidate = original, original_cons


def _refused(levels, capsys, pkg: Path) -> str:  # noqa: ANN001
    """Import ``pkg`` at the province: refused, nothing but the log line written; its code."""
    province = levels["files"]["TINH"]
    before = snapshot(province)
    code, out, _ = run(capsys, "khoi", "import", "--db", str(province), str(pkg))
    assert code == 1 and "Từ chối" in out
    after = snapshot(province)
    assert {k: v for k, v in after.items() if k != "import_log"} == \
           {k: v for k, v in before.items() if k != "import_log"}
    with sqlite3.connect(province) as con:
        return con.execute("SELECT code FROM import_log ORDER BY id DESC LIMIT 1").fetchone()[0]


@pytest.mark.parametrize(("change", "code"), [
    (lambda doc: doc["units"].append(dict(doc["units"][0])), "unit_listed_twice"),
    (lambda doc: doc["units"][0]["below"].append(dict(doc["units"][1])), "unit_listed_twice"),
    (lambda doc: doc["units"][0]["figures"].update(meetings=99), "listing_mismatch"),
    (lambda doc: doc["units"].pop(), "listing_mismatch"),
    (lambda doc: doc["units"][0].update(period="2025-H2"), "listing_period"),
])
def test_a_listing_that_cannot_be_believed_is_refused_whole(levels, capsys, change, code) -> None:  # noqa: ANN001
    assert _refused(levels, capsys, _forged(levels, capsys, change)) == code


@pytest.mark.parametrize("claimed", ["CB-A1", "XA-A"])
def test_a_unit_of_another_body_is_refused(levels, capsys, claimed) -> None:  # noqa: ANN001
    """XA-B lists CB-A1 (under XA-A at the province) or XA-A itself (registered at the
    province), its figures and its count of packages made to agree: still refused."""
    def claim(doc):  # noqa: ANN001, ANN202
        doc["units"].append({**doc["units"][0], "code": claimed, "below": [],
                             "figures": {k: 0 for k in doc["units"][0]["figures"]}})

    pkg = _forged(levels, capsys, claim, extra_units=1)
    assert _refused(levels, capsys, pkg) == "unit_of_other_body"


def test_organisations_are_counted_through_the_lists_not_the_packages(levels, capsys) -> None:  # noqa: ANN001
    """A Đảng ủy Khối under the province with a đảng bộ cơ sở and a chi bộ cơ sở: the province
    holds three packages and counts four tổ chức cơ sở đảng (the Khối itself is none)."""
    tmp, province = levels["tmp"], levels["files"]["TINH"]
    khoi = _init(capsys, tmp / "KHOI.db", "KHOI", "Đảng ủy Khối", "Tỉnh ủy Nghệ An", "dang_bo_co_so")
    for code, unit_type in (("DB-K1", "dang_bo_co_so"), ("CB-K2", "chi_bo_co_so")):
        db = _init(capsys, tmp / f"{code}.db", code, f"Tổ chức {code}", "Đảng ủy Khối", unit_type)
        _add(capsys, db, "meeting", _meetings(1))
        _trust(capsys, khoi, db, code)
        _import(capsys, khoi, _export(capsys, db, tmp / "usb-khoi"))
    _trust(capsys, province, khoi, "KHOI")
    _import(capsys, province, _export(capsys, khoi, tmp / "usb-tinh-khoi"))
    out = tmp / "tinh-4.pdf"
    ok(capsys, "report", "--db", str(province), "--period", PERIOD, "--out", str(out))
    text = _pdf_text(out)
    cells = sum(len(c) for c in TREE.values())
    assert ("Đảng bộ tỉnh hiện có 4 tổ chức cơ sở đảng trực thuộc; trong đó 1 đảng bộ cơ sở, 1 chi bộ cơ sở "
            f"và 2 đảng bộ xã, phường, với {cells} chi bộ trực thuộc.") in text
    assert "Có 3/3 đơn vị trực tiếp báo cáo đã gửi báo cáo" in text


def _two_years(capsys, db: Path, n: int, award: int) -> None:
    """Records of 2025-H1 (the cùng kỳ of 2026-H1) and of 2026-H1."""
    _add(capsys, db, "meeting", [{**m, "date": m["date"].replace("2026", "2025")} for m in _meetings(n + 1)])
    _add(capsys, db, "meeting", _meetings(n))
    _add(capsys, db, "award", [{**a, "date": "2025-04-02"} for a in _awards(award, 0, "Đảng ủy xã")])


def test_merge_of_two_communes_compares_the_merged_area(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    old = {}
    for code, n in (("XA-1", 2), ("XA-2", 3)):
        old[code] = _init(capsys, tmp_path / f"{code}.db", code, f"Đảng ủy xã {code}", "Tỉnh ủy", "xa_phuong")
        _two_years(capsys, old[code], n, award=n)
    new = _init(capsys, tmp_path / "XA-12.db", "XA-12", "Đảng ủy xã mới", "Tỉnh ủy", "xa_phuong")
    out = ok(capsys, "merge", "--db", str(new), "--from", str(old["XA-1"]), "--from", str(old["XA-2"]))
    assert "Đã gộp 17 bản ghi" in out

    def summary(db: Path) -> dict:
        return json.loads(ok(capsys, "summary", "--db", str(db), "--period", PERIOD, "--format", "json"))

    merged, a, b = summary(new), summary(old["XA-1"]), summary(old["XA-2"])
    for key in ("count", "members_present", "members_expected"):
        assert merged["meetings"][key] == a["meetings"][key] + b["meetings"][key]
        assert merged["meetings"]["previous"][key] == a["meetings"]["previous"][key] + b["meetings"]["previous"][key]
    assert merged["meetings"]["previous"]["count"] == 3 + 4 and merged["meetings"]["previous"]["source"] == "records"
    last_year = json.loads(ok(capsys, "summary", "--db", str(new), "--period", "2025-H1", "--format", "json"))
    assert last_year["awards"]["count"] == 2 + 3
    with sqlite3.connect(new) as con:
        sources = dict(con.execute("SELECT source, count(*) FROM meetings GROUP BY source").fetchall())
    assert sources == {"XA-1": 5, "XA-2": 7}
    backups = ok(capsys, "backups", "--db", str(new))
    assert "trước khi gộp" in backups


def test_merge_refuses_bad_sources_and_writes_nothing(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    a = _init(capsys, tmp_path / "A.db", "XA-1", "Đảng ủy xã 1", "Tỉnh ủy", "xa_phuong")
    _two_years(capsys, a, 1, award=1)
    twin = _init(capsys, tmp_path / "A2.db", "XA-1", "Đảng ủy xã 1 (bản sao)", "Tỉnh ủy", "xa_phuong")
    new = _init(capsys, tmp_path / "N.db", "XA-N", "Đảng ủy xã mới", "Tỉnh ủy", "xa_phuong")
    same = _init(capsys, tmp_path / "N2.db", "XA-N", "Đảng ủy xã mới", "Tỉnh ủy", "xa_phuong")
    before = snapshot(new)
    for froms, words in (([a, twin], "đều là tệp của đơn vị XA-1"), ([new], "chính đơn vị XA-N"),
                         ([same], "chính đơn vị XA-N")):
        code, _, err = run(capsys, "merge", "--db", str(new), *[x for f in froms for x in ("--from", str(f))])
        assert code == 1 and words in err, err
        assert snapshot(new) == before
    ok(capsys, "merge", "--db", str(new), "--from", str(a))
    code, _, err = run(capsys, "merge", "--db", str(new), "--from", str(a))
    assert code == 1 and "đã được gộp vào tệp này" in err


def test_merge_takes_a_record_met_twice_once_and_says_so(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    a = _init(capsys, tmp_path / "A.db", "XA-1", "Đảng ủy xã 1", "Tỉnh ủy", "xa_phuong")
    _add(capsys, a, "meeting", _meetings(2))
    b = _init(capsys, tmp_path / "B.db", "XA-2", "Đảng ủy xã 2", "Tỉnh ủy", "xa_phuong")
    shared = json.loads(ok(capsys, "list", "meeting", "--db", str(a), "--format", "json"))[:1]
    _add(capsys, b, "meeting", [{k: v for k, v in r.items() if k not in ("id", "created_at", "updated_at")}
                                 for r in shared])
    new = _init(capsys, tmp_path / "N.db", "XA-N", "Đảng ủy xã mới", "Tỉnh ủy", "xa_phuong")
    out = ok(capsys, "merge", "--db", str(new), "--from", str(a), "--from", str(b))
    assert "Bỏ qua 1 bản ghi trùng mã" in out and shared[0]["uid"] in out
    with sqlite3.connect(new) as con:
        assert con.execute("SELECT count(*) FROM meetings").fetchone()[0] == 2


def test_a_successor_keeps_status_and_reports_continuous(levels, capsys) -> None:  # noqa: ANN001
    commune = levels["files"]["XA-A"]
    ok(capsys, "khoi", "successor", "--db", str(commune), "--old", "CB-A1", "--new", "CB-A2")
    out = ok(capsys, "khoi", "status", "--db", str(commune), "--period", "2026-H2")
    assert "CB-A1" not in out and "CB-A2" in out  # the replaced chi bộ is no longer awaited
    out = ok(capsys, "khoi", "status", "--db", str(commune), "--period", "2026-H2", "--tree")
    assert "CB-A1        đã được thay bằng CB-A2 (sáp nhập)" in out
    out = ok(capsys, "khoi", "status", "--db", str(commune), "--period", PERIOD)
    assert "CB-A1" in out  # where it did report, its report stays
    code, _, err = run(capsys, "khoi", "successor", "--db", str(commune), "--old", "CB-A2", "--new", "CB-A1")
    assert code == 1 and "đã được thay bằng" in err
    code, _, err = run(capsys, "khoi", "successor", "--db", str(commune), "--old", "CB-ZZ", "--new", "CB-A1")
    assert code == 1 and "chưa đăng ký" in err


def test_the_tree_shows_what_is_missing_or_late_at_each_level(levels, capsys) -> None:  # noqa: ANN001
    tmp, files = levels["tmp"], levels["files"]
    commune = files["XA-B"]
    silent = _init(capsys, tmp / "CB-B9.db", "CB-B9", "Chi bộ CB-B9", "Đảng ủy xã B", "chi_bo_truc_thuoc")
    _trust(capsys, commune, silent, "CB-B9")  # registered, never reports
    ok(capsys, "khoi", "due", "--db", str(commune), "--period", PERIOD, "--date", "01/01/2026")  # all came late
    _import(capsys, files["TINH"], _export(capsys, commune, tmp / "usb-late"))
    out = ok(capsys, "khoi", "status", "--db", str(files["TINH"]), "--period", PERIOD, "--tree")
    block = out[out.index("XA-B"):]
    assert "chưa gửi: CB-B9" in block and "trễ hạn: CB-B1, CB-B2, CB-B3" in block
    assert "chưa gửi" not in out[out.index("XA-A"):out.index("XA-B")]


def test_merge_is_all_or_nothing(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """The second old file holds a record no longer valid (changed behind the program's
    back): nothing of the first is taken either."""
    a = _init(capsys, tmp_path / "A.db", "XA-1", "Đảng ủy xã 1", "Tỉnh ủy", "xa_phuong")
    _add(capsys, a, "meeting", _meetings(2))
    b = _init(capsys, tmp_path / "B.db", "XA-2", "Đảng ủy xã 2", "Tỉnh ủy", "xa_phuong")
    _add(capsys, b, "meeting", _meetings(2))
    with sqlite3.connect(b) as con:
        con.execute("UPDATE meetings SET title = '' WHERE id = 2")
    new = _init(capsys, tmp_path / "N.db", "XA-N", "Đảng ủy xã mới", "Tỉnh ủy", "xa_phuong")
    before = snapshot(new)
    code, _, err = run(capsys, "merge", "--db", str(new), "--from", str(a), "--from", str(b))
    assert code == 1 and "Không gộp gì" in err and "XA-2" in err and "Tên hội nghị" in err, err
    assert snapshot(new) == before


def test_a_package_sent_before_the_units_reported_is_followed_by_one_naming_them_all(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    commune = _init(capsys, tmp_path / "XA.db", "XA-A", "Đảng ủy xã A", "Tỉnh ủy", "xa_phuong")
    _add(capsys, commune, "meeting", _meetings(1))
    first = _export(capsys, commune, tmp_path / "up")  # its own work only: a unit's package
    with zipfile.ZipFile(first) as zf:
        assert "data/units.json" not in zf.namelist()
    cell = _init(capsys, tmp_path / "CB.db", "CB-1", "Chi bộ 1", "Đảng ủy xã A", "chi_bo_truc_thuoc")
    _add(capsys, cell, "meeting", _meetings(2))
    _trust(capsys, commune, cell, "CB-1")
    _import(capsys, commune, _export(capsys, cell, tmp_path / "cb"))
    second = _export(capsys, commune, tmp_path / "up")
    with zipfile.ZipFile(second) as zf:
        listing = json.loads(zf.read("data/units.json"))
    assert second.name.endswith("_r2.dvpkg") and listing["previous_revision"] == 1
    assert listing["changed"] == [{"code": "CB-1", "revision": 1, "previous_revision": None}]


def test_merge_refuses_a_file_that_is_not_older(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """The new unit began recording in March; an "old" file still recording in May is not
    the replaced unit's history."""
    new = _init(capsys, tmp_path / "N.db", "XA-N", "Đảng ủy xã mới", "Tỉnh ủy", "xa_phuong")
    _add(capsys, new, "meeting", _meetings(1, month=3))
    current = _init(capsys, tmp_path / "C.db", "XA-1", "Đảng ủy xã 1", "Tỉnh ủy", "xa_phuong")
    _add(capsys, current, "meeting", _meetings(1, month=5))
    before = snapshot(new)
    code, _, err = run(capsys, "merge", "--db", str(new), "--from", str(current))
    assert code == 1 and "ngày 10/05/2026" in err and "ngày 10/03/2026" in err, err
    assert snapshot(new) == before
    older = _init(capsys, tmp_path / "O.db", "XA-2", "Đảng ủy xã 2", "Tỉnh ủy", "xa_phuong")
    _add(capsys, older, "meeting", _meetings(2, month=1))
    assert "Đã gộp 2 bản ghi" in ok(capsys, "merge", "--db", str(new), "--from", str(older))


def test_a_package_upward_is_checked_by_index_not_against_every_unit_listed(levels) -> None:  # noqa: ANN001
    """Checking a package upward against the period's other packages looks its units up by
    code (``submission_units_code``) and reads only the nested lists (the partial index of
    m086): scanning every unit listed so far made a province's import of n packages cost n²."""
    from dvdesktop.office import levels as levels_mod

    with sqlite3.connect(levels["files"]["TINH"]) as con:
        assert con.execute("SELECT count(*) FROM submission_units").fetchone()[0] > 0

        def plan(sql: str, *params: str) -> list[str]:
            return [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql, [PERIOD, "XA-A", *params])]

        codes = [f"CB-{i:02d}" for i in range(30)]  # a commune's tens of chi bộ
        listed = plan(levels_mod.LISTED_UNITS.format(marks=",".join("?" * len(codes))), *codes)
        nested = plan(levels_mod.NESTED_LISTINGS)
    assert "SEARCH su USING INDEX submission_units_code (unit_code=?)" in listed[0], listed
    assert any("USING INDEX submission_units_nested " in step for step in nested), nested
