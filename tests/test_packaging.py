"""Static checks of the installer build (no PyInstaller run): packaging/ stays in step with the code.

The frozen build itself is exercised by packaging/build_and_smoke.sh (minutes of CPU);
these tests catch the usual ways a bundle silently breaks: a feature module PyInstaller
cannot see, a data folder the program reads but the spec does not ship, a Qt module the
window starts to use but the spec excludes, an installer that would need admin rights or
delete the unit's data.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "dvdesktop.spec"
ISS = PACKAGING / "windows" / "dvdesktop.iss"
BUILD_CMD = PACKAGING / "windows" / "build.cmd"


def _load(name: str, path: Path):
    # By path: "packaging" is also a PyPI package (a dependency of pytest), so
    # ``import packaging.bundle`` would find the wrong one.
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = _load("dvdesktop_packaging_bundle", PACKAGING / "bundle.py")


def _sources() -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in sorted((ROOT / "dvdesktop").rglob("*.py"))}


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


# ----------------------------------------------------------------- hidden imports
def test_hidden_imports_cover_the_window():
    assert "dvdesktop.gui.app" in bundle.HIDDEN_IMPORTS


def test_every_module_named_in_a_string_is_collected():
    """A module named in a string (importlib.import_module("x")): PyInstaller cannot see it."""
    collected = set(bundle.own_modules())
    named: set[str] = set()
    for path, text in _sources().items():
        tree = ast.parse(text, filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and re.fullmatch(r"dvdesktop(\.\w+)+", node.value):
                named.add(node.value)
    # Only names that are modules of this tree must be collected (not e.g. logger names).
    modules = {n for n in named if (ROOT / Path(*n.split("."))).with_suffix(".py").is_file()
               or (ROOT / Path(*n.split(".")) / "__init__.py").is_file()}
    assert modules <= collected
    assert {m for m in bundle.HIDDEN_IMPORTS if m in modules} <= collected


def test_own_modules_walks_the_whole_package():
    mods = bundle.own_modules()
    assert "dvdesktop" in mods and "dvdesktop.cli" in mods and "dvdesktop.base.paths" in mods
    assert not any("__pycache__" in m or m.endswith("__main__") for m in mods)
    for name in bundle.HIDDEN_IMPORTS:
        assert name in mods, f"{name} is a hidden import but no such file in dvdesktop/"


def test_the_spec_uses_bundle_py_and_builds_two_programs():
    text = SPEC.read_text(encoding="utf-8")
    compile(text, str(SPEC), "exec")  # valid Python
    for needle in ("bundle.HIDDEN_IMPORTS", "bundle.own_modules()", "bundle.EXCLUDES",
                   "bundle.data_files()", "bundle.keep_binary", "bundle.keep_data",
                   "bundle.MODULE_COLLECTION_MODE"):
        assert needle in text, needle
    exes = {}
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "EXE":
            kw = {k.arg: k.value for k in node.keywords if k.arg}
            exes[ast.literal_eval(kw["name"])] = ast.literal_eval(kw["console"])
    assert exes == {"dvdesktop": False, "dvdesktop-cli": True}
    assert "COLLECT(" in text and "onefile" not in text.lower().replace("one-file", "")


# ----------------------------------------------------------------- data files
def _paths_read_from_root() -> set[str]:
    """Relative paths the program opens under dvdesktop.base.paths.root_dir() / resource_path()."""
    found: set[str] = set()
    for path, text in _sources().items():
        for m in re.finditer(r'root_dir\(\)((?:\s*/\s*"[^"]+")+)', text):
            found.add("/".join(re.findall(r'"([^"]+)"', m.group(1))))
        for m in re.finditer(r'root_dir\(\)\.joinpath\(([^)]*)\)', text):
            found.add("/".join(re.findall(r'"([^"]+)"', m.group(1))))
        if re.search(r"\bresource_path\(", text):
            found.add("resources")
    return found


def test_every_path_the_program_reads_is_shipped():
    datas, missing = bundle.data_files()
    assert not missing, f"files the spec must ship are missing from the tree: {missing}"
    shipped = {
        (Path(dest) / Path(src).name).as_posix() for src, dest in datas
    }
    needed = _paths_read_from_root()
    assert {"resources", "ui", "i18n"} <= {p.split("/")[0] for p in needed}, needed
    for rel in needed:
        target = ROOT / rel
        assert target.exists(), f"the program reads {rel} but the repository has no such path"
        if target.is_dir():
            assert any(s.startswith(rel + "/") for s in shipped), f"{rel}/ is not in the bundle"
        else:
            assert rel in shipped, f"{rel} is not in the bundle"


def test_bundled_data_is_what_the_program_needs():
    datas, _ = bundle.data_files()
    shipped = {(Path(dest) / Path(src).name).as_posix() for src, dest in datas}
    for font in ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                 "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"):
        assert f"resources/fonts/{font}" in shipped
    assert "resources/fonts/LICENSE-LiberationSerif.txt" in shipped  # the OFL asks for it
    assert {f"ui/{p.name}" for p in (ROOT / "ui").glob("*.ui")} <= shipped
    assert not any(s.startswith("i18n/") and not s.endswith(".qm") for s in shipped)
    assert not any(s.endswith((".ts", ".py", ".pyc")) for s in shipped)


def test_the_windows_icon_exists_for_the_exe_and_the_installer():
    ico = ROOT / "resources" / "icons" / "dvdesktop.ico"
    assert ico.is_file() and ico.read_bytes()[:4] == b"\x00\x00\x01\x00"


# ----------------------------------------------------------------- what is cut
def _imported_modules() -> set[str]:
    names: set[str] = set()
    for path, text in _sources().items():
        for node in ast.walk(ast.parse(text, filename=str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_excluded_module_is_used_by_the_program():
    imported = _imported_modules()
    clash = {
        mod for mod in imported for ex in bundle.EXCLUDES
        if mod == ex or mod.startswith(ex + ".")
    }
    assert not clash, (
        f"the program imports {sorted(clash)}, which packaging/bundle.py EXCLUDES; "
        "remove it from EXCLUDES (and from BINARY_EXCLUDES/QT_PLUGINS_KEEP if it is a Qt module)"
    )


def test_qt_filters():
    keep_b, keep_d = bundle.keep_binary, bundle.keep_data
    assert keep_b("PySide6/Qt6Widgets.dll") and keep_b("PySide6/Qt/lib/libQt6Core.so.6")
    assert keep_b("PySide6/plugins/platforms/qwindows.dll")
    assert keep_b("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert keep_b("PySide6/plugins/styles/qmodernwindowsstyle.dll")
    assert keep_b("PySide6/plugins/printsupport/windowsprintersupport.dll")
    assert keep_b("PySide6/plugins/imageformats/qico.dll")
    assert not keep_b("PySide6/plugins/imageformats/qpdf.dll")
    assert not keep_b("PySide6/plugins/sqldrivers/qsqlite.dll")
    assert not keep_b("PySide6/plugins/tls/qopensslbackend.dll")
    assert not keep_b("PySide6/plugins/platforms/qvnc.dll")
    assert not keep_b("PySide6/opengl32sw.dll")
    assert not keep_b("PySide6/Qt6Qml.dll") and not keep_b("PySide6/Qt/lib/libQt6Quick.so.6")
    assert keep_d("PySide6/translations/qtbase_en.qm")
    assert keep_d("PySide6/Qt/translations/qtbase_vi.qm")
    assert not keep_d("PySide6/translations/qtbase_de.qm")
    assert not keep_d("PySide6/translations/qtdeclarative_en.qm")
    assert not keep_d("PySide6/Qt/qml/QtQuick/qmldir")
    assert keep_d("resources/fonts/LiberationSerif-Regular.ttf")


def test_babel_keeps_the_locales_the_program_formats_with():
    keep = bundle.keep_data
    for loc in ("root", "vi", "vi_VN", "en"):
        assert keep(f"babel/locale-data/{loc}.dat"), loc
    assert not keep("babel/locale-data/fr_FR.dat")
    assert keep("babel/global.dat")
    fmt = (ROOT / "dvdesktop" / "core" / "fmt.py").read_text(encoding="utf-8")
    gui_i18n = ROOT / "dvdesktop" / "gui" / "i18n.py"
    texts = fmt + (gui_i18n.read_text(encoding="utf-8") if gui_i18n.exists() else "")
    for loc in set(re.findall(r'"([a-z]{2}(?:_[A-Z]{2})?)"', texts)) & {"vi", "vi_VN", "en", "en_US", "fr", "de"}:
        assert keep(f"babel/locale-data/{loc}.dat"), f"dvdesktop formats with {loc}; keep it in BABEL_LOCALES_KEEP"


# ----------------------------------------------------------------- the installer
def test_installer_is_per_user_without_admin_rights():
    setup = _iss_sections()["Setup"]
    assert "PrivilegesRequired=lowest" in setup
    default_dir = next(line for line in setup if line.startswith("DefaultDirName="))
    assert default_dir in ("DefaultDirName={userpf}\\{#AppName}", "DefaultDirName={autopf}\\{#AppName}")
    assert not any(line.startswith("PrivilegesRequiredOverridesAllowed") for line in setup)


def test_installer_leaves_the_data_folder_alone():
    sections = _iss_sections()
    assert "UninstallDelete" not in sections, "the uninstaller must not delete anything it did not install"
    for line in sections.get("InstallDelete", []):
        assert re.search(r'Name:\s*"\{app\}\\', line), f"[InstallDelete] outside {{app}}: {line}"
    text = ISS.read_text(encoding="utf-8-sig")
    code = "\n".join(l for l in text.splitlines() if not l.strip().startswith(";"))
    assert not re.search(r"\{localappdata\}\\dvdesktop|\{userappdata\}|dvdesktop\.db", code, re.I)
    # The program folder must not be the data folder (%LOCALAPPDATA%\dvdesktop).
    assert "{localappdata}\\dvdesktop" not in code.lower()


def test_installer_version_comes_from_the_build():
    text = ISS.read_text(encoding="utf-8-sig")
    assert re.search(r"#ifndef AppVersion\s+#error", text)
    assert "AppVersion={#AppVersion}" in text
    from dvdesktop import __version__

    code = "\n".join(l for l in text.splitlines() if not l.strip().startswith(";"))
    assert __version__ not in code, "the version is hard-coded in the .iss"
    cmd = BUILD_CMD.read_text(encoding="utf-8")
    assert "/DAppVersion=%APPVER%" in cmd and "dvdesktop.__version__" in cmd


def test_installer_ships_the_bundle_and_the_two_programs():
    sections = _iss_sections()
    files = " ".join(sections["Files"])
    assert '{#DistDir}\\*' in files and "recursesubdirs" in files
    text = ISS.read_text(encoding="utf-8-sig")
    assert '#define AppExe "dvdesktop.exe"' in text
    icons = " ".join(sections["Icons"])
    assert "{autoprograms}" in icons and "desktopicon" in icons
    assert any("desktopicon" in t and "unchecked" in t for t in sections["Tasks"])
    assert "resources\\icons\\dvdesktop.ico" in text
    # Languages: English always; Vietnamese when the community .isl is next to the script.
    langs = " ".join(sections["Languages"])
    assert 'Name: "en"' in langs and 'Name: "vi"' in langs


def test_windows_batch_file_has_crlf_line_endings_in_checkouts():
    attrs = (PACKAGING / ".gitattributes").read_text(encoding="utf-8")
    assert "*.cmd text eol=crlf" in attrs


# ----------------------------------------------------------------- the launcher
def test_launcher_survives_a_windowed_exe_without_stdout(monkeypatch):
    launcher = _load("dvdesktop_packaging_launcher", PACKAGING / "launcher.py")
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    launcher._fix_streams()
    try:
        print("xin chào — Đảng ủy", file=sys.stdout)
        print("lỗi", file=sys.stderr)
    finally:
        sys.stdout.close()
        sys.stderr.close()


@pytest.mark.slow
def test_launcher_reports_the_layout_it_would_use():
    env = dict(os.environ, DVDESKTOP_FROZEN_INFO="1", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, str(PACKAGING / "launcher.py")], capture_output=True,
                         text=True, encoding="utf-8", env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    assert info["frozen"] is False and Path(info["root"]) == ROOT
    assert "fonts" in info["resources"] and info["ui"]
