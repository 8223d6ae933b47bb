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

use super::lock::ProfileLock;
use super::write::{BACKUP_DIR_NAME, back_up_file, replace_file_atomically};
use super::{ThunderbirdError, io_error};
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
        Err(error) => return Err(io_error("read", &dir)(error)),
    };
    let mut backups = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io_error("read", &dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let (Some(restores), Some((_, taken, _))) = (restores(profile_dir, &name), split_name(&name)) else { continue };
        let size = entry.metadata().map(|metadata| metadata.len()).unwrap_or(0);
        backups.push(BackupInfo { taken: taken.to_owned(), name, path: entry.path(), restores, size });
    }
    backups.sort_by(|a, b| b.taken.cmp(&a.taken).then_with(|| b.name.cmp(&a.name)));
    Ok(backups)
}

/// Restores the backup `which` (its file name, or a path inside the backup
/// directory). Refuses while Thunderbird holds the profile.
pub fn restore_backup(profile_dir: &Path, which: &str) -> Result<RestoreOutcome, ThunderbirdError> {
    let name = Path::new(which).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let backup = list_backups(profile_dir)?.into_iter().find(|backup| backup.name == name).ok_or_else(|| {
        ThunderbirdError::InvalidAccount {
            field: "backup",
            problem: format!("{which:?} is not one of this profile's backups (`mailsetup restore` lists them)"),
        }
    })?;
    let _lock = ProfileLock::acquire(profile_dir)?;
    let contents = fs::read(&backup.path).map_err(io_error("read", &backup.path))?;
    let previous = match fs::read(&backup.restores) {
        Ok(current) => {
            let (stem, _, extension) = split_name(&backup.name).expect("listed backups have stamped names");
            Some(back_up_file(profile_dir, stem, extension, &current)?)
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => return Err(io_error("read", &backup.restores)(error)),
    };
    replace_file_atomically(&backup.restores, &contents)?;
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
