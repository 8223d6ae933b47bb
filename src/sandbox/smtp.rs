//! The sandbox's SMTP submission server: plain text, then STARTTLS, then
//! XOAUTH2; it takes messages and keeps them in memory, but never relays
//! anything (see [`crate::DeliveredMessage`]).
//!
//! ```text
//! S: 220 localhost ESMTP mailsetup sandbox ready
//! C: EHLO client            S: 250-localhost Hello [127.0.0.1] ... 250-STARTTLS ... 250 SMTPUTF8
//! C: STARTTLS               S: 220 2.0.0 SMTP server ready      (TLS handshake; all state reset)
//! C: EHLO client            S: 250-... 250-AUTH XOAUTH2 ... 250 SMTPUTF8
//! C: AUTH XOAUTH2 <b64>     S: 235 2.7.0 Authentication successful
//!    (or C: AUTH XOAUTH2 / S: 334 / C: <b64>)
//!    failure: S: 334 <base64 {"status":"401",..}>  C: (empty)  S: 535 5.7.3 Authentication unsuccessful
//!    user=shared@…: 535 5.7.3 Authentication unsuccessful (only the delegate signs in)
//!    you@ with SMTP AUTH off: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. …
//! C: MAIL FROM:<own address, shared@…, or (for you@) sales@…>  S: 250 2.1.0 Sender OK
//!    other sender: 550 5.7.60 SMTP; Client does not have permissions to send as this sender
//!    before AUTH:  530 5.7.0 Authentication required
//! C: RCPT TO:<anyone>       S: 250 2.1.5 Recipient OK
//! C: DATA                   S: 354 Start mail input; end with <CRLF>.<CRLF>
//! C: (message) / .          S: 250 2.0.0 OK <id@localhost>
//!    from shared@… without Send As: 554 5.2.252 SendAsDenied; … Cannot submit message.
//!    over 1 MiB:                    552 5.3.4 Message size exceeds fixed maximum message size
//! C: RSET                   S: 250 2.0.0 Resetting
//! C: QUIT                   S: 221 2.0.0 Service closing transmission channel
//! ```
//!
//! AUTH is never offered or accepted before TLS. Send As is judged as
//! Exchange judges it: not at MAIL FROM or RCPT (so a check with `RSET`
//! cannot see it), only once a whole message has arrived. A message from the
//! alias is kept with the alias as sender only when the tenant allows sending
//! from aliases; otherwise it is recorded as sent from you@ (the rewrite).
//! Accepted messages stay in the sandbox's memory for the tests to look at;
//! nothing leaves the computer.

use super::imap::domain_of;
use super::line::{Line, LineReader, send};
use super::store::{TokenRejection, parse_xoauth2};
use super::{DeliveredMessage, Service, Shared, directory};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;

/// Longest command line accepted: RFC 4954 §4 asks servers to take AUTH
/// lines of at least 12288 octets; a little more costs nothing.
const MAX_LINE: usize = 16 * 1024;

/// RFC 5321 §4.5.3.2.7: the server should wait at least 5 minutes for the
/// next command.
const IDLE: Duration = Duration::from_secs(5 * 60);

/// How long a client may take over the TLS handshake after STARTTLS.
const HANDSHAKE: Duration = Duration::from_secs(30);

/// Recipients per envelope; RFC 5321 §4.5.3.1.8 asks for at least 100.
const MAX_RECIPIENTS: usize = 100;

/// Largest message accepted (advertised as `SIZE`): a sandbox has no use
/// for big ones, and the body is only counted, never kept.
const MAX_MESSAGE: usize = 1024 * 1024;

/// Longest line inside DATA. RFC 5321 §4.5.3.1.6 allows 1000 octets; this
/// leaves room for sloppy clients and still bounds the reader's buffer.
const MAX_DATA_LINE: usize = 64 * 1024;

/// Longest subject kept: RFC 5322's line limit.
const MAX_SUBJECT: usize = 998;

