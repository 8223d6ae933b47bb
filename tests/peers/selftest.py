#!/usr/bin/env python3
"""End-to-end check of the test peers without the product (stdlib + curl).

Usage: selftest.py DIR     (DIR as given to start.sh; peers must be running)

Does what the product does: a loopback listener catches the redirect, the
browser script signs in, the code is exchanged (PKCE S256) with curl, then
IMAP (implicit TLS, AUTHENTICATE XOAUTH2, SELECT INBOX), POP3 (implicit TLS,
AUTH XOAUTH2, STAT) and SMTP submission (STARTTLS, AUTH XOAUTH2, MAIL/RCPT/RSET)
run with the access token, and a
refresh_token grant. Then the negative scenarios. Prints timings; exit 0 = all passed.
"""
import base64
import hashlib
import http.server
import imaplib
import json
import poplib
import os
import secrets
import smtplib
import ssl
import subprocess
import sys
import threading
import time
import urllib.parse

DIR = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "run"))
ENV = {}
with open(os.path.join(DIR, "env")) as f:
    for line in f:
        if "=" in line:
            k, v = line.rstrip("\n").split("=", 1)
            ENV[k] = v

CA = ENV["MAILSETUP_PEERS_CA"]
ISSUER = ENV["MAILSETUP_PEERS_ISSUER"]
ALICE = ENV["MAILSETUP_PEERS_USER"]
BOB = ENV["MAILSETUP_PEERS_OTHER_USER"]
CAROL = ENV["MAILSETUP_PEERS_NO_MAILBOX_USER"]
IMAP_PORT = int(ENV["MAILSETUP_PEERS_IMAP_PORT"])
POP3_PORT = int(ENV["MAILSETUP_PEERS_POP3_PORT"])
SMTP_PORT = int(ENV["MAILSETUP_PEERS_SMTP_PORT"])
SCOPES_ALL = "openid email offline_access mail"
TLS = ssl.create_default_context(cafile=CA)

T_START = time.monotonic()
RESULTS = []


def check(name, fn):
    t = time.monotonic()
    try:
        detail = fn()
        ok = True
    except Exception as e:  # noqa: BLE001
        detail, ok = f"{type(e).__name__}: {e}", False
    dt = time.monotonic() - t
    RESULTS.append((name, ok))
    print(f"{'PASS' if ok else 'FAIL'} {dt:6.2f}s  {name}" + (f"  -- {detail}" if detail else ""), flush=True)
    return ok


