//! `logins.json`, Thunderbird's login store, as a document: the OAuth
//! sign-ins in it, and the one entry a hand-off adds (thunderbird.md §2.4,
//! §2.5). Pure data: encryption is the caller's ([`super::nss`]).
//!
//! Every field mailsetup does not know, of the file and of each entry, is
//! kept as it was: Thunderbird and later versions own them.

use super::ThunderbirdError;
use serde_json::{Map, Value, json};
use std::path::Path;

pub const LOGINS_JSON: &str = "logins.json";

/// `LoginStore.sys.mjs`'s `kDataVersion` in Thunderbird 153.
const DATA_VERSION: u64 = 3;

/// The login store of one profile.
#[derive(Debug, Clone)]
pub struct LoginStore {
    document: Map<String, Value>,
}

/// One entry, as stored: the clear fields and the encrypted ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredLogin {
    pub index: usize,
    pub origin: String,
    pub realm: Option<String>,
    pub encrypted_username: String,
    pub encrypted_password: String,
    /// 1: NSS SDR (the only kind Thunderbird writes).
    pub enc_type: Option<u64>,
    /// `timeLastUsed`: when Thunderbird last used the entry, in
    /// milliseconds since 1970 (clear text, like the origin).
    pub last_used_ms: Option<u64>,
}

/// The clear and encrypted fields of a new OAuth entry.
pub struct NewOAuthLogin<'a> {
    pub origin: &'a str,
    pub realm: &'a str,
    pub encrypted_username: String,
    pub encrypted_password: String,
    /// Milliseconds since 1970, for the time fields.
    pub now_ms: u64,
    pub guid: String,
}

/// Whether [`LoginStore::put_oauth`] replaced an entry or added one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Put {
    Replaced,
    Added,
}

impl LoginStore {
    /// A store with no logins, as Thunderbird starts one.
    pub fn empty() -> Self {
        let Value::Object(document) = json!({
            "nextId": 1,
            "logins": [],
            "potentiallyVulnerablePasswords": [],
            "dismissedBreachAlertsByLoginGUID": {},
            "version": DATA_VERSION,
        }) else {
            unreachable!("a JSON object literal")
        };
        Self { document }
    }

    /// Parses `text` (read from `path`); refuses anything Thunderbird
    /// would not read as its store, since Thunderbird would then set the
    /// file aside and restore its backup, losing what mailsetup adds.
    pub fn parse(path: &Path, text: &str) -> Result<Self, ThunderbirdError> {
        let invalid = |message: String| ThunderbirdError::LoginsInvalid { path: path.to_owned(), message };
        let value: Value = serde_json::from_str(text).map_err(|error| invalid(crate::tr!("tb-logins-not-json", error = error.to_string())))?;
        let Value::Object(document) = value else { return Err(invalid(crate::tr!("tb-logins-not-an-object"))) };
        match document.get("logins") {
            Some(Value::Array(logins)) => {
                if let Some(position) = logins.iter().position(|login| !login.is_object()) {
                    return Err(invalid(crate::tr!("tb-logins-entry-not-an-object", number = (position + 1).to_string())));
                }
            }
            Some(_) => return Err(invalid(crate::tr!("tb-logins-not-a-list"))),
            None => return Err(invalid(crate::tr!("tb-logins-no-list"))),
        }
        if document.get("nextId").is_some_and(|next| !next.is_u64()) {
            return Err(invalid(crate::tr!("tb-logins-next-id")));
        }
        Ok(Self { document })
    }

    fn logins(&self) -> &[Value] {
        self.document.get("logins").and_then(Value::as_array).map_or(&[], Vec::as_slice)
    }

    fn logins_mut(&mut self) -> &mut Vec<Value> {
        let logins = self.document.entry("logins").or_insert_with(|| Value::Array(Vec::new()));
        if !logins.is_array() {
            *logins = Value::Array(Vec::new());
        }
        logins.as_array_mut().expect("made an array above")
    }