/// Accepts SMTP connections until the runtime stops.
pub(crate) async fn serve(shared: Arc<Shared>, listener: TcpListener, acceptor: TlsAcceptor) {
    #[cfg(feature = "faults")]
    let black_hole = shared.is_black_hole(Service::Smtp);
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(error) => {
                tracing::warn!(%error, "SMTP accept failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // Only a faults build has black holes (and their log line).
        #[cfg(feature = "faults")]
        if black_hole {
            tracing::debug!(%peer, "SMTP connection held without answer (black hole)");
            tokio::spawn(super::hold_forever(stream));
            continue;
        }
        tokio::spawn(connection(shared.clone(), stream, peer, acceptor.clone()));
    }
}

async fn connection(shared: Arc<Shared>, mut stream: TcpStream, peer: SocketAddr, acceptor: TlsAcceptor) {
    let result = async {
        if let Some(greeting) = shared.scripted_smtp_greeting() {
            send(&mut stream, &[greeting]).await?;
            return Ok(());
        }
        send(&mut stream, &["220 localhost ESMTP mailsetup sandbox ready"]).await?;
        let mut reader = LineReader::default();
        if let End::Closed = Session::new(&shared, peer, false).run(&mut stream, &mut reader).await? {
            return Ok(());
        }
        // RFC 3207 §4.2: anything the client sent behind STARTTLS came in
        // plain text; it must not be treated as if it came through TLS.
        let pipelined = reader.take_buffered();
        if !pipelined.is_empty() {
            tracing::debug!(bytes = pipelined.len(), "discarded plain-text bytes sent after STARTTLS");
        }
        let mut tls = match tokio::time::timeout(HANDSHAKE, acceptor.accept(stream)).await {
            Ok(Ok(tls)) => tls,
            Ok(Err(error)) => {
                tracing::debug!(%peer, %error, "SMTP TLS handshake failed");
                return Ok(());
            }
            Err(_elapsed) => return Ok(()),
        };
        Session::new(&shared, peer, true).run(&mut tls, &mut LineReader::default()).await.map(|_| ())
    }
    .await;
    if let Err(error) = result {
        tracing::debug!(%peer, %error, "SMTP connection ended with an error");
    }
}

/// How a session ended.
enum End {
    /// QUIT, a closed connection, or an error reply that closes it.
    Closed,
    /// STARTTLS was accepted: the caller starts TLS and a new session.
    StartTls,
}

/// One SMTP session: all of a plain connection, or all of the TLS part
/// (STARTTLS resets everything, RFC 3207 §4.2).
struct Session<'a> {
    shared: &'a Shared,
    peer: SocketAddr,
    tls: bool,
    greeted: bool,
    /// The authenticated user, after a successful AUTH.
    user: Option<String>,
    /// The envelope sender, between MAIL and RSET (or the end of DATA).
    sender: Option<String>,
    recipients: Vec<String>,
}

impl<'a> Session<'a> {
    fn new(shared: &'a Shared, peer: SocketAddr, tls: bool) -> Self {
        Self { shared, peer, tls, greeted: false, user: None, sender: None, recipients: Vec::new() }
    }

