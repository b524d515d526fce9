"""The core and everything beneath the window import and run without Qt."""

from __future__ import annotations

import subprocess
import sys

BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is not allowed here: ' + name)
sys.meta_path.insert(0, BlockQt())
"""


def test_core_imports_and_works_without_pyside6(tmp_path):
    code = BLOCK_QT + f"""
import dvdesktop.core.ledger, dvdesktop.core.aggregate, dvdesktop.core.demo, dvdesktop.cli
from dvdesktop.core.ledger import Ledger
from dvdesktop.core.demo import fill_demo
led = Ledger.open({str(tmp_path / 'x.db')!r})
fill_demo(led, year=2026, seed=3)
assert led.summary('2026')['meetings']['count'] > 0
from pathlib import Path
from dvdesktop.sheets import export_records, preview_import
assert preview_import('meeting', export_records(led, 'meeting', path=Path({str(tmp_path / 'x.xlsx')!r}))).ok
for name in ('dvdesktop.reports', 'dvdesktop.packages', 'dvdesktop.office', 'dvdesktop.safety',
             'dvdesktop.sheets', 'dvdesktop.office.xlsx'):
    try:
        __import__(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
print('ok', 'PySide6' in sys.modules)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok False"


def test_the_blocker_really_blocks_qt():
    out = subprocess.run([sys.executable, "-c", BLOCK_QT + "import PySide6.QtCore"], capture_output=True, text=True)
    assert out.returncode != 0 and "Qt is not allowed" in out.stderr
