//! Which Thunderbird accounts on this machine will break, and when: every
//! account of every profile of every install, for the current user or for
//! every user, judged for a given day from the profile alone. No network:
//! a machine with a thousand profiles is audited in well under a second
//! (`benches/audit.rs`); `doctor` is the online check.
//!
//! What an account's state rests on:
//! * its servers' names and sign-in methods (`prefs.js`), placed with
//!   Thunderbird's OAuth table and the provider dates in [`deadlines`];
//! * for an OAuth2 account, the sign-in Thunderbird saved: the login
//!   store's entries for the issuer (their origin and last use are clear
//!   text) and, for the current user only, the user name of each (the one
//!   field decrypted, with Thunderbird's own NSS on a copy of the key store;
//!   never the token). Another user's login store is never decrypted: an
//!   entry that cannot be told apart is "not checked".
//!
//! Per profile it also tells what would get in the way of a fix: the
//! Thunderbird version that last ran it, whether it is running, a `user.js`
//! that forces account prefs, a Primary Password.
//!
//! The wizard's accounts page is this audit for the current user; the CLI
//! renders it as a table, JSON or CSV ([`render`]).

pub mod deadlines;
pub mod homes;
pub mod render;

use crate::provider::{self, OAuthProvider};
use crate::thunderbird::handoff::{self, SavedSignInUse};
use crate::thunderbird::logins::LoginStore;
use crate::thunderbird::{self, AccountInfo, ProfileInfo, ProfilesRoot, ThunderbirdError};
pub use homes::Home;
use serde::Serialize;
use std::path::{Path, PathBuf};
use time::Date;

/// The JSON's `schema_version`; raised when a field changes meaning or
/// goes away.
pub const SCHEMA_VERSION: u32 = 1;

/// How an account is doing on the audit's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccountState {
    /// Signs in with OAuth2, and Thunderbird has a saved sign-in for it (or
    /// it could not be checked: another user's store, a Primary Password).
    Works,
    /// A password at Microsoft 365: receiving already refused, sending
    /// refused from the end of December 2026.
    #[serde(rename = "password-microsoft-365")]
    PasswordMicrosoft365,
    /// A password at a provider that already refuses it (Gmail, Outlook.com,
    /// Yahoo, AOL).
    PasswordRefused,
    /// An Exchange (EWS) account at Microsoft 365: blocked by default since
    /// 1 October 2026, gone on 1 April 2027.
    #[serde(rename = "ews-microsoft-365")]
    EwsMicrosoft365,
    /// Signs in with OAuth2, but Thunderbird has no saved sign-in for it:
    /// it asks the user to sign in.
    SignInMissing,
    /// The saved sign-in lay unused longer than the provider keeps one.
    SignInExpired,
    /// A server mailsetup cannot place offline; it may be Microsoft or
    /// Google under another name (`mailsetup migrate` looks it up).
    UnknownProvider,
    /// News, feeds, or a provider that still takes passwords.
    NothingToDo,
}

impl AccountState {
    /// The name used in the JSON and the CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            AccountState::Works => "works",
            AccountState::PasswordMicrosoft365 => "password-microsoft-365",
            AccountState::PasswordRefused => "password-refused",
            AccountState::EwsMicrosoft365 => "ews-microsoft-365",
            AccountState::SignInMissing => "sign-in-missing",
            AccountState::SignInExpired => "sign-in-expired",
            AccountState::UnknownProvider => "unknown-provider",
            AccountState::NothingToDo => "nothing-to-do",
        }
    }

    /// True when someone has to act before (or because) the account stops
    /// working.
    pub fn needs_action(self) -> bool {
        !matches!(self, AccountState::Works | AccountState::UnknownProvider | AccountState::NothingToDo)
    }
}

/// What the login store says about an OAuth2 account's saved sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SavedSignIn {
    /// An entry for the account's user at its issuer, used recently enough.
    Found,
    /// No entry for it.
    Missing,
    /// Its entry lay unused longer than the provider keeps a sign-in.
    Expired,
    /// There are entries at the issuer, but whose they are could not be
    /// read (another user's store, a Primary Password, no NSS).
    NotChecked,
    /// The account does not sign in with OAuth2.
    NotNeeded,
}

