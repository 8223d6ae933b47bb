//! Servers that quote the run's secrets back. Real loopback servers, over
//! TLS: a token endpoint that echoes the PKCE verifier and the code, or
//! issues opaque tokens and then echoes the refresh token and the access token
//! when the refresh is refused; an IMAP server and an SMTP server that echo
//! the token and the whole XOAUTH2 payload in their refusal. None of those
//! values may appear in the report's text, its JSON, the admin ticket or the
//! support bundle, nor in the steps announced while the flow ran.
//!
//! The tokens are opaque (no JWT, no key in front of the echo), so only
//! redaction by value can find them.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use mailsetup::address::EmailAddress;
use mailsetup::flow::{self, FlowEvent, ProfileTarget, SetupRequest, SignInMethod};
use mailsetup::oauth::{BrowserLauncher, CancelFlag};
use mailsetup::probe::Deadlines;
use mailsetup::provider::ProviderFile;
use mailsetup::report::{Phase, Report, Step, StepId};
use mailsetup::secret::Secret;
use mailsetup::tls::TrustStore;
use mailsetup::helpdesk;
use std::collections::HashMap;
use std::io::{Read as _, Write as _};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt as _, AsyncReadExt as _, AsyncWriteExt as _, BufReader};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

const USER: &str = "alice@contoso.example";

/// A throwaway CA and a certificate for 127.0.0.1 signed by it.
fn tls() -> (TlsAcceptor, String) {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.distinguished_name.push(DnType::CommonName, "mailsetup redaction test CA");
    ca.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    let ca_key = KeyPair::generate().unwrap();
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca, ca_key);
    let server_key = KeyPair::generate().unwrap();
    let server_cert = CertificateParams::new(vec!["127.0.0.1".to_owned()]).unwrap().signed_by(&server_key, &issuer).unwrap();
    let key = rustls_pki_types::PrivateKeyDer::Pkcs8(rustls_pki_types::PrivatePkcs8KeyDer::from(server_key.serialize_der()));
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![server_cert.der().clone(), ca_cert.der().clone()], key)
        .unwrap();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    (TlsAcceptor::from(Arc::new(config)), ca_cert.pem())
}

/// How the fake token endpoint behaves.
#[derive(Clone, Copy, PartialEq)]
enum TokenEndpoint {
    /// Refuses the code exchange, quoting the verifier and the code.
    EchoVerifier,
    /// Issues the tokens, then refuses the refresh quoting both tokens.
    EchoOnRefresh,
}

/// What the token endpoint received (the values the client sent).
#[derive(Default)]
struct Received {
    code: Option<String>,
    verifier: Option<String>,
    refresh_token: Option<String>,
}

struct Tokens {
    access: String,
    refresh: String,
}

async fn token_endpoint(listener: TcpListener, acceptor: TlsAcceptor, behaviour: TokenEndpoint, tokens: Arc<Tokens>, received: Arc<Mutex<Received>>) {
    loop {
        let Ok((tcp, _)) = listener.accept().await else { return };
        let (acceptor, tokens, received) = (acceptor.clone(), tokens.clone(), received.clone());
        tokio::spawn(async move {
            let Ok(tls) = acceptor.accept(tcp).await else { return };
            let mut reader = BufReader::new(tls);
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).await.unwrap_or(0) == 0 {
                    return;
                }
                if line == "\r\n" {
                    break;
                }
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; length];
            if reader.read_exact(&mut body).await.is_err() {
                return;
            }
            let form: HashMap<String, String> = url::form_urlencoded::parse(&body).into_owned().collect();
            let (status, answer) = match (behaviour, form.get("grant_type").map(String::as_str)) {
                (TokenEndpoint::EchoVerifier, Some("authorization_code")) => {
                    let (code, verifier) = (form["code"].clone(), form["code_verifier"].clone());
                    let words = format!("code_verifier {verifier} does not match the challenge of code {code}");
                    *received.lock().unwrap() = Received { code: Some(code), verifier: Some(verifier), refresh_token: None };
                    (400, serde_json::json!({"error": "invalid_grant", "error_description": words}))
                }
                (TokenEndpoint::EchoOnRefresh, Some("authorization_code")) => {
                    let mut seen = received.lock().unwrap();
                    seen.code = form.get("code").cloned();
                    seen.verifier = form.get("code_verifier").cloned();
                    (200, serde_json::json!({"access_token": tokens.access, "token_type": "Bearer", "expires_in": 3600, "refresh_token": tokens.refresh}))
                }
                (TokenEndpoint::EchoOnRefresh, Some("refresh_token")) => {
                    received.lock().unwrap().refresh_token = form.get("refresh_token").cloned();
                    let words = format!("refresh token {} revoked, and the access token {} with it", tokens.refresh, tokens.access);
                    (400, serde_json::json!({"error": "invalid_grant", "error_description": words}))
                }
                _ => (400, serde_json::json!({"error": "unsupported_grant_type"})),
            };
            let body = answer.to_string();
            let response = format!("HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
            let mut tls = reader.into_inner();
            let _ = tls.write_all(response.as_bytes()).await;
            let _ = tls.shutdown().await;
        });
    }
}

