//! Transcripts: the exact lines the IMAP and SMTP probes send, read from
//! the wire by a recording loopback server (`tests/support/hostile_server.rs`
//! in its benign mode), with the XOAUTH2 payload redacted to the user it
//! names. `-- TLS --` marks where the handshake happened: every line with
//! the token must come after it.

#[path = "support/hostile_server.rs"]
mod hostile_server;

use hostile_server::{HostileServer, ImapMode, SmtpMode, TLS_MARK, TOKEN, TestCa, check_request, nowhere};
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
