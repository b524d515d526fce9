"""Crash-safety harness: run real saves, SIGKILL them at random moments, check nothing is lost.

Each round starts a fresh process that writes to one SQLite file and prints a line after
every commit returns ("ack <uids>"); the harness kills it (SIGKILL / TerminateProcess) at
a random moment, then opens the file and checks:

* ``PRAGMA integrity_check`` is ``ok``;
* every acknowledged record is present;
* every batch is all-or-nothing (``Ledger.add_many``);
* every automatic backup under its final name verifies (a killed backup leaves at most a
  ``.part`` file, never a bad backup).

Workers: the Ledger in a loop (``--worker``), and the real command line
(``python -m dvdesktop add``), acknowledged by its exit status. ``--encrypted`` runs the
same on a SQLCipher file. Deterministic for a given ``--seed`` (up to the OS scheduler).

    python tools/kill_harness.py --rounds 500 --seed 7
    python tools/kill_harness.py --rounds 60 --encrypted

A SIGKILL tests a crash of the program; the power-cut case additionally relies on
``PRAGMA synchronous = FULL`` and the fsyncs, which a process kill cannot exercise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "harness passphrase"


# ------------------------------------------------------------------ worker
def _meeting(uid: str, n: int) -> dict:
    return {"uid": uid, "date": f"2025-{1 + n % 12:02d}-{1 + n % 27:02d}", "kind": "regular_cell",
            "title": f"Sinh hoạt chi bộ lần {n}", "members_expected": 10, "members_present": 9}


def _reception(uid: str, n: int) -> dict:
    return {"uid": uid, "date": f"2025-{1 + n % 12:02d}-{1 + n % 27:02d}", "channel": "visit",
            "category": ["complaint", "denunciation", "petition", "feedback"][n % 4],
            "content": f"Nội dung vụ việc số {n} " + "chi tiết " * (n % 40), "handling": "accept",
            "status": "pending", "citizen_name": f"Công dân {n}", "citizen_id": f"{n:012d}"}


def worker(db: Path, seed: int, backups: Path) -> None:
    """Save batches forever, acknowledging each after its commit returns."""
    sys.path.insert(0, str(ROOT))
    os.environ["DVDESKTOP_DATA_DIR"] = str(backups.parent)
    from dvdesktop.safety import backup, crypto

    rng = random.Random(seed)
    file = crypto.open_data_file(db, os.environ.get("DVDESKTOP_PASSPHRASE"), actor="harness")
    led = file.ledger
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    n = rng.randrange(10**6)
    while True:
        n += 1
        kind = rng.choice(["meeting", "reception"])
        uids = [uuid.uuid4().hex for _ in range(rng.randint(1, 5))]
        make = _meeting if kind == "meeting" else _reception
        out.write("begin " + kind + " " + ",".join(uids) + "\n")
        out.flush()
        led.add_many(kind, [make(u, n + i) for i, u in enumerate(uids)])
        out.write("ack " + kind + " " + ",".join(uids) + "\n")
        out.flush()
        if rng.random() < 0.08:
            target = rng.choice(led.list(kind, limit=20))
            led.update(kind, target["id"], {"note": f"sửa lần {n}"})
        if rng.random() < 0.05:
            path = backup.auto_backup(file, reason="daily", folder=backups)
            out.write(f"backup {path}\n")
            out.flush()


# ------------------------------------------------------------------ checks
@dataclass
class Report:
    rounds: int = 0
    kills: int = 0
    acked: int = 0
    batches_checked: int = 0
    cli_rounds: int = 0
    backups_checked: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"{self.rounds} rounds, {self.kills} kills, {self.acked} acknowledged records checked, "
                f"{self.batches_checked} batches all-or-nothing, {self.cli_rounds} CLI rounds, "
                f"{self.backups_checked} backups verified, {len(self.failures)} failures, "
                f"{self.seconds:.1f} s")


def _connect(db: Path, encrypted: bool):
    if not encrypted:
        return sqlite3.connect(db)
    sys.path.insert(0, str(ROOT))
    from dvdesktop.safety import crypto
    from dvdesktop.store.database import key_literal
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(db))
    conn.execute("PRAGMA key = " + key_literal(crypto.resolve_key(db, PASSPHRASE)))
    return conn


def _present(conn, kind: str, uids: list[str]) -> int:
    table = "meetings" if kind == "meeting" else "receptions"
    marks = ",".join("?" * len(uids))
    return conn.execute(f"SELECT count(*) FROM {table} WHERE uid IN ({marks})", uids).fetchone()[0]


def check(db: Path, lines: list[str], *, encrypted: bool, report: Report, label: str) -> None:
    conn = _connect(db, encrypted)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            report.failures.append(f"{label}: integrity_check {result[:3]}")
            return
        for line in lines:
            parts = line.split()
            if len(parts) != 3 or parts[0] not in ("begin", "ack"):
                continue
            kind, uids = parts[1], parts[2].split(",")
            have = _present(conn, kind, uids)
            if parts[0] == "ack":
                report.acked += len(uids)
                if have != len(uids):
                    report.failures.append(f"{label}: acknowledged {kind} {uids} missing ({have}/{len(uids)})")
            else:
                report.batches_checked += 1
                if have not in (0, len(uids)):
                    report.failures.append(f"{label}: half a batch of {kind} saved ({have}/{len(uids)})")
    finally:
        conn.close()


def check_backups(folder: Path, *, encrypted: bool, report: Report, label: str) -> None:
    sys.path.insert(0, str(ROOT))
    from dvdesktop.safety import crypto
    from dvdesktop.safety.backup import verify_backup

    for path in sorted(folder.glob("*.db")):
        key = crypto.resolve_key(path, PASSPHRASE) if encrypted else None
        try:
            verify_backup(path, key=key)
        except Exception as exc:  # noqa: BLE001 - every failure is a finding
            report.failures.append(f"{label}: backup {path.name} does not verify: {exc}")
        report.backups_checked += 1


# ------------------------------------------------------------------ rounds
def _env(workdir: Path, encrypted: bool) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["DVDESKTOP_DATA_DIR"] = str(workdir / "data")
    env.pop("DVDESKTOP_PASSPHRASE", None)
    if encrypted:
        env["DVDESKTOP_PASSPHRASE"] = PASSPHRASE
    return env


def _worker_round(db: Path, backups: Path, rng: random.Random, env: dict[str, str], max_delay: float) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--worker", str(db), "--seed", str(rng.randrange(10**9)),
         "--backups", str(backups)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    if first.strip() != "ready":
        proc.kill()
        _, err = proc.communicate()
        raise RuntimeError(f"worker did not start: {first!r} {err[-2000:]}")
    time.sleep(rng.uniform(0.0, max_delay))
    proc.kill()  # SIGKILL on POSIX: no cleanup, no atexit, no flush of anything unsent
    rest, err = proc.communicate()
    if "Traceback" in err:
        raise RuntimeError(f"worker failed before the kill:\n{err[-3000:]}")
    return [first, *rest.splitlines()]


def _cli_round(db: Path, workdir: Path, rng: random.Random, env: dict[str, str], max_delay: float) -> list[str]:
    n = rng.randrange(10**6)
    uids = [uuid.uuid4().hex for _ in range(rng.randint(1, 4))]
    payload = workdir / "payload.json"
    payload.write_text(json.dumps([_meeting(u, n + i) for i, u in enumerate(uids)], ensure_ascii=False),
                       encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "dvdesktop", "add", "meeting", "--db", str(db),
                             "--json", str(payload)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    delay = rng.uniform(0.0, max_delay * 3)  # the command spends most of its life starting up
    try:
        code = proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return ["begin meeting " + ",".join(uids)]
    out, err = proc.communicate()
    if code != 0:
        raise RuntimeError(f"dvdesktop add failed ({code}): {err.decode('utf-8', 'replace')[-2000:]}")
    return ["begin meeting " + ",".join(uids), "ack meeting " + ",".join(uids)]


def run(*, rounds: int, seed: int, workdir: Path, encrypted: bool = False, cli_every: int = 5,
        max_delay: float = 0.35, progress: bool = False) -> Report:
    """Run ``rounds`` kills against one database in ``workdir``; returns what was checked."""
    sys.path.insert(0, str(ROOT))
    rng = random.Random(seed)
    report = Report()
    start = time.monotonic()
    db = workdir / "unit.db"
    backups = workdir / "data" / "backups"
    backups.mkdir(parents=True, exist_ok=True)
    env = _env(workdir, encrypted)
    os.environ["DVDESKTOP_DATA_DIR"] = str(workdir / "data")
    if encrypted and not db.exists():
        from dvdesktop.core.ledger import Ledger
        from dvdesktop.safety import crypto

        Ledger.open(db).close()
        crypto.encrypt_existing(crypto.DataFile(db), PASSPHRASE, backups_folder=backups)
    history: list[str] = []
    for index in range(rounds):
        label = f"round {index + 1}"
        if cli_every and index % cli_every == cli_every - 1:
            lines = _cli_round(db, workdir, rng, env, max_delay)
            report.cli_rounds += 1
        else:
            lines = _worker_round(db, backups, rng, env, max_delay)
        report.kills += 1
        report.rounds += 1
        check(db, lines, encrypted=encrypted, report=report, label=label)
        history.extend(line for line in lines if line.startswith("ack "))
        if progress and (index + 1) % 25 == 0:
            print(f"  {index + 1}/{rounds}: {len(report.failures)} failures", flush=True)
    # Nothing acknowledged in an earlier round was lost by a later kill.
    acked = report.acked
    check(db, history, encrypted=encrypted, report=report, label="all rounds")
    report.acked = acked
    check_backups(backups, encrypted=encrypted, report=report, label="end")
    report.seconds = time.monotonic() - start
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encrypted", action="store_true", help="run on a SQLCipher-encrypted file")
    parser.add_argument("--cli-every", type=int, default=5, help="every N-th round kills `dvdesktop add`")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--backups", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        worker(args.worker, args.seed, args.backups)
        return 0
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        report = run(rounds=args.rounds, seed=args.seed, workdir=args.keep, encrypted=args.encrypted,
                     cli_every=args.cli_every, progress=True)
    else:
        with tempfile.TemporaryDirectory(prefix="dvdesktop-kill-") as tmp:
            report = run(rounds=args.rounds, seed=args.seed, workdir=Path(tmp), encrypted=args.encrypted,
                         cli_every=args.cli_every, progress=True)
    print(report.summary())
    for failure in report.failures:
        print("FAIL", failure)
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
