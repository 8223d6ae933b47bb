//! `mailsetup doctor`: Thunderbird's own saved sign-in, renewed at the
//! provider and checked, with no browser. Against the sandbox (its token
//! endpoint, IMAP and SMTP on loopback, faults scripted), with the sign-in
//! saved in the profile by the hand-off code and Thunderbird's real NSS.

mod support {
    pub mod required;
    pub mod sandbox;
}

use mailsetup::flow::{self, DoctorRequest, ProfileTarget};
use mailsetup::oauth::CancelFlag;
use mailsetup::practice::PracticeProvider as _;
use mailsetup::report::{Outcome, Report};
use mailsetup::secret::Secret;
use mailsetup::thunderbird::handoff::{HandOff, hand_off};
use serde_json::json;
use std::path::Path;
use support::sandbox::{self, FaultScript, Sandbox, SandboxOptions};

/// A profile with the sandbox's account written by the real flow, and,
/// with `saved`, a sign-in saved for it as Thunderbird would have it.
fn profile_for(sandbox: &Sandbox, saved: Option<&str>) -> tempfile::TempDir {
    let profile = tempfile::tempdir().unwrap();
    let request = sandbox::request(sandbox, ProfileTarget::Directory(profile.path().to_owned()));
    let (step, _) = flow::write_thunderbird(&request);
    assert_eq!(step.outcome, Outcome::Passed, "{step:#?}");
    if let Some(token) = saved {
        let plan = sandbox.plan();
        let realm = plan.oauth.scopes.join(" ");
        let secret = Secret::new(token);
        hand_off(&HandOff {
            profile_dir: profile.path(),
            account_key: "account1",
            origin: &format!("oauth://{}", plan.oauth.issuer),
            realm: &realm,
            refresh_token: &secret,
            nss_dirs: &[support::required::thunderbird_nss_dir()],
        })
        .unwrap();
    }
    profile
}

fn doctor(sandbox: &Sandbox, profile: &Path) -> Vec<Report> {
    let request = DoctorRequest {
        profile_dir: profile.to_owned(),
        email: None,
        provider_file_plan: Some(sandbox.plan()),
        trust: sandbox.trust(),
        deadlines: sandbox::DEADLINES,
    };
    let runtime = flow::new_runtime().unwrap();
    flow::doctor(&request, runtime.handle(), &CancelFlag::new(), &|_| {}).unwrap()
}

/// The one report, and the diagnosis of its step `id` (which failed).
#[track_caller]
fn diagnosis_at(reports: &[Report], id: &str) -> String {
    assert_eq!(reports.len(), 1, "{reports:#?}");
    let step = reports[0].steps.iter().find(|step| step.id == id).unwrap_or_else(|| panic!("no {id} in\n{}", reports[0]));
    assert_eq!(step.outcome, Outcome::Failed, "{step:#?}");
    step.diagnosis.as_ref().unwrap_or_else(|| panic!("{id} has no diagnosis")).id.clone()
}

