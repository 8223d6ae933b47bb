//! The account prefs: what an account looks like in `prefs.js`, reading the
//! accounts a profile has, and adding ours with keys that collide with
//! nothing.
//!
//! The prefs are those Thunderbird 153's own account wizard backend writes
//! for an IMAP + SMTP account, minus what Thunderbird derives on its own
//! (directories, store type, client id). Keys are the first unused
//! `accountN`/`serverN`/`idN`/`smtpN`, where "unused" means no pref under
//! that key and no list or reference naming it, so leftovers of a deleted
//! account are never adopted.

use super::{AccountField, ThunderbirdError};
use super::prefs::{PrefValue, PrefsFile};
use crate::provider::{AuthMethod, IncomingProtocol, oauth_provider_of_host};
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// How a connection is protected. Thunderbird's value 1 ("try STARTTLS")
/// was removed in 132 and a new profile skips the migration that fixes it,
/// and plain text is never offered, so neither exists here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SocketType {
    /// TLS from the first byte (`socketType`/`try_ssl` 3).
    Ssl,
    /// STARTTLS, required (`socketType`/`try_ssl` 2).
    StartTls,
}

impl SocketType {
    /// The value of `socketType` (incoming) and `try_ssl` (SMTP).
    pub fn pref_value(self) -> i32 {
        match self {
            SocketType::Ssl => 3,
            SocketType::StartTls => 2,
        }
    }

    /// The name Thunderbird's settings show: `SSL/TLS` or `STARTTLS`.
    pub fn as_str(self) -> &'static str {
        match self {
            SocketType::Ssl => "SSL/TLS",
            SocketType::StartTls => "STARTTLS",
        }
    }
}

impl std::fmt::Display for SocketType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A shared mailbox an account opens, and who signs in for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedMailbox {
    /// The shared mailbox's address (`info@contoso.com`).
    pub shared: String,
    /// The person whose sign-in opens it (`alice@contoso.com`).
    pub delegate: String,
}

/// The account to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountSettings {
    /// The address: the identity's, and the incoming server's user name
    /// (for a shared mailbox, the shared address).
    pub email: String,
    /// The SMTP server's user name when it is not the address: the
    /// delegate who signs in for a shared mailbox (Exchange refuses the
    /// shared address there with `535 5.7.3`).
    pub smtp_user_name: Option<String>,
    /// The person's name, shown as the sender (identity `fullName`).
    pub display_name: String,
    /// IMAP or POP3.
    pub incoming_protocol: IncomingProtocol,
    /// Incoming host. With OAuth2 it must be in Thunderbird's OAuth table
    /// (e.g. `outlook.office365.com`).
    pub incoming_host: String,
    /// Incoming port, e.g. 993 (IMAP) or 995 (POP3).
    pub incoming_port: u16,
    /// Incoming protection.
    pub incoming_socket: SocketType,
    /// How Thunderbird signs in to the incoming server (`authMethod`).
    pub incoming_auth: AuthMethod,
    /// SMTP host, e.g. `smtp.office365.com`.
    pub smtp_host: String,
    /// SMTP port, e.g. 587.
    pub smtp_port: u16,
    /// SMTP protection.
    pub smtp_socket: SocketType,
    /// How Thunderbird signs in to the SMTP server: may differ from the
    /// incoming server's.
    pub smtp_auth: AuthMethod,
}

impl AccountSettings {
    /// True when any server signs in with OAuth2.
    pub fn uses_oauth2(&self) -> bool {
        self.incoming_auth.is_oauth2() || self.smtp_auth.is_oauth2()
    }
}

/// What [`super::write_account`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WriteAction {
    /// The account was added.
    Added,
    /// The profile already had an IMAP account for this host and user;
    /// nothing was written.
    AlreadyPresent,
    /// The profile had an IMAP account for this host and user signing in
    /// with a password; it was moved to OAuth2 in place (same keys, same
    /// mail directory) instead of adding a second one.
    Updated,
}

impl WriteAction {
    /// `added` or `already-present`, as reports spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            WriteAction::Added => "added",
            WriteAction::AlreadyPresent => "already-present",
            WriteAction::Updated => "updated",
        }
    }
}

