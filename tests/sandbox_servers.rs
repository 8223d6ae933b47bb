//! The embedded sandbox provider, driven from outside as clients would: the
//! OAuth2 code flow by hand with reqwest, IMAP with async-imap, SMTP with
//! lettre, and raw `C:`/`S:` transcripts where a library hides the wire.
//!
//! Everything is loopback, and every test runs under a deadline.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use mailsetup::practice::PracticeProvider as _;
use mailsetup::sandbox::{ConsentDecision, Sandbox, SandboxOptions, Service};
use mailsetup::tls::install_crypto_provider;
use reqwest::StatusCode;
use serde_json::Value;
use sha2::{Digest as _, Sha256};
use std::future::Future;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt as _, AsyncRead, AsyncReadExt as _, AsyncWrite, AsyncWriteExt as _, BufReader};
use tokio::net::TcpStream;
use url::Url;

const USER: &str = "you@sandbox.mailsetup.test";

/// Runs a test body under a deadline.
async fn within<T>(seconds: u64, body: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(seconds), body).await.expect("test exceeded its deadline")
}

fn start(options: SandboxOptions) -> Sandbox {
    install_crypto_provider();
    Sandbox::start(options).expect("sandbox starts")
}

/// A browser stand-in for the manual flow: plain HTTP, no redirects followed.
fn browser() -> reqwest::Client {
    install_crypto_provider();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client")
}

/// One sign-in attempt's PKCE and state.
struct Attempt {
    verifier: String,
    challenge: String,
    state: String,
    redirect_uri: String,
}

impl Attempt {
    fn new(redirect_uri: &str) -> Self {
        let verifier = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>());
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
        let state = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>());
        Self { verifier, challenge, state, redirect_uri: redirect_uri.to_owned() }
    }

    /// The authorize URL, with `overrides` replacing (or, with an empty
    /// value, removing) standard parameters.
    fn authorize_url(&self, sandbox: &Sandbox, overrides: &[(&str, &str)]) -> Url {
        let plan = sandbox.plan();
        let scope = plan.oauth.scopes.join(" ");
        let mut params = vec![
            ("response_type", "code"),
            ("client_id", plan.oauth.client_id.as_str()),
            ("redirect_uri", self.redirect_uri.as_str()),
            ("code_challenge", self.challenge.as_str()),
            ("code_challenge_method", "S256"),
            ("scope", scope.as_str()),
            ("state", self.state.as_str()),
            ("login_hint", USER),
        ];
        for (name, value) in overrides {
            params.retain(|(n, _)| n != name);
            if !value.is_empty() {
                params.push((name, value));
            }
        }
        let mut url = plan.oauth.authorize_url.clone();
        url.query_pairs_mut().extend_pairs(params);
        url
    }
}

fn query_value(url: &Url, name: &str) -> Option<String> {
    url.query_pairs().find(|(n, _)| n == name).map(|(_, v)| v.into_owned())
}

fn location(response: &reqwest::Response) -> Url {
    let value = response.headers().get("location").expect("a Location header").to_str().expect("ASCII");
    Url::parse(value).expect("Location parses")
}

