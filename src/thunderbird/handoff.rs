//! Handing the sign-in to Thunderbird: the refresh token goes into the
//! profile's login store in the entry Thunderbird looks up, so Thunderbird
//! starts signed in (thunderbird.md §2.4, §2.5).
//!
//! Thunderbird finds the entry by origin `oauth://<issuer>`, by the server's
//! user name, and by a realm whose scopes cover the ones it needs, and it
//! takes the first match in file order: so an older entry for the same
//! origin and user is replaced in place, never shadowed by a second one.
//!
//! NSS never touches the profile itself: the key store is copied to a
//! private directory, NSS opens and (for a new profile) creates it there,
//! and the result goes into the profile through [`ProfileChange`] with the
//! new `logins.json`: under the profile lock, backed up, all or nothing.
//! The caller decides whether the token may be handed over at all (only
//! one minted for Thunderbird's own registration: `flow`).

use super::files::{LOGINS_JSON_LIMIT, NSS_DB_LIMIT, Symlinks, read_limited, read_limited_text};
use super::logins::{LOGINS_JSON, LoginStore, NewOAuthLogin, Put, new_guid};
use super::nss::{NssError, NssSession};
use super::transaction::ProfileChange;
use super::{AccountField, FileAction, ThunderbirdError, io_error};
use crate::secret::Secret;
use std::path::{Path, PathBuf};

/// NSS's files in a profile: the key store, the certificate store and the
/// module list. NSS creates all three in an empty directory.
const NSS_FILES: [&str; 3] = ["key4.db", "cert9.db", "pkcs11.txt"];

/// Thunderbird's pref for Gecko's newer login store (`logins.db`).
const RUST_STORE_ACTIVE_PREF: &str = "signon.storage.rust.active";

/// What to hand over, and where.
pub struct HandOff<'a> {
    pub profile_dir: &'a Path,
    /// The account in `prefs.js` (e.g. `account1`) whose servers sign in
    /// with the token.
    pub account_key: &'a str,
    /// `oauth://login.microsoftonline.com`.
    pub origin: &'a str,
    /// The space-separated scopes the token was granted.
    pub realm: &'a str,
    pub refresh_token: &'a Secret,
    /// The Thunderbird installations whose NSS may be used, most likely
    /// first ([`super::nss::candidate_dirs`]).
    pub nss_dirs: &'a [PathBuf],
}

/// What the hand-off did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandOffOutcome {
    /// Each server user name the account uses, and whether its entry was
    /// replaced or added.
    pub entries: Vec<(String, Put)>,
    /// The NSS used (the Thunderbird install's directory).
    pub nss_dir: PathBuf,
    /// True when the profile had no key store and got one.
    pub created_key_store: bool,
    /// The backups of every file replaced.
    pub backups: Vec<PathBuf>,
}

/// Puts the sign-in into the profile. On any refusal or error the profile
/// is as it was.
pub fn hand_off(request: &HandOff<'_>) -> Result<HandOffOutcome, ThunderbirdError> {
    let profile = request.profile_dir;
    let mut change = ProfileChange::begin(profile)?;
    let prefs = super::files::read_profile_prefs(profile)?.ok_or_else(|| ThunderbirdError::ProfileNotFound { path: profile.join("prefs.js") })?;
    if prefs.get_bool(RUST_STORE_ACTIVE_PREF) == Some(true) {
        return Err(ThunderbirdError::LoginsElsewhere { profile: profile.to_owned() });
    }
    let user_names = server_user_names(&prefs, request.account_key)?;

    let logins_path = profile.join(LOGINS_JSON);
    let logins_before = read_limited_text(&logins_path, LOGINS_JSON_LIMIT)?;
    let mut store = match &logins_before {
        Some(text) => LoginStore::parse(&logins_path, text)?,
        None => LoginStore::empty(),
    };

    let (scratch, nss_before) = copy_key_store(profile)?;
    let (session, nss_dir) = open_key_store(profile, scratch.path(), request.nss_dirs)?;
    let entries = put_entries(&session, &mut store, request, &user_names)?;
    // NSS shuts down, which flushes the key store.
    drop(session);

    let mut created_key_store = false;
    for (name, original) in nss_before {
        let staged = read_limited(&scratch.path().join(name), NSS_DB_LIMIT, Symlinks::Refuse)?;
        match staged {
            Some(bytes) if original.as_deref() != Some(bytes.as_slice()) => {
                created_key_store |= name == "key4.db" && original.is_none();
                let (stem, extension) = name.split_once('.').unwrap_or((name, ""));
                change.replace(&profile.join(name), stem, extension, original, bytes);
            }
            _ => {}
        }
    }
    // The login store last: it is useless without the key that reads it.
    change.replace(&logins_path, "logins", "json", logins_before.map(String::into_bytes), store.to_text().into_bytes());
    let backups = change.commit()?;
    Ok(HandOffOutcome { entries, nss_dir, created_key_store, backups })
}

