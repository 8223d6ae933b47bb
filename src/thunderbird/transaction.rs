//! Changing a profile's files safely: under the profile lock, every file
//! backed up first, and all of them replaced or none.
//!
//! [`ProfileChange`] is the one way `write`, `migrate` and `restore` change
//! a profile. A change that spans files (`migrate` rewrites `prefs.js`, the
//! login stores and filter files) must never leave the profile half done,
//! with filters naming the new server and `prefs.js` the old one. So
//! [`ProfileChange::commit`]:
//! 1. **stages** every new file as a temporary file next to the file it
//!    replaces, flushed to disk; a failure here leaves the profile untouched;
//! 2. **backs up** every file it will replace into `mailsetup-backups/`; a
//!    failure removes the backups just made and leaves the profile untouched;
//! 3. writes a **journal** (`mailsetup-backups/unfinished-change.json`)
//!    naming each file and its backup;
//! 4. **renames** the staged files over the originals, `prefs.js` last;
//!    when a rename fails, the files already replaced are put back from the
//!    copies read at the start, and the error says so;
//! 5. flushes the directories and removes the journal.
//!
//! A process killed between two renames cannot undo anything itself. The
//! journal is for that: the next [`ProfileChange::begin`] on the profile
//! (any `setup`, `migrate` or `restore`) finds it and puts every file named
//! there back from its backup before doing anything else.

use super::files::{FileLimit, INI_LIMIT, LimitedFile, Symlinks, limit_for, read_limited};
use super::lock::ProfileLock;
use super::{AccountField, FileAction, ThunderbirdError, io_error};
use serde::{Deserialize, Serialize};
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

/// Where backups go, inside the profile, so they travel with it and are
/// easy to find.
pub const BACKUP_DIR_NAME: &str = "mailsetup-backups";

/// The journal of a change whose renames have begun, in the backup directory.
const JOURNAL_NAME: &str = "unfinished-change.json";

/// Environment variable for the crash tests only: names a point at which
/// the process aborts, as a power cut or a kill would stop it
/// (`mid-write`, `before-backup`, `after-backup`, `before-rename`,
/// `between-renames`), or a step that fails with an I/O error
/// (`fail-stage`, `fail-backup`, `fail-rename`: the last file's staging,
/// backup or rename). Unset in normal use; it can only make a change stop
/// early, which a change is built to survive. Only in builds with the
/// `failpoints` feature (the tests'); a product build has no such variable.
#[cfg(feature = "failpoints")]
pub const FAILPOINT_ENV: &str = "MAILSETUP_TEST_FAILPOINT";

/// Aborts the process if [`FAILPOINT_ENV`] names `point` (with `failpoints`).
pub(super) fn failpoint(point: &str) {
    #[cfg(feature = "failpoints")]
    if failpoint_is(point) {
        eprintln!("mailsetup: failpoint {point}: aborting");
        std::process::abort();
    }
    #[cfg(not(feature = "failpoints"))]
    let _ = point;
}

#[cfg(feature = "failpoints")]
fn failpoint_is(point: &str) -> bool {
    std::env::var_os(FAILPOINT_ENV).is_some_and(|value| value == point)
}

/// An I/O error if [`FAILPOINT_ENV`] names `point` (with `failpoints`).
fn injected_failure(point: &str) -> io::Result<()> {
    #[cfg(feature = "failpoints")]
    if failpoint_is(point) {
        return Err(io::Error::other(format!("failure injected by {FAILPOINT_ENV}={point}")));
    }
    #[cfg(not(feature = "failpoints"))]
    let _ = point;
    Ok(())
}

/// One file a change replaces.
struct FileChange {
    /// The path as the profile names it (a symlink is followed when written).
    path: PathBuf,
    backup_stem: String,
    backup_extension: String,
    /// The file as it was read under the lock, `None` if it did not exist.
    original: Option<Vec<u8>>,
    contents: Vec<u8>,
}