/// The token inside a base64 XOAUTH2 payload.
fn token_in(payload: &str) -> String {
    let line = String::from_utf8(STANDARD.decode(payload.trim()).unwrap_or_default()).unwrap_or_default();
    line.split("auth=Bearer ").nth(1).and_then(|rest| rest.split('\x01').next()).unwrap_or_default().to_owned()
}

/// IMAPS: offers XOAUTH2, then refuses it quoting the token and the payload.
async fn imap_server(listener: TcpListener, acceptor: TlsAcceptor) {
    loop {
        let Ok((tcp, _)) = listener.accept().await else { return };
        let acceptor = acceptor.clone();
        tokio::spawn(async move {
            let Ok(tls) = acceptor.accept(tcp).await else { return };
            let (read, mut write) = tokio::io::split(tls);
            let mut lines = BufReader::new(read).lines();
            let _ = write.write_all(b"* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] echo server ready\r\n").await;
            let mut authenticating: Option<String> = None;
            while let Ok(Some(line)) = lines.next_line().await {
                let refuse = |tag: &str, payload: &str| format!("{tag} NO [AUTHENTICATIONFAILED] token {} rejected; you sent {payload}\r\n", token_in(payload));
                let reply = if let Some(tag) = authenticating.take() {
                    refuse(&tag, &line)
                } else {
                    let mut words = line.split_whitespace();
                    let tag = words.next().unwrap_or("*").to_owned();
                    match words.next().map(str::to_ascii_uppercase).as_deref() {
                        Some("CAPABILITY") => format!("* CAPABILITY IMAP4rev1 AUTH=XOAUTH2\r\n{tag} OK done\r\n"),
                        Some("AUTHENTICATE") => match words.nth(1) {
                            Some(initial) => refuse(&tag, initial),
                            None => {
                                authenticating = Some(tag);
                                "+ \r\n".to_owned()
                            }
                        },
                        Some("LOGOUT") => format!("* BYE\r\n{tag} OK bye\r\n"),
                        _ => format!("{tag} BAD what\r\n"),
                    }
                };
                if write.write_all(reply.as_bytes()).await.is_err() {
                    return;
                }
            }
        });
    }
}

