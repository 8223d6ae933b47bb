//! The embedded sandbox provider: an OAuth2 authorization server, an IMAP
//! server and an SMTP submission server, all in-process on `127.0.0.1`.
//!
//! `mailsetup --sandbox` runs the whole wizard against it, so anyone can try
//! the tool (and helpdesks can train on it) without an account; GUI tests
//! run against it; and its servers double as fast in-process fakes for the
//! oauth and probe tests. With the `faults` feature (mailsetup's tests only),
//! [`SandboxOptions`] switches on faults real servers cannot produce on
//! demand; without it the sandbox is always the healthy provider.
//!
//! A crate of its own that knows nothing of mailsetup: it exposes plain data
//! ([`Sandbox::ports`], [`HOST`], [`Sandbox::authorize_url`],
//! [`Sandbox::token_url`], [`CLIENT_ID`], [`Sandbox::scopes`],
//! [`Sandbox::ca_pem`]) and mailsetup turns that into its provider plan and
//! trust store (`mailsetup::practice`).
//!
//! What a [`Sandbox`] runs, each on its own `127.0.0.1:0` listener:
//!
//! | server | URL / port | protocol |
//! |---|---|---|
//! | authorization (browser-facing) | `http://127.0.0.1:A/authorize` | plain HTTP, like any loopback page; see [`authorize`] |
//! | token endpoint | `https://localhost:B/token` | HTTPS with the sandbox CA; see [`token`] |
//! | IMAP | `localhost:X` | TLS from the first byte; see [`imap`] |
//! | SMTP submission | `localhost:Y` | plain, then STARTTLS; see [`smtp`] |
//!
//! The sign-in: authorization code with PKCE S256 only, loopback redirect
//! URIs only (`http://localhost:<port>/`, `http://127.0.0.1:<port>/`), any
//! e-mail address but two (below) and any password. Tokens are random,
//! opaque, kept only as digests, bound to the address typed on the consent
//! page; IMAP and SMTP accept them in XOAUTH2 for that address, and for the
//! shared mailbox below.
//!
//! ## A shared mailbox and an alias, as Exchange Online treats them
//!
//! Besides the people who sign in (any address, [`EXAMPLE_ADDRESS`] among
//! them), the sandbox tenant has a shared mailbox, [`SHARED_ADDRESS`], on
//! which you@ (and nobody else) has FullAccess and Send As, and an alias,
//! [`ALIAS_ADDRESS`], a second address of you@'s own mailbox. The rules are
//! Exchange Online's (mailsetup's `providers.md` §4.8), so a client set up for
//! a shared mailbox can be tried against them:
//!
//! - Tokens go to people only. The sign-in page refuses the shared address
//!   the way Entra refuses an account whose sign-in is blocked (`AADSTS50057:
//!   The user account is disabled.`, with a hint to sign in as you@), and the
//!   alias the way Entra refuses a name it does not know (`AADSTS50034`); the
//!   page stays, with the message, and no code is issued. The device code
//!   page and [`Sandbox::enter_device_code`] refuse them too.
//! - IMAP: `user=` the shared address with you@'s token opens the shared
//!   mailbox (`OK AUTHENTICATE completed.`; its INBOX holds one message of its
//!   own). Anyone else's token, or no FullAccess: `NO AUTHENTICATE failed.`
//!   The alias is no user name: `user=sales@…` is refused as any address
//!   other than the token's own is.
//! - SMTP AUTH: `user=` the shared address is always `535 5.7.3
//!   Authentication unsuccessful`; the delegate signs in as themselves, and is
//!   refused with Exchange's `535 5.7.139 … SmtpClientAuthentication is
//!   disabled for the Mailbox. …` only when SMTP AUTH is off for their mailbox.
//! - SMTP sending: after AUTH as you@, `MAIL FROM` the shared address or the
//!   alias and `RCPT TO` are accepted, as Exchange does (Send As is not
//!   checked there, so `RSET` after them proves nothing). A sender that is
//!   none of these is `550 5.7.60` at MAIL FROM. The verdict comes after the
//!   message: `DATA` is accepted (up to 1 MiB) with `250 2.0.0 OK <id>`, or,
//!   from the shared address without Send As, refused with `554 5.2.252
//!   SendAsDenied; … Cannot submit message.`. From the alias, the message is
//!   kept but recorded as sent from you@ (Exchange's rewrite to the primary
//!   address), unless the tenant has SendFromAliasEnabled.
//! - Accepted messages are kept in memory (envelope, subject, size; never the
//!   body), the last 100 of them: [`Sandbox::delivered_messages`]. Nothing is
//!   relayed anywhere.
//!
//! With `faults`, switches on [`SandboxOptions`] take each grant away (see
//! `faults`); without it the tenant is always as described here.
//!
//! Lifetime: [`Sandbox::start`] makes a CA and a server certificate (rcgen,
//! in memory), a temporary directory, and one thread running a
//! current-thread tokio runtime that serves everything. Dropping the
//! [`Sandbox`] stops that runtime (closing every listener and connection),
//! joins the thread, and deletes the temporary directory.
//!
//! Intentional omissions: no relaying and no message bodies (accepted
//! messages are only counted and listed), no OpenID Connect, no client secrets, no revocation, no dynamic client
//! registration, no IPv6 listeners.

