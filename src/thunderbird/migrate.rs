//! Moving an existing password account to OAuth2 in place.
//!
//! The account keeps its keys (`accountN`, `serverN`, `idN`, `smtpN`) and
//! its mail directory, so local mail, folders, filters, tags and identities
//! stay. What changes, and only where it is not already right:
//!
//! * incoming server: `authMethod` 10; the host name becomes the one
//!   Thunderbird's OAuth table knows in every version (a custom name such as
//!   `mail.contoso.example` or an old one such as `imap-mail.outlook.com`
//!   becomes `outlook.office365.com`); port and socket type when they are
//!   not a combination the provider serves; the user name becomes the
//!   address when it is a bare local part (OAuth2 signs in as the address);
//! * its SMTP server (the default identity's, else the default one): the same,
//!   and port 587 with STARTTLS when the port or security is wrong;
//! * when the host or user name changes, the server's folder URIs change
//!   (`imap://user@host/…`). Thunderbird's own "change host name" code
//!   (`migrateServerUris` in `MsgIncomingServer.sys.mjs`) then rewrites the
//!   identities' `fcc_folder`/`draft_folder`/`archive_folder`/
//!   `stationery_folder`, every server's `spamActionTargetAccount`/
//!   `spamActionTargetFolder` and the filters' target folders; we do the same
//!   in `prefs.js` and in each server's `msgFilterRules.dat`. A server that
//!   had no `directory`/`directory-rel` gets `directory-rel` pinned to the
//!   directory it used, so Thunderbird does not start an empty one under the
//!   new host name;
//! * the stale saved passwords: Thunderbird 153 keeps logins in
//!   `logins.json`, where `hostname` (the origin) and `httpRealm` are clear
//!   text (`imap://host`, `mailbox://host` for POP, `smtp://host`) and user
//!   name and password are encrypted with `key4.db`. Entries whose origin is
//!   a migrated server's old or new origin are removed, without decrypting,
//!   unless another account still signs in with a password at that origin
//!   (the user name is encrypted, so entries of two users on one host cannot
//!   be told apart). `logins-backup.json` gets the same treatment.
//!   `logins.db` (the "Rust mirror", not read while
//!   `signon.rustMirror.enabled` is false, its default in 153) is left alone.
//!
//! Every file is read under the profile lock before anything is written,
//! and all of them change together or none does ([`super::transaction`]):
//! a failure at any step leaves the profile as it was, and the backups of
//! every file replaced are listed in the outcome.

use super::accounts::{self, AUTH_METHOD_OAUTH2, AUTH_METHOD_PASSWORD, AccountInfo, comma_list};
use super::files::{FILTER_RULES_LIMIT, LOGINS_JSON_LIMIT, PREFS_JS_LIMIT, Symlinks, parse_prefs, read_limited, read_limited_text};
use super::prefs::{PrefValue, PrefsFile, render_value};
use super::transaction::ProfileChange;
use super::{AccountField, FileAction, ThunderbirdError, io_error};
use crate::provider::OAuthProvider;
use serde::Serialize;
use std::io;
use std::path::{Path, PathBuf};

/// Where a migrated account's servers go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MigrationTarget {
    pub provider: OAuthProvider,
    /// Incoming host for IMAP, e.g. `outlook.office365.com`.
    pub imap_host: String,
    /// Incoming host for POP3, e.g. `outlook.office365.com`, `pop.gmail.com`.
    pub pop3_host: String,
    /// Outgoing host, e.g. `smtp.office365.com`.
    pub smtp_host: String,
}

impl MigrationTarget {
    /// The canonical hosts of a provider, which every Thunderbird from 128
    /// on matches in its OAuth table.
    pub fn for_provider(provider: OAuthProvider) -> MigrationTarget {
        match provider {
            OAuthProvider::Microsoft => MigrationTarget {
                provider,
                imap_host: "outlook.office365.com".into(),
                pop3_host: "outlook.office365.com".into(),
                smtp_host: "smtp.office365.com".into(),
            },
            OAuthProvider::Google => MigrationTarget {
                provider,
                imap_host: "imap.gmail.com".into(),
                pop3_host: "pop.gmail.com".into(),
                smtp_host: "smtp.gmail.com".into(),
            },
        }
    }
}

