//! The SMTP submission check, on lettre's connection API.
//!
//! ```text
//! S: 220 greeting            C: EHLO            S: 250-… STARTTLS
//! C: STARTTLS                S: 220             (TLS handshake, certificate verified)
//! C: EHLO                    S: 250-… AUTH XOAUTH2 …
//! C: AUTH XOAUTH2 <base64>   S: 235 2.7.0       (or: 334 <base64 JSON>, C: <empty>, S: 535 …)
//! C: MAIL FROM:<self>        C: RCPT TO:<self>  C: RSET   C: QUIT
//! ```
//! The token is only ever written after the connection is encrypted; that is
//! checked right before the AUTH line, not assumed.

use super::{CheckRequest, StepFailure, StepLog, connect_tcp, sasl, tls_handshake};
use crate::provider::Security;
use crate::report::{StepId, Phase, Step};
use crate::secret::Secret;
use crate::troubleshoot::Fault;
use lettre::transport::smtp::authentication::Mechanism;
use lettre::transport::smtp::client::{AsyncSmtpConnection, AsyncTokioStream, TlsParameters};
use lettre::transport::smtp::commands::{Ehlo, Mail, Rcpt, Rset};
use lettre::transport::smtp::extension::{ClientId, Extension, ServerInfo};
use std::fmt;

const STEPS: [(StepId, &str); 6] = [
    (StepId::SmtpConnect, "Connect to the SMTP server"),
    (StepId::SmtpGreeting, "Read the greeting"),
    (StepId::SmtpTls, "Secure the connection (TLS)"),
    (StepId::SmtpEhlo, "Ask which sign-in methods it offers"),
    (StepId::SmtpAuthenticate, "Sign in with the token (XOAUTH2)"),
    (StepId::SmtpEnvelope, "Check you may send as yourself (no mail is sent)"),
];

pub(super) async fn check(request: &CheckRequest, on_step: &(dyn Fn(&Step) + Send + Sync)) -> Vec<Step> {
    let mut log = StepLog::new(Phase::Smtp, on_step);
    if run(request, &mut log).await.is_none() {
        let done = log.steps.len();
        log.skip_rest(&STEPS[done..]);
    }
    log.finish()
}

/// A TLS stream that lettre can drive as if it were its own.
#[derive(Debug)]
struct ImplicitTls(tokio_rustls::client::TlsStream<tokio::net::TcpStream>);

impl tokio::io::AsyncRead for ImplicitTls {
    fn poll_read(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>, buf: &mut tokio::io::ReadBuf<'_>) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.get_mut().0).poll_read(cx, buf)
    }
}
impl tokio::io::AsyncWrite for ImplicitTls {
    fn poll_write(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>, buf: &[u8]) -> std::task::Poll<std::io::Result<usize>> {
        std::pin::Pin::new(&mut self.get_mut().0).poll_write(cx, buf)
    }
    fn poll_flush(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.get_mut().0).poll_flush(cx)
    }
    fn poll_shutdown(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.get_mut().0).poll_shutdown(cx)
    }
}
impl AsyncTokioStream for ImplicitTls {
    fn peer_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.0.get_ref().0.peer_addr()
    }
}

