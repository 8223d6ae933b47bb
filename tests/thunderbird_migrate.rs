//! Moving a password account to OAuth2 in place, restoring backups, the
//! crash-safety of every write, and finding every profile root.

mod support {
    pub mod accounts;
    pub mod exchange_profile;
    pub mod required;
    pub mod sandbox;
}

use mailsetup::practice::PracticeProvider as _;
use mailsetup::thunderbird::{
    self, AccountStatus, FAILPOINT_ENV, MigrationTarget, OAuthProvider, ProfileLock, ProfilesRoot, ThunderbirdError,
    WriteAction, list_backups, migrate_account, plan_migration, prefs::PrefsFile, restore_backup, write_account,
};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::accounts::{microsoft_365, request_not_run};
use support::exchange_profile::{FIXTURE, assert_account1_moved_to_microsoft, exchange_profile};

fn prefs_of(profile: &Path) -> PrefsFile {
    PrefsFile::parse(&fs::read_to_string(profile.join("prefs.js")).unwrap()).unwrap()
}

fn microsoft() -> MigrationTarget {
    MigrationTarget::for_provider(OAuthProvider::Microsoft)
}

/// Every file under `dir` (relative path → bytes), except prefs.js, the
/// login store, filter files and our backups.
fn mail_files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    fn walk(base: &Path, dir: &Path, files: &mut Vec<(PathBuf, Vec<u8>)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type().unwrap().is_dir() {
                if name != "mailsetup-backups" {
                    walk(base, &path, files);
                }
            } else if !["prefs.js", "logins.json", "msgFilterRules.dat", ".parentlock"].contains(&name.as_str()) {
                files.push((path.strip_prefix(base).unwrap().to_owned(), fs::read(&path).unwrap()));
            }
        }
    }
    walk(dir, dir, &mut files);
    files.sort();
    files
}

#[test]
fn the_listing_says_which_accounts_need_oauth2() {
    let profile = exchange_profile();
    let accounts = thunderbird::profile_accounts(&prefs_of(profile.path()));
    let statuses: Vec<(&str, AccountStatus)> = accounts.iter().map(|a| (a.account_key.as_str(), a.status)).collect();
    // A custom host name is not known offline; `migrate` asks discovery.
    assert_eq!(statuses, [("account1", AccountStatus::UnknownProvider), ("account2", AccountStatus::UnknownProvider)]);

    let mut prefs = prefs_of(profile.path());
    prefs.set("mail.server.server1.hostname", "outlook.office365.com").unwrap();
    let accounts = thunderbird::profile_accounts(&prefs);
    assert_eq!(accounts[0].status, AccountStatus::NeedsOauth2);
    assert_eq!(accounts[0].smtp_host.as_deref(), Some("smtp.contoso.example"));
    assert_eq!(accounts[0].smtp_auth_method, Some(3));
}