    /// Every entry whose origin is `origin` (case-insensitive), in file
    /// order: the order Thunderbird searches.
    pub fn with_origin(&self, origin: &str) -> Vec<StoredLogin> {
        self.logins()
            .iter()
            .enumerate()
            .filter_map(|(index, login)| {
                let text = |key: &str| login.get(key).and_then(Value::as_str).map(str::to_owned);
                let found = text("hostname")?;
                found.eq_ignore_ascii_case(origin).then(|| StoredLogin {
                    index,
                    origin: found,
                    realm: text("httpRealm"),
                    encrypted_username: text("encryptedUsername").unwrap_or_default(),
                    encrypted_password: text("encryptedPassword").unwrap_or_default(),
                    enc_type: login.get("encType").and_then(Value::as_u64),
                    last_used_ms: login.get("timeLastUsed").and_then(Value::as_u64),
                })
            })
            .collect()
    }

    /// Puts the sign-in in: replaces the entry at `replace` (an older one
    /// for the same origin and user, which Thunderbird would otherwise find
    /// first), keeping its id, guid and unknown fields; otherwise adds one
    /// with the next id.
    pub fn put_oauth(&mut self, login: NewOAuthLogin<'_>, replace: Option<usize>) -> Put {
        let fields = json!({
            "hostname": login.origin,
            "httpRealm": login.realm,
            "formSubmitURL": null,
            "usernameField": "",
            "passwordField": "",
            "encryptedUsername": login.encrypted_username,
            "encryptedPassword": login.encrypted_password,
            "encType": 1,
            "timeLastUsed": login.now_ms,
            "timePasswordChanged": login.now_ms,
        });
        let Value::Object(fields) = fields else { unreachable!("a JSON object literal") };
        if let Some(entry) = replace.and_then(|index| self.logins_mut().get_mut(index)).and_then(Value::as_object_mut) {
            entry.extend(fields);
            return Put::Replaced;
        }
        let id = self.next_id();
        let mut entry = fields;
        entry.insert("id".into(), json!(id));
        entry.insert("guid".into(), json!(login.guid));
        entry.insert("timeCreated".into(), json!(login.now_ms));
        entry.insert("timesUsed".into(), json!(1));
        entry.insert("syncCounter".into(), json!(1));
        entry.insert("everSynced".into(), json!(false));
        self.logins_mut().push(Value::Object(entry));
        self.document.insert("nextId".into(), json!(id + 1));
        Put::Added
    }

    /// The id the next entry gets: `nextId`, and never one in use.
    fn next_id(&self) -> u64 {
        let stated = self.document.get("nextId").and_then(Value::as_u64).unwrap_or(1);
        let highest = self.logins().iter().filter_map(|login| login.get("id").and_then(Value::as_u64)).max().unwrap_or(0);
        stated.max(highest + 1)
    }

    /// The file's text.
    pub fn to_text(&self) -> String {
        serde_json::to_string(&self.document).expect("a JSON map serializes")
    }
}

