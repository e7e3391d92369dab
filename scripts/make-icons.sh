#!/usr/bin/env bash
# Regenerates icons/ (the app and window icons) from a drawing made here: a calendar card on a rounded
# blue square. Needs ImageMagick's real `convert` (Debian package imagemagick). The PNGs are committed,
# so this only runs when the design changes. Every size the Linux packages install into hicolor (16–512) is made
# here; the macOS icon.icns comes from the Tauri CLI's `tauri icon` (ui's devDependency), which makes no other change.
set -euo pipefail
cd "$(dirname "$0")/.."
CONVERT=/usr/bin/convert
[ -x "$CONVERT" ] || { echo "make-icons: needs ImageMagick (apt-get install imagemagick)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$CONVERT" -size 1024x1024 gradient:'#5b6ef0'-'#3446b4' "$work/grad.png"
"$CONVERT" -size 1024x1024 xc:none -fill white -draw "roundrectangle 40,40 983,983 225,225" "$work/mask.png"
"$CONVERT" "$work/grad.png" "$work/mask.png" -alpha off -compose CopyOpacity -composite "$work/bg.png"
"$CONVERT" "$work/bg.png" \
  -fill '#1d2a6e40' -draw "roundrectangle 222,284 822,854 76,76" \
  -fill white -draw "roundrectangle 212,262 812,832 72,72" \
  -fill '#ff7a59' -draw "roundrectangle 212,262 812,452 72,72" -draw "rectangle 212,380 812,452" \
  -fill '#1d2a6e' -draw "roundrectangle 347,186 417,346 35,35" -draw "roundrectangle 607,186 677,346 35,35" \
  -fill '#dfe4ff' \
  -draw "roundrectangle 272,505 392,615 22,22" -draw "roundrectangle 452,505 572,615 22,22" \
  -draw "roundrectangle 632,505 752,615 22,22" -draw "roundrectangle 272,665 392,775 22,22" \
  -draw "roundrectangle 632,665 752,775 22,22" \
  -fill '#4557d6' -draw "roundrectangle 452,665 572,775 22,22" \
  "PNG32:$work/master.png"

mkdir -p icons
for size in 16 32 48 64 128 256; do
  "$CONVERT" "$work/master.png" -resize ${size}x${size} -strip "PNG32:icons/${size}x${size}.png"
done
"$CONVERT" "$work/master.png" -resize 256x256 "PNG32:icons/128x128@2x.png"
"$CONVERT" "$work/master.png" -resize 512x512 "PNG32:icons/icon.png"
"$CONVERT" "$work/master.png" -define icon:auto-resize=256,128,64,48,32,16 icons/icon.ico
if [ -x ui/node_modules/.bin/tauri ]; then
  ui/node_modules/.bin/tauri icon "$work/master.png" -o "$work/tauri" >/dev/null
  cp "$work/tauri/icon.icns" icons/icon.icns
else
  echo "make-icons: icons/icon.icns not remade (run scripts/setup.sh for the Tauri CLI)" >&2
fi
ls -l icons