/// Opens the consent page and presses a button as `address`; returns the
/// redirect the sandbox answers with.
async fn consent(sandbox: &Sandbox, attempt: &Attempt, address: &str, decision: &str) -> Url {
    let client = browser();
    let page = client.get(attempt.authorize_url(sandbox, &[])).send().await.expect("authorize");
    assert_eq!(page.status(), StatusCode::OK);
    let body = page.text().await.expect("page");
    assert!(body.contains("nothing leaves your computer"), "{body}");
    assert!(body.contains(&format!(r#"value="{USER}""#)), "login_hint prefilled: {body}");
    let marker = r#"name="request_id" value=""#;
    let start = body.find(marker).expect("request_id field") + marker.len();
    let request_id = &body[start..start + body[start..].find('"').expect("end of value")];
    let consent_url = sandbox.plan().oauth.authorize_url.join("/consent").expect("consent URL");
    let form = [("request_id", request_id), ("email", address), ("password", "anything"), ("decision", decision)];
    let answer = client.post(consent_url).form(&form).send().await.expect("consent");
    assert_eq!(answer.status(), StatusCode::FOUND);
    location(&answer)
}

/// POSTs a form to the token endpoint over HTTPS with the sandbox CA.
async fn token_request(sandbox: &Sandbox, form: &[(&str, &str)]) -> (StatusCode, Value) {
    let client = sandbox.trust().https_client(Duration::from_secs(5)).expect("https client");
    let response = client.post(sandbox.plan().oauth.token_url).form(form).send().await.expect("token endpoint");
    let status = response.status();
    let body = response.bytes().await.expect("body");
    (status, serde_json::from_slice(&body).expect("JSON body"))
}

async fn exchange(sandbox: &Sandbox, attempt: &Attempt, code: &str, verifier: &str) -> (StatusCode, Value) {
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code),
        ("redirect_uri", attempt.redirect_uri.as_str()),
        ("client_id", "mailsetup-sandbox"),
        ("code_verifier", verifier),
    ];
    token_request(sandbox, &form).await
}

/// A whole sign-in as `address`; returns the access token.
async fn sign_in(sandbox: &Sandbox, address: &str) -> String {
    let attempt = Attempt::new("http://localhost:9/");
    let redirect = consent(sandbox, &attempt, address, "allow").await;
    let code = query_value(&redirect, "code").expect("code");
    let (status, body) = exchange(sandbox, &attempt, &code, &attempt.verifier).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["access_token"].as_str().expect("access_token").to_owned()
}

fn xoauth2(user: &str, token: &str) -> String {
    format!("user={user}\x01auth=Bearer {token}\x01\x01")
}

mod oauth {
    use super::*;

    #[tokio::test]
    async fn full_code_flow_then_refresh() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let attempt = Attempt::new("http://localhost:53682/");
            let redirect = consent(&sandbox, &attempt, USER, "allow").await;
            assert_eq!(redirect.origin(), Url::parse("http://localhost:53682/").unwrap().origin());
            assert_eq!(redirect.path(), "/");
            assert_eq!(query_value(&redirect, "state").as_deref(), Some(attempt.state.as_str()));
            let code = query_value(&redirect, "code").expect("code");

            let (status, body) = exchange(&sandbox, &attempt, &code, &attempt.verifier).await;
            assert_eq!(status, StatusCode::OK, "{body}");
            assert_eq!(body["token_type"], "Bearer");
            assert_eq!(body["expires_in"], 3600);
            assert_eq!(body["scope"], "mail offline_access");
            let access = body["access_token"].as_str().expect("access_token");
            let refresh = body["refresh_token"].as_str().expect("refresh_token with offline_access");

            let form =
                [("grant_type", "refresh_token"), ("refresh_token", refresh), ("client_id", "mailsetup-sandbox")];
            let (status, refreshed) = token_request(&sandbox, &form).await;
            assert_eq!(status, StatusCode::OK, "{refreshed}");
            assert_ne!(refreshed["access_token"].as_str(), Some(access));
            assert_eq!(sandbox.issued_token_count(), 2);
        })
        .await;
    }

    #[tokio::test]
    async fn a_wrong_verifier_is_refused_and_spends_the_code() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let attempt = Attempt::new("http://127.0.0.1:40000/");
            let code = query_value(&consent(&sandbox, &attempt, USER, "allow").await, "code").expect("code");
            let wrong = Attempt::new("http://127.0.0.1:40000/").verifier;
            let (status, body) = exchange(&sandbox, &attempt, &code, &wrong).await;
            assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_grant")), "{body}");
            assert!(body["error_description"].as_str().is_some_and(|d| d.contains("code_verifier")), "{body}");
            let (status, body) = exchange(&sandbox, &attempt, &code, &attempt.verifier).await;
            assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_grant")), "{body}");
            assert_eq!(sandbox.issued_token_count(), 0);
        })
        .await;
    }

    #[tokio::test]
    async fn a_reused_code_is_refused() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let attempt = Attempt::new("http://localhost:40001/");
            let code = query_value(&consent(&sandbox, &attempt, USER, "allow").await, "code").expect("code");
            let (status, _) = exchange(&sandbox, &attempt, &code, &attempt.verifier).await;
            assert_eq!(status, StatusCode::OK);
            let (status, body) = exchange(&sandbox, &attempt, &code, &attempt.verifier).await;
            assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_grant")), "{body}");
            assert_eq!(body["error_description"], "The authorization code was already used.");
        })
        .await;
    }

    #[tokio::test]
    async fn plain_or_missing_pkce_is_refused_with_an_error_redirect() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let attempt = Attempt::new("http://localhost:40002/");
            for overrides in
                [[("code_challenge_method", "plain")], [("code_challenge_method", "")], [("code_challenge", "")]]
            {
                let response =
                    browser().get(attempt.authorize_url(&sandbox, &overrides)).send().await.expect("authorize");
                assert_eq!(response.status(), StatusCode::FOUND, "{overrides:?}");
                let redirect = location(&response);
                assert!(redirect.as_str().starts_with("http://localhost:40002/?"), "{redirect}");
                assert_eq!(query_value(&redirect, "error").as_deref(), Some("invalid_request"), "{overrides:?}");
                assert_eq!(query_value(&redirect, "state").as_deref(), Some(attempt.state.as_str()));
                assert!(query_value(&redirect, "code").is_none());
            }
        })
        .await;
    }

    #[tokio::test]
    async fn untrustworthy_client_or_redirect_uri_gets_a_page_not_a_redirect() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let attempt = Attempt::new("http://localhost:40003/");
            for overrides in [
                [("redirect_uri", "https://evil.example/")],
                [("redirect_uri", "http://localhost:40003/callback")],
                [("client_id", "someone-else")],
            ] {
                let response =
                    browser().get(attempt.authorize_url(&sandbox, &overrides)).send().await.expect("authorize");
                assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{overrides:?}");
                assert!(response.headers().get("location").is_none());
                assert!(response.text().await.expect("page").contains("This sign-in link is not valid"));
            }
        })
        .await;
    }

    #[tokio::test]
    async fn deny_redirects_with_access_denied() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let attempt = Attempt::new("http://localhost:40004/");
            let redirect = consent(&sandbox, &attempt, USER, "deny").await;
            assert_eq!(query_value(&redirect, "error").as_deref(), Some("access_denied"));
            assert!(query_value(&redirect, "error_description").is_some());
            assert_eq!(query_value(&redirect, "state").as_deref(), Some(attempt.state.as_str()));
            assert!(query_value(&redirect, "code").is_none());
        })
        .await;
    }

    /// A loopback listener answering one request; returns its port and the
    /// request line it got.
    async fn one_shot_listener() -> (u16, tokio::task::JoinHandle<String>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let task = tokio::spawn(async move {
            let (stream, _) = listener.accept().await.expect("accept");
            let mut stream = BufReader::new(stream);
            let mut request_line = String::new();
            stream.read_line(&mut request_line).await.expect("request line");
            let mut header = String::new();
            while stream.read_line(&mut header).await.expect("header") > 2 {
                header.clear();
            }
            let page = "Signed in; you can close this page.";
            let reply = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{page}", page.len());
            stream.get_mut().write_all(reply.as_bytes()).await.expect("reply");
            request_line
        });
        (port, task)
    }

    #[tokio::test]
    async fn the_automatic_browser_follows_the_redirect_to_the_listener() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let (port, listener) = one_shot_listener().await;
            let attempt = Attempt::new(&format!("http://127.0.0.1:{port}/"));
            let approval = sandbox
                .approve_in_background(attempt.authorize_url(&sandbox, &[]).as_str())
                .outcome()
                .await
                .expect("approval");
            assert_eq!(approval.pressed, Some(ConsentDecision::Allow));
            assert_eq!(approval.callback_status, 200);
            assert_eq!(approval.callback_page, "Signed in; you can close this page.");
            let request_line = listener.await.expect("listener");
            let target = Url::parse(&format!("http://127.0.0.1:{port}"))
                .unwrap()
                .join(request_line.split(' ').nth(1).expect("target"))
                .unwrap();
            assert_eq!(query_value(&target, "state").as_deref(), Some(attempt.state.as_str()));
            let code = query_value(&target, "code").expect("code");
            let (status, _) = exchange(&sandbox, &attempt, &code, &attempt.verifier).await;
            assert_eq!(status, StatusCode::OK);
        })
        .await;
    }

    #[tokio::test]
    async fn the_automatic_browser_can_deny_and_refuses_foreign_urls() {
        let sandbox = start(SandboxOptions { auto_consent: ConsentDecision::Deny, ..SandboxOptions::default() });
        within(10, async {
            let (port, listener) = one_shot_listener().await;
            let attempt = Attempt::new(&format!("http://localhost:{port}/"));
            let approval = sandbox
                .approve_in_background(attempt.authorize_url(&sandbox, &[]).as_str())
                .outcome()
                .await
                .expect("approval");
            assert_eq!(approval.pressed, Some(ConsentDecision::Deny));
            assert!(listener.await.expect("listener").contains("error=access_denied"));

            let foreign = sandbox.approve_in_background("https://login.example.com/authorize?client_id=x");
            assert!(foreign.outcome().await.is_err());
        })
        .await;
    }

    #[tokio::test]
    async fn the_token_endpoint_is_https_only_and_speaks_rfc_6749_errors() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let plan = sandbox.plan();
            assert_eq!(plan.oauth.token_url.scheme(), "https");
            let plain = format!("http://127.0.0.1:{}/token", plan.oauth.token_url.port().expect("port"));
            assert!(browser().post(plain).form(&[("grant_type", "refresh_token")]).send().await.is_err());

            let (status, body) =
                token_request(&sandbox, &[("grant_type", "password"), ("client_id", "mailsetup-sandbox")]).await;
            assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("unsupported_grant_type")));
            let (status, body) =
                token_request(&sandbox, &[("grant_type", "refresh_token"), ("client_id", "nope")]).await;
            assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_client")));
        })
        .await;
    }

    #[test]
    fn the_plan_points_at_the_sandbox() {
        let sandbox = start(SandboxOptions::default());
        let plan = sandbox.plan();
        assert_eq!(plan.provider_name, "mailsetup sandbox");
        assert_eq!(plan.source, mailsetup::provider::PlanSource::Sandbox);
        assert_eq!(plan.incoming.host, "localhost");
        assert_eq!(plan.incoming.security, mailsetup::provider::Security::Tls);
        assert_eq!(plan.smtp.security, mailsetup::provider::Security::Starttls);
        assert_eq!(
            plan.oauth.authorize_url.as_str(),
            format!("http://127.0.0.1:{}/authorize", sandbox.ports().authorize)
        );
        assert_eq!(plan.oauth.token_url.as_str(), format!("https://localhost:{}/token", sandbox.ports().token));
        assert_eq!(plan.oauth.client_id, "mailsetup-sandbox");
        assert_eq!(plan.oauth.scopes, ["mail", "offline_access"]);
        assert_eq!(plan.oauth.redirect_host, mailsetup::provider::RedirectHost::Localhost);
        assert!(sandbox.ca_pem().contains("BEGIN CERTIFICATE"));
        assert!(Sandbox::example_address().ends_with(".test"));
    }

    #[test]
    fn a_sandbox_can_move_between_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Sandbox>();
        assert_send_sync::<mailsetup::sandbox::ApprovalHandle>();
    }

    #[test]
    fn drop_stops_the_servers_and_deletes_the_temp_dir() {
        let sandbox = start(SandboxOptions::default());
        let ports = sandbox.ports();
        let root = sandbox.profile_root().to_owned();
        assert!(root.is_dir());
        std::fs::write(root.join("profiles.ini"), "[General]\n").expect("write into the profile root");
        let started = std::time::Instant::now();
        drop(sandbox);
        assert!(started.elapsed() < Duration::from_secs(3), "drop took {:?}", started.elapsed());
        assert!(!root.exists());
        for port in [ports.authorize, ports.token, ports.imap, ports.smtp] {
            assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_err(), "port {port} still open");
        }
    }
}