/// The journal's record of one file.
#[derive(Debug, Serialize, Deserialize)]
struct JournalEntry {
    /// The file, relative to the profile (absolute only for a mail
    /// directory outside the profile, named by an absolute `directory` pref).
    path: PathBuf,
    /// The backup's file name in the backup directory; `None`: the file did
    /// not exist before, so undoing removes it.
    backup: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Journal {
    files: Vec<JournalEntry>,
}

/// A change to a profile's files, holding the profile lock from
/// [`ProfileChange::begin`] to the end of [`ProfileChange::commit`].
pub(super) struct ProfileChange {
    profile_dir: PathBuf,
    _lock: ProfileLock,
    files: Vec<FileChange>,
}

impl ProfileChange {
    /// Takes the profile lock (so Thunderbird cannot start while we read and
    /// write) and finishes undoing a change a killed process left behind.
    pub(super) fn begin(profile_dir: &Path) -> Result<ProfileChange, ThunderbirdError> {
        if !profile_dir.is_dir() {
            return Err(ThunderbirdError::ProfileNotFound { path: profile_dir.to_owned() });
        }
        let lock = ProfileLock::acquire(profile_dir)?;
        undo_unfinished_change(profile_dir)?;
        Ok(ProfileChange { profile_dir: profile_dir.to_owned(), _lock: lock, files: Vec::new() })
    }

    pub(super) fn profile_dir(&self) -> &Path {
        &self.profile_dir
    }

    /// Adds a file to the change: `path` gets `contents`; `original` is the
    /// file as read under this lock (backed up as
    /// `mailsetup-backups/<backup_stem>-<UTC time>.<backup_extension>`).
    /// Files are renamed in the order added, so add `prefs.js` last: until
    /// it is replaced, Thunderbird sees the old account.
    pub(super) fn replace(
        &mut self,
        path: &Path,
        backup_stem: &str,
        backup_extension: &str,
        original: Option<Vec<u8>>,
        contents: Vec<u8>,
    ) {
        self.files.push(FileChange {
            path: path.to_owned(),
            backup_stem: backup_stem.to_owned(),
            backup_extension: backup_extension.to_owned(),
            original,
            contents,
        });
    }

    /// Makes the change, all or nothing (see the module documentation).
    /// Returns the backups, in the order the files were added (files that
    /// did not exist before have none).
    pub(super) fn commit(self) -> Result<Vec<PathBuf>, ThunderbirdError> {
        let last = self.files.len().saturating_sub(1);

        // 1. Stage.
        let mut staged = Vec::with_capacity(self.files.len());
        for (index, file) in self.files.iter().enumerate() {
            let injected = if index == last { injected_failure("fail-stage") } else { Ok(()) };
            injected.map_err(io_error(FileAction::Write, &file.path))?;
            staged.push(stage(&file.path, &file.contents)?);
        }

        // 2. Back up.
        failpoint("before-backup");
        let mut backups: Vec<Option<PathBuf>> = Vec::with_capacity(self.files.len());
        for (index, file) in self.files.iter().enumerate() {
            let result = match &file.original {
                None => Ok(None),
                Some(original) => {
                    let injected = if index == last { injected_failure("fail-backup") } else { Ok(()) };
                    injected
                        .map_err(io_error(FileAction::CreateBackupOf, &file.path))
                        .and_then(|()| back_up_file(&self.profile_dir, &file.backup_stem, &file.backup_extension, original))
                        .map(Some)
                }
            };
            match result {
                Ok(backup) => backups.push(backup),
                Err(error) => {
                    // Nothing was replaced; the backups of this attempt would
                    // only be clutter.
                    for made in backups.iter().flatten() {
                        let _ = fs::remove_file(made);
                    }
                    return Err(error);
                }
            }
        }
        let backup_list: Vec<PathBuf> = backups.iter().flatten().cloned().collect();

        // 3. The journal.
        let journal = Journal {
            files: self
                .files
                .iter()
                .zip(&backups)
                .map(|(file, backup)| JournalEntry {
                    path: file.path.strip_prefix(&self.profile_dir).unwrap_or(&file.path).to_owned(),
                    backup: backup.as_ref().and_then(|path| path.file_name()).map(|name| name.to_string_lossy().into_owned()),
                })
                .collect(),
        };
        write_journal(&self.profile_dir, &journal)?;
        failpoint("after-backup");

        // 4. Rename.
        failpoint("before-rename");
        let mut directories = Vec::new();
        for (index, (file, (temporary, directory))) in self.files.iter().zip(staged).enumerate() {
            if index > 0 {
                failpoint("between-renames");
            }
            let injected = if index == last { injected_failure("fail-rename") } else { Ok(()) };
            let renamed = injected.and_then(|()| temporary.file.persist(&temporary.target).map(drop).map_err(|e| e.error));
            if let Err(source) = renamed {
                // The files before this one were replaced.
                return Err(self.undo(index, file.path.clone(), source, backup_list));
            }
            if !directories.contains(&directory) {
                directories.push(directory);
            }
        }

        // 5. Make it durable and drop the journal.
        for directory in &directories {
            if let Err(error) = sync_directory(directory) {
                tracing::warn!(directory = %directory.display(), %error, "the directory could not be flushed after the change");
            }
        }
        remove_journal(&self.profile_dir);
        Ok(backup_list)
    }

