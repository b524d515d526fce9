"""The ``khoi`` command group: the receiving side of a body on the command line (any body's file).

``dvdesktop khoi trust|import|status|due|report|number|quarantine|keys|release|profile --db FILE ...``.
``import`` exits 0 when every package was accepted, replaced or already there, and 1 if
any was refused or quarantined, so a script can tell the operator to look.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from dvdesktop.base.errors import FieldError, UserError, ValidationError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP as N_
from dvdesktop.core import fmt
from dvdesktop.core.ledger import Ledger
from dvdesktop.office.consolidate import FIGURES
from dvdesktop.office.importer import key_history, quarantine_list, receive_packages, register_key, release_quarantine
from dvdesktop.office.levels import set_successor, successors, trace, tree
from dvdesktop.office.profile import set_profile
from dvdesktop.office.render import render_consolidated
from dvdesktop.office.status import STATE_LABELS, period_key, set_due, status
from dvdesktop.packages.keys import read_public_key_file
from dvdesktop.safety import crypto
from dvdesktop.safety.datafile import DataFile

__all__ = ["register"]

OUTCOME_LABELS = {
    "accepted": "Đã nhận",
    "replaced": "Đã nhận (thay lần gửi trước)",
    "duplicate": "Đã có (trùng)",
    "refused": "Từ chối",
    "quarantined": "Cách ly (chờ xác nhận khóa)",
    "skipped": "Bỏ qua (không phải tệp gói)",
}


def register(subparsers: Any) -> None:
    """Add the ``khoi`` group (with its subcommands) to an argparse subparsers object."""
    khoi = subparsers.add_parser(
        "khoi",
        help="Cơ quan cấp trên: đăng ký khóa, nhận gói báo cáo, theo dõi, tổng hợp",
        description="Các lệnh của cơ quan cấp trên nhận gói báo cáo từ các tổ chức cơ sở đảng.",
    )
    sub = khoi.add_subparsers(dest="khoi_command", metavar="LỆNH", required=True)

    def cmd(name: str, help_text: str, func: Any) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", required=True, type=Path, help="tệp dữ liệu của cơ quan (tệp của đơn vị, hoặc tệp văn phòng như khoi.db)")
        p.set_defaults(func=func)
        return p

    p = cmd("trust", "Đăng ký (hoặc thay) khóa công khai của một đơn vị, sau khi đã gọi đối chiếu dấu vân tay", cmd_trust)
    p.add_argument("--unit-code", required=True, help="mã đơn vị, ví dụ CB-01")
    p.add_argument("--pubkey", required=True, type=Path, help="tệp khóa công khai .pub của đơn vị")
    p.add_argument("--name", help="tên đơn vị (nếu muốn ghi trước khi nhận gói đầu tiên)")

    p = cmd("import", "Nhận các gói .dvpkg từ tệp hoặc thư mục (cả ổ USB)", cmd_import)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="tệp .dvpkg hoặc thư mục")

    p = cmd("status", "Tình hình gửi báo cáo của các đơn vị trong một kỳ", cmd_status)
    p.add_argument("--period", required=True, help="kỳ báo cáo, ví dụ 2026-H1")
    p.add_argument("--tree", action="store_true",
                   help="cả các cấp bên dưới: mỗi đơn vị dựa trên lần gửi nào của đơn vị dưới nó, cấp nào còn "
                   "thiếu, trễ")

    p = cmd("trace", "Một số liệu tổng hợp đến từ những đơn vị nào (qua các cấp)", cmd_trace)
    p.add_argument("--period", required=True, help="kỳ báo cáo, ví dụ 2026-H1")
    p.add_argument("--key", required=True, choices=tuple(FIGURES), help="số liệu, ví dụ meetings (số hội nghị)")

    p = cmd("successor", "Ghi đơn vị mới thay đơn vị cũ (sáp nhập): trạng thái và báo cáo liền mạch",
            cmd_successor)
    p.add_argument("--old", required=True, help="mã đơn vị cũ")
    p.add_argument("--new", required=True, help="mã đơn vị mới thay nó")

    p = cmd("due", "Đặt hạn gửi báo cáo của một kỳ", cmd_due)
    p.add_argument("--period", required=True, help="kỳ báo cáo, ví dụ 2026-H1")
    p.add_argument("--date", required=True, help="hạn cuối (tính cả ngày này), ví dụ 10/07/2026")

    p = cmd("report", "Xuất báo cáo tổng hợp của kỳ ra PDF, DOCX, hoặc số liệu ra Excel (XLSX)", cmd_report)
    p.add_argument("--period", required=True, help="kỳ báo cáo, ví dụ 2026-H1")
    p.add_argument("--out", required=True, type=Path, help="tệp .pdf, .docx, hoặc .xlsx (bảng theo đơn vị và số liệu tổng hợp cho Excel)")
    p.add_argument("--number", help="số văn bản, ví dụ 12; “next” lấy số tiếp theo trong nhiệm kỳ; "
                   "bỏ trống để viết tay")
    p.add_argument("--date", help="ngày ký báo cáo DD/MM/YYYY (mặc định: hôm nay)")
    p.add_argument("--texts", type=Path,
                   help="tệp JSON {\"limitations\": \"...\", \"directions\": \"...\"}: phần II (hạn "
                   "chế, nguyên nhân) và III (phương hướng, nhiệm vụ); được lưu cho kỳ này")

    p = cmd("number", "Số văn bản tiếp theo của văn phòng trong nhiệm kỳ", cmd_number)
    p.add_argument("--type", default="BC", help="loại văn bản (mặc định BC, báo cáo)")
    p.add_argument("--date", help="ngày ký DD/MM/YYYY (mặc định: hôm nay)")

    cmd("quarantine", "Liệt kê các gói đang cách ly (khóa chưa đăng ký)", cmd_quarantine)

    p = cmd("keys", "Các khóa đã đăng ký của một đơn vị, cũ đến mới (đổi khóa có thông báo hay do cán bộ đăng ký)",
            cmd_keys)
    p.add_argument("--unit-code", required=True, help="mã đơn vị, ví dụ CB-01")

    p = cmd("release", "Nhận lại các gói đang cách ly sau khi đã đăng ký khóa", cmd_release)
    p.add_argument("--unit-code", help="chỉ các gói của đơn vị này")

    p = cmd("profile", "Ghi thông tin cơ quan dùng ở đầu báo cáo tổng hợp", cmd_profile)
    for field, help_text in (
        ("name", "tên cơ quan ban hành, ví dụ Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh"),
        ("organisation", "đảng bộ được báo cáo, ví dụ Đảng bộ Khối"),
        ("superior", "cơ quan cấp trên, ví dụ Tỉnh ủy Nghệ An"),
        ("place", "địa danh ở dòng ngày tháng"),
        ("short-name", "chữ viết tắt sau BC/, ví dụ ĐUK"),
        ("signer-title", "ví dụ T/M BAN THƯỜNG VỤ"),
        ("signer-role", "ví dụ PHÓ BÍ THƯ"),
        ("signer-name", "họ tên người ký"),
        ("superior-header", "dòng cấp trên ở tiêu đề theo Hướng dẫn 36-HD/VPTW, ví dụ ĐẢNG BỘ TỈNH NGHỆ AN"),
        ("issuer-header", "tên cơ quan ở tiêu đề; dấu | chọn chỗ xuống dòng, ví dụ "
                          "“ĐẢNG ỦY KHỐI CÁC CƠ QUAN | VÀ DOANH NGHIỆP TỈNH”"),
        ("recipients", "nơi nhận, mỗi nơi một dòng (dùng \\n giữa các dòng)"),
        ("term-start", "ngày bắt đầu nhiệm kỳ DD/MM/YYYY: số văn bản đánh từ 01 trong nhiệm kỳ"),
        ("political-label", "tên lĩnh vực thứ tư của mô hình: political_system (xây dựng hệ thống "
                            "chính trị) hoặc party_building (xây dựng Đảng)"),
        ("pad-counts", "1: viết số dưới 10 có số 0 đứng trước (05 mô hình); 0: không"),
    ):
        p.add_argument(f"--{field}", help=help_text)


def _open(args: argparse.Namespace) -> DataFile:
    """Any body's data file: a unit's, or an office's (migrated into the body's shape)."""
    return crypto.open_data_file(args.db, crypto.secret_for_cli(args.db))


def _run(args: argparse.Namespace, body: Any, *, whole_file: bool = False) -> int:
    """Run ``body(ledger)`` (``body(file)`` with ``whole_file``) on the body's file."""
    try:
        with _open(args) as file:
            return int(body(file if whole_file else file.ledger))
    except ValidationError as err:
        for e in err.errors:
            print(f"{e.field}: {e.message}" if e.field else e.message, file=sys.stderr)
        return 2
    except UserError as err:
        print(f"Lỗi: {err}", file=sys.stderr)
        return 1


