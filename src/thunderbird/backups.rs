//! Listing and restoring the backups mailsetup keeps in
//! `<profile>/mailsetup-backups/`.
//!
//! Names say what a backup restores and when it was taken (UTC):
//! `prefs-20261130T101500Z.js` → `prefs.js`, `logins-….json` →
//! `logins.json`, `logins-backup-….json` → `logins-backup.json`,
//! `msgFilterRules@<server directory>-….dat` → that server directory's
//! `msgFilterRules.dat`. Restoring takes the profile lock, backs the current
//! file up first (so a restore can itself be undone) and replaces the file
//! atomically.
//!
//! The backup directory is inside the profile, where other programs can
//! write, so only what is listed is restored: a regular file (never a
//! symlink, which could point anywhere, nor a FIFO or device) directly in
//! `mailsetup-backups/`, no larger than the file it restores may be.

use super::files::{Symlinks, limit_for, read_limited};
use super::transaction::{BACKUP_DIR_NAME, ProfileChange};
use super::{AccountField, FileAction, ThunderbirdError, io_error};
use serde::Serialize;
use std::fs;
use std::path::{Path, PathBuf};

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupInfo {
    /// The backup's file name, e.g. `prefs-20261130T101500Z.js`.
    pub name: String,
    pub path: PathBuf,
    /// The file it restores.
    pub restores: PathBuf,
    /// When it was taken, as in its name (`20261130T101500Z`).
    pub taken: String,
    pub size: u64,
}

/// What [`restore_backup`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RestoreOutcome {
    pub restored: PathBuf,
    pub from: PathBuf,
    /// The backup of the file as it was before the restore.
    pub previous: Option<PathBuf>,
}

/// Splits `stem-STAMP[-N].ext` into (stem, stamp), where STAMP looks like
/// `20261130T101500Z`.
fn split_name(name: &str) -> Option<(&str, &str, &str)> {
    let (base, extension) = name.rsplit_once('.')?;
    // The stamp is the first `-` segment of 16 characters ending in Z.
    let mut position = 0;
    for segment in base.split('-') {
        if segment.len() == 16 && segment.ends_with('Z') && segment.as_bytes()[8] == b'T' && position > 0 {
            return Some((&base[..position - 1], segment, extension));
        }
        position += segment.len() + 1;
    }
    None
}

/// The file a backup named `name` restores, in `profile_dir`.
fn restores(profile_dir: &Path, name: &str) -> Option<PathBuf> {
    let (stem, _, extension) = split_name(name)?;
    match (stem, extension) {
        ("prefs", "js") => Some(profile_dir.join("prefs.js")),
        ("logins", "json") => Some(profile_dir.join("logins.json")),
        ("logins-backup", "json") => Some(profile_dir.join("logins-backup.json")),
        (stem, "dat") => {
            let server_dir = stem.strip_prefix("msgFilterRules@")?;
            if server_dir.is_empty() || server_dir.contains(['/', '\\']) || server_dir == ".." {
                return None;
            }
            ["ImapMail", "Mail"]
                .iter()
                .map(|root| profile_dir.join(root).join(server_dir))
                .find(|dir| dir.is_dir())
                .map(|dir| dir.join("msgFilterRules.dat"))
        }
        _ => None,
    }
}

/// The backups of a profile, newest first.
pub fn list_backups(profile_dir: &Path) -> Result<Vec<BackupInfo>, ThunderbirdError> {
    let dir = profile_dir.join(BACKUP_DIR_NAME);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(io_error(FileAction::Read, &dir)(error)),
    };
    let mut backups = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io_error(FileAction::Read, &dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let (Some(restores), Some((_, taken, _))) = (restores(profile_dir, &name), split_name(&name)) else { continue };
        // `DirEntry::metadata` does not follow symlinks: links, FIFOs and
        // devices are not backups, whatever their names say.
        let Ok(metadata) = entry.metadata() else { continue };
        if !metadata.is_file() {
            continue;
        }
        let size = metadata.len();
        backups.push(BackupInfo { taken: taken.to_owned(), name, path: entry.path(), restores, size });
    }
    backups.sort_by(|a, b| b.taken.cmp(&a.taken).then_with(|| b.name.cmp(&a.name)));
    Ok(backups)
}

/// Restores the backup `which` (its file name, or a path inside the backup
/// directory). Refuses while Thunderbird holds the profile.
pub fn restore_backup(profile_dir: &Path, which: &str) -> Result<RestoreOutcome, ThunderbirdError> {
    let not_a_backup = || ThunderbirdError::InvalidAccount {
        field: AccountField::Backup,
        problem: crate::tr!("tb-restore-not-a-backup", which = format!("{which:?}")),
    };
    let given = Path::new(which);
    let name = given.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    // A path must name the profile's own backup directory.
    if let Some(parent) = given.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        let backup_dir = fs::canonicalize(profile_dir.join(BACKUP_DIR_NAME)).ok();
        if backup_dir.is_none() || fs::canonicalize(parent).ok() != backup_dir {
            return Err(not_a_backup());
        }
    }
    let backup = list_backups(profile_dir)?.into_iter().find(|backup| backup.name == name).ok_or_else(not_a_backup)?;
    let mut change = ProfileChange::begin(profile_dir)?;
    // Read through the opened handle, refusing a symlink: what was listed
    // may have been swapped since.
    let contents = read_limited(&backup.path, limit_for(&backup.restores), Symlinks::Refuse)?
        .ok_or_else(|| io_error(FileAction::Read, &backup.path)(std::io::Error::from(std::io::ErrorKind::NotFound)))?;
    let current = read_limited(&backup.restores, limit_for(&backup.restores), Symlinks::Follow)?;
    let (stem, _, extension) = split_name(&backup.name).expect("listed backups have stamped names");
    change.replace(&backup.restores, stem, extension, current, contents);
    // Only a file that existed has a backup of its own.
    let previous = change.commit()?.into_iter().next();
    tracing::info!(from = %backup.path.display(), to = %backup.restores.display(), "backup restored");
    Ok(RestoreOutcome { restored: backup.restores, from: backup.path, previous })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_into_stem_stamp_and_extension() {
        assert_eq!(split_name("prefs-20261130T101500Z.js"), Some(("prefs", "20261130T101500Z", "js")));
        assert_eq!(split_name("prefs-20261130T101500Z-3.js"), Some(("prefs", "20261130T101500Z", "js")));
        assert_eq!(split_name("logins-backup-20261130T101500Z.json"), Some(("logins-backup", "20261130T101500Z", "json")));
        assert_eq!(
            split_name("msgFilterRules@mail.contoso.example-20261130T101500Z.dat"),
            Some(("msgFilterRules@mail.contoso.example", "20261130T101500Z", "dat"))
        );
        assert_eq!(split_name("notes.txt"), None);
    }
}