    /// Puts the first `replaced` files back after the rename of `failed`
    /// failed with `source`.
    fn undo(&self, replaced: usize, failed: PathBuf, source: io::Error, backups: Vec<PathBuf>) -> ThunderbirdError {
        let mut not_restored = Vec::new();
        for file in self.files.iter().take(replaced) {
            let restored = match &file.original {
                Some(original) => replace_file_atomically(&file.path, original),
                None => fs::remove_file(&file.path).map_err(io_error(FileAction::Remove, &file.path)),
            };
            if let Err(error) = restored {
                tracing::error!(path = %file.path.display(), %error, "could not put the file back");
                not_restored.push(file.path.clone());
            }
        }
        let backup_dir = self.profile_dir.join(BACKUP_DIR_NAME);
        if not_restored.is_empty() {
            remove_journal(&self.profile_dir);
            ThunderbirdError::ChangeUndone { path: failed, source, backup_dir }
        } else {
            // The journal stays: the next change on this profile finishes the undo.
            ThunderbirdError::HalfChanged { path: failed, source, not_restored, backups }
        }
    }
}

/// Puts back the files of a change that was killed halfway (see the module
/// documentation), under the profile lock. True when there was one. Every
/// change does this first anyway; this is for looking without changing.
pub fn recover_interrupted_change(profile_dir: &Path) -> Result<bool, ThunderbirdError> {
    let interrupted = journal_path(profile_dir).exists();
    drop(ProfileChange::begin(profile_dir)?);
    Ok(interrupted)
}

/// A staged file: the temporary file and the directory it will be renamed in.
struct Staged {
    file: tempfile::NamedTempFile,
    target: PathBuf,
}

/// The file a write to `path` replaces: the target of a symlink (so the
/// link survives), else `path`.
fn write_target(path: &Path) -> Result<PathBuf, ThunderbirdError> {
    match fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => fs::canonicalize(path).map_err(io_error(FileAction::Resolve, path)),
        _ => Ok(path.to_owned()),
    }
}

/// Writes `contents` to a flushed temporary file next to what `path` names,
/// with the old file's permissions.
fn stage(path: &Path, contents: &[u8]) -> Result<(Staged, PathBuf), ThunderbirdError> {
    let target = write_target(path)?;
    let directory = target.parent().unwrap_or(Path::new(".")).to_owned();
    let file_name = target.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let mut temporary = tempfile::Builder::new()
        .prefix(&format!(".{file_name}.mailsetup-"))
        .suffix(".tmp")
        .tempfile_in(&directory)
        .map_err(io_error(FileAction::CreateTemporaryFile, &directory))?;
    // The crash point of the write tests is about prefs.js.
    #[cfg(feature = "failpoints")]
    if file_name == "prefs.js" && failpoint_is("mid-write") {
        // Half the new file on disk, then the crash.
        let half = &contents[..contents.len() / 2];
        let _ = temporary.write_all(half).and_then(|()| temporary.as_file().sync_all());
        failpoint("mid-write");
    }
    temporary.write_all(contents).map_err(io_error(FileAction::Write, temporary.path().to_owned()))?;
    if let Ok(metadata) = fs::metadata(&target) {
        fs::set_permissions(temporary.path(), metadata.permissions())
            .map_err(io_error(FileAction::SetPermissions, temporary.path().to_owned()))?;
    }
    temporary.as_file().sync_all().map_err(io_error(FileAction::Flush, temporary.path().to_owned()))?;
    Ok((Staged { file: temporary, target }, directory))
}

