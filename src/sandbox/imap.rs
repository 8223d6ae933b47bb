//! The sandbox's IMAP server: TLS from the first byte, just enough IMAP4rev1
//! for a sign-in check.
//!
//! ```text
//! S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] mailsetup sandbox ready
//! C: a1 AUTHENTICATE XOAUTH2 <base64 user=U^Aauth=Bearer T^A^A>     (SASL-IR)
//!    or  C: a1 AUTHENTICATE XOAUTH2 / S: + / C: <base64 ...>          (continuation)
//! S: a1 OK AUTHENTICATE completed.
//!    failure: S: + <base64 {"status":"401","schemes":"Bearer","scope":"mail"}>
//!             C: (empty line)
//!             S: a1 NO AUTHENTICATE failed.
//! C: a2 SELECT INBOX
//! S: * 2 EXISTS / * 0 RECENT / * FLAGS (..) / * OK [UIDVALIDITY 1] .. / a2 OK [READ-WRITE] SELECT completed.
//! C: a3 LOGOUT
//! S: * BYE mailsetup sandbox signing off / a3 OK LOGOUT completed.
//! ```
//!
//! The shared mailbox (`directory`): `user=shared@…` with the delegate's
//! (you@'s) token while you@ has FullAccess: `OK AUTHENTICATE completed.`,
//! and SELECT shows its own INBOX (`* 1 EXISTS`). Without FullAccess, with
//! anyone else's token, or when the address is a group: the usual challenge,
//! then `NO AUTHENTICATE failed.` The alias is no user name: `user=sales@…`
//! is refused like any address other than the token's own.
//!
//! Also: CAPABILITY, NOOP, EXAMINE, LOGIN (always refused: the sandbox only
//! signs in with OAuth2). Anything else is `BAD`. Replies on the failure
//! paths copy Exchange Online's wording, so the troubleshooting texts that
//! match on them work against the sandbox too.

use super::line::{Line, LineReader, send};
use super::store::parse_xoauth2;
use super::{Service, Shared, directory};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;

/// Longest command line accepted. A Microsoft access token runs to about
/// 3 KB and base64 adds a third; 16 KiB leaves room without letting a
/// runaway client grow a buffer without end.
const MAX_LINE: usize = 16 * 1024;

/// How long the server waits for the next command. Far below RFC 3501's
/// 30 minutes: a sign-in check that stalls this long is broken, and a
/// sandbox should not hold sockets for it.
const IDLE: Duration = Duration::from_secs(5 * 60);

/// How long a client may take over the TLS handshake.
const HANDSHAKE: Duration = Duration::from_secs(30);

/// Accepts IMAP connections until the runtime stops.
pub(crate) async fn serve(shared: Arc<Shared>, listener: TcpListener, acceptor: TlsAcceptor) {
    #[cfg(feature = "faults")]
    let black_hole = shared.is_black_hole(Service::Imap);
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(error) => {
                tracing::warn!(%error, "IMAP accept failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // Only a faults build has black holes (and their log line).
        #[cfg(feature = "faults")]
        if black_hole {
            tracing::debug!(%peer, "IMAP connection held without answer (black hole)");
            tokio::spawn(super::hold_forever(stream));
            continue;
        }
        #[cfg(feature = "faults")]
        match shared.options.script.imap_tls {
            super::TlsFault::None => {}
            super::TlsFault::Reset => {
                // SO_LINGER 0: closing sends a TCP RST instead of a FIN (and,
                // with a zero timeout, never blocks on drop).
                #[allow(deprecated)]
                let _ = stream.set_linger(Some(Duration::ZERO));
                drop(stream);
                continue;
            }
            super::TlsFault::OnlyOldVersions => {
                tokio::spawn(refuse_tls_version(stream));
                continue;
            }
        }
        tokio::spawn(connection(shared.clone(), stream, peer, acceptor.clone()));
    }
}

async fn connection(shared: Arc<Shared>, stream: TcpStream, peer: SocketAddr, acceptor: TlsAcceptor) {
    let mut tls = match tokio::time::timeout(HANDSHAKE, acceptor.accept(stream)).await {
        Ok(Ok(tls)) => tls,
        Ok(Err(error)) => {
            tracing::debug!(%peer, %error, "IMAP TLS handshake failed");
            return;
        }
        Err(_elapsed) => return,
    };
    if let Err(error) = Session::new(&shared).run(&mut tls).await {
        tracing::debug!(%peer, %error, "IMAP connection ended with an error");
    }
}

/// Reads the ClientHello and answers with a fatal `protocol_version` alert
/// in a TLS 1.0 record, as a server limited to TLS 1.0/1.1 does when a
/// client offers only 1.2 and 1.3.
#[cfg(feature = "faults")]
async fn refuse_tls_version(mut stream: TcpStream) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let mut hello = [0u8; 2048];
    let _ = tokio::time::timeout(HANDSHAKE, stream.read(&mut hello)).await;
    // Record: alert (21), version 3.1, length 2; level fatal (2), protocol_version (70).
    let _ = stream.write_all(&[21, 3, 1, 0, 2, 2, 70]).await;
    let _ = stream.shutdown().await;
}

