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
pub use files::{FILTER_RULES_LIMIT, FileLimit, INI_LIMIT, LOGINS_JSON_LIMIT, LimitedFile, PREFS_JS_LIMIT, read_profile_prefs};
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
    #[error("{}", crate::tr!("tb-error-profile-in-use", profile = .profile.display().to_string()))]
    ProfileInUse { profile: PathBuf },

    /// The profile directory cannot be written: the lock file could not be
    /// created or opened for writing (a read-only file system, or no
    /// permission). Not the same as Thunderbird running.
    #[error("{}", crate::tr!("tb-error-read-only-profile", profile = .profile.display().to_string(), error = .source.to_string()))]
    ReadOnlyProfile { profile: PathBuf, source: std::io::Error },

    /// A profile file is a FIFO, a device, a directory or a (refused) link.
    #[error("{}", crate::tr!("tb-error-not-regular-file", path = .path.display().to_string(), found = .found.words()))]
    NotRegularFile { path: PathBuf, found: FoundInstead },

    /// A profile file is larger than mailsetup reads.
    #[error("{}", crate::tr!("tb-error-too-large", path = .path.display().to_string(), mebibytes = .max_bytes / (1024 * 1024), what = .file.words(), why = .file.limit_reason_words()))]
    TooLarge { path: PathBuf, file: LimitedFile, max_bytes: u64 },

    /// A change spanning several files failed at one rename; the files
    /// already replaced were put back, so the profile is as it was.
    #[error("{}", crate::tr!("tb-error-change-undone", path = .path.display().to_string(), error = .source.to_string(), backup_dir = .backup_dir.display().to_string()))]
    ChangeUndone { path: PathBuf, source: std::io::Error, backup_dir: PathBuf },

    /// A change spanning several files failed halfway and some files could
    /// not be put back.
    #[error(
        "{}",
        crate::tr!(
            "tb-error-half-changed",
            path = .path.display().to_string(),
            error = .source.to_string(),
            not_restored = .not_restored.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "),
            backups = .backups.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        )
    )]
    HalfChanged { path: PathBuf, source: std::io::Error, not_restored: Vec<PathBuf>, backups: Vec<PathBuf> },

    /// The lock files could not be examined at all.
    #[error("{}", crate::tr!("tb-error-lock-check-failed", profile = .profile.display().to_string(), error = .source.to_string()))]
    LockCheckFailed { profile: PathBuf, source: std::io::Error },

    /// `prefs.js` is not something we can safely edit.
    #[error("{}", crate::tr!("tb-error-prefs-syntax", path = .path.display().to_string(), line = .line.to_string(), message = .message))]
    PrefsSyntax { path: PathBuf, line: u32, message: String },

    /// `profiles.ini` or `installs.ini` could not be parsed.
    #[error("{}", crate::tr!("tb-error-profiles-ini", path = .path.display().to_string(), message = .message))]
    ProfilesIni { path: PathBuf, message: String },

    /// A file operation failed.
    #[error("{}", crate::tr!("tb-error-io", action = .action.words(), path = .path.display().to_string(), error = .source.to_string()))]
    Io { action: FileAction, path: PathBuf, source: std::io::Error },

    /// No home directory, so no profiles root.
    #[error("{}", crate::tr!("tb-error-no-home"))]
    NoHomeDirectory,

    /// A profile directory that should exist does not.
    #[error("{}", crate::tr!("tb-error-profile-not-found", path = .path.display().to_string()))]
    ProfileNotFound { path: PathBuf },

    /// Several profiles and no way to tell which one Thunderbird opens.
    #[error("{}", crate::tr!("tb-error-no-default-profile", root = .root.display().to_string(), names = .names.join(", ")))]
    NoDefaultProfile { root: PathBuf, names: Vec<String> },

    /// The account settings cannot be written as they are.
    #[error("{}", crate::tr!("tb-error-invalid-account", field = .field.words(), problem = .problem))]
    InvalidAccount { field: AccountField, problem: String },

    /// `logins.json` is not what Thunderbird reads.
    #[error("{}", crate::tr!("tb-error-logins-invalid", path = .path.display().to_string(), message = .message))]
    LoginsInvalid { path: PathBuf, message: String },

    /// The profile keeps its saved logins elsewhere (Gecko's newer store).
    #[error("{}", crate::tr!("tb-error-logins-elsewhere"))]
    LoginsElsewhere { profile: PathBuf },

    /// A Primary Password protects the profile's saved logins.
    #[error("{}", crate::tr!("tb-error-primary-password", profile = .profile.display().to_string()))]
    PrimaryPassword { profile: PathBuf },

    /// Thunderbird's NSS could not be found, loaded or used.
    #[error("{}", crate::tr!("tb-error-nss", error = .0.to_string()))]
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
                        ThunderbirdError::Io { action: FileAction::Read, .. } => F::PrefsUnreadable,
                        _ => F::ReadOnly,
                    }
                } else if matches!(self, ThunderbirdError::Io { action: FileAction::Read, .. }) {
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
fn io_error(action: FileAction, path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> ThunderbirdError {
    let path = path.into();
    move |source| ThunderbirdError::Io { action, path, source }
}

/// The file operation that failed, for [`ThunderbirdError::Io`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileAction {
    Read,
    Write,
    Create,
    Copy,
    Remove,
    Replace,
    Resolve,
    Flush,
    SetPermissions,
    CreatePrivateDirectory,
    CreateTemporaryFile,
    CreateBackup,
    CreateBackupOf,
    WriteBackup,
}

impl FileAction {
    /// The verb, in the user's language, as "cannot { $action } { $path }"
    /// reads it.
    pub fn words(self) -> String {
        match self {
            FileAction::Read => crate::tr!("tb-action-read"),
            FileAction::Write => crate::tr!("tb-action-write"),
            FileAction::Create => crate::tr!("tb-action-create"),
            FileAction::Copy => crate::tr!("tb-action-copy"),
            FileAction::Remove => crate::tr!("tb-action-remove"),
            FileAction::Replace => crate::tr!("tb-action-replace"),
            FileAction::Resolve => crate::tr!("tb-action-resolve"),
            FileAction::Flush => crate::tr!("tb-action-flush"),
            FileAction::SetPermissions => crate::tr!("tb-action-set-permissions"),
            FileAction::CreatePrivateDirectory => crate::tr!("tb-action-create-private-directory"),
            FileAction::CreateTemporaryFile => crate::tr!("tb-action-create-temporary-file"),
            FileAction::CreateBackup => crate::tr!("tb-action-create-backup"),
            FileAction::CreateBackupOf => crate::tr!("tb-action-create-backup-of"),
            FileAction::WriteBackup => crate::tr!("tb-action-write-backup"),
        }
    }
}

/// The setting (or, for a backup, an export or the change journal, the
/// thing) that [`ThunderbirdError::InvalidAccount`] refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountField {
    Address,
    DisplayName,
    IncomingHost,
    SmtpHost,
    IncomingPort,
    SmtpPort,
    Settings,
    Account,
    UserName,
    Identity,
    Backup,
    Export,
    ChangeJournal,
}

