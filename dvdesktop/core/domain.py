"""What a unit records: the seven record kinds, their fields, choices and Vietnamese labels.

This is the one description of the data that validation, the store, the command line, the
window's forms and the reports all read, so a field is added in one place.

Terms whose English is ambiguous keep their Vietnamese name:
- lượt: one reception (a visit, however many people come);
- vụ việc: the matter; repeat visits and letters about it share its ``case_code``;
- đơn: a written petition (``channel == "letter"``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dvdesktop.base.errors import UserError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP as N_


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record kind.

    ``type`` is one of: text, longtext, date, int, choice, bool, doclist, issues.
    ``pii``: personal data of a citizen; never packaged, masked where it must be.
    """

    name: str
    label: str
    type: str = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    default: Any = None
    minimum: int | None = None
    maximum: int | None = None
    max_length: int = 2000
    pii: bool = False
    searchable: bool = False
    help: str = ""


@dataclass(frozen=True)
class KindSpec:
    name: str  # meeting, dialogue, ...
    table: str
    label: str  # Vietnamese, singular
    plural: str  # Vietnamese, for list titles
    date_field: str  # the date that places a record in a period
    title_field: str  # what names a record in search results, trash, audit
    fields: tuple[FieldSpec, ...]
    code: int  # stable small number: part of the search index rowid
    order: tuple[str, ...] = field(default=())

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


