"""From a real Ledger to files: build_report, build_register and the CLI commands."""

from __future__ import annotations

import docx
import pytest
from pypdf import PdfReader

from dvdesktop.cli import main
from dvdesktop.core import fmt
from dvdesktop.core.demo import fill_demo
from dvdesktop.base.errors import UserError
from dvdesktop.reports.build import build_register, build_report


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def filled(ledger):
    fill_demo(ledger, year=2026, seed=3)
    ledger.set_period_text("2026-H1", limitations="Việc nắm tình hình nhân dân có lúc chưa kịp thời.",
                           directions="Tiếp tục thực hiện Kết luận số 43-KL/TW.")
    ledger.set_setting("signing_fingerprint", "RWQ-TEST-KEY")
    return ledger


def test_pdf_report_from_the_ledger(filled, tmp_path):
    from datetime import date

    out = build_report(filled, period="2026-H1", out=tmp_path / "bc.pdf", number="7", issued=date(2026, 7, 3))
    text = flat(" ".join(p.extract_text() for p in PdfReader(out).pages))
    meetings = filled.summary("2026-H1")["meetings"]
    assert f"Tổ chức được {fmt.number(meetings['count'])} cuộc, có {fmt.number(meetings['attendance'])} lượt đồng chí dự" in text
    for words in ("CHI BỘ SỞ TƯ PHÁP", "Số 07-BC/CB", "Quỳnh Lưu, ngày 03 tháng 7 năm 2026",
                  "6 tháng đầu năm 2026", "Việc nắm tình hình nhân dân có lúc chưa kịp thời.",
                  "Tiếp tục thực hiện Kết luận số 43-KL/TW.", "Mã khóa ký: RWQ-TEST-KEY", "Trần Thị Hoa",
                  "- Đảng ủy Khối các cơ quan tỉnh (để báo cáo),"):
        assert words in text


def test_docx_report_from_the_ledger(filled, tmp_path):
    out = build_report(filled, period="2026-H1", out=tmp_path / "BC.DOCX")
    document = docx.Document(str(out))
    text = flat(" ".join(p.text for p in document.paragraphs))
    assert "Việc nắm tình hình nhân dân có lúc chưa kịp thời." in text
    assert "I. KẾT QUẢ THỰC HIỆN" in text


def test_other_suffixes_are_refused_in_vietnamese(filled, tmp_path):
    with pytest.raises(UserError, match=r"Không lập được báo cáo dạng “\.odt”.*\.pdf.*\.docx"):
        build_report(filled, period="2026-H1", out=tmp_path / "bc.odt")
    assert not (tmp_path / "bc.odt").exists()


def test_no_unit_profile_is_a_user_error(tmp_path):
    from dvdesktop.core.ledger import Ledger

    with Ledger.open(tmp_path / "blank.db") as blank, pytest.raises(UserError, match="Chưa có hồ sơ đơn vị"):
        build_report(blank, period="2026", out=tmp_path / "bc.pdf")


def test_register_from_the_ledger_hides_denouncers(filled, tmp_path):
    receptions = filled.list("reception", period=filled.period("2026-H1"))
    assert receptions
    out = build_register(filled, period="2026-H1", out=tmp_path / "so.pdf")
    text = flat(" ".join(p.extract_text() for p in PdfReader(out).pages))
    assert "SỔ TIẾP CÔNG DÂN" in text
    for rec in receptions:
        if rec["category"] == "denunciation" and rec.get("citizen_name"):
            assert rec["citizen_name"] not in text
        elif rec.get("citizen_id"):
            assert rec["citizen_id"] in text


def test_cli_report_and_register(filled, db_path, tmp_path, capsys):
    filled.close()
    out = tmp_path / "bc.pdf"
    code = main(["report", "--db", str(db_path), "--period", "2026-H1", "--out", str(out),
                 "--number", "3", "--date", "05/02/2026"])
    assert code == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert "Quỳnh Lưu, ngày 05 tháng 02 năm 2026" in PdfReader(out).pages[0].extract_text()

    assert main(["register", "--db", str(db_path), "--period", "2026-H1", "--out", str(tmp_path / "so.pdf")]) == 0
    assert (tmp_path / "so.pdf").read_bytes().startswith(b"%PDF")


def test_cli_errors_go_to_stderr_with_exit_1(filled, db_path, tmp_path, capsys):
    filled.close()
    assert main(["report", "--db", str(db_path), "--period", "2026-H1", "--out", str(tmp_path / "bc.txt")]) == 1
    err = capsys.readouterr().err
    assert "Không lập được báo cáo dạng “.txt”" in err
    assert main(["report", "--db", str(db_path), "--period", "2026-H1", "--out", str(tmp_path / "b.pdf"),
                 "--date", "31/02/2026"]) == 1
    assert "không tồn tại" in capsys.readouterr().err
    assert not (tmp_path / "b.pdf").exists()


def test_the_report_keeps_the_texts_it_was_made_with(ledger, tmp_path: Path) -> None:  # noqa: ANN001
    """"Tạo báo cáo" saves sections II and III and builds in one step (the window and the CLI alike)."""
    from pypdf import PdfReader

    out = build_report(ledger, period="2026-H1", out=tmp_path / "r.pdf",
                       texts={"limitations": "Một số chi bộ sinh hoạt chưa đều.", "directions": "Duy trì nền nếp."})
    assert ledger.period_text("2026-H1") == {"limitations": "Một số chi bộ sinh hoạt chưa đều.",
                                             "directions": "Duy trì nền nếp."}
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Một số chi bộ sinh hoạt chưa đều." in text and "Duy trì nền nếp." in text
