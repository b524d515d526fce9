"""The ``dvdesktop`` command: with no subcommand it opens the window; otherwise it runs one task.

Exit codes: 0 done; 1 a problem the user can act on (message on stderr); 2 invalid input or
usage (each bad field named), with nothing written; 3 ``export``: personal data found in
what would leave, nothing written; 4 ``verify``: intact but the signer is unverified (no
``--pubkey``); 141 the output was closed early (``… | head``), as for a program ended by SIGPIPE.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from dvdesktop import __version__
from dvdesktop.base.errors import UserError, ValidationError
from dvdesktop.cli import office, packages, reports, safety, sheets
from dvdesktop.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USER,
    InvalidInput,
    open_ledger,
    print_err,
    read_json,
)
from dvdesktop.cli.safety import print_recovery
from dvdesktop.cli.window import add_window_arguments, run_window
from dvdesktop.core import fmt
from dvdesktop.core.demo import fill_demo
from dvdesktop.core.docrefs import document_name
from dvdesktop.core.domain import BASELINE_FIELDS, BASELINE_SECTIONS, KINDS, UNIT_FIELDS, choice_label, kind_spec
from dvdesktop.core.ledger import BatchValidationError, Ledger
from dvdesktop.core.periods import PeriodError
from dvdesktop.core.summary_text import summary_lines
from dvdesktop.core.validation import clean_unit
from dvdesktop.packages.keys import ensure_signing_key
from dvdesktop.packages.setup import set_up_unit
from dvdesktop.safety import crypto
from dvdesktop.safety.keyfile import key_path

# ------------------------------------------------------------------ commands
#: Unit profile fields the command line sets with --field-name (init and profile); code,
#: name, type, superior, secretary, place and members have their own init options.
_PROFILE_OPTIONS = (
    "superior_header", "issuer_header", "short_name", "signer_title", "signer_role",
    "signer_name", "recipients", "term_start", "localities", "locality_noun", "sub_org_noun",
    "political_label", "pad_counts", "records_since", "cutoff_day", "remote_area",
    "petition_deadline_days",
)


def _profile_values(args: argparse.Namespace) -> dict[str, Any]:
    """The unit profile fields given on the command line, as typed ("\\n" breaks lines)."""
    out: dict[str, Any] = {}
    for name in _PROFILE_OPTIONS:
        value = getattr(args, name, None)
        if value is not None:
            out[name] = value.replace("\\n", "\n") if name == "recipients" else value
    return out


def cmd_init(args: argparse.Namespace) -> int:
    profile = {
        "code": args.unit_code, "name": args.unit_name, "superior": args.superior,
        "type": args.type, "secretary": args.secretary or "", "place": args.place or "",
        "members": args.members if args.members is not None else 0,
        **_profile_values(args),
    }
    clean_unit(profile)  # bad input is refused before any file is created
    recovery = None
    if getattr(args, "encrypt", False):
        led, recovery = _create_encrypted(Path(args.db))
    else:
        led = open_ledger(args.db)
    with led:
        if led.unit() is not None and not args.force:
            raise UserError(
                "Tệp {path} đã có hồ sơ đơn vị “{name}”. Dùng --force để ghi đè hồ sơ.",
                path=args.db, name=led.unit()["name"],
            )
        unit = set_up_unit(led, profile)  # the profile, then the signing key
        fingerprint = led.get_setting("signing_fingerprint")
    print(f"Đã khởi tạo {args.db}: {unit['name']} ({unit['code']}).")
    if recovery:
        print(f"Tệp dữ liệu được mã hóa ngay từ đầu; tệp khóa đi kèm: {key_path(Path(args.db))} "
              "(luôn chép cùng tệp dữ liệu).")
        print_recovery(recovery)
    if fingerprint:
        print(f"Dấu vân tay khóa ký của đơn vị: {fingerprint} (báo cho cấp trên để đối chiếu).")
    return EXIT_OK


def _create_encrypted(path: Path) -> tuple[Any, str]:
    """A new database encrypted from its first byte (passphrase typed twice or from the
    environment); returns it open, with the recovery key to print once."""

    if path.exists() and path.stat().st_size > 0:
        raise UserError("Tệp {path} đã có; --encrypt chỉ dùng khi tạo tệp mới. Để mã hóa tệp "
                        "đang dùng: dvdesktop encrypt --db {path}", path=str(path))
    passphrase = crypto.read_new_passphrase(also_env=crypto.PASSPHRASE_ENV)
    created = crypto.create_encrypted(path, passphrase)
    return created.file.ledger, created.recovery_key


def cmd_profile(args: argparse.Namespace) -> int:
    values = _profile_values(args)
    for name in ("unit_name", "superior", "secretary", "place", "members", "type"):
        value = getattr(args, name, None)
        if value is not None:
            values["name" if name == "unit_name" else name] = value
    with open_ledger(args.db, create=False) as led:
        if led.unit() is None:
            raise UserError("Tệp {path} chưa có hồ sơ đơn vị: dùng lệnh init trước.", path=args.db)
        unit = led.set_unit(values) if values else led.unit()

    for f in UNIT_FIELDS:
        value = unit.get(f.name)
        print(f"{f.name}: {'' if value is None else value}")
    return EXIT_OK


def _period_sections(led: Ledger, period: Any) -> list[str]:
    """The summary sections whose records cover ``period`` (hand figures are not used there)."""

    return [section for section, kind in BASELINE_SECTIONS.items() if led.records_cover(kind, period)]


def cmd_baseline(args: argparse.Namespace) -> int:
    if args.keys:
        for f in BASELINE_FIELDS:
            print(f"{f.name:<34} {f.label}")
        return EXIT_OK
    if not args.db:
        raise InvalidInput(["Cần --db (tệp dữ liệu của đơn vị)."])
    with open_ledger(args.db, create=False) as led:
        if args.period is None:
            if args.json or args.clear:
                raise InvalidInput(["Cần --period để nhập hoặc xóa số liệu nhập tay."])
            rows = led.baselines()
            for b in rows:
                figures = ", ".join(f"{k} {v}" for k, v in b["figures"].items())
                print(f"{b['period']:<10} {figures}")
            if not rows:
                print("Chưa có số liệu nhập tay nào.")
            return EXIT_OK
        period = led.period(args.period)
        if args.clear:
            removed = led.clear_baseline(period)
            print(f"Đã xóa số liệu nhập tay kỳ {period.key} ({period.label})." if removed
                  else f"Kỳ {period.key} không có số liệu nhập tay.")
            return EXIT_OK
        if args.json:
            payload = read_json(args.json)
            figures = payload.get("figures", payload) if isinstance(payload, dict) else payload
            note = args.note if args.note is not None else (
                payload.get("note", "") if isinstance(payload, dict) and "figures" in payload else "")
            stored = led.set_baseline(period, figures, note=note)
            print(f"Đã lưu {len(stored['figures'])} chỉ tiêu nhập tay của kỳ {period.key} ({period.label}).")
            covered = _period_sections(led, period)
            used = [k for k in stored["figures"] if k.split(".")[0] in covered]
            if used:
                print("Chú ý: kỳ này đã có dữ liệu ghi chép về " + ", ".join(sorted({k.split('.')[0] for k in used}))
                      + "; báo cáo dùng dữ liệu ghi chép, không dùng các chỉ tiêu nhập tay đó.", file=sys.stderr)
            return EXIT_OK
        stored = led.baseline(period)
        if stored is None:
            print(f"Kỳ {period.key} ({period.label}) không có số liệu nhập tay.")
            return EXIT_OK
        print(json.dumps({"period": stored["period"], "figures": stored["figures"], "note": stored["note"]},
                         ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_number(args: argparse.Namespace) -> int:
    issued = _date_arg(args.date)
    with open_ledger(args.db, create=False) as led:
        if args.list:
            for d in led.document_numbers(args.type):
                print(f"{d['number']:02d}-{d['doc_type']}  {d['issued']}  {d['period_key']}")
            return EXIT_OK
        print(f"{led.next_document_number(args.type, on=issued):02d}")
    return EXIT_OK


def _date_arg(text: str | None) -> dt.date:
    return fmt.parse_date(text) if text else dt.date.today()


def cmd_documents(args: argparse.Namespace) -> int:
    with open_ledger(args.db, create=False) as led:
        if args.ref:
            if args.type_name is None and args.title is None:
                raise InvalidInput(["Cần --type-name hoặc --title để ghi cho văn bản."])
            doc = led.set_document(args.ref, type_name=args.type_name, title=args.title)

            print(f"{document_name(doc['ref'], doc['type_name'])}" + (f": {doc['title']}" if doc["title"] else ""))
            return EXIT_OK

        for doc in led.documents():
            print(f"{doc['ref']:<18} {document_name(doc['ref'], doc['type_name']):<40} {doc['uses']:>4} cuộc")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    year = args.year or dt.date.today().year
    with open_ledger(args.db) as led:
        counts = fill_demo(led, year=year, seed=args.seed)
        ensure_signing_key(led)  # its fingerprint prints on the first report
    total = sum(counts.values())
    print(f"Đã tạo dữ liệu mẫu năm {year - 1}–{year}: {total} bản ghi "
          + ", ".join(f"{k}: {v}" for k, v in counts.items()) + ".")
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    kind_spec(args.kind)
    payload = read_json(args.json)
    items = payload if isinstance(payload, list) else [payload]
    if not items:
        raise InvalidInput(["Không có bản ghi nào trong dữ liệu JSON."])
    with open_ledger(args.db) as led:
        try:
            stored = led.add_many(args.kind, items)
        except BatchValidationError as exc:
            raise InvalidInput(
                [f"Không lưu bản ghi nào: {len(exc.problems)}/{len(items)} bản ghi có lỗi.", *exc.lines()]
            ) from None
    print(f"Đã lưu {len(stored)} bản ghi ({kind_spec(args.kind).label}).")
    return EXIT_OK


def _mask_secret(kind: str, rec: dict[str, Any], *, drop: bool) -> dict[str, Any]:
    """Hide a denouncer's identity (Luật Tố cáo 2018) unless --reveal was given."""
    if kind != "reception" or rec.get("category") != "denunciation":
        return rec
    out = dict(rec)
    for f in kind_spec(kind).fields:
        if f.pii:
            if drop:
                out.pop(f.name, None)
            elif out.get(f.name):
                out[f.name] = "••• (giữ bí mật)"
    return out


