#!/usr/bin/env bash
# Screenshots of the wizard in a real window, under Xvfb, in sandbox mode.
#
#   tests/gui/screenshot.sh OUT.png [CHECKS.png [THUNDERBIRD.png [DONE.png]]]
#
# OUT.png is the first page: the practice profile's accounts. With
# CHECKS.png, the script then drives the wizard by keyboard (keys on the
# focused control, as a user could): Tab to "Add another account", Return
# → the address page, Return (Next) → "Sign in with browser" (the sandbox
# approves by itself) → the Checks page, and takes a second screenshot.
# With THUNDERBIRD.png it goes on: Next → the Thunderbird page; with
# DONE.png further: "Write to Thunderbird" (into the sandbox's throwaway
# folder) → Next → the report. $MAILSETUP_FIX_SHOT names one more picture:
# in a second window, Return on Fix (the one keypress that repairs the
# practice account) and the Done page it ends on.
#
# Needs: Xvfb, xdotool, imagemagick (import). Builds and uses
# target/debug/mailsetup ($MAILSETUP_BIN names another binary, unbuilt). Writes nothing outside
# the given PNGs and temporary directories.
set -euo pipefail

out=${1:?usage: tests/gui/screenshot.sh OUT.png [CHECKS.png [THUNDERBIRD.png [DONE.png]]]}
checks_out=${2:-}
thunderbird_out=${3:-}
done_out=${4:-}
repo=$(cd "$(dirname "$0")/../.." && pwd)
bin=${MAILSETUP_BIN:-$repo/target/debug/mailsetup}
# The window's size plus a margin; the shots are of the window itself.
# $MAILSETUP_SCREEN makes room for scaled windows (WINIT_X11_SCALE_FACTOR=2
# needs about 1700x1400x24); MAILSETUP_THEME=light|dark picks the theme.
screen=${MAILSETUP_SCREEN:-1000x800x24}

for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool is not installed" >&2; exit 2; }
done
# Build unless a binary was given; an older binary still beats no picture.
if [ -z "${MAILSETUP_BIN:-}" ]; then
    if ! (cd "$repo" && cargo build --bin mailsetup); then
        [ -x "$bin" ] || exit 1
        echo "screenshot.sh: the build failed; using the existing $bin" >&2
    fi
fi

xvfb_pid=
app_pid=
runtime_dir=$(mktemp -d)
cleanup() {
    # Keep the script's own status: the killed children's (143) is not ours.
    local status=$?
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null || true
    rm -rf "$runtime_dir"
    exit "$status"
}
trap cleanup EXIT

# A free display: no lock file and no socket, and Xvfb must stay up (another
# run may take the same number at the same moment).
display=
for number in $(seq 90 190); do
    [ -e "/tmp/.X$number-lock" ] || [ -e "/tmp/.X11-unix/X$number" ] && continue
    Xvfb ":$number" -screen 0 "$screen" -nolisten tcp >"$runtime_dir/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do
        [ -e "/tmp/.X11-unix/X$number" ] && break
        kill -0 "$xvfb_pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$xvfb_pid" 2>/dev/null && [ -e "/tmp/.X11-unix/X$number" ]; then
        display=":$number"
        break
    fi
    xvfb_pid=
done
[ -n "$display" ] || { echo "screenshot.sh: no free X display between :90 and :190" >&2; exit 2; }

export DISPLAY=$display
export XDG_RUNTIME_DIR=$runtime_dir
unset WAYLAND_DISPLAY
"$bin" --sandbox >"$runtime_dir/app.log" 2>&1 &
app_pid=$!

window=$(timeout 60 xdotool search --sync --name '^Mail Setup$' | head -n 1) || true
if [ -z "$window" ]; then
    echo "screenshot.sh: the window did not appear within 60 s; the app said:" >&2
    cat "$runtime_dir/app.log" >&2
    exit 1
fi
xdotool windowmove --sync "$window" 0 0 || true
xdotool windowfocus --sync "$window" 2>/dev/null || true

# Gives the UI time to settle, and stops if the app died meanwhile.
settle() { sleep "$1"; kill -0 "$app_pid" 2>/dev/null || { echo "screenshot.sh: the app exited:" >&2; cat "$runtime_dir/app.log" >&2; exit 1; }; }
shoot() { import -window "$window" "$1"; echo "$1"; }
press_return() { xdotool key --window "$window" --clearmodifiers Return; }

# The sandbox starts in the background; give it and the first frames time.
settle 3
shoot "$out"

if [ -n "$checks_out" ]; then
    # From Fix (focused) over the row's shared-mailbox link, the sandbox's
    # check box and link, the Technical details switch and Cancel (Back is
    # disabled) to "Add another account".
    for _ in 1 2 3 4 5 6; do xdotool key --window "$window" --clearmodifiers Tab; sleep 0.2; done
    press_return   # "Add another account": the address page.
    settle 1
    press_return   # The e-mail field has focus: Next.
    settle 1
    press_return   # "Sign in with browser" has focus.
    settle 5       # Sign-in, then both checks.
    shoot "$checks_out"
fi

if [ -n "$thunderbird_out" ] && [ -n "$checks_out" ]; then
    press_return   # Next has focus once the checks passed: Thunderbird.
    settle 1
    shoot "$thunderbird_out"
fi

if [ -n "$done_out" ] && [ -n "$thunderbird_out" ]; then
    press_return   # "Write to Thunderbird" has focus.
    settle 2
    press_return   # Next has focus once written: Done.
    settle 1
    shoot "$done_out"
fi

if [ -n "${MAILSETUP_FIX_SHOT:-}" ]; then
    kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true
    "$bin" --sandbox >"$runtime_dir/app-fix.log" 2>&1 &
    app_pid=$!
    window=$(timeout 60 xdotool search --sync --name '^Mail Setup$' | head -n 1)
    xdotool windowmove --sync "$window" 0 0 || true
    xdotool windowfocus --sync "$window" 2>/dev/null || true
    settle 3
    press_return   # Fix: sign-in, checks, the switch, Done, by themselves.
    settle 6
    shoot "$MAILSETUP_FIX_SHOT"
fi
