"""What leaves a unit: a unique marker in every field of every kind, searched in every byte.

Each text field of each kind (and the unit profile, the report's typed sections, a case
code and a uid) gets its own marker; a real package is exported with the real report PDF;
the markers are searched in the file, in every zip member, in the PDF's extracted text and
in every one of its streams, decompressed. The set of markers that reach the package must
be exactly the free text docs/packages.md lists as leaving, and none of the reception's
free text or of the register's fields.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from dvdesktop.core.domain import KINDS
from dvdesktop.packages import FREE_TEXT, LEAVES, PersonalDataFound, export_package, screen_export
from dvdesktop.store.fold import fold

PERIOD = "2026-H1"
CITIZEN_ID = "097531864209"  # the one field that must be digits: a unique 12-digit number


def _marker(kind: str, field: str) -> str:
    # Letters only: no digits for the number detectors, no spaces for the PDF's line breaks.
    # At most 18 characters, so it fits the shortest field (a CCCD number, 20).
    return "Zq" + kind[:3] + re.sub(r"[^a-z]", "", field.lower())[:11] + "Qz"


def _record(kind: str, *, individual: bool = False) -> dict[str, Any]:
    """A valid record of ``kind`` with a marker in every text field."""
    spec = KINDS[kind]
    rec: dict[str, Any] = {}
    for f in spec.fields:
        if f.type in ("text", "longtext"):
            rec[f.name] = _marker(kind, f.name)
        elif f.type == "date":
            rec[f.name] = "2026-03-10"
        elif f.type == "int":
            rec[f.name] = 2026 if f.name == "year" else max(f.minimum or 0, 3)
        elif f.type == "choice":
            rec[f.name] = f.default if f.default is not None else f.choices[0]
        elif f.type == "doclist":
            rec[f.name] = ["25-NQ/TW"]
        elif f.type == "issues":
            rec[f.name] = [{"summary": _marker(kind, "issuesummary"), "status": "resolved"}]
    if kind == "reception":
        rec["citizen_id"] = CITIZEN_ID
        rec["case_code"] = _marker(kind, "casecode")
        rec["category"] = "denunciation"
        rec["status"] = "resolved"
    if kind == "award":
        rec["recipient_type"] = "individual" if individual else "collective"
    if kind == "model":
        rec["holder"] = "individual" if individual else "collective"
    rec["uid"] = _marker(kind, "uid" + ("individual" if individual else ""))
    if individual:
        for name in ("recipient", "name"):
            if name in rec:
                rec[name] = _marker(kind, name + "individual")
    return rec


def _pdf_texts(pdf: bytes) -> list[str]:
    """The PDF's extracted text, its metadata, and every stream of the file decompressed.

    Streams are found twice: by walking pypdf's object graph from the trailer (filters
    applied by pypdf), and by scanning the raw bytes for ``stream … endstream`` and
    inflating each one ourselves (ASCII85 and Flate, as reportlab writes them).
    """
    import base64
    import zlib

    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

    reader = PdfReader(io.BytesIO(pdf))
    out = ["\n".join(page.extract_text() or "" for page in reader.pages)]
    out += [str(v) for v in (reader.metadata or {}).values()]
    seen: set[int] = set()
    todo: list[Any] = [reader.trailer]
    streams = 0
    while todo:
        obj = todo.pop()
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                continue
            seen.add(obj.idnum)
            obj = obj.get_object()
        if isinstance(obj, StreamObject):
            data = obj.get_data()
            streams += 1
            out += [data.decode("latin-1"), data.decode("utf-8", "ignore"), data.decode("utf-16-be", "ignore")]
        if isinstance(obj, DictionaryObject):
            todo += list(obj.values())
        elif isinstance(obj, ArrayObject):
            todo += list(obj)
        elif not isinstance(obj, (StreamObject,)):
            out.append(str(obj))
    raw = 0
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        data = m.group(1).strip()
        for attempt in (lambda d: zlib.decompress(base64.a85decode(d, adobe=True)), zlib.decompress):
            try:
                out.append(attempt(data).decode("latin-1"))
                raw += 1
                break
            except Exception:  # noqa: BLE001, S112 - not this filter
                continue
    assert streams > 5 and raw > 5, (streams, raw)
    return out


def _haystacks(pkg: Path) -> dict[str, list[str]]:
    raw = pkg.read_bytes()
    places: dict[str, list[str]] = {"file": [raw.decode("latin-1"), pkg.name]}
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        for info in zf.infolist():
            data = zf.read(info)
            places[info.filename] = [info.filename, data.decode("utf-8", "ignore"), data.decode("latin-1")]
            if info.filename.endswith(".pdf"):
                places[info.filename + " (text, streams)"] = _pdf_texts(data)
    return places


def _reached(markers: dict[str, str], places: dict[str, list[str]]) -> dict[str, list[str]]:
    """marker name -> the places it reached (case and diacritics ignored, spaces dropped)."""
    folded = {where: [fold(t).replace(" ", "").replace("\n", "") for t in texts] for where, texts in places.items()}
    out: dict[str, list[str]] = {}
    for name, marker in markers.items():
        m = fold(marker)
        hits = [where for where, texts in folded.items() if any(m in t for t in texts)]
        if hits:
            out[name] = hits
    return out


@pytest.fixture
def planted(ledger, tmp_path: Path) -> tuple[Path, dict[str, str]]:  # noqa: ANN001
    markers: dict[str, str] = {}
    unit = dict(ledger.unit())
    for name in ("name", "superior", "secretary", "place"):
        unit[name] = _marker("unit", name)
        markers[f"unit.{name}"] = unit[name]
    ledger.set_unit(unit)
    for kind in KINDS:
        for individual in ((False, True) if kind in ("award", "model") else (False,)):
            rec = _record(kind, individual=individual)
            ledger.add(kind, rec)
            suffix = ".individual" if individual else ""
            for key, value in rec.items():
                if isinstance(value, str) and (value.startswith("Zq") or value == CITIZEN_ID):
                    markers[f"{kind}.{key}{suffix}"] = value
            if kind == "dialogue":
                markers["dialogue.issues.summary"] = rec["issues"][0]["summary"]
    ledger.set_period_text(PERIOD, limitations=_marker("report", "limitations"),
                           directions=_marker("report", "directions"))
    markers["report.limitations"] = _marker("report", "limitations")
    markers["report.directions"] = _marker("report", "directions")
    assert screen_export(ledger, period=PERIOD).clean  # markers are not personal data
    pkg = export_package(ledger, period=PERIOD, out_dir=tmp_path / "usb")
    return pkg, markers


def test_only_the_listed_free_text_reaches_any_byte_of_the_package(planted) -> None:  # noqa: ANN001
    pkg, markers = planted
    reached = _reached(markers, _haystacks(pkg))
    expected = {f"{kind}.{name}" for kind, name in FREE_TEXT}
    # Records of individuals: the same, less the person's name.
    expected |= {f"{kind}.{name}.individual" for kind, name in FREE_TEXT
                 if kind in ("award", "model") and name not in ("recipient", "name")}
    # The report is the unit's own document: its profile and its typed sections travel in it.
    expected |= {"unit.name", "unit.superior", "unit.secretary", "unit.place",
                 "report.limitations", "report.directions"}
    assert set(reached) == expected, {k: v for k, v in reached.items()}

    never = {k for k in markers if k.startswith("reception.")}
    assert never >= {"reception.content", "reception.result", "reception.agency", "reception.note",
                     "reception.citizen_name", "reception.citizen_address", "reception.citizen_id",
                     "reception.case_code", "reception.uid"}
    assert not never & set(reached), "0 bytes of reception free text or of the register"
    assert {"award.recipient.individual", "model.name.individual"}.isdisjoint(reached)
    # The records themselves carry only their listed fields (and the uid's pseudonym).
    leaves = {k: set(v) | {"uid"} for k, v in LEAVES.items()}
    with zipfile.ZipFile(pkg) as zf:
        for kind in KINDS:
            rows = json.loads(zf.read(f"data/records/{kind}.json"))
            assert rows, kind
            for row in rows:
                assert set(row) <= leaves[kind], (kind, set(row) - leaves[kind])


def test_the_marker_search_finds_what_is_there(planted, tmp_path: Path) -> None:  # noqa: ANN001
    """The search above can fail: the same markers are found in the unit's own register PDF."""
    from dvdesktop.reports.register import render_register_pdf

    _, markers = planted
    rec = _record("reception")
    out = render_register_pdf(unit={"name": "x"}, period_label="p", entries=[rec], out=tmp_path / "r.pdf",
                              reveal_denouncers=True)
    reached = _reached(markers, {"register": _pdf_texts(out.read_bytes())})
    assert {"reception.content", "reception.citizen_name", "reception.citizen_id"} <= set(reached)


