//! The SMTP submission check: the plain-text part by hand, the rest on
//! lettre's connection API.
//!
//! ```text
//! S: 220 greeting            C: EHLO            S: 250-… STARTTLS
//! C: STARTTLS                S: 220             (nothing may follow; TLS handshake, certificate verified)
//! C: EHLO                    S: 250-… AUTH XOAUTH2 …
//! C: AUTH XOAUTH2 <base64>   S: 235 2.7.0       (or: 334 <base64 JSON>, C: <empty>, S: 535 …)
//! C: MAIL FROM:<self>        C: RCPT TO:<self>  C: RSET   C: QUIT
//! ```
//! The token is only ever written after the connection is encrypted; that is
//! checked right before the AUTH line, not assumed.
//!
//! Why not lettre's own `starttls`: lettre reads replies through a
//! `BufReader` that it keeps across the upgrade, so whatever a server (or a
//! man in the middle) sends in plain text right after `220 go ahead` sits in
//! that buffer and is later read as if it had come inside TLS: a forged
//! `235` passes the sign-in. lettre also reads each reply line whole before
//! checking its length. So the plain-text part (greeting, EHLO, STARTTLS) is
//! spoken here with bounded line reads and the check that nothing follows
//! the go-ahead; the handshake is ours; lettre gets the encrypted stream,
//! through a [`Metered`] wrapper that bounds every reply.

use super::reply::{SMTP_LIMITS, SmtpReply};
use super::wire::{LineConnection, Meter, Metered, ensure_nothing_follows};
use super::{CheckRequest, GOODBYE_WAIT, ProbeEvent, StepFailure, StepLog, connect_tcp, sasl, tls_handshake, tls_handshake_after, wire_address};
use crate::provider::Security;
use crate::report::{StepId, Phase, Step};
use crate::secret::Secret;
use crate::tr;
use crate::troubleshoot::Fault;
use lettre::transport::smtp::authentication::Mechanism;
use lettre::transport::smtp::client::{AsyncSmtpConnection, AsyncTokioStream};
use lettre::transport::smtp::commands::{Mail, Rcpt, Rset};
use lettre::transport::smtp::extension::{ClientId, Extension, MailParameter, ServerInfo};
use std::fmt;

type TlsStream = tokio_rustls::client::TlsStream<tokio::net::TcpStream>;


/// The name we give in EHLO.
const HELLO_NAME: &str = "mailsetup.localhost";

/// lettre's only constructor for a stream it did not open
/// (`connect_with_transport`) reads a greeting before its EHLO. The real
/// greeting has already been read and checked by then, so lettre is handed
/// this line first; it is never shown, and lettre only checks its code.
const GREETING_ALREADY_READ: &[u8] = b"220 greeting already read by mailsetup\r\n";

/// The subject of the one test message, which says what it is. It is the
/// content of a real message, not the program's words to the user, so it
/// is not translated (nor is the message's text).
pub const TEST_MESSAGE_SUBJECT: &str = "Mail Setup test message: sending works";

const TEST_MESSAGE_STEP: StepId = StepId::SmtpTestMessage;

/// The steps in order; their titles are `super::step_title`.
const STEPS: [StepId; 6] =
    [StepId::SmtpConnect, StepId::SmtpGreeting, StepId::SmtpTls, StepId::SmtpEhlo, StepId::SmtpAuthenticate, StepId::SmtpEnvelope];

