//! Transcripts: the exact lines the IMAP and SMTP probes send, read from
//! the wire by a recording loopback server (`tests/support/hostile_server.rs`
//! in its benign mode) and by a recording proxy in front of the sandbox's
//! own servers (`tests/support/recording_proxy.rs`; `tests/real_peers.rs`
//! puts the same proxy in front of Dovecot and Postfix), with the XOAUTH2
//! payload redacted to the user it names. `-- TLS --` marks where the
//! handshake happened: every line with the token must come after it.

mod support {
    pub mod hostile_server;
    pub mod recording_proxy;
    pub mod sandbox;
}

use mailsetup::flow::{self, ProfileTarget};
use mailsetup::oauth::CancelFlag;
use support::hostile_server::{HostileServer, ImapMode, SmtpMode, TLS_MARK, TOKEN, TestCa, check_request, nowhere};
use support::recording_proxy;
use support::sandbox;
use mailsetup::probe::check_both;
use mailsetup::provider::Security;
use mailsetup::report::{Outcome, Step};
use std::time::Duration;

const USER: &str = "you@hostile.test";

async fn run(request: &mailsetup::probe::CheckRequest) -> (Vec<Step>, Vec<Step>) {
    tokio::time::timeout(Duration::from_secs(30), check_both(request, &|_| {})).await.expect("the checks end within 30 s")
}

