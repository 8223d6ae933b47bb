//! Whose homes the audit looks in, where Thunderbird keeps profiles there,
//! and the rule for another user's home: nothing outside it is read, so a
//! symbolic link in it cannot make a root-run audit print what lies
//! elsewhere on the machine.

use crate::thunderbird::{self, ProfilesRoot};
use std::path::{Path, PathBuf};

/// One user's home.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Home {
    /// The user's name (the home's directory name; `root` for `/root`).
    pub user: String,
    pub path: PathBuf,
    /// The user running mailsetup: only their login store may be
    /// decrypted, and their links are followed wherever they lead.
    pub current: bool,
}

/// The user running mailsetup, from `$HOME` (the platform's home directory
/// without it).
pub fn current_user_home() -> Option<Home> {
    let path = thunderbird::user_home()?;
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .ok()
        .filter(|user| !user.is_empty())
        .or_else(|| path.file_name().map(|name| name.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "you".to_owned());
    Some(Home { user, path, current: true })
}

/// The directory holding every user's home on this platform: `/Users`
/// (macOS), `C:\Users` (Windows, on the system drive), `/home` elsewhere.
pub fn platform_users_dir() -> PathBuf {
    if cfg!(windows) {
        let drive = std::env::var("SystemDrive").unwrap_or_else(|_| "C:".to_owned());
        PathBuf::from(format!("{drive}\\Users"))
    } else if cfg!(target_os = "macos") {
        PathBuf::from("/Users")
    } else {
        PathBuf::from("/home")
    }
}

/// Every home under `users_dir` (each directory in it, links to
/// directories skipped: a home is a directory of its own), sorted by user;
/// on Linux with the platform's own users directory, `/root` too.
pub fn homes_in(users_dir: &Path, with_root: bool) -> Result<Vec<Home>, String> {
    let own = current_user_home().map(|home| canonical_or_same(&home.path));
    let entries = std::fs::read_dir(users_dir).map_err(|error| crate::tr!("audit-cannot-list", path = users_dir.display().to_string(), error = error.to_string()))?;
    let mut homes: Vec<Home> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_dir()))
        .filter(|entry| !is_system_profile(&entry.file_name().to_string_lossy()))
        .map(|entry| {
            let path = entry.path();
            Home { user: entry.file_name().to_string_lossy().into_owned(), current: own.as_deref() == Some(canonical_or_same(&path).as_path()), path }
        })
        .collect();
    homes.sort_by(|a, b| a.user.cmp(&b.user));
    if with_root && cfg!(target_os = "linux") && Path::new("/root").is_dir() {
        let path = PathBuf::from("/root");
        homes.push(Home { user: "root".to_owned(), current: own.as_deref() == Some(path.as_path()), path });
    }
    Ok(homes)
}

/// Windows keeps profiles of no person under `C:\Users`.
fn is_system_profile(name: &str) -> bool {
    cfg!(windows) && ["Public", "Default", "Default User", "All Users"].iter().any(|system| system.eq_ignore_ascii_case(name))
}

fn canonical_or_same(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}

/// Where Thunderbird may keep profiles in `home`: the platform's own place
/// (for the current user, where `thunderbird::profiles_root` says), then
/// Flatpak's, Snap's, Windows' `AppData\Roaming` and macOS's. Whether they
/// exist is the caller's to find out.
pub fn candidate_roots(home: &Home) -> Vec<ProfilesRoot> {
    if home.current {
        let appdata = std::env::var_os("APPDATA").filter(|dir| !dir.is_empty()).map(PathBuf::from);
        thunderbird::own_profile_roots(Some(&home.path), appdata.as_deref())
    } else {
        let appdata = cfg!(windows).then(|| home.path.join("AppData").join("Roaming"));
        thunderbird::profile_roots_in(&home.path, appdata.as_deref())
    }
}

/// The rule for another user's home: `path` (which exists) must resolve,
/// links and all, to a place inside `home` (already resolved).
pub fn inside(home: &Path, path: &Path) -> Result<(), String> {
    let resolved = std::fs::canonicalize(path).map_err(|error| match error.raw_os_error() {
        Some(code) if code == nix_eloop() => crate::tr!("audit-link-loop", path = path.display().to_string()),
        _ => crate::tr!("audit-cannot-follow", path = path.display().to_string(), error = error.to_string()),
    })?;
    if resolved.starts_with(home) {
        Ok(())
    } else {
        Err(crate::tr!("audit-leads-out", path = path.display().to_string(), target = resolved.display().to_string()))
    }
}

#[cfg(unix)]
fn nix_eloop() -> i32 {
    nix::libc::ELOOP
}

#[cfg(not(unix))]
fn nix_eloop() -> i32 {
    // ERROR_CANT_RESOLVE_FILENAME: Windows' word for a link loop.
    1921
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_out_of_the_home_and_loops_are_refused_links_inside_followed() {
        let machine = tempfile::tempdir().unwrap();
        let home = machine.path().join("alice");
        std::fs::create_dir_all(home.join("real")).unwrap();
        std::fs::write(machine.path().join("secret"), "x").unwrap();
        std::os::unix::fs::symlink(home.join("real"), home.join("inside")).unwrap();
        std::os::unix::fs::symlink(machine.path().join("secret"), home.join("outside")).unwrap();
        std::os::unix::fs::symlink(home.join("loop-b"), home.join("loop-a")).unwrap();
        std::os::unix::fs::symlink(home.join("loop-a"), home.join("loop-b")).unwrap();
        let home = std::fs::canonicalize(&home).unwrap();
        assert_eq!(inside(&home, &home.join("inside")), Ok(()));
        assert!(inside(&home, &home.join("outside")).unwrap_err().contains("leads out of the home"));
        assert!(inside(&home, &home.join("loop-a")).unwrap_err().contains("loop of symbolic links"));
    }

    #[test]
    fn homes_are_the_directories_of_the_users_dir_and_links_are_not_homes() {
        let users = tempfile::tempdir().unwrap();
        std::fs::create_dir(users.path().join("bob")).unwrap();
        std::fs::create_dir(users.path().join("alice")).unwrap();
        std::fs::write(users.path().join("notes.txt"), "").unwrap();
        std::os::unix::fs::symlink("/etc", users.path().join("etc-link")).unwrap();
        let homes = homes_in(users.path(), false).unwrap();
        let names: Vec<&str> = homes.iter().map(|home| home.user.as_str()).collect();
        assert_eq!(names, ["alice", "bob"]);
    }
}
