//! The wizard, driven headless through its accessibility tree (egui_kittest):
//! every widget is found by its label, never by coordinates. The full walk
//! runs against the built-in sandbox, so nothing leaves the machine.

mod support {
    pub mod gui;
    pub mod sandbox;
}

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mailsetup::ui::{Page, WizardApp, WizardOptions};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use support::gui::{click, harness, has_label, has_label_containing, replace_text, step_until};

/// Replaces the text of the field labelled `label`, as a user would: focus,
/// select all, type.
fn files_named(root: &Path, name: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![root.to_owned()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.file_name().is_some_and(|file| file == name) {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn walks_every_page_against_the_sandbox() {
    const ADDRESS: &str = "practice.person@sandbox.mailsetup.test";
    let mut harness = harness(WizardOptions::sandbox());
    step_until(&mut harness, "the sandbox to start", Duration::from_secs(30), |h| h.state().sandbox_ready());
    assert!(has_label(&harness, "Sandbox — practice mode, nothing leaves this computer"));
    // The helpdesk's view: steps, servers and transcripts.
    click(&mut harness, "Technical details");
    assert!(harness.state().shows_technical_details());
    assert!(has_label(&harness, "Your e-mail address"), "the Address page has its heading");

    // Address.
    replace_text(&mut harness, "E-mail address", ADDRESS);
    replace_text(&mut harness, "Your name", "Practice Person");
    assert_eq!(harness.get_by_label("E-mail address").value().as_deref(), Some(ADDRESS));
    click(&mut harness, "Next");
    assert_eq!(harness.state().page(), Page::SignIn);

    // Sign in: the plan is shown, the sandbox approves by itself.
    assert!(has_label(&harness, "Sign in with mailsetup sandbox"));
    assert!(has_label_containing(&harness, "mailsetup sandbox"), "the plan names the provider");
    assert!(has_label_containing(&harness, "Warning:"), "the plan's warnings are shown");
    click(&mut harness, "Sign in with browser");

    // Checks: the wizard moves on by itself once signed in.
    step_until(&mut harness, "the checks to finish", Duration::from_secs(60), |h| {
        h.state().page() == Page::Checks && !h.state().is_busy()
    });
    assert!(has_label(&harness, "Checking your mail"));
    let report = harness.state().report().expect("an address was accepted");
    assert!(report.all_passed(), "every step passes against the sandbox:\n{report}");
    assert!(has_label_containing(&harness, "Your mail works with the new sign-in"));
    assert!(harness.query_all_by_label("Passed").count() >= 4, "each step shows its result in words");
    assert!(harness.query_by_label("FAILED").is_none());
    assert!(has_label(&harness, "Incoming mail (IMAP)") && has_label(&harness, "Outgoing mail (SMTP)"));

    // Back to Sign in and forward again keeps the sign-in and the checks.
    click(&mut harness, "Back");
    assert_eq!(harness.state().page(), Page::SignIn);
    assert!(has_label_containing(&harness, "Signed in."));
    click(&mut harness, "Next");
    assert_eq!(harness.state().page(), Page::Checks);
    assert!(has_label_containing(&harness, "Your mail works with the new sign-in"));

    // Thunderbird: into the sandbox's throwaway root.
    click(&mut harness, "Next");
    assert_eq!(harness.state().page(), Page::Thunderbird);
    let root = harness.state().sandbox_profile_root().expect("the sandbox runs").to_owned();
    assert!(has_label(&harness, &root.display().to_string()), "the page shows where it writes");
    assert!(has_label_containing(&harness, "throwaway"));
    // The page re-reads the profiles after each write; wait for that, since
    // the list moves the buttons.
    let written_and_listed = |h: &Harness<'_, WizardApp>| !h.state().is_busy() && has_label_containing(h, "Profiles found:");
    // While Thunderbird runs on the profile, the writer refuses, in plain
    // words, and writes by itself once Thunderbird has quit.
    let profile_dir = mailsetup::thunderbird::create_profile(&root, None).expect("a profile can be made");
    let lock = profile_dir.join("lock");
    std::os::unix::fs::symlink(format!("127.0.0.1:+{}", std::process::id()), &lock).expect("a lock symlink can be made");
    click(&mut harness, "Write to Thunderbird");
    step_until(&mut harness, "the wait for Thunderbird to close", Duration::from_secs(20), |h| has_label_containing(h, "Thunderbird is open"));
    let report = harness.state().report().expect("a report").to_string();
    assert!(report.contains("Thunderbird is using the profile"), "the writer's error is in the report:\n{report}");
    std::fs::remove_file(&lock).expect("the lock symlink can be removed");
    step_until(&mut harness, "the write after Thunderbird closed", Duration::from_secs(20), |h| {
        written_and_listed(h) && has_label_containing(h, "The account was added to Thunderbird")
    });
    assert!(!has_label_containing(&harness, "Thunderbird is open"));
    let prefs = files_named(&root, "prefs.js");
    assert_eq!(prefs, [profile_dir.join("prefs.js")], "the account went into the profile Thunderbird had open");
    // Written: the buttons no longer offer to write or to skip.
    assert!(harness.query_by_label("Write to Thunderbird").is_none() && harness.query_by_label("Skip").is_none());

    // Thunderbird's own sign-in, as `mailsetup doctor` reads it: the
    // practice sign-in is never handed to Thunderbird, so none is saved.
    assert!(has_label_containing(&harness, "Thunderbird will ask you to sign in once when it starts"), "the page says why there is no hand-off");
    step_until(&mut harness, "the profile list read again", Duration::from_secs(10), |h| has_label(h, "Check Thunderbird's own sign-in"));
    click(&mut harness, "Check Thunderbird's own sign-in");
    step_until(&mut harness, "Thunderbird's sign-in check", Duration::from_secs(20), |h| {
        has_label_containing(h, "Thunderbird has no saved sign-in for this account")
    });
    assert!(has_label_containing(&harness, ADDRESS), "the result names the account");

    // Done: the full report.
    click(&mut harness, "Next");
    assert_eq!(harness.state().page(), Page::Done);
    let report = harness.state().report().expect("the setup ran").to_string();
    assert!(report.contains("Everything passed."), "{report}");
    assert!(report.contains("Thunderbird profile:"), "{report}");
    assert!(has_label(&harness, &report), "the Done page shows the report text");
    assert!(has_label(&harness, "Copy report"));
    assert!(has_label(&harness, "Open Thunderbird"), "the account was written: Thunderbird can be opened from here");
    harness.get_by_label("Copy report").click();
    harness.step();
    let copied = harness.output().platform_output.commands.iter().any(|command| matches!(command, egui::OutputCommand::CopyText(text) if *text == report));
    assert!(copied, "Copy report puts the report text on the clipboard");
    harness.step();
    assert!(has_label(&harness, "Copied the report to the clipboard."));

    // The account is in the sandbox profile's prefs.js.
    let text = std::fs::read_to_string(&prefs[0]).expect("prefs.js is readable");
    assert!(text.contains(ADDRESS), "prefs.js has the account:\n{text}");
    assert!(text.contains("Practice Person"), "prefs.js has the name:\n{text}");

    // Start over (from the Thunderbird page: the Done page has only Close)
    // returns to the first page with the address kept.
    click(&mut harness, "Back");
    assert_eq!(harness.state().page(), Page::Thunderbird);
    click(&mut harness, "Start over");
    assert_eq!(harness.state().page(), Page::Address);
    assert_eq!(harness.get_by_label("E-mail address").value().as_deref(), Some(ADDRESS));
}

#[test]
fn an_invalid_address_shows_why_and_stays() {
    let root = tempfile::tempdir().expect("temp dir");
    let options = WizardOptions { thunderbird_root: Some(root.path().to_owned()), ..WizardOptions::real() };
    let mut harness = harness(options);
    harness.get_by_label("E-mail address").type_text("not-an-address");
    harness.step();
    click(&mut harness, "Next");
    assert_eq!(harness.state().page(), Page::Address);
    assert!(has_label_containing(&harness, "is not an e-mail address: it has no @"));

    // Fixing the address clears the message while typing.
    replace_text(&mut harness, "E-mail address", "someone@outlook.com");
    harness.step();
    assert!(!has_label_containing(&harness, "is not an e-mail address"));
}

#[test]
fn an_unknown_domain_offers_microsoft_365_and_back_returns() {
    let root = tempfile::tempdir().expect("temp dir");
    let options = WizardOptions { thunderbird_root: Some(root.path().to_owned()), ..WizardOptions::real() };
    let mut harness = harness(options);
    harness.get_by_label("E-mail address").type_text("alice@contoso-widgets.example");
    harness.step();
    harness.step();
    assert!(has_label(&harness, "Microsoft 365 (work or school)"), "the choice is offered for an unknown domain");
    assert!(has_label(&harness, "Try the sandbox (no account needed)"));

    click(&mut harness, "Next");
    assert_eq!(harness.state().page(), Page::Address, "no plan without a choice");
    assert!(has_label_containing(&harness, "Mail Setup does not know which provider hosts contoso-widgets.example"));

    click(&mut harness, "Microsoft 365 (work or school)");
    click(&mut harness, "Next");
    assert_eq!(harness.state().page(), Page::SignIn);
    assert!(has_label_containing(&harness, "Microsoft 365 (work or school)"), "the plan says which provider");
    assert!(has_label(&harness, "Sign in with browser"));

    click(&mut harness, "Back");
    assert_eq!(harness.state().page(), Page::Address);
    assert_eq!(harness.get_by_label("E-mail address").value().as_deref(), Some("alice@contoso-widgets.example"));
}

#[test]
fn cancel_during_sign_in_stops_the_listener_and_allows_a_new_attempt() {
    // A "browser" that never answers, so the wizard waits until cancelled.
    let options = WizardOptions::sandbox().with_browser(|_url| Ok(()));
    let mut harness = harness(options);
    step_until(&mut harness, "the sandbox to start", Duration::from_secs(30), |h| h.state().sandbox_ready());
    click(&mut harness, "Technical details");
    click(&mut harness, "Next");
    click(&mut harness, "Sign in with browser");
    step_until(&mut harness, "the countdown", Duration::from_secs(20), |h| has_label_containing(h, " left"));
    assert!(has_label(&harness, "Copy link") && has_label(&harness, "Open browser again"));
    assert!(has_label_containing(&harness, "http://127.0.0.1:"), "the authorize link is shown");

    // The loopback listener's port, from the page's own words.
    let receives = harness.get_by_label_contains("Mail Setup receives the answer at").value().expect("a label has its text as value");
    let port: u16 = receives
        .split("http://localhost:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|port| port.parse().ok())
        .unwrap_or_else(|| panic!("no port in {receives:?}"));
    assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_ok(), "the listener is up while waiting");

    click(&mut harness, "Cancel");
    assert_eq!(harness.state().page(), Page::SignIn);
    assert!(!harness.state().is_busy());
    assert!(has_label_containing(&harness, "Sign-in cancelled"));
    assert!(has_label(&harness, "Sign in with browser"), "a new attempt can start");

    // The work really stopped: the listener goes away.
    let deadline = Instant::now() + Duration::from_secs(5);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
        assert!(Instant::now() < deadline, "the loopback listener on port {port} still answers after Cancel");
        std::thread::sleep(Duration::from_millis(50));
    }

    // A new attempt waits again, with a new listener.
    click(&mut harness, "Sign in with browser");
    step_until(&mut harness, "the second countdown", Duration::from_secs(20), |h| has_label_containing(h, " left"));
    click(&mut harness, "Cancel");
    assert!(!harness.state().is_busy());

    // With nothing running, Back leads to the first page.
    click(&mut harness, "Back");
    assert_eq!(harness.state().page(), Page::Address);
}

#[test]
fn the_sandbox_link_switches_to_practice_mode() {
    let root = tempfile::tempdir().expect("temp dir");
    let options = WizardOptions { thunderbird_root: Some(root.path().to_owned()), ..WizardOptions::real() };
    let mut harness = harness(options);
    assert!(!harness.state().is_sandbox());
    assert!(!has_label(&harness, "Sandbox — practice mode, nothing leaves this computer"));
    click(&mut harness, "Try the sandbox (no account needed)");
    assert!(harness.state().is_sandbox());
    assert!(has_label(&harness, "Sandbox — practice mode, nothing leaves this computer"));
    assert_eq!(harness.get_by_label("E-mail address").value().as_deref(), Some(support::sandbox::Sandbox::example_address()));
    step_until(&mut harness, "the sandbox to start", Duration::from_secs(30), |h| h.state().sandbox_ready());
    assert!(has_label(&harness, "Approve the sign-in automatically (no browser)"));

    click(&mut harness, "Leave the sandbox");
    assert!(!harness.state().is_sandbox());
    assert_eq!(harness.get_by_label("E-mail address").value().as_deref(), Some(""));
}

#[test]
fn the_device_code_fallback_shows_the_code_and_signs_in() {
    let mut harness = harness(WizardOptions::sandbox());
    step_until(&mut harness, "the sandbox to start", Duration::from_secs(30), |h| h.state().sandbox_ready());
    click(&mut harness, "Next");
    assert_eq!(harness.state().page(), Page::SignIn);
    assert!(has_label(&harness, "Fallback: sign in with a code on another device"), "the fallback is labelled as one");
    // Why it may not work is a detail for helpdesks (the code's own page repeats it).
    assert!(!has_label_containing(&harness, "AADSTS53003"));
    click(&mut harness, "Technical details");
    assert!(has_label_containing(&harness, "AADSTS53003"), "it warns that many organisations block it");
    click(&mut harness, "Technical details");
    click(&mut harness, "Sign in with a code instead");
    // The sandbox's device page is played automatically; the code is shown
    // until the sign-in completes and the wizard moves on to the checks.
    step_until(&mut harness, "the signed-in checks", Duration::from_secs(60), |h| h.state().page() == Page::Checks && !h.state().is_busy());
    let report = harness.state().report().expect("a report").to_string();
    assert!(report.ends_with("Everything passed."), "{report}");
    assert_eq!(report.matches("[ ok ] Sign in with the token (XOAUTH2)").count(), 2, "IMAP and SMTP took the token:\n{report}");
    assert!(report.contains("device code"), "the report says which sign-in ran:\n{report}");
}

#[test]
fn the_device_code_is_shown_with_a_copy_button_while_it_waits() {
    // Without automatic approval nobody enters the code: the page keeps showing it.
    let mut harness = harness(WizardOptions::sandbox());
    step_until(&mut harness, "the sandbox to start", Duration::from_secs(30), |h| h.state().sandbox_ready());
    harness.get_by_label("Approve the sign-in automatically (no browser)").click();
    harness.step();
    click(&mut harness, "Next");
    click(&mut harness, "Sign in with a code instead");
    step_until(&mut harness, "the code", Duration::from_secs(20), |h| has_label(h, "Copy code"));
    assert!(has_label_containing(&harness, "and enter this code:"));
    harness.get_by_label("Copy code").click();
    // The frame that handles the click asks the platform to copy; look at
    // each frame's output until the confirmation is drawn.
    let mut copied = Vec::new();
    for _ in 0..3 {
        harness.step();
        copied.extend(harness.output().platform_output.commands.iter().filter_map(|command| match command {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        }));
    }
    assert!(copied.len() == 1 && !copied[0].is_empty(), "one copy of the code: {copied:?}");
    assert!(has_label_containing(&harness, &copied[0]), "the copied text is the code shown: {:?}", copied[0]);
    assert!(has_label(&harness, "Copied the code."), "the copy is confirmed");
    click(&mut harness, "Cancel");
    step_until(&mut harness, "the cancelled sign-in", Duration::from_secs(10), |h| !h.state().is_busy());
}

#[test]
fn a_shared_mailbox_is_set_up_with_the_delegates_sign_in_and_sends_one_test_message_when_asked() {
    let mut harness = harness(WizardOptions::sandbox());
    step_until(&mut harness, "the sandbox to start", Duration::from_secs(30), |h| h.state().sandbox_ready());
    replace_text(&mut harness, "E-mail address", mailsetup::sandbox::SHARED_ADDRESS);
    click(&mut harness, "This is a shared mailbox I can open");
    replace_text(&mut harness, "Who signs in", mailsetup::sandbox::EXAMPLE_ADDRESS);
    click(&mut harness, "Next");
    assert_eq!(harness.state().page(), Page::SignIn);
    assert!(has_label(&harness, "You sign in as") && has_label(&harness, mailsetup::sandbox::EXAMPLE_ADDRESS), "the page says who signs in");
    click(&mut harness, "Sign in with browser");
    step_until(&mut harness, "the checks to pass", Duration::from_secs(60), |h| {
        h.state().page() == Page::Checks && !h.state().is_busy() && has_label_containing(h, "Your mail works with the new sign-in")
    });
    let report = harness.state().report().expect("a report");
    assert_eq!(report.delegate.as_deref(), Some(mailsetup::sandbox::EXAMPLE_ADDRESS));
    assert!(report.steps.iter().all(|step| step.id != "smtp.test-message"), "nothing is sent unless asked");
    click(&mut harness, "Send one test message to yourself");
    // The page shows each step as it ends; the report holds them once the
    // whole stage has ended, so wait for both.
    step_until(&mut harness, "the test message", Duration::from_secs(60), |h| !h.state().is_busy() && has_label_containing(h, "A test message is on its way"));
    let report = harness.state().report().expect("a report");
    let sent = report.steps.iter().find(|step| step.id == "smtp.test-message").expect("the test message step");
    assert_eq!(sent.outcome, mailsetup::report::Outcome::Passed, "{report}");
    assert!(harness.query_by_label("Send one test message to yourself").is_none(), "one message, not a button to send more");
}
