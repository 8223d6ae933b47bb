#!/usr/bin/env bash
# Starts the real Thunderbird on a profile that mailsetup wrote, offline,
# lets it load the account, quits it cleanly, and proves that Thunderbird
# kept the account.
#
#   check_profile.sh [options] PROFILE_DIR EMAIL
#       Runs Thunderbird with `-profile` on a copy of PROFILE_DIR.
#   check_profile.sh [options] --home HOME_DIR EMAIL
#       Runs Thunderbird *without* `-profile` on a copy of HOME_DIR, so
#       Thunderbird must pick the profile itself from HOME_DIR/.thunderbird
#       (profiles.ini, [Install<hash>], compatibility.ini). Checks that it
#       picked the one and only listed profile and made no new one.
#
# Options:
#   --expect-server HOST   an incoming server (another account) that must
#                          still be there afterwards; repeatable
#   --while-running CMD    run `CMD <profile dir of the copy>` (also in
#                          $CHECK_PROFILE_DIR) while Thunderbird runs; it
#                          must exit 0
#   --timeout SECONDS      how long Thunderbird may take to load the account
#                          (default 90)
#   --keep                 keep the copy and print where it is
#   --result-dir DIR       after the run, copy the profile as Thunderbird left
#                          it to DIR (for the caller's own checks)
#   --marionette           start Thunderbird with Marionette on a port of its
#                          choice (MarionetteActivePort in the profile), with
#                          chrome access, for --while-running commands that
#                          use tests/real_thunderbird/marionette.py
#   --online               let Thunderbird go online, to loopback only (no
#                          offline prefs, no dead proxy, no network namespace;
#                          MOZ_DISABLE_NONLOCAL_CONNECTIONS still holds): for
#                          a test whose peers run on this machine's loopback
#   --no-account-prefs     the account comes from a policy (default prefs),
#                          so prefs.js need not hold its server prefs: only
#                          check that Thunderbird loaded an IMAP account (a
#                          POP3 one with --pop3)
#   --pop3                 the account fetches its mail with POP3, not IMAP:
#                          it counts as loaded once Thunderbird has made its
#                          Inbox.msf under Mail/<host> and the Local Folders
#                          directory, and afterwards it must be a "pop3"
#                          server, with Local Folders beside it (below)
#   --incoming-auth N      the authMethod the incoming server must still have
#                          afterwards (default 10, OAuth2)
#   --smtp-auth N          the authMethod the SMTP server must still have
#                          afterwards (default 10, OAuth2)
#   --smtp-user NAME       the username the SMTP server must still have
#                          afterwards (default EMAIL): a shared mailbox's
#                          delegate, while EMAIL is the shared address
#
# Environment: THUNDERBIRD_BIN (default /usr/lib/thunderbird/thunderbird, else
# `thunderbird` from PATH).
#
# Proves, after a clean exit:
#   * prefs.js still lists an account whose IMAP (--pop3: POP3) server has
#     userName EMAIL and authMethod 10 (or --incoming-auth), and an SMTP
#     server with username EMAIL (or --smtp-user) and authMethod 10 (or
#     --smtp-auth);
#   * Thunderbird created that server's mail directory, ImapMail/<hostname>
#     (--pop3: Mail/<hostname>), or the one its directory-rel names (it
#     loaded the account), and wrote no Invalidprefs.js (it parsed our
#     prefs.js);
#   * with --pop3, Thunderbird also made its Local Folders account, as it
#     does at startup for a profile with a mail account but none:
#     mail.accountmanager.localfoldersserver names a server of type "none"
#     that a listed account has, and its directory (Mail/Local Folders)
#     exists;
#   * every --expect-server host is still an account's server.
#
# Network: the copy gets a user.js that starts Thunderbird offline
# (offline.startup_state=3) and points any proxy-aware connection at a dead
# loopback SOCKS port; MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 makes Gecko refuse
# connections to anything but loopback. Where `unshare --net` works (root, or
# user namespaces) Thunderbird also runs in a network namespace with no
# interface up, so nothing can leave the machine at all. (With --home, a
# Thunderbird that ignores our profile runs on a fresh one without our
# user.js; the environment and the namespace still hold then.)
set -euo pipefail

