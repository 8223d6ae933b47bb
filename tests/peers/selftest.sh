#!/usr/bin/env bash
# Check the test peers end to end without the product.
# Usage: selftest.sh DIR   (peers started with start.sh DIR; default tests/peers/run)
#        selftest.sh --start DIR   (start the peers, run the checks, stop them)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ "${1:-}" = "--start" ]; then
  shift
  DIR=${1:-$HERE/run}
  T0=$(date +%s)
  "$HERE/start.sh" "$DIR"
  echo "start.sh took $(( $(date +%s) - T0 ))s"
  trap '"$HERE/stop.sh" "$DIR"' EXIT
fi
DIR=${1:-$HERE/run}
[ -f "$DIR/env" ] || { echo "selftest.sh: no $DIR/env: run start.sh $DIR first" >&2; exit 1; }
python3 "$HERE/selftest.py" "$DIR"
