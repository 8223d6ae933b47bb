//! Thunderbird profiles: find them, create one, and write a mail account
//! into one.
//!
//! The account lives entirely in `prefs.js` (`mail.accountmanager.*`,
//! `mail.account.*`, `mail.server.*`, `mail.identity.*`, `mail.smtpserver*`,
//! `mail.smtp.defaultserver`). Thunderbird fills in directories, the Local
//! Folders account and `mail.root.*` itself on its next start.
//!
//! The sequence a caller follows:
//! 1. [`profiles_root`] and [`choose_profile`] (or the shortcut
//!    [`default_or_new_profile`]) pick the profile Thunderbird will open;
//!    [`list_profiles`] shows what is there.
//! 2. If there is none, [`create_profile`] makes one and registers it in
//!    `profiles.ini` *and* claims it for this installation
//!    (`[Install<hash>]`, see [`install_hash`], plus `installs.ini` and
//!    `compatibility.ini`). Without that claim, a Thunderbird that has never
//!    run ignores the profile and makes its own.
//! 3. [`write_account`] refuses a profile Thunderbird is using (it rewrites
//!    `prefs.js` from memory when it exits), backs `prefs.js` up, and
//!    replaces it atomically with our prefs added and every other byte kept.
//!
//! Intentional omissions:
//! * No `user.js`: it is re-applied on every start, so user edits and even
//!   deleting the account would be undone.
//! * No `oauth2.*` prefs (ignored since Thunderbird 135; 128 derives them
//!   from the hostname), no `directory*`, `mail.root.*` or
//!   `mail.ui-rdf.version` (Thunderbird sets these; writing the last one
//!   would run migrations meant for old profiles).
//! * No tokens: Thunderbird refreshes with its own client id, so it asks the
//!   user to sign in once on its first start.
//! * Snap and Flatpak installs keep profiles elsewhere; [`find_profile_roots`]
//!   lists them, but new profiles are only created in the platform's own root.

mod accounts;
mod backups;
pub mod export;
mod install_hash;
mod lock;
mod migrate;
pub mod prefs;
mod profiles;
mod write;

pub use accounts::{AccountInfo, AccountSettings, AccountStatus, OAuthProvider, SocketType, WriteAction, WriteOutcome};
pub use migrate::{
    MigrationOutcome, MigrationPlan, MigrationTarget, PrefChange, migrate_account, offline_candidates, plan_migration,
};
pub use backups::{BackupInfo, RestoreOutcome, list_backups, restore_backup};
pub use install_hash::install_hash;
pub use lock::{ProfileLock, is_profile_in_use};
pub use profiles::{
    INSTALL_DIR_OVERRIDE_ENV, InstallInfo, ProfileChoice, ProfileInfo, ProfilesRoot, RootListing, choose_profile,
    find_profile_roots, list_root, profile_roots_in, choose_profile_for_install, create_profile,
    default_or_new_profile, detect_install_dir, detect_install_dirs, list_profiles, list_profiles_for_install,
    profiles_root,
};
pub use write::{BACKUP_DIR_NAME, read_profile_prefs, write_account};
#[cfg(feature = "failpoints")]
pub use write::FAILPOINT_ENV;

/// The mail accounts of a parsed `prefs.js` (Local Folders left out), as
/// `mailsetup profiles` shows them.
pub fn profile_accounts(prefs: &prefs::PrefsFile) -> Vec<AccountInfo> {
    accounts::read_accounts(prefs)
}

use std::path::PathBuf;

/// What went wrong while reading or writing Thunderbird's files.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ThunderbirdError {
    /// Thunderbird holds the profile lock.
    #[error("Thunderbird is using the profile {profile}; close Thunderbird and try again")]
    ProfileInUse { profile: PathBuf },

    /// The lock files could not be examined at all.
    #[error(
        "cannot tell whether Thunderbird is using the profile {profile}: {source}; close Thunderbird and try again"
    )]
    LockCheckFailed { profile: PathBuf, source: std::io::Error },

    /// `prefs.js` is not something we can safely edit.
    #[error(
        "{path}, line {line}: {message}; fix or remove that line (Thunderbird skips it too), or start and close Thunderbird once so that it rewrites the file"
    )]
    PrefsSyntax { path: PathBuf, line: u32, message: String },

    /// `profiles.ini` or `installs.ini` could not be parsed.
    #[error("{path} is not a valid INI file: {message}; fix it or move it aside so that Thunderbird recreates it")]
    ProfilesIni { path: PathBuf, message: String },

    /// A file operation failed.
    #[error("cannot {action} {path}: {source}; check that the path exists and that you may read and write there")]
    Io { action: &'static str, path: PathBuf, source: std::io::Error },

    /// No home directory, so no profiles root.
    #[error("cannot find your home directory; set HOME")]
    NoHomeDirectory,

    /// A profile directory that should exist does not.
    #[error("there is no Thunderbird profile directory at {path}; check the path (a profile directory holds prefs.js)")]
    ProfileNotFound { path: PathBuf },

    /// Several profiles and no way to tell which one Thunderbird opens.
    #[error("{root} has several Thunderbird profiles ({}) and none is the default; choose one of them explicitly", names.join(", "))]
    NoDefaultProfile { root: PathBuf, names: Vec<String> },

    /// The account settings cannot be written as they are.
    #[error("the account's {field} {problem}; check the account settings")]
    InvalidAccount { field: &'static str, problem: String },
}

impl ThunderbirdError {
    /// A stable, kebab-case id for this kind of failure, for reports and the
    /// knowledge base.
    pub fn diagnosis_id(&self) -> &'static str {
        match self {
            ThunderbirdError::ProfileInUse { .. } => "tb-profile-locked",
            ThunderbirdError::LockCheckFailed { .. } => "tb-lock-check-failed",
            ThunderbirdError::PrefsSyntax { .. } => "tb-prefs-unreadable",
            ThunderbirdError::ProfilesIni { .. } => "tb-profiles-ini-unreadable",
            ThunderbirdError::Io { .. } => "tb-file-error",
            ThunderbirdError::NoHomeDirectory => "tb-no-home",
            ThunderbirdError::ProfileNotFound { .. } => "tb-profile-missing",
            ThunderbirdError::NoDefaultProfile { .. } => "tb-profile-ambiguous",
            ThunderbirdError::InvalidAccount { .. } => "tb-invalid-account",
        }
    }
}

/// Shorthand for [`ThunderbirdError::Io`].
fn io_error(action: &'static str, path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> ThunderbirdError {
    let path = path.into();
    move |source| ThunderbirdError::Io { action, path, source }
}
