//! Loopback IMAP and SMTP servers that misbehave on purpose, and the same
//! servers in a benign mode that record every line the client sends.
//!
//! Each server is a real tokio `TcpListener` on 127.0.0.1 with TLS from a
//! throwaway test CA (certificate for `localhost`); the probes connect to it
//! as to any mail server. What the server wrote is counted, so a test can
//! prove how much a client let in before it stopped reading.
//! Used by `tests/hostile_servers.rs` and `tests/probe_transcripts.rs`.

#![allow(dead_code)]

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use mailsetup::probe::{CheckRequest, Deadlines};
use mailsetup::provider::{Security, ServerEndpoint};
use mailsetup::secret::Secret;
use mailsetup::tls::TrustStore;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt as _, AsyncRead, AsyncReadExt as _, AsyncWrite, AsyncWriteExt as _, BufReader};

/// The token the tests sign in with.
pub const TOKEN: &str = "ya29.hostile-test-token-3f9a";

/// What the recorder puts in the transcript where TLS began.
pub const TLS_MARK: &str = "-- TLS --";

/// The send buffer asked for on the listening socket (Linux doubles it and
/// accepted sockets inherit it), so that little waits in the server's kernel
/// buffer when a test counts what the server managed to write.
const SERVER_SEND_BUFFER: u32 = 16 * 1024;

/// One chunk of an endless reply.
const FLOOD_CHUNK: usize = 64 * 1024;

/// A test CA and a server certificate for `localhost`, signed by it.
pub struct TestCa {
    pub trust: TrustStore,
    pub acceptor: tokio_rustls::TlsAcceptor,
}

impl TestCa {
    pub fn new() -> Self {
        mailsetup::tls::install_crypto_provider();
        let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca.distinguished_name.push(DnType::CommonName, "mailsetup hostile-server test CA");
        ca.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
        let ca_key = KeyPair::generate().unwrap();
        let ca_cert = ca.self_signed(&ca_key).unwrap();
        let issuer = Issuer::new(ca, ca_key);
        let server = CertificateParams::new(vec!["localhost".to_owned()]).unwrap();
        let server_key = KeyPair::generate().unwrap();
        let server_cert = server.signed_by(&server_key, &issuer).unwrap();
        let key = rustls_pki_types::PrivateKeyDer::Pkcs8(rustls_pki_types::PrivatePkcs8KeyDer::from(server_key.serialize_der()));
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![server_cert.der().clone(), ca_cert.der().clone()], key)
            .unwrap();
        Self {
            trust: TrustStore::with_ca_pem(ca_cert.pem().as_bytes()).unwrap(),
            acceptor: tokio_rustls::TlsAcceptor::from(Arc::new(config)),
        }
    }
}

impl Default for TestCa {
    fn default() -> Self {
        Self::new()
    }
}

/// How the SMTP server behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpMode {
    /// A correct submission server (STARTTLS on a plain port, or implicit
    /// TLS), accepting the token and the envelope.
    Benign { implicit_tls: bool, smtputf8: bool },
    /// After `220 go ahead` it sends, in plain text, the replies a client
    /// hoping to sign in wants to read (`250 AUTH XOAUTH2`, `235`, `250`…);
    /// inside TLS it then refuses everything with 535. `same_write`: the
    /// injection goes out in the same write as the go-ahead; otherwise
    /// right after it, in a write of its own.
    InjectAfterStarttls { same_write: bool },
    /// The greeting is one line that never ends.
    EndlessGreeting,
    /// A correct plain-text part, then inside TLS an EHLO reply line that
    /// never ends (read by lettre).
    EndlessEhloInsideTls,
    /// A 10 MB greeting: one line, or many `220-` lines.
    HugeGreeting { multiline: bool },
    /// A correct server until `at`; from then on it never writes another
    /// byte and keeps the connection open.
    FallsSilent { implicit_tls: bool, at: Silence },
    /// A correct server that gives every answer, the TLS handshake's too,
    /// `reply_delay` late.
    Slow { implicit_tls: bool, reply_delay: Duration },
}

