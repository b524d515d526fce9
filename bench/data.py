"""Deterministic benchmark data: unit databases of 10,000 and 100,000 records, and packages.

Everything is cached under ``bench/data/`` keyed by ``DATA_VERSION`` and the size, so a
second run reuses it; bump the version when the generator or the schema changes.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dvdesktop.core import demo
from dvdesktop.core.ledger import Ledger

DATA_VERSION = "v1"
DATA_DIR = Path(__file__).resolve().parent / "data"

#: The first and last year of records; reports are measured on ``REPORT_YEAR``.
REPORT_YEAR = 2025
BATCH = 5000

# Share of each kind in a generated unit: mostly meetings and receptions (lượt tiếp dân).
SHARES = (("meeting", 0.55), ("reception", 0.38), ("dialogue", 0.03), ("model", 0.02),
          ("award", 0.015), ("rating", 0.005))


def _log(text: str) -> None:
    print(f"  [data] {text}", file=sys.stderr, flush=True)


def _years(size: int) -> tuple[int, int]:
    """Two years for small units (so "cùng kỳ" has data), five for the 100k unit."""
    return (REPORT_YEAR - 1, REPORT_YEAR) if size <= 20_000 else (REPORT_YEAR - 4, REPORT_YEAR)


def _date(rng: random.Random, first: int, last: int) -> dt.date:
    start = dt.date(first, 1, 1)
    return start + dt.timedelta(days=rng.randrange((dt.date(last, 12, 31) - start).days + 1))


def _meeting(rng: random.Random, date: dt.date) -> dict[str, Any]:
    kind = rng.choice(["regular_cell"] * 6 + ["study_resolution", "study_resolution", "thematic",
                                              "staff_conference", "voter_contact"])
    expected = rng.randint(12, 60) if kind == "regular_cell" else rng.randint(60, 400)
    branch = rng.choice(demo.BRANCHES)
    title = rng.choice(demo.MEETING_TITLES[kind]).format(n=rng.randint(8, 12), m=date.month, y=date.year)
    rec: dict[str, Any] = {
        "date": date.isoformat(), "kind": kind,
        "title": f"{branch}: {title}" if kind == "regular_cell" else title,
        "members_expected": expected, "members_present": expected - rng.choice([0, 0, 1, 2, 3]),
        "others_present": rng.randint(0, 150) if kind != "regular_cell" else 0,
        "location": branch.removeprefix("Chi bộ "),
    }
    if kind != "regular_cell":
        rec["documents"] = rng.sample(demo.DOCS, rng.randint(1, 3))
    return rec


def _receptions(rng: random.Random, date: dt.date, case: str, last: dt.date) -> list[dict[str, Any]]:
    category = rng.choices(list(demo.RECEPTION_CONTENTS), weights=[3, 1, 5, 3])[0]
    channel = rng.choice(["visit", "visit", "letter"])
    handling = rng.choices(["accept", "guide", "transfer"], weights=[6, 2, 2])[0]
    village = rng.choice(demo.VILLAGES)
    base: dict[str, Any] = {
        "date": date.isoformat(), "channel": channel, "case_code": case, "category": category,
        "people_count": rng.choice([1, 1, 1, 2, 3, 6]) if channel == "visit" else 1,
        "content": rng.choice(demo.RECEPTION_CONTENTS[category]) + f" tại {village}",
        "handling": handling,
        "accepted_date": (date + dt.timedelta(days=rng.randint(1, 9))).isoformat()
        if handling == "accept" and date + dt.timedelta(days=9) <= last else None,
        "complexity": rng.choice(["normal", "normal", "complex"]),
        "status": "pending", "agency": "UBND xã Quỳnh Lộc" if handling == "accept" else "",
        "citizen_name": f"{rng.choice(demo.SURNAMES)} {rng.choice(demo.MIDDLE)} {rng.choice(demo.GIVEN)}",
        "citizen_address": f"{village}, xã Quỳnh Lộc",
        "citizen_id": f"0400{rng.randint(10**7, 10**8 - 1)}",
    }
    entries = [base]
    again = date + dt.timedelta(days=rng.randint(5, 20))
    if rng.random() < 0.35 and again <= last:  # the citizen comes back about the same matter
        entries.append({**base, "date": again.isoformat(), "channel": rng.choice(["visit", "letter"]),
                        "accepted_date": None})
    resolved = dt.date.fromisoformat(entries[-1]["date"]) + dt.timedelta(days=rng.randint(10, 40))
    if rng.random() < 0.75 and resolved <= last:
        entries[-1] = {**entries[-1], "status": "resolved", "resolved_date": resolved.isoformat(),
                       "result": "Đã trả lời công dân bằng văn bản, công dân đồng ý"}
    return entries


def _dialogue(rng: random.Random, date: dt.date) -> dict[str, Any]:
    host, counterpart, topic = rng.choice(demo.DIALOGUE_TOPICS)
    return {
        "date": date.isoformat(), "host": host, "counterpart": counterpart, "topic": topic,
        "location": rng.choice(demo.VILLAGES), "participants": rng.randint(45, 180),
        "opinions": rng.randint(6, 25),
        "issues": [{"summary": s, "status": rng.choice(["resolved", "in_progress", "referred"])}
                   for s in rng.sample(demo.ISSUES, rng.randint(1, 4))],
        "announced_date": (date - dt.timedelta(days=rng.randint(7, 10))).isoformat(),
    }


def _model(rng: random.Random, date: dt.date) -> dict[str, Any]:
    name, field = rng.choice(demo.MODELS)
    return {
        "name": f"{name} ({rng.choice(demo.VILLAGES)})", "type": rng.choice(["model", "model", "exemplar"]),
        "unit_name": rng.choice(demo.BRANCHES + demo.ORGS),
        "holder": rng.choice(["collective", "collective", "individual"]), "field": field,
        "level": rng.choice(["grassroots", "grassroots", "district", "province"]),
        "registered_date": date.isoformat(),
        "status": rng.choice(["registered", "active", "active", "recognized", "replicated"]),
        "description": "Vận động nhân dân cùng làm, cùng hưởng lợi; công khai, dân chủ trong từng việc.",
    }


def _award(rng: random.Random, date: dt.date) -> dict[str, Any]:
    collective = rng.random() < 0.5
    return {
        "date": date.isoformat(), "recipient_type": "collective" if collective else "individual",
        "recipient": rng.choice(demo.BRANCHES + demo.ORGS) if collective
        else f"Đồng chí {rng.choice(demo.SURNAMES)} {rng.choice(demo.MIDDLE)} {rng.choice(demo.GIVEN)}",
        "level": rng.choice(["merit", "commendation", "commendation"]),
        "issuer": rng.choice(["Ban Thường vụ Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Đảng ủy xã Quỳnh Lộc"]),
        "reason": "Có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”",
    }


def generate(size: int, *, seed: int = 1) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Batches ``(kind, records)`` adding up to ``size`` records, the same for the same seed."""
    rng = random.Random(f"dvdesktop-bench-{size}-{seed}")
    first, last_year = _years(size)
    last = dt.date(last_year, 12, 31)
    want = {kind: int(size * share) for kind, share in SHARES}
    want["meeting"] += size - sum(want.values())
    for kind, n in want.items():
        made: list[dict[str, Any]] = []
        case_no: dict[int, int] = {}
        while len(made) < n:
            date = _date(rng, first, last_year)
            if kind == "meeting":
                made.append(_meeting(rng, date))
            elif kind == "reception":
                case_no[date.year] = case_no.get(date.year, 0) + 1
                made.extend(_receptions(rng, date, f"VV-{date.year}-{case_no[date.year]:05d}", last))
            elif kind == "dialogue":
                made.append(_dialogue(rng, date))
            elif kind == "model":
                made.append(_model(rng, date))
            elif kind == "award":
                made.append(_award(rng, date))
            else:
                branch = rng.choice(demo.BRANCHES)
                grade = rng.choices(["HTXSNV", "HTTNV", "HTNV", "KHTNV"], weights=[2, 7, 1, 0.2])[0]
                made.append({"year": rng.randint(first, last_year), "unit_name": branch, "grade": grade,
                             "score": {"HTXSNV": 93, "HTTNV": 82, "HTNV": 64, "KHTNV": 45}[grade]})
        made = made[:n]
        made.sort(key=lambda r: str(r.get("date") or r.get("registered_date") or r.get("year")))
        for start in range(0, len(made), BATCH):
            yield kind, made[start:start + BATCH]