#[test]
fn an_exchange_account_moves_to_oauth2_in_place_keeping_its_mail() {
    let profile = exchange_profile();
    let before_text = fs::read_to_string(profile.path().join("prefs.js")).unwrap();
    let mail_before = mail_files(profile.path());

    let outcome = migrate_account(profile.path(), "account1", &microsoft(), None).unwrap();
    let plan = &outcome.plan;
    assert_eq!((plan.server_key.as_str(), plan.smtp_key.as_deref()), ("server1", Some("smtp1")));

    let prefs = prefs_of(profile.path());
    assert_account1_moved_to_microsoft(&prefs);
    // The host is written as a quoted string, the socket stays SSL/TLS.
    let get = |name: &str| prefs.get(name).map(mailsetup::thunderbird::prefs::render_value);
    assert_eq!(get("mail.server.server1.hostname").as_deref(), Some("\"outlook.office365.com\""));
    assert_eq!(prefs.get_int("mail.server.server1.socketType"), Some(3));
    // The other folder URIs follow the new server name too, as Thunderbird's own rename does.
    assert_eq!(prefs.get_str("mail.identity.id1.draft_folder"), Some("imap://alice%40contoso.example@outlook.office365.com/Drafts"));
    assert_eq!(
        prefs.get_str("mail.server.server1.spamActionTargetFolder"),
        Some("imap://alice%40contoso.example@outlook.office365.com/Junk")
    );
    let filters = fs::read_to_string(profile.path().join("ImapMail/mail.contoso.example/msgFilterRules.dat")).unwrap();
    assert!(filters.contains("actionValue=\"imap://alice%40contoso.example@outlook.office365.com/Reports\"\r\n"), "{filters}");
    assert!(filters.contains("condition=\"AND (subject,contains,report)\"\r\n"));
    // No oauth2.* prefs, no socketType 1.
    assert!(!prefs.names().any(|name| name.contains(".oauth2.")));

    // Every line that is not about account1 is byte for byte the same, and
    // nothing was added or removed.
    let after_text = fs::read_to_string(profile.path().join("prefs.js")).unwrap();
    let changed: Vec<&str> = plan.changes.iter().map(|change| change.name.as_str()).collect();
    let before_lines: Vec<&str> = before_text.lines().collect();
    let after_lines: Vec<&str> = after_text.lines().collect();
    assert_eq!(before_lines.len(), after_lines.len());
    for (old, new) in before_lines.iter().zip(&after_lines) {
        if old != new {
            assert!(changed.iter().any(|name| old.contains(&format!("\"{name}\""))), "unexpected change: {old} → {new}");
        }
    }
    for untouched in ["server2", "smtp2", "id2", "server3"] {
        for line in before_lines.iter().filter(|line| line.contains(&format!(".{untouched}."))) {
            assert!(after_lines.contains(line), "{line} changed");
        }
    }

    // Local mail is byte-identical.
    assert_eq!(mail_files(profile.path()), mail_before);

    // The stale passwords for the old IMAP and SMTP servers are gone; the POP
    // account's stays.
    let logins = fs::read_to_string(profile.path().join("logins.json")).unwrap();
    assert!(!logins.contains("imap://mail.contoso.example") && !logins.contains("smtp://smtp.contoso.example"));
    assert!(logins.contains("mailbox://pop.example.org"));
    assert_eq!(outcome.logins_removed, 2);

    // Backups of every file written: prefs.js, logins.json, the filters.
    let backups = list_backups(profile.path()).unwrap();
    let names: Vec<&str> = backups.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(backups.len(), 3, "{names:?}");
    assert_eq!(fs::read_to_string(outcome.backup.clone().unwrap()).unwrap(), before_text);

    // Running it again changes nothing.
    let again = migrate_account(profile.path(), "account1", &microsoft(), None).unwrap();
    assert!(again.plan.is_noop(), "{:?}", again.plan);
    assert_eq!(fs::read_to_string(profile.path().join("prefs.js")).unwrap(), after_text);
}

#[test]
fn restore_brings_back_the_old_file_and_keeps_the_current_one() {
    let profile = exchange_profile();
    let before = fs::read(profile.path().join("prefs.js")).unwrap();
    migrate_account(profile.path(), "account1", &microsoft(), None).unwrap();
    let migrated = fs::read(profile.path().join("prefs.js")).unwrap();
    let prefs_backup = list_backups(profile.path()).unwrap().into_iter().find(|b| b.name.starts_with("prefs-")).unwrap();

    let outcome = restore_backup(profile.path(), &prefs_backup.name).unwrap();
    assert_eq!(fs::read(profile.path().join("prefs.js")).unwrap(), before);
    assert_eq!(fs::read(outcome.previous.unwrap()).unwrap(), migrated, "the restore itself can be undone");

    let logins_backup = list_backups(profile.path()).unwrap().into_iter().find(|b| b.name.starts_with("logins-")).unwrap();
    restore_backup(profile.path(), &logins_backup.name).unwrap();
    assert!(fs::read_to_string(profile.path().join("logins.json")).unwrap().contains("imap://mail.contoso.example"));

    assert!(restore_backup(profile.path(), "prefs-nonsense.js").is_err());
    let _held = ProfileLock::acquire(profile.path()).unwrap();
    // Our own lock is invisible to us; a running Thunderbird is covered by
    // the real-Thunderbird test.
}

