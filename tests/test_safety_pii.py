"""No personal data leaves: a package for the superior carries no citizen's name, address or ID.

Known names, addresses and 12-digit ID numbers are planted in reception records (one of
them a denunciation, whose author the law keeps secret), a real package is exported with
the real PDF report, and every byte that would travel on the USB stick is searched: the
zip itself, every entry, and the text pypdf extracts from the report.
"""

from __future__ import annotations

import unicodedata
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from dvdesktop.store.fold import fold

export = pytest.importorskip(
    "dvdesktop.packages.export", reason="dvdesktop.packages.export is not in this build yet"
)

PEOPLE = [
    ("Nguyễn Thị Tố Giác", "Số 12 ngõ 5 đường Lê Lợi, thôn Đông Hải", "040187654321", "denunciation"),
    ("Trần Văn Khiếu Nại", "Xóm 9B, xã Quỳnh Lộc", "040299887766", "complaint"),
    ("Lê Hoàng Kiến Nghị", "Khu dân cư Bắc Sơn, tổ 7", "001090123456", "petition"),
]


def _needles() -> list[str]:
    out: list[str] = []
    for name, address, cccd, _ in PEOPLE:
        out += [name, address, cccd, fold(name), fold(address), name.upper(),
                name.split()[-1] + " " + name.split()[-2] if len(name.split()) > 2 else name]
        out.append(cccd[:6] + " " + cccd[6:])
    return out


def _texts(blob: bytes) -> list[str]:
    """Ways the same bytes could spell a name: UTF-8, UTF-16, NFD, and diacritic-free."""
    texts = []
    for enc in ("utf-8", "utf-16-le", "utf-16-be", "latin-1"):
        texts.append(blob.decode(enc, errors="ignore"))
    return texts


def _assert_clean(where: str, blob: bytes) -> None:
    texts = _texts(blob)
    texts += [unicodedata.normalize("NFC", t) for t in texts]
    texts += [fold(t) for t in texts[:2]]
    for needle in _needles():
        for text in texts:
            assert needle not in text and needle.lower() not in text.lower(), f"{needle!r} found in {where}"


def test_an_exported_package_carries_no_personal_data(ledger, tmp_path):
    from pypdf import PdfReader

    for i, (name, address, cccd, category) in enumerate(PEOPLE):
        ledger.add("reception", {
            "date": f"2026-0{i + 2}-1{i}", "channel": "visit", "category": category,
            "content": f"Nội dung vụ việc số {i + 1} về đất đai", "handling": "accept", "status": "pending",
            "accepted_date": f"2026-0{i + 2}-1{i + 2}", "citizen_name": name,
            "citizen_address": address, "citizen_id": cccd,
            "note": "Công dân đề nghị giữ kín danh tính" if category == "denunciation" else "",
        })
    ledger.add("meeting", {"date": "2026-03-05", "kind": "regular_cell", "title": "Sinh hoạt chi bộ tháng 3",
                           "members_expected": 10, "members_present": 9})
    pkg = export.export_package(ledger, period="2026-H1", out_dir=tmp_path / "usb")
    blob = Path(pkg).read_bytes()
    _assert_clean(pkg.name, blob)
    _assert_clean("file name", pkg.name.encode())

    with zipfile.ZipFile(BytesIO(blob)) as zf:
        names = zf.namelist()
        assert "data/summary.json" in names or any(n.endswith("summary.json") for n in names)
        pdfs = 0
        for entry in names:
            data = zf.read(entry)
            _assert_clean(entry, data)
            _assert_clean(f"name of {entry}", entry.encode())
            if entry.endswith(".pdf"):
                pdfs += 1
                reader = PdfReader(BytesIO(data))
                text = "\n".join(page.extract_text() or "" for page in reader.pages)
                assert text.strip(), "the report has text to search"
                _assert_clean(f"{entry} (extracted text)", text.encode("utf-8"))
                _assert_clean(f"{entry} (extracted text, no spaces)", text.replace(" ", "").encode("utf-8"))
                for page in reader.pages:  # decompressed content streams
                    contents = page.get_contents()
                    if contents is not None:
                        _assert_clean(f"{entry} (content stream)", contents.get_data())
        assert pdfs == 1
        records = [n for n in names if "reception" in n]
        assert records, "the de-identified reception records travel"
        assert b'"category":"denunciation"' in zf.read(records[0]), "the matter is counted"
        assert "Nội dung vụ việc số 1".encode() not in blob, "its content stays at the unit"


def test_the_local_files_do_hold_the_data_so_the_check_above_means_something(ledger):
    name, address, cccd, category = PEOPLE[0]
    ledger.add("reception", {"date": "2026-02-10", "channel": "visit", "category": category,
                             "content": "x", "handling": "accept", "status": "pending",
                             "citizen_name": name, "citizen_address": address, "citizen_id": cccd})
    with pytest.raises(AssertionError):
        _assert_clean("database", Path(ledger.path).read_bytes()
                      + Path(ledger.path + "-wal").read_bytes())
