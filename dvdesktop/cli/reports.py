"""The ``report`` and ``register`` subcommands of ``dvdesktop``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from dvdesktop.cli.common import open_ledger
from dvdesktop.core import fmt
from dvdesktop.office.levels import period_report
from dvdesktop.reports.build import build_register

__all__ = ["register"]

PERIOD_HELP = "kỳ báo cáo: 2026, 2026-H1, 2026-9M, 2026-Q3, 2026-07, 2026-01-15..2026-03-31"


def _open(db: str) -> Any:
    # The main command's opener asks for the passphrase of an encrypted database.

    return open_ledger(db, create=False)


def cmd_report(args: argparse.Namespace) -> int:
    issued = fmt.parse_date(args.date) if args.date else date.today()
    with _open(args.db) as ledger:
        number = args.number
        if number is not None and number.strip().lower() in ("next", "tiep", "tiếp"):
            number = str(ledger.next_document_number("BC", on=issued, period_key=ledger.period(args.period).key))
        if number and number.strip().isdigit():
            key = ledger.period(args.period).key
            for used in ledger.document_number_uses("BC", int(number), on=issued):
                if used["period_key"] != key:
                    print(f"Chú ý: số {int(number):02d}-BC đã dùng cho báo cáo kỳ {used['period_key']} "
                          f"ngày {fmt.date_short(date.fromisoformat(used['issued']))}.", file=sys.stderr)
        # A body holding its units' accepted packages reports the whole đảng bộ.
        path = period_report(ledger, period=args.period, out=Path(args.out), number=number, issued=issued)
    print(path)
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    with _open(args.db) as ledger:
        path = build_register(ledger, period=args.period, out=Path(args.out), reveal_denouncers=args.reveal)
    print(path)
    return 0


def register(subparsers: Any) -> None:
    """Add ``report`` and ``register`` to the ``dvdesktop`` command.

    A ``UserError`` raised by a handler is printed on stderr by ``dvdesktop.cli.commands``,
    which exits with 1.
    """
    p = subparsers.add_parser(
        "report",
        help="in báo cáo kết quả công tác dân vận của một kỳ theo thể thức văn bản của Đảng (PDF hoặc DOCX), "
             "hoặc xuất số liệu của kỳ ra Excel (XLSX)",
    )
    p.add_argument("--db", required=True, help="tệp dữ liệu của đơn vị")
    p.add_argument("--period", required=True, help=PERIOD_HELP)
    p.add_argument("--out", required=True,
                   help="tệp kết quả: .pdf để in, .docx để sửa trong Word, .xlsx để tính số liệu trong Excel")
    p.add_argument("--number", help="số văn bản, ví dụ 12 (in “Số 12-BC/CB”); “next”: số tiếp theo trong "
                   "nhiệm kỳ (lệnh number cho biết số đó); bỏ trống để viết tay")
    p.add_argument("--date", help="ngày ký báo cáo DD/MM/YYYY (mặc định: hôm nay)")
    p.set_defaults(func=cmd_report)

    p = subparsers.add_parser(
        "register",
        help="in Sổ tiếp công dân của một kỳ (PDF khổ ngang; có thông tin cá nhân, chỉ in tại đơn vị)",
    )
    p.add_argument("--db", required=True, help="tệp dữ liệu của đơn vị")
    p.add_argument("--period", required=True, help=PERIOD_HELP)
    p.add_argument("--out", required=True, help="tệp .pdf")
    p.add_argument("--reveal", action="store_true",
                   help="in cả danh tính người tố cáo (mặc định được giữ bí mật)")
    p.set_defaults(func=cmd_register)
