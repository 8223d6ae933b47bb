//! Reading a profile's files without trusting what sits at their names.
//!
//! A profile directory is writable by every program of the user, and a
//! profile on a share by more. What is found at `prefs.js` may be a FIFO
//! (opening it blocks until someone writes, reading never ends), a symlink
//! to `/dev/zero` (endless), or a file far larger than Thunderbird ever
//! writes. Every profile file is therefore read through [`read_limited`]:
//! opened without blocking, checked with `fstat` on the opened handle (so
//! what is checked is what is read), refused unless it is a regular file no
//! larger than its [`FileLimit`], and read through `take(limit + 1)`, so a
//! file that grows while we read is still bounded.

use super::{FileAction, FoundInstead, ThunderbirdError};
use super::prefs::PrefsFile;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// The most we read of one kind of profile file, and why that much.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileLimit {
    /// Which kind of file, which also says why the limit is where it is.
    pub file: LimitedFile,
    pub max_bytes: u64,
}

/// A kind of file read only up to a [`FileLimit`]. Each kind has one limit,
/// so one variant names both the file and the reason for its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitedFile {
    Prefs,
    Logins,
    FilterRules,
    ProfileList,
    KeyStore,
    ChangeJournal,
}

impl LimitedFile {
    /// What the file is, in the user's language (`{ $what }` of
    /// `tb-error-too-large`).
    pub fn words(self) -> String {
        match self {
            // File names, the same in every language.
            LimitedFile::Prefs => "prefs.js".to_owned(),
            LimitedFile::FilterRules => "msgFilterRules.dat".to_owned(),
            LimitedFile::Logins => crate::tr!("tb-limit-what-login-store"),
            LimitedFile::ProfileList => crate::tr!("tb-limit-what-profile-list"),
            LimitedFile::KeyStore => crate::tr!("tb-limit-what-key-store"),
            LimitedFile::ChangeJournal => crate::tr!("tb-limit-what-change-journal"),
        }
    }

    /// Why its limit is where it is, in the user's language (`{ $why }` of
    /// `tb-error-too-large`).
    pub fn limit_reason_words(self) -> String {
        match self {
            LimitedFile::Prefs => crate::tr!("tb-limit-why-prefs"),
            LimitedFile::Logins => crate::tr!("tb-limit-why-logins"),
            LimitedFile::FilterRules => crate::tr!("tb-limit-why-filters"),
            LimitedFile::ProfileList => crate::tr!("tb-limit-why-profiles"),
            LimitedFile::KeyStore => crate::tr!("tb-limit-why-key-store"),
            LimitedFile::ChangeJournal => crate::tr!("tb-limit-why-change-journal"),
        }
    }
}

const MIB: u64 = 1024 * 1024;

/// `prefs.js`. Thunderbird writes a few hundred bytes per pref; profiles
/// with dozens of accounts and add-ons reach a few MiB. 32 MiB is ten times
/// the largest we know of, and still parses in well under a second.
pub const PREFS_JS_LIMIT: FileLimit = FileLimit { file: LimitedFile::Prefs, max_bytes: 32 * MIB };

/// `logins.json` and `logins-backup.json`: about 700 bytes per saved
/// login, so 32 MiB holds some 45 000 logins, far beyond any real profile.
pub const LOGINS_JSON_LIMIT: FileLimit = FileLimit { file: LimitedFile::Logins, max_bytes: 32 * MIB };

/// `msgFilterRules.dat`: a few hundred bytes per filter; 32 MiB holds
/// about 100 000 filters.
pub const FILTER_RULES_LIMIT: FileLimit = FileLimit { file: LimitedFile::FilterRules, max_bytes: 32 * MIB };

/// `profiles.ini`, `installs.ini`, `compatibility.ini`: a few lines per
/// profile or installation; 1 MiB is thousands of profiles.
pub const INI_LIMIT: FileLimit = FileLimit { file: LimitedFile::ProfileList, max_bytes: MIB };

/// NSS's key and certificate stores (`key4.db`, `cert9.db`, `pkcs11.txt`):
/// a fresh `key4.db` is about 300 KiB, one with thousands of keys a few
/// MiB.
pub const NSS_DB_LIMIT: FileLimit = FileLimit { file: LimitedFile::KeyStore, max_bytes: 64 * MIB };

