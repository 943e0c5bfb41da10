#!/usr/bin/env bash
# Install the built Workbench for the current user (no root needed):
#   ./workbench/install.sh            from the unpacked archive
#   packaging/linux/install.sh        from a checkout, after packaging/build.sh
# Options: --prefix DIR (default ~/.local).   Remove again with uninstall.sh.
#
# Puts the app folder in PREFIX/lib/workbench, a link PREFIX/bin/workbench,
# the desktop entry, icons, the MIME type for *.wbproj projects and the
# AppStream metainfo under PREFIX/share, then refreshes the desktop, MIME
# and icon caches where those tools exist.
set -euo pipefail
PREFIX="${PREFIX:-$HOME/.local}"
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="$2"; shift 2 ;;
        --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
APP_ID=org.workbench_media.Workbench
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ -x "$HERE/workbench" ] && [ -d "$HERE/_internal" ]; then
    SRC="$HERE"                          # inside the built folder / unpacked archive
elif [ -x "$HERE/../dist/workbench/workbench" ]; then
    SRC="$(cd "$HERE/../dist/workbench" && pwd)"   # packaging/linux in a checkout
else
    echo "error: no built app next to this script; run packaging/build.sh first" >&2
    exit 1
fi
SHARE_SRC="$SRC/share"
[ -d "$SHARE_SRC" ] || { echo "error: $SHARE_SRC is missing (build with packaging/build.sh)" >&2; exit 1; }

DEST="$PREFIX/lib/workbench"
BIN="$PREFIX/bin"
SHARE="$PREFIX/share"
echo "Installing Workbench $(cat "$SRC/VERSION" 2>/dev/null || echo) into $PREFIX"

if [ "$SRC" != "$DEST" ]; then
    rm -rf "$DEST.new"
    mkdir -p "$(dirname "$DEST")"
    cp -a "$SRC" "$DEST.new"
    rm -rf "$DEST"
    mv "$DEST.new" "$DEST"
fi
mkdir -p "$BIN" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages" "$SHARE/icons/hicolor"
ln -sfn "$DEST/workbench" "$BIN/workbench"

# Desktop entry with the full path, so it works even when PREFIX/bin is not on PATH.
exe="$DEST/workbench"
case "$exe" in *[\"\`\$\\]*) echo "error: the install path must not contain \" \` \$ or \\; choose another --prefix" >&2; exit 1 ;; esac
case "$exe" in *[[:space:]]*) exec_field="\"$exe\"" ;; *) exec_field="$exe" ;; esac
sed_escape() { printf '%s' "$1" | sed 's/[|&\\]/\\&/g'; }
sed -e "s|^TryExec=workbench\$|TryExec=$(sed_escape "$exe")|" \
    -e "s|^Exec=workbench |Exec=$(sed_escape "$exec_field") |" -e '/^# install.sh replaces/d' \
    "$SHARE_SRC/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$SHARE_SRC/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$SHARE_SRC/mime/packages/$APP_ID.xml" "$SHARE/mime/packages/"
cp -r "$SHARE_SRC/icons/hicolor/." "$SHARE/icons/hicolor/"

command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" || true

echo "Done: Workbench is in the applications menu; from a terminal run $BIN/workbench"
case ":$PATH:" in *":$BIN:"*) ;; *) echo "(add $BIN to PATH to type just 'workbench')" ;; esac
