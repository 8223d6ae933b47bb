//! Runs a full sign-in and both checks against the sandbox with every log
//! target at TRACE into a buffer, then looks for the secrets everywhere a
//! user or a helpdesk could see them: the log, the report text and its JSON,
//! the admin ticket and the support bundle.

mod support {
    pub mod log_capture;
    pub mod sandbox;
}

use mailsetup::flow::{self, ProfileTarget};
use support::log_capture::Buffer;
use support::sandbox::{self, Sandbox, SandboxOptions};

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

    let sandbox = sandbox::start(SandboxOptions::default());
    let profile = tempfile::tempdir().unwrap();
    let request = sandbox::request(&sandbox, ProfileTarget::Directory(profile.path().to_owned()));
    let (mut report, tokens) = sandbox::run_keeping_tokens(&request);
    assert!(report.all_passed(), "{report}");
    assert!(tracing::enabled!(tracing::Level::TRACE), "the capture really ran at TRACE");

    let log = buffer.text();
    assert!(log.lines().count() > 5, "the log captured something:\n{log}");
    let prefs = std::fs::read_to_string(profile.path().join("prefs.js")).unwrap();
    report.token = Some(flow::inspect_tokens(&request, &tokens));
    // The helpdesk outputs, built from the same report.
    let ticket = mailsetup::helpdesk::admin_ticket(&report);
    let bundle = mailsetup::helpdesk::support_bundle(&report);
    assert!(bundle.contains("\"bundle_schema_version\"") && bundle.contains("<xoauth2 user="), "the bundle has its transcript");
    let everything = format!("{log}\n{report}\n{}\n{prefs}\n{tokens:?}\n{ticket}\n{bundle}", report.to_json());

    sandbox::assert_holds_none("the log, the report, the prefs, the ticket or the bundle", &everything, &sandbox::secrets_of(Sandbox::example_address(), &tokens));
    // The authorization code and the PKCE verifier travel only in the
    // redirect query and the token request body: neither may be logged.
    for marker in ["?code=", "&code=", "code_verifier", "auth=Bearer"] {
        assert!(!everything.contains(marker), "{marker} appears:\n{everything}");
    }
}
