//! The real Thunderbird loads what issue 5 writes: a migrated Exchange
//! account with local mail, a new account next to POP and IMAP accounts,
//! hostile names, and a policies.json export.
//!
//! Each scenario is run by `tests/real_thunderbird/check_profile.sh`
//! (headless, offline, network-isolated, on a copy, clean quit), which
//! copies the profile as Thunderbird left it to a result directory that
//! these tests then inspect. Ignored by a plain `cargo test`; `tests/run.sh`
//! runs them with `MAILSETUP_REAL_THUNDERBIRD=1`, and without it they fail.

mod support {
    pub mod accounts;
    pub mod exchange_profile;
    pub mod real_thunderbird;
    pub mod required;
}

use mailsetup::thunderbird::{
    MigrationTarget, OAuthProvider, ThunderbirdError, export, migrate_account, prefs::PrefsFile, write_account,
};
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::accounts::microsoft_365;
use support::exchange_profile::{FIXTURE, assert_account1_moved_to_microsoft, exchange_profile};
use support::real_thunderbird;
use support::required::REAL_THUNDERBIRD_ENV;

/// Runs check_profile.sh; returns the profile as Thunderbird left it.
/// Without a `thunderbird_bin`, first on Thunderbird 140 ESR beside the
/// installed one (which must pass as well), then on the installed 153,
/// whose result is returned.
fn check_profile(args: &[OsString], thunderbird_bin: Option<&Path>) -> (tempfile::TempDir, PathBuf) {
    if thunderbird_bin.is_none() {
        let esr_140 = support::required::thunderbird_140_dir().join("thunderbird");
        real_thunderbird::check_profile(args, Some(&esr_140));
    }
    let result = tempfile::tempdir().unwrap();
    let result_dir = result.path().join("profile");
    let options = ["--result-dir".into(), result_dir.clone().into_os_string()];
    real_thunderbird::check_profile(&[&options[..], args].concat(), thunderbird_bin);
    (result, result_dir)
}

fn prefs_of(profile: &Path) -> PrefsFile {
    PrefsFile::parse(&fs::read_to_string(profile.join("prefs.js")).unwrap()).unwrap()
}

/// The mail files of the fixture, which must come back byte for byte.
const MAIL_FILES: [&str; 3] = ["ImapMail/mail.contoso.example/INBOX", "Mail/Local Folders/Archive", "Mail/pop.example.org/Inbox"];

#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_loads_a_migrated_exchange_account_and_keeps_its_local_mail() {
    let _turn = real_thunderbird::turn();
    let profile = exchange_profile();
    let outcome =
        migrate_account(profile.path(), "account1", &MigrationTarget::for_provider(OAuthProvider::Microsoft), None).unwrap();
    assert_eq!(outcome.logins_removed, 2);
    let (_keep, after) = check_profile(
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
    let prefs = prefs_of(&after);
    // What the migration wrote, still there after Thunderbird ran.
    assert_account1_moved_to_microsoft(&prefs);
    // The POP account is untouched.
    assert_eq!(prefs.get_str("mail.server.server2.hostname"), Some("pop.example.org"));
    assert_eq!(prefs.get_int("mail.server.server2.authMethod"), Some(3));
    assert_eq!(prefs.get_str("mail.server.server2.userName"), Some("bob"));
    assert_eq!(prefs.get_str("mail.smtpserver.smtp2.hostname"), Some("smtp.example.org"));
    assert_eq!(prefs.get_int("mail.smtpserver.smtp2.authMethod"), Some(3));
    // Thunderbird did not start a new mail directory under the new name.
    assert!(!after.join("ImapMail/outlook.office365.com").exists(), "a second mail directory appeared");
    // Local mail byte-identical.
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    for file in MAIL_FILES {
        assert_eq!(fs::read(after.join(file)).unwrap(), fs::read(fixture.join(file)).unwrap(), "{file} changed");
    }
    // Thunderbird accepted the login store we rewrote.
    assert!(!after.join("logins.json.corrupt").exists());
    let logins = fs::read_to_string(after.join("logins.json")).unwrap();
    assert!(logins.contains("mailbox://pop.example.org") && !logins.contains("imap://mail.contoso.example"), "{logins}");
    let filters = fs::read_to_string(after.join("ImapMail/mail.contoso.example/msgFilterRules.dat")).unwrap();
    assert!(filters.contains("@outlook.office365.com/Reports"), "{filters}");
    println!("verified: migrated account1 uses OAuth2 for IMAP and SMTP, account2 untouched, mail byte-identical");
}