impl AccountField {
    /// Its name in the user's language, as "the account's { $field }" reads
    /// it.
    pub fn words(self) -> String {
        match self {
            AccountField::Address => crate::tr!("tb-field-address"),
            AccountField::DisplayName => crate::tr!("tb-field-display-name"),
            AccountField::IncomingHost => crate::tr!("tb-field-incoming-host"),
            AccountField::SmtpHost => crate::tr!("tb-field-smtp-host"),
            AccountField::IncomingPort => crate::tr!("tb-field-incoming-port"),
            AccountField::SmtpPort => crate::tr!("tb-field-smtp-port"),
            AccountField::Settings => crate::tr!("tb-field-settings"),
            AccountField::Account => crate::tr!("tb-field-account"),
            AccountField::UserName => crate::tr!("tb-field-user-name"),
            AccountField::Identity => crate::tr!("tb-field-identity"),
            AccountField::Backup => crate::tr!("tb-field-backup"),
            AccountField::Export => crate::tr!("tb-field-export"),
            AccountField::ChangeJournal => crate::tr!("tb-field-change-journal"),
        }
    }
}

/// What sits where [`ThunderbirdError::NotRegularFile`] expected a regular
/// file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoundInstead {
    Directory,
    SymbolicLink,
    NamedPipe,
    Socket,
    Device,
    /// None of the above, as far as this platform tells.
    Other,
}

impl FoundInstead {
    /// What it is, in the user's language, as "{ $path } is { $found }"
    /// reads it.
    pub fn words(self) -> String {
        match self {
            FoundInstead::Directory => crate::tr!("tb-found-directory"),
            FoundInstead::SymbolicLink => crate::tr!("tb-found-symbolic-link"),
            FoundInstead::NamedPipe => crate::tr!("tb-found-named-pipe"),
            FoundInstead::Socket => crate::tr!("tb-found-socket"),
            FoundInstead::Device => crate::tr!("tb-found-device"),
            FoundInstead::Other => crate::tr!("tb-found-not-regular-file"),
        }
    }
}

/// A value `prefs.js` cannot hold ([`prefs::UnwritableValue`]), in the
/// user's language, for [`ThunderbirdError::InvalidAccount`]. `prefs.rs`
/// stays std only (the fuzz target compiles it alone), so its reasons are
/// worded here.
fn unwritable_words(refused: &prefs::UnwritableValue) -> String {
    let reason = match refused.reason {
        prefs::UnwritableReason::EmptyName => crate::tr!("tb-pref-name-empty"),
        prefs::UnwritableReason::NulInName => crate::tr!("tb-pref-name-nul"),
        prefs::UnwritableReason::NulInValue => crate::tr!("tb-pref-value-nul"),
    };
    crate::tr!("tb-pref-unwritable", name = format!("{:?}", refused.name), reason = reason)
}