/// SMTPS: offers XOAUTH2, then refuses it quoting the token and the payload.
async fn smtp_server(listener: TcpListener, acceptor: TlsAcceptor) {
    loop {
        let Ok((tcp, _)) = listener.accept().await else { return };
        let acceptor = acceptor.clone();
        tokio::spawn(async move {
            let Ok(tls) = acceptor.accept(tcp).await else { return };
            let (read, mut write) = tokio::io::split(tls);
            let mut lines = BufReader::new(read).lines();
            let _ = write.write_all(b"220 echo.example ESMTP ready\r\n").await;
            let mut authenticating = false;
            while let Ok(Some(line)) = lines.next_line().await {
                let refuse = |payload: &str| format!("535 5.7.8 token {} not accepted ({payload})\r\n", token_in(payload));
                let upper = line.to_ascii_uppercase();
                let reply = if std::mem::take(&mut authenticating) {
                    refuse(&line)
                } else if upper.starts_with("EHLO") {
                    "250-echo.example\r\n250-AUTH XOAUTH2\r\n250 8BITMIME\r\n".to_owned()
                } else if upper.starts_with("AUTH XOAUTH2") {
                    match line.split_whitespace().nth(2) {
                        Some(initial) => refuse(initial),
                        None => {
                            authenticating = true;
                            "334 \r\n".to_owned()
                        }
                    }
                } else if upper.starts_with("QUIT") {
                    let _ = write.write_all(b"221 bye\r\n").await;
                    return;
                } else {
                    "250 OK\r\n".to_owned()
                };
                if write.write_all(reply.as_bytes()).await.is_err() {
                    return;
                }
            }
        });
    }
}

/// A "browser" that approves at once: it sends the loopback redirect with
/// `code` and the request's `state`, from a thread of its own.
fn approving_browser(code: String) -> BrowserLauncher {
    BrowserLauncher::Function(Arc::new(move |authorize: &str| {
        let authorize = url::Url::parse(authorize).map_err(|e| e.to_string())?;
        let query: HashMap<String, String> = authorize.query_pairs().into_owned().collect();
        let redirect = url::Url::parse(&query["redirect_uri"]).map_err(|e| e.to_string())?;
        let port = redirect.port().ok_or("no port")?;
        let answer: String = url::form_urlencoded::Serializer::new(String::new()).append_pair("code", &code).append_pair("state", &query["state"]).finish();
        std::thread::spawn(move || {
            let mut tcp = std::net::TcpStream::connect(("127.0.0.1", port)).expect("the loopback listener");
            write!(tcp, "GET /?{answer} HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n").expect("request");
            let mut page = Vec::new();
            let _ = tcp.read_to_end(&mut page);
        });
        Ok(())
    }))
}

/// Everything a user or a helpdesk can get from a report.
fn every_output(report: &Report) -> String {
    format!("{report}\n{}\n{}\n{}", report.to_json(), helpdesk::admin_ticket(report), helpdesk::support_bundle(report))
}

fn assert_absent(outputs: &str, secrets: &[(&str, &str)]) {
    for (name, secret) in secrets {
        assert!(secret.len() >= 16, "the {name} is long enough to mean something");
        if let Some(line) = outputs.lines().find(|line| line.contains(secret)) {
            panic!("the {name} leaked in: {}", line.replace(secret, "<HERE>"));
        }
    }
}

struct Run {
    report: Report,
    /// The steps as they were announced while the flow ran (what the CLI
    /// prints to standard error and the wizard shows).
    announced: String,
    received: Received,
}

