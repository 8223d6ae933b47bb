//! The IMAP and SMTP probes against servers that attack them: STARTTLS
//! response injection, lines that never end, 10 MB greetings, silence at
//! every point of the conversation (and a slow server that still passes);
//! and the
//! international addresses that must reach the wire in the right form
//! (SMTPUTF8 only when offered, domains as `xn--`).
//!
//! Each server is a real loopback listener with TLS from a test CA
//! (`tests/support/hostile_server.rs`); the probes run exactly as in
//! `mailsetup check`.

#[path = "support/hostile_server.rs"]
mod hostile_server;

use hostile_server::{BlackHole, HostileServer, ImapMode, Silence, SmtpMode, TestCa, check_request, kernel_buffers_at_most, nowhere};
use mailsetup::probe::reply::{IMAP_MAX_LINE_BYTES, MAX_KEPT_TEXT_BYTES, SMTP_MAX_LINE_BYTES, SMTP_MAX_STEP_BYTES};
use mailsetup::probe::{CheckRequest, Deadlines, LONGEST_WAIT_FOR_A_DIAGNOSIS, ProbeEvent, StepStarted, check_both};
use mailsetup::provider::Security;
use mailsetup::report::{Outcome, Report, Step};
use mailsetup::troubleshoot::Context;
use mailsetup::troubleshoot::fault::Fault;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Generous for loopback; a probe that kept reading a flood would use all of it.
const COMMAND_DEADLINE: Duration = Duration::from_secs(5);

/// What a client may read past a limit before the read that breaks it
/// fails (one read chunk), plus what a TLS layer may hold on each side.
const READ_SLACK: u64 = 4096 + 2 * 64 * 1024;

async fn run(request: &CheckRequest) -> (Vec<Step>, Vec<Step>) {
    tokio::time::timeout(Duration::from_secs(30), check_both(request, &|_| {})).await.expect("the checks end within 30 s")
}

/// A count as the English report writes it: 65,536.
fn in_english(count: usize) -> String {
    let digits = count.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
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
    assert!(flooded.detail.contains(&format!("longer than {} bytes", in_english(line_limit))), "{flooded:#?}");
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
    assert!(step(&smtp, "smtp.greeting").detail.contains(&format!("more than {} bytes", in_english(SMTP_MAX_STEP_BYTES))));
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

// ─── Silent faults: nothing answers, only a deadline ends the wait ───────────

/// When the shell heard of each step: its start (with what it said it waits
/// for and how long) and its end.
#[derive(Default)]
struct Timeline {
    started: Vec<(StepStarted, Instant)>,
    finished: Vec<(String, Instant)>,
}

impl Timeline {
    /// From the step's announced start to its end, as the shell saw it.
    fn wait_of(&self, id: &str) -> (StepStarted, Duration) {
        let (started, at) = self.started.iter().find(|(started, _)| started.id == id).unwrap_or_else(|| panic!("{id} never announced its start"));
        let (_, ended) = self.finished.iter().find(|(finished, _)| finished == id).unwrap_or_else(|| panic!("{id} never finished"));
        (started.clone(), ended.duration_since(*at))
    }
}

/// Runs both checks, noting when each step started and finished.
async fn run_timed(request: &CheckRequest) -> (Vec<Step>, Vec<Step>, Timeline) {
    let timeline = Mutex::new(Timeline::default());
    let on_event = |event: ProbeEvent<'_>| {
        let mut timeline = timeline.lock().unwrap();
        match event {
            ProbeEvent::Started(started) => timeline.started.push((started.clone(), Instant::now())),
            ProbeEvent::Finished(step) => timeline.finished.push((step.id.as_str().to_owned(), Instant::now())),
        }
    };
    let (imap, smtp) = tokio::time::timeout(Duration::from_secs(60), check_both(request, &on_event)).await.expect("the checks end within 60 s");
    (imap, smtp, timeline.into_inner().unwrap())
}

