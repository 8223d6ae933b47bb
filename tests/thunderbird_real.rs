//! The real Thunderbird loads the profiles we write.
//!
//! Each test builds a profile with the library in a temporary directory and
//! hands it to `tests/real_thunderbird/check_profile.sh`, which runs
//! Thunderbird headless and offline on a copy, quits it cleanly and checks
//! that the account survived. Slow (about 10 s per run) and needs
//! Thunderbird installed, so these tests are ignored by a plain `cargo test`;
//! `tests/run.sh` runs them with `MAILSETUP_REAL_THUNDERBIRD=1`, and run
//! without it they fail.

mod support {
    pub mod accounts;
    pub mod real_thunderbird;
    pub mod required;
}

use mailsetup::thunderbird::{
    AccountSettings, ThunderbirdError, WriteAction, create_profile, detect_install_dir, is_profile_in_use, write_account,
};
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use support::accounts::{microsoft_365, request_not_run};
use support::real_thunderbird;
use support::required::REAL_THUNDERBIRD_ENV;

/// Set by check_profile.sh for the `--while-running` command.
const RUNNING_PROFILE_ENV: &str = "CHECK_PROFILE_DIR";

/// Alice, with a display name that tests the quoting of prefs.js and
/// Thunderbird's reading of it: quotes, a comma, non-ASCII and a tab.
fn alice() -> AccountSettings {
    microsoft_365("alice@contoso.example", "Alice \"Al\" Example, Zoë 中文\ttab")
}

/// Runs check_profile.sh with `args`, and, while Thunderbird runs, this test
/// binary's `helper_a_running_thunderbird_blocks_writes`. Without a
/// `thunderbird_bin`, on the installed Thunderbird (153) and then on 140 ESR
/// beside it (not in `--home` mode: which profile an install adopts
/// depends on where it is installed).
fn check_profile(args: &[OsString], thunderbird_bin: Option<&Path>) {
    let while_running = format!(
        "{} --exact helper_a_running_thunderbird_blocks_writes --ignored --nocapture --test-threads=1",
        std::env::current_exe().unwrap().display()
    );
    let options = ["--while-running".into(), while_running.into()];
    let args = [&options[..], args].concat();
    real_thunderbird::check_profile(&args, thunderbird_bin);
    if thunderbird_bin.is_none() && !args.iter().any(|arg| arg == "--home") {
        let esr_140 = support::required::thunderbird_140_dir().join("thunderbird");
        real_thunderbird::check_profile(&args, Some(&esr_140));
    }
}

fn backup_names(profile: &Path) -> Vec<OsString> {
    let mut names: Vec<OsString> = match fs::read_dir(profile.join("mailsetup-backups")) {
        Ok(entries) => entries.map(|entry| entry.unwrap().file_name()).collect(),
        Err(_) => Vec::new(),
    };
    names.sort();
    names
}

/// Not a test: run by check_profile.sh while Thunderbird has the profile
/// open. Our lock check must see Thunderbird, and the writer must refuse
/// without touching anything.
#[test]
#[ignore = "helper process of the real Thunderbird tests, not a test"]
fn helper_a_running_thunderbird_blocks_writes() {
    let profile = PathBuf::from(support::required::helper_input(RUNNING_PROFILE_ENV, "check_profile.sh --while-running"));
    assert!(is_profile_in_use(&profile).unwrap(), "a running Thunderbird must be seen");
    let prefs_before = fs::read(profile.join("prefs.js")).ok();
    let backups_before = backup_names(&profile);
    let bob = microsoft_365("bob@contoso.example", "Bob");
    let error = write_account(&profile, &bob).unwrap_err();
    assert!(matches!(error, ThunderbirdError::ProfileInUse { .. }), "{error}");
    assert_eq!(fs::read(profile.join("prefs.js")).ok(), prefs_before);
    assert_eq!(backup_names(&profile), backups_before, "no new backup");
    println!("while Thunderbird ran: lock seen, write refused, nothing changed");
}

