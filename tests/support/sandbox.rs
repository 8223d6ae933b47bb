//! The in-process sandbox provider as the tests use it: the one place that
//! names the sandbox's crate path (so moving the sandbox is a change here
//! only; `tests/sandbox_servers.rs`, the sandbox's own tests, names it too
//! and moves with it), the request a sandbox run makes, and the run itself.

#![allow(dead_code, reason = "each test binary uses the helpers it needs")]

pub use mailsetup::sandbox::*;

use mailsetup::practice::PracticeProvider as _;
use mailsetup::address::EmailAddress;
use mailsetup::flow::{self, FlowEvent, ProfileTarget, SetupRequest};
use mailsetup::oauth::{BrowserLauncher, CancelFlag, TokenSet};
use mailsetup::probe::Deadlines;
use mailsetup::report::Report;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The name written into the profile: quotes test the prefs.js quoting.
pub const DISPLAY_NAME: &str = "Ann \"Sandbox\" Tester";

/// How long the automatic browser may take; it answers in milliseconds,
/// so this only bounds a test whose sign-in hangs.
pub const SIGN_IN_TIMEOUT: Duration = Duration::from_secs(20);

/// Loopback answers within milliseconds; two seconds lets a black-holed
/// port fail a test quickly and still rides out a busy machine.
pub const DEADLINES: Deadlines =
    Deadlines { connect: Duration::from_secs(2), tls: Duration::from_secs(2), command: Duration::from_secs(2) };

/// Starts a sandbox with `options`.
pub fn start(options: SandboxOptions) -> Sandbox {
    mailsetup::tls::install_crypto_provider();
    Sandbox::start(options).expect("the sandbox starts")
}

/// The request `mailsetup --sandbox setup` makes for the sandbox's example
/// address, with the sandbox's automatic browser, writing to `profile`.
/// Tests that need another browser, plan or deadline change the field.
pub fn request(sandbox: &Sandbox, profile: ProfileTarget) -> SetupRequest {
    SetupRequest {
        send_as: None,
        send_test_message: false,
        delegate: None,
        address: EmailAddress::parse(Sandbox::example_address()).unwrap(),
        display_name: DISPLAY_NAME.to_owned(),
        plan: sandbox.plan(),
        trust: sandbox.trust(),
        browser: BrowserLauncher::Function(sandbox.automatic_browser()),
        sign_in_timeout: SIGN_IN_TIMEOUT,
        deadlines: DEADLINES,
        profile,
        sign_in_handoff: true,
    }
}

/// A browser that opens the sign-in page and never comes back.
pub fn browser_that_never_returns() -> BrowserLauncher {
    BrowserLauncher::Function(Arc::new(|_| Ok(())))
}

/// A cancel flag that a user sets `after` from now, from another thread.
pub fn cancelled_after(after: Duration) -> CancelFlag {
    let cancel = CancelFlag::new();
    let canceller = cancel.clone();
    std::thread::spawn(move || {
        std::thread::sleep(after);
        canceller.cancel();
    });
    cancel
}

/// Runs the whole setup flow for `request`; returns its report and every
/// event it sent to the shell, in order.
pub fn run(request: &SetupRequest, cancel: &CancelFlag) -> (Report, Vec<FlowEvent>) {
    let runtime = flow::new_runtime().unwrap();
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    let report = flow::run_setup(request, flow::SignInMethod::Browser, runtime.handle(), cancel, &move |event| sink.lock().unwrap().push(event));
    let events = events.lock().unwrap().clone();
    (report, events)
}

/// Runs the whole setup flow for `request`; returns its report.
pub fn report_of(request: &SetupRequest) -> Report {
    run(request, &CancelFlag::new()).0
}

/// Signs in, checks and writes the profile as [`run`] does, one stage at a
/// time, so that the test keeps the tokens (to look for them where they
/// must not be). Panics if the sign-in fails.
pub fn run_keeping_tokens(request: &SetupRequest) -> (Report, TokenSet) {
    let runtime = flow::new_runtime().unwrap();
    let cancel = CancelFlag::new();
    let mut report = flow::start_report(request);
    let (steps, tokens) = flow::sign_in(request, runtime.handle(), &cancel, &|_| {});
    report.steps.extend(steps);
    let tokens = tokens.unwrap_or_else(|| panic!("the sandbox sign-in failed:\n{report}"));
    report.steps.extend(flow::check(request, &tokens, runtime.handle(), &cancel, &|_| {}).expect("the checks were not cancelled"));
    let (steps, summary) = flow::run_thunderbird(request, &flow::ThunderbirdGoal::Add, Some(&tokens));
    report.steps.extend(steps);
    report.thunderbird = summary;
    (report, tokens)
}

/// Every form in which the secrets of a sign-in as `user` could leak: the
/// tokens themselves, the XOAUTH2 payload and the access token in base64.
pub fn secrets_of(user: &str, tokens: &TokenSet) -> [(&'static str, String); 4] {
    use base64::Engine as _;
    let access = tokens.access_token.expose().to_owned();
    let refresh = tokens.refresh_token.as_ref().expect("a refresh token").expose().to_owned();
    let sasl_base64 = mailsetup::probe::sasl::xoauth2_base64(user, &tokens.access_token).expose().to_owned();
    let access_base64 = base64::engine::general_purpose::STANDARD.encode(&access);
    [("access token", access), ("refresh token", refresh), ("XOAUTH2 payload", sasl_base64), ("base64 token", access_base64)]
}

/// Fails if `text` (named `where_`) holds any of `secrets`, quoting the line
/// with the secret cut out.
#[track_caller]
pub fn assert_holds_none(where_: &str, text: &str, secrets: &[(&'static str, String)]) {
    for (name, secret) in secrets {
        assert!(secret.len() >= 16, "the {name} is long enough to be a meaningful needle");
        if let Some(line) = text.lines().find(|line| line.contains(secret.as_str())) {
            panic!("the {name} leaked into {where_}: {}", line.replace(secret.as_str(), "<HERE>"));
        }
    }
}