/// The result of [`super::write_account`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteOutcome {
    /// The profile written to.
    pub profile_dir: PathBuf,
    /// The new account's key, or the existing one's (e.g. `account1`).
    pub account_key: String,
    /// Whether anything was written.
    pub action: WriteAction,
    /// The copy of the previous `prefs.js`, when there was one and we
    /// replaced it.
    pub backup: Option<PathBuf>,
}

/// One mail account found in a profile (Local Folders is left out).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountInfo {
    /// The account key, e.g. `account1`.
    pub account_key: String,
    /// The incoming server's key, e.g. `server1`.
    pub server_key: String,
    /// The default identity's address (`useremail`), if it has one.
    pub email: Option<String>,
    /// The default identity's name as recipients see it (`fullName`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `imap`, `pop3`, `nntp`, `rss`, `ews`, …
    pub incoming_type: String,
    /// The incoming server's host name.
    pub incoming_host: String,
    /// The incoming server's port, when set (unset means the protocol's
    /// default for its socket type).
    pub incoming_port: Option<i32>,
    /// The incoming server's user name, if set.
    pub incoming_user_name: Option<String>,
    /// The incoming `authMethod` (3 = password, 10 = OAuth2; 3 when unset,
    /// which is Thunderbird's default).
    pub incoming_auth_method: i32,
    /// The key of the SMTP server the default identity sends through.
    pub smtp_key: Option<String>,
    /// The SMTP host the default identity sends through, if any.
    pub smtp_host: Option<String>,
    /// That SMTP server's port, when set.
    pub smtp_port: Option<i32>,
    /// That SMTP server's `authMethod` (3 when unset).
    /// The SMTP server's user name, where it differs from the incoming
    /// server's: the delegate of a shared mailbox.
    pub smtp_user_name: Option<String>,
    pub smtp_auth_method: Option<i32>,
    /// Whether the account should move to OAuth2, judged from the host
    /// names alone (`migrate` also asks discovery about custom names).
    pub status: AccountStatus,
}

/// What an account needs, as `mailsetup profiles` shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccountStatus {
    /// A Microsoft or Google server that still signs in with a password
    /// (on the incoming or the outgoing server): it stops working once the
    /// provider switches passwords off. `mailsetup migrate` fixes it.
    NeedsOauth2,
    /// Signs in with OAuth2 on a host Thunderbird's OAuth table knows, or
    /// is at a provider that still takes passwords, or is not mail.
    Ok,
    /// The host is not one mailsetup knows; it may still be Microsoft or
    /// Google under a custom name (`migrate` asks discovery).
    UnknownProvider,
}

impl AccountStatus {
    /// `needs OAuth2`, `ok`, `unknown provider`, in the user's language
    /// (the JSON has the kebab-case ids).
    pub fn words(self) -> String {
        match self {
            AccountStatus::NeedsOauth2 => crate::tr!("tb-status-needs-oauth2"),
            AccountStatus::Ok => crate::tr!("tb-status-ok"),
            AccountStatus::UnknownProvider => crate::tr!("tb-status-unknown-provider"),
        }
    }
}

/// The status of an account, from its hosts and sign-in methods.
fn status_of(incoming_type: &str, host: &str, auth: i32, smtp: Option<(&str, i32)>) -> AccountStatus {
    if !matches!(incoming_type, "imap" | "pop3") {
        return AccountStatus::Ok;
    }
    match oauth_provider_of_host(host) {
        Some(_) => {
            let smtp_needs = smtp.is_some_and(|(smtp_host, smtp_auth)| {
                oauth_provider_of_host(smtp_host).is_some() && smtp_auth != AUTH_METHOD_OAUTH2
            });
            if auth != AUTH_METHOD_OAUTH2 || smtp_needs { AccountStatus::NeedsOauth2 } else { AccountStatus::Ok }
        }
        None if crate::provider::thunderbird_knows_oauth_host(host) => AccountStatus::Ok,
        None => AccountStatus::UnknownProvider,
    }
}

impl AccountInfo {
    /// True when the incoming server signs in with OAuth2.
    pub fn uses_oauth2(&self) -> bool {
        self.incoming_auth_method == AUTH_METHOD_OAUTH2
    }