/// A real refresh token of the sandbox for its example user.
fn sandbox_refresh_token(sandbox: &Sandbox) -> String {
    let request = sandbox::request(sandbox, ProfileTarget::NoWrite);
    let (_, tokens) = sandbox::run_keeping_tokens(&request);
    tokens.refresh_token.expect("a refresh token").expose().to_owned()
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn a_healthy_saved_sign_in_is_renewed_and_both_servers_accept_it() {
    let sandbox = sandbox::start(SandboxOptions::default());
    let token = sandbox_refresh_token(&sandbox);
    let profile = profile_for(&sandbox, Some(&token));
    let reports = doctor(&sandbox, profile.path());
    assert_eq!(reports.len(), 1);
    let report = &reports[0];
    assert!(report.all_passed(), "{report}");
    for id in ["thunderbird.saved-sign-in", "signin.refresh", "imap.authenticate", "smtp.authenticate"] {
        assert!(report.steps.iter().any(|step| step.id == id && step.outcome == Outcome::Passed), "{id}:\n{report}");
    }
    let text = format!("{report}\n{}", serde_json::to_string(report).unwrap());
    assert!(!text.contains(&token), "the refresh token never reaches the report");
}

#[test]
fn no_saved_sign_in_is_said_plainly() {
    let sandbox = sandbox::start(SandboxOptions::default());
    let profile = profile_for(&sandbox, None);
    assert_eq!(diagnosis_at(&doctor(&sandbox, profile.path()), "thunderbird.saved-sign-in"), "tb-no-saved-sign-in");
}

/// The diagnosis doctor gives when the provider refuses Thunderbird's
/// saved refresh token with `code` and `description`.
fn refresh_refused(code: u32, description: &str) -> String {
    let sandbox = sandbox::start(SandboxOptions {
        script: FaultScript {
            refresh_error: Some(json!({ "error": "invalid_grant", "error_description": description, "error_codes": [code] })),
            ..FaultScript::default()
        },
        ..SandboxOptions::default()
    });
    let profile = profile_for(&sandbox, Some("M.R3_refused-refresh-token"));
    diagnosis_at(&doctor(&sandbox, profile.path()), "signin.refresh")
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn a_refresh_token_expired_after_90_days_is_diagnosed() {
    let said = "AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2026-08-01 and was inactive for 90.00:00:00.";
    assert_eq!(refresh_refused(700082, said), "aad-grant-expired");
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn a_sign_in_revoked_by_a_password_change_is_diagnosed() {
    let said = "AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.";
    assert_eq!(refresh_refused(50173, said), "aad-grant-expired");
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn a_sign_in_frequency_policy_is_diagnosed() {
    let said = "AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.";
    assert_eq!(refresh_refused(70043, said), "aad-grant-expired");
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn smtp_auth_switched_off_is_diagnosed_with_thunderbirds_own_token() {
    let sandbox = sandbox::start(SandboxOptions {
        script: FaultScript {
            smtp_auth_reply: Some("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.".into()),
            ..FaultScript::default()
        },
        ..SandboxOptions::default()
    });
    let token = sandbox_refresh_token(&sandbox);
    let profile = profile_for(&sandbox, Some(&token));
    let reports = doctor(&sandbox, profile.path());
    assert!(reports[0].steps.iter().any(|step| step.id == "imap.authenticate" && step.outcome == Outcome::Passed), "{}", reports[0]);
    assert_eq!(diagnosis_at(&reports, "smtp.authenticate"), "smtp-auth-disabled-tenant");
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn a_token_saved_for_another_user_is_not_taken_for_this_one() {
    let sandbox = sandbox::start(SandboxOptions::default());
    let profile = profile_for(&sandbox, None);
    // A sign-in saved under another user name at the same provider.
    let plan = sandbox.plan();
    let prefs = profile.path().join("prefs.js");
    let original = std::fs::read_to_string(&prefs).unwrap();
    let user = Sandbox::example_address();
    std::fs::write(&prefs, original.replace(&format!("\"{user}\""), "\"someone.else@sandbox.example\"")).unwrap();
    let secret = Secret::new(sandbox_refresh_token(&sandbox));
    hand_off(&HandOff {
        profile_dir: profile.path(),
        account_key: "account1",
        origin: &format!("oauth://{}", plan.oauth.issuer),
        realm: &plan.oauth.scopes.join(" "),
        refresh_token: &secret,
        nss_dirs: &[support::required::thunderbird_nss_dir()],
    })
    .unwrap();
    std::fs::write(&prefs, original).unwrap();
    assert_eq!(diagnosis_at(&doctor(&sandbox, profile.path()), "thunderbird.saved-sign-in"), "tb-no-saved-sign-in");
}

/// A throttled provider (429 with a short `Retry-After`) is waited out once,
/// as told, and its next answer is the one reported (here: it does not know
/// the token).
#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn a_short_retry_after_is_waited_out_once() {
    let sandbox = sandbox::start(SandboxOptions { script: FaultScript { refresh_throttled: Some((1, 1)), ..FaultScript::default() }, ..SandboxOptions::default() });
    let profile = profile_for(&sandbox, Some("M.R3_unknown-to-the-sandbox"));
    let started = std::time::Instant::now();
    let reports = doctor(&sandbox, profile.path());
    assert!(started.elapsed() >= std::time::Duration::from_secs(1), "it waited as told");
    let refresh = reports[0].steps.iter().find(|step| step.id == "signin.refresh").unwrap();
    assert!(refresh.server_says.as_deref().is_some_and(|said| said.contains("invalid_grant")), "the answer after the wait: {refresh:#?}");
    assert!(!refresh.detail.contains("throttling"), "{}", refresh.detail);
}

/// A provider that keeps throttling is waited out once and then named (a
/// loop would run into the 30 s token deadline); a long `Retry-After` is
/// not waited at all.
#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn a_provider_that_keeps_throttling_is_not_asked_in_a_loop() {
    // The wait as the English report writes a count: "3,600 s".
    for (retry_after, written, most) in [(1, "1", std::time::Duration::from_secs(5)), (3600, "3,600", std::time::Duration::from_secs(3))] {
        let sandbox = sandbox::start(SandboxOptions { script: FaultScript { refresh_throttled: Some((100, retry_after)), ..FaultScript::default() }, ..SandboxOptions::default() });
        let profile = profile_for(&sandbox, Some("M.R3_throttled"));
        let started = std::time::Instant::now();
        let reports = doctor(&sandbox, profile.path());
        assert!(started.elapsed() < most, "Retry-After {retry_after}: it stopped quickly");
        assert_eq!(diagnosis_at(&reports, "signin.refresh"), "token-endpoint-throttled");
        let refresh = reports[0].steps.iter().find(|step| step.id == "signin.refresh").unwrap();
        assert!(refresh.detail.contains(&format!("asks to wait {written} s")), "{}", refresh.detail);
    }
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn a_request_loop_is_diagnosed_and_not_retried() {
    let said = "AADSTS50196: The server terminated an operation because it encountered a client request loop. Please contact your app vendor.";
    assert_eq!(refresh_refused(50196, said), "aad-request-loop");
}
