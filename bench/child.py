"""Measures that need a fresh process with a Qt event loop; run by bench.measures.

    python -m bench.child bare                    # a bare QMainWindow (the start-up floor)
    python -m bench.child ledger --db FILE        # the same plus import core, Ledger.open, count
    python -m bench.child app --db FILE [--secret S]   # the real window (``dvdesktop --db FILE``):
                                                       # MARK frame at its first frame, BENCH once
                                                       # attached to the file; S answers the
                                                       # passphrase dialog
    python -m bench.child list --db FILE          # window, open the biggest list, jump to its end
    python -m bench.child stall --db FILE --work DIR [--paths JSON --keys FILE --backup-db FILE]
    python -m bench.child office --paths JSON --keys FILE --work DIR   # the office at scale (no Qt)

Each prints one line ``BENCH {json}`` on stdout and leaves at once (``os._exit``), so the
parent's clock stops at the line, not after Qt's teardown. With ``BENCH_PROFILE=FILE`` in
the environment the whole process runs under pyinstrument and its report is written to
FILE (text), and its HTML view under bench/data/profiles/, just before the line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from bench.memory import reset_peak, rss_mb

_loop: Any = None


def process_events() -> None:
    # One QEventLoop instance: PySide6 6.12's static processEvents() drops a reference to
    # None per call (see dvdesktop.operations.process_events), and this file stays free of
    # dvdesktop imports for the bare-window floor.
    global _loop
    from PySide6.QtCore import QEventLoop

    if _loop is None:
        _loop = QEventLoop()
    _loop.processEvents()

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


_profiler: Any = None


def start_profile() -> None:
    global _profiler
    if os.environ.get("BENCH_PROFILE"):
        from pyinstrument import Profiler

        _profiler = Profiler(interval=0.0005)
        _profiler.start()


def stop_profile() -> None:
    target = os.environ.get("BENCH_PROFILE")
    if _profiler is None or not target:
        return
    _profiler.stop()
    from bench.profile import render

    Path(target).write_text(render(_profiler, " ".join(sys.argv[1:2])))
    from bench.data import DATA_DIR

    (DATA_DIR / "profiles").mkdir(parents=True, exist_ok=True)
    (DATA_DIR / "profiles" / (Path(target).stem + ".html")).write_text(_profiler.output_html())


def mark(name: str) -> None:
    """A ``MARK name`` line: the parent notes the time it is read (``bench.measures.child``)."""
    sys.stdout.write(f"MARK {name}\n")
    sys.stdout.flush()


def emit(payload: dict[str, Any]) -> None:
    stop_profile()
    sys.stdout.write("BENCH " + json.dumps(payload) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def bare(db: str | None = None) -> None:
    """A bare QMainWindow; with ``db``, also the core's import, Ledger.open and one count."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if db is not None:
        from dvdesktop.core.ledger import Ledger

        Ledger.open(db).count("meeting")
    window = QMainWindow()
    window.resize(1366, 740)
    window.show()
    QTimer.singleShot(0, lambda: (process_events(), emit({"mode": "bare", **rss_mb()})))
    app.exec()


def _main_window() -> Any:
    from PySide6.QtWidgets import QApplication, QMainWindow

    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMainWindow) and w.isVisible():
            return w
    return None