/// One pref the migration sets, with its value before and after as
/// `prefs.js` spells them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrefChange {
    pub name: String,
    /// `None` when the pref was not set.
    pub old: Option<String>,
    pub new: String,
}

/// Everything a migration will do, computed without writing anything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MigrationPlan {
    pub account_key: String,
    pub server_key: String,
    pub smtp_key: Option<String>,
    /// The address the account signs in as after the migration.
    pub user_name: String,
    /// The user name before (folder URIs are built from it).
    pub old_user_name: String,
    /// `imap` or `pop3`.
    pub incoming_type: String,
    pub provider: OAuthProvider,
    pub old_incoming_host: String,
    pub new_incoming_host: String,
    pub new_smtp_host: Option<String>,
    /// The prefs that change (empty when the account is already migrated).
    pub changes: Vec<PrefChange>,
    /// `msgFilterRules.dat` files whose target folders name the old server.
    pub filter_files: Vec<PathBuf>,
    /// Login-store origins whose saved passwords are removed.
    pub remove_logins_for: Vec<String>,
    /// Things the user should know (origins kept and why, …).
    pub notes: Vec<String>,
}

impl MigrationOutcome {
    /// Every backup this migration made: `prefs.js` and the other files.
    pub fn backups(&self) -> Vec<&Path> {
        self.other_backups.iter().chain(&self.backup).map(PathBuf::as_path).collect()
    }
}

impl MigrationPlan {
    /// True when nothing needs to change.
    pub fn is_noop(&self) -> bool {
        self.changes.is_empty() && self.filter_files.is_empty() && self.remove_logins_for.is_empty()
    }
}

/// What [`migrate_account`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MigrationOutcome {
    pub profile_dir: PathBuf,
    pub plan: MigrationPlan,
    /// The backup of `prefs.js` (None when nothing was written).
    pub backup: Option<PathBuf>,
    /// Backups of the other files written.
    pub other_backups: Vec<PathBuf>,
    /// How many saved passwords were removed from `logins.json`.
    pub logins_removed: usize,
}

/// Percent-encodes like JavaScript's `encodeURIComponent`, which
/// Thunderbird uses to build server URIs.
pub(super) fn encode_uri_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// `imap`, `mailbox` (POP3 and Local Folders) or the type itself.
fn local_store_type(incoming_type: &str) -> &str {
    match incoming_type {
        "pop3" | "none" => "mailbox",
        other => other,
    }
}

fn server_uri(incoming_type: &str, user: &str, host: &str) -> String {
    let auth = if user.is_empty() { String::new() } else { format!("{}@", encode_uri_component(user)) };
    format!("{}://{auth}{}", local_store_type(incoming_type), encode_uri_component(host))
}

/// `value` with the server URI prefix `old` replaced by `new`, if it starts
/// with it at a path boundary.
fn replace_uri_prefix(value: &str, old: &str, new: &str) -> Option<String> {
    let rest = value.strip_prefix(old)?;
    (rest.is_empty() || rest.starts_with('/')).then(|| format!("{new}{rest}"))
}

/// The directory a server keeps its mail in, as Thunderbird resolves it:
/// `directory-rel` (`[ProfD]…`), else `directory`, else
/// `mail.root.<type>-rel`/`<profile>/ImapMail|Mail` plus the host name.
fn server_directory(profile_dir: &Path, prefs: &PrefsFile, server_key: &str) -> Option<PathBuf> {
    let pref = |name: &str| prefs.get_str(&format!("mail.server.{server_key}.{name}")).map(str::to_owned);
    if let Some(relative) = pref("directory-rel") {
        return resolve_rel(profile_dir, &relative);
    }
    if let Some(absolute) = pref("directory") {
        return Some(PathBuf::from(absolute));
    }
    Some(default_root(profile_dir, prefs, &pref("type")?)?.join(pref("hostname")?))
}