#[test]
fn a_shared_password_origin_is_kept_and_said_so() {
    let profile = exchange_profile();
    // Bob now reads IMAP on the same host, still with a password: the saved
    // passwords there cannot be told apart (user names are encrypted).
    let text = fs::read_to_string(profile.path().join("prefs.js"))
        .unwrap()
        .replace("\"pop.example.org\"", "\"mail.contoso.example\"")
        .replace("server2.type\", \"pop3\"", "server2.type\", \"imap\"");
    fs::write(profile.path().join("prefs.js"), text).unwrap();
    let prefs = prefs_of(profile.path());
    let plan = plan_migration(profile.path(), &prefs, "account1", &microsoft(), None).unwrap();
    assert_eq!(plan.remove_logins_for, ["smtp://smtp.contoso.example"]);
    assert!(plan.notes.iter().any(|note| note.contains("imap://mail.contoso.example stays")), "{:?}", plan.notes);
}

#[test]
fn setup_updates_an_existing_password_account_instead_of_adding_one() {
    let profile = exchange_profile();
    let text = fs::read_to_string(profile.path().join("prefs.js"))
        .unwrap()
        .replace("\"mail.contoso.example\"", "\"imap-mail.outlook.com\"");
    fs::write(profile.path().join("prefs.js"), text).unwrap();
    // The fixture's own display name, so that only the server changes.
    let account = microsoft_365("alice@contoso.example", "Alice");
    let outcome = write_account(profile.path(), &account).unwrap();
    assert_eq!((outcome.action, outcome.account_key.as_str()), (WriteAction::Updated, "account1"));
    let prefs = prefs_of(profile.path());
    assert_eq!(prefs.get_str("mail.accountmanager.accounts"), Some("account1,account2,account3"), "not duplicated");
    assert_eq!(prefs.get_int("mail.server.server1.authMethod"), Some(10));
    assert_eq!(prefs.get_str("mail.server.server1.hostname"), Some("outlook.office365.com"));
    assert_eq!(write_account(profile.path(), &account).unwrap().action, WriteAction::AlreadyPresent);
}

#[test]
fn migration_refuses_non_mail_accounts_and_unknown_keys() {
    let profile = exchange_profile();
    assert!(matches!(
        migrate_account(profile.path(), "account9", &microsoft(), None),
        Err(ThunderbirdError::InvalidAccount { .. })
    ));
    assert!(migrate_account(profile.path(), "account3", &microsoft(), None).is_err(), "Local Folders is no mail account");
}

#[test]
fn every_profile_root_is_found() {
    let home = tempfile::tempdir().unwrap();
    let appdata = home.path().join("AppData/Roaming");
    let roots = thunderbird::profile_roots_in(home.path(), Some(&appdata));
    let kinds: Vec<&str> = roots.iter().map(|root| root.kind).collect();
    assert_eq!(kinds, ["linux", "flatpak", "snap", "macos", "windows"]);
    for root in &roots {
        let profile = root.path.join("abcd1234.default");
        fs::create_dir_all(&profile).unwrap();
        fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE).join("prefs.js"), profile.join("prefs.js")).unwrap();
        fs::write(
            root.path.join("profiles.ini"),
            "[Profile0]\nName=default\nIsRelative=1\nPath=abcd1234.default\nDefault=1\n\n[General]\nStartWithLastProfile=1\nVersion=2\n\n\
             [InstallFDC34C9F024745EB]\nDefault=abcd1234.default\nLocked=1\n",
        )
        .unwrap();
        let listing = thunderbird::list_root(&ProfilesRoot { kind: root.kind, path: root.path.clone() }).unwrap();
        assert_eq!(listing.profiles.len(), 1, "{}", root.kind);
        assert_eq!(listing.profiles[0].accounts.len(), 2);
        assert_eq!(listing.profiles[0].default_for_installs, ["FDC34C9F024745EB"]);
        assert_eq!(listing.installs[0].install_dir.as_deref(), Some(Path::new("/usr/lib/thunderbird")));
        assert!(listing.to_string().contains("[unknown provider] alice@contoso.example"), "{listing}");
    }
}

// --- Crash safety -------------------------------------------------------------

const CRASH_PROFILE_ENV: &str = "MAILSETUP_CRASH_PROFILE";
const CRASH_WHAT_ENV: &str = "MAILSETUP_CRASH_WHAT";

/// Not a test: the child process the crash test kills at a failpoint.
#[test]
#[ignore = "helper process of every_write_survives_a_crash_at_each_step, not a test"]
fn helper_write_until_the_failpoint() {
    let profile = PathBuf::from(support::required::helper_input(CRASH_PROFILE_ENV, "every_write_survives_a_crash_at_each_step"));
    match std::env::var(CRASH_WHAT_ENV).as_deref() {
        Ok("migrate") => {
            migrate_account(&profile, "account1", &microsoft(), None).unwrap();
        }
        _ => {
            write_account(&profile, &microsoft_365("carol@contoso.example", "Carol")).unwrap();
        }
    }
}

