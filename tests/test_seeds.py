"""The seeds, end to end: records typed through the command line add up to each seed's
figures, and the printed reports (PDF, DOCX, and the DOCX as LibreOffice lays it out) say
the seed's sentences with those figures, and nothing that was not recorded.

Seeds 000 and 001 are the consolidated reports of a Đảng ủy Khối: units are set up with
``dvdesktop init``, fill their records with ``add --json``, ``export`` their packages; the
office ``khoi trust``s their keys, ``khoi import``s the packages and makes ``khoi report``.
Seeds 002 and 004 are the reports of one body (``dvdesktop report``).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dvdesktop.cli import main

SOFFICE = shutil.which("soffice")


# ----------------------------------------------------------------------------- helpers
def cli(*args: object) -> None:
    code = main([str(a) for a in args])
    assert code == 0, f"dvdesktop {' '.join(map(str, args))} exited {code}"


def add(tmp: Path, db: Path, kind: str, records: list[dict[str, Any]]) -> None:
    data = tmp / f"{kind}.json"
    data.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    cli("add", kind, "--db", db, "--json", data)


def split(total: int, parts: int) -> list[int]:
    """``total`` in ``parts`` near-equal integers, the larger ones first."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path: Path) -> str:
    """The words of every page, without the page numbers (36-HD prints them from page 2,
    at the top), so a sentence running over a page break reads whole."""
    from pypdf import PdfReader

    pages = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        text = page.extract_text().strip()
        if number > 1 and text.split("\n", 1)[0].strip() == str(number):
            text = text.split("\n", 1)[1] if "\n" in text else ""
        pages.append(text)
    return flat(" ".join(pages))


def pdf_lines(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [line.strip() for page in PdfReader(str(path)).pages for line in page.extract_text().splitlines()]


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return flat(" ".join(parts))


def libreoffice_text(path: Path, tmp: Path) -> str | None:
    """The DOCX as LibreOffice lays it out (converted to PDF, read back); None without soffice."""
    if SOFFICE is None:
        return None
    out = tmp / "lo"
    profile = (tmp / "lo-profile").as_uri()
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=180)
    return pdf_text(out / (path.stem + ".pdf"))


def reports(tmp: Path, make: Any) -> Iterator[tuple[str, str]]:
    """(label, text) of the same report as PDF, as DOCX, and as LibreOffice prints the DOCX."""
    pdf, docx_path = make(tmp / "bao-cao.pdf"), make(tmp / "bao-cao.docx")
    yield "pdf", pdf_text(pdf)
    yield "docx", docx_text(docx_path)
    converted = libreoffice_text(docx_path, tmp)
    if converted is not None:
        yield "libreoffice", converted


#: Phrases that can only come from a figure nobody recorded.
UNRECORDED = re.compile(r"(?<![\d.,])0 (lượt|cuộc|đơn|vụ việc|mô hình|đảng viên)|\bcó 0\b|None|nan\b")


def assert_says(text: str, phrases: list[str], label: str) -> None:
    for phrase in phrases:
        assert phrase in text, f"{label}: missing «{phrase}»"
    assert not UNRECORDED.search(text), f"{label}: «{UNRECORDED.search(text).group(0)}»"


# -------------------------------------------------------------------------- the office
def make_unit(tmp: Path, office: Path, usb: Path, code: str, *, name: str, unit_type: str, period: str,
              records: dict[str, list[dict[str, Any]]], members: int = 30) -> None:
    """A unit set up, filled and packaged through the command line, its key trusted."""
    db = tmp / f"{code}.db"
    work = tmp / code
    work.mkdir()
    cli("init", "--db", db, "--unit-code", code, "--unit-name", name, "--superior", "Đảng ủy Khối",
        "--type", unit_type, "--members", members, "--secretary", "Nguyễn Văn A", "--place", "Vinh")
    for kind, items in records.items():
        if items:
            add(work, db, kind, items)
    cli("export", "--db", db, "--period", period, "--out", usb)
    cli("pubkey", "--db", db, "--out", work / f"{code}.pub")
    cli("khoi", "trust", "--db", office, "--unit-code", code, "--pubkey", work / f"{code}.pub")