/// Line-oriented access to a server, asserting each exchange.
struct Wire<S> {
    stream: BufReader<S>,
}

impl<S: AsyncRead + AsyncWrite + Unpin> Wire<S> {
    fn new(stream: S) -> Self {
        Self { stream: BufReader::new(stream) }
    }

    /// `C:` one line.
    async fn c(&mut self, line: &str) {
        self.stream.get_mut().write_all(format!("{line}\r\n").as_bytes()).await.expect("write");
        // TLS may hold back what the socket could not take yet (a long DATA).
        self.stream.get_mut().flush().await.expect("flush");
    }

    /// `S:` one line, without its CRLF.
    async fn s(&mut self) -> String {
        let mut line = String::new();
        let read = tokio::time::timeout(Duration::from_secs(5), self.stream.read_line(&mut line))
            .await
            .expect("server answered in time")
            .expect("read");
        assert!(read > 0, "server closed the connection");
        assert!(line.ends_with("\r\n"), "line without CRLF: {line:?}");
        line.truncate(line.len() - 2);
        line
    }

    /// `S:` one line, which must be `expected`.
    async fn s_is(&mut self, expected: &str) {
        assert_eq!(self.s().await, expected);
    }

    /// `S:` an SMTP reply, all lines of it.
    async fn s_reply(&mut self) -> Vec<String> {
        let mut lines = vec![self.s().await];
        while lines.last().is_some_and(|line| line.as_bytes().get(3) == Some(&b'-')) {
            lines.push(self.s().await);
        }
        lines
    }

    fn into_inner(self) -> S {
        assert!(self.stream.buffer().is_empty(), "unread bytes from the server");
        self.stream.into_inner()
    }
}

async fn tls_to(sandbox: &Sandbox, stream: TcpStream) -> tokio_rustls::client::TlsStream<TcpStream> {
    let connector = tokio_rustls::TlsConnector::from(sandbox.trust().client_config().expect("client config"));
    let name = rustls_pki_types::ServerName::try_from("localhost").expect("name");
    connector.connect(name, stream).await.expect("TLS handshake with the sandbox CA")
}

mod imap {
    use super::*;

    pub(super) async fn connect(sandbox: &Sandbox) -> tokio_rustls::client::TlsStream<TcpStream> {
        let plan = sandbox.plan();
        let tcp = TcpStream::connect((plan.incoming.host.as_str(), plan.incoming.port)).await.expect("connect");
        tls_to(sandbox, tcp).await
    }

    /// Answers the first challenge with the XOAUTH2 string and any later one
    /// (the JSON error) with an empty response.
    struct XOAuth2 {
        payload: String,
        answered: bool,
    }

    impl async_imap::Authenticator for XOAuth2 {
        type Response = String;
        fn process(&mut self, _challenge: &[u8]) -> String {
            if std::mem::replace(&mut self.answered, true) { String::new() } else { self.payload.clone() }
        }
    }