/// Where a server falls silent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Silence {
    /// It accepts the connection and never says anything (on an implicit
    /// TLS port the handshake never gets an answer).
    OnAccept,
    /// It agrees to STARTTLS, then never answers the TLS handshake.
    InTlsHandshake,
    /// On an implicit TLS port: the handshake completes, the greeting never
    /// comes.
    BeforeGreeting,
    /// It answers until the client sends this command (the verb:
    /// `AUTHENTICATE`, `MAIL`, …), then never again. An IMAP AUTHENTICATE
    /// still gets its `+`: the silence follows the token.
    OnCommand(&'static str),
}

impl Silence {
    /// True when the server falls silent on the command `verb`.
    fn is_command(self, verb: &str) -> bool {
        matches!(self, Silence::OnCommand(command) if command.eq_ignore_ascii_case(verb))
    }
}

/// How the IMAP server behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImapMode {
    /// A correct server (implicit TLS, or STARTTLS on a plain port),
    /// accepting the token.
    Benign { starttls: bool },
    /// After `s2 OK Begin TLS` it sends, in plain text, a capability list
    /// with AUTH=XOAUTH2 and the OK to the client's next command; inside TLS
    /// it then offers no XOAUTH2 and refuses AUTHENTICATE.
    InjectAfterStarttls,
    /// Accepts the token, then answers SELECT with a line that never ends
    /// (read by async-imap).
    EndlessSelect,
    /// A 10 MB greeting on one line.
    HugeGreeting,
    /// A correct server until `at`; from then on it never writes another
    /// byte and keeps the connection open.
    FallsSilent { starttls: bool, at: Silence },
    /// A correct server that gives every answer, the TLS handshake's too,
    /// `reply_delay` late.
    Slow { starttls: bool, reply_delay: Duration },
}

/// How the POP3 server behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pop3Mode {
    /// A correct server (implicit TLS, or STLS on a plain port), accepting
    /// the token; `xoauth2` false leaves XOAUTH2 out of its SASL list.
    Benign { stls: bool, xoauth2: bool },
    /// After `+OK Begin TLS` it sends, in plain text, what a client hoping
    /// to sign in wants to read (a SASL list, a `+OK` for the AUTH).
    InjectAfterStls,
    /// Refuses the token as Dovecot and Exchange do: a `+` with a base64
    /// JSON error, and `-ERR` after the client's empty answer.
    RefusesToken,
    /// A correct server until `at`; then silent, connection held open.
    FallsSilent { stls: bool, at: Silence },
}

/// A running server: its port, what the client sent, what it wrote.
#[derive(Clone)]
pub struct HostileServer {
    pub port: u16,
    recorder: Recorder,
    written: Arc<AtomicU64>,
    finished: Arc<AtomicBool>,
}

impl HostileServer {
    /// Starts an SMTP server on a loopback port, in the current runtime.
    pub async fn smtp(ca: &TestCa, mode: SmtpMode) -> Self {
        Self::start(ca, move |peer| Box::pin(serve_smtp(peer, mode))).await
    }

    /// Starts a POP3 server on a loopback port, in the current runtime.
    pub async fn pop3(ca: &TestCa, mode: Pop3Mode) -> Self {
        Self::start(ca, move |peer| Box::pin(serve_pop3(peer, mode))).await
    }

    /// Starts an IMAP server on a loopback port, in the current runtime.
    pub async fn imap(ca: &TestCa, mode: ImapMode) -> Self {
        Self::start(ca, move |peer| Box::pin(serve_imap(peer, mode))).await
    }

    async fn start(ca: &TestCa, serve: impl Fn(Peer) -> ServeFuture + Send + Sync + 'static) -> Self {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.set_send_buffer_size(SERVER_SEND_BUFFER).unwrap();
        socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
        let listener = socket.listen(16).unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = Self { port, recorder: Recorder::default(), written: Arc::default(), finished: Arc::default() };
        let (acceptor, shared) = (ca.acceptor.clone(), server.clone());
        tokio::spawn(async move {
            // One connection per server: each test makes one.
            let Ok((stream, _)) = listener.accept().await else { return };
            let _ = stream.set_nodelay(true);
            let peer = Peer {
                stream: BufReader::new(Box::new(stream)),
                acceptor,
                recorder: shared.recorder.clone(),
                written: shared.written.clone(),
                reply_delay: Duration::ZERO,
            };
            let _ = serve(peer).await;
            shared.finished.store(true, Ordering::SeqCst);
        });
        server
    }