#: Labels of every choice value, by (kind.field) then value.
CHOICE_LABELS: dict[str, dict[str, str]] = {
    "meeting.kind": {
        "study_resolution": N_("Choices", "Học tập, quán triệt nghị quyết"),
        "regular_cell": N_("Choices", "Sinh hoạt chi bộ định kỳ"),
        "thematic": N_("Choices", "Sinh hoạt chuyên đề"),
        "staff_conference": N_("Choices", "Hội nghị cán bộ, công chức, người lao động"),
        "voter_contact": N_("Choices", "Tiếp xúc cử tri"),
        "other": N_("Choices", "Hội nghị khác"),
    },
    "meeting.others_kind": {
        "staff": N_("Choices", "Cán bộ, công chức và người lao động"),
        "elite_masses": N_("Choices", "Quần chúng ưu tú"),
        "citizens": N_("Choices", "Nhân dân"),
        "union_members": N_("Choices", "Đoàn viên, hội viên"),
        "other": N_("Choices", "Người dự khác"),
    },
    "dialogue.counterpart": {
        "citizens": N_("Choices", "Nhân dân"),
        "residential_area": N_("Choices", "Khu dân cư"),
        "workers": N_("Choices", "Đoàn viên, công nhân lao động"),
        "party_secretaries": N_("Choices", "Bí thư chi bộ"),
        "youth": N_("Choices", "Đoàn viên thanh niên"),
        "religious": N_("Choices", "Chức sắc, đồng bào tôn giáo"),
        "other": N_("Choices", "Đối tượng khác"),
    },
    "issue.status": {
        "resolved": N_("Choices", "Đã giải quyết"),
        "in_progress": N_("Choices", "Đang giải quyết"),
        "referred": N_("Choices", "Chuyển cơ quan có thẩm quyền"),
    },
    "reception.channel": {
        "visit": N_("Choices", "Tiếp trực tiếp (lượt)"),
        "letter": N_("Choices", "Đơn thư (đơn)"),
    },
    "reception.category": {
        "complaint": N_("Choices", "Khiếu nại"),
        "denunciation": N_("Choices", "Tố cáo"),
        "petition": N_("Choices", "Kiến nghị"),
        "feedback": N_("Choices", "Phản ánh"),
    },
    "reception.handling": {
        "accept": N_("Choices", "Thụ lý để giải quyết"),
        "guide": N_("Choices", "Trả lại đơn và hướng dẫn"),
        "transfer": N_("Choices", "Chuyển đơn đến cơ quan có thẩm quyền"),
    },
    "reception.status": {
        "pending": N_("Choices", "Chưa giải quyết xong"),
        "resolved": N_("Choices", "Đã giải quyết"),
    },
    "reception.complexity": {
        "normal": N_("Choices", "Thông thường"),
        "complex": N_("Choices", "Phức tạp"),
        "very_complex": N_("Choices", "Đặc biệt phức tạp"),
    },
    "reception.attempt": {
        "1": N_("Choices", "Lần đầu"),
        "2": N_("Choices", "Lần hai"),
    },
    "model.holder": {
        "collective": N_("Choices", "Tập thể"),
        "individual": N_("Choices", "Cá nhân"),
    },
    "model.field": {
        "economy": N_("Choices", "Kinh tế"),
        "culture_society": N_("Choices", "Văn hóa - xã hội"),
        "defense_security": N_("Choices", "Quốc phòng - an ninh"),
        "political_system": N_("Choices", "Xây dựng hệ thống chính trị"),
    },
    "model.level": {
        "grassroots": N_("Choices", "Cấp cơ sở"),
        "district": N_("Choices", "Cấp huyện, thị xã"),
        "province": N_("Choices", "Cấp tỉnh"),
    },
    "model.status": {
        "registered": N_("Choices", "Đăng ký"),
        "active": N_("Choices", "Đang thực hiện"),
        "recognized": N_("Choices", "Được công nhận"),
        "replicated": N_("Choices", "Được chọn nhân rộng"),
        "pilot": N_("Choices", "Mô hình điểm"),
    },
    "model.type": {
        "model": N_("Choices", "Mô hình"),
        "exemplar": N_("Choices", "Điển hình"),
    },
    "award.recipient_type": {
        "collective": N_("Choices", "Tập thể"),
        "individual": N_("Choices", "Cá nhân"),
    },
    "award.level": {
        "merit": N_("Choices", "Bằng khen"),
        "commendation": N_("Choices", "Giấy khen"),
        "other": N_("Choices", "Hình thức khác"),
    },
    "award.movement": {
        "dan_van": N_("Choices", "Thực hiện công tác dân vận, Quy chế dân chủ ở cơ sở và phong trào "
                                 "thi đua “Dân vận khéo”"),
        "ho_chi_minh": N_("Choices", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
        "other": N_("Choices", "Thành tích khác"),
    },
    "rating.grade": {
        "HTXSNV": N_("Choices", "Hoàn thành xuất sắc nhiệm vụ"),
        "HTTNV": N_("Choices", "Hoàn thành tốt nhiệm vụ"),
        "HTNV": N_("Choices", "Hoàn thành nhiệm vụ"),
        "KHTNV": N_("Choices", "Không hoàn thành nhiệm vụ"),
    },
    "unit.type": {
        "dang_bo_co_so": N_("Choices", "Đảng bộ cơ sở"),
        "chi_bo_co_so": N_("Choices", "Chi bộ cơ sở"),
        "chi_bo_truc_thuoc": N_("Choices", "Chi bộ trực thuộc"),
        "xa_phuong": N_("Choices", "Xã, phường"),
    },
    "unit.political_label": {
        "political_system": N_("Choices", "Xây dựng hệ thống chính trị"),
        "party_building": N_("Choices", "Xây dựng Đảng"),
    },
}


#: The unit types with units below them that report to them (chi bộ trực thuộc): their file
#: receives those units' packages (``Ledger.receives``).
RECEIVING_TYPES = frozenset({"dang_bo_co_so", "xa_phuong"})


def choices(key: str) -> tuple[str, ...]:
    return tuple(CHOICE_LABELS[key])


def choice_label(key: str, value: Any) -> str:
    """Vietnamese label of a choice value; the value itself if unknown."""
    return CHOICE_LABELS.get(key, {}).get(str(value), "" if value is None else str(value))


_NOTE = FieldSpec("note", N_("Fields", "Ghi chú"), "longtext", searchable=True)

MEETING = KindSpec(
    name="meeting",
    table="meetings",
    label=N_("Kinds", "Hội nghị, sinh hoạt"),
    plural=N_("Kinds", "Hội nghị, sinh hoạt"),
    date_field="date",
    title_field="title",
    code=1,
    fields=(
        FieldSpec("date", N_("Fields", "Ngày"), "date", required=True),
        FieldSpec("kind", N_("Fields", "Hình thức"), "choice", required=True,
                  choices=choices("meeting.kind"), default="study_resolution"),
        FieldSpec("title", N_("Fields", "Tên hội nghị, nội dung"), "text", required=True,
                  max_length=500, searchable=True),
        FieldSpec("documents", N_("Fields", "Văn bản học tập, quán triệt"), "doclist",
                  default=(), searchable=True,
                  help=N_("Fields", "Số hiệu văn bản, ví dụ 25-NQ/TW; 16/CT-TTg")),
        # Attendance is left empty (None) when it was not counted: a report never states a
        # figure nobody recorded, and 0 would read as "nobody came".
        FieldSpec("members_expected", N_("Fields", "Số đảng viên được triệu tập"), "int",
                  minimum=0, maximum=1_000_000,
                  help=N_("Fields", "Để trống nếu không ghi số người dự")),
        FieldSpec("members_present", N_("Fields", "Số đảng viên dự"), "int",
                  minimum=0, maximum=1_000_000),
        FieldSpec("others_present", N_("Fields", "Số người dự không phải đảng viên"), "int",
                  minimum=0, maximum=1_000_000,
                  help=N_("Fields", "Để trống nếu không có hoặc không ghi")),
        FieldSpec("others_kind", N_("Fields", "Người dự không phải đảng viên là"), "choice",
                  choices=choices("meeting.others_kind")),
        FieldSpec("sites", N_("Fields", "Số điểm cầu"), "int", default=1, minimum=1,
                  maximum=10_000),
        FieldSpec("location", N_("Fields", "Địa điểm"), "text", max_length=300, searchable=True),
        _NOTE,
    ),
)

DIALOGUE = KindSpec(
    name="dialogue",
    table="dialogues",
    label=N_("Kinds", "Đối thoại"),
    plural=N_("Kinds", "Đối thoại"),
    date_field="date",
    title_field="topic",
    code=2,
    fields=(
        FieldSpec("date", N_("Fields", "Ngày"), "date", required=True),
        FieldSpec("host", N_("Fields", "Người chủ trì"), "text", required=True, max_length=300,
                  searchable=True, help=N_("Fields", "Chức danh, ví dụ Chủ tịch UBND xã")),
        FieldSpec("counterpart", N_("Fields", "Đối thoại với"), "choice", required=True,
                  choices=choices("dialogue.counterpart"), default="citizens"),
        FieldSpec("topic", N_("Fields", "Chủ đề"), "text", required=True, max_length=500,
                  searchable=True),
        FieldSpec("location", N_("Fields", "Địa điểm (xã, phường, khu dân cư)"), "text",
                  max_length=300, searchable=True),
        FieldSpec("participants", N_("Fields", "Số lượt người tham gia"), "int",
                  minimum=0, maximum=1_000_000, help=N_("Fields", "Để trống nếu không ghi")),
        FieldSpec("opinions", N_("Fields", "Số lượt ý kiến"), "int", minimum=0,
                  maximum=1_000_000, help=N_("Fields", "Để trống nếu không ghi")),
        FieldSpec("issues", N_("Fields", "Vấn đề được nêu"), "issues", default=(),
                  searchable=True),
        FieldSpec("announced_date", N_("Fields", "Ngày thông báo trước"), "date"),
        FieldSpec("published_date", N_("Fields", "Ngày công khai kết quả"), "date"),
        _NOTE,
    ),
)

RECEPTION = KindSpec(
    name="reception",
    table="receptions",
    label=N_("Kinds", "Tiếp công dân, đơn thư"),
    plural=N_("Kinds", "Tiếp công dân, đơn thư"),
    date_field="date",
    title_field="content",
    code=3,
    fields=(
        FieldSpec("date", N_("Fields", "Ngày tiếp, ngày nhận đơn"), "date", required=True),
        FieldSpec("channel", N_("Fields", "Hình thức"), "choice", required=True,
                  choices=choices("reception.channel"), default="visit"),
        FieldSpec("case_code", N_("Fields", "Mã vụ việc"), "text", max_length=40,
                  searchable=True,
                  help=N_("Fields", "Các lượt tiếp, các đơn cùng một vụ việc dùng chung mã; "
                                    "để trống để tạo vụ việc mới")),
        FieldSpec("category", N_("Fields", "Phân loại"), "choice", required=True,
                  choices=choices("reception.category"), default="petition"),
        FieldSpec("people_count", N_("Fields", "Số người"), "int", default=1, minimum=1,
                  maximum=100_000),
        FieldSpec("content", N_("Fields", "Nội dung vụ việc"), "longtext", required=True,
                  max_length=5000, searchable=True),
        FieldSpec("handling", N_("Fields", "Hướng xử lý"), "choice", required=True,
                  choices=choices("reception.handling"), default="accept"),
        FieldSpec("accepted_date", N_("Fields", "Ngày thụ lý"), "date"),
        FieldSpec("complexity", N_("Fields", "Tính chất"), "choice",
                  choices=choices("reception.complexity"), default="normal"),
        FieldSpec("attempt", N_("Fields", "Lần giải quyết"), "choice",
                  choices=choices("reception.attempt"), default="1"),
        FieldSpec("status", N_("Fields", "Kết quả"), "choice", required=True,
                  choices=choices("reception.status"), default="pending"),
        FieldSpec("resolved_date", N_("Fields", "Ngày giải quyết xong"), "date"),
        FieldSpec("agency", N_("Fields", "Cơ quan đã giải quyết"), "text", max_length=300,
                  searchable=True),
        FieldSpec("result", N_("Fields", "Theo dõi kết quả"), "longtext", searchable=True),
        FieldSpec("citizen_name", N_("Fields", "Họ tên công dân"), "text", max_length=200,
                  pii=True, searchable=True),
        FieldSpec("citizen_address", N_("Fields", "Địa chỉ"), "text", max_length=300,
                  pii=True, searchable=True),
        FieldSpec("citizen_id", N_("Fields", "Số CCCD/định danh"), "text", max_length=20,
                  pii=True),
        _NOTE,
    ),
)

MODEL = KindSpec(
    name="model",
    table="models",
    label=N_("Kinds", "Mô hình “Dân vận khéo”"),
    plural=N_("Kinds", "Mô hình, điển hình “Dân vận khéo”"),
    date_field="registered_date",
    title_field="name",
    code=4,
    fields=(
        FieldSpec("name", N_("Fields", "Tên mô hình, điển hình"), "text", required=True,
                  max_length=500, searchable=True),
        FieldSpec("type", N_("Fields", "Loại"), "choice", choices=choices("model.type"),
                  default="model"),
        FieldSpec("unit_name", N_("Fields", "Tổ chức đăng ký"), "text", max_length=300,
                  searchable=True,
                  help=N_("Fields", "Để trống nếu chính đơn vị mình đăng ký")),
        FieldSpec("holder", N_("Fields", "Tập thể / cá nhân"), "choice", required=True,
                  choices=choices("model.holder"), default="collective"),
        FieldSpec("field", N_("Fields", "Lĩnh vực"), "choice", required=True,
                  choices=choices("model.field")),
        FieldSpec("level", N_("Fields", "Cấp"), "choice", required=True,
                  choices=choices("model.level"), default="grassroots"),
        FieldSpec("registered_date", N_("Fields", "Ngày đăng ký"), "date", required=True),
        FieldSpec("status", N_("Fields", "Tình trạng"), "choice", required=True,
                  choices=choices("model.status"), default="registered"),
        FieldSpec("description", N_("Fields", "Nội dung, cách làm"), "longtext",
                  searchable=True),
        _NOTE,
    ),
)

AWARD = KindSpec(
    name="award",
    table="awards",
    label=N_("Kinds", "Khen thưởng"),
    plural=N_("Kinds", "Khen thưởng"),
    date_field="date",
    title_field="recipient",
    code=5,
    fields=(
        FieldSpec("date", N_("Fields", "Ngày quyết định"), "date", required=True),
        FieldSpec("recipient_type", N_("Fields", "Tập thể / cá nhân"), "choice",
                  required=True, choices=choices("award.recipient_type"),
                  default="collective"),
        FieldSpec("recipient", N_("Fields", "Tập thể, cá nhân được khen"), "text",
                  required=True, max_length=300, searchable=True),
        FieldSpec("level", N_("Fields", "Hình thức khen"), "choice", required=True,
                  choices=choices("award.level"), default="commendation"),
        FieldSpec("issuer", N_("Fields", "Cấp khen"), "text", required=True, max_length=300,
                  searchable=True, help=N_("Fields", "Ví dụ Ban Thường vụ Đảng ủy Khối")),
        FieldSpec("movement", N_("Fields", "Khen thưởng về"), "choice", required=True,
                  choices=choices("award.movement"), default="dan_van",
                  help=N_("Fields", "Phong trào, nội dung được khen; báo cáo nhóm khen thưởng theo đây")),
        FieldSpec("reason", N_("Fields", "Thành tích"), "longtext", searchable=True),
        _NOTE,
    ),
)

RATING = KindSpec(
    name="rating",
    table="ratings",
    label=N_("Kinds", "Xếp loại chất lượng"),
    plural=N_("Kinds", "Xếp loại chất lượng"),
    date_field="year",
    title_field="unit_name",
    code=6,
    fields=(
        FieldSpec("year", N_("Fields", "Năm"), "int", required=True, minimum=1945,
                  maximum=2100),
        FieldSpec("unit_name", N_("Fields", "Tổ chức đảng"), "text", required=True,
                  max_length=300, searchable=True),
        FieldSpec("grade", N_("Fields", "Mức xếp loại"), "choice", required=True,
                  choices=choices("rating.grade")),
        FieldSpec("score", N_("Fields", "Điểm (thang 100)"), "int", minimum=0, maximum=100),
        _NOTE,
    ),
)

#: The default wording of a commitment, as seed 004 writes it.
COMMITMENT_CONTENT = "tu dưỡng, rèn luyện, làm theo gương Bác"

COMMITMENT = KindSpec(
    name="commitment",
    table="commitments",
    label=N_("Kinds", "Đăng ký cam kết"),
    plural=N_("Kinds", "Đăng ký cam kết của đảng viên"),
    date_field="year",
    title_field="content",
    code=7,
    fields=(
        FieldSpec("year", N_("Fields", "Năm"), "int", required=True, minimum=1945,
                  maximum=2100),
        FieldSpec("content", N_("Fields", "Nội dung cam kết"), "text", required=True,
                  default=COMMITMENT_CONTENT, max_length=500, searchable=True,
                  help=N_("Fields", "Ví dụ: tu dưỡng, rèn luyện, làm theo gương Bác")),
        FieldSpec("organisations_total", N_("Fields", "Số tổ chức đảng trực thuộc"), "int",
                  minimum=1, maximum=100_000,
                  help=N_("Fields", "Đảng bộ: số chi bộ trực thuộc; chi bộ để trống")),
        FieldSpec("organisations_organised", N_("Fields", "Số tổ chức đảng đã tổ chức đăng ký"),
                  "int", minimum=0, maximum=100_000),
        FieldSpec("members_total", N_("Fields", "Số đảng viên"), "int", required=True,
                  minimum=1, maximum=10_000_000),
        FieldSpec("members_registered", N_("Fields", "Số đảng viên đã đăng ký cam kết"), "int",
                  required=True, minimum=0, maximum=10_000_000),
        _NOTE,
    ),
)

KINDS: dict[str, KindSpec] = {
    k.name: k for k in (MEETING, DIALOGUE, RECEPTION, MODEL, AWARD, RATING, COMMITMENT)
}
KINDS_BY_CODE: dict[int, KindSpec] = {k.code: k for k in KINDS.values()}

#: Fields every stored record carries besides its kind's own.
META_FIELDS = ("id", "uid", "created_at", "updated_at", "deleted_at", "source")  # source: m061, a merge

ISSUE_FIELDS = ("summary", "status")

UNIT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("code", N_("Fields", "Mã đơn vị"), "text", required=True, max_length=40),
    FieldSpec("name", N_("Fields", "Tên đơn vị"), "text", required=True, max_length=300),
    FieldSpec("type", N_("Fields", "Loại tổ chức"), "choice", required=True,
              choices=choices("unit.type"), default="chi_bo_co_so"),
    FieldSpec("superior", N_("Fields", "Cấp ủy cấp trên"), "text", required=True,
              max_length=300, help=N_("Fields", "Nơi nhận báo cáo, ví dụ Đảng ủy Khối …")),
    FieldSpec("superior_header", N_("Fields", "Dòng cấp trên ở tiêu đề báo cáo"), "text",
              max_length=300, help=N_("Fields", "Viết như Hướng dẫn 36-HD/VPTW, ví dụ ĐẢNG BỘ TỈNH "
                                                "NGHỆ AN; để trống thì dùng tên cấp trên; dấu | để "
                                                "chọn chỗ xuống dòng")),
    FieldSpec("issuer_header", N_("Fields", "Tên đơn vị ở tiêu đề báo cáo"), "text",
              max_length=300, help=N_("Fields", "Để trống thì dùng tên đơn vị; dấu | để chọn chỗ "
                                                "xuống dòng, ví dụ ĐẢNG ỦY KHỐI CÁC CƠ QUAN | VÀ "
                                                "DOANH NGHIỆP TỈNH")),
    FieldSpec("short_name", N_("Fields", "Ký hiệu viết tắt"), "text", max_length=20,
              help=N_("Fields", "Dùng trong số văn bản, ví dụ CB trong 12-BC/CB")),
    FieldSpec("secretary", N_("Fields", "Bí thư"), "text", max_length=200),
    FieldSpec("signer_title", N_("Fields", "Thay mặt"), "text", max_length=100,
              help=N_("Fields", "Ví dụ T/M CHI ỦY; để trống thì theo loại tổ chức")),
    FieldSpec("signer_role", N_("Fields", "Chức vụ người ký"), "text", max_length=100,
              help=N_("Fields", "BÍ THƯ; PHÓ BÍ THƯ thì báo cáo ghi thêm dòng K/T BÍ THƯ")),
    FieldSpec("signer_name", N_("Fields", "Họ tên người ký"), "text", max_length=200,
              help=N_("Fields", "Để trống thì dùng tên bí thư")),
    FieldSpec("term_start", N_("Fields", "Ngày bắt đầu nhiệm kỳ"), "date",
              help=N_("Fields", "Số văn bản đánh từ 01 theo từng loại văn bản trong nhiệm kỳ")),
    FieldSpec("members", N_("Fields", "Số đảng viên"), "int", default=0, minimum=0,
              maximum=10_000_000),
    FieldSpec("place", N_("Fields", "Địa danh ghi ngày tháng"), "text", max_length=100,
              help=N_("Fields", "Ví dụ Quỳnh Lưu")),
    FieldSpec("cutoff_day", N_("Fields", "Ngày chốt số liệu"), "int", default=1, minimum=1,
              maximum=28, help=N_("Fields", "1 = theo tháng dương lịch; 15 = từ ngày 15 tháng "
                                            "trước đến ngày 14 tháng này")),
    FieldSpec("remote_area", N_("Fields", "Vùng sâu, vùng xa, đi lại khó khăn"), "bool",
              default=False),
    FieldSpec("petition_deadline_days", N_("Fields", "Thời hạn giải quyết kiến nghị, phản ánh (ngày)"),
              "int", minimum=1, maximum=365),
    FieldSpec("recipients", N_("Fields", "Nơi nhận"), "longtext", max_length=2000),
    FieldSpec("localities", N_("Fields", "Số xã, phường (hoặc chi bộ) trực thuộc"), "int",
              minimum=1, maximum=100_000,
              help=N_("Fields", "Để báo cáo ghi “ở 10/10 xã, phường” khi đối thoại")),
    FieldSpec("locality_noun", N_("Fields", "Gọi các đơn vị đó là"), "text", max_length=100,
              help=N_("Fields", "Ví dụ: xã, phường; chi bộ; khu dân cư")),
    FieldSpec("sub_org_noun", N_("Fields", "Gọi các tổ chức đảng trực thuộc là"), "text",
              max_length=100,
              help=N_("Fields", "Ví dụ: chi bộ trực thuộc; tổ chức cơ sở đảng (dùng khi báo cáo "
                                "cam kết, xếp loại)")),
    FieldSpec("political_label", N_("Fields", "Tên lĩnh vực thứ tư của mô hình"), "choice",
              choices=choices("unit.political_label"), default="political_system",
              help=N_("Fields", "Theo cách gọi của cấp trên")),
    FieldSpec("pad_counts", N_("Fields", "Số dưới 10 viết là 05"), "bool", default=False,
              help=N_("Fields", "Báo cáo viết “05 mô hình”, “03 đơn vị” như văn bản của Đảng")),
    FieldSpec("records_since", N_("Fields", "Bắt đầu ghi chép trên chương trình từ ngày"), "date",
              help=N_("Fields", "Kỳ trước ngày này chưa có dữ liệu: báo cáo không so sánh với kỳ "
                                "đó, trừ số liệu nhập tay")),
)