    /// True when the incoming server and the SMTP server (if any) both sign
    /// in with OAuth2: nothing is left to migrate.
    pub fn fully_oauth2(&self) -> bool {
        self.uses_oauth2() && self.smtp_auth_method.is_none_or(|method| method == AUTH_METHOD_OAUTH2)
    }

    /// True when this account is the one for `address`: its identity's
    /// address or its incoming user name, ignoring ASCII case (an address
    /// differing only in case reaches the same mailbox at the providers we
    /// set up).
    pub fn has_address(&self, address: &str) -> bool {
        self.email.as_deref().is_some_and(|email| email.eq_ignore_ascii_case(address))
            || self.incoming_user_name.as_deref().is_some_and(|user| user.eq_ignore_ascii_case(address))
    }

    /// The address the account signs in as: its identity's address, else
    /// its user name when that is an address.
    pub fn address(&self) -> Option<&str> {
        self.email.as_deref().or(self.incoming_user_name.as_deref().filter(|user| user.contains('@')))
    }

    /// The address to show: the identity's, else the user name, else the
    /// server (an account without either still deserves a line).
    pub fn shown_address(&self) -> &str {
        self.address().unwrap_or(&self.incoming_host)
    }

    /// How the SMTP server signs in, in words, when there is one.
    pub fn smtp_sign_in(&self) -> Option<&'static str> {
        self.smtp_host.as_ref().map(|_| if self.smtp_auth_method == Some(AUTH_METHOD_OAUTH2) { "OAuth2" } else { "password" })
    }

    /// The shared mailbox and its delegate, when this account opens a shared
    /// mailbox with someone else's sign-in: the incoming user name written
    /// the way Exchange took it with a password (`alice@contoso.com\info`,
    /// the delegate, a backslash, the shared mailbox's alias or address), or
    /// an SMTP user name that is another address than the incoming one
    /// (what mailsetup writes for a shared mailbox).
    pub fn shared_mailbox(&self) -> Option<SharedMailbox> {
        let user = self.incoming_user_name.as_deref()?.trim();
        if let Some((delegate, shared)) = user.split_once('\\') {
            let shared = if shared.contains('@') { shared.to_owned() } else { self.email.clone().filter(|email| email.contains('@'))? };
            return (delegate.contains('@') && !delegate.eq_ignore_ascii_case(&shared))
                .then(|| SharedMailbox { shared, delegate: delegate.to_owned() });
        }
        let delegate = self.smtp_user_name.as_deref().filter(|delegate| delegate.contains('@') && user.contains('@'))?;
        Some(SharedMailbox { shared: user.to_owned(), delegate: delegate.to_owned() })
    }

    /// How the SMTP server signs in, in the user's language, when there is
    /// one ([`Self::smtp_sign_in`] is the audit's CSV value).
    pub fn smtp_sign_in_words(&self) -> Option<String> {
        self.smtp_host.as_ref().map(|_| if self.smtp_auth_method == Some(AUTH_METHOD_OAUTH2) { crate::tr!("tb-sign-in-oauth2") } else { crate::tr!("tb-sign-in-password") })
    }

    /// How the incoming server signs in, in the user's language, as
    /// `mailsetup profiles` lists it ([`Self::sign_in`] is the audit's CSV
    /// value, which stays English).
    pub fn sign_in_words(&self) -> String {
        match self.incoming_auth_method {
            1 => crate::tr!("tb-sign-in-none"),
            2..=4 => crate::tr!("tb-sign-in-password"),
            5 => crate::tr!("tb-sign-in-kerberos"),
            6 => crate::tr!("tb-sign-in-ntlm"),
            7 => crate::tr!("tb-sign-in-tls-certificate"),
            AUTH_METHOD_OAUTH2 => crate::tr!("tb-sign-in-oauth2"),
            _ => crate::tr!("tb-sign-in-other"),
        }
    }

    /// How the incoming server signs in, in words (Thunderbird's
    /// `nsMsgAuthMethod` values): the audit's CSV value, English in every
    /// language like the other values there.
    pub fn sign_in(&self) -> &'static str {
        match self.incoming_auth_method {
            1 => "no sign-in",
            2..=4 => "password",
            5 => "Kerberos",
            6 => "NTLM",
            7 => "TLS certificate",
            AUTH_METHOD_OAUTH2 => "OAuth2",
            _ => "other sign-in",
        }
    }
}