    /// An endpoint for this server.
    pub fn endpoint(&self, security: Security) -> ServerEndpoint {
        ServerEndpoint { host: "localhost".into(), port: self.port, security }
    }

    /// Every line the client sent, in order, with [`TLS_MARK`] where TLS
    /// began and XOAUTH2 payloads redacted (see [`redact`]).
    pub fn transcript(&self) -> Vec<String> {
        self.recorder.transcript()
    }

    /// The bearer tokens the client sent, decoded from its XOAUTH2 payloads.
    pub fn tokens_received(&self) -> Vec<String> {
        self.recorder.tokens()
    }

    /// Bytes the server managed to write to the client.
    pub fn written(&self) -> u64 {
        self.written.load(Ordering::SeqCst)
    }

    /// Waits until the server's connection has ended (the client hung up or
    /// the script ran out), at most `limit`.
    pub async fn finished_within(&self, limit: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + limit;
        while !self.finished.load(Ordering::SeqCst) {
            if tokio::time::Instant::now() > deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        true
    }
}

/// A check request for `address` against these endpoints, with the test
/// token and `command` as the per-command deadline.
pub fn check_request(ca: &TestCa, address: &str, imap: ServerEndpoint, smtp: ServerEndpoint, command: Duration) -> CheckRequest {
    CheckRequest {
        send_as: None,
        send_test_message: false,
        signs_in_as: None,
        address: address.to_owned(),
        access_token: Some(Secret::new(TOKEN)),
        incoming: imap,
        incoming_protocol: mailsetup::provider::IncomingProtocol::Imap,
        incoming_auth: mailsetup::provider::AuthMethod::OAuth2,
        smtp,
        smtp_auth: mailsetup::provider::AuthMethod::OAuth2,
        trust: ca.trust.clone(),
        deadlines: Deadlines { connect: Duration::from_secs(2), tls: Duration::from_secs(2), command },
    }
}

/// A port whose SYNs are dropped, as by a firewall that drops the port: a
/// loopback listener with `listen(0)` whose accept queue is full, so Linux
/// drops every further SYN. Keep it alive while it is used.
pub struct BlackHole {
    pub port: u16,
    _listener: tokio::net::TcpListener,
    _queued: Vec<tokio::net::TcpStream>,
}

impl BlackHole {
    /// Arms one in the current runtime.
    pub async fn new() -> Self {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
        let listener = socket.listen(0).unwrap();
        let address = listener.local_addr().unwrap();
        let connect = || tokio::time::timeout(Duration::from_millis(300), tokio::net::TcpStream::connect(address));
        // Fill the queue (never accepted) until a connect hangs.
        let mut queued = Vec::new();
        while let Ok(Ok(stream)) = connect().await {
            queued.push(stream);
            assert!(queued.len() < 16, "the accept queue of a listen(0) socket never filled");
        }
        assert!(connect().await.is_err(), "the black hole is armed");
        Self { port: address.port(), _listener: listener, _queued: queued }
    }