def app(db: str, then: Any = None, secret: str | None = None) -> None:
    """Start the window exactly as ``dvdesktop --db FILE`` does; ``then(window)`` once shown.

    ``secret`` answers the passphrase dialog of an encrypted file at once, as a user who
    has typed it would (the dialog is intercepted at its static call, like the tests do).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    qapp = QApplication(sys.argv[:1])  # run() reuses it; lets us queue a timer before exec()
    unlock: dict[str, float] = {"ms": 0.0, "asked": 0}
    if secret is not None:
        from PySide6.QtWidgets import QInputDialog

        from dvdesktop.safety import keyfile

        def answer(*_args: Any, **_kwargs: Any) -> tuple[str, bool]:
            unlock["asked"] += 1
            return secret, True

        QInputDialog.getText = answer  # type: ignore[method-assign]
        real_unlock = keyfile.unlock

        def timed_unlock(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return real_unlock(*args, **kwargs)
            finally:
                unlock["ms"] += (time.perf_counter() - t0) * 1000

        keyfile.unlock = timed_unlock  # type: ignore[assignment]
    from dvdesktop.cli import main

    def shown() -> None:
        process_events()
        window = _main_window()
        if window is None:
            emit({"mode": "app", "error": "no main window was shown"})
        if not marked:
            mark("frame")  # the window's first frame: its file opens next
            marked.append(True)
        if not window.attached:
            QTimer.singleShot(1, shown)
            return
        if then is None:
            emit({"mode": "app", "unlock_ms": unlock["ms"], "asked": unlock["asked"], **rss_mb()})
        try:
            then(window)
        except BaseException:  # noqa: BLE001 - report it rather than hang in the event loop
            import traceback

            emit({"mode": "app", "error": traceback.format_exc()})

    marked: list[bool] = []
    QTimer.singleShot(0, shown)
    main(["--db", db])  # the program's own command, as the user starts it
    emit({"mode": "app", "error": "the window closed before it was shown"})


def list_end(db: str, kind: str) -> None:
    """Open the ``kind`` list page and jump to its last row, as Ctrl+End repeated would."""

    def then(window: Any) -> None:
        from PySide6.QtWidgets import QApplication

        from dvdesktop import operations as ops

        qapp = QApplication.instance()
        t = time.perf_counter()
        ops.wait_for_ops(120)  # the overview page's first summary runs on a worker meanwhile
        overview_ms = (time.perf_counter() - t) * 1000
        base = rss_mb()
        start_profile()  # profiling this mode covers the measured part only
        t0 = time.perf_counter()
        page = window.go(kind)
        t_go = time.perf_counter()
        process_events()
        t1 = time.perf_counter()
        opened = rss_mb()
        model, view = page.model, page.view
        total = model.total
        fetches0 = model.fetches
        while model.canFetchMore():
            model.fetchMore()
        view.scrollToBottom()
        if model.rowCount():
            view.selectRow(model.rowCount() - 1)
        process_events()
        t2 = time.perf_counter()
        end = rss_mb()
        # The floor, in this process on a connection of its own opened just now: the
        # Ledger's count and the last page of 200, what any windowed list must read.
        from dvdesktop.core.ledger import Ledger

        with Ledger.open(db) as led:
            t3 = time.perf_counter()
            n = led.count(kind)
            led.list(kind, offset=max(0, n - 200), limit=200)
            floor_ms = (time.perf_counter() - t3) * 1000
        emit({"mode": "list", "kind": kind, "total": total, "overview_ms": overview_ms, "rows": model.rowCount(),
              "fetches": model.fetches - fetches0, "open_ms": (t1 - t0) * 1000, "go_ms": (t_go - t0) * 1000,
              "jump_ms": (t2 - t1) * 1000, "floor_ms": floor_ms, "rss_start": base["rss"], "rss_open": opened["rss"],
              **{f"{k}_end": v for k, v in end.items()}})

    app(db, then)


def _where(frame: Any, depth: int = 4) -> str:
    """The innermost frames of a thread, "module.function:line" joined by " < "."""
    out = []
    while frame is not None and len(out) < depth:
        code = frame.f_code
        name = Path(code.co_filename).stem
        if name not in ("threading", "child"):
            out.append(f"{name}.{code.co_name}:{frame.f_lineno}")
        frame = frame.f_back
    return " < ".join(out)


def stall(db: str, work: str, paths: str | None, keys: str | None, backup_db: str | None, idle_s: float) -> None:
    """Longest gap between 5 ms ticks on the UI thread while ops run on a worker."""

    def then(window: Any) -> None:
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import QApplication

        from dvdesktop import operations as ops

        qapp = QApplication.instance()
        ops.wait_for_ops(120)  # the overview's first summary, so it does not count below

        def clock() -> float:
            return time.perf_counter() * 1000

        state: dict[str, Any] = {"last": clock(), "start": clock(), "max": 0, "at": 0, "ticks": 0,
                                 "pending": None, "where": None, "run": True}
        ui_thread = threading.get_ident()

        def tick() -> None:
            now = clock()
            if now - state["last"] > state["max"]:
                state["max"], state["at"] = now - state["last"], now - state["start"]
                state["where"] = state["pending"]
            state["last"], state["pending"] = now, None
            state["ticks"] += 1

        def watchdog() -> None:
            """While the UI thread has not ticked for 15 ms, note where every thread is.

            Runs as soon as it gets the GIL, so a worker inside a long C call is caught in
            the Python function that made that call.
            """
            while state["run"]:
                time.sleep(0.002)
                if state["pending"] is None and clock() - state["last"] > 15:
                    frames = sys._current_frames()  # noqa: SLF001 - diagnosis only
                    state["pending"] = {("ui" if ident == ui_thread else "worker"): _where(frame)
                                        for ident, frame in frames.items() if ident != threading.get_ident()}

        threading.Thread(target=watchdog, daemon=True).start()
        import gc

        gc_state: dict[str, Any] = {"t": 0.0, "max": 0.0, "gen": None}

        def gc_pause(phase: str, info: dict[str, Any]) -> None:
            """The longest garbage collection (it holds the GIL: no other thread runs)."""
            if phase == "start":
                gc_state["t"] = clock()
            elif clock() - gc_state["t"] > gc_state["max"]:
                gc_state["max"], gc_state["gen"] = clock() - gc_state["t"], info.get("generation")

        gc.callbacks.append(gc_pause)
        ticker = QTimer()
        ticker.setTimerType(Qt.TimerType.PreciseTimer)
        ticker.setInterval(5)
        ticker.timeout.connect(tick)
        ticker.start()

        def measure(name: str, fn: Any) -> dict[str, Any]:
            """Run ``fn`` as an op while Qt's own event loop turns (as in app.exec)."""
            from PySide6.QtCore import QEventLoop

            done: dict[str, Any] = {}
            loop = QEventLoop()
            process_events()
            state.update(last=clock(), start=clock(), max=0, at=0, ticks=0, pending=None, where=None)
            gc_state.update(max=0.0, gen=None)
            t0 = time.perf_counter()
            if fn is None:
                QTimer.singleShot(int(idle_s * 1000), loop.quit)
            else:
                def finish(key: str, value: Any) -> bool:
                    done[key] = value
                    loop.quit()
                    return True

                ops.run_op(window, fn, success=lambda r: finish("ok", r), failure=lambda e: finish("error", repr(e)))
            loop.exec()
            return {"name": name, "max_gap_ms": state["max"], "at_ms": state["at"], "ticks": state["ticks"],
                    "where": state["where"], "gc_ms": gc_state["max"], "gc_gen": gc_state["gen"], "seconds": time.perf_counter() - t0, "error": done.get("error")}

        from dvdesktop.packages import export_package
        from dvdesktop.reports.build import build_report

        year = os.environ.get("BENCH_PERIOD", "2025")
        out = Path(work)
        results = [measure("idle", None)]
        results.append(measure("report", lambda led: build_report(led, period=year, out=out / "r.pdf")))
        results.append(measure("export", lambda led: export_package(led, period=year, out_dir=out / "pkg")))
        if paths and keys:
            from bench.data import office_db

            key_map = json.loads(Path(keys).read_text())
            odb = office_db(out / "office.db", key_map)
            to_import = json.loads(Path(paths).read_text())

            def import_all(_led: Any) -> int:
                from dvdesktop.office import import_paths

                return len(import_paths(odb, to_import))

            results.append(measure("import", import_all))
            odb.close()
        if backup_db:
            from dvdesktop.safety.backup import make_backup
            from dvdesktop.safety.datafile import DataFile

            results.append(measure("backup", lambda _led: make_backup(DataFile(Path(backup_db)), dest=out / "backup.db")))
        ticker.stop()
        state["run"] = False
        emit({"mode": "stall", "results": results, **rss_mb()})

    app(db, then)


