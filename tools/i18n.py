"""Update the translation catalogues and build the .qm files.

    .venv/bin/python tools/i18n.py            # lupdate + lrelease
    .venv/bin/python tools/i18n.py --check    # fail if a string lacks an English translation

pyside6-lupdate reads every .py under dvdesktop/ and every .ui under ui/. The core marks its
strings as ``N_("Context", "text")`` (an alias of QT_TRANSLATE_NOOP), so lupdate is told
that alias. Vietnamese is the source language: ``dvdesktop_vi.ts`` is made an identity
catalogue (each translation equals its source) so wording can be fixed there without
touching code; ``dvdesktop_en.ts`` keeps the English translations a person wrote, and
lupdate marks new or changed strings "unfinished" for them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
BIN = Path(sys.executable).parent
LANGS = ("vi", "en")


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "dvdesktop").rglob("*.py"))
    files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))
    return files


def lupdate() -> None:
    for lang in LANGS:
        ts = I18N / f"dvdesktop_{lang}.ts"
        cmd = [str(BIN / "pyside6-lupdate"), "-tr-function-alias", "QT_TRANSLATE_NOOP+=N_",
               "-no-obsolete", "-locations", "none", "-source-language", "vi_VN",
               "-target-language", "vi_VN" if lang == "vi" else "en_US", *sources(), "-ts", str(ts)]
        subprocess.run(cmd, cwd=ROOT, check=True)


def make_identity(ts: Path) -> None:
    """Every Vietnamese "translation" is its source text, finished."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        tr.text = source
        tr.attrib.pop("type", None)
    write(tree, ts)


def write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def unfinished(ts: Path) -> list[tuple[str, str]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
                out.append((name, message.findtext("source") or ""))
    return out


def lrelease() -> None:
    for lang in LANGS:
        ts = I18N / f"dvdesktop_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(I18N / f"dvdesktop_{lang}.qm")], cwd=ROOT, check=True)
    # Qt ships no Vietnamese catalogue of its own; qt_vi.ts (written by hand, its sources
    # Qt 6's own, as the catalogues PySide6 ships name them) covers the dialogs the program
    # opens: buttons and message boxes, the file dialog, the print dialog and print preview,
    # page set-up, and the text fields' context menus.
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(I18N / "qt_vi.ts"), "-qm",
                    str(I18N / "qt_vi.qm")], cwd=ROOT, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report untranslated English strings")
    args = parser.parse_args()
    if not args.check:
        I18N.mkdir(exist_ok=True)
        lupdate()
        make_identity(I18N / "dvdesktop_vi.ts")
        lrelease()
    missing = unfinished(I18N / "dvdesktop_en.ts")
    for context, source in missing:
        print(f"untranslated [{context}] {source}", file=sys.stderr)
    print(f"English: {len(missing)} string(s) without a translation")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    raise SystemExit(main())
