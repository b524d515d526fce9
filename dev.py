#!/usr/bin/env python3
"""Set up a local environment and run dvdesktop or its tests: `python3 dev.py app|test|...`.

Needs only Python 3.11+. Creates `.venv/` beside this file, installs the project into it
(again only when pyproject.toml changed), then runs what was asked. On a Debian/Ubuntu
machine where we are root, `test` also installs the few command-line tools the tests use
to check our output with independent software (minisign, pdftoppm, LibreOffice); elsewhere
those tests are skipped with a reason.
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


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "app"
    rest = argv[1:]
    if what == "app":
        ensure_venv("")
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