// A loopback server built from safe libraries has no reason for unsafe code.
#![forbid(unsafe_code)]
// The sandbox reports through `tracing`, like the rest of mailsetup; a
// library printing to the terminal would garble the CLI's output.
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod authorize;
mod browser;
mod certs;
mod credential;
mod directory;
mod faults;
mod http;
mod imap;
mod line;
mod smtp;
mod store;
mod token;
mod words;

use credential::Credential;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use tokio_rustls::TlsAcceptor;
use url::Url;

/// The sandbox registration's client id.
pub const CLIENT_ID: &str = "mailsetup-sandbox";

/// The provider name plans and reports show.
pub const PROVIDER_NAME: &str = "mailsetup sandbox";

/// The scopes the sandbox plan asks for: `mail` for IMAP and SMTP,
/// `offline_access` for a refresh token.
pub const SCOPES: [&str; 2] = ["mail", "offline_access"];

/// The host name plans use for the token endpoint, IMAP and SMTP: the name
/// the sandbox's server certificate is issued for. IMAP is TLS from the first
/// byte, SMTP is plain until STARTTLS (see the table above).
pub const HOST: &str = "localhost";

/// An address to suggest in sandbox mode. `.test` is reserved (RFC 2606) and
/// never resolves, so nothing can reach a real server by mistake.
pub const EXAMPLE_ADDRESS: &str = "you@sandbox.mailsetup.test";

/// A shared mailbox of the sandbox tenant, on which [`EXAMPLE_ADDRESS`] has
/// FullAccess and Send As. It cannot sign in; see the module docs.
pub const SHARED_ADDRESS: &str = "shared@sandbox.mailsetup.test";

/// An alias (proxy address) of [`EXAMPLE_ADDRESS`]'s own mailbox. It cannot
/// sign in and is no user name; see the module docs.
pub const ALIAS_ADDRESS: &str = "sales@sandbox.mailsetup.test";

/// How many accepted messages the sandbox remembers; older ones are
/// forgotten first.
const MAX_DELIVERED: usize = 100;

/// A message the SMTP server accepted (and kept, in memory only: the sandbox
/// never relays anything). Only the envelope, the subject and the size are
/// kept; the body is read and thrown away.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DeliveredMessage {
    /// The queue id the `250 2.0.0 OK <id>` reply named.
    pub id: String,
    /// The sender the message went out as: the envelope sender, or the
    /// mailbox's own address when an alias was rewritten.
    pub from: String,
    /// The envelope recipients, in RCPT order.
    pub to: Vec<String>,
    /// The first `Subject:` header, unfolded and trimmed, undecoded
    /// (RFC 2047 words stay as sent), at most 998 characters.
    pub subject: Option<String>,
    /// The message's size in octets after dot-unstuffing, CRLF line ends.
    pub size: usize,
}

/// A function that "opens" a URL: the shape of `oauth::browser::OpenUrl`,
/// spelled out here so the sandbox does not depend on the oauth module.
pub type OpenUrl = Arc<dyn Fn(&str) -> Result<(), String> + Send + Sync>;