fn resolve_rel(profile_dir: &Path, relative: &str) -> Option<PathBuf> {
    let rest = relative.strip_prefix("[ProfD]")?;
    Some(rest.split('/').filter(|part| !part.is_empty()).fold(profile_dir.to_owned(), |path, part| path.join(part)))
}

/// `[ProfD]ImapMail` / `[ProfD]Mail` unless `mail.root.<type>-rel` says otherwise.
fn default_root_rel(prefs: &PrefsFile, incoming_type: &str) -> Option<String> {
    if let Some(rel) = prefs.get_str(&format!("mail.root.{incoming_type}-rel")) {
        return Some(rel.to_owned());
    }
    match incoming_type {
        "imap" => Some("[ProfD]ImapMail".to_owned()),
        "pop3" | "none" => Some("[ProfD]Mail".to_owned()),
        _ => None,
    }
}

fn default_root(profile_dir: &Path, prefs: &PrefsFile, incoming_type: &str) -> Option<PathBuf> {
    resolve_rel(profile_dir, &default_root_rel(prefs, incoming_type)?)
}

/// Port and socket type a provider serves for a protocol: `(port, socket)`
/// pairs that work, the first being what a wrong setting becomes.
fn accepted(protocol: &str, provider: OAuthProvider) -> &'static [(i32, i32)] {
    match (protocol, provider) {
        ("imap", _) => &[(993, 3), (143, 2)],
        ("pop3", _) => &[(995, 3)],
        ("smtp", OAuthProvider::Microsoft) => &[(587, 2)],
        ("smtp", OAuthProvider::Google) => &[(587, 2), (465, 3)],
        _ => &[],
    }
}

/// The port a missing `port` pref stands for.
fn default_port(protocol: &str, socket: i32) -> i32 {
    match (protocol, socket) {
        ("imap", 3) => 993,
        ("imap", _) => 143,
        ("pop3", 3) => 995,
        ("pop3", _) => 110,
        ("smtp", 3) => 465,
        _ => 587,
    }
}

/// The accounts of `prefs` (the listing's view), by key.
fn find_account(prefs: &PrefsFile, account_key: &str) -> Option<AccountInfo> {
    accounts::read_accounts(prefs).into_iter().find(|account| account.account_key == account_key)
}

