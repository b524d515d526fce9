"""dvdesktop benchmarks: every measure a ratio to a floor measured in the same run. One command:

    .venv/bin/python -m bench            # full: 10k and 100k-record units, 1,000 and 10,000
                                         # packages; rewrites the table in bench/RESULTS.md
    .venv/bin/python -m bench --quick    # tiny data, each measure once: proves they all run
                                         # (CI; no timing assertions, about a minute)

Options: ``--only startup,search`` runs some measures; ``--runs N`` repetitions of fast
measures; ``--no-write`` leaves RESULTS.md alone. Generated data is cached in bench/data/
(git-ignored); the first full run builds it (about two minutes: the 100k unit, its
encrypted copy, then 10,000 signed packages). ``python -m bench.profile`` writes the
pyinstrument profiles the findings in RESULTS.md quote.

A floor is the irreducible part of the same work on the same data (a bare QMainWindow
process, the FTS5 MATCH query, a raw INSERT + COMMIT, a plain reportlab document of the
same pages, read + hash + one Ed25519 verification per package); the target is a ratio to
it, so a slow or shared machine moves both sides. Absolute figures are information.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import sqlite3
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import data  # noqa: E402
from bench.measures import ALL, Config, Row, cleanup  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
BEGIN, END = "<!-- bench:begin (written by python -m bench) -->", "<!-- bench:end -->"


def machine(load_start: tuple[float, ...] | None = None) -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))  # type: ignore[union-attr]
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    try:
        import PySide6
        from PySide6 import QtCore

        qt = f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"
    except ImportError:
        qt = "PySide6 missing"
    import reportlab

    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    before = f"{', '.join(f'{x:.1f}' for x in load_start)} at the start, " if load_start else ""
    return [
        f"- Date: {dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
        f"- CPU: {cpu}, {os.cpu_count()} logical cores, shared with other work (load average {before}"
        f"{', '.join(f'{x:.1f}' if isinstance(x, float) else x for x in load)} at the end)",
        f"- RAM: {ram}; OS: {platform.platform()}",
        f"- Python {platform.python_version()}, {qt}, SQLite {sqlite3.sqlite_version}, reportlab {reportlab.Version}",
    ]


def fmt_value(row: Row) -> str:
    if row.value is None:
        return "n/a"
    if row.unit == "x":
        return f"{row.value:.2f}x"
    return f"{round(row.value):+d} {row.unit}"


def fmt_target(row: Row) -> str:
    if row.target is None:
        return "-"
    return f"<= {row.target:g}x" if row.unit == "x" else f"<= +{row.target:g} {row.unit}"


def table(rows: list[Row]) -> list[str]:
    out = ["| measure | floor (same run) | result | target | ok | absolute figures |",
           "|---|---|---:|---:|:---:|---|"]
    for r in rows:
        ok = {True: "yes", False: "**MISSED**", None: "-"}[r.ok]
        out.append(f"| {r.measure} | {r.floor} | {fmt_value(r)} | {fmt_target(r)} | {ok} | "
                   f"{r.detail.replace('|', '/')} |")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="tiny data, each measure once (CI)")
    mode.add_argument("--full", action="store_true", help="the default: full data, medians")
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {', '.join(ALL)}")
    parser.add_argument("--runs", type=int, default=0, help="repetitions of fast measures")
    parser.add_argument("--no-write", action="store_true", help="do not touch bench/RESULTS.md")
    args = parser.parse_args(argv)

    if args.quick:
        cfg = Config(quick=True, small=300, big=1000, units=5, scale=4, runs=args.runs or 1, slow_runs=1)
    else:
        cfg = Config(quick=False, small=10_000, big=100_000, units=1000, scale=10, runs=args.runs or 7,
                     slow_runs=3)
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(ALL)
    unknown = set(names) - set(ALL)
    if unknown:
        parser.error(f"unknown measures: {', '.join(sorted(unknown))}")

    print(f"dvdesktop bench ({'quick' if cfg.quick else 'full'}): {cfg.small:,} / {cfg.big:,} records, "
          f"{cfg.units:,} and {cfg.units * cfg.scale:,} packages; work folder {cfg.work}", flush=True)
    load_start = os.getloadavg() if hasattr(os, "getloadavg") else None
    rows: list[Row] = []
    failed = []
    start = time.perf_counter()
    try:
        for name in names:
            t0 = time.perf_counter()
            try:
                got = ALL[name](cfg)
            except Exception:  # noqa: BLE001 - one broken measure must not hide the others
                failed.append(name)
                tb = traceback.format_exc()
                print(tb, file=sys.stderr)
                got = [Row(f"{name}: failed", "-", None, "x", None, tb.strip().splitlines()[-1][:200], ok=False)]
            rows += got
            for r in got:
                print(f"  {r.measure}: {fmt_value(r)} (target {fmt_target(r)}) {r.detail}", flush=True)
            print(f"[{name} done in {time.perf_counter() - t0:.1f} s]", flush=True)
    finally:
        cleanup(cfg)
    lines = [
        f"Mode: {'quick (tiny data; figures mean nothing)' if cfg.quick else 'full'}; "
        f"units of {cfg.small:,} and {cfg.big:,} records, {cfg.units:,} and {cfg.units * cfg.scale:,} packages "
        f"(data {data.DATA_VERSION}, packages {data.PACKAGES_VERSION}); fast measures median of {cfg.runs}, "
        f"subprocess ones of {cfg.slow_runs}; whole run {time.perf_counter() - start:.0f} s.",
        "",
        *machine(load_start),
        "",
        *table(rows),
    ]
    print("\n".join(lines))
    if not args.no_write:
        if cfg.quick:
            data.DATA_DIR.mkdir(parents=True, exist_ok=True)
            (data.DATA_DIR / "RESULTS-quick.md").write_text("\n".join(lines) + "\n")
        else:
            write_results(lines)
    return 1 if failed else 0


def write_results(lines: list[str]) -> None:
    """Replace the generated block of RESULTS.md, keeping the hand-written findings around it."""
    block = "\n".join([BEGIN, *lines, END])
    text = RESULTS.read_text() if RESULTS.exists() else f"# Benchmark results\n\n{BEGIN}\n{END}\n"
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text += "\n" + block + "\n"
    RESULTS.write_text(text)
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    sys.exit(main())
