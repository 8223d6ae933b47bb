//! The check without a token, for plans mailsetup does not sign in to itself
//! (Google: Thunderbird signs in; password providers): connect, TLS and the
//! offered sign-in methods, stopping before AUTH, then the Thunderbird
//! account, with OAuth2 (authMethod 10) or a password (3). Against the
//! in-process sandbox servers; the browser must never open.

mod support {
    pub mod sandbox;
}

use mailsetup::flow::ProfileTarget;
use mailsetup::oauth::BrowserLauncher;
use mailsetup::provider::SignIn;
use mailsetup::report::{Outcome, Report};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use support::sandbox::{self, Sandbox, SandboxOptions};

/// No sign-in happens, so the browser's wait never starts; short in case it does.
const SIGN_IN_TIMEOUT: Duration = Duration::from_secs(2);

fn run(sandbox: &Sandbox, sign_in: SignIn, profile: ProfileTarget) -> (Report, bool) {
    let opened = Arc::new(AtomicBool::new(false));
    let flag = opened.clone();
    let mut request = sandbox::request(sandbox, profile);
    request.plan.sign_in = sign_in;
    // A password plan signs in with a password on both servers.
    request.plan = request.plan.with_uniform_auth();
    request.browser = BrowserLauncher::Function(Arc::new(move |_url: &str| {
        flag.store(true, Ordering::SeqCst);
        Err("no browser in this test".to_owned())
    }));
    request.sign_in_timeout = SIGN_IN_TIMEOUT;
    (sandbox::report_of(&request), opened.load(Ordering::SeqCst))
}

fn step<'a>(report: &'a Report, id: &str) -> &'a mailsetup::report::Step {
    report.steps.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("no step {id} in\n{report}"))
}

#[test]
fn oauth2_by_thunderbird_checks_servers_without_a_token_and_writes_oauth2() {
    let sandbox = sandbox::start(SandboxOptions::default());
    let profile = tempfile::tempdir().unwrap();
    let why = SignIn::OAuth2ByThunderbird { why: "Google's registration has a secret".into() };
    let (report, browser_opened) = run(&sandbox, why, ProfileTarget::Directory(profile.path().to_owned()));
    assert!(report.all_passed(), "{report}");
    assert!(!browser_opened, "mailsetup must not sign in itself");
    assert_eq!(step(&report, "signin.browser").outcome, Outcome::Skipped);
    for id in ["imap.connect", "imap.tls", "imap.capability", "smtp.connect", "smtp.tls", "smtp.ehlo"] {
        assert_eq!(step(&report, id).outcome, Outcome::Passed, "{id}\n{report}");
    }
    assert!(step(&report, "imap.capability").detail.contains("offers XOAUTH2"), "{report}");
    assert_eq!(step(&report, "smtp.ehlo").detail, "offers XOAUTH2");
    for id in ["imap.authenticate", "imap.select", "smtp.authenticate", "smtp.envelope"] {
        let step = step(&report, id);
        assert_eq!(step.outcome, Outcome::Skipped, "{id}");
        assert!(step.detail.contains("Thunderbird does"), "{}", step.detail);
    }
    assert_eq!(sandbox.issued_token_count(), 0);
    assert!(report.warnings.iter().any(|w| w.contains("secret")), "the reason is in the report");
    let prefs = std::fs::read_to_string(profile.path().join("prefs.js")).unwrap();
    assert!(prefs.contains(r#"user_pref("mail.server.server1.authMethod", 10);"#), "{prefs}");
}

#[test]
fn oauth2_by_thunderbird_still_requires_xoauth2_to_be_offered() {
    let sandbox = sandbox::start(SandboxOptions { imap_offers_xoauth2: false, ..SandboxOptions::default() });
    let profile = tempfile::tempdir().unwrap();
    let (report, _) = run(&sandbox, SignIn::OAuth2ByThunderbird { why: "x".into() }, ProfileTarget::Directory(profile.path().to_owned()));
    assert_eq!(step(&report, "imap.capability").outcome, Outcome::Failed, "{report}");
    assert_eq!(step(&report, "thunderbird.write").outcome, Outcome::Skipped);
    assert!(!profile.path().join("prefs.js").exists());
}

#[test]
fn password_accounts_are_checked_without_signing_in_and_written_with_a_password() {
    let sandbox = sandbox::start(SandboxOptions { imap_offers_xoauth2: false, smtp_offers_xoauth2: false, ..SandboxOptions::default() });
    let profile = tempfile::tempdir().unwrap();
    let (report, browser_opened) =
        run(&sandbox, SignIn::Password { note: Some("use an app password".into()) }, ProfileTarget::Directory(profile.path().to_owned()));
    assert!(report.all_passed(), "{report}");
    assert!(!browser_opened);
    assert_eq!(step(&report, "imap.authenticate").outcome, Outcome::Skipped);
    assert!(report.warnings.iter().any(|w| w.contains("app password")));
    let prefs = std::fs::read_to_string(profile.path().join("prefs.js")).unwrap();
    assert!(prefs.contains(r#"user_pref("mail.server.server1.authMethod", 3);"#), "{prefs}");
}

#[test]
fn a_plan_with_a_stop_writes_nothing() {
    let sandbox = sandbox::start(SandboxOptions::default());
    let profile = tempfile::tempdir().unwrap();
    let mut request = sandbox::request(&sandbox, ProfileTarget::Directory(profile.path().to_owned()));
    request.plan.stop = Some("Your mailbox is on your organisation's own Exchange server".into());
    request.browser = BrowserLauncher::Function(Arc::new(|_: &str| panic!("no browser for a stopped plan")));
    request.sign_in_timeout = SIGN_IN_TIMEOUT;
    let report = sandbox::report_of(&request);
    assert_eq!(step(&report, "plan.stop").outcome, Outcome::Failed);
    assert!(!report.all_passed());
    assert!(!profile.path().join("prefs.js").exists());
}
