"""The measures: each returns ``Row``s (a figure, its floor measured in the same run, a target).

Times are medians of ``cfg.runs`` repetitions; a ratio divides the measure's median by the
floor's median taken in the same run, so a slow or busy machine moves both.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
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

from bench import data

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Config:
    quick: bool
    small: int  # records of the "10k" unit
    big: int  # records of the "100k" unit
    units: int  # packages for the receiving office
    runs: int  # repetitions of a fast measure
    slow_runs: int  # repetitions of a measure taking seconds (subprocesses, 1,000 imports)
    work: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="dvbench-")))
    period: str = str(data.REPORT_YEAR)


@dataclass
class Row:
    measure: str
    value: float | None  # the figure compared with the target (ms, s, MiB or a ratio)
    unit: str  # "ms", "s", "MiB", "x"
    target: float | None
    detail: str = ""  # the raw figures behind it
    ok: bool | None = None

    def __post_init__(self) -> None:
        if self.ok is None and self.value is not None and self.target is not None:
            self.ok = self.value <= self.target


def median_time(fn: Callable[[], Any], runs: int, *, warmup: int = 1) -> tuple[float, list[float]]:
    """Median seconds of ``fn()`` over ``runs`` calls after ``warmup`` unmeasured ones."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


# ------------------------------------------------------------------ subprocesses
def child(args: list[str], *, timeout: float = 900) -> tuple[float, dict[str, Any]]:
    """Run ``python -m bench.child ARGS``; seconds until its BENCH line, and the line's data."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "bench.child", *args], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=err, text=True)
        killer = threading.Timer(timeout, proc.kill)  # a hung child must not hang the bench
        killer.start()
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith("BENCH "):
                    elapsed = time.perf_counter() - t0
                    payload = json.loads(line[6:])
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


def gui_available() -> bool:
    try:
        import dvdesktop.gui.app  # noqa: F401
        import dvdesktop.gui.mainwindow  # noqa: F401
    except ImportError:
        return False
    return True


# ---------------------------------------------------------------------- measures
def startup(cfg: Config) -> list[Row]:
    """Start to main window shown on the big database, vs a bare QMainWindow (fresh processes)."""
    if not gui_available():
        return [Row("start-up, big db vs bare QMainWindow", None, "x", 1.3, "dvdesktop.gui.app not there yet")]
    db = data.copy_of(cfg.big, cfg.work / "startup.db")
    bare, core, app = [], [], []
    child(["bare"])  # warm the OS file cache for all three
    child(["ledger", "--db", str(db)])
    child(["app", "--db", str(db)])
    runs = cfg.slow_runs * 2 - 1
    for _ in range(runs):  # interleaved, so drift on a shared machine hits all alike
        bare.append(child(["bare"])[0])
        core.append(child(["ledger", "--db", str(db)])[0])
        app.append(child(["app", "--db", str(db)])[0])
    b, c, a = statistics.median(bare), statistics.median(core), statistics.median(app)
    return [Row(f"start to main window shown, {cfg.big:,} records vs bare QMainWindow", a / b, "x", 1.3,
                f"window {ms(a)} vs bare {ms(b)} (medians of {runs}; each a fresh process, "
                f"interpreter start included)"),
            Row("lower bound: bare QMainWindow + import core + Ledger.open + one count, vs bare", c / b, "x", None,
                f"{ms(c)}: what any window showing Ledger data must at least spend")]


def list_jump(cfg: Config) -> list[Row]:
    """Open the biggest list and jump to its last row: the window's lazy model, and the Ledger."""
    from dvdesktop.core.ledger import Ledger

    rows: list[Row] = []
    path = data.unit_db(cfg.big)
    with Ledger.open(path) as led:
        kind = max(("meeting", "reception"), key=led.count)

        def ledger_last_page() -> None:
            n = led.count(kind)
            led.list(kind, offset=max(0, n - 200), limit=200)

        t, _ = median_time(ledger_last_page, cfg.runs)
        n = led.count(kind)
    rows.append(Row(f"Ledger: count + last page of the {n:,}-row {kind} list (floor of a windowed model)",
                    t * 1000, "ms", 100, f"median of {cfg.runs}"))
    if not gui_available():
        rows.append(Row("window: open list and jump to last row", None, "ms", 100, "GUI not there yet"))
        return rows
    db = data.copy_of(cfg.big, cfg.work / "list.db")
    results = [child(["list", "--db", str(db), "--kind", kind])[1] for _ in range(cfg.slow_runs)]
    opened = statistics.median(r["open_ms"] for r in results)
    jump = statistics.median(r["jump_ms"] for r in results)
    r0 = results[0]
    rows.append(Row(f"window: open the {kind} list ({r0['total']:,} rows)", opened, "ms", 100,
                    f"count + first page of {200}; median of {len(results)} fresh processes"))
    rows.append(Row("window: jump to the last row (windowed model reads the pages shown)", opened + jump, "ms",
                    100, f"open {opened:.0f} ms + {r0['fetches']} page(s) read, {jump:.0f} ms"))
    rows.append(Row("window: overview's first summary (runs on a worker at start; the list waits for it)",
                    statistics.median(r["overview_ms"] for r in results), "ms", None,
                    "no target; the Ledger lock makes the first list read wait for it"))
    return rows


