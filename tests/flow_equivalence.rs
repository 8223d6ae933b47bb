//! The wizard and the CLI drive one flow type (`flow::Run`), so the same
//! sandbox scenario must give the same report, step for step, through both:
//! the CLI's `flow::run_setup` (what `mailsetup setup` runs after building its
//! request) and the real wizard driven through its accessibility tree.
//!
//! Each scenario starts two sandboxes with the same options (one per shell),
//! so the reports are compared after replacing what differs between two
//! sandboxes by nature: ports, temporary paths, durations and token times.

mod support {
    pub mod gui;
}

use mailsetup::practice::PracticeProvider as _;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mailsetup::flow::{self, ProfileTarget, SetupRequest, SignInMethod};
use mailsetup::oauth::{BrowserLauncher, CancelFlag};
use mailsetup::report::Report;
use mailsetup::sandbox::{ConsentDecision, FaultScript, Sandbox, SandboxOptions};
use mailsetup::ui::{Page, WizardApp, WizardOptions};
use std::path::Path;
use std::time::{Duration, Instant};
use support::gui::replace_text;

const ADDRESS: &str = "practice.person@sandbox.mailsetup.test";
const NAME: &str = "Practice Person";

/// Tall enough that no page scrolls (scrolled-out widgets leave the tree).
const WINDOW: [f32; 2] = [900.0, 1400.0];

/// How each scenario's Thunderbird profile is prepared before the run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Profile {
    /// The sandbox's empty throwaway root: the writer creates a profile.
    Fresh,
    /// A profile exists and Thunderbird holds it (its `lock` symlink).
    HeldByThunderbird,
}

fn scenarios() -> Vec<(&'static str, SandboxOptions, Profile)> {
    vec![
        ("all passed", SandboxOptions::default(), Profile::Fresh),
        ("sign-in refused", SandboxOptions { auto_consent: ConsentDecision::Deny, ..SandboxOptions::default() }, Profile::Fresh),
        (
            "IMAP failed",
            SandboxOptions {
                script: FaultScript { imap_auth_reply: Some("NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)".to_owned()), ..FaultScript::default() },
                ..SandboxOptions::default()
            },
            Profile::Fresh,
        ),
        (
            "SMTP failed",
            SandboxOptions {
                script: FaultScript {
                    smtp_auth_reply: Some("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.".to_owned()),
                    ..FaultScript::default()
                },
                ..SandboxOptions::default()
            },
            Profile::Fresh,
        ),
        ("Thunderbird locked", SandboxOptions::default(), Profile::HeldByThunderbird),
    ]
}

/// Makes the default profile under `root` and, for a held profile, the lock
/// symlink Thunderbird keeps while it runs (pointing at a live process: this one).
fn prepare_profile(root: &Path, profile: Profile) {
    if profile == Profile::HeldByThunderbird {
        let dir = mailsetup::thunderbird::default_or_new_profile(root).expect("a profile can be made in the sandbox root");
        std::os::unix::fs::symlink(format!("127.0.0.1:+{}", std::process::id()), dir.join("lock")).expect("the lock symlink can be made");
    }
}

/// The report `mailsetup setup` produces: the request it builds for the
/// sandbox, run by `flow::run_setup`.
fn cli_report(options: &SandboxOptions, profile: Profile) -> Report {
    mailsetup::tls::install_crypto_provider();
    let sandbox = Sandbox::start(options.clone()).expect("the sandbox starts");
    prepare_profile(sandbox.profile_root(), profile);
    let address = mailsetup::address::EmailAddress::parse(ADDRESS).expect("the address parses");
    let request = SetupRequest::new(
        address,
        NAME.to_owned(),
        sandbox.plan(),
        sandbox.trust(),
        BrowserLauncher::Function(sandbox.automatic_browser()),
        ProfileTarget::DefaultUnder(sandbox.profile_root().to_owned()),
    );
    let runtime = flow::new_runtime().expect("a runtime");
    let report = flow::run_setup(&request, SignInMethod::Browser, runtime.handle(), &CancelFlag::new(), &|_| {});
    scrubbed(report, sandbox.profile_root())
}

/// The report the wizard shows after the same run, driven as a user would.
fn wizard_report(options: &SandboxOptions, profile: Profile) -> Report {
    mailsetup::tls::install_crypto_provider();
    let wizard_options = WizardOptions { sandbox_options: options.clone(), ..WizardOptions::sandbox() };
    let mut harness = Harness::builder().with_size(WINDOW).build_eframe(move |_| WizardApp::new(wizard_options));
    step_until(&mut harness, "the sandbox to start", Duration::from_secs(30), |h| h.state().sandbox_ready());
    let root = harness.state().sandbox_profile_root().expect("the sandbox runs").to_owned();
    prepare_profile(&root, profile);
    replace_text(&mut harness, "E-mail address", ADDRESS);
    replace_text(&mut harness, "Your name", NAME);
    click(&mut harness, "Next");
    assert_eq!(harness.state().page(), Page::SignIn);
    click(&mut harness, "Sign in with browser");
    step_until(&mut harness, "the sign-in and checks to end", Duration::from_secs(60), |h| {
        !h.state().is_busy() && (h.state().page() == Page::Checks || h.query_by_label("Try again").is_some())
    });
    if harness.state().page() == Page::Checks && harness.state().report().is_some_and(|r| r.all_passed()) {
        click(&mut harness, "Next");
        assert_eq!(harness.state().page(), Page::Thunderbird);
        click(&mut harness, "Write to Thunderbird");
        step_until(&mut harness, "the write", Duration::from_secs(20), |h| {
            !h.state().is_busy() && h.state().report().is_some_and(|r| r.thunderbird.is_some() || !r.all_passed())
        });
    }
    let report = harness.state().report().expect("an address was accepted");
    scrubbed(report, &root)
}