# --------------------------------------------------------------------- screening
def _add_clean_unit_data(ledger) -> None:  # noqa: ANN001
    ledger.add("reception", {"date": "2026-03-02", "channel": "visit", "category": "denunciation",
                             "content": "Tố cáo cán bộ thôn, SĐT người tố cáo 0912 345 678",
                             "citizen_name": "Nguyễn Thị Tố Giác", "citizen_id": "040187654321",
                             "handling": "accept", "status": "pending"})


def test_personal_data_in_leaving_text_stops_the_export(ledger, tmp_path: Path) -> None:  # noqa: ANN001
    _add_clean_unit_data(ledger)  # the phone number in the reception's content never leaves
    assert screen_export(ledger, period=PERIOD).clean
    meeting = ledger.add("meeting", {"date": "2026-03-05", "kind": "regular_cell",
                                     "title": "Đối thoại với bà nguyen thi to giac (ĐT 0987.654.321)"})
    ledger.add("dialogue", {"date": "2026-04-01", "host": "Chủ tịch xã", "counterpart": "citizens",
                            "topic": "Phản ánh của công dân CCCD 040 187 654 321, thư an.nguyen@gmail.com"})
    ledger.add("award", {"date": "2026-04-02", "recipient_type": "individual", "level": "merit",
                         "recipient": "Nguyễn Thị Tố Giác 0912345678", "issuer": "Đảng ủy xã"})
    ledger.set_period_text(PERIOD, limitations="Còn vụ việc của ông Thị Tố Giác chưa xong", directions="")

    screening = screen_export(ledger, period=PERIOD)
    found = {(f.kind, f.field, f.category) for f in screening.findings}
    assert found == {
        ("meeting", "title", "register_name"), ("meeting", "title", "phone"),
        ("dialogue", "topic", "cccd"), ("dialogue", "topic", "email"),
        ("report", "limitations", "register_name"),
    }  # the individual's award never leaves, so it is not screened
    title = next(f for f in screening.findings if f.kind == "meeting" and f.category == "phone")
    assert title.record_id == meeting["id"] and title.match == "0987.654.321"
    assert "Tên hội nghị" in title.message() and "05/03/2026" in title.message()
    assert "Sửa trường “Tên hội nghị, nội dung”" in title.fix

    usb = tmp_path / "usb"
    with pytest.raises(PersonalDataFound) as info:
        export_package(ledger, period=PERIOD, out_dir=usb)
    assert info.value.code == "personal_data" and len(info.value.screening.findings) == 5
    assert not usb.exists() or not any(usb.iterdir())
    assert ledger.exports() == []

    # Something changed after the user looked: what they accepted is no longer what is there.
    ledger.update("meeting", meeting["id"], {**meeting, "title": "Gọi 0911111111"})
    with pytest.raises(PersonalDataFound):
        export_package(ledger, period=PERIOD, out_dir=usb, accept=screening)
    again = screen_export(ledger, period=PERIOD)
    pkg = export_package(ledger, period=PERIOD, out_dir=usb, accept=again)
    assert pkg.exists()