/// Where the connection stands (RFC 3501 §3).
#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    NotAuthenticated,
    Authenticated { user: String },
    Selected { user: String },
}

/// One IMAP connection.
struct Session<'a> {
    shared: &'a Shared,
    reader: LineReader,
    state: State,
    /// Exchange's "authenticated but not connected": the token was good for
    /// another account, so SELECT fails.
    not_connected: bool,
}

/// What a command handler wants next.
enum Next {
    Continue,
    Close,
}

impl<'a> Session<'a> {
    fn new(shared: &'a Shared) -> Self {
        Self { shared, reader: LineReader::default(), state: State::NotAuthenticated, not_connected: false }
    }

    fn capabilities(&self) -> String {
        let mut capabilities = vec!["IMAP4rev1", "SASL-IR"];
        if self.state == State::NotAuthenticated && self.shared.imap_offers_xoauth2() {
            capabilities.push("AUTH=XOAUTH2");
        }
        capabilities.join(" ")
    }

    async fn run<S: AsyncRead + AsyncWrite + Unpin>(&mut self, stream: &mut S) -> std::io::Result<()> {
        send(stream, &[&format!("* OK [CAPABILITY {}] mailsetup sandbox ready", self.capabilities())]).await?;
        loop {
            let line = match self.reader.read_line(stream, MAX_LINE, IDLE).await? {
                Line::Text(line) => line,
                Line::TooLong => return send(stream, &["* BYE Command line too long."]).await,
                Line::Closed => return send(stream, &["* BYE Autologout; idle for too long."]).await,
            };
            if let Next::Close = self.command(stream, &line).await? {
                return Ok(());
            }
        }
    }