pub(super) async fn check(request: &CheckRequest, on_event: &(dyn Fn(ProbeEvent<'_>) + Send + Sync)) -> Vec<Step> {
    let mut log = StepLog::new(Phase::Smtp, on_event);
    if run(request, &mut log).await.is_none() {
        log.skip_rest(&STEPS);
    }
    log.finish()
}

/// The encrypted stream as lettre drives it: first [`GREETING_ALREADY_READ`],
/// then the server's bytes, each through the meter.
#[derive(Debug)]
struct ForLettre {
    greeting_left: &'static [u8],
    stream: Metered<TlsStream>,
}

impl tokio::io::AsyncRead for ForLettre {
    fn poll_read(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>, buf: &mut tokio::io::ReadBuf<'_>) -> std::task::Poll<std::io::Result<()>> {
        let this = self.get_mut();
        if !this.greeting_left.is_empty() {
            let count = this.greeting_left.len().min(buf.remaining());
            buf.put_slice(&this.greeting_left[..count]);
            this.greeting_left = &this.greeting_left[count..];
            return std::task::Poll::Ready(Ok(()));
        }
        std::pin::Pin::new(&mut this.stream).poll_read(cx, buf)
    }
}
impl tokio::io::AsyncWrite for ForLettre {
    fn poll_write(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>, buf: &[u8]) -> std::task::Poll<std::io::Result<usize>> {
        std::pin::Pin::new(&mut self.get_mut().stream).poll_write(cx, buf)
    }
    fn poll_flush(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }
    fn poll_shutdown(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}
impl AsyncTokioStream for ForLettre {
    fn peer_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.stream.get_ref().get_ref().0.peer_addr()
    }
}

async fn run(request: &CheckRequest, log: &mut StepLog<'_>) -> Option<()> {
    let endpoint = &request.smtp;
    let deadlines = request.deadlines;
    let hello = ClientId::Domain(HELLO_NAME.to_owned());
    // Who signs in (a shared mailbox's delegate), and whose mail it is.
    let user = wire_address(request.smtp_user());
    let sender = wire_address(&request.address);

    let tcp = log.run(STEPS[0], deadlines.connect, connect_tcp(endpoint)).await?;

    // Implicit TLS (port 465) is secured before the greeting; STARTTLS after it.
    let (greeting_id, tls_id) = (STEPS[1], STEPS[2]);
    let tls = match endpoint.security {
        Security::Tls => {
            let tls = log.run(tls_id, deadlines.tls, tls_handshake(tcp, &endpoint.host, &request.trust)).await?;
            log.run(greeting_id, deadlines.command, async {
                let mut connection = LineConnection::new(tls, SMTP_LIMITS);
                let greeting = read_greeting(&mut connection).await?;
                if !connection.leftover().is_empty() {
                    return Err(StepFailure::server(tr!("probe-fail-smtp-more-than-greeting"), connection.transcript().to_owned()));
                }
                Ok((connection.into_parts().0, tr!("probe-detail-smtp-greeted"), Some(greeting.text())))
            })
            .await?
        }
        Security::Starttls => {
            let (mut connection, offers) = log
                .run(greeting_id, deadlines.command, async {
                    let mut connection = LineConnection::new(tcp, SMTP_LIMITS);
                    let greeting = read_greeting(&mut connection).await?;
                    connection.send_line(&format!("EHLO {HELLO_NAME}")).await?;
                    let offers = read_positive(&mut connection, tr!("probe-fail-smtp-ehlo-refused")).await?;
                    let detail = match describe_offers(&offers) {
                        Some(offered) => tr!("probe-detail-smtp-greeted-offers", offers = offered),
                        None => tr!("probe-detail-smtp-greeted-offers-nothing"),
                    };
                    Ok(((connection, offers), detail, Some(greeting.text())))
                })
                .await?;
            log.run(tls_id, deadlines.tls, async {
                if !offers.offers("STARTTLS") {
                    return Err(StepFailure::server(
                        match describe_offers(&offers) {
                            Some(offered) => tr!("probe-fail-smtp-no-starttls", offers = offered),
                            None => tr!("probe-fail-smtp-no-starttls-nor-auth"),
                        },
                        offers.text(),
                    )
                    .with_fault(Some(Fault::StarttlsMissing)));
                }
                connection.begin_step();
                connection.send_line("STARTTLS").await?;
                let go_ahead = connection.read_smtp_reply().await?;
                if go_ahead.code != 220 {
                    return Err(StepFailure::server(
                        tr!("probe-fail-starttls-refused", command = "STARTTLS"),
                        go_ahead.text(),
                    ));
                }
                let tcp = ensure_nothing_follows(connection)?;
                let (tls, detail) = tls_handshake_after(tcp, &endpoint.host, &request.trust, "STARTTLS").await?;
                Ok((tls, detail, None))
            })
            .await?
        }
    };
    // By construction the stream is a finished TLS session; checked again
    // before the AUTH line all the same.
    let encrypted = tls.get_ref().1.protocol_version().is_some() && !tls.get_ref().1.is_handshaking();

    let meter = Meter::new(SMTP_LIMITS);
    let mut connection = log
        .run(STEPS[3], deadlines.command, async {
            meter.begin_step();
            let stream = ForLettre { greeting_left: GREETING_ALREADY_READ, stream: Metered::new(tls, meter.clone()) };
            let connection = AsyncSmtpConnection::connect_with_transport(Box::new(stream), &hello)
                .await
                .map_err(|e| meter.explain(failure(Refused::Ehlo, &e)))?;
            let info = connection.server_info();
            let words = meter.heard();
            if info.supports_auth_mechanism(Mechanism::Xoauth2) {
                Ok((connection, tr!("probe-detail-offers-xoauth2"), Some(words)))
            } else if !request.smtp_auth.is_oauth2() {
                let detail = match describe_server_info(info) {
                    Some(offered) => tr!("probe-detail-smtp-offers", offers = offered),
                    None => tr!("probe-detail-smtp-offers-nothing"),
                };
                Ok((connection, detail, Some(words)))
            } else {
                Err(StepFailure::server(tr!("probe-fail-smtp-no-xoauth2"), words).with_fault(Some(Fault::Xoauth2NotOffered)))
            }
        })
        .await?;

    let Some(access_token) = request.token_for(request.smtp_auth) else {
        // A check without a token ends here, before AUTH.
        log.skip_without_token(&STEPS[4..], request.smtp_auth);
        quit(&mut connection).await;
        return Some(());
    };
    log.run(STEPS[4], deadlines.command, async {
        meter.begin_step();
        if !encrypted {
            return Err(StepFailure::ours(tr!("probe-fail-not-encrypted")));
        }
        authenticate(&mut connection, &user, request.smtp_user(), access_token).await.map_err(|failure| meter.explain(failure))
    })
    .await?;

    let outcome = log
        .run(STEPS[5], deadlines.command, async {
            meter.begin_step();
            let address: lettre::Address = sender.parse::<lettre::Address>().map_err(|e| StepFailure::ours(tr!("probe-fail-sender-invalid", address = &request.address, error = e.to_string())))?;
            let mut parameters = Vec::new();
            if !sender.is_ascii() {
                // RFC 6531: an address with UTF-8 before the @ may only be
                // used with a server that announced SMTPUTF8, and then MAIL
                // must say so.
                if !connection.server_info().supports_feature(Extension::SmtpUtfEight) {
                    return Err(StepFailure::ours(tr!("probe-fail-sender-needs-smtputf8", address = &request.address)));
                }
                parameters.push(MailParameter::SmtpUtfEight);
            }
            connection
                .command(Mail::new(Some(address.clone()), parameters))
                .await
                .map_err(|e| meter.explain(failure(Refused::Sender, &e)))?;
            connection
                .command(Rcpt::new(address, vec![]))
                .await
                .map_err(|e| meter.explain(failure(Refused::Recipient, &e)))?;
            connection.command(Rset).await.map_err(|e| meter.explain(failure(Refused::Rset, &e)))?;
            Ok(((), tr!("probe-detail-envelope", address = &request.address), None))
        })
        .await;
    let outcome = match outcome {
        Some(()) if request.send_test_message => {
            log.run(TEST_MESSAGE_STEP, deadlines.command, async {
                meter.begin_step();
                send_test_message(&mut connection, request).await.map_err(|failure| meter.explain(failure))
            })
            .await
        }
        other => other,
    };
    meter.begin_step();
    quit(&mut connection).await;
    outcome
}

/// The one test message: from the mailbox (a shared address or an alias)
/// to whoever signed in, with a subject and text that say what it is.
async fn send_test_message(connection: &mut AsyncSmtpConnection, request: &CheckRequest) -> Result<((), String, Option<String>), StepFailure> {
    let sender = wire_address(request.send_as.as_deref().unwrap_or(&request.address));
    let recipient = wire_address(request.smtp_user());
    let parse = |text: &str| -> Result<lettre::Address, StepFailure> {
        text.parse::<lettre::Address>().map_err(|e| StepFailure::ours(tr!("probe-fail-test-message-address", address = text, error = e.to_string())))
    };
    let (from, to) = (parse(&sender)?, parse(&recipient)?);
    let body = format!(
        "This message was sent by Mail Setup, because you asked it to send one test message.\n\n\
         It was sent as {sender} and signed in as {recipient}. That it arrived means the server lets {recipient} send as {sender}.\n"
    );
    let message = lettre::Message::builder()
        .from(lettre::message::Mailbox::new(None, from.clone()))
        .to(lettre::message::Mailbox::new(None, to.clone()))
        .subject(TEST_MESSAGE_SUBJECT)
        .body(body)
        .map_err(|e| StepFailure::ours(tr!("probe-fail-test-message-build", error = e.to_string())))?;
    let envelope = lettre::address::Envelope::new(Some(from), vec![to]).map_err(|e| StepFailure::ours(tr!("probe-fail-test-message-envelope", error = e.to_string())))?;
    let response = connection.send(&envelope, &message.formatted()).await.map_err(|e| failure(Refused::TestMessage, &e))?;
    Ok(((), tr!("probe-detail-test-message-sent", sender = &sender, recipient = &recipient), Some(response_text(&response))))
}

/// Says QUIT after the last step. Its answer changes nothing in the report,
/// so it gets a short wait instead of a step's deadline: a server that
/// never answers it must not hold the check open.
async fn quit(connection: &mut AsyncSmtpConnection) {
    let _ = tokio::time::timeout(GOODBYE_WAIT, connection.quit()).await;
}

/// Reads the greeting; anything but 220 ends the check with the server's words.
async fn read_greeting<S>(connection: &mut LineConnection<S>) -> Result<SmtpReply, StepFailure>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let greeting = connection.read_smtp_reply().await?;
    if greeting.code != 220 {
        return Err(StepFailure::server(tr!("probe-fail-smtp-greeting"), greeting.text()));
    }
    Ok(greeting)
}

/// Reads a reply that must be positive.
async fn read_positive<S>(connection: &mut LineConnection<S>, refused: String) -> Result<SmtpReply, StepFailure>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let reply = connection.read_smtp_reply().await?;
    if !reply.is_positive() {
        return Err(StepFailure::server(refused, reply.text()));
    }
    Ok(reply)
}