pub(super) const AUTH_METHOD_PASSWORD: i32 = 3;
pub(super) const AUTH_METHOD_OAUTH2: i32 = 10;
pub(super) const ACCOUNTS_LIST: &str = "mail.accountmanager.accounts";
pub(super) const DEFAULT_ACCOUNT: &str = "mail.accountmanager.defaultaccount";
pub(super) const LOCAL_FOLDERS_SERVER: &str = "mail.accountmanager.localfoldersserver";
pub(super) const LAST_ACCOUNT_KEY: &str = "mail.account.lastKey";
pub(super) const SMTP_LIST: &str = "mail.smtpservers";
pub(super) const DEFAULT_SMTP: &str = "mail.smtp.defaultserver";

pub(super) fn comma_list(value: Option<&str>) -> Vec<String> {
    value.unwrap_or("").split(',').map(str::trim).filter(|key| !key.is_empty()).map(str::to_owned).collect()
}

/// The accounts in `mail.accountmanager.accounts` order, without Local
/// Folders and without entries Thunderbird would skip (no server).
pub(super) fn read_accounts(prefs: &PrefsFile) -> Vec<AccountInfo> {
    let default_smtp = prefs.get_str(DEFAULT_SMTP).map(str::to_owned);
    comma_list(prefs.get_str(ACCOUNTS_LIST))
        .into_iter()
        .filter_map(|account_key| {
            let server = prefs.get_str(&format!("mail.account.{account_key}.server"))?.to_owned();
            let server_pref = |name: &str| format!("mail.server.{server}.{name}");
            let incoming_type = prefs.get_str(&server_pref("type"))?.to_owned();
            if incoming_type == "none" {
                return None;
            }
            let identity =
                comma_list(prefs.get_str(&format!("mail.account.{account_key}.identities"))).into_iter().next();
            let identity_pref =
                |name: &str| identity.as_ref().and_then(|id| prefs.get_str(&format!("mail.identity.{id}.{name}")));
            let smtp_key = match &identity {
                // An identity without its own SMTP server sends through the default one.
                Some(_) => identity_pref("smtpServer").map(str::to_owned).or_else(|| default_smtp.clone()),
                // Without an identity nothing is ever sent from this account.
                None => None,
            };
            let smtp_pref = |name: &str| {
                smtp_key.as_ref().map(|key| format!("mail.smtpserver.{key}.{name}"))
            };
            let smtp_host = smtp_pref("hostname").and_then(|name| prefs.get_str(&name).map(str::to_owned));
            let smtp_auth_method = smtp_host
                .as_ref()
                .map(|_| smtp_pref("authMethod").and_then(|name| prefs.get_int(&name)).unwrap_or(AUTH_METHOD_PASSWORD));
            let smtp_user_name = smtp_pref("username")
                .and_then(|name| prefs.get_str(&name).map(str::to_owned))
                .filter(|smtp_user| !smtp_user.is_empty())
                .filter(|smtp_user| !prefs.get_str(&server_pref("userName")).is_some_and(|user| user.eq_ignore_ascii_case(smtp_user)));
            let incoming_host = prefs.get_str(&server_pref("hostname")).unwrap_or("").to_owned();
            let incoming_auth_method = prefs.get_int(&server_pref("authMethod")).unwrap_or(AUTH_METHOD_PASSWORD);
            let status = status_of(
                &incoming_type,
                &incoming_host,
                incoming_auth_method,
                smtp_host.as_deref().zip(smtp_auth_method),
            );
            Some(AccountInfo {
                email: identity_pref("useremail").map(str::to_owned),
                display_name: identity_pref("fullName").map(str::to_owned).filter(|name| !name.trim().is_empty()),
                incoming_port: prefs.get_int(&server_pref("port")),
                incoming_user_name: prefs.get_str(&server_pref("userName")).map(str::to_owned),
                incoming_host,
                incoming_auth_method,
                smtp_port: smtp_pref("port").and_then(|name| prefs.get_int(&name)),
                smtp_host: smtp_host.clone(),
                smtp_key: smtp_host.and(smtp_key),
                smtp_user_name,
                smtp_auth_method,
                status,
                server_key: server,
                account_key,
                incoming_type,
            })
        })
        .collect()
}

