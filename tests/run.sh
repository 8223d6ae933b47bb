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
# Tests must never touch the real home directory.
export HOME="$root/target/test-home"
rm -rf "$HOME" && mkdir -p "$HOME"

if $fast_only; then
  log "Fast tests"
  cargo test --locked
  exit 0
fi

peers="$root/target/peers"
cleanup() { bash tests/peers/stop.sh "$peers" >/dev/null 2>&1 || true; }
trap cleanup EXIT

log "Building"
cargo build --locked --tests --bins

log "Starting the real peers on loopback"
rm -rf "$peers"
bash tests/peers/start.sh "$peers"
export MAILSETUP_PEERS_ENV="$peers/env"
export MAILSETUP_REQUIRE_PEERS=1
export MAILSETUP_REAL_THUNDERBIRD=1
export MAILSETUP_SCREENSHOT_DIR="$root/target/screenshots"

log "All tests: fast, GUI, real peers, real Thunderbird"
cargo test --locked -- --test-threads=2