impl SavedSignIn {
    /// The name used in the JSON and the CSV (empty for `not-needed` in
    /// the CSV, where it is the absence of a sign-in).
    pub fn as_str(self) -> &'static str {
        match self {
            SavedSignIn::Found => "found",
            SavedSignIn::Missing => "missing",
            SavedSignIn::Expired => "expired",
            SavedSignIn::NotChecked => "not-checked",
            SavedSignIn::NotNeeded => "not-needed",
        }
    }
}

/// One account and its state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountAudit {
    pub account: AccountInfo,
    pub state: AccountState,
    pub needs_action: bool,
    /// Who hosts the mail, in words (`Microsoft 365`, `Gmail`), when known.
    pub provider: Option<String>,
    pub saved_sign_in: SavedSignIn,
    /// The day the saved sign-in was last used, `YYYY-MM-DD`.
    pub saved_sign_in_last_used: Option<String>,
    /// The state in plain words, for that day.
    pub summary: String,
    /// What the user or the helpdesk can do.
    pub what_to_do: String,
    /// The next date that matters for it, `YYYY-MM-DD`.
    pub deadline: Option<String>,
    /// The provider mailsetup's in-place fix (`migrate`, the wizard's
    /// **Fix**) switches it to, when it can.
    pub fix: Option<OAuthProvider>,
}

impl AccountAudit {
    /// The address to show: the identity's, else the user name, else the
    /// server.
    pub fn shown_address(&self) -> &str {
        self.account.shown_address()
    }
}

/// One profile, what would get in the way of fixing it, and its accounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileAudit {
    pub name: String,
    pub path: PathBuf,
    /// The profile Thunderbird opens.
    pub is_default: bool,
    /// The Thunderbird version that last ran it (`compatibility.ini`).
    pub last_version: Option<String>,
    /// Thunderbird has it open; `None`: could not tell.
    pub running: Option<bool>,
    /// Account prefs its `user.js` forces on every start: a change to
    /// them would not stick.
    pub user_js_overrides: Vec<String>,
    /// A Primary Password locks its login store (no hand-off possible);
    /// `None`: not checked.
    pub primary_password: Option<bool>,
    /// What could not be read, in words.
    pub problems: Vec<String>,
    pub accounts: Vec<AccountAudit>,
}

impl ProfileAudit {
    /// The first account that needs action, if any.
    pub fn first_needing_action(&self) -> Option<&AccountAudit> {
        self.accounts.iter().find(|account| account.needs_action)
    }
}

/// One place a Thunderbird install keeps profiles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RootAudit {
    /// `linux`, `flatpak`, `snap`, `windows` or `macos`.
    pub kind: &'static str,
    pub path: PathBuf,
    pub problem: Option<String>,
    pub profiles: Vec<ProfileAudit>,
}

/// One user's home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HomeAudit {
    pub user: String,
    pub home: PathBuf,
    /// The user running the audit (whose login store could be read).
    pub current_user: bool,
    pub problem: Option<String>,
    pub roots: Vec<RootAudit>,
}

/// The audit of a machine (or of one user) on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Audit {
    pub schema_version: u32,
    /// The language of `summary` and `what_to_do` (`en`, `de`).
    pub lang: String,
    /// The day judged for, `YYYY-MM-DD`.
    pub on: String,
    /// `current-user` or `all-users`.
    pub scope: &'static str,
    pub homes: Vec<HomeAudit>,
}

/// What the audit found, for an exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Every account it could read is fine, and it could read everything.
    NothingToDo,
    /// At least one account needs action.
    ActionNeeded,
    /// Nothing needs action, but a home, install or profile could not be
    /// read, so the audit is not complete.
    Incomplete,
}

impl Audit {
    /// Every profile, with the home and install it is in.
    pub fn profiles(&self) -> impl Iterator<Item = (&HomeAudit, &RootAudit, &ProfileAudit)> {
        self.homes.iter().flat_map(|home| home.roots.iter().flat_map(move |root| root.profiles.iter().map(move |profile| (home, root, profile))))
    }

    /// Every account, with its home, install and profile.
    pub fn accounts(&self) -> impl Iterator<Item = (&HomeAudit, &RootAudit, &ProfileAudit, &AccountAudit)> {
        self.profiles().flat_map(|(home, root, profile)| profile.accounts.iter().map(move |account| (home, root, profile, account)))
    }

