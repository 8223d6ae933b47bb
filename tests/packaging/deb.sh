#!/usr/bin/env bash
# The .deb as a user gets it: validates the desktop entry and the AppStream
# metainfo, builds the package with `cargo deb` (a release build), installs it
# with `dpkg -i`, runs the installed `mailsetup --help`, and starts the
# installed binary's sandbox wizard under Xvfb and checks that it drew.
#
#   bash tests/packaging/deb.sh [SCREENSHOT_DIR]
#
# Needs root (or sudo), cargo-deb, appstreamcli, desktop-file-validate,
# Xvfb, xdotool, ImageMagick (tests/setup-machine.sh installs them). Removes
# the package again at the end unless MAILSETUP_KEEP_DEB=1.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
shots=${1:-$repo/target/screenshots}
mkdir -p "$shots"
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo

log() { printf '\n-- deb.sh: %s\n' "$*"; }

log "validating the desktop entry and the AppStream metainfo"
desktop-file-validate packaging/mailsetup.desktop
appstreamcli validate --no-net --pedantic packaging/org.mailsetup.mailsetup.metainfo.xml

log "building the package (a release build, its man page and completions, cargo deb)"
started=$(date +%s)
cargo build --release --locked
# Issue 16's limit: the stripped binary (the release profile strips) holds
# nine languages and stays within 25 MB.
bytes=$(stat -c %s target/release/mailsetup)
echo "deb.sh: the stripped release binary is $bytes bytes (limit 25000000)"
[ "$bytes" -le 25000000 ] || { echo "deb.sh: the release binary is over 25 MB" >&2; exit 1; }
# The man page and the completions come from the binary being packaged, so
# they can never describe another version's flags; in English, whatever
# the building machine's language (`--lang en`).
generated=target/generated
rm -rf "$generated" && mkdir -p "$generated"
target/release/mailsetup manpage --lang en | gzip -9n > "$generated/mailsetup.1.gz"
target/release/mailsetup completions bash --lang en > "$generated/mailsetup.bash"
target/release/mailsetup completions zsh --lang en > "$generated/_mailsetup"
target/release/mailsetup completions fish --lang en > "$generated/mailsetup.fish"
cargo deb --locked --no-build --output target/debian/
deb=$(ls -t target/debian/mailsetup_*.deb | head -n 1)
echo "built $deb in $(( $(date +%s) - started )) s, $(stat -c %s "$deb") bytes"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

installed_before=false
dpkg -s mailsetup >/dev/null 2>&1 && installed_before=true
cleanup() {
    local status=$?
    if ! $installed_before && [ "${MAILSETUP_KEEP_DEB:-0}" != 1 ]; then
        $sudo dpkg -r mailsetup >/dev/null 2>&1 || true
    fi
    exit "$status"
}
trap cleanup EXIT

log "installing it with dpkg -i"
$sudo dpkg -i "$deb"
for path in /usr/bin/mailsetup /usr/share/applications/mailsetup.desktop \
            /usr/share/metainfo/org.mailsetup.mailsetup.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/mailsetup.svg \
            /usr/share/icons/hicolor/48x48/apps/mailsetup.png \
            /usr/share/icons/hicolor/512x512/apps/mailsetup.png \
            /usr/share/man/man1/mailsetup.1.gz \
            /usr/share/bash-completion/completions/mailsetup \
            /usr/share/zsh/vendor-completions/_mailsetup \
            /usr/share/fish/vendor_completions.d/mailsetup.fish; do
    [ -e "$path" ] || { echo "deb.sh: the package did not install $path" >&2; exit 1; }
done
# The installed metainfo and desktop entry must still agree with each other.
appstreamcli validate --no-net /usr/share/metainfo/org.mailsetup.mailsetup.metainfo.xml

log "the installed binary: mailsetup --help"
help=$(/usr/bin/mailsetup --help)
echo "$help" | head -n 5
grep -q -- '--sandbox' <<<"$help" || { echo "deb.sh: --help does not mention --sandbox" >&2; exit 1; }

log "the installed man page: man mailsetup"
man -l /usr/share/man/man1/mailsetup.1.gz >/dev/null
page=$(MANWIDTH=80 MANPAGER=cat PAGER=cat man mailsetup)
echo "$page" | sed -n '1,6p'
for expected in NAME SYNOPSIS audit --fix-needed; do
    grep -q -- "$expected" <<<"$page" || { echo "deb.sh: the installed man page shows no $expected" >&2; exit 1; }
done

log "the installed bash completion: mailsetup au<TAB>"
# bash-completion loads /usr/share/bash-completion/completions/<command> on
# first use; source it the same way and ask it what `mailsetup au` becomes.
replies=$(bash -c 'source /usr/share/bash-completion/completions/mailsetup
COMP_WORDS=(mailsetup au); COMP_CWORD=1; COMP_LINE="mailsetup au"; COMP_POINT=12
_mailsetup mailsetup au mailsetup
printf "%s\n" "${COMPREPLY[@]}"')
[ "$replies" = audit ] || { echo "deb.sh: mailsetup au<TAB> completed to '$replies', not audit" >&2; exit 1; }
echo "mailsetup au<TAB> -> $replies"
if command -v fish >/dev/null; then
    fish -c 'complete -C "mailsetup au"' | grep -q '^audit' || { echo "deb.sh: fish does not complete mailsetup au" >&2; exit 1; }
fi

log "the installed binary's sandbox wizard under Xvfb"
shot="$shots/deb-installed-accounts.png"
rm -f "$shot"
MAILSETUP_BIN=/usr/bin/mailsetup bash tests/gui/screenshot.sh "$shot"
size=$(stat -c %s "$shot")
# A blank or failed capture is a few hundred bytes; a drawn page is tens of KiB.
[ "$size" -gt 10000 ] || { echo "deb.sh: $shot is only $size bytes: the window did not draw" >&2; exit 1; }
# A drawn page has many colours; a blank window has one or two.
colours=$(convert "$shot" -format %k info:)
[ "$colours" -gt 50 ] || { echo "deb.sh: $shot has only $colours colours: the window did not draw" >&2; exit 1; }
echo "screenshot: $shot ($size bytes, $colours colours)"
log "passed"
