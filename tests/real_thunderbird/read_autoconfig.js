// Body for marionette.py (the body of an async function, run in the chrome
// context of the real Thunderbird): has Thunderbird's own account-setup code
// read config-v1.1.xml documents, the way it reads one it fetched.
//
// arguments[0]: a JSON array of XML documents (as text; an array is taken
// as it is).
//
// Returns one entry per document, in order: `{error}` (what readFromXML
// threw, as a string) or `{incoming, outgoing}`, each list being the
// server Thunderbird proposes first followed by its alternatives, every
// server as Thunderbird holds it: `{type, hostname, port, socketType, auth}`
// with socketType an nsMsgSocketType (0 plain, 2 STARTTLS, 3 SSL) and auth
// an nsMsgAuthMethod (1 none, 3 password-cleartext, 4 password-encrypted,
// 10 OAuth2, ...).
//
// The modules are the ones Thunderbird 153 ships in omni.ja: FetchConfig
// turns the parsed document into JXON with JXON.build and hands that to
// readFromXML; this does the same.

const { JXON } = ChromeUtils.importESModule("resource:///modules/JXON.sys.mjs");
const { readFromXML } = ChromeUtils.importESModule(
  "resource:///modules/accountcreation/readFromXML.sys.mjs"
);

const documents = typeof arguments[0] == "string" ? JSON.parse(arguments[0]) : arguments[0];

const server = s => ({
  type: s.type,
  hostname: s.hostname,
  port: s.port,
  socketType: s.socketType,
  auth: s.auth,
});

const readings = [];
for (const xml of documents) {
  try {
    const parsed = new DOMParser().parseFromString(xml, "text/xml");
    const config = readFromXML(JXON.build(parsed), "disk");
    readings.push({
      incoming: [config.incoming, ...config.incomingAlternatives].map(server),
      outgoing: [config.outgoing, ...config.outgoingAlternatives].map(server),
    });
  } catch (e) {
    readings.push({ error: String(e) });
  }
}
return readings;