def meetings(date: str, count: int, *, expected: list[int] | None = None, present: list[int] | None = None,
             others: list[int] | None = None, documents: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    out = []
    for i in range(count):
        m: dict[str, Any] = {"date": date, "kind": "study_resolution", "title": f"Học tập, quán triệt lần {i + 1}",
                             "documents": list(documents)}
        if expected is not None:
            m.update(members_expected=expected[i], members_present=present[i])
        if others is not None and others[i]:
            m.update(others_present=others[i], others_kind="staff")
        out.append(m)
    return out


def test_seed_000_the_office_reports_454_meetings_37_models_and_its_awards(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Đảng ủy Khối Doanh nghiệp, 2017: its first year in the program, so nothing is compared."""
    office, usb = tmp_path / "khoi.db", tmp_path / "usb"
    units = 30
    per_unit = split(454, units)
    expected, present, others = split(9323, 454), split(9230, 454), split(1725, 454)
    models_per_unit = [2] * 9 + [1] * 19 + [0] * 2  # 37 mô hình of 28 tổ chức cơ sở đảng
    awards = ([("collective", "Ban Thường vụ Đảng ủy Khối")] * 10 + [("collective", "Ban Dân vận Tỉnh ủy")] * 4
              + [("individual", "Ban Thường vụ Đảng ủy Khối")] * 9 + [("individual", "Ban Dân vận Tỉnh ủy")] * 6)
    start = 0
    replicated = 0
    for u in range(units):
        n = per_unit[u]
        unit_models = []
        for k in range(models_per_unit[u]):
            status = "replicated" if replicated < 5 and k == 0 else "active"
            replicated += status == "replicated"
            unit_models.append({"name": f"Mô hình “Dân vận khéo” số {k + 1}", "field": "economy",
                                "registered_date": "2017-03-15", "status": status})
        unit_awards = [{"date": "2017-05-20", "recipient_type": kind,
                        "recipient": f"Đơn vị {u}" if kind == "collective" else f"Đồng chí {u}-{j}",
                        "level": "commendation", "issuer": issuer, "movement": "dan_van"}
                       for j, (kind, issuer) in enumerate(awards) if j % units == u]
        make_unit(tmp_path, office, usb, f"DN-{u + 1:02d}", name=f"Đảng bộ Công ty số {u + 1}",
                  unit_type="dang_bo_co_so", period="2017", records={
                      "meeting": meetings("2017-04-10", n, expected=expected[start:start + n],
                                          present=present[start:start + n], others=others[start:start + n],
                                          documents=("32-CTr/TU", "25-NQ/TW")),
                      "model": unit_models, "award": unit_awards})
        start += n
    cli("khoi", "import", "--db", office, usb)
    cli("khoi", "profile", "--db", office, "--name", "Đảng ủy Khối Doanh nghiệp",
        "--organisation", "Đảng bộ Khối Doanh nghiệp", "--superior", "Tỉnh ủy Nghệ An",
        "--superior-header", "Đảng bộ tỉnh Nghệ An", "--place", "Vinh", "--short-name", "ĐUK",
        "--signer-title", "T/M Ban Thường vụ", "--signer-role", "Phó Bí thư", "--signer-name", "Trần Văn Bình",
        "--recipients", "- Ban Dân vận Tỉnh ủy (để báo cáo),\\n- Lưu Văn phòng Đảng ủy Khối.",
        "--term-start", "01/09/2015", "--pad-counts", "1")
    texts = tmp_path / "texts.json"
    texts.write_text(json.dumps({
        "limitations": "Một số cấp ủy cơ sở chưa quan tâm đầy đủ đến công tác dân vận.",
        "directions": "Tiếp tục thực hiện Chương trình hành động số 32-CTr/TU của Ban Thường vụ Tỉnh ủy.",
    }, ensure_ascii=False), encoding="utf-8")

    def make(out: Path) -> Path:
        cli("khoi", "report", "--db", office, "--period", "2017", "--out", out, "--number", "next",
            "--date", "28/12/2017", "--texts", texts)
        return out

    seen = 0
    for label, text in reports(tmp_path, make):
        seen += 1
        assert_says(text, [
            "Đảng ủy Khối Doanh nghiệp báo cáo kết quả công tác dân vận, thực hiện Quy chế dân chủ ở cơ sở "
            "và phong trào thi đua “Dân vận khéo” năm 2017 trong Đảng bộ Khối Doanh nghiệp như sau:",
            "được 454 cuộc, có 10.955 lượt đồng chí dự (trong đó đảng viên là 9.230 lượt đồng chí, đạt tỉ lệ "
            "trung bình là 99%, còn lại là cán bộ, công chức và người lao động)",
            "Chương trình hành động số 32-CTr/TU (454 cuộc)",
            "có 37 mô hình của 28 tổ chức cơ sở đảng đăng ký",
            "xét chọn 05 mô hình hay có hiệu quả để điển hình nhân rộng",
            "Có 14 tập thể và 15 cá nhân được Ban Thường vụ Đảng ủy Khối và Ban Dân vận Tỉnh ủy khen thưởng "
            "về thực hiện công tác dân vận, Quy chế dân chủ ở cơ sở và phong trào thi đua “Dân vận khéo”",
            "Một số cấp ủy cơ sở chưa quan tâm đầy đủ đến công tác dân vận.",
            "ĐẢNG BỘ TỈNH NGHỆ AN", "Số 01-BC/ĐUK", "Vinh, ngày 28 tháng 12 năm 2017",
            "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "PHÓ BÍ THƯ", "Trần Văn Bình",
            "Ban Dân vận Tỉnh ủy (để báo cáo)", "PHỤ LỤC", "Kết quả theo từng tổ chức cơ sở đảng",
        ], label)
        # The first year in the program: no cùng kỳ to compare with.
        assert "so với cùng kỳ" not in text, label
        if label != "docx":  # python-docx lists tables after paragraphs; the laid-out pages keep order
            # The table by unit is an appendix after the signature, not inside section I.
            assert text.index("PHỤ LỤC") > text.index("Trần Văn Bình") > text.index("PHƯƠNG HƯỚNG"), label
    assert seen >= 2

    # The cùng kỳ column of the comparison table says "–", never 0.
    import docx

    tables = docx.Document(str(tmp_path / "bao-cao.docx")).tables
    compared = next(t for t in tables if len(t.columns) == 6 and t.rows[0].cells[4].text == "Cùng kỳ")
    assert {row.cells[4].text for row in compared.rows[1:]} == {"–"}
    by_unit = next(t for t in tables if len(t.columns) == 10)
    assert by_unit.rows[-2].cells[0].text == "30" and by_unit.rows[-1].cells[3].text == "454"
    # Numbers run from 01 in the term: the next report is offered 02.
    capsys.readouterr()
    cli("khoi", "number", "--db", office, "--date", "30/12/2017")
    assert capsys.readouterr().out.strip() == "02"


def test_seed_001_the_office_counts_159_organisations_and_their_ratings(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh, 2020: 80 đảng bộ and 79 chi bộ cơ sở,
    152/159 rated good or better; some units did not count who attended their meetings."""
    office, usb = tmp_path / "khoi.db", tmp_path / "usb"
    grades = ["HTXSNV"] * 30 + ["HTTNV"] * 122 + ["HTNV"] * 7
    models = split(203, 70) + [0] * 89  # "trên 200 mô hình, điển hình"
    for u in range(159):
        unit_type = "dang_bo_co_so" if u < 80 else "chi_bo_co_so"
        code = f"TC-{u + 1:03d}"
        records: dict[str, list[dict[str, Any]]] = {
            "rating": [{"year": 2020, "unit_name": code, "grade": grades[u]}],
            "model": [{"name": f"Dân vận khéo {k + 1}", "field": "culture_society", "type": "exemplar" if k else "model",
                       "holder": "individual" if k % 2 else "collective", "registered_date": "2020-02-01"}
                      for k in range(models[u])],
        }
        if u < 20:
            # Ten units counted who attended, ten did not: the report says over how many meetings.
            counted = u < 10
            records["meeting"] = meetings("2020-06-01", 2, expected=[40, 40] if counted else None,
                                          present=[38, 39] if counted else None, documents=("05-CT/TW",))
        make_unit(tmp_path, office, usb, code, name=f"Tổ chức cơ sở đảng {u + 1}", unit_type=unit_type,
                  period="2020", records=records)
    capsys.readouterr()
    cli("khoi", "import", "--db", office, usb)
    assert "Đã nhận" in capsys.readouterr().out
    cli("khoi", "profile", "--db", office, "--name", "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh",
        "--organisation", "Đảng bộ Khối", "--superior", "Tỉnh ủy", "--superior-header", "Đảng bộ tỉnh Nghệ An",
        "--place", "Vinh", "--short-name", "ĐUK", "--signer-name", "Lê Thị Hà")

    def make(out: Path) -> Path:
        cli("khoi", "report", "--db", office, "--period", "2020", "--out", out, "--number", "12",
            "--date", "05/01/2021")
        return out

    for label, text in reports(tmp_path, make):
        assert_says(text, [
            "Đảng bộ Khối hiện có 159 tổ chức cơ sở đảng trực thuộc; trong đó 80 đảng bộ và 79 chi bộ cơ sở.",
            "Có 159/159 tổ chức cơ sở đảng đã gửi báo cáo",
            "Kết quả đánh giá, xếp loại chất lượng tổ chức đảng năm 2020, Đảng bộ Khối có 152/159 tổ chức cơ sở "
            "đảng hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ; 7 tổ chức cơ sở đảng hoàn thành nhiệm vụ; "
            "không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ.",
            "đến nay có 203 mô hình, điển hình trong tập thể và cá nhân của 70 tổ chức cơ sở đảng đăng ký",
            "Các tổ chức cơ sở đảng đã tổ chức được 40 cuộc.",
            "Ở 20 cuộc có ghi số người dự, có 770 lượt đồng chí dự (trong đó đảng viên là 770 lượt đồng chí, "
            "đạt tỉ lệ trung bình là 96,3%)",
            "Chỉ thị số 05-CT/TW (40 cuộc)",
            "ĐẢNG ỦY KHỐI CÁC CƠ QUAN", "VÀ DOANH NGHIỆP TỈNH", "Số 12-BC/ĐUK", "Vinh, ngày 05 tháng 01 năm 2021",
            "T/M BAN THƯỜNG VỤ", "Lê Thị Hà",
        ], label)
        assert "so với cùng kỳ" not in text, label
    # Units that did not count attendance show "–" in the table by unit, not 0.
    import docx

    by_unit = next(t for t in docx.Document(str(tmp_path / "bao-cao.docx")).tables if len(t.columns) == 10)
    attendance = [row.cells[4].text for row in by_unit.rows[1:-1]]
    assert attendance[:10] == ["77"] * 10 and attendance[10:20] == ["–"] * 10 and attendance[20] == "0"
    # The issuing body breaks between words, where a reader expects it.
    lines = pdf_lines(tmp_path / "bao-cao.pdf")
    assert "ĐẢNG ỦY KHỐI CÁC CƠ QUAN" in lines and "VÀ DOANH NGHIỆP TỈNH" in lines


def test_seed_002_a_body_with_ten_communes_compares_with_hand_entered_figures(tmp_path: Path,
                                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Thị ủy Hoàng Mai, 2018: dialogues in 10/10 xã, phường; reception compared with 2017's
    figures taken from its paper report; models by field as its superior names them."""
    db = tmp_path / "hoang-mai.db"
    cli("init", "--db", db, "--unit-code", "TU-HM", "--unit-name", "Đảng bộ thị xã Hoàng Mai",
        "--superior", "Tỉnh ủy Nghệ An", "--type", "dang_bo_co_so", "--secretary", "Nguyễn Văn Bí",
        "--place", "Hoàng Mai", "--superior-header", "Đảng bộ tỉnh Nghệ An", "--issuer-header", "Thị ủy Hoàng Mai",
        "--short-name", "TU", "--signer-title", "T/M Ban Thường vụ", "--localities", 10,
        "--locality-noun", "xã, phường", "--political-label", "party_building", "--pad-counts", "1",
        "--recipients", "- Ban Thường vụ Tỉnh ủy (để báo cáo),\\n- Ban Dân vận Tỉnh ủy (để báo cáo),\\n- Lưu Văn phòng Thị ủy.")
    communes = ["Quỳnh Lộc", "Quỳnh Vinh", "Quỳnh Lập", "Quỳnh Liên", "Quỳnh Trang",
                "Mai Hùng", "Quỳnh Thiện", "Quỳnh Xuân", "Quỳnh Phương", "Quỳnh Dị"]
    participants, opinions, issues = split(1538, 19), split(204, 19), split(36, 19)
    add(tmp_path, db, "dialogue", [{
        "date": f"2018-{3 + i % 9:02d}-15", "host": "Chủ tịch HĐND" if i % 2 == 0 else "Chủ tịch UBND",
        "counterpart": "citizens", "topic": "Đối thoại với nhân dân", "location": f"xã {communes[i % 10]}",
        "participants": participants[i], "opinions": opinions[i],
        "issues": [{"summary": f"Vấn đề bức xúc {i}-{k}", "status": "resolved" if k else "in_progress"}
                   for k in range(issues[i])],
    } for i in range(19)])
    # Meetings whose attendance nobody counted, and the documents studied.
    add(tmp_path, db, "meeting", [
        {"date": "2018-04-02", "kind": "study_resolution", "title": "Sơ kết 5 năm Quyết định 217, 218",
         "documents": ["217-QĐ/TW", "218-QĐ/TW"]},
        {"date": "2018-05-10", "kind": "study_resolution", "title": "Quán triệt Quy định 124",
         "documents": ["124 - QĐ/TW"]},
        {"date": "2018-09-20", "kind": "thematic", "title": "Sơ kết 03 năm Kết luận 120", "documents": ["120-KL/TW"]},
    ])
    # Tiếp công dân: 46 lượt about 29 vụ việc, 22 resolved; 29 đơn about 29 others, 23 resolved.
    visits, letters = [], []
    for case in range(29):
        resolved = case < 22
        for k in range(2 if case < 17 else 1):  # 17 matters came twice: 46 lượt
            visits.append({"date": f"2018-{1 + case % 11:02d}-{5 + k:02d}", "channel": "visit",
                           "case_code": f"VV-2018-T{case:02d}", "category": "petition", "content": "Kiến nghị",
                           "handling": "accept", "status": "resolved" if resolved and k == (1 if case < 17 else 0) else "pending",
                           **({"resolved_date": f"2018-{1 + case % 11:02d}-20"} if resolved and k == (1 if case < 17 else 0) else {})})
    for case in range(29):
        resolved = case < 23
        letters.append({"date": f"2018-{1 + case % 11:02d}-08", "channel": "letter", "case_code": f"VV-2018-D{case:02d}",
                        "category": "feedback", "content": "Phản ánh", "handling": "accept",
                        "status": "resolved" if resolved else "pending",
                        **({"resolved_date": f"2018-{1 + case % 11:02d}-25"} if resolved else {})})
    add(tmp_path, db, "reception", visits + letters)
    fields = ["economy"] * 16 + ["culture_society"] * 21 + ["defense_security"] * 11 + ["political_system"] * 7
    add(tmp_path, db, "model", [{
        "name": f"Mô hình, điển hình {i + 1}", "field": field, "level": "district",
        "type": "exemplar" if i % 3 == 0 else "model", "holder": "individual" if i % 4 == 0 else "collective",
        "unit_name": f"Đảng ủy xã {communes[i % 10]}", "registered_date": "2018-03-01",
        **({"status": "pilot", "level": "province"} if i in (0, 21, 42) else {}),
    } for i, field in enumerate(fields)])
    # 2017 is on paper: its reception figures are entered by hand.
    baseline = tmp_path / "2017.json"
    baseline.write_text(json.dumps({"reception": {"visits": {"count": 66, "cases": 44},
                                                  "letters": {"count": 14, "cases": 14}}}), encoding="utf-8")
    cli("baseline", "--db", db, "--period", "2017", "--json", baseline, "--note", "Báo cáo năm 2017 của Thị ủy")
    capsys.readouterr()
    cli("baseline", "--db", db, "--period", "2017")
    assert json.loads(capsys.readouterr().out)["figures"] == {
        "reception.visits.count": 66, "reception.visits.cases": 44,
        "reception.letters.count": 14, "reception.letters.cases": 14}

    def make(out: Path) -> Path:
        cli("report", "--db", db, "--period", "2018", "--out", out, "--number", "next", "--date", "20/12/2018")
        return out

    for label, text in reports(tmp_path, make):
        assert_says(text, [
            "Tổ chức đối thoại giữa Chủ tịch HĐND, Chủ tịch UBND với nhân dân ở 10/10 xã, phường được 19 cuộc "
            "có 1.538 lượt người tham gia với 204 lượt ý kiến",
            "Qua đối thoại, 36 vấn đề được nêu",
            "Đã tiếp 46 lượt công dân (29 vụ việc), giảm 20 lượt (15 vụ việc) so với cùng kỳ; đã giải quyết "
            "22/29 vụ việc, đạt 75,9%.",
            "Tiếp nhận 29 đơn (29 vụ việc), tăng 15 đơn (15 vụ việc) so với cùng kỳ; đã giải quyết 23/29 vụ "
            "việc, đạt 79,3%.",
            "Số liệu cùng kỳ (năm 2017) về tiếp công dân, đơn thư là số liệu nhập tay",
            "55 mô hình, điển hình trong tập thể và cá nhân",
            "(kinh tế 16 mô hình; văn hóa - xã hội 21 mô hình; quốc phòng - an ninh 11 mô hình; xây dựng Đảng "
            "07 mô hình)",
            "đăng ký chọn 03 đơn vị để xây dựng mô hình điểm của tỉnh",
            "Tổ chức được 03 cuộc.",
            "Quyết định số 217-QĐ/TW", "Quy định số 124-QĐ/TW", "Kết luận số 120-KL/TW",
            "ĐẢNG BỘ TỈNH NGHỆ AN", "THỊ ỦY HOÀNG MAI", "Số 01-BC/TU", "Hoàng Mai, ngày 20 tháng 12 năm 2018",
            "T/M BAN THƯỜNG VỤ", "Nguyễn Văn Bí",
        ], label)
        # Only reception has a cùng kỳ; meetings, dialogues and models are not compared.
        for unrecorded in ("cuộc so với cùng kỳ", "mô hình so với cùng kỳ", "tăng 19 cuộc", "tăng 55"):
            assert unrecorded not in text, label
        assert "văn bản số" not in text and "lượt đồng chí dự" not in text, label


def test_seed_004_a_kind_of_attendee_awards_for_what_and_commitments(tmp_path: Path) -> None:
    """Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh Bắc Ninh, 2023."""
    db = tmp_path / "khoi-bac-ninh.db"
    cli("init", "--db", db, "--unit-code", "DUK-BN", "--unit-name", "Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh",
        "--superior", "Tỉnh ủy Bắc Ninh", "--type", "dang_bo_co_so", "--secretary", "Nguyễn Thị Hương",
        "--place", "Bắc Ninh", "--superior-header", "Đảng bộ tỉnh Bắc Ninh",
        "--issuer-header", "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh", "--short-name", "ĐUK",
        "--signer-title", "T/M Ban Thường vụ", "--sub-org-noun", "tổ chức cơ sở đảng", "--pad-counts", "1")
    add(tmp_path, db, "meeting", [
        {"date": "2023-02-15", "kind": "study_resolution", "title": "Chuyên đề năm 2023 học tập và làm theo Bác",
         "documents": ["01-KL/TW", "05-CT/TW"], "sites": 21, "members_expected": 1850, "members_present": 1800,
         "others_present": 500, "others_kind": "elite_masses"},
        {"date": "2023-10-05", "kind": "study_resolution", "title": "Sơ kết 5 năm Nghị quyết 35",
         "documents": ["35-NQ/TW"]},
    ])
    add(tmp_path, db, "award", [
        {"date": "2023-06-30", "recipient_type": "collective" if i < 32 else "individual",
         "recipient": f"Tập thể {i}" if i < 32 else f"Đồng chí {i}", "level": "commendation",
         "issuer": "Ban Thường vụ Đảng ủy", "movement": "ho_chi_minh",
         "reason": "Thành tích xuất sắc giai đoạn 2021 - 2023"} for i in range(82)])
    add(tmp_path, db, "commitment", [{"year": 2023, "organisations_total": 21, "organisations_organised": 21,
                                      "members_total": 1850, "members_registered": 1850}])

    def make(out: Path) -> Path:
        cli("report", "--db", db, "--period", "2023", "--out", out, "--number", "next", "--date", "15/12/2023")
        return out

    for label, text in reports(tmp_path, make):
        assert_says(text, [
            "Tổ chức được 02 cuộc.",
            "Ở 01 cuộc có ghi số người dự, có 2.300 lượt đồng chí dự (trong đó đảng viên là 1.800 lượt đồng chí, "
            "đạt tỉ lệ 97,3%, còn lại là quần chúng ưu tú).",
            "Trong đó có 01 cuộc tổ chức trực tuyến tại 21 điểm cầu với 2.300 lượt đảng viên và quần chúng ưu "
            "tú dự.",
            "Kết luận số 01-KL/TW", "Chỉ thị số 05-CT/TW", "Nghị quyết số 35-NQ/TW",
            "Năm 2023, có 100% tổ chức cơ sở đảng tổ chức cho 100% đảng viên đăng ký cam kết tu dưỡng, rèn "
            "luyện, làm theo gương Bác (21/21 tổ chức cơ sở đảng, 1.850/1.850 đảng viên).",
            "Ban Thường vụ Đảng ủy đã khen thưởng 32 tập thể và 50 cá nhân có thành tích xuất sắc trong học tập "
            "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "ĐẢNG BỘ TỈNH BẮC NINH", "Số 01-BC/ĐUK", "Bắc Ninh, ngày 15 tháng 12 năm 2023",
            "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Thị Hương",
        ], label)
        assert "so với cùng kỳ" not in text and "trung bình" not in text, label
        assert "về thực hiện công tác dân vận" not in text, label  # these awards were for something else
    lines = pdf_lines(tmp_path / "bao-cao.pdf")
    assert "ĐẢNG ỦY KHỐI CÁC CƠ QUAN" in lines and "VÀ DOANH NGHIỆP TỈNH" in lines
