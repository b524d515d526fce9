"""A fresh machine: `python3 dev.py app` gets a user to the window, or says in one line why not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import dev  # noqa: E402

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's X11 plugin is Linux's")


def test_only_the_window_needs_a_display() -> None:
    assert dev.opens_window([]) and dev.opens_window(["--demo"]) and dev.opens_window(["--db", "x.db", "--lang", "en"])
    assert not dev.opens_window(["summary", "--db", "x.db", "--period", "2026"])
    assert not dev.opens_window(["--help"]) and not dev.opens_window(["--db", "summary.db", "report"])


@linux_only
def test_no_display_is_said_in_one_line_with_how_to_run_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert dev.ensure_display({"PATH": os.environ.get("PATH", "")}) is False
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "xvfb-run" in err and "--lang" in err and "--help" in err


@linux_only
def test_missing_xcb_libraries_name_the_one_command(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    monkeypatch.setattr(dev, "xcb_plugin", lambda: tmp_path / "libqxcb.so")
    monkeypatch.setattr(dev, "missing_libraries", lambda _p: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000)
    assert dev.ensure_display({"DISPLAY": ":0"}) is False
    err = capsys.readouterr().err
    assert "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1" in err


@linux_only
def test_as_root_the_libraries_are_installed_with_apt(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    missing = [["libxcb-icccm.so.4", "libxkbcommon-x11.so.0"], []]
    calls: list[list[str]] = []
    monkeypatch.setattr(dev, "xcb_plugin", lambda: tmp_path / "libqxcb.so")
    monkeypatch.setattr(dev, "missing_libraries", lambda _p: missing.pop(0))
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0)
    monkeypatch.setattr(dev.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(dev.subprocess, "call", lambda cmd, **kw: calls.append(cmd) or 0)
    assert dev.ensure_display({"DISPLAY": ":0"}) is True
    assert calls[-1][:3] == ["apt-get", "install", "-y"] and calls[-1][-2:] == ["libxcb-icccm4", "libxkbcommon-x11-0"]


def test_library_names_map_to_debian_packages() -> None:
    assert dev.debian_package("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert dev.debian_package("libglib-2.0.so.0") == "libglib2.0-0"
    assert dev.debian_package("libfoo-bar.so.3") == "libfoo-bar3" and dev.debian_package("libfoo2.so.1") == "libfoo2-1"


@linux_only
def test_ldd_reads_the_real_plugin() -> None:
    plugin = dev.xcb_plugin()
    if plugin is None:
        pytest.skip("PySide6 is not installed in .venv")
    missing = dev.missing_libraries(plugin)
    assert isinstance(missing, list) and all(".so" in name for name in missing)


@linux_only
def test_the_program_itself_says_there_is_no_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "dvdesktop", "--db", str(tmp_path / "x.db")], capture_output=True,
                         text=True, env=env, timeout=120)
    assert out.returncode == 1
    assert out.stderr.strip().count("\n") == 0 and "xvfb-run" in out.stderr and "dvdesktop --help" in out.stderr
    assert not (tmp_path / "x.db").exists()  # nothing opened, nothing written
