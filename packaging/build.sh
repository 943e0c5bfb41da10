#!/usr/bin/env bash
# Build the self-contained Linux app folder and archive with PyInstaller.
#
#   packaging/build.sh                  # build venv packaging/build/venv (made on first run)
#   packaging/build.sh --current-env    # use the Python on PATH (or $PYTHON) as it is
#   packaging/build.sh --no-smoke       # skip the smoke test of the result
#
# The build venv gets `pip install -e .` (the app and its dependencies from
# PyPI) plus PyInstaller; nothing else, so no test or optional packages can
# slip into the build. It lives under packaging/build/, which git and the
# sdist ignore (root .gitignore: build/). With --current-env that environment
# must already have the app's dependencies; PyInstaller is installed into it
# if missing. A first build takes about 2 minutes with a warm pip cache
# (45 s of it PyInstaller), later ones about 1 minute.
#
# Result:
#   packaging/dist/workbench/                             the app folder (run ./workbench)
#   packaging/dist/workbench-VERSION-linux-ARCH.tar.gz    the same folder, packed
# The folder also holds install.sh and share/ (desktop entry, icons, MIME
# type, AppStream metainfo): `./workbench/install.sh` installs into ~/.local.
#
# Environment: PYTHON (interpreter for the venv, default python3.11 or
# python3), WORKBENCH_BUILD_VENV (venv folder), WORKBENCH_LANGUAGES (spaCy
# languages bundled, default de,en; see workbench.spec), WORKBENCH_NO_STRIP=1
# (keep debug information in the shared libraries).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
VENV="${WORKBENCH_BUILD_VENV:-$HERE/build/venv}"
DIST="$HERE/dist"
WORK="$HERE/build/pyinstaller"
USE_CURRENT=0
SMOKE=1
for arg in "$@"; do
    case "$arg" in
        --current-env) USE_CURRENT=1 ;;
        --no-smoke) SMOKE=0 ;;
        -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

if [ "$USE_CURRENT" = 1 ]; then
    PY="${PYTHON:-$(command -v python3)}"
    "$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q "pyinstaller>=6.10"
else
    BASE="${PYTHON:-$(command -v python3.11 || command -v python3)}"
    if [ ! -x "$VENV/bin/python" ]; then
        echo "== creating build venv $VENV"
        "$BASE" -m venv "$VENV"
    fi
    PY="$VENV/bin/python"
    echo "== installing the app and PyInstaller into the build venv"
    mkdir -p "$HERE/build"
    "$PY" -m pip install -e "$REPO" "pyinstaller>=6.10" > "$HERE/build/pip.log" 2>&1 \
        || { tail -30 "$HERE/build/pip.log"; exit 1; }
fi

VERSION="$("$PY" -c 'import re,sys; print(re.search(r"__version__\s*=\s*\"([^\"]+)\"", open(sys.argv[1]).read()).group(1))' "$REPO/workbench/__init__.py")"
ARCH="$(uname -m)"
echo "== building Workbench $VERSION ($ARCH) with $("$PY" -m PyInstaller --version 2>/dev/null | head -1) from $PY"

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$HERE/workbench.spec"
echo "== PyInstaller took $(( $(date +%s) - start )) s"

APP="$DIST/workbench"
# spaCy, thinc, blis, ... and some Python builds ship their libraries with
# DWARF debug information: about 140 MB that no user needs. Strip only that,
# and never in auditwheel's *.libs folders (numpy's and scipy's patched
# OpenBLAS no longer loads when stripped; so PyInstaller's own strip=True is off).
if [ -z "${WORKBENCH_NO_STRIP:-}" ] && command -v strip >/dev/null && command -v readelf >/dev/null; then
    before=$(du -sm "$APP" | cut -f1)
    find "$APP/_internal" -name '*.so*' -type f ! -path '*.libs/*' -print0 |
        while IFS= read -r -d '' lib; do
            # (no grep -q: with pipefail, readelf's SIGPIPE would turn a match into a miss)
            if readelf -S "$lib" 2>/dev/null | grep '\.debug_info' >/dev/null; then strip --strip-debug "$lib"; fi
        done
    echo "== stripped debug information: $before MB -> $(du -sm "$APP" | cut -f1) MB"
fi
# Desktop integration travels with the app folder, so the archive installs itself.
[ -d "$HERE/linux/icons/hicolor" ] || bash "$HERE/linux/make_icons.sh"
mkdir -p "$APP/share"
rm -rf "$APP/share/"*
cp "$HERE/linux/install.sh" "$HERE/linux/uninstall.sh" "$APP/"
mkdir -p "$APP/share/applications" "$APP/share/metainfo" "$APP/share/mime/packages" "$APP/share/icons/hicolor"
cp "$HERE/linux/org.workbench_media.Workbench.desktop" "$APP/share/applications/"
cp "$HERE/linux/org.workbench_media.Workbench.metainfo.xml" "$APP/share/metainfo/"
cp "$HERE/linux/workbench-project.xml" "$APP/share/mime/packages/org.workbench_media.Workbench.xml"
cp -r "$HERE/linux/icons/hicolor/." "$APP/share/icons/hicolor/"
printf '%s\n' "$VERSION" > "$APP/VERSION"

ARCHIVE="$DIST/workbench-$VERSION-linux-$ARCH.tar.gz"
rm -f "$ARCHIVE"
tar -C "$DIST" -czf "$ARCHIVE" workbench
echo "== folder  $APP: $(du -sh "$APP" | cut -f1) ($(find "$APP" -type f | wc -l) files)"
echo "== archive $ARCHIVE: $(du -h "$ARCHIVE" | cut -f1)"

if [ "$SMOKE" = 1 ]; then
    bash "$HERE/smoke_test.sh" "$APP"
fi
