#!/usr/bin/env bash
# Regenerates icons/ (the app and window icons) from a drawing made here: a calendar card on a rounded
# blue square. Needs ImageMagick's real `convert` (Debian package imagemagick). The PNGs are committed,
# so this only runs when the design changes.
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
"$CONVERT" "$work/master.png" -resize 32x32 "PNG32:icons/32x32.png"
"$CONVERT" "$work/master.png" -resize 128x128 "PNG32:icons/128x128.png"
"$CONVERT" "$work/master.png" -resize 256x256 "PNG32:icons/128x128@2x.png"
"$CONVERT" "$work/master.png" -resize 512x512 "PNG32:icons/icon.png"
"$CONVERT" "$work/master.png" -define icon:auto-resize=256,128,64,48,32,16 icons/icon.ico
ls -l icons
