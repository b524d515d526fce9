"""The report's sentences: the seeds' figures come out in the seeds' words, zero-safe."""

from __future__ import annotations

from datetime import date

import pytest

from dvdesktop.reports import content as c
from dvdesktop.reports.sample import SAMPLE_UNIT, sample_summary

MEETINGS = (
    "Tổ chức được 454 cuộc, có 10.955 lượt đồng chí dự (trong đó đảng viên là 9.230 lượt "
    "đồng chí, đạt tỉ lệ trung bình là 99%, còn lại là cán bộ, công chức và người lao động), "
    "tăng 15 cuộc so với cùng kỳ."
)
DIALOGUES = ("Tổ chức đối thoại giữa Chủ tịch HĐND, Chủ tịch UBND với nhân dân ở 10 địa bàn được 19 cuộc "
             "có 1.538 lượt người tham gia với 204 lượt ý kiến")
ISSUES = (
    "36 vấn đề được nêu, đã giải quyết 20, đang giải quyết 10, chuyển cơ quan có thẩm quyền 6"
)
RECEPTION = (
    "Đã tiếp 46 lượt công dân (29 vụ việc), giảm 20 lượt (15 vụ việc) so với cùng kỳ; đã giải "
    "quyết 22/29 vụ việc, đạt 75,9%. Tiếp nhận 29 đơn (29 vụ việc), tăng 15 đơn (15 vụ việc) "
    "so với cùng kỳ; đã giải quyết 23/29 vụ việc, đạt 79,3%."
)
MODELS = (
    "Phong trào thi đua “Dân vận khéo”: có 55 mô hình, điển hình trong tập thể và cá nhân của 28 "
    "tổ chức, đơn vị đăng ký (kinh tế 16 mô hình; văn hóa - xã hội 21 mô hình; quốc phòng - an "
    "ninh 11 mô hình; xây dựng hệ thống chính trị 7 mô hình); trong đó 12 mô hình đăng ký mới trong kỳ; "
    "tăng 15 mô hình so với cùng kỳ; có 12 mô hình được công nhận; xét chọn 5 mô hình hay có hiệu quả để "
    "điển hình nhân rộng; đăng ký chọn 3 đơn vị để xây dựng mô hình điểm của tỉnh."
)
AWARDS = ("14 tập thể và 15 cá nhân được Ban Thường vụ Đảng ủy Khối và Ban Dân vận Tỉnh ủy khen "
          "thưởng về thực hiện công tác dân vận, Quy chế dân chủ ở cơ sở và phong trào thi đua "
          "“Dân vận khéo”")
RATINGS = (
    "152/159 tổ chức đảng hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ; 7 tổ chức "
    "đảng hoàn thành nhiệm vụ; không có tổ chức đảng không hoàn thành nhiệm vụ."
)
REPLICATED = ("xét chọn 5 mô hình hay có hiệu quả để điển hình nhân rộng; đăng ký chọn 3 đơn vị "
              "để xây dựng mô hình điểm của tỉnh")
COMMITMENT = "chi bộ đã tổ chức cho 100% đảng viên (42/42) đăng ký cam kết tu dưỡng, rèn luyện, làm theo gương Bác"

#: Every phrase the seed-figure report must contain, word for word.
SEED_PHRASES = (MEETINGS, "tại 21 điểm cầu", DIALOGUES, ISSUES, RECEPTION, MODELS, AWARDS, RATINGS,
                COMMITMENT)


def all_text(doc: c.ReportDocument) -> str:
    parts: list[str] = []
    for block in doc.blocks:
        if isinstance(block, (c.Heading, c.Paragraph)):
            parts.append(block.text)
        elif isinstance(block, c.Table):
            parts += [block.caption, *block.columns, *(cell for row in block.rows for cell in row.cells)]
        elif isinstance(block, c.Chart):
            parts.append(block.caption)
    return "\n".join(parts)


def test_seed_figures_read_as_the_seeds_write_them():
    doc = c.build_document(unit=SAMPLE_UNIT, summary=sample_summary(), texts={}, issued=date(2026, 2, 5))
    text = " ".join(all_text(doc).split())
    for phrase in SEED_PHRASES:
        assert phrase in text


def test_documents_studied_are_named_by_type():
    paragraphs = c.meeting_paragraphs(sample_summary()["meetings"])
    assert paragraphs[-1] == (
        "Nội dung học tập, quán triệt tập trung vào: Nghị quyết số 25-NQ/TW (3 cuộc); "
        "Chương trình hành động số 32-CTr/TU (2 cuộc); Chỉ thị số 16/CT-TTg (1 cuộc)."
    )
    # QĐ is Quyết định (Hướng dẫn 36-HD/VPTW) except the central Quy định that kept the
    # letters; the unit names any other itself.
    assert c.document_name("124-QĐ/TW") == "Quy định số 124-QĐ/TW"
    assert c.document_name("217-QĐ/TW") == "Quyết định số 217-QĐ/TW"
    assert c.document_name("217-QĐ/TW", "Quy định") == "Quy định số 217-QĐ/TW"
    assert c.document_name("04/2015/NĐ-CP") == "Nghị định số 04/2015/NĐ-CP"
    assert c.document_name("12-XYZ/TW") == "Văn bản số 12-XYZ/TW"


