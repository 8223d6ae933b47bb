#!/usr/bin/env bash
# The wizard as a screen reader meets it: the real window under Xvfb, on a
# private session bus with the AT-SPI accessibility bus switched on, read
# with pyatspi (as Orca reads it) and driven by keyboard through the
# sandbox's pages. The kittest tests check egui's AccessKit tree in-process;
# this checks what actually reaches AT-SPI through accesskit's Unix adapter.
#
#   tests/gui/atspi.sh            check every page against the table in tests/gui/atspi_read.py
#   tests/gui/atspi.sh --dump     print each page's whole accessibility tree, check nothing
#   MAILSETUP_LANG=de tests/gui/atspi.sh   the same in German: every name is
#                                 the German message, and no English one shows
#
# Exit status: 0 every expectation met; 1 some were not (listed on standard
# error); 2 it could not run (a tool missing, the window or the tree never
# appeared).
#
# Needs: Xvfb, xdotool, dbus (dbus-run-session), at-spi2-core (the bus
# launcher and registry), libglib2.0-bin (gdbus), python3-pyatspi with
# gir1.2-atspi-2.0 — tests/setup-machine.sh installs them. Uses
# target/debug/mailsetup ($MAILSETUP_BIN names another); builds nothing.
# HOME and the XDG folders point into a temporary directory, removed at the
# end.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
bin=${MAILSETUP_BIN:-$repo/target/debug/mailsetup}
# pyatspi comes from Debian, so it lives in the system interpreter only (a
# pyenv or venv python3 earlier on PATH would not find it).
python=${MAILSETUP_ATSPI_PYTHON:-/usr/bin/python3}
screen=${MAILSETUP_SCREEN:-1000x800x24}
reader_args=()
case "${1:-}" in
    "") ;;
    --dump) reader_args+=(--dump) ;;
    *) echo "usage: tests/gui/atspi.sh [--dump]" >&2; exit 2 ;;
esac

# ---- Inside the private session bus (the second half, see the end) ----
if [ "${MAILSETUP_ATSPI_IN_SESSION:-}" = 1 ]; then
    work=$MAILSETUP_ATSPI_WORK
    # Our own output goes to the caller's (fds 3 and 4); the bus daemons'
    # chatter, which they write to what they inherit, stays in $work/bus.log.
    exec 1>&4 2>&3 3>&- 4>&-
    app_pid=
    stop_app() {
        local status=$?
        [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
        exit "$status"
    }
    trap stop_app EXIT

    # accesskit's Unix adapter stays off (the app is not on the registry at
    # all) unless org.a11y.Status.IsEnabled says an assistive technology
    # runs. It follows the property, so setting it later works too; set
    # first, the tree exists from the first frame, as when Orca already runs
    # at login. Setting it also starts at-spi-bus-launcher (D-Bus activation).
    gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
        --method org.freedesktop.DBus.Properties.Set org.a11y.Status IsEnabled '<true>' >/dev/null
    enabled=$(gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
        --method org.freedesktop.DBus.Properties.Get org.a11y.Status IsEnabled)
    case "$enabled" in
        *true*) ;;
        *) echo "atspi.sh: org.a11y.Status.IsEnabled reads back as $enabled, not true" >&2; exit 2 ;;
    esac
    a11y_address=$(gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus --method org.a11y.Bus.GetAddress)
    echo "atspi.sh: accessibility bus $a11y_address, IsEnabled $enabled"
    # The bus launcher outlives this script by a moment; the outer half waits
    # for it before it stops Xvfb (the launcher holds an X connection).
    gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
        --method org.freedesktop.DBus.GetConnectionUnixProcessID org.a11y.Bus 2>/dev/null \
        | tr -dc '0-9' >"$work/launcher.pid" || true

    "$bin" --sandbox >"$work/app.log" 2>&1 &
    app_pid=$!
    window=$(timeout 60 xdotool search --sync --name '^Mail Setup$' | head -n 1) || true
    if [ -z "$window" ]; then
        echo "atspi.sh: the window did not appear within 60 s; the app said:" >&2
        cat "$work/app.log" >&2
        exit 2
    fi
    xdotool windowmove --sync "$window" 0 0 || true
    # Keys go to the focused window; without a window manager nobody else
    # gives it focus.
    xdotool windowfocus --sync "$window" 2>/dev/null || true

    status=0
    # The app speaks $MAILSETUP_LANG; the reader expects that language's names.
    "$python" "$here/atspi_read.py" --pid "$app_pid" --window "$window" --lang "${MAILSETUP_LANG:-en}" "${reader_args[@]}" || status=$?
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "atspi.sh: the app exited during the test; it said:" >&2
        cat "$work/app.log" >&2
        [ "$status" -ne 0 ] || status=2
    fi
    exit "$status"
