"""The window's own options of the ``dvdesktop`` command (no subcommand opens the window).

Parsed here without the commands' parser, which imports every feature (about 250 ms on the
bench's machine): a start of the window reads only these options, then draws its frame.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path


def add_window_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="tệp dữ liệu để mở trong cửa sổ (mặc định: thư mục dữ liệu người dùng)")
    parser.add_argument("--demo", action="store_true", help="mở cửa sổ với dữ liệu mẫu")
    parser.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ giao diện")
    parser.add_argument("--office", action="store_true",
                        help="mở cửa sổ văn phòng cấp trên (nhận, kiểm tra, tổng hợp gói báo cáo); "
                        "--db là tệp dữ liệu của văn phòng")


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options if ``argv`` asks for the window and nothing else, else None (a command,
    --help, --version or a mistake: the full parser answers those)."""
    parser = argparse.ArgumentParser(prog="dvdesktop", add_help=False, exit_on_error=False, allow_abbrev=False)
    add_window_arguments(parser)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None
    return None if rest else args


def run_window(args: argparse.Namespace) -> int:
    from dvdesktop.gui import fontconfig

    fontconfig.start()  # beside Qt's import, below
    from dvdesktop.gui import app  # Qt: only the window needs it

    db = Path(args.db) if args.db else None
    if args.office:
        return app.run_office(db=db, lang=args.lang)
    return app.run(db=db, demo=args.demo, lang=args.lang)