/// The listed account that already receives this mail: an IMAP server with
/// the same host and user, both compared without regard to ASCII case
/// (hosts are case-insensitive, and an address differing only in case
/// reaches the same mailbox at the providers we set up).
fn existing_account(prefs: &PrefsFile, account: &AccountSettings) -> Option<String> {
    comma_list(prefs.get_str(ACCOUNTS_LIST)).into_iter().find(|account_key| {
        let Some(server) = prefs.get_str(&format!("mail.account.{account_key}.server")) else {
            return false;
        };
        let server_pref = |name: &str| prefs.get_str(&format!("mail.server.{server}.{name}")).unwrap_or("");
        server_pref("type") == account.incoming_protocol.as_str()
            && crate::provider::canonical_host(server_pref("hostname")) == crate::provider::canonical_host(&account.incoming_host)
            && server_pref("userName").eq_ignore_ascii_case(&account.email)
    })
}

/// The smallest N ≥ 1 such that `<key_stem>N` is neither the key of any pref
/// under `<branch><key_stem>N.` nor one of `referenced`.
fn first_unused_key(prefs: &PrefsFile, branch: &str, key_stem: &str, referenced: &[String]) -> String {
    let number_of = |key: &str| -> Option<u32> {
        let digits = key.strip_prefix(key_stem)?;
        if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    };
    let mut used: BTreeSet<u32> = referenced.iter().filter_map(|key| number_of(key)).collect();
    for name in prefs.names() {
        if let Some(rest) = name.strip_prefix(branch)
            && let Some((key, _)) = rest.split_once('.')
            && let Some(number) = number_of(key)
        {
            used.insert(number);
        }
    }
    let number = (1..).find(|candidate| !used.contains(candidate)).unwrap_or(1);
    format!("{key_stem}{number}")
}

/// The first identity key (`idN`) that no pref and no account uses.
pub(super) fn unused_identity_key(prefs: &PrefsFile) -> String {
    first_unused_key(prefs, "mail.identity.", "id", &referenced_keys(prefs, "mail.account.", ".identities"))
}

/// Every value of prefs named `<prefix>…<suffix>`, split as comma lists.
fn referenced_keys(prefs: &PrefsFile, prefix: &str, suffix: &str) -> Vec<String> {
    let names: BTreeSet<&str> =
        prefs.names().filter(|name| name.starts_with(prefix) && name.ends_with(suffix)).collect();
    names.into_iter().flat_map(|name| comma_list(prefs.get_str(name))).collect()
}

/// The account key of Local Folders, found the way Thunderbird finds it:
/// the `localfoldersserver` pref, else the server `nobody@Local Folders` of
/// type `none`.
fn local_folders_account(prefs: &PrefsFile, account_keys: &[String]) -> Option<String> {
    let server_of =
        |account_key: &String| prefs.get_str(&format!("mail.account.{account_key}.server")).map(str::to_owned);
    let is_local_folders_server = |server: &str| match prefs.get_str(LOCAL_FOLDERS_SERVER) {
        Some(local) => local == server,
        None => {
            let server_pref = |name: &str| prefs.get_str(&format!("mail.server.{server}.{name}")).unwrap_or("");
            server_pref("type") == "none"
                && server_pref("hostname") == "Local Folders"
                && server_pref("userName") == "nobody"
        }
    };
    account_keys.iter().find(|key| server_of(key).is_some_and(|server| is_local_folders_server(&server))).cloned()
}

/// Percent-escapes a user name for a folder URI the way Thunderbird does
/// (`ESCAPE_XALPHAS`): letters, digits and `*-._` stay, everything else,
/// `@` and `+` included, becomes `%XX` per UTF-8 byte.
fn escape_user_for_uri(user: &str) -> String {
    let mut out = String::with_capacity(user.len() + 6);
    for byte in user.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'*' | b'-' | b'.' | b'_') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Checks the settings before anything is touched.