/// The limit for the profile file at `path`, by its name (for restoring
/// backups, whose kind their name tells).
pub fn limit_for(path: &Path) -> FileLimit {
    let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    match name.as_str() {
        "prefs.js" => PREFS_JS_LIMIT,
        "logins.json" | "logins-backup.json" => LOGINS_JSON_LIMIT,
        "msgFilterRules.dat" => FILTER_RULES_LIMIT,
        "key4.db" | "cert9.db" | "pkcs11.txt" => NSS_DB_LIMIT,
        // The INI files, and the journal: small files of ours or Gecko's.
        _ => INI_LIMIT,
    }
}

/// Whether a symlink at the path itself is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Symlinks {
    /// Follow it (Thunderbird does, and users link `prefs.js` to a shared
    /// copy); the target must still be a regular file.
    Follow,
    /// Refuse it (our own backups: a link there points anywhere).
    Refuse,
}

/// Reads the file at `path`: `Ok(None)` when nothing is there, an error
/// when it is not a regular file ([`ThunderbirdError::NotRegularFile`]), is
/// larger than `limit` ([`ThunderbirdError::TooLarge`]) or cannot be read.
pub fn read_limited(path: &Path, limit: FileLimit, symlinks: Symlinks) -> Result<Option<Vec<u8>>, ThunderbirdError> {
    let file = match open_without_blocking(path, symlinks) {
        Ok(file) => file,
        // ENOTDIR: a file sits where a directory on the path belongs, so
        // nothing is at this path either.
        Err(error) if matches!(error.kind(), io::ErrorKind::NotFound | io::ErrorKind::NotADirectory) => return Ok(None),
        Err(error) if is_symlink_refused(&error) => {
            return Err(ThunderbirdError::NotRegularFile { path: path.to_owned(), found: FoundInstead::SymbolicLink });
        }
        Err(error) => return Err(read_error(path, error)),
    };
    let metadata = file.metadata().map_err(|error| read_error(path, error))?;
    if !metadata.is_file() {
        return Err(ThunderbirdError::NotRegularFile { path: path.to_owned(), found: kind_of(&metadata) });
    }
    if metadata.len() > limit.max_bytes {
        return Err(too_large(path, limit));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(limit.max_bytes + 1).read_to_end(&mut bytes).map_err(|error| read_error(path, error))?;
    if bytes.len() as u64 > limit.max_bytes {
        // It grew while we read.
        return Err(too_large(path, limit));
    }
    Ok(Some(bytes))
}

/// [`read_limited`] for text: the bytes must be UTF-8.
pub fn read_limited_text(path: &Path, limit: FileLimit) -> Result<Option<String>, ThunderbirdError> {
    match read_limited(path, limit, Symlinks::Follow)? {
        None => Ok(None),
        Some(bytes) => String::from_utf8(bytes).map(Some).map_err(|_| ThunderbirdError::Io {
            action: FileAction::Read,
            path: path.to_owned(),
            source: io::Error::new(io::ErrorKind::InvalidData, crate::tr!("tb-file-not-utf8")),
        }),
    }
}

fn too_large(path: &Path, limit: FileLimit) -> ThunderbirdError {
    ThunderbirdError::TooLarge { path: path.to_owned(), file: limit.file, max_bytes: limit.max_bytes }
}

fn read_error(path: &Path, source: io::Error) -> ThunderbirdError {
    ThunderbirdError::Io { action: FileAction::Read, path: path.to_owned(), source }
}

/// What a non-regular file is.
fn kind_of(metadata: &std::fs::Metadata) -> FoundInstead {
    let file_type = metadata.file_type();
    if file_type.is_dir() {
        return FoundInstead::Directory;
    }
    if file_type.is_symlink() {
        return FoundInstead::SymbolicLink;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return FoundInstead::NamedPipe;
        }
        if file_type.is_socket() {
            return FoundInstead::Socket;
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return FoundInstead::Device;
        }
    }
    FoundInstead::Other
}

/// Opens for reading without waiting: `O_NONBLOCK` makes opening a FIFO
/// return at once instead of waiting for a writer (it has no effect on
/// regular files), `O_NOFOLLOW` refuses a symlink at the path itself.
#[cfg(unix)]
fn open_without_blocking(path: &Path, symlinks: Symlinks) -> io::Result<File> {
    use nix::libc;
    use std::os::unix::fs::OpenOptionsExt;
    let mut flags = libc::O_NONBLOCK;
    if symlinks == Symlinks::Refuse {
        flags |= libc::O_NOFOLLOW;
    }
    std::fs::OpenOptions::new().read(true).custom_flags(flags).open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path, symlinks: Symlinks) -> io::Result<File> {
    if symlinks == Symlinks::Refuse && std::fs::symlink_metadata(path)?.file_type().is_symlink() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "symbolic link refused"));
    }
    File::open(path)
}