# ------------------------------------------------------------------- OAuth
class Callback:
    """Loopback redirect listener like the product's: http://HOST:PORT/."""

    def __init__(self):
        self.query = None
        self.event = threading.Event()
        outer = self

        class H(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                u = urllib.parse.urlparse(self.path)
                if u.path != "/" or outer.event.is_set():
                    self.send_error(404)  # e.g. /favicon.ico
                    return
                q = u.query
                outer.query = dict(urllib.parse.parse_qsl(q))
                body = b"<html><body><h1>mailsetup selftest: you can close this window</h1></body></html>"
                self.send_response(200)
                self.send_header("content-type", "text/html")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                outer.event.set()

            def log_message(self, *a):
                pass

        self.server = http.server.HTTPServer(("127.0.0.1", 0), H)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def authorize(scope=SCOPES_ALL, client_id="mailsetup-test", host="localhost", login=None, consent="allow"):
    """Run the browser through the authorization endpoint; return (callback query, verifier, redirect_uri)."""
    cb = Callback()
    try:
        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        state = secrets.token_urlsafe(16)
        redirect_uri = f"http://{host}:{cb.port}/"
        url = ISSUER + "/auth?" + urllib.parse.urlencode({
            "response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri,
            "scope": scope, "state": state, "code_challenge": challenge, "code_challenge_method": "S256",
        })
        env = dict(os.environ, MAILSETUP_PEERS_DIR=DIR, MAILSETUP_PEERS_CONSENT=consent)
        if login:
            env["MAILSETUP_PEERS_LOGIN_USER"] = login
        p = subprocess.run([ENV["MAILSETUP_PEERS_BROWSER"], url], env=env, timeout=90)
        if p.returncode != 0:
            raise RuntimeError(f"browser script exited {p.returncode} (see {DIR}/browser.log)")
        if not cb.event.wait(5):
            raise RuntimeError("no request reached the loopback listener")
        q = cb.query
        if q.get("state") != state:
            raise RuntimeError(f"state mismatch: {q}")
        return q, verifier, redirect_uri
    finally:
        cb.close()


def token_request(form):
    out = subprocess.run(
        ["curl", "-sS", "--noproxy", "*", "--cacert", CA, "-X", "POST", ENV["MAILSETUP_PEERS_TOKEN_URL"]]
        + sum((["--data-urlencode", f"{k}={v}"] for k, v in form.items()), []),
        capture_output=True, text=True, timeout=30, check=True).stdout
    return json.loads(out)


def get_tokens(**kw):
    client_id = kw.get("client_id", "mailsetup-test")
    q, verifier, redirect_uri = authorize(**kw)
    if "code" not in q:
        raise RuntimeError(f"no code: {q}")
    tok = token_request({"grant_type": "authorization_code", "code": q["code"], "redirect_uri": redirect_uri,
                         "client_id": client_id, "code_verifier": verifier})
    if "access_token" not in tok:
        raise RuntimeError(f"token endpoint: {tok}")
    return tok


# -------------------------------------------------------------- mail checks
def xoauth2(user, token):
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def imap_login(user, token):
    """AUTHENTICATE XOAUTH2 + SELECT INBOX; returns message count or raises."""
    sent = []

    def auth(_challenge):
        # First continuation: send the token. A second one carries Dovecot's JSON
        # error; answer it with an empty response so the server says NO.
        if sent:
            return b""
        sent.append(1)
        return xoauth2(user, token).encode()

    with imaplib.IMAP4_SSL("localhost", IMAP_PORT, ssl_context=TLS, timeout=20) as m:
        m.authenticate("XOAUTH2", auth)
        typ, data = m.select("INBOX")
        if typ != "OK":
            raise RuntimeError(f"SELECT INBOX: {typ} {data}")
        return int(data[0])


def imap_must_fail(user, token):
    try:
        n = imap_login(user, token)
    except imaplib.IMAP4.error as e:
        if "AUTHENTICATIONFAILED" not in str(e):
            raise RuntimeError(f"unexpected IMAP error {e}") from e
        return f"IMAP said: {e}"
    raise RuntimeError(f"IMAP login succeeded (INBOX has {n})")


def pop3_auth_xoauth2(p, user, token):
    """AUTH XOAUTH2 with an initial response (RFC 5034); returns the final reply line.

    On failure Dovecot first sends a "+ <base64 JSON error>" continuation; answer
    it with an empty line, then the server says -ERR. (poplib has no AUTH, and its
    _shortcmd would take any "+..." line, continuation included, for success.)
    The command line carries the token: never print or log it.
    """
    ir = base64.b64encode(xoauth2(user, token).encode()).decode()
    p._putcmd("AUTH XOAUTH2 " + ir)
    resp, _ = p._getline()
    if resp == b"+" or resp.startswith(b"+ "):
        p._putcmd("")
        resp, _ = p._getline()
    return resp


def pop3_open():
    p = poplib.POP3_SSL("localhost", POP3_PORT, context=TLS, timeout=20)
    if not p.getwelcome().startswith(b"+OK"):
        raise RuntimeError(f"bad greeting {p.getwelcome()!r}")
    sasl = p.capa().get("SASL", [])
    if "XOAUTH2" not in sasl or "OAUTHBEARER" not in sasl:
        p.quit()
        raise RuntimeError(f"CAPA SASL lacks XOAUTH2/OAUTHBEARER: {sasl}")
    return p


def pop3_login(user, token):
    """CAPA, AUTH XOAUTH2, STAT, QUIT; returns (message count, AUTH reply, STAT reply) or raises."""
    p = pop3_open()
    try:
        resp = pop3_auth_xoauth2(p, user, token)
        if not resp.startswith(b"+OK"):
            raise RuntimeError(f"AUTH XOAUTH2: {resp.decode(errors='replace')}")
        stat = p._shortcmd("STAT")  # raises poplib.error_proto on -ERR
        count = int(stat.split()[1])
        p.quit()
        return count, resp.decode(), stat.decode()
    finally:
        p.close()


def pop3_must_fail(user, token):
    p = pop3_open()
    try:
        resp = pop3_auth_xoauth2(p, user, token)
        if resp.startswith(b"+OK"):
            raise RuntimeError("POP3 AUTH XOAUTH2 succeeded")
        if not resp.startswith(b"-ERR"):
            raise RuntimeError(f"unexpected POP3 reply {resp!r}")
        p.quit()
        return f"POP3 said: {resp.decode(errors='replace')}"
    finally:
        p.close()


def smtp_session(user, token, mail_from=None, rcpt=None, send=False):
    with smtplib.SMTP("localhost", SMTP_PORT, timeout=20) as s:
        s.ehlo("selftest.localhost")
        if "auth" in s.esmtp_features:
            raise RuntimeError("AUTH offered before STARTTLS")
        s.starttls(context=TLS)
        s.ehlo("selftest.localhost")
        mechs = s.esmtp_features.get("auth", "")
        if "XOAUTH2" not in mechs.split():
            raise RuntimeError(f"no XOAUTH2 after STARTTLS: {mechs!r}")
        sent = []

        def auth(challenge=None):
            if sent:
                return ""
            sent.append(1)
            return xoauth2(user, token)

        code, resp = s.auth("XOAUTH2", auth, initial_response_ok=True)
        mf, rc = mail_from or user, rcpt or user
        code, resp = s.mail(mf)
        if code != 250:
            raise RuntimeError(f"MAIL FROM: {code} {resp}")
        code, resp = s.rcpt(rc)
        if code != 250:
            raise smtplib.SMTPRecipientsRefused({rc: (code, resp)})
        if send:
            msg = (f"From: {mf}\r\nTo: {rc}\r\nSubject: selftest {time.time()}\r\n"
                   f"Message-ID: <{secrets.token_hex(8)}@peers.example>\r\n\r\nhello\r\n")
            code, resp = s.data(msg)
            if code != 250:
                raise RuntimeError(f"DATA: {code} {resp}")
            return resp.decode()
        code, resp = s.rset()
        if code != 250:
            raise RuntimeError(f"RSET: {code} {resp}")
        return "EHLO, STARTTLS, AUTH XOAUTH2, MAIL, RCPT, RSET ok"


def smtp_must_fail_auth(user, token):
    try:
        smtp_session(user, token)
    except smtplib.SMTPAuthenticationError as e:
        if e.smtp_code != 535:
            raise RuntimeError(f"unexpected code {e.smtp_code}") from e
        return f"SMTP said: {e.smtp_code} {e.smtp_error.decode()}"
    raise RuntimeError("SMTP AUTH succeeded")


def wait_delivery(user, n_before, timeout=15):
    new = os.path.join(DIR, "mail", user, "Maildir", "new")
    cur = os.path.join(DIR, "mail", user, "Maildir", "cur")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = len(os.listdir(new)) + len(os.listdir(cur))
        if n > n_before:
            return f"{n} messages in {user}'s Maildir"
        time.sleep(0.2)
    raise RuntimeError("message not delivered to the Maildir")


# ------------------------------------------------------------------ the run
def main():
    st = {}

    def flow():
        t = get_tokens()
        st["tok"] = t
        if "refresh_token" not in t:
            raise RuntimeError(f"no refresh_token in {sorted(t)}")
        return f"token_type={t['token_type']} expires_in={t['expires_in']} scope={t.get('scope')!r} keys={sorted(t)}"

    if not check("authorize (browser, localhost redirect, PKCE S256) + code exchange", flow):
        return
    at, rt = st["tok"]["access_token"], st["tok"]["refresh_token"]
    check("IMAP AUTHENTICATE XOAUTH2 + SELECT INBOX", lambda: f"INBOX EXISTS {imap_login(ALICE, at)}")

    def pop3():
        n, auth, stat = pop3_login(ALICE, at)
        if n != 1:
            raise RuntimeError(f"expected 1 message, STAT said {stat!r}")
        return f"CAPA SASL XOAUTH2 OAUTHBEARER; AUTH XOAUTH2 {auth!r}; STAT {stat!r}; QUIT"
    check("POP3S CAPA/AUTH XOAUTH2/STAT/QUIT", pop3)
    check("SMTP EHLO/STARTTLS/AUTH XOAUTH2/MAIL/RCPT/RSET", lambda: smtp_session(ALICE, at))

    def deliver():
        maildir = os.path.join(DIR, "mail", ALICE, "Maildir")
        before = len(os.listdir(maildir + "/new")) + len(os.listdir(maildir + "/cur"))
        r = smtp_session(ALICE, at, send=True)
        return f"{r}; {wait_delivery(ALICE, before)}"
    check("SMTP DATA to alice is delivered to Dovecot (LMTP)", deliver)

    def refresh():
        t = token_request({"grant_type": "refresh_token", "refresh_token": rt, "client_id": "mailsetup-test"})
        if "access_token" not in t:
            raise RuntimeError(f"refresh: {t}")
        st["tok2"] = t
        n = imap_login(ALICE, t["access_token"])
        return f"new access token works (INBOX {n}); refresh token rotated={t.get('refresh_token') != rt}"
    check("refresh_token grant; refreshed token logs in to IMAP", refresh)

    check("bad token: IMAP NO [AUTHENTICATIONFAILED]", lambda: imap_must_fail(ALICE, "not-a-valid-token"))
    check("bad token: POP3 -ERR", lambda: pop3_must_fail(ALICE, "not-a-valid-token"))
    check("bad token: SMTP 535", lambda: smtp_must_fail_auth(ALICE, "not-a-valid-token"))

    def denied():
        q, _, _ = authorize(host="127.0.0.1", consent="deny")
        if q.get("error") != "access_denied" or "code" in q:
            raise RuntimeError(f"callback query {q}")
        return f"callback query: {q}"
    check("denied consent -> error=access_denied at the callback (127.0.0.1 redirect)", denied)

    # ---- further scenarios the product will want to test
    check("refresh token used as access token is rejected (IMAP)",
          lambda: imap_must_fail(ALICE, st["tok2"]["refresh_token"]))
    check("wrong user: alice's token with user=bob (IMAP)", lambda: imap_must_fail(BOB, st["tok2"]["access_token"]))
    check("wrong user: alice's token with user=bob (SMTP)", lambda: smtp_must_fail_auth(BOB, st["tok2"]["access_token"]))

    def sender_mismatch():
        try:
            smtp_session(ALICE, st["tok2"]["access_token"], mail_from=BOB)
        except smtplib.SMTPRecipientsRefused as e:
            return f"refused: {e.recipients}"
        raise RuntimeError("MAIL FROM another user's address was accepted")
    check("SMTP: MAIL FROM another user's address is refused", sender_mismatch)

    def bob():
        t = get_tokens(login=BOB)
        n = imap_login(BOB, t["access_token"])
        return f"bob logs in (INBOX {n}); " + imap_must_fail(ALICE, t["access_token"])
    check("signed in as bob: works for bob, rejected for alice", bob)

    def carol():
        t = get_tokens(login=CAROL)
        return imap_must_fail(CAROL, t["access_token"]) + "; " + smtp_must_fail_auth(CAROL, t["access_token"])
    check("carol (OpenID account without mailbox) is rejected", carol)

    def no_scope():
        t = get_tokens(scope="openid email offline_access")
        return f"token scope={t.get('scope')!r}; " + imap_must_fail(ALICE, t["access_token"]) + "; " \
            + smtp_must_fail_auth(ALICE, t["access_token"])
    check("token without the 'mail' scope is rejected", no_scope)

    def revoke(token):
        return subprocess.run(["curl", "-sS", "--noproxy", "*", "-o", "/dev/null", "-w", "%{http_code}", "--cacert", CA,
                               "-X", "POST", ENV["MAILSETUP_PEERS_REVOCATION_URL"],
                               "--data-urlencode", f"token={token}",
                               "--data-urlencode", "client_id=mailsetup-test"],
                              capture_output=True, text=True, check=True).stdout

    def revoked():
        # Revoking any token revokes the whole grant (oidc-provider): access and refresh tokens.
        t = get_tokens()
        imap_login(ALICE, t["access_token"])
        code = revoke(t["access_token"])
        r1 = imap_must_fail(ALICE, t["access_token"])
        r2 = smtp_must_fail_auth(ALICE, t["access_token"])
        t2 = token_request({"grant_type": "refresh_token", "refresh_token": t["refresh_token"], "client_id": "mailsetup-test"})
        if "access_token" in t2:
            raise RuntimeError("refresh token of a revoked grant still works")
        return f"revocation HTTP {code}; {r1}; {r2}; refresh -> {t2.get('error')}"
    check("revoked tokens are rejected", revoked)

    def expired():
        ttl = int(ENV["MAILSETUP_PEERS_SHORT_TTL"])
        t = get_tokens(client_id="mailsetup-test-short")
        if t["expires_in"] > ttl:
            raise RuntimeError(f"expires_in {t['expires_in']} > {ttl}")
        imap_login(ALICE, t["access_token"])
        time.sleep(t["expires_in"] + 1.5)
        r = imap_must_fail(ALICE, t["access_token"])
        t2 = token_request({"grant_type": "refresh_token", "refresh_token": t["refresh_token"],
                            "client_id": "mailsetup-test-short"})
        n = imap_login(ALICE, t2["access_token"])
        return f"expires_in={t['expires_in']}; after expiry {r}; refreshed token works (INBOX {n})"
    check("short-TTL client: expired access token rejected, refresh works", expired)


if __name__ == "__main__":
    main()
    passed = sum(1 for _, ok in RESULTS if ok)
    failed = len(RESULTS) - passed
    print(f"selftest total {time.monotonic() - T_START:.1f}s")
    print(f"{passed} passed, {failed} failed")
    sys.exit(0 if failed == 0 and passed > 0 else 1)
