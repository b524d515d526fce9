"""Measure what personal data a unit's database leaves readable on a real ext4 disk.

Needs root and a loop device (``losetup``): each scenario formats a fresh 64 MiB ext4
image, mounts it with ``mount -o loop``, puts the unit's data folder (database, key file,
automatic backups) on it, records receptions of a denouncer with a known name, ID number
and content over several sessions (each one opens and closes the database, as the window
and the commands do), unmounts, then reads the raw image and counts the 4 KiB blocks in
which any of those texts can be read: in UTF-8, UTF-16, and the diacritic-folded form the
search index keeps. Allocated or freed, a block that holds them counts.

Scenarios:

- ``plain``: never encrypted (shows the scan finds what is there);
- ``encrypt-existing``: plain first, then ``encrypt_existing`` (``dvdesktop encrypt``);
- ``encrypted-from-start``: ``create_encrypted`` (``dvdesktop init --encrypt``) first;
- ``encrypt-existing`` again on a file system mounted with ``data=journal``, where ext4
  copies every data block through its journal first (what overwriting cannot reach).

    sudo .venv/bin/python tools/plaintext_on_disk.py [--sessions 6] [--records 40]

Prints one line per scenario; exits 1 if an encrypted scenario on an ordinary ext4 mount
left anything readable.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NAME = "Phạm Thị Bích Ngọc"
CCCD = "040198765432"
CONTENT = "Tố cáo cán bộ thôn Hải Thanh thu tiền sai quy định"
PASSPHRASE = "Mật khẩu chi bộ 2026"
BLOCK = 4096


def _needles() -> dict[str, list[bytes]]:
    from dvdesktop.store.fold import fold

    out: dict[str, list[bytes]] = {}
    for label, text in (("name", NAME), ("cccd", CCCD), ("content", CONTENT)):
        forms = {text, fold(text)}
        out[label] = sorted({f.encode(enc) for f in forms for enc in ("utf-8", "utf-16-le")}
                            | {text[:12].encode("utf-8"), fold(text)[:12].encode("utf-8")})
    return out


@dataclass
class Result:
    scenario: str
    mount_options: str
    blocks: int = 0  # 4 KiB blocks of the image holding any needle
    by_text: dict[str, int] = field(default_factory=dict)  # needle label -> blocks

    def line(self) -> str:
        detail = ", ".join(f"{k} {v}" for k, v in self.by_text.items())
        return f"{self.scenario:<22} {self.mount_options:<14} {self.blocks:>5} blocks ({detail})"


def available() -> str | None:
    """None when loop-mounting works here, else why not."""
    if os.name != "posix" or os.geteuid() != 0:
        return "needs root on Linux"
    for tool in ("losetup", "mount", "umount", "mkfs.ext4"):
        if shutil.which(tool) is None:
            return f"{tool} not found"
    probe = subprocess.run(["losetup", "-f"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        return "no free loop device: " + (probe.stderr.strip() or "losetup -f failed")
    return None


@contextlib.contextmanager
def mounted_image(work: Path, *, options: str = "") -> Iterator[tuple[Path, Path]]:
    """A fresh ext4 image mounted with ``mount -o loop``; yields (image, mount point)."""
    image, mnt = work / "disk.ext4", work / "mnt"
    with open(image, "wb") as fh:
        fh.truncate(64 * 1024 * 1024)
    subprocess.run(["mkfs.ext4", "-q", "-F", "-b", str(BLOCK), str(image)], check=True)
    mnt.mkdir()
    opts = "loop" + (f",{options}" if options else "")
    subprocess.run(["mount", "-o", opts, str(image), str(mnt)], check=True)
    try:
        yield image, mnt
    finally:
        subprocess.run(["umount", str(mnt)], check=True)


def _record(i: int) -> dict[str, object]:
    return {"date": f"2026-03-{1 + i % 28:02d}", "channel": "visit", "category": "denunciation",
            "content": f"{CONTENT} (lần {i})", "handling": "accept", "status": "pending",
            "citizen_name": NAME, "citizen_id": CCCD, "note": f"Ghi chú {i}: {NAME}"}


def _sessions(db: Path, *, secret: str | None, sessions: int, records: int) -> None:
    """Record ``records`` receptions in each of ``sessions`` open-close sessions."""
    from dvdesktop.safety import crypto

    for s in range(sessions):
        led = crypto.open_data_file(db, secret).ledger
        try:
            if s == 0 and led.unit() is None:
                led.set_unit({"code": "CB-01", "name": "Chi bộ thôn Hải Thanh", "type": "chi_bo_co_so",
                              "superior": "Đảng ủy xã Quỳnh Lộc"})
            for i in range(records):
                led.add("reception", _record(s * records + i))
            # Deleting and emptying the trash frees pages inside the file too.
            first = led.list("reception", limit=1)
            if first:
                led.delete("reception", first[0]["id"])
                led.empty_trash()
        finally:
            led.close()


def run(scenario: str, *, options: str = "", sessions: int = 6, records: int = 40) -> Result:
    """Run one scenario on a fresh image and count what is readable afterwards."""
    from dvdesktop.safety import crypto

    with tempfile.TemporaryDirectory(prefix="dvdesktop-disk-") as tmp:
        work = Path(tmp)
        with mounted_image(work, options=options) as (image, mnt):
            data = mnt / "data"
            data.mkdir()
            old_env = os.environ.get("DVDESKTOP_DATA_DIR")
            os.environ["DVDESKTOP_DATA_DIR"] = str(data)
            try:
                db = data / "dvdesktop.db"
                if scenario == "plain":
                    _sessions(db, secret=None, sessions=sessions, records=records)
                elif scenario == "encrypt-existing":
                    _sessions(db, secret=None, sessions=sessions, records=records)
                    crypto.encrypt_existing(crypto.DataFile(db), PASSPHRASE)
                    _sessions(db, secret=PASSPHRASE, sessions=2, records=records)
                elif scenario == "encrypted-from-start":
                    created = crypto.create_encrypted(db, PASSPHRASE)
                    created.file.close()
                    _sessions(db, secret=PASSPHRASE, sessions=sessions, records=records)
                else:
                    raise ValueError(scenario)
            finally:
                if old_env is None:
                    os.environ.pop("DVDESKTOP_DATA_DIR", None)
                else:
                    os.environ["DVDESKTOP_DATA_DIR"] = old_env
        raw = image.read_bytes()
    result = Result(scenario, options or "defaults")
    hit_blocks: set[int] = set()
    for label, needles in _needles().items():
        blocks: set[int] = set()
        for needle in needles:
            start = 0
            while (at := raw.find(needle, start)) >= 0:
                blocks.add(at // BLOCK)
                start = at + 1
        result.by_text[label] = len(blocks)
        hit_blocks |= blocks
    result.blocks = len(hit_blocks)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=6)
    parser.add_argument("--records", type=int, default=40)
    args = parser.parse_args(argv)
    why = available()
    if why:
        print(f"cannot loop-mount here: {why}", file=sys.stderr)
        return 2
    bad = False
    for scenario, options in (("plain", ""), ("encrypt-existing", ""), ("encrypted-from-start", ""),
                              ("encrypt-existing", "data=journal")):
        result = run(scenario, options=options, sessions=args.sessions, records=args.records)
        print(result.line(), flush=True)
        if scenario != "plain" and not options and result.blocks:
            bad = True
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