die() { echo "check_profile: FAIL: $*" >&2; exit 1; }
note() { echo "check_profile: $*" >&2; }

expect_servers=()
while_running=""
timeout_seconds=90
keep=false
home_mode=false
result_dir=""
account_prefs=true
marionette=false
online=false
pop3=false
incoming_auth=10
smtp_auth=10
smtp_user=""
while [ $# -gt 0 ]; do
  case "$1" in
    --expect-server) expect_servers+=("$2"); shift 2 ;;
    --while-running) while_running="$2"; shift 2 ;;
    --timeout) timeout_seconds="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    --result-dir) result_dir="$2"; shift 2 ;;
    --no-account-prefs) account_prefs=false; shift ;;
    --marionette) marionette=true; shift ;;
    --online) online=true; shift ;;
    --home) home_mode=true; shift ;;
    --pop3) pop3=true; shift ;;
    --incoming-auth) incoming_auth="$2"; shift 2 ;;
    --smtp-auth) smtp_auth="$2"; shift 2 ;;
    --smtp-user) smtp_user="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    --*) die "unknown option $1" ;;
    *) break ;;
  esac
done
[ $# -eq 2 ] || die "usage: check_profile.sh [options] [--home] DIR EMAIL"
source_dir=$1
email=$2
[ -n "$smtp_user" ] || smtp_user=$email
[ -d "$source_dir" ] || die "$source_dir is not a directory"
for number in "$incoming_auth" "$smtp_auth"; do
  case "$number" in ''|*[!0-9]*) die "an authMethod is a number, not '$number'" ;; esac
done
if $pop3; then
  protocol=POP3 protocol_type=pop3 mail_root=Mail inbox_msf=Inbox.msf what_loads="a POP3 account and Local Folders"
else
  protocol=IMAP protocol_type=imap mail_root=ImapMail inbox_msf=INBOX.msf what_loads="an IMAP account"
fi

tb_bin=${THUNDERBIRD_BIN:-}
if [ -z "$tb_bin" ]; then
  if [ -x /usr/lib/thunderbird/thunderbird ]; then tb_bin=/usr/lib/thunderbird/thunderbird
  else tb_bin=$(command -v thunderbird) || die "Thunderbird is not installed"; fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/check_profile.XXXXXX")