fn all_passed(steps: &[Step]) -> bool {
    steps.iter().all(|step| step.outcome == Outcome::Passed)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smtp_with_starttls_sends_exactly_these_lines() {
    let ca = TestCa::new();
    let server = HostileServer::smtp(&ca, SmtpMode::Benign { implicit_tls: false, smtputf8: false }).await;
    let request = check_request(&ca, USER, nowhere(Security::Tls), server.endpoint(Security::Starttls), Duration::from_secs(5));
    let (_, smtp) = run(&request).await;
    assert!(all_passed(&smtp), "{smtp:#?}");
    assert_eq!(
        server.transcript(),
        [
            "EHLO mailsetup.localhost",
            "STARTTLS",
            TLS_MARK,
            "EHLO mailsetup.localhost",
            "AUTH XOAUTH2 <xoauth2 user=you@hostile.test token=redacted>",
            "MAIL FROM:<you@hostile.test>",
            "RCPT TO:<you@hostile.test>",
            "RSET",
            "QUIT",
        ]
    );
    assert_eq!(server.tokens_received(), [TOKEN]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smtp_with_implicit_tls_sends_exactly_these_lines() {
    let ca = TestCa::new();
    let server = HostileServer::smtp(&ca, SmtpMode::Benign { implicit_tls: true, smtputf8: false }).await;
    let request = check_request(&ca, USER, nowhere(Security::Tls), server.endpoint(Security::Tls), Duration::from_secs(5));
    let (_, smtp) = run(&request).await;
    assert!(all_passed(&smtp), "{smtp:#?}");
    let ids: Vec<&str> = smtp.iter().map(|step| step.id.as_str()).collect();
    assert_eq!(ids, ["smtp.connect", "smtp.tls", "smtp.greeting", "smtp.ehlo", "smtp.authenticate", "smtp.envelope"]);
    assert_eq!(
        server.transcript(),
        [
            TLS_MARK,
            "EHLO mailsetup.localhost",
            "AUTH XOAUTH2 <xoauth2 user=you@hostile.test token=redacted>",
            "MAIL FROM:<you@hostile.test>",
            "RCPT TO:<you@hostile.test>",
            "RSET",
            "QUIT",
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imap_with_implicit_tls_sends_exactly_these_lines() {
    let ca = TestCa::new();
    let server = HostileServer::imap(&ca, ImapMode::Benign { starttls: false }).await;
    let request = check_request(&ca, USER, server.endpoint(Security::Tls), nowhere(Security::Starttls), Duration::from_secs(5));
    let (imap, _) = run(&request).await;
    assert!(all_passed(&imap), "{imap:#?}");
    assert_eq!(
        server.transcript(),
        [
            TLS_MARK,
            "c1 CAPABILITY",
            "A0001 AUTHENTICATE XOAUTH2",
            "<xoauth2 user=you@hostile.test token=redacted>",
            "A0002 SELECT \"INBOX\"",
            "A0003 LOGOUT",
        ]
    );
    assert_eq!(server.tokens_received(), [TOKEN]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imap_with_starttls_sends_exactly_these_lines() {
    let ca = TestCa::new();
    let server = HostileServer::imap(&ca, ImapMode::Benign { starttls: true }).await;
    let request = check_request(&ca, USER, server.endpoint(Security::Starttls), nowhere(Security::Starttls), Duration::from_secs(5));
    let (imap, _) = run(&request).await;
    assert!(all_passed(&imap), "{imap:#?}");
    assert_eq!(
        server.transcript(),
        [
            "s1 CAPABILITY",
            "s2 STARTTLS",
            TLS_MARK,
            "c1 CAPABILITY",
            "A0001 AUTHENTICATE XOAUTH2",
            "<xoauth2 user=you@hostile.test token=redacted>",
            "A0002 SELECT \"INBOX\"",
            "A0003 LOGOUT",
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_check_without_a_token_stops_before_any_sign_in_line() {
    let ca = TestCa::new();
    let imap_server = HostileServer::imap(&ca, ImapMode::Benign { starttls: false }).await;
    let smtp_server = HostileServer::smtp(&ca, SmtpMode::Benign { implicit_tls: false, smtputf8: false }).await;
    let mut request = check_request(&ca, USER, imap_server.endpoint(Security::Tls), smtp_server.endpoint(Security::Starttls), Duration::from_secs(5));
    request.access_token = None;
    let (imap, smtp) = run(&request).await;
    assert!(imap.iter().chain(&smtp).all(|step| step.outcome != Outcome::Failed), "{imap:#?}\n{smtp:#?}");
    // The probes do not wait for the server's answer to the last line.
    assert!(imap_server.finished_within(Duration::from_secs(5)).await && smtp_server.finished_within(Duration::from_secs(5)).await);
    assert_eq!(imap_server.transcript(), [TLS_MARK, "c1 CAPABILITY", "c9 LOGOUT"]);
    assert_eq!(smtp_server.transcript(), ["EHLO mailsetup.localhost", "STARTTLS", TLS_MARK, "EHLO mailsetup.localhost", "QUIT"]);
}

/// The probes through the recording proxy to the sandbox's own servers,
/// with a token from the sandbox's sign-in: the lines the real flow sends.
#[test]
fn the_flow_sends_these_lines_to_the_sandboxs_servers() {
    let sandbox = sandbox::start(sandbox::SandboxOptions::default());
    let mut request = sandbox::request(&sandbox, ProfileTarget::NoWrite);
    let runtime = flow::new_runtime().unwrap();
    let (steps, tokens) = flow::sign_in(&request, runtime.handle(), &CancelFlag::new(), &|_| {});
    let tokens = tokens.unwrap_or_else(|| panic!("the sandbox sign-in failed: {steps:#?}"));
    let (imap, smtp, steps) = recording_proxy::check_through_proxies(&mut request, &tokens, &runtime);
    assert!(all_passed(&steps), "{steps:#?}");
    let user = sandbox::Sandbox::example_address();
    assert_eq!(imap.transcript(), expected_imap(&request.plan.incoming.security, user));
    assert_eq!(smtp.transcript(), expected_smtp(&request.plan.smtp.security, user));
    assert_eq!(imap.tokens_received(), [tokens.access_token.expose()]);
    assert_eq!(smtp.tokens_received(), [tokens.access_token.expose()]);
}

/// What the IMAP probe sends a server that offers XOAUTH2.
pub fn expected_imap(security: &Security, user: &str) -> Vec<String> {
    let before_tls: &[&str] = match security {
        Security::Tls => &[],
        Security::Starttls => &["s1 CAPABILITY", "s2 STARTTLS"],
    };
    let payload = format!("<xoauth2 user={user} token=redacted>");
    let after_tls = [TLS_MARK, "c1 CAPABILITY", "A0001 AUTHENTICATE XOAUTH2", &payload, "A0002 SELECT \"INBOX\"", "A0003 LOGOUT"];
    before_tls.iter().chain(&after_tls).map(|line| (*line).to_owned()).collect()
}

/// What the SMTP probe sends a server that offers XOAUTH2.
pub fn expected_smtp(security: &Security, user: &str) -> Vec<String> {
    let before_tls: &[&str] = match security {
        Security::Tls => &[],
        Security::Starttls => &["EHLO mailsetup.localhost", "STARTTLS"],
    };
    let (auth, mail, rcpt) = (format!("AUTH XOAUTH2 <xoauth2 user={user} token=redacted>"), format!("MAIL FROM:<{user}>"), format!("RCPT TO:<{user}>"));
    let after_tls = [TLS_MARK, "EHLO mailsetup.localhost", &auth, &mail, &rcpt, "RSET", "QUIT"];
    before_tls.iter().chain(&after_tls).map(|line| (*line).to_owned()).collect()
}
