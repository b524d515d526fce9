"""Measures that need a fresh process with a Qt event loop; run by bench.measures.

    python -m bench.child bare                    # a bare QMainWindow (the start-up floor)
    python -m bench.child ledger --db FILE        # the same plus import core, Ledger.open, count
    python -m bench.child app --db FILE           # the real window (dvdesktop.gui.app.run)
    python -m bench.child list --db FILE          # window, open the biggest list, jump to its end
    python -m bench.child stall --db FILE --work DIR [--packages DIR --keys FILE]

Each prints one line ``BENCH {json}`` on stdout and leaves at once (``os._exit``), so the
parent's clock stops at the line, not after Qt's teardown.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

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


def rss_mb() -> dict[str, float]:
    """Current and peak resident memory of this process, MiB (Linux /proc; else ru_maxrss)."""
    out: dict[str, float] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                out["rss" if line.startswith("VmRSS") else "peak"] = int(line.split()[1]) / 1024
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        out["peak"] = out["rss"] = peak / 1024 / (1024 if sys.platform == "darwin" else 1)
    return out


def emit(payload: dict[str, Any]) -> None:
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


def app(db: str, then: Any = None) -> None:
    """Start the window exactly as ``dvdesktop --db FILE`` does; ``then(window)`` once shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dvdesktop.gui.app import run

    qapp = QApplication(sys.argv[:1])  # run() reuses it; lets us queue a timer before exec()

    def shown() -> None:
        process_events()
        window = _main_window()
        if window is None:
            emit({"mode": "app", "error": "no main window was shown"})
        if then is None:
            emit({"mode": "app", **rss_mb()})
        try:
            then(window)
        except BaseException:  # noqa: BLE001 - report it rather than hang in the event loop
            import traceback

            emit({"mode": "app", "error": traceback.format_exc()})

    QTimer.singleShot(0, shown)
    run(db=Path(db))
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
        t0 = time.perf_counter()
        page = window.go(kind)
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
        emit({"mode": "list", "kind": kind, "total": total, "overview_ms": overview_ms, "rows": model.rowCount(),
              "fetches": model.fetches - fetches0, "open_ms": (t1 - t0) * 1000,
              "jump_ms": (t2 - t1) * 1000, "rss_start": base["rss"], "rss_open": opened["rss"],
              **{f"{k}_end": v for k, v in rss_mb().items()}})

    app(db, then)


def stall(db: str, work: str, packages: str | None, keys: str | None, idle_s: float) -> None:
    """Longest gap between 5 ms ticks on the UI thread while ops run on a worker."""

    def then(window: Any) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer
        from PySide6.QtWidgets import QApplication

        from dvdesktop import operations as ops

        qapp = QApplication.instance()
        ops.wait_for_ops(120)  # the overview's first summary, so it does not count below
        clock = QElapsedTimer()
        clock.start()
        state: dict[str, Any] = {"last": 0, "max": 0, "ticks": 0}

        def tick() -> None:
            now = clock.elapsed()
            state["max"] = max(state["max"], now - state["last"])
            state["last"] = now
            state["ticks"] += 1

        ticker = QTimer()
        ticker.setTimerType(__import__("PySide6.QtCore", fromlist=["Qt"]).Qt.TimerType.PreciseTimer)
        ticker.setInterval(5)
        ticker.timeout.connect(tick)
        ticker.start()

        def measure(name: str, fn: Any) -> dict[str, Any]:
            done: dict[str, Any] = {}
            process_events()
            state.update(last=clock.elapsed(), max=0, ticks=0)
            t0 = time.perf_counter()
            if fn is None:
                end = time.perf_counter() + idle_s
                while time.perf_counter() < end:
                    process_events()
                    time.sleep(0.0005)
            else:
                ops.run_op(window, fn, success=lambda r: done.setdefault("ok", r),
                           failure=lambda e: bool(done.setdefault("error", repr(e))))
                while "ok" not in done and "error" not in done:
                    process_events()
                    time.sleep(0.0005)
            return {"name": name, "max_gap_ms": state["max"], "ticks": state["ticks"],
                    "seconds": time.perf_counter() - t0, "error": done.get("error")}

        from dvdesktop.packages import export_package
        from dvdesktop.reports.build import build_report

        year = os.environ.get("BENCH_PERIOD", "2025")
        out = Path(work)
        results = [measure("idle", None)]
        results.append(measure("report", lambda led: build_report(led, period=year, out=out / "r.pdf")))
        results.append(measure("export", lambda led: export_package(led, period=year, out_dir=out / "pkg")))
        if packages and keys:
            from bench.data import office_db

            key_map = json.loads(Path(keys).read_text())

            def import_all(_led: Any) -> int:
                from dvdesktop.office import import_paths

                odb = office_db(out / "office.db", key_map)
                try:
                    return len(import_paths(odb, [packages]))
                finally:
                    odb.conn.close()

            results.append(measure("import", import_all))
        ticker.stop()
        emit({"mode": "stall", "results": results, **rss_mb()})

    app(db, then)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.child")
    parser.add_argument("mode", choices=["bare", "ledger", "app", "list", "stall"])
    parser.add_argument("--db")
    parser.add_argument("--kind", default="meeting")
    parser.add_argument("--work")
    parser.add_argument("--packages")
    parser.add_argument("--keys")
    parser.add_argument("--idle", type=float, default=1.0)
    args = parser.parse_args(argv)
    if args.mode == "bare":
        bare()
    elif args.mode == "ledger":
        bare(args.db)
    elif args.mode == "app":
        app(args.db)
    elif args.mode == "list":
        list_end(args.db, args.kind)
    else:
        stall(args.db, args.work, args.packages, args.keys, args.idle)


if __name__ == "__main__":
    main()
