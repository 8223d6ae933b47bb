//! Every silent fault, for IMAP and for SMTP, run through `flow::check` as
//! the wizard and the CLI run it, with the deadlines users get: when the
//! failing step announced its start (`FlowEvent::StepStarted`) and when its
//! diagnosed end (`FlowEvent::StepFinished`) reached the shell.
//! Used by `tests/time_to_diagnosis.rs` and `benches/silent_faults.rs`;
//! needs `hostile_server` beside it.

#![allow(dead_code, reason = "the test and the benchmark use different helpers")]

use super::hostile_server::{BlackHole, HostileServer, ImapMode, Silence, SmtpMode, TOKEN, TestCa};
use mailsetup::address::EmailAddress;
use mailsetup::flow::{self, FlowEvent, ProfileTarget, SetupRequest};
use mailsetup::oauth::{BrowserLauncher, CancelFlag, TokenSet};
use mailsetup::probe::{Deadlines, StepStarted};
use mailsetup::provider::{ProviderFile, Security, ServerEndpoint};
use mailsetup::report::{Outcome, Step};
use mailsetup::secret::Secret;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A way for a server to say nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SilentFault {
    /// The port drops SYNs (a firewall that drops it).
    BlackHole,
    /// The server accepts the connection and never says anything.
    SilentAfterAccept,
    /// It agrees to STARTTLS, then never answers the TLS handshake.
    StalledTlsHandshake,
    /// TLS completes (implicit TLS), the greeting never comes.
    NoGreeting,
    /// It never answers the sign-in (AUTHENTICATE, AUTH).
    NoAnswerToSignIn,
    /// It signs in, then never answers the next command (SELECT; RCPT).
    NoAnswerAfterSignIn,
}

impl SilentFault {
    pub const ALL: [SilentFault; 6] = [
        SilentFault::BlackHole,
        SilentFault::SilentAfterAccept,
        SilentFault::StalledTlsHandshake,
        SilentFault::NoGreeting,
        SilentFault::NoAnswerToSignIn,
        SilentFault::NoAnswerAfterSignIn,
    ];

    pub fn describe(self) -> &'static str {
        match self {
            SilentFault::BlackHole => "black-holed port (SYNs dropped)",
            SilentFault::SilentAfterAccept => "accepts, then says nothing",
            SilentFault::StalledTlsHandshake => "TLS handshake stalls after STARTTLS",
            SilentFault::NoGreeting => "greeting never comes (after TLS)",
            SilentFault::NoAnswerToSignIn => "sign-in never answered",
            SilentFault::NoAnswerAfterSignIn => "next command never answered",
        }
    }

    /// The step that must end in `no-answer`, and its default deadline.
    pub fn expected(self, imap: bool) -> (&'static str, Duration) {
        let deadlines = Deadlines::default();
        match (self, imap) {
            (SilentFault::BlackHole, true) => ("imap.connect", deadlines.connect),
            (SilentFault::BlackHole, false) => ("smtp.connect", deadlines.connect),
            (SilentFault::SilentAfterAccept | SilentFault::StalledTlsHandshake, true) => ("imap.tls", deadlines.tls),
            (SilentFault::SilentAfterAccept, false) => ("smtp.greeting", deadlines.command),
            (SilentFault::StalledTlsHandshake, false) => ("smtp.tls", deadlines.tls),
            (SilentFault::NoGreeting, true) => ("imap.capability", deadlines.command),
            (SilentFault::NoGreeting, false) => ("smtp.greeting", deadlines.command),
            (SilentFault::NoAnswerToSignIn, true) => ("imap.authenticate", deadlines.command),
            (SilentFault::NoAnswerToSignIn, false) => ("smtp.authenticate", deadlines.command),
            (SilentFault::NoAnswerAfterSignIn, true) => ("imap.select", deadlines.command),
            (SilentFault::NoAnswerAfterSignIn, false) => ("smtp.envelope", deadlines.command),
        }
    }

    /// Where the silence falls, and on which kind of port.
    fn silence(self, imap: bool) -> (Silence, Security) {
        match self {
            // A TLS port for IMAP (993), a STARTTLS port for SMTP (587): what users have.
            SilentFault::BlackHole | SilentFault::SilentAfterAccept => {
                (Silence::OnAccept, if imap { Security::Tls } else { Security::Starttls })
            }
            SilentFault::StalledTlsHandshake => (Silence::InTlsHandshake, Security::Starttls),
            SilentFault::NoGreeting => (Silence::BeforeGreeting, Security::Tls),
            SilentFault::NoAnswerToSignIn => (Silence::OnCommand(if imap { "AUTHENTICATE" } else { "AUTH" }), Security::Tls),
            SilentFault::NoAnswerAfterSignIn => (Silence::OnCommand(if imap { "SELECT" } else { "RCPT" }), Security::Tls),
        }
    }
}

/// What the shell saw of the step a fault ended.
#[derive(Debug, Clone)]
pub struct Diagnosed {
    /// The finished step, diagnosed by the flow.
    pub step: Step,
    /// Its announced start.
    pub announced: StepStarted,
    /// From the announced start to the diagnosed end reaching the shell.
    pub started_to_diagnosis: Duration,
}

/// What one run of `flow::check` showed the shell, in order.
#[derive(Default)]
struct Seen {
    started: Vec<(StepStarted, Instant)>,
    finished: Vec<(Step, Instant)>,
}

