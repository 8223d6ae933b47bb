//! The IMAP and SMTP probes against servers that attack them: STARTTLS
//! response injection, lines that never end, 10 MB greetings; and the
//! international addresses that must reach the wire in the right form
//! (SMTPUTF8 only when offered, domains as `xn--`).
//!
//! Each server is a real loopback listener with TLS from a test CA
//! (`tests/support/hostile_server.rs`); the probes run exactly as in
//! `mailsetup check`.

#[path = "support/hostile_server.rs"]
mod hostile_server;

use hostile_server::{HostileServer, ImapMode, SmtpMode, TestCa, check_request, kernel_buffers_at_most, nowhere};
use mailsetup::probe::reply::{IMAP_MAX_LINE_BYTES, MAX_KEPT_TEXT_BYTES, SMTP_MAX_LINE_BYTES, SMTP_MAX_STEP_BYTES};
use mailsetup::probe::{CheckRequest, check_both};
use mailsetup::provider::Security;
use mailsetup::report::{Outcome, Report, Step};
use mailsetup::troubleshoot::Context;
use mailsetup::troubleshoot::fault::Fault;
use std::time::Duration;

/// Generous for loopback; a probe that kept reading a flood would use all of it.
const COMMAND_DEADLINE: Duration = Duration::from_secs(5);

/// What a client may read past a limit before the read that breaks it
/// fails (one read chunk), plus what a TLS layer may hold on each side.
const READ_SLACK: u64 = 4096 + 2 * 64 * 1024;

async fn run(request: &CheckRequest) -> (Vec<Step>, Vec<Step>) {
    tokio::time::timeout(Duration::from_secs(30), check_both(request, &|_| {})).await.expect("the checks end within 30 s")
}

fn step<'a>(steps: &'a [Step], id: &str) -> &'a Step {
    steps.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("no step {id} in {steps:#?}"))
}

