//! Checks that a mailbox accepts the access token, over IMAP or POP3 and
//! SMTP, step by step, each step with its own deadline.
//!
//! IMAP: connect → TLS (or STARTTLS) → greeting and CAPABILITY (is XOAUTH2
//! offered?) → AUTHENTICATE XOAUTH2 → SELECT INBOX → LOGOUT.
//! POP3: connect → TLS (or STLS) → greeting and CAPA (is XOAUTH2 offered?)
//! → AUTH XOAUTH2 → STAT → QUIT.
//! SMTP: connect → greeting → STARTTLS (stop, and never send the token, if it
//! is not offered) → EHLO (is XOAUTH2 offered?) → AUTH XOAUTH2 → MAIL FROM /
//! RCPT TO to ourselves → RSET → QUIT. No mail is sent.
//!
//! Both run concurrently. A failed step ends its protocol's run; later steps
//! are reported as skipped so the user sees exactly where it stopped.

mod imap;
mod pop3;
pub mod reply;
pub mod sasl;
mod smtp;
pub use smtp::TEST_MESSAGE_SUBJECT;
mod wire;

use crate::provider::{AuthMethod, IncomingProtocol, ServerEndpoint};
use crate::tr;
use crate::report::{Phase, Step, StepId};
use crate::secret::Secret;
use crate::tls::TrustStore;
use crate::troubleshoot::fault::{Fault, classify_io};
use std::future::Future;
use std::time::{Duration, Instant};

/// Why steps after the capability check are skipped in a check without a
/// token, in English: the message `probe-skip-no-token`, which the step
/// says in the user's language.
pub const NO_TOKEN_REASON: &str = "not tried: mailsetup does not sign in to this account itself; Thunderbird does, when it first connects";

/// Why steps after the capability check are skipped on a server that signs
/// in with a password: mailsetup never asks for, holds or sends one. In
/// English: the message `probe-skip-password-server`.
pub const PASSWORD_SERVER_REASON: &str = "not tried: this server signs in with a password, which Thunderbird asks for; mailsetup never handles passwords";

/// How long a goodbye (IMAP LOGOUT, POP3 QUIT, SMTP QUIT that no step
/// reports) may take. It comes after the last reported step and changes
/// nothing in the report, so it gets no step's deadline: only long enough
/// for a working server to take it, so that one that never answers cannot
/// hold the check open.
pub(crate) const GOODBYE_WAIT: Duration = Duration::from_secs(1);

/// How long any step may keep the user waiting before it is diagnosed: the
/// promise of issue 12 ("no fault keeps anyone waiting"). Every figure of
/// [`Deadlines::default`] stays below it, so a step that hears nothing ends
/// in its diagnosis within this time of its start.
pub const LONGEST_WAIT_FOR_A_DIAGNOSIS: Duration = Duration::from_secs(10);

/// The deadline of each step. A step's deadline is exactly one of these
/// figures, never a sum of them: a sum is how a silent server once kept the
/// user waiting 23 s on one step (TLS plus a command).
#[derive(Debug, Clone, Copy)]
pub struct Deadlines {
    /// The connect step: the DNS lookup and the TCP connection.
    pub connect: Duration,
    /// The step that secures the connection: the TLS handshake, and on a
    /// STARTTLS port the plain-text exchange before it (IMAP: greeting,
    /// CAPABILITY, STARTTLS; SMTP: STARTTLS).
    pub tls: Duration,
    /// A step of commands and their replies: a greeting and EHLO or
    /// CAPABILITY, AUTHENTICATE, SELECT, LOGOUT, or the envelope (MAIL,
    /// RCPT, RSET).
    pub command: Duration,
}

