"""Crash safety, proved: real saves killed with SIGKILL at random moments lose nothing acknowledged.

A bounded run of ``tools/kill_harness.py`` (the long run: ``--rounds 500``); see its docstring
for what is checked after every kill.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _harness():
    spec = importlib.util.spec_from_file_location("kill_harness", ROOT / "tools" / "kill_harness.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("kill_harness", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_killed_saves_leave_a_sound_file_with_every_acknowledged_record(tmp_path):
    report = _harness().run(rounds=20, seed=2026, workdir=tmp_path, cli_every=5)
    assert report.failures == [], report.summary()
    assert report.kills == 20 and report.cli_rounds == 4
    assert report.acked > 0 and report.batches_checked > 0 and report.backups_checked > 0


@pytest.mark.slow
def test_killed_saves_on_an_encrypted_file(tmp_path):
    report = _harness().run(rounds=6, seed=91, workdir=tmp_path, encrypted=True, cli_every=3)
    assert report.failures == [], report.summary()
    assert report.acked > 0
