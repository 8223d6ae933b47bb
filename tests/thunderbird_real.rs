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

use mailsetup::provider::{AuthMethod, IncomingProtocol};
use mailsetup::thunderbird::prefs::{PrefValue, PrefsFile};
use mailsetup::thunderbird::{
    AccountSettings, SocketType, ThunderbirdError, WriteAction, create_profile, detect_install_dir, is_profile_in_use,
    write_account,
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
    let args = [&while_running_options()[..], args].concat();
    real_thunderbird::check_profile(&args, thunderbird_bin);
    if thunderbird_bin.is_none() && !args.iter().any(|arg| arg == "--home") {
        let esr_140 = support::required::thunderbird_140_dir().join("thunderbird");
        real_thunderbird::check_profile(&args, Some(&esr_140));
    }
}

/// `--while-running` with this test binary's
/// `helper_a_running_thunderbird_blocks_writes`.
fn while_running_options() -> [OsString; 2] {
    let while_running = format!(
        "{} --exact helper_a_running_thunderbird_blocks_writes --ignored --nocapture --test-threads=1",
        std::env::current_exe().unwrap().display()
    );
    ["--while-running".into(), while_running.into()]
}

/// Like [`check_profile`] without a `thunderbird_bin` (153, then 140 ESR),
/// each run with its own `--result-dir`: returns, per Thunderbird, its
/// version label and the prefs.js it left behind.
fn check_profile_reading_back(args: &[OsString]) -> Vec<(&'static str, PrefsFile)> {
    let esr_140 = support::required::thunderbird_140_dir().join("thunderbird");
    [("Thunderbird 153", None), ("Thunderbird 140 ESR", Some(esr_140.as_path()))]
        .into_iter()
        .map(|(label, thunderbird_bin)| {
            let result = tempfile::tempdir().unwrap();
            let options = ["--result-dir".into(), result.path().into()];
            real_thunderbird::check_profile(&[&while_running_options()[..], &options[..], args].concat(), thunderbird_bin);
            let text = fs::read_to_string(result.path().join("prefs.js")).unwrap();
            (label, PrefsFile::parse(&text).unwrap_or_else(|error| panic!("{label} left a prefs.js we cannot read: {error}")))
        })
        .collect()
}

/// Every pref the writer put in `written` is in `left` (the prefs.js
/// Thunderbird wrote when it quit) with the same value: Thunderbird dropped
/// and changed none of them. The one exception is the account list, to
/// which Thunderbird may append the Local Folders account it creates; ours
/// must still come first, in our order.
fn assert_thunderbird_kept_every_pref(label: &str, written: &PrefsFile, left: &PrefsFile) {
    let mut names: Vec<&str> = written.names().collect();
    names.sort_unstable();
    names.dedup();
    assert!(!names.is_empty());
    for name in names {
        let ours = written.get(name).unwrap();
        if name == "mail.accountmanager.accounts" {
            let ours = ours.as_str().unwrap();
            let theirs = left.get_str(name).unwrap_or_else(|| panic!("{label} dropped {name}"));
            assert!(
                theirs == ours || theirs.starts_with(&format!("{ours},")),
                "{label} changed {name} from {ours:?} to {theirs:?}"
            );
        } else {
            assert_eq!(left.get(name), Some(ours), "{label} dropped or changed {name}");
        }
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
    assert!(settings.incoming_auth.is_oauth2() && settings.smtp_auth.is_oauth2(), "{provider_id}: OAuth2 accounts are written with authMethod 10");
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
        println!("{provider_id}: IMAP {}:{}, SMTP {}:{}", account.incoming_host, account.incoming_port, account.smtp_host, account.smtp_port);
        assert_eq!(write_account(profile.path(), &account).unwrap().action, WriteAction::Added);
        check_profile(&[profile.path().into(), email.into()], None);
    }
}

/// The prefs.js the writer left in `profile`.
fn written_prefs(profile: &Path) -> PrefsFile {
    PrefsFile::parse(&fs::read_to_string(profile.join("prefs.js")).unwrap()).unwrap()
}

/// The value of `mail.<branch>.<key>.<name>` in `prefs`.
fn pref<'a>(prefs: &'a PrefsFile, branch: &str, key: &str, name: &str) -> Option<&'a PrefValue> {
    prefs.get(&format!("mail.{branch}.{key}.{name}"))
}

/// A POP3 mailbox at Microsoft 365, fetched and sent with OAuth2: the hosts
/// and ports Microsoft documents for POP3 and SMTP submission.
fn microsoft_365_pop3(email: &str, display_name: &str) -> AccountSettings {
    AccountSettings {
        smtp_user_name: None,
        incoming_protocol: IncomingProtocol::Pop3,
        incoming_port: 995,
        ..microsoft_365(email, display_name)
    }
}