impl Default for Deadlines {
    /// Generous enough for a slow hotel network and a slow server, short
    /// enough that any silent fault (a port whose SYNs are dropped, a server
    /// that accepts and says nothing, a stalled TLS handshake, a greeting or
    /// reply that never comes) is diagnosed within
    /// [`LONGEST_WAIT_FOR_A_DIAGNOSIS`] (10 s) of its step starting, rather
    /// than after the operating system's two-minute connect timeout
    /// (Thunderbird shows its alert after 134 s). Each figure leaves at
    /// least 2 s of the 10 s for a busy machine to get round to the
    /// diagnosis; `tests/time_to_diagnosis.rs` and `benches/silent_faults.rs`
    /// measure it (docs/PERFORMANCE.md, "Silent faults").
    ///
    /// - `connect` is 5 s: Linux retransmits a lost SYN after 1 s and again
    ///   2 s later, so 5 s still rides out two lost SYNs plus a slow DNS
    ///   answer, while a firewall that drops the port is diagnosed in about
    ///   5 s.
    /// - `tls` is 8 s: the longest such step, IMAP STARTTLS, is three
    ///   replies and a handshake of one (TLS 1.3) or two (TLS 1.2) round
    ///   trips: five or six round trips, about 3.6 s on a 600 ms satellite
    ///   link, and 8 s still covers a lost packet's 1 s retransmission on
    ///   top. (It was 8 s for the handshake plus 15 s for the STARTTLS
    ///   exchange, 23 s in all.)
    /// - `command` is 8 s (was 15 s): replies cost a round trip plus the
    ///   server's own time, and the slowest reply in a check is the sign-in,
    ///   which Exchange Online answers only after validating the token.
    ///   Clients that allowed it 5 s were reported to give up on Office 365
    ///   too early (node-imap's `authTimeout`, chirag04/mail-listener2#48),
    ///   so 8 s gives it more than half as much again; an AUTHENTICATE that
    ///   takes longer than that is a stalled server (waits of 30 s were
    ///   reported, Webklex/php-imap#213), which the user is better told
    ///   about with "try again" than kept waiting on. The envelope step's
    ///   three replies (MAIL, RCPT, RSET) are quick ones. Not measured
    ///   against Microsoft's servers here (no internet on the test machine).
    fn default() -> Self {
        Self { connect: Duration::from_secs(5), tls: Duration::from_secs(8), command: Duration::from_secs(8) }
    }
}

impl Deadlines {
    /// The longest any one step may wait: the largest of the figures.
    pub fn longest_step(&self) -> Duration {
        self.connect.max(self.tls).max(self.command)
    }
}

/// A step that has started waiting on the network: what the live progress
/// row says while it waits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepStarted {
    pub phase: Phase,
    pub id: StepId,
    /// The step's title, as its line in the report says it.
    pub title: String,
    /// What the step waits for, in plain words, to follow "Waiting for":
    /// "the incoming mail server to answer".
    pub waiting_for: String,
    /// When the step gives up and is diagnosed.
    pub deadline: Duration,
}