pub(super) fn validate(account: &AccountSettings) -> Result<(), ThunderbirdError> {
    let invalid = |field, problem: String| Err(ThunderbirdError::InvalidAccount { field, problem });
    let email = account.email.as_str();
    if email.is_empty() {
        return invalid(AccountField::Address, crate::tr!("tb-invalid-is-empty"));
    }
    if !email.contains('@') || email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return invalid(AccountField::Address, crate::tr!("tb-invalid-not-an-address"));
    }
    if account.display_name.contains('\0') {
        return invalid(AccountField::DisplayName, crate::tr!("tb-invalid-contains-nul"));
    }
    for (field, host) in [(AccountField::IncomingHost, &account.incoming_host), (AccountField::SmtpHost, &account.smtp_host)] {
        if host.is_empty() {
            return invalid(field, crate::tr!("tb-invalid-is-empty"));
        }
        if host.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '/' | '@' | '"' | '\\')) {
            return invalid(field, crate::tr!("tb-invalid-not-a-host-name"));
        }
    }
    for (field, port) in [(AccountField::IncomingPort, account.incoming_port), (AccountField::SmtpPort, account.smtp_port)] {
        if port == 0 {
            return invalid(field, crate::tr!("tb-invalid-port-zero"));
        }
    }
    Ok(())
}

/// What [`add_account`] decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum AddResult {
    Added { account_key: String },
    AlreadyPresent { account_key: String },
}

/// The keys one account's server, identity and SMTP server live under.
pub(super) struct AccountKeys<'a> {
    pub server: &'a str,
    pub identity: &'a str,
    pub smtp: &'a str,
}

/// The prefs of one account's identity, incoming server and SMTP server,
/// as Thunderbird's own account wizard writes them (thunderbird.md §1.1),
/// without the lists that tie accounts together. `with_folder_uris` adds the
/// identity's Sent/Drafts/Templates folders, which name the escaped user and
/// host; exports leave them out because their addresses may hold per-user
/// placeholders that must not be escaped.
pub(super) fn account_body_prefs(account: &AccountSettings, keys: &AccountKeys<'_>, with_folder_uris: bool, put: &mut dyn FnMut(String, PrefValue)) {
    let identity = |name: &str| format!("mail.identity.{}.{name}", keys.identity);
    put(identity("fullName"), account.display_name.clone().into());
    put(identity("useremail"), account.email.clone().into());
    put(identity("smtpServer"), keys.smtp.to_owned().into());
    put(identity("valid"), true.into());
    if with_folder_uris {
        // The server's URI: `imap://user@host` or, for POP3, `mailbox://user@host`.
        let scheme = match account.incoming_protocol {
            IncomingProtocol::Imap => "imap",
            IncomingProtocol::Pop3 => "mailbox",
        };
        let folder_uri = |folder: &str| format!("{scheme}://{}@{}/{folder}", escape_user_for_uri(&account.email), account.incoming_host);
        put(identity("reply_on_top"), 1.into());
        put(identity("fcc_folder"), folder_uri("Sent").into());
        put(identity("fcc_folder_picker_mode"), "0".into());
        put(identity("draft_folder"), folder_uri("Drafts").into());
        put(identity("drafts_folder_picker_mode"), "0".into());
        put(identity("stationery_folder"), folder_uri("Templates").into());
        put(identity("tmpl_folder_picker_mode"), "0".into());
    }

    let server = |name: &str| format!("mail.server.{}.{name}", keys.server);
    put(server("type"), account.incoming_protocol.as_str().into());
    put(server("hostname"), account.incoming_host.clone().into());
    put(server("port"), i32::from(account.incoming_port).into());
    put(server("socketType"), account.incoming_socket.pref_value().into());
    put(server("authMethod"), account.incoming_auth.pref_value().into());
    put(server("userName"), account.email.clone().into());
    put(server("name"), account.email.clone().into());
    put(server("login_at_startup"), true.into());
    put(server("check_new_mail"), true.into());
    if account.incoming_protocol == IncomingProtocol::Pop3 {
        // What Thunderbird's account wizard sets for a new POP3 account
        // (AccountConfig's defaults): keep the mail on the server for 14
        // days, delete it there when deleted here, fetch on every check.
        put(server("leave_on_server"), true.into());
        put(server("num_days_to_leave_on_server"), 14.into());
        put(server("delete_mail_left_on_server"), true.into());
        put(server("delete_by_age_from_server"), true.into());
        put(server("download_on_biff"), true.into());
    }

    let smtp = |name: &str| format!("mail.smtpserver.{}.{name}", keys.smtp);
    put(smtp("type"), "smtp".into());
    put(smtp("hostname"), account.smtp_host.clone().into());
    put(smtp("port"), i32::from(account.smtp_port).into());
    put(smtp("try_ssl"), account.smtp_socket.pref_value().into());
    put(smtp("authMethod"), account.smtp_auth.pref_value().into());
    put(smtp("username"), account.smtp_user_name.clone().unwrap_or_else(|| account.email.clone()).into());
    // Shown in the outgoing server list; the address tells servers apart.
    put(smtp("description"), account.email.clone().into());
}