tb_pid=""
cleanup() {
  if [ -n "$tb_pid" ] && kill -0 "$tb_pid" 2>/dev/null; then kill -KILL "$tb_pid" 2>/dev/null || true; fi
  if $keep; then note "kept the copy in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# --- The copy Thunderbird runs on --------------------------------------------
home="$work/home"
mkdir -p "$home"
if $home_mode; then
  cp -a "$source_dir/." "$home/"
  root="$home/.thunderbird"
  [ -f "$root/profiles.ini" ] || die "$source_dir/.thunderbird/profiles.ini does not exist"
  relative=$(sed -n 's/^Path=//p' "$root/profiles.ini")
  [ "$(printf '%s\n' "$relative" | grep -c .)" -eq 1 ] || die "the --home scenario expects exactly one profile in profiles.ini"
  profile="$root/$relative"
  profile_dirs_before=$(find "$root" -mindepth 1 -maxdepth 2 -type d | sort)
else
  profile="$work/profile"
  cp -a "$source_dir" "$profile"
fi
[ -d "$profile" ] || die "profile directory $profile does not exist"
rm -f "$profile/lock" "$profile/.parentlock"
prefs="$profile/prefs.js"
# Absolute folder paths point at the original profile (or at a home that does
# not exist here), and Thunderbird would create and write mail folders there.
# Drop them from the copy; Thunderbird rebuilds them from the "-rel" prefs.
if [ -f "$prefs" ]; then
  sed -i -E '/^user_pref\("(mail\.server\.[^"]+\.directory|mail\.root\.[^"-]+)", /d' "$prefs"
fi

# Added to the throwaway copy in either mode: no updates, telemetry or
# first-run pages.
cat >> "$profile/user.js" <<'EOF'
// Added by check_profile.sh to a throwaway copy: nothing but the account.
user_pref("app.update.enabled", false);
user_pref("app.update.auto", false);
user_pref("extensions.update.enabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("datareporting.healthreport.uploadEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("mail.shell.checkDefaultClient", false);
user_pref("mailnews.start_page.enabled", false);
EOF
if $online; then
cat >> "$profile/user.js" <<'EOF'
// --online: loopback peers only (MOZ_DISABLE_NONLOCAL_CONNECTIONS holds).
user_pref("offline.startup_state", 2);
user_pref("network.proxy.type", 0);
EOF
else
cat >> "$profile/user.js" <<'EOF'
// Keep Thunderbird off the network.
user_pref("offline.startup_state", 3);
user_pref("offline.autoDetect", false);
user_pref("network.proxy.type", 1);
user_pref("network.proxy.socks", "127.0.0.1");
user_pref("network.proxy.socks_port", 9);
user_pref("network.proxy.socks_remote_dns", true);
user_pref("network.proxy.no_proxies_on", "");
user_pref("network.captive-portal-service.enabled", false);
user_pref("network.connectivity-service.enabled", false);
EOF
fi

marionette_args=()
if $marionette; then
  echo 'user_pref("marionette.port", 0);' >> "$profile/user.js"
  marionette_args=(--marionette -remote-allow-system-access)
fi

isolate=()
if $online; then :
elif unshare --net true 2>/dev/null; then isolate=(unshare --net)
elif unshare --net --map-root-user true 2>/dev/null; then isolate=(unshare --net --map-root-user)
else note "unshare --net is not available; relying on the offline prefs alone"; fi

# Marionette's port is on Thunderbird's loopback: --while-running joins
# Thunderbird's network namespace with nsenter (as root); without root the
# namespace is left out and the offline prefs alone hold.
runner=()
if $marionette && [ ${#isolate[@]} -gt 0 ]; then
  if [ "${isolate[*]}" = "unshare --net" ] && command -v ip >/dev/null; then
    # The namespace's own loopback, up: still nothing leaves it.
    isolate=(unshare --net -- sh -c 'ip link set lo up && exec "$0" "$@"')
    runner=(nsenter --net=/proc/TB_PID/ns/net)
  else
    isolate=()
  fi
fi

profile_args=(-profile "$profile")
$home_mode && profile_args=()

# --- Run -----------------------------------------------------------------------
started=$(date +%s)
(
  cd "$work"
  exec env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
    XDG_DATA_HOME="$home/.local/share" MOZ_HEADLESS=1 MOZ_CRASHREPORTER_DISABLE=1 MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 \
    DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-dbus" \
    "${isolate[@]}" "$tb_bin" --headless --no-remote "${marionette_args[@]}" "${profile_args[@]}"
) >"$work/thunderbird.log" 2>&1 &
tb_pid=$!

# In --home mode Thunderbird may pick another profile; watch every profile
# directory for an account's ImapMail folder, and check later that it is ours.
# INBOX.msf appears once Thunderbird has built the account's folder tree;
# after that, give it a moment to settle before asking it to quit.
# A POP3 account's folders are under Mail/<host> (Inbox.msf and Trash.msf
# appear first; Sent, Drafts and Templates only when used), next to
# Mail/Local Folders, which Thunderbird makes in the same startup; wait for
# both.
mail_dir_found=""
deadline=$((started + timeout_seconds))
while [ "$(date +%s)" -lt "$deadline" ]; do
  kill -0 "$tb_pid" 2>/dev/null || { tail -20 "$work/thunderbird.log" >&2; die "Thunderbird exited early"; }
  mail_dir_found=$(find "$home" "$profile" -mindepth 3 -maxdepth 5 -path "*/$mail_root/*/$inbox_msf" \
    ! -path "*/$mail_root/Local Folders/*" -print -quit 2>/dev/null || true)
  if [ -n "$mail_dir_found" ] && $pop3 && [ ! -d "$(dirname "$(dirname "$mail_dir_found")")/Local Folders" ]; then
    mail_dir_found=""
  fi
  [ -n "$mail_dir_found" ] && break
  sleep 0.5
done
[ -n "$mail_dir_found" ] || { tail -20 "$work/thunderbird.log" >&2; die "Thunderbird did not load $what_loads within ${timeout_seconds}s"; }
mail_dir_found=$(dirname "$mail_dir_found")
sleep 2
loaded=$(date +%s)
note "Thunderbird loaded the account after $((loaded - started))s (${mail_dir_found#"$work/"})"

while_running_status=0
if [ -n "$while_running" ]; then
  # Word splitting of CMD is wanted: it may carry its own arguments.
  # shellcheck disable=SC2086
  runner=("${runner[@]/TB_PID/$tb_pid}")
  CHECK_PROFILE_DIR="$profile" "${runner[@]}" $while_running "$profile" || while_running_status=$?
fi

# A clean quit: Gecko handles SIGTERM by shutting down normally, which
# writes prefs.js and removes the lock symlink.
kill -TERM "$tb_pid"
for _ in $(seq 1 60); do kill -0 "$tb_pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$tb_pid" 2>/dev/null; then die "Thunderbird did not exit within 30s of SIGTERM"; fi
wait "$tb_pid" 2>/dev/null || true
tb_pid=""
note "Thunderbird exited cleanly after $(( $(date +%s) - loaded ))s; total $(( $(date +%s) - started ))s"

[ "$while_running_status" -eq 0 ] || die "--while-running command exited with $while_running_status"

# --- Checks --------------------------------------------------------------------
[ -e "$profile/Invalidprefs.js" ] && die "Thunderbird found a syntax error in prefs.js (Invalidprefs.js exists)"
[ -L "$profile/lock" ] && die "the lock symlink is still there, so Thunderbird did not exit cleanly"
grep -q "prefs parse error" "$work/thunderbird.log" && die "Thunderbird reported a prefs parse error"
if [ -n "$result_dir" ]; then
  mkdir -p "$result_dir"
  cp -a "$profile/." "$result_dir/"
fi
if ! $account_prefs; then
  echo "check_profile: OK: Thunderbird loaded $what_loads ($(basename "$mail_dir_found")) from defaults, no Invalidprefs.js"
  exit 0
fi

# The raw value of the last user_pref("$1", …); in prefs.js.
pref() {
  grep -F "user_pref(\"$1\", " "$prefs" | tail -n 1 | sed -E 's/^user_pref\("[^"]*", (.*)\);\r?$/\1/'
}
# Keys (server1, smtp2, …) under BRANCH whose SUFFIX pref is the string VALUE.
keys_where() {
  local branch=$1 suffix=$2 value=$3
  grep -F "\", \"$value\");" "$prefs" |
    sed -nE "s/^user_pref\(\"${branch//./\\.}([^.]+)\\.${suffix}\", .*/\\1/p"
}
accounts=",$(pref mail.accountmanager.accounts | tr -d '"'),"
account_of_server() {
  local key
  for key in $(keys_where mail.account. server "$1"); do
    case "$accounts" in *",$key,"*) echo "$key"; return 0 ;; esac
  done
  return 1
}

server=""
for key in $(keys_where mail.server. userName "$email"); do
  [ "$(pref "mail.server.$key.type")" = "\"$protocol_type\"" ] && server=$key
done
[ -n "$server" ] || die "no $protocol server with userName $email in prefs.js"
account=$(account_of_server "$server") || die "server $server belongs to no listed account"
[ "$(pref "mail.server.$server.authMethod")" = "$incoming_auth" ] ||
  die "$protocol authMethod is $(pref "mail.server.$server.authMethod"), not $incoming_auth"
server_host=$(pref "mail.server.$server.hostname" | tr -d '"')
# A migrated account keeps its directory (directory-rel), which may be
# named after its old host.
server_dir_rel=$(pref "mail.server.$server.directory-rel" | tr -d '"')
server_dir="$mail_root/$server_host"
case "$server_dir_rel" in "[ProfD]"*) server_dir=${server_dir_rel#"[ProfD]"} ;; esac
[ -d "$profile/$server_dir" ] || die "Thunderbird did not create $server_dir in the profile"

if $pop3; then
  local_server=$(pref mail.accountmanager.localfoldersserver | tr -d '"')
  [ -n "$local_server" ] || die "Thunderbird made no Local Folders account (no mail.accountmanager.localfoldersserver)"
  [ "$(pref "mail.server.$local_server.type")" = '"none"' ] ||
    die "Local Folders server $local_server has type $(pref "mail.server.$local_server.type"), not \"none\""
  local_account=$(account_of_server "$local_server") || die "Local Folders server $local_server belongs to no listed account"
  local_dir_rel=$(pref "mail.server.$local_server.directory-rel" | tr -d '"')
  local_dir="Mail/Local Folders"
  case "$local_dir_rel" in "[ProfD]"*) local_dir=${local_dir_rel#"[ProfD]"} ;; esac
  [ -d "$profile/$local_dir" ] || die "Thunderbird did not create $local_dir in the profile"
fi

smtp_server=$(keys_where mail.smtpserver. username "$smtp_user" | head -n 1 || true)
[ -n "$smtp_server" ] || die "no SMTP server with username $smtp_user in prefs.js"
case ",$(pref mail.smtpservers | tr -d '"')," in *",$smtp_server,"*) ;; *) die "$smtp_server is not in mail.smtpservers" ;; esac
[ "$(pref "mail.smtpserver.$smtp_server.authMethod")" = "$smtp_auth" ] ||
  die "SMTP authMethod is $(pref "mail.smtpserver.$smtp_server.authMethod"), not $smtp_auth"

for host in "${expect_servers[@]}"; do
  found=false
  for key in $(keys_where mail.server. hostname "$host"); do
    account_of_server "$key" >/dev/null && found=true
  done
  $found || die "the account on $host is gone"
done

if $home_mode; then
  # Thunderbird adds "Crash Reports" and "Pending Pings" to the root; any
  # other new directory would be a profile of its own.
  new_dirs=$(comm -13 <(printf '%s\n' "$profile_dirs_before") <(find "$root" -mindepth 1 -maxdepth 2 -type d | sort) |
    grep -vE "^$root/(Crash Reports|Pending Pings)(/|\$)" | grep -vF "$profile/" || true)
  [ -z "$new_dirs" ] || die "Thunderbird made its own profile instead of ours: $new_dirs"
  [ "$(grep -c '^\[Profile' "$root/profiles.ini")" -eq 1 ] || die "profiles.ini now lists another profile"
  case "$mail_dir_found" in "$profile/"*) ;; *) die "Thunderbird loaded the account from another profile: $mail_dir_found" ;; esac
fi

if [ "$incoming_auth" = 10 ] && [ "$smtp_auth" = 10 ]; then sign_in="OAuth2"
else sign_in="authMethod $incoming_auth incoming, $smtp_auth SMTP"; fi
local_folders=""
$pop3 && local_folders=", Local Folders $local_account"
smtp_as=""
[ "$smtp_user" = "$email" ] || smtp_as=" as $smtp_user"
echo "check_profile: OK: $account ($protocol $server on $server_host, SMTP $smtp_server$smtp_as, $sign_in$local_folders) survived a real Thunderbird run ($(HOME="$home" "$tb_bin" --version 2>/dev/null | head -n 1 || echo "version unknown"))"