    pub fn verdict(&self) -> Verdict {
        if self.accounts().any(|(.., account)| account.needs_action) {
            return Verdict::ActionNeeded;
        }
        let incomplete = self.homes.iter().any(|home| home.problem.is_some())
            || self.homes.iter().flat_map(|home| &home.roots).any(|root| root.problem.is_some())
            || self.profiles().any(|(.., profile)| !profile.problems.is_empty());
        if incomplete { Verdict::Incomplete } else { Verdict::NothingToDo }
    }

    /// The first account that needs fixing, with where it lives: where
    /// `--fix-needed` opens the wizard. One that Mail Setup's Fix repairs
    /// comes before one that needs something else.
    pub fn first_to_fix(&self) -> Option<FirstToFix> {
        let fixable = self.accounts().find(|(.., account)| account.needs_action && account.fix.is_some());
        let first = fixable.or_else(|| self.accounts().find(|(.., account)| account.needs_action));
        first.map(|(_, root, profile, account)| FirstToFix {
            root: root.path.clone(),
            profile: profile.path.clone(),
            profile_name: profile.name.clone(),
            account_key: account.account.account_key.clone(),
            address: account.shown_address().to_owned(),
            reason: account.summary.clone(),
            what_to_do: account.what_to_do.clone(),
        })
    }
}

/// The first account an audit found needing action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstToFix {
    /// The Thunderbird folder holding the profile.
    pub root: PathBuf,
    pub profile: PathBuf,
    pub profile_name: String,
    /// The account's key in the profile (`account1`).
    pub account_key: String,
    pub address: String,
    /// Why, in plain words ([`AccountAudit::summary`]).
    pub reason: String,
    pub what_to_do: String,
}

/// Today, in the local time zone where it can be read, else UTC.
pub fn today() -> Date {
    time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc()).date()
}

/// Reads `YYYY-MM-DD`.
pub fn parse_day(text: &str) -> Result<Date, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text.trim(), format).map_err(|_| crate::tr!("audit-not-a-date", text = text))
}

fn iso(date: Date) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    date.format(format).unwrap_or_default()
}

/// The audit of the user running mailsetup.
pub fn audit_current_user(on: Date) -> Audit {
    let homes = homes::current_user_home().into_iter().map(|home| audit_home(&home, on)).collect();
    Audit { schema_version: SCHEMA_VERSION, lang: crate::i18n::current_tag(), on: iso(on), scope: "current-user", homes }
}

/// The audit of every user whose home is in `users_dir` (and `/root`
/// with the platform's own users directory). Reads only; never decrypts
/// another user's login store; never follows a link out of a home.
pub fn audit_all_users(on: Date, users_dir: Option<&Path>) -> Result<Audit, String> {
    let (dir, with_root) = match users_dir {
        Some(dir) => (dir.to_owned(), false),
        None => (homes::platform_users_dir(), true),
    };
    let homes = homes::homes_in(&dir, with_root)?.iter().map(|home| audit_home(home, on)).collect();
    Ok(Audit { schema_version: SCHEMA_VERSION, lang: crate::i18n::current_tag(), on: iso(on), scope: "all-users", homes })
}

/// One home: each profile root that is there.
pub fn audit_home(home: &Home, on: Date) -> HomeAudit {
    let mut audit = HomeAudit { user: home.user.clone(), home: home.path.clone(), current_user: home.current, problem: None, roots: Vec::new() };
    let boundary = if home.current {
        None
    } else {
        match std::fs::canonicalize(&home.path) {
            Ok(resolved) => Some(resolved),
            Err(error) => {
                audit.problem = Some(crate::tr!("audit-cannot-read", path = home.path.display().to_string(), error = error.to_string()));
                return audit;
            }
        }
    };
    for root in homes::candidate_roots(home) {
        if std::fs::symlink_metadata(&root.path).is_err() {
            continue;
        }
        let admitted = match &boundary {
            Some(boundary) => homes::inside(boundary, &root.path),
            None => std::fs::canonicalize(&root.path).map(drop).map_err(|error| crate::tr!("audit-cannot-follow", path = root.path.display().to_string(), error = error.to_string())),
        };
        if let Err(problem) = admitted {
            audit.roots.push(RootAudit { kind: root.kind, path: root.path, problem: Some(problem), profiles: Vec::new() });
            continue;
        }
        if !root.path.join("profiles.ini").is_file() {
            continue;
        }
        audit.roots.push(audit_root(&root, home, boundary.as_deref(), on));
    }
    audit
}

