//! Adding an account to a profile's `prefs.js`.

use super::accounts::{self, AccountSettings, AddResult, WriteAction, WriteOutcome};
use super::files::{PREFS_JS_LIMIT, Symlinks, parse_prefs, read_limited};
use super::prefs::PrefsFile;
use super::transaction::ProfileChange;
use super::{ThunderbirdError, migrate};
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
