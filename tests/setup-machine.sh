#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for the whole test run
# (idempotent; run as root, or with sudo available):
#   - Thunderbird (the real client that loads the profiles we write), and
#     Thunderbird 140 ESR unpacked beside it under /opt/thunderbird-140 (Debian
#     bookworm main's 1:140.12.0esr-1~deb12u1: apt-get download, dpkg -x),
#   - Xvfb, xdotool and ImageMagick (a real window and its screenshot),
#   - the screen-reader test's AT-SPI stack (tests/gui/atspi.sh): dbus
#     (dbus-run-session), at-spi2-core (accessibility bus and registry),
#     libglib2.0-bin (gdbus sets org.a11y.Status.IsEnabled), python3-pyatspi
#     and gir1.2-atspi-2.0 (the tree read as Orca reads it),
#   - Mesa's software Vulkan (GUI test rendering; GL works without it too),
#   - fontconfig and a Japanese font (IPA Gothic, 3.5 MB): the wizard finds a
#     system CJK font through fontconfig when it speaks Japanese,
#   - the packaging checks: appstream (appstreamcli), desktop-file-utils,
#     dpkg-dev (cargo deb's dpkg-shlibdeps) and cargo-deb from crates.io,
#   - then the real peers' own needs (tests/peers/setup.sh).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export DEBIAN_FRONTEND=noninteractive
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo

packages=(thunderbird xvfb xauth xdotool imagemagick mesa-vulkan-drivers libvulkan1 libwayland-cursor0 libwayland-egl1 python3 appstream desktop-file-utils dpkg-dev
  dbus at-spi2-core libglib2.0-bin python3-pyatspi gir1.2-atspi-2.0
  fontconfig fonts-ipafont-gothic)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-machine.sh: installing ${missing[*]}"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup-machine.sh: Debian packages present"
fi
if ! command -v cargo-deb >/dev/null; then
  echo "setup-machine.sh: installing cargo-deb (cargo install, about 2 minutes)"
  cargo install cargo-deb --locked --quiet
fi
# The package's tree as it is (its lib directory links into ../../share).
esr_140=/opt/thunderbird-140
esr_140_version=1:140.12.0esr-1~deb12u1
if [ ! -x "$esr_140/usr/lib/thunderbird/thunderbird" ]; then
  echo "setup-machine.sh: unpacking Thunderbird $esr_140_version into $esr_140"
  download=$(mktemp -d)
  # apt downloads as its sandbox user, who must be able to write there.
  chmod 755 "$download" && { $sudo chown _apt "$download" 2>/dev/null || true; }
  (cd "$download" && $sudo apt-get download -qq "thunderbird=$esr_140_version")
  $sudo rm -rf "$esr_140"
  $sudo dpkg -x "$download"/thunderbird_*.deb "$esr_140"
  rm -rf "$download"
fi
bash "$here/peers/setup.sh"
