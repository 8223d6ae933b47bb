//! The hand-off of the sign-in into a profile's login store, with the real
//! Thunderbird's NSS libraries (from its install, as the product loads
//! them), checked by a second, independent user of the same libraries in
//! its own process (`tests/support/nss_tool.py`, Python ctypes): what
//! mailsetup encrypts, that reads; what that encrypts (AES and the older
//! 3DES), mailsetup reads. And every refusal leaves the profile byte for
//! byte as it was.
//!
//! And the real Thunderbird 153, started on the profile, finds the sign-in
//! with its own OAuth2 code for both servers of the account (Marionette:
//! `tests/real_thunderbird/check_signed_in.py`), for a new account and for
//! one switched in place with its local mail.

mod support {
    pub mod accounts;
    pub mod exchange_profile;
    pub mod log_capture;
    pub mod real_thunderbird;
    pub mod required;
}

use mailsetup::flow::{self, ThunderbirdGoal};
use mailsetup::provider::{PlanSource, microsoft_plan};
use mailsetup::report::{Outcome, Step};
use mailsetup::secret::Secret;
use mailsetup::thunderbird::handoff::{HandOff, hand_off, saved_sign_ins};
use mailsetup::thunderbird::logins::Put;
use mailsetup::thunderbird::{ThunderbirdError, write_account};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use support::accounts::tokens;
use std::process::Command;

const ORIGIN: &str = "oauth://login.microsoftonline.com";
const REALM: &str = "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access";
const USER: &str = "alice@contoso.example";

/// A profile with alice's Microsoft 365 account written by mailsetup, and
/// the account's key.
fn profile_with_account() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let outcome = write_account(dir.path(), &support::accounts::alice()).unwrap();
    (dir, outcome.account_key)
}

fn hand_off_token(profile: &Path, account_key: &str, token: &str) -> Result<mailsetup::thunderbird::handoff::HandOffOutcome, ThunderbirdError> {
    let nss = support::required::thunderbird_nss_dir();
    let secret = Secret::new(token);
    hand_off(&HandOff { profile_dir: profile, account_key, origin: ORIGIN, realm: REALM, refresh_token: &secret, nss_dirs: &[nss] })
}

/// Runs `nss_tool.py` on a copy of `profile`'s key store; its output.
fn nss_tool(profile: &Path, args: &[&str]) -> String {
    let copy = tempfile::tempdir().unwrap();
    for name in ["key4.db", "cert9.db", "pkcs11.txt"] {
        if profile.join(name).exists() {
            std::fs::copy(profile.join(name), copy.path().join(name)).unwrap();
        }
    }
    nss_tool_on(copy.path(), args)
}

