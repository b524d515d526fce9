"""Fuzz the two doors hostile bytes come in by: ``dvdesktop add --json`` and a package file.

    .venv/bin/python tools/fuzz_inputs.py [--json 1000] [--packages 1000] [--seed 1]

JSON: documents are generated (records of every kind with odd values, broken syntax,
other encodings, byte order marks, deep nesting, lone surrogates, huge numbers, random
bytes) and fed to the real command in this process against a real database. Counted: a
traceback (an exception out of ``main``), an exit status other than 0 or 2, and a refusal
that wrote anything (the file's rows before and after).

Packages: a genuine package is mutated (bytes flipped, cut, inserted; members removed,
added, duplicated, renamed, swapped, rewritten with fixed manifests, recompressed,
re-signed with another key, replayed under another unit; the zip's envelope changed) and
verified with the unit's registered key. Counted: a traceback (anything but a
``PackageError``), and a wrong acceptance: a package accepted whose signed content differs
from the genuine one. Finally the worst files the reader's caps allow are read, and the
peak memory (RSS) and time are printed.

Exits 1 on any traceback or wrong acceptance.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import resource
import struct
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MUTATIONS: dict[str, Callable[[random.Random, bytes, dict[str, Any]], bytes]] = {}


def mutation(fn: Callable[[random.Random, bytes, dict[str, Any]], bytes]) -> Callable[..., bytes]:
    MUTATIONS[fn.__name__] = fn
    return fn


def _entries(blob: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        return [(i, zf.read(i)) for i in zf.infolist()]


def _zip(entries: list[tuple[str | zipfile.ZipInfo, bytes]], *, method: int = zipfile.ZIP_DEFLATED,
         comment: bytes = b"") -> bytes:
    import warnings

    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buf, "w", method) as zf:
            for name, data in entries:
                zf.writestr(name, data)
            zf.comment = comment
    return buf.getvalue()


def _names(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> list[str]:
    return [i.filename for i, _ in entries]


@mutation
def flip_bytes(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    b = bytearray(blob)
    for _ in range(rng.randint(1, 8)):
        b[rng.randrange(len(b))] ^= rng.randint(1, 255)
    return bytes(b)


@mutation
def truncate(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    return blob[: rng.randrange(len(blob))]


@mutation
def insert_bytes(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    i = rng.randrange(len(blob) + 1)
    return blob[:i] + rng.randbytes(rng.randint(1, 64)) + blob[i:]


@mutation
def remove_member(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    entries = _entries(blob)
    del entries[rng.randrange(len(entries))]
    return _zip([(i.filename, d) for i, d in entries])


@mutation
def add_member(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    entries = [(i.filename, d) for i, d in _entries(blob)]
    name = rng.choice(["data/extra.json", "data/records/x.json", "../evil", "/etc/x", "data//a",
                       "DATA/summary.json", "data/summary.json", "a\\b", "c:x", "data/\x01"])
    entries.insert(rng.randrange(len(entries) + 1), (name, rng.randbytes(rng.randint(0, 100))))
    return _zip(entries)


@mutation
def rename_member(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    entries = [(i.filename, d) for i, d in _entries(blob)]
    k = rng.randrange(len(entries))
    name, data = entries[k]
    entries[k] = (rng.choice([name.upper(), name + "x", "data/" + name, name.replace("data/", "")]), data)
    return _zip(entries)


@mutation
def swap_members(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    entries = [(i.filename, d) for i, d in _entries(blob)]
    a, b = rng.sample(range(len(entries)), 2)
    entries[a], entries[b] = (entries[a][0], entries[b][1]), (entries[b][0], entries[a][1])
    return _zip(entries)


@mutation
def rewrite_payload_fix_manifests(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    """Change data and recompute both manifests, but not the signature."""
    from dvdesktop.packages import bag

    files = {i.filename: d for i, d in _entries(blob)}
    victim = rng.choice([n for n in files if n.startswith("data/")])
    files[victim] = files[victim].replace(b"1", b"2", 1) + (b" " if rng.random() < 0.5 else b"")
    payload = {n: d for n, d in files.items() if n.startswith("data/")}
    files[bag.PAYLOAD_MANIFEST] = bag.manifest_text(payload)
    files[bag.TAG_MANIFEST] = bag.manifest_text({n: files[n] for n in bag.TAG_FILES})
    return _zip(list(files.items()))


@mutation
def resign_with_another_key(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    """Someone else's package for this unit: their own key, a coherent bag."""
    return ctx["forged"]


