"""Commands ``backup``, ``restore``, ``backups``, ``encrypt``, ``passphrase``, ``check``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from dvdesktop.base.errors import UserError, WrongPassphraseError
from dvdesktop.base.i18n import QT_TRANSLATE_NOOP
from dvdesktop.cli.common import unlock_file
from dvdesktop.safety import crypto, keyfile
from dvdesktop.safety.backup import list_backups, make_backup, restore_backup, verify_backup
from dvdesktop.safety.keyfile import key_path
from dvdesktop.safety.merge import merge_paths

_REASONS_VI = {
    "daily": "hằng ngày", "migrate": "trước khi nâng cấp", "import": "trước khi nhập",
    "restore": "trước khi khôi phục", "encrypt": "sau khi mã hóa", "manual": "tự sao lưu",
    "damaged": "tệp hỏng được giữ lại", "merge": "trước khi gộp",
}


def _existing(path: str) -> Path:
    p = Path(path)
    if not p.is_file():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Không có tệp dữ liệu {path}."), path=str(p))
    return p


def cmd_backup(args: argparse.Namespace) -> int:
    out = make_backup(unlock_file(args.db), dest=Path(args.out))
    print(f"Đã sao lưu và kiểm tra bản sao: {out}")
    if key_path(out).exists():
        print(f"Tệp khóa đi kèm: {key_path(out)} (chép cả hai tệp; mở bằng mật khẩu hoặc mã khôi phục).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    db, source = Path(args.db), Path(getattr(args, "from"))
    needs = crypto.is_encrypted(source) or crypto.is_encrypted(db)
    secret = crypto.read_secret("Mật khẩu (hoặc mã khôi phục): ") if needs else None
    target = crypto.unlock(db, secret) if db.exists() else crypto.DataFile(db)
    kept = restore_backup(target, source=source, passphrase=secret)
    print(f"Đã khôi phục {db} từ {source}.")
    if kept != db:
        print(f"Dữ liệu trước khi khôi phục được giữ ở: {kept}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    items = list_backups(Path(args.db))
    for b in items:
        lock = "mã hóa" if b.encrypted else "không mã hóa"
        print(f"{b.taken:%d/%m/%Y %H:%M}  {_REASONS_VI.get(b.reason, b.reason):<22} {lock:<13} {b.path}")
    print(f"({len(items)} bản sao lưu tự động)")
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    db = _existing(args.db)
    if crypto.is_encrypted(db):
        raise crypto.AlreadyEncryptedError(QT_TRANSLATE_NOOP("Errors", "Tệp {path} đã được mã hóa."), path=str(db))
    passphrase = crypto.read_new_passphrase() if not _env_passphrase() else _env_passphrase()
    result = crypto.encrypt_existing(crypto.DataFile(db), passphrase)
    print(f"Đã mã hóa {db}. Tệp khóa: {result.key_file} (luôn đi cùng tệp dữ liệu).")
    print_recovery(result.recovery_key)
    if result.removed_plain_backups:
        print(f"Đã xóa {len(result.removed_plain_backups)} bản sao lưu tự động chưa mã hóa; "
              f"bản sao lưu mới (đã mã hóa): {result.backup}")
    print("Các bản sao lưu chưa mã hóa bạn đã tự chép ra USB trước đây vẫn đọc được: hãy xóa chúng.")
    return 0


def _env_passphrase() -> str | None:
    value = os.environ.get(crypto.NEW_PASSPHRASE_ENV) or os.environ.get(crypto.PASSPHRASE_ENV)
    if value:
        crypto.check_passphrase(value)
    return value or None


def print_recovery(code: str) -> None:
    """The recovery key, printed once, with what to do with it."""
    print()
    print("MÃ KHÔI PHỤC (chỉ hiện một lần; chép ra giấy, cất riêng nơi an toàn):")
    print(f"    {code}")
    print("Quên mật khẩu thì dùng mã này thay mật khẩu để mở tệp và đặt mật khẩu mới:")
    print("    dvdesktop passphrase --db <tệp dữ liệu>")
    print()


def cmd_passphrase(args: argparse.Namespace) -> int:
    db = _existing(args.db)
    old = crypto.read_secret("Mật khẩu hiện tại (hoặc mã khôi phục): ")
    new = crypto.read_new_passphrase()
    recovery = crypto.change_passphrase(crypto.unlock(db, old), new, new_recovery_key=args.new_recovery_key)
    print(f"Đã đổi mật khẩu của {db}.")
    if recovery:
        print_recovery(recovery)
        print("Mã khôi phục cũ (nếu có) không còn dùng được cho tệp này.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    db = _existing(args.db)
    encrypted = crypto.is_encrypted(db)
    secret = crypto.read_secret("Mật khẩu tệp dữ liệu (hoặc mã khôi phục): ") if encrypted else None
    key = crypto.unlock(db, secret).key
    try:
        counts = verify_backup(db, key=key)
    except WrongPassphraseError as exc:
        raise crypto.explain_wrong_key(db, key, exc) from exc
    except UserError as exc:
        print(f"Tệp {db} KHÔNG đạt kiểm tra toàn vẹn ({exc}). Hãy khôi phục từ bản sao lưu (dvdesktop restore).")
        return 1
    rows = sum(v for k, v in counts.items() if not k.startswith(("search", "_sqlite")))
    print(f"Tệp {db}: toàn vẹn (integrity_check = ok), {rows} dòng dữ liệu.")
    if encrypted:
        kf = keyfile.key_path(db)
        print(f"Đã mã hóa (SQLCipher); tệp khóa: {kf if kf.exists() else 'không dùng (mã hóa bằng mật khẩu)'}.")
    else:
        print("Chưa mã hóa: dữ liệu cá nhân trong sổ tiếp công dân đọc được nếu lấy được tệp. "
              "Mã hóa bằng: dvdesktop encrypt --db " + str(db))
    backups = list_backups(db)
    if backups:
        print(f"Bản sao lưu tự động gần nhất: {backups[0].taken:%d/%m/%Y %H:%M} ({len(backups)} bản).")
    else:
        print("Chưa có bản sao lưu tự động nào.")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    paths = [str(_existing(p)) for p in getattr(args, "from")]
    with crypto.open_data_file(_existing(args.db), crypto.secret_for_cli(args.db)) as target:
        result = merge_paths(target, paths, {p: crypto.secret_for_cli(p) for p in paths})
    for code, kinds in result.added.items():
        parts = ", ".join(f"{kind} {n}" for kind, n in kinds.items() if n) or "không có bản ghi"
        print(f"Từ đơn vị {code}: {parts}")
    if result.duplicates:
        print(f"Bỏ qua {len(result.duplicates)} bản ghi trùng mã (đã có trong tệp):")
        for kind, uid, code in result.duplicates:
            print(f"  {code} {kind} {uid}")
    print(f"Đã gộp {result.total} bản ghi vào {args.db}.")
    return 0


def register(sub: Any) -> None:
    """Add the safety commands to the ``dvdesktop`` parser."""
    secret_note = " Mật khẩu lấy từ biến môi trường DVDESKTOP_PASSPHRASE hoặc được hỏi khi chạy."

    p = sub.add_parser("backup", help="sao lưu tệp dữ liệu ra một tệp (ví dụ trên USB) và kiểm tra bản sao",
                       description="Sao lưu bằng API sao lưu của SQLite, kiểm tra toàn vẹn và số dòng của "
                       "bản sao. Tệp đã mã hóa thì bản sao cũng mã hóa, kèm tệp .key." + secret_note)
    p.add_argument("--db", required=True, help="tệp dữ liệu")
    p.add_argument("--out", required=True, help="tệp sao lưu sẽ ghi, hoặc một thư mục (ví dụ E:\\)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="khôi phục tệp dữ liệu từ một bản sao lưu (giữ lại bản đang có)",
                       description="Kiểm tra bản sao lưu trước, giữ một bản sao của dữ liệu đang có trong "
                       "thư mục sao lưu, rồi thay thế trong một bước. Đóng cửa sổ dvdesktop trước." + secret_note)
    p.add_argument("--db", required=True, help="tệp dữ liệu sẽ được thay")
    p.add_argument("--from", required=True, metavar="FILE", help="tệp sao lưu")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("backups", help="liệt kê các bản sao lưu tự động của một tệp dữ liệu")
    p.add_argument("--db", required=True)
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("encrypt", help="mã hóa tệp dữ liệu bằng mật khẩu; in mã khôi phục một lần",
                       description="Mã hóa (SQLCipher) tệp dữ liệu. Mật khẩu được hỏi hai lần (hoặc lấy từ "
                       "DVDESKTOP_NEW_PASSPHRASE / DVDESKTOP_PASSPHRASE). Mã khôi phục chỉ in một lần.")
    p.add_argument("--db", required=True)
    p.set_defaults(func=cmd_encrypt)

    p = sub.add_parser("passphrase", help="đổi mật khẩu (dùng mật khẩu cũ hoặc mã khôi phục)",
                       description="Đổi mật khẩu của tệp đã mã hóa. Quên mật khẩu: nhập mã khôi phục thay "
                       "mật khẩu hiện tại. Mật khẩu mới: hỏi hai lần hoặc DVDESKTOP_NEW_PASSPHRASE.")
    p.add_argument("--db", required=True)
    p.add_argument("--new-recovery-key", action="store_true", help="tạo mã khôi phục mới (mã cũ hết hiệu lực)")
    p.set_defaults(func=cmd_passphrase)

    p = sub.add_parser("merge", help="gộp lịch sử của các đơn vị cũ (đã sáp nhập) vào tệp của đơn vị mới",
                       description="Mỗi bản ghi giữ mã đơn vị cũ nó đến từ, để so với cùng kỳ tính trên cả địa "
                       "bàn đã gộp. Sao lưu tệp mới trước, gộp trong một bước: lỗi thì không ghi gì. Bản ghi "
                       "trùng mã chỉ lấy một lần và được liệt kê." + secret_note)
    p.add_argument("--db", required=True, help="tệp dữ liệu của đơn vị mới")
    p.add_argument("--from", required=True, action="append", metavar="OLD.db",
                   help="tệp dữ liệu của một đơn vị cũ (nhắc lại --from cho mỗi đơn vị)")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("check", help="kiểm tra toàn vẹn tệp dữ liệu, mã hóa và sao lưu")
    p.add_argument("--db", required=True)
    p.set_defaults(func=cmd_check)