    #[tokio::test]
    async fn xoauth2_with_a_good_token_then_select_and_logout() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut client = async_imap::Client::new(connect(&sandbox).await);
            let greeting = client.read_response().await.expect("read").expect("greeting");
            let greeting = format!("{:?}", greeting.parsed());
            assert!(greeting.contains("XOAUTH2"), "{greeting}");
            let auth = XOAuth2 { payload: xoauth2(USER, &token), answered: false };
            let mut session = client.authenticate("XOAUTH2", auth).await.map_err(|(e, _)| e).expect("authenticated");
            let inbox = session.select("INBOX").await.expect("SELECT INBOX");
            assert_eq!(inbox.exists, 2);
            session.logout().await.expect("LOGOUT");
        })
        .await;
    }

    #[tokio::test]
    async fn xoauth2_with_a_bad_token_gives_authenticate_failed() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let mut client = async_imap::Client::new(connect(&sandbox).await);
            client.read_response().await.expect("read").expect("greeting");
            let auth = XOAuth2 { payload: xoauth2(USER, "sbx-at-not-issued-here"), answered: false };
            let (error, _client) = client.authenticate("XOAUTH2", auth).await.expect_err("refused");
            assert!(
                matches!(&error, async_imap::error::Error::No(text) if text.contains("AUTHENTICATE failed.")),
                "{error:?}"
            );
        })
        .await;
    }

    #[tokio::test]
    async fn transcript_sasl_ir_wrong_user_then_right_user() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = Wire::new(connect(&sandbox).await);
            let challenge = STANDARD.encode(r#"{"status":"401","schemes":"Bearer","scope":"mail"}"#);

            wire.s_is("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] mailsetup sandbox ready").await;
            wire.c("a1 SELECT INBOX").await;
            wire.s_is("a1 BAD Command received in Invalid state.").await;
            wire.c(&format!("a2 AUTHENTICATE XOAUTH2 {}", STANDARD.encode(xoauth2("someone@else.test", &token)))).await;
            wire.s_is(&format!("+ {challenge}")).await;
            wire.c("").await;
            wire.s_is("a2 NO AUTHENTICATE failed.").await;
            wire.c("a3 AUTHENTICATE XOAUTH2").await;
            wire.s_is("+ ").await;
            wire.c(&STANDARD.encode(xoauth2(USER, &token))).await;
            wire.s_is("a3 OK AUTHENTICATE completed.").await;
            wire.c("a4 CAPABILITY").await;
            wire.s_is("* CAPABILITY IMAP4rev1 SASL-IR").await;
            wire.s_is("a4 OK CAPABILITY completed.").await;
            wire.c("a5 FROBNICATE").await;
            wire.s_is("a5 BAD Command Error. 10").await;
            wire.c("a6 EXAMINE \"INBOX\"").await;
            for _ in 0..6 {
                assert!(wire.s().await.starts_with("* "));
            }
            wire.s_is("a6 OK [READ-ONLY] EXAMINE completed.").await;
            wire.c("a7 LOGOUT").await;
            wire.s_is("* BYE mailsetup sandbox signing off").await;
            wire.s_is("a7 OK LOGOUT completed.").await;
        })
        .await;
    }

    #[tokio::test]
    async fn faults_reject_tokens_hide_xoauth2_and_unreachable_inbox() {
        let options = SandboxOptions {
            accept_tokens: false,
            imap_offers_xoauth2: false,
            imap_inbox_reachable: false,
            ..SandboxOptions::default()
        };
        let sandbox = start(options);
        within(10, async {
            let mut wire = Wire::new(connect(&sandbox).await);
            wire.s_is("* OK [CAPABILITY IMAP4rev1 SASL-IR] mailsetup sandbox ready").await;
            wire.c("a1 AUTHENTICATE XOAUTH2").await;
            wire.s_is("a1 NO Unsupported authentication mechanism.").await;
            wire.c("a2 LOGIN you secret").await;
            wire.s_is("a2 NO LOGIN failed.").await;
        })
        .await;

        let sandbox = start(SandboxOptions { imap_inbox_reachable: false, ..SandboxOptions::default() });
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = Wire::new(connect(&sandbox).await);
            wire.s().await;
            wire.c(&format!("a1 AUTHENTICATE XOAUTH2 {}", STANDARD.encode(xoauth2(USER, &token)))).await;
            wire.s_is("a1 OK AUTHENTICATE completed.").await;
            wire.c("a2 SELECT INBOX").await;
            wire.s_is("a2 BAD User is authenticated but not connected.").await;
        })
        .await;
    }

    #[tokio::test]
    async fn a_black_hole_accepts_and_never_answers() {
        let sandbox = start(SandboxOptions { black_holes: vec![Service::Imap], ..SandboxOptions::default() });
        within(10, async {
            let tcp = TcpStream::connect(("127.0.0.1", sandbox.ports().imap)).await.expect("connect is accepted");
            let connector = tokio_rustls::TlsConnector::from(sandbox.trust().client_config().expect("config"));
            let name = rustls_pki_types::ServerName::try_from("localhost").expect("name");
            let handshake = tokio::time::timeout(Duration::from_millis(300), connector.connect(name, tcp)).await;
            assert!(handshake.is_err(), "the handshake must hang until the client's deadline");
        })
        .await;
    }
}

mod smtp {
    use super::*;
    use lettre::transport::smtp::authentication::{Credentials, Mechanism};
    use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
    use lettre::{AsyncSmtpTransport, Tokio1Executor};

