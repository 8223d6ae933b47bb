#!/usr/bin/env bash
# Renders assets/mailsetup.svg into the PNG sizes the .deb installs
# (assets/icons/mailsetup-SIZE.png). The PNGs are committed; run this after
# changing the SVG. Needs rsvg-convert (apt: librsvg2-bin) and ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" assets/mailsetup.svg -o "assets/icons/mailsetup-$size.png"
done
# The Windows icon (the MSI's shortcut and Add/Remove Programs), from the PNGs.
convert assets/icons/mailsetup-{16,24,32,48,64,256}.png assets/mailsetup.ico
