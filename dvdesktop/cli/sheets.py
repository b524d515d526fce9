"""The ``template``, ``import`` and ``xlsx`` subcommands of ``dvdesktop``.

    dvdesktop template KIND [--out F.xlsx]                  # a blank sheet to fill in
    dvdesktop import KIND --db FILE --xlsx F.xlsx [--dry-run] [--sheet NAME]
    dvdesktop xlsx KIND --db FILE [--out F.xlsx] [--period P] [--search TEXT] [--reveal]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dvdesktop.cli.common import InvalidInput, open_ledger
from dvdesktop.core.domain import KINDS, kind_spec
from dvdesktop.sheets import (
    ImportRefused,
    commit_import,
    export_records,
    preview_import,
    proposed_file_name,
    template_file_name,
    write_template,
)
from dvdesktop.sheets.importer import describe

__all__ = ["register"]

#: Problems printed before "… và N lỗi khác".
SHOWN = 60
PERIOD_HELP = "kỳ: 2026, 2026-H1, 2026-9M, 2026-Q3, 2026-07, 2026-01-15..2026-03-31"


def _target(out: str | None, default_name: str) -> Path:
    """``--out`` as given; a folder (a USB stick "E:\\") gets the proposed file name in it."""
    if not out:
        return Path(default_name)
    path = Path(out)
    return path / default_name if path.is_dir() else path


def cmd_template(args: argparse.Namespace) -> int:
    path = write_template(args.kind, path=_target(args.out, template_file_name(args.kind)))
    print(path)
    return 0


def cmd_xlsx(args: argparse.Namespace) -> int:
    with open_ledger(args.db, create=False) as ledger:
        period = ledger.period(args.period) if args.period else None
        path = export_records(ledger, args.kind, path=_target(args.out, proposed_file_name(args.kind, period)),
                              period=period, search=args.search, order_by=None, reveal=args.reveal)
        count = ledger.count(args.kind, period=period, search=args.search)
    print(f"Đã xuất {count} bản ghi ({kind_spec(args.kind).plural}): {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    preview = preview_import(args.kind, args.xlsx, sheet=args.sheet)
    label = kind_spec(args.kind).plural
    if preview.header_row is not None:
        print(f"Trang “{preview.sheet}”, dòng tiêu đề {preview.header_row}: "
              f"{len(preview.rows)} dòng dữ liệu ({label}).")
    if not preview.ok:
        raise InvalidInput([*describe(preview, limit=SHOWN), "Không nhập bản ghi nào; tệp dữ liệu không thay đổi."])
    for line in describe(preview, limit=SHOWN):
        print(line)
    if args.dry_run:
        print(f"Kiểm tra xong: {len(preview.rows)} bản ghi nhập được (chưa lưu, vì có --dry-run).")
        return 0
    with open_ledger(args.db, create=False) as ledger:
        try:
            stored = commit_import(ledger, preview)
        except ImportRefused as exc:
            errors = [i.line() for i in exc.preview.errors]
            more = [f"… và {len(errors) - SHOWN} lỗi khác."] if len(errors) > SHOWN else []
            raise InvalidInput([*errors[:SHOWN], *more, str(exc)]) from None
    print(f"Đã nhập {len(stored)} bản ghi ({label}) từ {Path(args.xlsx).name}.")
    return 0


def register(subparsers: Any) -> None:
    """Add ``template``, ``import`` and ``xlsx`` to the ``dvdesktop`` command."""
    kinds = sorted(KINDS)
    kind_help = "một trong: " + ", ".join(kinds)

    p = subparsers.add_parser("template", help="tạo tệp Excel mẫu (trống) của một loại bản ghi để điền rồi nhập")
    p.add_argument("kind", choices=kinds, metavar="KIND", help=kind_help)
    p.add_argument("--out", help="tệp .xlsx hoặc thư mục (mặc định: mau-nhap-<loại>.xlsx ở thư mục hiện tại)")
    p.set_defaults(func=cmd_template)

    p = subparsers.add_parser(
        "import",
        help="nhập bản ghi từ tệp Excel (.xlsx, hoặc .csv UTF-8/UTF-16) cùng cột như tệp mẫu; "
             "kiểm tra mọi dòng trước, có lỗi thì không lưu dòng nào",
    )
    p.add_argument("kind", choices=kinds, metavar="KIND", help=kind_help)
    p.add_argument("--db", required=True, help="tệp dữ liệu của đơn vị")
    p.add_argument("--xlsx", required=True, help="tệp Excel cần nhập")
    p.add_argument("--sheet", help="tên trang tính cần nhập (mặc định: trang mang tên loại bản ghi, "
                                   "hoặc trang duy nhất)")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và in kết quả, không lưu")
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("xlsx", help="xuất bản ghi của một loại ra tệp Excel (ngày, số, tỉ lệ đúng kiểu)")
    p.add_argument("kind", choices=kinds, metavar="KIND", help=kind_help)
    p.add_argument("--db", required=True, help="tệp dữ liệu của đơn vị")
    p.add_argument("--out", help="tệp .xlsx hoặc thư mục (mặc định: tên theo loại và kỳ, ví dụ hoi-nghi-2026.xlsx)")
    p.add_argument("--period", help=PERIOD_HELP)
    p.add_argument("--search", help="chỉ những bản ghi khớp nội dung (không phân biệt dấu)")
    p.add_argument("--reveal", action="store_true",
                   help="ghi cả danh tính người tố cáo (mặc định được giữ bí mật)")
    p.set_defaults(func=cmd_xlsx)
