//! The wizard as the person whose mail stopped meets it: it opens on their
//! Thunderbird's accounts, each with a plain status, and Fix switches a
//! broken one in place (sign-in, checks, switch, done) with one click.
//! Against the sandbox and its practice profile; nothing leaves loopback.

mod support {
    pub mod gui;
}

use egui_kittest::kittest::Queryable as _;
use mailsetup::sandbox::{ConsentDecision, SandboxOptions};
use mailsetup::ui::{Page, WizardOptions};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::gui::{click, harness, has_label, has_label_containing, step_until};

const PRACTICE_ADDRESS: &str = "you@sandbox.mailsetup.test";

fn practice_options() -> WizardOptions {
    WizardOptions { start_from_thunderbird: true, ..WizardOptions::sandbox() }
}

#[test]
fn fix_switches_the_broken_account_in_one_click_and_offers_to_open_thunderbird() {
    let opened: Arc<Mutex<Vec<std::path::PathBuf>>> = Arc::default();
    let recorder = Arc::clone(&opened);
    let options = WizardOptions {
        open_thunderbird: Some(Arc::new(move |profile: &std::path::Path| {
            recorder.lock().unwrap().push(profile.to_owned());
            Ok(())
        })),
        ..practice_options()
    };
    let mut harness = harness(options);
    step_until(&mut harness, "the practice profile's accounts", Duration::from_secs(30), |h| h.query_by_label(&format!("Fix {PRACTICE_ADDRESS}")).is_some());
    assert_eq!(harness.state().page(), Page::Accounts);
    assert!(has_label(&harness, "Your mail accounts"));
    let lines = harness.state().account_lines();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0].0, PRACTICE_ADDRESS);
    // The audit's words (`mailsetup audit` says the same).
    assert!(lines[0].1.starts_with("Uses a password at Microsoft 365"), "{lines:?}");
    // The default view speaks of mail, not protocols.
    for jargon in ["IMAP", "SMTP", "XOAUTH2", "STARTTLS", "OAuth2"] {
        assert!(!has_label_containing(&harness, jargon), "{jargon} in the default view of the accounts page");
    }

    // Click 1: Fix. Sign-in (the sandbox approves), checks and the switch follow by themselves.
    click(&mut harness, &format!("Fix {PRACTICE_ADDRESS}"));
    step_until(&mut harness, "the fix to finish", Duration::from_secs(60), |h| h.state().page() == Page::Done && !h.state().is_busy());
    let report = harness.state().report().expect("the fix ran");
    assert!(report.all_passed(), "{report}");
    let summary = report.thunderbird.as_ref().expect("the account was switched");
    assert_eq!(summary.action, "migrated", "{report}");
    assert!(has_label(&harness, "Your mail works again"));
    assert!(has_label_containing(&harness, "now signs in with your provider"));
    assert!(has_label_containing(&harness, "previous settings are saved in"), "the page says where the backup is");
    // The switched profile: the same account, its name kept, now OAuth2.
    let prefs = std::fs::read_to_string(std::path::Path::new(&summary.profile).join("prefs.js")).unwrap();
    assert!(prefs.contains(r#"user_pref("mail.server.server1.authMethod", 10);"#), "{prefs}");
    assert!(prefs.contains(r#"user_pref("mail.identity.id1.fullName", "Sam Practice");"#), "{prefs}");
    assert_eq!(report.address, PRACTICE_ADDRESS, "the address came from the profile, not from typing");

    // Click 2: Open Thunderbird, on the profile just written.
    click(&mut harness, "Open Thunderbird");
    step_until(&mut harness, "Thunderbird to be asked to start", Duration::from_secs(10), |_| !opened.lock().unwrap().is_empty());
    assert_eq!(opened.lock().unwrap().as_slice(), [std::path::PathBuf::from(&summary.profile)]);
    step_until(&mut harness, "the notice", Duration::from_secs(5), |h| has_label(h, "Thunderbird is starting."));

    // Back on the first page, the account no longer needs fixing. The
    // practice provider's sign-in is not one Thunderbird can keep, so the
    // profile has no saved sign-in yet: Thunderbird asks once.
    for _ in 0..4 {
        click(&mut harness, "Back");
    }
    assert_eq!(harness.state().page(), Page::Accounts);
    step_until(&mut harness, "the list to be read again", Duration::from_secs(10), |h| {
        h.state().account_lines().first().is_some_and(|(_, words)| words.starts_with("Fixed just now: Thunderbird asks you to sign in once"))
    });
    assert!(harness.query_by_label(&format!("Fix {PRACTICE_ADDRESS}")).is_none());
}

#[test]
fn a_declined_sign_in_shows_its_help_on_the_sign_in_page_and_the_header_marks_it() {
    let options = WizardOptions {
        sandbox_options: SandboxOptions { auto_consent: ConsentDecision::Deny, ..SandboxOptions::default() },
        ..practice_options()
    };
    let mut harness = harness(options);
    step_until(&mut harness, "the practice profile's accounts", Duration::from_secs(30), |h| h.query_by_label(&format!("Fix {PRACTICE_ADDRESS}")).is_some());
    click(&mut harness, &format!("Fix {PRACTICE_ADDRESS}"));
    step_until(&mut harness, "the declined sign-in", Duration::from_secs(30), |h| !h.state().is_busy() && has_label(h, "Try again"));
    assert_eq!(harness.state().page(), Page::SignIn, "the failure is shown where it happened");
    // No dead end: the diagnosis, the helpdesk's two buttons, Try again and Back, on this page.
    assert!(has_label(&harness, "What you can do"), "the diagnosis card is there");
    for button in ["Copy admin ticket", "Save support bundle", "Try again", "Back"] {
        assert!(has_label(&harness, button), "{button} is on the sign-in page");
    }
    // The header says the sign-in failed, and never ticks what came after.
    assert!(has_label_containing(&harness, "Step 2 of 5: Sign in; Account done, Sign in failed"), "the header's words for screen readers");
    assert!(!has_label_containing(&harness, "Checks done") && !has_label_containing(&harness, "Thunderbird done"));
    assert!(has_label(&harness, "2. Sign in (failed)"));

    // The ticket goes to the clipboard as it is.
    harness.get_by_label("Copy admin ticket").click();
    harness.step();
    let copied = harness.output().platform_output.commands.iter().find_map(|command| match command {
        egui::OutputCommand::CopyText(text) => Some(text.clone()),
        _ => None,
    });
    let ticket = copied.expect("the ticket was copied");
    assert!(ticket.contains(PRACTICE_ADDRESS), "{ticket}");

    // The profile was not touched.
    let root = harness.state().sandbox_profile_root().expect("the sandbox runs").to_owned();
    let prefs: Vec<_> = walk(&root).into_iter().filter(|path| path.ends_with("prefs.js")).collect();
    let text = std::fs::read_to_string(&prefs[0]).unwrap();
    assert!(text.contains(r#"user_pref("mail.server.server1.authMethod", 3);"#), "still the password account:\n{text}");
}

#[test]
fn cancel_on_the_first_page_asks_before_closing() {
    let mut harness = harness(practice_options());
    step_until(&mut harness, "the practice profile's accounts", Duration::from_secs(30), |h| h.query_by_label(&format!("Fix {PRACTICE_ADDRESS}")).is_some());
    click(&mut harness, "Cancel");
    assert!(has_label(&harness, "Close Mail Setup? Nothing has been changed."));
    click(&mut harness, "Stay");
    assert!(!has_label_containing(&harness, "Close Mail Setup?"));
    assert_eq!(harness.state().page(), Page::Accounts);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// A profile as the person whose mail stopped has it: an OAuth account
/// whose saved sign-in is gone, a password account at Google, and one at a
/// server mailsetup cannot place.
fn write_everyday_profile(root: &std::path::Path) -> std::path::PathBuf {
    let profile = root.join("abcd1234.default-release");
    std::fs::create_dir_all(&profile).unwrap();
    std::fs::write(
        root.join("profiles.ini"),
        "[General]\nStartWithLastProfile=1\nVersion=2\n\n[Profile0]\nName=default-release\nIsRelative=1\nPath=abcd1234.default-release\nDefault=1\n",
    )
    .unwrap();
    let account = |n: u32, host: &str, user: &str, auth: u32| {
        format!(
            "user_pref(\"mail.account.account{n}.identities\", \"id{n}\");\n\
             user_pref(\"mail.account.account{n}.server\", \"server{n}\");\n\
             user_pref(\"mail.identity.id{n}.useremail\", \"{user}\");\n\
             user_pref(\"mail.server.server{n}.authMethod\", {auth});\n\
             user_pref(\"mail.server.server{n}.hostname\", \"{host}\");\n\
             user_pref(\"mail.server.server{n}.type\", \"imap\");\n\
             user_pref(\"mail.server.server{n}.userName\", \"{user}\");\n"
        )
    };
    let prefs = format!(
        "user_pref(\"mail.accountmanager.accounts\", \"account1,account2,account3\");\n{}{}{}",
        account(1, "outlook.office365.com", "alice@contoso.com", 10),
        account(2, "imap.gmail.com", "bob@gmail.com", 3),
        account(3, "mail.example.net", "carol@example.net", 3),
    );
    std::fs::write(profile.join("prefs.js"), prefs).unwrap();
    profile
}

#[test]
fn each_account_of_the_profile_gets_its_plain_status_and_a_signed_out_one_is_found() {
    let root = tempfile::tempdir().unwrap();
    write_everyday_profile(root.path());
    let options = WizardOptions { thunderbird_root: Some(root.path().to_owned()), start_from_thunderbird: true, ..WizardOptions::real() };
    let mut harness = harness(options);
    // alice signs in with OAuth2, but the profile has no logins.json: the
    // audit says she is signed out before anything is asked online.
    step_until(&mut harness, "the accounts", Duration::from_secs(30), |h| {
        h.state().account_lines().first().is_some_and(|(_, words)| words.starts_with("Signed out"))
    });
    assert_eq!(harness.state().page(), Page::Accounts);
    let lines = harness.state().account_lines();
    let words: Vec<(&str, &str)> = lines.iter().map(|(address, words)| (address.as_str(), words.as_str())).collect();
    assert_eq!(words[0].0, "alice@contoso.com");
    assert!(words[0].1.contains("no saved sign-in"), "{words:?}");
    assert_eq!(words[1].0, "bob@gmail.com");
    assert!(words[1].1.starts_with("Uses a password at Gmail, which Google has refused since"), "{words:?}");
    assert!(words[2].1.starts_with("Signs in with a password at mail.example.net"), "{words:?}");
    // Fix where there is something to fix, and only there.
    assert!(harness.query_by_label("Fix alice@contoso.com").is_some());
    assert!(harness.query_by_label("Fix bob@gmail.com").is_some());
    assert!(harness.query_by_label("Fix carol@example.net").is_none());
    // Add another account leads to the address page, and Back returns.
    click(&mut harness, "Add another account");
    assert_eq!(harness.state().page(), Page::Address);
    click(&mut harness, "Back");
    assert_eq!(harness.state().page(), Page::Accounts);
}

#[test]
fn without_any_thunderbird_account_the_wizard_starts_on_the_address_page() {
    let root = tempfile::tempdir().unwrap();
    let options = WizardOptions { thunderbird_root: Some(root.path().to_owned()), start_from_thunderbird: true, ..WizardOptions::real() };
    let mut harness = harness(options);
    step_until(&mut harness, "the address page", Duration::from_secs(10), |h| h.state().page() == Page::Address);
    assert!(has_label(&harness, "Your e-mail address"));
}

#[test]
fn a_shared_mailbox_is_added_from_the_row_of_the_account_that_opens_it() {
    let mut harness = harness(practice_options());
    let link = format!("Add a shared mailbox you open with {PRACTICE_ADDRESS}");
    step_until(&mut harness, "the practice profile's accounts", Duration::from_secs(30), |h| h.query_by_label(&link).is_some());
    click(&mut harness, &link);
    assert_eq!(harness.state().page(), Page::Address);
    // "Who signs in" shows only while the shared-mailbox choice is ticked.
    assert!(has_label(&harness, "Who signs in"), "the choice is made");
    assert_eq!(harness.get_by_label("Who signs in").value().as_deref(), Some(PRACTICE_ADDRESS), "the row's account signs in");
    assert_eq!(harness.get_by_label("E-mail address").value().as_deref().unwrap_or_default(), "", "the shared address is for the user to type");
}

#[test]
fn fix_needed_opens_at_its_account_says_why_and_focuses_its_fix() {
    let root = tempfile::tempdir().unwrap();
    let profile = write_everyday_profile(root.path());
    // As `mailsetup --fix-needed` hands it over: here bob, the second
    // account, so that the first Fix (alice's) is not what gets the focus.
    let first = mailsetup::audit::FirstToFix {
        root: root.path().to_owned(),
        profile,
        profile_name: "default-release".into(),
        account_key: "account2".into(),
        address: "bob@gmail.com".into(),
        reason: "Uses a password at Gmail, which Google no longer takes".into(),
        what_to_do: String::new(),
    };
    let options = WizardOptions { fix_first: Some(first), start_from_thunderbird: true, ..WizardOptions::real() };
    let mut harness = harness(options);
    step_until(&mut harness, "the accounts", Duration::from_secs(30), |h| h.query_by_label("Fix bob@gmail.com").is_some());
    harness.step();
    assert_eq!(harness.state().page(), Page::Accounts);
    assert!(
        has_label_containing(&harness, "Mail Setup opened because bob@gmail.com needs fixing. Choose its Fix"),
        "why the window opened is said above the list"
    );
    let lines = harness.state().account_lines();
    assert!(lines[1].1.starts_with("Uses a password at Gmail"), "the reason is the account's own line: {lines:?}");
    assert!(harness.get_by_label("Fix bob@gmail.com").is_focused(), "Enter fixes the account it opened for");
    assert!(!harness.get_by_label("Fix alice@contoso.com").is_focused());
}
