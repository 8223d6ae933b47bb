//! A recording proxy between the probes and a real mail server (Dovecot,
//! Postfix, the sandbox's servers): it ends the client's TLS with the test
//! CA of `hostile_server.rs`, opens its own TLS to the server, passes every
//! byte on and writes down every line the client sent, in the transcript
//! shape `hostile_server.rs` uses. The servers' own logs hold only their
//! view after TLS, and Dovecot's pre-login rawlog is not decrypted, so the
//! proxy is the one place that sees the whole conversation.
//!
//! Before TLS the proxy relays in lock step (one client line, then the
//! server's whole reply), which is how IMAP and SMTP talk before STARTTLS;
//! after the server's go-ahead to STARTTLS it upgrades both sides.

#![allow(dead_code)]

use super::hostile_server::{Recorder, TLS_MARK, TestCa};
use mailsetup::provider::{Security, ServerEndpoint};
use tokio::io::{AsyncBufReadExt as _, AsyncRead, AsyncWrite, AsyncWriteExt as _, BufReader};
use tokio::net::TcpStream;

/// Which mail protocol the proxy relays, for the plain-text part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Imap,
    Smtp,
}

/// A proxy listening on a loopback port, for one connection.
pub struct RecordingProxy {
    pub port: u16,
    security: Security,
    recorder: Recorder,
    relay: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl RecordingProxy {
    /// Starts a proxy to `server`, which the proxy trusts through
    /// `server_trust`; the client must trust `ca`.
    pub async fn start(ca: &TestCa, protocol: Protocol, server: ServerEndpoint, server_trust: &mailsetup::tls::TrustStore) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let recorder = Recorder::default();
        let connector = tokio_rustls::TlsConnector::from(server_trust.client_config().unwrap());
        let (acceptor, record, security) = (ca.acceptor.clone(), recorder.clone(), server.security);
        let relay = tokio::spawn(async move {
            let (client, _) = listener.accept().await?;
            let upstream = TcpStream::connect((server.host.as_str(), server.port)).await?;
            let name = rustls_pki_types::ServerName::try_from(server.host.clone()).map_err(std::io::Error::other)?;
            let ends = Ends { client, upstream, acceptor, connector, name, record };
            match server.security {
                Security::Tls => ends.secure().await?.relay().await,
                Security::Starttls => ends.plain_until_starttls(protocol).await?.relay().await,
            }
        });
        Self { port, security, recorder, relay }
    }

    /// Where the client connects: the proxy, with the server's security.
    pub fn endpoint(&self) -> ServerEndpoint {
        ServerEndpoint { host: "localhost".into(), port: self.port, security: self.security }
    }

    /// Every line the client sent, with [`TLS_MARK`] where TLS began and
    /// XOAUTH2 payloads redacted.
    pub fn transcript(&self) -> Vec<String> {
        self.recorder.transcript()
    }

    /// The bearer tokens the client sent.
    pub fn tokens_received(&self) -> Vec<String> {
        self.recorder.tokens()
    }

    /// Waits for the connection to end; fails the test if the relay broke.
    pub async fn finish(&mut self) {
        let ended = tokio::time::timeout(std::time::Duration::from_secs(10), &mut self.relay).await;
        let relayed = ended.expect("the proxied connection ends within 10 s").unwrap();
        if let Err(error) = relayed {
            panic!("the proxy could not relay the whole conversation: {error} ({:?})", error.kind());
        }
    }
}

trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// Both sides of the proxied connection, before TLS.
struct Ends {
    client: TcpStream,
    upstream: TcpStream,
    acceptor: tokio_rustls::TlsAcceptor,
    connector: tokio_rustls::TlsConnector,
    name: rustls_pki_types::ServerName<'static>,
    record: Recorder,
}

/// Both sides, each inside its own TLS session.
struct Secured {
    client: Box<dyn Io>,
    upstream: Box<dyn Io>,
    record: Recorder,
}

impl Ends {
    async fn secure(self) -> std::io::Result<Secured> {
        let (client, upstream) = tokio::try_join!(self.acceptor.accept(self.client), self.connector.connect(self.name, self.upstream))?;
        self.record.push(TLS_MARK);
        Ok(Secured { client: Box::new(client), upstream: Box::new(upstream), record: self.record })
    }