/// One setup run against the echoing servers; the report comes back after
/// the run, when its tokens, code and verifier are already dropped.
fn run(behaviour: TokenEndpoint, tokens: Arc<Tokens>, code: &str) -> Run {
    mailsetup::tls::install_crypto_provider();
    let runtime = flow::new_runtime().unwrap();
    let (acceptor, ca_pem) = tls();
    let received = Arc::new(Mutex::new(Received::default()));
    let ports = runtime.block_on(async {
        let token = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let imap = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let smtp = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let ports = [&token, &imap, &smtp].map(|l| l.local_addr().unwrap().port());
        tokio::spawn(token_endpoint(token, acceptor.clone(), behaviour, tokens.clone(), received.clone()));
        tokio::spawn(imap_server(imap, acceptor.clone()));
        tokio::spawn(smtp_server(smtp, acceptor));
        ports
    });
    let [token_port, imap_port, smtp_port] = ports;
    let file = format!(
        r#"
name = "Echo mail"
[oauth]
authorize_url = "https://127.0.0.1:9/authorize"
token_url = "https://127.0.0.1:{token_port}/token"
client_id = "mailsetup-redaction-test"
scopes = "openid email offline_access"
redirect_host = "127.0.0.1"
[imap]
host = "127.0.0.1"
port = {imap_port}
security = "tls"
[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "tls"
"#
    );
    let plan = ProviderFile::parse(Path::new("echo.toml"), &file).unwrap().plan();
    let request = SetupRequest {
        send_as: None,
        send_test_message: false,
        delegate: None,
        address: EmailAddress::parse(USER).unwrap(),
        display_name: "Alice".into(),
        plan,
        trust: TrustStore::with_ca_pem(ca_pem.as_bytes()).unwrap(),
        browser: approving_browser(code.to_owned()),
        sign_in_timeout: Duration::from_secs(20),
        deadlines: Deadlines::default(),
        profile: ProfileTarget::NoWrite,
        sign_in_handoff: true,
    };
    let announced = Mutex::new(String::new());
    let on_event = |event: FlowEvent| {
        if let FlowEvent::StepFinished(step) = event {
            announced.lock().unwrap().push_str(&format!("{step:?}\n{}: {:?}\n", step.detail, step.server_says));
        }
    };
    let report = flow::run_setup(&request, SignInMethod::Browser, runtime.handle(), &CancelFlag::new(), &on_event);
    let received = std::mem::take(&mut *received.lock().unwrap());
    Run { report, announced: announced.into_inner().unwrap(), received }
}

#[test]
fn a_token_endpoint_quoting_the_verifier_and_the_code_leaks_neither() {
    let code = format!("opaque-code-{}", unique());
    let tokens = Arc::new(Tokens { access: "unused-access".into(), refresh: "unused-refresh".into() });
    let run = run(TokenEndpoint::EchoVerifier, tokens, &code);
    let exchange = run.report.steps.iter().find(|s| s.id == "signin.exchange").expect("the exchange ran");
    let says = exchange.server_says.as_deref().unwrap_or_default();
    assert!(says.contains("code_verifier <redacted> does not match the challenge of code <redacted>"), "the echo reached the step, redacted: {says}");
    let verifier = run.received.verifier.expect("the token endpoint was asked");
    assert_eq!(run.received.code.as_deref(), Some(code.as_str()));
    let outputs = format!("{}\n{}", every_output(&run.report), run.announced);
    assert_absent(&outputs, &[("PKCE verifier", &verifier), ("authorization code", &code)]);
}

#[test]
fn servers_quoting_the_tokens_and_the_xoauth2_payload_leak_none_of_them() {
    let tokens = Arc::new(Tokens {
        access: format!("opaque-access-{}", unique()),
        refresh: format!("opaque-refresh-{}", unique()),
    });
    let code = format!("opaque-code-{}", unique());
    let run = run(TokenEndpoint::EchoOnRefresh, tokens.clone(), &code);
    let report = &run.report;
    let says = |id: &str| report.steps.iter().find(|s| s.id == id).and_then(|s| s.server_says.clone()).unwrap_or_else(|| panic!("{id} quoted the server:\n{report}"));
    assert!(says("signin.refresh").contains("refresh token <redacted> revoked, and the access token <redacted> with it"), "{report}");
    assert!(says("imap.authenticate").contains("token <redacted> rejected; you sent <redacted>"), "{report}");
    assert!(says("smtp.authenticate").contains("token <redacted> not accepted (<redacted>)"), "{report}");
    assert_eq!(run.received.refresh_token.as_deref(), Some(tokens.refresh.as_str()), "the refresh was tried with the issued token");

    let payload = STANDARD.encode(format!("user={USER}\x01auth=Bearer {}\x01\x01", tokens.access));
    let outputs = format!("{}\n{}", every_output(report), run.announced);
    let verifier = run.received.verifier.clone().expect("the code was exchanged");
    assert_absent(
        &outputs,
        &[("access token", &tokens.access), ("refresh token", &tokens.refresh), ("XOAUTH2 payload", &payload), ("PKCE verifier", &verifier), ("authorization code", &code)],
    );
    assert!(!outputs.contains("auth=Bearer"), "no decoded payload either");
}

/// A report built from steps that never went through the flow (set by hand,
/// past the constructors): the renderers redact every live secret themselves.
#[test]
fn the_renderers_redact_live_secrets_in_steps_made_elsewhere() {
    let token = Secret::new(format!("opaque-live-{}", unique()));
    let mut step = Step::failed(Phase::Imap, StepId::ImapAuthenticate, "Sign in with the token (XOAUTH2)", Duration::ZERO, Duration::ZERO, "refused");
    step.server_says = Some(format!("a1 NO token {} rejected", token.expose()));
    step.detail = format!("the server refused {}", token.expose());
    let mut report = Report::new(USER, "Echo", "127.0.0.1:993 (TLS)", "127.0.0.1:465 (TLS)");
    report.steps.push(step);
    report.warnings.push(format!("quoted: {}", token.expose()));
    let outputs = every_output(&report);
    assert_absent(&outputs, &[("live token", token.expose())]);
    assert!(outputs.contains("a1 NO token <redacted> rejected"), "{outputs}");
}

/// Server-quoted text cannot add or rewrite report lines: CR, LF, NUL and
/// ESC inside a server's words and our detail show escaped.
#[test]
fn control_characters_in_quoted_text_cannot_split_report_lines() {
    let injected = "a1 NO go away\rFAKE: overwritten\u{1b}[2K\0";
    let step = Step::failed(Phase::Imap, StepId::ImapAuthenticate, "Sign in", Duration::ZERO, Duration::ZERO, "detail\r\n[ ok ] Everything passed.")
        .with_server_says(injected);
    let mut report = Report::new(USER, "Echo\nProvider: forged", "imap.example.org\r\nOutgoing (SMTP): forged", "smtp.example.org");
    report.steps.push(step);
    let text = report.to_string();
    assert!(!text.contains(['\r', '\0', '\u{1b}']), "{text:?}");
    for forged in ["Provider: forged", "Outgoing (SMTP): forged", "[ ok ] Everything passed.", "FAKE: overwritten"] {
        assert!(!text.lines().any(|line| line.trim_start().starts_with(forged)), "{forged:?} became a line of its own:\n{text}");
    }
    assert!(text.contains("a1 NO go away\\rFAKE: overwritten\\u{1b}[2K\\0"), "{text}");
    let ticket = helpdesk::admin_ticket(&report);
    assert!(!ticket.contains(['\r', '\0', '\u{1b}']), "{ticket:?}");
    assert!(!ticket.lines().any(|line| line.starts_with("[ ok ] Everything passed.")), "{ticket}");
}

/// Redaction is linear: a 2 MB greeting of one-letter words (the shape that
/// once took 11 s at 50 KB and hours at 2 MB) goes through the whole support
/// bundle, which holds it three times, within a bound a quadratic pass
/// could not meet. `benches/redaction.rs` prints the figures.
#[test]
fn a_huge_greeting_is_redacted_in_linear_time() {
    let _alive = Secret::new(format!("opaque-alive-{}", unique()));
    let mut greeting = String::from("* OK");
    while greeting.len() < 2_000_000 {
        greeting.push_str(" a");
    }
    let mut report = Report::new(USER, "Echo", "imap.example.org:993 (TLS)", "smtp.example.org:465 (TLS)");
    report.steps.push(Step::failed(Phase::Imap, StepId::ImapCapability, "Ask", Duration::ZERO, Duration::from_secs(1), "refused").with_server_says(greeting.as_str()));
    let started = Instant::now();
    let bundle = helpdesk::support_bundle(&report);
    let took = started.elapsed();
    assert!(bundle.len() >= 3 * 2_000_000, "the greeting is in the bundle (report, transcript, ticket)");
    assert!(took < Duration::from_secs(60), "the support bundle of a 2 MB greeting took {took:?}");
}

/// A fresh random hex string, so each secret in a test is one nobody else holds.
fn unique() -> String {
    rand::random::<[u8; 16]>().iter().map(|byte| format!("{byte:02x}")).collect()
}