fi

# ---- Outside: tools, a throwaway home, Xvfb, then the session bus ----
for tool in Xvfb xdotool dbus-run-session gdbus "$python"; do
    command -v "$tool" >/dev/null || { echo "atspi.sh: $tool is not installed (bash tests/setup-machine.sh installs it)" >&2; exit 2; }
done
[ -x /usr/libexec/at-spi-bus-launcher ] || { echo "atspi.sh: at-spi2-core is not installed (no /usr/libexec/at-spi-bus-launcher)" >&2; exit 2; }
"$python" -c 'import pyatspi' 2>/dev/null || { echo "atspi.sh: $python cannot import pyatspi (install python3-pyatspi gir1.2-atspi-2.0)" >&2; exit 2; }
[ -x "$bin" ] || { echo "atspi.sh: $bin is missing; build it first (cargo build --bin mailsetup)" >&2; exit 2; }

work=$(mktemp -d)
xvfb_pid=
cleanup() {
    # Keep the script's own status: the killed children's (143) is not ours.
    local status=$?
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

# Never the real home: the app remembers the last address and window size,
# and the bus launcher and dconf write under HOME and XDG_*.
mkdir -p "$work/home" "$work/config" "$work/data" "$work/state" "$work/cache" "$work/runtime"
chmod 700 "$work/runtime"
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state
export XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/runtime
# No desktop session's buses or display leak in: the test makes its own.
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS
# Some toolkits skip accessibility when this is set at all.
unset NO_AT_BRIDGE

# A free display: no lock file and no socket, and Xvfb must stay up (another
# run may take the same number at the same moment).
display=
for number in $(seq 90 190); do
    [ -e "/tmp/.X$number-lock" ] || [ -e "/tmp/.X11-unix/X$number" ] && continue
    Xvfb ":$number" -screen 0 "$screen" -nolisten tcp >"$work/xvfb.log" 2>&1 &
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
[ -n "$display" ] || { echo "atspi.sh: no free X display between :90 and :190" >&2; exit 2; }
export DISPLAY=$display

# dbus-run-session gives a session bus that ends with this test, and with
# it the bus launcher and registry it activated.
status=0
MAILSETUP_ATSPI_IN_SESSION=1 MAILSETUP_ATSPI_WORK=$work dbus-run-session -- bash "${BASH_SOURCE[0]}" "$@" \
    3>&2 4>&1 >"$work/bus.log" 2>&1 || status=$?
# The bus launcher and registry end with the session bus; wait for the
# launcher (started for this test) so that it does not see Xvfb vanish.
launcher=$(cat "$work/launcher.pid" 2>/dev/null || true)
if [ -n "$launcher" ]; then
    for _ in $(seq 30); do kill -0 "$launcher" 2>/dev/null || break; sleep 0.1; done
    kill "$launcher" 2>/dev/null || true
fi
if [ "$status" -ge 2 ] && [ -s "$work/bus.log" ]; then
    echo "atspi.sh: the session and accessibility buses said:" >&2
    cat "$work/bus.log" >&2
fi
case $status in
    0) if [ -n "${reader_args[*]}" ]; then echo "atspi.sh: tree dumped (nothing checked)"; else echo "atspi.sh: every page's controls are named and the failure is announced"; fi ;;
    1) echo "atspi.sh: FAILED: the accessibility tree misses what the list above names (expectations: PAGES in tests/gui/atspi_read.py)" >&2 ;;
    *) echo "atspi.sh: could not run the screen-reader test (status $status)" >&2 ;;
esac
exit "$status"
