// What Thunderbird's own sign-in code finds for the user arguments[0]: the
// refresh token OAuth2Module reads for the IMAP server and for the SMTP
// server (the lookup Thunderbird does before it connects), and every OAuth
// login the login manager decrypts.
const { OAuth2Module } = ChromeUtils.importESModule("resource:///modules/OAuth2Module.sys.mjs");
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const user = arguments[0];
const outgoing = MailServices.outgoingServer || MailServices.smtp;
const imap = MailServices.accounts.allServers.find(server => server.type == "imap" && server.username == user);
const smtp = outgoing.servers.find(server => server.username == user);
const found = (server, init) => {
  if (!server) {
    return "no such server";
  }
  const module = new OAuth2Module();
  return module[init](server) ? module._oauth.refreshToken || "" : "not an OAuth2 host";
};
const logins = (await Services.logins.getAllLogins())
  .filter(login => login.origin.startsWith("oauth://"))
  .map(login => ({ origin: login.origin, realm: login.httpRealm, user: login.username, token: login.password }));
return { imap: found(imap, "initFromMail"), smtp: found(smtp, "initFromOutgoing"), logins };