/// Replaces one file with `contents` so that a reader (or a crash) sees
/// either the old file or the new one, never a mix. For files outside a
/// profile's change (`profiles.ini`, `installs.ini`) and for undoing.
pub(super) fn replace_file_atomically(path: &Path, contents: &[u8]) -> Result<(), ThunderbirdError> {
    let (staged, directory) = stage(path, contents)?;
    staged.file.persist(&staged.target).map_err(|persist| io_error(FileAction::Replace, &staged.target)(persist.error))?;
    sync_directory(&directory)
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
    fs::create_dir_all(&backup_dir).map_err(io_error(FileAction::Create, &backup_dir))?;
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
            Err(error) => return Err(io_error(FileAction::CreateBackup, path)(error)),
        };
        if let Err(error) = file.write_all(contents).and_then(|()| file.sync_all()) {
            let _ = fs::remove_file(&path);
            return Err(io_error(FileAction::WriteBackup, path)(error));
        }
        sync_directory(&backup_dir)?;
        return Ok(path);
    }
}

fn journal_path(profile_dir: &Path) -> PathBuf {
    profile_dir.join(BACKUP_DIR_NAME).join(JOURNAL_NAME)
}

fn write_journal(profile_dir: &Path, journal: &Journal) -> Result<(), ThunderbirdError> {
    let path = journal_path(profile_dir);
    // A change of files that did not exist made no backup, so no directory.
    let backup_dir = profile_dir.join(BACKUP_DIR_NAME);
    fs::create_dir_all(&backup_dir).map_err(io_error(FileAction::Create, &backup_dir))?;
    let text = serde_json::to_vec_pretty(journal).map_err(|error| io_error(FileAction::Write, &path)(io::Error::other(error)))?;
    replace_file_atomically(&path, &text)
}

fn remove_journal(profile_dir: &Path) {
    let path = journal_path(profile_dir);
    if let Err(error) = fs::remove_file(&path)
        && error.kind() != io::ErrorKind::NotFound
    {
        tracing::warn!(path = %path.display(), %error, "the change journal could not be removed");
    }
}

/// The largest journal we read: a few hundred bytes per file changed.
const JOURNAL_LIMIT: FileLimit = FileLimit { file: LimitedFile::ChangeJournal, max_bytes: INI_LIMIT.max_bytes };

/// The one file a change may write outside the profile (in a mail
/// directory named by an absolute `directory` pref).
const FILTER_RULES_FILE: &str = "msgFilterRules.dat";

/// The file a journal entry names, if it is one a change may have written:
/// a path inside the profile (no `..`), or an absolute one naming a
/// [`FILTER_RULES_FILE`].
fn journal_target(profile_dir: &Path, entry: &JournalEntry) -> Option<PathBuf> {
    let path = &entry.path;
    if path.components().any(|component| matches!(component, Component::ParentDir)) {
        return None;
    }
    if path.is_relative() {
        return path.components().all(|component| matches!(component, Component::Normal(_))).then(|| profile_dir.join(path));
    }
    (path.file_name()? == FILTER_RULES_FILE).then(|| path.clone())
}

