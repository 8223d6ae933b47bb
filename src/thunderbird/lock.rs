//! Is Thunderbird running on a profile? And keeping it from starting while
//! we write.
//!
//! Gecko's profile lock (`toolkit/profile/nsProfileLock.cpp`):
//! * **Linux and other Unix:** a POSIX `fcntl` write lock on `.parentlock`
//!   (an empty file that stays behind after exit), plus a `lock` symlink
//!   whose target is `<ip>:+<pid>`. A clean SIGTERM exit removes the
//!   symlink; a crash or a Marionette quit can leave it behind, so its
//!   existence alone proves nothing: only a live pid counts.
//!   `flock(2)` locks are independent of `fcntl` locks on Linux, so testing
//!   with `flock` would never see Thunderbird's lock.
//! * **macOS:** the same `fcntl` lock on `.parentlock`.
//! * **Windows:** `parent.lock`, opened with no sharing while Thunderbird
//!   runs; a sharing violation on open means it is in use.
//!
//! [`is_profile_in_use`] only looks. [`ProfileLock::acquire`] takes the
//! same lock Thunderbird takes, so Thunderbird refuses to start on the
//! profile while we rewrite its files.

use super::ThunderbirdError;
use std::path::{Path, PathBuf};

/// True if a Thunderbird process holds the profile in `profile_dir`.
///
/// Looks without taking anything: on Unix an `F_GETLK` test of the `fcntl`
/// lock on `.parentlock` plus the pid in the `lock` symlink; on Windows an
/// exclusive open of `parent.lock` that is closed right away.
pub fn is_profile_in_use(profile_dir: &Path) -> Result<bool, ThunderbirdError> {
    platform::is_locked(profile_dir)
        .map_err(|source| ThunderbirdError::LockCheckFailed { profile: profile_dir.to_owned(), source })
}

/// Our hold on a profile's lock; released when dropped.
///
/// While it is held, a Thunderbird starting on this profile sees the profile
/// as in use ("Thunderbird is already running") instead of reading files we
/// are halfway through replacing.
#[derive(Debug)]
pub struct ProfileLock {
    profile_dir: PathBuf,
    // The open lock file; closing it releases the lock.
    _file: std::fs::File,
}

impl ProfileLock {
    /// Takes the profile lock, or fails with
    /// [`ThunderbirdError::ProfileInUse`] if Thunderbird holds it.
    ///
    /// On Unix this creates `.parentlock` if it is missing (Thunderbird
    /// creates the same empty file on its first start).
    pub fn acquire(profile_dir: &Path) -> Result<ProfileLock, ThunderbirdError> {
        let lock_failed = |source: std::io::Error| {
            // Creating or opening the lock file for writing failed because
            // the profile cannot be written: that is not "Thunderbird is
            // running", and saying so would send the user looking for a
            // Thunderbird that is not there.
            if super::files::is_read_only_error(&source) {
                ThunderbirdError::ReadOnlyProfile { profile: profile_dir.to_owned(), source }
            } else {
                ThunderbirdError::LockCheckFailed { profile: profile_dir.to_owned(), source }
            }
        };
        match platform::acquire(profile_dir).map_err(lock_failed)? {
            Some(file) => Ok(ProfileLock { profile_dir: profile_dir.to_owned(), _file: file }),
            None => Err(ThunderbirdError::ProfileInUse { profile: profile_dir.to_owned() }),
        }
    }

    /// The profile this lock holds.
    pub fn profile_dir(&self) -> &Path {
        &self.profile_dir
    }
}

#[cfg(unix)]
mod platform {
    use nix::errno::Errno;
    use nix::fcntl::{FcntlArg, fcntl};
    use nix::libc;
    use std::fs::{File, OpenOptions};
    use std::io;
    use std::os::unix::fs::OpenOptionsExt;
    use std::path::Path;

    const FCNTL_LOCK_FILE: &str = ".parentlock";
    const SYMLINK_LOCK: &str = "lock";

    /// A write lock over the whole file, as Gecko takes it.
    fn whole_file_write_lock() -> libc::flock {
        // SAFETY: `libc::flock` is a C struct of integers (plus, on some
        // platforms, padding fields), for which all-zero bytes are a valid
        // value. `libc` offers no constructor for it.
        let mut lock: libc::flock = unsafe { std::mem::MaybeUninit::zeroed().assume_init() };
        lock.l_type = libc::F_WRLCK as libc::c_short;
        lock.l_whence = libc::SEEK_SET as libc::c_short;
        lock.l_start = 0;
        lock.l_len = 0; // 0 = to the end of the file, however long it gets.
        lock
    }

    pub(super) fn is_locked(profile_dir: &Path) -> io::Result<bool> {
        Ok(fcntl_lock_is_held(profile_dir)? || symlink_lock_is_live(profile_dir)?)
    }

    pub(super) fn acquire(profile_dir: &Path) -> io::Result<Option<File>> {
        if symlink_lock_is_live(profile_dir)? {
            return Ok(None);
        }
        // No truncation: the file is empty anyway, and Thunderbird may be
        // starting at this very moment.
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(profile_dir.join(FCNTL_LOCK_FILE))?;
        let lock = whole_file_write_lock();
        match fcntl(&file, FcntlArg::F_SETLK(&lock)) {
            Ok(_) => Ok(Some(file)),
            Err(Errno::EAGAIN | Errno::EACCES) => Ok(None),
            Err(errno) => Err(io::Error::from(errno)),
        }
    }

