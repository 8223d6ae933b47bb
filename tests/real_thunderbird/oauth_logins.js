// What Thunderbird's own sign-in code finds for the user arguments[0]: the
// refresh token OAuth2Module reads for the IMAP server and for the SMTP
// server (the lookup Thunderbird does before it connects), and every OAuth
// login the login manager decrypts. With arguments[1] (a shared mailbox:
// the delegate who signs in for it), the SMTP server is the one with that
// user name, and the IMAP server stays the one with arguments[0].
//
// For each server also the user name OAuth2Module signs in with (its
// token-store key and XOAUTH2 user) and the login_hint it would send if it
// had to ask in a browser; and the identity of the IMAP server's account.
const { OAuth2Module } = ChromeUtils.importESModule("resource:///modules/OAuth2Module.sys.mjs");
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const user = arguments[0];
const smtpUser = arguments[1] || user;
const outgoing = MailServices.outgoingServer || MailServices.smtp;
const imap = MailServices.accounts.allServers.find(server => server.type == "imap" && server.username == user);
const smtp = outgoing.servers.find(server => server.username == smtpUser);
const signIns = {};
const found = (what, server, init) => {
  if (!server) {
    return "no such server";
  }
  const module = new OAuth2Module();
  if (!module[init](server)) {
    return "not an OAuth2 host";
  }
  const hint = (module._oauth.extraAuthParams || []).find(([name]) => name == "login_hint");
  signIns[what] = { key: server.key, user: module._username, hint: hint ? hint[1] : null };
  return module._oauth.refreshToken || "";
};
const logins = (await Services.logins.getAllLogins())
  .filter(login => login.origin.startsWith("oauth://"))
  .map(login => ({ origin: login.origin, realm: login.httpRealm, user: login.username, token: login.password }));
const account = imap ? MailServices.accounts.findAccountForServer(imap) : null;
const identity = account ? account.defaultIdentity : null;
return {
  imap: found("imap", imap, "initFromMail"),
  smtp: found("smtp", smtp, "initFromOutgoing"),
  logins,
  signIns,
  identity: identity ? { email: identity.email, fullName: identity.fullName, smtpServerKey: identity.smtpServerKey } : null,
};
