//! Writing files into a profile safely: lock, back up, replace atomically.

use super::accounts::{self, AccountSettings, AddResult, WriteAction, WriteOutcome};
use super::lock::ProfileLock;
use super::prefs::PrefsFile;
use super::{ThunderbirdError, io_error};
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Where backups of `prefs.js` go, inside the profile, so they travel with
/// it and are easy to find.
pub const BACKUP_DIR_NAME: &str = "mailsetup-backups";

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
///    [`WriteAction::AlreadyPresent`] and write nothing;
/// 5. copy the old `prefs.js` to
///    `mailsetup-backups/prefs-YYYYMMDDTHHMMSSZ.js` (made unique);
/// 6. write the new text to a temporary file in the profile, flush it to
///    disk, rename it over `prefs.js` and flush the directory.
pub fn write_account(profile_dir: &Path, account: &AccountSettings) -> Result<WriteOutcome, ThunderbirdError> {
    accounts::validate(account)?;
    if !profile_dir.is_dir() {
        return Err(ThunderbirdError::ProfileNotFound { path: profile_dir.to_owned() });
    }
    let _lock = ProfileLock::acquire(profile_dir)?;

    let prefs_path = profile_dir.join("prefs.js");
    let original = match fs::read(&prefs_path) {
        Ok(bytes) => Some(bytes),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(io_error("read", &prefs_path)(error)),
    };
    let mut prefs = match &original {
        Some(bytes) => parse_prefs(&prefs_path, bytes)?,
        None => PrefsFile::new_with_header(),
    };

    let (account_key, action) = match accounts::add_account(&mut prefs, account)? {
        AddResult::AlreadyPresent { account_key } => {
            // The same server and user: update it in place (to OAuth2, with
            // its mail kept) rather than adding a second one.
            let target = account.oauth2.then(|| super::migrate::target_for_settings(account)).flatten();
            let plan = match &target {
                Some(target) => Some(super::migrate::plan_migration(
                    profile_dir,
                    &prefs,
                    &account_key,
                    target,
                    Some(&account.email),
                )?),
                None => None,
            };
            match plan {
                Some(plan) if !plan.changes.is_empty() => {
                    super::migrate::apply_changes(&mut prefs, &plan)?;
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

    failpoint("before-backup");
    let backup = match &original {
        Some(bytes) => Some(back_up_prefs(profile_dir, bytes)?),
        None => None,
    };
    failpoint("after-backup");
    replace_file_atomically(&prefs_path, prefs.render().as_bytes())?;
    tracing::info!(account_key, backup = ?backup, "account written to Thunderbird's prefs.js");
    Ok(WriteOutcome { profile_dir: profile_dir.to_owned(), account_key, action, backup })
}

pub(super) fn parse_prefs(path: &Path, bytes: &[u8]) -> Result<PrefsFile, ThunderbirdError> {
    let text = std::str::from_utf8(bytes).map_err(|not_utf8| ThunderbirdError::PrefsSyntax {
        path: path.to_owned(),
        line: line_of_offset(bytes, not_utf8.valid_up_to()),
        message: "the file is not UTF-8 text".to_owned(),
    })?;
    PrefsFile::parse(text).map_err(|syntax| ThunderbirdError::PrefsSyntax {
        path: path.to_owned(),
        line: syntax.line,
        message: syntax.message,
    })
}

fn line_of_offset(bytes: &[u8], offset: usize) -> u32 {
    let newlines = bytes[..offset].iter().filter(|byte| **byte == b'\n').count();
    u32::try_from(newlines + 1).unwrap_or(u32::MAX)
}

/// Reads and parses the `prefs.js` of a profile (`Ok(None)` when it has
/// none), for callers that plan a change before making it.
pub fn read_profile_prefs(profile_dir: &Path) -> Result<Option<PrefsFile>, ThunderbirdError> {
    read_prefs(profile_dir)
}

/// Reads and parses the `prefs.js` of a profile, for listing. `Ok(None)`
/// when the profile has no `prefs.js` yet.
pub(super) fn read_prefs(profile_dir: &Path) -> Result<Option<PrefsFile>, ThunderbirdError> {
    let path = profile_dir.join("prefs.js");
    match fs::read(&path) {
        Ok(bytes) => parse_prefs(&path, &bytes).map(Some),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(io_error("read", path)(error)),
    }
}

/// Environment variable for the crash tests only: names a point
/// (`before-backup`, `after-backup`, `mid-write`, `before-rename`) at which
/// the process aborts, as a power cut or a kill would stop it. Unset in
/// normal use; it can only make a write stop early, which the write is
/// built to survive. Only in builds with the `failpoints` feature (the
/// tests'); elsewhere the failpoints do nothing and the variable is ignored.
#[cfg(feature = "failpoints")]
pub const FAILPOINT_ENV: &str = "MAILSETUP_TEST_FAILPOINT";

/// Aborts the process if `FAILPOINT_ENV` names `point` (with `failpoints`).
pub(super) fn failpoint(point: &str) {
    #[cfg(not(feature = "failpoints"))]
    let _ = point;
    #[cfg(feature = "failpoints")]
    if std::env::var_os(FAILPOINT_ENV).is_some_and(|value| value == point) {
        eprintln!("mailsetup: failpoint {point}: aborting");
        std::process::abort();
    }
}

/// Copies the old `prefs.js` into the backup directory under a name that
/// says when (UTC) and never overwrites an earlier backup.
fn back_up_prefs(profile_dir: &Path, contents: &[u8]) -> Result<PathBuf, ThunderbirdError> {
    back_up_file(profile_dir, "prefs", "js", contents)
}

/// Copies `contents` to `mailsetup-backups/<stem>-<UTC time>.<extension>`,
/// never overwriting an earlier backup.
pub(super) fn back_up_file(
    profile_dir: &Path,
    stem: &str,
    extension: &str,
    contents: &[u8],
) -> Result<PathBuf, ThunderbirdError> {
    let backup_dir = profile_dir.join(BACKUP_DIR_NAME);
    fs::create_dir_all(&backup_dir).map_err(io_error("create", &backup_dir))?;
    let stamp = time::OffsetDateTime::now_utc()
        .format(time::macros::format_description!("[year][month][day]T[hour][minute][second]Z"))
        .unwrap_or_else(|_| "unknown-time".to_owned());
    let mut attempt = 1u32;
    loop {
        let name = if attempt == 1 {
            format!("{stem}-{stamp}.{extension}")
        } else {
            format!("{stem}-{stamp}-{attempt}.{extension}")
        };
        let path = backup_dir.join(name);
        // `create_new` makes "is this name free?" and "take it" one step.
        let mut file = match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(file) => file,
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
                attempt += 1;
                continue;
            }
            Err(error) => return Err(io_error("create the backup", path)(error)),
        };
        file.write_all(contents).and_then(|()| file.sync_all()).map_err(io_error("write the backup", &path))?;
        return Ok(path);
    }
}

/// Replaces `path` with `contents` so that a reader (or a crash) sees either
/// the old file or the new one, never a mix: write a temporary file in the
/// same directory, flush it, rename it over the target, flush the directory.
/// A symlinked target is followed, so the link itself survives. The old
/// file's permissions are kept.
pub(super) fn replace_file_atomically(path: &Path, contents: &[u8]) -> Result<(), ThunderbirdError> {
    let target = match fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => {
            fs::canonicalize(path).map_err(io_error("resolve", path))?
        }
        _ => path.to_owned(),
    };
    let directory = target.parent().unwrap_or(Path::new(".")).to_owned();
    let file_name = target.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let mut temporary = tempfile::Builder::new()
        .prefix(&format!(".{file_name}.mailsetup-"))
        .suffix(".tmp")
        .tempfile_in(&directory)
        .map_err(io_error("create a temporary file in", &directory))?;
    // The crash points of the write tests are about prefs.js.
    let is_prefs = file_name == "prefs.js";
    #[cfg(feature = "failpoints")]
    if is_prefs && std::env::var_os(FAILPOINT_ENV).is_some_and(|value| value == "mid-write") {
        // Half the new file on disk, then the crash.
        let half = &contents[..contents.len() / 2];
        let _ = temporary.write_all(half).and_then(|()| temporary.as_file().sync_all());
        failpoint("mid-write");
    }
    temporary.write_all(contents).map_err(io_error("write", temporary.path().to_owned()))?;
    if let Ok(metadata) = fs::metadata(&target) {
        fs::set_permissions(temporary.path(), metadata.permissions())
            .map_err(io_error("set permissions on", temporary.path().to_owned()))?;
    }
    temporary.as_file().sync_all().map_err(io_error("flush", temporary.path().to_owned()))?;
    if is_prefs {
        failpoint("before-rename");
    }
    temporary.persist(&target).map_err(|persist| io_error("replace", &target)(persist.error))?;
    sync_directory(&directory)
}

/// Makes a rename durable. Only Unix can open and flush a directory.
fn sync_directory(directory: &Path) -> Result<(), ThunderbirdError> {
    #[cfg(unix)]
    fs::File::open(directory).and_then(|dir| dir.sync_all()).map_err(io_error("flush", directory))?;
    #[cfg(not(unix))]
    let _ = directory;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backups_in_the_same_second_get_distinct_names() {
        let profile = tempfile::tempdir().unwrap();
        let first = back_up_prefs(profile.path(), b"one").unwrap();
        let second = back_up_prefs(profile.path(), b"two").unwrap();
        assert_ne!(first, second);
        assert_eq!(fs::read(&first).unwrap(), b"one");
        assert_eq!(fs::read(&second).unwrap(), b"two");
        let name = first.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with("prefs-") && name.ends_with("Z.js") && name.len() == "prefs-20261130T061713Z.js".len(),
            "{name}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn atomic_replacement_keeps_permissions_and_symlinks() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.js");
        fs::write(&real, b"old").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o600)).unwrap();
        let link = dir.path().join("prefs.js");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        replace_file_atomically(&link, b"new").unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(fs::read(&real).unwrap(), b"new");
        assert_eq!(fs::metadata(&real).unwrap().permissions().mode() & 0o777, 0o600);
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|entry| entry.unwrap().file_name()).collect();
        assert_eq!(leftovers.len(), 2, "no temporary file is left behind: {leftovers:?}");
    }
}