fn put_entries(session: &NssSession, store: &mut LoginStore, request: &HandOff<'_>, user_names: &[String]) -> Result<Vec<(String, Put)>, ThunderbirdError> {
    let now_ms = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |since| u64::try_from(since.as_millis()).unwrap_or(u64::MAX));
    let mut entries = Vec::new();
    for user in user_names {
        // Entries whose user name will not decrypt are someone else's:
        // leave them, and add ours.
        let older = store
            .with_origin(request.origin)
            .into_iter()
            .find(|login| session.decrypt(&login.encrypted_username).is_ok_and(|name| name.expose() == user.as_str()))
            .map(|login| login.index);
        let login = NewOAuthLogin {
            origin: request.origin,
            realm: request.realm,
            encrypted_username: session.encrypt(user.as_bytes()).map_err(ThunderbirdError::Nss)?,
            encrypted_password: session.encrypt(request.refresh_token.expose().as_bytes()).map_err(ThunderbirdError::Nss)?,
            now_ms,
            guid: new_guid(),
        };
        entries.push((user.clone(), store.put_oauth(login, older)));
    }
    Ok(entries)
}

/// The user names the account's incoming server and its SMTP server sign
/// in with, each once, exactly as written (Thunderbird compares them
/// case-sensitively).
fn server_user_names(prefs: &super::prefs::PrefsFile, account_key: &str) -> Result<Vec<String>, ThunderbirdError> {
    let account = super::profile_accounts(prefs).into_iter().find(|account| account.account_key == account_key).ok_or_else(|| {
        ThunderbirdError::InvalidAccount { field: AccountField::Account, problem: crate::tr!("tb-invalid-account-not-in-profile", account = account_key) }
    })?;
    let mut names = Vec::new();
    if let Some(name) = account.incoming_user_name.filter(|name| !name.is_empty()) {
        names.push(name);
    }
    if let Some(key) = &account.smtp_key
        && let Some(name) = prefs.get_str(&format!("mail.smtpserver.{key}.username")).filter(|name| !name.is_empty())
        && !names.iter().any(|known| known == name)
    {
        names.push(name.to_owned());
    }
    if names.is_empty() {
        return Err(ThunderbirdError::InvalidAccount { field: AccountField::UserName, problem: crate::tr!("tb-invalid-user-name-not-set") });
    }
    Ok(names)
}

/// Reads the OAuth sign-ins Thunderbird saved for `origin`: each user
/// name with its refresh token, decrypted with the profile's key store
/// (`doctor`). Reads a copy, so NSS never writes the profile.
pub fn saved_sign_ins(profile: &Path, origin: &str, nss_dirs: &[PathBuf]) -> Result<Vec<SavedSignIn>, ThunderbirdError> {
    let logins_path = profile.join(LOGINS_JSON);
    let Some(text) = read_limited_text(&logins_path, LOGINS_JSON_LIMIT)? else { return Ok(Vec::new()) };
    let store = LoginStore::parse(&logins_path, &text)?;
    let logins = store.with_origin(origin);
    if logins.is_empty() {
        return Ok(Vec::new());
    }
    let (scratch, _) = copy_key_store(profile)?;
    let (session, _) = open_key_store(profile, scratch.path(), nss_dirs)?;
    let mut found = Vec::new();
    for login in logins {
        let user = session.decrypt(&login.encrypted_username).map_err(ThunderbirdError::Nss)?;
        let refresh_token = session.decrypt(&login.encrypted_password).map_err(ThunderbirdError::Nss)?;
        found.push(SavedSignIn { user_name: user.expose().to_owned(), realm: login.realm.unwrap_or_default(), refresh_token });
    }
    Ok(found)
}

