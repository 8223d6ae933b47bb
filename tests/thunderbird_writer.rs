//! Writing an account into `prefs.js`: exact output, keeping other accounts
//! byte for byte, idempotency, backups, and refusing a locked profile.
//! Everything happens in temporary directories.

mod support {
    pub mod accounts;
    pub mod required;
}

use mailsetup::thunderbird::prefs::{PREFS_JS_HEADER, PrefsFile};
use mailsetup::thunderbird::{AccountField, SocketType, ThunderbirdError, WriteAction, is_profile_in_use, write_account};
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;
use support::accounts::alice;

const FIXTURE_POP_AND_LOCAL_FOLDERS: &str = include_str!("fixtures/thunderbird/prefs_pop_and_local_folders.js");

fn backups_in(profile: &Path) -> Vec<PathBuf> {
    match fs::read_dir(profile.join("mailsetup-backups")) {
        Ok(entries) => entries.map(|entry| entry.unwrap().path()).collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn a_fresh_profile_gets_exactly_the_wizards_prefs() {
    let profile = tempfile::tempdir().unwrap();
    let outcome = write_account(profile.path(), &alice()).unwrap();
    assert_eq!(outcome.action, WriteAction::Added);
    assert_eq!(outcome.account_key, "account1");
    assert_eq!(outcome.profile_dir, profile.path());
    assert_eq!(outcome.backup, None, "there was no prefs.js to back up");

    let expected = format!(
        "{PREFS_JS_HEADER}{}",
        r#"user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.accountmanager.defaultaccount", "account1");
user_pref("mail.identity.id1.draft_folder", "imap://alice%40contoso.example@outlook.office365.com/Drafts");
user_pref("mail.identity.id1.drafts_folder_picker_mode", "0");
user_pref("mail.identity.id1.fcc_folder", "imap://alice%40contoso.example@outlook.office365.com/Sent");
user_pref("mail.identity.id1.fcc_folder_picker_mode", "0");
user_pref("mail.identity.id1.fullName", "Alice Example");
user_pref("mail.identity.id1.reply_on_top", 1);
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id1.stationery_folder", "imap://alice%40contoso.example@outlook.office365.com/Templates");
user_pref("mail.identity.id1.tmpl_folder_picker_mode", "0");
user_pref("mail.identity.id1.useremail", "alice@contoso.example");
user_pref("mail.identity.id1.valid", true);
user_pref("mail.server.server1.authMethod", 10);
user_pref("mail.server.server1.check_new_mail", true);
user_pref("mail.server.server1.hostname", "outlook.office365.com");
user_pref("mail.server.server1.login_at_startup", true);
user_pref("mail.server.server1.name", "alice@contoso.example");
user_pref("mail.server.server1.port", 993);
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.userName", "alice@contoso.example");
user_pref("mail.smtp.defaultserver", "smtp1");
user_pref("mail.smtpserver.smtp1.authMethod", 10);
user_pref("mail.smtpserver.smtp1.description", "alice@contoso.example");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.office365.com");
user_pref("mail.smtpserver.smtp1.port", 587);
user_pref("mail.smtpserver.smtp1.try_ssl", 2);
user_pref("mail.smtpserver.smtp1.type", "smtp");
user_pref("mail.smtpserver.smtp1.username", "alice@contoso.example");
user_pref("mail.smtpservers", "smtp1");
"#
    );
    let written = fs::read_to_string(profile.path().join("prefs.js")).unwrap();
    assert_eq!(written, expected);
    assert!(backups_in(profile.path()).is_empty());
    for forbidden in ["oauth2", "directory", "mail.root", "mail.ui-rdf.version"] {
        assert!(!written.contains(forbidden), "{forbidden} must not be written");
    }
    assert!(!profile.path().join("user.js").exists());
}

#[test]
fn password_accounts_and_starttls_imap_get_their_values() {
    let profile = tempfile::tempdir().unwrap();
    let mut account = alice();
    account.incoming_auth = mailsetup::provider::AuthMethod::PasswordCleartext;
    account.smtp_auth = mailsetup::provider::AuthMethod::PasswordCleartext;
    account.incoming_port = 143;
    account.incoming_socket = SocketType::StartTls;
    account.smtp_port = 465;
    account.smtp_socket = SocketType::Ssl;
    write_account(profile.path(), &account).unwrap();
    let prefs = PrefsFile::parse(&fs::read_to_string(profile.path().join("prefs.js")).unwrap()).unwrap();
    assert_eq!(prefs.get_int("mail.server.server1.authMethod"), Some(3));
    assert_eq!(prefs.get_int("mail.server.server1.socketType"), Some(2));
    assert_eq!(prefs.get_int("mail.server.server1.port"), Some(143));
    assert_eq!(prefs.get_int("mail.smtpserver.smtp1.authMethod"), Some(3));
    assert_eq!(prefs.get_int("mail.smtpserver.smtp1.try_ssl"), Some(3));
}

#[test]
fn a_pop3_account_gets_thunderbirds_pop3_prefs_and_mailbox_folder_uris() {
    let profile = tempfile::tempdir().unwrap();
    let mut account = alice();
    account.incoming_protocol = mailsetup::provider::IncomingProtocol::Pop3;
    account.incoming_port = 995;
    write_account(profile.path(), &account).unwrap();
    let prefs = PrefsFile::parse(&fs::read_to_string(profile.path().join("prefs.js")).unwrap()).unwrap();
    assert_eq!(prefs.get_str("mail.server.server1.type"), Some("pop3"));
    assert_eq!(prefs.get_int("mail.server.server1.port"), Some(995));
    assert_eq!(prefs.get_int("mail.server.server1.authMethod"), Some(10));
    assert_eq!(prefs.get_bool("mail.server.server1.leave_on_server"), Some(true));
    assert_eq!(prefs.get_int("mail.server.server1.num_days_to_leave_on_server"), Some(14));
    assert_eq!(prefs.get_bool("mail.server.server1.download_on_biff"), Some(true));
    // POP3 folders live under mailbox://, not imap://.
    assert_eq!(prefs.get_str("mail.identity.id1.fcc_folder"), Some("mailbox://alice%40contoso.example@outlook.office365.com/Sent"));
    // The same address on IMAP is another account: a second write adds it.
    let mut imap = alice();
    imap.incoming_protocol = mailsetup::provider::IncomingProtocol::Imap;
    assert_eq!(write_account(profile.path(), &imap).unwrap().action, WriteAction::Added);
    let again = write_account(profile.path(), &account).unwrap();
    assert_ne!(again.action, WriteAction::Added, "the POP3 account is found again");
}

#[test]
fn each_server_gets_its_own_sign_in_method() {
    let profile = tempfile::tempdir().unwrap();
    let mut account = alice();
    account.smtp_host = "outgoing.campus.example".into();
    account.smtp_port = 465;
    account.smtp_socket = SocketType::Ssl;
    account.smtp_auth = mailsetup::provider::AuthMethod::PasswordCleartext;
    write_account(profile.path(), &account).unwrap();
    let prefs = PrefsFile::parse(&fs::read_to_string(profile.path().join("prefs.js")).unwrap()).unwrap();
    assert_eq!(prefs.get_int("mail.server.server1.authMethod"), Some(10));
    assert_eq!(prefs.get_int("mail.smtpserver.smtp1.authMethod"), Some(3));
    assert_eq!(prefs.get_str("mail.smtpserver.smtp1.hostname"), Some("outgoing.campus.example"));
}

#[test]
fn a_shared_mailbox_reads_as_itself_and_sends_signed_in_as_the_delegate() {
    let profile = tempfile::tempdir().unwrap();
    let mut account = alice();
    account.email = "info@contoso.example".into();
    account.display_name = "Contoso Info".into();
    account.smtp_user_name = Some("alice@contoso.example".into());
    write_account(profile.path(), &account).unwrap();
    let prefs = PrefsFile::parse(&fs::read_to_string(profile.path().join("prefs.js")).unwrap()).unwrap();
    assert_eq!(prefs.get_str("mail.server.server1.userName"), Some("info@contoso.example"));
    assert_eq!(prefs.get_str("mail.smtpserver.smtp1.username"), Some("alice@contoso.example"));
    assert_eq!(prefs.get_str("mail.identity.id1.useremail"), Some("info@contoso.example"));
    assert_eq!(prefs.get_str("mail.identity.id1.fullName"), Some("Contoso Info"));
}

#[test]
fn awkward_display_names_round_trip_through_the_parser() {
    let names = [
        "Alice \"Al\" O'Brien",
        "Back\\slash \\n literal",
        "Two\nlines and a\r\ncarriage return",
        "Tab\there",
        "Zoë Ærøskøbing 中文 😀",
    ];
    for name in names {
        let profile = tempfile::tempdir().unwrap();
        let mut account = alice();
        account.display_name = name.to_owned();
        write_account(profile.path(), &account).unwrap();
        let text = fs::read_to_string(profile.path().join("prefs.js")).unwrap();
        assert!(!text.contains("\\t"), "Thunderbird rejects \\t, so a tab is written as \\u0009: {text}");
        let prefs = PrefsFile::parse(&text).unwrap();
        assert_eq!(prefs.get_str("mail.identity.id1.fullName"), Some(name));
    }
}

#[test]
fn a_display_name_with_nul_is_refused_before_anything_is_written() {
    let profile = tempfile::tempdir().unwrap();
    let mut account = alice();
    account.display_name = "Alice\0".into();
    let error = write_account(profile.path(), &account).unwrap_err();
    assert!(matches!(error, ThunderbirdError::InvalidAccount { field: AccountField::DisplayName, .. }), "{error}");
    assert!(!profile.path().join("prefs.js").exists());
}

#[test]
fn an_existing_account_is_kept_byte_for_byte_and_the_new_one_goes_before_local_folders() {
    let profile = tempfile::tempdir().unwrap();
    let prefs_path = profile.path().join("prefs.js");
    fs::write(&prefs_path, FIXTURE_POP_AND_LOCAL_FOLDERS).unwrap();

    let outcome = write_account(profile.path(), &alice()).unwrap();
    assert_eq!(outcome.action, WriteAction::Added);
    assert_eq!(outcome.account_key, "account3");
    let written = fs::read_to_string(&prefs_path).unwrap();

    // Only three values change in place; everything else is the old text.
    let edited_original = FIXTURE_POP_AND_LOCAL_FOLDERS
        .replace(r#""mail.account.lastKey", 2"#, r#""mail.account.lastKey", 3"#)
        .replace(
            r#""mail.accountmanager.accounts", "account1,account2""#,
            r#""mail.accountmanager.accounts", "account1,account3,account2""#,
        )
        .replace(r#""mail.smtpservers", "smtp1""#, r#""mail.smtpservers", "smtp1,smtp2""#);
    assert!(written.starts_with(&edited_original), "the old text must stay in place:\n{written}");
    let appended = &written[edited_original.len()..];
    assert!(appended.lines().all(|line| line.starts_with("user_pref(\"mail.")), "{appended}");
    for line in FIXTURE_POP_AND_LOCAL_FOLDERS.lines().filter(|line| line.contains("1.") || line.contains("2.")) {
        assert!(written.contains(line), "line lost or changed: {line}");
    }

    let prefs = PrefsFile::parse(&written).unwrap();
    assert_eq!(prefs.get_str("mail.account.account3.server"), Some("server3"));
    assert_eq!(prefs.get_str("mail.account.account3.identities"), Some("id2"));
    assert_eq!(prefs.get_str("mail.identity.id2.smtpServer"), Some("smtp2"));
    assert_eq!(prefs.get_str("mail.server.server3.hostname"), Some("outlook.office365.com"));
    assert_eq!(prefs.get_str("mail.smtpserver.smtp2.hostname"), Some("smtp.office365.com"));
    // The user's choices stay: default account and default SMTP server.
    assert_eq!(prefs.get_str("mail.accountmanager.defaultaccount"), Some("account1"));
    assert_eq!(prefs.get_str("mail.smtp.defaultserver"), Some("smtp1"));
    assert_eq!(prefs.get_bool("mailnews.start_page.enabled"), Some(false));

    // The backup is the old file, exactly.
    let backup = outcome.backup.expect("an existing prefs.js is backed up");
    assert_eq!(backup.parent().unwrap(), profile.path().join("mailsetup-backups"));
    assert_eq!(fs::read_to_string(&backup).unwrap(), FIXTURE_POP_AND_LOCAL_FOLDERS);
}

#[test]
fn the_second_write_finds_the_account_and_changes_nothing() {
    let profile = tempfile::tempdir().unwrap();
    let prefs_path = profile.path().join("prefs.js");
    fs::write(&prefs_path, FIXTURE_POP_AND_LOCAL_FOLDERS).unwrap();
    let first = write_account(profile.path(), &alice()).unwrap();
    let after_first = fs::read(&prefs_path).unwrap();
    let backups_after_first = backups_in(profile.path());

    let mut same_account_other_case = alice();
    same_account_other_case.incoming_host = "Outlook.Office365.COM".into();
    same_account_other_case.email = "Alice@Contoso.example".into();
    for account in [alice(), same_account_other_case] {
        let again = write_account(profile.path(), &account).unwrap();
        assert_eq!(again.action, WriteAction::AlreadyPresent);
        assert_eq!(again.account_key, first.account_key);
        assert_eq!(again.backup, None);
        assert_eq!(fs::read(&prefs_path).unwrap(), after_first, "prefs.js must not change");
        assert_eq!(backups_in(profile.path()), backups_after_first, "no new backup");
    }
}

#[test]
fn each_write_that_changes_prefs_leaves_its_own_backup() {
    let profile = tempfile::tempdir().unwrap();
    let prefs_path = profile.path().join("prefs.js");
    fs::write(&prefs_path, FIXTURE_POP_AND_LOCAL_FOLDERS).unwrap();
    let first = write_account(profile.path(), &alice()).unwrap();
    let before_second = fs::read(&prefs_path).unwrap();
    let mut carol = alice();
    carol.email = "carol@contoso.example".into();
    let second = write_account(profile.path(), &carol).unwrap();
    assert_eq!(second.account_key, "account4");
    let (first_backup, second_backup) = (first.backup.unwrap(), second.backup.unwrap());
    assert_ne!(first_backup, second_backup);
    assert_eq!(fs::read(&first_backup).unwrap(), FIXTURE_POP_AND_LOCAL_FOLDERS.as_bytes());
    assert_eq!(fs::read(&second_backup).unwrap(), before_second);
    let prefs = PrefsFile::parse(&fs::read_to_string(&prefs_path).unwrap()).unwrap();
    assert_eq!(prefs.get_str("mail.accountmanager.accounts"), Some("account1,account3,account4,account2"));
    assert_eq!(prefs.get_int("mail.account.lastKey"), Some(4));
}

#[test]
fn a_prefs_file_with_a_syntax_error_is_refused_untouched() {
    let profile = tempfile::tempdir().unwrap();
    let prefs_path = profile.path().join("prefs.js");
    let broken = "user_pref(\"a\", 1);\nuser_pref(\"b\", \"tab\\there\");\n";
    fs::write(&prefs_path, broken).unwrap();
    let error = write_account(profile.path(), &alice()).unwrap_err();
    match &error {
        ThunderbirdError::PrefsSyntax { line, path, .. } => {
            assert_eq!(*line, 2);
            assert_eq!(path, &prefs_path);
        }
        other => panic!("unexpected error {other}"),
    }
    assert!(error.to_string().ends_with("so that it rewrites the file"), "{error}");
    assert_eq!(fs::read_to_string(&prefs_path).unwrap(), broken);
    assert!(backups_in(profile.path()).is_empty());
}

#[test]
fn a_missing_profile_directory_is_an_error() {
    let parent = tempfile::tempdir().unwrap();
    let error = write_account(&parent.path().join("nope"), &alice()).unwrap_err();
    assert!(matches!(error, ThunderbirdError::ProfileNotFound { .. }), "{error}");
}

// --- Lock detection with a real second process -------------------------------

/// Set for the child process only: the `.parentlock` it must lock.
const HOLD_LOCK_ENV: &str = "MAILSETUP_TEST_HOLD_FCNTL_LOCK";
/// What the helper prints once it holds the lock.
const LOCK_HELD_MARKER: &str = "FCNTL-LOCK-HELD";

/// Not a test: the child side of
/// [`a_profile_locked_by_another_process_is_refused_and_left_untouched`].
/// It takes an `fcntl` write lock on a file the way Gecko does, prints
/// [`LOCK_HELD_MARKER`], and holds it until its standard input closes.
#[test]
#[ignore = "helper process of a_profile_locked_by_another_process_is_refused_and_left_untouched, not a test"]
fn helper_holds_an_fcntl_lock_until_stdin_closes() {
    let path = support::required::helper_input(HOLD_LOCK_ENV, "a_profile_locked_by_another_process_is_refused_and_left_untouched");
    hold_fcntl_lock(Path::new(&path));
}

#[cfg(unix)]
fn hold_fcntl_lock(path: &Path) {
    use nix::fcntl::{FcntlArg, fcntl};
    use nix::libc;
    let file = fs::OpenOptions::new().read(true).write(true).create(true).truncate(false).open(path).unwrap();
    // SAFETY: `flock` is a plain C struct; all-zero is a valid value.
    let mut lock: libc::flock = unsafe { std::mem::zeroed() };
    lock.l_type = libc::F_WRLCK as libc::c_short;
    lock.l_whence = libc::SEEK_SET as libc::c_short;
    fcntl(&file, FcntlArg::F_SETLK(&lock)).unwrap();
    // libtest has already printed "test <name> ... " without a line end.
    println!("\n{LOCK_HELD_MARKER}");
    std::io::stdout().flush().unwrap();
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    drop(file);
}

#[cfg(not(unix))]
fn hold_fcntl_lock(_path: &Path) {}

/// Starts this test binary again as the lock holder and waits (5 s at most)
/// until it holds the lock.
fn spawn_lock_holder(lock_file: &Path) -> Child {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "helper_holds_an_fcntl_lock_until_stdin_closes",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HOLD_LOCK_ENV, lock_file)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (locked_tx, locked_rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if line.as_deref().is_ok_and(|line| line.trim() == LOCK_HELD_MARKER) {
                let _ = locked_tx.send(());
            }
        }
    });
    if locked_rx.recv_timeout(Duration::from_secs(5)).is_err() {
        let _ = child.kill();
        panic!("the helper process did not take the lock within 5 s");
    }
    child
}

#[cfg(unix)]
#[test]
fn a_profile_locked_by_another_process_is_refused_and_left_untouched() {
    let profile = tempfile::tempdir().unwrap();
    let prefs_path = profile.path().join("prefs.js");
    fs::write(&prefs_path, FIXTURE_POP_AND_LOCAL_FOLDERS).unwrap();
    assert!(!is_profile_in_use(profile.path()).unwrap());

    let mut holder = spawn_lock_holder(&profile.path().join(".parentlock"));
    assert!(is_profile_in_use(profile.path()).unwrap(), "an fcntl lock held by another process means in use");
    let error = write_account(profile.path(), &alice()).unwrap_err();
    assert!(matches!(error, ThunderbirdError::ProfileInUse { .. }), "{error}");
    assert_eq!(
        error.to_string(),
        format!("Thunderbird is using the profile {}; close Thunderbird and try again", profile.path().display())
    );
    assert_eq!(error.diagnosis_id(), "tb-profile-locked");
    assert_eq!(fs::read_to_string(&prefs_path).unwrap(), FIXTURE_POP_AND_LOCAL_FOLDERS);
    assert!(backups_in(profile.path()).is_empty(), "no backup when nothing is written");

    // Closing the holder's stdin ends it, and with it the lock.
    drop(holder.stdin.take());
    assert!(holder.wait().unwrap().success());
    assert!(!is_profile_in_use(profile.path()).unwrap());
    assert_eq!(write_account(profile.path(), &alice()).unwrap().action, WriteAction::Added);
}
