//! The POP3 check against loopback POP3 servers (tests/support/hostile_server.rs):
//! what it sends, step by step, on implicit TLS and STLS; a token refused the
//! way Dovecot and Exchange refuse it; a server without XOAUTH2; plain text
//! injected after STLS; a password server, which never gets the token; and
//! silence, diagnosed at the step's deadline. The real POP3 server (Dovecot)
//! is in `tests/real_peers.rs`.

#[path = "support/hostile_server.rs"]
mod hostile_server;

use hostile_server::{HostileServer, Pop3Mode, Silence, TLS_MARK, TOKEN, TestCa, check_request, nowhere};
use mailsetup::probe::{CheckRequest, PASSWORD_SERVER_REASON, check_both};
use mailsetup::provider::{AuthMethod, IncomingProtocol, Security};
use mailsetup::report::{Outcome, Step};
use mailsetup::troubleshoot::Context;
use mailsetup::troubleshoot::fault::Fault;
use std::time::{Duration, Instant};

const USER: &str = "pat@pop.test";

fn pop3_request(ca: &TestCa, server: &HostileServer, security: Security) -> CheckRequest {
    let mut request = check_request(ca, USER, server.endpoint(security), nowhere(Security::Tls), Duration::from_secs(3));
    request.incoming_protocol = IncomingProtocol::Pop3;
    request
}

async fn incoming_steps(request: &CheckRequest) -> Vec<Step> {
    check_both(request, &|_| {}).await.0
}

fn outcome_of<'a>(steps: &'a [Step], id: &str) -> &'a Step {
    steps.iter().find(|step| step.id == id).unwrap_or_else(|| panic!("no {id} in {steps:#?}"))
}