def unit_code(n: int) -> str:
    return f"CB-{n:04d}"


def fill(led: Ledger, size: int, *, seed: int = 1, code: str = "BENCH-01") -> float:
    """Fill an empty Ledger with ``size`` generated records; returns seconds spent in add_many."""
    led.set_unit({**demo.DEMO_UNIT, "code": code, "name": f"Đảng ủy xã Quỳnh Lộc {code}"})
    led.set_period_text(str(REPORT_YEAR), limitations=demo.__doc__ or "", directions="Tiếp tục thực hiện "
                        "Kết luận số 43-KL/TW; đẩy mạnh phong trào thi đua “Dân vận khéo”.")
    spent = 0.0
    for kind, batch in generate(size, seed=seed):
        t0 = time.perf_counter()
        led.add_many(kind, batch)
        spent += time.perf_counter() - t0
    return spent


def unit_db(size: int) -> Path:
    """Path of the cached unit database with ``size`` records, built if missing."""
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / f"unit-{size}-{DATA_VERSION}.db"
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp.db")
    for p in DATA_DIR.glob(tmp.name + "*"):
        p.unlink()
    _log(f"building {path.name} ({size:,} records, add_many in batches of {BATCH:,})…")
    t0 = time.perf_counter()
    with Ledger.open(tmp, actor="bench") as led:
        spent = fill(led, size)
        led.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.rename(path)
    rate = size / spent if spent else 0
    _log(f"built in {time.perf_counter() - t0:.1f} s ({rate:,.0f} records/s in add_many)")
    (DATA_DIR / f"unit-{size}-{DATA_VERSION}.import.txt").write_text(f"{spent:.3f} {rate:.1f}\n")
    return path


