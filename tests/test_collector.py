"""The cyclic collector is held off while a report is built, and runs again afterwards."""

from __future__ import annotations

import gc
import threading
from datetime import date

from dvdesktop.base.collector import collector_paused
from dvdesktop.reports.build import build_report


def test_overlapping_pauses_resume_the_collector_when_the_last_ends():
    assert gc.isenabled()
    first_in, second_out = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other() -> None:
        with collector_paused():
            first_in.wait()
        seen.append(gc.isenabled())  # the first block still runs: still paused
        second_out.set()

    worker = threading.Thread(target=other)
    with collector_paused():
        worker.start()
        first_in.set()
        second_out.wait()
        assert not gc.isenabled()
    worker.join()
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_report_is_built_with_the_collector_paused_and_it_runs_after(ledger, tmp_path, monkeypatch):
    from dvdesktop.reports import pdf

    states: list[bool] = []
    render = pdf.render_report_pdf
    monkeypatch.setattr(pdf, "render_report_pdf", lambda **kw: (states.append(gc.isenabled()), render(**kw))[1])
    out = build_report(ledger, period="2026-H1", out=tmp_path / "r.pdf", issued=date(2026, 7, 2))
    assert out.read_bytes().startswith(b"%PDF")
    assert states == [False]
    assert gc.isenabled()


def test_a_failed_report_leaves_the_collector_running(ledger, tmp_path):
    import pytest

    from dvdesktop.base.errors import UserError

    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(UserError):  # StorageError: the folder is a file
        build_report(ledger, period="2026-H1", out=tmp_path / "a-file" / "r.pdf", issued=date(2026, 7, 2))
    assert gc.isenabled()