    /// Relays lines in lock step until the server says go ahead to STARTTLS.
    async fn plain_until_starttls(mut self, protocol: Protocol) -> std::io::Result<Secured> {
        let mut from_client = BufReader::new(&mut self.client);
        let mut from_server = BufReader::new(&mut self.upstream);
        relay_reply(&mut from_server, from_client.get_mut(), protocol, None).await?;
        loop {
            let mut line = String::new();
            if from_client.read_line(&mut line).await? == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            from_server.get_mut().write_all(line.as_bytes()).await?;
            let line = line.trim_end_matches(['\r', '\n']).to_owned();
            self.record.push(line.clone());
            let tag = (protocol == Protocol::Imap).then(|| line.split(' ').next().unwrap_or_default().to_owned());
            let last = relay_reply(&mut from_server, from_client.get_mut(), protocol, tag.as_deref()).await?;
            let go_ahead = match protocol {
                Protocol::Imap => last.split(' ').nth(1) == Some("OK"),
                Protocol::Smtp => last.starts_with("220"),
            };
            if line.to_ascii_uppercase().ends_with("STARTTLS") && go_ahead {
                assert!(from_client.buffer().is_empty() && from_server.buffer().is_empty(), "bytes pipelined past STARTTLS");
                break;
            }
        }
        self.secure().await
    }
}

/// Passes one whole server reply to the client; returns its last line. An
/// IMAP reply ends with the line tagged `tag` (the greeting: its one line),
/// an SMTP reply with a line whose code is followed by a space.
async fn relay_reply(from_server: &mut BufReader<&mut TcpStream>, to_client: &mut TcpStream, protocol: Protocol, tag: Option<&str>) -> std::io::Result<String> {
    loop {
        let mut line = String::new();
        if from_server.read_line(&mut line).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        to_client.write_all(line.as_bytes()).await?;
        let last = match (protocol, tag) {
            (Protocol::Imap, None) => true,
            (Protocol::Imap, Some(tag)) => line.starts_with(&format!("{tag} ")),
            (Protocol::Smtp, _) => line.as_bytes().get(3) != Some(&b'-'),
        };
        if last {
            return Ok(line.trim_end_matches(['\r', '\n']).to_owned());
        }
    }
}

impl Secured {
    /// Relays both ways until either side ends, recording the client's lines.
    async fn relay(self) -> std::io::Result<()> {
        let (client_read, mut client_write) = tokio::io::split(self.client);
        let (mut upstream_read, mut upstream_write) = tokio::io::split(self.upstream);
        let record = self.record;
        let to_server = async move {
            let mut lines = BufReader::new(client_read);
            loop {
                let mut line = String::new();
                match lines.read_line(&mut line).await {
                    // A client may hang up without TLS's close_notify, or
                    // with unread bytes (the server's goodbye), which the
                    // kernel answers with a reset.
                    Ok(0) => return upstream_write.shutdown().await.or(Ok(())),
                    Err(error) if matches!(error.kind(), std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::ConnectionReset) => {
                        return upstream_write.shutdown().await.or(Ok(()));
                    }
                    Err(error) => return Err(error),
                    Ok(_) => {}
                }
                upstream_write.write_all(line.as_bytes()).await?;
                record.push(line.trim_end_matches(['\r', '\n']));
            }
        };
        let to_client = async move {
            tokio::io::copy(&mut upstream_read, &mut client_write).await?;
            client_write.shutdown().await.or(Ok(()))
        };
        // A server that closes after its goodbye may reset the other half.
        let (sent, _received): (std::io::Result<()>, std::io::Result<()>) = tokio::join!(to_server, to_client);
        sent
    }
}

/// Runs the flow's checks for `request` with `tokens` through a recording
/// proxy in front of each of the plan's servers (trusted through the
/// request's own trust store); returns the finished proxies and the steps.
pub fn check_through_proxies(
    request: &mut mailsetup::flow::SetupRequest,
    tokens: &mailsetup::oauth::TokenSet,
    runtime: &tokio::runtime::Runtime,
) -> (RecordingProxy, RecordingProxy, Vec<mailsetup::report::Step>) {
    let ca = TestCa::new();
    let (mut imap, mut smtp) = runtime.block_on(async {
        let imap = RecordingProxy::start(&ca, Protocol::Imap, request.plan.incoming.clone(), &request.trust).await;
        let smtp = RecordingProxy::start(&ca, Protocol::Smtp, request.plan.smtp.clone(), &request.trust).await;
        (imap, smtp)
    });
    (request.plan.incoming, request.plan.smtp, request.trust) = (imap.endpoint(), smtp.endpoint(), ca.trust.clone());
    let cancel = mailsetup::oauth::CancelFlag::new();
    let steps = mailsetup::flow::check(request, tokens, runtime.handle(), &cancel, &|_| {}).expect("the checks were not cancelled");
    runtime.block_on(async { tokio::join!(imap.finish(), smtp.finish()) });
    (imap, smtp, steps)
}