#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_keeps_an_account_written_into_an_empty_profile() {
    let _turn = real_thunderbird::turn();
    let profile = tempfile::tempdir().unwrap();
    assert_eq!(write_account(profile.path(), &alice()).unwrap().action, WriteAction::Added);
    check_profile(&[profile.path().into(), "alice@contoso.example".into()], None);
}

#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_keeps_an_existing_pop_account_next_to_ours() {
    let _turn = real_thunderbird::turn();
    let profile = tempfile::tempdir().unwrap();
    fs::write(profile.path().join("prefs.js"), include_str!("fixtures/thunderbird/prefs_pop_and_local_folders.js"))
        .unwrap();
    let outcome = write_account(profile.path(), &alice()).unwrap();
    assert_eq!(outcome.account_key, "account3");
    check_profile(
        &[
            "--expect-server".into(),
            "pop.example.org".into(),
            "--expect-server".into(),
            "Local Folders".into(),
            profile.path().into(),
            "alice@contoso.example".into(),
        ],
        None,
    );
}

#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_opens_the_profile_we_created_without_being_told_which() {
    let _turn = real_thunderbird::turn();
    let Some(install_dir) = detect_install_dir() else {
        panic!("{REAL_THUNDERBIRD_ENV}=1 but no Thunderbird installation was found");
    };
    let home = tempfile::tempdir().unwrap();
    let profile = create_profile(&home.path().join(".thunderbird"), Some(&install_dir)).unwrap();
    write_account(&profile, &alice()).unwrap();
    // Start the binary of the installation we claimed the profile for: the
    // install hash is computed from its directory.
    let binary = install_dir.join("thunderbird");
    check_profile(&["--home".into(), home.path().into(), "alice@contoso.example".into()], Some(&binary));
}

#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_adopts_a_profile_created_without_knowing_the_installation() {
    let _turn = real_thunderbird::turn();
    let home = tempfile::tempdir().unwrap();
    // No [Install…] section and no LastPlatformDir: what we write when no
    // Thunderbird was found. The first Thunderbird to start must adopt it.
    let profile = create_profile(&home.path().join(".thunderbird"), None).unwrap();
    write_account(&profile, &alice()).unwrap();
    check_profile(&["--home".into(), home.path().into(), "alice@contoso.example".into()], None);
}

/// The account `flow` writes for a catalogue provider's plan, exactly as
/// `setup` and the wizard build it.
fn catalogue_account(provider_id: &str, email: &str) -> AccountSettings {
    let plan = mailsetup::provider::provider_by_id(provider_id).unwrap_or_else(|| panic!("{provider_id} is in the catalogue"));
    assert!(plan.sign_in.is_oauth2() && plan.thunderbird_can_use_oauth(), "{provider_id}");
    let request = request_not_run(email, plan);
    let settings = mailsetup::flow::account_settings(&request);
    assert!(settings.oauth2, "{provider_id}: OAuth2 accounts are written with authMethod 10");
    settings
}

/// Each catalogue provider with OAuth2 that Thunderbird signs in to by
/// itself (Google, Yahoo) or with mailsetup's registration (Fastmail): the
/// account loads in Thunderbird, which keeps OAuth2 (authMethod 10: its
/// table knows the hosts) and writes no Invalidprefs.js.
#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_keeps_oauth2_for_the_catalogue_providers() {
    let _turn = real_thunderbird::turn();
    for (provider_id, email) in [("gmail", "carol@gmail.com"), ("fastmail", "dave@fastmail.com"), ("yahoo", "erin@yahoo.com")] {
        let profile = tempfile::tempdir().unwrap();
        let account = catalogue_account(provider_id, email);
        println!("{provider_id}: IMAP {}:{}, SMTP {}:{}", account.imap_host, account.imap_port, account.smtp_host, account.smtp_port);
        assert_eq!(write_account(profile.path(), &account).unwrap().action, WriteAction::Added);
        check_profile(&[profile.path().into(), email.into()], None);
    }
}
