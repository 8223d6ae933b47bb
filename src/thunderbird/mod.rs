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
//! Every change to a profile's files (`write`, `migrate`, `restore`) goes
//! through one module, `transaction`: the lock, the backups, and replacing
//! all files of a change or none. Every file is read through `files`:
//! only regular files, each kind with a size limit ([`PREFS_JS_LIMIT`], …),
//! so a FIFO or a link to a device cannot hang or exhaust mailsetup.
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
pub mod facts;
mod files;
pub mod handoff;
mod install_hash;
mod lock;
pub mod launch;
pub mod logins;
mod migrate;
pub mod nss;
pub mod prefs;
mod profiles;
mod transaction;
mod write;

pub use accounts::{AccountInfo, AccountSettings, AccountStatus, SharedMailbox, SocketType, WriteAction, WriteOutcome};
/// Re-exported: the provider decides, `thunderbird` moves accounts to it.
pub use crate::provider::OAuthProvider;
pub use migrate::{
    MigrationCandidate, MigrationOutcome, MigrationPlan, MigrationTarget, PrefChange, migrate_account,
    migration_candidates, plan_migration,
};
pub use backups::{BackupInfo, RestoreOutcome, list_backups, restore_backup};
pub use install_hash::install_hash;
pub use lock::{ProfileLock, is_profile_in_use};
pub use profiles::{
    AdmitProfile, INSTALL_DIR_OVERRIDE_ENV, InstallInfo, ProfileChoice, ProfileInfo, ProfilesRoot, RootListing, choose_profile,
    find_profile_roots, list_root, list_root_admitting, own_profile_roots, profile_roots_in, choose_profile_for_install, create_profile,
    default_or_new_profile, detect_install_dir, detect_install_dirs, list_profiles, list_profiles_for_install,
    profiles_root, user_home,
};
pub use files::{FILTER_RULES_LIMIT, FileLimit, INI_LIMIT, LOGINS_JSON_LIMIT, PREFS_JS_LIMIT, read_profile_prefs};
pub use transaction::{BACKUP_DIR_NAME, recover_interrupted_change};
#[cfg(feature = "failpoints")]
pub use transaction::FAILPOINT_ENV;
pub use write::{IdentityAction, add_identity, write_account};

/// The mail accounts of a parsed `prefs.js` (Local Folders left out), as
/// `mailsetup profiles` shows them.
pub fn profile_accounts(prefs: &prefs::PrefsFile) -> Vec<AccountInfo> {
    accounts::read_accounts(prefs)
}

use crate::troubleshoot::fault::{Fault, ThunderbirdFault};
use std::path::PathBuf;

/// What went wrong while reading or writing Thunderbird's files.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ThunderbirdError {
    /// Thunderbird holds the profile lock.
    #[error("Thunderbird is using the profile {profile}; close Thunderbird and try again")]
    ProfileInUse { profile: PathBuf },

    /// The profile directory cannot be written: the lock file could not be
    /// created or opened for writing (a read-only file system, or no
    /// permission). Not the same as Thunderbird running.
    #[error(
        "the profile {profile} cannot be written ({source}); it is on a read-only disk or you may not write there: copy it somewhere writable, or ask whoever manages this computer"
    )]
    ReadOnlyProfile { profile: PathBuf, source: std::io::Error },

    /// A profile file is a FIFO, a device, a directory or a (refused) link.
    #[error("{path} is {found}, not a regular file, so mailsetup does not read it; move it aside (Thunderbird expects a plain file there)")]
    NotRegularFile { path: PathBuf, found: &'static str },

    /// A profile file is larger than mailsetup reads.
    #[error("{path} is larger than {} MiB, the most mailsetup reads of {what} ({why}); move it aside if it is not Thunderbird's", max_bytes / (1024 * 1024))]
    TooLarge { path: PathBuf, what: &'static str, max_bytes: u64, why: &'static str },

    /// A change spanning several files failed at one rename; the files
    /// already replaced were put back, so the profile is as it was.
    #[error("cannot replace {path}: {source}; nothing was changed: every file is as it was before (backups in {backup_dir})")]
    ChangeUndone { path: PathBuf, source: std::io::Error, backup_dir: PathBuf },

    /// A change spanning several files failed halfway and some files could
    /// not be put back.
    #[error(
        "cannot replace {path}: {source}, and {} could not be put back, so the profile is half changed; run mailsetup again on this profile (it puts the files back first), or copy these backups back by hand: {}",
        not_restored.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "),
        backups.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    )]
    HalfChanged { path: PathBuf, source: std::io::Error, not_restored: Vec<PathBuf>, backups: Vec<PathBuf> },

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

    /// `logins.json` is not what Thunderbird reads.
    #[error("{path} is not a login store Thunderbird can read: {message}; nothing was changed (Thunderbird would set it aside and lose what mailsetup adds)")]
    LoginsInvalid { path: PathBuf, message: String },

    /// The profile keeps its saved logins elsewhere (Gecko's newer store).
    #[error("this profile keeps its saved logins in logins.db (signon.storage.rust.active), which mailsetup does not write; nothing was changed")]
    LoginsElsewhere { profile: PathBuf },

    /// A Primary Password protects the profile's saved logins.
    #[error("a Primary Password protects the saved logins of {profile}, so mailsetup cannot hand the sign-in to Thunderbird; nothing was changed")]
    PrimaryPassword { profile: PathBuf },

    /// Thunderbird's NSS could not be found, loaded or used.
    #[error("{0}; nothing was changed")]
    Nss(nss::NssError),
}