@mutation
def replay_other_unit(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    return ctx["other_unit"]


@mutation
def deep_json_member(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    files = {i.filename: d for i, d in _entries(blob)}
    files["data/summary.json"] = b"[" * rng.choice([100, 10_000, 200_000])
    return _zip(list(files.items()))


@mutation
def recompress(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    """The same members stored instead of deflated (or the reverse): an envelope change."""
    entries = [(i.filename, d) for i, d in _entries(blob)]
    return _zip(entries, method=rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))


@mutation
def envelope_comment_and_order(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    entries = [(i.filename, d) for i, d in _entries(blob)]
    rng.shuffle(entries)
    return _zip(entries, comment=rng.randbytes(rng.randint(0, 200)))


@mutation
def lying_end_record(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    at = blob.rfind(b"PK\x05\x06")
    b = bytearray(blob)
    field = rng.choice([8, 10, 12, 16, 20])
    size = 4 if field in (12, 16) else 2
    b[at + field:at + field + size] = rng.randbytes(size)
    return bytes(b)


@mutation
def bad_member_header(rng: random.Random, blob: bytes, ctx: dict[str, Any]) -> bytes:
    """A central-directory field of one member set to an odd value (method, flags, sizes, mode)."""
    starts = [i for i in range(len(blob) - 4) if blob[i:i + 4] == b"PK\x01\x02"]
    at = rng.choice(starts)
    b = bytearray(blob)
    offset, fmt = rng.choice([(6, "<H"), (8, "<H"), (10, "<H"), (20, "<I"), (24, "<I"), (38, "<I"), (42, "<I")])
    value = rng.choice([0, 1, 8, 12, 14, 99, 0xFFFF, 0xFFFFFFFF, 0o120777 << 16])
    b[at + offset:at + offset + struct.calcsize(fmt)] = struct.pack(fmt, value & (0xFFFF if fmt == "<H" else 0xFFFFFFFF))
    return bytes(b)


# --------------------------------------------------------------------- packages
def _packages(work: Path) -> tuple[bytes, dict[str, Any], str]:
    """(genuine package, context for mutations, the unit's registered public key text)."""
    from dvdesktop.packages import public_key_text
    from tests.test_packages_support import FakeLedger, export_fake

    unit = FakeLedger("CB-01", seed=3)
    genuine = export_fake(unit, work / "a").read_bytes()
    forger = FakeLedger("CB-01", seed=3)  # same unit code, its own key
    forged = export_fake(forger, work / "b").read_bytes()
    other = export_fake(FakeLedger("CB-02", seed=4), work / "c").read_bytes()
    return genuine, {"forged": forged, "other_unit": other}, public_key_text(unit)


def _content(pkg: Any) -> tuple[Any, ...]:
    return (pkg.info, pkg.summary, pkg.records, pkg.report_pdf, pkg.trusted_comment)


def fuzz_packages(n: int, *, seed: int, work: Path) -> dict[str, Any]:
    """Each mutation is verified with the registered key, then imported at an office that
    already holds the genuine package: there, anything accepted or replacing it is wrong."""
    from dvdesktop.safety.crypto import open_data_file
    from dvdesktop.office import import_bytes, trust
    from dvdesktop.packages import PackageError, verify_bytes

    rng = random.Random(seed)
    genuine, ctx, key = _packages(work)
    expected = _content(verify_bytes(genuine, public_key=key))
    office = open_data_file(work / "office.db").ledger
    trust(office, unit_code="CB-01", pubkey_text=key)
    assert import_bytes(office, genuine, name="genuine.dvpkg").outcome == "accepted"
    stats: dict[str, Any] = {"runs": 0, "refused": 0, "accepted_same": 0, "wrong_acceptances": 0,
                             "tracebacks": 0, "by_code": {}, "examples": [], "office": {}}
    names = sorted(MUTATIONS)
    for i in range(n):
        name = names[i % len(names)]
        try:
            blob = MUTATIONS[name](rng, genuine, ctx)
        except (zipfile.BadZipFile, ValueError, IndexError):
            continue  # a mutation that could not apply to this input
        stats["runs"] += 1
        try:
            result = import_bytes(office, blob, name=f"{name}.dvpkg")
            stats["office"][result.outcome] = stats["office"].get(result.outcome, 0) + 1
            if result.outcome in ("accepted", "replaced"):
                stats["wrong_acceptances"] += 1
                stats["examples"].append(f"{name}: the office took it ({result.outcome})")
        except Exception:  # noqa: BLE001 - what we count
            stats["tracebacks"] += 1
            stats["examples"].append(f"{name} (office): {traceback.format_exc(limit=3)}")
        try:
            pkg = verify_bytes(blob, public_key=key)
        except PackageError as exc:
            stats["refused"] += 1
            stats["by_code"][exc.code] = stats["by_code"].get(exc.code, 0) + 1
            continue
        except Exception:  # noqa: BLE001 - what we count
            stats["tracebacks"] += 1
            stats["examples"].append(f"{name}: {traceback.format_exc(limit=3)}")
            continue
        if _content(pkg) == expected:
            stats["accepted_same"] += 1
        else:
            stats["wrong_acceptances"] += 1
            stats["examples"].append(f"{name}: accepted with other content")
    return stats


# ------------------------------------------------------------------------- JSON
_FIELD_VALUES = ["2026-03-05", "05/03/2026", "", " ", "25-NQ/TW", "visit", "letter", "accept", "pending",
                 "resolved", "denunciation", "regular_cell", "citizens", "HTTNV", "collective", "economy",
                 0, -1, 1, 10**6, 10**30, 1.5, True, None, [], {}, ["25-NQ/TW"], [{"summary": "x", "status": "resolved"}],
                 "\ud800", "a\x00b", "x" * 6000, "Nội dung vụ việc", "\u202e", "\ufeff"]


def _json_document(rng: random.Random) -> tuple[str, bytes]:
    """(kind, the bytes of one fuzzed input)."""
    from dvdesktop.core.domain import KINDS

    kind = rng.choice(sorted(KINDS))
    fields = [f.name for f in KINDS[kind].fields]
    shape = rng.random()

    def record() -> Any:
        rec = {rng.choice(fields + ["uid", "id", "xyz", ""]): rng.choice(_FIELD_VALUES)
               for _ in range(rng.randint(0, len(fields) + 2))}
        return rec

    if shape < 0.2:
        # A valid record (docs/records.md's example) with one field changed or dropped.
        sys.path.insert(0, str(ROOT / "tools"))
        from records_doc import EXAMPLES

        value: Any = dict(EXAMPLES[kind])
        if rng.random() < 0.7:
            target = rng.choice(sorted(value))
            if rng.random() < 0.3:
                value.pop(target)
            else:
                value[target] = rng.choice(_FIELD_VALUES)
        if rng.random() < 0.3:
            value = [value] * rng.randint(1, 3)
    elif shape < 0.35:
        value = record()
    elif shape < 0.55:
        value = [record() for _ in range(rng.randint(0, 5))]
    elif shape < 0.65:
        depth = rng.choice([10, 40, 1000, 100_000])
        value = None
        text = "[" * depth + "]" * (depth if rng.random() < 0.5 else 0)
        return kind, text.encode("ascii")
    elif shape < 0.75:
        value = rng.choice([1, "x", None, True, 1.5, [1, 2], {"a": {"b": {"c": []}}}])
    else:
        value = None
    if value is None:
        junk = rng.choice([
            lambda: rng.randbytes(rng.randint(0, 300)),
            lambda: json.dumps(record(), ensure_ascii=False).encode("utf-8", "surrogatepass")[: rng.randint(0, 80)],
            lambda: b'{"date": "2026-03-05", "title": ' + b"9" * rng.choice([10, 5000]) + b"}",
            lambda: b'{"members_present": NaN, "title": "x"}',
            lambda: "\ufeff".encode() + json.dumps(record()).encode(),
        ])
        return kind, junk()
    text = json.dumps(value, ensure_ascii=rng.random() < 0.5)
    encoding = rng.choice(["utf-8", "utf-8", "utf-8", "utf-16", "utf-16-le", "utf-32", "utf-8-sig", "cp1258"])
    return kind, text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")


def fuzz_json(n: int, *, seed: int, work: Path) -> dict[str, Any]:
    from dvdesktop.cli import main
    from dvdesktop.core.ledger import Ledger
    from tests.conftest import UNIT, snapshot

    rng = random.Random(seed)
    db = work / "fuzz.db"
    with Ledger.open(db) as led:
        led.set_unit(UNIT)
    stats: dict[str, Any] = {"runs": 0, "accepted": 0, "refused": 0, "tracebacks": 0, "bad_status": 0,
                             "refusals_that_wrote": 0, "examples": []}
    path = work / "in.json"
    for _ in range(n):
        kind, data = _json_document(rng)
        path.write_bytes(data)
        before = snapshot(db)
        out, err = io.StringIO(), io.StringIO()
        stats["runs"] += 1
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = main(["add", kind, "--db", str(db), "--json", str(path)])
        except Exception:  # noqa: BLE001 - what we count
            stats["tracebacks"] += 1
            stats["examples"].append(f"{kind} {data[:80]!r}: {traceback.format_exc(limit=3)}")
            continue
        if status == 0:
            stats["accepted"] += 1
        elif status == 2:
            stats["refused"] += 1
            if snapshot(db) != before:
                stats["refusals_that_wrote"] += 1
        else:
            stats["bad_status"] += 1
            stats["examples"].append(f"{kind} {data[:80]!r}: exit {status}: {err.getvalue()[:200]}")
    return stats


# ------------------------------------------------------------- worst-case files
def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worst_cases(work: Path) -> list[tuple[str, float, float, str]]:
    """(case, seconds, peak RSS MiB after it, outcome) for the largest inputs the caps allow.

    Each case runs in a fresh child process, so its peak RSS is its own.
    """
    cases = ["json_values_strings", "json_values_dicts", "inflated_total", "central_directory", "big_json_input"]
    out = []
    for case in cases:
        import subprocess

        proc = subprocess.run([sys.executable, __file__, "--worst-case", case, "--work", str(work)],
                              capture_output=True, text=True, timeout=600, check=False)
        try:
            out.append(tuple(json.loads(proc.stdout.strip().splitlines()[-1])))
        except (IndexError, json.JSONDecodeError):
            out.append((case, 0.0, 0.0, f"crashed: {proc.stderr[-300:]}"))
    return out


def _signed_package(payload: dict[str, bytes]) -> bytes:
    """A coherent package of unit CB-01 holding ``payload``, signed with a fresh key."""
    import minisign

    from dvdesktop.packages import bag
    from dvdesktop.packages.export import _zip_bytes
    from dvdesktop.packages.keys import public_key_to_text
    from dvdesktop.packages.sign import sign, trusted_comment
    from tests.test_packages_support import WHEN, make_summary

    summary = make_summary("CB-01", "2026-H1", random.Random(1))
    payload = {"summary.json": json.dumps(summary).encode(), **payload}
    pair = minisign.KeyPair.generate()
    uuid = "0" * 8 + "-0000-4000-8000-" + "0" * 12
    info = [("Source-Organization", "x"), ("External-Identifier", uuid), ("Bagging-Date", "2026-07-05"),
            ("DV-Unit-Code", "CB-01"), ("DV-Unit-Name", "x"), ("DV-Superior", "x"), ("DV-Period", "2026-H1"),
            ("DV-Period-Label", "x"), ("DV-Revision", 1), ("DV-Created", "2026-07-05T08:30:00Z"),
            ("DV-App-Version", "x"), ("DV-Schema-Version", bag.PACKAGE_SCHEMA)]
    files = bag.build_bag(info=info, payload=payload, public_key_text=public_key_to_text(pair.public_key))
    files[bag.SIGNATURE_FILE] = sign(pair.secret_key, files[bag.TAG_MANIFEST], comment=trusted_comment(
        unit_code="CB-01", period="2026-H1", revision=1, uuid=uuid))
    return _zip_bytes(files, WHEN)


def _one_worst_case(case: str, work: Path) -> tuple[str, float, float, str]:
    from dvdesktop.packages import PackageError, verify_bytes
    from dvdesktop.packages.safezip import Limits

    limits = Limits()
    base = _rss_mib()
    start = time.monotonic()
    outcome = "accepted"
    try:
        if case.startswith("json_values"):
            # Signed by whoever made it (checked with the key it carries, as ``verify``
            # without --pubkey and the office's quarantine do): records made of the JSON
            # values that cost Python the most memory per value the budget counts, up to
            # that budget, beside an incompressible report as large as the file cap allows.
            item, counted = (b'{"a":0},', 3) if case == "json_values_dicts" else (b'"ab",', 1)
            records = b"[" + item * ((limits.max_json_items - 2000) // counted) + item[:-1] + b"]"
            # The exporter stores (does not deflate) an entry that deflates more than 50x.
            room = limits.max_file - len(records) - 64 * 1024
            data = _signed_package({"records/reception.json": records,
                                    "report.pdf": b"%PDF-1.4\n" + os.urandom(room)})
            assert len(data) <= limits.max_file, len(data)
            verify_bytes(data)
        elif case == "inflated_total":
            # A signed package whose entries inflate to the total cap (hex digits deflate 2x).
            half = (limits.max_total - 256 * 1024) // 2
            data = _signed_package({"report.pdf": b"%PDF-1.4\n" + os.urandom(half // 2).hex().encode(),
                                    "annex.txt": os.urandom(half // 2).hex().encode()})
            assert len(data) <= limits.max_file, len(data)
            verify_bytes(data)
        elif case == "central_directory":
            local = b"PK\x03\x04" + bytes(26) + b"a"
            entry = struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0) + b"a"
            n = (limits.max_file - 100) // len(entry)
            directory = entry * n
            data = local + directory + struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 7, 7, len(directory), len(local), 0)
            verify_bytes(data)
        elif case == "big_json_input":
            from dvdesktop.cli.common import read_json

            path = work / "big.json"
            rec = json.dumps({"date": "2026-03-05", "title": "Sinh hoạt chi bộ", "kind": "regular_cell"})
            path.write_text("[" + ",".join([rec] * 100_000) + "]", encoding="utf-8")
            read_json(str(path))
    except PackageError as exc:
        outcome = f"refused ({exc.code})"
    return case, round(time.monotonic() - start, 2), round(_rss_mib() - base, 1), outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=int, default=1000, help="JSON documents to try")
    parser.add_argument("--packages", type=int, default=1000, help="package mutations to try")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-worst-cases", action="store_true")
    parser.add_argument("--worst-case", help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worst_case:
        print(json.dumps(_one_worst_case(args.worst_case, args.work)))
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="dvdesktop-fuzz-") as tmp:
        work = Path(tmp)
        os.environ["DVDESKTOP_DATA_DIR"] = str(work / "data")
        started = time.monotonic()
        js = fuzz_json(args.json, seed=args.seed, work=work)
        print(f"JSON: {js['runs']} documents in {time.monotonic() - started:.1f} s: accepted {js['accepted']}, "
              f"refused {js['refused']}, tracebacks {js['tracebacks']}, other exit status {js['bad_status']}, "
              f"refusals that wrote {js['refusals_that_wrote']}")
        started = time.monotonic()
        pk = fuzz_packages(args.packages, seed=args.seed, work=work)
        print(f"Packages: {pk['runs']} mutations in {time.monotonic() - started:.1f} s: refused {pk['refused']}, "
              f"accepted with the genuine content {pk['accepted_same']}, wrong acceptances "
              f"{pk['wrong_acceptances']}, tracebacks {pk['tracebacks']}")
        print("  refusals by code: " + ", ".join(f"{k} {v}" for k, v in sorted(pk["by_code"].items())))
        print("  at an office holding the genuine package: "
              + ", ".join(f"{k} {v}" for k, v in sorted(pk["office"].items())))
        print(f"  peak RSS of this run: {_rss_mib():.0f} MiB")
        if not args.no_worst_cases:
            print("Worst files the caps allow (each in its own process; RSS above a bare start):")
            for case, seconds, mib, outcome in worst_cases(work):
                print(f"  {case:<18} {seconds:>6.2f} s  {mib:>7.1f} MiB  {outcome}")
        for example in (js["examples"] + pk["examples"])[:10]:
            print("---\n" + example)
    bad = js["tracebacks"] + js["bad_status"] + js["refusals_that_wrote"] + pk["tracebacks"] + pk["wrong_acceptances"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