    /// `F_GETLK` asks "would my write lock conflict?" without taking it. It
    /// cannot see locks held by this very process, which only matters for a
    /// [`super::ProfileLock`] we hold ourselves.
    fn fcntl_lock_is_held(profile_dir: &Path) -> io::Result<bool> {
        // Non-blocking: a FIFO at the lock's name would otherwise hold the
        // open until some writer came.
        let file = match OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(profile_dir.join(FCNTL_LOCK_FILE)) {
            Ok(file) => file,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(error) => return Err(error),
        };
        let mut lock = whole_file_write_lock();
        fcntl(&file, FcntlArg::F_GETLK(&mut lock)).map_err(io::Error::from)?;
        Ok(lock.l_type != libc::F_UNLCK as libc::c_short)
    }

    /// The `lock` symlink points at `<ip>:+<pid>` (older builds: `<ip>:<pid>`).
    /// It counts only if that process is alive on this machine.
    fn symlink_lock_is_live(profile_dir: &Path) -> io::Result<bool> {
        let target = match std::fs::read_link(profile_dir.join(SYMLINK_LOCK)) {
            Ok(target) => target,
            Err(error) if matches!(error.kind(), io::ErrorKind::NotFound | io::ErrorKind::InvalidInput) => {
                return Ok(false);
            }
            Err(error) => return Err(error),
        };
        Ok(pid_in_lock_target(&target.to_string_lossy()).is_some_and(process_is_alive))
    }

    pub(super) fn pid_in_lock_target(target: &str) -> Option<u32> {
        let (_address, pid) = target.rsplit_once(':')?;
        pid.strip_prefix('+').unwrap_or(pid).parse().ok().filter(|pid| *pid > 0)
    }

    /// Alive means: it exists and is not a zombie. A pid from a lock left by
    /// another machine (a profile on a network share) may by chance be alive
    /// here; then we err on the side of "in use", as Gecko does.
    #[cfg(target_os = "linux")]
    fn process_is_alive(pid: u32) -> bool {
        match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            // The state follows the parenthesised command name, which may
            // itself contain spaces and parentheses.
            Ok(stat) => stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().next())
                .is_some_and(|state| state != "Z" && state != "X"),
            Err(_) => false,
        }
    }

    #[cfg(not(target_os = "linux"))]
    fn process_is_alive(pid: u32) -> bool {
        let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
        // SAFETY: signal 0 only checks that the process exists; nothing is sent.
        let result = unsafe { libc::kill(pid, 0) };
        result == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
}

#[cfg(windows)]
mod platform {
    use std::fs::{File, OpenOptions};
    use std::io;
    use std::os::windows::fs::OpenOptionsExt;
    use std::path::Path;

    const LOCK_FILE: &str = "parent.lock";
    const ERROR_SHARING_VIOLATION: i32 = 32;

    fn open_exclusive(profile_dir: &Path, create: bool) -> io::Result<Option<File>> {
        let mut options = OpenOptions::new();
        options.read(true).write(true).share_mode(0);
        if create {
            options.create(true).truncate(false);
        }
        match options.open(profile_dir.join(LOCK_FILE)) {
            Ok(file) => Ok(Some(file)),
            Err(error) if error.raw_os_error() == Some(ERROR_SHARING_VIOLATION) => Ok(None),
            Err(error) => Err(error),
        }
    }

    pub(super) fn is_locked(profile_dir: &Path) -> io::Result<bool> {
        match open_exclusive(profile_dir, false) {
            Ok(Some(_file)) => Ok(false),
            Ok(None) => Ok(true),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(error) => Err(error),
        }
    }

    pub(super) fn acquire(profile_dir: &Path) -> io::Result<Option<File>> {
        open_exclusive(profile_dir, true)
    }
}

#[cfg(test)]
mod tests {
    #[cfg(unix)]
    #[test]
    fn reads_the_pid_from_both_symlink_forms() {
        use super::platform::pid_in_lock_target;
        assert_eq!(pid_in_lock_target("127.0.0.1:+16938"), Some(16938));
        assert_eq!(pid_in_lock_target("192.168.1.5:4242"), Some(4242));
        assert_eq!(pid_in_lock_target("garbage"), None);
        assert_eq!(pid_in_lock_target("127.0.0.1:+0"), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_stale_symlink_and_an_unlocked_parentlock_mean_not_in_use() {
        let profile = tempfile::tempdir().unwrap();
        std::fs::write(profile.path().join(".parentlock"), b"").unwrap();
        // Pid 0 is never a process we could mean; a huge pid is beyond pid_max.
        std::os::unix::fs::symlink("127.0.0.1:+2147483646", profile.path().join("lock")).unwrap();
        assert!(!super::is_profile_in_use(profile.path()).unwrap());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_naming_a_live_process_means_in_use() {
        let profile = tempfile::tempdir().unwrap();
        let target = format!("127.0.0.1:+{}", std::process::id());
        std::os::unix::fs::symlink(target, profile.path().join("lock")).unwrap();
        assert!(super::is_profile_in_use(profile.path()).unwrap());
        assert!(matches!(
            super::ProfileLock::acquire(profile.path()),
            Err(super::ThunderbirdError::ProfileInUse { .. })
        ));
    }

    #[test]
    fn an_empty_profile_is_not_in_use_and_can_be_locked() {
        let profile = tempfile::tempdir().unwrap();
        assert!(!super::is_profile_in_use(profile.path()).unwrap());
        let lock = super::ProfileLock::acquire(profile.path()).unwrap();
        assert_eq!(lock.profile_dir(), profile.path());
    }
}
