"""The benchmarks' own code runs: deterministic data, and the in-process measures on tiny data.

The full suite (subprocess start-up, memory, UI stalls) runs in CI as ``python -m bench --quick``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import data, measures


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> measures.Config:
    monkeypatch.setattr(data, "DATA_DIR", tmp_path / "data")
    work = tmp_path / "work"
    work.mkdir()
    return measures.Config(quick=True, small=120, big=200, units=2, runs=1, slow_runs=1, work=work)


def test_generated_data_is_deterministic_and_spread_over_kinds() -> None:
    first = list(data.generate(400))
    assert first == list(data.generate(400))
    counts: dict[str, int] = {}
    for kind, batch in first:
        counts[kind] = counts.get(kind, 0) + len(batch)
    assert sum(counts.values()) == 400
    assert counts["meeting"] > counts["reception"] > counts["dialogue"]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["list", "search", "save", "report", "packages", "office"])
def test_in_process_measures_run(tiny: measures.Config, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(measures, "gui_available", lambda: False)  # subprocess parts: bench --quick
    rows = measures.ALL[name](tiny)
    assert rows
    assert all(r.value is None or r.value >= 0 for r in rows)
