#!/usr/bin/env python3
"""--while-running command for check_profile.sh --marionette: asks the
running Thunderbird (oauth_logins.js over Marionette) which refresh token
its own OAuth2 code finds for USER's IMAP and SMTP servers, and fails
unless both are TOKEN and the login manager decrypted exactly one OAuth
login for USER.

    check_signed_in.py USER TOKEN PROFILE_DIR
"""
import json
import pathlib
import subprocess
import sys

user, token, profile = sys.argv[1:]
here = pathlib.Path(__file__).parent
ran = subprocess.run(
    [sys.executable, str(here / "marionette.py"), profile, str(here / "oauth_logins.js"), user],
    capture_output=True, text=True, timeout=120,
)
if ran.returncode != 0:
    sys.exit(f"check_signed_in: marionette.py failed: {ran.stderr.strip()}")
found = json.loads(ran.stdout)
mine = [login for login in found["logins"] if login["user"] == user]
shown = {"imap": found["imap"] == token, "smtp": found["smtp"] == token, "logins for the user": len(mine),
         "origins": sorted({login["origin"] for login in found["logins"]})}
print(f"check_signed_in: {json.dumps(shown)}", file=sys.stderr)
if found["imap"] != token or found["smtp"] != token or len(mine) != 1:
    sys.exit("check_signed_in: Thunderbird does not find the handed-off sign-in for both servers")