/// Works out what migrating `account_key` to `target` changes. Reads
/// `profile_dir` (filter files, login store) but writes nothing.
pub fn plan_migration(
    profile_dir: &Path,
    prefs: &PrefsFile,
    account_key: &str,
    target: &MigrationTarget,
    email: Option<&str>,
) -> Result<MigrationPlan, ThunderbirdError> {
    let invalid = |problem: String| ThunderbirdError::InvalidAccount { field: AccountField::Account, problem };
    let account = find_account(prefs, account_key)
        .ok_or_else(|| invalid(crate::tr!("tb-migrate-not-a-mail-account", account = account_key)))?;
    let incoming_type = account.incoming_type.as_str();
    if !matches!(incoming_type, "imap" | "pop3") {
        return Err(invalid(crate::tr!("tb-migrate-not-imap-or-pop", account = account_key, kind = incoming_type)));
    }
    let server_key = account.server_key.clone();
    let old_user = account.incoming_user_name.clone().unwrap_or_default();
    let address = email.map(str::to_owned).or_else(|| account.email.clone()).unwrap_or_default();
    // A shared mailbox signs in as its delegate: the incoming user name
    // becomes the shared address (OAuth2 takes it with the delegate's
    // token) and the SMTP user name the delegate (Exchange refuses the
    // shared address there).
    let shared = account.shared_mailbox();
    let user_name = match &shared {
        Some(shared) => shared.shared.clone(),
        None if old_user.contains('@') => old_user.clone(),
        None => address.clone(),
    };
    if !user_name.contains('@') {
        return Err(invalid(crate::tr!("tb-migrate-no-address", account = account_key, user_name = format!("{old_user:?}"))));
    }

    let mut changes: Vec<PrefChange> = Vec::new();
    let set = |changes: &mut Vec<PrefChange>, prefs: &PrefsFile, name: String, value: PrefValue| {
        let old = prefs.get(&name).map(render_value);
        let new = render_value(&value);
        if old.as_deref() != Some(new.as_str()) && !changes.iter().any(|change| change.name == name) {
            changes.push(PrefChange { name, old, new });
        }
    };

    // The incoming server.
    let server = |name: &str| format!("mail.server.{server_key}.{name}");
    let new_host = if incoming_type == "imap" { &target.imap_host } else { &target.pop3_host };
    let old_host = account.incoming_host.clone();
    let host_changes = !old_host.eq_ignore_ascii_case(new_host);
    if host_changes {
        set(&mut changes, prefs, server("hostname"), new_host.clone().into());
        if prefs.get(&server("directory-rel")).is_none() && prefs.get(&server("directory")).is_none() {
            // Keep the mail where it is: the default directory is derived
            // from the host name.
            if let Some(root) = default_root_rel(prefs, incoming_type) {
                set(&mut changes, prefs, server("directory-rel"), format!("{root}/{old_host}").into());
            }
        }
    }
    set(&mut changes, prefs, server("authMethod"), AUTH_METHOD_OAUTH2.into());
    if user_name != old_user {
        set(&mut changes, prefs, server("userName"), user_name.clone().into());
    }
    let socket = prefs.get_int(&server("socketType")).unwrap_or(0);
    let port = prefs.get_int(&server("port")).filter(|port| *port > 0).unwrap_or_else(|| default_port(incoming_type, socket));
    let ok = accepted(incoming_type, target.provider);
    if !ok.contains(&(port, socket)) {
        let (port, socket) = ok[0];
        set(&mut changes, prefs, server("port"), port.into());
        set(&mut changes, prefs, server("socketType"), socket.into());
    }

    // The SMTP server.
    let mut new_smtp_host = None;
    if let Some(smtp_key) = &account.smtp_key {
        let smtp = |name: &str| format!("mail.smtpserver.{smtp_key}.{name}");
        let old_smtp_host = account.smtp_host.clone().unwrap_or_default();
        if !old_smtp_host.eq_ignore_ascii_case(&target.smtp_host) {
            set(&mut changes, prefs, smtp("hostname"), target.smtp_host.clone().into());
        }
        new_smtp_host = Some(target.smtp_host.clone());
        set(&mut changes, prefs, smtp("authMethod"), AUTH_METHOD_OAUTH2.into());
        let smtp_user = prefs.get_str(&smtp("username")).unwrap_or("");
        match &shared {
            Some(shared) => set(&mut changes, prefs, smtp("username"), shared.delegate.clone().into()),
            None if !smtp_user.contains('@') => set(&mut changes, prefs, smtp("username"), user_name.clone().into()),
            None => {}
        }
        let socket = prefs.get_int(&smtp("try_ssl")).unwrap_or(0);
        let port = prefs.get_int(&smtp("port")).filter(|port| *port > 0).unwrap_or_else(|| default_port("smtp", socket));
        let ok = accepted("smtp", target.provider);
        if !ok.contains(&(port, socket)) {
            let (port, socket) = ok[0];
            set(&mut changes, prefs, smtp("port"), port.into());
            set(&mut changes, prefs, smtp("try_ssl"), socket.into());
        }
    }

    // Folder URIs, as Thunderbird's migrateServerUris rewrites them.
    let mut filter_files = Vec::new();
    let old_uri = server_uri(incoming_type, &old_user, &old_host);
    let new_uri = server_uri(incoming_type, &user_name, new_host);
    if old_uri != new_uri {
        let names: Vec<String> = prefs.names().map(str::to_owned).collect();
        let folder_prefs = ["fcc_folder", "draft_folder", "archive_folder", "stationery_folder"];
        for name in names {
            let is_identity_folder = name.starts_with("mail.identity.")
                && folder_prefs.iter().any(|suffix| name.ends_with(&format!(".{suffix}")));
            let is_spam_target = name.starts_with("mail.server.")
                && (name.ends_with(".spamActionTargetAccount") || name.ends_with(".spamActionTargetFolder"));
            if !(is_identity_folder || is_spam_target) {
                continue;
            }
            if let Some(value) = prefs.get_str(&name)
                && let Some(replaced) = replace_uri_prefix(value, &old_uri, &new_uri)
            {
                set(&mut changes, prefs, name.clone(), replaced.into());
            }
        }
        for key in server_keys(prefs) {
            if let Some(dir) = server_directory(profile_dir, prefs, &key) {
                let file = dir.join("msgFilterRules.dat");
                if let Some(text) = read_limited_text(&file, FILTER_RULES_LIMIT)?
                    && rewrite_filters(&text, &old_uri, &new_uri).is_some()
                    && !filter_files.contains(&file)
                {
                    filter_files.push(file);
                }
            }
        }
    }

    // Saved passwords.
    let store_type = local_store_type(incoming_type);
    let mut candidates = vec![format!("{store_type}://{}", old_host.to_ascii_lowercase()), format!("{store_type}://{new_host}")];
    if let Some(smtp_host) = &account.smtp_host {
        candidates.push(format!("smtp://{}", smtp_host.to_ascii_lowercase()));
        candidates.push(format!("smtp://{}", target.smtp_host));
    }
    candidates.dedup();
    let still_used = password_origins_of_others(prefs, &account);
    let mut notes = Vec::new();
    let present = login_origins(profile_dir)?;
    let mut remove_logins_for = Vec::new();
    for origin in candidates {
        if !present.iter().any(|o| o.eq_ignore_ascii_case(&origin)) || remove_logins_for.contains(&origin) {
            continue;
        }
        if still_used.iter().any(|o| o.eq_ignore_ascii_case(&origin)) {
            notes.push(crate::tr!("tb-migrate-note-password-stays", origin = &origin));
        } else {
            remove_logins_for.push(origin);
        }
    }
    if profile_dir.join("logins.db").exists() {
        notes.push(crate::tr!("tb-migrate-note-logins-db"));
    }

    Ok(MigrationPlan {
        account_key: account.account_key.clone(),
        server_key,
        smtp_key: account.smtp_key.clone(),
        user_name,
        old_user_name: old_user.clone(),
        incoming_type: incoming_type.to_owned(),
        provider: target.provider,
        old_incoming_host: old_host,
        new_incoming_host: new_host.clone(),
        new_smtp_host,
        changes,
        filter_files,
        remove_logins_for,
        notes,
    })
}

