#!/usr/bin/env bash
# Render the app icon (icons/workbench.svg; icons/workbench-16.svg is a
# pixel-aligned variant for 16 px) into the hicolor PNG sizes, the Windows
# .ico and the macOS .icns. Run after changing the SVGs; the results are
# committed so that building and installing need none of these tools.
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick `convert` for the
# .ico (imagemagick) and png2icns for the .icns (icnsutils; skipped if absent).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ICONS="$HERE/icons"
APP_ID=org.workbench_media.Workbench
MIME_ICON=application-x-workbench-project

rm -rf "$ICONS/hicolor"
mkdir -p "$ICONS/hicolor/scalable/apps" "$ICONS/hicolor/scalable/mimetypes"
cp "$ICONS/workbench.svg" "$ICONS/hicolor/scalable/apps/$APP_ID.svg"
cp "$ICONS/workbench.svg" "$ICONS/hicolor/scalable/mimetypes/$MIME_ICON.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    src="$ICONS/workbench.svg"
    [ "$size" = 16 ] && src="$ICONS/workbench-16.svg"
    for kind in apps mimetypes; do
        mkdir -p "$ICONS/hicolor/${size}x${size}/$kind"
    done
    rsvg-convert -w "$size" -h "$size" "$src" -o "$ICONS/hicolor/${size}x${size}/apps/$APP_ID.png"
    cp "$ICONS/hicolor/${size}x${size}/apps/$APP_ID.png" "$ICONS/hicolor/${size}x${size}/mimetypes/$MIME_ICON.png"
done

P="$ICONS/hicolor"
if command -v convert >/dev/null && convert -version 2>/dev/null | grep -q ImageMagick; then
    convert "$P/16x16/apps/$APP_ID.png" "$P/24x24/apps/$APP_ID.png" "$P/32x32/apps/$APP_ID.png" \
        "$P/48x48/apps/$APP_ID.png" "$P/64x64/apps/$APP_ID.png" "$P/128x128/apps/$APP_ID.png" \
        "$P/256x256/apps/$APP_ID.png" "$HERE/../windows/workbench.ico"
else
    echo "ImageMagick not found: packaging/windows/workbench.ico not rebuilt" >&2
fi
if command -v png2icns >/dev/null; then
    png2icns "$HERE/../macos/workbench.icns" "$P/16x16/apps/$APP_ID.png" "$P/32x32/apps/$APP_ID.png" \
        "$P/48x48/apps/$APP_ID.png" "$P/128x128/apps/$APP_ID.png" "$P/256x256/apps/$APP_ID.png" \
        "$P/512x512/apps/$APP_ID.png" >/dev/null
else
    echo "png2icns not found: packaging/macos/workbench.icns not rebuilt" >&2
fi
echo "icons written to $ICONS/hicolor"