def office(paths_file: str, keys_file: str, work: str, period: str, reps: int) -> None:
    """The receiving office on a stick of packages: import, status, consolidated report.

    Each phase reports its time and its peak resident memory above the memory before it,
    and is followed by its floor measured here on the same files and the same document.
    """
    from bench import floors
    from bench.data import office_db
    from dvdesktop.office import find_packages, import_paths, status
    from dvdesktop.office.render import build_consolidated_document
    from dvdesktop.reports.pdf import render_document_pdf

    out = Path(work)
    keys = json.loads(Path(keys_file).read_text())
    paths = json.loads(Path(paths_file).read_text())
    files = find_packages(paths)
    db = office_db(out / "office.db", keys)
    checks = [floors.SignatureCheck(f, keys[f.name.split("_")[0]]) for f in files]
    for f in files:  # the same warm OS cache for the floor and the import
        f.read_bytes()
    result: dict[str, Any] = {"mode": "office", "packages": len(files)}

    def phase(name: str, fn: Any) -> Any:
        base = rss_mb()["rss"]
        reset_peak()
        t0 = time.perf_counter()
        value = fn()
        result[f"{name}_s"] = time.perf_counter() - t0
        result[f"{name}_mib"] = rss_mb()["peak"] - base
        return value

    phase("floor", lambda: [floors.signature_floor(c) for c in checks])
    phase("unzip", lambda: [floors.unzip_floor(c) for c in checks])
    outcomes = phase("import", lambda: import_paths(db, paths))
    result["outcomes"] = {o: sum(1 for r in outcomes if r.outcome == o) for o in {r.outcome for r in outcomes}}
    states = phase("status", lambda: status(db, period=period))
    result["states"] = len(states)
    pdf = out / "consolidated.pdf"
    from dvdesktop.office import render_consolidated

    times, peaks = [], []
    for _ in range(reps):  # memory: the first run's peak (later ones reuse what it freed)
        phase("report", lambda: render_consolidated(db, period=period, out=pdf))
        times.append(result["report_s"])
        peaks.append(result["report_mib"])
    result["report_s"], result["report_mib"] = sorted(times)[len(times) // 2], peaks[0]
    doc = phase("document", lambda: build_consolidated_document(db, period=period))
    # The document's own Python objects at their peak (RSS cannot tell them apart now that
    # the report's memory is there to be reused): one more build, traced.
    import tracemalloc

    tracemalloc.start()
    build_consolidated_document(db, period=period)
    result["document_traced_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    phase("render", lambda: render_document_pdf(doc, out=out / "render.pdf"))
    plain = []
    for _ in range(reps):
        result["plain_pages"] = phase("plain", lambda: floors.plain_document_pdf(doc, out / "plain.pdf"))
        plain.append(result["plain_s"])
    result["plain_s"] = sorted(plain)[len(plain) // 2]
    result["pages"] = floors.pdf_pages(pdf)
    result["db_mib"] = (out / "office.db").stat().st_size / 2**20
    db.close()
    emit(result)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.child")
    parser.add_argument("mode", choices=["bare", "ledger", "app", "list", "stall", "office"])
    parser.add_argument("--db")
    parser.add_argument("--secret")
    parser.add_argument("--kind", default="meeting")
    parser.add_argument("--work")
    parser.add_argument("--paths", help="JSON file: the package files and folders to import")
    parser.add_argument("--keys", help="JSON file: {unit code: public key text}")
    parser.add_argument("--backup-db")
    parser.add_argument("--period", default=os.environ.get("BENCH_PERIOD", "2025"))
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--idle", type=float, default=1.0)
    args = parser.parse_args(argv)
    if args.mode != "list":  # the list profiles its measured part only
        start_profile()
    if args.mode == "bare":
        bare()
    elif args.mode == "ledger":
        bare(args.db)
    elif args.mode == "app":
        app(args.db, secret=args.secret)
    elif args.mode == "list":
        list_end(args.db, args.kind)
    elif args.mode == "office":
        office(args.paths, args.keys, args.work, args.period, args.reps)
    else:
        stall(args.db, args.work, args.paths, args.keys, args.backup_db, args.idle)


if __name__ == "__main__":
    main()
