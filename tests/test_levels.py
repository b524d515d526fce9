"""Through the levels: chi bộ -> commune -> province, with real files and real signed packages.

Every step runs the command line on real data files: the chi bộ record and export, the
communes import, record their own work, report and export upward, the province imports and
reports; the province's PDF is read back.
"""

from __future__ import annotations

import io
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


def _members(code: str) -> list[str]:
    return [c for c in TREE.get(code, {})]


def test_the_commune_report_covers_its_chi_bo_and_splits_own_work(levels, capsys) -> None:  # noqa: ANN001
    out = levels["tmp"] / "xa-a.pdf"
    ok(capsys, "report", "--db", str(levels["files"]["XA-A"]), "--period", PERIOD, "--out", str(out))
    text = _pdf_text(out)
    total = OWN["XA-A"][0] + sum(TREE["XA-A"].values())
    assert f"Các chi bộ trực thuộc đã tổ chức được {total} cuộc" in text
    assert f"Trong đó, Đảng ủy xã A trực tiếp tổ chức {OWN['XA-A'][0]} cuộc; các chi bộ trực thuộc tổ chức " \
           f"{sum(TREE['XA-A'].values())} cuộc." in text
    assert "Ban Thường vụ Đảng ủy xã A đã khen thưởng 1 tập thể và 2 cá nhân" in text
    assert "Kết quả theo từng chi bộ trực thuộc" in text  # the appendix


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


def test_the_package_upward_lists_what_it_rests_on_and_minisign_verifies_it(levels, tmp_path: Path) -> None:  # noqa: ANN001
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
            import hashlib
            assert e["content_sha256"] == hashlib.sha256(cell.read("tagmanifest-sha256.txt")).hexdigest()
            info = cell.read("bag-info.txt").decode()
        assert f"External-Identifier: {e['uuid']}" in info and (e["period"], e["revision"]) == (PERIOD, 1)
    assert summary["meetings"]["count"] == OWN["XA-B"][0]  # its own summary
    assert cons["meetings"]["count"] == OWN["XA-B"][0] + sum(TREE["XA-B"].values())
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