def test_the_export_reads_every_field_it_screens_and_sends(ledger) -> None:  # noqa: ANN001
    # The export lists only ``export_fields(kind)`` of each record: the screening and the
    # records that leave must be exactly what they are from whole records.
    from dvdesktop.packages.export import export_fields
    from dvdesktop.packages.minimise import minimise, minimise_many, pseudonym_key

    for kind in KINDS:
        for individual in ((False, True) if kind in ("award", "model") else (False,)):
            rec = _record(kind, individual=individual)
            for k, name in FREE_TEXT:
                if k == kind:
                    rec[name] = f"{rec[name]} gọi 0912 345 678"
            ledger.add(kind, rec)
    whole = {kind: ledger.list(kind, period=PERIOD) for kind in KINDS}
    listed = {kind: ledger.list(kind, period=PERIOD, fields=export_fields(kind)) for kind in KINDS}
    assert all(set(listed[k][0]) < set(whole[k][0]) for k in KINDS)  # fewer fields: the test can fail
    screening = screen_export(ledger, period=PERIOD, records=listed)
    assert screening == screen_export(ledger, period=PERIOD, records=whole)
    assert {(f.kind, f.field) for f in screening.findings} == set(FREE_TEXT)
    key = pseudonym_key(ledger)
    for kind in KINDS:
        sent = [list(r.items()) for r in minimise_many(kind, listed[kind], key=key)]
        assert sent == [list(minimise(kind, r, key=key).items()) for r in whole[kind]], kind