def test_equal_counts_say_bang_cung_ky():
    reception = sample_summary()["reception"]
    reception["visits"]["previous"].update(count=46, cases=29)
    reception["letters"]["previous"].update(count=29, cases=29)
    text = c.reception_paragraphs(reception)[0]
    assert text == (
        "Đã tiếp 46 lượt công dân (29 vụ việc), bằng cùng kỳ; đã giải quyết 22/29 vụ việc, đạt 75,9%. "
        "Tiếp nhận 29 đơn (29 vụ việc), bằng cùng kỳ; đã giải quyết 23/29 vụ việc, đạt 79,3%."
    )


def test_counts_moving_apart_are_spelled_out():
    visits = {"count": 10, "cases": 9, "cases_resolved": 0,
              "previous": {"count": 12, "cases": 8}}
    text = c.reception_paragraphs({"visits": visits})[0]
    assert text.startswith(
        "Đã tiếp 10 lượt công dân (9 vụ việc), giảm 2 lượt (tăng 1 vụ việc) so với cùng kỳ; "
        "đã giải quyết 0/9 vụ việc, đạt 0%."
    )


def test_without_previous_there_is_no_comparison():
    summary = sample_summary()
    del summary["meetings"]["previous"]
    text = c.meeting_paragraphs(summary["meetings"])[0]
    assert text.endswith("còn lại là cán bộ, công chức và người lao động).")
    summary["meetings"]["previous"] = {"count": None, "attendance": None, "source": None}
    assert "cùng kỳ" not in c.meeting_paragraphs(summary["meetings"])[0]
    assert "cùng kỳ" not in text


@pytest.mark.parametrize("summary", [{}, {"meetings": None, "reception": None, "models": None}])
def test_an_empty_summary_states_absence_in_words(summary):
    doc = c.build_document(unit=SAMPLE_UNIT, summary=summary, texts={}, issued=date(2026, 2, 5))
    text = all_text(doc)
    assert "chưa tổ chức hội nghị" in text
    assert "chưa tổ chức đối thoại" in text
    assert "không có lượt tiếp công dân" in text
    assert "chưa có mô hình, điển hình đăng ký" in text
    assert " 0 cuộc" not in text and "None" not in text
    assert not any(isinstance(b, (c.Table, c.Chart)) for b in doc.blocks)
    # Sections II and III are left as dotted lines for handwriting.
    assert sum(isinstance(b, c.Placeholder) for b in doc.blocks) == 2


def test_a_real_empty_summary_with_zero_previous_prints_no_zero_comparison(ledger):
    doc = c.build_document(unit=ledger.unit(), summary=ledger.summary("2026-H1"), texts={})
    text = all_text(doc)
    assert "bằng cùng kỳ" not in text
    assert "Trong kỳ, không có lượt tiếp công dân." in text


def test_header_lines_number_and_signer():
    doc = c.build_document(unit=SAMPLE_UNIT, summary=sample_summary(), texts={},
                           number="12", issued=date(2026, 2, 5))
    assert doc.superior == "ĐẢNG BỘ XÃ QUỲNH LƯU"  # the đảng bộ form of its superior, 36-HD
    assert doc.issuer == "CHI BỘ CƠ QUAN ỦY BAN NHÂN DÂN XÃ QUỲNH LƯU"
    assert doc.number_line == "Số 12-BC/CB"
    assert doc.date_line == "Quỳnh Lưu, ngày 05 tháng 02 năm 2026"
    assert doc.subject == (
        "kết quả công tác dân vận, thực hiện Quy chế dân chủ ở cơ sở và phong trào thi đua "
        "“Dân vận khéo” 6 tháng đầu năm 2026"
    )
    assert (doc.signer_title, doc.signer_role, doc.signer_name) == ("T/M CHI ỦY", "BÍ THƯ", "Nguyễn Văn Hùng")
    assert doc.recipients == ("- Đảng ủy xã Quỳnh Lưu (để báo cáo),", "- Lưu Chi ủy.")


def test_number_line_leaves_room_for_a_handwritten_number():
    assert c.number_line(number=None, short_name="CB") == "Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/CB"
    assert c.number_line(number="15-BC/ĐU", short_name="CB") == "Số 15-BC/ĐU"