/// One profile root of `home`; `boundary` is the resolved home that
/// nothing read may lie outside of (another user's), `None` for the
/// current user.
pub fn audit_root(root: &ProfilesRoot, home: &Home, boundary: Option<&Path>, on: Date) -> RootAudit {
    let admit = |dir: &Path| -> Result<(), String> {
        let Some(boundary) = boundary else { return Ok(()) };
        homes::inside(boundary, dir)?;
        let prefs = dir.join("prefs.js");
        if std::fs::symlink_metadata(&prefs).is_ok() { homes::inside(boundary, &prefs) } else { Ok(()) }
    };
    let listing = match thunderbird::list_root_admitting(root, &admit) {
        Ok(listing) => listing,
        Err(error) => return RootAudit { kind: root.kind, path: root.path.clone(), problem: Some(error.to_string()), profiles: Vec::new() },
    };
    let context = ProfileContext { on, decrypt: home.current, boundary, home: Some(&home.path) };
    let profiles = listing.profiles.iter().map(|profile| audit_profile(profile, &context)).collect();
    RootAudit { kind: root.kind, path: root.path.clone(), problem: None, profiles }
}

/// How one profile is looked at.
pub struct ProfileContext<'a> {
    pub on: Date,
    /// The current user's profile: user names in the login store may be
    /// decrypted, and a Primary Password detected.
    pub decrypt: bool,
    /// Nothing outside this (resolved) directory is read.
    pub boundary: Option<&'a Path>,
    /// The home the profile is in, where Flatpak's Thunderbird may live.
    pub home: Option<&'a Path>,
}

/// One profile, judged for `context.on`.
pub fn audit_profile(profile: &ProfileInfo, context: &ProfileContext<'_>) -> ProfileAudit {
    let mut problems: Vec<String> = profile.prefs_problem.iter().cloned().collect();
    let dir = &profile.path;
    let readable = |name: &str| -> Result<bool, String> {
        let path = dir.join(name);
        if std::fs::symlink_metadata(&path).is_err() {
            return Ok(false);
        }
        match context.boundary {
            Some(boundary) => homes::inside(boundary, &path).map(|()| true),
            None => Ok(true),
        }
    };
    let mut audit = ProfileAudit {
        name: profile.name.clone(),
        path: profile.path.clone(),
        is_default: profile.is_default,
        last_version: None,
        running: None,
        user_js_overrides: Vec::new(),
        primary_password: None,
        problems: Vec::new(),
        accounts: Vec::new(),
    };
    // A profile outside the home was refused when listed: nothing of it is
    // read, not even its lock.
    if let Some(boundary) = context.boundary
        && homes::inside(boundary, dir).is_err()
    {
        audit.problems = problems;
        return audit;
    }
    let running = dir.is_dir().then(|| thunderbird::is_profile_in_use(dir).ok()).flatten();
    let last_version = if admitted(readable("compatibility.ini"), &mut problems) { thunderbird::facts::last_version(dir) } else { None };
    let user_js_overrides = if admitted(readable("user.js"), &mut problems) {
        thunderbird::facts::user_js_account_overrides(dir).unwrap_or_else(|error| {
            problems.push(format!("user.js: {error}"));
            Vec::new()
        })
    } else {
        Vec::new()
    };
    let store = if admitted(readable("logins.json"), &mut problems) {
        thunderbird::facts::login_store(dir).unwrap_or_else(|error| {
            problems.push(error.to_string());
            None
        })
    } else {
        None
    };
    let oauth_origins = oauth_origins(&profile.accounts);
    let mut primary_password = None;
    let mut users: Option<Vec<SavedSignInUse>> = None;
    if context.decrypt {
        let nss_dirs = nss_dirs(dir, context.home);
        if let Some(store) = &store
            && !oauth_origins.is_empty()
        {
            match handoff::saved_sign_in_users(dir, store, &oauth_origins, &nss_dirs) {
                Ok(found) => users = Some(found),
                Err(ThunderbirdError::PrimaryPassword { .. }) => primary_password = Some(true),
                // Without Thunderbird's NSS the entries are judged by their dates alone.
                Err(_) => {}
            }
        }
        if primary_password.is_none() && !profile.accounts.is_empty() {
            primary_password = handoff::has_primary_password(dir, &nss_dirs).ok();
        }
    }
    let accounts = profile
        .accounts
        .iter()
        .map(|account| {
            let saved = saved_sign_in(account, store.as_ref(), users.as_deref(), context.on);
            judge(account, saved, context.on)
        })
        .collect();
    ProfileAudit { last_version, running, user_js_overrides, primary_password, problems, accounts, ..audit }
}