/// Runs `nss_tool.py` on the key store in `key_dir` itself (a key it makes
/// stays there: Thunderbird's own 3DES key of an old profile).
fn nss_tool_on(key_dir: &Path, args: &[&str]) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/nss_tool.py");
    let output = Command::new("python3").arg(script).arg(support::required::thunderbird_nss_dir()).arg(key_dir).args(args).output().unwrap();
    assert!(output.status.success(), "nss_tool {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// The logins Thunderbird's NSS reads in `profile`: (origin, realm, user, secret).
fn logins_read_by_nss_tool(profile: &Path) -> Vec<[String; 4]> {
    let logins = profile.join("logins.json").display().to_string();
    nss_tool(profile, &["logins", &logins])
        .lines()
        .map(|line| {
            let fields: Vec<String> = line.split('\t').map(str::to_owned).collect();
            [fields[0].clone(), fields[1].clone(), fields[2].clone(), fields[3].clone()]
        })
        .collect()
}

/// Every file of a profile, by relative path, with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().is_some_and(|name| name != ".parentlock" && name != "lock") {
                files.insert(path.strip_prefix(dir).unwrap().to_owned(), std::fs::read(&path).unwrap_or_default());
            }
        }
    }
    files
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn a_new_profile_gets_a_key_store_and_the_entry_thunderbird_looks_up() {
    let (dir, account) = profile_with_account();
    assert!(!dir.path().join("key4.db").exists());
    let outcome = hand_off_token(dir.path(), &account, "M.R3_refresh-token-for-alice").unwrap();
    assert!(outcome.created_key_store);
    assert_eq!(outcome.entries, [(USER.to_owned(), Put::Added)], "IMAP and SMTP share one user name, so one entry");
    assert!(dir.path().join("key4.db").is_file() && dir.path().join("cert9.db").is_file());
    assert_eq!(logins_read_by_nss_tool(dir.path()), [[ORIGIN.to_owned(), REALM.to_owned(), USER.to_owned(), "M.R3_refresh-token-for-alice".to_owned()]]);
    let stored: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("logins.json")).unwrap()).unwrap();
    let entry = &stored["logins"][0];
    assert_eq!((entry["encType"].clone(), entry["formSubmitURL"].clone()), (serde_json::json!(1), serde_json::Value::Null));
    assert_eq!(stored["nextId"], 2);
    assert!(!std::fs::read_to_string(dir.path().join("logins.json")).unwrap().contains("refresh-token"), "the token is encrypted");
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn a_second_hand_off_replaces_the_first_and_keeps_other_logins() {
    let (dir, account) = profile_with_account();
    hand_off_token(dir.path(), &account, "first-refresh-token").unwrap();
    // Another saved login, encrypted by the other NSS user, after ours.
    let (user, password) = (nss_tool(dir.path(), &["encrypt", "aes", "bob"]), nss_tool(dir.path(), &["encrypt", "aes", "bobs-password"]));
    let path = dir.path().join("logins.json");
    let mut store: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    store["logins"].as_array_mut().unwrap().push(serde_json::json!({
        "id": 2, "hostname": "imap://mail.example", "httpRealm": "imap://mail.example", "encryptedUsername": user.trim(),
        "encryptedPassword": password.trim(), "encType": 1, "unknownFutureField": 7
    }));
    store["nextId"] = serde_json::json!(3);
    std::fs::write(&path, store.to_string()).unwrap();

    let outcome = hand_off_token(dir.path(), &account, "second-refresh-token").unwrap();
    assert_eq!(outcome.entries, [(USER.to_owned(), Put::Replaced)]);
    assert!(!outcome.created_key_store);
    let logins = logins_read_by_nss_tool(dir.path());
    assert_eq!(logins.len(), 2, "{logins:?}");
    assert_eq!(logins[0][3], "second-refresh-token");
    assert_eq!(logins[1][2..], ["bob".to_owned(), "bobs-password".to_owned()]);
    let after: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(after["logins"][1]["unknownFutureField"], 7);
    assert_eq!(after["nextId"], 3);
    let backups: Vec<String> = outcome.backups.iter().map(|b| b.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert!(backups.iter().any(|name| name.starts_with("logins-")), "logins.json was backed up: {backups:?}");
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn what_thunderbirds_nss_encrypted_doctor_reads_aes_and_old_3des() {
    let (dir, account) = profile_with_account();
    hand_off_token(dir.path(), &account, "handed-off-token").unwrap();
    let old_user = nss_tool_on(dir.path(), &["encrypt", "3des", "old@contoso.example"]);
    let old_token = nss_tool_on(dir.path(), &["encrypt", "3des", "token-from-2019"]);
    let path = dir.path().join("logins.json");
    let mut store: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    store["logins"].as_array_mut().unwrap().push(serde_json::json!({
        "id": 9, "hostname": ORIGIN, "httpRealm": REALM, "encryptedUsername": old_user.trim(), "encryptedPassword": old_token.trim(), "encType": 1
    }));
    std::fs::write(&path, store.to_string()).unwrap();
    let saved = saved_sign_ins(dir.path(), ORIGIN, &[support::required::thunderbird_nss_dir()]).unwrap();
    let read: Vec<(&str, &str)> = saved.iter().map(|s| (s.user_name.as_str(), s.refresh_token.expose())).collect();
    assert_eq!(read, [(USER, "handed-off-token"), ("old@contoso.example", "token-from-2019")]);
}

/// Asserts that `attempt` fails as `expected` says and leaves `profile`
/// byte-identical.
#[track_caller]
fn refused_unchanged(
    profile: &Path,
    attempt: impl FnOnce() -> Result<mailsetup::thunderbird::handoff::HandOffOutcome, ThunderbirdError>,
    expected: fn(&ThunderbirdError) -> bool,
    diagnosis: &str,
) {
    let before = snapshot(profile);
    let error = attempt().expect_err("the hand-off is refused");
    assert!(expected(&error), "unexpected error: {error}");
    assert_eq!(error.diagnosis_id(), diagnosis, "{error}");
    assert!(error.to_string().contains("nothing was changed") || matches!(error, ThunderbirdError::ProfileInUse { .. }), "{error}");
    assert_eq!(snapshot(profile), before, "the profile changed although the hand-off was refused ({error})");
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn a_primary_password_is_refused_and_nothing_changes() {
    let (dir, account) = profile_with_account();
    hand_off_token(dir.path(), &account, "before-the-password").unwrap();
    // Set a Primary Password on the profile's key store, with NSS.
    nss_tool_on(dir.path(), &["set-password", "hunter2"]);
    refused_unchanged(dir.path(), || hand_off_token(dir.path(), &account, "after"), |error| matches!(error, ThunderbirdError::PrimaryPassword { .. }), "tb-primary-password");
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn a_running_thunderbird_is_refused_and_nothing_changes() {
    let (dir, account) = profile_with_account();
    // Thunderbird's lock symlink, naming a live process (our own fcntl
    // lock would be invisible to us; the real Thunderbird holding a
    // profile is covered by tests/thunderbird_real.rs).
    let mut thunderbird = Command::new("sleep").arg("60").spawn().unwrap();
    std::os::unix::fs::symlink(format!("127.0.0.1:+{}", thunderbird.id()), dir.path().join("lock")).unwrap();
    refused_unchanged(dir.path(), || hand_off_token(dir.path(), &account, "t"), |error| matches!(error, ThunderbirdError::ProfileInUse { .. }), "tb-profile-locked");
    thunderbird.kill().unwrap();
    thunderbird.wait().unwrap();
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn an_invalid_login_store_is_refused_and_nothing_changes() {
    let (dir, account) = profile_with_account();
    std::fs::write(dir.path().join("logins.json"), "{\"nextId\":3,\"logins\":[").unwrap();
    refused_unchanged(dir.path(), || hand_off_token(dir.path(), &account, "t"), |error| matches!(error, ThunderbirdError::LoginsInvalid { .. }), "tb-logins-invalid");
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn the_newer_login_store_is_refused_and_nothing_changes() {
    let (dir, account) = profile_with_account();
    let prefs = dir.path().join("prefs.js");
    let mut text = std::fs::read_to_string(&prefs).unwrap();
    text.push_str("user_pref(\"signon.storage.rust.active\", true);\n");
    std::fs::write(&prefs, text).unwrap();
    refused_unchanged(dir.path(), || hand_off_token(dir.path(), &account, "t"), |error| matches!(error, ThunderbirdError::LoginsElsewhere { .. }), "tb-logins-elsewhere");
}

#[test]
fn without_thunderbirds_nss_nothing_is_handed_over() {
    let (dir, account) = profile_with_account();
    let secret = Secret::new("t");
    let nowhere = [dir.path().join("no-thunderbird-here")];
    let attempt = || hand_off(&HandOff { profile_dir: dir.path(), account_key: &account, origin: ORIGIN, realm: REALM, refresh_token: &secret, nss_dirs: &nowhere });
    refused_unchanged(dir.path(), attempt, |error| matches!(error, ThunderbirdError::Nss(_)), "tb-nss-unavailable");
    let error = hand_off(&HandOff { profile_dir: dir.path(), account_key: &account, origin: ORIGIN, realm: REALM, refresh_token: &secret, nss_dirs: &nowhere }).unwrap_err();
    assert!(error.to_string().contains("no-thunderbird-here"), "it says where it looked: {error}");
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn a_damaged_key_store_is_refused_and_nothing_changes() {
    let (dir, account) = profile_with_account();
    std::fs::write(dir.path().join("key4.db"), b"SQLite format 3\0 but then nothing Thunderbird wrote".repeat(100)).unwrap();
    refused_unchanged(dir.path(), || hand_off_token(dir.path(), &account, "t"), |error| matches!(error, ThunderbirdError::Nss(_)), "tb-nss-failed");
}

fn handoff_step(steps: &[Step]) -> &Step {
    steps.iter().find(|step| step.id == "thunderbird.handoff").expect("a hand-off step")
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn setup_with_the_built_in_microsoft_sign_in_hands_off() {
    let _ = support::required::thunderbird_nss_dir();
    let dir = tempfile::tempdir().unwrap();
    let mut request = support::accounts::request_not_run(USER, microsoft_plan("Microsoft 365", "common"));
    request.profile = flow::ProfileTarget::Directory(dir.path().to_owned());
    let (steps, summary) = flow::run_thunderbird(&request, &ThunderbirdGoal::Add, Some(&tokens("flow-refresh-token")));
    assert_eq!(steps[0].outcome, Outcome::Passed, "{steps:#?}");
    let step = handoff_step(&steps);
    assert_eq!(step.outcome, Outcome::Passed, "{step:#?}");
    assert!(step.detail.contains("starts signed in as alice@contoso.example"), "{}", step.detail);
    assert!(!step.detail.contains("flow-refresh-token"));
    assert!(summary.is_some());
    assert_eq!(logins_read_by_nss_tool(dir.path())[0][2..], [USER.to_owned(), "flow-refresh-token".to_owned()]);
}

#[test]
fn a_provider_files_registration_is_never_handed_over() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = microsoft_plan("Microsoft 365", "common");
    plan.source = PlanSource::ProviderFile { path: "/etc/mailsetup/contoso.toml".into() };
    let mut request = support::accounts::request_not_run(USER, plan);
    request.profile = flow::ProfileTarget::Directory(dir.path().to_owned());
    let (steps, _) = flow::run_thunderbird(&request, &ThunderbirdGoal::Add, Some(&tokens("provider-file-token")));
    let step = handoff_step(&steps);
    assert_eq!(step.outcome, Outcome::Skipped);
    assert!(step.detail.contains("provider file's own app registration"), "{}", step.detail);
    assert!(!dir.path().join("logins.json").exists() && !dir.path().join("key4.db").exists());
}

#[test]
fn another_client_id_or_turning_it_off_is_not_handed_over() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = microsoft_plan("Microsoft 365", "common");
    plan.oauth.client_id = "00000000-1111-2222-3333-444444444444".into();
    let mut request = support::accounts::request_not_run(USER, plan);
    request.profile = flow::ProfileTarget::Directory(dir.path().to_owned());
    let (steps, _) = flow::run_thunderbird(&request, &ThunderbirdGoal::Add, Some(&tokens("t")));
    assert!(handoff_step(&steps).detail.contains("not Thunderbird's"), "{:#?}", handoff_step(&steps));

    let mut request = support::accounts::request_not_run(USER, microsoft_plan("Microsoft 365", "common"));
    request.profile = flow::ProfileTarget::Directory(dir.path().to_owned());
    request.sign_in_handoff = false;
    let (steps, _) = flow::run_thunderbird(&request, &ThunderbirdGoal::Add, Some(&tokens("t")));
    let step = handoff_step(&steps);
    assert_eq!(step.outcome, Outcome::Skipped);
    assert!(step.detail.contains("--no-sign-in-handoff") && step.detail.contains("sign in once"), "{}", step.detail);
    assert!(!dir.path().join("logins.json").exists());
}

#[test]
fn without_a_written_account_nothing_is_handed_over() {
    let request = support::accounts::request_not_run(USER, microsoft_plan("Microsoft 365", "common"));
    let (steps, _) = flow::run_thunderbird(&request, &ThunderbirdGoal::Add, Some(&tokens("t")));
    let step = handoff_step(&steps);
    assert_eq!(step.outcome, Outcome::Skipped);
    assert!(step.detail.contains("--no-write"), "{}", step.detail);
}


#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_finds_the_sign_in_handed_to_a_new_account() {
    let dir = tempfile::tempdir().unwrap();
    let mut request = support::accounts::request_not_run(USER, microsoft_plan("Microsoft 365", "common"));
    request.profile = flow::ProfileTarget::Directory(dir.path().to_owned());
    let (steps, _) = flow::run_thunderbird(&request, &ThunderbirdGoal::Add, Some(&tokens("M.C5_handed-to-thunderbird")));
    assert_eq!(handoff_step(&steps).outcome, Outcome::Passed, "{steps:#?}");
    support::real_thunderbird::assert_finds_sign_in(dir.path(), USER, "M.C5_handed-to-thunderbird", None);
}

#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_finds_the_sign_in_handed_to_an_account_switched_in_place() {
    let profile = support::exchange_profile::exchange_profile();
    let request = support::accounts::request_not_run(USER, microsoft_plan("Microsoft 365", "common"));
    let target = flow::InPlaceTarget {
        profile_dir: profile.path().to_owned(),
        account_key: "account1".into(),
        target: mailsetup::thunderbird::MigrationTarget::for_provider(mailsetup::thunderbird::OAuthProvider::Microsoft),
    };
    let (steps, _) = flow::run_thunderbird(&request, &ThunderbirdGoal::SwitchInPlace(target), Some(&tokens("M.C5_for-the-switched-account")));
    assert_eq!(steps[0].outcome, Outcome::Passed, "{steps:#?}");
    assert_eq!(handoff_step(&steps).outcome, Outcome::Passed, "{steps:#?}");
    // Offline (check_profile.sh), an account that logs in at startup makes
    // Thunderbird ask to go online, a modal prompt that holds Marionette up;
    // the lookup checked here does not depend on it.
    let prefs = profile.path().join("prefs.js");
    let text = std::fs::read_to_string(&prefs).unwrap().replace("login_at_startup\", true", "login_at_startup\", false");
    std::fs::write(&prefs, text).unwrap();
    support::real_thunderbird::assert_finds_sign_in(profile.path(), USER, "M.C5_for-the-switched-account", None);
}

/// The hand-off's log and steps, on success and on NSS's failure paths
/// (a damaged key store, a Primary Password), never hold the token.
#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn the_token_reaches_no_log_or_step_on_any_hand_off_path() {
    let buffer = support::log_capture::Buffer::default();
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_env_filter(mailsetup::logging::secret_safe_filter("trace"))
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    const TOKEN: &str = "M.R3_BL2.never-to-be-printed-0123456789";
    let mut shown = String::new();
    tracing::subscriber::with_default(subscriber, || {
        let _ = support::required::thunderbird_nss_dir();
        for damage in ["none", "damaged key store", "primary password"] {
            let dir = tempfile::tempdir().unwrap();
            let mut request = support::accounts::request_not_run(USER, microsoft_plan("Microsoft 365", "common"));
            request.profile = flow::ProfileTarget::Directory(dir.path().to_owned());
            if damage != "none" {
                write_account(dir.path(), &support::accounts::alice()).unwrap();
                hand_off_token(dir.path(), "account1", "an-earlier-token").unwrap();
                match damage {
                    "damaged key store" => std::fs::write(dir.path().join("key4.db"), b"garbage".repeat(500)).unwrap(),
                    _ => drop(nss_tool_on(dir.path(), &["set-password", "pw"])),
                }
            }
            let (steps, _) = flow::run_thunderbird(&request, &ThunderbirdGoal::Add, Some(&tokens(TOKEN)));
            let step = handoff_step(&steps);
            assert_eq!(step.outcome == Outcome::Passed, damage == "none", "{damage}: {step:#?}");
            shown.push_str(&format!("{steps:?}\n{}\n", serde_json::to_string(&steps).unwrap()));
        }
    });
    let log = buffer.text();
    for (what, text) in [("the steps", &shown), ("the log", &log)] {
        assert!(!text.contains(TOKEN) && !text.contains("never-to-be-printed"), "the token is in {what}");
    }
}

/// What Thunderbird itself encrypts (its login manager, after a sign-in of
/// its own), `doctor` decrypts: the real Thunderbird saves an OAuth login
/// over Marionette and quits; the saved sign-ins read from the profile it
/// left hold that token.
#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn what_thunderbird_itself_saved_doctor_reads() {
    let (dir, _account) = profile_with_account();
    let result = tempfile::tempdir().unwrap();
    let left = result.path().join("profile");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real_thunderbird/save_login.py");
    let while_running = format!("python3 {} {ORIGIN} {} tb-saved@contoso.example M.C5_saved-by-thunderbird", script.display(), REALM.replace(' ', ","));
    {
        let _turn = support::real_thunderbird::turn();
        let args: Vec<std::ffi::OsString> =
            vec!["--marionette".into(), "--while-running".into(), while_running.into(), "--result-dir".into(), left.clone().into(), dir.path().into(), USER.into()];
        support::real_thunderbird::check_profile(&args, None);
    }
    let saved = saved_sign_ins(&left, ORIGIN, &[support::required::thunderbird_nss_dir()]).unwrap();
    let found: Vec<(&str, &str)> = saved.iter().map(|s| (s.user_name.as_str(), s.refresh_token.expose())).collect();
    assert_eq!(found, [("tb-saved@contoso.example", "M.C5_saved-by-thunderbird")]);
}

/// A shared mailbox: the IMAP server and the identity are the shared
/// address, the SMTP server signs in as the delegate (providers.md §4.8).
/// The hand-off puts the delegate's token under both user names, and the
/// real Thunderbird's OAuth2 code finds it for the IMAP server under the
/// shared address and for the SMTP server under the delegate, with no
/// prompt; the profile it leaves keeps the user names as written.
#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_finds_the_sign_in_of_a_shared_mailbox_for_both_user_names() {
    const SHARED: &str = "info@contoso.example";
    const TOKEN: &str = "M.C5_alices-token-for-the-shared-mailbox";
    let dir = tempfile::tempdir().unwrap();
    let account = mailsetup::thunderbird::AccountSettings {
        smtp_user_name: Some(USER.to_owned()),
        ..support::accounts::microsoft_365(SHARED, "Contoso Info")
    };
    let written = write_account(dir.path(), &account).unwrap();
    let outcome = hand_off_token(dir.path(), &written.account_key, TOKEN).unwrap();
    assert_eq!(outcome.entries, [(SHARED.to_owned(), Put::Added), (USER.to_owned(), Put::Added)], "one entry per server user name");
    let handed: Vec<[String; 4]> = [SHARED, USER].iter().map(|user| [ORIGIN.to_owned(), REALM.to_owned(), (*user).to_owned(), TOKEN.to_owned()]).collect();
    assert_eq!(logins_read_by_nss_tool(dir.path()), handed);

    let result = tempfile::tempdir().unwrap();
    let left = result.path().join("profile");
    support::real_thunderbird::assert_finds_shared_sign_in(dir.path(), SHARED, USER, TOKEN, Some(&left), None);

    // The prefs Thunderbird wrote at its clean quit, read pref by pref.
    let prefs = mailsetup::thunderbird::read_profile_prefs(&left).unwrap().expect("Thunderbird left a prefs.js");
    let pref = |name: String| prefs.get_str(&name).unwrap_or_else(|| panic!("{name} is gone")).to_owned();
    let key = &written.account_key;
    let server = pref(format!("mail.account.{key}.server"));
    let identity = pref(format!("mail.account.{key}.identities")).split(',').next().unwrap().to_owned();
    let smtp = pref(format!("mail.identity.{identity}.smtpServer"));
    let kept = [
        pref(format!("mail.server.{server}.userName")),
        pref(format!("mail.smtpserver.{smtp}.username")),
        pref(format!("mail.identity.{identity}.useremail")),
        pref(format!("mail.identity.{identity}.fullName")),
    ];
    assert_eq!(kept, [SHARED, USER, SHARED, "Contoso Info"], "incoming userName, SMTP username, identity address and name");
    // And Thunderbird kept both entries with the token.
    let saved = saved_sign_ins(&left, ORIGIN, &[support::required::thunderbird_nss_dir()]).unwrap();
    let saved: Vec<(&str, &str)> = saved.iter().map(|s| (s.user_name.as_str(), s.refresh_token.expose())).collect();
    assert_eq!(saved, [(SHARED, TOKEN), (USER, TOKEN)]);
}