fn run_child(profile: &Path, what: &str, failpoint: Option<&str>) -> std::process::ExitStatus {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args(["--exact", "helper_write_until_the_failpoint", "--ignored", "--nocapture", "--test-threads=1"])
        .env(CRASH_PROFILE_ENV, profile)
        .env(CRASH_WHAT_ENV, what);
    match failpoint {
        Some(point) => command.env(FAILPOINT_ENV, point),
        None => command.env_remove(FAILPOINT_ENV),
    };
    command.output().unwrap().status
}

#[test]
fn every_write_survives_a_crash_at_each_step() {
    for what in ["add", "migrate"] {
        // The new file, from a run that is not interrupted.
        let reference = exchange_profile();
        let old = fs::read(reference.path().join("prefs.js")).unwrap();
        assert!(run_child(reference.path(), what, None).success());
        let new = fs::read(reference.path().join("prefs.js")).unwrap();
        assert_ne!(old, new);

        for point in ["before-backup", "after-backup", "mid-write", "before-rename"] {
            let profile = exchange_profile();
            let status = run_child(profile.path(), what, Some(point));
            assert!(!status.success(), "{what}/{point}: the child must die at the failpoint");
            let now = fs::read(profile.path().join("prefs.js")).unwrap();
            assert!(now == old || now == new, "{what}/{point}: prefs.js is neither the old nor the new file");
            assert_eq!(now, old, "{what}/{point}: the crash came before the rename, so the old file stays");
            PrefsFile::parse(std::str::from_utf8(&now).unwrap()).unwrap();
            // New files are staged before anything is backed up.
            if !matches!(point, "before-backup" | "mid-write") {
                let backups = list_backups(profile.path()).unwrap();
                let prefs_backup = backups.iter().find(|b| b.name.starts_with("prefs-")).expect("the backup was taken");
                assert_eq!(fs::read(&prefs_backup.path).unwrap(), old);
            }
            // The lock died with the process, and running again completes
            // the write.
            assert!(run_child(profile.path(), what, None).success(), "{what}/{point}: rerun");
            let rerun = fs::read(profile.path().join("prefs.js")).unwrap();
            assert_eq!(prefs_of(profile.path()).get_int("mail.server.server1.authMethod"), PrefsFile::parse(std::str::from_utf8(&new).unwrap()).unwrap().get_int("mail.server.server1.authMethod"));
            assert_eq!(rerun.len(), new.len(), "{what}/{point}: the rerun writes the same file");
        }
    }
}

// --- The command line ------------------------------------------------------------