    async fn run<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        stream: &mut S,
        reader: &mut LineReader,
    ) -> std::io::Result<End> {
        loop {
            let line = match reader.read_line(stream, MAX_LINE, IDLE).await? {
                Line::Text(line) => line,
                Line::TooLong => {
                    send(stream, &["500 5.5.2 Line too long"]).await?;
                    return Ok(End::Closed);
                }
                Line::Closed => {
                    // Best effort: the client may already be gone.
                    let _ = send(stream, &["421 4.4.2 localhost Error: timeout exceeded"]).await;
                    return Ok(End::Closed);
                }
            };
            let (verb, argument) = match line.split_once(' ') {
                Some((verb, argument)) => (verb.to_ascii_uppercase(), argument.trim()),
                None => (line.to_ascii_uppercase(), ""),
            };
            // The verb only: AUTH arguments hold a token.
            tracing::debug!(verb = verb.as_str(), tls = self.tls, "SMTP command");
            let reply = match verb.as_str() {
                "EHLO" => self.ehlo(argument),
                "HELO" if argument.is_empty() => "501 5.5.4 Syntax: HELO hostname".to_owned(),
                "HELO" => {
                    self.greeted = true;
                    self.reset();
                    format!("250 localhost Hello [{}]", self.peer.ip())
                }
                "STARTTLS" => {
                    if self.tls {
                        "503 5.5.1 TLS already active".to_owned()
                    } else if !self.shared.smtp_offers_starttls() {
                        "502 5.5.1 Command not implemented".to_owned()
                    } else if !argument.is_empty() {
                        "501 5.5.4 Syntax: STARTTLS".to_owned()
                    } else {
                        send(stream, &["220 2.0.0 SMTP server ready"]).await?;
                        return Ok(End::StartTls);
                    }
                }
                "AUTH" => match self.auth(stream, reader, argument).await? {
                    Some(reply) => reply,
                    None => return Ok(End::Closed),
                },
                "MAIL" => self.mail(argument),
                "RCPT" => self.rcpt(argument),
                "DATA" if self.recipients.is_empty() => "503 5.5.1 Need RCPT command".to_owned(),
                "DATA" if !argument.is_empty() => "501 5.5.4 Syntax: DATA".to_owned(),
                "DATA" => match self.data(stream, reader).await? {
                    Some(reply) => reply,
                    None => return Ok(End::Closed),
                },
                "RSET" => {
                    self.reset();
                    "250 2.0.0 Resetting".to_owned()
                }
                "NOOP" => "250 2.0.0 OK".to_owned(),
                "QUIT" => {
                    send(stream, &["221 2.0.0 Service closing transmission channel"]).await?;
                    return Ok(End::Closed);
                }
                _ => "500 5.5.2 Command unrecognized".to_owned(),
            };
            send(stream, &[&reply]).await?;
        }
    }

    /// Forgets the envelope (RSET, EHLO, after DATA).
    fn reset(&mut self) {
        self.sender = None;
        self.recipients.clear();
    }

    fn ehlo(&mut self, argument: &str) -> String {
        if argument.is_empty() {
            return "501 5.5.4 Syntax: EHLO hostname".to_owned();
        }
        self.greeted = true;
        self.reset();
        let mut lines = vec![
            format!("localhost Hello [{}]", self.peer.ip()),
            format!("SIZE {MAX_MESSAGE}"),
            "8BITMIME".to_owned(),
            "ENHANCEDSTATUSCODES".to_owned(),
        ];
        if !self.tls && self.shared.smtp_offers_starttls() {
            lines.push("STARTTLS".to_owned());
        }
        // Never AUTH in plain text, whatever the options say.
        if self.tls && self.shared.smtp_offers_xoauth2() && self.user.is_none() {
            lines.push("AUTH XOAUTH2".to_owned());
        }
        lines.push("SMTPUTF8".to_owned());
        let last = lines.len() - 1;
        lines
            .iter()
            .enumerate()
            .map(|(i, line)| format!("250{}{line}", if i == last { ' ' } else { '-' }))
            .collect::<Vec<_>>()
            .join("\r\n")
    }

    /// `AUTH XOAUTH2 [initial-response]` (RFC 4954). Returns the final reply,
    /// or `None` when the client went away mid-exchange.
    async fn auth<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        stream: &mut S,
        reader: &mut LineReader,
        argument: &str,
    ) -> std::io::Result<Option<String>> {
        if !self.greeted {
            return Ok(Some("503 5.5.1 Send EHLO first".to_owned()));
        }
        if !self.tls {
            return Ok(Some("530 5.7.0 Must issue a STARTTLS command first".to_owned()));
        }
        if self.user.is_some() {
            return Ok(Some("503 5.5.1 Already authenticated".to_owned()));
        }
        if self.sender.is_some() {
            return Ok(Some("503 5.5.1 AUTH not allowed during a mail transaction".to_owned()));
        }
        let (mechanism, initial) = match argument.split_once(' ') {
            Some((mechanism, initial)) => (mechanism, Some(initial.trim())),
            None => (argument, None),
        };
        if !mechanism.eq_ignore_ascii_case("XOAUTH2") || !self.shared.smtp_offers_xoauth2() {
            return Ok(Some("504 5.7.4 Unrecognized authentication type".to_owned()));
        }
        let response = match initial {
            Some("=") => String::new(),
            Some(initial) => initial.to_owned(),
            None => {
                send(stream, &["334 "]).await?;
                match reader.read_line(stream, MAX_LINE, IDLE).await? {
                    Line::Text(line) => line,
                    Line::TooLong | Line::Closed => return Ok(None),
                }
            }
        };
        if response == "*" {
            return Ok(Some("501 5.7.0 Authentication cancelled".to_owned()));
        }
        let scripted = self.shared.scripted_smtp_auth_reply().map(str::to_owned);
        let verdict = match parse_xoauth2(&response) {
            Some(_) if scripted.is_some() => Err(TokenRejection::RejectedByOptions),
            // Exchange: the shared mailbox is never an SMTP user name, whatever
            // the token; the delegate signs in as themselves.
            Some(xoauth2) if directory::is_shared(&xoauth2.user) => Err(TokenRejection::SharedMailboxUser),
            Some(xoauth2) => self
                .shared
                .check_bearer_for(Service::Smtp, &xoauth2.user, &xoauth2.token)
                .and_then(|()| self.shared.smtp_auth_allowed(&xoauth2.user))
                .map(|()| xoauth2.user),
            None => Err(TokenRejection::Unknown),
        };
        match verdict {
            Ok(user) => {
                tracing::debug!(email_domain = domain_of(&user), "SMTP XOAUTH2 accepted");
                self.user = Some(user);
                Ok(Some("235 2.7.0 Authentication successful".to_owned()))
            }
            Err(reason) => {
                tracing::debug!(?reason, "SMTP XOAUTH2 refused");
                send(stream, &[&format!("334 {}", super::scripted_challenge(self.shared))]).await?;
                match reader.read_line(stream, MAX_LINE, IDLE).await? {
                    Line::Text(_) => Ok(Some(scripted.unwrap_or_else(|| {
                        if reason == TokenRejection::SmtpAuthDisabled {
                            directory::SMTP_AUTH_DISABLED_FOR_MAILBOX.to_owned()
                        } else {
                            "535 5.7.3 Authentication unsuccessful".to_owned()
                        }
                    }))),
                    Line::TooLong | Line::Closed => Ok(None),
                }
            }
        }
    }

    fn mail(&mut self, argument: &str) -> String {
        let Some(sender) = path_argument(argument, "FROM:") else {
            return "501 5.5.4 Syntax: MAIL FROM:<address>".to_owned();
        };
        if !self.greeted {
            return "503 5.5.1 Send EHLO first".to_owned();
        }
        let Some(user) = &self.user else {
            return "530 5.7.0 Authentication required".to_owned();
        };
        if self.sender.is_some() {
            return "503 5.5.1 Sender already specified".to_owned();
        }
        if let Some(reply) = self.shared.scripted_smtp_mail_reply() {
            return reply.to_owned();
        }
        if !self.shared.may_name_sender(user, &sender) {
            return "550 5.7.60 SMTP; Client does not have permissions to send as this sender".to_owned();
        }
        self.sender = Some(sender);
        "250 2.1.0 Sender OK".to_owned()
    }

    fn rcpt(&mut self, argument: &str) -> String {
        let Some(recipient) = path_argument(argument, "TO:") else {
            return "501 5.5.4 Syntax: RCPT TO:<address>".to_owned();
        };
        if self.sender.is_none() {
            return "503 5.5.1 Need MAIL command".to_owned();
        }
        if recipient.is_empty() || !recipient.contains('@') {
            return "501 5.1.3 Bad recipient address syntax".to_owned();
        }
        if self.recipients.len() >= MAX_RECIPIENTS {
            return "452 4.5.3 Too many recipients".to_owned();
        }
        self.recipients.push(recipient);
        "250 2.1.5 Recipient OK".to_owned()
    }

    /// `DATA` (RFC 5321 §4.1.1.4), after MAIL and RCPT: reads the message to
    /// its terminator, counting it and keeping only the subject, then judges
    /// the sender. Returns the final reply, or `None` when the connection
    /// must close (the client went away, or sent a line past the cap).
    async fn data<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        stream: &mut S,
        reader: &mut LineReader,
    ) -> std::io::Result<Option<String>> {
        let (Some(user), Some(sender)) = (self.user.clone(), self.sender.clone()) else {
            // RCPT needs MAIL, and MAIL needs AUTH; kept for safety.
            return Ok(Some("503 5.5.1 Need MAIL command".to_owned()));
        };
        send(stream, &["354 Start mail input; end with <CRLF>.<CRLF>"]).await?;
        let mut message = MessageReader::default();
        loop {
            match reader.read_bytes(stream, MAX_DATA_LINE, IDLE).await? {
                Line::Text(line) if line == b"." => break,
                Line::Text(line) => message.line(&line),
                Line::TooLong => {
                    send(stream, &["500 5.5.2 Line too long"]).await?;
                    return Ok(None);
                }
                Line::Closed => return Ok(None),
            }
        }
        let recipients = std::mem::take(&mut self.recipients);
        self.reset();
        if message.size > MAX_MESSAGE {
            tracing::debug!(size = message.size, "SMTP message refused: too large");
            return Ok(Some("552 5.3.4 Message size exceeds fixed maximum message size".to_owned()));
        }
        let from = match self.shared.submission(&user, &sender) {
            Ok(from) => from,
            Err(reply) => {
                tracing::debug!(sender_domain = domain_of(&sender), "SMTP message refused: may not send as its sender");
                return Ok(Some(reply));
            }
        };
        let id = format!("{:016x}@localhost", rand::random::<u64>());
        let size = message.size;
        tracing::debug!(size, recipients = recipients.len(), "SMTP message accepted and kept");
        let reply = format!("250 2.0.0 OK <{id}>");
        self.shared.deliver(DeliveredMessage { id, from, to: recipients, subject: message.finish(), size });
        Ok(Some(reply))
    }
}