/// How long [`Drop`] waits for the server runtime's blocking work (DNS
/// look-ups of the automatic browser) before leaving it behind.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);

/// Lifetime of the access tokens the healthy provider issues, an hour as at
/// Microsoft and Google.
const ACCESS_TOKEN_LIFETIME: Duration = Duration::from_secs(3600);

/// Lifetime of authorization codes: short, as RFC 6749 §4.1.2 recommends
/// ("maximum lifetime of 10 minutes"); the exchange follows the redirect
/// within a second.
const CODE_LIFETIME: Duration = Duration::from_secs(120);

/// Installs ring as the process's rustls provider, which the automatic
/// browser's reqwest client needs (reqwest is built without one). Later
/// calls, or a provider installed by the embedding program, win silently.
fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// One of the sandbox's servers, for fault switches and error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Service {
    /// The browser-facing authorization server (`/authorize`, `/consent`).
    Authorize,
    /// The HTTPS token endpoint.
    Token,
    /// The IMAP server.
    Imap,
    /// The SMTP submission server.
    Smtp,
}

impl std::fmt::Display for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Service::Authorize => "authorization",
            Service::Token => "token",
            Service::Imap => "IMAP",
            Service::Smtp => "SMTP",
        })
    }
}

/// Which button the automatic browser presses on the consent page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ConsentDecision {
    /// "Allow": the redirect carries a code.
    #[default]
    Allow,
    /// "Deny": the redirect carries `error=access_denied`.
    Deny,
}

/// The tenant id in the sandbox's Microsoft-shaped tokens.
pub const SANDBOX_TENANT_ID: &str = "00000000-5a4d-4b0c-8000-000000000001";

/// The Outlook scopes the sandbox plan asks for with `microsoft_tokens`.
pub const OUTLOOK_SCOPES: [&str; 3] = ["https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send", "offline_access"];

pub use faults::SandboxOptions;
pub use words::{PageText, PageWords, english as english_page_text};
#[cfg(feature = "faults")]
pub use faults::{CertFault, FaultScript, TlsFault};

