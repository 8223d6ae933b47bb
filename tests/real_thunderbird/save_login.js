// Saves an OAuth login the way Thunderbird's own OAuth2 code does after a
// sign-in (Services.logins, which encrypts it with the profile's key4.db):
// origin arguments[0], realm arguments[1], user arguments[2], refresh token
// arguments[3]. Waits until logins.json has been written.
const [origin, realm, user, token] = arguments;
const login = Cc["@mozilla.org/login-manager/loginInfo;1"].createInstance(Ci.nsILoginInfo);
login.init(origin, null, realm, user, token, "", "");
await Services.logins.addLoginAsync(login);
// The login store writes logins.json about 1.5 s after a change.
const { setTimeout } = ChromeUtils.importESModule("resource://gre/modules/Timer.sys.mjs");
await new Promise(resolve => setTimeout(resolve, 3000));
const saved = await Services.logins.searchLoginsAsync({ origin });
return saved.filter(found => found.username == user).length;