/// Who each OAuth sign-in Thunderbird saved belongs to, and when it was
/// last used, for `audit`: only the user names are decrypted, never a
/// token. Reads a copy of the key store, so NSS never writes the profile.
/// `Err(PrimaryPassword)` when a Primary Password locks the store.
pub fn saved_sign_in_users(profile: &Path, store: &LoginStore, origins: &[String], nss_dirs: &[PathBuf]) -> Result<Vec<SavedSignInUse>, ThunderbirdError> {
    let logins: Vec<_> = origins.iter().flat_map(|origin| store.with_origin(origin)).collect();
    if logins.is_empty() {
        return Ok(Vec::new());
    }
    let (scratch, _) = copy_key_store(profile)?;
    let (session, _) = open_key_store(profile, scratch.path(), nss_dirs)?;
    logins
        .into_iter()
        .map(|login| {
            let user = session.decrypt(&login.encrypted_username).map_err(ThunderbirdError::Nss)?;
            Ok(SavedSignInUse { origin: login.origin, user_name: user.expose().to_owned(), last_used_ms: login.last_used_ms })
        })
        .collect()
}

/// True when a Primary Password protects the profile's key store (then
/// nothing can be handed to Thunderbird without it); false without a key
/// store. Opens a copy, so NSS never writes the profile.
pub fn has_primary_password(profile: &Path, nss_dirs: &[PathBuf]) -> Result<bool, ThunderbirdError> {
    if read_limited(&profile.join("key4.db"), NSS_DB_LIMIT, Symlinks::Refuse)?.is_none() {
        return Ok(false);
    }
    let (scratch, _) = copy_key_store(profile)?;
    match open_key_store(profile, scratch.path(), nss_dirs) {
        Ok(_) => Ok(false),
        Err(ThunderbirdError::PrimaryPassword { .. }) => Ok(true),
        Err(other) => Err(other),
    }
}

/// The clear facts of one saved OAuth sign-in, with its user name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedSignInUse {
    pub origin: String,
    pub user_name: String,
    pub last_used_ms: Option<u64>,
}

/// One OAuth sign-in Thunderbird saved.
#[derive(Debug)]
pub struct SavedSignIn {
    pub user_name: String,
    pub realm: String,
    pub refresh_token: Secret,
}

/// Each NSS file of a profile as it was (`None`: the profile has none).
type KeyStoreFiles = Vec<(&'static str, Option<Vec<u8>>)>;

/// The profile's NSS files copied into a private directory, and each as it
/// was.
fn copy_key_store(profile: &Path) -> Result<(tempfile::TempDir, KeyStoreFiles), ThunderbirdError> {
    let scratch = tempfile::tempdir().map_err(io_error(FileAction::CreatePrivateDirectory, std::env::temp_dir()))?;
    let mut originals = Vec::new();
    for name in NSS_FILES {
        let original = read_limited(&profile.join(name), NSS_DB_LIMIT, Symlinks::Refuse)?;
        if let Some(bytes) = &original {
            std::fs::write(scratch.path().join(name), bytes).map_err(io_error(FileAction::Copy, scratch.path().join(name)))?;
        }
        originals.push((name, original));
    }
    Ok((scratch, originals))
}

/// The copied key store open in the first usable NSS of `nss_dirs`.
fn open_key_store(profile: &Path, copy: &Path, nss_dirs: &[PathBuf]) -> Result<(NssSession, PathBuf), ThunderbirdError> {
    let nss_dir = super::nss::find(nss_dirs).map_err(ThunderbirdError::Nss)?;
    let session = NssSession::open(&nss_dir, copy).map_err(|error| match error {
        NssError::PrimaryPassword => ThunderbirdError::PrimaryPassword { profile: profile.to_owned() },
        other => ThunderbirdError::Nss(other),
    })?;
    Ok((session, nss_dir))
}
