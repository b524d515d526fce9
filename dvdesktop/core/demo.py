"""A realistic, deterministic two years of a commune Party committee's công tác dân vận.

Used by ``dvdesktop demo``, the window's ``--demo``, screenshots and benchmarks. The same
year and seed always give the same records; the year before is filled too so every
"so với cùng kỳ" comparison has something to compare with. Nothing is dated after today
(the rule the validator applies): this year stops at today, and a dialogue that falls later
is written as planned (announced, not yet held). The file is marked as a sample
(setting ``demo``) so the window can say so.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from dvdesktop.base.errors import UserError
from dvdesktop.core.domain import KINDS
from dvdesktop.core.ledger import Ledger

DEMO_UNIT = {
    "code": "DU-QLOC",
    "name": "Đảng ủy xã Quỳnh Lộc",
    "type": "dang_bo_co_so",
    "superior": "Tỉnh ủy Nghệ An",
    "superior_header": "Đảng bộ tỉnh Nghệ An",
    "short_name": "ĐU",
    "secretary": "Nguyễn Văn Thành",
    "signer_title": "T/M ĐẢNG ỦY",
    "signer_role": "BÍ THƯ",
    "members": 412,
    "place": "Quỳnh Lộc",
    "recipients": "- Ban Dân vận Tỉnh ủy (b/c),\n- Ban Thường vụ Đảng ủy,\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.",
}

VILLAGES = ["thôn Đông Hải", "thôn Tân Lộc", "thôn Phú Lộc", "xóm 6", "xóm 9B", "thôn Tiến Thành",
            "thôn Yên Luống", "khu dân cư Bắc Sơn", "thôn Đồng Tháp", "xóm Hải Thanh"]
BRANCHES = [f"Chi bộ {v}" for v in VILLAGES] + ["Chi bộ Trường THCS Quỳnh Lộc", "Chi bộ Trạm Y tế xã",
                                                 "Chi bộ Công an xã", "Chi bộ Quân sự xã"]
ORGS = ["Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã", "Hội Cựu chiến binh xã",
        "Ủy ban Mặt trận Tổ quốc xã", "Hợp tác xã Nông nghiệp Quỳnh Lộc"]
DOCS = ["25-NQ/TW", "43-KL/TW", "120-KL/TW", "05-CT/TW", "35-NQ/TW", "124-QĐ/TW", "11-QĐi/TW",
        "32-CTr/TU", "16/CT-TTg", "04/2015/NĐ-CP", "114-KL/TW", "18-NQ/TW"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Hồ", "Đặng", "Võ", "Đỗ", "Bùi", "Phan"]
MIDDLE = ["Văn", "Thị", "Đình", "Hữu", "Thị Thu", "Quang", "Minh", "Xuân", "Thị Hồng", "Đức"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long", "Mai", "Nam",
         "Oanh", "Phúc", "Quý", "Sơn", "Tâm", "Thảo", "Tuấn", "Vinh", "Yến", "Đức", "Lộc", "Thủy"]

MEETING_TITLES = {
    "study_resolution": [
        "Học tập, quán triệt Nghị quyết Hội nghị lần thứ {n} Ban Chấp hành Trung ương Đảng",
        "Quán triệt Kết luận số 43-KL/TW về tiếp tục thực hiện Nghị quyết 25-NQ/TW về công tác dân vận",
        "Triển khai Chương trình hành động số 32-CTr/TU của Ban Thường vụ Tỉnh ủy",
        "Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ tỉnh",
    ],
    "regular_cell": ["Sinh hoạt chi bộ định kỳ tháng {m}"],
    "thematic": [
        "Sinh hoạt chuyên đề “Dân vận khéo” trong xây dựng nông thôn mới",
        "Sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Sinh hoạt chuyên đề về thực hiện Quy chế dân chủ ở cơ sở",
    ],
    "staff_conference": ["Hội nghị cán bộ, công chức, người lao động năm {y}"],
    "voter_contact": ["Hội nghị tiếp xúc cử tri với đại biểu HĐND tỉnh"],
}
DIALOGUE_TOPICS = [
    ("Chủ tịch UBND xã", "citizens", "Giải phóng mặt bằng mở rộng Quốc lộ 1A đoạn qua xã"),
    ("Bí thư Đảng ủy xã", "residential_area", "Những băn khoăn về sáp nhập xóm, thôn"),
    ("Chủ tịch HĐND xã", "citizens", "Xây dựng nông thôn mới nâng cao, đóng góp làm đường giao thông"),
    ("Chủ tịch UBND xã", "workers", "Việc làm, thu nhập của người lao động tại cụm công nghiệp"),
    ("Bí thư Đảng ủy xã", "party_secretaries", "Nâng cao chất lượng sinh hoạt chi bộ thôn, xóm"),
    ("Chủ tịch UBND xã", "religious", "Thực hiện chính sách tôn giáo, đất đai liên quan cơ sở thờ tự"),
]
ISSUES = ["Tiến độ chi trả tiền bồi thường", "Ô nhiễm môi trường từ cơ sở chế biến hải sản",
          "Cấp giấy chứng nhận quyền sử dụng đất", "Hệ thống thoát nước khu dân cư",
          "Chế độ chính sách người có công", "Đường giao thông nội đồng xuống cấp",
          "Thu gom rác thải sinh hoạt", "An ninh trật tự khu vực chợ"]
RECEPTION_CONTENTS = {
    "complaint": ["Khiếu nại quyết định thu hồi đất của hộ gia đình",
                  "Khiếu nại việc xét hộ nghèo, hộ cận nghèo",
                  "Khiếu nại mức bồi thường giải phóng mặt bằng"],
    "denunciation": ["Tố cáo cán bộ thôn thu tiền đóng góp sai quy định",
                     "Tố cáo hành vi lấn chiếm đất công"],
    "petition": ["Kiến nghị sửa chữa đường liên thôn", "Kiến nghị cấp nước sạch cho xóm",
                 "Kiến nghị giải quyết chế độ bảo trợ xã hội", "Kiến nghị lắp đèn chiếu sáng đường làng"],
    "feedback": ["Phản ánh tình trạng xả thải gây ô nhiễm", "Phản ánh tranh chấp ranh giới đất giữa hai hộ",
                 "Phản ánh tiếng ồn từ xưởng sản xuất"],
}
MODELS = [
    ("Dân vận khéo trong xây dựng nông thôn mới kiểu mẫu", "economy"),
    ("Tổ hợp tác nuôi trồng thủy sản bền vững", "economy"),
    ("Hỗ trợ hộ nghèo phát triển sinh kế", "economy"),
    ("Dòng họ học tập, gia đình văn hóa", "culture_society"),
    ("Con đường hoa, thắp sáng đường quê", "culture_society"),
    ("Phân loại rác thải tại nguồn", "culture_society"),
    ("Camera an ninh với cộng đồng dân cư", "defense_security"),
    ("Tổ tự quản an ninh trật tự bến cá", "defense_security"),
    ("Đảng viên gương mẫu nhận giúp đỡ hộ khó khăn", "political_system"),
    ("Chi bộ thôn sinh hoạt “3 nêu, 3 giải quyết”", "political_system"),
]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _day(rng: random.Random, year: int, month: int, lo: int = 1, hi: int = 28) -> dt.date:
    return dt.date(year, month, rng.randint(lo, hi))


def _year(rng: random.Random, year: int, *, last: dt.date) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {
        k: [] for k in ("meeting", "dialogue", "reception", "model", "award", "rating", "commitment")}
    months = [m for m in range(1, 13) if dt.date(year, m, 1) <= last]
    for month in months:
        for branch in rng.sample(BRANCHES, 3):
            expected = rng.randint(18, 40)
            out["meeting"].append({
                "date": _day(rng, year, month, 3, 10), "kind": "regular_cell",
                "title": f"{branch}: sinh hoạt chi bộ định kỳ tháng {month}",
                "members_expected": expected, "members_present": expected - rng.choice([0, 0, 1, 2]),
                "others_present": 0, "location": branch.removeprefix("Chi bộ "),
            })
        if month % 2 == 0:
            kind = rng.choice(["study_resolution", "study_resolution", "thematic"])
            expected = rng.randint(300, 412)
            sites = rng.choice([1, 1, 1, 14, 21])
            out["meeting"].append({
                "date": _day(rng, year, month, 12, 25), "kind": kind,
                "title": rng.choice(MEETING_TITLES[kind]).format(n=rng.randint(8, 12), m=month, y=year),
                "documents": rng.sample(DOCS, rng.randint(1, 3)),
                "members_expected": expected, "members_present": expected - rng.randint(0, 6),
                "others_present": rng.randint(20, 160), "others_kind": "elite_masses" if kind == "thematic" else "staff",
                "sites": sites,
                "location": "Hội trường Đảng ủy xã" if sites == 1 else "Trực tuyến tới các điểm cầu",
            })
    if 1 in months:
        out["meeting"].append({
            "date": dt.date(year, 1, 20), "kind": "staff_conference",
            "title": MEETING_TITLES["staff_conference"][0].format(y=year),
            "members_expected": 38, "members_present": 37, "others_present": 24, "others_kind": "staff",
            "documents": ["04/2015/NĐ-CP"], "location": "Hội trường UBND xã",
        })
    if 5 in months:
        out["meeting"].append({
            "date": dt.date(year, 5, 14), "kind": "voter_contact", "title": MEETING_TITLES["voter_contact"][0],
            "members_expected": 60, "members_present": 58, "others_present": 210, "others_kind": "citizens",
            "location": "Nhà văn hóa thôn Tân Lộc",
        })
    # This month's meetings still to come are not written (their dates are drawn all the
    # same, so every month before comes out the same whatever today is).
    out["meeting"] = [{**m, "date": m["date"].isoformat()} for m in out["meeting"] if m["date"] <= last]

    for host, counterpart, topic in rng.sample(DIALOGUE_TOPICS, 4 if len(months) >= 6 else 2):
        month = rng.choice(months)
        date = _day(rng, year, month, 8, 25)
        issues = [{"summary": s, "status": rng.choice(["resolved", "resolved", "in_progress", "referred"])}
                  for s in rng.sample(ISSUES, rng.randint(1, 4))]
        dialogue = {
            "date": date.isoformat(), "host": host, "counterpart": counterpart, "topic": topic,
            "location": rng.choice(VILLAGES), "participants": rng.randint(45, 180),
            "opinions": rng.randint(6, 25), "issues": issues,
            "announced_date": (date - dt.timedelta(days=rng.randint(7, 10))).isoformat(),
            "published_date": (date + dt.timedelta(days=rng.randint(3, 9))).isoformat()
            if date + dt.timedelta(days=9) <= last else None,
        }
        if date > last:  # announced, to be held: nothing said or counted yet
            if dialogue["announced_date"] > last.isoformat():
                continue
            dialogue.update(participants=0, opinions=0, issues=[], published_date=None)
        out["dialogue"].append(dialogue)

    case_no = 0
    for month in months:
        for _ in range(rng.randint(1, 4)):
            case_no += 1
            category = rng.choices(list(RECEPTION_CONTENTS), weights=[3, 1, 5, 3])[0]
            channel = rng.choice(["visit", "visit", "letter"])
            received = _day(rng, year, month)
            if received > last:
                continue
            code = f"VV-{year}-{case_no:04d}"
            handling = rng.choices(["accept", "guide", "transfer"], weights=[6, 2, 2])[0]
            accepted = received + dt.timedelta(days=rng.randint(1, 9)) if handling == "accept" else None
            resolved = None
            if rng.random() < 0.75 and accepted is not None:
                resolved = accepted + dt.timedelta(days=rng.randint(10, 40))
            elif rng.random() < 0.5 and handling != "accept":
                resolved = received + dt.timedelta(days=rng.randint(1, 5))
            if resolved is not None and resolved > last:
                resolved = None
            people = rng.choice([1, 1, 1, 2, 3, 6, 12])
            base = {
                "date": received.isoformat(), "channel": channel, "case_code": code, "category": category,
                "people_count": people if channel == "visit" else 1,
                "content": rng.choice(RECEPTION_CONTENTS[category]) + f" tại {rng.choice(VILLAGES)}",
                "handling": handling,
                "accepted_date": accepted.isoformat() if accepted and accepted <= last else None,
                "complexity": rng.choice(["normal", "normal", "complex"]),
                "status": "pending", "agency": "UBND xã Quỳnh Lộc" if handling == "accept" else "",
                "citizen_name": _name(rng), "citizen_address": f"{rng.choice(VILLAGES)}, xã Quỳnh Lộc",
                "citizen_id": f"0400{rng.randint(10**7, 10**8 - 1)}",
            }
            if handling == "transfer":
                base["agency"] = "Phòng Tài nguyên và Môi trường"
            followups = []
            if rng.random() < 0.35:  # the citizen comes back or writes again about the same matter
                again = received + dt.timedelta(days=rng.randint(5, 20))
                if again <= last:
                    followups.append({**base, "date": again.isoformat(),
                                      "channel": rng.choice(["visit", "letter"]), "accepted_date": None})
            entries = [base, *followups]
            if resolved is not None:
                resolved = max(resolved, max(dt.date.fromisoformat(e["date"]) for e in entries))
                if resolved <= last:
                    entries[-1] = {**entries[-1], "status": "resolved", "resolved_date": resolved.isoformat(),
                                   "result": "Đã trả lời công dân bằng văn bản, công dân đồng ý"}
            out["reception"].extend(entries)

    for name, field in rng.sample(MODELS, 5):
        date = min(_day(rng, year, rng.choice(months[:6] or months)), last)
        out["model"].append({
            "name": name, "type": rng.choice(["model", "model", "exemplar"]),
            "unit_name": rng.choice(BRANCHES + ORGS), "holder": rng.choice(["collective", "collective", "individual"]),
            "field": field, "level": rng.choice(["grassroots", "grassroots", "district", "province"]),
            "registered_date": date.isoformat(),
            "status": rng.choice(["registered", "active", "active", "recognized", "replicated"]),
            "description": "Vận động nhân dân cùng làm, cùng hưởng lợi; công khai, dân chủ trong từng việc.",
        })

    for _ in range(rng.randint(5, 8)):
        month = rng.choice(months)
        collective = rng.random() < 0.5
        out["award"].append({
            "date": min(_day(rng, year, month), last).isoformat(),
            "recipient_type": "collective" if collective else "individual",
            "recipient": rng.choice(BRANCHES + ORGS) if collective else f"Đồng chí {_name(rng)}",
            "level": rng.choice(["merit", "commendation", "commendation"]),
            "issuer": rng.choice(["Ban Thường vụ Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Đảng ủy xã Quỳnh Lộc"]),
            "reason": "Có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”",
        })
    if last >= dt.date(year, 12, 1):
        for branch in BRANCHES:
            grade = rng.choices(["HTXSNV", "HTTNV", "HTNV", "KHTNV"], weights=[2, 7, 1, 0.2])[0]
            out["rating"].append({"year": year, "unit_name": branch, "grade": grade,
                                  "score": {"HTXSNV": 93, "HTTNV": 82, "HTNV": 64, "KHTNV": 45}[grade]})
    if 3 in months:
        # Every chi bộ organises the yearly registration early in the year (no random draw, so
        # the rest of the demo stays as it was).
        members = int(DEMO_UNIT["members"])
        out["commitment"].append({"year": year, "organisations_total": len(BRANCHES),
                                  "organisations_organised": len(BRANCHES), "members_total": members,
                                  "members_registered": members - year % 3})
    return out


def fill_demo(led: Ledger, *, year: int, seed: int = 1, today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty unit database with ``year - 1`` and ``year`` (up to today if current).

    :returns: how many records of each kind were added
    :raises UserError: if the database already holds records (demo data must not mix in)
    """

    if any(led.count(k) or led.count(k, deleted=True) for k in KINDS):
        raise UserError("Tệp dữ liệu đã có bản ghi; dữ liệu mẫu chỉ điền vào tệp trống.")
    today = today or led.today()
    if year > today.year:
        raise UserError("Năm {year} chưa đến: dữ liệu mẫu chỉ ghi việc đã diễn ra.", year=year)
    if led.unit() is None:
        led.set_unit(DEMO_UNIT)
    rng = random.Random(f"dvdesktop-demo-{year}-{seed}")
    counts: dict[str, int] = {}
    clock = led.clock
    led.clock = lambda: today  # the records are checked against the same day they were made for
    try:
        for y in (year - 1, year):
            last = min(dt.date(y, 12, 31), today)
            for kind, items in _year(rng, y, last=last).items():
                if items:
                    led.add_many(kind, items)
                counts[kind] = counts.get(kind, 0) + len(items)
    finally:
        led.clock = clock
    led.set_setting("demo", True)
    led.set_period_text(
        f"{year}",
        limitations="Một số chi bộ thôn chưa thường xuyên nắm bắt tâm tư, nguyện vọng của nhân dân; "
        "việc giải quyết một số vụ việc khiếu nại về đất đai còn chậm.",
        directions="Tiếp tục thực hiện Kết luận số 43-KL/TW; đẩy mạnh phong trào thi đua “Dân vận khéo”; "
        "nâng cao chất lượng tiếp công dân và đối thoại trực tiếp với nhân dân.",
    )
    return counts
