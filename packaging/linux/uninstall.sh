#!/usr/bin/env bash
# Remove what install.sh installed (the projects you made are not touched).
# Options: --prefix DIR (default ~/.local).
set -euo pipefail
PREFIX="${PREFIX:-$HOME/.local}"
case "${1:-}" in --prefix) PREFIX="$2" ;; --prefix=*) PREFIX="${1#--prefix=}" ;; "") ;; *) echo "unknown option: $1" >&2; exit 2 ;; esac
APP_ID=org.workbench_media.Workbench
SHARE="$PREFIX/share"
[ -L "$PREFIX/bin/workbench" ] && rm -f "$PREFIX/bin/workbench"
rm -rf "$PREFIX/lib/workbench"
rm -f "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml" "$SHARE/mime/packages/$APP_ID.xml"
find "$SHARE/icons/hicolor" \( -name "$APP_ID.png" -o -name "$APP_ID.svg" \
    -o -name "application-x-workbench-project.png" -o -name "application-x-workbench-project.svg" \) -delete 2>/dev/null || true
command -v update-mime-database >/dev/null && [ -d "$SHARE/mime" ] && update-mime-database "$SHARE/mime" || true
command -v update-desktop-database >/dev/null && [ -d "$SHARE/applications" ] && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && [ -d "$SHARE/icons/hicolor" ] && gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" || true
echo "Workbench removed from $PREFIX"