/// Adds the account's prefs to `prefs` (in memory), or reports the account
/// that already exists. The caller has validated `account`.
pub(super) fn add_account(prefs: &mut PrefsFile, account: &AccountSettings) -> Result<AddResult, ThunderbirdError> {
    if let Some(account_key) = existing_account(prefs, account) {
        return Ok(AddResult::AlreadyPresent { account_key });
    }

    let mut account_keys = comma_list(prefs.get_str(ACCOUNTS_LIST));
    let smtp_keys = comma_list(prefs.get_str(SMTP_LIST));

    let account_key = first_unused_key(prefs, "mail.account.", "account", &account_keys);
    let server_key =
        first_unused_key(prefs, "mail.server.", "server", &referenced_keys(prefs, "mail.account.", ".server"));
    let identity_key =
        first_unused_key(prefs, "mail.identity.", "id", &referenced_keys(prefs, "mail.account.", ".identities"));
    let mut smtp_references = smtp_keys.clone();
    smtp_references.extend(referenced_keys(prefs, "mail.identity.", ".smtpServer"));
    smtp_references.extend(comma_list(prefs.get_str(DEFAULT_SMTP)));
    let smtp_key = first_unused_key(prefs, "mail.smtpserver.", "smtp", &smtp_references);

    let mut new_prefs: Vec<(String, PrefValue)> = Vec::new();
    let mut put = |name: String, value: PrefValue| new_prefs.push((name, value));

    put(format!("mail.account.{account_key}.identities"), identity_key.clone().into());
    put(format!("mail.account.{account_key}.server"), server_key.clone().into());

    // Thunderbird puts a new account before Local Folders when Local Folders
    // is last, so the folder pane keeps Local Folders at the bottom.
    let local_folders = local_folders_account(prefs, &account_keys);
    if local_folders.is_some() && account_keys.last() == local_folders.as_ref() {
        account_keys.insert(account_keys.len() - 1, account_key.clone());
    } else {
        account_keys.push(account_key.clone());
    }
    put(ACCOUNTS_LIST.to_owned(), account_keys.join(",").into());
    if prefs.get_str(DEFAULT_ACCOUNT).is_none_or(str::is_empty) {
        put(DEFAULT_ACCOUNT.to_owned(), account_key.clone().into());
    }
    if let Some(last_key) = prefs.get_int(LAST_ACCOUNT_KEY) {
        let new_number: i32 = account_key.trim_start_matches("account").parse().unwrap_or(0);
        put(LAST_ACCOUNT_KEY.to_owned(), last_key.max(new_number).into());
    }

    account_body_prefs(account, &AccountKeys { server: &server_key, identity: &identity_key, smtp: &smtp_key }, true, &mut put);
    let mut all_smtp_keys = smtp_keys;
    all_smtp_keys.push(smtp_key.clone());
    put(SMTP_LIST.to_owned(), all_smtp_keys.join(",").into());
    if prefs.get_str(DEFAULT_SMTP).is_none_or(str::is_empty) {
        put(DEFAULT_SMTP.to_owned(), smtp_key.clone().into());
    }

    for (name, value) in new_prefs {
        prefs
            .set(&name, value)
            .map_err(|refused| ThunderbirdError::InvalidAccount { field: AccountField::Settings, problem: super::unwritable_words(&refused) })?;
    }
    Ok(AddResult::Added { account_key })
}