/// Why the sandbox could not start, or the automatic browser failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SandboxError {
    #[error("the sandbox could not listen on 127.0.0.1 for its {service} server: {source}")]
    Bind {
        service: Service,
        #[source]
        source: std::io::Error,
    },
    #[error("the sandbox could not make its throwaway certificates: {0}")]
    Certificate(String),
    #[error("the sandbox could not set up TLS: {0}")]
    Tls(#[from] rustls::Error),
    #[error("the sandbox could not create its temporary folder: {0}; is the temporary directory writable?")]
    TempDir(#[source] std::io::Error),
    #[error("the sandbox could not start its server thread: {0}")]
    Runtime(#[source] std::io::Error),
    #[error("the sandbox has stopped")]
    Stopped,
    #[error("the automatic browser failed at the {step} step: {message}")]
    AutoBrowser { step: &'static str, message: String },
    #[error("the automatic browser did not finish within {0:?}")]
    Timeout(Duration),
}

/// State shared by all servers of one sandbox.
pub(crate) struct Shared {
    pub options: SandboxOptions,
    store: Mutex<store::Store>,
    /// The authorization server's port, for the device code page URL.
    authorize_port: std::sync::atomic::AtomicU16,
    /// Refresh grants seen, for a scripted throttle.
    #[cfg(feature = "faults")]
    refresh_grants: std::sync::atomic::AtomicU32,
    /// The messages SMTP accepted, oldest first, at most [`MAX_DELIVERED`].
    delivered: Mutex<std::collections::VecDeque<DeliveredMessage>>,
}

impl Shared {
    /// Fresh state for one sandbox.
    pub fn new(options: SandboxOptions) -> Self {
        let store = store::Store::default();
        #[cfg(feature = "faults")]
        let store = faults::shape_tokens(store, &options);
        Self {
            options,
            store: Mutex::new(store),
            authorize_port: std::sync::atomic::AtomicU16::new(0),
            #[cfg(feature = "faults")]
            refresh_grants: std::sync::atomic::AtomicU32::new(0),
            delivered: Mutex::new(std::collections::VecDeque::new()),
        }
    }

    /// Keeps an accepted message, forgetting the oldest beyond [`MAX_DELIVERED`].
    pub fn deliver(&self, message: DeliveredMessage) {
        let mut delivered = self.delivered.lock().unwrap_or_else(PoisonError::into_inner);
        if delivered.len() >= MAX_DELIVERED {
            delivered.pop_front();
        }
        delivered.push_back(message);
    }

    /// The authorization server's port (0 before it listens).
    pub fn authorize_port(&self) -> u16 {
        self.authorize_port.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The store. A handler that panicked cannot leave it half-updated in a
    /// way that matters to a sandbox, so poisoning is ignored.
    pub fn store(&self) -> MutexGuard<'_, store::Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The check IMAP and SMTP run on an XOAUTH2 `user=` and token.
    pub fn check_bearer(&self, user: &str, token: &Credential) -> Result<(), store::TokenRejection> {
        if !self.accepts_tokens() {
            return Err(store::TokenRejection::RejectedByOptions);
        }
        self.store().check_bearer(user, token)
    }

    /// [`Shared::check_bearer`] for one service, checking Microsoft-shaped
    /// tokens' audience and scope as Exchange does.
    pub fn check_bearer_for(&self, service: Service, user: &str, token: &Credential) -> Result<(), store::TokenRejection> {
        self.check_bearer(user, token)?;
        if let Some((audience, scp)) = self.store().token_claims(token) {
            let wanted = if service == Service::Smtp { "SMTP.Send" } else { "IMAP.AccessAsUser.All" };
            if audience.trim_end_matches('/') != "https://outlook.office.com" || !scp.split_whitespace().any(|s| s == wanted) {
                return Err(store::TokenRejection::MissingMailScope);
            }
        }
        Ok(())
    }
}

/// The base64 XOAUTH2 error challenge: the script's JSON, or the sandbox's own.
pub(crate) fn scripted_challenge(shared: &Shared) -> String {
    use base64::Engine as _;
    match shared.scripted_challenge_json() {
        Some(json) => base64::engine::general_purpose::STANDARD.encode(json),
        None => store::xoauth2_error_challenge(),
    }
}

/// Keeps a connection open without ever answering (a black hole).
pub(crate) async fn hold_forever<T: Send + 'static>(connection: T) {
    let _held = connection;
    std::future::pending::<()>().await;
}

/// The ports the servers listen on, all on `127.0.0.1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SandboxPorts {
    pub authorize: u16,
    pub token: u16,
    pub imap: u16,
    pub smtp: u16,
}

/// A running sandbox provider. Dropping it stops every server and deletes
/// its temporary directory.
pub struct Sandbox {
    shared: Arc<Shared>,
    ports: SandboxPorts,
    ca_pem: String,
    runtime: tokio::runtime::Handle,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
    profile_root: PathBuf,
    temp_dir: Option<tempfile::TempDir>,
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox")
            .field("ports", &self.ports)
            .field("profile_root", &self.profile_root)
            .finish_non_exhaustive()
    }
}

impl Sandbox {
    /// Starts the sandbox: certificates, temporary directory, listeners on
    /// `127.0.0.1:0`, and a server thread. Blocks until everything listens,
    /// so the plan's ports are live when this returns.
    pub fn start(options: SandboxOptions) -> Result<Sandbox, SandboxError> {
        install_crypto_provider();
        #[cfg(feature = "faults")]
        let certs = certs::SandboxCerts::generate_with(options.script.imap_certificate)?;
        #[cfg(not(feature = "faults"))]
        let certs = certs::SandboxCerts::generate()?;
        let http_tls = TlsAcceptor::from(certs.server_config(&[b"http/1.1"])?);
        let mail_tls = TlsAcceptor::from(certs.server_config(&[])?);
        #[cfg(feature = "faults")]
        let imap_tls = match options.script.imap_certificate {
            CertFault::Valid => mail_tls.clone(),
            fault => TlsAcceptor::from(certs.faulty_server_config(fault)?),
        };
        #[cfg(not(feature = "faults"))]
        let imap_tls = mail_tls.clone();

        let temp_dir =
            tempfile::Builder::new().prefix("mailsetup-sandbox-").tempdir().map_err(SandboxError::TempDir)?;
        let profile_root = temp_dir.path().join("thunderbird");
        std::fs::create_dir(&profile_root).map_err(SandboxError::TempDir)?;

        let bind = |service| {
            let listener = std::net::TcpListener::bind(("127.0.0.1", 0))
                .and_then(|listener| listener.set_nonblocking(true).map(|()| listener))
                .map_err(|source| SandboxError::Bind { service, source })?;
            let port = listener.local_addr().map_err(|source| SandboxError::Bind { service, source })?.port();
            Ok::<_, SandboxError>((listener, port))
        };
        let (authorize_listener, authorize_port) = bind(Service::Authorize)?;
        let (token_listener, token_port) = bind(Service::Token)?;
        let (imap_listener, imap_port) = bind(Service::Imap)?;
        let (smtp_listener, smtp_port) = bind(Service::Smtp)?;
        let ports = SandboxPorts { authorize: authorize_port, token: token_port, imap: imap_port, smtp: smtp_port };

        let shared = Arc::new(Shared::new(options));
        shared.authorize_port.store(authorize_port, std::sync::atomic::Ordering::Relaxed);
        let (shutdown_tx, shutdown_rx) = tokio::sync::oneshot::channel::<()>();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread_shared = shared.clone();
        let thread = std::thread::Builder::new()
            .name("mailsetup-sandbox".into())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
                    Ok(runtime) => runtime,
                    Err(error) => {
                        let _ = ready_tx.send(Err(SandboxError::Runtime(error)));
                        return;
                    }
                };
                runtime.block_on(async move {
                    let listeners = (|| {
                        let to_tokio = |listener, service| {
                            tokio::net::TcpListener::from_std(listener)
                                .map_err(|source| SandboxError::Bind { service, source })
                        };
                        Ok::<_, SandboxError>((
                            to_tokio(authorize_listener, Service::Authorize)?,
                            to_tokio(token_listener, Service::Token)?,
                            to_tokio(imap_listener, Service::Imap)?,
                            to_tokio(smtp_listener, Service::Smtp)?,
                        ))
                    })();
                    let (authorize_listener, token_listener, imap_listener, smtp_listener) = match listeners {
                        Ok(listeners) => listeners,
                        Err(error) => {
                            let _ = ready_tx.send(Err(error));
                            return;
                        }
                    };
                    let shared = thread_shared;
                    let black_hole = |service| shared.is_black_hole(service);
                    let authorize_shared = shared.clone();
                    tokio::spawn(http::serve(
                        Service::Authorize,
                        authorize_listener,
                        None,
                        black_hole(Service::Authorize),
                        Arc::new(move |request| authorize::handle(&authorize_shared, request)),
                    ));
                    let token_shared = shared.clone();
                    tokio::spawn(http::serve(
                        Service::Token,
                        token_listener,
                        Some(http_tls),
                        black_hole(Service::Token),
                        Arc::new(move |request| token::handle(&token_shared, request)),
                    ));
                    tokio::spawn(imap::serve(shared.clone(), imap_listener, imap_tls));
                    tokio::spawn(smtp::serve(shared.clone(), smtp_listener, mail_tls));
                    let _ = ready_tx.send(Ok(tokio::runtime::Handle::current()));
                    // Runs until `Sandbox` is dropped (or its sender is lost).
                    let _ = shutdown_rx.await;
                });
                // Dropping the runtime drops every task: listeners and
                // connections close here.
                runtime.shutdown_timeout(SHUTDOWN_GRACE);
            })
            .map_err(SandboxError::Runtime)?;
        let runtime = match ready_rx.recv() {
            Ok(Ok(handle)) => handle,
            Ok(Err(error)) => {
                let _ = thread.join();
                return Err(error);
            }
            Err(_disconnected) => {
                let _ = thread.join();
                return Err(SandboxError::Stopped);
            }
        };
        tracing::info!(
            authorize = ports.authorize,
            token = ports.token,
            imap = ports.imap,
            smtp = ports.smtp,
            "sandbox provider started on 127.0.0.1"
        );
        Ok(Sandbox {
            shared,
            ports,
            ca_pem: certs.ca_pem,
            runtime,
            shutdown: Some(shutdown_tx),
            thread: Some(thread),
            profile_root,
            temp_dir: Some(temp_dir),
        })
    }

    /// The scopes a sign-in asks for: `mail offline_access`, or, when the
    /// tokens are Exchange-shaped (a fault script), the Outlook scopes.
    pub fn scopes(&self) -> &'static [&'static str] {
        if self.shared.microsoft_tokens() { &OUTLOOK_SCOPES } else { &SCOPES }
    }

    /// The browser-facing authorize URL, `http://127.0.0.1:A/authorize`.
    pub fn authorize_url(&self) -> Url {
        let text = format!("http://127.0.0.1:{}/authorize", self.ports.authorize);
        Url::parse(&text).expect("a loopback URL with a port always parses")
    }

    /// The token endpoint, `https://localhost:B/token` (see [`HOST`]).
    pub fn token_url(&self) -> Url {
        let text = format!("https://{HOST}:{}/token", self.ports.token);
        Url::parse(&text).expect("a loopback URL with a port always parses")
    }

    /// The sandbox CA certificate, PEM: what every client of the sandbox's
    /// TLS servers must trust besides the system store (mailsetup's
    /// `TrustStore::with_ca_pem`, lettre's `Certificate::from_pem`, or
    /// `--ca-file`).
    pub fn ca_pem(&self) -> String {
        self.ca_pem.clone()
    }

    /// A throwaway Thunderbird root directory (initially empty) inside the
    /// sandbox's temporary directory; deleted with the sandbox.
    pub fn profile_root(&self) -> &Path {
        &self.profile_root
    }

    /// An address to suggest in sandbox mode (see [`EXAMPLE_ADDRESS`]).
    pub fn example_address() -> &'static str {
        EXAMPLE_ADDRESS
    }

    /// The ports the servers listen on.
    pub fn ports(&self) -> SandboxPorts {
        self.ports
    }

    /// The options the sandbox runs with.
    pub fn options(&self) -> &SandboxOptions {
        &self.shared.options
    }

    /// Plays the user on the device code page: enters `user_code` as
    /// `address` and presses `decision`. Returns false for an unknown code,
    /// and for Allow as an address that cannot sign in ([`SHARED_ADDRESS`],
    /// [`ALIAS_ADDRESS`]; the code stays unanswered, as on the page).
    pub fn enter_device_code(&self, user_code: &str, address: &str, decision: ConsentDecision) -> bool {
        let allow = decision == ConsentDecision::Allow;
        if allow && directory::sign_in_refusal(address.trim(), &self.shared.options.page_words).is_some() {
            return false;
        }
        self.shared.store().answer_device_code(user_code, address, allow)
    }

    /// The messages the SMTP server accepted so far, oldest first (at most
    /// the last 100). Refused messages (`554 5.2.252`, `552 5.3.4`) are not
    /// among them.
    pub fn delivered_messages(&self) -> Vec<DeliveredMessage> {
        self.shared.delivered.lock().unwrap_or_else(PoisonError::into_inner).iter().cloned().collect()
    }

    /// How many access tokens the token endpoint has issued (both grants).
    pub fn issued_token_count(&self) -> usize {
        self.shared.store().issued_access_tokens
    }

    /// Plays the user's browser for one sign-in, in the background: opens
    /// `authorize_url` (which must be this sandbox's), presses Allow (with
    /// the `faults` feature: `SandboxOptions::auto_consent`) on the consent page with the URL's
    /// `login_hint` (or [`EXAMPLE_ADDRESS`]) as the address, and follows the
    /// redirect to the application's loopback listener. Used by GUI and CLI
    /// tests, and by `--sandbox` when the user ticks "approve automatically".
    pub fn approve_in_background(&self, authorize_url: &str) -> ApprovalHandle {
        self.auto_browser().approve_in_background(authorize_url)
    }

    /// [`Sandbox::approve_in_background`] as a "browser launcher" function
    /// (the shape of `oauth::browser::OpenUrl`): it starts the approval and
    /// returns at once; the sign-in flow then waits for the redirect as it
    /// would for a person. Failures are logged (WARN) and show up as the
    /// flow's own browser-wait timeout. The function holds no reference to
    /// the sandbox; once the sandbox is dropped it does nothing.
    pub fn automatic_browser(&self) -> OpenUrl {
        let auto_browser = self.auto_browser();
        Arc::new(move |authorize_url: &str| {
            drop(auto_browser.approve_in_background(authorize_url));
            Ok(())
        })
    }

    fn auto_browser(&self) -> AutoBrowser {
        AutoBrowser {
            runtime: self.runtime.clone(),
            authorize_base: self.authorize_url(),
            decision: self.shared.auto_consent(),
            login_as: self.shared.login_as().map(str::to_owned),
        }
    }
}

