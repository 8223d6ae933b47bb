//! IMAP and SMTP checks against the real peers (Dovecot, Postfix, the
//! OpenID provider), certificates verified, compared with the bare protocol
//! paths (prints figures; not a timed test).
//!
//! - `checks total`: `flow::check` from its start to its return: IMAP and
//!   SMTP at once, every step (IMAP: connect, TLS, CAPABILITY, AUTHENTICATE,
//!   SELECT, LOGOUT; SMTP: connect, greeting, STARTTLS, EHLO, AUTH, MAIL,
//!   RCPT, RSET) plus the diagnosis pass.
//! - `IMAP check`, `SMTP check`: the sum of each protocol's step times in
//!   that same run (its steps run back to back, so this is its own time).
//! - `bare IMAP`: connect, TLS, `AUTHENTICATE XOAUTH2` (SASL-IR), `SELECT
//!   INBOX` by hand on one connection; `bare SMTP`: connect, greeting, EHLO,
//!   STARTTLS, TLS, EHLO, `AUTH XOAUTH2`, the same token, the same verifying
//!   rustls configuration.
//!
//! Goals: checks total ≤ 1.5 × the slower bare path; checks total / the
//! slower single check ≤ 1.2.
//!
//!     bash tests/peers/start.sh target/peers      # or let the benchmark start its own
//!     MAILSETUP_PEERS_ENV=target/peers/env cargo bench --bench checks

use mailsetup::address::EmailAddress;
use mailsetup::flow::{self, ProfileTarget, SetupRequest};
use mailsetup::oauth::{BrowserLauncher, CancelFlag, TokenSet};
use mailsetup::probe::{Deadlines, sasl};
use mailsetup::provider::{ProviderFile, ServerEndpoint};
use mailsetup::report::{Outcome, Phase};
use mailsetup::secret::Secret;
use mailsetup::tls::TrustStore;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt as _, AsyncRead, AsyncWrite, AsyncWriteExt as _, BufReader};
use tokio::net::TcpStream;

const ROUNDS: usize = 15;