fn ids_passed(steps: &[Step]) -> Vec<&'static str> {
    steps.iter().filter(|step| step.outcome == Outcome::Passed).map(|step| step.id.as_str()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn implicit_tls_signs_in_with_the_token_and_looks_into_the_inbox() {
    let ca = TestCa::new();
    let server = HostileServer::pop3(&ca, Pop3Mode::Benign { stls: false, xoauth2: true }).await;
    let steps = incoming_steps(&pop3_request(&ca, &server, Security::Tls)).await;
    assert_eq!(ids_passed(&steps), ["pop3.connect", "pop3.tls", "pop3.capability", "pop3.authenticate", "pop3.stat", "pop3.quit"], "{steps:#?}");
    assert!(outcome_of(&steps, "pop3.stat").detail.contains("3 messages"));
    assert_eq!(server.tokens_received(), [TOKEN]);
    assert_eq!(
        server.transcript(),
        [TLS_MARK, "CAPA", "AUTH XOAUTH2", "<xoauth2 user=pat@pop.test token=redacted>", "STAT", "QUIT"],
        "the commands, in order"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stls_secures_the_connection_before_anything_else_is_asked() {
    let ca = TestCa::new();
    let server = HostileServer::pop3(&ca, Pop3Mode::Benign { stls: true, xoauth2: true }).await;
    let steps = incoming_steps(&pop3_request(&ca, &server, Security::Starttls)).await;
    assert!(outcome_of(&steps, "pop3.tls").detail.starts_with("STLS, then"), "{steps:#?}");
    assert_eq!(outcome_of(&steps, "pop3.quit").outcome, Outcome::Passed, "{steps:#?}");
    let transcript = server.transcript();
    assert_eq!(transcript[..3], ["CAPA", "STLS", TLS_MARK], "{transcript:?}");
    assert_eq!(server.tokens_received(), [TOKEN]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_text_injected_after_stls_stops_the_check_before_the_token() {
    let ca = TestCa::new();
    let server = HostileServer::pop3(&ca, Pop3Mode::InjectAfterStls).await;
    let steps = incoming_steps(&pop3_request(&ca, &server, Security::Starttls)).await;
    let tls = outcome_of(&steps, "pop3.tls");
    assert_eq!((tls.outcome, tls.fault), (Outcome::Failed, Some(Fault::StarttlsInjection)), "{steps:#?}");
    assert!(server.tokens_received().is_empty(), "no token may leave after an injection");
    assert_eq!(outcome_of(&steps, "pop3.authenticate").outcome, Outcome::Skipped);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_token_shows_the_servers_json_and_its_error() {
    let ca = TestCa::new();
    let server = HostileServer::pop3(&ca, Pop3Mode::RefusesToken).await;
    let steps = incoming_steps(&pop3_request(&ca, &server, Security::Tls)).await;
    let auth = outcome_of(&steps, "pop3.authenticate");
    assert_eq!(auth.outcome, Outcome::Failed, "{steps:#?}");
    let said = auth.server_says.as_deref().unwrap_or_default();
    assert!(said.contains(r#""status":"401""#) && said.contains("-ERR [AUTH] Authentication failed."), "{said}");
    // The empty answer to the challenge, as XOAUTH2 requires; the token once.
    assert_eq!(server.transcript().last().map(String::as_str), Some(""));
    assert_eq!(server.tokens_received().len(), 1);
    assert_eq!(outcome_of(&steps, "pop3.stat").outcome, Outcome::Skipped);
    assert_eq!(auth.diagnose(&Context::default()).expect("a diagnosis").id, "pop3-token-rejected");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_xoauth2_on_an_oauth2_server_is_said_before_the_token_goes_out() {
    let ca = TestCa::new();
    let server = HostileServer::pop3(&ca, Pop3Mode::Benign { stls: false, xoauth2: false }).await;
    let steps = incoming_steps(&pop3_request(&ca, &server, Security::Tls)).await;
    let capability = outcome_of(&steps, "pop3.capability");
    assert_eq!((capability.outcome, capability.fault), (Outcome::Failed, Some(Fault::Xoauth2NotOffered)), "{steps:#?}");
    assert!(capability.detail.contains("PLAIN"), "{}", capability.detail);
    assert!(server.tokens_received().is_empty());
    assert_eq!(capability.diagnose(&Context::default()).expect("a diagnosis").id, "pop3-xoauth2-not-offered");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_server_never_gets_the_token_even_when_one_is_held() {
    let ca = TestCa::new();
    let server = HostileServer::pop3(&ca, Pop3Mode::Benign { stls: false, xoauth2: false }).await;
    let mut request = pop3_request(&ca, &server, Security::Tls);
    request.incoming_auth = AuthMethod::PasswordCleartext;
    assert!(request.access_token.is_some(), "a token is held, for the other server");
    let steps = incoming_steps(&request).await;
    assert_eq!(ids_passed(&steps), ["pop3.connect", "pop3.tls", "pop3.capability"], "{steps:#?}");
    let skipped = outcome_of(&steps, "pop3.authenticate");
    assert_eq!((skipped.outcome, skipped.detail.as_str()), (Outcome::Skipped, PASSWORD_SERVER_REASON));
    assert!(server.finished_within(Duration::from_secs(3)).await);
    assert!(server.tokens_received().is_empty());
    assert!(!server.transcript().iter().any(|line| line.starts_with("AUTH")), "{:?}", server.transcript());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_falls_silent_is_diagnosed_at_the_steps_deadline() {
    let ca = TestCa::new();
    let server = HostileServer::pop3(&ca, Pop3Mode::FallsSilent { stls: false, at: Silence::OnCommand("STAT") }).await;
    let request = pop3_request(&ca, &server, Security::Tls);
    let started = Instant::now();
    let steps = incoming_steps(&request).await;
    let stat = outcome_of(&steps, "pop3.stat");
    assert_eq!((stat.outcome, stat.fault), (Outcome::Failed, Some(Fault::NoAnswer)), "{steps:#?}");
    assert_eq!(stat.deadline, request.deadlines.command);
    assert!(started.elapsed() < request.deadlines.command + Duration::from_secs(2), "{:?}", started.elapsed());
}