impl Seen {
    fn diagnosed(&self, id: &str) -> Option<Diagnosed> {
        let (step, ended) = self.finished.iter().find(|(step, _)| step.id == id)?;
        let (announced, started) = self.started.iter().find(|(started, _)| started.id == id)?;
        Some(Diagnosed { step: step.clone(), announced: announced.clone(), started_to_diagnosis: ended.duration_since(*started) })
    }
}

/// The request the flow makes for endpoints on loopback, trusting `ca`,
/// with the default deadlines.
pub fn request(ca: &TestCa, imap: ServerEndpoint, smtp: ServerEndpoint) -> SetupRequest {
    let provider = ProviderFile::parse(
        std::path::Path::new("silent-faults.toml"),
        r#"
name = "Silent faults"
domains = ["hostile.test"]

[oauth]
authorize_url = "https://login.hostile.test/authorize"
token_url = "https://login.hostile.test/token"
client_id = "00000000-0000-4000-8000-000000000000"
scopes = ["https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send", "offline_access"]

[imap]
host = "localhost"
port = 993
security = "tls"

[smtp]
host = "localhost"
port = 587
security = "starttls"
"#,
    )
    .expect("the provider file parses");
    let mut plan = provider.plan();
    plan.incoming = imap;
    plan.smtp = smtp;
    let no_browser = BrowserLauncher::Function(Arc::new(|_: &str| Err("these checks never sign in".to_owned())));
    let mut request = SetupRequest::new(
        EmailAddress::parse("you@hostile.test").unwrap(),
        "Silent".to_owned(),
        plan,
        ca.trust.clone(),
        no_browser,
        ProfileTarget::NoWrite,
    );
    request.deadlines = Deadlines::default();
    request
}

/// The token the hostile servers accept, as a sign-in would have returned it.
pub fn tokens() -> TokenSet {
    TokenSet { access_token: Secret::new(TOKEN), refresh_token: None, expires_in: None, granted_scopes: None, received_at: std::time::SystemTime::now() }
}

/// Runs `flow::check` once and returns what the shell saw.
fn check(request: &SetupRequest, runtime: &tokio::runtime::Runtime) -> (Vec<Step>, Seen) {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let sink = seen.clone();
    let steps = flow::check(request, &tokens(), runtime.handle(), &CancelFlag::new(), &move |event| {
        let mut seen = sink.lock().unwrap();
        match event {
            FlowEvent::StepStarted(started) => seen.started.push((started, Instant::now())),
            FlowEvent::StepFinished(step) => seen.finished.push((step, Instant::now())),
            FlowEvent::SignIn(_) => {}
        }
    })
    .expect("the checks were not cancelled");
    let seen = std::mem::take(&mut *seen.lock().unwrap());
    (steps, seen)
}

/// One run with `fault` on both servers at once; what the shell saw of the
/// IMAP and the SMTP step it ended (`None` when that step did not end as
/// expected: the steps say why).
pub fn run_fault(fault: SilentFault, ca: &TestCa, runtime: &tokio::runtime::Runtime) -> (Option<Diagnosed>, Option<Diagnosed>, Vec<Step>) {
    let mut black_holes = Vec::new();
    let mut endpoint = |imap: bool| -> ServerEndpoint {
        let (silence, security) = fault.silence(imap);
        if fault == SilentFault::BlackHole {
            let hole = runtime.block_on(BlackHole::new());
            let endpoint = hole.endpoint(security);
            black_holes.push(hole);
            return endpoint;
        }
        let server = runtime.block_on(async {
            if imap {
                HostileServer::imap(ca, ImapMode::FallsSilent { starttls: security == Security::Starttls, at: silence }).await
            } else {
                HostileServer::smtp(ca, SmtpMode::FallsSilent { implicit_tls: security == Security::Tls, at: silence }).await
            }
        });
        server.endpoint(security)
    };
    let (imap, smtp) = (endpoint(true), endpoint(false));
    let (steps, seen) = check(&request(ca, imap, smtp), runtime);
    drop(black_holes);
    (seen.diagnosed(fault.expected(true).0), seen.diagnosed(fault.expected(false).0), steps)
}

/// How late the slow server gives every answer; see `slow_run`.
pub const SLOW_REPLY: Duration = Duration::from_millis(1500);

/// One run against slow but working servers (every answer, the handshake's
/// too, [`SLOW_REPLY`] late), on STARTTLS ports (IMAP's STARTTLS step waits
/// for four answers, the most of any step). Returns the steps.
pub fn slow_run(ca: &TestCa, runtime: &tokio::runtime::Runtime) -> Vec<Step> {
    let (imap, smtp) = runtime.block_on(async {
        let imap = HostileServer::imap(ca, ImapMode::Slow { starttls: true, reply_delay: SLOW_REPLY }).await;
        let smtp = HostileServer::smtp(ca, SmtpMode::Slow { implicit_tls: false, reply_delay: SLOW_REPLY }).await;
        (imap.endpoint(Security::Starttls), smtp.endpoint(Security::Starttls))
    });
    let (steps, _) = check(&request(ca, imap, smtp), runtime);
    steps
}

/// True when every step passed.
pub fn all_passed(steps: &[Step]) -> bool {
    steps.iter().all(|step| step.outcome == Outcome::Passed)
}