impl ThunderbirdError {
    /// A stable, kebab-case id for this kind of failure: the knowledge
    /// base's entry for [`ThunderbirdError::fault`].
    pub fn diagnosis_id(&self) -> &'static str {
        self.thunderbird_fault().id()
    }

    /// The one place a Thunderbird failure is classified for the knowledge
    /// base: the [`Fault`] a failed step records.
    pub fn fault(&self) -> Fault {
        Fault::Thunderbird(self.thunderbird_fault())
    }

    fn thunderbird_fault(&self) -> ThunderbirdFault {
        use ThunderbirdFault as F;
        match self {
            ThunderbirdError::ProfileInUse { .. } => F::ProfileLocked,
            ThunderbirdError::ReadOnlyProfile { .. } => F::ReadOnly,
            ThunderbirdError::NotRegularFile { .. } => F::NotARegularFile,
            ThunderbirdError::TooLarge { .. } => F::FileTooLarge,
            ThunderbirdError::HalfChanged { .. } => F::HalfChanged,
            ThunderbirdError::PrefsSyntax { .. } | ThunderbirdError::ProfilesIni { .. } => F::PrefsInvalid,
            ThunderbirdError::LockCheckFailed { source, .. }
            | ThunderbirdError::ChangeUndone { source, .. }
            | ThunderbirdError::Io { source, .. } => {
                if files::is_disk_full_error(source) {
                    F::DiskFull
                } else if files::is_read_only_error(source) {
                    // A read that is refused means the file cannot be read;
                    // anything else refused means it cannot be written.
                    match self {
                        ThunderbirdError::Io { action: "read", .. } => F::PrefsUnreadable,
                        _ => F::ReadOnly,
                    }
                } else if matches!(self, ThunderbirdError::Io { action: "read", .. }) {
                    F::PrefsUnreadable
                } else {
                    F::FileError
                }
            }
            ThunderbirdError::NoHomeDirectory
            | ThunderbirdError::ProfileNotFound { .. }
            | ThunderbirdError::NoDefaultProfile { .. } => F::ProfileMissing,
            ThunderbirdError::InvalidAccount { .. } => F::InvalidAccount,
            ThunderbirdError::LoginsInvalid { .. } => F::LoginsInvalid,
            ThunderbirdError::LoginsElsewhere { .. } => F::LoginsElsewhere,
            ThunderbirdError::PrimaryPassword { .. } => F::PrimaryPassword,
            ThunderbirdError::Nss(nss::NssError::NotFound { .. } | nss::NssError::Unloadable { .. } | nss::NssError::OtherInstallLoaded { .. }) => F::NssUnavailable,
            ThunderbirdError::Nss(nss::NssError::PrimaryPassword) => F::PrimaryPassword,
            ThunderbirdError::Nss(_) => F::NssFailed,
        }
    }
}

/// Shorthand for [`ThunderbirdError::Io`].
fn io_error(action: &'static str, path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> ThunderbirdError {
    let path = path.into();
    move |source| ThunderbirdError::Io { action, path, source }
}