/// True when the file is there and may be read; a refusal becomes one of
/// the profile's problems.
fn admitted(result: Result<bool, String>, problems: &mut Vec<String>) -> bool {
    result.unwrap_or_else(|problem| {
        problems.push(problem);
        false
    })
}

fn nss_dirs(profile: &Path, home: Option<&Path>) -> Vec<PathBuf> {
    thunderbird::nss::candidate_dirs(profile, &thunderbird::detect_install_dirs(), home)
}

/// `oauth://<issuer>` for each issuer an OAuth2 account of the profile
/// signs in at.
fn oauth_origins(accounts: &[AccountInfo]) -> Vec<String> {
    let mut origins: Vec<String> = accounts.iter().filter(|account| account.uses_oauth2()).filter_map(origin_of).collect();
    origins.sort();
    origins.dedup();
    origins
}

fn origin_of(account: &AccountInfo) -> Option<String> {
    provider::thunderbird_oauth_issuer(&provider::canonical_host(&account.incoming_host)).map(|issuer| format!("oauth://{issuer}"))
}

/// Days a saved sign-in at `origin` may lie unused, where the provider
/// says.
fn idle_days(origin: &str) -> Option<i64> {
    match provider::oauth_provider_of_host(origin.trim_start_matches("oauth://")) {
        Some(OAuthProvider::Microsoft) => Some(deadlines::MICROSOFT_SIGN_IN_IDLE_DAYS),
        Some(OAuthProvider::Google) => Some(deadlines::GOOGLE_SIGN_IN_IDLE_DAYS),
        None => None,
    }
}

fn day_of_ms(ms: u64) -> Option<Date> {
    let seconds = i64::try_from(ms / 1000).ok()?;
    time::OffsetDateTime::from_unix_timestamp(seconds).ok().map(|moment| moment.date())
}

fn expired(origin: &str, last_used_ms: Option<u64>, on: Date) -> bool {
    match (idle_days(origin), last_used_ms.and_then(day_of_ms)) {
        (Some(days), Some(used)) => (on - used).whole_days() > days,
        _ => false,
    }
}

/// The saved sign-in of an OAuth2 account, with the day it was last used.
fn saved_sign_in(account: &AccountInfo, store: Option<&LoginStore>, users: Option<&[SavedSignInUse]>, on: Date) -> (SavedSignIn, Option<Date>) {
    if !account.uses_oauth2() {
        return (SavedSignIn::NotNeeded, None);
    }
    let Some(origin) = origin_of(account) else { return (SavedSignIn::NotNeeded, None) };
    let entries = store.map(|store| store.with_origin(&origin)).unwrap_or_default();
    if entries.is_empty() {
        return (SavedSignIn::Missing, None);
    }
    let user = account.incoming_user_name.as_deref().unwrap_or_default();
    match users {
        Some(users) => {
            let Some(found) = users.iter().find(|saved| saved.origin.eq_ignore_ascii_case(&origin) && saved.user_name == user) else {
                return (SavedSignIn::Missing, None);
            };
            let used = found.last_used_ms.and_then(day_of_ms);
            if expired(&origin, found.last_used_ms, on) { (SavedSignIn::Expired, used) } else { (SavedSignIn::Found, used) }
        }
        None if entries.iter().all(|entry| expired(&origin, entry.last_used_ms, on)) => {
            (SavedSignIn::Expired, entries.iter().filter_map(|entry| entry.last_used_ms.and_then(day_of_ms)).max())
        }
        None => (SavedSignIn::NotChecked, None),
    }
}

