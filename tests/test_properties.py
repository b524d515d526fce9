"""Property-based tests: any input gives a clean answer or a Vietnamese error, never a crash."""

from __future__ import annotations

import json
import string
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from dvdesktop.cli import main
from dvdesktop.core import docrefs, validation
from dvdesktop.core.domain import KINDS
from dvdesktop.base.errors import ValidationError
from dvdesktop.core.periods import Period, PeriodError, parse_period
from tests.conftest import UNIT, snapshot

FIXTURE_OK = settings(max_examples=40, deadline=None,
                      suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

json_scalars = (st.none() | st.booleans() | st.integers(min_value=-10**12, max_value=10**12)
                | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30)
                | st.sampled_from(["2026-03-05", "05/03/2026", "", " ", "25-NQ/TW", "visit", "accept",
                                   "pending", "resolved", "denunciation", "regular_cell", "0", "-1", "1e309"]))
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=6)


def record_dicts(kind: str) -> st.SearchStrategy[dict]:
    names = [f.name for f in KINDS[kind].fields]
    keys = st.sampled_from(names) | st.text(max_size=10)
    return st.dictionaries(keys, json_values, max_size=len(names) + 2)


VIETNAMESE = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")


def _check_errors(kind: str, exc: ValidationError, given: object = None) -> None:
    """Each error names a field of the kind, or the unknown key the input carried."""
    known = set(KINDS[kind].field_names) | {"uid"}
    if isinstance(given, dict):
        known |= set(given)
    elif isinstance(given, list):
        known |= {k for item in given if isinstance(item, dict) for k in item}
    assert exc.errors, "a ValidationError names at least one problem"
    for err in exc.errors:
        assert err.field in known or err.field.split(".")[0].split("[")[0] in known, err.field
        text = err.message
        assert isinstance(text, str) and text.strip()
        assert VIETNAMESE & set(text.lower()), f"not Vietnamese: {text!r}"


@pytest.mark.parametrize("kind", sorted(KINDS))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_clean_record_accepts_or_explains_anything(kind, data):
    record = data.draw(record_dicts(kind))
    try:
        clean = validation.clean_record(kind, record)
    except ValidationError as exc:
        _check_errors(kind, exc, record)
    else:
        assert isinstance(clean, dict)


@given(junk=json_values)
@settings(max_examples=40, deadline=None)
def test_clean_record_of_a_non_object(junk):
    assume(not isinstance(junk, dict))
    for kind in KINDS:
        try:
            validation.clean_record(kind, junk)
        except ValidationError as exc:
            assert exc.errors and all(e.message.strip() for e in exc.errors)


@FIXTURE_OK
@given(data=st.data())
def test_a_failed_batch_writes_nothing(ledger, db_path, data):
    kind = data.draw(st.sampled_from(sorted(KINDS)))
    items = data.draw(st.lists(record_dicts(kind), min_size=1, max_size=3))
    before = snapshot(db_path)
    try:
        ledger.add_many(kind, items)
    except ValidationError as exc:
        _check_errors(kind, exc, items)
        assert snapshot(db_path) == before


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=40) | st.from_regex(
    r"\s*(19|20|21)\d\d([-/ ](H[12]|Q[1-4I]|9M|\d{1,2}|quý [IV]+))?(\s*\.\.\s*\d{4}-\d\d-\d\d)?\s*", fullmatch=True),
    cutoff=st.integers(min_value=-3, max_value=40))
@example(text="2026-02-29..2026-02-30", cutoff=1)
@example(text="9999-Q4", cutoff=28)
def test_parse_period_returns_a_period_or_says_why(text, cutoff):
    try:
        period = parse_period(text, cutoff_day=cutoff)
    except PeriodError as exc:
        assert str(exc).strip()
    else:
        assert isinstance(period, Period) and period.start <= period.end and period.label


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=30) | st.from_regex(
    r"\s*\d{1,4}\s*[-/]?\s*(nq|NQ|QĐ|qđ|QĐi|CT|KL|CTr|HD|KH|TB)\s*[/-]?\s*(TW|tu|ĐU|hu|TTg|NĐ-CP|LĐLĐ)\s*",
    fullmatch=True))
