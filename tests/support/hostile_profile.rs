//! Real hostile objects for profile tests: a read-only profile, an
//! unreadable file, and a deadline so that a hang fails the test instead of
//! hanging the suite. Tests may run as root, where permission bits deny
//! nothing, so each helper uses a mechanism that really fails for the user
//! it runs as.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

/// True when this process runs as root (a file it creates is owned by uid 0).
pub fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    let probe = tempfile::NamedTempFile::new().unwrap();
    probe.as_file().metadata().unwrap().uid() == 0
}

/// Runs `work` on a thread and returns its result, or panics when it has
/// not finished within `seconds` (the thread is left behind, blocked).
pub fn within<T: Send + 'static>(what: &str, seconds: u64, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    receiver
        .recv_timeout(Duration::from_secs(seconds))
        .unwrap_or_else(|_| panic!("{what} did not return within {seconds} s: it hangs"))
}

/// Makes `path` a file that exists, is a regular file, and cannot be read:
/// mode 000 for a normal user; for root (whom modes do not stop) a link to
/// `/proc/self/mem`, a regular file whose first page is unmapped, so every
/// read fails with EIO.
pub fn make_unreadable(path: &Path) {
    let _ = fs::remove_file(path);
    if running_as_root() {
        std::os::unix::fs::symlink("/proc/self/mem", path).unwrap();
    } else {
        use std::os::unix::fs::PermissionsExt;
        fs::write(path, b"{}").unwrap();
        fs::set_permissions(path, fs::Permissions::from_mode(0o000)).unwrap();
    }
    assert!(fs::read(path).is_err(), "{} should be unreadable", path.display());
}

/// A copy of a profile in a directory that cannot be written: a read-only
/// tmpfs for root, mode 0555 for a normal user. Undone on drop.
pub struct ReadOnlyProfile {
    pub path: PathBuf,
    mount_point: Option<tempfile::TempDir>,
    _plain: Option<tempfile::TempDir>,
}

impl ReadOnlyProfile {
    pub fn copy_of(profile: &Path) -> ReadOnlyProfile {
        if running_as_root() {
            let mount_point = tempfile::tempdir().unwrap();
            let mount = |options: &str| {
                let status = Command::new("mount")
                    .args(["-t", "tmpfs", "-o", options, "tmpfs"])
                    .arg(mount_point.path())
                    .status()
                    .unwrap();
                assert!(status.success(), "mount -o {options} failed (root without CAP_SYS_ADMIN?)");
            };
            mount("size=8m");
            copy_dir(profile, mount_point.path());
            mount("remount,ro");
            ReadOnlyProfile { path: mount_point.path().to_owned(), mount_point: Some(mount_point), _plain: None }
        } else {
            use std::os::unix::fs::PermissionsExt;
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("profile");
            copy_dir(profile, &path);
            fs::set_permissions(&path, fs::Permissions::from_mode(0o555)).unwrap();
            ReadOnlyProfile { path, mount_point: None, _plain: Some(dir) }
        }
    }
}

impl Drop for ReadOnlyProfile {
    fn drop(&mut self) {
        match &self.mount_point {
            Some(mount_point) => {
                let _ = Command::new("umount").arg("-l").arg(mount_point.path()).status();
            }
            None => {
                use std::os::unix::fs::PermissionsExt;
                let _ = fs::set_permissions(&self.path, fs::Permissions::from_mode(0o755));
            }
        }
    }
}

/// A tmpfs of `bytes` bytes (root only), unmounted on drop.
pub struct SmallDisk {
    pub path: PathBuf,
    _mount_point: tempfile::TempDir,
}

impl SmallDisk {
    pub fn new(bytes: u64) -> SmallDisk {
        let mount_point = tempfile::tempdir().unwrap();
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}"), "tmpfs"])
            .arg(mount_point.path())
            .status()
            .unwrap();
        assert!(status.success(), "mounting a tmpfs needs root");
        SmallDisk { path: mount_point.path().to_owned(), _mount_point: mount_point }
    }

    /// Fills the disk until a write fails with ENOSPC.
    pub fn fill(&self) {
        use std::io::Write;
        let mut filler = fs::File::create(self.path.join("filler")).unwrap();
        let block = vec![0u8; 4096];
        loop {
            match filler.write_all(&block) {
                Ok(()) => {}
                Err(error) if error.raw_os_error() == Some(28) => break,
                Err(error) => panic!("filling the disk: {error}"),
            }
        }
        let _ = filler.sync_all();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.path).status();
    }
}

/// Copies a directory tree, files byte for byte.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every file under `dir` (relative path → what it holds), leaving out
/// mailsetup's backups, Thunderbird's lock file and the temporary files a
/// killed write leaves (`.<name>.mailsetup-….tmp`, which Thunderbird never
/// reads): symlinks as their target, unreadable files as such.
pub fn snapshot(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, files: &mut std::collections::BTreeMap<PathBuf, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let relative = path.strip_prefix(base).unwrap().to_owned();
            let file_type = entry.file_type().unwrap();
            if file_type.is_dir() {
                if name != "mailsetup-backups" {
                    walk(base, &path, files);
                }
            } else if name != ".parentlock" && !(name.starts_with('.') && name.contains(".mailsetup-") && name.ends_with(".tmp")) {
                let content = if file_type.is_symlink() {
                    format!("symlink to {}", fs::read_link(&path).unwrap().display()).into_bytes()
                } else {
                    fs::read(&path).unwrap_or_else(|_| b"(unreadable)".to_vec())
                };
                files.insert(relative, content);
            }
        }
    }
    let mut files = std::collections::BTreeMap::new();
    walk(dir, dir, &mut files);
    files
}