fn server_keys(prefs: &PrefsFile) -> Vec<String> {
    let mut keys: Vec<String> = prefs
        .names()
        .filter_map(|name| name.strip_prefix("mail.server.")?.split_once('.').map(|(key, _)| key.to_owned()))
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// Origins at which accounts other than `migrating` still sign in with a
/// password (incoming and SMTP).
fn password_origins_of_others(prefs: &PrefsFile, migrating: &AccountInfo) -> Vec<String> {
    let mut origins = Vec::new();
    for other in accounts::read_accounts(prefs) {
        if other.account_key == migrating.account_key {
            continue;
        }
        if other.incoming_auth_method != AUTH_METHOD_OAUTH2 {
            origins.push(format!("{}://{}", local_store_type(&other.incoming_type), other.incoming_host.to_ascii_lowercase()));
        }
    }
    // SMTP servers not used by the migrating account's identity.
    for key in comma_list(prefs.get_str(accounts::SMTP_LIST)) {
        if Some(&key) == migrating.smtp_key.as_ref() {
            continue;
        }
        let auth = prefs.get_int(&format!("mail.smtpserver.{key}.authMethod")).unwrap_or(AUTH_METHOD_PASSWORD);
        if auth != AUTH_METHOD_OAUTH2
            && let Some(host) = prefs.get_str(&format!("mail.smtpserver.{key}.hostname"))
        {
            origins.push(format!("smtp://{}", host.to_ascii_lowercase()));
        }
    }
    origins
}

/// The clear-text origins (`hostname`) of the entries in `logins.json`
/// (none when there is no such file or it is not the JSON Thunderbird
/// writes; an error when something unreadable is there).
fn login_origins(profile_dir: &Path) -> Result<Vec<String>, ThunderbirdError> {
    let Some(text) = read_limited_text(&profile_dir.join(LOGINS_JSON), LOGINS_JSON_LIMIT)? else { return Ok(Vec::new()) };
    let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) else { return Ok(Vec::new()) };
    Ok(json
        .get("logins")
        .and_then(|logins| logins.as_array())
        .map(|logins| {
            logins.iter().filter_map(|login| login.get("hostname")?.as_str().map(str::to_owned)).collect()
        })
        .unwrap_or_default())
}

