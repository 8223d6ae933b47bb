//! Runs a full sign-in and both checks against the sandbox with every log
//! target at TRACE into a buffer, then looks for the secrets everywhere a
//! user or a helpdesk could see them: the log, the report text and its JSON,
//! the admin ticket and the support bundle.

use base64::Engine;
use mailsetup::address::EmailAddress;
use mailsetup::flow::{self, ProfileTarget, SetupRequest};
use mailsetup::oauth::{BrowserLauncher, CancelFlag};
use mailsetup::probe::{Deadlines, sasl};
use mailsetup::report::Report;
use mailsetup::practice::PracticeProvider as _;
use mailsetup::sandbox::{Sandbox, SandboxOptions};
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn no_token_code_verifier_or_sasl_payload_reaches_the_log_or_the_report() {
    let buffer = Buffer::default();
    let writer = buffer.clone();
    // Everything at TRACE, with the product's own always-on redaction.
    tracing_subscriber::fmt()
        .with_env_filter(mailsetup::logging::secret_safe_filter("trace"))
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .init();

    let sandbox = Sandbox::start(SandboxOptions::default()).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let request = SetupRequest {
        address: EmailAddress::parse(Sandbox::example_address()).unwrap(),
        display_name: "Leak Test".into(),
        plan: sandbox.plan(),
        trust: sandbox.trust(),
        browser: BrowserLauncher::Function(sandbox.automatic_browser()),
        sign_in_timeout: Duration::from_secs(20),
        deadlines: Deadlines::default(),
        profile: ProfileTarget::Directory(profile.path().to_owned()),
    };
    let runtime = flow::new_runtime().unwrap();
    let cancel = CancelFlag::new();
    let mut report: Report = flow::start_report(&request);
    let (steps, tokens) = flow::sign_in(&request, runtime.handle(), &cancel, &|_| {});
    report.steps.extend(steps);
    let tokens = tokens.expect("signed in");
    report.steps.extend(flow::check(&request, &tokens, runtime.handle(), &cancel, &|_| {}));
    let (step, summary) = flow::write_thunderbird(&request);
    report.steps.push(step);
    report.thunderbird = summary;
    assert!(report.all_passed(), "{report}");
    assert!(tracing::enabled!(tracing::Level::TRACE), "the capture really ran at TRACE");

    let log = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
    assert!(log.lines().count() > 5, "the log captured something:\n{log}");
    let prefs = std::fs::read_to_string(profile.path().join("prefs.js")).unwrap();
    report.token = Some(flow::inspect_tokens(&request, &tokens));
    // The helpdesk outputs, built from the same report.
    let ticket = mailsetup::troubleshoot::helpdesk::admin_ticket(&report);
    let bundle = mailsetup::troubleshoot::helpdesk::support_bundle(&report);
    assert!(bundle.contains("\"bundle_schema_version\"") && bundle.contains("<xoauth2 user="), "the bundle has its transcript");
    let everything = format!("{log}\n{report}\n{}\n{prefs}\n{tokens:?}\n{ticket}\n{bundle}", report.to_json());

    let access = tokens.access_token.expose().to_owned();
    let refresh = tokens.refresh_token.as_ref().expect("a refresh token").expose().to_owned();
    let sasl_base64 = sasl::xoauth2_base64(Sandbox::example_address(), &tokens.access_token).expose().to_owned();
    let access_base64 = base64::engine::general_purpose::STANDARD.encode(&access);
    for (name, secret) in [("access token", &access), ("refresh token", &refresh), ("XOAUTH2 payload", &sasl_base64), ("base64 token", &access_base64)] {
        assert!(secret.len() >= 16, "{name} is long enough to be meaningful");
        if let Some(line) = everything.lines().find(|l| l.contains(secret.as_str())) {
            panic!("the {name} leaked in: {}", line.replace(secret.as_str(), "<HERE>"));
        }
    }
    // The authorization code and the PKCE verifier travel only in the
    // redirect query and the token request body: neither may be logged.
    for marker in ["?code=", "&code=", "code_verifier", "auth=Bearer"] {
        assert!(!everything.contains(marker), "{marker} appears:\n{everything}");
    }
}
