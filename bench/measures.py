"""The measures: each returns ``Row``s, a measured figure divided by its floor from the same run.

A floor is the irreducible part of the same work on the same data (``bench.floors``):
a bare QMainWindow process for start-up, the FTS5 MATCH query for a search, a raw INSERT
and COMMIT for a save, a plain reportlab document of the same pages for a report, read +
hash + one Ed25519 verification per package for an office import. Targets are ratios
(or, for memory, MiB above the floor's); the absolute figures are kept as information.
Times are medians of ``cfg.runs`` repetitions, or of ``cfg.slow_runs`` fresh processes.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import data, floors
from bench import levels as bench_levels

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Config:
    quick: bool
    small: int  # records of the "10k" unit
    big: int  # records of the "100k" unit
    units: int  # packages for the receiving office
    runs: int  # repetitions of a fast measure
    slow_runs: int  # repetitions of a measure taking seconds (subprocesses, 1,000 imports)
    scale: int = 10  # the office is also measured at ``units * scale`` packages
    work: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="dvbench-")))
    period: str = str(data.REPORT_YEAR)


@dataclass
class Row:
    measure: str
    floor: str  # what the figure is divided by
    value: float | None  # the ratio ("x") or the MiB above the floor ("MiB")
    unit: str  # "x" or "MiB"
    target: float | None
    detail: str = ""  # the absolute figures behind it
    ok: bool | None = None

    def __post_init__(self) -> None:
        if self.ok is None and self.value is not None and self.target is not None:
            self.ok = self.value <= self.target


def median_time(fn: Callable[[], Any], runs: int, *, warmup: int = 1) -> float:
    """Median seconds of ``fn()`` over ``runs`` calls after ``warmup`` unmeasured ones."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def paired(measure: Callable[[], Any], floor: Callable[[], Any], runs: int, *, warmup: int = 1) -> tuple[float, float]:
    """Medians of ``measure`` and ``floor``, alternated call by call so drift hits both alike."""
    for _ in range(warmup):
        measure()
        floor()
    m, f = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        measure()
        t1 = time.perf_counter()
        floor()
        t2 = time.perf_counter()
        m.append(t1 - t0)
        f.append(t2 - t1)
    return statistics.median(m), statistics.median(f)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def sec(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


# ------------------------------------------------------------------ subprocesses
def child_env(cfg: Config, **extra: str) -> dict[str, str]:
    """The environment of a measured process: offscreen, bytecode cached, its own data folder.

    ``PYTHONDONTWRITEBYTECODE`` is dropped: an installed program runs from cached bytecode
    (``prepare_bytecode`` writes it once). ``DVDESKTOP_DATA_DIR`` keeps the window's daily
    backup and settings inside the run's work folder.
    """
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "BENCH_PROFILE")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), DVDESKTOP_DATA_DIR=str(cfg.work / "appdata"),
               BENCH_PERIOD=cfg.period, **extra)
    return env


def child(cfg: Config, args: list[str], *, timeout: float = 1800, profile: Path | None = None,
          flags: tuple[str, ...] = (), stderr_to: Path | None = None) -> tuple[float, dict[str, Any]]:
    """Run ``python -m bench.child ARGS``; seconds until its BENCH line, and the line's data
    with ``marks``: the seconds until each ``MARK name`` line before it.

    :param flags: interpreter options (``-X importtime``); ``stderr_to`` keeps its stderr
    """
    env = child_env(cfg, **({"BENCH_PROFILE": str(profile)} if profile else {}))
    with tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, *flags, "-m", "bench.child", *args], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=err, text=True)
        killer = threading.Timer(timeout, proc.kill)  # a hung child must not hang the bench
        killer.start()
        try:
            assert proc.stdout is not None
            marks: dict[str, float] = {}
            for line in proc.stdout:
                if line.startswith("MARK "):
                    marks[line[5:].strip()] = time.perf_counter() - t0
                if line.startswith("BENCH "):
                    elapsed = time.perf_counter() - t0
                    payload = {**json.loads(line[6:]), "marks": marks}
                    if payload.get("error"):
                        raise RuntimeError(f"bench.child {args[0]}: {payload['error'][-3000:]}")
                    return elapsed, payload
            proc.wait()
            err.seek(0)
            raise RuntimeError(f"bench.child {' '.join(args)} printed no result:\n{err.read()[-3000:]}")
        finally:
            killer.cancel()
            if proc.poll() is None:
                proc.wait(timeout=30)
            if proc.stdout is not None:
                proc.stdout.close()
            if stderr_to is not None:
                err.seek(0)
                stderr_to.write_text(err.read())


