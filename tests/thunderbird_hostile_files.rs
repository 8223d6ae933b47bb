//! Hostile objects where a profile's files belong (issue 10, finding 10, and
//! the `restore` of a symlinked "backup"), each a real file-system object:
//! a FIFO as `prefs.js` must fail at once rather than hang, a link to
//! `/dev/zero` must not be read until memory runs out, a huge file is
//! refused unread, a read-only profile is reported as read-only (not as
//! "close Thunderbird"), and `restore` restores only regular files in the
//! profile's own backup directory.
#![cfg(unix)]

#[path = "support/exchange_profile.rs"]
mod exchange_profile;
#[path = "support/hostile_profile.rs"]
mod hostile_profile;

use exchange_profile::exchange_profile;
use hostile_profile::{ReadOnlyProfile, snapshot, within};
use mailsetup::thunderbird::{
    self, AccountSettings, FoundInstead, PREFS_JS_LIMIT, LOGINS_JSON_LIMIT, MigrationTarget, OAuthProvider, SocketType,
    ThunderbirdError, list_backups, migrate_account, restore_backup, write_account,
};
use mailsetup::troubleshoot::{Fault, ThunderbirdFault};
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn carol() -> AccountSettings {
    AccountSettings {
        smtp_user_name: None,
        email: "carol@contoso.example".into(),
        display_name: "Carol".into(),
        incoming_host: "outlook.office365.com".into(),
        incoming_port: 993,
        incoming_socket: SocketType::Ssl,
        smtp_host: "smtp.office365.com".into(),
        smtp_port: 587,
        smtp_socket: SocketType::StartTls,
        incoming_protocol: mailsetup::provider::IncomingProtocol::Imap,
        incoming_auth: mailsetup::provider::AuthMethod::OAuth2,
        smtp_auth: mailsetup::provider::AuthMethod::OAuth2,
    }
}

fn mkfifo(path: &Path) {
    let _ = fs::remove_file(path);
    nix::unistd::mkfifo(path, nix::sys::stat::Mode::from_bits_truncate(0o600)).unwrap();
}

/// A profiles root whose `profiles.ini` names `profile` as the default.
fn root_with(profile: &Path) -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    fs::write(
        root.path().join("profiles.ini"),
        format!("[General]\nStartWithLastProfile=1\nVersion=2\n\n[Profile0]\nName=hostile\nIsRelative=0\nPath={}\nDefault=1\n", profile.display()),
    )
    .unwrap();
    root
}

#[test]
fn a_fifo_as_prefs_js_fails_at_once_instead_of_hanging() {
    let profile = exchange_profile();
    mkfifo(&profile.path().join("prefs.js"));
    let dir = profile.path().to_owned();
    let error = within("reading a FIFO prefs.js", 10, move || thunderbird::read_profile_prefs(&dir)).unwrap_err();
    assert!(matches!(error, ThunderbirdError::NotRegularFile { found: FoundInstead::NamedPipe, .. }), "{error}");
    assert_eq!(error.fault(), Fault::Thunderbird(ThunderbirdFault::NotARegularFile));
    assert!(error.to_string().contains("not a regular file"), "{error}");

    let dir = profile.path().to_owned();
    let error = within("writing into a profile with a FIFO prefs.js", 10, move || write_account(&dir, &carol())).unwrap_err();
    assert!(matches!(error, ThunderbirdError::NotRegularFile { .. }), "{error}");
    let dir = profile.path().to_owned();
    let error = within("migrating with a FIFO prefs.js", 10, move || {
        migrate_account(&dir, "account1", &MigrationTarget::for_provider(OAuthProvider::Microsoft), None)
    })
    .unwrap_err();
    assert!(matches!(error, ThunderbirdError::NotRegularFile { .. }), "{error}");
    // Nothing was written beside the FIFO.
    assert!(list_backups(profile.path()).unwrap().is_empty());
}

#[test]
fn profiles_root_lists_a_fifo_profile_promptly_with_the_problem() {
    let profile = exchange_profile();
    mkfifo(&profile.path().join("prefs.js"));
    let root = root_with(profile.path());
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .args(["profiles", "--root"])
        .arg(root.path())
        .env("HOME", home.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("`mailsetup profiles --root` hangs on a FIFO prefs.js");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("named pipe (FIFO), not a regular file"), "{stdout}");
}

#[test]
fn a_link_to_dev_zero_is_refused_unread() {
    let profile = exchange_profile();
    let prefs = profile.path().join("prefs.js");
    fs::remove_file(&prefs).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &prefs).unwrap();
    let dir = profile.path().to_owned();
    let error = within("reading /dev/zero as prefs.js", 10, move || thunderbird::read_profile_prefs(&dir)).unwrap_err();
    assert!(matches!(error, ThunderbirdError::NotRegularFile { found: FoundInstead::Device, .. }), "{error}");
    let dir = profile.path().to_owned();
    let error = within("writing with /dev/zero as prefs.js", 10, move || write_account(&dir, &carol())).unwrap_err();
    assert!(matches!(error, ThunderbirdError::NotRegularFile { .. }), "{error}");
    // The link is still there, untouched.
    assert_eq!(fs::read_link(&prefs).unwrap(), Path::new("/dev/zero"));
}

