//! Starting the Thunderbird that owns a profile: "Open Thunderbird" on the
//! wizard's last page. The install that last ran the profile comes first
//! (its `compatibility.ini`), as for its NSS; a Flatpak or Snap install is
//! started through its launcher, since its files cannot run outside it.

use super::nss::{self, Platform};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The program and arguments that open `profile_dir`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaunchCommand {
    pub program: PathBuf,
    pub args: Vec<OsString>,
}

/// How to start the Thunderbird for `profile_dir`, given the installs found
/// on this machine: the first candidate install (see
/// [`nss::candidate_dirs`]) whose program exists, else `thunderbird` from
/// the `PATH`.
pub fn launch_command(profile_dir: &Path, installs: &[PathBuf], home: Option<&Path>) -> LaunchCommand {
    let profile_args = vec![OsString::from("--profile"), profile_dir.as_os_str().to_owned()];
    for dir in nss::candidate_dirs(profile_dir, installs, home) {
        let text = dir.to_string_lossy();
        if text.contains("/flatpak/app/org.mozilla.Thunderbird/") && dir.is_dir() {
            let mut args = vec![OsString::from("run"), OsString::from("org.mozilla.Thunderbird")];
            args.extend(profile_args);
            return LaunchCommand { program: PathBuf::from("flatpak"), args };
        }
        if text.starts_with("/snap/thunderbird/") && dir.is_dir() {
            return LaunchCommand { program: PathBuf::from("/snap/bin/thunderbird"), args: profile_args };
        }
        let program = dir.join(program_name());
        if program.is_file() {
            return LaunchCommand { program, args: profile_args };
        }
    }
    LaunchCommand { program: PathBuf::from(program_name()), args: profile_args }
}

fn program_name() -> &'static str {
    match Platform::current() {
        Platform::Windows => "thunderbird.exe",
        _ => "thunderbird",
    }
}

/// Starts Thunderbird on `profile_dir` and returns without waiting for it;
/// a thread reaps it when it exits. Refuses while Thunderbird already has
/// the profile open (a second start would only ask to pick another one).
pub fn open_thunderbird(profile_dir: &Path) -> Result<LaunchCommand, String> {
    if super::is_profile_in_use(profile_dir).map_err(|error| error.to_string())? {
        return Err(crate::tr!("tb-launch-already-open"));
    }
    let home = directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned());
    let command = launch_command(profile_dir, &super::detect_install_dirs(), home.as_deref());
    let mut child = Command::new(&command.program)
        .args(&command.args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|error| crate::tr!("tb-launch-failed", program = command.program.display().to_string(), error = error.to_string()))?;
    let reaper = std::thread::Builder::new().name("mailsetup-thunderbird".to_owned()).spawn(move || child.wait());
    if let Err(error) = reaper {
        tracing::warn!(%error, "no thread to wait for Thunderbird; it runs on unreaped");
    }
    Ok(command)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn the_install_that_last_ran_the_profile_is_started_on_it() {
        use std::os::unix::fs::PermissionsExt;
        let temp = tempfile::tempdir().unwrap();
        let install = temp.path().join("thunderbird-153");
        std::fs::create_dir(&install).unwrap();
        let record = temp.path().join("started-with");
        let program = install.join("thunderbird");
        std::fs::write(&program, format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > {}.part && mv {0}.part {0}\n", record.display())).unwrap();
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
        let profile = temp.path().join("abcd.default");
        std::fs::create_dir(&profile).unwrap();
        std::fs::write(profile.join("compatibility.ini"), format!("[Compatibility]\nLastPlatformDir={}\n", install.display())).unwrap();

        let command = open_thunderbird(&profile).unwrap();
        assert_eq!(command.program, program);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !record.exists() {
            assert!(std::time::Instant::now() < deadline, "the program never ran");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(std::fs::read_to_string(&record).unwrap(), format!("--profile\n{}\n", profile.display()));
    }

    #[test]
    fn without_a_known_install_the_path_decides() {
        let temp = tempfile::tempdir().unwrap();
        let command = launch_command(temp.path(), &[temp.path().join("nowhere")], None);
        assert_eq!(command.program, PathBuf::from(program_name()));
        assert_eq!(command.args, [OsString::from("--profile"), temp.path().as_os_str().to_owned()]);
    }
}
