//! End to end against the real peers that `tests/peers/start.sh` runs on
//! loopback: an OpenID provider (npm oidc-provider), Dovecot (IMAPS,
//! XOAUTH2 through token introspection), Postfix (submission, STARTTLS, SASL
//! through Dovecot) and Chromium driven by Playwright as the user's browser.
//!
//! `tests/run.sh` starts the peers and sets `MAILSETUP_PEERS_ENV` and
//! `MAILSETUP_REQUIRE_PEERS=1`; without them these tests say they were skipped.

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

fn peers() -> Option<Peers> {
    let Some(path) = std::env::var_os("MAILSETUP_PEERS_ENV") else {
        assert!(
            std::env::var_os("MAILSETUP_REQUIRE_PEERS").is_none(),
            "MAILSETUP_REQUIRE_PEERS is set but MAILSETUP_PEERS_ENV is not"
        );
        eprintln!("skipped: the real peers are not running (use bash tests/run.sh)");
        return None;
    };
    let text = std::fs::read_to_string(&path).expect("the peers' env file is readable");
    let vars = text
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().trim_matches('"').trim_matches('\'').to_owned()))
        .collect();
    Some(Peers { vars })
}

struct Run {
    status: i32,
    report: Value,
    stderr: String,
}

fn run_setup(peers: &Peers, profile: &Path, extra_env: &[(&str, &str)], extra_args: &[&str]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
    command
        .args(["setup", peers.get("MAILSETUP_PEERS_USER"), "--name", "Alice \"Peers\" Example", "--json", "--timeout", "90"])
        .arg("--provider-file")
        .arg(peers.get("MAILSETUP_PEERS_PROVIDER_FILE"))
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
fn setup_passes_every_step_against_the_real_peers_and_writes_the_profile() {
    let Some(peers) = peers() else { return };
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
fn denied_consent_fails_the_redirect_step_with_the_providers_words() {
    let Some(peers) = peers() else { return };
    let (_dir, profile) = new_profile();
    let run = run_setup(&peers, &profile, &[("MAILSETUP_PEERS_CONSENT", "deny")], &[]);
    assert_eq!(run.status, 1, "{:#}", run.report);
    let redirect = step(&run.report, "signin.redirect");
    assert_eq!(redirect["outcome"], "failed");
    assert!(redirect["server_says"].as_str().unwrap_or_default().contains("access_denied"), "{redirect:#}");
    assert!(!profile.join("prefs.js").exists(), "nothing may be written after a failure");
}

#[test]
fn secrets_stay_out_of_the_report_and_the_trace_log() {
    let Some(peers) = peers() else { return };
    let (_dir, profile) = new_profile();
    let run = run_setup(&peers, &profile, &[], &["--no-write"]);
    assert_eq!(run.status, 0, "{:#}\n{}", run.report, run.stderr);
    let everything = format!("{}\n{}", run.report, run.stderr);
    for needle in ["access_token", "refresh_token\":", "code_verifier=", "auth=Bearer", "dXNlcj1"] {
        assert!(!everything.contains(needle), "{needle} leaked:\n{everything}");
    }
}

fn run_with_provider_file(peers: &Peers, provider_file_key: &str, extra_env: &[(&str, &str)]) -> Run {
    let (_dir, profile) = new_profile();
    let provider_file = peers.get(provider_file_key).to_owned();
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
    command
        .args(["setup", peers.get("MAILSETUP_PEERS_USER"), "--json", "--timeout", "90", "--provider-file", &provider_file])
        .arg("--ca-file")
        .arg(peers.get("MAILSETUP_PEERS_CA"))
        .arg("--profile")
        .arg(&profile)
        .env("BROWSER", peers.get("MAILSETUP_PEERS_BROWSER"));
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
    assert!(!profile.join("prefs.js").exists(), "nothing may be written after a failed check");
    Run { status: output.status.code().unwrap_or(-1), report, stderr }
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
}

#[test]
fn a_token_without_the_mail_scope_is_refused_by_dovecot_and_postfix() {
    let Some(peers) = peers() else { return };
    let run = run_with_provider_file(&peers, "MAILSETUP_PEERS_PROVIDER_FILE_NO_MAIL_SCOPE", &[]);
    assert_eq!(step(&run.report, "signin.exchange")["outcome"], "passed", "sign-in itself works: {:#}", run.report);
    assert_refused_by_both_servers(&run);
}

#[test]
fn a_token_for_another_user_is_refused_by_dovecot_and_postfix() {
    let Some(peers) = peers() else { return };
    let other = peers.get("MAILSETUP_PEERS_OTHER_USER").to_owned();
    let run = run_with_provider_file(&peers, "MAILSETUP_PEERS_PROVIDER_FILE", &[("MAILSETUP_PEERS_LOGIN_USER", &other)]);
    assert_refused_by_both_servers(&run);
}