#[test]
fn files_beyond_their_limit_are_refused_unread() {
    let profile = exchange_profile();
    let before = snapshot(profile.path());
    // A sparse file: one byte over the limit costs no disk.
    let logins = fs::OpenOptions::new().write(true).open(profile.path().join("logins.json")).unwrap();
    logins.set_len(LOGINS_JSON_LIMIT.max_bytes + 1).unwrap();
    drop(logins);
    let error = migrate_account(profile.path(), "account1", &MigrationTarget::for_provider(OAuthProvider::Microsoft), None).unwrap_err();
    assert!(matches!(error, ThunderbirdError::TooLarge { max_bytes, .. } if max_bytes == LOGINS_JSON_LIMIT.max_bytes), "{error}");
    assert_eq!(error.fault(), Fault::Thunderbird(ThunderbirdFault::FileTooLarge));
    // prefs.js and the filters were not touched.
    let after = snapshot(profile.path());
    for name in ["prefs.js", "ImapMail/mail.contoso.example/msgFilterRules.dat"] {
        assert_eq!(after.get(Path::new(name)), before.get(Path::new(name)), "{name}");
    }

    let prefs = fs::OpenOptions::new().write(true).open(profile.path().join("prefs.js")).unwrap();
    prefs.set_len(PREFS_JS_LIMIT.max_bytes + 1).unwrap();
    drop(prefs);
    let error = write_account(profile.path(), &carol()).unwrap_err();
    assert!(matches!(error, ThunderbirdError::TooLarge { .. }), "{error}");
    assert!(error.to_string().contains("larger than 32 MiB"), "{error}");
    assert_eq!(fs::metadata(profile.path().join("prefs.js")).unwrap().len(), PREFS_JS_LIMIT.max_bytes + 1);
}

#[test]
fn a_read_only_profile_is_reported_as_read_only_not_as_thunderbird_running() {
    let source = exchange_profile();
    let profile = ReadOnlyProfile::copy_of(source.path());
    let before = snapshot(&profile.path);
    let error = write_account(&profile.path, &carol()).unwrap_err();
    assert!(matches!(error, ThunderbirdError::ReadOnlyProfile { .. }), "{error:?}");
    assert_eq!(error.fault(), Fault::Thunderbird(ThunderbirdFault::ReadOnly));
    assert_eq!(error.diagnosis_id(), "tb-read-only");
    let text = error.to_string();
    assert!(text.contains("cannot be written") && !text.contains("close Thunderbird"), "{text}");
    let error = migrate_account(&profile.path, "account1", &MigrationTarget::for_provider(OAuthProvider::Microsoft), None).unwrap_err();
    assert!(matches!(error, ThunderbirdError::ReadOnlyProfile { .. }), "{error:?}");
    assert_eq!(snapshot(&profile.path), before);
    // Looking still works: the listing reads a read-only profile.
    assert_eq!(thunderbird::read_profile_prefs(&profile.path).unwrap().unwrap().get_int("mail.server.server1.authMethod"), Some(3));
}

/// A stamped backup name for `prefs.js`.
const BACKUP_NAME: &str = "prefs-20261130T101500Z.js";

#[test]
fn restore_refuses_a_symlinked_backup() {
    let profile = exchange_profile();
    let before = fs::read(profile.path().join("prefs.js")).unwrap();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("somebody-elses-file");
    fs::write(&secret, b"user_pref(\"stolen\", true);\n").unwrap();
    let backups = profile.path().join(thunderbird::BACKUP_DIR_NAME);
    fs::create_dir_all(&backups).unwrap();
    std::os::unix::fs::symlink(&secret, backups.join(BACKUP_NAME)).unwrap();

    assert!(list_backups(profile.path()).unwrap().is_empty(), "a symlink is not listed as a backup");
    let error = restore_backup(profile.path(), BACKUP_NAME).unwrap_err();
    assert!(error.to_string().contains("is not one of this profile's backups"), "{error}");
    assert_eq!(fs::read(profile.path().join("prefs.js")).unwrap(), before);
}

#[test]
fn restore_refuses_a_fifo_backup_promptly_and_paths_outside_the_backup_directory() {
    let profile = exchange_profile();
    let before = fs::read(profile.path().join("prefs.js")).unwrap();
    let backups = profile.path().join(thunderbird::BACKUP_DIR_NAME);
    fs::create_dir_all(&backups).unwrap();
    mkfifo(&backups.join(BACKUP_NAME));
    let dir = profile.path().to_owned();
    let error = within("restoring a FIFO backup", 10, move || restore_backup(&dir, BACKUP_NAME)).unwrap_err();
    assert!(error.to_string().contains("is not one of this profile's backups"), "{error}");

    // A real backup, named through a path outside the backup directory.
    fs::remove_file(backups.join(BACKUP_NAME)).unwrap();
    fs::write(backups.join(BACKUP_NAME), b"user_pref(\"restored\", true);\n").unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    fs::write(elsewhere.path().join(BACKUP_NAME), b"user_pref(\"elsewhere\", true);\n").unwrap();
    let outside = elsewhere.path().join(BACKUP_NAME);
    assert!(restore_backup(profile.path(), outside.to_str().unwrap()).is_err());
    assert_eq!(fs::read(profile.path().join("prefs.js")).unwrap(), before);

    // The same backup by its name, or its path in the backup directory, restores.
    let inside = backups.join(BACKUP_NAME);
    let outcome = restore_backup(profile.path(), inside.to_str().unwrap()).unwrap();
    assert_eq!(fs::read(profile.path().join("prefs.js")).unwrap(), b"user_pref(\"restored\", true);\n");
    assert_eq!(fs::read(outcome.previous.unwrap()).unwrap(), before);
}
