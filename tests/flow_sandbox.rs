//! The whole flow, as the CLI and the wizard run it, against the in-process
//! sandbox provider: the happy path, and the faults a real server cannot
//! produce on demand (refused tokens, missing STARTTLS or XOAUTH2, denied
//! consent, black holes, cancel, timeout). Every test is bounded in time.

mod support {
    pub mod sandbox;
}

use mailsetup::flow::{self, FlowEvent, ProfileTarget};
use mailsetup::oauth::CancelFlag;
use mailsetup::report::{Outcome, Report};
use std::time::{Duration, Instant};
use support::sandbox::{
    ConsentDecision, Sandbox, SandboxOptions, Service, browser_that_never_returns, cancelled_after, request, run, start,
};

fn outcome(report: &Report, id: &str) -> Outcome {
    report.steps.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("no step {id} in\n{report}")).outcome
}

fn words(report: &Report, id: &str) -> String {
    report.steps.iter().find(|s| s.id == id).and_then(|s| s.server_says.clone()).unwrap_or_default()
}

fn detail(report: &Report, id: &str) -> String {
    report.steps.iter().find(|s| s.id == id).map(|s| s.detail.clone()).unwrap_or_default()
}

#[test]
fn the_whole_flow_passes_and_writes_the_profile_once() {
    let sandbox = start(SandboxOptions::default());
    let request = request(&sandbox, ProfileTarget::DefaultUnder(sandbox.profile_root().to_owned()));
    let (report, events) = run(&request, &CancelFlag::new());
    assert!(report.all_passed(), "{report}");
    assert_eq!(report.thunderbird.as_ref().unwrap().action, "added");
    // Every finished step reached the shell as it happened.
    let live = events.iter().filter(|e| matches!(e, FlowEvent::StepFinished(_))).count();
    assert_eq!(live, report.steps.len() - 1, "all but the plan step are streamed");

    let profile = std::path::PathBuf::from(&report.thunderbird.as_ref().unwrap().profile);
    let prefs = std::fs::read_to_string(profile.join("prefs.js")).unwrap();
    assert!(prefs.contains(r#"user_pref("mail.identity.id1.fullName", "Ann \"Sandbox\" Tester");"#), "{prefs}");
    assert!(prefs.contains(r#"user_pref("mail.server.server1.authMethod", 10);"#), "{prefs}");

    let (again, _) = run(&request, &CancelFlag::new());
    assert!(again.all_passed(), "{again}");
    assert_eq!(again.thunderbird.as_ref().unwrap().action, "already-present");
    assert_eq!(std::fs::read_to_string(profile.join("prefs.js")).unwrap(), prefs);
}

#[test]
fn refused_tokens_fail_both_sign_ins_with_the_servers_words_and_write_nothing() {
    let sandbox = start(SandboxOptions { accept_tokens: false, ..SandboxOptions::default() });
    let profile = tempfile::tempdir().unwrap();
    let (report, _) = run(&request(&sandbox, ProfileTarget::Directory(profile.path().to_owned())), &CancelFlag::new());
    assert_eq!(outcome(&report, "imap.authenticate"), Outcome::Failed, "{report}");
    assert!(words(&report, "imap.authenticate").contains("NO AUTHENTICATE failed."), "{report}");
    assert!(words(&report, "imap.authenticate").contains("\"status\":\"401\""), "the JSON challenge is decoded:\n{report}");
    assert_eq!(outcome(&report, "imap.select"), Outcome::Skipped);
    assert_eq!(outcome(&report, "smtp.authenticate"), Outcome::Failed);
    assert!(words(&report, "smtp.authenticate").contains("535 5.7.3"), "{report}");
    assert_eq!(outcome(&report, "thunderbird.write"), Outcome::Skipped);
    assert!(!profile.path().join("prefs.js").exists());
}

#[test]
fn smtp_without_starttls_stops_before_the_token_is_sent() {
    let sandbox = start(SandboxOptions { smtp_offers_starttls: false, ..SandboxOptions::default() });
    let (report, _) = run(&request(&sandbox, ProfileTarget::NoWrite), &CancelFlag::new());
    assert_eq!(outcome(&report, "smtp.tls"), Outcome::Failed, "{report}");
    let tls = report.steps.iter().find(|s| s.id == "smtp.tls").unwrap();
    assert!(tls.detail.contains("does not offer STARTTLS"), "{}", tls.detail);
    assert_eq!(outcome(&report, "smtp.authenticate"), Outcome::Skipped);
    assert_eq!(outcome(&report, "imap.authenticate"), Outcome::Passed, "IMAP is checked on its own");
}

#[test]
fn missing_xoauth2_is_reported_with_what_the_server_offers() {
    let sandbox = start(SandboxOptions { imap_offers_xoauth2: false, smtp_offers_xoauth2: false, ..SandboxOptions::default() });
    let (report, _) = run(&request(&sandbox, ProfileTarget::NoWrite), &CancelFlag::new());
    assert_eq!(outcome(&report, "imap.capability"), Outcome::Failed, "{report}");
    // The sandbox then offers no sign-in method at all: the step says so and
    // quotes the server's capability line.
    assert!(detail(&report, "imap.capability").ends_with("it offers: no AUTH= methods"), "{report}");
    assert!(words(&report, "imap.capability").contains("CAPABILITY IMAP4rev1 SASL-IR"), "{report}");
    assert_eq!(outcome(&report, "imap.authenticate"), Outcome::Skipped);
    assert_eq!(outcome(&report, "smtp.ehlo"), Outcome::Failed);
    assert!(detail(&report, "smtp.ehlo").contains("does not offer XOAUTH2"), "{report}");
    let ehlo = words(&report, "smtp.ehlo");
    assert!(ehlo.contains("SMTPUTF8") && !ehlo.contains("AUTH"), "the EHLO answer, which offers no AUTH:\n{report}");
    assert_eq!(outcome(&report, "smtp.authenticate"), Outcome::Skipped);
}

#[test]
fn denied_consent_fails_the_redirect_with_access_denied() {
    let sandbox = start(SandboxOptions { auto_consent: ConsentDecision::Deny, ..SandboxOptions::default() });
    let (report, _) = run(&request(&sandbox, ProfileTarget::NoWrite), &CancelFlag::new());
    assert_eq!(outcome(&report, "signin.redirect"), Outcome::Failed, "{report}");
    assert!(words(&report, "signin.redirect").contains("access_denied"), "{report}");
    assert_eq!(outcome(&report, "imap.check"), Outcome::Skipped);
    assert_eq!(outcome(&report, "smtp.check"), Outcome::Skipped);
}

#[test]
fn an_expired_code_is_refused_at_the_exchange_with_the_providers_words() {
    let sandbox = start(SandboxOptions { code_lifetime: Duration::ZERO, ..SandboxOptions::default() });
    let (report, _) = run(&request(&sandbox, ProfileTarget::NoWrite), &CancelFlag::new());
    assert_eq!(outcome(&report, "signin.exchange"), Outcome::Failed, "{report}");
    assert!(words(&report, "signin.exchange").contains("invalid_grant"), "{report}");
}

#[test]
fn a_black_holed_imap_server_fails_at_its_deadline_while_smtp_completes() {
    let sandbox = start(SandboxOptions { black_holes: vec![Service::Imap], ..SandboxOptions::default() });
    let started = Instant::now();
    let (report, _) = run(&request(&sandbox, ProfileTarget::NoWrite), &CancelFlag::new());
    assert_eq!(outcome(&report, "imap.tls"), Outcome::Failed, "{report}");
    let step = report.steps.iter().find(|s| s.id == "imap.tls").unwrap();
    assert!(step.detail.contains("no answer within"), "{}", step.detail);
    assert_eq!(outcome(&report, "smtp.envelope"), Outcome::Passed, "{report}");
    assert!(started.elapsed() < Duration::from_secs(15), "the deadline bounded the wait: {:?}", started.elapsed());
}

#[test]
fn cancel_during_sign_in_stops_the_wait() {
    let sandbox = start(SandboxOptions::default());
    let mut request = request(&sandbox, ProfileTarget::NoWrite);
    request.browser = browser_that_never_returns();
    let started = Instant::now();
    let (report, _) = run(&request, &cancelled_after(Duration::from_millis(300)));
    assert!(started.elapsed() < Duration::from_secs(5));
    let redirect = report.steps.iter().find(|s| s.id == "signin.redirect").unwrap();
    assert_eq!(redirect.outcome, Outcome::Failed);
    assert!(redirect.detail.contains("cancelled"), "{}", redirect.detail);
}

#[test]
fn the_browser_wait_times_out() {
    let sandbox = start(SandboxOptions::default());
    let mut request = request(&sandbox, ProfileTarget::NoWrite);
    request.browser = browser_that_never_returns();
    request.sign_in_timeout = Duration::from_secs(1);
    let (report, events) = run(&request, &CancelFlag::new());
    let redirect = report.steps.iter().find(|s| s.id == "signin.redirect").unwrap();
    assert_eq!(redirect.outcome, Outcome::Failed);
    assert!(redirect.detail.contains("within 1 s"), "{}", redirect.detail);
    assert!(events.iter().any(|e| matches!(e, FlowEvent::SignIn(_))), "the countdown was reported");
}

/// A person on another device: opens the verification page and submits the
/// code with `decision`, over plain HTTP like a browser would.
fn enter_code_on_the_device_page(verification_uri: &str, user_code: &str, decision: &str) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let client = reqwest::Client::builder().no_proxy().build().unwrap();
        let form_page = client.get(verification_uri).send().await.unwrap().text().await.unwrap();
        assert!(form_page.contains("name=\"user_code\""), "the device page asks for the code:\n{form_page}");
        client
            .post(verification_uri)
            .form(&[("user_code", user_code), ("email", Sandbox::example_address()), ("password", "x"), ("decision", decision)])
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    })
}

#[test]
fn the_device_code_fallback_signs_in_when_a_person_enters_the_code() {
    let sandbox = start(SandboxOptions::default());
    let request = request(&sandbox, ProfileTarget::NoWrite);
    let runtime = flow::new_runtime().unwrap();
    let mut person = None;
    let mut on_code = |shown: &mailsetup::oauth::device::DeviceCodeShown| {
        let (uri, code) = (shown.verification_uri.clone(), shown.user_code.clone());
        person = Some(std::thread::spawn(move || enter_code_on_the_device_page(&uri, &code, "allow")));
    };
    let (steps, tokens) = flow::sign_in_with_device_code(&request, runtime.handle(), &CancelFlag::new(), &mut on_code, &|_| {});
    // Joined, so that an assertion that failed on the person's side fails the test.
    let page = person.expect("the code was shown").join().expect("the person saw the device page");
    assert!(page.contains("You are signed in"), "{page}");
    assert!(tokens.is_some(), "{steps:#?}");
    let checks = flow::check(&request, tokens.as_ref().unwrap(), runtime.handle(), &CancelFlag::new(), &|_| {}).expect("the checks were not cancelled");
    assert!(checks.iter().all(|s| s.outcome == Outcome::Passed), "{checks:#?}");
}

#[test]
fn the_device_page_refuses_an_unknown_code_and_a_denial_ends_the_sign_in() {
    let sandbox = start(SandboxOptions::default());
    let mut request = request(&sandbox, ProfileTarget::NoWrite);
    request.sign_in_timeout = Duration::from_secs(30);
    let runtime = flow::new_runtime().unwrap();
    let mut person = None;
    let mut on_code = |shown: &mailsetup::oauth::device::DeviceCodeShown| {
        let (uri, code) = (shown.verification_uri.clone(), shown.user_code.clone());
        person = Some(std::thread::spawn(move || {
            let wrong = enter_code_on_the_device_page(&uri, "ZZZZ-ZZZZ", "allow");
            enter_code_on_the_device_page(&uri, &code, "deny");
            wrong
        }));
    };
    let (steps, tokens) = flow::sign_in_with_device_code(&request, runtime.handle(), &CancelFlag::new(), &mut on_code, &|_| {});
    let wrong = person.expect("the code was shown").join().expect("the person saw the device page");
    assert!(wrong.contains("not known"), "{wrong}");
    assert!(tokens.is_none());
    let failed = steps.iter().find(|s| s.outcome == Outcome::Failed).expect("a failed step");
    assert_eq!(failed.id, "signin.device", "{steps:#?}");
    assert_eq!(failed.server_says.as_deref(), Some("access_denied: The user declined the device sign-in."), "the provider's own words: {failed:#?}");
}

/// A shared mailbox through the sandbox's Exchange rules: the delegate signs
/// in, IMAP opens the shared inbox with the delegate's token, SMTP signs in
/// as the delegate and checks the shared sender, and the account is written
/// reading as the shared mailbox and sending with the delegate's user name.
/// Nothing is sent unless asked; asked, exactly one message arrives.
#[test]
fn a_shared_mailbox_is_opened_with_the_delegates_sign_in_and_one_test_message_only_when_asked() {
    let sandbox = start(SandboxOptions::default());
    let profile = tempfile::tempdir().unwrap();
    let mut request = support::sandbox::request(&sandbox, ProfileTarget::Directory(profile.path().to_owned()));
    let delegate = request.address.clone();
    request.address = mailsetup::address::EmailAddress::parse(mailsetup::sandbox::SHARED_ADDRESS).unwrap();
    request.display_name = "Sandbox Support".into();
    let request = request.with_delegate(Some(delegate));
    let report = support::sandbox::report_of(&request);
    assert!(report.all_passed(), "{report}");
    let select = report.steps.iter().find(|step| step.id == "imap.select").unwrap();
    assert!(select.detail.contains("holds 1 message") && !select.detail.contains("1 messages"), "the shared mailbox's own inbox: {}", select.detail);
    assert!(report.steps.iter().all(|step| step.id != "smtp.test-message"), "no test message unless asked");
    assert!(sandbox.delivered_messages().is_empty());
    let prefs = std::fs::read_to_string(profile.path().join("prefs.js")).unwrap();
    assert!(prefs.contains(r#""mail.server.server1.userName", "shared@sandbox.mailsetup.test""#), "{prefs}");
    assert!(prefs.contains(r#""mail.smtpserver.smtp1.username", "you@sandbox.mailsetup.test""#), "{prefs}");
    assert!(prefs.contains(r#""mail.identity.id1.fullName", "Sandbox Support""#), "{prefs}");

    // Asked for: one message, from the shared mailbox to the delegate.
    let mut asked = request.clone();
    asked.profile = ProfileTarget::NoWrite;
    asked.send_test_message = true;
    let report = support::sandbox::report_of(&asked);
    let sent = report.steps.iter().find(|step| step.id == "smtp.test-message").unwrap_or_else(|| panic!("{report}"));
    assert_eq!(sent.outcome, Outcome::Passed, "{report}");
    let delivered = sandbox.delivered_messages();
    assert_eq!(delivered.len(), 1, "{delivered:?}");
    assert_eq!((delivered[0].from.as_str(), delivered[0].to.as_slice()), ("shared@sandbox.mailsetup.test", &["you@sandbox.mailsetup.test".to_owned()][..]));
    assert_eq!(delivered[0].subject.as_deref(), Some(mailsetup::probe::TEST_MESSAGE_SUBJECT));
}
