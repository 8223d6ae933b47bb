//! The real Thunderbird loads the profiles we write.
//!
//! Each test builds a profile with the library in a temporary directory and
//! hands it to `tests/real_thunderbird/check_profile.sh`, which runs
//! Thunderbird headless and offline on a copy, quits it cleanly and checks
//! that the account survived. Slow (about 10 s per run) and needs
//! Thunderbird installed, so it runs only with `MAILSETUP_REAL_THUNDERBIRD=1`
//! (CI sets it); otherwise each test prints why it skipped and passes.

use mailsetup::thunderbird::{
    AccountSettings, SocketType, ThunderbirdError, WriteAction, create_profile, detect_install_dir, is_profile_in_use,
    write_account,
};
use std::ffi::OsString;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Instant;

const ENABLE_ENV: &str = "MAILSETUP_REAL_THUNDERBIRD";
/// Set by check_profile.sh for the `--while-running` command.
const RUNNING_PROFILE_ENV: &str = "CHECK_PROFILE_DIR";

/// Thunderbird is heavy; two at once on a small CI machine only slow each
/// other down towards the timeout.
static ONE_THUNDERBIRD_AT_A_TIME: Mutex<()> = Mutex::new(());

fn enabled() -> bool {
    if std::env::var(ENABLE_ENV).as_deref() == Ok("1") {
        return true;
    }
    // Straight to the stderr handle, which the test harness does not
    // capture, so the skip is visible in every test log.
    let _ =
        writeln!(std::io::stderr(), "skipped: set {ENABLE_ENV}=1 to run the real Thunderbird on the profiles we write");
    false
}

fn alice() -> AccountSettings {
    AccountSettings {
        email: "alice@contoso.example".into(),
        display_name: "Alice \"Al\" Example, Zoë 中文\ttab".into(),
        imap_host: "outlook.office365.com".into(),
        imap_port: 993,
        imap_socket: SocketType::Ssl,
        smtp_host: "smtp.office365.com".into(),
        smtp_port: 587,
        smtp_socket: SocketType::StartTls,
        oauth2: true,
    }
}

/// Runs check_profile.sh with `args`, and, while Thunderbird runs, this test
/// binary's `helper_a_running_thunderbird_blocks_writes`.
fn check_profile(args: &[OsString], thunderbird_bin: Option<&Path>) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real_thunderbird/check_profile.sh");
    let while_running = format!(
        "{} --exact helper_a_running_thunderbird_blocks_writes --ignored --nocapture --test-threads=1",
        std::env::current_exe().unwrap().display()
    );
    let mut command = Command::new("bash");
    command.arg(&script).arg("--while-running").arg(while_running).args(args);
    if let Some(bin) = thunderbird_bin {
        command.env("THUNDERBIRD_BIN", bin);
    }
    let started = Instant::now();
    let output = command.output().unwrap();
    let took = started.elapsed();
    println!("{}", String::from_utf8_lossy(&output.stdout));
    eprintln!("{}", String::from_utf8_lossy(&output.stderr));
    println!("check_profile.sh took {:.1} s", took.as_secs_f64());
    assert!(output.status.success(), "check_profile.sh failed: {}", output.status);
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
#[ignore = "helper for the real Thunderbird tests; does nothing when run directly"]
fn helper_a_running_thunderbird_blocks_writes() {
    let Some(profile) = std::env::var_os(RUNNING_PROFILE_ENV).map(PathBuf::from) else { return };
    assert!(is_profile_in_use(&profile).unwrap(), "a running Thunderbird must be seen");
    let prefs_before = fs::read(profile.join("prefs.js")).ok();
    let backups_before = backup_names(&profile);
    let mut bob = alice();
    bob.email = "bob@contoso.example".into();
    let error = write_account(&profile, &bob).unwrap_err();
    assert!(matches!(error, ThunderbirdError::ProfileInUse { .. }), "{error}");
    assert_eq!(fs::read(profile.join("prefs.js")).ok(), prefs_before);
    assert_eq!(backup_names(&profile), backups_before, "no new backup");
    println!("while Thunderbird ran: lock seen, write refused, nothing changed");
}