/// `O_NOFOLLOW` on a symlink fails with `ELOOP`.
fn is_symlink_refused(error: &io::Error) -> bool {
    #[cfg(unix)]
    {
        error.raw_os_error() == Some(nix::libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        error.kind() == io::ErrorKind::InvalidInput
    }
}

/// True when an I/O error says the place cannot be written at all (a
/// read-only file system, or no permission: EROFS, EACCES, EPERM), rather
/// than that something is busy. By kind, which survives the wrapping
/// `tempfile` adds to name the path.
pub fn is_read_only_error(error: &io::Error) -> bool {
    matches!(error.kind(), io::ErrorKind::ReadOnlyFilesystem | io::ErrorKind::PermissionDenied)
}

/// True when an I/O error says the disk (ENOSPC) or the user's quota
/// (EDQUOT) is full.
pub fn is_disk_full_error(error: &io::Error) -> bool {
    matches!(error.kind(), io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded)
}

/// Parses `prefs.js` bytes; errors name the file and the line.
pub fn parse_prefs(path: &Path, bytes: &[u8]) -> Result<PrefsFile, ThunderbirdError> {
    let text = std::str::from_utf8(bytes).map_err(|not_utf8| ThunderbirdError::PrefsSyntax {
        path: path.to_owned(),
        line: line_of_offset(bytes, not_utf8.valid_up_to()),
        message: crate::tr!("tb-file-not-utf8"),
    })?;
    PrefsFile::parse(text).map_err(|syntax| ThunderbirdError::PrefsSyntax {
        path: path.to_owned(),
        line: syntax.line,
        message: syntax_words(syntax.message),
    })
}

/// A `prefs.js` reader's message in the user's language. The reader
/// (`prefs.rs`, std only: the fuzz target compiles it alone) words its
/// errors as Gecko's parser does, and those stay as they are, like any
/// program's own words; the one that is mailsetup's own is translated here.
fn syntax_words(message: String) -> String {
    match message.as_str() {
        super::prefs::NUL_BYTE => crate::tr!("tb-prefs-nul-byte"),
        _ => message,
    }
}

fn line_of_offset(bytes: &[u8], offset: usize) -> u32 {
    let newlines = bytes[..offset].iter().filter(|byte| **byte == b'\n').count();
    u32::try_from(newlines + 1).unwrap_or(u32::MAX)
}

/// Reads and parses the `prefs.js` of a profile (`Ok(None)` when it has
/// none), for callers that plan a change before making it and for listing.
/// Only a regular file of at most [`PREFS_JS_LIMIT`] is read.
pub fn read_profile_prefs(profile_dir: &Path) -> Result<Option<PrefsFile>, ThunderbirdError> {
    let path = profile_dir.join("prefs.js");
    match read_limited(&path, PREFS_JS_LIMIT, Symlinks::Follow)? {
        Some(bytes) => parse_prefs(&path, &bytes).map(Some),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: FileLimit = FileLimit { file: LimitedFile::Prefs, max_bytes: 8 };

    #[test]
    fn regular_files_within_the_limit_are_read_and_missing_ones_are_none() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        assert!(read_limited(&path, TINY, Symlinks::Follow).unwrap().is_none());
        std::fs::write(&path, b"12345678").unwrap();
        assert_eq!(read_limited(&path, TINY, Symlinks::Follow).unwrap().unwrap(), b"12345678");
        std::fs::write(&path, b"123456789").unwrap();
        assert!(matches!(read_limited(&path, TINY, Symlinks::Follow), Err(ThunderbirdError::TooLarge { max_bytes: 8, .. })));
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_followed_or_refused_as_asked_and_directories_refused() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real");
        std::fs::write(&real, b"abc").unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert_eq!(read_limited(&link, TINY, Symlinks::Follow).unwrap().unwrap(), b"abc");
        assert!(matches!(
            read_limited(&link, TINY, Symlinks::Refuse),
            Err(ThunderbirdError::NotRegularFile { found: FoundInstead::SymbolicLink, .. })
        ));
        assert!(matches!(
            read_limited(dir.path(), TINY, Symlinks::Follow),
            Err(ThunderbirdError::NotRegularFile { found: FoundInstead::Directory, .. })
        ));
    }
}