/// What the automatic browser needs, detached from the [`Sandbox`].
#[derive(Clone)]
struct AutoBrowser {
    login_as: Option<String>,
    runtime: tokio::runtime::Handle,
    authorize_base: Url,
    decision: ConsentDecision,
}

impl AutoBrowser {
    fn approve_in_background(&self, authorize_url: &str) -> ApprovalHandle {
        let (sender, receiver) = tokio::sync::oneshot::channel();
        let authorize_url = authorize_url.to_owned();
        let base = self.authorize_base.clone();
        let decision = self.decision;
        // Signing in as someone else: drop the hint, type the other address.
        let (authorize_url, fallback) = match &self.login_as {
            Some(other) => match Url::parse(&authorize_url) {
                Ok(mut url) => {
                    let pairs: Vec<(String, String)> = url.query_pairs().filter(|(k, _)| k != "login_hint").map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
                    url.query_pairs_mut().clear().extend_pairs(pairs);
                    (url.to_string(), other.clone())
                }
                Err(_) => (authorize_url, other.clone()),
            },
            None => (authorize_url, EXAMPLE_ADDRESS.to_owned()),
        };
        // On a stopped sandbox the task is dropped unrun, and the handle
        // reports `SandboxError::Stopped`.
        self.runtime.spawn(async move {
            let outcome = browser::approve(&authorize_url, &base, decision, &fallback).await;
            if let Err(error) = &outcome {
                tracing::warn!(%error, "automatic approval failed");
            }
            let _ = sender.send(outcome);
        });
        ApprovalHandle { receiver }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            tracing::warn!("the sandbox server thread panicked");
        }
        // Only now, with no server left to write into it.
        if let Some(temp_dir) = self.temp_dir.take()
            && let Err(error) = temp_dir.close()
        {
            tracing::warn!(%error, "could not delete the sandbox's temporary directory");
        }
        tracing::debug!("sandbox provider stopped");
    }
}

