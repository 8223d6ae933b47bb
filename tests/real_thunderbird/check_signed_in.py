#!/usr/bin/env python3
"""--while-running command for check_profile.sh --marionette: asks the
running Thunderbird (oauth_logins.js over Marionette) which refresh token
its own OAuth2 code finds for USER's IMAP and SMTP servers, and fails
unless both are TOKEN and the login manager decrypted exactly one OAuth
login for USER.

    check_signed_in.py [--smtp-user SMTP_USER] USER TOKEN PROFILE_DIR

With --smtp-user (a shared mailbox: USER is the shared address, SMTP_USER
the delegate who signs in for it), the IMAP server is the one with user
name USER and the SMTP server the one with SMTP_USER; it fails unless
Thunderbird finds TOKEN for both, signs in to each under its own user name,
decrypted exactly one OAuth login for each of the two names, and the IMAP
account's identity is USER and sends through that SMTP server.
"""
import json
import pathlib
import subprocess
import sys


def what_was_found(value):
    """What a server found instead of the token, without printing a token."""
    return {"": "no refresh token", "no such server": "no such server", "not an OAuth2 host": "not an OAuth2 host"}.get(value, "another token")


arguments = sys.argv[1:]
smtp_user = None
if arguments[:1] == ["--smtp-user"]:
    smtp_user, arguments = arguments[1], arguments[2:]
if len(arguments) != 3:
    sys.exit("usage: check_signed_in.py [--smtp-user SMTP_USER] USER TOKEN PROFILE_DIR")
user, token, profile = arguments
here = pathlib.Path(__file__).parent
ran = subprocess.run(
    [sys.executable, str(here / "marionette.py"), profile, str(here / "oauth_logins.js"), user, *([smtp_user] if smtp_user else [])],
    capture_output=True, text=True, timeout=120,
)
if ran.returncode != 0:
    sys.exit(f"check_signed_in: marionette.py failed: {ran.stderr.strip()}")
found = json.loads(ran.stdout)
mine = [login for login in found["logins"] if login["user"] == user]
shown = {"imap": found["imap"] == token, "smtp": found["smtp"] == token, "logins for the user": len(mine),
         "origins": sorted({login["origin"] for login in found["logins"]})}
if smtp_user is None:
    print(f"check_signed_in: {json.dumps(shown)}", file=sys.stderr)
    if found["imap"] != token or found["smtp"] != token or len(mine) != 1:
        sys.exit("check_signed_in: Thunderbird does not find the handed-off sign-in for both servers")
    sys.exit(0)

# A shared mailbox: two user names, one token.
delegates = [login for login in found["logins"] if login["user"] == smtp_user]
sign_ins, identity = found.get("signIns", {}), found.get("identity")
shown.update({
    "logins for the SMTP user": len(delegates),
    "logins holding the token": sorted(login["user"] for login in found["logins"] if login["token"] == token),
    "sign-ins": sign_ins,
    "identity": identity,
})
print(f"check_signed_in: {json.dumps(shown)}", file=sys.stderr)
problems = []


def what_was_found(value):
    """What a server found instead of the token, without printing a token."""
    return {"": "no refresh token", "no such server": "no such server", "not an OAuth2 host": "not an OAuth2 host"}.get(value, "another token")


if found["imap"] != token:
    problems.append(f"the IMAP server of {user} finds {what_was_found(found['imap'])}")
if found["smtp"] != token:
    problems.append(f"the SMTP server of {smtp_user} finds {what_was_found(found['smtp'])}")
if len(mine) != 1 or len(delegates) != 1:
    problems.append(f"the login manager has {len(mine)} OAuth logins for {user} and {len(delegates)} for {smtp_user}, not one each")
if sign_ins.get("imap", {}).get("user") != user:
    problems.append(f"the IMAP server signs in as {sign_ins.get('imap', {}).get('user')}, not {user}")
if sign_ins.get("smtp", {}).get("user") != smtp_user:
    problems.append(f"the SMTP server signs in as {sign_ins.get('smtp', {}).get('user')}, not {smtp_user}")
if not identity or identity["email"] != user:
    problems.append(f"the IMAP account's identity is {identity and identity['email']}, not {user}")
elif identity["smtpServerKey"] != sign_ins.get("smtp", {}).get("key"):
    problems.append(f"the identity sends through {identity['smtpServerKey']}, not the SMTP server of {smtp_user}")
if problems:
    sys.exit("check_signed_in: " + "; ".join(problems))