@pytest.mark.parametrize(
    ("changes", "title"),
    [
        ({"type": "dang_bo_co_so"}, "T/M ĐẢNG ỦY"),
        ({"type": "chi_bo_truc_thuoc", "members": 7}, "T/M CHI BỘ"),  # no chi ủy below 9 members
        ({"signer_title": "t/m ban thường vụ"}, "T/M BAN THƯỜNG VỤ"),
    ],
)
def test_signer_title_follows_the_unit(changes, title):
    doc = c.build_document(unit={**SAMPLE_UNIT, **changes}, summary={}, texts={})
    assert doc.signer_title == title


def test_recipients_from_the_profile_text_and_secretary_text():
    unit = {**SAMPLE_UNIT, "recipients": "- Ban Thường vụ Đảng ủy (để b/c),\n\n- Lưu VP."}
    texts = {"limitations": "Hạn chế thứ nhất.\r\nHạn chế thứ hai.", "directions": "  "}
    doc = c.build_document(unit=unit, summary={}, texts=texts, fingerprint="AB CD")
    assert doc.recipients == ("- Ban Thường vụ Đảng ủy (để b/c),", "- Lưu VP.")
    body = [b for b in doc.blocks if isinstance(b, c.Paragraph)]
    assert [b.text for b in body[-2:]] == ["Hạn chế thứ nhất.", "Hạn chế thứ hai."]
    assert isinstance(doc.blocks[-1], c.Placeholder)  # directions were blank
    assert doc.fingerprint_line == "Mã khóa ký: AB CD"


def test_tables_and_charts_carry_the_figures():
    doc = c.build_document(unit=SAMPLE_UNIT, summary=sample_summary(), texts={})
    tables = {b.caption: b for b in doc.blocks if isinstance(b, c.Table)}
    assert list(tables) == [
        "Biểu 1. Kết quả so với cùng kỳ",
        "Biểu 2. Kết quả đối thoại",
        "Biểu 3. Phân loại và hướng xử lý vụ việc",
        "Biểu 4. Mô hình, điển hình “Dân vận khéo”",
    ]
    visits = next(r for r in tables["Biểu 1. Kết quả so với cùng kỳ"].rows if r.cells[1] == "Tiếp công dân")
    assert visits.cells[2:] == ("lượt", "46", "66", "giảm 20")
    models = tables["Biểu 4. Mô hình, điển hình “Dân vận khéo”"]
    assert ("Văn hóa - xã hội", "21", "38,2%") in [r.cells for r in models.rows]
    charts = [b for b in doc.blocks if isinstance(b, c.Chart)]
    assert charts[0].series == (("Số mô hình", (16, 21, 11, 7)),)
    assert charts[1].series[1] == ("6 tháng đầu năm 2025", (66, 44, 14, 14))


def test_superior_line_is_the_đảng_bộ_the_committee_leads() -> None:
    assert c.superior_organisation("Tỉnh ủy Nghệ An") == "Đảng bộ tỉnh Nghệ An"
    assert c.superior_organisation("Đảng ủy Khối các cơ quan tỉnh") == "Đảng bộ Khối các cơ quan tỉnh"
    assert c.superior_organisation("Thị ủy Hoàng Mai") == "Đảng bộ thị xã Hoàng Mai"
    assert c.superior_organisation("Ban Dân vận Tỉnh ủy") == "Ban Dân vận Tỉnh ủy"  # not a committee's name
    unit = {**SAMPLE_UNIT, "superior_header": "", "superior": "Tỉnh ủy Nghệ An"}
    doc = c.build_document(unit=unit, summary=sample_summary(), texts={}, issued=date(2026, 2, 5))
    assert doc.superior == "ĐẢNG BỘ TỈNH NGHỆ AN"


def test_a_header_name_never_leaves_one_word_alone_on_its_last_line() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reportlab.lib.pagesizes import A4

    from dvdesktop.reports.fonts import BOLD, register_fonts
    from dvdesktop.reports.pdf import HEADER_LEFT, MARGINS

    register_fonts()
    _top, _bottom, left, right = MARGINS
    column = (A4[0] - left - right) * HEADER_LEFT  # the header's left column, as pdf._header
    lines = c.header_lines("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", max_width=column,
                           measure=lambda s: stringWidth(s, BOLD, 14))
    assert lines == ["ĐẢNG ỦY KHỐI", "CÁC CƠ QUAN TỈNH"]


def test_non_members_of_several_kinds_read_as_one_list() -> None:
    summary = sample_summary()
    meetings = {**summary["meetings"], "others_by_kind": {"staff": 900, "elite_masses": 600, "citizens": 225}}
    text = c.meeting_paragraphs(meetings)[0]
    assert "còn lại là cán bộ, công chức, người lao động, quần chúng ưu tú và nhân dân)" in text
    alone = c.meeting_paragraphs({**meetings, "others_by_kind": {"staff": 1725}})[0]
    assert "còn lại là cán bộ, công chức và người lao động)" in alone