/// A Microsoft 365 account as the writer gets it, for the unit tests of this
/// module and of `export`.
#[cfg(test)]
pub(super) fn microsoft_365_settings(email: &str, display_name: &str) -> AccountSettings {
    AccountSettings {
        email: email.into(),
        smtp_user_name: None,
        display_name: display_name.into(),
        incoming_protocol: IncomingProtocol::Imap,
        incoming_host: "outlook.office365.com".into(),
        incoming_port: 993,
        incoming_socket: SocketType::Ssl,
        incoming_auth: AuthMethod::OAuth2,
        smtp_host: "smtp.office365.com".into(),
        smtp_port: 587,
        smtp_socket: SocketType::StartTls,
        smtp_auth: AuthMethod::OAuth2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> AccountSettings {
        microsoft_365_settings("alice@contoso.example", "Alice Example")
    }

    #[test]
    fn user_names_in_folder_uris_are_escaped_like_thunderbird() {
        assert_eq!(escape_user_for_uri("alice@contoso.example"), "alice%40contoso.example");
        assert_eq!(escape_user_for_uri("a.b-c_d*e+tag@x"), "a.b-c_d*e%2Btag%40x");
        assert_eq!(escape_user_for_uri("jörg@x"), "j%C3%B6rg%40x");
    }

    #[test]
    fn keys_skip_every_number_in_use_even_by_leftovers_and_references() {
        let prefs = PrefsFile::parse(
            "user_pref(\"mail.accountmanager.accounts\", \"account1,account3\");\n\
             user_pref(\"mail.account.account1.server\", \"server2\");\n\
             user_pref(\"mail.account.account2.something\", \"left over\");\n\
             user_pref(\"mail.account.account3.server\", \"server1\");\n\
             user_pref(\"mail.server.server10.type\", \"imap\");\n",
        )
        .unwrap();
        let accounts = comma_list(prefs.get_str(ACCOUNTS_LIST));
        assert_eq!(first_unused_key(&prefs, "mail.account.", "account", &accounts), "account4");
        let servers = referenced_keys(&prefs, "mail.account.", ".server");
        assert_eq!(first_unused_key(&prefs, "mail.server.", "server", &servers), "server3");
        assert_eq!(first_unused_key(&prefs, "mail.identity.", "id", &[]), "id1");
    }

    #[test]
    fn validation_names_the_field() {
        let mut account = settings();
        account.email = "not an address".into();
        let error = validate(&account).unwrap_err();
        assert!(error.to_string().starts_with("the account's address is not an e-mail address"), "{error}");
        let mut account = settings();
        account.display_name = "A\0B".into();
        assert!(validate(&account).unwrap_err().to_string().contains("display name contains a NUL"));
        let mut account = settings();
        account.smtp_port = 0;
        assert!(validate(&account).is_err());
        assert!(validate(&settings()).is_ok());
    }

    #[test]
    fn reads_accounts_without_local_folders() {
        let mut prefs = PrefsFile::new_with_header();
        assert_eq!(add_account(&mut prefs, &settings()).unwrap(), AddResult::Added { account_key: "account1".into() });
        prefs.set("mail.accountmanager.accounts", "account1,account2").unwrap();
        prefs.set("mail.account.account2.server", "server2").unwrap();
        prefs.set("mail.server.server2.type", "none").unwrap();
        let accounts = read_accounts(&prefs);
        assert_eq!(
            accounts,
            [AccountInfo {
                account_key: "account1".into(),
                server_key: "server1".into(),
                email: Some("alice@contoso.example".into()),
                display_name: Some("Alice Example".into()),
                incoming_type: "imap".into(),
                incoming_host: "outlook.office365.com".into(),
                incoming_port: Some(993),
                incoming_user_name: Some("alice@contoso.example".into()),
                incoming_auth_method: 10,
                smtp_key: Some("smtp1".into()),
                smtp_host: Some("smtp.office365.com".into()),
                smtp_port: Some(587),
                smtp_user_name: None,
                smtp_auth_method: Some(10),
                status: AccountStatus::Ok,
            }]
        );
        assert!(accounts[0].uses_oauth2());
    }
}
