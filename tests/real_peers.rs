//! End to end against the real peers that `tests/peers/start.sh` runs on
//! loopback: an OpenID provider (npm oidc-provider), Dovecot (IMAPS,
//! XOAUTH2 through token introspection), Postfix (submission, STARTTLS, SASL
//! through Dovecot) and Chromium driven by Playwright as the user's browser.
//!
//! `tests/run.sh` starts the peers, sets `MAILSETUP_PEERS_ENV` and runs these
//! ignored tests; run without the peers they fail saying how to start them.

mod support {
    pub mod hostile_server;
    pub mod real_thunderbird;
    pub mod recording_proxy;
    pub mod required;
}

use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

struct Peers {
    vars: HashMap<String, String>,
}

impl Peers {
    fn get(&self, key: &str) -> &str {
        self.vars.get(key).unwrap_or_else(|| panic!("{key} missing from the peers' env file"))
    }
}

/// The running peers, from their env file; fails the test without them.
#[track_caller]
fn peers() -> Peers {
    let path = support::required::peers_env_file();
    let text = std::fs::read_to_string(&path).expect("the peers' env file is readable");
    let vars = text
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().trim_matches('"').trim_matches('\'').to_owned()))
        .collect();
    Peers { vars }
}

struct Run {
    status: i32,
    report: Value,
    stderr: String,
}

fn run_setup(peers: &Peers, profile: &Path, extra_env: &[(&str, &str)], extra_args: &[&str]) -> Run {
    run_setup_with(peers, "MAILSETUP_PEERS_PROVIDER_FILE", profile, extra_env, extra_args)
}

/// `mailsetup setup --json` for the peers' user with the provider file named
/// by `provider_file_key` in the peers' env file, logging at trace.
fn run_setup_with(peers: &Peers, provider_file_key: &str, profile: &Path, extra_env: &[(&str, &str)], extra_args: &[&str]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
    command
        .args(["setup", peers.get("MAILSETUP_PEERS_USER"), "--name", "Alice \"Peers\" Example", "--json", "--timeout", "90"])
        .arg("--provider-file")
        .arg(peers.get(provider_file_key))
        .arg("--ca-file")
        .arg(peers.get("MAILSETUP_PEERS_CA"))
        .arg("--profile")
        .arg(profile)
        .args(extra_args)
        .env("BROWSER", peers.get("MAILSETUP_PEERS_BROWSER"))
        .env("RUST_LOG", "trace");
    for (key, value) in &peers.vars {
        command.env(key, value);
    }
    for (key, value) in extra_env {
        command.env(key, value);
    }
    let output = command.output().expect("mailsetup runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{stdout}\nstderr:\n{stderr}"));
    Run { status: output.status.code().unwrap_or(-1), report, stderr }
}

fn step<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["steps"]
        .as_array()
        .expect("steps is a list")
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("no step {id} in {report:#}"))
}

fn new_profile() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = dir.path().join("profile");
    std::fs::create_dir(&profile).expect("profile dir");
    (dir, profile)
}

