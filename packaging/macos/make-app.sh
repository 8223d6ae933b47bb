#!/usr/bin/env bash
# Builds "Mail Setup.app" on macOS from the release binary:
#   cargo build --release && bash packaging/macos/make-app.sh [OUT_DIR]
# Needs macOS's iconutil (for the .icns) and optionally codesign.
# NOT VERIFIED: no Mac was available; this follows Apple's bundle layout
# (Contents/Info.plist, Contents/MacOS/, Contents/Resources/).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$repo/target/macos}
app="$out/Mail Setup.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp "$repo/packaging/macos/Info.plist" "$app/Contents/Info.plist"
cp "$repo/target/release/mailsetup" "$app/Contents/MacOS/mailsetup"
iconset=$(mktemp -d)/mailsetup.iconset
mkdir -p "$iconset"
for size in 16 32 128 256 512; do
    cp "$repo/assets/icons/mailsetup-$size.png" "$iconset/icon_${size}x${size}.png"
done
for size in 16 128 256; do
    double=$((size * 2))
    cp "$repo/assets/icons/mailsetup-$double.png" "$iconset/icon_${size}x${size}@2x.png"
done
cp "$repo/assets/icons/mailsetup-64.png" "$iconset/icon_32x32@2x.png"
iconutil -c icns "$iconset" -o "$app/Contents/Resources/mailsetup.icns"
# Ad-hoc signature so Gatekeeper on Apple silicon runs it locally.
codesign --force --deep --sign - "$app" 2>/dev/null || echo "make-app.sh: codesign not run" >&2
echo "$app"