_bytecode_ready = False


def prepare_bytecode() -> None:
    """Compile dvdesktop and bench as an installer would (site-packages are compiled by pip)."""
    global _bytecode_ready
    if not _bytecode_ready:
        for pkg in ("dvdesktop", "bench"):
            compileall.compile_dir(str(ROOT / pkg), quiet=1)
        _bytecode_ready = True


def daily_backup_done(cfg: Config, db: Path, secret: str | None = None) -> None:
    """Take today's automatic backup of ``db`` now, so the measured starts do not make it.

    The window makes one on the day's first start, on a worker after the first frame; the
    starts measured here are the day's later ones. (The first start is the stall row.)
    """
    from dvdesktop.safety.backup import backup_on_start
    from dvdesktop.safety.crypto import open_data_file

    saved = os.environ.get("DVDESKTOP_DATA_DIR")
    os.environ["DVDESKTOP_DATA_DIR"] = str(cfg.work / "appdata")
    try:
        with open_data_file(db, secret, backup_before_migrate=False) as file:
            backup_on_start(file)
    finally:
        if saved is None:
            os.environ.pop("DVDESKTOP_DATA_DIR", None)
        else:
            os.environ["DVDESKTOP_DATA_DIR"] = saved


def gui_available() -> bool:
    try:
        import dvdesktop.gui.app  # noqa: F401
        import dvdesktop.gui.mainwindow  # noqa: F401
    except ImportError:
        return False
    return True


def no_gui(name: str, floor: str, target: float, unit: str = "x") -> list[Row]:
    return [Row(name, floor, None, unit, target, "the window cannot be imported here", ok=False)]