    fn transport(sandbox: &Sandbox, token: &str) -> AsyncSmtpTransport<Tokio1Executor> {
        let plan = sandbox.plan();
        let certificate = Certificate::from_pem(sandbox.ca_pem().as_bytes()).expect("CA");
        let tls = TlsParameters::builder(plan.smtp.host.clone())
            .add_root_certificate(certificate)
            .build_rustls()
            .expect("TLS parameters");
        AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&plan.smtp.host)
            .expect("relay")
            .port(plan.smtp.port)
            .tls(Tls::Required(tls))
            .credentials(Credentials::new(USER.to_owned(), token.to_owned()))
            .authentication(vec![Mechanism::Xoauth2])
            .timeout(Some(Duration::from_secs(5)))
            .build()
    }

    #[tokio::test]
    async fn lettre_starttls_and_xoauth2_with_a_good_token() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            assert!(transport(&sandbox, &token).test_connection().await.expect("connects and authenticates"));
        })
        .await;
    }

    /// lettre 0.11 cannot answer the `334 <json>` challenge for XOAUTH2 ("This
    /// mechanism does not expect a challenge") and hangs up; the SMTP code is
    /// only visible on the wire (see `transcript_bad_token`).
    #[tokio::test]
    async fn lettre_with_a_bad_token_fails() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let error = transport(&sandbox, "sbx-at-not-issued-here").test_connection().await.expect_err("refused");
            assert!(error.to_string().contains("challenge"), "{error}");
        })
        .await;
    }

    pub(super) async fn starttls(sandbox: &Sandbox) -> Wire<tokio_rustls::client::TlsStream<TcpStream>> {
        let tcp = TcpStream::connect(("127.0.0.1", sandbox.ports().smtp)).await.expect("connect");
        let mut wire = Wire::new(tcp);
        wire.s_is("220 localhost ESMTP mailsetup sandbox ready").await;
        wire.c("EHLO client.test").await;
        let ehlo = wire.s_reply().await;
        assert!(ehlo.iter().any(|line| line == "250-STARTTLS"), "{ehlo:?}");
        assert!(!ehlo.iter().any(|line| line.contains("AUTH")), "no AUTH before TLS: {ehlo:?}");
        wire.c("AUTH XOAUTH2 =").await;
        wire.s_is("530 5.7.0 Must issue a STARTTLS command first").await;
        wire.c("STARTTLS").await;
        wire.s_is("220 2.0.0 SMTP server ready").await;
        let mut wire = Wire::new(tls_to(sandbox, wire.into_inner()).await);
        wire.c("EHLO client.test").await;
        let ehlo = wire.s_reply().await;
        assert!(ehlo.iter().any(|line| line == "250-AUTH XOAUTH2"), "{ehlo:?}");
        assert!(!ehlo.iter().any(|line| line.contains("STARTTLS")), "{ehlo:?}");
        wire
    }

    #[tokio::test]
    async fn transcript_envelope_checks_and_rset() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = starttls(&sandbox).await;
            wire.c(&format!("MAIL FROM:<{USER}>")).await;
            wire.s_is("530 5.7.0 Authentication required").await;
            wire.c("AUTH XOAUTH2").await;
            wire.s_is("334 ").await;
            wire.c(&STANDARD.encode(xoauth2(USER, &token))).await;
            wire.s_is("235 2.7.0 Authentication successful").await;
            wire.c("MAIL FROM:<boss@sandbox.mailsetup.test>").await;
            wire.s_is("550 5.7.60 SMTP; Client does not have permissions to send as this sender").await;
            wire.c(&format!("MAIL FROM:<{USER}>")).await;
            wire.s_is("250 2.1.0 Sender OK").await;
            wire.c("RCPT TO:<friend@example.test>").await;
            wire.s_is("250 2.1.5 Recipient OK").await;
            wire.c("RSET").await;
            wire.s_is("250 2.0.0 Resetting").await;
            wire.c("RCPT TO:<friend@example.test>").await;
            wire.s_is("503 5.5.1 Need MAIL command").await;
            wire.c("NOOP").await;
            wire.s_is("250 2.0.0 OK").await;
            wire.c("QUIT").await;
            wire.s_is("221 2.0.0 Service closing transmission channel").await;
        })
        .await;
    }

    #[tokio::test]
    async fn transcript_bad_token() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let mut wire = starttls(&sandbox).await;
            wire.c(&format!("AUTH XOAUTH2 {}", STANDARD.encode(xoauth2(USER, "sbx-at-made-up")))).await;
            let challenge = wire.s().await;
            let json = STANDARD.decode(challenge.strip_prefix("334 ").expect("334 challenge")).expect("base64");
            let json: Value = serde_json::from_slice(&json).expect("JSON");
            assert_eq!(json["status"], "401");
            wire.c("").await;
            wire.s_is("535 5.7.3 Authentication unsuccessful").await;
            wire.c("MAIL FROM:<you@sandbox.mailsetup.test>").await;
            wire.s_is("530 5.7.0 Authentication required").await;
        })
        .await;
    }

    #[tokio::test]
    async fn without_starttls_auth_is_never_offered() {
        let sandbox = start(SandboxOptions { smtp_offers_starttls: false, ..SandboxOptions::default() });
        within(10, async {
            let mut wire = Wire::new(TcpStream::connect(("127.0.0.1", sandbox.ports().smtp)).await.expect("connect"));
            wire.s().await;
            wire.c("EHLO client.test").await;
            let ehlo = wire.s_reply().await;
            assert!(!ehlo.iter().any(|line| line.contains("STARTTLS") || line.contains("AUTH")), "{ehlo:?}");
            wire.c("STARTTLS").await;
            wire.s_is("502 5.5.1 Command not implemented").await;
        })
        .await;
    }

    #[tokio::test]
    async fn bytes_pipelined_behind_starttls_are_discarded() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let mut tcp = TcpStream::connect(("127.0.0.1", sandbox.ports().smtp)).await.expect("connect");
            let mut greeting = [0u8; 128];
            let _ = tcp.read(&mut greeting).await.expect("greeting");
            // STARTTLS with an injected command behind it, in one segment.
            tcp.write_all(b"EHLO x\r\nSTARTTLS\r\nMAIL FROM:<evil@x.test>\r\n").await.expect("write");
            let mut wire = Wire::new(tcp);
            wire.s_reply().await;
            wire.s_is("220 2.0.0 SMTP server ready").await;
            let mut wire = Wire::new(tls_to(&sandbox, wire.into_inner()).await);
            wire.c("NOOP").await;
            wire.s_is("250 2.0.0 OK").await;
        })
        .await;
    }
}

/// The sandbox tenant's shared mailbox and alias (providers.md §4.8): who
/// signs in, who opens what over IMAP, who authenticates and sends as whom
/// over SMTP, each with Exchange Online's exact replies.
mod shared_mailbox {
    use super::*;
    use mailsetup::sandbox::{ALIAS_ADDRESS, DeliveredMessage, SHARED_ADDRESS};

    type Tls = tokio_rustls::client::TlsStream<TcpStream>;

    const OTHER: &str = "bob@elsewhere.test";

    /// Opens the consent page and presses Allow as `address`; returns the
    /// status and the page (or redirect) the sandbox answers with.
    async fn allow_as(sandbox: &Sandbox, address: &str) -> (StatusCode, String, Option<Url>) {
        let client = browser();
        let attempt = Attempt::new("http://localhost:40200/");
        let body = client.get(attempt.authorize_url(sandbox, &[])).send().await.expect("authorize").text().await.expect("page");
        let marker = r#"name="request_id" value=""#;
        let start = body.find(marker).expect("request_id field") + marker.len();
        let request_id = &body[start..start + body[start..].find('"').expect("end of value")];
        let consent_url = sandbox.plan().oauth.authorize_url.join("/consent").expect("consent URL");
        let form = [("request_id", request_id), ("email", address), ("password", "anything"), ("decision", "allow")];
        let answer = client.post(consent_url).form(&form).send().await.expect("consent");
        let status = answer.status();
        let redirect = answer.headers().get("location").map(|_| location(&answer));
        (status, answer.text().await.expect("page"), redirect)
    }

