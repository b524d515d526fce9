"""Command-line commands of the unit side: ``export``, ``verify``, ``pubkey``, ``rotate-key``.

``register(subparsers)`` adds them to the ``dvdesktop`` parser; each sets ``func`` to a
handler taking the parsed arguments and returning the exit status. Messages are in
Vietnamese; a refused package prints its one reason on stderr and exits 1.

Exit codes of their own: ``export`` exits 3 (``EXIT_FINDINGS``) when free text that would
leave looks like personal data and ``--accept-findings`` was not given (nothing written);
``verify`` exits 4 (``EXIT_UNVERIFIED``) for an intact package checked without
``--pubkey``, whose origin is therefore unproven.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from dvdesktop.base.errors import UserError
from dvdesktop.cli.common import open_ledger
from dvdesktop.office.levels import period_package
from dvdesktop.packages.keys import fingerprint, public_key_text, read_public_key_file
from dvdesktop.packages.rotation import rotate_signing_key
from dvdesktop.packages.screen import screen_export
from dvdesktop.packages.verify import verify_package
from dvdesktop.store.database import storage_error

__all__ = ["EXIT_FINDINGS", "EXIT_UNVERIFIED", "register"]

#: ``export``: personal data found in what would leave; nothing was written.
EXIT_FINDINGS = 3
#: ``verify``: the package is intact, but no registered key was given to prove who signed it.
EXIT_UNVERIFIED = 4


def register(subparsers: Any) -> None:
    """Add ``export``, ``verify``, ``pubkey`` and ``rotate-key`` to an argparse subparsers object."""
    p = subparsers.add_parser(
        "export",
        help="Xuất gói báo cáo đã ký số của một kỳ để chép lên USB gửi cấp trên",
        description="Tạo tệp <mã đơn vị>_<kỳ>_r<lần>.dvpkg (BagIt + chữ ký minisign) trong "
        "thư mục OUT và in đường dẫn của tệp.",
    )
    p.add_argument("--db", required=True, type=Path, help="tệp dữ liệu của đơn vị")
    p.add_argument("--period", required=True, help="kỳ báo cáo, ví dụ 2026-H1, 2026-Q3, 2026")
    p.add_argument("--out", type=Path, help="thư mục ghi gói, ví dụ ổ USB E:\\ (không cần với --check)")
    p.add_argument("--check", action="store_true",
                   help="chỉ rà soát thông tin cá nhân trong những gì sẽ gửi đi, không ghi gói "
                   "(mã thoát 3 nếu có chỗ cần xem)")
    p.add_argument("--accept-findings", action="store_true",
                   help="vẫn ghi gói khi rà soát thấy chỗ trông như thông tin cá nhân (chỉ dùng "
                   "sau khi đã đọc từng chỗ và chắc chắn không phải)")
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser(
        "verify",
        help="Kiểm tra một gói báo cáo (.dvpkg): chữ ký, danh mục, tính toàn vẹn",
        description="Trả về 0 nếu gói hợp lệ và được ký bằng khóa --pubkey; nếu gói bị từ chối, "
        "in một lý do trên stderr và trả về 1. Không có --pubkey thì chỉ kiểm tra được gói còn "
        "nguyên vẹn bằng khóa đi kèm gói, không chứng minh ai đã ký: trả về 4.",
    )
    p.add_argument("package", type=Path, help="tệp gói .dvpkg")
    p.add_argument("--pubkey", type=Path, help="tệp khóa công khai minisign của đơn vị (.pub)")
    p.set_defaults(func=cmd_verify)

    p = subparsers.add_parser(
        "pubkey",
        help="In (hoặc ghi ra tệp) khóa công khai của đơn vị và dấu vân tay để đăng ký với cấp trên",
    )
    p.add_argument("--db", required=True, type=Path, help="tệp dữ liệu của đơn vị")
    p.add_argument("--out", type=Path, help="ghi khóa công khai vào tệp này (ví dụ CB-01.pub)")
    p.set_defaults(func=cmd_pubkey)

    p = subparsers.add_parser(
        "rotate-key",
        help="Đổi khóa ký của đơn vị (ví dụ máy cũ bị mất); cấp trên tự nhận khóa mới qua thông báo "
        "ký bằng khóa cũ",
        description="Tạo khóa ký mới, ký một thông báo đổi khóa bằng khóa cũ rồi hủy khóa cũ. Từ nay mỗi "
        "gói gửi cấp trên mang thông báo đó, nên cơ quan cấp trên đã tin khóa cũ sẽ nhận khóa mới mà "
        "không cần gọi điện. Nếu khóa cũ đã lọt vào tay người khác, hãy báo cấp trên bằng điện thoại.",
    )
    p.add_argument("--db", required=True, type=Path, help="tệp dữ liệu của đơn vị")
    p.add_argument("--out", type=Path, help="ghi khóa công khai mới vào tệp này (ví dụ CB-01.pub)")
    p.add_argument("--yes", action="store_true", help="không hỏi lại (dùng trong kịch bản)")
    p.set_defaults(func=cmd_rotate_key)


def _open_ledger(path: Path) -> Any:
    # The main command's opener asks for the passphrase of an encrypted database.

    return open_ledger(path, create=False)


def _fail(err: UserError) -> int:
    print(f"Lỗi: {err}", file=sys.stderr)
    return 1


def cmd_export(args: argparse.Namespace) -> int:
    if args.out is None and not args.check:
        print("Lỗi: cần --out (thư mục ghi gói), hoặc --check để chỉ rà soát.", file=sys.stderr)
        return 2
    try:
        with _open_ledger(args.db) as ledger:
            period = ledger.period(args.period)
            screening = screen_export(ledger, period=period)
            if screening.findings:
                _print_findings(screening)
            if args.check:
                if screening.clean:
                    print(f"Không thấy thông tin cá nhân trong {screening.texts_checked} đoạn văn bản "
                          "sẽ gửi đi.")
                return EXIT_FINDINGS if screening.findings else 0
            if screening.findings and not args.accept_findings:
                print("Chưa ghi gói. Hãy sửa những chỗ trên rồi xuất lại; nếu đã xem từng chỗ và chắc "
                      "chắn không phải thông tin cá nhân, chạy lại với --accept-findings.", file=sys.stderr)
                return EXIT_FINDINGS
            # A body holding its units' accepted packages sends the whole đảng bộ upward.
            path = period_package(ledger, period=period, out_dir=args.out,
                                  accept=screening if screening.findings else None)
    except UserError as err:
        return _fail(err)
    print(path)
    return 0


def _print_findings(screening: Any) -> None:
    print(f"Rà soát thấy {len(screening.findings)} chỗ trông như thông tin cá nhân trong những gì "
          "sẽ gửi cấp trên:", file=sys.stderr)
    for line in screening.lines():
        print(f"  {line}", file=sys.stderr)


def cmd_verify(args: argparse.Namespace) -> int:
    try:
        key_text = read_public_key_file(args.pubkey) if args.pubkey else None
        pkg = verify_package(args.package, public_key=key_text)
    except UserError as err:
        return _fail(err)
    info = pkg.info
    if pkg.trusted:
        print(f"Gói hợp lệ, ký bằng khóa {args.pubkey}: {args.package}")
    else:
        print(f"Gói còn nguyên vẹn (chưa xác minh ai đã ký): {args.package}")
    print(f"Đơn vị: {pkg.unit_code} — {pkg.unit_name}")
    print(f"Kỳ: {pkg.period} ({info.get('DV-Period-Label', '')}), lần gửi {pkg.revision}")
    print(f"Mã gói: {pkg.uuid}")
    print(f"Tạo lúc: {pkg.created} (UTC)")
    print(f"Khóa ký: {pkg.fingerprint}")
    if pkg.listing is not None:
        below = [f"{e['code']} lần {e['revision']}" for e in pkg.listing["units"]]
        print(f"Gói của toàn đảng bộ, dựa trên {len(below)} gói của đơn vị cấp dưới: {', '.join(below)}")
    if not pkg.trusted:
        print(
            "CHƯA XÁC MINH NGUỒN GỐC: gói chỉ được kiểm tra bằng khóa công khai đi kèm trong gói, "
            "nên chỉ chứng minh gói còn nguyên vẹn, không chứng minh ai đã ký (ai cũng tạo được "
            f"một gói như vậy). Hãy so dấu vân tay {pkg.fingerprint} với khóa đơn vị đã đăng ký, "
            "hoặc kiểm tra lại với --pubkey.",
            file=sys.stderr,
        )
        return EXIT_UNVERIFIED
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            print("Lỗi: đổi khóa ký cần xác nhận: chạy lại với --yes.", file=sys.stderr)
            return 2
        answer = input("Đổi khóa ký của đơn vị? Khóa cũ sẽ bị hủy. Gõ “co” để đồng ý: ")
        if answer.strip().lower() not in ("co", "có", "yes", "y"):
            print("Chưa đổi khóa.")
            return 1
    try:
        with _open_ledger(args.db) as ledger:
            rotation = rotate_signing_key(ledger)
            text = public_key_text(ledger)
        _write_key(args.out, text)
    except UserError as err:
        return _fail(err)
    print(f"Đã đổi khóa ký của đơn vị {rotation.unit_code}.")
    print(f"Khóa cũ (đã hủy): {rotation.old_fingerprint}")
    print(f"Khóa mới:         {fingerprint(text)}")
    print("Từ nay mỗi gói gửi cấp trên mang thông báo đổi khóa ký bằng khóa cũ: cấp trên nhận khóa mới "
          "từ gói đầu tiên. Báo cáo in ra có dấu vân tay mới.")
    if args.out:
        print(f"Đã ghi khóa công khai mới vào {args.out}")
    return 0


def _write_key(out: Path | None, text: str) -> None:
    """The public key into ``out`` (for the superior to register), when asked for."""
    if out is not None:
        try:
            out.write_text(text, encoding="ascii")
        except OSError as exc:
            raise storage_error(exc, str(out)) from exc


def cmd_pubkey(args: argparse.Namespace) -> int:
    try:
        with _open_ledger(args.db) as ledger:
            text = public_key_text(ledger)
        _write_key(args.out, text)
    except UserError as err:
        return _fail(err)
    if args.out:
        print(f"Đã ghi khóa công khai vào {args.out}")
    else:
        print(text, end="")
    print(f"Dấu vân tay: {fingerprint(text)}")
    return 0