def cmd_list(args: argparse.Namespace) -> int:
    spec = kind_spec(args.kind)
    with open_ledger(args.db, create=False) as led:
        period = led.period(args.period) if args.period else None
        records = led.list(args.kind, period=period, search=args.search, deleted=args.deleted)
    if not args.reveal:
        records = [_mask_secret(args.kind, r, drop=args.format == "json") for r in records]
    if args.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return EXIT_OK
    columns = ["id", *spec.field_names]
    if args.format == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for rec in records:
            writer.writerow({k: _cell(spec.name, k, rec.get(k), raw=True) for k in columns})
        sys.stdout.write(buf.getvalue())
        return EXIT_OK
    shown = [c for c in columns if c not in ("note", "description", "result", "reason", "issues")][:7]
    for rec in records:
        print(" | ".join(_cell(spec.name, k, rec.get(k)) for k in shown))
    print(f"({len(records)} bản ghi)")
    return EXIT_OK


def _cell(kind: str, key: str, value: Any, *, raw: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return "; ".join(f"{i['summary']} [{i['status']}]" for i in value)
        return "; ".join(map(str, value))
    if not raw and kind in KINDS and key in KINDS[kind].field_names and KINDS[kind].field(key).type == "choice":
        return choice_label(f"{kind}.{key}", value)
    return str(value)


def cmd_search(args: argparse.Namespace) -> int:
    with open_ledger(args.db, create=False) as led:
        hits = led.search(args.text, limit=args.limit)
    for hit in hits:
        print(f"{hit['kind']:<9} #{hit['id']:<6} {hit['date']:<10} {hit['title']}")
    print(f"({len(hits)} kết quả)")
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    with open_ledger(args.db, create=False) as led:
        summary = led.summary(args.period)
    if args.format == "json":
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print("\n".join(summary_lines(summary)))
    return EXIT_OK


# -------------------------------------------------------------------- parser
_PROFILE_HELP = {
    "superior_header": "dòng cấp trên ở tiêu đề theo Hướng dẫn 36-HD/VPTW, ví dụ “ĐẢNG BỘ TỈNH NGHỆ AN”",
    "issuer_header": "tên đơn vị ở tiêu đề; dấu | chọn chỗ xuống dòng",
    "short_name": "chữ viết tắt trong số văn bản, ví dụ CB (12-BC/CB), ĐU",
    "signer_title": "dòng thay mặt, ví dụ “T/M ĐẢNG ỦY” (mặc định theo loại tổ chức)",
    "signer_role": "chức vụ người ký: BÍ THƯ; PHÓ BÍ THƯ (thêm dòng K/T BÍ THƯ)",
    "signer_name": "họ tên người ký (mặc định: bí thư)",
    "recipients": "nơi nhận, mỗi nơi một dòng (dùng \\n giữa các dòng)",
    "term_start": "ngày bắt đầu nhiệm kỳ DD/MM/YYYY: số văn bản đánh từ 01 trong nhiệm kỳ",
    "localities": "số xã, phường (hoặc chi bộ) trực thuộc, để báo cáo “ở 10/10 xã, phường”",
    "locality_noun": "gọi các đơn vị đó là gì, ví dụ “xã, phường”",
    "sub_org_noun": "gọi các tổ chức đảng trực thuộc là gì, ví dụ “chi bộ trực thuộc”",
    "political_label": "lĩnh vực thứ tư của mô hình: political_system (xây dựng hệ thống chính trị) "
                       "hoặc party_building (xây dựng Đảng)",
    "pad_counts": "1: viết số dưới 10 có số 0 đứng trước (05 mô hình); 0: không",
    "records_since": "bắt đầu ghi chép trên chương trình từ ngày DD/MM/YYYY (kỳ trước đó không so sánh)",
    "cutoff_day": "ngày chốt số liệu (1 = theo tháng dương lịch)",
    "remote_area": "1: vùng sâu, vùng xa (thời hạn giải quyết khiếu nại dài hơn); 0: không",
    "petition_deadline_days": "thời hạn giải quyết kiến nghị, phản ánh (ngày)",
}


def _profile_arguments(p: argparse.ArgumentParser) -> None:
    for name in _PROFILE_OPTIONS:
        p.add_argument(f"--{name.replace('_', '-')}", dest=name, help=_PROFILE_HELP[name])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dvdesktop",
        description="Ghi chép, báo cáo công tác dân vận và gửi gói báo cáo có chữ ký số lên cấp trên. "
        "Không có lệnh con thì mở cửa sổ chương trình.",
    )
    parser.add_argument("--version", action="version", version=f"dvdesktop {__version__}")
    add_window_arguments(parser)
    parser.set_defaults(func=run_window)
    sub = parser.add_subparsers(title="lệnh", metavar="LỆNH")
    kinds = sorted(KINDS)

    p = sub.add_parser("init", help="tạo tệp dữ liệu và hồ sơ đơn vị")
    p.add_argument("--db", required=True, help="tệp dữ liệu SQLite")
    p.add_argument("--unit-code", required=True, help="mã đơn vị, ví dụ CB-SOTP")
    p.add_argument("--unit-name", required=True, help="tên đơn vị, ví dụ “Chi bộ Sở Tư pháp”")
    p.add_argument("--superior", required=True, help="cấp ủy cấp trên nhận báo cáo")
    p.add_argument("--type", default="chi_bo_co_so",
                   choices=("dang_bo_co_so", "chi_bo_co_so", "chi_bo_truc_thuoc", "xa_phuong"))
    p.add_argument("--secretary", help="họ tên bí thư")
    p.add_argument("--place", help="địa danh ghi ở dòng ngày tháng của báo cáo")
    p.add_argument("--members", type=int, help="số đảng viên")
    _profile_arguments(p)
    p.add_argument("--force", action="store_true", help="ghi đè hồ sơ đơn vị đã có")
    p.add_argument("--encrypt", action="store_true",
                   help="tạo tệp dữ liệu mã hóa ngay từ đầu (nên dùng): mật khẩu hỏi hai lần hoặc lấy từ "
                   "DVDESKTOP_NEW_PASSPHRASE / DVDESKTOP_PASSPHRASE; mã khôi phục in một lần")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("profile", help="xem hoặc sửa hồ sơ đơn vị (tiêu đề báo cáo, người ký, cách viết ...)")
    p.add_argument("--db", required=True, help="tệp dữ liệu SQLite")
    p.add_argument("--unit-name", help="tên đơn vị")
    p.add_argument("--superior", help="cấp ủy cấp trên nhận báo cáo")
    p.add_argument("--type", choices=("dang_bo_co_so", "chi_bo_co_so", "chi_bo_truc_thuoc", "xa_phuong"))
    p.add_argument("--secretary", help="họ tên bí thư")
    p.add_argument("--place", help="địa danh ghi ở dòng ngày tháng của báo cáo")
    p.add_argument("--members", help="số đảng viên")
    _profile_arguments(p)
    p.set_defaults(func=cmd_profile)

    p = sub.add_parser("baseline", help="số liệu của kỳ trước khi dùng chương trình, nhập tay (để so sánh cùng kỳ)")
    p.add_argument("--db", help="tệp dữ liệu SQLite")
    p.add_argument("--period", help="kỳ đã qua: 2025, 2025-H1, ...; bỏ trống để liệt kê mọi kỳ đã nhập")
    p.add_argument("--json", help="tệp JSON (hoặc - cho đầu vào chuẩn) các chỉ tiêu, ví dụ "
                   "{\"reception.visits.count\": 66}; thay số liệu đã nhập của kỳ đó")
    p.add_argument("--note", help="ghi chú nguồn số liệu, ví dụ “Báo cáo số 15-BC/ĐU”")
    p.add_argument("--clear", action="store_true", help="xóa số liệu nhập tay của kỳ")
    p.add_argument("--keys", action="store_true", help="liệt kê các chỉ tiêu nhập được")
    p.set_defaults(func=cmd_baseline)

    p = sub.add_parser("number", help="số văn bản tiếp theo trong nhiệm kỳ (từ 01 theo từng loại văn bản)")
    p.add_argument("--db", required=True, help="tệp dữ liệu SQLite")
    p.add_argument("--type", default="BC", help="loại văn bản (mặc định BC, báo cáo)")
    p.add_argument("--date", help="ngày ký DD/MM/YYYY (mặc định: hôm nay)")
    p.add_argument("--list", action="store_true", help="liệt kê các số đã dùng")
    p.set_defaults(func=cmd_number)

    p = sub.add_parser("documents", help="văn bản đã học tập, quán triệt; ghi tên loại (Quy định, Quyết định ...)")
    p.add_argument("ref", nargs="?", help="số hiệu, ví dụ 124-QĐ/TW")
    p.add_argument("--db", required=True, help="tệp dữ liệu SQLite")
    p.add_argument("--type-name", help="tên loại văn bản in trong báo cáo, ví dụ “Quy định”")
    p.add_argument("--title", help="trích yếu văn bản")
    p.set_defaults(func=cmd_documents)

    p = sub.add_parser("demo", help="điền dữ liệu mẫu (hai năm liền) vào một tệp dữ liệu trống")
    p.add_argument("--db", required=True)
    p.add_argument("--year", type=int, help="năm của dữ liệu mẫu (mặc định: năm nay); có thêm năm trước để so sánh cùng kỳ")
    p.add_argument("--seed", type=int, default=1, help="hạt giống ngẫu nhiên (cùng hạt giống, cùng dữ liệu)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("add", help="thêm bản ghi từ JSON (một đối tượng hoặc một mảng; tất cả hoặc không)")
    p.add_argument("kind", choices=kinds, metavar="KIND", help="một trong: " + ", ".join(kinds))
    p.add_argument("--db", required=True)
    p.add_argument("--json", required=True, help="tệp JSON, hoặc - để đọc từ đầu vào chuẩn")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("list", help="liệt kê bản ghi")
    p.add_argument("kind", choices=kinds, metavar="KIND", help="một trong: " + ", ".join(kinds))
    p.add_argument("--db", required=True)
    p.add_argument("--period", help="kỳ: 2026, 2026-H1, 2026-9M, 2026-Q3, 2026-07, 2026-01-15..2026-03-31")
    p.add_argument("--search", help="chỉ những bản ghi khớp nội dung (không phân biệt dấu)")
    p.add_argument("--format", choices=("text", "json", "csv"), default="text")
    p.add_argument("--deleted", action="store_true", help="liệt kê bản ghi trong thùng rác")
    p.add_argument("--reveal", action="store_true",
                   help="hiện cả danh tính người tố cáo (mặc định được giữ bí mật)")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("search", help="tìm trong mọi bản ghi, không phân biệt dấu (“dang uy” tìm được “Đảng ủy”)")
    p.add_argument("text")
    p.add_argument("--db", required=True)
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("summary", help="số liệu tổng hợp của một kỳ, so với cùng kỳ năm trước")
    p.add_argument("--db", required=True)
    p.add_argument("--period", required=True)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_summary)

    for feature in (reports, packages, office, safety, sheets):
        feature.register(sub)
    return parser


#: Exit status when the reader of our output went away (``dvdesktop summary … | head``),
#: as a shell reports a program ended by SIGPIPE.
EXIT_PIPE = 141


def _quiet_stdout() -> None:
    """After a broken pipe: send what is left of stdout nowhere, so exit is silent."""

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    try:
        status = _main(argv)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return status
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_PIPE


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except PeriodError as exc:
        print_err(str(exc))
        return EXIT_INVALID
    except InvalidInput as exc:
        for line in exc.lines:
            print_err(line)
        return EXIT_INVALID
    except ValidationError as exc:
        for err in exc.errors:
            print_err(f"{err.field}: {err.message}" if err.field else err.message)
        return EXIT_INVALID
    except UserError as exc:
        print_err(f"Lỗi: {exc}")
        return EXIT_USER
    except KeyboardInterrupt:
        print_err("Đã dừng.")
        return 130


if __name__ == "__main__":
    sys.exit(main())