# ---------------------------------------------------------------------- measures
def startup(cfg: Config) -> list[Row]:
    """Start to main window shown on the big file (plain and encrypted) vs a bare QMainWindow."""
    name = f"start to main window, {cfg.big:,}-record file"
    if not gui_available():
        return no_gui(name, "bare QMainWindow process", 1.3)
    from dvdesktop.safety import keyfile

    prepare_bytecode()
    db = data.copy_of(cfg.big, cfg.work / "startup.db")
    enc = data.copy_encrypted(cfg.big, cfg.work / "startup-enc.db")
    daily_backup_done(cfg, db)
    daily_backup_done(cfg, enc, data.PASSPHRASE)
    kinds = {
        "bare": ["bare"],
        "core": ["ledger", "--db", str(db)],
        "app": ["app", "--db", str(db)],
        "enc": ["app", "--db", str(enc), "--secret", data.PASSPHRASE],
    }
    for args in kinds.values():  # warm the OS file cache and write any missing bytecode
        child(cfg, args)
    runs = cfg.slow_runs * 4 - 1  # 11 in a full run: each start is short, the machine's noise is not
    times: dict[str, list[float]] = {k: [] for k in [*kinds, "frame", "enc-frame"]}
    unlock: list[float] = []
    for _ in range(runs):  # interleaved, so drift on a shared machine hits all alike
        for k, args in kinds.items():
            t, payload = child(cfg, args)
            times[k].append(t)
            if k == "app":
                times["frame"].append(payload["marks"]["frame"])
            if k == "enc":
                times["enc-frame"].append(payload["marks"]["frame"])
                unlock.append(payload["unlock_ms"] / 1000)
    b, c, r, e, f, ef = (statistics.median(times[k]) for k in times)
    u = statistics.median(unlock)
    kf = keyfile.read(keyfile.key_path(enc))
    scrypt = median_time(lambda: keyfile.unlock(kf, data.PASSPHRASE), max(3, cfg.runs // 2), warmup=0)
    each = f"medians of {runs} fresh processes each, interpreter start included, bytecode cached"
    return [
        Row(name, "bare QMainWindow process", f / b, "x", 1.3,
            f"window {ms(f)} vs bare {ms(b)} (`dvdesktop --db FILE`: the window's first frame, its navigation "
            f"and menus, before the core loads; the encrypted file's {ms(ef)}); {each}"),
        Row("(info) start to the window attached to the file (title, overview page; its figures follow "
            "on a worker)", "bare QMainWindow process", r / b, "x", None,
            f"{ms(r)}: the file opened {ms(r - f)} after the first frame"),
        Row("(bound) bare QMainWindow + import the core + Ledger.open + one count", "bare QMainWindow process",
            c / b, "x", None, f"{ms(c)}: the least any window showing Ledger data spends with today's core"),
        Row(f"start on an encrypted (SQLCipher) {cfg.big:,}-record file, to the window attached",
            "the same start on the plain file", e / r, "x", 1.15,
            f"encrypted {ms(e)} vs plain {ms(r)}; the key file's scrypt (n=2^15, deliberate) took {ms(u)} "
            f"on a worker while the core loaded; the first frame {ms(ef)} vs {ms(f)}"),
        Row("(part) unlocking the key file with the passphrase", "one scrypt derivation + AES-GCM, in-process",
            u / scrypt, "x", None, f"{ms(u)} in the window's start vs {ms(scrypt)} here"),
    ]


def list_jump(cfg: Config) -> list[Row]:
    """Open the biggest list in the window and jump to its last row; RSS then vs a bare window."""
    from dvdesktop.core.ledger import Ledger

    with Ledger.open(data.unit_db(cfg.big)) as led:
        kind = max(("meeting", "reception"), key=led.count)
        n = led.count(kind)
    name = f"open the {n:,}-row {kind} list and jump to the last row"
    mem = f"memory with the {n:,}-row list open"
    if not gui_available():
        return no_gui(name, "Ledger count + last page", 2) + no_gui(mem, "bare QMainWindow", 60, "MiB")
    prepare_bytecode()
    db = data.copy_of(cfg.big, cfg.work / "list.db")
    daily_backup_done(cfg, db)
    child(cfg, ["list", "--db", str(db), "--kind", kind])  # warm-up
    results, bare, core, first = [], [], [], []
    for _ in range(cfg.slow_runs):
        results.append(child(cfg, ["list", "--db", str(db), "--kind", kind])[1])
        bare.append(child(cfg, ["bare"])[1])
        core.append(child(cfg, ["ledger", "--db", str(db)])[1])
        first.append(child(cfg, ["app", "--db", str(db)])[1])
    opened = statistics.median(r["open_ms"] for r in results)
    total = statistics.median(r["open_ms"] + r["jump_ms"] for r in results)
    floor = statistics.median(r["floor_ms"] for r in results)
    overview = statistics.median(r["overview_ms"] for r in results)
    rss_open = statistics.median(r["rss_open"] for r in results)
    peak = statistics.median(r["peak_end"] for r in results)
    start_rss = statistics.median(r["rss_start"] for r in results)
    bare_rss = statistics.median(b["rss"] for b in bare)
    r0 = results[0]
    return [
        Row(name, "Ledger count + last page of 200, same process, own connection", total / floor, "x", 2,
            f"window {total:.0f} ms (open {opened:.0f} ms, of it building the page {statistics.median(r['go_ms'] for r in results):.0f} ms; "
            f"jump {total - opened:.0f} ms, {r0['fetches']} page(s) read) vs {floor:.1f} ms; "
            f"median of {len(results)} processes; the overview's first summary ran before it ({overview:.0f} ms)"),
        Row(mem, "bare QMainWindow process", peak - bare_rss, "MiB", 60,
            f"peak {peak:.0f} MiB after the jump (list open {rss_open:.0f}; before it, once the overview's "
            f"first summary is done, {start_rss:.0f}; at the first frame "
            f"{statistics.median(r['rss'] for r in first):.0f}; bare + core + Ledger.open + count "
            f"{statistics.median(r['rss'] for r in core):.0f}) vs bare {bare_rss:.0f} MiB"),
    ]


SEARCHES = ("khieu nai dat", "Nguyễn Thị", "thon dong hai", "ô nhiễm", "nghi quyet 43", "dan van kheo",
            "Quỳnh Lộc", "to cao")


def search(cfg: Config) -> list[Row]:
    """A list's search (count + first page, meetings and receptions) vs the FTS5 MATCH alone."""
    from dvdesktop.core.domain import KINDS
    from dvdesktop.core.ledger import _ID_BITS, Ledger
    from dvdesktop.store.fold import fts_query

    path = data.unit_db(cfg.big)
    raw = floors.raw_connection(path)
    kinds = ("meeting", "reception")
    ranges = {k: (KINDS[k].code << _ID_BITS, ((KINDS[k].code + 1) << _ID_BITS) - 1) for k in kinds}
    ratios: dict[str, float] = {}
    g_ratios: dict[str, float] = {}
    absolute: dict[str, tuple[float, float]] = {}
    hits: dict[str, int] = {}
    with Ledger.open(path) as led:
        for q in SEARCHES:
            fq = fts_query(q)

            def page(q: str = q) -> None:
                for kind in kinds:
                    led.count(kind, search=q)
                    led.list(kind, search=q, limit=200)

            def match(fq: str | None = fq) -> None:
                for lo, hi in ranges.values():
                    raw.execute("SELECT rowid FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ?",
                                [fq, lo, hi]).fetchall()

            t, f = paired(page, match, cfg.runs)
            ratios[q], absolute[q] = t / f, (t, f)
            g, gf = paired(lambda q=q: led.search(q),
                           lambda fq=fq: raw.execute("SELECT rowid FROM search WHERE search MATCH ? "
                                                     "ORDER BY rank LIMIT 100", [fq]).fetchall(), cfg.runs)
            g_ratios[q] = g / gf
            hits[q] = sum(led.count(k, search=q) for k in kinds)
    raw.close()
    med = statistics.median(ratios.values())
    worst = max(ratios, key=ratios.__getitem__)
    t_med = statistics.median(a for a, _ in absolute.values())
    return [
        Row(f"search in a list (count + first page of 200), {cfg.big:,} records",
            "the FTS5 MATCH query alone (all matching rowids)", med, "x", 1.5,
            f"median over {len(SEARCHES)} queries ({t_med * 1000:.1f} ms); worst “{worst}” {ratios[worst]:.2f}x "
            f"({absolute[worst][0] * 1000:.1f} vs {absolute[worst][1] * 1000:.1f} ms, {hits[worst]:,} matches)"),
        Row("(info) search everywhere (Ledger.search, 50 hits)", "MATCH … ORDER BY rank LIMIT 100 alone",
            statistics.median(g_ratios.values()), "x", None,
            f"median over {len(SEARCHES)} queries; worst {max(g_ratios.values()):.2f}x"),
    ]


def durable_save(cfg: Config) -> list[Row]:
    """Ledger.add of one record vs a raw sqlite3 INSERT + COMMIT with the same pragmas."""
    from dvdesktop.core.ledger import Ledger

    path = data.copy_of(cfg.big, cfg.work / "save.db")
    raw = floors.raw_connection(cfg.work / "raw.db")
    raw.execute("CREATE TABLE meetings (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, "
                "created_at TEXT, updated_at TEXT, deleted_at TEXT, date TEXT NOT NULL, kind TEXT, "
                "title TEXT, documents TEXT, members_expected INTEGER, members_present INTEGER, "
                "others_present INTEGER, sites INTEGER, location TEXT, note TEXT)")
    raw.execute("CREATE INDEX meetings_date ON meetings (date)")
    meeting = {"date": "2025-06-12", "kind": "study_resolution",
               "title": "Học tập, quán triệt Kết luận số 43-KL/TW về công tác dân vận",
               "documents": ["43-KL/TW"], "members_expected": 40, "members_present": 38,
               "others_present": 12, "location": "Hội trường Đảng ủy xã"}
    reception = {"date": "2025-06-12", "channel": "visit", "category": "petition",
                 "content": "Kiến nghị sửa chữa đường liên thôn tại thôn Đông Hải", "handling": "accept",
                 "status": "pending", "citizen_name": "Trần Văn An"}
    counter = iter(range(10**9))

    def raw_insert() -> None:
        raw.execute("BEGIN")
        raw.execute("INSERT INTO meetings (uid, created_at, updated_at, date, kind, title, documents, "
                    "members_expected, members_present, others_present, sites, location, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [f"u{next(counter)}", "t", "t", meeting["date"], meeting["kind"], meeting["title"],
                     json.dumps(meeting["documents"]), 40, 38, 12, 1, meeting["location"], ""])
        raw.execute("COMMIT")

    runs = cfg.runs * 3
    with Ledger.open(path, actor="bench") as led:
        add, floor = paired(lambda: led.add("meeting", meeting), raw_insert, runs, warmup=3)
        add_rec, floor2 = paired(lambda: led.add("reception", reception), raw_insert, runs, warmup=3)
    raw.close()
    floor_name = "raw INSERT + COMMIT, same pragmas (WAL, synchronous=FULL)"
    return [
        Row(f"durable save of one meeting (Ledger.add), {cfg.big:,}-record file", floor_name, add / floor, "x", 2,
            f"{ms(add)} vs {ms(floor)}; median of {runs}, alternated"),
        Row("durable save of one reception, case code assigned", floor_name, add_rec / floor2, "x", 2,
            f"{ms(add_rec)} vs {ms(floor2)}"),
    ]


def report(cfg: Config) -> list[Row]:
    """Yearly PDF report of the small unit vs a plain reportlab document of the same pages."""
    from dvdesktop.core.ledger import Ledger
    from dvdesktop.reports import content
    from dvdesktop.reports.build import build_report
    from dvdesktop.reports.pdf import render_document_pdf

    path = data.copy_of(cfg.small, cfg.work / "report.db")
    out, plain = cfg.work / "report.pdf", cfg.work / "plain.pdf"
    with Ledger.open(path) as led:
        p = led.period(cfg.period)

        def document() -> Any:
            return content.build_document(unit=led.unit() or {}, summary=led.summary(p),
                                          texts=led.period_text(p.key) or {},
                                          fingerprint=led.get_setting("signing_fingerprint"))

        doc = document()
        # Twice the fast measures' pairs: the ratio is judged near its target, and one pair
        # takes a tenth of a second.
        runs = cfg.runs * 2 + 1
        t, floor = paired(lambda: build_report(led, period=cfg.period, out=out),
                          lambda: floors.plain_document_pdf(doc, plain), runs)
        summary = median_time(lambda: led.summary(p), cfg.runs)
        render = median_time(lambda: render_document_pdf(doc, out=out), cfg.runs)
    pages, plain_pages = floors.pdf_pages(out), floors.pdf_pages(plain)
    return [
        Row(f"yearly report PDF, {cfg.small:,}-record unit",
            "plain reportlab document of the same pages, tables and charts drawn plainly", t / floor, "x", 2,
            f"{sec(t)} vs {sec(floor)}; {pages} pages vs {plain_pages}; of it Ledger.summary {ms(summary)}, "
            f"layout {ms(render)} ({render / floor:.2f}x the floor); median of {runs}, alternated"),
    ]


def packages(cfg: Config) -> list[Row]:
    """Export one package of the small unit (report built inside, as the window does); verify it."""
    from dvdesktop.core.ledger import Ledger
    from dvdesktop.packages import export_package, public_key_text, verify_package
    from dvdesktop.reports.build import build_report

    path = data.copy_of(cfg.small, cfg.work / "export.db")
    out = cfg.work / "packages"
    made: list[Path] = []
    with Ledger.open(path, actor="bench") as led:
        t, floor = paired(lambda: made.append(export_package(led, period=cfg.period, out_dir=out)),
                          lambda: build_report(led, period=cfg.period, out=cfg.work / "alone.pdf"), cfg.runs)
        pub = public_key_text(led)
    pkg = made[-1]
    check = floors.SignatureCheck(pkg, pub)
    v, vf = paired(lambda: verify_package(pkg, public_key=pub), lambda: floors.signature_floor(check),
                   cfg.runs * 3)
    return [
        Row(f"export one package, {cfg.small:,}-record unit, yearly", "the report PDF alone (build_report)",
            t / floor, "x", 1.5, f"{sec(t)} vs {sec(floor)}; {pkg.stat().st_size / 1024:.0f} KiB; "
            f"median of {cfg.runs}, alternated"),
        Row("(info) verify one package", "read file + SHA-256 + one Ed25519 verify", v / vf, "x", None,
            f"{ms(v)} vs {ms(vf)}; median of {cfg.runs * 3}"),
    ]


def _office_run(cfg: Config, n: int, reps: int) -> dict[str, Any]:
    paths, keys = data.packages(n)
    tag = f"office-{n}"
    (cfg.work / f"{tag}.paths.json").write_text(json.dumps([str(p) for p in paths]))
    (cfg.work / f"{tag}.keys.json").write_text(json.dumps(keys))
    work = cfg.work / tag
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()
    try:
        _, r = child(cfg, ["office", "--paths", str(cfg.work / f"{tag}.paths.json"),
                           "--keys", str(cfg.work / f"{tag}.keys.json"), "--work", str(work),
                           "--reps", str(reps)])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if r["outcomes"] != {"accepted": n}:
        raise RuntimeError(f"office import of {n} packages: {r['outcomes']}")
    return r


def office(cfg: Config) -> list[Row]:
    """The receiving office at ``units`` packages and at ``units * scale``: import, status, report."""
    n, big = cfg.units, cfg.units * cfg.scale
    small_runs = [_office_run(cfg, n, cfg.runs // 2 or 1) for _ in range(cfg.slow_runs)]

    def med(key: str, runs: list[dict[str, Any]] = small_runs) -> float:
        return statistics.median(r[key] for r in runs)

    large = _office_run(cfg, big, 1)
    imp, imp_floor = med("import_s"), med("floor_s")
    rep, plain = med("report_s"), med("plain_s")
    r0 = small_runs[0]
    unzip = med("unzip_s")
    rows = [
        Row(f"office import of {n:,} packages", "N × (read file + SHA-256 + one Ed25519 verify)", imp / imp_floor,
            "x", 1.5, f"{sec(imp)} ({imp / n * 1000:.1f} ms each) vs {sec(imp_floor)} "
            f"({imp_floor / n * 1000:.2f} ms each); median of {len(small_runs)} processes, fresh office file each"),
        Row("(bound) the same floor + inflate and SHA-256 every file of each package",
            "N × (read file + SHA-256 + one Ed25519 verify)", unzip / imp_floor, "x", None,
            f"{sec(unzip)} ({unzip / n * 1000:.2f} ms each): what full verification adds as packages are zipped "
            f"today; the import is {imp / unzip:.1f}x this"),
        Row(f"consolidated report PDF over {n:,} units", "plain reportlab document of the same pages",
            rep / plain, "x", 2, f"{sec(rep)} vs {sec(plain)}; {r0['pages']} pages vs {r0['plain_pages']}; "
            f"of it consolidate + document {sec(med('document_s'))}, layout {sec(med('render_s'))}"),
    ]
    for key, label in (("import", "office import"), ("status", "office status (who has reported)"),
                       ("report", "consolidated report PDF")):
        t_small, t_big = med(f"{key}_s"), large[f"{key}_s"]
        mem_small, mem_big = med(f"{key}_mib"), large[f"{key}_mib"]
        rows.append(Row(f"{label} at {big:,} vs {n:,} packages: time", f"the same at {n:,} (linear = {cfg.scale}x)",
                        t_big / t_small, "x", cfg.scale * 1.1, f"{sec(t_big)} vs {sec(t_small)}"))
        rows.append(Row(f"{label} at {big:,} vs {n:,} packages: memory", f"its peak above start at {n:,}",
                        mem_big - mem_small, "MiB", 50,
                        f"peak +{mem_big:.0f} MiB vs +{mem_small:.0f} MiB over the process before it"))
    rows[-2].detail += (f"; at {big:,} the report is {large['report_s'] / large['plain_s']:.2f}x its plain floor "
                        f"({sec(large['plain_s'])}, {large['pages']} pages)")
    rows[-1].detail += (f"; of it consolidate + document (Python objects, traced) {large['document_traced_mib']:.0f} "
                        f"MiB at {big:,}, {med('document_traced_mib'):.0f} MiB at {n:,}; office file "
                        f"{large['db_mib']:.0f} MiB at {big:,}, {r0['db_mib']:.0f} MiB at {n:,}")
    return rows


def stalls(cfg: Config) -> list[Row]:
    """Longest UI-thread gap between 5 ms ticks while report, export, import, backup run as ops."""
    floor = "a 5 ms timer's own jitter at idle"
    if not gui_available():
        return no_gui("longest UI-thread stall", floor, 5)
    prepare_bytecode()
    db = data.copy_of(cfg.small, cfg.work / "stall.db")
    big = data.copy_of(cfg.big, cfg.work / "stall-big.db")
    daily_backup_done(cfg, db)
    paths, keys = data.packages(cfg.units)
    (cfg.work / "stall.paths.json").write_text(json.dumps([str(p) for p in paths]))
    (cfg.work / "stall.keys.json").write_text(json.dumps(keys))
    work = cfg.work / "stall"
    work.mkdir(exist_ok=True)
    runs = [child(cfg, ["stall", "--db", str(db), "--work", str(work), "--paths", str(cfg.work / "stall.paths.json"),
                        "--keys", str(cfg.work / "stall.keys.json"), "--backup-db", str(big)])[1]
            for _ in range(max(1, cfg.slow_runs - 1))]
    found = {name: [r for run in runs for r in run["results"] if r["name"] == name]
             for name in ("idle", "report", "export", "import", "backup")}
    idle = statistics.median(r["max_gap_ms"] for r in found["idle"])
    what = {"report": f"the yearly report ({cfg.small:,} records)", "export": "export of a package",
            "import": f"import of {cfg.units:,} packages", "backup": f"verified backup of the {cfg.big:,}-record file"}
    rows = []
    for name, label in what.items():
        if not found[name]:
            continue
        gap = statistics.median(r["max_gap_ms"] for r in found[name])
        errors = sorted({r["error"] for r in found[name] if r["error"]})
        detail = (f"{gap:.0f} ms vs {idle:.1f} ms; the op took {statistics.median(r['seconds'] for r in found[name]):.2f} s"
                  f" on a worker (run_op), {found[name][0]['ticks']} ticks; the longest gap ended "
                  f"{', '.join(str(round(r['at_ms'])) for r in found[name])} ms after the op started "
                  f"(its progress dialog opens at {_progress_delay()} ms)")
        worst = max(found[name], key=lambda r: r["max_gap_ms"])
        detail += (f"; longest garbage collection {statistics.median(r['gc_ms'] for r in found[name]):.0f} ms "
                   f"(generation {worst['gc_gen']})")
        if worst.get("where"):
            detail += "; during the longest, " + "; ".join(f"{k} in {v}" for k, v in sorted(worst["where"].items()))
        rows.append(Row(f"longest UI-thread stall during {label}", floor, gap / idle, "x", 5,
                        detail + (f"; FAILED: {errors[0][:200]}" if errors else ""), ok=False if errors else None))
    return rows


def _progress_delay() -> int:
    try:
        from dvdesktop.operations import PROGRESS_DELAY_MS
    except ImportError:
        return 0
    return int(PROGRESS_DELAY_MS)


def backup(cfg: Config) -> list[Row]:
    """A verified backup of the big unit's file vs SQLite's own online backup of it."""
    import sqlite3

    from dvdesktop.core.ledger import Ledger
    from dvdesktop.safety.backup import make_backup
    from dvdesktop.safety.datafile import DataFile

    path = data.copy_of(cfg.big, cfg.work / "backup.db")
    n = iter(range(1000))

    def plain() -> None:
        dest = cfg.work / f"plain{next(n)}.db"
        src, dst = sqlite3.connect(path), sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
        dest.unlink()

    def verified() -> None:
        dest = cfg.work / f"b{next(n)}.db"
        make_backup(DataFile(path), dest=dest)
        dest.unlink()

    with Ledger.open(path) as led:
        t, floor = paired(verified, plain, max(1, cfg.runs // 2))
    return [Row(f"(info) verified backup of the {cfg.big:,}-record file (make_backup)",
                "sqlite3 backup API copy of the same file", t / floor, "x", None,
                f"{sec(t)} vs {sec(floor)}; {path.stat().st_size / 2**20:.0f} MiB file; copy, fsync, integrity "
                f"check and row counts")]


def levels(cfg: Config) -> list[Row]:
    """A province of communes of chi bộ: its import and report at ``communes`` and
    ``communes * scale`` communes, against linear growth."""
    cells = 3 if cfg.quick else 30
    communes = 2 if cfg.quick else 10
    small = bench_levels.province(cfg.work, communes, cells)
    big = bench_levels.province(cfg.work, communes * cfg.scale, cells)
    rows = []
    for key, label in (("import", "province import of the communes' packages"),
                       ("report", "province report of the whole đảng bộ (PDF)")):
        rows.append(Row(
            f"{label} at {big['packages']:,} vs {small['packages']:,} packages below: time",
            f"the same at {communes} communes (linear = {cfg.scale}x)", big[f"{key}_s"] / small[f"{key}_s"], "x",
            cfg.scale * 1.1, f"{sec(big[f'{key}_s'])} vs {sec(small[f'{key}_s'])}; {communes * cfg.scale} vs "
            f"{communes} communes of {cells} chi bộ"))
    rows.append(Row(
        f"province import and report at {big['packages']:,} vs {small['packages']:,} packages below: memory",
        f"its peak above start at {communes} communes", big["peak_mib"] - small["peak_mib"], "MiB", 50,
        f"peak +{big['peak_mib']:.0f} MiB vs +{small['peak_mib']:.0f} MiB over the process before the import "
        f"(one process, the smaller province first)"))
    return rows

ALL: dict[str, Callable[[Config], list[Row]]] = {
    "startup": startup,
    "list": list_jump,
    "search": search,
    "save": durable_save,
    "report": report,
    "packages": packages,
    "office": office,
    "levels": levels,
    "stall": stalls,
    "backup": backup,
}


def cleanup(cfg: Config) -> None:
    shutil.rmtree(cfg.work, ignore_errors=True)


__all__ = ["ALL", "Config", "Row", "cleanup"]
