//! Adding an account to a profile's `prefs.js`.

use super::accounts::{self, AccountSettings, AddResult, WriteAction, WriteOutcome};
use super::files::{PREFS_JS_LIMIT, Symlinks, parse_prefs, read_limited};
use super::prefs::PrefsFile;
use super::transaction::ProfileChange;
use super::{AccountField, ThunderbirdError, migrate};
use std::path::Path;

/// Adds `account` to the profile in `profile_dir`.
///
/// Steps, each of which stops with an error before anything is changed:
/// 1. check the settings;
/// 2. take the profile lock ([`ThunderbirdError::ProfileInUse`] if
///    Thunderbird holds it), and keep it until we are done, so Thunderbird
///    cannot start halfway;
/// 3. read and parse `prefs.js` (a missing file is fine: a new one starts
///    with Thunderbird's header);
/// 4. if a listed IMAP account for the same host and user exists, return
///    [`WriteAction::AlreadyPresent`] and write nothing, or, when it still
///    signs in with a password, move it to OAuth2 in place;
/// 5. back up and replace the files, all or nothing (see
///    [`super::transaction`]): the backup of `prefs.js` is
///    `mailsetup-backups/prefs-YYYYMMDDTHHMMSSZ.js` (made unique).
pub fn write_account(profile_dir: &Path, account: &AccountSettings) -> Result<WriteOutcome, ThunderbirdError> {
    accounts::validate(account)?;
    let mut change = ProfileChange::begin(profile_dir)?;

    let prefs_path = profile_dir.join("prefs.js");
    let original = read_limited(&prefs_path, PREFS_JS_LIMIT, Symlinks::Follow)?;
    let mut prefs = match &original {
        Some(bytes) => parse_prefs(&prefs_path, bytes)?,
        None => PrefsFile::new_with_header(),
    };

    let (account_key, action) = match accounts::add_account(&mut prefs, account)? {
        AddResult::AlreadyPresent { account_key } => {
            // The same server and user: update it in place (to OAuth2, with
            // its mail kept) rather than adding a second one.
            let target = account.uses_oauth2().then(|| migrate::target_for_settings(account)).flatten();
            let plan = match &target {
                Some(target) => Some(migrate::plan_migration(profile_dir, &prefs, &account_key, target, Some(&account.email))?),
                None => None,
            };
            match plan {
                Some(plan) if !plan.changes.is_empty() => {
                    migrate::apply_changes(&mut prefs, &plan)?;
                    (account_key, WriteAction::Updated)
                }
                _ => {
                    tracing::info!(account_key, "Thunderbird already has this account; prefs.js left as it was");
                    return Ok(WriteOutcome {
                        profile_dir: profile_dir.to_owned(),
                        account_key,
                        action: WriteAction::AlreadyPresent,
                        backup: None,
                    });
                }
            }
        }
        AddResult::Added { account_key } => (account_key, WriteAction::Added),
    };

    change.replace(&prefs_path, "prefs", "js", original, prefs.render().into_bytes());
    let backup = change.commit()?.into_iter().next();
    tracing::info!(account_key, backup = ?backup, "account written to Thunderbird's prefs.js");
    Ok(WriteOutcome { profile_dir: profile_dir.to_owned(), account_key, action, backup })
}

/// What [`add_identity`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdentityAction {
    /// A new identity was added to the account, under this key (`id3`).
    Added { identity_key: String },
    /// The account already sends as this address; nothing was written.
    AlreadyPresent { identity_key: String },
}

/// Adds an identity for `alias` (another address of the same mailbox, such
/// as `sales@` on Alice's own mailbox) to the account `account_key`, as
/// Thunderbird's "Manage Identities…" would: the name recipients see, the
/// account's outgoing server and its Sent, Drafts and Templates folders.
/// The account's servers and sign-in are not touched. The same lock,
/// backup and all-or-nothing write as [`write_account`].
pub fn add_identity(profile_dir: &Path, account_key: &str, alias: &str, display_name: &str) -> Result<(IdentityAction, Option<std::path::PathBuf>), ThunderbirdError> {
    let invalid = |problem: String| ThunderbirdError::InvalidAccount { field: AccountField::Identity, problem };
    let alias = alias.trim();
    if !alias.contains('@') || alias.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid(crate::tr!("tb-identity-not-an-address", alias = format!("{alias:?}"))));
    }
    if display_name.contains('\0') {
        return Err(invalid(crate::tr!("tb-identity-name-nul")));
    }
    let mut change = ProfileChange::begin(profile_dir)?;
    let prefs_path = profile_dir.join("prefs.js");
    let original = read_limited(&prefs_path, PREFS_JS_LIMIT, Symlinks::Follow)?;
    let Some(bytes) = &original else {
        return Err(invalid(crate::tr!("tb-identity-no-prefs")));
    };
    let mut prefs = parse_prefs(&prefs_path, bytes)?;
    let identities_pref = format!("mail.account.{account_key}.identities");
    let identities = accounts::comma_list(prefs.get_str(&identities_pref));
    let Some(first) = identities.first().cloned() else {
        return Err(invalid(crate::tr!("tb-identity-no-such-account", account = account_key)));
    };
    let identity = |key: &str, name: &str| format!("mail.identity.{key}.{name}");
    if let Some(existing) = identities.iter().find(|key| prefs.get_str(&identity(key, "useremail")).is_some_and(|email| email.eq_ignore_ascii_case(alias))) {
        return Ok((IdentityAction::AlreadyPresent { identity_key: existing.clone() }, None));
    }
    let identity_key = accounts::unused_identity_key(&prefs);
    let mut new_prefs: Vec<(String, super::prefs::PrefValue)> = vec![
        (identity(&identity_key, "useremail"), alias.to_owned().into()),
        (identity(&identity_key, "fullName"), display_name.to_owned().into()),
        (identity(&identity_key, "valid"), true.into()),
    ];
    // Sent mail, drafts and templates go where the account's own go, and it
    // sends through the same server (signed in as the mailbox, not the alias).
    for name in ["smtpServer", "reply_on_top", "fcc_folder", "fcc_folder_picker_mode", "draft_folder", "drafts_folder_picker_mode", "stationery_folder", "tmpl_folder_picker_mode"] {
        if let Some(value) = prefs.get(&identity(&first, name)).cloned() {
            new_prefs.push((identity(&identity_key, name), value));
        }
    }
    let mut all = identities.clone();
    all.push(identity_key.clone());
    new_prefs.push((identities_pref, all.join(",").into()));
    for (name, value) in new_prefs {
        prefs.set(&name, value).map_err(|refused| invalid(super::unwritable_words(&refused)))?;
    }
    change.replace(&prefs_path, "prefs", "js", original, prefs.render().into_bytes());
    let backup = change.commit()?.into_iter().next();
    tracing::info!(account_key, identity_key, "identity added to Thunderbird's prefs.js");
    Ok((IdentityAction::Added { identity_key }, backup))
}
