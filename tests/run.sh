#!/usr/bin/env bash
# The one test command: installs what a fresh machine lacks, starts the real
# peers on loopback, and runs every test: fast unit and integration tests, the
# GUI tests, the end-to-end run against the real OpenID provider, Dovecot,
# Postfix and Chromium, and Thunderbird loading the profiles we write.
#
#   bash tests/run.sh            # everything
#   bash tests/run.sh --fast     # only `cargo test` (no installs, no peers)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

fast_only=false
[ "${1:-}" = "--fast" ] && fast_only=true

log() { printf '\n== %s\n' "$*"; }

if ! $fast_only; then
  log "Installing what this machine lacks (apt, npm)"
  bash tests/setup-machine.sh
fi

export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# Tests must never touch the real home directory. rustup and cargo still
# need theirs, so pin them first.
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export HOME="$root/target/test-home"
rm -rf "$HOME" && mkdir -p "$HOME"
# The tests read English words unless they ask for a language themselves
# (--lang); the machine's own locale must not change what they see.
export MAILSETUP_LANG=en

if $fast_only; then
  log "Fast tests"
  cargo test --locked --workspace --features failpoints,bench-hooks
  exit 0
fi

peers="$root/target/peers"
cleanup() { bash tests/peers/stop.sh "$peers" >/dev/null 2>&1 || true; }
trap cleanup EXIT

log "Building"
cargo build --locked --workspace --tests --bins --features failpoints,bench-hooks
cargo clippy --locked --workspace --all-targets --features failpoints,bench-hooks -- -D warnings

log "Starting the real peers on loopback"
rm -rf "$peers"
bash tests/peers/start.sh "$peers"
export MAILSETUP_PEERS_ENV="$peers/env"
export MAILSETUP_REAL_THUNDERBIRD=1

log "All tests: fast, GUI, real peers, real Thunderbird"
# A plain `cargo test` reports as ignored the tests that need what this
# script has just installed or started: the real peers, the real
# Thunderbird, a wgpu adapter (Mesa's lavapipe) for the rendered pictures.
# Here they run, with --include-ignored; any of them whose environment is
# missing fails and says what it needs. Only the helper processes stay off
# (--skip helper_): they are ignored tests merely so that their parent test
# can start its own binary again as the child, and alone they fail.
# The release binary's scan runs after the .deb step below, which builds it.
cargo test --locked --workspace --no-fail-fast --features failpoints,bench-hooks -- --include-ignored --skip helper_ \
  --skip the_release_binary_carries_no_test_machinery --test-threads=2

log "The real window under Xvfb, driven by keyboard through every page"
shots="$root/target/screenshots"
rm -rf "$shots" && mkdir -p "$shots"
MAILSETUP_BIN="$root/target/debug/mailsetup" MAILSETUP_FIX_SHOT="$shots/5-fixed-in-one-keypress.png" bash tests/gui/screenshot.sh \
  "$shots/1-accounts.png" "$shots/2-checks.png" "$shots/3-thunderbird.png" "$shots/4-done.png"
for shot in "$shots"/*.png; do
  # A blank or failed capture is a few hundred bytes; a drawn page is tens of KiB.
  size=$(stat -c %s "$shot")
  [ "$size" -gt 10000 ] || { echo "run.sh: $shot is only $size bytes: the window did not draw" >&2; exit 1; }
  echo "screenshot: $shot ($size bytes)"
done

log "The same at 2x scale in the light theme (readable when scaled)"
MAILSETUP_BIN="$root/target/debug/mailsetup" MAILSETUP_SCREEN=1700x1400x24 WINIT_X11_SCALE_FACTOR=2 MAILSETUP_THEME=light \
  bash tests/gui/screenshot.sh "$shots/2x-light-1-accounts.png" "$shots/2x-light-2-checks.png"
for shot in "$shots"/2x-light-*.png; do
  size=$(stat -c %s "$shot")
  [ "$size" -gt 10000 ] || { echo "run.sh: $shot is only $size bytes: the window did not draw" >&2; exit 1; }
done

log "Every page in German, Japanese (the system's CJK font) and the pseudo-locale (longer, accented)"
for lang in de ja en-XA; do
  MAILSETUP_BIN="$root/target/debug/mailsetup" MAILSETUP_LANG=$lang bash tests/gui/screenshot.sh \
    "$shots/$lang-1-accounts.png" "$shots/$lang-2-checks.png" "$shots/$lang-3-thunderbird.png" "$shots/$lang-4-done.png"
  for shot in "$shots/$lang"-*.png; do
    size=$(stat -c %s "$shot")
    [ "$size" -gt 10000 ] || { echo "run.sh: $shot is only $size bytes: the window did not draw" >&2; exit 1; }
  done
done

log "The real window read as a screen reader reads it (AT-SPI, pyatspi), every page and a failure"
MAILSETUP_BIN="$root/target/debug/mailsetup" bash tests/gui/atspi.sh
log "The same in German: every name translated"
MAILSETUP_BIN="$root/target/debug/mailsetup" MAILSETUP_LANG=de bash tests/gui/atspi.sh

log "The .deb: cargo deb (release build), dpkg -i, the installed --help and wizard"
bash tests/packaging/deb.sh "$shots"

log "The release binary carries no fault injection, failpoint or bench hook"
MAILSETUP_RELEASE_BIN="$root/target/release/mailsetup" cargo test --locked --features failpoints,bench-hooks --test release_binary -- --include-ignored
