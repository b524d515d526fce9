"""Odd and hostile input: every one gets a message, none a traceback, and nothing is written.

Files that are not files (a FIFO, /dev/zero behind a symlink), a zip whose central
directory is a bomb, JSON for ``dvdesktop add`` that is not UTF-8, UTF-16 from Notepad,
nested too deep or holding a lone surrogate, a reception register with 5,000-character
cells, and a command whose reader goes away (``| head``).
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from dvdesktop.cli import main
from dvdesktop.packages import PackageError, verify_bytes, verify_package
from dvdesktop.packages.safezip import Limits
from tests.conftest import snapshot
from tests.test_packages_support import FakeLedger, export_fake

POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


def _run(*args: str, timeout: int = 60, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """The real command in a child process: a hang fails the test instead of blocking it."""
    return subprocess.run([sys.executable, "-m", "dvdesktop", *args], capture_output=True, input=stdin,
                          timeout=timeout, check=False)


# ----------------------------------------------------------- not regular files
@POSIX
def test_a_fifo_named_like_a_package_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "x.dvpkg"
    os.mkfifo(fifo)
    proc = _run("verify", str(fifo))
    assert proc.returncode == 1, proc.stderr
    err = proc.stderr.decode()
    assert "đường ống (FIFO)" in err and "Traceback" not in err

    from dvdesktop.safety.crypto import open_data_file

    from dvdesktop.office import import_paths

    db = open_data_file(tmp_path / "khoi.db").ledger
    (direct,) = import_paths(db, [fifo])
    assert direct.outcome == "refused" and direct.code == "not_a_file"
    (noted,) = import_paths(db, [tmp_path])  # a folder scan passes it over with a note
    assert noted.outcome == "skipped" and "FIFO" in noted.reason and noted.ok
    assert db.db.one("SELECT count(*) AS n FROM submissions")["n"] == 0 and db.db.one("SELECT count(*) AS n FROM quarantine")["n"] == 0


@POSIX
def test_a_symlink_to_dev_zero_is_refused_without_reading_it(tmp_path: Path) -> None:
    link = tmp_path / "usb" / "zero.dvpkg"
    link.parent.mkdir()
    link.symlink_to("/dev/zero")
    tracemalloc.start()
    with pytest.raises(PackageError) as info:
        verify_package(link)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert info.value.code == "not_a_file" and "thiết bị" in str(info.value)
    assert peak < 1024 * 1024  # nothing was read

    from dvdesktop.office import import_paths
    from dvdesktop.safety.crypto import open_data_file

    db = open_data_file(tmp_path / "khoi.db").ledger
    (noted,) = import_paths(db, [link.parent])
    assert noted.outcome == "skipped" and "symlink" in noted.reason
    proc = _run("khoi", "import", "--db", str(tmp_path / "khoi.db"), str(link.parent))
    out = proc.stdout.decode()
    assert proc.returncode == 0 and "Bỏ qua" in out and "Traceback" not in proc.stderr.decode()


def test_a_folder_is_not_a_package(tmp_path: Path) -> None:
    folder = tmp_path / "a.dvpkg"
    folder.mkdir()
    with pytest.raises(PackageError, match="thư mục") as info:
        verify_package(folder)
    assert info.value.code == "not_a_file"


# ----------------------------------------------------- zip central directory
def _directory_bomb(entries: int, *, announced: int) -> bytes:
    """A zip whose central directory holds ``entries`` entries, its end record ``announced``."""
    local = b"PK\x03\x04" + bytes(26) + b"a"
    name = b"a"
    entry = struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0,
                        len(name), 0, 0, 0, 0, 0, 0) + name
    directory = entry * entries
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, announced, announced, len(directory), len(local), 0)
    return local + directory + end


@pytest.mark.parametrize("announced", [60000, 5], ids=["count in the end record", "a lying count"])
def test_a_huge_central_directory_is_refused_from_its_end_record(announced: int) -> None:
    data = _directory_bomb(300_000, announced=announced)  # 14 MiB, under the file cap
    assert len(data) < Limits().max_file
    tracemalloc.start()
    with pytest.raises(PackageError) as info:
        verify_bytes(data)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert info.value.code == "too_large"
    assert peak < 4 * 1024 * 1024  # refused before one entry was parsed


def test_zip64_and_multi_disk_zips_are_not_packages() -> None:
    data = bytearray(_directory_bomb(3, announced=3))
    data[-22 + 4:-22 + 6] = struct.pack("<H", 1)  # "disk 1"
    with pytest.raises(PackageError) as info:
        verify_bytes(bytes(data))
    assert info.value.code == "unsupported_zip"


def test_json_values_are_bounded_even_in_a_signed_package(tmp_path: Path) -> None:
    # A package signed by whoever made it (checked with the key it carries) may still hold
    # records crafted to blow up in memory: "[{},{},…]" costs 20x its size in Python.
    led = FakeLedger(receptions=[{"date": "2026-03-02", "channel": "visit", "category": "petition",
                                  "content": f"Kiến nghị {i}", "handling": "guide", "status": "pending"}
                                 for i in range(3000)])
    pkg = verify_package(export_fake(led, tmp_path))
    assert len(pkg.records["reception"]) == 3000
    with pytest.raises(PackageError, match="quá nhiều mục") as info:
        verify_package(tmp_path / "CB-01_2026-H1_r1.dvpkg", limits=Limits(max_json_items=5000))
    assert info.value.code == "too_large"


# ------------------------------------------------------------------ add --json
GOOD = {"date": "2026-03-05", "kind": "regular_cell", "title": "Sinh hoạt chi bộ tháng 3"}


@pytest.fixture
def unit_db(ledger, db_path: Path) -> Path:  # noqa: ANN001
    ledger.close()
    return db_path


def test_a_utf16_file_from_notepad_is_read(unit_db: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    for encoding in ("utf-16", "utf-16-be", "utf-8-sig", "utf-32"):
        f = tmp_path / f"{encoding}.json"
        f.write_bytes(json.dumps(GOOD, ensure_ascii=False).encode(encoding))
        assert main(["add", "meeting", "--db", str(unit_db), "--json", str(f)]) == 0, encoding
    assert capsys.readouterr().out.count("Đã lưu 1 bản ghi") == 4


BAD_JSON = {
    "not UTF-8": (b'{"title": "\xff\xfe\xfa"}', "không phải văn bản UTF-8"),
    "Latin-1 text": ('{"title": "Hội nghị"}'.encode("cp1258", "replace") + b"\xe0", "không phải văn bản UTF-8"),
    "deep nesting": (b"[" * 100_000, "lồng nhau quá sâu"),
    "nesting deeper than a record": (b"[" * 40 + b"]" * 40, "lồng nhau quá sâu"),
    "a lone surrogate": (b'{"date": "2026-03-05", "title": "\\ud800"}', "\\ud800"),
    "a lone surrogate in a key": (b'[{"\\udfff": 1}]', "tên trường"),
    "a number of 5,000 digits": (b'{"members_present": ' + b"9" * 5000 + b"}", "quá dài"),
    "NaN": (b'{"members_present": NaN}', "NaN"),
    "truncated": (b'{"date": "2026-03-05", "title": "x', "JSON không hợp lệ"),
    "empty": (b"", "JSON không hợp lệ"),
    "a list of numbers": (b"[1, 2, 3]", "phải là một đối tượng JSON"),
    "an empty list": (b"[]", "Không có bản ghi nào"),
}


@pytest.mark.parametrize("case", list(BAD_JSON), ids=list(BAD_JSON))
def test_every_bad_json_input_gets_a_message_and_writes_nothing(unit_db: Path, tmp_path: Path, case: str,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    data, expected = BAD_JSON[case]
    before = snapshot(unit_db)
    f = tmp_path / "in.json"
    f.write_bytes(data)
    assert main(["add", "meeting", "--db", str(unit_db), "--json", str(f)]) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert snapshot(unit_db) == before


def test_bad_json_on_standard_input_in_a_real_process(unit_db: Path) -> None:
    proc = _run("add", "meeting", "--db", str(unit_db), "--json", "-", stdin=b'{"title": "\\ud800"}')
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr and "\\ud800".encode() in proc.stderr


# --------------------------------------------------------------- long cells
def test_the_register_splits_a_5000_character_cell_across_pages(ledger, tmp_path: Path) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    from dvdesktop.reports.build import build_register

    words = " ".join(f"từ{i}" for i in range(2000))
    content = words[:4985] + " HẾTNỘIDUNG"
    assert len(content) <= 5000
    ledger.add("reception", {"date": "2026-03-02", "channel": "visit", "category": "complaint",
                             "content": content, "handling": "accept", "status": "pending",
                             "result": ("Theo dõi " * 300)[:1990] + " HẾTKẾTQUẢ",
                             "note": ("Ghi chú " * 300)[:1990] + " HẾTGHICHÚ",
                             "citizen_name": "Nguyễn Văn An"})
    ledger.add("reception", {"date": "2026-03-03", "channel": "visit", "category": "petition",
                             "content": "Vụ việc ngắn sau", "handling": "accept", "status": "pending"})
    out = build_register(ledger, period="2026-H1", out=tmp_path / "so.pdf")
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages).replace("\n", " ")
    assert len(reader.pages) > 2
    for marker in ("HẾTNỘIDUNG", "HẾTKẾTQUẢ", "HẾTGHICHÚ", "Vụ việc ngắn sau", "từ1999"[:5]):
        assert marker in text.replace(" ", "") or marker in text, marker


def test_cli_register_with_long_content(ledger, db_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    ledger.add("reception", {"date": "2026-03-02", "channel": "letter", "category": "complaint",
                             "content": ("Nội dung dài " * 400)[:5000], "handling": "accept", "status": "pending"})
    ledger.close()
    assert main(["register", "--db", str(db_path), "--period", "2026-H1", "--out", str(tmp_path / "s.pdf")]) == 0
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


# ------------------------------------------------------------------ | head
@POSIX
@pytest.mark.parametrize("argv", [["summary", "--period", "2026"], ["list", "meeting", "--format", "json"],
                                  ["search", "chi bộ"]])
def test_a_closed_pipe_is_quiet(unit_db: Path, argv: list[str]) -> None:
    from dvdesktop.core.ledger import Ledger

    with Ledger.open(unit_db) as led:
        led.add_many("meeting", [GOOD] * 50)
    cmd = " ".join(f"'{a}'" for a in [sys.executable, "-m", "dvdesktop", argv[0], "--db", str(unit_db), *argv[1:]])
    proc = subprocess.run(["bash", "-c", f"{cmd} | true; echo status=${{PIPESTATUS[0]}} >&2"],
                          capture_output=True, timeout=60, check=False)
    err = proc.stderr.decode()
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert "status=141" in err, err  # the reader left first: as a program ended by SIGPIPE


@POSIX
def test_a_key_file_that_is_not_a_file_is_refused_not_waited_on(tmp_path: Path) -> None:
    pkg = export_fake(FakeLedger(), tmp_path / "usb")
    fifo = tmp_path / "unit.pub"
    os.mkfifo(fifo)
    proc = _run("verify", str(pkg), "--pubkey", str(fifo))
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr and "khóa công khai".encode() in proc.stderr
    proc = _run("khoi", "trust", "--db", str(tmp_path / "khoi.db"), "--unit-code", "CB-01", "--pubkey", "/dev/zero")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr


@POSIX
def test_a_fifo_in_place_of_the_database_key_file_is_refused(tmp_path: Path) -> None:
    from dvdesktop.safety import keyfile

    os.mkfifo(tmp_path / "unit.key")
    with pytest.raises(keyfile.KeyFileError, match="không phải tệp thường"):
        keyfile.read(tmp_path / "unit.key")
