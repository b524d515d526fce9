"""The exporter's quick paths write what the plain ones wrote, and skip no check.

The records leave through ``minimise_many`` and one reused C encoder, and the read-back
check is given the rows instead of parsing the JSON it just wrote (``verify_bytes(contents=…)``).
Each test here compares a quick path with the plain one it replaced, or shows that what
the quick path was given does not stand in for a check of the bytes.
"""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pytest

from dvdesktop.packages import PackageError, public_key_text, verify_bytes
from dvdesktop.packages import export as export_mod
from dvdesktop.packages.minimise import minimise, minimise_many
from dvdesktop.packages.safezip import Limits, read_zip
from dvdesktop.packages.verify import _JsonBudget
from test_packages_support import FakeLedger, export_fake, rezip

KEY = bytes(range(32))

RECORDS = {
    "meeting": [
        {"uid": "m-1", "id": 1, "date": "2026-03-05", "kind": "regular_cell", "title": "Sinh hoạt “tháng 3”",
         "documents": ["25-NQ/TW"], "members_expected": 20, "members_present": 18, "others_present": 0,
         "others_kind": None, "sites": 1, "note": "ở nhà", "location": "Hội trường"},
        {"uid": "", "date": "2026-03-06", "kind": "thematic", "title": "Không mã", "documents": [],
         "members_expected": None, "members_present": None, "others_present": None, "others_kind": None,
         "sites": 2},
        {"uid": "m-3", "date": "2026-03-07", "title": "Thiếu vài trường"},  # not as Ledger.list gives it
    ],
    "reception": [
        {"uid": "r-1", "date": "2026-03-02", "channel": "letter", "case_code": "VV-01", "category": "denunciation",
         "people_count": 1, "handling": "accept", "accepted_date": None, "complexity": "normal", "attempt": "1",
         "status": "pending", "resolved_date": None, "citizen_name": "Nguyễn Văn Tố Giác", "content": "bí mật"},
        {"uid": "r-2", "date": "2026-03-03", "channel": "visit", "case_code": "", "category": "petition",
         "people_count": 2, "handling": "guide", "accepted_date": None, "complexity": "normal", "attempt": "1",
         "status": "pending", "resolved_date": None},
        {"uid": "r-3", "date": "2026-03-04", "channel": "visit", "case_code": None, "category": "petition",
         "people_count": 2, "handling": "guide", "accepted_date": None, "complexity": "normal", "attempt": "2",
         "status": "resolved", "resolved_date": "2026-03-09"},
    ],
    "dialogue": [
        {"uid": "d-1", "date": "2026-03-01", "counterpart": "workers", "topic": "Việc làm", "participants": 80,
         "opinions": 3, "issues": [{"summary": "Ông A nói", "status": "resolved"}, "not a mapping", {"status": None}],
         "announced_date": "2026-02-20", "published_date": None, "host": "Chủ tịch UBND"},
        {"uid": "d-2", "date": "2026-03-02", "counterpart": "citizens", "topic": "Đất đai", "participants": 10,
         "opinions": 0, "issues": None, "announced_date": None, "published_date": None},
    ],
    "award": [
        {"uid": "a-1", "date": "2026-03-01", "recipient_type": "individual", "recipient": "Trần Thị B",
         "level": "merit", "issuer": "Đảng ủy", "movement": "Dân vận khéo"},
        {"uid": "a-2", "date": "2026-03-01", "recipient_type": "collective", "recipient": "Chi bộ 3",
         "level": "merit", "issuer": "Đảng ủy", "movement": ""},
    ],
    "model": [
        {"uid": "o-1", "name": "Mô hình của ông C", "type": "x", "unit_name": "Chi bộ 2", "holder": "individual",
         "field": "economy", "level": "grassroots", "registered_date": "2026-01-01", "status": "registered"},
        {"uid": "o-2", "name": "Mô hình tập thể", "type": "x", "unit_name": "Chi bộ 2", "holder": "collective",
         "field": "economy", "level": "grassroots", "registered_date": "2026-01-01", "status": "registered"},
    ],
    "rating": [{"uid": "g-1", "year": 2026, "unit_name": "Chi bộ 1", "grade": "HTTNV", "score": 90}],
    "commitment": [{"uid": "c-1", "year": 2026, "content": "Làm theo gương Bác", "organisations_total": 3,
                    "organisations_organised": 3, "members_total": 40, "members_registered": 39}],
    "unknown-kind": [{"uid": "u-1", "anything": 1}],
}


