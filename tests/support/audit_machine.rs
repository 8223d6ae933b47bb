//! Fake machines for `mailsetup audit`: homes under a users directory, each
//! with Thunderbird profile roots (Linux, Flatpak, Snap), profiles and
//! accounts written as Thunderbird writes them, and login stores with the
//! clear fields Thunderbird keeps (origin, realm, last use). Also used by
//! `benches/audit.rs` to generate thousands of profiles.

#![allow(dead_code, reason = "each test binary uses the parts it needs")]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// How an account signs in, as `prefs.js` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignIn {
    Password,
    OAuth2,
}

impl SignIn {
    fn pref(self) -> i32 {
        match self {
            SignIn::Password => 3,
            SignIn::OAuth2 => 10,
        }
    }
}

/// One account to write.
#[derive(Debug, Clone)]
pub struct Account {
    pub email: String,
    pub kind: &'static str,
    pub incoming: String,
    pub incoming_sign_in: SignIn,
    pub smtp: Option<(String, SignIn)>,
}

impl Account {
    pub fn microsoft_365(email: &str, sign_in: SignIn) -> Account {
        Account { email: email.into(), kind: "imap", incoming: "outlook.office365.com".into(), incoming_sign_in: sign_in, smtp: Some(("smtp.office365.com".into(), sign_in)) }
    }
    pub fn gmail(email: &str, sign_in: SignIn) -> Account {
        Account { email: email.into(), kind: "imap", incoming: "imap.gmail.com".into(), incoming_sign_in: sign_in, smtp: Some(("smtp.gmail.com".into(), sign_in)) }
    }
    pub fn yahoo(email: &str, sign_in: SignIn) -> Account {
        Account { email: email.into(), kind: "imap", incoming: "imap.mail.yahoo.com".into(), incoming_sign_in: sign_in, smtp: Some(("smtp.mail.yahoo.com".into(), sign_in)) }
    }
    pub fn ews(email: &str) -> Account {
        Account { email: email.into(), kind: "ews", incoming: "outlook.office365.com".into(), incoming_sign_in: SignIn::OAuth2, smtp: None }
    }
    pub fn other(email: &str, host: &str) -> Account {
        Account { email: email.into(), kind: "imap", incoming: host.into(), incoming_sign_in: SignIn::Password, smtp: Some((format!("smtp.{host}"), SignIn::Password)) }
    }
}

/// `prefs.js` text for `accounts`, keys account1…, server1…, id1…, smtp1….
pub fn prefs_js(accounts: &[Account]) -> String {
    let mut text = String::from("// Mozilla User Preferences\n\n");
    let keys: Vec<String> = (1..=accounts.len()).map(|n| format!("account{n}")).collect();
    let mut smtp_keys = Vec::new();
    for (index, account) in accounts.iter().enumerate() {
        let n = index + 1;
        let _ = writeln!(text, "user_pref(\"mail.account.account{n}.identities\", \"id{n}\");");
        let _ = writeln!(text, "user_pref(\"mail.account.account{n}.server\", \"server{n}\");");
        let _ = writeln!(text, "user_pref(\"mail.identity.id{n}.fullName\", \"User {n}\");");
        let _ = writeln!(text, "user_pref(\"mail.identity.id{n}.useremail\", \"{}\");", account.email);
        let _ = writeln!(text, "user_pref(\"mail.server.server{n}.authMethod\", {});", account.incoming_sign_in.pref());
        let _ = writeln!(text, "user_pref(\"mail.server.server{n}.hostname\", \"{}\");", account.incoming);
        let _ = writeln!(text, "user_pref(\"mail.server.server{n}.type\", \"{}\");", account.kind);
        let _ = writeln!(text, "user_pref(\"mail.server.server{n}.userName\", \"{}\");", account.email);
        if let Some((smtp, sign_in)) = &account.smtp {
            let _ = writeln!(text, "user_pref(\"mail.identity.id{n}.smtpServer\", \"smtp{n}\");");
            let _ = writeln!(text, "user_pref(\"mail.smtpserver.smtp{n}.authMethod\", {});", sign_in.pref());
            let _ = writeln!(text, "user_pref(\"mail.smtpserver.smtp{n}.hostname\", \"{smtp}\");");
            let _ = writeln!(text, "user_pref(\"mail.smtpserver.smtp{n}.username\", \"{}\");", account.email);
            smtp_keys.push(format!("smtp{n}"));
        }
    }
    let _ = writeln!(text, "user_pref(\"mail.accountmanager.accounts\", \"{}\");", keys.join(","));
    let _ = writeln!(text, "user_pref(\"mail.smtpservers\", \"{}\");", smtp_keys.join(","));
    text
}