#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_keeps_pop_and_imap_accounts_next_to_a_new_one() {
    let _turn = real_thunderbird::turn();
    let profile = exchange_profile();
    let before = prefs_of(profile.path());
    let outcome = write_account(profile.path(), &microsoft_365("carol@contoso.example", "Carol")).unwrap();
    assert_eq!(outcome.account_key, "account4");
    let written = prefs_of(profile.path());
    assert_eq!(written.get_str("mail.accountmanager.accounts"), Some("account1,account2,account4,account3"), "before Local Folders");
    let (_keep, after) = check_profile(
        &[
            "--expect-server".into(),
            "pop.example.org".into(),
            "--expect-server".into(),
            "mail.contoso.example".into(),
            "--expect-server".into(),
            "Local Folders".into(),
            profile.path().into(),
            "carol@contoso.example".into(),
        ],
        None,
    );
    let prefs = prefs_of(&after);
    for name in [
        "mail.server.server1.hostname",
        "mail.server.server1.authMethod",
        "mail.server.server1.userName",
        "mail.server.server2.hostname",
        "mail.server.server2.authMethod",
        "mail.smtpserver.smtp1.hostname",
        "mail.smtpserver.smtp2.hostname",
        "mail.identity.id1.fullName",
    ] {
        assert_eq!(prefs.get(name), before.get(name), "{name} changed");
    }
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    for file in MAIL_FILES {
        assert_eq!(fs::read(after.join(file)).unwrap(), fs::read(fixture.join(file)).unwrap(), "{file} changed");
    }
}

#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn hostile_names_never_make_thunderbird_write_invalidprefs() {
    let _turn = real_thunderbird::turn();
    let hostile = format!(
        "Q\"uote 'single' back\\slash \\n new\nline cr\r tab\t rtl\u{200f}\u{202e}txet\u{202c} bell\u{7} {}",
        "long-".repeat(2000)
    );
    let profile = tempfile::tempdir().unwrap();
    // NUL cannot be held by prefs at all: refused, nothing written.
    let error = write_account(profile.path(), &microsoft_365("dora@contoso.example", "nul\0name")).unwrap_err();
    assert!(matches!(error, ThunderbirdError::InvalidAccount { .. }), "{error}");
    assert!(!profile.path().join("prefs.js").exists());
    // A hostile pre-existing value next to ours, and ours hostile too.
    fs::write(
        profile.path().join("prefs.js"),
        format!("user_pref(\"mail.hostile.existing\", {});\n", mailsetup::thunderbird::prefs::quote_string(&hostile)),
    )
    .unwrap();
    write_account(profile.path(), &microsoft_365("dora@contoso.example", &hostile)).unwrap();
    let (_keep, after) = check_profile(&[profile.path().into(), "dora@contoso.example".into()], None);
    assert!(!after.join("Invalidprefs.js").exists());
    let prefs = prefs_of(&after);
    let identity = prefs
        .names()
        .find(|name| name.starts_with("mail.identity.") && name.ends_with(".fullName"))
        .unwrap()
        .to_owned();
    assert_eq!(prefs.get_str(&identity), Some(hostile.as_str()), "Thunderbird kept the name exactly");
    assert_eq!(prefs.get_str("mail.hostile.existing"), Some(hostile.as_str()));
}

#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn a_policies_json_export_defines_the_account_in_thunderbird() {
    let _turn = real_thunderbird::turn();
    let Some(install_dir) = mailsetup::thunderbird::detect_install_dir() else {
        panic!("{REAL_THUNDERBIRD_ENV}=1 but no Thunderbird installation was found");
    };
    // A copy of the install directory with distribution/policies.json, so
    // the system's Thunderbird is left alone.
    let install_copy = tempfile::tempdir().unwrap();
    let copied = install_copy.path().join("thunderbird");
    let status = Command::new("cp").arg("-a").arg(&install_dir).arg(&copied).status().unwrap();
    assert!(status.success());
    // Debian links omni.ja, chrome/ and defaults/ relatively into
    // /usr/share: point those at their real place; links inside the install
    // directory (thunderbird -> thunderbird-bin) stay; dangling ones go.
    let real_install = fs::canonicalize(&install_dir).unwrap();
    for entry in fs::read_dir(&copied).unwrap() {
        let entry = entry.unwrap();
        if !entry.file_type().unwrap().is_symlink() {
            continue;
        }
        let link = entry.path();
        match fs::canonicalize(install_dir.join(entry.file_name())) {
            Ok(target) if target.starts_with(&real_install) => {}
            Ok(target) => {
                fs::remove_file(&link).unwrap();
                std::os::unix::fs::symlink(target, &link).unwrap();
            }
            Err(_) => fs::remove_file(&link).unwrap(),
        }
    }
    fs::create_dir_all(copied.join("distribution")).unwrap();
    let policies = export::policies_json(&[microsoft_365("erin@contoso.example", "Erin \"Desk\" Example")]).unwrap();
    fs::write(copied.join("distribution/policies.json"), &policies).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let (_keep, after) = check_profile(
        &["--no-account-prefs".into(), profile.path().into(), "erin@contoso.example".into()],
        Some(&copied.join("thunderbird")),
    );
    assert!(after.join("ImapMail/outlook.office365.com").is_dir(), "Thunderbird loaded the policy's account");
    let prefs = prefs_of(&after);
    let accounts = prefs.get_str("mail.accountmanager.accounts").unwrap_or_default().to_owned();
    assert!(accounts.split(',').any(|key| key == "account901"), "accounts: {accounts}");
    // Status "default": the server prefs live in the policy, not in prefs.js.
    assert_eq!(prefs.get_str("mail.server.server901.hostname"), None);
    assert!(!after.join("Invalidprefs.js").exists());
}
