"""The house's layers, enforced: import-linter's contracts (pyproject.toml) over every module.

``test_the_contracts_hold`` runs them on the tree; each planted violation below, made in a
copy of the tree, must break its contract, so the contracts are known to be able to fail.
``test_the_command_line_runs_without_qt`` is the real thing: a process where Qt cannot be
imported records, summarises, exports and reads back a workbook, and runs the commands.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    # cwd=root and PYTHONPATH=root: the dvdesktop package analysed is the one in ``root``.
    return subprocess.run([str(LINT), "--no-cache", str(ROOT / "pyproject.toml")], cwd=root, capture_output=True,
                          text=True, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}, timeout=300)


def test_the_contracts_hold() -> None:
    out = _lint(ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout and "4 kept" in out.stdout


PLANTS = {
    # contract: (file, the import planted at its end, what the report names)
    "qt": ("dvdesktop/reports/pdf.py", "import PySide6.QtCore", "Qt only in the window"),
    "qt-safety": ("dvdesktop/safety/backup.py", "from PySide6 import QtWidgets", "Qt only in the window"),
    "layers": ("dvdesktop/store/files.py", "import dvdesktop.core.ledger", "Imports run one way"),
    "layers-up": ("dvdesktop/reports/content.py", "import dvdesktop.office.status", "Imports run one way"),
    "acyclic": ("dvdesktop/core/domain.py", "import dvdesktop.core.ledger", "No import cycles"),
    "acyclic-gui": ("dvdesktop/gui/safety_dialogs.py", "import dvdesktop.gui.app", "No import cycles"),
    "qt-cli": ("dvdesktop/cli/common.py", "import dvdesktop.operations", "The command line imports Qt only"),
}


@pytest.mark.slow
@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_a_planted_violation_breaks_its_contract(plant: str, tmp_path: Path) -> None:
    path, line, contract = PLANTS[plant]
    shutil.copytree(ROOT / "dvdesktop", tmp_path / "dvdesktop", ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / path
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # planted\n", encoding="utf-8")
    out = _lint(tmp_path)
    assert out.returncode != 0, out.stdout
    broken = [ln for ln in out.stdout.splitlines() if ln.endswith("BROKEN")]
    assert any(ln.startswith(contract) for ln in broken) or contract in out.stdout.split("Contracts:")[0], out.stdout


BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is not allowed here: ' + name)
sys.meta_path.insert(0, BlockQt())
"""


def test_the_command_line_runs_without_qt(tmp_path: Path) -> None:
    code = BLOCK_QT + f"""
from pathlib import Path
from dvdesktop.cli import main
from dvdesktop.core.demo import fill_demo
from dvdesktop.safety.crypto import open_data_file
from dvdesktop.sheets import export_records, preview_import
import dvdesktop.office, dvdesktop.packages, dvdesktop.reports.build, dvdesktop.safety.steps
with open_data_file({str(tmp_path / 'x.db')!r}) as file:
    led = file.ledger
    fill_demo(led, year=2026, seed=3)
    assert led.summary('2026')['meetings']['count'] > 0
    assert preview_import('meeting', export_records(led, 'meeting', path=Path({str(tmp_path / 'x.xlsx')!r}))).ok
assert main(['summary', '--db', {str(tmp_path / 'x.db')!r}, '--period', '2026']) == 0
assert main(['khoi', 'status', '--db', {str(tmp_path / 'x.db')!r}, '--period', '2026-H1']) == 0
print('ok', 'PySide6' in sys.modules)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "ok False"


def test_the_blocker_really_blocks_qt() -> None:
    out = subprocess.run([sys.executable, "-c", BLOCK_QT + "import PySide6.QtCore"], capture_output=True, text=True)
    assert out.returncode != 0 and "Qt is not allowed" in out.stderr