/// Asserts that step `id` ended as the server's silence: failed with
/// `NoAnswer`, diagnosed `no-answer`, every later step skipped, announced
/// with `deadline`, and ended by that deadline (not before it, and not
/// beyond the promise; generous bounds, the figures are in
/// `benches/silent_faults.rs`). Returns the wait.
fn assert_silence_diagnosed(steps: &[Step], timeline: &Timeline, id: &str, deadline: Duration) -> Duration {
    assert_eq!(assert_stopped_at(steps, id, Fault::NoAnswer), "no-answer", "{steps:#?}");
    let (started, waited) = timeline.wait_of(id);
    assert_eq!(started.deadline, deadline, "{started:#?}");
    assert!(!started.waiting_for.is_empty() && !started.waiting_for.contains("TLS"), "plain words: {started:#?}");
    assert!(waited >= deadline, "{id} ended after {waited:?}, before its deadline {deadline:?}: not by silence");
    assert!(waited < LONGEST_WAIT_FOR_A_DIAGNOSIS + Duration::from_secs(2), "{id} kept the user waiting {waited:?}");
    eprintln!("{id}: diagnosed no-answer {:.2} s after it started (deadline {} s)", waited.as_secs_f64(), deadline.as_secs());
    waited
}

/// A request against these endpoints with the deadlines users get.
fn default_request(ca: &TestCa, imap: mailsetup::provider::ServerEndpoint, smtp: mailsetup::provider::ServerEndpoint) -> CheckRequest {
    let mut request = check_request(ca, "you@hostile.test", imap, smtp, COMMAND_DEADLINE);
    request.deadlines = Deadlines::default();
    request
}

