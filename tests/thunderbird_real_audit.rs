//! `mailsetup audit` against the real Thunderbird 153: what the audit says
//! about an account is what Thunderbird itself does with it.
//!
//! * An account the audit calls `works` is one Thunderbird starts signed in
//!   to: its own OAuth2 code finds the saved sign-in for both servers
//!   (Marionette: `tests/real_thunderbird/check_signed_in.py`).
//! * An account it calls `password-microsoft-365` is one Thunderbird signs
//!   in to with a password: the authMethod its account manager and
//!   outgoing server service loaded for both servers is a password method,
//!   not OAuth2 (Marionette: `tests/real_thunderbird/read_auth_methods.py`).
//!
//! The audit is the `mailsetup audit --json` a helpdesk runs, with `HOME` a
//! temporary home whose `.thunderbird` lists the one profile; Thunderbird
//! runs headless and offline on a copy of that profile
//! (`tests/real_thunderbird/check_profile.sh`).

mod support {
    pub mod accounts;
    pub mod audit_machine;
    pub mod real_thunderbird;
    pub mod required;
}

use mailsetup::flow::{self, ThunderbirdGoal};
use mailsetup::provider::{AuthMethod, microsoft_plan};
use mailsetup::report::Outcome;
use mailsetup::thunderbird::{AccountSettings, write_account};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;
use support::accounts::tokens;
use support::audit_machine::{profiles, root_in};

const USER: &str = "alice@contoso.example";

/// A temporary home with `~/.thunderbird/profiles.ini` listing one empty
/// profile, and that profile's directory.
fn home_with_one_profile() -> (tempfile::TempDir, PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let [profile] = profiles(&root_in(home.path(), "linux"), &["default"])
        .try_into()
        .unwrap();
    (home, profile)
}

/// `mailsetup audit --json` run as the user whose home is `home`: its exit
/// status and the account of `address` in its JSON, which must list
/// exactly one account (in one profile of one root).
fn audit_account(home: &Path, address: &str) -> (i32, serde_json::Value) {
    let started = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .args(["audit", "--json"])
        .env("HOME", home)
        .env_remove("APPDATA")
        .env_remove("XDG_CONFIG_HOME")
        .output()
        .unwrap();
    let (json, err) = (
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
    println!(
        "mailsetup audit --json took {:.2} s",
        started.elapsed().as_secs_f64()
    );
    let code = output.status.code().unwrap_or(-1);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|error| {
        panic!("audit --json printed no JSON ({error}; exit {code}): {json}{err}")
    });
    let accounts: Vec<&serde_json::Value> = value["homes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|home| home["roots"].as_array().unwrap())
        .flat_map(|root| root["profiles"].as_array().unwrap())
        .flat_map(|profile| profile["accounts"].as_array().unwrap())
        .collect();
    assert_eq!(accounts.len(), 1, "the home has one account: {json}");
    assert_eq!(accounts[0]["account"]["email"], address, "{json}");
    let profile = &value["homes"][0]["roots"][0]["profiles"][0];
    assert!(
        profile["problems"].as_array().unwrap().is_empty(),
        "the audit read the whole profile: {json}"
    );
    println!(
        "audit: {address}: state {}, saved sign-in {}, authMethod {} / {}: {}",
        accounts[0]["state"],
        accounts[0]["saved_sign_in"],
        accounts[0]["account"]["incoming_auth_method"],
        accounts[0]["account"]["smtp_auth_method"],
        accounts[0]["summary"]
    );
    (code, accounts[0].clone())
}

/// An account the audit calls "works": alice's Microsoft 365 account set up
/// as `mailsetup setup` does (written, and the sign-in handed to
/// Thunderbird's login store with Thunderbird's own NSS), audited, then
/// the real Thunderbird started on the profile: its OAuth2 code must find
/// the handed-off refresh token for the IMAP and the SMTP server.
#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn an_account_the_audit_calls_working_is_one_thunderbird_signs_in_to() {
    const TOKEN: &str = "M.C5_audited-and-signed-in";
    support::required::real_thunderbird();
    let _ = support::required::thunderbird_nss_dir();
    let (home, profile) = home_with_one_profile();
    let mut request =
        support::accounts::request_not_run(USER, microsoft_plan("Microsoft 365", "common"));
    request.profile = flow::ProfileTarget::Directory(profile.clone());
    let (steps, _) = flow::run_thunderbird(&request, &ThunderbirdGoal::Add, Some(&tokens(TOKEN)));
    assert_eq!(steps[0].outcome, Outcome::Passed, "{steps:#?}");
    let handoff = steps
        .iter()
        .find(|step| step.id == "thunderbird.handoff")
        .expect("a hand-off step");
    assert_eq!(handoff.outcome, Outcome::Passed, "{handoff:#?}");

    let (code, account) = audit_account(home.path(), USER);
    assert_eq!(account["state"], "works", "{account:#}");
    assert_eq!(
        account["saved_sign_in"], "found",
        "the audit decrypted the user name of the saved sign-in: {account:#}"
    );
    assert_eq!(account["needs_action"], false, "{account:#}");
    assert_eq!(account["provider"], "Microsoft 365", "{account:#}");
    assert_eq!(
        (
            account["account"]["incoming_auth_method"].clone(),
            account["account"]["smtp_auth_method"].clone()
        ),
        (serde_json::json!(10), serde_json::json!(10))
    );
    assert_eq!(code, 0, "nothing to do: {account:#}");
    let printed = serde_json::to_string(&account).unwrap();
    assert!(
        !printed.contains("audited-and-signed-in"),
        "the token never leaves the login store"
    );

    support::real_thunderbird::assert_finds_sign_in(&profile, USER, TOKEN, None);
}