const LOGINS_JSON: &str = "logins.json";
const LOGINS_BACKUP_JSON: &str = "logins-backup.json";

/// `logins.json` text without the password entries for `origins` (origin
/// and realm both equal to one of them; OAuth refresh tokens, whose origin
/// is `oauth://…`, never match). `None` when nothing would change or the
/// file is not the JSON Thunderbird writes.
pub(super) fn remove_logins(text: &str, origins: &[String]) -> Option<(String, usize)> {
    let mut json: serde_json::Value = serde_json::from_str(text).ok()?;
    let logins = json.get_mut("logins")?.as_array_mut()?;
    let before = logins.len();
    logins.retain(|login| {
        let origin = login.get("hostname").and_then(|value| value.as_str()).unwrap_or("");
        let realm = login.get("httpRealm").and_then(|value| value.as_str());
        let matches = origins.iter().any(|o| o.eq_ignore_ascii_case(origin))
            && realm.is_none_or(|realm| realm.eq_ignore_ascii_case(origin));
        !matches
    });
    let removed = before - logins.len();
    (removed > 0).then(|| (serde_json::to_string(&json).expect("a parsed JSON value serializes"), removed))
}

/// The filter file with target folders under `old_uri` moved to `new_uri`;
/// `None` when no line changes. Only `actionValue="…"` lines are touched.
pub(super) fn rewrite_filters(text: &str, old_uri: &str, new_uri: &str) -> Option<String> {
    let mut changed = false;
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix("\r\n") {
            Some(body) => (body, "\r\n"),
            None => match line.strip_suffix('\n') {
                Some(body) => (body, "\n"),
                None => (line, ""),
            },
        };
        if let Some(value) = body.strip_prefix("actionValue=\"").and_then(|rest| rest.strip_suffix('"'))
            && let Some(replaced) = replace_uri_prefix(value, old_uri, new_uri)
        {
            out.push_str("actionValue=\"");
            out.push_str(&replaced);
            out.push('"');
            out.push_str(end);
            changed = true;
        } else {
            out.push_str(line);
        }
    }
    changed.then_some(out)
}

/// Applies a plan's pref changes to `prefs` (in memory).
pub(super) fn apply_changes(prefs: &mut PrefsFile, plan: &MigrationPlan) -> Result<(), ThunderbirdError> {
    for change in &plan.changes {
        let reparsed = PrefsFile::parse(&format!("user_pref(\"x\", {});", change.new))
            .ok()
            .and_then(|file| file.get("x").cloned())
            .ok_or_else(|| ThunderbirdError::InvalidAccount { field: AccountField::Settings, problem: crate::tr!("tb-migrate-cannot-write", pref = &change.name) })?;
        prefs
            .set(&change.name, reparsed)
            .map_err(|refused| ThunderbirdError::InvalidAccount { field: AccountField::Settings, problem: super::unwritable_words(&refused) })?;
    }
    Ok(())
}

