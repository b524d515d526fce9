"""The benchmarks' own code: deterministic data, real packages, honest floors, measures that run.

The subprocess measures (start-up, the list, UI stalls, the office at scale) run in CI as
``python -m bench --quick``; here the pieces whose mistakes would make a figure lie.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature

from bench import data, floors, measures
from test_packages_support import MINISIGN, minisign_verify


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> measures.Config:
    monkeypatch.setattr(data, "DATA_DIR", tmp_path / "data")
    work = tmp_path / "work"
    work.mkdir()
    return measures.Config(quick=True, small=120, big=200, units=2, scale=2, runs=1, slow_runs=1, work=work)


def test_generated_data_is_deterministic_and_spread_over_kinds() -> None:
    first = list(data.generate(400))
    assert first == list(data.generate(400))
    counts: dict[str, int] = {}
    for kind, batch in first:
        counts[kind] = counts.get(kind, 0) + len(batch)
    assert sum(counts.values()) == 400
    assert counts["meeting"] > counts["reception"] > counts["dialogue"]


@pytest.mark.slow
def test_generated_packages_are_real_ones_the_office_accepts(tiny: measures.Config, tmp_path: Path) -> None:
    from dvdesktop.office import find_packages, import_paths
    from dvdesktop.packages import verify_package

    paths, keys = data.packages(3)
    files = find_packages(paths)
    assert [f.name for f in files] == ["CB-0001_2025_r1.dvpkg", "CB-0002_2025_r1.dvpkg", "CB-0003_2025_r1.dvpkg"]
    assert len(set(keys.values())) == 3  # a key of its own for every unit
    template_files = None
    for f in files:
        code = f.name.split("_")[0]
        pkg = verify_package(f, public_key=keys[code])
        assert pkg.trusted and pkg.unit_code == code and pkg.summary["unit"]["code"] == code
        assert pkg.report_pdf.startswith(b"%PDF") and pkg.records["meeting"]
        with zipfile.ZipFile(f) as zf:
            names = zf.namelist()
        template_files = template_files or names
        assert names == template_files  # the exporter's layout, in its order
    with pytest.raises(Exception, match="khóa"):  # another unit's key does not open it
        verify_package(files[0], public_key=keys["CB-0002"])
    # A larger set extends the cached one: the first packages and keys are kept.
    more, more_keys = data.packages(5)
    assert {k: more_keys[k] for k in keys} == keys
    assert len(find_packages(more)) == 5
    db = data.office_db(tmp_path / "office.db", more_keys)
    assert {r.outcome for r in import_paths(db, more)} == {"accepted"}
    db.close()
    if MINISIGN:  # and the reference tool agrees
        with zipfile.ZipFile(files[1]) as zf:
            zf.extractall(tmp_path / "bag")
        (tmp_path / "unit.pub").write_text(keys["CB-0002"])
        assert minisign_verify(tmp_path / "bag", tmp_path / "unit.pub").returncode == 0


@pytest.mark.slow
def test_plain_floor_lays_out_the_same_pages_as_the_report(tmp_path: Path) -> None:
    import datetime as dt

    from dvdesktop.core import demo
    from dvdesktop.core.ledger import Ledger
    from dvdesktop.reports import content
    from dvdesktop.reports.build import build_report

    with Ledger.open(tmp_path / "u.db", actor="bench") as led:
        led.set_unit(demo.DEMO_UNIT)
        demo.fill_demo(led, year=2025, seed=4, today=dt.date(2026, 1, 10))
        p = led.period("2025")
        build_report(led, period="2025", out=tmp_path / "report.pdf")
        doc = content.build_document(unit=led.unit() or {}, summary=led.summary(p), texts=led.period_text(p.key))
    pages = floors.plain_document_pdf(doc, tmp_path / "plain.pdf")
    assert pages == floors.pdf_pages(tmp_path / "plain.pdf") == floors.pdf_pages(tmp_path / "report.pdf")
    assert any(isinstance(b, content.Chart) for b in doc.blocks) and any(isinstance(b, content.Table) for b in doc.blocks)
    # The floor draws the same words: every table cell and chart category is in its text.
    words = set(" ".join(_page_texts(tmp_path / "plain.pdf")).split())
    for block in doc.blocks:
        if isinstance(block, content.Table):
            cells = [c for row in block.rows for c in row.cells if c.strip()]
            assert {w for c in cells for w in c.split()} <= words, block.caption
        if isinstance(block, content.Chart):
            assert {w for c in block.categories for w in c.split()} <= words, block.caption


def _page_texts(path: Path) -> list[str]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


@pytest.mark.slow
def test_signature_floor_really_verifies(tiny: measures.Config, tmp_path: Path) -> None:
    paths, keys = data.packages(2)
    f = paths[0]
    assert f.name == "CB-0001_2025_r1.dvpkg"
    check = floors.SignatureCheck(f, keys["CB-0001"])
    assert len(floors.signature_floor(check)) == 64
    wrong = floors.SignatureCheck(f, keys["CB-0002"])
    with pytest.raises(InvalidSignature):
        floors.signature_floor(wrong)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["search", "save", "report", "packages", "office", "backup"])
def test_measures_run_and_state_their_floor(tiny: measures.Config, name: str) -> None:
    rows = measures.ALL[name](tiny)
    assert rows
    for r in rows:
        assert r.floor and r.detail
        assert r.value is not None and (r.unit == "MiB" or r.value > 0), r
        assert r.unit in ("x", "MiB")
    json.dumps([r.__dict__ for r in rows])  # plain figures, writable as they are