#[test]
fn thunderbird_keeps_an_account_written_into_an_empty_profile() {
    if !enabled() {
        return;
    }
    let _one = ONE_THUNDERBIRD_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let profile = tempfile::tempdir().unwrap();
    assert_eq!(write_account(profile.path(), &alice()).unwrap().action, WriteAction::Added);
    check_profile(&[profile.path().into(), "alice@contoso.example".into()], None);
}

#[test]
fn thunderbird_keeps_an_existing_pop_account_next_to_ours() {
    if !enabled() {
        return;
    }
    let _one = ONE_THUNDERBIRD_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
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
fn thunderbird_opens_the_profile_we_created_without_being_told_which() {
    if !enabled() {
        return;
    }
    let Some(install_dir) = detect_install_dir() else {
        panic!("{ENABLE_ENV}=1 but no Thunderbird installation was found");
    };
    let _one = ONE_THUNDERBIRD_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let home = tempfile::tempdir().unwrap();
    let profile = create_profile(&home.path().join(".thunderbird"), Some(&install_dir)).unwrap();
    write_account(&profile, &alice()).unwrap();
    // Start the binary of the installation we claimed the profile for: the
    // install hash is computed from its directory.
    let binary = install_dir.join("thunderbird");
    check_profile(&["--home".into(), home.path().into(), "alice@contoso.example".into()], Some(&binary));
}

#[test]
fn thunderbird_adopts_a_profile_created_without_knowing_the_installation() {
    if !enabled() {
        return;
    }
    let _one = ONE_THUNDERBIRD_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
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
    use mailsetup::flow::{ProfileTarget, SetupRequest, account_settings};
    let plan = mailsetup::provider::provider_by_id(provider_id).unwrap_or_else(|| panic!("{provider_id} is in the catalogue"));
    assert!(plan.sign_in.is_oauth2() && plan.thunderbird_can_use_oauth(), "{provider_id}");
    let request = SetupRequest {
        address: mailsetup::address::EmailAddress::parse(email).unwrap(),
        display_name: "Catalogue Tester".into(),
        plan,
        trust: mailsetup::tls::TrustStore::system(),
        browser: mailsetup::oauth::BrowserLauncher::System,
        sign_in_timeout: std::time::Duration::from_secs(1),
        deadlines: mailsetup::probe::Deadlines::default(),
        profile: ProfileTarget::NoWrite,
    };
    let settings = account_settings(&request);
    assert!(settings.oauth2, "{provider_id}: OAuth2 accounts are written with authMethod 10");
    settings
}

/// Each catalogue provider with OAuth2 that Thunderbird signs in to by
/// itself (Google, Yahoo) or with mailsetup's registration (Fastmail): the
/// account loads in Thunderbird, which keeps OAuth2 (authMethod 10: its
/// table knows the hosts) and writes no Invalidprefs.js.
#[test]
fn thunderbird_keeps_oauth2_for_the_catalogue_providers() {
    if !enabled() {
        return;
    }
    for (provider_id, email) in [("gmail", "carol@gmail.com"), ("fastmail", "dave@fastmail.com"), ("yahoo", "erin@yahoo.com")] {
        let _one = ONE_THUNDERBIRD_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let profile = tempfile::tempdir().unwrap();
        let account = catalogue_account(provider_id, email);
        println!("{provider_id}: IMAP {}:{}, SMTP {}:{}", account.imap_host, account.imap_port, account.smtp_host, account.smtp_port);
        assert_eq!(write_account(profile.path(), &account).unwrap().action, WriteAction::Added);
        check_profile(&[profile.path().into(), email.into()], None);
    }
}