#[track_caller]
fn step_until(harness: &mut Harness<'_, WizardApp>, what: &str, timeout: Duration, done: impl Fn(&Harness<'_, WizardApp>) -> bool) {
    let deadline = Instant::now() + timeout;
    loop {
        harness.step();
        if done(harness) {
            return;
        }
        assert!(Instant::now() < deadline, "timed out after {timeout:?} waiting for {what}; the page is {:?}", harness.state().page());
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn click(harness: &mut Harness<'_, WizardApp>, label: &str) {
    harness.get_by_label(label).click();
    // A new page's grids size themselves over the first frames; let them
    // settle, so that the next click lands where its button is.
    for _ in 0..4 {
        harness.step();
    }
}

/// The report with what differs between two sandboxes replaced: the
/// sandbox's root path, every number (ports, durations, token times), and
/// the token's claims (a fresh token each run).
fn scrubbed(mut report: Report, root: &Path) -> Report {
    let root = root.display().to_string();
    let scrub = |text: &str| -> String {
        let text = without_profile_names(&text.replace(&root, "<root>"));
        let mut out = String::with_capacity(text.len());
        let mut in_number = false;
        for c in text.chars() {
            if c.is_ascii_digit() {
                if !in_number {
                    out.push('N');
                }
                in_number = true;
            } else {
                in_number = false;
                out.push(c);
            }
        }
        out
    };
    for step in &mut report.steps {
        step.duration = Duration::ZERO;
        step.deadline = Duration::from_secs(step.deadline.as_secs().min(1));
        step.detail = scrub(&step.detail);
        step.title = scrub(&step.title);
        step.server_says = step.server_says.as_deref().map(scrub);
        if let Some(diagnosis) = &mut step.diagnosis {
            diagnosis.what_happened = scrub(&diagnosis.what_happened);
            diagnosis.user_can_do = scrub(&diagnosis.user_can_do);
            diagnosis.admin_must_do = scrub(&diagnosis.admin_must_do);
            diagnosis.evidence.server_says = diagnosis.evidence.server_says.as_deref().map(scrub);
            diagnosis.evidence.facts = diagnosis.evidence.facts.iter().map(|fact| scrub(fact)).collect();
        }
    }
    report.incoming_server = scrub(&report.incoming_server);
    report.smtp_server = scrub(&report.smtp_server);
    report.authority = report.authority.as_deref().map(scrub);
    report.warnings = report.warnings.iter().map(|w| scrub(w)).collect();
    report.token = None;
    if let Some(summary) = &mut report.thunderbird {
        summary.profile = scrub(&summary.profile);
        summary.backup = summary.backup.as_deref().map(scrub);
    }
    report
}

/// Replaces the random name of a profile folder after `<root>/` (each
/// sandbox's writer makes its own).
fn without_profile_names(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("<root>/") {
        out.push_str(&rest[..at + "<root>/".len()]);
        rest = &rest[at + "<root>/".len()..];
        let end = rest.find(|c: char| c == '/' || c.is_whitespace() || c == ')' || c == '"').unwrap_or(rest.len());
        out.push_str("<profile>");
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn the_wizard_and_the_cli_report_the_same_for_every_outcome() {
    for (name, options, profile) in scenarios() {
        let cli = cli_report(&options, profile);
        let wizard = wizard_report(&options, profile);
        let cli_json = cli.to_json();
        let wizard_json = wizard.to_json();
        assert_eq!(cli_json, wizard_json, "{name}: the CLI and the wizard differ.\n--- CLI\n{cli}\n--- wizard\n{wizard}");
        // Each scenario ends where it should, so the comparison means something.
        let failed = cli.first_failure().map(|step| step.id.as_str());
        let expected = match name {
            "all passed" => None,
            "sign-in refused" => Some("signin.redirect"),
            "IMAP failed" => Some("imap.authenticate"),
            "SMTP failed" => Some("smtp.authenticate"),
            "Thunderbird locked" => Some("thunderbird.write"),
            other => panic!("no expectation for {other}"),
        };
        assert_eq!(failed, expected, "{name}: first failure\n{cli}");
        let ids: Vec<&str> = cli.steps.iter().map(|step| step.id.as_str()).collect();
        assert!(ids.contains(&"thunderbird.write"), "{name}: every run says what happened to Thunderbird: {ids:?}");
    }
}
