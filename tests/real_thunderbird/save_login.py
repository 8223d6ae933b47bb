#!/usr/bin/env python3
"""--while-running command for check_profile.sh --marionette: has the
running Thunderbird save an OAuth login itself (save_login.js), encrypted
by Thunderbird.

    save_login.py ORIGIN REALM USER TOKEN PROFILE_DIR

REALM is comma-separated (check_profile.sh splits its command at spaces).
"""
import pathlib
import subprocess
import sys

origin, realm, user, token, profile = sys.argv[1:]
here = pathlib.Path(__file__).parent
ran = subprocess.run(
    [sys.executable, str(here / "marionette.py"), profile, str(here / "save_login.js"), origin, realm.replace(",", " "), user, token],
    capture_output=True, text=True, timeout=120,
)
if ran.returncode != 0 or ran.stdout.strip() != "1":
    sys.exit(f"save_login: Thunderbird did not save the login: {ran.stdout.strip()} {ran.stderr.strip()}")