def memory(cfg: Config, results: list[dict[str, Any]] | None = None) -> list[Row]:
    """RSS of a process with the window on the big database and its biggest list shown."""
    if not gui_available():
        return [Row("peak memory, list open", None, "MiB", 200, "GUI not there yet")]
    db = data.copy_of(cfg.big, cfg.work / "memory.db")
    r = child(["list", "--db", str(db)])[1]
    bare = child(["bare"])[1]
    return [
        Row(f"memory with the {r['total']:,}-row list open (RSS)", r["rss_open"], "MiB", 200,
            f"bare QMainWindow {bare['rss']:.0f} MiB; window before the list {r['rss_start']:.0f} MiB"),
        Row("memory after jumping to the last row (peak RSS)", r["peak_end"], "MiB", 200,
            f"{r['rows']:,} rows in the list; the model keeps at most a few pages of them"),
    ]


SEARCHES = ("khieu nai dat", "Nguyễn Thị", "thon dong hai", "ô nhiễm", "nghi quyet 43", "dan van kheo",
            "Quỳnh Lộc", "to cao")


def search(cfg: Config) -> list[Row]:
    """Diacritic-insensitive search over the big unit: Ledger.search and a list page with count."""
    from dvdesktop.core.ledger import Ledger

    with Ledger.open(data.unit_db(cfg.big)) as led:
        global_t: dict[str, float] = {}
        list_t: dict[str, float] = {}
        hits: dict[str, int] = {}
        for q in SEARCHES:
            global_t[q], _ = median_time(lambda q=q: led.search(q), cfg.runs)

            def page(q: str = q) -> None:
                for kind in ("meeting", "reception"):
                    led.count(kind, search=q)
                    led.list(kind, search=q, limit=200)

            list_t[q], _ = median_time(page, cfg.runs)
            hits[q] = sum(led.count(k, search=q) for k in ("meeting", "reception"))
    g = statistics.median(global_t.values())
    lst = statistics.median(list_t.values())
    worst_g = max(global_t, key=global_t.__getitem__)
    worst_l = max(list_t, key=list_t.__getitem__)
    return [
        Row(f"search everywhere (Ledger.search, 50 hits), {cfg.big:,} records", g * 1000, "ms", 30,
            f"median over {len(SEARCHES)} queries; slowest “{worst_g}” {ms(global_t[worst_g])}"),
        Row("search in a list (count + first 200 rows, meetings and receptions)", lst * 1000, "ms", 30,
            f"slowest “{worst_l}” {ms(list_t[worst_l])} ({hits[worst_l]:,} matches)"),
    ]