async fn run(request: &CheckRequest, log: &mut StepLog<'_>) -> Option<()> {
    let endpoint = &request.smtp;
    let deadlines = request.deadlines;
    let hello = ClientId::Domain("mailsetup.localhost".to_owned());

    let (id, title) = STEPS[0];
    let tcp = log.run(id, title, deadlines.connect, connect_tcp(endpoint)).await?;

    // Implicit TLS (port 465) is secured before the greeting; STARTTLS after it.
    let (id, title) = STEPS[1];
    let (mut connection, encrypted) = match endpoint.security {
        Security::Tls => {
            let (tls_id, tls_title) = STEPS[2];
            let tls = log.run(tls_id, tls_title, deadlines.tls, tls_handshake(tcp, &endpoint.host, &request.trust)).await?;
            (log.run(id, title, deadlines.command, greet(Box::new(ImplicitTls(tls)), &hello)).await?, true)
        }
        Security::Starttls => {
            let connection = log.run(id, title, deadlines.command, greet(Box::new(tcp), &hello)).await?;
            let (tls_id, tls_title) = STEPS[2];
            let mut connection = connection;
            log.run(tls_id, tls_title, deadlines.tls + deadlines.command, async {
                if !connection.server_info().supports_feature(Extension::StartTls) {
                    return Err(StepFailure::ours(format!(
                        "the server does not offer STARTTLS ({}); mailsetup stops here so that your token is never sent unencrypted",
                        describe_server_info(connection.server_info()),
                    ))
                    .with_fault(Some(Fault::StarttlsMissing)));
                }
                let tls_parameters = tls_parameters(request)?;
                connection.starttls(tls_parameters, &hello).await.map_err(|e| failure("STARTTLS failed", &e))?;
                Ok(((), format!("STARTTLS, certificate verified for {}", endpoint.host), None))
            })
            .await?;
            let encrypted = connection.is_encrypted();
            (connection, encrypted)
        }
    };

    let (id, title) = STEPS[3];
    log.run(id, title, deadlines.command, async {
        let response = connection.command(Ehlo::new(hello.clone())).await.map_err(|e| failure("EHLO failed", &e))?;
        let info = ServerInfo::from_response(&response).map_err(|e| failure("the EHLO answer could not be read", &e))?;
        let words = response_text(&response);
        if info.supports_auth_mechanism(Mechanism::Xoauth2) {
            Ok(((), "offers XOAUTH2".to_owned(), Some(words)))
        } else if !request.require_xoauth2 {
            Ok(((), describe_server_info(&info), Some(words)))
        } else {
            Err(StepFailure::server("the server does not offer XOAUTH2 (AUTH XOAUTH2), which token sign-in needs", words).with_fault(Some(Fault::Xoauth2NotOffered)))
        }
    })
    .await?;

    let Some(access_token) = &request.access_token else {
        // A check without a token ends here, before AUTH.
        log.skip_without_token(&STEPS[4..]);
        let _ = connection.quit().await;
        return Some(());
    };
    let (id, title) = STEPS[4];
    log.run(id, title, deadlines.command, async {
        if !encrypted {
            return Err(StepFailure::ours("the connection is not encrypted; the token was not sent"));
        }
        authenticate(&mut connection, &request.address, access_token).await
    })
    .await?;

    let (id, title) = STEPS[5];
    let outcome = log
        .run(id, title, deadlines.command * 2, async {
            let address: lettre::Address = request
                .address
                .parse()
                .map_err(|e| StepFailure::ours(format!("{} cannot be used as a sender: {e}", request.address)))?;
            connection
                .command(Mail::new(Some(address.clone()), vec![]))
                .await
                .map_err(|e| failure("the server refused you as the sender (MAIL FROM)", &e))?;
            connection
                .command(Rcpt::new(address, vec![]))
                .await
                .map_err(|e| failure("the server refused the recipient (RCPT TO)", &e))?;
            connection.command(Rset).await.map_err(|e| failure("RSET failed", &e))?;
            Ok(((), format!("the server accepts mail from {} (then RSET: nothing was sent)", request.address), None))
        })
        .await;
    let _ = connection.quit().await;
    outcome
}

async fn greet(stream: Box<dyn AsyncTokioStream>, hello: &ClientId) -> Result<(AsyncSmtpConnection, String, Option<String>), StepFailure> {
    let connection = AsyncSmtpConnection::connect_with_transport(stream, hello)
        .await
        .map_err(|e| failure("the server did not greet properly", &e))?;
    let detail = format!("the server greeted and answered EHLO ({})", describe_server_info(connection.server_info()));
    Ok((connection, detail, None))
}