def import_rate(size: int) -> float | None:
    """Records per second add_many achieved when the cached ``size`` database was built."""
    f = DATA_DIR / f"unit-{size}-{DATA_VERSION}.import.txt"
    try:
        return float(f.read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None


def copy_of(size: int, dest: Path) -> Path:
    """A private copy of the cached ``size`` database (for measures that write)."""
    src = unit_db(size)
    shutil.copyfile(src, dest)
    return dest


#: Passphrase of the encrypted copy of a unit (answers the window's passphrase dialog).
PASSPHRASE = "mật khẩu đo hiệu năng 2025"


def encrypted_unit_db(size: int) -> Path:
    """The ``size`` unit encrypted the way the window does it (SQLCipher + ``.key`` file); cached."""
    import tempfile

    from dvdesktop.safety import crypto

    path = DATA_DIR / f"unit-{size}-{DATA_VERSION}-enc.db"
    if path.exists() and path.with_suffix(".key").exists():
        return path
    tmp = DATA_DIR / f".unit-{size}-{DATA_VERSION}-enc.db"
    shutil.copyfile(unit_db(size), tmp)
    _log(f"encrypting a copy of the {size:,}-record unit ({path.name})…")
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as backups:
        crypto.encrypt_existing(crypto.DataFile(tmp), PASSPHRASE, backups_folder=Path(backups))
    tmp.with_suffix(".key").replace(path.with_suffix(".key"))
    tmp.replace(path)
    _log(f"encrypted in {time.perf_counter() - t0:.1f} s")
    return path


def copy_encrypted(size: int, dest: Path) -> Path:
    """A private copy of the encrypted ``size`` unit and its key file."""
    src = encrypted_unit_db(size)
    shutil.copyfile(src, dest)
    shutil.copyfile(src.with_suffix(".key"), dest.with_suffix(".key"))
    return dest


#: Version of the package generator below; bump it when what it writes changes.
PACKAGES_VERSION = "p2"
#: Demo communes whose real exports the generated packages are made from.
TEMPLATES = 20
#: Packages per folder of the generated set (a folder per district, as on a real stick).
SHARD = 100
UNIT_TYPES = ("dang_bo_co_so", "chi_bo_co_so", "xa_phuong")
_WHEN = dt.datetime(2026, 1, 12, 8, 0, tzinfo=dt.timezone.utc)


def packages_dir() -> Path:
    return DATA_DIR / f"packages-{PACKAGES_VERSION}"


def _template(t: int) -> tuple[dict[str, bytes], dict[str, str], dict[str, Any]]:
    """One demo commune exported for real by ``export_package``: its payload files, bag-info, summary."""
    import tempfile

    from dvdesktop.packages import export_package
    from dvdesktop.packages.safezip import read_zip
    from dvdesktop.packages.bag import parse_bag_info

    with Ledger.open(":memory:", actor="bench") as led, tempfile.TemporaryDirectory() as tmp:
        led.set_unit({**demo.DEMO_UNIT, "code": f"TPL-{t:02d}", "name": f"Đảng ủy xã mẫu {t}",
                      "members": 40 + 37 * t})
        demo.fill_demo(led, year=REPORT_YEAR, seed=t + 1, today=dt.date(REPORT_YEAR + 1, 1, 10))
        data = export_package(led, period=str(REPORT_YEAR), out_dir=tmp, now=_WHEN).read_bytes()
    files = read_zip(data)
    payload = {name.removeprefix("data/"): content for name, content in files.items() if name.startswith("data/")}
    return payload, parse_bag_info(files["bag-info.txt"]), json.loads(payload["summary.json"])


def _derived(i: int, template: tuple[dict[str, bytes], dict[str, str], dict[str, Any]]) -> tuple[str, str, bytes]:
    """Package ``i`` (1-based): a template's payload under its own unit code, name and key.

    Assembled with the exporter's own pieces (bag, signature, zip), so it is laid out
    exactly as ``export_package`` writes it; the figures, the records and the report PDF
    are the template commune's (the office sums the figures and stores the rest).
    """
    import uuid

    import minisign

    from dvdesktop.packages import bag, export
    from dvdesktop.packages.keys import public_key_to_text
    from dvdesktop.packages.sign import sign, trusted_comment

    payload, info, summary = template
    code, name = unit_code(i), f"Đảng ủy xã số {i}"
    unit_type = UNIT_TYPES[i % len(UNIT_TYPES)]
    summary = {**summary, "unit": {**summary["unit"], "code": code, "name": name, "type": unit_type,
                                   "members": 40 + i % 400}}
    pair = minisign.KeyPair.generate()
    pub = public_key_to_text(pair.public_key)
    package_id = str(uuid.UUID(int=random.Random(f"bench-package-{i}").getrandbits(128), version=4))
    new_info = {**info, "Source-Organization": name, "External-Identifier": package_id, "DV-Unit-Code": code,
                "DV-Unit-Name": name}
    files = bag.build_bag(info=list(new_info.items()), payload={**payload, "summary.json": export._dumps(summary)},
                          public_key_text=pub)
    period, revision = new_info["DV-Period"], int(new_info["DV-Revision"])
    files[bag.SIGNATURE_FILE] = sign(pair.secret_key, files[bag.TAG_MANIFEST],
                                     comment=trusted_comment(unit_code=code, period=period, revision=revision,
                                                             uuid=package_id))
    pair.secret_key.wipe()
    return code, pub, export._zip_bytes(files, _WHEN)


def packages(n: int) -> tuple[list[Path], dict[str, str]]:
    """The first ``n`` units' signed packages for ``REPORT_YEAR``, and each unit's public key.

    Returns the paths to import (whole folders of ``SHARD`` packages, then single files)
    and ``{unit code: minisign public key text}``. Unit ``i`` is one of ``TEMPLATES`` demo
    communes exported by ``export_package`` and re-signed with a key of its own (see
    ``_derived``): every package is a real one the office verifies. Built as needed and
    cached under ``bench/data/packages-<PACKAGES_VERSION>/``; a larger ``n`` extends the set.
    """
    folder = packages_dir()
    folder.mkdir(parents=True, exist_ok=True)
    keys_file = folder / "keys.json"
    keys: dict[str, str] = json.loads(keys_file.read_text()) if keys_file.exists() else {}
    have = len(keys)
    if have < n:
        _log(f"building packages {have + 1:,}..{n:,} in {folder.name} (from {TEMPLATES} demo communes; cached)…")
        t0 = time.perf_counter()
        templates: dict[int, Any] = {}  # unit j is always made from template (j - 1) % TEMPLATES
        i = have
        while i < n:  # one folder at a time; keys.json is rewritten after each, so a crash costs one folder
            shard = folder / f"s{i // SHARD:04d}"
            upto = min(n, (i // SHARD + 1) * SHARD)
            shard.mkdir(exist_ok=True)
            from dvdesktop.packages import package_name

            for j in range(i + 1, upto + 1):
                t = (j - 1) % TEMPLATES
                if t not in templates:
                    templates[t] = _template(t)
                code, pub, blob = _derived(j, templates[t])
                (shard / package_name(unit_code=code, period=str(REPORT_YEAR), revision=1)).write_bytes(blob)
                keys[code] = pub
            tmp = keys_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(keys, indent=0))
            tmp.replace(keys_file)
            i = upto
            if i % 1000 == 0 or i == n:
                _log(f"  {i:,}/{n:,} packages ({time.perf_counter() - t0:.0f} s)")
    codes = [unit_code(j) for j in range(1, n + 1)]
    paths: list[Path] = [folder / f"s{s:04d}" for s in range(n // SHARD)]
    from dvdesktop.packages import package_name

    paths += [folder / f"s{j // SHARD:04d}" / package_name(unit_code=unit_code(j + 1), period=str(REPORT_YEAR),
                                                          revision=1)
              for j in range(n // SHARD * SHARD, n)]
    return paths, {c: keys[c] for c in codes}


def office_db(path: Path, keys: dict[str, str]) -> Any:
    """A fresh receiving-office database at ``path`` trusting every unit in ``keys``."""
    from dvdesktop.safety.crypto import open_data_file
    from dvdesktop.office import set_profile, trust

    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    db = open_data_file(path).ledger
    set_profile(db, name="Đảng ủy Khối các cơ quan tỉnh", superior="Tỉnh ủy Nghệ An", place="Vinh")
    with db.writing("received"):
        for code, pub in keys.items():
            trust(db, unit_code=code, pubkey_text=pub, name=f"Đơn vị {code}")
    return db