def durable_save(cfg: Config) -> list[Row]:
    """Ledger.add of one record vs a raw sqlite3 INSERT + COMMIT with the same pragmas."""
    from dvdesktop.core.ledger import Ledger

    path = data.copy_of(cfg.big, cfg.work / "save.db")
    raw_path = cfg.work / "raw.db"
    raw = sqlite3.connect(raw_path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("PRAGMA foreign_keys = ON")
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
        floor, _ = median_time(raw_insert, runs, warmup=3)
        add, _ = median_time(lambda: led.add("meeting", meeting), runs, warmup=3)
        add_rec, _ = median_time(lambda: led.add("reception", reception), runs, warmup=3)
        floor2, _ = median_time(raw_insert, runs, warmup=0)
    raw.close()
    floor = statistics.median([floor, floor2])
    rows = [Row(f"durable save of one meeting (Ledger.add) vs raw INSERT+COMMIT, {cfg.big:,}-record file",
                add / floor, "x", 3, f"add {ms(add)} vs raw {ms(floor)}; WAL, synchronous=FULL; median of {runs}"),
            Row("durable save of one reception, case code assigned (Ledger.add) vs the same floor",
                add_rec / floor, "x", 3, f"add {ms(add_rec)} vs raw {ms(floor)}")]
    rate = data.import_rate(cfg.big)
    if rate:
        rows.append(Row(f"import speed when generating the data (add_many, batches of {data.BATCH:,})", rate,
                        "records/s", None, "no target; information"))
    return rows


def page_texts(pdf_path: Path) -> list[str]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def plain_pdf(out: Path, pages: list[str]) -> None:
    """The same text as ``pages``, one plain paragraph per line, one page each, same font."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from dvdesktop.reports.fonts import register_fonts

    family = register_fonts()
    style = ParagraphStyle("p", fontName=family, fontSize=13, leading=15)
    story: list[Any] = []
    for n, text in enumerate(pages):
        story += [Paragraph(escape(line), style) for line in text.splitlines() if line.strip()]
        if n < len(pages) - 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm).build(story)


def report(cfg: Config) -> list[Row]:
    """Yearly PDF report of the small unit, vs a plain reportlab document of as many pages."""
    from dvdesktop.core.ledger import Ledger
    from dvdesktop.reports.build import build_report

    path = data.copy_of(cfg.small, cfg.work / "report.db")
    out, plain = cfg.work / "report.pdf", cfg.work / "plain.pdf"
    with Ledger.open(path) as led:
        t, _ = median_time(lambda: build_report(led, period=cfg.period, out=out), cfg.runs)
        texts = page_texts(out)
        floor, _ = median_time(lambda: plain_pdf(plain, texts), cfg.runs)
        summary, _ = median_time(lambda: led.summary(cfg.period), cfg.runs)
    plain_pages = len(page_texts(plain))
    return [
        Row(f"yearly PDF report, {cfg.small:,}-record unit", t, "s", 1.5,
            f"{len(texts)} pages; of which Ledger.summary {ms(summary)}; median of {cfg.runs}"),
        Row("yearly PDF report vs plain reportlab document of the same pages", t / floor, "x", 2,
            f"plain {ms(floor)}: the report's own text, {plain_pages} pages, same font; "
            f"report without its summary {(t - summary) / floor:.2f}x"),
    ]


def packages(cfg: Config) -> list[Row]:
    """Export one package of the small unit (report built inside, as the window does); verify it."""
    from dvdesktop.core.ledger import Ledger
    from dvdesktop.packages import export_package, public_key_text, verify_package

    path = data.copy_of(cfg.small, cfg.work / "export.db")
    out = cfg.work / "packages"
    with Ledger.open(path, actor="bench") as led:
        made: list[Path] = []
        t, _ = median_time(lambda: made.append(export_package(led, period=cfg.period, out_dir=out)), cfg.runs)
        pdf = (cfg.work / "pre.pdf")
        from dvdesktop.reports.build import build_report

        build_report(led, period=cfg.period, out=pdf)
        pre = pdf.read_bytes()
        t_pre, _ = median_time(lambda: export_package(led, period=cfg.period, out_dir=out, report_pdf=pre),
                               cfg.runs)
        pub = public_key_text(led)
    pkg = made[-1]
    v, _ = median_time(lambda: verify_package(pkg, public_key=pub), cfg.runs * 3)
    return [
        Row(f"export one package, {cfg.small:,}-record unit, yearly", t, "s", 1,
            f"{pkg.stat().st_size / 1024:.0f} KiB; with the PDF already made {t_pre:.2f} s; median of {cfg.runs}"),
        Row("verify one package", v * 1000, "ms", 50, f"median of {cfg.runs * 3}"),
    ]


def office(cfg: Config) -> list[Row]:
    """The receiving office: import every unit's package; the consolidated PDF over all units."""
    from dvdesktop.office import import_paths, render_consolidated

    folder, keys = data.packages(cfg.units)
    imports, outcomes = [], {}
    db = None
    for i in range(cfg.slow_runs):
        if db is not None:
            db.conn.close()
        db = data.office_db(cfg.work / f"office{i}.db", keys)
        t0 = time.perf_counter()
        results = import_paths(db, [folder])
        imports.append(time.perf_counter() - t0)
        outcomes = {o: sum(1 for r in results if r.outcome == o) for o in {r.outcome for r in results}}
    assert db is not None
    out = cfg.work / "consolidated.pdf"
    cons, _ = median_time(lambda: render_consolidated(db, period=cfg.period, out=out), cfg.runs)
    db.conn.close()
    t = statistics.median(imports)
    return [
        Row(f"office: import {cfg.units:,} packages", t, "s", 30,
            f"{t / cfg.units * 1000:.1f} ms each; outcomes {outcomes}; median of {len(imports)}, fresh office db each"),
        Row(f"office: consolidated PDF report over {cfg.units:,} units", cons, "s", 3, f"median of {cfg.runs}"),
    ]


def stalls(cfg: Config) -> list[Row]:
    """Longest UI-thread gap between 5 ms ticks while report, export and import run as ops."""
    if not gui_available():
        return [Row("UI stall during export/import/report", None, "ms", 100, "GUI not there yet")]
    db = data.copy_of(cfg.small, cfg.work / "stall.db")
    folder, _keys = data.packages(cfg.units)
    work = cfg.work / "stall"
    work.mkdir(exist_ok=True)
    runs = [child(["stall", "--db", str(db), "--work", str(work), "--packages", str(folder),
                   "--keys", str(folder / "keys.json")])[1] for _ in range(max(1, cfg.slow_runs - 1))]
    rows = []
    for name in ("idle", "report", "export", "import"):
        found = [r for run in runs for r in run["results"] if r["name"] == name]
        if not found:
            continue
        gap = statistics.median(r["max_gap_ms"] for r in found)
        errors = {r["error"] for r in found if r["error"]}
        detail = f"op took {statistics.median(r['seconds'] for r in found):.2f} s; {found[0]['ticks']} ticks"
        if errors:
            detail += f"; FAILED: {sorted(errors)[0][:200]}"
        label = ("UI thread idle (floor: a 5 ms timer's own jitter)" if name == "idle"
                 else f"longest UI-thread stall during {name} (run_op)")
        rows.append(Row(label, gap, "ms", None if name == "idle" else 100, detail,
                        ok=False if errors else None))
    return rows


def backup(cfg: Config) -> list[Row]:
    """A verified backup of the big unit's file (no target: the window makes one now and then)."""
    try:
        from dvdesktop.safety.backup import make_backup
    except ImportError:
        return [Row("backup of the big unit", None, "s", None, "dvdesktop.safety not there yet")]
    from dvdesktop.core.ledger import Ledger

    path = data.copy_of(cfg.big, cfg.work / "backup.db")
    n = iter(range(1000))
    with Ledger.open(path) as led:
        t, _ = median_time(lambda: make_backup(led, dest=cfg.work / f"b{next(n)}.db"), max(1, cfg.runs // 2))
    return [Row(f"verified backup of the {cfg.big:,}-record file (make_backup)", t, "s", None,
                f"{path.stat().st_size / 2**20:.0f} MiB file; no target; information")]


ALL: dict[str, Callable[[Config], list[Row]]] = {
    "startup": startup,
    "list": list_jump,
    "search": search,
    "save": durable_save,
    "report": report,
    "packages": packages,
    "office": office,
    "memory": memory,
    "stall": stalls,
    "backup": backup,
}


def cleanup(cfg: Config) -> None:
    shutil.rmtree(cfg.work, ignore_errors=True)


__all__ = ["ALL", "Config", "Row", "cleanup"]