@example(text=" 124 - qđ/tw ")
@example(text="04/2015/NĐ-CP")
def test_docref_normalize_is_idempotent(text):
    once = docrefs.normalize(text)
    if once is not None:
        assert docrefs.normalize(once) == once


@FIXTURE_OK
@given(payload=json_values | st.text(max_size=60), kind=st.sampled_from(sorted(KINDS)))
def test_cli_add_never_shows_a_traceback(ledger, db_path, tmp_path, payload, kind):
    path = tmp_path / "in.json"
    if isinstance(payload, str) and payload and payload[0] in "{[":
        path.write_text(payload, encoding="utf-8")  # probably broken JSON
    else:
        path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    before = snapshot(db_path)
    code = main(["add", kind, "--db", str(db_path), "--json", str(path)])
    assert code in (0, 2)
    if code == 2:
        assert snapshot(db_path) == before


# ------------------------------------------------------------------ packages
@pytest.fixture(scope="module")
def real_package(tmp_path_factory):
    pytest.importorskip("dvdesktop.packages.verify")
    import os

    from dvdesktop.core.ledger import Ledger
    from dvdesktop.packages import export_package

    folder = tmp_path_factory.mktemp("pkg")
    old = os.environ.get("DVDESKTOP_DATA_DIR")
    os.environ["DVDESKTOP_DATA_DIR"] = str(folder / "data")
    try:
        led = Ledger.open(folder / "unit.db")
        led.set_unit(UNIT)
        led.add("meeting", {"date": "2026-03-05", "kind": "regular_cell", "title": "Sinh hoạt chi bộ"})
        path = export_package(led, period="2026-H1", out_dir=folder / "usb", report_pdf=b"%PDF-1.4\n%%EOF\n")
        led.close()
    finally:
        if old is None:
            os.environ.pop("DVDESKTOP_DATA_DIR", None)
        else:
            os.environ["DVDESKTOP_DATA_DIR"] = old
    return Path(path).read_bytes()


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=2000) | st.builds(lambda b: b"PK\x03\x04" + b, st.binary(max_size=500)))
def test_random_bytes_are_refused_as_a_package(data):
    from dvdesktop.packages import PackageError
    from dvdesktop.packages.verify import verify_bytes

    with pytest.raises(PackageError):
        verify_bytes(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_packages_are_refused_or_still_genuine(real_package, data):
    from dvdesktop.packages import PackageError
    from dvdesktop.packages.verify import verify_bytes

    blob = bytearray(real_package)
    how = data.draw(st.sampled_from(["flip", "truncate", "insert", "entry"]))
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 8))):
            i = data.draw(st.integers(0, len(blob) - 1))
            blob[i] ^= data.draw(st.integers(1, 255))
    elif how == "truncate":
        del blob[data.draw(st.integers(0, len(blob) - 1)):]
    elif how == "insert":
        i = data.draw(st.integers(0, len(blob)))
        blob[i:i] = data.draw(st.binary(min_size=1, max_size=40))
    else:  # a well-formed zip whose one entry was changed
        src = zipfile.ZipFile(BytesIO(real_package))
        names = src.namelist()
        victim = data.draw(st.sampled_from(names))
        out = BytesIO()
        with zipfile.ZipFile(out, "w") as dst:
            for name in names:
                body = src.read(name)
                if name == victim:
                    body = data.draw(st.binary(max_size=200) | st.text(string.printable, max_size=50).map(str.encode))
                dst.writestr(name, body)
        blob = bytearray(out.getvalue())
    try:
        verify_bytes(bytes(blob))
    except PackageError as exc:
        assert str(exc).strip()


def _with_extract_version(blob: bytes, version: int) -> bytes:
    """The package with its first central-directory entry asking for zip version ``version``."""
    i = blob.index(b"PK\x01\x02")
    return blob[:i + 6] + bytes([version, 0]) + blob[i + 8:]


def test_unsupported_zip_version_is_a_package_error(real_package):
    from dvdesktop.packages import PackageError
    from dvdesktop.packages.verify import verify_bytes

    with pytest.raises(PackageError):
        verify_bytes(_with_extract_version(real_package, 84))
