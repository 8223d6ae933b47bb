//! Logging set-up shared by the binary and the tests.
//!
//! Our own code never logs a secret at any level. Some dependencies log raw
//! protocol bytes at TRACE: async-imap's stream encoder writes every command
//! line, including the base64 `AUTHENTICATE` payload that holds the token.
//! Those targets are switched off here, after `RUST_LOG` is read, so no
//! setting of `RUST_LOG` can turn them back on. The same filter guards the
//! log file and standard error.
//!
//! Where the log file lives ([`log_dir`]):
//!
//! | platform | directory |
//! |---|---|
//! | Linux | `$XDG_STATE_HOME/mailsetup/`, else `~/.local/state/mailsetup/` |
//! | macOS | `~/Library/Logs/mailsetup/` |
//! | Windows | `%LOCALAPPDATA%\mailsetup\mailsetup\data\logs\` |
//!
//! The file is `mailsetup.log`; at [`MAX_FILE_BYTES`] it becomes
//! `mailsetup.log.1` (the older ones move up, up to [`KEPT_OLD_FILES`]), so
//! the logs never take more than about 4 MiB.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tracing_subscriber::EnvFilter;
use tracing_subscriber::Layer as _;
use tracing_subscriber::filter::Directive;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;

/// Log targets that can carry secrets and are therefore always off.
pub const SILENCED_TARGETS: [&str; 2] = ["async_imap::imap_stream", "lettre::transport::smtp::client"];

/// The log file's name inside [`log_dir`].
pub const LOG_FILE_NAME: &str = "mailsetup.log";

/// The size at which the log file is rotated.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// How many rotated files (`mailsetup.log.1` …) are kept.
pub const KEPT_OLD_FILES: u32 = 3;

/// A filter from `RUST_LOG` (or `default` when it is unset or invalid),
/// with the secret-bearing targets switched off.
pub fn secret_safe_filter(default: &str) -> EnvFilter {
    let mut filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    for target in SILENCED_TARGETS {
        let directive: Directive = format!("{target}=off").parse().expect("a target name with =off is a valid directive");
        filter = filter.add_directive(directive);
    }
    filter
}

/// Where the platform expects this program's logs (see the module docs), or
/// `None` when no home directory is known.
pub fn log_dir() -> Option<PathBuf> {
    if cfg!(target_os = "macos") {
        return directories::BaseDirs::new().map(|dirs| dirs.home_dir().join("Library").join("Logs").join("mailsetup"));
    }
    let project = directories::ProjectDirs::from("org", "mailsetup", "mailsetup")?;
    // `state_dir` is Linux's XDG state directory; other systems have none.
    Some(match project.state_dir() {
        Some(state) => state.to_owned(),
        None => project.data_local_dir().join("logs"),
    })
}

/// Logging for the binary: standard error gets warnings (with `verbose`,
/// also mailsetup's debug messages); the log file in [`log_dir`] gets
/// mailsetup's info messages and every warning (with `verbose`, debug too).
/// `RUST_LOG` replaces both defaults. Returns the log file's path, or `None`
/// when it could not be opened (logging to standard error goes on).
pub fn init(verbose: bool) -> Option<PathBuf> {
    let stderr_default = if verbose { "mailsetup=debug,warn" } else { "warn" };
    let file_default = if verbose { "mailsetup=debug,warn" } else { "mailsetup=info,warn" };
    let file = log_dir().and_then(|dir| RotatingFile::open(&dir, MAX_FILE_BYTES, KEPT_OLD_FILES).ok());
    let path = file.as_ref().map(|file| file.path().to_owned());
    let stderr_layer =
        tracing_subscriber::fmt::layer().with_writer(io::stderr).with_target(false).with_filter(secret_safe_filter(stderr_default));
    let file_layer = file.map(|file| tracing_subscriber::fmt::layer().with_writer(file).with_ansi(false).with_filter(secret_safe_filter(file_default)));
    if tracing_subscriber::registry().with(stderr_layer).with(file_layer).try_init().is_err() {
        return None;
    }
    if let Some(path) = &path {
        tracing::info!(version = env!("CARGO_PKG_VERSION"), log = %path.display(), "mailsetup started");
    }
    path
}

