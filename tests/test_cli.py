"""The command line: every command works; invalid input exits 2 and writes nothing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dvdesktop.cli import build_parser, main
from tests.conftest import snapshot


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def inited(tmp_path, capsys):
    db = tmp_path / "cli.db"
    code, out, _ = run(capsys, "init", "--db", str(db), "--unit-code", "CB-01", "--unit-name", "Chi bộ Sở Tư pháp",
                       "--superior", "Đảng ủy Khối các cơ quan tỉnh", "--place", "Vinh")
    assert code == 0 and "Chi bộ Sở Tư pháp" in out
    return db


def test_init_refuses_to_overwrite_a_profile(inited, capsys):
    code, _, err = run(capsys, "init", "--db", str(inited), "--unit-code", "X", "--unit-name", "Y", "--superior", "Z")
    assert code == 1 and "--force" in err


def test_add_list_round_trip_through_json(inited, tmp_path, capsys):
    items = [
        {"date": "2026-02-03", "kind": "study_resolution", "title": "Quán triệt Nghị quyết 25-NQ/TW",
         "documents": ["25-NQ/TW"], "members_expected": 30, "members_present": 29, "others_present": 4, "sites": 1},
        {"date": "2026-03-03", "kind": "regular_cell", "title": "Sinh hoạt chi bộ tháng 3",
         "members_expected": 30, "members_present": 30},
    ]
    src = tmp_path / "in.json"
    src.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "add", "meeting", "--db", str(inited), "--json", str(src))
    assert code == 0 and "2 bản ghi" in out
    code, out, _ = run(capsys, "list", "meeting", "--db", str(inited), "--format", "json")
    listed = json.loads(out)
    assert [r["title"] for r in listed] == ["Sinh hoạt chi bộ tháng 3", "Quán triệt Nghị quyết 25-NQ/TW"]
    # Fed back into a fresh database, the same records come out.
    other = tmp_path / "other.db"
    run(capsys, "init", "--db", str(other), "--unit-code", "CB-02", "--unit-name", "B", "--superior", "C")
    back = tmp_path / "back.json"
    back.write_text(out, encoding="utf-8")
    assert run(capsys, "add", "meeting", "--db", str(other), "--json", str(back))[0] == 0
    code, out2, _ = run(capsys, "list", "meeting", "--db", str(other), "--format", "json")
    strip = lambda rs: [{k: v for k, v in r.items() if k not in ("id", "created_at", "updated_at")} for r in rs]  # noqa: E731
    assert strip(json.loads(out2)) == strip(listed)


def test_invalid_add_exits_2_names_each_field_and_changes_nothing(inited, tmp_path, capsys):
    good = {"date": "2026-02-03", "title": "Hội nghị", "members_expected": 10, "members_present": 9}
    bad = [good, {**good, "members_present": 12, "documents": ["25NQ/TW"]}, {**good, "date": "2026-13-01"}]
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(bad), encoding="utf-8")
    before = snapshot(inited)
    code, out, err = run(capsys, "add", "meeting", "--db", str(inited), "--json", str(src))
    assert code == 2
    assert "Không lưu bản ghi nào: 2/3 bản ghi có lỗi." in err
    assert "#2 members_present: Số đảng viên dự: 12 người nhiều hơn số đảng viên được triệu tập (10)." in err
    assert "#2 documents:" in err and "“25NQ/TW” không đúng dạng" in err
    assert "#3 date:" in err
    assert snapshot(inited) == before


def test_add_from_stdin_and_broken_json(inited, capsys, monkeypatch):
    import io
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"date": "2026-01-02", "recipient_type": "individual", '
                                                  '"recipient": "Đồng chí Lan", "level": "merit", "issuer": "Tỉnh ủy"}'))
    assert run(capsys, "add", "award", "--db", str(inited), "--json", "-")[0] == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("{not json"))
    before = snapshot(inited)
    code, _, err = run(capsys, "add", "award", "--db", str(inited), "--json", "-")
    assert code == 2 and "JSON không hợp lệ ở dòng 1" in err
    assert snapshot(inited) == before


def test_bad_period_exits_2(inited, capsys):
    code, _, err = run(capsys, "summary", "--db", str(inited), "--period", "2026-Q5")
    assert code == 2 and "2026-Q5" in err


def test_summary_json_has_stable_keys_and_text_reads_vietnamese(inited, capsys):
    code, out, _ = run(capsys, "demo", "--db", str(inited.parent / "demo.db"), "--year", "2026", "--seed", "7")
    assert code == 0
    code, out, _ = run(capsys, "summary", "--db", str(inited.parent / "demo.db"), "--period", "2026-H1", "--format", "json")
    s = json.loads(out)
    assert set(s) >= {"schema", "unit", "period", "previous_period", "meetings", "dialogues", "reception",
                      "models", "awards", "ratings"}
    assert s["meetings"]["count"] > 0 and s["reception"]["visits"]["count"] > 0 and s["models"]["count"] > 0
    code, out, _ = run(capsys, "summary", "--db", str(inited.parent / "demo.db"), "--period", "2026-H1")
    assert "6 tháng đầu năm 2026" in out and "lượt" in out and "vụ việc" in out


def test_demo_is_deterministic(tmp_path, capsys):
    outs = []
    for name in ("a.db", "b.db"):
        run(capsys, "demo", "--db", str(tmp_path / name), "--year", "2025", "--seed", "3")
        outs.append(json.loads(run(capsys, "summary", "--db", str(tmp_path / name), "--period", "2025",
                                   "--format", "json")[1]))
        outs[-1].pop("generated_at")
    assert outs[0] == outs[1]
    every_section = outs[0]
    assert every_section["dialogues"]["count"] and every_section["awards"]["count"] and every_section["ratings"]["count"]


def test_demo_refuses_a_database_with_records(inited, capsys):
    run(capsys, "demo", "--db", str(inited), "--year", "2026")
    code, _, err = run(capsys, "demo", "--db", str(inited), "--year", "2026")
    assert code == 1 and "tệp trống" in err


def test_search_and_list_mask_denouncers(inited, tmp_path, capsys):
    src = tmp_path / "r.json"
    src.write_text(json.dumps([
        {"date": "2026-04-01", "channel": "visit", "category": "denunciation", "content": "Tố cáo thu tiền sai",
         "handling": "accept", "citizen_name": "Nguyễn Văn Kín", "citizen_id": "040123456789"},
    ], ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "add", "reception", "--db", str(inited), "--json", str(src))[0] == 0
    code, out, _ = run(capsys, "list", "reception", "--db", str(inited), "--format", "csv")
    assert "Nguyễn Văn Kín" not in out and "040123456789" not in out and "giữ bí mật" in out
    code, out, _ = run(capsys, "list", "reception", "--db", str(inited), "--format", "json")
    assert "Nguyễn Văn Kín" not in out
    code, out, _ = run(capsys, "list", "reception", "--db", str(inited), "--format", "json", "--reveal")
    assert "Nguyễn Văn Kín" in out
    code, out, _ = run(capsys, "search", "to cao thu tien", "--db", str(inited))
    assert code == 0 and "Tố cáo thu tiền sai" in out


def test_list_of_missing_file_is_a_clear_error(tmp_path, capsys):
    code, _, err = run(capsys, "list", "meeting", "--db", str(tmp_path / "nope.db"))
    assert code == 1 and "Không có tệp dữ liệu" in err
    assert not (tmp_path / "nope.db").exists()


def test_every_command_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert {"init", "demo", "add", "list", "search", "summary"} <= set(sub.choices)
    helps = {a.dest: a.help for a in sub._choices_actions}
    for name, p in sub.choices.items():
        assert helps.get(name), f"{name} has no help line"
        assert p.format_help()


def test_console_script_runs(tmp_path):
    out = subprocess.run([sys.executable, "-m", "dvdesktop", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("dvdesktop ")


def test_records_doc_is_current_and_its_examples_are_valid(ledger):
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("records_doc", root / "tools" / "records_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (root / "docs" / "records.md").read_text(encoding="utf-8") == module.render(), \
        "run tools/records_doc.py"
    for kind, example in module.EXAMPLES.items():
        ledger.add(kind, example)


def test_init_with_bad_input_creates_no_file(tmp_path, capsys):
    db = tmp_path / "bad.db"
    code, _, err = run(capsys, "init", "--db", str(db), "--unit-code", "CB 01", "--unit-name", "X", "--superior", "Y")
    assert code == 2 and "Mã đơn vị" in err
    assert not db.exists()
