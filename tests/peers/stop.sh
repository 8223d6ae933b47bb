#!/usr/bin/env bash
# Stop the test peers started by start.sh DIR (default: tests/peers/run).
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DIR=${1:-$HERE/run}
[ -d "$DIR" ] || exit 0
DIR=$(cd "$DIR" && pwd)
export PATH=$PATH:/usr/sbin:/sbin
SOCK=$(cat "$DIR/sockdir" 2>/dev/null || true)

# Collect the processes, ask them all to stop, then wait (bounded) for each.
pids=()
if [ -f "$DIR/postfix/main.cf" ]; then
  if [ -n "$SOCK" ] && [ -s "$SOCK/postfix/pid/master.pid" ]; then
    pids+=("$(tr -d ' ' < "$SOCK/postfix/pid/master.pid")")
  fi
  postfix -c "$DIR/postfix" stop >/dev/null 2>&1
fi
for f in "$DIR/dovecot.pid" "$DIR/op.pid"; do   # dovecot -F master: TERM stops its children
  if [ -s "$f" ]; then
    pid=$(cat "$f")
    kill -TERM "$pid" 2>/dev/null && pids+=("$pid")
  fi
done
for pid in "${pids[@]}"; do
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
done
rm -f "$DIR/dovecot.pid" "$DIR/op.pid"

case "$SOCK" in
  /tmp/mspeers.*) rm -rf "$SOCK" ;;
esac
rm -f "$DIR/started" "$DIR/sockdir"
echo "test peers in $DIR stopped"