/// Puts back every file a killed change had begun to replace (see the
/// module documentation). The journal lives in the profile, which other
/// programs can write, so it is trusted only as far as [`journal_target`]
/// allows, and backups are read only as regular files directly in the
/// backup directory.
fn undo_unfinished_change(profile_dir: &Path) -> Result<(), ThunderbirdError> {
    let path = journal_path(profile_dir);
    let Some(bytes) = read_limited(&path, JOURNAL_LIMIT, Symlinks::Refuse)? else { return Ok(()) };
    let refused = |why: String| ThunderbirdError::InvalidAccount {
        field: AccountField::ChangeJournal,
        problem: crate::tr!("tb-journal-refused", path = path.display().to_string(), why = why),
    };
    let journal: Journal = serde_json::from_slice(&bytes).map_err(|error| refused(crate::tr!("tb-journal-not-a-journal", error = error.to_string())))?;
    let backup_dir = profile_dir.join(BACKUP_DIR_NAME);
    for entry in &journal.files {
        let target = journal_target(profile_dir, entry).ok_or_else(|| refused(crate::tr!("tb-journal-names-other-file", path = entry.path.display().to_string())))?;
        match &entry.backup {
            Some(name) => {
                if name.contains(['/', '\\']) || name == ".." || name.is_empty() {
                    return Err(refused(crate::tr!("tb-journal-names-bad-backup", name = format!("{name:?}"))));
                }
                let backup = backup_dir.join(name);
                let contents = read_limited(&backup, limit_for(&target), Symlinks::Refuse)?
                    .ok_or_else(|| io_error(FileAction::Read, &backup)(io::Error::from(io::ErrorKind::NotFound)))?;
                replace_file_atomically(&target, &contents)?;
            }
            None => match fs::remove_file(&target) {
                Ok(()) => {}
                Err(error) if error.kind() == io::ErrorKind::NotFound => {}
                Err(error) => return Err(io_error(FileAction::Remove, &target)(error)),
            },
        }
        tracing::warn!(path = %target.display(), "put back after an interrupted change");
    }
    remove_journal(profile_dir);
    Ok(())
}

/// Makes a rename durable. Only Unix can open and flush a directory.
fn sync_directory(directory: &Path) -> Result<(), ThunderbirdError> {
    #[cfg(unix)]
    fs::File::open(directory).and_then(|dir| dir.sync_all()).map_err(io_error(FileAction::Flush, directory))?;
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
        let first = back_up_file(profile.path(), "prefs", "js", b"one").unwrap();
        let second = back_up_file(profile.path(), "prefs", "js", b"two").unwrap();
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

    #[test]
    fn a_journal_left_by_a_killed_change_is_undone_by_the_next_one() {
        let profile = tempfile::tempdir().unwrap();
        let a = profile.path().join("prefs.js");
        let b = profile.path().join("logins.json");
        fs::write(&a, b"new a").unwrap();
        fs::write(&b, b"old b").unwrap();
        let created = profile.path().join("logins-backup.json");
        fs::write(&created, b"new c").unwrap();
        let name_of = |path: PathBuf| Some(path.file_name().unwrap().to_string_lossy().into_owned());
        let journal = Journal {
            files: vec![
                JournalEntry { path: "prefs.js".into(), backup: name_of(back_up_file(profile.path(), "prefs", "js", b"old a").unwrap()) },
                JournalEntry { path: "logins.json".into(), backup: name_of(back_up_file(profile.path(), "logins", "json", b"old b").unwrap()) },
                JournalEntry { path: "logins-backup.json".into(), backup: None },
            ],
        };
        write_journal(profile.path(), &journal).unwrap();
        assert!(recover_interrupted_change(profile.path()).unwrap());
        assert_eq!(fs::read(&a).unwrap(), b"old a");
        assert_eq!(fs::read(&b).unwrap(), b"old b");
        assert!(!created.exists());
        assert!(!journal_path(profile.path()).exists());
        assert!(!recover_interrupted_change(profile.path()).unwrap());
    }

    #[test]
    fn a_journal_naming_other_files_is_refused() {
        let profile = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let victim = outside.path().join("victim");
        fs::write(&victim, b"keep me").unwrap();
        for path in [victim.clone(), PathBuf::from("../victim"), PathBuf::from("sub/../../victim")] {
            write_journal(profile.path(), &Journal { files: vec![JournalEntry { path, backup: None }] }).unwrap();
            assert!(ProfileChange::begin(profile.path()).is_err());
        }
        fs::write(profile.path().join("prefs.js"), b"mine").unwrap();
        let backup = Some("../../victim".to_owned());
        write_journal(profile.path(), &Journal { files: vec![JournalEntry { path: "prefs.js".into(), backup }] }).unwrap();
        assert!(ProfileChange::begin(profile.path()).is_err());
        assert_eq!(fs::read(&victim).unwrap(), b"keep me");
        assert_eq!(fs::read(profile.path().join("prefs.js")).unwrap(), b"mine");
    }
}