/// An account the audit calls "password-microsoft-365": alice's Microsoft
/// 365 account on a password for IMAP and SMTP (authMethod 3, as
/// Thunderbird's own account wizard used to set it up), audited, then the
/// real Thunderbird started on the profile: the authMethod it loaded for
/// both servers must be a password method, the very numbers the audit
/// read, and not OAuth2; and it must still have them when it quits
/// (check_profile.sh `--incoming-auth 3 --smtp-auth 3`).
#[test]
#[ignore = "needs the real Thunderbird (tests/setup-machine.sh installs it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn an_account_the_audit_calls_password_on_microsoft_365_is_one_thunderbird_signs_in_to_with_a_password()
 {
    support::required::real_thunderbird();
    let (home, profile) = home_with_one_profile();
    let account = AccountSettings {
        incoming_auth: AuthMethod::PasswordCleartext,
        smtp_auth: AuthMethod::PasswordCleartext,
        ..support::accounts::microsoft_365(USER, "Alice Example")
    };
    write_account(&profile, &account).unwrap();

    let (code, audited) = audit_account(home.path(), USER);
    assert_eq!(audited["state"], "password-microsoft-365", "{audited:#}");
    assert_eq!(audited["needs_action"], true, "{audited:#}");
    assert_eq!(audited["saved_sign_in"], "not-needed", "{audited:#}");
    assert_eq!(
        audited["fix"], "microsoft",
        "the in-place fix switches it to Microsoft's sign-in: {audited:#}"
    );
    assert_eq!(code, 1, "action needed: {audited:#}");
    let read = |name: &str| {
        audited["account"][name]
            .as_i64()
            .unwrap_or_else(|| panic!("no {name} in {audited:#}"))
    };
    let (incoming, smtp) = (read("incoming_auth_method"), read("smtp_auth_method"));
    assert_eq!(
        (incoming, smtp),
        (3, 3),
        "the audit read the password methods written"
    );

    let _turn = support::real_thunderbird::turn();
    let script =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real_thunderbird/read_auth_methods.py");
    let while_running = format!(
        "python3 {} --expect {incoming},{smtp} {USER}",
        script.display()
    );
    let args: Vec<OsString> = vec![
        "--marionette".into(),
        "--while-running".into(),
        while_running.into(),
        "--incoming-auth".into(),
        incoming.to_string().into(),
        "--smtp-auth".into(),
        smtp.to_string().into(),
        profile.into(),
        USER.into(),
    ];
    support::real_thunderbird::check_profile(&args, None);
}