@pytest.mark.parametrize("kind", sorted(RECORDS))
def test_minimise_many_is_minimise_record_by_record(kind: str) -> None:
    rows = RECORDS[kind]
    expected = [minimise(kind, r, key=KEY) for r in rows]
    got = minimise_many(kind, rows, key=KEY)
    # The same fields, values and order of keys: the JSON written is the same bytes.
    assert [list(r.items()) for r in got] == [list(r.items()) for r in expected]


def test_records_json_is_what_the_plain_encoder_writes() -> None:
    rows = [
        {"uid": "x", "title": "Nghị quyết “25-NQ/TW” \\ \"trích\"\n\t\x01\x7f\u2028 é", "n": 10**30,
         "f": 0.1, "neg": -3, "ok": True, "none": None, "docs": ["a", "b"], "nested": [{"status": "resolved"}],
         "when": date(2026, 3, 5)},
        {},
        {"emoji": "🇻🇳", "empty": "", "list": []},
    ]
    plain = json.JSONEncoder(ensure_ascii=False, default=str, separators=(",", ":")).encode
    expected = ("[\n" + ",\n".join(map(plain, rows)) + "\n]\n").encode("utf-8")
    assert export_mod._dumps_records(rows) == expected
    assert export_mod._dumps_records([]) == b"[]\n"
    assert json.loads(expected)[0]["when"] == "2026-03-05"


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_a_value_json_cannot_hold_stops_the_export(value: float, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # The reader refuses NaN and Infinity; the writer, which no longer parses its JSON back,
    # must refuse them itself, before anything is written.
    with pytest.raises(PackageError) as info:
        export_mod._dumps_records([{"score": value}], name="data/records/rating.json")
    assert info.value.code == "bad_payload" and "data/records/rating.json" in str(info.value)

    plain = export_mod.minimise_many
    monkeypatch.setattr(export_mod, "minimise_many",
                        lambda kind, rows, key: [{"score": value}] if kind == "rating" else plain(kind, rows, key=key))
    with pytest.raises(PackageError) as info:
        export_fake(FakeLedger(), tmp_path)
    assert info.value.code == "bad_payload" and "data/records/rating.json" in str(info.value)
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str, dict[str, object]]:
    led = FakeLedger()
    data = export_fake(led, tmp_path_factory.mktemp("usb")).read_bytes()
    files = read_zip(data)
    rows = {n: json.loads(b) for n, b in files.items() if n.startswith("data/records/")}
    return data, public_key_text(led), rows


def test_rows_given_to_the_check_stand_in_for_no_byte(package) -> None:  # noqa: ANN001
    data, key, rows = package
    by_kind = {n.removeprefix("data/records/").removesuffix(".json"): r for n, r in rows.items()}
    assert verify_bytes(data, public_key=key, contents=rows).records == by_kind
    # A changed byte in a records file is still caught by its hash, rows or no rows.
    name = "data/records/reception.json"
    entries = [(n, b.replace(b'"pending"', b'"resolved"') if n == name else b) for n, b in read_zip(data).items()]
    assert entries != list(read_zip(data).items())
    with pytest.raises(PackageError) as info:
        verify_bytes(rezip(entries), public_key=key, contents=rows)
    assert info.value.code == "hash_mismatch" and name in str(info.value)
    # Their bytes still count against the limits, to the last item...
    items = sum(sum(b.count(c) for c in (b",", b"[", b"{", b":")) + 1
                for n, b in read_zip(data).items() if n.endswith(".json"))
    verify_bytes(data, public_key=key, contents=rows, limits=Limits(max_json_items=items))
    with pytest.raises(PackageError) as info:
        verify_bytes(data, public_key=key, contents=rows, limits=Limits(max_json_items=items - 1))
    assert info.value.code == "too_large"
    # ...and what is given is still checked in shape.
    with pytest.raises(PackageError) as info:
        verify_bytes(data, public_key=key, contents={**rows, name: {"not": "a list"}})
    assert info.value.code == "bad_payload" and name in str(info.value)


def test_the_json_budget_counts_what_it_counted_before() -> None:
    data = b'[{"a":1,"b":[2,3,{"c":"x,y:z[{"}]},\n{}]\n'
    budget = _JsonBudget(1000)
    budget.spend(data, "data/records/x.json")
    assert budget.left == 1000 - (sum(data.count(c) for c in (b",", b"[", b"{", b":")) + 1)
