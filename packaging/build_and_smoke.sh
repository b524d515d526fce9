#!/usr/bin/env bash
# Build the frozen one-folder app with packaging/dvdesktop.spec, then smoke-test it headless.
#
#   packaging/build_and_smoke.sh              # build (incremental) + smoke test
#   packaging/build_and_smoke.sh --clean      # wipe PyInstaller's cache first
#   packaging/build_and_smoke.sh --no-build   # smoke-test the existing packaging/dist/dvdesktop
#   packaging/build_and_smoke.sh --allow-missing   # build even if i18n/*.qm or the guide are missing
#
# Linux only (the Windows build is in docs/packaging.md); uses the project's .venv and
# installs PyInstaller into it if needed. Prints the build time, every check, and the
# bundle size; exits non-zero if any check failed.
set -uo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY="$ROOT/.venv/bin/python"
DIST="$ROOT/packaging/dist"
WORK="$ROOT/packaging/build"
APP="$DIST/dvdesktop"
CLI="$APP/dvdesktop-cli"
GUI="$APP/dvdesktop"

build=1 clean=() allow_missing=""
for arg in "$@"; do
    case "$arg" in
        --no-build) build=0 ;;
        --clean) clean=(--clean) ;;
        --allow-missing) allow_missing=1 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

[ -x "$PY" ] || { echo "No .venv: run 'python3 dev.py test' (or create .venv) first." >&2; exit 2; }

# ------------------------------------------------------------------ build
if [ "$build" = 1 ]; then
    if ! "$PY" -m PyInstaller --version >/dev/null 2>&1; then
        echo "• Installing PyInstaller into .venv …"
        "$PY" -m pip install -q "pyinstaller>=6.10" || exit 2
    fi
    echo "• PyInstaller $("$PY" -m PyInstaller --version), dvdesktop $("$PY" -c 'import dvdesktop; print(dvdesktop.__version__)')"
    mkdir -p "$WORK"
    start=$(date +%s)
    if ! DVDESKTOP_ALLOW_MISSING="$allow_missing" "$PY" -m PyInstaller --noconfirm "${clean[@]}" \
            --distpath "$DIST" --workpath "$WORK" packaging/dvdesktop.spec >"$WORK/build.log" 2>&1; then
        tail -30 "$WORK/build.log"
        echo "BUILD FAILED (full log: $WORK/build.log)" >&2
        exit 1
    fi
    build_secs=$(( $(date +%s) - start ))
    echo "• Built in ${build_secs}s (log: packaging/build/build.log)"
    grep -E "^[0-9]+ (ERROR|WARNING): Hidden import .*dvdesktop" "$WORK/build.log" | sed 's/^/  /'
fi
[ -x "$CLI" ] || { echo "No bundle at $APP" >&2; exit 1; }

# ------------------------------------------------------------------ smoke test
T=$(mktemp -d "${TMPDIR:-/tmp}/dvdesktop-smoke.XXXXXX")
trap 'rm -rf "$T"' EXIT
export DVDESKTOP_DATA_DIR="$T/data"      # never touch the real per-user data folder
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$T/config"       # the window's QSettings (language) stay in here too
unset PYTHONPATH PYTHONHOME
cd "$T"
pass=0 fail=0 results=()