# Profile fields of a body that receives its units' packages, beside ``UNIT_FIELDS`` (set on
# the receiving side's profile page and ``khoi profile``): ``organisation`` is the đảng bộ
# whose work its consolidated report covers ("Đảng bộ Khối ..."), while ``name`` is the
# body that issues it ("Đảng ủy Khối ...").
BODY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("organisation", N_("Fields", "Đảng bộ được báo cáo"), "text", max_length=300,
              help=N_("Fields", "Ví dụ Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh")),
)


#: Figures of an earlier period entered by hand (a unit's paper reports from before it used
#: this program), under the keys of its summary (docs/summary.md); they stand in for the
#: records of that period wherever a report compares with cùng kỳ. The section is the part
#: before the first dot; it names the record kind whose records would replace them.
BASELINE_FIELDS: tuple[FieldSpec, ...] = tuple(
    FieldSpec(name, label, "int", minimum=0, maximum=100_000_000)
    for name, label in (
        ("meetings.count", N_("Baseline", "Hội nghị, học tập, quán triệt (cuộc)")),
        ("meetings.attendance", N_("Baseline", "Lượt người dự hội nghị")),
        ("meetings.members_present", N_("Baseline", "Lượt đảng viên dự")),
        ("meetings.members_expected", N_("Baseline", "Lượt đảng viên được triệu tập")),
        ("meetings.others_present", N_("Baseline", "Lượt người dự không phải đảng viên")),
        ("dialogues.count", N_("Baseline", "Đối thoại (cuộc)")),
        ("dialogues.participants", N_("Baseline", "Lượt người tham gia đối thoại")),
        ("dialogues.opinions", N_("Baseline", "Lượt ý kiến tại đối thoại")),
        ("dialogues.issues", N_("Baseline", "Vấn đề được nêu qua đối thoại")),
        ("reception.visits.count", N_("Baseline", "Tiếp công dân (lượt)")),
        ("reception.visits.people", N_("Baseline", "Số người được tiếp")),
        ("reception.visits.cases", N_("Baseline", "Vụ việc qua tiếp công dân")),
        ("reception.visits.cases_resolved", N_("Baseline", "Vụ việc qua tiếp công dân đã giải quyết")),
        ("reception.letters.count", N_("Baseline", "Đơn tiếp nhận (đơn)")),
        ("reception.letters.cases", N_("Baseline", "Vụ việc qua đơn")),
        ("reception.letters.cases_resolved", N_("Baseline", "Vụ việc qua đơn đã giải quyết")),
        ("models.count", N_("Baseline", "Mô hình, điển hình “Dân vận khéo” (đến cuối kỳ)")),
        ("models.new", N_("Baseline", "Mô hình, điển hình đăng ký mới trong kỳ")),
    )
)

#: Summary section of a baseline key -> the record kind whose records replace it.
BASELINE_SECTIONS: dict[str, str] = {
    "meetings": "meeting", "dialogues": "dialogue", "reception": "reception", "models": "model",
}


def kind_spec(kind: str) -> KindSpec:
    """The spec of ``kind``; a ValueError in Vietnamese names the valid kinds."""
    try:
        return KINDS[kind]
    except KeyError:
        raise UserError(
            N_("Errors", "Loại bản ghi “{kind}” không có. Các loại: {known}."),
            kind=kind,
            known=", ".join(KINDS),
        ) from None