/// Moves the account `account_key` in the profile to OAuth2 (see the module
/// documentation). Refuses while Thunderbird holds the profile. `email` is
/// the address to sign in as when the account's user name is not one.
pub fn migrate_account(
    profile_dir: &Path,
    account_key: &str,
    target: &MigrationTarget,
    email: Option<&str>,
) -> Result<MigrationOutcome, ThunderbirdError> {
    let mut change = ProfileChange::begin(profile_dir)?;
    let prefs_path = profile_dir.join("prefs.js");
    let original = read_limited(&prefs_path, PREFS_JS_LIMIT, Symlinks::Follow)?
        .ok_or_else(|| io_error(FileAction::Read, &prefs_path)(io::Error::from(io::ErrorKind::NotFound)))?;
    let mut prefs = parse_prefs(&prefs_path, &original)?;
    let plan = plan_migration(change.profile_dir(), &prefs, account_key, target, email)?;
    let mut outcome = MigrationOutcome {
        profile_dir: profile_dir.to_owned(),
        plan: plan.clone(),
        backup: None,
        other_backups: Vec::new(),
        logins_removed: 0,
    };
    if plan.is_noop() {
        return Ok(outcome);
    }
    apply_changes(&mut prefs, &plan)?;

    // Read every file first: nothing is written until all are read.
    let old_uri = server_uri(&plan.incoming_type, &plan.old_user_name, &plan.old_incoming_host);
    let new_uri = server_uri(&plan.incoming_type, &plan.user_name, &plan.new_incoming_host);
    for file in &plan.filter_files {
        let Some(text) = read_limited_text(file, FILTER_RULES_LIMIT)? else { continue };
        if let Some(new_text) = rewrite_filters(&text, &old_uri, &new_uri) {
            let server = file.parent().and_then(|dir| dir.file_name()).map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            change.replace(file, &format!("msgFilterRules@{server}"), "dat", Some(text.into_bytes()), new_text.into_bytes());
        }
    }
    if !plan.remove_logins_for.is_empty() {
        for (stem, name) in [("logins", LOGINS_JSON), ("logins-backup", LOGINS_BACKUP_JSON)] {
            let path = profile_dir.join(name);
            let Some(text) = read_limited_text(&path, LOGINS_JSON_LIMIT)? else { continue };
            if let Some((new_text, removed)) = remove_logins(&text, &plan.remove_logins_for) {
                change.replace(&path, stem, "json", Some(text.into_bytes()), new_text.into_bytes());
                if name == LOGINS_JSON {
                    outcome.logins_removed = removed;
                }
            }
        }
    }
    // prefs.js last: until it is replaced, Thunderbird sees the old account.
    change.replace(&prefs_path, "prefs", "js", Some(original), prefs.render().into_bytes());

    let mut backups = change.commit()?;
    outcome.backup = backups.pop();
    outcome.other_backups = backups;
    tracing::info!(account_key, changes = plan.changes.len(), "account moved to OAuth2 in prefs.js");
    Ok(outcome)
}

/// The target for a new account's settings when its hosts are a provider's
/// (used when `setup` finds the account already there with a password).
pub(super) fn target_for_settings(account: &super::AccountSettings) -> Option<MigrationTarget> {
    let provider = crate::provider::oauth_provider_of_host(&account.incoming_host)?;
    let mut target = MigrationTarget::for_provider(provider);
    match account.incoming_protocol {
        crate::provider::IncomingProtocol::Imap => target.imap_host = crate::provider::canonical_host(&account.incoming_host),
        crate::provider::IncomingProtocol::Pop3 => target.pop3_host = crate::provider::canonical_host(&account.incoming_host),
    }
    target.smtp_host = crate::provider::canonical_host(&account.smtp_host);
    Some(target)
}

/// An account that can move to OAuth2 in place, and where to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationCandidate<T> {
    pub account: AccountInfo,
    pub provider: OAuthProvider,
    /// What the caller's look-up found for an account whose host name alone
    /// does not tell (the CLI keeps the discovered plan here).
    pub found: Option<T>,
}