/// What the automatic browser did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    /// The button pressed on the consent page; `None` when the sandbox
    /// refused the authorize request and redirected straight back with an
    /// error (for example `plain` PKCE).
    pub pressed: Option<ConsentDecision>,
    /// The HTTP status the application's loopback listener answered with.
    pub callback_status: u16,
    /// The start (at most 4096 characters) of the page the listener served.
    pub callback_page: String,
}

/// A running automatic approval; see [`Sandbox::approve_in_background`].
#[derive(Debug)]
pub struct ApprovalHandle {
    receiver: tokio::sync::oneshot::Receiver<Result<Approval, SandboxError>>,
}

impl ApprovalHandle {
    /// The outcome, if the approval has finished (for polling from a UI).
    pub fn try_outcome(&mut self) -> Option<Result<Approval, SandboxError>> {
        use tokio::sync::oneshot::error::TryRecvError;
        match self.receiver.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Closed) => Some(Err(SandboxError::Stopped)),
        }
    }

    /// Waits, blocking the thread, at most `timeout` for the outcome. Do not
    /// call this on a runtime thread that also serves the loopback listener.
    pub fn wait(mut self, timeout: Duration) -> Result<Approval, SandboxError> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(outcome) = self.try_outcome() {
                return outcome;
            }
            if Instant::now() >= deadline {
                return Err(SandboxError::Timeout(timeout));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits for the outcome from async code (wrap it in a timeout).
    pub async fn outcome(self) -> Result<Approval, SandboxError> {
        self.receiver.await.unwrap_or(Err(SandboxError::Stopped))
    }
}