/// What DATA keeps of a message while it streams past: its size and the
/// first `Subject:` header (with folded continuation lines).
#[derive(Debug, Default)]
struct MessageReader {
    size: usize,
    in_body: bool,
    in_subject: bool,
    subject: Option<String>,
}

impl MessageReader {
    /// One line as sent, without its CRLF.
    fn line(&mut self, line: &[u8]) {
        // Dot-unstuffing (RFC 5321 §4.5.2).
        let line = line.strip_prefix(b".").unwrap_or(line);
        self.size = self.size.saturating_add(line.len() + 2);
        if self.in_body || self.size > MAX_MESSAGE {
            return;
        }
        if line.is_empty() {
            self.in_body = true;
            return;
        }
        let text = String::from_utf8_lossy(line);
        if text.starts_with([' ', '\t']) {
            if self.in_subject
                && let Some(subject) = &mut self.subject
            {
                push_bounded(subject, &text);
            }
            return;
        }
        self.in_subject = false;
        if self.subject.is_none()
            && let Some((name, value)) = text.split_once(':')
            && name.eq_ignore_ascii_case("Subject")
        {
            let mut subject = String::new();
            push_bounded(&mut subject, value.trim());
            self.subject = Some(subject);
            self.in_subject = true;
        }
    }

    /// The kept subject, trimmed.
    fn finish(self) -> Option<String> {
        self.subject.map(|subject| subject.trim().to_owned())
    }
}