fn main() {
    mailsetup::tls::install_crypto_provider();
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let (env_file, own_peers) = match std::env::var_os("MAILSETUP_PEERS_ENV") {
        Some(path) => (PathBuf::from(path), None),
        None => {
            let dir = repo.join("target/bench-peers");
            println!("starting the real peers in {} (MAILSETUP_PEERS_ENV is not set)", dir.display());
            let status = std::process::Command::new("bash").arg(repo.join("tests/peers/start.sh")).arg(&dir).status().expect("bash runs");
            assert!(status.success(), "tests/peers/start.sh failed");
            (dir.join("env"), Some(dir))
        }
    };
    let result = std::panic::catch_unwind(|| run(&env_file));
    if let Some(dir) = own_peers {
        let _ = std::process::Command::new("bash").arg(repo.join("tests/peers/stop.sh")).arg(&dir).status();
    }
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

fn run(env_file: &Path) {
    let vars: HashMap<String, String> = std::fs::read_to_string(env_file)
        .expect("the peers' env file")
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let get = |key: &str| vars.get(key).unwrap_or_else(|| panic!("{key} missing from {}", env_file.display())).clone();
    let file = ProviderFile::load(Path::new(&get("MAILSETUP_PEERS_PROVIDER_FILE"))).expect("the provider file");
    let browser = get("MAILSETUP_PEERS_BROWSER");
    let browser_env: Vec<(String, String)> = vars.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let open = move |url: &str| -> Result<(), String> {
        let mut child = std::process::Command::new(&browser).arg(url).envs(browser_env.iter().cloned()).spawn().map_err(|e| e.to_string())?;
        std::thread::spawn(move || child.wait());
        Ok(())
    };
    let user = get("MAILSETUP_PEERS_USER");
    let request = SetupRequest {
        send_as: None,
        send_test_message: false,
        delegate: None,
        address: EmailAddress::parse(&user).expect("the peers' user"),
        display_name: "Bench".into(),
        plan: file.plan(),
        trust: TrustStore::with_ca_file(Path::new(&get("MAILSETUP_PEERS_CA"))).expect("the peers' CA"),
        browser: BrowserLauncher::Function(Arc::new(open)),
        sign_in_timeout: Duration::from_secs(90),
        deadlines: Deadlines::default(),
        profile: ProfileTarget::NoWrite,
        sign_in_handoff: true,
    };
    let runtime = flow::new_runtime().expect("runtime");
    println!("signing in once through the OpenID provider and Chromium…");
    let (steps, tokens) = flow::sign_in(&request, runtime.handle(), &CancelFlag::new(), &|_| {});
    let tokens: TokenSet = tokens.unwrap_or_else(|| panic!("sign-in failed: {steps:#?}"));
    let payload = sasl::xoauth2_base64(&user, &tokens.access_token);
    let config = request.trust.client_config().expect("rustls config");

    // One warm-up round of each, not counted (first TLS session, page cache).
    let mut checks = Vec::new();
    let mut bare_imap = Vec::new();
    let mut bare_smtp = Vec::new();
    let mut per_step: std::collections::BTreeMap<String, Vec<Duration>> = std::collections::BTreeMap::new();
    for round in 0..=ROUNDS {
        let started = Instant::now();
        let steps = flow::check(&request, &tokens, runtime.handle(), &CancelFlag::new(), &|_| {}).expect("the checks were not cancelled");
        let total = started.elapsed();
        assert!(steps.iter().all(|step| step.outcome == Outcome::Passed), "a check failed: {steps:#?}");
        let imap: Duration = steps.iter().filter(|step| step.phase == Phase::Imap).map(|step| step.duration).sum();
        let smtp: Duration = steps.iter().filter(|step| step.phase == Phase::Smtp).map(|step| step.duration).sum();
        let imap_bare = runtime.block_on(bare_imap_path(&request.plan.incoming, &config, &payload));
        let smtp_bare = runtime.block_on(bare_smtp_path(&request.plan.smtp, &config, &payload));
        if round > 0 {
            for step in &steps {
                per_step.entry(step.id.as_str().to_owned()).or_default().push(step.duration);
            }
            checks.push((total, imap, smtp));
            bare_imap.push(imap_bare);
            bare_smtp.push(smtp_bare);
        }
    }

    let median = |mut values: Vec<Duration>| {
        values.sort();
        values[values.len() / 2]
    };
    let total = median(checks.iter().map(|c| c.0).collect());
    let imap = median(checks.iter().map(|c| c.1).collect());
    let smtp = median(checks.iter().map(|c| c.2).collect());
    let ratios: Vec<f64> = checks.iter().map(|(total, imap, smtp)| total.as_secs_f64() / imap.max(smtp).as_secs_f64()).collect();
    let mut sorted_ratios = ratios.clone();
    sorted_ratios.sort_by(f64::total_cmp);
    let ratio_median = sorted_ratios[sorted_ratios.len() / 2];
    let bare_imap = median(bare_imap);
    let bare_smtp = median(bare_smtp);
    let slower_bare = bare_imap.max(bare_smtp);
    let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);

    println!();
    println!("IMAP and SMTP checks against the real peers, certificates verified; {ROUNDS} rounds after one warm-up, medians");
    println!("  IMAP {}   SMTP {}", request.plan.incoming, request.plan.smtp);
    println!("{:<44} {:>10}", "bare IMAP connect → TLS → AUTH → SELECT", ms(bare_imap));
    println!("{:<44} {:>10}", "bare SMTP connect → STARTTLS → AUTH", ms(bare_smtp));
    println!("{:<44} {:>10}", "IMAP check (sum of its steps)", ms(imap));
    println!("{:<44} {:>10}", "SMTP check (sum of its steps)", ms(smtp));
    println!("{:<44} {:>10}", "checks total (both at once)", ms(total));
    for (id, durations) in per_step {
        println!("    step {id:<24} {:>10}", ms(median(durations)));
    }
    let versus_bare = total.as_secs_f64() / slower_bare.as_secs_f64();
    println!("checks total / slower bare path      = {versus_bare:.2}  (goal ≤ 1.5) {}", verdict(versus_bare <= 1.5));
    println!("checks total / slower single check   = {ratio_median:.2}  (goal ≤ 1.2) {}  [worst round {:.2}]", verdict(ratio_median <= 1.2), sorted_ratios[sorted_ratios.len() - 1]);
}

fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "NOT MET" }
}

async fn tls<S: AsyncRead + AsyncWrite + Unpin>(stream: S, host: &str, config: &Arc<rustls::ClientConfig>) -> tokio_rustls::client::TlsStream<S> {
    let name = rustls_pki_types::ServerName::try_from(host.to_owned()).expect("server name");
    tokio_rustls::TlsConnector::from(Arc::clone(config)).connect(name, stream).await.expect("TLS handshake, verified")
}

/// Reads lines until one starts with `prefix`; returns it.
async fn read_until<S: AsyncRead + Unpin>(reader: &mut BufReader<S>, prefix: &str) -> String {
    let mut line = String::new();
    loop {
        line.clear();
        let read = reader.read_line(&mut line).await.expect("read");
        assert!(read > 0, "the server closed the connection");
        if line.starts_with(prefix) {
            return line;
        }
        assert!(!line.starts_with("+ ") && !line.starts_with('5') && !line.starts_with('4'), "the server refused: {line}");
    }
}

async fn bare_imap_path(endpoint: &ServerEndpoint, config: &Arc<rustls::ClientConfig>, payload: &Secret) -> Duration {
    let started = Instant::now();
    let stream = TcpStream::connect((endpoint.host.as_str(), endpoint.port)).await.expect("connect");
    let mut reader = BufReader::new(tls(stream, &endpoint.host, config).await);
    read_until(&mut reader, "* OK").await;
    reader.get_mut().write_all(format!("a1 AUTHENTICATE XOAUTH2 {}\r\n", payload.expose()).as_bytes()).await.expect("write");
    let answer = read_until(&mut reader, "a1 ").await;
    assert!(answer.starts_with("a1 OK"), "{answer}");
    reader.get_mut().write_all(b"a2 SELECT INBOX\r\n").await.expect("write");
    let answer = read_until(&mut reader, "a2 ").await;
    assert!(answer.starts_with("a2 OK"), "{answer}");
    let took = started.elapsed();
    let _ = reader.get_mut().write_all(b"a3 LOGOUT\r\n").await;
    took
}

async fn bare_smtp_path(endpoint: &ServerEndpoint, config: &Arc<rustls::ClientConfig>, payload: &Secret) -> Duration {
    let started = Instant::now();
    let stream = TcpStream::connect((endpoint.host.as_str(), endpoint.port)).await.expect("connect");
    let mut reader = BufReader::new(stream);
    read_until(&mut reader, "220 ").await;
    reader.get_mut().write_all(b"EHLO bench.localhost\r\n").await.expect("write");
    read_until(&mut reader, "250 ").await;
    reader.get_mut().write_all(b"STARTTLS\r\n").await.expect("write");
    read_until(&mut reader, "220 ").await;
    let mut reader = BufReader::new(tls(reader.into_inner(), &endpoint.host, config).await);
    reader.get_mut().write_all(b"EHLO bench.localhost\r\n").await.expect("write");
    read_until(&mut reader, "250 ").await;
    reader.get_mut().write_all(format!("AUTH XOAUTH2 {}\r\n", payload.expose()).as_bytes()).await.expect("write");
    let answer = read_until(&mut reader, "2").await;
    assert!(answer.starts_with("235"), "{answer}");
    let took = started.elapsed();
    let _ = reader.get_mut().write_all(b"QUIT\r\n").await;
    took
}
