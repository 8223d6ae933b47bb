#!/usr/bin/env python3
"""--while-running command for check_profile.sh --online --marionette: has
the running Thunderbird fetch USER's INBOX with the OAuth2 login saved in
its profile (fetch_inbox.js over Marionette), and fails unless the message
with SUBJECT arrived.

    check_fetches.py CA_PEM ISSUER CLIENT_ID AUTHORIZE_URL TOKEN_URL SCOPES USER SUBJECT PROFILE_DIR

SCOPES are comma-separated (check_profile.sh splits its command at spaces).
"""
import base64
import json
import pathlib
import ssl
import subprocess
import sys

ca_pem, issuer, client_id, authorize_url, token_url, scopes, user, subject, profile = sys.argv[1:]
scopes = scopes.replace(",", " ")
ca_der = ssl.PEM_cert_to_DER_cert(pathlib.Path(ca_pem).read_text())
here = pathlib.Path(__file__).parent
ran = subprocess.run(
    [sys.executable, str(here / "marionette.py"), profile, str(here / "fetch_inbox.js"),
     base64.b64encode(ca_der).decode(), issuer, client_id, authorize_url, token_url, scopes, user, subject],
    capture_output=True, text=True, timeout=120,
)
if ran.returncode != 0:
    sys.exit(f"check_fetches: marionette.py failed: {ran.stderr.strip()}")
found = json.loads(ran.stdout)
print(f"check_fetches: {json.dumps(found)}", file=sys.stderr)
if not found.get("found"):
    sys.exit("check_fetches: the message did not arrive in Thunderbird's INBOX")