/// Who hosts an account, as far as its server names tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Host {
    Microsoft365,
    OutlookCom,
    Google,
    Yahoo,
    Aol,
    /// Another provider in Thunderbird's OAuth table (Fastmail, Comcast…).
    OtherOAuth,
    Unknown,
}

impl Host {
    /// By the incoming server's name, and the address for Outlook.com.
    fn of(account: &AccountInfo) -> Host {
        let domain = account.address().and_then(|address| address.rsplit_once('@')).map(|(_, domain)| domain).unwrap_or_default();
        Host::of_server(&account.incoming_host, domain)
    }

    fn of_server(server: &str, domain: &str) -> Host {
        let host = provider::canonical_host(server);
        match provider::oauth_provider_of_host(&host) {
            Some(OAuthProvider::Microsoft) if provider::is_microsoft_consumer(domain) => Host::OutlookCom,
            Some(OAuthProvider::Microsoft) => Host::Microsoft365,
            Some(OAuthProvider::Google) => Host::Google,
            None => match provider::thunderbird_oauth_issuer(&host) {
                Some("login.yahoo.com") => Host::Yahoo,
                Some("login.aol.com") => Host::Aol,
                Some(_) => Host::OtherOAuth,
                None => Host::Unknown,
            },
        }
    }

    fn words(self) -> Option<&'static str> {
        match self {
            Host::Microsoft365 => Some("Microsoft 365"),
            Host::OutlookCom => Some("Outlook.com"),
            Host::Google => Some("Gmail"),
            Host::Yahoo => Some("Yahoo"),
            Host::Aol => Some("AOL"),
            Host::OtherOAuth | Host::Unknown => None,
        }
    }

    fn fix(self) -> Option<OAuthProvider> {
        match self {
            Host::Microsoft365 | Host::OutlookCom => Some(OAuthProvider::Microsoft),
            Host::Google => Some(OAuthProvider::Google),
            _ => None,
        }
    }
}