/// What the probes report while they run.
#[derive(Debug, Clone, Copy)]
pub enum ProbeEvent<'a> {
    /// A step began; it ends by its deadline at the latest.
    Started(&'a StepStarted),
    /// A step ended (passed, failed or skipped).
    Finished(&'a Step),
}

/// What a probe step waits for, in the words of someone who does not know
/// the protocols: the continuation of "Waiting for …", in the current
/// language.
pub fn waiting_for(id: StepId) -> String {
    match id {
        StepId::ImapConnect | StepId::Pop3Connect => tr!("probe-waiting-incoming-connect"),
        StepId::ImapTls | StepId::Pop3Tls => tr!("probe-waiting-incoming-tls"),
        StepId::ImapCapability | StepId::Pop3Capability => tr!("probe-waiting-incoming-methods"),
        StepId::ImapAuthenticate | StepId::Pop3Authenticate => tr!("probe-waiting-incoming-sign-in"),
        StepId::ImapSelect | StepId::Pop3Stat => tr!("probe-waiting-incoming-inbox"),
        StepId::ImapLogout | StepId::Pop3Quit => tr!("probe-waiting-incoming-goodbye"),
        StepId::SmtpConnect => tr!("probe-waiting-outgoing-connect"),
        StepId::SmtpGreeting => tr!("probe-waiting-outgoing-answer"),
        StepId::SmtpTls => tr!("probe-waiting-outgoing-tls"),
        StepId::SmtpEhlo => tr!("probe-waiting-outgoing-methods"),
        StepId::SmtpAuthenticate => tr!("probe-waiting-outgoing-sign-in"),
        StepId::SmtpEnvelope => tr!("probe-waiting-outgoing-envelope"),
        StepId::SmtpTestMessage => tr!("probe-waiting-outgoing-test-message"),
        _ => tr!("probe-waiting-any"),
    }
}

/// The title of a probe step, in the current language.
pub fn step_title(id: StepId) -> String {
    match id {
        StepId::ImapConnect => tr!("probe-step-imap-connect"),
        StepId::Pop3Connect => tr!("probe-step-pop3-connect"),
        StepId::SmtpConnect => tr!("probe-step-smtp-connect"),
        StepId::ImapTls | StepId::Pop3Tls | StepId::SmtpTls => tr!("probe-step-tls"),
        StepId::ImapCapability | StepId::Pop3Capability | StepId::SmtpEhlo => tr!("probe-step-capability"),
        StepId::ImapAuthenticate | StepId::Pop3Authenticate | StepId::SmtpAuthenticate => tr!("probe-step-authenticate"),
        StepId::ImapSelect => tr!("probe-step-imap-select"),
        StepId::Pop3Stat => tr!("probe-step-pop3-stat"),
        StepId::ImapLogout | StepId::Pop3Quit => tr!("probe-step-logout"),
        StepId::SmtpGreeting => tr!("probe-step-smtp-greeting"),
        StepId::SmtpEnvelope => tr!("probe-step-smtp-envelope"),
        StepId::SmtpTestMessage => tr!("probe-step-smtp-test-message"),
        StepId::ImapCheck => tr!("probe-step-imap-check"),
        StepId::Pop3Check => tr!("probe-step-pop3-check"),
        other => other.as_str().to_owned(),
    }
}

/// The step that stands for the whole incoming check when it could not run
/// at all (no sign-in held, no runtime, cancelled): its phase, id and title
/// (in the current language).
pub fn incoming_check_step(protocol: IncomingProtocol) -> (Phase, StepId, String) {
    let (phase, id) = match protocol {
        IncomingProtocol::Imap => (Phase::Imap, StepId::ImapCheck),
        IncomingProtocol::Pop3 => (Phase::Pop3, StepId::Pop3Check),
    };
    (phase, id, step_title(id))
}

/// What both checks need.
#[derive(Clone)]
pub struct CheckRequest {
    /// The mailbox address: the incoming server's XOAUTH2 `user=`, and the
    /// envelope sender and recipient.
    pub address: String,
    /// Who signed in, when that is not the mailbox (the delegate of a
    /// shared mailbox): the SMTP server's XOAUTH2 `user=`. Exchange takes
    /// the shared address on IMAP with the delegate's token, but only the
    /// delegate's own on SMTP (`535 5.7.3` otherwise).
    pub signs_in_as: Option<String>,
    /// The token to sign in with, on the servers whose method is OAuth2.
    /// Without one, or on a password server, a check tests the server
    /// only: connect, TLS, the offered sign-in methods, and it stops before
    /// AUTH (accounts Thunderbird signs in to by itself, password servers).
    pub access_token: Option<Secret>,
    /// The incoming server, checked with IMAP or POP3.
    pub incoming: ServerEndpoint,
    pub incoming_protocol: IncomingProtocol,
    /// How the incoming server signs in: with OAuth2 it must offer XOAUTH2.
    pub incoming_auth: AuthMethod,
    pub smtp: ServerEndpoint,
    /// How the SMTP server signs in: with OAuth2 it must offer XOAUTH2.
    pub smtp_auth: AuthMethod,
    /// Send one real message, from the mailbox to whoever signed in, after
    /// the envelope check: the only way to see Exchange refuse Send As,
    /// which it does after `DATA`. Only on the user's explicit request.
    pub send_test_message: bool,
    /// The test message's sender when it is not `address` (an alias).
    pub send_as: Option<String>,
    pub trust: TrustStore,
    pub deadlines: Deadlines,
}

impl CheckRequest {
    /// The token a server with `auth` is signed in to with: none for a
    /// password server, which never gets the token.
    pub(crate) fn token_for(&self, auth: AuthMethod) -> Option<&Secret> {
        self.access_token.as_ref().filter(|_| auth.is_oauth2())
    }

    /// The SMTP server's sign-in user: the delegate, else the mailbox.
    pub(crate) fn smtp_user(&self) -> &str {
        self.signs_in_as.as_deref().unwrap_or(&self.address)
    }
}

/// Runs the incoming (IMAP or POP3) and SMTP checks concurrently.
/// `on_event` sees each step as it starts waiting and as it finishes, from
/// either protocol, in the order that happens.
pub async fn check_both(request: &CheckRequest, on_event: &(dyn Fn(ProbeEvent<'_>) + Send + Sync)) -> (Vec<Step>, Vec<Step>) {
    let incoming = async {
        match request.incoming_protocol {
            IncomingProtocol::Imap => imap::check(request, on_event).await,
            IncomingProtocol::Pop3 => pop3::check(request, on_event).await,
        }
    };
    tokio::join!(incoming, smtp::check(request, on_event))
}

/// Collects steps for one protocol and enforces per-step deadlines.
pub(crate) struct StepLog<'a> {
    phase: Phase,
    steps: Vec<Step>,
    on_event: &'a (dyn Fn(ProbeEvent<'_>) + Send + Sync),
}