/// A random GUID in the braces Thunderbird writes.
pub fn new_guid() -> String {
    let bytes: [u8; 16] = rand::random();
    let hex = |range: std::ops::Range<usize>| bytes[range].iter().map(|b| format!("{b:02x}")).collect::<String>();
    let version = format!("4{:03x}", u16::from_be_bytes([bytes[6], bytes[7]]) & 0x0fff);
    let variant = format!("{:04x}", (u16::from_be_bytes([bytes[8], bytes[9]]) & 0x3fff) | 0x8000);
    format!("{{{}-{}-{version}-{variant}-{}}}", hex(0..4), hex(4..6), hex(10..16))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGIN: &str = "oauth://login.microsoftonline.com";
    const REALM: &str = "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access";

    fn login(tag: &str) -> NewOAuthLogin<'static> {
        NewOAuthLogin { origin: ORIGIN, realm: REALM, encrypted_username: format!("U-{tag}"), encrypted_password: format!("P-{tag}"), now_ms: 1_700_000_000_000, guid: new_guid() }
    }

    fn parse(text: &str) -> Result<LoginStore, ThunderbirdError> {
        LoginStore::parse(Path::new("logins.json"), text)
    }

    #[test]
    fn an_added_login_has_thunderbirds_shape_and_the_next_id() {
        let mut store = parse(r#"{"nextId":7,"logins":[{"id":6,"hostname":"imap://mail.example","encryptedUsername":"a","encryptedPassword":"b","encType":1}],"version":3}"#).unwrap();
        assert_eq!(store.put_oauth(login("new"), None), Put::Added);
        let document: Value = serde_json::from_str(&store.to_text()).unwrap();
        assert_eq!(document["nextId"], 8);
        let added = &document["logins"][1];
        assert_eq!(added["id"], 7);
        assert_eq!(added["hostname"], ORIGIN);
        assert_eq!(added["httpRealm"], REALM);
        assert_eq!(added["formSubmitURL"], Value::Null);
        assert_eq!(added["encType"], 1);
        assert_eq!(added["encryptedPassword"], "P-new");
        assert!(added["guid"].as_str().unwrap().starts_with('{'));
        assert_eq!(document["logins"][0]["hostname"], "imap://mail.example", "the other entry is kept");
    }

    #[test]
    fn replacing_keeps_the_entrys_id_guid_and_unknown_fields() {
        let text = format!(
            r#"{{"nextId":3,"logins":[{{"id":2,"guid":"{{old}}","hostname":"{ORIGIN}","httpRealm":"old","encryptedUsername":"U-old","encryptedPassword":"P-old","encType":1,"encryptedUnknownFields":"keep-me","timeCreated":5}}],"version":3,"futureField":true}}"#
        );
        let mut store = parse(&text).unwrap();
        assert_eq!(store.put_oauth(login("new"), Some(0)), Put::Replaced);
        let document: Value = serde_json::from_str(&store.to_text()).unwrap();
        let entry = &document["logins"][0];
        assert_eq!((entry["id"].clone(), entry["guid"].clone()), (json!(2), json!("{old}")));
        assert_eq!(entry["encryptedUnknownFields"], "keep-me");
        assert_eq!(entry["timeCreated"], 5);
        assert_eq!(entry["httpRealm"], REALM);
        assert_eq!(entry["encryptedPassword"], "P-new");
        assert_eq!(document["nextId"], 3);
        assert_eq!(document["futureField"], true);
        assert_eq!(document["logins"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn a_next_id_behind_the_entries_is_moved_past_them() {
        let mut store = parse(r#"{"nextId":1,"logins":[{"id":4,"hostname":"x"}]}"#).unwrap();
        store.put_oauth(login("a"), None);
        let document: Value = serde_json::from_str(&store.to_text()).unwrap();
        assert_eq!(document["logins"][1]["id"], 5);
        assert_eq!(document["nextId"], 6);
    }

    #[test]
    fn entries_are_found_by_origin_in_file_order() {
        let text = format!(
            r#"{{"logins":[{{"hostname":"{ORIGIN}","encryptedUsername":"1","encryptedPassword":"a"}},{{"hostname":"imap://x","encryptedUsername":"2"}},{{"hostname":"OAUTH://login.microsoftonline.com","encryptedUsername":"3","encryptedPassword":"c","encType":1}}]}}"#
        );
        let found = parse(&text).unwrap().with_origin(ORIGIN);
        assert_eq!(found.iter().map(|login| (login.index, login.encrypted_username.as_str())).collect::<Vec<_>>(), [(0, "1"), (2, "3")]);
    }

    #[test]
    fn what_thunderbird_would_not_read_is_refused() {
        for text in ["", "[]", "{\"logins\":{}}", "{\"version\":3}", "{\"logins\":[1]}", "{\"logins\":[],\"nextId\":\"x\"}", "{\"logins\":[] "] {
            let error = parse(text).unwrap_err();
            assert!(matches!(error, ThunderbirdError::LoginsInvalid { .. }), "{text:?}: {error}");
        }
    }

    #[test]
    fn an_empty_store_is_version_3_with_no_logins() {
        let document: Value = serde_json::from_str(&LoginStore::empty().to_text()).unwrap();
        assert_eq!(document["version"], 3);
        assert_eq!(document["nextId"], 1);
        assert_eq!(document["logins"], json!([]));
    }

    #[test]
    fn guids_are_version_4_and_differ() {
        let (a, b) = (new_guid(), new_guid());
        assert_ne!(a, b);
        assert_eq!(a.len(), 38);
        assert_eq!(&a[15..16], "4");
        assert!(matches!(&a[20..21], "8" | "9" | "a" | "b"), "{a}");
    }
}