    /// An endpoint on it (an address, not a name: nothing else to try).
    pub fn endpoint(&self, security: Security) -> ServerEndpoint {
        ServerEndpoint { host: "127.0.0.1".into(), port: self.port, security }
    }
}

/// An endpoint where nothing listens (for the protocol a test does not look at).
pub fn nowhere(security: Security) -> ServerEndpoint {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    ServerEndpoint { host: "localhost".into(), port, security }
}

/// The largest number of bytes the kernel may hold between a server that
/// writes and a client that has stopped reading: the client's receive
/// buffer at its largest (`tcp_rmem`'s maximum, which autotuning may reach)
/// plus the server's send buffer (`tcp_wmem`'s maximum, an upper bound for
/// the small one asked for here).
pub fn kernel_buffers_at_most() -> u64 {
    let max_of = |path: &str| -> u64 {
        std::fs::read_to_string(path).ok().and_then(|text| text.split_whitespace().last().and_then(|v| v.parse().ok())).unwrap_or(8 << 20)
    };
    max_of("/proc/sys/net/ipv4/tcp_rmem") + max_of("/proc/sys/net/ipv4/tcp_wmem")
}

/// Replaces every XOAUTH2 payload (base64 of `user=…^Aauth=Bearer …^A^A`)
/// with `<xoauth2 user=… token=redacted>`, keeping the user it names.
pub fn redact(line: &str) -> String {
    line.split(' ')
        .map(|word| match xoauth2_in(word) {
            Some((user, _)) => format!("<xoauth2 user={user} token=redacted>"),
            None => word.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The user and token of an XOAUTH2 payload somewhere in `text`.
fn xoauth2_in(text: &str) -> Option<(String, String)> {
    text.split(' ').find_map(|word| {
        let decoded = String::from_utf8(STANDARD.decode(word.trim()).ok()?).ok()?;
        let rest = decoded.strip_prefix("user=")?;
        let (user, rest) = rest.split_once('\x01')?;
        let token = rest.strip_prefix("auth=Bearer ")?.strip_suffix("\x01\x01")?;
        Some((user.to_owned(), token.to_owned()))
    })
}

type ServeFuture = std::pin::Pin<Box<dyn std::future::Future<Output = std::io::Result<()>> + Send>>;

trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// The lines a client sent, in order, shared with whoever serves it.
#[derive(Clone, Default)]
pub struct Recorder {
    pub lines: Arc<Mutex<Vec<String>>>,
}

impl Recorder {
    pub fn push(&self, line: impl Into<String>) {
        self.lines.lock().unwrap().push(line.into());
    }

    /// The lines with XOAUTH2 payloads redacted (see [`redact`]).
    pub fn transcript(&self) -> Vec<String> {
        self.lines.lock().unwrap().iter().map(|line| redact(line)).collect()
    }

    /// The bearer tokens in the client's XOAUTH2 payloads.
    pub fn tokens(&self) -> Vec<String> {
        self.lines.lock().unwrap().iter().filter_map(|line| xoauth2_in(line).map(|(_, token)| token)).collect()
    }
}

/// The server's side of one connection.
struct Peer {
    stream: BufReader<Box<dyn Io>>,
    acceptor: tokio_rustls::TlsAcceptor,
    recorder: Recorder,
    written: Arc<AtomicU64>,
    /// How late every answer comes (a slow server).
    reply_delay: Duration,
}

impl Peer {
    /// Writes `text` (lines end in CRLF) and counts it.
    async fn send(&mut self, text: &str) -> std::io::Result<()> {
        tokio::time::sleep(self.reply_delay).await;
        self.send_bytes(text.as_bytes()).await
    }

    /// Never writes again: reads and drops whatever the client sends until
    /// it hangs up, so the connection stays open as long as the client
    /// waits.
    async fn hold_silently(mut self) -> std::io::Result<()> {
        let mut ignored = [0u8; 4096];
        while self.stream.read(&mut ignored).await? > 0 {}
        Ok(())
    }

    async fn send_bytes(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let stream = self.stream.get_mut();
        let mut rest = bytes;
        while !rest.is_empty() {
            let count = stream.write(rest).await?;
            if count == 0 {
                return Err(std::io::ErrorKind::WriteZero.into());
            }
            self.written.fetch_add(count as u64, Ordering::SeqCst);
            rest = &rest[count..];
        }
        stream.flush().await
    }

    /// Writes `first`, then filler bytes without a line end until the client
    /// stops reading.
    async fn flood(&mut self, first: &str) -> std::io::Result<()> {
        self.send(first).await?;
        let chunk = vec![b'x'; FLOOD_CHUNK];
        loop {
            self.send_bytes(&chunk).await?;
        }
    }

    /// Reads one client line (recorded), `None` at the end of the stream.
    async fn line(&mut self) -> std::io::Result<Option<String>> {
        let mut line = String::new();
        if self.stream.read_line(&mut line).await? == 0 {
            return Ok(None);
        }
        let line = line.trim_end_matches(['\r', '\n']).to_owned();
        self.recorder.push(line.clone());
        Ok(Some(line))
    }

    /// Secures the connection (server side).
    async fn start_tls(self) -> std::io::Result<Peer> {
        assert!(self.stream.buffer().is_empty(), "the client pipelined past STARTTLS");
        let Peer { stream, acceptor, recorder, written, reply_delay } = self;
        // The handshake is the server's answer to the client's hello.
        tokio::time::sleep(reply_delay).await;
        let tls = acceptor.accept(stream.into_inner()).await?;
        recorder.push(TLS_MARK);
        Ok(Peer { stream: BufReader::new(Box::new(tls)), acceptor, recorder, written, reply_delay })
    }
}

async fn serve_smtp(mut peer: Peer, mode: SmtpMode) -> std::io::Result<()> {
    match mode {
        SmtpMode::EndlessGreeting => return peer.flood("220 ").await,
        SmtpMode::HugeGreeting { multiline: false } => {
            return peer.send(&format!("220 {}\r\n", "x".repeat(10_000_000))).await;
        }
        SmtpMode::HugeGreeting { multiline: true } => {
            let line = format!("220-{}\r\n", "x".repeat(96));
            return peer.send(&format!("{}220 ready\r\n", line.repeat(10_000_000 / line.len()))).await;
        }
        _ => {}
    }
    let (implicit_tls, smtputf8, silence) = match mode {
        SmtpMode::Benign { implicit_tls, smtputf8 } => (implicit_tls, smtputf8, None),
        SmtpMode::FallsSilent { implicit_tls, at } => (implicit_tls, false, Some(at)),
        SmtpMode::Slow { implicit_tls, reply_delay } => {
            peer.reply_delay = reply_delay;
            (implicit_tls, false, None)
        }
        _ => (false, false, None),
    };
    if silence == Some(Silence::OnAccept) {
        return peer.hold_silently().await;
    }
    if implicit_tls {
        peer = peer.start_tls().await?;
    }
    if silence == Some(Silence::BeforeGreeting) {
        return peer.hold_silently().await;
    }
    peer.send("220 hostile.test ESMTP ready\r\n").await?;
    let mut encrypted = implicit_tls;
    while let Some(line) = peer.line().await? {
        let verb = line.split([' ', ':']).next().unwrap_or_default().to_ascii_uppercase();
        if silence.is_some_and(|at| at.is_command(&verb)) {
            return peer.hold_silently().await;
        }
        match verb.as_str() {
            "EHLO" if !encrypted => peer.send("250-hostile.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n").await?,
            "EHLO" if mode == SmtpMode::EndlessEhloInsideTls => return peer.flood("250-").await,
            "EHLO" => {
                let utf8 = if smtputf8 { "250-SMTPUTF8\r\n" } else { "" };
                peer.send(&format!("250-hostile.test\r\n250-8BITMIME\r\n{utf8}250 AUTH XOAUTH2 OAUTHBEARER\r\n")).await?;
            }
            "STARTTLS" if !encrypted => {
                if let SmtpMode::InjectAfterStarttls { same_write } = mode {
                    let forged = "250-hostile.test\r\n250 AUTH XOAUTH2\r\n235 2.7.0 Accepted\r\n250 2.1.0 OK\r\n250 2.1.5 OK\r\n250 2.0.0 OK\r\n221 bye\r\n";
                    if same_write {
                        peer.send(&format!("220 2.0.0 go ahead\r\n{forged}")).await?;
                    } else {
                        peer.send("220 2.0.0 go ahead\r\n").await?;
                        peer.send(forged).await?;
                    }
                } else {
                    peer.send("220 2.0.0 go ahead\r\n").await?;
                }
                if silence == Some(Silence::InTlsHandshake) {
                    return peer.hold_silently().await;
                }
                peer = peer.start_tls().await?;
                encrypted = true;
            }
            "AUTH" if matches!(mode, SmtpMode::InjectAfterStarttls { .. }) => peer.send("535 5.7.8 Authentication credentials invalid\r\n").await?,
            "AUTH" if xoauth2_in(&line).is_some_and(|(_, token)| token == TOKEN) => peer.send("235 2.7.0 Authentication successful\r\n").await?,
            "AUTH" => peer.send("535 5.7.8 Authentication credentials invalid\r\n").await?,
            "MAIL" if line.contains("SMTPUTF8") && !smtputf8 => peer.send("555 5.5.4 SMTPUTF8 not offered\r\n").await?,
            "MAIL" if !line.is_ascii() && !line.contains("SMTPUTF8") => peer.send("553 5.6.7 non-ASCII address without SMTPUTF8\r\n").await?,
            "MAIL" | "RCPT" | "RSET" if matches!(mode, SmtpMode::InjectAfterStarttls { .. }) => peer.send("530 5.7.0 Authentication required\r\n").await?,
            "MAIL" | "RCPT" | "RSET" => peer.send("250 2.0.0 OK\r\n").await?,
            "QUIT" => {
                peer.send("221 2.0.0 bye\r\n").await?;
                return Ok(());
            }
            _ => peer.send("502 5.5.2 unknown command\r\n").await?,
        }
    }
    Ok(())
}

async fn serve_pop3(mut peer: Peer, mode: Pop3Mode) -> std::io::Result<()> {
    let stls = matches!(mode, Pop3Mode::Benign { stls: true, .. } | Pop3Mode::InjectAfterStls | Pop3Mode::FallsSilent { stls: true, .. });
    let silence = match mode {
        Pop3Mode::FallsSilent { at, .. } => Some(at),
        _ => None,
    };
    if silence == Some(Silence::OnAccept) {
        return peer.hold_silently().await;
    }
    if !stls {
        peer = peer.start_tls().await?;
    }
    if silence == Some(Silence::BeforeGreeting) {
        return peer.hold_silently().await;
    }
    let mut encrypted = !stls;
    let offers_xoauth2 = !matches!(mode, Pop3Mode::Benign { xoauth2: false, .. });
    peer.send("+OK hostile.test POP3 ready\r\n").await?;
    while let Some(line) = peer.line().await? {
        let verb = line.split(' ').next().unwrap_or_default().to_ascii_uppercase();
        if silence.is_some_and(|at| at.is_command(&verb)) {
            return peer.hold_silently().await;
        }
        match verb.as_str() {
            "CAPA" if !encrypted => peer.send("+OK\r\nUIDL\r\nTOP\r\nSTLS\r\n.\r\n").await?,
            "CAPA" => {
                let sasl = if offers_xoauth2 { "SASL PLAIN XOAUTH2 OAUTHBEARER" } else { "SASL PLAIN" };
                peer.send(&format!("+OK\r\nUIDL\r\nUSER\r\n{sasl}\r\n.\r\n")).await?
            }
            "STLS" if !encrypted => {
                if mode == Pop3Mode::InjectAfterStls {
                    peer.send("+OK Begin TLS\r\n+OK\r\nSASL XOAUTH2\r\n.\r\n+ \r\n+OK signed in\r\n").await?;
                } else {
                    peer.send("+OK Begin TLS\r\n").await?;
                }
                if silence == Some(Silence::InTlsHandshake) {
                    return peer.hold_silently().await;
                }
                peer = peer.start_tls().await?;
                encrypted = true;
            }
            "AUTH" => {
                peer.send("+ \r\n").await?;
                let Some(response) = peer.line().await? else { return Ok(()) };
                let accepted = mode != Pop3Mode::RefusesToken && xoauth2_in(&response).is_some_and(|(_, token)| token == TOKEN);
                if accepted {
                    peer.send("+OK Logged in.\r\n").await?;
                } else {
                    let error = STANDARD.encode(r#"{"status":"401","schemes":"bearer","scope":"https://outlook.office.com/POP.AccessAsUser.All"}"#);
                    peer.send(&format!("+ {error}\r\n")).await?;
                    let _ = peer.line().await?;
                    peer.send("-ERR [AUTH] Authentication failed.\r\n").await?;
                }
            }
            "STAT" => peer.send("+OK 3 4521\r\n").await?,
            "QUIT" => {
                peer.send("+OK Logging out.\r\n").await?;
                return Ok(());
            }
            _ => peer.send("-ERR Unknown command.\r\n").await?,
        }
    }
    Ok(())
}

async fn serve_imap(mut peer: Peer, mode: ImapMode) -> std::io::Result<()> {
    let starttls = matches!(
        mode,
        ImapMode::Benign { starttls: true }
            | ImapMode::InjectAfterStarttls
            | ImapMode::FallsSilent { starttls: true, .. }
            | ImapMode::Slow { starttls: true, .. }
    );
    let silence = match mode {
        ImapMode::FallsSilent { at, .. } => Some(at),
        _ => None,
    };
    if let ImapMode::Slow { reply_delay, .. } = mode {
        peer.reply_delay = reply_delay;
    }
    if silence == Some(Silence::OnAccept) {
        return peer.hold_silently().await;
    }
    if !starttls {
        peer = peer.start_tls().await?;
    }
    if silence == Some(Silence::BeforeGreeting) {
        return peer.hold_silently().await;
    }
    if mode == ImapMode::HugeGreeting {
        return peer.send(&format!("* OK {}\r\n", "x".repeat(10_000_000))).await;
    }
    let mut encrypted = !starttls;
    let capabilities = |encrypted: bool| match (encrypted, mode) {
        (false, _) => "IMAP4rev1 STARTTLS LOGINDISABLED",
        (true, ImapMode::InjectAfterStarttls) => "IMAP4rev1 AUTH=PLAIN",
        (true, _) => "IMAP4rev1 SASL-IR AUTH=XOAUTH2 AUTH=OAUTHBEARER",
    };
    peer.send(&format!("* OK [CAPABILITY {}] hostile.test ready\r\n", capabilities(encrypted))).await?;
    while let Some(line) = peer.line().await? {
        let mut words = line.splitn(3, ' ');
        let (tag, verb) = (words.next().unwrap_or_default().to_owned(), words.next().unwrap_or_default().to_ascii_uppercase());
        if verb != "AUTHENTICATE" && silence.is_some_and(|at| at.is_command(&verb)) {
            return peer.hold_silently().await;
        }
        match verb.as_str() {
            "CAPABILITY" => peer.send(&format!("* CAPABILITY {}\r\n{tag} OK CAPABILITY completed\r\n", capabilities(encrypted))).await?,
            "STARTTLS" if !encrypted => {
                if mode == ImapMode::InjectAfterStarttls {
                    peer.send(&format!("{tag} OK Begin TLS negotiation now\r\n* CAPABILITY IMAP4rev1 AUTH=XOAUTH2\r\nc1 OK CAPABILITY completed\r\n")).await?;
                } else {
                    peer.send(&format!("{tag} OK Begin TLS negotiation now\r\n")).await?;
                }
                if silence == Some(Silence::InTlsHandshake) {
                    return peer.hold_silently().await;
                }
                peer = peer.start_tls().await?;
                encrypted = true;
            }
            "AUTHENTICATE" => {
                peer.send("+ \r\n").await?;
                let Some(response) = peer.line().await? else { return Ok(()) };
                if silence == Some(Silence::OnCommand("AUTHENTICATE")) {
                    return peer.hold_silently().await;
                }
                let accepted = mode != ImapMode::InjectAfterStarttls && xoauth2_in(&response).is_some_and(|(_, token)| token == TOKEN);
                if accepted {
                    peer.send(&format!("{tag} OK AUTHENTICATE completed\r\n")).await?;
                } else {
                    peer.send(&format!("{tag} NO [AUTHENTICATIONFAILED] AUTHENTICATE failed\r\n")).await?;
                }
            }
            "SELECT" if mode == ImapMode::EndlessSelect => return peer.flood("* FLAGS (").await,
            "SELECT" => {
                peer.send(&format!(
                    "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n* 3 EXISTS\r\n* 0 RECENT\r\n* OK [UIDVALIDITY 1] UIDs valid\r\n{tag} OK [READ-WRITE] SELECT completed\r\n"
                ))
                .await?
            }
            "LOGOUT" => {
                peer.send(&format!("* BYE logging out\r\n{tag} OK LOGOUT completed\r\n")).await?;
                return Ok(());
            }
            _ => peer.send(&format!("{tag} BAD unknown command\r\n")).await?,
        }
    }
    Ok(())
}