#[test]
#[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV)"]
fn setup_passes_every_step_against_the_real_peers_and_writes_the_profile() {
    let peers = peers();
    let (_dir, profile) = new_profile();
    let run = run_setup(&peers, &profile, &[], &[]);
    assert_eq!(run.status, 0, "report: {:#}\nstderr: {}", run.report, run.stderr);
    for id in [
        "signin.listen", "signin.browser", "signin.redirect", "signin.exchange", "signin.refresh",
        "imap.connect", "imap.tls", "imap.capability", "imap.authenticate", "imap.select", "imap.logout",
        "smtp.connect", "smtp.greeting", "smtp.tls", "smtp.ehlo", "smtp.authenticate", "smtp.envelope",
        "thunderbird.write",
    ] {
        assert_eq!(step(&run.report, id)["outcome"], "passed", "{id}: {:#}", step(&run.report, id));
    }
    let prefs = std::fs::read_to_string(profile.join("prefs.js")).expect("prefs.js written");
    assert!(prefs.contains(peers.get("MAILSETUP_PEERS_USER")), "{prefs}");
    assert!(prefs.contains("authMethod\", 10"), "{prefs}");
    assert!(prefs.contains(r#"Alice \"Peers\" Example"#), "{prefs}");

    // A second run adds no second account.
    let again = run_setup(&peers, &profile, &[], &[]);
    assert_eq!(again.status, 0, "{:#}", again.report);
    assert_eq!(again.report["thunderbird"]["action"], "already-present");
    assert_eq!(std::fs::read_to_string(profile.join("prefs.js")).unwrap(), prefs);
}

#[test]
#[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV)"]
fn a_pop3_account_signs_in_to_dovecots_pop3_and_is_written_as_pop3() {
    let peers = peers();
    let (_dir, profile) = new_profile();
    let run = run_setup_with(&peers, "MAILSETUP_PEERS_PROVIDER_FILE_POP3", &profile, &[], &[]);
    assert_eq!(run.status, 0, "report: {:#}\nstderr: {}", run.report, run.stderr);
    for id in ["pop3.connect", "pop3.tls", "pop3.capability", "pop3.authenticate", "pop3.stat", "pop3.quit", "smtp.authenticate", "thunderbird.write"] {
        assert_eq!(step(&run.report, id)["outcome"], "passed", "{id}: {:#}", step(&run.report, id));
    }
    // Alice's mailbox holds one message, which Dovecot's POP3 counts.
    assert!(step(&run.report, "pop3.stat")["detail"].as_str().is_some_and(|detail| detail.contains("holds 1 message") && !detail.contains("1 messages")), "{:#}", run.report);
    assert!(!run.report["steps"].as_array().unwrap().iter().any(|s| s["id"].as_str().unwrap_or_default().starts_with("imap.")), "no IMAP step");
    assert_eq!(run.report["incoming_protocol"], "POP3");
    let prefs = std::fs::read_to_string(profile.join("prefs.js")).expect("prefs.js written");
    assert!(prefs.contains(r#""mail.server.server1.type", "pop3""#), "{prefs}");
    assert!(prefs.contains(&format!(r#""mail.server.server1.port", {}"#, peers.get("MAILSETUP_PEERS_POP3_PORT"))), "{prefs}");
}

#[test]
#[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV)"]
fn send_test_hands_postfix_one_real_message_and_only_when_asked() {
    let peers = peers();
    let (_dir, profile) = new_profile();
    let without = run_setup(&peers, &profile, &[], &["--no-write"]);
    assert_eq!(without.status, 0, "{:#}", without.report);
    assert!(!without.report["steps"].as_array().unwrap().iter().any(|s| s["id"] == "smtp.test-message"), "nothing sent unless asked");
    let with = run_setup(&peers, &profile, &[], &["--no-write", "--send-test"]);
    assert_eq!(with.status, 0, "report: {:#}\nstderr: {}", with.report, with.stderr);
    let sent = step(&with.report, "smtp.test-message");
    assert_eq!(sent["outcome"], "passed", "{sent:#}");
    // Postfix's own answer to the message: queued.
    assert!(sent["server_says"].as_str().unwrap_or_default().starts_with("250"), "{sent:#}");
}

#[test]
#[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV)"]
fn an_alias_postfix_will_not_send_as_is_refused_at_the_test_message_and_not_added() {
    let peers = peers();
    let (_dir, profile) = new_profile();
    let written = run_setup(&peers, &profile, &[], &[]);
    assert_eq!(written.status, 0, "{:#}", written.report);
    let before = std::fs::read_to_string(profile.join("prefs.js")).unwrap();
    // Postfix's sender-login map lets alice send only as herself.
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
    command
        .args(["alias", peers.get("MAILSETUP_PEERS_USER"), "sales@peers.example", "--send-test", "--timeout", "90"])
        .arg("--provider-file")
        .arg(peers.get("MAILSETUP_PEERS_PROVIDER_FILE"))
        .arg("--ca-file")
        .arg(peers.get("MAILSETUP_PEERS_CA"))
        .arg("--profile")
        .arg(&profile)
        .env("BROWSER", peers.get("MAILSETUP_PEERS_BROWSER"));
    for (key, value) in &peers.vars {
        command.env(key, value);
    }
    let output = command.output().expect("mailsetup runs");
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(said.contains("553") && said.contains("was not added"), "Postfix's own refusal is shown: {said}");
    assert_eq!(std::fs::read_to_string(profile.join("prefs.js")).unwrap(), before, "nothing changed");
}

#[test]
#[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV)"]
fn a_password_smtp_server_beside_an_oauth2_mailbox_never_gets_the_token() {
    let peers = peers();
    let (_dir, profile) = new_profile();
    let run = run_setup_with(&peers, "MAILSETUP_PEERS_PROVIDER_FILE_MIXED_AUTH", &profile, &[], &[]);
    assert_eq!(run.status, 0, "report: {:#}\nstderr: {}", run.report, run.stderr);
    assert_eq!(step(&run.report, "imap.authenticate")["outcome"], "passed", "{:#}", run.report);
    let smtp_auth = step(&run.report, "smtp.authenticate");
    assert_eq!(smtp_auth["outcome"], "skipped", "{smtp_auth:#}");
    assert!(smtp_auth["detail"].as_str().unwrap_or_default().contains("password"), "{smtp_auth:#}");
    assert!(run.report["smtp_server"].as_str().unwrap_or_default().ends_with("password"), "{:#}", run.report);
    let prefs = std::fs::read_to_string(profile.join("prefs.js")).expect("prefs.js written");
    assert!(prefs.contains(r#""mail.server.server1.authMethod", 10"#), "{prefs}");
    assert!(prefs.contains(r#""mail.smtpserver.smtp1.authMethod", 3"#), "{prefs}");
}

#[test]
#[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV)"]
fn denied_consent_fails_the_redirect_step_with_the_providers_words() {
    let peers = peers();
    let (_dir, profile) = new_profile();
    let run = run_setup(&peers, &profile, &[("MAILSETUP_PEERS_CONSENT", "deny")], &[]);
    assert_eq!(run.status, 1, "{:#}", run.report);
    let redirect = step(&run.report, "signin.redirect");
    assert_eq!(redirect["outcome"], "failed");
    assert!(redirect["server_says"].as_str().unwrap_or_default().contains("access_denied"), "{redirect:#}");
    assert_eq!(redirect["diagnosis"]["id"], "oauth-access-denied", "{redirect:#}");
    assert!(redirect["diagnosis"]["user_can_do"].as_str().is_some_and(|t| !t.is_empty()), "{redirect:#}");
    assert!(!profile.join("prefs.js").exists(), "nothing may be written after a failure");
}

#[test]
#[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV)"]
fn secrets_stay_out_of_the_report_and_the_trace_log() {
    let peers = peers();
    let (_dir, profile) = new_profile();
    let run = run_setup(&peers, &profile, &[], &["--no-write"]);
    assert_eq!(run.status, 0, "{:#}\n{}", run.report, run.stderr);
    let everything = format!("{}\n{}", run.report, run.stderr);
    for needle in ["access_token", "refresh_token\":", "code_verifier=", "auth=Bearer", "dXNlcj1"] {
        assert!(!everything.contains(needle), "{needle} leaked:\n{everything}");
    }
}

/// A setup that must fail its checks: into a new profile, which stays empty.
fn run_with_provider_file(peers: &Peers, provider_file_key: &str, extra_env: &[(&str, &str)]) -> Run {
    let (_dir, profile) = new_profile();
    let run = run_setup_with(peers, provider_file_key, &profile, extra_env, &[]);
    assert!(!profile.join("prefs.js").exists(), "nothing may be written after a failed check");
    run
}

fn assert_refused_by_both_servers(run: &Run) {
    assert_eq!(run.status, 1, "{:#}\n{}", run.report, run.stderr);
    let imap = step(&run.report, "imap.authenticate");
    assert_eq!(imap["outcome"], "failed", "{imap:#}");
    assert!(imap["server_says"].as_str().unwrap_or_default().contains("NO"), "Dovecot's own words: {imap:#}");
    let smtp = step(&run.report, "smtp.authenticate");
    assert_eq!(smtp["outcome"], "failed", "{smtp:#}");
    assert!(smtp["server_says"].as_str().unwrap_or_default().contains("535"), "Postfix's own words: {smtp:#}");
    assert_eq!(step(&run.report, "thunderbird.write")["outcome"], "skipped");
    // Dovecot and Postfix say the same for every refusal; the diagnosis
    // names the reply and the likely causes.
    assert_eq!(imap["diagnosis"]["id"], "imap-token-rejected", "{imap:#}");
    assert_eq!(smtp["diagnosis"]["id"], "smtp-token-rejected", "{smtp:#}");
    assert!(imap["diagnosis"]["user_can_do"].as_str().is_some_and(|t| !t.is_empty()));
}

#[test]
#[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV)"]
fn a_token_without_the_mail_scope_is_refused_by_dovecot_and_postfix() {
    let peers = peers();
    let run = run_with_provider_file(&peers, "MAILSETUP_PEERS_PROVIDER_FILE_NO_MAIL_SCOPE", &[]);
    assert_eq!(step(&run.report, "signin.exchange")["outcome"], "passed", "sign-in itself works: {:#}", run.report);
    assert_refused_by_both_servers(&run);
}

#[test]
#[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV)"]
fn a_token_for_another_user_is_refused_by_dovecot_and_postfix() {
    let peers = peers();
    let other = peers.get("MAILSETUP_PEERS_OTHER_USER").to_owned();
    let run = run_with_provider_file(&peers, "MAILSETUP_PEERS_PROVIDER_FILE", &[("MAILSETUP_PEERS_LOGIN_USER", &other)]);
    assert_refused_by_both_servers(&run);
}

// Library-level scenarios: sign in for real through the peers' browser, then
// break the token the way the peers allow (revoke it, let it expire, replace
// it), and check that the failing steps carry the right diagnosis.

mod library {
    use super::{Peers, peers};
    use mailsetup::address::EmailAddress;
    use mailsetup::flow::{self, ProfileTarget, SetupRequest};
    use mailsetup::oauth::{BrowserLauncher, CancelFlag, TokenSet};
    use mailsetup::probe::Deadlines;
    use mailsetup::provider::ProviderFile;
    use mailsetup::report::{Outcome, Step};
    use mailsetup::secret::Secret;
    use mailsetup::tls::TrustStore;
    use std::path::Path;
    use std::sync::Arc;
    use std::time::Duration;

    fn request(peers: &Peers, provider_file_key: &str) -> SetupRequest {
        mailsetup::tls::install_crypto_provider();
        let file = ProviderFile::load(Path::new(peers.get(provider_file_key))).expect("the peers' provider file loads");
        let vars: Vec<(String, String)> = peers.vars.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        let browser = peers.get("MAILSETUP_PEERS_BROWSER").to_owned();
        let open = move |url: &str| -> Result<(), String> {
            let mut child = std::process::Command::new(&browser).arg(url).envs(vars.iter().cloned()).spawn().map_err(|e| e.to_string())?;
            std::thread::spawn(move || child.wait());
            Ok(())
        };
        SetupRequest {
            send_as: None,
            send_test_message: false,
            delegate: None,
            address: EmailAddress::parse(peers.get("MAILSETUP_PEERS_USER")).unwrap(),
            display_name: "Peers".into(),
            plan: file.plan(),
            trust: TrustStore::with_ca_file(Path::new(peers.get("MAILSETUP_PEERS_CA"))).expect("the CA loads"),
            browser: BrowserLauncher::Function(Arc::new(open)),
            sign_in_timeout: Duration::from_secs(90),
            deadlines: Deadlines::default(),
            profile: ProfileTarget::NoWrite,
            sign_in_handoff: true,
        }
    }

    fn sign_in(request: &SetupRequest, runtime: &tokio::runtime::Runtime) -> TokenSet {
        let (steps, tokens) = flow::sign_in(request, runtime.handle(), &CancelFlag::new(), &|_| {});
        tokens.unwrap_or_else(|| panic!("sign-in against the peers failed: {steps:#?}"))
    }

    fn diagnosis_of<'a>(steps: &'a [Step], id: &str) -> &'a str {
        let step = steps.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("no {id} in {steps:#?}"));
        assert_eq!(step.outcome, Outcome::Failed, "{step:#?}");
        let diagnosis = step.diagnosis.as_deref().unwrap_or_else(|| panic!("{id} has no diagnosis: {step:#?}"));
        assert!(!diagnosis.user_can_do.is_empty());
        &diagnosis.id
    }

    #[test]
    #[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV)"]
    fn a_bad_token_is_diagnosed_as_refused_by_both_servers() {
        let peers = peers();
        let request = request(&peers, "MAILSETUP_PEERS_PROVIDER_FILE");
        let runtime = flow::new_runtime().unwrap();
        let fake = TokenSet { access_token: Secret::new("not-a-token-at-all"), refresh_token: None, expires_in: None, granted_scopes: None, received_at: std::time::SystemTime::now() };
        let steps = flow::check(&request, &fake, runtime.handle(), &CancelFlag::new(), &|_| {}).expect("the checks were not cancelled");
        assert_eq!(diagnosis_of(&steps, "imap.authenticate"), "imap-token-rejected");
        assert_eq!(diagnosis_of(&steps, "smtp.authenticate"), "smtp-token-rejected");
    }

    #[test]
    #[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV)"]
    fn a_revoked_grant_is_refused_and_its_refresh_is_diagnosed() {
        let peers = peers();
        let request = request(&peers, "MAILSETUP_PEERS_PROVIDER_FILE");
        let runtime = flow::new_runtime().unwrap();
        let tokens = sign_in(&request, &runtime);
        // Revoke at the provider (oidc-provider revokes the whole grant).
        let http = request.trust.https_client(Duration::from_secs(10)).unwrap();
        let revoked = runtime.block_on(async {
            http.post(peers.get("MAILSETUP_PEERS_REVOCATION_URL"))
                .form(&[("token", tokens.access_token.expose()), ("client_id", peers.get("MAILSETUP_PEERS_CLIENT_ID"))])
                .send()
                .await
                .map(|r| r.status())
        });
        assert!(revoked.expect("the revocation request runs").is_success());
        let steps = flow::check(&request, &tokens, runtime.handle(), &CancelFlag::new(), &|_| {}).expect("the checks were not cancelled");
        assert_eq!(diagnosis_of(&steps, "imap.authenticate"), "imap-token-rejected");
        assert_eq!(diagnosis_of(&steps, "smtp.authenticate"), "smtp-token-rejected");
        let refresh_token = tokens.refresh_token.clone().expect("a refresh token");
        let (step, renewed) = runtime.block_on(mailsetup::oauth::refresh_as_step(&request.plan.oauth, &request.trust, &refresh_token));
        assert!(renewed.is_none(), "a revoked grant cannot be refreshed");
        let step = Step { diagnosis: step.diagnose(&flow::diagnosis_context(&request, None)).map(Box::new), ..step };
        assert_eq!(diagnosis_of(std::slice::from_ref(&step), "signin.refresh"), "oauth-grant-invalid");
    }

    #[test]
    #[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV)"]
    fn an_expired_token_is_diagnosed_as_expired() {
        let peers = peers();
        let request = request(&peers, "MAILSETUP_PEERS_PROVIDER_FILE_SHORT_TTL");
        let runtime = flow::new_runtime().unwrap();
        let tokens = sign_in(&request, &runtime);
        let ttl: u64 = peers.get("MAILSETUP_PEERS_SHORT_TTL").parse().unwrap();
        std::thread::sleep(Duration::from_secs(ttl + 1));
        let steps = flow::check(&request, &tokens, runtime.handle(), &CancelFlag::new(), &|_| {}).expect("the checks were not cancelled");
        assert_eq!(diagnosis_of(&steps, "imap.authenticate"), "token-expired");
        assert_eq!(diagnosis_of(&steps, "smtp.authenticate"), "token-expired");
    }

    /// The exact lines the probes send Dovecot and Postfix, read by the
    /// recording proxy between them: the same lines the recording test
    /// servers and the sandbox see (`tests/probe_transcripts.rs`), with the
    /// real provider's token, which both servers accepted.
    #[test]
    #[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV)"]
    fn the_probes_send_dovecot_and_postfix_exactly_these_lines() {
        use crate::support::hostile_server::TLS_MARK;
        use crate::support::recording_proxy::check_through_proxies;
        let peers = peers();
        let mut request = request(&peers, "MAILSETUP_PEERS_PROVIDER_FILE");
        let runtime = flow::new_runtime().unwrap();
        let tokens = sign_in(&request, &runtime);
        let (imap, smtp, steps) = check_through_proxies(&mut request, &tokens, &runtime);
        assert!(steps.iter().all(|step| step.outcome == Outcome::Passed), "{steps:#?}");
        let user = peers.get("MAILSETUP_PEERS_USER");
        let payload = format!("<xoauth2 user={user} token=redacted>");
        // Dovecot: IMAPS, so TLS comes first.
        assert_eq!(imap.transcript(), [TLS_MARK, "c1 CAPABILITY", "A0001 AUTHENTICATE XOAUTH2", &payload, "A0002 SELECT \"INBOX\"", "A0003 LOGOUT"]);
        // Postfix: submission with STARTTLS.
        let (auth, mail, rcpt) = (format!("AUTH XOAUTH2 {payload}"), format!("MAIL FROM:<{user}>"), format!("RCPT TO:<{user}>"));
        assert_eq!(
            smtp.transcript(),
            ["EHLO mailsetup.localhost", "STARTTLS", TLS_MARK, "EHLO mailsetup.localhost", &auth, &mail, &rcpt, "RSET", "QUIT"]
        );
        assert_eq!(imap.tokens_received(), [tokens.access_token.expose()]);
        assert_eq!(smtp.tokens_received(), [tokens.access_token.expose()]);
    }

    /// `mailsetup doctor`, as a helpdesk runs it, on a profile whose account
    /// mailsetup wrote and whose saved sign-in holds the OpenID provider's
    /// refresh token (encrypted with Thunderbird's NSS): it renews the token
    /// at the provider and Dovecot and Postfix accept the new access token.
    #[test]
    #[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV) and Thunderbird's NSS"]
    fn doctor_renews_and_checks_a_saved_sign_in_against_the_real_peers() {
        use mailsetup::thunderbird::handoff::{HandOff, hand_off};
        let peers = peers();
        let nss = crate::support::required::thunderbird_nss_dir();
        let (_dir, profile) = super::new_profile();
        let written = super::run_setup(&peers, &profile, &[], &[]);
        assert_eq!(written.status, 0, "{:#}", written.report);
        let request = request(&peers, "MAILSETUP_PEERS_PROVIDER_FILE");
        let runtime = flow::new_runtime().unwrap();
        let tokens = sign_in(&request, &runtime);
        let refresh = tokens.refresh_token.clone().expect("a refresh token");
        hand_off(&HandOff {
            profile_dir: &profile,
            account_key: "account1",
            origin: &format!("oauth://{}", request.plan.oauth.issuer),
            realm: &request.plan.oauth.scopes.join(" "),
            refresh_token: &refresh,
            nss_dirs: &[nss],
        })
        .unwrap();
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_mailsetup"))
            .args(["doctor", "--json", "--profile"])
            .arg(&profile)
            .arg("--provider-file")
            .arg(peers.get("MAILSETUP_PEERS_PROVIDER_FILE"))
            .arg("--ca-file")
            .arg(peers.get("MAILSETUP_PEERS_CA"))
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert_eq!(output.status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
        let reports: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let report = &reports[0];
        for id in ["thunderbird.saved-sign-in", "signin.refresh", "imap.authenticate", "imap.select", "smtp.authenticate", "smtp.envelope"] {
            assert_eq!(super::step(report, id)["outcome"], "passed", "{id}: {report:#}");
        }
        assert!(!stdout.contains(refresh.expose()) && !stderr.contains(refresh.expose()), "the refresh token is never printed");
    }

    /// The real Thunderbird 153, started on a profile mailsetup wrote and
    /// handed the sign-in to, signs in by itself: with no browser it renews
    /// the handed-off refresh token at the OpenID provider (the provider's
    /// log shows a refresh grant and no new authorization) and fetches the
    /// INBOX from Dovecot, where the test put a message. Thunderbird does
    /// OAuth2 only for the hosts in its table, so the test registers the
    /// peers' provider for 127.0.0.1 over Marionette, as an add-on would.
    #[test]
    #[ignore = "needs the real peers (tests/peers/start.sh; MAILSETUP_PEERS_ENV), the real Thunderbird and its NSS"]
    fn thunderbird_starts_signed_in_and_fetches_the_inbox() {
        use mailsetup::thunderbird::handoff::{HandOff, hand_off};
        use mailsetup::thunderbird::{AccountSettings, SocketType, write_account};
        let peers = peers();
        let nss = crate::support::required::thunderbird_nss_dir();
        let user = peers.get("MAILSETUP_PEERS_USER").to_owned();
        // A client of its own, so that its grants in the provider's log are
        // this test's alone (the other tests sign in at the same time).
        let request = request(&peers, "MAILSETUP_PEERS_PROVIDER_FILE_THUNDERBIRD");
        let client = peers.get("MAILSETUP_PEERS_THUNDERBIRD_CLIENT_ID").to_owned();
        let runtime = flow::new_runtime().unwrap();
        let tokens = sign_in(&request, &runtime);
        let refresh = tokens.refresh_token.clone().expect("a refresh token");

        let (_dir, profile) = super::new_profile();
        let port = |key: &str| peers.get(key).parse::<u16>().unwrap();
        let settings = AccountSettings {
            email: user.clone(),
            smtp_user_name: None,
            display_name: "Alice Peers".into(),
            incoming_host: "127.0.0.1".into(),
            incoming_port: port("MAILSETUP_PEERS_IMAP_PORT"),
            incoming_socket: SocketType::Ssl,
            smtp_host: "127.0.0.1".into(),
            smtp_port: port("MAILSETUP_PEERS_SMTP_PORT"),
            smtp_socket: SocketType::StartTls,
            incoming_protocol: mailsetup::provider::IncomingProtocol::Imap,
            incoming_auth: mailsetup::provider::AuthMethod::OAuth2,
            smtp_auth: mailsetup::provider::AuthMethod::OAuth2,
        };
        let account = write_account(&profile, &settings).unwrap().account_key;
        // Thunderbird must not connect before the test has made it trust the
        // peers' CA and know their provider (over Marionette, below): a
        // certificate prompt at startup would hold Marionette up.
        let prefs = profile.join("prefs.js");
        let text = std::fs::read_to_string(&prefs).unwrap().replace("login_at_startup\", true", "login_at_startup\", false").replace("check_new_mail\", true", "check_new_mail\", false");
        std::fs::write(&prefs, text).unwrap();
        let issuer = "mailsetup-peers-op";
        let scopes = request.plan.oauth.scopes.join(" ");
        hand_off(&HandOff { profile_dir: &profile, account_key: &account, origin: &format!("oauth://{issuer}"), realm: &scopes, refresh_token: &refresh, nss_dirs: &[nss] })
            .unwrap();

        // A message in alice's INBOX, straight into Dovecot's Maildir.
        // check_profile.sh splits the command at spaces: none in the words.
        let subject = format!("Signed-in-by-mailsetup-{}", std::process::id());
        let maildir = Path::new(peers.get("MAILSETUP_PEERS_MAILDIR")).join(&user).join("Maildir");
        let message = format!("From: Bob <bob@peers.example>\r\nTo: {user}\r\nSubject: {subject}\r\nDate: Wed, 2 Dec 2026 08:00:00 +0000\r\nMessage-ID: <{}@peers.example>\r\n\r\nHello.\r\n", std::process::id());
        let name = format!("{}.mailsetup-test.{}", std::process::id(), "peers");
        std::fs::write(maildir.join("tmp").join(&name), message).unwrap();
        std::fs::rename(maildir.join("tmp").join(&name), maildir.join("new").join(&name)).unwrap();
        let mail_owner = std::fs::metadata(maildir.join("new")).unwrap();
        std::os::unix::fs::chown(maildir.join("new").join(&name), Some(std::os::unix::fs::MetadataExt::uid(&mail_owner)), Some(std::os::unix::fs::MetadataExt::gid(&mail_owner))).unwrap();

        let op_log = Path::new(peers.get("MAILSETUP_PEERS_DIR")).join("op.log");
        let log_before = std::fs::read_to_string(&op_log).unwrap_or_default().len();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real_thunderbird/check_fetches.py");
        let while_running = format!(
            "python3 {} {} {issuer} {} {} {} {} {user} {subject}",
            script.display(),
            peers.get("MAILSETUP_PEERS_CA"),
            client,
            peers.get("MAILSETUP_PEERS_AUTHORIZE_URL"),
            peers.get("MAILSETUP_PEERS_TOKEN_URL"),
            scopes.replace(' ', ","),
        );
        let _turn = crate::support::real_thunderbird::turn();
        let args: Vec<std::ffi::OsString> = vec!["--online".into(), "--marionette".into(), "--while-running".into(), while_running.into(), profile.clone().into(), user.clone().into()];
        crate::support::real_thunderbird::check_profile(&args, None);

        let log = std::fs::read_to_string(&op_log).unwrap();
        let during: Vec<&str> = log[log_before..].lines().filter(|line| line.split_whitespace().any(|word| word == client)).collect();
        assert!(during.iter().any(|line| line.contains("grant.success") && line.contains("refresh_token")), "Thunderbird renewed the token:\n{}", during.join("\n"));
        assert!(!during.iter().any(|line| line.contains("authorization.success") || line.contains("interaction.started")), "no new sign-in:\n{}", during.join("\n"));
    }
}