def _fresh_findings(ledger) -> list[tuple]:  # noqa: ANN001
    """The findings of a screening made with nothing remembered from an earlier one."""
    from dvdesktop.packages import screen

    screen._register_cache.clear()
    return [(f.kind, f.record_id, f.field, f.category, f.match) for f in screen_export(ledger, period=PERIOD).findings]


def test_a_remembered_screening_follows_every_change_of_register_and_text(ledger) -> None:  # noqa: ANN001
    _add_clean_unit_data(ledger)
    meeting = ledger.add("meeting", {"date": "2026-03-05", "kind": "regular_cell",
                                     "title": "Làm việc với ông Trần Văn Bình về đất"})

    def remembered() -> list[tuple]:
        return [(f.kind, f.record_id, f.field, f.category, f.match)
                for f in screen_export(ledger, period=PERIOD).findings]

    assert remembered() == remembered() == _fresh_findings(ledger) == []
    # A reception added later puts a new name in the register: the same title now matches.
    ledger.add("reception", {"date": "2026-03-09", "channel": "visit", "category": "complaint",
                             "content": "Khiếu nại", "citizen_name": "Trần Văn Bình",
                             "citizen_id": "", "handling": "accept", "status": "pending"})
    assert remembered() == _fresh_findings(ledger) == [
        ("meeting", meeting["id"], "title", "register_name", "Trần Văn Bình")]
    # The text changed: its findings are those of the new text.
    ledger.update("meeting", meeting["id"], {**meeting, "title": "Ông Bình, gọi 0912 345 678"})
    assert remembered() == _fresh_findings(ledger) == [
        ("meeting", meeting["id"], "title", "phone", "0912 345 678")]
    assert remembered() == remembered()
    # The register's name edited: the old one matches no more, the new one does.
    ledger.update("meeting", meeting["id"], {**meeting, "title": "Làm việc với ông Trần Văn Bình về đất"})
    rec = next(r for r in ledger.list("reception") if r["citizen_name"] == "Trần Văn Bình")
    ledger.update("reception", rec["id"], {**rec, "citizen_name": "Lê Văn Bình"})
    assert remembered() == _fresh_findings(ledger) == [
        ("meeting", meeting["id"], "title", "register_name", "Lê Văn Bình")]


def test_cli_export_shows_findings_and_refuses(ledger, db_path: Path, tmp_path: Path,  # noqa: ANN001
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from dvdesktop.cli import main

    ledger.add("model", {"name": "Mô hình của ông Lê Văn B, ĐT 0912 345 678", "field": "economy",
                         "registered_date": "2026-02-01"})
    ledger.close()
    usb = tmp_path / "usb"
    assert main(["export", "--db", str(db_path), "--period", PERIOD, "--check"]) == 3
    err = capsys.readouterr().err
    assert "số điện thoại “0912 345 678”" in err and "Tên mô hình" in err
    assert main(["export", "--db", str(db_path), "--period", PERIOD, "--out", str(usb)]) == 3
    err = capsys.readouterr().err
    assert "Chưa ghi gói" in err and "--accept-findings" in err
    assert not usb.exists()
    assert main(["export", "--db", str(db_path), "--period", PERIOD, "--out", str(usb),
                 "--accept-findings"]) == 0
    assert Path(capsys.readouterr().out.strip()).exists()