    #[tokio::test]
    async fn the_shared_mailbox_and_the_alias_cannot_sign_in() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let (status, page, redirect) = allow_as(&sandbox, SHARED_ADDRESS).await;
            assert_eq!((status, redirect), (StatusCode::OK, None), "the page stays: {page}");
            assert!(
                page.contains(
                    "AADSTS50057: The user account is disabled. shared@sandbox.mailsetup.test is a shared mailbox: \
                     its account cannot sign in. Sign in as a person who has access to it \
                     (you@sandbox.mailsetup.test), and give shared@sandbox.mailsetup.test only as the mail \
                     account&#39;s user name."
                ),
                "{page}"
            );
            assert!(page.contains(r#"role="alert""#), "{page}");
            let (status, page, redirect) = allow_as(&sandbox, "Shared@Sandbox.Mailsetup.Test").await;
            assert_eq!((status, redirect), (StatusCode::OK, None));
            assert!(page.contains("AADSTS50057: "), "any case: {page}");
            let (status, page, redirect) = allow_as(&sandbox, ALIAS_ADDRESS).await;
            assert_eq!((status, redirect), (StatusCode::OK, None));
            assert!(
                page.contains(
                    "AADSTS50034: The user account sales@sandbox.mailsetup.test does not exist in the mailsetup \
                     sandbox directory. It is an alias of you@sandbox.mailsetup.test: sign in with that address."
                ),
                "{page}"
            );
            assert_eq!(sandbox.issued_token_count(), 0);

            // The device code page and its programmatic twin refuse them too.
            let devicecode = sandbox.plan().oauth.token_url.join("/devicecode").expect("URL");
            let client = sandbox.trust().https_client(Duration::from_secs(5)).expect("https client");
            let form = [("client_id", "mailsetup-sandbox"), ("scope", "mail offline_access")];
            let started = client.post(devicecode).form(&form).send().await.expect("devicecode").bytes().await.expect("body");
            let started: Value = serde_json::from_slice(&started).expect("JSON");
            let user_code = started["user_code"].as_str().expect("user_code");
            let device_page = sandbox.plan().oauth.authorize_url.join("/device").expect("URL");
            let form = [("user_code", user_code), ("email", SHARED_ADDRESS), ("password", "x"), ("decision", "allow")];
            let page = browser().post(device_page).form(&form).send().await.expect("device").text().await.expect("page");
            assert!(page.contains("AADSTS50057: "), "{page}");
            assert!(!sandbox.enter_device_code(user_code, ALIAS_ADDRESS, ConsentDecision::Allow));
            assert!(sandbox.enter_device_code(user_code, USER, ConsentDecision::Allow), "the code is still open");

            // A person still signs in.
            let (status, _, redirect) = allow_as(&sandbox, USER).await;
            assert_eq!(status, StatusCode::FOUND);
            assert!(redirect.and_then(|url| query_value(&url, "code")).is_some());
        })
        .await;
    }

    /// `aN AUTHENTICATE XOAUTH2` as `user` with `token` (SASL-IR); asserts
    /// a refusal's challenge and answers it.
    async fn imap_authenticate(wire: &mut Wire<Tls>, tag: &str, user: &str, token: &str) -> String {
        wire.c(&format!("{tag} AUTHENTICATE XOAUTH2 {}", STANDARD.encode(xoauth2(user, token)))).await;
        let reply = wire.s().await;
        if reply.starts_with("+ ") {
            assert_eq!(reply, format!("+ {}", STANDARD.encode(r#"{"status":"401","schemes":"Bearer","scope":"mail"}"#)));
            wire.c("").await;
            return wire.s().await;
        }
        reply
    }

    async fn imap_greeted(sandbox: &Sandbox) -> Wire<Tls> {
        let mut wire = Wire::new(imap::connect(sandbox).await);
        wire.s_is("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] mailsetup sandbox ready").await;
        wire
    }

    #[tokio::test]
    async fn imap_opens_the_shared_mailbox_with_the_delegates_token() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = imap_greeted(&sandbox).await;
            assert_eq!(imap_authenticate(&mut wire, "a1", SHARED_ADDRESS, &token).await, "a1 OK AUTHENTICATE completed.");
            wire.c("a2 SELECT INBOX").await;
            wire.s_is("* 1 EXISTS").await;
            wire.s_is("* 0 RECENT").await;
            wire.s_is(r"* FLAGS (\Seen \Answered \Flagged \Deleted \Draft)").await;
            wire.s_is(r"* OK [PERMANENTFLAGS (\Seen \Answered \Flagged \Deleted \Draft \*)] Permanent flags").await;
            wire.s_is("* OK [UIDVALIDITY 1] UIDs valid").await;
            wire.s_is("* OK [UIDNEXT 2] Predicted next UID").await;
            wire.s_is("a2 OK [READ-WRITE] SELECT completed.").await;
            wire.c("a3 LOGOUT").await;
            wire.s_is("* BYE mailsetup sandbox signing off").await;
            wire.s_is("a3 OK LOGOUT completed.").await;

            // You@'s own mailbox is still its own.
            let mut wire = imap_greeted(&sandbox).await;
            assert_eq!(imap_authenticate(&mut wire, "b1", USER, &token).await, "b1 OK AUTHENTICATE completed.");
            wire.c("b2 EXAMINE INBOX").await;
            wire.s_is("* 2 EXISTS").await;
        })
        .await;
    }

    #[tokio::test]
    async fn imap_without_full_access_or_with_another_token_fails() {
        let sandbox = start(SandboxOptions { shared_full_access: false, ..SandboxOptions::default() });
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = imap_greeted(&sandbox).await;
            assert_eq!(imap_authenticate(&mut wire, "a1", SHARED_ADDRESS, &token).await, "a1 NO AUTHENTICATE failed.");
            wire.c("a2 SELECT INBOX").await;
            wire.s_is("a2 BAD Command received in Invalid state.").await;
        })
        .await;

        // Healthy tenant: only you@ holds the grant; the alias is no user name.
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let others = sign_in(&sandbox, OTHER).await;
            let mine = sign_in(&sandbox, USER).await;
            let mut wire = imap_greeted(&sandbox).await;
            assert_eq!(imap_authenticate(&mut wire, "a1", SHARED_ADDRESS, &others).await, "a1 NO AUTHENTICATE failed.");
            assert_eq!(imap_authenticate(&mut wire, "a2", ALIAS_ADDRESS, &mine).await, "a2 NO AUTHENTICATE failed.");
            assert_eq!(imap_authenticate(&mut wire, "a3", SHARED_ADDRESS, "sbx-at-made-up").await, "a3 NO AUTHENTICATE failed.");
            assert_eq!(imap_authenticate(&mut wire, "a4", SHARED_ADDRESS, &mine).await, "a4 OK AUTHENTICATE completed.");
        })
        .await;
    }

    #[tokio::test]
    async fn imap_a_distribution_group_has_no_mailbox_to_open() {
        let sandbox = start(SandboxOptions { shared_is_distribution_group: true, ..SandboxOptions::default() });
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = imap_greeted(&sandbox).await;
            assert_eq!(imap_authenticate(&mut wire, "a1", SHARED_ADDRESS, &token).await, "a1 NO AUTHENTICATE failed.");
            assert_eq!(imap_authenticate(&mut wire, "a2", USER, &token).await, "a2 OK AUTHENTICATE completed.");
        })
        .await;
    }

    /// `AUTH XOAUTH2 <b64>` after STARTTLS; answers a refusal's challenge.
    async fn smtp_auth(wire: &mut Wire<Tls>, user: &str, token: &str) -> String {
        wire.c(&format!("AUTH XOAUTH2 {}", STANDARD.encode(xoauth2(user, token)))).await;
        let reply = wire.s().await;
        if reply.starts_with("334 ") {
            wire.c("").await;
            return wire.s().await;
        }
        reply
    }

    /// An SMTP session after STARTTLS and a successful AUTH as `user`.
    async fn smtp_as(sandbox: &Sandbox, user: &str, token: &str) -> Wire<Tls> {
        let mut wire = smtp::starttls(sandbox).await;
        assert_eq!(smtp_auth(&mut wire, user, token).await, "235 2.7.0 Authentication successful");
        wire
    }

    /// The test message's lines, as sent (the last one dot-stuffed).
    fn message_lines(from: &str) -> Vec<String> {
        vec![
            format!("From: <{from}>"),
            "To: <friend@example.test>".to_owned(),
            "Subject: Practising".to_owned(),
            "  shared mail".to_owned(),
            String::new(),
            "Hello.".to_owned(),
            "..a line that starts with a dot".to_owned(),
        ]
    }

    /// Its size after unstuffing, CRLF line ends.
    fn message_size(from: &str) -> usize {
        message_lines(from).iter().map(|line| line.len() + 2).sum::<usize>() - 1
    }

    /// MAIL FROM `from`, RCPT, DATA, the message; returns the final reply.
    async fn send_message(wire: &mut Wire<Tls>, from: &str) -> String {
        wire.c(&format!("MAIL FROM:<{from}>")).await;
        wire.s_is("250 2.1.0 Sender OK").await;
        wire.c("RCPT TO:<friend@example.test>").await;
        wire.s_is("250 2.1.5 Recipient OK").await;
        wire.c("RCPT TO:<colleague@example.test>").await;
        wire.s_is("250 2.1.5 Recipient OK").await;
        wire.c("DATA").await;
        wire.s_is("354 Start mail input; end with <CRLF>.<CRLF>").await;
        for line in message_lines(from) {
            wire.c(&line).await;
        }
        wire.c(".").await;
        wire.s().await
    }

    /// The queue id in `250 2.0.0 OK <id>`.
    fn queued_id(reply: &str) -> String {
        let id = reply.strip_prefix("250 2.0.0 OK <").and_then(|rest| rest.strip_suffix('>'));
        id.unwrap_or_else(|| panic!("not a queued reply: {reply}")).to_owned()
    }

    /// Asserts that `message` is the test message, queued as `id`, sent
    /// with `sent_from` as envelope sender and recorded as from `from`.
    #[track_caller]
    fn assert_delivered(message: &DeliveredMessage, id: &str, from: &str, sent_from: &str) {
        assert_eq!(message.id, id);
        assert_eq!(message.from, from);
        assert_eq!(message.to, ["friend@example.test", "colleague@example.test"]);
        assert_eq!(message.subject.as_deref(), Some("Practising  shared mail"));
        assert_eq!(message.size, message_size(sent_from));
    }

    #[tokio::test]
    async fn smtp_auth_as_the_shared_mailbox_is_always_5_7_3() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = smtp::starttls(&sandbox).await;
            wire.c(&format!("AUTH XOAUTH2 {}", STANDARD.encode(xoauth2(SHARED_ADDRESS, &token)))).await;
            wire.s_is(&format!("334 {}", STANDARD.encode(r#"{"status":"401","schemes":"Bearer","scope":"mail"}"#))).await;
            wire.c("").await;
            wire.s_is("535 5.7.3 Authentication unsuccessful").await;
            assert_eq!(smtp_auth(&mut wire, "Shared@sandbox.mailsetup.test", &token).await, "535 5.7.3 Authentication unsuccessful");
            // The delegate as themselves is accepted, on the same connection.
            assert_eq!(smtp_auth(&mut wire, USER, &token).await, "235 2.7.0 Authentication successful");
        })
        .await;
    }

    #[tokio::test]
    async fn smtp_auth_disabled_for_the_delegate_is_5_7_139() {
        let sandbox = start(SandboxOptions { delegate_smtp_auth_enabled: false, ..SandboxOptions::default() });
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = smtp::starttls(&sandbox).await;
            assert_eq!(
                smtp_auth(&mut wire, USER, &token).await,
                "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. \
                 Visit https://aka.ms/smtp_auth_disabled for more information."
            );
            wire.c(&format!("MAIL FROM:<{USER}>")).await;
            wire.s_is("530 5.7.0 Authentication required").await;
            // A bad token is still a bad token.
            assert_eq!(smtp_auth(&mut wire, USER, "sbx-at-made-up").await, "535 5.7.3 Authentication unsuccessful");
            // Other people's mailboxes keep SMTP AUTH.
            let others = sign_in(&sandbox, OTHER).await;
            assert_eq!(smtp_auth(&mut wire, OTHER, &others).await, "235 2.7.0 Authentication successful");
        })
        .await;
    }

    #[tokio::test]
    async fn smtp_the_envelope_passes_and_the_message_is_kept() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = smtp_as(&sandbox, USER, &token).await;
            // What a check without a message sees: nothing to object to.
            wire.c(&format!("MAIL FROM:<{SHARED_ADDRESS}>")).await;
            wire.s_is("250 2.1.0 Sender OK").await;
            wire.c("RCPT TO:<friend@example.test>").await;
            wire.s_is("250 2.1.5 Recipient OK").await;
            wire.c("RSET").await;
            wire.s_is("250 2.0.0 Resetting").await;
            assert!(sandbox.delivered_messages().is_empty());

            let reply = send_message(&mut wire, SHARED_ADDRESS).await;
            let id = queued_id(&reply);
            assert!(id.ends_with("@localhost"), "{reply}");
            let messages = sandbox.delivered_messages();
            assert_eq!(messages.len(), 1);
            assert_delivered(&messages[0], &id, SHARED_ADDRESS, SHARED_ADDRESS);
            // The envelope is reset after DATA; own mail goes too.
            let id = queued_id(&send_message(&mut wire, USER).await);
            let messages = sandbox.delivered_messages();
            assert_eq!(messages.len(), 2);
            assert_delivered(&messages[1], &id, USER, USER);
            wire.c("QUIT").await;
            wire.s_is("221 2.0.0 Service closing transmission channel").await;
        })
        .await;
    }

    const SEND_AS_DENIED: &str = "554 5.2.252 SendAsDenied; you@sandbox.mailsetup.test not allowed to send as \
         shared@sandbox.mailsetup.test; STOREDRV.Submission.Exception:SendAsDeniedException; Failed to process \
         message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.";

    #[tokio::test]
    async fn smtp_without_send_as_the_message_is_refused_after_data() {
        let sandbox = start(SandboxOptions { shared_send_as: false, ..SandboxOptions::default() });
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = smtp_as(&sandbox, USER, &token).await;
            assert_eq!(send_message(&mut wire, SHARED_ADDRESS).await, SEND_AS_DENIED);
            assert!(sandbox.delivered_messages().is_empty());
            // The session goes on, with a fresh envelope.
            wire.c("RCPT TO:<friend@example.test>").await;
            wire.s_is("503 5.5.1 Need MAIL command").await;
            queued_id(&send_message(&mut wire, USER).await);
            assert_eq!(sandbox.delivered_messages().len(), 1);
        })
        .await;
    }

    #[tokio::test]
    async fn smtp_a_distribution_group_cannot_be_sent_as() {
        let sandbox = start(SandboxOptions { shared_is_distribution_group: true, ..SandboxOptions::default() });
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = smtp_as(&sandbox, USER, &token).await;
            assert_eq!(send_message(&mut wire, SHARED_ADDRESS).await, SEND_AS_DENIED);
            assert!(sandbox.delivered_messages().is_empty());
        })
        .await;
    }

    #[tokio::test]
    async fn smtp_the_alias_is_rewritten_unless_the_tenant_allows_it() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = smtp_as(&sandbox, USER, &token).await;
            let id = queued_id(&send_message(&mut wire, ALIAS_ADDRESS).await);
            let messages = sandbox.delivered_messages();
            assert_eq!(messages.len(), 1);
            assert_delivered(&messages[0], &id, USER, ALIAS_ADDRESS);
        })
        .await;

        let sandbox = start(SandboxOptions { send_from_alias_enabled: true, ..SandboxOptions::default() });
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = smtp_as(&sandbox, USER, &token).await;
            let id = queued_id(&send_message(&mut wire, ALIAS_ADDRESS).await);
            let messages = sandbox.delivered_messages();
            assert_eq!(messages.len(), 1);
            assert_delivered(&messages[0], &id, ALIAS_ADDRESS, ALIAS_ADDRESS);
        })
        .await;
    }

    #[tokio::test]
    async fn smtp_other_senders_are_refused_at_mail_from() {
        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = smtp_as(&sandbox, USER, &token).await;
            for sender in ["boss@sandbox.mailsetup.test", OTHER, ""] {
                wire.c(&format!("MAIL FROM:<{sender}>")).await;
                wire.s_is("550 5.7.60 SMTP; Client does not have permissions to send as this sender").await;
            }

            // Someone else: not the alias of another mailbox, and the shared
            // mailbox only as far as DATA.
            let others = sign_in(&sandbox, OTHER).await;
            let mut wire = smtp_as(&sandbox, OTHER, &others).await;
            wire.c(&format!("MAIL FROM:<{ALIAS_ADDRESS}>")).await;
            wire.s_is("550 5.7.60 SMTP; Client does not have permissions to send as this sender").await;
            assert_eq!(
                send_message(&mut wire, SHARED_ADDRESS).await,
                SEND_AS_DENIED.replace("you@sandbox.mailsetup.test", OTHER)
            );
            assert!(sandbox.delivered_messages().is_empty());
        })
        .await;
    }

    #[tokio::test]
    async fn smtp_data_is_bounded() {
        let sandbox = start(SandboxOptions::default());
        within(20, async {
            let token = sign_in(&sandbox, USER).await;
            let mut wire = smtp::starttls(&sandbox).await;
            wire.c("EHLO client.test").await;
            let ehlo = wire.s_reply().await;
            assert!(ehlo.iter().any(|line| line == "250-SIZE 1048576"), "{ehlo:?}");
            assert_eq!(smtp_auth(&mut wire, USER, &token).await, "235 2.7.0 Authentication successful");
            wire.c("DATA").await;
            wire.s_is("503 5.5.1 Need RCPT command").await;
            wire.c(&format!("MAIL FROM:<{USER}>")).await;
            wire.s_is("250 2.1.0 Sender OK").await;
            wire.c("RCPT TO:<friend@example.test>").await;
            wire.s_is("250 2.1.5 Recipient OK").await;
            wire.c("DATA").await;
            wire.s_is("354 Start mail input; end with <CRLF>.<CRLF>").await;
            let line = "x".repeat(998);
            for _ in 0..1100 {
                wire.c(&line).await;
            }
            wire.c(".").await;
            wire.s_is("552 5.3.4 Message size exceeds fixed maximum message size").await;
            assert!(sandbox.delivered_messages().is_empty());

            // A line past the cap ends the connection.
            wire.c(&format!("MAIL FROM:<{USER}>")).await;
            wire.s_is("250 2.1.0 Sender OK").await;
            wire.c("RCPT TO:<friend@example.test>").await;
            wire.s_is("250 2.1.5 Recipient OK").await;
            wire.c("DATA").await;
            wire.s_is("354 Start mail input; end with <CRLF>.<CRLF>").await;
            wire.c(&"y".repeat(65_600)).await;
            wire.s_is("500 5.5.2 Line too long").await;
        })
        .await;
    }
}