/// The account's state on `on`, in words (the current language's), with
/// what to do.
pub fn judge(account: &AccountInfo, (saved, last_used): (SavedSignIn, Option<Date>), on: Date) -> AccountAudit {
    use crate::tr;
    use deadlines::spoken;
    let host = Host::of(account);
    let mut audit = AccountAudit {
        account: account.clone(),
        state: AccountState::NothingToDo,
        needs_action: false,
        provider: host.words().map(str::to_owned),
        saved_sign_in: saved,
        saved_sign_in_last_used: last_used.map(iso),
        summary: String::new(),
        what_to_do: String::new(),
        deadline: None,
        fix: None,
    };
    // Messages select on "none" where no provider's name is known.
    let provider_name = host.words().unwrap_or("none");
    let kind = account.incoming_type.as_str();
    if kind == "ews" {
        if matches!(host, Host::Microsoft365 | Host::OutlookCom) || account.incoming_host.to_ascii_lowercase().contains("office365") {
            audit.state = AccountState::EwsMicrosoft365;
            audit.provider = Some("Microsoft 365".to_owned());
            let (blocked, removed) = (spoken(deadlines::MICROSOFT_365_EWS_BLOCKED), spoken(deadlines::MICROSOFT_365_EWS_REMOVED));
            audit.summary = if on < deadlines::MICROSOFT_365_EWS_BLOCKED {
                tr!("audit-ews-before", blocked = blocked)
            } else if on < deadlines::MICROSOFT_365_EWS_REMOVED {
                tr!("audit-ews-blocked", blocked = blocked, removed = removed)
            } else {
                tr!("audit-ews-gone", removed = removed)
            };
            audit.deadline = Some(iso(if on < deadlines::MICROSOFT_365_EWS_BLOCKED { deadlines::MICROSOFT_365_EWS_BLOCKED } else { deadlines::MICROSOFT_365_EWS_REMOVED }));
            audit.what_to_do = tr!("audit-ews-what-to-do");
        } else {
            audit.summary = tr!("audit-ews-elsewhere");
        }
        audit.needs_action = audit.state.needs_action();
        return audit;
    }
    if !matches!(kind, "imap" | "pop3") {
        audit.summary = tr!("audit-not-mail");
        return audit;
    }
    let incoming_password = is_password(account.incoming_auth_method);
    // A password for a relay elsewhere (a campus smart host) is not this
    // provider's to refuse.
    let smtp_password = account.smtp_host.as_deref().is_some_and(|smtp| !matches!(Host::of_server(smtp, ""), Host::Unknown | Host::OtherOAuth))
        && account.smtp_auth_method.is_some_and(is_password);
    match host {
        Host::Microsoft365 if incoming_password || smtp_password => {
            audit.state = AccountState::PasswordMicrosoft365;
            let before = on < deadlines::MICROSOFT_365_PASSWORD_SENDING_OFF;
            let date = spoken(deadlines::MICROSOFT_365_PASSWORD_SENDING_OFF);
            audit.summary = match (incoming_password, smtp_password, before) {
                (true, true, true) => tr!("audit-m365-both-before", date = date),
                (true, true, false) => tr!("audit-m365-both-after", date = date),
                (true, false, _) => tr!("audit-m365-receiving"),
                (false, _, true) => tr!("audit-m365-sending-before", date = date),
                (false, _, false) => tr!("audit-m365-sending-after", date = date),
            };
            if smtp_password && before {
                audit.deadline = Some(iso(deadlines::MICROSOFT_365_PASSWORD_SENDING_OFF));
            }
            audit.what_to_do = tr!("audit-fix", provider = "Microsoft");
            audit.fix = host.fix();
        }
        Host::OutlookCom | Host::Google | Host::Yahoo | Host::Aol if incoming_password || smtp_password => {
            audit.state = AccountState::PasswordRefused;
            audit.summary = match host {
                Host::OutlookCom => tr!("audit-outlook-com-password", date = spoken(deadlines::OUTLOOK_COM_PASSWORD_OFF)),
                Host::Google => tr!("audit-gmail-password", date = spoken(deadlines::GOOGLE_PASSWORD_OFF)),
                _ => tr!("audit-other-password-refused", provider = provider_name),
            };
            audit.fix = host.fix();
            audit.what_to_do = match host.fix() {
                Some(provider) => tr!("audit-fix", provider = provider.as_str()),
                None => tr!("audit-switch-in-thunderbird", provider = provider_name),
            };
        }
        Host::Unknown if !account.uses_oauth2() => {
            audit.state = AccountState::UnknownProvider;
            audit.summary = tr!("audit-unknown-password", server = account.incoming_host.as_str());
            audit.what_to_do = tr!("audit-unknown-what-to-do");
        }
        _ if account.uses_oauth2() => {
            let used = last_used.map_or_else(|| "none".to_owned(), spoken);
            // Only a Microsoft sign-in can be handed to Thunderbird (its own
            // registration); elsewhere Thunderbird asks by itself, once.
            let hand_off = host.fix().filter(|provider| *provider == OAuthProvider::Microsoft);
            let sign_in_again = match hand_off {
                Some(provider) => tr!("audit-hand-off", provider = provider.as_str()),
                None => tr!("audit-sign-in-in-thunderbird", provider = provider_name),
            };
            (audit.state, audit.summary, audit.what_to_do) = match saved {
                SavedSignIn::Missing => (AccountState::SignInMissing, tr!("audit-signed-out-missing", provider = provider_name), sign_in_again),
                SavedSignIn::Expired => (AccountState::SignInExpired, tr!("audit-signed-out-expired", last_used = used), sign_in_again),
                SavedSignIn::NotChecked => (AccountState::Works, tr!("audit-works-not-checked", provider = provider_name), String::new()),
                _ => (AccountState::Works, tr!("audit-works", provider = provider_name, last_used = used), String::new()),
            };
            if audit.state != AccountState::Works {
                audit.fix = hand_off;
            }
        }
        _ => {
            audit.summary = tr!("audit-password-still-taken", provider = host.words().unwrap_or(&account.incoming_host));
        }
    }
    audit.needs_action = audit.state.needs_action();
    audit
}

/// Thunderbird's password methods (`nsMsgAuthMethod` 2 to 4; 3 when unset).
fn is_password(method: i32) -> bool {
    (2..=4).contains(&method)
}