/// An append-only log file that rotates itself when it reaches its cap:
/// `mailsetup.log` → `mailsetup.log.1` → … → `mailsetup.log.N`, the oldest
/// dropped. Each write is one whole log line (tracing's fmt layer writes an
/// event at once), so a line is never split across files. Cloning shares the
/// file. Created readable by the user only: a log names the address.
#[derive(Clone)]
pub struct RotatingFile {
    inner: Arc<Mutex<FileState>>,
    path: PathBuf,
    max_bytes: u64,
    keep: u32,
}

struct FileState {
    file: File,
    written: u64,
}

impl RotatingFile {
    /// Opens (appending) or creates `dir/mailsetup.log`, creating `dir`.
    pub fn open(dir: &Path, max_bytes: u64, keep: u32) -> io::Result<Self> {
        fs::create_dir_all(dir)?;
        let path = dir.join(LOG_FILE_NAME);
        let file = open_append(&path)?;
        let written = file.metadata()?.len();
        Ok(Self { inner: Arc::new(Mutex::new(FileState { file, written })), path, max_bytes, keep })
    }

    /// The current log file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `mailsetup.log.N`.
    fn rotated(&self, number: u32) -> PathBuf {
        let mut name = self.path.as_os_str().to_owned();
        name.push(format!(".{number}"));
        PathBuf::from(name)
    }

    fn rotate(&self, state: &mut FileState) -> io::Result<()> {
        if self.keep == 0 {
            state.file = OpenOptions::new().write(true).truncate(true).open(&self.path)?;
        } else {
            // A missing older file is fine: rename fails, and nothing is lost.
            for number in (1..self.keep).rev() {
                let _ = fs::rename(self.rotated(number), self.rotated(number + 1));
            }
            fs::rename(&self.path, self.rotated(1))?;
            state.file = open_append(&self.path)?;
        }
        state.written = 0;
        Ok(())
    }
}

fn open_append(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    options.open(path)
}

impl Write for &RotatingFile {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let mut state = self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if state.written > 0 && state.written + bytes.len() as u64 > self.max_bytes {
            self.rotate(&mut state)?;
        }
        state.file.write_all(bytes)?;
        state.written += bytes.len() as u64;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let mut state = self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        state.file.flush()
    }
}

impl<'a> MakeWriter<'a> for RotatingFile {
    type Writer = &'a RotatingFile;

    fn make_writer(&'a self) -> Self::Writer {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotates_at_the_cap_and_keeps_only_the_newest_files() {
        let dir = tempfile::tempdir().unwrap();
        let file = RotatingFile::open(dir.path(), 100, 2).unwrap();
        let line = [b'x'; 39];
        for number in 0..20u8 {
            let mut line = line.to_vec();
            line.push(b'0' + number % 10);
            line.push(b'\n');
            (&file).write_all(&line).unwrap();
        }
        let mut names: Vec<String> = fs::read_dir(dir.path()).unwrap().map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        assert_eq!(names, ["mailsetup.log", "mailsetup.log.1", "mailsetup.log.2"]);
        for name in &names {
            let size = fs::metadata(dir.path().join(name)).unwrap().len();
            assert!(size <= 100 && size.is_multiple_of(41), "{name}: {size} bytes, whole lines under the cap");
        }
        // The newest line is in the current file.
        assert!(fs::read_to_string(dir.path().join("mailsetup.log")).unwrap().ends_with("9\n"));
    }

    #[test]
    fn appends_to_an_existing_file_and_counts_its_size() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(LOG_FILE_NAME), [b'o'; 90]).unwrap();
        let file = RotatingFile::open(dir.path(), 100, 1).unwrap();
        (&file).write_all(b"0123456789abcdef\n").unwrap();
        assert_eq!(fs::metadata(dir.path().join("mailsetup.log.1")).unwrap().len(), 90);
        assert_eq!(fs::read_to_string(dir.path().join(LOG_FILE_NAME)).unwrap(), "0123456789abcdef\n");
    }

    #[cfg(unix)]
    #[test]
    fn the_file_is_private_to_the_user() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let file = RotatingFile::open(dir.path(), 100, 1).unwrap();
        assert_eq!(fs::metadata(file.path()).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn linux_logs_go_to_the_xdg_state_directory() {
        let dir = log_dir().expect("a home directory");
        assert!(dir.ends_with("mailsetup"), "{}", dir.display());
        match std::env::var_os("XDG_STATE_HOME").filter(|value| Path::new(value).is_absolute()) {
            Some(state) => assert_eq!(dir, Path::new(&state).join("mailsetup")),
            None => assert!(dir.ends_with(".local/state/mailsetup"), "{}", dir.display()),
        }
    }
}