fn mailsetup(home: &Path, args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .args(args)
        .env("HOME", home)
        .env_remove("APPDATA")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn the_cli_migrates_after_the_checks_pass_and_restores() {
    let home = tempfile::tempdir().unwrap();
    let profile = exchange_profile();
    let text = fs::read_to_string(profile.path().join("prefs.js")).unwrap().replace("\"mail.contoso.example\"", "\"outlook.office365.com\"");
    fs::write(profile.path().join("prefs.js"), text).unwrap();
    let dir = profile.path().as_os_str();

    // Without --yes and nothing on standard input: shows the plan, changes nothing.
    let output = mailsetup(home.path(), &["migrate".as_ref(), "--profile".as_ref(), dir]);
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stderr).contains("mail.server.server1.authMethod = 10"));
    assert_eq!(prefs_of(profile.path()).get_int("mail.server.server1.authMethod"), Some(3));

    // The sandbox plays the provider: sign-in and checks pass, then the switch.
    let output = mailsetup(
        home.path(),
        &["--sandbox".as_ref(), "migrate".as_ref(), "--profile".as_ref(), dir, "alice@contoso.example".as_ref(), "--yes".as_ref(), "--json".as_ref()],
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    let reports: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(reports[0]["thunderbird"]["action"], "migrated", "{stdout}");
    assert_eq!(prefs_of(profile.path()).get_int("mail.server.server1.authMethod"), Some(10));
    assert_eq!(prefs_of(profile.path()).get_int("mail.smtpserver.smtp1.authMethod"), Some(10));

    // Again: nothing to do.
    let output = mailsetup(home.path(), &["migrate".as_ref(), "--profile".as_ref(), dir, "alice@contoso.example".as_ref()]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("already signs in with OAuth2"));

    // restore lists the backups and restores the old prefs.js.
    let output = mailsetup(home.path(), &["restore".as_ref(), "--profile".as_ref(), dir, "--json".as_ref()]);
    let backups: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let name = backups.as_array().unwrap().iter().map(|b| b["name"].as_str().unwrap()).find(|n| n.starts_with("prefs-")).unwrap().to_owned();
    let output = mailsetup(home.path(), &["restore".as_ref(), "--profile".as_ref(), dir, name.as_ref()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(prefs_of(profile.path()).get_int("mail.server.server1.authMethod"), Some(3));
}

#[test]
fn the_cli_exports_policies_and_autoconfig() {
    let home = tempfile::tempdir().unwrap();
    let output = mailsetup(home.path(), &["export".as_ref(), "--format".as_ref(), "policies".as_ref(), "desk@outlook.com".as_ref()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["policies"]["Preferences"]["mail.server.server901.hostname"]["Value"], "outlook.office365.com");
    let output = mailsetup(home.path(), &["export".as_ref(), "--format".as_ref(), "autoconfig".as_ref(), "${USER}@outlook.com".as_ref()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("getenv(\"USER\") + \"@outlook.com\""));
    let output = mailsetup(home.path(), &["export".as_ref(), "--format".as_ref(), "policies".as_ref(), "${USER}@outlook.com".as_ref()]);
    assert_eq!(output.status.code(), Some(2));
}

/// The wizard's offer: an account for the address being set up that still
/// uses a password at Microsoft (here through a custom host name, judged by
/// the request's plan) is offered "Switch this account" instead of a second account.
#[test]
fn the_wizard_offers_to_switch_a_password_account_for_the_same_address() {
    use mailsetup::flow;
    let profile = exchange_profile();
    let info = mailsetup::thunderbird::ProfileInfo {
        name: "fixture".into(),
        path: profile.path().to_owned(),
        is_default: true,
        accounts: thunderbird::profile_accounts(&prefs_of(profile.path())),
        prefs_problem: None,
        default_for_installs: Vec::new(),
    };
    let microsoft_365 = mailsetup::provider::microsoft_plan("Microsoft 365", "contoso.example");
    let (account, provider) = flow::migration_offer(&request_not_run("ALICE@contoso.example", microsoft_365.clone()), &info).expect("an offer");
    assert_eq!((account.account_key.as_str(), provider), ("account1", OAuthProvider::Microsoft));
    // Another address, or a plan that is not Microsoft's or Google's: nothing to offer.
    assert!(flow::migration_offer(&request_not_run("carol@contoso.example", microsoft_365), &info).is_none());
    let sandbox = support::sandbox::start(Default::default());
    assert!(flow::migration_offer(&request_not_run("alice@contoso.example", sandbox.plan()), &info).is_none());
}

/// A shared mailbox set up in the password days, the way Exchange took it:
/// the user name is the delegate, a backslash and the shared address.
const SHARED_WITH_A_PASSWORD: &str = r#"user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.identity.id1.useremail", "info@contoso.example");
user_pref("mail.identity.id1.fullName", "Contoso Info");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.hostname", "outlook.office365.com");
user_pref("mail.server.server1.port", 993);
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server1.authMethod", 3);
user_pref("mail.server.server1.userName", "alice@contoso.example\\info@contoso.example");
user_pref("mail.smtpservers", "smtp1");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.office365.com");
user_pref("mail.smtpserver.smtp1.port", 587);
user_pref("mail.smtpserver.smtp1.try_ssl", 2);
user_pref("mail.smtpserver.smtp1.authMethod", 3);
user_pref("mail.smtpserver.smtp1.username", "alice@contoso.example\\info@contoso.example");
"#;

#[test]
fn a_shared_mailbox_from_the_password_days_moves_to_its_delegates_sign_in() {
    let profile = tempfile::tempdir().unwrap();
    fs::write(profile.path().join("prefs.js"), SHARED_WITH_A_PASSWORD).unwrap();
    let accounts = thunderbird::profile_accounts(&prefs_of(profile.path()));
    let shared = accounts[0].shared_mailbox().expect("recognised as a shared mailbox");
    assert_eq!((shared.shared.as_str(), shared.delegate.as_str()), ("info@contoso.example", "alice@contoso.example"));

    migrate_account(profile.path(), "account1", &microsoft(), None).unwrap();
    let prefs = prefs_of(profile.path());
    assert_eq!(prefs.get_str("mail.server.server1.userName"), Some("info@contoso.example"), "OAuth2 takes the shared address");
    assert_eq!(prefs.get_str("mail.smtpserver.smtp1.username"), Some("alice@contoso.example"), "sending signs in as the delegate");
    assert_eq!(prefs.get_int("mail.server.server1.authMethod"), Some(10));
    assert_eq!(prefs.get_int("mail.smtpserver.smtp1.authMethod"), Some(10));
    // Read back, the account is the shared mailbox with its delegate, as
    // mailsetup writes a new one.
    let again = thunderbird::profile_accounts(&prefs);
    assert_eq!(again[0].smtp_user_name.as_deref(), Some("alice@contoso.example"));
    assert_eq!(again[0].shared_mailbox().map(|s| s.delegate), Some("alice@contoso.example".to_owned()));
}

#[test]
fn an_ordinary_account_is_no_shared_mailbox() {
    let profile = tempfile::tempdir().unwrap();
    let ordinary = SHARED_WITH_A_PASSWORD.replace("alice@contoso.example\\\\info@contoso.example", "info@contoso.example");
    fs::write(profile.path().join("prefs.js"), ordinary).unwrap();
    let accounts = thunderbird::profile_accounts(&prefs_of(profile.path()));
    assert_eq!(accounts[0].shared_mailbox(), None);
    assert_eq!(accounts[0].smtp_user_name, None, "the same user name on both servers");
}

#[test]
fn the_cli_adds_an_alias_after_one_test_message_and_not_when_it_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let profile = tempfile::tempdir().unwrap();
    let dir = profile.path().as_os_str();
    let you = mailsetup::sandbox::EXAMPLE_ADDRESS;
    let output = mailsetup(home.path(), &["--sandbox".as_ref(), "setup".as_ref(), you.as_ref(), "--profile".as_ref(), dir, "--json".as_ref()]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));

    // An address the mailbox may not send as: refused at the test message, nothing changed.
    let before = fs::read_to_string(profile.path().join("prefs.js")).unwrap();
    let stranger = "stranger@sandbox.mailsetup.test";
    let output = mailsetup(home.path(), &["--sandbox".as_ref(), "alias".as_ref(), you.as_ref(), stranger.as_ref(), "--profile".as_ref(), dir, "--send-test".as_ref()]);
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(said.contains("was not added") && said.contains("5.7.60"), "{said}");
    assert_eq!(fs::read_to_string(profile.path().join("prefs.js")).unwrap(), before);

    // The mailbox's own alias: the test message goes through, then the identity.
    let alias = mailsetup::sandbox::ALIAS_ADDRESS;
    let output = mailsetup(home.path(), &["--sandbox".as_ref(), "alias".as_ref(), you.as_ref(), alias.as_ref(), "--name".as_ref(), "Sales".as_ref(), "--profile".as_ref(), dir, "--send-test".as_ref()]);
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert_eq!(output.status.code(), Some(0), "{said}");
    assert!(said.contains("SendFromAliasEnabled"), "the rewrite is explained: {said}");
    let prefs = prefs_of(profile.path());
    assert_eq!(prefs.get_str("mail.account.account1.identities"), Some("id1,id2"));
    assert_eq!(prefs.get_str("mail.identity.id2.useremail"), Some(alias));
    assert_eq!(prefs.get_str("mail.identity.id2.fullName"), Some("Sales"));
    assert_eq!(prefs.get_str("mail.identity.id2.smtpServer"), prefs.get_str("mail.identity.id1.smtpServer"));
    assert_eq!(prefs.get_str("mail.identity.id2.fcc_folder"), prefs.get_str("mail.identity.id1.fcc_folder"));
    // Again: already there, nothing written.
    let output = mailsetup(home.path(), &["alias".as_ref(), you.as_ref(), alias.as_ref(), "--profile".as_ref(), dir]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("already sends as"));
}