/// A POP3 account signing in with OAuth2 at Microsoft loads in Thunderbird
/// (Mail/outlook.office365.com with its Inbox), which creates the Local
/// Folders account we left out, keeps OAuth2 on both servers and keeps
/// every pref we wrote: the POP3 settings (leave mail on the server for 14
/// days, …) and the identity's mailbox:// folder URIs included.
#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_keeps_a_pop3_oauth2_account() {
    let _turn = real_thunderbird::turn();
    let profile = tempfile::tempdir().unwrap();
    let email = "pat.o+pop@contoso.example";
    let outcome = write_account(profile.path(), &microsoft_365_pop3(email, "Pat O'Neill, Zoë")).unwrap();
    assert_eq!(outcome.action, WriteAction::Added);
    let written = written_prefs(profile.path());
    assert_eq!(written.get_str("mail.accountmanager.localfoldersserver"), None, "the writer leaves Local Folders to Thunderbird");
    let server = written.get_str(&format!("mail.account.{}.server", outcome.account_key)).unwrap().to_owned();
    let identity = written.get_str(&format!("mail.account.{}.identities", outcome.account_key)).unwrap().to_owned();

    for (label, left) in check_profile_reading_back(&["--pop3".into(), profile.path().into(), email.into()]) {
        assert_thunderbird_kept_every_pref(label, &written, &left);
        let server_pref = |name: &str| pref(&left, "server", &server, name);
        assert_eq!(server_pref("type"), Some(&"pop3".into()), "{label}");
        assert_eq!(server_pref("authMethod"), Some(&10.into()), "{label}");
        assert_eq!(server_pref("leave_on_server"), Some(&true.into()), "{label}");
        assert_eq!(server_pref("num_days_to_leave_on_server"), Some(&14.into()), "{label}");
        assert_eq!(server_pref("directory-rel"), Some(&"[ProfD]Mail/outlook.office365.com".into()), "{label}");
        assert_eq!(
            pref(&left, "identity", &identity, "fcc_folder"),
            Some(&"mailbox://pat.o%2Bpop%40contoso.example@outlook.office365.com/Sent".into()),
            "{label}"
        );
        // Local Folders, as Thunderbird made it, after our account.
        let local = left.get_str("mail.accountmanager.localfoldersserver").unwrap_or_else(|| panic!("{label}: no Local Folders"));
        assert_eq!(pref(&left, "server", local, "type"), Some(&"none".into()), "{label}");
        assert_eq!(pref(&left, "server", local, "hostname"), Some(&"Local Folders".into()), "{label}");
        assert_eq!(pref(&left, "server", local, "directory-rel"), Some(&"[ProfD]Mail/Local Folders".into()), "{label}");
        assert_eq!(left.get_str("mail.accountmanager.defaultaccount"), Some(outcome.account_key.as_str()), "{label}");
        println!("{label}: kept every pref of the POP3 account; Local Folders is {local} ({:?})", left.get_str("mail.accountmanager.accounts"));
    }
}

/// An account whose servers sign in differently: IMAP at Microsoft with
/// OAuth2, SMTP at the campus relay with a password. Thunderbird keeps each
/// server's own method (10 and 3) and every other pref we wrote.
#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_keeps_each_servers_own_sign_in_method() {
    let _turn = real_thunderbird::turn();
    let profile = tempfile::tempdir().unwrap();
    let email = "quinn@campus.example";
    let account = AccountSettings {
        smtp_host: "outgoing.campus.example".into(),
        smtp_port: 465,
        smtp_socket: SocketType::Ssl,
        smtp_auth: AuthMethod::PasswordCleartext,
        ..microsoft_365(email, "Quinn Example")
    };
    assert_eq!((account.incoming_auth.pref_value(), account.smtp_auth.pref_value()), (10, 3));
    let outcome = write_account(profile.path(), &account).unwrap();
    assert_eq!(outcome.action, WriteAction::Added);
    let written = written_prefs(profile.path());
    let server = written.get_str(&format!("mail.account.{}.server", outcome.account_key)).unwrap().to_owned();
    let identity = written.get_str(&format!("mail.account.{}.identities", outcome.account_key)).unwrap().to_owned();
    let smtp = pref(&written, "identity", &identity, "smtpServer").and_then(PrefValue::as_str).unwrap().to_owned();

    let args: Vec<OsString> = vec!["--incoming-auth".into(), "10".into(), "--smtp-auth".into(), "3".into(), profile.path().into(), email.into()];
    for (label, left) in check_profile_reading_back(&args) {
        assert_thunderbird_kept_every_pref(label, &written, &left);
        assert_eq!(pref(&left, "server", &server, "type"), Some(&"imap".into()), "{label}");
        assert_eq!(pref(&left, "server", &server, "authMethod"), Some(&10.into()), "{label}");
        assert_eq!(pref(&left, "smtpserver", &smtp, "hostname"), Some(&"outgoing.campus.example".into()), "{label}");
        assert_eq!(pref(&left, "smtpserver", &smtp, "port"), Some(&465.into()), "{label}");
        assert_eq!(pref(&left, "smtpserver", &smtp, "try_ssl"), Some(&3.into()), "{label}");
        assert_eq!(pref(&left, "smtpserver", &smtp, "authMethod"), Some(&3.into()), "{label}");
        println!("{label}: IMAP {server} kept authMethod 10, SMTP {smtp} kept authMethod 3");
    }
}