def _print_results(results: list[Any]) -> None:
    for r in results:
        head = f"{OUTCOME_LABELS[r.outcome]:<30} {Path(r.path).name}"
        if r.unit_code:
            head += f"  [{r.unit_code} {r.period} lần {r.revision}]" if r.revision else f"  [{r.unit_code}]"
        print(head)
        if r.reason and r.outcome != "duplicate":
            print(f"    {r.reason}")


def cmd_trust(args: argparse.Namespace) -> int:
    try:
        text = read_public_key_file(args.pubkey)
    except UserError as err:
        print(f"Lỗi: {err}", file=sys.stderr)
        return 1

    def body(db: Ledger) -> int:
        unit, released = register_key(db, unit_code=args.unit_code, pubkey_text=text, name=args.name)
        print(f"Đã đăng ký khóa của đơn vị {unit['code']}: dấu vân tay {unit['fingerprint']}")
        if released:
            print("Các gói đang cách ly của đơn vị đã được xét lại:")
            _print_results(released)
        return 0 if all(r.ok for r in released) else 1

    return _run(args, body)


def cmd_import(args: argparse.Namespace) -> int:
    def body(file: DataFile) -> int:
        results = receive_packages(file, args.paths)  # a verified backup first
        if not results:
            print("Không tìm thấy gói .dvpkg nào.")
            return 1
        _print_results(results)
        counts = {o: sum(1 for r in results if r.outcome == o) for o in OUTCOME_LABELS}
        print("Tổng: " + ", ".join(f"{OUTCOME_LABELS[o].lower()} {n}" for o, n in counts.items() if n))
        return 0 if all(r.ok for r in results) else 1

    return _run(args, body, whole_file=True)