/// A login store entry's clear fields (the encrypted ones are dummies:
/// another user's store is never decrypted).
#[derive(Debug, Clone)]
pub struct Login {
    pub origin: String,
    pub last_used_ms: u64,
}

/// Milliseconds since 1970 at midnight UTC of `days_before` days before
/// the day given as (year, month, day).
pub fn ms_days_before(year: i32, month: u8, day: u8, days_before: i64) -> u64 {
    let date = time::Date::from_calendar_date(year, time::Month::try_from(month).unwrap(), day).unwrap() - time::Duration::days(days_before);
    (date.midnight().assume_utc().unix_timestamp() * 1000) as u64
}

pub fn logins_json(logins: &[Login]) -> String {
    let entries: Vec<serde_json::Value> = logins
        .iter()
        .enumerate()
        .map(|(index, login)| {
            serde_json::json!({
                "id": index + 1,
                "hostname": login.origin,
                "httpRealm": "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access",
                "formSubmitURL": null,
                "usernameField": "",
                "passwordField": "",
                "encryptedUsername": "MDIEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECAAAAAAAAAAABAgAAAAAAAAAAA==",
                "encryptedPassword": "MDIEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECAAAAAAAAAAABAgAAAAAAAAAAA==",
                "encType": 1,
                "timeLastUsed": login.last_used_ms,
                "timePasswordChanged": login.last_used_ms,
            })
        })
        .collect();
    serde_json::json!({ "nextId": logins.len() + 1, "logins": entries, "version": 3 }).to_string()
}

/// A fake machine: a users directory of homes.
pub struct Machine {
    pub dir: tempfile::TempDir,
}

impl Machine {
    pub fn new() -> Machine {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("home")).unwrap();
        Machine { dir }
    }

    pub fn users_dir(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    pub fn home(&self, user: &str) -> PathBuf {
        let home = self.users_dir().join(user);
        fs::create_dir_all(&home).unwrap();
        home
    }
}

/// The profile root of a kind (`linux`, `flatpak`, `snap`) in `home`.
pub fn root_in(home: &Path, kind: &str) -> PathBuf {
    match kind {
        "linux" => home.join(".thunderbird"),
        "flatpak" => home.join(".var/app/org.mozilla.Thunderbird/.thunderbird"),
        "snap" => home.join("snap/thunderbird/common/.thunderbird"),
        other => panic!("unknown root kind {other}"),
    }
}

/// Writes `profiles.ini` listing `names` (directories `<n>.name` under
/// the root), the first the default, and returns each profile directory.
pub fn profiles(root: &Path, names: &[&str]) -> Vec<PathBuf> {
    fs::create_dir_all(root).unwrap();
    let mut ini = String::from("[General]\nStartWithLastProfile=1\nVersion=2\n\n");
    let mut dirs = Vec::new();
    for (index, name) in names.iter().enumerate() {
        let leaf = format!("p{index:05}.{name}");
        let _ = write!(ini, "[Profile{index}]\nName={name}\nIsRelative=1\nPath={leaf}\n{}\n", if index == 0 { "Default=1\n" } else { "" });
        let dir = root.join(&leaf);
        fs::create_dir_all(&dir).unwrap();
        dirs.push(dir);
    }
    fs::write(root.join("profiles.ini"), ini).unwrap();
    dirs
}

/// Writes a profile's `prefs.js`, `compatibility.ini` (last run by
/// `version`) and, when given, its login store.
pub fn fill_profile(dir: &Path, accounts: &[Account], version: Option<&str>, logins: Option<&[Login]>) {
    fs::write(dir.join("prefs.js"), prefs_js(accounts)).unwrap();
    if let Some(version) = version {
        fs::write(dir.join("compatibility.ini"), format!("[Compatibility]\nLastVersion={version}_20261110/20261110\nLastPlatformDir=/usr/lib/thunderbird\n")).unwrap();
    }
    if let Some(logins) = logins {
        fs::write(dir.join("logins.json"), logins_json(logins)).unwrap();
    }
}
