"""Property-based tests of the two doors bytes come in by: ``add --json`` and a package file.

Short runs of what ``tools/fuzz_inputs.py`` does at length (1,000+ of each): any bytes
given to ``dvdesktop add --json`` end in exit 0 or 2 and a refusal writes nothing; any
mutation of a genuine package is refused with a ``PackageError`` or, if accepted with the
unit's registered key, has exactly the genuine signed content.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvdesktop.cli import main
from dvdesktop.core.domain import KINDS
from tests.conftest import snapshot

QUICK = settings(max_examples=80, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _tool():  # noqa: ANN202
    path = Path(__file__).resolve().parent.parent / "tools" / "fuzz_inputs.py"
    spec = importlib.util.spec_from_file_location("fuzz_inputs", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


FUZZ = _tool()

# Text with everything Unicode has, lone surrogates included (hypothesis leaves them out
# by default), for documents written with json.dumps(ensure_ascii=True) as "\ud800".
odd_chars = st.sampled_from(["\ud800", "\udfff", "\x00", "\u202e", "\ufeff", "Đ", "ữ", "a", " ", "\n"])
# Joined by hand: st.text() drops surrogates whatever its alphabet says.
any_text = st.lists(odd_chars | st.characters(codec=None, exclude_categories=()), max_size=20).map("".join)
scalars = (st.none() | st.booleans() | st.integers() | st.floats() | any_text
           | st.sampled_from(["2026-03-05", "25-NQ/TW", "visit", "accept", "pending", "regular_cell"]))
documents = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                         | st.dictionaries(st.sampled_from(sorted({f.name for k in KINDS.values() for f in k.fields}))
                                           | any_text, inner, max_size=6), max_leaves=12)


def _encode(value: object, how: str) -> bytes:
    if how == "deep":
        return b"[" * 5000 + json.dumps(value, allow_nan=True).encode("ascii", "backslashreplace")
    text = json.dumps(value, ensure_ascii=how != "utf-8-raw", allow_nan=True)
    if how in ("utf-16", "utf-16-be", "utf-32", "utf-8-sig"):
        return text.encode(how, "surrogatepass")
    return text.encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def unit_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dvdesktop.core.ledger import Ledger
    from tests.conftest import UNIT

    path = tmp_path_factory.mktemp("prop") / "unit.db"
    with Ledger.open(path) as led:
        led.set_unit(UNIT)
    return path


def _examples() -> dict[str, dict]:
    spec = importlib.util.spec_from_file_location(
        "records_doc", Path(__file__).resolve().parent.parent / "tools" / "records_doc.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXAMPLES


EXAMPLES = _examples()


@st.composite
def near_valid(draw: st.DrawFn, kind: str) -> object:
    """A valid record (docs/records.md's example) with one field given any value."""
    rec = dict(EXAMPLES[kind])
    texts = sorted(k for k, v in rec.items() if isinstance(v, str))
    field = draw(st.sampled_from(texts) | st.sampled_from(sorted(rec)))
    rec[field] = draw(st.one_of(any_text.map(lambda t: rec[field] + t) if field in texts else any_text,
                                any_text, scalars, documents))
    return draw(st.sampled_from([rec, [rec], [rec, rec]]))


@QUICK
@given(data=st.data(), how=st.sampled_from(["utf-8", "utf-8-raw", "utf-16", "utf-16-be", "utf-32",
                                             "utf-8-sig", "deep"]),
       junk=st.binary(max_size=40), cut=st.integers(0, 400), kind=st.sampled_from(sorted(KINDS)))
def test_any_bytes_to_add_json_end_in_0_or_2_and_a_refusal_writes_nothing(
        unit_db: Path, tmp_path: Path, data: st.DataObject, how: str, junk: bytes, cut: int, kind: str) -> None:
    value = data.draw(near_valid(kind) | documents)
    data = _encode(value, how)
    if cut % 5 == 0:
        data = data[: cut] + junk  # broken somewhere
    path = tmp_path / "in.json"
    path.write_bytes(data)
    before = snapshot(unit_db)
    # Streams like a real process's: stdout refuses what UTF-8 cannot hold.
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["add", kind, "--db", str(unit_db), "--json", str(path)])
    err.flush()
    message = err.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
    assert status in (0, 2), message
    if status == 2:
        assert message.strip() and snapshot(unit_db) == before


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict, str, tuple]:
    from dvdesktop.packages import verify_bytes

    work = tmp_path_factory.mktemp("fuzzpkg")
    blob, ctx, key = FUZZ._packages(work)
    return blob, ctx, key, FUZZ._content(verify_bytes(blob, public_key=key))


@QUICK
@given(name=st.sampled_from(sorted(FUZZ.MUTATIONS)), rng=st.randoms(use_true_random=False))
def test_a_mutated_package_is_refused_or_has_the_genuine_content(genuine, name: str, rng) -> None:  # noqa: ANN001
    import zipfile

    from dvdesktop.packages import PackageError, verify_bytes

    blob, ctx, key, expected = genuine
    try:
        mutated = FUZZ.MUTATIONS[name](rng, blob, ctx)
    except (zipfile.BadZipFile, ValueError, IndexError):
        return  # this mutation could not apply
    try:
        pkg = verify_bytes(mutated, public_key=key)
    except PackageError as exc:
        assert str(exc).strip() and exc.code
        return
    assert FUZZ._content(pkg) == expected, f"{name} was accepted with other content"