/// The one choice of which accounts move to OAuth2, for the CLI and the
/// wizard alike. An account is a candidate when it is for `address` (if
/// given; see [`AccountInfo::has_address`]) and either
/// * its host names put it at a provider of Thunderbird's OAuth table while
///   it still signs in with a password somewhere ("needs OAuth2"), or
/// * it is an IMAP or POP account signing in with a password at a host
///   mailsetup does not know, and `look_up` says which provider is behind
///   it (the CLI asks discovery, the wizard its plan), if any.
pub fn migration_candidates<T, E>(
    accounts: &[AccountInfo],
    address: Option<&str>,
    mut look_up: impl FnMut(&AccountInfo) -> Result<Option<(OAuthProvider, T)>, E>,
) -> Result<Vec<MigrationCandidate<T>>, E> {
    let mut found = Vec::new();
    for account in accounts {
        if address.is_some_and(|address| !account.has_address(address)) {
            continue;
        }
        match account.status {
            accounts::AccountStatus::NeedsOauth2 => {
                if let Some(provider) = crate::provider::oauth_provider_of_host(&account.incoming_host) {
                    found.push(MigrationCandidate { account: account.clone(), provider, found: None });
                }
            }
            accounts::AccountStatus::UnknownProvider
                if matches!(account.incoming_type.as_str(), "imap" | "pop3") && !account.uses_oauth2() =>
            {
                if let Some((provider, what)) = look_up(account)? {
                    found.push(MigrationCandidate { account: account.clone(), provider, found: Some(what) });
                }
            }
            _ => {}
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_like_javascript() {
        assert_eq!(encode_uri_component("alice@contoso.example"), "alice%40contoso.example");
        assert_eq!(encode_uri_component("a+b!~*'()"), "a%2Bb!~*'()");
    }

    #[test]
    fn uri_prefixes_stop_at_path_boundaries() {
        assert_eq!(replace_uri_prefix("imap://a%40b@h/Sent", "imap://a%40b@h", "imap://a%40b@n").as_deref(), Some("imap://a%40b@n/Sent"));
        assert_eq!(replace_uri_prefix("imap://a%40b@h.other/Sent", "imap://a%40b@h", "x"), None);
    }

    #[test]
    fn filters_rewrite_only_action_values() {
        let text = "version=\"9\"\r\nname=\"imap://u@old/x\"\r\nactionValue=\"imap://u@old/Archive\"\r\nactionValue=\"imap://v@old/Archive\"\r\n";
        let out = rewrite_filters(text, "imap://u@old", "imap://u@new").unwrap();
        assert_eq!(out, "version=\"9\"\r\nname=\"imap://u@old/x\"\r\nactionValue=\"imap://u@new/Archive\"\r\nactionValue=\"imap://v@old/Archive\"\r\n");
        assert_eq!(rewrite_filters("actionValue=\"imap://x@y/z\"\n", "imap://u@old", "imap://u@new"), None);
    }

    #[test]
    fn logins_are_removed_by_origin_only() {
        let text = r#"{"nextId":4,"logins":[
            {"id":1,"hostname":"imap://outlook.office365.com","httpRealm":"imap://outlook.office365.com","encryptedUsername":"MDIE","encryptedPassword":"MDIE","encType":1},
            {"id":2,"hostname":"oauth://login.microsoftonline.com","httpRealm":"https://outlook.office.com/IMAP.AccessAsUser.All offline_access","encryptedUsername":"x","encryptedPassword":"y","encType":1},
            {"id":3,"hostname":"mailbox://pop.example.org","httpRealm":"mailbox://pop.example.org","encryptedUsername":"x","encryptedPassword":"y","encType":1}],"version":3}"#;
        let (out, removed) = remove_logins(text, &["imap://outlook.office365.com".to_owned()]).unwrap();
        assert_eq!(removed, 1);
        assert!(!out.contains("imap://outlook"));
        assert!(out.contains("oauth://login.microsoftonline.com") && out.contains("mailbox://pop.example.org"));
        assert!(remove_logins(text, &["smtp://nowhere".to_owned()]).is_none());
        assert!(remove_logins("not json", &["imap://x".to_owned()]).is_none());
    }
}
