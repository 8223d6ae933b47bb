// Makes the running Thunderbird fetch the INBOX of the IMAP account of
// user arguments[6], signing in with the OAuth2 login saved in its profile:
// trusts the test CA (arguments[0], base64 DER), registers the test
// provider for host 127.0.0.1 (name arguments[1], client id arguments[2],
// authorization and token endpoints arguments[3] and [4], scopes
// arguments[5]), then updates the INBOX until a message with subject
// arguments[7] is in it, for at most 60 s. Returns what it found.
const [caBase64, issuer, clientId, authorizationEndpoint, tokenEndpoint, scopes, user, subject] = arguments;
const { OAuth2Providers } = ChromeUtils.importESModule("resource:///modules/OAuth2Providers.sys.mjs");
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const { setTimeout } = ChromeUtils.importESModule("resource://gre/modules/Timer.sys.mjs");
const certdb = Cc["@mozilla.org/security/x509certdb;1"].getService(Ci.nsIX509CertDB);
certdb.addCertFromBase64(caBase64, "C,C,C");
OAuth2Providers.registerProvider(
  { name: issuer, clientId, authorizationEndpoint, tokenEndpoint, redirectionEndpoint: "http://localhost", usePKCE: true },
  ["127.0.0.1"],
  scopes
);
Services.io.offline = false;
const server = MailServices.accounts.allServers.find(s => s.type == "imap" && s.username == user);
if (!server) {
  return { found: false, why: "no IMAP server for the user" };
}
const subjects = () => {
  const inbox = server.rootFolder.getFolderWithFlags(Ci.nsMsgFolderFlags.Inbox);
  if (!inbox) {
    return null;
  }
  return [...inbox.msgDatabase.enumerateMessages()].map(header => header.mime2DecodedSubject);
};
const deadline = Date.now() + 60000;
let seen = [];
while (Date.now() < deadline) {
  const inbox = server.rootFolder.getFolderWithFlags(Ci.nsMsgFolderFlags.Inbox);
  if (inbox) {
    inbox.updateFolder(null);
  }
  await new Promise(resolve => setTimeout(resolve, 2000));
  seen = subjects() || [];
  if (seen.includes(subject)) {
    return { found: true, subjects: seen };
  }
}
return { found: false, subjects: seen };