def cmd_status(args: argparse.Namespace) -> int:
    def body(db: Ledger) -> int:
        rows = status(db, period=args.period)
        due = rows[0].due if rows else None
        print(f"Kỳ {args.period}; hạn gửi: {fmt.date_short(due) if due else 'chưa đặt'}")
        if args.tree:
            _print_tree(db, args.period)
            return 0
        for st in rows:
            when = fmt.date_short(st.first_received.date()) if st.first_received else ""
            rev = f"lần {st.revision}" if st.revision else ""
            print(f"{st.unit_code:<12} {st.label:<10} {when:<11} {rev:<7} {st.unit_name}")
        return 0

    return _run(args, body)


def _print_nodes(nodes: list[dict[str, Any]], depth: int) -> None:
    pad = "  " * depth
    for n in nodes:
        print(f"{pad}└ {n['code']:<12} lần {n['revision']:<3} {n['name']}")
        _print_gaps(n, depth + 1)
        _print_nodes(n["below"], depth + 1)


def _print_gaps(node: dict[str, Any], depth: int) -> None:
    pad = "  " * depth
    if node.get("missing"):
        print(f"{pad}  chưa gửi: {', '.join(node['missing'])}")
    if node.get("late"):
        print(f"{pad}  trễ hạn: {', '.join(node['late'])}")
    for ch in node.get("changed") or []:
        if ch.get("revision") is None:
            print(f"{pad}  bỏ khỏi danh sách từ lần trước: {ch['code']}")
        else:
            before = f"lần {ch['previous_revision']} → " if ch.get("previous_revision") else "mới: "
            print(f"{pad}  thay đổi: {ch['code']} {before}lần {ch['revision']}")


def _print_tree(led: Ledger, period: str) -> None:
    mapped = successors(led)
    for node in tree(led, period=period):
        rev = f"lần {node['revision']}" if node["revision"] else ""
        print(f"{node['code']:<12} {STATE_LABELS[node['state']]:<10} {rev:<7} {node['name']}")
        _print_gaps(node, 0)
        _print_nodes(node["below"], 1)
    for old, new in sorted(mapped.items()):
        print(f"{old:<12} đã được thay bằng {new} (sáp nhập)")


def cmd_trace(args: argparse.Namespace) -> int:
    def body(db: Ledger) -> int:
        rows = trace(db, period=args.period, key=args.key)
        for r in rows:
            rev = f"lần {r['revision']}" if r["revision"] else "tự ghi"
            print(f"{'  ' * r['depth']}{r['code']:<12} {rev:<8} {r['value']:>8}  {r['name']}")
        print(f"Tổng {args.key}: {sum(r['value'] for r in rows if r['depth'] <= 1)}")
        return 0

    return _run(args, body)


def cmd_successor(args: argparse.Namespace) -> int:
    def body(db: Ledger) -> int:
        set_successor(db, old=args.old, new=args.new)
        print(f"Đơn vị {args.new.strip()} thay đơn vị {args.old.strip()}.")
        return 0

    return _run(args, body)


def cmd_due(args: argparse.Namespace) -> int:
    def body(db: Ledger) -> int:
        due = fmt.parse_date(args.date)
        set_due(db, period=args.period, due=due)
        print(f"Hạn gửi báo cáo kỳ {args.period}: {fmt.date_short(due)}")
        return 0

    return _run(args, body)