/// The extensions of a plain-text EHLO reply, in SMTP's own keywords
/// ("STARTTLS, AUTH PLAIN"); none when it offers neither STARTTLS nor AUTH.
fn describe_offers(reply: &SmtpReply) -> Option<String> {
    let mut offered = Vec::new();
    if reply.offers("STARTTLS") {
        offered.push("STARTTLS".to_owned());
    }
    for line in reply.lines.iter().skip(1) {
        let mut words = line.split_whitespace();
        if words.next().is_some_and(|word| word.eq_ignore_ascii_case("AUTH")) {
            offered.extend(words.map(|mechanism| format!("AUTH {}", mechanism.to_ascii_uppercase())));
        }
    }
    (!offered.is_empty()).then(|| offered.join(", "))
}

/// `AUTH XOAUTH2 <initial response>` for `user` (the address as on the
/// wire); on a 334 error challenge, answer with an empty line so the server
/// can fail the command with its reason.
async fn authenticate(
    connection: &mut AsyncSmtpConnection,
    user: &str,
    address: &str,
    token: &Secret,
) -> Result<((), String, Option<String>), StepFailure> {
    let response = connection
        .command(AuthXOAuth2 { initial_response: sasl::xoauth2_base64(user, token) })
        .await
        .map_err(|e| failure(Refused::Token, &e))?;
    if response.has_code(235) {
        return Ok(((), tr!("probe-detail-token-accepted", address = address), Some(response_text(&response))));
    }
    if response.has_code(334) {
        let challenge = sasl::describe_challenge(response.message().next().unwrap_or_default());
        let words = match connection.command(EmptyLine).await {
            Ok(last) => response_text(&last),
            Err(e) => smtp_error_words(&e),
        };
        return Err(StepFailure::server(tr!("probe-fail-token-refused"), format!("334 {challenge}\n{words}")));
    }
    Err(StepFailure::server(tr!("probe-fail-auth-unexpected"), response_text(&response)))
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

/// What the server refused, or which command broke off.
#[derive(Debug, Clone, Copy)]
enum Refused {
    Ehlo,
    Sender,
    Recipient,
    Rset,
    Token,
    TestMessage,
}

impl Refused {
    /// The sentence for it; with `error`, what broke it off.
    fn words(self, error: Option<String>) -> String {
        match (self, error) {
            (Refused::Ehlo, None) => tr!("probe-fail-ehlo"),
            (Refused::Ehlo, Some(error)) => tr!("probe-fail-ehlo-because", error = error),
            (Refused::Sender, None) => tr!("probe-fail-sender-refused"),
            (Refused::Sender, Some(error)) => tr!("probe-fail-sender-refused-because", error = error),
            (Refused::Recipient, None) => tr!("probe-fail-recipient-refused"),
            (Refused::Recipient, Some(error)) => tr!("probe-fail-recipient-refused-because", error = error),
            (Refused::Rset, None) => tr!("probe-fail-rset"),
            (Refused::Rset, Some(error)) => tr!("probe-fail-rset-because", error = error),
            (Refused::Token, None) => tr!("probe-fail-token-refused"),
            (Refused::Token, Some(error)) => tr!("probe-fail-token-refused-because", error = error),
            (Refused::TestMessage, None) => tr!("probe-fail-test-message-refused"),
            (Refused::TestMessage, Some(error)) => tr!("probe-fail-test-message-refused-because", error = error),
        }
    }
}

fn failure(refused: Refused, error: &lettre::transport::smtp::Error) -> StepFailure {
    if error.status().is_some() {
        StepFailure::server(refused.words(None), smtp_error_words(error))
    } else {
        let fault = crate::troubleshoot::fault::classify_error(error).or_else(|| {
            // lettre reports a closed connection as a "response" error.
            let text = smtp_error_words(error).to_ascii_lowercase();
            (text.contains("incomplete response") || text.contains("connection closed") || text.contains("unexpected eof")).then_some(Fault::ConnectionClosed)
        });
        StepFailure::ours(refused.words(Some(smtp_error_words(error)))).with_fault(fault)
    }
}

/// The extensions a server announced, in SMTP's own keywords; none when it
/// offers neither STARTTLS nor AUTH.
fn describe_server_info(info: &ServerInfo) -> Option<String> {
    let mut offered = Vec::new();
    if info.supports_feature(Extension::StartTls) {
        offered.push("STARTTLS");
    }
    for (mechanism, keyword) in [(Mechanism::Xoauth2, "AUTH XOAUTH2"), (Mechanism::Plain, "AUTH PLAIN"), (Mechanism::Login, "AUTH LOGIN")] {
        if info.supports_auth_mechanism(mechanism) {
            offered.push(keyword);
        }
    }
    (!offered.is_empty()).then(|| offered.join(", "))
}