    async fn command<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        stream: &mut S,
        line: &str,
    ) -> std::io::Result<Next> {
        let mut words = line.splitn(3, ' ');
        let tag = words.next().unwrap_or_default();
        if !is_valid_tag(tag) {
            send(stream, &["* BAD Invalid tag."]).await?;
            return Ok(Next::Continue);
        }
        let name = words.next().unwrap_or_default().to_ascii_uppercase();
        let arguments = words.next().unwrap_or_default();
        // The command name only: arguments can hold a token.
        tracing::debug!(command = name.as_str(), "IMAP command");
        match name.as_str() {
            "CAPABILITY" => {
                send(
                    stream,
                    &[&format!("* CAPABILITY {}", self.capabilities()), &format!("{tag} OK CAPABILITY completed.")],
                )
                .await?;
            }
            "NOOP" => send(stream, &[&format!("{tag} OK NOOP completed.")]).await?,
            "LOGOUT" => {
                send(stream, &["* BYE mailsetup sandbox signing off", &format!("{tag} OK LOGOUT completed.")]).await?;
                return Ok(Next::Close);
            }
            "AUTHENTICATE" => return self.authenticate(stream, tag, arguments).await,
            "LOGIN" => {
                let reply = if self.state == State::NotAuthenticated {
                    format!("{tag} NO LOGIN failed.")
                } else {
                    format!("{tag} BAD Command received in Invalid state.")
                };
                send(stream, &[&reply]).await?;
            }
            "SELECT" | "EXAMINE" => self.select(stream, tag, &name, arguments).await?,
            _ => send(stream, &[&format!("{tag} BAD Command Error. 10")]).await?,
        }
        Ok(Next::Continue)
    }

    /// `AUTHENTICATE XOAUTH2 [initial-response]` (RFC 3501 §6.2.2, RFC 4959).
    async fn authenticate<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        stream: &mut S,
        tag: &str,
        arguments: &str,
    ) -> std::io::Result<Next> {
        if self.state != State::NotAuthenticated {
            send(stream, &[&format!("{tag} BAD Command received in Invalid state.")]).await?;
            return Ok(Next::Continue);
        }
        let (mechanism, initial) = match arguments.split_once(' ') {
            Some((mechanism, initial)) => (mechanism, Some(initial)),
            None => (arguments, None),
        };
        if !mechanism.eq_ignore_ascii_case("XOAUTH2") || !self.shared.imap_offers_xoauth2() {
            send(stream, &[&format!("{tag} NO Unsupported authentication mechanism.")]).await?;
            return Ok(Next::Continue);
        }
        let response = match initial {
            // RFC 4959: "=" is an empty initial response.
            Some("=") => String::new(),
            Some(initial) => initial.to_owned(),
            None => {
                send(stream, &["+ "]).await?;
                match self.reader.read_line(stream, MAX_LINE, IDLE).await? {
                    Line::Text(line) => line,
                    Line::TooLong => {
                        send(stream, &["* BYE Command line too long."]).await?;
                        return Ok(Next::Close);
                    }
                    Line::Closed => return Ok(Next::Close),
                }
            }
        };
        if response == "*" {
            send(stream, &[&format!("{tag} BAD AUTHENTICATE cancelled.")]).await?;
            return Ok(Next::Continue);
        }
        let verdict = match parse_xoauth2(&response) {
            Some(_) if self.shared.scripted_imap_auth_reply().is_some() => Err(super::store::TokenRejection::RejectedByOptions),
            // The shared mailbox: its own address with the delegate's token.
            Some(xoauth2) if directory::is_shared(&xoauth2.user) => {
                self.shared.open_shared_mailbox(&xoauth2.token).map(|()| xoauth2.user)
            }
            Some(xoauth2) => match self.shared.check_bearer_for(Service::Imap, &xoauth2.user, &xoauth2.token) {
                // Exchange accepts a good token for another account, then
                // cannot open the mailbox.
                Err(super::store::TokenRejection::WrongUser) if self.shared.microsoft_tokens() => {
                    self.not_connected = true;
                    Ok(xoauth2.user)
                }
                other => other.map(|()| xoauth2.user),
            },
            None => Err(super::store::TokenRejection::Unknown),
        };
        match verdict {
            Ok(user) => {
                tracing::debug!(email_domain = domain_of(&user), "IMAP XOAUTH2 accepted");
                self.state = State::Authenticated { user };
                send(stream, &[&format!("{tag} OK AUTHENTICATE completed.")]).await?;
            }
            Err(reason) => {
                tracing::debug!(?reason, "IMAP XOAUTH2 refused");
                send(stream, &[&format!("+ {}", super::scripted_challenge(self.shared))]).await?;
                // The client answers the challenge with an empty line (or
                // "*"); either way the command fails.
                let reply = self.shared.scripted_imap_auth_reply().unwrap_or("NO AUTHENTICATE failed.");
                match self.reader.read_line(stream, MAX_LINE, IDLE).await? {
                    Line::Text(_) => send(stream, &[&format!("{tag} {reply}")]).await?,
                    Line::TooLong | Line::Closed => return Ok(Next::Close),
                }
            }
        }
        Ok(Next::Continue)
    }

    /// `SELECT INBOX` / `EXAMINE INBOX`: the only folder there is, with two
    /// pretend messages (one in the shared mailbox).
    async fn select<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        stream: &mut S,
        tag: &str,
        name: &str,
        arguments: &str,
    ) -> std::io::Result<()> {
        let user = match &self.state {
            State::NotAuthenticated => {
                return send(stream, &[&format!("{tag} BAD Command received in Invalid state.")]).await;
            }
            State::Authenticated { user } | State::Selected { user } => user.clone(),
        };
        if let Some(reply) = self.shared.scripted_imap_select_reply() {
            return send(stream, &[&format!("{tag} {reply}")]).await;
        }
        if !self.shared.imap_inbox_reachable() || self.not_connected {
            // Exchange Online's answer when the token is fine but the mailbox
            // cannot be opened (wrong account, no licence, no permission).
            return send(stream, &[&format!("{tag} BAD User is authenticated but not connected.")]).await;
        }
        let mailbox = arguments.trim().trim_matches('"');
        if !mailbox.eq_ignore_ascii_case("INBOX") {
            // Selecting fails, and per RFC 3501 leaves no mailbox selected.
            self.state = State::Authenticated { user };
            return send(stream, &[&format!("{tag} NO Mailbox does not exist.")]).await;
        }
        let access = if name == "EXAMINE" { "READ-ONLY" } else { "READ-WRITE" };
        // The shared mailbox holds one message of its own, a person's two.
        let messages: u32 = if directory::is_shared(&user) { 1 } else { 2 };
        self.state = State::Selected { user };
        send(
            stream,
            &[
                &format!("* {messages} EXISTS"),
                "* 0 RECENT",
                r"* FLAGS (\Seen \Answered \Flagged \Deleted \Draft)",
                r"* OK [PERMANENTFLAGS (\Seen \Answered \Flagged \Deleted \Draft \*)] Permanent flags",
                "* OK [UIDVALIDITY 1] UIDs valid",
                &format!("* OK [UIDNEXT {}] Predicted next UID", messages + 1),
                &format!("{tag} OK [{access}] {name} completed."),
            ],
        )
        .await
    }
}

/// True for a tag made of ASTRING-CHARs other than `+` (RFC 3501 §9).
fn is_valid_tag(tag: &str) -> bool {
    !tag.is_empty() && tag.bytes().all(|b| b.is_ascii_graphic() && !b"(){%*\"\\+]".contains(&b))
}

/// The domain of an address, for logs (never the whole address).
pub(crate) fn domain_of(address: &str) -> &str {
    address.rsplit_once('@').map_or("", |(_, domain)| domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        for good in ["a1", "A0001", "tag.7", "x-y"] {
            assert!(is_valid_tag(good), "{good}");
        }
        for bad in ["", "+", "*", "a(1", "a\"b", "a{1}"] {
            assert!(!is_valid_tag(bad), "{bad}");
        }
    }
}