/// Asserts that `id` failed with `fault`, that every later step was skipped,
/// that the report does not pass, and returns the diagnosis id.
fn assert_stopped_at(steps: &[Step], id: &str, fault: Fault) -> String {
    let failed = step(steps, id);
    assert_eq!(failed.outcome, Outcome::Failed, "{failed:#?}");
    assert_eq!(failed.fault, Some(fault), "{failed:#?}");
    let position = steps.iter().position(|s| s.id == id).unwrap();
    for later in &steps[position + 1..] {
        assert_eq!(later.outcome, Outcome::Skipped, "{later:#?} after {id}");
    }
    let mut report = Report::new("you@hostile.test", "hostile", "localhost", "localhost");
    report.steps = steps.to_vec();
    assert!(!report.all_passed());
    failed.diagnose(&Context::default()).expect("a diagnosis").id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smtp_starttls_injection_in_the_go_ahead_write_is_refused_before_tls_and_the_token_stays_home() {
    let ca = TestCa::new();
    let server = HostileServer::smtp(&ca, SmtpMode::InjectAfterStarttls { same_write: true }).await;
    let request = check_request(&ca, "you@hostile.test", nowhere(Security::Tls), server.endpoint(Security::Starttls), COMMAND_DEADLINE);
    let (_, smtp) = run(&request).await;
    assert_eq!(assert_stopped_at(&smtp, "smtp.tls", Fault::StarttlsInjection), "starttls-injection");
    let tls = step(&smtp, "smtp.tls");
    assert!(tls.detail.contains("plain text right after agreeing to STARTTLS"), "{tls:#?}");
    assert!(server.tokens_received().is_empty());
    assert_eq!(server.transcript(), ["EHLO mailsetup.localhost", "STARTTLS"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smtp_starttls_injection_in_a_later_write_never_passes_either() {
    // The forged replies follow in their own segment: they are either seen
    // waiting on the socket, or read by the TLS handshake as garbage. Both
    // end the check before the token; which one depends on timing.
    let ca = TestCa::new();
    let server = HostileServer::smtp(&ca, SmtpMode::InjectAfterStarttls { same_write: false }).await;
    let request = check_request(&ca, "you@hostile.test", nowhere(Security::Tls), server.endpoint(Security::Starttls), COMMAND_DEADLINE);
    let (_, smtp) = run(&request).await;
    let tls = step(&smtp, "smtp.tls");
    assert_eq!(tls.outcome, Outcome::Failed, "{smtp:#?}");
    assert!(matches!(tls.fault, Some(Fault::StarttlsInjection | Fault::TlsHandshakeFailed)), "{tls:#?}");
    assert!(smtp.iter().skip_while(|s| s.id != "smtp.tls").skip(1).all(|s| s.outcome == Outcome::Skipped), "{smtp:#?}");
    assert!(server.tokens_received().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imap_starttls_injection_is_refused_before_tls_and_the_token_stays_home() {
    let ca = TestCa::new();
    let server = HostileServer::imap(&ca, ImapMode::InjectAfterStarttls).await;
    let request = check_request(&ca, "you@hostile.test", server.endpoint(Security::Starttls), nowhere(Security::Starttls), COMMAND_DEADLINE);
    let (imap, _) = run(&request).await;
    assert_eq!(assert_stopped_at(&imap, "imap.tls", Fault::StarttlsInjection), "starttls-injection");
    assert!(server.tokens_received().is_empty());
    assert_eq!(server.transcript(), ["s1 CAPABILITY", "s2 STARTTLS"]);
}

/// Asserts that a flood ended its step quickly with [`Fault::ReplyTooLong`]
/// and that the server could not push more than the limit plus what the
/// kernel and TLS buffers hold.
async fn assert_flood_stopped(server: &HostileServer, steps: &[Step], id: &str, line_limit: usize) {
    assert_eq!(assert_stopped_at(steps, id, Fault::ReplyTooLong), "reply-too-long");
    let flooded = step(steps, id);
    assert!(flooded.duration < Duration::from_secs(2), "stopped at once, not at the deadline: {flooded:#?}");
    assert!(flooded.detail.contains(&format!("longer than {line_limit} bytes")), "{flooded:#?}");
    assert!(server.finished_within(Duration::from_secs(5)).await, "the client hung up");
    let bound = line_limit as u64 + READ_SLACK + kernel_buffers_at_most();
    let written = server.written();
    eprintln!("{id}: the server wrote {written} bytes before the client hung up (bound {bound})");
    assert!(written <= bound, "the server pushed {written} bytes, more than {bound}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_smtp_greeting_without_end_fails_the_step_at_the_line_limit() {
    let ca = TestCa::new();
    let server = HostileServer::smtp(&ca, SmtpMode::EndlessGreeting).await;
    let request = check_request(&ca, "you@hostile.test", nowhere(Security::Tls), server.endpoint(Security::Starttls), COMMAND_DEADLINE);
    let (_, smtp) = run(&request).await;
    assert_flood_stopped(&server, &smtp, "smtp.greeting", SMTP_MAX_LINE_BYTES).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ehlo_reply_without_end_inside_tls_stops_lettre_at_the_line_limit() {
    let ca = TestCa::new();
    let server = HostileServer::smtp(&ca, SmtpMode::EndlessEhloInsideTls).await;
    let request = check_request(&ca, "you@hostile.test", nowhere(Security::Tls), server.endpoint(Security::Starttls), COMMAND_DEADLINE);
    let (_, smtp) = run(&request).await;
    assert_flood_stopped(&server, &smtp, "smtp.ehlo", SMTP_MAX_LINE_BYTES).await;
    assert!(server.tokens_received().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_select_reply_without_end_stops_async_imap_at_the_line_limit() {
    let ca = TestCa::new();
    let server = HostileServer::imap(&ca, ImapMode::EndlessSelect).await;
    let request = check_request(&ca, "you@hostile.test", server.endpoint(Security::Tls), nowhere(Security::Starttls), COMMAND_DEADLINE);
    let (imap, _) = run(&request).await;
    assert_eq!(step(&imap, "imap.authenticate").outcome, Outcome::Passed, "{imap:#?}");
    assert_flood_stopped(&server, &imap, "imap.select", IMAP_MAX_LINE_BYTES).await;
}

/// Asserts that a step's kept text and the whole report stay small, and
/// that what was cut is said.
fn assert_kept_small(steps: &[Step], id: &str) {
    let failed = step(steps, id);
    let says = failed.server_says.as_deref().expect("what the server said");
    assert!(says.len() <= MAX_KEPT_TEXT_BYTES + " … 99999999 bytes cut".len(), "{} bytes kept", says.len());
    assert!(says.ends_with(" bytes cut") && says.contains(" … "), "the cut is marked: …{}", &says[says.len().saturating_sub(80)..]);
    let mut report = Report::new("you@hostile.test", "hostile", "localhost", "localhost");
    report.steps = steps.to_vec();
    let text = report.to_string();
    assert!(text.len() < 4 * MAX_KEPT_TEXT_BYTES, "the report holds {} bytes", text.len());
    assert!(report.to_json().len() < 4 * MAX_KEPT_TEXT_BYTES);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_10_mb_smtp_greeting_line_is_cut_and_the_cut_is_said() {
    let ca = TestCa::new();
    let server = HostileServer::smtp(&ca, SmtpMode::HugeGreeting { multiline: false }).await;
    let request = check_request(&ca, "you@hostile.test", nowhere(Security::Tls), server.endpoint(Security::Starttls), COMMAND_DEADLINE);
    let (_, smtp) = run(&request).await;
    assert_eq!(assert_stopped_at(&smtp, "smtp.greeting", Fault::ReplyTooLong), "reply-too-long");
    assert_kept_small(&smtp, "smtp.greeting");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_10_mb_greeting_of_short_lines_breaks_the_step_budget() {
    let ca = TestCa::new();
    let server = HostileServer::smtp(&ca, SmtpMode::HugeGreeting { multiline: true }).await;
    let request = check_request(&ca, "you@hostile.test", nowhere(Security::Tls), server.endpoint(Security::Starttls), COMMAND_DEADLINE);
    let (_, smtp) = run(&request).await;
    assert_eq!(assert_stopped_at(&smtp, "smtp.greeting", Fault::ReplyTooLong), "reply-too-long");
    assert!(step(&smtp, "smtp.greeting").detail.contains(&format!("more than {SMTP_MAX_STEP_BYTES} bytes")));
    assert_kept_small(&smtp, "smtp.greeting");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_10_mb_imap_greeting_is_cut_and_the_cut_is_said() {
    let ca = TestCa::new();
    let server = HostileServer::imap(&ca, ImapMode::HugeGreeting).await;
    let request = check_request(&ca, "you@hostile.test", server.endpoint(Security::Tls), nowhere(Security::Starttls), COMMAND_DEADLINE);
    let (imap, _) = run(&request).await;
    assert_eq!(assert_stopped_at(&imap, "imap.capability", Fault::ReplyTooLong), "reply-too-long");
    assert_kept_small(&imap, "imap.capability");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_non_ascii_local_part_is_sent_with_smtputf8_when_the_server_offers_it() {
    let ca = TestCa::new();
    let server = HostileServer::smtp(&ca, SmtpMode::Benign { implicit_tls: false, smtputf8: true }).await;
    let request = check_request(&ca, "zoë@Bücher.example", nowhere(Security::Tls), server.endpoint(Security::Starttls), COMMAND_DEADLINE);
    let (_, smtp) = run(&request).await;
    assert!(smtp.iter().all(|s| s.outcome == Outcome::Passed), "{smtp:#?}");
    let transcript = server.transcript();
    assert!(transcript.contains(&"MAIL FROM:<zoë@xn--bcher-kva.example> SMTPUTF8".to_owned()), "{transcript:#?}");
    assert!(transcript.contains(&"RCPT TO:<zoë@xn--bcher-kva.example>".to_owned()), "{transcript:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_non_ascii_local_part_fails_the_envelope_with_a_reason_when_smtputf8_is_not_offered() {
    let ca = TestCa::new();
    let server = HostileServer::smtp(&ca, SmtpMode::Benign { implicit_tls: false, smtputf8: false }).await;
    let request = check_request(&ca, "zoë@bücher.example", nowhere(Security::Tls), server.endpoint(Security::Starttls), COMMAND_DEADLINE);
    let (_, smtp) = run(&request).await;
    let envelope = step(&smtp, "smtp.envelope");
    assert_eq!(envelope.outcome, Outcome::Failed, "{smtp:#?}");
    assert!(envelope.detail.contains("SMTPUTF8") && envelope.detail.contains("zoë@bücher.example"), "{envelope:#?}");
    let transcript = server.transcript();
    assert!(!transcript.iter().any(|line| line.starts_with("MAIL") || line.starts_with("RCPT")), "nothing raw on the wire: {transcript:#?}");
    assert_eq!(transcript.last().map(String::as_str), Some("QUIT"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_international_domain_goes_on_the_wire_as_xn_on_both_protocols() {
    let ca = TestCa::new();
    let imap_server = HostileServer::imap(&ca, ImapMode::Benign { starttls: false }).await;
    let smtp_server = HostileServer::smtp(&ca, SmtpMode::Benign { implicit_tls: false, smtputf8: false }).await;
    let request = check_request(&ca, "alice@Bücher.example", imap_server.endpoint(Security::Tls), smtp_server.endpoint(Security::Starttls), COMMAND_DEADLINE);
    let (imap, smtp) = run(&request).await;
    assert!(imap.iter().chain(&smtp).all(|s| s.outcome == Outcome::Passed), "{imap:#?}\n{smtp:#?}");
    let smtp_lines = smtp_server.transcript();
    assert!(smtp_lines.contains(&"MAIL FROM:<alice@xn--bcher-kva.example>".to_owned()), "{smtp_lines:#?}");
    assert!(smtp_lines.contains(&"RCPT TO:<alice@xn--bcher-kva.example>".to_owned()), "{smtp_lines:#?}");
    assert!(smtp_lines.contains(&"AUTH XOAUTH2 <xoauth2 user=alice@xn--bcher-kva.example token=redacted>".to_owned()), "{smtp_lines:#?}");
    let imap_lines = imap_server.transcript();
    assert!(imap_lines.contains(&"<xoauth2 user=alice@xn--bcher-kva.example token=redacted>".to_owned()), "{imap_lines:#?}");
    assert!(imap_lines.iter().chain(&smtp_lines).all(|line| line.is_ascii()), "{imap_lines:#?}\n{smtp_lines:#?}");
    // The report keeps the address as the user typed it.
    assert!(step(&smtp, "smtp.envelope").detail.contains("alice@Bücher.example") || step(&smtp, "smtp.envelope").detail.contains("alice@bücher.example"));
}