/// A step's failure: our words, and the server's when it said something.
pub(crate) struct StepFailure {
    pub detail: String,
    pub server_says: Option<String>,
    /// What kind of failure it was, when the error said (for `troubleshoot`).
    pub fault: Option<Fault>,
}

impl StepFailure {
    pub fn ours(detail: impl Into<String>) -> Self {
        Self { detail: detail.into(), server_says: None, fault: None }
    }
    pub fn server(detail: impl Into<String>, words: impl Into<String>) -> Self {
        Self { detail: detail.into(), server_says: Some(words.into()), fault: None }
    }
    /// Records the kind of failure.
    pub fn with_fault(mut self, fault: Option<Fault>) -> Self {
        self.fault = fault;
        self
    }
}

impl<'a> StepLog<'a> {
    pub fn new(phase: Phase, on_event: &'a (dyn Fn(ProbeEvent<'_>) + Send + Sync)) -> Self {
        Self { phase, steps: Vec::new(), on_event }
    }

    /// Runs step `id` under `deadline`. On success the closure returns the
    /// value and a detail sentence (and maybe the server's words).
    pub async fn run<T, F>(&mut self, id: StepId, deadline: Duration, work: F) -> Option<T>
    where
        F: Future<Output = Result<(T, String, Option<String>), StepFailure>>,
    {
        let title = step_title(id);
        let title = title.as_str();
        let announcement = StepStarted { phase: self.phase, id, title: title.to_owned(), waiting_for: waiting_for(id), deadline };
        (self.on_event)(ProbeEvent::Started(&announcement));
        let started = Instant::now();
        let result = tokio::time::timeout(deadline, work).await;
        let elapsed = started.elapsed();
        // A server chooses what it says: what a step keeps is capped.
        let kept = |text: String| reply::cap_text(&text, reply::MAX_KEPT_TEXT_BYTES);
        let (step, value) = match result {
            Ok(Ok((value, detail, words))) => {
                let step = Step::passed(self.phase, id, title, elapsed, deadline, kept(detail));
                (match words { Some(w) => step.with_server_says(kept(w)), None => step }, Some(value))
            }
            Ok(Err(failure)) => {
                let step = Step::failed(self.phase, id, title, elapsed, deadline, kept(failure.detail)).with_fault(failure.fault);
                (match failure.server_says { Some(w) => step.with_server_says(kept(w)), None => step }, None)
            }
            Err(_) => (
                Step::failed(self.phase, id, title, elapsed, deadline, tr!("probe-fail-no-answer", seconds = deadline.as_secs()))
                    .with_fault(Some(Fault::NoAnswer)),
                None,
            ),
        };
        self.record(step);
        value
    }

    /// Records a failure found between steps (no network wait involved).
    pub fn fail_now(&mut self, id: StepId, detail: &str) {
        let step = Step::failed(self.phase, id, &step_title(id), Duration::ZERO, Duration::ZERO, reply::cap_text(detail, reply::MAX_KEPT_TEXT_BYTES));
        self.record(step);
    }

    /// Marks the steps of `all` not yet recorded as skipped after a failure.
    pub fn skip_rest(&mut self, all: &[StepId]) {
        let reason = match self.steps.last() {
            Some(failed) => tr!("probe-skip-after-failure", step = &failed.title),
            None => tr!("probe-skip"),
        };
        let remaining: Vec<StepId> = all.iter().copied().filter(|id| !self.steps.iter().any(|step| step.id == *id)).collect();
        for id in remaining {
            let step = Step::skipped(self.phase, id, &step_title(id), reason.clone());
            self.record(step);
        }
    }

    /// Marks the remaining steps as skipped because there is no token for
    /// this server (`auth` says whether it takes OAuth2 or a password).
    pub fn skip_without_token(&mut self, remaining: &[StepId], auth: AuthMethod) {
        let reason = if auth.is_oauth2() { tr!("probe-skip-no-token") } else { tr!("probe-skip-password-server") };
        for id in remaining {
            let step = Step::skipped(self.phase, *id, &step_title(*id), reason.clone());
            self.record(step);
        }
    }

    /// Tells the shell about a finished step and keeps it.
    fn record(&mut self, step: Step) {
        (self.on_event)(ProbeEvent::Finished(&step));
        self.steps.push(step);
    }

    pub fn finish(self) -> Vec<Step> {
        self.steps
    }
}