/// Appends `more` to `text`, unfolded (RFC 5322 §2.2.3: the CRLF goes, the
/// white space stays), up to [`MAX_SUBJECT`] characters.
fn push_bounded(text: &mut String, more: &str) {
    let room = MAX_SUBJECT.saturating_sub(text.chars().count());
    text.extend(more.chars().take(room));
}

/// The address in `FROM:<address> [parameters]` / `TO:<address>`; the
/// keyword is matched without regard to case, and a space after the colon is
/// tolerated.
fn path_argument(argument: &str, keyword: &str) -> Option<String> {
    let head = argument.get(..keyword.len())?;
    if !head.eq_ignore_ascii_case(keyword) {
        return None;
    }
    let rest = argument.get(keyword.len()..)?.trim_start().strip_prefix('<')?;
    let (address, _parameters) = rest.split_once('>')?;
    Some(address.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(path_argument("FROM:<you@x.test>", "FROM:").as_deref(), Some("you@x.test"));
        assert_eq!(path_argument("from: <you@x.test> SIZE=10", "FROM:").as_deref(), Some("you@x.test"));
        assert_eq!(path_argument("FROM:<>", "FROM:").as_deref(), Some(""));
        assert_eq!(path_argument("FROM:you@x.test", "FROM:"), None);
        assert_eq!(path_argument("TO:<a@b.test>", "FROM:"), None);
        assert_eq!(path_argument("", "TO:"), None);
    }

    #[test]
    fn a_message_is_counted_and_only_its_subject_kept() {
        let mut message = MessageReader::default();
        for line in ["From: you@x.test", "SUBJECT: Quarterly", "\tfigures", "Subject: second", "", "..body", "Subject: body"] {
            message.line(line.as_bytes());
        }
        // Each line and its CRLF; ".body" unstuffed.
        assert_eq!(message.size, (16 + 2) + (18 + 2) + (8 + 2) + (15 + 2) + 2 + (5 + 2) + (13 + 2));
        assert_eq!(message.finish().as_deref(), Some("Quarterly\tfigures"));

        let mut long = MessageReader::default();
        long.line(format!("Subject: {}", "x".repeat(2000)).as_bytes());
        assert_eq!(long.finish().map(|subject| subject.len()), Some(MAX_SUBJECT));
        assert_eq!(MessageReader::default().finish(), None);
    }
}
