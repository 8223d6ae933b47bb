#!/usr/bin/env python3
"""--while-running command for check_profile.sh --marionette: asks the
running Thunderbird (over Marionette, marionette.py) how it signs in to
USER's IMAP server and to USER's outgoing (SMTP) server: each server's
authMethod as Thunderbird's account manager and outgoing server service
loaded it, named by Thunderbird's own nsMsgAuthMethod constants. Fails
unless both servers are there and both sign in with a password
(passwordCleartext or passwordEncrypted), not OAuth2.

    read_auth_methods.py [--expect INCOMING,SMTP] USER PROFILE_DIR

With --expect (the numbers `mailsetup audit` read from prefs.js), it also
fails unless Thunderbird's values are exactly those.
"""
import json
import pathlib
import subprocess
import sys
import tempfile

SCRIPT = r"""
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const user = arguments[0];
const outgoing = MailServices.outgoingServer || MailServices.smtp;
// nsMsgAuthMethod's constants are not enumerable: name them, and take
// their values from Thunderbird.
const names = {};
for (const name of ["none", "old", "passwordCleartext", "passwordEncrypted", "GSSAPI", "NTLM", "External", "secure", "anything", "OAuth2"]) {
  if (typeof Ci.nsMsgAuthMethod[name] == "number") {
    names[Ci.nsMsgAuthMethod[name]] = name;
  }
}
const hostname = server => {
  if (server.hostName || server.hostname) {
    return server.hostName || server.hostname;
  }
  try {
    return server.QueryInterface(Ci.nsISmtpServer).hostname;
  } catch (e) {
    return server.serverURI ? server.serverURI.host : null;
  }
};
const describe = server => server ? { key: server.key, hostname: hostname(server), authMethod: server.authMethod, name: names[server.authMethod] || null } : null;
const imap = MailServices.accounts.allServers.find(server => server.type == "imap" && server.username == user);
const account = imap ? MailServices.accounts.findAccountForServer(imap) : null;
const identity = account ? account.defaultIdentity : null;
const smtp = identity && identity.smtpServerKey
  ? outgoing.servers.find(server => server.key == identity.smtpServerKey)
  : outgoing.servers.find(server => server.username == user);
return {
  incoming: describe(imap),
  outgoing: describe(smtp),
  constants: {
    passwordCleartext: Ci.nsMsgAuthMethod.passwordCleartext,
    passwordEncrypted: Ci.nsMsgAuthMethod.passwordEncrypted,
    OAuth2: Ci.nsMsgAuthMethod.OAuth2,
  },
};
"""

arguments = sys.argv[1:]
expected = None
if arguments[:1] == ["--expect"]:
    expected, arguments = [int(number) for number in arguments[1].split(",")], arguments[2:]
if len(arguments) != 2 or (expected is not None and len(expected) != 2):
    sys.exit("usage: read_auth_methods.py [--expect INCOMING,SMTP] USER PROFILE_DIR")
user, profile = arguments
here = pathlib.Path(__file__).parent
with tempfile.NamedTemporaryFile("w", suffix=".js") as script:
    script.write(SCRIPT)
    script.flush()
    ran = subprocess.run(
        [sys.executable, str(here / "marionette.py"), profile, script.name, user],
        capture_output=True, text=True, timeout=120,
    )
if ran.returncode != 0:
    sys.exit(f"read_auth_methods: marionette.py failed: {ran.stderr.strip()}")
found = json.loads(ran.stdout)
print(f"read_auth_methods: {json.dumps(found)}", file=sys.stderr)
constants = found["constants"]
passwords = {constants["passwordCleartext"], constants["passwordEncrypted"]}
problems = []
for what, index in (("incoming", 0), ("outgoing", 1)):
    server = found[what]
    if server is None:
        problems.append(f"Thunderbird has no {what} server for {user}")
        continue
    method = server["authMethod"]
    if method == constants["OAuth2"]:
        problems.append(f"the {what} server {server['hostname']} signs in with OAuth2 ({method})")
    elif method not in passwords:
        problems.append(f"the {what} server {server['hostname']} signs in with {server['name']} ({method}), not a password")
    if expected is not None and method != expected[index]:
        problems.append(f"the {what} server's authMethod is {method} in Thunderbird, not {expected[index]} as the audit read")
if problems:
    sys.exit("read_auth_methods: " + "; ".join(problems))
print(f"read_auth_methods: Thunderbird signs in to {user} with a password: "
      f"incoming {found['incoming']['name']} ({found['incoming']['authMethod']}), "
      f"outgoing {found['outgoing']['name']} ({found['outgoing']['authMethod']})", file=sys.stderr)