fn tls_parameters(request: &CheckRequest) -> Result<TlsParameters, StepFailure> {
    request.trust.smtp_tls_parameters(&request.smtp.host).map_err(|e| StepFailure::ours(format!("TLS could not be prepared: {e}")))
}

/// `AUTH XOAUTH2 <initial response>`; on a 334 error challenge, answer with
/// an empty line so the server can fail the command with its reason.
async fn authenticate(
    connection: &mut AsyncSmtpConnection,
    address: &str,
    token: &Secret,
) -> Result<((), String, Option<String>), StepFailure> {
    let response = connection
        .command(AuthXOAuth2 { initial_response: sasl::xoauth2_base64(address, token) })
        .await
        .map_err(|e| failure("the server refused the token", &e))?;
    if response.has_code(235) {
        return Ok(((), format!("the server accepted the token for {address}"), Some(response_text(&response))));
    }
    if response.has_code(334) {
        let challenge = sasl::describe_challenge(response.message().next().unwrap_or_default());
        let words = match connection.command(EmptyLine).await {
            Ok(last) => response_text(&last),
            Err(e) => smtp_error_words(&e),
        };
        return Err(StepFailure::server("the server refused the token", format!("334 {challenge}\n{words}")));
    }
    Err(StepFailure::server("unexpected answer to AUTH", response_text(&response)))
}

/// The AUTH line. It carries the token, so it is only formatted straight onto
/// the encrypted wire; it has no `Debug`.
struct AuthXOAuth2 {
    initial_response: Secret,
}

impl fmt::Display for AuthXOAuth2 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AUTH XOAUTH2 {}\r\n", self.initial_response.expose())
    }
}

struct EmptyLine;

impl fmt::Display for EmptyLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\r\n")
    }
}

fn response_text(response: &lettre::transport::smtp::response::Response) -> String {
    let code = response.code();
    response.message().map(|line| format!("{code} {line}")).collect::<Vec<_>>().join("\n")
}

/// The server's words from a lettre error: the reply code and text when the
/// server answered, else lettre's description.
fn smtp_error_words(error: &lettre::transport::smtp::Error) -> String {
    match (error.status(), std::error::Error::source(error)) {
        (Some(code), Some(text)) => format!("{code} {text}"),
        _ => {
            let mut text = error.to_string();
            let mut source = std::error::Error::source(error);
            while let Some(cause) = source {
                if !text.contains(&cause.to_string()) {
                    text.push_str(&format!(": {cause}"));
                }
                source = cause.source();
            }
            text
        }
    }
}

fn failure(detail: &str, error: &lettre::transport::smtp::Error) -> StepFailure {
    if error.status().is_some() {
        StepFailure::server(detail, smtp_error_words(error))
    } else {
        let fault = crate::troubleshoot::fault::classify_error(error).or_else(|| {
            // lettre reports a closed connection as a "response" error.
            let text = smtp_error_words(error).to_ascii_lowercase();
            (text.contains("incomplete response") || text.contains("connection closed") || text.contains("unexpected eof")).then_some(Fault::ConnectionClosed)
        });
        StepFailure::ours(format!("{detail}: {}", smtp_error_words(error))).with_fault(fault)
    }
}

/// The extensions a server announced, in SMTP's own keywords.
fn describe_server_info(info: &ServerInfo) -> String {
    let mut offered = Vec::new();
    if info.supports_feature(Extension::StartTls) {
        offered.push("STARTTLS");
    }
    for (mechanism, keyword) in [(Mechanism::Xoauth2, "AUTH XOAUTH2"), (Mechanism::Plain, "AUTH PLAIN"), (Mechanism::Login, "AUTH LOGIN")] {
        if info.supports_auth_mechanism(mechanism) {
            offered.push(keyword);
        }
    }
    if offered.is_empty() { "offers neither STARTTLS nor AUTH".to_owned() } else { format!("offers {}", offered.join(", ")) }
}