/// The address as it goes on the wire: the domain as its ASCII `xn--` form
/// (servers that do not speak SMTPUTF8 or IMAP UTF8 can only take that), the
/// local part as typed. An address that does not parse is left as it is, for
/// the server to judge.
pub(crate) fn wire_address(address: &str) -> String {
    crate::address::EmailAddress::parse(address).map(|parsed| parsed.to_ascii()).unwrap_or_else(|_| address.to_owned())
}

/// Connects with a deadline-friendly error text. The lookup is part of it.
pub(crate) async fn connect_tcp(endpoint: &ServerEndpoint) -> Result<(tokio::net::TcpStream, String, Option<String>), StepFailure> {
    let stream = tokio::net::TcpStream::connect((endpoint.host.as_str(), endpoint.port))
        .await
        .map_err(|e| StepFailure::ours(describe_io_error(&e, endpoint)).with_fault(classify_io(&e)))?;
    // Commands are small and answered one at a time: Nagle's algorithm
    // would add a delayed-ACK wait (~40 ms) to every step.
    let _ = stream.set_nodelay(true);
    let peer = stream.peer_addr().map(|a| a.to_string()).unwrap_or_else(|_| "?".into());
    Ok((stream, tr!("probe-detail-connected", host = &endpoint.host, port = endpoint.port.to_string(), address = peer), None))
}

/// TLS handshake with our trust store; the certificate must match `host`.
pub(crate) async fn tls_handshake<S>(
    stream: S,
    host: &str,
    trust: &TrustStore,
) -> Result<(tokio_rustls::client::TlsStream<S>, String, Option<String>), StepFailure>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let (tls, version) = tls_handshake_only(stream, host, trust).await?;
    Ok((tls, tr!("probe-detail-tls", version = version, host = host), None))
}

/// The TLS handshake after `command` (STARTTLS, STLS) was agreed to, with
/// a detail that says so.
pub(crate) async fn tls_handshake_after<S>(
    stream: S,
    host: &str,
    trust: &TrustStore,
    command: &str,
) -> Result<(tokio_rustls::client::TlsStream<S>, String), StepFailure>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let (tls, version) = tls_handshake_only(stream, host, trust).await?;
    Ok((tls, tr!("probe-detail-tls-after-command", command = command, version = version, host = host)))
}

/// The handshake itself: the stream and the TLS version agreed ("TLSv1.3").
async fn tls_handshake_only<S>(stream: S, host: &str, trust: &TrustStore) -> Result<(tokio_rustls::client::TlsStream<S>, String), StepFailure>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let config = trust.client_config().map_err(|e| StepFailure::ours(e.to_string()))?;
    let server_name = rustls_pki_types::ServerName::try_from(host.to_owned())
        .map_err(|_| StepFailure::ours(tr!("probe-fail-tls-server-name", host = host)))?;
    let tls = tokio_rustls::TlsConnector::from(config)
        .connect(server_name, stream)
        .await
        .map_err(|e| StepFailure::ours(describe_tls_error(&e)).with_fault(classify_io(&e).or(Some(Fault::TlsHandshakeFailed))))?;
    let (_, session) = tls.get_ref();
    let version = session.protocol_version().map(|v| format!("{v:?}").replace('_', ".")).unwrap_or_else(|| "TLS".into());
    Ok((tls, version))
}

fn describe_io_error(error: &std::io::Error, endpoint: &ServerEndpoint) -> String {
    use std::io::ErrorKind;
    let target = format!("{}:{}", endpoint.host, endpoint.port);
    match error.kind() {
        ErrorKind::ConnectionRefused => tr!("probe-fail-connection-refused", target = target),
        ErrorKind::ConnectionReset => tr!("probe-fail-connection-reset", target = target),
        ErrorKind::TimedOut => tr!("probe-fail-connect-timed-out", target = target),
        _ if error.to_string().contains("failed to lookup") || error.to_string().contains("Name or service not known") => {
            tr!("probe-fail-name-not-resolved", host = &endpoint.host, error = error.to_string())
        }
        _ => tr!("probe-fail-cannot-connect", target = target, error = error.to_string()),
    }
}

/// Why the handshake failed: the TLS library's own words (a certificate
/// error's name stays as it is, as data).
fn describe_tls_error(error: &std::io::Error) -> String {
    match error.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
        Some(rustls::Error::InvalidCertificate(reason)) => tr!("probe-fail-tls-certificate", reason = format!("{reason:?}")),
        Some(other) => tr!("probe-fail-tls-handshake", reason = other.to_string()),
        None => tr!("probe-fail-tls-handshake", reason = error.to_string()),
    }
}