#[test]
fn no_default_deadline_can_keep_anyone_waiting_past_the_promise() {
    let deadlines = Deadlines::default();
    // Two seconds of the ten stay for a busy machine to deliver the diagnosis.
    assert!(deadlines.longest_step() + Duration::from_secs(2) <= LONGEST_WAIT_FOR_A_DIAGNOSIS, "{deadlines:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_black_holed_port_is_diagnosed_at_the_connect_deadline_on_both_protocols() {
    let ca = TestCa::new();
    let (imap_hole, smtp_hole) = (BlackHole::new().await, BlackHole::new().await);
    let request = default_request(&ca, imap_hole.endpoint(Security::Tls), smtp_hole.endpoint(Security::Starttls));
    let (imap, smtp, timeline) = run_timed(&request).await;
    let connect = Deadlines::default().connect;
    assert_silence_diagnosed(&imap, &timeline, "imap.connect", connect);
    assert_silence_diagnosed(&smtp, &timeline, "smtp.connect", connect);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_accepts_and_says_nothing_is_diagnosed_within_ten_seconds_on_every_kind_of_port() {
    let ca = TestCa::new();
    let deadlines = Deadlines::default();
    let silent_imap = |starttls| HostileServer::imap(&ca, ImapMode::FallsSilent { starttls, at: Silence::OnAccept });
    let silent_smtp = |implicit_tls| HostileServer::smtp(&ca, SmtpMode::FallsSilent { implicit_tls, at: Silence::OnAccept });
    // Port 993 and 587 in one run, 143 and 465 in the other, at once.
    let (imaps, submission, imap_plain, smtps) = (silent_imap(false).await, silent_smtp(false).await, silent_imap(true).await, silent_smtp(true).await);
    let first = default_request(&ca, imaps.endpoint(Security::Tls), submission.endpoint(Security::Starttls));
    let second = default_request(&ca, imap_plain.endpoint(Security::Starttls), smtps.endpoint(Security::Tls));
    let ((imap_a, smtp_a, timeline_a), (imap_b, smtp_b, timeline_b)) = tokio::join!(run_timed(&first), run_timed(&second));
    // On a TLS port the client speaks first and the handshake waits; on a
    // plain port the greeting does.
    assert_silence_diagnosed(&imap_a, &timeline_a, "imap.tls", deadlines.tls);
    assert_silence_diagnosed(&smtp_a, &timeline_a, "smtp.greeting", deadlines.command);
    assert_silence_diagnosed(&imap_b, &timeline_b, "imap.tls", deadlines.tls);
    assert_silence_diagnosed(&smtp_b, &timeline_b, "smtp.tls", deadlines.tls);
    for server in [&imaps, &submission, &imap_plain, &smtps] {
        assert!(server.finished_within(Duration::from_secs(2)).await, "the client hung up when it gave up");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tls_handshake_that_stalls_after_starttls_is_diagnosed_within_ten_seconds() {
    let ca = TestCa::new();
    let imap_server = HostileServer::imap(&ca, ImapMode::FallsSilent { starttls: true, at: Silence::InTlsHandshake }).await;
    let smtp_server = HostileServer::smtp(&ca, SmtpMode::FallsSilent { implicit_tls: false, at: Silence::InTlsHandshake }).await;
    let request = default_request(&ca, imap_server.endpoint(Security::Starttls), smtp_server.endpoint(Security::Starttls));
    let (imap, smtp, timeline) = run_timed(&request).await;
    let tls = Deadlines::default().tls;
    assert_silence_diagnosed(&imap, &timeline, "imap.tls", tls);
    assert_silence_diagnosed(&smtp, &timeline, "smtp.tls", tls);
    // The silence came where it should: after the go-ahead.
    assert_eq!(imap_server.transcript(), ["s1 CAPABILITY", "s2 STARTTLS"]);
    assert_eq!(smtp_server.transcript(), ["EHLO mailsetup.localhost", "STARTTLS"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_greeting_that_never_comes_after_tls_is_diagnosed_within_ten_seconds() {
    let ca = TestCa::new();
    let imap_server = HostileServer::imap(&ca, ImapMode::FallsSilent { starttls: false, at: Silence::BeforeGreeting }).await;
    let smtp_server = HostileServer::smtp(&ca, SmtpMode::FallsSilent { implicit_tls: true, at: Silence::BeforeGreeting }).await;
    let request = default_request(&ca, imap_server.endpoint(Security::Tls), smtp_server.endpoint(Security::Tls));
    let (imap, smtp, timeline) = run_timed(&request).await;
    let command = Deadlines::default().command;
    assert_eq!(step(&imap, "imap.tls").outcome, Outcome::Passed, "{imap:#?}");
    assert_eq!(step(&smtp, "smtp.tls").outcome, Outcome::Passed, "{smtp:#?}");
    assert_silence_diagnosed(&imap, &timeline, "imap.capability", command);
    assert_silence_diagnosed(&smtp, &timeline, "smtp.greeting", command);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_in_that_is_never_answered_is_diagnosed_within_ten_seconds() {
    let ca = TestCa::new();
    let imap_server = HostileServer::imap(&ca, ImapMode::FallsSilent { starttls: false, at: Silence::OnCommand("AUTHENTICATE") }).await;
    let smtp_server = HostileServer::smtp(&ca, SmtpMode::FallsSilent { implicit_tls: false, at: Silence::OnCommand("AUTH") }).await;
    let request = default_request(&ca, imap_server.endpoint(Security::Tls), smtp_server.endpoint(Security::Starttls));
    let (imap, smtp, timeline) = run_timed(&request).await;
    let command = Deadlines::default().command;
    assert_silence_diagnosed(&imap, &timeline, "imap.authenticate", command);
    assert_silence_diagnosed(&smtp, &timeline, "smtp.authenticate", command);
    // The token went out, once, and was never answered.
    assert_eq!(imap_server.tokens_received().len(), 1);
    assert_eq!(smtp_server.tokens_received().len(), 1);
}

/// Every other reply a check waits for, each never coming: the step that
/// waits for it ends at its own deadline. Short deadlines, since this is
/// about which step ends, not how long the default figures are.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_reply_that_never_comes_ends_the_step_waiting_for_it() {
    let ca = TestCa::new();
    let deadlines = Deadlines { connect: Duration::from_secs(2), tls: Duration::from_secs(1), command: Duration::from_secs(1) };
    let imap_cases = [
        (true, "CAPABILITY", "imap.tls", deadlines.tls),
        (true, "STARTTLS", "imap.tls", deadlines.tls),
        (false, "CAPABILITY", "imap.capability", deadlines.command),
        (false, "SELECT", "imap.select", deadlines.command),
        (false, "LOGOUT", "imap.logout", deadlines.command),
    ];
    let smtp_cases = [
        (false, "EHLO", "smtp.greeting", deadlines.command),
        (false, "STARTTLS", "smtp.tls", deadlines.tls),
        (true, "EHLO", "smtp.ehlo", deadlines.command),
        (false, "MAIL", "smtp.envelope", deadlines.command),
        (false, "RCPT", "smtp.envelope", deadlines.command),
        (false, "RSET", "smtp.envelope", deadlines.command),
    ];
    let mut runs = Vec::new();
    for (starttls, command, id, deadline) in imap_cases {
        let server = HostileServer::imap(&ca, ImapMode::FallsSilent { starttls, at: Silence::OnCommand(command) }).await;
        let security = if starttls { Security::Starttls } else { Security::Tls };
        let mut request = check_request(&ca, "you@hostile.test", server.endpoint(security), nowhere(Security::Starttls), COMMAND_DEADLINE);
        request.deadlines = deadlines;
        runs.push((request, true, command, id, deadline));
    }
    for (implicit_tls, command, id, deadline) in smtp_cases {
        let server = HostileServer::smtp(&ca, SmtpMode::FallsSilent { implicit_tls, at: Silence::OnCommand(command) }).await;
        let security = if implicit_tls { Security::Tls } else { Security::Starttls };
        let mut request = check_request(&ca, "you@hostile.test", nowhere(Security::Tls), server.endpoint(security), COMMAND_DEADLINE);
        request.deadlines = deadlines;
        runs.push((request, false, command, id, deadline));
    }
    let results = futures::future::join_all(runs.iter().map(|(request, ..)| run_timed(request))).await;
    for ((_, is_imap, command, id, deadline), (imap, smtp, timeline)) in runs.iter().zip(&results) {
        eprintln!("silent after {command}:");
        assert_silence_diagnosed(if *is_imap { imap } else { smtp }, timeline, id, *deadline);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_smtp_server_that_never_answers_quit_does_not_hold_the_check_open() {
    let ca = TestCa::new();
    let server = HostileServer::smtp(&ca, SmtpMode::FallsSilent { implicit_tls: false, at: Silence::OnCommand("QUIT") }).await;
    let request = default_request(&ca, nowhere(Security::Tls), server.endpoint(Security::Starttls));
    let started = Instant::now();
    let (_, smtp, _) = run_timed(&request).await;
    let took = started.elapsed();
    assert!(smtp.iter().all(|s| s.outcome == Outcome::Passed), "{smtp:#?}");
    assert_eq!(server.transcript().last().map(String::as_str), Some("QUIT"));
    // QUIT is not a step; it gets a short wait, not a step's deadline.
    assert!(took < Deadlines::default().command, "the check ended {took:?} after it started");
}

/// How late the slow server gives every answer. The longest step, IMAP
/// STARTTLS, waits for four of them (greeting, CAPABILITY, STARTTLS, the
/// handshake): 6 s of its 8 s.
const SLOW_REPLY: Duration = Duration::from_millis(1500);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_but_working_server_passes_every_step_with_the_default_deadlines() {
    let ca = TestCa::new();
    let slow_imap = |starttls| HostileServer::imap(&ca, ImapMode::Slow { starttls, reply_delay: SLOW_REPLY });
    let slow_smtp = |implicit_tls| HostileServer::smtp(&ca, SmtpMode::Slow { implicit_tls, reply_delay: SLOW_REPLY });
    let (imaps, submission, imap_plain, smtps) = (slow_imap(false).await, slow_smtp(false).await, slow_imap(true).await, slow_smtp(true).await);
    let first = default_request(&ca, imaps.endpoint(Security::Tls), submission.endpoint(Security::Starttls));
    let second = default_request(&ca, imap_plain.endpoint(Security::Starttls), smtps.endpoint(Security::Tls));
    let ((imap_a, smtp_a, _), (imap_b, smtp_b, _)) = tokio::join!(run_timed(&first), run_timed(&second));
    for steps in [&imap_a, &smtp_a, &imap_b, &smtp_b] {
        assert!(steps.iter().all(|s| s.outcome == Outcome::Passed), "{steps:#?}");
        // The server really was slow: every step but the connect waited for
        // at least one late answer. (The server counts the handshake's delay
        // from its accept, a moment before the client's TLS step starts.)
        for slow in steps.iter().filter(|s| !s.id.as_str().ends_with(".connect")) {
            assert!(slow.duration + Duration::from_millis(100) >= SLOW_REPLY, "{slow:#?}");
        }
    }
    let longest = step(&imap_b, "imap.tls").duration;
    eprintln!("slow server: the IMAP STARTTLS step took {:.2} s of its {} s", longest.as_secs_f64(), Deadlines::default().tls.as_secs());
    // The same allowance as above: the server's clock starts at its accept.
    assert!(longest + Duration::from_millis(100) >= 4 * SLOW_REPLY, "{longest:?}");
}
