#!/usr/bin/env python3
"""Set up a local environment and run dvdesktop or its tests: `python3 dev.py app|test|...`.

Needs only Python 3.11+. Creates `.venv/` beside this file, installs the project into it
(again only when pyproject.toml changed), then runs what was asked. On a Debian/Ubuntu
machine where we are root, `test` also installs the few command-line tools the tests use
to check our output with independent software (minisign, pdftoppm, LibreOffice); elsewhere
those tests are skipped with a reason.

`app` on Linux first makes sure the window can open: with no display at all it says how to
run the program instead (one line, not a Qt abort), and it checks with `ldd` that the
system libraries Qt's X11 plugin loads are installed (on a fresh Debian/Ubuntu desktop
libxcb-icccm4 and libxcb-keysyms1 are often not); missing ones are installed with apt when
we are root, or the one command to install them is printed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
# Debian packages: the tests verify packages with the reference minisign tool and
# render PDFs with poppler; xvfb and xauth let screenshot scripts run a real window;
# LibreOffice converts our DOCX reports to PDF to compare them with our own PDF.
TEST_TOOLS = {"minisign": "minisign", "pdftoppm": "poppler-utils", "xvfb-run": "xvfb",
              "soffice": "libreoffice-writer-nogui"}
# Debian font packages LibreOffice needs for that comparison: Times New Roman's metric
# twin with every Vietnamese letter (fonts-liberation 1.x lacks some, so the letters
# would come from another font).
TEST_FONTS = ("fonts-liberation2",)


#: System libraries Qt's X11 platform plugin (libqxcb.so) loads, by Debian/Ubuntu package.
#: A library not listed maps by Debian's rule (libfoo-bar.so.1 -> libfoo-bar1).
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb.so.1": "libxcb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libGLX.so.0": "libglx0", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}
#: Said when there is no display; the window cannot open, the command line still works.
NO_DISPLAY = ("• Không có màn hình (DISPLAY trống) nên không mở được cửa sổ. Chạy trên màn hình ảo: "
              "xvfb-run -a python3 dev.py app [--lang en]; hoặc dùng dòng lệnh: python3 dev.py app --help")


def run(*cmd: str | os.PathLike, env: dict | None = None) -> int:
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, env=env)


def ensure_venv(extras: str) -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"dvdesktop cần Python 3.11 trở lên (đang là {sys.version.split()[0]}).")
    if not PY.exists():
        print("• Tạo môi trường ảo .venv …", flush=True)
        venv.create(VENV, with_pip=True)
    stamp = VENV / f".installed-{extras or 'base'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    print("• Cài đặt thư viện (chỉ lần đầu hoặc khi pyproject.toml đổi) …", flush=True)
    target = f".[{extras}]" if extras else "."
    if run(PY, "-m", "pip", "install", "-q", "--upgrade", "pip") != 0:
        sys.exit("Không nâng cấp được pip.")
    if run(PY, "-m", "pip", "install", "-q", "-e", target) != 0:
        sys.exit("Cài đặt thư viện thất bại; xem thông báo ở trên.")
    stamp.write_text(digest)


def _deb_installed(package: str) -> bool:
    query = shutil.which("dpkg-query")
    if not query:
        return True  # not a Debian system: nothing we could install anyway
    status = subprocess.run([query, "-W", "-f=${Status}", package], capture_output=True, text=True)
    return status.stdout.strip().endswith(" installed")


def ensure_test_tools() -> None:
    missing = sorted({pkg for tool, pkg in TEST_TOOLS.items() if not shutil.which(tool)}
                     | {pkg for pkg in TEST_FONTS if not _deb_installed(pkg)})
    if not missing:
        return
    can_apt = shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0
    if not can_apt:
        print(f"• Thiếu công cụ kiểm tra {missing}; các phép thử cần chúng sẽ được bỏ qua.")
        return
    print(f"• Cài công cụ kiểm tra từ Debian: {' '.join(missing)} …", flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    quiet = {"stdout": subprocess.DEVNULL}
    if subprocess.call(["apt-get", "update", "-qq"], env=env, **quiet) == 0:
        subprocess.call(["apt-get", "install", "-y", "-qq", *missing], env=env, **quiet)


def opens_window(args: list[str]) -> bool:
    """Whether ``dvdesktop ARGS`` opens the window (no subcommand, no --help/--version)."""
    takes_value = {"--db", "--lang"}
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("-h", "--help", "--version"):
            return False
        elif arg in takes_value:
            skip = True
        elif not arg.startswith("-"):
            return False  # a subcommand: summary, report, ...
    return True


def xcb_plugin() -> Path | None:
    found = sorted(VENV.glob("lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so"))
    return found[0] if found else None


def missing_libraries(plugin: Path) -> list[str]:
    """Shared libraries ``plugin`` needs that the dynamic loader cannot find (``ldd``)."""
    try:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    except OSError:
        return []  # no ldd: let Qt speak for itself
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


def debian_package(soname: str) -> str:
    if soname in XCB_PACKAGES:
        return XCB_PACKAGES[soname]
    name, _, version = soname.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def ensure_display(env: dict[str, str] | None = None) -> bool:
    """On Linux: a display to open the window on, and Qt's X11 plugin's libraries.

    Returns False (after saying why, in one line) when the window cannot open.
    """
    env = dict(os.environ) if env is None else env
    if not sys.platform.startswith("linux"):
        return True
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return True  # offscreen, wayland, vnc: the user chose
    if not env.get("DISPLAY"):
        if env.get("WAYLAND_DISPLAY") and not platform:
            return True  # Qt opens the Wayland plugin
        print(NO_DISPLAY, file=sys.stderr)
        return False
    plugin = xcb_plugin()
    if plugin is None:
        return True
    missing = missing_libraries(plugin)
    if not missing:
        return True
    packages = sorted({debian_package(lib) for lib in missing})
    can_apt = shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0
    if can_apt:
        print(f"• Cửa sổ cần thư viện hệ thống chưa có: {' '.join(packages)}; đang cài bằng apt …", flush=True)
        apt_env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        quiet = {"stdout": subprocess.DEVNULL}
        subprocess.call(["apt-get", "update", "-qq"], env=apt_env, **quiet)
        subprocess.call(["apt-get", "install", "-y", "-qq", *packages], env=apt_env, **quiet)
        missing = missing_libraries(plugin)
        if not missing:
            return True
        packages = sorted({debian_package(lib) for lib in missing})
    print(f"• Cửa sổ cần thư viện hệ thống chưa có ({', '.join(missing)}). Cài bằng lệnh: "
          f"sudo apt-get install -y {' '.join(packages)}", file=sys.stderr)
    return False


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "app"
    rest = argv[1:]
    if what == "app":
        ensure_venv("")
        if opens_window(rest) and not ensure_display():
            return 1
        return run(BIN / "dvdesktop", *rest)
    if what == "test":
        ensure_venv("test")
        ensure_test_tools()
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return run(PY, "-m", "pytest", *rest, env=env)
    if what == "bench":
        ensure_venv("test,bench")
        return run(PY, "-m", "bench", *rest)
    if what == "shell":
        ensure_venv("test")
        return run(BIN / "dvdesktop", *rest)
    print(__doc__)
    print("Dùng: python3 dev.py app [tham số dvdesktop] | test [tham số pytest] | bench [--quick]")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