#[path = "support/log_capture.rs"]
mod log_capture;

mod redaction {
    use super::log_capture::Buffer;
    use super::*;

    #[tokio::test]
    async fn no_code_or_token_reaches_the_log_even_at_trace() {
        let buffer = Buffer::default();
        let writer = buffer.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        // Other tests in this binary may log here too; their secrets must not
        // show either.
        tracing::subscriber::set_global_default(subscriber).expect("the only global subscriber in this binary");

        let sandbox = start(SandboxOptions::default());
        within(10, async {
            let attempt = Attempt::new("http://localhost:40100/");
            let redirect = consent(&sandbox, &attempt, USER, "allow").await;
            let code = query_value(&redirect, "code").expect("code");
            let (_, body) = exchange(&sandbox, &attempt, &code, &attempt.verifier).await;
            let access = body["access_token"].as_str().expect("access").to_owned();
            let refresh = body["refresh_token"].as_str().expect("refresh").to_owned();

            let mut wire = Wire::new(imap::connect(&sandbox).await);
            wire.s().await;
            wire.c(&format!("a1 AUTHENTICATE XOAUTH2 {}", STANDARD.encode(xoauth2(USER, &access)))).await;
            wire.s_is("a1 OK AUTHENTICATE completed.").await;

            let log = buffer.text();
            assert!(log.contains("IMAP XOAUTH2 accepted"), "the log is being captured: {log}");
            for secret in [
                code.clone(),
                access.clone(),
                refresh.clone(),
                attempt.verifier.clone(),
                STANDARD.encode(xoauth2(USER, &access)),
            ] {
                assert!(!log.contains(&secret), "a secret reached the log");
            }
            assert!(!log.contains(USER), "whole addresses stay out of the log");
        })
        .await;
    }
}
