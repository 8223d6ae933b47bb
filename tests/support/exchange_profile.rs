//! The fixture profile of a password-auth Exchange account with local mail
//! (and a POP account beside it), copied afresh for each test that changes it.

use std::fs;
use std::path::Path;

/// Where the fixture lives, relative to the package.
pub const FIXTURE: &str = "tests/fixtures/thunderbird/exchange_password_profile";

/// A copy of the fixture profile in a new temporary directory.
pub fn exchange_profile() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE), dir.path());
    dir
}

/// Copies a directory tree, files byte for byte.
fn copy_dir(from: &Path, to: &Path) {
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

/// What the fixture's account1 must look like once moved to Microsoft's
/// OAuth2: the same server and SMTP keys, canonical hosts, OAuth2 for both,
/// 587 with STARTTLS, the mail directory kept and the Sent folder following
/// the new host; the other accounts still listed, Local Folders last.
#[track_caller]
// Not every test crate that includes this module migrates the account.
#[allow(dead_code)]
pub fn assert_account1_moved_to_microsoft(prefs: &mailsetup::thunderbird::prefs::PrefsFile) {
    assert_eq!(prefs.get_str("mail.server.server1.hostname"), Some("outlook.office365.com"));
    assert_eq!(prefs.get_int("mail.server.server1.authMethod"), Some(10));
    assert_eq!(prefs.get_str("mail.server.server1.directory-rel"), Some("[ProfD]ImapMail/mail.contoso.example"));
    assert_eq!(prefs.get_str("mail.smtpserver.smtp1.hostname"), Some("smtp.office365.com"));
    assert_eq!(prefs.get_int("mail.smtpserver.smtp1.authMethod"), Some(10));
    assert_eq!(prefs.get_int("mail.smtpserver.smtp1.port"), Some(587));
    assert_eq!(prefs.get_int("mail.smtpserver.smtp1.try_ssl"), Some(2));
    assert_eq!(prefs.get_str("mail.identity.id1.fcc_folder"), Some("imap://alice%40contoso.example@outlook.office365.com/Sent"));
    assert_eq!(prefs.get_str("mail.accountmanager.accounts"), Some("account1,account2,account3"));
}
