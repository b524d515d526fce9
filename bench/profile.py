"""Profiles of the measures that miss their targets, with pyinstrument, on the bench's own data.

    .venv/bin/python -m bench.profile                  # all of them
    .venv/bin/python -m bench.profile startup report   # some: imports, bare, startup, startup-enc,
                                                       # core, list, search, save, report, export,
                                                       # import, consolidated

Each writes ``bench/profiles/<name>.txt`` (the call tree and the functions by total time:
the figures RESULTS.md quotes, kept in the repository) and ``bench/data/profiles/<name>.html``
(pyinstrument's interactive view, large, not kept), and prints the text.
Start-up profiles run in a fresh process with bytecode cached, like the measure; the
others run in this process on the cached 10k/100k units and the 1,000 packages.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import data  # noqa: E402
from bench.measures import SEARCHES, Config, child, daily_backup_done, prepare_bytecode  # noqa: E402

OUT = Path(__file__).resolve().parent / "profiles"
HTML = data.DATA_DIR / "profiles"


#: Frames of these packages stay visible in the text (pyinstrument folds other libraries).
SHOWN = r".*(/dvdesktop/|/bench/|/reportlab/|/sqlite_utils/|/json/|/zipfile|/minisign/|/shiboken|/PySide6/).*"


def render(profiler: Any, title: str) -> str:
    """The call tree (nodes of 1% and more) and the functions by total time, as text."""
    options = {"show_regex": SHOWN, "filter_threshold": 0.01}
    tree = profiler.output_text(unicode=True, color=False, processor_options=options)
    flat = profiler.output_text(unicode=True, color=False, flat=True, flat_time="total",
                                processor_options={"filter_threshold": 0.02})
    root = str(Path(__file__).resolve().parents[1]) + "/"
    return f"# {title}\n{tree}\n## Functions by total time (2% and more)\n{flat}".replace(root, "")


def in_process(name: str, fn: Callable[[], Any], *, repeat: int = 1, setup: Callable[[], Any] | None = None) -> Path:
    """Profile ``repeat`` calls of ``fn`` (after one unprofiled call); write and return the text."""
    from pyinstrument import Profiler

    fn()
    profiler = Profiler(interval=0.0005)
    t0 = time.perf_counter()
    profiler.start()
    for _ in range(repeat):
        if setup is not None:
            profiler.stop()
            setup()
            profiler.start()
        fn()
    profiler.stop()
    took = time.perf_counter() - t0
    target = OUT / f"{name}.txt"
    target.write_text(render(profiler, f"{name}: {repeat} call(s), {took:.2f} s in all"))
    (HTML / f"{name}.html").write_text(profiler.output_html())
    return target


def import_times(cfg: Config, db: Path) -> Path:
    """``-X importtime`` of the window's start and of the bare window: what the window imports on top."""
    import re

    def load(args: list[str]) -> dict[str, tuple[int, int, int]]:
        child(cfg, args, flags=("-X", "importtime"))  # warm
        log = cfg.work / "importtime.txt"
        child(cfg, args, flags=("-X", "importtime"), stderr_to=log)
        out = {}
        for line in log.read_text().splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
            if m:
                out[m.group(4)] = (int(m.group(1)), int(m.group(2)), len(m.group(3)) // 2)
        return out

    bare, app = load(["bare"]), load(["app", "--db", str(db)])
    extra = {k: v for k, v in app.items() if k not in bare}
    lines = [f"# start-up imports (-X importtime; its own overhead inflates every figure alike)",
             f"bare window: {sum(v[0] for v in bare.values()) / 1000:.1f} ms of imports; "
             f"the window: {sum(v[0] for v in app.values()) / 1000:.1f} ms; "
             f"modules only the window imports: {sum(v[0] for v in extra.values()) / 1000:.1f} ms (self time)",
             "", "cumulative ms  depth  module (imported by the window, not by the bare window)"]
    for (self_us, cum, depth), name in sorted(((v, k) for k, v in extra.items()), key=lambda x: -x[0][1])[:50]:
        lines.append(f"{cum / 1000:13.1f}  {depth:5d}  {name}")
    target = OUT / "startup-imports.txt"
    target.write_text("\n".join(lines) + "\n")
    return target


def main(argv: list[str] | None = None) -> int:
    names = ["imports", "bare", "startup", "startup-enc", "core", "list", "search", "save", "report", "export", "import", "consolidated"]
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.split("\n\n")[0])
    parser.add_argument("which", nargs="*", help=", ".join(names))
    args = parser.parse_args(argv)
    which = args.which or names
    if set(which) - set(names):
        parser.error(f"unknown profiles: {', '.join(sorted(set(which) - set(names)))}")
    OUT.mkdir(parents=True, exist_ok=True)
    HTML.mkdir(parents=True, exist_ok=True)
    cfg = Config(quick=False, small=10_000, big=100_000, units=1000, runs=1, slow_runs=1,
                 work=Path(tempfile.mkdtemp(prefix="dvprofile-")))
    written: list[Path] = []
    try:
        if {"imports", "bare", "startup", "startup-enc", "core", "list"} & set(which):
            prepare_bytecode()
            db = data.copy_of(cfg.big, cfg.work / "startup.db")
            daily_backup_done(cfg, db)
            if "imports" in which:
                written.append(import_times(cfg, db))
            for name, args_ in (("bare", ["bare"]), ("startup", ["app", "--db", str(db)]),
                                ("core", ["ledger", "--db", str(db)]), ("list", ["list", "--db", str(db)])):
                if name in which:
                    child(cfg, args_)  # warm
                    child(cfg, args_, profile=OUT / f"{name}.txt")
                    written.append(OUT / f"{name}.txt")
            if "startup-enc" in which:
                enc = data.copy_encrypted(cfg.big, cfg.work / "enc.db")
                daily_backup_done(cfg, enc, data.PASSPHRASE)
                args_ = ["app", "--db", str(enc), "--secret", data.PASSPHRASE]
                child(cfg, args_)
                child(cfg, args_, profile=OUT / "startup-enc.txt")
                written.append(OUT / "startup-enc.txt")

        from dvdesktop.core.ledger import Ledger

        if "search" in which:
            with Ledger.open(data.unit_db(cfg.big)) as led:
                def page() -> None:
                    for q in SEARCHES:
                        for kind in ("meeting", "reception"):
                            led.count(kind, search=q)
                            led.list(kind, search=q, limit=200)

                written.append(in_process("search", page, repeat=5))
        if "save" in which:
            path = data.copy_of(cfg.big, cfg.work / "save.db")
            with Ledger.open(path, actor="bench") as led:
                meeting = {"date": "2025-06-12", "kind": "thematic", "title": "Hội nghị chuyên đề dân vận",
                           "members_expected": 40, "members_present": 38}
                written.append(in_process("save", lambda: [led.add("meeting", meeting) for _ in range(200)]))
        if {"report", "export"} & set(which):
            from dvdesktop.packages import export_package
            from dvdesktop.reports.build import build_report

            path = data.copy_of(cfg.small, cfg.work / "report.db")
            with Ledger.open(path, actor="bench") as led:
                if "report" in which:
                    written.append(in_process(
                        "report", lambda: build_report(led, period=cfg.period, out=cfg.work / "r.pdf"), repeat=10))
                if "export" in which:
                    written.append(in_process(
                        "export", lambda: export_package(led, period=cfg.period, out_dir=cfg.work / "pkg"), repeat=5))
        if {"import", "consolidated"} & set(which):
            from dvdesktop.office import import_paths, render_consolidated

            paths, keys = data.packages(cfg.units)
            office: dict[str, Any] = {}

            def fresh() -> None:
                if "db" in office:
                    office["db"].conn.close()
                office["db"] = data.office_db(cfg.work / "office.db", keys)

            fresh()
            for p in paths:  # a warm OS cache, as in the measure
                for f in (p.iterdir() if p.is_dir() else [p]):
                    f.read_bytes()
            if "import" in which:
                written.append(in_process("import", lambda: import_paths(office["db"], paths), setup=fresh))
            else:
                import_paths(office["db"], paths)
            if "consolidated" in which:
                written.append(in_process(
                    "consolidated",
                    lambda: render_consolidated(office["db"], period=cfg.period, out=cfg.work / "c.pdf"), repeat=2))
            office["db"].conn.close()
    finally:
        shutil.rmtree(cfg.work, ignore_errors=True)
    for path in written:
        print(path.read_text())
    print("written:", *written, sep="\n  ", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