ok()   { pass=$((pass + 1)); results+=("PASS  $1"); echo "  PASS  $1"; }
bad()  { fail=$((fail + 1)); results+=("FAIL  $1"); echo "  FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/        /' "$2" | tail -15; }

# run NAME EXPECTED_RC CMD... : output in $T/NAME.out; fails on other exit codes or a traceback
run() {
    local name=$1 want=$2; shift 2
    local out="$T/$name.out" rc
    "$@" >"$out" 2>&1 </dev/null; rc=$?
    if [ "$rc" != "$want" ]; then bad "$name (exit $rc, wanted $want)" "$out"; return 1; fi
    if grep -q "Traceback" "$out"; then bad "$name (traceback)" "$out"; return 1; fi
    ok "$name"
}

pdf_pages() {  # number of pages of a PDF, via poppler if present, else counting /Type /Page
    if command -v pdfinfo >/dev/null; then
        pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'
    else
        "$PY" - "$1" <<'EOF'
import re, sys
data = open(sys.argv[1], "rb").read()
print(len(re.findall(rb"/Type\s*/Page(?!s)", data)) if data.startswith(b"%PDF") else 0)
EOF
    fi
}

echo "• Smoke test in $T"
if run version 0 "$CLI" --version; then
    want="dvdesktop $("$PY" -c 'import dvdesktop; print(dvdesktop.__version__)')"
    if grep -qx "$want" "$T/version.out"; then ok "version is $want"; else bad "version is $want" "$T/version.out"; fi
fi

if run frozen-info 0 env DVDESKTOP_FROZEN_INFO=1 "$CLI"; then
    "$PY" - "$T/frozen-info.out" <<'EOF' > "$T/layout.out" 2>&1 && ok "bundle layout (fonts, ui, i18n, guide, Qt plugins, lazily imported modules, UTF-8 mode)" || bad "bundle layout" "$T/layout.out"
import json, sys
info = json.load(open(sys.argv[1], encoding="utf-8"))
problems = []
if not info["frozen"]: problems.append("not frozen")
if info["utf8_mode"] != 1: problems.append("UTF-8 mode off")
if "fonts" not in info["resources"]: problems.append("no resources/fonts")
if not info["ui"]: problems.append("no ui/*.ui")
if not info["i18n"]: problems.append("no i18n/*.qm")
if not info["guide"]: problems.append("no docs/huong-dan-su-dung.md")
if "platforms" not in info.get("qt_plugins", []): problems.append("no Qt platform plugins")
missing = [m for m, found in info.get("modules", {}).items() if not found]
if missing: problems.append("modules not found: " + ", ".join(missing))
print(json.dumps(info, ensure_ascii=False))
if problems:
    print("problems:", ", ".join(problems)); sys.exit(1)
EOF
fi

run help 0 "$CLI" --help
run demo 0 "$CLI" demo --db "$T/unit.db" --year 2026
run summary 0 "$CLI" summary --db "$T/unit.db" --period 2026 --format json

if run report-pdf 0 "$CLI" report --db "$T/unit.db" --period 2026 --out "$T/bao-cao.pdf"; then
    pages=$(pdf_pages "$T/bao-cao.pdf")
    if [ "${pages:-0}" -ge 1 ]; then ok "report PDF has $pages page(s)"; else bad "report PDF has pages"; fi
    if command -v pdftoppm >/dev/null; then
        if pdftoppm -r 30 -f 1 -l 1 -png "$T/bao-cao.pdf" "$T/page" >/dev/null 2>&1 && ls "$T"/page*.png >/dev/null 2>&1; then
            ok "report PDF renders (pdftoppm)"
        else bad "report PDF renders (pdftoppm)"; fi
    fi
    if command -v pdffonts >/dev/null; then
        if pdffonts "$T/bao-cao.pdf" | grep -q "LiberationSerif.*yes"; then ok "report embeds the bundled font"
        else bad "report embeds the bundled font"; fi
    fi
fi
run report-docx 0 "$CLI" report --db "$T/unit.db" --period 2026 --out "$T/bao-cao.docx"
run register-pdf 0 "$CLI" register --db "$T/unit.db" --period 2026 --out "$T/so-tiep-cong-dan.pdf"

mkdir -p "$T/usb"
if run export 0 "$CLI" export --db "$T/unit.db" --period 2026 --out "$T/usb"; then
    pkg=$(ls "$T"/usb/*.dvpkg 2>/dev/null | head -1)
    run pubkey 0 "$CLI" pubkey --db "$T/unit.db" --out "$T/unit.pub"
    if [ -n "$pkg" ]; then
        run verify 0 "$CLI" verify "$pkg" --pubkey "$T/unit.pub"
        # A package changed after signing must be refused (exit 1, a reason, no traceback).
        cp "$pkg" "$T/tampered.dvpkg"
        "$PY" - "$T/tampered.dvpkg" <<'EOF'
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
b[len(b) // 2] ^= 0xFF
open(p, "wb").write(b)
EOF
        run verify-tampered-refused 1 "$CLI" verify "$T/tampered.dvpkg" --pubkey "$T/unit.pub"
        # The superior's office: trust the key, import the package, consolidated report.
        unit_code=$(basename "$pkg" | cut -d_ -f1)
        run office-trust 0 "$CLI" khoi trust --db "$T/office.db" --unit-code "$unit_code" --pubkey "$T/unit.pub"
        run office-import 0 "$CLI" khoi import --db "$T/office.db" "$T/usb"
        run office-report 0 "$CLI" khoi report --db "$T/office.db" --period 2026 --out "$T/tong-hop.pdf"
    else
        bad "export wrote a .dvpkg"
    fi
fi

# Safety: backup and check, and encryption at rest (SQLCipher through the bundled sqlcipher3).
if grep -q " encrypt " "$T/help.out"; then
    mkdir -p "$T/backup"
    run backup 0 "$CLI" backup --db "$T/unit.db" --out "$T/backup"
    run check 0 "$CLI" check --db "$T/unit.db"
    phrase="tre-xanh-lang-que-2026-smoke"
    run demo-for-encryption 0 "$CLI" demo --db "$T/enc.db" --year 2026
    run encrypt 0 env DVDESKTOP_NEW_PASSPHRASE="$phrase" "$CLI" encrypt --db "$T/enc.db"
    run encrypted-summary-with-passphrase 0 env DVDESKTOP_PASSPHRASE="$phrase" "$CLI" summary --db "$T/enc.db" --period 2026
    run encrypted-report-with-passphrase 0 env DVDESKTOP_PASSPHRASE="$phrase" "$CLI" report --db "$T/enc.db" --period 2026 --out "$T/enc.pdf"
    run encrypted-refused-without-passphrase 1 "$CLI" summary --db "$T/enc.db" --period 2026
    if grep -qa "SQLite format 3" "$T/enc.db" 2>/dev/null; then bad "encrypted file is not plain SQLite"
    else ok "encrypted file is not plain SQLite"; fi
fi

# The window, offscreen: opened on demo data; the launcher (DVDESKTOP_SMOKE_QUIT_MS) prints
# the visible windows after 4 s on stderr ("SMOKE {json}") and quits. It must exit 0, with
# no traceback, a main window shown and no dialog left open; with i18n/dvdesktop_en.qm in
# the bundle, --lang en must give other menu titles than --lang vi.
for lang in vi en; do
    out="$T/gui-$lang.out"
    DVDESKTOP_SMOKE_QUIT_MS=4000 timeout 90 "$GUI" --demo --lang "$lang" >"$out" 2>&1 </dev/null; rc=$?
    if [ "$rc" = 124 ]; then bad "window (--lang $lang) did not close within 90 s" "$out"; continue; fi
    if [ "$rc" != 0 ] || grep -q "Traceback" "$out"; then bad "window (--lang $lang) exit $rc" "$out"; continue; fi
    if "$PY" - "$out" >"$T/gui-$lang.check" 2>&1 <<'EOF'
import json, sys
lines = [l[6:] for l in open(sys.argv[1], encoding="utf-8") if l.startswith("SMOKE ")]
if not lines: sys.exit("no SMOKE line: the window never reached its event loop")
windows = json.loads(lines[-1])["windows"]
main = [w for w in windows if w["main"]]
if not main: sys.exit(f"no main window visible: {windows}")
if any(w["modal"] for w in windows): sys.exit(f"a dialog was left open: {windows}")
forms = json.loads(lines[-1]).get("forms", {})
broken = {k: v for k, v in forms.items() if v != "ok"}
if not forms or broken: sys.exit(f"forms not loaded: {broken or 'none found'}")
print(json.dumps(dict(main[0], forms=len(forms)), ensure_ascii=False))
EOF
    then ok "window shown offscreen and closed cleanly (--demo --lang $lang): $(cat "$T/gui-$lang.check")"
    else bad "window (--lang $lang)" "$T/gui-$lang.check"; fi
done
if [ -s "$T/gui-vi.check" ] && [ -s "$T/gui-en.check" ] && grep -q 'dvdesktop_en.qm' "$T/frozen-info.out" 2>/dev/null; then
    if "$PY" -c 'import json,sys; a,b=(json.loads(open(p).read()).get("menus") for p in sys.argv[1:]); sys.exit(a == b)' \
            "$T/gui-vi.check" "$T/gui-en.check" 2>/dev/null; then
        ok "English translation loaded from the bundle (menus differ)"
    else bad "English translation loaded from the bundle (menus are the same in vi and en)"; fi
fi

# The receiving office's window (dvdesktop --office), when this build has it: exit 0, no
# traceback, some window shown (it may ask for the office profile first).
if grep -q "def run_office" "$ROOT/dvdesktop/gui/app.py" 2>/dev/null; then
    out="$T/gui-office.out"
    DVDESKTOP_SMOKE_QUIT_MS=4000 timeout 90 "$GUI" --office --db "$T/office.db" >"$out" 2>&1 </dev/null; rc=$?
    if [ "$rc" = 0 ] && ! grep -q "Traceback" "$out" && grep -q '^SMOKE {"windows": \[{' "$out"; then
        ok "office window shown offscreen and closed cleanly (--office)"
    else bad "office window (--office) exit $rc" "$out"; fi
fi

# ------------------------------------------------------------------ summary
echo
echo "• Bundle: $(du -sh "$APP" | cut -f1) in $APP ($(find "$APP" -type f | wc -l) files)"
echo "  largest files:"
find "$APP" -type f -printf '%s %P\n' | sort -rn | head -12 | awk '{printf "    %6.1f MB  %s\n", $1/1048576, $2}'
[ -n "${build_secs:-}" ] && echo "• Build time: ${build_secs}s"
echo "• Smoke test: $pass passed, $fail failed"
[ "$fail" = 0 ]