def _texts(path: Path | None) -> dict[str, str] | None:
    """Sections II and III from a JSON file; refuses anything else with a message."""

    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UserError(N_("Office", "Không đọc được {path}: {detail}"), path=str(path),
                        detail=exc.strerror or str(exc)) from None
    except json.JSONDecodeError as exc:
        raise ValidationError([FieldError("texts", N_("Office", "JSON không hợp lệ ở dòng {line}: {msg}."),
                                          {"line": exc.lineno, "msg": exc.msg})]) from None
    allowed = {"limitations", "directions"}
    if not isinstance(data, dict) or set(data) - allowed or not all(isinstance(v, str) for v in data.values()):
        raise ValidationError([FieldError("texts", N_(
            "Office", "Tệp phần II, III phải là {{\"limitations\": \"...\", \"directions\": \"...\"}}."), {})])
    return data


def _number(led: Ledger, value: str | None, issued: Any, period: str) -> str | None:
    if value is not None and value.strip().lower() in ("next", "tiep", "tiếp"):
        return str(led.next_document_number("BC", on=issued, period_key=period))
    return value


def cmd_report(args: argparse.Namespace) -> int:
    def body(db: Ledger) -> int:
        issued = fmt.parse_date(args.date) if args.date else date.today()
        texts = _texts(args.texts)
        key = period_key(args.period)
        if texts is not None:
            old = db.period_text(key)
            db.set_period_text(key, limitations=texts.get("limitations", old["limitations"]),
                               directions=texts.get("directions", old["directions"]))
        number = _number(db, args.number, issued, key)
        if number and number.strip().isdigit():
            for r in db.document_number_uses("BC", int(number), on=issued):
                if r["period_key"] != key:
                    print(f"Chú ý: số {int(number):02d}-BC đã dùng cho báo cáo kỳ {r['period_key']} "
                          f"ngày {fmt.date_short(date.fromisoformat(r['issued']))}.", file=sys.stderr)
        print(render_consolidated(db, period=args.period, out=args.out, number=number, issued=issued))
        return 0

    return _run(args, body)


def cmd_number(args: argparse.Namespace) -> int:
    def body(db: Ledger) -> int:
        issued = fmt.parse_date(args.date) if args.date else date.today()
        print(f"{db.next_document_number(args.type, on=issued):02d}")
        return 0

    return _run(args, body)


def cmd_quarantine(args: argparse.Namespace) -> int:
    def body(db: Ledger) -> int:
        rows = quarantine_list(db)
        if not rows:
            print("Không có gói nào đang cách ly.")
        for row in rows:
            print(f"{row['id']:>4}  {row['unit_code']:<12} {row['file_name']}")
            if row.get("registered_fingerprint"):
                # Side by side, to read both to the unit on the phone.
                print(f"      khóa đã đăng ký: {row['registered_fingerprint']}")
                print(f"      khóa mới ký gói: {row['fingerprint']}")
            else:
                print(f"      khóa ký gói:     {row['fingerprint']} (đơn vị chưa đăng ký khóa)")
            print(f"      {row['reason']}")
        return 0

    return _run(args, body)


def cmd_keys(args: argparse.Namespace) -> int:
    def body(db: Ledger) -> int:
        rows = key_history(db, args.unit_code)
        if not rows:
            print(f"Đơn vị {args.unit_code} chưa đăng ký khóa nào.")
            return 1
        for row in rows:
            how = (f"đơn vị thông báo, ký bằng khóa cũ {row['announced_by']}" if row.get("announced_by")
                   else "cán bộ đăng ký sau khi đối chiếu")
            state = f"thay lúc {row['replaced_at']}" if row.get("replaced_at") else "đang dùng"
            print(f"{row['fingerprint']}  từ {row['trusted_at']}  {state:<28} ({how})")
        return 0

    return _run(args, body)


def cmd_release(args: argparse.Namespace) -> int:
    def body(db: Ledger) -> int:
        results = release_quarantine(db, unit_code=args.unit_code)
        _print_results(results)
        return 0 if all(r.ok for r in results) else 1

    return _run(args, body)


def cmd_profile(args: argparse.Namespace) -> int:
    def body(db: Ledger) -> int:
        recipients = args.recipients.replace("\\n", "\n") if args.recipients is not None else None
        profile = set_profile(
            db, name=args.name, organisation=args.organisation, superior=args.superior,
            place=args.place, short_name=args.short_name, signer_title=args.signer_title,
            signer_role=args.signer_role, signer_name=args.signer_name,
            superior_header=args.superior_header, issuer_header=args.issuer_header,
            recipients=recipients, term_start=args.term_start, political_label=args.political_label,
            pad_counts=args.pad_counts,
        )
        for k, v in profile.items():
            print(f"{k}: {v}")
        return 0

    return _run(args, body)
